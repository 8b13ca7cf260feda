"""The bundled seed corpus and its manifest."""

from __future__ import annotations

import json
from datetime import date

from index.seeds import SEEDS_DIR, load_seed_articles


def test_every_seed_file_is_in_the_manifest() -> None:
    listed = {entry["file"] for entry in json.loads((SEEDS_DIR / "manifest.json").read_text())["articles"]}
    assert listed == {path.name for path in SEEDS_DIR.glob("*.txt")}


def test_sources_are_what_the_files_state_and_nothing_more() -> None:
    articles = {a.id: a for a in load_seed_articles()}
    assert len(articles) == 5
    for article in articles.values():
        # Whatever the manifest claims about a source must be visible in the file itself.
        if article.title:
            assert article.title in article.text
        if article.published:
            assert article.published == date(2025, 11, 25)
    assert articles["003_fdc0e0a0129e4e4b"].publisher is None
    assert articles["003_fdc0e0a0129e4e4b"].title is None
    assert articles["001_742460d5deaeca39"].published == date(2025, 11, 25)
