"""How well extraction does: precision, recall and F1 per fact type against a gold set.

A gold set is a folder of parts (`dev/`, `heldout/`), each holding articles in the seed
format (`NAME.txt`) with their hand-written answers beside them (`NAME.yml`; the format is
described in tests/gold/README.md). Facts match on what a reader checks, not on offsets:
a count on category, value, low, high and qualifier; an entity on canonical name and type;
a quote on its words (then its speaker is right or wrong); a source on its name; a date on
its ISO value; a hedge when its sentence holds the annotated words. Counts, sources and dates
are facts about a document (which figures it gives, who it cites, which days it speaks of):
each counts once per article however often it is repeated (a toll in the title and again in
the lead), in the answers as in what the extractor finds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import DossierError
from .extract import extract_documents
from .model import Facts, Seed
from .parse import parse_seed

FACT_TYPES = ("counts", "entities", "quotes", "sources", "dates", "hedges")
ARTICLE = re.compile(r"^(?:l'|d'|la |le |les |un |une |des |du |de |the |a |an )", re.I)


@dataclass(frozen=True)
class Score:
    gold: int
    found: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.gold + other.gold, self.found + other.found, self.correct + other.correct)


@dataclass(frozen=True)
class Report:
    """The scores of one part of the gold set."""

    part: str
    documents: int
    scores: dict[str, Score]
    speakers: Score  # gold: quotes found; correct: with the right speaker

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers.correct / self.speakers.gold if self.speakers.gold else 1.0


def norm(text: str | None) -> str:
    """A name or quotation as compared: NFC, no case, no article or outer punctuation."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", text).replace("’", "'").casefold()
    text = re.sub(r"\s+", " ", text).strip(" .,;:!?«»\"“”'()")
    while (shorter := ARTICLE.sub("", text)) != text:
        text = shorter
    return text


def alternatives(name: str | None) -> set[str]:
    return {norm(n) for n in name.split("|")} if name else {""}


def match(gold: Sequence, found: Sequence, same: Callable) -> list[tuple[int, int]]:
    """Pairs (gold index, found index), each item used once, in reading order."""
    used: set[int] = set()
    pairs = []
    for g, item in enumerate(gold):
        for f, fact in enumerate(found):
            if f not in used and same(item, fact):
                used.add(f)
                pairs.append((g, f))
                break
    return pairs


def count_key(item: dict) -> tuple:
    value = item.get("value")
    low = item.get("low", value)
    high = item.get("high", value)
    return item["category"], value, low, high, item["qualifier"]


def score_document(gold: dict, facts: Facts) -> tuple[dict[str, Score], Score]:
    """Every fact type's score in one document, and its speakers'."""
    found = {
        "counts": sorted({(c.category, c.value, c.low, c.high, c.qualifier) for c in facts.counts}, key=str),
        "entities": sorted({(norm(e.canonical), e.type) for e in facts.entities}),
        "quotes": [(norm(q.text), norm(q.speaker)) for q in facts.quotes],
        "sources": sorted({norm(s.name) for s in facts.sources}),
        "dates": sorted({d.value for d in facts.dates if d.value}),
        "hedges": [h.text.casefold() for h in facts.hedges],
    }
    rules: dict[str, tuple[list, Callable]] = {
        "counts": (_unique(count_key(c) for c in gold.get("counts") or []), lambda g, f: g == f),
        "entities": ([(alternatives(e["name"]), e["type"]) for e in gold.get("entities") or []],
                     lambda g, f: f[0] in g[0] and f[1] == g[1]),
        "quotes": ([(norm(q["text"]), alternatives(q.get("speaker"))) for q in gold.get("quotes") or []],
                   lambda g, f: g[0] == f[0]),
        "sources": (_unique(alternatives(s) for s in gold.get("sources") or []), lambda g, f: f in g),
        "dates": (sorted({str(d) for d in gold.get("dates") or []}), lambda g, f: g == f),
        "hedges": ([h.casefold() for h in gold.get("hedges") or []], lambda g, f: g in f),
    }
    scores = {}
    speakers = Score(0, 0, 0)
    for name, (items, same) in rules.items():
        pairs = match(items, found[name], same)
        scores[name] = Score(len(items), len(found[name]), len(pairs))
        if name == "quotes":
            right = sum(found[name][f][1] in items[g][1] for g, f in pairs)
            speakers = Score(len(pairs), len(pairs), right)
    return scores, speakers


def _unique(items) -> list:
    out: list = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def load_part(folder: Path) -> list[tuple[Seed, dict]]:
    """The articles of one part with their annotations; an article without one is an error."""
    pairs = []
    for article in sorted(folder.glob("*.txt")):
        answers = article.with_suffix(".yml")
        if not answers.is_file():
            raise DossierError(f"{article}: expected its annotation {answers.name} beside it, found none")
        try:
            gold = yaml.safe_load(answers.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise DossierError(f"{answers}: expected YAML, got {err}") from None
        pairs.append((Seed(str(article), article.read_bytes()), gold))
    return pairs


def evaluate_part(name: str, folder: Path) -> Report:
    pairs = load_part(folder)
    facts = extract_documents([parse_seed(seed) for seed, _ in pairs])
    totals = {t: Score(0, 0, 0) for t in FACT_TYPES}
    speakers = Score(0, 0, 0)
    for (_, gold), document_facts in zip(pairs, facts):
        scores, said = score_document(gold, document_facts)
        totals = {t: totals[t] + scores[t] for t in FACT_TYPES}
        speakers = speakers + said
    return Report(name, len(pairs), totals, speakers)


def evaluate(gold_dir: Path) -> list[Report]:
    """One report per part of the gold set (each sub-folder), then one for all of them."""
    parts = sorted(p for p in gold_dir.iterdir() if p.is_dir()) if gold_dir.is_dir() else []
    if not parts:
        raise DossierError(f"{gold_dir}: expected a gold set (sub-folders of articles and annotations), found none")
    reports = [evaluate_part(p.name, p) for p in parts]
    total = {t: sum((r.scores[t] for r in reports), Score(0, 0, 0)) for t in FACT_TYPES}
    speakers = sum((r.speakers for r in reports), Score(0, 0, 0))
    return reports + [Report("all", sum(r.documents for r in reports), total, speakers)]


def format_reports(reports: list[Report]) -> str:
    lines = [f"{'part':<8} {'facts':<9} {'gold':>5} {'found':>5} {'right':>5} "
             f"{'precision':>9} {'recall':>6} {'F1':>5}"]
    for r in reports:
        for t in FACT_TYPES:
            s = r.scores[t]
            lines.append(f"{r.part:<8} {t:<9} {s.gold:>5} {s.found:>5} {s.correct:>5} "
                         f"{s.precision:>9.2f} {s.recall:>6.2f} {s.f1:>5.2f}")
        lines.append(f"{r.part:<8} speakers: {r.speakers.correct}/{r.speakers.gold} quotes found "
                     f"have the right speaker ({r.speaker_accuracy:.2f}); {r.documents} documents")
    return "\n".join(lines) + "\n"


# The figures of the last evaluation, shipped with the package: the methodology page shows them.
QUALITY_FILE = Path(__file__).parent / "quality.json"


def reports_to_dict(reports: list[Report]) -> dict:
    """The reports as data: part -> documents, scores per fact type, speaker accuracy (2 decimals)."""
    def score(s: Score) -> dict:
        return {"gold": s.gold, "found": s.found, "correct": s.correct, "precision": round(s.precision, 2),
                "recall": round(s.recall, 2), "f1": round(s.f1, 2)}

    return {r.part: {"documents": r.documents, "facts": {t: score(r.scores[t]) for t in FACT_TYPES},
                     "speakers": {"quotes": r.speakers.gold, "right": r.speakers.correct,
                                  "accuracy": round(r.speaker_accuracy, 2)}}
            for r in reports}
