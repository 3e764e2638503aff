"""The timeline: sentences that date something (a resolved date, a toll, an arrest,
a statement), in the order of the date they refer to, each linked to its sentence."""

from __future__ import annotations

from .model import Facts, TimelineEvent

TOLLS = ("killed", "wounded", "missing")


def sentence_kinds(f: Facts) -> dict[str, set[str]]:
    """For each sentence of an article that dates something, what it gives."""
    kinds: dict[str, set[str]] = {}
    for d in f.dates:
        if d.value:
            kinds.setdefault(d.sentence, set()).add("date")
    for c in f.counts:
        kind = "toll" if c.category in TOLLS else "arrest" if c.category == "arrested" else "count"
        kinds.setdefault(c.sentence, set()).add(kind)
    for q in f.quotes:
        kinds.setdefault(q.sentence, set()).add("statement")
    return kinds


def event_date(f: Facts, sentence: str) -> tuple[str | None, str]:
    """The date a sentence refers to: its figures' date, else the first date it gives, else the article's."""
    counted = sorted(c.date for c in f.counts if c.sentence == sentence and c.date)
    if counted:
        return counted[0], "count"
    return sentence_date(f, sentence)


def sentence_date(f: Facts, sentence: str) -> tuple[str | None, str]:
    """The first date a sentence gives, else the article's date; and which of them it is."""
    given = sorted(d.value for d in f.dates if d.sentence == sentence and d.value)
    if given:
        return given[0], "sentence"
    return f.document.date, "article" if f.document.date else "none"


def build_timeline(facts: tuple[Facts, ...]) -> tuple[TimelineEvent, ...]:
    """Every dated sentence of the dossier, by date, then article date, article and reading order."""
    events = []
    for i, f in enumerate(facts):
        kinds = sentence_kinds(f)
        for j, s in enumerate(f.sentences):
            if s.id in kinds:
                date, dated_by = event_date(f, s.id)
                events.append(((date or "", f.document.date or "", i, j),
                               TimelineEvent(date, dated_by, f.id, s.id, s.text, tuple(sorted(kinds[s.id])))))
    return tuple(e for _, e in sorted(events, key=lambda item: item[0]))
