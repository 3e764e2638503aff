"""Pagefind: the search of large dossiers, indexed from the built site.

Material's built-in search ships one index that every reader's browser loads whole;
past a few megabytes it stalls the page. Pagefind splits its index into small
fragments fetched as a query needs them. With `search: pagefind` in dossier.yml,
the finished site is indexed into `site/pagefind/`, and every page gets Pagefind's
search box above its content.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from .errors import DossierError

#: The part of a Material (or Zensical) page that holds its text; menus and footers are not indexed.
CONTENT = ".md-content"
#: Inside it, what is not text: the headings' permalink signs.
NOT_TEXT = ".headerlink"
#: Static files the pages load when Pagefind is the search, relative to the site.
UI_CSS = "pagefind/pagefind-ui.css"
UI_JS = ("pagefind/pagefind-ui.js", "assets/dossier-search.js")
MOUNT_JS = Path(__file__).parent / "assets" / "dossier-search.js"


class SearchError(DossierError):
    """The search index could not be built."""


def index_site(site_dir: Path, language: str = "") -> str:
    """Index the built site at `site_dir` with Pagefind; return its one-line summary."""
    if importlib.util.find_spec("pagefind") is None:
        raise SearchError("search: pagefind needs the 'pagefind[extended]' package: "
                          "pip install 'dossier[publish]'")
    if not (site_dir / "index.html").is_file():
        raise SearchError(f"search: expected a built site in {site_dir}, got no index.html")
    mount = site_dir / UI_JS[1]
    mount.parent.mkdir(parents=True, exist_ok=True)
    mount.write_bytes(MOUNT_JS.read_bytes())
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--root-selector", CONTENT,
               "--exclude-selectors", NOT_TEXT]
    if language:
        command += ["--force-language", language]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SearchError(f"search: pagefind failed on {site_dir}: {done.stderr.strip() or done.stdout.strip()}")
    return _summary(done.stdout)


def _summary(output: str) -> str:
    """Pagefind's 'Indexed N pages' line (its report is many lines long)."""
    lines = [line.strip() for line in output.splitlines() if line.strip().startswith("Indexed")]
    return "; ".join(lines) or "pagefind: index written"
