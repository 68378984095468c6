"""Consume: what a data scientist calls to load a published dataset they can trust."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from training_gate.files import read_json
from training_gate.manifest import MANIFEST_NAME, find_partitions, verify_partition


class DatasetIntegrityError(RuntimeError):
    """A published partition does not match its manifest; nothing is returned."""


def load_dataset(path: str | Path, verify: bool = True) -> pa.Table:
    """Load every current partition under ``path`` (output root, dataset or partition).

    Each partition is checked against its manifest (checksums, row counts, schema)
    before any row is returned. Adds a ``ds`` column naming the partition.
    """
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
