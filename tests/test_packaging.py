"""Packaging: `pip install .` gives a `dossier` command equal to `python -m generator`, and
`dossier new DIR` makes a project that `make site` builds.

The package is installed for real, from a copy of the source, into a fresh virtual
environment; its dependencies come from the test environment (a `.pth` file), so the test
needs no network and no second copy of spaCy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ("pyproject.toml", "README.md", "requirements.txt", "requirements-publish.txt", "generator", "templates")
TITLE = "Inondations de Kaskelen"


def run(command: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A fresh virtual environment where `pip install .` was run on a copy of the source."""
    base = tmp_path_factory.mktemp("packaging")
    source = base / "source"
    source.mkdir()
    for name in SOURCE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(ROOT / name, source / name)
    venv = base / "venv"
    assert run([sys.executable, "-m", "venv", "--without-pip", str(venv)], base).returncode == 0
    purelib = Path(run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                       base).stdout.strip())
    (purelib / "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--no-deps",
                "--no-build-isolation", "--no-index", "--disable-pip-version-check", "."], source)
    assert done.returncode == 0, done.stderr
    return venv


@pytest.fixture(scope="module")
def env(venv) -> dict:
    return {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", "CI": "true",
            "NO_MKDOCS_2_WARNING": "1"}


def test_the_package_is_installed_with_its_templates(venv, env):
    done = run(["python", "-c", "import generator; print(generator.__file__)"], venv, env)
    package = Path(done.stdout.strip()).parent
    assert package.is_relative_to(venv)
    templates = package / "templates"
    assert not templates.is_symlink()
    assert sorted(p.name for p in templates.glob("*.j2")) == sorted(p.name for p in (ROOT / "templates").glob("*.j2"))
    assert (templates / "assets" / "dossier.css").is_file()
    assert (package / "scaffold" / "seeds" / "exemple.md").is_file()


def test_dossier_is_python_m_generator(venv, env):
    dossier = run(["dossier", "--help"], venv, env)
    module = run(["python", "-m", "generator", "--help"], venv, env)
    assert dossier.returncode == module.returncode == 0
    assert dossier.stdout.replace("Usage: dossier", "Usage: python -m generator") == module.stdout
    for command in ("build", "check", "extract", "index", "new"):
        assert f"  {command} " in dossier.stdout
    assert run(["dossier", "--version"], venv, env).stdout == "0.1.0\n"


def test_dossier_new_makes_a_project_that_make_site_builds(venv, env, tmp_path):
    done = run(["dossier", "new", "kaskelen", "--title", TITLE], tmp_path, env)
    assert done.returncode == 0, done.stderr
    project = tmp_path / "kaskelen"
    for name in ("mkdocs.yml", "dossier.yml", "Makefile", "README.md", ".gitignore", "seeds/exemple.md",
                 "templates/README.md"):
        assert f"created kaskelen/{name}\n" in done.stderr
        assert (project / name).is_file()
    built = run(["make", "site"], project, env)
    assert built.returncode == 0, built.stdout + built.stderr
    assert TITLE in (project / "site" / "index.html").read_text(encoding="utf-8")
    article = (project / "site" / "articles" / "exemple" / "index.html").read_text(encoding="utf-8")
    assert "Exemple d&#39;article" in article or "Exemple d'article" in article


def test_dossier_new_overwrites_nothing(venv, env, tmp_path):
    project = tmp_path / "existing"
    project.mkdir()
    (project / "mkdocs.yml").write_text("site_name: mine\n", encoding="utf-8")
    done = run(["dossier", "new", "existing"], tmp_path, env)
    assert done.returncode == 1
    assert done.stderr == ("error: existing: expected a new project folder, got one that already has "
                           "mkdocs.yml; nothing was written\n")
    assert [p.name for p in project.iterdir()] == ["mkdocs.yml"]
    assert (project / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: mine\n"
