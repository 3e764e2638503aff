"""Numbers of people affected: killed, wounded, arrested, missing, displaced, participants, other.

A figure (numbers.py) is a count only when it counts people: it is followed by a word for
people ("personnes", "soldats", "migrants", "people") or for victims ("morts", "blessés",
"dead"), or it opens a "dont / including" part of a count. Its category comes, in this order,
from the victim word itself ("353 blessés"), from what the clause says happened to them
("ont été tués", "were detained"), from a verb or noun just before ("avoir arrêté environ
2 000 personnes", "l'arrestation de sept", "the number of arrests at"), from a word naming a
crowd ("manifestants"), and is `other` for any other number of people. A figure that counts
no one (prices, years, ages, "Khabar-24", percentages) is left out: a wrong number is worse
than a missing one.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span, Token

from ..canonical import place_reference
from ..model import Count
from . import Analysis, extractor
from .dates import date_mentions, date_spans
from .numbers import Number, find_numbers
from .phrases import WEEKDAYS
from .sources import sources_by_sentence

P = r"(?:e?s)?"  # French feminine and plural endings
VICTIMS = (  # words that say both "people" and what happened to them
    ("killed", rf"morts?|tu[ée]{P}|décès|victimes mortelles|corps|meurtres|homicides|dead|deaths|fatalities|bodies|murders"),
    ("wounded", rf"bless[ée]{P}|brûlé{P}(?! vifs?)|injured|wounded"),
    ("missing", rf"disparu{P}|missing"),
    ("displaced", rf"déplacé{P}|sans-abri|réfugié{P}|displaced|refugees|homeless|evacuees"),
    ("arrested", r"arrestations|interpellations|gardes à vue|arrests|detainees"),
)
HAPPENED = (  # what the clause after the people says happened to them
    ("killed", rf"tu[ée]{P}|mort{P}|décédé{P}|péri|perdu la vie|trouvé la mort|succombé|neutralisé{P}|meurent|"
               rf"abattu{P}|lynché{P}|"
               r"killed|died|dies|die|dead|passed away|(?:stabbed|beaten|burned|burnt|hacked|crushed|trampled) to death|"
               r"drown\w*|perished|lost their lives|shot dead|succumbed"),
    ("wounded", rf"bless[ée]{P}|hospitalisé{P}|soigné{P}|injured|wounded|hurt|hospitali[sz]ed|sought medical|"
                r"(?:(?:been|were|was) )?admitted|intoxiquée?s? par (?:la |les )?fumées?|need(?:ed)? (?:hospital )?treatment|required (?:hospital )?treatment|"
                r"suffered (?:\w+ )?(?:injuries|burns)|with (?:\w+ )?burns|brûlures|(?:were|was|been|being) beaten(?! to death)|passée?s? à tabac|"
                r"in (?:a )?(?:critical|serious) condition|in intensive care|en réanimation|aux soins intensifs|"
                r"with (?:broken|fractured) (?:legs?|arms?|bones?|ribs?)|fractur\w+|admise?s? (?:à|au|aux|dans)\b|(?:touchée?s?|atteinte?s?) par (?:des )?(?:balles|tirs|projectiles)|"
                r"(?:hit|struck) by (?:live |rubber )?(?:rounds|bullets|gunfire)|dans un état (?:jugé )?(?:très )?(?:grave|critique)|"
                r"(?:taken|admitted) to (?:[\w'’-]+ ){0,6}?(?:hospitals?|Cent(?:re|er)|clinic)|with injuries|with (?:gunshot |bullet |stab |machete )?wounds|blessée?s? par balles?|suffered (?:burns|injuries)|treated (?:in hospital|for)|in hospital|(?:were|was|been|being) treated"),
    ("arrested", rf"arrêté{P}|interpellé{P}|placé{P} en garde à vue|été détenu{P}|incarcéré{P}|écroué{P}|"
                 r"arrested|(?:were|was|been|being) detained|taken into custody|rounded up|derrière les barreaux|"
                 r"behind bars|in custody|en détention|in detention|in jail|en prison|jailed|imprisoned|emprisonnés?|"
                 rf"(?:were|was|been) picked up(?! by (?:\w+ )?(?:boats?|rescuers|fishermen|helicopters?|vessels?|coast ?guards?))|(?:restaient|restent|sont|étaient) détenu{P}|"
                 r"(?:taken in|held|detained) for questioning|(?:were|was|been|being|remain|remained) held\b"
                 r"(?!\s+(?:up|back|hostage|captive|responsible|accountable|liable|on|over)\b)|(?:conduite?s?|emmenée?s?|amenée?s?) au (?:poste|commissariat)|remanded|"
                 r"held (?:for (?:\w+ ){1,2}(?:days|weeks|hours)|pending)|placée?s? sous mandat de dépôt|"
                 r"(?:toujours |encore )?en garde à vue|guilty|coupables|convicted|sentenced to|condamnée?s? à"),
    ("missing", rf"disparu{P}|coincé{P}|n['’]ont plus donné de nouvelles|(?:not|yet to)(?: yet)? be(?:en)? accounted for|sans nouvelles|not been heard from|injoignables|manqu\w* (?:toujours |encore )?à l['’]appel|pris au piège|enseveli{P}|(?:toujours|encore) recherché{P}|missing|"
                r"unaccounted for|trapped|introuvables?|(?:cannot|could not|can't) be found|(?:have|has|had) not (?:yet )?(?:returned|been found)|n['’]ont pas (?:encore )?été retrouvée?s?|"
                r"still (?:underground|down there|inside|in the (?:shaft|mine|pit|rubble))|"
                r"(?:toujours|encore) (?:sous terre|au fond|dans (?:la mine|le puits|les décombres))|buried(?! in (?:a |the )?(?:mass )?graves?| at\b| on\b)|still being sought|sous les décombres|under the rubble|sous les gravats"),
    ("displaced", rf"déplacé{P}|relogé{P}|hébergé{P}|évacué{P}|mis à l'abri|fui|dû fuir|quitté|dû quitter|"
                  r"doivent quitter|(?:contrainte?s?|obligée?s?|forcée?s?) (?:de|à) quitter|sans logement|sans abri|displaced|evacuated|fled|crossed into|shelters|abris|"
                  r"crossed (?:the|into|over) (?:\w+ )?(?:border|frontier)|(?:franchi|traversé) la frontière|"
                  r"sites? d['’]accueil|centres? d['’]accueil|reception (?:centres?|sites?)|refugee camps?|camps? de réfugiés|"
                  r"forced from their homes|from their homes|airlifted|(?:been|were) flown (?:out|to)\b|"
                  r"relief camps|homeless|sheltered|lost their homes|camps de fortune|"
                  r"camps de déplacés|(?:makeshift|displacement|IDP) camps?|"
                  r"(?:in|into|dans|vers) (?:des |les |the )?(?:\d[\d,.]* )?(?:[\w-]+ ){0,2}?(?:camps|shelters|abris|"
                  r"sites d['’]accueil|sites de fortune|centres d['’]hébergement)\b|chassée?s? de|driven (?:out|from)|sous des tentes|in tents|"
                  r"(?:must|had to|forced to|ordered to) leave|to leave their homes|à quitter leurs? (?:maisons?|domiciles?|foyers?|logements?)|(?:had|have) (?:already )?left|"
                  r"(?:were|have been|had been) (?:moved|relocated|rehoused)|transférés vers|"
                  r"(?:ordered|told|urged|forced) to evacuate|sommée?s d['’]évacuer|appelée?s à évacuer|"
                  r"victims of (?:forced )?displacement|victimes de déplacements? (?:forcés? )?|fleeing|fuient|fuyant|"
                  r"(?:trouvé|pris|cherché) refuge|(?:found|taken|took|sought) (?:refuge|shelter)|"
                  r"(?:spent|spend|passed) the night (?:in|at)|(?:passé|passer) la nuit (?:de \w+ à \w+ )?(?!(?:à|dans) l['’]h[ôo]pital)(?:dans|à|au|chez|hors de chez|sous)|away from (?:their )?homes?"),
    ("other", rf"kidnapped|abducted|taken hostage|kidnappée?s?|enlevée?s?|pris en otages?|rescued|secourue?s?|"
              rf"emmené{P} (?:de force|par (?:les|des) (?:assaillants|ravisseurs|hommes armés))|taken away|"
              rf"(?:were|was|been) vaccinated|(?:été|sont) vaccinée?s?|(?:reçu|received) (?:une|a|leur|their) (?:première |first )?dose"),
    ("participants", rf"défil(?:é{P}|aient|ait|ent|ant)|manifest(?:é{P}|aient|ait|ent|ant)|rassemblé{P}|réunis|réunies|pris part|participé|mobilisée?s?|mobili[sz]ed|t(?:ook|aken?|akes) part|marched|"
                     r"protest(?:ed)?|rallied|walked out|joined the protest|demonstrated|dans la rue|in the streets|"
                     r"took to the streets|joined the (?:\w+ )?(?:encampment|sit-in|occupation|blockade|march|rally|strike|shutdown|stoppage|walkout|boycott)|"
                     r"répondu à l['’]appel|answered the call|heeded the call|clashed with|se sont heurtée?s? à|"
                     r"protesting|demonstrating|rallying|marching|turn(?:ed)? out|attended|assisté à|"
                     r"ont affronté|(?:had |have )?occupied|occupaient|ont occupé|gather(?:ed|ing)|massée?s?|"
                     r"kept (?:a )?vigil|(?:dressé|érigé) des barr\w+|(?:set up|erected|built) (?:\w+ )?(?:barricades|roadblocks)|"
                     r"dispersée?s?|dispersed"),
)
BEFORE = (  # a verb whose object is the figure, or a noun naming the tally it gives
    ("killed", r"tu(?:ée?s?|es?|ent|er|ait|aient)\b|tuant|killed|killing|kills|kill|death toll|bilan des morts|nombre de morts|"
               r"(?:les |the )?(?:corps|dépouilles|bodies|remains) (?:de|d['’]|of)|"
               r"toll (?:of|at)|bilan (?:\w+ )?(?:de|d['’]|à)|"
               r"toll\b(?:\s+\S+){0,3}?\s+(?:(?:rose|rises|risen|climbs?|climbed|jumped|reached|stands|stood|hit)"
               r"(?:\s+(?:to|at))?|at|to)|"
               r"number of dead|number of deaths|among the dead were|among the victims were|"
               r"(?:the )?(?:dead|victims|morts|victimes) (?:included|include|comptent|comprennent|incluent)|parmi les victimes "
               r"figurent|parmi les morts figurent|perdu|lost|shot dead|shot and killed|abattu\w*|"
               r"(?:we|they|families|relatives|villagers|residents) (?:have |had )?(?:also |already )?(?:buried|cremated)|"
               r"(?:burned|burnt|beaten|hacked|stabbed|stoned|lynched|crushed|trampled|shot) to death|shooting dead|"
               r"lynché\w*|brûlée?s? vifs?|"
               r"(?:coûté|coûter|coûtait) la vie (?:à|aux|de)|(?:cost|claimed|took) the lives of|"
               r"(?:mort|décès|deaths?) (?:en détention |in custody )(?:de|d['’]|of)|"
               r"(?:meurtres?|assassinats?|homicides?|morts?|décès|murders?|deaths?|killings?) (?:de|d['’]|du|des|of)"),
    ("wounded", r"blessant|injuring|wounding|injures|wounds|(?:had |has |have )?admitted|admis|"
                r"nombre de blessés|number of injured|injuries to|blessures à|"
                r"(?:and|et) (?:wounded|injured|blessé)"),
    ("arrested", rf"arrêté{P}|interpellé{P}|arrestation\w* de|interpellation\w* de|arrested|detained|detains?|detaining|arresting|detention of|détention de|"
                 r"convicts?|convicted|sentenced|condamn(?:é|ée|és|ées|e|ent|ait)|arrests? of|arrest|"
                 r"nombre d['’]arrestations|number of arrests"),
    ("displaced", r"évacué\w*|evacuated|displacing|displaced|nombre de déplacés|moved|relocated|relogé\w*|"
                  r"évacuation (?:de|d['’])|evacuation of"),
    ("missing", r"buried|enseveli\w*|disappearance of|disparition de"),
    ("participants", r"crowd(?: at| of)?|mob of|foule(?: à| de| d['’])?|cortège|rassemblement|manifestation|protest|rally|march|marche|rassembl[ée]\w*|gathering|"
                     r"réunie?s?\b|drew|drawn|attracted|brought together|mobilis[ée]\w*"),
)
BEFORE += (("other", r"infect\w*|contamin\w*|vaccin\w*|sickened|soigné\w*|treated|rescued|secouru\w*|sauvé\w*|"
                     r"pulled (?:out )?|extrait\w*"),)
VERBS_BEFORE = tuple(b for b in BEFORE if b[0] not in {"participants", "other"})
CROWDS = (("participants", r"manifestants|protestataires|grévistes|protesters|demonstrators|marchers|strikers|"
                           r"spectateurs|spectators|festivaliers|festival-goers|concertgoers|concert-goers"),)
PEOPLE = (
    r"personnes|gens|habitants|civils|enfants|femmes|hommes|soldats|militaires|policiers|gendarmes|membres|"
    r"agents|détenus|prisonniers|migrants|réfugiés|victimes|pompiers|secouristes|mineurs|ouvriers|travailleurs|"
    r"employés|salariés|médecins|infirmi\w+|patients|passagers|voyageurs|étudiants|élèves|journalistes|"
    r"responsables|individus|assaillants|combattants|jihadistes|rebelles|otages|touristes|étrangers|"
    r"fidèles|supporters|opposants|militants|suspects|volontaires|bénévoles|ressortissants|binationaux|citoyens|"
    r"orpailleurs|renforts|adhérents|riverains|villageois|résidents|camarades|collègues|comrades|colleagues|jeunes|adolescents|écoli\w+|lycéen\w*|collégien\w*|invités|clients|automobilistes|chauffeurs|"
    r"sinistrés|rescapés|survivants|pèlerins|marins|pêcheurs|agriculteurs|casques bleus|"
    r"people|persons|civilians|children|women|men|soldiers|troops|officers|policemen|members|detainees|"
    r"prisoners|inmates|migrants|refugees|victims|miners|workers|staff|doctors|nurses|patients|passengers|"
    r"students|journalists|residents|villagers|rescuers|volunteers|fighters|militants|hostages|tourists|"
    r"foreigners|managers|officials|smugglers|suspects|employees|teachers|crew|consultants|pilgrims|"
    r"worshippers|guards|firefighters|staffers|adults|babies|infants|survivors|nationals|crews|citizens|"
    r"sailors|fishermen|farmers|peacekeepers|pupils|evacuees|pilgrims|inhabitants|cas|cases|"
    r"police(?!\s+(?:stations?|posts?|vehicles?|cars?|checkpoints?|headquarters))|sapeurs-pompiers|"
    r"guests|travell?ers|motorists|youths|teenagers|vendors|traders|merchants|activists|fans|"
    r"commerçants|vendeurs|marchands|partisans|sympathisants|activistes|drivers|schoolgirls|schoolboys|schoolchildren|worshipers|customers|shoppers|"
    r"proches|relatives|boys|girls|garçons|fillettes|filles|gunmen|attackers|assailants|insurgents|bandits"
)
UNITS = r"ans|années|mois|jours|heures|h|minutes|km|kilomètres|mètres|tonnes|euros|dollars|francs|%|pour cent|" \
        r"years|months|days|hours|miles|metres|meters|tons|tonnes|per cent|percent|points|fois|times"
NEAR = r"^\W*(?:[\w'’-]+\W+){{0,4}}?(?:{})\b"  # what happened, in the verb group after the people
LINKS = r"as|while|when|after|before|since|comme|alors|que|qui|and|et|or|ou|but|mais|to|à|in|dans|on|sur|at|by|par"
COMPLEMENT = r"\s+(?:(?:des|du|de|of)\s+|d['’]\s*)(?:la\s+|les\s+|l['’]\s*|the\s+|une?\s+(?:même\s+)?|a\s+)?"
YEAR = re.compile(r"\b(?:en|depuis|since|in|de|of|from|until|jusqu'en|avant|après|before|after|fin|début|mid|"
                  r"à|au|by|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
                  r"january|february|march|april|may|june|july|august|september|october|november|december)"
                  r"\s+(?:l'an\s+)?(?:1[89]|20)\d\d$", re.I)
QUALIFYING = r"(?:(?:at least|au moins|more than|plus d['’]e?|about|environ|some|quelque|près d['’]e?|nearly|almost|" \
             r"up to|jusqu['’]à|over)\s*)?"
FORCES = re.compile(  # forces, rescuers and attackers: there in numbers, but not a crowd
    r"^(?:gunmen|attackers|assailants|assaillants|insurgents|insurgés|bandits|policiers|gendarmes|soldats|militaires|"
    r"pompiers|secouristes|agents|police|officers|soldiers|troops|firefighters|rescuers|renforts|reinforcements|"
    r"volontaires|bénévoles|volunteers)\b", re.I)
CAPACITY = re.compile(r"\b(?:licensed|designed|built|authori[sz]ed|allowed|meant|conçue?s?|prévue?s?|autorisée?s?) "
                      r"(?:to carry|to hold|for|pour (?:transporter|accueillir)?)\s+(?:up to |jusqu'à |no more than |not more than |"
                      r"a maximum of |au maximum |au plus )?$|"
                      r"\b(?:capacity of|capacité de|capacité d'accueil de)\s+$", re.I)
OUTBREAK = re.compile(r"\b(?:épidémie|epidemic|outbreak(?! of (?:\w+ )?(?:violence|fighting|clashes|unrest))|"
                      r"choléra|cholera|ebola|rougeole|measles|dengue|covid|peste|plague|"
                      r"(?<!is )(?<!are )(?<!was )poisoning|intoxications? alimentaires?|intoxiqué\w* après|poisoned|empoisonn\w+|méthanol|methanol|chlore|chlorine|"
                      r"toxic gas|bootleg|tainted (?:alcohol|liquor)|alcool frelaté|overdoses?|surdoses?|toxic drugs?|"
                      r"heatstroke|heat stroke|coups? de chaleur|insolations?|"
                      r"paludisme|malaria|mpox|variole|méningite|meningitis|diphtérie|diphtheria|légionellose|legionella|"
                      r"legionnaires|hépatite|hepatitis|lassa|typhoïde|typhoid|fièvre jaune|yellow fever)\b", re.I)
NOT_PEOPLE = r"\s+(?:(?:head|heads|têtes) (?:of|de) (?:livestock|cattle|bétail)|livestock|cattle|bétail|animals|animaux|" \
          r"families|familles|households|ménages|foyers|houses|homes|maisons|habitations|logements|" \
          r"ambulances|véhicules|vehicles|camions|trucks|voitures|cars|buses|autocars|bateaux|boats|pirogues|" \
          r"tentes|tents|huts|abris|shelters|sites|camps|engins|hélicoptères|helicopters|drones|avions|aircraft|bâtiments|buildings|" \
          r"bovins|moutons|chèvres|chameaux|sheep|goats|camels|cows|vaches|" \
          r"arrêtés (?:de|d['’]|municipaux|préfectoraux|ministériels))\b"
MONTH_NAMES = r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|" \
              r"february|march|april|june|july|august|september|october|november|december"
APPROXIMATELY = r"(?:an estimated\s+|estimated\s+|some\s+|about\s+|around\s+|roughly\s+|environ\s+|près de\s+|" \
                r"quelque\s+|plus de\s+|more than\s+|over\s+)?"  # before a figure that gives a size
POPULATION = re.compile(r"\b(?:ville|city|town|village|commune|pays|country|région|region|capitale?|agglomération|"
                        r"métropole|mégapole|megacity|megalopolis|"
                        r"metropolis|nation|province|island|île|district)\b[^,.;]{0,30}\b(?:de|d['’]|of|with|avec|"
                        rf"home to|abritant|peuplée? de)\s*{APPROXIMATELY}$"
                        rf"|\b(?:abrite|abritait|abritent|(?:(?:is|are|was|were)\s+)?home to)\s+{APPROXIMATELY}$", re.I)
HOLDS = re.compile(rf"\b(?:held|holds|housed|houses|accueillait|accueille|abritait|comptait)\s+{APPROXIMATELY}$", re.I)
RATIO = re.compile(r"\b(?:une?|one|\d+)\s+(?:[\w-]+\s+){0,3}?(?:sur|out of)\s+$|\b(?:one|une?)\s+(?:[\w-]+\s+){0,2}?in\s+$",
                   re.I)
HOMELESS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:from|out of) their homes|\s+(?:\w+\s+){0,2}?(?:de|hors de) leurs? "
                      r"(?:foyers?|domiciles?|maisons?|logements?)", re.I)  # "force 90,000 from their homes"
HELD = re.compile(r"\s*(?:(?:toujours|encore|still)\s+)?(?:detained|held(?!\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+)?"
                  r"(?:tickets?|placards?|banners?|signs?|candles?|photographs?|portraits?|flags?|vigils?|meetings?|"
                  r"talks?|rall(?:y|ies)|protests?|up|aloft)\b)|détenue?s?)\b", re.I)  # "45 étudiants détenus", "dozens detained"; not "held tickets"
SUSPECTED = re.compile(r"\b(?:soupçonnée?s?|suspected|accusée?s?|accused)\b", re.I)  # what they are suspected of
SUSPICION = re.compile(SUSPECTED.pattern + r"\s+(?:(?:d['’]|de\s+|of\s+)(?:avoir\s+|having\s+)?)?[\w'’-]+"
                       r"(?:\s+(?:(?:des?|les?|la|du|l['’]|d['’]|the|an?|une?)\s*)?[\w-]+)?", re.I)
THRESHOLD = re.compile(r"\b(?:rassemblements|gatherings|réunions|meetings|groupes|groups) (?:de|d['’]|of) "
                       r"(?:plus de |more than |over |moins de |fewer than )?$", re.I)  # "les rassemblements de plus de 50"
PROTESTING = re.compile(r"\b(?:in protest|to protest|pour protester|en signe de protestation|en protestation|"
                        r"pour réclamer|pour exiger|pour dénoncer|to demand|demanding)\b", re.I)
ARGUMENTS = {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "ROOT"}
# words for anyone: a figure of them says nothing until the text says what happened to them or where they were
ANYONE = re.compile(r"(?:people|persons|personnes|gens|individus|men|women|children|hommes|femmes|enfants|jeunes|youths|"
                    r"residents|résidents|habitants|inhabitants|villagers|villageois|relatives|proches|civils|civilians|"
                    r"boys|girls|garçons|filles|fillettes|adults|adultes)\b", re.I)
SITUATED = re.compile(r"\b(?:on board|aboard|à bord|affected|affectée?s?|sinistrée?s?|in need|need(?:ed|s)?\s+"
                      r"(?:\w+\s+)?(?:aid|assistance|help|food|water|shelter|treatment)|at risk|"
                      r"pulled (?:out|from)|brought (?:out|down)|swam to safety|sauvée?s?|working|"
                      r"travaillaient|(?:were|had been|was) (?:on|in|inside|aboard|sleeping|dancing)\b|crowded|"
                      r"registered|enregistrée?s?|without (?:drinking )?(?:water|power|electricity|food)|"
                      r"sans (?:eau|électricité|abri)|cut off|isolée?s?|vaccinated|vaccinée?s?|received|infected|"
                      r"infectée?s?|face|faced|facing|eligible|live|lived|living|vivaient|vivent|waited|waiting|"
                      r"attendaient|cross|were taken|taken away|on the (?:span|bridge|bus|boat)|(?:se )?trouvaient|"
                      r"vivante?s?|alive|secourue?s?|rescued|testée?s? positi\w+|tested positive|prise?s? en charge|"
                      r"reçu|faisaient la queue|queued|sans domicile|absent|unable to|participé|dépêchée?s?|deployed|"
                      r"sought treatment|needing|en contact|were found|poursuivie?s?|ont présenté|showed symptoms|armed|"
                      r"armée?s|touchée?s?|besoin|nuit dehors|constituée?s?|climb(?:ed)? out|escaped|managed to)", re.I)
SITUATING = re.compile(  # a verb or noun before the figure that says what the people are in the story
    r"\b(?:carrying|carried|transportant|with|avec|had|reach|reaching|reached|atteindre|to|à|employed|employait|"
    r"interviewed|revived|packed|vaccinate|vacciner|feed|nourrir|aid|assist|help|aider|evacuate|affecting|touchant|"
    r"affected|touchée?s?|transportait|transporting|visant|targeting|repêcher|dégager|sauvetage de|rescue of|"
    r"déployé|deployed|dépêché|enlevé|abducted|kidnapped|receiving|employs|fait vivre|procès de|trial of|sur les|"
    r"armed|équipe|team)\s+(?:[\w'’]+\s+){0,3}?" + QUALIFYING + "$", re.I)
CAPTIVES = re.compile(r"^(?:détenus|prisonniers|otages|inmates|prisoners|detainees|hostages)\b", re.I)
DEMONYM = r"(?-i:[A-Z][a-zé]+(?:ese|ians|ans|ines|ains|aines|ais|aises|iens|iennes|ois|oises|is|ites))"  # "20,000 Sudanese", "5 000 Palestiniens"
LEMMAS = {  # verbs and predicate nouns, by lemma, that say what happened to the people counted
    "killed": "tuer mourir décéder périr succomber noyer abattre exécuter massacrer assassiner inhumer enterrer "
              "kill die perish drown succumb execute massacre murder slay",
    "wounded": "blesser hospitaliser soigner intoxiquer injure wound hurt hospitalise hospitalize treat",
    "arrested": "arrêter interpeller incarcérer écrouer appréhender arrest apprehend jail imprison detain garde custody",
    "missing": "disparaître ensevelir disappear trap",
    "displaced": "évacuer fuir déplacer reloger héberger abriter réfugier évacuation hébergement "
                 "evacuate flee displace relocate shelter uproot evacuation",
    "participants": "manifester défiler rassembler participer mobiliser protester débrayer grève manifestation converger bloquer "
                    "cortège protest march rally gather demonstrate picket strike demonstration converge block barricade",
}
RESCUE = {"secours", "recherche", "sauvetage", "rescue", "search", "relief"}
LEMMA_CATEGORY = {lemma: category for category, words in LEMMAS.items() for lemma in words.split()}
DOWN_FROM = r"(?:dont|parmi lesquel\w+|including|among them|of whom)\s+(?:\S+\s+){0,2}" + QUALIFYING + "$"


DESCRIBED = (("killed", r"dead|slain"), ("wounded", rf"injured|wounded|bless[ée]{P}"),
             ("arrested", r"detained|arrested|jailed|imprisoned"), ("missing", rf"missing|disparu{P}"),
             ("displaced", rf"displaced|déplacé{P}"))  # an adjective before the people counted
VICTIM_WORDS = "|".join(w for _, w in VICTIMS + CROWDS)  # words that say people and what happened to them


def _cases(noun: str) -> bool:
    """"1 500 cas", "cases of cholera": cases of a disease, `other` whatever the clause says."""
    return bool(re.match(r"(?:cas|cases)\b", noun, re.I))


def _category(pairs: tuple, text: str, anchor: str) -> str | None:
    """The category whose words come first in `text` ("were arrested and ... injured": arrested), by where
    they end, since an anchored pattern matches from the start ("qui manifestaient et interpellé")."""
    found = [(m.end(), category) for category, words in pairs if (m := re.search(anchor.format(words), text, re.I))]
    return min(found)[1] if found else None


def _people(after: str) -> re.Match | None:
    """The words for people right after a figure: "membres des forces de l'ordre", "autres blessés"."""
    for nouns in (f"{VICTIM_WORDS}|{PEOPLE}", DEMONYM):  # "1.2 million Sudanese refugees": the refugees
        found = re.match(
            rf"\s*[»”\"]?\s*(?:(?:de|d['’]|of)\s*)?(?P<extra>(?:(?!(?:{UNITS}|{LINKS})\b)[\w-]+\s+){{0,2}}?)"
            rf"(?P<noun>(?:{nouns})\b(?:{COMPLEMENT}[\w-]+(?:{COMPLEMENT}[\w-]+)?)?)", after, re.I)
        if found:
            return found
    return None


def classify(text: str, number: Number, previous: str | None) -> tuple[str, str | None] | None:
    """(category, who) of a figure in a sentence, or None when it counts no people."""
    after = text[number.end:]
    before = text[max(0, number.start - 45): number.start]
    if re.match(rf"\s*(?:{UNITS})(?!\w)", after, re.I) or re.match(NOT_PEOPLE, after, re.I) \
            or re.search(r"\b(?:mère|père|mother|father|parents?)\s+(?:de|d['’]|of)\s+$", before, re.I):
        return None  # "un gendarme de 22 ans", "29 tonnes"
    if re.match(r"\s+(?:or more|ou plus|or fewer|ou moins)\b", after, re.I) or CAPACITY.search(before) \
            or THRESHOLD.search(before):
        return None  # "four or more people are shot": a definition; "licensed to carry 60": a capacity
    if re.fullmatch(r"(?:19|20)\d\d", text[number.start:number.end]) and (
            not _people(after) or re.search(r"\b(?:19|20)\d\d\s*(?:and|et|or|ou|to|à|-|–)\s*$", before)):
        return None  # "a 2021 dormitory fire", "in late 2015 and 2016 displaced": a year
    if re.search(r"\b(?:dans|in)\s+(?:(?:la|sa|leur)\s+)?$", before, re.I) \
            and re.fullmatch(r"(?:(?:la|sa|leur)\s+)?\w+aine", text[number.start:number.end], re.I):
        return None  # "un automobiliste dans la soixantaine": an age
    if re.match(r"\s+(?:more|other|others|autres|de plus)?\s*(?:of the|of those|d['’]entre les|des)\s+(?:injured|wounded|"
                r"blessés|hurt)\s+(?:\w+\s+){0,2}?(?:died|succumbed|ont succombé|sont morts|sont décédés)\b", after, re.I):
        return "killed", None  # "Five more of the injured died overnight"
    if re.match(r"[:h.]\d\d", after) or re.search(r"\d[:h]$", before) or number.high == 0:
        return None  # "10:00", "14h30": a time; zero counts no one
    if HOLDS.search(before) and re.match(r"\s+(?:inmates|prisoners|detainees|détenus|prisonniers)\b", after, re.I):
        return None  # "the penitentiary held more than 1,100 inmates": who it holds, not a count of the event
    if re.match(rf"\s+(?:{MONTH_NAMES})\b", after, re.I) or POPULATION.search(before):
        return None  # "un bilan arrêté au 18 novembre"; "a city of some 20 million residents"
    people = _people(after)
    if re.search(DOWN_FROM, before, re.I) and (not previous and not people and not _group(before)
                                                or re.search(NOT_PEOPLE + r"\s*,?\s*" + DOWN_FROM, before, re.I)):
        return None  # "112 drones, dont 76 ont été abattus": a part of something else
    if RATIO.search(before):
        return None  # "un professeur sur deux", "one in five residents": a share, not a count
    noun = people.group("noun") if people else None
    if noun and re.fullmatch(r"habitants|inhabitants|residents", noun, re.I) \
            and re.search(r"\b(?:compte|comptait|abrite|population)\b", before, re.I):
        return None  # "qui compte environ 870 000 habitants": a population
    if noun and re.fullmatch(DEMONYM, noun) and place_reference(noun, "fr"):
        people = noun = None  # "24 000 à Paris": a city, not a people
    others = re.match(r"\s+(?:others|autres|d['’]autres)\b", after, re.I) if people is None else None
    if others and previous and re.search(r"\b(?:et|and)\s+$", before) \
            and re.match(rf"\s+(?:{'|'.join(WEEKDAYS)})\b", after[others.end():], re.I):
        return previous, None  # "Huit corps ont été extraits lundi soir et trois autres mardi"
    rest = re.sub(r"^\s*,\s*(?:dont|including|parmi (?:eux|elles|lesquel\w+)|among them|most of them|many of them|"
                  r"mostly|pour la plupart|la plupart|en majorité|majoritairement|"
                  r"[\w-]+ (?:of them|d['’]entre (?:eux|elles))|selon|according to)\b[^,]*,", "",
                  after[people.end() if people else others.end() if others else 0:])  # ", dont …,", ", most of them teenagers,"
    rest = re.sub(r"^\s*,?\s*(?:selon|according to)\b[^,]*,(?:\s*[\d\s,.]+\s(?:selon|according to)\b[^,]*,)*", "",
                  rest)  # "4 000 personnes selon les organisateurs, 2 300 selon la préfecture, avaient défilé"
    rest = re.sub(r"^\s*,\s*(?:une?|a|an|the|le|la|les|all|tous|toutes|âgée?s?|aged|believed|thought|said to|"
                  r"understood|présumée?s?|supposée?s?|semble-t-il|souffrant|suffering)\b[^,;.]{1,60},", "",
                  rest)  # ", un homme de 45 ans et sa fille,", ", souffrant d'hypothermie,"
    rest = re.sub(r"^\s*,\s*(?:en|au|aux|à|in)\s+(?-i:[A-Z])[^,;.]{1,40},", "", rest)  # ", en Abitibi,": where they are
    rest = re.sub(r"^\s+(?:of those|of the)\s+(?:rescued|evacuated|admitted|hospitali[sz]ed|taken to hospital)\s+"
                  r"(?=(?:were|was|are|had|have|remained|remain)\b)", " ", rest)  # "Nine of those rescued were in serious condition"
    clause = re.split(r"[;:.]|,|\b(?:dont|including)\b|\d", rest, maxsplit=1)[0][:70]
    if re.match(r"\s+(?:of them|d['’]entre (?:eux|elles))\b", after, re.I):
        return (_category(HAPPENED, clause, r"\b(?:{})\b")
                or _category(VERBS_BEFORE, before, r"\b(?:{})\s*" + QUALIFYING + r"$") or previous), None
        # "17 of them seriously"; "et interpellé 27 d'entre eux"
    if previous and people and re.search(rf"(?:\b(?:and|et)(?:\s+(?:de|d['’]|of))?|,|:)\s*{QUALIFYING}$", before, re.I) \
            and not _cases(noun) \
            and not _category(VICTIMS + CROWDS, noun, r"^(?:{})\b") and not _category(HAPPENED, clause, r"\b(?:{})\b"):
        return previous, noun  # "11 children and at least five women": one list, one category
    if previous and re.search(DOWN_FROM, before, re.I):  # "dont six grièvement": part of the toll before
        if own := _category(VICTIMS, noun or "", r"(?:^|\s)(?:{})\b"):
            return own, noun  # "23 survivants, dont 11 grièvement blessés"
        if SUSPECTED.search(clause):
            return previous, noun  # "23 en garde à vue, dont trois sont soupçonnées d'avoir participé": still held
        if re.match(r"\s*(?:ont|sont|avaient|étaient|doivent|have|had|were|was|are)\b", clause, re.I) \
                and (happened := _happened(clause, NEAR)):
            return happened, noun  # "dont environ 68 000 ont dû quitter leur domicile"
        if not re.search(r"\b(?:had|have|has|were|was|ont été|sont|a été|avaient été|étaient)\s+(?:been\s+)?"
                         r"(?:\w+(?:ly|ment)\s+)?\w+(?:ed|é|ée|és|ées|is|us)\b", clause, re.I):
            return previous, noun  # "of whom 15 were girls"
        return _category(HAPPENED, clause, r"\b(?:{})\b") or "other", noun  # "of whom 793 had been discharged"
    among = re.search(r"\b(?:parmi les|among the|of the|of those|among those|parmi ceux|parmi celles)\s+(?:\d[\d\s,.]*\s+)?(\w+)\s*(?:,\s*(?:dont|including)\s[^,;.]{1,50})?"
                      r"(?:,|figurent|figuraient|sont|étaient|were|are|was)\s*" + QUALIFYING + "$", before, re.I)
    if among and (word := _word_category(among.group(1))):
        return word, noun  # "Parmi les blessés, dont deux pompiers, quatre sont", "Of those held, 43 were women"
    counted = re.search(r"\b(?:les|the)\s+([\w-]+)\s+(?:étaient|sont|were|are|numbered|totalled|totaled)\s+"
                        + QUALIFYING + "$", before, re.I)
    if counted and noun is None and (word := _word_category(counted.group(1))
                                     or _category(CROWDS, counted.group(1), r"^(?:{})$")):
        return word, None  # "Les manifestants étaient 2 300 selon la préfecture"
    if not previous and (group := _group(before)):
        return group, noun  # "les personnes interpellées, dont 14 mineurs"
    if YEAR.search(text[max(0, number.start - 12): number.end]) or (noun and re.search(
            r"(?<!\bin)\s(?:de moins|fewer|less)\b(?!\s+than)", noun + after[people.end():][:17], re.I)):
        return None  # "depuis 2021"; "200 000 voyageurs de moins": a year, a difference
    hurt = _category(VICTIMS, after, r"^\s+(?:autres|others|more)?\s*,\s*(?:\w+ment\s+|seriously\s+|critically\s+)?(?:{})\b")
    if noun is None and hurt:
        return hurt, None  # "et deux autres, grièvement blessés, ont été transportés"
    if noun is None and re.match(r"\s+(?:on board|aboard|à bord)\b", after, re.I):
        return "other", None  # "about 140 on board"
    if noun is None and previous and (re.match(r"\s*,?\s*(?:selon|d['’]après|according to)\b", after, re.I)
                                      and re.search(r"\b(?:selon|d['’]après|according to)\b", before, re.I)
                                      or re.search(r"\b(?:dont|including|among them|of whom)\b[^.;]*\b(?:et|and)\s+"
                                                   + QUALIFYING + "$", before, re.I)
                                      and not _happened(clause, NEAR)):
        return previous, None  # "24 300 personnes selon la police, 90 000 selon la CGT"; "dont 12 500 à Lyon et 8 900 à"
    if noun is None and previous and re.search(r"\b(?:up from|down from|compared with|against|contre|après)\s+"
                                                + QUALIFYING + "$", before, re.I):
        return previous, None  # "rose to 47, up from 29"
    if noun is None and HELD.match(clause):
        return "arrested", None  # "dozens detained"
    if those := re.match(r"\s+of those (?:\w+\s+)?(killed|dead|injured|wounded|detained|arrested|missing|evacuated)\b",
                         after, re.I):
        return _word_category(those.group(1)), None
    if previous and re.search(r"\b(?:of the|sur les|parmi les|among the)\s+[\d\s,.]+[^,;.]{0,60},\s*" + QUALIFYING + "$",
                              before, re.I) and not _category(HAPPENED, clause, NEAR):
        return previous, noun  # "Of the 108 people taken into custody, 71 were students"
    included = re.search(r"\b(?:the|les)\s+(dead|missing|injured|wounded|victims|morts|disparus|blessés|victimes)\s+"
                         r"(?:included|include|comprennent|comprenaient|incluent)\b", text[:number.start], re.I)
    if included and not _happened(clause, NEAR):  # "the missing included a student … and four workers"
        return _word_category(included.group(1)), noun
    if noun is None and (tallied := _tally(before)):
        return tallied, None  # "put the number of missing at more than 100"
    if among := re.match(r"\s+(?:[\w'’-]+\s+){0,5}?(?:[\w'’-]+\s*,[^,;.]{1,100},\s*)?"
                         r"(?:(?:were|are|was|is|sont|étaient|figurent|figuraient|comptent)\s+(?:among|parmi)|"
                         r"(?:font|faisaient|fait|faisait) partie)\s+(?:those|the|les|des)\s+(?:\d[\d,.\s]*\s+)?(?:people\s+|personnes\s+)?([\w-]+)",
                         after, re.I):
        word = among.group(1)  # "12 of its members were among those detained"
        if found := _word_category(word):
            return found, noun
    if noun is None and not re.match(r"\s+(?:more|autres|others|de plus|supplémentaires)\b", after, re.I):
        return (_category(VERBS_BEFORE, before, r"\b(?:{})\s*" + QUALIFYING + r"$")  # "displaced more than 400,000"
                or _happened(clause, r"^\s*(?:\w+\s+){{0,3}}?(?:{})\b") or _before(before, tally=True)), None
    if noun and _cases(noun):
        return "other", noun  # "1 500 cas": cases of a disease, whatever happened to the others
    happened = "arrested" if HELD.match(clause) else \
        _happened(clause, NEAR)
    listed = re.match(rf"\s*(?:et|and)\s+{QUALIFYING}\d[\d\s,.]*\s+(?:{PEOPLE})\b", rest, re.I)
    if happened is None and listed:
        happened = _happened(re.split(r"[;:.,]", rest[listed.end():])[0], NEAR)  # "42 policiers et 19 civils ont été blessés"
    if happened == "wounded" and re.search(r"\b(?:ont|ont fini par|later|have|had) (?:succombé|died)\b", clause, re.I):
        happened = "killed"  # "Deux détenus grièvement blessés ont succombé"
    if happened == "participants" and re.search(r"\b(?:aux? (?:premiers )?(?:secours|recherches|sauvetage|opérations)|in (?:the )?"
                                                r"(?:rescue|search|relief|operation))", clause, re.I):
        happened = None  # "ont participé aux secours": rescuers, not a crowd
    if happened == "participants" and noun and FORCES.match(noun):
        happened = None  # "11 000 policiers seraient mobilisés": deployed, not protesting
    if happened == "killed" and re.match(r"\s+(?:of the|of those|des|d['’]entre les)\s", after, re.I):
        return happened, noun  # "three of the injured later died": the dead now
    before_verb = _category(BEFORE, before, r"\b(?:{})\s*" + QUALIFYING + r"$")
    own = _category(VICTIMS, noun or "", r"^(?:{})\b")
    if own == "displaced" and (event := before_verb or happened) in {"killed", "wounded", "arrested", "missing"} \
            or own in {"wounded", "missing", "arrested"} and (event := happened) == "killed":
        return event, noun  # "a tué 23 réfugiés", "Cinq blessés ont succombé": who they were, then what happened
    apposed = _category(VICTIMS, after[people.end():] if people else "",
                        r"^\s*,\s*(?:\w+ment\s+|seriously\s+|critically\s+|slightly\s+)?(?:{})\b") \
        or _category(HAPPENED, after[people.end():] if people else "", r"^\s*,\s*(?:{})\b[^,;.]*,")
    # "Quatre manifestants, légèrement blessés, ont été", "Deux policiers, hospitalisés au CHU Ibn Rochd, se trouvaient"
    category = (own
                or apposed  # "Quatre manifestants, légèrement blessés, ont été conduits"
                or _category(DESCRIBED, people.group("extra") if people else "", r"\b(?:{})\b")  # "the detained journalists"
                or before_verb  # "have killed at least 30 people and..."
                or ("wounded" if noun and re.search(r"\breceived\s+" + QUALIFYING + "$", before, re.I) else None)
                # "the hospital had received 27 children"
                or happened
                or _before(before)
                or _category(CROWDS, noun or "", r"^(?:{})\b")
                or ("killed" if noun and re.match(r"(?:victims|victimes)\b", noun, re.I) else None)
                or ("participants" if noun and PROTESTING.search(after) else None)
                or ("other" if noun and _situated(noun, people.group("extra") + rest[:100], before) else None))
    if category == "participants" and noun and FORCES.match(noun):
        category = "other"  # "avoir mobilisé plus de 200 volontaires": deployed, not protesting
    return category, noun


def _situated(noun: str, after: str, before: str) -> bool:
    """Whether the people a figure counts are named by a role ("12 firefighters") or said to be
    somewhere in the story ("45 people on board", "transportait environ 150 personnes"): a number
    of people alone says nothing and is no count."""
    return not ANYONE.match(noun) or bool(SITUATED.search(after) or SITUATING.search(before))


def _word_category(word: str) -> str | None:
    """The category one word for people gives: "blessés", "victims", "held", "interpellés"."""
    if re.fullmatch(r"held|detained|détenue?s?", word, re.I):
        return "arrested"
    if re.fullmatch(r"victimes|victims", word, re.I):
        return "killed"
    return _category(VICTIMS + HAPPENED, word, r"^(?:{})$")


def _group(before: str) -> str | None:
    """The category of the people a figure is part of, named just before "dont / including":
    "les personnes interpellées, dont", "Les victimes, parmi lesquelles", "Parmi les blessés, dont"."""
    found = re.search(r"(?P<group>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*,\s*" + DOWN_FROM, before, re.I)
    if found is None:
        return None
    words = found.group("group")
    return _word_category(words.split()[-1]) or _category(VICTIMS + HAPPENED, words, r"\b(?:{})$")


def _happened(clause: str, anchor: str) -> str | None:
    """What the clause after the people says happened to them, unless it is another clause
    ("police kill three as traders protest": the traders protest, not the three)."""
    if re.match(r"\s*(?:as|while|when|after|before|because|since|until|alors que|tandis que|lorsque|quand|"
                r"comme|avant que|après que|parce que)\b", clause, re.I):
        return None
    clause = re.split(r"\b(?:after|before|when|while|après|avant|lorsque|quand|alors que|tandis que)\b",
                      SUSPICION.sub("", clause))[0]  # not what they are suspected of
    return _category(HAPPENED, clause, anchor)  # not "à Nouakchott après une mort en garde à vue"


def _before(before: str, tally: bool = False) -> str | None:
    """The category a verb or tally noun just before the figure gives it, in the same clause
    (only a tally noun, "the number of arrests at", when no word for people follows)."""
    clause = re.split(r"[,;:.]|\b(?:when|as|after|while|because|where|lorsque|quand|alors que|tandis que|où)\b",
                      before)[-1]  # "16 people were killed when hundreds of police stormed": not the police
    if tally and not re.search(r"\b(?:nombre|number|toll|bilan|total)\b", clause, re.I):
        return None
    return _category(BEFORE, clause, r"\b(?:{})\b(?:\s+\S+){{0,4}}\s*$")


def parsed_category(span: Span, start: int, noun: str | None, subject_only: bool = False) -> str | None:
    """What the parse says happened to the people a figure counts, when no word next to it says:
    the verb their noun depends on, or a predicate noun beside that verb ("nurses went on strike",
    "residents were staying in evacuation centres", "10 000 personnes ont défilé")."""
    figure = next((t for t in span if t.idx - span.start_char >= start), None)
    if figure is None:
        return None
    people: Token = figure.head if figure.dep_ in {"nummod", "det", "nmod", "quantmod"} else figure
    while people.dep_ in {"pobj", "prep", "nmod"} and people.head.pos_ in {"NUM", "NOUN", "ADP"} \
            and people.head.i < people.i and people.head.head is not people.head:
        people = people.head  # "thousands of nurses": the phrase the figure heads
    if people.dep_ not in ARGUMENTS or subject_only and not people.dep_.startswith("nsubj"):
        return None  # "of the 252 miners underground, 209 were evacuated": not what happened to the 252
    things = [c for c in people.children if c.dep_ in {"nmod", "pobj", "prep"} and c.i > people.i]
    things = [g for c in things for g in ([c] if c.pos_ == "NOUN" else c.children) if g.pos_ == "NOUN"]
    if noun is None and things and not re.match(rf"(?:{PEOPLE}|{VICTIM_WORDS})$", things[0].text, re.I):
        return None  # "des centaines de tracteurs ont bloqué": not people
    verb = people.head
    found = [verb] + [c for c in verb.children if c.pos_ == "NOUN" and c is not people]
    nouns = [people] + [c for c in people.children if c.dep_ in {"nmod", "pobj"} and c.pos_ == "NOUN"]
    found += [c for c in [*verb.children, *(g for n in nouns for g in n.children)]  # "contraint 12 000 personnes à fuir"
              if c.dep_ in {"xcomp", "acl"} and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")]
    found += [g for c in verb.children if c.pos_ == "ADP" for g in c.children if g.pos_ == "NOUN"]
    found += [c for noun_ in found[1:] for c in noun_.children if c.dep_ in {"compound", "nmod"}]  # "evacuation centres"
    for token in found:
        category = LEMMA_CATEGORY.get(token.lemma_.lower())
        if category == "displaced" and noun and CAPTIVES.match(noun):
            continue  # "allowing 281 inmates to flee": an escape
        infinitive = token.dep_ in {"xcomp", "acl"} and token is not verb
        if category == "participants" and (not (people.dep_.startswith("nsubj") or infinitive)
                                           or noun and FORCES.match(noun)
                                           or any(FORCES.match(t.text) for t in verb.subtree
                                                  if t.dep_.startswith("nsubj") or t.head.dep_.startswith("nsubj"))
                                           or any(t.lemma_.lower() in RESCUE for t in verb.subtree)):
            continue  # "struck by lightning", "11 000 policiers mobilisés"
        if category:
            return category
    return None


def _tally(before: str) -> str | None:
    """The category of the tally a figure gives, named before it in its clause: "the number of
    protesters in the capital at about", "le nombre de disparus à"."""
    clause = re.split(r"[,;:.]", before)[-1]
    if re.search(r"\b(?:crowd|foule|turnout|attendance|affluence|cortège)\b", clause, re.I):
        return "participants"  # "police estimated the crowd at between 150 and 200"
    m = re.search(r"\b(?:number|nombre|toll|bilan|total|count|tally|chiffre)\s+(?:of|de|des|d['’])\s*"
                  r"(?:the\s+|la\s+|les\s+)?(?P<word>[\w-]+)", clause, re.I)
    if m is None:
        return None
    word = m.group("word")
    return _category(VICTIMS + CROWDS, word, r"^(?:{})$")


def shares_qualifier(text: str, first: Number, second: Number) -> bool:
    """"au moins 135 morts et 5 000 blessés": the qualifier of the first holds for the second."""
    between = text[first.end:second.start]
    return (second.qualifier == "exact" and first.qualifier in {"at_least", "more_than", "about"}
            and bool(re.fullmatch(r"\s+\w+\s+(?:et|and)\s+(?:de\s+|d['’])?", between)))


@extractor("counts", "counts")
def extract_counts(analysis: Analysis) -> list[Count]:
    out = []
    language = analysis.language
    dates: dict[str, str] = {}
    for d in date_mentions(analysis):
        if d.value:
            dates.setdefault(d.sentence, d.value)
    cites = sources_by_sentence(analysis)
    paragraphs = analysis.document.paragraphs
    outbreak = bool(paragraphs) and (OUTBREAK.search(paragraphs[0].text) is not None
                                     or sum(bool(OUTBREAK.search(p.text)) for p in paragraphs) >= 2)
    # an epidemic the article is about (its lead, or more than one passing word), not one it recalls
    for sentence, span in analysis.spans():
        previous = None
        offset = span.text.find(sentence.text)
        cited = cites.get(sentence.id)
        days = date_spans(sentence.text)
        numbers = [n for n in find_numbers(sentence.text, language)
                   if not any(start <= n.start < end for start, end in days)]
        for k, number in enumerate(numbers):
            if k and shares_qualifier(sentence.text, numbers[k - 1], number):
                number = dataclasses.replace(number, qualifier=numbers[k - 1].qualifier)
            found = classify(sentence.text, number, previous)
            if found is not None and language == "fr" and (found[1] or "").startswith("cases"):
                continue  # "des dizaines de cases": huts, not cases of a disease
            if found is not None and found[0] is None:  # no word for people, or for whom: "Tens of thousands rally"
                found = parsed_category(span, offset + number.start, found[1], subject_only=found[1] is None), found[1]
            if found is None or found[0] is None or found[0] == "displaced" and found[1] is None \
                    and not (previous == "displaced" and re.search(DOWN_FROM, sentence.text[:number.start], re.I)
                             or HOMELESS.match(sentence.text[number.end:])
                             or re.search(r"\b(?:displaced|displacing|uprooted|déplacé)\s+" + QUALIFYING + "$",
                                          sentence.text[:number.start], re.I)):
                continue
            category, who = found
            if category == "other" and not (who and _cases(who)):
                category = parsed_category(span, offset + number.start, who) or category
            if category == "wounded" and (outbreak or OUTBREAK.search(sentence.text)) and not (who and _category(VICTIMS, who, r"^(?:{})\b")) \
                    and not re.match(r"\s+(?:[\w-]+\s+){0,4}?(?:injured|wounded|blessée?s?|beaten)\b",
                                     sentence.text[number.end:]):
                category = "other"  # "40 children are being treated" in an epidemic: patients, not wounded
            previous = category
            out.append(Count(category=category, value=number.value, low=number.low, high=number.high,
                             qualifier=number.qualifier, who=who, attributed_to=cited[0] if cited else None,
                             date=dates.get(sentence.id), sentence=sentence.id,
                             text=sentence.text[number.start:number.end]))
    return out
