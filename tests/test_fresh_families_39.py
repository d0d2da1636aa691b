"""Rule families, on sentences written for the test: a line of an agency's
rating list printed in capitals rates only what it names; units a sentence lists side by side
are siblings, not one the other's; "lieferte … aus" hands goods to customers; the owner named in
"die X-Tochter Y" is not the subject the passage goes on about; a trade noun before an unknown
name and its origin introduces that name; a figure after a sentence comparing two brands is the
group's; the mid-cap index called by its description.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

_LIST = ("Folgende Analysten-Einstufungen lagen vor:\n"
         "- JEFFERIES SENKT SCOUT24 AUF 'HOLD' (BUY) - ZIEL 118 (125) EUR\n"
         "- KEPLER CHEUVREUX SENKT MUSTERWERKE AUF 'REDUCE' (HOLD) - ZIEL 690 (780) EUR\n")

# --- a capitals line of a rating list: an unknown name takes no other line's company ---


def test_list_line_with_an_unknown_name_rates_no_other_company(extractor: Extractor) -> None:
    x = run(extractor, _LIST, headline="Analysten-Einstufungen")
    assert {(r.by, r.about) for r in x.ratings} == {("Jefferies", "Scout24")}
    targets = {(f.about, f.value) for f in x.figures if f.metric == "PriceTarget"}
    assert ("Scout24", Decimal("690")) not in targets
    assert ("Kepler Cheuvreux", "covers", "Scout24") not in triples(x)


def test_list_line_naming_a_known_company_keeps_its_rating(extractor: Extractor) -> None:
    # look-alike: the second line names a company the catalogue knows
    x = run(extractor, _LIST.replace("MUSTERWERKE", "NEMETSCHEK"), headline="Analysten-Einstufungen")
    assert ("Kepler Cheuvreux", "Nemetschek", "REDUCE") in {(r.by, r.about, r.rating) for r in x.ratings}
    assert ("Nemetschek", "PriceTarget", Decimal("690"), "EUR") in figure_facts(x)


# --- units listed side by side are siblings ---


def test_second_unit_of_a_list_is_not_the_firsts(extractor: Extractor) -> None:
    x = run(extractor, "Die Nutzfahrzeugsparte steigerte den Absatz. Die Tochter Scania lieferte "
                       "24.100 Lkw aus, die Tochter MAN Truck & Bus 23.800.", headline="Traton")
    assert ("MAN Truck & Bus", "subsidiaryOf", "Scania") not in triples(x)
    assert ("Scania", "supplierOf", "MAN Truck & Bus") not in triples(x)


def test_unit_after_its_owner_keeps_the_owner(extractor: Extractor) -> None:
    # look-alike: the name before the noun is the company selling its unit
    x = run(extractor, "Siemens verkauft die Tochter Healthineers.", headline="Siemens")
    assert ("Siemens Healthineers", "subsidiaryOf", "Siemens") in triples(x)


def test_supplying_to_a_named_customer_stays_a_supply(extractor: Extractor) -> None:
    # look-alike: "liefert … an" names the one supplied
    x = run(extractor, "Bosch liefert Steuergeräte an BMW.", headline="Bosch")
    assert ("Bosch", "supplierOf", "BMW") in triples(x)


# --- "die X-Tochter Y": Y is the subject the passage goes on about ---


def test_figure_after_an_owned_subsidiary_is_the_subsidiarys(extractor: Extractor) -> None:
    x = run(extractor, "Die Volkswagen-Nutzfahrzeugtochter Traton hat mehr Lastwagen verkauft. "
                       "Der Absatz stieg um 3 Prozent auf 78.400 Fahrzeuge.", headline="Lkw-Absatz")
    facts = figure_facts(x)
    assert ("Traton", "Other", Decimal("78400"), "Count") in facts
    assert not {f for f in facts if f[0] == "Volkswagen"}


def test_figure_after_the_company_itself_stays_its_own(extractor: Extractor) -> None:
    # look-alike: the company opens the sentence itself
    x = run(extractor, "Volkswagen hat mehr Autos verkauft. Der Absatz stieg um 3 Prozent auf "
                       "2,2 Millionen Fahrzeuge.", headline="Autoabsatz")
    assert ("Volkswagen", "Other", Decimal("2200000"), "Count") in figure_facts(x)


# --- a trade noun before an unknown name and its origin introduces that name ---


def test_trade_noun_before_an_unknown_name_refers_to_no_earlier_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Jefferies sieht bei Scout24 kaum Potenzial, der Konkurrent Rightmove sei "
                       "billiger. Die Bewertung des Küchenausrüsters Musterkoch aus Landsberg am "
                       "Lech hält Kepler-Analyst Tobias Reinhardt für überzogen.",
            headline="Analysten")
    covered = {o for s, p, o in triples(x) if s == "Kepler Cheuvreux" and p == "covers"}
    assert not covered & {"Scout24", "Rightmove"}  # the kitchen outfitter itself may be found


def test_trade_noun_with_only_an_origin_still_refers(extractor: Extractor) -> None:
    # look-alike: no name between the noun and the origin
    x = run(extractor, "Dürr legte zu. Der Anlagenbauer aus Bietigheim-Bissingen hob die Prognose. "
                       "Die Bewertung des Anlagenbauers hält Kepler-Analyst Tobias Reinhardt für "
                       "überzogen.", headline="Nebenwerte")
    assert ("Kepler Cheuvreux", "covers", "Dürr") in triples(x)


# --- after two brands compared, a figure is the group's ---


def test_margin_after_two_brands_is_the_groups(extractor: Extractor) -> None:
    x = run(extractor, "Hugo Boss hat den Umsatz gesteigert. Die Kernmarke BOSS steigerte ihren "
                       "Umsatz um 3 Prozent auf 912 Millionen Euro, die Marke HUGO büßte 4 Prozent "
                       "auf 138 Millionen Euro ein. Das Ebit sank um 6 Prozent, die Ebit-Marge lag "
                       "bei 11,5 Prozent.", headline="Hugo Boss")
    margins = {f[0] for f in figure_facts(x) if f[2] == Decimal("11.5")}
    assert margins == {"Hugo Boss"}
    assert ("HUGO", "Revenue", Decimal("138000000"), "EUR") in figure_facts(x)


# --- the mid-cap index by its description ---


def test_index_of_mid_caps_is_the_mdax(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Fraport gewann 5,6 Prozent, während der Index der "
                       "mittelgroßen Werte 0,3 Prozent zulegte.", headline="Fraport")
    facts = figure_facts(x)
    assert ("MDAX", "StockPriceChange", Decimal("0.3"), "Percent") in facts
    assert ("Fraport", "StockPriceChange", Decimal("0.3"), "Percent") not in facts


# --- a city past a colon is no trading venue of the share named before it ---


def test_city_after_a_colon_is_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Fraport meldete mehr Passagiere.",
            headline="Fraport-Aktie vorn: Mehr Fluggäste in Frankfurt und Antalya")
    assert not {o for s, p, o in triples(x) if p == "listedOn"}


def test_city_beside_the_share_move_stays_a_venue(extractor: Extractor) -> None:
    # look-alike: the share and the city stand in one part of the sentence
    x = run(extractor, "Die Aktien von Fraport stiegen in Frankfurt um 3 Prozent.",
            headline="Fraport")
    assert ("Fraport", "listedOn", "Frankfurt Stock Exchange") in triples(x)


# --- a name only as the first part of a compound is neither subject nor judged ---


def test_compound_modifier_is_not_the_rivals_owner(extractor: Extractor) -> None:
    x = run(extractor, "Delivery Hero hob die Prognose an. Treiber bleibt die Tochter Talabat, "
                       "die in Dubai notiert ist. Der Verkauf der Talabat-Anteile "
                       "brachte Geld, schrieb der Analyst. Der Konkurrent Just Eat Takeaway stehe "
                       "unter Druck.", headline="Delivery Hero")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Delivery Hero", "Just Eat Takeaway.com")) in rivals
    assert not {pair for pair in rivals if "Talabat" in pair}


def test_judgement_after_a_compound_covers_no_modifier(extractor: Extractor) -> None:
    x = run(extractor, "Delivery Hero legte zu. Treiber bleibt die Tochter Talabat, die in Dubai "
                       "notiert ist.",
            headline="Delivery Hero: Jefferies sieht nach Talabat-Teilverkauf mehr Luft nach oben")
    assert ("Jefferies", "covers", "Talabat") not in triples(x)
