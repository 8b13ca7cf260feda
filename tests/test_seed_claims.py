"""The claim-level goals, on the seed corpus with the real models (see api/evaluation.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.checker import Checker
from api.evaluation import Report, evaluate, load_expectations
from api.settings import Settings

pytestmark = pytest.mark.real_models


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    data_dir: Path = tmp_path_factory.mktemp("claims")
    checker = Checker.from_settings(Settings.from_env(data_dir=str(data_dir)))
    try:
        return evaluate(checker.check, load_expectations())
    finally:
        checker.corpus.close()


def test_the_set_covers_every_kind_of_claim() -> None:
    verdicts = [e.verdict for e in load_expectations()]
    assert len(verdicts) >= 40
    assert set(verdicts) == {"supported", "refuted", "conflicting", "not_enough_evidence"}


def test_verdicts_are_right_for_at_least_nine_claims_in_ten(report: Report) -> None:
    assert report.accuracy >= 0.90, "\n".join(report.wrong)


def test_every_expected_supporting_sentence_is_found(report: Report) -> None:
    assert report.found_supporting == report.expected_supporting


def test_no_supporting_or_unrelated_sentence_is_listed_as_contradicting(report: Report) -> None:
    assert report.false_contradictions == []


def test_claims_the_corpus_does_not_address_get_no_passages(report: Report) -> None:
    assert report.passages_without_evidence == []
