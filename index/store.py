"""The metadata store: articles, their sentences and the sentences' vectors, in SQLite.

SQLite is the source of truth and the only thing written durably on the request path: one
transaction stores an article, every sentence with its offsets and vector, and bumps the corpus
version. The FAISS index is rebuilt from these rows when it is missing or stale, without
embedding anything again.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import numpy.typing as npt

from index.article import Article
from index.sentences import Sentence

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, publisher TEXT, url TEXT, published TEXT, text TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_by_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_by_publisher ON articles(publisher, published);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_by_article ON sentences(article_id, position);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class StoredSentence:
    id: int
    text: str
    start: int
    end: int
    article: Article
    previous: str | None = None  # the sentence before it in its article, to resolve "That phase ..."


class MetadataStore:
    """Articles and sentences; sentence ids are the FAISS ids."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a committed write survives power loss
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        found = self.get_meta("schema")
        if found is None:
            self.set_meta("schema", SCHEMA_VERSION)
        elif found != SCHEMA_VERSION:
            raise RuntimeError(f"{path} has store schema {found}; this version reads schema {SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _transaction(self, statements: list[tuple[str, Sequence[object]]]) -> list[int]:
        """Run statements atomically and bump the corpus version; return each one's lastrowid."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                rows = [int(self._db.execute(sql, args).lastrowid or 0) for sql, args in statements]
                self._db.execute(
                    "INSERT INTO meta VALUES ('version', '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return rows

    def add(self, article: Article, sentences: list[Sentence], vectors: Vectors) -> list[int]:
        """Store one article, its sentences and their vectors in one transaction; return sentence ids."""
        published = article.published.isoformat() if article.published else None
        statements: list[tuple[str, Sequence[object]]] = [
            (
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                (article.id, article.title, article.publisher, article.url, published, article.text),
            )
        ]
        statements += [
            (
                'INSERT INTO sentences (article_id, position, start, "end", text, vector) VALUES (?, ?, ?, ?, ?, ?)',
                (article.id, position, s.start, s.end, s.text, vectors[position].astype(np.float32).tobytes()),
            )
            for position, s in enumerate(sentences)
        ]
        return self._transaction(statements)[1:]

    def delete(self, article_id: str) -> list[int] | None:
        """Remove an article and its sentences; return their ids, or None if there was no such article."""
        with self._lock:
            ids = [row[0] for row in self._db.execute("SELECT id FROM sentences WHERE article_id = ?", (article_id,))]
            exists = self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        if exists is None:
            return None
        self._transaction([("DELETE FROM articles WHERE id = ?", (article_id,))])
        return ids

    def existing_id(self, article: Article) -> str | None:
        """The id of an already stored article with the same text (same id) or the same url."""
        with self._lock:
            row = self._db.execute(
                "SELECT id FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)", (article.id, article.url)
            ).fetchone()
        return None if row is None else str(row[0])

    def article_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def sentence_ids(self) -> set[int]:
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT id FROM sentences")}

    def vectors(self, ids: Iterable[int] | None = None) -> tuple[list[int], Vectors]:
        """Stored vectors, all or those with the given ids, as (ids, matrix)."""
        with self._lock:
            if ids is None:
                rows = self._db.execute("SELECT id, vector FROM sentences ORDER BY id").fetchall()
            else:
                wanted, rows = list(ids), []
                for start in range(0, len(wanted), 500):  # stay under SQLite's limit on parameters
                    chunk = wanted[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows += self._db.execute(
                        f"SELECT id, vector FROM sentences WHERE id IN ({marks})", chunk
                    ).fetchall()
        if not rows:
            return [], np.zeros((0, 0), dtype=np.float32)
        return [r[0] for r in rows], np.vstack([np.frombuffer(r[1], dtype=np.float32) for r in rows])

    def texts(self) -> list[tuple[int, str]]:
        with self._lock:
            return list(self._db.execute("SELECT id, text FROM sentences ORDER BY id"))

    def replace_vectors(self, ids: list[int], vectors: Vectors) -> None:
        """New vectors for existing sentences (after a change of embedding model)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "UPDATE sentences SET vector = ? WHERE id = ?",
                [(v.astype(np.float32).tobytes(), i) for i, v in zip(ids, vectors, strict=True)],
            )
            self._db.execute("COMMIT")

    def sentence_ids_where(self, publishers: Sequence[str] | None = None, as_of: date | None = None) -> list[int]:
        """Ids of sentences from articles by these publishers (in any letter case: "a news" is "A News")
        and/or published on or before ``as_of``.

        An article with no stated date is left out when ``as_of`` is given: it cannot be shown to
        have been known by then.
        """
        clauses, args = [], []
        if publishers is not None:
            clauses.append(f"a.publisher COLLATE NOCASE IN ({','.join('?' * len(publishers))})")
            args += list(publishers)
        if as_of is not None:
            clauses.append("a.published IS NOT NULL AND a.published <= ?")
            args.append(as_of.isoformat())
        where = " AND ".join(clauses) or "1"
        with self._lock:
            rows = self._db.execute(
                f"SELECT s.id FROM sentences s JOIN articles a ON a.id = s.article_id WHERE {where}", args
            )
            return [row[0] for row in rows]

    def sentences(self, ids: Iterable[int]) -> dict[int, StoredSentence]:
        """The stored sentences with these ids, each with the sentence before it and its article's
        metadata (not its text)."""
        wanted = list(ids)
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        with self._lock:
            rows = self._db.execute(
                f'SELECT s.id, s.text, s.start, s."end", a.id, a.title, a.publisher, a.url, a.published, p.text '
                f"FROM sentences s JOIN articles a ON a.id = s.article_id "
                f"LEFT JOIN sentences p ON p.article_id = s.article_id AND p.position = s.position - 1 "
                f"WHERE s.id IN ({marks})",
                wanted,
            ).fetchall()
        return {
            row[0]: StoredSentence(
                row[0],
                row[1],
                row[2],
                row[3],
                Article(
                    id=row[4],
                    text="",
                    title=row[5],
                    publisher=row[6],
                    url=row[7],
                    published=date.fromisoformat(row[8]) if row[8] else None,
                ),
                row[9],
            )
            for row in rows
        }

    def articles(
        self,
        publisher: str | None = None,
        published_from: date | None = None,
        published_to: date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[tuple[Article, int]], int]:
        """A page of articles (without text) with their sentence counts, newest first, and the total."""
        clauses, args = [], []
        if publisher is not None:
            clauses.append("a.publisher = ?")
            args.append(publisher)
        if published_from is not None:
            clauses.append("a.published >= ?")
            args.append(published_from.isoformat())
        if published_to is not None:
            clauses.append("a.published <= ?")
            args.append(published_to.isoformat())
        where = " AND ".join(clauses) or "1"
        with self._lock:
            total = int(self._db.execute(f"SELECT count(*) FROM articles a WHERE {where}", args).fetchone()[0])
            rows = self._db.execute(
                f"SELECT a.id, a.title, a.publisher, a.url, a.published, '', "
                f"(SELECT count(*) FROM sentences s WHERE s.article_id = a.id) "
                f"FROM articles a WHERE {where} ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?",
                [*args, limit, offset],
            ).fetchall()
        return [(_article(row, with_text=False), int(row[6])) for row in rows], total

    def article_texts(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The full text of each of these articles that is stored."""
        wanted = sorted(set(article_ids))
        if not wanted:
            return {}
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(wanted))})", wanted
            ).fetchall()
        return {row[0]: row[1] for row in rows}

    def article(self, article_id: str) -> tuple[Article, list[ArticleSentence]] | None:
        """One article with its full text and its sentences in order, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, title, publisher, url, published, text FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                return None
            sentences = [
                ArticleSentence(*r)
                for r in self._db.execute(
                    'SELECT id, position, start, "end", text FROM sentences WHERE article_id = ? ORDER BY position',
                    (article_id,),
                )
            ]
        return _article(row, with_text=True), sentences

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


@dataclass(frozen=True, slots=True)
class ArticleSentence:
    id: int
    position: int
    start: int
    end: int
    text: str


def _article(row: Sequence[object], with_text: bool) -> Article:
    published = row[4]
    return Article(
        id=str(row[0]),
        title=row[1],  # type: ignore[arg-type]
        publisher=row[2],  # type: ignore[arg-type]
        url=row[3],  # type: ignore[arg-type]
        published=date.fromisoformat(str(published)) if published else None,
        text=str(row[5]) if with_text else "",
    )
