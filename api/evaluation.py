"""Claim-level evaluation on the seed corpus, against a similarity-only baseline.

    python -m api.evaluation [--claims tests/claims/seed_claims.json] [--data ../shared/data]

Each claim in the set names its expected verdict, sentences that must be listed as supporting,
and the only sentences that may be listed as contradicting. The figures are the ones a user
feels: right verdicts, supporting evidence found, false contradictions (must be zero), passages
shown for claims the corpus does not address (must be zero), and whether confidence means what
it says (expected calibration error of the verdict confidence).

With ``--data``, the held-out Climate-FEVER claims are also checked as ``POST /v1/verify`` would
check them against their five Wikipedia sentences, and scored against each claim's verdict (the
paper reports 38.78% for a FEVER-trained entailment model), beside a majority-verdict baseline.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from api.checker import Checker, as_evidence
from api.schemas import CheckResponse, OutletCounts
from api.settings import Settings
from api.verdict import Judged
from models.pairs import split_of
from models.stance import Stance

CLAIMS = Path(__file__).resolve().parent.parent / "tests" / "claims" / "seed_claims.json"
BASELINE_SIMILARITY = 0.5


@dataclass(frozen=True, slots=True)
class Expectation:
    claim: str
    verdict: str
    supporting: list[str]
    may_contradict: list[str]


@dataclass
class Report:
    claims: int = 0
    right: int = 0
    expected_supporting: int = 0
    found_supporting: int = 0
    false_contradictions: list[str] = field(default_factory=list)
    passages_without_evidence: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    missed_supporting: list[str] = field(default_factory=list)
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / max(1, self.claims)

    @property
    def calibration_error(self) -> float:
        """Expected calibration error of verdict confidence, in five bins."""
        error = 0.0
        for low in (0.0, 0.2, 0.4, 0.6, 0.8):
            members = [(c, ok) for c, ok in self.confidences if low < c <= low + 0.2 or (low == 0.0 and c == 0.0)]
            if members:
                gap = sum(ok for _, ok in members) / len(members) - sum(c for c, _ in members) / len(members)
                error += len(members) / len(self.confidences) * abs(gap)
        return error


def load_expectations(path: Path = CLAIMS) -> list[Expectation]:
    return [Expectation(**entry) for entry in json.loads(path.read_text(encoding="utf-8"))["claims"]]


def evaluate(check: Callable[[str], CheckResponse], expectations: Sequence[Expectation]) -> Report:
    report = Report()
    for expected in expectations:
        result = check(expected.claim)
        report.claims += 1
        correct = result.verdict == expected.verdict
        report.right += correct
        report.confidences.append((result.confidence, correct))
        if not correct:
            report.wrong.append(f"{expected.claim!r}: {result.verdict}, expected {expected.verdict}")
        supporting = [e.text for e in result.supporting]
        report.expected_supporting += len(expected.supporting)
        for fragment in expected.supporting:
            if any(fragment in text for text in supporting):
                report.found_supporting += 1
            else:
                report.missed_supporting.append(f"{expected.claim!r} -/- {fragment!r}")
        for evidence in result.contradicting:
            if not any(fragment in evidence.text for fragment in expected.may_contradict):
                report.false_contradictions.append(f"{expected.claim!r} <- {evidence.text[:90]!r}")
        if expected.verdict == "not_enough_evidence" and (result.supporting or result.contradicting):
            report.passages_without_evidence.append(expected.claim)
    return report


_VERDICT_OF_LABEL = {
    "SUPPORTS": "supported",
    "REFUTES": "refuted",
    "DISPUTED": "conflicting",
    "NOT_ENOUGH_INFO": "not_enough_evidence",
}


def climate_fever_claims(data_dir: Path) -> list[tuple[str, list[str], str]]:
    """(claim, its evidence sentences, expected verdict) for the held-out Climate-FEVER claims."""
    claims = []
    with (data_dir / "climate-fever.public.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if split_of(record["claim"]) == "dev":
                passages = [item["text"] for item in record["evidence"] if item["text"].strip()]
                claims.append((record["claim"], passages, _VERDICT_OF_LABEL[record["claim_label"]]))
    return claims


def verify_claims(checker: Checker, claims: Sequence[tuple[str, list[str], str]]) -> dict[str, Report]:
    """Verdicts of ``Checker.verify`` on each claim's own passages, and of the majority verdict."""
    verified, majority = Report(), Report()
    [(most_common, _)] = Counter(verdict for _, _, verdict in claims).most_common(1)
    for claim, passages, expected in claims:
        result = checker.verify(claim, passages)
        for report, verdict, confidence in (
            (verified, result.verdict, result.confidence),
            (majority, most_common, 1.0),
        ):
            report.claims += 1
            report.right += verdict == expected
            report.confidences.append((confidence, verdict == expected))
            if verdict != expected and report is verified:
                report.wrong.append(f"{claim!r}: {verdict}, expected {expected}")
    return {"verify (stance model + checks)": verified, f"baseline: always {most_common}": majority}


def similarity_baseline(checker: Checker) -> Callable[[str], CheckResponse]:
    """Supported when any sentence is similar enough to the claim, else not enough evidence."""

    def check(claim: str) -> CheckResponse:
        hits = checker.corpus.search(claim, 20, BASELINE_SIMILARITY)
        judged = [Judged(h.sentence.article.outlet, Stance(h.similarity, 0.0, 1.0 - h.similarity), hit=h) for h in hits]
        best = max((hit.similarity for hit in hits), default=0.0)
        return CheckResponse(
            claim=claim,
            verdict="supported" if hits else "not_enough_evidence",
            confidence=best if hits else 1.0 - best,
            supporting=[as_evidence(j, j.stance.supports) for j in judged[:5]],
            contradicting=[],
            outlets=OutletCounts(len({j.outlet for j in judged}), 0),
            judged=len(hits),
            index_version=checker.corpus.version,
            timings_ms={},
        )

    return check


def print_table(rows: dict[str, Report]) -> None:
    print(
        f"{'system':<38} {'claims':>6} {'verdict acc':>11} {'support found':>13} {'false contra':>12} "
        f"{'NEE w/ passages':>15} {'conf ECE':>8}"
    )
    for name, r in rows.items():
        print(
            f"{name:<38} {r.claims:>6} {r.accuracy:>11.3f} {r.found_supporting:>6}/{r.expected_supporting:<6} "
            f"{len(r.false_contradictions):>12} {len(r.passages_without_evidence):>15} {r.calibration_error:>8.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=Path, default=CLAIMS)
    parser.add_argument("--data", type=Path, help="the labelled sets (../shared/data) for Climate-FEVER claims")
    args = parser.parse_args()
    expectations = load_expectations(args.claims)
    with tempfile.TemporaryDirectory() as data_dir:
        checker = Checker.from_settings(Settings.from_env(data_dir=data_dir))
        model = evaluate(checker.check, expectations)
        baseline = evaluate(similarity_baseline(checker), expectations)
        climate = verify_claims(checker, climate_fever_claims(args.data)) if args.data else {}
        checker.corpus.close()
    if climate:
        print(f"claim-level: held-out Climate-FEVER claims, each verified against its own evidence ({args.data})")
        print(f"{'system':<38} {'claims':>6} {'verdict acc':>11} {'conf ECE':>8}")
        for name, r in climate.items():
            print(f"{name:<38} {r.claims:>6} {r.accuracy:>11.3f} {r.calibration_error:>8.3f}")
    print(f"claim-level: {len(expectations)} claims about the seed articles ({args.claims.name})")
    print_table({"retrieve + stance model + checks": model, f"baseline: similarity >= {BASELINE_SIMILARITY}": baseline})
    for title, items in (
        ("wrong verdicts", model.wrong),
        ("supporting sentences not found", model.missed_supporting),
        ("false contradictions", model.false_contradictions),
        ("passages for claims the corpus does not address", model.passages_without_evidence),
    ):
        for item in items:
            print(f"  {title}: {item}")


if __name__ == "__main__":
    main()
