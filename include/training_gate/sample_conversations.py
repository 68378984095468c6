"""Generated support conversations with every personal value labelled: the evaluation
harness's own set.

Richer than ``sample_data`` (which feeds the pipeline): multi-turn chats and emails,
greetings and signatures, names in lower case and with typos, third parties named in
passing, phones in national and international formats, card numbers with spaces, IBANs,
street addresses with units, order / account / ticket references, usernames, URLs with
tokens, IP addresses, dates of birth, passwords and API keys pasted by customers, agent
names; and plain product talk with numbers, brands and dates that must be kept.

Everything is synthetic: phones in the 555-01xx range or reserved foreign ranges,
reserved example domains and documentation IP ranges, card numbers and IBANs made to
pass their checksums. ``generate_conversations`` returns each ticket (the shape the
scrub stage receives) with its list of ``(entity type, value)`` planted in it; city and
state in an address are planted as ``CONTEXT`` (neither required nor penalised).
"""

from __future__ import annotations

import random
import string
from datetime import UTC, date, datetime, timedelta

from training_gate.sample_data import iban_de, luhn_complete

FIRST_NAMES = """Priya Liam Sofia Mateo Aisha Noah Chen Olivia Kwame Elena Yusuf Hannah Ravi Ingrid
Tomasz Mei Diego Amara Lukas Fatima Oscar Zara Hiroshi Leila Marcus Nadia Felix Imani Arjun Beatriz
Jonas Keiko Samuel Anya Rafael Greta Tariq Camille Viktor Lucia Siobhan Nkechi Bogdan Ximena Thandiwe
Anders Giulia Mehmet Aoife Dmitri Yasmin Kofi Ines Pavel Rosalind Emeka Svetlana Joaquin Wen Haruto
Maren Esperanza Kalani Ottilie Rashid Delphine Oluwaseun Jurgen Saoirse Matthias Ngozi Valentina""".split()
LAST_NAMES = """Sharma Okafor Lindqvist Moreau Castillo Nakamura Haddad Kowalski Brennan Fernandes
Adeyemi Novak Petrov Whitfield Osei Rahman Delgado Lindgren Takahashi Mensah Karlsson Romero Bianchi
Eriksen Abernathy Kaur Dubois Vasquez Holloway Szabo McAllister Oyelaran Wojcik Gallagher Iyer Bauer
Fitzgerald Nwosu Horvath Yamamoto Villanueva Kuznetsova Achterberg Papadopoulos Grünwald OConnell
Mbeki Salonen Ferreira Quintero Lachance Drummond Haverkamp Ivanova Okonkwo Tremblay Weisz""".split()
AGENTS = [("Dana", "Whitlock"), ("Marco", "Ferreira"), ("Sunita", "Rao"), ("Erik", "Lund"),
          ("Beatrix", "Holm"), ("Kenji", "Mori"), ("Abena", "Owusu"), ("Callum", "Reid")]
RELATIONS = ["husband", "wife", "son", "daughter", "neighbour", "colleague", "partner", "mum", "brother"]
STREETS = """Maple Birchwood Harbor Juniper Willow Cedar Lakeview Orchard Summit Chestnut Riverside
Hawthorne Magnolia Ashford Kingsley Foxglove Granite Pinecrest Meadowbrook Larkspur""".split()
SUFFIXES = "Street St Avenue Ave Road Rd Lane Ln Drive Dr Court Ct Boulevard Blvd Way Place Terrace".split()
UNITS = ["Apt {n}", "Apt. {n}", "Suite {n}", "Unit {n}", "#{n}", "Apartment {n}", "Fl {n}"]
CITIES = [("Springfield", "IL"), ("Riverton", "WY"), ("Fairview", "OR"), ("Madison", "WI"),
          ("Georgetown", "TX"), ("Franklin", "TN"), ("Clinton", "NY"), ("Salem", "MA"),
          ("Arlington", "VA"), ("Dayton", "OH"), ("Boulder", "CO"), ("Tucson", "AZ")]
PRODUCTS = ["wireless headphones", "coffee grinder", "standing desk", "running shoes", "smart thermostat",
            "backpack", "blender", "desk lamp", "yoga mat", "router", "air fryer", "phone case"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
# Turns that hold no personal data but look busy: numbers, brands, dates, codes.
PLAIN_TURNS = [
    "I've had it for 8 years and never had a problem until now.",
    "It says error code 504 when I try to sync it with the app, version 2.4.1.",
    "Refunds usually take 3-5 business days to appear on your statement.",
    "I paid with Visa and the total was $149.99 including tax.",
    "The box said 2 pack but only one was inside.",
    "Our warehouse in Memphis ships orders placed before 2 pm the same day.",
    "Could you check whether the 30-day return window still applies?",
    "It arrived on Tuesday but the left earbud won't charge past 40%.",
    "I tried resetting it twice, holding the button for 10 seconds each time.",
    "The replacement should ship within 48 hours from our Chicago warehouse.",
    "Is the 12 month warranty still valid if I bought it on Black Friday?",
    "Our summer sale ends on June 30, so the discount code SAVE20 still works.",
    "The manual on page 14 says to use a USB-C cable rated for 60W.",
    "I set it up on Monday, updated the firmware and it crashed again at 3 am.",
    "Please allow 7 to 10 days for the courier to pick up the return.",
    "Amazon and Walmart both list the same model for less.",
    "My Apple Watch and my iPhone 15 both lose the connection after a minute.",
    "Thanks for your patience while I looked into this with the billing team.",
    "Unfortunately that colour is out of stock until next month.",
    "Happy to help with that! Let me take a look.",
]


class _Planter:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.values: list[tuple[str, str]] = []

    def __call__(self, entity_type: str, value: str) -> str:
        self.values.append((entity_type, value))
        return value


def _pick(rng: random.Random, options: list):
    """Choose one option and build only that one, so only its values are planted."""
    return rng.choice(options)()


def _typo(rng: random.Random, name: str) -> str:
    if len(name) < 5:
        return name
    i = rng.randint(1, len(name) - 2)
    kind = rng.choice(["swap", "drop", "double", "replace"])
    if kind == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if kind == "drop":
        return name[:i] + name[i + 1:]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    letter = rng.choice([c for c in "aeiourn" if c != name[i].lower()])
    return name[:i] + letter + name[i + 1:]


def _phone(rng: random.Random) -> str:
    area, line = rng.randint(201, 989), f"01{rng.randint(0, 99):02d}"
    return rng.choice([
        f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"+1 {area} 555 {line}",
        f"+1-{area}-555-{line}", f"{area}555{line}", f"{area} 555 {line}", f"1-{area}-555-{line}",
        f"+1 ({area}) 555-{line}", f"{area}/555-{line}",
        f"+44 20 7946 0{rng.randint(100, 999)}", f"+44 7700 900{rng.randint(100, 999)}",
        f"07700 900{rng.randint(100, 999)}", f"+49 30 {rng.randint(1000000, 9999999)}",
        f"+33 1 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    ])


def _card(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("37", 15), ("6011", 16)])
    number = luhn_complete(prefix + "".join(rng.choices(string.digits, k=length - len(prefix) - 1)))
    if length == 15:
        return rng.choice([number, f"{number[:4]} {number[4:10]} {number[10:]}"])
    groups = [number[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(groups), "-".join(groups), number])


def _iban(rng: random.Random) -> str:
    iban = iban_de(f"{rng.randint(10000000, 99999999)}", f"{rng.randint(10**9, 10**10 - 1)}")
    return rng.choice([iban, " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))])


def _token(rng: random.Random, length: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choices(alphabet, k=length))


class _Customer:
    def __init__(self, rng: random.Random, number: int):
        self.first, self.last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        self.email = rng.choice([
            f"{self.first.lower()}.{self.last.lower()}{rng.randint(1, 99)}@example.com",
            f"{self.first[0].lower()}{self.last.lower()}@mail.example.org",
            f"{self.last.lower()}.{self.first.lower()}@example.net",
            f"{self.first.lower()}{rng.randint(1970, 2005)}@example.co.uk",
        ])
        self.phone = _phone(rng)
        city, state = rng.choice(CITIES)
        unit = rng.choice(UNITS).format(n=rng.choice([rng.randint(1, 40), f"{rng.randint(1, 9)}{rng.choice('ABC')}"]))
        street = f"{rng.randint(10, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
        self.street, self.unit, self.city, self.state = street, unit, city, state
        self.zip_code = f"{rng.randint(10001, 99950):05d}" + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.2 else "")
        self.username = rng.choice([
            f"{self.first.lower()}_{self.last.lower()}{rng.randint(1, 99)}", f"{self.first.lower()}{rng.randint(100, 999)}",
            f"{self.last.lower()}.{self.first[0].lower()}", f"x{self.first.lower()}x{rng.randint(1, 9)}",
        ])
        birth = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 55))
        self.dob = rng.choice([birth.isoformat(), f"{birth:%m/%d/%Y}", f"{MONTHS[birth.month - 1]} {birth.day}, {birth.year}",
                               f"{birth.day} {MONTHS[birth.month - 1]} {birth.year}"])
        self.customer_id = f"cus_{number:06d}"


def _customer_turns(rng: random.Random, c: _Customer, agent_first: str, p: _Planter, email: bool) -> list[str]:
    product = rng.choice(PRODUCTS)
    order = p("ACCOUNT_REFERENCE", rng.choice([
        f"#W{rng.randint(1000000, 9999999)}", f"ORD-{rng.randint(100000, 999999)}",
        f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
        f"#{rng.randint(10000, 999999)}", f"A{_token(rng, 7, string.ascii_uppercase + string.digits)}",
    ]))
    first = c.first
    opener = _pick(rng, [
        lambda: f"Hi {p('PERSON', agent_first)},", lambda: "Hello,", lambda: f"hey {p('PERSON', agent_first.lower())}!", lambda: "Hi there,",
        lambda: f"hi, this is {p('PERSON', first.lower())}", lambda: f"Hello, my name is {p('PERSON', first)} {p('PERSON', c.last)}.",
        lambda: f"Hi, {p('PERSON', first)} here.", lambda: "Good morning,",
    ])
    problem = rng.choice([
        f"my order {order} for the {product} has not arrived.",
        f"I was charged twice for order {order} ({product}).",
        f"the {product} from order number {order} stopped working after a week.",
        f"I'm writing about order {order}, the {product} came damaged.",
        f"order no. {order} still shows as processing.",
    ])
    turns = [f"{opener} {problem}"]
    details = [
        lambda: f"It should go to {p('STREET_ADDRESS', c.street)}, {p('STREET_ADDRESS', c.unit)}, {p('CONTEXT', c.city)}, {p('CONTEXT', c.state)} {p('ZIP_CODE', c.zip_code)}.",
        lambda: f"My new address is {p('STREET_ADDRESS', c.street)} {p('STREET_ADDRESS', c.unit)}, {p('CONTEXT', c.city)} {p('CONTEXT', c.state)} {p('ZIP_CODE', c.zip_code)}",
        lambda: f"You can reach me at {p('PHONE_NUMBER', c.phone)} or {p('EMAIL_ADDRESS', c.email)}.",
        lambda: f"Please call me on {p('PHONE_NUMBER', c.phone)}.",
        lambda: f"My email is {p('EMAIL_ADDRESS', c.email.upper() if rng.random() < 0.3 else c.email)} if you need it.",
        lambda: f"my cell is {p('PHONE_NUMBER', _phone(rng))}, text me there",
        lambda: f"The card I used was {p('CREDIT_CARD', _card(rng))}.",
        lambda: f"card number: {p('CREDIT_CARD', _card(rng))} exp 09/27",
        lambda: f"Refund to my IBAN {p('IBAN_CODE', _iban(rng))} please.",
        lambda: f"I'm connecting from {p('IP_ADDRESS', f'203.0.113.{rng.randint(1, 254)}')} if that helps.",
        lambda: f"The login log shows IP {p('IP_ADDRESS', f'198.51.100.{rng.randint(1, 254)}')}.",
        lambda: f"My username is {p('USERNAME', c.username)}.",
        lambda: f"I log in as @{p('USERNAME', c.username)} on the app.",
        lambda: f"user: {p('USERNAME', c.username)}",
        lambda: f"My date of birth is {p('DATE_OF_BIRTH', c.dob)} for verification.",
        lambda: f"DOB {p('DATE_OF_BIRTH', c.dob)}",
        lambda: f"I was born on {p('DATE_OF_BIRTH', c.dob)}.",
        lambda: f"my password is {p('CREDENTIAL', _token(rng, 6, string.ascii_letters) + str(rng.randint(10, 99)) + rng.choice('!#$?'))} if you need to log in",
        lambda: f"pwd: {p('CREDENTIAL', rng.choice(['Summer', 'Winter', 'Bluebird', 'Pumpkin']) + str(rng.randint(1990, 2025)) + '!')}",
        lambda: f"here is my API key {p('CREDENTIAL', 'sk_live_' + _token(rng, 24))}",
        lambda: f"the integration uses key {p('CREDENTIAL', 'AKIA' + _token(rng, 16, string.ascii_uppercase + string.digits))}",
        lambda: f"The reset link {p('URL', f'https://shop.example.com/account/reset?token={_token(rng, 32)}')} says expired.",
        lambda: f"I clicked {p('URL', f'https://example.com/orders/track?id={rng.randint(10**8, 10**9)}&sig={_token(rng, 20)}')} but nothing loads",
        lambda: f"My account number is {p('ACCOUNT_REFERENCE', f'ACC-{rng.randint(10**6, 10**8)}')}.",
        lambda: f"This is about ticket {p('ACCOUNT_REFERENCE', f'TKT-{rng.randint(100000, 999999)}')} from last week.",
        lambda: f"case ref {p('ACCOUNT_REFERENCE', f'{rng.randint(10**7, 10**8 - 1)}')}",
        lambda: f"My SSN is {p('US_SSN', f'{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}')} if you need it for the credit check.",
        lambda: f"my {rng.choice(RELATIONS)} {p('PERSON', rng.choice(FIRST_NAMES))} will pick it up.",
        lambda: f"Please send it to my {rng.choice(RELATIONS)}, {p('PERSON', rng.choice(FIRST_NAMES))} {p('PERSON', rng.choice(LAST_NAMES))}.",
    ]
    for detail in rng.sample(details, k=rng.randint(2, 5)):
        turns.append(detail())
    turns.insert(rng.randint(1, len(turns)), rng.choice(PLAIN_TURNS))
    spelled = rng.choice([first, first, first.lower(), _typo(rng, first)])
    sign = _pick(rng, [
        lambda: f"Thanks, {p('PERSON', spelled)}", lambda: f"Best regards,\n{p('PERSON', spelled)} {p('PERSON', c.last)}",
        lambda: f"thanks!\n{p('PERSON', spelled.lower())}", lambda: f"- {p('PERSON', spelled)}", lambda: "Thanks!",
        lambda: f"Cheers,\n{p('PERSON', spelled)}\n{p('PHONE_NUMBER', c.phone)}",
        lambda: f"Kind regards\n\n{p('PERSON', first)} {p('PERSON', c.last)}\n{p('STREET_ADDRESS', c.street)}\n{p('CONTEXT', c.city)}, {p('CONTEXT', c.state)} {p('ZIP_CODE', c.zip_code)}",
    ])
    if email:
        return ["\n".join(turns) + "\n\n" + sign]
    return turns[:-1] + [turns[-1] + " " + sign]


def _agent_turns(rng: random.Random, c: _Customer, agent: tuple[str, str], p: _Planter) -> list[str]:
    greeting = _pick(rng, [
        lambda: f"Hi {p('PERSON', c.first)},", lambda: f"Dear {p('PERSON', c.first)} {p('PERSON', c.last)},", lambda: "Hello,",
        lambda: f"Hi {p('PERSON', _typo(rng, c.first))},", lambda: f"Dear Ms. {p('PERSON', c.last)},", lambda: f"Hello Mr {p('PERSON', c.last)},",
        lambda: f"Thanks for reaching out, {p('PERSON', c.first)}.",
    ])
    body = rng.choice([
        "I'm sorry for the trouble. I have issued a replacement and it ships tomorrow.",
        "Thanks for your patience. The duplicate charge has been refunded and should show in 3-5 business days.",
        "I checked with the warehouse: the parcel was delayed by the carrier and will arrive this week.",
        "I've updated the delivery details on the order.",
    ])
    reference = _pick(rng, [
        lambda: "", lambda: f" Your case number is {p('ACCOUNT_REFERENCE', f'CS{rng.randint(10**6, 10**7 - 1)}')}.",
        lambda: f" I've opened ticket #{p('ACCOUNT_REFERENCE', str(rng.randint(100000, 999999)))} for this.",
        lambda: f" Your return authorization is RMA {p('ACCOUNT_REFERENCE', f'{rng.randint(10**5, 10**6 - 1)}')}.",
    ])
    sign = _pick(rng, [
        lambda: f"Kind regards, {p('PERSON', agent[0])} {p('PERSON', agent[1])}", lambda: f"Best,\n{p('PERSON', agent[0])}",
        lambda: f"- {p('PERSON', agent[0])} from Support", lambda: f"{p('PERSON', agent[0])} | Customer Care",
        lambda: f"This is {p('PERSON', agent[0])}, happy to help further.",
    ])
    return [f"{greeting} {body}{reference}\n\n{sign}", rng.choice(PLAIN_TURNS)]


def generate_conversations(tickets: int, seed: int) -> list[tuple[dict, list[tuple[str, str]]]]:
    """``tickets`` generated tickets, each with the personal values planted in it."""
    rng = random.Random(seed)
    created = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    out = []
    for number in range(tickets):
        customer, agent = _Customer(rng, number), rng.choice(AGENTS)
        plant = _Planter(rng)
        channel = rng.choice(["chat", "email", "web"])
        customer_turns = _customer_turns(rng, customer, agent[0], plant, email=channel == "email")
        agent_turns = _agent_turns(rng, customer, agent, plant)
        turns = []
        while customer_turns or agent_turns:
            if customer_turns:
                turns.append(("customer", customer_turns.pop(0)))
            if agent_turns and (not customer_turns or rng.random() < 0.5):
                turns.append(("agent", agent_turns.pop(0)))
        known_phone = customer.phone if rng.random() < 0.6 else None
        ticket = {
            "ticket_id": f"gen_{seed}_{number:05d}", "customer_id": customer.customer_id,
            "created_at": created + timedelta(minutes=number), "channel": channel,
            "subject": rng.choice([f"Problem with my {rng.choice(PRODUCTS)}", "Refund request", "Where is my order?",
                                   "Account access", "Damaged item"]),
            "requester": {"name": f"{customer.first} {customer.last}", "email": customer.email, "phone": known_phone},
            "assignee": {"name": f"{agent[0]} {agent[1]}", "email": f"{agent[0].lower()}@support.example.com",
                         "phone": None},
            "comments": [
                {"comment_id": f"{number}-{i}", "author_role": role, "public": True,
                 "author_name": f"{customer.first} {customer.last}" if role == "customer" else f"{agent[0]} {agent[1]}",
                 "created_at": (created + timedelta(minutes=number + i)).isoformat(), "body": body}
                for i, (role, body) in enumerate(turns)
            ],
        }
        out.append((ticket, plant.values))
    return out
