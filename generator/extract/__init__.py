"""Extraction: `Document` -> `Facts`.

A document is split into sentences by its language's spaCy pipeline (`analyse`),
then every registered extractor reads the `Analysis` and returns facts of one
kind. Extractors are named components with one signature, registered the way
spaCy registers pipeline components; the built-in ones go through the same
registry that an add-on would. The orchestrator checks what each returns and
names the culprit when it is wrong.
"""

from __future__ import annotations

import multiprocessing
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..errors import ExtractError
from ..model import Count, DateMention, Document, Entity, Facts, Hedge, Quote, Sentence, Source
from ..nlp import load_pipeline


@dataclass(frozen=True)
class Analysis:
    """A document with its sentences and one parsed spaCy `Doc` per paragraph."""

    document: Document
    language: str
    sentences: tuple[Sentence, ...]
    docs: tuple[Doc, ...]  # aligned with document.paragraphs
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # see `shared`

    def sentence_id(self, span: Span) -> str:
        """The id of the sentence a span starts in."""
        return span.doc._.dossier_ids[span.sent.start]

    def spans(self) -> Iterable[tuple[Sentence, Span]]:
        """Every sentence with its parsed span, in reading order."""
        by_id = self.by_id
        for doc in self.docs:
            for span in doc.sents:
                yield by_id[doc._.dossier_ids[span.start]], span

    @property
    def by_id(self) -> dict[str, Sentence]:
        return {s.id: s for s in self.sentences}


Extractor = Callable[[Analysis], list]


def shared(func: Callable[[Analysis], object]) -> Callable[[Analysis], object]:
    """Compute `func(analysis)` once per analysis, for the extractors that all need it
    (entities for quotes, sources and dates for counts)."""

    def once(analysis: Analysis):
        if func not in analysis.memo:
            analysis.memo[func] = func(analysis)
        return analysis.memo[func]

    return once


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    field: str  # the field of Facts it fills: "counts", "quotes"...
    fact_type: type
    func: Extractor


REGISTRY: dict[str, ExtractorSpec] = {}
PARALLEL_FROM = 200  # paragraphs; below this a second process costs more than it saves
FIELD_TYPES = {"entities": Entity, "counts": Count, "quotes": Quote, "sources": Source,
               "dates": DateMention, "hedges": Hedge}


def extractor(name: str, field: str) -> Callable[[Extractor], Extractor]:
    """Register `func` as the extractor `name`, filling the facts field `field`."""
    if field not in FIELD_TYPES:
        raise ValueError(f"extractor {name!r}: field must be one of {', '.join(FIELD_TYPES)}, got {field!r}")

    def register(func: Extractor) -> Extractor:
        REGISTRY[name] = ExtractorSpec(name, field, FIELD_TYPES[field], func)
        return func

    return register


def _register_extensions() -> None:
    if not Doc.has_extension("dossier_ids"):
        Doc.set_extension("dossier_ids", default=None)  # sentence start token -> sentence id


def _analysis(document: Document, language: str, docs: list[Doc]) -> Analysis:
    """Number the sentences of a document's parsed paragraphs: p<paragraph>-s<k>."""
    sentences: list[Sentence] = []
    for paragraph, doc in zip(document.paragraphs, docs):
        ids = {}
        for k, span in enumerate(doc.sents, start=1):
            ids[span.start] = f"p{paragraph.index}-s{k}"
            sentences.append(Sentence(ids[span.start], span.text.strip(), paragraph.index, paragraph.ref))
        doc._.dossier_ids = ids
    return Analysis(document, language, tuple(sentences), tuple(docs))


def iter_analyses(documents: list[Document], n_process: int = 1,
                  batch_size: int = 64) -> Iterator[tuple[int, Analysis]]:
    """(index, analysis) of every document, each as soon as its last paragraph is parsed.

    The paragraphs of all documents in one language go through one `nlp.pipe`, in batches,
    on `n_process` processes; documents of each language come out in their input order.
    """
    _register_extensions()
    by_language: dict[str, list[int]] = {}
    for i, document in enumerate(documents):
        by_language.setdefault(document.language or "fr", []).append(i)
    for language in sorted(by_language):
        indexes = by_language[language]
        texts = (p.text for i in indexes for p in documents[i].paragraphs)
        parsed = load_pipeline(language).pipe(texts, batch_size=batch_size, n_process=n_process)
        for i in indexes:
            docs = [next(parsed) for _ in documents[i].paragraphs]
            yield i, _analysis(documents[i], language, docs)


def analyse_all(documents: list[Document], n_process: int = 1, batch_size: int = 64) -> list[Analysis]:
    """Split every document into sentences with its language's pipeline, in batches."""
    out: list[Analysis | None] = [None] * len(documents)
    for i, analysis in iter_analyses(documents, n_process, batch_size):
        out[i] = analysis
    return out  # type: ignore[return-value]


def extract_facts(analysis: Analysis, names: Iterable[str] | None = None) -> Facts:
    """Run the named extractors (all registered ones by default) and check what they return."""
    from . import builtins  # noqa: F401  (registers the built-in extractors)

    fields: dict[str, list] = {name: [] for name in FIELD_TYPES}
    known = analysis.by_id
    for name in names if names is not None else sorted(REGISTRY):
        if name not in REGISTRY:
            raise ExtractError(f"unknown extractor {name!r}; available: {', '.join(sorted(REGISTRY))}")
        spec = REGISTRY[name]
        result = spec.func(analysis)
        if not isinstance(result, list):
            raise ExtractError(f"extractor {name!r} returned {type(result).__name__}, expected a list")
        for fact in result:
            if not isinstance(fact, spec.fact_type):
                raise ExtractError(f"extractor {name!r} returned a {type(fact).__name__}, "
                                   f"expected {spec.fact_type.__name__}")
            if fact.sentence not in known:
                raise ExtractError(f"extractor {name!r} cites sentence {fact.sentence!r}, "
                                   f"which {analysis.document.path} does not have")
        fields[spec.field].extend(result)
    return Facts(document=analysis.document, language=analysis.language, sentences=analysis.sentences,
                 **{k: tuple(v) for k, v in fields.items()})


def default_processes(documents: list[Document]) -> int:
    """Both cores once the batch is large enough to repay loading the pipeline twice."""
    paragraphs = sum(len(d.paragraphs) for d in documents)
    return min(2, os.cpu_count() or 1) if paragraphs >= PARALLEL_FROM else 1


def extract_documents(documents: list[Document], progress: Callable[[Facts], None] | None = None,
                      n_process: int | None = None, names: Iterable[str] | None = None) -> list[Facts]:
    """The facts of every document, in input order, by the extractors `names` (all by default);
    `progress(facts)` is called once per document as soon as it is done."""
    n = default_processes(documents) if n_process is None else n_process
    names = list(names) if names is not None else None  # read once per document
    out: list[Facts | None] = [None] * len(documents)
    ours = set(multiprocessing.active_children())
    analyses = iter_analyses(documents, n_process=n)  # kept alive until its workers are ended on an error
    try:
        for i, analysis in analyses:
            out[i] = extract_facts(analysis, names)
            if progress is not None:
                progress(out[i])
    except BaseException:
        for worker in set(multiprocessing.active_children()) - ours:
            worker.terminate()  # spaCy waits for its parsing processes, which would never end: the error is raised
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # spaCy's note that its workers did not complete
            analyses.close()
        raise
    return out  # type: ignore[return-value]
