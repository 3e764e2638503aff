"""Typed data passed between the stages of a build.

Every value here is a frozen dataclass: stages take one and return another,
nothing is mutated in place. Each carries a `SourceRef` so that an error or a
citation can say where a thing came from.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Literal

SCHEMA_VERSION = 1

EntityType = Literal["person", "organization", "location", "other"]
CountCategory = Literal[
    "killed", "wounded", "arrested", "missing", "displaced", "participants", "other"
]
Qualifier = Literal[
    "exact", "at_least", "more_than", "at_most", "less_than", "about", "range"
]


@dataclass(frozen=True, order=True)
class SourceRef:
    """A place in a seed file: its path relative to the project, and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Seed:
    """A seed file as read from disk, before any decoding."""

    path: str  # relative to the project root, with forward slashes
    data: bytes


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document's body, as written (lines joined by spaces)."""

    index: int  # 0 is the headline line, body paragraphs count from 1
    text: str
    ref: SourceRef


@dataclass(frozen=True)
class Document:
    """A parsed seed: metadata and paragraphs, not yet split into sentences."""

    id: str
    path: str
    title: str
    date: str | None  # ISO 8601 at the precision the seed gives
    language: str | None  # None: to be detected
    source: str | None
    url: str | None
    paragraphs: tuple[Paragraph, ...]
    ref: SourceRef


@dataclass(frozen=True)
class Sentence:
    id: str  # anchor-safe, stable across rebuilds: p2-s1
    text: str
    paragraph: int
    ref: SourceRef


@dataclass(frozen=True)
class Entity:
    text: str
    type: EntityType
    canonical: str
    sentence: str


@dataclass(frozen=True)
class Count:
    category: CountCategory
    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    who: str | None
    attributed_to: str | None
    date: str | None
    sentence: str
    text: str


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    sentence: str


@dataclass(frozen=True)
class Source:
    name: str
    sentence: str


@dataclass(frozen=True)
class DateMention:
    text: str
    value: str | None
    sentence: str


@dataclass(frozen=True)
class Hedge:
    text: str
    sentence: str


Fact = Entity | Count | Quote | Source | DateMention | Hedge


@dataclass(frozen=True)
class Facts:
    """Everything read from one document: the unit of the facts contract."""

    document: Document
    language: str
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    counts: tuple[Count, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    dates: tuple[DateMention, ...] = ()
    hedges: tuple[Hedge, ...] = ()

    @property
    def id(self) -> str:
        return self.document.id

    def sentence(self, sentence_id: str) -> Sentence:
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(sentence_id)


@dataclass(frozen=True)
class FactRef:
    """A fact located in the dossier: its article, its sentence, its kind and the words it was read from."""

    document: str
    sentence: str
    kind: str  # "count", "quote", "entity", "source", "date", "hedge"
    text: str


CorrectionAction = Literal["reject", "fix", "merge", "split", "rename"]


@dataclass(frozen=True)
class Correction:
    """One entry of the corrections file (`seeds/corrections.yaml`), written by hand.

    - reject: drop the facts of kind `kind` that the selectors match;
    - fix: set `changes` on the facts of kind `kind` that the selectors match;
    - merge: file the entities `names` under one, named `into` (default: the first);
    - split: move the mentions of the entity `names[0]` that the selectors match to a new entity `into`;
    - rename: file the entity `names[0]` under the name `into`.
    Selectors (`article`, `sentence`, `text`) match when every one given agrees.
    """

    action: CorrectionAction
    ref: SourceRef  # the file and line of the entry
    kind: str = ""  # reject/fix: "count", "quote", "entity", "source" or "date"
    article: str | None = None
    sentence: str | None = None
    text: str | None = None
    names: tuple[str, ...] = ()
    into: str | None = None
    changes: tuple[tuple[str, object], ...] = ()  # fix: (field, new value), sorted by field
    type: EntityType | None = None  # split: the new entity's type (default: the same)
    reason: str = ""

    def describe(self) -> str:
        """A one-line summary for messages: 'fix count (article a, text '164'): value=160'."""
        target = self.kind or ", ".join(repr(n) for n in self.names)
        where = ", ".join(f"{k} {v!r}" for k, v in (("article", self.article), ("sentence", self.sentence),
                                                     ("text", self.text)) if v)
        text = f"{self.action} {target}" + (f" ({where})" if where else "")
        if self.changes:
            text += ": " + ", ".join(f"{k}={v!r}" for k, v in self.changes)
        return text + (f" -> {self.into!r}" if self.into else "")


@dataclass(frozen=True)
class AppliedCorrection:
    """A correction and what it changed; `matched` empty means it matched nothing (a warning)."""

    correction: Correction
    matched: tuple[FactRef, ...]


@dataclass(frozen=True)
class QuoteRecord:
    """Words a person or organization is quoted saying, in one sentence of one article."""

    text: str
    document: str
    sentence: str


@dataclass(frozen=True)
class CoMention:
    """Another entity named in the same sentences as this one."""

    canonical: str
    slug: str
    sentences: int  # how many sentences name both


@dataclass(frozen=True)
class EntityRecord:
    """One canonical entity across the dossier, with where it is mentioned."""

    canonical: str
    type: EntityType
    slug: str
    mentions: tuple[tuple[str, str, str], ...]  # (document id, sentence id, text as written)
    aliases: tuple[str, ...] = ()  # every other way the articles write it, sorted
    reference: str | None = None  # gazetteer id when one knows it: "iso3166:KZ", "geonames:1526384"
    quotes: tuple[QuoteRecord, ...] = ()  # people and organizations: what they are quoted saying
    co_mentions: tuple[CoMention, ...] = ()  # most shared sentences first
    corrections: tuple[Correction, ...] = ()  # merges, splits, renames made by hand

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({doc for doc, _, _ in self.mentions}))


# Where a date comes from: the figure itself, another date in its sentence, the article's date, or nowhere.
DatedBy = Literal["count", "sentence", "article", "none"]


@dataclass(frozen=True)
class SeriesPoint:
    """One figure of a series, as one article gives it."""

    count: Count  # the figure, after any correction by hand
    document: str
    date: str | None  # the date the figure refers to, else the date its sentence gives, else the article's
    dated_by: DatedBy  # where `date` comes from
    latest: bool = False  # dated the series' latest date
    conservative: bool = False  # the lowest of the figures at the latest date (ACLED's rule)
    in_conflict: bool = False  # another figure of the series disagrees for the same date
    extracted: Count | None = None  # the figure as read, when a correction by hand changed it
    corrections: tuple[Correction, ...] = ()

    @property
    def sentence(self) -> str:
        return self.count.sentence

    @property
    def bounds(self) -> tuple[int, int]:
        """(low, high): the figure as an interval, for comparing two figures."""
        c = self.count
        low = c.low if c.low is not None else (c.value or 0)
        return (low, c.high if c.high is not None else low)


@dataclass(frozen=True)
class Conflict:
    """Figures of one series that disagree for one date: shown together, never averaged or dropped."""

    date: str
    points: tuple[SeriesPoint, ...]  # in series order

    @property
    def conservative(self) -> SeriesPoint:
        return min(self.points, key=lambda p: p.bounds)


@dataclass(frozen=True)
class Series:
    """The history of one figure: counts of one category for one group of people, across articles."""

    key: str  # slug, unique in the dossier: "killed-security-forces"
    category: CountCategory
    group: str  # "security_forces", "civilians", "protesters", "children", "all", or the group as written
    label: str  # the group as the articles most often write it ("" for everyone)
    points: tuple[SeriesPoint, ...]  # by date, then article date, article, sentence
    conflicts: tuple[Conflict, ...] = ()

    @property
    def latest_date(self) -> str | None:
        return max((p.date for p in self.points if p.date), default=None)


@dataclass(frozen=True)
class TimelineEvent:
    """A sentence that dates something: a resolved date, a toll, an arrest, a statement."""

    date: str | None
    dated_by: DatedBy
    document: str
    sentence: str
    text: str  # the sentence
    kinds: tuple[str, ...]  # sorted: "arrest", "count", "date", "statement", "toll"


@dataclass(frozen=True)
class Citation:
    """One sentence where an article cites a source, and the facts that sentence gives."""

    document: str
    sentence: str
    facts: tuple[FactRef, ...]


@dataclass(frozen=True)
class SourceRecord:
    """Who or what the articles cite as the origin of their information."""

    name: str
    slug: str
    entity: str | None  # slug of the entity this source is, when it is one
    citations: tuple[Citation, ...]  # in article order

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({c.document for c in self.citations}))


@dataclass(frozen=True)
class Dossier:
    """The cross-document model, built once from the facts of every document."""

    title: str
    language: str
    facts: tuple[Facts, ...]  # ordered by date, then id; hand corrections applied
    entities: tuple[EntityRecord, ...] = field(default=())
    series: tuple[Series, ...] = ()  # by category, then group
    timeline: tuple[TimelineEvent, ...] = ()  # in date order
    sources: tuple[SourceRecord, ...] = ()  # most cited first
    corrections: tuple[AppliedCorrection, ...] = ()  # in file order
    warnings: tuple[str, ...] = ()  # "seeds/corrections.yaml:12: ..." for corrections that matched nothing

    def document(self, doc_id: str) -> Facts:
        for f in self.facts:
            if f.id == doc_id:
                return f
        raise KeyError(doc_id)

    @functools.cached_property
    def entity_of_mention(self) -> dict[tuple[str, str, str], EntityRecord]:
        """(document id, sentence id, text as written) -> the entity that mention is filed under.

        An article's own `Entity.canonical` is the extraction's name for it; this says where the
        dossier filed it after matching names across articles and corrections by hand."""
        return {m: e for e in self.entities for m in e.mentions}

    @functools.cached_property
    def corrections_by_sentence(self) -> dict[tuple[str, str], tuple[Correction, ...]]:
        """(document id, sentence id) -> the corrections by hand that changed a fact read there."""
        found: dict[tuple[str, str], list[Correction]] = {}
        for applied in self.corrections:
            for ref in dict.fromkeys((m.document, m.sentence) for m in applied.matched):
                found.setdefault(ref, []).append(applied.correction)
        return {ref: tuple(cs) for ref, cs in sorted(found.items())}

    def entity(self, slug: str) -> EntityRecord:
        for e in self.entities:
            if e.slug == slug:
                return e
        raise KeyError(slug)
