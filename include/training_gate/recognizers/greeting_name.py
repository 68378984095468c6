"""Names in greetings, sign-offs and introductions ("Thanks, priya!", "my name is Tom"),
written in any case, where spaCy's small model misses lower-case or lone first names."""

from presidio_analyzer import Pattern, PatternRecognizer

_LEAD = (
    r"hi|hello|hey|dear|thanks|thank you|thx|cheers|regards|best|sincerely|bye"
    r"|my name is|name's|speaking with|talking to|ask for|signed"
)
_RELATIONS = (
    r"husband|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|friend|neighbou?r"
    r"|colleague|boss|manager|roommate|flatmate|grandson|granddaughter|grandma|grandpa|aunt|uncle|cousin"
    r"|fianc[eé]e?|boyfriend|girlfriend|assistant"
)
# Words that follow a greeting but are not names.
NOT_NAMES = frozenset(
    """a again all am an and any anyway are as at be but by can could do does for from
    get glad going good great happy have help here hi how i if in is it just let me
    more much my no not now of ok okay on or our please really regards so sorry still
    team thanks that the there this to too trying us very was we well what when where
    which who will with would yes yet you your everyone guys folks sir madam there
    again again customer support agent calling writing following reaching again cheers thx
    lives works will picked picks who's that's it's said says had has just also""".split()
)


class GreetingNameRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "name after a greeting or introduction",
            rf"(?<=\b(?:{_LEAD})[,!.:-]?\s+)[A-Z][A-Z'-]+\b",
            0.5,
        ),
        Pattern(
            "name after a relation",
            rf"(?<=\bmy\s+(?:{_RELATIONS})[,:]?\s+)[A-Z][A-Z'-]+\b",
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
        first = pattern_text.split()[0].lower()
        return first in NOT_NAMES or first.split("'")[0] in NOT_NAMES
