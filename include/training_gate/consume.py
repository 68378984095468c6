"""Consume: what a data scientist calls to load a published dataset they can trust."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from training_gate.files import read_json
from training_gate.manifest import MANIFEST_NAME, find_partitions, verify_partition
from training_gate.versions import find_version, partition_versions


def list_versions(path: str | Path) -> list[dict]:
    """Every retained version under ``path``: partition, version id, current or not, policy, why."""
    rows = []
    for versions in partition_versions(path):
        current = versions.current_id()
        for version_id in versions.version_ids():
            manifest = versions.manifest(version_id) or {}
            rows.append({
                "dataset": versions.dataset,
                "partition": versions.partition,
                "version_id": version_id,
                "current": version_id == current,
                "published": (manifest.get("counts") or {}).get("published"),
                "policy_version": (manifest.get("policy") or {}).get("version"),
                "supersedes": (manifest.get("supersedes") or {}).get("version_id"),
                "why": (manifest.get("supersedes") or {}).get("why"),
            })
    return rows


class DatasetIntegrityError(RuntimeError):
    """A published partition does not match its manifest; nothing is returned."""


def load_dataset(path: str | Path, verify: bool = True, version: str | None = None) -> pa.Table:
    """Load every current partition under ``path`` (output root, dataset or partition).

    With ``version``, load that one version of a partition instead of the current view
    (superseded versions stay readable until the policy's retention period ends, or
    until an erasure purges them). Each partition is checked against its manifest
    (checksums, row counts, schema) before any row is returned. Adds a ``ds`` column
    naming the partition.
    """
    if version:
        partitions = [find_version(path, version)]
    else:
        partitions = find_partitions(path)
    if not partitions:
        raise FileNotFoundError(f"no published partitions under {path}")
    tables = []
    for partition in partitions:
        partition = partition.resolve()  # pin the version: a switch mid-read cannot mix data
        if verify and (problems := verify_partition(partition)):
            raise DatasetIntegrityError("; ".join(problems))
        manifest = read_json(partition / MANIFEST_NAME)
        for output in manifest["outputs"]:
            table = pq.read_table(partition / output["path"])
            tables.append(table.append_column("ds", pa.array([manifest["run_date"]] * table.num_rows)))
    return pa.concat_tables(tables)
