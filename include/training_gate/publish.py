"""Publish: add a validated batch as a new immutable version and switch the view to it.

Layout and lifecycle of versions: see ``training_gate.versions``. Under the partition's
lock, a publish writes the version in a hidden draft, writes its lineage (record ->
subject key, beside the dataset), renames the draft into place, and then switches the
``ds=<date>`` symlink with one atomic rename. A reader sees the old version or the new
one, never a mix; a run killed before the switch leaves the old view as it was, and
the next run finishes the work.

A version's id is a hash of its data (``content_sha256``), the policy's sha256 and the
record-id key's fingerprint: the same inputs, policy and key give the same bytes and
the same id, and the publish is recorded as ``unchanged`` (a no-op). The manifest of a
new version names the version it supersedes and why (``policy_change``,
``consent_change``, ``input_change``, ``key_change``, ``code_change``, or ``rerun``).

After the switch, superseded versions that hold a subject this run's consent snapshot
no longer allows are purged at once; the others are deleted when the policy's
``publish.retention_days`` have passed.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from training_gate.files import write_json_atomic
from training_gate.keys import RecordKey
from training_gate.lineage import ConsentVerdicts, disallowed_counts, read_lineage, write_lineage
from training_gate.manifest import (
    MANIFEST_FORMAT,
    MANIFEST_NAME,
    code_version,
    content_sha256,
    describe_output,
    library_versions,
    schema_fields,
)
from training_gate.policy import Policy
from training_gate.sharding import iter_tables, output_paths, sha256_of_handles
from training_gate.staging import Staging
from training_gate.tickets import PUBLISHED_SCHEMA
from training_gate.validate import dropped_by_reason
from training_gate.versions import (
    LINEAGE_FOLDER,
    LOCK_TIMEOUT_SECONDS,
    VERSIONS_FOLDER,
    PartitionVersions,
    purge_expired,
    reconcile_history,
    record_purge,
    timestamp,
    utc_now,
)

PUBLISH_BATCH_ROWS = 10_000

__all__ = ["VERSIONS_FOLDER", "GateClosed", "StaleConsent", "publish", "version_identity"]


class GateClosed(RuntimeError):
    """Validation failed: nothing was published."""


class StaleConsent(GateClosed):
    """The current version was gated under a newer consent ledger than this run: publishing
    would bring back subjects who have withdrawn since. Nothing was published."""


def residual_drops(staging: Staging) -> pa.Array:
    """Record ids the residual screen dropped (none when it did not run or dropped nothing)."""
    path = staging.path("residual_drops.parquet")
    if not path.exists():
        return pa.array([], type=pa.string())
    return pq.read_table(path, columns=["record_id"])["record_id"].combine_chunks()


def without(table: pa.Table, record_ids: pa.Array) -> pa.Table:
    if not len(record_ids):
        return table
    return table.filter(pc.invert(pc.is_in(table["record_id"], value_set=record_ids)))


def _write_parts(scrubbed: list[BinaryIO], folder: Path, rows_per_file: int, dropped: pa.Array) -> list[Path]:
    """The scrubbed shards, in order and without the rows the residual screen dropped, as
    part files of ``rows_per_file`` rows written in row groups of ``PUBLISH_BATCH_ROWS``:
    the same bytes however the rows were sharded."""
    folder.mkdir(parents=True)
    parts: list[Path] = []
    writer = None
    rows_in_part = 0
    for table in iter_tables(scrubbed, PUBLISH_BATCH_ROWS, columns=PUBLISHED_SCHEMA.names):
        table = without(table, dropped).cast(PUBLISHED_SCHEMA)
        while table.num_rows:
            if writer is None:
                parts.append(folder / f"part-{len(parts):05d}.parquet")
                writer = pq.ParquetWriter(parts[-1], PUBLISHED_SCHEMA)
                rows_in_part = 0
            take = min(table.num_rows, rows_per_file - rows_in_part)
            writer.write_table(table.slice(0, take))
            rows_in_part += take
            table = table.slice(take)
            if rows_in_part >= rows_per_file:
                writer.close()
                writer = None
    if writer is not None:
        writer.close()
    if not parts:
        parts.append(folder / "part-00000.parquet")
        pq.write_table(PUBLISHED_SCHEMA.empty_table(), parts[0])
    return parts


def version_identity(data_sha256: str, policy: Policy, key: RecordKey) -> str:
    """The version id: same data under the same policy and key is the same version."""
    identity = f"{data_sha256}\n{policy.sha256}\n{key.fingerprint}\n".encode()
    return hashlib.sha256(identity).hexdigest()[:16]


def supersession(previous: dict | None, policy: Policy, key: RecordKey, extract: dict, consent: dict,
                 note: str | None) -> dict | None:
    """What the new version replaces, and every difference that explains why."""
    if previous is None:
        return None
    previous_inputs = previous["inputs"]
    causes = []
    if previous["policy"]["sha256"] != policy.sha256:
        causes.append("policy_change")
    if previous_inputs["consent_ledger"]["snapshot_sha256"] != consent["snapshot_sha256"]:
        causes.append("consent_change")
    if [f["sha256"] for f in previous_inputs["ticket_exports"]] != [f["sha256"] for f in extract["input_files"]]:
        causes.append("input_change")
    if previous["record_id_key"]["fingerprint"] != key.fingerprint:
        causes.append("key_change")
    if previous.get("code_version") != code_version():
        causes.append("code_change")
    return {
        "version_id": previous["version_id"],
        "content_sha256": previous["content_sha256"],
        "policy_version": previous["policy"]["version"],
        "consent_snapshot_sha256": previous_inputs["consent_ledger"]["snapshot_sha256"],
        "published_rows": previous["counts"]["published"],
        "why": causes or ["rerun"],
        "note": note,
    }


def build_manifest(staging: Staging, policy: Policy, key: RecordKey, run_date: str, run_id: str,
                   version_id: str, outputs: list[dict], schema: list[dict],
                   supersedes: dict | None = None, note: str | None = None, sources: dict | None = None) -> dict:
    extract, consent, sensitive, scrub, validation = (
        staging.read_stats(s) for s in ("extract", "consent", "sensitive", "scrub", "validate")
    )
    dropped = dropped_by_reason(staging)
    return {
        "manifest_format": MANIFEST_FORMAT,
        "dataset": policy.dataset,
        "partition": f"ds={run_date}",
        "run_date": run_date,
        "run_id": run_id,
        "version_id": version_id,
        "content_sha256": content_sha256(outputs),
        "supersedes": supersedes,
        "note": note,
        "code_version": code_version(),
        "policy": {"name": Path(policy.path).name, "version": policy.policy_version, "sha256": policy.sha256,
                   "sensitive_lexicon_sha256": sensitive["lexicon_sha256"],
                   # None: rules only (the policy left the classifier off, or predates it)
                   "sensitive_model_card_sha256": sensitive.get("model_card_sha256"),
                   "retention_days": policy.retention_days},
        "record_id_key": {"fingerprint": key.fingerprint, "development_default": key.is_development_default},
        "inputs": {
            "ticket_exports": extract["input_files"],
            "consent_ledger": {
                "purpose": consent["purpose"],
                "require_opt_in": policy.require_opt_in,
                "files": consent["ledger_files"],
                "snapshot_sha256": consent["snapshot_sha256"],
                "latest_recorded_at": consent["latest_recorded_at"],
                "events": consent["events"],
                "events_rejected_by_reason": consent["events_rejected_by_reason"],
            },
        },
        # Where the run read from, so an erasure can re-gate the partition without being told.
        "sources": sources or {},
        "lineage": {"folder": LINEAGE_FOLDER, "columns": ["record_id", "subject_key"]},
        "counts": {
            "tickets_in": extract["tickets_in"],
            "published": validation["counts"]["published"],
            "dropped": sum(dropped.values()),
            "dropped_by_reason": dropped,
            "quarantined": extract["quarantined"],
            "quarantined_by_reason": extract["quarantined_by_reason"],
            # every category a dropped ticket matched (a ticket may count in several);
            # dropped_by_reason holds each ticket once, under its first category
            "excluded_by_sensitive_category": sensitive["excluded_by_category"],
            # tickets whose rule findings of a category the classifier overruled (policy sensitive.model.veto)
            "sensitive_rule_findings_overruled": sensitive.get("overruled_by_category", {}),
            "entities_scrubbed": scrub["entities_scrubbed"],
        },
        "validation": {"success": validation["success"], "expectations": validation["expectations"]},
        "outputs": outputs,
        "schema": schema,
        "libraries": library_versions(policy.scrub.spacy_model),
    }


def _check_not_stale(previous: dict | None, consent: dict, run_date: str) -> None:
    """Compare-and-swap on consent: never replace a version gated under a newer ledger."""
    if previous is None:
        return
    theirs = previous["inputs"]["consent_ledger"].get("latest_recorded_at") or ""
    ours = consent.get("latest_recorded_at") or ""
    if theirs > ours:
        raise StaleConsent(f"ds={run_date}: the current version {previous['version_id']} was gated under a consent "
                           f"ledger recorded up to {theirs}, this run's ledger only up to {ours}; nothing published")


def _open_validated(staging: Staging, validation: dict, stack: ExitStack) -> list[BinaryIO]:
    """Open the scrubbed shards, checking they are the very files the validation gate passed."""
    paths = output_paths(staging)
    handles = [stack.enter_context(open(path, "rb")) for path in paths]
    expected = validation.get("scrubbed_sha256")
    if expected and sha256_of_handles([p.name for p in paths], handles) != expected:
        raise GateClosed(f"{staging.root}: the scrubbed shards changed after validation (another run on the same "
                         "partition?); nothing published")
    return handles


def _purge_withdrawn(versions: PartitionVersions, history: dict, staging: Staging, key: RecordKey,
                     policy: Policy, now: datetime, run_id: str) -> list[str]:
    """Delete superseded versions holding a subject this run's consent snapshot does not allow."""
    verdicts = ConsentVerdicts.from_staging(staging, key)
    purged = []
    for version_id in versions.superseded_ids():
        lineage_path = versions.lineage_path(version_id)
        rows = disallowed_counts(read_lineage(lineage_path), verdicts, policy.require_opt_in)[0] \
            if lineage_path.is_file() else 1  # no lineage: cannot prove it clean
        if rows:
            versions.remove(version_id)
            record_purge(history, version_id, "consent_withdrawn", now, run_id)
            purged.append(version_id)
    return purged


def publish(staging: Staging, policy: Policy, key: RecordKey, out_dir: str | Path, run_date: str, run_id: str,
            *, note: str | None = None, sources: dict | None = None, now: datetime | None = None,
            lock_timeout: float = LOCK_TIMEOUT_SECONDS, before_switch: Callable[[Path], None] | None = None) -> dict:
    """Publish the validated batch as a new version of ``ds=<run_date>``; returns its manifest.

    The returned manifest also carries ``action`` (``published``, ``unchanged`` or
    ``reactivated``), ``unchanged``, ``path`` (the current view) and ``purged``.
    ``before_switch`` is called with the finished version folder just before the switch
    (tests use it to kill the run at the worst moment).
    """
    validation = staging.read_stats("validate")
    if not validation["success"]:
        raise GateClosed(f"ds={run_date} did not pass validation: nothing published")
    now = now or utc_now()
    versions = PartitionVersions.for_out(out_dir, policy.dataset, run_date)
    extract, consent = staging.read_stats("extract"), staging.read_stats("consent")
    with versions.lock(lock_timeout):
        versions.clean_drafts()
        history = reconcile_history(versions, versions.read_history(), now)
        previous_id = versions.current_id()
        previous = versions.manifest(previous_id) if previous_id else None
        _check_not_stale(previous, consent, run_date)
        draft = versions.new_draft()
        try:
            with ExitStack() as stack:
                scrubbed = _open_validated(staging, validation, stack)
                dropped_ids = residual_drops(staging)
                parts = _write_parts(scrubbed, draft, policy.rows_per_file, dropped_ids)
                outputs = [describe_output(p) for p in parts]
                version_id = version_identity(content_sha256(outputs), policy, key)
                version_dir = versions.version_path(version_id)
                if version_id == previous_id:
                    action, manifest = "unchanged", previous
                elif version_dir.is_dir():
                    # Written before: by a run that died before its switch (finish it), or
                    # current once, superseded and still retained (switch back to it).
                    was_current = any(e.get("version_id") == version_id and e["action"] in ("published", "reactivated")
                                      for e in history["events"])
                    action, manifest = ("reactivated" if was_current else "published"), versions.manifest(version_id)
                else:
                    action = "published"
                    manifest = build_manifest(
                        staging, policy, key, run_date, run_id, version_id, outputs, schema_fields(parts[0]),
                        supersession(previous, policy, key, extract, consent, note), note, sources)
                    write_json_atomic(draft / MANIFEST_NAME, manifest)
                    lineage = without(pa.concat_tables(
                        [pq.read_table(handle, columns=["record_id", "subject_key"]) for handle in scrubbed]), dropped_ids)
                    write_lineage(lineage, versions.lineage_path(version_id), versions.out_dir / LINEAGE_FOLDER)
                    draft.rename(version_dir)
        finally:
            shutil.rmtree(draft, ignore_errors=True)
        if action != "unchanged":
            if before_switch:
                before_switch(version_dir)
            versions.switch(version_id)
        history = reconcile_history(versions, history, now)
        history["events"].append({
            "at": timestamp(now), "run_id": run_id, "action": action, "version_id": version_id,
            "content_sha256": manifest["content_sha256"], "policy_version": policy.policy_version,
            "consent_snapshot_sha256": consent["snapshot_sha256"],
            "supersedes": previous_id if action != "unchanged" else None,
            "why": (manifest.get("supersedes") or {}).get("why") if action == "published" else None,
            "note": note,
        })
        purged = _purge_withdrawn(versions, history, staging, key, policy, now, run_id)
        purged += purge_expired(versions, history, policy.retention_days, now, run_id)
        versions.write_history(history)
    return {**manifest, "action": action, "unchanged": action == "unchanged", "path": str(versions.link),
            "purged": purged}
