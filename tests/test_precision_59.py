"""Wrong readings of written probes, each fixed so that it holds for any article:

* "Boeing (NYSE: BA) said": a ticker in the bracket right after a company's name is that
  company's (the catalogue may give the same ticker to another company listed elsewhere) or
  nothing, never another catalogued entity;
* "der Berliner Bestandshalter Vonovia": a seat adjective or compound that contradicts the
  seat the catalogue knows for the named company gives no seat;
* "setzt auf den Chip Forge von Nvidia": a product's kind noun after an article, before a
  capitalised name, opens no person's name;
* "Nvidia's Blackwell accelerator is made by X": the maker of a product its possessor owns
  makes it for the owner and develops nothing (it may be the owner's supplier);
* "Das Angebot für X liegt 30 Prozent über dem Schlusskurs": an offer's premium over the price
  is no upside potential.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# --- a ticker in the bracket after a name ----------------------------------------------------


@pytest.mark.parametrize(("text", "company"), [
    ("Boeing (NYSE: BA) said on Tuesday it delivered 40 jets in March.", "Boeing"),
    ("BAE Systems (LON: BA) said on Tuesday it won a contract.", "BAE Systems"),
    ("Boeing (BA) said on Tuesday it delivered 40 jets in March.", "Boeing"),
])
def test_ticker_after_its_company_names_that_company(gazetteer: Gazetteer, text: str,
                                                      company: str) -> None:
    ticker = next(m for m in gazetteer.find(text) if m.surface == "BA")
    assert ticker.label == company


def test_ticker_of_another_company_after_a_name_names_nothing(gazetteer: Gazetteer) -> None:
    found = {m.label for m in gazetteer.find("Airbus (NYSE: BA) said on Tuesday it won a deal.")}
    assert "Airbus" in found
    assert not found & {"Boeing", "BAE Systems"}


def test_coded_ticker_after_its_company_gives_its_listing(extractor: Extractor) -> None:
    x = run(extractor, "Boeing (NYSE: BA) said on Tuesday it delivered 40 jets in March.", "en",
            headline="Planemaker deliveries")
    assert "BAE Systems" not in labels(x)
    assert ("Boeing", "listedOn", "New York Stock Exchange") in triples(x)


def test_ticker_in_prose_still_names_its_company(gazetteer: Gazetteer) -> None:
    # no bracket after another name: the coded ticker stays the catalogue's reading
    found = [m for m in gazetteer.find("Shares of LON: BA rose 2%.") if m.surface == "BA"]
    assert [m.label for m in found] == ["BAE Systems"]


# --- a seat word against the catalogue's seat ------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Berliner Bestandshalter Vonovia hat den Gewinn gesteigert.", "de"),
    ("The Berlin-based landlord Vonovia raised its profit.", "en"),
    ("BASF rose after the Berlin-based landlord Vonovia raised its profit.", "en"),
])
def test_seat_word_against_the_catalogue_gives_no_seat(extractor: Extractor, text: str,
                                                      lang: str) -> None:
    x = run(extractor, text, lang)
    assert not {t for t in triples(x) if t[1] == "locatedIn"}


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Der Bochumer Bestandshalter Vonovia hat den Gewinn gesteigert.", "de",
     ("Vonovia", "locatedIn", "Bochum")),
    ("Der Münchner Chipkonzern Infineon hat den Gewinn gesteigert.", "de",
     ("Infineon Technologies", "locatedIn", "Munich")),
    ("The Munich-based chipmaker Infineon raised its profit.", "en",
     ("Infineon Technologies", "locatedIn", "Munich")),
])
def test_seat_word_fitting_the_catalogue_keeps_its_seat(extractor: Extractor, text: str,
                                                       lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(run(extractor, text, lang))


# --- a product's kind noun before a name -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Siemens setzt auf den Chip Forge von Nvidia.",
    "Siemens setzt auf seinen Chip Forge von Nvidia.",
    "Siemens setzt auf das Medikament Zentra von Bayer.",
])
def test_product_kind_noun_opens_no_person(extractor: Extractor, text: str) -> None:
    x = run(extractor, text, "de")
    assert not any(e.type == "Person" for e in x.entities)
    assert not {t for t in triples(x) if t[1] == "worksFor"}


@pytest.mark.parametrize(("text", "person", "employer"), [
    ("Siemens setzt auf Chip Forge von Nvidia.", "Chip Forge", "Nvidia"),
    ("Siemens setzt auf Peter Forge von Nvidia.", "Peter Forge", "Nvidia"),
])
def test_given_name_without_article_stays_a_person(extractor: Extractor, text: str, person: str,
                                                   employer: str) -> None:
    assert (person, "worksFor", employer) in triples(run(extractor, text, "de"))


# --- a maker of an owned product -------------------------------------------------------------


def test_maker_of_an_owned_product_develops_nothing(extractor: Extractor) -> None:
    found = triples(run(extractor, "Nvidia's Blackwell accelerator is made by TSMC.", "en"))
    assert ("Taiwan Semiconductor Manufacturing", "develops", "Blackwell") not in found
    assert ("Nvidia", "develops", "Blackwell") in found
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia") in found


@pytest.mark.parametrize(("text", "fact"), [
    ("The Blackwell accelerator is made by Nvidia.", ("Nvidia", "develops", "Blackwell")),
    ("Gemini was developed by Google.", ("Google", "develops", "Gemini")),
])
def test_maker_of_a_product_without_owner_develops_it(extractor: Extractor, text: str,
                                                      fact: tuple[str, str, str]) -> None:
    assert fact in triples(run(extractor, text, "en"))


# --- an offer's premium over the price -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Das Angebot für BASF liegt 30 Prozent über dem Schlusskurs.",
    "Die Offerte von Bayer für BASF liegt 30 Prozent über dem Schlusskurs vom Freitag.",
])
def test_offer_over_the_price_is_no_upside(extractor: Extractor, text: str) -> None:
    assert not metric_facts(run(extractor, text, "de"), "UpsidePotential")


@pytest.mark.parametrize("text", [
    "Das Kursziel für BASF liegt 30 Prozent über dem aktuellen Kurs.",
    "Die Analysten sehen für BASF ein Potenzial von 30 Prozent.",
])
def test_target_over_the_price_keeps_its_upside(extractor: Extractor, text: str) -> None:
    assert ("BASF", Decimal(30)) in metric_facts(run(extractor, text, "de"), "UpsidePotential")
