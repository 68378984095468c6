"""Given names before a family word in a possessive ("I'm jenna's daughter", "Talk to
Oriel's husband"), where a lower-case name that is an English word too ("amber") is not
taken by ``given_name``, and text pasted with escaped quotes ("jenna\\'s") splits
spaCy's tokens at the wrong places; the text is read with a pattern for that reason.

The word must be a given name of the lexicon, no ordinary ticket word (``NOT_NAMES``),
not after an article ("the Apple's"), and the family word must not begin a company
phrase ("Nike's sister brand").
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult

from training_gate.recognizers.given_name import NOT_NAMES, folded, given_names
from training_gate.recognizers.person_name import PersonNameRecognizer

KIN = (
    "daughter|son|mother|father|wife|husband|sister|brother|grandmother|grandfather|granddaughter|grandson"
    "|aunt|uncle|niece|nephew|fiancée?|stepson|stepdaughter|stepmother|stepfather|mom|mum|dad|twin|cousin"
)
COMPANY_WORDS = frozenset(
    "company companies brand brands site store app product firm label hotel airline network channel service".split()
)
ARTICLES = frozenset("the a an".split())


class KinNameRecognizer(PersonNameRecognizer):
    POSSESSIVE = regex.compile(
        rf"(?<![\p{{L}}\d'’-])(\p{{L}}[\p{{Ll}}\p{{M}}-]+)\\*['’]s[ \t]+(?i:{KIN})s?\\*(?![\p{{L}}\d])(?:[ \t]+(\p{{L}}+))?"
    )
    ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}+)[ \t]+$")

    def load(self) -> None:
        given_names()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        results = []
        for match in self.POSSESSIVE.finditer(text):
            name = match.group(1)
            if folded(name) not in given_names() or name.lower() in NOT_NAMES:
                continue
            if (match.group(2) or "").lower() in COMPANY_WORDS:
                continue
            before = self.ARTICLE_BEFORE.search(text[max(0, match.start() - 20):match.start()])
            if before and before.group(1).lower() in ARTICLES:
                continue
            results.append(self._result(match.start(1), match.end(1)))
        return results
