"""Places: how the place a claim gives relates to the one evidence gives."""

from __future__ import annotations

import pytest

from models.places import countries, relation


@pytest.mark.parametrize(
    ("claimed", "reported", "expected"),
    [
        ("Cairo", "Cairo", "same"),
        ("southern Israel", "southern Israel", "same"),
        # The evidence says where more exactly.
        ("Egypt", "Cairo", "inside"),
        ("Israel", "southern Israel", "inside"),
        ("Türkiye", "Ankara", "inside"),
        # No country in common, or opposite directions of one name.
        ("Cairo", "southern Israel", "apart"),
        ("Doha", "Cairo", "apart"),
        ("northern Gaza", "southern Israel", "apart"),
        ("northern Israel", "southern Israel", "apart"),
        # Two towns more than a few kilometres apart, wherever each of their name lies.
        ("Jerusalem", "Tel Aviv", "apart"),
        ("Khan Younis", "Rafah", "apart"),
        ("Rafah", "Cairo", "apart"),  # the Rafah in Egypt too lies far from Cairo
        # Anything else may or may not be the same place.
        ("Cairo", "Egypt", "other"),  # the evidence says less
        ("New York", "Brooklyn", "other"),  # a city of millions may take in a town nearby
        ("Cairo", "Giza", "other"),
        ("Manchester", "Salford", "other"),  # towns that touch
        ("Gaza", "Rafah", "other"),  # "in Gaza" is the Gaza Strip
        ("Kerem Shalom", "Cairo", "other"),  # not a place GeoNames knows
        ("northern Israel", "Israel", "other"),
        # Two facilities that share no word of their names are two places.
        ("Hadassah hospital", "Abu Kabir Forensic Institute", "apart"),
        ("Sheba Medical Center", "Shifa Hospital", "apart"),
        ("Abu Kabir institute", "Abu Kabir Forensic Institute", "other"),
        ("Shifa Hospital", "Gaza", "other"),
    ],
)
def test_two_places_relate_as_geonames_places_them(claimed: str, reported: str, expected: str) -> None:
    assert relation(claimed, reported) == expected


def test_a_place_lies_in_every_country_a_city_of_its_name_lies_in_accents_aside() -> None:
    assert countries("Khan Younis") == countries("Khān Yūnis") == {"PS"}
    assert countries("Rafah") == {"PS", "EG"}
    assert countries("Turkiye") == countries("Turkey") == {"TR"}
    assert countries("Qwertyville") == frozenset()


def test_another_name_of_a_city_never_moves_a_city_that_bears_it_as_its_own() -> None:
    # GeoNames lists "Berlin" among the other names of a town in Ohio.
    assert countries("Berlin") == {"DE"}
