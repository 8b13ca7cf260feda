"""People a text names, to tell a sentence about the person a claim names from one about others.

    claim:    "Mahmoud Abbas will travel to Cairo next week to meet the mediators"
    evidence: "Their meeting in Cairo came two days after a senior Hamas delegation met with
               Egyptian spy chief Hassan Rashad to discuss the second phase of the truce."
    unnamed:  ["Mahmoud Abbas"]

A small cross-encoder calls such a sentence support: the place, the meeting and the mediators
are all there. But a sentence that names people, never the one the claim is about, and refers to
nobody as "he" or "she" cannot say what that person did. A name is a run of two or more
capitalised words that are not an organisation, a place, a title, a nationality or a date; it is
mentioned when any of its words is ("al-Sisi" for "Abdel Fattah el-Sisi"), accents aside.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Set

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CALENDAR_NAMES = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", *WEEKDAYS,
})  # fmt: skip
"""Capitalised words that follow "in" and "on" like places and names, but are dates."""

# Capitalised runs with one of these words name an organisation, a place or an event, not a person.
_NOT_PEOPLE = CALENDAR_NAMES | {
    "The", "This", "That", "Strip", "Bank", "City", "Authority", "Council", "Centre", "Center", "Cross",
    "Crescent", "States", "Nations", "Union", "Kingdom", "Republic", "Emirates", "Line", "News",
    "Ministry", "Forces", "Force", "Army", "Brigades", "Service", "Agency", "Committee", "Organization",
    "Organisation", "Party", "Front", "Movement", "Court", "House", "Office", "Department", "Coordination",
    "Leadership", "Security", "Intelligence", "Daily", "Times", "Post", "Street", "Square", "Sea", "River",
    "Ocean", "Island", "Islands", "War", "Prize", "University", "Company", "Group", "Fund", "Bureau",
    "Church", "East", "West", "North", "South", "Middle", "Gulf", "Peninsula", "Desert", "Valley",
}  # fmt: skip
# Words before a name that are not part of it: titles and honorifics (nationalities below). Not
# models.offices' vocabulary capitalised: stripping "The", "Of" or "National" from a run too made
# names of organisations and cost held-out claims (Fool Me Twice 0.354 -> 0.350 in make eval).
_TITLES = {
    "President", "Prime", "Minister", "Foreign", "Defence", "Defense", "Deputy", "Vice", "Former", "General",
    "Major", "Colonel", "Captain", "Lieutenant", "Admiral", "Ambassador", "Chairman", "Chief", "Director",
    "Head", "Senator", "Governor", "Mayor", "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Dr",
    "Mr", "Mrs", "Ms", "Sir", "Pope", "Judge", "Secretary", "Spokesman", "Spokesperson", "Commander",
}  # fmt: skip
NATIONALITY = re.compile(
    r"[A-Z][a-z]+(?:ese|ian|ish|ean|can)|Arab|Arabic|Dutch|French|Greek|Hebrew|Latin|Swiss|Thai|Israeli"
    r"|Qatari|Iraqi|Saudi|Kuwaiti|Emirati|Yemeni|Omani|Bahraini|Pakistani|Somali|German|Afghan|Cuban|Kenyan"
)
"""A people or a language ("Reports in Arab media", "a sign in Spanish"): never a place or a name."""
_COUNTS = {
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Fifteen",
    "Twenty", "Dozens", "Hundreds", "Thousands", "Several", "Some", "Many", "Most", "Both", "All", "Only",
    "No", "None", "Neither", "Every", "Each", "Any", "Few",
}  # fmt: skip
_PARTICLES = {"al", "el", "bin", "bint", "abu", "abd", "de", "van", "von", "der"}
_RUN = re.compile(r"(?<![\w'-])[A-Z][\w'-]+(?:\s+(?:(?:al|el|bin|abu|abd|de|van|von|der)[-\s]+)?[A-Z][\w'-]+)+")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside|across)\s+$")
_HE_OR_SHE = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without accents: "Kalın" and "Kalin", "Türkiye" and "Turkiye"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def people(text: str) -> list[str]:
    """The names of people in ``text``, titles and nationalities before them left out."""
    found = []
    # Read without accents, so that a name may open with any capital ("İbrahim Kalın").
    for run in _RUN.finditer(unaccented(text)):
        if _PLACE_BEFORE.search(text, 0, run.start()):
            continue  # "in Khan Younis", "from Sharm el-Sheikh": a place
        words = text[run.start() : run.end()].split()
        # "Two Israeli soldiers": a count and a people, capitalised at the start of a sentence.
        while words and (words[0] in _TITLES or words[0] in _COUNTS or NATIONALITY.fullmatch(words[0])):
            words.pop(0)
        parts = [w for w in re.split(r"[\s-]+", " ".join(words)) if w.lower() not in _PARTICLES]
        if len(parts) >= 2 and not any(re.sub("'s$", "", w) in _NOT_PEOPLE for w in parts):
            found.append(" ".join(words))
    return found


def unaccented(text: str) -> str:
    """``text`` without accents ("İbrahim Kalın" as "Ibrahim Kalin"), letter for letter, so offsets
    stay the same."""
    return "".join(
        (fold(letter)[:1] or letter).upper() if letter.isupper() else fold(letter)[:1] or letter for letter in text
    )


def unnamed(claim: str, evidence: str, before: str | None = None, article: str | None = None) -> list[str]:
    """The people ``claim`` names whom ``evidence`` (with ``before``, the sentence before it) never
    mentions by any part of their name, when it names people of its own and calls nobody "he" or
    "she".

    With ``article``, the whole news article the evidence comes from, also those the article never
    mentions, when it names people of its own: a news article names the people it reports on, so
    one that never names Mahmoud Abbas says nothing, in any sentence, of what Abbas did
    ("mediators ... met Tuesday in Cairo" is not "Abbas will travel to Cairo"). Its "he" is then
    someone else ("Türkiye's spy chief met with his Egyptian counterpart" is not "Hakan Fidan
    attended the Cairo talks"), unless nobody is named before it: a lone "He then played ..." may be
    about anyone. Text a caller supplies is not such an article: it may be an excerpt about
    someone named only before it, so it is read as evidence alone.
    """
    nearby = f"{before or ''} {evidence}"
    pronoun = _HE_OR_SHE.search(nearby)
    scopes = [] if pronoun else [nearby]
    if article:
        at = article.find(evidence)
        if not pronoun or people(article[:at] if at >= 0 else article):
            scopes.append(article)
    naming = [words for names_people, words in map(_names_and_words, scopes) if names_people]
    return [name for name in people(claim) if any(not mentioned(name, words) for words in naming)]


# An article is the source of several sentences judged together; a check judges at most 50, and
# an article may run to 200,000 characters, so only the latest few are kept.
@functools.lru_cache(maxsize=64)
def _names_and_words(text: str) -> tuple[bool, frozenset[str]]:
    """Whether ``text`` names people, and its words as ``mentioned`` reads them."""
    return bool(people(text)), folded_words(text)


def folded_words(text: str) -> frozenset[str]:
    """The words of ``text`` folded (lower case, no accents), for ``mentioned``: each word, and
    each run of words joined by an apostrophe ("sa'ar" as well as "sa" and "ar")."""
    folded = fold(text).replace("’", "'")
    return frozenset(re.findall(r"\w+", folded)) | frozenset(re.findall(r"\w+(?:'\w+)+", folded))


def mentioned(name: str, words: Set[str]) -> bool:
    """Whether any part of ``name`` (accents aside) is among ``words`` (``folded_words``); a part
    with an apostrophe inside is one ("Sa'ar")."""
    parts = re.split(r"[\s-]+", fold(name).replace("’", "'"))
    return any(part in words for part in (re.sub(r"'s?$", "", p) for p in parts) if len(part) > 2)
