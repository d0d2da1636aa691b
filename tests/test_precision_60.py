"""Wrong readings of written probes, each fixed so that it holds for any article:

* "a premium of 38% to the volume-weighted average price of $41.20": the average price of the
  shares is a share price (or nothing), never a figure of the premium or buyback before it;
* "$180 million to pay for capped call transactions": money paid for a financing instrument
  (capped call, hedge, swap, convertible) is no investment, and the price up to which a capped
  call offsets dilution is no earnings per share;
* "sold by Tiger Global Management and co-founder X": a title joined by "and" to a name before
  it makes its holder no employee of that name.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- an average price of the shares ----------------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "price"), [
    ("BMW offers $60 a share, a premium of 35% to the volume-weighted average price of $44.40 "
     "over the last three months.", "en", Decimal("44.40")),
    ("Salesforce bought back 2 million shares at a volume-weighted average price of $52.10.", "en",
     Decimal("52.10")),
    ("SAP kaufte 2 Millionen Aktien zu einem Durchschnittskurs von 211,40 Euro zurück.", "de",
     Decimal("211.40")),
])
def test_average_price_of_the_shares_is_no_other_figure(extractor: Extractor, text: str,
                                                        lang: str, price: Decimal) -> None:
    facts = figure_facts(run(extractor, text, lang))
    assert not {f for f in facts if f[2] == price and f[1] != "SharePrice"}


def test_premium_to_an_average_price_keeps_its_premium(extractor: Extractor) -> None:
    text = ("Stabilus-Aktionäre erhalten 52 Euro je Aktie. Das entspricht einer Prämie von 38 "
            "Prozent auf den volumengewichteten Durchschnittskurs der vergangenen drei Monate von "
            "37,68 Euro.")
    facts = figure_facts(run(extractor, text, "de", headline="Atlas Copco will Stabilus übernehmen"))
    assert ("Stabilus", "Other", Decimal(38), "Percent") in facts
    assert not {f for f in facts if f[2] == Decimal("37.68") and f[1] != "SharePrice"}


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("Analysts have an average price target of $425 on Salesforce.", "PriceTarget", Decimal(425)),
    ("Salesforce shares closed at $276.80 on Monday.", "SharePrice", Decimal("276.80")),
])
def test_other_prices_keep_their_reading(extractor: Extractor, text: str, metric: str,
                                         value: Decimal) -> None:
    assert ("Salesforce", value) in metric_facts(run(extractor, text, "en"), metric)


# --- money paid for a financing instrument ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Super Micro will use roughly $180 million of the proceeds to pay for capped call "
    "transactions.",
    "Ford Motor said on Tuesday it paid $90 million for hedges against higher steel prices.",
    "Ford Motor said on Tuesday it will spend $70 million on interest rate swaps.",
])
def test_cost_of_a_financing_instrument_is_no_investment(extractor: Extractor, text: str) -> None:
    x = run(extractor, text, "en")
    assert not metric_facts(x, "Investment")
    assert {about for about, _value in metric_facts(x, "Other")} <= {"Super Micro Computer",
                                                                    "Ford Motor"}


def test_cap_price_of_a_capped_call_is_no_earnings(extractor: Extractor) -> None:
    text = ("Super Micro will use $180 million to pay for capped call transactions that limit "
            "dilution up to a price of $90.80 a share.")
    assert not metric_facts(run(extractor, text, "en"), "EarningsPerShare")


@pytest.mark.parametrize(("text", "value"), [
    ("Ford Motor said on Tuesday it will pay $300 million for a stake in a battery maker.",
     Decimal(300_000_000)),
    ("Ford Motor will use $200 million to pay for new factories in Ohio.", Decimal(200_000_000)),
])
def test_money_paid_for_assets_stays_an_investment(extractor: Extractor, text: str,
                                                   value: Decimal) -> None:
    assert ("Ford Motor", value) in metric_facts(run(extractor, text, "en"), "Investment")


# --- a title joined by "and" to a name before it ---------------------------------------------


@pytest.mark.parametrize(("text", "lang", "headline", "person", "org"), [
    ("In the listing, Tiger Global Management and co-founder Priya Menon sold shares of Zalando.",
     "en", "Zalando shares jump", "Priya Menon", "Tiger Global Management"),
    ("Bei der Platzierung verkauften Sequoia Capital und Mitgründer Jonas Keller Aktien von "
     "Zalando.", "de", "Zalando-Aktie springt", "Jonas Keller", "Sequoia Capital"),
])
def test_title_after_and_is_no_employee_of_the_name_before(extractor: Extractor, text: str,
                                                          lang: str, headline: str, person: str,
                                                          org: str) -> None:
    assert (person, "worksFor", org) not in triples(run(extractor, text, lang, headline=headline))


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Tiger Global Management and its co-founder Chase Coleman sold shares.", "Chase Coleman",
     "Tiger Global Management"),
    ("Sequoia Capital partner Alfred Lin and Sequoia co-founder Don Valentine spoke.",
     "Don Valentine", "Sequoia Capital"),
    ("Shares of SAP fell after chief executive Christian Klein resigned.", "Christian Klein", "SAP"),
])
def test_title_of_its_own_company_keeps_the_employer(extractor: Extractor, text: str, person: str,
                                                     org: str) -> None:
    assert (person, "worksFor", org) in triples(run(extractor, text, "en"))
