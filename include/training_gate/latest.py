"""The latest row per key in bounded memory, and lookups in a key-sorted Arrow column.

Extract keeps the latest version of each ticket id and consent the latest event of
each customer. Held as Python objects either costs hundreds of bytes a key, so
memory would grow with the export. ``LatestPerKey`` takes rows as Arrow tables, sorts
and reduces them in runs of ``RUN_ROWS``, spills every full run to a temporary Arrow
file and merges the runs back in key order, a batch of each run at a time.

Keys are compared as UTF-8 bytes, which is the order of Python's ``str`` comparison
too, so ``bisect`` on a column and Arrow's sort agree.
"""

from __future__ import annotations

import bisect
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

RUN_ROWS = 100_000
SPILL_BATCH_ROWS = 2_048  # rows of each run held at once while merging


class _SortedColumn:
    """A sequence view of an Arrow column for ``bisect``, one value read per probe."""

    def __init__(self, column: pa.Array | pa.ChunkedArray):
        self.column = column

    def __len__(self) -> int:
        return len(self.column)

    def __getitem__(self, index: int):
        return self.column[index].as_py()


def bisect_right(sorted_column: pa.Array | pa.ChunkedArray, value: str) -> int:
    """How many values of an ascending column are <= ``value``."""
    return bisect.bisect_right(_SortedColumn(sorted_column), value)


def find_sorted(sorted_keys: pa.Array, queries: pa.Array) -> np.ndarray:
    """Position of each query in ``sorted_keys`` (ascending, distinct), or -1 when absent.

    A binary search of all queries at once: about log2(len(sorted_keys)) vectorized
    steps, no hash table of the keys (building one costs as much as the lookups save).
    """
    size = len(sorted_keys)
    if size == 0:
        return np.full(len(queries), -1, np.int64)
    low = np.zeros(len(queries), np.int64)
    high = np.full(len(queries), size, np.int64)
    while (searching := low < high).any():
        middle = (low + high) // 2
        probe = sorted_keys.take(np.minimum(middle, size - 1))
        below = pc.fill_null(pc.less(probe, queries), False).to_numpy(zero_copy_only=False)
        low = np.where(searching & below, middle + 1, low)
        high = np.where(searching & ~below, middle, high)
    found = np.minimum(low, size - 1)
    equal = pc.fill_null(pc.equal(sorted_keys.take(found), queries), False).to_numpy(zero_copy_only=False)
    return np.where(equal & (low < size), found, -1)


class _Run:
    """One spilled run read back a record batch at a time."""

    def __init__(self, path: Path):
        self.reader = pa.ipc.open_file(pa.OSFile(str(path)))
        self.next_batch = 0

    @property
    def exhausted(self) -> bool:
        return self.next_batch >= self.reader.num_record_batches

    def read(self) -> pa.Table | None:
        if self.exhausted:
            return None
        batch = self.reader.get_batch(self.next_batch)
        self.next_batch += 1
        return pa.Table.from_batches([batch])


class LatestPerKey:
    """Keep, for each value of ``key``, the first row in ``latest_first`` order.

    ``latest_first`` lists (column, "ascending" | "descending") sort keys that put the
    row to keep first among the rows of one key. Memory holds one run (``run_rows``,
    default ``RUN_ROWS``, rows) while adding and one batch per spilled run while merging; spilled runs live
    in a temporary folder (``TMPDIR``) removed by ``close``. Keys must not be null.
    """

    def __init__(self, key: str, latest_first: list[tuple[str, str]], run_rows: int | None = None):
        self.key = key
        self.sort_keys = [(key, "ascending"), *latest_first]
        self.run_rows = run_rows or RUN_ROWS
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._runs: list[Path] = []
        self._folder: tempfile.TemporaryDirectory | None = None

    def __enter__(self) -> LatestPerKey:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def close(self) -> None:
        self._pending, self._pending_rows, self._runs = [], 0, []
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    @property
    def spilled_runs(self) -> list[Path]:
        """The run files on disk so far (until ``close``)."""
        return list(self._runs)

    def add(self, table: pa.Table) -> None:
        if table[self.key].null_count:
            raise ValueError(f"null {self.key}")
        self._pending.append(table)
        self._pending_rows += table.num_rows
        if self._pending_rows >= self.run_rows:
            self._spill()

    def results(self) -> Iterator[pa.Table]:
        """One row per key, in ascending key order, in pieces of bounded size."""
        if not self._runs:
            if self._pending_rows:
                yield self._reduce_pending()
            return
        if self._pending_rows:
            self._spill()
        yield from self._merge([_Run(path) for path in self._runs])

    def _latest(self, table: pa.Table) -> pa.Table:
        """The first row of each key in sort order, taken in one copy."""
        order = pc.sort_indices(table, sort_keys=self.sort_keys)
        if len(order) > 1:
            keys = table[self.key].take(order).combine_chunks()
            starts = pa.concat_arrays([pa.array([True]), pc.not_equal(keys.slice(1), keys.slice(0, len(keys) - 1))])
            order = order.filter(starts)
        return table.take(order)

    def _reduce_pending(self) -> pa.Table:
        table = pa.concat_tables(self._pending)
        self._pending, self._pending_rows = [], 0
        return self._latest(table)

    def _spill(self) -> None:
        run = self._reduce_pending()
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="training-gate-runs-")
        path = Path(self._folder.name) / f"run-{len(self._runs):05d}.arrow"
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, run.schema) as writer:
            writer.write_table(run, max_chunksize=SPILL_BATCH_ROWS)
        self._runs.append(path)

    def _merge(self, runs: list[_Run]) -> Iterator[pa.Table]:
        """Merge runs that are each sorted with one row per key.

        Each round takes, from every run's current batch, the rows up to the smallest
        last key among runs that have more batches: no later batch can hold such a key,
        and the run that set the bound is used up, so every round moves on.
        """
        heads = [run.read() for run in runs]
        while live := [index for index, head in enumerate(heads) if head is not None]:
            bounds = [heads[index][self.key][-1].as_py() for index in live if not runs[index].exhausted]
            bound = min(bounds) if bounds else None
            pieces = []
            for index in live:
                head = heads[index]
                cut = head.num_rows if bound is None else bisect_right(head[self.key], bound)
                pieces.append(head.slice(0, cut))
                heads[index] = head.slice(cut) if cut < head.num_rows else runs[index].read()
            yield self._latest(pa.concat_tables(pieces))
