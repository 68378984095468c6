"""The scrub stage's operators, as the policy chooses them."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest

from training_gate.evaluation.cases import ticket


def _ticket():
    return ticket(
        "op-1",
        [("customer", "Priya Sharma", "Hi Dana, this is Priya. Call me on (415) 555-0134."),
         ("agent", "Dana Whitlock", "Hi priya, I will call 415.555.0134 today. Dana"),
         ("customer", "Priya Sharma", "Thanks, Priay! My friend Tomasz says hi.")],
        requester={"name": "Priya Sharma", "email": "priya.sharma@example.com", "phone": "+1 415 555 0134"},
        assignee={"name": "Dana Whitlock", "email": None, "phone": None},
    )


def _scrub(default_policy, record_key, operator, key=None):
    from training_gate.scrub import Scrubber

    scrubber = Scrubber(dataclasses.replace(default_policy.scrub, operator=operator))
    return scrubber.scrub_ticket(_ticket(), key or record_key, Counter())


def test_typed_placeholders_are_the_default(default_policy, record_key):
    assert default_policy.scrub.operator == "typed_placeholder"
    row = _scrub(default_policy, record_key, "typed_placeholder")
    assert row["turns"][0]["text"] == "Hi <PERSON>, this is <PERSON>. Call me on <PHONE_NUMBER>."


def test_numbered_placeholders_keep_one_number_per_value_across_comments(default_policy, record_key):
    row = _scrub(default_policy, record_key, "numbered_placeholder")
    first, second, third = (turn["text"] for turn in row["turns"])
    assert first == "Hi <PERSON_1>, this is <PERSON_2>. Call me on <PHONE_NUMBER_1>."
    assert second == "Hi <PERSON_2>, I will call <PHONE_NUMBER_1> today. <PERSON_1>"
    assert third.startswith("Thanks, <PERSON_2>!")  # a typo of the same name keeps its number
    assert "<PERSON_3>" in third  # a new person gets a new number


def test_keyed_pseudonyms_depend_on_value_and_key(default_policy, record_key):
    from training_gate.keys import load_record_key

    row = _scrub(default_policy, record_key, "keyed_pseudonym")
    tags = re.findall(r"<PERSON_[0-9a-f]{10}>", row["text"])
    assert len(set(tags)) == 3 and len(tags) >= 6  # Dana, Priya, Tomasz
    again = _scrub(default_policy, record_key, "keyed_pseudonym")
    assert again["text"] == row["text"]
    other = _scrub(default_policy, record_key, "keyed_pseudonym", key=load_record_key("another-key"))
    assert set(re.findall(r"<PERSON_[0-9a-f]{10}>", other["text"])).isdisjoint(tags)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w@.+-]+", text.casefold()))


def test_surrogates_replace_every_value_consistently_within_the_ticket(default_policy, record_key):
    from training_gate.keys import load_record_key
    from training_gate.residual import ResidualScreen

    row = _scrub(default_policy, record_key, "surrogate")
    first, second, third = (turn["text"] for turn in row["turns"])
    words = _words(row["text"])
    for original in ("priya", "sharma", "priay", "dana", "whitlock", "tomasz", "0134"):
        assert not any(original in word for word in words)
    assert "<" not in row["text"]  # names and phones get surrogates, not placeholders
    greeting, writer = re.match(r"Hi (\w+), this is (\w+)\. Call me on (555-01\d\d)\.", first).group(1, 2)
    phone = re.search(r"555-01\d\d", first).group()
    assert greeting != writer
    assert second == f"Hi {writer.lower()}, I will call {phone} today. {greeting}"  # same person, same surrogate
    assert third.startswith(f"Thanks, {writer}!")  # the typo of the customer's name too
    assert ResidualScreen(default_policy).reason(row) is None  # surrogates are not leaks
    assert _scrub(default_policy, record_key, "surrogate")["text"] == row["text"]  # a rerun publishes the same bytes
    other = _scrub(default_policy, record_key, "surrogate", key=load_record_key("another-key"))
    assert other["text"] != row["text"]


@pytest.mark.parametrize(
    ("entity", "value", "shape"),
    [
        ("EMAIL_ADDRESS", "priya.sharma@example.com", r"[a-z]+\.[a-z]+@[a-z]+\.invalid"),
        ("PHONE_NUMBER", "+1 415 555 0134", r"555-01\d\d"),
        ("IP_ADDRESS", "81.2.69.160", r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}"),
        ("ACCOUNT_REFERENCE", "ORD-88213-A", r"[A-Z]{3}-\d{5}-[A-Z]"),
        ("ACCOUNT_REFERENCE", "112-4456789-1234567", r"<ACCOUNT_REFERENCE>"),  # card-length digit run
        ("CREDIT_CARD", "4111 1111 1111 1111", r"<CREDIT_CARD>"),
        ("US_SSN", "078-05-1120", r"<US_SSN>"),
        ("CREDENTIAL", "hunter2!", r"<CREDENTIAL>"),
        ("PERSON", "PRIYA", r"[A-Z]+"),
    ],
)
def test_surrogate_shapes(record_key, entity, value, shape):
    from training_gate.surrogates import TicketSurrogates

    made = TicketSurrogates(record_key, "t-1").get(entity, value, value.casefold())
    assert re.fullmatch(shape, made) and made != value


def test_unknown_operator_is_refused(default_policy):
    from training_gate.scrub import Scrubber

    with pytest.raises(ValueError, match="unknown scrub operator"):
        Scrubber(dataclasses.replace(default_policy.scrub, operator="shred"))
