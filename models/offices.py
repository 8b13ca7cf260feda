"""What a claim says a named person is, and what an evidence sentence calls that person.

    claim:    "Hassan Rashad holds the rank of major general"
    evidence: "... attendees included the head of Egyptian General Intelligence, Major General
               Hassan Rashad, Qatari Prime Minister ..."
    office:   Hassan Rashad: 'major general'
    title:    'head of Egyptian General Intelligence Major General'

News names people by their office ("Egypt's intelligence chief Hassan Rashad", "Majd Faraj, head
of the PA's General Intelligence,"), and claims about who holds which office are common and easy
to get wrong. A small cross-encoder reads "Egypt's intelligence chief Hassan Rashad met ..." as
support for "Hassan Rashad is Egypt's foreign minister" (the sentence is about him, and most of
the words are there), and misses that "Major General Hassan Rashad" says he holds that rank.
This module reads the title a sentence puts right beside a name: the words before it that belong
to an office, and an appositive after it (or before it) set off by commas. News names outlets the
same way ("Turkish news site The Daily Sabah", "Saudi newspaper Asharq Al-Awsat"), so what and
whose an outlet is reads as its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models import people

# Words an office is made of that are not capitalised: a title, what it heads, or a word that
# makes it another office. Capitalised words and possessives beside a name belong to its title
# too ("Egypt's", "General Intelligence Service Director").
TITLE_WORDS = frozenset({
    "chairman", "chairwoman", "chair", "president", "minister", "premier", "chancellor", "head", "chief", "director",
    "leader", "commander", "spokesperson", "spokesman", "spokeswoman", "secretary", "ambassador",
    "governor", "mayor", "envoy", "speaker", "general", "adviser", "advisor", "king", "queen",
    "prince", "emir", "sheikh", "senator", "judge", "editor", "founder", "member", "officer", "coordinator",
    # What an outlet is: "Turkish news site The Daily Sabah", "Saudi newspaper Asharq Al-Awsat".
    "newspaper", "site", "website", "outlet", "channel", "broadcaster",
})  # fmt: skip
OFFICE_WORDS = TITLE_WORDS | {
    "deputy", "vice", "former", "acting", "assistant", "interim", "senior", "top", "prime", "foreign",
    "defence", "defense", "interior", "finance", "intelligence", "spy", "security", "military",
    "political", "armed", "major", "bureau", "council", "service", "ministry", "wing",
    "affairs", "diplomatic", "national", "official", "news", "of", "for", "the",
}  # fmt: skip
"""Every word a title beside a name may be made of, capitalised or not."""
# Capitalised at the start of a sentence, never part of a title ("While Foreign Minister ...").
_OPENERS = frozenset({"while", "as", "but", "when", "after", "before", "meanwhile", "however", "then", "since", "if"})
MODIFIERS = frozenset({"deputy", "vice", "former", "acting", "assistant", "interim", "ex"})
"""Words before a title that make it another office: a deputy chairman is not the chairman."""
# Military ranks: a rank and an office are two facts ("Major General Hassan Rashad" is also
# "Egypt's intelligence chief"), so one never counts against the other.
RANKS = frozenset({"general", "major", "colonel", "lieutenant", "brigadier", "admiral", "captain", "sergeant"})
# Words that say nothing about which office, and spellings of one word.
_FILLER = frozenset({
    "the", "a", "an", "of", "for", "on", "and", "its", "his", "her", "their", "official", "also", "both", "s",
    "service", "organization", "organisation", "agency", "directorate", "news",
    # Part of a body's name more than of an office: Türkiye's intelligence chief heads its
    # National Intelligence Organization.
    "national",
})  # fmt: skip
_SAME = {
    "chief": "head", "director": "head", "heads": "head", "leads": "leader", "chairs": "chairman", "runs": "head",
    "advises": "adviser", "matters": "affairs",
    "chair": "chairman", "spy": "intelligence", "defense": "defence", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "advisor": "adviser", "türkiye": "turkey", "turkish": "turkey",
    "newspaper": "outlet", "site": "outlet", "website": "outlet", "channel": "outlet", "broadcaster": "outlet",
}  # fmt: skip

# Verbs that say a person holds an office, read as the office (``_SAME``): "Kalin runs Türkiye's
# intelligence agency" says he is its head, "Khalidi advises Abbas on diplomatic matters" his adviser.
_HEADS = ("heads", "leads", "chairs", "runs", "advises")

_NAME = r"[A-Z][\w'-]+(?:\s+(?:al-|el-|bin\s+|bint\s+|de\s+|van\s+|von\s+)?[A-Z][\w'-]+)+"
# "<Name> is / serves as / holds the (military) rank of / heads <office>", the office running to the end.
_OFFICE_CLAIM = re.compile(
    rf"(?P<name>{_NAME})\s+(?:also\s+|still\s+|now\s+)?"
    r"(?P<verb>is|was|serves as|served as|holds the (?:[a-z]+ )?(?:rank|post|position|title|office) of"
    rf"|{'|'.join(_HEADS)})"
    r"\s+(?P<office>[^,;]+?)\s*\.?$"
)
# "<Name> attended the talks as Türkiye's foreign minister", "... in his role as ...": the office a
# person held at an event. Only after a verb of taking part, so that "as" is that office.
_OFFICE_AT_EVENT = re.compile(
    rf"(?P<name>{_NAME})\s+(?:attended|represented|joined|took part|participated|spoke|appeared|led|headed)\b"
    r"[^,;]*?\b(?:in (?:his|her|their) (?:role|capacity) )?as\s+(?P<office>[^,;]+?)"
    r"(?:\s+(?:rather than|instead of|and not|not|in|at|on|during|to|with|for)\b.*)?\s*\.?$"
)
# "Al-Ain cited Tamim Khallaf as the official spokesperson for ...": the office a source gives
# a person it cites.
_OFFICE_CITED = re.compile(
    rf"\b(?:cited|quoted|named|described|identified|introduced)\s+(?P<name>{_NAME})\s+as\s+(?P<office>[^,;]+?)"
    r"(?:\s+(?:rather than|instead of|and not|not)\b.*)?\s*\.?$"
)
_BRACKETED_ACRONYM = re.compile(r"\s*\((\w*[A-ZÇĞİÖŞÜ]{2,}\w*)\)")
# "The head of Turkey's spy agency is Ibrahim Kalin": the office first, the name closing the claim.
_OFFICE_FIRST = re.compile(rf"^(?P<office>[^,;]+?)\s+(?P<verb>is|was)\s+(?P<name>{_NAME})\s*\.?$")
_WORD = re.compile(r"[\w'-]+")
_ANOTHER_NAME = re.compile(r"\b(?:known|called|named|dubbed|nicknamed|renamed)\b", re.I)
_PARTICLES = frozenset({"al-", "el-", "bin", "bint"})
_LAST_WORD = re.compile(r"[\w'-]+\s+$")
# What a sentence says a person is, after their name (and any dates in brackets).
_PREDICATE = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:is|was|has been|had been|serves as|served as|became|remains)\s+(?P<office>[^,;.()]+)"
)
_TITLE_OF = re.compile(r"\b(?:the |a |an )?(?:" + "|".join(sorted(TITLE_WORDS)) + r")\b(?:\s+of\b.*)?$", re.I)


@dataclass(frozen=True, slots=True)
class Office:
    """A claim that the person ``name`` holds an office (or a rank), as the words it is made of."""

    name: str
    written: str
    words: frozenset[str]

    @property
    def titled(self) -> bool:
        """Whether news says it in a title beside the name: an office or a rank is ("Foreign
        Minister Gideon Sa'ar"); being a founder or a member is said by verbs too ("founded by",
        "joined")."""
        return bool(self.words & (_TITLE_LIKE - {"founder", "member"}))

    @property
    def is_rank(self) -> bool:
        return "rank" in self.written.split() or bool(self.words & RANKS and not self.words - RANKS - _TITLE_LIKE)


def _apostrophes(text: str) -> str:
    return text.replace("’", "'")


def _normal(word: str) -> str:
    word = re.sub(r"'s?$", "", word.lower())
    word = _SAME.get(word, word)
    return word[:-1] if word.endswith("s") and word[:-1] in TITLE_WORDS else word  # "council members"


# Offices named by what their holder is: a country's head of government is its prime minister,
# its top diplomat its foreign minister.
_DESCRIBED = (
    (re.compile(r"\bhead of government\b", re.I), "prime minister"),
    (re.compile(r"\b(?:top|chief) diplomat\b", re.I), "foreign minister"),
)


def _words(text: str) -> frozenset[str]:
    for described, office in _DESCRIBED:
        text = described.sub(office, text)
    return frozenset(w for w in (_normal(t) for t in _WORD.findall(_apostrophes(text))) if w and w not in _FILLER)


# The title words as ``_words`` spells them ("chief" as "head").
_TITLE_LIKE = frozenset(_normal(w) for w in TITLE_WORDS)


_ASIDE = re.compile(r",\s+(?:who|which)\b[^,]*,\s*")


def claimed_office(claim: str) -> Office | None:
    """The office the claim says a named person holds, or None if it says no such thing.

    A title the claim puts before the name belongs to the office too ("Egyptian intelligence head
    Hassan Rashad holds the rank of major general"): the evidence must give both.
    """
    # "Tony Blair, who met Hussein al-Sheikh, is ...": what the claim adds between commas is not
    # the office it gives.
    claim = _ASIDE.sub(" ", _apostrophes(claim.strip()))
    match = _OFFICE_CLAIM.search(claim)
    if not match:
        return _office_at_event(claim) or _office_first(claim)
    office, verb = match["office"], match["verb"]
    if not _is_office(office, verb):
        return None
    words = _words(office) | ({_normal(verb)} if verb in _HEADS else set())
    before = _title_before(claim[: match.start("name")])
    written = f"{before} ... {verb} {office}" if before else f"{verb} {office}"
    return Office(match["name"], written, words | _words(before))


# "Qatar's prime minister also holds the post of foreign minister": two offices held by one
# person, named only by whose offices they are.
_BOTH_OFFICES = re.compile(
    r"^(?P<owner>[A-Z][\w-]*)'s\s+(?P<first>[a-z][a-z ]*?)\s+"
    r"(?:also holds the (?:post|office|position|role|title) of|doubles as|is also|also serves as|also acts as)\s+"
    r"(?:the country's\s+|its\s+|the\s+|a\s+)?(?P<second>[a-z][a-z ]*?)\s*\.?$"
)


def both_offices(claim: str, evidence: str) -> str:
    """The title in ``evidence`` that gives one person both the offices a claim says are held
    together ("Qatar's Prime Minister and Foreign Minister" for "Qatar's prime minister also
    holds the post of foreign minister"), else "". Whose they are may be said either way
    ("Qatari Prime Minister and Foreign Minister")."""
    match = _BOTH_OFFICES.match(_apostrophes(claim.strip()))
    if not match or not (_is_office(match["first"]) and _is_office(match["second"])):
        return ""
    first, second = (r"\s+".join(map(re.escape, match[part].split())) for part in ("first", "second"))
    title = re.compile(rf"\b(?P<whose>\w+)(?:'s)?\s+(?:{first}\s+and\s+{second}|{second}\s+and\s+{first})\b", re.I)
    owner = match["owner"].lower()
    for found in title.finditer(_apostrophes(evidence)):
        if _matches(owner, frozenset({found["whose"].lower()})):  # "Qatar", "Qatari"; not "UK" for "Ukraine"
            return found.group()
    return ""


def titles_given(claim: str) -> list[Office]:
    """The offices a claim gives people in passing, by a title beside their name ("Türkiye was
    represented at the talks by its foreign minister, Ibrahim Kalin"), read as ``title`` reads
    an evidence sentence. Not what an outlet is ("Qatari newspaper Asharq Al-Awsat"): where it
    is from is the claim's to check (``checks._origins``)."""
    found = []
    for name in people.people(_apostrophes(claim)):
        given = title(claim, name)
        office = Office(name, f"'{given}'", _words(given))
        if given and office.titled and "outlet" not in office.words:
            found.append(office)
    return found


def _office_at_event(claim: str) -> Office | None:
    """The office a claim says a person held at an event ("Ibrahim Kalin attended the talks as
    Türkiye's foreign minister"), or that a source gave a person it cited ("Al-Ain cited Tamim
    Khallaf as the official spokesperson for ..."), if it is a title: "joined the talks as a
    member of the delegation" or "as an observer" is a part played there, which a title elsewhere
    need not give."""
    match = _OFFICE_AT_EVENT.search(claim) or _OFFICE_CITED.search(claim)
    if not match or not _is_office(match["office"]):
        return None
    found = Office(match["name"], f"as {match['office']}", _words(match["office"]))
    return found if found.titled else None


def _office_first(claim: str) -> Office | None:
    """The office a claim names before the person who holds it ("Egypt's intelligence chief is
    Hassan Rashad"), if it is a title."""
    match = _OFFICE_FIRST.match(claim)
    if not match or not _is_office(match["office"]):
        return None
    office = re.sub(r"^The\b", "the", match["office"])
    found = Office(match["name"], f"{match['verb']} {office}", _words(office))
    return found if found.titled else None


def _is_office(office: str, verb: str = "is") -> bool:
    """Whether the words after "is" (or "heads", ...) name an office: not "is weighing the ouster
    of FBI Director Kash Patel", "is also known as ..." or "was also at the meeting"."""
    first = office.split()[0].lower() if office.split() else ""
    if first.endswith(("ing", "ed")) or len(office.split()) > 10 or _ANOTHER_NAME.search(office):
        return False
    return bool((_words(office) | ({_normal(verb)} if verb in _HEADS else set())) & _TITLE_LIKE)


def _title_before(text: str) -> str:
    """The words just before a name, in its clause, that belong to its title ("Egypt's
    intelligence chief" in "... met Egypt's intelligence chief ")."""
    clause = re.split(r"[,;:()\"“”]", text)[-1]
    words = _WORD.findall(clause)
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.lower() == "and":
            # "Prime Minister and Foreign Minister": one person's titles; "Rashad and Qatar's": a list.
            if i == 0 or words[i - 1].lower() not in TITLE_WORDS:
                break
        elif word.lower() in _OPENERS or not _may_be_in_title(word):
            break
        kept.insert(0, word)
    while kept and kept[0].lower() in ("of", "for", "the", "and"):
        kept.pop(0)
    return " ".join(kept)


def _may_be_in_title(word: str) -> bool:
    """Capitalised, a possessive ("Egypt's") or an office word, in any number ("council members")."""
    return word[0].isupper() or word.endswith("'s") or _normal(word) in OFFICE_WORDS


def _appositive(text: str) -> str:
    """The words between commas beside a name, if they are a title ("head of the PA's ...")."""
    words = _WORD.findall(text)
    if not words or len(words) > 10 or not any(w.lower() in TITLE_WORDS for w in words):
        return ""
    first = words[0]
    if first[0].isupper() or first.lower() in OFFICE_WORDS or first.lower() in ("a", "an"):
        return " ".join(words)
    return ""


def title(evidence: str, name: str) -> str:
    """What ``evidence`` calls the person ``name`` (matched by surname), or "" if it gives no title.

    Only the words that touch the name count: a title before it, an appositive after it
    ("Majd Faraj, head of ..., and"), or one before it ("the head of Turkish intelligence, Ibrahim
    Kalin"), never the rest of the sentence.
    """
    # An acronym in brackets is part of the title it follows: "National Intelligence Organization (MİT) Director".
    evidence = _BRACKETED_ACRONYM.sub(r" \1", _apostrophes(evidence))
    found = _named(evidence, name)
    if not found:
        return ""
    # The rest of the name, as written ("Hasan Mahmud Rashad"), is not part of the title.
    start = found.start()
    while (previous := _name_part_before(evidence[:start])) and (
        previous.group().startswith("The ") or previous.group().split()[0].lower() not in OFFICE_WORDS
    ):
        start = previous.start()
    before, after = evidence[:start], evidence[found.end() :]
    prefix = _title_before(before)
    parts = [prefix]
    if after.startswith(","):
        parts.append(_appositive(after[1:].split(",")[0]))
    elif (predicate := _PREDICATE.match(after)) and _is_office(predicate["office"]):
        parts.append(predicate["office"].strip())  # "Richard Milhous Nixon (1913 – 1994) was the 37th president"
    # Before the title (if any) a comma: "the head of Turkish intelligence, Ibrahim Kalin".
    ahead = before.rstrip()
    ahead = ahead[: ahead.rfind(prefix)].rstrip() if prefix else ahead
    if ahead.endswith(","):
        # The last of a list may be one too: "..., and the head of Turkish intelligence, Ibrahim Kalin".
        segment = re.sub(r"^\s*and\s+", "", ahead[:-1].split(",")[-1])
        run = _title_before(segment)
        of = _TITLE_OF.search(segment)
        # Never the one before in a list ("..., Major General Hassan Rashad, Qatari Prime Minister ...").
        if not people.people(segment):
            parts.append(run if _TITLE_LIKE & _words(run) else _appositive(of.group()) if of else "")
    described = " ".join(p for p in parts if p)
    return described if _words(described) & _TITLE_LIKE else ""


def names(evidence: str, name: str) -> bool:
    """Whether ``evidence`` names ``name``, as ``title`` finds it ("Sa’ar", "Hasan Mahmud Rashad")."""
    return _named(_apostrophes(evidence), name) is not None


def _named(evidence: str, name: str) -> re.Match[str] | None:
    """Where ``evidence`` names ``name``: the whole name ("Al-Ain News"), else the surname alone
    ("Hasan Mahmud Rashad" for "Hassan Rashad"), accents aside, if it is no office word ("News")."""
    name = _apostrophes(name)
    unaccented = people.unaccented(evidence)
    surname = name.split()[-1]
    found = _find(people.unaccented(name), unaccented) or (
        _find(people.unaccented(surname), unaccented) if surname.lower() not in OFFICE_WORDS | _FILLER else None
    )
    return found if found and len(found.group()) >= 4 else None


def _find(name: str, text: str) -> re.Match[str] | None:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)


def _name_part_before(text: str) -> re.Match[str] | None:
    """The word that ends ``text`` if it may be part of a name: capitalised, in any alphabet
    ("İbrahim"), or a particle ("al-", "bin")."""
    word = _LAST_WORD.search(text)
    return word if word and (word.group()[0].isupper() or word.group().split()[0] in _PARTICLES) else None


def _matches(word: str, among: frozenset[str]) -> bool:
    """``word`` or a longer form of it ("egypt" in "egyptian", "israel" in "israeli")."""
    return any(word == w or (min(len(word), len(w)) >= 5 and (w.startswith(word) or word.startswith(w))) for w in among)


def fits(office: Office, described: str) -> bool | None:
    """Whether a title fits the office a claim gives: True when it gives every word of it (and no
    word such as "deputy" that makes it another office), False when it calls the person something
    else, None when it says too little to tell.

    Something else is a title with words of its own while the claimed office's are missing ("spy
    chief" for "foreign minister"), or another rank for a rank. A rank never counts against an
    office, nor an office against a rank.
    """
    title_words = _words(described)
    missing = {w for w in office.words if not _matches(w, title_words)}
    # A number is no other office: "37th" may be the claim's "thirty seventh".
    extra = {w for w in title_words if not _matches(w, office.words) and not any(c.isdigit() for c in w)}
    if not missing:
        return not (extra & MODIFIERS)
    if office.is_rank:
        return False if extra & RANKS else None
    return False if extra - RANKS else None
