"""The only stage that writes the disk: rendered pages into `docs/`.

The generator owns the files it wrote, recorded in a manifest; it removes only
files of its own that a build no longer makes, so hand-written pages survive.
It writes a file only when its content changed, so `mkdocs serve`, which
watches `docs/`, does not rebuild in a loop.

A build changes `docs/` all at once or not at all. Changed files are first
written into a staging folder beside `docs/` (`.dossier-staging-docs`, on the
same file system), with a journal listing the moves and removals to make. Moving
the journal into place is the moment the build counts as done; the files are
then moved into `docs/`. A build killed before that moment leaves `docs/` byte
for byte as it was (the next run clears the staging folder); one killed after
it is finished by the next run (`recover`) before anything reads the manifest.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import posixpath
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import WriteError
from .slug import MAX_SEGMENT, RESERVED

MANIFEST = ".dossier-manifest.json"
JOURNAL = "journal.json"  # in the staging folder, next to `files/`


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
        problem = path_problem(out.path)
        if problem:
            raise WriteError(f"refusing to write {out.path!r} (from {out.source}): "
                             f"expected a plain relative path inside docs/, got {problem}")
        key = out.path.casefold()  # case-insensitive file systems would merge these
        if key in seen:
            raise WriteError(f"two pages for {out.path!r}: one from {seen[key].source}, "
                             f"one from {out.source}")
        seen[key] = out


def path_problem(path: str) -> str:
    """What makes `path` unfit to write below docs/, or '' when it is a plain relative path."""
    if not path or path.startswith("/") or "\\" in path or ":" in path:
        return "an absolute or empty path"
    if posixpath.normpath(path) != path or any(c < " " or c == "\x7f" for c in path):
        return "a path that is not in normal form"
    for part in path.split("/"):
        if part.startswith("."):
            return f"a hidden or parent folder {part!r}"
        if len(part.encode("utf-8")) > MAX_SEGMENT:
            return f"a name longer than {MAX_SEGMENT} bytes"
        if part.split(".")[0].casefold() in RESERVED:
            return f"a name reserved by Windows {part!r}"
    return ""


def write_outputs(outputs: list[Output], docs_dir: Path) -> WriteReport:
    """Write `outputs` under `docs_dir`, remove what the last build wrote and this one does not."""
    check_outputs(outputs)
    with _disk_errors(docs_dir), _one_build_at_a_time(docs_dir):
        docs_dir.mkdir(parents=True, exist_ok=True)
        _recover(docs_dir)
        previous = read_manifest(docs_dir)
        report = _plan(outputs, docs_dir, previous)
        changed = {out.path: out.data for out in outputs if out.path in report.written}
        manifest = (json.dumps(sorted(out.path for out in outputs), indent=0) + "\n").encode()
        if _read(docs_dir / MANIFEST) != manifest:
            changed[MANIFEST] = manifest
        if changed or report.removed:
            _commit(changed, report.removed, docs_dir)
    return report


@contextlib.contextmanager
def _disk_errors(docs_dir: Path) -> Iterator[None]:
    """A failing disk is a known error naming the file, not a traceback."""
    try:
        yield
    except OSError as err:
        raise WriteError(f"{err.filename or docs_dir}: could not write ({err.strerror or err}); "
                         f"{docs_dir} keeps the files of the last complete build") from None


LOCK_WAIT = 120.0  # seconds a build waits while another one writes the same docs/


def lock_file(docs_dir: Path) -> Path:
    """The lock of one docs/ folder, kept in the system's temporary folder so that the project holds
    nothing but its own files."""
    key = hashlib.sha1(str(docs_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"dossier-{key}.lock"


@contextlib.contextmanager
def _one_build_at_a_time(docs_dir: Path) -> Iterator[None]:
    """Two builds of one project (`make serve` running while `make site` is typed) take turns
    writing docs/: the second waits for the first instead of mixing their files."""
    lock = FileLock(lock_file(docs_dir), mode=0o666)  # other users of the machine may build too
    try:
        lock.acquire(timeout=LOCK_WAIT)
    except Timeout:
        raise WriteError(f"{docs_dir}: another build has been writing it for {LOCK_WAIT:.0f} s "
                         f"(lock {lock_file(docs_dir)}); try again once it has finished") from None
    try:
        yield
    finally:
        lock.release()


def staging_dir(docs_dir: Path) -> Path:
    """Where a build stages its files before they go into `docs_dir` all at once."""
    return docs_dir.parent / f".dossier-staging-{docs_dir.name}"


def _commit(changed: dict[str, bytes], removals: tuple[str, ...], docs_dir: Path) -> None:
    """Stage every changed file, move the journal into place (the build is done), then apply it."""
    staging = staging_dir(docs_dir)
    if staging.exists():
        shutil.rmtree(staging)
    for path in sorted(changed):
        _write_synced(staging / "files" / path, changed[path])
    if os.stat(staging).st_dev != os.stat(docs_dir).st_dev:
        shutil.rmtree(staging)
        raise WriteError(f"{docs_dir}: expected a folder on the same file system as {docs_dir.parent}, "
                         f"so that a build can replace its files at once")
    journal = {"move": sorted(changed), "remove": list(removals)}
    _write_synced(staging / f"{JOURNAL}.tmp", (json.dumps(journal, indent=1) + "\n").encode())
    os.replace(staging / f"{JOURNAL}.tmp", staging / JOURNAL)
    _recover(docs_dir)


def _plan(outputs: list[Output], docs_dir: Path, previous: set[str]) -> WriteReport:
    """Which outputs change a file, which leave it as it is, which old files go."""
    written, unchanged = [], []
    for out in outputs:
        target = docs_dir / out.path
        if not _inside(docs_dir, out.path):
            raise WriteError(f"refusing to write {target} (from {out.source}): "
                             f"a linked folder leads outside {docs_dir}")
        if _read(target) == out.data:
            unchanged.append(out.path)
            continue
        if target.is_dir() or ((target.exists() or target.is_symlink()) and out.path not in previous):
            raise WriteError(f"refusing to overwrite {target} (from {out.source}): "
                             f"it was not written by the generator; move or rename it")
        written.append(out.path)
    current = {out.path for out in outputs}
    removed = sorted(p for p in previous - current
                     if not path_problem(p) and _inside(docs_dir, p) and (docs_dir / p).is_file())
    return WriteReport(tuple(written), tuple(unchanged), tuple(removed))


def _inside(docs_dir: Path, path: str) -> bool:
    """Whether the folder of `path` is really inside `docs_dir`, once linked folders are followed."""
    return (docs_dir / path).parent.resolve().is_relative_to(docs_dir.resolve())


def recover(docs_dir: Path) -> None:
    """Finish the build whose journal is staged beside `docs_dir`, or clear what a killed build staged."""
    with _disk_errors(docs_dir), _one_build_at_a_time(docs_dir):
        _recover(docs_dir)


def _recover(docs_dir: Path) -> None:
    staging = staging_dir(docs_dir)
    journal = staging / JOURNAL
    if journal.is_file():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            moves, removals = [str(p) for p in plan["move"]], [str(p) for p in plan["remove"]]
        except (ValueError, KeyError, TypeError) as err:
            raise WriteError(f"{journal}: expected the journal of an unfinished build, got unreadable "
                             f"JSON ({err}); delete {staging} and the generated folders to start afresh") from None
        for path in (p for p in moves + removals if path_problem(p) and p != MANIFEST):
            raise WriteError(f"{journal}: refusing to apply {path!r}, a path outside docs/")
        for path in moves:
            if (staging / "files" / path).is_file():
                (docs_dir / path).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / "files" / path, docs_dir / path)
        for path in removals:
            (docs_dir / path).unlink(missing_ok=True)
            _prune_empty_dirs((docs_dir / path).parent, docs_dir)
    if staging.exists():
        shutil.rmtree(staging)


def replace_folder(new: Path, target: Path) -> None:
    """Put the finished folder `new` in the place of `target` (a built site/), keeping no mix of both.

    Two renames: `target` aside, `new` in. A run killed between them leaves `target`
    missing and its old copy aside, which `recover_folder` puts back.
    """
    old = _aside(target)
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def recover_folder(target: Path) -> None:
    """Undo what a killed `replace_folder` left: put the old `target` back, clear what was staged."""
    old = _aside(target)
    if old.exists() and not target.exists():
        os.replace(old, target)
    for leftover in (old, staging_dir(target)):
        if leftover.exists():
            shutil.rmtree(leftover)


def _aside(target: Path) -> Path:
    return target.parent / f".dossier-old-{target.name}"


def _write_synced(target: Path, data: bytes) -> None:
    """Write a whole file and flush it to the disk before anything depends on it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(target, 0o644)


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() and not path.is_symlink() else None


def read_manifest(docs_dir: Path) -> set[str]:
    path = docs_dir / MANIFEST
    if not path.is_file():
        return set()
    try:
        return {p for p in json.loads(path.read_text(encoding="utf-8")) if isinstance(p, str)}
    except (json.JSONDecodeError, TypeError, UnicodeDecodeError) as err:
        raise WriteError(f"{path}: expected the list of files the generator wrote, got unreadable JSON "
                         f"({err}); delete it and the generated folders to start afresh") from None


def _prune_empty_dirs(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
