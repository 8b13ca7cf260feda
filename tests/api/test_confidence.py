"""Verdict confidence: per-verdict curves fitted on held-out claims, applied by ``POST /v1/verify``."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from api.checker import Checker
from api.confidence import CONFIDENCE_FILE, MIN_EXAMPLES, Platt, VerdictConfidence, fit
from models.stance import SHIPPED_MODEL


def outcomes(verdict: str, raw: float, right_share: float, n: int = 400) -> list[tuple[str, float, bool]]:
    rng = random.Random(7)
    return [(verdict, raw, rng.random() < right_share) for _ in range(n)]


def test_a_fitted_curve_says_how_often_such_verdicts_were_right() -> None:
    # Said 0.9 but right 60% of the time; said 0.3 and right 20% of the time.
    confidence = fit(outcomes("not_enough_evidence", 0.9, 0.6) + outcomes("not_enough_evidence", 0.3, 0.2))
    assert confidence("not_enough_evidence", 0.9) == pytest.approx(0.6, abs=0.06)
    assert confidence("not_enough_evidence", 0.3) == pytest.approx(0.2, abs=0.06)


def test_a_surer_raw_verdict_stays_surer() -> None:
    curve = Platt(slope=0.6, intercept=-0.4)
    calibrated = [curve(raw / 10) for raw in range(11)]
    assert calibrated == sorted(calibrated)
    assert all(0.0 < c < 1.0 for c in calibrated)


def test_rare_verdicts_and_verdicts_without_any_wrong_example_keep_their_raw_confidence() -> None:
    rare = outcomes("conflicting", 0.7, 0.5, n=MIN_EXAMPLES - 1)
    never_wrong = outcomes("refuted", 0.8, 1.0)
    confidence = fit(rare + never_wrong)
    assert confidence.curves == {}
    assert confidence("conflicting", 0.7) == 0.7


def test_curves_round_trip_through_the_model_directory(tmp_path: Path) -> None:
    confidence = fit(outcomes("supported", 0.8, 0.7) + outcomes("supported", 0.6, 0.4), fitted_on="test")
    confidence.save(tmp_path)
    assert VerdictConfidence.load(tmp_path) == confidence
    assert VerdictConfidence.load(tmp_path / "elsewhere").curves == {}  # no file: raw confidence


def test_the_shipped_model_carries_curves_for_the_common_verdicts() -> None:
    assert (SHIPPED_MODEL / CONFIDENCE_FILE).is_file()
    curves = VerdictConfidence.load(SHIPPED_MODEL).curves
    assert {"supported", "refuted", "not_enough_evidence"} <= set(curves)


def test_verify_reports_calibrated_confidence_and_check_the_raw_one(checker: Checker) -> None:
    doubt = VerdictConfidence({"supported": Platt(slope=1.0, intercept=-50.0)})  # any verdict -> ~0
    calibrated = Checker(checker.corpus, checker.stance, checker.min_similarity, doubt)
    claim = "Israel allows 600 aid trucks into Gaza"
    raw = checker.verify(claim, [claim])
    assert raw.verdict == "supported" and raw.confidence > 0.5
    assert calibrated.verify(claim, [claim]).confidence == pytest.approx(0.0, abs=1e-4)
    assert calibrated.check(claim).confidence == checker.check(claim).confidence
