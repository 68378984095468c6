"""Names that begin with a known given name ("Irenka is very reliable", "directed by
Joakim Westgård", "Maybe it's under Elita B Desaulniers"), where spaCy's small model,
trained mostly on English news, does not tag them.

The given names come from nomquamgender's name data (MIT licence): first names of
authors and people gathered from many countries' records, each with the number of
sources that list it. Only names listed by at least ``MIN_SOURCES`` sources are kept
(about 56,000, a few MB in memory), so one-off entries and common words ("the", "here")
drop out. A word counts as a name when it is written capitalised, spaCy tags it a
proper noun or it is no English word, and it is not an ordinary word of a support
ticket (``NOT_NAMES``); the
name runs on over the capitalised words, initials and particles ("van de") after it.
Written in lower case, a given name counts when it is no English word of the spaCy
model's lemma tables ("bertram", "eva kleist"), or a noun of those tables (they list
many names) before a word that is no English word ("rebecca vanterpool").
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from presidio_analyzer import RecognizerResult

from training_gate.recognizers.greeting_name import NOT_NAMES as WORDS_AFTER_GREETINGS
from training_gate.recognizers.person_name import PersonNameRecognizer

MIN_SOURCES = 5
# Words written before a family name inside a full name ("Maika van de Noort").
PARTICLES = frozenset("van von de der den del della di da dos das du la le ter ten bin ibn al el".split())
# spaCy's entity types for places: "to Austin" or "in Florence" is a LOCATION, removed as one.
PLACES = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPOSITIONS = frozenset("in to from near into via around across outside toward towards".split())
TITLES = frozenset("mr mrs ms miss mx dr prof sir dame madam mister".split())
# Capitalised words that sit next to names, or are given names too, without being names
# in a support ticket (titles, greetings, days, months, products, options).
NOT_NAMES = WORDS_AFTER_GREETINGS | frozenset(
    """a an and the i i'm i'd i'll im my mr mrs ms miss dr prof sir madam dear hi hello hey thanks thank
    regards best cheers yes no ok okay please sorry so but or if when where what who why how this that
    these those there here then also just we you he she they it our your his her their its from to for
    with at on in of by as about after before via per mon tue wed thu fri sat sun monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december street road avenue lane drive apt suite unit order account ticket customer agent
    support team name inc ltd llc co corp company bank card visa mastercard amex paypal phd md jr sr
    sure great perfect well now actually unfortunately however certainly absolutely could can would will
    should do does did is are was were have has had let got ask tell call email contact size color colour black white red blue green
    purple yellow grey gray pink orange brown cotton polyester wool leather small medium large
    kind warm kindest warmest login logout signup""".split()
)
# Letters that Unicode decomposition does not reduce to ASCII (the lexicon is ASCII).
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "þ": "th", "ð": "d", "ı": "i"})


@cache
def name_data() -> dict[str, list]:
    """nomquamgender's name data (name -> [sources, ..., share of bearers who are women, ...]), read once
    per process from the installed package."""
    spec = importlib.util.find_spec("nomquamgender")  # locates the data without importing the package
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the given-name lexicon needs the nomquamgender package (requirements.txt)")
    return json.loads((Path(spec.submodule_search_locations[0]) / "name_data.json").read_text(encoding="utf-8"))


@cache
def given_names() -> frozenset[str]:
    """The lexicon: names listed by enough sources, not English stop words or common words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(
        name for name, (sources, *_) in name_data().items()
        if sources >= MIN_SOURCES and name.isalpha() and len(name) > 2
        and name not in STOP_WORDS and name not in NOT_NAMES
    )


def folded(word: str) -> str:
    """``word`` in the lexicon's spelling: lower case, accents removed."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and not word.isupper() and word.isalpha()


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


@dataclass(frozen=True)
class EnglishWords:
    """English lemmas by part of speech, from the spaCy model's own lemmatizer tables."""

    nouns: frozenset[str] = frozenset()
    verbs_and_modifiers: frozenset[str] = frozenset()

    def noun(self, token) -> bool:
        return token.lower_ in self.nouns or token.lemma_.lower() in self.nouns

    def verb_or_modifier(self, token) -> bool:
        return token.lower_ in self.verbs_and_modifiers or token.lemma_.lower() in self.verbs_and_modifiers

    def word(self, token) -> bool:
        return self.noun(token) or self.verb_or_modifier(token)

    def knows(self, word: str) -> bool:
        return word.lower() in self.nouns or word.lower() in self.verbs_and_modifiers


@cache
def _english_words(lemmatizer) -> EnglishWords:
    index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer.lookups else {}
    return EnglishWords(frozenset(index.get("noun", ())),
                        frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, ())))


def english_words(nlp_artifacts) -> EnglishWords:
    engine = nlp_artifacts.nlp_engine
    nlp = engine.nlp.get(nlp_artifacts.tokens.lang_) if engine is not None and engine.nlp else None
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return EnglishWords()
    return _english_words(nlp.get_pipe("lemmatizer"))


def is_given_name(token, english: EnglishWords) -> bool:
    """A capitalised word spelt as a given name of the lexicon, a proper noun if it is an
    English word too (the small model tags many foreign names at the start of a sentence
    as common nouns, or as nationalities), unless the context says it is something else:
    a place after a preposition ("to Austin"), a nationality ("Thai"), a word after a
    determiner ("the Jade pendant", "the Alexa app"; a full name of words that are no
    English words may follow one: "a Bartolomeo Vranješ concert"), the second word of a
    capitalised phrase ("Hiking Boots"; a role may open a sentence before a full name:
    "Producer Ilse Vantoss"), an English word before another capitalised one
    ("Crew Neck"; a family name that is no English word may follow: "Crystal Murdock"), or
    an English verb or adjective starting a sentence ("Grant access")."""
    if not (_capitalised(token.text) and token.lower_ not in NOT_NAMES and folded(token.text) in given_names()):
        return False
    english_word = english.word(token)
    if english_word and (token.pos_ != "PROPN" or token.ent_type_ == "NORP"):
        return False  # "Grace" the noun, "Christian" the faith; "Vsevolod" is a name however tagged
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if english_word and following is not None and following.text[:1].isupper() and not (
            following.text.istitle() and following.is_alpha and _name_word(following, english)
            or _initial_before_name(doc, token.i + 1)):
        return False  # "Crew Neck", "Power Source", "Apple HomeKit"; "Crystal Murdock", "Sari J. Ekholm" are names
    previous = doc[token.i - 1] if token.i else None
    if previous is None or previous.is_punct or previous.is_space:  # "Grant access", "Hope you are well"
        return not english.verb_or_modifier(token) or _tells_of_someone(doc, token.i + 1)
    if token.ent_type_ in PLACES and previous.lower_ in PLACE_PREPOSITIONS:
        return False
    if previous.pos_ == "DET" or previous.lower_ in ("my", "your", "our", "their"):
        return not english_word and following is not None and _capitalised(following.text) \
            and not english.word(following)  # "a Homero Portillo concert"; not "the Jade pendant"
    return not _capitalised(previous.text) or previous.lower_ in TITLES or _role_before_full_name(doc, token, english)


def _role_before_full_name(doc, token, english: EnglishWords) -> bool:
    """A capitalised noun opening the sentence before the given name and a family name that
    is no English word: "Producer Ilse Vantoss explained"; not "Hiking Boots"."""
    previous, index = doc[token.i - 1], token.i + 1
    return (english.noun(previous) and not english.verb_or_modifier(previous)
            and (previous.i == 0 or doc[previous.i - 1].is_space or doc[previous.i - 1].text in (".", "!", "?"))
            and index < len(doc) and _capitalised(doc[index].text) and not english.word(doc[index]))


def _name_word(token, english: EnglishWords) -> bool:
    """A word that can stand after a given name in a full name: no English word ("Murdock"),
    or a proper noun spelt as a given name that is no English verb or adjective either: the
    model's noun tables list many names ("Sofia Lima", "Teresa Walker"), and a product's
    second word ("Crystal Vase", "Rose Gold") is seldom a given name."""
    if not english.word(token):
        return True
    return (token.pos_ == "PROPN" and folded(token.text) in given_names()
            and not english.verb_or_modifier(token) and token.lower_ not in NOT_NAMES)


def _initial_before_name(doc, index: int) -> bool:
    """An initial at ``index`` ("J.", "L") and a capitalised word after it, as in a full name."""
    end = index + (2 if doc[index].text.isupper() and len(doc[index].text) == 1 and index + 1 < len(doc)
                   and doc[index + 1].text == "." else 1)
    return _initial(doc[index].text.rstrip(".")) and end < len(doc) and _capitalised(doc[end].text)


def _tells_of_someone(doc, index: int) -> bool:
    """A verb in the past or the third person follows at ``index`` ("Sue spent a year",
    "Scott had given"), as after a subject; "Grant access" and "Hope you" have none."""
    if index >= len(doc):
        return False
    verb = doc[index]
    if verb.pos_ == "AUX" and verb.lower_ in ("had", "has") and index + 1 < len(doc):
        verb = doc[index + 1]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBN")


def _name_end(doc, index: int) -> int:
    """The token index after the name that starts at ``index``: its capitalised words,
    initials ("B", "G.") and particles before a capitalised word ("van de Noort")."""
    end = index + 1
    while end < len(doc) and end - index <= 4:
        word = doc[end].text
        particles = end
        while particles < len(doc) and doc[particles].lower_ in PARTICLES:
            particles += 1
        if _capitalised(word) and doc[end].lower_ not in NOT_NAMES:
            end += 1
        elif _initial(word.rstrip(".")):
            end += 2 if word == word.rstrip(".") and end + 1 < len(doc) and doc[end + 1].text == "." else 1
        elif particles > end and particles < len(doc) and _capitalised(doc[particles].text):
            end = particles + 1
        else:
            break
    return end


def _foreign(token, english: EnglishWords) -> bool:
    """A lower-case word that is no English word spaCy knows ("kleist", "pustivšek")."""
    return (token.is_lower and token.is_alpha and len(token.text) > 2 and not token.is_stop
            and token.lower_ not in NOT_NAMES and not english.noun(token) and not english.verb_or_modifier(token))


def _lower_case_name_end(doc, index: int, english: EnglishWords) -> int:
    """The end of a name written in lower case that starts at ``index``, or ``index``: a given
    name that is no English word ("bertram"), with the words that are no English word and
    the initials after it ("eva kleist", "eric g. samoylova")."""
    token = doc[index]
    if not (token.is_lower and token.is_alpha and not token.is_stop and token.lower_ not in NOT_NAMES
            and folded(token.text) in given_names()):
        return index
    end = index + 1
    while end < len(doc) and end - index <= 3:
        if _foreign(doc[end], english):
            end += 1
        elif (len(doc[end].text) == 1 or len(doc[end].text) == 2 and doc[end].text[1] == ".") \
                and doc[end].text[0].islower() and end + 1 < len(doc) and _foreign(doc[end + 1], english):
            end += 2  # an initial, "g." or "g", before a word that is no English word
        else:
            break
    if len(token.text) > 3 and (_foreign(token, english) or end > index + 1 and english.noun(token)
                                and not english.verb_or_modifier(token)):
        return end  # "bertram"; "rebecca lafontaine", where the tables list the given name as a noun
    return index


@lru_cache(maxsize=2)  # the text's artifacts, asked for by this recognizer and by name_neighbours
def name_spans(nlp_artifacts) -> tuple[tuple[int, int], ...]:
    """Character spans of the names in the analysed text that start with a given name."""
    doc, english = nlp_artifacts.tokens, english_words(nlp_artifacts)
    spans, index = [], 0
    while doc is not None and index < len(doc):
        if is_given_name(doc[index], english):
            end = _name_end(doc, index)
        else:
            end = _lower_case_name_end(doc, index, english)
        if end == index:
            index += 1
            continue
        last = doc[end - 1]
        spans.append((doc[index].idx, last.idx + len(last.text)))
        index = end
    return tuple(spans)


class GivenNameRecognizer(PersonNameRecognizer):
    def load(self) -> None:
        given_names()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if not self._reads(entities, nlp_artifacts):
            return []
        return [self._result(start, end) for start, end in name_spans(nlp_artifacts)]
