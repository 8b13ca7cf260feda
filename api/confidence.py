"""Verdict confidence that means what it says: of the verdicts given with confidence 0.8, about 80%
should be right.

A verdict's raw confidence is a stance probability: that of the strongest supporting or
contradicting passage or, for ``not_enough_evidence``, one minus the strongest stance. Temperature
scaling makes those honest for a single pair, but not for the verdict built from them. On the
calibration slice of held-out claims, each verified against its own evidence (this module prints
it), ``supported`` said 0.73 and was right 0.73 of the time, ``refuted`` said 0.83 and was right
0.70, and ``not_enough_evidence`` said 0.59 and was right 0.37.

So each verdict gets its own Platt scaling: a logistic curve from the raw confidence to the share of
such verdicts that were right. It is fitted on the ``calibration`` slice of the held-out claims
(never the figures we report) and stored beside the stance model it belongs to:

    python -m api.confidence --data ../shared/data --model models/stance-minilm
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import msgspec

CONFIDENCE_FILE = "confidence.json"
# A verdict needs this many examples, both right and wrong ones, before its curve is fitted;
# rarer verdicts (``conflicting``, in the public sets) keep their raw confidence.
MIN_EXAMPLES = 30


class Platt(msgspec.Struct, frozen=True):
    """``sigmoid(slope * logit(raw) + intercept)``: monotone, so a surer verdict stays surer."""

    slope: float
    intercept: float

    def __call__(self, raw: float) -> float:
        return 1.0 / (1.0 + math.exp(-(self.slope * _logit(raw) + self.intercept)))


class VerdictConfidence(msgspec.Struct, frozen=True):
    """Per-verdict curves from raw to calibrated confidence; a verdict without one is left as it is."""

    curves: dict[str, Platt] = {}
    fitted_on: str = ""

    def __call__(self, verdict: str, raw: float) -> float:
        curve = self.curves.get(verdict)
        return curve(raw) if curve else raw

    @classmethod
    def load(cls, model: str | Path) -> VerdictConfidence:
        """The curves stored beside a stance model directory; none for a model without them."""
        path = Path(model) / CONFIDENCE_FILE
        return msgspec.json.decode(path.read_bytes(), type=cls) if path.is_file() else cls()

    def save(self, model: Path) -> Path:
        path = model / CONFIDENCE_FILE
        path.write_bytes(msgspec.json.format(msgspec.json.encode(self), indent=2) + b"\n")
        return path


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


Outcome = tuple[str, float, bool]
"""A verdict, its raw confidence, and whether it was right."""


def fit(outcomes: Sequence[Outcome], fitted_on: str = "") -> VerdictConfidence:
    """One curve per verdict from ``(verdict, raw confidence, was it right)`` examples.

    scikit-learn's logistic regression (a dependency of sentence-transformers anyway) does the
    fitting; its default L2 penalty keeps a curve fitted on few examples close to flat.
    """
    from sklearn.linear_model import LogisticRegression

    by_verdict: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for verdict, raw, was_right in outcomes:
        by_verdict[verdict].append((raw, was_right))
    curves = {}
    for verdict, examples in sorted(by_verdict.items()):
        right = [int(ok) for _, ok in examples]
        if len(examples) < MIN_EXAMPLES or len(set(right)) < 2:
            continue
        regression = LogisticRegression().fit([[_logit(raw)] for raw, _ in examples], right)
        curves[verdict] = Platt(float(regression.coef_[0][0]), float(regression.intercept_[0]))
    return VerdictConfidence(curves, fitted_on)


def main() -> None:
    import tempfile

    from api.checker import Checker
    from api.evaluation import verified
    from api.settings import Settings
    from models.pairs import held_out_claims
    from models.stance import SHIPPED_MODEL

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--model", type=Path, default=SHIPPED_MODEL)
    args = parser.parse_args()
    claims = [claim for claims in held_out_claims(args.data, "calibration").values() for claim in claims]
    with tempfile.TemporaryDirectory() as data_dir:
        checker = Checker.from_settings(Settings.from_env(data_dir=data_dir, stance_model=str(args.model)))
        try:
            outcomes = verified(checker, claims)
        finally:
            checker.corpus.close()
    confidence = fit(outcomes, f"{len(claims)} calibration-slice claims of {args.data.name}")
    path = confidence.save(args.model)
    print(f"{'verdict':<20} {'claims':>6} {'right':>6} {'raw conf':>8} {'curved':>7}   curve")
    for verdict in sorted({verdict for verdict, _, _ in outcomes}):
        mine = [(raw, right) for v, raw, right in outcomes if v == verdict]
        curved = sum(confidence(verdict, raw) for raw, _ in mine) / len(mine)
        curve = confidence.curves.get(verdict)
        shape = f"slope {curve.slope:.2f}, intercept {curve.intercept:.2f}" if curve else "none (raw kept)"
        right = sum(ok for _, ok in mine) / len(mine)
        raw_mean = sum(raw for raw, _ in mine) / len(mine)
        print(f"{verdict:<20} {len(mine):>6} {right:>6.3f} {raw_mean:>8.3f} {curved:>7.3f}   {shape}")
    print(f"fitted on {len(claims)} claims -> {path}")


if __name__ == "__main__":
    main()
