"""Stance: does an evidence sentence support the claim, contradict it, or neither?

One small interface, two implementations:

- ``OnnxStance`` serves the model this project trains and ships (``models/stance-minilm``, int8
  ONNX): onnxruntime and the ``tokenizers`` library only, no torch at run time.
- ``CrossEncoderStance`` loads any sentence-transformers ``CrossEncoder`` NLI model, by directory
  or by name (e.g. ``cross-encoder/nli-deberta-v3-base`` for a user with hub access).

``load_stance_model`` picks by what the directory holds.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from models.calibration import read_temperature, scale

SHIPPED_MODEL = Path(__file__).resolve().parent / "stance-minilm"
ONNX_FILE = "model.onnx"
MAX_TOKENS = 256

# The bars a stance must clear to count for or against a claim. Contradicting takes more certainty
# than supporting: calling a supporting or unrelated sentence contradicting is the error users
# forgive least. Supporting needs less than an even chance because this small model splits a
# paraphrase's probability between support and contradiction ("six more were engaged by IDF fire"
# for "Israeli forces fired on six more fighters": 0.50 / 0.35). At 0.4 rather than 0.5 more
# supporting sentences are found and more verdicts are right, over the seed claim sets and on
# held-out claims; the README ("The supports bar") has the figures, and what it costs.
SUPPORTS_AT = 0.4
CONTRADICTS_AT = 0.7


def add_bar_options(parser: argparse.ArgumentParser) -> None:
    """``--supports-at`` and ``--contradicts-at``: for evaluations that compare other bars."""
    for name, counts_as, default in (
        ("supports", "supporting", SUPPORTS_AT),
        ("contradicts", "contradicting", CONTRADICTS_AT),
    ):
        parser.add_argument(
            f"--{name}-at",
            type=float,
            help=f"the stance probability from which a sentence counts as {counts_as} (default: {default})",
        )


def use_bars(options: argparse.Namespace) -> None:
    """Judge with the bars given by ``add_bar_options``'s options for the rest of this process.

    The bars are module constants read at every call (``Stance.counted_as``,
    ``models.checks.apply``), so setting them here changes every later judgement.
    """
    global SUPPORTS_AT, CONTRADICTS_AT
    if options.supports_at is not None:
        SUPPORTS_AT = options.supports_at
    if options.contradicts_at is not None:
        CONTRADICTS_AT = options.contradicts_at


# NLI models name their classes differently; all of them map onto our three stances.
_STANCE_OF_LABEL = {
    "entailment": "supports",
    "supports": "supports",
    "support": "supports",
    "contradiction": "contradicts",
    "contradicts": "contradicts",
    "refutes": "contradicts",
    "neutral": "neither",
    "neither": "neither",
    "not_enough_info": "neither",
}


@dataclass(frozen=True, slots=True)
class Stance:
    """Probabilities that the evidence supports, contradicts, or says neither about the claim."""

    supports: float
    contradicts: float
    neither: float

    @property
    def label(self) -> str:
        """The most probable stance."""
        return max(("supports", "contradicts", "neither"), key=lambda name: getattr(self, name))

    @property
    def counted_as(self) -> str:
        """The stance the service counts this for: the bars above, not the most probable one."""
        if self.supports >= SUPPORTS_AT and self.supports > self.contradicts:
            return "supports"
        if self.contradicts >= CONTRADICTS_AT and self.contradicts > self.supports:
            return "contradicts"
        return "neither"


@runtime_checkable
class StanceModel(Protocol):
    name: str

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        """One ``Stance`` per ``(evidence, claim)`` pair, in order."""
        ...


def _stance_order(id2label: dict[int, str]) -> list[str]:
    try:
        return [_STANCE_OF_LABEL[id2label[i].lower()] for i in range(len(id2label))]
    except KeyError as missing:
        raise ValueError(f"not an NLI model: unknown class label {missing} in {id2label}") from None


def _stances(probabilities: npt.NDArray[np.float32], order: list[str], temperature: float = 1.0) -> list[Stance]:
    if temperature != 1.0:
        probabilities = scale(probabilities.astype(np.float64), temperature).astype(np.float32)
    return [Stance(**{name: float(p) for name, p in zip(order, row, strict=True)}) for row in probabilities]


def _softmax(logits: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=1, keepdims=True), dtype=np.float32)


class OnnxStance:
    """A cross-encoder exported to ONNX (``model.onnx`` + ``tokenizer.json`` + ``config.json``)."""

    def __init__(self, model_dir: Path, threads: int | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.name = model_dir.name
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self._order = _stance_order({int(k): v for k, v in config["id2label"].items()})
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # a saved tokenizer may carry padding; see judge
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        self._session = onnxruntime.InferenceSession(
            str(model_dir / ONNX_FILE), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._temperature = read_temperature(model_dir)

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        # One pair per run, never a padded batch: dynamic int8 quantisation scales activations by
        # the largest value in the whole input, so in a batch a pair's probabilities would depend
        # on its neighbours (by up to 0.13 in a trial). Alone, each pair is judged the same way
        # every time, and without padding it is no slower on CPU.
        logits = []
        for encoding in self._tokenizer.encode_batch(list(pairs)):
            features = {
                "input_ids": np.array([encoding.ids], dtype=np.int64),
                "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
            }
            (row,) = self._session.run(["logits"], {k: v for k, v in features.items() if k in self._inputs})
            logits.append(row[0])
        if not logits:
            return []
        return _stances(_softmax(np.stack(logits)), self._order, self._temperature)


class CrossEncoderStance:
    """Any sentence-transformers ``CrossEncoder`` NLI model, by local directory or hub name."""

    def __init__(self, name_or_path: str) -> None:
        from sentence_transformers import CrossEncoder

        self.name = name_or_path
        self._model = CrossEncoder(name_or_path, device="cpu", max_length=MAX_TOKENS)
        self._order = _stance_order(self._model.model.config.id2label)
        self._temperature = read_temperature(Path(name_or_path))

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        if not pairs:
            return []
        scores = self._model.predict(list(pairs), apply_softmax=True, convert_to_numpy=True, show_progress_bar=False)
        return _stances(np.asarray(scores, dtype=np.float32), self._order, self._temperature)


def load_stance_model(name_or_path: str | Path = SHIPPED_MODEL) -> StanceModel:
    path = Path(name_or_path)
    if (path / ONNX_FILE).is_file():
        return OnnxStance(path)
    return CrossEncoderStance(str(name_or_path))
