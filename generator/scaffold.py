"""`dossier new DIR`: a new dossier project, ready for `make site`, as `mkdocs new` makes one.

The project gets its settings (dossier.yml, mkdocs.yml), a sample seed, a Makefile, a
README, and a `templates/` folder for overrides: a file there replaces the built-in
template of the same name (README, "Templates"). Nothing existing is overwritten.
"""

from __future__ import annotations

import json
from pathlib import Path
from string import Template

from .errors import DossierError

SCAFFOLD = Path(__file__).parent / "scaffold"
RENAMED = {"gitignore": ".gitignore"}  # dot-files are not package data
LANGUAGES = ("fr", "en")


class ScaffoldError(DossierError):
    """The new project cannot be created where asked."""


def project_files(title: str, language: str) -> list[tuple[str, bytes]]:
    """(path in the project, content) of every file of a new project, sorted."""
    values = {"title": json.dumps(title, ensure_ascii=False), "language": language}
    files = []
    for path in _files(SCAFFOLD):
        name = path.relative_to(SCAFFOLD).as_posix()
        data = path.read_bytes()
        if path.suffix == ".yml":
            data = Template(data.decode("utf-8")).substitute(values).encode("utf-8")
        files.append((RENAMED.get(name, name), data))
    return sorted(files)


def new_project(directory: Path, title: str, language: str = "fr") -> list[str]:
    """Write a new project into `directory` (created if needed); return the paths written."""
    if language not in LANGUAGES:
        raise ScaffoldError(f"language: expected one of {', '.join(LANGUAGES)}, got {language!r}")
    if directory.exists() and not directory.is_dir():
        raise ScaffoldError(f"{directory}: expected a folder, got a file")
    files = project_files(title, language)
    existing = [name for name, _ in files if (directory / name).exists()]
    if existing:
        more = f" and {len(existing) - 3} more" if len(existing) > 3 else ""
        raise ScaffoldError(f"{directory}: expected a new project folder, got one that already has "
                            f"{', '.join(existing[:3])}{more}; nothing was written")
    for name, data in files:
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (directory / "docs").mkdir(exist_ok=True)
    return [name for name, _ in files]


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
