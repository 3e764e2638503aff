"""Same seeds, same site: two builds give byte-identical docs/ and exports.

The builds run in separate processes, in two folders, with different hash seeds (so no
set or dict order can leak into the output), time zones 24 hours apart and different
locales (so no date of the run can either). The exports for download live in docs/data/;
the facts contract is what `extract --json` prints.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, copy_project

SEEDS = [*sorted((FIXTURES.parent.parent / "seeds").glob("*.txt")),
         *(FIXTURES / "seeds" / name for name in ("wire_dateline.txt", "photo_credit.txt", "front_matter.md",
                                                  "crlf_and_bom.txt")),
         *sorted((FIXTURES / "hostile").iterdir())]
RUNS = ({"PYTHONHASHSEED": "1", "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8"},
        {"PYTHONHASHSEED": "4242", "TZ": "Etc/GMT+12", "LC_ALL": "POSIX"})


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# `build`, then `extract seeds --json`, in one process.
BUILD_AND_EXTRACT = """
from generator.cli import main
for args in (["build", "--root", "."], ["extract", "seeds", "--json"]):
    try:
        main(args)
    except SystemExit as end:
        assert not end.code, end.code
"""


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> list[tuple[Path, str]]:
    """The same project built twice, in two folders, by two processes that differ in all but
    their input; with the facts export (`extract --json`) of each."""
    builds = []
    for n, env in enumerate(RUNS):
        root = copy_project(tmp_path_factory.mktemp(f"run{n}") / "project", seeds=SEEDS)
        result = subprocess.run([sys.executable, "-c", BUILD_AND_EXTRACT], cwd=root, capture_output=True,
                                text=True, env={**os.environ, **env}, timeout=600)
        assert result.returncode == 0, result.stderr
        builds.append((root, result.stdout))
    return builds


def test_two_builds_write_byte_identical_docs(two_builds):
    (first, _), (second, _) = two_builds
    a, b = tree(first / "docs"), tree(second / "docs")
    assert len(a) > 10
    assert sorted(a) == sorted(b)
    differing = [path for path in a if a[path] != b[path]]
    assert differing == []


def test_two_builds_export_byte_identical_facts(two_builds):
    (_, first), (_, second) = two_builds
    assert '"schema_version"' in first
    assert first == second
