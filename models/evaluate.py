"""Pair-level evaluation of a stance model on the held-out split of the labelled data.

    python -m models.evaluate --data ../shared/data [--model models/stance-minilm]

Prints, per data set and overall: accuracy, macro-F1, precision and recall of each stance
(contradicts precision is the figure that matters most) and expected calibration error, for the
model and for a majority-class baseline in the same run.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from models.pairs import LABELS, Pair, held_out_pairs
from models.stance import SHIPPED_MODEL, StanceModel, load_stance_model

BATCH = 64


@dataclass(frozen=True, slots=True)
class Scores:
    n: int
    accuracy: float
    macro_f1: float
    precision: dict[str, float]
    recall: dict[str, float]
    ece: float


def score(gold: Sequence[int], probabilities: npt.NDArray[np.float64], bins: int = 10) -> Scores:
    truth = np.asarray(gold)
    predicted = probabilities.argmax(axis=1)
    precision, recall, f1 = {}, {}, []
    for i, label in enumerate(LABELS):
        tp = float(np.sum((predicted == i) & (truth == i)))
        p = tp / max(1, int(np.sum(predicted == i)))
        r = tp / max(1, int(np.sum(truth == i)))
        precision[label], recall[label] = p, r
        if np.any(truth == i):
            f1.append(0.0 if p + r == 0 else 2 * p * r / (p + r))
    # Expected calibration error: |accuracy - confidence| per confidence bin, weighted by bin size.
    confidence = probabilities.max(axis=1)
    correct = predicted == truth
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in itertools.pairwise(edges):
        members = (confidence > lo) & (confidence <= hi)
        if members.any():
            ece += members.mean() * abs(correct[members].mean() - confidence[members].mean())
    return Scores(len(truth), float(correct.mean()), float(np.mean(f1)), precision, recall, float(ece))


def predict(model: StanceModel, pairs: Sequence[Pair]) -> npt.NDArray[np.float64]:
    rows = []
    for start in range(0, len(pairs), BATCH):
        for stance in model.judge([(p.evidence, p.claim) for p in pairs[start : start + BATCH]]):
            rows.append([getattr(stance, label) for label in LABELS])
    return np.asarray(rows, dtype=np.float64).reshape(-1, len(LABELS))


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--model", default=str(SHIPPED_MODEL))
    args = parser.parse_args()
    model = load_stance_model(args.model)
    sets = {name.removesuffix(".jsonl"): pairs for name, pairs in held_out_pairs(args.data).items() if pairs}
    print(f"stance model: {args.model}; held-out split of {args.data} (never used in training)")
    print(
        f"{'data set':<34} {'pairs':>5} {'acc':>6} {'macroF1':>6} {'P(con)':>7} {'R(con)':>7} "
        f"{'P(sup)':>7} {'R(sup)':>7} {'ECE':>6}"
    )
    everything: list[Pair] = []
    all_probabilities = []
    started = time.perf_counter()
    for name, pairs in sets.items():
        probabilities = predict(model, pairs)
        everything.extend(pairs)
        all_probabilities.append(probabilities)
        print(row(name, score([p.label_id for p in pairs], probabilities)))
    gold = [p.label_id for p in everything]
    elapsed = time.perf_counter() - started
    print(row("ALL (model)", score(gold, np.vstack(all_probabilities))))
    print(row("ALL (baseline: majority class)", score(gold, majority(gold, len(gold)))))
    print(f"{len(everything)} pairs judged in {elapsed:.1f} s ({1000 * elapsed / len(everything):.2f} ms/pair)")


if __name__ == "__main__":
    main()
