"""Names next to a name spaCy found: the rest of a list of names, and the capitalised
word right before or after a name.

spaCy's small model often tags one name of a list ("They had three: Oksana, Ruth and
Ines", "Lindqvist and Baptiste were engineers") or one half of a full name ("Tariq
Osei", "Aino Virtanen") and misses the rest. A list of capitalised words joined by
commas and a final "and" / "or" that holds a name found by spaCy is taken as a list of
names (a list of product options, "Red, Size L, Cotton", has no "and");
a capitalised word joined to a found name by a single space is taken as part of it.
"""

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

_NAME_WORD = r"(?-i:\p{Lu}[\p{Ll}\p{M}-]+(?:['’]\p{Lu}[\p{Ll}\p{M}-]+)?)(?![\p{L}\d'’])"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\p{{Lu}}\.))?(?:[ \t]+{_NAME_WORD})?"
# Capitalised words that sit next to names without being names.
NOT_NAMES = frozenset(
    """a an and the i i'm i'd i'll im my mr mrs ms miss dr prof sir madam dear hi hello hey thanks thank
    regards best cheers yes no ok okay please sorry so but or if when where what who why how this that
    these those there here then also just we you he she they it our your his her their its from to for
    with at on in of by as about after before via per mon tue wed thu fri sat sun monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december street road avenue lane drive apt suite unit order account ticket customer agent
    support team name inc ltd llc co corp company bank card visa mastercard amex paypal phd md jr sr
    sure great perfect well now actually unfortunately however certainly absolutely could can would will
    should do does did is are was were have has had let got ask tell call email contact size color colour black white red blue green
    purple yellow grey gray pink orange brown cotton polyester wool leather small medium large""".split()
)


class NameNeighboursRecognizer(LocalRecognizer):
    LIST = regex.compile(
        rf"(?<![\p{{L}}\d'’-]){_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]*,?[ \t]*(?:\band\b|\bor\b|&)[ \t]*{_NAME}(?![\p{{L}}\d'’-])"
    )
    ELEMENT = regex.compile(_NAME)
    BEFORE = regex.compile(rf"(?<![\p{{L}}\d'’.-])({_NAME_WORD})[ \t]+$")
    AFTER = regex.compile(rf"^[ \t]+({_NAME_WORD})(?![\p{{L}}\d'’-])")
    SENTENCE_START = regex.compile(r"(?:^|[.!?:][\"')]?)\s*$")  # "Producer Tobias Lindgren" starts a sentence
    SCORE = 0.6

    def __init__(self):
        super().__init__(supported_entities=["PERSON"], name="NameNeighboursRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities or nlp_artifacts is None:
            return []
        names = [(e.start_char, e.end_char) for e in nlp_artifacts.entities if e.label_ == "PERSON"]
        if not names:
            return []
        results = []
        for start, end in names:
            before = self.BEFORE.search(text[max(0, start - 40):start])
            if before and self._is_name(before.group(1)) and not self.SENTENCE_START.search(
                    text[max(0, start - 40):start - len(before.group(0))]):
                results.append(self._result(start - len(before.group(0)), start - len(before.group(0)) + len(before.group(1))))
            after = self.AFTER.match(text[end:end + 40])
            if after and self._is_name(after.group(1)) and not text[:end].endswith(("'s", "’s")):
                results.append(self._result(end + after.start(1), end + after.end(1)))
        for listing in self.LIST.finditer(text):
            elements = [e for e in self.ELEMENT.finditer(text, listing.start(), listing.end())
                        if self._is_name(e.group().split()[0])]
            found = sum(any(start < e.end() and e.start() < end for start, end in names) for e in elements)
            if found and 2 * found >= len(elements) or found >= 2:  # a list of names, not of products
                results += [self._result(e.start(), e.end()) for e in elements]
        return results

    @staticmethod
    def _is_name(word: str) -> bool:
        return word.lower().strip("'’") not in NOT_NAMES

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON", start=start, end=end, score=self.SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

