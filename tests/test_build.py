"""seeds/ -> docs/ -> site/: golden Markdown of the shipped seed, MkDocs --strict, and what a failed run leaves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import mkdocs

from generator.build import build
from generator.config import load_settings
from generator.errors import SeedError
from generator.write import MANIFEST, read_manifest

GOLDEN = Path(__file__).parent / "golden" / "docs"
BAD = Path(__file__).parent / "fixtures" / "seeds" / "impossible_date.txt"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def generated(docs: Path) -> dict[str, bytes]:
    """The files the generator makes in docs/ (its manifest lists them), with the manifest itself;
    not the stylesheets it copies as they are (assets/)."""
    return {path: data for path, data in tree(docs).items()
            if (path in read_manifest(docs) or path == MANIFEST) and not path.startswith("assets/")}


def test_golden_docs_of_the_shipped_seed(project, update_golden):
    build(load_settings(project))
    actual = generated(project / "docs")
    if update_golden:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for path, data in actual.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_bytes(data)
    expected = tree(GOLDEN)
    assert sorted(actual) == sorted(expected)
    for path in expected:
        assert actual[path].decode() == expected[path].decode(), path


def test_second_build_writes_nothing_and_keeps_hand_written_pages(project):
    settings = load_settings(project)
    first = build(settings)
    assert "articles/2022-01-kazakhstan-troubles.md" in first.written
    about = (project / "docs" / "about.md").read_bytes()
    again = build(settings)
    assert again.written == () and again.removed == ()
    assert (project / "docs" / "about.md").read_bytes() == about


def test_removed_seed_removes_only_its_own_pages(project):
    settings = load_settings(project)
    (project / "seeds" / "second.txt").write_text(
        "date 2022-01-07 La police a arrêté 50 manifestants à Almaty. Le calme est revenu.\n", encoding="utf-8")
    build(settings)
    assert (project / "docs" / "articles" / "second.md").is_file()
    (project / "seeds" / "second.txt").unlink()
    report = build(settings)
    assert "articles/second.md" in report.removed
    assert not (project / "docs" / "articles" / "second.md").exists()
    assert (project / "docs" / "about.md").is_file()


def test_a_bad_seed_writes_nothing(project):
    settings = load_settings(project)
    build(settings)
    before = tree(project / "docs")
    shutil.copy2(BAD, project / "seeds" / "bad.txt")
    with pytest.raises(SeedError, match=r"seeds/bad.txt:1: date: expected a real calendar date"):
        build(settings)
    assert tree(project / "docs") == before


def test_mkdocs_build_strict_makes_a_searchable_site(project):
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert (site / "index.html").is_file()
    assert (site / "articles" / "2022-01-kazakhstan-troubles" / "index.html").is_file()
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Almaty" in index
    assert '"lang":["fr","en"]' in index.replace(" ", "")
    article = (site / "articles" / "2022-01-kazakhstan-troubles" / "index.html").read_text(encoding="utf-8")
    assert 'id="p2-s1"' in article and "Khabar-24" in article


def test_mkdocs_build_with_a_bad_seed_fails_cleanly(project):
    shutil.copy2(BAD, project / "seeds" / "bad.txt")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 1
    assert "seeds/bad.txt:1: date: expected a real calendar date, got '2022-13'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "docs" / "articles").exists()


def test_a_project_template_overrides_the_built_in_one(project):
    shutil.rmtree(project / "templates")
    (project / "templates" / "assets").mkdir(parents=True)
    (project / "templates" / "entity.md.j2").write_text("# {{ entity.canonical | md }} (overridden)\n",
                                                       encoding="utf-8")
    (project / "templates" / "assets" / "dossier.css").write_text("/* mine */\n", encoding="utf-8")
    build(load_settings(project))
    docs = project / "docs"
    assert (docs / "entities" / "almaty.md").read_text(encoding="utf-8") == "# Almaty (overridden)\n"
    assert (docs / "assets" / "dossier.css").read_text(encoding="utf-8") == "/* mine */\n"
    assert "Almaty" in (docs / "articles" / "2022-01-kazakhstan-troubles.md").read_text(encoding="utf-8")


def test_a_correction_that_matches_nothing_is_a_warning_that_strict_refuses(project):
    (project / "seeds" / "corrections.yaml").write_text(
        "- reject: quote\n  text: words nobody said\n", encoding="utf-8")
    lenient = mkdocs(project, "build")
    assert lenient.returncode == 0, lenient.stderr
    assert "WARNING -  dossier: seeds/corrections.yaml:1: reject quote" in lenient.stderr
    assert "matches nothing in the articles" in lenient.stderr
    strict = mkdocs(project, "build", "--strict")
    assert strict.returncode == 1
    assert "Aborted with 1 warnings in strict mode!" in strict.stdout + strict.stderr
