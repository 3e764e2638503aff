"""What each page kind shows: its documented context, and the pure function that makes it.

A template reads only the fields of its context (and `href`, the link maker):
no lookups, no sorting, no logic beyond loops and conditions.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from .config import ChartSettings
from .figures import FigureRow, KeyFigure, key_figure, main_series, rows_of
from .marks import Mark, Span, mark_sentence
from .model import (CoMention, Dossier, EntityRecord, Facts, QuoteRecord, Series, SourceRecord,
                    TimelineEvent)
from .slug import unaccented

ENTITY_TYPES = ("person", "organization", "location", "other")
TAGGED_TYPES = ("person", "organization", "location")
# A tag name must be plain words: Material prints tag names into its pages as they are.
_TAG_NAME = re.compile(r"^\w[\w '’.-]{0,63}$")


def article_path(doc_id: str) -> str:
    return f"articles/{doc_id}.md"


def sentence_link(doc_id: str, sentence_id: str) -> str:
    return f"{article_path(doc_id)}#{sentence_id}"


def entity_path(entity: EntityRecord) -> str:
    return f"entities/{entity.slug}.md"


@dataclass(frozen=True)
class Site:
    """What several pages share, computed once."""

    dossier: Dossier
    charts: ChartSettings
    newest_first: tuple[Facts, ...]
    by_mentions: tuple[EntityRecord, ...]
    speakers: dict[str, str]  # name or other spelling of a person or organization -> its entity page
    figures: tuple[tuple[Series, tuple[FigureRow, ...]], ...]  # main tolls first
    exports: tuple[str, ...]  # docs/-relative paths of the data files to download

    @classmethod
    def of(cls, dossier: Dossier, charts: ChartSettings, exports: tuple[str, ...]) -> Site:
        return cls(dossier, charts,
                   tuple(sorted(dossier.facts, key=lambda f: (f.document.date or "", f.id), reverse=True)),
                   tuple(sorted(dossier.entities, key=lambda e: (-len(e.mentions), e.canonical, e.type))),
                   {name: entity_path(e) for e in reversed(dossier.entities) if e.type in ("person", "organization")
                    for name in (*e.aliases, e.canonical)},
                   tuple((s, rows_of(s, dossier, sentence_link)) for s in main_series(dossier)), exports)


# --- home ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HomeContext:
    """index.md: the event on one screen."""

    dossier: Dossier
    key_figures: tuple[KeyFigure, ...]  # one per series, main tolls first
    chart_series: tuple[Series, ...]  # the main series of each main toll, one chart each (own scale)
    chart_size: tuple[int, int]
    latest: tuple[Facts, ...]  # most recent articles first
    top_entities: tuple[tuple[str, tuple[EntityRecord, ...]], ...]  # (type, most mentioned first)
    sources: int  # how many distinct sources: outlets and cited sources
    exports: tuple[tuple[str, str], ...]  # (file name, docs/-relative path) of the downloadable data


HOME_CHART = ("killed", "wounded", "arrested")  # the tolls the home charts draw, one chart each
HOME_CHART_SIZE = (360, 200)  # side by side: small enough that their labels keep their size


def home(site: Site) -> HomeContext:
    d = site.dossier
    keys = tuple(key_figure(s, rows) for s, rows in site.figures if rows)
    firsts = {s.category: s for s, _ in reversed(site.figures)}  # the main series of each category
    tolls = tuple(firsts[c] for c in HOME_CHART if c in firsts)
    exports = tuple((posixpath.basename(path), path) for path in site.exports)
    top = tuple((kind, tuple(e for e in site.by_mentions if e.type == kind)[:5]) for kind in TAGGED_TYPES)
    sources = {f.document.source for f in d.facts if f.document.source} | {s.name for s in d.sources}
    return HomeContext(d, keys[:6], tolls[:site.charts.max_series], HOME_CHART_SIZE,
                       site.newest_first[:10], top, len(sources), exports)


# --- articles -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleIndexContext:
    """articles/index.md: every article, most recent first."""

    dossier: Dossier
    articles: tuple[Facts, ...]


@dataclass(frozen=True)
class SentenceView:
    id: str  # the anchor a fact links to: p2-s1
    marks: tuple[Mark, ...]  # the text, its facts marked
    hedged: bool  # the sentence reports something uncertain or unconfirmed


@dataclass(frozen=True)
class ArticleContext:
    """articles/<id>.md: one article, its anchored sentences with their facts marked, and its facts."""

    dossier: Dossier
    facts: Facts
    paragraphs: tuple[tuple[SentenceView, ...], ...]  # paragraph 0 (the headline line) first
    entities: tuple[tuple[EntityRecord, str, tuple[str, ...]], ...]  # (entity, its page, other spellings)
    conflicts: frozenset[tuple[str, str]]  # (sentence, figure text) of figures another article contradicts
    tags: tuple[str, ...]  # people, organizations and places named, for Material's tags


def article(site: Site, facts: Facts) -> ArticleContext:
    marks = _article_marks(site, facts)
    hedged = {h.sentence for h in facts.hedges}
    paragraphs = tuple(tuple(SentenceView(s.id, marks[s.id], s.id in hedged)
                             for s in facts.sentences if s.paragraph == p.index)
                       for p in facts.document.paragraphs)
    filed = site.dossier.entity_of_mention
    named = dict.fromkeys(filed[m] for m in ((facts.id, e.sentence, e.text) for e in facts.entities) if m in filed)
    entities = tuple((e, entity_path(e), spellings(e)) for e in named)
    conflicts = frozenset((p.sentence, p.count.text) for s in site.dossier.series for p in s.points
                          if p.in_conflict and p.document == facts.id)
    tags = sorted({e.canonical for e, _, _ in entities if e.type in TAGGED_TYPES and _TAG_NAME.match(e.canonical)})
    return ArticleContext(site.dossier, facts, paragraphs, entities, conflicts, tuple(tags))


def _article_marks(site: Site, facts: Facts) -> dict[str, tuple[Mark, ...]]:
    spans: dict[str, list[Span]] = defaultdict(list)
    for q in facts.quotes:
        spans[q.sentence].append(Span(q.text, "quote", note=q.speaker or ""))
    for c in facts.counts:
        spans[c.sentence].append(Span(c.text, "count", note=c.category))
    filed = site.dossier.entity_of_mention
    for e in facts.entities:
        record = filed.get((facts.id, e.sentence, e.text))
        spans[e.sentence].append(Span(e.text, "entity", entity_path(record) if record else "", e.canonical))
    return {s.id: mark_sentence(s.text, spans[s.id]) for s in facts.sentences}


def spellings(entity: EntityRecord) -> tuple[str, ...]:
    """How else the entity is written: the articles' other spellings, and each one without accents."""
    written = {entity.canonical, *entity.aliases, *(text for _, _, text in entity.mentions)}
    forms = written | {unaccented(w) for w in written}
    return tuple(sorted(forms - {entity.canonical}, key=lambda w: (w.casefold(), w)))


# --- entities -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntityIndexContext:
    """entities/index.md: people, organizations, places and others, with their mention counts."""

    dossier: Dossier
    groups: tuple[tuple[str, tuple[EntityRecord, ...]], ...]  # (type, entities) in a fixed order


@dataclass(frozen=True)
class Mention:
    article: Facts
    sentence: str  # the sentence id
    marks: tuple[Mark, ...]  # the sentence, the entity marked in it


@dataclass(frozen=True)
class EntityContext:
    """entities/<slug>.md: one entity, every sentence that names it, its quotes and who it is named with."""

    dossier: Dossier
    entity: EntityRecord
    spellings: tuple[str, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[tuple[QuoteRecord, Facts], ...]
    co_mentions: tuple[tuple[CoMention, str], ...]  # (entity named in the same sentences, its page)
    source: SourceRecord | None  # when the articles also cite it as a source


def entity(site: Site, record: EntityRecord) -> EntityContext:
    d = site.dossier
    texts: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc_id, sid, text in record.mentions:
        texts[(doc_id, sid)].append(text)
    mentions = tuple(Mention(d.document(doc), sid, mark_sentence(d.document(doc).sentence(sid).text,
                                                                  [Span(t, "self") for t in words]))
                     for (doc, sid), words in texts.items())
    pages = {e.slug: entity_path(e) for e in d.entities}
    co = tuple((c, pages[c.slug]) for c in record.co_mentions if c.slug in pages)
    source = next((s for s in d.sources if s.entity == record.slug), None)
    return EntityContext(d, record, spellings(record), mentions,
                         tuple((q, d.document(q.document)) for q in record.quotes), co, source)


def entity_index(site: Site) -> EntityIndexContext:
    return EntityIndexContext(site.dossier, tuple(
        (kind, tuple(e for e in site.by_mentions if e.type == kind)) for kind in ENTITY_TYPES))


# --- figures, timeline, quotes, sources ---------------------------------------------------------------

@dataclass(frozen=True)
class FiguresContext:
    """figures/index.md: every series, its chart and the table of its figures."""

    dossier: Dossier
    figures: tuple[tuple[Series, tuple[FigureRow, ...]], ...]  # main tolls first
    chart_size: tuple[int, int]


@dataclass(frozen=True)
class TimelineContext:
    """timeline/index.md: dated sentences, in date order, grouped by day."""

    dossier: Dossier
    # (day, whether every event of that day takes its article's date, events); None: undated, last
    days: tuple[tuple[str | None, bool, tuple[tuple[TimelineEvent, Facts], ...]], ...]


def timeline(site: Site) -> TimelineContext:
    groups: dict[str | None, list[tuple[TimelineEvent, Facts]]] = defaultdict(list)
    for event in site.dossier.timeline:
        groups[event.date].append((event, site.dossier.document(event.document)))
    order = sorted(groups, key=lambda day: (day is None, day or ""))
    return TimelineContext(site.dossier, tuple((day, all(e.dated_by == "article" for e, _ in groups[day]),
                                                tuple(groups[day])) for day in order))


@dataclass(frozen=True)
class Speaker:
    name: str  # "" when the articles do not say who spoke
    page: str  # the speaker's entity page, or ""
    quotes: tuple[tuple[str, Facts, str], ...]  # (words, article, sentence id)


@dataclass(frozen=True)
class QuotesContext:
    """quotes/index.md: what is quoted, grouped by who said it; unattributed quotes last."""

    dossier: Dossier
    speakers: tuple[Speaker, ...]


def quotes(site: Site) -> QuotesContext:
    said: dict[str, list[tuple[str, Facts, str]]] = defaultdict(list)
    for f in site.dossier.facts:
        for q in f.quotes:
            said[q.speaker or ""].append((q.text, f, q.sentence))
    order = sorted(said, key=lambda name: (not name, name.casefold(), name))
    return QuotesContext(site.dossier, tuple(Speaker(n, site.speakers.get(n, ""), tuple(said[n])) for n in order))


@dataclass(frozen=True)
class SourcesContext:
    """sources/index.md: the outlets that published the articles, and the sources the articles cite."""

    dossier: Dossier
    outlets: tuple[tuple[str, tuple[Facts, ...]], ...]  # (outlet, its articles)
    cited: tuple[tuple[SourceRecord, str], ...]  # (source, its entity page or "")


def sources(site: Site) -> SourcesContext:
    outlets: dict[str, list[Facts]] = defaultdict(list)
    for f in site.dossier.facts:
        outlets[f.document.source or ""].append(f)
    order = sorted(outlets, key=lambda name: (not name, name.casefold(), name))
    pages = {e.slug: entity_path(e) for e in site.dossier.entities}
    cited = tuple((s, pages.get(s.entity or "", "")) for s in site.dossier.sources)
    return SourcesContext(site.dossier, tuple((o, tuple(outlets[o])) for o in order), cited)


@dataclass(frozen=True)
class TagsContext:
    """tags.md: Material's list of pages by tag (person, organization, place, figure)."""

    dossier: Dossier


INDEXES: dict[str, Callable[[Site], object]] = {
    "articles.md.j2": lambda site: ArticleIndexContext(site.dossier, site.newest_first),
    "figures.md.j2": lambda site: FiguresContext(site.dossier, site.figures, (site.charts.width, site.charts.height)),
    "timeline.md.j2": timeline,
    "entities.md.j2": entity_index,
    "quotes.md.j2": quotes,
    "sources.md.j2": sources,
    "tags.md.j2": lambda site: TagsContext(site.dossier),
}
