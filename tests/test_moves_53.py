"""Share moves and index levels a market report prints outside its sentences: the index
ticker bar above a closing report ("DAX 24.112,50 (+0,4 %) | TecDAX 3.712,40 (+0,8 %)"),
read only for indexes the report names, and a value told again for a second company."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run

from kg.nlp.extract import Extractor

BAR_DE = ("DAX 23.905,10 (+0,7 %) | MDAX 28.811,40 (-0,2 %) | TecDAX 3.655,90 (+1,1 %) "
          "| Euro 1,1702 USD")


def test_index_bar_gives_levels_and_moves_of_named_indexes(extractor: Extractor) -> None:
    body = (f"{BAR_DE}\n\nDer Dax legte am Dienstag zu. Im TecDax gewannen Nordex 3 Prozent.")
    x = run(extractor, body, "de", headline="Aktien Frankfurt Schluss: Dax fester")
    assert ("DAX", Decimal("23905.10")) in metric_facts(x, "IndexLevel")
    assert ("TecDAX", Decimal("3655.90")) in metric_facts(x, "IndexLevel")
    moves = metric_facts(x, "StockPriceChange")
    assert {("DAX", Decimal("0.7")), ("TecDAX", Decimal("1.1"))} <= moves


def test_index_bar_skips_indexes_the_report_never_names(extractor: Extractor) -> None:
    """The MDax is named only in the bar: its cell is the page's, not the report's; the
    currency cell is no index."""
    body = f"{BAR_DE}\n\nDer Dax legte am Dienstag zu."
    x = run(extractor, body, "de", headline="Aktien Frankfurt Schluss")
    levels = metric_facts(x, "IndexLevel")
    assert not any(about == "MDAX" for about, _ in levels)
    assert not any(value == Decimal("1.1702") for _, value in levels)
    assert not any(about == "MDAX" for about, _ in metric_facts(x, "StockPriceChange"))


def test_lone_cell_is_no_index_bar(extractor: Extractor) -> None:
    """One cell alone with a bar of another kind after it is no ticker bar."""
    body = "DAX 23.905,10 (+0,7 %) | Xetra, 17:35 Uhr\n\nDer Dax legte am Dienstag zu."
    x = run(extractor, body, "de", headline="Aktien Frankfurt Schluss")
    assert ("DAX", Decimal("23905.10")) not in metric_facts(x, "IndexLevel")


def test_value_again_for_second_company(extractor: Extractor) -> None:
    x = run(extractor, "Nokia trades at a price-earnings ratio of 14.1, compared with 12.4 for "
            "Ericsson.", "en", headline="Telecom equipment makers")
    assert metric_facts(x, "ValuationMultiple") == {("Nokia", Decimal("14.1")),
                                                     ("Ericsson", Decimal("12.4"))}
    x = run(extractor, "Nokia proposed a dividend of 0.18 euros against 0.14 euros at Ericsson.",
            "en", headline="Telecom equipment makers")
    assert ("Ericsson", Decimal("0.14")) in metric_facts(x, "Dividend")
    x = run(extractor, "Nokia wird mit einem Kurs-Gewinn-Verhältnis von 14,1 bewertet, gegenüber "
            "12,4 bei Ericsson.", "de", headline="Netzwerkausrüster")
    assert ("Ericsson", Decimal("12.4")) in metric_facts(x, "ValuationMultiple")


def test_value_again_look_alikes(extractor: Extractor) -> None:
    """An earlier value of the same company, a value for no company, a value of a year
    named after the company, and another house's target give the second company nothing."""
    for body in ("Nokia trades at a price-earnings ratio of 14.1, compared with 12.4 a year earlier.",
                 "Nokia trades at a price-earnings ratio of 14.1, compared with 12.4 for the sector. "
                 "Ericsson was not mentioned.",
                 "Nokia proposed a dividend of 0.18 euros against 0.14 euros at Ericsson last year.",
                 "Jefferies set a price target of 30 euros for Nokia, against 25 euros at Ericsson."):
        x = run(extractor, body, "en", headline="Telecom equipment makers")
        assert not any(f.about == "Ericsson" for f in x.figures), body
