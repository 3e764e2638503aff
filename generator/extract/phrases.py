"""Reading the dependency parse: noun phrases, speech verbs and who does them.

Shared by quotes.py (who said it) and sources.py (who is cited). The word lists are lemmas, so
one entry covers every tense and person ("a déclaré", "déclarent", "said", "says").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

SPEECH_VERBS = frozenset("""
dire déclarer affirmer annoncer indiquer préciser ajouter expliquer estimer assurer souligner raconter
confier confirmer rapporter évoquer dénoncer déplorer promettre avertir prévenir insister répondre lancer
marteler reconnaître admettre signaler appeler demander saluer qualifier juger revendiquer conclure
commenter regretter condamner accuser menacer écrire tweeter réagir rappeler noter observer témoigner
décrire communiquer détailler justifier réclamer exhorter plaider fustiger s'exclamer compter recenser dénombrer
say tell add state announce report confirm explain warn claim insist describe call urge note write reply
respond acknowledge admit deny accuse vow promise estimate declare recall argue stress ask complain praise
condemn tweet post testify count
""".split())
# Verbs whose subject the text cites as the origin of information (sources.py).
REPORT_VERBS = frozenset("""
dire déclarer affirmer annoncer indiquer préciser ajouter confirmer rapporter évoquer signaler communiquer
estimer revendiquer compter recenser dénombrer faire donner avancer prévenir avertir
say tell announce report confirm state estimate add count record publish put give warn declare forecast
""".split())
PRONOUNS = frozenset("il elle ils elles on he she they we it i nous je".split())
# Words that name a role, not a person: "Le président a fait appel à ..."
TITLES = frozenset("""
président présidente ministre premier porte-parole chef cheffe maire secrétaire directeur directrice
gouverneur procureur général commandant roi reine patron patronne mairesse commandante adjudant caporal
president minister prime spokesman spokeswoman spokesperson chief mayor secretary director governor
prosecutor general commander king queen leader chairman chairwoman co-chair head
constable commissioner inspector superintendent sergeant colonel captain lieutenant ambassador senator brigadier corporal constables
commissaire colonel capitaine lieutenant ambassadeur ambassadrice sénateur sénatrice préfet préfète
procureure gouverneure magistrat magistrate juge judge
interim acting deputy adjoint adjointe officer sgt sergent sheriff lt col gen maj capt cpl
father pastor reverend imam bishop père pasteur abbé évêque maître me collector administrator administrateur magistrate coroner
""".split())
# Nouns that describe a person, beside a name in apposition: "the contractor, X", "X, a village chief"
PERSON_NOUNS = TITLES | frozenset("""
lawyer attorney contractor executive official doctor nurse surgeon witness resident survivor farmer driver teacher
student mother father wife husband son daughter brother sister uncle aunt widow engineer worker fisherman trader
vendor owner manager activist analyst researcher expert journalist reporter photographer villager victim relative
neighbour neighbor miner pilot passenger shopkeeper merchant midwife volunteer coordinator founder elder
avocat avocate médecin infirmier infirmière chirurgien témoin habitant habitante survivant survivante agriculteur
chauffeur enseignant enseignante étudiant étudiante mère épouse mari fils fille frère soeur sœur oncle tante
veuve ingénieur ouvrier ouvrière pêcheur commerçant commerçante vendeur vendeuse propriétaire gérant gérante
militant militante analyste chercheur chercheuse experte journaliste photographe villageois victime
voisin voisine mineur pilote passager passagère coordinateur coordinatrice fondateur fondatrice élu élue
député députée deputy lawmaker legislator councillor conseiller conseillère
""".split())
WEEKDAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche hier matin soir midi après-midi nuit "
                     "morning afternoon evening night".split())  # and the time of day after them
CUT = {"acl", "acl:relcl", "relcl", "advcl", "punct", "parataxis", "cc", "conj", "appos", "ccomp",
       "xcomp", "dep", "nummod"}
PLACE_PREPOSITIONS = {"at", "in", "near", "outside", "inside", "dans", "près"}  # "a doctor at one of the hospitals"
DETERMINERS = {"det", "case", "fixed", "predet", "poss", "mark", "advmod"}


def phrase(head: Token) -> Span:
    """The noun phrase of `head` without determiner, relative clause, apposition or incise:
    "un bilan officiel communiqué le 6 janvier" -> "bilan officiel"."""
    cut: set[int] = set()
    for child in head.children:
        joined = child.is_punct and child.text in "-–'’" and not child.doc[child.i - 1].whitespace_
        complement = any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in child.subtree)
        placed = child.i > head.i and (child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS
                                       or any(c.dep_ == "case" and c.lower_ in PLACE_PREPOSITIONS for c in child.children))
        if (child.dep_ in CUT and not joined) or (child.pos_ == "VERB" and child.i > head.i and complement) or placed:
            cut.update(t.i for t in child.subtree)
    start = end = head.i
    while start - 1 >= head.left_edge.i and start - 1 not in cut:
        start -= 1
    while end + 1 <= head.right_edge.i and end + 1 not in cut:
        end += 1
    doc = head.doc
    while start >= 2 and doc[start - 1].text in "-–" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
        start -= 2  # "état-major", which the parser may split at its hyphen
    for ent in doc.ents:  # never cut a name in two: "Croissant-Rouge libyen"
        if ent.start <= end and ent.end > start:
            start, end = min(start, ent.start), max(end, ent.end - 1)
    while start < head.i and doc[start].dep_ in DETERMINERS:
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].dep_ in {"case", "det", "cc"}):
        end -= 1
    return doc[start:end + 1]


def subject(verb: Token) -> Token | None:
    """The subject of a verb; in an incise ("», a déclaré lundi Oussama Hamad") the noun after it."""
    if verb.pos_ == "ADJ" and verb.dep_ == "amod" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head  # "La Coordination rurale revendique …", "revendique" tagged an adjective
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]  # "Il a assuré": on "a" at times
    subjects = [c for h in heads for c in h.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"}
                and in_quotes(c) == in_quotes(verb)]  # not a subject the parser found inside a quotation
    subjects.sort(key=lambda t: t.i)
    incise = verb.doc.lang_ == "fr" and (verb.dep_ in {"parataxis", "dep"} or _named_after(verb))
    relative = [s for s in subjects if s.lower_ in {"qui", "who", "which", "that"}]
    if relative and verb.dep_ in {"acl:relcl", "relcl", "acl"} and verb.head is not verb:
        return verb.head  # "la Ligue des droits de l'homme, qui dénonce «…»": the Ligue
    before = [s for s in subjects if s.i < verb.i]
    if before and not incise:
        nearest = before[-1]  # after a comma: "X rescued 75 people, many of them ..., the fire service said"
        parted = any(t.text == "," for t in verb.doc[before[0].i: nearest.i])
        relative = any(c.lower_ in {"dont", "whose"} for c in nearest.children)  # "X, dont une base se trouve…,"
        repeated = is_pronoun(nearest) and not is_pronoun(before[0])  # "La veilleuse a, elle, dit"
        return nearest if parted and not relative and not repeated else before[0]
    if not subjects and verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head.head  # "Un médecin de l'hôpital, joint par téléphone, décrit des services «débordés»"
    inverted = incise_subject(verb)
    if inverted is not None or subjects:
        return inverted or subjects[0]
    if verb.head is not verb and (verb.dep_ in {"conj", "xcomp"} or verb.dep_ in {"advcl", "acl"}
                                  and verb.morph.get("VerbForm") in (["Part"], ["Ger"])):
        return subject(verb.head)  # "..., qualifiant le texte de «…»", "saying «…»": the main verb's subject
    between = after_quote(verb)
    if between is not None:
        return first_bare_noun(between)  # '"…," a doctor at one of the hospitals told Reuters'
    for child in verb.rights:
        if child.dep_ in {"obj", "dobj", "nmod", "obl:arg"} and (child.pos_ == "PROPN" or child.ent_type_):
            return child
    return None


def after_quote(verb: Token) -> Span | None:
    """The words between a closing quotation mark and the verb after it, in the same sentence."""
    doc = verb.doc
    for token in reversed(doc[max(verb.sent.start, verb.i - 20): verb.i]):
        if token.text in {"»", "”"} or token.text == '"' and in_quotes(token):
            return doc[token.i + 1: verb.i]
    return None


def incise_subject(verb: Token) -> Token | None:
    """The subject after the verb of an incise: "..., a indiqué le syndicat", "», a-t-il dit"."""
    first = min([verb] + [c for c in verb.lefts if c.dep_.startswith("aux")], key=lambda t: t.i)
    doc = first.doc
    if first.i == 0 or doc[first.i - 1].text not in {",", "»", "”", '"'}:
        return None
    after_quote = first.i > 1 and doc[first.i - 2].text in {"»", "”", '"'}
    if verb.dep_ == "ROOT" and not after_quote and doc[first.i - 1].text == "," \
            and not any("Fin" in t.morph.get("VerbForm") for t in _clause_before(first)):
        return None  # "Le chef de gang X, dit «Barbecue», a revendiqué l'attaque": not an incise
    after = [c for c in verb.rights if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}]
    if after:
        return after[0]
    clitic = [c for c in verb.lefts if c.i > first.i and c.dep_.startswith("nsubj") and is_pronoun(c)]
    if clitic:
        return clitic[-1]  # "», a-t-il déclaré lundi matin": "-il", not "matin"
    return first_bare_noun(doc[verb.i + 1: verb.i + 12])


def _clause_before(token: Token) -> list[Token]:
    """The words from the last full stop to a token (the parser may have cut the sentence there)."""
    words = []
    for t in reversed(token.doc[max(0, token.i - 60): token.i]):
        if t.text in {".", "!", "?", "…"}:
            break
        words.append(t)
    return words


def _named_after(verb: Token) -> bool:
    """", a déclaré le ministre de l'Intérieur": an incise whose inverted subject is a role or a name."""
    after = incise_subject(verb)
    return after is not None and (after.lower_ in TITLES or after.ent_type_ in {"PER", "PERSON", "ORG"})


def first_bare_noun(tokens: Span) -> Token | None:
    """The first noun not introduced by a preposition: "à l'agence EFE une voisine" -> voisine."""
    in_prep = noun_seen = False
    for token in tokens:
        if token.text in {".", ",", ";", ":", "«", "»", '"'} or token.pos_ in {"VERB", "SCONJ"}:
            return None
        if token.pos_ == "ADP":
            in_prep, noun_seen = True, False
        elif token.pos_ == "DET" and in_prep and noun_seen:
            in_prep = False
        elif (token.pos_ in {"NOUN", "PROPN", "PRON"} or token.pos_ == "ADJ" and token.i and token.nbor(-1).pos_ == "DET") \
                and token.lower_ not in WEEKDAYS and token.ent_type_ not in {"DATE", "TIME"}:
            previous = token.nbor(-1) if token.i else token  # the paragraph's first word has no word before it
            if not in_prep or noun_seen and (token.ent_type_ in {"PER", "PERSON"} or token.pos_ == "PROPN" and (
                    previous.like_num or previous.text.isupper() and len(previous) > 1
                    or previous.ent_type_ == "ORG" and token.ent_iob_ != "I")):
                return token  # "à la radio nationale Émilienne Ngo", "à France 24 Moussa": the name after the addressee
            noun_seen = True
    return None


def in_quotes(token: Token) -> bool:
    """Whether a token stands inside « », “ ” or " " in its sentence."""
    before = token.doc[token.sent.start: token.i]
    text = "".join(t.text for t in before)
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def is_speech(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma == "faire" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "état":
        return True  # "a fait état de « plus de 120 blessés »"
    if token.pos_ == "ADJ" and token.lang_ == "fr":  # "raconte" tagged as an adjective, lemma "racont"
        return lemma + "er" in SPEECH_VERBS and token.lower_.startswith(lemma)
    return token.pos_ in {"VERB", "AUX", "NOUN"} and lemma in SPEECH_VERBS


def is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" or token.lower_ in PRONOUNS or bool(re.fullmatch(r"-?t?-?(il|elle)s?", token.lower_))


def is_title(span: Span) -> bool:
    """A role only, with no name: "président", "le ministre de l'Intérieur"."""
    words = [t.lower_ for t in span if not t.is_punct]
    titled = bool(words) and (span.root.lower_ in TITLES or words[0] in TITLES and span.root.pos_ != "NOUN")
    # "the health minister", "Premier ministre"; not "premier bilan"
    return titled and not any(t.ent_type_ in {"PER", "PERSON"} for t in span)
