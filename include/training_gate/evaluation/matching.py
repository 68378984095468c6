"""How the harness finds a known personal value in a text, before and after scrubbing.

A value "survives" when it is still in the text verbatim or trivially reformatted:
other letter case, other separators between its digits ("415 555 0134" for
"(415) 555-0134"), other punctuation between its parts. A person's name survives when
any of its name tokens does ("Thanks, priya" leaks "Priya Sharma").
"""

from __future__ import annotations

import re
from functools import cache

_PART = re.compile(r"[^\W_]+")
_DIGIT_SEPARATOR = r"[\s.()/+-]{0,2}"
_PART_SEPARATOR = r"[\W_]{0,3}"
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mx"})
MIN_DIGITS_TO_REFORMAT = 5
TOKEN = re.compile(r"[^\W_]+")


def _part_regex(part: str, loose_digits: bool) -> str:
    runs = re.findall(r"\d+|\D+", part)
    return _DIGIT_SEPARATOR.join(
        _DIGIT_SEPARATOR.join(run) if run.isdigit() and loose_digits else re.escape(run) for run in runs
    )


@cache
def _value_regex(value: str) -> re.Pattern | None:
    parts = _PART.findall(value)
    if not parts:
        return None
    # Short numbers ("#35", "Apt 4") are matched as written: "3-5 days" is not apartment 35.
    loose_digits = sum(c.isdigit() for c in value) >= MIN_DIGITS_TO_REFORMAT
    body = _PART_SEPARATOR.join(_part_regex(p, loose_digits) for p in parts)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


def value_patterns(entity_type: str, value: str) -> list[re.Pattern]:
    """The patterns any one of which, found in a text, means ``value`` is there."""
    if entity_type == "PERSON":
        tokens = [t for t in _PART.findall(value) if len(t) > 1 and t.lower() not in TITLES]
        candidates = tokens or [value]
    else:
        candidates = [value]
        digits = re.sub(r"\D", "", value)
        if entity_type == "PHONE_NUMBER" and len(digits) > 10:
            candidates.append(digits[-10:])
    return [p for p in map(_value_regex, candidates) if p is not None]
