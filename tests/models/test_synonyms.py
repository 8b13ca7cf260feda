"""A claim read in the evidence's own words (models/synonyms.py)."""

from __future__ import annotations

from models.synonyms import in_words_of

EVIDENCE = "Palestinian security forces, which the PA believes should be deployed quickly in the Gaza Strip."


def test_a_claim_is_read_in_the_evidences_word_for_the_same_thing() -> None:
    claim = "The Palestinian Authority wants its security forces deployed in Gaza without delay"
    assert (
        in_words_of(claim, EVIDENCE) == "The Palestinian Authority wants its security forces deployed in Gaza quickly"
    )
    assert in_words_of("Forces should be sent in Swiftly", EVIDENCE) == "Forces should be sent in quickly"
    flow = "Officials stressed ensuring the uninterrupted flow of aid into Gaza."
    assert in_words_of("Aid must keep flowing into Gaza without interruption", flow) == (
        "Aid must keep flowing into Gaza uninterrupted"
    )


def test_a_claim_keeps_its_words_where_the_evidence_has_them_or_none_of_the_group() -> None:
    assert in_words_of("Forces should be deployed quickly", EVIDENCE) == "Forces should be deployed quickly"
    elsewhere = "Mediators met in Cairo on Tuesday."
    assert (
        in_words_of("Forces should be deployed without delay", elsewhere) == "Forces should be deployed without delay"
    )


def test_a_body_is_named_as_the_evidence_names_it_in_full_or_by_its_initials() -> None:
    initials = "Israel also confirmed that the ICRC had received the remains of a captive."
    reworded = in_words_of("The Red Cross received a captive's remains", initials)
    assert reworded == "The ICRC received a captive's remains"
    written_out = "Hamas handed the remains to the International Committee of the Red Cross."
    assert in_words_of("The ICRC got the remains", written_out) == (
        "The International Committee of the Red Cross got the remains"
    )
    # Where the evidence has both, or the claim's own, the claim keeps its words.
    both = "Hamas handed the remains to the International Committee of the Red Cross (ICRC)."
    assert in_words_of("The Red Cross got the remains", both) == "The Red Cross got the remains"
    assert in_words_of("The ICRC got the remains", initials) == "The ICRC got the remains"
