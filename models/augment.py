"""Synthetic stance pairs made from real evidence sentences by small, meaning-aware edits.

The trial recorded in DESIGN.md showed a cross-encoder trained on NLI sets keys on word overlap:
it misses "600" vs "200" and "raised" vs "not raised". These pairs teach exactly that, from
sentences of the training split only (never the seeds, never a held-out pair):

- a number changed        -> contradicts ("600 trucks a day" vs "200 trucks a day")
- an auxiliary negated    -> contradicts ("has complied" vs "has not complied")
- a verb or adjective replaced by its opposite -> contradicts ("supports" vs "opposes")
- a place or a name replaced by another one    -> contradicts ("met in Cairo" vs "met in Doha")
- a leading or trailing clause dropped -> supports (the rest is still asserted)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable

from models.pairs import Pair
from models.people import CALENDAR_NAMES

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


# Opposites common in news and reference text, as (word, opposite) in the same inflection. Both
# directions are used. Only words whose swap reverses the statement are listed: "left" or "close"
# have senses where it would not.
_OPPOSITES = (
    ("rose", "fell"),
    ("rises", "falls"),
    ("rising", "falling"),
    ("increased", "decreased"),
    ("increases", "decreases"),
    ("increasing", "decreasing"),
    ("increase", "decrease"),
    ("raised", "lowered"),
    ("supports", "opposes"),
    ("supported", "opposed"),
    ("accepted", "rejected"),
    ("approved", "rejected"),
    ("won", "lost"),
    ("allowed", "banned"),
    ("confirmed", "denied"),
    ("confirms", "denies"),
    ("agreed", "refused"),
    ("began", "ended"),
    ("higher", "lower"),
    ("larger", "smaller"),
    ("more", "fewer"),
    ("before", "after"),
    ("above", "below"),
    ("warmer", "cooler"),
    ("expanded", "reduced"),
    ("strengthened", "weakened"),
    ("succeeded", "failed"),
    ("positive", "negative"),
    ("legal", "illegal"),
    ("alive", "dead"),
    ("male", "female"),
    ("first", "last"),
    ("largest", "smallest"),
    ("highest", "lowest"),
    ("oldest", "youngest"),
    ("northern", "southern"),
    ("eastern", "western"),
    ("entered", "exited"),
    ("released", "detained"),
    ("included", "excluded"),
    ("true", "false"),
)
_OPPOSITE = {**dict(_OPPOSITES), **{b: a for a, b in _OPPOSITES}}
_OPPOSITE_WORD = re.compile(r"\b(" + "|".join(sorted(_OPPOSITE, key=len, reverse=True)) + r")\b", re.IGNORECASE)

# A run of capitalised words that is not the sentence's first word: a place, a person, an
# organisation. "in Cairo" marks a place, two or more words a name; words that are capitalised for
# other reasons (months, weekdays, pronouns) are not entities.
_ENTITY = re.compile(
    r"(?<=[a-z,;:] )(?:in |at |from |to |near )?(?:[A-Z][a-z]+(?:[ -](?:al-|de |of |bin )?[A-Z][a-z]+)*)"
)
_NOT_ENTITIES = CALENDAR_NAMES | {"I", "The", "A", "An", "It", "He", "She", "They", "We", "This", "That"}
_PLACE_MARK = re.compile(r"^(in|at|from|to|near) ")


def swap_opposite(sentence: str) -> str | None:
    """The sentence with one word replaced by its opposite ("rose" -> "fell"), keeping its case."""
    match = _OPPOSITE_WORD.search(sentence)
    if not match:
        return None
    word = match.group()
    opposite = _OPPOSITE[word.lower()]
    if word[0].isupper():
        opposite = opposite[0].upper() + opposite[1:]
    return sentence[: match.start()] + opposite + sentence[match.end() :]


def _entities(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each place ("in Cairo") or name of two words or more ("Hassan Rashad").

    A lone capitalised word is left alone: without a tagger it is as often an adjective
    ("Egyptian") or the start of a title as an entity.
    """
    found = []
    for match in _ENTITY.finditer(sentence):
        text = match.group()
        marker = _PLACE_MARK.match(text)
        start = match.start() + (marker.end() if marker else 0)
        entity = sentence[start : match.end()]
        if entity in _NOT_ENTITIES or entity.split()[0] in _NOT_ENTITIES:
            continue
        if marker:
            found.append((start, match.end(), "place"))
        elif len(entity.split()) > 1:
            found.append((start, match.end(), "name"))
    return found


def swap_entity(sentence: str, pool: dict[str, list[str]], rng: random.Random) -> str | None:
    """The sentence with one place or name replaced by another of the same kind from ``pool``."""
    entities = _entities(sentence)
    if not entities:
        return None
    start, end, kind = rng.choice(entities)
    others = [e for e in pool.get(kind, ()) if e not in sentence]
    if not others:
        return None
    return sentence[:start] + rng.choice(others) + sentence[end:]


def _entity_pool(sentences: Iterable[str]) -> dict[str, list[str]]:
    pool: dict[str, set[str]] = {}
    for sentence in sentences:
        for start, end, kind in _entities(sentence):
            pool.setdefault(kind, set()).add(sentence[start:end])
    return {kind: sorted(entities) for kind, entities in pool.items()}


def augment(premises: Iterable[str], per_kind: int, seed: int = 13) -> list[Pair]:
    rng = random.Random(seed)
    # Well-formed written sentences only: the spoken-English MNLI genres make poor edits.
    pool = sorted({p for p in premises if 6 <= len(p.split()) <= 60 and p[:1].isupper() and p.rstrip()[-1:] in '."”'})
    rng.shuffle(pool)
    entities = _entity_pool(pool)
    made: dict[str, list[Pair]] = {"number": [], "negation": [], "opposite": [], "entity": [], "clause": []}
    for sentence in pool:
        edits: tuple[tuple[str, Callable[[str], str | None], str], ...] = (
            ("number", lambda s: change_number(s, rng), "contradicts"),
            ("opposite", swap_opposite, "contradicts"),
            ("entity", lambda s: swap_entity(s, entities, rng), "contradicts"),
            ("negation", negate, "contradicts"),
            ("clause", drop_clause, "supports"),
        )
        # Rarer edits first, and in a random order, so that each kind draws on varied sentences.
        for kind, edit, label in sorted(edits, key=lambda e: (len(made[e[0]]), rng.random())):
            if len(made[kind]) >= per_kind:
                continue
            edited = edit(sentence)
            if edited and edited != sentence:
                made[kind].append(Pair(sentence, edited, label, f"augmented-{kind}"))
                break  # one edit per premise keeps the sets independent
    return [pair for pairs in made.values() for pair in pairs]
