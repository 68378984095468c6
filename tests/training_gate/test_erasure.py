"""Withdrawal of consent: erasure removes exactly the subjects' rows everywhere; audit proves it."""

from __future__ import annotations

import shutil

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from tests.conftest import HISTORY_DATES
from tests.history import copy_landing, current_record_ids, ledger_customers, lineage_tables, withdraw
from training_gate.backfill import backfill
from training_gate.cli import EXIT_GATE_CLOSED, EXIT_OK, main
from training_gate.erasure import audit, erase
from training_gate.keys import load_record_key
from training_gate.manifest import verify
from training_gate.publish import StaleConsent, publish
from training_gate.versions import PartitionVersions

DATASET = "support_tickets_train"
WITHDRAWING = 2


def _rows_of(tables: dict, subject_keys: set[str]) -> dict:
    """{where: record ids in that lineage table belonging to ``subject_keys``}."""
    wanted = pa.array(sorted(subject_keys), pa.string())
    return {where: set(table.filter(pc.is_in(table["subject_key"], value_set=wanted))["record_id"].to_pylist())
            for where, table in tables.items()}


@pytest.fixture(scope="module")
def erased(history_landing_template, stricter_policy, tmp_path_factory) -> dict:
    """Three days published under two policies (so history holds versions too), then opt-outs and erasure."""
    landing = copy_landing(history_landing_template, tmp_path_factory.mktemp("erasure") / "landing")
    out = landing.parent / "published"
    key = load_record_key()
    first, last = HISTORY_DATES[0], HISTORY_DATES[-1]
    backfill(landing, out, first, last, "initial load", key=key)
    backfill(landing, out, first, last, "policy 2026.12.1", str(stricter_policy), key=key)

    current = lineage_tables(out, current_only=True)
    published_subjects = set().union(*(set(t["subject_key"].to_pylist()) for t in current.values()))
    candidates = [c for c in ledger_customers(landing) if key.subject_key(c) in published_subjects]
    withdrawn = candidates[:WITHDRAWING]
    withdrawn_keys = {key.subject_key(c) for c in withdrawn}
    before = {"record_ids": current_record_ids(out), "all": lineage_tables(out), "current": current}
    staging_before = tmp_path_factory.mktemp("stale") / "staging"
    shutil.copytree(out / "_staging" / DATASET / f"ds={last}", staging_before)

    withdraw(landing, withdrawn)
    consent = [landing / "consent"]
    audit_before = audit(consent, out, key)
    cli_audit_before = main(["audit", "--consent", str(landing / "consent"), "--out", str(out)])
    report = erase(consent, out, key, landing)
    return {"landing": landing, "out": out, "key": key, "consent": consent, "withdrawn_keys": withdrawn_keys,
            "before": before, "audit_before": audit_before, "cli_audit_before": cli_audit_before,
            "report": report, "staging_before": staging_before}


def test_audit_fails_before_the_erasure_naming_partitions_and_counts(erased):
    findings = erased["audit_before"]
    expected = {(p, v): len(ids) for (p, v), ids in _rows_of(erased["before"]["all"], erased["withdrawn_keys"]).items()
                if ids}
    assert {(f["partition"], f["version_id"]): f["rows"] for f in findings} == expected
    assert {f["where"] for f in findings} == {"current", "history"}
    assert all(f["problem"] is None and 1 <= f["subjects"] <= WITHDRAWING for f in findings)
    assert erased["cli_audit_before"] == EXIT_GATE_CLOSED


def test_erasure_removes_exactly_the_withdrawn_subjects_rows_from_the_current_view(erased):
    withdrawn_rows = set().union(*_rows_of(erased["before"]["current"], erased["withdrawn_keys"]).values())
    assert withdrawn_rows, "the fixture must withdraw subjects that are published"
    assert current_record_ids(erased["out"]) == erased["before"]["record_ids"] - withdrawn_rows
    report = erased["report"]
    assert report["subjects_removed"] == WITHDRAWING
    assert report["rows_removed"] == len(withdrawn_rows)
    affected = {p for (p, _), ids in _rows_of(erased["before"]["current"], erased["withdrawn_keys"]).items() if ids}
    assert {r["partition"] for r in report["regated"]} == affected
    assert all("consent_change" in r["why"] for r in report["regated"])
    assert verify(erased["out"]) == []


def test_erasure_leaves_no_trace_in_history_and_audit_passes(erased):
    out = erased["out"]
    remaining = lineage_tables(out)
    assert not any(_rows_of(remaining, erased["withdrawn_keys"]).values())
    for (partition, version_id), table in erased["before"]["all"].items():
        held = _rows_of({0: table}, erased["withdrawn_keys"])[0]
        versions = PartitionVersions.from_link(out / DATASET / partition)
        assert (version_id in versions.version_ids()) == (not held), f"{partition}/{version_id}"
    assert erased["report"]["versions_purged"] == sum(1 for ids in _rows_of(
        erased["before"]["all"], erased["withdrawn_keys"]).values() if ids)
    assert audit(erased["consent"], out, erased["key"]) == []
    assert main(["audit", "--consent", str(erased["landing"] / "consent"), "--out", str(out)]) == EXIT_OK


def test_erasure_again_changes_nothing(erased):
    def current_versions() -> dict:
        return {link.name: PartitionVersions.from_link(link).current_id()
                for link in sorted((erased["out"] / DATASET).glob("ds=*"))}

    before = current_versions()
    again = erase(erased["consent"], erased["out"], erased["key"], erased["landing"])
    assert again["partitions_regated"] == again["rows_removed"] == again["versions_purged"] == 0
    assert current_versions() == before


def test_a_run_gated_under_the_older_ledger_cannot_bring_the_subjects_back(erased):
    from training_gate.policy import load_policy
    from training_gate.staging import Staging

    day = HISTORY_DATES[-1]
    versions = PartitionVersions.for_out(erased["out"], DATASET, day)
    current = versions.current_id()
    manifest = versions.manifest(current)
    with pytest.raises(StaleConsent):
        publish(Staging(erased["staging_before"]), load_policy(manifest["sources"]["policy_path"]), erased["key"],
                erased["out"], day, "stale-nightly")
    assert versions.current_id() == current


def test_erasure_run_also_sweeps_versions_past_retention(history_landing_template, stricter_policy, tmp_path):
    from datetime import timedelta

    from training_gate.versions import utc_now

    landing = copy_landing(history_landing_template, tmp_path / "landing")
    out, day, key = tmp_path / "published", HISTORY_DATES[0], load_record_key()
    backfill(landing, out, day, day, "initial load", key=key)
    backfill(landing, out, day, day, "policy 2026.12.1", str(stricter_policy), key=key)
    versions = PartitionVersions.for_out(out, DATASET, day)
    assert len(versions.version_ids()) == 2
    erase([landing / "consent"], out, key, landing, now=utc_now() + timedelta(days=29))
    assert len(versions.version_ids()) == 2
    erase([landing / "consent"], out, key, landing, now=utc_now() + timedelta(days=31))
    assert versions.version_ids() == [versions.current_id()]
