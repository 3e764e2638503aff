"""The only stage that writes the disk: rendered pages into `docs/`.

The generator owns the files it wrote, recorded in a manifest; it removes only
files of its own that a build no longer makes, so hand-written pages survive.
It writes a file only when its content changed, so `mkdocs serve`, which
watches `docs/`, does not rebuild in a loop. Each file is replaced atomically.
"""

from __future__ import annotations

import json
import os
import posixpath
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import WriteError

MANIFEST = ".dossier-manifest.json"


@dataclass(frozen=True)
class Output:
    path: str  # relative to docs/, POSIX style
    data: bytes
    source: str  # what it was made from, for error messages


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def check_outputs(outputs: list[Output]) -> None:
    """Refuse a path outside docs/ and two outputs for one path, naming their sources."""
    seen: dict[str, Output] = {}
    for out in outputs:
        norm = posixpath.normpath(out.path)
        if (out.path.startswith("/") or norm.startswith("..") or norm != out.path or "\\" in out.path
                or out.path in ("", ".") or any(part.startswith(".") for part in out.path.split("/"))):
            raise WriteError(f"refusing to write {out.path!r} (from {out.source}): "
                             f"expected a plain relative path inside docs/")
        key = out.path.casefold()  # case-insensitive file systems would merge these
        if key in seen:
            raise WriteError(f"two pages for {out.path!r}: one from {seen[key].source}, "
                             f"one from {out.source}")
        seen[key] = out


def write_outputs(outputs: list[Output], docs_dir: Path) -> WriteReport:
    """Write `outputs` under `docs_dir`, remove what the last build wrote and this one does not."""
    check_outputs(outputs)
    docs_dir.mkdir(parents=True, exist_ok=True)
    previous = read_manifest(docs_dir)
    written, unchanged = [], []
    for out in outputs:
        target = docs_dir / out.path
        if target.is_file() and target.read_bytes() == out.data:
            unchanged.append(out.path)
            continue
        if target.exists() and out.path not in previous:
            raise WriteError(f"refusing to overwrite {target} (from {out.source}): "
                             f"it was not written by the generator; move or rename it")
        atomic_write(target, out.data)
        written.append(out.path)
    current = {out.path for out in outputs}
    removed = sorted(p for p in previous - current if (docs_dir / p).is_file())
    for path in removed:
        (docs_dir / path).unlink()
        _prune_empty_dirs((docs_dir / path).parent, docs_dir)
    atomic_write(docs_dir / MANIFEST, (json.dumps(sorted(current), indent=0) + "\n").encode())
    return WriteReport(tuple(written), tuple(unchanged), tuple(removed))


def read_manifest(docs_dir: Path) -> set[str]:
    path = docs_dir / MANIFEST
    if not path.is_file():
        return set()
    try:
        return {p for p in json.loads(path.read_text(encoding="utf-8")) if isinstance(p, str)}
    except (json.JSONDecodeError, TypeError) as err:
        raise WriteError(f"{path}: expected the list of files the generator wrote, got unreadable JSON "
                         f"({err}); delete it and the generated folders to start afresh") from None


def atomic_write(target: Path, data: bytes) -> None:
    """Replace `target` with `data` at once: readers see the old file or the new, never half of one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune_empty_dirs(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
