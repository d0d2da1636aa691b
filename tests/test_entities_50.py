"""Names the extractor reads in four forms, each beside the look-alikes that keep their reading:

* a German city's adjective from the language's list of city adjectives ("der Göttinger
  Laborausrüster", "der Metzinger Modekonzern"), which many spell other than by the city's
  name and "-er": before a company noun it names the company's seat, as a catalogued city's
  adjective does; not before another noun ("die Göttinger Luft");
* a company's name joined by a hyphen to a lettered version of the models the catalogue lists
  by it ("DeepSeek-V4" beside the listed "DeepSeek-V3"): a new model of the company, which
  develops it; not a company's name before a plain word or a number of an amount;
* a version written onto a model family's name as the catalogue writes the family's listed
  versions ("Qwen3.5" beside the listed "Qwen2.5"): that version, by the family's developer;
  a listed name ("Qwen3-Max", "Qwen3") keeps its entry, an amount after the number is none;
* a catalogued company's name and one word as a list item next to a catalogued product
  named by another company's name and that word ("Apple Music, Amazon Music"): a product, not
  the company; not where no neighbour shares the word or the two are no items of one list;
* a bare bracket after a number ("Verordnung (EU) Nr. 596/2014 (MAR)") abbreviates what the
  number numbers and is no company's ticker; after a company's name it stays one.

Companies and cities are real catalogue and list entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import labels, run, run_in, triples

from kg.nlp.extract import Extractor
from kg.nlp.lang import lexicon


def _typed(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in run_in(extractor, text, lang).entities}


@pytest.mark.parametrize(("text", "company", "city"), [
    ("Der Umsatz stieg um 7 Prozent, wie das Göttinger Unternehmen Sartorius am Dienstag mitteilte.",
     "Sartorius", "Göttingen"),
    ("Der Umsatz stieg um 4 Prozent, wie der Metzinger Modekonzern Hugo Boss am Montag mitteilte.",
     "Hugo Boss", "Metzingen"),
    # the list's city under the catalogue's own label
    ("Der Gewinn fiel, wie der Münchner Konzern Siemens am Montag mitteilte.", "Siemens", "Munich"),
])
def test_listed_city_adjective_names_seat(extractor: Extractor, text: str, company: str,
                                          city: str) -> None:
    x = run(extractor, text)
    assert (city, "Place") in {(e.label, e.type) for e in x.entities}
    assert (company, "locatedIn", city) in triples(x)


@pytest.mark.parametrize("text", [
    "Die Göttinger Luft war am Montag klar, sagte Sartorius.",
    "Die Bremer Stadtmusikanten sangen am Montag, sagte Siemens.",
])
def test_city_adjective_before_other_noun_names_no_place(extractor: Extractor, text: str) -> None:
    x = run(extractor, text)
    assert not {e.label for e in x.entities if e.type == "Place"}


def test_city_adjective_as_surname_stays_person(extractor: Extractor) -> None:
    # "Bremer" is Bremen's adjective and a surname: after a given name it is the person's
    x = run(extractor, "Finanzvorstand Thomas Bremer sagte, der Umsatz von Siemens sei gestiegen.")
    assert "Thomas Bremer" in labels(x)
    assert "Bremen" not in labels(x)


def test_city_adjective_table_leaves_out_common_words() -> None:
    table = lexicon("de")["discovery"]["city_adjectives"]
    assert table["Göttinger"] == "Göttingen" and table["Münchner"] == "München"
    assert "Hammer" not in table and "Schwerter" not in table


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Rivale DeepSeek hat vergangene Woche sein Modell DeepSeek-V4 veröffentlicht.", "de"),
    ("DeepSeek released DeepSeek-V4 last week.", "en"),
])
def test_company_hyphen_lettered_version_is_new_model(extractor: Extractor, text: str,
                                                      lang: str) -> None:
    x = run_in(extractor, text, lang)
    assert ("DeepSeek-V4", "AIModel") in {(e.label, e.type) for e in x.entities}
    assert ("DeepSeek", "develops", "DeepSeek-V4") in triples(x)


@pytest.mark.parametrize(("text", "lang"), [
    ("DeepSeek V4 Prozent mehr Nutzer meldete der Konzern.", "de"),  # no hyphen after the company
    ("Die DeepSeek-Aktien stiegen, sagte DeepSeek.", "de"),
    ("DeepSeek-X4 was shown by DeepSeek.", "en"),  # a letter none of its listed models carries
])
def test_company_without_lettered_version_stays_company(extractor: Extractor, text: str,
                                                        lang: str) -> None:
    found = _typed(extractor, text, lang)
    assert ("DeepSeek", "Company") in found
    assert not {label for label, kind in found if kind == "AIModel"}


def test_version_written_onto_family_is_new_model(extractor: Extractor) -> None:
    x = run_in(extractor, "Alibaba released Qwen3.5 on Monday.", "en")
    assert ("Qwen3.5", "AIModel") in {(e.label, e.type) for e in x.entities}
    assert ("Alibaba Group", "develops", "Qwen3.5") in triples(x)


@pytest.mark.parametrize(("text", "lang", "kept", "absent"), [
    ("Alibaba released Qwen3-Max on Monday.", "en", "Qwen3-Max", "Qwen3"),
    ("Alibaba released Qwen3 on Monday.", "en", "Qwen3", "Qwen3.0"),
    ("Qwen3.5 Prozent mehr Nutzer meldete Alibaba.", "de", "Alibaba Group", "Qwen3.5"),
])
def test_listed_or_amount_is_no_new_version(extractor: Extractor, text: str, lang: str,
                                            kept: str, absent: str) -> None:
    found = labels(run_in(extractor, text, lang))
    assert kept in found
    assert absent not in found


@pytest.mark.parametrize("text", [
    "Spotify, which competes with Apple Music and Amazon Music, rose 4% on Tuesday.",
    "The service competes with Apple Music, Amazon Music and YouTube Music.",
])
def test_company_and_word_beside_listed_product_is_product(extractor: Extractor, text: str) -> None:
    found = _typed(extractor, text, "en")
    assert ("Amazon Music", "Product") in found
    assert ("Amazon", "Company") not in found


@pytest.mark.parametrize("text", [
    "Apple Music gained users while Amazon Music lost some.",  # no items of one list
    "Apple Music and Amazon Video grew on Tuesday.",  # no shared word
])
def test_company_and_word_not_beside_product_stays_company(extractor: Extractor, text: str) -> None:
    found = _typed(extractor, text, "en")
    assert ("Amazon", "Company") in found
    assert not {label for label, _ in found if label.startswith("Amazon ")}


def test_bracket_after_number_is_no_ticker(extractor: Extractor) -> None:
    text = "Die Meldung erfolgt gemäß Artikel 17 der Verordnung (EU) Nr. 596/2014 (MAR)."
    assert "Marriott International" not in labels(run(extractor, text))


def test_bracket_after_company_name_stays_ticker(extractor: Extractor) -> None:
    text = "Die Aktien von Marriott (MAR) stiegen am Montag um 3 Prozent."
    assert "Marriott International" in labels(run(extractor, text))
