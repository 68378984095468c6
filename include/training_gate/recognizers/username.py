"""Usernames and handles: after a username word ("my username is x", "user: x",
"I log in as @x"), @handles, and snake_case handles ending in digits ("mei_lee_46", "gravelfox_77").
A username is personal data: it names one account and often the person too."""

from presidio_analyzer import Pattern, PatternRecognizer

_CUES = (
    r"user\s?name|user\s?id|login(?:\s+name)?|handle|screen\s?name|account\s+name|gamertag|nickname"
)
_HANDLE = r"@?[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]"
NOT_USERNAMES = frozenset(
    """is was the a an my your and or but not wrong incorrect correct same still please thanks here there
    it this that locked blocked disabled invalid any none all unknown missing required needed attached
    below above same different""".split()
)


class UsernameRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("handle after a username word and is / :",
                rf"\b(?:{_CUES})(?:\s+(?:is|was)\s+|\s*[:=]\s*)[\"'`]?\K{_HANDLE}", 0.6),
        Pattern("handle with digits, _ or . after a username word",
                rf"\b(?:{_CUES}|(?:log(?:ged)?|sign(?:ed)?)\s+in\s+as|goes\s+by)\s+[\"'`]?\K"
                r"(?=[\w.-]*[\d_.])" + _HANDLE, 0.6),
        Pattern("handle after log in as", r"\b(?:log(?:ged)?|sign(?:ed)?)\s+in\s+as\s+\K@?[A-Za-z][A-Za-z0-9._-]+", 0.4),
        Pattern("handle after user:", rf"\buser\s*[:=]\s*\K{_HANDLE}", 0.6),
        Pattern("at handle", r"(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_]", 0.6),
        Pattern("snake case handle with digits", r"\b(?:[a-z]+(?:[_.][a-z]+)+_?|[a-z]{4,}_)\d{2,}\b", 0.6),
    ]

    def __init__(self):
        super().__init__(supported_entity="USERNAME", patterns=self.PATTERNS, name="UsernameRecognizer")

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text.lower().lstrip("@") in NOT_USERNAMES
