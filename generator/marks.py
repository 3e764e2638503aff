"""A sentence -> the pieces a reader sees: plain text and the facts found in it, marked.

Facts carry the text they were read from, not its offset, so each is found in
its sentence here: quotes first (they may hold names and figures), then
figures, then names. A fact whose text cannot be found, or that would overlap
another, stays in the tables of the page but is not marked in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A fact to mark: its text as written, its kind, and where it leads."""

    text: str
    kind: str  # "quote", "count", "entity", or "self" (the entity a page is about)
    target: str = ""  # the page an entity links to
    note: str = ""  # what the mark means, shown on hover


@dataclass(frozen=True)
class Mark:
    """A piece of a sentence: plain text (kind ""), or a marked fact with the pieces inside it."""

    text: str
    kind: str = ""
    target: str = ""
    note: str = ""
    inner: tuple[Mark, ...] = ()


_Found = tuple[int, int, Span]


def mark_sentence(text: str, spans: list[Span]) -> tuple[Mark, ...]:
    """The sentence cut into plain pieces and marked facts, in reading order."""
    text = " ".join(text.split())
    quotes = _place(text, [s for s in spans if s.kind == "quote"], [])
    facts = _place(text, [s for s in spans if s.kind == "count"], [])
    facts = _place(text, [s for s in spans if s.kind not in ("quote", "count")], facts)
    facts = [f for f in facts if not any(_straddles(f, q) for q in quotes)]
    return _pieces(text, 0, len(text), quotes, facts)


def _place(text: str, spans: list[Span], taken: list[_Found]) -> list[_Found]:
    """Find each span in `text`, at its first place that is free and on word boundaries."""
    found = list(taken)
    for span in spans:
        needle = " ".join(span.text.split())
        if not needle:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
        for m in pattern.finditer(text):
            if not any(m.start() < end and start < m.end() for start, end, _ in found):
                found.append((m.start(), m.end(), span))
                break
    return sorted(found, key=lambda f: f[0])


def _straddles(inner: _Found, outer: _Found) -> bool:
    """True if `inner` overlaps `outer` without lying inside it."""
    overlaps = inner[0] < outer[1] and outer[0] < inner[1]
    return overlaps and not (outer[0] <= inner[0] and inner[1] <= outer[1])


def _pieces(text: str, start: int, end: int, outer: list[_Found], facts: list[_Found]) -> tuple[Mark, ...]:
    """Marks for text[start:end]: quotes (holding the facts inside them), facts, plain text between."""
    here = [f for f in outer if start <= f[0] and f[1] <= end]
    inside = {id(f) for q in here for f in facts if q[0] <= f[0] and f[1] <= q[1]}
    top = sorted(here + [f for f in facts if id(f) not in inside and start <= f[0] and f[1] <= end],
                 key=lambda f: f[0])
    out: list[Mark] = []
    cursor = start
    for s, e, span in top:
        if cursor < s:
            out.append(Mark(text[cursor:s]))
        inner = _pieces(text, s, e, [], [f for f in facts if s <= f[0] and f[1] <= e]) if span.kind == "quote" else ()
        out.append(Mark(text[s:e], span.kind, span.target, span.note, inner))
        cursor = e
    if cursor < end:
        out.append(Mark(text[cursor:end]))
    return tuple(out)
