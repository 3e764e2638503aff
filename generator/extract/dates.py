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
          "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?|(?:janv|févr|sept|oct|nov|déc)\\.")
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY = "|".join(WEEKDAYS)
DATE = re.compile(
    rf"\b(?:(?:(?:{WEEKDAY}),?\s+)?(?P<dm>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<m1>{MONTHS})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?:(?:{WEEKDAY}),?\s+)?(?P<m2>{MONTHS})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<weekday>{WEEKDAY})(?:'s)?|(?P<relative>avant-hier|hier|yesterday|aujourd'hui|today))(?!\w)", re.I)
# "doit présenter … jeudi", "will meet on Friday", "jeudi prochain": a day to come.
FUTURE = re.compile(r"\b(?:doit|doivent|devra|devront|devrait|devraient|devait|devaient|va|vont|sera|seront|"
                    r"prévue?s?|attendue?s?|à partir de|fixée?s? (?:au|à)|reportée?s? (?:au|à)|renvoyée?s? (?:au|à)|"
                    r"will|would|shall|is due|are due|is expected|are expected|scheduled|set to|next|promis de|"
                    r"promised to|plans? to|prévoit de|s['’]est engagée? à|pledged to|adjourned|postponed|forecast|"
                    r"appel(?:é|ée|és|ées|le|lent) à|called for|calls? for)\b[^.;]*$"
                    r"|^\s+(?:prochain|next)\b", re.I)
UNTIL = re.compile(r"\b(?:jusqu['’]à|until|till|d['’]ici|d['’]ici à)\s+(?:au moins\s+|at least\s+)?$", re.I)
PAIRED = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:et|and|ou|or|au|to|-)\s+$")  # "les 7 | et 11 février"
NOT_A_DATE = re.compile(r"\b(?:un|une|chaque|tous les|les|every|each|a)\s+$", re.I)


def _told_as_past(token) -> bool:
    """A finite verb in a past tense ("restaient", "stayed", "were held"), not a present perfect
    ("a placé le département en vigilance jusqu'à mercredi": a state that runs on)."""
    tense, form = token.morph.get("Tense"), token.morph.get("VerbForm")
    imperfect = token.lang_ == "fr" and token.lower_.endswith(("ait", "aient"))  # "restaient", at times tagged a participle
    return token.pos_ in {"AUX", "VERB"} and ("Imp" in tense or imperfect or token.tag_ == "VBD"
                                              or "Past" in tense and "Fin" in form)


def _base(doc_date: str | None) -> dt.date | None:
    return dt.date.fromisoformat(doc_date) if doc_date and len(doc_date) == 10 else None


AHEAD = dt.timedelta(days=31)  # a day and month without year further ahead than this is in the year before
MONTH_NUMBERS = {name: k for k, names in enumerate((
    "janvier january jan janv", "février fevrier february feb févr", "mars march mar", "avril april apr", "mai may",
    "juin june jun", "juillet july jul", "août aout august aug", "septembre september sept sep",
    "octobre october oct", "novembre november nov", "décembre decembre december dec déc"), start=1) for name in names.split()}


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
        day = dt.date(int(year), month, int(m.group("dm") or m.group("md"))) if year else None
    except ValueError:
        return None  # "31 février"
    if day and base and not (m.group("y1") or m.group("y2")) and not future and day - base > AHEAD:
        day = _year_before(day)  # "on Aug. 4" in an article of March: last August
    if day and base and not (m.group("y1") or m.group("y2")) and future and base - day > AHEAD:
        day = _year_after(day)  # "l'audience a été fixée au 5 février" in an article of November: next February
    return day.isoformat() if day else None


def _year_before(day: dt.date) -> dt.date | None:
    return _shifted(day, -1)


def _year_after(day: dt.date) -> dt.date | None:
    return _shifted(day, 1)


def _shifted(day: dt.date, years: int) -> dt.date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return None  # 29 February


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence writes a day of the month ("Dec. 20, 2016", "les 24 et 25 décembre"):
    the figures there are days and years, not counts."""
    spans = []
    for match in DATE.finditer(text):
        if match.group("dm") or match.group("md"):
            paired = PAIRED.search(text[:match.start()])
            spans.append((paired.start() if paired else match.start(), match.end()))
    return spans


@shared
def date_mentions(analysis: Analysis) -> list[DateMention]:
    out = []
    for sentence, span in analysis.spans():
        offset = span.start_char + span.text.find(sentence.text)
        for match in DATE.finditer(sentence.text):
            if match.group("weekday") and NOT_A_DATE.search(sentence.text[:match.start()]):
                continue
            if match.group("weekday") and re.match(r"s\b", sentence.text[match.end():]):
                continue  # "les jeudis", "on Mondays"
            future = bool(FUTURE.search(sentence.text[:match.start()]) or FUTURE.match(sentence.text[match.end():])
                          or any("Fut" in t.morph.get("Tense") for t in span if t.idx < offset + match.start())
                          or UNTIL.search(sentence.text[:match.start()])
                          and not any(_told_as_past(t) for t in span))
            that_year = re.match(r"\s+(?:that year|the same year|cette année-là|la même année)", sentence.text[match.end():])
            years = re.findall(r"\b(?:19|20)\d\d\b", sentence.text[:match.start()])
            if that_year and years and (match.group("dm") or match.group("md")):
                text = f"{match.group(0)} {years[-1]}"  # "In April 2024, ... on 25 February that year"
                out.append(DateMention(match.group(0), resolve(text, analysis.language, None), sentence.id))
                continue
            paired = PAIRED.search(sentence.text[:match.start()]) \
                if match.group(0).startswith(match.group("dm") or "@") else None
            if paired:  # "les 7 et 11 février": the first day takes the month of the second
                first = paired.group(1) + match.group(0)[len(match.group("dm")):]
                out.append(DateMention(sentence.text[paired.start(1):paired.end(1)],
                                       resolve(first, analysis.language, analysis.document.date, future), sentence.id))
            out.append(DateMention(match.group(0), resolve(match.group(0), analysis.language,
                                                           analysis.document.date, future), sentence.id))
    return out


@extractor("dates", "dates")
def extract_dates(analysis: Analysis) -> list[DateMention]:
    return list(date_mentions(analysis))
