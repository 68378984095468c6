"""Throughput of the gate against Presidio wired the plain way, on the same tickets.

    make bench                      # 5,000 tickets (BENCH_TICKETS), seed 2026 (BENCH_SEED)

Writes a seeded export of multi-turn support tickets (``bench_export``), then times,
each in its own subprocess on the same export:

- ``baseline``: Presidio ``BatchAnalyzerEngine`` + ``AnonymizerEngine``, the spaCy model
  of the gate's policy through ``NlpEngineProvider``, Presidio's predefined recognizers,
  typed placeholders (``<PERSON>``), batch size 64, one process: every subject and
  comment of every ticket;
- ``gate``: ``training-gate run`` with its default settings (all available cores):
  read, consent, eligibility, sensitive-topic screen, scrub, validate, publish;
- ``gate-1-process``: the same run restricted to one process (``--processes 1``) and
  one thread for the math libraries;
- ``scrub-2-shards-1-worker`` / ``scrub-2-shards-2-workers``: the scrub stage alone on
  a partition cut into two shards, run by one worker process after the other, or by two
  worker processes at once (the shape of two single-slot Celery workers);
- two parts of the scrub alone, one process, timed by CPU inside the subprocess over the
  distinct paragraphs the scrub reads (``scrub.paragraphs``; saved replies once):
  ``part: NER alone``, spaCy's entity recognizer with nothing else of the pipeline (its
  own token-to-vector layer, the scrub's numpy matrix products), the least any scrub that
  lets the model's NER read the text spends; ``part: recognizers alone``, the policy's
  recognizers (Presidio's and the gate's) with context enhancement, on annotations made
  beforehand and not timed. Their tickets/s say how fast a gate could be that did only
  that part: a ceiling, not a mode a user runs.

Wall time includes interpreter start and model loading. Peak RSS is the subprocess's
``ru_maxrss`` from ``os.wait4`` (the largest single process; the gate's worker
processes are children of children and are measured with ``RUSAGE_CHILDREN`` inside
the gate's run, reported as ``workers_peak_rss_mb``). Results go to
``bench/results/throughput.json`` with the machine's core count and load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "bench"))

from bench_export import export_chars, write_export  # noqa: E402

from training_gate import offline  # noqa: E402, F401  (before Presidio: the gate's offline settings)

RESULTS = PROJECT / "bench" / "results"
RUN_DATE = "2026-11-21"


# -- what each subprocess runs ---------------------------------------------------------

def run_baseline(export: Path) -> dict:
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from training_gate.policy import load_policy

    settings = load_policy().scrub
    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": settings.spacy_model}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    anonymizer = AnonymizerEngine()
    texts = []
    with open(export, encoding="utf-8") as handle:
        for line in handle:
            ticket = json.loads(line)
            texts.append(ticket.get("subject") or "")
            texts += [c["body"] for c in ticket["comments"]]
    scrubbed = 0
    for text, findings in zip(texts, batch.analyze_iterator(texts, language="en", batch_size=64), strict=True):
        anonymizer.anonymize(text=text, analyzer_results=findings)  # default operator: <ENTITY_TYPE>
        scrubbed += 1
    return {"texts": scrubbed}


def export_paragraphs(export: Path) -> list[str]:
    """The distinct paragraphs of every subject and comment, as the scrub reads them."""
    from training_gate.scrub import paragraphs

    pieces = {}
    with open(export, encoding="utf-8") as handle:
        for line in handle:
            ticket = json.loads(line)
            for text in (ticket.get("subject") or "", *(c["body"] for c in ticket["comments"])):
                pieces.update(dict.fromkeys(piece for _, piece in paragraphs(text)))
    return list(pieces)


def run_ner_alone(export: Path) -> dict:
    import spacy

    from training_gate.policy import load_policy
    from training_gate.scrub import NLP_BATCH_SIZE
    from training_gate.spacy_ops import use_numpy_matrix_products

    pieces = export_paragraphs(export)
    nlp = spacy.load(load_policy().scrub.spacy_model)
    for name in nlp.pipe_names:
        if name != "ner":
            nlp.disable_pipe(name)
    use_numpy_matrix_products(nlp)
    started = time.process_time()
    entities = sum(len(doc.ents) for doc in nlp.pipe(pieces, batch_size=NLP_BATCH_SIZE))
    return {"part_cpu_seconds": round(time.process_time() - started, 2), "paragraphs": len(pieces),
            "entities": entities}


def run_recognizers_alone(export: Path, chunk: int = 1_000) -> dict:
    from training_gate.policy import load_policy
    from training_gate.scrub import NLP_BATCH_SIZE, Scrubber

    pieces = export_paragraphs(export)
    scrubber = Scrubber(load_policy().scrub)
    engine, language = scrubber.analyzer.nlp_engine, scrubber.settings.language
    spent = findings = 0
    for first in range(0, len(pieces), chunk):
        annotated = list(engine.process_batch(pieces[first:first + chunk], language, batch_size=NLP_BATCH_SIZE))
        started = time.process_time()
        findings += sum(len(scrubber._policy_findings(piece, artifacts)[0]) for piece, artifacts in annotated)
        spent += time.process_time() - started
    return {"part_cpu_seconds": round(spent, 2), "paragraphs": len(pieces), "findings": findings}


def run_gate(landing: Path, out: Path, processes: int) -> dict:
    from training_gate.cli import main

    shutil.rmtree(out, ignore_errors=True)
    code = main(["run", "--tickets", str(landing / "tickets"), "--consent", str(landing / "consent"),
                 "--out", str(out), "--run-date", RUN_DATE, "--run-id", "bench", "--processes", str(processes)])
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"exit_code": code, "workers_peak_rss_mb": round(workers / 1024, 1)}


def run_scrub_shards(out: Path, workers: int) -> dict:
    """The scrub of a partition cut into two shards (staging from an earlier gate run)."""
    from concurrent.futures import ProcessPoolExecutor

    from training_gate.pipeline import PartitionPlan, plan_scrub_shards

    plan = PartitionPlan(RUN_DATE, "bench", str(out), scrub_shards=2, processes=1)
    shards = plan_scrub_shards(plan)
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_scrub_one_shard, [plan] * len(shards), shards))
    return {"scrub_seconds": round(time.monotonic() - started, 2), "shards": len(shards)}


def _scrub_one_shard(plan, shard: int) -> dict:
    from training_gate.pipeline import scrub_shard_stage

    return scrub_shard_stage(plan, shard)


# -- the driver ------------------------------------------------------------------------

def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def measure(name: str, arguments: list[str], one_core: bool) -> dict:
    """Run one mode in its own subprocess; wall time and peak RSS from ``os.wait4``. A
    one-core mode also keeps the math libraries to one thread (OpenBLAS would otherwise
    put its matrix products on every core)."""
    load_before = load_average()
    report = RESULTS / f".{name}.json"
    environment = {**os.environ, **({"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"} if one_core else {})}
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, __file__, "--mode", *arguments, "--report", str(report)],
                               env=environment)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{name} failed with exit status {os.waitstatus_to_exitcode(status)}")
    extra = json.loads(report.read_text())
    report.unlink()
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1), "load_before": load_before,
            "load_after": load_average(), **extra}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=int(os.environ.get("BENCH_TICKETS", 5000)))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("BENCH_SEED", 2026)))
    parser.add_argument("--work", default=str(PROJECT / "var" / "bench"))
    parser.add_argument("--only", action="append", help="run only these modes (repeatable)")
    parser.add_argument("--mode", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--report", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.mode:
        mode, *rest = arguments.mode
        result = {"baseline": lambda: run_baseline(Path(rest[0])),
                  "gate": lambda: run_gate(Path(rest[0]), Path(rest[1]), int(rest[2])),
                  "scrub-shards": lambda: run_scrub_shards(Path(rest[0]), int(rest[1])),
                  "ner-alone": lambda: run_ner_alone(Path(rest[0])),
                  "recognizers-alone": lambda: run_recognizers_alone(Path(rest[0]))}[mode]()
        Path(arguments.report).write_text(json.dumps(result))
        return 0

    work = Path(arguments.work)
    landing = work / f"landing-{arguments.tickets}-{arguments.seed}"
    if not (landing / "expected.json").exists():
        shutil.rmtree(landing, ignore_errors=True)
        write_export(landing, arguments.tickets, arguments.seed, RUN_DATE)
    export = next((landing / "tickets" / f"ds={RUN_DATE}").glob("*.jsonl"))
    tickets, chars = export_chars(export)
    RESULTS.mkdir(parents=True, exist_ok=True)
    modes = {
        "baseline": ["baseline", str(export)],
        "gate": ["gate", str(landing), str(work / "out-gate"), "0"],
        "gate-1-process": ["gate", str(landing), str(work / "out-gate-1"), "1"],
        "scrub-2-shards-1-worker": ["scrub-shards", str(work / "out-gate-1"), "1"],
        "scrub-2-shards-2-workers": ["scrub-shards", str(work / "out-gate-1"), "2"],
        "part: NER alone": ["ner-alone", str(export)],
        "part: recognizers alone": ["recognizers-alone", str(export)],
    }
    results = {}
    for name, mode in modes.items():
        if arguments.only and name not in arguments.only:
            continue
        print(f"running {name} ...", flush=True)
        results[name] = measure(name, mode, one_core=name != "gate")
        seconds = results[name].get("part_cpu_seconds") or results[name]["seconds"]
        results[name]["tickets_per_second"] = round(tickets / seconds, 1)
        results[name]["chars_per_second"] = round(chars / seconds)
    ratios = {}
    if "baseline" in results:
        base = results["baseline"]["tickets_per_second"]
        ratios.update({f"{name}/baseline": round(r["tickets_per_second"] / base, 2)
                       for name, r in results.items() if name.startswith(("gate", "part"))})
    if {"scrub-2-shards-1-worker", "scrub-2-shards-2-workers"} <= results.keys():
        ratios["scrub 2 workers / 1 worker"] = round(results["scrub-2-shards-1-worker"]["scrub_seconds"]
                                                     / results["scrub-2-shards-2-workers"]["scrub_seconds"], 2)
    summary = {
        "tickets": tickets, "characters": chars, "seed": arguments.seed,
        "machine": {"cores": os.cpu_count(), "available_cores": len(os.sched_getaffinity(0)),
                    "processor": platform.processor() or platform.machine(), "python": platform.python_version()},
        "results": results, "ratios": ratios, "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    out = RESULTS / "throughput.json"
    out.write_text(json.dumps(summary, indent=2) + "\n")
    print(table(summary))
    print(f"written to {out}")
    return 0


def table(summary: dict) -> str:
    lines = [f"{summary['tickets']} tickets, {summary['characters']:,} characters, "
             f"{summary['machine']['available_cores']} cores",
             f"{'mode':26} {'seconds':>8} {'tickets/s':>10} {'chars/s':>10} {'peak RSS MB':>12} {'load before':>12}"]
    for name, r in summary["results"].items():
        lines.append(f"{name:26} {r.get('part_cpu_seconds') or r['seconds']:>8} {r['tickets_per_second']:>10} {r['chars_per_second']:>10,} "
                     f"{r['peak_rss_mb']:>12} {r['load_before'][0]:>12}")
    lines += [f"{name}: {value}x" for name, value in summary["ratios"].items()]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
