"""Names as speaker labels of a pasted chat or transcript ("Oksana: where is it?\\nTeo: on
its way"), which spaCy's small model rarely tags: a label has no verb or article around
it to tell the model it is a person.

A line opening with one or two words and a colon, with the line's text after it, is a
label. A text with two such lines or more is a transcript. A transcript
whose labels include a given name of the lexicon that is no English word ("Oksana",
"Teodoro"), or a given name and a capitalised word that is no English word ("Mary" and
"Szilvester"), is a conversation between people: then every label that is a given name,
even one that is an English word too ("Amber", "Destiny"), or a capitalised word that
is no English word ("Vsevolod") is a name, unless it is a role ("Agent", "Customer").
Form labels ("Note:", "Phone:", "Price:") are English words, so a form or an order
summary has no name among its labels; list items ("- Color: Black") are no labels.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult

from training_gate.recognizers.given_name import NOT_NAMES, english_words, folded, given_names
from training_gate.recognizers.person_name import PersonNameRecognizer

# Who speaks in a support chat without being a person's name.
ROLES = frozenset(
    """agent customer user assistant support system bot rep representative operator admin moderator staff
    caller client buyer seller guest host me you them us q a question answer reply response""".split()
)
_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Ll}[\p{Ll}\p{M}'’-]+)"
LABEL = regex.compile(rf"^[ \t>]*({_WORD}(?:[ \t]+{_WORD})?)[ \t]*:(?=[ \t]*\S)", regex.MULTILINE)


class SpeakerLabelRecognizer(PersonNameRecognizer):
    SCORE = 0.6
    MIN_LABELS = 2

    def load(self) -> None:
        given_names()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities or nlp_artifacts is None:
            return []
        labels = [m for m in LABEL.finditer(text) if not self._role(m.group(1))]
        if len(labels) < self.MIN_LABELS:
            return []
        english = english_words(nlp_artifacts)
        lexicon = given_names()

        def given(label: str) -> bool:
            return folded(label.split()[0]) in lexicon

        def foreign(label: str) -> bool:
            return not any(english.knows(word) or english.knows(word.removesuffix("s")) for word in label.split())

        def unknown(label: str) -> bool:
            return foreign(label) and label[0].isupper()

        if not (any(given(m.group(1)) and foreign(m.group(1)) for m in labels)
                or any(given(m.group(1)) for m in labels) and any(unknown(m.group(1)) for m in labels)):
            return []
        return [self._result(m.start(1), m.end(1)) for m in labels if given(m.group(1)) or unknown(m.group(1))]

    @staticmethod
    def _role(label: str) -> bool:
        words = label.lower().split()
        return any(word in ROLES or word in NOT_NAMES for word in words)
