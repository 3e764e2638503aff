"""The whole build, as a table of contents of its stages.

Everything is gathered and rendered in memory first; the disk is written last,
so a run with errors writes nothing and leaves docs/ as it was.
"""

from __future__ import annotations

from pathlib import Path

from .assemble import assemble
from .config import Settings
from .corrections import CORRECTIONS_FILE, parse_corrections
from .exports import export_outputs
from .evaluate import QUALITY_FILE
from .extract import extract_documents
from .model import Correction, Dossier, Facts
from .pages import plan_pages
from .parse import parse_seeds
from .progress import document_progress
from .read import read_assets, read_json, read_seeds, read_text
from .render import render_pages, template_folders
from .write import Output, WriteReport, recover, write_outputs


def extract_paths(paths: list[Path], root: Path, extractors: tuple[str, ...] = ()) -> list[Facts]:
    """Seeds (files or folders) -> the facts of each document, by the given extractors (all by default)."""
    documents = parse_seeds(read_seeds(paths, root))
    with document_progress(len(documents)) as progress:
        return extract_documents(documents, progress=progress, names=extractors or None)


def read_corrections(settings: Settings) -> tuple[Correction, ...]:
    """The corrections made by hand (seeds/corrections.yaml); none without that file."""
    name = f"{settings.seeds}/{CORRECTIONS_FILE}"
    text = read_text(settings.seeds_dir / CORRECTIONS_FILE, name, "corrections")
    return parse_corrections(text, name) if text is not None else ()


def make_dossier(settings: Settings) -> Dossier:
    facts = extract_paths([settings.seeds_dir], settings.root, settings.extractors)
    return assemble(facts, settings, read_corrections(settings))


def site_outputs(dossier: Dossier, settings: Settings) -> list[Output]:
    """Every file the generator puts in docs/: rendered pages, then the templates' assets."""
    exports = export_outputs(dossier)  # data/: dossier.json, its JSON Schema, CSV files to download
    plan = plan_pages(dossier, settings.charts, tuple(o.path for o in exports),  # the home links to them
                      quality=read_json(QUALITY_FILE))
    pages = render_pages(plan, settings.templates_dir, dossier.language)
    outputs = [Output(p.path, p.text.encode("utf-8"), p.source) for p in pages]
    assets = {name: (data, str(folder)) for folder in reversed(template_folders(settings.templates_dir))
              for name, data in read_assets(folder / "assets")}  # the project's own override built-in ones
    outputs += [Output(f"assets/{name}", data, f"{source}/assets") for name, (data, source) in sorted(assets.items())]
    return outputs + exports


def build(settings: Settings) -> WriteReport:
    """seeds/ -> docs/: read, parse, extract, assemble, plan, render, then write."""
    recover(settings.docs_dir)  # first finish a build that was killed after it was done
    dossier = make_dossier(settings)
    return write_outputs(site_outputs(dossier, settings), settings.docs_dir)
