"""Names never become paths that escape docs/ or overwrite one another.

Seed file names, `id:` values and entity names reach the disk only as slugs, and the
writer checks every path it is given: absolute paths, '..', hidden, over-long and
Windows-reserved names, two pages for one path and folders linked outside docs/ are
refused with an error naming where the page came from.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import copy_project
from generator.build import build
from generator.config import load_settings
from generator.errors import SeedError, WriteError
from generator.slug import MAX_SLUG, RESERVED, SITE_NAMES, slugify, unique_slugs
from generator.write import MANIFEST, Output, check_outputs, path_problem, write_outputs

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ESCAPES = ["../../etc/passwd", "/etc/passwd", "..", ".", "", "~", "C:\\Windows\\win.ini", "\\\\server\\share",
           "index", "Index", "INDEX", "con", "CON.txt", "nul", "lpt1", "a" * 500, "ä" * 300, "🙂", "\x00", "\n",
           "Almaty", "almaty", "ALMATY", "Almaty!", "Almaty?", "Almatý", "Almaty-2", " almaty "]
names = st.one_of(st.sampled_from(ESCAPES), st.text(max_size=300))


@given(names)
@settings(max_examples=500, deadline=None)
def test_a_slug_is_one_plain_safe_file_name(name):
    slug = slugify(name)
    assert SLUG.fullmatch(slug), slug
    assert len(slug) <= MAX_SLUG
    assert slug not in RESERVED and slug not in SITE_NAMES
    assert path_problem(f"entities/{slug}.md") == ""


@given(st.lists(st.tuples(names, st.sampled_from(["person", "organization", "location"])), max_size=40))
@settings(max_examples=300, deadline=None)
def test_distinct_names_get_distinct_slugs(keys):
    slugs = unique_slugs(keys)
    assert set(slugs) == set(keys)
    assert len({s.casefold() for s in slugs.values()}) == len(slugs)
    assert all(path_problem(f"entities/{s}.md") == "" for s in slugs.values())


def test_names_that_collide_after_slugifying_get_distinct_slugs():
    keys = [(n, "location") for n in ("Almaty", "almaty", "ALMATY", "Almaty!", "Almatý", "Almaty-2")]
    slugs = unique_slugs(keys)
    assert len(set(slugs.values())) == len(keys)
    assert slugs == unique_slugs(list(reversed(keys)))  # the same whatever the order met


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd", "articles/../../x.md", "articles/./x.md",
                                  "articles//x.md", "", ".", "..", "a\\b.md", "C:/x.md", ".git/config",
                                  "articles/.hidden.md", "articles/con.md", "entities/LPT1.txt",
                                  "articles/" + "a" * 200 + ".md", "articles/x\x00.md", "articles/x\n.md"])
def test_the_writer_refuses_a_path_that_is_not_plainly_inside_docs(path):
    with pytest.raises(WriteError, match=r"refusing to write .* \(from seeds/evil\.md\): expected a plain relative"):
        check_outputs([Output(path, b"x", "seeds/evil.md")])


def test_two_pages_for_one_path_name_both_sources():
    outputs = [Output("entities/almaty.md", b"a", "entity 'Almaty'"),
               Output("entities/Almaty.md", b"b", "entity 'ALMATY'")]
    with pytest.raises(WriteError, match=r"two pages for 'entities/Almaty.md': one from entity 'Almaty', "
                                         r"one from entity 'ALMATY'"):
        check_outputs(outputs)


def test_a_folder_linked_outside_docs_is_never_written_through(tmp_path):
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    docs.mkdir()
    outside.mkdir()
    os.symlink(outside, docs / "articles")
    with pytest.raises(WriteError, match=r"a linked folder leads outside"):
        write_outputs([Output("index.md", b"home", "the dossier"), Output("articles/x.md", b"x", "seeds/x.txt")],
                      docs)
    assert list(outside.iterdir()) == [] and not (docs / "index.md").exists()


def test_a_manifest_naming_files_outside_docs_deletes_none_of_them(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (docs / MANIFEST).write_text(f'["../victim.txt", "{victim}", "index.md"]', encoding="utf-8")
    write_outputs([Output("index.md", b"home", "the dossier")], docs)
    assert victim.read_text(encoding="utf-8") == "keep me"


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.relative_to(root).as_posix().startswith("project/docs/")}


SEED = "date 2022-01-06 Des manifestants ont été arrêtés à Almaty. La police a arrêté 12 personnes.\n"


def test_seed_names_that_try_to_escape_stay_inside_docs_and_apart(tmp_path):
    project = copy_project(tmp_path / "project", seeds=[])
    names = ["index.txt", "CON.txt", " .txt", "-.txt", "x\\..\\..\\etc\\passwd.txt", "%2e%2e%2fetc%2fpasswd.txt",
             "a" * 200 + ".txt", "Émeute à Almaty !.txt", "<script>.txt"]
    for name in names:
        (project / "seeds" / name).write_text(SEED, encoding="utf-8")
    before = snapshot(tmp_path)
    build(load_settings(project))
    assert snapshot(tmp_path) == before  # only docs/ changed
    articles = [p for p in (project / "docs" / "articles").iterdir() if p.name != "index.md"]
    assert len(articles) == len(names)  # one page each: none overwrote another
    assert all(SLUG.fullmatch(p.stem) and len(p.name) < 80 for p in articles)


def test_two_seeds_with_one_id_are_refused_naming_both(tmp_path):
    project = copy_project(tmp_path / "project", seeds=[])
    for name in ("Almaty.txt", "almaty.md", "ALMATY!.txt"):
        (project / "seeds" / name).write_text(SEED, encoding="utf-8")
    with pytest.raises(SeedError) as err:
        build(load_settings(project))
    assert "seeds/almaty.md:1: id: expected an id unique in the dossier, got 'almaty', already the id of " \
           "seeds/ALMATY!.txt" in str(err.value)
    assert not (project / "docs" / "articles").exists()


@pytest.mark.parametrize(("seed_id", "message"), [
    ("../../etc/passwd", r"seeds/evil.md:2: id: expected lower-case letters, digits and '-'"),
    ("/etc/passwd", r"seeds/evil.md:2: id: expected lower-case letters, digits and '-'"),
    ("index", r"two pages for 'articles/index.md': one from .*, one from seeds/evil.md"),
    ("con", r"refusing to write 'articles/con.md' \(from seeds/evil.md\): .* reserved by Windows"),
    ("a" * 300, r"refusing to write 'articles/a+.md' \(from seeds/evil.md\): .* longer than"),
])
def test_an_id_that_tries_to_escape_is_refused_and_nothing_is_written(tmp_path, seed_id, message):
    project = copy_project(tmp_path / "project", seeds=[])
    (project / "seeds" / "evil.md").write_text(f"---\nid: {seed_id}\ntitle: Émeute\n---\n\n{SEED}", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises((SeedError, WriteError), match=message):
        build(load_settings(project))
    assert snapshot(tmp_path) == before
    assert not (project / "docs" / "articles").exists()
