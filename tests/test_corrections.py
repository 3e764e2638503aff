"""Corrections by hand: the file's format, its errors, and what each correction does to the dossier."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from generator.assemble import assemble, assemble_dossier
from generator.config import Settings
from generator.build import read_corrections
from generator.corrections import parse_corrections
from generator.errors import SeedError
from test_assemble import entity, make_facts, tolls

FILE = "seeds/corrections.yaml"


def corrections(text: str):
    return parse_corrections(text, FILE)


def errors(text: str) -> str:
    with pytest.raises(SeedError) as caught:
        corrections(text)
    return str(caught.value)


def test_reject_drops_a_withdrawn_figure_and_its_conflict():
    fixes = corrections("- reject: count\n  article: en-5b\n  text: '44'\n  reason: withdrawn\n")
    dossier = assemble_dossier(tolls(), "T", "fr", fixes)
    everyone = dossier.series[1]
    assert [p.count.value for p in everyone.points] == [15, 12, 41]
    assert [c.date for c in everyone.conflicts] == ["2025-04-03"]
    assert [(m.document, m.sentence, m.kind, m.text) for m in dossier.corrections[0].matched] == [
        ("en-5b", "p1-s1", "count", "44")]
    assert all(c.value != 44 for f in dossier.facts for c in f.counts)
    assert [(ref, [c.action for c in cs]) for ref, cs in dossier.corrections_by_sentence.items()] == [
        (("en-5b", "p1-s1"), ["reject"])]
    assert dossier.warnings == ()


def test_fix_sets_a_value_and_keeps_the_figure_as_read():
    fixes = corrections("- fix: count\n  article: fr-3\n  text: '12'\n  set: {value: 15, date: 2025-04-02}\n")
    everyone = assemble_dossier(tolls(), "T", "fr", fixes).series[1]
    fixed = everyone.points[0]
    assert (fixed.document, fixed.count.value, fixed.count.low, fixed.count.high, fixed.date, fixed.dated_by) == (
        "fr-3", 15, 15, 15, "2025-04-02", "count")
    assert fixed.extracted.value == 12
    assert [str(c.ref) for c in fixed.corrections] == ["seeds/corrections.yaml:1"]
    assert all(p.corrections == () and p.extracted is None for p in everyone.points[1:])


def test_merge_split_and_rename_entities():
    articles = [make_facts("a", "2025-04-03", "fr", ["L'OMS.", "Volkov, le ministre.", "Volkov, le maire."],
                           entities=[entity("OMS", "organization"), entity("Volkov", sentence="p1-s2"),
                                     entity("Volkov", sentence="p1-s3")]),
                make_facts("b", "2025-04-03", "en", ["The WHO."], entities=[entity("WHO", "organization")])]
    fixes = corrections("- merge: [OMS, WHO]\n  into: Organisation mondiale de la santé\n"
                        "- split: Volkov\n  into: Pavel Volkov\n  sentence: p1-s3\n  reason: the mayor\n"
                        "- rename: Volkov\n  to: Arkadi Volkov\n")
    dossier = assemble_dossier(articles, "T", "fr", fixes)
    assert [(e.canonical, e.aliases, [m[:2] for m in e.mentions], [c.action for c in e.corrections])
            for e in dossier.entities] == [
        ("Organisation mondiale de la santé", ("OMS", "WHO"), [("a", "p1-s1"), ("b", "p1-s1")], ["merge"]),
        ("Arkadi Volkov", ("Volkov",), [("a", "p1-s2")], ["split", "rename"]),
        ("Pavel Volkov", ("Volkov",), [("a", "p1-s3")], ["split"]),
    ]
    assert dossier.warnings == ()


def test_a_correction_that_matches_nothing_is_a_warning_naming_its_file_and_line(caplog, tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "corrections.yaml").write_text(
        "# hand fixes\n- reject: count\n  article: fr-3\n  text: '12'\n"
        "- reject: quote\n  article: gone\n  text: anything\n- rename: Nobody\n  to: Somebody\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="generator.assemble"):
        dossier = assemble(tolls(), Settings(root=tmp_path), read_corrections(Settings(root=tmp_path)))
    expected = ["seeds/corrections.yaml:5: reject quote (article 'gone', text 'anything'): "
                "matches nothing in the articles; nothing was changed",
                "seeds/corrections.yaml:8: rename 'Nobody' -> 'Somebody': "
                "matches nothing in the articles; nothing was changed"]
    assert list(dossier.warnings) == expected
    assert [r.getMessage() for r in caplog.records] == expected
    assert [len(a.matched) for a in dossier.corrections] == [1, 0, 0]


def test_no_corrections_file_means_no_corrections(tmp_path):
    assert read_corrections(Settings(root=tmp_path)) == ()
    assert corrections("") == () and corrections("# nothing yet\n") == ()


def test_every_action_is_read_with_its_line():
    text = Path(__file__).parent.joinpath("fixtures/dossier/seeds/corrections.yaml").read_text(encoding="utf-8")
    read = corrections(text)
    assert [(c.action, c.ref.line) for c in read] == [("reject", 2), ("fix", 6), ("merge", 11), ("rename", 13),
                                                      ("reject", 15)]
    assert read[1].changes == (("value", 45),)
    assert read[2].names == ("OMS", "WHO") and read[2].into == "Organisation mondiale de la santé"


def test_malformed_file_is_an_error_naming_file_line_expected_and_found():
    assert errors("- reject: count\n  article: a\n  colour: red\n") == (
        "seeds/corrections.yaml:3: reject correction: expected one of the keys article, reason, reject, "
        "sentence, text, got 'colour'\n1 error in seeds; nothing was written")
    assert errors("- reject: person\n  text: x\n") == (
        "seeds/corrections.yaml:1: reject: expected one of count, quote, entity, source, date, got 'person'\n"
        "1 error in seeds; nothing was written")
    assert errors("- fix: count\n  article: a\n  set: {value: many}\n") == (
        "seeds/corrections.yaml:3: fix: set: value: expected a whole number, 0 or more, got 'many'\n"
        "1 error in seeds; nothing was written")
    assert errors("- merge: [OMS]\n- frobnicate: 1\n") == (
        "seeds/corrections.yaml:1: merge: expected a list of two names or more, got [OMS]\n"
        "seeds/corrections.yaml:2: correction: expected exactly one of reject, fix, merge, split, rename, "
        "got none of them (keys: frobnicate)\n2 errors in seeds; nothing was written")
    assert errors("- split: Volkov\n  into: Pavel Volkov\n") == (
        "seeds/corrections.yaml:1: split: expected at least one of article, sentence, text to say which "
        "mentions, got none\n1 error in seeds; nothing was written")
    assert errors("- rename: OMS\n") == (
        "seeds/corrections.yaml:1: rename: to: expected a name or a piece of text, got nothing\n"
        "1 error in seeds; nothing was written")
    assert errors("reject: count\n") == (
        "seeds/corrections.yaml:1: corrections: expected a list of corrections ('- reject: ...', "
        "'- merge: ...'), got a mapping\n1 error in seeds; nothing was written")
    assert errors("- reject: [count\n") == (
        "seeds/corrections.yaml:2: corrections: expected valid YAML, got expected ',' or ']', but got "
        "'<stream end>'\n1 error in seeds; nothing was written")


def test_a_corrections_file_that_is_not_utf8(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "corrections.yaml").write_bytes(b"- reject: count\n  text: \xe9t\xe9\n")
    with pytest.raises(SeedError) as info:
        read_corrections(Settings(root=tmp_path))
    assert str(info.value) == ("seeds/corrections.yaml:2: corrections: expected UTF-8 text, got byte 0xe9 at offset 24\n"
                               "1 error in seeds; nothing was written")
