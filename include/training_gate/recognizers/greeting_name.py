"""Names in greetings, sign-offs and introductions ("Thanks, priya!", "my name is Tom",
"people call me dobroslav"), after a title ("Mr. Okafor", "Dr Ilse Vandersteen"), and
before a possessive family word ("Marisol's daughter"), in passenger lists ("Passengers:
- Mei Tanaka, DOB ..."), after a name label or a question for the name ("Name: ...",
"last_name: ...", "Cardholder: ...", "What's the name on the account? ..."), after "his name was", before "lives at", after "my grandfather was called", added to
an account ("add Ilse Varga as a beneficiary") or given as the account's new name
("the name is wrong, change it to Ilse Varga"), written in any case where spaCy's small
model misses lower-case or lone first names."""

import regex
from presidio_analyzer import Pattern, PatternRecognizer

_LEAD = (
    r"hi|hello|hey|dear|thanks|thank you|thx|cheers|regards|best|sincerely|bye"
    r"|(?:my|his|her|their) name (?:is|was)|name's|speaking with|talking to|ask for|signed"
    r"|(?:first|last|full|maiden|middle|sur)\s?name(?:\s+is|:)|what's your name\?|call(?:s|ed)? me|named(?:\s+(?:him|her|them))?"
)
_TITLES = r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mister|Rev|Fr|Capt|Hon"
_NAME_WORD = r"(?-i:\p{Lu}[\p{L}\p{M}'’-]+)"
_LOWER_NAME_WORD = r"\p{Ll}[\p{Ll}\p{M}'’-]+"
# A name after a title: capitalised words, an initial, particles ("Dr. Jacob van Gameren").
_TITLED_NAME = (rf"{_NAME_WORD}(?:\s+(?:(?-i:\p{{Lu}})\.\s+)?(?:(?-i:van|von|de|der|den|du|da|di|del|la|le)\s+){{0,2}}"
                rf"{_NAME_WORD}){{0,2}}")
_RELATIONS = (
    r"husband|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|friend|neighbou?r"
    r"|colleague|boss|manager|roommate|flatmate|grandson|granddaughter|grandma|grandpa|aunt|uncle|cousin"
    r"|fianc[eé]e?|boyfriend|girlfriend|assistant|kids?|child|baby|grandchild|niece|nephew|spouse"
    r"|stepson|stepdaughter|carer|caregiver"
)
# Words that follow a greeting but are not names.
NOT_NAMES = frozenset(
    """a again all am an and any anyway are as at be but by can could do does for from
    get glad going good great happy have help here hi how i if in is it just let me
    more much my no not now of ok okay on or our please really regards so sorry still
    team thanks that the there this to too trying us very was we well what when where
    which who will with would yes yet you your everyone guys folks sir madam there
    again again customer support agent calling writing following reaching again cheers thx
    lives works will picked picks who's that's it's said says had has just also
    he she they him her them his nobody somebody someone wrong incorrect correct misspelled misspelt
    spelled spelt missing""".split()
)

# Form labels that stand for a name: "Cardholder: ...", "Account holder: ...", "Tenant: ...".
_HOLDER_LABELS = r"card\s?holder|(?:account|policy)\s+holder|owner|tenant|recipient|addressee|reporter"
# Words for a person, before "was called".
_PEOPLE = (r"grandfather|grandmother|great-grandfather|great-grandmother|he|she|man|woman|guy|lady|girl|boy"
           r"|person|agent|rep|representative|technician|driver|courier|doctor|nurse")
# Who a customer adds to an account: "add Ilse Varga as a beneficiary".
_ADDED_AS = (
    r"beneficiar(?:y|ies)|guardian|(?:authori[sz]ed\s+)?users?|co-?owner|co-?signer|(?:joint\s+)?account\s+holder"
    r"|member|(?:emergency\s+)?contact|dependent|driver|passenger|signatory|nominee|executor|trustee|cardholder"
)
_ADDED_NAME = (rf"(?:{_NAME_WORD}(?:[ \t]+(?:(?-i:\p{{Lu}})\.?[ \t]+)?{_NAME_WORD}){{0,2}}"
               rf"|(?-i:\p{{Ll}}[\p{{Ll}}\p{{M}}'’-]+(?:[ \t]+\p{{Ll}}[\p{{Ll}}\p{{M}}'’-]+){{0,2}}))")

_INTRODUCTIONS = (
    r"(?:my|his|her|their) name (?:is|was)|name's|(?:first|last|full|maiden|middle|sur)\s?name(?:\s+is|:)|what's your name\?"
    r"|call(?:s|ed)? me|named(?:\s+(?:him|her|them))?"
)
# A name in any case: words, with an initial between them ("csanád p gere"), not running on
# into ordinary words.
_ANY_NAME_WORD = r"\p{L}[\p{L}\p{M}'’-]+"
TITLE = regex.compile(rf"(?:{_TITLES})\.?", regex.IGNORECASE)
_NOT_NAME_WORDS = "|".join(sorted(NOT_NAMES, key=len, reverse=True))
_ANY_NAME = (rf"{_ANY_NAME_WORD}(?:[ \t]+(?!(?:{_NOT_NAME_WORDS})\b)(?:\p{{L}}\.?[ \t]+)?{_ANY_NAME_WORD}){{0,2}}"
             rf"(?<!\b(?:{_NOT_NAME_WORDS}))")


GREETING_PATTERN = "name after a greeting or introduction"


# The cues of the newer patterns are matched, not looked behind for, and ``\K`` starts the
# finding at the name: a pattern that opens with a word is searched for much faster.
class GreetingNameRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            GREETING_PATTERN,
            rf"(?<=\b(?:{_LEAD})[,!.:-]?\s+)\p{{L}}[\p{{L}}\p{{M}}'-]+\b",
            0.5,
        ),
        Pattern(
            "full name after an introduction",
            rf"\b(?:{_INTRODUCTIONS})[,!.:-]?\s+\K[A-Z][A-Z'-]+(?:[ \t]+(?!(?:{_NOT_NAME_WORDS})\b)[A-Z][A-Z'-]+){{1,2}}\b",
            0.5,
        ),
        Pattern(
            "name after a relation",
            rf"\bmy\s+(?:{_RELATIONS})[,:]?\s+\K\p{{L}}[\p{{L}}\p{{M}}'-]+\b",
            0.5,
        ),
        Pattern("name after a title", rf"(?<=\b(?-i:{_TITLES})\.?\s+){_TITLED_NAME}", 0.6),
        # The same name with its title, so no "Mr." is left beside the placeholder.
        Pattern("title and name", rf"\b(?-i:{_TITLES})\.?\s+{_TITLED_NAME}", 0.6),
        # "mr. okafor is here", "mrs. ilse vandersteen?": a lower-case title before a lower-case
        # name; a second word when the sentence ends after it ("mr. okafor flew" keeps "flew").
        # ("dr." is left to the capitalised patterns: it is also a street's "drive").
        Pattern(
            "lower-case title and name",
            rf"(?-i:\b(?:mr|mrs|ms|mx)\.[ \t]+{_LOWER_NAME_WORD}(?:[ \t]+{_LOWER_NAME_WORD}(?=[ \t]*(?:[.,;!?]|$)))?)"
            rf"(?![\p{{L}}\p{{M}}'’-])",
            0.6,
        ),
        # "with ms. Ilse Varga": a lower-case title before a capitalised name.
        Pattern("lower-case title and capitalised name", rf"\b(?-i:mr|mrs|ms|mx)\.[ \t]+{_TITLED_NAME}", 0.6),
        Pattern("name after 'was called'",  # "my grandfather was called ...", not "the app is called ..."
                rf"\b(?:{_RELATIONS}|{_PEOPLE})\s+(?:is|was)\s+called\s+\K{_TITLED_NAME}", 0.5),
        Pattern("name added to an account",
                rf"\badd\s+\K{_ADDED_NAME}(?=\s+as\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:{_ADDED_AS})\b)", 0.6),
        Pattern("name an account's name is changed to",  # "the name is wrong, please change it to Ilse Varga"
                rf"\bname\b[^\n]{{0,80}}?\b(?:change|update|correct)\s+it\s+to\s+\K{_TITLED_NAME}", 0.6),
        Pattern("name before a possessive family word", rf"{_NAME_WORD}(?=\\?['’]s\s+(?:{_RELATIONS})\b)", 0.6),
        Pattern(
            "name after a name label or a question for it",  # "Name: ...", "What's the name on the account? ..."
            rf"(?:^[ \t>*-]*(?:(?:customer|account|contact|card\s?holder|full|your|my|first|last|given|family|middle|sur)"
            rf"[ \t_]?)?name[ \t]*[:|][ \t]*|^[ \t>*-]*(?:{_HOLDER_LABELS})[ \t]*:[ \t]*"
            rf"|\bname\b[^?\n]{{0,40}}\?[ \t]*(?:\w+:[ \t]*)?)\K(?!\w+:){_ANY_NAME}",
            0.6,
        ),
        Pattern(
            "name before where they live",  # "Csanád P Gere lives at ...", "eva kleist lives on ..."
            rf"(?<=^|[.!?:,]\s+){_ANY_NAME}(?=[ \t]+lives[ \t]+(?:at|on|in)\b)",
            0.6,
        ),
        Pattern(
            "names in a passenger list",
            rf"(?<=\bpassengers?\b[^\n]{{0,40}}\n(?:[ \t]*(?:[-*•]|\d+[.)])[^\n]*\n){{0,8}}[ \t]*(?:[-*•]|\d+[.)])[ \t]*\**)"
            rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}",
            0.6,
        ),
        Pattern(
            "names after passenger",
            rf"(?<=\bpassengers?(?:\s+(?:named|is|are))?[:,]?\s+)(?:{_NAME_WORD}[ \t]+{_NAME_WORD})"
            rf"(?:\s*(?:,|and|&)\s*{_NAME_WORD}[ \t]+{_NAME_WORD})*",
            0.6,
        ),
        Pattern("signature line", r"^\s*(?:--?|—)\s*\K[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)?(?=\s*$)", 0.5),
    ]

    def __init__(self):
        super().__init__(
            supported_entity="PERSON",
            patterns=self.PATTERNS,
            name="GreetingNameRecognizer",
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results or nlp_artifacts is None:
            return results
        return [r for r in results if not self._word_after_greeting(r, nlp_artifacts)]

    @staticmethod
    def _word_after_greeting(result, nlp_artifacts) -> bool:
        """An English verb, adjective or adverb that is no given name, read as the name after a
        greeting: "hi need to change", "call me back", "Best wishes", "Hello! Quick one"."""
        from training_gate.recognizers.given_name import english_words, folded, given_names  # imports this module

        explanation = result.analysis_explanation
        if explanation is None or explanation.pattern_name != GREETING_PATTERN:
            return False
        span = nlp_artifacts.tokens.char_span(result.start, result.end) if nlp_artifacts.tokens is not None else None
        if span is None or len(span) != 1:
            return False
        return english_words(nlp_artifacts).verb_or_modifier(span[0]) and folded(span[0].text) not in given_names()

    def invalidate_result(self, pattern_text: str) -> bool:
        words = pattern_text.split()
        first = words[1 if len(words) > 1 and TITLE.fullmatch(words[0]) else 0].lower()
        return first in NOT_NAMES or first.split("'")[0] in NOT_NAMES
