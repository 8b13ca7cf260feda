"""Synthetic pairs: each edit changes what it claims to change, and nothing else."""

from __future__ import annotations

import random

import pytest

from models.augment import augment, change_number, drop_clause, negate, swap_entity, swap_opposite


@pytest.mark.parametrize(
    "sentence",
    ["Israel allowed 200 aid trucks into Gaza per day.", "The toll rose to 1,200 in 2023.", "It grew 2.5 percent."],
)
def test_a_changed_number_differs_only_in_that_number(sentence: str) -> None:
    changed = change_number(sentence, random.Random(0))
    assert changed is not None and changed != sentence
    assert next(w for w in changed.split() if w not in sentence.split())[0].isdigit()


def test_negation_inserts_not_after_the_first_auxiliary() -> None:
    assert negate("Israel has complied with the agreement.") == "Israel has not complied with the agreement."
    assert negate("Has Israel complied?") is None
    assert negate("Israel complied.") is None


def test_an_opposite_replaces_one_word_and_keeps_its_case() -> None:
    assert swap_opposite("Netanyahu supports a Palestinian state.") == "Netanyahu opposes a Palestinian state."
    assert swap_opposite("Higher prices were reported.") == "Lower prices were reported."
    assert swap_opposite("Nothing here changes.") is None


def test_an_entity_is_replaced_by_another_of_its_kind() -> None:
    pool = {"place": ["Doha"], "name": ["Tony Blair"]}
    swapped = {
        swap_entity("Mediators met in Cairo with Hassan Rashad.", pool, random.Random(seed)) for seed in range(20)
    }
    assert swapped == {"Mediators met in Doha with Hassan Rashad.", "Mediators met in Cairo with Tony Blair."}
    # Lone capitalised words (adjectives, titles) and dates are not entities.
    assert swap_entity("Egyptian officials met in October on Tuesday.", pool, random.Random(0)) is None


def test_only_removable_clauses_are_dropped() -> None:
    assert drop_clause("Under the deal, 600 trucks of aid were to enter Gaza each day.") == (
        "600 trucks of aid were to enter Gaza each day."
    )
    assert drop_clause("The idea, Leger claimed, was to prove that machines have plastic value.") is None


def test_augmented_pairs_are_balanced_and_labelled() -> None:
    premises = [
        "Under the deal, 600 trucks of aid were to enter Gaza each day.",
        "The ministry said 342 people were killed in attacks since October.",
        "Officials have confirmed the talks in Cairo on Tuesday.",
    ] * 3
    pairs = augment(premises, per_kind=5)
    assert {p.label for p in pairs} <= {"supports", "contradicts"}
    assert all(p.evidence in premises and p.claim != p.evidence for p in pairs)
