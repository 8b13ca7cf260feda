"""Attendance: a claim that someone attended a meeting, against a sentence listing who did."""

from __future__ import annotations

import pytest

from models.attendance import absent, claimed_attendance, listed

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


def test_a_claim_that_names_nobody_as_attending_is_supported_by_no_list() -> None:
    claim = claimed_attendance("Egypt's intelligence chief attended the Cairo meeting")
    assert claim is not None and claim.attendees == [] and claim.who == "Egypt's intelligence chief"
    assert not listed(claim, "The Cairo meeting was attended by Egypt's intelligence chief and others.")


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
