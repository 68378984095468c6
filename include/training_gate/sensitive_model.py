"""A small text classifier as the sensitive-topic stage's second signal, beside the rules.

The rules are precise but miss phrasings nobody wrote a rule for; a bag-of-words spaCy
``textcat_multilabel`` (1-2 grams, one label per category, benign = no label) trained on the
labelled tickets catches some of them. ``SensitiveDetector`` ORs its flags with the rules.

The model ships as a versioned artefact, ``models/sensitive_textcat/``: the spaCy pipeline
plus ``model_card.json`` (version, training splits and the sha256 of their texts and labels,
per-category thresholds, seed, spaCy version, out-of-fold figures, sha256 of every file).
The policy records the card's sha256, and so does every manifest.

Training data: the template splits (``build_eval_set(blind=False)``) and the hand-written
splits in ``TRAINING_SPLITS``. The ``unseen`` and ``desk`` splits are held out for
measurement and are never imported here.

Thresholds are chosen out of fold: one model per hand-written split is trained without it
(leave-one-split-out) and scores it; each category's threshold is a high quantile of the
out-of-fold scores of the hand-written benign tickets, the quantile chosen so that the
classifier alone excludes at most ``FE_TARGET`` of them.

    make train-sensitive-model    # python -m training_gate.sensitive_model --out ...

Deterministic on one thread (fixed seed; OPENBLAS_NUM_THREADS=1).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import time
from pathlib import Path

MODEL_VERSION = "sensitive-textcat-1"  # bump on any change of data, features or training
DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "sensitive_textcat"
CARD = "model_card.json"
CATEGORIES = ("health", "children", "financial_hardship", "legal", "special_categories",
              "bereavement", "violence_self_harm")
TEMPLATE_SPLITS = ("dev", "test")  # build_eval_set(blind=False)
HAND_WRITTEN_TRAINING = ("blind", "fresh", "probe", "field", "queue", "inbox")
TRAINING_SPLITS = TEMPLATE_SPLITS + HAND_WRITTEN_TRAINING
HELD_OUT_SPLITS = ("unseen", "desk")  # never trained on, never imported by this module
SEED = 0
EPOCHS = 15
HASH_LENGTH = 2 ** 16  # rows of the bag-of-words hash table: 2**16 x 7 labels ~ 1.8 MB
FE_TARGET = 0.02


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

    A bag-of-words score starts near 0.5 and only long texts carry enough benign n-grams to
    pull it down, so without these a two-word ticket ("ok", "please cancel my order") would
    reach every threshold."""
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


# -- training --------------------------------------------------------------------------

def make_nlp(seed: int = SEED, length: int = HASH_LENGTH):
    import spacy
    from spacy.util import fix_random_seed
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    model = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
             "no_output_layer": False, "length": length}
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": model, "threshold": 0.5})
    for category in CATEGORIES:
        textcat.add_label(category)
    return nlp


def train(examples: list[dict], epochs: int = EPOCHS, seed: int = SEED, length: int = HASH_LENGTH):
    from spacy.training import Example
    from spacy.util import minibatch
    nlp = make_nlp(seed, length)
    benign = {c: 0.0 for c in CATEGORIES}
    data = [Example.from_dict(nlp.make_doc(example_text(e)),
                              {"cats": {c: float(e["label"] == c) for c in CATEGORIES}}) for e in examples]
    data += [Example.from_dict(nlp.make_doc(text), {"cats": benign}) for text in benign_pieces(examples)]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        losses: dict = {}
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
    return nlp


def score_texts(nlp, texts: list[str], batch_size: int = 64):
    """Scores, one row per text, one column per category (``CATEGORIES`` order)."""
    import numpy as np
    docs = nlp.pipe(texts, batch_size=batch_size)
    return np.array([[doc.cats[c] for c in CATEGORIES] for doc in docs]).reshape(len(texts), len(CATEGORIES))


def choose_thresholds(benign_sets: list, fe_target: float = FE_TARGET) -> tuple[dict[str, float], float]:
    """Per category, the (1 - q) quantile of the benign out-of-fold scores (at least 0.05), q the
    largest keeping the classifier's own false exclusion <= ``fe_target`` on every benign set
    (whole tickets, and their fields and sentences: a bag-of-words score depends on length)."""
    import numpy as np
    pooled = np.concatenate(benign_sets)
    best = None
    for q in np.linspace(0.001, 0.1, 100):
        th = np.maximum(np.quantile(pooled, 1 - q, axis=0), 0.05)
        if all(float((b >= th).any(axis=1).mean()) <= fe_target for b in benign_sets):
            best = (th, float(q))
    if best is None:
        raise ModelError(f"no threshold keeps benign false exclusion <= {fe_target}")
    th, q = best
    return {c: round(float(t), 6) for c, t in zip(CATEGORIES, th, strict=True)}, q


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


def _rules_flags(examples: list[dict]) -> list[bool]:
    """The default policy's rules alone (read without its model, which may not exist yet)."""
    import yaml

    from training_gate.policy import DEFAULT_POLICY_PATH, sensitive_settings
    from training_gate.sensitive import SensitiveDetector
    from training_gate.sensitive_eval import example_fields
    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    section = {k: v for k, v in raw["sensitive"].items() if k != "model"}
    settings = sensitive_settings(section, DEFAULT_POLICY_PATH, raw["scrub"]["spacy_model"])
    verdicts = SensitiveDetector(settings).screen_many([example_fields(e) for e in examples])
    return [bool(v.categories) for v in verdicts]


def build(out: Path, seed: int = SEED, epochs: int = EPOCHS, length: int = HASH_LENGTH,
          fe_target: float = FE_TARGET, log=print) -> dict:
    """Train, choose thresholds out of fold, write the pipeline and its card to ``out``; returns the card."""
    import numpy as np
    import spacy
    examples = training_examples()
    hand = np.array([e["split"] in HAND_WRITTEN_TRAINING for e in examples])
    benign = np.array([e["label"] is None for e in examples])
    splits = np.array([e["split"] for e in examples])
    oof = np.full((len(examples), len(CATEGORIES)), np.nan)
    piece_scores = []  # out-of-fold scores of the held-out splits' benign fields and sentences
    t0 = time.time()
    for split in HAND_WRITTEN_TRAINING:  # leave one hand-written split out
        held = splits == split
        nlp = train([e for e, h in zip(examples, held, strict=True) if not h], epochs, seed, length)
        held_examples = [e for e, h in zip(examples, held, strict=True) if h]
        oof[held] = score_texts(nlp, [example_text(e) for e in held_examples])
        piece_scores.append(score_texts(nlp, benign_pieces(held_examples)))
        log(f"fold {split}: {time.time() - t0:.0f}s")
    pieces = np.concatenate(piece_scores)
    thresholds, q = choose_thresholds([oof[hand & benign], pieces], fe_target)
    limits = np.array([thresholds[c] for c in CATEGORIES])
    hand_examples = [e for e, h in zip(examples, hand, strict=True) if h]
    clf = [bool(f) for f in (oof[hand] >= limits).any(axis=1)]
    rules = [r for r, h in zip(_rules_flags(examples), hand, strict=True) if h]
    final = train(examples, epochs, seed, length)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.rglob("*"):
        if stale.is_file():
            stale.unlink()
    final.to_disk(out)
    card = {
        "name": "sensitive_textcat",
        "version": MODEL_VERSION,
        "why": "second signal of the sensitive-topic stage, OR-ed with the rules",
        "architecture": {"pipe": "textcat_multilabel", "model": "spacy.TextCatBOW.v3", "ngram_size": 2,
                         "length": length, "text": "public subject and comments joined, lowercased"},
        "spacy_version": spacy.__version__,
        "seed": seed,
        "epochs": epochs,
        "categories": list(CATEGORIES),
        "training_splits": list(TRAINING_SPLITS),
        "held_out_splits": list(HELD_OUT_SPLITS),
        "training_examples": len(examples),
        "benign_pieces": len(benign_pieces(examples)),
        "training_data_sha256": training_data_sha256(examples),
        "thresholds": thresholds,
        "threshold_selection": {"method": "leave-one-split-out over the hand-written training splits",
                                "benign_false_exclusion_target": fe_target, "quantile_q": round(q, 4)},
        "out_of_fold": {"splits": list(HAND_WRITTEN_TRAINING),
                        "classifier": _figures(hand_examples, clf),
                        "classifier_benign_pieces": {"pieces": len(pieces),
                                                     "false_exclusion": round(float((pieces >= limits).any(axis=1).mean()), 4)},
                        "rules_or_classifier": _figures(hand_examples, [a or b for a, b in zip(rules, clf, strict=True)])},
        "files_sha256": file_sha256(out),
    }
    (out / CARD).write_text(json.dumps(card, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return card


# -- loading and scoring ---------------------------------------------------------------

def card_sha256(directory: str | Path) -> str:
    path = Path(directory) / CARD
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise ModelError(f"cannot read sensitive model card {path}: {error}") from error


class SensitiveModel:
    """The loaded artefact: flags the categories whose score reaches the card's threshold."""

    def __init__(self, directory: str | Path):
        import spacy
        self.directory = Path(directory)
        self.card_sha256 = card_sha256(self.directory)
        self.card = json.loads((self.directory / CARD).read_text(encoding="utf-8"))
        if file_sha256(self.directory) != self.card["files_sha256"]:
            raise ModelError(f"the files of {self.directory} do not match its {CARD}")
        self.nlp = spacy.load(self.directory)
        self.categories = tuple(self.card["categories"])
        self.thresholds = dict(self.card["thresholds"])

    def flag_many(self, texts: list[str], batch_size: int = 256) -> list[tuple[str, ...]]:
        """Per text, the categories whose score reaches their threshold (empty text: none)."""
        results: list[tuple[str, ...]] = [()] * len(texts)
        todo = [i for i, t in enumerate(texts) if t]
        for i, doc in zip(todo, self.nlp.pipe((texts[i] for i in todo), batch_size=batch_size), strict=True):
            results[i] = tuple(c for c in self.categories if doc.cats[c] >= self.thresholds[c])
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(DEFAULT_MODEL_DIR))
    parser.add_argument("--length", type=int, default=HASH_LENGTH)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--fe-target", type=float, default=FE_TARGET)
    args = parser.parse_args()
    t0 = time.time()
    card = build(Path(args.out), args.seed, args.epochs, args.length, args.fe_target)
    size = sum(p.stat().st_size for p in Path(args.out).rglob("*") if p.is_file())
    print(f"{time.time() - t0:.0f}s, {size / 1e6:.2f} MB at {args.out}")
    print("thresholds:", card["thresholds"])
    for name in ("classifier", "rules_or_classifier"):
        figures = card["out_of_fold"][name]
        print(f"out of fold, {name}:", {c: (f["recall"], f["false_exclusion"]) for c, f in figures.items()})


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    main()
