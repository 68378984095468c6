"""Scores of one evaluation set: token-level recall / precision / F2 per entity type,
leak rate per entity type, and retention of words that hold no personal data.

Tokens are runs of letters and digits. A token is *found* when any finding overlaps it.
- recall (per truth type): found personal tokens / personal tokens;
- precision (per finding type, type-blind): found tokens that are personal data of any
  type / found tokens, leaving out tokens labelled as context (a placeholder of the
  "wrong" type still removes the value, so it is not counted against precision);
- F2 = 5PR / (4P + R), recall weighted as in presidio-research's evaluator;
- leak rate: known values that survive in the scrubbed text (see ``matching``) / values;
- retention: unlabelled tokens kept / unlabelled tokens.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from training_gate.evaluation.cases import CONTEXT, EvalCase, Span
from training_gate.evaluation.matching import TOKEN, value_patterns


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def f2(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None or precision + recall == 0:
        return None if precision is None or recall is None else 0.0
    return round(5 * precision * recall / (4 * precision + recall), 4)


@dataclass
class Tally:
    truth_tokens: Counter = field(default_factory=Counter)
    found_truth_tokens: Counter = field(default_factory=Counter)
    predicted_tokens: Counter = field(default_factory=Counter)
    correct_predicted_tokens: Counter = field(default_factory=Counter)
    values: Counter = field(default_factory=Counter)
    leaked_values: Counter = field(default_factory=Counter)
    plain_tokens: int = 0
    plain_tokens_kept: int = 0
    cases: int = 0
    texts: int = 0
    misses: list = field(default_factory=list)  # (case id, entity type, value): local debugging only

    def add_text(self, text: str, spans: list[Span], findings: list) -> None:
        self.texts += 1
        for token in TOKEN.finditer(text):
            start, end = token.span()
            labels = [s.entity_type for s in spans if s.start < end and start < s.end]
            personal = next((label for label in labels if label != CONTEXT), None)
            covering = [f for f in findings if f.start < end and start < f.end]
            if personal:
                self.truth_tokens[personal] += 1
                self.found_truth_tokens[personal] += bool(covering)
            if covering:
                predicted = max(covering, key=lambda f: f.score).entity_type
                if personal:
                    self.predicted_tokens[predicted] += 1
                    self.correct_predicted_tokens[predicted] += 1
                elif not labels:
                    self.predicted_tokens[predicted] += 1
            if not labels:
                self.plain_tokens += 1
                self.plain_tokens_kept += not covering

    def add_leaks(self, case: EvalCase, scrubbed_texts: list[str], keep_misses: bool) -> None:
        originals = case.texts()
        for entity_type, value in case.values:
            self.values[entity_type] += 1
            leaked = False
            for pattern in value_patterns(entity_type, value):
                allowed = sum(  # occurrences that were never personal data ("will" the verb)
                    1 for name, text in originals.items() for match in pattern.finditer(text)
                    if not any(s.entity_type != CONTEXT and s.start < match.end() and match.start() < s.end
                               for s in case.spans.get(name, []))
                )
                if sum(len(pattern.findall(text)) for text in scrubbed_texts if text) > allowed:
                    leaked = True
                    break
            if leaked:
                self.leaked_values[entity_type] += 1
                if keep_misses:
                    self.misses.append((case.ticket["ticket_id"], entity_type, value))

    def summary(self) -> dict:
        entities = {}
        for entity in sorted(set(self.truth_tokens) | set(self.predicted_tokens) | set(self.values)):
            recall = _rate(self.found_truth_tokens[entity], self.truth_tokens[entity])
            precision = _rate(self.correct_predicted_tokens[entity], self.predicted_tokens[entity])
            entities[entity] = {
                "truth_tokens": self.truth_tokens[entity], "recall": recall,
                "predicted_tokens": self.predicted_tokens[entity], "precision": precision,
                "f2": f2(precision, recall),
                "values": self.values[entity], "leaked_values": self.leaked_values[entity],
                "leak_rate": _rate(self.leaked_values[entity], self.values[entity]),
            }
        recall = _rate(sum(self.found_truth_tokens.values()), sum(self.truth_tokens.values()))
        precision = _rate(sum(self.correct_predicted_tokens.values()), sum(self.predicted_tokens.values()))
        overall = {
            "truth_tokens": sum(self.truth_tokens.values()), "recall": recall,
            "predicted_tokens": sum(self.predicted_tokens.values()), "precision": precision,
            "f2": f2(precision, recall),
            "values": sum(self.values.values()), "leaked_values": sum(self.leaked_values.values()),
            "leak_rate": _rate(sum(self.leaked_values.values()), sum(self.values.values())),
            "retention": _rate(self.plain_tokens_kept, self.plain_tokens),
            "plain_tokens": self.plain_tokens,
        }
        return {"cases": self.cases, "texts": self.texts, "overall": overall, "entities": entities}
