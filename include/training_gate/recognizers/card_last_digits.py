"""The last digits of a payment card, as agents and customers quote them: "Visa ending
in 4336", "card ending 4417" (not "the year ending 2025"), "last four digits 8902", "last 4 of card 2209". Together with a name they single out one card."""

from presidio_analyzer import Pattern, PatternRecognizer


class CardLastDigitsRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "digits after ending in / last four",
            r"(?:\b(?:ending|ends)(?:\s+(?:in|with)\s+|\s+(?!(?:19|20)\d\d\b))|\blast\s+(?:4|four|digits)(?:\s+digits)?(?:\s+(?:of|are|is|were))?"
            r"(?:\s+(?:(?:my|the|your|his|her)\s+)?card)?\s*[:#]?\s*)\K(?:\*{2,}\s?)?\d{4}\b",
            0.6,
        ),
        Pattern("masked card", r"(?:[*xX•]{4}[\s-]?){2,3}\d{4}\b", 0.6),
    ]

    def __init__(self):
        super().__init__(supported_entity="CREDIT_CARD", patterns=self.PATTERNS, name="CardLastDigitsRecognizer")
