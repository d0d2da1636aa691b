"""German news on US big tech and chip stocks, on families of construction that hold in any
article, on sentences written for these tests (catalogued companies, invented figures and
invented firms): a plain noun of a company's results ("Erlöse", "Umsätze", "Gewinne") after a
firm noun that follows the verb ("erwartet der Traditionskonzern Erlöse zwischen …") is the
verb's object, no firm's name; a maker of another firm's goods ("TSMC fertigt die KI-Chips von
A und B") supplies each firm named after "von", and a second verb joined to that clause ("… und
ist zudem der wichtigste Zulieferer von C") keeps the maker as its subject, not the names of the
goods' owners; a firm that has its goods made at another ("A lässt seine Chips bei X fertigen")
is supplied by it, unless the making is denied, and a reference after "bei" that stands for a
name of the list before it ("Auch A und B lassen bei dem Konzern produzieren") supplies no one;
"Das entspricht einem Plus von 41 Prozent" makes the number the change of the figure the
sentence before told; the revenue a company's contracts secure for later years ("die
vertraglich gesicherten künftigen Umsätze") is a backlog, no revenue of the period; a
share told as "Anteil am Markt für …" is a market share; partners fronted with "Mit" are
read in the perfect too ("Mit X hat Z eine Allianz geschlossen"); the sum a firm took a stake
with is its investment in the perfect too ("hatte sich 2025 mit 5 Milliarden Dollar an Intel
beteiligt").
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a result noun after a firm noun that follows the verb ---------------------------------


def test_result_noun_after_an_inverted_firm_noun_is_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Intel meldete einen Umsatz von 14,1 Milliarden Dollar. Für das vierte "
            "Quartal erwartet der Traditionskonzern Erlöse zwischen 13,3 und 14,3 Milliarden Dollar.",
            headline="Intel: Zahlen")
    assert {e.label for e in x.entities} == {"Intel"}
    assert [(f.about, f.min_value, f.max_value) for f in x.figures if f.period == "Q4"] \
        == [("Intel", Decimal("13300000000"), Decimal("14300000000"))]


def test_unknown_name_after_the_same_firm_noun_stays_a_company(extractor: Extractor) -> None:
    """Look-alike: a name after the firm noun, then the result noun, is the firm."""
    x = run(extractor, "Für das vierte Quartal erwartet der Chipkonzern Nordhalb Erlöse zwischen "
            "1,3 und 1,4 Milliarden Dollar.", headline="Chips")
    assert {e.label for e in x.entities} == {"Nordhalb"}
    assert {f.about for f in x.figures} == {"Nordhalb"}


# --- the maker of another firm's goods ------------------------------------------------------


def test_maker_of_the_chips_of_named_firms_supplies_them(extractor: Extractor) -> None:
    x = run(extractor, "TSMC fertigt die KI-Chips von Nvidia und AMD und ist zudem der wichtigste "
            "Zulieferer von Apple.", headline="Chipfertiger")
    supplies = {(s, o) for s, p, o in triples(x) if p == "supplierOf"}
    assert supplies == {("Taiwan Semiconductor Manufacturing", "Nvidia"),
                        ("Taiwan Semiconductor Manufacturing", "Advanced Micro Devices"),
                        ("Taiwan Semiconductor Manufacturing", "Apple")}


def test_chips_of_a_time_name_no_customer(extractor: Extractor) -> None:
    """Look-alike: "die Chips von morgen" names no firm after "von"; the supplier of the
    second verb is still the maker, not the article's other company."""
    x = run(extractor, "TSMC fertigt die Chips von morgen und ist der wichtigste Zulieferer von "
            "Apple. Nvidia legte zu.", headline="Chipfertiger")
    supplies = {(s, o) for s, p, o in triples(x) if p == "supplierOf"}
    assert supplies == {("Taiwan Semiconductor Manufacturing", "Apple")}


# --- goods made at another firm --------------------------------------------------------------


def test_firm_having_its_chips_made_at_another_is_supplied(extractor: Extractor) -> None:
    x = run(extractor, "Auch Broadcom und Qualcomm lassen bei TSMC fertigen.", headline="Chipfertiger")
    supplies = {(s, o) for s, p, o in triples(x) if p == "supplierOf"}
    assert supplies == {("Taiwan Semiconductor Manufacturing", "Broadcom"),
                        ("Taiwan Semiconductor Manufacturing", "Qualcomm")}
    x = run(extractor, "Apple lässt seine Chips bei TSMC fertigen.", headline="Chipfertiger")
    assert {(s, o) for s, p, o in triples(x) if p == "supplierOf"} \
        == {("Taiwan Semiconductor Manufacturing", "Apple")}


def test_denied_making_supplies_no_one(extractor: Extractor) -> None:
    """Look-alike: the making is denied, before "bei" or after it."""
    for body in ("Apple lässt seine Chips nicht mehr bei Samsung Electronics fertigen.",
                 "Nvidia lässt bei Samsung Electronics künftig keine Chips mehr fertigen."):
        x = run(extractor, body, headline="Chipfertiger")
        assert not [t for t in triples(x) if t[1] == "supplierOf"], body


def test_reference_to_a_listed_name_after_bei_supplies_no_one(extractor: Extractor) -> None:
    """Look-alike: "dem Konzern" after "bei" cannot be one of the firms having goods made."""
    x = run(extractor, "TSMC meldet einen Rekord. Auch Broadcom und Qualcomm lassen bei dem "
            "Konzern produzieren.", headline="Chipfertiger")
    assert ("Qualcomm", "supplierOf", "Broadcom") not in triples(x)
    assert ("Broadcom", "supplierOf", "Qualcomm") not in triples(x)


# --- "Das entspricht einem Plus von …" -----------------------------------------------------------


def test_change_told_by_das_entspricht_is_the_figure_before(extractor: Extractor) -> None:
    x = run(extractor, "Broadcom hat im vierten Quartal einen Umsatz von 19,8 Milliarden Dollar "
            "erzielt. Das entspricht einem Plus von 41 Prozent gegenüber dem Vorjahreszeitraum. "
            "Der Nettogewinn sank auf 2,1 Milliarden Dollar. Dies bedeutet einen Rückgang um 12 "
            "Prozent.", headline="Broadcom: Zahlen")
    assert metric_facts(x, "RevenueGrowth") == {("Broadcom", Decimal("41"))}
    assert metric_facts(x, "ProfitGrowth") == {("Broadcom", Decimal("-12"))}


def test_share_told_by_das_entspricht_is_no_change(extractor: Extractor) -> None:
    """Look-alike: no noun of a change after the verb; the percentage is a share."""
    x = run(extractor, "Broadcom hat im vierten Quartal einen Umsatz von 19,8 Milliarden Dollar "
            "erzielt. Das entspricht 12 Prozent des Branchenumsatzes.", headline="Broadcom: Zahlen")
    assert not metric_facts(x, "RevenueGrowth")


# --- contracted future revenue ------------------------------------------------------------------


def test_contracted_future_revenue_is_no_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Oracle steigerte den Umsatz um 16 Prozent. Die vertraglich gesicherten "
            "künftigen Umsätze kletterten auf 540 Milliarden US-Dollar.", headline="Oracle")
    assert not metric_facts(x, "Revenue")
    assert metric_facts(x, "Other") == {("Oracle", Decimal("540000000000"))}


def test_plain_revenue_of_the_same_shape_stays_revenue(extractor: Extractor) -> None:
    """Look-alike: the revenue noun without the contracts' words is the period's revenue."""
    x = run(extractor, "Oracle steigerte den Umsatz um 16 Prozent. Die Umsätze kletterten auf 54 "
            "Milliarden US-Dollar.", headline="Oracle")
    assert metric_facts(x, "Revenue") == {("Oracle", Decimal("54000000000"))}


# --- "Anteil am Markt" ------------------------------------------------------------------------


def test_share_of_a_market_told_with_anteil_am_markt(extractor: Extractor) -> None:
    x = run(extractor, "Laut Mercury Research hat AMD seinen Anteil am Markt für Server-CPUs im "
            "dritten Quartal auf 41 Prozent gesteigert.", headline="AMD")
    assert metric_facts(x, "MarketShare") == {("Advanced Micro Devices", Decimal("41"))}


def test_share_of_revenue_is_no_market_share(extractor: Extractor) -> None:
    """Look-alike: a share of the revenue, and the compound "Marktwert", are no market."""
    x = run(extractor, "Bei AMD stieg der Anteil am Umsatz auf 41 Prozent, der Anteil am Marktwert "
            "auf 30 Prozent.", headline="AMD")
    assert not metric_facts(x, "MarketShare")


# --- partners fronted with "Mit", in the perfect ------------------------------------------------


def test_partner_fronted_in_the_perfect(extractor: Extractor) -> None:
    x = run(extractor, "Mit Oracle hat Palantir eine Allianz geschlossen, um Software in der Cloud "
            "anzubieten.", headline="Palantir")
    assert ("Palantir Technologies", "partnerOf", "Oracle") in triples(x)


def test_denied_partnership_in_the_perfect_reads_none(extractor: Extractor) -> None:
    """Look-alike: "keine Allianz" in the same frame."""
    x = run(extractor, "Mit Oracle hat Palantir keine Allianz geschlossen.", headline="Palantir")
    assert not [t for t in triples(x) if t[1] == "partnerOf"]


# --- the sum of a stake, in the perfect -------------------------------------------------------


def test_sum_of_a_stake_in_the_perfect_is_an_investment(extractor: Extractor) -> None:
    x = run(extractor, "Intel setzt auf Partner. Nvidia hatte sich 2025 mit 5 Milliarden Dollar an "
            "Intel beteiligt.", headline="Intel")
    assert metric_facts(x, "Investment") == {("Nvidia", Decimal("5000000000"))}


def test_share_of_a_stake_in_the_perfect_is_no_investment(extractor: Extractor) -> None:
    """Look-alike: a percentage after "mit" is the stake's size, no sum put in."""
    x = run(extractor, "Nvidia hat sich mit 5 Prozent an Intel beteiligt.", headline="Intel")
    assert not metric_facts(x, "Investment")
