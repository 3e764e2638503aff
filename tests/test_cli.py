"""The command line: help on every command, exit codes, and the facts contract of `extract --json`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "generator" / "facts.schema.json"  # the facts contract, as shipped with the package
SHARED_SCHEMA = ROOT.parent / "shared" / "facts.schema.json"  # the contract's reference copy, when beside us
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
BAD = Path(__file__).parent / "fixtures" / "seeds" / "no_date.txt"


def run(*args: str, cwd: Path = ROOT):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    summary = " ".join(main.commands[command].help.split("\n\n")[0].split())
    assert summary and summary in " ".join(result.output.split())


def test_module_entry_point_lists_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("build", "extract", "check"):
        assert command in result.stdout


def test_unknown_command_is_a_usage_error():
    assert CliRunner().invoke(main, ["bulid"]).exit_code == 2


@pytest.fixture(scope="module")
def shipped_facts() -> dict:
    result = CliRunner().invoke(main, ["extract", str(ROOT / "seeds"), "--json", "--root", str(ROOT)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_extract_json_follows_the_contract(shipped_facts):
    jsonschema.Draft202012Validator(SCHEMA).validate(shipped_facts)


@pytest.mark.skipif(not SHARED_SCHEMA.is_file(), reason="no reference copy of the contract beside the project")
def test_shipped_contract_is_the_reference_one():
    assert SCHEMA_FILE.read_bytes() == SHARED_SCHEMA.read_bytes()


def test_extract_json_cites_existing_sentences(shipped_facts):
    ids = {s["id"] for s in shipped_facts["sentences"]}
    assert shipped_facts["id"] == "2022-01-kazakhstan-troubles"
    assert shipped_facts["path"] == "seeds/2022-01-kazakhstan-troubles.txt"
    for kind in ("entities", "counts", "quotes", "sources", "dates", "hedges"):
        assert all(fact["sentence"] in ids for fact in shipped_facts[kind]), kind
    assert "Almaty" in {e["canonical"] for e in shipped_facts["entities"]}


def test_extract_several_paths_prints_an_array(tmp_path):
    extra = tmp_path / "second.txt"
    extra.write_text("date 2022-01-07 Deux manifestants ont été arrêtés à Almaty. La police l'a confirmé.\n",
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(ROOT / "seeds"), str(extra), "--json", "--root", str(ROOT)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["id"] for d in data] == ["2022-01-kazakhstan-troubles", "second"]


def test_bad_seed_exits_1_with_one_message_and_no_traceback(tmp_path):
    result = run("extract", str(BAD), "--json", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")
    assert "no_date.txt:1: date line: expected 'date YYYY[-MM[-DD]] <headline>'" in result.stderr


def test_check(project):
    ok = CliRunner().invoke(main, ["check", "--root", str(project)])
    assert ok.exit_code == 0 and "1 seed(s) OK, 0 correction(s) OK" in ok.output
    (project / "seeds" / "bad.txt").write_bytes(BAD.read_bytes())
    bad = run("check", "--root", str(project))
    assert bad.returncode == 1
    assert "seeds/bad.txt:1: date line" in bad.stderr and "Traceback" not in bad.stderr


def test_check_reads_the_corrections_file(project):
    (project / "seeds" / "corrections.yaml").write_text("- reject: count\n  article: kz\n- explode: count\n", encoding="utf-8")
    result = run("check", "--root", str(project))
    assert result.returncode == 1
    assert result.stderr.startswith("error: seeds/corrections.yaml:")
    assert "Traceback" not in result.stderr
