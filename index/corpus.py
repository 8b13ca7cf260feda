"""The searchable corpus: cleaned article sentences, their vectors and their sources, on disk."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from index.article import Article
from index.cleaning import find_body
from index.sentences import Sentence, split_sentences
from index.store import ArticleSentence, MetadataStore, StoredSentence
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


class NoArticleText(ValueError):
    """Nothing in the text is article prose once page debris is removed."""


@dataclass(frozen=True, slots=True)
class Hit:
    sentence: StoredSentence
    similarity: float


class Corpus:
    """Articles in a SQLite store and their sentence vectors in a FAISS index, kept in step.

    The store holds every sentence's vector, so it alone is the durable truth: a write is
    acknowledged once its transaction commits. The FAISS file is a cache of those vectors, saved
    when the corpus closes; on open, whatever it lacks (or has too many of, after a crash) is
    reconciled from the store, and nothing is embedded again unless the embedding model changed.
    """

    def __init__(self, data_dir: Path, embedder: TextEmbedder, store: MetadataStore, vectors: VectorIndex) -> None:
        self._data_dir = data_dir
        self._embedder = embedder
        self._store = store
        self._vectors = vectors
        self._write_lock = threading.Lock()  # one writer at a time: duplicate checks stay true
        self._vectors_lock = threading.Lock()  # FAISS is not safe to search while it changes
        self._unsaved = False
        self._known_version = -1  # the store version the FAISS index reflects

    @classmethod
    def open(cls, data_dir: Path, embedder: TextEmbedder, seed: Iterable[Article] = ()) -> Corpus:
        data_dir.mkdir(parents=True, exist_ok=True)
        store = MetadataStore(data_dir / STORE_FILE)
        vectors = VectorIndex(embedder.dimension)
        try:
            if (data_dir / VECTORS_FILE).exists():
                vectors = VectorIndex.load(data_dir / VECTORS_FILE)
        except (RuntimeError, ValueError) as error:  # a damaged cache: the store has every vector
            log.warning("cannot read %s (%s): rebuilding it from the store", VECTORS_FILE, error)
        corpus = cls(data_dir, embedder, store, vectors)
        corpus._reconcile()
        if store.get_meta("seeded") is None:
            for article in seed:
                corpus.add(article)
            store.set_meta("seeded", "1")
        corpus.save()
        return corpus

    def _reconcile(self) -> None:
        if self._store.get_meta("embedder") not in (None, self._embedder.name):
            log.warning("embedding model changed to %s: re-embedding every stored sentence", self._embedder.name)
            rows = self._store.texts()
            ids = [i for i, _ in rows]
            self._store.replace_vectors(ids, self._embedder.embed([t for _, t in rows]))
            self._vectors = VectorIndex(self._embedder.dimension)
        if self._store.get_meta("embedder") != self._embedder.name:
            self._store.set_meta("embedder", self._embedder.name)
        stored, indexed = self._store.sentence_ids(), self._vectors.ids()
        missing, extra = sorted(stored - indexed), sorted(indexed - stored)
        if missing or extra:
            log.warning("vector index behind the store: adding %d, removing %d vectors", len(missing), len(extra))
            self._vectors.remove(extra)
            self._vectors.add(*self._store.vectors(missing))
            self._unsaved = True
        self._known_version = self.version

    def _catch_up(self) -> None:
        """Take in writes made by another process (``factcheck ingest`` beside a running server)."""
        if self.version != self._known_version:
            with self._write_lock, self._vectors_lock:
                self._reconcile()

    def save(self) -> None:
        """Write the FAISS cache if it changed since it was last written."""
        with self._vectors_lock:
            if self._unsaved:
                self._vectors.save(self._data_dir / VECTORS_FILE)
                self._unsaved = False

    def close(self) -> None:
        self.save()
        self._store.close()

    @property
    def embedder(self) -> TextEmbedder:
        return self._embedder

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
        """Clean, split, embed and index one article; one already stored (same text or url) is not re-added.

        Raises ``NoArticleText`` (and stores nothing) when no sentence of prose is left.
        """
        return self.add_many([article])[0]

    def add_many(self, articles: Sequence[Article]) -> list[Ingested]:
        """Add each article in turn; if any has no prose, raise before anything is stored."""
        split = []
        for position, article in enumerate(articles):
            sentences = prose_sentences(article)
            if not sentences:
                where = f"article {position}" if len(articles) > 1 else "the article"
                raise NoArticleText(f"{where} has no sentences of prose once page debris is removed")
            split.append((article, sentences))
        return [self._add(article, sentences) for article, sentences in split]

    def _add(self, article: Article, sentences: list[Sentence]) -> Ingested:
        with self._write_lock:
            existing = self._store.existing_id(article)
            if existing is not None:
                return Ingested(existing, 0, duplicate=True)
            vectors = self._embedder.embed([s.text for s in sentences])
            ids = self._store.add(article, sentences, vectors)
            with self._vectors_lock:
                self._vectors.add(ids, vectors)
                self._unsaved = True
                self._known_version += 1
        return Ingested(article.id, len(ids), duplicate=False)

    def delete(self, article_id: str) -> bool:
        """Remove an article; its sentences never appear in results again. False if there was none."""
        with self._write_lock:
            ids = self._store.delete(article_id)
            if ids is None:
                return False
            with self._vectors_lock:
                self._vectors.remove(ids)
                self._unsaved = True
                self._known_version += 1
        return True

    def articles(
        self,
        publisher: str | None = None,
        published_from: date | None = None,
        published_to: date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[tuple[Article, int]], int]:
        return self._store.articles(publisher, published_from, published_to, limit, offset)

    def article(self, article_id: str) -> tuple[Article, list[ArticleSentence]] | None:
        return self._store.article(article_id)

    def article_texts(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The full text of each of these articles; one deleted meanwhile is left out."""
        return self._store.article_texts(article_ids)

    def search(
        self,
        claim: str,
        k: int,
        min_similarity: float = 0.0,
        publishers: Sequence[str] | None = None,
        as_of: date | None = None,
    ) -> list[Hit]:
        """The ``k`` sentences nearest to ``claim`` with cosine similarity of at least ``min_similarity``,
        optionally only from articles by ``publishers`` and published on or before ``as_of``."""
        self._catch_up()
        vector = self._embedder.embed([claim])[0]
        among = None if publishers is None and as_of is None else self._store.sentence_ids_where(publishers, as_of)
        with self._vectors_lock:
            found = self._vectors.search(vector, k, among)
        kept = [(i, s) for i, s in found if s >= min_similarity]
        stored = self._store.sentences(i for i, _ in kept)
        # A sentence deleted since the search is simply left out: the caller sees the new corpus.
        return [Hit(stored[i], s) for i, s in kept if i in stored]


def prose_sentences(article: Article) -> list[Sentence]:
    """The sentences the corpus indexes for an article: its prose, page debris left out."""
    return split_sentences(article.text, find_body(article.text, article.title))
