"""Erasure and audit: a withdrawal of consent reaches every version a data scientist can load.

``erase`` compares the current consent ledger with the lineage of every version of every
partition (record -> subject key, see ``training_gate.lineage``). A partition whose
current view holds a subject without a current opt-in is re-gated: the pipeline runs
again for that date from the landing exports with the current ledger, so the consent
stage drops the subject's tickets, and the result is published as a new version whose
manifest says it supersedes the old one for ``consent_change``. Superseded versions
holding such a subject are purged at once, whatever the retention period. Partitions
without such subjects are left alone.

``audit`` checks the same thing without changing anything and returns findings: the
erasure DAG ends with it, so a run that leaves a withdrawn subject anywhere fails.
Reports carry counts only, never ids or subject keys.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq

from training_gate.keys import RecordKey
from training_gate.lineage import ConsentVerdicts, disallowed_counts, disallowed_subjects, read_lineage
from training_gate.versions import (
    PartitionVersions,
    partition_versions,
    purge_expired,
    reconcile_history,
    record_purge,
    utc_now,
)

ERASURE_NOTE = "consent withdrawn: erasure"


class ErasureError(RuntimeError):
    """An affected partition cannot be re-gated (exports or policy not found) or stayed dirty."""


class _Verdicts:
    """Consent verdicts per purpose, built once per run from the ledger given."""

    def __init__(self, consent_paths: list[str | Path], key: RecordKey):
        self.consent_paths, self.key, self._by_purpose = consent_paths, key, {}

    def for_manifest(self, manifest: dict) -> tuple[ConsentVerdicts, bool]:
        ledger = manifest["inputs"]["consent_ledger"]
        purpose = ledger["purpose"]
        if purpose not in self._by_purpose:
            self._by_purpose[purpose] = ConsentVerdicts.from_ledger(self.consent_paths, purpose, self.key)
        return self._by_purpose[purpose], bool(ledger.get("require_opt_in", True))


def _published_record_ids(version_dir: Path, manifest: dict) -> set[str]:
    ids: set[str] = set()
    for output in manifest["outputs"]:
        ids.update(pq.read_table(version_dir / output["path"], columns=["record_id"])["record_id"].to_pylist())
    return ids


def _check_version(versions: PartitionVersions, version_id: str, where: str, verdicts: _Verdicts,
                   key: RecordKey) -> dict | None:
    finding = {"dataset": versions.dataset, "partition": versions.partition, "version_id": version_id,
               "where": where, "rows": 0, "subjects": 0, "problem": None}
    manifest = versions.manifest(version_id)
    lineage_path = versions.lineage_path(version_id)
    if manifest is None:
        return {**finding, "problem": "no manifest"}
    if manifest["record_id_key"]["fingerprint"] != key.fingerprint:
        return {**finding, "problem": f"gated under another record-id key ({manifest['record_id_key']['fingerprint']})"}
    if not lineage_path.is_file():
        return {**finding, "problem": "no lineage index: its subjects cannot be checked"}
    lineage = read_lineage(lineage_path)
    if where == "current" and set(lineage["record_id"].to_pylist()) != _published_record_ids(
            versions.version_path(version_id), manifest):
        return {**finding, "problem": "lineage index does not match the published rows"}
    rows, subjects = disallowed_counts(lineage, *verdicts.for_manifest(manifest))
    return {**finding, "rows": rows, "subjects": subjects} if rows else None


def audit(consent_paths: list[str | Path], out_dir: str | Path, key: RecordKey,
          include_history: bool = True) -> list[dict]:
    """Findings for every version holding rows of subjects without a current opt-in (empty: clean)."""
    verdicts = _Verdicts(consent_paths, key)
    findings = []
    for versions in partition_versions(out_dir):
        current = versions.current_id()
        for version_id in versions.version_ids():
            where = "current" if version_id == current else "history"
            if where == "history" and not include_history:
                continue
            if finding := _check_version(versions, version_id, where, verdicts, key):
                findings.append(finding)
    return findings


def describe_finding(finding: dict) -> str:
    place = f"{finding['dataset']}/{finding['partition']} ({finding['where']} version {finding['version_id']})"
    if finding["problem"]:
        return f"{place}: {finding['problem']}"
    return f"{place}: {finding['rows']} row(s) of {finding['subjects']} subject(s) without a current opt-in"


def _regate_plan(versions: PartitionVersions, manifest: dict, consent_paths: list[str | Path],
                 landing: str | Path | None, policy_path: str | None, run_id: str):
    from training_gate.pipeline import PartitionPlan
    from training_gate.policy import load_policy

    sources = manifest.get("sources") or {}
    if landing:
        ticket_paths = [str(Path(landing) / "tickets" / versions.partition)]
    else:
        ticket_paths = sources.get("ticket_paths") or []
    if not ticket_paths or not all(Path(p).exists() for p in ticket_paths):
        raise ErasureError(f"{versions.partition}: its ticket exports are not found ({ticket_paths or 'not recorded'}); "
                           "pass --landing with the folder holding tickets/ds=<date>/")
    chosen = policy_path or sources.get("policy_path")
    if chosen and not Path(chosen).is_file():
        chosen = None
    policy = load_policy(chosen)
    if not policy_path and policy.sha256 != manifest["policy"]["sha256"]:
        raise ErasureError(f"{versions.partition} was gated under policy {manifest['policy']['version']} "
                           f"(sha256 {manifest['policy']['sha256'][:12]}), not found; pass --policy with that file")
    if policy.dataset != versions.dataset:
        raise ErasureError(f"policy {policy.path} publishes {policy.dataset}, not {versions.dataset}")
    return PartitionPlan(versions.run_date, f"{run_id}__{versions.run_date}", str(versions.out_dir), ticket_paths,
                         [str(p) for p in consent_paths], str(policy.path), ERASURE_NOTE)


def _purge_history(versions: PartitionVersions, verdicts: _Verdicts, key: RecordKey, run_id: str,
                   now: datetime) -> tuple[int, int, set[str]]:
    """Purge superseded versions holding withdrawn subjects: (versions, rows, subjects)."""
    purged = rows = 0
    subjects: set[str] = set()
    with versions.lock():
        history = reconcile_history(versions, versions.read_history(), now)
        for version_id in versions.superseded_ids():
            manifest = versions.manifest(version_id)
            lineage_path = versions.lineage_path(version_id)
            if manifest is None or not lineage_path.is_file():
                held, why = set(), "no lineage index: cannot be proven free of withdrawn subjects"
                count = 0
            else:
                lineage = read_lineage(lineage_path)
                held = disallowed_subjects(lineage, *verdicts.for_manifest(manifest))
                count, why = disallowed_counts(lineage, *verdicts.for_manifest(manifest))[0], "consent_withdrawn"
            if held or manifest is None or not lineage_path.is_file():
                versions.remove(version_id)
                record_purge(history, version_id, why, now, run_id)
                purged, rows, subjects = purged + 1, rows + count, subjects | held
        current = versions.current_id()
        current_manifest = versions.manifest(current) if current else None
        if current_manifest and "retention_days" in current_manifest["policy"]:
            # The daily erasure run is also the sweep for partitions nobody republishes.
            purge_expired(versions, history, current_manifest["policy"]["retention_days"], now, run_id)
        versions.write_history(history)
    return purged, rows, subjects


def erase(consent_paths: list[str | Path], out_dir: str | Path, key: RecordKey, landing: str | Path | None = None,
          policy_path: str | None = None, run_id: str = "erasure", now: datetime | None = None) -> dict:
    """Remove every subject without a current opt-in from current views and history; returns counts."""
    from training_gate.pipeline import outcome, run_partition

    now = now or utc_now()
    verdicts = _Verdicts(consent_paths, key)
    report = {"partitions_checked": 0, "partitions_regated": 0, "subjects_removed": 0, "rows_removed": 0,
              "versions_purged": 0, "history_rows_purged": 0, "regated": []}
    removed: set[str] = set()
    for versions in partition_versions(out_dir):
        report["partitions_checked"] += 1
        # History first, so what the re-gate purges below is exactly the old current view.
        purged, rows, held = _purge_history(versions, verdicts, key, run_id, now)
        report["versions_purged"] += purged
        report["history_rows_purged"] += rows
        removed |= held
        current = versions.current_id()
        if current and (finding := _check_version(versions, current, "current", verdicts, key)):
            if finding["problem"]:
                raise ErasureError(describe_finding(finding))
            manifest = versions.manifest(current)
            removed |= disallowed_subjects(read_lineage(versions.lineage_path(current)),
                                           *verdicts.for_manifest(manifest))
            published = run_partition(_regate_plan(versions, manifest, consent_paths, landing, policy_path, run_id), key)
            if after := _check_version(versions, versions.current_id(), "current", verdicts, key):
                raise ErasureError(f"re-gated, still not clean: {describe_finding(after)}")
            report["rows_removed"] += finding["rows"]
            report["partitions_regated"] += 1
            report["versions_purged"] += len(published["purged"])
            report["regated"].append(outcome(published))
    report["subjects_removed"] = len(removed)
    return report


def describe_erasure(report: dict) -> str:
    lines = [f"{r['partition']}: re-gated, new version {r['version_id']} supersedes {r['supersedes']} "
             f"({', '.join(r['why'] or [])}), {r['published']} rows" for r in report["regated"]]
    lines.append(
        f"erasure: {report['partitions_checked']} partition(s) checked, {report['partitions_regated']} re-gated; "
        f"{report['subjects_removed']} subject(s) and {report['rows_removed']} current row(s) removed; "
        f"{report['versions_purged']} superseded version(s) purged ({report['history_rows_purged']} row(s) in history)"
    )
    return "\n".join(lines)
