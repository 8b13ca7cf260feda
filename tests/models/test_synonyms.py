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


def test_a_claim_keeps_its_words_where_the_evidence_has_them_or_none_of_the_group() -> None:
    assert in_words_of("Forces should be deployed quickly", EVIDENCE) == "Forces should be deployed quickly"
    elsewhere = "Mediators met in Cairo on Tuesday."
    assert (
        in_words_of("Forces should be deployed without delay", elsewhere) == "Forces should be deployed without delay"
    )
