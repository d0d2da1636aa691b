"""Figures of deals filed under the right company, on texts written for the test.

Names are catalogued companies, facts invented.

- A reckoning credited before a payment ("nach Berechnungen des Handelsblatts", "nach Recherchen
  von Bloomberg", "according to calculations by Reuters") names its source, not the payer: the
  source owns no figure; where the clause names the payer only by a noun ("zahlte der Fonds"),
  neither the company the passage spoke of nor the article's is taken for it. A payer the clause
  names keeps the payment, and a result the clause reports keeps going to the passage's company.
- The price shares were offered, sold or priced at in a placement ("The shares were offered at
  EUR17.85 apiece") is a `SharePrice` of the company whose shares they are, no `Investment`; so
  is an amount a company offers apiece for another's shares.
- The price of a sale given to what is sold ("Der Kaufpreis für die Sparte X liegt bei …", "The
  purchase price for the unit X is …") is paid by the buyer of the sale told in the sentence or
  the one before, whoever sells and wherever the seller stands; with no sale told, by no one.
- What the partners of a venture spend together ("Die Partner wollen 1,2 Milliarden Euro
  investieren", "The partners plan to invest $400 million") is none of them alone; a partner
  named ("Der Partner BASF will …") or a company investing with its partners keeps its own.
- The terms of a share offering (price range, issue price, proceeds) that the parent sets ("Die
  Preisspanne legte der Konzern auf 24 bis 28 Euro je Aktie fest") are the listed subsidiary's,
  where the passage names one subsidiary of the parent and the article tells its listing (or
  a unit's listing right after the parent's name, "Siemens bringt Zugtochter an die Börse"); a
  parent listing itself, or one whose subsidiary is only named in passing, keeps them.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor

# --- a reckoning credited before a payment -----------------------------------------------

_STAKE_DE = ("Beim Kupferkonzern Aurubis verschieben sich die Gewichte im Aktionärskreis. Der "
             "Staatsfonds Qatar Investment Authority hat seinen Anteil auf 15,1 Prozent "
             "aufgestockt. ")


@pytest.mark.parametrize(("lang", "body"), [
    ("de", _STAKE_DE + "Für das Paket zahlte der Fonds nach Berechnungen des Handelsblatts rund "
     "640 Millionen Euro."),
    ("de", _STAKE_DE + "Für das Paket zahlte der Fonds nach Recherchen von Bloomberg rund 640 "
     "Millionen Euro."),
    ("en", "Qatar Investment Authority raised its stake in Aurubis to 15%. According to "
     "calculations by Reuters, the fund paid about 640 million euros."),
])
def test_a_reckoned_payment_goes_to_no_bystander(extractor: Extractor, lang: str,
                                                  body: str) -> None:
    x = helpers.run_in(extractor, body, lang)
    assert not helpers.metric_facts(x, "Investment")


@pytest.mark.parametrize(("lang", "body", "payer"), [
    # the payer named in the clause keeps the payment, whoever reckoned it
    ("de", "Für das Paket zahlte Qatar Investment Authority nach Berechnungen des Handelsblatts "
     "rund 640 Millionen Euro.", "Qatar Investment Authority"),
    ("de", "Siemens hat Aurubis übernommen. Nach Recherchen von Bloomberg zahlte Siemens rund 640 "
     "Millionen Euro.", "Siemens"),
    ("en", "According to calculations by Reuters, Qatar Investment Authority paid about 640 "
     "million euros for the stake in Aurubis.", "Qatar Investment Authority"),
    # a noun that names the buyer of the sentence before, with no source credited
    ("de", "Siemens hat Aurubis übernommen. Für das Paket zahlte der Konzern rund 640 Millionen "
     "Euro.", "Siemens"),
])
def test_a_named_payer_keeps_its_payment(extractor: Extractor, lang: str, body: str,
                                         payer: str) -> None:
    x = helpers.run_in(extractor, body, lang)
    assert helpers.metric_facts(x, "Investment") == {(payer, Decimal("640000000"))}


def test_a_reckoned_result_stays_the_passage_company(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Siemens wächst weiter. Nach Berechnungen des Handelsblatts "
                       "stieg der Umsatz um 640 Millionen Euro.", "de")
    assert helpers.metric_facts(x, "Revenue") == {("Siemens", Decimal("640000000"))}


# --- the price of shares placed ----------------------------------------------------------

_PLACED = ("Temasek sold about 62 million shares of Aurubis in an overnight placement. The shares "
           "were {verb} at EUR17.85 {each}, a 5.4% discount to Tuesday's close.")


@pytest.mark.parametrize(("verb", "each"), [
    ("offered", "apiece"), ("priced", "each"), ("sold", "apiece"),
])
def test_the_placement_price_is_the_share_price(extractor: Extractor, verb: str,
                                                each: str) -> None:
    x = helpers.run_in(extractor, _PLACED.format(verb=verb, each=each), "en")
    assert helpers.metric_facts(x, "SharePrice") == {("Aurubis", Decimal("17.85"))}
    assert not helpers.metric_facts(x, "Investment")


def test_an_amount_offered_for_shares_is_their_price(extractor: Extractor) -> None:
    # a price per share bid for another's shares is that company's share price, as gold files
    # it ("agreed to buy X for 34.50 euros per share"), never the bidder's investment
    x = helpers.run_in(extractor, "Siemens offered EUR17.85 apiece for the shares of Aurubis.",
                       "en")
    assert helpers.metric_facts(x, "SharePrice") == {("Aurubis", Decimal("17.85"))}
    assert not helpers.metric_facts(x, "Investment")


# --- the price of a unit sold ------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Zugleich verkauft Siemens sein Geschäft mit Industrieventilen an den Finanzinvestor "
     "Triton Partners. Der Kaufpreis für die Sparte Siemens Healthineers liegt einschließlich "
     "Schulden bei 780 Millionen Euro."),
    ("de", "Siemens verkauft sein Geschäft mit Industrieventilen an Triton Partners. Der Kaufpreis "
     "für die Sparte Siemens Healthineers liegt bei 780 Millionen Euro."),
    ("en", "Siemens agreed to sell its valves business to Triton Partners. The purchase price for "
     "the unit Siemens Healthineers is 780 million euros."),
    # the look-alike: the price given to the seller goes to the buyer as before
    ("de", "Siemens verkauft eine Sparte an Triton Partners. Der Kaufpreis liegt bei 780 "
     "Millionen Euro."),
])
def test_the_price_of_a_unit_sold_is_its_buyers(extractor: Extractor, lang: str,
                                                body: str) -> None:
    x = helpers.run_in(extractor, body, lang)
    assert helpers.metric_facts(x, "Investment") == {("Triton Partners", Decimal("780000000"))}


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Siemens agreed to buy a valves maker. The purchase price for the unit Siemens "
     "Healthineers is 780 million euros."),
    ("de", "Der Kaufpreis für die Sparte Siemens Healthineers liegt bei 780 Millionen Euro."),
])
def test_a_unit_priced_with_no_sale_told_pays_nothing(extractor: Extractor, lang: str,
                                                      body: str) -> None:
    x = helpers.run_in(extractor, body, lang)
    assert ("Siemens Healthineers", Decimal("780000000")) not in helpers.metric_facts(x, "Investment")


# --- the partners' spend -----------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Zugleich gründet Aurubis mit BASF ein Gemeinschaftsunternehmen. Die Partner wollen "
     "bis 2030 zusammen rund 1,2 Milliarden Euro investieren."),
    ("de", "Zugleich gründet Aurubis mit BASF ein Gemeinschaftsunternehmen. Beide Partner wollen "
     "bis 2030 rund 1,2 Milliarden Euro investieren."),
    ("en", "Aurubis also said it formed a joint venture with BASF. The partners plan to invest "
     "1.2 billion euros over five years."),
    ("en", "Aurubis also said it formed a joint venture with BASF. Both partners plan to invest "
     "1.2 billion euros over five years."),
])
def test_the_partners_spend_is_none_of_them_alone(extractor: Extractor, lang: str,
                                                  body: str) -> None:
    x = helpers.run_in(extractor, body, lang)
    assert not helpers.metric_facts(x, "Investment")


@pytest.mark.parametrize(("lang", "body", "payer"), [
    ("de", "Zugleich gründet Aurubis mit BASF ein Gemeinschaftsunternehmen. Der Partner BASF will "
     "bis 2030 rund 1,2 Milliarden Euro investieren.", "BASF"),
    ("en", "Aurubis also said it will invest 1.2 billion euros with its partners over five "
     "years.", "Aurubis"),
    ("en", "Aurubis sold a stake to Partners Group. Partners Group will invest 1.2 billion "
     "euros over five years.", "Partners Group"),
])
def test_a_partner_named_keeps_its_spend(extractor: Extractor, lang: str, body: str,
                                         payer: str) -> None:
    x = helpers.run_in(extractor, body, lang)
    assert helpers.metric_facts(x, "Investment") == {(payer, Decimal("1200000000"))}


# --- the terms of a subsidiary's listing -------------------------------------------------

_LISTING_DE = ("Die Zugtochter Siemens Mobility soll noch vor Weihnachten im Prime Standard notiert "
               "werden. Die Preisspanne legte der Konzern am Mittwoch auf 24 bis 28 Euro je Aktie "
               "fest. Der Emissionserlös soll bis zu 900 Millionen Euro betragen.")


def _offering(x: object) -> set[tuple[str, str]]:
    """(about, metric) of the price range and the proceeds of the offering."""
    return {(f.about, f.metric) for f in x.figures  # type: ignore[attr-defined]
            if f.metric == "SharePrice" and f.min_value == Decimal("24")
            or f.metric == "Other" and f.value == Decimal("900000000")}


def test_the_terms_of_a_subsidiary_listing_are_its_own(extractor: Extractor) -> None:
    x = helpers.run(extractor, _LISTING_DE, "de", "Siemens bringt Zugtochter an die Börse")
    assert _offering(x) == {("Siemens Mobility", "SharePrice"), ("Siemens Mobility", "Other")}


@pytest.mark.parametrize(("headline", "about"), [
    ("Siemens plans IPO of Siemens Mobility", "Siemens Mobility"),
    # the look-alike: the parent's own listing, its subsidiary named in passing
    ("Siemens plans IPO", "Siemens"),
])
def test_the_proceeds_of_a_listing_in_english(extractor: Extractor, headline: str,
                                              about: str) -> None:
    x = helpers.run(extractor, "Siemens Mobility, the rail business, grew fast. Siemens expects "
                    "IPO proceeds of up to 900 million euros.", "en", headline)
    assert helpers.metric_facts(x, "Other") == {(about, Decimal("900000000"))}


@pytest.mark.parametrize(("headline", "body"), [
    # the parent lists itself; its subsidiary is named in passing
    ("Siemens geht an die Börse", "Die Zugtochter Siemens Mobility wuchs zuletzt kräftig. Die "
     "Preisspanne legte der Konzern am Mittwoch auf 24 bis 28 Euro je Aktie fest."),
    # a subsidiary named, but the article tells no listing of it nor of a unit
    ("Siemens legt Zahlen vor", "Die Zugtochter Siemens Mobility wuchs zuletzt kräftig. Die "
     "Preisspanne legte der Konzern am Mittwoch auf 24 bis 28 Euro je Aktie fest."),
])
def test_the_terms_stay_the_parents_without_a_subsidiary_listing(extractor: Extractor,
                                                                 headline: str, body: str) -> None:
    x = helpers.run(extractor, body, "de", headline)
    assert "Siemens Mobility" not in {f.about for f in x.figures if f.metric == "SharePrice"}
