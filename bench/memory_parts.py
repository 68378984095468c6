"""Peak memory of what the streaming stages keep across tickets, at 100k and 1M tickets.

    make bench-memory-parts         # 100,000 and 1,000,000 (PARTS_SIZES), a few minutes

``memory.py`` runs extract, consent and eligibility end to end; extract parses every
ticket twice, so a million tickets takes from ten minutes to hours on a shared
machine. What can grow with the export is not that parsing (bounded batches) but what
is kept from one ticket to the next. This measures those parts alone, each in its own
subprocess (peak RSS from ``os.wait4``), on the same kind of data:

- ``imports``: the modules loaded and nothing run, the floor of every part;
- ``version_index``: extract's index of the latest version per ticket id, fed N ticket
  ids in shuffled order, then asked for the winning lines;
- ``consent``: the consent stage on the ledger of N streamed customers (one each);
- ``eligibility``: the eligibility stage on N extracted tickets (a 2,000-ticket
  extracted streamed export, tiled with new ticket and customer ids) and that snapshot.

Run with the code on ``PYTHONPATH``; writes ``bench/results/memory_parts.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "bench"))

from bench_export import streamed_customer_id, streamed_ticket_id, write_streamed_export, write_streamed_ledger  # noqa: E402
from memory import measure_subprocess  # noqa: E402

RESULTS = PROJECT / "bench" / "results"
RUN_DATE = "2026-11-21"
SEED = 2026
TILE = 2_000
_SCRAMBLE = 1_000_003  # a prime: i * _SCRAMBLE % size visits every number below size once
PARTS = ("imports", "version_index", "consent", "eligibility")


def _plan(work: Path, size: int):
    from training_gate.pipeline import PartitionPlan

    return PartitionPlan(RUN_DATE, "bench-memory-parts", str(work / f"out-{size}"), [str(work / "tile" / "tickets")],
                         [str(work / f"ledger-{size}.csv")], processes=1)


def run_part(part: str, work: Path, size: int) -> dict:
    import training_gate.consent  # noqa: F401  (every part starts from the same modules)
    import training_gate.eligibility  # noqa: F401
    from training_gate.extract import _VersionIndex
    from training_gate.pipeline import consent_stage, eligibility_stage

    if part == "prepare":
        prepare(work, size)
        return {}

    started = time.monotonic()
    if part == "version_index":
        index = _VersionIndex()
        for line_number in range(1, size + 1):  # ticket ids in a scrambled order, no list of them held
            number = line_number * _SCRAMBLE % size
            index.add(streamed_ticket_id(SEED, number), 1_700_000_000_000_000 + line_number, 0, line_number)
        winners = int(sum(flags.sum() for flags in map(_as_numpy, index.winning_lines([size]))))
        counts = {"winning_lines": winners}
    elif part == "consent":
        counts = {"customers_opted_in": consent_stage(_plan(work, size))["customers_opted_in"]}
    elif part == "eligibility":
        counts = {"eligible": eligibility_stage(_plan(work, size))["eligible"]}
    else:
        counts = {}
    return {"part_seconds": round(time.monotonic() - started, 1), "counts": counts}


def _as_numpy(flags):
    import numpy as np

    return np.frombuffer(flags, dtype=np.uint8) if isinstance(flags, bytearray) else flags


def prepare(work: Path, size: int) -> None:
    """The ledger of ``size`` customers and ``size`` extracted tickets in the partition's staging."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from training_gate.pipeline import extract_stage

    tile = work / "tile"
    if not (tile / "extracted.parquet").exists():
        write_streamed_export(tile, TILE, SEED, RUN_DATE)
        extract_stage(_plan(work, 0))
        shutil.copy(_plan(work, 0).staging().path("extracted.parquet"), tile / "extracted.parquet")
    if not (work / f"ledger-{size}.csv").exists():
        write_streamed_ledger(work / f"ledger-{size}.csv", size)
    tickets = pq.read_table(tile / "extracted.parquet")
    extracted = _plan(work, size).staging().path("extracted.parquet")
    extracted.parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(extracted, tickets.schema) as writer:
        for start in range(0, size, TILE):
            numbers = range(start, min(start + TILE, size))
            part = tickets.slice(0, len(numbers))
            part = part.set_column(0, "ticket_id", pa.array([streamed_ticket_id(SEED, n) for n in numbers]))
            writer.write_table(part.set_column(1, "customer_id", pa.array([streamed_customer_id(n) for n in numbers])))


def measure(part: str, work: Path, size: int) -> dict:
    return measure_subprocess(__file__, ["--part", part, str(work), str(size)], work / f"{part}-{size}.json",
                              f"{part} at {size}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=os.environ.get("PARTS_SIZES", "100000,1000000"))
    parser.add_argument("--work", default=str(PROJECT / "var" / "bench-memory-parts"))
    parser.add_argument("--label", default="", help="a name for the code measured, kept in the results")
    parser.add_argument("--parts", default=",".join(PARTS), help="which parts to measure (default: all)")
    parser.add_argument("--part", nargs=4, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.part:
        part, work, size, report = arguments.part
        Path(report).write_text(json.dumps(run_part(part, Path(work), int(size))))
        return 0
    work = Path(arguments.work)
    path = RESULTS / "memory_parts.json"
    runs = json.loads(path.read_text()) if path.exists() else {}
    label = arguments.label or "latest"
    results: dict = runs.get(label, {}).get("results", {})  # parts not measured again are kept
    for size in [int(s) for s in arguments.sizes.split(",") if s]:
        measure("prepare", work, size)  # in a subprocess: a child's peak counts its parent's memory at fork
        for part in arguments.parts.split(","):
            print(f"measuring {part} at {size:,} tickets ...", flush=True)
            results.setdefault(part, {})[str(size)] = measured = measure(part, work, size)
            print(f"  peak RSS {measured['peak_rss_mb']} MB, {measured['part_seconds']} s", flush=True)
        shutil.rmtree(work / f"out-{size}", ignore_errors=True)
    runs[label] = {"machine": {"cores": os.cpu_count()}, "results": results,
                   "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    RESULTS.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(runs, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
