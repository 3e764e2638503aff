"""Shared fixtures: a copy of the project in a temporary folder, so tests never touch the real docs/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROJECT_FILES = ("mkdocs.yml", "dossier.yml", "templates", "seeds", "docs/about.md")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the golden files from the current output instead of comparing")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


def copy_project(dest: Path, seeds: list[Path] | None = None) -> Path:
    """A dossier project at `dest`: the real one's settings and templates, and the given seeds
    (the shipped seeds by default)."""
    for name in PROJECT_FILES:
        src = ROOT / name
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, target)
        else:
            shutil.copy2(src, target)
    if seeds is not None:
        shutil.rmtree(dest / "seeds")
        (dest / "seeds").mkdir()
        for seed in seeds:
            shutil.copy2(seed, dest / "seeds" / seed.name)
    return dest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the shipped project (seeds, settings, templates) in a temporary folder."""
    return copy_project(tmp_path / "project")
