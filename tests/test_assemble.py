"""Assembling many articles into one dossier: entities, series, conflicts, timeline, sources.

Facts are written here by hand, as the extraction would give them, so these tests
say what the assembly does with facts whatever the extraction finds.
"""

from __future__ import annotations

from generator.assemble import assemble_dossier
from generator.canonical import acronym, name_key, skeleton
from generator.model import Count, DateMention, Document, Entity, Facts, Paragraph, Quote, Sentence, Source, SourceRef
from generator.series import group_of


def make_facts(doc_id: str, date: str | None, language: str, sentences: list[str], *, entities=(), counts=(),
               quotes=(), sources=(), dates=()) -> Facts:
    """One article: its sentences are p1-s1, p1-s2... in one paragraph."""
    path = f"seeds/{doc_id}.md"
    document = Document(id=doc_id, path=path, title=doc_id, date=date, language=language, source=None, url=None,
                        paragraphs=(Paragraph(1, " ".join(sentences), SourceRef(path, 6)),), ref=SourceRef(path, 1))
    return Facts(document=document, language=language,
                 sentences=tuple(Sentence(f"p1-s{i}", t, 1, SourceRef(path, 6)) for i, t in enumerate(sentences, 1)),
                 entities=tuple(entities), counts=tuple(counts), quotes=tuple(quotes), sources=tuple(sources),
                 dates=tuple(dates))


def entity(text: str, kind: str = "person", sentence: str = "p1-s1", canonical: str | None = None) -> Entity:
    return Entity(text=text, type=kind, canonical=canonical or text, sentence=sentence)


def count(value: int, *, category: str = "killed", who: str | None = None, qualifier: str = "exact",
          sentence: str = "p1-s1", date: str | None = None, attributed_to: str | None = None) -> Count:
    return Count(category=category, value=value, low=value, high=value, qualifier=qualifier, who=who,
                 attributed_to=attributed_to, date=date, sentence=sentence, text=str(value))


def by_name(dossier, name):
    return next(e for e in dossier.entities if e.canonical == name)


# --- entities across articles ----------------------------------------------------------------------

def test_spellings_of_one_person_across_articles_are_one_entity():
    articles = [
        make_facts("a", "2025-04-03", "fr", ["Arkadi Volkov parle.", "Kassym-Jomart Tokaïev aussi."],
                   entities=[entity("Arkadi Volkov"), entity("Kassym-Jomart Tokaïev", sentence="p1-s2")]),
        make_facts("b", "2025-04-03", "en", ["Arkady Volkov spoke.", "Kassym-Jomart Tokayev too."],
                   entities=[entity("Arkady Volkov"), entity("Kassym-Jomart Tokayev", sentence="p1-s2")]),
        make_facts("c", "2025-04-04", "en", ["Tokayev said.", "VOLKOV said."],
                   entities=[entity("Tokayev"), entity("VOLKOV", sentence="p1-s2")]),
    ]
    dossier = assemble_dossier(articles, "T", "fr")
    assert [(e.canonical, e.aliases) for e in dossier.entities] == [
        ("Arkadi Volkov", ("Arkady Volkov", "VOLKOV")),
        ("Kassym-Jomart Tokaïev", ("Kassym-Jomart Tokayev", "Tokayev")),
    ]
    assert by_name(dossier, "Arkadi Volkov").documents == ("a", "b", "c")
    assert by_name(dossier, "Arkadi Volkov").mentions == (("a", "p1-s1", "Arkadi Volkov"),
                                                          ("b", "p1-s1", "Arkady Volkov"),
                                                          ("c", "p1-s2", "VOLKOV"))


def test_transliterations_stay_apart_when_the_rest_of_the_name_differs():
    articles = [make_facts("a", "2025-04-03", "en", ["Three men."],
                           entities=[entity("Ivan Tokayev"), entity("Nurlan Tokaïev"), entity("Tokaev")])]
    dossier = assemble_dossier(articles, "T", "en")
    # 'Tokaev' could be either man: it is not guessed.
    assert sorted(e.canonical for e in dossier.entities) == ["Ivan Tokayev", "Nurlan Tokaïev", "Tokaev"]


def test_acronym_and_expansion_are_one_organization_named_in_full():
    articles = [make_facts("a", "2025-04-03", "fr", ["L'OMS et l'Organisation mondiale de la santé."],
                           entities=[entity("OMS", "organization"),
                                     entity("Organisation mondiale de la santé", "organization")]),
                make_facts("b", "2025-04-04", "fr", ["L'OMS."], entities=[entity("OMS", "organization")])]
    dossier = assemble_dossier(articles, "T", "fr")
    assert [(e.canonical, e.type, e.aliases, len(e.mentions)) for e in dossier.entities] == [
        ("Organisation mondiale de la santé", "organization", ("OMS",), 3)]


def test_short_form_of_an_organization_joins_its_full_name():
    articles = [make_facts("a", "2022-01-06", "fr", ["RIA Novosti dit.", "RIA dit."],
                           entities=[entity("RIA Novosti", "organization"), entity("RIA", "organization", "p1-s2")])]
    assert [e.aliases for e in assemble_dossier(articles, "T", "fr").entities] == [("RIA",)]


def test_french_and_english_names_of_a_country_or_city_are_one_place():
    articles = [
        make_facts("a", "2025-04-03", "fr", ["La Russie, Moscou, Almaty."],
                   entities=[entity("Russie", "location"), entity("Moscou", "location"), entity("Almaty", "location")]),
        make_facts("b", "2025-04-03", "en", ["Russia, Moscow, Alma-Ata, Belarus."],
                   entities=[entity("Russia", "location"), entity("Moscow", "location"),
                             entity("Alma-Ata", "organization"), entity("Belarus", "location")]),
    ]
    dossier = assemble_dossier(articles, "T", "fr")
    assert [(e.canonical, e.type, e.aliases, e.reference) for e in dossier.entities] == [
        ("Almaty", "location", ("Alma-Ata",), "geonames:1526384"),
        # Only English articles name Belarus: the French dossier files it under its French name.
        ("Biélorussie", "location", ("Belarus",), "iso3166:BY"),
        ("Moscou", "location", ("Moscow",), "geonames:524901"),
        ("Russie", "location", ("Russia",), "iso3166:RU"),
    ]


def test_accents_and_case_alone_do_not_make_two_entities():
    articles = [make_facts("a", "2025-04-03", "fr", ["Erlan Seïtkali."], entities=[entity("Erlan Seïtkali")]),
                make_facts("b", "2025-04-04", "en", ["Erlan Seitkali."], entities=[entity("Erlan Seitkali")])]
    assert [(e.canonical, e.aliases) for e in assemble_dossier(articles, "T", "fr").entities] == [
        ("Erlan Seïtkali", ("Erlan Seitkali",))]


def test_entities_have_their_quotes_and_the_entities_named_with_them():
    articles = [make_facts("a", "2025-04-03", "fr", ["« Nous tiendrons », dit Volkov à Almaty.", "Volkov et l'OMS."],
                           entities=[entity("Arkadi Volkov"), entity("Almaty", "location"),
                                     entity("Volkov", sentence="p1-s2", canonical="Arkadi Volkov"),
                                     entity("OMS", "organization", "p1-s2")],
                           quotes=[Quote("Nous tiendrons", "Volkov", "p1-s1"), Quote("Rien", None, "p1-s2")])]
    volkov = by_name(assemble_dossier(articles, "T", "fr"), "Arkadi Volkov")
    assert [(q.text, q.document, q.sentence) for q in volkov.quotes] == [("Nous tiendrons", "a", "p1-s1")]
    assert [(c.canonical, c.sentences) for c in volkov.co_mentions] == [("Almaty", 1), ("OMS", 1)]


def test_name_keys_acronyms_and_skeletons():
    assert name_key("Kassym-Jomart Tokaïev") == "kassym jomart tokaiev"
    assert acronym("Organisation du Traité de sécurité collective") == "OTSC"
    assert skeleton("poutine") == skeleton("putin")
    assert skeleton("choigou") == skeleton("shoigu")
    assert skeleton("zelenskiy") == skeleton("zelensky") == skeleton("zelenski")


# --- figures as series -----------------------------------------------------------------------------

def tolls() -> list[Facts]:
    """Tolls of one flood, rising over three days, two reports disagreeing on the first."""
    return [
        make_facts("fr-3", "2025-04-03", "fr", ["Au moins 12 morts.", "Dont 3 policiers."],
                   counts=[count(12, qualifier="at_least"), count(3, who="policiers", sentence="p1-s2")]),
        make_facts("en-3", "2025-04-03", "en", ["At least 15 people were killed."],
                   counts=[count(15, who="people", qualifier="at_least", attributed_to="local hospitals")]),
        make_facts("en-5", "2025-04-05", "en", ["Four police officers were killed by April 4."],
                   counts=[count(4, who="police officers", date="2025-04-04")]),
        make_facts("fr-5", "2025-04-05", "fr", ["41 morts le 5 avril.", "Deux hommes arrêtés."],
                   counts=[count(41), count(2, category="arrested", who="hommes", sentence="p1-s2")],
                   dates=[DateMention("5 avril", "2025-04-05", "p1-s1")]),
        make_facts("en-5b", "2025-04-05", "en", ["A toll of 44 dead on April 5."],
                   counts=[count(44)], dates=[DateMention("April 5", "2025-04-05", "p1-s1")]),
    ]


def points(series):
    return [(p.document, p.count.value, p.date, p.dated_by) for p in series.points]


def test_counts_are_series_by_category_and_group_across_articles_and_languages():
    dossier = assemble_dossier(tolls(), "T", "fr")
    assert [(s.key, s.category, s.group) for s in dossier.series] == [
        ("killed-security-forces", "killed", "security_forces"),
        ("killed-all", "killed", "all"),
        ("arrested-hommes", "arrested", "hommes"),
    ]
    forces, everyone, _ = dossier.series
    assert points(forces) == [("fr-3", 3, "2025-04-03", "article"), ("en-5", 4, "2025-04-04", "count")]
    assert forces.label == "police officers"  # the most used wording, then the first in order
    # By the date each figure refers to, then by article (date, then id).
    assert points(everyone) == [("en-3", 15, "2025-04-03", "article"), ("fr-3", 12, "2025-04-03", "article"),
                                ("en-5b", 44, "2025-04-05", "sentence"), ("fr-5", 41, "2025-04-05", "sentence")]
    assert everyone.points[0].count.attributed_to == "local hospitals"
    assert everyone.points[1].count.qualifier == "at_least"


def test_disagreeing_figures_for_one_day_are_conflicts_never_averaged_or_dropped():
    everyone = assemble_dossier(tolls(), "T", "fr").series[1]
    assert [(c.date, [p.count.value for p in c.points]) for c in everyone.conflicts] == [
        ("2025-04-03", [15, 12]), ("2025-04-05", [44, 41])]
    assert [p.in_conflict for p in everyone.points] == [True, True, True, True]
    assert everyone.conflicts[1].conservative.count.value == 41


def test_latest_and_most_conservative_figures_are_marked():
    everyone = assemble_dossier(tolls(), "T", "fr").series[1]
    assert everyone.latest_date == "2025-04-05"
    assert [(p.count.value, p.latest, p.conservative) for p in everyone.points] == [
        (15, False, False), (12, False, False), (44, True, False), (41, True, True)]


def test_agreeing_figures_and_figures_dated_only_by_month_are_no_conflict():
    articles = [make_facts("a", "2025-04-03", "fr", ["13 morts."], counts=[count(13)]),
                make_facts("b", "2025-04-03", "fr", ["13 morts."], counts=[count(13)]),
                make_facts("c", "2025-04", "fr", ["20 morts."], counts=[count(20)]),
                make_facts("d", "2025-04", "fr", ["30 morts."], counts=[count(30)])]
    series = assemble_dossier(articles, "T", "fr").series
    assert [len(s.conflicts) for s in series] == [0]
    assert [p.count.value for p in series[0].points] == [20, 30, 13, 13]


def test_groups_counted_are_recognised_in_french_and_english():
    assert group_of("membres des forces de l'ordre") == group_of("members of the security forces") == "security_forces"
    assert group_of("civils") == group_of("civilians") == "civilians"
    assert group_of("manifestants") == group_of("protesters") == "protesters"
    assert group_of(None) == group_of("personnes") == group_of("people") == group_of("autres blessés") == "all"
    assert group_of("corps de membres des forces") == "security_forces"
    assert group_of("secouristes") == group_of("rescue workers") == "rescuers"
    assert group_of("journalistes") == "journalistes"  # a group no list names: the words, as a key


# --- timeline and sources --------------------------------------------------------------------------

def test_timeline_orders_dated_sentences_by_the_date_they_refer_to():
    articles = [
        make_facts("late", "2025-04-07", "en", ["On April 3 the dam burst.", "Five were arrested.", "Nothing."],
                   counts=[count(5, category="arrested", sentence="p1-s2")],
                   dates=[DateMention("April 3", "2025-04-03", "p1-s1")]),
        make_facts("early", "2025-04-04", "fr", ["« Courage », dit-il.", "12 morts."],
                   quotes=[Quote("Courage", None, "p1-s1")], counts=[count(12, sentence="p1-s2")]),
    ]
    timeline = assemble_dossier(articles, "T", "fr").timeline
    assert [(e.date, e.dated_by, e.document, e.sentence, e.kinds) for e in timeline] == [
        ("2025-04-03", "sentence", "late", "p1-s1", ("date",)),
        ("2025-04-04", "article", "early", "p1-s1", ("statement",)),
        ("2025-04-04", "article", "early", "p1-s2", ("toll",)),
        ("2025-04-07", "article", "late", "p1-s2", ("arrest",)),
    ]
    assert timeline[0].text == "On April 3 the dam burst."


def test_sources_say_who_is_cited_by_which_articles_for_which_facts():
    articles = [
        make_facts("a", "2025-04-03", "fr", ["Selon la chaîne Khabar-24, 12 morts.", "Rien."],
                   entities=[entity("Khabar-24", "organization")], counts=[count(12)],
                   sources=[Source("chaîne Khabar-24", "p1-s1")]),
        make_facts("b", "2025-04-04", "en", ["15 dead, Khabar-24 said.", "20 dead, hospitals said."],
                   entities=[entity("Khabar-24", "organization")],
                   counts=[count(15, attributed_to="Khabar-24"), count(20, sentence="p1-s2", attributed_to="hospitals")]),
    ]
    dossier = assemble_dossier(articles, "T", "fr")
    khabar, hospitals = dossier.sources
    assert (khabar.name, khabar.entity, khabar.documents) == ("Khabar-24", "khabar-24", ("a", "b"))
    assert [(c.document, c.sentence, [(f.kind, f.text) for f in c.facts]) for c in khabar.citations] == [
        ("a", "p1-s1", [("count", "12")]), ("b", "p1-s1", [("count", "15")])]
    assert (hospitals.name, hospitals.entity, hospitals.documents) == ("hospitals", None, ("b",))


def test_same_facts_in_any_order_make_the_same_dossier():
    forward = assemble_dossier(tolls(), "T", "fr")
    backward = assemble_dossier(list(reversed(tolls())), "T", "fr")
    assert forward == backward


def test_each_mention_of_an_article_leads_to_the_entity_it_is_filed_under():
    articles = [make_facts("a", "2022-01-06", "fr", ["RIA Novosti dit.", "RIA dit."],
                           entities=[entity("RIA Novosti", "organization"), entity("RIA", "organization", "p1-s2")])]
    dossier = assemble_dossier(articles, "T", "fr")
    assert dossier.entity_of_mention[("a", "p1-s2", "RIA")].canonical == "RIA Novosti"
