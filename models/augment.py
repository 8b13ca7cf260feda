"""Synthetic stance pairs made from real evidence sentences by small, meaning-aware edits.

The trial recorded in DESIGN.md showed a cross-encoder trained on NLI sets keys on word overlap:
it misses "600" vs "200" and "raised" vs "not raised". These pairs teach exactly that, from
sentences of the training split only (never the seeds, never a held-out pair):

- a number changed        -> contradicts ("600 trucks a day" vs "200 trucks a day")
- an auxiliary negated    -> contradicts ("has complied" vs "has not complied")
- a leading or trailing clause dropped -> supports (the rest is still asserted)
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

from models.pairs import Pair

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
_AUXILIARY = re.compile(
    r"\b(is|are|was|were|has|have|had|will|can|could|would|should|did|does|do|must)\b(?! not\b| no\b|n't)"
)
_YEARISH = range(1800, 2101)
_INTRODUCTORY = {
    "in",
    "on",
    "at",
    "as",
    "after",
    "before",
    "under",
    "during",
    "since",
    "for",
    "with",
    "by",
    "when",
    "while",
    "although",
    "though",
    "however",
    "meanwhile",
    "according",
    "despite",
    "earlier",
    "later",
}
_TRAILING = {
    "and",
    "which",
    "who",
    "while",
    "including",
    "adding",
    "saying",
    "according",
    "although",
    "whereas",
    "making",
    "leaving",
    "killing",
    "as",
    "with",
}


def _other_number(text: str, rng: random.Random) -> str:
    value = float(text.replace(",", ""))
    if value.is_integer() and int(value) in _YEARISH:
        return str(int(value) + rng.choice([-3, -2, -1, 1, 2, 3]))
    factor = rng.choice([0.25, 0.33, 0.5, 2, 3, 4, 10])
    changed = value * factor if value else rng.randint(2, 50)
    if "." in text:
        return f"{changed:.{len(text.split('.')[1])}f}"
    number = max(1, round(changed))
    if number == round(value):
        number += 1
    return f"{number:,}" if "," in text else str(number)


def change_number(sentence: str, rng: random.Random) -> str | None:
    found = list(_NUMBER.finditer(sentence))
    if not found:
        return None
    match = rng.choice(found)
    return sentence[: match.start()] + _other_number(match.group(), rng) + sentence[match.end() :]


def negate(sentence: str) -> str | None:
    if sentence.rstrip().endswith("?"):
        return None
    match = _AUXILIARY.search(sentence)
    if not match:
        return None
    return sentence[: match.end()] + " not" + sentence[match.end() :]


def drop_clause(sentence: str) -> str | None:
    """The sentence without an introductory or trailing subordinate clause, if enough is left.

    Only clauses whose first word marks them as removable are dropped ("Under the deal, ...",
    "..., which ..."), so the rest is still a sentence the original asserts.
    """
    parts = [p.strip() for p in sentence.rstrip(".").split(",")]
    if len(parts) < 2 or not all(parts):
        return None
    if parts[0].split()[0].lower() in _INTRODUCTORY and len(parts[0].split()) <= 10:
        kept = ", ".join(parts[1:])
    elif parts[-1].split()[0].lower() in _TRAILING:
        kept = ", ".join(parts[:-1])
    else:
        return None
    if len(kept.split()) < 6:
        return None
    return kept[0].upper() + kept[1:] + "."


def augment(premises: Iterable[str], per_kind: int, seed: int = 13) -> list[Pair]:
    rng = random.Random(seed)
    # Well-formed written sentences only: the spoken-English MNLI genres make poor edits.
    pool = sorted({p for p in premises if 6 <= len(p.split()) <= 60 and p[:1].isupper() and p.rstrip()[-1:] in '."”'})
    rng.shuffle(pool)
    made: dict[str, list[Pair]] = {"number": [], "negation": [], "clause": []}
    for sentence in pool:
        edits = (
            ("number", change_number(sentence, rng), "contradicts"),
            ("negation", negate(sentence), "contradicts"),
            ("clause", drop_clause(sentence), "supports"),
        )
        for kind, edited, label in edits:
            if edited and edited != sentence and len(made[kind]) < per_kind:
                made[kind].append(Pair(sentence, edited, label, f"augmented-{kind}"))
                break  # one edit per premise keeps the sets independent
    return [pair for pairs in made.values() for pair in pairs]
