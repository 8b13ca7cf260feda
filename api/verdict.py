"""From judged passages to a verdict, counting outlets rather than sentences.

A fact checker must never call a supporting or unrelated sentence contradicting, so the bar for
``contradicts`` is higher than for ``supports`` (``Stance.counted_as``), and a corpus sentence
must also be on topic; when nothing clears either bar the answer is ``not_enough_evidence`` with
no passages listed at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from index.corpus import Hit
from models.stance import Stance

# A corpus sentence can only contradict a claim about the same thing. Below this similarity it
# contradicts only through a conflicting number or date: NLI models trained on captions call a
# different event "contradiction", which in news is merely another story.
SAME_TOPIC = 0.6


@dataclass(frozen=True, slots=True)
class Judged:
    """One passage's stance towards the claim, and who stands behind the passage."""

    outlet: str
    stance: Stance
    reasons: tuple[str, ...] = ()
    hit: Hit | None = None  # where it came from in the corpus; None for caller-supplied text
    conflict: bool = False  # a number or date in it disagrees with the claim
    context: str | None = None  # the sentence before, read with this one by the stance model

    @property
    def supports(self) -> bool:
        return self.stance.counted_as == "supports"

    @property
    def contradicts(self) -> bool:
        on_topic = self.hit is None or self.hit.similarity >= SAME_TOPIC or self.conflict
        return on_topic and self.stance.counted_as == "contradicts"

    @property
    def similarity(self) -> float:
        """How near the claim the passage was found; caller-supplied text counts as fully relevant."""
        return 1.0 if self.hit is None else self.hit.similarity

    @property
    def label(self) -> str:
        """The stance this passage is counted for: the verdict's bars, not the model's argmax."""
        return "supports" if self.supports else "contradicts" if self.contradicts else "neither"


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: str
    confidence: float
    supporting: list[Judged]
    contradicting: list[Judged]
    supporting_outlets: int
    contradicting_outlets: int


def decide(judged: Sequence[Judged]) -> Decision:
    """The verdict from outlets, its confidence from the surest passage on the winning side or
    sides; every passage that clears a bar listed, most relevant first.

    Relevance is the stance's probability times the similarity to the claim: a sentence that
    restates the claim should come before one the model is a little surer of but that is about a
    neighbouring fact ("met the intelligence chief two days earlier" for "the chief attended").
    """
    supporting = sorted((j for j in judged if j.supports), key=lambda j: -j.stance.supports * j.similarity)
    contradicting = sorted((j for j in judged if j.contradicts), key=lambda j: -j.stance.contradicts * j.similarity)
    # Each outlet stands where its surest passage stands: one article that reports a figure and,
    # a sentence later, a correction is not two outlets disagreeing.
    sure_for: dict[str, float] = {}
    sure_against: dict[str, float] = {}
    for j in supporting:
        sure_for[j.outlet] = max(sure_for.get(j.outlet, 0.0), j.stance.supports)
    for j in contradicting:
        sure_against[j.outlet] = max(sure_against.get(j.outlet, 0.0), j.stance.contradicts)
    # A tie goes to support: calling a supporting outlet contradicting is the worse mistake.
    outlets_for = [p for o, p in sure_for.items() if p >= sure_against.get(o, 0.0)]
    outlets_against = [p for o, p in sure_against.items() if p > sure_for.get(o, 0.0)]
    best_for, best_against = max(outlets_for, default=0.0), max(outlets_against, default=0.0)
    if outlets_for and outlets_against:
        verdict, confidence = "conflicting", min(best_for, best_against)
    elif outlets_for:
        verdict, confidence = "supported", best_for
    elif outlets_against:
        verdict, confidence = "refuted", best_against
    else:
        strongest = max((max(j.stance.supports, j.stance.contradicts) for j in judged), default=0.0)
        verdict, confidence = "not_enough_evidence", 1.0 - strongest
    return Decision(
        verdict,
        confidence,
        supporting,
        contradicting,
        len(outlets_for),
        len(outlets_against),
    )
