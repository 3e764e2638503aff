"""Dates written in the text, resolved against the document's date.

"le 6 janvier" in an article of 2022-01 is 2022-01-06: a day and month take the year of the
article. A weekday alone ("mardi", "on Thursday") is the latest such day on or before the
article's date; "hier" / "yesterday" are resolved by dateparser with the article's date as
RELATIVE_BASE: both need an article dated to the day. "un jeudi ordinaire", "every Monday"
are not dates. A year or a month alone is not resolved to a day and is left out.
"""

from __future__ import annotations

import datetime as dt
import re

import dateparser

from ..model import DateMention
from . import Analysis, extractor, shared

MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
          "January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY = "|".join(WEEKDAYS)
DATE = re.compile(
    rf"\b(?:(?:(?:{WEEKDAY}),?\s+)?(?P<dm>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<m1>{MONTHS})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?:(?:{WEEKDAY}),?\s+)?(?P<m2>{MONTHS})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<weekday>{WEEKDAY})(?:'s)?|(?P<relative>avant-hier|hier|yesterday|aujourd'hui|today))\b", re.I)
# "doit présenter … jeudi", "will meet on Friday", "jeudi prochain": a day to come.
FUTURE = re.compile(r"\b(?:doit|doivent|devra|devront|devrait|devraient|va|vont|sera|seront|prévue?s?|"
                    r"will|shall|is due|are due|is expected|are expected|next)\b[^.;]*$|^\s+(?:prochain|next)\b", re.I)
NOT_A_DATE = re.compile(r"\b(?:un|une|chaque|tous les|les|every|each|a)\s+$", re.I)


def _base(doc_date: str | None) -> dt.date | None:
    return dt.date.fromisoformat(doc_date) if doc_date and len(doc_date) == 10 else None


MONTH_NUMBERS = {name: k for k, names in enumerate((
    "janvier january jan", "février fevrier february feb", "mars march", "avril april", "mai may", "juin june",
    "juillet july", "août aout august aug", "septembre september sept sep", "octobre october oct",
    "novembre november nov", "décembre decembre december dec"), start=1) for name in names.split()}


def resolve(text: str, language: str, doc_date: str | None, future: bool = False) -> str | None:
    """ISO date of `text`, taking the year (and month) it lacks from the document's date; a
    weekday is the next one rather than the last when the text speaks of the `future`."""
    m = DATE.search(text)
    base = _base(doc_date)
    if m is None:
        return None
    if m.group("weekday"):
        if base is None:
            return None
        days = (base.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
        ahead = (WEEKDAYS[m.group("weekday").lower()] - base.weekday()) % 7
        return (base + dt.timedelta(days=ahead) if future else base - dt.timedelta(days=days)).isoformat()
    if m.group("relative"):
        if base is None:
            return None
        settings = {"RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)), "PREFER_DATES_FROM": "past"}
        parsed = dateparser.parse(m.group("relative"), languages=[language, "fr", "en"], settings=settings)
        return parsed.date().isoformat() if parsed else None
    month = MONTH_NUMBERS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
    year = m.group("y1") or m.group("y2") or (doc_date[:4] if doc_date else None)
    try:
        return dt.date(int(year), month, int(m.group("dm") or m.group("md"))).isoformat() if year else None
    except ValueError:
        return None  # "31 février"


@shared
def date_mentions(analysis: Analysis) -> list[DateMention]:
    out = []
    for sentence in analysis.sentences:
        for match in DATE.finditer(sentence.text):
            if match.group("weekday") and NOT_A_DATE.search(sentence.text[:match.start()]):
                continue
            if match.group("weekday") and re.match(r"s\b", sentence.text[match.end():]):
                continue  # "les jeudis", "on Mondays"
            future = bool(FUTURE.search(sentence.text[:match.start()]) or FUTURE.match(sentence.text[match.end():]))
            out.append(DateMention(match.group(0), resolve(match.group(0), analysis.language,
                                                           analysis.document.date, future), sentence.id))
    return out


@extractor("dates", "dates")
def extract_dates(analysis: Analysis) -> list[DateMention]:
    return list(date_mentions(analysis))
