"""Who the articles cite: each source, the articles that cite it, and the facts each
citing sentence gives (figures, quotes, dates)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from .canonical import name_key
from .curation import fact_ref
from .model import Citation, EntityRecord, FactRef, Facts, SourceRecord
from .slug import unique_slugs

CITED_FACTS = (("count", "counts"), ("quote", "quotes"), ("date", "dates"), ("hedge", "hedges"))


def source_name(name: str, sentence_entities: list[str], resolve: Callable[[str], str | None]) -> str:
    """The name a source is filed under: the entity it is ('chaîne publique Khabar-24' -> 'Khabar-24')."""
    whole = resolve(name)
    if whole:
        return whole
    key = f" {name_key(name)} "
    inside = [e for e in sentence_entities if f" {name_key(e)} " in key]
    return resolve(max(inside, key=len)) or name if inside else name


def build_sources(facts: tuple[Facts, ...], entities: tuple[EntityRecord, ...],
                  resolve: Callable[[str], str | None]) -> tuple[SourceRecord, ...]:
    """Every cited source (named by the text as a source, or as giving a figure), most cited first."""
    cited: dict[str, dict[tuple[str, str], None]] = defaultdict(dict)
    names: dict[str, str] = {}
    order = {(f.id, s.id): (i, j) for i, f in enumerate(facts) for j, s in enumerate(f.sentences)}
    by_id = {f.id: f for f in facts}
    for f in facts:
        in_sentence: dict[str, list[str]] = defaultdict(list)
        for e in f.entities:
            in_sentence[e.sentence].append(e.text)
        given = [(s.name, s.sentence) for s in f.sources]
        given += [(c.attributed_to, c.sentence) for c in f.counts if c.attributed_to]
        for name, sentence in given:
            filed = source_name(name, in_sentence[sentence], resolve)
            names.setdefault(name_key(filed), filed)
            cited[name_key(filed)][(f.id, sentence)] = None
    slugs = unique_slugs([(names[k],) for k in cited])
    entity_slugs = {e.canonical: e.slug for e in entities}
    records = [SourceRecord(names[k], slugs[(names[k],)], entity_slugs.get(names[k]),
                            tuple(Citation(doc, sid, _facts_of(by_id[doc], sid))
                                  for doc, sid in sorted(places, key=lambda p: order[p])))
               for k, places in cited.items()]
    return tuple(sorted(records, key=lambda r: (-len(r.citations), r.name.casefold(), r.slug)))


def _facts_of(f: Facts, sentence: str) -> tuple[FactRef, ...]:
    return tuple(fact_ref(f.id, kind, fact) for kind, field in CITED_FACTS for fact in getattr(f, field)
                 if fact.sentence == sentence)

