"""Fast, deterministic stand-ins for the two models, for unit tests only."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from models.stance import Stance

_WORD = re.compile(r"[a-z0-9]+")
_NEGATIONS = {"not", "no", "never", "denied", "denies", "neither"}


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


class HashingEmbedder:
    """Bag of words hashed into a small vector: texts sharing words are similar, others are not."""

    name = "test-hashing-embedder"
    dimension = 64

    def __init__(self) -> None:
        self.embedded = 0  # texts embedded so far, so tests can prove nothing was re-embedded

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.embedded += len(texts)
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in words(text):
                vectors[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


class RuleStance:
    """Supports when the evidence holds every word of the claim; contradicts when it also negates."""

    name = "test-rule-stance"

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        stances = []
        for evidence, claim in pairs:
            covered = words(claim) - _NEGATIONS <= words(evidence)
            negated = bool(words(evidence) & _NEGATIONS) != bool(words(claim) & _NEGATIONS)
            if covered and negated:
                stances.append(Stance(supports=0.05, contradicts=0.9, neither=0.05))
            elif covered:
                stances.append(Stance(supports=0.9, contradicts=0.05, neither=0.05))
            else:
                stances.append(Stance(supports=0.1, contradicts=0.1, neither=0.8))
        return stances
