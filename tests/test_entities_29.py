"""A catalogued company name at the head of a longer legal-form name ("Siemens Brelmot
Systems AG") is part of another company's name, often a subsidiary's: the extractor finds
that company and not the catalogued one. On sentences written for these tests, with the
look-alikes that must keep the catalogued company."""

from __future__ import annotations

import pytest
from helpers import labels, run

from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("lang", "body", "found", "catalogued"), [
    ("de", "Die Siemens Quellmann Systems AG legte zu und gewann 3 Prozent.",
     "Siemens Quellmann Systems", "Siemens"),
    ("de", "Auch die BASF Brelmot Coatings GmbH meldete Zahlen.", "BASF Brelmot Coatings", "BASF"),
    ("en", "Shares of Apple Brelmot Devices Inc. rose 3 percent.", "Apple Brelmot Devices", "Apple"),
])
def test_catalogued_head_of_a_longer_legal_name_is_another_company(
        extractor: Extractor, lang: str, body: str, found: str, catalogued: str) -> None:
    x = run(extractor, body, lang=lang, headline="Aktien")
    assert found in labels(x)
    assert catalogued not in labels(x)


@pytest.mark.parametrize(("lang", "body", "kept"), [
    ("de", "Die Siemens AG legte zu.", "Siemens"),                       # its own legal form
    ("de", "Die Siemens Holding AG legte zu.", "Siemens"),               # name endings only
    ("de", "Die Siemens Konzern AG legte zu.", "Siemens"),               # a descriptive noun
    ("de", "Die Siemens Healthineers AG legte zu.", "Siemens Healthineers"),  # catalogued longer
    ("de", "Die Porsche Automobil Holding SE legte zu.", "Porsche SE"),
    ("de", "Die Siemens Energy-Aktie legte zu.", "Siemens Energy"),
    ("de", "Der BASF Chemiepark wuchs.", "BASF"),
    ("en", "Apple Inc. rose.", "Apple"),
])
def test_catalogued_name_with_its_own_words_stays(extractor: Extractor, lang: str, body: str,
                                                  kept: str) -> None:
    assert kept in labels(run(extractor, body, lang=lang, headline="Aktien"))


@pytest.mark.parametrize("body", [
    "Die Siemens und Bosch Rexroth AG legten zu.",
    "Die Siemens und Quellmann Systems AG legten zu.",
])
def test_a_list_keeps_the_catalogued_name(extractor: Extractor, body: str) -> None:
    """A lower-case word between them: two companies, the first the catalogued one."""
    x = run(extractor, body, lang="de", headline="Aktien")
    assert "Siemens" in labels(x)
    assert not any(label.startswith("Siemens ") for label in labels(x))


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Siemens Quellmann Systems, a maker of trains, plans a listing."),
    ("de", "Die Siemens Quellmann Systems legte zu."),
])
def test_a_name_ending_is_no_legal_form(extractor: Extractor, lang: str, body: str) -> None:
    """"Systems" may end the catalogued firm's own longer name: only a legal form proper
    ("AG", "Inc.") makes the longer name another company's."""
    assert "Siemens Quellmann Systems" not in labels(run(extractor, body, lang=lang, headline="Aktien"))
