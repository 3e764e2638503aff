"""Typed data passed between the stages of a build.

Every value here is a frozen dataclass: stages take one and return another,
nothing is mutated in place. Each carries a `SourceRef` so that an error or a
citation can say where a thing came from.
"""

from __future__ import annotations

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
class EntityRecord:
    """One canonical entity across the dossier, with where it is mentioned."""

    canonical: str
    type: EntityType
    slug: str
    mentions: tuple[tuple[str, str, str], ...]  # (document id, sentence id, text as written)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({doc for doc, _, _ in self.mentions}))


@dataclass(frozen=True)
class Dossier:
    """The cross-document model, built once from the facts of every document."""

    title: str
    language: str
    facts: tuple[Facts, ...]  # ordered by date, then id
    entities: tuple[EntityRecord, ...] = field(default=())

    def document(self, doc_id: str) -> Facts:
        for f in self.facts:
            if f.id == doc_id:
                return f
        raise KeyError(doc_id)
