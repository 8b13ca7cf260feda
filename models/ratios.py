"""How much of what was agreed is done, as a claim puts it: "400 fewer than the deal requires",
"three times as many as it allows", "half of the 600 trucks agreed", "two-thirds kept out".

    claim:    "Israel is letting at least 400 fewer aid trucks a day into Gaza than the
               ceasefire deal requires"
    before:   "Under the ceasefire agreement, 600 trucks of aid were supposed to enter Gaza daily."
    evidence: "However, Israel is allowing no more than 200 aid trucks into Gaza per day"

None of those numbers is a count to look up in the evidence: "400 fewer" is a difference, "three
times as many" a multiple, "half of the 600 trucks" a share of an agreed figure. Each is read as
one ``Ratio``: what is done, as a share of what was agreed (here at most (600 - 400) / 600 once
the agreed 600 is known). ``models.checks`` sets it beside the share the evidence reports done
(here at most 200 / 600, the agreed amount from the sentence before), and the two agree or
disagree as two numbers do.

A share of things kept out is the rest of those let in: "two-thirds of the trucks are being kept
out" says what "only 1/3 of the trucks were allowed in" says.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from models.checks import Quantity

Bound = Literal["exactly", "at most", "at least", "about"]

# What a bound on the amount kept out, or on a shortfall, says of the amount done.
FLIPPED: dict[Bound, Bound] = {"at most": "at least", "at least": "at most", "exactly": "exactly", "about": "about"}
_KEPT_OUT = re.compile(
    r"\b(?:kept out|keeps? out|keeping out|blocked|blocking|barred|held back|withheld|turned (?:away|back)"
    r"|denied entry|refused entry)\b",
    re.IGNORECASE,
)
# A number in digits or in words; which words are numbers, the claim's quantities say.
_NUMBER = r"\d[\d,]*|[a-z]+"
# "400 fewer aid trucks a day ... than", "the deal called for 400 more trucks ... than".
_DIFFERENCE = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+(?P<way>fewer|less|more)\b(?!\s+than)(?P<between>.*?)\bthan\b(?P<after>.*)", re.I
)
# "three times as many aid trucks a day as", "twice as many ... as".
_MULTIPLE = re.compile(
    rf"\b(?:(?P<k>{_NUMBER})\s+times|(?P<twice>twice|double))\s+as\s+many\b(?P<between>.*?)\bas\b(?P<after>.*)",
    re.I,
)
# "blocking all aid trucks", "refused to let any aid trucks in", "let no aid trucks in": none done.
_NONE = re.compile(
    r"\b(?:(?:block|blocks|blocked|blocking|bar|bars|barred|barring|stop|stops|stopped|stopping)\s+(?:all|every)"
    r"|(?:refused?|refusing|refuses)\s+to\s+(?:let|allow)\s+(?:in\s+)?any"
    r"|(?:let|lets|letting|allowed|allows|allowing)\s+(?:in\s+)?no)\b(?!\s+(?:more|fewer|less)\s+than)(?P<what>.*)",
    re.IGNORECASE,
)
# "not letting in the full number of aid trucks agreed": less than all that was agreed.
_SHORT = re.compile(
    r"\b(?:not|never|fails? to|failed to|failing to)\s+(?:[a-z]+\s+){0,3}?(?:the\s+)?full\s+"
    r"(?:number|amount|quota)\s+of\b(?P<what>.*)",
    re.IGNORECASE,
)
_NONE_OR_SHORT: tuple[tuple[re.Pattern[str], float, Bound, str], ...] = (
    (_NONE, 0.0, "exactly", "no {}"),
    (_SHORT, 1.0, "at most", "fewer {} than agreed"),
)


@dataclass(frozen=True, slots=True)
class Ratio:
    """What is done, as ``factor`` times what was agreed, plus or minus (``sign``) the amount
    ``differs_by``, of ``counts``, within ``bound``: "at least 400 fewer trucks a day than agreed"
    is 1 x agreed - 400 trucks a day, at most.

    ``agreed`` is the agreed amount where the claim gives it; ``said`` how the claim put it, for
    the reason users see; ``numbers`` the claim's numbers it was read from, which are then no
    counts of their own.
    """

    factor: float
    bound: Bound
    counts: frozenset[str]
    said: str
    numbers: frozenset[str]
    agreed: Quantity | None = None
    differs_by: Quantity | None = None
    sign: int = 0

    def of(self, agreed: Quantity | None, per_day: Callable[[Quantity], float]) -> float | None:
        """The share of ``agreed`` done; None where that needs an agreed amount and there is none."""
        if self.differs_by is None:
            return self.factor
        if agreed is None or not per_day(agreed):
            return None
        return self.factor + self.sign * per_day(self.differs_by) / per_day(agreed)


def kept_out(text: str) -> bool:
    """Whether ``text`` speaks of things kept out, whose share is the rest of those let in."""
    return bool(_KEPT_OUT.search(text))


def claimed(
    claim: str, found: list[Quantity], planned: re.Pattern[str], counted: Callable[[str], Quantity]
) -> Ratio | None:
    """The ratio of done to agreed that ``claim`` gives, if it compares the two; ``found`` are
    its quantities, ``planned`` the words that make a number agreed or due, and ``counted`` what
    the words after "as many", "all" or "the full number of" count, as a quantity of them."""
    if (match := _DIFFERENCE.search(claim)) and (ratio := _difference(claim, match, found, planned)):
        return ratio
    if (match := _MULTIPLE.search(claim)) and (ratio := _multiple(claim, match, found, planned, counted)):
        return ratio
    for pattern, value, bound, said in _NONE_OR_SHORT:
        if (match := pattern.search(claim)) and (what := counted(match["what"])).nouns:
            return Ratio(value, bound, frozenset(what.counts), said.format(what.nouns[-1]), frozenset())
    for i, share in enumerate(found):
        if not share.share or share.planned:
            continue
        # "fewer than half of the 600 daily aid trucks the deal provides for": the agreed amount
        # the share is of, where the claim gives it.
        after = found[i + 1] if i + 1 < len(found) else None
        agreed = after if after and after.planned and not after.share else None
        counts = frozenset((agreed or share).counts)
        if not counts:
            return None
        value, bound, said = share.value, share.bound, dataclasses.replace(share, rate=None).describe()
        if agreed:
            said += f" of {agreed.describe()}"
        if kept_out(claim):
            value, bound, said = 1 - value, FLIPPED[bound], f"{said} kept out"
        numbers = frozenset({share.text} | ({agreed.text} if agreed else set()))
        return Ratio(value, bound, counts, said, numbers, agreed)
    return None


def _agreed_side(claim: str, match: re.Match[str], planned: re.Pattern[str]) -> str | None:
    """Which side of a comparison is the agreed one: the side the planning words are on."""
    after = bool(planned.search(match["after"]))
    before = bool(planned.search(claim[: match.start()] + " " + match["between"]))
    return None if after == before else "after" if after else "before"


def _difference(claim: str, match: re.Match[str], found: list[Quantity], planned: re.Pattern[str]) -> Ratio | None:
    amount = next((q for q in found if q.text.lower() == match["n"].lower()), None)
    side = _agreed_side(claim, match, planned)
    if amount is None or side is None or not amount.counts:
        return None
    # "N fewer than the deal requires" and "the deal called for N more than it allows" both put
    # agreed - N done; "N more than agreed", agreed + N.
    fewer = match["way"].lower() in ("fewer", "less")
    less_done = fewer == (side == "after")
    # "At least 400 fewer done" puts at most agreed - 400 done.
    bound = FLIPPED[amount.bound] if less_done else amount.bound
    said = f"{amount.describe()} {match['way'].lower()} than agreed"
    return Ratio(
        1.0, bound, frozenset(amount.counts), said, frozenset({amount.text}), None, amount, -1 if less_done else 1
    )


def _multiple(
    claim: str,
    match: re.Match[str],
    found: list[Quantity],
    planned: re.Pattern[str],
    counted: Callable[[str], Quantity],
) -> Ratio | None:
    counts = frozenset(counted(match["between"]).counts)
    side = _agreed_side(claim, match, planned)
    times = next((q for q in found if match["k"] and q.text.lower() == match["k"].lower()), None)
    if not counts or side is None or not (times or match["twice"]):
        return None
    k, bound = (times.value, times.bound) if times else (2.0, "exactly")
    said = ("" if bound == "exactly" else f"{bound} ") + claim[match.start() : match.end("between")].strip()
    # "The deal called for three times as many as are let in": a third of what was agreed is done.
    value, bound = (1 / k, FLIPPED[bound]) if side == "before" else (k, bound)
    return Ratio(value, bound, counts, said, frozenset({times.text} if times else ()))
