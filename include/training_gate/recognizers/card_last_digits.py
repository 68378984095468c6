"""The last digits of a payment card, as agents and customers quote them: "Visa ending
in 4336", "last four digits 8902". Together with a name they single out one card."""

from presidio_analyzer import Pattern, PatternRecognizer


class CardLastDigitsRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "digits after ending in / last four",
            r"(?:\b(?:ending|ends)\s+(?:in|with)\s+|\blast\s+(?:4|four|digits)(?:\s+digits)?(?:\s+(?:of|are|is|were))?"
            r"(?:\s+(?:my|the|your)\s+card)?\s*[:#]?\s*)\K(?:\*{2,}\s?)?\d{4}\b",
            0.6,
        ),
        Pattern("masked card", r"(?:[*xX•]{4}[\s-]?){2,3}\d{4}\b", 0.6),
    ]

    def __init__(self):
        super().__init__(supported_entity="CREDIT_CARD", patterns=self.PATTERNS, name="CardLastDigitsRecognizer")
