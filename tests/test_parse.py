"""Seed bytes -> Document: both formats, their variants, and every bad seed's whole message."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.model import Seed
from generator.parse import first_sentence, parse_seed, parse_seeds

FIXTURES = Path(__file__).parent / "fixtures" / "seeds"
SHIPPED = Path(__file__).parent.parent / "seeds" / "2022-01-kazakhstan-troubles.txt"


def fixture(name: str) -> Seed:
    return Seed(f"seeds/{name}", (FIXTURES / name).read_bytes())


def error_of(seed: Seed) -> str:
    with pytest.raises(SeedError) as info:
        parse_seed(seed)
    return str(info.value)


def test_shipped_seed():
    doc = parse_seed(Seed("seeds/2022-01-kazakhstan-troubles.txt", SHIPPED.read_bytes()))
    assert doc.id == "2022-01-kazakhstan-troubles"
    assert doc.title == "Au moins 13 membres des forces de l'ordre ont été tués dans les violences qui secouent le Kazakhstan"
    assert doc.date == "2022-01"
    assert doc.language == "fr"
    assert [p.index for p in doc.paragraphs] == [0, 1, 2, 3, 4, 5]
    assert [p.ref.line for p in doc.paragraphs] == [1, 3, 5, 7, 9, 11]
    assert doc.paragraphs[0].text.startswith("Au moins 13 membres")
    assert doc.paragraphs[5].text.endswith("«une ingérence extérieure».")


def test_bom_crlf_leading_space_and_no_final_newline():
    doc = parse_seed(fixture("crlf_and_bom.txt"))
    assert (doc.title, doc.date) == ("Au moins douze personnes ont été tuées", "2022-01-06")
    assert doc.paragraphs[1].text == "La police a annoncé 40 interpellations à Almaty. Le calme est revenu."
    assert doc.paragraphs[1].ref.line == 3
    assert "\r" not in doc.paragraphs[0].text


def test_photo_credit_instead_of_headline():
    doc = parse_seed(fixture("photo_credit.txt"))
    assert doc.title == "La police a arrêté 50 personnes à Almaty"
    assert all("AFP" not in p.text for p in doc.paragraphs)


def test_wire_dateline_names_the_source():
    doc = parse_seed(fixture("wire_dateline.txt"))
    assert (doc.title, doc.source) == ("Inondations en Wallonie", "Belga")


def test_front_matter():
    doc = parse_seed(fixture("front_matter.md"))
    assert (doc.id, doc.title, doc.date, doc.source, doc.url, doc.language) == (
        "kz-bilan-164", "Kazakhstan : 164 morts selon le ministère", "2022-01-09",
        "Agence France-Presse", "https://example.org/kz", "fr")
    assert [(p.index, p.ref.line) for p in doc.paragraphs] == [(1, 10), (2, 12)]


def test_english_is_detected():
    doc = parse_seed(Seed("seeds/en.txt", b"date 2022-01-06 Police said at least 12 people were killed. "
                                           b"Hundreds were arrested in the city overnight.\n"))
    assert doc.language == "en"


def test_headline_is_one_sentence_even_with_quotes():
    assert first_sentence("Il a dit «Stop. Assez.» hier. Suite.") == ("Il a dit «Stop. Assez.» hier.", "Suite.")


@pytest.mark.parametrize("name, message", [
    ("no_date.txt",
     "seeds/no_date.txt:1: date line: expected 'date YYYY[-MM[-DD]] <headline>' or YAML front matter ('---'), "
     "got 'dat 2022-01 Des manifestants ont été arrêtés à Almaty.'\n"
     "  hint: start the file with e.g. 'date 2022-01-06 Headline. Lede...'\n"
     "1 error in seeds; nothing was written"),
    ("impossible_date.txt",
     "seeds/impossible_date.txt:1: date: expected a real calendar date, got '2022-13' (month must be in 1..12)\n"
     "1 error in seeds; nothing was written"),
    ("empty_body.txt",
     "seeds/empty_body.txt:3: body: expected a headline and at least one sentence of text after it, "
     "got nothing after the date\n"
     "1 error in seeds; nothing was written"),
    ("undecodable.txt",
     "seeds/undecodable.txt:1: encoding: expected UTF-8 text, got byte 0xe9 at offset 37\n"
     "  hint: save the file as UTF-8\n"
     "1 error in seeds; nothing was written"),
    ("unknown_key.md",
     "seeds/unknown_key.md:4: front matter: expected one of the keys date, id, language, source, title, url, "
     "got unknown key 'author'\n"
     "1 error in seeds; nothing was written"),
])
def test_bad_seed_messages(name, message):
    assert error_of(fixture(name)) == message


def test_bad_date_format():
    assert error_of(Seed("seeds/x.txt", b"date 06/01/2022 Titre. Texte.\n")) == (
        "seeds/x.txt:1: date: expected YYYY, YYYY-MM or YYYY-MM-DD, got '06/01/2022'\n"
        "1 error in seeds; nothing was written")


def test_unclosed_front_matter():
    assert error_of(Seed("seeds/x.md", b"---\ntitle: Titre\n\nTexte.\n")) == (
        "seeds/x.md:1: front matter: expected a closing '---' line, got none before the end of the file\n"
        "1 error in seeds; nothing was written")


def test_empty_file():
    assert error_of(Seed("seeds/x.txt", b" \n\n")) == (
        "seeds/x.txt:1: seed: expected 'date YYYY[-MM[-DD]] <headline>' or YAML front matter, got an empty file\n"
        "1 error in seeds; nothing was written")


def test_all_problems_of_all_seeds_together():
    seeds = [fixture("no_date.txt"), fixture("crlf_and_bom.txt"), fixture("impossible_date.txt")]
    with pytest.raises(SeedError) as info:
        parse_seeds(seeds)
    assert [str(p.ref) for p in info.value.problems] == ["seeds/impossible_date.txt:1", "seeds/no_date.txt:1"]
    assert str(info.value).endswith("2 errors in seeds; nothing was written")


def test_two_seeds_with_one_id():
    a = Seed("seeds/a.txt", b"date 2022-01 Titre. Texte.\n")
    b = Seed("seeds/b.md", b"---\nid: a\n---\n\nTexte du second.\n")
    with pytest.raises(SeedError) as info:
        parse_seeds([a, b])
    assert str(info.value) == (
        "seeds/b.md:1: id: expected an id unique in the dossier, got 'a', already the id of seeds/a.txt\n"
        "  hint: rename one file or set `id:` in its front matter\n"
        "1 error in seeds; nothing was written")


def test_front_matter_values_stay_text_as_written():
    doc = parse_seed(Seed("seeds/x.md", b"---\ntitle: yes\nid: 2022\ndate: 2022-01-06\nsource: ~\nurl:\n---\n\nT.\n"))
    assert (doc.title, doc.id, doc.date, doc.source, doc.url) == ("yes", "2022", "2022-01-06", None, None)


def test_front_matter_value_that_is_not_text():
    assert error_of(Seed("seeds/x.md", b"---\ntitle: [a, b]\n---\n\nTexte.\n")) == (
        "seeds/x.md:2: title: expected a text value, got \"['a', 'b']\"\n"
        "1 error in seeds; nothing was written")
