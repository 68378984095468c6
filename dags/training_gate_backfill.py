"""
### training_gate_backfill

Re-gates a range of past partitions, for instance after a policy change: every date
from *start date* to *end date* runs the whole gate again from the landing exports
under the chosen policy and publishes a new version of its partition. A date whose
data, policy and key are unchanged is recorded as a no-op. Each new version's
manifest names the version it supersedes, why (`policy_change`, `consent_change`,
...), and the *reason* typed in the trigger form.

Trigger it by hand ("Trigger DAG" form) or with
`airflow dags test training_gate_backfill -c '{"start_date": "...", "end_date": "...", "reason": "..."}'`.
One mapped task per date (`regate`); a date whose gate is closed does not stop the
others, and the final `report` task fails naming it. Superseded versions stay readable
by version id for the policy's `publish.retention_days`.

Reads `{landing}/tickets/ds=<date>/` and `{landing}/consent/`, writes
`{published}/<dataset>/` (Variables `training_gate_landing`, `training_gate_published`,
`training_gate_hmac_key`, as for the nightly DAG).
"""

from __future__ import annotations

from pathlib import Path

import pendulum
from airflow.sdk import Asset, Param, Variable, dag, task

PROJECT_DATA = Path(__file__).resolve().parents[1] / "data"
PUBLISHED_DATASET = Asset("training_gate_published_dataset")


def _key():
    from training_gate.keys import load_record_key

    return load_record_key(Variable.get("training_gate_hmac_key", default=None))


@dag(
    dag_id="training_gate_backfill",
    schedule=None,
    start_date=pendulum.datetime(2026, 11, 1, tz="UTC"),
    catchup=False,
    doc_md=__doc__,
    tags=["training-gate", "privacy", "backfill"],
    default_args={"owner": "training-gate", "retries": 1, "retry_delay": pendulum.duration(minutes=5)},
    params={
        "start_date": Param("2026-11-21", type="string", format="date", title="Start date",
                            description="First partition date to re-gate (YYYY-MM-DD)."),
        "end_date": Param("2026-11-21", type="string", format="date", title="End date",
                          description="Last partition date to re-gate, inclusive (YYYY-MM-DD)."),
        "reason": Param(type="string", minLength=3, title="Reason",
                        description="Why the past is republished; recorded in every manifest."),
        "policy": Param("", type="string", title="Policy file",
                        description="Path of a policy YAML; empty for the packaged default."),
    },
)
def training_gate_backfill():
    @task
    def plan_dates(run_id=None, params=None) -> list[dict]:
        from training_gate.backfill import backfill_plans

        landing = Variable.get("training_gate_landing", default=str(PROJECT_DATA / "landing"))
        published = Variable.get("training_gate_published", default=str(PROJECT_DATA / "published"))
        plans = backfill_plans(landing, published, params["start_date"], params["end_date"], params["reason"],
                               params["policy"], run_id)
        return [plan.as_dict() for plan in plans]

    @task(outlets=[PUBLISHED_DATASET], max_active_tis_per_dagrun=2)
    def regate(plan: dict, outlet_events=None) -> dict:
        from training_gate.backfill import regate
        from training_gate.pipeline import PartitionPlan

        result = regate(PartitionPlan(**plan), _key())
        outlet_events[PUBLISHED_DATASET].extra = result
        return result

    @task(retries=0)
    def report(outcomes: list[dict]) -> list[dict]:
        from training_gate.backfill import failed
        from training_gate.pipeline import describe_outcome

        outcomes = list(outcomes)
        for result in outcomes:
            print(describe_outcome(result))
        if problems := failed(outcomes):
            raise RuntimeError(f"{len(problems)} partition(s) not republished: "
                               + "; ".join(describe_outcome(p) for p in problems))
        return outcomes

    report(regate.expand(plan=plan_dates()))


training_gate_backfill()
