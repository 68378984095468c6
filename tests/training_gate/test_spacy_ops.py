"""spaCy tuning: the lookup attribute ruler annotates exactly as spaCy's own component."""

from __future__ import annotations

import pytest

# Texts that reach the ruler's rarer rules: several-token patterns, REGEX and IN
# patterns, exceptions by word and tag, whitespace tokens, dependency-based rules.
RULE_TEXTS = [
    "I'm gonna call y'all back, we gotta fix it. Let's go!",
    "Nothin' works, I was doin' fine till somethin' broke. 'em boxes, 'nuff said, c'mon.",
    "It gets worse: it got lost. You shall see, I won't wait. There is a refund and there were two.",
    "Do you have it? I did have it. Does he do this? It's the one that I bought, which was late.",
    "Hello   there\n\n\n  It was sent to me.  Thanks\t\tagain  \n",
    "Give it to me, I want you to send it. That is what this is. Ain't nobody got time.",
]


def _texts() -> list[str]:
    from training_gate.evaluation import cases
    from training_gate.sample_conversations import generate_conversations

    texts = list(RULE_TEXTS)
    for ticket, _ in generate_conversations(60, 7):
        texts += [ticket["subject"], *(c["body"] for c in ticket["comments"])]
    if (cases.data_root() / "tau_bench").is_dir():  # public eval dialogues, where present
        for case in cases.tau_bench().cases[:12]:
            texts += [c["body"] for c in case.ticket["comments"]]
    return texts


def _annotations(docs) -> list[list[tuple]]:
    return [[(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in docs]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


@pytest.mark.filterwarnings("ignore:.*W108")
@pytest.mark.parametrize("disable", [(), ("parser",)], ids=["with-parser", "scrub-pipes"])
def test_lookup_attribute_ruler_annotates_as_spacy(default_policy, texts, disable):
    import spacy

    from training_gate.spacy_ops import use_lookup_attribute_ruler

    stock = spacy.load(default_policy.scrub.spacy_model, disable=list(disable))
    lookup = spacy.load(default_policy.scrub.spacy_model, disable=list(disable))
    use_lookup_attribute_ruler(lookup)
    ruler = lookup.get_pipe("attribute_ruler")
    assert type(ruler).__name__ == "LookupAttributeRuler"
    assert lookup.pipe_names == stock.pipe_names
    assert ruler.patterns == stock.get_pipe("attribute_ruler").patterns

    expected = _annotations(stock.pipe(texts))
    assert len(texts) > 300
    assert _annotations(lookup.pipe(texts)) == expected
    with stock.select_pipes(disable=["attribute_ruler"]):  # the rules do change these texts
        assert _annotations(stock.pipe(texts)) != expected
