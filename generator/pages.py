"""`Dossier` -> the pages of the site: where each goes, its template and its context.

Each page kind has a documented context: the variables its template may use.
Links are made here, relative to the page, so that MkDocs can check them.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from .model import Dossier, EntityRecord, Facts, Sentence


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs/, POSIX style
    template: str
    context: Any  # one of the *Context dataclasses below
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


def article_path(doc_id: str) -> str:
    return f"articles/{doc_id}.md"


def sentence_link(doc_id: str, sentence_id: str) -> str:
    return f"{article_path(doc_id)}#{sentence_id}"


def entity_path(entity: EntityRecord) -> str:
    return f"entities/{entity.slug}.md"


@dataclass(frozen=True)
class HomeContext:
    """index.md: the dossier at a glance."""

    dossier: Dossier
    latest: tuple[Facts, ...]  # most recent articles first
    top_entities: tuple[EntityRecord, ...]  # most mentioned first
    sources: tuple[str, ...]  # outlets and cited sources, sorted


@dataclass(frozen=True)
class ArticleIndexContext:
    """articles/index.md: every article, most recent first."""

    dossier: Dossier
    articles: tuple[Facts, ...]


@dataclass(frozen=True)
class ArticleContext:
    """articles/<id>.md: one article, its anchored sentences and its facts."""

    dossier: Dossier
    facts: Facts
    paragraphs: tuple[tuple[Sentence, ...], ...]  # the text, sentence by sentence, paragraph 0 first
    entity_pages: dict[str, str]  # any name of an entity -> its page path


@dataclass(frozen=True)
class EntityIndexContext:
    """entities/index.md: people, organizations, places and others, with their mention counts."""

    dossier: Dossier
    groups: tuple[tuple[str, tuple[EntityRecord, ...]], ...]  # (type, entities) in a fixed order


@dataclass(frozen=True)
class EntityContext:
    """entities/<slug>.md: one entity and every sentence that mentions it."""

    dossier: Dossier
    entity: EntityRecord
    mentions: tuple[tuple[Facts, str, str], ...]  # (article, sentence id, sentence text)


ENTITY_TYPES = ("person", "organization", "location", "other")


@dataclass(frozen=True)
class MethodologyContext:
    """methodology.md: how figures, conflicts, entities and corrections by hand are handled."""

    dossier: Dossier


def plan_pages(dossier: Dossier) -> list[Page]:
    """Every page of the site, in a stable order."""
    newest_first = tuple(sorted(dossier.facts, key=lambda f: (f.document.date or "", f.id), reverse=True))
    by_mentions = tuple(sorted(dossier.entities, key=lambda e: (-len(e.mentions), e.canonical)))
    entity_pages = {name: entity_path(e) for e in dossier.entities for name in (e.canonical, *e.aliases)}
    sources = sorted({f.document.source for f in dossier.facts if f.document.source}
                     | {s.name for f in dossier.facts for s in f.sources})
    pages = [
        Page("index.md", "home.md.j2", HomeContext(dossier, newest_first[:10], by_mentions[:10],
                                                  tuple(sources)), "the dossier"),
        Page("articles/index.md", "articles.md.j2", ArticleIndexContext(dossier, newest_first), "the dossier"),
        Page("entities/index.md", "entities.md.j2", EntityIndexContext(dossier, tuple(
            (kind, tuple(e for e in by_mentions if e.type == kind)) for kind in ENTITY_TYPES)), "the dossier"),
    ]
    for facts in dossier.facts:
        paragraphs = tuple(tuple(s for s in facts.sentences if s.paragraph == p.index)
                           for p in facts.document.paragraphs)
        pages.append(Page(article_path(facts.id), "article.md.j2",
                          ArticleContext(dossier, facts, paragraphs, entity_pages), facts.document.path))
    for entity in dossier.entities:
        places = dict.fromkeys((doc_id, sid) for doc_id, sid, _ in entity.mentions)
        mentions = tuple((dossier.document(doc_id), sid, dossier.document(doc_id).sentence(sid).text)
                         for doc_id, sid in places)
        pages.append(Page(entity_path(entity), "entity.md.j2", EntityContext(dossier, entity, mentions),
                          f"entity {entity.canonical!r}"))
    pages.append(Page("methodology.md", "methodology.md.j2", MethodologyContext(dossier), "the dossier"))
    return pages
