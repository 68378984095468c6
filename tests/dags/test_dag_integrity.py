"""DAG rules, checked on a real DagBag of the project's dags/ folder (parsed once)."""

from pathlib import Path

import pytest

DAGS_FOLDER = Path(__file__).resolve().parents[2] / "dags"
APPROVED_TAGS = {"training-gate", "privacy", "nightly", "backfill", "erasure", "manual"}
HEAVY_MODULES = ("pandas", "presidio_analyzer", "presidio_anonymizer", "spacy", "great_expectations", "pyarrow")


@pytest.fixture(scope="session")
def dag_bag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS_FOLDER))


def test_no_import_errors(dag_bag):
    assert dag_bag.import_errors == {}
    assert "training_gate_nightly" in dag_bag.dag_ids


def test_every_dag_has_docs_tags_owner_and_retries(dag_bag):
    for dag_id, dag in dag_bag.dags.items():
        assert dag.doc_md and len(dag.doc_md) > 100, dag_id
        assert dag.tags and set(dag.tags) <= APPROVED_TAGS, dag_id
        assert dag.start_date is not None and dag.start_date.tzinfo is not None, dag_id
        for task in dag.tasks:
            assert task.owner == "training-gate", (dag_id, task.task_id)
            assert task.retries is not None, (dag_id, task.task_id)
        assert any(task.retries > 0 for task in dag.tasks), dag_id


def test_nightly_dag_shape(dag_bag):
    dag = dag_bag.dags["training_gate_nightly"]
    assert dag.catchup is False
    assert [t.task_id for t in dag.topological_sort()] == [
        "plan_partition", "extract", "consent", "eligibility", "sensitive", "scrub_shards", "scrub", "validate",
        "publish"]
    scrub = dag.get_task("scrub")
    assert scrub.is_mapped and {t.task_id for t in scrub.upstream_list} == {"sensitive", "scrub_shards"}
    assert {t.task_id for t in dag.get_task("validate").upstream_list} == {"sensitive", "scrub"}
    assert dag.get_task("validate").retries == 0
    assert [o.name for o in dag.get_task("publish").outlets] == ["training_gate_published_dataset"]


def test_dag_files_import_no_heavy_library_at_top_level():
    for path in DAGS_FOLDER.glob("*.py"):
        top_level = [line for line in path.read_text().splitlines() if line.startswith(("import ", "from "))]
        assert not [line for line in top_level if any(m in line for m in HEAVY_MODULES)], path.name
