"""Claim-level figures on the seed corpus with the real models (see api/evaluation.py).

The goals of issue 3 for claims about the seeds, asserted on the first claim set
(tests/claims/seed_claims.json). The service meets all four there, but that is the set the rules
in models/checks.py and the shipped model were chosen on, so it flatters them: the blind sets
that `make eval` prints are the honest figures, and they fall short (see README, The stance model).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from api.checker import Checker
from api.evaluation import CLAIM_SETS, Report, evaluate, load_expectations, similarity_baseline
from api.settings import Settings
from index.corpus import prose_sentences
from index.seeds import load_seed_articles

pytestmark = pytest.mark.real_models


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    data_dir: Path = tmp_path_factory.mktemp("claims")
    checker = Checker.from_settings(Settings.from_env(data_dir=str(data_dir)))
    try:
        expectations = load_expectations()
        return {
            "service": evaluate(checker.check, expectations),
            "baseline": evaluate(similarity_baseline(checker), expectations),
        }
    finally:
        checker.corpus.close()


def test_claims_the_corpus_does_not_address_get_no_passages(reports: dict[str, Report]) -> None:
    assert reports["service"].passages_without_evidence == []


def test_verdicts_beat_the_similarity_baseline(reports: dict[str, Report]) -> None:
    assert reports["service"].accuracy > reports["baseline"].accuracy, "\n".join(reports["service"].wrong)


def test_goal_verdicts_are_right_for_at_least_nine_claims_in_ten(reports: dict[str, Report]) -> None:
    # Met on this set since a place that lies apart from the claim's denies it (43 of 47).
    assert reports["service"].accuracy >= 0.90, "\n".join(reports["service"].wrong)


def test_every_expected_supporting_sentence_is_found(reports: dict[str, Report]) -> None:
    # A goal of issue 3, met on this set since the attendance check reads the meeting a list of
    # attendees is about from its article.
    assert reports["service"].missed_supporting == []


def test_no_supporting_or_unrelated_sentence_is_listed_as_contradicting(reports: dict[str, Report]) -> None:
    assert reports["service"].false_contradictions == []


@pytest.mark.parametrize("path", CLAIM_SETS, ids=lambda path: path.stem)
def test_every_claim_set_is_well_formed_and_names_only_sentences_in_the_corpus(path: Path) -> None:
    expectations = load_expectations(path)
    assert len(expectations) >= 40
    assert {e.verdict for e in expectations} == {"supported", "refuted", "conflicting", "not_enough_evidence"}
    sentences = [s.text for article in load_seed_articles() for s in prose_sentences(article)]
    for e in expectations:
        for fragment in e.supporting + e.may_contradict:
            assert any(fragment in sentence for sentence in sentences), f"{e.claim!r}: {fragment!r} is in no sentence"
        if e.verdict == "not_enough_evidence":
            assert e.supporting == []
