"""Names on a line of their own atop an address ("Vanessa Hope\\nAcme Ltd\\n12 Elm Road"),
as in a pasted signature, a shipping label or a billing block. spaCy's small model reads
such lines without a sentence around them and often leaves the name, above all when its
words are English words too ("Hope", "Hill").

A line is taken as a name when it holds two or three words (an initial may stand between
them; a degree such as "PhD" may follow), all capitalised or all in lower case, the first
a given name of the lexicon that is no English verb or adjective, and a line within the
next three starts with a house number and a word, capitalised under a capitalised name
("12 Elm Road", "3 4 Rue Haute"). A product in an order summary ("Crystal Vase", "2
units") starts with no given name or has no street line under it; a list item ("- Jade Pendant") is no line of its own.
A military post box ("PSC 3294, Box 9168") is a street line too, and the labels of a
contact or résumé block ("Phone:", "Personal Info:") stand for one. A line whose first
word is no given name of the lexicon counts when its words are capitalised and none is
an English word ("Tarjei Vollan").
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult

from training_gate.recognizers.given_name import NOT_NAMES, english_words, folded, given_names
from training_gate.recognizers.person_name import PersonNameRecognizer

_PREFIX = r"^[ \t>?]*"
_UPPER = r"\p{Lu}[\p{Ll}\p{M}'’-]+"
_LOWER = r"\p{Ll}[\p{Ll}\p{M}'’-]+"
_DEGREE = r"(?:,?[ \t]+(?:PhD|MD|DDS|DVM|Jr\.?|Sr\.?|phd|md|dds))?"
NAME_LINE = regex.compile(
    rf"{_PREFIX}((?P<name>{_UPPER}(?:[ \t]+(?:\p{{Lu}}\.?|{_UPPER})){{1,2}}|{_LOWER}(?:[ \t]+(?:\p{{Ll}}\.?|{_LOWER})){{1,2}})"
    rf"{_DEGREE})[ \t]*$",
    regex.MULTILINE,
)
# A house number and a street's word, capitalised under a capitalised name ("2 units" is no
# street), or a military post box ("PSC 3294, Box 9168", "Unit 8505 Box 3866").
STREET_LINE = regex.compile(
    rf"{_PREFIX}(?:\d+[ \t]+(?:\d+[ \t]+)?(\p{{L}})\p{{L}}|(?P<military>(?:PSC|CMR|Unit)[ \t]+\d+,?[ \t]+Box[ \t]+\d+))"
)
# The labels of a contact or résumé block ("Phone:", "E-mail:", "Personal Info:").
CONTACT_LINE = regex.compile(
    rf"{_PREFIX}(?i:phone|tel|telephone|mobile|cell|e-?mail|personal info|contact info|contact details)[ \t]*:"
)
LINES_TO_STREET = 3
# Company forms that end a firm's name on a line of its own ("Zentrix GmbH").
COMPANY_FORMS = frozenset("gmbh ag sa bv nv oy ab plc srl spa kg sarl pty".split())


class NameLineRecognizer(PersonNameRecognizer):
    def load(self) -> None:
        given_names()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities or nlp_artifacts is None or "\n" not in text:
            return []
        english = english_words(nlp_artifacts)
        lexicon = given_names()
        results = []
        for line in NAME_LINE.finditer(text):
            words = line.group("name").split()
            first = words[0]
            if any(w.lower() in NOT_NAMES or w.lower() in COMPANY_FORMS for w in words):
                continue
            if folded(first) not in lexicon or first.lower() in english.verbs_and_modifiers:
                # no given name of the lexicon: capitalised words that are no English words ("Tarjei Vollan")
                if first.islower() or any(english.knows(w) for w in words if len(w) > 2):
                    continue
            below = [rest for rest in text[line.end():].split("\n") if rest.strip(" \t>?")][:LINES_TO_STREET]
            streets = [STREET_LINE.match(rest) for rest in below]
            if any(street and (street.group("military") or street.group(1).isupper() or first.islower())
                   for street in streets) or any(CONTACT_LINE.match(rest) for rest in below):
                results.append(self._result(line.start(1), line.end(1)))
        return results
