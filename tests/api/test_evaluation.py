"""The held-out claim figures of make eval, with the fake models."""

from __future__ import annotations

from api.checker import Checker
from api.evaluation import checked, verified
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
