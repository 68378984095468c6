"""Phone numbers by shape, valid or not: North American numbers with any separators,
international numbers starting with ``+``, and digit groups next to a phone word, after
a calling phrase ("they're not answering at 9310 2468", "stop the messages to
612 403 117") or before a phone label ("62 40 17 office", "913 40 552-Office",
"(415)555-0134x12-Fax", "+447700900737 mobile"), or alone on a line of their own, as
in a signature ("Thanks," / "Dana" / "4155550134").

Presidio's own PhoneRecognizer keeps only numbers that ``phonenumbers`` deems valid,
so fictional or unassigned ranges (555-01xx, +44 7700 900xxx) and odd formats slip
through; a customer's number is personal data whether or not its area code exists.
"""

import regex
from presidio_analyzer import Pattern, PatternRecognizer

_START = r"(?<![\w+./-])"
_END = r"(?![\w/-]|[.,]\d)"


class PhoneNumberRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "north american, separated",
            _START + r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s./-])\d{3}[\s.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?" + _END,
            0.5,
        ),
        Pattern("north american, digits only", _START + r"(?:\+?1)?\d{10}" + _END, 0.3),
        # a signature's number, alone on its line with nothing to say what it is
        Pattern("digits alone on a line", r"(?<=^[ \t>]*)\+?\d{9,15}(?=[ \t]*$)", 0.5),
        Pattern("international", _START + r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,6}(?:[\s.-]\d{1,8}){1,5}" + _END, 0.5),
        Pattern(
            "digits with a phone label",
            _START + r"(?:\+?\d{2,5}(?:[ \t.-]\d{2,8}){1,4}|\+?\(\d{1,5}\)[ \t.-]?\d{3,8}(?:[ \t.-]\d{2,8}){0,3}|\+?\d{9,15})"
            r"(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?"
            r"(?=[ \t]*-?[ \t]*(?i:office|fax|mobile|cell|home|work|landline)\b)",
            0.5,
        ),
        Pattern(
            "digit groups after a calling phrase",
            r"(?<=\b(?:answering|reach(?:able)?|call|text|ring|phone|mobile|cell|registered|messages?\s+to|"
            r"texts?\s+to|sms\s+to)(?:\s+(?:me|us|him|her|them))?"
            r"(?:\s+(?:at|on))?(?:\s+(?:number|no\.?))?(?:\s+is|:)?\s+)"
            r"\(?\+?\d{2,5}\)?(?:[\s.-]\d{2,8}){1,4}" + _END,
            0.5,
        ),
        Pattern("digit groups", _START + r"\(?\d{2,5}\)?(?:[\s.-]\d{2,8}){1,4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?" + _END, 0.15),
    ]
    CONTEXT = ["phone", "telephone", "tel", "cell", "mobile", "call", "reach", "text", "fax", "whatsapp",
               "number", "contact", "office"]

    def __init__(self):
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="PhoneNumberRecognizer",
            global_regex_flags=regex.DOTALL | regex.MULTILINE | regex.IGNORECASE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = regex.sub(r"\D", "", pattern_text.split("x")[0].split("ext")[0])
        if not 6 <= len(digits) <= 15 or len(set(digits)) < 3:
            return False
        return None
