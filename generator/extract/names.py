"""Words and patterns by which articles name people, bodies and places, and a name without
its article: what the entity rules (entities.py) read the text with."""

from __future__ import annotations

import re

LABELS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "location",
          "GPE": "location", "FAC": "location", "MISC": "other", "EVENT": "other", "LAW": "other",
          "PRODUCT": "other", "WORK_OF_ART": "other"}  # the others (dates, numbers, NORP) are left out
AGENCIES = r"AFP|AP|Reuters|ATS|Keystone-ATS|Belga|APS|ANP|dpa|DPA|EFE|Xinhua|Anadolu|APA|ANSA|PTI|IANS|Bernama|" \
           r"Kyodo|Yonhap|TASS|Tass|AA"  # news agencies, as datelines name them
HONORIFICS = {"dr", "pr", "prof", "mr", "mrs", "ms", "mme", "mlle", "mgr", "me"}
ARTICLE = re.compile(rf"^(?:l['’]|d['’]|la |le |les |the |m\. |(?:{'|'.join(sorted(HONORIFICS))})\.? )", re.I)
COMPASS = {"est", "ouest", "nord", "sud", "east", "west", "north", "south", "état", "state", "république"}
ORG_WORDS = re.compile(
    r"\b(?:ministère|ministry|organisation|organization|institut|institute|commission|authority|autorité|"
    r"association|agence|agency|department|council|conseil|party|parti|union|syndicat|croix-rouge|"
    r"croissant-rouge|red cross|red crescent|réseau|network|haut-commissariat|office|bureau|fédération|"
    r"federation|comité|committee|fund|fonds|programme|program|ong|university|université|police|nations|"
    r"presse|press|radio|télévision|television|météo|congress|congrès|parliament|parlement|senate|sénat)\b", re.I)
MEDIA_WORDS = {"chaîne", "agence", "journal", "quotidien", "hebdomadaire", "radio", "télévision", "site",
               "ong", "syndicat", "parti", "société", "groupe", "channel", "agency", "newspaper", "daily",
               "broadcaster", "network", "party", "company", "group", "outlet", "union", "charity", "compagnie",
               "entreprise", "firme", "firm", "opérateur", "operator", "organisation", "organization"}
INSTITUTIONS = re.compile(  # a capitalised word that no person's name holds
    r"\b(?:Ministère|Ministry|Hôpital|Hospital|Université|University|Court|Cour|Tribunal|Council|Conseil|Agency|"
    r"Agence|Institute|Institut|Party|Parti|Commission|Committee|Comité|Syndicat|Association|Federation|"
    r"Fédération|Organisation|Organization|Company|Corporation|Compagnie|Army|Armée|Police|Laboratoire|Laboratory|"
    r"Service|Medical Cent(?:er|re)|Health Cent(?:er|re)|Railways?|Airlines|Airways|Department|Directorate)\b")
ACRONYM = re.compile(r"[A-Z]{3,9}")
FEATURES = re.compile(r"\b(?:Creek|Bay|River|Lake|Mountains?|Hills|Valley|Falls|Desert|Désert|Delta|Gorge|Peninsula|"
                      r"Plateau)$|^(?:Lake|Mount|Mt\.?|Lac|Mont|Rivière|Fleuve|Désert)\s")  # "Moores Creek", "Lake Albert"
MEDIA_NAME = re.compile(r"\s(?:FM|TV|Radio|Online|1(?:è|e)re)$")  # "Mosaïque FM", "Garowe Online", "Gabon 1ère"
ARMED_GROUPS = re.compile(r"(?i:hamas|hezbollah|houthis?|ansar allah|boko haram|al-shabab|al-shabaab|shebab|"
                          r"talibans?|daech|daesh|isis|isil|al-qaïda|al-qaeda|al-qaida|wagner|jnim|gsim|m23)")
STORMS = re.compile(r"(?i:(?:super |tropical |post-tropical )?(?:cyclone|hurricane|typhoon|storm|tempête|ouragan|"
                    r"typhon|dépression tropicale)s?)(?:\s|$)")
CONTINENTS = {"Europe", "Afrique", "Africa", "Asie", "Asia", "Amérique", "America", "Océanie", "Oceania", "Antarctique",
              "Antarctica", "Moyen-Orient", "Middle East", "Amérique latine", "Latin America", "Maghreb", "Sahel"}
DISEASES = re.compile(r"(?i:ebola|covid(?:-19)?|choléra|cholera|rougeole|measles|mpox|dengue|paludisme|malaria|sida|aids|"
                      r"grippe|influenza|polio|variole)")
COUNTRY_CODES = {"USA", "RDC", "DRC", "RCA", "CAR", "EAU", "UAE", "URSS", "USSR", "RSA"}
LOC_WORDS = re.compile(r"\b(?:territories|territory|province|region|région|islands|îles?|county|district|valley|"
                       r"sea|ocean|mer|océan|gulf|golfe)\b", re.I)
DEMONYM = re.compile(r"[A-Z][a-zé]+(?:ites|iens|iennes|ains|aines|ais|aises|ois|oises|ans|ands|andes|ese)")  # "Moscovites"
GROUP_NOUNS = {"party", "parti", "movement", "mouvement", "group", "groupe", "militia", "milice", "coalition",
               "alliance", "front", "collective", "collectif", "organisation", "organization", "union", "network"}
PLACE_NOUNS = {"village", "town", "city", "ville", "commune", "région", "region", "province", "district", "quartier",
               "island", "île", "camp", "camps", "localité", "township", "county", "state", "valley", "vallée"}
DWELLERS = {"resident", "residents", "habitant", "habitante", "habitants", "native", "mayor", "maire"}  # "a resident of X"
FOUNDATIONS = {"school", "college", "hospital", "church", "cathedral", "mosque", "academy", "university"}
PLACE_WORDS = {"in", "near", "dans", "près", "vers", "outside", "across"}
OPENERS = r"(?!(?:At|In|The|From|To|On|Of|For|By|With|And|But|A|An|Near|Outside)\s)"  # not a name's first word
PATTERNS = (
    ("organization", r"\b(?:ministère|préfecture|prefecture|ministry|haut-commissariat|parquet|tribunal)(?:\s+[a-zé]+)?"
                     r"\s+(?:de l['’]|de la |du |des |de |d['’]|of the |of )(?:[A-ZÉ][\w-]+|police)"
                     r"(?:\s+(?:nationale?|publique|étrangères|territoriale|sociale?s?|maritime|du territoire|"
                     r"[a-zéè]+(?:iques?|elles?|aires?)))?"
                     r"(?:\s+des [a-zé]{4,}(?=\s*(?:[,(]|et\b|\(|$)))?"
                     r"(?:,\s+(?:des |de la |du |de l['’])[A-ZÉ][\w-]+(?:\s+[a-zéè]+(?:iques?|elles?|aires?|ales?|aux))?)*"
                     r"(?:\s+(?:et|and) (?:des |de la |du |de l['’]|of )?[A-ZÉ][\w-]+"
                     r"(?:\s+(?:civile?s?|publique|publics|nationale?|sociale?s?|sociaux|durable|du territoire|"
                     r"[a-zéè]+(?:iques?|elles?|aires?)))?"
                     r"(?:\s+des [a-zé]{4,}(?=\s*(?:[,.;(]|$)|\s+\(|\s+[a-z]+\s))?"
                     r"(?:\s+contre (?:la |le |les |l['’])?[a-zé]+)?)?"),
    # "de la Jeunesse et des Sports", "de la Sécurité et de la Protection civile", "de l'Intérieur, du
    # Développement communautaire et de la Sécurité publique", "de l'Action humanitaire et de la Gestion des catastrophes"
    ("organization", r"\b(?:hôpital|hospital|clinique|université|university|[cC]entre hospitalier)"
                     r"(?:\s+(?:national|régional|général|central|universitaire|militaire|provincial|départemental))?"
                     r"\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]*)*"
                     r"(?:\s+(?:de|d['’])\s*[A-ZÉ][\w-]+(?!\s+[A-Z(]))?"),  # "l'hôpital Saint-Michel de Jacmel", "Mohammed V"
    ("organization", rf"(?<=\()(?:{AGENCIES})(?=\))"),  # the agency of a dateline
    ("organization", r"\b(?:[Gg]endarmerie (?:nationale|maritime|royale|mobile)|(?:Garde|Marine|Sûreté) (?:nationale|royale|républicaine))\b"
                     r"|\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: la)? 1(?:è|e)re\b"),  # "Gendarmerie maritime", "Guyane la 1ère"
    ("location", r"(?<![\w'’-])(?P<name>[A-ZÉÈÀÔ][A-ZÉÈÀÔÏÎÇ'’-]+(?: [A-ZÉÈÀÔ][A-ZÉÈÀÔÏÎÇ'’-]+){0,3})"
                 rf"(?=(?:,[^()\n]{{1,30}})?\s*\((?:{AGENCIES})\))"),  # the city of a dateline: "HARARE, Nov 28 (Reuters)"
    ("organization", r"\b(?:Boko Haram|Al-Shabaa?b|Ansar Allah)\b"),  # names of two words the models split
    ("organization", r"\b(?:Keystone-ATS|Agence France-Presse|Associated Press|Belga|Xinhua|Anadolu|Bernama|Kyodo|"
                     r"Yonhap)\b"),  # news agencies, wherever named
    ("organization", rf"(?:\b(?:Dr|St)\.?\s+)?(?:\b{OPENERS}[A-Z][\w'’-]+\s+(?:and\s+)?){{1,4}}"
                     r"(?:Hospital|Clinic|University|College)\b(?:\s+and\s+Hospital\b)?"),
    # "the Civil Hospital", "Dr. Slamet General Hospital", "Coast General Teaching and Referral Hospital"
    ("organization", r"\b(?:[hH]ôpital|[cC]linique|[uU]niversité|[cC]entre hospitalier(?: universitaire)?|pénitencier|"
                     r"ambassade|consulat|gendarmerie|mairie|commissariat)(?:\s+[a-zéèêû-]+){0,3}?"
                     r"\s+(?:de la |du |de l['’]|des |de |d['’])[A-ZÉ][\w-]+(?:[\s-][A-ZÉ][\w-]+)*"),
    ("organization", r"\bFrance (?:24|2|3|5|Inter|Info|Culture|Bleu|Télévisions)\b"),
    ("organization", r"\b(?:Direction (?:générale |nationale |régionale |de wilaya )?de la "
                     r"(?i:défense civile|protection civile|sécurité civile)|"
                     r"Défense civile|Protection civile|Sécurité civile|"
                     r"(?:(?:Vice[- ])?Ministry of |(?!The\s|A\s)[A-Z][^\W\d_]+\s)?Civil (?:Defen[cs]e|Protection)"
                     r"(?: (?:Unit|Department|Agency|Authority|Service|Directorate))?)\b"),
    ("organization", r"\bCH[URN]\s+(?:de la |du |de l['’]|des |de |d['’])?[A-ZÉ][\w-]+(?:\s+[A-ZÉ][\w-]+)*"),
    ("location", r"\b(?:place|gare|rue|avenue|boulevard|pont|square|autoroute|marché|palais|mer|aéroport|stade)"
                 r"\s+(?:de la |du |de l['’]|des |de |d['’])?[A-ZÉ][\w-]+(?:\s+[A-ZÉ][\w-]+)*"),
    ("location", rf"\b(?:{OPENERS}[A-Z][\w-]+"
                 r"(?:['’](?!s\b)[\w-]+)? ){1,3}"
                 r"(?:Market|Highway|Airport|Stadium|Bridge|Road|Street|Lane|Square|County|Camp|Boulevard|Avenue|Town)\b"
                 r"(?! [A-Z])"),
    ("organization", rf"\b(?:{OPENERS}[A-Z][\w'’-]+\s+){{1,3}}[Pp]olice (?:[Ss]tation|[Pp]ost)\b"),  # "Chuquibamba police station"
    ("location", r"\b(?:[Aa]utoroute|[Rr]oute nationale|[Rr]oute départementale|[Hh]ighway|Route|National Highway|"
                 r"State (?:Road|Route|Highway))"
                 r"\s+(?:No\.?\s*)?\d{1,4}[A-Z]?\b"),  # "l'autoroute 20", "route nationale 1", "Highway 401"
    ("location", r"\b(?:province|région|district|département)\s+(?:du|de l['’]|de la)\s*(?:Nord|Sud|Est|Ouest|Centre)"
                 r"(?:-(?:Nord|Sud|Est|Ouest))?(?![\w-])"),  # "la province de l'Ouest": a compass point names it
    ("location", r"\b(?:province|île|archipel|région|district|département|commune|localité|ville|village) "
                 r"(?:de |d['’]|des )(?P<name>[A-ZÉ][\w'’-]+(?:\s+(?:(?:del|de|do|da|dos|das|di)\s+|d['’])?"
                 r"[A-ZÉ][\w'’-]+)*)(?![\w'’(-]| \()"),  # "la province de Catanduanes", "la ville de Viña del Mar"
)
PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in PATTERNS)
STOPWORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "of", "the", "and", "et", "pour", "for", "on", "en",
             "à", "au", "aux"}


def clean_name(text: str) -> str:
    """'l'Arménie' -> 'Arménie': no article, elision, possessive or surrounding punctuation."""
    name = re.sub(r"\s*\([^)]*$", "", text)  # "National Institute of Public Health (INSP"
    name = ARTICLE.sub("", name.strip(" \t«»\"“”'’,.;:()")).strip(" \t«»\"“”'’,.;:()")
    return re.sub(r"['’]s$", "", name)  # "the European Union's" -> "European Union"


def body_holding(words: set[str], bodies: list[str]) -> str | None:
    """The last of `bodies` whose name holds every one of `words`: "commission" -> "Ethiopian
    Human Rights Commission", "agency" -> the agency last named."""
    found = [b for b in bodies if words <= set(re.findall(r"[\w-]+", b.casefold()))]
    return found[-1] if found else None


# Words any organisation goes by, by which the text refers back to the one it last named: "the agency said".
REFERRING = frozenset("group groupe collectif organisation organization ong ngo network réseau charity association "
                      "coalition agency agence company compagnie firm entreprise operator opérateur".split())
NEWS_AGENCY = re.compile(rf"(?:{AGENCIES}|Agence France-Presse|Associated Press)")


def body_referred(words: set[str], bodies: list[str], nearby: list[str]) -> str | None:
    """The organisation a common noun refers back to: the last of `bodies` named before whose
    name holds its words ("the commission"), else, for a word any body goes by ("the agency",
    "l'ONG", "la compagnie"), the last of those named `nearby` (in its paragraph) that is not the
    news agency reporting."""
    found = body_holding(words, bodies)
    if found or len(words) != 1 or not words <= REFERRING:
        return found
    return next((b for b in reversed(nearby) if not NEWS_AGENCY.fullmatch(b)), None)
