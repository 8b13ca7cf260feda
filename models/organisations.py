"""Organisations a text names, to tell a sentence about the body a claim is about from one about
something else.

    claim:    "The Civil-Military Coordination Centre that monitors the truce is based in Cairo"
    evidence: "The Cairo meeting came two days after a senior Hamas delegation met Egyptian
               intelligence chief Hassan Rashad ..."
    unnamed:  ["Civil-Military Coordination Centre"]

A small cross-encoder calls such a sentence support (0.80): the place is there. But a sentence
that never names the centre cannot say where it is. An organisation is a run of capitalised words
with a word such as "Centre", "Authority" or "News" in it; a sentence names it by its initials
("CMCC", "PA"; "ICRC" for "Red Cross") or by every other word of it ("Civil-Military", "Sabah").
"""

from __future__ import annotations

import functools
import re

from models import people
from models.people import fold, folded_words

# Words that make a capitalised run the name of a body rather than of a person or place.
_BODY = {
    "Authority", "Council", "Centre", "Center", "Cross", "Crescent", "News", "Ministry", "Forces", "Army",
    "Brigades", "Agency", "Committee", "Organization", "Organisation", "Party", "Movement", "Court",
    "Office", "Department", "Coordination", "Daily", "Times", "Post", "University", "Company", "Bureau",
    "Service", "Fund",
}  # fmt: skip
_RUN = re.compile(r"(?<![\w'-])(?:[A-Z][\w'-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)+")
_LEADING = {"The", "A", "An"}
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def organisations(text: str) -> list[str]:
    """The names of bodies in ``text``, a leading "The" left out."""
    found = []
    for run in _RUN.finditer(text):
        words = run.group().split()
        while words and words[0] in _LEADING:
            words.pop(0)
        parts = re.split(r"[\s-]+", " ".join(words))
        if len(parts) >= 2 and any(re.sub("'s$", "", p) in _BODY for p in parts):
            found.append(" ".join(words))
    return found


@functools.lru_cache(maxsize=256)  # read again for every sentence judged against one claim
def subject(claim: str) -> str | None:
    """The body ``claim`` is about: the one it opens with ("The Civil-Military Coordination
    Centre ... is based in Cairo"), if it names no person. A body named later ("Kalin is the
    director of the National Intelligence Organization", "According to Al-Qahera News, ...") is
    part of what the claim says of someone or of where it was said."""
    opening = _RUN.match(claim)
    if not opening or people.people(claim):
        return None
    found = organisations(opening.group())
    return found[0] if found else None


def unnamed(claim: str, evidence: str, before: str | None = None) -> str | None:
    """The body ``claim`` is about (``subject``), if ``evidence`` (with ``before``, the sentence
    before it) never names it, by initials or by the rest of its name."""
    body = subject(claim)
    if body is None:
        return None
    nearby = f"{before or ''} {evidence}"
    return None if _named(body, folded_words(nearby), set(_ACRONYM.findall(nearby))) else body


# What follows a body's name and says what it is: ", the U.S.-backed monitoring hub ...",
# '" -- the truce monitoring centre ...', " (CMCC), a hub ...".
_APPOSITION = re.compile(r"""\s*(?:\([^)]*\))?[)"”’']*\s*(?:,|--|—|–)\s*(?:the|a|an)\b""", re.IGNORECASE)


def described(name: str, text: str) -> str:
    """What ``text`` says the body is, set beside its whole name or its initials: "the U.S.-backed
    monitoring hub established in southern Israel to ..." in "... with the Civil-Military
    Coordination Centre, the U.S.-backed monitoring hub ..."; "" if it sets nothing beside it. A
    word of the name ("Palestinian" for "Palestinian Authority") is not the name."""
    words = [re.escape(p) for p in re.split(r"[\s-]+", name)]
    spelled = r"[\s-]+".join(w.replace("Centre", "Cent(?:re|er)").replace("Center", "Cent(?:re|er)") for w in words)
    for written in re.finditer(rf"\b(?:{spelled}|{_initials(name)})\b", text, re.IGNORECASE):
        apposition = _APPOSITION.match(text, written.end())
        if apposition:
            return text[apposition.start() :].lstrip(" )\"”’',-—–")
    return ""


def _named(name: str, words: frozenset[str], acronyms: set[str]) -> bool:
    parts = [p for p in re.split(r"[\s-]+", name) if p not in ("of", "the")]
    if any(_initials(name) in acronym for acronym in acronyms):
        return True
    distinctive = [fold(re.sub("'s$", "", p)) for p in parts if re.sub("'s$", "", p) not in _BODY]
    return bool(distinctive) and all(p in words for p in distinctive)


def by_initials(text: str, other: str) -> set[str]:
    """The words of bodies ``text`` writes out that ``other`` names by their initials only ("Red
    Cross" for "ICRC"), or that ``text`` names by initials ``other`` writes out."""
    found: set[str] = set()
    for source, target in ((text, other), (other, text)):
        acronyms = set(_ACRONYM.findall(target))
        for body in organisations(source):
            if _named(body, frozenset(), acronyms):
                found |= {w.lower() for w in re.split(r"[\s-]+", body)}
                found |= {a.lower() for a in acronyms if _initials(body) in a}
    return found


def _initials(name: str) -> str:
    return "".join(p[0] for p in re.split(r"[\s-]+", name) if p not in ("of", "the")).upper()


def in_names_of(text: str, other: str) -> str:
    """``text`` with each body it writes out that ``other`` names by initials only ("the Red Cross"
    where ``other`` has "the ICRC") given those initials, and each of its initials that ``other``
    writes out given that name instead. The stance model reads "the Red Cross received ..." as
    contradicting "the ICRC had received ..." (0.64): it does not know one is the other."""
    other_words = folded_words(other)
    other_acronyms = _ACRONYM.findall(other)
    for body in organisations(text):
        initials = [a for a in other_acronyms if _initials(body) in a]
        if initials and not _named(body, other_words, set()):
            text = text.replace(body, initials[0])
    for acronym in set(_ACRONYM.findall(text)) - set(other_acronyms):
        written = next((body for body in organisations(other) if _initials(body) in acronym), None)
        if written:
            text = re.sub(rf"\b{acronym}\b", written, text)  # a name is words, hyphens and apostrophes
    return text
