"""Attendance: a claim that someone attended a meeting, against a sentence listing who did."""

from __future__ import annotations

import pytest

from models.attendance import (
    absent,
    claimed_absence,
    claimed_attendance,
    elsewhere,
    listed,
    only_as_owner,
    reported_attendance,
    unmentioned,
)

ATTENDED_BY = (
    "The meeting was also attended by Majd Faraj, head of the PA's General Intelligence, "
    "and Majdi Khalidi, Mahmoud Abbas' advisor for diplomatic affairs."
)
BLAIR_MEETING = "The remarks came after a meeting between Hussein al-Sheikh and Tony Blair earlier this week."


@pytest.mark.parametrize(
    ("claim", "attendees", "gathering"),
    [
        ("Majd Faraj attended the meeting with Blair", ["Majd Faraj"], "the meeting with Blair"),
        (
            "Majdi Khalidi, Abbas's adviser, was present at the meeting with Tony Blair",
            ["Majdi Khalidi"],
            "the meeting with Tony Blair",
        ),
        ("Khaled Meshaal sat in on the mediators' talks in Cairo", ["Khaled Meshaal"], "the mediators' talks in Cairo"),
        ("Ghazi Hamad was among those present at the talks", ["Ghazi Hamad"], "the talks"),
        ("Former envoy Tony Blair also took part in the summit.", ["Tony Blair"], "the summit"),
        # Present when two people met: at their meeting.
        (
            "Majdi Khalidi was in the room when al-Sheikh met Tony Blair",
            ["Majdi Khalidi"],
            "the meeting of al-Sheikh with Tony Blair",
        ),
        (
            "Hussein al-Sheikh was accompanied by Majd Faraj and Majdi Khalidi when he met Tony Blair",
            ["Majd Faraj", "Majdi Khalidi"],
            "the meeting of Hussein al-Sheikh with Tony Blair",
        ),
    ],
)
def test_a_claim_that_someone_attended_a_meeting_names_them_and_the_meeting(
    claim: str, attendees: list[str], gathering: str
) -> None:
    found = claimed_attendance(claim)
    assert found is not None
    assert (found.attendees, found.gathering) == (attendees, gathering)


@pytest.mark.parametrize(
    "claim",
    [
        "Majd Faraj did not attend the meeting with Blair",  # a denial is for the model and the negation check
        "Majd Faraj met Tony Blair",  # a meeting, but not attendance of one
        "Al-Ain News reported that the Hamas leaders joined the mediators' discussions",  # a claim about a report
    ],
)
def test_other_claims_are_not_about_attendance(claim: str) -> None:
    assert claimed_attendance(claim) is None


def test_a_group_is_listed_by_a_word_the_claim_names_it_by() -> None:
    claim = claimed_attendance("Hamas leaders attended the Cairo meeting of the mediators")
    assert claim is not None and claim.attendees == [] and claim.who == "Hamas leaders"
    assert listed(claim, "The Cairo meeting also included Hamas Leadership Council head Muhammad Darwish.")
    assert not listed(claim, "The Cairo meeting also included Egypt's intelligence chief.")


ARTICLE = (
    "Reports say that mediators met Tuesday in Cairo to discuss the second phase. "
    "The agency stated that attendees included the head of Egyptian General Intelligence. "
    "The Daily Sabah claimed that the meeting also included Hamas Leadership Council head Muhammad Darwish. "
    "The remarks came following a meeting between Hussein al-Sheikh and Tony Blair earlier this week. "
    "The meeting was also attended by Majd Faraj, head of the PA's General Intelligence."
)


def test_the_meeting_a_list_is_about_is_the_one_the_article_last_reported() -> None:
    darwish = claimed_attendance("Muhammad Darwish took part in the mediators' meeting in Cairo")
    faraj = claimed_attendance("Majd Faraj attended the Cairo meeting of the mediators")
    assert darwish is not None and faraj is not None
    sabah = "The Daily Sabah claimed that the meeting also included Hamas Leadership Council head Muhammad Darwish."
    assert listed(darwish, sabah, article=ARTICLE)
    assert not listed(darwish, sabah)  # neither it nor the sentence before says Cairo
    # The meeting last reported before this list is the one with Tony Blair.
    faraj_list = "The meeting was also attended by Majd Faraj, head of the PA's General Intelligence."
    assert not listed(faraj, faraj_list, article=ARTICLE)


def test_a_sentence_that_never_mentions_those_said_to_attend_says_nothing_of_it() -> None:
    jordan = claimed_attendance("Jordan's foreign minister joined the mediators' talks in Cairo")
    assert jordan is not None
    assert unmentioned(jordan, "Delegations from Türkiye, Egypt and Qatar met in Cairo.")
    assert not unmentioned(jordan, "Jordan's foreign minister was also in Cairo.")
    # An acronym has other spellings ("United States", "U.S."), so it is not looked for.
    us = claimed_attendance("A US delegation sat in on the Cairo meeting")
    assert us is not None and not unmentioned(us, "Delegations along with the United States met in Cairo.")


AL_AIN = (
    "However, Gulf news site Al-Ain News, reports that the Hamas leaders met separately with the Egyptian"
    " intelligence chief Hassan Rashad, and not as part of the discussions of the mediators."
)


@pytest.mark.parametrize(
    ("claim", "named"),
    [
        ("Hamas leaders attended the Cairo meeting of the mediators", "Hamas"),
        ("Hamas political bureau member Ghazi Hamad sat in on the mediators' talks in Cairo", "Hamas"),
    ],
)
def test_a_sentence_that_says_they_took_no_part_in_the_same_gathering_denies_attendance(claim: str, named: str) -> None:
    found = claimed_attendance(claim)
    assert found is not None and absent(found, AL_AIN) == named


def test_those_who_took_no_part_are_named_by_a_possessive_too() -> None:
    found = claimed_absence("Hamas's leaders saw Hassan Rashad on their own, apart from the mediators' discussions")
    assert found is not None and absent(found, AL_AIN) == "Hamas"


@pytest.mark.parametrize(
    "claim",
    [
        "Khaled Meshaal joined the mediators' talks in Cairo",  # the sentence never says who he is
        "Hamas leaders attended the meeting with Tony Blair",  # another gathering
    ],
)
def test_a_denial_of_others_or_of_another_gathering_denies_nothing(claim: str) -> None:
    found = claimed_attendance(claim)
    assert found is not None and absent(found, AL_AIN) == ""


def test_a_denial_of_a_group_denies_those_the_article_lists_as_its_members() -> None:
    claim = claimed_attendance("Khaled Meshaal joined the mediators' talks in Cairo")
    article = (
        "Mediators met in Cairo on Tuesday. The Daily Sabah claimed that the meeting also included Hamas "
        f"Leadership Council head Muhammad Darwish and council members Khaled Meshaal and Khalil al-Hayya. {AL_AIN}"
    )
    assert claim is not None and absent(claim, AL_AIN, article) == "Hamas"
    # An article that never lists him says nothing of who he is.
    assert absent(claim, AL_AIN, f"Mediators met in Cairo on Tuesday. {AL_AIN}") == ""


def test_a_denial_of_the_discussions_an_article_reports_denies_its_meeting_by_where_it_was_held() -> None:
    claim = claimed_attendance("Hamas leaders attended the Cairo meeting")
    article = f"Mediators met in Cairo on Tuesday to discuss the second phase. {AL_AIN}"
    assert claim is not None and absent(claim, AL_AIN, article) == "Hamas"
    # The sentence alone never says which meeting the mediators' discussions were.
    assert absent(claim, AL_AIN) == ""
    # "Al" (of "Al Thani") is no name that "Al-Ain News" gives.
    qatari = claimed_attendance("Sheikh Mohammed bin Abdulrahman Al Thani took part in the Cairo talks")
    assert qatari is not None and absent(qatari, AL_AIN, article) == ""


def test_those_named_only_in_another_event_are_not_said_to_attend() -> None:
    claim = claimed_attendance("Hamas leaders attended the Cairo meeting")
    assert claim is not None
    evidence = (
        "The Cairo meeting came two days after a senior Hamas delegation met Egyptian intelligence chief Hassan Rashad."
    )
    assert elsewhere(claim, evidence) == "two days after"
    assert elsewhere(claim, "Hamas leaders met the mediators in Cairo after the talks on the truce.") == ""
    assert elsewhere(claim, "The mediators met in Cairo after a week of talks.") == ""


def test_whose_adviser_attended_is_not_one_who_attended() -> None:
    claim = claimed_attendance("Mahmoud Abbas personally took part in the meeting with Tony Blair")
    assert claim is not None
    assert only_as_owner(claim, ATTENDED_BY) == "Mahmoud Abbas' advisor"
    assert not listed(claim, ATTENDED_BY, BLAIR_MEETING)
    # Named in his own right too, he is listed.
    assert only_as_owner(claim, "Mahmoud Abbas and his adviser attended the meeting.") == ""
    # A claim's own owner is not among those it says attended.
    adviser = claimed_attendance(
        "Majdi Khalidi, Mahmoud Abbas's diplomatic adviser, was at the meeting with Tony Blair"
    )
    assert adviser is not None and adviser.attendees == ["Majdi Khalidi"]
    advises = claimed_attendance("Majdi Khalidi, who advises Mahmoud Abbas, was present at the meeting with Tony Blair")
    assert advises is not None and advises.attendees == ["Majdi Khalidi"]
    assert listed(adviser, ATTENDED_BY, BLAIR_MEETING)


def test_a_claim_about_what_a_source_reported_of_attendance_names_the_source_and_the_attendance() -> None:
    reported = reported_attendance("Al-Ain News reported that the Hamas leaders joined the mediators' discussions")
    assert reported is not None
    source, said = reported
    assert source == "Al-Ain News" and absent(said, AL_AIN) == "Hamas"
    assert reported_attendance("Hamas leaders joined the mediators' discussions") is None


def test_a_sentence_listing_the_attendee_supports_attendance_of_the_meeting_it_describes() -> None:
    claim = claimed_attendance("Majdi Khalidi was present at the meeting with Tony Blair")
    assert claim is not None
    assert listed(claim, ATTENDED_BY, before=BLAIR_MEETING)
    # Which meeting? Only the sentence before says it was the one with Tony Blair.
    assert not listed(claim, ATTENDED_BY)
    # Another meeting that the same people attended is not this one.
    elsewhere = claimed_attendance("Majdi Khalidi attended the Cairo meeting of the mediators")
    assert elsewhere is not None and not listed(elsewhere, ATTENDED_BY, before=BLAIR_MEETING)


def test_a_sentence_that_leaves_out_the_attendee_or_denies_attendance_lists_nobody() -> None:
    claim = claimed_attendance("Khaled Meshaal took part in the meeting")
    assert claim is not None
    assert listed(claim, "The meeting also included Hamas council members Khaled Meshaal and Ghazi Hamad.")
    assert not listed(claim, ATTENDED_BY)
    assert not listed(claim, "Khaled Meshaal met Rashad separately, and not as part of the meeting's discussions.")
    assert not listed(claim, "Khaled Meshaal said the meeting was a success.")  # no attendance reported


@pytest.mark.parametrize(
    ("claim", "who", "gathering"),
    [
        (
            "No Hamas officials took part in the mediators' talks in Cairo",
            "Hamas officials",
            "the mediators' talks in Cairo",
        ),
        (
            "Hamas leaders were not part of the mediators' discussions in Cairo.",
            "Hamas leaders",
            "the mediators' discussions in Cairo",
        ),
        (
            "The Hamas leaders met Rashad on their own, not as part of the mediators' talks",
            "Hamas leaders",
            "the mediators' talks",
        ),
        # On their own, rather than as part of it, apart from it, outside it.
        (
            "The Hamas leaders saw Egypt's intelligence chief on their own rather than as part of the mediators' talks",
            "Hamas leaders",
            "the mediators' talks",
        ),
        (
            "Hamas's leaders saw Hassan Rashad on their own, apart from the mediators' discussions",
            "Hamas's leaders",
            "the mediators' discussions",
        ),
    ],
)
def test_a_claim_that_people_took_no_part_names_them_and_the_meeting(claim: str, who: str, gathering: str) -> None:
    found = claimed_absence(claim)
    assert found is not None
    assert (found.who, found.gathering) == (who, gathering)


@pytest.mark.parametrize(
    "claim",
    [
        "Hamas leaders attended the Cairo meeting of the mediators",  # attendance, not absence
        # Where a meeting was held, not who stayed away: Rashad attended both.
        "The Hamas leadership's talks with Hassan Rashad were held separately from the mediators' meeting",
    ],
)
def test_other_claims_are_not_about_absence(claim: str) -> None:
    assert claimed_absence(claim) is None
