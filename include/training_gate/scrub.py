"""Scrub: remove personal data from every published text with Microsoft Presidio.

Detection combines Presidio's recognizers (spaCy NER from the model named in the
policy, plus its pattern recognizers), the gate's own recognizers
(``training_gate.recognizers``) and the ticket's known values: requester and assignee
name, email and phone, and comment author names, matched in any case and spacing.
Each finding is replaced with a typed placeholder such as ``<PERSON>``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from training_gate import offline  # noqa: F401  (must precede the Presidio import)
from training_gate.keys import RecordKey
from training_gate.policy import Policy, ScrubSettings
from training_gate.recognizers import build_recognizers
from training_gate.staging import Staging, read_rows, write_rows
from training_gate.tickets import SCRUBBED_SCHEMA

# Short common words never treated as a known name token ("Will", "May", "Rose" stay
# whole-name matches only), so one customer's name does not shred every sentence.
COMMON_WORDS = frozenset(
    """a an and are as at be but by can do for from go he her his i if in is it may me
    mr mrs ms my no not of on or our she so the to up us we will you june april rose
    mark bill art faith hope joy grace""".split()
)


@cache
def _engines(settings: ScrubSettings):
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": settings.language, "model_name": settings.spacy_model}],
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=[settings.language])
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=[settings.language])
    for recognizer in build_recognizers(settings.recognizers):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=[settings.language]
    )
    return analyzer, AnonymizerEngine()


def _name_pattern(name: str) -> list[str]:
    tokens = [t for t in re.split(r"[\s,]+", name.strip()) if t]
    patterns = [r"\s+".join(re.escape(t) for t in tokens)] if len(tokens) > 1 else []
    patterns += [re.escape(t) for t in tokens if len(t) > 1 and t.lower() not in COMMON_WORDS]
    return [rf"(?<!\w){p}(?!\w)" for p in patterns]


def _phone_pattern(phone: str) -> list[str]:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 7:
        return []
    variants = {digits, digits[-10:]} if len(digits) > 10 else {digits}
    return [r"(?<!\d)" + r"[\s().+-]{0,3}".join(v) + r"(?!\d)" for v in variants]


def _email_pattern(email: str) -> list[str]:
    email = email.strip()
    local = email.split("@", 1)[0]
    patterns = [re.escape(email).replace(r"\@", r"\s*(?:@|\(at\)|\[at\])\s*")]
    if len(local) >= 4:
        patterns.append(rf"(?<![\w.]){re.escape(local)}(?![\w])")
    return patterns


def known_value_recognizers(ticket: dict) -> list:
    """Ad-hoc Presidio recognizers for the values this ticket itself tells us about."""
    from presidio_analyzer import Pattern, PatternRecognizer

    patterns: dict[str, list[str]] = {"PERSON": [], "EMAIL_ADDRESS": [], "PHONE_NUMBER": []}
    names = [c.get("author_name") for c in ticket["comments"]]
    for person in (ticket.get("requester"), ticket.get("assignee")):
        if person:
            names.append(person.get("name"))
            if person.get("email"):
                patterns["EMAIL_ADDRESS"] += _email_pattern(person["email"])
            if person.get("phone"):
                patterns["PHONE_NUMBER"] += _phone_pattern(person["phone"])
    for name in filter(None, names):
        patterns["PERSON"] += _name_pattern(name)
    return [
        PatternRecognizer(
            supported_entity=entity,
            name=f"known_{entity.lower()}",
            patterns=[Pattern(f"known {entity}", p, 1.0) for p in sorted(set(found))],
        )
        for entity, found in patterns.items()
        if found
    ]


class Scrubber:
    """Scrubs texts of one ticket at a time; engines are built once per process."""

    def __init__(self, settings: ScrubSettings):
        from presidio_anonymizer.entities import OperatorConfig

        self.settings = settings
        self.analyzer, self.anonymizer = _engines(settings)
        self.operators = {
            entity: OperatorConfig("replace", {"new_value": f"<{entity}>"})
            for entity in settings.entities
        }
        self.operators["DEFAULT"] = OperatorConfig("replace", {"new_value": "<PII>"})

    def scrub_text(self, text: str | None, known: list, counts: Counter) -> str | None:
        if not text:
            return text
        findings = self.analyzer.analyze(
            text,
            language=self.settings.language,
            entities=list(self.settings.entities),
            score_threshold=self.settings.score_threshold,
            ad_hoc_recognizers=known,
        )
        if not findings:
            return text
        result = self.anonymizer.anonymize(text=text, analyzer_results=findings, operators=self.operators)
        counts.update(item.entity_type for item in result.items)
        return result.text

    def scrub_ticket(self, ticket: dict, key: RecordKey, counts: Counter) -> dict:
        """One eligible ticket in, one scrubbed row (SCRUBBED_SCHEMA) out."""
        known = known_value_recognizers(ticket)
        turns = [
            {"role": c["author_role"], "text": self.scrub_text(c["body"], known, counts)}
            for c in ticket["comments"]
        ]
        return {
            "record_id": key.record_id(ticket["ticket_id"]),
            "created_date": ticket["created_at"].date(),
            "channel": ticket["channel"],
            "subject": self.scrub_text(ticket["subject"], known, counts),
            "turns": turns,
            "text": render_conversation(turns),
            "subject_key": key.subject_key(ticket["customer_id"]),
        }


def render_conversation(turns: list[dict]) -> str:
    return "\n\n".join(f"{turn['role']}: {turn['text']}" for turn in turns)


def scrub(staging: Staging, policy: Policy, key: RecordKey) -> dict:
    """Scrub ``screened.parquet`` (eligible tickets that passed the sensitive-topic screen) into
    ``scrubbed.parquet``; returns entity counts."""
    scrubber = Scrubber(policy.scrub)
    counts: Counter[str] = Counter()

    def scrubbed_batches():
        for batch in read_rows(staging.path("screened.parquet")):
            yield [scrubber.scrub_ticket(ticket, key, counts) for ticket in batch]

    scrubbed = write_rows(staging.path("scrubbed.parquet"), SCRUBBED_SCHEMA, scrubbed_batches())
    stats = {"scrubbed": scrubbed, "entities_scrubbed": dict(sorted(counts.items()))}
    staging.write_stats("scrub", stats)
    return stats
