"""Article body extraction: page debris out, prose in, offsets into the raw text."""

from __future__ import annotations

import pytest

from index.cleaning import classify_lines, find_body
from index.seeds import load_seed_articles


def dropped(text: str, title: str | None = None) -> dict[str, str | None]:
    return {text[line.start : line.end]: line.dropped for line in classify_lines(text, title)}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- World", "list item"),
        ("- Donald Trump weighing ouster of FBI Director Kash Patel", "list item"),
        ("- Published Date: 08:11 | 25 November 2025", "metadata"),
        ("Updated: 25 November 2025", "metadata"),
        ("By Jane Smith", "byline"),
        ("The All Israel News Staff is a team of journalists in Israel.", "byline"),
        ("Soldiers patrol a street in Gaza City. (Photo: Jane Doe/Reuters)", "caption"),
        ("Receive latest news & updates", "prompt"),
        ("Sign up for our morning newsletter", "prompt"),
        ("Captive remains", "heading"),
        ("Ceasefire’s First Phase Nearing Completion Amid Ongoing Israeli Violations", "heading"),
        ("Under the ceasefire agreement, 600 trucks of aid were supposed to enter Gaza daily.", None),
        # Prose that lost its full stop is still prose: it is sentence-cased and long.
        ("However, Israel is allowing no more than 200 aid trucks into Gaza per day", None),
        ("- The deal allows 600 trucks a day.", None),
    ],
)
def test_each_kind_of_line_is_judged(line: str, reason: str | None) -> None:
    text = f"An opening sentence of the article is here.\n{line}\nA closing sentence of the article is here."
    assert dropped(text)[line] == reason


def test_everything_after_a_footer_marker_is_dropped() -> None:
    text = (
        "The mediators met in Cairo on Tuesday.\n"
        "LEGAL WARNING: All rights reserved by the agency.\n"
        "Ukraine is preparing for a visit to the United States in November.\n"
    )
    assert list(dropped(text).values()) == [None, "footer", "footer"]


def test_the_headline_is_not_body_text() -> None:
    text = "Mediators meet in Cairo\nThe mediators met in Cairo on Tuesday to discuss the deal."
    assert dropped(text, title="Mediators meet in Cairo")["Mediators meet in Cairo"] == "title"


def test_a_leading_date_marker_is_cut_from_the_first_paragraph() -> None:
    text = " date 2025-11-25 Delegations met in Cairo on Tuesday."
    [(start, end)] = find_body(text)
    assert text[start:end] == "Delegations met in Cairo on Tuesday."


def test_seed_pages_lose_their_debris_and_keep_their_prose() -> None:
    bodies = {a.id: " ".join(a.text[s:e] for s, e in find_body(a.text, a.title)) for a in load_seed_articles()}
    debris = [
        "Donald Trump weighing ouster",  # unrelated headlines (000)
        "Published Date",  # metadata (000)
        "LEGAL WARNING",  # legal notice (002)
        "Venezuela",  # unrelated stories after the notice (002)
        "Receive latest news",  # newsletter prompt (004)
        "Photo: Abed Rahim Khatib",  # photo caption (004)
        "is a team of journalists",  # byline (004)
    ]
    for fragment in debris:
        assert not any(fragment in body for body in bodies.values()), fragment
    assert "600 trucks of aid were supposed to enter Gaza daily" in bodies["001_742460d5deaeca39"]
    assert "no more than 200 aid trucks into Gaza per day" in bodies["001_742460d5deaeca39"]
    assert "600 aid trucks were to enter Gaza each day" in bodies["003_fdc0e0a0129e4e4b"]
    assert "The Daily Sabah claimed" in bodies["004_ea3eafd95e97ad6d"]
