"""Which language a document is written in, when its seed does not say."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

DEFAULT_LANGUAGE = "fr"
SUPPORTED = ("fr", "en")  # the languages with a statistical pipeline (generator/nlp.py)
SHORT = 25  # words: below this, langdetect's guess is too unsure to leave the supported languages


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; DEFAULT_LANGUAGE when it cannot tell.

    langdetect samples at random: a fixed seed makes the answer repeatable. A supported
    language that langdetect finds plausible wins over an unsupported one ("Kyiv, Kharkiv,
    Odesa." is no reason to drop the French pipeline), and a short text with no plausible
    supported language gets the default rather than a guess.
    """
    DetectorFactory.seed = 0
    try:
        guesses = detect_langs(text[:5000])
    except LangDetectException:
        return DEFAULT_LANGUAGE
    if not guesses:
        return DEFAULT_LANGUAGE
    supported = [g for g in guesses if g.lang in SUPPORTED and g.prob >= 0.1]
    if supported:
        return supported[0].lang
    if len(text.split()) < SHORT:
        return DEFAULT_LANGUAGE
    return guesses[0].lang.split("-")[0]
