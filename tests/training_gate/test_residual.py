"""The residual screen: rows that still hold personal data never reach the published files."""

import json
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import training_gate
from training_gate.pipeline import PartitionPlan, run_partition
from training_gate.publish import GateClosed
from training_gate.residual import ResidualScreen

RUN_DATE = "2026-11-21"


@pytest.mark.parametrize(
    ("subject", "text", "reason"),
    [
        ("Refund", "customer: hi <PERSON>, my parcel is late again", None),
        ("Refund", "customer: write to jo@example.com please", "residual_pii"),
        # .invalid (RFC 6761) belongs to nobody: the surrogate operator writes such addresses
        ("Refund", "customer: write to jo.li@example.invalid. thanks", None),
        ("Refund", "customer: write to jo@mail.invalid, thanks", None),
        ("Refund", "customer: write to jo@x.invalid.com please", "residual_pii"),
        ("Refund", "customer: write to jo@example.invalidator.com please", "residual_pii"),
        ("Refund", "customer: write to jo@invalid.com please", "residual_pii"),
        ("call 415-555-0132", "customer: hello", "residual_pii"),
        ("Refund", "customer: card 4111 1111 1111 1111", "residual_pii"),
        ("Refund", "customer: <PERSON> <PERSON> <EMAIL_ADDRESS> <PHONE_NUMBER> ok", "pii_dense"),
        ("Refund", "customer: <PERSON_1> and <PERSON_2> <PERSON_3> <ZIP_CODE>", "pii_dense"),
        ("Refund", "customer: <PERSON_3f9c0a1b2e> <PERSON_77aa01> <EMAIL_ADDRESS_0a>", "pii_dense"),
    ],
)
def test_residual_reasons(default_policy, subject, text, reason):
    row = {"record_id": "r", "subject": subject, "text": text}
    assert ResidualScreen(default_policy).reason(row) == reason


def test_density_counts_values_the_scrub_replaced_with_surrogates(default_policy):
    screen = ResidualScreen(default_policy)
    row = {"record_id": "r", "subject": "", "text": "customer: Maria Lopez 555-0123 maria.lopez@example.invalid"}
    assert screen.reason(row) is None  # nothing in the text says these are surrogates
    assert screen.reason({**row, "personal_values": 3}) == "pii_dense"
    assert screen.reason({**row, "personal_values": 1}) is None


def test_density_check_is_off_at_zero(default_policy):
    screen = ResidualScreen(replace(default_policy, max_placeholders_per_100_words=0))
    assert screen.reason({"record_id": "r", "subject": "", "text": "<PERSON> <PERSON>"}) is None


def leaky_policy(tmp_path: Path, on_residual: str) -> Path:
    """The default policy with a residual pattern that matches some scrubbed agent replies."""
    policy = Path(training_gate.__file__).parent / "policies" / "default.yaml"
    path = tmp_path / f"leaky-{on_residual}.yaml"
    text = policy.read_text().replace("residual_patterns:\n", "residual_patterns:\n    FORCED: 'replacement'\n")
    path.write_text(text.replace("on_residual: drop", f"on_residual: {on_residual}"))
    return path


def test_rows_with_residuals_are_dropped_counted_and_never_published(landing, tmp_path):
    plan = PartitionPlan.for_landing(landing, tmp_path / "out", RUN_DATE, "residual", str(leaky_policy(tmp_path, "drop")))
    manifest = run_partition(plan)
    counts = manifest["counts"]
    assert counts["dropped_by_reason"]["residual_pii"] > 0
    assert counts["tickets_in"] == counts["published"] + counts["dropped"] + counts["quarantined"]
    table = training_gate.load_dataset(tmp_path / "out")
    assert table.num_rows == counts["published"]
    assert not [t for t in table["text"].to_pylist() if "replacement" in t]
    dropped = set(pq.read_table(plan.staging().path("residual_drops.parquet"))["record_id"].to_pylist())
    assert not dropped & set(table["record_id"].to_pylist())
    lineage = next((tmp_path / "out" / "_lineage").rglob("*.parquet"))
    assert not dropped & set(pq.read_table(lineage)["record_id"].to_pylist())
    assert "replacement" not in json.dumps(manifest)


def test_on_residual_fail_closes_the_gate(landing, tmp_path):
    plan = PartitionPlan.for_landing(landing, tmp_path / "out", RUN_DATE, "residual", str(leaky_policy(tmp_path, "fail")))
    with pytest.raises(GateClosed):
        run_partition(plan)
    assert not (tmp_path / "out" / "support_tickets_train" / f"ds={RUN_DATE}").exists()
