"""Errors that read like a compiler's: where, what was expected, what was found."""

from __future__ import annotations

from dataclasses import dataclass

from .model import SourceRef


class DossierError(Exception):
    """A known failure: the CLI prints it on one line and exits 1, no traceback."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located in a file."""

    ref: SourceRef
    what: str  # the part of the input at fault: "date line", "front matter"
    expected: str
    found: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.ref}: {self.what}: expected {self.expected}, got {self.found}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class SeedError(DossierError):
    """One or more seeds are malformed. Carries every problem found in the run."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.ref, p.what))
        super().__init__(self.report())

    def report(self) -> str:
        lines = [str(p) for p in self.problems]
        n = len(self.problems)
        lines.append(f"{n} error{'s' if n != 1 else ''} in seeds; nothing was written")
        return "\n".join(lines)


class ExtractError(DossierError):
    """An extractor returned something other than the facts it promised."""


class RenderError(DossierError):
    """A template failed; the message names the template, its line and the page."""


class WriteError(DossierError):
    """The writer refused a path outside docs/ or a second write to one path."""


class ConfigError(DossierError):
    """The settings are invalid."""


def quote_found(text: str, limit: int = 60) -> str:
    """Show a piece of input in an error message: quoted, shortened, one line."""
    text = text.replace("\n", "\\n").replace("\r", "\\r")
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return repr(text)
