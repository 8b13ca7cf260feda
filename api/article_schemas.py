"""Wire types of the article routes: what an article looks like going in and coming out."""

from __future__ import annotations

import datetime
from typing import Annotated

import msgspec
from msgspec import Meta

MAX_TEXT_CHARS = 200_000
MAX_BATCH = 100
ARTICLE_BODY_BYTES = 2 * 1024 * 1024
BATCH_BODY_BYTES = 16 * 1024 * 1024


class ArticleIn(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    title: Annotated[str, Meta(min_length=1, max_length=500, description="The headline.")]
    text: Annotated[
        str,
        Meta(
            min_length=1,
            max_length=MAX_TEXT_CHARS,
            description=f"The article as captured, at most {MAX_TEXT_CHARS:,} characters. Page debris "
            "(related headlines, bylines, captions, legal notices) is left out of the index, and offsets "
            "refer to this text exactly.",
        ),
    ]
    publisher: Annotated[str, Meta(min_length=1, max_length=200, description="The outlet.")] | None = None
    url: Annotated[str, Meta(pattern=r"^https?://\S+$", max_length=2000)] | None = None
    published: Annotated[datetime.date, Meta(description="Publication date, YYYY-MM-DD.")] | None = None

    def __post_init__(self) -> None:
        for name in ("title", "text", "publisher"):
            value = getattr(self, name)
            if value is not None and not value.strip():
                raise ValueError(f"`{name}` must contain text, not only whitespace")


class ArticleBatch(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    articles: Annotated[list[ArticleIn], Meta(min_length=1, max_length=MAX_BATCH)]


class IngestResult(msgspec.Struct, frozen=True):
    id: str
    sentences: Annotated[int, Meta(description="Sentences indexed; 0 for a duplicate.")]
    duplicate: Annotated[bool, Meta(description="True when the same text or url was already stored.")]
    index_version: int


class BatchResult(msgspec.Struct, frozen=True):
    results: list[IngestResult]
    index_version: int


class ArticleSummary(msgspec.Struct, frozen=True):
    id: str
    title: str | None
    publisher: str | None
    url: str | None
    published: str | None
    sentences: int


class ArticlePage(msgspec.Struct, frozen=True):
    items: list[ArticleSummary]
    total: Annotated[int, Meta(description="Articles matching the filters, on all pages.")]
    limit: int
    offset: int
    index_version: int


class SentenceOut(msgspec.Struct, frozen=True):
    position: int
    start: int
    end: int
    text: str


class ArticleOut(msgspec.Struct, frozen=True):
    id: str
    title: str | None
    publisher: str | None
    url: str | None
    published: str | None
    text: str
    sentences: list[SentenceOut]
    index_version: int
