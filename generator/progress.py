"""Progress bars on long work, on stderr, for a person watching a terminal.

Quiet when stderr is not a terminal (a pipe, a log file) or under CI (`CI` set):
nothing is printed there, so logs and captured output stay clean.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .model import Facts


def wanted() -> bool:
    """A bar helps only a person at a terminal: not under CI, not when stderr is redirected."""
    return not os.environ.get("CI") and sys.stderr.isatty()


@contextmanager
def document_progress(total: int, label: str = "Extracting facts") -> Iterator[Callable[[Facts], None] | None]:
    """A callback to call once per finished document, drawing a bar; None when quiet."""
    if not wanted() or total < 2:
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.fields[current]}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total, current="")

        def advance(facts: Facts) -> None:
            bar.update(task, advance=1, current=facts.document.path)

        yield advance
