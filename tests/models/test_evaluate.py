"""Pair-level evaluation: the unrelated pairs it adds are surely unrelated."""

from __future__ import annotations

from models.evaluate import across_sets
from models.pairs import Pair


def test_unrelated_pairs_take_their_evidence_from_another_data_set() -> None:
    labelled = [Pair(f"Evidence {n}.", f"Claim {n}.", "supports", "ab"[n % 2]) for n in range(6)]
    dataset_of = {p.evidence: p.dataset for p in labelled} | {p.claim: p.dataset for p in labelled}
    pairs = across_sets(labelled, count=20)
    assert len(pairs) == 20
    assert all(p.label == "neither" for p in pairs)
    assert all(dataset_of[p.evidence] != dataset_of[p.claim] for p in pairs)
