"""Scrub: remove personal data from every published text with Microsoft Presidio.

Detection combines Presidio's recognizers (spaCy NER from the model named in the
policy, plus its pattern recognizers), the gate's own recognizers
(``training_gate.recognizers``) and the ticket's known values: requester and assignee
name, email and phone, and comment author names, matched in any case and spacing.
Each finding is replaced as the policy's ``operator`` says: a typed placeholder such as
``<PERSON>`` (default), a placeholder numbered per ticket (``<PERSON_1>``), or a keyed
pseudonym (``<PERSON_3f9c0a1b2e>``, an HMAC under the gate's key).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache, cached_property

from training_gate import offline  # noqa: F401  (must precede the Presidio import)
from training_gate.keys import RecordKey
from training_gate.policy import Policy, ScrubSettings
from training_gate.recognizers import build_recognizers
from training_gate.recognizers.known_values import KnownValuesRecognizer
from training_gate.staging import Staging, read_rows, write_rows
from training_gate.tickets import SCRUBBED_SCHEMA

OPERATORS = ("typed_placeholder", "numbered_placeholder", "keyed_pseudonym")


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


def known_value_recognizers(ticket: dict) -> list:
    """The recognizer for the values this ticket itself tells us about."""
    return [KnownValuesRecognizer.from_ticket(ticket)]


def _value_key(value: str) -> str:
    """Spellings of one value that should share a tag: case, spacing and separators."""
    folded = re.sub(r"[^\w@]+", "", value.casefold())
    return folded or value


Observer = Callable[[str, str, list], None]


class _TicketOperators:
    """Presidio operators for one ticket, as the policy's ``operator`` chooses.

    - ``typed_placeholder``: ``<PERSON>``;
    - ``numbered_placeholder``: ``<PERSON_1>``, ``<PERSON_2>``: one number per distinct
      value within the ticket, so a conversation keeps who-said-what;
    - ``keyed_pseudonym``: ``<PERSON_3f9c0a1b>``: an HMAC of the value under the gate's
      key, the same for the same value across tickets, reversible by nobody without it.
    """

    def __init__(self, operator: str, entities: tuple[str, ...], key: RecordKey,
                 known: KnownValuesRecognizer | None = None):
        self.operator, self.key, self.known = operator, key, known
        self.numbers: dict[str, dict[str, int]] = {}
        self.entities = entities

    @cached_property
    def configs(self) -> dict:
        from presidio_anonymizer.entities import OperatorConfig

        if self.operator == "typed_placeholder":
            configs = {e: OperatorConfig("replace", {"new_value": f"<{e}>"}) for e in self.entities}
            configs["DEFAULT"] = OperatorConfig("replace", {"new_value": "<PII>"})
            return configs
        configs = {
            e: OperatorConfig("custom", {"lambda": lambda value, entity=e: self.tag(entity, value)})
            for e in self.entities
        }
        configs["DEFAULT"] = OperatorConfig("custom", {"lambda": lambda value: self.tag("PII", value)})
        return configs

    def register(self, text: str, findings: list) -> None:
        """Number a text's values in reading order (Presidio applies operators end first)."""
        if self.operator == "numbered_placeholder":
            for finding in sorted(findings, key=lambda f: f.start):
                self.tag(finding.entity_type, text[finding.start:finding.end])

    def tag(self, entity: str, value: str) -> str:
        if entity == "PERSON" and self.known is not None:
            value = self.known.canonical_name(value) or value
        if self.operator == "numbered_placeholder":
            numbers = self.numbers.setdefault(entity, {})
            number = numbers.setdefault(_value_key(value), len(numbers) + 1)
            return f"<{entity}_{number}>"
        return f"<{entity}_{self.key.pseudonym(entity, _value_key(value))}>"


class Scrubber:
    """Scrubs texts of one ticket at a time; engines are built once per process."""

    def __init__(self, settings: ScrubSettings):
        if settings.operator not in OPERATORS:
            raise ValueError(f"unknown scrub operator {settings.operator!r}; one of {OPERATORS}")
        self.settings = settings
        self.analyzer, self.anonymizer = _engines(settings)

    def analyze(self, text: str, known: list) -> list:
        return self.analyzer.analyze(
            text,
            language=self.settings.language,
            entities=list(self.settings.entities),
            score_threshold=self.settings.score_threshold,
            ad_hoc_recognizers=known,
        )

    def scrub_text(self, text: str | None, known: list, counts: Counter, operators: _TicketOperators,
                   observe: Observer | None = None, field: str = "") -> str | None:
        if not text:
            return text
        findings = self.analyze(text, known)
        if observe:
            observe(field, text, findings)
        if not findings:
            return text
        operators.register(text, findings)
        result = self.anonymizer.anonymize(text=text, analyzer_results=findings, operators=operators.configs)
        counts.update(item.entity_type for item in result.items)
        return result.text

    def scrub_ticket(self, ticket: dict, key: RecordKey, counts: Counter, observe: Observer | None = None) -> dict:
        """One eligible ticket in, one scrubbed row (SCRUBBED_SCHEMA) out.

        ``observe(field, text, findings)``, if given, sees every text's findings before
        they are applied (the evaluation harness measures with it); ``field`` is
        ``subject`` or ``comment:<index>``.
        """
        known = known_value_recognizers(ticket)
        operators = _TicketOperators(self.settings.operator, self.settings.entities, key, known[0])
        turns = [
            {"role": c["author_role"],
             "text": self.scrub_text(c["body"], known, counts, operators, observe, f"comment:{index}")}
            for index, c in enumerate(ticket["comments"])
        ]
        return {
            "record_id": key.record_id(ticket["ticket_id"]),
            "created_date": ticket["created_at"].date(),
            "channel": ticket["channel"],
            "subject": self.scrub_text(ticket["subject"], known, counts, operators, observe, "subject"),
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
