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
title before it and a degree after it ("dr.", "DDS"), the rest of a name cut at its
hyphen ("Hauta-aho"), and in lower-case text the word before or after a name when it is
no English word. A list mostly of found names takes its ordinary words along ("Evan and
April"); a list announced as people ("our founders: ...") is one of names.
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
    # The rest of a double-barrelled name the model cut at the hyphen ("Hauta-aho").
    HYPHENED = regex.compile(r"^[-‐](\p{L}[\p{Ll}\p{M}]+)(?![\p{L}\d'’-])")
    # In lower-case text, the word right before or after a lower-case name ("heard nijito asano").
    LOWER_BEFORE = regex.compile(r"(?<![\p{L}\d'’.-])(\p{Ll}[\p{Ll}\p{M}]+)[ \t]+$")
    LOWER_AFTER = regex.compile(r"^[ \t]+(\p{Ll}[\p{Ll}\p{M}]+)(?![\p{L}\d-])")
    # A list announced as people ("our 3 founders: ...", "the children: ...").
    _PEOPLE = (r"(?i:founders|co-founders|owners|partners|children|kids|guests|travell?ers|employees|authors"
               r"|siblings|grandchildren|sons|daughters|friends|colleagues|roommates|flatmates)[ \t]*:")
    PEOPLE = regex.compile(_PEOPLE)
    PEOPLE_BEFORE = regex.compile(rf"{_PEOPLE}[ \t]*$")
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
        if not names and not (":" in text and self.PEOPLE.search(text)):
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
            hyphened = self.HYPHENED.match(text[end:end + 40]) if text[end:end + 1] in ("-", "‐") else None
            if hyphened:
                results.append(self._result(end + hyphened.start(1), end + hyphened.end(1)))
            if text[start:end].islower():
                results += self._lower_case_neighbours(text, start, end, nlp_artifacts.tokens, english)
        for lists, element in ((self.LIST, self.ELEMENT), (self.LOWER_LIST, self.LOWER_ELEMENT)):
            for listing in lists.finditer(text):
                every = [e for e in element.finditer(text, listing.start(), listing.end())
                         if e.group()[0].isupper() or self._is_name(e.group())]  # not "and"
                elements = [e for e in every if self._is_name(e.group().split()[0])]
                is_found = [any(start < e.end() and e.start() < end for start, end in names) for e in elements]
                found = sum(is_found)
                # A list of names, not of products: half of it found, or two, or one and the
                # rest no English words ("Eklundo, Michael and Hodgers").
                people = self.PEOPLE_BEFORE.search(text[max(0, listing.start() - 30):listing.start()])
                if people or found and (2 * found >= len(elements) or found >= 2 or all(
                        hit or not any(english.knows(word) for word in e.group().split())
                        for hit, e in zip(is_found, elements, strict=True))):
                    # most of it found, or announced as people: the ordinary words in it are names too
                    listed = every if people or found >= 2 and 2 * found >= len(every) else elements
                    results += [self._result(e.start(), e.end()) for e in listed]
        return results

    def _lower_case_neighbours(self, text: str, start: int, end: int, doc, english: EnglishWords) -> list[RecognizerResult]:
        """The lower-case words right before and after a lower-case name that are no English
        words, or proper nouns that are no English verb or adjective ("ashley spencer's")."""
        results = []
        before = self.LOWER_BEFORE.search(text[max(0, start - 40):start])
        after = self.LOWER_AFTER.match(text[end:end + 40])
        for word_start, word in ((start - len(before.group(0)), before.group(1)) if before else (None, None),
                                 (end + after.start(1), after.group(1)) if after else (None, None)):
            token = doc.char_span(word_start, word_start + len(word)) if word else None
            if token is None or len(word) < 3 or token[0].is_stop or not self._is_name(word):
                continue
            if not english.word(token[0]) or token[0].pos_ == "PROPN" and not english.verb_or_modifier(token[0]):
                results.append(self._result(word_start, word_start + len(word)))
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
