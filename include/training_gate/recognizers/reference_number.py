"""Order, account, ticket, booking and similar reference numbers.

A reference is personal data: it leads straight back to one customer's records.
Matched when a reference word precedes it ("order #W2378156", "account no: 44-1029",
"Reservation ID: KLMNOP"), or when it has an unmistakable id shape (``#`` followed by
digits, letters and digits joined by a dash ("RMA-771203", "R-00918273"), a six-character mix of capitals and digits
as airline booking codes have); six capitals without digits count when listed with such
a code ("QWERTZ and AB12CD") or under a reference heading ("Reservation IDs:" then a list).
"""

from presidio_analyzer import Pattern, PatternRecognizer

_REFERENCE_WORDS = (
    r"order|account|acct|ticket|case|booking|reservation|invoice|confirmation|tracking"
    r"|customer|member(?:ship)?|loyalty|policy|contract|subscription|reference|ref|rma|claim"
)
_LINK = r"(?:\s*(?:number|no\.?|num|id|#|code))?(?:\s*(?:is|was|:|#))*\s*#?"
# The reference word is matched where it stands and the finding starts after it (``\K``): the
# same findings as a lookbehind, which the regex engine would try backwards at every position.

# A booking code with a digit, and what joins it to a neighbour in a list: "QWERTZ and AB12CD",
# "(KLMNOP, ZX81QA)", '"T70PLQ" and "GHJKLM"'.
_CODE = r"\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{6}\b"
_JOIN = r"[\"'*)]*\s*(?:,|\band\b|\bor\b|&|/)\s*[\"'*(]*"


class ReferenceNumberRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "reference after a reference word",
            rf"\b(?:{_REFERENCE_WORDS}){_LINK}\K(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{{3,}}\b",
            0.7,
        ),
        Pattern(
            "capitals after a reference word",
            rf"\b(?:{_REFERENCE_WORDS}){_LINK}\**\s*\K(?-i:[A-Z0-9]{{5,12}})\b",
            0.6,
        ),
        Pattern("booking code: six capitals and digits", r"(?-i:\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{6}\b)", 0.4),
        Pattern(
            "six capitals next to a booking code",
            rf"(?-i:(?<={_CODE}{_JOIN})[A-Z]{{6}}\b|\b[A-Z]{{6}}(?={_JOIN}{_CODE}))",
            0.5,
        ),
        Pattern(
            "codes listed under a reference heading",
            rf"(?<=\b(?:{_REFERENCE_WORDS})\s*(?:ids?|numbers?|codes?)\b[^\n]{{0,30}}:?[ \t]*\n(?:[ \t]*\n)?"
            rf"(?:[ \t]*(?:[-*•]|\d+[.)])[ \t]*[^\n]*\n){{0,8}}[ \t]*(?:[-*•]|\d+[.)])[ \t]*[\"'*]*)(?-i:[A-Z0-9#-]{{5,12}})\b",
            0.6,
        ),
        Pattern("hash and digits", r"(?<![\w#])#[A-Z]{0,3}\d{4,}\b", 0.6),
        Pattern("letters dash digits", r"\b(?:[A-Z]{2,5}-\d{4,}|[A-Z]-\d{6,})\b", 0.5),
    ]
    # Capitalised words that follow "order" without being a reference ("order TODAY").
    NOT_REFERENCES = frozenset("TODAY ASAP NOW PLEASE AGAIN ONLINE URGENT THANKS HELP STATUS NUMBER ONLY".split())
    CONTEXT = ["order", "account", "ticket", "booking", "reservation", "invoice", "reference", "case"]

    def __init__(self):
        super().__init__(
            supported_entity="ACCOUNT_REFERENCE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="ReferenceNumberRecognizer",
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text.upper() in self.NOT_REFERENCES
