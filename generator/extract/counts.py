"""Numbers of people affected: killed, wounded, arrested..."""

from __future__ import annotations

import re

from text_to_num import alpha2digit

from ..model import Count
from . import Analysis, extractor

CATEGORIES = (
    ("killed", r"tu[ée]s?|morts?|décédé\w*|killed|dead|died"),
    ("wounded", r"bless[ée]s?|injured|wounded"),
    ("arrested", r"arrêt[ée]e?s?|interpell[ée]e?s?|détenu\w*|arrested|detained"),
    ("missing", r"disparus?|missing"),
    ("displaced", r"déplacé\w*|displaced|évacué\w*|evacuated"),
    ("participants", r"manifestants|protesters|demonstrators"),
)
QUALIFIERS = (
    ("at_least", r"au moins|at least"), ("more_than", r"plus d['e]|more than|over"),
    ("about", r"environ|près d['e]|quelque|about|nearly|around"), ("at_most", r"jusqu'à|up to"),
    ("less_than", r"moins d['e]|less than|fewer than"),
)
NOT_PEOPLE = (r"\s*(?:%|ans\b|years\b|jours\b|days\b|heures\b|hours\b|"
              r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
              r"January|February|March|April|May|June|July|August|September|October|November|December)")
NUMBER = re.compile(r"(?<![\w-])(\d{1,3}(?:[   ]\d{3})+|\d+)(?![\w-]|[,.]\d)")


@extractor("counts", "counts")
def extract_counts(analysis: Analysis) -> list[Count]:
    out = []
    for sentence in analysis.sentences:
        text = alpha2digit(sentence.text, analysis.language, threshold=0) \
            if analysis.language in {"fr", "en"} else sentence.text
        for match in NUMBER.finditer(text):
            after = text[match.end(): match.end() + 80]
            category = next((c for c, words in CATEGORIES if re.search(rf"\b(?:{words})\b", after, re.I)), None)
            if category is None or re.match(NOT_PEOPLE, after, re.I):
                continue
            before = text[max(0, match.start() - 20): match.start()]
            qualifier = next((q for q, words in QUALIFIERS if re.search(rf"(?:{words})\s*$", before, re.I)),
                             "exact")
            value = int(re.sub(r"\D", "", match.group(1)))
            who = re.match(r"\s*([^,.;]*?)\s+(?:ont|a|avaient|have|were|had)\b", after)
            out.append(Count(category=category, value=value, low=value, high=value, qualifier=qualifier,
                             who=who.group(1) if who else None, attributed_to=None, date=None,
                             sentence=sentence.id, text=match.group(0)))
    return out
