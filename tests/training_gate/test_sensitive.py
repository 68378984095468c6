"""The sensitive-topic stage: sentence tables per category, the evaluation targets, the pipeline."""

from __future__ import annotations

import json
from collections import Counter

import pyarrow.parquet as pq
import pytest

TARGET_RECALL = 0.95
TARGET_FALSE_EXCLUSION = 0.05
MIN_EXAMPLES = 20


@pytest.fixture(scope="session")
def detector(default_policy):
    from training_gate.sensitive import SensitiveDetector

    return SensitiveDetector(default_policy.sensitive)


def categories_of(detector, text: str) -> tuple[str, ...]:
    return detector.screen_texts([("comments[0]", text)]).categories


SENSITIVE = [
    ("health", "I was diagnosed with diabetes last year and need to pause my plan."),
    ("health", "I'm pregnant and can't lift the box, please bring it inside."),
    ("health", "My husband is in hospital after a heart attack."),
    ("health", "I'm currently undergoing chemotherapy, sorry for the slow replies."),
    ("health", "I use a wheelchair and the locker is out of reach."),
    ("health", "I broke my wrist and can't type much."),
    ("children", "My son is 12 and bought games on my card."),
    ("children", "Please delete the account of my 10-year-old daughter."),
    ("children", "My toddler pressed the order button three times."),
    ("children", "My daughter, aged 9, signed up with my email."),
    ("financial_hardship", "I lost my job and can't pay the rent."),
    ("financial_hardship", "A debt collector keeps calling me about this."),
    ("financial_hardship", "We are being evicted next week."),
    ("financial_hardship", "I've filed for bankruptcy."),
    ("legal", "My lawyer will be in touch about the damage."),
    ("legal", "I filed a police report after the theft."),
    ("legal", "I'm going through a divorce and my ex still has the password."),
    ("legal", "I will take you to the small claims court."),
    ("special_categories", "As a Muslim I fast during Ramadan."),
    ("special_categories", "I'm transgender and changed my name."),
    ("special_categories", "I'm a trade union member."),
    ("special_categories", "Delete my DNA test results, I don't want my genetic data stored."),
    ("bereavement", "My mother passed away in March."),
    ("bereavement", "My father died and his subscription is still charged."),
    ("bereavement", "I'm the executor of my aunt's estate."),
    ("bereavement", "I missed the delivery because I was at my grandmother's funeral."),
    ("violence_self_harm", "My ex-partner is harassing me through this account."),
    ("violence_self_harm", "He threatened to kill me."),
    ("violence_self_harm", "I have been thinking about suicide."),
    ("violence_self_harm", "The courier assaulted me at my door."),
]

BENIGN = [
    # negations
    ("health", "I'm not pregnant, I just need a bigger size."),
    ("health", "I don't have diabetes, the sugar-free option was a gift."),
    ("legal", "No lawyer needed, I just want a refund."),
    # idioms
    ("health", "The app is dead again after the update."),
    ("violence_self_harm", "This bug is a nightmare."),
    ("violence_self_harm", "This update is killing me."),
    ("violence_self_harm", "I'd kill for a faster checkout."),
    ("health", "I'm sick of waiting for the refund."),
    ("bereavement", "My phone's battery died during checkout."),
    ("bereavement", "There is a dead pixel on the screen."),
    ("bereavement", "I passed the verification step but I'm still locked out."),
    ("financial_hardship", "I can't afford to wait another week for this."),
    ("health", "I'm dying to try the new version."),
    # products
    ("children", "I bought a kids' bike helmet in blue but got pink."),
    ("health", "I ordered sunscreen and it leaked."),
    ("children", "The baby monitor loses the wifi connection."),
    ("children", "The child lock on the washer won't release."),
    ("children", "The toy says suitable for ages 3+."),
    ("legal", "I ordered court shoes in size 6."),
    ("legal", "The police costume was missing the hat."),
    ("special_categories", "The fingerprint sensor stopped recognising my finger."),
    ("special_categories", "Is the Black Friday deal still on?"),
    ("special_categories", "My credit union card is declined."),
    ("violence_self_harm", "The knife set is missing one knife."),
    # routine payments
    ("financial_hardship", "I was charged twice for my order."),
    ("financial_hardship", "My card was declined at checkout."),
    ("financial_hardship", "I'm unable to pay with PayPal, the button does nothing."),
    ("financial_hardship", "Your late fee was applied even though I paid on time."),
    ("bereavement", "My father passed the parcel to the neighbour, in March."),
]


@pytest.mark.parametrize(("category", "text"), SENSITIVE, ids=[f"{c}-{i}" for i, (c, _) in enumerate(SENSITIVE)])
def test_sensitive_sentences_are_caught(detector, category, text):
    assert category in categories_of(detector, text), text


@pytest.mark.parametrize(("category", "text"), BENIGN, ids=[f"{c}-{i}" for i, (c, _) in enumerate(BENIGN)])
def test_confusable_benign_sentences_pass(detector, category, text):
    assert categories_of(detector, text) == (), text


def test_evidence_has_offsets_into_the_text(detector):
    text = "Hello. My mother passed away in March."
    verdict = detector.screen_texts([("comments[0]", text)])
    assert verdict.drop_reason == "sensitive:bereavement"
    assert any(text[f.start:f.end] == "passed away" for f in verdict.findings)


def test_first_category_in_policy_order_is_the_drop_reason(detector):
    verdict = detector.screen_texts([("comments[0]", "My lawyer says my father died of cancer.")])
    assert verdict.categories[0] == "health"  # policy order: health before legal and bereavement
    assert {"legal", "bereavement"} <= set(verdict.categories)


def test_a_switched_off_category_is_not_screened(tmp_path):
    from training_gate.policy import DEFAULT_POLICY_PATH, load_policy
    from training_gate.sensitive import SensitiveDetector

    policy_text = DEFAULT_POLICY_PATH.read_text().replace(
        "legal:              {enabled: true", "legal:              {enabled: false")
    (tmp_path / "policy.yaml").write_text(policy_text)
    settings = load_policy(tmp_path / "policy.yaml").sensitive
    assert "legal" not in settings.enabled_categories()
    assert settings.lexicon_path.endswith("sensitive_topics.yaml")
    verdict = SensitiveDetector(settings).screen_texts([("comments[0]", "My lawyer will call you.")])
    assert verdict.categories == ()


def test_a_policy_without_a_sensitive_section_screens_every_category(tmp_path):
    import yaml

    from training_gate.policy import DEFAULT_POLICY_PATH, SENSITIVE_CATEGORIES, load_policy

    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text())
    del raw["sensitive"]
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(raw))
    settings = load_policy(tmp_path / "policy.yaml").sensitive
    assert settings.enabled_categories() == SENSITIVE_CATEGORIES


@pytest.fixture(scope="session")
def eval_report(detector):
    from training_gate.sensitive_eval import build_eval_set, evaluate

    examples = build_eval_set()
    assert len(examples) >= 200
    assert sum(1 for e in examples if e["label"]) * 2 == len(examples)
    return evaluate(detector, examples)


def test_eval_targets_on_the_tuned_split(eval_report):
    """The targets of issue 4 on the templates the lexicon was tuned on (split dev)."""
    rows = [r for r in eval_report["rows"] if r["split"] == "dev"]
    assert len(rows) == 7
    for row in rows:
        if row["sensitive"] >= MIN_EXAMPLES:
            assert row["recall"] >= TARGET_RECALL, row
        if row["benign"] >= MIN_EXAMPLES:
            assert row["false_exclusion_rate"] <= TARGET_FALSE_EXCLUSION, row


def test_eval_held_out_split_does_not_regress(eval_report):
    """Held-out templates (split test) were not tuned on; pin a floor so a change that loses
    generality fails here, without pretending the issue's targets are met on them."""
    rows = {r["category"]: r for r in eval_report["rows"] if r["split"] == "test"}
    recall = sum(r["recall"] * r["sensitive"] for r in rows.values()) / sum(r["sensitive"] for r in rows.values())
    false_exclusion = (sum(r["false_exclusion_rate"] * r["benign"] for r in rows.values())
                       / sum(r["benign"] for r in rows.values()))
    assert recall >= HELD_OUT_RECALL_FLOOR, rows
    assert false_exclusion <= HELD_OUT_FALSE_EXCLUSION_CEILING, rows


HELD_OUT_RECALL_FLOOR = 0.85
HELD_OUT_FALSE_EXCLUSION_CEILING = 0.08


def test_sensitive_tickets_are_dropped_and_counts_add_up(published, expected, landing):
    counts = published["counts"]
    planted = Counter(r for r in expected["drop_reasons"].values() if r and r.startswith("sensitive:"))
    assert planted, "the sample data should plant sensitive tickets"
    got = {r: n for r, n in counts["dropped_by_reason"].items() if r.startswith("sensitive:")}
    assert got == dict(planted)
    assert counts["tickets_in"] == counts["published"] + counts["dropped"] + counts["quarantined"]
    assert sum(counts["excluded_by_sensitive_category"].values()) >= sum(planted.values())
    assert published["validation"]["success"]
    assert published["policy"]["sensitive_lexicon_sha256"]


def test_evidence_is_kept_in_staging_without_text(published, expected):
    from pathlib import Path

    partition = Path(published["path"])
    staging = partition.parents[1] / "_staging" / published["dataset"] / partition.name
    evidence = [json.loads(line) for line in (staging / "sensitive_evidence.jsonl").read_text().splitlines()]
    assert evidence
    assert set(evidence[0]) == {"record_id", "category", "rule", "field", "start", "end", "weight"}
    dropped = pq.read_table(staging / "sensitive_drops.parquet").to_pylist()
    assert {e["record_id"] for e in evidence} == {d["record_id"] for d in dropped}
    published_ids = {r for part in partition.glob("part-*.parquet")
                     for r in pq.read_table(part, columns=["record_id"])["record_id"].to_pylist()}
    assert not published_ids & {d["record_id"] for d in dropped}
    assert not list(partition.glob("*evidence*"))
