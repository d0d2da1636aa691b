"""Relations of the twentieth round, on sentences written for the test: a bank named as an
adviser on a deal ("which is being advised by X and Y", "its advisers, X and Y", "X is
advising Y on the deal", "beraten von der X", "Als Berater fungieren X und Y") is no analyst
house: it covers no one and forecasts none of the figures near it, while an analyst of the
same bank ("X analyst Jane Doe said") or a bank advising clients to buy still covers.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire, or must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


def _estimators(x: Extraction) -> set[str | None]:
    """Whose forecasts the figures are (None: no institution's)."""
    return {f.estimated_by for f in x.figures}


# --- advisers on a deal: no coverage, no forecast -------------------------------------------


def test_bidder_advised_by_banks_keeps_its_own_outlook(extractor: Extractor) -> None:
    x = run(extractor, "Siemens offered to buy Alstom. Siemens, which is being advised by "
            "JPMorgan and Barclays, said it expects about $500 million in annual cost savings "
            "by 2028.", "en", "Siemens bids for Alstom")
    assert _of(x, "covers") == set()
    assert [(f.about, f.value, f.estimated_by) for f in x.figures] == [("Siemens", 500000000, None)]


def test_adviser_in_the_sentence_before_forecasts_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Alstom said it would review the offer with its advisers, Goldman Sachs "
            "and Barclays. The company expects savings of $200 million by 2027.", "en",
            "Alstom reviews bid")
    assert _of(x, "covers") == set()
    assert _estimators(x) == {None}


def test_bank_advising_on_the_deal_forecasts_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Siemens offered to buy Alstom. Goldman Sachs is advising Alstom on the "
            "deal, and Barclays acted as financial adviser to Siemens. Alstom expects savings "
            "of $200 million by 2027.", "en", "Siemens bids for Alstom")
    assert _of(x, "covers") == set()
    assert [(f.about, f.estimated_by) for f in x.figures] == [("Alstom", None)]


def test_analyst_of_a_bank_still_covers(extractor: Extractor) -> None:
    # look-alikes: the bank's analyst, and a bank advising clients to buy the stock
    x = run(extractor, "Morgan Stanley analyst Jane Doe said Siemens shares could rise to $150.",
            "en", "Siemens shares")
    assert _of(x, "covers") == {("Morgan Stanley", "Siemens")}
    assert _estimators(x) == {"Morgan Stanley"}
    x = run(extractor, "Morgan Stanley advised clients to buy Siemens shares, setting a price "
            "target of $150.", "en", "Siemens shares")
    assert _of(x, "covers") == {("Morgan Stanley", "Siemens")}
    assert _estimators(x) == {"Morgan Stanley"}


def test_german_bidder_advised_by_banks_keeps_its_own_outlook(extractor: Extractor) -> None:
    x = run(extractor, "Bayer will Qiagen kaufen. Bayer, die von der Deutschen Bank und Goldman "
            "Sachs beraten wird, erwartet Einsparungen von rund 300 Millionen Euro bis 2027.",
            "de", "Bayer-Gebot für Qiagen")
    assert _of(x, "covers") == set()
    assert _estimators(x) == {None}


def test_german_advisers_before_an_outlook_forecast_nothing(extractor: Extractor) -> None:
    for advisers in ("Als Berater fungieren die Deutsche Bank und JPMorgan.",
                     "Die Deutsche Bank berät Bayer bei der Übernahme."):
        x = run(extractor, f"Bayer will Qiagen kaufen. {advisers} Bayer erwartet Einsparungen "
                "von 300 Millionen Euro bis 2027.", "de", "Bayer-Gebot für Qiagen")
        assert _of(x, "covers") == set()
        assert [(f.about, f.estimated_by) for f in x.figures] == [("Bayer", None)]


def test_german_analyst_still_covers(extractor: Extractor) -> None:
    # look-alikes: an analyst of the bank, and "beraten über" (to discuss), no advice
    x = run(extractor, "Deutsche-Bank-Analyst Max Muster erwartet für Bayer einen Gewinn von 3 "
            "Milliarden Euro.", "de", "Bayer-Aktie")
    assert _of(x, "covers") == {("Deutsche Bank", "Bayer")}
    assert _estimators(x) == {"Deutsche Bank"}
    x = run(extractor, "Die Analysten von JPMorgan beraten über ihre Einschätzung. JPMorgan "
            "erwartet für Bayer einen Gewinn von 3 Milliarden Euro.", "de", "Bayer-Aktie")
    assert _of(x, "covers") == {("JPMorgan", "Bayer")}
    assert _estimators(x) == {"JPMorgan"}


# --- large holders named with no company after: the article company's investors -------------


def test_share_of_the_stock_held_is_a_stake_in_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Zalando raised its sales outlook. Kinnevik, which holds about 25% of the "
            "shares, backed the plan.", "en", "Zalando results")
    assert _of(x, "investsIn") == {("Kinnevik", "Zalando")}
    x = run(extractor, "Zalando steigerte den Umsatz. Die Allianz, die rund 10 Prozent der Anteile "
            "hält, stimmte dem Plan zu.", "de", "Zalando-Zahlen")
    assert _of(x, "investsIn") == {("Allianz", "Zalando")}


def test_largest_shareholder_without_a_company_after_holds_the_article_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Zalando raised its sales outlook. Kinnevik is the largest shareholder "
            "with 25%.", "en", "Zalando results")
    assert _of(x, "investsIn") == {("Kinnevik", "Zalando")}
    for holder in ("ist mit 17 Prozent größter Anteilseigner",
                   "ist seit Jahren einer der größten Aktionäre des Unternehmens"):
        x = run(extractor, f"Zalando steigerte den Umsatz. Kinnevik {holder}.", "de",
                "Zalando-Zahlen")
        assert _of(x, "investsIn") == {("Kinnevik", "Zalando")}


def test_holders_of_another_company_or_of_a_field_hold_no_stake_in_it(
        extractor: Extractor) -> None:
    # look-alikes: a share of another company's stock, the top holder of another company,
    # the biggest investor in a field
    x = run(extractor, "Zalando steigerte den Umsatz. Unicredit hält 9 Prozent der Anteile an "
            "der Generali. BlackRock ist der größte Aktionär der Allianz. Norges Bank ist der "
            "größte Investor in Rechenzentren.", "de", "Zalando-Zahlen")
    assert _of(x, "investsIn") == {("UniCredit", "Generali"), ("BlackRock", "Allianz")}
    x = run(extractor, "Zalando raised its sales outlook. BlackRock is the biggest investor in "
            "artificial intelligence. Kinnevik holds 5% of the shares of Siemens.", "en",
            "Zalando results")
    assert ("BlackRock", "Zalando") not in _of(x, "investsIn")
    assert ("Kinnevik", "Zalando") not in _of(x, "investsIn")


# --- an owner named in an apposition before the company ------------------------------------


def test_owner_named_after_a_company_owns_it_and_takes_its_order(extractor: Extractor) -> None:
    # the catalogue knows neither airline's parent: the text names it
    x = run(extractor, "Rolls-Royce won an order from Lufthansa owner Boeing for engines.", "en",
            "Rolls-Royce shares")
    assert _of(x, "subsidiaryOf") == {("Lufthansa", "Boeing")}
    assert _of(x, "supplierOf") == {("Rolls-Royce Holdings", "Boeing")}
    x = run(extractor, "Die Gucci-Eigner Kering meldete einen Umsatz von 4 Milliarden Euro.", "de",
            "Kering-Zahlen")
    assert _of(x, "subsidiaryOf") == {("Gucci", "Kering")}
    assert {f.about for f in x.figures} == {"Kering"}


def test_owner_of_a_product_develops_it_and_others_own_nothing(extractor: Extractor) -> None:
    # look-alikes: a product's owner is its developer; "home owners" and "co-owner" name none
    x = run(extractor, "ChatGPT owner OpenAI raised $40 billion.", "en", "OpenAI funding")
    assert _of(x, "develops") == {("OpenAI", "ChatGPT")}
    assert _of(x, "subsidiaryOf") == set()
    x = run(extractor, "Lufthansa said home owners fly less. Boeing co-owner Airbus said "
            "nothing.", "en", "Airline shares")
    assert _of(x, "subsidiaryOf") == set()


# --- rivals ----------------------------------------------------------------------------------


def test_names_that_are_the_companys_rivals_compete_with_it(extractor: Extractor) -> None:
    x = run(extractor, "Barclays beat forecasts. Lloyds and NatWest are the lender's biggest "
            "domestic rivals.", "en", "Barclays results")
    assert _of(x, "competitorOf") == {("Lloyds Banking Group", "Barclays"),
                                      ("NatWest Group", "Barclays")}


def test_rivals_of_a_named_company_or_in_a_market_stay_out(extractor: Extractor) -> None:
    # look-alikes: another company's rivals, rivals "in" a market (whose, unclear)
    for rivals in ("are Apple's biggest rivals", "are the company's rivals in Spain"):
        x = run(extractor, f"Barclays beat forecasts. Lloyds and NatWest {rivals}.", "en",
                "Barclays results")
        assert _of(x, "competitorOf") == set()


def test_competition_from_needs_a_name_in_its_clause(extractor: Extractor) -> None:
    x = run(extractor, "PayPal faces growing competition from online rivals such as Adyen.", "en",
            "PayPal results")
    assert _of(x, "competitorOf") == {("PayPal", "Adyen")}
    # look-alike: pressure from regulators; the name after the comma is the speaker's
    x = run(extractor, "PayPal faces growing pressure from regulators, said Apple.", "en",
            "PayPal results")
    assert _of(x, "competitorOf") == set()
