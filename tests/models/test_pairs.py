"""Labelled pairs: only per-sentence gold, and a split that never leaks a claim."""

from __future__ import annotations

import json
from pathlib import Path

from models.pairs import headline_pairs, read_claims, read_pairs, split_of


def write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records))
    return path


def record(claim: str, *evidence: tuple[str, str | None, str], verdict: str = "SUPPORTS") -> dict[str, object]:
    return {
        "id": claim,
        "claim": claim,
        "claim_label": verdict,
        "evidence": [{"text": t, "label": label, "label_scope": scope} for t, label, scope in evidence],
    }


def test_only_sentence_level_labels_are_gold(tmp_path: Path) -> None:
    claims = [f"claim number {i}" for i in range(40)]
    path = write(
        tmp_path / "set.jsonl",
        [
            record(
                c,
                ("supporting text", "SUPPORTS", "sentence"),
                ("copied verdict", "REFUTES", "claim"),
                ("unlabelled", None, "sentence"),
                ("neutral text", "NOT_ENOUGH_INFO", "sentence"),
            )
            for c in claims
        ],
    )
    pairs = [pair for split in ("train", "calibration", "dev") for pair in read_pairs(path, split)]
    assert {p.evidence for p in pairs} == {"supporting text", "neutral text"}
    assert {p.label for p in pairs} == {"supports", "neither"}


def test_a_claim_lands_in_one_split_whatever_its_spacing_or_case() -> None:
    assert split_of("Water boils at 100 degrees.") == split_of("water  boils at 100 DEGREES.")
    splits = [split_of(f"claim {i}") for i in range(2000)]
    assert 0.8 < splits.count("train") / len(splits) < 0.9
    assert splits.count("calibration") < splits.count("dev")


def test_claims_carry_all_their_evidence_and_the_verdict_people_gave(tmp_path: Path) -> None:
    claims = [f"disputed claim {i}" for i in range(40)]
    evidence = [("one side", "SUPPORTS", "sentence"), ("  ", None, "sentence"), ("other side", "REFUTES", "claim")]
    path = write(tmp_path / "set.jsonl", [record(c, *evidence, verdict="DISPUTED") for c in claims])
    read = [claim for split in ("train", "calibration", "dev") for claim in read_claims(path, split)]
    assert sorted(c.claim for c in read) == sorted(claims)  # each claim once, in exactly one split
    assert {tuple(c.passages) for c in read} == {("one side", "other side")}  # blank text dropped
    assert {c.verdict for c in read} == {"conflicting"}


def test_a_headline_gives_one_pair_and_a_swapped_fact_is_not_support(tmp_path: Path) -> None:
    claims = [f"headline number {i}" for i in range(40)]
    path = write(
        tmp_path / "headlines.jsonl",
        [
            record(c, ("first sentence", "SUPPORTS", "claim"), ("second sentence", "SUPPORTS", "claim"))
            for c in claims[:20]
        ]
        + [record(c, ("first sentence", "REFUTES", "claim"), verdict="REFUTES") for c in claims[20:]],
    )
    pairs = [pair for split in ("train", "calibration", "dev") for pair in headline_pairs(path, split)]
    assert len(pairs) == len(claims)
    assert {p.evidence for p in pairs} == {"first sentence"}
    assert {p.claim: p.label for p in pairs} == {c: "supports" for c in claims[:20]} | {
        c: "neither" for c in claims[20:]
    }
