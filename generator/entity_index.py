"""The dossier's entities: every mention filed under one canonical entity, with the
articles it appears in, the entities named with it and, for people and
organizations, what they are quoted saying."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from .canonical import TYPE_ORDER, Name, group_names, name_key
from .curation import Draft, apply_entity_corrections
from .model import CoMention, Correction, EntityRecord, FactRef, Facts, QuoteRecord
from .slug import unique_slugs

QUOTED_TYPES = ("person", "organization")


def draft_entities(facts: tuple[Facts, ...], language: str) -> list[Draft]:
    """Group every mention by the entity it names, before corrections by hand."""
    mentions = [(f.id, e.sentence, e.text, e.canonical, e.type) for f in facts for e in f.entities]
    languages = {f.id: f.language for f in facts}
    types: dict[str, Counter] = defaultdict(Counter)
    in_language: Counter = Counter()
    for doc, _, _, name, kind in mentions:
        types[name][kind] += 1
        in_language[name] += languages[doc] == language
    names = [Name(name, min(kinds, key=lambda k: (-kinds[k], TYPE_ORDER.index(k))), sum(kinds.values()), in_language[name])
             for name, kinds in sorted(types.items())]
    drafts: dict[str, Draft] = {}
    filed: dict[str, Draft] = {}
    for group in group_names(names, language):
        draft = drafts.setdefault(group.canonical, Draft(group.canonical, group.type, group.reference, []))
        filed.update((name, draft) for name in group.names)
    for m in mentions:
        filed[m[3]].mentions.append(m[:4])
    return list(drafts.values())


def index_entities(facts: tuple[Facts, ...], language: str, corrections: tuple[Correction, ...] = ()
                   ) -> tuple[tuple[EntityRecord, ...], dict[Correction, list[FactRef]], list[str]]:
    """The entity records of the dossier, what each entity correction matched, and warnings."""
    drafts, matched, warnings = apply_entity_corrections(draft_entities(facts, language), corrections)
    order = {(f.id, s.id): (i, j) for i, f in enumerate(facts) for j, s in enumerate(f.sentences)}
    slugs = unique_slugs([(d.canonical, d.type) for d in drafts])
    records = []
    for d in drafts:
        mentions = sorted(d.mentions, key=lambda m: (order.get(m[:2], (0, 0)), m[2]))
        records.append(EntityRecord(
            canonical=d.canonical, type=d.type, slug=slugs[(d.canonical, d.type)],
            mentions=tuple(m[:3] for m in mentions),
            aliases=tuple(sorted({t for m in mentions for t in m[2:4]} - {d.canonical})),
            reference=d.reference, corrections=tuple(d.corrections)))
    records = _with_quotes(facts, _with_co_mentions(records))
    return tuple(sorted(records, key=lambda e: (e.type, e.canonical.casefold(), e.canonical))), matched, warnings


def entity_resolver(entities: Iterable[EntityRecord]) -> Callable[[str | None], str | None]:
    """`resolve(name)`: the canonical name of the entity the dossier knows by `name`, or None."""
    known: dict[str, str] = {}
    for e in sorted(entities, key=lambda e: (-len(e.mentions), e.canonical)):
        for name in (e.canonical, *e.aliases):
            known.setdefault(name_key(name), e.canonical)
    return lambda name: known.get(name_key(name)) if name else None


def _with_quotes(facts: tuple[Facts, ...], records: list[EntityRecord]) -> list[EntityRecord]:
    """People and organizations with what they are quoted saying."""
    resolve = entity_resolver(records)
    said: dict[str, list[QuoteRecord]] = defaultdict(list)
    for f in facts:
        for q in f.quotes:
            said[resolve(q.speaker) or ""].append(QuoteRecord(q.text, f.id, q.sentence))
    return [dataclasses.replace(e, quotes=tuple(said[e.canonical])) if e.type in QUOTED_TYPES else e
            for e in records]


def _with_co_mentions(records: list[EntityRecord]) -> list[EntityRecord]:
    """Each entity with the others named in the same sentences, most shared sentences first."""
    by_sentence: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, e in enumerate(records):
        for doc, sid, _ in e.mentions:
            by_sentence[(doc, sid)].add(i)
    out = []
    for i, e in enumerate(records):
        shared: Counter = Counter()
        for place in {(doc, sid) for doc, sid, _ in e.mentions}:
            shared.update(by_sentence[place] - {i})
        co = sorted((CoMention(records[j].canonical, records[j].slug, n) for j, n in shared.items()),
                    key=lambda c: (-c.sentences, c.canonical.casefold(), c.slug))
        out.append(dataclasses.replace(e, co_mentions=tuple(co)))
    return out
