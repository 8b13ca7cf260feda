"""The searchable corpus: cleaned article sentences, their vectors and their sources, on disk."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from index.article import Article
from index.cleaning import find_body
from index.sentences import split_sentences
from index.store import MetadataStore, StoredSentence
from index.vectors import VectorIndex

log = logging.getLogger(__name__)

STORE_FILE = "corpus.sqlite3"
VECTORS_FILE = "vectors.faiss"


@runtime_checkable
class TextEmbedder(Protocol):
    """What the corpus needs of an embedding model: L2-normalised float32 rows, one per text."""

    name: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


@dataclass(frozen=True, slots=True)
class Ingested:
    article_id: str
    sentences: int
    duplicate: bool


@dataclass(frozen=True, slots=True)
class Hit:
    sentence: StoredSentence
    similarity: float


class Corpus:
    """Articles in a SQLite store and their sentence vectors in a FAISS index, kept in step.

    Open it with ``Corpus.open``: the first open embeds whatever ``seed`` yields; later opens load
    the saved index and embed nothing, unless the index and the store disagree (a crash between
    the two writes, a deleted file, another embedding model), in which case the vectors are
    rebuilt from the stored sentence text, which is the source of truth.
    """

    def __init__(self, data_dir: Path, embedder: TextEmbedder, store: MetadataStore, vectors: VectorIndex) -> None:
        self._data_dir = data_dir
        self._embedder = embedder
        self._store = store
        self._vectors = vectors
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: Path, embedder: TextEmbedder, seed: Iterable[Article] = ()) -> Corpus:
        data_dir.mkdir(parents=True, exist_ok=True)
        store = MetadataStore(data_dir / STORE_FILE)
        vectors_path = data_dir / VECTORS_FILE
        vectors = VectorIndex.load(vectors_path) if vectors_path.exists() else VectorIndex(embedder.dimension)
        corpus = cls(data_dir, embedder, store, vectors)
        corpus._reconcile()
        if store.get_meta("seeded") is None:
            for article in seed:
                corpus.add(article)
            store.set_meta("seeded", "1")
        return corpus

    def _reconcile(self) -> None:
        stored = self._store.sentence_ids()
        same_model = self._store.get_meta("embedder") in (None, self._embedder.name)
        if same_model and self._vectors.dimension == self._embedder.dimension and self._vectors.ids() == stored:
            if self._store.get_meta("embedder") is None:
                self._store.set_meta("embedder", self._embedder.name)
            return
        log.warning("vector index out of step with the store (%d stored sentences): rebuilding", len(stored))
        self._vectors = VectorIndex(self._embedder.dimension)
        rows = self._store.all_sentences()
        self._vectors.add([i for i, _ in rows], self._embedder.embed([t for _, t in rows]))
        self._vectors.save(self._data_dir / VECTORS_FILE)
        self._store.set_meta("embedder", self._embedder.name)

    def close(self) -> None:
        self._store.close()

    @property
    def version(self) -> int:
        """Changes with every write, so clients can tell whether two answers saw the same corpus."""
        return int(self._store.get_meta("version") or 0)

    @property
    def article_count(self) -> int:
        return self._store.article_count()

    @property
    def sentence_count(self) -> int:
        return len(self._vectors)

    def add(self, article: Article) -> Ingested:
        """Clean, split, embed and index one article; an article already stored is not re-added."""
        with self._write_lock:
            if self._store.has_article(article.id):
                return Ingested(article.id, 0, duplicate=True)
            sentences = split_sentences(article.text, find_body(article.text, article.title))
            vectors = self._embedder.embed([s.text for s in sentences])
            ids = self._store.add(article, sentences)
            self._vectors.add(ids, vectors)
            self._vectors.save(self._data_dir / VECTORS_FILE)
            self._store.set_meta("version", str(self.version + 1))
            return Ingested(article.id, len(ids), duplicate=False)

    def search(self, claim: str, k: int, min_similarity: float = 0.0) -> list[Hit]:
        """The ``k`` sentences nearest to ``claim`` whose cosine similarity is at least ``min_similarity``."""
        found = self._vectors.search(self._embedder.embed([claim])[0], k)
        kept = [(i, s) for i, s in found if s >= min_similarity]
        stored = self._store.sentences(i for i, _ in kept)
        return [Hit(stored[i], s) for i, s in kept if i in stored]
