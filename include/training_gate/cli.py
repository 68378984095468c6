"""``training-gate``: the command line over the same library the DAGs use.

Exit codes: 0 done; 2 usage or unreadable input; 3 the validation gate failed and
nothing was published (or, for ``verify``, the dataset does not match its manifest).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

EXIT_OK, EXIT_USAGE, EXIT_GATE_CLOSED = 0, 2, 3


def _run_date(value: str) -> str:
    return date.fromisoformat(value).isoformat()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="training-gate", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="gate and publish one partition")
    run.add_argument("--tickets", action="append", required=True, help="export file or folder (repeatable)")
    run.add_argument("--consent", action="append", required=True, help="consent ledger file or folder")
    run.add_argument("--out", required=True, help="output folder for published datasets")
    run.add_argument("--run-date", required=True, type=_run_date, help="partition date, YYYY-MM-DD")
    run.add_argument("--policy", help="policy YAML (default: the packaged default policy)")
    run.add_argument("--run-id", help="identifier recorded in the manifest")

    check = commands.add_parser("verify", help="check a published dataset against its manifests")
    check.add_argument("path", help="output folder, dataset folder or partition")

    report = commands.add_parser("summary", help="print the run summary of published partitions")
    report.add_argument("path", help="output folder or dataset folder")
    report.add_argument("--run-date", type=_run_date, help="only this partition")

    sample = commands.add_parser("sample-data", help="write generated sample exports and a consent ledger")
    sample.add_argument("--out", required=True)
    sample.add_argument("--tickets", type=int, default=500)
    sample.add_argument("--seed", type=int, default=7)
    sample.add_argument("--run-date", type=_run_date, default="2026-11-21")

    evaluation = commands.add_parser("eval", help="measure how well the scrub stage removes personal data")
    evaluation.add_argument("--set", action="append", dest="sets", metavar="NAME",
                            help="evaluation set (repeatable; default: all): "
                                 "presidio_research, tau_bench, tau_bench_holdout, generated")
    evaluation.add_argument("--report", help="write the JSON report here (a .md table is written beside it)")
    evaluation.add_argument("--policy", help="policy YAML (default: the packaged default policy)")
    evaluation.add_argument("--misses", help="local file (keep it out of git) listing the values that leaked")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    if arguments.command == "sample-data":
        from training_gate.sample_data import generate

        generate(arguments.out, arguments.tickets, arguments.seed, arguments.run_date)
        print(f"sample exports and consent ledger written under {arguments.out}")
        return EXIT_OK
    if arguments.command == "verify":
        from training_gate.manifest import find_partitions, verify

        problems = verify(arguments.path)
        for problem in problems:
            print(f"MISMATCH {problem}", file=sys.stderr)
        if not problems:
            print(f"verified {len(find_partitions(arguments.path))} partition(s) under {arguments.path}")
        return EXIT_GATE_CLOSED if problems else EXIT_OK
    if arguments.command == "summary":
        return _summary(arguments)
    if arguments.command == "eval":
        return _eval(arguments)
    return _run(arguments)


def _summary(arguments: argparse.Namespace) -> int:
    from training_gate.files import read_json
    from training_gate.manifest import MANIFEST_NAME, find_partitions
    from training_gate.pipeline import summary

    partitions = [p for p in find_partitions(arguments.path)
                  if not arguments.run_date or p.name == f"ds={arguments.run_date}"]
    if not partitions:
        print(f"training-gate: no published partition under {arguments.path}", file=sys.stderr)
        return EXIT_USAGE
    for partition in partitions:
        print(summary({**read_json(partition / MANIFEST_NAME), "path": str(partition)}))
    return EXIT_OK


def _eval(arguments: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from training_gate.evaluation import SETS, evaluate
    from training_gate.evaluation.report import table
    from training_gate.policy import PolicyError, load_policy

    names = arguments.sets or list(SETS)
    unknown = sorted(set(names) - SETS.keys())
    if unknown:
        print(f"training-gate: unknown evaluation set(s) {unknown}; known: {sorted(SETS)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        report, misses = evaluate(names, load_policy(arguments.policy), keep_misses=bool(arguments.misses))
    except (FileNotFoundError, PolicyError) as error:
        print(f"training-gate: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(table(report))
    if arguments.report:
        path = Path(arguments.report)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report, indent=1) + "\n")
        path.with_suffix(".md").write_text(table(report) + "\n")
        print(f"report written to {path} and {path.with_suffix('.md')}")
    if arguments.misses:
        path = Path(arguments.misses)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(misses, indent=1) + "\n")
        print(f"leaked values (personal data: keep local) written to {path}")
    return EXIT_OK


def _run(arguments: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from training_gate.consent import LedgerError
    from training_gate.pipeline import PartitionPlan, run_partition, summary
    from training_gate.policy import PolicyError
    from training_gate.publish import GateClosed

    run_id = arguments.run_id or f"cli__{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    plan = PartitionPlan(arguments.run_date, run_id, arguments.out, arguments.tickets,
                         arguments.consent, arguments.policy)
    try:
        plan.policy()
        manifest = run_partition(plan)
    except (FileNotFoundError, LedgerError, PolicyError) as error:
        print(f"training-gate: {error}", file=sys.stderr)
        return EXIT_USAGE
    except GateClosed as closed:
        print(f"training-gate: {closed}", file=sys.stderr)
        return EXIT_GATE_CLOSED
    print(summary(manifest))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
