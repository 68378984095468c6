"""The values a ticket itself tells us about: requester and assignee name, email and
phone, comment author names. Built per ticket, not switched on by the policy: the
ticket's own known values are always removed.

Values the ticket's texts give away are known too (``harvest``): a reference, name or
ZIP code shown once with unmistakable context ("Reservation ID: KLMNOP", "#W4415320",
"Passengers: - Tariq Osei", "my zip code is 98101") is removed wherever the ticket
mentions it again, bare ("(KLMNOP and ...)", "it's 4415320", "upgrade Tariq"); and a
customer's reply right after a question about a ZIP code or an order / reservation
number is read as its answer ("It's 98109").

Names are matched in any case, as the whole name and as single name tokens (so
"Thanks, priya" and "Ms Sharma's order" are both found), and with one typo
("Priay", "Sharme") for tokens of five letters or more that keep their first letter.
Emails are matched with ``(at)`` spellings and spaces around the ``@``, and by their
local part alone; phones by their digits with any separators, with or without the
country code.
"""

from functools import cache

import regex
from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult

# Short common words never treated as a known name token ("Will", "May", "Rose" stay
# whole-name matches only), so one customer's name does not shred every sentence.
COMMON_WORDS = frozenset(
    """a an and are as at be but by can do for from go he her his i if in is it may me
    mr mrs ms my no not of on or our she so the to up us we will you june april rose
    mark bill art faith hope joy grace dr miss sir""".split()
)
FUZZY_MIN_LENGTH = 5
_WORD = regex.compile(r"(?<!\w)[^\W\d_]{4,}(?!\w)")


def name_tokens(name: str) -> list[str]:
    return [t for t in regex.split(r"[\s,]+", name.strip()) if t]


def _name_patterns(name: str) -> list[str]:
    tokens = name_tokens(name)
    patterns = [r"[\s,.]+".join(regex.escape(t) for t in tokens)] if len(tokens) > 1 else []
    patterns += [regex.escape(t) for t in tokens if len(t) > 1 and t.lower() not in COMMON_WORDS]
    return [rf"(?<!\w){p}(?!\w)" for p in patterns]


def _phone_patterns(phone: str) -> list[str]:
    digits = regex.sub(r"\D", "", phone)
    if len(digits) < 7:
        return []
    variants = {digits, digits[-10:]} if len(digits) > 10 else {digits}
    return [r"(?<!\d)" + r"[\s().+/-]{0,3}".join(v) + r"(?!\d)" for v in variants]


def _email_patterns(email: str) -> list[str]:
    email = email.strip()
    local, _, domain = email.partition("@")
    patterns = [
        regex.escape(local) + r"\s*(?:@|\(at\)|\[at\]|\sat\s)\s*"
        + r"\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*".join(regex.escape(part) for part in domain.split("."))
    ]
    if len(local) >= 4:
        patterns.append(rf"(?<![\w.]){regex.escape(local)}(?![\w])")
    return patterns


def _exact_patterns(value: str) -> list[str]:
    """A reference or code as a whole token, with or without its ``#``; its digits alone when it has a prefix."""
    core = value.lstrip("#")
    patterns = [rf"(?<![\w#])#?{regex.escape(core)}(?!\w)"]
    digits = regex.sub(r"^[A-Za-z]{1,2}", "", core)
    if digits != core and digits.isdigit() and len(digits) >= 5:
        patterns.append(rf"(?<![\w#]){digits}(?!\w)")
    return patterns


_ZIP_TALK = regex.compile(r"\b(?:zip|postal|post)\s?codes?\b|\bpostcodes?\b", regex.IGNORECASE)
_ZIP = regex.compile(r"(?<![\d-])\d{5}(?:-\d{4})?(?![\d-])")
_REFERENCE_QUESTION = regex.compile(
    r"\b(?:order|reservation|booking|confirmation)\s*(?:id|number|no\.?|code|#)[^.!]*\?", regex.IGNORECASE)
_BARE_REFERENCE = regex.compile(r"(?<![\w#$]|\d\.)#?(?:[A-Z]{1,2})?\d{5,9}(?!\w|\.\d)|(?<![\w#])[A-Z0-9]{6}(?!\w)")
# Findings of the gate's recognizers that are trusted to name a value of this ticket.
_HARVESTED_PATTERNS = {
    "ReferenceNumberRecognizer": {"reference after a reference word", "capitals after a reference word",
                                  "hash and digits"},
    "GreetingNameRecognizer": {"full name after an introduction", "name after a title", "names in a passenger list",
                               "names after passenger"},
}


@cache
def _harvesters() -> list:
    from training_gate.recognizers.greeting_name import GreetingNameRecognizer
    from training_gate.recognizers.reference_number import ReferenceNumberRecognizer

    return [ReferenceNumberRecognizer(), GreetingNameRecognizer()]


def harvest(texts: list[str]) -> dict[str, list[str]]:
    """Values the ticket's texts themselves mark as personal (see the module docstring)."""
    found: dict[str, list[str]] = {"PERSON": [], "ZIP_CODE": [], "ACCOUNT_REFERENCE": []}
    for index, text in enumerate(texts):
        previous = texts[index - 1] if index else ""
        if _ZIP_TALK.search(text) or _ZIP_TALK.search(previous):
            found["ZIP_CODE"] += _ZIP.findall(text)
        if _REFERENCE_QUESTION.search(previous):
            found["ACCOUNT_REFERENCE"] += _BARE_REFERENCE.findall(text)
        for recognizer in _harvesters():
            for result in recognizer.analyze(text, recognizer.supported_entities):
                explanation = result.analysis_explanation
                if explanation and explanation.pattern_name in _HARVESTED_PATTERNS[recognizer.name]:
                    found[result.entity_type].append(text[result.start:result.end])
    return {entity: list(dict.fromkeys(values)) for entity, values in found.items()}


def _within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion, deletion or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = sorted((a, b), key=len)
    index = next((i for i in range(len(shorter)) if shorter[i] != longer[i]), len(shorter))
    return shorter[index:] == longer[index + 1:]


class KnownValuesRecognizer(LocalRecognizer):
    """Finds one ticket's known people, emails and phones in its texts."""

    SCORE = EntityRecognizer.MAX_SCORE
    FUZZY_SCORE = 0.7

    def __init__(self, names=(), emails=(), phones=(), zips=(), references=()):
        self.names = [n for n in dict.fromkeys(names) if n and n.strip()]
        self.fuzzy_tokens = sorted({
            t.lower() for n in self.names for t in name_tokens(n)
            if len(t) >= FUZZY_MIN_LENGTH and t.isalpha()
        })
        compiled = {
            "PERSON": [p for n in self.names for p in _name_patterns(n)],
            "EMAIL_ADDRESS": [p for e in emails if e and "@" in e for p in _email_patterns(e)],
            "PHONE_NUMBER": [p for ph in phones if ph for p in _phone_patterns(ph)],
            "ZIP_CODE": [p for z in zips if z for p in _exact_patterns(z)],
            "ACCOUNT_REFERENCE": [p for r in references if len(r.lstrip("#")) >= 5 for p in _exact_patterns(r)],
        }
        self.patterns = {
            entity: regex.compile(  # longest first: the whole email before its local part
                "|".join(f"(?:{p})" for p in sorted(set(found), key=len, reverse=True)), regex.IGNORECASE)
            for entity, found in compiled.items()
            if found
        }
        super().__init__(
            supported_entities=["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ZIP_CODE", "ACCOUNT_REFERENCE"],
            name="KnownValuesRecognizer",
        )

    @classmethod
    def from_ticket(cls, ticket: dict) -> "KnownValuesRecognizer":
        people = [p for p in (ticket.get("requester"), ticket.get("assignee")) if p]
        comments = ticket.get("comments") or []
        harvested = harvest([ticket.get("subject") or "", *(c.get("body") or "" for c in comments)])
        return cls(
            names=[p.get("name") for p in people] + [c.get("author_name") for c in comments] + harvested["PERSON"],
            emails=[p.get("email") for p in people],
            phones=[p.get("phone") for p in people],
            zips=harvested["ZIP_CODE"],
            references=harvested["ACCOUNT_REFERENCE"],
        )

    def canonical_name(self, value: str) -> str | None:
        """The known full name that ``value`` (a whole name, one token or a typo of one) refers to."""
        folded = " ".join(name_tokens(value.casefold()))
        for name in self.names:
            tokens = [t.casefold() for t in name_tokens(name)]
            if folded == " ".join(tokens) or any(
                folded == t or (len(t) >= FUZZY_MIN_LENGTH and folded[:1] == t[:1] and _within_one_edit(folded, t))
                for t in tokens
            ):
                return name
        return None

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for entity, pattern in self.patterns.items():
            if entity in entities:
                results += [self._result(entity, m.start(), m.end(), self.SCORE) for m in pattern.finditer(text)]
        if "PERSON" in entities and self.fuzzy_tokens:
            for match in _WORD.finditer(text):
                word = match.group().lower()
                if word not in COMMON_WORDS and any(
                    word[0] == token[0] and word != token and _within_one_edit(word, token)
                    for token in self.fuzzy_tokens
                ):
                    results.append(self._result("PERSON", match.start(), match.end(), self.FUZZY_SCORE))
        return results

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity, start=start, end=end, score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
