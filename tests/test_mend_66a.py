"""A found firm's short name before further capitalised words (another name, not the firm's),
an apposition "ein Partner von Y" that describes the name before it only, and a city's
adjective as a plural noun ("die Dortmunder") that names the article's company seated there."""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor

_KORVANE = "Korvane Industrial, a maker of valves, agreed to sell its marine division to Carlyle.\n"


# --- a short name followed by capitalised words opens another name ------------------------------

def test_a_short_name_before_further_capitalised_words_is_no_mention_of_the_firm(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, _KORVANE + "The price values Korvane Marine Coatings at about nine "
                       "times the £80mn of operating profit it made last year.", "en")
    assert ("Korvane Industrial", Decimal(80_000_000)) not in helpers.metric_facts(x, "Profit")


def test_a_title_after_the_short_name_keeps_it_the_firms(extractor: Extractor) -> None:
    # look-alike: a manager's title is no part of a longer name
    body = _KORVANE + "Korvane Chief Executive Jane Tolley said Korvane made £80mn of operating profit last year."
    assert ("Jane Tolley", "Korvane Industrial") in helpers.employers(extractor, body, "en")
    x = helpers.run_in(extractor, body, "en")
    assert ("Korvane Industrial", Decimal(80_000_000)) in helpers.metric_facts(x, "Profit")


# --- "X, einen Partner von Y": the apposition describes X alone -----------------------------------

@pytest.mark.parametrize("article", ["einen", "ein"])
def test_a_partner_apposition_describes_the_name_before_it(extractor: Extractor, article: str) -> None:
    x = helpers.run_in(extractor, f"Daimler Truck kaufte Siemens, {article} Partner von Nvidia, "
                       "für 2 Milliarden Euro.", "de")
    partners = {(s, o) for s, p, o in helpers.triples(x) if p == "partnerOf"}
    assert ("Siemens", "Nvidia") in partners
    assert ("Daimler Truck", "Nvidia") not in partners


def test_names_coordinated_before_partner_of_are_all_partners(extractor: Extractor) -> None:
    # look-alike: no apposition, both subjects are the partners
    x = helpers.run_in(extractor, "Daimler Truck und Siemens sind Partner von Nvidia.", "de")
    partners = {(s, o) for s, p, o in helpers.triples(x) if p == "partnerOf"}
    assert {("Daimler Truck", "Nvidia"), ("Siemens", "Nvidia")} <= partners


# --- a city's adjective as a plural noun names the company seated there ---------------------------

_TWO = "Adidas zahlt Borussia Dortmund mehr.\n"
_RATING = "Analyst Peter Koller von Warburg Research bestätigte die Kaufempfehlung für die {city} " \
          "und hob das Kursziel von 5 auf 6 Euro an."


def test_the_seats_inhabitants_name_the_company_seated_there(extractor: Extractor) -> None:
    # "die Dortmunder": the club the catalogue seats in Dortmund, not Adidas named first
    assert "Dortmund" in helpers.located_in(load_catalogue(), "Borussia Dortmund")
    assert "Dortmund" not in helpers.located_in(load_catalogue(), "Adidas")
    x = helpers.run_in(extractor, _TWO + _RATING.format(city="Dortmunder"), "de")
    assert {(by, about) for by, about, _ in helpers.rating_facts(x)} == {("Warburg Research", "Borussia Dortmund")}
    assert {about for about, _ in helpers.metric_facts(x, "PriceTarget")} == {"Borussia Dortmund"}


def test_the_inhabitants_of_a_city_no_company_is_seated_in_name_no_one_there(extractor: Extractor) -> None:
    # look-alike: neither company sits in Köln, so "die Kölner" is not the club
    x = helpers.run_in(extractor, _TWO + _RATING.format(city="Kölner"), "de")
    assert "Borussia Dortmund" not in {about for _, about, _ in helpers.rating_facts(x)}


def test_the_clubs_short_name_in_a_share_compound_names_the_club(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Borussia Dortmund und Puma meldeten Zahlen.\n"
                       "Die BVB-Aktie stieg um 6 Prozent.", "de")
    assert helpers.metric_facts(x, "StockPriceChange") == {("Borussia Dortmund", Decimal(6))}
