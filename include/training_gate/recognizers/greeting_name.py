"""Names in greetings, sign-offs and introductions ("Thanks, priya!", "my name is Tom"),
written in any case, where spaCy's small model misses lower-case or lone first names."""

from presidio_analyzer import Pattern, PatternRecognizer

_LEAD = (
    r"hi|hello|hey|dear|thanks|thank you|thx|cheers|regards|best|sincerely|bye"
    r"|my name is|name's|speaking with|talking to|ask for|signed"
)
# Words that follow a greeting but are not names.
NOT_NAMES = frozenset(
    """a again all am an and any anyway are as at be but by can could do does for from
    get glad going good great happy have help here hi how i if in is it just let me
    more much my no not now of ok okay on or our please really regards so sorry still
    team thanks that the there this to too trying us very was we well what when where
    which who will with would yes yet you your everyone guys folks sir madam there
    again again customer support agent calling writing following reaching again""".split()
)


class GreetingNameRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "name after a greeting or introduction",
            rf"(?<=\b(?:{_LEAD})[,!.:-]?\s+)[A-Z][A-Z'-]+\b",
            0.5,
        ),
        Pattern("signature line", r"(?<=^\s*(?:--?|—)\s*)[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)?(?=\s*$)", 0.5),
    ]

    def __init__(self):
        super().__init__(
            supported_entity="PERSON",
            patterns=self.PATTERNS,
            name="GreetingNameRecognizer",
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text.split()[0].lower() in NOT_NAMES
