"""Find the article body in a captured news page: drop page debris, keep character positions.

Captures of news pages carry more than the article: navigation and section labels, bylines,
date and metadata lines, photo captions, newsletter prompts, legal notices and lists of unrelated
headlines. ``find_body`` returns the spans of the raw text that are article prose, so sentences
keep their offsets into the text exactly as it was stored. The rules are about the shape of a line
(a bullet without a full stop, a title-cased heading, a footer marker), never about one outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Everything from one of these lines to the end of the text is page furniture, not article.
_FOOTER = re.compile(
    r"^(legal warning|copyright\b|©|all rights reserved|popular (articles|stories)|latest (stories|news)\b"
    r"|related (articles|stories|news|posts|content)|more (stories|from)\b|recommended( for you)?\b"
    r"|you (may|might) also like|most (read|popular)\b|trending\b)",
    re.IGNORECASE,
)
_DEBRIS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("metadata", re.compile(r"^[-•*]?\s*(published|modified|updated|posted)( date| on)?\s*:", re.I)),
    ("byline", re.compile(r"^(by|written by|reporting by|additional reporting by|edited by|editing by)\s+\S", re.I)),
    ("byline", re.compile(r"^the\b.{0,60}\b(staff|desk|newsroom)\b.{0,80}$", re.I)),
    ("caption", re.compile(r"\((photo|image|picture|credit|file photo)s?\s*[:/][^)]*\)\s*$", re.I)),
    ("caption", re.compile(r"^(photo|image|picture|credit)s?\s*:", re.I)),
    ("prompt", re.compile(r"\b(subscribe|sign up|newsletter|follow us|receive (the )?latest news)\b", re.I)),
    ("prompt", re.compile(r"^(read more|see also|advertisement|share this|click here)\b", re.I)),
)
# A date marker glued to the start of the first paragraph ("date 2025-11-25 Delegations ...").
_LEADING_DATE = re.compile(r"^(date|published|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(t[\d:.]+z?)?\s+", re.I)
_BULLET = re.compile(r"^[-•*–]\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class Line:
    """A stretch of the raw text, with the reason it was dropped (``None`` when it is body)."""

    start: int
    end: int
    dropped: str | None = None


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _is_heading(line: str) -> bool:
    """A line with no sentence-final punctuation that is very short or title-cased."""
    if _SENTENCE_END.search(line):
        return False
    words = line.split()
    if len(words) <= 4:
        return True
    long_words = [w for w in words if sum(c.isalpha() for c in w) > 3]
    capitalised = sum(w.lstrip("\"'“‘(")[:1].isupper() for w in long_words)
    return bool(long_words) and capitalised / len(long_words) >= 0.8


def _judge(line: str, title: str | None) -> str | None:
    if title and _normal(line) == _normal(title):
        return "title"
    for reason, pattern in _DEBRIS:
        if pattern.search(line):
            return reason
    if _BULLET.match(line) and not _SENTENCE_END.search(line):
        return "list item"
    if _is_heading(line):
        return "heading"
    return None


def classify_lines(text: str, title: str | None = None) -> list[Line]:
    """Every non-blank line of ``text`` with its verdict; offsets exclude surrounding blanks."""
    lines: list[Line] = []
    in_footer = False
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        if not lines and (date := _LEADING_DATE.match(stripped)):
            start += date.end()
            stripped = stripped[date.end() :]
        in_footer = in_footer or bool(_FOOTER.match(_BULLET.sub("", stripped)))
        lines.append(Line(start, end, "footer" if in_footer else _judge(stripped, title)))
    return lines


def find_body(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``text`` that are article prose, in order."""
    return [(line.start, line.end) for line in classify_lines(text, title) if line.dropped is None]
