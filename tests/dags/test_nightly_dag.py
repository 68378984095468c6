"""The nightly DAG run for real with dag.test(): Airflow executes every task in process."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

import training_gate
from tests.sample_outcome import classifier_only_drops
from training_gate.files import sha256_file

RUN_DATE = datetime(2026, 11, 21, tzinfo=UTC)


def published_asset_event(run) -> dict:
    """The extra of the Asset event the run's publish task emitted."""
    from airflow.models.asset import AssetEvent
    from airflow.utils.session import create_session

    with create_session() as session:
        events = [e for e in session.query(AssetEvent).all()
                  if e.source_run_id == run.run_id and e.source_task_id == "publish"]
        assert len(events) == 1
        return dict(events[0].extra)


@pytest.fixture
def nightly_dag(landing, tmp_path, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("AIRFLOW_VAR_TRAINING_GATE_LANDING", str(landing))
    monkeypatch.setenv("AIRFLOW_VAR_TRAINING_GATE_PUBLISHED", str(tmp_path / "published"))
    bag = DagBag(dag_folder=str(Path(__file__).resolve().parents[2] / "dags" / "training_gate_nightly.py"))
    return bag.dags["training_gate_nightly"]


def test_nightly_run_publishes_a_verified_partition(nightly_dag, expected, tmp_path, capfd):
    run = nightly_dag.test(logical_date=RUN_DATE, run_conf={"scrub_shards": 2})
    logs = "".join(capfd.readouterr())
    assert run.state == "success"
    instances = run.get_task_instances()
    states = {(ti.task_id, ti.map_index): ti.state for ti in instances}
    assert set(states.values()) == {"success"}, states
    assert sorted(ti.map_index for ti in instances if ti.task_id == "scrub") == [0, 1]  # one task per shard
    table = training_gate.load_dataset(tmp_path / "published")
    partition = tmp_path / "published" / "support_tickets_train" / "ds=2026-11-21"
    published = sum(1 for reason in expected["drop_reasons"].values() if reason is None) - \
        len(classifier_only_drops(partition))
    assert table.num_rows == published
    assert set(table["ds"].to_pylist()) == {"2026-11-21"}
    texts = "\n".join(table["text"].to_pylist()).lower()
    planted = [v for values in expected["planted"].values() for v in values if len(v) > 5]
    assert not [v for v in planted if v.lower() in texts]
    assert "extract" in logs and "publish" in logs  # the task logs were captured
    event = published_asset_event(run)
    manifest = Path(tmp_path / "published" / "support_tickets_train" / "ds=2026-11-21" / "manifest.json")
    assert event["manifest_sha256"] == sha256_file(manifest)
    assert event["counts"]["published"] == published and event["action"] == "published"
    assert not [v for v in planted if v in logs], "personal data in the task logs"


def test_nightly_run_with_failing_gate_publishes_nothing(nightly_dag, tmp_path):
    policy = Path(training_gate.__file__).parent / "policies" / "default.yaml"
    strict = tmp_path / "strict.yaml"
    strict.write_text(policy.read_text().replace("residual_patterns:\n", "residual_patterns:\n    FORCED: 'customer:'\n")
        .replace("on_residual: drop", "on_residual: fail"))
    run = nightly_dag.test(logical_date=RUN_DATE, run_conf={"policy": str(strict)})
    states = {ti.task_id: ti.state for ti in run.get_task_instances()}
    assert run.state == "failed"
    assert states["validate"] == "failed" and states["publish"] != "success"
    assert not (tmp_path / "published" / "support_tickets_train" / "ds=2026-11-21").exists()
