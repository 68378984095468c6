"""Street addresses, US and international, with the lines that follow them.

A street line is found by its shape:

- a house number, street words and a street type ("516 Orchard Street", "19 rue La
  Boétie", "21 Lindenstrasse 7", "9 Fjordveien 44"): US postal suffixes (USPS
  Publication 28) and the street words of other countries, alone ("Via", "Calle",
  "Rua") or as the end of a compound ("...strasse", "...veien", "...katu");
- a street type and a name, then the house number ("Piazza Garibaldi 3");
- house number, words, house number on a line of their own, as many European
  addresses are written ("58 Larrina kalea 12"), or after an address cue
  ("address:", "lives at", "send it to", "meet me at") in any local order;
- military and post-office boxes ("PSC 6477, Box 2981", "APO AE 83700", "P.O. Box 12").

A street line takes along what follows it: a unit ("Apt. 12", "Suite 300"), and the
city, state, country and postal code after a comma or on the next lines, so the whole
block is one finding.
"""

import regex
from presidio_analyzer import Pattern, PatternRecognizer

_US_TYPES = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter"
    r"|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|crescent|close|alley|bypass|causeway"
    r"|cove|creek|crossing|expressway|freeway|gardens?|glen|grove|heights|hills?|hollow|junction|loop"
    r"|manor|meadows?|mews|motorway|pike|plaza|ridge|row|skyway|stravenue|summit|trace|turnpike|vista"
    r"|flats?|cliffs?|islands?|estates?|falls|harbou?r|haven|lakes?|landing|mills?|orchard|plains?"
    r"|prairie|ranch|rapids|shores?|springs?|valley|village|wells?|brooks?|burgs?|canyon|corners?"
    r"|dale|dam|extension|ferry|ford|forest|fort|gateway|inlet|knolls?|lodge|overpass|radial|river"
    r"|shoals?|tunnel|underpass|viaduct|ville|walk|wharf"
)
# Street words of other countries, written as a word of their own ("Via Verbano", "rue des Lilas").
_INTL_TYPES = (
    r"rue|rua|via|viale|vicolo|corso|piazza|piazzale|largo|calle|carrer|camino|avenida|avda|av|travessa"
    r"|pra[cç]a|paseo|plaza|strasse|straße|str|weg|gasse|platz|allee|laan|straat|plein|vej|veien|vegen"
    r"|gata|gatan|v[äa]gen|katu|kuja|utca|út|útja|tér|ulica|ul|ulitsa|bulevar|cesta|sokak|caddesi"
    r"|stræti|gade|boulevard|chemin|impasse|enparantza|kalea|odos"
)
# ... and as the end of a compound ("Lindenstrasse", "Fjordveien", "Koulukatu").
_COMPOUND_ENDS = (
    r"strasse|straße|str\.|weg|gasse|platz|allee|laan|straat|gracht|plein|vej|veien|vegen|vägen|gata"
    r"|gatan|gade|katu|kuja|utca|stræti|ufer|damm|chaussee|dreef|singel|kade"
)
_WORD = r"\p{L}[\p{L}\p{M}'’.-]*"
_CAP_WORD = r"(?-i:\p{Lu})[\p{L}\p{M}'’.-]*"
# A house number, not a quantity or a time ("2 days", "5 pm").
_NOT_AFTER_HOUSE = (
    r"(?![ \t]*(?:am|pm|a\.m|p\.m|o'?clock|h|hrs?|hours?|mins?|minutes?|days?|weeks?|months?|years?|times?"
    r"|items?|units?|pieces?|pcs|orders?|of|or|and|to|%|percent|dollars?|euros?|pounds?|usd|eur|gbp|kg|lbs?)\b)"
)
_HOUSE = rf"\d{{1,5}}(?:-?(?-i:[A-Za-z]))?\b{_NOT_AFTER_HOUSE}"
_TYPE_WORD = rf"(?:{_US_TYPES}|{_INTL_TYPES})\b\.?"
_COMPOUND = rf"\p{{L}}[\p{{L}}\p{{M}}'-]*(?:{_COMPOUND_ENDS})\b\.?"
_UNIT = r"(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|box|bldg|building)\.?[ \t]*#?[ \t]*[A-Z0-9-]+\b|#[ \t]?\d+[A-Z]?\b"
_POSTCODE = (
    r"(?-i:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"  # UK
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canada
    r"|(?:[A-Z]{1,2}-)?\d{3,6}(?:[ -]\d{2,4})?(?:[ \t][A-Z]{2}\b)?)"  # digits: US, EU (1234 AB), BR (01310-100)
)
_PARTICLE = r"(?-i:de|la|le|du|des|da|do|di|del|van|der|den|von|y|e)"
_PLACE = (  # city, state, country: capitalised words, then maybe a state code in any case
    rf"\(?{_CAP_WORD}(?![\p{{L}}\d])\)?(?:[ \t]+\(?(?:{_CAP_WORD}(?![\p{{L}}\d])|{_PARTICLE})\)?){{0,3}}(?:[ \t,]+\p{{L}}{{2,3}}(?=[ \t]+\d))?"
)
# What may follow a street line: a unit, then city / state / country / postal code parts,
# after a comma or on the next lines of the block.
_NEXT_LINE = (  # the next line, or the line after a blank one when that one ends in a postal code
    r"[ \t]*,?[ \t]*\n[ \t>?]*(?:\n[ \t>?]*(?=[^\n]*\d[ \t]*$))?"
)
_TAIL = (
    rf"(?:(?:[ \t]*,?[ \t]*|{_NEXT_LINE})(?:{_UNIT}))*"
    rf"(?:(?:[ \t]*,[ \t]*|{_NEXT_LINE}|[ \t]+(?=(?:{_PLACE}[ \t]+)?{_POSTCODE}\b))"
    rf"(?:{_PLACE}(?:[ \t,]+{_POSTCODE}\b)?|{_POSTCODE}\b|(?<=\n[ \t>?]*)(?:{_WORD}[ \t]+){{1,4}}{_POSTCODE}\b)){{0,4}}"
)
_STREET_US = rf"\b{_HOUSE}(?:[ \t]+{_HOUSE})?[ \t]+(?:{_WORD}[ \t]+){{1,4}}(?:{_US_TYPES})\b\.?"
_STREET_INTL = (
    rf"\b(?:{_HOUSE}[ \t]+){{0,2}}(?:(?:{_INTL_TYPES})\b\.?(?:[ \t]+{_WORD}){{1,4}}|(?:{_CAP_WORD}[ \t]+){{0,3}}{_COMPOUND})"
    rf"[ \t]+{_HOUSE}\.?"
)
_NUMBER_FIRST_STREET = rf"\b{_HOUSE}(?:[ \t]+{_HOUSE})?[ \t]+{_COMPOUND}(?:[ \t]+{_HOUSE}\.?)?"
_NUMBER_WORDS_NUMBER = rf"\b{_HOUSE}(?:[ \t]+{_HOUSE})?[ \t]+(?:{_WORD}[ \t]+){{0,3}}{_CAP_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]+{_HOUSE}\.?"
_ANY_STREET = (
    rf"(?:\b{_HOUSE}(?:[ \t]+{_HOUSE})?[ \t]+(?:{_WORD}[ \t]+){{0,4}}{_WORD}(?:[ \t]+{_HOUSE}\.?)?"
    rf"|(?!(?:line|item|step|option|part|page|number|no|version|model|size|type|level|day|week|room|gate)\b)"
    rf"{_CAP_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]+{_HOUSE}\.?(?=[ \t]*(?:[,.]|$)))"
)
_CUE = (
    r"\b(?:address(?:es)?|addr)(?:[ \t]+(?:is|was|to|with|of[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]+is))?[ \t]*:?"
    r"|\b(?:lives?|living|located|situated|based|stay(?:ing)?|meet(?:[ \t]+(?:me|you|us))?|stop|arrived"
    r"|drops?[ \t]+(?:you|me|us)[ \t]+off)[ \t]+(?:at|on|in)"
    r"|\b(?:is|it'?s)[ \t]+at"
    r"|\b(?:sen[dt]|ship(?:ped)?|deliver(?:ed)?|return(?:ed)?|mail(?:ed)?|forward(?:ed)?|moved|taxi|post(?:ed)?)"
    r"(?:[ \t]+(?:it|them|this|that|the[ \t]+\p{L}+|a[ \t]+new[ \t]+one|everything))?[ \t]+to"
)


class StreetAddressRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("number street suffix, then unit and place", rf"{_STREET_US}{_TAIL}", 0.6),
        Pattern("street word and house number, then unit and place", rf"{_STREET_INTL}{_TAIL}", 0.6),
        Pattern(
            "number, street word, name",
            rf"\b{_HOUSE}(?:[ \t]+{_HOUSE})?[ \t]+(?:{_INTL_TYPES})\b\.?(?:[ \t]+{_WORD}){{1,4}}(?=[ \t]*(?:,|$)){_TAIL}",
            0.6,
        ),
        Pattern("number and compound street name, then unit and place", rf"{_NUMBER_FIRST_STREET}{_TAIL}", 0.6),
        Pattern(
            "number, words, number on a line of their own",
            rf"(?<=^[ \t>?]*|(?:{_UNIT})[ \t]+){_NUMBER_WORDS_NUMBER}(?=[ \t]*(?:,|$|{_UNIT})){_TAIL}",
            0.5,
        ),
        Pattern("street after an address cue", rf"(?<=(?:{_CUE})[ \t]*\n?[ \t]*)(?=[^\n]{{0,40}}\d){_ANY_STREET}{_TAIL}", 0.5),
        Pattern(
            "military or post-office box",
            r"\b(?:(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|P\.?[ \t]?O\.?[ \t]+Box[ \t]+\d{1,6}"
            rf"|(?-i:US[NC]?[SV][ \t]+{_CAP_WORD}))(?:{_NEXT_LINE}|[ \t]*,?[ \t]*)?"
            rf"(?:(?-i:[AFD]PO)[ \t]+(?-i:A[AEP])[ \t]+\d{{5}})?{_TAIL}",
            0.6,
        ),
        Pattern("military post office", r"(?-i:\b[AFD]PO[ \t]+A[AEP][ \t]+\d{5}\b)", 0.6),
        Pattern("unit alone", r"\b(?:apt|apartment|suite|unit)\.?\s*#?\s*\d+[A-Z]?\b", 0.5),
    ]
    CONTEXT = ["address", "ship", "shipping", "deliver", "delivery", "live", "street", "moved"]

    def __init__(self):
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="StreetAddressRecognizer",
            global_regex_flags=regex.MULTILINE | regex.IGNORECASE,
        )
