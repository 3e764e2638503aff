"""Live editing: under `mkdocs serve`, saving a seed or a template regenerates the pages and the
server serves the new text, as `make serve` promises."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from conftest import copy_project

ARTICLE = "articles/2022-01-kazakhstan-troubles/"
SEED = "seeds/2022-01-kazakhstan-troubles.txt"
ADDED = "Un paragraphe ajouté à la relecture cite la ville de Taldykorgan."
SIGNATURE = "Relu par la rédaction du dossier."  # a line added to the article template
WAIT = 240  # seconds, at most, for a build on a busy machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, condition, server: subprocess.Popen, log: Path) -> str:
    """The page at `url` once `condition(text)` holds; fails after WAIT seconds or if the server dies."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert server.poll() is None, f"mkdocs serve stopped:\n{log.read_text(encoding='utf-8')}"
        text = fetch(url)
        if text is not None and condition(text):
            return text
        time.sleep(1)
    raise AssertionError(f"{url}: not as expected after {WAIT} s\n{log.read_text(encoding='utf-8')[-3000:]}")


def test_editing_a_seed_or_a_template_changes_the_served_page(tmp_path):
    project = copy_project(tmp_path / "project")
    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/{ARTICLE}"
        before = wait_for(url, lambda text: "Almaty" in text, server, log)
        assert "Taldykorgan" not in before
        seed = project / SEED
        seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{ADDED}\n", encoding="utf-8")
        after = wait_for(url, lambda text: "Taldykorgan" in text, server, log)
        assert "Almaty" in after
        assert "Detected file changes" in log.read_text(encoding="utf-8")
        template = project / "templates" / "article.md.j2"
        template.write_text(template.read_text(encoding="utf-8") + f"\n{SIGNATURE}\n", encoding="utf-8")
        wait_for(url, lambda text: SIGNATURE in text and "Taldykorgan" in text, server, log)
    finally:
        stop(server)


def stop(server: subprocess.Popen) -> None:
    """End the server and anything it started; it ran in its own process group."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=20)
