"""The bundled seed corpus: article files plus a manifest of what each file states."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from index.article import Article

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def load_seed_articles(seeds_dir: Path = SEEDS_DIR) -> list[Article]:
    """Articles listed in ``seeds_dir/manifest.json``; the file name (without suffix) is the id."""
    manifest = json.loads((seeds_dir / "manifest.json").read_text(encoding="utf-8"))
    articles = []
    for entry in manifest["articles"]:
        path = seeds_dir / entry["file"]
        published = entry.get("published")
        articles.append(
            Article(
                id=path.stem,
                text=path.read_text(encoding="utf-8"),
                title=entry.get("title"),
                publisher=entry.get("publisher"),
                url=entry.get("url"),
                published=date.fromisoformat(published) if published else None,
            )
        )
    return articles
