"""`Facts` <-> the JSON of the facts contract (facts.schema.json, schema_version 1)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from .model import SCHEMA_VERSION, Facts

FACT_FIELDS = ("entities", "counts", "quotes", "sources", "dates", "hedges")


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    """One document's facts, exactly as the contract names them, in a stable key order."""
    doc = facts.document
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "date": doc.date,
        "language": facts.language,
        "source": doc.source,
        "url": doc.url,
        "sentences": [{"id": s.id, "text": s.text, "paragraph": s.paragraph, "line": s.ref.line}
                      for s in facts.sentences],
    }
    for name in FACT_FIELDS:
        out[name] = [dataclasses.asdict(fact) for fact in getattr(facts, name)]
    return out


def dumps(data: Any) -> str:
    """The one JSON writer: UTF-8 text, stable, readable, ending with a newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
