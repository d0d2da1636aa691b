"""Families of construction that hold in any article, on sentences written for
these tests, each with a look-alike that must keep its reading:

* a business named only generically as the clause's subject ("Das
  Diagnostikgeschäft blieb mit einer Marge von 7,9 Prozent") is an unnamed
  unit, whose figure the company named a sentence before does not take; so
  is a line of business told by what it sells ("Der Umsatz mit
  Cloud-Infrastruktur");
* "the maker of" a catalogued product is that product's developer, and the
  products after "maker of" own none of the clause's figures;
* a relative clause with no number and no name is an aside of its clause
  ("Organic sales, which strip out currency swings, rose 3.6%"), and a
  metric word inside a closed relative clause keeps no later number from
  its own metric ("X, which has 510 million subscribers, posted a 17% jump
  in net profit");
* volume and price, the parts of organic growth, are no revenue growth;
* a catalogued alias that a discovered name covers whole stays the
  catalogue's company ("Reliance Retail Ventures"), and the first word of a
  parent's name, which its units share, names the parent.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _owners(x: Extraction, value: str) -> set[str]:
    """Who the figures of ``value`` are about."""
    return {f.about for f in x.figures if f.value == Decimal(value)}


def _metrics(x: Extraction, value: str) -> set[str]:
    """The metrics read for ``value``."""
    return {f.metric for f in x.figures if f.value == Decimal(value)}


def test_generic_business_as_subject_is_no_named_subsidiary(extractor: Extractor) -> None:
    x = run(extractor, "Die Tochter Varian Medical Systems steigerte ihre Marge auf 18,2 Prozent. "
            "Das Diagnostikgeschäft blieb mit einer Marge von 7,9 Prozent schwach.",
            lang="de", headline="Siemens Healthineers legt Zahlen vor")
    assert "Varian Medical Systems" in _owners(x, "18.2")
    assert "Varian Medical Systems" not in _owners(x, "7.9")


def test_business_after_a_preposition_leaves_the_company_its_figure(extractor: Extractor) -> None:
    """Look-alike: "für das Auslandsgeschäft" is what the named company spends on."""
    x = run(extractor, "Für das Auslandsgeschäft plant Meituan Investitionen von rund 1 Milliarde "
            "US-Dollar.", lang="de", headline="Meituan wächst langsamer")
    assert ("Meituan", "Investment", Decimal("1000000000"), "USD") in figure_facts(x)


def test_maker_of_a_product_owns_the_outlook(extractor: Extractor) -> None:
    x = run(extractor, "Nestle sold a pasta brand to a rival. The Vevey-based maker of KitKat bars "
            "and Purina pet food confirmed its outlook for organic sales growth of around 3.5%.",
            lang="en", headline="Nestle confirms outlook")
    assert _owners(x, "3.5") == {"Nestlé"}


def test_a_product_that_opens_the_clause_keeps_its_figure(extractor: Extractor) -> None:
    """Look-alike: no "maker of" before the product, which is the clause's subject."""
    x = run(extractor, "Nestle reported results on Wednesday. Purina sales rose 4.5% in the "
            "quarter.", lang="en", headline="Nestle results")
    assert "Purina" in _owners(x, "4.5")


def test_relative_aside_without_numbers_or_names_keeps_the_metric(extractor: Extractor) -> None:
    x = run(extractor, "Nestle reported results on Wednesday. Organic sales, which strip out "
            "currency swings and acquisitions, rose 3.6% in the period.",
            lang="en", headline="Nestle results")
    assert ("Nestlé", "RevenueGrowth", Decimal("3.6"), "Percent") in figure_facts(x)


def test_relative_clause_with_a_name_still_closes_the_clause(extractor: Extractor) -> None:
    """Look-alike: a relative clause naming products is no aside; the products
    it lists own nothing of the number after it."""
    x = run(extractor, "Apple reported results on Thursday. iPhone revenue grew 11% to $51.3 "
            "billion. Services revenue, which includes the App Store and iCloud, increased "
            "14% to $28.8 billion.", lang="en", headline="Apple results")
    assert "iPhone" not in _owners(x, "28.8") | _owners(x, "28800000000")


def test_volume_and_price_are_no_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "Nestle reported results on Wednesday. Real internal growth, the "
            "measure of volumes, was 1.1%, while pricing contributed 2.5%.",
            lang="en", headline="Nestle results")
    assert _metrics(x, "1.1") == {"Other"}
    assert _metrics(x, "2.5") == {"Other"}


def test_organic_growth_stays_revenue_growth(extractor: Extractor) -> None:
    """Look-alike: organic growth itself is the revenue growth."""
    x = run(extractor, "Nestle reported results on Wednesday. Organic growth was 3.6% in the "
            "period.", lang="en", headline="Nestle results")
    assert _metrics(x, "3.6") == {"RevenueGrowth"}


def test_catalogued_alias_with_a_fund_ending_stays_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Reliance Industries reported results on Friday. Reliance Retail "
            "Ventures grew revenue 12% to 881 billion rupees. Reliance shares closed 1.2% "
            "higher.", lang="en", headline="Reliance Industries results")
    assert {e.label: e.type for e in x.entities}.get("Reliance Retail") == "Company"
    assert "Reliance Retail Ventures" not in {e.label for e in x.entities}
    assert "Reliance Retail" in _owners(x, "12")
    assert _owners(x, "1.2") == {"Reliance Industries"}


def test_uncatalogued_fund_ending_is_still_a_fund(extractor: Extractor) -> None:
    """Look-alike: a fund name the catalogue does not know stays a financial institution."""
    x = run(extractor, "The round was led by Index Ventures and Balderton Capital, the "
            "startup said.", lang="en", headline="Startup raises money")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds.get("Index Ventures") == "FinancialInstitution"


def test_metric_word_in_a_relative_aside_blocks_no_change(extractor: Extractor) -> None:
    """"X, which has 510 million subscribers, posted a 17% jump in net profit": the
    subscribers, said in the relative clause, do not keep the change from its profit."""
    x = run(extractor, "Reliance Industries reported results. Jio Platforms, which has 510 "
            "million subscribers, posted a 17% jump in net profit to 78.9 billion rupees.",
            lang="en", headline="Reliance Industries results")
    assert ("Jio Platforms", "ProfitGrowth", Decimal("17"), "Percent") in figure_facts(x)


def test_metric_word_of_the_main_clause_still_blocks(extractor: Extractor) -> None:
    """Look-alike: a dividend raised by a percentage, after a relative clause, is still
    no growth of revenue or profit."""
    x = run(extractor, "Nestle reported results. Nestle, which sells coffee, raised its "
            "dividend by 4%.", lang="en", headline="Nestle results")
    assert not _metrics(x, "4") & {"RevenueGrowth", "ProfitGrowth"}



def test_line_of_business_told_by_what_it_sells_is_an_unnamed_unit(extractor: Extractor) -> None:
    """"Der Umsatz mit Cloud-Infrastruktur": revenue of a line of business, not the group's."""
    x = run(extractor, "Oracle hat Zahlen vorgelegt. Der Umsatz mit Cloud-Infrastruktur soll im "
            "Gesamtjahr um mehr als 70 Prozent steigen.", lang="de", headline="Oracle legt zu")
    assert "Oracle" not in _owners(x, "70")


def test_revenue_of_the_company_itself_stays_its_own(extractor: Extractor) -> None:
    """Look-alike: "Der Umsatz stieg … mit" is the company's revenue; "mit" follows the verb."""
    x = run(extractor, "Oracle hat Zahlen vorgelegt. Der Umsatz stieg um 14 Prozent, mit "
            "starkem Wachstum in der Cloud.", lang="de", headline="Oracle legt zu")
    assert ("Oracle", "RevenueGrowth", Decimal("14"), "Percent") in figure_facts(x)
