"""Dossier -> pages: what each page shows, computed in memory from facts written by hand."""

from __future__ import annotations

from dataclasses import replace

from generator.assemble import assemble_dossier
from generator.marks import Mark, Span, mark_sentence
from generator.config import ChartSettings
from generator.model import Entity, Hedge, Quote
from generator.pages import INDEX_PAGES, linker, plan_pages
from generator.slug import unaccented
from generator.views import Site, article, entity, home, spellings, timeline

from test_assemble import count, make_facts

CHARTS = ChartSettings()


def dossier():
    """Three articles: a toll that rises, two figures that disagree on 6 January, a quote, a hedge."""
    a = replace(make_facts("a", "2022-01-05", "fr", ["Huit policiers ont été tués à Almaty.", "On ignore qui a tiré."],
                           entities=[Entity("Almaty", "location", "Almaty", "p1-s1")], counts=[count(8, who="policiers")]),
                hedges=(Hedge("On ignore qui a tiré.", "p1-s2"),))
    b = make_facts("b", "2022-01-06", "fr", ["Selon Tokaïev, 13 policiers sont morts à Almaty.",
                                             "Tokaïev a dit «Almaty est libérée»."],
                   entities=[Entity("Tokaïev", "person", "Kassym-Jomart Tokaïev", "p1-s1"),
                             Entity("Almaty", "location", "Almaty", "p1-s1"),
                             Entity("Tokaïev", "person", "Kassym-Jomart Tokaïev", "p1-s2"),
                             Entity("Almaty", "location", "Almaty", "p1-s2")],
                   counts=[count(13, who="policiers", attributed_to="Tokaïev")],
                   quotes=[Quote("Almaty est libérée", "Kassym-Jomart Tokaïev", "p1-s2")])
    c = make_facts("c", "2022-01-06", "fr", ["18 policiers ont été tués, dit <script>x</script>."],
                   entities=[Entity("<script>x</script>", "organization", "<script>x</script>", "p1-s1")],
                   counts=[count(18, who="policiers")])
    return assemble_dossier([a, b, c], "Troubles", "fr")


def test_every_page_has_a_place_and_the_site_grows_with_the_articles_only():
    d = dossier()
    pages = plan_pages(d)
    paths = [p.path for p in pages]
    assert paths[0] == "index.md"
    assert paths[1:1 + len(INDEX_PAGES)] == [path for path, _ in INDEX_PAGES]
    assert sorted(paths) == sorted(["index.md", *(p for p, _ in INDEX_PAGES), "methodology.md",
                                    "articles/a.md", "articles/b.md",
                                    "articles/c.md", *(f"entities/{e.slug}.md" for e in d.entities)])
    assert len(set(paths)) == len(paths)


def test_links_are_relative_to_the_page():
    href = linker("articles/a.md")
    assert href("entities/almaty.md") == "../entities/almaty.md"
    assert href("articles/b.md#p1-s2") == "b.md#p1-s2"
    assert linker("index.md")("figures/index.md") == "figures/index.md"


def test_facts_are_marked_in_their_sentence_quotes_holding_the_names_they_contain():
    marks = mark_sentence("Tokaïev a dit «Almaty est libérée», et 13 morts.",
                          [Span("Almaty est libérée", "quote", note="Tokaïev"), Span("13", "count", note="killed"),
                           Span("Almaty", "entity", "entities/almaty.md"), Span("Tokaïev", "entity", "entities/t.md")])
    assert marks == (
        Mark("Tokaïev", "entity", "entities/t.md"),
        Mark(" a dit «"),
        Mark("Almaty est libérée", "quote", note="Tokaïev", inner=(
            Mark("Almaty", "entity", "entities/almaty.md"), Mark(" est libérée"))),
        Mark("», et "),
        Mark("13", "count", note="killed"),
        Mark(" morts."),
    )


def test_a_fact_is_marked_on_word_boundaries_once_and_never_across_a_quote():
    marks = mark_sentence("Sur 113 blessés, 13 «sont graves selon Le Monde» dit Le", [
        Span("13", "count"), Span("13", "count"), Span("graves selon Le", "quote"), Span("Le Monde", "entity", "m")])
    assert [m.text for m in marks if m.kind] == ["13", "graves selon Le"]  # not the 13 of 113; Le Monde straddles
    assert "".join(m.text if not m.inner else "".join(i.text for i in m.inner) for m in marks) == \
        "Sur 113 blessés, 13 «sont graves selon Le Monde» dit Le"


def test_article_page_anchors_sentences_marks_hedges_links_names_and_flags_disputed_figures():
    d = dossier()
    context = article(Site.of(d, CHARTS, ()), d.document("b"))
    (sentences,) = context.paragraphs
    assert [s.id for s in sentences] == ["p1-s1", "p1-s2"]
    first = sentences[0].marks
    assert Mark("13", "count", note="killed") in first
    assert [m.target for m in first if m.kind == "entity"] == ["entities/kassym-jomart-tokaiev.md",
                                                               "entities/almaty.md"]
    assert ("p1-s1", "13") in context.conflicts  # 18 in article c, same day
    assert context.tags == ("Almaty", "Kassym-Jomart Tokaïev")
    hedged = article(Site.of(d, CHARTS, ()), d.document("a")).paragraphs[0]
    assert [s.hedged for s in hedged] == [False, True]


def test_names_that_are_not_plain_words_are_never_tags():
    d = dossier()
    context = article(Site.of(d, CHARTS, ()), d.document("c"))
    assert context.tags == ()
    assert [e.canonical for e, _, _ in context.entities] == ["<script>x</script>"]


def test_a_name_is_also_shown_without_accents_so_search_finds_it_typed_either_way():
    d = dossier()
    tokaiev = next(e for e in d.entities if e.type == "person")
    assert unaccented("Kassym-Jomart Tokaïev") == "Kassym-Jomart Tokaiev"
    assert "Kassym-Jomart Tokaiev" in spellings(tokaiev) and "Tokaïev" in spellings(tokaiev)
    assert tokaiev.canonical not in spellings(tokaiev)
    page = entity(Site.of(d, CHARTS, ()), tokaiev)
    assert [(m.article.id, m.sentence) for m in page.mentions] == [("b", "p1-s1"), ("b", "p1-s2")]
    assert Mark("Tokaïev", "self") in page.mentions[0].marks
    assert [q.text for q, _ in page.quotes] == ["Almaty est libérée"]


def test_home_shows_the_latest_most_conservative_figure_its_range_and_the_exports():
    d = dossier()
    context = home(Site.of(d, CHARTS, ("data/dossier.json", "data/counts.csv")))
    (killed,) = [k for k in context.key_figures if k.series.category == "killed"]
    assert killed.latest.point.date == "2022-01-06"
    assert killed.latest.point.bounds == (13, 13)  # 13 and 18 disagree on the 6th: the lower one
    assert killed.latest.link == "articles/b.md#p1-s1"
    assert (killed.low, killed.high, killed.rows) == (8, 18, 3)
    assert killed.latest.given_by == "Tokaïev"
    assert [s.category for s in context.chart_series] == ["killed"]
    assert context.exports == (("dossier.json", "data/dossier.json"), ("counts.csv", "data/counts.csv"))
    assert context.latest[0].id == "c" and context.latest[-1].id == "a"


def test_same_dossier_same_pages():
    first, second = plan_pages(dossier()), plan_pages(dossier())
    assert [(p.path, p.template, p.context) for p in first] == [(p.path, p.template, p.context) for p in second]


def test_unplaceable_facts_stay_in_the_tables_only():
    marks = mark_sentence("Rien ici.", [Span("13", "count"), Span("", "entity"), Span("Almaty", "entity")])
    assert marks == (Mark("Rien ici."),)


def test_the_timeline_groups_dated_sentences_by_day_in_order_and_says_when_the_article_dates_them():
    d = dossier()
    days = timeline(Site.of(d, CHARTS, ())).days
    assert [day for day, _, _ in days] == sorted({e.date for e in d.timeline})
    for day, by_article, events in days:
        assert all(e.date == day for e, _ in events)
        assert by_article == all(e.dated_by == "article" for e, _ in events)
        assert all(article.id == e.document for e, article in events)
