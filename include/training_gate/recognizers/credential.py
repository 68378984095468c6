"""Secrets a customer pastes into a ticket: passwords after a password word (as
customers misspell it: "pasword", "passwrd"), and API
keys and tokens by their published shapes (Stripe, AWS, GitHub, Slack, JWT) or as long
random-looking strings."""

import regex
from presidio_analyzer import Pattern, PatternRecognizer

_SECRET_WORDS = (
    r"pas{1,2}w(?:or|ro|r)?d|pwd|pass\s?code|passphrase|pin|secret|api[\s_-]?key|access[\s_-]?key"
    r"|secret[\s_-]?key|private[\s_-]?key|token|auth[\s_-]?code|2fa\s?code|otp"
)
_VALUE = r"[^\s\"'`]*[^\s\"'`.,;:)\]}?]"
# Words that follow "my password is" without being a password.
NOT_SECRETS = frozenset(
    """a an the not no wrong incorrect invalid expired correct right same still being too very
    reset changed blocked locked working accepted rejected set saved correct weak strong short long
    missing required there here it this that and or but definitely probably""".split()
)


class CredentialRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("value after a secret word",
                rf"\b(?:{_SECRET_WORDS})(?:\s+(?:is|was|=|:)|\s*[:=])\s*[\"'`]?\K{_VALUE}", 0.6),
        Pattern("stripe-style key", r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}\b", 0.9),
        Pattern("aws access key id", r"(?-i:\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)", 0.9),
        Pattern("github token", r"\bgh[pousr]_[A-Za-z0-9]{30,}\b", 0.9),
        Pattern("slack token", r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b", 0.9),
        Pattern("json web token", r"\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}", 0.9),
        Pattern("long random string", r"(?<![\w/])[A-Za-z0-9_\-]{24,}(?![\w/])", 0.4),
    ]

    def __init__(self):
        super().__init__(supported_entity="CREDENTIAL", patterns=self.PATTERNS, name="CredentialRecognizer")

    def invalidate_result(self, pattern_text: str) -> bool:
        if pattern_text.lower() in NOT_SECRETS:
            return True
        if len(pattern_text) >= 24 and "_" not in pattern_text[:8]:  # a long random string needs a mix
            classes = sum(bool(regex.search(p, pattern_text)) for p in (r"[a-z]", r"[A-Z]", r"\d"))
            return classes < 3
        return False
