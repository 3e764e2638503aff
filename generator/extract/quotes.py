"""Quoted words and who said them.

A quotation is what stands between « », “ ” or " " in a paragraph, so one that runs over
several sentences is one quote (cited by the sentence it opens in). Its speaker is read from
the dependency parse, in this order:

1. the subject of the speech verb the quotation depends on, or of the nearest one in its
   sentence ("«…», a déclaré lundi Oussama Hamad", "Tokayev said", "X called it «…»");
2. a quotation that is a whole sentence with no verb of its own continues the previous
   quote's speaker;
3. the source the sentence cites ("«…», selon un communiqué");
4. the subject of the sentence ("Le président … en a appelé à l'OTSC afin d'aider son pays à
   «vaincre la menace terroriste»").

"il", "she", "they" are the last speaker named; a role ("le président") is the person the
article introduces with it ("Le président Kassym-Jomart Tokaïev"); a name is filed under its
canonical entity. A nickname ("dit «Barbecue»") has no speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import Quote
from . import Analysis, extractor
from .acronyms import acronyms
from .entities import entity_mentions
from .names import HONORIFICS, REFERRING, body_referred, clean_name
from .phrases import PERSON_NOUNS, TITLES, first_bare_noun, in_quotes, is_pronoun, is_speech, is_title, phrase, subject
from .sources import DOCUMENTS, _cited, _owner

QUOTED = re.compile(r"«\s*(?P<a>[^»]+?)\s*»|“(?P<b>[^”]+)”|\"(?P<c>[^\"\n]+)\"")
ANONYMOUS = re.compile(r"\s+(?:sous (?:le )?couvert (?:de l['’]|d['’])anonymat|s'exprimant anonymement|"
                       r"on (?:the )?condition of anonymity|speaking anonymously)$", re.I)
TITLED = re.compile(r"\b(?i:" + "|".join(sorted(TITLES)) + r")\.?\s+(?P<name>(?:[A-Z][\w'’-]+\s*){2,4})$")
CHANNEL = re.compile(r"\s+(?:sur|on|via)\s+(?:les réseaux sociaux|social media|X|Twitter|Facebook|Telegram|Instagram|"
                     r"(?:son|sa|ses|his|her|its|their) (?:compte|account|page)).*$")  # "… on social media"
GAVE_NAME = re.compile(  # someone the text names only after describing them
    r"[^.;«»\"]{0,60}?\b(?:(?:who |qui )?(?:gave|giving|gives|provided|n'a donné que|ne donne que|n'a voulu donner que|"
    r"a souhaité ne donner que)\s+(?:only\s+)?(?:his|her|their|son)\s+(?:first\s+|last\s+)?(?:name|prénom|nom)|"
    r"identified (?:only )?(?:by (?:his|her) first name )?as|se présentant sous le (?:seul )?prénom de|prénommée?)"
    r"(?:\s+only)?(?:\s+as)?,?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
DEFINITE = {"le", "la", "l'", "l’", "the"}
DEMONSTRATED = REFERRING | {"ministère", "ministry"}  # "ce ministère", "cette organisation": the body last named
COUNTING = {"compter", "recenser", "dénombrer", "count"}
# Nouns of bodies, documents and offices, whose complement says which: "syndicat des cheminots",
# "responsable de la protection civile"; other unnamed speakers are their noun ("témoin", "resident").
OFFICES = frozenset("""
syndicat union ministère ministry agence agency organisation organization comité committee conseil council
collectif groupe group office bureau service police armée army gouvernement government parti party
communiqué statement texte rapport report responsable official représentant représentante representative
membre member cadre dirigeant dirigeante porte-parole spokesman spokeswoman spokesperson source sources
association fédération federation autorité authority direction administration ambassade embassy
télévision television radio chaîne channel journal newspaper média media site hôpital hospital
""".split())
DEMONSTRATIVES = {"ce", "cet", "cette", "this", "that"}
NICKNAME = re.compile(r"(?<!\ba )(?<!\bont )(?<!avait )\b(?:dit|surnommée?|alias|known as|nicknamed|dubbed)\s*$",
                      re.I)  # "Jimmy Chérizier, dit «Barbecue»"; not "a dit «respecter»"


def _introduction(span: Span) -> list[Token]:
    """The words that introduce a person: just before the name ("le ministre Ali Traoré"), or
    before the comma of an apposition ("le ministre de la Construction, Bamba Konaté")."""
    doc = span.doc
    words = list(doc[max(span.sent.start, span.start - 3): span.start])
    if span.start and doc[span.start - 1].text == ",":
        for token in reversed(doc[max(span.sent.start, span.start - 9): span.start - 1]):
            if token.pos_ in {"VERB", "AUX"} or token.text in {",", ";", ".", "«", "»"}:
                break
            words.append(token)
    if span.end < len(doc) and doc[span.end].text == ",":  # "Abdouraman Bakari, the mayor of Kolofata,"
        for token in doc[span.end + 1: min(span.sent.end, span.end + 5)]:
            if token.pos_ in {"VERB", "AUX", "PROPN"} or token.text in {",", ";", "."}:
                break
            words.append(token)
    return words


@dataclass(frozen=True)
class Said:
    """The last quote's speaker and where the quote stands."""

    speaker: str | None
    at: Token | None  # None when it stands in an earlier paragraph


class Speakers:
    """Names as the document files them, where they are mentioned, and roles that name people."""

    def __init__(self, analysis: Analysis):
        order = {id(doc): k for k, doc in enumerate(analysis.docs)}
        self.by_token: dict[tuple[int, int], tuple[str, str]] = {}
        self.seen: list[tuple[tuple[int, int], str, str]] = []  # (position, canonical, type)
        self.titles: dict[str, list[tuple[tuple[int, int], str]]] = {}  # role -> (where, person) in reading order
        mentions = entity_mentions(analysis)
        for span, entity in mentions:
            position = (order[id(span.doc)], span.start)
            self.seen.append((position, entity.canonical, entity.type))
            for token in span:
                self.by_token[(order[id(span.doc)], token.i)] = (entity.canonical, entity.type)
            if entity.type == "person":
                for token in _introduction(span):
                    self.titles.setdefault(token.lower_, []).append((position, entity.canonical))
        self.order = order
        self.persons = {c for _, c, t in self.seen if t == "person"}
        self.aliases = {clean_name(e.text): e.canonical for _, e in mentions}
        self.aliases.update({e.canonical.split()[-1]: e.canonical for _, e in mentions
                             if e.type == "person" and " " in e.canonical})  # "Ruto" -> "William Ruto"
        self.aliases.update(acronyms("\n".join(p.text for p in analysis.document.paragraphs)))

    def person_after(self, verb: Token) -> str | None:
        """The person named right after a speech verb, past the medium told: "raconte à la RTS X"."""
        for token in verb.doc[verb.i + 1: verb.i + 7]:
            if token.text in {".", ";", "«", "»", '"', "“", "”"}:
                break
            found = self.by_token.get(self._position(token))
            if found is not None and found[1] == "person":
                return found[0]
        return None

    def _position(self, token: Token) -> tuple[int, int]:
        return self.order[id(token.doc)], token.i

    def last(self, before: Token, kind: str, same_paragraph: bool = False) -> str | None:
        """The last `kind` named before a token (in its paragraph only, if asked): who "il",
        "she", "cette organisation", "le médecin" are."""
        here = self._position(before)
        earlier = [c for p, c, t in self.seen if t == kind and p < here and (not same_paragraph or p[0] == here[0])]
        return earlier[-1] if earlier else None

    def name(self, span: Span, head: Token) -> str | None:
        """The canonical name of a noun phrase: the person or organisation in it or in its
        apposition ("le ministre de l'Intérieur, Gérald Darmanin"), else its words."""
        doc = span.doc
        common = head.pos_ == "NOUN" and head.is_lower and head.lower_ not in TITLES and head.lemma_.lower() not in OFFICES
        inside = [t for t in span if t.i <= head.i or any(u.text == "," for u in doc[head.i: t.i])] \
            if common else list(span)  # not the hospital's namesake, but an apposition: "L'avocat de M. Sarr, Me Seck"
        tokens = inside + [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            tokens.append(doc[span.end + 1])  # an apposition the parser attached elsewhere
        for k in range(span.end, min(span.end + 8, len(doc) - 1)):  # "le représentant de l'OMS au Malawi, Thomas Banda"
            if doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {".", ";", "«", "»", '"'}:
                break
            if doc[k].text == ",":
                j = k + 1
                while j < len(doc) - 1 and (doc[j].lower_.rstrip(".") in TITLES | HONORIFICS | {"docteur", "doctor"}
                                            or doc[j].pos_ == "DET"):
                    j += 1  # ", le commissaire Mamadou Lamine Ndiaye"
                if self.by_token.get(self._position(doc[j]), ("", ""))[1] == "person":
                    tokens.append(doc[j])
                    break
        named = [(t, found) for t in tokens if (found := self.by_token.get(self._position(t)))]
        people = [c for _, (c, kind) in named if kind == "person"]
        bodies = [(t, c) for t, (c, kind) in named if kind == "organization"]
        if people:
            return people[0]
        if common and (person := self._apposed_before(span)):
            return person  # "Aurélie Mba, une commerçante de 34 ans, raconte"
        if bodies and common and head.lower_ in PERSON_NOUNS and all(t.i < head.i for t, _ in bodies):
            return clean_name(span.text)  # "A NADMO rescue coordinator": someone of the body, not the body
        if bodies:
            return bodies[0][1]
        later = GAVE_NAME.match(doc[span.end: min(span.end + 25, len(doc))].text)
        if later:  # "said the man, who gave only his first name, Adam"
            return self.aliases.get(later.group("name"), later.group("name"))
        if any(t.lemma_.lower() in DEMONSTRATED and any(d.lower_ in DEMONSTRATIVES for d in t.children) for t in span):
            return self.last(span[0], "organization")
        words = CHANNEL.sub("", ANONYMOUS.sub("", clean_name(span.text)))
        if is_title(span):
            return self.titled(next(t.lower_ for t in span if t.lower_ in TITLES), head) \
                or (self.last(head, "person", same_paragraph=True) if len(span) == 1 else None) or words
            # "a ajouté la magistrate": the person the paragraph names, when no one was introduced with the role
        if (body := self._body_named(span, head)) is not None:
            return body  # "the commission said", after "the Ethiopian Human Rights Commission"
        if head.i and (len(span) == 1 or doc[head.i - 1].lower_ in DEMONSTRATIVES) and head.pos_ == "NOUN" \
                and head.is_lower and doc[head.i - 1].lower_ in DEFINITE | DEMONSTRATIVES \
                and "Sing" in head.morph.get("Number"):
            person = self.last(head, "person", same_paragraph=True)
            if person:
                return person  # "a ajouté le médecin", "L'officier a ajouté": the person just named
        if head.i and doc[head.i - 1].lower_ in DEMONSTRATIVES and head.pos_ == "NOUN" and head.is_lower:
            first = next((t for t in reversed(doc[max(0, head.i - 80): head.i - 1]) if t.lemma_ == head.lemma_
                          and t.pos_ == "NOUN"), None)
            if first is not None:
                return _unnamed(first)  # "a ajouté cette source": "une source sécuritaire"
        if head.lemma_.lower() in DOCUMENTS and (owner := _owner(head)) is not head:
            return self.name(phrase(owner), owner)  # "un premier bilan, communiqué par la police" -> police
        if head.pos_ == "NOUN" and head.is_lower and not head.ent_type_ \
                and head.lemma_.lower() not in OFFICES and not (head.i and head.nbor(-1).text in "-–"):
            return _unnamed(head)  # "un médecin de l'hôpital Namazi" -> médecin
        words = re.sub(r"^\d+-year-old\s+", "", words)  # "a 38-year-old farmer" -> farmer
        words = re.sub(r"^[A-Z]{2,}\s+(?=[A-Z][a-zà-ÿ])", "", words)  # "AFP Karim": the agency told, then the name
        titled = TITLED.search(words)
        if titled:  # "LASEMA spokesperson Adebola Ajayi", a name the model did not see
            words = titled.group("name")
        return self.aliases.get(words, words) or None

    def _body_named(self, span: Span, head: Token) -> str | None:
        """The organisation named before whose name holds every word of a definite noun phrase:
        "the commission" -> "Ethiopian Human Rights Commission", "provincial command"."""
        doc = span.doc
        start = min(span.start, head.left_edge.i)
        if head.pos_ != "NOUN" or not head.is_lower or head.lower_ in PERSON_NOUNS or not start \
                or doc[start].lower_ not in DEFINITE and doc[start - 1].lower_ not in DEFINITE:
            return None
        words = {t.lower_ for t in span if t.is_alpha and t.lower_ not in DEFINITE}
        here = self._position(head)
        earlier = [(p, c) for p, c, t in self.seen if t == "organization" and p < here]
        return body_referred(words, [c for _, c in earlier], [c for p, c in earlier if p[0] == here[0]])

    def _apposed_before(self, span: Span) -> str | None:
        """The person named just before a noun phrase, in apposition with it: "X, une commerçante"."""
        doc = span.doc
        start = min(span.start, span.root.left_edge.i)  # with its determiner
        if start < 2 or doc[start - 1].text != ",":
            return None
        found = self.by_token.get(self._position(doc[start - 2]))
        if found is None or found[1] != "person":
            return None
        first = start - 2
        while first and self.by_token.get(self._position(doc[first - 1])) == found:
            first -= 1
        opening = first == doc[first].sent.start or doc[first - 1].text == "," or doc[first - 1].is_sent_start
        return found[0] if opening else None

    def who(self, token: Token | None, quote: Span, previous: Said | None = None) -> str | None:
        if token is None:
            return None
        if is_pronoun(token) and not any(c.dep_ == "appos" for c in token.children):  # not "l'un d'eux, X"
            if previous is not None and previous.speaker and self.only_speaker_since(previous, token):
                return previous.speaker  # "Un témoin a dit «…». «…», a-t-il confié": the witness
            return self.announcer(token, quote) or self.last(quote[0], "person")
        return self.name(phrase(token), token)

    def announcer(self, token: Token, quote: Span) -> str | None:
        """Who the sentence before the quotation, in the same paragraph, has speaking or cites,
        when no one else is named since: "Un médecin a décrit des services saturés. «…», a-t-il
        dit" -> médecin; "Selon un élu local, … «…», a-t-il affirmé" -> élu local."""
        doc = token.doc
        before = _sentence_before(doc, quote[0].sent.start)
        if before is None:
            return None
        verb = next((t for t in before if is_speech(t) and t.pos_ != "NOUN"), None)
        who = (subject(verb) or first_bare_noun(before)) if verb is not None else None
        if who is None:
            who = next((c for t in before if (c := _cited(t)) is not None), None)
        if who is None or is_pronoun(who) or who.pos_ not in {"NOUN", "PROPN"} or "Plur" in who.morph.get("Number") \
                or any(self.by_token.get(self._position(t), ("", ""))[1] == "person"
                       for t in doc[who.right_edge.i + 1: token.i]):
            return None
        found = self.name(phrase(who), who)
        if who.pos_ == "PROPN" and found not in self.persons:
            return None  # a name, but not a person's
        return found

    def titled(self, role: str, token: Token) -> str | None:
        """The person last introduced with a role before a token ("the spokesman said"), else the
        first introduced with it."""
        people = self.titles.get(role, [])
        here = self._position(token)
        earlier = [c for p, c in people if p < here]
        return earlier[-1] if earlier else (people[0][1] if people else None)

    def only_speaker_since(self, previous: Said, token: Token) -> bool:
        """Whether the last quote's speaker, in the same paragraph, is the one a pronoun can mean:
        no one else was named since, and the speaker is not an organisation."""
        if previous.at is None:
            return False
        start, here = self._position(previous.at), self._position(token)
        if start[0] != here[0]:
            return False
        between = [c for p, c, t in self.seen if start < p < here and t == "person" and c != previous.speaker]
        kinds = {t for _, c, t in self.seen if c == previous.speaker}
        return not between and "organization" not in kinds


def _unnamed(head: Token) -> str:
    """Someone the text does not name, as it describes them: the noun and its adjectives, without
    the complements ("une source hospitalière", "a resident of Nova Holanda" -> resident)."""
    following = head.nbor(1) if head.i + 1 < len(head.doc) else None
    joined = [following] if following is not None and following.head is head and following.is_lower \
        and following.is_alpha and following.pos_ in {"ADJ", "NOUN", "VERB"} \
        and not any(c.dep_ == "case" for c in following.children) else []  # "un ancien détenu"
    words = [head] + joined + [c for c in head.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_alpha
                      and c.is_lower and c.lower_ not in {"autre", "other", "même", "same"}
                      and not (c.i and c.nbor(-1).text == "-")]  # not the "old" of "43-year-old"
    while head.i + 2 < len(head.doc) and head.nbor(1).text == "-" and not head.whitespace_ \
            and not head.nbor(1).whitespace_ and head.nbor(2).is_alpha:
        words += [head.nbor(1), head.nbor(2)]  # "un sapeur-pompier"
        head = head.nbor(2)
    return re.sub(r" - ", "-", " ".join(t.text for t in sorted(set(words), key=lambda t: t.i)))


def _speech_verb(quote: Span, sentence: Span) -> tuple[Token | None, bool]:
    """The speech verb of a quotation, and whether the quotation depends on it (else it is
    only the nearest one in the sentence)."""
    inside = range(quote.start, quote.end)
    roots = [t for t in quote if t.head.i not in inside or t.head is t]
    for root in roots[:1]:
        token = root
        for _ in range(4):
            if token.i not in inside and is_speech(token):
                return token, True
            if token.head is token:
                break
            token = token.head
    verbs = [t for t in sentence if t.i not in inside and is_speech(t) and t.pos_ != "NOUN"]
    return min(verbs, key=lambda t: min(abs(t.i - quote.start), abs(t.i - quote.end)), default=None), False


def _outer_subject(verb: Token) -> Token | None:
    """The subject of a speech verb; for a pronoun in a clause reported by another speech verb, the
    latter's subject: "The mission said it had noted «…»" -> the mission."""
    who = subject(verb)
    if verb.lemma_.lower() in COUNTING and verb.dep_ == "ccomp" and is_speech(verb.head) and subject(verb.head):
        return subject(verb.head)  # "Il a affirmé que ses partisans avaient compté «au moins douze morts»"
    while who is not None and is_pronoun(who) and verb.dep_ == "ccomp" and is_speech(verb.head):
        outer = subject(verb.head)
        if outer is None or is_pronoun(outer):
            break
        verb, who = verb.head, outer
    return who


def _nearest_subject(sentence: Span, verb: Token) -> Token | None:
    """The last subject before a speech verb the parser left without one: "Le Premier ministre
    Benyamin Netanyahou a au contraire salué «…»"."""
    marks = [t.i for t in sentence if t.i < verb.i and t.dep_ == "mark" and t.pos_ != "ADP"]
    found = [t for t in sentence if max(marks, default=-1) < t.i < verb.i and t.dep_ in {"nsubj", "nsubj:pass"}
             and not in_quotes(t)
             and (t.lower_ in TITLES or is_pronoun(t) or any(w.ent_type_ in {"PER", "PERSON", "ORG"} for w in t.subtree))]
    return found[-1] if found else None


def _sentence_before(doc: Doc, start: int) -> Span | None:
    """The sentence before the one starting at `start`, past any quotation mark the parser left
    on its own ("«")."""
    if start == 0:
        return None
    before = doc[start - 1].sent
    while all(t.is_punct for t in before) and before.start > 0:
        before = doc[before.start - 1].sent
    return before


def _announced(doc: Doc, sentence: Span, speakers: Speakers, quote: Span) -> str | None:
    """Who the sentence before a quotation standing alone says is speaking, when that sentence quotes
    no one: "Une habitante raconte avoir fui. «Ils tiraient sur tout ce qui bougeait.»"."""
    before = _sentence_before(doc, sentence.start)
    if before is None or QUOTED.search(before.text):
        return None
    verb = next((t for t in before if is_speech(t) and t.pos_ != "NOUN"), None)
    if verb is None:
        who = subject(before.root)  # "Le gouverneur, Leoncio Huayra, s'est rendu sur place. «…»"
        named = speakers.who(who, quote) if who is not None and who.pos_ in {"NOUN", "PROPN"} else None
        return named if named in speakers.persons else None
    return speakers.who(subject(verb) or first_bare_noun(before), quote)  # a verb the parser left subjectless


def find_speaker(quote: Span, speakers: Speakers, previous: Said | None) -> str | None:
    doc = quote.doc
    end = quote[-1].sent.end
    if end < len(doc) and (doc[end].text == "," or doc[end].is_lower):
        end = doc[end].sent.end  # the parser cut "«…», a indiqué un responsable" after the quote
    start = quote[0].sent.start
    if start and doc[start].text == "," and doc[start - 1].sent.start < start:
        start = doc[start - 1].sent.start  # the parser cut "Selon Save the Children | , « … »"
    sentence = doc[start: end]
    later = GAVE_NAME.search(doc[quote.end: sentence.end].text)
    if later:  # '"…," he told Reuters, giving only his first name, Getachew'
        return speakers.aliases.get(later.group("name"), later.group("name"))
    verb, governs = _speech_verb(quote, sentence)
    cited = next((c for t in sentence if (c := _cited(t)) is not None), None)
    if verb is not None and (governs or cited is None or verb.i < cited.i):
        who = _outer_subject(verb)
        if who is None and verb.i >= quote.end and (named := speakers.person_after(verb)):
            return named  # "« … », raconte Hanta Rasoanirina, une institutrice": the parser missed the subject
        return speakers.who(who or _nearest_subject(sentence, verb), quote, previous)
    words = [t for t in sentence if not t.is_punct]
    if all(quote.start <= t.i < quote.end for t in words):
        return _announced(doc, sentence, speakers, quote) or (previous.speaker if previous else None)
    if cited is not None:  # "Selon lui, le taux est « bien au-dessus » du seuil"
        return speakers.who(cited, quote, previous)
    return speakers.who(subject(sentence.root), quote, previous)


def _quotes(doc: Doc, speakers: Speakers, analysis: Analysis, out: list[Quote]) -> list[Quote]:
    previous: Said | None = None
    for m in QUOTED.finditer(doc.text):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        words = m.group(group).strip(" ,;")
        quote = doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
        if not words or quote is None or len(quote) == 0:
            continue
        if NICKNAME.search(doc.text[:m.start()]) and len(words.split()) <= 3:
            speaker = None
        else:
            if previous is None and out:
                previous = Said(out[-1].speaker, None)  # the paragraph before
            speaker = find_speaker(quote, speakers, previous)
        out.append(Quote(words, speaker, analysis.sentence_id(quote)))
        previous = Said(speaker, quote[-1])
    return out


@extractor("quotes", "quotes")
def extract_quotes(analysis: Analysis) -> list[Quote]:
    speakers = Speakers(analysis)
    out: list[Quote] = []
    for doc in analysis.docs:
        _quotes(doc, speakers, analysis, out)
    return out
