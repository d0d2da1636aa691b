"""Figures of a list of movers in a market report: a line that opens with a name, maybe after a
dash, and gives its signed percentage after a colon or a space ("- Aixtron: +7,8 Prozent auf
17,45 Euro", "- Hensoldt -3,1 %", "Intel: -3.1%") is that name's share move, under whatever
heading the list stands. Each rule on sentences written for the test, with look-alikes that
must not fire. An index whose name opens with an exchange's ("the Philadelphia Stock Exchange
Semiconductor Index") is the index where its name without the exchange's word is catalogued, else
nobody: never the exchange, and its move never the company's. The sales of a product named after
"Umsatz mit"/"sales of", maybe past its kind ("der Umsatz mit dem Prostatakrebsmittel Nubeqa"),
are the product's, never its maker's.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor


def test_german_dash_list_gives_each_line_its_move(extractor: Extractor) -> None:
    moves = helpers.report_moves(
        extractor, "Die größten Bewegungen in der zweiten Reihe:\n"
        "- Aixtron: +7,8 Prozent auf 17,45 Euro. Der Anlagenbauer meldete einen Auftrag.\n"
        "- Jungheinrich: -6,2 Prozent. Die Citigroup senkte ihr Votum.\n"
        "- Hensoldt -3,1 %\n"
        "- Evotec: +3,9 Prozent nach einer Partnerschaft mit Novartis.", "de")
    assert moves == {("Aixtron", Decimal("7.8")), ("Jungheinrich", Decimal("-6.2")),
                     ("Hensoldt", Decimal("-3.1")), ("Evotec", Decimal("3.9"))}


def test_english_list_with_and_without_dashes(extractor: Extractor) -> None:
    moves = helpers.report_moves(
        extractor, "Biggest movers:\n- Nvidia +7.8%\n- Intel: -3.1%\n"
        "Micron Technology: +2.5% after an upgrade by Morgan Stanley.", "en")
    assert moves == {("Nvidia", Decimal("7.8")), ("Intel", Decimal("-3.1")),
                     ("Micron Technology", Decimal("2.5"))}


def test_list_of_growth_without_shares_or_index_gives_no_move(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Die Hersteller wuchsen unterschiedlich schnell.\n"
                    "Wachstum im Überblick:\n- Aixtron: +7,8 Prozent\n- Jungheinrich: -6,2 Prozent",
                    headline="Maschinenbau im Vergleich")
    assert helpers.metric_facts(x, "StockPriceChange") == set()


def test_name_not_opening_the_line_or_a_word_between_gives_no_list_move(extractor: Extractor) -> None:
    moves = helpers.report_moves(
        extractor, "Die größten Bewegungen in der zweiten Reihe:\n"
        "- Der Umsatz von Aixtron: +7,8 Prozent.\n- Jungheinrich: Auftragseingang -6,2 Prozent.", "de")
    assert ("Aixtron", Decimal("7.8")) not in moves
    assert ("Jungheinrich", Decimal("-6.2")) not in moves


def test_unsigned_line_keeps_no_list_reading(extractor: Extractor) -> None:
    moves = helpers.report_moves(
        extractor, "Die größten Bewegungen in der zweiten Reihe:\n- Aixtron: 7,8 Prozent Marge.", "de")
    assert ("Aixtron", Decimal("7.8")) not in moves


def test_index_named_with_its_exchange_is_the_index(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Micron Technology shares rose 8% on Thursday. The stock had gained "
                    "94% this year, outpacing the 41% gain of the Philadelphia Stock Exchange "
                    "Semiconductor Index.", lang="en", headline="Chips")
    labels = {e.label for e in x.entities}
    assert "Philadelphia Semiconductor Index" in labels and "Nasdaq PHLX" not in labels
    moves = helpers.metric_facts(x, "StockPriceChange")
    assert ("Philadelphia Semiconductor Index", Decimal("41")) in moves
    assert ("Micron Technology", Decimal("41")) not in moves


def test_uncatalogued_index_with_an_exchange_name_is_nobody(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Micron Technology shares rose 8% on Thursday, while the Philadelphia "
                    "Stock Exchange Widget Index fell 12%.", lang="en", headline="Chips")
    assert "Nasdaq PHLX" not in {e.label for e in x.entities}
    assert all(value != Decimal("-12") for _, value in helpers.metric_facts(x, "StockPriceChange"))


def test_exchange_before_other_capitalised_words_stays_the_exchange(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Micron Technology listed its shares on the Philadelphia Stock Exchange "
                    "in 1990 and moved them to the Philadelphia Stock Exchange Tuesday.",
                    lang="en", headline="Chips")
    assert "Nasdaq PHLX" in {e.label for e in x.entities}


def test_sales_with_a_product_after_its_kind_are_the_products(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Bayer meldete Zahlen. Der Umsatz mit dem Prostatakrebsmittel Nubeqa "
                    "kletterte im Quartal um 48 Prozent auf 701 Millionen Euro.", headline="Pharma")
    assert helpers.metric_facts(x, "Revenue") == {("Nubeqa", Decimal("701000000"))}
    assert helpers.metric_facts(x, "RevenueGrowth") == {("Nubeqa", Decimal("48"))}


def test_sales_with_a_bare_product_are_not_the_makers(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Bayer meldete Zahlen. Der Umsatz mit Nubeqa kletterte im Quartal "
                    "um 48 Prozent auf 701 Millionen Euro.", headline="Pharma")
    assert helpers.metric_facts(x, "Revenue") == {("Nubeqa", Decimal("701000000"))}


def test_sales_with_products_such_as_one_are_not_that_ones(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Bayer meldete Zahlen. Der Umsatz mit Medikamenten wie Nubeqa "
                    "kletterte im Quartal um 48 Prozent auf 701 Millionen Euro.", headline="Pharma")
    assert ("Nubeqa", Decimal("701000000")) not in helpers.metric_facts(x, "Revenue")


def test_amount_earned_with_a_product_stays_the_makers(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Bayer meldete Zahlen. Mit Nubeqa erzielte Bayer einen Umsatz von "
                    "701 Millionen Euro.", headline="Pharma")
    assert helpers.metric_facts(x, "Revenue") == {("Bayer", Decimal("701000000"))}
