"""Nearest-neighbour search over sentence vectors with FAISS, persisted to one file."""

from __future__ import annotations

import os
from pathlib import Path

import faiss
import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


class VectorIndex:
    """Exact inner-product search keyed by sentence id.

    Vectors are L2-normalised by the embedder, so the inner product FAISS returns is the cosine
    similarity. ``IndexIDMap2`` keeps our own int64 ids, so vectors can later be added and removed
    in place without renumbering anything.
    """

    def __init__(self, dimension: int, index: faiss.IndexIDMap2 | None = None) -> None:
        self.dimension = dimension
        self._index = index or faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        index = faiss.read_index(str(path))
        if not isinstance(index, faiss.IndexIDMap2):
            raise ValueError(f"{path} is not a sentence index (found {type(index).__name__})")
        return cls(index.d, index)

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves either the old file or the new one, never half."""
        partial = path.with_suffix(path.suffix + ".partial")
        faiss.write_index(self._index, str(partial))
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def ids(self) -> set[int]:
        return set(faiss.vector_to_array(self._index.id_map).tolist())

    def add(self, ids: list[int], vectors: Vectors) -> None:
        if ids:
            self._index.add_with_ids(vectors, np.asarray(ids, dtype=np.int64))

    def remove(self, ids: list[int]) -> None:
        if ids:
            self._index.remove_ids(faiss.IDSelectorBatch(np.asarray(ids, dtype=np.int64)))

    def search(self, vector: Vectors, k: int, among: list[int] | None = None) -> list[tuple[int, float]]:
        """Up to ``k`` ``(id, cosine similarity)`` pairs, most similar first, optionally only ``among`` these ids."""
        if len(self) == 0 or k <= 0 or among == []:
            return []
        params = faiss.SearchParameters()
        if among is not None:
            allowed = faiss.IDSelectorBatch(np.asarray(among, dtype=np.int64))  # must outlive the search
            params.sel = allowed
        scores, ids = self._index.search(vector.reshape(1, -1), min(k, len(self)), params=params)
        # FAISS pads with id -1 when it has fewer than k results.
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i != -1]
