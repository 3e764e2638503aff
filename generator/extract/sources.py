"""Who the text cites as the origin of its information.

Two readings of the dependency parse: the noun phrase that "selon", "d'après", "cité par",
"according to", "citing" or "quoted by" introduces ("selon un bilan officiel communiqué le
6 janvier" -> "bilan officiel"); and the subject of a verb of reporting ("la police a
annoncé", "the interior ministry said") when it is an organisation, a medium, an authority or
a document. A person who speaks is a quote's speaker, not a source.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..canonical import place_reference
from ..model import Source
from . import Analysis, extractor, shared
from .entities import entity_mentions
from .names import REFERRING, body_referred, clean_name
from .phrases import REPORT_VERBS, in_quotes, is_pronoun, is_title, phrase, subject

PASSIVE = {"nsubj:pass", "nsubjpass"}
POSSESSIVES = {"ses", "son", "sa", "leurs", "leur", "his", "her", "its", "their"}
FIGURE_VERBS = {"faire", "donner", "avancer", "put", "give"}
FIGURE_OBJECTS = {"état", "chiffre", "bilan", "estimation", "figure", "number", "toll", "estimate", "count"}
TRAILING = re.compile(r"\s*\(.*$|,\s+(?:dont|which|where|qui|où|une?|an?)\b.*$|\s+à\s+(?:un|une|des)\s.*$|"
                      r"\s+(?:présente?s?|present) (?:sur place|on site|at the scene).*$|"
                      r"\s+(?:(?:comme|ainsi que|as well as|sous couvert|on condition|who asked|speaking on|"
                      r"publiée?s?|published|released|diffusée?s?|consultée?s?|obtenue?s?|seen by|obtained by|"
                      r"joints?|jointes?|contactée?s?|interrogée?s?|reached|contacted|interviewed)\b|"
                      r"(?:\S+(?:é|ée|és|ées|ed)\s+)?(?:le |la |l['’]|on |in )?"
                      r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday|yesterday|\d)).*$", re.I)
LEADING = re.compile(r"^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday|yesterday)(?:\s+(?:matin|soir|après-midi|morning|evening))?\s+"
                     r"(?:l['’]|la |le |les |the )?)|^(?:dont|notamment|including|among them)\s+|^(?:premier|dernier|nouveau|précédent|latest|previous|"
                     r"new|earlier|first)\s+(?=(?:bilan|toll|count|report|rapport)\b)|"
                     r"^(?:organi[sz]ers|organisateurs|representatives|représentants|members|membres)\s+"
                     r"(?:from|of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?(?=[A-ZÉ])", re.I)
# "dernier bilan" -> bilan; "Organisers from the Confederation of Chilean Students" -> the confederation
UNCONFIRMED = re.compile(r"\b(?:non confirmée?s?|unconfirmed|unverified|non vérifiée?s?|social media|"
                         r"réseaux sociaux)\b", re.I)  # hedges; posts anyone may write
MEDIA = frozenset("journal newspaper daily quotidien hebdomadaire télévision television chaîne channel radio site "
                  "website agence agency service outlet broadcaster".split())
NAMED = {"ORG", "PER", "PERSON", "GPE", "LOC", "NORP", "FAC"}
DOCUMENTS = frozenset("bilan communiqué rapport statement report estimation estimate chiffre figure donnée data "
                      "décompte count tally images image vidéo video photos photographs pictures footage "
                      "investigation enquête inquiry "
                      "probe audit survey".split())  # "plusieurs pays, dont la France"
ASSERTING = frozenset("assurer expliquer souligner reconnaître admettre insister rappeler assure explain stress "
                      "acknowledge admit insist note".split())
FINDING = frozenset("find conclude show reveal establish montrer révéler conclure établir".split())
DECREED = re.compile(r"(?i)\b(?:state of (?:emergency|disaster|siege)|état d['’](?:urgence|alerte|catastrophe|siège)|"
                     r"curfew|couvre-feu|war|guerre)\b")
# The common nouns that name who informs: bodies, officials, media and documents. A person who
# speaks ("a doctor", "many passengers") is a quote's speaker; other nouns are not sources.
BODIES = frozenset("""
police gendarmerie ministère ministre ministry minister agence agency autorité authority authorities official
responsable bilan décompte tally communiqué statement report rapport study étude source média media medium télévision radio
journal newspaper hôpital hospital armée army military gouvernement government conseil council commission
committee comité ong ngo groupe group union syndicat préfecture préfet préfète parquet procureur prosecutor
pompier firefighter secours rescuer porte-parole spokesman spokeswoman spokesperson organisateur organiser
organizer coastguard compagnie company société opérateur operator observateur observer monitor mairie
direction office service centre center institut institute organisation organization mission coordination
collectif association tribunal court observatoire observatory chiffre figure estimate estimation document
bureau leader dirigeant junta junte état-major command commandement department département administration agences chamber chambre
mayor maire governor gouverneur president président premier chief chef director directeur directrice
présidence presidency investigation enquête inquiry probe audit survey
witness witnesses témoin témoins elder elders aîné aînés notable notables
channel chaîne broadcaster outlet daily quotidien site
""".split())


def _reporting_body(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in BODIES or lemma.rstrip("s") in BODIES or token.lower_.rstrip("s") in BODIES
def _informs(token: Token, any_proper_noun: bool = True) -> bool:
    """A name, or a body, medium, official or document: who may be the origin of information (a
    proper noun the model did not name counts only if asked)."""
    return token.ent_type_ in NAMED or any_proper_noun and token.pos_ == "PROPN" or _reporting_body(token)


CITING_VERBS = {"citer", "cité", "citée", "cités", "citées", "cite", "quote", "citing", "interroger", "interview"}


def _cited(token: Token) -> Token | None:
    """The noun a citing word introduces, or None ("selon ses termes" cites no one)."""
    noun = _introduced(token)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN", "PRON"} or any(c.lower_ in POSSESSIVES for c in noun.children):
        return None
    return noun


def _introduced(token: Token) -> Token | None:
    word = token.lower_
    prev = token.doc[token.i - 1].lower_ if token.i else ""
    if word in {"d'après", "d’après"} or (word == "après" and prev in {"d'", "d’"}):
        return _next_noun(token)
    if word == "selon":
        return token.head if token.head is not token and token.dep_ in {"case", "fixed", "mark"} else _next_noun(token)
    if word == "according" or (word == "to" and prev == "according"):
        to = token if word == "to" else next((c for c in token.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if word == "par" and token.head.head.lemma_.lower() in CITING_VERBS:
        return token.head
    if word in {"citing"}:
        return next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if word == "by" and token.head.lemma_.lower() in CITING_VERBS | {"report"}:
        by = next((c for c in token.children if c.dep_ == "pobj"), None)
        return by if by is not None and _informs(by) else None  # not "reported by nightfall"
    return None


def _next_noun(token: Token) -> Token | None:
    for t in token.doc[token.i + 1: token.i + 6]:
        if t.pos_ in {"NOUN", "PROPN"}:
            return t
    return None


REPORTED_FORMS = re.compile("(?:" + "|".join(v[:-2] for v in sorted(REPORT_VERBS) if v.endswith("er") and len(v) > 6)
                            + r")(?:e|ent|ait|aient|é|ée|és|ées)")  # French forms of the verbs of reporting


def _reports(token: Token) -> bool:
    """A verb of reporting: "a annoncé", "said"; "a assuré" only before what it asserts (not "a
    assuré la sécurité"); "found", "montre" only with a document as subject ("a study found")."""
    lemma = token.lemma_.lower()
    if lemma in REPORT_VERBS or token.pos_ == "VERB" and REPORTED_FORMS.fullmatch(token.lower_):
        return True  # "estime": a form the lemmatizer left as it is
    if lemma in ASSERTING:
        return token.dep_ == "parataxis" or any(c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} for c in token.children)
    return lemma in FINDING and any(c.dep_.startswith("nsubj") and c.lemma_.lower() in DOCUMENTS
                                    for c in token.children)


def _reporter(token: Token, people: set[str]) -> Token | None:
    """The subject of a verb of reporting, when it is not a person."""
    if token.pos_ not in {"VERB", "AUX"} or not _reports(token) or "Fut" in token.morph.get("Tense"):
        return None  # "Les enquêtes diront": not yet a statement
    if DECREED.search(" ".join(t.text for c in token.children if c.dep_ in {"obj", "dobj"} for t in c.subtree)):
        return None  # "The government declared a state of emergency": a decision, not a statement
    objects = {c.lemma_.lower() for c in token.children if c.dep_ in {"obj", "dobj"}}
    if token.lemma_.lower() in FIGURE_VERBS and not objects & FIGURE_OBJECTS:
        return None  # "faire état de", "put the number at", "gave a figure of"; not "faire appel"
    if any(c.dep_.startswith("expl") or c.lower_ in {"se", "s'", "s’"} for c in token.children):
        return None  # "le feu s'est déclaré": not a statement
    if any(c.dep_ == "neg" or c.lower_ in {"not", "n't", "pas", "jamais"} for c in token.children):
        return None  # "Officials have not said whether..."
    who = subject(token)
    if who is not None and not _informs(who):
        who = _before_comma(token) or who  # "…, health officials and aid agencies said": the parser took "people"
    if who is None or is_pronoun(who) or who.pos_ not in {"NOUN", "PROPN"} or who.dep_ in PASSIVE or in_quotes(who):
        return None  # "17 deaths were reported": what is reported, not who reports
    if not _informs(who):
        return None  # "the war has displaced", "many passengers said": not a body that informs
    if who.ent_type_ in {"GPE", "LOC"} and place_reference(clean_name(phrase(who).text), who.doc.lang_):
        return None  # "Honduras has recorded …": a country, not who informs
    span = phrase(who)
    doc = who.doc
    around = list(span) + [t for c in who.children if c.dep_ == "appos" for t in c.subtree]
    around += list(doc[span.end + 1: span.end + 3]) if span.end < len(doc) and doc[span.end].text == "," else []
    if any(t.text in people for t in around) or is_title(span):
        return None  # "its executive director, Irungu Houghton, told", "Ruto said"; not "X said 87 had died"
    return who


def _before_comma(verb: Token) -> Token | None:
    """The body named between a comma and the verb of reporting after it: "…, aid agencies said"."""
    doc = verb.doc
    start = next((t.i for t in reversed(doc[max(verb.sent.start, verb.i - 8): verb.i]) if t.text == ","), None)
    if start is None:
        return None
    words = doc[start + 1: verb.i]
    if not all(t.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "AUX", "ADV"} for t in words):
        return None
    return next((t for t in words if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"
                 and _informs(t, any_proper_noun=False)), None)


def _owner(head: Token) -> Token:
    """Whose document a cited document is: "le bilan des pompiers" -> pompiers, "estimates by the UN"."""
    if head.lemma_.lower() not in DOCUMENTS:
        return head
    named = [c for c in head.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
    if named:
        return named[-1]  # "UNHCR figures"
    for made in (c for c in head.children if c.dep_ in {"acl", "amod", "nmod"} and c.pos_ in {"VERB", "ADJ", "NOUN"}):
        by = [g for g in made.children if g.dep_ in {"obl:agent", "agent", "obl:mod", "nmod"}
              and any(c.lower_ in {"par", "by"} for c in g.children)]
        by += [p for g in made.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
        by += [t.head for t in made.subtree if t.lower_ == "par" and t.dep_ == "case" and t.head.i > made.i]
        # "le bilan, donné mercredi dans la soirée par la Croix-Rouge": the parser hung "par" lower
        if by and by[0].pos_ in {"NOUN", "PROPN"}:
            return by[0]  # "le bilan établi par la LTDH", "images diffusées par la chaîne Kolo TV"
    for child in head.children:
        if child.dep_ in {"nmod", "pobj", "prep", "obl:agent"} and child.i > head.i:
            owner = child if child.dep_ != "prep" else next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ in {"NOUN", "PROPN"} and owner.ent_type_ not in {"DATE", "TIME"} \
                    and (owner.ent_type_ or _reporting_body(owner)) \
                    and owner.lemma_.lower() not in DOCUMENTS and (child.dep_ == "prep" or any(
                        c.dep_ == "case" for c in owner.children)):
                return owner
    return head


def _made_by(token: Token) -> Token | None:
    """A document that opens the sentence, made by someone it names: "Le premier bilan, donné
    mercredi par la Croix-Rouge, faisait état de…" (the parser often leaves the verb after it hanging)."""
    if token.lemma_.lower() not in DOCUMENTS or token.dep_ not in {"ROOT", "nsubj", "nsubj:pass"}:
        return None
    made = [c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    return token if any(t.lower_ in {"par", "by"} for c in made for t in c.subtree) else None


def _named_medium(cited: Span) -> Span:
    """The name in a medium or service described by its kind: "le quotidien Daily Trust", "la
    télévision privée 2STV", "private ambulance service ER24" -> the name."""
    if cited.root.lemma_.lower() not in MEDIA | REFERRING | {"watchdog", "syndicat", "union", "party", "parti"}:
        return cited
    doc = cited.doc
    for ent in doc.ents:
        if cited.root.i < ent.start <= cited.end + 2 and ent.label_ in {"ORG", "MISC", "PRODUCT", "PER", "PERSON"} \
                and not (ent.start == cited.start and ent.end >= cited.end):
            return ent
    return cited


def sources_of(span: Span, people: set[str] = frozenset()) -> list[tuple[int, str]]:
    """(character offset, name) of every source cited in a sentence; `people` are the words of
    the names of persons in the document, who are speakers rather than sources."""
    found = {}
    heads = []
    for token in span:
        head = _cited(token) or _reporter(token, people) or _made_by(token)
        if head is not None:
            heads += [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
                               and _informs(c, any_proper_noun=False)
                               and not {c.lower_, head.lemma_.lower()} <= DOCUMENTS]
            # "officials and aid agencies said"; not "le bilan, communiqué lundi par": a participle
    for head in heads:
        if not (span.start <= head.i < span.end) or is_pronoun(head):
            continue
        head = _owner(head)
        cited = _named_medium(phrase(head))
        if any("Fin" in t.morph.get("VerbForm") for t in cited) \
                or UNCONFIRMED.search(head.doc[max(0, head.i - 1): head.i + 4].text):
            continue  # "C'est le drame le plus meurtrier, a déclaré le ministre": a clause, not who
        if any(t.lower_ in {"même", "same"} for t in cited):
            continue  # "selon la même source": the one already cited
        name = clean_name(LEADING.sub("", TRAILING.sub("", cited.text)))
        name = re.sub(r"^(?:state-run|state-owned|privately owned|private|public|pro-government)\s+(?=[A-Z])|"
                      r"(?<=[A-Za-z])\s+(?:newspaper|daily|channel|broadcaster|television|radio)$", "", name) \
            if re.match(r"(?:\S+\s+)?[A-Z]", name) else name
        # "state-run Global New Light of Myanmar newspaper" -> its name
        if len(name) > 1 and name[0].isalpha() and name.lower() not in {"et", "and", "or", "ou"} and head.i not in found:
            found[head.i] = (phrase(head).start_char, name)
    return sorted(found.values())


def _bare(name: str, language: str) -> str:
    """A body's name without an owner or a dateline's city before it: "Brazil's Federal Highway
    Police", "Carlisle, Cumbria Fire and Rescue Service" -> the body."""
    for before in (r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})['’]s\s+(?=[A-Z])", r"([A-Z][\w'’-]+),\s+(?=[A-Z])"):
        place = re.match(before, name)
        if place and place_reference(place.group(1), language):
            return name[place.end():]  # not "Ombudsman's Office", "Children's Fund": the owner is a place
    return name


def _named_within(name: str, names: dict[str, str]) -> str:
    """A name described by a word before it is filed under the name: "opposition National Unity
    Platform", "l'ONG Acled" -> the entity's canonical name."""
    ends = [known for known in names if len(known) > 2 and name.endswith(" " + known) and known[0].isupper()
            and not re.search(r"\b(?:de|du|des|d['’]|of|from|the|la|le|les|l['’])\s*$", name[:-len(known)], re.I)]
    return names[max(ends, key=len)] if ends else name


@shared
def sources_by_sentence(analysis: Analysis) -> dict[str, list[str]]:
    """Sentence id -> the names it cites, in reading order."""
    mentions = entity_mentions(analysis)
    people = {word for _, e in mentions if e.type == "person" for word in e.canonical.split()}
    names = {clean_name(e.text): e.canonical for _, e in mentions if e.type != "person"}  # "WHO" -> "World Health..."
    organization_canonicals = {e.canonical for _, e in mentions if e.type == "organization"}
    organization_names = {n: c for n, c in names.items() if c in organization_canonicals}
    organizations: dict[str, list[str]] = {}
    for _, e in mentions:
        if e.type == "organization":
            organizations.setdefault(e.sentence, []).append(e.canonical)
    spans = {}  # where each organisation is named: "County Council" of "Limerick City and County Council"
    for mention, e in mentions:
        if e.type == "organization":
            spans.setdefault(id(mention.doc), []).append((mention.start_char, mention.end_char, e.canonical))
    bodies: list[str] = []  # the organisations named so far, for "the agency", "l'agence"
    out = {}
    for sentence, span in analysis.spans():
        cited = []
        for offset, name in sources_of(span, people):
            named = next((c for start, end, c in spans.get(id(span.doc), [])
                          if start <= offset and offset + len(name) <= end), None)  # within the name, not "UN refugee agency"
            name = _bare(named or names.get(name) or _named_within(name, organization_names), analysis.language)
            if " " not in name and name.islower():  # "the agency", "ce collectif", "selon l'ONG"
                nearby = [c for start, _, c in sorted(spans.get(id(span.doc), [])) if start < offset]
                name = body_referred({name.casefold()}, bodies + nearby, nearby) or name
            cited.append(name)
        bodies += organizations.get(sentence.id, [])
        out[sentence.id] = cited
    return out


@extractor("sources", "sources")
def extract_sources(analysis: Analysis) -> list[Source]:
    return [Source(name, sid) for sid, names in sources_by_sentence(analysis).items() for name in names]
