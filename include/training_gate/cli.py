"""``training-gate``: the command line over the same library the DAGs use.

Exit codes: 0 done; 2 usage or unreadable input; 3 the validation gate failed and
nothing was published (or, for ``verify``, the dataset does not match its manifest;
for ``backfill``, some date was not published; for ``audit``, a published row belongs
to a subject without a current opt-in).
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
    run.add_argument("--processes", type=int, default=0,
                     help="worker processes for the scrub (default 0: one per available core; 1: this process only)")
    run.add_argument("--scrub-shards", type=int, default=0,
                     help="shards the scrub is cut into (default 0: one per 50,000 tickets); output is the same")

    check = commands.add_parser("verify", help="check a published dataset against its manifests")
    check.add_argument("path", help="output folder, dataset folder or partition")

    report = commands.add_parser("summary", help="print the run summary of published partitions")
    report.add_argument("path", help="output folder or dataset folder")
    report.add_argument("--run-date", type=_run_date, help="only this partition")

    sample = commands.add_parser("sample-data", help="write generated sample exports and a consent ledger")
    sample.add_argument("--out", required=True)
    sample.add_argument("--tickets", type=int, default=500, help="tickets per day")
    sample.add_argument("--seed", type=int, default=7)
    sample.add_argument("--run-date", type=_run_date, default="2026-11-21", help="the (last) day")
    sample.add_argument("--days", type=int, default=1, help="days of exports, ending on --run-date")

    back = commands.add_parser("backfill", help="re-gate and republish every partition in a date range")
    back.add_argument("--from", dest="first", required=True, type=_run_date, help="first date, YYYY-MM-DD")
    back.add_argument("--to", dest="last", required=True, type=_run_date, help="last date, YYYY-MM-DD")
    back.add_argument("--landing", required=True, help="folder with tickets/ds=<date>/ and consent/")
    back.add_argument("--out", required=True, help="output folder of published datasets")
    back.add_argument("--policy", help="policy YAML (default: the packaged default policy)")
    back.add_argument("--reason", required=True, help="why: recorded in every manifest written")
    back.add_argument("--run-id", help="identifier recorded in the manifests")

    erase = commands.add_parser("erase", help="remove subjects without a current opt-in from every version")
    erase.add_argument("--consent", action="append", required=True, help="consent ledger file or folder")
    erase.add_argument("--out", required=True, help="output folder of published datasets")
    erase.add_argument("--landing", help="folder with tickets/ds=<date>/ (default: the paths in each manifest)")
    erase.add_argument("--policy", help="policy YAML (default: the one each partition was gated under)")
    erase.add_argument("--run-id", help="identifier recorded in the manifests")

    check_consent = commands.add_parser("audit", help="fail if a published row lacks a current opt-in")
    check_consent.add_argument("--consent", action="append", required=True, help="consent ledger file or folder")
    check_consent.add_argument("--out", required=True, help="output folder of published datasets")
    check_consent.add_argument("--current-only", action="store_true", help="skip superseded versions")

    listing = commands.add_parser("versions", help="list the retained versions of published partitions")
    listing.add_argument("path", help="output folder, dataset folder or partition")

    evaluation = commands.add_parser("eval", help="measure how well the scrub stage removes personal data")
    evaluation.add_argument("--set", action="append", dest="sets", metavar="NAME",
                            help="evaluation set (repeatable; default: all): "
                                 "presidio_research, tau_bench, tau_bench_holdout, generated, handwritten, "
                                 "sensitive")
    evaluation.add_argument("--report", help="write the JSON report here (a .md table is written beside it)")
    evaluation.add_argument("--policy", help="policy YAML (default: the packaged default policy)")
    evaluation.add_argument("--misses", help="local file (keep it out of git) listing the values that leaked")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    handlers = {
        "run": _run, "verify": _verify, "summary": _summary, "sample-data": _sample_data,
        "backfill": _backfill, "erase": _erase, "audit": _audit, "versions": _versions, "eval": _eval,
    }
    from training_gate.backfill import BackfillError
    from training_gate.consent import LedgerError
    from training_gate.erasure import ErasureError
    from training_gate.policy import PolicyError
    from training_gate.publish import GateClosed
    from training_gate.versions import PartitionBusy

    try:
        return handlers[arguments.command](arguments)
    except GateClosed as closed:
        print(f"training-gate: {closed}", file=sys.stderr)
        return EXIT_GATE_CLOSED
    except (FileNotFoundError, LedgerError, PolicyError, BackfillError, ErasureError, PartitionBusy) as error:
        print(f"training-gate: {error}", file=sys.stderr)
        return EXIT_USAGE


def _cli_run_id(given: str | None, command: str) -> str:
    from datetime import UTC, datetime

    return given or f"{command}__{datetime.now(UTC):%Y%m%dT%H%M%SZ}"


def _run(arguments: argparse.Namespace) -> int:
    from training_gate.pipeline import PartitionPlan, run_partition, summary

    plan = PartitionPlan(arguments.run_date, _cli_run_id(arguments.run_id, "cli"), arguments.out,
                         arguments.tickets, arguments.consent, arguments.policy,
                         scrub_shards=arguments.scrub_shards, processes=arguments.processes)
    plan.policy()
    print(summary(run_partition(plan)))
    return EXIT_OK


def _verify(arguments: argparse.Namespace) -> int:
    from training_gate.manifest import find_partitions, verify

    problems = verify(arguments.path)
    for problem in problems:
        print(f"MISMATCH {problem}", file=sys.stderr)
    if not problems:
        print(f"verified {len(find_partitions(arguments.path))} partition(s) under {arguments.path}")
    return EXIT_GATE_CLOSED if problems else EXIT_OK


def _sample_data(arguments: argparse.Namespace) -> int:
    from training_gate.sample_data import generate_days

    generate_days(arguments.out, arguments.tickets, arguments.seed, arguments.run_date, arguments.days)
    print(f"sample exports and consent ledger written under {arguments.out}")
    return EXIT_OK


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


def _backfill(arguments: argparse.Namespace) -> int:
    from training_gate.backfill import backfill, failed
    from training_gate.pipeline import describe_outcome
    from training_gate.policy import load_policy

    load_policy(arguments.policy)
    outcomes = backfill(arguments.landing, arguments.out, arguments.first, arguments.last, arguments.reason,
                        arguments.policy, run_id=_cli_run_id(arguments.run_id, "backfill"))
    for result in outcomes:
        print(describe_outcome(result))
    changed = sum(o["action"] == "published" for o in outcomes)
    print(f"backfill {arguments.first}..{arguments.last}: {len(outcomes)} partition(s), {changed} new version(s), "
          f"{sum(o['action'] == 'unchanged' for o in outcomes)} unchanged, {len(failed(outcomes))} not published")
    return EXIT_GATE_CLOSED if failed(outcomes) else EXIT_OK


def _erase(arguments: argparse.Namespace) -> int:
    from training_gate.erasure import describe_erasure, erase
    from training_gate.keys import load_record_key

    report = erase(arguments.consent, arguments.out, load_record_key(), arguments.landing, arguments.policy,
                   _cli_run_id(arguments.run_id, "erasure"))
    print(describe_erasure(report))
    return EXIT_OK


def _audit(arguments: argparse.Namespace) -> int:
    from training_gate.erasure import audit, describe_finding
    from training_gate.keys import load_record_key
    from training_gate.versions import partition_versions

    findings = audit(arguments.consent, arguments.out, load_record_key(), include_history=not arguments.current_only)
    checked = len(partition_versions(arguments.out))
    for finding in findings:
        print(f"NOT ALLOWED {describe_finding(finding)}", file=sys.stderr)
    if findings:
        print(f"audit failed: {len(findings)} version(s) hold rows without a current opt-in, "
              f"{sum(f['rows'] for f in findings)} row(s) in all", file=sys.stderr)
        return EXIT_GATE_CLOSED
    print(f"audit passed: {checked} partition(s) under {arguments.out}, every published row has a current opt-in")
    return EXIT_OK


def _versions(arguments: argparse.Namespace) -> int:
    from training_gate.consume import list_versions

    rows = list_versions(arguments.path)
    if not rows:
        print(f"training-gate: no versions under {arguments.path}", file=sys.stderr)
        return EXIT_USAGE
    for row in rows:
        why = f" supersedes {row['supersedes']} ({', '.join(row['why'])})" if row["supersedes"] else ""
        print(f"{row['dataset']}/{row['partition']} {row['version_id']} {'current ' if row['current'] else 'retained'}"
              f" {row['published']} rows, policy {row['policy_version']}{why}")
    return EXIT_OK


def _eval(arguments: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from training_gate.evaluation import SETS, evaluate
    from training_gate.evaluation.report import table
    from training_gate.policy import load_policy

    names = arguments.sets or [*SETS, "sensitive"]
    unknown = sorted(set(names) - SETS.keys() - {"sensitive"})
    if unknown:
        print(f"training-gate: unknown evaluation set(s) {unknown}; known: {sorted(SETS)} and sensitive",
              file=sys.stderr)
        return EXIT_USAGE
    policy = load_policy(arguments.policy)
    if "sensitive" in names:
        report = Path(arguments.report) if arguments.report else None
        if report and names != ["sensitive"]:
            report = report.with_name("sensitive.json")  # the scrub report takes the given name
        _eval_sensitive(policy, report)
        names = [name for name in names if name != "sensitive"]
        if not names:
            return EXIT_OK
    report, misses = evaluate(names, policy, keep_misses=bool(arguments.misses))
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


def _eval_sensitive(policy, report_path) -> None:
    """Recall and false-exclusion rate of the sensitive-topic stage on its labelled set."""
    import json

    from training_gate.evaluation import SETS
    from training_gate.sensitive import SensitiveDetector
    from training_gate.sensitive_eval import (
        HAND_WRITTEN_SPLITS,
        build_eval_set,
        evaluate,
        format_table,
        ordinary_exclusions,
    )
    from training_gate.sensitive_model import HAND_WRITTEN_TRAINING, HELD_OUT_SPLITS, RULES_NOT_TUNED

    detector = SensitiveDetector(policy.sensitive)
    report = evaluate(detector, build_eval_set())
    report["ordinary_exclusions"] = ordinary_exclusions(detector, SETS)
    tuned = [s for s in HAND_WRITTEN_TRAINING if s not in RULES_NOT_TUNED and s != "blind"]
    pending = [s for s in HAND_WRITTEN_SPLITS if s not in HAND_WRITTEN_TRAINING + HELD_OUT_SPLITS]
    pending_note = f"; {', '.join(pending)}: hand-written, read once, not yet tuned or trained on" if pending else ""
    print(f"sensitive-topic evaluation: {report['examples']} labelled tickets "
          f"(dev: templates the rules were tuned on; test: held-out templates; blind: hand-written, "
          f"read while tuning; {', '.join(tuned)}: hand-written later, read while tuning; "
          f"{', '.join(RULES_NOT_TUNED)}: hand-written, the classifier trains on them, the rules were not "
          f"tuned on them; {', '.join(HELD_OUT_SPLITS)}: hand-written, never tuned or trained on{pending_note})")
    print(format_table(report))
    print("ordinary tickets excluded (the scrub evaluation sets, not labelled for topics: an upper bound "
          "of false exclusion):")
    for row in report["ordinary_exclusions"]:
        print(f"  {row['set']:18} {row['excluded']:3} of {row['tickets']:4}  {row['by_category']}")
    if report_path:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(json.dumps(report, indent=1) + "\n")
        print(f"sensitive-topic report written to {report_path}")


if __name__ == "__main__":
    sys.exit(main())
