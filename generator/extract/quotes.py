"""Quoted words and who said them."""

from __future__ import annotations

import re

from ..model import Quote
from . import Analysis, extractor
from .entities import clean_name

QUOTED = re.compile(r"«\s*(?P<a>[^»]+?)\s*»|“(?P<b>[^”]+)”|\"(?P<c>[^\"]+)\"")


@extractor("quotes", "quotes")
def extract_quotes(analysis: Analysis) -> list[Quote]:
    out = []
    for sentence, span in analysis.spans():
        speakers = [clean_name(e.text) for e in span.ents if e.label_ in {"PER", "PERSON", "ORG"}]
        for match in QUOTED.finditer(sentence.text):
            words = next(g for g in match.groups() if g)
            out.append(Quote(words.strip(), speakers[0] if speakers else None, sentence.id))
    return out
