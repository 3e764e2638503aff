"""Dates written in the text, resolved against the document's date."""

from __future__ import annotations

import re

import dateparser

from ..model import DateMention
from . import Analysis, extractor

MONTHS = {
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
}


def _pattern(language: str) -> re.Pattern:
    months = MONTHS.get(language, MONTHS["en"])
    return re.compile(rf"\b(?:\d{{1,2}}(?:er)? (?:{months})|(?:{months}) \d{{1,2}})(?: \d{{4}})?\b", re.I)


def resolve(text: str, language: str, doc_date: str | None) -> str | None:
    """ISO date of `text`, taking the year (and month) it lacks from the document's date."""
    base_year = int(doc_date[:4]) if doc_date else None
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month"]}
    parsed = dateparser.parse(text, languages=[language], settings=settings)
    if parsed is None:
        return None
    if not re.search(r"\d{4}", text) and base_year:
        parsed = parsed.replace(year=base_year)
    return parsed.date().isoformat()


@extractor("dates", "dates")
def extract_dates(analysis: Analysis) -> list[DateMention]:
    pattern = _pattern(analysis.language)
    out = []
    for sentence in analysis.sentences:
        for match in pattern.finditer(sentence.text):
            out.append(DateMention(match.group(0), resolve(match.group(0), analysis.language,
                                                           analysis.document.date), sentence.id))
    return out
