"""How the checker reads a sentence that points back to the one before it, with the fake models."""

from __future__ import annotations

from api.checker import Checker
from index.article import Article
from index.corpus import Corpus

CLAIM = "The second phase concerns disarming Hamas"
PHASES = (
    "Mediators met in Cairo to discuss the second phase of the truce. "
    "That phase concerns disarming Hamas and deploying a stabilisation force. "
    "The first phase concerns the release of captives held in Gaza."
)


def test_a_sentence_that_points_back_is_read_after_the_one_before_it(corpus: Corpus, checker: Checker) -> None:
    corpus.add(Article(PHASES, publisher="Outlet C"))
    body = checker.check(CLAIM)
    assert body.verdict == "supported"
    [evidence] = body.supporting
    # Listed as itself, with its own offsets: the sentence before is context, not evidence.
    assert evidence.text == "That phase concerns disarming Hamas and deploying a stabilisation force."
    assert PHASES[evidence.span.start : evidence.span.end] == evidence.text
    assert evidence.context == "Mediators met in Cairo to discuss the second phase of the truce."


def test_evidence_that_stands_alone_has_no_context(checker: Checker) -> None:
    [evidence] = checker.check("600 trucks of aid enter Gaza every day").supporting
    assert evidence.context is None


def test_corpus_hits_carry_the_sentence_before_them(corpus: Corpus) -> None:
    corpus.add(Article(PHASES, publisher="Outlet C"))
    by_text = {hit.sentence.text: hit.sentence.previous for hit in corpus.search(CLAIM, 10)}
    assert by_text["That phase concerns disarming Hamas and deploying a stabilisation force."] == (
        "Mediators met in Cairo to discuss the second phase of the truce."
    )
    assert by_text["Mediators met in Cairo to discuss the second phase of the truce."] is None


def test_verify_reads_a_passage_the_same_way(checker: Checker) -> None:
    [result] = checker.verify(CLAIM, [PHASES]).results
    assert result.label == "supports"
    assert PHASES[result.span.start : result.span.end].startswith("That phase concerns")


def test_a_sentence_that_does_not_point_back_is_read_alone(checker: Checker) -> None:
    # "The first phase" names its subject: the sentence before would only add noise.
    [result] = checker.verify("The first phase concerns disarming Hamas", [PHASES]).results
    assert result.label == "neither"
