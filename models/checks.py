"""Structured checks that compare what a claim and an evidence sentence say about numbers,
dates, places, people, titles and negation, and say so in words a reader can verify.

    claim:    "Israel lets 600 aid trucks into Gaza a day"
    evidence: "Israel is allowing no more than 200 aid trucks into Gaza per day"
    reason:   "quantity: claim 600 trucks/day vs evidence at most 200 trucks/day"

A check only compares like with like (the same counted noun, rates over any period per day,
the same month), so an unrelated number never counts against a claim. The checks explain and
veto; deciding that a sentence contradicts a claim stays with the stance model (see ``apply``),
except where the sentence denies the claim in so many words (``Reason.denies``): a bound the
claim breaks, another share of the same things, another title beside the person's name, a
statement that they took no part, a place that lies apart from the claim's, another day for the
one event, another nationality for the same thing, what the claim rules out said in its stead,
some who lived where the claim says all were killed.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import models.stance
from models import attendance, offices, organisations, people, places, ratios
from models.people import CALENDAR_NAMES, fold
from models.stance import Stance, StanceModel

Bound = Literal["exactly", "at most", "at least", "about"]
Kind = Literal[
    "quantity",
    "count",
    "plan",
    "date",
    "weekday",
    "period",
    "order",
    "place",
    "origin",
    "name",
    "role",
    "attendance",
    "negation",
    "course",
    "stage",
    "stance",
    "contrast",
    "recipient",
    "fate",
    "direction",
    "wording",
    "meaning",
]

# Denials that may be said of anything ("on Tuesday", "in Cairo", "would continue"): they
# contradict only a sentence on the claim's topic (``conflicts``).
_ON_TOPIC_ONLY: frozenset[Kind] = frozenset(
    {"weekday", "period", "order", "place", "origin", "course", "stage", "stance", "contrast", "recipient", "fate"}
)
# Denials the small model cannot read, so they stand whatever it says (``apply``).
_WHATEVER_THE_MODEL_SAYS: frozenset[Kind] = frozenset({
    "role", "place", "weekday", "order", "origin", "stage", "stance", "contrast", "recipient", "fate", "direction",
})  # fmt: skip
# What disagrees without being a conflict takes a sentence's support away (``apply``).
_TAKES_SUPPORT_AWAY: frozenset[Kind] = _ON_TOPIC_ONLY | {"plan", "role", "name", "count", "direction"}
# What only says the sentence is about something else, or says nothing of the claim: unless it
# denies it, it explains no contradiction.
_SAYS_NOTHING_OF_IT: frozenset[Kind] = frozenset({"name", "count", "stage", "contrast"})

_BOUNDS: tuple[tuple[Bound, re.Pattern[str]], ...] = (
    ("at most", re.compile(r"(no more than|not more than|at most|up to|fewer than|less than|under|only|just)\s*$")),
    (
        "at least",
        re.compile(r"(more than|over|at least|exceeding|exceeded|upwards of|above|passed|surpassed|topped)\s*$"),
    ),
    ("about", re.compile(r"(about|around|nearly|almost|some|roughly|approximately|an estimated)\s*$")),
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Numbers written as words, as digits: "a third" and "1/3" say the same. ("one" is left out:
# "no one", "one of them".)
_IN_DIGITS = {
    "a third": "1/3", "one third": "1/3", "two thirds": "2/3", "a quarter": "1/4", "three quarters": "3/4",
    "half": "1/2", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}  # fmt: skip
# Longest first: "two thirds", not "two"; written with a hyphen too ("two-thirds").
_NUMBER_WORDS = "|".join(w.replace(" ", r"[\s-]") for w in sorted(_IN_DIGITS, key=len, reverse=True))
_NUMBER_WORD = re.compile(rf"\b({_NUMBER_WORDS})\b", re.IGNORECASE)
_NUMBER = re.compile(
    # Never part of a word ("Covid-19", "2023-24") or an exponent ("10^6"); a minus sign only
    # where it cannot be a hyphen ("-5 degrees").
    r"(?<![\w.^])(?<!\w-)(?:(?P<sign>[-\u2212](?=\d))?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:/(?P<den>\d+))?|(?P<word>"
    + _NUMBER_WORDS
    + r"))(?:\s+(?P<scale>thousand|million|billion|trillion))?(?![\w])",
    re.IGNORECASE,
)
# Words that make a number something agreed, due or foreseen rather than something done: "600
# trucks were to enter under the deal" is not evidence that 600 trucks enter.
_PLANNED = re.compile(
    r"\b(?:agreed|provides? for|provided for|allows? for|allowed for|calls? for|called for|pledge[ds]?|"
    r"promise[ds]?|quotas?|planned|plans? to|aims? to|targets?|require[ds]?|stipulate[ds]?|supposed to|meant to|"
    r"expected to|scheduled to|set to|were to|was to|should|would|will|shall|must)\b",
    re.IGNORECASE,
)
# Where the words around a number stop speaking about it: "600 were to enter, but Israel ...".
_TURN = re.compile(r";|\b(?:but|however|while|whereas|although)\b", re.IGNORECASE)
_RATE = re.compile(
    r"\b(?:per|a|each|every)\s+(?P<unit>day|week|month|year|hour)\b|\b(?P<adverb>daily|weekly|monthly|yearly|annually|hourly)\b",
    re.IGNORECASE,
)
# Days in each period a rate is given per, to compare "600 trucks a day" with "4,200 a week".
_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
_ADVERB_UNIT = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "hourly": "hour",
}
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_DATE = re.compile(
    r"\b(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?!\d)|\b(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8})\b"
)
# "in Cairo", "at Kerem Shalom", "inside the Gaza Strip": a place where something happened. Months and
# weekdays follow "in" and "on" too, but they are dates, not places.
# A direction before the name is part of the place: "southern Israel" is not "northern Israel".
_PLACE = re.compile(
    r"\b(?:in|at|inside)\s+(?:the\s+)?(?P<place>(?:(?:north|south)?(?:east|west)?(?:ern)?\s+|central\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -](?:al-)?[A-Z][a-z]+)*))"
)
# "to Hadassah hospital", "at the Abu Kabir Forensic Institute": a named facility something was
# taken to or done at, which ``models.places`` tells from another by its name.
_FACILITY = re.compile(
    r"\b(?:to|at|in)\s+(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+)?(?P<place>(?:[A-Z][\w'’-]+\s+){1,4}"
    rf"(?:{places.FACILITY.pattern}))\b"
)
_PLACE_REACH = 4  # words before a place that say what it is the place of ("monitoring centre in ...")
_SUBJECT_REACH = 15  # words of what is set beside a body's name that may place it
_PURPOSE = re.compile(r"\s+for\s+[\w-]+")
_NOT_PLACES = CALENDAR_NAMES | {
    "The", "This", "That", "Which", "Such", "Addition", "Order", "Total", "Fact", "Particular", "General",
}  # fmt: skip
_NEGATION = re.compile(
    r"\b(not|no|never|none|nobody|neither|nor|denied|denies|deny|refused|without|fail(?:s|ed|ing)? to|n't)\b|n't\b",
    re.I,
)
_TOKEN = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")
# Between counted things and the participle that says what became of them.
_BEFORE_STATE = {"are", "is", "were", "was", "have", "has", "had", "been", "being", "be", "still", "now", "reportedly"}
_PARTICIPLE = re.compile(r"[a-z]{3,}ed")
# A participle just before a number, bound words aside: "killed more than 70,000", "wounded over".
_VERB_BEFORE = re.compile(
    r"\b([a-z]{3,}ed)\s+(?:(?:no|not|more|fewer|less|than|over|at|least|most|about|around|nearly|almost|some|"
    r"roughly|approximately|an|estimated|up|to|under|only|just|a|group|of)\s+)*$"
)
_EITHER = re.compile(r"\b([a-z]{3,}ed) or ([a-z]{3,}ed)\s+(?:[a-z]+\s+){0,2}$")  # "... or captured more than"
# Words between a number and the noun it counts ("600 trucks of aid", "600 aid trucks").
# Words before the counted noun that say nothing of what it is: "half of the daily aid trucks".
_SKIP = {"of", "the", "a", "an", "aid", "humanitarian", "more", "fewer", "less", "other", "new", "additional", "extra"}
_SKIP |= set(_ADVERB_UNIT)
# Words that end the counted noun ("600 trucks into Gaza", "342 Palestinians since October").
_STOP = {
    "the",
    "an",
    "in",
    "into",
    "to",
    "for",
    "and",
    "or",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "per",
    "each",
    "every",
    "a",
    "day",
    "days",
    "daily",
    "since",
    "after",
    "before",
    "on",
    "at",
    "by",
    "with",
    "from",
    "that",
    "who",
    "which",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "than",
    "as",
    "of",
}
_COMMON = {
    "were",
    "have",
    "been",
    "that",
    "this",
    "with",
    "from",
    "they",
    "their",
    "there",
    "which",
    "would",
    "could",
    "should",
    "into",
    "than",
    "also",
    "said",
    "says",
    "will",
    "what",
    "when",
    "more",
    "most",
    "some",
    "such",
}
_CLAUSE = re.compile(r"[;:,]|\b(?:but|however|while|whereas)\b", re.I)
# A bound such as "no more than" is not a negation of the statement.
_BOUND_PHRASES = re.compile(r"\b(no|not) (more|fewer|less) than\b", re.I)
# "More than 70,000" in news means a little over 70,000, not any larger number.
_OPEN_BOUND_SPAN = 1.5


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    bound: Bound
    nouns: tuple[str, ...]
    rate: str | None
    text: str
    spelled: bool = False  # written in words ("ten"), which counts less surely than digits
    planned: bool = False  # agreed, due or foreseen ("were to enter"), not reported as done
    state: str | None = None  # what is said of the counted things after them ("fighters are trapped")
    # Two states the count covers together ("killed or captured 17 fighters"): of either alone
    # it gives only an upper bound.
    either: tuple[str, ...] = ()
    verb: str | None = None  # the participle before the number ("killed more than 70,000 people")

    @property
    def share(self) -> bool:
        """A part of a whole ("1/3 of the trucks", "half"), never comparable with a count."""
        return _is_share(self.text)

    @property
    def counts(self) -> set[str]:
        """The counted nouns, singular, for matching "truck" with "trucks", and in one word where
        outlets use several for the same people ("militants", "terrorists" as "fighter")."""
        return {_ONE_WORD_FOR.get(_singular(noun), _singular(noun)) for noun in self.nouns}

    def describe(self) -> str:
        noun = self.nouns[-1] if self.nouns else ""
        if self.spelled or self.share:  # as written: "1/3", "half", not "0.333333"
            amount = self.text.lower()
        else:
            amount = f"{self.value:,.0f}" if self.value.is_integer() else f"{self.value:g}"
        bound = "" if self.bound == "exactly" else f"{self.bound} "
        of = "of " if self.share and noun else ""
        return f"{bound}{amount} {of}{noun}{'/' + self.rate if self.rate else ''}".strip()


# The words outlets choose between for the same people, by their politics more than by fact.
_ONE_WORD_FOR = {
    "militant": "fighter",
    "terrorist": "fighter",
    "gunman": "fighter",
    "gunmen": "fighter",
    "combatant": "fighter",
    "operative": "fighter",
    "captive": "hostage",
}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _counted(after: str) -> Quantity:
    """What the words ``after`` count, as a quantity of them with no number: "aid trucks a day"
    after "three times as many"."""
    return Quantity(0.0, "exactly", _counted_noun(after[:60]), None, "")


def _counted_noun(after: str) -> tuple[str, ...]:
    """Up to two words naming what a number counts: "17 Hamas fighters" -> ("hamas", "fighter")."""
    nouns: list[str] = []
    for token in _TOKEN.findall(after.lower()):
        if token in _SKIP and not nouns:
            continue
        if not token.isalpha() or token in _STOP or token in _MONTHS or len(nouns) == 2:
            break
        if nouns and _PARTICIPLE.fullmatch(token):
            break  # what became of them, or what they were: "200 fighters trapped", "trucks required"
        nouns.append(token)
    return tuple(nouns)


def _state(after: str, nouns: tuple[str, ...]) -> str | None:
    """The participle that says what became of the counted things, if it follows them:
    "trapped" in "200 fighters are still trapped", "killed" in "100 Palestinians have been killed"."""
    tokens = _TOKEN.findall(after.lower())
    if not nouns or nouns[-1] not in tokens:
        return None
    following = tokens[tokens.index(nouns[-1]) + 1 :]
    for i, token in enumerate(following):
        if token in _BEFORE_STATE:
            continue
        # "were supposed to enter" says what was due, not what became of them.
        modal = following[i + 1 : i + 2] == ["to"]
        return token if _PARTICIPLE.fullmatch(token) and not modal else None
    return None


def _same_fate(claimed: Quantity, reported: Quantity) -> bool:
    """Whether the two counts say the same became of what they count ("wounded", "have been
    wounded"), as far as the words around each number say."""
    reported_fates = " ".join(_fates(reported))
    return any(_says_of(reported_fates, fate) for fate in _fates(claimed))


def _fates(quantity: Quantity) -> set[str]:
    """What became of the counted things, as far as the words around the number say; a verb that
    bounds the count ("the toll passed 69,000") says nothing of it."""
    return {fate for fate in (quantity.state or quantity.verb, *quantity.either) if fate and fate not in _BOUNDING}


_BOUNDING = {"passed", "exceeded", "surpassed", "topped", "estimated"}


def _says_of(evidence: str, state: str) -> bool:
    """Whether ``evidence`` says ``state`` ("trapped") in any form ("trap", "trapping")."""
    stem = state[: max(4, len(state) - 3)]
    return any(word.startswith(stem) for word in _TOKEN.findall(evidence.lower()))


def quantities(text: str) -> list[Quantity]:
    """Numbers with the noun they count, their bound ("no more than") and rate ("per day"), and
    whether the sentence gives them as done or as agreed, due or foreseen."""
    found: list[Quantity] = []
    # "⅓" as "1/3": NFKC writes it with a fraction slash.
    text = unicodedata.normalize("NFKC", text).replace("\u2044", "/")
    for match in _NUMBER.finditer(text):
        before, after = text[: match.start()].lower(), text[match.end() :]
        if match["word"]:
            numerator, _, denominator = _digits_of(match["word"]).partition("/")
            value = float(numerator) / float(denominator or 1)
        else:
            value = float(match["num"].replace(",", ""))
            if match["den"]:
                value = value / float(match["den"]) if float(match["den"]) else value
            if match["sign"]:
                value = -value
        if match["scale"]:
            value *= _SCALE[match["scale"].lower()]
        if 1900 <= value <= 2100 and value.is_integer() and not match["scale"]:
            continue  # a year: the date check's business
        nouns = _counted_noun(after[:60])
        bound: Bound = next((name for name, pattern in _BOUNDS if pattern.search(before[-30:])), "exactly")
        rate = _RATE.search(after[:60])
        period = (rate["unit"] or _ADVERB_UNIT[rate["adverb"].lower()]).lower() if rate else None
        # What follows a share is said of the whole: "half of the aid trucks required by the
        # ceasefire" is a share let in, not a share required, and says nothing of its state.
        share = _is_share(match.group())
        said_after = "" if share else _TURN.split(after[:40])[0]
        planned = bool(_PLANNED.search(_TURN.split(before[-60:])[-1] + " " + said_after))
        state = None if share else _state(after[:60], nouns)
        either = _EITHER.search(before[-40:])
        verb = _VERB_BEFORE.search(before[-60:])
        if nouns in ((), ("others",)) and found and verb:
            # "killed 70,000 people ... and wounded over 170,700 others": the same things counted.
            nouns = found[-1].nouns
        found.append(
            Quantity(
                value,
                bound,
                nouns,
                period,
                match.group(),
                # "half", "a third": a share in words is as sure as "1/2" ("two" may count anything)
                bool(match["word"]) and not share,
                planned,
                state,
                either.groups() if either else (),
                verb[1] if verb else None,
            )
        )
    return found


# Nouns after a number that say how much, not what is counted: "66 percent", "200 times more".
_MEASURES = {"percent", "per", "times", "fold", "degree"} | set(_DAYS)


def _is_count(quantity: Quantity) -> bool:
    """Whether ``quantity`` counts things, in digits: "17,000 people", not "30 years", "66
    percent", "half" or "two"."""
    counted = _singular(quantity.nouns[0].lower()) if quantity.nouns else None
    return counted is not None and counted not in _MEASURES and not (quantity.spelled or quantity.share)


def _per_day(quantity: Quantity) -> Quantity:
    return dataclasses.replace(quantity, value=quantity.value / _DAYS[quantity.rate]) if quantity.rate else quantity


def _consistent(claim: Quantity, evidence: Quantity) -> bool:
    """Whether the two can both be true: their ranges overlap ("more than" spans a little over).

    Rates over different periods are compared per day, loosely: a month is not exactly 30 days.
    """
    tolerance = 0.1 if "about" in (claim.bound, evidence.bound) else 0.005
    if claim.rate and evidence.rate and claim.rate != evidence.rate:
        claim, evidence, tolerance = _per_day(claim), _per_day(evidence), 0.1
    close = abs(claim.value - evidence.value) <= tolerance * max(abs(claim.value), abs(evidence.value), 1)
    if close or (claim.bound == evidence.bound and claim.bound in ("at most", "at least")):
        return True  # two bounds the same way always overlap: "fewer than 250" fits "no more than 200"
    if evidence.bound == "at most":
        return claim.value <= evidence.value
    if claim.bound == "at most":
        return evidence.value <= claim.value
    if evidence.bound == "at least":
        return evidence.value <= claim.value <= evidence.value * _OPEN_BOUND_SPAN
    if claim.bound == "at least":
        return claim.value <= evidence.value <= claim.value * _OPEN_BOUND_SPAN
    return False


def _plan_reason(asserted: Quantity, reported: Quantity) -> Reason:
    planned, done = ("claim", "evidence") if asserted.planned else ("evidence", "claim")
    amount = (asserted if asserted.planned else reported).describe()
    return Reason("plan", False, f"plan: the {planned} gives {amount} as agreed or due, the {done} as done")


def _ratios(ratio: ratios.Ratio, evidence: str, found: list[Quantity], before: str | None) -> list[Reason]:
    """The share of what was agreed that the claim says is done (``models.ratios``), against the
    share the evidence reports: a share in so many words ("only allowed 1/3 of aid trucks"), or
    an amount done over the agreed amount that the claim, the evidence or the sentence before it
    gives ("no more than 200 aid trucks per day", after "600 trucks ... were supposed to enter
    daily"). Two ratios that cannot both hold deny the claim, as an explicit bound does."""
    same = [q for q in found + quantities(before or "") if q.counts & ratio.counts]
    agreed_reported = [q for q in same if q.planned and q.rate and not q.share]
    reasons = []
    if ratio.agreed is not None:
        # The agreed amount the claim gives, against the one the evidence gives.
        for reported in agreed_reported[:1]:
            agrees = _consistent(ratio.agreed, reported)
            verb = "matches" if agrees else "vs"
            text = f"quantity: claim agreed {ratio.agreed.describe()} {verb} evidence {reported.describe()}"
            reasons.append(Reason("quantity", agrees, text, denies=not agrees))
    done = next((q for q in found if q.counts & ratio.counts and not q.planned and (q.share or q.rate)), None)
    agreed = ratio.agreed or next(iter(agreed_reported), None)
    if done is None:
        return reasons
    if done.share:
        value, bound = (
            (1 - done.value, ratios.FLIPPED[done.bound]) if ratios.kept_out(evidence) else (done.value, done.bound)
        )
        reported_as = done.describe()
    elif agreed is not None:
        value, bound = _per_day(done).value / _per_day(agreed).value, done.bound
        reported_as = f"{done.describe()} of {agreed.describe()} agreed"
    elif ratio.factor == 0 and ratio.differs_by is None:
        value, bound, reported_as = 1.0, "at most", done.describe()  # some, of however many were agreed
    else:
        return reasons
    claimed_value = ratio.of(agreed, lambda q: _per_day(q).value)
    if claimed_value is None:
        return reasons
    agrees = _consistent(Quantity(claimed_value, ratio.bound, (), None, ""), Quantity(value, bound, (), None, ""))
    if (claimed_value == 0) != (value == 0):
        agrees = False  # "no more than 200 trucks a day" are some trucks: none fits only none
    verb = ("matches" if (claimed_value, ratio.bound) == (value, bound) else "consistent with") if agrees else "vs"
    text = f"quantity: claim {ratio.said} {verb} evidence {reported_as}"
    return [*reasons, Reason("quantity", agrees, text, exact=agrees, denies=not agrees)]


def _dates(text: str) -> dict[int, int]:
    """Month -> day for each "October 10" / "Oct. 10" / "10 October" in the text."""
    dates = {}
    for match in _DATE.finditer(text):
        month = (match["month"] or match["month2"]).lower()
        if month in _MONTHS:
            dates[_MONTHS[month]] = int(match["day"] or match["day2"])
    return dates


@dataclass(frozen=True, slots=True)
class Reason:
    kind: Kind
    agrees: bool
    text: str
    exact: bool = False  # the same number of the same thing at the same rate
    # The evidence says in so many words that the claim is false: the claim's number breaks an
    # explicit bound on the same rate or gives another agreed rate, the evidence gives the person
    # another office or rank, another day or a place apart for the one event, says those the
    # claim names as attending took no part, says a course holds that the claim says changed,
    # speaks of a start as still ahead that the claim says has come, says what the claim rules out
    # or another recipient of what was handed over, says some lived where the claim says all were
    # killed, or reports a share of what was agreed done that the claim's cannot be
    # (``models.ratios``).
    denies: bool = False
    spelled: bool = False  # a number written in words on either side: an unsure count ("the remaining two")
    # A place denial said of the very body the claim is about, which the evidence names, or another
    # nationality or place in a sentence that names the people the claim names: it holds however
    # far the rest of the sentence is from the claim's wording.
    of_subject: bool = False
    # A title the claim gives someone in passing ("... by its foreign minister, Ibrahim Kalin"):
    # another title denies the claim, the same one does not restate it (the claim is about
    # something else they did), but tells ``read_together`` the person holds that office.
    in_passing: bool = False
    # The evidence says nothing of it, where another sentence denies what the claim says of it
    # (``read_together``): it takes this sentence's support away, and explains no contradiction.
    unsaid: bool = False


def compare(
    claim: str,
    evidence: str,
    before: str | None = None,
    article: str | None = None,
    outlet: str | None = None,
    similarity: float | None = None,
) -> list[Reason]:
    """What the structured checks found when comparing ``evidence`` with ``claim``; ``before``,
    the sentence before the evidence, and ``article``, the news article it comes from, only for the
    people they may name ("The meeting was also attended by ..." after "... a meeting between al-Sheikh and
    Tony Blair"); ``outlet``, who published it, only for a claim about what an outlet reported;
    ``similarity``, the cosine similarity of the two's sentence embeddings where it is known, only
    for a sentence that says the claim in other words."""
    reasons = []
    evidence_quantities = quantities(evidence)
    evidence_values = {q.value for q in evidence_quantities}
    claim_quantities = quantities(claim)
    series = _series_on_the_day(claim, evidence)
    ratio = ratios.claimed(claim, claim_quantities, _PLANNED, _counted)
    if ratio:
        reasons.extend(_ratios(ratio, evidence, evidence_quantities, before))
    for asserted in claim_quantities:
        if ratio and asserted.text in ratio.numbers:
            continue  # a part of the ratio, not a count: "400 fewer", "half of the 600 agreed"
        # The same thing counted, over any period: ``_consistent`` compares rates per day, so
        # "600 trucks a week" disagrees with "600 trucks a day" and "4,200 a week" agrees.
        # Counts of the same noun in another state are other things: "200 fighters are still
        # trapped" is not a count to set against "it killed or captured 17 fighters".
        comparable = [
            q
            for q in evidence_quantities
            if asserted.counts & q.counts
            and asserted.share == q.share
            and (asserted.state is None or _says_of(evidence, asserted.state))
        ]
        # Of several counts of the same things, those of what the claim says became of them:
        # "wounded over 170,700 others" beside "killed more than 70,000 people".
        # A count of things that met another fate is of other things ("encountered a group of six
        # fighters" is not "killed three fighters"); one whose fate is not given may be of them.
        if _fates(asserted):
            comparable = [q for q in comparable if _same_fate(asserted, q)] or [q for q in comparable if not _fates(q)]
        if not comparable and series:
            # "While six more were engaged by IDF fire on Wednesday morning": the count of a series
            # names no noun; on the claim's day it counts what the claim counts.
            comparable = [q for q in evidence_quantities if not q.nouns and _in_digits(q.text).lower() in series]
        if not comparable and _is_count(asserted) and asserted.value not in evidence_values:
            # A sentence that gives no count of the things the claim counts, nor its number, cannot
            # confirm the count: "its attacks have killed at least 342 Palestinians" says nothing
            # of how many were wounded. It denies nothing either.
            reasons.append(Reason("count", False, f"count: the evidence gives no count of {asserted.describe()}"))
        for reported in comparable:
            if reported.either and sum(_says_of(claim, state) for state in reported.either) == 1:
                # "it had killed eight fighters" fits "it killed or captured 17 fighters"; "more
                # than 17 killed or captured" says nothing of how many were killed.
                if reported.bound == "at least":
                    continue
                reported = dataclasses.replace(reported, bound="at most")
            if asserted.planned != reported.planned:
                reasons.append(_plan_reason(asserted, reported))
                continue
            agrees = _consistent(asserted, reported)
            bounded = reported.bound in ("at most", "at least") and asserted.value != reported.value
            if agrees and asserted.bound == "exactly" and bounded:
                # A bound the claim's number fits does not give that number: "killed or captured
                # 17 fighters" allows "killed 15 fighters" and confirms nothing of it.
                text = f"count: the evidence gives only {reported.describe()}, not {asserted.describe()}"
                reasons.append(Reason("count", False, text))
            # Only numbers in digits lend support: "two" and "ten" count too many things that are
            # not counts ("two of them"), and held-out figures fell when they did.
            in_digits = not (asserted.spelled or reported.spelled)
            # One of a series on the claim's very day is the count the claim gives, in words or not.
            one_of_series = _in_digits(reported.text).lower() in series
            exact = asserted.value == reported.value and asserted.rate == reported.rate and (in_digits or one_of_series)
            verb = ("matches" if asserted.value == reported.value else "consistent with") if agrees else "vs"
            text = f"quantity: claim {asserted.describe()} {verb} evidence {reported.describe()}"
            # "No more than 200 trucks a day" against "600 trucks a day": an explicit bound on the
            # same rate of the same thing, which the claim breaks, denies it. So does another figure
            # for an agreed rate of exactly the same thing ("the deal called for 400 aid trucks a
            # day" against "under the deal, 600 aid trucks were to enter each day"): a deal sets one.
            # A bare count may be of another period or scope ("21 Gt from fossil fuels" beside "29
            # Gt from humans").
            bound_broken = reported.bound in ("at most", "at least") and asserted.rate == reported.rate
            terms_differ = asserted.planned and asserted.counts == reported.counts and in_digits
            rates = asserted.rate is not None and reported.rate is not None
            # Another share of exactly the same things ("1/3 of aid trucks" for "about half of the
            # aid trucks"): a share is of the whole, so two cannot both be true.
            other_share = asserted.share and asserted.counts == reported.counts
            denies = not agrees and ((rates and (bound_broken or terms_differ)) or other_share or one_of_series)
            reasons.append(
                Reason(
                    "quantity",
                    agrees,
                    text,
                    exact=agrees and exact,
                    denies=denies,
                    spelled=not in_digits,
                )
            )
    claim_dates, evidence_dates = _dates(claim), _dates(evidence)
    for month, day in claim_dates.items():
        if month in evidence_dates:
            other = evidence_dates[month]
            name = next(m for m, i in _MONTHS.items() if i == month and len(m) > 3).title()
            verb = "matches" if other == day else "vs"
            reasons.append(Reason("date", other == day, f"date: claim {name} {day} {verb} evidence {name} {other}"))
    reasons.extend(_weekdays(claim, evidence))
    reasons.extend(_periods(claim, evidence))
    reasons.extend(_order(claim, evidence))
    reasons.extend(_places(claim, evidence))
    reasons.extend(_occasions(claim, evidence))
    reasons.extend(_control(claim, evidence))
    reasons.extend(_majorities(claim, evidence))
    reasons.extend(_names(claim, evidence, before, article, outlet))
    roles = _roles(claim, evidence)
    reasons.extend(roles)
    if not roles:  # "Turkish news site The Daily Sabah" is read as a title first
        reasons.extend(_origins(claim, evidence))
    reasons.extend(_attendance(claim, evidence, before, article))
    reasons.extend(_negation(claim, evidence))
    reasons.extend(_changes_of_course(claim, evidence))
    reasons.extend(_stages(claim, evidence))
    reasons.extend(_stances_taken(claim, evidence))
    reasons.extend(_contrasts(claim, evidence))
    reasons.extend(_recipients(claim, evidence))
    reasons.extend(_survivors(claim, evidence))
    reasons.extend(_directions(claim, evidence))
    reasons.extend(_causes_of_death(claim, evidence))
    named = people.people(claim)
    if named and all(people.mentioned(name, people.folded_words(evidence)) for name in named):
        # Another nationality or a place apart, in a sentence that names everyone the claim is
        # about, is said of them, however far the rest of it is from the claim's wording ("Sa'ar
        # told a delegation of young German leaders ..." for "Sa'ar made his remarks to young
        # French leaders", 0.40).
        reasons = [
            dataclasses.replace(r, of_subject=True) if r.denies and r.kind in ("origin", "place") else r
            for r in reasons
        ]
    # Close wording vouches for no number: "600 aid trucks were to enter Gaza each day" reads as
    # near to "Israel is letting in more than half of the daily aid trucks required", and says
    # nothing of how many are let in. A count, a share or a ratio the claim gives must be found.
    counted = ratio is not None or any(_is_count(q) or q.share for q in claim_quantities)
    unconfirmed = counted and not any(r.kind == "quantity" and r.agrees for r in reasons)
    # Nor for a place: "Hamas stated that the remains belonged to a captive ..." is near to "the
    # Red Cross received the captive's remains in northern Gaza" and says nothing of where.
    placed = bool(_placed(claim)) and not any(r.kind == "place" and r.agrees for r in reasons)
    # A sentence that denies the claim does not say it, in any words.
    agreeing = not _disagreeing(reasons) and not any(r.denies for r in reasons)
    if agreeing and (_restates(claim, evidence) or _restates_after(claim, evidence, before)):
        reasons.append(Reason("wording", True, "wording: evidence restates the claim (every content word and number)"))
    elif agreeing and similarity is not None and similarity >= SAYS_IN_OTHER_WORDS and not (unconfirmed or placed):
        text = f"meaning: evidence says the claim in other words (similarity {similarity:.2f})"
        reasons.append(Reason("meaning", True, text))
    return list({reason.text: reason for reason in reasons}.values())  # a person two checks find unnamed, once


# Words that change what a claim asserts however short or common they are.
_QUANTIFIERS = {"all", "only", "every", "each", "none", "most", "some", "more", "less", "fewer"}


def _in_digits(text: str) -> str:
    return _NUMBER_WORD.sub(lambda m: _digits_of(m.group()), text)


def _digits_of(word: str) -> str:
    """A number written in words, in digits: "Two-thirds" as "2/3"."""
    return _IN_DIGITS[_spelled(word)]


def _is_share(number: str) -> bool:
    """Whether a number as written is a part of a whole: "1/3", "half", "two-thirds"."""
    return "/" in number or "/" in _IN_DIGITS.get(_spelled(number), "")


def _spelled(word: str) -> str:
    """A number in words as ``_IN_DIGITS`` spells it: "Two-thirds" as "two thirds"."""
    return re.sub(r"[\s-]+", " ", word.lower())


_WORD = re.compile(r"[a-z]+|\d+(?:[.,/]\d+)*")
# A sentence that opens by pointing back to people named in the sentence before.
_POINTS_TO_PEOPLE = re.compile(r"[\"'“‘]*(?:the two|both|he|she|they|his|her|their)\b", re.IGNORECASE)


# Short forms a restatement may use for what the claim writes out, or the other way round.
_FULL_MONTH = {number: max((name for name, n in _MONTHS.items() if n == number), key=len) for number in range(1, 13)}
_ABBREVIATED = {name: _FULL_MONTH[number] for name, number in _MONTHS.items()} | {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
    "thur": "thursday", "thurs": "thursday", "fri": "friday", "pct": "percent",
}  # fmt: skip
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _canonical(text: str) -> str:
    """One way of writing what may be written several: "1,200" as "1200", "Oct." as "october",
    "5%" and "5 per cent" as "5 percent", "three" as "3"."""
    text = _THOUSANDS.sub("", _in_digits(text.lower()))
    text = re.sub(r"\s?%|\bper cent\b", " percent", text)
    return re.sub(r"\b[a-z]+\b", lambda m: _ABBREVIATED.get(m.group(), m.group()), text)


def _essentials(text: str) -> set[str]:
    """Content words (singular), numbers (in digits) and quantifiers: what a restatement keeps."""
    words = _WORD.findall(_canonical(text))
    return {_singular(w) for w in words if (len(w) > 3 and w not in _COMMON) or w in _QUANTIFIERS or w[0].isdigit()}


def _restates(claim: str, evidence: str) -> bool:
    """Every content word, number and quantifier of the claim is in the evidence (in any order).

    Such a sentence says what the claim says, reworded at most ("For every captive body, Israel is
    to hand over ..." / "Israel is to hand over ... for every captive body"); only a negation or a
    number or date that disagrees could turn it against the claim, and those are checked first.
    """
    essentials = _essentials(claim)
    # A body may be named by its initials on one side ("the Red Cross", "the ICRC").
    missing = essentials - _essentials(evidence) - {_singular(w) for w in organisations.by_initials(claim, evidence)}
    return len(essentials) >= 3 and not missing


def _restates_after(claim: str, evidence: str, before: str | None) -> bool:
    """A restatement whose people are named, by any part of their names, in the sentence before,
    to which it points back: "The two also discussed the role of the PA in Gaza through a
    technocratic committee" after "... al-Sheikh stressed to Blair the need ..." restates
    "Hussein al-Sheikh and Tony Blair discussed a PA role in Gaza through a technocratic committee"."""
    if not before or not _POINTS_TO_PEOPLE.match(evidence):
        return False
    in_before = people.folded_words(before)
    named_before = {
        word for name in people.people(claim) if people.mentioned(name, in_before) for word in _essentials(name)
    }
    essentials = _essentials(claim)
    missing = essentials - _essentials(evidence)
    return len(essentials - missing) >= 3 and bool(missing) and missing <= named_before


def _mentions(text: str, place: str) -> bool:
    return place.lower() in text.lower()  # "Bat Galim beach" names "Bat Galim Beach"


_WEEKDAY = re.compile(rf"\b(?:{'|'.join(people.WEEKDAYS)})\b")
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|confirmed|wrote)\s+(?:\w+\s+)?on\s+$", re.I)
# A day that names which event the claim refers to ("Wednesday's clash", "the Wednesday
# engagement"), not when what it says happened.
_NAMES_AN_EVENT = re.compile(
    rf"\b(?:the\s+(?:{'|'.join(people.WEEKDAYS)})\s+(?!morning|afternoon|evening|night)[a-z]+"
    rf"|(?:{'|'.join(people.WEEKDAYS)})['’]s)\b"
)


# Words that place one event in time by another.
# "earlier this month", "later that day" date the one event, as "on Tuesday" does.
_SECOND_EVENT = re.compile(
    r"\b(?:before|after|since|until|(?:earlier|later)(?!\s+(?:this|that|today|on)\b)|following|previous|next|ago|again)\b",
    re.I,
)


def _one_event(claim: str, evidence: str) -> bool:
    """Whether neither side places a second event in time ("two days after ...", "again")."""
    return not (_SECOND_EVENT.search(claim) or _SECOND_EVENT.search(evidence))


# One of a series of events, by its count: "killed another five", "six more were engaged".
_NEXT_IN_SERIES = re.compile(rf"\banother\s+(\d+|{_NUMBER_WORDS})\b|\b(\d+|{_NUMBER_WORDS})\s+more\b(?! than)", re.I)


def _counts_in_series(text: str) -> set[str]:
    return {_in_digits(a or b).lower() for a, b in _NEXT_IN_SERIES.findall(text)}


def _series_on_the_day(claim: str, evidence: str) -> set[str]:
    """The counts of a series the evidence gives ("another five", "six more"), in digits, where it
    gives them on the day (and part of it) the claim gives and neither side places a second event
    in time: "six more were engaged by IDF fire on Wednesday morning" is the count of that
    morning's engagement, and "ten more fighters" engaged that morning are another count of it."""
    same = _days_of_events(claim) & _days_of_events(evidence)
    if not same or not _one_event(claim, evidence):
        return set()
    day = min(same)
    claimed_part, reported_part = _part_of_day(claim, day), _part_of_day(evidence, day)
    if claimed_part and reported_part and claimed_part != reported_part:
        return set()
    return _counts_in_series(evidence)


def _days_of_events(text: str) -> set[str]:
    """The weekdays ``text`` gives, less those on which something was said ("said on Tuesday")."""
    return {m.group() for m in _WEEKDAY.finditer(text) if not _SAID_ON.search(text, 0, m.start())}


# The part of a day: "Wednesday morning", "on Tuesday night". Evening and night overlap.
_PARTS_OF_DAY = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "evening"}


def _part_of_day(text: str, day: str) -> str | None:
    """The part of ``day`` that ``text`` gives, as one of ``_PARTS_OF_DAY``'s values."""
    found = re.search(rf"\b{day}\s+({'|'.join(_PARTS_OF_DAY)})\b", text, re.I)
    return _PARTS_OF_DAY[found[1].lower()] if found else None


def _weekdays(claim: str, evidence: str) -> list[Reason]:
    """A day of the week the claim gives ("met on Friday") against the one the evidence gives.

    Another day, or another part of the same day ("Wednesday morning" for "Wednesday evening"),
    takes support away, and denies the claim where neither side places a second event in time:
    "mediators ... met Tuesday in Cairo" for "The mediators' meeting in Cairo took
    place on a Friday". Where one does, the day may be the other event's ("two days after ... met
    on Sunday", "on the Sunday before the mediators' meeting"), so it only takes support away.
    A denial by a day is no conflict (``conflicts``): the sentence must be about the same thing
    to contradict, since the claim names no one it could be about.
    """
    claimed, reported = _days_of_events(claim), _days_of_events(evidence)
    if not claimed or not reported:
        return []
    one_event = _one_event(claim, evidence)
    if same := claimed & reported:
        day = min(same)
        claimed_part, reported_part = _part_of_day(claim, day), _part_of_day(evidence, day)
        if claimed_part and reported_part and claimed_part != reported_part:
            text = f"weekday: claim {day} {claimed_part} vs evidence {day} {reported_part}"
            return [Reason("weekday", False, text, denies=one_event)]
        return [Reason("weekday", True, f"weekday: claim {day} matches evidence")]
    # Two counts of a series are two of its events, each on its own day ("eight more" on
    # Tuesday, "six more" on Wednesday).
    claimed_next, reported_next = _counts_in_series(claim), _counts_in_series(evidence)
    series = bool(claimed_next and reported_next and not claimed_next & reported_next)
    text = f"weekday: claim {min(claimed)} vs evidence {min(reported)}"
    return [Reason("weekday", False, text, denies=one_event and not series and not _NAMES_AN_EVENT.search(claim))]


# Where something was said: "at a press conference", "during a cabinet meeting", "in an
# interview with ...". Each kind is one of these, whatever the words ("news conference").
_OCCASIONS = {
    "press_conference": r"(?:press|news) conference",
    "cabinet_meeting": r"cabinet (?:meeting|session)",
    "interview": r"interview",
    "speech": r"speech",
    "rally": r"rally",
}
_AT = {
    "press_conference": "at a press conference",
    "cabinet_meeting": "at a cabinet meeting",
    "interview": "in an interview",
    "speech": "in a speech",
    "rally": "at a rally",
}
_OCCASION = re.compile(
    r"\b(?:at|during|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(f"(?P<{kind}>{words})" for kind, words in _OCCASIONS.items())
    + r")\b",
    re.I,
)


def _occasions_of(text: str) -> set[str]:
    """Where ``text`` says something was said, as written in a reason ("at a press conference")."""
    kinds = {kind for m in _OCCASION.finditer(text) for kind, found in m.groupdict().items() if found}
    return {_AT[kind] for kind in kinds}


def _occasions(claim: str, evidence: str) -> list[Reason]:
    """Where the claim says something was said ("at a press conference in Washington") against
    where the evidence says it was ("Netanyahu declared during a cabinet meeting"). Another
    occasion takes support away and, like another day of the week (``_weekdays``), denies the
    claim where neither side places a second event in time: it may be said more than once."""
    claimed, reported = _occasions_of(claim), _occasions_of(evidence)
    if len(claimed) != 1 or len(reported) != 1:
        return []
    if claimed == reported:
        return [Reason("place", True, f"place: claim {min(claimed)} matches evidence")]
    one_event = _one_event(claim, evidence)
    text = f"place: claim {min(claimed)} vs evidence {min(reported)}"
    return [Reason("place", False, text, denies=one_event)]


# How long ago a period relative to the report lies, in days: (from, to).
_PERIODS = {
    "today": (0, 0), "yesterday": (1, 1), "this week": (0, 6), "last week": (7, 13),
    "this month": (0, 30), "last month": (31, 61), "this year": (0, 364), "last year": (365, 729),
}  # fmt: skip
_PERIOD = re.compile(r"\b(?:(?:earlier|later)\s+)?(today|yesterday|(?:this|last)\s+(?:week|month|year))\b", re.I)


def _periods(claim: str, evidence: str) -> list[Reason]:
    """A period the claim gives an event relative to the report ("last month") against the one the
    evidence gives ("earlier this week"): two that cannot overlap deny the claim unless the model
    leans to support, and, like another day of the week, only in a sentence on its topic."""
    claimed, reported = ({" ".join(m[1].lower().split()) for m in _PERIOD.finditer(t)} for t in (claim, evidence))
    if len(claimed) != 1 or not reported:
        return []
    (period,) = claimed
    start, end = _PERIODS[period]
    if any(start <= _PERIODS[other][1] and _PERIODS[other][0] <= end for other in reported):
        return [Reason("period", True, f"period: claim {period} fits evidence")]
    return [Reason("period", False, f"period: claim {period} vs evidence {min(reported)}", denies=True)]


# One event some time before or after another: "The Cairo meeting came two days after a senior
# Hamas delegation met ...", "met Rashad a week after the mediators' meeting", "on the Sunday
# before the mediators' Tuesday meeting".
_INTERVAL = re.compile(
    r"\b(?:(?P<amount>\d+|a|an|one|two|three|four|five|six|seven|several|a few)\s+(?P<unit>days?|weeks?|months?)"
    rf"|(?:on\s+)?the\s+(?P<weekday>{'|'.join(people.WEEKDAYS)}))\s+(?P<relation>after|before)\s+(?P<other>[^,.;]+)",
    re.I,
)


def _ordered(text: str) -> tuple[str, str, int | None] | None:
    """The earlier and the later of two events ``text`` relates in time, and the days between
    them where it says ("two days after" -> 2, "the Sunday before ... Tuesday" -> 2)."""
    found = _INTERVAL.search(text)
    if not found:
        return None
    this, other = text[: found.start()], found["other"]
    days = None
    if found["unit"] and (amount := found["amount"].lower()) not in ("several", "a few"):
        count = 1 if amount in ("a", "an", "one") else int(_in_digits(amount))
        days = round(count * _DAYS[found["unit"].lower().rstrip("s")])
    elif found["weekday"] and (later := _WEEKDAY.search(other)):
        first, second = people.WEEKDAYS.index(found["weekday"].title()), people.WEEKDAYS.index(later.group())
        days = (second - first) % 7 if found["relation"].lower() == "before" else (first - second) % 7
    return (this, other, days) if found["relation"].lower() == "before" else (other, this, days)


def _order(claim: str, evidence: str) -> list[Reason]:
    """Which of two events came first, and how long before the other, as the claim says against
    as the evidence says: "The senior Hamas delegation met Hassan Rashad two days after the
    mediators' Cairo meeting" is denied by "The Cairo meeting came two days after a senior Hamas
    delegation met ... Rashad". The events are told apart by their words: the claim's earlier
    event must share more with the evidence's later one, and its later with the earlier, for
    the order to be the other way round. The same order, the same days apart, supports the claim
    as an exact number does; another number of days denies it, whatever the model says: it reads
    the reversed claim as support (0.80), for it has every word of the sentence. Only a sentence
    on the claim's topic can contradict through it (``conflicts``)."""
    claimed, reported = _ordered(claim), _ordered(evidence)
    if not claimed or not reported:
        return []
    (earlier, later, days), (reported_earlier, reported_later, reported_days) = claimed, reported
    as_said = len(_stems(earlier) & _stems(reported_earlier)) + len(_stems(later) & _stems(reported_later))
    reversed_ = len(_stems(earlier) & _stems(reported_later)) + len(_stems(later) & _stems(reported_earlier))
    if reversed_ > as_said:
        return [Reason("order", False, "order: the claim gives the two events in the other order", denies=True)]
    if as_said == 0 or days is None or reported_days is None:
        return []
    if days != reported_days:
        text = f"order: claim {days} days apart vs evidence {reported_days}"
        return [Reason("order", False, text, denies=True)]
    return [Reason("order", True, f"order: claim {days} days apart matches evidence", exact=True)]


def _places(claim: str, evidence: str) -> list[Reason]:
    """A place the claim names ("met in Doha") that the evidence replaces with another ("in Cairo").

    Only a place the evidence never mentions counts against the claim, and only when the evidence
    names a place of its own for what happened, so "in Gaza" is not compared with a sentence that
    says nothing about where. A place inside the claim's ("in Cairo" for "in Egypt") agrees with
    it.

    The evidence denies the claim where every place it names lies apart from the claim's
    (``models.places``: "in southern Israel" for "based in Cairo" or "in northern Israel"), one of
    them is said of something the claim names ("the U.S.-backed monitoring centre in southern
    Israel" for "The ... Coordination Centre ... is based in Cairo", not "fighters trapped in
    Rafah" for "The mediators met in Doha"), and neither side places a second event in time ("the
    next round of talks will be held in Doha" is not the meeting in Cairo). Whatever the model
    says: it cannot tell one place from another, and reads "in southern Israel" as 0.47
    supporting "located in northern Israel". A denial in a sentence that names the body the claim
    is about (``models.organisations``) holds however far the rest of the sentence is from the
    claim's wording (``conflicts``, ``Reason.of_subject``).
    """
    elsewhere = [(p, before) for p, before in _placed(evidence) if not _mentions(claim, p)]
    claimed_words = _stems(claim)
    one_event = _one_event(claim, evidence)
    body = organisations.subject(claim)
    names_subject = body is not None and organisations.unnamed(claim, evidence) is None
    # "the Civil-Military Coordination Centre, the U.S.-backed monitoring hub established in
    # southern Israel": a place in what the evidence sets beside the name of the body the claim is
    # about is said of it, whatever the words just before the place.
    described = " ".join(organisations.described(body, evidence).split()[:_SUBJECT_REACH]) if body else ""
    after_subject = any(p in described for p, _ in elsewhere)
    reasons = []
    for place, _ in _placed(claim):
        relations = [places.relation(place, reported) for reported, _ in elsewhere]
        if _mentions(evidence, place):
            reasons.append(Reason("place", True, f"place: claim in {place} matches evidence"))
        elif "inside" in relations:
            inside = elsewhere[relations.index("inside")][0]
            reasons.append(Reason("place", True, f"place: evidence in {inside}, which lies in {place}"))
        elif elsewhere:
            apart = all(r == "apart" for r in relations)
            said_of = after_subject or any(_stems(before) & claimed_words for _, before in elsewhere)
            text = f"place: claim in {place} vs evidence in {elsewhere[0][0]}"
            if apart:
                text += ", not the same place"
            denies = apart and said_of and one_event
            reasons.append(Reason("place", False, text, denies=denies, of_subject=denies and names_subject))
    return reasons


# "Israeli-held territory", "territory controlled by the terror organization": whose ground it is.
_CONTROLLED = re.compile(
    r"\b(?P<by>[A-Z][\w’'-]*?)-(?:controlled|held|run)\s+(?:territory|area|land|zone)"
    r"|\b(?:territory|area|land|zone)\s+(?:controlled|held|run)\s+by\s+(?:the\s+)?(?P<by_after>[\w’'-]+(?:\s+[a-z]+)?)"
)
# Those in control that are not a state: a nation's ground is not theirs.
_NOT_A_STATE = re.compile(r"\b(?:organi[sz]ation|group|movement|faction|militia)s?\b", re.I)


def _control(claim: str, evidence: str) -> list[Reason]:
    """Whose ground the claim says something is on ("toward Israeli-held territory") against whose
    the evidence says it is ("towards territory controlled by the terror organization"). A
    nation's ground is not a group's, nor another nation's: either denies the claim as a place
    apart does. A group named otherwise ("Hamas-held" for "the terror organization") may be the
    same group, so nothing else is compared."""
    reported = [m["by"] or m["by_after"] for m in _CONTROLLED.finditer(evidence)]
    reasons = []
    for match in _CONTROLLED.finditer(claim):
        claimed = match["by"] or match["by_after"]
        if not people.NATIONALITY.fullmatch(claimed) or not reported:
            continue
        if any(fold(claimed)[:4] in fold(other) for other in reported):
            reasons.append(Reason("place", True, f"place: {claimed}-held ground in the evidence too"))
        elif all(people.NATIONALITY.fullmatch(other) or _NOT_A_STATE.search(other) for other in reported):
            text = f"place: claim {claimed}-held ground vs evidence ground held by {reported[0]}, not the same place"
            reasons.append(Reason("place", False, text, denies=True))
    return reasons


# Who most of those counted were: "mostly women and children", "most of them were men".
_MOSTLY = re.compile(
    r"\b(?:mostly|most of them (?:were|are)|most (?:of|were|are)\b.*?\b(?:were|are))\s+(?:adult\s+)?"
    r"(?P<who>(?:men|women|children|civilians|fighters|militants|soldiers|combatants)"
    r"(?:(?:,\s*|\s+and\s+)(?:men|women|children|civilians|fighters|militants|soldiers|combatants))*)\b",
    re.I,
)
# Groups no one can belong to both of.
_APART_GROUPS = [({"men"}, {"women", "children"}), ({"civilians"}, {"fighters", "militants", "soldiers", "combatants"})]


def _majorities(claim: str, evidence: str) -> list[Reason]:
    """Who the claim says most of those counted were ("Most ... were men") against who the
    evidence says they mostly were ("mostly women and children"): groups no one belongs to both
    of deny the claim, as another share of the same things does."""
    claimed, reported = _MOSTLY.search(claim), _MOSTLY.search(evidence)
    if not claimed or not reported:
        return []
    ours, theirs = (set(re.findall(r"[a-z]+", m["who"].lower())) - {"and"} for m in (claimed, reported))
    apart = any((ours <= a and theirs <= b) or (ours <= b and theirs <= a) for a, b in _APART_GROUPS)
    if not apart:
        return []
    text = f"quantity: claim mostly {claimed['who'].lower()} vs evidence mostly {reported['who'].lower()}"
    return [Reason("quantity", False, text, denies=True)]


def _origins(claim: str, evidence: str) -> list[Reason]:
    """A nationality the claim gives something ("the Qatari newspaper Asharq Al-Awsat", "young
    French leaders") where the evidence gives the same thing another ("Saudi newspaper Asharq
    Al-Awsat", "young German leaders"): that denies the claim, whatever the model says, which
    reads one nationality for another as support. Things of several nationalities ("the
    Egyptian and Turkish intelligence chiefs") disagree only where none is the claim's, and a
    sentence that names the claim's nationality or country anywhere denies nothing, unless it
    gives the other nationality after the word the claim gives its own ("has ties to Egyptian
    intelligence" for "has ties to Qatari intelligence"). Only a sentence on the claim's topic
    can contradict through it (``conflicts``)."""
    reported = _origins_of(evidence)
    reasons = []
    for noun, (origins, leads) in _origins_of(claim).items():
        # The claim's nationality given to the same thing, if a word or two apart ("Egyptian
        # General Intelligence"), agrees with it.
        if (
            noun not in reported
            or origins & reported[noun][0]
            or any(re.search(rf"\b{origin[:4]}\w*\s+(?:\w+\s+){{0,2}}{noun}", evidence, re.I) for origin in origins)
        ):
            continue
        # A sentence that names the claim's nationality, or its country, elsewhere may be about
        # several things of several nationalities ("the Turkish intelligence chief and the prime
        # minister of Egypt"): it does not say what the claim says, but denies nothing either.
        named = any(re.search(rf"\b{origin[:4]}", evidence) for origin in origins)
        denies = not named or bool(leads & reported[noun][1])
        claimed, other = " and ".join(sorted(origins)), " and ".join(sorted(reported[noun][0]))
        reasons.append(
            Reason("origin", False, f"origin: claim {claimed} {noun} vs evidence {other} {noun}", denies=denies)
        )
    return reasons


_ORIGIN = re.compile(
    rf"\b(?P<origins>(?:{people.NATIONALITY.pattern})(?:(?:,\s*|\s+(?:and|or)\s+)(?:{people.NATIONALITY.pattern}))*)"
    r"\s+(?P<noun>[a-z]{3,})\b"
)
_LEAD_REACH = 3  # words before a nationality among which the word it follows is looked for ("ties to")


def _origins_of(text: str) -> dict[str, tuple[set[str], set[str]]]:
    """The nationalities ``text`` gives each thing, and the words they follow (as ``_stems``):
    "has ties to Egyptian intelligence" -> {"intelligence": ({"Egyptian"}, {"ties"})}."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for match in _ORIGIN.finditer(text):
        noun = match["noun"]  # "leaders" as "leader", but "news" as it is
        origins, leads = found.setdefault(noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun, (set(), set()))
        origins.update(re.findall(people.NATIONALITY.pattern, match["origins"]))
        before = [word for word in text[: match.start()].split()[-_LEAD_REACH:] if _stems(word)]
        leads.update(_stems(before[-1]) if before else ())
    return found


def _placed(text: str) -> list[tuple[str, str]]:
    """The places ``text`` names ("in Cairo", "to Hadassah hospital"), each with the few words
    before it: what it is said of."""
    found = {
        m["place"]: " ".join(text[: m.start()].split()[-_PLACE_REACH:])
        for m in _PLACE.finditer(text)
        if m["name"].split()[0] not in _NOT_PLACES and not people.NATIONALITY.fullmatch(m["name"])
    }
    # A facility is also the place of what it is for: "to the Abu Kabir Forensic Institute for
    # identification" is where the remains were identified.
    facilities = {
        m["place"]: " ".join(text[: m.start()].split()[-_PLACE_REACH:]) + (purpose[0] if purpose else "")
        for m in _FACILITY.finditer(text)
        for purpose in [_PURPOSE.match(text, m.end())]
    }
    # "at Shifa Hospital" is found as a place too; the facility is the whole of it.
    found = {place: before for place, before in found.items() if not any(place in f for f in facilities)}
    return list((found | facilities).items())


def _stems(text: str) -> set[str]:
    """The first letters of ``text``'s words, short verbs ("met") too, function words left out:
    "monitors" and "monitoring" alike."""
    words = _WORD.findall(_canonical(text))
    return {_singular(w)[:5] for w in words if len(w) > 2 and w.isalpha() and w not in _COMMON | _FUNCTION_WORDS}


_FUNCTION_WORDS = {"the", "and", "its", "for", "was", "has", "had", "are", "his", "her", "not", "but", "who", "all"}


# How many words may stand between the modifier and its title ("former British Prime Minister").
_TITLE_REACH = 3


def _modified_titles(text: str) -> list[tuple[str, str, str]]:
    """``(modifier, title, as written)`` for each title with a modifier before it in ``text``."""
    words = re.findall(r"[A-Za-z]+", text)
    found = []
    for i, word in enumerate(words):
        if word.lower() in offices.MODIFIERS:
            reach = words[i + 1 : i + 1 + _TITLE_REACH]
            title = next((n for n, w in enumerate(reach) if w.lower() in offices.TITLE_WORDS), None)
            if title is not None:
                found.append((word.lower(), reach[title].lower(), " ".join(words[i : i + 2 + title])))
    return found


_OPENS_WITH_HE_OR_SHE = re.compile(r"\W*(?:he|she|his|her)\b", re.IGNORECASE)


def _roles(claim: str, evidence: str) -> list[Reason]:
    """The office a claim gives a person against the title the evidence gives them
    (``models.offices``): "Major General Hassan Rashad" for "Hassan Rashad holds the rank of major
    general", "Foreign Minister Gideon Sa'ar" against "Gideon Sa'ar is Israel's defence minister".
    Failing that, a title one side gives with a modifier that changes the office and the other
    side without: "Former prime minister Tony Blair met ..." is not "Prime Minister Tony Blair
    met ...".

    Which office a person holds is said by the title beside their name (or by "is", "was" after
    it). A sentence that gives the person none ("Kalin held talks with Qatar's Prime Minister and
    Foreign Minister ...", "Türkiye's spy chief met with his Egyptian counterpart") says nothing of
    their office, so it neither supports nor contradicts the claim (a ``name`` reason), unless it
    opens with "he" or "she": the sentence before may name them. Being a founder or a member is
    said by verbs too ("founded by", "joined"), so there it takes nothing away.

    A claim that one person holds two offices, named only by whose they are ("Qatar's prime
    minister also holds the post of foreign minister"), is restated by one title that gives both
    ("Qatari Prime Minister and Foreign Minister Sheikh Mohammed").

    A title a claim gives someone in passing ("Türkiye was represented at the Cairo talks by its
    foreign minister, Ibrahim Kalin") is read against the evidence's title the same way, but only
    another title denies anything: the same one does not restate what the claim says they did.
    A sentence that never names them cannot say what they were ("Delegations from Türkiye, Egypt
    and Qatar met in Cairo" reads as 0.48 support)."""
    if both := offices.both_offices(claim, evidence):
        return [Reason("role", True, f"role: evidence gives one person both offices ('{both}')")]
    office = offices.claimed_office(claim)
    given = offices.title(evidence, office.name) if office else ""
    if office and given:
        fit = offices.fits(office, given)
        if fit is not None:  # the more specific finding: it reads the modifiers too
            verb = "matches" if fit else "vs"
            text = f"role: claim {office.name} {office.written} {verb} evidence '{given}'"
            return [Reason("role", fit, text, denies=not fit)]
    elif office and office.titled and not _OPENS_WITH_HE_OR_SHE.match(evidence):
        said = f"gives {office.name} no title" if offices.names(evidence, office.name) else f"never names {office.name}"
        return [Reason("name", False, f"name: the evidence {said}")]
    reasons = []
    for passing in offices.titles_given(claim) if not office else []:
        if not offices.names(evidence, passing.name) and not _OPENS_WITH_HE_OR_SHE.match(evidence):
            reasons.append(Reason("name", False, f"name: the evidence never names {passing.name}"))
        elif (given := offices.title(evidence, passing.name)) and (fit := offices.fits(passing, given)) is not None:
            verb = "matches" if fit else "vs"
            text = f"role: claim calls {passing.name} {passing.written} {verb} evidence '{given}'"
            reasons.append(Reason("role", fit, text, denies=not fit, in_passing=True))
    sides = (("evidence", evidence, "claim", claim), ("claim", claim, "evidence", evidence))
    for side, text, other_side, other in sides:
        other_words = {w.lower() for w in re.findall(r"[A-Za-z]+", other)}
        for modifier, title, written in _modified_titles(text):
            if title in other_words and modifier not in other_words:
                reasons.append(Reason("role", False, f"role: the {side} says '{written}', the {other_side} '{title}'"))
    return reasons


def _attendance(claim: str, evidence: str, before: str | None, article: str | None) -> list[Reason]:
    """A sentence that lists the people the claim says attended a meeting among those who did
    (``models.attendance``): "The meeting was also attended by Majd Faraj ..." for "Majd Faraj
    attended the meeting with Blair", or, for a claim about what a source reported, that source's
    own list ("The Daily Sabah claimed that the meeting also included ..."); or one that says they
    took no part in it, which denies the claim; or one that never mentions them, which can then
    not support it (a ``name`` reason).
    A claim that people took no part ("No Hamas officials took part in the mediators' talks") is
    read the other way round: a list of those who did denies it, and a sentence saying they took
    no part supports it."""
    # What a source said of who attended, against a sentence of that source's.
    if (reported := attendance.reported_attendance(claim)) and _names_source(reported[0], evidence):
        source, said = reported
        if absent := attendance.absent(said, evidence, article):
            text = f"attendance: {source} says {absent} took no part in {said.gathering}"
            return [Reason("attendance", False, text, denies=True)]
        if attendance.listed(said, evidence, before, article):
            who = " and ".join(said.attendees) or said.who
            return [Reason("attendance", True, f"attendance: {source} lists {who} at {said.gathering}")]
    absence = attendance.claimed_absence(claim)
    if absence and attendance.listed(absence, evidence, before, article):
        text = f"attendance: evidence lists {absence.who} at {absence.gathering}"
        return [Reason("attendance", False, text, denies=True)]
    if absence and (absent := attendance.absent(absence, evidence)):
        return [Reason("attendance", True, f"attendance: evidence says {absent} took no part in {absence.gathering}")]
    claimed = attendance.claimed_attendance(claim)
    if claimed and (absent := attendance.absent(claimed, evidence, article)):
        text = f"attendance: evidence denies that {absent} took part in {claimed.gathering}"
        if absent not in claimed.who:  # a group the article lists them in
            text += f" (the article lists {claimed.who} with {absent})"
        return [Reason("attendance", False, text, denies=True)]
    if claimed and attendance.unmentioned(claimed, evidence, before):
        return [Reason("name", False, f"name: the evidence never mentions {claimed.who}")]
    if claimed and (owner := attendance.only_as_owner(claimed, evidence)):
        return [Reason("name", False, f"name: the evidence mentions them only in '{owner}'")]
    if claimed and (apart := attendance.elsewhere(claimed, evidence)):
        return [Reason("name", False, f"name: the evidence mentions {claimed.who} only at another event ('{apart}')")]
    if not claimed or not attendance.listed(claimed, evidence, before, article):
        return []
    who = " and ".join(claimed.attendees) or claimed.who
    return [Reason("attendance", True, f"attendance: evidence lists {who} at {claimed.gathering}")]


def _names_source(source: str, evidence: str) -> bool:
    """Whether ``evidence`` names the source by every capitalised word of it ("Al-Ain News")."""
    words = people.folded_words(evidence)
    named = [w for w in re.findall(r"[A-Z][\w'’-]*", source) if w.lower() not in ("the", "according")]
    return bool(named) and all(people.mentioned(w, words) for w in named)


def _names(claim: str, evidence: str, before: str | None, article: str | None, outlet: str | None) -> list[Reason]:
    """A person the claim names whom the evidence, or the article it comes from, never mentions
    (``models.people``), and the body the claim is about if neither the evidence nor the sentence
    before names it (``models.organisations``); for a claim about what a named source reported,
    that source (``_unnamed_source``)."""
    body = _unnamed_source(claim, evidence, before, outlet)
    if body is None:
        body = organisations.unnamed(claim, evidence, before)
    return [
        Reason("name", False, f"name: the evidence never names {name}")
        for name in [*people.unnamed(claim, evidence, before, article), *([body] if body else [])]
    ]


# A source named as a proper name, every word capitalised ("Al-Ain News", "The Daily Sabah",
# "ILKHA"), not "a Palestinian source" or "Regional officials".
_PROPER_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*")
_SPEAKER = re.compile(r"\b[A-Z][\w'’-]*\s+(?:said|says|reported|reports|cited|stated|wrote|told|claimed)\b")


def _unnamed_source(claim: str, evidence: str, before: str | None, outlet: str | None) -> str | None:
    """For a claim about what a named source reported ("Al-Ain News reported that ..."), the
    source if the evidence is not its report: "" if it is, None for any other claim.

    Its report is a sentence that names it, or one whose sentence before names it or whose outlet
    it is, unless the sentence says whose words it gives ("Al-Qahera said ..."): then they are that
    speaker's, whoever the sentence before cites. Another outlet's sentence may say the same
    thing, but not that this source said it."""
    reported = attendance.REPORTED.match(claim.strip().rstrip("."))
    source = reported["source"] if reported else ""
    if not reported or not _PROPER_NAME.fullmatch(source):
        return None
    # By its own name, not the words outlets share: "Al-Qahera said" names "Al-Qahera News".
    own = " ".join(w for w in source.split() if w.lower() not in offices.OFFICE_WORDS and len(w) > 2) or source
    context = () if _SPEAKER.search(evidence) else (before, outlet)
    return "" if any(text and _names_source(own, text) for text in (evidence, *context)) else source


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _COMMON}


def _negation(claim: str, evidence: str) -> list[Reason]:
    """Only where the two say much the same thing, and exactly one of them negates it.

    The evidence clause that shares most words with the claim is the one compared, so a negation
    elsewhere in a long sentence ("Israel has not complied; its attacks killed 342") is ignored.
    """
    claim_words = _content(claim)
    if not claim_words:
        return []
    clause = max(_CLAUSE.split(evidence), key=lambda part: len(claim_words & _content(part)))
    if len(claim_words & _content(clause)) / len(claim_words) < 0.6:
        return []
    in_claim = _NEGATION.search(_BOUND_PHRASES.sub("", claim))
    in_evidence = _NEGATION.search(_BOUND_PHRASES.sub("", clause))
    if bool(in_claim) == bool(in_evidence):
        return []
    side, word = ("claim", in_claim) if in_claim else ("evidence", in_evidence)
    return [Reason("negation", False, f"negation: only the {side} says '{word.group() if word else ''}'")]


# A change of course, and words saying the course holds. A change word after "not" in its
# clause holds it ("has not changed one bit"); "no longer" changes it. Only verb forms count:
# "climate change" and "a shift" change nothing.
_CHANGE = re.compile(
    r"\b(?:stop(?:s|ped|ping)?(?= \w+ing\b| (?:its|their|his|her)\b)|soften(?:s|ed|ing)?|eas(?:ed|ing)"
    r"|relax(?:es|ed|ing)?|weaken(?:s|ed|ing)?|shift(?:ed|ing)|abandon(?:s|ed|ing)?|revers(?:ed|ing)"
    r"|chang(?:ed|ing)|no longer|distanc(?:e|es|ed|ing) (?:itself|himself|herself|themselves)"
    r"|scal(?:e|es|ed|ing) back|cut(?:s|ting)? back)\b",
    re.I,
)
_HOLDS = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|remain(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|unchanged"
    r"|restat(?:e|es|ed|ing)|reaffirm(?:s|ed|ing)?|keep(?:s|ing)?|kept)\b",
    re.I,
)


def _course(text: str) -> tuple[str, str] | None:
    """Whether ``text`` says a course changes ("would stop supporting") or holds ("would continue
    to stand with", "has not changed"), and the words that say so."""
    holding = [m.group() for m in _HOLDS.finditer(text)]
    for change in _CHANGE.finditer(text):
        clause = _CLAUSE.split(text[: change.start()])[-1]  # "neither the incidence nor ... changed"
        negated = list(_NEGATION.finditer(clause))  # "has not changed", "refused to change"
        if not negated:
            return "changes", change.group()
        holding.append(f"{negated[-1].group()} {change.group()}")
    return ("holds", holding[-1]) if holding else None  # "reiterated that ... would continue"


def _says_most_of(claim: str, evidence: str, leaving_out: str) -> bool:
    """Whether ``evidence`` has most (three fifths) of the claim's words but ``leaving_out``'s: the
    words that say what changed or what one is for or against differ by design."""
    claim_words = _stems(claim) - _stems(leaving_out)
    return bool(claim_words) and len(claim_words & _stems(evidence)) / len(claim_words) >= 0.6


# More of something, or less of it: "agreed to intensify coordination", "to scale back cooperation".
_MORE = re.compile(
    r"\b(?:intensif(?:y|ies|ied|ying)|strengthen(?:s|ed|ing)?|step(?:s|ped|ping)? up|increas(?:e|es|ed|ing)"
    r"|expand(?:s|ed|ing)?|deepen(?:s|ed|ing)?|boost(?:s|ed|ing)?|ramp(?:s|ed|ing)? up|enhanc(?:e|es|ed|ing)"
    r"|bolster(?:s|ed|ing)?)\b",
    re.I,
)
_LESS = re.compile(
    r"\b(?:scal(?:e|es|ed|ing) back|cut(?:s|ting)? back|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)"
    r"|weaken(?:s|ed|ing)?|downgrad(?:e|es|ed|ing)|lessen(?:s|ed|ing)?|wind(?:s|ing)? down|curb(?:s|ed|ing)?)\b",
    re.I,
)


def _degree(text: str) -> tuple[str, str] | None:
    """Whether ``text`` says there will be more of something or less, and the words that say so;
    None if it says neither, both, or says it with a negation before it in its clause."""
    more, less = _MORE.search(text), _LESS.search(text)
    said = more or less
    if said is None or (more and less):
        return None
    if _NEGATION.search(_CLAUSE.split(text[: said.start()])[-1]):
        return None  # "did not scale back": more or less is not said
    return ("more" if more else "less"), said.group()


def _changes_of_course(claim: str, evidence: str) -> list[Reason]:
    """A change of course the claim reports where the evidence says the course holds, or the
    reverse: "Kalin reiterated that Türkiye would continue to stand with the Palestinian people"
    denies "Kalin said Türkiye would stop supporting the Palestinian people", and "this opposition
    ... has not changed one bit" denies "Netanyahu said his opposition had softened". So does less
    where the claim says more, or the reverse: "agreed to intensify coordination with the
    Civil-Military Coordination Centre" denies "agreed to scale back their cooperation with" it.
    Only where the evidence says most of what the claim says it of (as ``_negation`` asks), and,
    like a place, only in a sentence on the claim's topic (``conflicts``)."""
    claimed, reported = _course(claim), _course(evidence)
    if claimed and reported and claimed[0] != reported[0]:
        said = f"it {claimed[0]} ('{claimed[1]}'), the evidence that it {reported[0]} ('{reported[1]}')"
    elif (claimed := _degree(claim)) and (reported := _degree(evidence)) and claimed[0] != reported[0]:
        said = f"{claimed[0]} ('{claimed[1]}'), the evidence {reported[0]} ('{reported[1]}')"
    else:
        return []
    if not _says_most_of(claim, evidence, leaving_out=claimed[1]):
        return []
    return [Reason("course", False, f"course: the claim says {said}", denies=True)]


# A claim that something has begun ("The second phase is already under way", "has been
# implemented"): the thing is what comes before these words.
_BEGUN = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:already\s+|now\s+)?(?:under\s?way|being implemented)"
    r"|(?:has|have|had)\s+(?:already\s+)?(?:begun|started|got under\s?way|taken effect|come into (?:effect|force)"
    r"|been (?:\w+\s+)?(?:implemented|launched|completed|carried out)))\b"
    r"(?!\s+(?:to\b|\w+ing\b))",  # "has begun withdrawing": a thing someone began doing
    re.I,
)
# A sentence that speaks of something's start as still ahead: "working to launch the agreement's
# second phase", "how to move into the plan's second phase", "transitioning to the second phase",
# "immediate implementation of the second phase ... is necessary". Not "since the start of ...".
_STILL_AHEAD = re.compile(
    r"(?<!since the )(?<!after the )(?<!following the )\b(?:to (?:launch|start|begin|implement)|launch of|start of"
    r"|beginning of|mov(?:e|es|ing) (?:in)?to|transition(?:ing)? (?:in)?to|prepar(?:e|es|ed|ing) for"
    r"|implementation of)\b",
    re.I,
)
# Words that say something began: "which came into effect on October 10", "is now under way".
_STARTED = re.compile(
    r"\b(?:began|begun|begins|started|starts|launched|implemented|under\s?way|in (?:effect|force)|entered"
    r"|(?:took|taken|takes|came|come|comes) (?:into )?(?:effect|force)|kicked off"
    r"|since the (?:start|beginning|launch))\b",
    re.I,
)
_STAGE_REACH = 6  # words after those that may name the thing ("of negotiations for the second phase")


def _stages(claim: str, evidence: str) -> list[Reason]:
    """A claim that something has already begun, against a sentence that speaks of its start as
    still ahead: "working to launch the agreement's second phase" denies "The second phase of the
    Gaza ceasefire is already under way". The small model reads them as related, or as support.
    The thing is the words before "is under way", up to any "of" ("the second phase"); the sentence
    must name it in the few words after those that look ahead. Like a course, that denies only in
    a sentence on the claim's topic (``conflicts``). A sentence about the thing that never says it
    began ("That phase concerns disarming Hamas") takes no support: it says nothing of when."""
    begun = _BEGUN.search(claim)
    if not begun:
        return []
    thing = re.split(r"\s+of\s+", claim[: begun.start()].strip(), maxsplit=1)[0]
    named = _stems(thing)
    if not named:
        return []
    thing = thing[0].lower() + thing[1:]
    for ahead in _STILL_AHEAD.finditer(evidence):
        following = evidence[ahead.end() :].split()[:_STAGE_REACH]
        if named <= _stems(" ".join(following)):
            # Quoted up to the last word that names the thing.
            last = max(n for n, word in enumerate(following) if _stems(word) & named)
            said = " ".join([ahead.group(), *following[: last + 1]]).rstrip(".,;:")
            return [
                Reason(
                    "stage",
                    False,
                    f"stage: the claim says {thing} has begun, the evidence that it is ahead ('{said}')",
                    denies=True,
                )
            ]
    head = _stems(thing.split()[-1])
    if head and head <= _stems(evidence) and not _STARTED.search(evidence):
        return [Reason("stage", False, f"stage: the claim says {thing} has begun, the evidence never says so")]
    return []


# Being for or against something. "Resistance" names fighters too ("the Palestinian resistance
# group"); "back" and "against" mean too many other things.
_FOR = re.compile(
    r"\b(?:support(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|endors(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)"
    r"|accept(?:s|ed|ing)?|agree(?:s|d)? to|in favou?r of)\b",
    re.I,
)
_AGAINST = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing|ition)|reject(?:s|ed|ing|ion)?|refus(?:e|es|ed|ing|al)"
    r"|resist(?:s|ed|ing|ance)?(?! (?:group|movement|fighters|factions?)\b))\b",
    re.I,
)
_OBJECT_REACH = 6  # words after "supports" or "opposition to" that say what it is for or against


def _stances(text: str) -> list[tuple[bool, str, set[str]]]:
    """``(for it, as written, what it is about)`` for each word of being for or against something
    in ``text``; a negation just before turns it ("does not support" is against)."""
    found = []
    for pattern, for_it in ((_FOR, True), (_AGAINST, False)):
        for match in pattern.finditer(text):
            before = " ".join(text[: match.start()].split()[-3:])
            negated = bool(_NEGATION.search(before))
            about = " ".join(text[match.end() :].split()[:_OBJECT_REACH])
            found.append((for_it != negated, match.group(), _stems(about)))
    return found


def _stances_taken(claim: str, evidence: str) -> list[Reason]:
    """Being for something where the evidence is against it, or the reverse: "Our opposition to a
    Palestinian state ... has not changed" denies "Netanyahu supports the creation of a
    Palestinian state". Only about the same thing (a word of what each is for or against in
    common), where the evidence says most of what the claim says (as ``_changes_of_course``
    asks), and whatever the model says: it reads the words in common as support."""
    claimed = _stances(claim)
    if len({for_it for for_it, _, _ in claimed}) != 1:
        return []
    if not _says_most_of(claim, evidence, leaving_out=" ".join(written for _, written, _ in claimed)):
        return []
    for for_it, written, about in claimed:
        for reported, said, of in _stances(evidence):
            if reported != for_it and about & of:
                sides = ("for", "against") if for_it else ("against", "for")
                text = f"stance: the claim is {sides[0]} it ('{written}'), the evidence {sides[1]} ('{said}')"
                return [Reason("stance", False, text, denies=True)]
    return []


# A claim that rules one thing out beside what it asserts: "its emir rather than its prime
# minister", "Qatar's prime minister, not Egypt's intelligence chief,".
_RATHER_THAN = re.compile(r"\s+(?:rather than|instead of)\s+|,\s+not\s+(?=[^,]+,)", re.I)
# Words at which the phrase on either side of "rather than" ends: what comes next, or before, is
# the rest of the sentence ("its prime minister | to the Cairo talks", "is | prime minister of ...").
_PHRASE_END = re.compile(
    r"^(?:to|in|at|on|for|from|by|as|with|during|after|before|who|whom|which|that|is|are|was|were|be|been|it)$",
    re.I,
)
_PHRASE_REACH = 6  # words at most on either side


def _phrase(words: list[str], reach: int = _PHRASE_REACH) -> str:
    """The leading words up to where the phrase ends, after any word that opens it ("by its ...")."""
    while words and _PHRASE_END.match(words[0]):
        words = words[1:]
    kept = []
    for word in words[:reach]:
        if _PHRASE_END.match(word.strip(",.;:")) or word.startswith("("):
            break
        kept.append(word)
        if word[-1] in ",.;:":
            break
    return " ".join(kept).rstrip(",.;:")


def _contrasts(claim: str, evidence: str) -> list[Reason]:
    """What the claim rules out, said by the evidence in the claim's stead: "Hamas handed over the
    remains of another Israeli captive to the International Committee of the Red Cross" denies
    "Hamas handed the captive's remains to Egyptian officials rather than the Red Cross". The
    small model reads the sentence as support, for it holds most of the claim's words.

    A sentence with every word of what is ruled out, not negated, at most half the words of what
    the claim asserts in its place and half the rest of the claim denies it; one that says both
    ("the Egyptian and Turkish intelligence chiefs") takes no side. A sentence with none of the
    words the claim asserts takes no support: the claim's point is the contrast ("a stabilisation
    force of Palestinian rather than foreign troops" is not supported by "deploying an
    international stabilisation force")."""
    marker = _RATHER_THAN.search(claim)
    # "met Rashad on their own rather than as part of the mediators' talks": who took no part in
    # a gathering is the attendance check's to read (``_attendance``), in any words for it.
    if not marker or attendance.claimed_absence(claim):
        return []
    ruled_out = _phrase(claim[marker.end() :].split())
    # As many words as what is ruled out: the two are said alike ("to Egyptian officials rather
    # than the Red Cross", "its emir rather than its prime minister").
    before = _phrase(claim[: marker.start()].split()[::-1]).split()[: len(ruled_out.split())]
    while before and before[-1].lower() == "of":  # "made up of | Palestinian rather than foreign troops"
        before.pop()
    asserted = " ".join(before[::-1])
    ruled_out_words = _stems(ruled_out) - _stems(asserted)
    asserted_words = _stems(asserted) - _stems(ruled_out)
    evidence_words = _stems(evidence)
    # Where the two share a word ("Qatari rather than Egyptian intelligence"), what the claim
    # asserts is said only beside it: "the prime minister of Qatar" is no Qatari intelligence.
    shared = _stems(asserted) & _stems(ruled_out)
    said = _beside(evidence, asserted_words, shared) if shared else asserted_words & evidence_words
    if not ruled_out_words or not asserted_words or len(said) > len(asserted_words) / 2:
        return []
    contrast = f"contrast: the claim says {asserted!r} rather than {ruled_out!r}"
    # Half the rest, not most: what the claim rules out often comes with words of its own
    # ("foresees", "sent") that a sentence saying the other thing has no reason to use.
    rest = _stems(claim) - _stems(f"{asserted} {marker.group()} {ruled_out}")
    if _in_a_row(evidence, ruled_out) and len(rest & evidence_words) >= len(rest) / 2:
        canonical = _canonical(evidence)
        first = min(match.start() for match in _WORD.finditer(canonical) if _stems(match.group()) & ruled_out_words)
        if not _NEGATION.search(" ".join(canonical[:first].split()[-3:])):  # "and not as part of"
            return [Reason("contrast", False, f"{contrast}, the evidence says {ruled_out!r}", denies=True)]
    if said:
        return []  # "Hassan Rashad" in "... met Rashad separately rather than ...": it may say it in other words
    return [Reason("contrast", False, f"{contrast}, the evidence never says {asserted!r}")]


_BESIDE = 3  # words apart at most: "the Egyptian and Turkish intelligence chiefs"


def _in_a_row(text: str, phrase: str) -> bool:
    """Whether ``text`` has the words of ``phrase`` one after another, function words aside: "ties
    to Egyptian intelligence" has "Egyptian intelligence", "the Egyptian and Turkish intelligence
    chiefs" does not (it says both)."""
    wanted = [stem for w in _WORD.findall(_canonical(phrase)) for stem in _stems(w)]
    stems = [stem for w in _WORD.findall(_canonical(text)) for stem in _stems(w)]
    return bool(wanted) and any(stems[i : i + len(wanted)] == wanted for i in range(len(stems)))


def _beside(text: str, words: set[str], heads: set[str]) -> set[str]:
    """Those of ``words`` (stems) that ``text`` has within a few words of one of ``heads``."""
    stems = [next(iter(_stems(w)), "") for w in _WORD.findall(_canonical(text))]
    at_heads = [i for i, stem in enumerate(stems) if stem in heads]
    return {stem for i, stem in enumerate(stems) if stem in words and any(abs(i - j) <= _BESIDE for j in at_heads)}


# Handing something over, and to whom: "handed over the remains of another Israeli captive to
# the International Committee of the Red Cross", "passed the captive's remains straight to the
# Egyptian army".
_HANDED_TO = re.compile(
    r"\b(?:(?:hand(?:s|ed)?|pass(?:es|ed)?|gave|give[sn]?|deliver(?:s|ed)?|transferr?(?:s|ed)?)\b(?:\s+over)?"
    r"|turn(?:s|ed)?\b[^.;]{0,80}?\s+over)[^.;]{0,80}?\s+to\s+(?P<recipient>[^.;]+)",
    re.I,
)
_RECIPIENT_REACH = 8  # "the International Committee of the Red Cross"
_CAPITALISED = re.compile(r"\b[A-Z]")


def _recipients(claim: str, evidence: str) -> list[Reason]:
    """Another recipient for what was handed over: "Hamas handed over the remains of another
    Israeli captive to the International Committee of the Red Cross" denies "Hamas handed the
    latest captive remains over to the Egyptian army". The small model reads it as support: the
    sentence has every other word of the claim. Only recipients named with a capital are read: a
    common noun may be a synonym of the other ("to the kid" for "to the child"). A recipient named
    by initials on one side ("the ICRC") is the one written out on the other
    (``organisations.by_initials``). Only a sentence on the claim's topic can contradict through
    it (``conflicts``)."""
    claimed, reported = _HANDED_TO.search(claim), _HANDED_TO.search(evidence)
    if not claimed or not reported:
        return []
    to_claimed = _phrase(claimed["recipient"].split(), _RECIPIENT_REACH)
    to_reported = _phrase(reported["recipient"].split(), _RECIPIENT_REACH)
    claimed_words, reported_words = _stems(to_claimed), _stems(to_reported)
    # Only names: "gave a toy to the kid" is "to the child" in other words (Breaking-NLI).
    named = all(_CAPITALISED.search(recipient) for recipient in (to_claimed, to_reported))
    if not named or not claimed_words or not reported_words or claimed_words & reported_words:
        return []
    one_body = _stems(" ".join(organisations.by_initials(claim, evidence)))
    if claimed_words & one_body and reported_words & one_body:
        return []
    text = f"recipient: claim handed to {to_claimed!r} vs evidence to {to_reported!r}"
    return [Reason("recipient", False, text, denies=True)]


# A claim that every one of them was killed ("killed all six fighters", "every one of the six
# fighters ... ended up dead"), and words that say some lived ("the remaining two surrendered").
_ALL_KILLED = re.compile(
    r"\b(?:killed|slew|shot dead)\s+(?:all|every one of|each of)\b"
    r"|\b(?:all|every one of|each of)\b[^.;]{0,80}?\b(?:were|was|ended up|have been|had been)\s+(?:killed|dead|slain)\b"
    r"|\bnone of (?:them|the \w+) (?:survived|lived|escaped|surrendered)\b|\bno survivors\b",
    re.I,
)
_SURVIVED = re.compile(
    r"\b(?:surrender(?:ed|s)?|gave (?:themselves|himself|herself) up|survived|escaped|fled"
    r"|(?:were|was|been) (?:captured|arrested|detained|taken prisoner|rescued))\b",
    re.I,
)


def _survivors(claim: str, evidence: str) -> list[Reason]:
    """Some who lived, against a claim that every one of them was killed: "The soldiers killed
    another three before the remaining two surrendered" denies "Israeli troops killed all six
    fighters in the group they encountered". The small model reads the two as merely related. Like
    a place, only in a sentence on the claim's topic (``conflicts``): "two escaped" may be of
    anyone."""
    if not _ALL_KILLED.search(claim):
        return []
    lived = _SURVIVED.search(evidence)
    if not lived:
        return []
    said = " ".join(evidence[: lived.end()].split()[-4:])
    return [
        Reason(
            "fate", False, f"fate: the claim says all were killed, the evidence that some lived ('{said}')", denies=True
        )
    ]


# How someone died: of natural causes, or killed. What was killed is in the words before.
_NATURAL_DEATH = re.compile(
    r"\b(?:died|dies|death)\s+(?:of|from)\s+(?:natural causes|illness|disease|old age|a heart attack|cancer)\b"
    r"|\bnatural (?:death|causes)\b",
    re.I,
)
_VIOLENT_DEATH = re.compile(r"\b(?:killed|slain|murdered|executed|assassinated|shot dead)\b", re.I)


def _causes_of_death(claim: str, evidence: str) -> list[Reason]:
    """A natural death where the evidence says the person was killed, or the reverse: "Hamas
    stated that the remains belonged to a captive killed earlier during Israeli bombardments"
    denies "Hamas said the captive ... had died of natural causes", which the model reads as 0.60
    support. Only where the evidence says it of something the claim names (the words just before
    "killed"), and, like a place, only in a sentence on the claim's topic (``conflicts``)."""
    if _NATURAL_DEATH.search(evidence) and _VIOLENT_DEATH.search(evidence):
        return []  # it says both, of whom is not for a pattern to tell
    for claimed, other, reported_as in (
        (_NATURAL_DEATH, _VIOLENT_DEATH, "killed"),
        (_VIOLENT_DEATH, _NATURAL_DEATH, "a natural death"),
    ):
        said, reported = claimed.search(claim), other.search(evidence)
        if not said or not reported:
            continue
        said_of = " ".join(evidence[: reported.start()].split()[-4:])
        if _stems(said_of) & _stems(claim[: said.start()]) and not _NEGATION.search(said_of):
            text = f"fate: the claim says '{said.group()}', the evidence {reported_as} ('{said_of} {reported.group()}')"
            return [Reason("fate", False, text, denies=True)]
    return []


# Moving forward past a landmark, or back behind (or out of) it: "advanced beyond the Yellow
# Line", "have reportedly withdrawn behind the so-called “Yellow Line”". The landmark is what
# follows, up to four words.
_LANDMARK_WORD = (
    r"[“\"']?(?!(?:in|into|inside|deeper|further|at|on|near|to|from|and|with|after|before|since)\b)[\w’'-]+[”\"']?"
)
_LANDMARK = rf"(?P<landmark>(?:the\s+)?(?:so-called\s+)?{_LANDMARK_WORD}(?:\s+{_LANDMARK_WORD}){{0,3}})"
# "pushed forward" goes forward of itself; "pushed beyond" and "moved past" by their preposition.
_FORWARD = re.compile(
    r"\b(?:(?:advanc(?:e|es|ed|ing)|(?:push|press|mov)(?:e|es|ed|ing)?\s+(?:forward|ahead|on|deeper)"
    r"|cross(?:es|ed|ing)?)\s+(?:(?:beyond|past|across|over|into)\s+)?"
    r"|(?:push|press|mov)(?:e|es|ed|ing)?\s+(?:beyond|past|across)\s+)" + _LANDMARK,
    re.I,
)
_BACK = re.compile(
    r"\b(?:withdr(?:aw|aws|awn|ew|awing)|pull(?:s|ed|ing)?\s+back|retreat(?:s|ed|ing)?|f(?:a|e)ll(?:s|en|ing)?\s+back"
    r"|mov(?:e|es|ed|ing)\s+back)\s+(?:behind|from|out\s+of|to)\s+" + _LANDMARK,
    re.I,
)


def _directions(claim: str, evidence: str) -> list[Reason]:
    """Forward past a landmark where the evidence says back behind it, or the reverse: "Israeli
    forces have reportedly withdrawn behind the so-called “Yellow Line”" denies "Israeli forces have
    pushed forward beyond the Yellow Line". The small model reads the two as related (0.54
    contradicting, 0.38 supporting). Only where the landmark is the same and the evidence says
    most of the rest of the claim (as ``_changes_of_course`` asks: the same forces); that is the
    claim's topic, so the denial holds however far the rest of the sentence is from the claim's
    wording (``conflicts``), unlike a place."""
    for claimed_way, claimed, other_way, other in (
        ("forward", _FORWARD, "back", _BACK),
        ("back", _BACK, "forward", _FORWARD),
    ):
        said = claimed.search(claim)
        reported = other.search(evidence)
        if not said or not reported:
            continue
        same_landmark = _stems(said["landmark"]) & _stems(reported["landmark"])
        if same_landmark and _says_most_of(claim, evidence, leaving_out=said.group()):
            claimed_text, reported_text = said.group(), reported.group()
            text = f"direction: the claim says {claimed_way} ('{claimed_text}'), the evidence {other_way}"
            return [Reason("direction", False, f"{text} ('{reported_text}')", denies=True)]
    return []


# The cosine similarity of their sentence embeddings at which a sentence says the claim in other
# words ("Israeli leaders are increasingly concerned that the ceasefire could collapse" for
# "... worried that the truce could fall apart", 0.78), where no check finds what disagrees: the
# embedding model was trained on paraphrases, which the small stance model misses. A claim that
# adds a detail to a sentence can be as near (MultiNLI's neutral pairs), so it supports only where
# the stance model neither leans to contradiction nor reads it as plainly unrelated (``apply``),
# and the checks come first. Only where the similarity is known: retrieval's, in ``/v1/check``.
SAYS_IN_OTHER_WORDS = 0.75
UNRELATED = 0.6  # the model's probability of ``neither`` at which a sentence is plainly unrelated
# Share of the support probability a conflicting number or date takes away.
VETO = 0.8
# Support given to a sentence that reports exactly the claimed quantity (and does not contradict).
EXACT_MATCH_SUPPORT = 0.6


def conflicts(reasons: list[Reason], *, spelled: bool = True) -> bool:
    """A number or date that disagrees with the claim, and none of the same kind that agrees, or
    a denial in so many words (``Reason.denies``) other than those said only on the claim's topic
    (``_ON_TOPIC_ONLY``: a day of the week, a place, a nationality, a course, ...); with
    ``spelled=False``, numbers written in words on either side are left out.

    A conflict lets a sentence far from the claim's wording contradict it (``api.verdict``): a
    number, a date, a bound, a title beside the person's name all say what they are about. A
    day of the week does not: "on Tuesday" may date anything. Nor does a place, "in Cairo" may
    place anything, unless the sentence names the body the claim is about or the people it
    names (``of_subject``), nor a nationality, unless it names those people, nor a course that
    holds ("would continue") or the other side of a contrast ("the Red Cross" may be named in
    any sentence about a handover)."""
    counted = [r for r in reasons if spelled or not r.spelled]
    return bool(_disagreeing(counted) & {"quantity", "date"}) or any(
        r.denies and (r.kind not in _ON_TOPIC_ONLY or r.of_subject) for r in counted
    )


# What a sentence says of a place, a day, an order, a direction, a side, a stage or a course that
# it is silent on, where another sentence denies what the claim says of it (``read_together``).
_UNSAID: dict[Kind, str] = {
    "place": "place: the evidence does not say where; another sentence places it apart",
    "weekday": "weekday: the evidence does not say which day; another sentence gives another",
    "order": "order: the evidence does not order the two events; another sentence orders them otherwise",
    "direction": "direction: the evidence does not say which way; another sentence says the other way",
    "stance": "stance: the evidence does not say for or against; another sentence says the other",
    "stage": "stage: the evidence does not say it has begun; another sentence says it has not",
    "course": "course: the evidence does not say whether it changed; another sentence says otherwise",
}


def read_together(found: Sequence[list[Reason]]) -> list[list[Reason]]:
    """What the checks found in each of the sentences judged for one claim, read as a whole.

    A person may hold two offices ("Qatari Prime Minister and Foreign Minister Sheikh Mohammed"):
    where one sentence gives the person the office the claim gives them, another that calls them
    by their other office ("Qatar's Prime Minister Sheikh Mohammed") denies nothing; it only
    takes its own support away, as a title changed by a modifier does.

    Where a sentence that names the people the claim names places what they did apart from the
    claim's place (``Reason.of_subject``: "Sa'ar told a delegation of young German leaders in
    Jerusalem" for "... while speaking to young leaders in Berlin"), one that says nothing of where
    cannot confirm the claim's place: it only takes its own support away ("While Foreign Minister
    Gideon Sa'ar warned that ... a Hamas-ruled terrorist entity" reads as 0.67 support). So with a
    day: where a sentence denies the claim's day of the week ("mediators ... met Tuesday in Cairo"
    for "The mediators gathered in Cairo on Thursday"), one that gives no day ("Their meeting in
    Cairo came two days after ...") cannot confirm it. A day is said of the claim's one event
    more surely than a place (``_weekdays``), so this needs no sentence naming its people; but
    not a day in a sentence about someone else (``_about_another``). And so with which of two
    events came first (``_order``): "Türkiye's spy chief met ... in Cairo on Tuesday" cannot
    confirm that the Hamas delegation met Rashad two days after that meeting, where another
    sentence says it was two days before; and with which way, which side, whether a stage has
    begun and whether a course holds (``_UNSAID``). Such silence is ``Reason.unsaid``.
    """
    found = list(found)
    for kind, text in _UNSAID.items():
        # A place is said of anything ("fighters trapped in Rafah"): only one said of the claim's
        # people or body leaves the others silent on it.
        if any(_denies_for_all(r, reasons) for reasons in found for r in reasons if r.kind == kind):
            silent = Reason(kind, False, text, unsaid=True)
            found = [reasons if any(r.kind == kind for r in reasons) else [*reasons, silent] for reasons in found]
    if not any(r.kind == "role" and r.agrees for reasons in found for r in reasons):
        return found
    return [[dataclasses.replace(r, denies=False) if r.kind == "role" else r for r in reasons] for reasons in found]


def _denies_for_all(reason: Reason, reasons: list[Reason]) -> bool:
    """Whether ``reason``, found with ``reasons`` in one sentence, denies what the claim says of
    its own subject, so that the other sentences' silence on it confirms nothing."""
    return reason.denies and not _about_another(reasons) and (reason.kind != "place" or reason.of_subject)


def explains_contradiction(reasons: list[Reason]) -> bool:
    """Whether a check found what would make the sentence contradict the claim: a number, date,
    weekday, place, title or negation that disagrees, or any denial in so many words. A person the
    sentence never names explains nothing: it only says the sentence is about someone else; and
    then where, when or how it says something happened is said of that (``_about_another``). Nor
    does silence on what another sentence denies (``Reason.unsaid``)."""
    reasons = [r for r in reasons if not r.unsaid]
    if _about_another(reasons):
        reasons = [r for r in reasons if r.kind not in _ON_TOPIC_ONLY]
    return bool(_disagreeing(reasons) - _SAYS_NOTHING_OF_IT) or any(r.denies for r in reasons)


def _about_another(reasons: list[Reason]) -> bool:
    """Whether the sentence never names a person or body the claim is about: "Al-Qahera said the
    mediators also discussed the issue of the Hamas fighters trapped in Rafah" places the fighters,
    not Ghazi Hamad, whom "Ghazi Hamad sat in on the mediators' discussions in Cairo" is about."""
    return "name" in _disagreeing(reasons)


def _disagreeing(reasons: list[Reason]) -> set[Kind]:
    return {r.kind for r in reasons if not r.agrees} - {r.kind for r in reasons if r.agrees}


def apply(stance: Stance, reasons: list[Reason]) -> Stance:
    """The model's stance, corrected by what the checks found.

    - A conflicting number or date means the sentence cannot support the claim: most of its
      support probability moves to ``contradicts`` if the model already leaned that way, else to
      ``neither``. Short of the bound below, a check never makes a contradiction out of a
      sentence the model saw as unrelated: that is the error users forgive least.
    - Another place takes support away too: "in Khan Younis" does not contradict "in Gaza", and
      "in Jerusalem" may be said of another event than "in Tel Aviv". It denies the claim only
      where every place the sentence names lies apart from the claim's, as GeoNames places them
      (``_places``). So does another day of the week, which denies the claim too where it can (below).
      So does a title changed by a word before it, in a sentence that makes no claim about the
      person's office ("Former prime minister Tony Blair met ..." for "Prime Minister Tony Blair
      met ..."). So does a sentence that names people but never the one the claim names
      (``models.people``): "a Hamas delegation met ... Hassan Rashad" says nothing of what
      Mahmoud Abbas did; and, for a claim about a person's office, one that gives them no title.
      So does one that never names the body the claim is about (``models.organisations``): "The
      Cairo meeting came two days after ..." says nothing of where the Civil-Military
      Coordination Centre is. So does one about a thing the claim says has begun that never says
      it began ("That phase concerns disarming Hamas"; ``_stages``), and one with none of the
      words a contrast asserts ("Palestinian rather than foreign troops"; ``_contrasts``).
    - So does a number given as agreed or due on one side and as done on the other: "600 trucks
      were to enter daily" neither supports nor contradicts "600 trucks enter daily". So does a
      sentence that gives no count of the things the claim counts, nor the claim's number: "its
      attacks have killed at least 342 Palestinians" cannot confirm "17,000 people were wounded".
    - A denial in so many words (``Reason.denies``) contradicts the claim unless the model leans
      to support (a title, whatever the model says); the small model tends to read one as merely
      related. One is an explicit bound on the rate the claim gives, of the same thing, which the
      claim breaks ("no more than 200 trucks a day" for "600 trucks a day"): on the seed claims
      it turns the issue's own example from not enough evidence into refuted; or another figure
      for an agreed rate of exactly the same thing ("600 aid trucks were to enter each day" for
      "the deal called for 400 aid trucks a day"), or a share of what was agreed done that the
      claim's cannot be ("only allowed 1/3 of humanitarian aid trucks" for "more than half of the
      daily aid trucks required"; ``models.ratios``). Another is a title beside the person's name
      that is another office or rank than the claim gives them ("Egypt's intelligence chief
      Hassan Rashad" for "Hassan Rashad is Egypt's foreign minister", "PA Deputy Chairman Hussein
      al-Sheikh" for "Hussein al-Sheikh is the PA's chairman"), unless another sentence gives
      them the claimed office too (``read_together``). Another is a sentence that says those the
      claim names as attending a gathering took no part in it ("the Hamas leaders met separately
      ... and not as part of the discussions of the mediators"). Another is a place apart from
      the claim's, said of something the claim names, whatever the model says (``_places``). The
      next is another day of the week, or another occasion for what was said ("during a cabinet
      meeting" for "at a press conference"), where neither side places a second event in time
      (``_weekdays``, ``_occasions``), whatever the model says too. The last is a course the claim says changed
      that the sentence says holds, or the reverse ("would continue to stand with" for "would
      stop supporting"; ``_changes_of_course``), and being against what the claim says is
      supported, or the reverse, whatever the model says ("continues to refuse the plan's
      condition of disarmament" for "has agreed to disarm"; ``_stances_taken``), and a start
      still ahead for what the claim says has begun ("working to launch the agreement's second
      phase" for "the second phase is already under way"; ``_stages``), and what the claim rules
      out, said in its stead ("to the International Committee of the Red Cross" for "to Egyptian
      officials rather than the Red Cross"; ``_contrasts``), and another recipient of what was
      handed over ("to the International Committee of the Red Cross" for "to the Egyptian army";
      ``_recipients``), and some who lived where the claim says all were killed ("the remaining
      two surrendered"; ``_survivors``) or a killing where the claim says a natural death, or
      the reverse (``_causes_of_death``), and back behind a landmark where the claim says forward
      past it, or the reverse (``_directions``), which holds off the claim's wording too. Only a
      sentence on the same topic can contradict through a place, a day, a course, a stage, a
      contrast, a recipient or a fate (``conflicts``).
    - A sentence that reports exactly the quantity the claim is about (same number, same counted
      thing, same rate) supports it unless the model leans to contradiction: in news the number is
      usually the fact being checked, and a cross-encoder this small misses paraphrases around it
      ("were agreed" / "under the agreement ... were to enter").
    - A sentence that says the claim in other words (``SAYS_IN_OTHER_WORDS``) supports it
      likewise, unless the model leans to contradiction: "Israeli leaders are increasingly
      concerned that the ceasefire could collapse" for "... worried that the truce could fall
      apart", which the model reads as merely related.
    - A sentence that restates the claim supports it, whatever the model says: a cross-encoder
      this small can take a change of word order for a contradiction. So does one whose title for
      a person gives every word of the office the claim gives them ("Major General Hassan Rashad"
      for "Hassan Rashad holds the rank of major general"), which the model reads as 0.67
      contradicting: a name beside a title is not a construction NLI data teaches.
    """
    # Unless the model leans to support; but it cannot tell one office from another ("Foreign
    # Minister Gideon Sa'ar" reads as 0.55 supporting "Gideon Sa'ar serves as Israel's defence
    # minister"), one place from another or one day from another ("engaged ... on Wednesday
    # morning" reads as supporting "engaged ... on Tuesday night"), so a title beside the person's
    # name, a place apart and another day for the one event deny whatever it says.
    leans_to_support = stance.supports >= max(stance.contradicts, stance.neither)
    # A place, a day or a course in a sentence about someone else is said of them.
    about_another = _about_another(reasons)
    denials = [r for r in reasons if r.denies and not (r.kind in _ON_TOPIC_ONLY and about_another)]
    denied = any(r.kind in _WHATEVER_THE_MODEL_SAYS or not leans_to_support for r in denials)
    if _disagreeing(reasons) & _TAKES_SUPPORT_AWAY and not conflicts(reasons):
        moved = VETO * stance.supports
        return _contradicting_if(denied, Stance(stance.supports - moved, stance.contradicts, stance.neither + moved))
    if not conflicts(reasons):
        # The claim in other words, the office it gives someone in the title the sentence gives
        # them, or the meeting it says someone attended in a list of those who did.
        restated = any(
            r.kind == "wording" or (r.kind in ("role", "attendance") and r.agrees and not r.in_passing) for r in reasons
        )
        exact = any(r.exact for r in reasons) and stance.contradicts < 0.5
        # Said in other words, unless the model reads it as against the claim or as plainly about
        # something else: a claim that adds a detail to a sentence is as near to it.
        reworded = any(r.kind == "meaning" for r in reasons) and stance.contradicts < 0.5 and stance.neither < UNRELATED
        if (restated or exact or reworded) and stance.supports < EXACT_MATCH_SUPPORT:
            # Raised so that a restated claim can no longer count as contradicted.
            return _raised(stance, "supports", EXACT_MATCH_SUPPORT)
        return stance
    moved = VETO * stance.supports
    if stance.contradicts >= stance.neither:
        checked = Stance(stance.supports - moved, stance.contradicts + moved, stance.neither)
    else:
        checked = Stance(stance.supports - moved, stance.contradicts, stance.neither + moved)
    return _contradicting_if(denied, checked)


def _contradicting_if(denied: bool, stance: Stance) -> Stance:
    """``stance``, raised to count as contradicting if ``denied``."""
    # The bar is read here, not imported, so that an evaluation trying another bar raises to it.
    if denied and stance.contradicts < models.stance.CONTRADICTS_AT:
        return _raised(stance, "contradicts", models.stance.CONTRADICTS_AT)
    return stance


def read_back(
    model: StanceModel,
    pairs: Sequence[tuple[str, str]],
    stances: Sequence[Stance],
    reasons: Sequence[list[Reason]],
) -> list[Stance]:
    """``stances`` (the model's readings of ``(evidence, claim)`` pairs) with every contradiction
    that no check explains read a second time, the claim first, and lowered where that reading
    disagrees.

    A contradiction holds both ways; this small model's often does not. It calls "The meeting was
    also attended by Majd Faraj, head of the PA's General Intelligence, and ..." a contradiction
    of "Majd Faraj, head of the PA's General Intelligence, attended the meeting with Blair" (0.71),
    and read the other way round it does not (0.21). So a sentence keeps the mean of the two
    readings' ``contradicts`` (the rest goes to ``neither``), and counts as contradicting only if
    that still clears the bar. A number, date, weekday, place, title or negation that a check found
    disagreeing already explains the contradiction (a person the sentence never names does not),
    and a bound holds only one way ("more than 70,000 killed" refutes "1.2 million killed", not
    the reverse), so those are left as the model read them. Only sentences that would count as
    contradicting are read again: a second reading can only lower ``contradicts``, which changes
    what is counted for no other sentence, and it costs a few pairs a claim, not a second pass
    over all of them.
    """
    due = [
        i
        for i, (stance, found) in enumerate(zip(stances, reasons, strict=True))
        if stance.counted_as == "contradicts" and not explains_contradiction(found)
    ]
    backwards = model.judge([(pairs[i][1], pairs[i][0]) for i in due])
    read = list(stances)
    for i, backward in zip(due, backwards, strict=True):
        forward = stances[i]
        both = min(forward.contradicts, (forward.contradicts + backward.contradicts) / 2)
        read[i] = Stance(forward.supports, both, forward.neither + forward.contradicts - both)
    return read


def _raised(stance: Stance, label: Literal["supports", "contradicts"], to: float) -> Stance:
    """``stance`` with ``label``'s probability raised to ``to``; the other two shrink in proportion."""
    probabilities = {"supports": stance.supports, "contradicts": stance.contradicts, "neither": stance.neither}
    rest = 1.0 - probabilities[label]
    scale = (1 - to) / rest if rest else 0.0
    shrunk = {name: p * scale for name, p in probabilities.items()}
    return Stance(**(shrunk | {label: to}))
