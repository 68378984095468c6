"""Versioned partitions: backfill after a policy change, no-op reruns, retention, crashes, locks."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import HISTORY_DATES
from tests.history import copy_landing
from training_gate.backfill import backfill
from training_gate.consume import list_versions, load_dataset
from training_gate.files import read_json, sha256_file
from training_gate.keys import load_record_key
from training_gate.manifest import verify
from training_gate.pipeline import PartitionPlan, run_partition
from training_gate.policy import load_policy
from training_gate.publish import publish
from training_gate.versions import PartitionBusy, PartitionVersions, find_version, utc_now

DATASET = "support_tickets_train"
REASON = "policy 2026.12.1: refund tickets excluded"


def _data_bytes(out: Path) -> dict[str, str]:
    """sha256 of every current data file, by partition and file name."""
    return {f"{p.name}/{f.name}": sha256_file(f) for p in sorted((out / DATASET).glob("ds=*"))
            for f in sorted(p.resolve().glob("*.parquet"))}


@pytest.fixture(scope="module")
def history(history_landing_template, stricter_policy, tmp_path_factory) -> dict:
    """Three days published, republished unchanged, then backfilled under a stricter policy."""
    landing = copy_landing(history_landing_template, tmp_path_factory.mktemp("versions") / "landing")
    out = landing.parent / "published"
    key = load_record_key()
    first, last = HISTORY_DATES[0], HISTORY_DATES[-1]
    initial = backfill(landing, out, first, last, "initial load", key=key, run_id="initial")
    initial_bytes = _data_bytes(out)
    rerun = backfill(landing, out, first, last, "rerun, nothing changed", key=key, run_id="rerun")
    rerun_bytes = _data_bytes(out)
    changed = backfill(landing, out, first, last, REASON, str(stricter_policy), key=key, run_id="policy")
    return {"landing": landing, "out": out, "key": key, "initial": initial, "initial_bytes": initial_bytes,
            "rerun": rerun, "rerun_bytes": rerun_bytes, "changed": changed}


def test_rerun_with_nothing_changed_is_a_noop_with_identical_hashes(history):
    assert [o["action"] for o in history["initial"]] == ["published"] * 3
    assert [o["action"] for o in history["rerun"]] == ["unchanged"] * 3
    assert [o["version_id"] for o in history["rerun"]] == [o["version_id"] for o in history["initial"]]
    assert [o["content_sha256"] for o in history["rerun"]] == [o["content_sha256"] for o in history["initial"]]
    assert history["rerun_bytes"] == history["initial_bytes"]
    events = PartitionVersions.for_out(history["out"], DATASET, HISTORY_DATES[0]).read_history()["events"]
    assert [(e["run_id"], e["action"]) for e in events][:2] == [
        (f"initial__{HISTORY_DATES[0]}", "published"), (f"rerun__{HISTORY_DATES[0]}", "unchanged")]


def test_backfill_after_policy_change_regates_every_day_and_names_the_supersession(history):
    assert [o["action"] for o in history["changed"]] == ["published"] * 3
    for before, after in zip(history["initial"], history["changed"], strict=True):
        manifest = read_json(history["out"] / DATASET / after["partition"] / "manifest.json")
        assert manifest["version_id"] == after["version_id"] != before["version_id"]
        assert manifest["policy"]["version"] == "2026.12.1"
        assert manifest["supersedes"]["version_id"] == before["version_id"]
        assert manifest["supersedes"]["policy_version"] == load_policy().policy_version
        assert "policy_change" in manifest["supersedes"]["why"]
        assert "consent_change" not in manifest["supersedes"]["why"]
        assert manifest["supersedes"]["note"] == manifest["note"] == REASON
        assert manifest["inputs"]["consent_ledger"]["snapshot_sha256"]
        assert after["published"] < before["published"], "the stricter policy drops refund tickets"
    assert verify(history["out"]) == []


def test_superseded_versions_stay_readable_by_version(history):
    out = history["out"]
    current = load_dataset(out)
    assert current.num_rows == sum(o["published"] for o in history["changed"])
    for before in history["initial"]:
        old = load_dataset(out / DATASET, version=before["version_id"])
        assert old.num_rows == before["published"]
        assert set(old["ds"].to_pylist()) == {before["partition"].removeprefix("ds=")}
    rows = list_versions(out)
    assert sum(r["current"] for r in rows) == 3 and len(rows) == 6


def test_retention_deletes_superseded_versions_only_after_retention_days(history, tmp_path):
    out = tmp_path / "published"
    shutil.copytree(history["out"], out, symlinks=True)
    day = HISTORY_DATES[0]
    plan = PartitionPlan.for_landing(history["landing"], out, day, "retention")
    policy = load_policy_of(history["changed"][0], out, day)
    versions = PartitionVersions.for_out(out, DATASET, day)
    superseded = history["initial"][0]["version_id"]
    soon = publish(plan.staging(), policy, history["key"], out, day, "retention-soon",
                   now=utc_now() + timedelta(days=policy.retention_days - 1))
    assert soon["action"] == "unchanged" and soon["purged"] == []
    assert superseded in versions.version_ids()
    late = publish(plan.staging(), policy, history["key"], out, day, "retention-late",
                   now=utc_now() + timedelta(days=policy.retention_days, minutes=1))
    assert late["purged"] == [superseded]
    assert versions.version_ids() == [versions.current_id()]
    assert not versions.lineage_path(superseded).exists()
    with pytest.raises(FileNotFoundError):
        find_version(out, superseded)
    assert versions.read_history()["versions"][superseded]["purged"]["why"].startswith("retention")


def load_policy_of(outcome: dict, out: Path, day: str):
    from training_gate.policy import load_policy

    manifest = read_json(out / DATASET / f"ds={day}" / "manifest.json")
    policy = load_policy(manifest["sources"]["policy_path"])
    assert policy.sha256 == manifest["policy"]["sha256"] and outcome["version_id"] == manifest["version_id"]
    return policy


_KILLED_PUBLISH = textwrap.dedent("""
    import os, signal, sys
    from training_gate.keys import load_record_key
    from training_gate.pipeline import PartitionPlan
    from training_gate.publish import publish

    plan = PartitionPlan(**__import__("json").loads(sys.argv[1]))
    publish(plan.staging(), plan.policy(), load_record_key(), plan.published_dir, plan.run_date, plan.run_id,
            before_switch=lambda version_dir: os.kill(os.getpid(), signal.SIGKILL))
""")


def test_run_killed_between_writing_and_switching_leaves_the_old_view_and_a_rerun_finishes(
        history_landing_template, stricter_policy, tmp_path):
    import json

    landing = copy_landing(history_landing_template, tmp_path / "landing")
    out, day, key = tmp_path / "published", HISTORY_DATES[1], load_record_key()
    old = run_partition(PartitionPlan.for_landing(landing, out, day, "before"), key)
    old_rows = load_dataset(out)
    plan = PartitionPlan.for_landing(landing, out, day, "killed", str(stricter_policy), REASON)
    from training_gate.pipeline import (
        consent_stage,
        eligibility_stage,
        extract_stage,
        scrub_stage,
        sensitive_stage,
        validate_stage,
    )

    for stage in (extract_stage, consent_stage):
        stage(plan)
    for stage in (eligibility_stage, sensitive_stage, scrub_stage, validate_stage):
        stage(plan, key)
    killed = subprocess.run([sys.executable, "-c", _KILLED_PUBLISH, json.dumps(plan.as_dict())],
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr[-2000:]

    versions = PartitionVersions.for_out(out, DATASET, day)
    assert versions.current_id() == old["version_id"]
    assert load_dataset(out).equals(old_rows)
    assert verify(out) == []
    assert len(versions.version_ids()) == 2, "the finished but unswitched version is left, not current"

    finished = run_partition(plan, key)
    assert finished["action"] == "published"
    assert versions.current_id() == finished["version_id"] != old["version_id"]
    assert finished["supersedes"]["version_id"] == old["version_id"]
    assert verify(out) == [] and load_dataset(out).num_rows == finished["counts"]["published"]
    assert not list(versions.folder.glob(".draft-*"))


def test_a_second_run_cannot_switch_while_the_partition_is_locked(history, tmp_path):
    out = tmp_path / "published"
    shutil.copytree(history["out"], out, symlinks=True)
    day = HISTORY_DATES[2]
    versions = PartitionVersions.for_out(out, DATASET, day)
    before = versions.current_id()
    plan = PartitionPlan.for_landing(history["landing"], out, day, "second")
    from training_gate.policy import load_policy

    with versions.lock():
        with pytest.raises(PartitionBusy):
            publish(plan.staging(), load_policy(), history["key"], out, day, "second", lock_timeout=0.3)
    assert versions.current_id() == before
    assert versions.version_ids() == sorted({before, history["initial"][2]["version_id"]})
