"""The staging area of one partition run: where stages hand files to each other.

Stages pass paths, never data. Each stage reads the previous stage's Parquet in
bounded batches and writes its own, plus a small ``<stage>.json`` of counts. The
staging area lives under the output root (shared storage in a multi-worker setup)
and is never published.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from training_gate.files import read_json, write_json_atomic

BATCH_ROWS = 2_000


@dataclass(frozen=True)
class Staging:
    root: Path

    @classmethod
    def for_partition(cls, out_dir: str | Path, dataset: str, run_date: str) -> Staging:
        return cls(Path(out_dir) / "_staging" / dataset / f"ds={run_date}")

    def path(self, name: str) -> Path:
        return self.root / name

    def write_stats(self, stage: str, stats: dict) -> Path:
        return write_json_atomic(self.path(f"{stage}.json"), stats)

    def read_stats(self, stage: str) -> dict:
        return read_json(self.path(f"{stage}.json"))


class ParquetRows:
    """One Parquet file written a batch at a time; it appears under its name only when complete."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.path, self.schema = path, schema
        self.temporary = path.with_name(f".{path.name}.tmp")
        self.rows = 0

    def __enter__(self) -> ParquetRows:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(self.temporary, self.schema)
        return self

    def write(self, rows: list[dict]) -> None:
        if rows:
            self.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def write_table(self, table: pa.Table) -> None:
        self.writer.write_table(table)
        self.rows += table.num_rows

    def __exit__(self, error_type, *_) -> None:
        self.writer.close()
        if error_type is None:
            self.temporary.replace(self.path)
        else:
            self.temporary.unlink(missing_ok=True)


def write_rows(path: Path, schema: pa.Schema, row_batches: Iterable[list[dict]]) -> int:
    """Write batches of row dicts to one Parquet file; returns the number of rows."""
    with ParquetRows(path, schema) as rows_file:
        for batch in row_batches:
            rows_file.write(batch)
    return rows_file.rows


def parquet_reader(source) -> pq.ParquetFile:
    """A Parquet file (path or open handle) to read a batch at a time.

    Without pyarrow's ``pre_buffer``: with it (pyarrow 26's default) ``iter_batches``
    kept what it had read until the reader closed, about 320 MB more per million
    tickets read; without it the same file reads in flat memory, and faster on local
    disk (7-14 s instead of 22 s for a million tickets here).
    """
    return pq.ParquetFile(source, pre_buffer=False)


def read_rows(path: Path, batch_rows: int = BATCH_ROWS) -> Iterator[list[dict]]:
    """Read a Parquet file back as batches of row dicts, never the whole file at once."""
    parquet = parquet_reader(path)
    for batch in parquet.iter_batches(batch_size=batch_rows):
        yield batch.to_pylist()


def batched(items: Iterable, size: int = BATCH_ROWS) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
