"""MkDocs plugin `dossier`: `mkdocs build` and `mkdocs serve` run the generator first.

Listed under `plugins:` in mkdocs.yml (installed with the package, so any dossier
project can use it; ProperDocs loads it too). On `mkdocs serve` it also watches
seeds/ and templates/, so editing a seed or a template regenerates the pages; the
writer touches only files whose content changed, so the server does not rebuild
in a loop. With `search: pagefind` in dossier.yml, it indexes the built site with
Pagefind and puts Pagefind's search box on every page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from generator.build import build
from generator.config import Settings, load_settings
from generator.errors import DossierError
from generator.search import UI_CSS, UI_JS, index_site

log = logging.getLogger("mkdocs.plugins.dossier")


def settings_of(config) -> Settings:
    return load_settings(Path(config.config_file_path).parent)


class DossierPlugin(BasePlugin):
    def on_config(self, config, **kwargs):
        try:
            settings = settings_of(config)
        except DossierError as err:
            raise PluginError(f"dossier: {err}") from None
        if settings.search == "pagefind":
            if "search" in config.plugins or "material/search" in config.plugins:
                log.warning("dossier.yml sets 'search: pagefind': remove the 'search' plugin from mkdocs.yml, "
                            "or readers' browsers load both search indexes")
            config.extra_css.append(UI_CSS)
            config.extra_javascript.extend(UI_JS)
        return config

    def on_pre_build(self, config, **kwargs) -> None:
        try:
            build(settings_of(config))
        except DossierError as err:
            raise PluginError(f"dossier: {err}") from None

    def on_post_build(self, config, **kwargs) -> None:
        settings = settings_of(config)
        if settings.search != "pagefind":
            return
        try:
            log.info("dossier: %s", index_site(Path(config.site_dir), settings.language))
        except DossierError as err:
            raise PluginError(f"dossier: {err}") from None

    def on_serve(self, server, config, builder, **kwargs):
        settings = settings_of(config)
        for folder in (settings.seeds_dir, settings.templates_dir):
            if folder.is_dir():
                server.watch(str(folder))
        return server
