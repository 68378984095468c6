"""Labelled evaluation data shaped as the gate's own tickets.

Every set yields ``EvalCase`` objects: a ticket in the export shape that the scrub stage
receives (``subject`` and ``comments``), the labelled spans of each of its texts, and
the personal values whose survival counts as a leak. Sets:

- ``presidio_research``: Presidio's synthetic sentences with exact spans;
- ``tau_bench`` / ``tau_bench_holdout``: simulated retail and airline support chats,
  split by customer (user id) so the holdout's customers never appear in the dev part;
  truth is the customer records' values that occur in the public turns;
- ``generated``: the project's own conversations (``training_gate.sample_conversations``);
- ``handwritten``: hand-written tickets in many registers, held out from all rule tuning
  (``training_gate.evaluation.handwritten``).

The shared data is read from ``../shared/eval`` relative to the project root (or
``TRAINING_GATE_EVAL_DATA``), never copied into the project.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from training_gate.evaluation.matching import value_patterns

PROJECT_ROOT = Path(__file__).resolve().parents[3]
CREATED_AT = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)

# presidio-research labels -> the gate's entity types. Types mapped to None are context,
# not personal data in a support ticket (a city, a company, a job title, a nationality,
# an age, a date, a web domain, a title such as "Mr."): the harness neither rewards nor
# penalises scrubbing them, and leaves them out of retention. They are the types the
# policy leaves in (policies/default.yaml says why, per type), plus places: the policy
# removes LOCATION, but a city alone is not counted as a leak. tau-bench's city, state
# and country are context in the same way (``_tau_values``).
PRESIDIO_TYPES = {
    "PERSON": "PERSON", "STREET_ADDRESS": "STREET_ADDRESS", "ADDRESS": "STREET_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD", "PHONE_NUMBER": "PHONE_NUMBER", "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "ZIP_CODE": "ZIP_CODE", "IBAN_CODE": "IBAN_CODE", "US_SSN": "US_SSN", "IP_ADDRESS": "IP_ADDRESS",
    "US_DRIVER_LICENSE": "US_DRIVER_LICENSE",
    "GPE": None, "LOCATION": None, "ORGANIZATION": None, "TITLE": None, "NRP": None, "AGE": None,
    "DATE_TIME": None, "DOMAIN_NAME": None, "PREFIX": None,
}
CONTEXT = "CONTEXT"
TAU_HOLDOUT_SHARE = 4  # one customer in four (by a hash of the user id) is held back


@dataclass(frozen=True)
class Span:
    entity_type: str  # a gate entity type, or CONTEXT
    start: int
    end: int


@dataclass
class EvalCase:
    ticket: dict
    spans: dict[str, list[Span]] = field(default_factory=dict)  # "subject" / "comment:<i>" -> spans
    values: list[tuple[str, str]] = field(default_factory=list)  # (entity type, value) to check for leaks

    def texts(self) -> dict[str, str]:
        found = {"subject": self.ticket.get("subject") or ""}
        found.update({f"comment:{i}": c["body"] or "" for i, c in enumerate(self.ticket["comments"])})
        return found


@dataclass
class LoadedSet:
    name: str
    cases: list[EvalCase]
    notes: dict = field(default_factory=dict)


def data_root() -> Path:
    """``TRAINING_GATE_EVAL_DATA``, else the ``shared/eval`` beside the project (or beside
    one of its parent folders, for a checkout nested one level deeper)."""
    if os.environ.get("TRAINING_GATE_EVAL_DATA"):
        return Path(os.environ["TRAINING_GATE_EVAL_DATA"])
    beside = [folder / "shared" / "eval" for folder in PROJECT_ROOT.parents]
    return next((path for path in beside if path.is_dir()), beside[0])


def ticket(ticket_id: str, comments: list[tuple[str, str | None, str]], subject: str = "",
           requester: dict | None = None, assignee: dict | None = None, channel: str = "chat") -> dict:
    """An eligible ticket as the scrub stage receives it; comments are (role, author, body)."""
    return {
        "ticket_id": ticket_id, "customer_id": f"eval_{ticket_id}", "created_at": CREATED_AT,
        "channel": channel, "subject": subject, "requester": requester, "assignee": assignee,
        "comments": [
            {"comment_id": f"{ticket_id}-{i}", "author_role": role, "author_name": author, "public": True,
             "created_at": CREATED_AT.isoformat(), "body": body}
            for i, (role, author, body) in enumerate(comments)
        ],
    }


def case_from_values(ticket_: dict, values: list[tuple[str, str]]) -> EvalCase:
    """Label a ticket by finding its known personal values in its texts.

    Values that occur in no text are dropped: only what a reader could see is truth.
    Values typed ``CONTEXT`` label their spans as context and are not leak-checked.
    """
    case = EvalCase(ticket_)
    present = []
    for entity_type, value in dict.fromkeys(values):
        patterns = value_patterns(entity_type, value)
        if entity_type == CONTEXT and len(value) <= 3:  # "IN" the state, not "in" the word
            patterns = [re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")]
        hit = False
        for name, text in case.texts().items():
            for pattern in patterns:
                for match in pattern.finditer(text):
                    case.spans.setdefault(name, []).append(Span(entity_type, match.start(), match.end()))
                    hit = True
        if hit and entity_type != CONTEXT:
            present.append((entity_type, value))
    case.values = present
    return case


def presidio_research(stride: int = 1) -> LoadedSet:
    """Both presidio-research files; ``stride`` > 1 keeps every stride-th record (a fixed subset)."""
    folder = data_root() / "presidio_research"
    cases, skipped_spans, skipped_records = [], 0, 0
    for file_name in ("synth_dataset_v2.json", "generated_large.json"):
        records = json.loads((folder / file_name).read_text())
        for index, record in enumerate(records):
            if index % stride:
                continue
            text = record["full_text"]
            bad = [s for s in record["spans"] if text[s["start_position"]:s["end_position"]] != s["entity_value"]]
            if bad:  # offsets that do not match the text: the record cannot be scored
                skipped_spans += len(bad)
                skipped_records += 1
                continue
            case = EvalCase(ticket(f"{file_name.split('.')[0]}_{index}", [("customer", None, text)]))
            for span in record["spans"]:
                entity_type = PRESIDIO_TYPES.get(span["entity_type"], None)
                case.spans.setdefault("comment:0", []).append(
                    Span(entity_type or CONTEXT, span["start_position"], span["end_position"]))
                if entity_type:
                    case.values.append((entity_type, span["entity_value"]))
            cases.append(case)
    return LoadedSet("presidio_research", cases,
                     {"skipped_records": skipped_records, "skipped_spans": skipped_spans, "stride": stride})


def _tau_messages(display: str) -> Iterator[tuple[str, str]]:
    role, lines = None, []
    for line in display.split("\n"):
        head, _, rest = line.partition(": ")
        if head in ("user", "assistant", "tool") and _:
            if role:
                yield role, "\n".join(lines).strip()
            role, lines = head, [rest]
        else:
            lines.append(line)
    if role:
        yield role, "\n".join(lines).strip()


def _tau_values(user_id: str, user: dict) -> list[tuple[str, str]]:
    values = [("USERNAME", user_id), ("EMAIL_ADDRESS", user.get("email", ""))]
    people = [user.get("name", {})] + list(user.get("saved_passengers") or [])
    values += [("PERSON", p[k]) for p in people for k in ("first_name", "last_name") if p.get(k)]
    values += [("DATE_OF_BIRTH", p["dob"]) for p in [user, *(user.get("saved_passengers") or [])] if p.get("dob")]
    address = user.get("address") or {}
    values += [("STREET_ADDRESS", address[k]) for k in ("address1", "address2") if address.get(k)]
    values += [("ZIP_CODE", address["zip"])] if address.get("zip") else []
    # City, state and country are context, as GPE is in presidio_research: not counted
    # as personal data, and not counted against retention when removed.
    values += [(CONTEXT, address[k]) for k in ("city", "state", "country") if address.get(k)]
    for method_id, method in (user.get("payment_methods") or {}).items():
        values.append(("ACCOUNT_REFERENCE", method_id))
        if method.get("last_four"):
            values.append(("CREDIT_CARD", method["last_four"]))
    values += [("ACCOUNT_REFERENCE", o) for o in user.get("orders") or []]
    values += [("ACCOUNT_REFERENCE", r) for r in user.get("reservations") or []]
    return [(t, v) for t, v in values if v]


def is_tau_holdout(user_id: str) -> bool:
    return int(hashlib.sha256(user_id.encode()).hexdigest(), 16) % TAU_HOLDOUT_SHARE == 0


def tau_bench(holdout: bool = False) -> LoadedSet:
    folder = data_root() / "tau_bench"
    cases, unmatched = [], 0
    for domain, users_file, dialogues_file in (
        ("retail", "retail_users.json", "MockRetailDomainEnv-few_shot.jsonl"),
        ("airline", "airline_users.json", "MockAirlineDomainEnv-few_shot.jsonl"),
    ):
        users = json.loads((folder / users_file).read_text())
        for index, line in enumerate((folder / dialogues_file).read_text().splitlines()):
            display = json.loads(line)["messages_display"]
            user_id = next((u for u in users if u in display), None)
            if user_id is None:
                unmatched += 1
                continue
            if is_tau_holdout(user_id) != holdout:
                continue
            user = users[user_id]
            name = " ".join(filter(None, (user["name"].get("first_name"), user["name"].get("last_name"))))
            comments = [("customer" if role == "user" else "agent", name if role == "user" else None, text)
                        for role, text in _tau_messages(display)
                        if role != "tool" and text and text != "None"]
            ticket_ = ticket(f"tau_{domain}_{index}", comments, subject="Support chat",
                             requester={"name": name, "email": user.get("email"), "phone": None})
            cases.append(case_from_values(ticket_, _tau_values(user_id, user)))
    name = "tau_bench_holdout" if holdout else "tau_bench"
    return LoadedSet(name, cases, {"dialogues_without_known_user": unmatched})


def generated(tickets: int = 300, seed: int = 2026) -> LoadedSet:
    from training_gate.sample_conversations import generate_conversations

    cases = [case_from_values(t, values) for t, values in generate_conversations(tickets, seed)]
    return LoadedSet("generated", cases, {"tickets": tickets, "seed": seed})


def handwritten() -> LoadedSet:
    from training_gate.evaluation.handwritten import handwritten_tickets

    cases = [case_from_values(t, values) for t, values in handwritten_tickets()]
    return LoadedSet("handwritten", cases, {"tickets": len(cases)})


SETS = {
    "presidio_research": presidio_research,
    "tau_bench": tau_bench,
    "tau_bench_holdout": lambda: tau_bench(holdout=True),
    "generated": generated,
    "handwritten": handwritten,
}
