"""Progress bars: shown on a terminal while facts are extracted, never under CI or in a pipe."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ["tests/fixtures/seeds/front_matter.md", "tests/fixtures/seeds/wire_dateline.txt"]


def extract_on_a_terminal(env: dict) -> tuple[int, str]:
    """Run `extract` on two seeds with stderr on a pseudo-terminal; return its exit code and stderr."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "generator", "extract", *SEEDS], cwd=ROOT, env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


def without_ci() -> dict:
    return {k: v for k, v in os.environ.items() if k != "CI"}


def test_a_terminal_shows_the_extraction_progress():
    code, stderr = extract_on_a_terminal(without_ci())
    assert code == 0
    assert "Extracting facts" in stderr
    assert "2/2" in stderr
    assert "tests/fixtures/seeds/wire_dateline.txt" in stderr


def test_ci_is_quiet_even_on_a_terminal(monkeypatch):
    from generator.progress import document_progress

    leader, follower = pty.openpty()
    with os.fdopen(follower, "w") as terminal:
        monkeypatch.setattr(sys, "stderr", terminal)
        monkeypatch.delenv("CI", raising=False)
        with document_progress(10) as advance:
            assert advance is not None  # a terminal, no CI: the bar is drawn
        monkeypatch.setenv("CI", "true")
        with document_progress(10) as advance:
            assert advance is None
    os.close(leader)


def test_a_redirected_stderr_is_quiet(monkeypatch):
    from generator.progress import document_progress

    monkeypatch.delenv("CI", raising=False)
    assert not sys.stderr.isatty()  # pytest captures it
    with document_progress(10) as advance:
        assert advance is None
