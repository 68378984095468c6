"""The values a ticket itself tells us about: requester and assignee name, email and
phone, comment author names. Built per ticket, not switched on by the policy: the
ticket's own known values are always removed.

Values the ticket's texts give away are known too (``harvest``): a reference, name or
ZIP code shown once with unmistakable context ("Reservation ID: KLMNOP", "#W4415320",
"Passengers: - Tariq Osei", "my zip code is 98101") is removed wherever the ticket
mentions it again, bare ("(KLMNOP and ...)", "it's 4415320", "upgrade Tariq"); and a
customer's reply right after a question about a ZIP code or an order / reservation
number is read as its answer ("It's 98109"), and a reply that opens with a name right
after a question for a name as that name ("Your last name?" "Szabo, code 8KJ2TX").

Names are matched in any case, as the whole name and as single name tokens (so
"Thanks, priya" and "Ms Sharma's order" are both found), and with one typo
("Priay", "Sharme") for tokens of five letters or more that keep their first letter.
Emails are matched with ``(at)`` spellings and spaces around the ``@``, and by their
local part alone; phones by their digits with any separators, with or without the
country code.
"""

import re
from collections.abc import Callable
from functools import cache, lru_cache

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
# A question for a name, and a reply that opens with it: "Your last name?" "Szabo, code 8KJ2TX".
_NAME_QUESTION = regex.compile(
    r"\b(?:(?:last|first|full|family|sur|given)\s?name|name\s+on\s+the\s+(?:account|booking|order|reservation|card))"
    r"\b[^.!]*\?", regex.IGNORECASE)
_NAME_ANSWER = regex.compile(
    r"^[ \t]*(?:it'?s[ \t]+)?(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})[ \t]*(?:[,.!]|$)")
_BARE_REFERENCE = regex.compile(r"(?<![\w#$]|\d\.)#?(?:[A-Z]{1,2})?\d{5,9}(?!\w|\.\d)|(?<![\w#])[A-Z0-9]{6}(?!\w)")
# Findings of the gate's recognizers that are trusted to name a value of this ticket.
_HARVESTED_PATTERNS = {
    "ReferenceNumberRecognizer": {"reference after a reference word", "capitals after a reference word",
                                  "hash and digits"},
    "GreetingNameRecognizer": {"full name after an introduction", "name after a title", "names in a passenger list",
                               "names after passenger"},
}


@cache
def harvesters() -> list:
    """The recognizers whose findings name values of the ticket (``_HARVESTED_PATTERNS``), in the order read."""
    from training_gate.recognizers.greeting_name import GreetingNameRecognizer
    from training_gate.recognizers.reference_number import ReferenceNumberRecognizer

    return [ReferenceNumberRecognizer(), GreetingNameRecognizer()]


def harvested_by(recognizer, text: str, results) -> list[tuple[str, str]]:
    """(entity, value) of a harvester's raw results in ``text`` that are trusted to name a ticket's value."""
    trusted = _HARVESTED_PATTERNS[recognizer.name]
    return [(r.entity_type, text[r.start:r.end]) for r in results
            if r.analysis_explanation and r.analysis_explanation.pattern_name in trusted]


def harvesters_find(text: str) -> list[tuple[str, str]]:
    """What the harvesters find in one text; the scrub passes these from its own run of them instead."""
    return [found for recognizer in harvesters()
            for found in harvested_by(recognizer, text, recognizer.analyze(text, recognizer.supported_entities))]


def harvest(texts: list[str], harvesters_found: Callable[[str], list] = harvesters_find) -> dict[str, list[str]]:
    """Values the ticket's texts themselves mark as personal (see the module docstring)."""
    found: dict[str, list[str]] = {"PERSON": [], "ZIP_CODE": [], "ACCOUNT_REFERENCE": []}
    for index, text in enumerate(texts):
        previous = texts[index - 1] if index else ""
        if _ZIP_TALK.search(text) or _ZIP_TALK.search(previous):
            found["ZIP_CODE"] += _ZIP.findall(text)
        if _REFERENCE_QUESTION.search(previous):
            found["ACCOUNT_REFERENCE"] += _BARE_REFERENCE.findall(text)
        if _NAME_QUESTION.search(previous):
            found["PERSON"] += _name_answer(text)
        for entity, value in harvesters_found(text):
            found[entity].append(value)
    return {entity: list(dict.fromkeys(values)) for entity, values in found.items()}


def _name_answer(text: str) -> list[str]:
    """The name a reply opens with, unless one of its words is an ordinary word ("Sure, ...")."""
    from training_gate.recognizers.given_name import NOT_NAMES

    answer = _NAME_ANSWER.match(text)
    if answer is None or any(word.lower() in NOT_NAMES for word in answer.group(1).split()):
        return []
    return [answer.group(1)]


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


def value_patterns(names, emails, phones, zips, references) -> dict[str, list[list[str]]]:
    """Each entity's known values, each value as its list of patterns."""
    return {
        "PERSON": [_name_patterns(n) for n in names],
        "EMAIL_ADDRESS": [_email_patterns(e) for e in emails if e and "@" in e],
        "PHONE_NUMBER": [_phone_patterns(ph) for ph in phones if ph],
        "ZIP_CODE": [_exact_patterns(z) for z in zips if z],
        "ACCOUNT_REFERENCE": [_exact_patterns(r) for r in references if len(r.lstrip("#")) >= 5],
    }


# Values whose patterns stay compiled (agents' names and emails, common first names recur).
COMPILED_VALUES = 8192


@lru_cache(maxsize=COMPILED_VALUES)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern:
    """One value's patterns as one alternation, each in its own group (``lastindex`` names it).

    Compiled with ``re``, which compiles these patterns three times faster than ``regex``
    and matches them the same; most values (customers' emails, phones, references) are
    new in every ticket, so the compile is paid per ticket."""
    compiled = re.compile("|".join(f"({p})" for p in patterns), re.IGNORECASE)
    if compiled.groups != len(patterns):
        raise ValueError("a known-value pattern must not capture")
    return compiled


class Alternation:
    """The matches of all of an entity's patterns as one alternation, longest pattern first,
    without compiling that alternation for every ticket.

    Same spans as ``regex.compile("|".join(patterns), IGNORECASE).finditer``: scanning on
    from the end of the last match, the next match is at the first position where any
    pattern matches, by the pattern that comes first in the alternation. Each value's
    patterns are compiled once per process (``_compiled``); per text, every value's next
    match is kept and searched again only once the scan has passed its start.
    """

    def __init__(self, values: list[list[str]]):
        found = [p for patterns in values for p in patterns]
        order = sorted(set(found), key=len, reverse=True)  # longest first: the whole email before its local part
        rank = {p: index for index, p in enumerate(order)}
        self.parts, taken = [], set()
        for patterns in values:
            own = tuple(sorted({p for p in patterns if p not in taken}, key=rank.__getitem__))
            taken.update(own)
            if own:
                self.parts.append((_compiled(own), [rank[p] for p in own]))

    def spans(self, text: str) -> list[tuple[int, int]]:
        heads = [pattern.search(text) for pattern, _ in self.parts]
        spans = []
        while True:
            best, best_key = None, None
            for (_, ranks), match in zip(self.parts, heads, strict=True):
                if match is not None:
                    key = (match.start(), ranks[match.lastindex - 1])
                    if best_key is None or key < best_key:
                        best, best_key = match, key
            if best is None:
                return spans
            spans.append(best.span())
            end = best.end()
            heads = [match if match is None or match.start() >= end else pattern.search(text, end)
                     for (pattern, _), match in zip(self.parts, heads, strict=True)]


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
        values = value_patterns(self.names, emails, phones, zips, references)
        self.patterns = {entity: Alternation(found) for entity, found in values.items() if any(found)}
        super().__init__(
            supported_entities=["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ZIP_CODE", "ACCOUNT_REFERENCE"],
            name="KnownValuesRecognizer",
        )

    @classmethod
    def from_ticket(cls, ticket: dict, harvesters_found: Callable[[str], list] = harvesters_find
                    ) -> "KnownValuesRecognizer":
        people = [p for p in (ticket.get("requester"), ticket.get("assignee")) if p]
        comments = ticket.get("comments") or []
        harvested = harvest([ticket.get("subject") or "", *(c.get("body") or "" for c in comments)], harvesters_found)
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
                results += [self._result(entity, start, end, self.SCORE) for start, end in pattern.spans(text)]
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
