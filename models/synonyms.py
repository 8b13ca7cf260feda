"""A claim read in the evidence's own words, where the two use words that mean the same.

    claim:    "The Palestinian Authority wants its security forces deployed in Gaza without delay"
    evidence: "... Palestinian security forces, which the PA believes should be deployed quickly"
    read as:  "The Palestinian Authority wants its security forces deployed in Gaza quickly"

The small stance model reads the first claim as unrelated to the sentence (0.18 supporting) and
the second as supported (0.68): it has seen too few paraphrases to know that "without delay" is
"quickly". The structured checks need the same help: a restatement must have every content word
of the claim. Only words of one meaning in every sense that news uses them are listed: a word that
may also mean something else ("talks", "body") would let a claim be read as what it does not say.
A body is named as the evidence names it, in full or by its initials: the model reads "the Red
Cross received ..." as contradicting "the ICRC had received ..." (0.64).
"""

from __future__ import annotations

import re

from models.organisations import in_names_of

# Each group: words or phrases that mean the same. A claim's member is read as the evidence's
# member where the evidence has one and not the claim's own. A group is kept only where the
# development sets show it helps: the model reads some rewordings worse than the claim as written
# ("worried" as "concerned", "truce" as "ceasefire" each cost claims; see the README).
GROUPS: tuple[tuple[str, ...], ...] = (
    ("quickly", "swiftly", "rapidly", "promptly", "without delay", "at once", "as soon as possible"),
    ("uninterrupted", "without interruption", "unhindered", "without hindrance"),
)

_PATTERNS = {member: re.compile(rf"\b{re.escape(member)}\b", re.IGNORECASE) for group in GROUPS for member in group}


def in_words_of(claim: str, evidence: str) -> str:
    """``claim`` with each listed word or phrase it uses replaced by the evidence's word for it,
    where the evidence uses another member of the same group and not the claim's own, and each
    body named as the evidence names it, in full or by its initials (``organisations.in_names_of``)."""
    for group in GROUPS:
        used = [member for member in group if _PATTERNS[member].search(evidence)]
        if not used:
            continue
        for member in group:
            if member not in used:
                claim = _PATTERNS[member].sub(used[0], claim)
    return in_names_of(claim, evidence)
