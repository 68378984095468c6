"""Eligibility: exactly one drop reason per excluded ticket; internal text never travels."""

import pytest

from training_gate.eligibility import drop_reason, public_comments


def ticket(**overrides):
    base = {
        "legal_hold": False, "tags": ["billing"],
        "comments": [
            {"author_role": "customer", "public": True, "body": "my parcel is late"},
            {"author_role": "agent", "public": False, "body": "internal: caller verified"},
            {"author_role": "system", "public": True, "body": "assigned"},
            {"author_role": "agent", "public": True, "body": "on its way"},
        ],
    }
    return {**base, **overrides}


@pytest.mark.parametrize(
    ("consent", "overrides", "reason"),
    [
        ("opt_in", {}, None),
        (None, {}, "consent_missing"),
        ("opt_out", {}, "consent_withdrawn"),
        ("other_purpose_only", {}, "consent_other_purpose_only"),
        ("opt_out", {"legal_hold": True}, "consent_withdrawn"),   # first reason wins
        ("opt_in", {"legal_hold": True}, "legal_hold"),
        ("opt_in", {"tags": ["billing", "security_incident"]}, "excluded_tag"),
        ("opt_in", {"comments": [{"author_role": "customer", "public": False, "body": "x"},
                                 {"author_role": "agent", "public": True, "body": "y"}]}, "no_public_customer_text"),
        ("opt_in", {"comments": [{"author_role": "customer", "public": True, "body": "   "}]}, "no_public_customer_text"),
    ],
)
def test_drop_reason(default_policy, consent, overrides, reason):
    assert drop_reason(ticket(**overrides), consent, default_policy) == reason


def test_opt_out_model_admits_customers_without_record(default_policy):
    from dataclasses import replace

    opt_out_model = replace(default_policy, require_opt_in=False)
    assert drop_reason(ticket(), None, opt_out_model) is None
    assert drop_reason(ticket(), "opt_out", opt_out_model) == "consent_withdrawn"


def test_only_public_customer_and_agent_comments_are_kept():
    kept = public_comments(ticket())
    assert [c["body"] for c in kept] == ["my parcel is late", "on its way"]
