"""A seeded export of multi-turn support tickets for the benchmarks, and a streamed one.

Conversations come from ``training_gate.sample_conversations`` (customer and agent
turns with planted names, emails, phones, references, addresses, cards ...). As in real
help desks, about half of the agent replies end with one of a few saved replies
(macros) and a signature block: the same text across thousands of tickets. Every
customer has opted in, so every ticket reaches the scrub stage (apart from the few the
sensitive-topic screen drops), and the baseline and the gate scrub the same texts.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

MACROS = [
    "If there is anything else we can help you with, simply reply to this email and it will reopen your ticket.",
    "Thank you for your patience while we looked into this. We have updated your case and you will receive "
    "a confirmation email shortly.",
    "For your security, please never share your full card number or password with anyone, including our team.",
    "You can track the status of your request at any time from the Orders page of your account.",
    "We appreciate your feedback; it helps us improve our products and service for everyone.",
    "Our support team is available Monday to Friday, 8am to 8pm, and Saturday 9am to 5pm.",
]
SIGNATURE = "\n\n--\nCustomer Care Team\nHelp Center: help.example.com | Returns: example.com/returns"


def _ticket(conversation: dict, rng: random.Random, ticket_id: str, customer_id: str) -> dict:
    comments = []
    for comment in conversation["comments"]:
        body = comment["body"]
        if comment["author_role"] == "agent" and rng.random() < 0.5:
            body = f"{body}\n\n{rng.choice(MACROS)}{SIGNATURE}"
        comments.append({**comment, "comment_id": f"{ticket_id}-{comment['comment_id']}", "body": body})
    created = conversation["created_at"]
    return {
        "ticket_id": ticket_id, "customer_id": customer_id,
        "created_at": created.isoformat(), "updated_at": created.isoformat(),
        "channel": conversation["channel"], "subject": conversation["subject"], "status": "solved",
        "tags": [rng.choice(["billing", "delivery", "refund", "product", "account"])], "legal_hold": False,
        "requester": conversation["requester"], "assignee": conversation["assignee"], "comments": comments,
    }


def _consent_line(customer_id: str) -> str:
    return f"{customer_id},train_ai_system,opt_in,2026-01-01T00:00:00Z,US,bench\n"


def write_export(landing: Path, tickets: int, seed: int, run_date: str) -> Path:
    """``tickets`` distinct generated conversations as one JSONL export, plus an all-opt-in ledger."""
    from training_gate.sample_conversations import generate_conversations

    rng = random.Random(seed)
    export_dir = landing / "tickets" / f"ds={run_date}"
    export_dir.mkdir(parents=True, exist_ok=True)
    (landing / "consent").mkdir(parents=True, exist_ok=True)
    customers = []
    with open(export_dir / "export-000.jsonl", "w", encoding="utf-8") as export:
        for number, (conversation, _) in enumerate(generate_conversations(tickets, seed)):
            ticket = _ticket(conversation, rng, f"bench_{seed}_{number:07d}", conversation["customer_id"] + f"_{number}")
            customers.append(ticket["customer_id"])
            export.write(json.dumps(ticket) + "\n")
    with open(landing / "consent" / "ledger.csv", "w", encoding="utf-8") as ledger:
        ledger.write("customer_id,purpose,status,recorded_at,jurisdiction,source\n")
        ledger.writelines(_consent_line(c) for c in customers)
    (landing / "expected.json").write_text(json.dumps({"tickets": tickets, "seed": seed}))
    return export_dir


def export_chars(export: Path) -> tuple[int, int]:
    """(tickets, characters of subjects and comment bodies) of an export file."""
    tickets = chars = 0
    with open(export, encoding="utf-8") as handle:
        for line in handle:
            ticket = json.loads(line)
            tickets += 1
            chars += len(ticket.get("subject") or "") + sum(len(c["body"]) for c in ticket["comments"])
    return tickets, chars


def stream_tickets(tickets: int, seed: int, distinct: int = 2_000) -> Iterator[dict]:
    """``tickets`` tickets generated one at a time (memory does not grow with ``tickets``):
    ``distinct`` conversations recur with new ticket and customer ids."""
    from training_gate.sample_conversations import generate_conversations

    rng = random.Random(seed)
    pool = [conversation for conversation, _ in generate_conversations(distinct, seed)]
    for number in range(tickets):
        conversation = pool[number % distinct]
        yield _ticket(conversation, rng, streamed_ticket_id(seed, number), streamed_customer_id(number))


def streamed_ticket_id(seed: int, number: int) -> str:
    return f"stream_{seed}_{number:08d}"


def streamed_customer_id(number: int) -> str:
    """One customer per streamed ticket, so the ledger grows with the export."""
    return f"cus_stream_{number:08d}"


def write_streamed_ledger(path: Path, tickets: int) -> Path:
    """The all-opt-in ledger of ``stream_tickets(tickets, ...)`` alone, without the export."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as ledger:
        ledger.write("customer_id,purpose,status,recorded_at,jurisdiction,source\n")
        ledger.writelines(_consent_line(streamed_customer_id(number)) for number in range(tickets))
    return path


def write_streamed_export(landing: Path, tickets: int, seed: int, run_date: str) -> Path:
    """A gzip JSONL export of ``stream_tickets`` and its ledger, written without holding either."""
    export_dir = landing / "tickets" / f"ds={run_date}"
    export_dir.mkdir(parents=True, exist_ok=True)
    (landing / "consent").mkdir(parents=True, exist_ok=True)
    with gzip.open(export_dir / "export-000.jsonl.gz", "wt", encoding="utf-8", compresslevel=1) as export, \
            open(landing / "consent" / "ledger.csv", "w", encoding="utf-8") as ledger:
        ledger.write("customer_id,purpose,status,recorded_at,jurisdiction,source\n")
        for ticket in stream_tickets(tickets, seed):
            export.write(json.dumps(ticket) + "\n")
            ledger.write(_consent_line(ticket["customer_id"]))
    (landing / "expected.json").write_text(json.dumps({"tickets": tickets, "seed": seed,
                                                       "written_at": datetime.now(UTC).isoformat()}))
    return export_dir
