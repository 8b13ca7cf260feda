"""People: who a text names, and whom a claim names that a sentence never mentions."""

from __future__ import annotations

import pytest

from models.people import people, unnamed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Egyptian President Abdel Fattah el-Sisi received the mediators.", ["Abdel Fattah el-Sisi"]),
        ("Israeli Prime Minister Benjamin Netanyahu met Tony Blair on Monday.", ["Benjamin Netanyahu", "Tony Blair"]),
        # A name may open with any capital, as written.
        ("Turkish spy chief İbrahim Kalın met Ömer Çelik in Ankara.", ["İbrahim Kalın", "Ömer Çelik"]),
        # Organisations, places, nationalities, titles and dates are not people.
        ("The Palestinian Authority and the Red Cross met in the Gaza Strip.", []),
        ("The United States and Saudi Arabia met on Tuesday, November 4.", []),
        ("Fighters are trapped in Khan Younis, near Sharm Sheikh.", []),  # after "in", a place
        ("Foreign Minister Sa'ar spoke.", []),  # one word is too little to tell a name by
        ("Two Israeli soldiers were wounded.", []),  # a count and a people, opening a sentence
        ("No Hamas officials took part.", []),  # "no" opening a sentence, before a body's name
    ],
)
def test_people_are_runs_of_capitalised_words_that_name_no_organisation_place_or_title(
    text: str, names: list[str]
) -> None:
    assert people(text) == names


def test_a_sentence_that_names_others_but_never_the_claimed_person_leaves_them_unnamed() -> None:
    evidence = "A senior Hamas delegation met with Egyptian spy chief Hassan Rashad in Cairo."
    assert unnamed("Benjamin Netanyahu met Hassan Rashad in Cairo", evidence) == ["Benjamin Netanyahu"]
    assert unnamed("Hassan Rashad met Hamas leaders", evidence) == []


def test_any_part_of_a_name_mentions_the_person_accents_aside() -> None:
    assert unnamed("Abdel Fattah el-Sisi met Tony Blair", "Al-Sisi met Tony Blair in Cairo.") == []
    assert unnamed("Ibrahim Kalin met Hassan Rashad", "Kalın met Hassan Rashad.") == []
    # A name with an apostrophe inside is one word, however the apostrophe is written.
    assert unnamed("Gideon Sa'ar met Tony Blair", "Sa’ar met Tony Blair in Berlin.") == []
    assert unnamed("Gideon Sa'ar met Tony Blair", "Ar met Tony Blair in Berlin.") == ["Gideon Sa'ar"]


def test_a_sentence_that_names_nobody_or_says_he_or_she_may_be_about_the_person() -> None:
    # Which person "he" is, or who met, the sentence alone cannot tell: the stance model decides.
    assert unnamed("Joe Cronin had Irish roots", "The earthquake had cost his Irish parents everything.") == []
    assert unnamed("Mahmoud Abbas will travel to Cairo", "The mediators met in Cairo on Tuesday.") == []


ABBAS_ASIDE = (
    "Reports in Arab media say that mediators met Tuesday in Cairo. "
    "Egypt's spy chief Hassan Rashad hosted them. He said more talks would follow."
)


def test_a_news_article_that_never_names_the_person_says_nothing_of_them_in_any_sentence() -> None:
    evidence = "Reports in Arab media say that mediators met Tuesday in Cairo."
    claim = "Mahmoud Abbas will travel to Cairo to meet the mediators"
    assert unnamed(claim, evidence) == []  # alone, the sentence may be about him
    assert unnamed(claim, evidence, article=ABBAS_ASIDE) == ["Mahmoud Abbas"]
    assert unnamed(claim, evidence, article=ABBAS_ASIDE + " Mahmoud Abbas was not there.") == []


def test_in_an_article_he_is_someone_it_named_before_unless_it_named_nobody() -> None:
    claim = "Mahmoud Abbas promised more talks"
    evidence = "He said more talks would follow."
    assert unnamed(claim, evidence, before="Egypt's spy chief Hassan Rashad hosted them.") == []
    assert unnamed(claim, evidence, article=ABBAS_ASIDE) == ["Mahmoud Abbas"]
    # A lone "He ..." may be about anyone: the article has named nobody before it.
    assert unnamed(claim, evidence, article="He said more talks would follow. Tony Blair agreed.") == []
