"""Publish: move a validated batch into view, whole or not at all.

Layout under the output folder::

    <dataset>/ds=<run date>            -> _versions/ds=<run date>/<version id>  (symlink)
    <dataset>/_versions/ds=<run date>/<version id>/part-00000.parquet, manifest.json

A version is written in a hidden temporary folder, checked, renamed into place, and
then the partition's symlink is replaced in one atomic rename. A reader sees the old
partition or the new one, never a mix. The version id is the content hash, so a rerun
that produces the same bytes is recognised and left as it is.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from training_gate.files import write_json_atomic
from training_gate.keys import RecordKey
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
from training_gate.staging import Staging
from training_gate.tickets import PUBLISHED_SCHEMA

VERSIONS_FOLDER = "_versions"


class GateClosed(RuntimeError):
    """Validation failed: nothing was published."""


def _write_parts(scrubbed_path: Path, folder: Path, rows_per_file: int) -> list[Path]:
    folder.mkdir(parents=True)
    parts: list[Path] = []
    writer = None
    rows_in_part = 0
    for batch in pq.ParquetFile(scrubbed_path).iter_batches(batch_size=10_000, columns=PUBLISHED_SCHEMA.names):
        table = pa.Table.from_batches([batch]).cast(PUBLISHED_SCHEMA)
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


def switch_partition(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` with one atomic rename."""
    temporary = link.with_name(f".{link.name}.{uuid.uuid4().hex}.link")
    os.symlink(os.path.relpath(target, link.parent), temporary)
    os.replace(temporary, link)


def current_version(link: Path) -> Path | None:
    return link.resolve() if link.is_symlink() else None


def build_manifest(staging: Staging, policy: Policy, key: RecordKey, run_date: str, run_id: str,
                   version_id: str, outputs: list[dict], schema: list[dict]) -> dict:
    extract, consent, eligibility, scrub, validation = (
        staging.read_stats(s) for s in ("extract", "consent", "eligibility", "scrub", "validate")
    )
    dropped = {**extract["dropped_by_reason"], **eligibility["dropped_by_reason"]}
    return {
        "manifest_format": MANIFEST_FORMAT,
        "dataset": policy.dataset,
        "partition": f"ds={run_date}",
        "run_date": run_date,
        "run_id": run_id,
        "version_id": version_id,
        "content_sha256": content_sha256(outputs),
        "code_version": code_version(),
        "policy": {"name": Path(policy.path).name, "version": policy.policy_version, "sha256": policy.sha256},
        "record_id_key": {"fingerprint": key.fingerprint, "development_default": key.is_development_default},
        "inputs": {
            "ticket_exports": extract["input_files"],
            "consent_ledger": {
                "purpose": consent["purpose"],
                "files": consent["ledger_files"],
                "snapshot_sha256": consent["snapshot_sha256"],
                "latest_recorded_at": consent["latest_recorded_at"],
                "events": consent["events"],
                "events_rejected_by_reason": consent["events_rejected_by_reason"],
            },
        },
        "counts": {
            "tickets_in": extract["tickets_in"],
            "published": scrub["scrubbed"],
            "dropped": sum(dropped.values()),
            "dropped_by_reason": dict(sorted(dropped.items())),
            "quarantined": extract["quarantined"],
            "quarantined_by_reason": extract["quarantined_by_reason"],
            "entities_scrubbed": scrub["entities_scrubbed"],
        },
        "validation": {"success": validation["success"], "expectations": validation["expectations"]},
        "outputs": outputs,
        "schema": schema,
        "libraries": library_versions(policy.scrub.spacy_model),
    }


def publish(staging: Staging, policy: Policy, key: RecordKey, out_dir: str | Path,
            run_date: str, run_id: str) -> dict:
    """Publish the validated batch as the partition for ``run_date``; returns the manifest."""
    if not staging.read_stats("validate")["success"]:
        raise GateClosed(f"ds={run_date} did not pass validation: nothing published")
    dataset_dir = Path(out_dir) / policy.dataset
    versions_dir = dataset_dir / VERSIONS_FOLDER / f"ds={run_date}"
    versions_dir.mkdir(parents=True, exist_ok=True)
    draft = versions_dir / f".draft-{uuid.uuid4().hex}"
    try:
        parts = _write_parts(staging.path("scrubbed.parquet"), draft, policy.rows_per_file)
        outputs = [describe_output(p) for p in parts]
        version_id = content_sha256(outputs)[:16]
        manifest = build_manifest(staging, policy, key, run_date, run_id, version_id,
                                  outputs, schema_fields(parts[0]))
        write_json_atomic(draft / MANIFEST_NAME, manifest)
        version_dir = versions_dir / version_id
        link = dataset_dir / f"ds={run_date}"
        previous = current_version(link)
        if version_dir.exists():
            shutil.rmtree(draft)
            manifest["unchanged"] = previous == version_dir.resolve()
        else:
            os.rename(draft, version_dir)
            manifest["unchanged"] = False
        switch_partition(link, version_dir)
    finally:
        if draft.exists():
            shutil.rmtree(draft)
    for superseded in versions_dir.iterdir():
        if superseded.resolve() != version_dir.resolve():
            shutil.rmtree(superseded)
    manifest["path"] = str(link)
    return manifest
