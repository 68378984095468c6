"""ZIP and postal codes: US ZIP codes (and ZIP+4) after a state code, a city and comma or
"I live in"; any country's postal code (UK "SW1A 1AA", Canada "K1A 0B1", "114 55",
"01310-100") right after a zip / postal code word (or "CEP", "PLZ"); an Australian postcode after
its state ("NSW 2042"); UK and Canadian postcodes by their shape alone; a postal code
between a comma and a place ("..., 00-238 Warszawa"); five digits with context words nearby.
A five-digit number alone is too often a quantity to remove."""

import regex
from presidio_analyzer import Pattern, PatternRecognizer

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH"
    "|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
# Capitalised words that come before a number without being a place: "in March 2031",
# "in Windows 11", "from Room 4012", "in Stock 1500".
_NOT_A_PLACE = (
    r"(?!(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|version|ver|v|windows|ios|android|macos|office|excel|word|chapter|room"
    r"|table|figure|fig|section|model|level|step|phase|stage|season|episode|series|volume|vol|issue|page|line"
    r"|row|column|build|release|update|order|invoice|ticket|case|batch|lot|pack|group|team|size|class|grade"
    r"|year|week|day|stock|store|gate|terminal|flight|seat|suite|apt|apartment|unit|box|bay|aisle|zone|area"
    r"|sector|block|total|about|around|only|just|over|under|usd|eur|gbp|cad|aud|inr|rs|points|miles|credits"
    r"|item|items|sku|part|no|number|ref|id|code|pin|account|acct|card|ext|extension|q[1-4]|fy|cy|gen|euros?"
    r"|dollars?|pounds?|gold|silver|platinum|premium|pro|plus|max|mini|ultra|lite|edition|tier|plan|mode)\b)"
)
# A place after "in" / "from" / "near": capitalised words (or all capitals), with particles
# between them ("Quinta de São Tiago").
_PLACE = (
    rf"{_NOT_A_PLACE}\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*"
    r"(?:[ \t]+(?:de|da|do|di|del|la|le|les|von|van|der|den|am|an|im|sur|upon|on|of|the|nad|pod|u)){0,2}"
    rf"(?:[ \t]+{_NOT_A_PLACE}\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*"
    r"(?:[ \t]+(?:de|da|do|di|del|la|le|les|von|van|der|den|am|an|im|sur|upon|on|of|the|nad|pod|u)){0,2}){0,3}"
)
# Postal codes of many countries in digits: 12345, 12345-6789, 1234-567, 12-345, 123 45, and
# four digits that are not a year (a year after a place is a date: "in Paris 2024").
_DIGIT_POSTCODE = r"(?:\d{5}(?:-\d{4})?|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}[ ]\d{2}|(?!(?:19|20)\d\d)\d{4})"
_NOT_A_QUANTITY = (
    r"(?![\d.,/:%-]?\d|[\p{L}%$€£])(?![ \t]*(?i:%|percent|units?|items?|pieces?|pcs|kg|g|lbs?|km|mi|miles"
    r"|points|credits|dollars|euros|pounds|usd|eur|gbp|times|people|users|customers|orders|rows|records)\b)"
)


class ZipCodeRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("zip after a state code", rf"(?<=\b(?:{_STATES}),?\s+)\d{{5}}(?:-\d{{4}})?\b", 0.6),
        Pattern("zip after a city and comma", r"(?<=\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s)\d{5}(?:-\d{4})?\b(?![\d-])", 0.4),
        Pattern(
            "postal code after a place",
            rf"(?<=\b(?:in|from|near)[ \t]+{_PLACE}[ \t]+){_DIGIT_POSTCODE}{_NOT_A_QUANTITY}",
            0.5,
        ),
        Pattern("zip after live in", r"(?<=\b(?:live|living|lives|located|based|reside|residing)\s+in\s+)\d{5}(?:-\d{4})?\b(?![\d-])", 0.6),
        Pattern(
            "postal code after a zip word",
            r"(?<=\b(?:(?i:zip|postal|post)\s?(?i:code)|(?i:postcode|zip|cep|plz))(?:\s+(?:is|was))?\s*[:#-]?\s*)"
            r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{3,6}(?:[\s-]\d{2,4})?(?:\s[A-Z]{2})?)\b(?![\d-])",
            0.6,
        ),
        Pattern("postcode after an Australian state", r"\b(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA)[ \t]+\K\d{4}\b(?![\d-])", 0.5),
        # A UK or Canadian postcode has a shape few other things in a ticket have ("EH3 9QN", "M5V 3P6");
        # a model and its storage ("PS5 2TB") is one of them.
        Pattern("uk or canadian postcode", r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t](?!\d(?:TB|GB|MB|KB|WD)\b)\d[A-Z]{2}\b|\b[A-Z]\d[A-Z][ \t]\d[A-Z]\d\b",
                0.5),
        # Continental order, after the street and a comma: "ul. Długa 17/4, 00-238 Warszawa".
        Pattern(
            "postal code before a place",
            r",[ \t]*\K(?:\d{5}|\d{2}-\d{3}|(?!(?:19|20)\d\d\b)\d{4}(?:[ \t]?[A-Z]{2})?)(?=[ \t]+\p{Lu}\p{Ll}+)",
            0.5,
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
