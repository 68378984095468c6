"""Street addresses, US and international, with the lines that follow them.

A street line is found by its shape:

- a house number, street words and a street type ("516 Orchard Street", "19 rue La
  Boétie", "21 Lindenstrasse 7", "9 Fjordveien 44"): US postal suffixes (USPS
  Publication 28) and the street words of other countries, alone ("Via", "Calle",
  "Rua") or as the end of a compound ("...strasse", "...veien", "...katu");
- a street type and a name, then the house number ("Piazza Garibaldi 3");
- house number, words, house number on a line of their own, as many European
  addresses are written ("58 Larrina kalea 12"), or last in a list of addresses with
  its postal code on the next line (", and 35 Larrina kalea 12\nVitoria 01005"), or after an address cue
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
    r"|shoals?|tunnel|underpass|viaduct|ville|walk|wharf|str|isle|bridge|club|greens?|commons|crest|bend|bluffs?"
    r"|pines?|passage|path|route|mount|knoll"
)
# Street words of other countries, written as a word of their own ("Via Verbano", "rue des Lilas").
_INTL_TYPES = (
    r"rue|rua|via|viale|vicolo|corso|piazza|piazzale|largo|calle|carrer|camino|avenida|avda|av|travessa"
    r"|pra[cç]a|paseo|plaza|strasse|straße|str|weg|gasse|platz|allee|laan|straat|plein|vej|veien|vegen"
    r"|gata|gatan|v[äa]gen|katu|kuja|utca|út|útja|tér|ulica|ul|ulitsa|bulevar|cesta|sokak|caddesi"
    r"|stræti|gade|boulevard|chemin|impasse|enparantza|kalea|odos|r[uú]a|utca|rakpart|k[öo]r[úu]t|plads"
)
# Street words that follow the street's name ("Gyula utca 76", "Margrethes Plads 17").
_TYPES_AFTER_NAME = (
    r"út|utca|útja|tér|körút|rakpart|köz|fasor|sétány|gade|vej|plads|gata|gatan|vägen|veien|vegen|katu|kuja"
    r"|tie|straat|laan|weg|gasse|strasse|straße|allee|platz|kalea"
)
# ... and as the end of a compound ("Lindenstrasse", "Fjordveien", "Koulukatu").
_COMPOUND_ENDS = (
    r"strasse|straße|str\.|weg|gasse|platz|allee|laan|straat|gracht|plein|vej|veien|vegen|vägen|gata"
    r"|gatan|gade|katu|kuja|utca|stræti|ufer|damm|chaussee|dreef|singel|kade|tie|vegur|braut|stígur|bakken"
    r"|haugen|stræde|polku|väylä|gränd|gränden"
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
    r"|\d{2}-\d{3}\b"  # Poland
    r"|(?:[A-Z]{1,2}-)?\d{3,6}(?:[ -]\d{2,4})?(?:[ \t][A-Z]{2}\b)?)"  # digits: US, EU (1234 AB), BR (01310-100)
)
_PARTICLE = (
    r"(?-i:de|la|le|du|des|da|do|di|del|dos|das|van|der|den|von|y|e|nad|pod|u|of|the|and|upon|am|an|im|sur|sous"
    r"|en|aan|op|bei|lès|les)(?![\p{L}])(?=(?:[ \t]+(?-i:the|de|la|des|du|del))?[ \t]+\(?(?-i:\p{Lu}))"
)
_PLACE = (  # city, state, country: capitalised words (not a label: "Mobile:"), then maybe a state code in any case
    rf"(?!(?-i:My|I|I'm|We|You|Our|Your|The|This|It|Please|Thanks|Thank|Hi|Hello)\b)"
    rf"\(?{_CAP_WORD}(?![\p{{L}}\d]|[ \t]*:)\)?(?:[ \t]+\(?(?:{_CAP_WORD}(?![\p{{L}}\d]|[ \t]*:)|{_PARTICLE})\)?){{0,5}}(?:[ \t,]+\p{{L}}{{2,3}}(?=[ \t]+\d))?"
)
# What may follow a street line: a unit, then city / state / country / postal code parts,
# after a comma or on the next lines of the block.
_NEXT_LINE = (  # the next line, or the line after a blank one when that one ends in a postal code
    r"[ \t]*,?[ \t]*\n[ \t>?]*(?:\n[ \t>?]*(?=[^\n]*\d[ \t]*$))?(?:,[ \t]*)?"
)
# A line of the block in any case ("montzen", "nan" for an empty state) when a later line
# of the block ends in a postal code; not a line of the ticket's own words.
_BLOCK_LINE = (
    r"(?<=\n[ \t>?,]*)(?![^\n]*\b(?:thanks?|thx|please|pls|hi|hello|you|i|i'm|my|me|we|is|are|was|it|this|that"
    r"|to|for|order|with|not|no|yes|ok|can|will|would|be|have|has|do|did|see|call|text|regards|best)\b)"
    rf"(?:{_WORD}[ \t]+){{0,3}}{_WORD}(?=[ \t]*,?[ \t]*\n(?:[ \t>?]*\n)?"
    rf"(?:[^\n]*\n){{0,2}}[^\n]*\d[ \t]*(?:$|\n))"
)
_TAIL = (
    rf"(?:(?:[ \t]*,?[ \t]*|{_NEXT_LINE})(?:{_UNIT}))*"
    rf"(?:(?:[ \t]*,[ \t]*|{_NEXT_LINE}|[ \t]+(?=(?:{_PLACE}[ \t]+)?{_POSTCODE}\b))"
    rf"(?:{_PLACE}(?:[ \t,]+{_POSTCODE}\b)?|{_POSTCODE}\b|(?<=\n[ \t>?]*)(?:{_WORD}[ \t]+){{1,4}}{_POSTCODE}\b"
    rf"|{_BLOCK_LINE})){{0,4}}"
)
_ORDINAL = r"\d{1,4}(?:st|nd|rd|th)\b"
_STREET_US = rf"\b{_HOUSE}(?:[ \t]+{_HOUSE})?[ \t]+(?:(?:{_WORD}|{_ORDINAL})[ \t]+){{1,4}}(?:{_US_TYPES})\b\.?"
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
# Street types that name a street without a house number ("lives on Maple Avenue"), written
# capitalised as names are, after a preposition; not "Way", "Place" or "Court", which name
# other things as often, and not a drive that is a disk or a product.
_NAMED_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Terrace|Crescent|Parkway|Pkwy|Highway|Hwy|Isle"
    r"|Harbou?r|Radial|Greens|Flats|Alley"
    r"|(?<!(?:Google|Hard|USB|Flash|Thumb|Disk|Disc|Test|State|One|External|Network|Shared|Cloud|Pen|Optical|DVD"
    r"|CD|Tape|SSD|HDD|Floppy|Jump|Hybrid|Zip)[ \t]+)Drive"
)
_NAMED_STREET = (
    r"(?<=\b(?:on|at|along|off|near|onto|of|and|to|from|via|in)[ \t]+)"
    r"(?-i:(?:(?!(?:The|My|Your|Our|This|That|A|An)\b)\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,3}?"
    rf"(?:{_NAMED_TYPES})\b\.?)"
)
# "the corner of Elm Road and 4th Street": the two streets (not "the corner of"); the second
# ends in a street word or a number.
_NOT_A_STREET_START = r"(?!(?:the|my|your|our|his|her|their|its|this|that|a|an|each|every)\b)"
_CORNER_TOKEN = rf"(?:\d{{1,5}}(?:-?(?-i:[A-Za-z]))?\b\.?|{_ORDINAL}|{_WORD})"
_CORNER = (
    rf"\bcorner[ \t]+of[ \t]+\K{_NOT_A_STREET_START}(?:{_CORNER_TOKEN}[ \t]+){{0,5}}?"
    rf"(?:and|&)[ \t]+{_NOT_A_STREET_START}(?:{_CORNER_TOKEN}[ \t]+){{0,4}}"
    rf"(?:(?:{_US_TYPES}|{_INTL_TYPES})\b\.?|{_COMPOUND}|\d{{1,5}}\b\.?)"
)
# A house number, words and a house number in lower case ("16 salontie 6"), with a unit on
# the next line or before it, as a lower-cased address block has them.
_LOWER_NUMBER_WORDS_NUMBER = rf"\b{_HOUSE}(?:[ \t]+{_HOUSE})?[ \t]+(?:{_WORD}[ \t]+){{0,3}}{_WORD}[ \t]+{_HOUSE}\.?"
# Words that start no street name: a name before a street word is not "lives on".
_FUNCTION_WORD = (
    r"(?:to|and|or|at|in|on|of|from|for|by|with|via|the|a|an|it|them|me|you|him|her|us|i|we|they|is|was|are"
    r"|my|your|our|their|this|that|send|sent|ship|shipped|live|lives|moved)\b"
)
# A name and house number that the text calls a street ("Bem rakpart 79. street").
_NAME_NUMBER_STREET = (
    rf"(?-i:\b\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*(?:[ \t]+(?!(?i:{_FUNCTION_WORD}))\p{{L}}[\p{{L}}\p{{M}}'’.-]*){{0,3}}[ \t]+\d{{1,5}}\b\.?"
    r"(?=[ \t]+(?:street|road|avenue)\b))"
)
# The street's name, then a street word that follows names ("Gyula utca 76", "Margrethes plads 17").
_NAME_TYPE_NUMBER = rf"\b(?:(?!{_FUNCTION_WORD})(?>{_WORD})[ \t]+){{1,3}}(?:{_TYPES_AFTER_NAME})(?![\p{{L}}])\.?[ \t]+{_HOUSE}\.?"
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
            rf"(?<=^[ \t>?]*|(?:{_UNIT})[ \t]+|:[ \t]+){_NUMBER_WORDS_NUMBER}(?=[ \t]*(?:,|$|{_UNIT})){_TAIL}",
            0.5,
        ),
        Pattern(  # "..., and 35 Larrina kalea 12\nVitoria, VI 01005": a place and postal code under it
            "number, words, number last in a list of addresses",
            rf",[ \t]+and[ \t]+\K{_NUMBER_WORDS_NUMBER}(?=[ \t]*\n[^\n]*\d[ \t]*$){_TAIL}",
            0.5,
        ),
        # The cue is matched where it stands and the street starts after it (\K), rather than
        # looked for backwards at every position: the same findings, a tenth of the time.
        Pattern("street after an address cue", rf"(?:{_CUE})[ \t]*\n?[ \t]*\K(?=[^\n]{{0,40}}\d){_ANY_STREET}{_TAIL}", 0.5),
        Pattern("named street after a preposition", _NAMED_STREET, 0.5),
        Pattern("the corner of two streets", _CORNER, 0.6),
        Pattern(
            "lower-case number, words, number next to a unit",
            rf"(?:(?<=^[ \t>?]*)(?:{_LOWER_NUMBER_WORDS_NUMBER}|\b{_HOUSE}(?:[ \t]+{_HOUSE})?(?:[ \t]+{_WORD}){{1,3}})"
            rf"(?=[ \t]*,?[ \t]*\n[ \t>?]*(?:{_UNIT}))"
            rf"|(?<=(?:{_UNIT})[ \t]+){_LOWER_NUMBER_WORDS_NUMBER}(?=[ \t]*(?:,|$))){_TAIL}",
            0.5,
        ),
        Pattern(
            "number, words, number between commas, before a place",
            rf"(?<=,[ \t]+){_NUMBER_WORDS_NUMBER}(?=,[ \t]*(?-i:\p{{Lu}})){_TAIL}",
            0.5,
        ),
        Pattern("name and number called a street", _NAME_NUMBER_STREET, 0.5),
        Pattern("name, street word, house number", rf"{_NAME_TYPE_NUMBER}{_TAIL}", 0.6),
        Pattern(
            "military or post-office box",
            r"\b(?:\d{1,5}[ \t]+)?(?:(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|(?:P\.?[ \t]?O\.?[ \t]+Box|Postfach)[ \t]+\d{1,6}"
            rf"|(?-i:US[NC]?[SV][ \t]+{_CAP_WORD})|(?:us[nc]?[sv]|uscgc)[ \t]+\p{{L}}+(?=[ \t]*\n[ \t]*[afd]po\b))(?:{_NEXT_LINE}|[ \t]*,?[ \t]*)?"
            rf"(?:[AFD]PO[ \t]+A[AEP][ \t]+\d{{5}})?{_TAIL}",
            0.6,
        ),
        Pattern("military post office", r"(?-i:\b[AFD]PO[ \t]+A[AEP][ \t]+\d{5}\b)", 0.6),
        Pattern("unit alone", r"\b(?:apt|apartment|suite|unit|(?-i:Flat))\.?\s*#?\s*\d+[A-Z]?\b(?![%.,]?\d|%)", 0.5),
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
