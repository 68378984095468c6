"""The sensitive screen's shortcuts change nothing: anchored matching finds what one Matcher
finds, texts the model is not run on have no match, and ``screen_many`` (shortcuts and
remembered texts) gives the verdicts and findings of annotating every text in full."""

from __future__ import annotations

import pytest

from training_gate.sensitive import Verdict, ticket_fields
from training_gate.sensitive_anchors import Anchor, AnchorIndex, lexical_pattern, pattern_anchors

# A sentence the screen flags, repeated across tickets and fields so remembered findings
# must come back under each field's own name.
REPEATED = "My father passed away last month, please close his account."
LABELLED_STRIDE = 12  # every 12th labelled ticket (1,672 of 20,058), to keep the module fast


@pytest.fixture(scope="module")
def detector(default_policy):
    """The rules alone: the anchors are the rules' prefilter (the classifier: test_sensitive_model)."""
    from dataclasses import replace

    from training_gate.sensitive import SensitiveDetector

    return SensitiveDetector(replace(default_policy.sensitive, model=None))


@pytest.fixture(scope="module")
def tickets() -> list[list[tuple[str, str]]]:
    """Labelled tickets of the sensitive sets (generated and blind) and generated bench-like tickets."""
    from training_gate.sample_conversations import generate_conversations
    from training_gate.sensitive_eval import build_eval_set, example_fields

    labelled = [example_fields(example) for example in build_eval_set()[::LABELLED_STRIDE]]
    generated = [ticket_fields(conversation) for conversation, _ in generate_conversations(60, seed=23)]
    repeated = [[("subject", REPEATED)], [("comments[0]", "Hello"), ("comments[1]", REPEATED)],
                [("comments[2]", REPEATED), ("subject", "")]]
    return labelled + generated + repeated


@pytest.fixture(scope="module")
def annotated(detector, tickets):
    """Every text of every ticket through the full pipeline: (ticket number, field, doc)."""
    flat = [(number, name, text) for number, fields in enumerate(tickets)
            for name, text in fields if text and text.strip()]
    docs = detector.nlp.pipe((text for _, _, text in flat), batch_size=64)
    return [(number, name, doc) for (number, name, _), doc in zip(flat, docs, strict=True)]


def raw_matches(detector, doc) -> set:
    strings = detector.nlp.vocab.strings
    found = {(strings[key], start, end) for key, start, end in detector.lemma_matcher(doc)}
    found |= {(strings[key], start, end) for key, start, end in detector.lower_matcher(doc)}
    return found | detector.matcher(doc)


def test_anchored_matchers_find_what_one_matcher_finds(detector, annotated):
    from spacy.matcher import Matcher

    for anchored in (detector.matcher, detector.exclusions):
        reference = Matcher(detector.nlp.vocab)
        for key, patterns in anchored.patterns.items():
            reference.add(key, patterns)
        strings = detector.nlp.vocab.strings
        matched_docs = 0
        for _, _, doc in annotated:
            expected = {(strings[key], start, end) for key, start, end in reference(doc)}
            assert anchored(doc) == expected, doc.text[:80]
            matched_docs += bool(expected)
        assert matched_docs > 20  # the comparison is not between empty sets only


def test_texts_left_out_of_the_model_have_no_match(detector, annotated):
    left_out = 0
    for _, _, doc in annotated:
        if not detector.may_find(detector.nlp.make_doc(doc.text)):
            left_out += 1
            assert not raw_matches(detector, doc), doc.text[:80]
    assert left_out > len(annotated) // 4


def test_screen_many_gives_the_verdicts_of_the_full_pipeline(detector, tickets, annotated):
    per_ticket: list[list] = [[] for _ in tickets]
    for number, name, doc in annotated:
        per_ticket[number] += detector.findings(doc, name)
    expected = [Verdict(detector.categorize(found, dict(fields)), tuple(found))
                for found, fields in zip(per_ticket, tickets, strict=True)]
    middle = len(tickets) // 2  # two calls: the second one reuses texts the first remembered
    verdicts = detector.screen_many(tickets[:middle]) + detector.screen_many(tickets[middle:])
    assert verdicts == expected
    assert sum(bool(v.categories) for v in verdicts) > 50
    assert verdicts[-3].categories == verdicts[-2].categories == verdicts[-1].categories == ("bereavement",)
    assert [f.field for f in verdicts[-3].findings] == ["subject"] * len(verdicts[-3].findings)
    assert [f.field for f in verdicts[-2].findings] == ["comments[1]"] * len(verdicts[-3].findings)
    assert [f.field for f in verdicts[-1].findings] == ["comments[2]"] * len(verdicts[-3].findings)


def test_anchors_are_the_required_word_tokens():
    pattern = [{"LOWER": {"IN": ["my", "our"]}}, {"ORTH": "'s", "OP": "?"}, {"LEMMA": "op", "OP": "+"},
               {"LIKE_NUM": True}, {"TEXT": {"REGEX": "^x"}}]
    anchors = pattern_anchors(pattern)
    assert [(a.attr, a.words) for a in anchors[:2]] == [("LOWER", frozenset({"my", "our"})),
                                                        ("LEMMA", frozenset({"op"}))]
    assert anchors[2].attr == "ORTH" and anchors[2].regex.pattern == "^x"
    lexical = lexical_pattern([{"LEMMA": {"IN": ["op"]}, "POS": "NOUN", "LOWER": "ops", "OP": "?"}])
    assert lexical == [{"LOWER": "ops", "OP": "?",
                        "_": {"training_gate_possible_lemmas": {"INTERSECTS": ["op"]}}}]


def test_anchor_index_needs_every_anchor():
    from spacy.vocab import Vocab

    index = AnchorIndex(Vocab())
    index.add((Anchor("LOWER", frozenset({"my"})), Anchor("LEMMA", frozenset({"surgery", "op"}))))
    index.add((Anchor("LOWER", regex=__import__("re").compile(r"^\d+yo$")),))
    assert index.met({"LOWER": {"my", "knee"}, "LEMMA": {"op"}, "ORTH": set()}) == [0]
    assert index.met({"LOWER": {"my", "knee"}, "LEMMA": {"knee"}, "ORTH": set()}) == []
    assert index.met({"LOWER": {"10yo"}, "LEMMA": set(), "ORTH": set()}) == [1]


def test_lemma_bound_holds_the_pipeline_lemmas(detector, annotated):
    for _, _, doc in annotated[:400]:
        for token in doc:
            assert token.lemma_ in detector.lemma_bound(token.lower_), (token.lower_, token.pos_)
