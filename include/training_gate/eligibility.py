"""Eligibility: decide which extracted tickets may be used, with one reason for each that may not.

A ticket is dropped, with exactly one ``drop_reason`` (the first that applies):
``consent_missing``, ``consent_other_purpose_only``, ``consent_withdrawn``,
``legal_hold``, ``excluded_tag``, ``no_public_customer_text``. Eligible tickets keep
only public customer and agent comments: internal notes and system comments never
travel further.
"""

from __future__ import annotations

from collections import Counter

from training_gate.consent import OPT_IN, OPT_OUT, OTHER_PURPOSE_ONLY, load_snapshot
from training_gate.keys import RecordKey
from training_gate.policy import Policy
from training_gate.staging import ParquetRows, Staging, read_rows, write_rows
from training_gate.tickets import DROPS_SCHEMA, ELIGIBLE_SCHEMA

PUBLIC_ROLES = frozenset({"customer", "agent"})
_CONSENT_DROP_REASON = {
    None: "consent_missing",
    OTHER_PURPOSE_ONLY: "consent_other_purpose_only",
    OPT_OUT: "consent_withdrawn",
}


def public_comments(ticket: dict) -> list[dict]:
    return [
        c for c in ticket["comments"]
        if c["public"] and c["author_role"] in PUBLIC_ROLES and c["body"].strip()
    ]


def drop_reason(ticket: dict, consent_decision: str | None, policy: Policy) -> str | None:
    """The reason this ticket may not be used, or None when it is eligible."""
    if consent_decision != OPT_IN and (policy.require_opt_in or consent_decision == OPT_OUT):
        return _CONSENT_DROP_REASON[consent_decision]
    if ticket["legal_hold"]:
        return "legal_hold"
    if policy.excluded_tags.intersection(ticket["tags"] or ()):
        return "excluded_tag"
    if not any(c["author_role"] == "customer" for c in public_comments(ticket)):
        return "no_public_customer_text"
    return None


def select_eligible(staging: Staging, policy: Policy, key: RecordKey) -> dict:
    """Write ``eligible.parquet`` and ``drops.parquet`` (record id, reason); returns counts.

    Both files are written a batch at a time, and consent is looked up a batch at a time
    in the Arrow snapshot: nothing held grows with the number of tickets.
    """
    consent = load_snapshot(staging)
    dropped: Counter[str] = Counter()
    with ParquetRows(staging.path("drops.parquet"), DROPS_SCHEMA) as drops_file:

        def eligible_batches():
            for batch in read_rows(staging.path("extracted.parquet")):
                kept, drops = [], []
                decisions = consent.decisions([ticket["customer_id"] for ticket in batch])
                for ticket, decision in zip(batch, decisions, strict=True):
                    reason = drop_reason(ticket, decision, policy)
                    if reason:
                        dropped[reason] += 1
                        drops.append({"record_id": key.record_id(ticket["ticket_id"]), "drop_reason": reason})
                    else:
                        kept.append({**ticket, "comments": public_comments(ticket)})
                drops_file.write(drops)
                yield kept

        eligible = write_rows(staging.path("eligible.parquet"), ELIGIBLE_SCHEMA, eligible_batches())
    stats = {"eligible": eligible, "dropped_by_reason": dict(sorted(dropped.items()))}
    staging.write_stats("eligibility", stats)
    return stats
