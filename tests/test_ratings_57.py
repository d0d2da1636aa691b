"""Ratings kept or reiterated after a house's own words, in German and English, each
beside a look-alike that must keep its own reading.

- Words a house is quoted with before its rating ("lobte die „bemerkenswerte
  Kostendisziplin“ und bestätigte ihre Einstufung „Buy“", "said the results were "above
  consensus" and kept their "buy" rating") neither drop the rating nor make it a
  consensus: an adjective in "-enswerte" is no sector ("Autowerte"), consensus words in
  the house's quotation or in a clause a verb of keeping the rating follows ("beat
  consensus and kept its rating") compare, and the house rates. Consensus words that
  carry the rating ("the consensus rating is "buy"") still give no house's rating.
- A rating word printed in capitals inside prose ("stuft Siemens mit HALTEN ein", "kept
  Siemens at HOLD") is set apart as quotes set it, and kept as printed.
- An agency line that cuts a fair value ("DZ BANK SENKT FAIREN WERT FÜR MUSTER AUF …
  - 'HALTEN'") names the company rated, as one on a target does.
- A verdict that names no company in an article no company clearly wins goes to the
  company that opens the headline and leads the article ("Heidelberg Materials holt
  Holcim-Manager …"), not where a list opens the headline.

A market or sector rated, "buy" as a verb or a fund's purchase, and capitals in an
advertisement's question give no rating. Companies and banks are real catalogue entries;
the sentences and the facts in them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction

Rated = tuple[str, str, str]


def _rated(x: Extraction) -> set[Rated]:
    """(by, about, rating) as printed."""
    return {(r.by, r.about, r.rating) for r in x.ratings}


def _read(extractor: Extractor, lang: str, body: str, headline: str | None = None) -> Extraction:
    return run(extractor, body, lang, headline or ("Marktbericht" if lang == "de" else "Market report"))


KEPT = [
    # quoted words of the house before its rating
    pytest.param("de", "Siemens hebt Prognose",
                 'Siemens hebt die Prognose. Die UBS lobte die "bemerkenswerte Kostendisziplin" und '
                 'bestätigte ihre Einstufung "Buy".',
                 {("UBS", "Siemens", "Buy")}, id="de-quoted-adjective-werte"),
    pytest.param("de", "Siemens hebt Prognose",
                 'Siemens hebt die Prognose. Die Commerzbank lobte die "lobenswerte Disziplin" und '
                 'bestätigte ihr Votum "Kaufen".',
                 {("Commerzbank", "Siemens", "Kaufen")}, id="de-quoted-lobenswerte"),
    pytest.param("de", "Siemens hebt Prognose",
                 'Siemens hebt die Prognose. Die Commerzbank nannte die Zahlen "klar über dem Konsens" '
                 'und bestätigte ihr Votum "Kaufen".',
                 {("Commerzbank", "Siemens", "Kaufen")}, id="de-quoted-konsens"),
    pytest.param("de", "Siemens hebt Prognose",
                 "Siemens hebt die Prognose. Die Commerzbank sah die Zahlen über dem Konsens und "
                 "bestätigte ihre Kaufempfehlung.",
                 {("Commerzbank", "Siemens", "Kaufempfehlung")}, id="de-konsens-und-bestaetigte"),
    pytest.param("en", "Siemens lifts guidance",
                 'Siemens lifted its guidance. Analysts at Barclays said the update was "well ahead of '
                 'consensus" and kept their "overweight" rating.',
                 {("Barclays", "Siemens", "overweight")}, id="en-quoted-consensus"),
    pytest.param("en", "Siemens lifts guidance",
                 "Siemens lifted its guidance. Barclays said the update was well ahead of consensus "
                 "and kept its overweight rating.",
                 {("Barclays", "Siemens", "overweight")}, id="en-consensus-and-kept"),
    pytest.param("en", None,
                 'Barclays said margins were "better than feared" and reiterated its "overweight" '
                 "rating on Siemens.",
                 {("Barclays", "Siemens", "overweight")}, id="en-quoted-praise"),
    # kept and reiterated forms
    pytest.param("en", None, "Barclays stuck with its overweight rating on Siemens.",
                 {("Barclays", "Siemens", "overweight")}, id="en-stuck-with"),
    pytest.param("en", None, "Barclays reiterated outperform on Siemens.",
                 {("Barclays", "Siemens", "outperform")}, id="en-reiterated-bare"),
    pytest.param("de", None, "Die Commerzbank bleibt bei ihrer Kaufempfehlung für Siemens.",
                 {("Commerzbank", "Siemens", "Kaufempfehlung")}, id="de-bleibt-bei"),
    pytest.param("de", "Siemens hebt Prognose",
                 'Siemens hebt die Prognose. Die Commerzbank hält an "Buy" fest.',
                 {("Commerzbank", "Siemens", "Buy")}, id="de-haelt-an-fest"),
    pytest.param("de", None, 'Die Commerzbank bestätigte für Siemens das Votum "Halten".',
                 {("Commerzbank", "Siemens", "Halten")}, id="de-votum-halten"),
    # capitals and recommendation nouns
    pytest.param("de", None, "Die DZ Bank stuft Siemens weiter mit HALTEN ein.",
                 {("DZ Bank", "Siemens", "HALTEN")}, id="de-capitals-halten"),
    pytest.param("de", None, "Die DZ Bank bestätigte für Siemens das Votum KAUFEN.",
                 {("DZ Bank", "Siemens", "KAUFEN")}, id="de-capitals-kaufen"),
    pytest.param("en", None, "Barclays kept Siemens at HOLD.",
                 {("Barclays", "Siemens", "HOLD")}, id="en-capitals-hold"),
    pytest.param("de", None, "Die Deutsche Bank bekräftigte ihre Verkaufsempfehlung für Siemens.",
                 {("Deutsche Bank", "Siemens", "Verkaufsempfehlung")}, id="de-verkaufsempfehlung"),
    pytest.param("de", None, "Die Deutsche Bank sprach für Siemens eine Halteempfehlung aus.",
                 {("Deutsche Bank", "Siemens", "Halteempfehlung")}, id="de-halteempfehlung"),
    pytest.param("de", "Analysten-Einstufungen",
                 "- DZ BANK SENKT FAIREN WERT FÜR RATIONAL AUF 600 (650) EUR - 'HALTEN'",
                 {("DZ Bank", "Rational AG", "HALTEN")}, id="de-capitals-fairer-wert"),
    # house and company apart
    pytest.param("en", None, 'Barclays analyst Tom Reed covers Siemens. He kept his "overweight" rating.',
                 {("Barclays", "Siemens", "overweight")}, id="en-two-sentences"),
    pytest.param("en", None, "Jefferies' analysts reiterated their buy rating on Siemens.",
                 {("Jefferies", "Siemens", "buy")}, id="en-possessive-analysts"),
    pytest.param("en", None, "BofA reiterated its buy rating on Siemens.",
                 {("Bank of America", "Siemens", "buy")}, id="en-bofa"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "expected"), KEPT)
def test_kept_ratings(extractor: Extractor, lang: str, headline: str | None, body: str,
                      expected: set[Rated]) -> None:
    assert _rated(_read(extractor, lang, body, headline)) == expected


NONE = [
    pytest.param("en", "Siemens lifts guidance",
                 'Siemens lifted its guidance. Barclays said the consensus rating was "buy".',
                 id="en-consensus-rating-said"),
    pytest.param("en", "Siemens lifts guidance",
                 'Siemens lifted its guidance. The consensus rating among analysts is "buy".',
                 id="en-consensus-rating"),
    pytest.param("de", None, "Die Commerzbank lobte die \"bemerkenswerte Kostendisziplin\" von Siemens.",
                 id="de-praise-only"),
    pytest.param("en", None, "Barclays praised Siemens' \"remarkable discipline\".", id="en-praise-only"),
    pytest.param("de", None, 'Die Commerzbank stuft europäische Bankaktien auf "Übergewichten".',
                 id="de-sector"),
    pytest.param("de", None, "Die Commerzbank stuft Autowerte auf KAUFEN.", id="de-sector-capitals"),
    pytest.param("en", None, "Barclays rates European banks overweight.", id="en-sector"),
    pytest.param("en", None, "Investors should buy Siemens, said Barclays.", id="en-buy-verb"),
    pytest.param("en", None, "Vanguard bought Siemens shares and said it would buy more.", id="en-fund-buy"),
    pytest.param("de", None, "Privatanleger sollten Siemens kaufen, meint die Commerzbank.", id="de-kaufen-verb"),
    pytest.param("de", None, "Siemens-Aktie: KAUFEN oder VERKAUFEN? Die Commerzbank hat dazu eine klare Meinung.",
                 id="de-capitals-question"),
    pytest.param("en", None, "Siemens stock: BUY or SELL? Barclays raised its target.", id="en-capitals-question"),
]


@pytest.mark.parametrize(("lang", "headline", "body"), NONE)
def test_no_rating(extractor: Extractor, lang: str, headline: str | None, body: str) -> None:
    assert _rated(_read(extractor, lang, body, headline)) == set()


def test_other_company_keeps_its_rating(extractor: Extractor) -> None:
    """A rating of another company in the same sentence stays that company's."""
    x = _read(extractor, "en", "Barclays kept its overweight rating on BASF while Siemens fell 3%.")
    assert _rated(x) == {("Barclays", "BASF", "overweight")}


_MOVE_DE = ("Heidelberg Materials hat einen neuen Finanzchef. Der Manager kommt von Holcim, wo er zehn "
            "Jahre gearbeitet hat. Holcim äußerte sich nicht. Analyst Max Bauer von der Commerzbank sieht "
            "darin ein gutes Signal. Er bestätigte seine Kaufempfehlung.")
_MOVE_EN = ("Rolls-Royce named a new finance chief on Monday. The executive joins from BAE Systems, where "
            "he worked for ten years. BAE Systems declined to comment. Barclays analyst Tom Reed called "
            'the move a good sign. He kept his "overweight" rating.')


@pytest.mark.parametrize(("lang", "body", "headline", "expected"), [
    pytest.param("de", _MOVE_DE, "Heidelberg Materials holt Holcim-Manager in den Vorstand",
                 {("Commerzbank", "Heidelberg Materials", "Kaufempfehlung")}, id="de-headline-opener"),
    pytest.param("en", _MOVE_EN, "Rolls-Royce hires BAE Systems executive as finance chief",
                 {("Barclays", "Rolls-Royce Holdings", "overweight")}, id="en-headline-opener"),
])
def test_headline_opener_rated(extractor: Extractor, lang: str, body: str, headline: str,
                               expected: set[Rated]) -> None:
    assert _rated(_read(extractor, lang, body, headline)) == expected


@pytest.mark.parametrize(("lang", "body", "headline", "opener"), [
    pytest.param("de", _MOVE_DE, "Heidelberg Materials und Holcim tauschen Manager", "Heidelberg Materials",
                 id="de-headline-list"),
    pytest.param("en", _MOVE_EN, "Rolls-Royce and BAE Systems swap executives", "Rolls-Royce Holdings",
                 id="en-headline-list"),
])
def test_headline_list_opens_no_subject(extractor: Extractor, lang: str, body: str, headline: str,
                                        opener: str) -> None:
    """A list opening the headline names no one subject: its first company is not rated
    for that reason."""
    assert opener not in {about for _, about, _ in _rated(_read(extractor, lang, body, headline))}
