"""The built site as a reader sees it, in Debian's chromium: key figures, fact links, search, charts.

The site of a copy of the project is built with `mkdocs build --strict`, served on a
loopback port, and every request leaving the machine is blocked and recorded: the
site must work offline. Screenshots of the home, an article and the figures page,
in light and dark mode, are saved in tests/artifacts/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from conftest import chromium, copy_project, mkdocs, needs_chromium, offline, serve
from generator.build import make_dossier
from generator.config import load_settings
from generator.model import Dossier

ARTIFACTS = Path(__file__).parent / "artifacts"
SCHEMES = ("light", "dark")

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Dossier]:
    """A copy of the shipped project, its site built with --strict, and its dossier."""
    project = copy_project(tmp_path_factory.mktemp("browser") / "project")
    run = mkdocs(project, "build", "--strict")
    assert run.returncode == 0, run.stderr
    return project, make_dossier(load_settings(project))


@pytest.fixture(scope="module")
def site_url(built) -> Iterator[str]:
    with serve(built[0] / "site") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as browser:
        yield browser


@pytest.fixture(params=SCHEMES)
def reader(request, browser) -> Iterator[tuple[BrowserContext, list[str], list[str]]]:
    """A browser context in light or dark mode, with the requests it tried to send out and its errors."""
    context = browser.new_context(color_scheme=request.param, viewport={"width": 1280, "height": 900})
    blocked: list[str] = []
    errors: list[str] = []
    offline(context, blocked)
    context.on("weberror", lambda e: errors.append(str(e.error)))
    yield context, blocked, errors
    context.close()
    assert blocked == [], "the site tried to reach the network"
    assert errors == []


def open_page(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    return page


def screenshot(page: Page, name: str, scheme: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}-{scheme}.png", full_page=full_page)


def scheme_of(page: Page) -> str:
    return "dark" if page.evaluate("document.body.dataset.mdColorScheme") == "slate" else "light"


def test_home_shows_the_key_figures(reader, site_url, built):
    context, _, _ = reader
    dossier = built[1]
    page = open_page(context, site_url)
    cards = page.locator(".dossier-key-figures li")
    assert dossier.series and cards.count() == min(6, len(dossier.series))
    for series in dossier.series[: cards.count()]:
        labels = cards.locator(".dossier-key-label").all_inner_texts()
        values = [int(re.sub(r"\D", "", v.split("–")[0])) for v in cards.locator(".dossier-key-value").all_inner_texts()]
        assert any(low == v for v in values for low, _ in (p.bounds for p in series.points)), series.key
        assert len(labels) == cards.count()
    assert page.get_by_role("link", name=dossier.facts[0].document.title).first.is_visible()
    screenshot(page, "home", scheme_of(page))


def test_a_figure_links_to_its_sentence_highlighted(reader, site_url, built):
    context, _, _ = reader
    page = open_page(context, site_url + "figures/")
    link = page.locator(".md-content table a[href*='#p']").first
    sentence = link.get_attribute("href").rpartition("#")[2]
    link.click()
    page.wait_for_url(re.compile(f"#{sentence}$"))
    target = page.locator(":target")
    assert target.get_attribute("id") == sentence
    assert "sentence" in target.get_attribute("class")
    assert target.is_visible() and target.evaluate("e => e.getBoundingClientRect().top < window.innerHeight")
    background = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    untargeted = page.locator(f".sentence:not(#{sentence})").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert untargeted == "rgba(0, 0, 0, 0)"
    screenshot(page, "article", scheme_of(page), full_page=False)  # where the link lands


def search(page: Page, words: str) -> list[str]:
    """What Material's search lists for `words`: the links of its results."""
    page.wait_for_load_state("networkidle")  # the search index and its French rules are loaded
    page.locator(".md-search__input").first.click()
    page.locator(".md-search__input").press_sequentially(words, delay=20)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    return [urlsplit(h).path for h in results.evaluate_all("links => links.map(a => a.href)")]


@pytest.mark.parametrize("words, expected", [
    ("Almaty", "/articles/2022-01-kazakhstan-troubles/"),
    ("Almaty", "/entities/almaty/"),
    ("Tokaïev", "/entities/kassym-jomart-tokaiev/"),
    ("Tokaiev", "/entities/kassym-jomart-tokaiev/"),
    ("Tokaiev", "/articles/2022-01-kazakhstan-troubles/"),
    ("manifestation", "/articles/2022-01-kazakhstan-troubles/"),  # the text says "manifestations"
])
def test_search_finds_names_with_or_without_accents(browser, site_url, words, expected):
    context = browser.new_context()
    offline(context)
    page = open_page(context, site_url)
    assert expected in search(page, words)
    context.close()


def test_charts_render_legibly(reader, site_url):
    context, _, _ = reader
    page = open_page(context, site_url + "figures/")
    chart = page.locator("svg.dossier-chart").first
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    assert chart.locator("g.point").count() >= 1
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for selector in ("text.label", "g.point circle, g.point path"):
        element = chart.locator(selector).first
        colour = element.evaluate("(e, prop) => getComputedStyle(e)[prop]", "fill")
        assert contrast(colour, background) >= 3, (selector, colour, background)
    screenshot(page, "figures", scheme_of(page))


def _rgba(css: str) -> tuple[float, float, float, float]:
    parts = [float(x) for x in re.findall(r"[\d.]+", css)]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0)


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of a colour (blended over the background when translucent)."""
    fr, fg, fb, alpha = _rgba(foreground)
    br, bg, bb, _ = _rgba(background)
    blended = [alpha * f + (1 - alpha) * b for f, b in ((fr, br), (fg, bg), (fb, bb))]

    def luminance(rgb) -> float:
        c = [v / 255 for v in rgb]
        c = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    hi, lo = sorted((luminance(blended), luminance((br, bg, bb))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
