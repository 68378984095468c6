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


def test_select_eligible_looks_each_ticket_up_in_the_staged_snapshot(tmp_path, default_policy, record_key):
    from datetime import UTC, datetime

    import pyarrow.parquet as pq

    from training_gate.consent import snapshot_consent
    from training_gate.eligibility import select_eligible
    from training_gate.staging import Staging, write_rows
    from training_gate.tickets import TICKET_SCHEMA

    ledger = tmp_path / "ledger.csv"
    ledger.write_text("customer_id,purpose,status,recorded_at,jurisdiction,source\n"
                      "in,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web\n"
                      "out,train_ai_system,opt_in,2026-01-01T00:00:00Z,EU,web\n"
                      "out,train_ai_system,opt_out,2026-02-01T00:00:00Z,EU,web\n"
                      "mail,marketing_email,opt_in,2026-01-01T00:00:00Z,EU,web\n")
    staging = Staging(tmp_path / "staging")
    snapshot_consent([ledger], default_policy.purpose, staging)
    customers = ["in", "out", "mail", "nobody", "in", "in"] * 7
    tickets = [{**ticket(), "ticket_id": f"t{i}", "customer_id": c, "created_at": datetime(2026, 11, 21, tzinfo=UTC)}
               for i, c in enumerate(customers)]
    write_rows(staging.path("extracted.parquet"), TICKET_SCHEMA, [tickets[:10], tickets[10:]])

    stats = select_eligible(staging, default_policy, record_key)

    eligible = pq.read_table(staging.path("eligible.parquet")).to_pylist()
    assert [t["ticket_id"] for t in eligible] == [t["ticket_id"] for t in tickets if t["customer_id"] == "in"]
    assert all(c["public"] for t in eligible for c in t["comments"])
    reason_of = {"out": "consent_withdrawn", "mail": "consent_other_purpose_only", "nobody": "consent_missing"}
    drops = pq.read_table(staging.path("drops.parquet")).to_pylist()
    assert drops == [{"record_id": record_key.record_id(t["ticket_id"]), "drop_reason": reason_of[t["customer_id"]]}
                     for t in tickets if t["customer_id"] != "in"]
    assert stats == {"eligible": 21, "dropped_by_reason": {reason: 7 for reason in sorted(reason_of.values())}}
