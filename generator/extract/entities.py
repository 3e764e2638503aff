"""People, organisations and places: spaCy's named entities, cleaned and given a canonical name.

- Cleaned: no article or elision ("l'Arménie" -> "Arménie"), no outer punctuation; numbers,
  dates and nationalities are not entities; a lone common word opening a sentence, a
  nickname in quotation marks, a role without a name ("Premier ministre") and the compass
  point of "l'Est" are junk.
- Completed by patterns the statistical model misses: "ministère de l'Intérieur",
  "préfecture de police", "place de la Nation", "gare du Midi" (the words and patterns are in
  names.py, acronyms and their expansions in acronyms.py).
- Typed by the words around them where the model hesitates: "la chaîne Al-Masar" is an
  organisation, as is any name with "Ministry", "Organisation", "Institut"...
- Canonical: a surname alone is filed under the full name the document gives ("Tokaïev" ->
  "Kassym-Jomart Tokaïev"); an acronym under the expansion written before it in parentheses
  ("Organisation du Traité de sécurité collective (OTSC)"); one type per canonical name.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from ..canonical import demonym_place, place_reference
from ..model import Entity
from . import Analysis, extractor, shared
from .acronyms import acronyms
from .names import (ACRONYM, AGENCIES, ARMED_GROUPS, COMPASS, CONTINENTS, COUNTRY_CODES, DEMONYM, DISEASES, DWELLERS, FOUNDATIONS,
                    FEATURES, GROUP_NOUNS, HONORIFICS, INSTITUTIONS, LABELS, LOC_WORDS, MEDIA_NAME, MEDIA_WORDS, ORG_WORDS, PATTERNS,
                    PLACE_NOUNS, PLACE_WORDS, STOPWORDS, STORMS, clean_name)
from .phrases import PERSON_NOUNS, TITLES, is_speech

NOBILIARY = {"dos", "das", "da", "do", "van", "von", "der", "den", "del", "della", "di"}  # lower-case parts of a surname
PARTICLES = {"el", "al", "ad", "ed", "as", "ash", "abu", "abou", "ben", "bin", "ibn"}  # "el-Rashidy", "al-Masri"
KIN = {"mum", "dad", "mom", "mummy", "daddy", "papa", "maman", "mama", "granny", "grandma", "grandpa"}


def _is_junk(ent: Span, name: str, kind: str) -> bool:
    if DISEASES.fullmatch(name) or STORMS.match(name) or name.upper() in {"GMT", "UTC", "CET", "CEST"}:
        return True  # a disease, a storm, a time zone: not a person, an organisation or a place
    if ent.start and STORMS.fullmatch(ent.doc[ent.start - 1].text):
        return True  # the name of "cyclone Freddy"
    if len(name) < 2 or not (name[0].isupper() or name[0].isdigit()) or name.lower() in COMPASS:
        return True
    if name in {"Etat", "État", "Richter", "Qc"} or ")" in name and "(" not in name:
        return True  # "l'Etat", "l'échelle de Richter", "SHERBROOKE, Qc", "(EPH) d'Aïn Defla"
    if kind == "person" and (any(ch.isdigit() for ch in name) or name.lower() in KIN):
        return True  # "Oct 9 - more than 3,000", "Mum and Dad": not a person's name
    first = ent[0]
    if len(ent) == 1 and first.is_sent_start and first.pos_ not in {"PROPN", "X"}:
        return True  # "Retraites :", a capitalised common word opening a headline
    doc = ent.doc
    if ent.start and doc[ent.start - 1].text in "«“\"" and ent.end < len(doc) and doc[ent.end].text in "»”\"":
        return True  # a nickname: dit «Barbecue»
    if ent.root.dep_ == "compound" and ent.root.head.lower_ in TITLES:
        return True  # "Health" of "Health Secretary Victoria Atkins"
    before = [t.lower_ for t in doc[max(0, ent.start - 3): ent.start]]
    if len(ent) <= 3 and len(before) >= 2 and before[-2] in TITLES | {"ministère", "ministry"} \
            and before[-1] in {"des", "du", "de", "la", "of"} | {"l'", "l’"}:
        return True  # "Transports" of "le ministre des Transports": a portfolio
    return all(t.lower_ in TITLES or t.is_lower for t in ent)  # "Premier ministre": a role


def _retype(ent: Span, name: str, kind: str) -> str:
    if ARMED_GROUPS.fullmatch(name):
        return "organization"  # names the models often take for places or people
    if MEDIA_NAME.search(name):
        return "organization"  # "Mosaïque FM": a station, whatever the model says
    if _described_as_person(ent, name):
        return "person"
    institution = INSTITUTIONS.search(name)
    if kind == "person" and institution and not re.match(r"\s*(?:$|of\b|de\b|d['’])", name[institution.end():]):
        institution = None  # "Police Chief Darnell Hughes"; not "St Thomas' Hospital", "University of Oslo"
    if (kind != "person" and ORG_WORDS.search(name)) or institution:
        return "organization"
    if FEATURES.search(name) and not ORG_WORDS.search(name):
        return "location"  # "Moores Creek", "James Bay", "Lake Albert": a river, a bay, a lake
    dateline = ent.start == ent.sent.start and ent.end < len(ent.doc) and ent.doc[ent.end].text in {",", "(", "-", "—"}
    if (name.isupper() or ent.doc[ent.end - 1].idx == 0 and ent.doc[ent.end].text == "(") and dateline \
            and place_reference(name, ent.doc.lang_) or name in CONTINENTS:
        return "location"  # "YANGON (AFP) -", "Conakry (AFP) -": a dateline
    if kind == "organization" and re.match(r"(?:République|Republic|Royaume|Kingdom|Émirats|Emirates|Principauté|"
                                          r"Sultanat|Sultanate)\b", name) and not ORG_WORDS.search(name):
        return "location"  # "République démocratique du Congo"
    if kind != "organization" and ACRONYM.fullmatch(name) and name not in COUNTRY_CODES \
            and not place_reference(name, ent.doc.lang_):
        return "organization"  # "JNIM", "AEMET": an acronym names a body, not a person or a place
    if kind != "person" and LOC_WORDS.search(name):
        return "location"  # "Northwest Territories"
    before = [t.lower_ for t in ent.doc[max(0, ent.start - 2): ent.start]]
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    apposed = [t.lower_ for t in ent.doc[ent.end: ent.end + 3]]
    if kind != "organization" and len(apposed) == 3 and apposed[0] == "," \
            and apposed[1] in {"un", "une", "a", "an", "le", "la", "the"} and apposed[2] in PLACE_NOUNS \
            and ent.doc[ent.end + 2].is_lower:  # not "X, the City of Tshwane's committee member"
        return "location"  # "Um Sumeima, un village de l'État du Kordofan-Nord"
    if not ORG_WORDS.search(name) and (following in PLACE_NOUNS or len(before) == 2 and before[0] in PLACE_NOUNS
                                       and before[1] in {"of", "de", "d'", "d’"}):
        return "location"  # "Catanduanes island", "the village of Koton-Karfe", "la région de Kayar"
    if (kind == "other" or kind == "organization" and not name.isupper()) and PLACE_WORDS.intersection(before):
        return "location"  # "in Uttar Pradesh", "près de Koutougou"
    if kind in {"person", "other"} and _coordinated_with_place(ent):
        return "location"  # "the Sabaragamuwa and Western provinces", "les camps de Metché, Aboutengué et Arkoum"
    if kind == "person" and _named_as_group(ent):
        return "organization"  # "the ruling Frelimo party", "Plataforma Decide, an election monitoring group"
    if kind in {"person", "other"} and ent.start and ent.doc[ent.start - 1].text == "," \
            and ent.root.dep_ in {"appos", "conj"} and ent.root.head.i < ent.start \
            and ent.root.head.lemma_.lower() in MEDIA_WORDS | GROUP_NOUNS:
        return "organization"  # "L'agence météorologique nationale, Meteo Rwanda,"
    if kind == "other" and before[-1:] == ["à"]:
        return "location"  # "À Ngororero, «…»"
    media = before[-1:] if kind == "person" else before
    if any(w in MEDIA_WORDS for w in media) and before[-1] not in STOPWORDS | {"à", "in"}:
        return "organization"  # "la radio Kledu", "the jihadist group Boko Haram"
    if kind == "person" and len(ent) <= 2 and before and (before[-1] in PLACE_WORDS or before[-1] in {"of", "de", "à"}
                                                         and (len(before) < 2 or before[-2] in PLACE_NOUNS | PLACE_WORDS
                                                              | DWELLERS)):
        return "location"  # "the village of Lodjo", "in Antakya"
    return kind


def _described_as_person(ent: Span, name: str) -> bool:
    """A name beside a noun for a person, or an age: "defence lawyer X said", "the contractor, X,
    58,", "X, a village chief", "her first name, Marta"; the model often takes foreign names for a
    body or a place."""
    if not all(t.is_title or not t.is_alpha for t in ent) or len(ent) > 4 or ACRONYM.fullmatch(name) \
            or ORG_WORDS.search(name) or INSTITUTIONS.search(name) or LOC_WORDS.search(name) \
            or place_reference(name, ent.doc.lang_):
        return False
    doc = ent.doc
    if len(ent) > 1 and ent[0].lower_.rstrip(".") in HONORIFICS:
        return True  # "le Dr Hery Rakotondrabe"
    before = [t for t in doc[max(ent.sent.start, ent.start - 2): ent.start]]
    if before and (before[-1].lower_ in PERSON_NOUNS and before[-1].is_lower
                   or before[-1].lower_.rstrip(".") in HONORIFICS):
        return True  # "defence lawyer Preecha Thongdee", "le Dr Hery Rakotondrabe"
    if len(before) == 2 and before[-1].text == "," and before[0].lower_ in PERSON_NOUNS | {"name", "nom", "prénom"}:
        return True  # "the contractor, Somchai Wongsakul"
    if ent.root.dep_ == "appos" and ent.root.head.lower_ in PERSON_NOUNS and ent.root.head.i < ent.start:
        return True  # "the head of the town's civil protection service, Dragan Jović"
    if before and before[-1].text == ",":
        described = []
        for token in reversed(doc[max(ent.sent.start, ent.start - 7): ent.start - 1]):
            if token.is_punct or token.pos_ in {"VERB", "AUX"}:
                break
            described.append(token)
        if any(t.is_lower and t.lower_ in PERSON_NOUNS for t in described):
            return True  # "un député de la région, Djimadoum Ngarlejy"
    after = list(doc[ent.end: min(ent.end + 6, ent.sent.end)])
    if len(after) >= 3 and after[0].text == "," and after[1].like_num and after[2].text in {",", "ans", "years"}:
        return True  # "X, 58, ..."
    if re.match(r",\s+(?:an?)\s+(?:[a-z-]+\s+){1,3}?who\b", doc[ent.end: min(ent.end + 8, ent.sent.end)].text):
        return True  # "Lerato Mahlangu, a hairdresser who said": "who" is said of a person
    if re.match(r",\s+(?:une?|an?)\s+(?:[\w-]+\s+){0,2}?(?:de\s+\d+\s+ans|\d+-year-old)\b",
                doc[ent.end: min(ent.end + 8, ent.sent.end)].text):
        return True  # "Yacouba, un Ivoirien de 19 ans", "X, a 34-year-old trader"
    if len(after) >= 3 and after[0].text == "," and after[1].pos_ == "DET":
        for token in after[2:]:
            if token.lower_ in PERSON_NOUNS and token.is_lower and not (token.i + 1 < len(doc) and doc[token.i + 1].text == "-"):
                return not token.dep_.startswith("nsubj")  # "X, a village chief in Sanamxay"; not "in X, a rights activist said"
            if token.is_punct or token.pos_ in {"ADP", "VERB", "AUX"}:
                break
    return False


def _coordinated_with_place(ent: Span) -> bool:
    """A name listed with places, or in a list that a noun for places heads."""
    listed = [t for t in ent.root.conjuncts if not ent.start <= t.i < ent.end]
    if not listed:
        return False
    first = min([ent.root, *listed], key=lambda t: t.i)
    return first.head.lemma_.lower() in PLACE_NOUNS and not ent.start <= first.head.i < ent.end \
        or any(t.ent_type_ in {"GPE", "LOC"} for t in listed)


def _named_as_group(ent: Span) -> bool:
    """A name followed by the common noun of a group, or in apposition with one."""
    doc = ent.doc
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.lower_ in GROUP_NOUNS and not following.is_title:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in GROUP_NOUNS and c.i >= ent.end for c in ent.root.children)


def _lone_names(named: list) -> dict[str, str]:
    """A one-word "person" never given a first name nor a title is, when a preposition of place
    comes before it anywhere, a place ("in Ghatkopar", "à Kayar"): people are introduced by
    their full name or their role. So is a one-word "organisation" that is no acronym and holds
    no word of a body ("in Diwaniyah", "near Nyakabande")."""
    out = {}
    lone = {(c, kind) for _, _, kind, _, c in named if " " not in c and "-" not in c
            and (kind == "person" or kind == "organization" and not c.isupper() and not ORG_WORDS.search(c)
                 and not INSTITUTIONS.search(c) and not re.fullmatch(AGENCIES, c))}
    for canonical, kind in lone:
        spans = [span for span, _, _, _, c in named if c == canonical]
        before = [span.doc[span.start - 1].lower_ if span.start else "" for span in spans]
        if any(b in TITLES for b in before):
            continue
        places = PLACE_WORDS | {"at", "from", "to", "à", "en", "vers"} | ({"de", "of"} if kind == "person" else set())
        if any(b in places for b in before):
            out[canonical] = "location"
    return out


def _placed(span: Span, name: str, kind: str, canonical: str, language: str) -> str:
    """A country or city of the gazetteer that the model took for a person or an organisation is a
    place ("Porto Alegre", "Mozambique"), unless it is someone's surname, follows a role or holds an
    organisation's word."""
    if kind not in {"person", "organization"} or canonical != name or ORG_WORDS.search(name) or re.fullmatch(AGENCIES, name) \
            or name.isupper() and len(name.replace(" ", "")) < 5:
        return kind  # "MSF", "ONU": an acronym; "ADDIS ABABA (AFP)": a dateline's city
    if span.start and span.doc[span.start - 1].lower_ in TITLES:
        return kind  # "President Jackson"
    return "location" if place_reference(name, language) else kind


def _mentions(doc: Doc, language: str) -> list[tuple[Span, str, str]]:
    """(span, cleaned name, type) of every entity of a parsed paragraph, rules first."""
    ruled = []
    for long in acronyms(doc.text).values():  # "Groupe de soutien à l'islam et aux musulmans (GSIM)": whole
        for m in re.finditer(re.escape(long) + r"(?=\s*\()", doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                ruled.append((span, long, "organization"))
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(doc.text):
            start, end = m.span("name") if "name" in pattern.groupindex else m.span()
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                ruled.append((span, clean_name(span.text), kind))
    taken = {i for span, _, _ in ruled for i in range(span.start, span.end)}
    found = list(ruled)
    for ent in (part for joined in _joined(doc) for part in _possessive(_trimmed(joined, language), language)):
        kind = LABELS.get(ent.label_)
        if ent.label_ == "NORP" and place_reference(ent.text, language):
            kind = "location"  # "Reporting from Omdurman": a city the model took for a people
        if kind is None or taken.intersection(range(ent.start, ent.end)):
            continue
        if len(ent) == 1 and ent[0].pos_ in {"NOUN", "ADJ"} and (kind == "other" and re.fullmatch(r"[^\W\d]+s", ent.text)
                                                             or DEMONYM.fullmatch(ent.text)):
            continue  # "Palestiniens": a demonym, not a name
        name = clean_name(ent.text)
        if demonym_place(name, language):
            continue  # "Ugandan", "soudanais": a people's adjective, not a place
        if not _is_junk(ent, name, kind):
            found.append((ent, name, _retype(ent, name, kind)))
    return sorted(found, key=lambda f: f[0].start)


def _trimmed(ent: Span, language: str) -> Span:
    """Without a leading title, which makes it a person ("Premier ministre Pedro Sánchez"), nor, in
    English, a trailing common noun ("Georgian Dream party")."""
    start, end = ent.start, ent.end
    while end - start > 1 and ent.doc[start].is_lower and ent.doc[start].pos_ == "ADP" and ent.label_ in LABELS:
        start += 1  # "across Europe"
    if start > ent.sent.start and ent.doc[start - 1].text in {"N'", "N’"} and not ent.doc[start - 1].whitespace_:
        start -= 1  # "N'Djamena", "N'Zérékoré": the N' is the name's
    first = start
    while ent.label_ in {"PER", "PERSON"} and end < ent.sent.end and _given_name(ent.doc[end]):
        end += 1  # "Mohammad Rafiqul Islam": a last name the model left out
    while ent.label_ in {"PER", "PERSON", "GPE", "LOC"} and end + 1 < ent.sent.end and ent.doc[end].text in NOBILIARY \
            and ent.doc[end + 1].is_title and ent.doc[end + 1].is_alpha and ent.doc[end + 1].pos_ == "PROPN":
        end += 2  # "Joana Bispo dos Santos", "Ludwig van Dijk": the particle and the last name
    if ent.label_ in {"PER", "PERSON"} and end + 2 < ent.sent.end and ent.doc[end].lower_ in PARTICLES \
            and ent.doc[end + 1].text == "-" and ent.doc[end + 2].is_title \
            and not ent.doc[end].whitespace_ and not ent.doc[end + 1].whitespace_:
        end += 3  # "Ahmed Fathy el-Rashidy": the particle and the name after it
    while end < ent.sent.end - 1 and ent.doc[end - 1].lower_ in {"de", "du", "des", "l'", "l’", "d'", "d’", "of", "and",
                                                                 "et", "for", "pour", "&"} \
            and ent.doc[end].is_title:
        end += 1  # "Association des hôpitaux de l'" + "Oklahoma", "Centre for Human Rights and" + "Rehabilitation"
    while ent.label_ in {"PER", "PERSON"} and start > ent.sent.start and _given_name(ent.doc[start - 1]):
        start -= 1  # "Irungu Houghton", "Tarek William Saab": a first name the model left out
    while end - start > 1 and (ent.doc[start].lower_ in TITLES or ent.doc[start].lower_ in PERSON_NOUNS
                               and (ent.doc[start].is_lower or ent.doc[start].is_sent_start)):  # "Farmer Graham Whitcombe"
        start += 1
    rest, named = ent.doc[start + 1: end], False
    if end - start > 1 and (ent.doc[start].text.isupper() and len(ent.doc[start]) > 1
                            or re.fullmatch(AGENCIES, ent.doc[start].text)) and ent.doc[start + 1].is_title \
            and (ent.label_ in {"PER", "PERSON", "MISC"} or re.fullmatch(AGENCIES, ent.doc[start].text)
                 or len(rest) >= 2 and all(t.is_title for t in rest)
                 and not (ORG_WORDS.search(rest.text) or INSTITUTIONS.search(rest.text) or LOC_WORDS.search(rest.text))):
        start, named = start + 1, True  # "à l'AFP Karim", "sur RFI Aïssata Moussa Garba": the medium told, then the name
    roles = [t.i for t in ent.doc[start:end - 1] if t.lower_ in TITLES]
    if roles and all(t.is_title and t.pos_ == "PROPN" for t in ent.doc[roles[-1] + 1:end]):
        start, named = roles[-1] + 1, True  # "Interim Police Chief Darnell Hughes", "Health Minister X": the name after the role
    label = "PER" if named or start > first and ent.label_ not in {"ORG", "GPE", "LOC"} else ent.label_
    while end - start > 1 and language == "en" and ent.doc[end - 1].is_lower and ent.doc[end - 1].pos_ == "NOUN":
        end -= 1
    while language == "fr" and ent.label_ == "ORG" and end < len(ent.doc) and ent.doc[end].pos_ == "ADJ" \
            and not ent.doc[end - 1].text.isupper() \
            and ent.doc[end].is_lower and start <= ent.doc[end].head.i < end and not is_speech(ent.doc[end]):
        end += 1  # "Croix-Rouge camerounaise": the adjective the model left out
    doc = ent.doc
    if language == "fr" and ent.label_ == "ORG" and end + 1 < ent.sent.end \
            and doc[end].lower_ in {"de", "d'", "d’", "des", "du"} \
            and doc[end + 1].ent_type_ in {"LOC", "GPE"} and doc[end + 1].ent_iob_ == "B":
        end += 2  # "Institut Pasteur de Tunis", "préfecture de police de Rabat": the place is the body's
        while end < ent.sent.end and doc[end].ent_iob_ == "I":
            end += 1
    return Span(ent.doc, start, end, label=label)


def _possessive(ent: Span, language: str) -> list[Span]:
    """"Al Jazeera's Hiba Morgan", "Sudan's Ministry of Foreign Affairs": two names, the owner's and
    the one it owns; "St Teresa's Girls School" stays one name."""
    cut = next((t.i for t in ent[1:-1] if t.lower_ in {"'s", "’s"}), None)
    if cut is None or ent[0].lower_.rstrip(".") in {"st", "saint", "sainte"} or ent[-1].lower_ in FOUNDATIONS:
        return [ent]
    owner, owned = Span(ent.doc, ent.start, cut), Span(ent.doc, cut + 1, ent.end)
    named = all(t.is_title and t.is_alpha for t in owned) and len(owned) in {2, 3} \
        and not (ORG_WORDS.search(owned.text) or INSTITUTIONS.search(owned.text)
                 or {t.lower_ for t in owned} & (GROUP_NOUNS | {"force", "forces", "army", "guard", "guards"}))
    place = place_reference(owner.text, language)
    if not (named or place):
        return [ent]  # "Kani People's Defence Force", "the Public Defender's Office"
    return [Span(ent.doc, owner.start, owner.end, label="GPE" if place else "ORG"),
            Span(ent.doc, owned.start, owned.end, label="PERSON" if named else ent.label_)]


def _given_name(token) -> bool:
    return (token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and token.lower_ not in TITLES
            and token.is_alpha and not token.is_sent_start)


def _joined(doc: Doc) -> list[Span]:
    """The model's entities, an organisation joined to the place that ends its name:
    "Amnesty International" + "Kenya", "The Law Society" + "of" + "Kenya"."""
    ents = list(doc.ents)
    out = []
    for k, ent in enumerate(ents):
        if out and out[-1].end > ent.start:
            continue
        following = ents[k + 1] if k + 1 < len(ents) else None
        if following is not None and following.start == ent.end and ent.label_ in {"PER", "PERSON"} \
                and following.label_ == ent.label_ and doc[ent.end - 1].whitespace_:
            out.append(Span(doc, ent.start, following.end, label=ent.label_))  # "Yaovi" + "Mensah Akakpo"
            continue
        if following is not None and following.start == ent.end and following.label_ == "ORG" \
                and ent[0].lower_.rstrip(".") in {"st", "saint"} and ent[-1].lower_ in {"'s", "’s"} \
                and following[-1].lower_ in FOUNDATIONS:
            out.append(Span(doc, ent.start, following.end, label="ORG"))  # "St Teresa's" + "Girls School"
            continue
        if ent.label_ == "ORG" and following is not None and following.label_ in {"GPE", "LOC", "ORG"}:
            gap = [t.lower_ for t in doc[ent.end: following.start]]
            joins = ([], ["for"], ["for", "the"]) if following.label_ == "ORG" else ([], ["of"], ["of", "the"])
            if gap in joins and doc[ent.end - 1].whitespace_:
                out.append(Span(doc, ent.start, following.end, label="ORG"))
                continue
        out.append(ent)
    return out


def _canonical(name: str, kind: str, persons: list[str], expansions: dict[str, str]) -> str:
    if name in expansions:
        return expansions[name]
    if " " not in name:  # a surname alone, whatever type the model gave it
        longer = [p for p in persons if p != name and p.split()[-1] == name]
        if longer:
            return max(longer, key=len)
    elif kind == "person" and (longer := [p for p in persons if p.startswith(name + " ")]):
        return max(longer, key=len)  # "Ahmad Faizal", after "Ahmad Faizal Rahim"
    return name


@shared
def entity_mentions(analysis: Analysis) -> list[tuple[Span, Entity]]:
    """Every entity mention with its span, under its canonical name and one type per name."""
    found = [(span, name, kind, analysis.sentence_id(span))
             for doc in analysis.docs for span, name, kind in _mentions(doc, analysis.language)]
    expansions = acronyms("\n".join(p.text for p in analysis.document.paragraphs))
    persons = [name for _, name, kind, _ in found if kind == "person"]
    named = [(span, name, kind, sid, _canonical(name, kind, persons, expansions)) for span, name, kind, sid in found]
    named = [(span, name, "person" if canonical != name and canonical in persons else kind, sid, canonical)
             for span, name, kind, sid, canonical in named]  # "Hughes said", after "Darnell Hughes": a person
    named = [(span, name, _placed(span, name, kind, canonical, analysis.language), sid, canonical)
             for span, name, kind, sid, canonical in named]
    titled = {c.casefold(): c for *_, c in named if not c.isupper()}
    named = [(span, name, kind, sid, titled.get(c.casefold(), c) if c.isupper() else c)
             for span, name, kind, sid, c in named]  # "KATHMANDU, Nepal (AP)": the city the article names
    lone = _lone_names(named)
    named = [(span, name, lone.get(c, kind), sid, c) for span, name, kind, sid, c in named]
    votes: dict[str, Counter] = {}
    for span, _, kind, _, canonical in named:
        votes.setdefault(canonical, Counter())[kind] += len(span)  # "Nicolás Maduro" outweighs a lone "Maduro"
    order = ("organization", "location", "person", "other")
    types = {c: min(v, key=lambda k: (-v[k], order.index(k))) for c, v in votes.items()}
    types.update({long: "organization" for long in expansions.values() if long in types})
    return [(span, Entity(text=span.text, type=types[canonical], canonical=canonical, sentence=sid))
            for span, name, kind, sid, canonical in named]


@extractor("entities", "entities")
def extract_entities(analysis: Analysis) -> list[Entity]:
    return [entity for _, entity in entity_mentions(analysis)]
