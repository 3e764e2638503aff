"""Figures as series: the counts of one category for one group of people, across
articles, in the order of the date they refer to.

Every figure is kept. Two figures of one series that disagree for one day are a
conflict, shown as such; the latest figures are marked, and among them the most
conservative (the lowest), the one ACLED would code.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from .canonical import name_key
from .curation import Revisions
from .model import Conflict, Count, Facts, Series, SeriesPoint
from .slug import slugify
from .timeline import sentence_date

# Groups counted, recognised in the words the articles use (accents and case set aside).
GROUPS = (
    ("security_forces", r"forces?|polici\w*|militaires?|soldats?|gendarmes?|"
                        r"agents?|securite|security|police\w*|officers?|soldiers?|troops?|servicem[ae]n|"
                        r"law enforcement"),
    ("civilians", r"civils?|civilians?"),
    ("protesters", r"manifestants?|emeutiers?|protesters?|demonstrators?|rioters?|assaillants?|attackers?|"
                   r"insurges?|insurgents?|terroristes?|terrorists?|bandits?"),
    ("rescuers", r"secouristes?|sauveteurs?|pompiers?|rescuers?|rescue workers?|firefighters?"),
    ("children", r"enfants?|mineurs?|children|minors?"),
    # Everyone: no group named, or only words for people or for the category itself ('353 autres blessés').
    ("all", r"(?:(?:personnes?|gens|people|persons?|victimes?|victims?|au total|en tout|in all|in total|total|"
            r"autres?|others?|morts?|tues?|dead|killed|blesses?|injured|wounded|"
            r"arretes?|arrested|detained|disparus?|missing|deplaces?|displaced)\s*)*"),
)
GROUP_ORDER = [g for g, _ in GROUPS]
CATEGORY_ORDER = ("killed", "wounded", "missing", "arrested", "displaced", "participants", "other")


def group_of(who: str | None) -> str:
    """The group a count is of: 'membres des forces de l'ordre' -> 'security_forces'; None -> 'all'."""
    key = name_key(who or "")
    for group, pattern in GROUPS:
        if group == "all":
            if re.fullmatch(pattern, key):
                return group
        elif re.search(rf"\b(?:{pattern})\b", key):
            return group
    return slugify(key)


def build_series(facts: tuple[Facts, ...], revisions: Revisions | None = None) -> tuple[Series, ...]:
    """Every count of the dossier in a series by (category, group), with conflicts and marks."""
    revisions = revisions or {}
    order = {(f.id, s.id): (i, j) for i, f in enumerate(facts) for j, s in enumerate(f.sentences)}
    grouped: dict[tuple[str, str], list[tuple[SeriesPoint, str]]] = defaultdict(list)
    for f in facts:
        for count in f.counts:
            revision = revisions.get((f.id, count))
            grouped[(count.category, group_of(count.who))].append((_point(f, count, revision), count.who or ""))
    out = []
    for (category, group), items in grouped.items():
        points = sorted((p for p, _ in items), key=lambda p: (p.date or "", order[(p.document, p.sentence)]))
        labels = Counter(who for _, who in items if who)
        label = min(labels, key=lambda w: (-labels[w], w)) if labels else ""
        out.append(mark(Series(f"{category}-{group}".replace("_", "-"), category, group, label, tuple(points))))
    return tuple(sorted(out, key=_series_order))


def _point(f: Facts, count: Count, revision) -> SeriesPoint:
    date, dated_by = (count.date, "count") if count.date else sentence_date(f, count.sentence)
    return SeriesPoint(count=count, document=f.id, date=date, dated_by=dated_by,
                       extracted=revision.extracted if revision else None,
                       corrections=revision.corrections if revision else ())


def _series_order(s: Series) -> tuple:
    category = CATEGORY_ORDER.index(s.category) if s.category in CATEGORY_ORDER else len(CATEGORY_ORDER)
    group = GROUP_ORDER.index(s.group) if s.group in GROUP_ORDER else len(GROUP_ORDER)
    return (category, group, s.key)


def conflicts(points: tuple[SeriesPoint, ...]) -> tuple[Conflict, ...]:
    """Figures that disagree for one day. A date known only to the month or year cannot settle it."""
    by_day: dict[str, list[SeriesPoint]] = defaultdict(list)
    for p in points:
        if p.date and len(p.date) == 10:
            by_day[p.date].append(p)
    return tuple(Conflict(day, tuple(ps)) for day, ps in sorted(by_day.items())
                 if len({p.bounds for p in ps}) > 1)


def mark(series: Series) -> Series:
    """The series with its conflicts, its latest figures and the most conservative of them marked."""
    found = conflicts(series.points)
    disputed = {id(p) for c in found for p in c.points}
    latest = series.latest_date
    lowest = min((p.bounds for p in series.points if p.date == latest), default=None)
    points = tuple(dataclasses.replace(p, latest=latest is not None and p.date == latest,
                                       conservative=latest is not None and p.date == latest and p.bounds == lowest,
                                       in_conflict=id(p) in disputed)
                   for p in series.points)
    by_old = {id(old): new for old, new in zip(series.points, points)}
    found = tuple(Conflict(c.date, tuple(by_old[id(p)] for p in c.points)) for c in found)
    return dataclasses.replace(series, points=points, conflicts=found)
