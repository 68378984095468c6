"""
### training_gate_nightly

Every night, decides which of the day's support tickets may be used to train AI
models, keeps sensitive conversations (health, children, hardship, legal, special
categories, bereavement, violence) out, scrubs their personal data, validates the batch and publishes it as a Parquet
partition with a provenance manifest.

Reads `{landing}/tickets/ds={{ ds }}/` and `{landing}/consent/`, writes
`{published}/<dataset>/ds={{ ds }}`. `landing` and `published` come from the
Variables `training_gate_landing` and `training_gate_published`
(`AIRFLOW_VAR_TRAINING_GATE_LANDING`, ...), defaulting to folders under the
project's `data/`. The record-id key comes from `training_gate_hmac_key`.

One task per stage; tasks pass a small plan (paths) through XCom, never data. The
scrub, the expensive stage, is cut into shards of contiguous rows: one mapped `scrub`
task per shard, which any worker of the executor may run; `validate` then checks all
shards together and `publish` switches them into view at once. The number of shards
and of processes per scrub task are trigger params (0: the defaults); neither changes
a published byte. If the validation gate fails, nothing is published and the run fails. The published dataset
is an Asset whose event carries the manifest hash and counts.
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


def _plan(plan: dict):
    from training_gate.pipeline import PartitionPlan

    return PartitionPlan(**plan)


@dag(
    dag_id="training_gate_nightly",
    schedule="@daily",
    start_date=pendulum.datetime(2026, 11, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["training-gate", "privacy", "nightly"],
    default_args={"owner": "training-gate", "retries": 2, "retry_delay": pendulum.duration(minutes=5)},
    params={
        "policy": Param("", type="string", title="Policy file",
                        description="Path of a policy YAML; empty for the packaged default."),
        "reason": Param("", type="string", title="Reason",
                        description="Why this run republishes (e.g. under `airflow backfill create`); "
                                    "recorded in the manifest."),
        "scrub_shards": Param(0, type="integer", minimum=0, title="Scrub shards",
                              description="Mapped scrub tasks; 0: one per 50,000 screened tickets."),
        "processes": Param(0, type="integer", minimum=0, title="Processes per task",
                                 description="Worker processes the sensitive screen and each scrub task use; 0: one per core of the worker."),
    },
)
def training_gate_nightly():
    @task
    def plan_partition(ds=None, run_id=None, params=None) -> dict:
        from dataclasses import replace

        from training_gate.pipeline import PartitionPlan

        landing = Variable.get("training_gate_landing", default=str(PROJECT_DATA / "landing"))
        published = Variable.get("training_gate_published", default=str(PROJECT_DATA / "published"))
        plan = PartitionPlan.for_landing(landing, published, ds, run_id, params["policy"], params.get("reason"))
        return replace(plan, scrub_shards=int(params.get("scrub_shards") or 0),
                       processes=int(params.get("processes") or 0)).as_dict()

    @task
    def extract(plan: dict) -> dict:
        from training_gate.pipeline import extract_stage

        extract_stage(_plan(plan))
        return plan

    @task
    def consent(plan: dict) -> dict:
        from training_gate.pipeline import consent_stage

        consent_stage(_plan(plan))
        return plan

    @task
    def eligibility(plan: dict) -> dict:
        from training_gate.pipeline import eligibility_stage

        eligibility_stage(_plan(plan), _key())
        return plan

    @task
    def sensitive(plan: dict) -> dict:
        from training_gate.pipeline import sensitive_stage

        sensitive_stage(_plan(plan), _key())
        return plan

    @task
    def scrub_shards(plan: dict) -> list[int]:
        from training_gate.pipeline import plan_scrub_shards

        return plan_scrub_shards(_plan(plan))

    @task
    def scrub(plan: dict, shard: int) -> dict:
        from training_gate.pipeline import scrub_shard_stage

        return scrub_shard_stage(_plan(plan), shard, _key())

    @task(retries=0)  # a failed gate is a verdict, not a transient error
    def validate(plan: dict) -> dict:
        from training_gate.pipeline import validate_stage

        validate_stage(_plan(plan), _key())
        return plan

    @task(outlets=[PUBLISHED_DATASET])
    def publish(plan: dict, outlet_events=None) -> dict:
        from training_gate.pipeline import outcome, publish_stage

        published = outcome(publish_stage(_plan(plan), _key()))
        outlet_events[PUBLISHED_DATASET].extra = published
        return published

    screened = sensitive(eligibility(consent(extract(plan_partition()))))
    scrubbed = scrub.partial(plan=screened).expand(shard=scrub_shards(screened))
    validated = validate(screened)
    scrubbed >> validated
    publish(validated)


training_gate_nightly()
