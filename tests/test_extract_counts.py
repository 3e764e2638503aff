"""Counts of people read from real sentences by the real pipelines, French and English."""

from __future__ import annotations

import pytest

from generator.extract import extract_documents
from generator.extract.numbers import find_numbers
from generator.model import Seed
from generator.parse import parse_seed


def facts_of(text: str, date: str = "2022-01-07"):
    """The facts of a one-paragraph article; its language is detected."""
    seed = Seed("seeds/article.txt", f"---\ntitle: Article\ndate: {date}\n---\n{text}\n".encode())
    return extract_documents([parse_seed(seed)])[0]


def counts_of(text: str, date: str = "2022-01-07"):
    return [(c.category, c.value, c.low, c.high, c.qualifier) for c in facts_of(text, date).counts]


def test_several_tolls_in_one_sentence_are_several_counts():
    counts = facts_of("Selon un bilan officiel communiqué le 6 janvier, 13 membres des forces de l'ordre "
                      "ont été tués et 353 autres blessés.").counts
    assert [(c.category, c.value, c.qualifier) for c in counts] == [("killed", 13, "exact"), ("wounded", 353, "exact")]
    assert counts[0].who == "membres des forces de l'ordre"
    assert counts[0].attributed_to == "bilan officiel"
    assert counts[0].date == "2022-01-06"
    assert counts[0].text == "13"


@pytest.mark.parametrize("text, expected", [
    ("Au moins 13 policiers ont été tués.", ("killed", 13, 13, 13, "at_least")),
    ("Deux corps ont été retrouvés la tête coupée.", ("killed", 2, 2, 2, "exact")),
    ("Au total, plus d'un millier de blessés sont à déplorer.", ("wounded", 1000, 1000, 1000, "more_than")),
    ("La police a annoncé avoir arrêté environ 2 000 personnes.", ("arrested", 2000, 2000, 2000, "about")),
    ("La police avait annoncé avoir tué plusieurs dizaines d'individus.", ("killed", None, 20, 99, "range")),
    ("On compte entre 5 000 et 7 000 disparus.", ("missing", None, 5000, 7000, "range")),
    ("Près de 10 000 personnes ont été déplacées.", ("displaced", 10000, 10000, 10000, "about")),
    ("Une dizaine de policiers ont été blessés.", ("wounded", 10, 10, 10, "about")),
    ("Quelque 30 000 personnes ont défilé dans la capitale.", ("participants", 30000, 30000, 30000, "about")),
    ("Hamad a annoncé l'arrestation de sept responsables municipaux.", ("arrested", 7, 7, 7, "exact")),
    ("At least 1,136 people have died since June.", ("killed", 1136, 1136, 1136, "at_least")),
    ("Police fired on tens of thousands of demonstrators.", ("participants", None, 20000, 99999, "range")),
    ("Two dozen volunteers joined the search.", ("other", 24, 24, 24, "exact")),
    ("The boat may have carried up to 750 people.", ("other", 750, 750, 750, "at_most")),
    ("Organisers said between 80,000 and 100,000 people took part.", ("participants", None, 80000, 100000, "range")),
    ("Opposition groups put the number of arrests at more than 60.", ("arrested", 60, 60, 60, "more_than")),
    ("Plus de deux millions de personnes sont déplacées.", ("displaced", 2000000, 2000000, 2000000, "more_than")),
])
def test_a_figure_of_people_is_typed_and_qualified(text, expected):
    assert counts_of(text) == [expected]


@pytest.mark.parametrize("text", [
    "Citées par la chaîne publique Khabar-24, les autorités ont fait état de décapitations.",
    "Plus de 1 700 civils ont été tués au Niger depuis 2021.",
    "Deux barrages construits dans les années 1970 ont cédé.",
    "L'OMS a envoyé 29 tonnes de matériel médical.",
    "Lahcen, un habitant de 58 ans, a tout perdu.",
    "Le parti a obtenu 54% des voix.",
    "La Stib comptait environ 200 000 voyageurs de moins qu'un jeudi ordinaire.",
    "Around 20,000 appointments were cancelled.",
])
def test_a_number_that_counts_no_one_is_not_a_count(text):
    assert [c for c in counts_of(text) if c[1] != 1700] == []  # the civilians killed are a count


def test_a_part_of_a_toll_keeps_its_category():
    assert counts_of("Vingt soldats ont été blessés, dont six grièvement.") == [
        ("wounded", 20, 20, 20, "exact"), ("wounded", 6, 6, 6, "exact")]


@pytest.mark.parametrize("text, expected", [
    ("2 000", (2000, 2000, "exact")), ("2,000", (2000, 2000, "exact")), ("1,28 million", (1280000, 1280000, "exact")),
    ("vingt-deux", (22, 22, "exact")), ("une quinzaine", (15, 15, "about")), ("des centaines", (200, 999, "range")),
    ("half a million", (500000, 500000, "about")), ("entre 1,28 et 3,5 millions", (1280000, 3500000, "range")),
])
def test_numbers_are_read_as_written(text, expected):
    (number,) = find_numbers(text, "fr")
    assert (number.low, number.high, number.qualifier) == expected


def test_shot_dead_and_wounded_keep_their_own_categories():
    assert counts_of("Witnesses said soldiers shot dead four protesters and wounded 12.") == [
        ("killed", 4, 4, 4, "exact"), ("wounded", 12, 12, 12, "exact")]


@pytest.mark.parametrize("text, expected", [
    # what the parse says happened when no word beside the figure does
    ("Tens of thousands of teachers went on strike across the country.", [("participants", None, 20000, 99999, "range")]),
    ("About 8,000 of its members were on picket lines outside 40 schools.", [("participants", 8000, 8000, 8000, "about")]),
    ("Some 12,000 residents were staying in 90 evacuation centres.", [("displaced", 12000, 12000, 12000, "about")]),
    ("Tens of thousands rally in the capital against the new law.", [("participants", None, 20000, 99999, "range")]),
    # a tally named before the figure
    ("The typhoon toll climbs to 31 as rescuers search the hills.", [("killed", 31, 31, 31, "exact")]),
    ("The death toll rose to 31, up from 18 on Monday.", [("killed", 31, 31, 31, "exact"), ("killed", 18, 18, 18, "exact")]),
    ("Local groups put the number of missing at more than 60.", [("missing", 60, 60, 60, "more_than")]),
    ("Les secouristes ont retiré les corps de 17 mineurs.", [("killed", 17, 17, 17, "exact")]),
    ("Parmi les blessés, trois sont dans un état grave.", [("wounded", 3, 3, 3, "exact")]),
    ("Police said dozens detained after the clashes were still in custody.", [("arrested", None, 20, 99, "range")]),
    ("Up to 40 of those detained were released on bail.", [("arrested", 40, 40, 40, "at_most")]),
    # one crowd, several sources
    ("Le cortège a rassemblé 15 000 personnes selon la police, 60 000 selon les syndicats.",
     [("participants", 15000, 15000, 15000, "exact"), ("participants", 60000, 60000, 60000, "exact")]),
    ("Deux habitants, une femme de 70 ans et son petit-fils, restaient portés disparus.",
     [("missing", 2, 2, 2, "exact")]),
    ("Cholera has killed 40 people and 1,500 cases have been recorded.",
     [("killed", 40, 40, 40, "exact"), ("other", 1500, 1500, 1500, "exact")]),
])
def test_the_category_comes_from_the_clause_the_tally_or_the_figure_before(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Un enseignant sur trois était en grève mardi.", []),
    ("One in five residents has left the town.", []),
    ("It was the 120th shooting this year in which four or more people are shot.", []),
    ("The boat was licensed to carry 50 passengers.", []),
    ("Selon la police, ils étaient 24 000 à Paris.", []),  # a city, not a people: no guess
    ("Une dizaine de pêcheurs ont participé aux secours.", [("other", 10, 10, 10, "about")]),  # rescuers, not a crowd
])
def test_shares_definitions_and_capacities_are_not_counts_of_people_affected(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Soldiers arrived at about 10:00 and left at 14h30.", []),
    ("At least 16 people were killed when hundreds of police officers stormed the area.",
     [("killed", 16, 16, 16, "at_least"), ("other", None, 200, 999, "range")]),
    ("The dead included 12 women.", [("killed", 12, 12, 12, "exact")]),
    ("Dans l'usine, neuf ouvriers ont été tués et deux autres, grièvement blessés, ont été évacués.",
     [("killed", 9, 9, 9, "exact"), ("wounded", 2, 2, 2, "exact")]),
    ("About 80,000 people had been ordered to evacuate.", [("displaced", 80000, 80000, 80000, "about")]),
])
def test_times_subordinate_clauses_and_apposed_injuries(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A fire at the depot on March 3, 2019 killed 11 workers.", [("killed", 11, 11, 11, "exact")]),
    ("Les 14 et 15 juillet 2020, une trentaine de personnes avaient été arrêtées.",
     [("arrested", 30, 30, 30, "about")]),
    ("Au moins 40 personnes, pour la plupart des enfants, ont péri dans l'incendie.",
     [("killed", 40, 40, 40, "at_least")]),
    ("At least 25 people, most of them women, drowned when the boat capsized.",
     [("killed", 25, 25, 25, "at_least")]),
    ("Plus de 3 000 fidèles s'étaient rassemblés devant la mosquée.",
     [("participants", 3000, 3000, 3000, "more_than")]),
    ("Police detained about 70 traders in the market on Friday.", [("arrested", 70, 70, 70, "about")]),
    ("At least nine of its supporters were among those arrested.", [("arrested", 9, 9, 9, "at_least")]),
    ("Soldiers kill four as farmers protest land seizures.", [("killed", 4, 4, 4, "exact")]),
    ("Les combats ont contraint quelque 8 000 habitants à fuir.", [("displaced", 8000, 8000, 8000, "about")]),
])
def test_days_appositions_and_clauses_do_not_mislead_the_category(text, expected):
    assert counts_of(text) == expected


def test_a_wire_dateline_does_not_cut_the_sentence_after_it():
    facts = facts_of("GOMA (AFP) - Au moins 22 civils, dont neuf enfants et quatre femmes, ont été tués "
                     "dimanche dans l'attaque d'un village, a annoncé lundi l'armée.")
    assert [(c.category, c.value) for c in facts.counts] == [("killed", 22), ("killed", 9), ("killed", 4)]
    assert [s.text for s in facts.sentences][0] == "GOMA (AFP) -"
    assert len(facts.sentences) == 2


@pytest.mark.parametrize("text, expected", [
    ("Among the 41 dead were 12 children.", [("killed", 41, 41, 41, "exact"), ("killed", 12, 12, 12, "exact")]),
    ("Il a été condamné pour le meurtre de deux policiers.", [("killed", 2, 2, 2, "exact")]),
    ("Les 22 victimes ont été inhumées samedi.", [("killed", 22, 22, 22, "exact")]),
])
def test_the_dead_named_by_a_tally_a_crime_or_a_burial(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials said on Tuesday that up to 8,000 people had been cut off by the snow.",
     [("other", 8000, 8000, 8000, "at_most")]),  # "Tuesday" holds no French "tué"
    ("Chad already hosts more than 1.2 million Sudanese refugees.",
     [("displaced", 1200000, 1200000, 1200000, "more_than")]),
    ("Près de 8 000 Centrafricains ont franchi la frontière en une semaine.",
     [("displaced", 8000, 8000, 8000, "about")]),
    ("Police broke up a gathering of several thousand opposition supporters.",
     [("participants", None, 2000, 9999, "range")]),
    ("The force has nearly a thousand officers in the country.", [("other", 1000, 1000, 1000, "about")]),
    ("More than 12,000 head of livestock have died.", []),
    ("At least 63 of our members were picked up, and 12 others are unaccounted for.",
     [("arrested", 63, 63, 63, "at_least"), ("missing", 12, 12, 12, "exact")]),
    ("The dead included nine foreigners: four Argentines, three Germans and two Brazilians.",
     [("killed", 9, 9, 9, "exact"), ("killed", 4, 4, 4, "exact"), ("killed", 3, 3, 3, "exact"),
      ("killed", 2, 2, 2, "exact")]),
    ("En 2021, 279 écolières avaient été kidnappées dans un internat.", [("other", 279, 279, 279, "exact")]),
    ("Des journalistes ont vu plusieurs milliers de personnes converger vers la place.",
     [("participants", None, 2000, 9999, "range")]),
    ("We buried 19 people yesterday alone.", [("killed", 19, 19, 19, "exact")]),
    ("Some 40 students were among the 120 people detained.",
     [("arrested", 40, 40, 40, "about"), ("arrested", 120, 120, 120, "exact")]),
])
def test_weekdays_demonyms_livestock_lists_and_infinitives(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gendarmes opened fire on a crowd trying to seize the suspects.", []),  # "seize" is French for 16
    ("The governor said the toll had risen overnight from 11 to 15.",
     [("killed", 11, 11, 11, "exact"), ("killed", 15, 15, 15, "exact")]),
    ("La chaleur avait fait plus de 1 300 morts, dont 83 % de pèlerins non autorisés.",
     [("killed", 1300, 1300, 1300, "more_than")]),
    ("« Certains brûlaient », raconte cette mère de quatre enfants.", []),
    ("Une attaque avait déjà coûté la vie à 29 soldats.", [("killed", 29, 29, 29, "exact")]),
    ("Au moins deux des victimes auraient été abattues.", [("killed", 2, 2, 2, "at_least")]),
    ("Quatre personnes soupçonnées d'avoir allumé des feux ont été placées en garde à vue.",
     [("arrested", 4, 4, 4, "exact")]),
    ("Des centaines de tracteurs ont bloqué le quartier.", []),
    ("A mob has beaten and burned to death three men accused of theft.", [("killed", 3, 3, 3, "exact")]),
    ("Ils ont extrait 23 survivants, dont 11 grièvement blessés.",
     [("other", 23, 23, 23, "exact"), ("wounded", 11, 11, 11, "exact")]),
    ("Four died of heatstroke and 312 people were treated at first-aid posts.",
     [("killed", 4, 4, 4, "exact"), ("other", 312, 312, 312, "exact")]),
])
def test_words_of_one_language_changes_of_a_toll_and_what_counts_no_one(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Eleven people were admitted to Nansio District Hospital with injuries, two of them in a critical condition.",
     [("wounded", 11, 11, 11, "exact"), ("wounded", 2, 2, 2, "exact")]),
    ("Authorities moved more than 120,000 people away from the coast.",
     [("displaced", 120000, 120000, 120000, "more_than")]),
    ("The conflict has forced more than 2.5 million people from their homes.",
     [("displaced", 2500000, 2500000, 2500000, "more_than")]),
    ("Six of the dead were members of two families.", [("killed", 6, 6, 6, "exact")]),
    ("Au total, 210 000 personnes ont été affectées, dont environ 68 000 ont dû quitter leur domicile.",
     [("other", 210000, 210000, 210000, "exact")]),  # the part that left is not 'other'; unnamed, it is left out
])
def test_hospital_admissions_moves_and_families(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two people drowned and three others, including a fisherman, were missing.",
     [("killed", 2, 2, 2, "exact"), ("missing", 3, 3, 3, "exact")]),
    ("The toll initially stood at 11, but three of the injured later died in hospital.",
     [("killed", 11, 11, 11, "exact"), ("killed", 3, 3, 3, "exact")]),
    ("Quatre des morts, dont deux enfants, ont été ensevelis par un glissement de terrain.",
     [("killed", 4, 4, 4, "exact"), ("killed", 2, 2, 2, "exact")]),  # buried dead are still the dead
    ("Quelque 8 200 personnes ont trouvé refuge dans des écoles.", [("displaced", 8200, 8200, 8200, "about")]),
    ("La région, dernier bastion rebelle dominé par le groupe HTC, abrite environ cinq millions de personnes.", []),
])
def test_others_parts_who_died_refuge_and_a_population(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A court sentenced the owner over a 2021 dormitory fire that killed 10 boys.", [("killed", 10, 10, 10, "exact")]),
    ("Quelque 80 agents et 14 ambulances ont été mobilisés durant toute la nuit.", [("other", 80, 80, 80, "about")]),
    ("Des dizaines de cases ont été incendiées.", []),  # huts
    ("Police said the 23 detainees would be released.", [("arrested", 23, 23, 23, "exact")]),
    ("Les rassemblements de plus de cinquante personnes sont interdits.", []),  # a threshold, not a crowd
    ("Une quinzaine de proches des victimes se sont constitués parties civiles.", [("other", 15, 15, 15, "about")]),
    ("Des milliers de personnes ont répondu à l'appel de l'opposition pour réclamer des élections.",
     [("participants", None, 2000, 9999, "range")]),
    ("Thousands of drivers left their vehicles parked on Wednesday in protest against the plan.",
     [("participants", None, 2000, 9999, "range")]),
    ("Officials said 26 people had died, among them three who passed away at home and were buried.",
     [("killed", 26, 26, 26, "exact"), ("killed", 3, 3, 3, "exact")]),
    ("Au moins 11 blessés ont été évacués et une quinzaine d'habitants ont été emmenés par les assaillants.",
     [("wounded", 11, 11, 11, "at_least"), ("other", 15, 15, 15, "about")]),
])
def test_years_things_thresholds_relatives_protests_and_people_taken_away(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It is the deadliest fire since October 2015, when 10 people, five of them children, died in a blaze.",
     [("killed", 10, 10, 10, "exact"), ("killed", 5, 5, 5, "exact")]),
    ("Ghana police arrest 54 at Accra protest against illegal mining.", [("arrested", 54, 54, 54, "exact")]),
    ("Les corps d'au moins 27 migrants ont été repêchés lundi.", [("killed", 27, 27, 27, "at_least")]),
    ("Des centaines de manifestants à Nouakchott après une mort en garde à vue, 37 interpellations.",
     [("participants", None, 200, 999, "range"), ("arrested", 37, 37, 37, "exact")]),
    ("The penitentiary held more than 1,100 inmates, over twice its official capacity.", []),
    ("It said 12 people needed hospital treatment after police fired tear gas.", [("wounded", 12, 12, 12, "exact")]),
    ("Youths attacked cattle camps, killing at least 32 people and wounding 40 others, in the latest outbreak of "
     "intercommunal violence.", [("killed", 32, 32, 32, "at_least"), ("wounded", 40, 40, 40, "exact")]),
])
def test_parts_in_apposition_verbs_before_a_figure_bodies_and_what_a_prison_holds(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police said the missing included a student who was seen trying to cross a ford, and four workers from a farm.",
     [("missing", 4, 4, 4, "exact")]),
    ("She said she had visited four police stations without finding him.", []),
    ("The committee said two of the detained journalists worked for YouTube channels.", [("arrested", 2, 2, 2, "exact")]),
    ("Two protesters were shot dead as hundreds of people angry over power cuts clashed with security forces.",
     [("killed", 2, 2, 2, "exact"), ("participants", None, 200, 999, "range")]),
    ("L'association avance le chiffre de 45 étudiants détenus, dont huit jeunes femmes, au commissariat.",
     [("arrested", 45, 45, 45, "exact"), ("arrested", 8, 8, 8, "exact")]),
    ("Plus de 1 200 pompiers et gendarmes, dont 300 renforts venus de l'Hexagone, sont mobilisés.",
     [("other", 1200, 1200, 1200, "more_than"), ("other", 300, 300, 300, "exact")]),
    ("Deux personnes n'ont plus donné de nouvelles à leurs proches depuis lundi.", [("missing", 2, 2, 2, "exact")]),
    ("« Nous avons repêché douze corps, dont ceux de cinq enfants et de trois femmes.",
     [("killed", 12, 12, 12, "exact"), ("killed", 5, 5, 5, "exact"), ("killed", 3, 3, 3, "exact")]),
    ("Selon le parquet, 23 personnes ont été placées en garde à vue, dont trois sont soupçonnées d'avoir participé "
     "à la fusillade.", [("arrested", 23, 23, 23, "exact"), ("arrested", 3, 3, 3, "exact")]),
    ("Cameroun : 38 manifestants condamnés à des peines de prison par le tribunal militaire.",
     [("arrested", 38, 38, 38, "exact")]),  # people sentenced are held: in custody
])
def test_lists_of_the_missing_adjectives_suspects_sentences_and_people_without_news(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Local police said at least 30 passengers had not yet been accounted for.", [("missing", 30, 30, 30, "at_least")]),
    ("Two officers suffered minor injuries when a car was driven at a police line.", [("wounded", 2, 2, 2, "exact")]),
    ("Doctors said two of the survivors were in critical condition.", [("wounded", 2, 2, 2, "exact")]),
    ("The quake sent thousands of frightened residents fleeing to higher ground.",
     [("displaced", None, 2000, 9999, "range")]),
    ("Police fired tear gas to disperse thousands of people protesting against fuel prices.",
     [("participants", None, 2000, 9999, "range")]),
    ("Police said two men had been taken in for questioning.", [("arrested", 2, 2, 2, "exact")]),
    ("Selon le Dr Mavinga, 23 patients souffrent de brûlures sur plus de la moitié du corps.",
     [("wounded", 23, 23, 23, "exact")]),
    ("À Mossikro, onze membres d'une même famille, dont six enfants, ont été tués.",
     [("killed", 11, 11, 11, "exact"), ("killed", 6, 6, 6, "exact")]),
    ("Samedi, entre 4 000 et 5 000 personnes selon les organisateurs, 2 300 selon la préfecture, avaient défilé.",
     [("participants", None, 4000, 5000, "range"), ("participants", 2300, 2300, 2300, "exact")]),
])
def test_people_unaccounted_for_burnt_in_critical_condition_fleeing_protesting_and_questioned(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Les personnes arrêtées, dont 9 étudiants, ont été déférées au parquet.", [("arrested", 9, 9, 9, "exact")]),
    ("Les victimes, parmi lesquelles quatre enfants, ont été emportées par les eaux.",
     [("killed", 4, 4, 4, "exact")]),
    ("Parmi les blessés, dont deux gendarmes, cinq ont été admis à l'hôpital régional.",
     [("wounded", 2, 2, 2, "exact"), ("wounded", 5, 5, 5, "exact")]),
    ("Trois infirmiers, qui se trouvaient dans le hall au moment du choc, font partie des blessés.",
     [("wounded", 3, 3, 3, "exact")]),
    ("The injured, including six police officers, were taken to the city hospital.",
     [("wounded", 6, 6, 6, "exact")]),
    ("Une vingtaine de manifestants ont été touchés par des balles en caoutchouc.",
     [("wounded", 20, 20, 20, "about")]),
    ("Cinq hommes soupçonnés d'avoir incendié la mairie ont été placés en garde à vue.",
     [("arrested", 5, 5, 5, "exact")]),
    ("Quelque 80 habitants ont été évacués, dont une trentaine ont passé la nuit dans un gymnase.",
     [("displaced", 80, 80, 80, "about"), ("displaced", 30, 30, 30, "about")]),
])
def test_a_part_of_a_group_takes_the_group_s_category(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A court on Monday convicted four soldiers of murder.", [("arrested", 4, 4, 4, "exact")]),
    ("Authorities detain over 300 migrants in night raid.", [("arrested", 300, 300, 300, "more_than")]),
    ("Of those held, 12 were women.", [("arrested", 12, 12, 12, "exact")]),
    ("About 250 people whose homes were flooded spent the night in a school.",
     [("displaced", 250, 250, 250, "about")]),
    ("Rescuers said two or three more miners were still underground.", [("missing", None, 2, 3, "range")]),
    ("Organisers claimed 20,000 marchers; police put the crowd at no more than 8,000.",
     [("participants", 20000, 20000, 20000, "exact"), ("participants", 8000, 8000, 8000, "at_most")]),
    ("L'hôpital régional a admis 17 personnes, dont trois policiers.",
     [("wounded", 17, 17, 17, "exact"), ("wounded", 3, 3, 3, "exact")]),
    ("Six camions, dont deux de la Croix-Rouge, ont été dépêchés sur place.", []),
    ("La fièvre a tué au moins 23 réfugiés dans le camp.", [("killed", 23, 23, 23, "at_least")]),
])
def test_verdicts_raids_shelters_and_people_still_underground(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Six personnes ont été tuées et vingt et une autres blessées.",
     [("killed", 6, 6, 6, "exact"), ("wounded", 21, 21, 21, "exact")]),
    ("The outbreak has killed at least 47 people in less than three weeks.", [("killed", 47, 47, 47, "at_least")]),
    ("Prosecutors ordered the detention of five railway employees.", [("arrested", 5, 5, 5, "exact")]),
    ("On ignore si les trois infirmiers toujours détenus seront relâchés.", [("arrested", 3, 3, 3, "exact")]),
    ("Nine men climbed out, two of them with broken legs.", [("other", 9, 9, 9, "exact"), ("wounded", 2, 2, 2, "exact")]),
    ("About 12,000 people have crowded into a makeshift camp near the airstrip.",
     [("displaced", 12000, 12000, 12000, "about")]),
    ("Floods force 70,000 from their homes in the north.", [("displaced", 70000, 70000, 70000, "exact")]),
    ("The country recorded 1,240 murders last year.", [("killed", 1240, 1240, 1240, "exact")]),
    ("About 500 people attended the wedding.", [("participants", 500, 500, 500, "about")]),
])
def test_words_numbers_detention_injuries_camps_homes_and_murders(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A court convicted four officers over the disappearance of five students.",
     [("arrested", 4, 4, 4, "exact"), ("missing", 5, 5, 5, "exact")]),
    ("Two more people, believed to be guards, were still unaccounted for.", [("missing", 2, 2, 2, "exact")]),
    ("Plus de 3 000 personnes chassées de leurs quartiers par les gangs s'entassent dans une école.",
     [("displaced", 3000, 3000, 3000, "more_than")]),
    ("About 90 passengers were picked up by fishing boats.", [("other", 90, 90, 90, "about")]),
    ('"We have cremated 14 people since Monday," a villager said.', [("killed", 14, 14, 14, "exact")]),
    ("La police a dispersé des centaines d'étudiants qui manifestaient et interpellé 12 d'entre eux.",
     [("participants", None, 200, 999, "range"), ("arrested", 12, 12, 12, "exact")]),
    ("Le toit s'est effondré sur plus de 300 fidèles réunis pour la prière.",
     [("participants", 300, 300, 300, "more_than")]),
    ("Le maire avait pris deux arrêtés de péril.", []),
    ("Trois blessés ont succombé dans la nuit.", [("killed", 3, 3, 3, "exact")]),
])
def test_disappearances_appositions_gangs_rescues_cremations_protests_and_decrees(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Les blessés, dont sept dans un état critique, ont été évacués.", [("wounded", 7, 7, 7, "exact")]),
    ("Cinq d'entre eux étaient toujours en garde à vue mercredi.", [("arrested", 5, 5, 5, "exact")]),
    ("Floods killed 300 people and displaced some 1.2 million.",
     [("killed", 300, 300, 300, "exact"), ("displaced", 1200000, 1200000, 1200000, "about")]),
])
def test_a_part_of_the_wounded_people_still_held_and_people_displaced(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The hospital said it had received 27 children, six of them with severe burns.",
     [("wounded", 27, 27, 27, "exact"), ("wounded", 6, 6, 6, "exact")]),
    ("About 2,000 teachers had occupied a stretch of the highway since Monday.",
     [("participants", 2000, 2000, 2000, "about")]),
    ("Une vingtaine de villageois ont participé aux premiers secours.", [("other", 20, 20, 20, "about")]),
    ("Cinq membres d'une même famille figurent parmi les victimes.", [("killed", 5, 5, 5, "exact")]),
    ("La Croix-Rouge dit avoir mobilisé plus de 200 volontaires.", [("other", 200, 200, 200, "more_than")]),
    ("L'île, qui compte environ 870 000 habitants, manque d'électricité.", []),
    ("Deux détenus grièvement blessés ont succombé dans la nuit.", [("killed", 2, 2, 2, "exact")]),
    ("Huit corps ont été extraits lundi et trois autres mardi.",
     [("killed", 8, 8, 8, "exact"), ("killed", 3, 3, 3, "exact")]),
    ("Au moins un mort et des centaines de manifestants dans les rues.", [("participants", None, 200, 999, "range")]),
    ("Malawi received 1.9 million doses of vaccine.", []),
])
def test_hospitals_occupations_rescuers_families_volunteers_populations_and_lists(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Of the injured, 12 were foreigners.", [("wounded", 12, 12, 12, "exact")]),
    ("Four people were taken to Health Sciences Centre.", [("wounded", 4, 4, 4, "exact")]),
    ("Six personnes ont été légèrement intoxiquées par la fumée.", [("wounded", 6, 6, 6, "exact")]),
    ("Quatre manifestants, légèrement blessés, ont été conduits au CHU.", [("wounded", 4, 4, 4, "exact")]),
    ("Plus de 14 000 logements ont été touchés.", []),
])
def test_parts_of_the_injured_smoke_and_wounds_in_apposition(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two nurses were beaten and taken to hospital.", [("wounded", 2, 2, 2, "exact")]),
    ("Officers accused of shooting dead three vendors appeared in court.", [("killed", 3, 3, 3, "exact")]),
    ("They were surrounded by a mob of about 300 people.", [("participants", 300, 300, 300, "about")]),
    ("The cholera outbreak has sparked unrest that left dozens of health workers injured.",
     [("wounded", None, 20, 99, "range")]),
])
def test_beatings_shootings_mobs_and_injuries_during_an_outbreak(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lundi, trois personnes demeuraient dans un état jugé critique à l'hôpital.", [("wounded", 3, 3, 3, "exact")]),
    ("Parmi les 17 rescapés, trois, souffrant d'hypothermie, ont été admis au centre hospitalier.",
     [("other", 17, 17, 17, "exact"), ("wounded", 3, 3, 3, "exact")]),
    ("Selon l'ONG, près de 60 jeunes ont été conduits au poste depuis lundi soir.", [("arrested", 60, 60, 60, "about")]),
    ("Prosecutors ordered four employees of the supplying company held for four days pending investigation.",
     [("arrested", 4, 4, 4, "exact")]),
    ("Two men have not been found since the boat overturned.", [("missing", 2, 2, 2, "exact")]),
    ("More than 900 people had been airlifted out of the community by Monday.",
     [("displaced", 900, 900, 900, "more_than")]),
    ("Quelque 1200 résidents de Senneterre, en Abitibi, ont passé la nuit hors de chez eux.",
     [("displaced", 1200, 1200, 1200, "about")]),
    ("Kashechewan, home to about 1,900 people, has been evacuated before.", []),
    ("Fighting in late 2015 and 2016 displaced some 90,000 people.", [("displaced", 90000, 90000, 90000, "about")]),
])
def test_critical_condition_police_stations_airlifts_populations_and_years_in_a_pair(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About 30,000 people held tickets for the festival.", []),
    ("Twenty people were held at the police station.", [("arrested", 20, 20, 20, "exact")]),
    ("Several hundred people without tickets had been gathering outside the park.",
     [("participants", None, 200, 999, "range")]),
    ("Dozens of relatives and activists had kept vigil outside.", [("participants", None, 20, 99, "range")]),
    ("On ignore l'identité des victimes, parmi lesquelles figurent au moins deux enfants.",
     [("killed", 2, 2, 2, "at_least")]),
    ("Selon la DGSN, 42 policiers et 19 civils ont été blessés.",
     [("wounded", 42, 42, 42, "exact"), ("wounded", 19, 19, 19, "exact")]),
    ("Deux policiers, hospitalisés au CHU, se trouvaient toujours dans un état jugé sérieux.",
     [("wounded", 2, 2, 2, "exact")]),
    ("Students, angry since the collapse killed 15 people, marched from several cities.",
     [("killed", 15, 15, 15, "exact")]),
    ("Quelques centaines de jeunes ont dressé des barrages de pneus enflammés.",
     [("participants", None, 200, 999, "range")]),
    ("Les manifestants étaient 2 300 selon la préfecture.", [("participants", 2300, 2300, 2300, "exact")]),
    ("Le match s'est joué devant quelque 45 000 spectateurs.", [("participants", 45000, 45000, 45000, "about")]),
])
def test_tickets_held_vigils_gatherings_lists_barricades_and_spectators(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About 600 people were removed from the encampment and taken by bus to a gymnasium.", []),
    ("Deux femmes âgées de 71 et 78 ans et le chauffeur sont restés sur place.", []),
    ("The canoe had about 45 people on board when it overturned.", [("other", 45, 45, 45, "about")]),
    ("Floods affected more than one million people across the country.",
     [("other", 1000000, 1000000, 1000000, "more_than")]),
    ("L'embarcation, qui transportait selon les survivants environ 150 personnes, a chaviré.",
     [("other", 150, 150, 150, "about")]),
    ("Dozens of armed men arrived on foot.", [("other", None, 20, 99, "range")]),
    ("Twelve firefighters stood by.", [("other", 12, 12, 12, "exact")]),
])
def test_a_number_of_anyone_is_a_count_only_when_the_text_says_what_they_are_in_the_story(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials said the boat, licensed to carry no more than 20 passengers, had sunk.", []),
    ("Two children were taken to the Red Cross War Memorial Children's Hospital with burns.",
     [("wounded", 2, 2, 2, "exact")]),
    ("Il affirme qu'au moins cinq grévistes sont introuvables depuis lundi.", [("missing", 5, 5, 5, "at_least")]),
    ("About 8,000 traders have joined the shutdown since Monday.", [("participants", 8000, 8000, 8000, "about")]),
    ("Between eight and 15 gunmen took part in the raid.", [("other", None, 8, 15, "range")]),
])
def test_capacities_long_hospital_names_people_not_found_shutdowns_and_attackers(text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Five more of the injured died overnight at the regional hospital.", [("killed", 5, 5, 5, "exact")]),
    ("Eleven workers died at the scene and six others succumbed to their burns in hospital.",
     [("killed", 11, 11, 11, "exact"), ("killed", 6, 6, 6, "exact")]),
    ("Lundi, un automobiliste dans la soixantaine avait perdu la vie sur l'autoroute.", []),
    ("The doctor said he had received five bodies and more than 20 people with gunshot wounds.",
     [("killed", 5, 5, 5, "exact"), ("wounded", 20, 20, 20, "more_than")]),
])
def test_the_injured_who_died_burns_succumbed_to_an_age_in_tens_and_gunshot_wounds(text, expected):
    assert counts_of(text) == expected


def test_an_epidemic_the_article_only_recalls_does_not_make_the_injured_patients():
    riot = ("Eight prison officers were hurt in the riot on Sunday, officials said.\n\n"
            "Rights groups say overcrowding since the COVID-19 pandemic fuelled tension in the jails.")
    assert counts_of(riot) == [("wounded", 8, 8, 8, "exact")]
    outbreak = ("A cholera outbreak has killed 12 people in the province.\n\n"
                "More than 40 others were being treated on Monday, the ministry said.")
    assert ("other", 40, 40, 40, "more_than") in counts_of(outbreak)


@pytest.mark.parametrize("text, expected", [
    ("Le texte fait état de onze blessés et de 6 420 personnes contraintes de quitter leur domicile.",
     [("wounded", 11, 11, 11, "exact"), ("displaced", 6420, 6420, 6420, "exact")]),
    ("Les autorités ont ordonné l'évacuation d'environ 450 élèves.", [("displaced", 450, 450, 450, "about")]),
    ("Nine of those rescued were in serious condition at the regional hospital.", [("wounded", 9, 9, 9, "exact")]),
])
def test_people_forced_to_leave_an_evacuation_of_pupils_and_those_rescued_in_serious_condition(text, expected):
    assert counts_of(text) == expected
