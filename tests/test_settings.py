"""dossier.yml: every setting typed, every wrong value reported at once with its line."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from generator.config import ChartSettings, Settings, load_settings
from generator.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def settings_from(tmp_path: Path, text: str) -> Settings:
    (tmp_path / "dossier.yml").write_text(text, encoding="utf-8")
    return load_settings(tmp_path)


def test_no_file_gives_the_defaults(tmp_path):
    assert load_settings(tmp_path) == Settings(root=tmp_path)


def test_the_shipped_settings_load(tmp_path):
    settings = load_settings(ROOT)
    assert settings.title == "Troubles au Kazakhstan, janvier 2022"
    assert settings.language == "fr"
    assert settings.search == "material"
    assert settings.seeds_dir == ROOT / "seeds"


def test_every_value_is_read(tmp_path):
    settings = settings_from(tmp_path, "title: Almaty\nlanguage: en\nseeds: articles\ndocs: pages\n"
                                       "templates: tpl\nextractors: [counts, quotes]\n"
                                       "charts:\n  width: 800\n  height: 300\n  max_series: 3\nsearch: pagefind\n")
    assert settings == Settings(root=tmp_path, title="Almaty", language="en", seeds="articles", docs="pages",
                                templates="tpl", extractors=("counts", "quotes"),
                                charts=ChartSettings(800, 300, 3), search="pagefind")


def test_every_error_is_reported_at_once_with_its_line(tmp_path):
    with pytest.raises(ConfigError) as err:
        settings_from(tmp_path, "title: 12\nlanguage: french\nseeds: ../elsewhere\n"
                                "extractors: [counts, nope]\ncharts:\n  width: 0\nsearch: lunr\n")
    assert str(err.value).splitlines() == [
        "dossier.yml:1: title: expected text, got 12",
        "dossier.yml:2: language: expected a two-letter language code such as 'fr' or 'en', or '', got 'french'",
        "dossier.yml:3: seeds: expected a folder inside the project (relative, without '..'), got '../elsewhere'",
        "dossier.yml:4: extractors: expected one of counts, dates, entities, hedges, quotes, sources, got 'nope'",
        "dossier.yml:6: charts.width: expected a whole number above 0, got 0",
        "dossier.yml:7: search: expected 'material' or 'pagefind', got 'lunr'",
        "6 errors in dossier.yml",
    ]


def test_unknown_keys_are_warned_about_with_the_closest_name(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        settings = settings_from(tmp_path, "titel: Almaty\ncharts:\n  colour: red\n")
    assert settings == Settings(root=tmp_path)
    assert caplog.messages == [
        "dossier.yml:1: unknown setting 'titel' ignored (did you mean 'title'?)",
        "dossier.yml:3: unknown setting 'charts.colour' ignored (known: height, max_series, width)",
    ]


@pytest.mark.parametrize("text, message", [
    ("title: [unclosed\n", "dossier.yml:2: expected valid YAML, got expected ',' or ']', but got '<stream end>'"),
    ("- title\n", "dossier.yml:1: expected 'key: value' lines, got a YAML sequence"),
    ("charts: 3\n", "dossier.yml:1: charts: expected 'key: value' lines, got a YAML scalar\n1 error in dossier.yml"),
    ("title: !!python/name:os.system\n",
     "dossier.yml:1: title: expected a plain value, got could not determine a constructor for the tag "
     "'tag:yaml.org,2002:python/name:os.system'\n1 error in dossier.yml"),
])
def test_malformed_files_name_file_and_line(tmp_path, text, message):
    with pytest.raises(ConfigError) as err:
        settings_from(tmp_path, text)
    assert str(err.value) == message


def test_the_cli_prints_settings_errors_without_a_traceback(tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    (tmp_path / "dossier.yml").write_text("search: lunr\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--root", str(tmp_path)])
    assert result.exit_code == 1
    assert "error: dossier.yml:1: search: expected 'material' or 'pagefind', got 'lunr'" in result.output
    assert "Traceback" not in result.output


def test_readme_documents_every_setting():
    section = README.split("## Settings", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_.]+)`", section, flags=re.M))
    fields = {f for f in Settings.__dataclass_fields__ if f != "root"} - {"charts"}
    fields |= {f"charts.{f}" for f in ChartSettings.__dataclass_fields__}
    assert documented == fields


def test_a_build_runs_only_the_chosen_extractors(project):
    from generator.build import make_dossier

    settings_file = project / "dossier.yml"
    settings_file.write_text(re.sub(r"(?m)^extractors:.*$", "extractors: [entities]",
                                    settings_file.read_text(encoding="utf-8")), encoding="utf-8")
    dossier = make_dossier(load_settings(project))
    assert [f.entities != () for f in dossier.facts] == [True]
    assert all(f.counts == f.quotes == f.dates == f.sources == () for f in dossier.facts)
