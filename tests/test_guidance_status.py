"""A forecast that no house owns is the company's own outlook (`Guidance`), as the contract
defines it, unless the sentence gives it to others (analysts, the market, media and their
sources), hedges it as the writer's guess, or it is a figure of the market (a price, a move,
a multiple). Sentences written for the test, with real companies and invented figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def statuses(x: Extraction, metric: str) -> set[tuple[Decimal | None, str, str | None]]:
    """(value, status, house) of each figure of ``metric``."""
    return {(f.value, f.status, f.estimated_by) for f in x.figures if f.metric == metric}


@pytest.mark.parametrize(("body", "lang", "headline", "metric", "value"), [
    ("Siemens erwartet für 2027 einen Umsatz von 80 Milliarden Euro.", "de", "Siemens",
     "Revenue", Decimal("80000000000")),
    ("Der Umsatz soll im Gesamtjahr bei rund 36 Milliarden Euro liegen.", "de", "Henkel",
     "Revenue", Decimal("36000000000")),
    ("Sony expects operating profit of 1.4 trillion yen for the year to March 2027.", "en",
     "Sony results", "Profit", Decimal("1400000000000")),
    ("The company expects revenue of about $300 million next year.", "en", "Zalando outlook",
     "Revenue", Decimal("300000000")),
])
def test_company_forecast_with_no_house_is_guidance(extractor: Extractor, body: str, lang: str,
                                                    headline: str, metric: str,
                                                    value: Decimal) -> None:
    assert statuses(run(extractor, body, lang=lang, headline=headline), metric) == \
        {(value, "Guidance", None)}


@pytest.mark.parametrize(("body", "lang", "headline", "metric"), [
    # analysts, the market and sources own the forecast
    ("Analysten rechnen im Schnitt mit einem Umsatz von 3,9 Milliarden Euro.", "de", "Siemens",
     "Revenue"),
    ("Analysts expect revenue of $8.5 billion for the quarter.", "en", "Nike results", "Revenue"),
    ("Its revenue is expected to exceed 25 billion yuan this year, according to a person "
     "familiar with the matter.", "en", "Baidu plans", "Revenue"),
    ("Revenue: $104.6 billion vs. $102.2 billion expected", "en", "Apple results", "Revenue"),
    # the writer hedges it
    ("Der Umsatz von Siemens dürfte 2027 auf 80 Milliarden Euro steigen.", "de", "Siemens",
     "Revenue"),
    # a pronoun of an analyst told of before
    ("Für 2027 rechnet sie mit einem Gewinn je Aktie von 3,85 Euro.", "de", "Siemens",
     "EarningsPerShare"),
])
def test_others_forecast_is_no_guidance(extractor: Extractor, body: str, lang: str,
                                        headline: str, metric: str) -> None:
    found = statuses(run(extractor, body, lang=lang, headline=headline), metric)
    assert all(status != "Guidance" for _, status, _ in found)


def test_expected_share_price_is_no_guidance(extractor: Extractor) -> None:
    """Look-alike: a price or a move the market may reach is never a company's guidance."""
    x = run(extractor, "Tesla shares are expected to reach $300 by the end of the year.",
            lang="en", headline="Tesla")
    assert all(f.status != "Guidance" for f in x.figures)


def test_house_forecast_keeps_its_house(extractor: Extractor) -> None:
    """Look-alike: a house named in the sentence still owns its estimate."""
    x = run(extractor, "Die UBS erwartet für Siemens 2027 einen Umsatz von 81 Milliarden Euro.",
            lang="de", headline="Siemens")
    assert statuses(x, "Revenue") == {(Decimal("81000000000"), "Estimate", "UBS")}
