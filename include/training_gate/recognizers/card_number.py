"""Card numbers written after a card word ("my card 6011 8842 0137", "cc 601133298104").

Presidio's CreditCardRecognizer keeps only numbers with a valid Luhn checksum and a
known issuer prefix; a customer's card number with a typo, or of a scheme it does not
know, is still the customer's card number when the sentence says it is one.
"""

from presidio_analyzer import Pattern, PatternRecognizer

_CARD_WORDS = r"card|cc|credit\s+card|debit\s+card|visa|mastercard|amex"
_LINK = r"(?:\s+(?:number|no\.?|num|#))?(?:\s*(?:is|was|:|#|ending))*\s*[:#]?\s*"


class CardNumberRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("card number after a card word", rf"(?<=\b(?:{_CARD_WORDS}){_LINK})(?:\d[ -]?){{11,18}}\d\b", 0.6),
        Pattern("number after 'number is' near a card word", r"(?<=\bnumber\s+is\s+)(?:\d[ -]?){11,18}\d\b", 0.3),
    ]
    CONTEXT = ["card", "credit", "debit", "cc", "visa", "mastercard", "charge"]

    def __init__(self):
        super().__init__(
            supported_entity="CREDIT_CARD", patterns=self.PATTERNS, context=self.CONTEXT, name="CardNumberRecognizer"
        )
