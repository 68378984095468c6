"""Names next to a name found by spaCy, by the given-name lexicon (``given_name``), as
the subject of a person's verb (``name_subject``) or credited with a work
(``credited_name``): the
rest of a list of names, the capitalised word right before or after a name, and the
name's words where the text mentions the person again.

spaCy's small model often tags one name of a list ("They had three: Oksana, Ruth and
Ines", "Lindqvist and Baptiste were engineers") or one half of a full name ("Tariq
Osei", "Aino Virtanen") and misses the rest. A list of capitalised words joined by
commas and a final "and" / "or" that holds found names (half of it, or two, or one when
the others are no English words) is taken as a list of names (a list of product
options, "Red, Size L, Cotton", has no "and");
a capitalised word joined to a found name by a single space is taken as part of it (at
the start of a sentence only when it is no English word: "Producer" stays), and so are a
title before it and a degree after it ("dr.", "DDS").
"""

import regex
from presidio_analyzer import RecognizerResult

from training_gate.recognizers.credited_name import credited_name_spans
from training_gate.recognizers.given_name import NOT_NAMES, EnglishWords, english_words, name_spans
from training_gate.recognizers.name_subject import subject_name_spans
from training_gate.recognizers.person_name import PersonNameRecognizer

_NAME_WORD = r"(?-i:\p{Lu}[\p{Ll}\p{M}-]+(?:['’]\p{Lu}[\p{Ll}\p{M}-]+)?)(?![\p{L}\d'’])"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\p{{Lu}}\.))?(?:[ \t]+{_NAME_WORD})?"
_LOWER_WORD = r"(?-i:\p{Ll}[\p{Ll}\p{M}-]+)"


class NameNeighboursRecognizer(PersonNameRecognizer):
    LIST = regex.compile(
        rf"(?<![\p{{L}}\d'’-]){_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]*,?[ \t]*(?:\band\b|\bor\b|&)[ \t]*{_NAME}(?![\p{{L}}\d'’-])"
    )
    ELEMENT = regex.compile(_NAME)
    # The same in lower case, one word an element ("they had three: natalina, thomas and omar").
    LOWER_LIST = regex.compile(
        rf"(?<![\p{{L}}\d'’-]){_LOWER_WORD}(?:[ \t]*,[ \t]*{_LOWER_WORD})+[ \t]*,?[ \t]*(?:\band\b|\bor\b|&)[ \t]*"
        rf"{_LOWER_WORD}(?![\p{{L}}\d'’-])"
    )
    LOWER_ELEMENT = regex.compile(rf"(?<![\p{{L}}\d'’-]){_LOWER_WORD}(?![\p{{L}}\d'’-])")
    BEFORE = regex.compile(rf"(?<![\p{{L}}\d'’.-])({_NAME_WORD})[ \t]+$")
    # A zero-width space or byte-order mark pasted inside a name does not end it.
    AFTER = regex.compile(rf"^[ \t]+[\u200b-\u200d\u2060\ufeff]*({_NAME_WORD})(?![\p{{L}}\d'’-])")
    # A title before a found name and a degree after it, in any case ("dr. ilse vanterpool dds").
    TITLE_BEFORE = regex.compile(r"(?<![\p{L}\d'’.-])((?i:mr|mrs|ms|mx|dr|prof)\.?)[ \t]+$")
    DEGREE_AFTER = regex.compile(r"^,?[ \t]+((?i:md|dds|phd|dvm|jr|sr)\.?)(?![\p{L}\d])")
    WORD = regex.compile(rf"{_NAME_WORD}")
    SENTENCE_START = regex.compile(r"(?:^|[.!?:][\"')]?)\s*$")  # "Producer Tobias Lindgren" starts a sentence
    SCORE = 0.6

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities or nlp_artifacts is None:
            return []
        names = [(e.start_char, e.end_char) for e in nlp_artifacts.entities if e.label_ == "PERSON"]
        names += name_spans(nlp_artifacts)
        names += subject_name_spans(nlp_artifacts)
        names += credited_name_spans(nlp_artifacts)
        if not names:
            return []
        english = english_words(nlp_artifacts)
        results = self._mentions_again(text, names, english)
        for start, end in names + [(r.start, r.end) for r in results]:  # "Ilse Varga's", "Varga" found later
            before = self.BEFORE.search(text[max(0, start - 40):start])
            # not "Producer Tobias Lindgren" at a sentence's start, unless the word is no English word
            if before and self._is_name(before.group(1)) and (not english.knows(before.group(1)) or not
                                                              self.SENTENCE_START.search(
                                                                  text[max(0, start - 40):start - len(before.group(0))])):
                results.append(self._result(start - len(before.group(0)), start - len(before.group(0)) + len(before.group(1))))
            title = self.TITLE_BEFORE.search(text[max(0, start - 10):start])
            if title:
                results.append(self._result(start - len(title.group(0)), start - len(title.group(0)) + len(title.group(1))))
            degree = self.DEGREE_AFTER.match(text[end:end + 10])
            if degree:
                results.append(self._result(end + degree.start(1), end + degree.end(1)))
            after = self.AFTER.match(text[end:end + 40])
            if after and self._is_name(after.group(1)) and not text[:end].endswith(("'s", "’s")):
                results.append(self._result(end + after.start(1), end + after.end(1)))
        for lists, element in ((self.LIST, self.ELEMENT), (self.LOWER_LIST, self.LOWER_ELEMENT)):
            for listing in lists.finditer(text):
                elements = [e for e in element.finditer(text, listing.start(), listing.end())
                            if self._is_name(e.group().split()[0])]
                is_found = [any(start < e.end() and e.start() < end for start, end in names) for e in elements]
                found = sum(is_found)
                # A list of names, not of products: half of it found, or two, or one and the
                # rest no English words ("Eklundo, Michael and Hodgers").
                if found and (2 * found >= len(elements) or found >= 2 or all(
                        hit or not any(english.knows(word) for word in e.group().split())
                        for hit, e in zip(is_found, elements, strict=True))):
                    results += [self._result(e.start(), e.end()) for e in elements]
        return results

    def _mentions_again(self, text: str, names: list[tuple[int, int]], english: EnglishWords) -> list[RecognizerResult]:
        """The words of a found name where the text names the person again ("directed by
        Maciej Borkowski and starring Borkowski"), unless they are English words (spaCy
        calls a "Mechanical Keyboard" a person now and then)."""
        words = {word for start, end in names for word in self.WORD.findall(text[start:end])
                 if self._is_name(word) and not english.knows(word)}
        if not words:
            return []
        pattern = regex.compile(  # the name alone or before a possessive ("Borkowski's")
            rf"(?<![\p{{L}}\d'’-])(?:{'|'.join(map(regex.escape, words))})(?=['’]s(?![\p{{L}}\d])|(?![\p{{L}}\d'’-]))")
        return [self._result(m.start(), m.end()) for m in pattern.finditer(text)
                if not any(start <= m.start() and m.end() <= end for start, end in names)]

    @staticmethod
    def _is_name(word: str) -> bool:
        return word.lower().strip("'’") not in NOT_NAMES
