"""Split article prose into sentences that keep their character offsets into the stored text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pysbd

# A "sentence" of fewer words is a fragment (an agency tag like "(ILKHA)", a lone name): it
# carries no checkable statement and would only add noise to retrieval.
MIN_WORDS = 4

# pysbd's rules handle abbreviations ("U.S.", "Oct. 10", "p.m."), initials and quotations, which
# a regular expression gets wrong; with clean=False it returns exact substrings of its input.
_segmenter = pysbd.Segmenter(language="en", clean=False)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(text: str, spans: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Sentences found inside each ``(start, end)`` span of ``text``, with offsets into ``text``."""
    sentences: list[Sentence] = []
    for span_start, span_end in spans:
        block = text[span_start:span_end]
        cursor = 0
        for segment in _segmenter.segment(block):
            found = block.find(segment, cursor)
            if found < 0:  # pysbd never rewrites with clean=False; skip rather than misplace
                continue
            cursor = found + len(segment)
            stripped = segment.strip()
            if len(stripped.split()) < MIN_WORDS:
                continue
            start = span_start + found + (len(segment) - len(segment.lstrip()))
            sentences.append(Sentence(stripped, start, start + len(stripped)))
    return sentences
