"""Wrong facts of the forty-fourth precision round, on sentences written for the test.

* "X shares fell 3% after Y shares rose 10%", "nach dem Kurssturz der Y-Aktie um 3 Prozent":
  a move told as the cause of another is the company's whose shares the cause names, not the
  first company's. A cause with no share of its own ("after Y's offer") leaves the move with
  the first company.
* "X is said to be in talks to buy Y for $2.3 billion", "X erwägt einen Kauf von Y für …": a
  deal only talked of, weighed or rumoured pays no price, so no Investment; a deal agreed keeps
  it, as does one whose talks a relative clause closed before the verb tells of, or one reached
  after talks ("Nach monatelangen Verhandlungen kauft X …").
* "Wichtigster Kunde von Condor bleibt die Lufthansa" with "Condor" known to no one: the
  customer is no customer of the article's company; without "von …", or with a noun and its
  article there ("des Konzerns", "der Sparte"), it still is.
* "Siemens wurde von der UBS und vom Analysehaus Barclays hochgestuft": both houses rate the
  subject; the first does not rate the second.
* "Analyst X von Barclays lobte die Kostendisziplin bei Kabi", Kabi a subsidiary of the article's
  company: the house covers the company, not its unlisted unit.
* "…, helped by the launch of X": a product of the company's unit named only as a cause of
  growth gives no develops; one the text says was launched does.

Companies and products are real catalogue entries unless said otherwise; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor

# --- a share move told as the cause of another --------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Siemens shares fell 3% after Alstom shares rose 10%.", "en",
     {("Siemens", Decimal(-3)), ("Alstom", Decimal(10))}),
    ("Siemens fell 3% after Alstom shares rose 10%.", "en",
     {("Siemens", Decimal(-3)), ("Alstom", Decimal(10))}),
    ("Siemens shares fell 3% after a 10% jump in Alstom.", "en",
     {("Siemens", Decimal(-3)), ("Alstom", Decimal(10))}),
    ("Siemens shares rose 3% after shares of Alstom fell 10%.", "en",
     {("Siemens", Decimal(3)), ("Alstom", Decimal(-10))}),
    ("Die Siemens-Aktie fiel um 2 Prozent nach dem Kurssturz der Alstom-Aktie um 3 Prozent.", "de",
     {("Siemens", Decimal(-2)), ("Alstom", Decimal(-3))}),
])
def test_move_of_the_cause_is_its_own(extractor: Extractor, text: str, lang: str,
                                      expected: set[tuple[str, Decimal]]) -> None:
    assert metric_facts(run(extractor, text, lang, "News"), "StockPriceChange") == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Siemens shares jumped 25% after Alstom's offer.", "en"),
    ("Die Aktie von Siemens sprang nach dem Angebot von Alstom um 25 Prozent.", "de"),
])
def test_cause_without_shares_leaves_the_move(extractor: Extractor, text: str, lang: str) -> None:
    assert metric_facts(run(extractor, text, lang, "News"), "StockPriceChange") \
        == {("Siemens", Decimal(25))}


# --- a deal only talked of pays no price -----------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("Nokia is said to be in talks to buy Infinera for $2.3 billion.", "en"),
    ("Nokia is weighing a bid for Infinera worth $2.3 billion.", "en"),
    ("Nokia is exploring a purchase of Infinera for $2.3 billion.", "en"),
    ("Nokia soll in Gesprächen sein, Infinera für 2,3 Milliarden Dollar zu kaufen.", "de"),
    ("Nokia erwägt einen Kauf von Infinera für 2,3 Milliarden Dollar.", "de"),
    ("Nokia prüft einen Kauf von Infinera für 2,3 Milliarden Dollar.", "de"),
    ("Nokia führt Gespräche über einen Kauf von Infinera für 2,3 Milliarden Dollar.", "de"),
])
def test_rumoured_deal_gives_no_investment(extractor: Extractor, text: str, lang: str) -> None:
    x = run(extractor, text, lang, "Nokia")
    assert not metric_facts(x, "Investment")
    assert not {t for t in triples(x) if t[1] in ("acquired", "investsIn")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Nokia agreed to buy Infinera for $2.3 billion.", "en"),
    ("Nokia, which held talks with several suitors last year, agreed to buy Infinera for "
     "$2.3 billion.", "en"),
    ("Nokia kauft Infinera für 2,3 Milliarden Dollar.", "de"),
    ("Nach monatelangen Verhandlungen kauft Nokia Infinera für 2,3 Milliarden Dollar.", "de"),
    ("After months of talks, Nokia agreed to buy Infinera for $2.3 billion.", "en"),
])
def test_agreed_deal_keeps_its_price(extractor: Extractor, text: str, lang: str) -> None:
    assert metric_facts(run(extractor, text, lang, "Nokia"), "Investment") \
        == {("Nokia", Decimal(2300000000))}


# --- the largest customer of a company no one knows -----------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("Wichtigster Kunde von Condor bleibt die Lufthansa.", "de"),  # "Condor": no known company
    ("The largest customer of Acme Widgets is Lufthansa.", "en"),  # "Acme Widgets": invented
])
def test_customer_of_unknown_company_is_no_ones(extractor: Extractor, text: str, lang: str) -> None:
    found = triples(run(extractor, text, lang, "Siemens Energy meldet Zahlen"))
    assert not {t for t in found if t[1] == "supplierOf"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Wichtigster Kunde bleibt die Lufthansa.", "de", ("Siemens Energy", "supplierOf", "Lufthansa")),
    ("Wichtigster Kunde des Konzerns bleibt die Lufthansa.", "de",
     ("Siemens Energy", "supplierOf", "Lufthansa")),
    ("Größter Kunde von Airbus ist die Lufthansa.", "de", ("Airbus", "supplierOf", "Lufthansa")),
    ("Größter Kunde der Sparte ist die Lufthansa.", "de", ("Siemens Energy", "supplierOf", "Lufthansa")),
    ("The largest customer of the unit is Lufthansa.", "en", ("Siemens Energy", "supplierOf", "Lufthansa")),
    ("Its largest customer is Lufthansa.", "en", ("Siemens Energy", "supplierOf", "Lufthansa")),
])
def test_customer_of_known_company_keeps_supplier(extractor: Extractor, text: str, lang: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(extractor, text, lang, "Siemens Energy meldet Zahlen"))


# --- a list of raters with a house noun ------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "rating"), [
    ("Siemens wurde von der UBS und vom Analysehaus Barclays auf Kaufen hochgestuft.", "de", "Kaufen"),
    ("Siemens wurde von der UBS und von Barclays auf Kaufen hochgestuft.", "de", "Kaufen"),
    ("Siemens was upgraded to buy by UBS and by the broker Barclays.", "en", "buy"),
])
def test_listed_houses_each_rate_the_subject(extractor: Extractor, text: str, lang: str,
                                             rating: str) -> None:
    x = run(extractor, text, lang, "Siemens")
    assert rating_facts(x) == {("UBS", "Siemens", rating), ("Barclays", "Siemens", rating)}
    assert ("UBS", "covers", "Barclays") not in triples(x)


def test_house_rating_a_bank_still_rates_it(extractor: Extractor) -> None:
    x = run(extractor, "Die UBS bewertet die Commerzbank mit Kaufen.", "de", "Commerzbank")
    assert rating_facts(x) == {("UBS", "Commerzbank", "Kaufen")}


# --- a comment on a unit covers its company --------------------------------------------------------


def test_comment_on_unlisted_unit_covers_the_company(extractor: Extractor) -> None:
    # "Kabi" alone is found as a company of its own (named again and again), a Tochter of Fresenius
    text = ("Der Gesundheitskonzern Fresenius ist im Quartal dank seiner Arzneimitteltochter Kabi "
            "schneller gewachsen. Der Konzernumsatz stieg um 6 Prozent auf 5,7 Milliarden Euro. "
            "Fresenius bestätigte die Prognose.\n"
            "Fresenius Kabi steigerte den Umsatz um 7 Prozent auf 2,2 Milliarden Euro.\n"
            "Analyst Max Muster von Barclays sprach von einem guten Quartal und lobte die "
            "Kostendisziplin bei Kabi. Die Fresenius-Aktie stieg um 4 Prozent.")
    found = triples(run(extractor, text, "de",
                        "Fresenius hebt Margenziel für Kabi an und kauft eigene Aktien zurück"))
    covered = {o for s, p, o in found if p == "covers" and s == "Barclays"}
    assert covered == {"Fresenius"}


def test_comment_on_listed_company_covers_it(extractor: Extractor) -> None:
    text = "Siemens meldete Zahlen. Analyst Max Muster von Barclays lobte die Kostendisziplin bei Alstom."
    found = triples(run(extractor, text, "de", "Siemens meldet Zahlen"))
    assert ("Barclays", "covers", "Alstom") in found


# --- a product named only as a cause of growth -------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ('Sony reported results. The Game & Network Services segment grew sales 8% to 1.12 trillion '
     'yen, helped by the launch of "Ghost of Yotei".', "en"),
    ('Sony meldete Zahlen. Der Umsatz der Spielesparte stieg dank des Starts von "Ghost of Yotei".',
     "de"),
])
def test_product_as_cause_is_not_developed(extractor: Extractor, text: str, lang: str) -> None:
    found = triples(run(extractor, text, lang, "Sony"))
    assert ("Sony Group", "develops", "Ghost of Yotei") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ('Sony reported results. The unit launched "Ghost of Yotei" in October.', "en"),
    ('Sony meldete Zahlen. Das Spiel "Ghost of Yotei" verkaufte sich gut.', "de"),
])
def test_product_told_otherwise_is_developed(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Sony Group", "develops", "Ghost of Yotei") in triples(run(extractor, text, lang, "Sony"))
