"""A build that fails or is killed midway leaves docs/ and site/ as the last complete build made them.

The builds killed here are real runs of `python -m generator build` and `mkdocs build`,
started by a small wrapper that sends SIGKILL to its own process at a chosen step
(the wrapper reads DOSSIER_KILL_AT; the product never does).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from filelock import FileLock

from conftest import FIXTURES, copy_project
from generator.build import build
from generator.config import load_settings
from generator.write import Output, lock_file, recover, staging_dir, write_outputs

# Kills the process just before the N-th call of `name` made by the module `target`
# (counting only calls whose first argument contains `match`, when given).
KILLER = textwrap.dedent("""
    import importlib, os, signal, sys
    target, name, at, match = (os.environ["DOSSIER_KILL_AT"] + ":").split(":")[:4]
    module = importlib.import_module(target)
    real = getattr(module, name) if name in vars(module) else getattr(os, name)
    calls = 0

    def killing(*args, **kwargs):
        global calls
        calls += match in str(args[0] if args else "")
        if calls == int(at):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    if name in vars(module):
        setattr(module, name, killing)
    else:  # a function of `os` as the module sees it
        module.os = type("KillingOs", (), {"__getattr__": lambda self, attr: killing if attr == name
                                          else getattr(os, attr)})()
    args = sys.argv[1:]
    if args[0] == "mkdocs":
        from mkdocs.__main__ import cli
        cli(args[1:])
    else:
        from generator.cli import main
        main(args)
""")
ADDED = FIXTURES / "seeds" / "wire_dateline.txt"
GONE = FIXTURES / "seeds" / "photo_credit.txt"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def killed(root: Path, at: str, *command: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DOSSIER_KILL_AT": at, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-c", KILLER, *command], cwd=root, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def change(tmp_path_factory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """A project built with two seeds whose seeds then change (one gone, one added), the docs/
    of that build, and the docs/ a complete build of the changed seeds makes."""
    old = copy_project(tmp_path_factory.mktemp("old") / "project")
    shutil.copy2(GONE, old / "seeds" / GONE.name)
    build(load_settings(old))
    before = tree(old / "docs")
    (old / "seeds" / GONE.name).unlink()
    shutil.copy2(ADDED, old / "seeds" / ADDED.name)
    new = copy_project(tmp_path_factory.mktemp("new") / "project")
    shutil.copy2(ADDED, new / "seeds" / ADDED.name)
    build(load_settings(new))
    return old, before, tree(new / "docs")


@pytest.fixture
def project_to_change(change, tmp_path) -> Path:
    old, _, _ = change
    return Path(shutil.copytree(old, tmp_path / "project", symlinks=True))


def test_the_change_writes_adds_and_removes_pages(change):
    _, before, after = change
    assert before != after
    assert set(before) - set(after) and set(after) - set(before)
    assert any(before[p] != after[p] for p in set(before) & set(after) if p != ".dossier-manifest.json")


@pytest.mark.parametrize("at", ["generator.write:fsync:1",  # staging the first changed file
                                "generator.write:fsync:4",  # staging a later one
                                "generator.write:replace:1"])  # just before the journal is in place
def test_a_build_killed_before_it_is_done_leaves_docs_as_it_was(change, project_to_change, at):
    _, before, _ = change
    result = killed(project_to_change, at, "build", "--root", ".")
    assert result.returncode == -signal.SIGKILL, result.stderr
    docs = project_to_change / "docs"
    assert staging_dir(docs).is_dir()  # the kill did happen while staging
    assert tree(docs) == before
    recover(docs)
    assert tree(docs) == before and not staging_dir(docs).exists()


def test_a_build_killed_while_moving_files_in_is_finished_by_the_next_run(change, project_to_change):
    _, before, after = change
    result = killed(project_to_change, "generator.write:replace:4", "build", "--root", ".")
    assert result.returncode == -signal.SIGKILL, result.stderr
    docs = project_to_change / "docs"
    assert tree(docs) not in (before, after)  # killed halfway through the moves
    report = build(load_settings(project_to_change))
    assert report.written == () and report.removed == ()  # the killed build was already complete
    assert tree(docs) == after
    assert not staging_dir(docs).exists()


def test_a_failing_build_leaves_docs_as_it_was(change, project_to_change):
    _, before, _ = change
    shutil.copy2(FIXTURES / "seeds" / "no_date.txt", project_to_change / "seeds" / "no_date.txt")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--root", "."], cwd=project_to_change,
                            capture_output=True, text=True)
    assert result.returncode == 1 and "seeds/no_date.txt:1:" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree(project_to_change / "docs") == before


def mkdocs_build(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    """A project whose site/ was built by `mkdocs build --strict`, and that site."""
    root = copy_project(tmp_path_factory.mktemp("published") / "project")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root, tree(root / "site")


@pytest.fixture
def published_copy(published, tmp_path) -> Path:
    return Path(shutil.copytree(published[0], tmp_path / "project", symlinks=True))


def test_mkdocs_build_killed_midway_keeps_the_published_site(published, published_copy):
    _, site = published
    shutil.copy2(ADDED, published_copy / "seeds" / ADDED.name)
    result = killed(published_copy, "mkdocs.commands.build:_build_page:3", "mkdocs", "build", "--strict")
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert tree(published_copy / "site") == site


def test_a_site_swap_killed_halfway_is_undone_and_a_strict_failure_keeps_the_site(published, published_copy):
    _, site = published
    # Killed just before the new site moves in, once the old one is aside.
    result = killed(published_copy, "generator.write:replace:1:.dossier-staging-site", "mkdocs", "build", "--strict")
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert not (published_copy / "site").exists()  # killed between the two moves
    (published_copy / "docs" / "broken.md").write_text("# Broken\n\n[a page](missing.md)\n", encoding="utf-8")
    result = mkdocs_build(published_copy)
    assert result.returncode == 1 and "Aborted with 1 warnings in strict mode" in result.stdout + result.stderr
    assert tree(published_copy / "site") == site
    assert sorted(p.name for p in published_copy.iterdir() if p.name.startswith(".dossier")) == []


def test_two_builds_take_turns_writing_docs(tmp_path):
    """While one build holds docs/, another waits for it instead of mixing their files."""
    docs = tmp_path / "docs"
    outputs = [Output("index.md", b"# Second build\n", "a test")]
    holder = FileLock(lock_file(docs))
    holder.acquire()
    writer = threading.Thread(target=write_outputs, args=(outputs, docs))
    writer.start()
    writer.join(timeout=1.0)
    assert writer.is_alive() and not (docs / "index.md").exists()
    holder.release()
    writer.join(timeout=30)
    assert not writer.is_alive()
    assert (docs / "index.md").read_bytes() == b"# Second build\n"
