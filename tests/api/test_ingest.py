"""Reading articles from files: every format, and bad records reported, never half-read."""

from __future__ import annotations

import json
from pathlib import Path

from api.ingest import read_records

ARTICLE = {"title": "Convoy", "text": "A convoy of 40 aid trucks reached Rafah on Monday.", "published": "2025-11-24"}


def test_json_lines_one_article_per_line_with_errors_located(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n\nnot json\n" + json.dumps({**ARTICLE, "published": "soon"}) + "\n")
    records = list(read_records(path))
    assert [r.where for r in records] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert records[0].article is not None and str(records[0].article.published) == "2025-11-24"
    assert "not JSON" in (records[1].error or "")
    assert "$.published" in (records[2].error or "")


def test_json_takes_an_object_a_list_or_an_articles_field(tmp_path: Path) -> None:
    for value in (ARTICLE, [ARTICLE, ARTICLE], {"articles": [ARTICLE]}):
        path = tmp_path / "a.json"
        path.write_text(json.dumps(value))
        records = list(read_records(path))
        assert records and all(r.article is not None for r in records)


def test_text_files_take_a_headline_as_title_or_else_the_file_name(tmp_path: Path) -> None:
    headed = tmp_path / "headed.txt"
    headed.write_text("Convoy reaches Rafah\nA convoy of 40 aid trucks reached Rafah on Monday.")
    bare = tmp_path / "bare.txt"
    bare.write_text("A convoy of 40 aid trucks reached Rafah on Monday.")
    [first], [second] = read_records(headed), read_records(bare)
    assert first.article is not None and first.article.title == "Convoy reaches Rafah"
    assert second.article is not None and second.article.title == "bare"


def test_unreadable_files_are_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00bad")
    [record] = read_records(broken)
    assert record.article is None and record.error
    [missing] = read_records(tmp_path / "missing.jsonl")
    assert missing.error
