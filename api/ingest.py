"""Reading articles from files for ``factcheck ingest``: text, JSON or JSON Lines.

- ``*.txt``: one article; its title is its first non-blank line when that line reads like a
  headline (no full stop, at most 25 words), else the file name (outlet or date need JSON).
- ``*.json``: one article object, a list of them, or ``{"articles": [...]}``.
- ``*.jsonl``: one article object per line.

Every record is checked against the same schema as ``POST /v1/articles``; a bad record is
reported with its file and line and skipped, never half-stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec

from api.article_schemas import ArticleIn


@dataclass(frozen=True, slots=True)
class Record:
    where: str
    article: ArticleIn | None = None
    error: str | None = None


def _record(where: str, value: object) -> Record:
    try:
        return Record(where, article=msgspec.convert(value, ArticleIn, strict=False))
    except msgspec.ValidationError as error:
        return Record(where, error=str(error))


def read_records(path: Path) -> Iterator[Record]:
    try:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if line.strip():
                        try:
                            yield _record(f"{path}:{number}", json.loads(line))
                        except json.JSONDecodeError as error:
                            yield Record(f"{path}:{number}", error=f"not JSON: {error}")
        elif path.suffix == ".json":
            value = json.loads(path.read_text(encoding="utf-8"))
            items = value.get("articles", [value]) if isinstance(value, dict) else value
            if not isinstance(items, list):
                yield Record(str(path), error="expected an article object or a list of them")
                return
            for number, item in enumerate(items):
                yield _record(f"{path}[{number}]", item)
        else:
            text = path.read_text(encoding="utf-8")
            first = next((line.strip() for line in text.splitlines() if line.strip()), "")
            headline = first and len(first.split()) <= 25 and first[-1] not in '.!?"”'
            yield _record(str(path), {"title": first if headline else path.stem, "text": text})
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        yield Record(str(path), error=str(error))
