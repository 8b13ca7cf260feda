"""How much of what was agreed is done: differences, multiples, shares and none, read as one ratio."""

from __future__ import annotations

import pytest

from models.checks import compare

AGREED = "Under the ceasefire agreement, 600 trucks of aid were supposed to enter Gaza daily."
AT_MOST_200 = "However, Israel is allowing no more than 200 aid trucks into Gaza per day"
A_THIRD = "Israel has only allowed 1/3 of humanitarian aid trucks into Gaza, in violation of the cease-fire."
ONLY_AGREED = "Under the cease-fire deal, 600 aid trucks were to enter Gaza each day, but Israel has not complied."


def ratio_reasons(claim: str, evidence: str, before: str | None = None) -> list[tuple[str, bool, bool]]:
    """(text, agrees, denies) of each quantity reason ``compare`` gives."""
    return [(r.text, r.agrees, r.denies) for r in compare(claim, evidence, before) if r.kind == "quantity"]


@pytest.mark.parametrize(
    ("claim", "evidence", "before", "expected"),
    [
        (
            "Israel is letting at least 400 fewer aid trucks a day into Gaza than the ceasefire deal requires",
            AT_MOST_200,
            AGREED,
            "claim at least 400 trucks/day fewer than agreed consistent with evidence "
            "at most 200 trucks/day of 600 trucks/day agreed",
        ),
        (
            "The ceasefire deal called for about three times as many aid trucks a day as Israel is letting into Gaza",
            A_THIRD,
            None,
            "claim about three times as many aid trucks a day consistent with evidence 1/3 of trucks",
        ),
        (
            "Under the truce, Israel was meant to let in three times as many aid trucks a day as it currently allows",
            AT_MOST_200,
            AGREED,
            "claim three times as many aid trucks a day consistent with evidence "
            "at most 200 trucks/day of 600 trucks/day agreed",
        ),
        (
            "Israel is letting in fewer than half of the 600 daily aid trucks the deal provides for",
            A_THIRD,
            None,
            "claim at most half of 600 trucks/day consistent with evidence 1/3 of trucks",
        ),
        (
            "Roughly two-thirds of the daily aid trucks promised under the truce are being kept out of Gaza",
            A_THIRD,
            None,
            "claim about two-thirds of trucks kept out consistent with evidence 1/3 of trucks",
        ),
        (
            "Israel is not letting in the full number of aid trucks agreed under the ceasefire",
            A_THIRD,
            None,
            "claim fewer trucks than agreed consistent with evidence 1/3 of trucks",
        ),
    ],
)
def test_a_ratio_the_evidence_bears_out_supports_the_claim(
    claim: str, evidence: str, before: str | None, expected: str
) -> None:
    assert ratio_reasons(claim, evidence, before) == [(f"quantity: {expected}", True, False)]


@pytest.mark.parametrize(
    ("claim", "evidence", "before", "expected"),
    [
        (
            "Israel is letting in more than half of the daily aid trucks required by the ceasefire",
            AT_MOST_200,
            AGREED,
            "claim at least half of trucks vs evidence at most 200 trucks/day of 600 trucks/day agreed",
        ),
        (
            "Israel has let in about two-thirds of the aid trucks the ceasefire called for",
            A_THIRD,
            None,
            "claim about two-thirds of trucks vs evidence 1/3 of trucks",
        ),
        (
            "Israel is letting in 100 more aid trucks a day than the deal requires",
            AT_MOST_200,
            AGREED,
            "claim 100 trucks/day more than agreed vs evidence at most 200 trucks/day of 600 trucks/day agreed",
        ),
        (
            # "No more than 200 trucks a day" are some trucks, whatever was agreed.
            "Israel is blocking all aid trucks from entering Gaza",
            AT_MOST_200,
            None,
            "claim no trucks vs evidence at most 200 trucks/day",
        ),
        (
            "Israel has refused to let any aid trucks into Gaza during the truce",
            A_THIRD,
            None,
            "claim no trucks vs evidence 1/3 of trucks",
        ),
    ],
)
def test_a_ratio_the_evidence_cannot_bear_denies_the_claim(
    claim: str, evidence: str, before: str | None, expected: str
) -> None:
    assert ratio_reasons(claim, evidence, before) == [(f"quantity: {expected}", False, True)]


def test_another_agreed_figure_in_the_claim_denies_it() -> None:
    claim = "Israel is letting in fewer than half of the 400 daily aid trucks the deal provides for"
    assert ("quantity: claim agreed 400 trucks/day vs evidence 600 trucks/day", False, True) in ratio_reasons(
        claim, ONLY_AGREED
    )


def test_an_agreed_figure_alone_neither_bears_out_nor_denies_a_ratio() -> None:
    claim = "Israel is letting at least 400 fewer aid trucks a day into Gaza than the ceasefire deal requires"
    assert ratio_reasons(claim, ONLY_AGREED) == []
    # Nor does close wording vouch for it.
    assert not [r for r in compare(claim, ONLY_AGREED, similarity=0.8) if r.kind == "meaning"]


def test_a_difference_needs_the_agreed_amount() -> None:
    claim = "Israel is letting at least 400 fewer aid trucks a day into Gaza than the ceasefire deal requires"
    assert ratio_reasons(claim, AT_MOST_200) == []


def test_the_numbers_of_a_ratio_are_no_counts_of_their_own() -> None:
    claim = "Israel is letting in around 400 fewer aid trucks a day than the ceasefire deal calls for"
    assert not [r for r in compare(claim, ONLY_AGREED) if r.kind in ("count", "plan")]


def test_words_that_only_look_like_a_difference_leave_the_share_to_be_read() -> None:
    claim = "Many more trucks were promised than arrive; Israel has let in about a third of the aid trucks"
    assert ratio_reasons(claim, A_THIRD) == [
        ("quantity: claim about a third of trucks consistent with evidence 1/3 of trucks", True, False)
    ]
