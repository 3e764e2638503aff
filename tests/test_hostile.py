"""Seed text is data: hostile HTML, Jinja, Markdown and Material syntax shows as text and runs nothing.

The seeds in tests/fixtures/hostile/ carry script tags, event handlers, `javascript:` links,
Jinja expressions and includes, raw HTML blocks, admonitions, snippet includes and attribute
lists, in every place a seed can hold text (title, outlet, URL, headline, lede, body, quotes,
the file name). They are built with the real generator and `mkdocs build --strict`, then
read three ways: the generated Markdown, the HTML and search index MkDocs made, and the
pages as a reader's browser runs them (Chromium).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import CHROMIUM, FIXTURES, chromium, copy_project, mkdocs, offline, serve

HOSTILE = FIXTURES / "hostile"
# A seed whose very file name is markup.
HOSTILE_NAME = "2022-01-<img src=x onerror=window.__pwned='filename'>.txt"
# Seed text that must be visible, to the letter, on the article pages.
VISIBLE = (
    "</title><script>window.__pwned='title'</script>",
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "{{ config }}",
    "{% include '/etc/passwd' %}",
    "cliquez ici](javascript:window.__pwned='link')",
    "{: onclick=\"window.__pwned='attr'\" }",
    "--8<-- \"/etc/passwd\"",
    "<script>window.__pwned='quote'</script>",
    "{{ 7*7 }}",
    "<svg onload=\"window.__pwned='svg'\">",
    f"seeds/{HOSTILE_NAME}",
)
# Markup from the seeds, as written: in the generated Markdown it may only appear escaped.
SEED_MARKUP = ("<script>", "<img src=x", "<svg onload", "<iframe", "<b onmouseover", "<div onclick", "<style>",
               "javascript:", "{{ config", "{% include", "{% raw", "--8<--", "!!! note", "{: onclick", "](javascript",
               "[^1]")
# What would show that a seed was read as a template, an include or a snippet.
EVALUATED = ("root:x:0:0", "<Config", "Settings(", "dict_items")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster"}


class Scan(HTMLParser):
    """What an HTML document would run, and the text it shows."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict, str]] = []  # (attributes, inline code)
        self.handlers: list[str] = []  # on*="..." attributes
        self.urls: list[str] = []  # script-running URLs
        self.elements: set[str] = set()
        self.text: list[str] = []
        self._raw: str | None = None  # inside <script> or <style>
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.add(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}={value!r}>")
            compact = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if name in URL_ATTRIBUTES and compact.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.urls.append(f"<{tag} {name}={value!r}>")
        if tag in ("script", "style"):
            self._raw = tag
            if tag == "script":
                self.scripts.append((dict(attrs), ""))

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data):
        if self._raw == "script":
            attrs, code = self.scripts[-1]
            self.scripts[-1] = (attrs, code + data)
        elif self._raw is None:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join("".join(self.text).split())


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """The hostile seeds built into docs/ and site/ by `mkdocs build --strict`."""
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project", seeds=sorted(HOSTILE.iterdir()))
    shutil.copy2(HOSTILE / "2022-01-wire.txt", project / "seeds" / HOSTILE_NAME)
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project


def generated_markdown(project: Path) -> dict[str, str]:
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(docs.rglob("*.md")) if p.name != "about.md"}


def html_pages(project: Path) -> dict[str, str]:
    site = project / "site"
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


def assert_runs_nothing_from_seeds(scan: Scan, where: str) -> None:
    assert scan.handlers == [], where
    assert scan.urls == [], where
    assert not {"iframe", "object", "embed", "base"} & scan.elements, where
    for attrs, code in scan.scripts:
        assert "__pwned" not in code and "alert(" not in code, where
        assert "src" not in attrs or "__pwned" not in attrs["src"], where


def test_generated_markdown_holds_no_seed_markup(hostile_site):
    pages = generated_markdown(hostile_site)
    assert any(path.startswith("articles/") for path in pages)
    for path, text in pages.items():
        for markup in SEED_MARKUP:
            assert markup not in text, f"docs/{path} holds {markup!r} as written in a seed"


def test_every_page_runs_nothing_from_the_seeds(hostile_site):
    pages = html_pages(hostile_site)
    assert len(pages) > 5
    for path, html in pages.items():
        assert_runs_nothing_from_seeds(Scan(html), f"site/{path}")
        for trace in EVALUATED:
            assert trace not in html, f"site/{path} holds {trace!r}"


def test_article_pages_show_the_hostile_text_as_text(hostile_site):
    pages = html_pages(hostile_site)
    shown = " ".join(Scan(html).visible for path, html in pages.items() if path.startswith("articles/"))
    for text in VISIBLE:
        assert text in shown, text
    markup = Scan(pages["articles/markup/index.html"])
    assert "Émeutes à Almaty {{ config }}" in markup.visible


def test_the_search_index_runs_nothing_and_shows_the_text(hostile_site):
    index_file = hostile_site / "site" / "search" / "search_index.json"
    if not index_file.is_file():
        pytest.skip("the site is built without MkDocs' search index")
    index = json.loads(index_file.read_text(encoding="utf-8"))
    shown = []
    for doc in index["docs"]:
        for field in ("title", "text"):
            scan = Scan(doc[field])
            assert_runs_nothing_from_seeds(scan, f"search index, {doc['location']}")
            shown.append(scan.visible)
    assert "<script>window.__pwned='script'</script>" in " ".join(shown)


def test_the_facts_export_keeps_the_text_as_data(hostile_site):
    result = subprocess.run([sys.executable, "-m", "generator", "extract", "seeds", "--json"], cwd=hostile_site,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    facts = {f["id"]: f for f in json.loads(result.stdout)}
    assert facts["markup"]["title"].startswith("</title><script>window.__pwned='title'</script>")
    assert facts["markup"]["url"] == "javascript:window.__pwned='url'"  # kept as data, never linked
    body = " ".join(s["text"] for s in facts["markup"]["sentences"])
    assert "{% include '/etc/passwd' %}" in body and "root:x:0:0" not in result.stdout


def test_spreadsheet_exports_hold_no_formula(hostile_site):
    tables = sorted((hostile_site / "docs").rglob("*.csv"))
    if not tables:
        pytest.skip("the site has no CSV export")
    cells = [cell for table in tables for row in csv.reader(table.open(encoding="utf-8", newline=""))
             for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@")]
    assert any("HYPERLINK(" in cell for cell in cells)  # the quote is exported, as text


@pytest.fixture(scope="module")
def served(hostile_site):
    """The built site on a loopback port."""
    with serve(hostile_site / "site") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser, served):
    """A browser tab that reaches only the local site, and records every dialog a script opens."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    offline(context)
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


def test_no_script_from_the_seeds_runs_in_a_browser(hostile_site, served, page):
    paths = sorted(p for p in html_pages(hostile_site) if p != "404.html")
    for path in paths:
        page.goto(served + path, wait_until="load")
        page.wait_for_timeout(50)  # let onload / onerror handlers fire, if any were live
        assert page.evaluate("typeof window.__pwned") == "undefined", (path, page.evaluate("window.__pwned"))
    assert page.dialogs == []


def test_a_reader_sees_the_hostile_text_as_text(served, page):
    page.goto(served + "articles/markup/", wait_until="load")
    assert "</title><script>window.__pwned='title'</script>" in page.title()
    shown = " ".join(page.inner_text("article").split())
    for text in ("<script>window.__pwned='script'</script>", "{{ config }}", "{% include '/etc/passwd' %}",
                 "cliquez ici](javascript:window.__pwned='link')", "--8<-- \"/etc/passwd\""):
        assert text in shown, text
    assert page.locator("article a[href^='javascript' i]").count() == 0


def test_searching_the_hostile_text_runs_nothing(hostile_site, served, page):
    if not (hostile_site / "site" / "search" / "search_index.json").is_file():
        pytest.skip("the site is built without MkDocs' search index")
    page.goto(served, wait_until="load")
    page.click("input.md-search__input")
    page.keyboard.type("manifestants", delay=20)  # a word next to hostile text on several pages
    page.locator(".md-search-result__item").first.wait_for(timeout=20000)
    page.wait_for_timeout(200)
    assert "<script>window.__pwned=" in " ".join(page.inner_text(".md-search-result").split())
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
