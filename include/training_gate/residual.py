"""Residual screen: an independent last look at every scrubbed row before the gate.

Two checks that do not trust the scrub stage's own findings:
- ``residual_pii``: the policy's residual patterns (emails, phones, cards, IBANs, SSNs)
  still match the scrubbed subject or conversation;
- ``pii_dense``: personal values make up more than the policy's share of the words, a
  ticket that is mostly personal data and worth little for training. The count is the
  placeholders in the text or, if larger, the scrub's own count of replaced values
  (surrogates look like ordinary words).
By policy (``validation.on_residual``) such rows are dropped with that reason and
counted (``drop``, the default), or left in so the validation suite fails the run
(``fail``). Only record ids and reasons are kept, never the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from training_gate.policy import Policy

PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*(?:_[0-9a-f]+)?>")
WORD = re.compile(r"\S+")


class ResidualScreen:
    def __init__(self, policy: Policy):
        self.patterns = [re.compile(p) for p in policy.residual_patterns.values()]
        self.max_density = policy.max_placeholders_per_100_words

    def reason(self, row: dict) -> str | None:
        """Why this scrubbed row may not be published, or None."""
        texts = [row.get("subject") or "", row.get("text") or ""]
        if any(pattern.search(text) for pattern in self.patterns for text in texts):
            return "residual_pii"
        words = len(WORD.findall(row.get("text") or ""))
        placeholders = max(len(PLACEHOLDER.findall(row.get("text") or "")), row.get("personal_values") or 0)
        if self.max_density and words and 100 * placeholders / words > self.max_density:
            return "pii_dense"
        return None

    def screen(self, rows: Iterable[dict], dropped: Counter) -> list[dict]:
        """The drop rows (record id, reason) of ``rows``; counts reasons into ``dropped``."""
        drops = []
        for row in rows:
            if reason := self.reason(row):
                dropped[reason] += 1
                drops.append({"record_id": row["record_id"], "drop_reason": reason})
        return drops
