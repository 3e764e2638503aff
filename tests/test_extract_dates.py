"""Dates resolved against the article's date; sources cited; statements marked as unconfirmed."""

from __future__ import annotations

import pytest

from generator.extract import extract_documents
from generator.extract.dates import resolve
from generator.extract.hedges import is_hedged
from generator.model import Seed
from generator.parse import parse_seed


def facts_of(body: str, date: str):
    seed = Seed("seeds/article.txt", f"---\ntitle: Article\ndate: {date}\n---\n{body}\n".encode())
    return extract_documents([parse_seed(seed)])[0]


def names(text: str) -> list[str]:
    """The names of the sources one sentence cites."""
    return [s.name for s in facts_of(text, "2025-09-02").sources]


@pytest.mark.parametrize("text, language, article, expected", [
    ("le 6 janvier", "fr", "2022-01", "2022-01-06"),
    ("samedi 11 mars", "fr", "2023-03-08", "2023-03-11"),
    ("mardi", "fr", "2023-03-08", "2023-03-07"),
    ("mardi", "fr", "2023-09-12", "2023-09-12"),  # the article's own day
    ("hier", "fr", "2023-09-12", "2023-09-11"),
    ("Thursday", "en", "2023-06-15", "2023-06-15"),
    ("January 9", "en", "2024-01-04", "2024-01-09"),
    ("mardi", "fr", "2023-03", None),  # a weekday needs an article dated to the day
])
def test_dates_take_what_they_lack_from_the_article(text, language, article, expected):
    assert resolve(text, language, article) == expected


def test_dates_in_text_but_not_an_ordinary_weekday():
    facts = facts_of("Le séisme a frappé dans la nuit de vendredi à samedi. La Stib comptait moins de voyageurs "
                     "qu'un jeudi ordinaire. Une journée d'action est prévue le 7 novembre.", "2023-09-10")
    assert [(d.text, d.value) for d in facts.dates] == [
        ("vendredi", "2023-09-08"), ("samedi", "2023-09-09"), ("7 novembre", "2023-11-07")]


def test_sources_are_cited_names_and_reporting_bodies_not_people():
    french = facts_of("Selon un bilan officiel communiqué le 6 janvier, 13 policiers ont été tués. "
                      "L'agence de presse RIA Novosti a confirmé la mort de deux gardes. "
                      "«C'est grave», a déclaré Oussama Hamad. Le feu s'est déclaré au quatrième étage.", "2022-01-07")
    english = facts_of("The interior ministry said 47 people had been detained, according to Reuters. "
                       "Seventeen deaths were reported in the north.", "2022-01-07")
    assert [s.name for s in french.sources] == ["bilan officiel", "RIA Novosti"]  # the medium by its name
    assert [s.name for s in english.sources] == ["interior ministry", "Reuters"]


@pytest.mark.parametrize("text, hedged", [
    ("On ignore s'il s'agit d'une mutilation.", True),
    ("Selon des informations non confirmées, un manifestant aurait été blessé.", True),
    ("Une centaine de détenus seraient restés dans l'établissement.", True),
    ("Darmanin a annoncé que 11 000 policiers seraient mobilisés samedi.", False),
    ("Reuters could not independently verify the figures.", True),
    ("It was not immediately clear what caused the fire.", True),
    ("Police said 47 people had been detained.", False),
])
def test_hedges(text, hedged):
    assert is_hedged(text) is hedged


def test_sources_are_bodies_under_their_canonical_name_not_passers_by_nor_rumours():
    french = facts_of("Selon le premier bilan des pompiers, six personnes ont été blessées. Selon des habitants joints "
                      "par téléphone, une détonation a été entendue. Selon des informations non "
                      "confirmées, un immeuble voisin serait menacé. La guerre a fait des milliers de morts "
                      "selon des estimations de l'ONU.", "2025-02-14")
    english = facts_of("The World Health Organization (WHO) said 52 people had died. Many passengers said the "
                       "boat was overloaded. Unconfirmed reports said the toll was higher. More than 300 "
                       "cases were recorded last week, the WHO said.", "2025-02-14")
    assert [s.name for s in french.sources] == ["pompiers", "habitants", "ONU"]
    assert [s.name for s in english.sources] == ["World Health Organization", "World Health Organization"]


@pytest.mark.parametrize("text, expected", [
    ("The flood began on Feb 28 and the rain stopped on Mar 3.", ["2024-02-28", "2024-03-03"]),
    ("As of Aug. 4, 300 cases had been recorded.", ["2023-08-04"]),  # last August, not next
    ("Les syndicats appellent à la grève les 18 et 19 mars.", ["2024-03-18", "2024-03-19"]),
    ("Le musée restera fermé jusqu'à samedi.", ["2024-03-16"]),  # a future tense: the coming Saturday
    ("Le 28 févr. un drame avait eu lieu.", ["2024-02-28"]),
])
def test_abbreviated_paired_and_yearless_dates(text, expected):
    assert [d.value for d in facts_of(text, "2024-03-13").dates] == expected


@pytest.mark.parametrize("text, expected", [
    ("In April 2021, the group said soldiers had killed 40 people in the village on 3 March that year.", ["2021-03-03"]),
    ("Les autorités déconseillent toute sortie au moins jusqu'à dimanche.", ["2024-03-17"]),
    ("Le ministre a promis de recevoir lundi une délégation.", ["2024-03-18"]),
    ("He said the strike would go ahead until Friday.", ["2024-03-15"]),
    ("Des camions-citernes étaient attendus vendredi, a indiqué la compagnie.", ["2024-03-15"]),
    ("La tempête devait s'éloigner jeudi vers le large.", ["2024-03-14"]),
    ("L'audience en appel a été fixée au 5 février.", ["2025-02-05"]),  # days to come: next February
    ("Le procès s'est ouvert le 5 février.", ["2024-02-05"]),
    ("Le centre météorologique a placé le département en vigilance orange jusqu'à vendredi.", ["2024-03-15"]),
    ("Les détenus restaient enfermés jusqu'à lundi.", ["2024-03-11"]),  # a past state: last Monday
    ("The bureau forecast temperatures above 40 degrees for Sunday.", ["2024-03-17"]),
    ("L'opposition a appelé à une nouvelle journée «ville morte» jeudi.", ["2024-03-14"]),
])
def test_the_year_a_sentence_names_and_days_to_come(text, expected):
    assert [d.value for d in facts_of(text, "2024-03-13").dates] == expected


@pytest.mark.parametrize("text, hedged", [
    ("The death toll could rise further, officials said.", True),
    ("Selon un bilan provisoire, douze personnes sont mortes.", True),
    ("Sans ce changement de vent, le bilan aurait été bien plus lourd.", False),
    ("The attack has not been claimed, and no group immediately claimed responsibility.", True),
])
def test_provisional_figures_are_hedged_and_counterfactuals_are_not(text, hedged):
    assert bool(facts_of(text, "2024-03-13").hedges) is hedged


def test_a_described_organisation_and_the_group_are_filed_under_its_name():
    facts = facts_of("The Coalition for Civic Rights (CCR) opened an inquiry. At least 14 of its members were "
                     "detained, the opposition Coalition for Civic Rights said. Nine were freed on Monday, the "
                     "group said.", "2025-02-14")
    french = facts_of("Selon l'ONG Acled, 40 civils ont été tués dans la région.", "2025-02-14")
    assert [s.name for s in facts.sources] == ["Coalition for Civic Rights", "Coalition for Civic Rights"]
    assert [s.name for s in french.sources] == ["Acled"]


def test_a_document_is_filed_under_who_made_it_and_a_country_is_not_a_source():
    french = facts_of("Selon un bilan établi par la Ligue togolaise des droits de l'homme, 14 personnes ont été "
                      "tuées, a indiqué vendredi la gendarmerie nationale.", "2025-02-14")
    english = facts_of("Honduras has recorded 120 deaths this year. More than 18,000 people crossed the border, "
                       "according to UNHCR figures.", "2025-02-14")
    assert [s.name for s in french.sources] == ["Ligue togolaise des droits de l'homme", "gendarmerie nationale"]
    assert [s.name for s in english.sources] == ["UNHCR"]


def test_bodies_named_together_before_said_are_each_a_source():
    facts = facts_of("An outbreak has killed at least 27 people in camps around the city of Baidoa, health "
                     "officials and aid agencies said on Tuesday. Community elders said they had buried 35 people.",
                     "2025-02-14")
    assert [s.name for s in facts.sources] == ["health officials", "aid agencies", "Community elders"]


def test_asserting_and_finding_verbs_decisions_and_the_place_before_according_to():
    assert names("«Aucun cas n'a été confirmé», a assuré l'Agence régionale de santé (ARS).") == [
        "Agence régionale de santé"]
    assert names("La police a assuré la sécurité du cortège.") == []
    assert names("An investigation by the Engineering Institute of Thailand found that supports had corroded.") == [
        "Engineering Institute of Thailand"]
    assert names("The government declared a state of emergency after the attacks.") == []
    assert names("Les enquêtes diront d'où sont venus les tirs.") == []
    assert names("In neighbouring Vietnam, the storm killed five people, according to the country's disaster "
                 "management agency.") == ["disaster management agency"]
    assert names("Selon un rapport de la Cour des comptes publié l'an dernier, 60 % des hôpitaux sont en "
                 "défaut.") == ["Cour des comptes"]


def test_a_source_named_within_an_organisation_takes_its_full_name_and_a_union_that_recalls():
    assert names("The United Nations Mission in South Sudan (UNMISS) said it had sent a patrol.") == [
        "United Nations Mission in South Sudan"]
    assert names("The UN refugee agency said 2,000 people had fled.") != ["UN"]
    assert names("Le syndicat OGBL, qui s'est constitué partie civile, a rappelé que 21 personnes étaient "
                 "mortes.") == ["OGBL"]


def test_a_named_medium_or_group_without_its_description():
    assert names("The state-run Global New Light of Myanmar newspaper said 12 people died.") == [
        "Global New Light of Myanmar"]
    assert names("The watchdog group Global Witness said the mine was unsafe.") == ["Global Witness"]


def test_a_source_without_its_relative_clause_and_a_ministry_against_poverty():
    assert names("Selon le CHU de la Guadeloupe, dont les urgences sont saturées, 40 patients ont été admis.") == [
        "CHU de la Guadeloupe"]
    assert set(names("Selon le ministère de la Solidarité et de la Lutte contre la pauvreté, 3 000 personnes sont "
                     "sinistrées.")) == {"ministère de la Solidarité et de la Lutte contre la pauvreté"}


def test_a_tally_is_filed_under_who_gave_it_however_far_the_parser_hangs_by():
    french = facts_of("Le premier bilan, donné jeudi dans la matinée par la Croix-Rouge malienne, faisait état de "
                      "onze morts.", "2025-02-14")
    english = facts_of("An earlier tally released late on Friday by the State Emergency Management Agency (SEMA) "
                       "had put the toll at 9.", "2025-02-14")
    assert [s.name for s in french.sources] == ["Croix-Rouge malienne"]
    assert [s.name for s in english.sources] == ["State Emergency Management Agency"]


def test_organisers_of_a_body_a_time_after_by_and_a_form_the_lemmatizer_leaves():
    english = facts_of("Organisers from the National Teachers' Union said 40,000 people marched. No arrests had been "
                       "reported by nightfall.", "2025-02-14")
    french = facts_of("Le Programme alimentaire mondial (PAM) estime que 8 000 familles ont besoin d'aide.",
                      "2025-02-14")
    assert [s.name for s in english.sources] == ["National Teachers' Union"]
    assert [s.name for s in french.sources] == ["Programme alimentaire mondial"]


def test_a_day_is_not_who_gave_a_report_nor_who_read_a_document():
    english = facts_of("Initial reports on Sunday put the toll at seven.", "2025-02-14")
    french = facts_of("Selon l'ordonnance de renvoi consultée par l'AFP, le gérant savait.", "2025-02-14")
    assert "Sunday" not in [s.name for s in english.sources]
    assert [s.name for s in french.sources] == ["ordonnance de renvoi"]


def test_a_source_stops_before_its_apposition():
    french = facts_of("Selon une source à la SNCFT, un aiguillage mal réglé pourrait être en cause.", "2025-02-14")
    assert [s.name for s in french.sources] == ["source à la SNCFT"]


def test_a_body_without_the_country_that_owns_it_or_a_dateline_s_city():
    english = facts_of("Brazil's Federal Highway Police said 11 people died. The Ombudsman's Office said it "
                       "would investigate.", "2025-02-14")
    assert [s.name for s in english.sources] == ["Federal Highway Police", "Ombudsman's Office"]


def test_a_railway_is_a_body_and_a_forecast_cites_who_made_it():
    english = facts_of("The train hit the rear of the freight train, Bangladesh Railway said. The Zambia "
                       "Meteorological Department has forecast heavy rains to continue.", "2025-02-14")
    assert [s.name for s in english.sources] == ["Bangladesh Railway", "Zambia Meteorological Department"]
