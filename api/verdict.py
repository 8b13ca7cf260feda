"""From judged passages to a verdict, counting outlets rather than sentences.

A fact checker must never call a supporting or unrelated sentence contradicting, so the bar for
``contradicts`` is higher than for ``supports`` (``Stance.counted_as``), and a corpus sentence
must also be on topic and disagree in a way a structured check can name; when nothing clears
either bar the answer is ``not_enough_evidence`` with no passages listed at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from index.corpus import Hit
from models.stance import Stance

# A corpus sentence can only contradict a claim about the same thing. Below this similarity it
# contradicts only through a conflicting number or date, or a denial in so many words such as
# another title beside the person's name (``models.checks.conflicts``): NLI models trained on
# captions call a different event "contradiction", which in news is merely another story. And at any similarity
# it contradicts only where a check found what disagrees (``Judged.explained``): on the seed
# claim sets every corpus sentence the model alone called contradicting was a false
# contradiction ("Israeli leaders are increasingly concerned that the ceasefire could collapse"
# for "Israel's leaders are increasingly worried that the truce could fall apart").
SAME_TOPIC = 0.6


@dataclass(frozen=True, slots=True)
class Judged:
    """One passage's stance towards the claim, and who stands behind the passage."""

    outlet: str
    stance: Stance
    reasons: tuple[str, ...] = ()
    hit: Hit | None = None  # where it came from in the corpus; None for caller-supplied text
    conflict: bool = False  # a number or date in it disagrees with the claim, or it denies the claim
    context: str | None = None  # the sentence before, read with this one by the stance model
    # Caller-supplied text may be about something else entirely; retrieval never returns such.
    related: bool = True
    explained: bool = False  # a check found what disagrees: a number, date, day, place, title or negation

    @property
    def supports(self) -> bool:
        return self.related and self.stance.counted_as == "supports"

    @property
    def contradicts(self) -> bool:
        # Caller-supplied text is judged as the caller gave it; a corpus sentence must be on topic
        # and say in so many words what disagrees.
        corpus_ok = self.hit is None or (self.explained and (self.hit.similarity >= SAME_TOPIC or self.conflict))
        return self.related and corpus_ok and self.stance.counted_as == "contradicts"

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
    """The verdict and its confidence from the surest passage on each side; passages listed most
    relevant first.

    An outlet with passages on both sides counts on both: an article that reports one outlet's
    account and another's denial is the very case of ``conflicting``.

    Relevance is the stance's probability times the similarity to the claim: a sentence that
    restates the claim should come before one the model is a little surer of but that is about a
    neighbouring fact ("met the intelligence chief two days earlier" for "the chief attended").
    """
    supporting = sorted((j for j in judged if j.supports), key=lambda j: -j.stance.supports * j.similarity)
    contradicting = sorted((j for j in judged if j.contradicts), key=lambda j: -j.stance.contradicts * j.similarity)
    best_for = max((j.stance.supports for j in supporting), default=0.0)
    best_against = max((j.stance.contradicts for j in contradicting), default=0.0)
    if supporting and contradicting:
        verdict, confidence = "conflicting", min(best_for, best_against)
    elif supporting:
        verdict, confidence = "supported", best_for
    elif contradicting:
        verdict, confidence = "refuted", best_against
    else:
        strongest = max((max(j.stance.supports, j.stance.contradicts) for j in judged), default=0.0)
        verdict, confidence = "not_enough_evidence", 1.0 - strongest
    return Decision(
        verdict,
        confidence,
        supporting,
        contradicting,
        len({j.outlet for j in supporting}),
        len({j.outlet for j in contradicting}),
    )
