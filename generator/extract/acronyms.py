"""Acronyms and the names they stand for: "Organisation mondiale de la santé (OMS)"."""

from __future__ import annotations

import re

from ..canonical import place_reference
from .names import ORG_WORDS, STOPWORDS, clean_name


def acronyms(text: str) -> dict[str, str]:
    """'Organisation mondiale de la santé (OMS)' -> {'OMS': 'Organisation mondiale de la santé'}."""
    out = {}
    for m in re.finditer(r"((?:[\w'’-]+,?\s+){1,10})\((?P<acr>[A-Z][A-Za-z0-9]{1,9})\)", text):
        words = re.findall(r"[\w-]+", re.sub(r"\b[dl]['’]", "", m.group(1)))
        for start in range(len(words) - 1, -1, -1):
            significant = [w for w in words[start:] if w.lower() not in STOPWORDS]
            initials = "".join(part[0] for w in significant for part in w.split("-") if part)
            if initials.upper() == m.group("acr").upper() and words[start][0].isupper():
                prefix = 2 if words[max(0, start - 2):start] == ["United", "Nations"] else \
                    1 if words[max(0, start - 1):start] in (["UN"], ["ONU"]) else 0  # "the United Nations Office for…"
                if not prefix and start and words[start - 1][0].isupper() and place_reference(words[start - 1], "en"):
                    prefix = 1  # "Kogi State Emergency Management Agency (SEMA)": the state's agency
                out[m.group("acr")] = clean_name(" ".join(m.group(1).split()[-(len(words) - start + prefix):]))
                break
        else:
            if len(m.group("acr")) >= 3 and (name := _named_before(m.group(1))):
                out[m.group("acr")] = name  # "(Capmas)", "(UNICEF)": letters of another language or a loose acronym
    return out


ORG_HEADS = re.compile(r"(?i)(?:[dl]['’])?(?:ministère|agence|bureau|office|organisation|institut|commission|conseil|"
                       r"comité|fédération|association|union|syndicat|autorité|direction|haut-commissariat|"
                       r"caisse|observatoire|mission|coalition|mouvement|parti|programme|fonds|gouvernement|"
                       r"coopérative|alliance|front|brigade|fondation|société|compagnie|centre|hôpital)")


def _named_before(words: str) -> str | None:
    """The name of an organisation right before its acronym, when the initials do not spell it:
    a run of capitalised words holding an organisation's word ("the United Nations Children's
    Fund"), else the words from an organisation's word ("l'Agence centrale pour la
    mobilisation publique et les statistiques"), from the first of them ("gouvernement d'union nationale")."""
    tokens = words.split()
    run: list[str] = []
    for word in reversed(tokens):
        if not (word[0].isupper() or run and word.lower() in {"of", "for", "the", "and", "on"}) \
                or word.endswith(",") and not {"and", "et"} & {w.lower() for w in run}:
            break  # "the Meteorology, Climatology and Geophysics Agency": a list inside the name
        run.insert(0, word)
    while run and run[0].lower() in {"of", "for", "the", "and", "on"}:
        run.pop(0)
    if len(run) >= 2 and (ORG_WORDS.search(" ".join(run)) or any(ORG_HEADS.fullmatch(w) for w in run)):
        return clean_name(" ".join(run))
    heads = [k for k, word in enumerate(tokens) if ORG_HEADS.fullmatch(word)]
    return clean_name(" ".join(tokens[heads[0]:])) if heads and len(tokens) - heads[0] >= 2 else None
