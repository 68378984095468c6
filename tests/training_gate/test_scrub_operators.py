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


def test_unknown_operator_is_refused(default_policy):
    from training_gate.scrub import Scrubber

    with pytest.raises(ValueError, match="unknown scrub operator"):
        Scrubber(dataclasses.replace(default_policy.scrub, operator="shred"))
