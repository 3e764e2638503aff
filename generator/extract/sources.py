"""Who the text cites as the origin of its information."""

from __future__ import annotations

import re

from ..model import Source
from . import Analysis, extractor
from .entities import clean_name

CITED = re.compile(
    r"\b(?:selon|d'après|cit[ée]e?s? par|according to|quoted by)\s+(?P<name>(?:l['’]|la |le |les |un |une |the )?"
    r"[\w’'-]+(?: (?:de |du |des |d['’])?[A-Z][\w’'-]+)*(?: officiel)?)", re.I)


@extractor("sources", "sources")
def extract_sources(analysis: Analysis) -> list[Source]:
    out = []
    for sentence in analysis.sentences:
        for match in CITED.finditer(sentence.text):
            name = clean_name(match.group("name"))
            if name and name.lower() not in {"ses termes", "lui", "elle", "eux"}:
                out.append(Source(name, sentence.id))
    return out
