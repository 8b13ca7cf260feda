"""The stance interface and both implementations."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

import models.stance
from models.stance import (
    SHIPPED_MODEL,
    CrossEncoderStance,
    OnnxStance,
    Stance,
    _stance_order,
    add_bar_options,
    load_stance_model,
    use_bars,
)


@pytest.mark.parametrize(
    ("id2label", "order"),
    [
        ({0: "contradiction", 1: "entailment", 2: "neutral"}, ["contradicts", "supports", "neither"]),
        ({0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"}, ["supports", "neither", "contradicts"]),
        ({0: "contradicts", 1: "supports", 2: "neither"}, ["contradicts", "supports", "neither"]),
    ],
)
def test_any_nli_label_naming_maps_to_the_three_stances(id2label: dict[int, str], order: list[str]) -> None:
    assert _stance_order(id2label) == order


def test_a_model_that_is_not_nli_is_refused() -> None:
    with pytest.raises(ValueError, match="not an NLI model"):
        _stance_order({0: "LABEL_0", 1: "LABEL_1"})


def test_the_label_is_the_most_probable_stance() -> None:
    assert Stance(supports=0.2, contradicts=0.7, neither=0.1).label == "contradicts"


@pytest.mark.real_models
def test_the_shipped_model_is_served_with_onnx() -> None:
    model = load_stance_model(SHIPPED_MODEL)
    assert isinstance(model, OnnxStance)
    claim = "A man is playing a guitar."
    support, contradiction = model.judge(
        [
            ("A man is playing a guitar on a stage in front of a crowd.", claim),
            ("A woman is sleeping alone in a dark room.", "A woman is dancing at a crowded party."),
        ]
    )
    assert support.label == "supports"
    assert contradiction.label == "contradicts"
    for stance in (support, contradiction):
        assert abs(stance.supports + stance.contradicts + stance.neither - 1) < 1e-4


@pytest.mark.real_models
def test_a_pair_is_judged_the_same_whatever_is_judged_beside_it() -> None:
    model = load_stance_model(SHIPPED_MODEL)
    pair = ("Israel has only allowed 1/3 of humanitarian aid trucks into Gaza.", "Israel let in a third of the trucks.")
    neighbour = (" ".join(["The meeting in Cairo on Tuesday discussed the second phase of the ceasefire."] * 6), "x")
    assert model.judge([pair]) == model.judge([neighbour, pair])[1:]


def test_the_counted_stance_needs_more_certainty_to_contradict_than_to_support() -> None:
    assert Stance(supports=0.5, contradicts=0.2, neither=0.3).counted_as == "supports"
    assert Stance(supports=0.1, contradicts=0.65, neither=0.25).counted_as == "neither"
    assert Stance(supports=0.1, contradicts=0.7, neither=0.2).counted_as == "contradicts"


def test_an_evaluation_can_judge_with_other_bars(monkeypatch: pytest.MonkeyPatch) -> None:
    # Put the service's bars back after the test, whatever use_bars does to them.
    monkeypatch.setattr(models.stance, "SUPPORTS_AT", models.stance.SUPPORTS_AT)
    monkeypatch.setattr(models.stance, "CONTRADICTS_AT", models.stance.CONTRADICTS_AT)
    parser = argparse.ArgumentParser()
    add_bar_options(parser)
    leaning = Stance(supports=0.45, contradicts=0.15, neither=0.40)
    doubtful = Stance(supports=0.05, contradicts=0.75, neither=0.20)

    use_bars(parser.parse_args(["--supports-at", "0.5", "--contradicts-at", "0.8"]))

    assert leaning.counted_as == "neither"
    assert doubtful.counted_as == "neither"


def test_without_bar_options_the_service_bars_stay() -> None:
    parser = argparse.ArgumentParser()
    add_bar_options(parser)
    before = (models.stance.SUPPORTS_AT, models.stance.CONTRADICTS_AT)

    use_bars(parser.parse_args([]))

    assert before == (models.stance.SUPPORTS_AT, models.stance.CONTRADICTS_AT)


@pytest.mark.real_models
def test_any_crossencoder_directory_loads_through_sentence_transformers(tmp_path: Path) -> None:
    from sentence_transformers import CrossEncoder

    from models.embedder import packaged_minilm_path

    encoder = CrossEncoder(str(packaged_minilm_path()), num_labels=3)
    encoder.model.config.id2label = {0: "contradiction", 1: "entailment", 2: "neutral"}
    encoder.save(str(tmp_path))
    model = load_stance_model(tmp_path)
    assert isinstance(model, CrossEncoderStance)
    [stance] = model.judge([("Some evidence sentence.", "Some claim.")])
    assert abs(stance.supports + stance.contradicts + stance.neither - 1) < 1e-4
    assert model.judge([]) == []
