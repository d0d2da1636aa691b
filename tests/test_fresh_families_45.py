"""Rule families, on sentences written for the test: "Experten der Bank X"
and "X-Experten" name the house's analysts, as "Analysten der Bank X" do, so the house is
never what their figures are about; a house first named in a sentence of an article about
other companies forecasts for the company the passage speaks of, not its own business; an
analyst's sentence after one in which a house opens and names a single company it judges
speaks of that company; the house of analysts who speak of a
rivalry takes no part in it.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- "Experten der Bank X": the house's analysts ------------------------------------------


def test_experts_of_a_bank_give_it_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Am Dienstag legt Infineon Zahlen vor. Die Experten der Citigroup "
                       "erwarten eine Marge von 19,2 Prozent.", headline="Wochenausblick")
    assert not any(about == "Citigroup" for about, *_ in figure_facts(x))


def test_bank_expecting_its_own_profit_keeps_it(extractor: Extractor) -> None:
    # look-alike: no experts, the bank alone in its sentence speaks of itself
    x = run(extractor, "Die Commerzbank rechnet für das Gesamtjahr mit einem Gewinn von "
                       "3 Milliarden Euro.", headline="Commerzbank hebt Prognose")
    assert ("Commerzbank", "Profit", Decimal("3000000000"), "EUR") in figure_facts(x)


# --- a house first named in an article about others -----------------------------------------


def test_house_named_in_passing_forecasts_for_the_passage_company(extractor: Extractor) -> None:
    x = run(extractor, "Den Auftakt macht am Dienstag Infineon. Am Donnerstag folgt Siemens. "
                       "Morgan Stanley rechnet für das neue Geschäftsjahr mit einem Umsatzplus "
                       "von 6 Prozent.", headline="Wochenausblick")
    facts = figure_facts(x)
    assert ("Morgan Stanley", "RevenueGrowth", Decimal("6"), "Percent") not in facts
    found = [f for f in x.figures if f.metric == "RevenueGrowth" and f.value == Decimal("6")]
    assert [(f.about, f.estimated_by) for f in found] == [("Siemens", "Morgan Stanley")]


def test_house_the_article_named_before_keeps_its_outlook(extractor: Extractor) -> None:
    # look-alike: the bank was named before, the article is about it
    x = run(extractor, "Die Deutsche Bank hat im Quartal mehr verdient als erwartet. Die "
                       "Deutsche Bank rechnet für das Gesamtjahr mit einem Gewinn von "
                       "5 Milliarden Euro.", headline="Deutsche Bank: Gewinnsprung")
    assert ("Deutsche Bank", "Profit", Decimal("5000000000"), "EUR") in figure_facts(x)


def test_lone_bank_sentence_keeps_its_outlook(extractor: Extractor) -> None:
    # look-alike: no other company before, nothing else the bank could speak of
    x = run(extractor, "Die Deutsche Bank rechnet für das Gesamtjahr mit einem Gewinn von "
                       "5 Milliarden Euro.")
    assert ("Deutsche Bank", "Profit", Decimal("5000000000"), "EUR") in figure_facts(x)


# --- the analyst's sentence after a house judged one company -------------------------------


def test_analyst_after_house_judging_a_company_speaks_of_it(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies senkt Zalando auf 'Hold'. Bei Zalando sieht der Broker "
                       "mehr Wettbewerb. Die Privatbank Berenberg traut dem "
                       "Sportartikelhersteller Adidas wieder Wachstum zu. Analystin Anna Roth "
                       "erwartet für 2027 einen Umsatzanstieg um 9 Prozent.",
            headline="Analysten-Einstufungen")
    facts = figure_facts(x)
    assert ("Adidas", "RevenueGrowth", Decimal("9"), "Percent") in facts
    assert ("Zalando", "RevenueGrowth", Decimal("9"), "Percent") not in facts


def test_house_naming_two_companies_leaves_the_analyst_unplaced(extractor: Extractor) -> None:
    # look-alike: the house compares two companies; the analyst's figure is no one's for sure
    x = run(extractor, "Jefferies senkt Zalando auf 'Hold'. Bei Zalando sieht der Broker "
                       "mehr Wettbewerb. Die Privatbank Berenberg traut Adidas mehr zu als "
                       "Nike. Analystin Anna Roth erwartet für 2027 einen Umsatzanstieg um "
                       "9 Prozent.", headline="Analysten-Einstufungen")
    facts = figure_facts(x)
    assert ("Adidas", "RevenueGrowth", Decimal("9"), "Percent") not in facts
    assert ("Nike", "RevenueGrowth", Decimal("9"), "Percent") not in facts


def test_next_house_line_is_not_the_company_of_the_line_before(extractor: Extractor) -> None:
    # look-alike: a round-up's next line names its own house (its company, in capitals, not
    # recognised); its amounts are not those of the company the line before rated
    x = run(extractor, "Folgende Einstufungen lagen vor:\nBESTÄTIGUNGEN:\n"
                       "- BERENBERG BELÄSST ADIDAS AUF 'BUY' - ZIEL 250 EUR\n"
                       "- DZ BANK SENKT FAIREN WERT FÜR RATIONAL AUF 710 (760) EUR - 'HALTEN'",
            headline="ÜBERBLICK/Analysten-Einstufungen")
    facts = figure_facts(x)
    assert ("Adidas", "PriceTarget", Decimal("250"), "EUR") in facts
    assert not any(about == "Adidas" and value in (Decimal("710"), Decimal("760"))
                   for about, _, value, _ in facts)


# --- the analysts' house is no rival ---------------------------------------------------------


def test_analysts_house_is_no_party_to_the_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies senkt Zalando auf 'Hold'. Bei Zalando sieht "
                       "Jefferies-Analyst Tom Berg den Wettbewerb mit Shein unterschätzt.",
            headline="Analysten-Einstufungen")
    rels = triples(x)
    assert ("Jefferies", "competitorOf", "Shein") not in rels
    assert ("Shein", "competitorOf", "Jefferies") not in rels


def test_bank_itself_in_competition_stays_a_rival(extractor: Extractor) -> None:
    # look-alike: no analysts, the bank speaks of its own competition
    x = run(extractor, "Die Deutsche Bank sieht den Wettbewerb mit der Commerzbank verschärft.",
            headline="Banken")
    rels = triples(x)
    assert ("Deutsche Bank", "competitorOf", "Commerzbank") in rels \
        or ("Commerzbank", "competitorOf", "Deutsche Bank") in rels
