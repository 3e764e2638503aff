"""Shared fixtures: a copy of the project in a temporary folder, so tests never touch the real docs/."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

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


# --- The built site as a reader sees it: built by MkDocs, served on loopback, opened in chromium offline.

CHROMIUM = "/usr/bin/chromium"  # Debian's, installed by `make test`
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"]
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


def mkdocs(project: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """`mkdocs ARGS` in `project`, as a user runs it (the dossier plugin included)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=project, env=env, capture_output=True,
                          text=True, timeout=timeout)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """`folder` served on a free loopback port; yields its URL, ending with '/'."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium():
    """Debian's chromium, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def offline(context, blocked: list[str] | None = None) -> None:
    """Let a browser context reach only the loopback site; every other request is aborted (and noted)."""

    def route(route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            if blocked is not None:
                blocked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
