"""The command line: `python -m generator` (or `dossier`)."""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path

import click

from .build import build as build_site
from .build import extract_paths, read_corrections
from .config import load_settings
from .errors import DossierError
from .facts import dumps, facts_to_dict
from .parse import parse_seeds
from .read import read_seeds
from .scaffold import LANGUAGES, new_project
from .search import index_site


def known_errors(func):
    """A known error is one line (or one line per problem) on stderr and exit 1; others keep their traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except DossierError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(1)

    return wrapper


root_option = click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
                           show_default=True, help="The dossier project folder (where dossier.yml and seeds/ are).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dossier", message="%(version)s")
def main() -> None:
    """Dossier: turn a folder of news articles into a searchable, source-linked fact site."""
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s")


@main.command()
@root_option
@known_errors
def build(root: Path) -> None:
    """Read the seeds, extract their facts and write the site's Markdown pages into docs/.

    Nothing is written when any seed has an error: docs/ stays as it was.
    """
    settings = load_settings(root)
    report = build_site(settings)
    click.echo(f"{settings.docs}/: {len(report.written)} written, {len(report.unchanged)} unchanged, "
               f"{len(report.removed)} removed", err=True)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", help="Title of the site; default: the folder's name.")
@click.option("--language", type=click.Choice(LANGUAGES), default="fr", show_default=True,
              help="Language of the site's labels.")
@known_errors
def new(directory: Path, title: str | None, language: str) -> None:
    """Create a new dossier project in DIRECTORY: settings, a sample seed, templates, a Makefile.

    Then `cd DIRECTORY && make site` builds it. Existing files are never overwritten.
    """
    for name in new_project(directory, title or directory.resolve().name, language):
        click.echo(f"created {directory / name}", err=True)


@main.command()
@root_option
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"),
              show_default=True, help="The built site, relative to --root.")
@known_errors
def index(root: Path, site_dir: Path) -> None:
    """Index the built site with Pagefind when dossier.yml sets 'search: pagefind'.

    The `dossier` MkDocs plugin does this itself; run it after a generator that runs no
    MkDocs plugin, such as Zensical.
    """
    settings = load_settings(root)
    if settings.search != "pagefind":
        click.echo(f"search: {settings.search}: nothing to index", err=True)
        return
    click.echo(index_site(root / site_dir, settings.language), err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON (facts.schema.json).")
@root_option
@known_errors
def extract(paths: tuple[Path, ...], as_json: bool, root: Path) -> None:
    """Print the facts of the seed files in PATHS (a folder means every seed in it).

    One seed prints one JSON object; several print an array.
    """
    facts = extract_paths(list(paths), root)
    data = [facts_to_dict(f) for f in facts]
    if as_json:
        click.echo(dumps(data[0] if len(data) == 1 else data), nl=False)
        return
    for f in facts:
        click.echo(f"{f.document.path}: {f.document.title}")
        for name in ("entities", "counts", "quotes", "sources", "dates", "hedges"):
            click.echo(f"  {name}: {len(getattr(f, name))}")


@main.command()
@root_option
@known_errors
def check(root: Path) -> None:
    """Validate every seed and the corrections file without writing anything; exit 1 on errors."""
    settings = load_settings(root)
    documents = parse_seeds(read_seeds([settings.seeds_dir], settings.root))
    corrections = read_corrections(settings)
    click.echo(f"{len(documents)} seed(s) OK, {len(corrections)} correction(s) OK", err=True)


@main.command()
@click.option("--gold", type=click.Path(file_okay=False, path_type=Path), default=Path("tests/gold"),
              show_default=True, help="The gold set: sub-folders of articles (NAME.txt) with annotations (NAME.yml).")
@click.option("--save", is_flag=True, help="Also record the figures in the package (generator/quality.json), "
              "where the methodology page of every dossier shows them.")
@known_errors
def evaluate(gold: Path, save: bool) -> None:
    """Measure extraction against a gold set: precision, recall and F1 per fact type,
    and how many quotes have the right speaker, for each part of the set and for all."""
    from .evaluate import QUALITY_FILE, evaluate as run, format_reports, reports_to_dict

    reports = run(gold)
    click.echo(format_reports(reports), nl=False)
    if save:
        QUALITY_FILE.write_text(dumps(reports_to_dict(reports)), encoding="utf-8")
        click.echo(f"saved in {QUALITY_FILE}", err=True)
