"""Labelled (evidence, claim) pairs from the shared NLI / fact-checking data sets.

Only items a person labelled against the claim (``label_scope == "sentence"``) are real per-pair
gold; items whose label was copied from the claim's verdict are skipped. The held-out split is
chosen by a hash of the claim text, so a claim never has pairs on both sides and the split is the
same on every machine and every run. It has two slices: ``calibration`` (for fitting the
temperature that calibrates probabilities) and ``dev`` (for the figures we report).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Split = Literal["train", "calibration", "dev"]

LABELS = ("contradicts", "supports", "neither")
"""Stance labels in the order of the stance model's output."""

_FROM_DATASET = {"SUPPORTS": "supports", "REFUTES": "contradicts", "NOT_ENOUGH_INFO": "neither"}

CALIBRATION_FRACTION = 0.05
HELD_OUT_FRACTION = 0.15

# Pairs drawn per file for training; None takes them all. Breaking-NLI is 87% single-word swap
# contradictions, SNLI and its counterfactual twin are image captions: enough of them to teach the
# task, few enough that news-like and Wikipedia sets are not drowned out.
TRAIN_CAPS: dict[str, int | None] = {
    "mnli.jsonl": None,
    "textfooler-mnli.jsonl": None,
    "advglue.jsonl": None,
    "fever-symmetric.dev.jsonl": None,
    "climate-fever.public.jsonl": None,
    "scifact.train.jsonl": None,
    "fm2.jsonl": None,
    "snli.dev.jsonl": 1500,
    "cad-snli.jsonl": 3000,
    "breaking-nli.jsonl": 600,
}


# Sets whose pairs are photo captions: their labels assume both sentences describe one photo.
CAPTION_SETS = ("snli", "cad-snli", "breaking-nli")


@dataclass(frozen=True, slots=True)
class Pair:
    evidence: str
    claim: str
    label: str
    dataset: str

    @property
    def label_id(self) -> int:
        return LABELS.index(self.label)

    @property
    def is_caption(self) -> bool:
        return self.dataset.startswith(CAPTION_SETS)


def split_of(claim: str) -> Split:
    """Place a claim in one split by its text, so a claim repeated under two ids stays on one side."""
    digest = hashlib.sha256(" ".join(claim.lower().split()).encode()).digest()
    position = int.from_bytes(digest[:4], "big") / 2**32
    if position < CALIBRATION_FRACTION:
        return "calibration"
    return "dev" if position < HELD_OUT_FRACTION else "train"


def read_pairs(path: Path, split: Split) -> Iterator[Pair]:
    """Yield the sentence-level gold pairs of one JSON Lines file that fall in ``split``."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if split_of(record["claim"]) != split:
                continue
            for item in record["evidence"]:
                label = _FROM_DATASET.get(item.get("label") or "")
                if item.get("label_scope") == "sentence" and label and item["text"].strip():
                    yield Pair(item["text"], record["claim"], label, path.stem)


# A set whose evidence carries only its claim's verdict (``label_scope == "claim"``), for an
# experimental recipe (``--headlines``), not the shipped model: its authors state no licence.
# COVID-Fact's supported claims are headlines written from their evidence; its refuted ones are
# the same headlines with one fact swapped ("six days" for "six months"). The verdict holds for the
# evidence item ranked first more surely than for the rest, so each claim gives one pair.
HEADLINE_SET = "covid-fact.train.jsonl"


def headline_pairs(path: Path, split: Split) -> Iterator[Pair]:
    """Yield one (first evidence item, claim) pair per supported or refuted claim in ``split``.

    A refuted headline is labelled ``neither``, not ``contradicts``: it is a near copy of its
    evidence with one fact changed, which must not count as support, and teaching it as a
    contradiction made the model call near copies contradicting (the model card has the figures).
    """
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            label = {"SUPPORTS": "supports", "REFUTES": "neither"}.get(record["claim_label"])
            evidence = [item["text"] for item in record["evidence"] if item["text"].strip()]
            if label and evidence and split_of(record["claim"]) == split:
                yield Pair(evidence[0], record["claim"], label, path.stem)


def training_pairs(data_dir: Path, seed: int = 13, headlines: bool = False) -> list[Pair]:
    """The training split of every set in ``TRAIN_CAPS``; with ``headlines``, also COVID-Fact's
    supported headlines and as many of its one-fact-swapped ones (as ``neither``)."""
    rng = random.Random(seed)
    pairs: list[Pair] = []
    for name, cap in TRAIN_CAPS.items():
        found = list(read_pairs(data_dir / name, "train"))
        rng.shuffle(found)
        pairs.extend(found if cap is None else found[:cap])
    if headlines:
        found = list(headline_pairs(data_dir / HEADLINE_SET, "train"))
        rng.shuffle(found)
        supported = [p for p in found if p.label == "supports"]
        pairs += supported + [p for p in found if p.label == "neither"][: len(supported)]
    rng.shuffle(pairs)
    return pairs


def held_out_pairs(data_dir: Path, split: Split = "dev") -> dict[str, list[Pair]]:
    """Pairs training never sees, per data set: ``dev`` for evaluation, ``calibration`` for fitting."""
    return {name: list(read_pairs(data_dir / name, split)) for name in TRAIN_CAPS}


# Sets whose claims are statements about the world checked against evidence, for claim-level
# figures: the caption sets (SNLI and its derivatives) and the adversarial rewrites are left out.
CLAIM_SETS = (
    "climate-fever.public.jsonl",
    "fever-symmetric.dev.jsonl",
    "scifact.train.jsonl",
    "fm2.jsonl",
    "mnli.jsonl",
)
_VERDICT_OF_LABEL = {
    "SUPPORTS": "supported",
    "REFUTES": "refuted",
    "DISPUTED": "conflicting",
    "NOT_ENOUGH_INFO": "not_enough_evidence",
}


@dataclass(frozen=True, slots=True)
class LabelledClaim:
    """A claim, the evidence its data set gives for it, and the verdict people gave it."""

    claim: str
    passages: list[str]
    verdict: str
    dataset: str


def read_claims(path: Path, split: Split) -> Iterator[LabelledClaim]:
    """Yield the claims of one JSON Lines file that fall in ``split``, with all their evidence."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            passages = [item["text"] for item in record["evidence"] if item["text"].strip()]
            if passages and split_of(record["claim"]) == split:
                yield LabelledClaim(record["claim"], passages, _VERDICT_OF_LABEL[record["claim_label"]], path.stem)


def held_out_claims(data_dir: Path, split: Split = "dev") -> dict[str, list[LabelledClaim]]:
    """Claims training never sees, per data set, for claim-level evaluation and calibration."""
    return {name.removesuffix(".jsonl"): list(read_claims(data_dir / name, split)) for name in CLAIM_SETS}
