"""ZIP and postal codes: US ZIP codes (and ZIP+4) after a state code, a city and comma or
"I live in"; any country's postal code (UK "SW1A 1AA", Canada "K1A 0B1", "114 55",
"01310-100") right after a zip / postal code word; five digits with context words nearby.
A five-digit number alone is too often a quantity to remove."""

import regex
from presidio_analyzer import Pattern, PatternRecognizer

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH"
    "|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)


class ZipCodeRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("zip after a state code", rf"(?<=\b(?:{_STATES}),?\s+)\d{{5}}(?:-\d{{4}})?\b", 0.6),
        Pattern("zip after a city and comma", r"(?<=\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s)\d{5}(?:-\d{4})?\b(?![\d-])", 0.4),
        Pattern("zip after live in", r"(?<=\b(?:live|living|lives|located|based|reside|residing)\s+in\s+)\d{5}(?:-\d{4})?\b(?![\d-])", 0.6),
        Pattern(
            "postal code after a zip word",
            r"(?<=\b(?:(?i:zip|postal|post)\s?(?i:code)|(?i:postcode|zip))(?:\s+(?:is|was))?\s*[:#-]?\s*)"
            r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{3,6}(?:[\s-]\d{2,4})?(?:\s[A-Z]{2})?)\b(?![\d-])",
            0.6,
        ),
        Pattern("zip with context", r"(?<![\d-])\d{5}(?:-\d{4})?(?![\d-])", 0.1),
    ]
    CONTEXT = ["zip", "zipcode", "postal", "postcode", "address", "ship", "shipping", "billing"]

    def __init__(self):
        super().__init__(
            supported_entity="ZIP_CODE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="ZipCodeRecognizer",
            # State codes are upper case; matching them case-blind would read "in 12345".
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )
