"""How fast facts are extracted: documents per second through `extract_documents`.

Usage: python benchmarks/extract_speed.py [COPIES]   (default 200)

Copies of the shipped seeds and of the gold articles (French and English) go through the
real pipelines, on one process then on two; the pipelines are loaded before timing starts.
Prints figures only; nothing is asserted.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract import extract_documents  # noqa: E402
from generator.nlp import load_pipeline  # noqa: E402
from generator.parse import parse_seed  # noqa: E402
from generator.read import read_seeds  # noqa: E402


def corpus(copies: int) -> list:
    folders = [ROOT / "seeds", ROOT / "tests" / "gold" / "dev", ROOT / "tests" / "gold" / "heldout"]
    seeds = [s for s in read_seeds(folders, ROOT) if s.path.endswith(".txt")]
    originals = [parse_seed(s) for s in seeds]
    return [dataclasses.replace(originals[i % len(originals)], id=f"copy-{i}") for i in range(copies)]


def run(documents: list, n_process: int) -> float:
    done = []
    start = time.perf_counter()
    extract_documents(documents, progress=done.append, n_process=n_process)
    elapsed = time.perf_counter() - start
    assert len(done) == len(documents)
    return elapsed


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    documents = corpus(copies)
    paragraphs = sum(len(d.paragraphs) for d in documents)
    languages = sorted({d.language for d in documents})
    start = time.perf_counter()
    for language in languages:
        load_pipeline(language)
    print(f"pipelines {', '.join(languages)} loaded in {time.perf_counter() - start:.1f} s")
    print(f"{copies} documents, {paragraphs} paragraphs, "
          f"{sum(len(p.text) for d in documents for p in d.paragraphs) / 1000:.0f} k characters")
    for n_process in (1, 2):
        elapsed = run(documents, n_process)
        print(f"n_process={n_process}: {elapsed:.1f} s, {copies / elapsed:.1f} documents/s, "
              f"{paragraphs / elapsed:.0f} paragraphs/s")


if __name__ == "__main__":
    main()
