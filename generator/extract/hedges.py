"""Statements the text marks as unknown or unconfirmed.

Markers of ignorance ("on ignore si", "it is unclear"), of unverified reports ("selon des
informations non confirmées", "could not be independently verified", "reportedly"), and the
French conditional of hearsay ("une centaine de détenus seraient restés"), which is not a
hedge when it only follows "que" in reported speech ("a annoncé que 11 000 policiers
seraient mobilisés").
"""

from __future__ import annotations

import re

from ..model import Hedge
from . import Analysis, extractor

MARKERS = re.compile(
    r"\b(?:on (?:ignore|ne sait (?:pas|toujours pas|pas encore))|(?:reste|restent) (?:inconnue?s?|floue?s?|incertaine?s?)|"
    r"non confirm\w*|pas (?:encore )?été confirm\w*|n'(?:a|ont|avait|avaient) pas pu être (?:vérifi|confirm)\w*|"
    r"sans préciser (?:combien|le nombre)|did not say how many|sans apporter de preuves?|without (?:providing|offering) "
    r"(?:any )?evidence|n'a pas (?:été )?(?:confirmé|communiqué)|(?:has|have) not (?:yet )?(?:confirmed|established)|"
    r"impossible à (?:vérifier|confirmer)|"
    r"de source indépendante|sans qu'il soit possible de|selon des informations non|"
    r"ne (?:peut|peuvent|pouvait|pouvaient|pourra) (?:pas )?être (?:vérifi|confirm)\w*|n'est pas (?:encore )?connue?s?|"
    r"reportedly|allegedly|unconfirmed|unverified|(?:is|was|are|were|remains?) (?:not (?:yet |immediately )?"
    r"(?:known|clear)|unclear)|(?:could|can) not (?:be )?(?:independently )?(?:verif|confirm)\w*|cannot (?:be )?"
    r"(?:independently )?(?:verif|confirm)\w*|(?:has|have) not been (?:\w+ly )?(?:verified|confirmed)|"
    r"were not immediately|"
    r"(?:has|have|had|did|do|does) not (?:yet )?(?:said|say|specified|specify|disclosed|disclose|given|give|"
    r"revealed|reveal|released|release|commented)|(?:still |remain(?:s|ed)? )unclear|"
    r"n['’](?:a|ont|avait|avaient) pas (?:encore |non plus )?(?:précisé|indiqué|dit|communiqué|révélé|donné|"
    r"commenté|confirmé)\w*|sans (?:donner|préciser|indiquer|fournir) (?:de |le )?(?:chiffre|bilan|nombre|détails?)|"
    r"(?:may|might) never be known|ne sera (?:peut-être )?jamais connu\w*|"
    r"(?:probably|likely|could be|may be) (?:much |far |significantly )?higher|"
    r"(?:probablement|sans doute|vraisemblablement) (?:bien |beaucoup )?(?:plus élevée?s?|supérieure?s?)|"
    r"suspected (?!of\b)\w+|"
    r"(?:preliminary|initial) (?:findings|results|reports) (?:suggest|indicate|show)\w*|(?:unable|not able) to "
    r"(?:verify|confirm)|(?:believed|thought|feared) (?:to (?:be|have)\s+)?(?:dead|buried|trapped|killed|missing)|"
    r"appeared to (?:show|be)|seemed to|ignor(?:e|ent|ait|aient)\s+(?:où|si|comment|combien|pourquoi|qui|ce qui)|"
    r"rest(?:ait|aient|e|ent) (?:encore |toujours )?(?:inconnue?s?|incertaine?s?|indéterminée?s?|floue?s?)|"
    r"(?:n['’]|ne )(?:a|ont|avait|avaient|est|sont|était|étaient) pas (?:encore |toujours )?(?:été )?"
    r"(?:déterminée?s?|établie?s?|authentifiée?s?|connue?s?|identifiée?s?|élucidée?s?)|"
    r"pas possible (?:dans l['’]immédiat )?de (?:dire|savoir|confirmer|vérifier)|ont pu (?:aggraver|causer|provoquer)|"
    r"(?:could|may|might) have (?:caused|worsened|contributed)|"
    r"(?:likely|expected) to (?:rise|increase|climb|grow|fall)|(?:could|may|might) (?:still |further )?(?:rise|increase|climb)|"
    r"pourrai(?:en)?t (?:encore )?(?:s['’]alourdir|augmenter|grimper)|(?:bilan|toll) provisoire|provisional (?:toll|figures?)|"
    r"premiers éléments|preliminary (?:toll|figures?)|not possible to (?:independently )?(?:verify|confirm)|"
    r"sans (?:confirmer|expliquer|démentir)|ni confirmée?s? ni démentie?s?|neither confirmed nor denied|"
    r"n['’](?:a|ont) pas été (?:revendiquée?s?|communiquée?s?|rendue?s? publique?s?)|"
    r"no (?:group|one) (?:has |had )?(?:immediately )?claimed|investigating (?:those |these |the )?(?:reports|claims)|"
    r"probably|probablement)\b", re.I)
HEARSAY = re.compile(r"\b(?:aurai(?:en)?t|serai(?:en)?t)\s+(?:(?:été\s+)?(?:\w+ment\s+)?(?:«\s*)?"
                     r"\w+(?:é|ée|és|ées|i|is|ie|ies|u|us)\b|à l['’]origine|responsables?\b)", re.I)


def is_hedged(text: str) -> bool:
    if MARKERS.search(text):
        return True
    hearsay = HEARSAY.search(text)
    return bool(hearsay) and not re.search(r"\bqu(?:e|['’])|^\W*(?:sans|si|without|if)\b", text[:hearsay.start()], re.I)


@extractor("hedges", "hedges")
def extract_hedges(analysis: Analysis) -> list[Hedge]:
    return [Hedge(s.text, s.id) for s in analysis.sentences if is_hedged(s.text)]
