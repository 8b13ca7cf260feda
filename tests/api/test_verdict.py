"""The verdict rule, as a table: stances per outlet in, verdict out."""

from __future__ import annotations

import pytest

from api.verdict import Judged, decide
from index.article import Article
from index.corpus import Hit
from index.store import StoredSentence
from models.stance import Stance

FOR = Stance(supports=0.9, contradicts=0.05, neither=0.05)
AGAINST = Stance(supports=0.05, contradicts=0.9, neither=0.05)
WEAK_AGAINST = Stance(supports=0.1, contradicts=0.6, neither=0.3)  # below the contradiction bar
UNRELATED = Stance(supports=0.1, contradicts=0.1, neither=0.8)


def judged(
    outlet: str | None,
    stance: Stance,
    n: int = 0,
    similarity: float = 0.8,
    conflict: bool = False,
    explained: bool = True,
) -> Judged:
    article = Article(text="", id=f"{outlet}-{n}", publisher=outlet)
    hit = Hit(StoredSentence(n, "a sentence", 0, 10, article), similarity)
    return Judged(article.outlet, stance, hit=hit, conflict=conflict, explained=explained)


@pytest.mark.parametrize(
    ("passages", "verdict", "outlets_for", "outlets_against"),
    [
        ([], "not_enough_evidence", 0, 0),
        ([("A", UNRELATED), ("B", UNRELATED)], "not_enough_evidence", 0, 0),
        ([("A", WEAK_AGAINST)], "not_enough_evidence", 0, 0),
        ([("A", FOR)], "supported", 1, 0),
        ([("A", FOR), ("A", FOR), ("A", UNRELATED)], "supported", 1, 0),
        ([("A", FOR), ("B", FOR), ("C", WEAK_AGAINST)], "supported", 2, 0),
        ([("A", AGAINST)], "refuted", 0, 1),
        ([("A", FOR), ("B", AGAINST)], "conflicting", 1, 1),
        # One article that reports an outlet's account and another's denial is a conflict too.
        ([("A", FOR), ("A", AGAINST)], "conflicting", 1, 1),
        # Articles with no known publisher count as separate outlets.
        ([(None, FOR), (None, FOR)], "supported", 2, 0),
    ],
)
def test_verdict_follows_outlets(
    passages: list[tuple[str | None, Stance]], verdict: str, outlets_for: int, outlets_against: int
) -> None:
    decision = decide([judged(outlet, stance, n) for n, (outlet, stance) in enumerate(passages)])
    assert decision.verdict == verdict
    assert (decision.supporting_outlets, decision.contradicting_outlets) == (outlets_for, outlets_against)
    assert 0.0 <= decision.confidence <= 1.0


def test_nothing_is_listed_without_a_verdict_for_it() -> None:
    decision = decide([judged("A", UNRELATED), judged("B", WEAK_AGAINST, 1)])
    assert decision.supporting == [] and decision.contradicting == []


def test_passages_equally_near_the_claim_are_surest_first() -> None:
    middling = Stance(supports=0.6, contradicts=0.1, neither=0.3)
    decision = decide([judged("A", middling), judged("B", FOR, 1)])
    assert [j.stance for j in decision.supporting] == [FOR, middling]


def test_a_near_restatement_is_listed_before_a_surer_sentence_further_from_the_claim() -> None:
    restating = Stance(supports=0.55, contradicts=0.35, neither=0.1)
    sure_but_about_a_neighbouring_fact = Stance(supports=0.7, contradicts=0.2, neither=0.1)
    decision = decide([judged("A", sure_but_about_a_neighbouring_fact, similarity=0.6), judged("B", restating, 1)])
    assert [j.stance for j in decision.supporting] == [restating, sure_but_about_a_neighbouring_fact]
    assert decision.confidence == 0.7  # the verdict still rests on the surest passage


def test_a_sentence_about_something_else_does_not_contradict() -> None:
    # Caption-trained NLI calls a different event a contradiction; in news it is another story.
    assert decide([judged("A", AGAINST, similarity=0.45)]).verdict == "not_enough_evidence"
    # Unless a number or date in it actually disagrees with the claim.
    assert decide([judged("A", AGAINST, similarity=0.45, conflict=True)]).verdict == "refuted"


def test_a_corpus_sentence_contradicts_only_where_a_check_names_what_disagrees() -> None:
    # The small model calls near paraphrases contradicting ("increasingly concerned that the
    # ceasefire could collapse" for "increasingly worried that the truce could fall apart").
    assert decide([judged("A", AGAINST, similarity=0.78, explained=False)]).verdict == "not_enough_evidence"
    assert decide([judged("A", AGAINST, similarity=0.78, explained=True)]).verdict == "refuted"
    # Text a caller supplies is judged as given: its contradictions need no check.
    assert decide([Judged("passage:0", AGAINST)]).verdict == "refuted"
