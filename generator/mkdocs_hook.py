"""MkDocs hook: `mkdocs build` and `mkdocs serve` run the generator first.

Listed under `hooks:` in mkdocs.yml. `mkdocs serve` also watches seeds/ and
templates/, so editing a seed or a template regenerates the pages; the writer
touches only files whose content changed, so the server does not rebuild in a loop.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.build import build
from generator.config import load_settings
from generator.errors import DossierError


def _settings(config):
    return load_settings(Path(config.config_file_path).parent)


def on_pre_build(config, **kwargs) -> None:
    try:
        build(_settings(config))
    except DossierError as err:
        raise PluginError(f"dossier: {err}") from None


def on_serve(server, config, builder, **kwargs):
    settings = _settings(config)
    for folder in (settings.seeds_dir, settings.templates_dir):
        if folder.is_dir():
            server.watch(str(folder))
    return server
