"""Typed settings of a dossier project, read from `dossier.yml` and validated all at once."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ConfigError

log = logging.getLogger(__name__)
SETTINGS_FILE = "dossier.yml"


@dataclass(frozen=True)
class Settings:
    """Every setting of a dossier, with its default. `dossier.yml` may set any of them."""

    root: Path = Path(".")
    #: Title of the site's home page; defaults to the headline-free name "Dossier".
    title: str = "Dossier"
    #: Language of the site's labels (ISO 639-1); empty: the language most documents are in.
    language: str = ""
    #: Folder of seed articles, relative to the root.
    seeds: str = "seeds"
    #: Folder MkDocs builds from; the generator writes its pages here.
    docs: str = "docs"
    #: Folder of Jinja templates (`<kind>.md.j2`), relative to the root.
    templates: str = "templates"

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.seeds

    @property
    def docs_dir(self) -> Path:
        return self.root / self.docs

    @property
    def templates_dir(self) -> Path:
        return self.root / self.templates


def load_settings(root: Path) -> Settings:
    """Settings of the project at `root`: defaults, overridden by `dossier.yml` when present."""
    path = root / SETTINGS_FILE
    values: dict = {}
    if path.is_file():
        try:
            values = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise ConfigError(f"{SETTINGS_FILE}: expected valid YAML, got {err}") from None
        if not isinstance(values, dict):
            raise ConfigError(f"{SETTINGS_FILE}: expected 'key: value' lines, got {type(values).__name__}")
    known = {f.name for f in dataclasses.fields(Settings)} - {"root"}
    errors = []
    for key in sorted(set(values) - known, key=str):
        log.warning("%s: unknown setting %r ignored (known: %s)", SETTINGS_FILE, key, ", ".join(sorted(known)))
    for key in sorted(known & set(values)):
        if not isinstance(values[key], str):
            errors.append(f"{SETTINGS_FILE}: {key}: expected text, got {values[key]!r}")
    if errors:
        raise ConfigError("\n".join(errors))
    return Settings(root=root, **{k: v for k, v in values.items() if k in known})
