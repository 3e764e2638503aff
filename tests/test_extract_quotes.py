"""Quotes and their speakers, read from real paragraphs by the real pipelines."""

from __future__ import annotations

from generator.extract import extract_documents
from generator.model import Seed
from generator.parse import parse_seed


def quotes_of(*paragraphs: str, date: str = "2023-09-12"):
    body = "\n\n".join(paragraphs)
    seed = Seed("seeds/article.txt", f"---\ntitle: Article\ndate: {date}\n---\n{body}\n".encode())
    return [(q.text, q.speaker) for q in extract_documents([parse_seed(seed)])[0].quotes]


def test_the_speaker_of_an_incise_is_the_subject_after_the_verb():
    assert quotes_of("«Nous avons recensé plus de 2 000 morts», a déclaré lundi Oussama Hamad, chef du "
                     "gouvernement basé dans l'Est, à la chaîne Al-Masar.") == [
        ("Nous avons recensé plus de 2 000 morts", "Oussama Hamad")]


def test_a_quote_over_two_sentences_is_one_quote_and_il_is_the_last_person_named():
    assert quotes_of("Un porte-parole de l'organisation, Tawfik Chokri, a précisé que les secours manquaient de "
                     "tout. «Les routes sont coupées. Nous n'avons plus de moyens pour atteindre les quartiers "
                     "sinistrés», a-t-il dit.") == [
        ("Les routes sont coupées. Nous n'avons plus de moyens pour atteindre les quartiers sinistrés",
         "Tawfik Chokri")]


def test_a_role_is_the_person_the_article_introduces_with_it():
    quotes = quotes_of("Le président a fait appel à l'OTSC pour «aider le Kazakhstan à vaincre la menace terroriste».",
                       "Le président Kassym-Jomart Tokaïev en a appelé à l'Organisation du Traité de sécurité "
                       "collective (OTSC) afin d'aider son pays à «vaincre la menace terroriste».")
    assert quotes == [("aider le Kazakhstan à vaincre la menace terroriste", "Kassym-Jomart Tokaïev"),
                      ("vaincre la menace terroriste", "Kassym-Jomart Tokaïev")]


def test_an_organisation_speaks_under_its_canonical_name():
    quotes = quotes_of("Le président Kassym-Jomart Tokaïev en a appelé à l'Organisation du Traité de sécurité "
                       "collective (OTSC). L'OTSC entend selon ses termes «stabiliser et normaliser la situation».")
    assert quotes == [("stabiliser et normaliser la situation", "Organisation du Traité de sécurité collective")]


def test_an_office_cited_by_an_agency_is_the_speaker_not_the_agency():
    assert quotes_of("Le bureau du commandant d'Almaty, cité par RIA, évoque «une preuve directe de la nature "
                     "terroriste et extrémiste» des individus ayant «attaqué» la ville.") == [
        ("une preuve directe de la nature terroriste et extrémiste", "bureau du commandant d'Almaty"),
        ("attaqué", "bureau du commandant d'Almaty")]


def test_english_quotes_with_said_before_and_after_and_a_following_sentence():
    quotes = quotes_of('"This is one of the worst tragedies we have seen," said Filippo Grandi, the UN High '
                       'Commissioner for Refugees. "Many of the passengers were women and children."',
                       'President Salome Zourabichvili told the crowd the vote had been "a total falsification". '
                       '"We will not recognise these elections," she said.', date="2024-10-29")
    assert quotes == [("This is one of the worst tragedies we have seen", "Filippo Grandi"),
                      ("Many of the passengers were women and children.", "Filippo Grandi"),
                      ("a total falsification", "Salome Zourabichvili"),
                      ("We will not recognise these elections", "Salome Zourabichvili")]


def test_a_nickname_in_quotation_marks_has_no_speaker():
    quotes = quotes_of("Le chef de gang Jimmy Chérizier, dit «Barbecue», a revendiqué l'attaque. "
                       "«Nous allons libérer le pays», y affirme-t-il.")
    assert quotes == [("Barbecue", None), ("Nous allons libérer le pays", "Jimmy Chérizier")]


def test_pronouns_and_lone_quotations_find_their_speaker():
    assert quotes_of("Le maire, Pierre Dumont, a visité le quartier. «Tout est à reconstruire», a-t-il déclaré "
                     "mardi soir.") == [("Tout est à reconstruire", "Pierre Dumont")]
    assert quotes_of("Une infirmière, qui a soigné les blessés toute la nuit, raconte avoir manqué de tout. "
                     "«Nous n'avions plus de pansements.»") == [("Nous n'avions plus de pansements.", "infirmière")]
    assert quotes_of('The African Union\'s observer mission said it had seen "serious irregularities".')[0][1] \
        == "African Union"


def test_anonymity_is_not_part_of_the_speaker():
    assert quotes_of("«Le feu s'est propagé en quelques minutes», a indiqué un pompier sous couvert d'anonymat.") \
        == [("Le feu s'est propagé en quelques minutes", "pompier")]


def test_speakers_the_parse_leaves_without_subject():
    assert quotes_of("\"We have run out of oxygen and bandages,\" a nurse at one of the two hospitals still "
                     "working told Reuters.", date="2024-03-12") == [
        ("We have run out of oxygen and bandages", "nurse")]
    assert quotes_of("«Nous travaillons jour et nuit», raconte Aminata Diallo, une infirmière de 31 ans.") == [
        ("Nous travaillons jour et nuit", "Aminata Diallo")]


def test_selon_lui_and_a_role_after_a_name_are_the_person_named():
    quotes = quotes_of(
        "« Le pire est peut-être derrière nous », a estimé le responsable de l'Unicef au Tchad, Paul Mensah. "
        "Selon lui, la situation reste « très fragile » dans le sud.",
        "Le chef du service des urgences, Jean Morin, a dit avoir reçu vingt blessés. « Nous manquons de "
        "lits », a ajouté le médecin.")
    assert [speaker for _, speaker in quotes] == ["Paul Mensah", "Paul Mensah", "Jean Morin"]


def test_a_speaker_named_after_the_description_or_after_the_addressee():
    assert quotes_of('"The water came in the night," said a fisherman who gave only his first name, Kofi, '
                     'for fear of reprisals.') == [("The water came in the night", "Kofi")]
    assert quotes_of("« L'eau est montée en une heure », a raconté à France 24 Ibrahim, un pêcheur de 40 ans.") \
        == [("L'eau est montée en une heure", "Ibrahim")]


def test_il_after_an_unnamed_speaker_is_that_speaker_not_the_last_name():
    assert quotes_of("Le gouverneur Ahmed Salah a promis une enquête.",
                     "Un infirmier, joint par téléphone, a dit avoir vu « des dizaines de corps ». « Nous "
                     "n'avions plus de place », a-t-il ajouté.") == [
        ("des dizaines de corps", "infirmier"), ("Nous n'avions plus de place", "infirmier")]


def test_a_quotation_mark_never_stands_alone_as_a_sentence():
    assert quotes_of("Awa Traoré, venue de Mopti avec ses enfants, raconte les avoir vus tomber. « Il n'y avait "
                     "pas d'eau. Personne n'est venu. »") == [("Il n'y avait pas d'eau. Personne n'est venu.",
                                                              "Awa Traoré")]


def test_il_after_an_unnamed_speaker_announced_in_the_sentence_before():
    assert quotes_of("La ministre Awa Ndiaye s'est rendue sur place.",
                     "Un pompier de la caserne de Thiès a décrit une nuit d'horreur. « Le toit s'est effondré "
                     "d'un coup », a-t-il dit.") == [("Le toit s'est effondré d'un coup", "pompier")]


def test_an_abbreviated_title_does_not_end_the_sentence():
    assert quotes_of('"We had no choice," Sgt. Maria Lopez, a police spokesperson, told reporters.') == [
        ("We had no choice", "Maria Lopez")]


def test_a_role_introduced_before_an_apposition_and_a_figure_counted_by_others():
    assert quotes_of("Le ministre de la Construction, Ali Konaté, s'est rendu sur place. « Nous allons renforcer "
                     "les contrôles », a promis le ministre.") == [("Nous allons renforcer les contrôles", "Ali Konaté")]
    assert quotes_of("Il a visité l'hôpital. Le candidat Paul Rakoto a affirmé que ses partisans avaient compté "
                     "« au moins douze morts ».") == [("au moins douze morts", "Paul Rakoto")]
    assert quotes_of("L'avocat de M. Diallo, Me Ousmane Ndiaye, a fait appel. « C'est une injustice », a-t-il dit.") \
        == [("C'est une injustice", "Ousmane Ndiaye")]


def test_pronouns_after_who_the_sentence_before_cites_or_describes():
    assert quotes_of("Selon un élu local joint par téléphone, le bilan serait plus lourd. « Nous avons enterré "
                     "vingt corps », a-t-il affirmé.") == [("Nous avons enterré vingt corps", "élu local")]
    assert quotes_of("Awa Mahamat, qui vend des tissus près du dépôt, dit avoir été projetée au sol. « Tout a "
                     "brûlé », raconte cette mère de quatre enfants.") == [("Tout a brûlé", "Awa Mahamat")]
    assert quotes_of("Un premier bilan, communiqué mardi par la police, faisait état de 12 morts et d'« une "
                     "trentaine » de blessés.") == [("une trentaine", "police")]


def test_a_name_given_after_the_quote_and_the_role_last_introduced():
    assert quotes_of('A farmer who fled said the shooting began at dawn. "We left with nothing," he told '
                     'Reuters, giving only his first name, Getachew.') == [("We left with nothing", "Getachew")]
    assert quotes_of("Police spokesman John Okello said the road was closed.",
                     "Health ministry spokesman Peter Wasswa said the clinic had passed an inspection. "
                     '"Anyone found negligent will be punished," the spokesman said.') == [
        ("Anyone found negligent will be punished", "Peter Wasswa")]


def test_apposed_names_someone_of_a_body_and_a_participle_before_the_verb():
    assert quotes_of("«Ils nous ont tiré dessus», a lancé devant la presse l'un de ses dirigeants, Edwin Quispe "
                     "Flores.") == [("Ils nous ont tiré dessus", "Edwin Quispe Flores")]
    assert quotes_of("Rescapée, Aurélie Mba, une commerçante de 34 ans, raconte avoir passé «près de six heures "
                     "accrochée à un bidon».") == [("près de six heures accrochée à un bidon", "Aurélie Mba")]
    assert quotes_of("A NADMO rescue coordinator said the machinery could not reach the site. \"The chances are "
                     "getting slimmer,\" he said.") == [("The chances are getting slimmer", "NADMO rescue coordinator")]
    assert quotes_of("Un médecin de l'hôpital de Hombo, joint par téléphone, décrit des services «débordés». "
                     "«Nous manquons de lits», a-t-il confié.") == [
        ("débordés", "médecin"), ("Nous manquons de lits", "médecin")]


def test_a_relative_clause_a_repeated_pronoun_and_a_role_no_one_was_introduced_with():
    assert quotes_of("La Mission de l'ONU en RDC (Monusco), dont une base se trouve à quelques kilomètres du site, "
                     "a condamné «avec la plus grande fermeté» une attaque.") == [
        ("avec la plus grande fermeté", "Mission de l'ONU en RDC")]
    assert quotes_of("L'avocat Laurent Besson a plaidé l'acquittement. La veilleuse a, elle, dit à la Cour avoir "
                     "«tout fait pour sortir les gens».") == [("tout fait pour sortir les gens", "veilleuse")]
    assert quotes_of("«Leur pronostic vital reste engagé», a précisé Catherine Collignon, substitute du procureur "
                     "du Roi. «À ce stade, aucune piste n'est privilégiée», a ajouté la magistrate.")[1] == (
        "À ce stade, aucune piste n'est privilégiée", "Catherine Collignon")


def test_a_hyphenated_noun_and_a_name_given_with_an_age():
    assert quotes_of("« Depuis, plus rien », a confié mardi matin un sapeur-pompier, sous couvert d'anonymat.") == [
        ("Depuis, plus rien", "sapeur-pompier")]
    assert quotes_of("Yacouba, un Ivoirien de 19 ans soigné à l'hôpital de Sfax, a raconté avoir passé plusieurs "
                     "heures accroché à un bidon. « La mer était forte », a-t-il dit.") == [
        ("La mer était forte", "Yacouba")]


def test_a_definite_noun_is_the_body_named_before_whose_name_holds_it():
    assert quotes_of('The Ethiopian Human Rights Commission (EHRC) said it had received reports. "These are '
                     'arbitrary and mass arrests," the commission said.') == [
        ("These are arbitrary and mass arrests", "Ethiopian Human Rights Commission")]


def test_ranks_agencies_told_honorifics_and_a_name_given_in_full_before():
    assert quotes_of("« La situation est sous contrôle », a déclaré à l'AFP le directeur de l'hôpital, le docteur "
                     "Issa Konaté Diarra.") == [("La situation est sous contrôle", "Issa Konaté Diarra")]
    assert quotes_of("La mairesse de Sherbrooke a dit « regretter la casse ».") == [("regretter la casse",
                                                                                    "mairesse de Sherbrooke")]
    assert quotes_of("« La terre a tremblé », a raconté à Xinhua Hery Randrianasolo, un habitant.") == [
        ("La terre a tremblé", "Hery Randrianasolo")]
    assert quotes_of('Police spokesman Brigadier Sipho Dlamini gave the figure. "We cannot confirm it," '
                     'Brigadier Sipho Dlamini said.') == [("We cannot confirm it", "Sipho Dlamini")]
    assert quotes_of('Union leader Ahmad Faizal Rahim spoke in Kuala Lumpur. "We will not give up," said Ahmad '
                     'Faizal.') == [("We will not give up", "Ahmad Faizal Rahim")]


def test_a_name_after_the_verb_the_parser_missed_and_a_name_given_only_as():
    assert quotes_of("« Le toit s'est envolé vers minuit », raconte Voahangy Rakotomalala, une couturière de "
                     "Manakara.") == [("Le toit s'est envolé vers minuit", "Voahangy Rakotomalala")]
    assert quotes_of('A trader near the bus park, who gave his name only as Juma, said it was calm. "People '
                     'were dancing," he said.') == [("People were dancing", "Juma")]


def test_the_agency_and_the_company_are_the_body_last_named_in_the_paragraph():
    assert quotes_of('The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 4,500 people had fled. '
                     '"Partners are ready to respond," the agency said.') == [
        ("Partners are ready to respond", "UN Office for the Coordination of Humanitarian Affairs")]
    assert quotes_of("La Société d'exploitation du Transgabonais (Setrag) a évoqué une défaillance de la voie. Le "
                     "trafic est suspendu « jusqu'à nouvel ordre », a précisé la compagnie.") == [
        ("jusqu'à nouvel ordre", "Société d'exploitation du Transgabonais")]


def test_the_first_bare_noun_can_be_a_paragraph_s_first_word():
    from generator.extract.phrases import first_bare_noun
    from generator.nlp import load_pipeline
    doc = load_pipeline("en")("Witnesses described scenes of panic.")
    assert first_bare_noun(doc[:]).text == "Witnesses"
