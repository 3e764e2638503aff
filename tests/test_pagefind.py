"""Pagefind, the search of large dossiers: chosen in dossier.yml, it indexes the built site and
a reader's browser finds "Almaty" with it."""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import copy_project

BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTICLE = "/articles/2022-01-kazakhstan-troubles/"


def use_pagefind(project: Path) -> None:
    """Switch a project's search to Pagefind, as the README says: the setting, and no lunr plugin."""
    settings = project / "dossier.yml"
    text = re.sub(r"(?m)^search:.*$", "search: pagefind", settings.read_text(encoding="utf-8"))
    settings.write_text(text, encoding="utf-8")
    mkdocs = project / "mkdocs.yml"
    text = re.sub(r"(?m)^  - search:\n(    .*\n)*", "", mkdocs.read_text(encoding="utf-8"))
    mkdocs.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("pagefind") / "project")
    use_pagefind(project)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Indexed" in done.stderr
    return project / "site"


@pytest.fixture(scope="module")
def site_url(pagefind_site):
    handler = functools.partial(QuietHandler, directory=str(pagefind_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def page(site_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        page = browser.new_page()
        page.route(re.compile(r"^(?!http://127\.0\.0\.1:)"), lambda route: route.abort())
        yield page
        browser.close()


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
