"""Offices: what a claim says a named person is, against the title a sentence gives them."""

from __future__ import annotations

import pytest

from models.offices import Office, both_offices, claimed_office, fits, title, titles_given


@pytest.mark.parametrize(
    ("claim", "name", "words"),
    [
        ("Hassan Rashad holds the rank of major general", "Hassan Rashad", {"major", "general"}),
        ("Hassan Rashad holds the military rank of major general", "Hassan Rashad", {"major", "general"}),
        ("Gideon Sa'ar serves as Israel's defence minister", "Gideon Sa'ar", {"israel", "defence", "minister"}),
        ("Ibrahim Kalin heads Turkey's intelligence service", "Ibrahim Kalin", {"head", "turkey", "intelligence"}),
        ("Angela Merkel was the chancellor of Germany", "Angela Merkel", {"germany", "chancellor"}),
        # The office a person held at an event.
        ("Angela Merkel attended the summit as Germany's chancellor", "Angela Merkel", {"germany", "chancellor"}),
        ("Gideon Sa'ar spoke in Berlin in his role as foreign minister", "Gideon Sa'ar", {"foreign", "minister"}),
        # The office a source gives a person it cites.
        (
            "Al-Ain cited Tamim Khallaf as the official spokesperson for the Ministry of Defence",
            "Tamim Khallaf",
            {"spokesperson", "ministry", "defence"},
        ),
        # A title before the name is part of what the claim says.
        (
            "Egypt's spy chief Hassan Rashad is a major general",
            "Hassan Rashad",
            {"egypt", "intelligence", "head", "major", "general"},
        ),
        # What the claim adds between commas is not the office.
        ("Tony Blair, who met Hussein al-Sheikh, is a former US secretary of state", "Tony Blair", {"secretary"}),
        # The office first, the person closing the claim.
        ("The head of Turkey's spy agency is Ibrahim Kalin", "Ibrahim Kalin", {"head", "turkey", "intelligence"}),
        ("Egypt's intelligence chief is Hassan Rashad", "Hassan Rashad", {"egypt", "intelligence", "head"}),
        # A verb of heading something says the office too, and so does one of advising someone.
        ("Ibrahim Kalin runs Türkiye's intelligence agency", "Ibrahim Kalin", {"head", "turkey", "intelligence"}),
        ("Majdi Khalidi advises Mahmoud Abbas on diplomatic matters", "Majdi Khalidi", {"adviser", "affairs"}),
        # An office named by what its holder is.
        (
            "Sheikh Mohammed bin Abdulrahman Al Thani is both Qatar's head of government and its top diplomat",
            "Sheikh Mohammed bin Abdulrahman Al Thani",
            {"qatar", "prime", "minister", "foreign"},
        ),
    ],
)
def test_a_claim_that_a_named_person_holds_an_office(claim: str, name: str, words: set[str]) -> None:
    office = claimed_office(claim)
    assert office is not None and office.name == name and office.words >= words


@pytest.mark.parametrize(
    "claim",
    [
        "Donald Trump is weighing the ouster of FBI Director Kash Patel",  # a verb, not an office
        "Majdi Khalidi was also at the meeting with Tony Blair",  # no title at all
        "Israel is the largest recipient of US aid",  # no named person
        "The spokesman said the talks would resume",
        "Al-Qahera News is also known as the Cairo News Channel",  # another name, not an office
        "Khaled Meshaal joined the talks as an observer",  # a part played there, not a title
        "Ghazi Hamad attended the talks as a member of the Hamas delegation",
        "Tony Blair was praised as a peacemaker",  # "as" after no verb of taking part
        "The man who met Blair was Hussein al-Sheikh",  # no title before the name
    ],
)
def test_other_claims_name_no_office(claim: str) -> None:
    assert claimed_office(claim) is None


def test_what_a_claim_sets_against_the_office_at_an_event_is_not_part_of_it() -> None:
    claim = "Ibrahim Kalin represented Turkey at the talks as its foreign minister rather than its spy chief"
    office = claimed_office(claim)
    assert office is not None and office.words == {"foreign", "minister"}


@pytest.mark.parametrize(
    ("evidence", "name", "expected"),
    [
        (
            "The delegation met Egypt's intelligence chief Hassan Rashad in Cairo.",
            "Hassan Rashad",
            "Egypt's intelligence chief",
        ),
        (
            "The meeting was attended by Majd Faraj, head of the PA's General Intelligence, and others.",
            "Majd Faraj",
            "head of the PA's General Intelligence",
        ),
        (
            "Türkiye’s intelligence chief, Ibrahim Kalin, met officials.",
            "Ibrahim Kalin",
            "Türkiye's intelligence chief",
        ),
        # The sentence's first word and the person before "and" in a list are not part of the title.
        ("While Foreign Minister Gideon Sa'ar said no, others agreed.", "Gideon Sa'ar", "Foreign Minister"),
        ("He met Hasan Rashad and Qatar's Premier Sheikh Mohammed.", "Sheikh Mohammed", "Qatar's Premier"),
        # The whole name where the sentence gives it, however common its last word.
        ("However, Gulf news site Al-Ain News, reports that ...", "Al-Ain News", "Gulf news site"),
        # A name in any alphabet; an outlet is named by what and whose it is.
        ("Türkiye’s intelligence chief İbrahim Kalın met them.", "Ibrahim Kalin", "Türkiye's intelligence chief"),
        ("Turkish news site The Daily Sabah claimed ...", "The Daily Sabah", "Turkish news site"),
        # The last of a list with its own title between commas.
        (
            "Attendees included Hassan Rashad, Sheikh Mohammed, and the head of Turkish intelligence, Ibrahim Kalin.",
            "Ibrahim Kalin",
            "head of Turkish intelligence",
        ),
        # What the sentence says the person is, after dates in brackets.
        (
            "Richard Milhous Nixon (January 9, 1913 – April 22, 1994) was the 37th president of the United States.",
            "Richard Nixon",
            "the 37th president of the United States",
        ),
        # An acronym in brackets is part of the title it stands in.
        (
            "Turkish National Intelligence Organization (MİT) Director İbrahim Kalın met on Tuesday with them.",
            "Ibrahim Kalin",
            "Turkish National Intelligence Organization MİT Director",
        ),
        ("Kalin held talks in Cairo on Tuesday.", "Ibrahim Kalin", ""),  # named, but given no title
        # Another person in a list before, with a title of their own, is not the title.
        ("Attendees included Major General Hassan Rashad, and Ibrahim Kalin.", "Ibrahim Kalin", ""),
        ("The minister met Hassan Rashad.", "Hassan Rashad", ""),  # a title elsewhere in the sentence
    ],
)
def test_the_title_is_the_words_beside_the_name(evidence: str, name: str, expected: str) -> None:
    assert title(evidence, name) == expected


def _office(claim: str) -> Office:
    office = claimed_office(claim)
    assert office is not None
    return office


def test_a_title_with_every_word_of_the_office_fits_it() -> None:
    assert fits(_office("Hassan Rashad holds the rank of major general"), "Major General") is True
    assert fits(_office("Hassan Rashad is Egypt's intelligence chief"), "Egyptian spy chief") is True
    assert fits(_office("Hussein al-Sheikh is the PA's chairman"), "PA Deputy Chairman") is False
    khalidi = _office("Majdi Khalidi advises Mahmoud Abbas on diplomatic matters")
    assert fits(khalidi, "Mahmoud Abbas' advisor for diplomatic affairs") is True
    both = _office("Sheikh Mohammed is both Qatar's head of government and its top diplomat")
    assert fits(both, "Qatar's Prime Minister and Foreign Minister") is True
    assert fits(both, "Qatar's Prime Minister") is None


def test_a_title_a_claim_gives_in_passing_is_read_as_a_sentence_s_title() -> None:
    passing = titles_given("Türkiye was represented at the Cairo talks by its foreign minister, Ibrahim Kalin")
    assert [(o.name, o.words) for o in passing] == [("Ibrahim Kalin", {"foreign", "minister"})]
    assert [o.name for o in titles_given("Egypt's spy chief Hassan Rashad met Kalin in Cairo")] == ["Hassan Rashad"]
    assert titles_given("Ibrahim Kalin met Hassan Rashad in Cairo") == []


def test_the_body_an_office_heads_is_named_without_national() -> None:
    office = _office("Ibrahim Kalin is the director of Türkiye's National Intelligence Organization")
    assert fits(office, "Türkiye's intelligence chief") is True


def test_a_title_of_another_office_does_not_fit() -> None:
    assert fits(_office("Hassan Rashad is Egypt's foreign minister"), "Egyptian intelligence chief") is False
    assert fits(_office("Gideon Sa'ar serves as Israel's defence minister"), "Foreign Minister") is False


def test_an_outlet_fits_by_what_and_whose_it_is() -> None:
    assert fits(_office("The Daily Sabah is an Egyptian news website"), "Turkish news site") is False
    assert fits(_office("Asharq Al-Awsat is a Saudi newspaper"), "Saudi newspaper") is True
    assert fits(_office("The Daily Sabah is a Turkish newspaper"), "Turkish news site") is True


def test_a_number_is_no_other_office() -> None:
    assert fits(_office("Richard Nixon is the thirty seventh president of the United States"), "37th president") is None


def test_founders_and_members_are_said_by_verbs_too() -> None:
    assert _office("Hassan Rashad is Egypt's foreign minister").titled
    assert not _office("Khaled Meshaal is a member of the Hamas Leadership Council").titled
    assert not _office("Adam Yala was one of the founders of Comic-Con").titled


def test_a_partial_title_or_a_rank_beside_an_office_says_nothing() -> None:
    assert fits(_office("Gideon Sa'ar is Israel's foreign minister"), "Foreign Minister") is None
    assert fits(_office("Hassan Rashad is Egypt's foreign minister"), "Major General") is None
    assert fits(_office("Hassan Rashad holds the rank of major general"), "Egyptian spy chief") is None
    assert fits(_office("Hassan Rashad holds the rank of major general"), "Colonel") is False


@pytest.mark.parametrize(
    ("claim", "evidence", "title"),
    [
        (
            "Qatar's prime minister also holds the post of foreign minister",
            "Kalin held talks with Qatar's Prime Minister and Foreign Minister Sheikh Mohammed.",
            "Qatar's Prime Minister and Foreign Minister",
        ),
        (
            "Qatar's prime minister doubles as the country's foreign minister",
            "Attendees included Qatari Foreign Minister and Prime Minister Sheikh Mohammed.",
            "Qatari Foreign Minister and Prime Minister",
        ),
    ],
)
def test_one_title_with_both_offices_says_one_person_holds_both(claim: str, evidence: str, title: str) -> None:
    assert both_offices(claim, evidence) == title


def test_each_office_on_its_own_says_nothing_of_holding_both() -> None:
    claim = "Qatar's prime minister also holds the post of foreign minister"
    assert both_offices(claim, "Kalin met Qatar's Prime Minister Sheikh Mohammed and Egypt's Foreign Minister.") == ""
    assert (
        both_offices("Qatar's prime minister met the foreign minister", "Qatar's Prime Minister and Foreign Minister")
        == ""
    )


def test_whose_offices_is_read_by_a_longer_form_of_the_name_never_another_name() -> None:
    evidence = "He met Ukraine's Prime Minister and Foreign Minister."
    assert both_offices("UK's prime minister also serves as foreign minister", evidence) == ""
    assert both_offices("Ukraine's prime minister also serves as foreign minister", evidence) != ""
