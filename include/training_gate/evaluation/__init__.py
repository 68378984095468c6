"""The scrub evaluation harness: how much personal data survives the scrub stage.

``evaluate`` runs the scrub stage's own code (``Scrubber.scrub_ticket`` with the active
policy) over labelled sets and scores what it found and what it left. Reports hold
counts and rates only, never the personal values of the data.
"""

from __future__ import annotations

from collections import Counter

from training_gate.evaluation.cases import SETS, EvalCase, LoadedSet
from training_gate.evaluation.metrics import Tally

__all__ = ["SETS", "EvalCase", "LoadedSet", "Tally", "evaluate", "evaluate_set"]
EVAL_KEY = "training-gate-evaluation-key"


def evaluate_set(loaded: LoadedSet, scrubber, key, keep_misses: bool = False) -> Tally:
    tally = Tally()
    for case in loaded.cases:
        observed: dict[str, list] = {}
        row = scrubber.scrub_ticket(
            case.ticket, key, Counter(), observe=lambda field, _text, findings, seen=observed: seen.update(
                {field: findings})
        )
        tally.cases += 1
        for name, text in case.texts().items():
            if text:
                tally.add_text(text, case.spans.get(name, []), observed.get(name, []))
        scrubbed = [row["subject"], *(turn["text"] for turn in row["turns"])]
        tally.add_leaks(case, scrubbed, keep_misses)
    return tally


def evaluate(set_names: list[str], policy, keep_misses: bool = False, loaders: dict | None = None) -> tuple[dict, dict]:
    """Score each named set; returns (report, misses by set). Misses hold personal values."""
    from training_gate.keys import load_record_key
    from training_gate.scrub import Scrubber

    scrubber = Scrubber(policy.scrub)
    key = load_record_key(EVAL_KEY)
    loaders = loaders or SETS
    report = {
        "policy_version": policy.policy_version, "policy_sha256": policy.sha256,
        "operator": policy.scrub.operator, "spacy_model": policy.scrub.spacy_model, "sets": {},
    }
    misses = {}
    for name in set_names:
        loaded = loaders[name]()
        tally = evaluate_set(loaded, scrubber, key, keep_misses)
        report["sets"][name] = {**tally.summary(), "notes": loaded.notes}
        misses[name] = tally.misses
    return report, misses
