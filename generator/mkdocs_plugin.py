"""MkDocs plugin `dossier`: `mkdocs build` and `mkdocs serve` run the generator first.

Listed under `plugins:` in mkdocs.yml (installed with the package, so any dossier
project can use it). On `mkdocs serve` it also watches seeds/ and templates/, so
editing a seed or a template regenerates the pages; the writer touches only files
whose content changed, so the server does not rebuild in a loop.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from generator.build import build
from generator.config import Settings, load_settings
from generator.errors import DossierError


def settings_of(config) -> Settings:
    return load_settings(Path(config.config_file_path).parent)


class DossierPlugin(BasePlugin):
    def on_pre_build(self, config, **kwargs) -> None:
        try:
            build(settings_of(config))
        except DossierError as err:
            raise PluginError(f"dossier: {err}") from None

    def on_serve(self, server, config, builder, **kwargs):
        settings = settings_of(config)
        for folder in (settings.seeds_dir, settings.templates_dir):
            if folder.is_dir():
                server.watch(str(folder))
        return server
