"""Sensitive topics: keep conversations about health, children, hardship, the law, special
categories of personal data, bereavement and violence out of the dataset.

Runs after eligibility and before scrubbing. Each eligible ticket's public text (its
subject and its public customer and agent comments) is read with spaCy: curated
lexicons (``policies/sensitive_topics.yaml``) are matched on lowercased lemmas with a
``PhraseMatcher`` and token patterns with a ``Matcher``, then every match must pass its
rule's guards, read from the dependency parse:

- negation: "I'm not pregnant", "I don't have diabetes" are discarded;
- who it is about: "I'm sick" or "my father died" count, "the app is dead" does not;
- idioms and products: "this bug is a nightmare", "kids' bike helmet", "dead battery"
  are exclusion patterns, and a rule may ignore words that only modify a product noun;
- purchases and works: "I ordered crutches", "a book about grief" are about a product;
- titles and signatures: "The Walking Dead", "Doctor Who" and the lines under an
  email's sign-off ("Regards, ... Hart & Co Solicitors") are not about the writer.

Only texts that could hold a term or a pattern go through the model: the tokenizer reads
every text, and ``sensitive_anchors`` tells which ones hold the words every match needs;
the others cannot produce a finding (same findings, far less work).

When the policy enables ``sensitive.model``, a small text classifier (``sensitive_model``)
also reads each ticket's public texts joined, once per ticket; every enabled category it
flags adds a finding of rule ``model`` (field ``ticket``, no offsets) heavy enough to reach
the category's threshold alone: the classifier is OR-ed with the rules. With ``model.veto``, the
rules' findings of a ticket the classifier's pooled head scores below its card's ``veto_below`` do
not count (the verdict lists their categories as overruled, and ``sensitive.json`` counts them).

A category is assigned when the weights of its findings reach the policy threshold.
A ticket with any enabled category is dropped with ``sensitive:<category>``, the first
of its categories in the policy's order. The findings (category, rule, field and
character offsets, never text) go to ``sensitive_evidence.jsonl`` in staging for the
run report; they are never published.
"""

from __future__ import annotations

import json
import re
from collections import Counter, OrderedDict
from copy import copy
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from training_gate.keys import RecordKey
from training_gate.policy import Policy, SensitiveModelSettings, SensitiveSettings
from training_gate.sensitive_anchors import AnchoredMatcher, LemmaBound, PhraseAnchors, words_present
from training_gate.spacy_ops import use_lookup_attribute_ruler, use_numpy_matrix_products
from training_gate.staging import Staging, read_rows, write_rows
from training_gate.tickets import DROPS_SCHEMA, ELIGIBLE_SCHEMA

DROP_PREFIX = "sensitive:"
PIPELINE_EXCLUDES = ("ner",)
# Texts whose findings are kept: agent macros, signatures and subjects repeat across tickets.
CACHED_TEXTS = 20_000
NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS |= {w: n for n, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
# Chat register: "shes 9", "im sick", "ive been", "ur account" are split by the tokenizer
# into pieces whose lemmas are not the verb; give them the lemma of the full form.
_CHAT_LEMMAS = {"s": "be", "m": "be", "re": "be", "ve": "have", "ll": "will", "d": "would"}
_CHAT_WORDS = {"u": "you", "ur": "your", "ya": "you", "pls": "please", "plz": "please", "some1": "someone",
               "sum1": "someone", "any1": "anyone", "every1": "everyone", "thru": "through", "ppl": "people"}
# Typed in a hurry or by ear: the words of the lexicon's ``misspelt`` set also match with two adjacent
# letters swapped or one letter left out ("dauhgter", "husbnd"), and longer ones with a vowel written as
# another or a letter doubled ("relegion", "ramadaan"), unless that spelling is a word of its own.
_MIN_MISSPELT_LENGTH = 5
_MIN_SOUNDED_LENGTH = 6
_VOWELS = "aeiou"
# Verbs of commerce: a sensitive word that is what is bought or sent is a product ("I ordered crutches").
_COMMERCE = frozenset({"buy", "order", "purchase", "return", "exchange", "ship", "stock", "sell", "reorder",
                       "refund", "swap", "restock", "deliver", "browse", "gift", "wrap", "preorder",
                       "pre-order", "review", "rate", "recommend", "list", "search"})
# Works whose topic is not the writer's life: "a book about grief", "a film on cancer".
_WORKS = frozenset({"book", "novel", "film", "movie", "documentary", "series", "show", "podcast", "course",
                    "guide", "article", "card", "poster", "game", "album", "song", "play", "magazine",
                    "journal", "workbook", "dvd", "audiobook", "ebook", "title", "episode", "print"})
_CLAUSE_BREAKS = frozenset({"but", "because", "and", "so", "since", "as", "although", "though", "while", "when",
                            "after", "until", "if"})
_NEGATIONS = frozenset({"not", "no", "never", "n't", "nt", "without", "nor", "nobody", "noone", "neither"})
# Prepositions that open an adjunct ("after my op", "as a Hindu"): a negation outside does not reach in.
_ADJUNCT_PREPOSITIONS = frozenset({"after", "since", "because", "following", "before", "during", "despite", "as",
                                   "due", "owing", "thanks", "from", "through"})
# A line on its own that closes an email: what follows is a signature, not the message.
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:kind|best|warm|many|with)?\s*(?:regards|wishes|thanks)|thanks(?: again| so much)?|thank you|"
    r"cheers|best|sincerely|yours(?: sincerely| faithfully| truly)?|--+|sent from my .*)[ \t,.!]*$",
    re.IGNORECASE | re.MULTILINE)
# Dependency relations climbed from a matched word to the clause that says who it is about.
_CLIMB = frozenset({"acomp", "attr", "dobj", "pobj", "prep", "xcomp", "compound", "amod", "advcl", "conj",
                    "oprd", "agent", "npadvmod", "appos", "dative", "nmod", "pcomp", "acl", "advmod", "nummod"})
_NEGATION_CLIMB = frozenset({"acomp", "attr", "dobj", "pobj", "prep", "xcomp", "compound", "amod", "pcomp"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# A place named as where someone works is not a stay there: "I work at the hospital", "she volunteers in a hospice".
_WORK_VERBS = frozenset({"work", "volunteer", "intern", "train", "employ", "base", "temp", "locum", "nurse"})
_WORKPLACE_PREPOSITIONS = frozenset({"at", "in", "for"})
# Nouns of a job held at a place: "casual shifts at two hospitals", "my placement at the clinic".
_WORK_NOUNS = frozenset({"shift", "job", "placement", "rotation", "post", "position", "role", "career", "contract", "locum",
                         "residency", "internship", "apprenticeship", "rota"})
_AFFECTED_PERSONS = frozenset({"patient", "user", "survivor", "sufferer", "victim", "inpatient", "outpatient", "client"})
# Who a job or a business is said of: the writer, or the customer in an agent's note ("Customer is a GP").
_IDENTITY_SUBJECTS = frozenset({"i", "we", "customer", "cust", "cx", "caller", "client"})
# Verbs of wanting or letting: "I don't want my DNA results shared" does not deny the results.
_VOLITION = frozenset({"want", "wish", "like", "let", "allow", "share", "mind", "need",
                       # and what is done with data: "please don't store my voice recording"
                       "store", "keep", "use", "save", "retain", "hold", "collect", "process", "sell", "record", "send"})


@dataclass(frozen=True)
class Finding:
    """One piece of evidence: a rule matched at ``start:end`` (characters) of a text field."""

    category: str
    rule: str
    field: str
    start: int
    end: int
    weight: float = 1.0


@dataclass(frozen=True)
class Verdict:
    categories: tuple[str, ...]
    findings: tuple[Finding, ...]
    overruled: tuple[str, ...] = ()  # categories whose rule findings the classifier overruled

    @property
    def drop_reason(self) -> str | None:
        return f"{DROP_PREFIX}{self.categories[0]}" if self.categories else None


@dataclass(frozen=True)
class Rule:
    category: str
    name: str
    subject: frozenset[str] | None = None
    object: frozenset[str] | None = None
    objects_only: frozenset[str] | None = None
    owner: frozenset[str] | None = None
    about: frozenset[str] | None = None
    pos: frozenset[str] | None = None
    dep: frozenset[str] | None = None
    not_modifier: bool = False
    not_title: bool = True
    not_product: bool = True
    not_identity: bool = False
    intransitive: bool = False
    age: bool = False
    named: bool | str = False  # True, SAME_GENDER_PAIR or MIXED_GENDER_PAIR
    writer: str | None = None
    not_job: bool = False
    not_setting: bool = False
    negatable: bool = True
    weight: float = 1.0

    @property
    def key(self) -> str:
        return f"{self.category}/{self.name}"


class LexiconError(ValueError):
    """The lexicon file is unreadable or uses an unknown set or option."""


def _expand(value, sets: dict[str, list[str]]):
    """Replace ``$name`` references by the named set, recursively, flattening lists."""
    if isinstance(value, str) and value.startswith("$"):
        if value[1:] not in sets:
            raise LexiconError(f"unknown set {value}")
        return list(sets[value[1:]])
    if isinstance(value, list):
        expanded = []
        for item in value:
            item_expanded = _expand(item, sets)
            if isinstance(item, str) and item.startswith("$"):
                expanded.extend(item_expanded)
            else:
                expanded.append(item_expanded)
        return expanded
    if isinstance(value, dict):
        return {k: _expand(v, sets) for k, v in value.items()}
    return value


class _LexiconLoader(yaml.SafeLoader):
    """YAML where only true/false are booleans: "no", "on", "off" and "yes" are words here."""


_LexiconLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LexiconLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"),
                                     list("tf"))


def load_lexicon(path: str | Path) -> dict:
    """Read the lexicon YAML and expand its sets; returns sets, exclusions and rules."""
    try:
        raw = yaml.load(Path(path).read_text(), Loader=_LexiconLoader)  # noqa: S506 (a SafeLoader)
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"cannot read lexicon {path}: {error}") from error
    sets: dict[str, list[str]] = {}
    for name, words in (raw.get("sets") or {}).items():  # a set may use the sets before it
        sets[name] = [str(w).lower() for w in _expand(list(words), sets)]
    rules: dict[str, list[dict]] = {}
    for category, category_rules in (raw.get("categories") or {}).items():
        rules[category] = [_expand(rule, sets) for rule in category_rules]
    exclusions = [_exclusion(item, sets, set(rules)) for item in raw.get("exclusions") or []]
    return {"sets": sets, "exclusions": exclusions, "rules": rules}


def _exclusion(item, sets: dict[str, list[str]], categories: set[str]) -> tuple[list, frozenset[str] | None]:
    """An exclusion as (token pattern, the categories whose findings it discards; None: every category).
    Written as a pattern, or as ``{categories: [...], pattern: [...]}`` when its words are ordinary only
    for some categories ("wake up" is no funeral wake, but "not want to wake up" may be self-harm)."""
    if not isinstance(item, dict):
        return _expand(item, sets), None
    unknown = set(item) - {"categories", "pattern"} or set(item.get("categories") or []) - categories
    if unknown or not item.get("categories") or not item.get("pattern"):
        raise LexiconError(f"exclusion {item}: needs a pattern and known categories (unknown: {sorted(unknown)})")
    return _expand(item["pattern"], sets), frozenset(item["categories"])


def _lowercase_lemmas(doc):
    for token in doc:
        lower = token.lower_
        if lower in _CHAT_LEMMAS and token.i > 0 and doc[token.i - 1].pos_ == "PRON" \
                and not doc[token.i - 1].whitespace_:
            token.lemma_ = _CHAT_LEMMAS[lower]
        elif lower in _CHAT_WORDS:
            token.lemma_ = _CHAT_WORDS[lower]
        else:
            token.lemma_ = token.lemma_.lower()
    return doc


def misspellings(nlp, words: list[str]) -> dict[str, str]:
    """Misspelt forms of ``words`` (two adjacent letters swapped, one letter left out; for longer words a
    vowel replaced or a letter doubled) mapped to the word's lemma; forms that are words the lemmatizer
    knows ("bother" for "brother") are left out."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    known = {str(w) for table in ("lemma_index", "lemma_exc")
             for entries in lemmatizer.lookups.get_table(table, {}).values() for w in entries}
    known |= set(words)
    forms: dict[str, str] = {}
    for word in sorted(set(words)):
        if len(word) < _MIN_MISSPELT_LENGTH or not word.isalpha():
            continue
        lemma = nlp(word)[0].lemma_.lower()
        variants = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
        variants |= {word[:i] + word[i + 1:] for i in range(1, len(word))}  # the first letter is rarely dropped
        if len(word) >= _MIN_SOUNDED_LENGTH:
            variants |= {word[:i] + vowel + word[i + 1:] for i in range(1, len(word)) if word[i] in _VOWELS
                         for vowel in _VOWELS if vowel != word[i]}
            variants |= {word[:i] + word[i] + word[i:] for i in range(1, len(word))}
        for variant in variants - known:
            forms.setdefault(variant, lemma)
    return forms


def signature_start(text: str) -> int:
    """Character offset where an email signature begins (after a sign-off line), else ``len(text)``.
    A sign-off followed by prose or a postscript ("Thank you!" opening a message, "P.S. ...") does not
    start a signature: a signature is names, titles, companies and contact lines."""
    for match in _SIGN_OFF.finditer(text):
        if match.end() < len(text.rstrip()) and match.start() > 0 \
                and not any(_is_prose(line) for line in text[match.end():].splitlines()):
            return match.end()
    return len(text)


_POSTSCRIPT = re.compile(r"^\s*p\.?\s?s\b", re.IGNORECASE)
_PROSE_WORDS = 4


def _is_prose(line: str) -> bool:
    """A line of the message rather than of a signature: a postscript, or a sentence of a few words,
    mostly lowercase, ending in . ? or ! (not a title and company, "Office Manager, Acme Ltd.")."""
    line = line.strip()
    words = line.split()
    return bool(_POSTSCRIPT.match(line)) or (
        len(words) >= _PROSE_WORDS and line[-1:] in ".?!" and sum(w[0].islower() for w in words) * 2 >= len(words))


@cache
def _nlp(model: str):
    import spacy
    from spacy.language import Language

    if "training_gate_lowercase_lemmas" not in Language.factories:
        Language.component("training_gate_lowercase_lemmas", func=_lowercase_lemmas)
    nlp = spacy.load(model, exclude=list(PIPELINE_EXCLUDES))
    nlp.add_pipe("training_gate_lowercase_lemmas", last=True)
    use_numpy_matrix_products(nlp)
    use_lookup_attribute_ruler(nlp)
    return nlp


def _as_set(value) -> frozenset[str] | None:
    if value is None or value is False:
        return None
    return frozenset(str(v).lower() for v in value)


class SensitiveDetector:
    """Assigns sensitive categories to texts; built once per process from the policy's settings."""

    def __init__(self, settings: SensitiveSettings, cached_texts: int = CACHED_TEXTS):
        from spacy.matcher import PhraseMatcher

        self.settings = settings
        self.nlp = _nlp(settings.spacy_model)
        self.cached_texts = cached_texts
        self._remembered: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()  # text -> findings, field ""
        lexicon = load_lexicon(settings.lexicon_path)
        self.categories = settings.enabled_categories()
        self.thresholds = {c.name: c.threshold for c in settings.categories}
        self.model = _classifier(settings)
        vocab = self.nlp.vocab
        self.lemma_matcher = PhraseMatcher(vocab, attr="LEMMA")
        self.lower_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.matcher = AnchoredMatcher(vocab)
        self.exclusions = AnchoredMatcher(vocab)
        # The phrase terms' words, to tell texts that cannot hold any term or pattern.
        self.term_anchors = PhraseAnchors(vocab)
        self.misspellings = misspellings(self.nlp, lexicon["sets"].get("misspelt", []))
        self.lemma_bound = LemmaBound(self.nlp, extra={
            word: {lemma} for word, lemma in (_CHAT_LEMMAS | _CHAT_WORDS | self.misspellings).items()})
        self.rules: dict[str, Rule] = {}
        self._data_nouns = frozenset(lexicon["sets"].get("data_noun", []))
        self._people = frozenset(lexicon["sets"].get("person", []))
        # who a person is rather than what they do: "he is a looked-after child" is not a job
        self._not_jobs = self._people | frozenset(lexicon["sets"].get("minor", []))
        self.exclusion_scope: dict[str, frozenset[str] | None] = {}
        for index, (pattern, categories) in enumerate(lexicon["exclusions"]):
            self.exclusions.add(f"exclusion_{index}", [pattern])
            self.exclusion_scope[f"exclusion_{index}"] = categories
        for category in self.categories:
            for spec in lexicon["rules"].get(category, []):
                self._add_rule(category, spec)

    def with_classifier(self, model: SensitiveModelSettings | None) -> SensitiveDetector:
        """The same rules with another classifier setting (rules alone, or never overruling): the
        rules' findings do not depend on the classifier, so the variant shares the matchers and the
        remembered findings, and screening the same texts again costs the classifier alone."""
        variant = copy(self)
        variant.settings = replace(self.settings, model=model)
        variant.model = _classifier(variant.settings)
        return variant

    def _add_rule(self, category: str, spec: dict) -> None:
        unknown = set(spec) - {"name", "terms", "pattern", "subject", "object", "objects_only", "owner", "about", "pos", "dep",
                               "not_modifier", "not_title", "not_product", "not_identity", "intransitive", "age",
                               "named", "writer", "not_job", "not_setting", "negatable", "weight"}
        if unknown:
            raise LexiconError(f"{category}/{spec.get('name')}: unknown option(s) {sorted(unknown)}")
        rule = Rule(
            category=category, name=spec["name"],
            subject=_as_set(spec.get("subject")), object=_as_set(spec.get("object")),
            objects_only=_as_set(spec.get("objects_only")),
            owner=_as_set(spec.get("owner")), about=_as_set(spec.get("about")),
            pos=frozenset(spec["pos"]) if spec.get("pos") else None,
            dep=frozenset(spec["dep"]) if spec.get("dep") else None,
            not_modifier=bool(spec.get("not_modifier", False)),
            intransitive=bool(spec.get("intransitive", False)), not_title=bool(spec.get("not_title", True)),
            not_product=bool(spec.get("not_product", True)), not_identity=bool(spec.get("not_identity", False)),
            age=bool(spec.get("age", False)), named=_named_option(category, spec), writer=spec.get("writer"),
            not_job=bool(spec.get("not_job", False)), not_setting=bool(spec.get("not_setting", False)),
            negatable=bool(spec.get("negatable", True)), weight=float(spec.get("weight", 1.0)),
        )
        if rule.key in self.rules:
            raise LexiconError(f"{rule.key}: a rule of that name already exists (it would replace it)")
        self.rules[rule.key] = rule
        if spec.get("terms"):
            terms = sorted({str(t).lower() for t in spec["terms"]})
            # A term written in its lemma form ("diagnose") matches every inflection; one written
            # inflected ("passing", "broke") matches as written only, or it would widen to "pass".
            lemma_forms = [doc for doc in self.nlp.pipe(terms) if [t.lemma_ for t in doc] == [t.lower_ for t in doc]]
            if lemma_forms:
                self.lemma_matcher.add(rule.key, lemma_forms)
            lower_forms = [self.nlp.make_doc(t) for t in terms]
            self.lower_matcher.add(rule.key, lower_forms)
            for attr, docs in (("LEMMA", lemma_forms), ("LOWER", lower_forms)):
                for doc in docs:
                    self.term_anchors.add(attr, [t.lower_ for t in doc])
        if spec.get("pattern"):
            self.matcher.add(rule.key, spec["pattern"])

    # -- reading one text -------------------------------------------------------------

    def may_find(self, doc) -> bool:
        """Whether a text read only by the tokenizer holds the words of some term or pattern;
        a text that does not has no findings, so the model need not read it."""
        present = words_present(doc, self.lemma_bound)
        return self.term_anchors.may_match(doc, present, self.lemma_bound) or self.matcher.may_match(doc, present, self.lemma_bound)

    def findings(self, doc, field: str) -> list[Finding]:
        """The findings in one parsed text, after every guard."""
        vocab = self.nlp.vocab
        for token in doc:
            if token.lower_ in self.misspellings:
                token.lemma_ = self.misspellings[token.lower_]
        present = words_present(doc)
        excluded = [(start, end, self.exclusion_scope[key]) for key, start, end in self.exclusions(doc, present)]
        signature = signature_start(doc.text)
        matches = {(vocab.strings[m], s, e) for m, s, e in self.lemma_matcher(doc)}
        matches |= {(vocab.strings[m], s, e) for m, s, e in self.lower_matcher(doc)}
        matches |= self.matcher(doc, present)
        found: dict[tuple, Finding] = {}
        # Rule name last: the same findings in the same order in every process (sets are hash-ordered).
        for key, start, end in sorted(matches, key=lambda m: (m[1], -(m[2] - m[1]), m[0])):
            rule = self.rules[key]
            if any(start < x_end and x_start < end and (scope is None or rule.category in scope)
                   for x_start, x_end, scope in excluded):
                continue
            span = doc[start:end]
            if span.start_char >= signature or not self._guards_hold(rule, span):
                continue
            finding = Finding(rule.category, rule.name, field, span.start_char, span.end_char, rule.weight)
            found.setdefault((rule.key, span.start_char), finding)
        return list(found.values())

    def _guards_hold(self, rule: Rule, span) -> bool:
        root = span.root
        if rule.pos and root.pos_ not in rule.pos:
            return False
        if rule.dep and root.dep_ not in rule.dep:
            return False
        if rule.not_modifier and _modifies_other_noun(root, self._data_nouns | self._people):
            return False
        if rule.not_title and _in_title(span):
            return False
        if rule.not_product and (_is_purchased(span.root) or _topic_of_work(span.root)):
            return False
        if rule.not_identity and _states_identity(span.root):
            return False
        # someone else's job: "her mum is a nurse" (legal roles said of another stay: "he's a defendant")
        if rule.not_job and span.root.lemma_ not in self._not_jobs and _job_of_another(span.root):
            return False
        if rule.intransitive and objects_of(root):
            return False
        if rule.not_setting and _writer_speaks_for_setting(span.doc):
            return False
        if rule.age and not _is_child_age(span):
            return False
        if rule.named in _PAIR_GENDERS:
            if _pair_genders(span) != _PAIR_GENDERS[rule.named]:
                return False
        elif rule.named and not _holds_given_name(span):
            return False
        if rule.writer:
            expected = _named_gender(span) if rule.writer == SAME_AS_NAMED else rule.writer
            if expected is None or _writer_gender(span.doc.text) != expected:
                return False
        if rule.subject and not _in_set(subject_of(root), rule.subject):
            return False
        if rule.object and not any(_in_set(o, rule.object) for o in objects_of(root)):
            return False
        if rule.objects_only and not all(_in_set(o, rule.objects_only) for o in objects_of(root)):
            return False
        if rule.owner and not _in_set(owner_of(root), rule.owner):
            return False
        if rule.about and not _is_about(span, rule.about):
            return False
        if rule.category in _ANIMAL_CATEGORIES and said_of_pet(span, self._not_jobs):
            return False
        if rule.category == "children" and (_child_word_names_pet_or_car(span, self._not_jobs) or _any_child_supposed(span)
                                            or (rule.not_title and _in_embedded_title(span))):
            return False
        if is_hypothetical(span) or _said_of_anyone(span.root) or _offered_by_us(span.root) or _serves_organisation(span.root) \
                or _said_in_jest(span) or _subject_taught(span.root, self._not_jobs) \
                or _describes_own_organisation(span.root, self._not_jobs, job=rule.category in _JOB_DOMAIN_CATEGORIES,
                                               state=rule.category == "financial_hardship"):
            return False
        if not rule.negatable:
            return True
        negation = _negation_of(span)
        return negation is None or _denies_only_doing(negation, _inable_verbs(rule.category, span)) \
            or (rule.category == "special_categories" and _denies_only_now(negation))

    def categorize(self, findings: list[Finding], texts: dict[str, str] | None = None,
                   overruled: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """Categories whose findings reach their threshold, in the policy's order. Given the ticket's
        ``texts``, the same words found by the same rule count once: a weak sign repeated ("membership
        benefits" in the question and again in the answer) is one sign, two different ones are two.
        Rule findings of an ``overruled`` category do not count."""
        counted: set[tuple[str, str, str]] = set()
        score: Counter[str] = Counter()
        for finding in findings:
            if finding.category in overruled and finding.rule != "model":
                continue
            words = texts[finding.field][finding.start:finding.end].lower() if texts and finding.field in texts \
                else f"{finding.field}:{finding.start}"
            key = (finding.category, finding.rule, words)
            if key in counted:
                continue
            counted.add(key)
            score[finding.category] += finding.weight
        return tuple(c for c in self.categories if score[c] > 0 and score[c] >= self.thresholds[c])

    def screen_texts(self, fields: list[tuple[str, str]]) -> Verdict:
        """Screen one ticket given as (field name, text) pairs."""
        return self.screen_many([fields])[0]

    def screen_many(self, tickets: list[list[tuple[str, str]]], batch_size: int = 64) -> list[Verdict]:
        """Screen many tickets at once: the tokenizer reads every text, the model (one
        ``nlp.pipe``) only the texts that hold the words of some term or pattern."""
        texts = [text for fields in tickets for _, text in fields if text and text.strip()]
        known = {text: self._remembered[text] for text in texts if text in self._remembered}
        tokenized = [(text, self.nlp.make_doc(text)) for text in dict.fromkeys(texts) if text not in known]
        known |= {text: () for text, _ in tokenized}
        candidates = [(text, doc) for text, doc in tokenized if self.may_find(doc)]
        docs = self.nlp.pipe((doc for _, doc in candidates), batch_size=batch_size)
        for (text, _), doc in zip(candidates, docs, strict=True):
            known[text] = tuple(self.findings(doc, ""))
        for text in dict.fromkeys(texts):
            self._remembered[text] = known[text]
            self._remembered.move_to_end(text)
        while len(self._remembered) > self.cached_texts:
            self._remembered.popitem(last=False)
        verdicts = []
        for fields, (flagged, doubted) in zip(tickets, self._model_assessments(tickets), strict=True):
            found = [replace(finding, field=name) for name, text in fields if text and text.strip()
                     for finding in known[text]]
            found += [self._model_finding(c) for c in flagged if c in self.categories]
            # only rule findings are overruled: a category the classifier itself flags stays its own finding
            overruled = frozenset(doubted) & {f.category for f in found if f.rule != "model"}
            verdicts.append(Verdict(self.categorize(found, dict(fields), overruled), tuple(found),
                                    tuple(c for c in self.categories if c in overruled)))
        return verdicts

    def _model_assessments(self, tickets: list[list[tuple[str, str]]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Per ticket, the classifier's flagged and, with ``veto``, doubted categories (all tickets
        scored at once); neither without a model."""
        if self.model is None:
            return [((), ())] * len(tickets)
        from training_gate.sensitive_model import model_text
        assessed = self.model.assess_many([model_text(fields) for fields in tickets])
        return assessed if self.settings.model.veto else [(flagged, ()) for flagged, _ in assessed]

    def _model_finding(self, category: str) -> Finding:
        """A classifier flag as evidence: whole ticket, no offsets, weighing the category's threshold."""
        threshold = self.thresholds.get(category, 1.0)
        return Finding(category, "model", "ticket", 0, 0, threshold if threshold > 0 else 1.0)


def _classifier(settings: SensitiveSettings):
    """The policy's classifier, or None for the rules alone; refuses a model changed since the policy was read."""
    if not settings.model_enabled():
        return None
    from training_gate.sensitive_model import SensitiveModel
    model = SensitiveModel(settings.model.path)
    if model.card_sha256 != settings.model.card_sha256:
        raise ValueError(f"sensitive model card {settings.model.path} changed since the policy was read")
    return model


# -- dependency helpers (plain functions so tests can call them) ----------------------

def _in_set(token, words: frozenset[str]) -> bool:
    """``token`` is one of ``words``, or a name that one of them introduces ("my aunt Rosa", "Ruth, my wife")."""
    if token is None:
        return False
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    return token.pos_ == "PROPN" and any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"
                                         and (c.lemma_.lower() in words or c.lower_ in words) for c in token.children)


class _Writer:
    """The implied subject of a fragment that drops "I": "Widowed recently", "Fasting for Ramadan"."""

    lemma_ = lower_ = "i"
    pos_ = "PRON"


_IMPLIED_WRITER = _Writer()
# A sentence without a subject whose head is an adjective or a participle is the writer's own state
# ("Pregnant with twins", "Widowed recently"); a bare verb is an imperative ("Cancel it") and a noun a label.
_FRAGMENT_TAGS = frozenset({"JJ", "VBN", "VBG", "VBD"})


def _is_fragment_head(token) -> bool:
    """``token`` heads a sentence with no subject ("Been sleeping in my van"); only adverbs and
    auxiliaries come before it."""
    return token.dep_ == "ROOT" and token.tag_ in _FRAGMENT_TAGS \
        and not any(c.dep_ in ("expl", "csubj") for c in token.children) \
        and all(t.pos_ in ("ADV", "AUX", "PUNCT", "INTJ", "SPACE", "CCONJ") for t in token.doc[token.sent.start:token.i])


_QUANTIFIERS = frozenset({"some", "most", "all", "both", "many", "few", "several", "each", "either", "half", "none"})


def _partitive_whole(token):
    """The people a quantity is taken from: "two of my staff", "some of our guests" (the staff, the guests)."""
    if token.pos_ == "NUM" or token.lower_ in _QUANTIFIERS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                wholes = [g for g in prep.children if g.dep_ == "pobj"]
                if wholes:
                    return wholes[0]
    return token


def subject_of(token):
    """The grammatical subject governing ``token``, climbing from modifiers and objects to their clause;
    the writer for a subjectless fragment headed by an adjective or participle."""
    current = token
    for _ in range(6):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1:  # "Customer: my phone died": the speaker's label is not the subject when the line has one
            subjects = [c for c in subjects if not _speaker_label(c)] or subjects
        if subjects:
            if subjects[0].lower_ in ("who", "that") and current.dep_ == "relcl":
                return current.head  # "her son who's in primary": the person the clause is about
            return _partitive_whole(subjects[0])
        for child in current.children:  # "I'm registered disabled" parsed with "I" under the auxiliary
            if child.dep_ in ("aux", "auxpass"):
                subjects = [g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")]
                if subjects:
                    return subjects[0]
        if current.dep_ in _CLIMB and current.head.i != current.i:
            current = current.head
        elif _is_fragment_head(current):
            return _IMPLIED_WRITER
        else:
            return None
    return None


_SPEAKER_LABELS = frozenset({"customer", "cust", "caller", "client", "user", "guest", "member", "agent", "rep", "advisor", "adviser",
                             "operator", "me", "buyer", "seller", "host", "tenant", "parent", "patient", "cx"})


def _speaker_label(token) -> bool:
    """A speaker's label opening a line of a transcript: "Customer: ...", "Caller: ..."."""
    return token.lower_ in _SPEAKER_LABELS and token.i + 1 < len(token.doc) and token.nbor(1).text == ":" and (
        token.i == 0 or "\n" in token.nbor(-1).text or token.nbor(-1).is_punct)


def objects_of(token) -> list:
    return [c for c in token.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
            or (c.dep_ == "prep" and c.lower_ in ("at", "on") and any(g.dep_ == "pobj" for g in c.children)
                and _in_pronoun(c))]


def _in_pronoun(preposition) -> bool:
    """"shouted at me", "spat on her": the object of at/on is a person pronoun."""
    return any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in preposition.children)


def owner_of(token):
    """The possessive on ``token`` ("my diabetes", "my son's school", "the death of my wife"),
    also through a compound."""
    current = token
    for _ in range(3):
        for child in current.children:
            if child.dep_ == "poss":
                written_without_apostrophe = [c for c in current.children  # "my sons teacher": the son's
                                              if c.dep_ == "compound" and c.tag_ == "NNS" and c.i == child.i + 1]
                return written_without_apostrophe[0] if written_without_apostrophe else child
        for child in current.children:  # "my brothers death": a possessor written without its apostrophe
            if child.dep_ == "compound" and any(g.dep_ == "poss" for g in child.children):
                return child
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                owners = [g for g in child.children if g.dep_ == "pobj"]
                if owners:
                    return owners[0]
        if current.dep_ in ("compound", "amod", "nummod") and current.head.i != current.i:
            current = current.head
        else:
            return None
    return None


def _is_about(span, words: frozenset[str]) -> bool:
    """The match speaks about someone in ``words``: its subject, object or owner, or the noun it describes."""
    root = span.root
    if _had_by_thing(root, words):
        return False
    subject = subject_of(root)
    if _in_set(subject, words) or _owned_by(root, words):
        return True
    if subject is not None and subject is not _IMPLIED_WRITER and any(_in_set(c, words) for c in subject.conjuncts):
        return True  # "my dog and my grandad died": one of the subjects joined by "and"
    if any(_in_set(o, words) for o in objects_of(root) if o.dep_ != "prep"):
        return True
    if root.dep_ == "dobj" and any(c.dep_ == "dative" and _in_set(c, words) for c in root.head.children):
        return True  # "sent me threats", "gave her a black eye": the person the thing is given to
    if any(c.dep_ == "relcl" and _in_set(subject_of(c), words) for c in root.children):
        return True  # "the conviction you declared", "the lawsuit I filed": whose it is, said by a clause
    head = root
    for _ in range(3):  # "my 7-year-old son", "a sick child", "my son (aged 9)"
        if head.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break  # "Customer: my laptop died": a clause with its own subject does not describe the noun it hangs from
        if head.dep_ in ("amod", "compound", "nummod", "npadvmod", "acl", "appos") and head.head.i != head.i:
            head = head.head
            if _in_set(head, words) or _in_set(owner_of(head), words):
                return True
        else:
            break
    return False


# Possessive pronouns of people: with a set of people that holds the pronouns ("i", "she"), "my probation
# officer" and "her divorce" are about a person as much as "I'm on probation".
_PERSON_POSSESSIVES = frozenset({"my", "his", "her", "their"})  # not "our": often a business ("our clinic")
_OWNER_POSSESSIVES = _PERSON_POSSESSIVES | {"our"}  # whose data it is: "our DNA results" too


def _owned_by(token, words: frozenset[str]) -> bool:
    """The owner of the match is in ``words``; or, for a set of people, a possessive pronoun on the match or
    on the noun it is compounded with ("my probation officer"), not on a noun it only describes ("my dead plant")."""
    owner = owner_of(token)
    if _in_set(owner, words):
        return True
    return owner is not None and "i" in words and owner.dep_ == "poss" and owner.lower_ in _PERSON_POSSESSIVES \
        and (owner.head.i == token.i or (token.dep_ == "compound" and owner.head.i == token.head.i))


def _had_by_thing(token, people: frozenset[str]) -> bool:
    """The match describes a thing, not a person: "a doll with a broken arm", "I received the figure
    with a broken leg" ("with" after an object that is not a person)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    holder = token.head.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return not _in_set(holder, people)
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < token.i and not _in_set(c, people)
               for c in holder.children)


_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})


def _in_title(span) -> bool:
    """The match is part of a capitalised name inside a sentence: "The Lincoln Lawyer", "Arrested Development",
    or a quoted title: "the novel 'Grief Is the Thing with Feathers'"."""
    doc = span.doc
    if not all(t.is_title or t.is_upper or not t.is_alpha for t in span):
        return False
    if _in_quoted_name(span):
        return True
    neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(n.is_title and n.pos_ == "PROPN" and not n.is_sent_start for n in neighbours) or (
        span.root.pos_ == "PROPN" and not span[0].is_sent_start
        and span.start > 0 and doc[span.start - 1].lower_ == "the" and not doc[span.start - 1].is_sent_start)


def _in_embedded_title(span) -> bool:
    """The match is a capitalised word of a run of two or more capitalised words set inside a lowercase sentence: a
    bundle, a band or a playlist ("the Kids Unlimited bundle", "play The Kids Are Alright", "the Toddler Tunes playlist"),
    not a sentence or a subject line written in title case."""
    doc = span.doc
    if not any(t.is_alpha for t in span) or not all(t.is_title for t in span if t.is_alpha):
        return False  # ("the 11+ in September" has no capitalised word)
    start, end = span.start, span.end
    while start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start:
        start -= 1
    while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
        end += 1
    if end - start < 2 or doc[start].is_sent_start or start == 0:
        return False
    before = doc[start - 1]
    after = doc[end] if end < len(doc) else None
    if before.lower_ in ("my", "our", "his", "her", "their", "your", "me", "mine"):
        return False  # "my Son Jake needs a login": a relative capitalised, not a name of a thing
    return before.is_alpha and before.is_lower and (after is None or not after.is_alpha or after.is_lower)


def _in_quoted_name(span, reach: int = 8) -> bool:
    """A capitalised quotation of a few words around the match, on one line: a title, not the writer's words."""
    doc = span.doc
    before = [doc[i] for i in range(span.start - 1, max(-1, span.start - reach - 1), -1)]
    opening = next((t for t in before if t.text in _QUOTES or "\n" in t.text), None)
    if opening is None or opening.text not in _QUOTES or not doc[opening.i + 1].is_title:
        return False
    after = [doc[i] for i in range(span.end, min(len(doc), span.end + reach))]
    closing = next((t for t in after if t.text in _QUOTES or "\n" in t.text), None)
    return closing is not None and closing.text in _QUOTES


def _modifies_other_noun(token, data_nouns: frozenset[str]) -> bool:
    """``token`` only describes another noun that is not personal data: "child lock", "kids' helmet".
    A "noun" with an object or a clause of its own is a verb the tagger misread ("my 9 yr old keeps
    ordering": "keeps" is not a noun being described)."""
    head = token.head
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in head.children):
        return False
    if _is_contracted_when(token):
        return False
    return token.dep_ in _MODIFIER_DEPS and head.i != token.i and head.lemma_ not in data_nouns


_WHEN_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
                         "tonight", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"})


def _is_contracted_when(token) -> bool:
    """"the funeral's Friday": the parser reads the "'s" of "is" as a possessive, so the word seems to
    describe the day; a "'s" followed by a day is the verb, and the word is the sentence's subject."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return (token.dep_ == "poss" and nxt is not None and nxt.text in ("'s", "’s") and after is not None
            and after.lower_ in _WHEN_WORDS and after.i == token.head.i)


_TELLING = frozenset({"declare", "disclose", "mention", "admit", "reveal"})


def _denies_telling(negation, span) -> bool:
    """"did not declare type 2 diabetes", "never mentioned her epilepsy": what is denied is the telling, and
    the fact told stays revealed; the negation governs a verb of telling that has the match below it."""
    verb = negation.head
    if verb.lemma_ not in _TELLING:
        return False
    return any(ancestor.i == verb.i for ancestor in span.root.ancestors)


def is_negated(span) -> bool:
    """A negation outside the match governs it: "I'm not pregnant", "I don't have cancer", "no lawyer"."""
    return _negation_of(span) is not None


# verbs whose "can't" denies only the doing, so the thing done to stays revealed: "I can't pay the arrears",
# "can't make Thursday, I'm in court", "on bail so I can't leave the country" (not "can't see any arrears")
_INABLE_VERBS = frozenset({"pay", "afford", "make", "attend", "come", "leave", "go", "travel", "cover", "clear", "keep",
                           "settle", "meet", "fly", "join", "repay", "work", "manage"})
_INABILITY_MODALS = frozenset({"ca", "can", "could", "cannot"})
# the categories whose findings stay when only the doing is denied, with their verbs of doing. Legal adds "can't
# collect the parcel, on remand till Friday" and "can't pick it up" (a hardship finding stays negated by them: "we
# can't do a payment holiday on this plan"), and "can't do" when the match is owned ("can't do my community service
# hours", not "can't do the court museum tour")
_INABLE_VERBS_BY_CATEGORY = {"financial_hardship": _INABLE_VERBS, "legal": _INABLE_VERBS | {"collect", "pick"}}
_INABLE_VERBS_OWNED = {"legal": frozenset({"do"})}


def _inable_verbs(category: str, span) -> frozenset[str]:
    """The verbs whose "can't" leaves a finding of ``category`` standing (none: every negation clears it)."""
    verbs = _INABLE_VERBS_BY_CATEGORY.get(category, frozenset())
    owned = _INABLE_VERBS_OWNED.get(category)
    return verbs | owned if owned and _has_possessive(span) else verbs


def _denies_only_doing(negation, verbs: frozenset[str]) -> bool:
    """The negation is "can't" or "couldn't" on one of ``verbs`` ("can't pay", "couldn't make it")."""
    verb = negation.head
    if negation.lower_ == "not" and negation.i > 0 and negation.doc[negation.i - 1].lower_ == "can":
        verb = negation.doc[negation.i - 1].head
    return verb.lemma_ in verbs and any(c.dep_ == "aux" and c.lower_ in _INABILITY_MODALS for c in verb.children)


def _denies_only_now(negation) -> bool:
    """"I'm not keeping kosher any more", "she no longer attends the Kingdom Hall": what is denied is the present,
    and a belief, a practice or a membership once held stays revealed. (Special categories only: "he's not a baby
    any more" says the person is no longer a child, and "we no longer use external recovery" is a business's news.)"""
    doc = negation.doc
    if negation.lower_ == "no" and negation.i + 1 < len(doc) and doc[negation.i + 1].lower_ == "longer":
        return True
    for token in doc[negation.i + 1:negation.sent.end]:
        if token.is_punct or token.lower_ in _CLAUSE_BREAKS:
            return False
        if token.lower_ == "anymore" or (token.lower_ == "more" and doc[token.i - 1].lower_ == "any"):
            return True
    return False


def _alternative(token) -> bool:
    """A "not" that offers an alternative rather than denying: "can help me or not, I got epilepsy", "whether or not"."""
    return token.lower_ == "not" and token.i > 0 and token.doc[token.i - 1].lower_ == "or"


def _negation_of(span):
    """The negation token that governs the match (see is_negated), or None."""
    doc = span.doc
    sentence_start = span.sent.start
    owned = _has_possessive(span)
    for i in range(span.start - 1, max(sentence_start, span.start - 4) - 1, -1):
        token = doc[i]
        if token.is_punct or token.lower_ in _CLAUSE_BREAKS:
            break  # "No, my father died": the negation belongs to another clause
        if owned and token.lemma_ in _VOLITION:
            return None  # "I don't want my diagnosis shared": wanting is denied, not the diagnosis
        if (token.lower_ in _NEGATIONS or token.lemma_ == "not") and not _alternative(token):
            return None if _denies_telling(token, span) else token
    current = span.root
    for _ in range(4):
        if owned and current.i != span.root.i and current.lemma_ in _VOLITION:
            return None
        if current.i != span.root.i and current.lemma_ in _TELLING:
            return None
        negations = [c for c in current.children if c.dep_ == "neg" and not span.start <= c.i < span.end and not _alternative(c)]
        if negations:
            return negations[0]
        if current.dep_ == "prep" and current.lower_ in _ADJUNCT_PREPOSITIONS:
            break  # "after my op I can't drive": the main clause's negation does not reach the adjunct
        if current.dep_ in _NEGATION_CLIMB and current.head.i != current.i:
            current = current.head
        else:
            break
    return None


# Who a conditional or a policy addresses: the reader, or anyone ("If you're struggling to pay, ...",
# "support for customers in financial difficulty", "access for people with a disability").
_ANYONE = frozenset({"you", "anyone", "anybody", "someone", "somebody", "customer", "user", "people", "member", "client",
                     "those", "everyone", "household", "family", "individual", "employee", "staff", "worker"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# kinds of learner, rider or client a business may cater for
_GROUPS = frozenset({"learner", "beginner", "driver", "student", "flyer", "flier", "traveller", "traveler", "rider", "swimmer",
                     "climber", "newcomer", "visitor", "pupil", "player", "adult", "patient", "runner", "dancer", "diner", "skier"})


_OWN_DEATH_MARKS = frozenset({"if", "when", "once", "after", "until", "case"})
# the holder of an account or a policy in terms and conditions ("what happens if the account holder dies")
_ROLE_HOLDERS = frozenset({"holder", "accountholder", "policyholder", "subscriber", "insured"})
# whoever dies in a question about a rule ("what happens to a loan if the borrower dies")
_ANYONE_DYING = frozenset({"they", "someone", "somebody", "anyone", "anybody", "borrower", "owner", "person", "member", "parent"})


def is_hypothetical(span) -> bool:
    """The match sits in a conditional clause about the reader or anyone: agent boilerplate such as
    "If you are in danger, call 999" or "If you have a disability, tell us"; not "If my son is 12 ...";
    or it is the writer's own death, which can only be to come ("what happens to my photos if I die")."""
    current = span.root
    for _ in range(6):
        marks = [c.lower_ for c in current.children if c.dep_ in ("mark", "advmod")]
        if current.lemma_ in ("die", "pass") and _OWN_DEATH_MARKS.intersection(marks):
            subjects = [c for c in current.children if c.dep_ == "nsubj"]
            if any(c.lower_ in ("i", "we") for c in subjects):
                return True
            if current.tag_ in ("VBZ", "VBP") and any(
                    (c.lower_ in _ANYONE_DYING or c.lemma_ in _ANYONE | _ROLE_HOLDERS | _ANYONE_DYING)
                    and not any(g.dep_ == "poss" for g in c.children) for c in subjects):
                return True  # a rule asked about: "what happens to the number after the account holder dies", "when they die"
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in current.children) and any(
                c.dep_ == "advmod" and c.lower_ in ("ever", "someday") for c in current.children):
            return True  # "if I ever have kids", "if she someday needs a wheelchair": a future that may not come
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in current.children):
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            return any(c.lower_ in _ANYONE or c.lemma_ in _ANYONE or c.lemma_ in _ROLE_HOLDERS for c in subjects) or (
                not subjects and current.dep_ != "ROOT")
        if current.head.i == current.i or current.dep_ == "ROOT":
            return False
        current = current.head
    return False


def _said_of_anyone(token) -> bool:
    """The match describes a group in general: "customers in financial difficulty", "people with disabilities",
    "your blind customers"."""
    if token.dep_ == "amod" and token.head.tag_ in ("NNS", "NNPS") and token.head.lemma_ in _GROUPS \
            and token.head.dep_ in ("pobj", "dobj") and not any(c.dep_ in ("poss", "nummod", "det") for c in token.head.children):
        return True  # "(do you specialise in) anxious adult learners", "(we teach) deaf swimmers": a kind of learner or client
    if token.dep_ == "amod" and token.head.tag_ in ("NNS", "NNPS") and token.head.lemma_ in _ANYONE \
            and not any(c.dep_ == "poss" and c.lower_ in _PERSON_POSSESSIVES for c in token.head.children):
        return True
    holders = [token, token.head] if token.dep_ == "dobj" else [token]
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") and g.lemma_ in _ANYONE
                                                          and not any(p.dep_ == "poss" for p in g.children) for g in c.children)
           for holder in holders for c in holder.children):
        return True  # "(deducting) union dues for employees who ask": a service for a group
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in ("in", "with", "under", "facing", "experiencing"):
            if any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in token.children):
                return False  # "people in my political group": the writer's own group, not people in general
            holder = token.head.head
            return holder.tag_ in ("NNS", "NNPS") and holder.lemma_ in _ANYONE and not any(
                c.dep_ == "poss" for c in holder.children)
        if token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
        else:
            return False
    return False


_JEST = re.compile(r"\b(jk|j/k|just kidding|just joking|only joking|kidding)\b"
                   # taken back in brackets: "I could sue you for this 😂 (I won't)", "(not really)"
                   r"|\((?:but |ok |okay )?(?:i|we) (?:won'?t|wouldn'?t|will not|would not)\)|\(not really\)", re.IGNORECASE)
_SERVICE_ROLES = frozenset({"contractor", "consultant", "supplier", "vendor", "provider", "freelancer", "agency", "developer",
                            "designer", "admin", "administrator", "accountant", "cleaner", "caterer", "printer"})


def _said_in_jest(span) -> bool:
    """The sentence takes itself back: "im gonna sue lol jk"."""
    return bool(_JEST.search(span.sent.text))


def _serves_organisation(token) -> bool:
    """The match names an organisation the writer works for, not one they belong to: "the IT contractor for a
    trade union", "a cleaner for a mosque"."""
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ in ("for", "to") and token.head.head.lemma_ in _SERVICE_ROLES \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return True
        if token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
        else:
            return False
    return False


# What the writer speaks for: an institution ("we're a Catholic secondary school", "a collections agency", "I'm with the IT
# department of a regional hospital") or a unit of one ("the community policing team for Riverside ward", "a funeral home group
# hiring two funeral directors"); not who people are ("we're a Muslim family", "a Jewish youth group").
_INSTITUTIONS = frozenset({"school", "college", "academy", "university", "charity", "firm", "company", "business", "practice", "agency",
                           "organisation", "organization", "trust", "foundation", "home", "clinic", "hospital", "pharmacy", "centre",
                           "center", "department", "office", "shop", "store", "studio", "startup", "publisher", "provider", "nursery",
                           "hospice", "consultancy", "retailer", "supplier", "employer", "bank", "council", "ministry", "service",
                           "parish", "chain", "network", "partnership", "cooperative", "brand", "venue", "library", "museum",
                           "manufacturer", "lender", "insurer", "practitioner"})
_UNITS = frozenset({"group", "team", "unit", "division", "branch", "desk"})
# Jobs whose field is named by a hardship or legal word: "I'm an insolvency accountant", "a criminal defence lawyer"
_JOBS = frozenset({"accountant", "practitioner", "lawyer", "solicitor", "barrister", "attorney", "advocate", "paralegal", "officer",
                   "adviser", "advisor", "consultant", "specialist", "partner", "manager", "teacher", "lecturer", "clerk", "caseworker",
                   "counsellor", "counselor", "administrator", "analyst", "investigator", "judge", "magistrate", "reporter",
                   "journalist", "researcher", "trainer", "agent", "associate", "coordinator", "worker", "volunteer", "trustee",
                   "receiver", "auditor", "underwriter", "examiner"})
_JOB_DOMAIN_CATEGORIES = frozenset({"financial_hardship", "legal"})
# categories whose words also befall animals: a pet's illness, medicine, operation or death is no one's health or loss
_ANIMAL_CATEGORIES = frozenset({"health", "bereavement"})
_HIRING = frozenset({"hire", "recruit", "employ", "post", "advertise", "seek", "fill", "staff"})
_TEACHING = frozenset({"teach", "lecture", "tutor"})


def _describes_own_organisation(token, people: frozenset[str], job: bool = False, state: bool = False) -> bool:
    """The match sits in the writer's description of the organisation they speak for ("we're a Catholic secondary
    school", "we're a collections agency posting Debt Recovery Officer vacancies", "I'm with the IT department of a
    regional hospital"), or, with ``job``, of their own job ("I'm an insolvency accountant"); not of who people are
    ("we're a Muslim family", "I'm a Catholic", "a Jewish youth group"). With ``state``, an adjective of the
    organisation's own state is kept ("we're a struggling charity")."""
    if state and token.dep_ in ("amod", "acomp"):
        return False
    institution = token.lemma_ in _INSTITUTIONS
    modifier_only, moved = True, False
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in ("compound", "amod", "nmod", "npadvmod", "det") and head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") \
                and head.dep_ != "ROOT":
            token = head
        elif token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "for") \
                and head.head.pos_ in ("NOUN", "PROPN"):
            token, modifier_only = head.head, False
        elif token.dep_ == "dobj" and head.lemma_ in _HIRING and head.dep_ in ("acl", "relcl"):
            token, modifier_only = head.head, False
        else:
            break
        moved = True
        if token.lemma_ in people:
            return False
        institution = institution or token.lemma_ in _INSTITUTIONS
    if token.lemma_ in people or any(c.dep_ == "poss" for c in token.children):
        return False
    organisation = token.lemma_ in _INSTITUTIONS or (token.lemma_ in _UNITS and (institution or not modifier_only))
    own_job = job and moved and modifier_only and token.lemma_ in _JOBS
    if not (organisation or own_job):
        return False
    head = token.head
    if token.dep_ == "attr" and head.lemma_ == "be":  # an organisation speaks as "we" ("I'm a shop steward" is a job)
        speakers = _IDENTITY_SUBJECTS - {"i"} if organisation and not own_job else _IDENTITY_SUBJECTS
        return any(c.dep_ == "nsubj" and c.lower_ in speakers for c in head.children)
    if organisation and token.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.head.children)  # "I'm with the council"
    return False


def _subject_taught(token, people: frozenset[str]) -> bool:
    """The match is the subject the writer teaches: "I teach politics", "we tutor religious studies"."""
    for _ in range(2):
        if token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
    if token.dep_ != "dobj" or token.head.lemma_ not in _TEACHING or token.lemma_ in people \
            or any(c.dep_ == "poss" for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.head.children)


_OFFER_VERBS = frozenset({"offer", "provide"})


def _offered_by_us(token) -> bool:
    """The match is what the company offers: "We offer a payment holiday to customers", "we provide a
    bereavement service"."""
    for _ in range(3):
        head = token.head
        if token.dep_ == "dobj" and head.lemma_ in _OFFER_VERBS:
            return any(c.dep_ == "nsubj" and c.lower_ == "we" for c in head.children)
        if token.dep_ in ("compound", "amod") and head.i != token.i:
            token = head
        else:
            return False
    return False


def _has_possessive(span) -> bool:
    """The match is owned by a person pronoun: "my DNA results", "her diagnosis"."""
    return any(t.dep_ == "poss" and t.lower_ in _OWNER_POSSESSIVES for t in span) \
        or any(c.dep_ == "poss" and c.lower_ in _OWNER_POSSESSIVES for c in span.root.children)


def _is_purchased(token) -> bool:
    """The match names what is bought, returned or sent: "I ordered crutches", "returning the baby monitor"."""
    current = token
    for _ in range(4):
        if current.head.i == current.i or current.dep_ not in ("dobj", "compound", "amod", "conj", "nsubjpass", "appos",
                                                          "pobj", "prep"):
            return False
        if current.dep_ in ("pobj", "prep") and current.lower_ != "of" and current.head.lower_ != "of":
            return False  # "insulin for my diabetes" is about the diabetes; "a pack of plasters" is a product
        head = current.head
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False  # a clause of its own: "my father was listed but he passed in December"
        if head.lemma_ in _COMMERCE and (current.dep_ == "dobj" or (head.pos_ == "VERB" and current.dep_ in ("nsubjpass", "conj"))):
            return True  # an object's head is a verb, whatever the tagger says ("Do you stock insulin cooler bags?")
        if head.pos_ == "VERB":
            return False
        current = head
    return False


def _topic_of_work(token) -> bool:
    """The match is the topic or title of a work: "a book about grief", "the divorce guide", or told in a
    clause about a work's plot ("a novel where the narrator inherits a shop after an uncle's death")."""
    if _in_plot_of_work(token):
        return True
    current = token
    for _ in range(3):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "pobj" and head.lower_ in ("about", "on") and head.head.lemma_ in _WORKS:
            return True
        if current.dep_ in ("compound", "amod") and head.lemma_ in _WORKS:
            return True
        if current.dep_ not in ("pobj", "compound", "amod"):
            return False
        current = head
    return False


_PLOTS = frozenset({"novel", "book", "story", "film", "movie", "script", "screenplay", "series", "episode", "play", "plot",
                    "storyline", "drama", "comic", "sitcom", "musical", "game", "fiction", "documentary"})


def _in_plot_of_work(token, reach: int = 6) -> bool:
    """The match sits in a "where" or "in which" clause of a work: "a novel where the heroine ...", "a story in
    which ..." (a plot told, not the writer's life)."""
    current = token
    for _ in range(reach):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "relcl" and head.lemma_ in _PLOTS and any(
                c.lower_ == "where" or (c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)) for c in current.children):
            return True
        current = head
    return False


_FIRMS = frozenset({"firm", "company", "business", "practice", "chain", "network", "partnership", "team", "group", "agency"})


def _states_identity(token) -> bool:
    """The match names the job or workplace of the writer or the customer: "I'm a lawyer by training",
    "Customer is a GP", "we're a physio clinic", "works as a court reporter", "I work at the hospital",
    "ordered for the care home"; not "my lawyer" or "I was at the hospital"."""
    if _court_of_legal_writer(token):
        return True
    for _ in range(2):  # "a criminal defence lawyer", "a physio clinic": the noun the match describes
        if token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i \
                and (token.head.pos_ in ("NOUN", "PROPN") or token.head.dep_ == "attr"):  # "is a paramedic asking ..."
            if token.head.lemma_ in _AFFECTED_PERSONS:
                return False  # "I'm a hospital patient", "a wheelchair user": the person, not a job
            token = token.head
    if any(c.dep_ == "advmod" and c.lower_ == "here" for c in token.children) and token.i - token.sent.start <= 3 \
            and not any(c.dep_ in ("det", "poss") for c in token.children):
        return True  # "Police officer here - ...": the writer introduces themself by their job
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in _FIRMS:
        token = token.head.head  # "we're a family firm of funeral directors": the firm is the identity
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _WORKPLACE_PREPOSITIONS and head.head.lemma_ in _WORK_VERBS:
        return True
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _WORK_VERBS | {"qualify", "retire"}:
        return True
    if token.dep_ == "pobj" and head.lower_ in _WORKPLACE_PREPOSITIONS | {"on"} and (
            head.head.lemma_ in _WORK_NOUNS or any(c.dep_ == "dobj" and c.lemma_ in _WORK_NOUNS for c in head.head.children)):
        return True  # "my placement at the clinic", "doing casual shifts at two hospitals", "shifts on the ambulances"
    if token.dep_ == "pobj" and head.lower_ in _WORKPLACE_PREPOSITIONS and _is_workplace(token) and (
            _is_own_job(head.head) or (head.head.lemma_ == "be" and any(_is_own_job(c) for c in head.head.children))):
        return True  # "I'm a security guard at the hospital", "I'm practice manager at a paediatric clinic"
    if token.dep_ == "conj" and token.head.dep_ == "dobj" and _is_workplace(token):
        token, head = token.head, token.head.head  # "opening a small gym and physio studio"
    if token.dep_ == "dobj" and head.lemma_ in _RUNNING and _is_workplace(token) and not any(c.dep_ == "poss" for c in token.children) \
            and any(c.dep_ == "nsubj" and c.lower_ in _IDENTITY_SUBJECTS for c in head.children):
        return True  # a business the writer runs: "I run a physio clinic", "we're opening a pharmacy"
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in _COMMERCE \
            and not any(c.dep_ == "poss" and c.lower_ not in ("our", "their") for c in token.children):
        return True  # a customer organisation: "we ordered for the care home"
    if token.i >= 2 and token.doc[token.i - 1].lower_ in ("am", "'m", "m") and token.doc[token.i - 2].lower_ in ("i", "i'm") \
            and token.pos_ == "NOUN":
        return True  # "I am lawyer": a job said without its article (misparsed)
    return token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in _IDENTITY_SUBJECTS for c in head.children) \
        and not any(c.dep_ == "poss" for c in token.children)


# Verbs of running a business: "I run a physio clinic", "we own two pharmacies", "I'm opening a small clinic".
_RUNNING = frozenset({"run", "own", "manage", "operate", "open"})
_PLACES_OF_CARE = frozenset({"ward", "surgery", "unit", "ambulance", "hospice", "gym"})


def _is_workplace(token) -> bool:
    """``token`` names an institution or a place of care, not a case or a cause ("a small claims case")."""
    return token.lemma_ in _INSTITUTIONS | _UNITS | _PLACES_OF_CARE


# who a person is at a place of care without working there: "I'm a mum at the hospital with my son", "a resident at the home"
_NOT_WORK_ROLES = frozenset({"mum", "mom", "mother", "dad", "father", "parent", "wife", "husband", "partner", "son", "daughter", "child", "kid",
                             "carer", "visitor", "guest", "regular", "resident", "inmate", "mess", "wreck", "case"})


def _is_own_job(token) -> bool:
    """``token`` is the writer's (or the customer's) job said with "be": "I'm a porter (at the hospital)", "I'm practice
    manager (at a clinic)"; not "I'm a patient" nor "I'm my mum's carer"."""
    return token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_ == "be" \
        and token.lemma_ not in _AFFECTED_PERSONS | _NOT_WORK_ROLES and not any(c.dep_ == "poss" for c in token.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in _IDENTITY_SUBJECTS for c in token.head.children)


_COURTS = frozenset({"court", "courthouse", "courtroom", "tribunal"})
_LEGAL_JOBS = frozenset({"lawyer", "solicitor", "barrister", "attorney", "advocate", "paralegal", "clerk", "judge", "magistrate",
                         "prosecutor", "usher", "stenographer", "interpreter", "reporter", "counsel"})


def _court_of_legal_writer(token) -> bool:
    """A court said by a writer whose job is in the law, in the sentence that says so: "I'm a solicitor and I'm in court most
    days", "I'm a defence lawyer and need a desk near the courts"; not "my court date" or "my hearing at court"."""
    court = token if token.lemma_ in _COURTS else next((c for c in token.children if c.lemma_ in _COURTS), None)
    if court is None or any(c.dep_ == "poss" for c in court.children):
        return False
    verb = court
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_ in ("take", "drag", "sue", "summon") or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") for c in verb.children):
        return False  # "my ex is taking me to court": someone else's case
    return any(t.dep_ == "attr" and t.lemma_ in _LEGAL_JOBS and t.head.lemma_ == "be" and not any(c.dep_ == "poss" for c in t.children)
               and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.head.children) for t in court.sent)


def _job_of_another(token) -> bool:
    """The match is the job of someone the writer names, said with an article: "her mum is a nurse", "he's a
    paramedic", "my colleague's a paramedic" (parsed as a possessive); not "my paramedic" or "she's a nurse's
    worry"."""
    if token.pos_ != "NOUN" or token.dep_ not in ("attr", "ROOT"):
        return False
    article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if article is None:
        return False
    if token.dep_ == "attr":
        return any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she", "they") or any(g.dep_ == "poss" for g in c.children))
                   for c in token.head.children)
    return any(c.dep_ == "poss" and c.i < article.i and any(g.dep_ == "case" for g in c.children)
               and any(g.dep_ == "poss" for g in c.children) for c in token.children)


def _holds_given_name(span) -> bool:
    """The match holds a person's given name, written capitalised: "we lost Graham in January", "Lukas (14)"
    (the scrub stage's given-name lexicon)."""
    from training_gate.recognizers.given_name import folded, given_names

    names = given_names()
    return any(t.is_title and folded(t.text) in names for t in span)


# How a writer names themself in a message: "I'm Rachel, booking for ...", "my name is Tom", "Rachel here",
# or a sign-off ("Thanks, Rachel", "Cheers - Tom").
# (a surname may follow the given name: "Tom Aldridge here", "Thanks, Daniel Harwood"; a chat greeting may
# leave out the apostrophe: "hi its Rachel")
_WRITER_NAME = re.compile(r"(?:\b(?:I'm|I am|Im|im|i'm|i am|my name is|My name is|this is|This is|it's|It's|it is|It is)\s+([A-Z][a-z]{2,})\b"
                          r"(?![ -][A-Z][a-z]*\s+(?:team|support)))"
                          r"|(?:^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya)[,!]?\s+)?[Ii]ts\s+([A-Z][a-z]{2,})\b(?![ -][A-Z][a-z]*\s+(?:team|support)))"
                          r"|(?:^|[.!?,]\s+|^(?:Hi|Hello|Hey)\s+)([A-Z][a-z]{2,})(?: [A-Z][a-z'-]+)? here\b"
                          r"|(?:\b(?:Thanks|Thank you|Regards|Cheers|Best|Best wishes|Kind regards|Many thanks|Love|Ta)[,!.]?\s*[-–]?\s*)"
                          r"([A-Z][a-z]{2,})(?: (?:Mc|Mac|O')?[A-Z][a-z'-]+)?\W*(?:\([^()]*\)\W*)?$"  # "Thanks, Tom Harding (his account: ...)"
                          # "his name's Martin, mine's Stephen"; a text that ends on the writer's full name alone ("... the 18th? Helen Brody")
                          r"|(?:\b(?:[Mm]ine's|[Mm]ine’s|[Mm]ine is)\s+([A-Z][a-z]{2,})\b)"
                          # a form the writer fills in: "Name: Helen Pryce | Instrument: Viola"
                          r"|(?:(?:^|\|\s*)(?:Name|Full name|Your name):\s*([A-Z][a-z]{2,})\b)"
                          r"|(?:(?:^|[.!?]\s+|\n\s*)([A-Z][a-z]{2,}) [A-Z][a-z'-]+[.!]?\s*$)"
                          # a given name alone after the last sentence or a dash ("... are brilliant. Ellie", "... knowing? - Jake")
                          r"|(?:(?:[.!?]\s+|\n\s*|\s[-–—]\s*)([A-Z][a-z]{2,})[.!]?\s*$)")


@cache
def _name_genders() -> dict[str, float]:
    """Given names with the share of their bearers who are women (the scrub stage's given-name data), for
    names listed by as many sources as its lexicon needs."""
    from training_gate.recognizers.given_name import MIN_SOURCES, name_data

    return {name: row[2] for name, row in name_data().items()
            if row[0] >= MIN_SOURCES and isinstance(row[2], int | float)}


# the writer says their own gender: "I'm a man too", "(I'm a woman, so ...)"
_WRITER_SAYS_GENDER = re.compile(r"\b(?:I'm|I am|Im|I’m)\s+(?:also\s+)?an?\s+(man|guy|bloke|woman|lady|girl)\b(?!\s+(?:who|of|in|with|from)\b)",
                                 re.IGNORECASE)
_SELF_GENDER = {"man": "male", "guy": "male", "bloke": "male", "woman": "female", "lady": "female", "girl": "female"}


def _writer_gender(text: str) -> str | None:
    """"female" or "male" when the writer names themself in ``text`` with a given name borne almost only by
    women or by men (95% or more), else None: "I'm Rachel, booking for me and my wife" says a same-sex couple."""
    genders = {_SELF_GENDER[m.group(1).lower()] for m in _WRITER_SAYS_GENDER.finditer(text)}
    genders |= {gender for name in _writer_names(text) if (gender := _gender_of_name(name))}
    return genders.pop() if len(genders) == 1 else None


def _gender_of_name(name: str) -> str | None:
    """"female" or "male" for a given name borne almost only by women or by men (95% or more), else None."""
    share = _name_genders().get(name.lower())
    if share is None:
        return None
    return "female" if share >= 0.95 else "male" if share <= 0.05 else None


def _writer_names(text: str) -> list[str]:
    """The given names the writer signs or introduces themself with in ``text``."""
    return [next(g for g in match.groups() if g) for match in _WRITER_NAME.finditer(text.strip())]


SAME_AS_NAMED = "same_as_named"  # a rule's ``writer``: the writer's gender is the named person's ("Daniel here, my partner Luke")


def _named_gender(span) -> str | None:
    """"female" or "male" when the given names in ``span`` are borne almost only by women or by men (95% or
    more), else None; the writer's own name is not another person's ("this is Tom, my wife ...")."""
    own = set(_writer_names(span.doc.text))
    genders = {gender for token in span
               if token.is_title and token.text not in own and (gender := _gender_of_name(token.text))}
    return genders.pop() if len(genders) == 1 else None


SAME_GENDER_PAIR = "same_gender_pair"  # a rule's ``named``: two people named with given names of one gender
MIXED_GENDER_PAIR = "mixed_gender_pair"  # a rule's ``named``: given names of both genders ("my name to Ruby ..., used to be Robert")
_PAIR_GENDERS = {SAME_GENDER_PAIR: 1, MIXED_GENDER_PAIR: 2}  # how many genders the pair's given names have


def _named_option(category: str, spec: dict) -> bool | str:
    named = spec.get("named", False)
    if isinstance(named, str) and named not in _PAIR_GENDERS:
        raise LexiconError(f"{category}/{spec.get('name')}: named is true, false, {SAME_GENDER_PAIR} or {MIXED_GENDER_PAIR}")
    return named if isinstance(named, str) else bool(named)


def _pair_genders(span) -> int:
    """How many genders the given names in ``span`` have, when it holds two or more borne almost only by women or by
    men (else 0): one for "Gareth and Marcus Llewellyn-Shaw" or a form's "Kate Bowen | ... Lucy Bowen | Relationship:
    Wife", two for "Ruby Kane ..., used to be Robert". A name's first word only: not "Whitfield" of "Zoe Whitfield"."""
    doc = span.doc
    given = [token for token in span if token.is_title
             and (token.i == 0 or not (doc[token.i - 1].is_title or doc[token.i - 1].text in ("-", "‑")))]
    genders = [gender for token in given if (gender := _gender_of_name(token.text))]
    return len(set(genders)) if len(genders) >= 2 else 0


def _number(token) -> int | None:
    text = token.lower_.rstrip("+)")  # "10+", and "8)" as the tokenizer leaves "kid (8)"
    text = re.sub(r"(?<=\d)(st|nd|rd|th|yo|y/o|yrs?)$", "", text)
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


_SPAN_WORDS = frozenset({"sober", "clean", "married", "together", "ago", "younger", "older", "late", "behind", "since", "into",
                         "in", "of", "running", "now", "free", "smoke-free", "qualified", "retired", "divorced"})


_PETS = frozenset({"dog", "cat", "puppy", "pup", "kitten", "pet", "horse", "pony", "rabbit", "bunny", "hamster", "parrot", "budgie",
                   "tortoise", "ferret", "gerbil", "spaniel", "terrier", "labrador", "retriever", "collie", "poodle", "greyhound",
                   "whippet", "beagle", "pug", "husky", "cockapoo", "cavapoo", "dachshund", "bulldog", "moggy", "lab"})
_PRONOUNS_3RD = frozenset({"he", "she", "it", "they", "he's", "she's", "it's"})
_PEOPLE_NOUNS = frozenset({"son", "daughter", "kid", "child", "boy", "girl", "baby", "toddler", "teen", "teenager", "niece", "nephew",
                           "grandson", "granddaughter", "grandchild", "grandkid", "stepson", "stepdaughter", "twin", "friend", "brother",
                           "sister", "cousin", "pupil", "student", "youngest", "eldest", "kiddo", "infant"})


def _pronoun_means_pet(span) -> bool:
    """The age is said of a pronoun whose nearest earlier noun of a being is a pet: "can I bring my dog? she's 4"."""
    pronoun = next((t for t in span if t.lower_ in _PRONOUNS_3RD), None)
    if pronoun is None or span.root.lemma_ in _PETS:
        return False
    for token in reversed(span.doc[max(0, pronoun.i - 25):pronoun.i]):
        if token.lemma_ in _PETS and token.pos_ in ("NOUN", "PROPN"):
            return True
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_ in _PEOPLE_NOUNS:
            return False
    return False


_PET_KINDS = _PETS | frozenset({"kitty", "pooch", "mutt", "doggo", "donkey", "goat", "tortie", "westie", "schnauzer", "shih", "tzu",
                                "cockerpoo", "cockerspaniel", "springer", "staffie", "staffy", "lurcher", "dalmatian", "rottweiler",
                                "chihuahua", "pomeranian", "corgi", "sheepdog", "shepherd", "alsatian", "doberman", "mastiff",
                                "labradoodle", "goldendoodle", "cavalier", "bichon", "maltipoo", "retriever", "setter", "pointer",
                                "guinea", "chinchilla", "cockatiel", "canary", "lovebird", "gecko", "lizard", "snake", "iguana",
                                "stallion", "mare", "gelding", "foal", "filly", "tomcat", "tabby", "siamese"})
_VET_WORDS = frozenset({"vet", "vets", "vet's", "vets'", "veterinary", "veterinarian", "vetinary", "veterinarians"})
_BEING_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "it", "its", "they", "them", "their"})
_PERSON_PRONOUNS = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our"})
_NAME_LINKS = frozenset({",", "called", "named", "-", "(", "aka", "is"})
_BEFORE_PET = frozenset({"the", "our", "my", "a", "an", ",", "(", "his", "her", "their", "old", "little", "year", "yr", "-", "month"})


def _is_name(token, people: frozenset[str]) -> bool:
    return token.is_alpha and token.is_title and token.pos_ in ("PROPN", "NOUN") and token.lemma_ not in people \
        and token.lower_ not in _PERSON_PRONOUNS and token.lower_ not in _BEING_PRONOUNS and token.lemma_ not in _PET_KINDS


def _pet_names(doc, people: frozenset[str]) -> frozenset[str]:
    """Names the text gives its pets: "our cat Ginny", "a 3 year old labrador called Biscuit", "Misty, our greyhound",
    "Rocco the dog"; cached on the doc."""
    if "pet_names" in doc.user_data:
        return doc.user_data["pet_names"]
    names = set()
    for token in doc:
        if token.lemma_ not in _PET_KINDS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        after = token.i + 1
        while after < len(doc) and (doc[after].lower_ in _NAME_LINKS or doc[after].lemma_ in _PET_KINDS):
            after += 1
        if after < len(doc) and after - token.i <= 3 and _is_name(doc[after], people):
            names.add(doc[after].lower_)
        before = token.i - 1
        while before >= 0 and token.i - before <= 6 and (doc[before].lower_ in _BEFORE_PET or doc[before].like_num
                                                          or doc[before].lemma_ in _PET_KINDS
                                                          or (doc[before].pos_ == "ADJ" and not doc[before].is_title)):
            before -= 1
        if before >= 0 and token.i - before <= 6 and doc[before + 1].lower_ in (",", "the", "(", "-") \
                and _is_name(doc[before], people):
            names.add(doc[before].lower_)  # "Misty, our greyhound", "Rocco the dog"
    doc.user_data["pet_names"] = frozenset(names)
    return doc.user_data["pet_names"]


def _being(token, people: frozenset[str], pets: frozenset[str]) -> str | None:
    """Whether ``token`` names a pet ("pet"), a person ("person") or neither (None); a speaker's label ("Caller:")
    names no one in the sentence, and "you" is as often the business as a person."""
    if (token.i + 1 < len(token.doc) and token.nbor(1).lower_ == ":") or token.lower_ in ("you", "your", "yourself"):
        return None
    if token.lemma_ in _PET_KINDS and token.pos_ in ("NOUN", "PROPN"):
        return "pet"
    if token.lower_ in pets and token.is_title:
        return "pet"
    if token.lower_ in _PERSON_PRONOUNS or (token.lemma_ in people and token.lower_ not in _BEING_PRONOUNS
                                           and token.pos_ in ("NOUN", "PROPN", "PRON")):
        return "person"
    return None


def _antecedent(token, people: frozenset[str], pets: frozenset[str], reach: int = 40) -> str | None:
    """The nearest earlier being a pronoun can stand for: a pet, a person or nothing found."""
    for earlier in reversed(token.doc[max(0, token.i - reach):token.i]):
        kind = _being(earlier, people, pets)
        if kind:
            return kind
    return None


def _previous_sentence_start(sentence) -> int:
    """Where the sentence before ``sentence`` starts (its own start for the first)."""
    return sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start


def _vet_near(token) -> bool:
    """A vet is the setting: named in the match's sentence or the one next to it."""
    doc = token.doc
    sentence = token.sent
    end = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
    return any(t.lower_ in _VET_WORDS for t in doc[_previous_sentence_start(sentence):end])


def said_of_pet(span, people: frozenset[str]) -> bool:
    """A health or death word said of an animal: its owner, subject or the noun it describes is a pet ("the dog's
    insulin", "Bella's hip op"), a name the text gives a pet ("our cat Ginny ... her thyroid"), a pronoun whose
    nearest earlier being is a pet, or a name or pronoun with a vet as the setting ("Rex had his surgery, vet says");
    with nobody named, the nearest being before it in its sentence or the one before ("our cat Ginny ... Does the plan
    cover the initial diagnosis?"). The writer's own ("my insulin", "I had surgery") and a person's stay."""
    doc = span.doc
    pets = _pet_names(doc, people)
    root = span.root
    if any(c.dep_ in ("compound", "amod", "poss", "nmod") and _being(c, people, pets) == "pet" for c in root.children):
        return True  # "pet cremation", "the dog's insulin"
    head = root
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
        if _being(head, people, pets) == "pet":
            return True  # "diabetic dog"
    bearers = [owner_of(root), owner_of(head) if head is not root else None, subject_of(root)]
    for bearer in bearers:
        if bearer is None:
            continue
        if bearer is _IMPLIED_WRITER:
            return False
        kind = _being(bearer, people, pets)
        if kind == "pet" and any(_being(c, people, pets) == "person" for c in bearer.conjuncts):
            return False  # "my dog and my grandad died": a person among the subjects
        if kind:
            return kind == "pet"
        if bearer.lower_ in _BEING_PRONOUNS:
            kind = _antecedent(bearer, people, pets)
            if kind:
                return kind == "pet"
            return _vet_near(bearer)
        if _is_name(bearer, people) and not any(
                t.lemma_ in people for t in doc[max(0, bearer.i - 2):bearer.i]):
            return _vet_near(bearer)  # "Rex had his cruciate surgery Thursday, vet says ..."
        # a thing or "you" as subject ("the plan covers the diagnosis", "do you do cremations"): whose it is is said elsewhere
    for earlier in reversed(doc[_previous_sentence_start(root.sent):root.i]):
        kind = _being(earlier, people, pets)
        if kind:
            return kind == "pet"
    return _vet_near(root)


_SUPPOSING = frozenset({"hypothetically", "hypothetical", "theoretically"})


def _any_child_supposed(span) -> bool:
    """A child supposed, not had: the sentence says it is hypothetical ("Hypothetically, if a minor turns up ..."), or
    the match is an indefinite child as the subject of an "if" clause ("if a child under 13 made an account", "what if
    a 14-year-old signs up"): policy and FAQ drafting, not the writer's own child ("if my son is 12" stays)."""
    if any(t.lower_ in _SUPPOSING for t in span.sent):
        return True
    token = span.root
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass"):
            break
        if token.head.i == token.i:
            return False
        token = token.head
    else:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in token.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in token.head.children)


# The writer speaks for a school, a nursery, a club or a business serving them (the customer is the setting, not a
# parent): "calling from Kingsmead Academy's finance office", "Caller is the manager of Little Wrens' after-school club",
# "I'm the careers lead at Millfield Academy", "please invoice Rainbow Pre-School Ltd", "I manage an after-school club".
_SETTING_NAME = r"(?:Academy|Primary|School|Nursery|Pre-?[Ss]chool|College|Infants|Juniors|Montessori|Kindergarten|Cr[eè]che|Playgroup|" \
                r"Childminding|Club|Trust)"
_SETTING_ORG = rf"(?:St\.? )?(?:[A-Z][\w'’.&-]*\s+){{0,4}}{_SETTING_NAME}\b"
_SETTING_WORD = r"(?:school|academy|nursery|pre-?school|setting|club|playgroup|creche|crèche|college|trust|childminding business|" \
                r"childcare business)"
_SETTING_ROLE = r"(?:lead|coordinator|co-ordinator|manager|officer|administrator|admin|bursar|secretary|head|headteacher|teacher|" \
                r"leader|owner|director|clerk|senco|deputy|office|team|practitioner)"
_WRITER_SETTING = re.compile(
    rf"(?:\b(?:calling|ringing|phoning|writing|emailing|[Cc]aller|[Cc]all|[Cc]ust|[Cc]ustomer|[Cc]ontact|[Ee]nquiry|here)\s+(?:is\s+)?"
    rf"(?:from|at|on behalf of)\s+(?:the\s+)?(?:\w+\s+){{0,2}}?{_SETTING_ORG})"
    rf"|(?:\b(?:calling|ringing|phoning|writing|[Cc]aller|[Cc]ust|[Cc]ustomer)\s+(?:is\s+)?(?:from|with)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:shop|store|supplier|company|business|retailer|printer|firm|manufacturer)\b)"
    rf"|(?:\b(?:[Tt]his is|[Ii]t's|[Ii]t is|[Ii]'m|[Ii] am|[Ww]e're|[Ww]e are|[Cc]aller is|[Cc]ustomer is|[Cc]ust is)\s+(?:the|a|an|from)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_SETTING_ROLE}\s+(?:at|of|for|from|in)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:{_SETTING_NAME}|{_SETTING_WORD})\b)"
    rf"|(?:\b{_SETTING_ROLE}\s+(?:from|at)\s+{_SETTING_ORG})"
    rf"|(?:\b(?:[Ii]nvoice|PO|[Pp]urchase order)\b(?:(?!\b(?:my|his|her|son|daughter|child)\b)[^.\n]){{0,40}}?"
    rf"\b(?:(?:the|our)\s+(?:school|academy|nursery|setting|pre-?school|club|trust)\b|{_SETTING_ORG}))"
    rf"|(?:\b(?:setting|school|nursery|club|academy)\s+(?:office|admin|manager|staff|bursar)\s+here\b)"
    rf"|(?:\b(?:[Ii]|[Ww]e)\s+(?:manage|run|own|operate)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){{0,2}}?{_SETTING_WORD}\b)"
    rf"|(?:{_SETTING_ORG}(?:'s|’s)?\s+(?:finance|main|school|front)?\s*office\b)")
# ... unless the writer speaks of a child of their own too ("my son is in Year 4 there")
_OWN_CHILD = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\s+(?:(?:little|youngest|eldest|oldest|young)\s+)?"
                        r"(?:son|daughter|child|kid|kids|boy|girl|baby|toddler|grandson|granddaughter|stepson|stepdaughter|twins)\b")


def _writer_speaks_for_setting(doc) -> bool:
    """The writer speaks for a school, a nursery or a club, or for a business calling about them, and names no child
    of their own: its year groups, trips, clubs and childminders are pupils in general ("we're placing Year 11s", "the
    Year 7 residential", "our 12 registered childminders"), not a child in the writer's life. Read once per text,
    however many of its matches ask."""
    if "speaks_for_setting" not in doc.user_data:
        doc.user_data["speaks_for_setting"] = (_WRITER_SETTING.search(doc.text) is not None
                                               and _OWN_CHILD.search(doc.text) is None)
    return doc.user_data["speaks_for_setting"]


_VEHICLES = frozenset({"car", "motor", "van", "motorbike", "truck", "mot", "campervan", "motorhome"})


def _child_word_names_pet_or_car(span, people: frozenset[str]) -> bool:
    """A children's finding whose "baby" the text then says is a pet or a car ("my baby boy ... he's a 3 year old
    beagle", "my baby's got her MOT (the car lol)", "the 'baby' in the notes is our cat"), or whose subject is a
    pronoun standing for a pet ("collar tag for our puppy, she's 9 weeks old"): owners call pets and cars babies."""
    doc = span.doc
    subject = subject_of(span.root)
    if getattr(subject, "lower_", None) in _BEING_PRONOUNS and not any(t.i == subject.i for t in span) \
            and _antecedent(subject, people, _pet_names(doc, people)) == "pet":
        return True
    if any(t.lower_ in ("kid", "kids") and _goats_named(doc) and not _owned_by_person(t) for t in span):
        return True  # "we run a goat dairy ... the kids are due any day"
    if not any(t.lower_ in ("baby", "babies", "baby's") for t in span):
        return False
    for token in doc[span.end:span.end + 30]:
        if token.lemma_ in _PET_KINDS or token.lower_ in _VEHICLES or token.lemma_ in _THING_WORDS:
            if token.dep_ in ("attr", "appos") or any(t.text == "(" for t in doc[max(0, token.i - 3):token.i]):
                return True
        if token.lower_ in _CAR_ONLY or (token.lower_ == "tax" and token.i > 0 and token.nbor(-1).lower_ == "road"):
            return True  # "my baby needs her road tax renewing", "my baby's MOT"
        if token.lower_ == "not" and _names_a_person(doc[token.i + 1:token.i + 4]):
            return True  # "(the phone, not a kid lol)", "my baby (the Golf, not a human)"
    return _baby_is_a_thing(span)


# things owners call their baby: "my baby is my new phone", "photo book of my baby, a 1967 Mustang"
_THING_WORDS = frozenset({"phone", "laptop", "dashboard", "app", "website", "site", "project", "bike", "motorcycle", "guitar",
                          "camera", "console", "pc", "computer", "build", "boat", "mustang", "golf", "mini", "beetle", "plant",
                          "garden", "startup", "business", "shop", "store", "channel", "podcast", "server", "rig", "drone",
                          "tablet", "ipad", "iphone", "galaxy", "pixel", "macbook", "watch", "espresso", "machine"})
_CAR_ONLY = frozenset({"mot", "v5c", "v5", "tyres", "tyre", "tires", "mileage", "windscreen", "bonnet", "clutch", "gearbox"})
_NOT_A_PERSON = frozenset({"kid", "child", "human", "person", "baby", "real", "actual", "toddler", "newborn"})


def _names_a_person(tokens) -> bool:
    """The words after a "not" deny a person: "not a kid", "not a human", "not an actual baby"."""
    words = [t.lower_ for t in tokens if t.lower_ not in ("a", "an", "the")]
    return bool(words) and words[0] in _NOT_A_PERSON


def _baby_is_a_thing(span) -> bool:
    """The "baby" is said to be a thing: "my baby is my new Galaxy S24", "my baby is the new Power BI dashboard", "my baby,
    a 1967 Mustang": a copula's complement or an apposition that is a product word, a model number or a new or old name."""
    for token in span:
        if token.lower_ not in ("baby", "babies", "baby's"):
            continue
        candidates = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ in ("nsubj",) and token.head.lemma_ == "be":
            candidates += [c for c in token.head.children if c.dep_ == "attr"]
        for thing in candidates:
            if thing.lemma_ in _THING_WORDS or thing.lower_ in _VEHICLES:
                return True
            if thing.pos_ == "PROPN" and any(c.like_num or c.lower_ in ("new", "old", "vintage", "classic") or
                                             any(ch.isdigit() for ch in c.text) for c in thing.children):
                return True
            if thing.pos_ == "PROPN" and any(ch.isdigit() for ch in thing.text):
                return True
    return False


def _goats_named(doc) -> bool:
    return any(t.lemma_ in ("goat", "goatling", "nanny-goat", "billy") and t.pos_ in ("NOUN", "PROPN") for t in doc)


def _owned_by_person(token) -> bool:
    """A child word with a personal possessive ("my kids", "our kids"): a goat farmer's "the kids" are kids of goats."""
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our", "his", "her", "their", "your") for c in token.children)


def _counts_months(number) -> bool:
    """The number is followed by "month(s)", perhaps through a hyphen: a baby's age is told in months up to three years."""
    following = [t.lemma_ for t in number.doc[number.i + 1:number.i + 3] if t.orth_ != "-"]
    return bool(following) and following[0] == "month"


def _is_child_age(span) -> bool:
    """The span holds an age under 18 (or of 36 months or less), and what follows the number is not a unit ("12 minutes"); not the age of
    a pet the sentence before speaks of."""
    if _pronoun_means_pet(span):
        return False
    for token in span:
        if token.like_num or _number(token) is not None:
            value = _number(token)
            in_months = token.like_num and _counts_months(token)  # "a 20 month old", "she's 18 months"
            if value is None or (value > 36 if in_months else value >= 18):
                return False
            if not token.like_num:
                return True  # "10yo", "7th": the suffix already says it is an age
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if following is not None and following.i >= span.end and following.pos_ in ("NOUN", "PROPN") \
                    and following.is_alpha and following.lemma_ not in ("year", "yr", "month"):
                return False
            after = token.nbor(2) if token.i + 2 < len(token.doc) else None
            if following is not None and following.lemma_ in ("year", "yr", "month") and after is not None \
                    and after.lower_ in _SPAN_WORDS:
                return False  # "he's two years sober", "she's 3 years older": a span of time, not an age
            return True
    return False


# -- the stage ------------------------------------------------------------------------

@cache
def _detector(settings: SensitiveSettings) -> SensitiveDetector:
    return SensitiveDetector(settings)


def ticket_fields(ticket: dict) -> list[tuple[str, str]]:
    """The public texts of an eligible ticket, named for the evidence file."""
    fields = [("subject", ticket.get("subject") or "")]
    fields += [(f"comments[{i}]", c["body"]) for i, c in enumerate(ticket["comments"])]
    return fields


def screen(staging: Staging, policy: Policy, key: RecordKey) -> dict:
    """Read ``eligible.parquet``; write ``screened.parquet``, ``sensitive_drops.parquet``,
    ``sensitive_evidence.jsonl`` and ``sensitive.json`` (counts); returns the counts."""
    settings = policy.sensitive
    detector = _detector(settings) if settings.enabled and settings.enabled_categories() else None
    dropped: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    overruled: Counter[str] = Counter()
    drop_batches: list[list[dict]] = []
    evidence_path = staging.path("sensitive_evidence.jsonl")
    evidence_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = evidence_path.with_name(f".{evidence_path.name}.tmp")

    with open(temporary, "w", encoding="utf-8") as evidence:
        def screened_batches():
            for batch in read_rows(staging.path("eligible.parquet")):
                if detector is None:
                    yield batch
                    continue
                verdicts = detector.screen_many([ticket_fields(t) for t in batch])
                kept, drops = [], []
                for ticket, verdict in zip(batch, verdicts, strict=True):
                    overruled.update(verdict.overruled)
                    if not verdict.categories:
                        kept.append(ticket)
                        continue
                    record_id = key.record_id(ticket["ticket_id"])
                    dropped[verdict.drop_reason] += 1
                    by_category.update(verdict.categories)
                    drops.append({"record_id": record_id, "drop_reason": verdict.drop_reason})
                    for finding in verdict.findings:
                        if finding.category in verdict.categories:
                            row = {"record_id": record_id, **asdict(finding)}
                            evidence.write(json.dumps(row, sort_keys=True) + "\n")
                drop_batches.append(drops)
                yield kept

        screened = write_rows(staging.path("screened.parquet"), ELIGIBLE_SCHEMA, screened_batches())
    temporary.replace(evidence_path)
    write_rows(staging.path("sensitive_drops.parquet"), DROPS_SCHEMA, drop_batches)
    stats = {
        "screened": screened,
        "dropped_by_reason": dict(sorted(dropped.items())),
        "excluded_by_category": {c: by_category[c] for c in settings.enabled_categories() if by_category[c]},
        # tickets whose rule findings of a category the classifier overruled (kept, unless another category holds)
        "overruled_by_category": {c: overruled[c] for c in settings.enabled_categories() if overruled[c]},
        "categories": list(settings.enabled_categories()) if settings.enabled else [],
        "lexicon_sha256": settings.lexicon_sha256,
        "model_card_sha256": settings.model.card_sha256 if settings.model_enabled() else None,
    }
    staging.write_stats("sensitive", stats)
    return stats
