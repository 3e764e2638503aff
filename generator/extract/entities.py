"""People, organisations and places: spaCy's named entities, cleaned and given a canonical name."""

from __future__ import annotations

import re

from ..model import Entity
from . import Analysis, extractor

LABELS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "location",
          "GPE": "location", "MISC": "other"}
ARTICLE = re.compile(r"^(?:l['’]|la |le |les |the )", re.I)


def clean_name(text: str) -> str:
    """'l'Arménie' -> 'Arménie': no article, elision or surrounding punctuation."""
    return ARTICLE.sub("", text.strip(" \t«»\"“”'’,.;:()")).strip()


@extractor("entities", "entities")
def extract_entities(analysis: Analysis) -> list[Entity]:
    found = []
    for doc in analysis.docs:
        for ent in doc.ents:
            name = clean_name(ent.text)
            if len(name) < 2 or not name[0].isupper():
                continue
            found.append((name, LABELS.get(ent.label_, "other"), analysis.sentence_id(ent)))
    persons = [n for n, t, _ in found if t == "person"]
    return [Entity(text=name, type=kind, canonical=_canonical(name, kind, persons), sentence=sid)
            for name, kind, sid in found]


def _canonical(name: str, kind: str, persons: list[str]) -> str:
    """A surname alone is filed under the longest full name of the document that ends with it."""
    if kind == "person" and " " not in name:
        longer = [p for p in persons if p != name and p.split()[-1] == name]
        if longer:
            return max(longer, key=len)
    return name
