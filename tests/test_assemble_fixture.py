"""The Kaskelen flood fixture dossier (French and English articles) through the real extraction.

Only what must hold whatever the extraction's progress is asserted: the death toll is a series
across articles and languages, reports that disagree on the first day are a conflict, spellings
of one person or place are one entity, and the corrections by hand apply.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import copy_project
from generator.assemble import assemble
from generator.build import extract_paths, read_corrections
from generator.config import load_settings

FIXTURE = Path(__file__).parent / "fixtures" / "dossier" / "seeds"


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("kaskelen"), sorted(FIXTURE.glob("*.md")))
    shutil.copy(FIXTURE / "corrections.yaml", root / "seeds" / "corrections.yaml")
    settings = load_settings(root)
    return assemble(extract_paths([settings.seeds_dir], root), settings, read_corrections(settings))


def test_the_death_toll_is_one_series_across_articles_in_date_order(dossier):
    killed = next(s for s in dossier.series if s.key == "killed-all")
    documents = {p.document for p in killed.points}
    assert {"2025-04-03-barrage-fr", "2025-04-03-dam-en"} <= documents
    assert len(documents) >= 5
    dates = [p.date for p in killed.points]
    assert dates == sorted(dates) and dates[0] == "2025-04-03"
    assert any(p.latest for p in killed.points) and sum(p.conservative for p in killed.points) >= 1


def test_the_first_days_disagreeing_tolls_are_a_conflict(dossier):
    killed = next(s for s in dossier.series if s.key == "killed-all")
    first = next(c for c in killed.conflicts if c.date == "2025-04-03")
    assert {(p.document, p.count.value) for p in first.points} >= {("2025-04-03-barrage-fr", 12),
                                                                   ("2025-04-03-dam-en", 15)}


def test_the_withdrawn_figure_is_rejected_and_the_typo_fixed_by_hand(dossier):
    values = [p.count.value for s in dossier.series for p in s.points]
    assert 164 not in values
    rejected, fixed = dossier.corrections[0], dossier.corrections[1]
    assert [m.text for m in rejected.matched] == ["164"]
    if fixed.matched:  # the article's '54 morts' was read as a figure
        point = next(p for s in dossier.series for p in s.points if p.document == "2025-04-06-bilan-fr"
                     and p.extracted is not None)
        assert (point.extracted.value, point.count.value) == (54, 45)


def test_spellings_of_one_person_or_place_are_one_entity(dossier):
    names = {e.canonical: e for e in dossier.entities}
    who = names["Organisation mondiale de la santé"]
    assert {"OMS", "WHO"} <= set(who.aliases)
    assert len(who.documents) >= 3
    almaty = next(e for e in dossier.entities if e.reference == "geonames:1526384")
    assert len(almaty.documents) >= 4
    russia = next(e for e in dossier.entities if e.reference == "iso3166:RU")
    assert {"Russie", "Russia"} <= {russia.canonical, *russia.aliases}


def test_a_correction_that_matches_nothing_is_reported_with_its_line(dossier):
    assert "seeds/corrections.yaml:15: reject quote (article 'no-such-article', text 'anything'): " \
           "matches nothing in the articles; nothing was changed" in dossier.warnings
