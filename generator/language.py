"""Which language a document is written in, when its seed does not say."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

DEFAULT_LANGUAGE = "fr"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; DEFAULT_LANGUAGE when it cannot tell.

    langdetect samples at random: a fixed seed makes the answer repeatable.
    """
    DetectorFactory.seed = 0
    try:
        guesses = detect_langs(text[:5000])
    except LangDetectException:
        return DEFAULT_LANGUAGE
    return guesses[0].lang.split("-")[0] if guesses else DEFAULT_LANGUAGE
