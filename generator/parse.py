"""Seed bytes -> `Document`: decoding, the date line or YAML front matter, paragraphs.

Two formats are read (README, "The seed format"):

* plain text: `date YYYY[-MM[-DD]] <headline and lede>`, then paragraphs separated
  by blank lines;
* Markdown or text with YAML front matter (`title`, `date`, `source`, `url`,
  `language`, `id`) and body paragraphs.

Problems are collected, not raised one at a time: a seed reports all that is
wrong with it at once.
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
from pathlib import PurePosixPath

import yaml

from .errors import Problem, SeedError, quote_found
from .language import detect_language
from .model import Document, Paragraph, Seed, SourceRef
from .slug import slugify

FRONT_MATTER_KEYS = ("date", "id", "language", "source", "title", "url")


# Longest paragraph analysed, in characters: spaCy takes seconds and about 1 GB per 100,000.
MAX_PARAGRAPH = 100_000
DATE_LINE = re.compile(r"date[ \t]+(?P<date>\S+)(?:[ \t]+(?P<rest>.*))?$")
ISO_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*$")
# "(JOHN DOE / AFP VIA GETTY IMAGES)": a photo credit where a headline would be.
PHOTO_CREDIT = re.compile(r"\((?=[^)]*/)[^a-z()]{3,}\)\s*")
# "(Belga) Au moins douze personnes...": a wire dateline naming the agency.
WIRE_DATELINE = re.compile(r"\((?P<agency>[A-Z][\w&.' -]{1,40}?)\)\s+(?=\S)")
SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"”']?\s+(?=[«\"“(]?[A-ZÀ-Ý0-9])")


def parse_seed(seed: Seed) -> Document:
    """Parse one seed; raise SeedError listing every problem found in it."""
    problems: list[Problem] = []
    text, first_line = _decode(seed, problems)
    if text is None:
        raise SeedError(problems)
    if text.startswith("---\n"):
        doc = _parse_front_matter(seed.path, text, first_line, problems)
    else:
        doc = _parse_date_line(seed.path, text, first_line, problems)
    if doc is not None:
        problems.extend(Problem(p.ref, "paragraph", f"at most {MAX_PARAGRAPH:,} characters",
                                f"{len(p.text):,}", "separate paragraphs with a blank line")
                        for p in doc.paragraphs if len(p.text) > MAX_PARAGRAPH)
    if problems or doc is None:
        raise SeedError(problems)
    return doc


def check_unique_ids(documents: list[Document]) -> None:
    """Two seeds with one id would overwrite each other's pages: refuse them."""
    seen: dict[str, Document] = {}
    problems = []
    for doc in documents:
        if doc.id in seen:
            problems.append(Problem(doc.ref, "id", "an id unique in the dossier",
                                    f"{doc.id!r}, already the id of {seen[doc.id].path}",
                                    "rename one file or set `id:` in its front matter"))
        else:
            seen[doc.id] = doc
    if problems:
        raise SeedError(problems)


def first_sentence(text: str) -> tuple[str, str]:
    """Split off the first sentence: ('Headline.', 'rest of the lede')."""
    depth = 0
    for match in SENTENCE_END.finditer(text):
        before = text[: match.start()]
        depth = before.count("«") - before.count("»")
        if depth <= 0:
            return text[: match.start()].strip(), text[match.end():].strip()
    return text.strip(), ""


def _decode(seed: Seed, problems: list[Problem]) -> tuple[str | None, int]:
    """UTF-8 (BOM or not, LF or CRLF) -> text without leading blank space, and its first line number."""
    try:
        text = seed.data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = seed.data[: err.start].count(b"\n") + 1
        problems.append(Problem(SourceRef(seed.path, line), "encoding", "UTF-8 text",
                                f"byte 0x{seed.data[err.start]:02x} at offset {err.start}",
                                "save the file as UTF-8"))
        return None, 0
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        problems.append(Problem(SourceRef(seed.path, line), "encoding", "text",
                                "a NUL byte (is this a binary file?)"))
        return None, 0
    stripped = text.lstrip()
    skipped = text[: len(text) - len(stripped)].count("\n")
    if not stripped:
        problems.append(Problem(SourceRef(seed.path, 1), "seed",
                                "'date YYYY[-MM[-DD]] <headline>' or YAML front matter",
                                "an empty file"))
        return None, 0
    return stripped, skipped + 1


def _paragraphs(path: str, body: str, first_line: int, start_index: int) -> list[Paragraph]:
    """Blank-line separated paragraphs; the lines of one paragraph are joined by spaces."""
    paragraphs: list[Paragraph] = []
    lines: list[str] = []
    start = first_line
    for offset, line in enumerate(body.split("\n") + [""]):
        if line.strip():
            if not lines:
                start = first_line + offset
            lines.append(line.strip())
        elif lines:
            text = " ".join(lines)
            paragraphs.append(Paragraph(start_index + len(paragraphs), text, SourceRef(path, start)))
            lines = []
    return paragraphs


def _check_date(path: str, line: int, value: str, problems: list[Problem]) -> str | None:
    match = ISO_DATE.match(value)
    if not match:
        problems.append(Problem(SourceRef(path, line), "date", "YYYY, YYYY-MM or YYYY-MM-DD",
                                quote_found(value)))
        return None
    y, m, d = (int(g) if g else None for g in match.group("y", "m", "d"))
    try:
        dt.date(y, m or 1, d or 1)
    except ValueError as err:
        problems.append(Problem(SourceRef(path, line), "date", "a real calendar date",
                                f"{value!r} ({err})"))
        return None
    return value


def _parse_date_line(path: str, text: str, first_line: int, problems: list[Problem]) -> Document | None:
    head, _, body = text.partition("\n")
    match = DATE_LINE.match(head.strip())
    if not match:
        problems.append(Problem(SourceRef(path, first_line), "date line",
                                "'date YYYY[-MM[-DD]] <headline>' or YAML front matter ('---')",
                                quote_found(head.strip()),
                                "start the file with e.g. 'date 2022-01-06 Headline. Lede...'"))
        return None
    date = _check_date(path, first_line, match.group("date"), problems)
    rest = PHOTO_CREDIT.sub("", (match.group("rest") or "").strip(), count=1).strip()
    paragraphs = _paragraphs(path, body, first_line + 1, start_index=1)
    if rest:
        paragraphs.insert(0, Paragraph(0, rest, SourceRef(path, first_line)))
    lede = paragraphs[0].text if paragraphs else ""
    source, lede = _wire_agency(lede)
    title, after = first_sentence(lede)
    if source is None:
        source, _ = _wire_agency(after or (paragraphs[1].text if len(paragraphs) > 1 else ""))
    if not title or (not after and len(paragraphs) < 2):
        problems.append(Problem(SourceRef(path, first_line), "body",
                                "a headline and at least one sentence of text after it",
                                quote_found(title) if title else "nothing after the date"))
        return None
    return _document(path, title, date, paragraphs, first_line, source=source)


def _wire_agency(text: str) -> tuple[str | None, str]:
    """'(Belga) Au moins douze…' -> ('Belga', 'Au moins douze…'); (None, text) without a dateline."""
    wire = WIRE_DATELINE.match(text)
    if wire is None:
        return None, text
    return wire.group("agency").strip(), text[wire.end():]


def _parse_front_matter(path: str, text: str, first_line: int, problems: list[Problem]) -> Document | None:
    end = re.search(r"^---[ \t]*$", text[4:], flags=re.M)
    if end is None:
        problems.append(Problem(SourceRef(path, first_line), "front matter",
                                "a closing '---' line", "none before the end of the file"))
        return None
    after = 4 + end.end()
    raw, body = text[4: 4 + end.start()], text[after:].lstrip("\n")
    body_line = first_line + text[:after].count("\n") + len(text[after:]) - len(body)
    try:
        # BaseLoader: every value stays text as written (a date, 'yes', '2022' are checked as text).
        meta = yaml.load(raw, Loader=yaml.BaseLoader) or {}  # noqa: S506 (no tags, no objects)
    except (yaml.YAMLError, RecursionError) as err:
        line = first_line + 1 + (err.problem_mark.line if getattr(err, "problem_mark", None) else 0)
        problems.append(Problem(SourceRef(path, line), "front matter", "valid YAML",
                                str(getattr(err, "problem", err))))
        return None
    if not isinstance(meta, dict):
        problems.append(Problem(SourceRef(path, first_line + 1), "front matter",
                                "'key: value' lines", quote_found(raw.strip())))
        return None
    key_lines = {m.group(1): first_line + 1 + raw[: m.start()].count("\n")
                 for m in re.finditer(r"^([^\s:#][^:]*):", raw, flags=re.M)}
    for key in sorted(set(meta) - set(FRONT_MATTER_KEYS), key=str):
        problems.append(Problem(SourceRef(path, key_lines.get(str(key), first_line + 1)), "front matter",
                                f"one of the keys {', '.join(FRONT_MATTER_KEYS)}", f"unknown key {str(key)!r}"))
    values = {}
    for key in FRONT_MATTER_KEYS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(Problem(SourceRef(path, key_lines.get(key, first_line + 1)), key,
                                    "a text value", quote_found(reprlib.repr(value))))
            value = None
        text = value.strip() if isinstance(value, str) else ""
        values[key] = None if text in ("", "~", "null", "Null", "NULL") else text  # YAML's ways of saying none
    line_of = lambda key: key_lines.get(key, first_line + 1)  # noqa: E731
    date = _check_date(path, line_of("date"), values["date"], problems) if values["date"] else None
    if values["language"] and not re.fullmatch(r"[a-z]{2}", values["language"]):
        problems.append(Problem(SourceRef(path, line_of("language")), "language",
                                "a two-letter ISO 639-1 code such as 'fr' or 'en'", quote_found(values["language"])))
    if values["id"] and not ID_PATTERN.match(values["id"]):
        problems.append(Problem(SourceRef(path, line_of("id")), "id",
                                "lower-case letters, digits and '-', starting with a letter or digit",
                                quote_found(values["id"])))
    heading = re.match(r"#[ \t]+(.+)\n?", body)
    title = values["title"]
    if heading:
        title = title or heading.group(1).strip()
        body, body_line = body[heading.end():], body_line + 1
    paragraphs = _paragraphs(path, body, body_line, start_index=1)
    if not paragraphs:
        problems.append(Problem(SourceRef(path, body_line), "body",
                                "at least one paragraph after the front matter", "nothing"))
        return None
    if not title:
        title = first_sentence(paragraphs[0].text)[0]
    return _document(path, title, date, paragraphs, first_line, source=values["source"],
                     url=values["url"], language=values["language"], doc_id=values["id"])


def _document(path: str, title: str, date: str | None, paragraphs: list[Paragraph], line: int,
              *, source: str | None = None, url: str | None = None, language: str | None = None,
              doc_id: str | None = None) -> Document:
    language = language or detect_language(" ".join(p.text for p in paragraphs))
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    return Document(
        id=doc_id or slugify(PurePosixPath(path).stem),
        path=path, title=title, date=date, language=language, source=source, url=url,
        paragraphs=tuple(paragraphs), ref=SourceRef(path, line),
    )


def parse_seeds(seeds: list[Seed]) -> list[Document]:
    """Parse every seed, then check ids; report the problems of all seeds together."""
    documents, problems = [], []
    for seed in seeds:
        try:
            documents.append(parse_seed(seed))
        except SeedError as err:
            problems.extend(err.problems)
    if problems:
        raise SeedError(problems)
    check_unique_ids(documents)
    return documents
