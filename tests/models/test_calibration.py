"""Temperature scaling keeps the ranking and fixes over-confidence."""

from __future__ import annotations

import numpy as np

from models.calibration import fit_temperature, scale


def test_scaling_keeps_the_most_probable_class_and_sums_to_one() -> None:
    probabilities = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
    for temperature in (0.5, 1.0, 3.0):
        scaled = scale(probabilities, temperature)
        assert (scaled.argmax(axis=1) == probabilities.argmax(axis=1)).all()
        assert np.allclose(scaled.sum(axis=1), 1.0)
    assert np.allclose(scale(probabilities, 1.0), probabilities)


def test_an_over_confident_model_gets_a_temperature_above_one() -> None:
    rng = np.random.default_rng(0)
    gold = rng.integers(0, 3, 600)
    # 99% confident, right only 60% of the time.
    predicted = np.where(rng.random(600) < 0.6, gold, (gold + 1) % 3)
    probabilities = np.full((600, 3), 0.005)
    probabilities[np.arange(600), predicted] = 0.99
    assert fit_temperature(probabilities, gold) > 1.5
