"""Extraction quality, measured on the gold set: the bounds reached must hold.

`dev/` is what the rules were developed against; `heldout/` was never used to tune them, so
its figures are what to expect on text the extractor has not seen. Both parts are held to the
scores they reached, so that quality never slips back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.errors import ExtractError
from generator.evaluate import QUALITY_FILE, evaluate, load_part, reports_to_dict
from generator.extract import extract_documents
from generator.facts import facts_to_dict
from generator.parse import parse_seed

GOLD = Path(__file__).parent / "gold"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "generator" / "facts.schema.json"
# part -> fact type -> (precision, recall) floors; speaker accuracy under "speakers".
FLOORS = {
    "dev": {"counts": (0.97, 0.88), "entities": (0.87, 0.87), "quotes": (0.99, 0.99), "sources": (0.88, 0.77),
            "dates": (0.97, 0.96), "hedges": (0.96, 0.56), "speakers": 0.89},
    "heldout": {"counts": (0.95, 0.82), "entities": (0.87, 0.84), "quotes": (1.0, 1.0), "sources": (0.94, 0.8),
                "dates": (0.98, 0.98), "hedges": (0.99, 0.41), "speakers": 0.83},
}


@pytest.fixture(scope="module")
def reports():
    return {r.part: r for r in evaluate(GOLD)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_quality_holds_the_bounds_reached(reports, part):
    report = reports[part]
    for fact_type, (precision, recall) in ((t, f) for t, f in FLOORS[part].items() if t != "speakers"):
        score = report.scores[fact_type]
        assert score.precision >= precision, f"{part} {fact_type} precision {score.precision:.2f} < {precision}"
        assert score.recall >= recall, f"{part} {fact_type} recall {score.recall:.2f} < {recall}"
    assert report.speaker_accuracy >= FLOORS[part]["speakers"]


def test_the_gold_set_is_french_and_english_and_large_enough(reports):
    documents = [parse_seed(seed) for part in ("dev", "heldout") for seed, _ in load_part(GOLD / part)]
    languages = sorted({d.language for d in documents})
    assert languages == ["en", "fr"]
    assert len(documents) >= 13 and reports["heldout"].documents >= 6


def test_the_facts_of_every_gold_article_follow_the_contract():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    documents = [parse_seed(seed) for seed, _ in load_part(GOLD / "heldout")]
    for facts in extract_documents(documents):
        jsonschema.validate(facts_to_dict(facts), schema)


def test_progress_is_told_of_each_document_and_two_processes_give_the_same_facts():
    documents = [parse_seed(seed) for seed, _ in load_part(GOLD / "heldout")]
    done = []
    one = extract_documents(documents, progress=lambda facts: done.append(facts.id), n_process=1)
    two = extract_documents(documents, n_process=2)
    assert sorted(done) == sorted(d.id for d in documents)
    assert [facts_to_dict(f) for f in one] == [facts_to_dict(f) for f in two]


def test_evaluate_prints_scores_per_part_and_names_a_missing_annotation(tmp_path):
    shutil.copytree(GOLD / "heldout", tmp_path / "gold" / "few")
    for extra in sorted((tmp_path / "gold" / "few").glob("*"))[2:]:
        extra.unlink()
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["part", "facts", "gold", "found", "right", "precision", "recall", "F1"]
    assert [line.split()[:2] for line in lines[1:7]] == [["few", t] for t in
                                                         ("counts", "entities", "quotes", "sources", "dates", "hedges")]
    assert "speakers:" in lines[7] and "1 documents" in lines[7]
    (tmp_path / "gold" / "few" / "lonely.txt").write_text("date 2024-01-01 Titre. Texte.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 1
    assert result.output == (f"error: {tmp_path / 'gold' / 'few' / 'lonely.txt'}: expected its annotation "
                             "lonely.yml beside it, found none\n")


def test_an_error_while_two_processes_parse_is_raised_not_waited_on_forever():
    documents = [parse_seed(seed) for seed, _ in load_part(GOLD / "heldout")]
    with pytest.raises(ExtractError, match="unknown extractor 'nowhere'"):
        extract_documents(documents, n_process=2, names=["nowhere"])


def test_the_quality_the_methodology_page_shows_is_the_current_one(reports):
    """generator/quality.json is what every dossier's methodology page shows: after a change to
    extraction or to the gold set, record the new figures with `python -m generator evaluate --save`."""
    saved = json.loads(QUALITY_FILE.read_text(encoding="utf-8"))
    assert saved == reports_to_dict(list(reports.values()))
