"""How the checker reads a sentence that points back to the one before it, with the fake models."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from api.checker import Checker, _context, _premise
from index.article import Article
from index.corpus import Corpus
from models.stance import Stance
from tests.fakes import HashingEmbedder, words

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
    # It follows "Under the agreement, 600 trucks ..." in its article, but names its own subject.
    [evidence] = checker.check("The talks were held in Cairo on Tuesday").supporting
    assert evidence.text == "The talks were held in Cairo on Tuesday."
    assert evidence.context is None


@pytest.mark.parametrize(
    ("sentence", "points_back"),
    [
        ("That phase concerns disarming Hamas.", True),
        ("Its leaders met in Cairo.", True),
        ("It's unclear who attended.", True),
        ("These talks were the first.", True),
        ("Their meeting came two days later.", True),
        ("“That is not true,” he said.", True),
        ("(It was not confirmed.)", True),
        ("Thesis: the truce will hold.", False),
        ("Italy sent aid.", False),
        ("Heather Smith reported from Gaza.", False),
        ("Herald reporters saw the convoy.", False),
        ("The meeting came two days later.", False),
    ],
)
def test_which_sentences_point_back(sentence: str, points_back: bool) -> None:
    assert (_context(sentence, "The sentence before.") is not None) is points_back


def test_a_long_sentence_before_is_cut_to_its_end_so_the_judged_sentence_is_never_truncated() -> None:
    before = " ".join(["word"] * 100) + " the second phase."
    premise = _premise("That phase concerns disarming Hamas.", before)
    assert premise.endswith("the second phase. That phase concerns disarming Hamas.")
    assert len(premise.split()) < 50


def test_a_verify_passage_speaks_with_one_voice_in_its_result_and_in_the_verdict(checker: Checker) -> None:
    # The fake model reads the first sentence as supporting and the second as contradicting, both
    # at 0.9: one source that says one thing (a tie goes to support), not a conflict.
    passage = "An aid convoy crossed into Gaza on Tuesday. Officials said no aid convoy crossed into Gaza on Tuesday."
    body = checker.verify("aid convoy crossed into Gaza on Tuesday", [passage])
    assert [result.label for result in body.results] == ["supports"]
    assert body.verdict == "supported"
    # Two passages that disagree are two sources that disagree.
    other = "Officials said no aid convoy crossed into Gaza on Tuesday."
    assert checker.verify("aid convoy crossed into Gaza on Tuesday", [passage, other]).verdict == "conflicting"


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
    assert result.context is not None
    assert (
        PHASES[result.context.start : result.context.end]
        == "Mediators met in Cairo to discuss the second phase of the truce."
    )


def test_a_sentence_that_does_not_point_back_is_read_alone(checker: Checker) -> None:
    # "The first phase" names its subject: the sentence before would only add noise.
    [result] = checker.verify("The first phase concerns disarming Hamas", [PHASES]).results
    assert result.label == "neither"
    assert checker.verify("The talks were held in Cairo", ["The talks were held in Cairo."]).results[0].context is None


class ContradictsEverything:
    """A stance model with the caption-trained habit: anything is a contradiction of anything."""

    name = "test-contradicts-everything"

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        return [Stance(supports=0.05, contradicts=0.9, neither=0.05) for _ in pairs]


def test_verify_counts_no_sentence_less_related_to_the_claim_than_check_would_retrieve(corpus: Corpus) -> None:
    checker = Checker(corpus, ContradictsEverything(), min_similarity=0.3)
    claim = "Israel killed 17 Hamas fighters in Rafah"
    body = checker.verify(claim, ["Apple released a new phone last autumn.", "Israel killed no fighters in Rafah."])
    unrelated, related = body.results
    assert unrelated.label == "neither" and unrelated.probabilities.contradicts == 0.9  # the model's view, shown
    assert related.label == "contradicts" and body.verdict == "refuted"


class OnTopicSupports:
    """A stance model as credulous as a small one: every sentence that shares a word supports."""

    name = "on-topic-supports"

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        return [Stance(0.9, 0.05, 0.05) if words(e) & words(c) else Stance(0.05, 0.05, 0.9) for e, c in pairs]


def test_a_corpus_sentence_cannot_support_a_claim_about_someone_its_article_never_names(tmp_path: Path) -> None:
    corpus = Corpus.open(tmp_path, HashingEmbedder())
    credulous = Checker(corpus, OnTopicSupports(), min_similarity=0.1)
    corpus.add(Article("Hassan Rashad hosted the envoys. The envoys met in Amman on Friday.", publisher="Outlet R"))
    claim = "Tony Blair met the envoys in Amman on Friday"
    assert credulous.check(claim).verdict == "not_enough_evidence"
    corpus.add(Article("Tony Blair flew in. The envoys met in Amman on Friday.", publisher="Outlet B"))
    assert {e.source.publisher for e in credulous.check(claim).supporting} == {"Outlet B"}
    # Caller-supplied text is read sentence by sentence: an excerpt may name its subject before it begins.
    excerpt = "Hassan Rashad hosted the envoys. They flew in at night. The envoys met in Amman on Friday."
    assert credulous.verify(claim, [excerpt]).verdict == "supported"
    corpus.close()
