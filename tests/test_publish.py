"""Publishing: the GitHub Pages workflow builds with the same make targets as the README says,
and `make publish` / `make site SSG=...` run what they promise."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def make_dry_run(*args: str) -> subprocess.CompletedProcess:
    """What `make ARGS` would run, printed, not run (as a top-level make, even under `make test`)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(["make", "-n", "--no-print-directory", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_workflow_runs_on_pushes_to_main_with_pages_permissions(workflow):
    trigger = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert trigger["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_the_workflow_uses_the_official_actions_in_order(workflow):
    used = [step["uses"].split("@")[0] for step in steps(workflow) if "uses" in step]
    assert used == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                    "actions/upload-pages-artifact", "actions/deploy-pages"]


def test_the_workflow_builds_with_the_make_targets_of_the_readme(workflow):
    commands = [step["run"] for step in steps(workflow) if "run" in step]
    targets = [t for command in commands for t in re.findall(r"\bmake (\w+)", command)]
    assert targets == ["site"]
    for target in targets:
        assert f"make {target}" in README
        assert make_dry_run(target).returncode == 0


def test_the_workflow_uploads_the_folder_mkdocs_builds(workflow):
    site_dir = re.search(r"(?m)^site_dir: (\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")).group(1)
    upload = next(s for s in steps(workflow) if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == site_dir


def test_make_publish_runs_mkdocs_gh_deploy():
    done = make_dry_run("publish")
    assert done.returncode == 0
    assert re.search(r"(?m)^\S*mkdocs gh-deploy --strict", done.stdout)
    assert "make publish" in README


@pytest.mark.parametrize("ssg, commands", [
    ("mkdocs", ["mkdocs build --strict"]),
    ("properdocs", ["properdocs build --strict -f mkdocs.yml"]),
    ("zensical", ["python -m generator build", "zensical build --clean", "python -m generator index"]),
])
def test_make_site_builds_with_each_generator(ssg, commands):
    done = make_dry_run("site", f"SSG={ssg}")
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    positions = [last.find(command) for command in commands]
    assert -1 not in positions and positions == sorted(positions), last


def test_make_site_names_the_generators_it_knows():
    done = make_dry_run("site", "SSG=hugo")
    assert done.returncode != 0
    assert "SSG must be mkdocs, properdocs or zensical, got 'hugo'" in done.stderr
