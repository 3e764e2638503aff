"""Statements the text marks as unknown or unconfirmed."""

from __future__ import annotations

import re

from ..model import Hedge
from . import Analysis, extractor

MARKERS = re.compile(
    r"\b(?:on ignore|on ne sait pas|non confirm\w*|pas été confirm\w*|selon des informations non|"
    r"reportedly|unconfirmed|it is not known|it is unclear|could not be verified)\b", re.I)


@extractor("hedges", "hedges")
def extract_hedges(analysis: Analysis) -> list[Hedge]:
    return [Hedge(s.text, s.id) for s in analysis.sentences if MARKERS.search(s.text)]
