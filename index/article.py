"""An article as the corpus stores it: raw text plus what its source states about it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


def content_id(text: str) -> str:
    """A stable id from the article text, so the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_id(self.text))

    @property
    def outlet(self) -> str:
        """Who stands behind the article: its publisher, or the article itself when unknown."""
        return self.publisher or f"article:{self.id}"
