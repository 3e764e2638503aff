"""Typed settings of a dossier project, read from `dossier.yml` and validated all at once.

Every setting, its default and its meaning is declared once, below; README's
"Settings" section lists the same. A wrong value is reported with the file and
line it is on, together with every other wrong value; an unknown key is warned
about (with the closest known key) and ignored.
"""

from __future__ import annotations

import dataclasses
import difflib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ConfigError

log = logging.getLogger(__name__)
SETTINGS_FILE = "dossier.yml"
SEARCH_ENGINES = ("material", "pagefind")


@dataclass(frozen=True)
class ChartSettings:
    """How the figures' charts are drawn (inline SVG, at build time)."""

    #: Width of a chart, in pixels at 100 % zoom.
    width: int = 640
    #: Height of a chart, in pixels at 100 % zoom.
    height: int = 240
    #: Most series drawn in one chart; the rest are listed in its table only.
    max_series: int = 6


@dataclass(frozen=True)
class Settings:
    """Every setting of a dossier, with its default. `dossier.yml` may set any of them."""

    root: Path = Path(".")
    #: Title of the site's home page.
    title: str = "Dossier"
    #: Language of the site's labels (ISO 639-1: fr, en); empty: the language most documents are in.
    language: str = ""
    #: Folder of seed articles, relative to the root.
    seeds: str = "seeds"
    #: Folder MkDocs builds from; the generator writes its pages here.
    docs: str = "docs"
    #: Folder of Jinja templates (`<kind>.md.j2`) that override the built-in ones, relative to the root.
    templates: str = "templates"
    #: Names of the extractors to run; empty: every registered extractor.
    extractors: tuple[str, ...] = ()
    #: Chart options (see ChartSettings).
    charts: ChartSettings = field(default_factory=ChartSettings)
    #: Search of the built site: "material" (lunr, in the browser) or "pagefind" (for large dossiers).
    search: str = "material"

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.seeds

    @property
    def docs_dir(self) -> Path:
        return self.root / self.docs

    @property
    def templates_dir(self) -> Path:
        return self.root / self.templates


def _text(value: object) -> str | None:
    return None if isinstance(value, str) else "text"


def _folder(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "a folder name"
    if Path(value).is_absolute() or ".." in Path(value).parts:
        return "a folder inside the project (relative, without '..')"
    return None


def _language(value: object) -> str | None:
    ok = isinstance(value, str) and (value == "" or re.fullmatch(r"[a-z]{2}", value))
    return None if ok else "a two-letter language code such as 'fr' or 'en', or ''"


def _names(value: object) -> str | None:
    ok = isinstance(value, list) and all(isinstance(v, str) and v for v in value)
    return None if ok else "a list of extractor names, such as [counts, quotes]"


def _search(value: object) -> str | None:
    return None if value in SEARCH_ENGINES else " or ".join(repr(e) for e in SEARCH_ENGINES)


def _positive_int(value: object) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and value > 0
    return None if ok else "a whole number above 0"


CHECKS = {"title": _text, "language": _language, "seeds": _folder, "docs": _folder,
          "templates": _folder, "extractors": _names, "search": _search}
CHART_CHECKS = {f.name: _positive_int for f in dataclasses.fields(ChartSettings)}


def load_settings(root: Path) -> Settings:
    """Settings of the project at `root`: defaults, overridden by `dossier.yml` when present."""
    path = root / SETTINGS_FILE
    node = _compose(path) if path.is_file() else None
    if node is None:
        return Settings(root=root)
    errors: list[tuple[int, str]] = []
    values = _check_mapping(node, CHECKS | {"charts": None}, "", errors)
    if "charts" in values:
        values["charts"] = ChartSettings(**_check_mapping(values["charts"], CHART_CHECKS, "charts.", errors))
    if "extractors" in values:
        values["extractors"] = tuple(values["extractors"])
        errors += _unknown_extractors(values["extractors"], node) if values["extractors"] else []
    if errors:
        n = len(errors)
        lines = [text for _, text in sorted(errors)]
        raise ConfigError("\n".join(lines + [f"{n} error{'s' if n != 1 else ''} in {SETTINGS_FILE}"]))
    return Settings(root=root, **values)


def _unknown_extractors(names: tuple[str, ...], node: yaml.MappingNode) -> list[tuple[int, str]]:
    """An error for each name that no registered extractor has, listing the available ones."""
    from .extract import REGISTRY, builtins  # noqa: F401  (registers the built-in extractors)

    line = next(k.start_mark.line + 1 for k, _ in node.value if k.value == "extractors")
    available = ", ".join(sorted(REGISTRY))
    return [(line, f"{SETTINGS_FILE}:{line}: extractors: expected one of {available}, got {name!r}")
            for name in names if name not in REGISTRY]


def _compose(path: Path) -> yaml.Node | None:
    """The YAML node tree of the settings file (keeping line numbers), or None when empty."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        line = f":{err.problem_mark.line + 1}" if getattr(err, "problem_mark", None) else ""
        raise ConfigError(f"{SETTINGS_FILE}{line}: expected valid YAML, got {_one_line(err)}") from None
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value == ""):
        return None
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{SETTINGS_FILE}:{node.start_mark.line + 1}: expected 'key: value' lines, "
                          f"got a YAML {node.id}")
    return node


def _check_mapping(node: yaml.Node, checks: dict, prefix: str, errors: list[tuple[int, str]]) -> dict:
    """The known keys of a mapping node, checked; errors and warnings name the line."""
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        errors.append((line, f"{SETTINGS_FILE}:{line}: {prefix.rstrip('.')}: expected 'key: value' lines, "
                             f"got a YAML {node.id}"))
        return {}
    values = {}
    for key_node, value_node in node.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if key not in checks:
            close = difflib.get_close_matches(key, checks, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(checks))}"
            log.warning("%s:%d: unknown setting %r ignored (%s)", SETTINGS_FILE, line, prefix + key, hint)
            continue
        check = checks[key]
        if check is None:  # a nested mapping, checked by the caller
            values[key] = value_node
            continue
        try:
            value = _value(value_node)
        except yaml.YAMLError as err:
            errors.append((line, f"{SETTINGS_FILE}:{line}: {prefix}{key}: expected a plain value, got {_one_line(err)}"))
            continue
        expected = check(value)
        if expected:
            errors.append((line, f"{SETTINGS_FILE}:{line}: {prefix}{key}: expected {expected}, got {value!r}"))
        else:
            values[key] = value
    return values


def _value(node: yaml.Node) -> object:
    return yaml.SafeLoader("").construct_object(node, deep=True)


def _one_line(err: Exception) -> str:
    return " ".join(str(getattr(err, "problem", None) or err).split())
