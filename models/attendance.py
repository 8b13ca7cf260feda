"""Who attended a meeting: a claim that someone did, against a sentence that lists those who did.

    claim:    "Majdi Khalidi, Abbas's adviser on diplomatic affairs, was present at the meeting
               with Tony Blair"
    before:   "The remarks came following a meeting between ... Hussein al-Sheikh and former
               British Prime Minister Tony Blair earlier this week."
    evidence: "The meeting was also attended by Majd Faraj, head of the PA's General Intelligence,
               and Majdi Khalidi, Mahmoud Abbas' advisor for diplomatic affairs."

The small stance model calls that pair contradicting (0.57): a list of names with titles beside a
claim about one of them is not a construction NLI data teaches. A sentence that reports who
attended a meeting, names the claimed attendee, and says nothing negative, supports the claim
that they attended, provided the meeting is the same: every name the claim gives the meeting
("with Tony Blair", "in Cairo") must be mentioned in the sentence or the one before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.people import fold, folded_words, mentioned, people

_GATHERING = r"(?:meeting|meetings|talks|discussions|summit|session|negotiations|conference|gathering)"
# "X attended / was present at / took part in / joined / sat in on the meeting ...".
_ATTENDED = re.compile(
    r"^(?P<attendee>.+?)\s+(?:also\s+)?(?:attended|took part in|joined|sat in on|participated in"
    r"|(?:was|were)\s+(?:also\s+)?(?:present at|at|part of|among those (?:present )?at|in attendance at))\s+"
    rf"(?P<gathering>(?:[\w'’-]+\s+){{0,4}}{_GATHERING}\b.*)$",
    re.IGNORECASE,
)
# A sentence that reports attendance: "was attended by", "attendees included", "the meeting also
# included", "X also attended the meeting".
_REPORTS_ATTENDANCE = re.compile(
    rf"\b(?:attended|attendees|participants|took part|{_GATHERING}\s+(?:\w+\s+){{0,3}}(?:also\s+)?included)\b",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:not|n't|never|no|neither|nor|without|separately|absent|denied|denies)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]+")


@dataclass(frozen=True, slots=True)
class Attendance:
    """A claim that ``attendees`` attended a gathering described by ``gathering``."""

    attendees: list[str]
    gathering: str


def claimed_attendance(claim: str) -> Attendance | None:
    """The people a claim says attended a meeting, and how it describes the meeting; None if the
    claim says no such thing or names nobody as attending."""
    match = _ATTENDED.match(claim.strip().rstrip("."))
    if not match or _DENIED.search(claim):
        return None
    attendees = people(match["attendee"])
    return Attendance(attendees, match["gathering"]) if attendees else None


def listed(attendance: Attendance, evidence: str, before: str | None = None) -> bool:
    """Whether ``evidence`` reports, without denying it, that the claimed attendees attended the
    gathering the claim describes (its names found in the evidence or the sentence before)."""
    if not _REPORTS_ATTENDANCE.search(evidence) or _DENIED.search(evidence):
        return False
    in_evidence = folded_words(evidence)
    nearby = in_evidence | folded_words(before or "")
    named = [w for w in _NAME_WORD.findall(attendance.gathering) if len(w) > 2]
    return all(mentioned(name, in_evidence) for name in attendance.attendees) and all(
        fold(w.removesuffix("'s").removesuffix("’s")) in nearby for w in named
    )
