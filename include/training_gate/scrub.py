"""Scrub: remove personal data from every published text with Microsoft Presidio.

Detection combines Presidio's recognizers (spaCy NER from the model named in the
policy, plus its pattern recognizers), the gate's own recognizers
(``training_gate.recognizers``) and the ticket's known values: requester and assignee
name, email and phone, and comment author names, matched in any case and spacing.
Each finding is replaced as the policy's ``operator`` says: a typed placeholder such as
``<PERSON>`` (default), a placeholder numbered per ticket (``<PERSON_1>``), or a keyed
pseudonym (``<PERSON_3f9c0a1b2e>``, an HMAC under the gate's key), or a realistic
surrogate ("Priya" -> "Maria", ``surrogates.py``).
"""

from __future__ import annotations

import copy
import re
from collections import Counter, OrderedDict
from collections.abc import Callable
from functools import cache, cached_property

from training_gate import offline  # noqa: F401  (must precede the Presidio import)
from training_gate.keys import RecordKey
from training_gate.policy import Policy, ScrubSettings
from training_gate.recognizers import build_recognizers
from training_gate.recognizers.known_values import KnownValuesRecognizer, harvested_by, harvesters, harvesters_find
from training_gate.spacy_ops import use_lookup_attribute_ruler, use_numpy_matrix_products
from training_gate.staging import Staging, write_rows
from training_gate.surrogates import TicketSurrogates
from training_gate.tickets import SCRUBBED_SCHEMA

OPERATORS = ("typed_placeholder", "numbered_placeholder", "keyed_pseudonym", "surrogate")


# spaCy pipes the scrub does not read. Presidio takes entities from ``ner`` (which has its
# own tok2vec in the small model) and lemmas, for context words, from tagger ->
# attribute_ruler -> lemmatizer; the given_name recognizer reads parts of speech and
# lemmas too. The dependency parser feeds none of them. (Lowercase forms in place of
# lemmas, without the tagging pipes, cost 22% less and measured the same on the
# evaluation sets before given_name; it needs the tags.)
UNUSED_PIPES = ("parser",)
NLP_BATCH_SIZE = 64
# Paragraphs whose ticket-independent findings are kept (saved replies and signatures repeat).
CACHED_TEXTS = 20_000
# Recognizers that cannot match a text without some feature every one of their patterns
# needs are not run on it (same findings, less work): a decimal digit for Presidio's card,
# SSN, IBAN, phone (``phonenumbers``), US bank, passport and driver's licence numbers and the
# gate's phone, postal code, date of birth and card recognizers; for URLs, a dot between a
# letter or digit and the letter that starts every top-level domain.
_DIGIT = re.compile(r"\d")
_DOMAIN_DOT = re.compile(r"[a-z0-9.-]\.[a-z]", re.IGNORECASE)
PRECONDITIONS = {
    **dict.fromkeys(("CreditCardRecognizer", "UsSsnRecognizer", "IbanRecognizer", "PhoneRecognizer",
                     "UsBankRecognizer", "UsPassportRecognizer", "UsLicenseRecognizer", "PhoneNumberRecognizer",
                     "ZipCodeRecognizer", "DateOfBirthRecognizer", "CardNumberRecognizer",
                     "CardLastDigitsRecognizer"), _DIGIT),
    "UrlRecognizer": _DOMAIN_DOT,
}
# Presidio's phone recognizer runs the phonenumbers matcher once per region. Canada is left
# out of its default regions: it shares the North American numbering plan with the US, and
# phonenumbers validates a +1 number against every region of the plan, so the US pass finds
# the same numbers (identical findings on the evaluation sets and bench texts; a pass less).
PHONE_REGIONS = ("US", "GB", "DE", "FR", "IL", "IN", "BR")
# Texts are read paragraph by paragraph: a help desk's saved replies and signature blocks,
# appended to thousands of different messages, are then the same text each time, and their
# findings are computed once. A text is cut only at a blank line that follows a sentence
# (a line of four words or more ending in . ! or ?): a greeting ("Hi Priya,"), a label
# ("Address:"), or the lines of a postal address stay with what follows, whose findings
# may depend on them.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE = re.compile(r"\S+(?:[ \t]+\S+){3,}[.!?][\"'’”)]*")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) for each paragraph of ``text``, cut where a sentence ends at a blank line."""
    pieces, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        last_line = text[max(start, text.rfind("\n", start, match.start()) + 1):match.start()]
        if _SENTENCE.fullmatch(last_line.strip()):
            pieces.append((start, text[start:match.start()]))
            start = match.end()
    if start < len(text):
        pieces.append((start, text[start:]))
    return pieces


def _tune_pipeline(nlp) -> None:
    """Drop the pipes the scrub does not read, route the others' matrix products through numpy
    and apply the attribute rules by lookup (same annotations, less work)."""
    for name in UNUSED_PIPES:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    use_numpy_matrix_products(nlp)
    use_lookup_attribute_ruler(nlp)


@cache
def _engines(settings: ScrubSettings):
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer
    from presidio_anonymizer import AnonymizerEngine

    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": settings.language, "model_name": settings.spacy_model}],
        }
    ).create_engine()
    _tune_pipeline(nlp_engine.nlp[settings.language])
    registry = RecognizerRegistry(supported_languages=[settings.language])
    registry.load_predefined_recognizers(nlp_engine=nlp_engine, languages=[settings.language])
    registry.remove_recognizer("PhoneRecognizer")
    registry.add_recognizer(PhoneRecognizer(supported_language=settings.language, supported_regions=PHONE_REGIONS))
    for recognizer in build_recognizers(settings.recognizers):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=[settings.language]
    )
    return analyzer, AnonymizerEngine()


def known_value_recognizers(ticket: dict, harvesters_found: Callable[[str], list] = harvesters_find) -> list:
    """The recognizer for the values this ticket itself tells us about."""
    return [KnownValuesRecognizer.from_ticket(ticket, harvesters_found)]


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
      key, the same for the same value across tickets, reversible by nobody without it;
    - ``surrogate``: a made-up value of the same kind, consistent within the ticket
      (``surrogates.py``).
    """

    def __init__(self, operator: str, entities: tuple[str, ...], key: RecordKey,
                 known: KnownValuesRecognizer | None = None, ticket_id: str = ""):
        self.operator, self.key, self.known = operator, key, known
        self.numbers: dict[str, dict[str, int]] = {}
        self.entities = entities
        self.surrogates = TicketSurrogates(key, ticket_id) if operator == "surrogate" else None

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
        if self.surrogates is not None:
            canonical = self.known.canonical_name(value) if entity == "PERSON" and self.known is not None else None
            return self.surrogates.get(entity, value, _value_key(value), canonical)
        if entity == "PERSON" and self.known is not None:
            value = self.known.canonical_name(value) or value
        if self.operator == "numbered_placeholder":
            numbers = self.numbers.setdefault(entity, {})
            number = numbers.setdefault(_value_key(value), len(numbers) + 1)
            return f"<{entity}_{number}>"
        return f"<{entity}_{self.key.pseudonym(entity, _value_key(value))}>"


class Scrubber:
    """Scrubs tickets; engines are built once per process.

    Findings are what ``AnalyzerEngine.analyze`` returns for the text with the ticket's
    known values as an ad-hoc recognizer, computed in two parts so the expensive one can
    be shared: the findings of the policy's recognizers (spaCy NER and the pattern
    recognizers, after context enhancement and the score threshold) depend on the text
    only, are computed paragraph by paragraph (``paragraphs``) for many texts with one
    ``nlp.pipe`` and kept in a bounded cache for paragraphs that repeat (saved replies,
    signatures); the ticket's known values are added per ticket over the whole text, then
    duplicates and contained results are removed as Presidio does. The policy's
    recognizers include the ones whose findings name the ticket's values
    (``known_values.harvesters``); what they find is kept with the findings, so the
    known values do not run them over the same text again.
    """

    def __init__(self, settings: ScrubSettings, cached_texts: int = CACHED_TEXTS):
        if settings.operator not in OPERATORS:
            raise ValueError(f"unknown scrub operator {settings.operator!r}; one of {OPERATORS}")
        self.settings = settings
        self.analyzer, self.anonymizer = _engines(settings)
        self.entities = list(settings.entities)
        self.recognizers = self.analyzer.registry.get_recognizers(
            language=settings.language, entities=self.entities)
        self.cached_texts = cached_texts
        # text -> (its findings, what the harvesters found in it, or None when the policy lacks one)
        self._shared: OrderedDict[str, tuple[list, list | None]] = OrderedDict()
        harvester_types = [type(h) for h in harvesters()]
        self._harvester_types = harvester_types if all(
            any(type(r) is t for r in self.recognizers) for t in harvester_types) else []

    # -- findings ---------------------------------------------------------------------

    def analyze(self, text: str, known: list) -> list:
        return self.analyze_texts([text], known)[0]

    def analyze_texts(self, texts: list[str], known: list) -> list[list]:
        """Findings for each text, with ``known`` (ad-hoc recognizers) as for one ticket."""
        self.prepare(texts)
        return [self._with_known(text, self._shared_findings(text), known) if text else [] for text in texts]

    def prepare(self, texts) -> None:
        """Compute and cache the ticket-independent findings of paragraphs not seen yet, with one ``nlp.pipe``."""
        missing = list(dict.fromkeys(
            piece for t in texts if t for _, piece in paragraphs(t) if piece not in self._shared))
        if not missing:
            return
        nlp = self.analyzer.nlp_engine.nlp[self.settings.language]
        # The strings spaCy learns from these texts (every new name, number, email ...) are
        # forgotten when the zone ends, so a long run's memory stays flat; nothing of the
        # docs outlives it but the findings, plain values.
        with nlp.memory_zone():
            artifacts = self.analyzer.nlp_engine.process_batch(missing, self.settings.language,
                                                               batch_size=NLP_BATCH_SIZE)
            for piece, nlp_artifacts in artifacts:
                self._remember(piece, self._policy_findings(piece, nlp_artifacts))

    def _remember(self, piece: str, shared: tuple[list, list | None]) -> None:
        self._shared[piece] = shared
        if len(self._shared) > self.cached_texts:
            self._shared.popitem(last=False)

    def _piece(self, piece: str) -> tuple[list, list | None]:
        shared = self._shared.get(piece)
        if shared is None:  # evicted meanwhile (a batch larger than the cache)
            self.prepare([piece])
            shared = self._shared[piece]
        self._shared.move_to_end(piece)  # least recently used first out
        return shared

    def _shared_findings(self, text: str) -> list:
        """The policy's findings in ``text``: its paragraphs' findings, moved to where each paragraph starts."""
        findings = []
        for offset, piece in paragraphs(text):
            for result in self._piece(piece)[0]:
                result = copy.copy(result)  # the cached ones stay untouched
                result.start, result.end = result.start + offset, result.end + offset
                findings.append(result)
        return findings

    def harvesters_found(self, text: str) -> list[tuple[str, str]]:
        """``known_values.harvesters_find(text)``, from the policy's run of the same recognizers when kept."""
        if not self._harvester_types:
            return harvesters_find(text)
        return [found for _, piece in paragraphs(text) for found in self._piece(piece)[1]]

    def _policy_findings(self, text: str, nlp_artifacts) -> tuple[list, list | None]:
        """``AnalyzerEngine.analyze`` up to the score threshold, for the policy's recognizers;
        and what the harvesters among them found (``known_values.harvesters_find``)."""
        from presidio_analyzer import RecognizerResult

        has = {pattern: pattern.search(text) is not None for pattern in set(PRECONDITIONS.values())}
        harvested = {}
        results = []
        for recognizer in self.recognizers:
            precondition = PRECONDITIONS.get(type(recognizer).__name__)
            if precondition is not None and not has[precondition]:
                continue
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            found = recognizer.analyze(text=text, entities=self.entities, nlp_artifacts=nlp_artifacts)
            if type(recognizer) in self._harvester_types:
                harvested[type(recognizer)] = harvested_by(recognizer, text, found or ())
            for result in found or ():
                metadata = result.recognition_metadata
                if metadata is None:
                    metadata = result.recognition_metadata = {}
                metadata.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                metadata.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
                results.append(result)
        results = self.analyzer._enhance_using_context(text, results, nlp_artifacts, self.recognizers, None)
        findings = [r for r in results if r.score >= self.settings.score_threshold]
        if not self._harvester_types:
            return findings, None
        return findings, [found for t in self._harvester_types for found in harvested[t]]

    def _with_known(self, text: str, shared: list, known: list) -> list:
        from presidio_analyzer import EntityRecognizer

        if not text:
            return []
        results = list(shared)
        for recognizer in known:
            found = recognizer.analyze(text=text, entities=self.entities, nlp_artifacts=None) or []
            results += [r for r in found if r.score >= self.settings.score_threshold]
        results = EntityRecognizer.remove_duplicates(results)
        for result in results:
            result.analysis_explanation = None
        return results

    # -- replacing ----------------------------------------------------------------------

    def scrub_text(self, text: str | None, findings: list, counts: Counter, operators: _TicketOperators) -> str | None:
        if not text or not findings:
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
        fields = [(f"comment:{index}", c["body"]) for index, c in enumerate(ticket["comments"])]
        fields.append(("subject", ticket["subject"]))
        texts = [text or "" for _, text in fields]
        self.prepare(texts)
        known = known_value_recognizers(ticket, self.harvesters_found)
        operators = _TicketOperators(self.settings.operator, self.settings.entities, key, known[0], ticket["ticket_id"])
        findings = self.analyze_texts(texts, known)
        scrubbed = {}
        in_conversation = Counter()
        for (field, text), found in zip(fields, findings, strict=True):
            if observe and text:
                observe(field, text, found)
            text_counts: Counter[str] = Counter()
            scrubbed[field] = self.scrub_text(text, found, text_counts, operators)
            counts.update(text_counts)
            if field.startswith("comment:"):
                in_conversation.update(text_counts)
        turns = [{"role": c["author_role"], "text": scrubbed[f"comment:{index}"]}
                 for index, c in enumerate(ticket["comments"])]
        return {
            "record_id": key.record_id(ticket["ticket_id"]),
            "created_date": ticket["created_at"].date(),
            "channel": ticket["channel"],
            "subject": scrubbed["subject"],
            "turns": turns,
            "text": render_conversation(turns),
            "subject_key": key.subject_key(ticket["customer_id"]),
            "personal_values": in_conversation.total(),
        }

    def scrub_tickets(self, tickets: list[dict], key: RecordKey, counts: Counter) -> list[dict]:
        """``scrub_ticket`` for many tickets, their texts through spaCy together."""
        self.prepare(text for t in tickets for text in (t["subject"], *(c["body"] for c in t["comments"])))
        return [self.scrub_ticket(ticket, key, counts) for ticket in tickets]


def render_conversation(turns: list[dict]) -> str:
    return "\n\n".join(f"{turn['role']}: {turn['text']}" for turn in turns)


def scrub(staging: Staging, policy: Policy, key: RecordKey, shard: int = 0, processes: int = 1) -> dict:
    """Scrub one shard of ``screened.parquet`` (eligible tickets that passed the sensitive-topic
    screen, cut by ``sharding.plan_shards``) into its ``scrubbed-<i>-of-<n>.parquet``; returns
    its counts. ``processes`` > 1 hands batches of tickets to that many worker processes,
    each with its own engines; the rows come back in order, so the file is the same."""
    from training_gate import sharding

    plan = sharding.read_plan(staging)
    counts: Counter[str] = Counter()
    batches = sharding.shard_batches(staging, plan, shard, sharding.BATCH_ROWS)
    if processes > 1 and plan.shard_rows(shard) >= sharding.POOL_MIN_ROWS:
        scrubbed_batches = sharding.in_worker_processes(batches, policy.scrub, key, processes, counts)
    else:
        scrubber = Scrubber(policy.scrub)
        scrubbed_batches = (scrubber.scrub_tickets(batch.to_pylist(), key, counts) for batch in batches)
    rows = write_rows(staging.path(plan.output_name(shard)), SCRUBBED_SCHEMA, scrubbed_batches)
    stats = {"shard": shard, "shards": plan.shards, "scrubbed": rows, "entities_scrubbed": dict(sorted(counts.items()))}
    staging.write_stats(plan.stats_name(shard), stats)
    return stats
