"""Experiment: a small spaCy text classifier OR-ed with the sensitive-topic rules.

Not wired into the gate. Trains a ``textcat_multilabel`` (one label per category, benign =
all zeros) on the labelled training splits (dev, test, blind, fresh, probe, field, queue),
picks per-category thresholds on out-of-fold scores of the training splits only, and
measures rules alone, classifier alone and rules OR classifier on the ``inbox`` split (never
trained on, never used to choose anything). The ``unseen`` split is never loaded: the
hand-written training modules are imported one by one instead of via
``build_eval_set(blind=True)``.

Thresholds: out-of-fold scores come from leave-one-group-out training over the groups
(templates = dev+test, blind, fresh, probe, field, queue); per-category thresholds are the
(1 - q) quantile of each category's score over the hand-written benign tickets, with q the
largest value keeping the classifier's own false exclusion on those benign tickets <= 5%.

    OPENBLAS_NUM_THREADS=1 python -m training_gate.sensitive_model_train --arch bow
    OPENBLAS_NUM_THREADS=1 python -m training_gate.sensitive_model_train --arch ensemble --folds holdout

Models are written under var/ (not committed).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import time
from pathlib import Path

import numpy as np

CATEGORIES = ("health", "children", "financial_hardship", "legal", "special_categories",
              "bereavement", "violence_self_harm")
TRAIN_HAND_WRITTEN = ("blind", "fresh", "probe", "field", "queue")  # never "unseen"
GROUPS = {"templates": ("dev", "test"), "blind": ("blind",), "fresh": ("fresh",), "probe": ("probe",),
          "field": ("field",), "queue": ("queue",)}
FE_TARGET = 0.05


def training_examples() -> list[dict]:
    from training_gate.sensitive_eval import build_eval_set
    examples = build_eval_set(blind=False)  # template splits only
    for split in TRAIN_HAND_WRITTEN:
        module = importlib.import_module(f"training_gate.sensitive_{split}")
        examples += getattr(module, f"{split}_examples")()
    assert not any(e["split"] == "unseen" for e in examples)
    return examples


def text_of(example: dict) -> str:
    from training_gate.sensitive_eval import example_fields
    return "\n".join(text for _, text in example_fields(example) if text).lower()


def make_nlp(arch: str, seed: int):
    import spacy
    from spacy.util import fix_random_seed
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    if arch == "bow":
        model = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                 "ngram_size": 2, "no_output_layer": False, "length": 262144}
    else:
        tok2vec = {"@architectures": "spacy.Tok2Vec.v2",
                   "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64,
                             "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                             "rows": [5000, 1000, 2500, 2500], "include_static_vectors": False},
                   "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64,
                              "window_size": 1, "maxout_pieces": 3, "depth": 2}}
        linear = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                  "ngram_size": 2, "no_output_layer": False, "length": 262144}
        model = {"@architectures": "spacy.TextCatEnsemble.v2", "tok2vec": tok2vec, "linear_model": linear,
                 "nO": None}
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": model, "threshold": 0.5})
    for category in CATEGORIES:
        textcat.add_label(category)
    return nlp


def train(examples: list[dict], arch: str, epochs: int, seed: int = 0):
    from spacy.training import Example
    from spacy.util import minibatch
    nlp = make_nlp(arch, seed)
    data = [Example.from_dict(nlp.make_doc(text_of(e)),
                              {"cats": {c: float(e["label"] == c) for c in CATEGORIES}}) for e in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        losses: dict = {}
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
    return nlp


def scores(nlp, examples: list[dict]) -> np.ndarray:
    docs = nlp.pipe((text_of(e) for e in examples), batch_size=64)
    return np.array([[doc.cats[c] for c in CATEGORIES] for doc in docs])


def choose_thresholds(oof: np.ndarray, benign: np.ndarray) -> tuple[dict, float]:
    """Per category, the (1 - q) quantile of benign scores, q the largest keeping the classifier's
    own benign false exclusion <= FE_TARGET."""
    b = oof[benign]
    best = None
    for q in np.linspace(0.001, 0.1, 100):
        th = np.quantile(b, 1 - q, axis=0)
        th = np.maximum(th, 0.05)
        fe = float((b >= th).any(axis=1).mean())
        if fe <= FE_TARGET:
            best = (th, q)
    th, q = best
    return {c: float(t) for c, t in zip(CATEGORIES, th, strict=True)}, float(q)


def flags(score: np.ndarray, thresholds: dict) -> np.ndarray:
    return (score >= np.array([thresholds[c] for c in CATEGORIES])).any(axis=1)


def rules_flags(examples: list[dict]) -> np.ndarray:
    from training_gate.policy import load_policy
    from training_gate.sensitive import SensitiveDetector
    from training_gate.sensitive_eval import example_fields
    root = Path(__file__).resolve().parents[2]
    det = SensitiveDetector(load_policy(str(root / "include/training_gate/policies/default.yaml")).sensitive)
    verdicts = det.screen_many([example_fields(e) for e in examples])
    return np.array([bool(v.categories) for v in verdicts])


def table(examples: list[dict], systems: dict[str, np.ndarray], title: str) -> str:
    label = [e["label"] for e in examples]
    conf = [e["confusable_with"] for e in examples]
    names = list(systems)
    lines = [title, f"{'category':<20}{'n_s':>4}{'n_b':>4}  " + "  ".join(f"{n + ' rec/FE':>17}" for n in names)]
    for cat in ("all",) + CATEGORIES:
        sens = np.array([lab is not None and (cat == "all" or lab == cat) for lab in label])
        ben = np.array([lab is None and (cat == "all" or cf == cat) for lab, cf in zip(label, conf, strict=True)])
        cells = []
        for n in names:
            f = systems[n]
            rec = f[sens].mean() if sens.any() else float("nan")
            fe = f[ben].mean() if ben.any() else float("nan")
            cells.append(f"{rec:>8.1%}/{fe:>7.1%}")
        lines.append(f"{cat:<20}{sens.sum():>4}{ben.sum():>4}  " + "  ".join(f"{c:>17}" for c in cells))
    return "\n".join(lines)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", choices=("bow", "ensemble"), default="bow")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--folds", choices=("groups", "holdout"), default="groups",
                        help="groups: leave-one-group-out OOF scores; holdout: one model without field+queue")
    parser.add_argument("--out", default="var/sensitive_model")
    parser.add_argument("--fe-target", type=float, default=0.05,
                        help="classifier-alone benign false exclusion allowed on out-of-fold training scores")
    args = parser.parse_args()
    global FE_TARGET
    FE_TARGET = args.fe_target
    from training_gate.sensitive_inbox import inbox_examples

    train_ex = training_examples()
    inbox = inbox_examples()
    group_of = {s: g for g, splits in GROUPS.items() for s in splits}
    groups = np.array([group_of[e["split"]] for e in train_ex])
    benign = np.array([e["label"] is None for e in train_ex])
    hand = np.array([e["split"] in TRAIN_HAND_WRITTEN for e in train_ex])

    t0 = time.time()
    oof = np.full((len(train_ex), len(CATEGORIES)), np.nan)
    held = ["field", "queue"] if args.folds == "holdout" else [g for g in GROUPS if g != "templates"]
    if args.folds == "holdout":
        fit = [e for e, g in zip(train_ex, groups, strict=True) if g not in held]
        mask = np.isin(groups, held)
        oof[mask] = scores(train(fit, args.arch, args.epochs), [e for e, m in zip(train_ex, mask, strict=True) if m])
    else:
        for g in held:
            mask = groups == g
            nlp = train([e for e, m in zip(train_ex, mask, strict=True) if not m], args.arch, args.epochs)
            oof[mask] = scores(nlp, [e for e, m in zip(train_ex, mask, strict=True) if m])
            print(f"fold {g}: {time.time() - t0:.0f}s", flush=True)
    cv_time = time.time() - t0
    sel = ~np.isnan(oof[:, 0]) & hand
    thresholds, q = choose_thresholds(oof[sel], benign[sel])

    t1 = time.time()
    final = train(train_ex, args.arch, args.epochs)
    final_time = time.time() - t1
    out = Path(args.out + "_" + args.arch)
    out.mkdir(parents=True, exist_ok=True)
    final.to_disk(out)
    (out / "thresholds.json").write_text(json.dumps(thresholds, indent=1))

    rules_tr, rules_in = rules_flags(train_ex), rules_flags(inbox)
    clf_tr, clf_in = flags(scores(final, train_ex), thresholds), flags(scores(final, inbox), thresholds)
    sel_ex = [e for e, s in zip(train_ex, sel, strict=True) if s]
    clf_oof = flags(oof[sel], thresholds)
    print(f"arch={args.arch} epochs={args.epochs} folds={args.folds} fe_target={FE_TARGET} q={q:.3f}")
    print("thresholds:", {c: round(t, 3) for c, t in thresholds.items()})
    print(f"cv training {cv_time:.0f}s, final training {final_time:.0f}s, model {dir_size(out) / 1e6:.1f} MB at {out}")
    print(table(inbox, {"rules": rules_in, "clf": clf_in, "OR": rules_in | clf_in}, "== inbox (never trained on)"))
    print(table(sel_ex, {"rules": rules_tr[sel], "clf": clf_oof, "OR": rules_tr[sel] | clf_oof},
                "== training hand-written splits, out-of-fold classifier"))
    print(table(train_ex, {"rules": rules_tr, "clf": clf_tr, "OR": rules_tr | clf_tr},
                "== all training splits, final (in-sample) classifier"))


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    main()
