"""The seeds folder: which files are seeds, and what an empty or missing one says."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.read import read_seeds


def test_reads_seed_files_in_order_and_skips_others(tmp_path: Path):
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    for name in ("b.txt", "a.md", "sub/c.markdown", "corrections.yaml", ".hidden.txt", "notes.pdf"):
        (seeds / name).write_bytes(b"x")
    assert [s.path for s in read_seeds([seeds], tmp_path)] == ["seeds/a.md", "seeds/b.txt", "seeds/sub/c.markdown"]


def test_empty_seeds_folder(tmp_path: Path):
    (tmp_path / "seeds").mkdir()
    with pytest.raises(SeedError) as info:
        read_seeds([tmp_path / "seeds"], tmp_path)
    assert str(info.value) == (
        "seeds: seeds folder: expected at least one seed file (*.txt, *.md, *.markdown), got none\n"
        "  hint: add an article, e.g. seeds/2022-01-almaty.txt\n"
        "1 error in seeds; nothing was written")


def test_missing_path(tmp_path: Path):
    with pytest.raises(SeedError) as info:
        read_seeds([tmp_path / "nowhere.txt"], tmp_path)
    assert str(info.value) == ("nowhere.txt: path: expected a seed file or a folder of seeds, got nothing at that path\n"
                               "1 error in seeds; nothing was written")
