"""Pages -> Markdown: every template's variables exist, labels come from the catalog, seed text stays inert."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import jinja2.meta
import pytest
from babel.messages.pofile import read_po

from generator.pages import plan_pages
from generator.render import LOCALE_DIR, environment, inert, inert_piece, render_pages

from test_pages import dossier

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
I18N = {"_", "gettext", "ngettext", "href"}


def rendered(language: str = "fr") -> dict[str, str]:
    return {p.path: p.text for p in render_pages(plan_pages(dossier(), exports=("data/dossier.json",)),
                                                 TEMPLATES, language)}


def test_every_variable_a_template_uses_is_in_its_context():
    env = environment(TEMPLATES, "fr")
    seen = set()
    for page in plan_pages(dossier()):
        if page.template in seen:
            continue
        seen.add(page.template)
        used = jinja2.meta.find_undeclared_variables(env.parse((TEMPLATES / page.template).read_text()))
        given = {f.name for f in dataclasses.fields(page.context)}
        assert used - given - I18N == set(), page.template


def test_every_label_has_its_french_translation():
    env = environment(TEMPLATES, "fr")
    with (LOCALE_DIR / "fr.po").open("rb") as f:
        catalog = read_po(f, locale="fr")
    missing = []
    for template in sorted(TEMPLATES.glob("*.j2")):
        for _, _, message in env.extract_translations(template.read_text()):
            msgid = message if isinstance(message, str) else (message or (None,))[0]
            if msgid and not (catalog.get(msgid) and catalog.get(msgid).string):
                missing.append(f"{template.name}: {msgid}")
    assert missing == []


def test_labels_dates_and_numbers_follow_the_dossier_language():
    fr, en = rendered("fr")["index.md"], rendered("en")["index.md"]
    assert "## Chiffres clés" in fr and "## Key figures" in en
    assert "3 articles · 3 personnes, organisations et lieux" in fr
    assert "3 articles · 3 people, organizations and places" in en
    assert "6 janv. 2022" in fr and "Jan 6, 2022" in en
    assert "**Personnes**" in fr and "**People**" in en and "**Places**" in en
    assert fr.startswith("---\nhide:\n")  # front matter first, for MkDocs to read it
    assert "[dossier.json](data/dossier.json)" in fr


def test_the_article_anchors_every_sentence_and_marks_its_facts():
    text = rendered()["articles/b.md"]
    assert '<span class="sentence" id="p1-s1">Selon [Tokaïev](../entities/kassym-jomart-tokaiev.md){: .fact-entity }, ' \
           '<mark class="fact-count" title="tués">13</mark> policiers sont morts à ' \
           '[Almaty](../entities/almaty.md){: .fact-entity }.</span>' in text
    assert '«<span class="fact-quote" title="Kassym-Jomart Tokaïev">[Almaty](../entities/almaty.md){: .fact-entity } ' \
           'est libérée</span>»' in text
    assert '<span class="dossier-conflict"' in text  # 13 here, 18 in another article the same day
    assert 'tags:\n  - "Almaty"\n  - "Kassym-Jomart Tokaïev"\n  - "bilan : tués"\n---\n' in text
    hedged = rendered()["articles/a.md"]
    assert '<span class="sentence hedged" id="p1-s2">On ignore qui a tiré. <span class="dossier-badge">' in hedged


def test_seed_text_is_inert_in_every_page():
    pages = rendered()
    assert "<script>" not in "".join(pages.values())
    assert "&#60;script&#62;x&#60;/script&#62;" in pages["articles/c.md"]


@pytest.mark.parametrize("text, expected", [
    (" a dit «", " a dit «"),
    ("\n# titre\n\n    code ", " &#35; titre code "),
    ("<b>[x](javascript:y)</b>", "&#60;b&#62;&#91;x&#93;(javascript&#58;y)&#60;/b&#62;"),
])
def test_a_piece_of_a_sentence_keeps_one_space_at_its_ends_and_nothing_live(text, expected):
    assert inert_piece(text) == expected
    assert inert_piece(text).strip() == inert(text)


def test_charts_are_drawn_in_the_page_without_script():
    figures = rendered()["figures/index.md"]
    assert figures.count('<svg xmlns="http://www.w3.org/2000/svg" class="dossier-chart"') == 1
    assert "<script" not in figures
    assert '<title id="chart-killed-' in figures and "au moins" not in figures.split("<svg")[0]


def test_a_template_error_names_the_template_and_the_page(tmp_path):
    (tmp_path / "home.md.j2").write_text("{{ dossier.nothing }}\n")
    with pytest.raises(Exception, match=r"home.md.j2:1: .*nothing.* \(rendering index.md from the dossier\)"):
        render_pages(plan_pages(dossier())[:1], tmp_path, "fr")
    environment.cache_clear()
