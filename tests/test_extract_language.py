"""The language of a seed that does not say it: repeatable, and kept to the languages Dossier reads
unless the text is long enough to be sure."""

from __future__ import annotations

import pytest

from generator.language import DEFAULT_LANGUAGE, detect_language

GERMAN = ("Bei dem Erdbeben im Osten der Türkei sind nach Angaben der Behörden mindestens dreitausend "
          "Menschen ums Leben gekommen. Tausende Gebäude stürzten ein, und die Rettungskräfte suchen in "
          "den Trümmern weiter nach Überlebenden, während die Temperaturen unter den Gefrierpunkt fallen.")


@pytest.mark.parametrize("text, language", [
    ("Au moins 13 membres des forces de l'ordre ont été tués au Kazakhstan.", "fr"),
    ("Police said 47 people had been detained after the protest.", "en"),
    ("Almaty : 13 tués, 353 blessés", "fr"),
    ("Kyiv, Kharkiv, Odesa.", DEFAULT_LANGUAGE),
    ("", DEFAULT_LANGUAGE),
    (GERMAN, "de"),
])
def test_language_is_detected_among_those_dossier_reads(text, language):
    assert detect_language(text) == language
    assert detect_language(text) == detect_language(text)
