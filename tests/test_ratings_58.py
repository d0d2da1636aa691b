"""Ratings and estimates in the forms agencies print them: the fair value of a list
line in capitals ("DZ BANK SENKT FAIREN WERT FÜR SAP AUF 250 (230) EUR - 'HALTEN'")
as well as in prose, each with a look-alike that must keep its reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import metric_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction

# --- fair values in lines printed in capitals ----------------------------------------------


@pytest.mark.parametrize(("lang", "body", "company", "value"), [
    pytest.param("de", "- DZ BANK SENKT FAIREN WERT FÜR SAP AUF 250 (230) EUR - 'HALTEN'",
                 "SAP", Decimal("250"), id="de-capitals-cut"),
    pytest.param("de", "- DZ BANK HEBT FAIREN WERT FÜR BASF AUF 58 (55) EUR - 'KAUFEN'",
                 "BASF", Decimal("58"), id="de-capitals-raised"),
    pytest.param("de", "Die DZ Bank hebt den fairen Wert für BASF auf 58 Euro.",
                 "BASF", Decimal("58"), id="de-prose"),
    pytest.param("de", "Fairen Wert für BASF sieht die DZ Bank nun bei 58 Euro.",
                 "BASF", Decimal("58"), id="de-prose-opening-the-sentence"),
    pytest.param("en", "- DZ BANK CUTS FAIR VALUE FOR SAP TO 250 (230) EUR - 'HOLD'",
                 "SAP", Decimal("250"), id="en-capitals"),
    pytest.param("en", "- MORNINGSTAR RAISES FAIR VALUE FOR BASF TO 58 (55) EUR",
                 "BASF", Decimal("58"), id="en-capitals-without-a-rating"),
])
def test_fair_value_in_a_line_in_capitals(extractor: Extractor, lang: str, body: str,
                                          company: str, value: Decimal) -> None:
    x = run(extractor, body, lang=lang, headline="Marktbericht" if lang == "de" else "Market report")
    assert (company, value) in metric_facts(x, "FairValue")
    assert not metric_facts(x, "PriceTarget")


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "- KARTELLAMT FORDERT FAIREN WETTBEWERB UNTER 5 ANBIETERN VON SAP",
                 id="de-fair-competition-is-no-value"),
    pytest.param("de", "- SAP ZAHLT FAIREN LOHN VON 20 EUR JE STUNDE", id="de-fair-wage-is-no-value"),
    pytest.param("en", "- SAP PAYS FAIR WAGES OF 20 EUR AN HOUR", id="en-fair-wage-is-no-value"),
])
def test_fair_in_other_capitals_lines_is_no_fair_value(extractor: Extractor, lang: str,
                                                       body: str) -> None:
    x = run(extractor, body, lang=lang, headline="Marktbericht" if lang == "de" else "Market report")
    assert not metric_facts(x, "FairValue")


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "- DZ BANK SENKT ZIEL FÜR SAP AUF 250 (230) EUR - 'HALTEN'", id="de"),
    pytest.param("en", "- JEFFERIES RAISES TARGET FOR SAP TO 250 (230) EUR - 'BUY'", id="en"),
])
def test_a_target_in_capitals_stays_a_price_target(extractor: Extractor, lang: str, body: str) -> None:
    x = run(extractor, body, lang=lang, headline="Marktbericht" if lang == "de" else "Market report")
    assert ("SAP", Decimal("250")) in metric_facts(x, "PriceTarget")
    assert not metric_facts(x, "FairValue")


# --- verdicts heading a note: house, colon, company and verdict ----------------------------


def _ratings(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


@pytest.mark.parametrize(("lang", "headline", "expected"), [
    pytest.param("de", "JPMorgan: Siemens neutral", ("JPMorgan", "Siemens", "neutral"),
                 id="de-company-then-verdict"),
    pytest.param("de", "Jefferies: Buy für SAP", ("Jefferies", "SAP", "Buy"), id="de-verdict-für"),
    pytest.param("de", "UBS: BASF 'Kaufen'", ("UBS", "BASF", "Kaufen"), id="de-quoted-verdict"),
    pytest.param("de", "Barclays: Overweight für Infineon",
                 ("Barclays", "Infineon Technologies", "Overweight"), id="de-verdict-für-infineon"),
    pytest.param("en", "JPMorgan: Siemens neutral", ("JPMorgan", "Siemens", "neutral"),
                 id="en-company-then-verdict"),
    pytest.param("en", "Jefferies: Buy for SAP", ("Jefferies", "SAP", "Buy"), id="en-verdict-for"),
    pytest.param("en", "Barclays: BASF equal weight", ("Barclays", "BASF", "equal weight"),
                 id="en-two-word-verdict"),
])
def test_headline_verdict_is_a_rating(extractor: Extractor, lang: str, headline: str,
                                      expected: tuple[str, str, str]) -> None:
    body = "Der Konzern legte Zahlen vor." if lang == "de" else "The company reported results."
    assert _ratings(run(extractor, body, lang=lang, headline=headline)) == {expected}


@pytest.mark.parametrize(("lang", "headline"), [
    pytest.param("de", "JPMorgan: Siemens bleibt neutral im Zollstreit", id="de-words-after-the-verdict"),
    pytest.param("de", "Siemens: JPMorgan neutral", id="de-company-before-the-colon"),
    pytest.param("de", "JPMorgan: Siemens positiv", id="de-no-rating-term"),
    pytest.param("de", "JPMorgan: Kaufen für Anleger", id="de-no-company"),
    pytest.param("en", "JPMorgan: Siemens to buy software firm", id="en-a-deal-is-no-verdict"),
    pytest.param("en", "JPMorgan: Siemens hold talks", id="en-words-after-the-verdict"),
    pytest.param("en", "JPMorgan and Siemens neutral on tariffs", id="en-no-colon"),
])
def test_headline_look_alikes_give_no_rating(extractor: Extractor, lang: str, headline: str) -> None:
    body = "Der Konzern legte Zahlen vor." if lang == "de" else "The company reported results."
    assert not run(extractor, body, lang=lang, headline=headline).ratings


def test_a_verdict_line_in_the_body_stays_no_rating(extractor: Extractor) -> None:
    """Only a headline is read so: in the body the same line gives nothing."""
    assert not run(extractor, "Goldman Sachs: Siemens Buy", lang="de", headline="Siemens").ratings
