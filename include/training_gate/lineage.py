"""Lineage: which subject each published record belongs to, by keyed hash, kept apart.

For every version of a partition the gate writes ``<out>/_lineage/<dataset>/ds=<date>/
<version id>.parquet`` with two columns, ``record_id`` and ``subject_key`` (both HMACs:
of the ticket id and of the customer id). It lives beside the published dataset, never
inside it, in a folder only the gate's user may read (0700/0600), so a data scientist
loading the dataset never sees subject keys, and the gate can still find every row of a
subject who withdraws consent without storing raw ids anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from training_gate.consent import OPT_IN, OPT_OUT, ConsentSnapshot, build_snapshot, load_snapshot
from training_gate.keys import RecordKey
from training_gate.staging import Staging

LINEAGE_SCHEMA = pa.schema([("record_id", pa.string()), ("subject_key", pa.string())])
_PRIVATE_FOLDER, _PRIVATE_FILE = 0o700, 0o600


def write_lineage(table: pa.Table, path: Path, restricted_root: Path) -> Path:
    """Write the record -> subject map of one version, readable by the gate's user only."""
    restricted_root.mkdir(parents=True, exist_ok=True)
    os.chmod(restricted_root, _PRIVATE_FOLDER)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table.select(LINEAGE_SCHEMA.names).cast(LINEAGE_SCHEMA), temporary)
    os.chmod(temporary, _PRIVATE_FILE)
    os.replace(temporary, path)
    return path


def read_lineage(path: Path) -> pa.Table:
    return pq.read_table(path, schema=LINEAGE_SCHEMA)


@dataclass(frozen=True)
class ConsentVerdicts:
    """The current consent decisions for one purpose, as subject keys (never raw ids)."""

    opted_in: frozenset[str]
    opted_out: frozenset[str]

    @classmethod
    def from_snapshot(cls, snapshot: ConsentSnapshot, key: RecordKey) -> ConsentVerdicts:
        return cls(
            frozenset(key.subject_key(c) for c in snapshot.customers(OPT_IN).to_pylist()),
            frozenset(key.subject_key(c) for c in snapshot.customers(OPT_OUT).to_pylist()),
        )

    @classmethod
    def from_ledger(cls, ledger_paths: list[str | Path], purpose: str, key: RecordKey) -> ConsentVerdicts:
        return cls.from_snapshot(build_snapshot(ledger_paths, purpose)[0], key)

    @classmethod
    def from_staging(cls, staging: Staging, key: RecordKey) -> ConsentVerdicts:
        return cls.from_snapshot(load_snapshot(staging), key)

    def allowed(self, require_opt_in: bool) -> pa.Array | None:
        """Subject keys that may be published (None: everyone not opted out)."""
        return pa.array(sorted(self.opted_in), pa.string()) if require_opt_in else None

    def disallowed_mask(self, subject_keys: pa.ChunkedArray | pa.Array, require_opt_in: bool) -> pa.Array:
        if require_opt_in:
            return pc.invert(pc.is_in(subject_keys, value_set=self.allowed(True)))
        return pc.is_in(subject_keys, value_set=pa.array(sorted(self.opted_out), pa.string()))


def disallowed_counts(lineage: pa.Table, verdicts: ConsentVerdicts, require_opt_in: bool) -> tuple[int, int]:
    """(rows, distinct subjects) in ``lineage`` whose subject may not be published now."""
    if not lineage.num_rows:
        return 0, 0
    mask = verdicts.disallowed_mask(lineage["subject_key"], require_opt_in)
    rows = int(pc.sum(mask).as_py() or 0)
    if not rows:
        return 0, 0
    subjects = pc.count_distinct(lineage.filter(mask)["subject_key"]).as_py()
    return rows, subjects


def disallowed_subjects(lineage: pa.Table, verdicts: ConsentVerdicts, require_opt_in: bool) -> set[str]:
    if not lineage.num_rows:
        return set()
    mask = verdicts.disallowed_mask(lineage["subject_key"], require_opt_in)
    return set(lineage.filter(mask)["subject_key"].to_pylist())
