"""The only stage that reads the disk: seed files in, `Seed` values out."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import Problem, SeedError
from .model import Seed, SourceRef

SEED_SUFFIXES = (".txt", ".md", ".markdown")


def seed_paths(seeds_dir: Path) -> list[Path]:
    """Every seed file below `seeds_dir`, in a stable order; hidden files are skipped."""
    if not seeds_dir.is_dir():
        return []
    return sorted(
        p
        for p in seeds_dir.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SEED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(seeds_dir).parts)
    )


def relative(path: Path, root: Path) -> str:
    """A path as the project names it: relative to the root when it is inside, POSIX style."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_seeds(paths: list[Path], root: Path) -> list[Seed]:
    """Read seed files and folders (a folder means every seed in it).

    Raises SeedError naming every path that is missing or holds no seed.
    """
    seeds: list[Seed] = []
    problems: list[Problem] = []
    for path in paths:
        name = relative(path, root)
        if path.is_dir():
            found = seed_paths(path)
            if not found:
                problems.append(Problem(SourceRef(name, 0), "seeds folder",
                                        f"at least one seed file ({', '.join('*' + s for s in SEED_SUFFIXES)})",
                                        "none", "add an article, e.g. seeds/2022-01-almaty.txt"))
            seeds.extend(Seed(relative(p, root), p.read_bytes()) for p in found)
        elif path.is_file():
            seeds.append(Seed(name, path.read_bytes()))
        else:
            problems.append(Problem(SourceRef(name, 0), "path", "a seed file or a folder of seeds",
                                    "nothing at that path"))
    if problems:
        raise SeedError(problems)
    return seeds


def read_assets(assets_dir: Path) -> list[tuple[str, bytes]]:
    """Static files shipped with the templates (CSS...), as (path below the folder, bytes)."""
    if not assets_dir.is_dir():
        return []
    return [(p.relative_to(assets_dir).as_posix(), p.read_bytes())
            for p in sorted(assets_dir.rglob("*")) if p.is_file() and not p.name.startswith(".")]


def read_text(path: Path, name: str, what: str) -> str | None:
    """An optional UTF-8 text file (byte-order mark allowed); None when there is none.

    `name` is how errors call the file, `what` what it holds ("corrections").
    """
    if not path.is_file():
        return None
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SeedError([Problem(SourceRef(name, data[: err.start].count(b"\n") + 1), what, "UTF-8 text",
                                 f"byte 0x{data[err.start]:02x} at offset {err.start}")]) from None


def read_json(path: Path) -> object | None:
    """A JSON file shipped with the package (the extraction's measured quality); None without it."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
