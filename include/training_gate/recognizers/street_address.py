"""Street addresses: a house number, one to four street words and a street suffix,
optionally followed by an apartment / suite / unit."""

from presidio_analyzer import Pattern, PatternRecognizer

_SUFFIX = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl"
    r"|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|crescent|close"
)
_UNIT = r"(?:,?\s*(?:apt|apartment|suite|ste|unit|floor|fl|#)\.?\s*[A-Z0-9-]+)?"


class StreetAddressRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "number street suffix unit",
            rf"\b\d{{1,6}}[A-Z]?\s+(?:[A-Z][A-Z'.-]*\s+){{1,4}}(?:{_SUFFIX})\b\.?{_UNIT}",
            0.6,
        ),
        Pattern("unit alone", r"\b(?:apt|apartment|suite|unit)\.?\s*#?\s*\d+[A-Z]?\b", 0.5),
    ]
    CONTEXT = ["address", "ship", "shipping", "deliver", "delivery", "live", "street", "moved"]

    def __init__(self):
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="StreetAddressRecognizer",
        )
