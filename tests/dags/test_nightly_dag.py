"""The nightly DAG run for real with dag.test(): Airflow executes every task in process."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

import training_gate

RUN_DATE = datetime(2026, 11, 21, tzinfo=UTC)


@pytest.fixture
def nightly_dag(landing, tmp_path, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("AIRFLOW_VAR_TRAINING_GATE_LANDING", str(landing))
    monkeypatch.setenv("AIRFLOW_VAR_TRAINING_GATE_PUBLISHED", str(tmp_path / "published"))
    bag = DagBag(dag_folder=str(Path(__file__).resolve().parents[2] / "dags" / "training_gate_nightly.py"))
    return bag.dags["training_gate_nightly"]


def test_nightly_run_publishes_a_verified_partition(nightly_dag, expected, tmp_path):
    run = nightly_dag.test(logical_date=RUN_DATE, run_conf={"scrub_shards": 2})
    assert run.state == "success"
    instances = run.get_task_instances()
    states = {(ti.task_id, ti.map_index): ti.state for ti in instances}
    assert set(states.values()) == {"success"}, states
    assert sorted(ti.map_index for ti in instances if ti.task_id == "scrub") == [0, 1]  # one task per shard
    table = training_gate.load_dataset(tmp_path / "published")
    published = sum(1 for reason in expected["drop_reasons"].values() if reason is None)
    assert table.num_rows == published
    assert set(table["ds"].to_pylist()) == {"2026-11-21"}
    texts = "\n".join(table["text"].to_pylist()).lower()
    assert not [v for values in expected["planted"].values() for v in values if len(v) > 5 and v.lower() in texts]


def test_nightly_run_with_failing_gate_publishes_nothing(nightly_dag, tmp_path):
    policy = Path(training_gate.__file__).parent / "policies" / "default.yaml"
    strict = tmp_path / "strict.yaml"
    strict.write_text(policy.read_text().replace("residual_patterns:\n", "residual_patterns:\n    FORCED: 'customer:'\n"))
    run = nightly_dag.test(logical_date=RUN_DATE, run_conf={"policy": str(strict)})
    states = {ti.task_id: ti.state for ti in run.get_task_instances()}
    assert run.state == "failed"
    assert states["validate"] == "failed" and states["publish"] != "success"
    assert not (tmp_path / "published" / "support_tickets_train" / "ds=2026-11-21").exists()
