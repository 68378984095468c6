"""Family names and other names outside the given-name lexicon where the sentence says a
person is meant: the subject that opens a sentence with a person's verb ("Rintanen began
writing", "Okonjo will be talking"), the speaker after a
verb of saying ("..., says Okonjo."), the person addressed at the start of a
request ("Brascu, can I speak to your manager?") and a full name before "of" and the firm
the person works for ("Dorvan Ulstrek of Zentrix").

The word must be capitalised with no other capitals (not "FedEx", "HEPA"), be no English
word of the spaCy model's lemma tables and no ordinary ticket word (``NOT_NAMES``), so
"Shipping began" or "Sorry, can I" stay; places ("Leeds says") are
left to the NER. Only the parts of speech and the lemmas are read, no parse: the verb
must follow the name, after auxiliaries ("had given", "will be talking").
"""

from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import RecognizerResult

from training_gate.recognizers.given_name import NOT_NAMES, PARTICLES, PLACES, english_words
from training_gate.recognizers.person_name import PersonNameRecognizer

# Lemmas of what people do and companies or products do not: a brand may say, tell, give
# or be from somewhere in a ticket ("Spotify told me"), it does not begin writing or shout.
PERSON_VERBS = frozenset(
    """begin shout spend live speak talk sing marry yell whisper laugh cry smile visit travel grow teach
    study retire graduate""".split()
)
SAYING = frozenset("said says asked asks replied replies wrote writes added adds explained explains".split())
# What follows the name of the person a request is addressed to ("Brascu, can I ...").
ADDRESSED_BEFORE = frozenset("can could would will please i do did are is have let thanks thank".split())
# Words that open a request as a name would, and that the lemma tables do not list.
INTERJECTIONS = frozenset(
    """oops hmm hmmm hm umm um uh uhh ah ahh ahhh oh ohh ugh argh aha huh wow whoa yay yikes gosh darn
    meh eh erm er phew welp nope yep yup alright ooh aww hiya howdy btw fyi asap tbh imo imho lol omg pls plz
    thx""".split()
)


def _name_word(token, english) -> bool:
    word = token.text
    return (len(word) > 2 and word[0].isupper() and word[1:].replace("-", "").islower()
            and word.replace("-", "").isalpha() and token.lower_ not in NOT_NAMES and not token.is_stop
            and token.ent_type_ not in PLACES and not english.word(token))


def _opens(doc, index: int) -> bool:
    """The token at ``index`` opens a sentence or a line."""
    if index == 0:
        return True
    previous = doc[index - 1]
    return previous.is_space or previous.text in (".", "!", "?", "\n") or previous.text in ('"', "“", "'")


def _person_verb_after(doc, index: int) -> bool:
    """A person's verb follows at ``index``, after auxiliaries."""
    while index < len(doc) and doc[index].pos_ in ("AUX", "PART"):
        index += 1
    return index < len(doc) and doc[index].pos_ == "VERB" and doc[index].lemma_.lower() in PERSON_VERBS


def _name_end(doc, end: int, start: int, english) -> int:
    """The end of the name's words from ``end``: up to three, a particle between them ("ten")."""
    while end < len(doc) and end - start < 3:
        if _name_word(doc[end], english):
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
    spans, index = [], 0
    while index < len(doc):
        if not _name_word(doc[index], english):
            index += 1
            continue
        end = _name_end(doc, index + 1, index, english)
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
        if said or addressed or affiliated or _opens(doc, index) and _person_verb_after(doc, end):
            spans.append((doc[index].idx, doc[end - 1].idx + len(doc[end - 1].text)))
        index = end
    return tuple(spans)


class NameSubjectRecognizer(PersonNameRecognizer):
    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if not self._reads(entities, nlp_artifacts):
            return []
        return [self._result(start, end) for start, end in subject_name_spans(nlp_artifacts)]
