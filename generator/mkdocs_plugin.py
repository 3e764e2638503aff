"""MkDocs plugin `dossier`: `mkdocs build` and `mkdocs serve` run the generator first.

Listed under `plugins:` in mkdocs.yml (installed with the package, so any dossier
project can use it; ProperDocs loads it too). On `mkdocs serve` it also watches
seeds/ and templates/, so editing a seed or a template regenerates the pages; the
writer touches only files whose content changed, so the server does not rebuild
in a loop. With `search: pagefind` in dossier.yml, it indexes the built site with
Pagefind and puts Pagefind's search box on every page.

`mkdocs build` writes the site into a staging folder beside site/, which replaces
site/ only once the build has succeeded: a failed, aborted (--strict) or killed
build leaves the last published site/ as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.utils import CountHandler

from generator.build import build
from generator.config import Settings, load_settings
from generator.errors import DossierError
from generator.search import UI_CSS, UI_JS, index_site
from generator.write import recover_folder, replace_folder, staging_dir

log = logging.getLogger("mkdocs.plugins.dossier")


class _Forward(logging.Handler):
    """The generator's warnings (a correction that matches nothing...) said through MkDocs, so
    that `mkdocs build --strict` counts them as it counts its own."""

    def emit(self, record: logging.LogRecord) -> None:
        log.log(record.levelno, "dossier: %s", record.getMessage())


def settings_of(config) -> Settings:
    return load_settings(Path(config.config_file_path).parent)


class DossierPlugin(BasePlugin):
    command = ""  # the MkDocs command being run ("build", "serve"...), "" for a dirty build
    site_dir: Path | None = None  # where `mkdocs build` publishes the site it builds in staging
    warnings: CountHandler | None = None

    def on_startup(self, *, command, dirty, **kwargs) -> None:
        self.command = "" if dirty else command

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
        if self.command == "build":
            self._stage_site(config)
        return config

    def _stage_site(self, config) -> None:
        self.site_dir = Path(config.site_dir)
        recover_folder(self.site_dir)
        config.site_dir = str(staging_dir(self.site_dir))
        self.warnings = CountHandler(level=logging.WARNING)
        logging.getLogger("mkdocs").addHandler(self.warnings)

    def on_pre_build(self, config, **kwargs) -> None:
        generator_log = logging.getLogger("generator")
        forward = _Forward()
        generator_log.addHandler(forward)
        generator_log.propagate = False
        try:
            build(settings_of(config))
        except DossierError as err:
            raise PluginError(f"dossier: {err}") from None
        finally:
            generator_log.removeHandler(forward)
            generator_log.propagate = True

    def on_page_content(self, html, page, **kwargs):
        # Material prints the title in the browser tab decoded (`striptags`) and unescaped:
        # a headline such as "</title><script>..." would run. Give it the title as escaped text.
        if page.title and "title" not in page.meta:
            page.meta["title"] = str(escape(Markup(page.title).striptags()))
        return html

    def on_post_build(self, config, **kwargs) -> None:
        settings = settings_of(config)
        if settings.search == "pagefind":
            try:
                log.info("dossier: %s", index_site(Path(config.site_dir), settings.language))
            except DossierError as err:
                raise PluginError(f"dossier: {err}") from None
        self._publish_site(config)

    def _publish_site(self, config) -> None:
        """Replace site/ with the staged build, unless --strict is about to abort it."""
        if self.site_dir is None or self.warnings is None:
            return
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if config.strict and self.warnings.counts:
            return
        replace_folder(Path(config.site_dir), self.site_dir)
        log.info("dossier: %s replaced by the new build", self.site_dir.name)

    def on_build_error(self, error, **kwargs) -> None:
        if self.site_dir is not None:
            if self.warnings is not None:
                logging.getLogger("mkdocs").removeHandler(self.warnings)
            recover_folder(self.site_dir)  # site/ stays as the last finished build left it

    def on_serve(self, server, config, builder, **kwargs):
        settings = settings_of(config)
        for folder in (settings.seeds_dir, settings.templates_dir):
            if folder.is_dir():
                server.watch(str(folder))
        return server
