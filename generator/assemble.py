"""The facts of every document -> one `Dossier`."""

from __future__ import annotations

from collections import Counter, defaultdict

from .config import Settings
from .model import Dossier, EntityRecord, Facts
from .slug import unique_slugs


def assemble(all_facts: list[Facts], settings: Settings) -> Dossier:
    """Order the documents, group entity mentions by canonical name, pick the site language."""
    ordered = tuple(sorted(all_facts, key=lambda f: (f.document.date or "", f.id)))
    return Dossier(title=settings.title, language=settings.language or _main_language(ordered),
                   facts=ordered, entities=_entities(ordered))


def _main_language(facts: tuple[Facts, ...]) -> str:
    counts = Counter(f.language for f in facts)
    return min(counts, key=lambda lang: (-counts[lang], lang)) if counts else "en"


def _entities(facts: tuple[Facts, ...]) -> tuple[EntityRecord, ...]:
    mentions: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for f in facts:
        for e in f.entities:
            mentions[(e.canonical, e.type)].append((f.id, e.sentence, e.text))
    slugs = unique_slugs(list(mentions))
    return tuple(EntityRecord(canonical=name, type=kind, slug=slugs[(name, kind)],
                              mentions=tuple(mentions[(name, kind)]))
                 for name, kind in sorted(mentions, key=lambda k: (k[1], k[0].casefold(), k[0])))
