"""Generated sample exports and consent ledger, with planted values tests can search for.

Everything here is synthetic: names come from short fixed lists, phone numbers from
the 555-01xx fictional range, emails from reserved example domains, card numbers and
IBANs are made to pass their checksums. The generator also writes ``expected.json``:
for every ticket, the drop reason the gate should give it (or none), decided from the
scenario the generator planted, and every planted personal value by type.

A small share of tickets also get a sentence that reveals a sensitive topic (see
``SENSITIVE_SENTENCES``); their expected reason is ``sensitive:<category>`` unless an
earlier stage drops them first. Those choices come from a second random stream, so the
rest of the generated data is the same with or without them.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

FIRST_NAMES = """Priya Liam Sofia Mateo Aisha Noah Chen Olivia Kwame Elena Yusuf Hannah Ravi
Ingrid Tomasz Mei Diego Amara Lukas Fatima Oscar Zara Hiroshi Leila Marcus Nadia Felix Imani
Arjun Beatriz Jonas Keiko Samuel Anya Rafael Greta Tariq Camille Viktor Lucia""".split()
LAST_NAMES = """Sharma Okafor Lindqvist Moreau Castillo Nakamura Haddad Kowalski Brennan
Fernandes Adeyemi Novak Petrov Whitfield Osei Rahman Delgado Lindgren Takahashi Mensah
Karlsson Romero Bianchi Eriksen Abernathy Kaur Dubois Vasquez Holloway Szabo""".split()
STREETS = "Maple Birchwood Harbor Juniper Willow Cedar Lakeview Orchard Summit Chestnut".split()
SUFFIXES = "Street Avenue Road Lane Drive Court Boulevard".split()
CITIES = [("Springfield", "IL"), ("Riverton", "WY"), ("Fairview", "OR"), ("Madison", "WI"),
          ("Georgetown", "TX"), ("Franklin", "TN"), ("Clinton", "NY"), ("Salem", "MA")]
PRODUCTS = ["wireless headphones", "coffee grinder", "standing desk", "running shoes",
            "smart thermostat", "backpack", "blender", "desk lamp", "yoga mat", "router"]
CHANNELS = ["email", "chat", "web", "phone"]
AGENTS = [("Dana", "Whitlock"), ("Marco", "Ferreira"), ("Sunita", "Rao"), ("Erik", "Lund")]

CONSENT_SCENARIOS = [  # (scenario, weight, expected drop reason)
    ("opt_in", 60, None),
    ("withdrawn", 9, "consent_withdrawn"),
    ("re_granted", 7, None),
    ("opt_out_only", 5, "consent_withdrawn"),
    ("no_record", 10, "consent_missing"),
    ("other_purpose_only", 9, "consent_other_purpose_only"),
]
PURPOSE = "train_ai_system"
SENSITIVE_SHARE = 0.06
SENSITIVE_SENTENCES = {  # category -> sentences the sensitive-topic stage must catch
    "health": ["I was diagnosed with diabetes last month, so I missed the return window.",
               "I'm just back from hospital after my heart surgery."],
    "children": ["My daughter is 11 and she made this purchase without asking me.",
                 "The account is used by my 9-year-old son."],
    "financial_hardship": ["I lost my job and can't pay the rent this month.",
                           "A debt collector has been calling me about this account."],
    "legal": ["My lawyer says I should get this in writing.",
              "I filed a police report about the missing parcel."],
    "special_categories": ["As a Muslim I fast during Ramadan, so please deliver after sunset.",
                           "I'm transgender and need my old name removed from my orders."],
    "bereavement": ["My father passed away in March and this was his order.",
                    "I missed the delivery because I was at my mother's funeral."],
    "violence_self_harm": ["My ex-partner is harassing me through this account.",
                           "I'm staying at a women's shelter, please don't send anything to my old address."],
}


def luhn_complete(digits: str) -> str:
    total = 0
    for index, char in enumerate(reversed(digits + "0")):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return digits + str((10 - total % 10) % 10)


def iban_de(bank: str, account: str) -> str:
    bban = bank + account
    numeric = int(bban + "1314" + "00")  # D=13, E=14
    return f"DE{98 - numeric % 97:02d}{bban}"


@dataclass
class Customer:
    customer_id: str
    first: str
    last: str
    email: str
    phone: str
    street: str
    city: str
    state: str
    zip_code: str
    scenario: str
    planted: dict[str, list[str]] = field(default_factory=dict)


def _phone_formats(rng: random.Random, area: str, line: str) -> str:
    digits = f"{area}555{line}"
    return rng.choice([
        f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"+1 {area} 555 {line}",
        f"+1-{area}-555-{line}", digits, f"{area} 555 {line}",
    ])


def make_customer(rng: random.Random, number: int) -> Customer:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    city, state = rng.choice(CITIES)
    area, line = str(rng.randint(201, 989)), f"01{rng.randint(0, 99):02d}"
    scenario = rng.choices([s for s, _, _ in CONSENT_SCENARIOS], [w for _, w, _ in CONSENT_SCENARIOS])[0]
    return Customer(
        customer_id=f"cus_{number:06d}",
        first=first, last=last,
        email=f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{rng.choice(['example.com', 'example.org', 'mail.example.net'])}",
        phone=f"+1 {area} 555 {line}",
        street=f"{rng.randint(10, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}",
        city=city, state=state, zip_code=f"{rng.randint(10001, 99950):05d}", scenario=scenario,
    )


def consent_events(rng: random.Random, customer: Customer, before: datetime) -> list[dict]:
    def event(status: str, days_ago: int, purpose: str = PURPOSE) -> dict:
        at = before - timedelta(days=days_ago, minutes=rng.randint(0, 600))
        return {"customer_id": customer.customer_id, "purpose": purpose, "status": status,
                "recorded_at": at.isoformat().replace("+00:00", "Z"),
                "jurisdiction": rng.choice(["EU", "US-CA", "UK"]), "source": rng.choice(["web", "app", "support"])}

    plans = {
        "opt_in": [("opt_in", 300)],
        "withdrawn": [("opt_in", 400), ("opt_out", 5)],  # withdrawal after the tickets were written
        "re_granted": [("opt_in", 500), ("opt_out", 200), ("opt_in", 20)],
        "opt_out_only": [("opt_out", 100)],
        "no_record": [],
        "other_purpose_only": [],
    }
    events = [event(status, days) for status, days in plans[customer.scenario]]
    if customer.scenario == "other_purpose_only":
        events.append(event("opt_in", 100, purpose="marketing_email"))
    return events


class _Writer:
    """Builds ticket texts while recording every personal value it plants."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.planted: dict[str, set[str]] = {}

    def plant(self, kind: str, value: str) -> str:
        self.planted.setdefault(kind, set()).add(value)
        return value

    def customer_message(self, customer: Customer, agent_first: str) -> str:
        rng, p = self.rng, self.plant
        order = p("ORDER_ID", f"{rng.choice(['#W', '#', 'ORD-'])}{rng.randint(1000000, 9999999)}")
        product = rng.choice(PRODUCTS)
        phone = p("PHONE_NUMBER", _phone_formats(rng, customer.phone.split()[1], customer.phone.split()[3]))
        parts = [
            rng.choice([f"Hi {p('PERSON', agent_first)},", "Hello,", f"Hey {p('PERSON', agent_first.lower())}!", "Hi there,"]),
            rng.choice([
                f"my order {order} for the {product} has not arrived.",
                f"I was charged twice for order {order} ({product}).",
                f"the {product} from order number {order} stopped working after a week.",
            ]),
            rng.choice([
                f"It should go to {p('STREET_ADDRESS', customer.street)}, {customer.city}, {customer.state} {p('ZIP_CODE', customer.zip_code)}.",
                f"You can reach me at {phone} or {p('EMAIL_ADDRESS', customer.email)}.",
                f"Please call me on {phone}.",
                f"My email is {p('EMAIL_ADDRESS', customer.email.upper())} if you need it.",
            ]),
        ]
        if rng.random() < 0.3:
            number = luhn_complete("4" + "".join(rng.choices("0123456789", k=14)))
            card = p("CREDIT_CARD", " ".join(number[i:i + 4] for i in range(0, 16, 4)))
            parts.append(f"The card I used was {card}.")
        if rng.random() < 0.15:
            iban = p("IBAN_CODE", iban_de(f"{rng.randint(10000000, 99999999)}", f"{rng.randint(10**9, 10**10 - 1)}"))
            parts.append(f"Refund to my IBAN {iban} please.")
        if rng.random() < 0.1:
            parts.append(f"I'm connecting from {p('IP_ADDRESS', f'203.0.113.{rng.randint(1, 254)}')}.")
        sign = rng.choice([f"Thanks, {customer.first}", f"Best regards,\n{customer.first} {customer.last}",
                           f"thanks, {customer.first.lower()}", f"- {customer.first}"])
        for token in sign.replace(",", " ").split():
            if token.lower() in {customer.first.lower(), customer.last.lower()}:
                self.plant("PERSON", token)
        parts.append(sign)
        return " ".join(parts)

    def agent_message(self, customer: Customer, agent: tuple[str, str]) -> str:
        rng, p = self.rng, self.plant
        greeting = rng.choice([f"Hi {p('PERSON', customer.first)},", f"Dear {p('PERSON', customer.first)} {p('PERSON', customer.last)},", "Hello,"])
        body = rng.choice([
            "I'm sorry for the trouble. I have issued a replacement and it ships tomorrow.",
            "Thanks for your patience. The duplicate charge has been refunded and should show in 3-5 business days.",
            "I checked with the warehouse: the parcel was delayed by the carrier and will arrive this week.",
        ])
        return f"{greeting} {body} Kind regards, {p('PERSON', agent[0])} {p('PERSON', agent[1])}"


def generate(out_dir: str | Path, tickets: int, seed: int, run_date: str = "2026-11-21",
             malformed_share: float = 0.02, duplicate_share: float = 0.02,
             sensitive_share: float = SENSITIVE_SHARE) -> dict:
    """Write ``tickets/ds=<run_date>/`` exports, ``consent/ledger.csv`` and ``expected.json``."""
    rng = random.Random(seed)
    sensitive_rng = random.Random(f"{seed}-sensitive")  # leaves the main stream untouched
    out_dir = Path(out_dir)
    day = date.fromisoformat(run_date)
    start = datetime.combine(day, time(0, 0), tzinfo=UTC)
    customers = [make_customer(rng, n) for n in range(max(3, tickets // 3))]
    writer = _Writer(rng)
    expected: dict[str, str | None] = {}
    lines: list[str] = []
    for number in range(tickets):
        customer = rng.choice(customers)
        agent = rng.choice(AGENTS)
        ticket_id = f"tkt_{day:%Y%m%d}_{number:07d}"
        created = start + timedelta(seconds=rng.randint(0, 86_399))
        reason = dict((s, r) for s, _, r in CONSENT_SCENARIOS)[customer.scenario]
        legal_hold = rng.random() < 0.03
        tags = rng.sample(["billing", "delivery", "refund", "product", "account"], k=2)
        if rng.random() < 0.03:
            tags.append("security_incident")
        comments = [
            {"comment_id": f"{ticket_id}-1", "author_role": "customer", "author_name": f"{customer.first} {customer.last}",
             "public": True, "created_at": created.isoformat(), "body": writer.customer_message(customer, agent[0])},
            {"comment_id": f"{ticket_id}-2", "author_role": "agent", "author_name": f"{agent[0]} {agent[1]}",
             "public": False, "created_at": (created + timedelta(minutes=5)).isoformat(),
             "body": f"Internal: verified caller via SSN {writer.plant('US_SSN', f'{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}')}."},
            {"comment_id": f"{ticket_id}-3", "author_role": "agent", "author_name": f"{agent[0]} {agent[1]}",
             "public": True, "created_at": (created + timedelta(minutes=30)).isoformat(), "body": writer.agent_message(customer, agent)},
            {"comment_id": f"{ticket_id}-4", "author_role": "system", "public": True,
             "created_at": (created + timedelta(minutes=31)).isoformat(), "body": f"Ticket assigned to {agent[0]} {agent[1]}."},
        ]
        no_customer_text = rng.random() < 0.03
        if no_customer_text:
            comments[0]["public"] = False
        if reason is None:
            reason = ("legal_hold" if legal_hold else "excluded_tag" if "security_incident" in tags
                      else "no_public_customer_text" if no_customer_text else None)
        if sensitive_rng.random() < sensitive_share:
            category = sensitive_rng.choice(sorted(SENSITIVE_SENTENCES))
            comments[0]["body"] += " " + sensitive_rng.choice(SENSITIVE_SENTENCES[category])
            reason = reason or f"sensitive:{category}"
        ticket = {
            "ticket_id": ticket_id, "customer_id": customer.customer_id,
            "created_at": created.isoformat().replace("+00:00", "Z"),
            "updated_at": (created + timedelta(hours=2)).isoformat().replace("+00:00", "Z"),
            "channel": rng.choice(CHANNELS), "subject": f"Problem with my {rng.choice(PRODUCTS)}",
            "status": rng.choice(["solved", "open", "pending"]), "tags": tags, "legal_hold": legal_hold,
            "requester": {"name": f"{customer.first} {customer.last}", "email": customer.email, "phone": customer.phone},
            "assignee": {"name": f"{agent[0]} {agent[1]}", "email": f"{agent[0].lower()}@support.example.com"},
            "comments": comments,
        }
        if rng.random() < duplicate_share:  # an older version of the same ticket, exported too
            older = {**ticket, "updated_at": (created + timedelta(minutes=10)).isoformat(), "status": "open"}
            lines.append(json.dumps(older))
            expected[f"{ticket_id}@older"] = "duplicate_superseded"
        lines.append(json.dumps(ticket))
        expected[ticket_id] = reason
    malformed = [
        ('{"ticket_id": "tkt_broken_json", "customer_id": ', "invalid_json"),
        ('{"ticket_id": "tkt_no_customer", "created_at": "2026-11-21T10:00:00Z", "comments": []}', "missing_field"),
        ('{"ticket_id": "tkt_bad_time", "customer_id": "cus_000001", "created_at": "yesterday", "comments": []}', "invalid_timestamp"),
        ('{"ticket_id": "tkt_bad_role", "customer_id": "cus_000001", "created_at": "2026-11-21T10:00:00Z", "comments": [{"author_role": "bot", "public": true, "body": "x"}]}', "value_not_allowed"),
        ('["not", "an", "object"]', "not_an_object"),
    ]
    quarantined = []
    for index in range(max(len(malformed), int(tickets * malformed_share))):
        text, why = malformed[index % len(malformed)]
        lines.insert(rng.randint(0, len(lines)), text)
        quarantined.append(why)
    ticket_dir = out_dir / "tickets" / f"ds={run_date}"
    ticket_dir.mkdir(parents=True, exist_ok=True)
    half = len(lines) // 2
    (ticket_dir / "export-000.jsonl").write_text("\n".join(lines[:half]) + "\n")
    with gzip.open(ticket_dir / "export-001.jsonl.gz", "wt") as handle:
        handle.write("\n".join(lines[half:]) + "\n")
    consent_dir = out_dir / "consent"
    consent_dir.mkdir(parents=True, exist_ok=True)
    events = [e for c in customers for e in consent_events(rng, c, start)]
    rng.shuffle(events)
    columns = ["customer_id", "purpose", "status", "recorded_at", "jurisdiction", "source"]
    with open(consent_dir / "ledger.csv", "w") as handle:
        handle.write(",".join(columns) + "\n")
        handle.writelines(",".join(e[c] for c in columns) + "\n" for e in events)
    truth = {"run_date": run_date, "drop_reasons": expected, "quarantined": quarantined,
             "planted": {k: sorted(v) for k, v in writer.planted.items()}}
    (out_dir / "expected.json").write_text(json.dumps(truth, indent=1))
    return truth


def generate_days(out_dir: str | Path, tickets: int, seed: int, last_date: str = "2026-11-21",
                  days: int = 1) -> dict:
    """``generate`` for ``days`` consecutive dates ending on ``last_date``, one shared ledger.

    The same seed gives the same customers and consent decisions every day, so the ledger
    written for the last day holds for all of them; ``expected.json`` merges the days.
    """
    last = date.fromisoformat(last_date)
    merged: dict = {"run_dates": [], "drop_reasons": {}, "quarantined": [], "planted": {}}
    for offset in range(days - 1, -1, -1):
        day = (last - timedelta(days=offset)).isoformat()
        truth = generate(out_dir, tickets, seed, day)
        merged["run_dates"].append(day)
        merged["drop_reasons"].update(truth["drop_reasons"])
        merged["quarantined"] += truth["quarantined"]
        for kind, values in truth["planted"].items():
            merged["planted"][kind] = sorted(set(merged["planted"].get(kind, [])) | set(values))
    if days > 1:
        (Path(out_dir) / "expected.json").write_text(json.dumps({**merged, "run_date": last_date}, indent=1))
    return merged
