"""Organisations: the body a claim is about, and sentences that never name it."""

from __future__ import annotations

import pytest

from models.organisations import by_initials, described, organisations, subject, unnamed


def test_bodies_are_capitalised_runs_with_a_word_such_as_centre_or_news() -> None:
    text = "The Red Cross and Al-Qahera News spoke to the Palestinian Authority, not to Tony Blair."
    assert organisations(text) == ["Red Cross", "Al-Qahera News", "Palestinian Authority"]


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        ("The Civil-Military Coordination Centre is based in Cairo", "Civil-Military Coordination Centre"),
        ("The Daily Sabah is an Egyptian news site", "Daily Sabah"),
        # A body named later is part of what the claim says, or where it was said.
        ("Israel supports a role for the Palestinian Authority in Gaza", None),
        ("According to Al-Qahera News, the talks went well", None),
        # So is a body in a claim about a person ("the director of ...").
        ("Ibrahim Kalin is the director of Turkey's National Intelligence Organization", None),
    ],
)
def test_a_claim_is_about_the_body_it_opens_with(claim: str, body: str | None) -> None:
    assert subject(claim) == body


@pytest.mark.parametrize(
    "evidence",
    [
        "Mediators agreed to work with the Civil-Military Coordination Centre.",
        "Mediators agreed to work with the CMCC.",  # its initials
        "Mediators agreed to work with the Civil Military Coordination Center.",  # its other words
    ],
)
def test_a_sentence_names_a_body_by_its_initials_or_by_the_rest_of_its_name(evidence: str) -> None:
    assert unnamed("The Civil-Military Coordination Centre is based in Cairo", evidence) is None


def test_a_sentence_that_never_names_the_body_leaves_it_unnamed_unless_the_one_before_does() -> None:
    claim, evidence = "The Red Cross received the remains", "They were received in Gaza on Monday."
    assert unnamed(claim, evidence) == "Red Cross"
    assert unnamed(claim, evidence, before="The ICRC said it would collect them.") is None


def test_a_body_written_out_on_one_side_may_go_by_its_initials_on_the_other() -> None:
    written_out = "Hamas handed the remains to the Red Cross in Gaza."
    initials = "Hamas handed the remains to the ICRC in Gaza."
    assert by_initials(written_out, initials) == {"red", "cross", "icrc"}
    assert by_initials(initials, written_out) == {"red", "cross", "icrc"}
    assert by_initials(written_out, "Hamas handed the remains to UNRWA in Gaza.") == set()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("with the Civil Military Coordination Center, the hub in Israel.", "the hub in Israel."),  # either spelling
        ('with the Civil-Military Coordination Centre" -- the truce monitoring centre', "the truce monitoring centre"),
        ("through the CMCC, a hub in Israel", "a hub in Israel"),  # its initials
        ("the Civil-Military Coordination Centre in Israel", ""),  # set beside nothing
        ("the Civil-Military hub, the one in Israel", ""),  # a word of it is not the name
    ],
)
def test_a_body_is_described_by_what_is_set_beside_its_name(text: str, said: str) -> None:
    assert described("Civil-Military Coordination Centre", text) == said
