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
("with Tony Blair", "in Cairo") must be mentioned in the sentence, the one before it, or the
sentence of its article that last reported a meeting. One that says they took no part denies
it (``absent``), and one that never mentions them says nothing of it (``unmentioned``); nor does
one that mentions them only at another event (``elsewhere``) or only as whose someone else is
(``only_as_owner``).
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
_ATTRIBUTED = re.compile(r"\b(?:that|report|reports|reported|said|says|claimed|claims|according)\b", re.IGNORECASE)


# "The Hamas leaders met ... separately, and not as part of the discussions of the mediators".
_NOT_PART = re.compile(
    r"\b(?:separately|on (?:their|his|her) own|not as part of|not part of|no part in|did not attend|didn't attend"
    r"|did not take part"
    r"|(?:was|were) not (?:at|present at|among)|absent from|stayed away from)\b",
    re.IGNORECASE,
)
# Words that say what kind of gathering, or nothing, not which one it was.
_NOT_WHICH = frozenset({
    "meeting", "meetings", "talks", "discussions", "summit", "session", "negotiations", "conference",
    "with", "from", "between", "about", "over", "into", "their", "this", "that", "week", "earlier", "later",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Attendance:
    """A claim that ``attendees`` (named people, if any) attended a gathering described by
    ``gathering``; ``who`` is how the claim names those who attended ("Hamas leaders", "Hamas
    Leadership Council head Muhammad Darwish")."""

    attendees: list[str]
    gathering: str
    who: str


# "X was present when al-Sheikh met Blair": X was at the meeting of al-Sheikh with Blair. So were
# X and Y in "al-Sheikh was accompanied by X and Y when he met Blair".
_PRESENT_WHEN = re.compile(r"\b(was|were)\s+(?:present|there|in the room)\s+when\s+(.+?)\s+met\s+", re.IGNORECASE)
_ACCOMPANIED = re.compile(
    r"^(?P<host>.+?)\s+(?:was|were)\s+(?:also\s+)?accompanied\s+by\s+(?P<who>.+?)\s+when\s+(?:he|she|they)\s+met\s+",
    re.IGNORECASE,
)


def claimed_attendance(claim: str) -> Attendance | None:
    """Who a claim says attended a meeting, and how it describes the meeting; None if the claim
    says no such thing."""
    claim = _PRESENT_WHEN.sub(r"\1 present at the meeting of \2 with ", claim)
    claim = _ACCOMPANIED.sub(r"\g<who> were present at the meeting of \g<host> with ", claim)
    match = _ATTENDED.match(claim.strip().rstrip("."))
    if not match or _DENIED.search(claim) or _ATTRIBUTED.search(match["attendee"]):
        return None  # "Al-Ain News reported that the Hamas leaders joined ...": a claim about a report
    # "Majdi Khalidi, Mahmoud Abbas's diplomatic adviser, was at the meeting" and "Majdi Khalidi,
    # who advises Mahmoud Abbas, ...": Abbas is whose adviser he is, not one who attended.
    described = _ASIDE.sub(" ", match["attendee"])
    attendees = [name for name in people(described) if not _OWNER_END.search(name)]
    return Attendance(attendees, match["gathering"], match["attendee"])


_ASIDE = re.compile(r",\s+(?:who|which)\b[^,]*(?:,\s*|$)")
_OWNER_END = re.compile(r"(?:'s|’s|['’])$")
# A name that owns what follows it: "Mahmoud Abbas' advisor", "Egypt's intelligence chief".
_OWNER = re.compile(r"(?:\b[A-ZÀ-ÖØ-Þİ][\w-]*\s+)*\b[A-ZÀ-ÖØ-Þİ][\w-]*(?:'s|’s|['’])(?=\s)")


def only_as_owner(attendance: Attendance, evidence: str) -> str:
    """How ``evidence`` names a person the claim says attended, if it names them only as whose
    someone else is ("Mahmoud Abbas' advisor" for "Mahmoud Abbas took part in the meeting"), else
    "": the sentence says his adviser was there, not that he was."""
    rest = folded_words(_OWNER.sub(" ", evidence))
    for name in attendance.attendees:
        for owner in _OWNER.finditer(evidence):
            if mentioned(name, folded_words(owner.group())) and not mentioned(name, rest):
                owned = evidence[owner.end() :].split()[:1]  # "advisor"
                return " ".join([owner.group(), *owned]).rstrip(".,;:")
    return ""


# "Al-Ain News reported that the Hamas leaders joined the mediators' discussions": a claim about
# what a source said.
REPORTED = re.compile(
    r"^(?:according to\s+)?(?P<source>.+?)\s+(?:reported|reports|said|says|claimed|claims|stated|wrote)\s+that\s+"
    r"(?P<claim>.+)$",
    re.IGNORECASE,
)


def reported_attendance(claim: str) -> tuple[str, Attendance] | None:
    """The source a claim says reported an attendance, and that attendance ("Al-Ain News",
    "the Hamas leaders joined the mediators' discussions"); None for any other claim."""
    match = REPORTED.match(claim.strip().rstrip("."))
    inner = claimed_attendance(match["claim"]) if match else None
    return (match["source"], inner) if match and inner else None


# A claim that people took no part: "No Hamas officials took part in ...", "The Hamas leaders met
# Rashad separately and were not part of ...", "... on their own, not as part of ...".
_NO_ONE = re.compile(
    r"^no\s+(?P<who>.+?)\s+(?:attended|took part in|joined|sat in on|participated in"
    r"|(?:was|were) (?:at|present at|part of))\s",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^(?:the\s+)?(?P<who>.+?)\s+(?:met|saw|were|was|did|held|stayed|had)\b", re.IGNORECASE)
_A_GATHERING = re.compile(rf"\b{_GATHERING}\b", re.IGNORECASE)
# What sets the gathering apart from what the claim says they did: "... on their own rather
# than as part of the mediators' talks", "..., outside the mediators' discussions".
_SET_APART = re.compile(
    r"^[\s,]*(?:and\s+)?(?:rather than|instead of|apart from|outside(?: of)?)?\s*(?:as\s+)?(?:part of\s+)?", re.I
)
_NAMED_GATHERING = re.compile(rf"(?P<gathering>(?:[\w'’-]+\s+){{0,4}}{_GATHERING}\b.*)$", re.IGNORECASE)


def claimed_absence(claim: str) -> Attendance | None:
    """Who a claim says took no part in a gathering, and how it describes the gathering; None if
    the claim says no such thing."""
    text = claim.strip().rstrip(".")
    no_one = _NO_ONE.match(text)
    # The last denial names the gathering: "met Rashad on their own, not as part of the talks".
    denial = no_one or next(reversed(list(_NOT_PART.finditer(text))), None)
    if not denial:
        return None
    subject = no_one or _SUBJECT.match(text)
    gathering = _NAMED_GATHERING.search(_SET_APART.sub("", text[denial.end() :]))
    # "The Hamas leadership's talks with Hassan Rashad were held separately ..." says where a
    # meeting was held, not who stayed away: Rashad attended both.
    if not subject or not gathering or _ATTRIBUTED.search(subject["who"]) or _A_GATHERING.search(subject["who"]):
        return None
    return Attendance(people(subject["who"]), gathering["gathering"], subject["who"])


def absent(attendance: Attendance, evidence: str, article: str | None = None) -> str:
    """Those the claim names as attending (the words it shares with ``evidence``) if the evidence
    says they were not part of the gathering, else "": "the Hamas leaders met separately with ...
    Hassan Rashad, and not as part of the discussions of the mediators" against "Hamas political
    bureau member Ghazi Hamad sat in on the mediators' talks in Cairo".

    Those it denies must share a capitalised word with how the claim names the attendees (a
    name, or a group such as "Hamas"), or with how ``article``, the evidence's, describes them
    where it lists them as attending ("Hamas Leadership Council head Muhammad Darwish and council
    members Khaled Meshaal" for "Khaled Meshaal joined the mediators' talks"); and the gathering
    must share a word with the claim's ("mediators"), beyond words such as "meeting" that say
    only what kind it is.
    """
    denial = _NOT_PART.search(evidence)
    if not denial:
        return ""
    described = f"{attendance.who} {_listed_as(attendance, article)}"
    before_denial = folded_words(evidence[: denial.start()])
    # A particle such as "Al" (of "Al Thani") is no name: "Al-Ain News" is not him.
    # A possessive is the name: "Hamas's leaders" are named by "Hamas".
    names = (_bare(w) for w in _NAME_WORD.findall(described))
    named = list(dict.fromkeys(w for w in names if len(w) > 2 and fold(w) in before_denial))
    gathering = {w for w in folded_words(attendance.gathering.replace("’", "'")) if len(w) > 3} - _NOT_WHICH
    # "not as part of the discussions of the mediators" is about the meeting its article has been
    # reporting, which "the Cairo meeting" may name by where it was held.
    if _A_GATHERING.search(evidence, denial.end()):
        described_meeting = folded_words(f"{evidence} {_meetings_before(article, evidence)}")
    else:
        described_meeting = folded_words(evidence)
    return " ".join(named) if named and gathering & described_meeting else ""


def _listed_as(attendance: Attendance, article: str | None) -> str:
    """How ``article`` describes the people the claim says attended, where it lists them among
    those who did: the words between "included" and the first of their names."""
    if not article or not attendance.attendees:
        return ""
    for sentence in _SENTENCE_END.split(article):
        report = _REPORTS_ATTENDANCE.search(sentence)
        if not report or _DENIED.search(sentence):
            continue
        # Found as written, so that its place is its place in ``sentence``: folding or lower-casing
        # may change a text's length ("İ"), and "Kalın" for "Kalin" is better missed than misplaced.
        listed = sentence[report.end() :]
        found = [re.search(re.escape(name.split()[-1]), listed, re.I) for name in attendance.attendees]
        if all(found):
            return listed[: min(m.start() for m in found if m)]
    return ""


def unmentioned(attendance: Attendance, evidence: str, before: str | None = None) -> bool:
    """Whether ``evidence`` (with the sentence before it) never mentions those the claim says
    attended by any capitalised word the claim uses for them ("Jordan" in "Jordan's foreign
    minister", "Hamas" in "Hamas leaders"): then it says nothing of whether they attended. An
    acronym is not such a word: "US" is also "United States" and "U.S."."""
    words = [_bare(w) for w in _NAME_WORD.findall(attendance.who) if not w.isupper()]
    nearby = folded_words(f"{before or ''} {evidence}")
    return bool(words) and not any(fold(w) in nearby for w in words)


def listed(attendance: Attendance, evidence: str, before: str | None = None, article: str | None = None) -> bool:
    """Whether ``evidence`` reports, without denying it, that the claimed attendees attended the
    gathering the claim describes (its names found in the evidence, the sentence before, or the
    sentence of ``article`` that last reported a meeting before it).

    The attendees are the people the claim names, or, for a group ("Hamas leaders"), a
    capitalised word the claim uses for it ("... the meeting also included Hamas Leadership
    Council head Muhammad Darwish"). "The meeting also included ..." is about the meeting the
    article last reported: "mediators ... met Tuesday in Cairo", three sentences up, not the
    meeting with Tony Blair that it reports further down.
    """
    if not _REPORTS_ATTENDANCE.search(evidence) or _DENIED.search(evidence):
        return False
    in_evidence = folded_words(evidence)
    nearby = in_evidence | folded_words(before or "") | folded_words(_last_meeting(article, evidence))
    named = [w for w in _NAME_WORD.findall(attendance.gathering) if len(w) > 2]
    if attendance.attendees:
        not_owners = folded_words(_OWNER.sub(" ", evidence))
        attending = all(mentioned(name, not_owners) for name in attendance.attendees)
    else:
        attending = any(fold(_bare(w)) in in_evidence for w in _NAME_WORD.findall(attendance.who))
    return attending and all(fold(_bare(w)) in nearby for w in named)


# "The Cairo meeting came two days after a senior Hamas delegation met ...": what follows is
# another event, at another time.
_ANOTHER_TIME = re.compile(
    r"\b(?:(?:\w+\s+)?(?:hours?|days?|weeks?|months?)\s+)?(?:after|before|following|ahead of|prior to)\b",
    re.IGNORECASE,
)


def elsewhere(attendance: Attendance, evidence: str) -> str:
    """The words that set another event apart ("two days after") if ``evidence`` names a
    gathering and then mentions those the claim says attended it only in that other event, else
    "": "The Cairo meeting came two days after a senior Hamas delegation met Egyptian
    intelligence chief Hassan Rashad" says where Hamas was two days before the Cairo meeting,
    not that it was at it."""
    apart = _ANOTHER_TIME.search(evidence)
    if not apart or not _MET.search(evidence, 0, apart.start()):
        return ""
    words = {fold(_bare(w)) for w in _NAME_WORD.findall(attendance.who) if not w.isupper()}
    if not words or words & folded_words(evidence[: apart.start()]) or not words & folded_words(evidence):
        return ""
    return apart.group()


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


_MET = re.compile(rf"\b(?:met|meet|meets|{_GATHERING})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _last_meeting(article: str | None, evidence: str) -> str:
    """The last sentence of ``article`` before ``evidence`` that reports a meeting, if any."""
    return next(reversed(_meeting_sentences(article, evidence)), "")


def _meetings_before(article: str | None, evidence: str) -> str:
    """Every sentence of ``article`` before ``evidence`` that reports a meeting, as one text."""
    return " ".join(_meeting_sentences(article, evidence))


def _meeting_sentences(article: str | None, evidence: str) -> list[str]:
    if not article or (at := article.find(evidence)) <= 0:
        return []
    earlier = _SENTENCE_END.split(article[:at].strip())
    return [sentence for sentence in earlier if _MET.search(sentence)]
