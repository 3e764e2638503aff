"""The dossier as data to download: `dossier.json` (with its JSON Schema beside it)
and CSV files of the figures, the entities and the quotes, under `docs/data/`."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path
from typing import Any

from .facts import dumps
from .model import SCHEMA_VERSION, AppliedCorrection, Correction, Dossier, EntityRecord, Series, SeriesPoint
from .write import Output

DATA_DIR = "data"
SCHEMA_FILE = Path(__file__).parent / "dossier.schema.json"
# A spreadsheet reads a cell starting with one of these as a formula: seed text never is one.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_outputs(dossier: Dossier) -> list[Output]:
    """The files of `docs/data/`, for download from the site."""
    files = {
        "dossier.json": dumps(dossier_to_dict(dossier)),
        "dossier.schema.json": SCHEMA_FILE.read_text(encoding="utf-8"),
        "counts.csv": to_csv(COUNT_COLUMNS, count_rows(dossier)),
        "entities.csv": to_csv(ENTITY_COLUMNS, entity_rows(dossier)),
        "quotes.csv": to_csv(QUOTE_COLUMNS, quote_rows(dossier)),
    }
    return [Output(f"{DATA_DIR}/{name}", text.encode("utf-8"), "the dossier") for name, text in files.items()]


def dossier_to_dict(dossier: Dossier) -> dict[str, Any]:
    """The whole dossier as plain data, in a stable order (dossier.schema.json)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "title": dossier.title,
        "language": dossier.language,
        "articles": [{"id": f.id, "path": f.document.path, "title": f.document.title, "date": f.document.date,
                      "language": f.language, "source": f.document.source, "url": f.document.url}
                     for f in dossier.facts],
        "entities": [_entity(e) for e in dossier.entities],
        "series": [_series(s) for s in dossier.series],
        "timeline": [dataclasses.asdict(e) for e in dossier.timeline],
        "sources": [dataclasses.asdict(s) for s in dossier.sources],
        "corrections": [_applied(a) for a in dossier.corrections],
        "warnings": list(dossier.warnings),
    }


def _entity(e: EntityRecord) -> dict[str, Any]:
    data = dataclasses.asdict(e)
    data["mentions"] = [{"document": d, "sentence": s, "text": t} for d, s, t in e.mentions]
    data["documents"] = list(e.documents)
    data["corrections"] = [_correction(c) for c in e.corrections]
    return data


def _series(s: Series) -> dict[str, Any]:
    index = {id(p): i for i, p in enumerate(s.points)}
    return {"key": s.key, "category": s.category, "group": s.group, "label": s.label,
            "latest_date": s.latest_date, "points": [_point(p) for p in s.points],
            "conflicts": [{"date": c.date, "points": [index[id(p)] for p in c.points]} for c in s.conflicts]}


def _point(p: SeriesPoint) -> dict[str, Any]:
    count = dataclasses.asdict(p.count)
    return {"document": p.document, "sentence": p.sentence, "date": p.date, "dated_by": p.dated_by,
            **{k: count[k] for k in ("value", "low", "high", "qualifier", "who", "attributed_to", "text")},
            "latest": p.latest, "conservative": p.conservative, "in_conflict": p.in_conflict,
            "extracted": dataclasses.asdict(p.extracted) if p.extracted else None,
            "corrections": [_correction(c) for c in p.corrections]}


def _correction(c: Correction) -> dict[str, Any]:
    data = dataclasses.asdict(c)
    data["ref"] = str(c.ref)
    data["changes"] = {k: v for k, v in c.changes}
    return data


def _applied(a: AppliedCorrection) -> dict[str, Any]:
    return {**_correction(a.correction), "matched": [dataclasses.asdict(m) for m in a.matched]}


COUNT_COLUMNS = ("series", "category", "group", "date", "dated_by", "value", "low", "high", "qualifier", "who",
                 "attributed_to", "article", "article_date", "sentence", "text", "sentence_text",
                 "latest", "conservative", "in_conflict", "corrected_by_hand")
ENTITY_COLUMNS = ("canonical", "slug", "type", "reference", "aliases", "mentions", "articles", "quotes")
QUOTE_COLUMNS = ("speaker", "speaker_slug", "text", "article", "article_date", "sentence", "sentence_text")


def count_rows(dossier: Dossier) -> list[tuple]:
    by_id = {f.id: f for f in dossier.facts}
    rows = []
    for s in dossier.series:
        for p in s.points:
            f = by_id[p.document]
            c = p.count
            rows.append((s.key, s.category, s.group, p.date, p.dated_by, c.value, c.low, c.high, c.qualifier,
                         c.who, c.attributed_to, p.document, f.document.date, p.sentence, c.text,
                         f.sentence(p.sentence).text, p.latest, p.conservative, p.in_conflict,
                         "; ".join(f"{x.ref}: {x.describe()}" for x in p.corrections)))
    return rows


def entity_rows(dossier: Dossier) -> list[tuple]:
    return [(e.canonical, e.slug, e.type, e.reference, " | ".join(e.aliases), len(e.mentions),
             " ".join(e.documents), len(e.quotes)) for e in dossier.entities]


def quote_rows(dossier: Dossier) -> list[tuple]:
    """Every quote of the dossier; the speaker is the canonical entity when the dossier knows them."""
    known = {(q.document, q.sentence, q.text): e for e in dossier.entities for q in e.quotes}
    rows = []
    for f in dossier.facts:
        for q in f.quotes:
            e = known.get((f.id, q.sentence, q.text))
            rows.append((e.canonical if e else q.speaker, e.slug if e else None, q.text, f.id, f.document.date,
                         q.sentence, f.sentence(q.sentence).text))
    return rows


def to_csv(columns: tuple[str, ...], rows: list[tuple]) -> str:
    """RFC 4180 CSV with a header; empty cells for None, 'true'/'false', no cell read as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
