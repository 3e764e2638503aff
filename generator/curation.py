"""Corrections by hand, applied when the dossier is assembled.

Fact corrections (reject, fix) change the facts of the articles; entity corrections
(merge, split, rename) change how mentions are filed. Each records what it matched,
so that the pages can say "corrected by hand" and a correction that matches nothing
becomes a warning naming its file and line.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field

from .canonical import name_key
from .model import AppliedCorrection, Correction, EntityType, FactRef, Facts

FIELD_OF_KIND = {"count": "counts", "quote": "quotes", "entity": "entities", "source": "sources", "date": "dates"}


@dataclass(frozen=True)
class Revision:
    """A fact as extracted, and the corrections that changed it."""

    extracted: object
    corrections: tuple[Correction, ...]


Revisions = dict[tuple[str, object], Revision]  # (document id, corrected fact) -> revision


def fact_text(kind: str, fact: object) -> str:
    """The words a fact was read from, as a FactRef and a selector's `text` see them."""
    return getattr(fact, "name", None) if kind == "source" else getattr(fact, "text")


def fact_ref(doc_id: str, kind: str, fact: object) -> FactRef:
    return FactRef(doc_id, fact.sentence, kind, fact_text(kind, fact))


def selects(c: Correction, doc_id: str, sentence: str, texts: tuple[str, ...], exact: bool) -> bool:
    """Whether the selectors of `c` (article, sentence, text) all agree with one fact or mention."""
    if (c.article and c.article != doc_id) or (c.sentence and c.sentence != sentence):
        return False
    if not c.text:
        return True
    wanted = name_key(c.text)
    return any(wanted == name_key(t) if exact else wanted in name_key(t) for t in texts if t)


def _texts(kind: str, fact: object) -> tuple[str, ...]:
    if kind == "count":
        return (fact.text, str(fact.value) if fact.value is not None else "")
    if kind == "entity":
        return (fact.text, fact.canonical)
    if kind == "date":
        return (fact.text, fact.value or "")
    return (fact_text(kind, fact),)


def apply_fact_corrections(facts: tuple[Facts, ...], corrections: tuple[Correction, ...]
                           ) -> tuple[tuple[Facts, ...], Revisions, dict[Correction, list[FactRef]]]:
    """Drop rejected facts and set fixed fields; say what each correction matched."""
    own = [c for c in corrections if c.action in ("reject", "fix")]
    matched: dict[Correction, list[FactRef]] = {c: [] for c in own}
    revisions: Revisions = {}
    out = []
    for f in facts:
        changes = {}
        for kind, name in FIELD_OF_KIND.items():
            kept = []
            for fact in getattr(f, name):
                hits = [c for c in own if c.kind == kind
                        and selects(c, f.id, fact.sentence, _texts(kind, fact), exact=kind != "quote")]
                for c in hits:
                    matched[c].append(fact_ref(f.id, kind, fact))
                if any(c.action == "reject" for c in hits):
                    continue
                fixed = _fix(fact, [c for c in hits if c.action == "fix"])
                if hits:
                    revisions[(f.id, fixed)] = Revision(fact, tuple(hits))
                kept.append(fixed)
            changes[name] = tuple(kept)
        out.append(dataclasses.replace(f, **changes))
    return tuple(out), revisions, matched


def _fix(fact: object, fixes: list[Correction]) -> object:
    values: dict[str, object] = {}
    for c in fixes:
        values.update(c.changes)
    if "value" in values and hasattr(fact, "low"):
        values.setdefault("low", values["value"])
        values.setdefault("high", values["value"])
        if getattr(fact, "qualifier") == "range":
            values.setdefault("qualifier", "exact")
    return dataclasses.replace(fact, **values) if values else fact


@dataclass
class Draft:
    """An entity being assembled: its name, type and mentions (document, sentence, text, name)."""

    canonical: str
    type: EntityType
    reference: str | None
    mentions: list[tuple[str, str, str, str]]
    corrections: list[Correction] = field(default_factory=list)

    def known_as(self, name: str) -> bool:
        key = name_key(name)
        return key == name_key(self.canonical) or any(key in (name_key(t), name_key(n))
                                                      for _, _, t, n in self.mentions)


def apply_entity_corrections(drafts: list[Draft], corrections: tuple[Correction, ...]
                             ) -> tuple[list[Draft], dict[Correction, list[FactRef]], list[str]]:
    """Merge, split and rename entities, in the order the file gives; say what each matched."""
    matched: dict[Correction, list[FactRef]] = {}
    warnings: list[str] = []
    for c in corrections:
        if c.action in ("merge", "split", "rename"):
            drafts, hits, missing = ACTIONS[c.action](drafts, c)
            matched[c] = [FactRef(doc, sid, "entity", text) for doc, sid, text, _ in hits]
            warnings += [f"{c.ref}: {c.action}: no entity named {name!r}; nothing was changed for it"
                         for name in missing if hits]
    return drafts, matched, warnings


def _merge(drafts: list[Draft], c: Correction):
    found = {n: [d for d in drafts if d.known_as(n)] for n in c.names}
    chosen = _unique([d for n in c.names for d in found[n]])
    missing = [n for n in c.names if not found[n]]
    if not chosen:
        return drafts, [], missing
    return _combine(drafts, chosen, c.into or chosen[0].canonical, c), _all_mentions(chosen), missing


def _split(drafts: list[Draft], c: Correction):
    source = next((d for d in drafts if d.known_as(c.names[0])), None)
    moved = [m for m in source.mentions if selects(c, m[0], m[1], (m[2], m[3]), exact=True)] if source else []
    if not moved:
        return drafts, [], []
    source.mentions = [m for m in source.mentions if m not in moved]
    new = Draft(c.into, c.type or source.type, None, moved, [c])
    source.corrections.append(c)
    kept = [d for d in drafts if d.mentions]
    target = next((d for d in kept if d.known_as(c.into) and d is not source), None)
    return (_combine(kept + [new], [target, new], target.canonical, c) if target else kept + [new]), moved, []


def _rename(drafts: list[Draft], c: Correction):
    chosen = [d for d in drafts if d.known_as(c.names[0])][:1]
    if not chosen:
        return drafts, [], []
    same = [d for d in drafts if d.known_as(c.into) and d is not chosen[0]]
    return _combine(drafts, chosen + same, c.into, c), _all_mentions(chosen), []


ACTIONS = {"merge": _merge, "split": _split, "rename": _rename}


def _combine(drafts: list[Draft], chosen: list[Draft], name: str, c: Correction) -> list[Draft]:
    """Replace the `chosen` drafts with one named `name`; the first one's type wins."""
    first = chosen[0]
    merged = Draft(name, first.type, first.reference if len(chosen) == 1 else None,
                   [m for d in chosen for m in d.mentions],
                   [x for d in chosen for x in d.corrections] + [c])
    ids = {id(d) for d in chosen}
    return [d for d in drafts if id(d) not in ids] + [merged]


def _unique(drafts: list[Draft]) -> list[Draft]:
    seen: dict[int, Draft] = {}
    for d in drafts:
        seen.setdefault(id(d), d)
    return list(seen.values())


def _all_mentions(drafts: list[Draft]) -> list[tuple[str, str, str, str]]:
    return [m for d in drafts for m in d.mentions]


def applied_corrections(corrections: tuple[Correction, ...], *matches: dict[Correction, list[FactRef]]
                        ) -> tuple[tuple[AppliedCorrection, ...], list[str]]:
    """Every correction with what it matched, in file order, and a warning for each that matched nothing."""
    found: dict[Correction, list[FactRef]] = defaultdict(list)
    for m in matches:
        for c, refs in m.items():
            found[c] += refs
    applied = tuple(AppliedCorrection(c, tuple(found[c])) for c in corrections)
    warnings = [f"{a.correction.ref}: {a.correction.describe()}: matches nothing in the articles; "
                f"nothing was changed" for a in applied if not a.matched]
    return applied, warnings
