"""Two people named together as the subject of a sentence, neither known yet: "Tarvik
and Bowman were precision engineers", "norberg and smith are friends".

A sentence that opens with two single words joined by "and", followed by a form of "be"
and a plural noun (up to two modifiers between), is read as two people when at least
one of the words is no English word of the spaCy model's lemma tables (so "Salt and
Pepper are bestsellers" stays), neither is a place, an ordinary ticket word or a stop
word, and spaCy has not read the pair as one name ("Procter and Gamble", "Bosnia and
Herzegovina" are one entity, "and" included) unless it calls it a company and the verb
is "were": the small model reads two unknown surnames as one company as often as not.
Beside a capitalised word that is no English word, an ordinary ticket word counts too
("Tarvik and Brown were").
The words are both capitalised or both lower case.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from training_gate.recognizers.given_name import NOT_NAMES, PLACES, english_words
from training_gate.recognizers.name_subject import _opens
from training_gate.recognizers.person_name import PersonNameRecognizer

BE = frozenset("were are was is".split())
# spaCy reads two unknown surnames as one company too ("Tarvik and Bowers" an ORG); a
# company's name is told of in the present, two people who were something in the past.
PAST = frozenset(("were",))


def _pair_word(token, case, beside_unknown: bool = False) -> bool:
    """A word of the pair; an ordinary ticket word ("Brown", "Bank") only beside a word that
    is no English word, capitalised: "Tarvik and Brown were", not "Black and White are"."""
    text = token.text
    return (len(text) > 2 and text.replace("-", "").isalpha() and case(text[0]) and text[1:].replace("-", "").islower()
            and not token.is_stop and token.ent_type_ not in PLACES
            and (token.lower_ not in NOT_NAMES or beside_unknown and case is str.isupper))


def _plural_noun_follows(doc, index: int) -> bool:
    """A plural noun at ``index``, after at most two modifiers ("precision engineers")."""
    for token in doc[index:index + 3]:
        if token.tag_ == "NNS":
            return True
        if token.pos_ not in ("ADJ", "NOUN", "ADV", "DET", "NUM"):
            return False
    return False


class NamePairRecognizer(PersonNameRecognizer):
    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if not self._reads(entities, nlp_artifacts):
            return []
        doc, english = nlp_artifacts.tokens, english_words(nlp_artifacts)
        results = []
        for first in doc[:-4]:
            conjunction, second, verb = doc[first.i + 1], doc[first.i + 2], doc[first.i + 3]
            if conjunction.lower_ != "and" or verb.lower_ not in BE or not _opens(doc, first.i):
                continue
            if conjunction.ent_type_ and not (conjunction.ent_type_ == "ORG" and verb.lower_ in PAST):
                continue  # one name: "Procter and Gamble are", "Bosnia and Herzegovina are"
            case = str.isupper if first.text[0].isupper() else str.islower
            if not (_pair_word(first, case, not english.word(second)) and _pair_word(second, case, not english.word(first))):
                continue
            if english.word(first) and english.word(second) or not _plural_noun_follows(doc, verb.i + 1):
                continue
            results += [self._result(t.idx, t.idx + len(t.text)) for t in (first, second)]
        return results
