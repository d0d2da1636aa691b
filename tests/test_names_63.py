"""Names of companies and places the extractor reads in four forms, each beside the
look-alikes that keep their reading:

* the first word of a company's name the article gives in full ("Meridian" after "Meridian
  Tanker Holdings Ltd."), where the catalogue lists another company whose name opens with the
  same word ("Meridian Energy") that the article never names in full: the article's company;
  where the article names the catalogued one in full too, still the catalogued one;
* a German trade noun alone before a name ("der Hamburger Reederei X", "die Fluggesellschaft
  X", "die Holding X"), as the compounds ending in it ("der Containerreederei X"): a company;
  not a plural noun of the clause after the noun ("wenn die Reederei Anteile verkauft");
* the Norwegian and Danish legal form "AS" closing a name ("Meridian Tanker Management AS"):
  a company, named without it; not the word "as" in a headline printed in capitals;
* a place compounded with "registered" or "incorporated" before a company's noun ("the
  Bermuda-registered operator"): the seat of the company the apposition describes, as
  "Redmond-based" is; a place compounded with "listed" stays no seat.

The companies with full names are invented, the catalogued ones are real entries; the facts
are invented.
"""

from __future__ import annotations

from helpers import labels, metric_facts, run, run_in, triples

from kg.nlp.extract import Extractor

_TANKERS = ("Meridian Tanker Holdings Ltd. reported a higher third-quarter profit on Thursday.\n"
            "Meridian shares rose 5.2% to 312.50 crowns in Oslo.")


def test_short_name_of_full_name_beats_catalogued_name_never_named(extractor: Extractor) -> None:
    x = run(extractor, _TANKERS, lang="en", headline="Tanker operator beats forecasts")
    assert "Meridian Tanker Holdings" in labels(x)
    assert "Meridian Energy" not in labels(x)
    assert {about for about, _ in metric_facts(x, "StockPriceChange")} == {"Meridian Tanker Holdings"}


def test_short_name_beside_catalogued_name_in_full_stays_catalogued(extractor: Extractor) -> None:
    """Look-alike: the article names the catalogued "Meridian Energy" in full as well, whose
    full mention keeps the short name, as before."""
    x = run(extractor, "Meridian Tanker Holdings Ltd. and Meridian Energy reported results on Thursday.\n"
                       "Meridian shares rose 5.2% in early trading.",
            lang="en", headline="Results roundup")
    assert "Meridian Tanker Holdings" not in {about for about, _ in metric_facts(x, "StockPriceChange")}
    tanker = next(e for e in x.entities if e.label == "Meridian Tanker Holdings")
    assert "Meridian" not in tanker.aliases


def test_short_name_before_capitalised_word_stays_unread(extractor: Extractor) -> None:
    """Look-alike: a capitalised word after the short word may open the catalogued name or
    another one ("Meridian Foods"), so the word there names no one."""
    x = run(extractor, "Meridian Tanker Holdings Ltd. reported a higher profit on Thursday.\n"
                       "Meridian Foods shares rose 5.2% in New York.",
            lang="en", headline="Tanker operator beats forecasts")
    assert "Meridian Tanker Holdings" not in {about for about, _ in metric_facts(x, "StockPriceChange")}


def test_german_trade_noun_alone_names_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Hollmann soll im Sommer in den Aufsichtsrat der Hamburger Reederei "
                          "Velmar Shipping wechseln.", "de")
    assert ("Velmar Shipping", "Company") in {(e.label, e.type) for e in x.entities}
    assert "Hamburg" in labels(x)


def test_german_airline_and_holding_nouns_name_companies(extractor: Extractor) -> None:
    found = labels(run_in(extractor, "Der Aufsichtsrat der Fluggesellschaft Velmar Air tagte am "
                                     "Montag; die Holding Velmar Beteiligungen hält 60 Prozent.", "de"))
    assert {"Velmar Air", "Velmar Beteiligungen"} <= found


def test_german_trade_noun_before_plural_noun_names_nothing(extractor: Extractor) -> None:
    """Look-alike: in a clause with its verb last the capitalised word after the noun is
    the clause's object."""
    x = run_in(extractor, "Wenn die Reederei Anteile verkauft, fällt die Aktie von Hapag-Lloyd.", "de")
    assert "Anteile" not in labels(x)
    assert "Hapag-Lloyd" in labels(x)


def test_norwegian_legal_form_closes_company_name(extractor: Extractor) -> None:
    x = run_in(extractor, "Its ship management unit, Velmar Tanker Management AS in Oslo, agreed "
                          "to manage eight vessels.", "en")
    assert ("Velmar Tanker Management", "Company") in {(e.label, e.type) for e in x.entities}


def test_capitals_headline_with_as_names_no_company(extractor: Extractor) -> None:
    """Look-alike: "AS" in a headline printed in capitals is the word "as"."""
    x = run(extractor, "Stocks fell on Monday as bond yields rose.", lang="en",
            headline="STOCKS FALL AS YIELDS RISE")
    assert not {e.label for e in x.entities if e.type == "Company"}


def test_registered_place_compound_names_seat(extractor: Extractor) -> None:
    x = run_in(extractor, "Velmar Tanker Holdings Ltd., the Bermuda-registered operator of crude "
                          "oil tankers, said on Thursday that its profit rose.", "en")
    assert ("Velmar Tanker Holdings", "locatedIn", "Bermuda") in triples(x)


def test_listed_place_compound_names_no_seat(extractor: Extractor) -> None:
    """Look-alike: a listing's compound names the venue's place, no seat."""
    x = run_in(extractor, "Velmar Tanker Holdings Ltd., the Oslo-listed operator of crude oil "
                          "tankers, said on Thursday that its profit rose.", "en")
    assert ("Velmar Tanker Holdings", "locatedIn", "Oslo") not in triples(x)
