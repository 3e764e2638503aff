"""The dossier as data to download: dossier.json against its schema, and the CSV files."""

from __future__ import annotations

import csv
import io
import json

import jsonschema

from generator.assemble import assemble_dossier
from generator.corrections import parse_corrections
from generator.exports import export_outputs
from generator.model import Quote
from test_assemble import count, entity, make_facts, tolls


def exported(dossier) -> dict[str, str]:
    return {out.path: out.data.decode("utf-8") for out in export_outputs(dossier)}


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def dossier_with_corrections():
    fixes = parse_corrections("- fix: count\n  article: fr-3\n  text: '12'\n  set: {value: 13}\n"
                              "- reject: quote\n  article: nowhere\n  text: x\n", "seeds/corrections.yaml")
    articles = tolls() + [make_facts("q", "2025-04-06", "fr", ["« =SUM(A1) », dit Volkov."],
                                     entities=[entity("Volkov")], quotes=[Quote("=SUM(A1)", "Volkov", "p1-s1")],
                                     counts=[count(7, category="wounded", sentence="p1-s1")])]
    return assemble_dossier(articles, "Kaskelen", "fr", fixes)


def test_exports_are_written_under_data_for_download():
    assert sorted(exported(dossier_with_corrections())) == [
        "data/counts.csv", "data/dossier.json", "data/dossier.schema.json", "data/entities.csv", "data/quotes.csv"]


def test_dossier_json_follows_its_schema_and_keeps_every_figure():
    files = exported(dossier_with_corrections())
    data, schema = json.loads(files["data/dossier.json"]), json.loads(files["data/dossier.schema.json"])
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema)
    everyone = next(s for s in data["series"] if s["key"] == "killed-all")
    assert [(p["document"], p["value"], p["in_conflict"]) for p in everyone["points"]] == [
        ("en-3", 15, True), ("fr-3", 13, True), ("en-5b", 44, True), ("fr-5", 41, True)]
    assert everyone["conflicts"] == [{"date": "2025-04-03", "points": [0, 1]}, {"date": "2025-04-05", "points": [2, 3]}]
    assert everyone["points"][1]["extracted"]["value"] == 12
    assert everyone["points"][1]["corrections"][0]["ref"] == "seeds/corrections.yaml:1"
    assert data["warnings"] == ["seeds/corrections.yaml:5: reject quote (article 'nowhere', text 'x'): "
                                "matches nothing in the articles; nothing was changed"]


def test_a_dossier_that_breaks_the_schema_is_caught():
    data = json.loads(exported(dossier_with_corrections())["data/dossier.json"])
    schema = json.loads(exported(dossier_with_corrections())["data/dossier.schema.json"])
    data["series"][0]["points"][0]["qualifier"] = "roughly"
    assert not jsonschema.Draft202012Validator(schema).is_valid(data)


def test_counts_csv_has_one_row_per_figure_with_its_sentence():
    counts = rows(exported(dossier_with_corrections())["data/counts.csv"])
    assert [(r["series"], r["value"], r["date"], r["article"], r["latest"], r["conservative"], r["in_conflict"])
            for r in counts if r["series"] == "killed-all"] == [
        ("killed-all", "15", "2025-04-03", "en-3", "false", "false", "true"),
        ("killed-all", "13", "2025-04-03", "fr-3", "false", "false", "true"),
        ("killed-all", "44", "2025-04-05", "en-5b", "true", "false", "true"),
        ("killed-all", "41", "2025-04-05", "fr-5", "true", "true", "true")]
    fixed = next(r for r in counts if r["article"] == "fr-3" and r["series"] == "killed-all")
    assert fixed["sentence_text"] == "Au moins 12 morts."
    assert fixed["corrected_by_hand"] == "seeds/corrections.yaml:1: fix count (article 'fr-3', text '12'): value=13"


def test_entities_and_quotes_csv_and_no_cell_is_a_formula():
    files = exported(dossier_with_corrections())
    assert rows(files["data/entities.csv"]) == [
        {"canonical": "Volkov", "slug": "volkov", "type": "person", "reference": "", "aliases": "",
         "mentions": "1", "articles": "q", "quotes": "1"}]
    assert rows(files["data/quotes.csv"]) == [
        {"speaker": "Volkov", "speaker_slug": "volkov", "text": "'=SUM(A1)", "article": "q",
         "article_date": "2025-04-06", "sentence": "p1-s1", "sentence_text": "« =SUM(A1) », dit Volkov."}]


def test_exports_are_the_same_byte_for_byte_on_every_build():
    assert export_outputs(dossier_with_corrections()) == export_outputs(dossier_with_corrections())
