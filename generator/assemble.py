"""The facts of every document -> one `Dossier`: canonical entities, the series of
every figure with its conflicts, the timeline, the sources, and the corrections
made by hand."""

from __future__ import annotations

import logging
from collections import Counter

from .config import Settings
from .curation import apply_fact_corrections, applied_corrections
from .entity_index import entity_resolver, index_entities
from .model import Correction, Dossier, Facts
from .series import build_series
from .sources import build_sources
from .timeline import build_timeline

log = logging.getLogger(__name__)


def assemble(all_facts: list[Facts], settings: Settings, corrections: tuple[Correction, ...] = ()) -> Dossier:
    """The dossier of `all_facts`, with the corrections made by hand applied."""
    dossier = assemble_dossier(all_facts, settings.title, settings.language, corrections)
    for warning in dossier.warnings:
        log.warning("%s", warning)
    return dossier


def assemble_dossier(all_facts: list[Facts], title: str, language: str = "",
                     corrections: tuple[Correction, ...] = ()) -> Dossier:
    """Order the documents, apply the corrections, then gather entities, series, timeline and sources."""
    ordered = tuple(sorted(all_facts, key=lambda f: (f.document.date or "", f.id)))
    language = language or _main_language(ordered)
    facts, revisions, fact_matches = apply_fact_corrections(ordered, corrections)
    entities, entity_matches, entity_warnings = index_entities(facts, language, corrections)
    applied, warnings = applied_corrections(corrections, fact_matches, entity_matches)
    return Dossier(title=title, language=language, facts=facts, entities=entities,
                   series=build_series(facts, revisions), timeline=build_timeline(facts),
                   sources=build_sources(facts, entities, entity_resolver(entities)),
                   corrections=applied, warnings=tuple(sorted(warnings + entity_warnings)))


def _main_language(facts: tuple[Facts, ...]) -> str:
    counts = Counter(f.language for f in facts)
    return min(counts, key=lambda lang: (-counts[lang], lang)) if counts else "en"
