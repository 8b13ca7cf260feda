"""Structured checks: numbers, dates and negation, compared like with like."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from models.checks import apply, compare, conflicts, explains_contradiction, read_back, read_together
from models.stance import Stance


@pytest.mark.parametrize(
    ("claim", "evidence", "expected"),
    [
        (
            "Israel lets 600 aid trucks into Gaza a day",
            "Israel is allowing no more than 200 aid trucks into Gaza per day",
            ["quantity: claim 600 trucks/day vs evidence at most 200 trucks/day"],
        ),
        (
            "Israel is letting fewer than 250 aid trucks into Gaza a day",
            "Israel is allowing no more than 200 aid trucks into Gaza per day",
            ["quantity: claim at most 250 trucks/day consistent with evidence at most 200 trucks/day"],
        ),
        (
            "Israel is allowing at least 500 aid trucks into Gaza every day",
            "Israel is allowing no more than 200 aid trucks into Gaza per day",
            ["quantity: claim at least 500 trucks/day vs evidence at most 200 trucks/day"],
        ),
        (
            "600 trucks per day were agreed",
            "Under the ceasefire agreement, 600 trucks of aid were supposed to enter Gaza daily.",
            ["quantity: claim 600 trucks/day matches evidence 600 trucks/day"],
        ),
        (
            "More than 300 Palestinians have been killed",
            "Attacks have killed at least 342 Palestinians since October 10.",
            ["quantity: claim at least 300 palestinians consistent with evidence at least 342 palestinians"],
        ),
        (
            "Israel has killed 1.2 million people",
            "Israel has killed more than 70,000 people, mostly women and children.",
            ["quantity: claim 1,200,000 people vs evidence at least 70,000 people"],
        ),
        (
            "The ceasefire took effect on October 1",
            "The deal took effect Oct. 10 after two years of conflict.",
            ["date: claim October 1 vs evidence October 10"],
        ),
        (
            "Israel has complied with the ceasefire agreement",
            "Israel has not complied with the agreement.",
            ["negation: only the evidence says 'not'"],
        ),
        (
            "Hamas has handed over the hostage remains",
            "The talks stalled, with Hamas failing to hand over the last of the hostage remains.",
            ["negation: only the evidence says 'failing to'"],
        ),
        (
            "The mediators met in Doha to discuss the ceasefire",
            "Mediators met on Tuesday in Cairo to discuss the second phase of the ceasefire.",
            ["place: claim in Doha vs evidence in Cairo, not the same place"],
        ),
        (
            "Mediators met in Cairo",
            "Officials met in Cairo on Tuesday.",
            ["place: claim in Cairo matches evidence"],
        ),
        (  # a people or a language after "in" is not a place
            "The mediators met in Doha",
            "Reports in Arab media say the mediators met on Tuesday in Cairo.",
            ["place: claim in Doha vs evidence in Cairo, not the same place"],
        ),
        ("Leaflets were dropped in Gaza", "The leaflets were written in Arabic.", []),
        # A direction before a place is part of it.
        (
            "The truce centre is located in northern Israel",
            "The centre was set up by the US and its allies in southern Israel.",
            ["place: claim in northern Israel vs evidence in southern Israel, not the same place"],
        ),
        (
            "The truce centre is in Israel",
            "It was set up in southern Israel.",
            ["place: claim in Israel matches evidence"],
        ),
        # A place inside the claim's agrees with it; one that may or may not be it only differs.
        (
            "The mediators met in Egypt",
            "The mediators met in Cairo.",
            ["place: evidence in Cairo, which lies in Egypt"],
        ),
        (
            "The fighters are trapped in Gaza",
            "They are trapped in Rafah.",
            ["place: claim in Gaza vs evidence in Rafah"],
        ),
        (
            "Six more fighters were engaged on Tuesday evening",
            "While six more were engaged by IDF fire on Wednesday morning.",
            ["weekday: claim Tuesday vs evidence Wednesday"],
        ),
        # The day something was said is not the day it happened.
        ("The mediators met on Friday", "Officials said on Tuesday that the mediators met.", []),
        (
            "Boards can be hired at Bat Galim Beach",
            "Boards are for hire at the marina and at Bat Galim beach.",
            ["place: claim in Bat Galim Beach matches evidence"],
        ),
        (
            "Ten Israeli captives remain inside Gaza",
            "Only three Israeli captives remain inside Gaza.",
            [
                "quantity: claim ten captives vs evidence at most three captives",
                "place: claim in Gaza matches evidence",
            ],
        ),
        (
            "Israel is letting 600 aid trucks into Gaza every day",
            "Under the ceasefire agreement, 600 trucks of aid were supposed to enter Gaza daily.",
            ["plan: the evidence gives 600 trucks/day as agreed or due, the claim as done"],
        ),
        (
            "The ceasefire deal provided for 600 aid trucks to enter Gaza each day",
            "Israel is allowing no more than 200 aid trucks into Gaza per day",
            ["plan: the claim gives 600 trucks/day as agreed or due, the evidence as done"],
        ),
        (
            "Temperatures rose 2 degrees",
            "Temperatures rose 0.8 degrees since 1900.",  # a decimal is a count, not a share
            ["quantity: claim 2 degrees vs evidence 0.8 degrees"],
        ),
        (
            "The death toll passed 69,000 people",
            "Israel has killed more than 70,000 people.",
            ["quantity: claim at least 69,000 people consistent with evidence at least 70,000 people"],
        ),
        ("The low was -5 degrees", "The low was 5 degrees.", ["quantity: claim -5 degrees vs evidence 5 degrees"]),
        (
            "Israel has allowed a third of aid trucks into Gaza",
            "Israel has allowed ⅓ of the aid trucks into Gaza.",
            ["quantity: claim a third of trucks matches evidence 1/3 of trucks"],
        ),
        (  # another share of the same things, written with a hyphen
            "Israel has let in about two-thirds of the aid trucks",
            "Israel has only allowed 1/3 of humanitarian aid trucks into Gaza.",
            ["quantity: claim about two-thirds of trucks vs evidence 1/3 of trucks"],
        ),
        # The same thing written another way is a restatement.
        (
            "The deal came into effect on October 10",
            "The deal came into effect on Oct 10.",
            [
                "date: claim October 10 matches evidence October 10",
                "wording: evidence restates the claim (every content word and number)",
            ],
        ),
        (
            "The company hired 1,200 workers on Tuesday",
            "On Tues. the company hired 1200 workers.",
            [
                "quantity: claim 1,200 workers matches evidence 1,200 workers",
                "wording: evidence restates the claim (every content word and number)",
            ],
        ),
        # A rate over another period is compared per day.
        (
            "600 trucks a week entered",
            "600 trucks a day entered.",
            ["quantity: claim 600 trucks/week vs evidence 600 trucks/day"],
        ),
        (
            "600 trucks a day entered",
            "4,200 trucks a week entered.",
            ["quantity: claim 600 trucks/day consistent with evidence 4,200 trucks/week"],
        ),
        # Unlike things are never compared: other nouns, a negation in another clause, a share
        # with a count, a number inside a name or an exponent. The sentence only gives no count.
        (
            "Israel lets 600 aid trucks into Gaza",
            "Israel has only allowed 1/3 of humanitarian aid trucks into Gaza.",
            ["count: the evidence gives no count of 600 trucks"],
        ),
        (
            "600 trucks per day were agreed",
            "The talks lasted 6 hours on Tuesday.",
            ["count: the evidence gives no count of 600 trucks/day"],
        ),
        ("Aid entered Gaza in October", "Aid was held up at the crossing in November.", []),
        ("Covid-19 cases rose in 2021", "Cases of Covid-19 fell.", []),
        (
            "It cost 1,000,000 dollars",
            "It cost 10^6 dollars in all.",
            ["count: the evidence gives no count of 1,000,000 dollars"],
        ),
        (
            "Strikes killed 20 people in Gaza",
            "The strikes were condemned by the mediators.",
            ["count: the evidence gives no count of 20 people"],
        ),
        (
            "More than 300 Palestinians have been killed since the truce",
            "Israel has not adhered to the deal, launching attacks that have killed at least 342 Palestinians.",
            ["quantity: claim at least 300 palestinians consistent with evidence at least 342 palestinians"],
        ),
    ],
)
def test_checks_report_what_they_compared(claim: str, evidence: str, expected: list[str]) -> None:
    assert [reason.text for reason in compare(claim, evidence)] == expected


def test_a_conflicting_number_takes_away_support_but_never_invents_a_contradiction() -> None:
    conflict, same_day = compare("600 trucks entered on Tuesday", "200 trucks entered on Tuesday.")
    assert same_day.text == "weekday: claim Tuesday matches evidence"
    leaning_support = apply(Stance(supports=0.7, contradicts=0.1, neither=0.2), [conflict])
    assert leaning_support.supports < 0.2 and leaning_support.contradicts == 0.1
    leaning_against = apply(Stance(supports=0.3, contradicts=0.5, neither=0.2), [conflict])
    assert leaning_against.contradicts > 0.7
    unrelated = apply(Stance(supports=0.1, contradicts=0.2, neither=0.7), [conflict])
    assert unrelated.counted_as == "neither"
    for stance in (leaning_support, leaning_against, unrelated):
        assert abs(stance.supports + stance.contradicts + stance.neither - 1) < 1e-9


def test_a_count_of_things_in_either_of_two_states_bounds_a_count_of_one() -> None:
    evidence = "The IDF said that it killed or captured 17 Hamas fighters who attempted to flee a tunnel."
    fewer, more, both = (
        [r.text for r in compare(claim, evidence) if r.kind == "quantity"]
        for claim in (
            "The Israeli military said it had killed eight fighters who came out of a tunnel",
            "The IDF killed 30 Hamas fighters",
            "The IDF killed or captured 70 Hamas fighters",
        )
    )
    assert fewer == ["quantity: claim eight fighters consistent with evidence at most 17 fighters"]
    assert more == ["quantity: claim 30 fighters vs evidence at most 17 fighters"]
    assert both == ["quantity: claim 70 fighters vs evidence 17 fighters"]
    unbounded = "The IDF said that it killed or captured more than 17 Hamas fighters."
    assert not [r for r in compare("The IDF killed 30 Hamas fighters", unbounded) if r.kind == "quantity"]


@pytest.mark.parametrize(
    ("claim", "evidence", "expected"),
    [
        (
            "Fewer than 100 Palestinians have been killed since the truce began",
            "Israeli fire has killed more than 300 Palestinians since the truce took hold.",
            ["quantity: claim at most 100 palestinians vs evidence at least 300 palestinians"],
        ),
        (
            "Around 200 Hamas fighters are still trapped in the Rafah tunnels",
            "The IDF said that it killed or captured 17 Hamas fighters who attempted to flee a tunnel.",
            [],
        ),
        (
            "Under the ceasefire, 1,000 aid trucks were supposed to enter Gaza every day",
            "Under the deal, 600 aid trucks were to enter Gaza each day.",
            ["quantity: claim 1,000 trucks/day vs evidence 600 trucks/day"],
        ),
    ],
)
def test_a_count_is_compared_only_with_a_count_of_things_in_the_same_state(
    claim: str, evidence: str, expected: list[str]
) -> None:
    # Fighters trapped are not fighters killed or captured, however many of each there are; but
    # "were supposed to enter" says what was due, not what became of the trucks.
    assert [r.text for r in compare(claim, evidence) if r.kind == "quantity"] == expected


def test_a_rate_the_evidence_explicitly_caps_below_the_claim_contradicts_it() -> None:
    # The issue's own example: a denial in so many words, which the small model reads as related.
    reasons = compare(
        "Israel is letting 600 aid trucks into Gaza every day",
        "However, Israel is allowing no more than 200 aid trucks into Gaza per day",
    )
    assert [(r.text, r.denies) for r in reasons] == [
        ("quantity: claim 600 trucks/day vs evidence at most 200 trucks/day", True)
    ]
    denied = apply(Stance(supports=0.23, contradicts=0.38, neither=0.39), reasons)
    assert denied.counted_as == "contradicts" and abs(denied.supports + denied.contradicts + denied.neither - 1) < 1e-9
    # Unless the model leans to support.
    assert apply(Stance(supports=0.6, contradicts=0.1, neither=0.3), reasons).counted_as != "contradicts"


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("600 trucks entered in total", "No more than 200 trucks entered."),  # a count, not a rate: scope varies
        ("600 trucks a day entered", "About 200 trucks a day entered."),  # no explicit bound
        ("600 trucks a week entered", "No more than 200 trucks a day entered."),  # another rate
        ("100 trucks a day entered", "No more than 200 trucks a day entered."),  # within the bound
    ],
)
def test_only_an_explicit_bound_on_the_same_rate_denies_a_claim(claim: str, evidence: str) -> None:
    assert not any(r.denies for r in compare(claim, evidence))


@pytest.mark.parametrize(
    "claim",
    [
        "The ceasefire agreement called for 400 aid trucks to enter Gaza every day",
        "The ceasefire deal called for 600 aid trucks to enter Gaza every week",  # rates compared per day
    ],
)
def test_another_figure_for_an_agreed_rate_denies_a_claim(claim: str) -> None:
    evidence = "Under the Oct. 10 cease-fire deal, 600 aid trucks were to enter Gaza each day."
    assert [r.denies for r in compare(claim, evidence)] == [True]


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("The deal called for 50 fuel trucks a day", "Under the deal, 600 aid trucks were to enter each day."),
        ("The deal called for 400 trucks in all", "Under the deal, 600 trucks were to enter each day."),
    ],
)
def test_an_agreed_figure_of_something_else_or_no_rate_denies_nothing(claim: str, evidence: str) -> None:
    assert not any(r.denies for r in compare(claim, evidence))


def test_agreeing_checks_leave_the_model_alone() -> None:
    stance = Stance(supports=0.6, contradicts=0.1, neither=0.3)
    assert apply(stance, compare("600 trucks a day", "600 trucks of aid entered daily.")) == stance


def test_a_sentence_with_exactly_the_claimed_quantity_supports_unless_it_contradicts() -> None:
    reasons = compare("600 trucks per day were agreed", "Under the deal, 600 trucks of aid were to enter Gaza daily.")
    assert [r.exact for r in reasons] == [True]
    boosted = apply(Stance(supports=0.1, contradicts=0.1, neither=0.8), reasons)
    assert boosted.supports == 0.6 and abs(boosted.supports + boosted.contradicts + boosted.neither - 1) < 1e-9
    leaning_against = Stance(supports=0.1, contradicts=0.6, neither=0.3)
    assert apply(leaning_against, reasons) == leaning_against
    # The same number over another period is another quantity.
    assert [r.exact for r in compare("600 trucks per week", "600 trucks of aid entered daily.")] == [False]


def test_outlets_words_for_the_same_people_count_the_same_things() -> None:
    claim = "On Tuesday the IDF said it killed eight more militants"
    reasons = compare(claim, "On Tuesday, the military said it killed another five terrorists in the same area.")
    quantity = "quantity: claim eight militants vs evidence five terrorists"
    assert [r.text for r in reasons if r.kind == "quantity"] == [quantity]


@pytest.mark.parametrize(
    ("claim", "denied"),
    [
        ("Most of the people Israel has killed in Gaza were men", True),
        ("Most of those killed were civilians", False),  # may be women and children
        ("Most of those killed were women and children", False),
    ],
)
def test_who_most_of_them_were_denies_a_group_no_one_belongs_to_with_it(claim: str, denied: bool) -> None:
    evidence = "Israel has killed more than 70,000 people, mostly women and children, in Gaza."
    majority = [r.text for r in compare(claim, evidence) if r.denies]
    assert majority == (["quantity: claim mostly men vs evidence mostly women and children"] if denied else [])


def test_a_count_is_compared_with_the_count_of_things_the_same_became_of() -> None:
    evidence = "Israel has killed more than 70,000 people, and wounded over 170,700 others in Gaza."
    # "others" counts what the count before counted; the participle before a number says what became of them:
    # of several counts of the same things, only those of the claim's fate are compared.
    for claim in ("Fewer than 100,000 people have been wounded", "Israel has wounded fewer than 100,000 people"):
        assert [r.text for r in compare(claim, evidence)] == [
            "quantity: claim at most 100,000 people vs evidence at least 170,700 people"
        ]
    assert next(r.text for r in compare("More than 70,000 people have been killed", evidence)) == (
        "quantity: claim at least 70,000 people matches evidence at least 70,000 people"
    )
    # A count of things that met another fate is of other things.
    encountered = "Troops sent to investigate encountered a group of six fighters, one of whom was killed before."
    assert [r for r in compare("Troops investigating the clash killed three more fighters", encountered)] == []
    # A count of things in either of two states is one of each.
    claim = "Fewer than ten fighters were killed or captured"
    reasons = compare(claim, "It killed or captured 17 fighters in the tunnels.")
    assert [r.text for r in reasons] == ["quantity: claim at most ten fighters vs evidence 17 fighters"]


def test_a_sentence_that_gives_no_count_of_the_claims_things_takes_its_support_away() -> None:
    claim = "About 17,000 people have been wounded in Israeli attacks since October 2023"
    evidence = "Its near-daily attacks since the truce have killed at least 342 Palestinians."
    reasons = compare(claim, evidence)
    assert [r.text for r in reasons] == ["count: the evidence gives no count of about 17,000 people"]
    # It cannot confirm the count, but says nothing against it either.
    assert apply(Stance(supports=0.41, contradicts=0.30, neither=0.29), reasons).counted_as == "neither"
    assert not conflicts(reasons) and not explains_contradiction(reasons)
    assert apply(Stance(supports=0.1, contradicts=0.2, neither=0.7), reasons).counted_as == "neither"


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("More than 300 people have been killed", "The toll passed 300."),  # the number, if not what it counts
        ("The talks lasted 30 years", "The talks went on for decades."),  # how long, not how many
        ("Turnout was 66 percent", "Two in three voters turned out."),  # how much
        ("Israel let in two-thirds of the trucks", "Israel let in 400 of the 600 trucks."),  # a share
        ("Hamas freed twenty hostages", "Hamas freed all the living hostages."),  # in words
    ],
)
def test_a_number_that_counts_nothing_or_is_in_the_sentence_is_no_missing_count(claim: str, evidence: str) -> None:
    assert "count" not in {r.kind for r in compare(claim, evidence)}


def test_another_share_of_the_same_things_denies_the_claim() -> None:
    claim = "Israel is letting in about half of the aid trucks the ceasefire requires"
    reasons = compare(claim, "Israel has only allowed 1/3 of humanitarian aid trucks into Gaza.")
    assert [(r.text, r.denies) for r in reasons] == [
        ("quantity: claim about half of trucks vs evidence 1/3 of trucks", True)
    ]
    assert apply(Stance(supports=0.2, contradicts=0.3, neither=0.5), reasons).counted_as == "contradicts"
    # A share is as sure in words as in digits: it may contradict a sentence far from the claim.
    assert conflicts(reasons, spelled=False)
    # A share is never set against a count.
    assert compare(claim, "Israel let 200 aid trucks in on Monday.") == []
    # What follows a share is said of the whole: a share of the trucks required is a share let in.
    claim = "Israel has let half of the aid trucks promised under the ceasefire into Gaza"
    assert [r.denies for r in compare(claim, "Israel has only allowed 1/3 of humanitarian aid trucks.")] == [True]


def test_another_nationality_for_the_same_thing_denies_the_claim_whatever_the_model_says() -> None:
    claim = "The Palestinian source spoke to the Qatari newspaper Asharq Al-Awsat"
    reasons = compare(claim, "The Palestinian source told Saudi newspaper Asharq Al-Awsat that al-Sheikh met Blair.")
    assert [(r.text, r.denies) for r in reasons] == [
        ("origin: claim Qatari newspaper vs evidence Saudi newspaper", True)
    ]
    assert apply(Stance(supports=0.6, contradicts=0.1, neither=0.3), reasons).counted_as == "contradicts"
    assert conflicts(reasons)  # said of Asharq Al-Awsat, which the sentence names (see below)


@pytest.mark.parametrize(
    "evidence",
    [
        "The meeting included the Egyptian and Turkish intelligence chiefs.",  # one of them is the claim's
        "Attendees included the head of Egyptian General Intelligence and Turkish intelligence chief Kalin.",
    ],
)
def test_the_claims_nationality_among_several_agrees(evidence: str) -> None:
    assert not [
        r for r in compare("The Egyptian intelligence chief attended the meeting", evidence) if r.kind == "origin"
    ]


def test_the_claims_country_named_elsewhere_takes_support_away_but_denies_nothing() -> None:
    claim = "The Egyptian intelligence chief attended the meeting"
    reasons = compare(claim, "Among those at the talks were the Turkish intelligence chief and Egypt's prime minister.")
    assert [(r.kind, r.agrees, r.denies) for r in reasons] == [("origin", False, False)]
    assert apply(Stance(supports=0.8, contradicts=0.1, neither=0.1), reasons).counted_as == "neither"


def test_another_nationality_after_the_claims_own_words_denies_even_beside_the_claims_country() -> None:
    claim = "Al-Qahera News has ties to Qatari intelligence"
    evidence = "Al-Qahera News, which has ties to Egyptian intelligence, said Qatar's prime minister attended."
    reasons = compare(claim, evidence)
    assert [(r.text, r.denies) for r in reasons] == [
        ("origin: claim Qatari intelligence vs evidence Egyptian intelligence", True)
    ]


def test_a_place_that_may_lie_within_the_claims_takes_support_away_but_never_contradicts() -> None:
    # Rafah lies in Gaza, or in Egypt: GeoNames knows a city of each.
    reasons = compare("The fighters are trapped in Gaza", "The fighters are trapped in Rafah.")
    assert [(r.agrees, r.denies) for r in reasons] == [(False, False)]
    for stance in (Stance(supports=0.8, contradicts=0.1, neither=0.1), Stance(0.5, 0.4, 0.1)):
        checked = apply(stance, reasons)
        assert checked.counted_as == "neither" and checked.contradicts == stance.contradicts


def test_another_facility_something_was_taken_to_denies_the_claim() -> None:
    claim = "The remains Israel retrieved from Gaza were taken to Hadassah hospital for identification"
    evidence = "Israeli forces transported the remains from Gaza to the Abu Kabir Forensic Institute."
    reasons = compare(claim, evidence)
    assert [(r.text, r.denies) for r in reasons] == [
        ("place: claim in Hadassah hospital vs evidence in Abu Kabir Forensic Institute, not the same place", True)
    ]
    assert apply(Stance(supports=0.5, contradicts=0.3, neither=0.2), reasons).counted_as == "contradicts"


def test_a_facility_is_also_the_place_of_what_it_is_for() -> None:
    # Nothing before the facility is said of what the claim names; what it is for is.
    evidence = "They took a body from Gaza and transported it to the Abu Kabir Forensic Institute for identification."
    reasons = compare("Israeli forces took the retrieved remains to Sheba Medical Center for identification", evidence)
    assert [(r.text, r.denies) for r in reasons] == [
        ("place: claim in Sheba Medical Center vs evidence in Abu Kabir Forensic Institute, not the same place", True)
    ]
    elsewhere = compare("Israeli forces took the retrieved remains to Sheba Medical Center", evidence)
    assert [(r.kind, r.denies) for r in elsewhere] == [("place", False)]


@pytest.mark.parametrize(
    ("claim", "denied"),
    [
        ("The 17 fighters were trying to flee toward Israeli-held territory", True),  # a nation's ground
        ("The 17 fighters were trying to flee toward Hamas-held territory", False),  # may be the same group
    ],
)
def test_ground_held_by_a_group_denies_a_nations_ground(claim: str, denied: bool) -> None:
    evidence = "Hamas fighters attempted to flee the tunnels towards territory controlled by the terror organization."
    assert [r.denies for r in compare(claim, evidence) if r.kind == "place"] == ([True] if denied else [])


def test_a_place_apart_from_the_claims_denies_it_whatever_the_model_says() -> None:
    reasons = compare("The mediators met in Doha", "The mediators met in Cairo on Tuesday.")
    assert [(r.agrees, r.denies) for r in reasons] == [(False, True)]
    # The model cannot tell one place from another: it may lean to support.
    assert apply(Stance(supports=0.5, contradicts=0.3, neither=0.2), reasons).counted_as == "contradicts"
    # "in Cairo" may place anything: only a sentence on the claim's topic contradicts through it.
    assert not conflicts(reasons)


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        # The place is said of something else: where the fighters are, not where the mediators met.
        ("The mediators met in Doha", "Al-Qahera said the mediators also discussed the fighters trapped in Rafah."),
        # Another event: the next meeting is not the last one.
        ("The mediators will hold their next round of talks in Doha", "The mediators met in Cairo on Tuesday."),
        ("The mediators agreed to meet again in Doha", "The mediators met in Cairo on Tuesday."),
        # A place GeoNames does not know may be anywhere.
        ("The mediators met at Kerem Shalom", "The mediators met in Cairo on Tuesday."),
    ],
)
def test_a_place_denies_only_one_event_said_of_the_same_thing_somewhere_else(claim: str, evidence: str) -> None:
    assert not any(r.denies for r in compare(claim, evidence))


def test_a_place_denial_said_of_the_body_the_claim_is_about_holds_off_the_claims_wording() -> None:
    claim = "The Civil-Military Coordination Centre that monitors the truce is based in Cairo"
    evidence = (
        "Mediators will work with the Civil-Military Coordination Centre, the monitoring centre in southern Israel."
    )
    reasons = compare(claim, evidence)
    assert [r.text for r in reasons] == ["place: claim in Cairo vs evidence in southern Israel, not the same place"]
    assert conflicts(reasons)
    # A sentence that never names the centre says nothing of where it is.
    elsewhere = compare(claim, "The Cairo meeting came two days after a Hamas delegation met Hassan Rashad.")
    assert [r.text for r in elsewhere] == [
        "place: claim in Cairo matches evidence",
        "name: the evidence never names Civil-Military Coordination Centre",
    ]
    assert apply(Stance(supports=0.8, contradicts=0.1, neither=0.1), elsewhere).counted_as == "neither"


def test_earlier_this_month_dates_the_one_event_and_places_no_second_one() -> None:
    claim = "Gideon Sa'ar made his remarks about a Palestinian state to a German delegation in Tel Aviv"
    dated = compare(claim, "Sa’ar told a delegation of young German leaders in Jerusalem earlier this month.")
    assert [(r.text, r.denies) for r in dated] == [
        ("place: claim in Tel Aviv vs evidence in Jerusalem, not the same place", True)
    ]
    # "earlier", on its own, may be before another event.
    before = compare(claim, "Sa’ar told a delegation of young German leaders in Jerusalem earlier, before the talks.")
    assert [r.denies for r in before] == [False]


def test_a_place_said_of_the_claims_people_leaves_no_support_to_sentences_that_say_nowhere() -> None:
    claim = "Gideon Sa'ar warned of a Hamas terror state while speaking to young leaders in Berlin"
    placed = compare(claim, "Sa’ar told a delegation of young German leaders in Jerusalem earlier this month.")
    assert [(r.kind, r.denies, r.of_subject) for r in placed] == [("place", True, True)]
    assert conflicts(placed)
    nowhere = compare(
        claim, "Foreign Minister Gideon Sa’ar warned that a Palestinian state would be a terrorist entity."
    )
    assert not any(r.kind == "place" for r in nowhere)
    together = read_together([placed, nowhere])
    assert [r.text for r in together[1] if r.kind == "place"] == [
        "place: the evidence does not say where; another sentence places it apart"
    ]
    assert apply(Stance(supports=0.67, contradicts=0.2, neither=0.13), together[1]).counted_as != "supports"
    # Said of no one the claim names, the place may be another event's: nothing changes.
    unnamed = compare(claim, "Al-Qahera said the mediators discussed the Hamas fighters trapped in Rafah.")
    assert read_together([unnamed, nowhere])[1] == nowhere


@pytest.mark.parametrize(
    "evidence",
    [
        "The mediators agreed to intensify coordination with the Civil-Military Coordination Centre, the U.S.-backed"
        " monitoring hub established in southern Israel to oversee the cease-fire.",
        'The mediators "agreed to continue strengthening coordination and cooperation with the Civil-Military'
        ' Coordination Centre" -- the truce monitoring centre set up by the US and its allies in southern Israel.',
    ],
)
def test_a_place_in_the_words_after_the_name_of_the_claims_body_is_said_of_it(evidence: str) -> None:
    reasons = compare("The Civil-Military Coordination Centre is located in northern Egypt", evidence)
    assert [(r.kind, r.denies, r.of_subject) for r in reasons] == [("place", True, True)]
    assert conflicts(reasons)
    # Not set beside its name, the place may be anything's.
    claim = "The Palestinian Authority wants its security forces trained in Egypt"
    role = "The two also discussed the role of the PA in Gaza through a technocratic committee."
    assert not [r for r in compare(claim, role) if r.denies]


def test_a_place_named_with_the_is_a_place() -> None:
    claim = "The Civil-Military Coordination Centre that monitors the truce is based inside the Gaza Strip"
    evidence = "Mediators will work with the Civil-Military Coordination Centre, the hub in southern Israel."
    reasons = compare(claim, evidence)
    expected = "place: claim in Gaza Strip vs evidence in southern Israel, not the same place"
    assert [r.text for r in reasons] == [expected]
    assert conflicts(reasons)


def test_another_weekday_takes_support_away_and_denies_a_claim_about_one_event() -> None:
    claim, evidence = "The mediators met in Cairo on Friday", "The mediators met in Cairo on Tuesday."
    reasons = compare(claim, evidence)
    # Whatever the model says: it cannot tell one day from another.
    for stance in (Stance(supports=0.8, contradicts=0.1, neither=0.1), Stance(0.03, 0.17, 0.80)):
        assert apply(stance, reasons).counted_as == "contradicts"
    # A denial by a day lets no sentence far from the claim contradict: "on Tuesday" may date anything.
    assert not conflicts(reasons)
    # The same count of a series is the same event.
    same = compare("The IDF engaged six more fighters on Monday", "Six more were engaged by IDF fire on Wednesday.")
    assert [(r.kind, r.denies) for r in same] == [("weekday", True)]


def test_where_another_day_is_given_a_sentence_that_gives_none_cannot_confirm_the_claims_day() -> None:
    claim = "The mediators gathered in Cairo on Thursday"
    dated = compare(claim, "Mediators and guarantors of the Gaza peace plan met Tuesday in Cairo.")
    undated = compare(claim, "Their meeting in Cairo came two days after a Hamas delegation met Hassan Rashad.")
    assert [r.kind for r in undated if r.kind == "weekday"] == []
    together = read_together([dated, undated])
    assert [r.text for r in together[1] if r.kind == "weekday"] == [
        "weekday: the evidence does not say which day; another sentence gives another"
    ]
    assert apply(Stance(supports=0.46, contradicts=0.35, neither=0.19), together[1]).counted_as != "supports"
    # A day that only names which event the claim means ("Wednesday's clash") dates nothing else.
    clash = compare(
        "Troops sent to investigate Wednesday's clash came across a group of six fighters",
        "On Tuesday, the military said it killed another five terrorists in the same area.",
    )
    assert [(r.kind, r.denies) for r in clash if r.kind == "weekday"] == [("weekday", False)]


def test_where_another_order_is_given_a_sentence_that_orders_nothing_cannot_confirm_the_claims() -> None:
    claim = "The senior Hamas delegation met Hassan Rashad two days after the mediators' Cairo meeting"
    ordered = compare(claim, "The Cairo meeting came two days after a senior Hamas delegation met Hassan Rashad.")
    assert [(r.kind, r.denies) for r in ordered] == [("order", True)]
    unordered = compare(claim, "Türkiye's spy chief met his Egyptian counterpart in Cairo on Tuesday.")
    together = read_together([ordered, unordered])
    assert [r.text for r in together[1] if r.kind == "order"] == [
        "order: the evidence does not order the two events; another sentence orders them otherwise"
    ]
    assert apply(Stance(supports=0.42, contradicts=0.41, neither=0.17), together[1]).counted_as != "supports"
    # Silence explains no contradiction the model may read into the sentence.
    assert not explains_contradiction(together[1])


@pytest.mark.parametrize(
    ("claim", "denying", "silent", "unsaid"),
    [
        (
            "Israeli forces have pushed forward past the Yellow Line",
            "Israeli forces have reportedly withdrawn behind the so-called “Yellow Line” in the Gaza Strip.",
            "Palestinian militants cross the Yellow Line almost every day.",
            "direction: the evidence does not say which way; another sentence says the other way",
        ),
        (
            "Netanyahu supports the creation of a Palestinian state",
            "Netanyahu remains firmly opposed to the creation of a Palestinian state, he said.",
            "Netanyahu spoke about a Palestinian state on Sunday.",
            "stance: the evidence does not say for or against; another sentence says the other",
        ),
    ],
)
def test_where_a_sentence_denies_which_way_or_which_side_one_silent_on_it_takes_no_support(
    claim: str, denying: str, silent: str, unsaid: str
) -> None:
    found = [compare(claim, denying), compare(claim, silent)]
    assert [r.denies for r in found[0]] == [True]
    together = read_together(found)
    assert [(r.text, r.unsaid) for r in together[1]] == [(unsaid, True)]
    assert apply(Stance(supports=0.6, contradicts=0.2, neither=0.2), together[1]).counted_as != "supports"


def test_another_part_of_the_same_day_denies_a_claim_about_one_event() -> None:
    claim, evidence = (
        "Six more fighters came under IDF fire on Wednesday evening",
        "While six more were engaged on Wednesday morning.",
    )
    reasons = compare(claim, evidence)
    assert [(r.text, r.denies) for r in reasons if r.kind == "weekday"] == [
        ("weekday: claim Wednesday evening vs evidence Wednesday morning", True)
    ]
    assert apply(Stance(supports=0.7, contradicts=0.1, neither=0.2), reasons).counted_as == "contradicts"
    # Night and evening overlap; a part of the day on one side only is no disagreement.
    for other in ("Six more fighters came under IDF fire on Wednesday night", "Six more came under fire on Wednesday"):
        night = compare(other, "While six more were engaged on Wednesday evening.")
        assert [r.agrees for r in night if r.kind == "weekday"] == [True]


@pytest.mark.parametrize(
    ("evidence", "said"),
    [
        ("Mediators are working to launch the agreement's second phase.", "to launch the agreement's second phase"),
        (
            "Israel has tied the start of negotiations for the second phase to the remains.",
            "start of negotiations for the second phase",
        ),
        ("They met to discuss how to move into the plan's second phase.", "move into the plan's second phase"),
        ("He said immediate implementation of the second phase is necessary.", "implementation of the second phase"),
    ],
)
def test_a_start_still_ahead_denies_a_claim_that_it_has_begun_whatever_the_model_says(evidence: str, said: str) -> None:
    reasons = compare("The second phase of the Gaza ceasefire is already under way", evidence)
    assert [(r.text, r.denies) for r in reasons if r.kind == "stage"] == [
        (f"stage: the claim says the second phase has begun, the evidence that it is ahead ('{said}')", True)
    ]
    assert apply(Stance(supports=0.63, contradicts=0.1, neither=0.27), reasons).counted_as == "contradicts"
    assert not conflicts(reasons)  # only a sentence on the claim's topic contradicts through it
    assert explains_contradiction(reasons)


def test_a_sentence_that_never_says_it_began_takes_no_support_from_a_claim_that_it_has() -> None:
    claim = "The second phase has already begun"
    silent = compare(claim, "That phase concerns disarming Hamas and deploying a stabilisation force.")
    assert [r.text for r in silent] == ["stage: the claim says the second phase has begun, the evidence never says so"]
    assert apply(Stance(supports=0.6, contradicts=0.1, neither=0.3), silent).counted_as == "neither"
    assert not explains_contradiction(silent)  # it says nothing of when
    begun = compare(claim, "The second phase began on Monday, officials said.")
    assert [r for r in begun if r.kind == "stage"] == []
    # Something someone began doing is no thing that began.
    assert compare("Israel has already begun withdrawing its troops", "Israeli forces have withdrawn.") == []
    # Since the start of it, it has begun.
    assert [r.kind for r in compare("The war has already begun", "Since the start of the war, 300 died.")] == []


@pytest.mark.parametrize(
    ("claim", "evidence", "said"),
    [
        (
            "Hamas handed the captive's remains to Egyptian officials rather than the Red Cross",
            "Hamas handed over the remains of another captive to the International Committee of the Red Cross.",
            "contrast: the claim says 'Egyptian officials' rather than 'the Red Cross',"
            " the evidence says 'the Red Cross'",
        ),
        (
            "It was Qatar's prime minister, not Egypt's intelligence chief, whom the Hamas delegation met on Sunday",
            "On Sunday a Hamas delegation met Egyptian intelligence chief Hassan Rashad.",
            'contrast: the claim says "Qatar\'s prime minister" rather than "Egypt\'s intelligence chief",'
            ' the evidence says "Egypt\'s intelligence chief"',
        ),
        # Qatar named elsewhere in the sentence is no Qatari intelligence.
        (
            "Al-Qahera News has ties to Qatari intelligence rather than Egyptian intelligence",
            "Al-Qahera News, which has ties to Egyptian intelligence, said the meeting included the Egyptian and"
            " Turkish intelligence chiefs alongside the prime minister of Qatar.",
            "contrast: the claim says 'Qatari intelligence' rather than 'Egyptian intelligence',"
            " the evidence says 'Egyptian intelligence'",
        ),
    ],
)
def test_what_the_claim_rules_out_said_in_its_stead_denies_it_whatever_the_model_says(
    claim: str, evidence: str, said: str
) -> None:
    reasons = compare(claim, evidence)
    assert [(r.text, r.denies) for r in reasons if r.kind == "contrast"] == [(said, True)]
    assert apply(Stance(supports=0.62, contradicts=0.1, neither=0.28), reasons).counted_as == "contradicts"
    assert not conflicts(reasons)  # only a sentence on the claim's topic contradicts through it


def test_a_contrast_takes_no_side_where_the_evidence_says_both_or_denies_what_is_ruled_out() -> None:
    claim = "Al-Qahera News has ties to Turkish intelligence rather than Egyptian intelligence"
    both = "Al-Qahera News said the meeting included the Egyptian and Turkish intelligence chiefs."
    assert [r for r in compare(claim, both) if r.kind == "contrast"] == []
    # Nor does "Egyptian and Turkish" deny Qatari rather than Egyptian; it only never says Qatari.
    qatari = "Al-Qahera News has ties to Qatari intelligence rather than Egyptian intelligence"
    assert [r.denies for r in compare(qatari, both) if r.kind == "contrast"] == [False]
    of_qatar = f"{both[:-1]} alongside the prime minister of Qatar."
    assert [r.denies for r in compare(qatari, of_qatar) if r.kind == "contrast"] == [False]
    claim = "The Hamas leaders met Rashad separately rather than taking part in the mediators' talks"
    denied = "The Hamas leaders met Rashad, and were not taking part in the talks of the mediators."
    assert [r.denies for r in compare(claim, denied) if r.kind == "contrast"] == []


HANDED_OVER = "Hamas handed over the remains of another captive to the International Committee of the Red Cross (ICRC)."


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Hamas handed the latest captive remains over to the Egyptian army", "'the Egyptian army'"),
        ("Hamas passed the captive's remains straight to UNRWA with no Red Cross involvement", "'UNRWA'"),
    ],
)
def test_another_recipient_of_what_was_handed_over_denies_the_claim_whatever_the_model_says(
    claim: str, said: str
) -> None:
    reasons = compare(claim, HANDED_OVER)
    text = f"recipient: claim handed to {said} vs evidence to 'the International Committee of the Red Cross'"
    assert [(r.text, r.denies) for r in reasons] == [(text, True)]
    assert apply(Stance(supports=0.62, contradicts=0.1, neither=0.28), reasons).counted_as == "contradicts"
    assert not conflicts(reasons)  # only a sentence on the claim's topic contradicts through it


@pytest.mark.parametrize(
    "claim",
    [
        "Hamas gave a captive's remains to the Red Cross",
        "Hamas handed over a captive's remains to the ICRC",  # its initials
        "Hamas handed the remains to Egyptian officials rather than the Red Cross",  # a contrast's to read
        "Israel turned to Egypt for the remains",  # turning to someone hands nothing over
    ],
)
def test_the_same_recipient_or_its_initials_deny_nothing(claim: str) -> None:
    assert [r for r in compare(claim, HANDED_OVER) if r.kind == "recipient"] == []


def test_a_recipient_named_by_a_common_noun_may_be_a_synonym_and_denies_nothing() -> None:
    assert compare("A woman gave a toy to the kid.", "A woman gave a toy to the child.") == []


def test_a_sentence_with_none_of_the_words_a_contrast_asserts_takes_no_support() -> None:
    claim = "The second phase foresees a stabilisation force made up of Palestinian rather than foreign troops"
    silent = compare(claim, "That phase concerns deploying an international stabilisation force to Gaza.")
    text = "contrast: the claim says 'Palestinian' rather than 'foreign troops', the evidence never says 'Palestinian'"
    assert [(r.text, r.denies) for r in silent if r.kind == "contrast"] == [(text, False)]
    assert apply(Stance(supports=0.6, contradicts=0.1, neither=0.3), silent).counted_as == "neither"
    assert not explains_contradiction(silent)


def test_a_contrast_of_taking_no_part_is_read_as_attendance_in_any_words() -> None:
    claim = "The Hamas leaders saw Egypt's intelligence chief on their own rather than as part of the mediators' talks"
    evidence = (
        "However, Gulf news site Al-Ain News, reports that the Hamas leaders met separately with the Egyptian"
        " intelligence chief Hassan Rashad, and not as part of the discussions of the mediators."
    )
    reasons = compare(claim, evidence)
    assert [(r.kind, r.agrees) for r in reasons] == [("attendance", True)]
    assert apply(Stance(supports=0.08, contradicts=0.33, neither=0.6), reasons).counted_as == "supports"


@pytest.mark.parametrize(
    "claim",
    [
        "Israeli troops killed all six fighters in the group they encountered",
        "Every one of the six fighters the troops came across ended up dead",
        "None of the fighters survived the clash",
    ],
)
def test_some_who_lived_deny_a_claim_that_all_were_killed_whatever_the_model_says(claim: str) -> None:
    reasons = compare(claim, "The soldiers killed another three before the remaining two surrendered.")
    assert [(r.text, r.denies) for r in reasons if r.kind == "fate"] == [
        (
            "fate: the claim says all were killed, the evidence that some lived ('the remaining two surrendered')",
            True,
        )
    ]
    assert apply(Stance(supports=0.3, contradicts=0.2, neither=0.5), reasons).counted_as == "contradicts"
    assert not conflicts(reasons)  # only a sentence on the claim's topic contradicts through it


def test_survivors_deny_only_a_claim_that_all_were_killed() -> None:
    evidence = "The soldiers killed another three before the remaining two surrendered."
    assert [r for r in compare("Israeli troops killed three fighters", evidence) if r.kind == "fate"] == []
    # A count of those killed or captured says nothing of who lived.
    captured = "The IDF said it killed or captured 17 fighters who tried to flee."
    assert [r for r in compare("The IDF killed all 17 fighters", captured) if r.kind == "fate"] == []


def test_a_killing_denies_a_natural_death_whatever_the_model_says() -> None:
    evidence = "Hamas stated that the remains belonged to a captive killed earlier during Israeli bombardments."
    claim = "Hamas said the captive whose remains were handed over had died of natural causes"
    reasons = compare(claim, evidence)
    assert [(r.kind, r.denies) for r in reasons] == [("fate", True)]
    assert apply(Stance(supports=0.6, contradicts=0.32, neither=0.08), reasons).counted_as == "contradicts"
    # And the reverse; but only of something the claim names, and only on the claim's topic.
    natural = compare("The captive was killed in an Israeli strike", "Hamas said the captive died of natural causes.")
    assert [r.kind for r in natural] == ["fate"]
    assert compare(claim, "Israel has killed more than 70,000 people in Gaza.") == []
    assert not conflicts(reasons)


@pytest.mark.parametrize(
    "claim",
    [
        "Israeli forces have pushed forward past the Yellow Line",
        "Israeli forces have reportedly advanced beyond the Yellow Line deeper into Gaza",
        "Israeli forces have pushed beyond the Yellow Line deeper into Gaza",
    ],
)
def test_back_behind_a_landmark_denies_forward_past_it_off_the_claims_wording_too(claim: str) -> None:
    evidence = "Israeli forces have reportedly withdrawn behind the so-called “Yellow Line” in the Gaza Strip."
    reasons = [r for r in compare(claim, evidence) if r.kind == "direction"]
    assert [r.denies for r in reasons] == [True]
    assert "the evidence back ('withdrawn behind the so-called “Yellow Line”')" in reasons[0].text
    assert apply(Stance(supports=0.38, contradicts=0.54, neither=0.08), reasons).counted_as == "contradicts"
    assert conflicts(reasons)
    # And the reverse.
    back = compare("Israeli forces withdrew behind the Yellow Line", "Israeli forces advanced past the Yellow Line.")
    assert [r.denies for r in back if r.kind == "direction"] == [True]


def test_a_direction_denies_only_of_the_same_landmark_and_movers() -> None:
    evidence = "Israeli forces have reportedly withdrawn behind the so-called “Yellow Line” in the Gaza Strip."
    assert not [r for r in compare("Israeli forces advanced into Gaza City", evidence) if r.kind == "direction"]
    militants = "Palestinian militants cross into the Israeli side of the Yellow Line almost every day"
    assert not [r for r in compare(militants, evidence) if r.kind == "direction"]
    # Moved, with no word for which way, is no direction.
    assert not [r for r in compare("Israeli forces have moved the Yellow Line", evidence) if r.kind == "direction"]


def test_another_occasion_for_what_was_said_denies_the_claim_whatever_the_model_says() -> None:
    evidence = (
        "“Our opposition to the plan has not changed one bit,” the prime minister declared during a cabinet meeting."
    )
    claim = "The prime minister restated his opposition to the plan at a press conference in Washington"
    reasons = compare(claim, evidence)
    assert [(r.text, r.denies) for r in reasons if r.kind == "place"] == [
        ("place: claim at a press conference vs evidence at a cabinet meeting", True)
    ]
    assert apply(Stance(supports=0.67, contradicts=0.23, neither=0.10), reasons).counted_as == "contradicts"
    said_there = compare("The prime minister said at the weekly cabinet session that nothing had changed", evidence)
    assert [r.text for r in said_there if r.kind == "place"] == ["place: claim at a cabinet meeting matches evidence"]
    # Said again, it may have been said elsewhere too.
    again = compare("The prime minister repeated his opposition to the plan in an interview a week later", evidence)
    assert [r.denies for r in again if r.kind == "place"] == [False]


def test_a_period_that_cannot_overlap_the_claims_denies_it_unless_the_model_leans_to_support() -> None:
    claim = "Tony Blair's meeting with Hussein al-Sheikh took place last month"
    evidence = "The remarks came following a meeting between al-Sheikh and Tony Blair earlier this week."
    reasons = compare(claim, evidence)
    assert [(r.text, r.denies) for r in reasons] == [("period: claim last month vs evidence this week", True)]
    assert apply(Stance(supports=0.17, contradicts=0.13, neither=0.7), reasons).counted_as == "contradicts"
    assert apply(Stance(supports=0.6, contradicts=0.1, neither=0.3), reasons).counted_as == "neither"
    assert not conflicts(reasons)  # only a sentence on the claim's topic contradicts through it
    # "This month" holds "this week".
    assert [r.agrees for r in compare("Blair met al-Sheikh this month", evidence)] == [True]


CAIRO_AFTER_HAMAS = "The Cairo meeting came two days after a senior Hamas delegation met Hassan Rashad."


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        (
            "The senior Hamas delegation met Hassan Rashad two days after the mediators' Cairo meeting",
            "order: the claim gives the two events in the other order",
        ),
        ("The Hamas delegation met Rashad a week before the Cairo meeting", "order: claim 7 days apart vs evidence 2"),
    ],
)
def test_another_order_or_interval_of_two_events_denies_the_claim_whatever_the_model_says(
    claim: str, said: str
) -> None:
    reasons = compare(claim, CAIRO_AFTER_HAMAS)
    assert [(r.text, r.denies) for r in reasons] == [(said, True)]
    assert apply(Stance(supports=0.8, contradicts=0.16, neither=0.04), reasons).counted_as == "contradicts"
    assert not conflicts(reasons)  # only a sentence on the claim's topic contradicts through it


@pytest.mark.parametrize(
    "claim",
    [
        "The Hamas delegation met Rashad two days before the Cairo meeting",
        "The senior Hamas delegation met Hassan Rashad on the Sunday before the mediators' Tuesday meeting",
    ],
)
def test_the_same_order_and_interval_supports_the_claim_as_an_exact_number_does(claim: str) -> None:
    reasons = compare(claim, CAIRO_AFTER_HAMAS)
    assert [(r.text, r.exact) for r in reasons] == [("order: claim 2 days apart matches evidence", True)]
    assert apply(Stance(supports=0.2, contradicts=0.2, neither=0.6), reasons).counted_as == "supports"
    # A sentence that relates the two events with no interval ("came after") is not read.
    assert compare(claim, "The Cairo meeting came after a Hamas delegation met Rashad.") == []


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("The delegation met Rashad on the Sunday before the mediators' meeting", "The mediators met on Tuesday."),
        ("The mediators met on Friday", "Their meeting came two days after the delegation met Rashad on Sunday."),
        # Two counts of a series are two of its events.
        ("On Tuesday the IDF killed eight more militants", "While six more were engaged by IDF fire on Wednesday."),
    ],
)
def test_a_day_that_may_be_another_events_denies_nothing(claim: str, evidence: str) -> None:
    assert [(r.kind, r.agrees, r.denies) for r in compare(claim, evidence)] == [("weekday", False, False)]


@pytest.mark.parametrize(
    ("claim", "evidence", "course"),
    [
        (
            "Kalin said Türkiye would stop supporting the Palestinian people",
            "Kalin reiterated that Türkiye would continue to stand with the Palestinian people with all its means.",
            "course: the claim says it changes ('stop'), the evidence that it holds ('continue')",
        ),
        (
            "Netanyahu said his opposition to a Palestinian state had softened",
            "“Our opposition to a Palestinian state ... has not changed one bit,” Netanyahu declared.",
            "course: the claim says it changes ('softened'), the evidence that it holds ('not changed')",
        ),
        (
            "Neither the incidence nor the outcome changed in those years",
            "The outcome has been changing in those years, unlike the incidence.",
            "course: the claim says it holds ('nor changed'), the evidence that it changes ('changing')",
        ),
        # Less where the evidence says more, and the reverse.
        (
            "The mediators agreed to scale back their cooperation with the Civil-Military Coordination Centre",
            "The mediators also agreed to intensify coordination with the Civil-Military Coordination Centre.",
            "course: the claim says less ('scale back'), the evidence more ('intensify')",
        ),
        (
            "Israel has stepped up its strikes on the camps",
            "Israel has reduced its strikes on the camps, officials said.",
            "course: the claim says more ('stepped up'), the evidence less ('reduced')",
        ),
    ],
)
def test_a_change_of_course_against_a_course_that_holds_denies_the_claim(
    claim: str, evidence: str, course: str
) -> None:
    reasons = compare(claim, evidence)
    assert [(r.text, r.denies) for r in reasons if r.kind == "course"] == [(course, True)]
    assert apply(Stance(supports=0.33, contradicts=0.38, neither=0.29), reasons).counted_as == "contradicts"
    assert not conflicts(reasons)  # only a sentence on the claim's topic contradicts through it


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        # Not said of what the claim says it of.
        ("Kalin said Türkiye would stop supporting Hamas", "Egypt will continue to host the talks."),
        # Nouns, and "stop" for "prevent", are no change of course.
        ("Climate change has driven the cycles", "The cycles continued for millions of years."),
        ("Stopping Israel from using the truce to regroup is a priority", "Aid must continue to flow into Gaza."),
        # Less said with "not" before it is not said.
        ("Israel has stepped up its strikes on the camps", "Israel has not reduced its strikes on the camps."),
    ],
)
def test_words_of_change_that_are_not_a_change_of_course_deny_nothing(claim: str, evidence: str) -> None:
    assert not [r for r in compare(claim, evidence) if r.kind == "course"]


def test_being_against_what_the_claim_says_is_supported_denies_it_whatever_the_model_says() -> None:
    evidence = "The organization continues to refuse the peace plan's condition of disarmament, officials said."
    reasons = compare("The organization has agreed to disarm under the peace plan", evidence)
    assert [(r.text, r.denies) for r in reasons] == [
        ("stance: the claim is for it ('agreed to'), the evidence against ('refuse')", True)
    ]
    # The model reads the shared words as support.
    assert apply(Stance(supports=0.6, contradicts=0.3, neither=0.1), reasons).counted_as == "contradicts"
    # A negation turns it: "does not support" is against.
    opposed = "The government remains firmly opposed to a Palestinian state, the minister said."
    assert not [
        r for r in compare("The government does not support a Palestinian state", opposed) if r.kind == "stance"
    ]
    assert [r.kind for r in compare("The government supports a Palestinian state", opposed)] == ["stance"]


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        # Against something else.
        ("The government supports a Palestinian state", "The government opposed the new budget, but backs a state."),
        # "Resistance" naming fighters.
        ("Hamas supports the truce", "The Palestinian resistance group Hamas handed over the remains under the truce."),
        # Too little of the claim said.
        ("Egypt welcomed the plan for Gaza's reconstruction", "Israel rejected the plan."),
    ],
)
def test_other_words_of_being_for_or_against_deny_nothing(claim: str, evidence: str) -> None:
    assert not [r for r in compare(claim, evidence) if r.kind == "stance"]


def test_a_sentence_that_restates_the_claim_supports_it_in_any_word_order() -> None:
    claim = "Israel is to hand over the remains of 15 Palestinians for every captive body"
    reasons = compare(claim, "For every captive body, Israel is to hand over the remains of 15 Palestinians.")
    assert "wording: evidence restates the claim (every content word and number)" in [r.text for r in reasons]
    taken_for_a_contradiction = Stance(supports=0.25, contradicts=0.74, neither=0.01)
    assert apply(taken_for_a_contradiction, reasons).counted_as == "supports"
    # Numbers may be written in words on one side and in digits on the other.
    reasons = compare("Israel has allowed only a third of the aid trucks", "Israel has only allowed 1/3 of aid trucks.")
    assert "wording" in {r.kind for r in reasons}
    # And a body by its initials.
    claim = "Israel confirmed that the Red Cross had received a captive's remains from Hamas"
    reasons = compare(claim, "Israel also confirmed that the ICRC had received the remains of a captive from Hamas.")
    assert "wording" in {r.kind for r in reasons}


def test_a_sentence_near_the_claim_in_meaning_supports_it_unless_a_check_or_the_model_disagrees() -> None:
    claim = "Israeli leaders are increasingly worried that the truce could fall apart"
    evidence = "Israeli leaders are increasingly concerned that the ceasefire could collapse."
    reasons = compare(claim, evidence, similarity=0.78)
    assert [r.text for r in reasons] == ["meaning: evidence says the claim in other words (similarity 0.78)"]
    assert apply(Stance(supports=0.39, contradicts=0.11, neither=0.50), reasons).counted_as == "supports"
    # Not where the model leans to contradiction or reads it as plainly unrelated, nor below the
    # bar, nor where the similarity is unknown.
    assert apply(Stance(supports=0.30, contradicts=0.55, neither=0.15), reasons).counted_as != "supports"
    assert apply(Stance(supports=0.20, contradicts=0.10, neither=0.70), reasons).counted_as != "supports"
    assert compare(claim, evidence, similarity=0.70) == [] and compare(claim, evidence) == []
    # Not where a check finds what disagrees: a near copy with a fact changed is near too.
    wounded = compare("About 17,000 people were wounded", "Over 170,700 people were wounded.", similarity=0.84)
    assert "meaning" not in {r.kind for r in wounded}
    # Nor where the claim gives a share the sentence does not bear out.
    due = compare("Israel lets in half of the aid trucks", "Aid trucks were to enter Gaza daily.", similarity=0.8)
    assert "meaning" not in {r.kind for r in due}
    # Nor where the claim places it somewhere the sentence never mentions.
    remains = "Hamas stated that the remains belonged to a captive and that the transfer occurred after a delay."
    placed = compare("Hamas said it handed over a captive's remains in northern Gaza", remains, similarity=0.78)
    assert "meaning" not in {r.kind for r in placed}
    unplaced = compare("Hamas said it handed over a captive's remains", remains, similarity=0.78)
    assert "meaning" in {r.kind for r in unplaced}


def test_a_bound_the_claims_count_fits_does_not_confirm_the_count() -> None:
    evidence = "The IDF said that it killed or captured 17 Hamas fighters who attempted to flee a tunnel."
    reasons = compare("The military said it had killed 15 fighters who came out of a tunnel", evidence)
    assert "count: the evidence gives only at most 17 fighters, not 15 fighters" in [r.text for r in reasons]
    assert apply(Stance(supports=0.45, contradicts=0.41, neither=0.14), reasons).counted_as == "neither"
    # The bound's own number, and a bound in the claim, are borne out by it.
    assert "count" not in {r.kind for r in compare("It killed or captured 17 Hamas fighters", evidence)}
    assert "count" not in {r.kind for r in compare("It killed fewer than 20 Hamas fighters", evidence)}


def test_a_restatement_may_name_its_people_in_the_sentence_it_points_back_to() -> None:
    claim = "Hussein al-Sheikh and Tony Blair discussed a PA role in Gaza through a technocratic committee"
    evidence = "The two also discussed the role of the PA in Gaza through a technocratic committee."
    before = "The source told Asharq Al-Awsat that al-Sheikh stressed to Blair the need for PA control of Gaza."
    assert "wording" in {r.kind for r in compare(claim, evidence, before)}
    # Not without the names, nor from a sentence that does not point back to the one before.
    assert "wording" not in {r.kind for r in compare(claim, evidence)}
    unpointed = "Officials also discussed the role of the PA in Gaza through a technocratic committee."
    assert "wording" not in {r.kind for r in compare(claim, unpointed, before)}


@pytest.mark.parametrize(
    "evidence",
    [
        "Only three Israeli captives remain inside Gaza.",  # another number, in words
        "Hamas denied that ten Israeli captives remain inside Gaza.",  # a negation
        "Ten Israeli soldiers remain inside Gaza.",  # a content word missing
    ],
)
def test_a_sentence_that_changes_a_number_a_negation_or_a_word_is_no_restatement(evidence: str) -> None:
    assert "wording" not in {r.kind for r in compare("Ten Israeli captives remain inside Gaza", evidence)}


def test_a_title_changed_by_the_word_before_it_takes_support_away_but_never_contradicts() -> None:
    evidence = "The talks followed a meeting between PA Deputy Chairman Hussein al-Sheikh and Tony Blair."
    reasons = compare("Tony Blair met the chairman of the PA", evidence)
    assert [r.text for r in reasons] == ["role: the evidence says 'Deputy Chairman', the claim 'chairman'"]
    checked = apply(Stance(supports=0.8, contradicts=0.1, neither=0.1), reasons)
    assert checked.counted_as == "neither" and checked.contradicts == 0.1
    # Either way round; and a claim that names the office as the evidence does is not touched.
    reasons = compare("Former prime minister Tony Blair met al-Sheikh", "Prime Minister Tony Blair met al-Sheikh.")
    assert [r.text for r in reasons] == ["role: the claim says 'Former prime minister', the evidence 'minister'"]
    assert "role" not in {r.kind for r in compare("The PA's deputy chairman met Tony Blair", evidence)}
    assert "role" not in {r.kind for r in compare("Hussein al-Sheikh met Tony Blair", evidence)}


def test_an_office_claimed_for_a_person_is_read_in_the_title_the_sentence_gives_them() -> None:
    evidence = "The talks followed a meeting between PA Deputy Chairman Hussein al-Sheikh and Tony Blair."
    denied = compare("Hussein al-Sheikh is the chairman of the PA", evidence)
    assert [r.text for r in denied] == [
        "role: claim Hussein al-Sheikh is the chairman of the PA vs evidence 'PA Deputy Chairman'"
    ]
    # A person holds one office of the kind: another says the claim is false, in so many words,
    # though the model reads a name beside a title as merely related.
    assert conflicts(denied) and denied[0].denies
    assert apply(Stance(supports=0.16, contradicts=0.14, neither=0.70), denied).counted_as == "contradicts"
    # Whatever the model says: it cannot tell one office from another.
    assert apply(Stance(supports=0.55, contradicts=0.20, neither=0.25), denied).counted_as == "contradicts"
    given = compare("Hussein al-Sheikh is the PA's deputy chairman", evidence)
    assert [r.agrees for r in given if r.kind == "role"] == [True]
    # The model reads a name beside its title as a contradiction; the title says what the claim says.
    rank = compare(
        "Hassan Rashad holds the rank of major general",
        "Attendees included the head of Egyptian General Intelligence, Major General Hassan Rashad, and others.",
    )
    assert [r.text for r in rank] == [
        "role: claim Hassan Rashad holds the rank of major general matches evidence "
        "'Major General head of Egyptian General Intelligence'"
    ]
    assert apply(Stance(supports=0.3, contradicts=0.67, neither=0.03), rank).counted_as == "supports"


def test_the_office_a_claim_gives_someone_at_an_event_is_read_against_their_title() -> None:
    claim = "Ibrahim Kalin attended the Cairo talks as Turkey's foreign minister"
    reasons = compare(claim, "Turkey's intelligence chief Ibrahim Kalin met Egypt's spy chief in Cairo.")
    assert [(r.kind, r.denies) for r in reasons] == [("role", True)]
    assert apply(Stance(supports=0.58, contradicts=0.35, neither=0.07), reasons).counted_as == "contradicts"


def test_another_rank_denies_a_rank() -> None:
    rank = compare(
        "Hassan Rashad holds the rank of brigadier general",
        "Attendees included the head of Egyptian General Intelligence, Major General Hassan Rashad, and others.",
    )
    assert [(r.agrees, r.denies) for r in rank] == [(False, True)]


def test_a_person_given_the_claimed_office_in_one_sentence_is_denied_it_by_none() -> None:
    claim = "Sheikh Mohammed bin Abdulrahman Al Thani is Qatar's foreign minister"
    found = [
        compare(claim, "He met Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani."),
        compare(claim, "Kalin met Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Cairo."),
    ]
    roles = [[(r.agrees, r.denies) for r in reasons if r.kind == "role"] for reasons in found]
    assert roles == [[(True, False)], [(False, True)]]
    together = read_together(found)
    roles = [[(r.agrees, r.denies) for r in reasons if r.kind == "role"] for reasons in together]
    assert roles == [[(True, False)], [(False, False)]]
    # Without the one that gives it, the other office denies it.
    assert read_together(found[1:]) == found[1:]


def test_a_title_the_claim_gives_in_passing_is_denied_by_another_and_restates_nothing() -> None:
    claim = "Türkiye was represented at the Cairo talks by its foreign minister, Ibrahim Kalin"
    other = compare(claim, "Türkiye’s intelligence chief, Ibrahim Kalin, met with senior officials in Cairo.")
    assert [(r.kind, r.denies) for r in other if r.kind == "role"] == [("role", True)]
    assert apply(Stance(supports=0.55, contradicts=0.41, neither=0.04), other).counted_as == "contradicts"
    # The same title is no restatement of what the claim says the person did ...
    same = compare(claim, "Türkiye's Foreign Minister Ibrahim Kalin spoke to reporters on Tuesday.")
    assert [(r.kind, r.agrees, r.in_passing) for r in same if r.kind == "role"] == [("role", True, True)]
    assert apply(Stance(supports=0.2, contradicts=0.1, neither=0.7), same).counted_as == "neither"
    # ... and a sentence that never names the person cannot say what they were.
    unnamed = compare(claim, "Delegations from Türkiye, Egypt and Qatar met in Cairo to discuss the ceasefire.")
    assert "name: the evidence never names Ibrahim Kalin" in [r.text for r in unnamed]
    assert apply(Stance(supports=0.48, contradicts=0.47, neither=0.05), unnamed).counted_as != "supports"


def test_a_title_given_in_passing_one_sentence_confirms_is_denied_by_none() -> None:
    claim = "Qatar's foreign minister Sheikh Mohammed bin Abdulrahman Al Thani met Ibrahim Kalin in Cairo"
    found = [
        compare(claim, "Kalin held talks with Qatar’s Prime Minister and Foreign Minister Sheikh Mohammed Al Thani."),
        compare(claim, "Kalın met Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Cairo."),
    ]
    assert [r.denies for r in found[1] if r.kind == "role"] == [True]
    assert [r.denies for reasons in read_together(found) for r in reasons if r.kind == "role"] == [False, False]


def test_a_sentence_that_gives_the_person_no_title_says_nothing_of_their_office() -> None:
    claim = "Ibrahim Kalin serves as Türkiye's foreign minister"
    untitled = compare(claim, "Kalin held talks with Qatar's Prime Minister and Foreign Minister in Cairo.")
    assert [r.text for r in untitled] == ["name: the evidence gives Ibrahim Kalin no title"]
    assert apply(Stance(supports=0.54, contradicts=0.41, neither=0.05), untitled).counted_as == "neither"
    unnamed = compare(claim, "Türkiye's spy chief met with his Egyptian counterpart and Qatar's foreign minister.")
    assert [r.text for r in unnamed] == ["name: the evidence never names Ibrahim Kalin"]
    # Which explains no contradiction; and a sentence that opens with "he" may be about him.
    assert not explains_contradiction(untitled)
    assert compare(claim, "He held talks with Qatar's foreign minister in Cairo.") == []


def test_a_source_that_says_they_took_no_part_denies_a_claim_that_it_reported_they_did() -> None:
    evidence = (
        "However, Gulf news site Al-Ain News, reports that the Hamas leaders met separately with the Egyptian"
        " intelligence chief Hassan Rashad, and not as part of the discussions of the mediators."
    )
    reasons = compare("Al-Ain News reported that the Hamas leaders joined the mediators' discussions", evidence)
    assert [(r.text, r.denies) for r in reasons] == [
        ("attendance: Al-Ain News says Hamas took no part in the mediators' discussions", True)
    ]
    # Another outlet's denial says nothing of what this one reported.
    other = compare("The Daily Sabah reported that the Hamas leaders joined the mediators' discussions", evidence)
    assert not [r for r in other if r.denies]


def test_a_claim_about_what_an_outlet_reported_takes_support_only_from_that_outlet() -> None:
    claim = "Al-Qahera News reported that the mediators discussed the fighters trapped in the tunnels"
    others = "The Daily Sabah said the mediators also discussed the fighters trapped in the tunnels."
    reasons = compare(claim, others)
    assert [r.text for r in reasons] == ["name: the evidence never names Al-Qahera News"]
    assert apply(Stance(supports=0.6, contradicts=0.2, neither=0.2), reasons).counted_as == "neither"
    # Though the sentence before cites it, a sentence that says whose words it gives is theirs.
    assert compare(claim, others, before="Al-Qahera News reported on the meeting.") == reasons
    # Its own words: named in the sentence (by its own name), in the one before, or as the outlet
    # that published it.
    plain = "The mediators also discussed the fighters trapped in the tunnels."
    assert compare(claim, "Al-Qahera said the mediators also discussed the fighters trapped in the tunnels.") == []
    assert compare(claim, plain, before="Al-Qahera News reported on the meeting.") == []
    assert compare(claim, plain, outlet="Al-Qahera News (Cairo News Channel)") == []
    # A source that is no proper name may be anyone's.
    assert (
        compare("A Palestinian source said that the mediators discussed the fighters trapped in the tunnels", plain)
        == []
    )


def test_an_outlet_said_to_be_of_another_country_is_denied() -> None:
    reasons = compare(
        "The Daily Sabah is an Egyptian news website",
        "Turkish news site The Daily Sabah claimed that the meeting included Hamas leaders.",
    )
    assert [(r.text, r.denies) for r in reasons] == [
        ("role: claim The Daily Sabah is an Egyptian news website vs evidence 'Turkish news site'", True)
    ]


def test_another_nationality_in_a_sentence_naming_the_claims_people_is_said_of_them() -> None:
    evidence = '"A Palestinian state would be a Hamas terror state," Sa’ar told a delegation of young German leaders.'
    reasons = compare("Gideon Sa'ar made his remarks to a delegation of young French leaders", evidence)
    assert [(r.text, r.denies, r.of_subject) for r in reasons] == [
        ("origin: claim French leader vs evidence German leader", True, True)
    ]
    # It may contradict however far from the claim's wording; in a sentence about others, only on its topic.
    assert conflicts(reasons)
    others = compare("Gideon Sa'ar made his remarks to young French leaders", "Young German leaders toured the city.")
    assert [r.kind for r in others if r.denies] == ["origin"] and not conflicts(others)


def test_a_title_is_read_beside_a_name_in_any_alphabet() -> None:
    reasons = compare(
        "Ibrahim Kalin serves as Türkiye's foreign minister",
        "Türkiye’s intelligence chief İbrahim Kalın met with Egypt’s intelligence director.",
    )
    assert [r.text for r in reasons] == [
        "role: claim Ibrahim Kalin serves as Türkiye's foreign minister vs evidence 'Türkiye's intelligence chief'"
    ]


def test_a_claim_that_people_took_no_part_is_denied_by_a_list_and_supported_by_a_denial() -> None:
    claim = "No Hamas officials took part in the mediators' talks in Cairo"
    listing = "The Cairo talks of the mediators also included Hamas Leadership Council head Muhammad Darwish."
    denied = [r for r in compare(claim, listing) if r.kind == "attendance"]
    assert [r.denies for r in denied] == [True] and conflicts(denied)
    separately = (
        "The Hamas leaders met separately with Hassan Rashad, and not as part of the discussions of the mediators."
    )
    assert [r.agrees for r in compare(claim, separately) if r.kind == "attendance"] == [True]


def test_a_number_in_words_can_conflict_but_never_lends_support() -> None:
    [conflict] = compare("Ten Israeli captives remain", "Only three Israeli captives remain.")
    assert not conflict.agrees and conflicts([conflict])
    # Too unsure a count to let a sentence about something else contradict ("the remaining two").
    assert not conflicts([conflict], spelled=False)
    assert conflicts(compare("600 trucks entered", "200 trucks entered."), spelled=False)
    reasons = compare("Three Israeli captives remain", "Officials said three captives remain.")
    [match] = [r for r in reasons if r.kind == "quantity"]
    assert match.agrees and not match.exact


def test_a_number_agreed_on_one_side_and_done_on_the_other_takes_support_away_but_never_contradicts() -> None:
    # The words after "but" speak of something else: the 600 trucks stay a plan.
    reasons = compare(
        "Israel is letting 600 aid trucks into Gaza every day",
        "Under the deal, 600 aid trucks were to enter Gaza each day, but Israel has not complied.",
    )
    assert [r.kind for r in reasons] == ["plan"]
    for stance in (Stance(supports=0.7, contradicts=0.2, neither=0.1), Stance(0.2, 0.6, 0.2)):
        checked = apply(stance, reasons)
        assert checked.counted_as != "supports" and checked.contradicts == stance.contradicts
    # What a deal allows for is what it provides for, not what is let in.
    allowed = compare(
        "The truce deal allowed for 300 aid trucks a day to enter Gaza",
        "However, Israel is allowing no more than 200 aid trucks into Gaza per day.",
    )
    assert [r.kind for r in allowed] == ["plan"]


def test_a_sentence_about_others_takes_support_away_from_a_claim_about_someone_it_never_names() -> None:
    claim = "Mahmoud Abbas met Hassan Rashad in Cairo"
    evidence = "A senior Hamas delegation met with Egyptian spy chief Hassan Rashad in Cairo."
    reasons = compare(claim, evidence)
    assert "name: the evidence never names Mahmoud Abbas" in [r.text for r in reasons]
    checked = apply(Stance(supports=0.8, contradicts=0.1, neither=0.1), reasons)
    assert checked.counted_as == "neither" and checked.contradicts == 0.1
    # The sentence before may name whom this one is about.
    before = "Mahmoud Abbas arrived in Cairo on Monday."
    assert "name" not in {r.kind for r in compare(claim, "The visit included talks with Hassan Rashad.", before)}


def test_a_person_never_named_does_not_explain_a_contradiction() -> None:
    claim = "Mahmoud Abbas met Hassan Rashad in Cairo"
    evidence = "Hassan Rashad spent the whole week with Tony Blair."
    model = OneWay({(evidence, claim): 0.9, (claim, evidence): 0.1})
    [forward] = model.judge([(evidence, claim)])
    reasons = compare(claim, evidence)
    assert "name" in {r.kind for r in reasons}
    [read] = read_back(model, [(evidence, claim)], [forward], [reasons])
    assert model.read[1:] == [(claim, evidence)] and read.counted_as == "neither"


def test_a_place_in_a_sentence_about_someone_else_is_said_of_them() -> None:
    claim = "Hamas political bureau member Ghazi Hamad sat in on the mediators' discussions in Cairo"
    evidence = "Al-Qahera said the mediators also discussed the issue of the Hamas fighters trapped in Rafah."
    before = "Al-Qahera said the meeting included Egypt's intelligence chief Hassan Rashad."
    reasons = compare(claim, evidence, before)
    assert [(r.kind, r.denies) for r in reasons] == [("place", True), ("name", False)]
    # It neither explains a contradiction nor makes one of what the model reads as one.
    assert not explains_contradiction(reasons)
    assert apply(Stance(supports=0.02, contradicts=0.60, neither=0.38), reasons).counted_as != "contradicts"
    # A sentence that names him places him.
    named = compare(claim, "Ghazi Hamad met the fighters trapped in Rafah on Tuesday.")
    assert explains_contradiction(named)


class OneWay:
    """A stance model that contradicts each pair as it is told, and counts the pairs it read."""

    name = "one-way"

    def __init__(self, contradicts: dict[tuple[str, str], float]) -> None:
        self.contradicts = contradicts
        self.read: list[tuple[str, str]] = []

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Stance]:
        self.read += pairs
        told = [self.contradicts[pair] for pair in pairs]
        return [Stance(supports=0.05, contradicts=c, neither=0.95 - c) for c in told]


def test_a_contradiction_read_only_one_way_no_longer_counts() -> None:
    # The model's own error on the seed articles: an added detail taken for a contradiction.
    claim = "Majd Faraj, head of the PA's General Intelligence, attended the meeting with Blair"
    evidence = "The meeting was also attended by Majd Faraj, head of the PA's General Intelligence."
    model = OneWay({(evidence, claim): 0.9, (claim, evidence): 0.1})
    [forward] = model.judge([(evidence, claim)])
    [read] = read_back(model, [(evidence, claim)], [forward], [compare(claim, evidence)])
    assert forward.counted_as == "contradicts" and read.counted_as == "neither"
    assert read.contradicts == 0.5 and read.supports == forward.supports
    assert abs(read.supports + read.contradicts + read.neither - 1) < 1e-9


def test_a_contradiction_read_both_ways_stands_and_is_never_raised() -> None:
    claim, evidence = "The talks were held in public", "The talks were held behind closed doors."
    for backwards in (0.8, 1.0):
        model = OneWay({(evidence, claim): 0.9, (claim, evidence): backwards})
        [forward] = model.judge([(evidence, claim)])
        [read] = read_back(model, [(evidence, claim)], [forward], [compare(claim, evidence)])
        assert read.counted_as == "contradicts" and read.contradicts <= forward.contradicts


def test_only_contradictions_the_checks_do_not_explain_are_read_again() -> None:
    # A bound holds one way: "more than 70,000" refutes "1.2 million", not the reverse.
    claim = "Israel has killed 1.2 million people in Gaza"
    explained = "Israel has killed more than 70,000 people in Gaza."
    unexplained, unrelated = "Gaza's hospitals are full.", "The weather was mild."
    model = OneWay(
        {(explained, claim): 0.9, (unexplained, claim): 0.9, (unrelated, claim): 0.2, (claim, unexplained): 0.0}
    )
    pairs = [(explained, claim), (unexplained, claim), (unrelated, claim)]
    stances = model.judge(pairs)
    read = read_back(model, pairs, stances, [compare(claim, evidence) for evidence, _ in pairs])
    assert model.read[len(pairs) :] == [(claim, unexplained)]
    assert [stance.counted_as for stance in read] == ["contradicts", "neither", "neither"]


def test_a_count_in_a_series_on_the_claims_day_is_the_count_the_claim_gives() -> None:
    wednesday = "While six more were engaged by IDF fire on Wednesday morning."
    (other,) = [r for r in compare("IDF fire engaged ten more fighters on Wednesday morning", wednesday) if r.denies]
    assert other.text == "quantity: claim ten fighters vs evidence six"
    same = compare("Israeli forces opened fire on six more militants on Wednesday morning", wednesday)
    assert any(r.exact for r in same)
    # Not on another day, nor another part of the day: that is another event of the series.
    for day in ("Tuesday", "Wednesday night"):
        claim = f"IDF fire engaged ten more fighters on {day}"
        assert not any(r.denies for r in compare(claim, wednesday) if r.kind == "quantity")


def test_a_sources_own_list_of_attendees_supports_a_claim_that_it_reported_them() -> None:
    listing = (
        "Turkish news site The Daily Sabah claimed that the meeting also included Hamas Leadership Council head"
        " Muhammad Darwish and council members Khaled Meshaal and Zahir Jabarin."
    )
    article = f"Mediators met on Tuesday in Cairo. {listing}"
    claim = "The Daily Sabah claimed that Khaled Meshaal was among those at the Cairo meeting"
    reasons = compare(claim, listing, article=article)
    assert [(r.text, r.agrees) for r in reasons] == [
        ("attendance: The Daily Sabah lists Khaled Meshaal at the Cairo meeting", True)
    ]
    assert apply(Stance(supports=0.24, contradicts=0.48, neither=0.28), reasons).counted_as == "supports"
    # Another outlet's list is not this one's report.
    other = compare(
        "Al-Ain News claimed that Khaled Meshaal was among those at the Cairo meeting", listing, article=article
    )
    assert not [r for r in other if r.agrees]
