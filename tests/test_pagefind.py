"""Pagefind, the search of large dossiers: chosen in dossier.yml, it indexes the built site and
a reader's browser finds "Almaty" with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import CHROMIUM, chromium, copy_project, mkdocs, offline, serve

ARTICLE = "/articles/2022-01-kazakhstan-troubles/"


def use_pagefind(project: Path) -> None:
    """Switch a project's search to Pagefind, as the README says: the setting, and no lunr plugin."""
    settings = project / "dossier.yml"
    text = re.sub(r"(?m)^search:.*$", "search: pagefind", settings.read_text(encoding="utf-8"))
    settings.write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = re.sub(r"(?m)^  - search:\n(    .*\n)*", "", config.read_text(encoding="utf-8"))
    config.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("pagefind") / "project")
    use_pagefind(project)
    done = mkdocs(project, "build", "--strict", timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Indexed" in done.stderr
    return project / "site"


@pytest.fixture(scope="module")
def site_url(pagefind_site):
    with serve(pagefind_site) as url:
        yield url.rstrip("/")


@pytest.fixture(scope="module")
def page(site_url):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with chromium() as browser:
        context = browser.new_context()
        offline(context)
        yield context.new_page()


def test_the_index_is_written_and_lunr_is_not(pagefind_site):
    assert (pagefind_site / "pagefind" / "pagefind.js").is_file()
    assert list((pagefind_site / "pagefind" / "fragment").iterdir())
    assert not (pagefind_site / "search" / "search_index.json").exists()


def test_pagefind_api_finds_almaty_in_the_article(page, site_url):
    page.goto(site_url + "/")
    urls = page.evaluate("""async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('Almaty');
        return Promise.all(search.results.map(async r => (await r.data()).url));
    }""")
    assert ARTICLE in urls


def test_the_search_box_on_a_page_lists_pages_about_almaty(page, site_url):
    page.goto(site_url + ARTICLE)
    page.fill("#dossier-search input", "Almaty")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)
    hrefs = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.getAttribute('href'))")
    titles = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.textContent)")
    marks = page.eval_on_selector_all(".pagefind-ui__result mark", "els => els.map(e => e.textContent)")
    assert set(hrefs) & {ARTICLE, "/entities/almaty/"}
    assert any("Almaty" in mark for mark in marks)
    assert not any("\u00b6" in title for title in titles)  # permalink signs are not indexed
