"""Shards of the scrub stage: contiguous row ranges of ``screened.parquet``.

The scrub is the gate's one expensive stage, so it is the one that is spread out:
``plan_shards`` cuts the screened tickets into shards of contiguous rows and
writes the cut to ``scrub_plan.json``; each shard is scrubbed on its own (the nightly
DAG maps one task per shard, a worker of any executor can run it) into
``scrubbed-<i>-of-<n>.parquet``; ``combine`` checks every shard is there and writes the
stage's ``scrub.json``. Validate and publish read the shards in order, so the rows
they see, and the bytes published, are the same whatever the number of shards.

Within one shard, ``in_worker_processes`` hands batches of tickets (as Arrow record
batches) to a pool of worker processes, each of which builds the scrub engines once.
"""

from __future__ import annotations

import hashlib
import math
import os
import shutil
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from training_gate.files import sha256_handle
from training_gate.staging import Staging, parquet_reader

SOURCE = "screened.parquet"
PLAN = "scrub_plan"
STATS = "scrub"
# A shard per this many tickets unless the run says how many shards it wants.
DEFAULT_ROWS_PER_SHARD = 50_000
MAX_SHARDS = 64
# Tickets per batch handed to spaCy (and, with several processes, to one worker).
BATCH_ROWS = 128
# Fewer tickets than this are scrubbed in the calling process: starting workers costs more.
POOL_MIN_ROWS = 512


@dataclass(frozen=True)
class ShardPlan:
    shards: int
    row_ranges: list[list[int]]  # per shard: [first row, end row) of screened.parquet

    def shard_rows(self, shard: int) -> int:
        first, end = self.row_ranges[shard]
        return end - first

    def output_name(self, shard: int) -> str:
        return f"scrubbed-{shard:05d}-of-{self.shards:05d}.parquet"

    def stats_name(self, shard: int) -> str:
        return f"{STATS}-{shard:05d}-of-{self.shards:05d}"

    def output_names(self) -> list[str]:
        return [self.output_name(shard) for shard in range(self.shards)]


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def resolve_processes(processes: int | None) -> int:
    """``0`` or ``None``: one process per available core."""
    return processes if processes and processes > 0 else available_cores()


def plan_shards(staging: Staging, shards: int | None = None, rows_per_shard: int = DEFAULT_ROWS_PER_SHARD) -> ShardPlan:
    """Cut ``screened.parquet`` into ``shards`` contiguous row ranges of near-equal size
    (default: one shard per ``rows_per_shard`` tickets, at most ``MAX_SHARDS``), write
    ``scrub_plan.json`` and remove shard files of earlier cuts. There is always at least
    one shard; a shard may be empty when there are fewer tickets than shards."""
    total = pq.ParquetFile(staging.path(SOURCE)).metadata.num_rows
    wanted = shards if shards and shards > 0 else math.ceil(total / rows_per_shard)
    count = max(1, min(wanted, MAX_SHARDS))
    plan = ShardPlan(count, [[i * total // count, (i + 1) * total // count] for i in range(count)])
    for stale in [*staging.root.glob("scrubbed-*-of-*.parquet"), *staging.root.glob(f"{STATS}-*-of-*.json")]:
        stale.unlink()
    staging.path(f"{STATS}.json").unlink(missing_ok=True)
    staging.write_stats(PLAN, asdict(plan))
    return plan


def read_plan(staging: Staging) -> ShardPlan:
    return ShardPlan(**staging.read_stats(PLAN))


def shard_batches(staging: Staging, plan: ShardPlan, shard: int, batch_rows: int = BATCH_ROWS) -> Iterator[pa.RecordBatch]:
    """The shard's tickets in order, in record batches of at most ``batch_rows``."""
    return row_range(staging.path(SOURCE), *plan.row_ranges[shard], batch_rows)


def row_range(path: Path, first: int, end: int, batch_rows: int = BATCH_ROWS) -> Iterator[pa.RecordBatch]:
    """Rows ``[first, end)`` of a Parquet file in order; only the row groups holding them are read."""
    if end <= first:
        return
    parquet = parquet_reader(path)
    group_starts = [0]
    for group in range(parquet.metadata.num_row_groups):
        group_starts.append(group_starts[-1] + parquet.metadata.row_group(group).num_rows)
    groups = [g for g in range(len(group_starts) - 1) if group_starts[g + 1] > first and group_starts[g] < end]
    position = group_starts[groups[0]]  # the row number of the next batch's first row
    for batch in parquet.iter_batches(batch_size=batch_rows, row_groups=groups):
        start, stop = max(first - position, 0), min(end - position, batch.num_rows)
        if start < stop:
            yield batch.slice(start, stop - start)
        position += batch.num_rows
        if position >= end:
            return


def combine(staging: Staging) -> dict:
    """Check every planned shard was scrubbed; write and return the stage's ``scrub.json``."""
    plan = read_plan(staging)
    total, entities = 0, Counter()
    for shard in range(plan.shards):
        try:
            stats = staging.read_stats(plan.stats_name(shard))
        except FileNotFoundError as missing:
            raise RuntimeError(f"{staging.root}: scrub shard {shard} of {plan.shards} has not run") from missing
        if stats["scrubbed"] != plan.shard_rows(shard) or not staging.path(plan.output_name(shard)).is_file():
            raise RuntimeError(f"{staging.root}: scrub shard {shard} of {plan.shards} is incomplete")
        total += stats["scrubbed"]
        entities.update(stats["entities_scrubbed"])
    stats = {"scrubbed": total, "entities_scrubbed": dict(sorted(entities.items())), "shards": plan.shards,
             "files": plan.output_names()}
    staging.write_stats(STATS, stats)
    return stats


def output_paths(staging: Staging) -> list[Path]:
    """The scrubbed shards, in row order (after ``combine``)."""
    return [staging.path(name) for name in staging.read_stats(STATS)["files"]]


def sha256_of_handles(names: list[str], handles: list) -> str:
    """One digest over the shards' names and contents, in order (rewinds every handle)."""
    digest = hashlib.sha256()
    for name, handle in zip(names, handles, strict=True):
        digest.update(f"{name}\0{sha256_handle(handle)}\n".encode())
    return digest.hexdigest()


def iter_tables(handles: list, batch_rows: int, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """The rows of several Parquet files in order, re-cut into tables of exactly ``batch_rows``
    rows (the last may be shorter), so what is written from them does not depend on how
    the rows were split between files."""
    pending: list[pa.Table] = []
    pending_rows = 0
    for handle in handles:
        for batch in parquet_reader(handle).iter_batches(batch_size=batch_rows, columns=columns):
            pending.append(pa.Table.from_batches([batch]))
            pending_rows += batch.num_rows
            while pending_rows >= batch_rows:
                table = pa.concat_tables(pending).combine_chunks()
                yield table.slice(0, batch_rows)
                rest = table.slice(batch_rows)
                pending, pending_rows = ([rest] if rest.num_rows else []), rest.num_rows
    if pending_rows:
        yield pa.concat_tables(pending).combine_chunks()


# -- worker processes ----------------------------------------------------------------

# One thread per worker for the math libraries: the pool already has a worker per core,
# and OpenBLAS threads on top of it were measured to slow spaCy down several times.
SINGLE_THREADED = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@contextmanager
def worker_pool(processes: int, **options):
    """A pool of ``processes`` spawned workers (safe inside a threaded Airflow task) whose
    math libraries run single-threaded (unless the environment already says otherwise)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    added = {name: value for name, value in SINGLE_THREADED.items() if name not in os.environ}
    os.environ.update(added)
    try:
        with ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                                 **options) as pool:
            yield pool
    finally:
        for name in added:
            os.environ.pop(name, None)


_worker = None


def _start_worker(settings, key) -> None:
    global _worker
    from training_gate.scrub import Scrubber

    _worker = (Scrubber(settings), key)


def _scrub_batch(batch: pa.RecordBatch) -> tuple[list[dict], Counter]:
    scrubber, key = _worker
    counts: Counter[str] = Counter()
    return scrubber.scrub_tickets(batch.to_pylist(), key, counts), counts


def in_worker_processes(batches: Iterable[pa.RecordBatch], settings, key, processes: int,
                        counts: Counter) -> Iterator[list[dict]]:
    """Scrubbed rows of each batch, in order, from ``processes`` worker processes; at most two
    batches per worker are in flight."""
    with worker_pool(processes, initializer=_start_worker, initargs=(settings, key)) as pool:
        in_flight: deque = deque()
        for batch in batches:
            in_flight.append(pool.submit(_scrub_batch, batch))
            if len(in_flight) >= 2 * processes:
                rows, found = in_flight.popleft().result()
                counts.update(found)
                yield rows
        while in_flight:
            rows, found = in_flight.popleft().result()
            counts.update(found)
            yield rows


# -- a row-wise stage over parts of its input, in worker processes ----------------------

def merge_stats(parts: list[dict]) -> dict:
    """Counts of several parts of one stage as one: numbers add up, dicts of numbers add up
    key by key, anything else must be the same in every part."""
    merged: dict = {}
    for stats in parts:
        for name, value in stats.items():
            if name not in merged:
                merged[name] = dict(value) if isinstance(value, dict) else value
            elif isinstance(value, bool) or not isinstance(value, int | float | dict):
                if merged[name] != value:
                    raise ValueError(f"stage parts disagree on {name!r}")
            elif isinstance(value, dict):
                for key, count in value.items():
                    merged[name][key] = merged[name].get(key, 0) + count
            else:
                merged[name] += value
    return merged


def _run_part(stage, part_root: str, arguments: tuple) -> dict:
    return stage(Staging(Path(part_root)), *arguments)


def run_in_row_parts(stage, staging: Staging, source: str, stats_name: str, processes: int, *arguments) -> dict:
    """Run a row-wise stage (``stage(staging, *arguments)``, which reads ``source`` and writes
    Parquet, JSON Lines and ``<stats_name>.json`` files) on ``processes`` contiguous parts of
    ``source`` at once, then put its outputs together in row order: the same files and
    counts as one run over the whole input. Used for the sensitive-topic screen, which
    judges every ticket on its own. Runs in this process when there is too little to share."""
    total = pq.ParquetFile(staging.path(source)).metadata.num_rows
    if processes <= 1 or total < POOL_MIN_ROWS:
        return stage(staging, *arguments)
    parts_root = staging.path(f"{stats_name}-parts")
    shutil.rmtree(parts_root, ignore_errors=True)
    parts = [Staging(parts_root / f"part-{i:03d}") for i in range(processes)]
    ranges = [[i * total // processes, (i + 1) * total // processes] for i in range(processes)]
    cut = ShardPlan(processes, ranges)
    for index, part in enumerate(parts):
        part.root.mkdir(parents=True)
        _write_batches(part.path(source), row_range(staging.path(source), *cut.row_ranges[index], 2_000),
                       pq.read_schema(staging.path(source)))
    with worker_pool(processes) as pool:
        list(pool.map(_run_part, [stage] * processes, [str(p.root) for p in parts], [arguments] * processes))
    outputs = sorted(p.name for p in parts[0].root.iterdir() if p.name != source and not p.name.startswith("."))
    for name in outputs:
        paths = [part.path(name) for part in parts]
        if name == f"{stats_name}.json":
            staging.write_stats(stats_name, merge_stats([part.read_stats(stats_name) for part in parts]))
        elif name.endswith(".parquet"):
            _write_batches(staging.path(name), (b for path in paths for b in parquet_reader(path).iter_batches()),
                           pq.read_schema(paths[0]))
        elif name.endswith(".jsonl"):
            temporary = staging.path(f".{name}.tmp")
            with open(temporary, "wb") as joined:
                for path in paths:
                    with open(path, "rb") as part_file:
                        shutil.copyfileobj(part_file, joined)
            temporary.replace(staging.path(name))
        else:
            raise ValueError(f"{stats_name}: do not know how to put parts of {name} together")
    shutil.rmtree(parts_root)
    return staging.read_stats(stats_name)


def _write_batches(path: Path, batches: Iterable[pa.RecordBatch], schema: pa.Schema) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with pq.ParquetWriter(temporary, schema) as writer:
        for batch in batches:
            writer.write_batch(batch)
    temporary.replace(path)
