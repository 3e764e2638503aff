"""`Dossier` -> the pages of the site: where each goes, its template and its context.

Each page kind has a documented context (in `views.py`): the variables its
template may use. Links are made here, relative to the page, so that MkDocs
can check them. The site's size is linear in the number of articles: every
page lists what it is about, never the whole dossier per article.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from . import views
from .config import ChartSettings
from .model import Dossier

# Generated pages that list the dossier: (path, template); each is its section's index page.
INDEX_PAGES = (
    ("articles/index.md", "articles.md.j2"),
    ("figures/index.md", "figures.md.j2"),
    ("timeline/index.md", "timeline.md.j2"),
    ("entities/index.md", "entities.md.j2"),
    ("quotes/index.md", "quotes.md.j2"),
    ("sources/index.md", "sources.md.j2"),
    ("tags.md", "tags.md.j2"),
)


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs/, POSIX style
    template: str
    context: Any  # one of the *Context dataclasses of views.py
    source: str  # what the page is made from, for error messages

    def variables(self) -> dict[str, Any]:
        """The template's variables: the context's fields, and `href` relative to this page."""
        values = {f.name: getattr(self.context, f.name) for f in fields(self.context)}
        values["href"] = linker(self.path)
        return values


def linker(page_path: str) -> Callable[[str], str]:
    """`href(target)`: the link from `page_path` to `target` (a docs/-relative path, '#anchor' kept)."""
    here = posixpath.dirname(page_path) or "."

    def href(target: str) -> str:
        path, hash_, anchor = target.partition("#")
        return posixpath.relpath(path, here) + hash_ + anchor

    return href


@dataclass(frozen=True)
class MethodologyContext:
    """methodology.md: how figures, conflicts, entities and corrections by hand are handled, and
    how well extraction does: `quality` is the last evaluation (generator/quality.json: part ->
    documents, facts -> type -> precision/recall/f1..., speakers -> accuracy), None if unmeasured."""

    dossier: Dossier
    quality: dict | None = None


def plan_pages(dossier: Dossier, charts: ChartSettings = ChartSettings(), exports: tuple[str, ...] = (),
               quality: dict | None = None) -> list[Page]:
    """Every page of the site, in a stable order; `exports` are the data files the home links to,
    `quality` the extraction's measured quality that the methodology page shows."""
    site = views.Site.of(dossier, charts, exports)
    pages = [Page("index.md", "home.md.j2", views.home(site), "the dossier")]
    pages += [Page(path, template, views.INDEXES[template](site), "the dossier") for path, template in INDEX_PAGES]
    pages.append(Page("methodology.md", "methodology.md.j2", MethodologyContext(dossier, quality), "the dossier"))
    pages += [Page(views.article_path(f.id), "article.md.j2", views.article(site, f), f.document.path)
              for f in dossier.facts]
    pages += [Page(views.entity_path(e), "entity.md.j2", views.entity(site, e), f"entity {e.canonical!r}")
              for e in dossier.entities]
    return pages
