"""The one way Dossier turns a name into a path segment or an anchor."""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 64
# The longest file or folder name the writer accepts, in UTF-8 bytes (file systems allow 255 or less).
MAX_SEGMENT = 128
# Names Windows refuses as file names, whatever the extension.
RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})
# Names the site gives its own pages in a folder of articles or entities.
SITE_NAMES = frozenset({"index"})


def unaccented(text: str) -> str:
    """'Tokaïev' -> 'Tokaiev': the spelling a reader types without accents (compatibility forms
    such as ligatures are spelled out too)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by '-': 'Kassym-Jomart Tokaïev' -> 'kassym-jomart-tokaiev'.

    Never empty, never a path (no '/', '.' or '..'), at most MAX_SLUG characters,
    never a name Windows reserves ('con') or one the site uses ('index'):
    such a name, one that had to be shortened, or one with no letters to keep gets
    a short hash of the original so that two different names do not share a slug by accident.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug or len(slug) > MAX_SLUG or slug in RESERVED or slug in SITE_NAMES:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug[: MAX_SLUG - 9].rstrip('-')}-{digest}".lstrip("-")
    return slug


def unique_slugs(keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """A distinct slug for each distinct key, made from its first part ('Almaty', 'location').

    Stable: keys are taken in sorted order and a slug already taken gets '-2', '-3'...
    """
    slugs: dict[tuple[str, ...], str] = {}
    taken: set[str] = set()
    for key in sorted(set(keys)):
        base = slug = slugify(key[0])
        n = 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[key] = slug
    return slugs
