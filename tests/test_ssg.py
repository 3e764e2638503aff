"""A way off MkDocs 1.x: the same dossier builds with ProperDocs (which runs the `dossier`
plugin) and with Zensical (which runs no plugin, so the generator runs first), as
`make site SSG=properdocs` and `make site SSG=zensical` do."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_project

BIN = Path(sys.executable).parent
TITLE = "Troubles au Kazakhstan, janvier 2022"  # dossier.yml's title, on the home page
ARTICLE = Path("articles/2022-01-kazakhstan-troubles/index.html")
COMMANDS = {
    "properdocs": [[str(BIN / "properdocs"), "build", "--strict", "-f", "mkdocs.yml"]],
    "zensical": [[sys.executable, "-m", "generator", "build"], [str(BIN / "zensical"), "build", "--clean"],
                 [sys.executable, "-m", "generator", "index"]],
}


def build_with(ssg: str, project: Path) -> str:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CI": "true"}
    output = []
    for command in COMMANDS[ssg]:
        done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)
        output.append(done.stdout + done.stderr)
        assert done.returncode == 0, "\n".join(output)
    return "\n".join(output)


@pytest.mark.parametrize("ssg", sorted(COMMANDS))
def test_the_home_page_and_an_article_page_come_out(ssg, tmp_path):
    project = copy_project(tmp_path / "project")
    if ssg == "zensical":  # Zensical runs no plugin: `python -m generator index` builds Pagefind's index
        settings = project / "dossier.yml"
        settings.write_text(re.sub(r"(?m)^search:.*$", "search: pagefind", settings.read_text(encoding="utf-8")),
                            encoding="utf-8")
    output = build_with(ssg, project)
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    article = (project / "site" / ARTICLE).read_text(encoding="utf-8")
    assert TITLE in home
    assert 'href="articles/2022-01-kazakhstan-troubles/"' in home
    assert "Au moins 13 membres des forces de l'ordre ont été tués" in article  # the seed's headline
    assert "Almaty" in article
    assert (project / "docs" / "index.md").is_file()  # the generator wrote the Markdown first
    if ssg == "zensical":
        assert "Indexed" in output
        assert (project / "site" / "pagefind" / "pagefind.js").is_file()
