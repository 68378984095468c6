"""The backfill and erasure DAGs: parse rules, typed params, schedule, and a run of each under dag.test()."""

from __future__ import annotations

import pytest

from tests.conftest import HISTORY_DATES
from tests.history import copy_landing, current_record_ids, ledger_customers, lineage_tables, withdraw

APPROVED_TAGS = {"training-gate", "privacy", "nightly", "backfill", "erasure"}
DAG_IDS = ("training_gate_nightly", "training_gate_backfill", "training_gate_erasure")
DATASET = "support_tickets_train"


def test_dags_parse_and_follow_the_house_rules(dagbag):
    assert dagbag.import_errors == {}
    for dag_id in DAG_IDS:
        dag = dagbag.get_dag(dag_id)
        assert dag is not None, dag_id
        assert dag.tags and set(dag.tags) <= APPROVED_TAGS, dag_id
        assert dag.doc_md and dag.default_args["owner"] == "training-gate", dag_id
        assert all(t.retries is not None for t in dag.tasks), dag_id


def test_backfill_dag_is_triggered_by_hand_with_typed_params(dagbag):
    dag = dagbag.get_dag("training_gate_backfill")
    assert dag.schedule is None
    params = dag.params
    for name in ("start_date", "end_date"):
        schema = params.get_param(name).schema
        assert (schema["type"], schema["format"]) == ("string", "date") and schema["title"], name
    with pytest.raises(Exception, match="date"):
        params.get_param("end_date").resolve("21/11/2026")
    assert params.get_param("reason").schema["minLength"] >= 1
    with pytest.raises(Exception, match="No value"):
        params.get_param("reason").resolve()  # no default: the trigger form demands a reason


def test_erasure_dag_runs_daily_and_on_consent_ledger_updates(dagbag):
    from airflow.sdk import AssetOrTimeSchedule

    dag = dagbag.get_dag("training_gate_erasure")
    assert isinstance(dag.timetable, AssetOrTimeSchedule)
    assert "training_gate_consent_ledger" in str(dag.timetable.asset_condition)
    assert [t.task_id for t in dag.topological_sort()][-1] == "audit"


def test_backfill_then_erasure_under_dag_test(dagbag, history_landing_template, tmp_path, monkeypatch):
    from airflow.sdk import DagRunState

    from training_gate.erasure import audit
    from training_gate.keys import load_record_key

    landing = copy_landing(history_landing_template, tmp_path / "landing")
    out = tmp_path / "published"
    monkeypatch.setenv("AIRFLOW_VAR_TRAINING_GATE_LANDING", str(landing))
    monkeypatch.setenv("AIRFLOW_VAR_TRAINING_GATE_PUBLISHED", str(out))
    first, last = HISTORY_DATES[0], HISTORY_DATES[1]

    backfill_run = dagbag.get_dag("training_gate_backfill").test(
        run_conf={"start_date": first, "end_date": last, "reason": "dag test: first load"})
    assert backfill_run.state == DagRunState.SUCCESS
    partitions = sorted(p.name for p in (out / DATASET).glob("ds=*"))
    assert partitions == [f"ds={first}", f"ds={last}"]
    from training_gate.files import read_json

    assert {read_json(out / DATASET / p / "manifest.json")["note"] for p in partitions} == {"dag test: first load"}

    key = load_record_key()
    published = set().union(*(set(t["subject_key"].to_pylist()) for t in lineage_tables(out).values()))
    withdrawn = [c for c in ledger_customers(landing) if key.subject_key(c) in published][:1]
    rows_before = current_record_ids(out)
    withdraw(landing, withdrawn)
    assert audit([landing / "consent"], out, key), "audit must fail before the erasure"

    erasure_run = dagbag.get_dag("training_gate_erasure").test()
    assert erasure_run.state == DagRunState.SUCCESS
    assert audit([landing / "consent"], out, key) == []
    assert current_record_ids(out) < rows_before
