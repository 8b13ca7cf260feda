"""Sentence splitting keeps exact character offsets into the stored text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.sentences import split_sentences


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Under the Oct. 10 deal, the U.S. envoy met Gen. Smith at 5 p.m. in Cairo. He left the city on Tuesday night."
    )
    assert [s.text for s in split_sentences(text, [(0, len(text))])] == [
        "Under the Oct. 10 deal, the U.S. envoy met Gen. Smith at 5 p.m. in Cairo.",
        "He left the city on Tuesday night.",
    ]


def test_fragments_are_not_sentences() -> None:
    text = "The mediators met in Cairo on Tuesday. (ILKHA)"
    assert [s.text for s in split_sentences(text, [(0, len(text))])] == ["The mediators met in Cairo on Tuesday."]


def test_only_the_given_spans_are_split() -> None:
    text = "Debris line that is not prose at all\nThe article sentence sits on the second line."
    start = text.index("The article")
    [sentence] = split_sentences(text, [(start, len(text))])
    assert (sentence.start, sentence.end) == (start, len(text))


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200), max_size=5))
def test_offsets_always_point_at_the_sentence_text(paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs)
    spans, cursor = [], 0
    for paragraph in paragraphs:
        spans.append((cursor, cursor + len(paragraph)))
        cursor += len(paragraph) + 1
    for sentence in split_sentences(text, spans):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
