"""Names credited with a work in reviews and liner notes, where spaCy's small model calls
them organisations: a surname used as a modifier ("Unlike the Oberholt novel", "a
Varnick concert", "than early Varnick?"), a former member of a band ("by ex-Zombie
Pellmann") and a cast list ("directed by ... and starring Kessling").

The name's words must be capitalised (or, in lower-case text, proper nouns, given names
of the lexicon or no English word of the spaCy model's lemma tables), no ordinary ticket word (``NOT_NAMES``) and no place;
before a work noun a capitalised word must be a proper noun or no English word, so "the
Gothic novel" stays. Work nouns are kept to those that brands do not stand before
("novel", "memoir", "concert"): "the Netflix show" is no person; a version, recording or
cover counts when a verb of performing follows and the name has two words or more ("the
Ilse Varga version recorded for").
"""

from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import RecognizerResult

from training_gate.recognizers.given_name import NOT_NAMES, PARTICLES, PLACES, english_words, folded, given_names
from training_gate.recognizers.person_name import PersonNameRecognizer

WORKS = frozenset(
    """novel novels memoir memoirs biography poem poems sonnet sonnets trilogy concert concerts opera
    symphony concerto sonata screenplay""".split()
)
CAST = frozenset("starring co-starring".split())
# Nouns brands stand before too ("the iOS version"), a work of a person only when a verb of
# performing follows ("the Ilse Varga version recorded for ...").
PERFORMANCES = frozenset("version versions recording recordings rendition cover".split())
PERFORMED = frozenset("recorded performed sung sang".split())
CUES = WORKS | CAST | PERFORMANCES | {"early", "ex"}  # one set look-up for most tokens


def _word(token, english, lower_case: bool) -> bool:
    """A word that can be part of a name here."""
    text = token.text
    if not text.replace("-", "").isalpha() or token.is_stop or token.lower_ in NOT_NAMES \
            or token.ent_type_ in PLACES:
        return False
    if lower_case:
        return text.islower() and len(text) > 2 and (
            token.pos_ == "PROPN" or not english.word(token) or folded(text) in given_names())
    return text[0].isupper() and not text.isupper() and len(text) > 1


def _initial(token, lower_case: bool = False) -> bool:
    """An initial: "T", "T."; in lower-case text "t" too (not "a" or "i")."""
    letter = token.text.rstrip(".")
    return len(letter) == 1 and letter.isalpha() and (
        letter.isupper() or lower_case and letter not in ("a", "i"))


def _performed(doc, work: int) -> bool:
    return doc[work].lower_ in PERFORMANCES and work + 1 < len(doc) and doc[work + 1].lower_ in PERFORMED


@lru_cache(maxsize=2)  # the text's artifacts, asked for by this recognizer and by name_neighbours
def credited_name_spans(nlp_artifacts) -> tuple[tuple[int, int], ...]:
    """Character spans of the names credited with a work in the analysed text."""
    doc = nlp_artifacts.tokens
    if doc is None:
        return ()
    english = english_words(nlp_artifacts)
    spans = []
    for token in doc:
        lower = token.lower_
        if lower not in CUES:
            continue
        if lower in WORKS and token.i >= 2:
            spans.append(_before_work(doc, token.i, english))
        elif lower in PERFORMANCES and _performed(doc, token.i) and token.i >= 3:
            name = _before_work(doc, token.i, english)  # a full name: "the Premium version" is none
            spans.append(name if name and name[1] - name[0] >= 2 else None)
        elif lower == "early" and token.i + 2 < len(doc) and doc[token.i + 2].is_punct:
            name = doc[token.i + 1]
            if _word(name, english, name.is_lower) and (name.pos_ == "PROPN" or not english.word(name)):
                spans.append((name.i, name.i + 1))
        elif lower == "ex" and token.i + 3 < len(doc) and doc[token.i + 1].text == "-" \
                and doc[token.i + 2].is_alpha:
            spans.append(_name_from(doc, token.i + 3, english, doc[token.i + 2].is_lower))
        elif lower in CAST and token.i + 1 < len(doc):
            spans.append(_name_from(doc, token.i + 1, english, doc[token.i + 1].is_lower))
    return tuple((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)) for start, end in filter(None, spans))


def _name_from(doc, index: int, english, lower_case: bool) -> tuple[int, int] | None:
    """The name's tokens from ``index``: up to three words, initials and particles."""
    end = index
    while end < len(doc) and end - index < 4:
        token = doc[end]
        if _word(token, english, lower_case) or _initial(token) and not lower_case:
            end += 1
        elif token.lower_ in PARTICLES and end + 1 < len(doc) and _word(doc[end + 1], english, lower_case):
            end += 1
        else:
            break
    return (index, end) if end > index and doc[end - 1].lower_ not in PARTICLES else None


def _before_work(doc, work: int, english) -> tuple[int, int] | None:
    """The name between a determiner and a work noun ("the Oberholt novel")."""
    start = work
    while start > 0 and work - start < 4:
        token = doc[start - 1]
        if _word(token, english, token.is_lower) or _initial(token, token.is_lower) or token.lower_ in PARTICLES:
            start -= 1
        else:
            break
    if start == work or start == 0 or doc[start - 1].pos_ != "DET":
        return None
    while start < work and doc[start].lower_ in PARTICLES and not doc[start].is_lower:
        start += 1
    last = doc[work - 1]
    if start == work or not (last.pos_ == "PROPN" or not english.word(last) or last.ent_type_ == "PERSON"):
        return None
    return start, work


class CreditedNameRecognizer(PersonNameRecognizer):
    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if not self._reads(entities, nlp_artifacts):
            return []
        return [self._result(start, end) for start, end in credited_name_spans(nlp_artifacts)]
