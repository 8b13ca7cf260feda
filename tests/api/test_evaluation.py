"""The held-out claim figures of make eval, with the fake models."""

from __future__ import annotations

import pytest

from api.checker import Checker
from api.confidence import Platt, VerdictConfidence
from api.evaluation import against_other_sets, calibration_error, checked, reliability, verified
from models.pairs import LabelledClaim

CLAIMS = [
    LabelledClaim(
        "Wind turbines kill more birds than cats", ["Wind turbines kill more birds than cats do."], "supported", "a"
    ),
    LabelledClaim("Sea ice is growing", ["Arctic sea ice is not growing."], "refuted", "a"),
    LabelledClaim("Glaciers retreat everywhere", ["Sea ice covers the pole in winter."], "not_enough_evidence", "b"),
]


def test_checked_claims_are_found_among_every_claims_evidence_not_the_service_corpus(checker: Checker) -> None:
    articles = checker.corpus.article_count
    outcomes = checked(checker, CLAIMS)
    assert [(verdict, right) for verdict, _, right in outcomes] == [
        ("supported", True),
        ("refuted", True),
        ("not_enough_evidence", True),
    ]
    assert checker.corpus.article_count == articles  # the service's own corpus is left as it was


def test_verified_claims_are_judged_against_their_own_evidence(checker: Checker) -> None:
    outcomes = verified(checker, CLAIMS)
    assert [right for _, _, right in outcomes] == [True, True, True]
    assert all(0.0 <= confidence <= 1.0 for _, confidence, _ in outcomes)


def test_reliability_groups_verdicts_by_the_confidence_served_and_counts_how_often_they_were_right() -> None:
    outcomes = [("supported", 0.9, True), ("supported", 0.85, False), ("refuted", 0.7, True), ("refuted", 0.0, False)]
    bins = reliability(outcomes)
    assert [(b.low, b.verdicts) for b in bins] == [(0.0, 1), (0.6, 1), (0.8, 2)]  # empty bins left out
    surest = bins[-1]
    assert surest.said == pytest.approx(0.875) and surest.right == 0.5
    # Expected calibration error is the gap of each bin, weighted by its share of the verdicts.
    assert calibration_error(outcomes) == pytest.approx(0.25 * 0.0 + 0.25 * 0.3 + 0.5 * 0.375)


def test_reliability_reads_the_confidence_after_the_curves_the_endpoint_serves() -> None:
    distrust_support = VerdictConfidence({"supported": Platt(slope=1.0, intercept=-100.0)})  # about 0, always
    bins = reliability([("supported", 0.9, False), ("refuted", 0.9, True)], distrust_support)
    assert [(b.low, b.verdicts, b.right) for b in bins] == [(0.0, 1, 0.0), (0.8, 1, 1.0)]


def test_claims_against_another_sets_evidence_expect_not_enough_evidence() -> None:
    claims = [
        LabelledClaim("Sea levels rose.", ["Tide gauges show a rise."], "supported", "climate"),
        LabelledClaim("Ice melted.", ["Glaciers shrank."], "supported", "climate"),
        LabelledClaim("The film won an award.", ["It won an Oscar."], "supported", "films"),
    ]
    mismatched = against_other_sets(claims)
    assert [c.claim for c in mismatched] == [c.claim for c in claims]
    assert {c.verdict for c in mismatched} == {"not_enough_evidence"}
    assert mismatched[0].passages == mismatched[1].passages == ["It won an Oscar."]
    assert mismatched[2].passages in (["Tide gauges show a rise."], ["Glaciers shrank."])
