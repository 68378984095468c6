"""Family names and other names outside the given-name lexicon where the sentence says a
person is meant: the subject that opens a sentence with a person's verb ("Rintanen began
writing", "Okonjo will be talking"), the speaker after a
verb of saying ("..., says Okonjo."), the person addressed at the start of a
request ("Brascu, can I speak to your manager?"), the one spoken to ("said Okonjo to
Logan"), a full name before "of" and the firm the person works for ("Dorvan Ulstrek of
Zentrix"), and the subject that "is from" a firm, not a place ("Tovrek is from Impaq
Labs"; "Bluetooth is from the settings menu" stays), and the one a noun for a person
describes ("Tovrek was a huge fan", "vrbová is my neighbour") or a person's trait
("Why was Tovrek so rude?"). In a text written all in lower case
the words may be lower case.

The word must be capitalised with no other capitals (not "FedEx", "HEPA"), be no English
word of the spaCy model's lemma tables and no ordinary ticket word (``NOT_NAMES``), so
"Shipping began" or "Sorry, can I" stay; places ("Leeds says") are
left to the NER. Only the parts of speech and the lemmas are read, no parse: the verb
must follow the name, after auxiliaries ("had given", "will be talking").
"""

from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import RecognizerResult

from training_gate.recognizers.given_name import NOT_NAMES, PARTICLES, PLACES, english_words, folded, given_names
from training_gate.recognizers.person_name import PersonNameRecognizer

# Lemmas of what people do and companies or products do not: a brand may say, tell, give
# or be from somewhere in a ticket ("Spotify told me"), it does not begin writing or shout.
PERSON_VERBS = frozenset(
    """begin shout spend live speak talk sing marry yell whisper laugh cry smile visit travel grow teach
    study retire graduate""".split()
)
# Nouns for what only a person is ("Tovrek was a huge fan", "vrbová is my neighbour").
PERSON_NOUNS = frozenset(
    """fan friend neighbour neighbor colleague classmate teacher nurse doctor lawyer student singer songwriter
    writer musician actor actress wife husband girlfriend boyfriend fiancé fiancée mother father son daughter
    sister brother cousin aunt uncle grandmother grandfather niece nephew""".split()
)
# What is said of a person's character and not of a product ("Why is Dorvan so rude?").
PERSON_TRAITS = frozenset(
    """rude impolite polite impulsive arrogant jealous grumpy lazy kind unfriendly shy dishonest honest
    stubborn selfish generous patient impatient""".split()
)
INTENSIFIERS = frozenset("so very really too quite always".split())
SAYING = frozenset("said says asked asks replied replies wrote writes added adds explained explains".split())
# What follows the name of the person a request is addressed to ("Brascu, can I ...").
ADDRESSED_BEFORE = frozenset("can could would will please i do did are is have let thanks thank".split())
# Words that open a request as a name would, and that the lemma tables do not list.
INTERJECTIONS = frozenset(
    """oops hmm hmmm hm umm um uh uhh ah ahh ahhh oh ohh ugh argh aha huh wow whoa yay yikes gosh darn
    meh eh erm er phew welp nope yep yup alright ooh aww hiya howdy btw fyi asap tbh imo imho lol omg pls plz
    thx""".split()
)


def _name_word(token, english, lower_case: bool = False) -> bool:
    """A capitalised word that is no English word; in a text written all in lower case, a
    lower-case one that the model reads as a noun and that is no English word or a given
    name that is no English verb or adjective ("bártová began writing", "selma is from")."""
    word = token.text
    if lower_case and token.is_lower:
        return (len(word) > 3 and word.isalpha() and token.pos_ in ("PROPN", "NOUN") and not token.is_stop
                and token.lower_ not in NOT_NAMES and token.lower_ not in INTERJECTIONS
                and token.ent_type_ not in PLACES and (not english.word(token) or folded(word) in given_names()
                                                       and not english.verb_or_modifier(token)))
    return (len(word) > 2 and word[0].isupper() and word[1:].replace("-", "").islower()
            and word.replace("-", "").isalpha() and token.lower_ not in NOT_NAMES and not token.is_stop
            and token.ent_type_ not in PLACES and not english.word(token))


def _firm_after_from(doc, index: int, lower_case: bool) -> bool:
    """"is from" and a firm at ``index``: "Dorvan is from Zentrix Labs", not "from the menu" or a place."""
    if not (index + 2 < len(doc) and doc[index].lower_ in ("is", "was") and doc[index + 1].lower_ == "from"):
        return False
    firm = doc[index + 2]
    return firm.ent_type_ not in PLACES and firm.pos_ not in ("DET", "PRON") and (
        firm.text[:1].isupper() or lower_case or any(c.isdigit() for c in firm.text))


def _opens(doc, index: int) -> bool:
    """The token at ``index`` opens a sentence or a line."""
    if index == 0:
        return True
    previous = doc[index - 1]
    return previous.is_space or previous.text in (".", "!", "?", "\n") or previous.text in ('"', "“", "'")


def _person_noun_after(doc, index: int) -> bool:
    """"is" or "was" at ``index`` and a noun for a person ends the phrase after it ("was a huge
    Okafor fan", "is my neighbour"), before a punctuation mark, a verb or a preposition."""
    if not (index < len(doc) and doc[index].lower_ in ("is", "was")):
        return False
    for token in doc[index + 1:index + 7]:
        if token.lower_ in PERSON_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return following is None or following.is_punct or following.pos_ in ("ADP", "VERB", "AUX", "CCONJ")
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False


def _trait_after(doc, index: int) -> bool:
    """A person's trait at ``index``, after intensifiers ("so impulsive", "very rude")."""
    while index < len(doc) and doc[index].lower_ in INTENSIFIERS:
        index += 1
    return index < len(doc) and doc[index].lower_ in PERSON_TRAITS


def _person_verb_after(doc, index: int) -> bool:
    """A person's verb follows at ``index``, after auxiliaries."""
    while index < len(doc) and doc[index].pos_ in ("AUX", "PART"):
        index += 1
    return index < len(doc) and doc[index].pos_ == "VERB" and doc[index].lemma_.lower() in PERSON_VERBS


def _name_end(doc, end: int, start: int, english, lower_case: bool) -> int:
    """The end of the name's words from ``end``: up to three, a particle between them ("ten")."""
    while end < len(doc) and end - start < 3:
        if _name_word(doc[end], english, lower_case):
            end += 1
        elif doc[end].lower_ in PARTICLES and end + 1 < len(doc) and doc[end + 1].text.istitle() \
                and doc[end + 1].is_alpha and doc[end + 1].lower_ not in NOT_NAMES:
            end += 2
        else:
            break
    return end


@lru_cache(maxsize=2)  # the text's artifacts, asked for by this recognizer and by name_neighbours
def subject_name_spans(nlp_artifacts) -> tuple[tuple[int, int], ...]:
    """Character spans of the names this recognizer finds in the analysed text."""
    doc = nlp_artifacts.tokens
    if doc is None:
        return ()
    english = english_words(nlp_artifacts)
    lower_case = doc.text.islower()
    spans, index = [], 0
    while index < len(doc):
        if not _name_word(doc[index], english, lower_case):
            index += 1
            continue
        end = _name_end(doc, index + 1, index, english, lower_case)
        after = doc[end] if end < len(doc) else None
        previous = doc[index - 1] if index else None
        said = previous is not None and previous.lower_ in SAYING and (
            after is None or after.is_punct or after.lower_ == "to")
        addressed = _opens(doc, index) and doc[index].pos_ in ("PROPN", "NOUN", "ADJ") \
            and doc[index].lower_ not in INTERJECTIONS \
            and after is not None and after.text == "," and end + 1 < len(doc) \
            and doc[end + 1].lower_ in ADDRESSED_BEFORE
        # "Dorvan Ulstrek of Zentrix": a full name and the firm the person works for
        affiliated = end - index >= 2 and after is not None and after.lower_ == "of" and end + 1 < len(doc) \
            and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_type_ not in PLACES
        described = _person_noun_after(doc, end) and (previous is None or previous.pos_ not in ("DET", "ADJ", "PRON"))
        # "Dorvan is so rude", "Why was Dorvan so rude?"
        described = described or _trait_after(doc, end + 1) and after is not None and after.lower_ in ("is", "was") \
            or _trait_after(doc, end) and previous is not None and previous.lower_ in ("is", "was")
        if said or addressed or affiliated or described or _opens(doc, index) and (
                _person_verb_after(doc, end) or _firm_after_from(doc, end, lower_case)):
            spans.append((doc[index].idx, doc[end - 1].idx + len(doc[end - 1].text)))
        if said and after is not None and after.lower_ == "to" and end + 1 < len(doc):
            addressee = doc[end + 1]  # "said Oksana to Logan"
            if addressee.text.istitle() and addressee.is_alpha and addressee.lower_ not in NOT_NAMES \
                    and addressee.ent_type_ not in PLACES:
                spans.append((addressee.idx, addressee.idx + len(addressee.text)))
        index = end
    return tuple(spans)


class NameSubjectRecognizer(PersonNameRecognizer):
    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if not self._reads(entities, nlp_artifacts):
            return []
        return [self._result(start, end) for start, end in subject_name_spans(nlp_artifacts)]
