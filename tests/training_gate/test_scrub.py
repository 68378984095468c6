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


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("one paragraph\nwith a line break", [(0, "one paragraph\nwith a line break")]),
        ("It arrived broken again.\n\nThe courier left it outside.",
         [(0, "It arrived broken again."), (26, "The courier left it outside.")]),
        ("Is it coming this week?  \n \t\n\n  --\nSupport\n\n",
         [(0, "Is it coming this week?  "), (32, "--\nSupport\n\n")]),
        ("Two lines here.\nThen I said \"no way!\"\n\nnext", [(0, 'Two lines here.\nThen I said "no way!"'), (39, "next")]),
        # kept whole: what follows a greeting, a label, a short line or an address may depend on it
        ("Hi Priya,\n\nThanks for waiting.", [(0, "Hi Priya,\n\nThanks for waiting.")]),
        ("Delivery address:\n\n12 Elm Street\nSpringfield\n\nIL 62704",
         [(0, "Delivery address:\n\n12 Elm Street\nSpringfield\n\nIL 62704")]),
        ("Thanks!\n\n- Dana", [(0, "Thanks!\n\n- Dana")]),
        ("", []),
    ],
)
def test_paragraphs_keep_their_offsets(text, pieces):
    from training_gate.scrub import paragraphs

    assert paragraphs(text) == pieces
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)


def test_a_saved_reply_is_read_once_and_scrubbed_in_place(default_policy, record_key):
    """A macro appended to different messages is one cached paragraph; its findings land
    at its offset in each message, and the messages' own findings stay where they are."""
    from training_gate.scrub import Scrubber

    macro = "Our billing desk is at (212) 555-0199 on weekdays."
    first = f"Call me on 646.555.0142 please.\n\n{macro}"
    second = f"My parcel never came.\n\n{macro}\n\nThanks"
    scrubber = Scrubber(default_policy.scrub)
    scrubber._shared.clear()
    row = scrubber.scrub_ticket(ticket(first, second, subject="Parcel"), record_key, Counter())
    assert set(scrubber._shared) == {"Call me on 646.555.0142 please.", macro, "My parcel never came.", "Thanks",
                                     "Parcel"}
    reply = "Our billing desk is at <PHONE_NUMBER> on weekdays."
    assert [turn["text"] for turn in row["turns"]] == [
        f"Call me on <PHONE_NUMBER> please.\n\n{reply}", f"My parcel never came.\n\n{reply}\n\nThanks"]


def test_recognizers_skipped_by_a_precondition_find_nothing_without_it(scrubber):
    """Every text in which a skippable recognizer finds something meets its precondition."""
    from training_gate.sample_conversations import generate_conversations
    from training_gate.scrub import PRECONDITIONS

    texts = [c["body"] for t, _ in generate_conversations(60, 23) for c in t["comments"]]
    texts += ["see www.example.co.uk/a?b=1", "HTTPS://shop.example.com", "mail me at x1.Example.ORG", "'a.io'",
              "ssn 078-05-1120", "IBAN GB82WEST12345698765432", "call +44 20 7946 0958",
              "ship it to Austin, TX 78701", "DOB: 03/26/1955", "card ending in 4242", "my card is 4111 1111 1111 1111",
              "license D1234567", "(415) 555-0134 mobile"]
    skippable = [r for r in scrubber.recognizers if type(r).__name__ in PRECONDITIONS]
    assert {type(r).__name__ for r in skippable} == set(PRECONDITIONS)
    found = Counter()
    for recognizer in skippable:
        precondition = PRECONDITIONS[type(recognizer).__name__]
        for text in texts:
            if recognizer.analyze(text=text, entities=scrubber.entities, nlp_artifacts=None):
                found[type(recognizer).__name__] += 1
                assert precondition.search(text), (type(recognizer).__name__, texts.index(text))
    assert found["UrlRecognizer"] >= 4 and found["PhoneRecognizer"] >= 1 and found["IbanRecognizer"] >= 1, found
    for name in ("ZipCodeRecognizer", "DateOfBirthRecognizer", "CardLastDigitsRecognizer", "CardNumberRecognizer",
                 "UsLicenseRecognizer", "PhoneNumberRecognizer"):
        assert found[name] >= 1, (name, found)


def test_phone_regions_without_canada_find_what_presidio_defaults_find(scrubber):
    """Canada shares the North American numbering plan with the US: dropping its pass loses no number."""
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from training_gate.sample_conversations import generate_conversations

    texts = ["call me at (416) 555-0134", "my cell is 604 555 0199", "+1 514 555 0100 any time",
             "office 867-555-0123", "fax 1-902-555-0147", "ring 020 7946 0958 or +49 30 901820"]
    texts += [c["body"] for t, _ in generate_conversations(40, 5) for c in t["comments"]]
    gate = next(r for r in scrubber.recognizers if type(r) is PhoneRecognizer)
    assert "CA" not in gate.supported_regions
    presidio = PhoneRecognizer()
    found = 0
    for text in texts:
        spans = sorted((r.start, r.end) for r in gate.analyze(text, ["PHONE_NUMBER"]))
        assert spans == sorted((r.start, r.end) for r in presidio.analyze(text, ["PHONE_NUMBER"])), texts.index(text)
        found += len(spans)
    assert found >= 6
