"""Numbers as news copy writes them, in French and English: "2 000", "2,000", "1,28 million",
"vingt", "two dozen", "une dizaine", "des centaines", "entre 5 000 et 7 000", "between 40 and 50".

`find_numbers` returns every such figure of a text with its span, its low and high bounds and
the qualifier the words around it give ("au moins", "more than", "environ"...). Which of them
count people is for counts.py to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

# Number words of each language: "seize" is 16 in French but a verb in English, "Sept." a month.
LANGUAGE_WORDS = {
    "fr": "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
          "trente|quarante|cinquante|soixante|cent|cents|mille",
    "en": "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand",
}
WORDS = "|".join(LANGUAGE_WORDS.values())
DIGITS = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?"
SCALE = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "billion": 10**9,
         "billions": 10**9}
SCALE_WORDS = "millions?|milliards?|billions?"


def _figure(words: str) -> str:
    number = rf"(?:(?:{words})(?:[- ](?:et[- ])?(?:{words}))*(?:[- ]et[- ](?:un|une)|-one)?)"  # "vingt et une"
    return (rf"(?:a\s+(?:hundred|thousand)(?![\w-]|\s+(?:and\s+)?(?:{WORDS})\b)|(?:{DIGITS}|{number})"
            rf"(?:\s+(?:{SCALE_WORDS}))?|(?:a|one|un|une)\s+(?:{SCALE_WORDS}))")
# "une dizaine" -> about 10; "un millier" -> about 1000.
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
# "des dizaines", "dozens" -> 20..99; "tens of thousands", "des dizaines de milliers" -> 20 000..99 999.
VAGUE = {"dizaines": 10, "dozens": 10, "scores": 10, "centaines": 100, "hundreds": 100, "milliers": 1000,
         "thousands": 1000, "millions": 10**6}
QUALIFIERS = (
    ("at_least", r"au moins|au minimum|at least|no fewer than|a minimum of"),
    ("more_than", r"plus d['’e]\s*|more than|over|above|upwards of|in excess of|dépasse|passes|exceeds|exceeded"),
    ("less_than", r"moins d['’e]\s*|less than|fewer than|under"),
    ("at_most", r"jusqu['’]à|up to|as many as|au plus|at most|no more than|not more than|pas plus d['’e]\s*"),
    ("about", r"environ|près d['’e]\s*|quelque|presque|approximativement|autour d['’e]\s*|about|around|nearly|"
              r"almost|some|roughly|approximately|an estimated|une estimation de|estimated"),
)
QUALIFIER = re.compile(r"(?:" + "|".join(rf"(?P<{q}>\b(?:{w}))" for q, w in QUALIFIERS) + r")\s*$", re.I)



def _finder(words: str) -> re.Pattern:
    """The pattern of every way a figure is written, with the number words `words`."""
    figure = _figure(words)
    patterns = (
        ("range", rf"(?:entre|between|de|from)\s+(?P<low>{figure})\s+(?:et|and|à|to)\s+(?P<high>{figure})"),
        ("either", rf"(?P<either>{figure})\s+(?:or|ou)\s+(?P<other>{figure})"),
        ("vague_of", r"(?:des\s+|plusieurs\s+|quelques\s+)?(?P<unit>dizaines|centaines|tens|hundreds)\s+"
                     r"(?:de|of)\s+(?P<of>milliers|thousands|millions)"),
        ("several", r"(?:several|a few)\s+(?P<sunit>hundred|thousand)(?![\w-])"),  # "several thousand supporters"
        ("vague", r"(?:des\s+|plusieurs\s+|quelques\s+|many\s+|several\s+)?(?P<vunit>dizaines|centaines|milliers|"
                  r"dozens|scores|hundreds|thousands)"),
        ("dozen", rf"(?P<n>(?:{words})(?:[- ](?:{words}))*|\d+|a|one)\s+(?:dozens?|douzaines?)"),
        ("half", r"half\s+a\s+(?P<scale>million|billion)|un\s+demi-(?P<scale2>million|milliard)"),
        ("approx", r"(?:une|la|un|le)\s+(?P<approx>" + "|".join(APPROX) + r")"),
        ("figure", rf"(?P<figure>{figure})"),
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(rf"(?P<{name}_>{p})" for name, p in patterns) +
                      r")(?![\w-]|[.,]\d)", re.I)


FIND = {language: _finder(words) for language, words in LANGUAGE_WORDS.items()}
FIND_ANY = _finder(WORDS)  # a language with no word list of its own
# "the toll rose from 11 to 15": two figures, not a range.
CHANGE = re.compile(r"\b(?:ris(?:en|e|es)|rose|climb\w*|jump\w*|increas\w*|raised|revised|grew|grown|went up|"
                    r"fell|fallen|dropped|lowered|passée?|pass\w*|grimpée?|augment\w*|montée?|revue?|relevée?|"
                    r"portée?|baiss\w*|corrigée?|ramenée?)\b[^.;]{0,40}$", re.I)


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    low: int
    high: int
    qualifier: str  # exact, at_least, more_than, less_than, at_most, about, range

    @property
    def value(self) -> int | None:
        return None if self.qualifier == "range" else self.low


def figure_value(text: str, language: str) -> float | None:
    """'2 000' -> 2000, '1,28 million' -> 1280000, 'vingt-deux' -> 22, 'a million' -> 1e6."""
    words = text.split()
    scale = SCALE.get(words[-1].lower(), 1) if len(words) > 1 else 1
    head = " ".join(words[:-1]) if scale > 1 else text
    if re.fullmatch(r"(?i)a|one|un|une", head):
        return float(scale)
    if hundreds := re.fullmatch(r"(?i)a\s+(hundred|thousand)", text):
        return 100.0 if hundreds.group(1).lower() == "hundred" else 1000.0
    decimal = "," if language == "fr" else "."
    if scale > 1 and re.fullmatch(rf"\d+\{decimal}\d+", head):  # "1,272 million" in French is 1 272 000
        return float(head.replace(",", ".")) * scale
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+", head):
        return float(re.sub(r"\D", "", head)) * scale
    if re.fullmatch(r"\d+(?:[.,]\d+)?", head):
        return float(head.replace(",", ".")) * scale
    for lang in (language, "fr", "en"):
        try:
            return float(text2num(head.lower(), lang)) * scale
        except ValueError:
            continue
    return None


def _bounds(m: re.Match, language: str) -> tuple[float, float, str] | None:
    if m.group("range_"):
        low, high = figure_value(m.group("low"), language), figure_value(m.group("high"), language)
        if low is None or high is None:
            return None
        if low < high / 100 and m.group("high").split()[-1].lower() in SCALE:  # "entre 1,28 et 3,5 millions"
            low *= SCALE[m.group("high").split()[-1].lower()]
        return (low, high, "range") if low < high else None
    if m.group("either_"):  # "deux ou trois", "two or three": a range
        low, high = figure_value(m.group("either"), language), figure_value(m.group("other"), language)
        return (low, high, "range") if low is not None and high is not None and low < high else None
    if m.group("vague_of_"):
        unit = 10 if m.group("unit").lower() in {"dizaines", "tens"} else 100
        unit *= VAGUE[m.group("of").lower()]
        return 2 * unit, 10 * unit - 1, "range"
    if m.group("several_"):
        unit = 100 if m.group("sunit").lower() == "hundred" else 1000
        return 2 * unit, 10 * unit - 1, "range"
    if m.group("vague_"):
        unit = VAGUE[m.group("vunit").lower()]
        return 2 * unit, 10 * unit - 1, "range"
    if m.group("dozen_"):
        n = 1 if m.group("n").lower() in {"a", "one"} else figure_value(m.group("n"), language)
        return (12 * n, 12 * n, "exact") if n else None
    if m.group("half_"):
        return (SCALE[(m.group("scale") or m.group("scale2")).lower()] / 2,) * 2 + ("about",)
    if m.group("approx_"):
        n = APPROX[m.group("approx").lower()]
        return n, n, "about"
    value = figure_value(m.group("figure"), language)
    return (value, value, "exact") if value is not None else None


def find_numbers(text: str, language: str, offset: int = 0) -> list[Number]:
    """Every figure of `text`, with the qualifier written just before it (positions from `offset`)."""
    out = []
    for m in FIND.get(language, FIND_ANY).finditer(text):
        if m.group("range_") and re.match(r"(?i)de|from", m.group(0)) and CHANGE.search(text[:m.start()]):
            out += find_numbers(text[m.start("low"):m.end("low")], language, offset + m.start("low"))
            out += find_numbers(text[m.start("high"):m.end("high")], language, offset + m.start("high"))
            continue
        bounds = _bounds(m, language)
        if bounds is None or bounds[0] != int(bounds[0]):
            continue
        low, high, qualifier = int(bounds[0]), int(bounds[1]), bounds[2]
        before = QUALIFIER.search(text[max(0, m.start() - 30): m.start()])
        if before and qualifier != "range":
            qualifier = next(name for name, value in before.groupdict().items() if value)
        out.append(Number(offset + m.start(), offset + m.end(), low, high, qualifier))
    return out
