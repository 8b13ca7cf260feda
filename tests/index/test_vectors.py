"""FAISS search invariants: at most k hits, most similar first, only ids that were added."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from index.vectors import VectorIndex

DIM = 8


def normalised(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.where(norms == 0, 1, norms)).astype(np.float32)


@settings(max_examples=50, deadline=None)
@given(
    arrays(np.float32, st.tuples(st.integers(0, 30), st.just(DIM)), elements=st.floats(-1, 1, width=32)),
    st.integers(1, 40),
)
def test_search_returns_at_most_k_known_ids_sorted_by_similarity(rows: np.ndarray, k: int) -> None:
    index = VectorIndex(DIM)
    ids = list(range(100, 100 + len(rows)))
    index.add(ids, normalised(rows))
    hits = index.search(normalised(np.ones((1, DIM), dtype=np.float32))[0], k)
    assert len(hits) == min(k, len(rows))
    assert {i for i, _ in hits} <= set(ids)
    similarities = [s for _, s in hits]
    assert similarities == sorted(similarities, reverse=True)
    assert all(-1.0 - 1e-5 <= s <= 1.0 + 1e-5 for s in similarities)  # cosine similarity


def test_an_empty_index_finds_nothing() -> None:
    assert VectorIndex(DIM).search(np.ones(DIM, dtype=np.float32), 5) == []


def test_saved_index_loads_with_the_same_ids(tmp_path: Path) -> None:
    index = VectorIndex(DIM)
    index.add([7, 42], normalised(np.eye(2, DIM, dtype=np.float32)))
    index.save(tmp_path / "v.faiss")
    loaded = VectorIndex.load(tmp_path / "v.faiss")
    assert loaded.ids() == {7, 42} and loaded.dimension == DIM
    assert not (tmp_path / "v.faiss.partial").exists()
