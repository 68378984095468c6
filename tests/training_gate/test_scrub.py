"""Scrub: personal data out, typed placeholders in, the ticket's own values found in any form."""

from collections import Counter
from datetime import UTC, datetime

import pytest

REQUESTER = {"name": "Ingrid Okafor", "email": "ingrid.okafor7@example.org", "phone": "+1 646 555 0142"}


def ticket(*bodies, subject="Where is my parcel"):
    return {
        "ticket_id": "t1", "customer_id": "c1", "created_at": datetime(2026, 11, 21, 9, tzinfo=UTC),
        "channel": "email", "subject": subject, "requester": REQUESTER,
        "assignee": {"name": "Dana Whitlock", "email": None, "phone": None},
        "comments": [{"author_role": "customer", "author_name": None, "public": True, "body": b} for b in bodies],
    }


@pytest.mark.parametrize(
    ("body", "value", "placeholder"),
    [
        ("thanks, ingrid", "ingrid", "<PERSON>"),
        ("INGRID OKAFOR here", "OKAFOR", "<PERSON>"),
        ("Okafor's parcel", "Okafor", "<PERSON>"),
        ("call me on 646.555.0142", "0142", "<PHONE_NUMBER>"),
        ("call (646) 555-0142 today", "0142", "<PHONE_NUMBER>"),
        ("mail INGRID.OKAFOR7@EXAMPLE.ORG", "EXAMPLE.ORG", "<EMAIL_ADDRESS>"),
        ("my login is ingrid.okafor7", "okafor7", "<EMAIL_ADDRESS>"),
        ("Hi Dana, any news?", "Dana", "<PERSON>"),
        ("card 4111 1111 1111 1111 was charged", "1111", "<CREDIT_CARD>"),
        ("IBAN DE89370400440532013000 please", "DE89", "<IBAN_CODE>"),
        ("order #W2378156 is late", "2378156", "<ACCOUNT_REFERENCE>"),
        ("order number is 112-4455", "4455", "<ACCOUNT_REFERENCE>"),
        ("ship to 42 Elm Street Apt 5 now", "Elm", "<STREET_ADDRESS>"),
        ("Springfield, IL 62704", "62704", "<ZIP_CODE>"),
        ("from 203.0.113.7 again", "203.0.113", "<IP_ADDRESS>"),
    ],
)
def test_value_is_replaced_by_typed_placeholder(scrubber, record_key, body, value, placeholder):
    row = scrubber.scrub_ticket(ticket(body), record_key, Counter())
    assert value not in row["text"]
    assert placeholder in row["text"]


@pytest.mark.parametrize(
    "body",
    ["The blender stopped working after 8 years.", "The payment failed twice this morning.",
     "Please refund the shipping fee for the desk lamp."],
)
def test_ordinary_sentences_keep_their_words(scrubber, record_key, body):
    row = scrubber.scrub_ticket(ticket(body), record_key, Counter())
    assert row["turns"][0]["text"] == body


def test_row_shape_counts_and_keyed_ids(scrubber, record_key):
    counts = Counter()
    row = scrubber.scrub_ticket(ticket("hi, ingrid here", subject="Refund for Ingrid Okafor"), record_key, counts)
    assert row["record_id"] == record_key.record_id("t1") != "t1"
    assert row["subject_key"] == record_key.subject_key("c1")
    assert row["subject"] == "Refund for <PERSON>"
    assert row["turns"] == [{"role": "customer", "text": "hi, <PERSON> here"}]
    assert row["text"] == "customer: hi, <PERSON> here"
    assert row["created_date"].isoformat() == "2026-11-21"
    assert counts == Counter({"PERSON": 2})
    assert row["personal_values"] == 1  # the conversation's, not the subject's


def test_counts_are_per_replaced_value_across_comments(scrubber, record_key):
    counts = Counter()
    body = "hi, ingrid here"
    row = scrubber.scrub_ticket(ticket(body, body, "call 646.555.0142", subject="Refund for Ingrid"),
                                record_key, counts)
    assert counts == Counter({"PERSON": 3, "PHONE_NUMBER": 1})
    assert row["personal_values"] == 3


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Passport 912803456 expired last week.", "US_PASSPORT"),
        ("The checking account number is 731847261 for the transfer.", "US_BANK_NUMBER"),
        ("The number 912803456 came back.", None),
        ("The value 731847261 came back from the meter.", None),
    ],
)
def test_context_words_still_lift_weak_patterns(scrubber, text, entity):
    """A nine-digit number is a passport or bank number only next to its context word
    (Presidio looks for context words among the lemmas of the words around it)."""
    assert "parser" not in scrubber.analyzer.nlp_engine.nlp["en"].pipe_names
    found = {f.entity_type for f in scrubber.analyze(text, [])}
    assert (entity in found) if entity else not found


def _reference_known_values():
    """The known-value recognizer as first written: per ticket, one alternation per entity
    compiled from all its values' patterns, and the harvesters run by themselves."""
    import regex

    from training_gate.recognizers.known_values import KnownValuesRecognizer, value_patterns

    class OneAlternation:
        def __init__(self, values):
            found = [p for patterns in values for p in patterns]
            self.compiled = regex.compile("|".join(f"(?:{p})" for p in sorted(set(found), key=len, reverse=True)),
                                          regex.IGNORECASE)

        def spans(self, text):
            return [m.span() for m in self.compiled.finditer(text)]

    class ReferenceKnownValues(KnownValuesRecognizer):
        def __init__(self, names=(), emails=(), phones=(), zips=(), references=()):
            super().__init__(names, emails, phones, zips, references)
            values = value_patterns(self.names, emails, phones, zips, references)
            self.patterns = {entity: OneAlternation(found) for entity, found in values.items() if any(found)}

    return ReferenceKnownValues


@pytest.mark.parametrize("operator", ["typed_placeholder", "numbered_placeholder"])
def test_rows_are_those_of_the_reference_known_values(default_policy, record_key, monkeypatch, operator):
    """Cached per-value patterns and the harvesters' shared findings change no scrubbed row."""
    import dataclasses

    from training_gate import scrub
    from training_gate.sample_conversations import generate_conversations

    tickets = [t for t, _ in generate_conversations(300, 19)]
    scrubber = scrub.Scrubber(dataclasses.replace(default_policy.scrub, operator=operator))
    counts = Counter()
    rows = scrubber.scrub_tickets(tickets, record_key, counts)

    reference = _reference_known_values()
    found = 0
    for ticket in tickets:  # the same findings of the ticket's known values, text by text
        ours = scrub.known_value_recognizers(ticket, scrubber.harvesters_found)[0]
        first = reference.from_ticket(ticket)
        for text in (ticket["subject"], *(c["body"] for c in ticket["comments"])):
            spans = [(r.entity_type, r.start, r.end, r.score) for r in ours.analyze(text, scrubber.entities)]
            assert spans == [(r.entity_type, r.start, r.end, r.score) for r in first.analyze(text, scrubber.entities)]
            found += len(spans)
    assert found > 1000
    monkeypatch.setattr(scrub, "known_value_recognizers",
                        lambda ticket, harvesters_found=None: [reference.from_ticket(ticket)])
    reference_counts = Counter()
    assert scrubber.scrub_tickets(tickets, record_key, reference_counts) == rows
    assert reference_counts == counts
    assert counts["PERSON"] > 300 and counts["EMAIL_ADDRESS"] > 30 and counts["PHONE_NUMBER"] > 30, counts
