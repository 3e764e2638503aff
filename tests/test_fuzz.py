"""Bad seeds at scale: whatever a seed holds, a run ends with pages or with errors naming files.

Property-based (hypothesis): random bytes, random Unicode, seeds built from the format's
own pieces (date lines, YAML front matter with every kind of YAML value), every shipped
and fixture seed cut at random places, a 1 MB paragraph, and 10,000 tiny seeds at once.
An exception other than the product's own errors, or a traceback, fails the test.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT, copy_project
from generator.build import build
from generator.config import load_settings
from generator.errors import DossierError, SeedError
from generator.model import Document, Seed
from generator.parse import parse_seed

GOOD_SEEDS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((FIXTURES / "seeds").iterdir()) + \
    sorted((FIXTURES / "hostile").iterdir())
MANY = 10_000


def assert_parses_or_names_the_file(seed: Seed) -> None:
    """The seed parses, or every problem reported names it, with a line inside the file."""
    try:
        doc = parse_seed(seed)
    except SeedError as err:
        assert err.problems
        lines = seed.data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
        for problem in err.problems:
            assert problem.ref.path == seed.path
            assert 0 <= problem.ref.line <= lines + 1, (problem, lines)
            assert str(problem).startswith(f"{seed.path}:")
        return
    assert isinstance(doc, Document) and doc.title and doc.paragraphs
    assert doc.id and "/" not in doc.id


@given(st.binary(max_size=2000))
@settings(max_examples=400, deadline=None)
def test_random_bytes(data):
    assert_parses_or_names_the_file(Seed("seeds/random.txt", data))


@given(st.text(max_size=2000))
@settings(max_examples=400, deadline=None)
def test_random_unicode(text):
    assert_parses_or_names_the_file(Seed("seeds/random.md", text.encode("utf-8", "surrogatepass")))


yaml_scalars = st.one_of(
    st.sampled_from(["2022-01-06", "2022-13-45", "2022-02-30", "2022-01-06 25:61:00", "2022-01-06T10:00:00Z",
                     "0000-01-01", "99999", "~", "null", "yes", "no", ".nan", "-.inf", "0x1F", "1e400", "!!binary aGk=",
                     "!!python/object/apply:os.system ['true']", "!!set {a, b}", "&a [1, 2]", "*a", "*undefined",
                     "[" * 200, "{" * 200, "'unclosed", '"\\x"', "|", ">-", "@at", "`back`", "%TAG", "? x",
                     "<script>alert(1)</script>", "{{ config }}", "fr", "xx", "../../etc/passwd", "id-ok"]),
    st.text(max_size=40), st.integers(), st.floats().map(repr))
front_matter = st.lists(st.tuples(st.sampled_from(["title", "date", "source", "url", "language", "id", "other",
                                                   "<<", "? [a]", "1", " title", "title "]), yaml_scalars),
                        max_size=8).map(lambda pairs: "\n".join(f"{k}: {v}" for k, v in pairs))
date_line = st.builds(lambda d, rest: f"date {d} {rest}",
                      st.sampled_from(["2022", "2022-01", "2022-01-06", "2022-1-6", "2022-13", "0000", "99999",
                                       "2022-02-29", "", "date"]),
                      st.text(max_size=200))
body = st.lists(st.text(max_size=200), max_size=6).map("\n\n".join)


@given(st.one_of(st.builds(lambda fm, b: f"---\n{fm}\n---\n\n{b}", front_matter, body),
                 st.builds(lambda head, b: f"{head}\n\n{b}", date_line, body)),
       st.sampled_from(["", "\ufeff"]), st.sampled_from(["\n", "\r\n", "\r"]))
@settings(max_examples=600, deadline=None)
def test_seeds_made_of_the_formats_own_pieces(text, bom, newline):
    data = (bom + text.replace("\n", newline)).encode("utf-8", "surrogatepass")
    assert_parses_or_names_the_file(Seed("seeds/made.md", data))


def test_a_yaml_bomb_in_front_matter_is_refused_quickly():
    levels = "\n".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 12))
    data = f"---\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n{levels}\ntitle: *l11\n---\n\nCorps du texte.\n"
    with pytest.raises(SeedError, match=r"seeds/bomb.md:\d+: title: expected a text value"):
        parse_seed(Seed("seeds/bomb.md", data.encode()))


@pytest.mark.parametrize("path", GOOD_SEEDS, ids=lambda p: p.name)
@given(cut=st.integers(min_value=0))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_seeds_cut_anywhere(path, cut):
    data = path.read_bytes()
    assert_parses_or_names_the_file(Seed(f"seeds/{path.name}", data[: cut % (len(data) + 1)]))


def cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args, "--root", "."], cwd=project,
                          capture_output=True, text=True, timeout=600)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_one_megabyte_paragraph_ends_with_pages_or_a_clear_error(tmp_path):
    project = copy_project(tmp_path / "project")
    sentence = "La police a arrêté 12 manifestants à Almaty le 6 janvier. "
    huge = sentence * (2**20 // len(sentence.encode()) + 1)
    (project / "seeds" / "huge.txt").write_text(f"date 2022-01-06 Un très long texte. Sur Almaty.\n\n{huge}\n",
                                                encoding="utf-8")
    before = tree(project / "docs")
    result = cli(project, "build")
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert (project / "docs" / "articles" / "huge.md").is_file()
    else:
        assert result.returncode == 1 and "seeds/huge.txt:3: paragraph:" in result.stderr, result.stderr
        assert tree(project / "docs") == before


def write_many(seeds_dir: Path, bad_every: int) -> list[str]:
    """MANY tiny seeds, one in `bad_every` with an impossible date; the names of the bad ones."""
    bad = []
    for n in range(MANY):
        name = f"{n:05d}.md"
        day = 32 if n % bad_every == 0 else n % 28 + 1
        (seeds_dir / name).write_text(f"---\ndate: 2022-01-{day:02d}\nlanguage: fr\n---\n\nTitre {n}. Texte {n}.\n",
                                      encoding="utf-8")
        if day == 32:
            bad.append(f"seeds/{name}")
    return bad


def test_ten_thousand_tiny_seeds_are_checked_and_every_bad_one_named(tmp_path):
    project = copy_project(tmp_path / "project", seeds=[])
    bad = write_many(project / "seeds", bad_every=997)
    result = cli(project, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    named = re.findall(r"(seeds/\d+\.md):\d+: date: expected a real calendar date", result.stderr)
    assert named == bad
    assert result.stderr.rstrip().endswith(f"{len(bad)} errors in seeds; nothing was written")


# Words the extractors look for (figures, quotes, speakers, dates, places), and syntax.
WORDS = ("La police a arrêté au moins plus de 12 1 000 deux cents manifestants morts blessés à Almaty le 6 janvier "
         "lundi hier 2022-01-06 selon l'AFP a déclaré Tokaïev « » \" ' . , ; : ! ? ( ) - — entre 20 et 30 "
         "<script> {{ }} {% %} [x](javascript:1) !!! --8<-- {: | # * _ ` \\ &#60; % \u00a0 \u2028 😀").split(" ")
soup = st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join)


@given(st.lists(st.one_of(soup, st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=300)),
                min_size=1, max_size=4))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_whole_builds_of_random_text_end_with_pages_or_known_errors(tmp_path_factory, paragraphs):
    """Random text through every stage (spaCy, assembly, pages, the writer), not only the parser."""
    project = copy_project(tmp_path_factory.mktemp("build") / "project", seeds=[])
    text = "\n\n".join(paragraphs)
    (project / "seeds" / "random.txt").write_text(f"date 2022-01-06 Titre. {text}\n", encoding="utf-8")
    (project / "seeds" / "other.md").write_text(f"---\ntitle: Autre\n---\n\n{text}\n", encoding="utf-8")
    before = tree(project / "docs")
    try:
        build(load_settings(project))
    except DossierError as err:
        event(f"refused: {type(err).__name__}")
        assert tree(project / "docs") == before
        return
    event("built")
    assert (project / "docs" / "articles" / "random.md").is_file()
    assert not any(p.name.startswith(".dossier-staging") for p in project.iterdir())


def test_the_check_command_never_prints_a_traceback_for_bad_seeds(tmp_path):
    project = copy_project(tmp_path / "project", seeds=[])
    cases = {"bytes.txt": random.Random(7).randbytes(512), "nul.txt": b"date 2022 T.\x00 X.", "bom.md": b"\xef\xbb\xbf---\n",
             "yaml.md": b"---\ndate: 2022-13-45\n---\n\nTexte.\n", "deep.md": b"---\ntitle: " + b"[" * 5000 + b"\n---\nx\n",
             "cut.txt": "date 2022-01-06 Émeute à Almaty".encode()[:17]}  # inside the 'É'
    for name, data in cases.items():
        (project / "seeds" / name).write_bytes(data)
    result = cli(project, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    for name in cases:
        assert f"seeds/{name}:" in result.stderr, name
