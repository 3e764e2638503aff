"""Pages -> Markdown text, through the Jinja templates in `templates/`.

Seed text reaches a template only as data, and leaves it only through the `md`
filter, which makes it inert in Markdown and in HTML.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from .charts import iso_day, line_chart
from .errors import RenderError
from .figures import chart_lines
from .model import Series, SeriesPoint
from .pages import Page

LOCALE_DIR = Path(__file__).parent / "locale"
BUILTIN_TEMPLATES = Path(__file__).parent / "templates"  # packaged with the generator
# Every character that means something to Markdown, its extensions or HTML, as a
# numeric reference: shown as itself, never read as syntax.
_INERT = {c: f"&#{ord(c)};" for c in "&<>\\`*_{}[]|~^=!#:$\""}
_INERT_RE = re.compile("[" + re.escape("".join(_INERT)) + "]")
_SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class RenderedPage:
    path: str
    text: str
    source: str


def inert(text: object) -> str:
    """Seed text as Markdown that shows it to the letter and runs nothing."""
    flat = " ".join(str(text).split())
    return _INERT_RE.sub(lambda m: _INERT[m.group(0)], flat)


def inert_piece(text: object) -> str:
    """A piece of a sentence, made inert like `inert`, keeping one space at its ends.

    Pieces are joined to make a sentence (its marked facts between them), so the
    space between two pieces must stay; every run of white space is one space.
    """
    flat = _SPACES_RE.sub(" ", str(text))
    return _INERT_RE.sub(lambda m: _INERT[m.group(0)], flat)


def safe_url(url: object) -> str:
    """An http(s) link taken from a seed, percent-encoded; '' for any other scheme."""
    text = str(url or "").strip()
    if urlsplit(text).scheme.lower() not in ("http", "https"):
        return ""
    return quote(text, safe="/:?#&=%@+,;~.-_!$'")


def translations(language: str) -> NullTranslations:
    """The message catalog of `language` (generator/locale/<lang>.po); English is the source."""
    po = LOCALE_DIR / f"{language}.po"
    if not po.is_file():
        return NullTranslations()
    with po.open("rb") as f:
        catalog = read_po(f, locale=language)
    mo = io.BytesIO()
    write_mo(mo, catalog)
    mo.seek(0)
    return Translations(mo)


def template_folders(templates_dir: Path) -> tuple[Path, ...]:
    """Where templates are looked up, first match wins: the project's own folder, whose files
    override the built-in ones of the same name, then the built-in templates."""
    folders = [templates_dir.resolve(), BUILTIN_TEMPLATES.resolve()]
    return tuple(dict.fromkeys(f for f in folders if f.is_dir()))


@functools.cache
def environment(templates_dir: Path, language: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_folders(templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        autoescape=False,
        extensions=["jinja2.ext.i18n"],
    )
    catalog = translations(language)
    env.install_gettext_translations(catalog, newstyle=True)
    env.filters["md"] = inert
    env.filters["md_piece"] = inert_piece
    env.filters["safe_url"] = safe_url
    env.filters["date"] = lambda iso: format_iso_date(iso, language)
    env.filters["number"] = lambda n: format_decimal(n, locale=language)
    env.filters["ratio"] = lambda x: format_decimal(x, format="0.00", locale=language)  # 0,85 in French
    env.filters["chart"] = functools.partial(series_chart, gettext=catalog.gettext, language=language)
    env.filters["series_name"] = functools.partial(series_name, gettext=catalog.gettext)
    return env


def series_name(series: Series, gettext: Callable[[str], str]) -> str:
    """"Tués · membres des forces de l'ordre": the group is left out when it only repeats the category."""
    category = gettext(series.category)
    group = "" if series.label.casefold() == category.casefold() else series.label
    return " · ".join(filter(None, (category[:1].upper() + category[1:], group)))


def series_chart(series: list[Series], title: str, chart_id: str, size: tuple[int, int], colour: int = 0, *,
                 gettext: Callable[[str], str], language: str) -> str:
    """Series -> an inline SVG chart, its labels in the dossier's language."""

    def number(n: int) -> str:
        return format_decimal(n, locale=language)

    def note(p: SeriesPoint) -> str:
        low, high = p.bounds
        value = number(low) if low == high else f"{number(low)}–{number(high)}"
        said = p.count.attributed_to or ""
        return " · ".join(filter(None, (f"{gettext(p.count.qualifier)} {value}",
                                        format_iso_date(p.date, language), said)))

    return line_chart(chart_lines(series, lambda s: series_name(s, gettext), note), title, number,
                      lambda iso: format_iso_date(iso, language), chart_id, size, colour)


def format_iso_date(iso: str | None, language: str) -> str:
    """'2022-01-06' -> '6 janv. 2022' in French; a year or a month alone stays as precise as given."""
    if not iso:
        return ""
    pattern = {1: "yyyy", 2: "LLLL yyyy", 3: "medium"}[iso.count("-") + 1]
    day = iso_day(iso)
    return format_date(day, format=pattern, locale=language)


def render_pages(pages: list[Page], templates_dir: Path, language: str) -> list[RenderedPage]:
    """Render every page; a template error names the template, its line and the page."""
    env = environment(templates_dir.resolve(), language)
    out = []
    for page in pages:
        try:
            text = env.get_template(page.template).render(page.variables())
        except jinja2.TemplateSyntaxError as err:
            raise RenderError(f"{templates_dir.name}/{page.template}:{err.lineno}: {err.message} "
                              f"(rendering {page.path} from {page.source})") from None
        except jinja2.TemplateNotFound as err:
            raise RenderError(f"{templates_dir.name}/{err.name}: template not found "
                              f"(rendering {page.path} from {page.source})") from None
        except (jinja2.UndefinedError, TypeError, ValueError, KeyError, AttributeError) as err:
            raise RenderError(f"{templates_dir.name}/{page.template}:{_template_line(err, page.template)}: "
                              f"{err} (rendering {page.path} from {page.source})") from None
        out.append(RenderedPage(page.path, text, page.source))
    return out


def _template_line(err: Exception, template: str) -> int:
    """The template line an exception was raised at, from Jinja's rewritten traceback."""
    tb, line = err.__traceback__, 0
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(template):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
