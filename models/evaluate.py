"""Pair-level evaluation of a stance model on the held-out split of the labelled data.

    python -m models.evaluate --data ../shared/data [--model models/stance-minilm]

Prints, per data set and overall: accuracy, macro-F1, precision and recall of each stance
(contradicts precision is the figure that matters most) and expected calibration error, for a
majority-class baseline, for the model alone (its most probable stance) and for the stances as the
service serves them (``served``: the structured checks applied, then the bars of
``Stance.counted_as``, as ``POST /v1/verify`` labels a sentence related to the claim).

The labelled sets pair every claim with evidence picked for it, so they cannot show the error users
forgive least: an unrelated sentence called contradicting. A last line measures the stance model's
share of it on held-out claims each beside evidence written for a held-out claim of another data
set (so surely unrelated), where every answer but ``neither`` is wrong. The service adds a
similarity floor in front (``api.checker``); ``api.evaluation`` measures the verdicts that result.
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from models.checks import apply, compare, read_back
from models.pairs import LABELS, Pair, held_out_pairs
from models.stance import SHIPPED_MODEL, Stance, StanceModel, add_bar_options, load_stance_model, use_bars

BATCH = 64
UNRELATED_PAIRS = 1000


@dataclass(frozen=True, slots=True)
class Scores:
    n: int
    accuracy: float
    macro_f1: float
    precision: dict[str, float]
    recall: dict[str, float]
    ece: float


def score(
    gold: Sequence[int],
    probabilities: npt.NDArray[np.float64],
    predicted: npt.NDArray[np.int64] | None = None,
    bins: int = 10,
) -> Scores:
    """Figures for ``predicted`` labels (the most probable ones unless given) against ``gold``."""
    truth = np.asarray(gold)
    if predicted is None:
        predicted = probabilities.argmax(axis=1)
    precision, recall, f1 = {}, {}, []
    for i, label in enumerate(LABELS):
        tp = float(np.sum((predicted == i) & (truth == i)))
        p = tp / max(1, int(np.sum(predicted == i)))
        r = tp / max(1, int(np.sum(truth == i)))
        precision[label], recall[label] = p, r
        if np.any(truth == i):
            f1.append(0.0 if p + r == 0 else 2 * p * r / (p + r))
    # Expected calibration error: |accuracy - confidence| per confidence bin, weighted by bin size,
    # where confidence is the probability of the label given.
    confidence = probabilities[np.arange(len(truth)), predicted]
    correct = predicted == truth
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in itertools.pairwise(edges):
        members = (confidence > lo) & (confidence <= hi)
        if members.any():
            ece += members.mean() * abs(correct[members].mean() - confidence[members].mean())
    return Scores(len(truth), float(correct.mean()), float(np.mean(f1)), precision, recall, float(ece))


def judge(model: StanceModel, pairs: Sequence[Pair]) -> list[Stance]:
    stances = []
    for start in range(0, len(pairs), BATCH):
        stances.extend(model.judge([(p.evidence, p.claim) for p in pairs[start : start + BATCH]]))
    return stances


def as_array(stances: Sequence[Stance]) -> npt.NDArray[np.float64]:
    rows = [[getattr(stance, label) for label in LABELS] for stance in stances]
    return np.asarray(rows, dtype=np.float64).reshape(-1, len(LABELS))


def predict(model: StanceModel, pairs: Sequence[Pair]) -> npt.NDArray[np.float64]:
    return as_array(judge(model, pairs))


def served(
    model: StanceModel, stances: Sequence[Stance], pairs: Sequence[Pair]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Probabilities and labels as ``POST /v1/verify`` gives them for ``model``'s ``stances``:
    contradictions read back, checks applied, then the bars."""
    found = [compare(p.claim, p.evidence) for p in pairs]
    read = read_back(model, [(p.evidence, p.claim) for p in pairs], stances, found)
    checked = [apply(stance, reasons) for stance, reasons in zip(read, found, strict=True)]
    labels = np.asarray([LABELS.index(stance.counted_as) for stance in checked], dtype=np.int64)
    return as_array(checked), labels


def majority(train_labels: Sequence[int], n: int) -> npt.NDArray[np.float64]:
    counts = np.bincount(np.asarray(train_labels), minlength=len(LABELS))
    one_hot = np.zeros((n, len(LABELS)))
    one_hot[:, counts.argmax()] = 1.0
    return one_hot


def row(name: str, s: Scores) -> str:
    return (
        f"{name:<34} {s.n:>5} {s.accuracy:>6.3f} {s.macro_f1:>6.3f} "
        f"{s.precision['contradicts']:>7.3f} {s.recall['contradicts']:>7.3f} "
        f"{s.precision['supports']:>7.3f} {s.recall['supports']:>7.3f} {s.ece:>6.3f}"
    )


def across_sets(pairs: Sequence[Pair], count: int, seed: int = 29) -> list[Pair]:
    """``count`` claims, each beside evidence from another data set: surely unrelated."""
    rng = random.Random(seed)
    made: list[Pair] = []
    while len(made) < count:
        claim, other = rng.choice(pairs), rng.choice(pairs)
        if other.dataset != claim.dataset:
            made.append(Pair(other.evidence, claim.claim, "neither", "unrelated"))
    return made


def print_unrelated(model: StanceModel, pairs: Sequence[Pair]) -> None:
    """How often a claim beside unrelated evidence is called contradicted or supported."""
    mismatched = across_sets(pairs, UNRELATED_PAIRS)
    stances = judge(model, mismatched)
    argmax = as_array(stances).argmax(axis=1)
    _, counted = served(model, stances, mismatched)
    con, sup = LABELS.index("contradicts"), LABELS.index("supports")
    print(
        f"unrelated pairs (claim beside another set's evidence; right answer: neither): {len(mismatched)}; "
        f"called contradicts: model {np.mean(argmax == con):.3f}, served {np.mean(counted == con):.3f}; "
        f"called supports: model {np.mean(argmax == sup):.3f}, served {np.mean(counted == sup):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--model", default=str(SHIPPED_MODEL))
    add_bar_options(parser)
    args = parser.parse_args()
    use_bars(args)
    model = load_stance_model(args.model)
    sets = {name.removesuffix(".jsonl"): pairs for name, pairs in held_out_pairs(args.data).items() if pairs}
    print(f"stance model: {args.model}; held-out split of {args.data} (never used in training)")
    print("model = its most probable stance; served = what POST /v1/verify labels it (read back, checks, bars)")
    print(
        f"{'data set':<34} {'pairs':>5} {'acc':>6} {'macroF1':>6} {'P(con)':>7} {'R(con)':>7} "
        f"{'P(sup)':>7} {'R(sup)':>7} {'ECE':>6}"
    )
    everything: list[Pair] = []
    stances: list[Stance] = []
    # Each set's served figures, kept for the ALL row: serving reads contradictions back through
    # the model, which should happen once per pair.
    served_probabilities, served_labels = [], []
    elapsed = 0.0  # the model's own time, not the checks'
    for name, pairs in sets.items():
        started = time.perf_counter()
        judged = judge(model, pairs)
        elapsed += time.perf_counter() - started
        everything.extend(pairs)
        stances.extend(judged)
        probabilities, labels = served(model, judged, pairs)
        served_probabilities.append(probabilities)
        served_labels.append(labels)
        gold = [p.label_id for p in pairs]
        print(row(f"{name} (model)", score(gold, as_array(judged))))
        print(row(f"{name} (served)", score(gold, probabilities, labels)))
    gold = [p.label_id for p in everything]
    print(row("ALL (baseline: majority class)", score(gold, majority(gold, len(gold)))))
    print(row("ALL (model)", score(gold, as_array(stances))))
    print(row("ALL (served)", score(gold, np.concatenate(served_probabilities), np.concatenate(served_labels))))
    print(f"{len(everything)} pairs judged in {elapsed:.1f} s ({1000 * elapsed / len(everything):.2f} ms/pair)")
    print_unrelated(model, [p for p in everything if not p.is_caption])


if __name__ == "__main__":
    main()
