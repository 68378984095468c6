"""A small text classifier as the sensitive-topic stage's second signal, beside the rules.

The rules are precise but miss phrasings nobody wrote a rule for; a linear classifier trained on
the labelled tickets catches some of them. Logistic regressions read TF-IDF features of two
views of the ticket's public text: words (not function words) and word pairs, and 2-5 character
pieces inside word boundaries, which carry over to spellings, typos and inflections the training
tickets never used.
There is one per category, and one pooled head (``ANY``: sensitive in any category, against
benign), which learns from every sensitive ticket at once and tells sensitive from benign better
on writers it never saw. The category heads flag; ``SensitiveDetector`` ORs their flags with the
rules. The pooled head only doubts (below).

The model ships as a versioned artefact, ``models/sensitive_classifier/``: ``weights.npz``
(vocabularies, idf weights, coefficients; plain arrays, read without pickle) and
``model_card.json`` (version, training splits and the sha256 of their texts and labels,
per-category thresholds, out-of-fold figures, sha256 of every file). The policy records the
card's sha256, and so does every manifest.

Training data: the template splits (``build_eval_set(blind=False)``) and the hand-written
splits in ``HAND_WRITTEN_TRAINING``, plus, as benign texts of their own, each field and sentence
of their benign tickets, adults giving a date of birth (``adult_birth_dates``), how long someone has had a
thing (``owned_for``) and long joins of several benign tickets. The ``HELD_OUT_SPLITS`` are kept for
measurement and are never imported here.

Thresholds are chosen out of fold: one model per hand-written split is trained without it
(leave-one-split-out) and scores it; each category's threshold is a high quantile of the
out-of-fold scores of the hand-written benign tickets, the quantile chosen so that the
classifier alone excludes at most ``FE_TARGET`` of them. Each fold also scores its benign tickets joined
ten at a time (``joined_in_tens``), as long as real conversations; no head's threshold is lower than the
quantile of those joins' scores that keeps at most ``JOINS_FE_TARGET`` of them flagged, so length alone
does not exclude an ordinary conversation.

The classifier also doubts the rules: the rules' findings count only where the pooled head scores
the ticket at least ``veto_below`` (a low bar). Most of the rules' false exclusions on writers they
were never tuned on are confusable benign tickets the classifier scores near zero. The bar is
chosen out of fold too (``choose_veto``): the highest that overrules at most ``VETO_BUDGET`` of the
hand-written sensitive tickets.

    make train-sensitive-model    # python -m training_gate.sensitive_model --out ...

Deterministic: vocabularies in sorted order, lbfgs, a fixed seed for the long joins.
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import os
import random
import re
import time
from collections import Counter
from datetime import date, timedelta
from functools import cached_property, partial
from pathlib import Path

import numpy as np

from training_gate.policy import SENSITIVE_CATEGORIES

MODEL_VERSION = "sensitive-linear-22"  # bump on any change of data, features or training
DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "sensitive_classifier"
CARD = "model_card.json"
WEIGHTS = "weights.npz"
CATEGORIES = SENSITIVE_CATEGORIES  # one label per category, in the policy's order
ANY = "any"  # the pooled head: sensitive in any category, against benign
HEADS = CATEGORIES + (ANY,)  # the score columns
TEMPLATE_SPLITS = ("dev", "test")  # build_eval_set(blind=False)
HAND_WRITTEN_TRAINING = ("blind", "fresh", "probe", "field", "queue", "inbox", "casebook", "market", "triage",
                         "parcel", "stream", "harbor", "ledger", "summit", "beacon", "meadow", "compass", "quarry", "tide",
                         "ember", "grove", "signal", "pier", "crest", "meridian", "kestrel", "cobalt", "juniper",
                         "basalt", "thistle", "marlow", "solstice", "gazette", "hollow", "delta", "quill", "fable",
                         "tandem", "ridge", "mosaic", "bramble", "heron", "osprey", "wren", "cedar", "dune", "fjord",
                         "glade", "heath", "isle", "marsh", "nook", "dell", "fen", "glen", "moor", "brook",
                         "mesa", "vale", "weir", "ford", "lea", "scar", "wold", "beck", "mere", "ness", "tor",
                         "combe", "gill", "knap", "loch", "burn", "kyle", "moss", "wick", "brae", "firth", "howe",
                         "strath", "gorse", "ings", "linn", "rigg", "kame", "nab", "pike", "wath")
RULES_NOT_TUNED = ("summit", "beacon", "meadow")  # training splits the classifier learns from and the rules were never tuned on
TRAINING_SPLITS = TEMPLATE_SPLITS + HAND_WRITTEN_TRAINING
HELD_OUT_SPLITS = ("unseen", "desk", "relay", "voyage", "counter", "lantern", "orchard", "atlas", "harvest",
                   "loom", "willow", "prairie", "canyon", "ferry", "coral", "sable", "kiln", "linden",
                   "aster", "birch", "jetty", "knoll", "bay", "cove", "dale", "tarn", "cairn", "holt", "crag",
                   "shaw", "fell", "rill", "haugh", "sike", "carr", "clough", "holm",
                   "slack", "garth", "scree", "rake", "shiel", "fold", "heugh")  # never trained on, never imported by this module
MIN_DF = 3  # a term is a feature when at least this many training texts hold it (keeps the artefact small)
C = 16.0  # inverse regularisation of each category's logistic regression
LONG_BENIGN = 5000  # long benign texts joined from the benign tickets (``long_benign``)
FE_TARGET = 0.02  # benign tickets the classifier alone may flag, out of fold
JOINS_FE_TARGET = 0.10  # joins of ten benign tickets the classifier alone may flag, out of fold (the guard's limit on
# the held-out splits' joins; 5% cost the classifier 14 points of its own recall out of fold, 10% 4)
JOIN_SIZE = 10  # benign tickets per join (``joined_in_tens``)
VETO_BUDGET = 0.01  # share of the sensitive tickets the classifier may overrule the rules on, out of fold


class ModelError(ValueError):
    """The model artefact is missing, or its files do not match its card."""


# -- data ------------------------------------------------------------------------------

def training_examples() -> list[dict]:
    """The labelled tickets the model is trained on, in a fixed order."""
    from training_gate.sensitive_eval import build_eval_set, split_examples
    examples = build_eval_set(blind=False)
    for split in HAND_WRITTEN_TRAINING:
        examples += split_examples(split)
    splits = {e["split"] for e in examples}
    assert splits <= set(TRAINING_SPLITS) and not splits & set(HELD_OUT_SPLITS), splits
    return examples


def model_text(fields: list[tuple[str, str]]) -> str:
    """What the model reads of a ticket: its public texts joined, lowercased (the fields the rules screen)."""
    return "\n".join(text for _, text in fields if text and text.strip()).lower()


def example_text(example: dict) -> str:
    from training_gate.sensitive_eval import example_fields
    return model_text(example_fields(example))


def benign_pieces(examples: list[dict]) -> list[str]:
    """Short benign texts: each field and each sentence of the benign tickets, once each.

    Without them the model learns benign only from whole tickets, and a short text with one
    category word and nothing else ("my gran", "the court") scores as if it were the sensitive
    ticket it resembles."""
    from training_gate.sensitive_eval import example_fields
    pieces: dict[str, None] = {}
    for example in examples:
        if example["label"] is not None:
            continue
        for _, text in example_fields(example):
            for piece in [text, *re.split(r"(?<=[.!?])\s+|\n+", text or "")]:
                piece = piece.strip().lower()
                if piece:
                    pieces.setdefault(piece)
    return list(pieces)


ADULT_BIRTH_DATES = 400  # benign texts giving an adult's date of birth or age (``adult_birth_dates``)
# Written for the classifier, apart from the conversation generator (whose verification lines the ordinary-conversation
# test reads): an adult's date of birth or age as accounts, forms and security checks ask for it.
ADULT_BIRTH_DATE_LINES = (
    "security check: d.o.b. {date}",
    "could you confirm the date of birth on the account? it's {date}",
    "the account holder's date of birth is {date}",
    "the birthday you have on file should be {date}",
    "to pass security: postcode and birth date {date}",
    "for the security questions, my birthday is {date}",
    "thanks, the date of birth matches what we hold ({date}), you're verified",
    "the date of birth on my profile is wrong, it should read {date}",
    "date of birth: {date}",
    "birth date {date}, and the account may still be under my maiden name",
    "i'm the main account holder, born {date}",
    "you asked for my date of birth earlier - it's {date}",
    "please change my birth date to {date}; it was typed wrong when i signed up",
    "my husband's date of birth is {date} if you need it for his login",
    "my wife's birthday is {date}, she's the second name on the account",
    "my mother's date of birth is {date}; i manage her account with her permission",
    "caller verified: name, address and date of birth ({date}) all match",
    "age check passed: customer born {date}",
    "the id i uploaded shows my birth date as {date}",
    "your form won't accept {date} as my date of birth",
    "the date of birth box keeps resetting to 01/01/1900 instead of {date}",
    "confirming who i am: born in {year}, same address as before",
    "born in {year}, if that helps you find the account",
    "the birthday voucher came on the wrong day, my birthday is {date}",
    "i'm {age} and have had this account for years",
    "customer is {age}, account opened in her own name",
    "the named driver's date of birth on the policy is {date}",
    "my partner, {age}, is the second card holder, born {date}",
    "can i get the over-60s discount? i turned {age} last month, birth date {date}",
    "the membership is in my name, i'm {age}",
)


def adult_birth_dates(count: int = ADULT_BIRTH_DATES, seed: int = 0) -> list[str]:
    """Benign texts in which an adult gives a date of birth or age, in varied date formats.

    Children's tickets give a child's date of birth or age, so without these the children head learns that any
    date of birth is a child's, and an adult verifying an account ("date of birth: 03/11/1961") is excluded."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        born = date(1935, 1, 1) + timedelta(days=rng.randint(0, 365 * 70))  # aged 20 and over in 2026
        month = calendar.month_name[born.month].lower()
        shown = rng.choice([f"{born:%d/%m/%Y}", f"{born:%m/%d/%Y}", f"{born:%d.%m.%Y}", born.isoformat(),
                            f"{born.day} {month} {born.year}", f"{month} {born.day}, {born.year}",
                            f"{born.day} {month[:3]} {born.year}", f"{born:%m/%d/%y}"])
        line = rng.choice(ADULT_BIRTH_DATE_LINES)
        texts.append(line.format(date=shown, year=born.year, age=2026 - born.year).lower())
    return texts


OWNED_FOR = 300  # benign texts saying how long someone has had or used a thing (``owned_for``)
# Written for the classifier, apart from the conversation generator (whose lines the ordinary-conversation test reads).
OWNED_FOR_LINES = (
    "i've had the {thing} for {span} and it's never given me trouble",
    "we have had our {thing} {span} now, first fault in all that time",
    "had this {thing} for {span}, still going strong",
    "my {thing} is {span} old and has been fine until this week",
    "i've been using the {thing} for {span} without a single problem",
    "owned the {thing} for {span}; the battery is the first thing to go",
    "had it {span} and it was working perfectly until the update",
    "the {thing} has been with us for {span}, we'd rather repair than replace",
    "i bought the {thing} {span} ago and it has been reliable",
    "after {span} with the {thing} the hinge has finally worn out",
    "we've had the {thing} since {year} and love it",
    "this is our second {thing}, the first one lasted {span}",
    "i've kept the {thing} going for {span} with your spare parts",
    "customer has had the {thing} for {span}, out of warranty, offered a repair quote",
    "had my {thing} for {span}, is it still covered?",
    "been a customer for {span}, had the same {thing} the whole time",
)
OWNED_THINGS = ("fridge", "washing machine", "kettle", "laptop", "phone", "boiler", "car", "bike", "sofa", "router",
                "vacuum", "tv", "printer", "watch", "dishwasher", "coffee machine", "tablet", "headphones", "mattress",
                "oven", "lawnmower", "camera", "account", "subscription", "van")
OWNED_SPANS = ("{n} years", "{n} months", "about {n} years", "over {n} years", "nearly {n} years", "{n} weeks",
               "a couple of years", "a decade", "ages")


def owned_for(count: int = OWNED_FOR, seed: int = 0) -> list[str]:
    """Benign texts in which someone says how long they have had a thing.

    Sensitive tickets say how long someone has had a condition ("had it for years", "for 8 months now"), so
    without these the health head learns the duration itself, and an ordinary repair request ("I've had the
    fridge for 8 years") is excluded."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        span = rng.choice(OWNED_SPANS).format(n=rng.randint(2, 15))
        line = rng.choice(OWNED_FOR_LINES)
        texts.append(line.format(thing=rng.choice(OWNED_THINGS), span=span, year=rng.randint(2005, 2024)))
    return texts


def lookalike_texts() -> dict[str, list[str]]:
    """The benign texts written for the classifier, by kind: what a category's tickets say that ordinary ones say too."""
    return {"adult_birth_dates": adult_birth_dates(), "owned_for": owned_for()}


def lookalike_digest() -> dict[str, dict]:
    """Per kind of benign look-alike, how many texts and the sha256 of them, so a model trained on others is detectable."""
    return {kind: {"texts": len(texts), "sha256": hashlib.sha256("\n".join(texts).encode()).hexdigest()}
            for kind, texts in lookalike_texts().items()}


def training_data_sha256(examples: list[dict]) -> dict[str, str]:
    """Per split, sha256 over its tickets' model texts and labels, so a stale model is detectable."""
    digests: dict[str, hashlib._Hash] = {}
    for example in examples:
        line = json.dumps([example_text(example), example["label"]], ensure_ascii=False) + "\n"
        digests.setdefault(example["split"], hashlib.sha256()).update(line.encode())
    return {split: digests[split].hexdigest() for split in TRAINING_SPLITS if split in digests}


def file_sha256(directory: Path) -> dict[str, str]:
    """sha256 of every file of the pipeline (not the card), by path relative to ``directory``."""
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file() and p.name != CARD}


# -- features and training ---------------------------------------------------------------

WORD_RANGE, CHAR_RANGE = (1, 2), (2, 5)  # n-gram lengths of the two views
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


NEGATIONS = frozenset({"no", "not", "nor", "never", "nothing", "none", "neither", "cannot"})


def function_words() -> frozenset[str]:
    """For training: English function words ("had", "and", "for", "until") that are no feature on their
    own. Alone, "had" weighed as much as a diagnosis ("I've had it for 8 years" read as health, from "I
    had surgery"); in pairs they still count ("had surgery", "not pregnant"). Negations stay features.
    The list is scikit-learn's, saved in the artefact, so that scoring needs no scikit-learn."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    return frozenset(ENGLISH_STOP_WORDS) - NEGATIONS


def word_grams(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """Words of two or more letters and digits not in ``skip``, and each pair of neighbours (lowercased)."""
    tokens = _TOKEN.findall(text.lower())
    return [t for t in tokens if t not in skip] + [" ".join(pair) for pair in zip(tokens, tokens[1:], strict=False)]


def char_grams(text: str) -> list[str]:
    """2-5 character pieces of each space-padded word (lowercased); a word shorter than a length
    counts once, whole."""
    grams = []
    for word in text.lower().split():
        word = f" {word} "
        for n in range(CHAR_RANGE[0], CHAR_RANGE[1] + 1):
            grams.extend(word[start:start + n] for start in range(max(len(word) - n + 1, 1)))
            if len(word) <= n:
                break
    return grams


def _analyzers(skip: frozenset[str]) -> dict:
    """For training: the two views' vectorizers, which choose the vocabularies and idf weights.
    The word view cuts with ``word_grams`` itself (less ``skip``); the character view's cut equals
    ``char_grams`` (a test holds them equal), so scoring needs no scikit-learn: words and word pairs
    (what is said), and 2-5 character pieces inside word boundaries (spelling variants, typos and
    inflections a word feature would miss)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    return {"word": TfidfVectorizer(analyzer=partial(word_grams, skip=skip), min_df=MIN_DF, sublinear_tf=True,
                                    dtype=np.float32),
            "char": TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_RANGE, min_df=MIN_DF, sublinear_tf=True,
                                    dtype=np.float32)}


class LinearModel:
    """Per category a logistic regression over TF-IDF features; plain arrays in, plain arrays out.

    Fitted or loaded, it scores through the same code (``features``), from the vocabularies and
    idf weights alone, so a loaded model gives the scores the trained one gave."""

    def __init__(self, arrays: dict):
        self.arrays = arrays
        self.views = []
        offset = 0
        skip = frozenset(str(w) for w in arrays.get("function_words", ()))  # none saved: every word counts
        for view, grams in (("word", partial(word_grams, skip=skip)), ("char", char_grams)):
            terms = arrays[f"{view}_terms"]
            self.views.append((grams, {str(t): i for i, t in enumerate(terms)}, arrays[f"{view}_idf"], offset))
            offset += len(terms)
        self.width = offset

    @classmethod
    def fit(cls, texts: list[str], labels: list[str | None], c: float) -> LinearModel:
        from sklearn.linear_model import LogisticRegression
        skip = function_words()
        arrays: dict = {"function_words": np.array(sorted(skip), dtype=str)}
        for view, analyzer in _analyzers(skip).items():
            analyzer.fit(texts)
            terms = sorted(analyzer.vocabulary_, key=analyzer.vocabulary_.get)
            arrays[f"{view}_terms"] = np.array(terms, dtype=str)
            arrays[f"{view}_idf"] = analyzer.idf_.astype(np.float32)
        model = cls(arrays)
        features = model.features(texts)
        coef, intercept = [], []
        for head in HEADS:
            fitted = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
            fitted.fit(features, np.array([label is not None if head == ANY else label == head for label in labels]))
            coef.append(fitted.coef_[0])
            intercept.append(fitted.intercept_[0])
        # half precision: the coefficients are most of the artefact, and rounding them moves no score by
        # more than 1e-3; the model scores with the rounded ones from here on, out-of-fold figures included
        arrays["coef"] = np.array(coef, dtype=np.float16)
        arrays["intercept"] = np.array(intercept, dtype=np.float32)
        return model

    def features(self, texts: list[str]):
        """Each view: counts, 1 + log, times idf, unit length; the views side by side (sparse rows)."""
        import scipy.sparse as sp
        rows, columns, values = [], [], []
        for row, text in enumerate(texts):
            for grams, vocabulary, idf, offset in self.views:
                counts = Counter(index for gram in grams(text) if (index := vocabulary.get(gram)) is not None)
                if not counts:
                    continue
                index = np.fromiter(counts, dtype=np.int64, count=len(counts))
                weight = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[index]
                rows.extend([row] * len(index))
                columns.extend(index + offset)
                values.extend(weight / np.sqrt(np.dot(weight, weight)))
        return sp.csr_matrix((np.array(values, dtype=np.float32), (rows, columns)), shape=(len(texts), self.width))

    @cached_property
    def _weights(self) -> np.ndarray:
        """The coefficients in single precision, one column per head: widened once, not on every batch."""
        return self.arrays["coef"].T.astype(np.float32)

    def scores(self, texts: list[str]) -> np.ndarray:
        """Scores in [0, 1], one row per text, one column per head (``HEADS`` order: the categories, then
        the pooled head)."""
        if not texts:
            return np.zeros((0, len(HEADS)), dtype=np.float32)
        logits = self.features(texts) @ self._weights + self.arrays["intercept"]
        return 1.0 / (1.0 + np.exp(-np.asarray(logits)))


def long_benign(examples: list[dict], count: int = LONG_BENIGN, seed: int = 0) -> list[str]:
    """Long benign texts: ``count`` joins of 3 to 10 benign tickets drawn with a fixed seed.

    Real conversations run to thousands of characters, the labelled tickets to a few hundred, and
    sensitive tickets are the longer ones; without these, length itself (the function words that
    fill a long text) scores as sensitive, and long ordinary conversations are flagged."""
    rng = random.Random(seed)
    benign = [example_text(e) for e in examples if e["label"] is None]
    return ["\n".join(rng.sample(benign, rng.randint(3, 10))) for _ in range(count)]


def joined_in_tens(texts: list[str]) -> list[str]:
    """Consecutive texts joined ``JOIN_SIZE`` at a time (a remainder shorter than that is left out): long
    ordinary conversations made of one writer's benign tickets, for choosing thresholds and for the guard."""
    return ["\n".join(texts[i:i + JOIN_SIZE]) for i in range(0, len(texts) - JOIN_SIZE + 1, JOIN_SIZE)]


def train(examples: list[dict], c: float = C) -> LinearModel:
    """Trained on the examples' texts and, as benign, their benign fields and sentences, adults' dates of
    birth, how long things were had, and long joins of their benign tickets."""
    pieces = benign_pieces(examples) + [t for texts in lookalike_texts().values() for t in texts] + long_benign(examples)
    texts = [example_text(e) for e in examples] + pieces
    labels = [e["label"] for e in examples] + [None] * len(pieces)
    return LinearModel.fit(texts, labels, c)


def choose_thresholds(benign_sets: list, fe_target: float = FE_TARGET, joins: np.ndarray | None = None,
                      joins_target: float = JOINS_FE_TARGET) -> tuple[dict[str, float], float]:
    """Per category head, the highest (1 - q) quantile of the benign out-of-fold scores over the benign
    sets (whole tickets, and their fields and sentences), at least 0.05 and at least the joins' floor;
    q the largest keeping the classifier's own false exclusion <= ``fe_target`` on every set. The joins'
    floor is each head's (1 - q') quantile of the ``joins`` scores, q' the largest keeping at most
    ``joins_target`` of the joins flagged: it raises only the heads that long texts push up (the others
    may come down, as the raised heads flag fewer tickets). The pooled head flags nothing."""
    sets = [b[:, :len(CATEGORIES)] for b in benign_sets]
    floor = np.full(len(CATEGORIES), 0.05)
    if joins is not None:
        floor = (_largest_quantile([joins[:, :len(CATEGORIES)]], joins_target, floor) or (floor, 0.0))[0]
    best = _largest_quantile(sets, fe_target, floor)
    if best is None:
        raise ModelError(f"no threshold keeps benign false exclusion <= {fe_target}")
    th, q = best
    return {c: round(float(t), 6) for c, t in zip(CATEGORIES, th, strict=True)}, q


def _largest_quantile(sets: list[np.ndarray], target: float, floor: np.ndarray) -> tuple[np.ndarray, float] | None:
    """Per column, the highest (1 - q) quantile over ``sets``, at least ``floor``, for the largest q on the grid
    that keeps the share of each set's rows reaching a threshold at most ``target``; with that q. None if none does."""
    best = None
    for q in np.linspace(0.0005, 0.1, 200):
        th = np.maximum(np.max([np.quantile(b, 1 - q, axis=0) for b in sets], axis=0), floor)
        if all(float((b >= th).any(axis=1).mean()) <= target for b in sets):
            best = (th, float(q))
    return best


def flagged_categories(scores: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Per row of scores (``HEADS`` columns) and category, whether the classifier flags it: its own
    head reaches its threshold. (The pooled head flagging too was tried: it flagged ordinary
    conversations, though not the labelled look-alikes.)"""
    return scores[:, :len(CATEGORIES)] >= thresholds[:len(CATEGORIES)]


def choose_veto(scores: np.ndarray, rule_flags: np.ndarray, flagged: np.ndarray, labels: list[str | None],
                budget: float = VETO_BUDGET) -> float:
    """The pooled head's score below which the rules' findings are overruled: the highest bar that
    loses at most ``budget`` of the sensitive tickets, counting those that the rules catch and the
    classifier does not flag (out-of-fold ``scores``)."""
    sensitive = np.array([label is not None for label in labels])
    alone = sensitive & rule_flags.any(axis=1) & ~flagged
    lowest = np.sort(scores[alone, -1])
    lost = int(budget * sensitive.sum())
    return round(float(lowest[lost]), 6) if lost < len(lowest) else 0.0


def _figures(examples: list[dict], flagged) -> dict:
    """Recall (sensitive tickets flagged) and false exclusion (benign tickets flagged), overall and per category."""
    out = {}
    for cat in ("all",) + CATEGORIES:
        sens = [f for e, f in zip(examples, flagged, strict=True) if e["label"] and cat in ("all", e["label"])]
        ben = [f for e, f in zip(examples, flagged, strict=True)
               if not e["label"] and cat in ("all", e["confusable_with"])]
        out[cat] = {"sensitive": len(sens), "benign": len(ben),
                    "recall": round(sum(sens) / len(sens), 4) if sens else None,
                    "false_exclusion": round(sum(ben) / len(ben), 4) if ben else None}
    return out


def _rules_flags(examples: list[dict]) -> np.ndarray:
    """Per example and category, whether the default policy's rules alone flag it (read without its
    model, which may not exist yet)."""
    import yaml

    from training_gate.policy import DEFAULT_POLICY_PATH, sensitive_settings
    from training_gate.sensitive import SensitiveDetector
    from training_gate.sensitive_eval import example_fields
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    section = {k: v for k, v in raw["sensitive"].items() if k != "model"}
    settings = sensitive_settings(section, DEFAULT_POLICY_PATH, raw["scrub"]["spacy_model"])
    verdicts = SensitiveDetector(settings).screen_many([example_fields(e) for e in examples])
    return np.array([[c in v.categories for c in CATEGORIES] for v in verdicts], dtype=bool)


_FOLDS: tuple[list[dict], float] = ([], C)  # what the fold workers read (inherited at fork, not pickled)


def _fold(split: str) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    """Leave ``split`` out: a model trained on the other examples scores its tickets, their benign pieces
    and its benign tickets joined ten at a time."""
    examples, c = _FOLDS
    model = train([e for e in examples if e["split"] != split], c)
    held_examples = [e for e in examples if e["split"] == split]
    held_texts = [example_text(e) for e in held_examples]
    joins = joined_in_tens([t for t, e in zip(held_texts, held_examples, strict=True) if e["label"] is None])
    return (split, model.scores(held_texts), model.scores(benign_pieces(held_examples)),
            model.scores(joins) if joins else np.empty((0, len(HEADS))))


def _out_of_fold(examples: list[dict], c: float, jobs: int, log):
    """The folds of every hand-written training split in their order, ``jobs`` at a time (each fold is
    deterministic, so the scores do not depend on ``jobs``)."""
    global _FOLDS
    import multiprocessing

    _FOLDS = (examples, c)
    t0 = time.time()
    if jobs <= 1:
        results = map(_fold, HAND_WRITTEN_TRAINING)
        pool = None
    else:
        pool = multiprocessing.get_context("fork").Pool(jobs)
        results = pool.imap(_fold, HAND_WRITTEN_TRAINING)
    try:
        for result in results:
            log(f"fold {result[0]}: {time.time() - t0:.0f}s")
            yield result
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        _FOLDS = ([], C)


def out_of_fold_scores(examples: list[dict], c: float, jobs: int, log) -> dict[str, np.ndarray]:
    """The out-of-fold scores of the hand-written training splits' tickets (``oof``, in the examples' order),
    of their benign pieces (``pieces``) and of their benign joins of ten (``joins``)."""
    hand = np.array([e["split"] in HAND_WRITTEN_TRAINING for e in examples])
    splits = np.array([e["split"] for e in examples])
    oof = np.full((len(examples), len(HEADS)), np.nan)
    piece_scores, join_scores = [], []
    for split, held_scores, held_piece_scores, held_join_scores in _out_of_fold(examples, c, jobs, log):
        oof[splits == split] = held_scores
        piece_scores.append(held_piece_scores)
        join_scores.append(held_join_scores)
    return {"oof": oof[hand], "pieces": np.concatenate(piece_scores), "joins": np.concatenate(join_scores)}


def build(out: Path, c: float = C, fe_target: float = FE_TARGET, jobs: int = 1, log=print,
          scores_out: Path | None = None, scores_in: Path | None = None) -> dict:
    """Train, choose thresholds out of fold, write the weights and their card to ``out``; returns the card.
    ``scores_out`` keeps the out-of-fold scores and rule flags (``.npz``), to study other choices of
    threshold without training again; ``scores_in`` reads such a file instead of training the folds (the
    rule flags, and so the veto bar, are read anew from the current rules: a rule round after the folds
    needs no second training). The file must come from the same training data and features."""
    import sklearn
    examples = training_examples()
    hand_examples = [e for e in examples if e["split"] in HAND_WRITTEN_TRAINING]
    data_sha256 = training_data_sha256(examples)
    scored_on = json.dumps({"version": MODEL_VERSION, "C": c, "data": data_sha256}, sort_keys=True)
    if scores_in is None:
        scored = out_of_fold_scores(examples, c, jobs, log)
    else:
        with np.load(scores_in) as saved:
            if str(saved["scored_on"]) != scored_on:
                raise ModelError(f"{scores_in} was scored by another model version, C or training data")
            scored = {name: saved[name] for name in ("oof", "pieces", "joins")}
    oof, pieces, joins = scored["oof"], scored["pieces"], scored["joins"]
    if scores_out is not None:  # kept before the rules are read: the folds are the hour's work
        np.savez_compressed(scores_out, scored_on=scored_on, **scored)
    benign = np.array([e["label"] is None for e in hand_examples])
    thresholds, q = choose_thresholds([oof[benign], pieces], fe_target, joins)
    limits = np.array([thresholds[c] for c in CATEGORIES])
    flagged = flagged_categories(oof, limits).any(axis=1)
    rules = _rules_flags(hand_examples)
    veto = choose_veto(oof, rules, flagged, [e["label"] for e in hand_examples])
    kept_rules = rules.any(axis=1) & (oof[:, -1] >= veto)
    if scores_out is not None:
        np.savez_compressed(scores_out, scored_on=scored_on, rules=rules, **scored)
    final = train(examples, c)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.rglob("*"):
        if stale.is_file():
            stale.unlink()
    with open(out / WEIGHTS, "wb") as handle:  # a file handle: np.savez would add ".npz" to a str path
        np.savez_compressed(handle, **stored_arrays(final.arrays))
    card = {
        "name": "sensitive_classifier",
        "version": MODEL_VERSION,
        "why": "second signal of the sensitive-topic stage: OR-ed with the rules, and overrules the rules' "
               "findings of a ticket its pooled head scores below veto_below",
        "architecture": {"model": "one logistic regression per category and one pooled (any category against "
                                  "benign), lbfgs, balanced class weights; a category is flagged by its own head, "
                                  "the pooled head decides the overruling",
                         "C": c,
                         "features": "TF-IDF (1 + log tf, l2 per view): words (not function words) and word "
                                     "pairs, and 2-5 character pieces within word boundaries; terms seen in at "
                                     f"least {MIN_DF} training texts",
                         "terms": {"word": len(final.arrays["word_terms"]), "char": len(final.arrays["char_terms"])},
                         "text": "public subject and comments joined, lowercased"},
        "scikit_learn_version": sklearn.__version__,
        "categories": list(CATEGORIES),
        "heads": list(HEADS),
        "training_splits": list(TRAINING_SPLITS),
        "held_out_splits": list(HELD_OUT_SPLITS),
        "training_examples": len(examples),
        "benign_pieces": len(benign_pieces(examples)),
        "benign_lookalikes": lookalike_digest(),
        "long_benign_texts": LONG_BENIGN,
        "training_data_sha256": data_sha256,
        "thresholds": thresholds,
        "threshold_selection": {"method": "leave-one-split-out over the hand-written training splits",
                                "benign_false_exclusion_target": fe_target, "quantile_q": round(q, 4),
                                "joins_of_ten_benign_false_exclusion_target": JOINS_FE_TARGET},
        "veto_below": veto,
        "veto_selection": {"method": "leave-one-split-out over the hand-written training splits",
                           "sensitive_tickets_overruled_at_most": VETO_BUDGET},
        "out_of_fold": {"splits": list(HAND_WRITTEN_TRAINING),
                        "classifier": _figures(hand_examples, [bool(f) for f in flagged]),
                        "classifier_benign_pieces": {"pieces": len(pieces), "false_exclusion": round(float(
                            flagged_categories(pieces, limits).any(axis=1).mean()), 4)},
                        "classifier_benign_joins_of_ten": {"joins": len(joins), "false_exclusion": round(float(
                            flagged_categories(joins, limits).any(axis=1).mean()), 4)},
                        "rules_or_classifier": _figures(hand_examples, [bool(f) for f in rules.any(axis=1) | flagged]),
                        "rules_not_overruled_or_classifier": _figures(hand_examples,
                                                                      [bool(f) for f in kept_rules | flagged])},
        "files_sha256": file_sha256(out),
    }
    (out / CARD).write_text(json.dumps(card, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return card


# -- loading and scoring ---------------------------------------------------------------

TERM_ARRAYS = ("function_words", "word_terms", "char_terms")
TERM_SEPARATOR = "\n"  # no term holds one: both views cut text at whitespace


def stored_arrays(arrays: dict) -> dict:
    """The arrays as written: each list of terms as one UTF-8 text (bytes), a third of the size of
    numpy's fixed-width strings in the compressed file; the numbers as they are."""
    stored = dict(arrays)
    for name in TERM_ARRAYS:
        terms = [str(term) for term in arrays[name]]
        if any(TERM_SEPARATOR in term for term in terms):
            raise ModelError(f"a term of {name} holds the separator")
        stored[name] = np.frombuffer(TERM_SEPARATOR.join(terms).encode("utf-8"), dtype=np.uint8)
    return stored


def loaded_arrays(stored: dict) -> dict:
    """The inverse of ``stored_arrays``."""
    arrays = dict(stored)
    for name in TERM_ARRAYS:
        text = stored[name].tobytes().decode("utf-8")
        arrays[name] = np.array(text.split(TERM_SEPARATOR) if text else [], dtype=str)
    return arrays


def card_sha256(directory: str | Path) -> str:
    path = Path(directory) / CARD
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise ModelError(f"cannot read sensitive model card {path}: {error}") from error


class SensitiveModel:
    """The loaded artefact: flags the categories whose score reaches the card's threshold, and doubts
    those it scores below the card's ``veto_below``."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self.card_sha256 = card_sha256(self.directory)
        self.card = json.loads((self.directory / CARD).read_text(encoding="utf-8"))
        if file_sha256(self.directory) != self.card["files_sha256"]:
            raise ModelError(f"the files of {self.directory} do not match its {CARD}")
        with np.load(self.directory / WEIGHTS, allow_pickle=False) as weights:
            self.model = LinearModel(loaded_arrays({name: weights[name] for name in weights.files}))
        self.categories = tuple(self.card["categories"])
        if tuple(self.card.get("heads", ())) != self.categories + (ANY,):
            raise ModelError(f"{self.directory} is not a model with a pooled head ({MODEL_VERSION} or later)")
        self.thresholds = np.array([self.card["thresholds"][c] for c in self.categories])
        self.veto_below = float(self.card.get("veto_below", 0.0))

    def flag_many(self, texts: list[str]) -> list[tuple[str, ...]]:
        """Per text, the categories whose score reaches their threshold (empty text: none)."""
        return [flagged for flagged, _ in self.assess_many(texts)]

    def assess_many(self, texts: list[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Per text, (the categories it flags, the categories it doubts: every category when the pooled
        head scores it below ``veto_below``); an empty text is neither flagged nor doubted."""
        results: list[tuple[tuple[str, ...], tuple[str, ...]]] = [((), ())] * len(texts)
        todo = [i for i, t in enumerate(texts) if t]
        scores = self.model.scores([texts[i] for i in todo])
        for i, row, flags in zip(todo, scores, flagged_categories(scores, self.thresholds), strict=True):
            results[i] = (tuple(c for c, flag in zip(self.categories, flags, strict=True) if flag),
                          self.categories if row[-1] < self.veto_below else ())
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(DEFAULT_MODEL_DIR))
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--fe-target", type=float, default=FE_TARGET)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="folds trained at once, one process each (default: one per core)")
    parser.add_argument("--scores", help="also write the out-of-fold scores and rule flags to this .npz file")
    parser.add_argument("--scores-in", help="read the out-of-fold scores from this .npz file (written by --scores "
                                            "on the same training data) instead of training the folds")
    args = parser.parse_args()
    t0 = time.time()
    card = build(Path(args.out), args.c, args.fe_target, args.jobs,
                 scores_out=Path(args.scores) if args.scores else None,
                 scores_in=Path(args.scores_in) if args.scores_in else None)
    size = sum(p.stat().st_size for p in Path(args.out).rglob("*") if p.is_file())
    print(f"{time.time() - t0:.0f}s, {size / 1e6:.2f} MB at {args.out}")
    print("thresholds:", card["thresholds"])
    print("veto below:", card["veto_below"])
    for name in ("classifier", "rules_or_classifier", "rules_not_overruled_or_classifier"):
        figures = card["out_of_fold"][name]
        print(f"out of fold, {name}:", {c: (f["recall"], f["false_exclusion"]) for c, f in figures.items()})


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    main()
