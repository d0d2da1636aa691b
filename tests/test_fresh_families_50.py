"""Rule families for German market reports, takeover wires and management news, on sentences
written for the test: a catalogued name opening with a word in capitals ("LEG" of "LEG
Immobilien") is the company's short name once the article prints it in full; a company noun
from a place the catalogue does not seat its antecedent in ("der Hersteller von Dialysetechnik
aus Lübeck") means a company the text leaves unnamed; a second premium joined by "und von" is a
premium too; an offer's valuation of a company the sentence names only by a noun is the
bidder's investment; a figure in a phrase opening the sentence ("Mit einem Umsatz von …") is
the subject's after the verb; a unit named "beim Konkurrenten X" is X's; "Marktbeobachter" is a
title, no word of a name; the "und" of a pair after "zwischen" opens no clause; an acronym after
a rival noun ("dem Rivalen KYB.") is a name, as no noun is printed in capitals.

Companies are real catalogue entries; the facts are invented. Each positive case has a
look-alike beside it that must keep its reading.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, metric_facts, rating_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- a short name in capitals, after the full name ---


def test_a_capital_first_word_is_the_short_name_after_the_full_one(extractor: Extractor) -> None:
    body = ("Vonovia und der Konkurrent LEG Immobilien stehen unter Druck. LEG steigerte den "
            "Umsatz um 4 Prozent. Die Barclays empfiehlt LEG mit \"Overweight\", Vonovia mit "
            "\"Equal Weight\".")
    x = run(extractor, body, headline="Wohnungsaktien im Vergleich")
    assert ("LEG Immobilien", Decimal("4")) in metric_facts(x, "RevenueGrowth")
    assert ("Vonovia", Decimal("4")) not in metric_facts(x, "RevenueGrowth")
    assert ("Barclays", "LEG Immobilien", "Overweight") in rating_facts(x)
    assert ("Barclays", "Vonovia", "Overweight") not in rating_facts(x)


def test_the_capital_word_alone_without_the_full_name_names_no_one(extractor: Extractor) -> None:
    # look-alike: the article never prints the full name, so the word stays unread
    body = "Vonovia steht unter Druck. LEG steigerte den Umsatz um 4 Prozent."
    x = run(extractor, body, headline="Wohnungsaktien im Vergleich")
    assert not any(about == "LEG Immobilien" for about, *_ in figure_facts(x))


# --- a company noun from a place the antecedent is not seated in ---

_MOVES = "Im TecDax stiegen Nordex um 5,1 Prozent. Evotec sanken um 2,6 Prozent. "


def test_a_maker_from_another_city_is_not_the_company_named_before(extractor: Extractor) -> None:
    body = _MOVES + ("Der Hersteller von Dialysetechnik aus Lübeck hatte für 2026 einen Umsatz "
                     "von 312 Millionen Euro in Aussicht gestellt.")
    x = run(extractor, body)
    assert not any(value == Decimal("312000000") for _about, _m, value, _u in figure_facts(x))


def test_a_maker_from_the_antecedent_s_city_is_the_antecedent(extractor: Extractor) -> None:
    # look-alike: the catalogue seats Evotec in Hamburg, the place the noun names
    body = _MOVES + ("Der Wirkstoffforscher aus Hamburg hatte für 2026 einen Umsatz von 812 "
                     "Millionen Euro in Aussicht gestellt.")
    x = run(extractor, body)
    assert ("Evotec", Decimal("812000000")) in metric_facts(x, "Revenue")


# --- an offer: a second premium, and a valuation of a company called by a noun ---

_BID = ("Der schwedische Industriekonzern Atlas Copco will den Gasfederhersteller Stabilus "
        "übernehmen. Atlas Copco biete den Aktionären 52,50 Euro je Aktie in bar. ")


def test_a_second_premium_joined_by_und_von_is_a_premium(extractor: Extractor) -> None:
    body = _BID + ("Das entspreche einem Aufschlag von 38 Prozent auf den Schlusskurs vom Freitag "
                   "und von 45 Prozent auf den Durchschnittskurs der vergangenen drei Monate.")
    x = run(extractor, body)
    assert ("Stabilus", Decimal("45")) in metric_facts(x, "Other")
    assert not any(value == Decimal("45") for _about, value in metric_facts(x, "StockPriceChange"))


def test_a_move_after_a_premium_stays_a_move(extractor: Extractor) -> None:
    # look-alike: a share's move joined to the premium by "und", no second "von … auf den"
    body = _BID + ("Das entspreche einem Aufschlag von 38 Prozent auf den Schlusskurs, und die "
                   "Stabilus-Aktie sprang um 35 Prozent.")
    x = run(extractor, body)
    assert ("Stabilus", Decimal("35")) in metric_facts(x, "StockPriceChange")


def test_an_offer_valuing_a_company_called_by_a_noun_is_the_bidder_s_price(
        extractor: Extractor) -> None:
    body = _BID + "Insgesamt bewertet die Offerte das SDax-Unternehmen mit rund 1,3 Milliarden Euro."
    x = run(extractor, body)
    assert ("Atlas Copco", Decimal("1300000000")) in metric_facts(x, "Investment")
    assert ("Atlas Copco", Decimal("1300000000")) not in metric_facts(x, "MarketCapitalization")


def test_the_bidder_s_own_market_value_stays_its_market_value(extractor: Extractor) -> None:
    # look-alike: the bidder is named before the number of its own valuation
    body = _BID + "Atlas Copco, die Stabilus übernimmt, wird an der Börse mit 70 Milliarden Euro bewertet."
    x = run(extractor, body)
    assert ("Atlas Copco", Decimal("70000000000")) not in metric_facts(x, "Investment")


# --- a figure in a phrase opening the sentence ---

_SHARES = ("Die Jungheinrich-Aktie legte um 4,1 Prozent zu. Die Kion-Aktie gab dagegen um 1,3 "
           "Prozent nach. Die Familien Lange und Wolf halten alle Stammaktien von Jungheinrich. ")


def test_a_fronted_figure_is_the_subject_s_after_the_verb(extractor: Extractor) -> None:
    body = _SHARES + ("Mit einem Umsatz von 5,4 Milliarden Euro und rund 21.000 Beschäftigten ist "
                      "das Unternehmen die Nummer drei der Branche.")
    x = run(extractor, body)
    assert ("Jungheinrich", Decimal("5400000000")) in metric_facts(x, "Revenue")
    assert ("Jungheinrich", Decimal("21000")) in metric_facts(x, "Employees")
    assert ("Kion Group", Decimal("5400000000")) not in metric_facts(x, "Revenue")


def test_mit_einem_after_the_verb_opens_no_fronted_phrase(extractor: Extractor) -> None:
    # look-alike: "mit einem Umsatz" inside the sentence, its subject before it
    body = _SHARES + "Kion rechnet für 2026 mit einem Umsatz von 12 Milliarden Euro."
    x = run(extractor, body)
    assert ("Kion Group", Decimal("12000000000")) in metric_facts(x, "Revenue")
    assert ("Jungheinrich", Decimal("12000000000")) not in metric_facts(x, "Revenue")


# --- a unit at a rival ---


def test_a_unit_named_at_a_rival_is_the_rival_s(extractor: Extractor) -> None:
    body = ("Der Staplerhersteller Jungheinrich bekommt eine neue Chefin. Nadine Aschenbrenner, "
            "bislang Leiterin der Sparte Linde Material Handling beim Konkurrenten Kion Group, "
            "übernimmt im April den Vorsitz.")
    x = run(extractor, body, headline="Jungheinrich holt neue Chefin")
    assert ("Linde Material Handling", "subsidiaryOf", "Kion Group") in triples(x)
    assert ("Linde Material Handling", "subsidiaryOf", "Jungheinrich") not in triples(x)
    assert frozenset(("Linde Material Handling", "Kion Group")) not in rival_pairs(x)


def test_a_unit_before_bei_and_no_company_stays_the_passage_s(extractor: Extractor) -> None:
    # look-alike: "bei" and a noun after the unit's name, no company: the passage's unit
    body = ("Der Staplerhersteller Jungheinrich legte Zahlen vor. Die Sparte Mobile Automation "
            "bei Kunden in Asien wuchs um 8 Prozent.")
    x = run(extractor, body, headline="Jungheinrich wächst")
    units = {s for s, p, o in triples(x) if p == "subsidiaryOf" and o == "Jungheinrich"}
    assert "Mobile Automation" in units


# --- a market watcher's title ---


def test_a_market_watcher_s_title_is_no_word_of_his_name(extractor: Extractor) -> None:
    body = ('"Die Anleger warten ab", sagte Marktbeobachter Jochen Stanzl. "Das dürfte so '
            'bleiben", sagte Marktanalyst Andreas Lipkow.')
    x = run(extractor, body)
    people = {e.label for e in x.entities if e.type == "Person"}
    assert {"Jochen Stanzl", "Andreas Lipkow"} <= people
    assert "Marktbeobachter Jochen Stanzl" not in people


# --- a pair after "zwischen" opens no clause ---


def test_a_pair_of_months_keeps_the_growth_in_its_clause(extractor: Extractor) -> None:
    body = ("Hugo Boss legte Zahlen vor. Der Umsatz stieg zwischen Juli und September um 2 Prozent "
            "auf 1,06 Milliarden Euro.")
    x = run(extractor, body, headline="Modekonzern mit Zahlen")
    assert ("Hugo Boss", Decimal("2")) in metric_facts(x, "RevenueGrowth")
    assert ("Hugo Boss", Decimal("1060000000")) in metric_facts(x, "Revenue")


def test_a_name_after_the_pair_still_opens_a_clause(extractor: Extractor) -> None:
    # look-alike: after the pair, "und" and a company open the next clause with its own move
    body = ("Hugo Boss legte Zahlen vor. Der Umsatz stieg zwischen Juli und September und Adidas "
            "legte an der Börse um 3 Prozent zu.")
    x = run(extractor, body, headline="Modekonzern mit Zahlen")
    assert ("Adidas", Decimal("3")) in metric_facts(x, "StockPriceChange")
    assert ("Hugo Boss", Decimal("3")) not in metric_facts(x, "RevenueGrowth")


# --- an acronym after a rival noun ---


def test_an_acronym_after_a_rival_noun_is_a_rival(extractor: Extractor) -> None:
    body = ("Stabilus hatte einen Umsatz von 1,3 Milliarden Euro. Der Konzern konkurriert mit dem "
            "japanischen Rivalen KYB.")
    x = run(extractor, body, headline="Stabilus im Fokus")
    assert frozenset(("Stabilus", "KYB")) in rival_pairs(x)


def test_a_noun_or_a_short_capital_word_after_a_rival_noun_is_no_name(extractor: Extractor) -> None:
    # look-alikes: a noun of the sentence after the weak noun, and a word of two capitals
    body = ("Stabilus hatte einen Umsatz von 1,3 Milliarden Euro. Der Konzern verkaufte dem "
            "Konkurrenten Anteile. Er konkurriert vor allem mit dem Konkurrenten KI.")
    x = run(extractor, body, headline="Stabilus im Fokus")
    names = {e.label for e in x.entities}
    assert "Anteile" not in names and "KI" not in names
    assert not rival_pairs(x)
