"""
### training_gate_erasure

Makes withdrawals of consent reach every published dataset. Runs daily and whenever
the consent ledger Asset (`training_gate_consent_ledger`) is updated: the system that
writes the ledger export emits that Asset event (a producer task with
`outlets=[Asset("training_gate_consent_ledger")]`, or `POST /api/v2/assets/events`).

`erase` compares the current ledger with the lineage index (record -> keyed subject
hash, kept under `{published}/_lineage/`, never inside the dataset), re-gates only the
partitions whose current view holds a subject without a current opt-in, publishes
new versions without them and purges every superseded version that held them. It
logs counts of subjects and rows removed, never ids. `audit` then checks every
partition, current and retained, against the ledger and fails the run if any
published row still lacks a current opt-in.

Reads `{landing}/consent/` and `{landing}/tickets/ds=<date>/` (Variables
`training_gate_landing`, `training_gate_published`, `training_gate_hmac_key`).
"""

from __future__ import annotations

from pathlib import Path

import pendulum
from airflow.sdk import Asset, AssetOrTimeSchedule, CronTriggerTimetable, Variable, dag, task

PROJECT_DATA = Path(__file__).resolve().parents[1] / "data"
PUBLISHED_DATASET = Asset("training_gate_published_dataset")
CONSENT_LEDGER = Asset("training_gate_consent_ledger")


def _key():
    from training_gate.keys import load_record_key

    return load_record_key(Variable.get("training_gate_hmac_key", default=None))


def _folders() -> tuple[str, str]:
    landing = Variable.get("training_gate_landing", default=str(PROJECT_DATA / "landing"))
    published = Variable.get("training_gate_published", default=str(PROJECT_DATA / "published"))
    return landing, published


@dag(
    dag_id="training_gate_erasure",
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable("0 5 * * *", timezone="UTC"), assets=[CONSENT_LEDGER]
    ),
    start_date=pendulum.datetime(2026, 11, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["training-gate", "privacy", "erasure"],
    default_args={"owner": "training-gate", "retries": 2, "retry_delay": pendulum.duration(minutes=5)},
)
def training_gate_erasure():
    @task(outlets=[PUBLISHED_DATASET])
    def erase(run_id=None, outlet_events=None) -> dict:
        from training_gate.erasure import describe_erasure, erase

        landing, published = _folders()
        report = erase([str(Path(landing) / "consent")], published, _key(), landing, run_id=run_id)
        print(describe_erasure(report))
        outlet_events[PUBLISHED_DATASET].extra = {k: v for k, v in report.items() if isinstance(v, int)}
        return {k: v for k, v in report.items() if isinstance(v, int)}

    @task(retries=0)  # a failed audit is a verdict, not a transient error
    def audit(erased: dict) -> dict:
        from training_gate.erasure import audit, describe_finding

        landing, published = _folders()
        findings = audit([str(Path(landing) / "consent")], published, _key())
        if findings:
            raise RuntimeError("consent audit failed: " + "; ".join(describe_finding(f) for f in findings))
        print(f"consent audit passed after erasure {erased}")
        return {"findings": 0, **erased}

    audit(erase())


training_gate_erasure()
