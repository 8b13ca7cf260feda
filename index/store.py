"""The metadata store: articles and their sentences in SQLite, beside the FAISS file."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from index.article import Article
from index.sentences import Sentence

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, publisher TEXT, url TEXT, published TEXT, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_by_article ON sentences(article_id, position);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class StoredSentence:
    id: int
    text: str
    start: int
    end: int
    article: Article


class MetadataStore:
    """Articles, sentences (whose ids are the FAISS ids) and a few key/value settings."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def add(self, article: Article, sentences: list[Sentence]) -> list[int]:
        """Store one article and its sentences in one transaction; return the sentence ids."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.title,
                        article.publisher,
                        article.url,
                        article.published.isoformat() if article.published else None,
                        article.text,
                    ),
                )
                ids = [
                    int(
                        self._db.execute(
                            'INSERT INTO sentences (article_id, position, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                            (article.id, position, s.start, s.end, s.text),
                        ).lastrowid
                        or 0
                    )
                    for position, s in enumerate(sentences)
                ]
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return ids

    def has_article(self, article_id: str) -> bool:
        with self._lock:
            row = self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def article_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def sentence_ids(self) -> set[int]:
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT id FROM sentences")}

    def all_sentences(self) -> list[tuple[int, str]]:
        with self._lock:
            return list(self._db.execute("SELECT id, text FROM sentences ORDER BY id"))

    def sentences(self, ids: Iterable[int]) -> dict[int, StoredSentence]:
        """The stored sentences with these ids, each with its article's metadata (not its text)."""
        wanted = list(ids)
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        with self._lock:
            rows = self._db.execute(
                f'SELECT s.id, s.text, s.start, s."end", a.id, a.title, a.publisher, a.url, a.published '
                f"FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.id IN ({marks})",
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
            )
            for row in rows
        }

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
