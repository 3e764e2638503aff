"""Importing this module registers Dossier's own extractors."""

from . import counts, dates, entities, hedges, quotes, sources  # noqa: F401
