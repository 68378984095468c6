"""The evaluation harness: its matching and scoring on hand-made cases, and regression
floors on fixed subsets of every evaluation set, so a change that lets more personal
data through fails ``make test``. ``make eval`` runs the full sets.

The shared sets are read from ``../shared/eval``; without them those floors are skipped.
Assertion messages carry counts and rates only, never values from the data.
"""

from __future__ import annotations

from collections import Counter

import pytest

from training_gate.evaluation import cases
from training_gate.evaluation.cases import CONTEXT, EvalCase, Span
from training_gate.evaluation.matching import value_patterns
from training_gate.evaluation.metrics import Tally, f2


@pytest.mark.parametrize(
    ("entity_type", "value", "text", "present"),
    [
        ("PHONE_NUMBER", "(415) 555-0134", "call 415.555.0134 now", True),
        ("PHONE_NUMBER", "+1 415 555 0134", "call (415) 555-0134", True),
        ("CREDIT_CARD", "4111 1111 1111 1111", "card 4111-1111-1111-1111", True),
        ("EMAIL_ADDRESS", "priya.sharma@example.com", "PRIYA.SHARMA@EXAMPLE.COM", True),
        ("PERSON", "Priya Sharma", "thanks, priya", True),
        ("PERSON", "Mr. Li", "Mr. <PERSON>", False),
        ("STREET_ADDRESS", "#35", "takes 3-5 days", False),
        ("ZIP_CODE", "85034", "order 850341", False),
        ("PHONE_NUMBER", "(415) 555-0134", "call <PHONE_NUMBER>", False),
    ],
)
def test_value_patterns(entity_type, value, text, present):
    assert any(p.search(text) for p in value_patterns(entity_type, value)) is present


class _Finding:
    def __init__(self, entity_type, start, end, score=1.0):
        self.entity_type, self.start, self.end, self.score = entity_type, start, end, score


def test_tally_scores_tokens_leaks_and_retention():
    text = "Hi Priya, call 415 555 0134 from Paris today"
    case = EvalCase(cases.ticket("t", [("customer", None, text)]),
                    spans={"comment:0": [Span("PERSON", 3, 8), Span("PHONE_NUMBER", 15, 27), Span(CONTEXT, 33, 38)]},
                    values=[("PERSON", "Priya"), ("PHONE_NUMBER", "415 555 0134")])
    tally = Tally()
    # found: the name, two of three phone digit groups, the city (context), and "today" (a false positive)
    tally.add_text(text, case.spans["comment:0"], [
        _Finding("PERSON", 3, 8), _Finding("PHONE_NUMBER", 19, 27), _Finding("LOCATION", 33, 38),
        _Finding("DATE_TIME", 39, 44)])
    tally.add_leaks(case, ["Hi <PERSON>, call 415 <PHONE_NUMBER> from <LOCATION> <DATE_TIME>"], keep_misses=False)
    summary = tally.summary()
    assert summary["entities"]["PERSON"]["recall"] == 1.0
    assert summary["entities"]["PHONE_NUMBER"]["recall"] == round(2 / 3, 4)
    assert summary["entities"]["DATE_TIME"]["precision"] == 0.0
    assert "LOCATION" not in summary["entities"]  # context is neither rewarded nor penalised
    assert summary["overall"]["retention"] == round(3 / 4, 4)  # Hi, call, from kept; today removed
    assert summary["entities"]["PHONE_NUMBER"]["leaked_values"] == 0  # "415" alone is not the number
    assert summary["overall"]["leak_rate"] == 0.0
    tally.add_leaks(case, ["Hi priya, call <PHONE_NUMBER>"], keep_misses=False)
    assert tally.summary()["entities"]["PERSON"]["leaked_values"] == 1


def test_context_types_follow_the_policy(default_policy):
    """A type the harness counts as personal is one the policy removes; a context type is
    left in by the policy, except places (LOCATION, GPE), which the policy removes anyway."""
    personal = {t for t in cases.PRESIDIO_TYPES.values() if t}
    context = {label for label, t in cases.PRESIDIO_TYPES.items() if t is None}
    assert personal <= set(default_policy.scrub.entities)
    assert (context - {"GPE", "LOCATION"}).isdisjoint(default_policy.scrub.entities)


def test_f2_weights_recall():
    assert f2(1.0, 0.5) < f2(0.5, 1.0)
    assert f2(None, 1.0) is None


def test_generated_conversations_label_what_they_plant():
    from training_gate.sample_conversations import generate_conversations

    first = generate_conversations(20, seed=3)
    assert first == generate_conversations(20, seed=3)  # deterministic
    for ticket, values in first:
        texts = "\n".join(c["body"] for c in ticket["comments"])
        for entity_type, value in values:
            assert any(p.search(texts) for p in value_patterns(entity_type, value)), entity_type
    planted = Counter(t for _, values in first for t, _ in values)
    assert {"PERSON", "ACCOUNT_REFERENCE"} <= planted.keys()


# Regression floors on fixed subsets: (set loader, ceilings on leak rate, floors on recall/retention).
# Measured with the default policy; tighten them when the scrubber improves, never loosen silently.
# Measured (policy 2026.11.7): generated leak 0, retention 0.988; tau holdout leak 0
# (80 values; the ceiling allows one), retention 0.971; presidio every 10th record leak
# 0.0042, person recall 0.997, retention 0.992 (the presidio ceiling is the target,
# 0.5%; policy 2026.11.6: 0.015, 0.977, 0.992; 2026.11.5: 0.065, 0.934, 0.992; 2026.11.3:
# 0.161, 0.759, 0.992). handwritten (the whole set): leak 0.0115, person recall 0.9925,
# retention 0.964; measured before any rule was revised on it (policy 2026.11.7 rules):
# leak 0.055, person recall 0.970, retention 0.960.
SUBSETS = {
    "generated": (lambda: cases.generated(60, seed=7), {"leak_rate": 0.0}, {"PERSON": 1.0}, 0.985),
    "tau_bench_holdout": (lambda: cases.tau_bench(holdout=True), {"leak_rate": 0.013}, {"PERSON": 0.98}, 0.97),
    "presidio_research": (lambda: cases.presidio_research(stride=10), {"leak_rate": 0.005}, {"PERSON": 0.99}, 0.99),
    "handwritten": (cases.handwritten, {"leak_rate": 0.012}, {"PERSON": 0.992}, 0.963),
}
ZERO_LEAK_TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
                   "ACCOUNT_REFERENCE", "STREET_ADDRESS")


# Sets read from ../shared/eval (the folder each needs); the others are the project's own and always run.
SHARED_FOLDERS = {"tau_bench_holdout": "tau_bench", "presidio_research": "presidio_research"}


@pytest.fixture(scope="module")
def subset_report(default_policy):
    from training_gate.evaluation import evaluate

    loaders = {name: loader for name, (loader, *_) in SUBSETS.items()
               if name not in SHARED_FOLDERS or (cases.data_root() / SHARED_FOLDERS[name]).is_dir()}
    report, _ = evaluate(list(loaders), default_policy, loaders=loaders)
    return report


@pytest.mark.parametrize("set_name", list(SUBSETS))
def test_regression_floors(subset_report, set_name):
    if set_name not in subset_report["sets"]:
        pytest.skip(f"evaluation data not found under {cases.data_root()}")
    _, ceilings, recall_floors, retention_floor = SUBSETS[set_name]
    scored = subset_report["sets"][set_name]
    overall = scored["overall"]
    assert overall["leak_rate"] <= ceilings["leak_rate"], f"{set_name} leak rate {overall['leak_rate']}"
    assert overall["retention"] >= retention_floor, f"{set_name} retention {overall['retention']}"
    for entity, floor in recall_floors.items():
        recall = scored["entities"][entity]["recall"]
        assert recall >= floor, f"{set_name} {entity} recall {recall}"
    if set_name == "generated":
        leaked = {e: row["leaked_values"] for e, row in scored["entities"].items()
                  if e in ZERO_LEAK_TYPES and row["leaked_values"]}
        assert not leaked, f"leaked value counts by type: {leaked}"


def test_cli_eval_writes_json_and_table(tmp_path, monkeypatch):
    import json

    from training_gate.cli import EXIT_OK, EXIT_USAGE, main
    from training_gate.evaluation import SETS

    monkeypatch.setitem(SETS, "generated", lambda: cases.generated(4, seed=1))
    report = tmp_path / "eval" / "report.json"
    assert main(["eval", "--set", "generated", "--report", str(report)]) == EXIT_OK
    written = json.loads(report.read_text())
    assert set(written["sets"]) == {"generated"}
    assert {"recall", "precision", "f2", "leak_rate", "retention"} <= written["sets"]["generated"]["overall"].keys()
    assert "| **overall** |" in report.with_suffix(".md").read_text()
    assert main(["eval", "--set", "no_such_set"]) == EXIT_USAGE
