"""Temperature scaling: one number that makes the stance model's probabilities honest.

A fine-tuned classifier is usually over-confident. Dividing its logits by a temperature T fitted
on held-out pairs (the ``calibration`` slice, which neither training nor the reported figures
use) keeps its ranking and fixes its confidence. T is stored beside the model in
``calibration.json`` and applied by ``models.stance`` at run time.

    python -m models.calibration --data ../shared/data --model models/stance-minilm
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import numpy.typing as npt

CALIBRATION_FILE = "calibration.json"
Probabilities = npt.NDArray[np.float64]


def scale(probabilities: Probabilities, temperature: float) -> Probabilities:
    """Softmax of log-probabilities / T: the same as dividing the logits by T."""
    logits = np.log(np.clip(probabilities, 1e-12, 1.0)) / temperature
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=1, keepdims=True), dtype=np.float64)


def fit_temperature(probabilities: Probabilities, gold: npt.NDArray[np.int64]) -> float:
    """The temperature in [0.5, 5] that minimises negative log-likelihood on the given pairs."""
    grid = np.linspace(0.5, 5.0, 91)
    losses = [-np.mean(np.log(scale(probabilities, t)[np.arange(len(gold)), gold] + 1e-12)) for t in grid]
    return float(grid[int(np.argmin(losses))])


def read_temperature(model_dir: Path) -> float:
    path = model_dir / CALIBRATION_FILE
    return float(json.loads(path.read_text())["temperature"]) if path.is_file() else 1.0


def main() -> None:
    from models.evaluate import predict
    from models.pairs import held_out_pairs
    from models.stance import SHIPPED_MODEL, load_stance_model

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--model", type=Path, default=SHIPPED_MODEL)
    args = parser.parse_args()
    (args.model / CALIBRATION_FILE).unlink(missing_ok=True)  # fit on the raw probabilities
    model = load_stance_model(args.model)
    pairs = [pair for pairs in held_out_pairs(args.data, "calibration").values() for pair in pairs]
    gold = np.asarray([p.label_id for p in pairs], dtype=np.int64)
    temperature = fit_temperature(predict(model, pairs), gold)
    record = {"temperature": temperature, "fitted_on": f"{len(pairs)} calibration-slice pairs of {args.data.name}"}
    (args.model / CALIBRATION_FILE).write_text(json.dumps(record, indent=2) + "\n")
    print(f"temperature {temperature:.2f} fitted on {len(pairs)} pairs -> {args.model / CALIBRATION_FILE}")


if __name__ == "__main__":
    main()
