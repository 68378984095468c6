"""Peak memory of the gate as the export grows.

    make bench-memory               # 100,000 and 1,000,000 tickets (MEMORY_SIZES)

The full gate on a million tickets would take hours on a small machine, so this
measures the parts separately, each in its own subprocess (peak RSS from ``os.wait4``):

- ``streaming``: extract (contract check, latest version per ticket id), consent and
  eligibility on a generated gzip export of N tickets (``bench_export.stream_tickets``:
  2,000 distinct conversations recurring with new ticket and customer ids), for each N;
- ``nlp``: the sensitive-topic screen and the scrub (one process) on the first
  SCRUB_SIZES tickets of such an export: both read their input in bounded batches, so
  their peak must not grow with the number of tickets.

Writes ``bench/results/memory.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "bench"))

from bench_export import write_streamed_export  # noqa: E402

RESULTS = PROJECT / "bench" / "results"
RUN_DATE = "2026-11-21"


def run_mode(mode: str, landing: Path, out: Path) -> dict:
    from training_gate.pipeline import (
        PartitionPlan,
        consent_stage,
        eligibility_stage,
        extract_stage,
        scrub_stage,
        sensitive_stage,
    )

    shutil.rmtree(out, ignore_errors=True)
    plan = PartitionPlan(RUN_DATE, "bench-memory", str(out), [str(landing / "tickets")], [str(landing / "consent")],
                         processes=1)
    timings = {}
    stages = [extract_stage, consent_stage, eligibility_stage]
    if mode == "nlp":
        stages += [sensitive_stage, scrub_stage]
    for stage in stages:
        started = time.monotonic()
        result = stage(plan)
        timings[stage.__name__] = round(time.monotonic() - started, 1)
    return {"stage_seconds": timings, "last_stage_counts": {k: v for k, v in result.items() if isinstance(v, int)}}


def measure_subprocess(script: str, arguments: list[str], report: Path, what: str) -> dict:
    """Run ``script`` with ``arguments`` in a fresh interpreter with one BLAS thread; the
    JSON it wrote to ``report``, with its peak RSS (``os.wait4``) and the load before."""
    environment = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    load_before = [round(x, 2) for x in os.getloadavg()]
    process = subprocess.Popen([sys.executable, script, *arguments, str(report)], env=environment)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{what} failed")
    result = json.loads(report.read_text())
    report.unlink()
    return {"peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "load_before": load_before, **result}


def measure(mode: str, landing: Path, out: Path) -> dict:
    started = time.monotonic()
    measured = measure_subprocess(__file__, ["--mode", mode, str(landing), str(out)], out.with_suffix(".json"),
                                  f"{mode} on {landing}")
    return {"seconds": round(time.monotonic() - started, 1), **measured, "code": code_version()}


def code_version() -> str:
    """The commit measured, so results kept from earlier runs can be told apart."""
    described = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=PROJECT, capture_output=True, text=True)
    return described.stdout.strip() or "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=os.environ.get("MEMORY_SIZES", "100000,1000000"))
    parser.add_argument("--scrub-sizes", default=os.environ.get("SCRUB_SIZES", "1000,4000"))
    parser.add_argument("--work", default=str(PROJECT / "var" / "bench-memory"))
    parser.add_argument("--mode", nargs=4, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.mode:
        mode, landing, out, report = arguments.mode
        Path(report).write_text(json.dumps(run_mode(mode, Path(landing), Path(out))))
        return 0
    work = Path(arguments.work)
    previous = RESULTS / "memory.json"  # sizes measured before and not again are kept
    results = json.loads(previous.read_text())["results"] if previous.exists() else {}
    results = {mode: results.get(mode, {}) for mode in ("streaming", "nlp")}
    for mode, sizes in (("nlp", arguments.scrub_sizes), ("streaming", arguments.sizes)):
        for size in [int(s) for s in sizes.split(",") if s]:
            landing = work / f"landing-{size}"
            if not (landing / "expected.json").exists():
                shutil.rmtree(landing, ignore_errors=True)
                print(f"writing a streamed export of {size:,} tickets ...", flush=True)
                write_streamed_export(landing, size, 2026, RUN_DATE)
            print(f"measuring {mode} on {size:,} tickets ...", flush=True)
            results[mode][str(size)] = measured = measure(mode, landing, work / f"out-{mode}-{size}")
            print(f"  peak RSS {measured['peak_rss_mb']} MB in {measured['seconds']} s", flush=True)
            shutil.rmtree(work / f"out-{mode}-{size}", ignore_errors=True)
    summary = {"machine": {"cores": os.cpu_count()}, "results": results,
               "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "memory.json").write_text(json.dumps(summary, indent=2) + "\n")
    for mode, by_size in results.items():
        for size, r in by_size.items():
            print(f"{mode:10} {int(size):>10,} tickets: peak RSS {r['peak_rss_mb']:>7} MB, {r['seconds']:>7} s, "
                  f"load before {r['load_before'][0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
