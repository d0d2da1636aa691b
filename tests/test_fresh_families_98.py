"""German news on European pharma, chemicals and health-care companies, on families of
construction that hold in any article, on sentences written for these tests (catalogued
companies, invented figures and invented people): a sentence opened by "Bei X" turns the
passage to X, and a bare title in the next sentence is X's; the people of a country that name
no company of the article ("Die Dänen wollen … Stellen streichen" after a US rival) give their
clause's facts to no one, unless a house is named near, whose analysts they may be; a verb of
holding before a percentage ("hält noch rund 25 Prozent") tells a stake, no move of the share;
an adjustment between a metric word and "um" ("Das Ergebnis je Aktie vor Sondereinflüssen
werde um 8 bis 12 Prozent zulegen") keeps the change the metric's; a seller standing right
after the auxiliary ("Das Lackgeschäft hatte der Konzern an Y verkauft") is not what was
sold; a coordinated compound of a unit opening the sentence ("Die Pflanzenschutz- und
Saatgutsparte … soll an die Frankfurter Börse") lists the unit, not the company; the
adjectives of Swiss and Austrian cities ("der Basler Konzern") name a seat; "Wettbewerber"
is no advertising word; a sentence's opening "Im Vorjahreszeitraum" and the Börsen-Zeitung's
"(i.V. 15,9)" date a value to the year before; "im Sommerquartal" is the third quarter; a
possessive relative clause after a word no name covers ("Biosimilars, deren Erlöse …") owns
its figures; "am Stammsitz in X" names the seat. Each with a look-alike that keeps its other
reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from helpers import metric_facts, period_of, run, triples

from kg.nlp.extract import Extractor

_PUBLISHED = date(2026, 11, 6)

# --- "Bei X" opens the passage on X --------------------------------------------------------


def test_title_after_a_sentence_opened_by_bei_x_is_of_x(extractor: Extractor) -> None:
    x = run(extractor, "Roche legte dank starker Studiendaten zu. Der Basler Konzern Roche will "
            "das Mittel rasch zur Zulassung bringen. Roche-Chef Thomas Schinecker sprach von "
            "einem Durchbruch.\nBei Novartis belastet dagegen ein Rückschlag: Die FDA verlangt "
            "zusätzliche Daten. Finanzchef Harald Kessler hält an der Prognose fest.",
            headline="Roche-Aktie springt an")
    employers = {(s, o) for s, p, o in triples(x) if p == "worksFor"}
    assert ("Harald Kessler", "Novartis") in employers
    assert ("Harald Kessler", "Roche") not in employers


def test_title_after_a_company_named_inside_the_sentence_stays_the_articles(
        extractor: Extractor) -> None:
    """Look-alike: the sentence before names Novartis only as the object of a verb."""
    x = run(extractor, "Roche legte dank starker Studiendaten zu. Der Basler Konzern Roche will "
            "das Mittel rasch zur Zulassung bringen. Roche-Chef Thomas Schinecker sprach von "
            "einem Durchbruch.\nDie FDA verlangt dagegen von Novartis zusätzliche Daten. "
            "Finanzchef Harald Kessler hält an der Prognose fest.",
            headline="Roche-Aktie springt an")
    employers = {(s, o) for s, p, o in triples(x) if p == "worksFor"}
    assert ("Harald Kessler", "Novartis") not in employers


# --- the people of a country that name no company of the article -------------------------


_LILLY = ("Die Aktie des dänischen Pharmakonzerns Novo Nordisk ist am Donnerstag unter Druck "
          "geraten. Das Unternehmen senkte die Jahresprognose.\nDer US-Rivale Eli Lilly hatte "
          "dagegen erst vor wenigen Wochen seine Ziele angehoben. Dessen Präparat Zepbound kam im"
          " selben Zeitraum auf Erlöse von 4,9 Milliarden Dollar. Die Aktie des Konzerns aus "
          "Indianapolis notiert an der New York Stock Exchange nahe ihrem Rekordhoch.\n„Wir "
          "nehmen den Wettbewerb ernst“, sagte Novo-Chef Lars Holm. Die Dänen wollen zudem "
          "weltweit weitere 2.000 Stellen streichen.\nFür Eli Lilly sieht Morgan Stanley weiteres"
          " Potenzial: Analyst Tom Berg bekräftigte seine Einstufung „Overweight“ und erhöhte das"
          " Kursziel für Eli Lilly auf 1.150 Dollar. Er traut dem Lilly-Hoffnungsträger "
          "Orforglipron Spitzenumsätze von rund 15 Milliarden Dollar zu.")


def test_people_of_a_country_no_company_has_give_their_cut_to_no_one(extractor: Extractor) -> None:
    """The catalogue seats neither company in Denmark: "Die Dänen" is no one we can tell, and
    the cut is not the US rival's, which the article names more often."""
    x = run(extractor, _LILLY, headline="Novo Nordisk-Aktie im Sinkflug")
    assert not [about for about, _ in metric_facts(x, "Employees") if about == "Eli Lilly"]
    assert ("Eli Lilly", Decimal("1150")) in metric_facts(x, "PriceTarget")


def test_people_of_a_country_beside_a_house_keep_the_houses_target(extractor: Extractor) -> None:
    """Look-alike: a house named in the sentence before; its analysts are "die Amerikaner"."""
    x = run(extractor, "Die Aktie von Meituan gewann 4,3 Prozent. Citi sieht das Schlimmste hinter "
            "dem Unternehmen und hob das Papier auf „Buy“. Das Kursziel der Amerikaner liegt bei "
            "135 HK-Dollar.", headline="Meituan gefragt")
    assert ("Meituan", Decimal("135")) in metric_facts(x, "PriceTarget")


# --- a verb of holding before a percentage ------------------------------------------------


def test_share_held_is_no_move_of_the_share(extractor: Extractor) -> None:
    x = run(extractor, "Fresenius hatte zuletzt weitere Aktien von Fresenius Medical Care platziert "
            "und hält noch rund 25 Prozent.", headline="Fresenius hebt die Ziele")
    assert not metric_facts(x, "StockPriceChange")


def test_share_held_in_the_plus_is_a_move(extractor: Extractor) -> None:
    """Look-alike: "hielt sich mit 2 Prozent im Plus" is the share's move."""
    x = run(extractor, "Die Aktie von Fresenius hielt sich mit 2 Prozent im Plus.",
            headline="Fresenius hebt die Ziele")
    assert metric_facts(x, "StockPriceChange") == {("Fresenius", Decimal("2"))}


# --- an adjustment between a metric word and its change -----------------------------------


def test_adjusted_earnings_per_share_growth_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Der Gesundheitskonzern Fresenius traut sich mehr zu. Das Ergebnis je Aktie "
            "vor Sondereinflüssen werde um 8 bis 12 Prozent zulegen, teilte das Unternehmen mit.",
            headline="Fresenius hebt die Ziele")
    assert not [f for f in x.figures if f.metric == "StockPriceChange"]


def test_share_moving_after_results_before_special_items_is_a_move(extractor: Extractor) -> None:
    """Look-alike: no metric word before the adjustment; the share moved."""
    x = run(extractor, "Die Aktie von Fresenius legte nach den Zahlen um 3 Prozent zu.",
            headline="Fresenius hebt die Ziele")
    assert metric_facts(x, "StockPriceChange") == {("Fresenius", Decimal("3"))}


# --- a seller right after the auxiliary of a sale -----------------------------------------


def test_seller_after_the_auxiliary_was_not_bought(extractor: Extractor) -> None:
    x = run(extractor, "Der Chemiekonzern BASF verschärft seinen Sparkurs. Das Lackgeschäft hatte "
            "der Konzern bereits an den Finanzinvestor Carlyle verkauft, für 7,7 Milliarden Euro.",
            headline="BASF streicht Stellen")
    assert not [t for t in triples(x) if t[1] == "acquired"]


def test_unit_named_after_the_seller_was_bought(extractor: Extractor) -> None:
    """Look-alike: the unit sold is named after the seller; the buyer acquired it."""
    x = run(extractor, "Bereits 2017 hatte der Konzern seine Lichttochter Osram an den "
            "Finanzinvestor Carlyle verkauft.", headline="Siemens")
    assert ("Carlyle Group", "acquired", "Osram") in triples(x)


# --- a coordinated unit compound opening a listing sentence -------------------------------


def test_listing_of_a_coordinated_unit_is_not_the_companys(extractor: Extractor) -> None:
    x = run(extractor, "Der Chemiekonzern BASF verschärft seinen Sparkurs. Die Pflanzenschutz- und "
            "Saatgutsparte soll im ersten Halbjahr 2027 an die Frankfurter Börse gebracht werden.",
            headline="BASF streicht Stellen")
    assert ("BASF", "listedOn", "Frankfurt Stock Exchange") not in triples(x)


def test_listing_of_the_companys_share_stays(extractor: Extractor) -> None:
    """Look-alike: the share of the company trades at the exchange."""
    x = run(extractor, "Die Aktie von BASF legte an der Frankfurter Börse um 3 Prozent zu.",
            headline="BASF streicht Stellen")
    assert ("BASF", "listedOn", "Frankfurt Stock Exchange") in triples(x)


# --- Swiss and Austrian city adjectives ----------------------------------------------------


def test_swiss_city_adjective_names_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Der Basler Konzern Roche meldete Studiendaten. Der Wiener Baukonzern Porr AG "
            "meldete Zahlen.", headline="Marktbericht")
    assert {("Roche", "locatedIn", "Basel"), ("Porr AG", "locatedIn", "Vienna")} <= triples(x)


def test_company_named_like_the_adjective_has_no_seat_from_it(extractor: Extractor) -> None:
    """Look-alike: "Basler AG" is a company's name, no seat in Basel."""
    x = run(extractor, "Die Aktie der Basler AG stieg um 3 Prozent.", headline="Marktbericht")
    assert not [t for t in triples(x) if t[1] == "locatedIn" and t[2] == "Basel"]


# --- "Wettbewerber" is no advertising word -------------------------------------------------


def test_rival_noun_before_a_move_leaves_the_move(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von BASF legte im Xetra-Handel um 3,1 Prozent zu. Der Wettbewerber "
            "Lanxess gewann 1,2 Prozent.", headline="BASF streicht Stellen")
    assert ("Lanxess", Decimal("1.2")) in metric_facts(x, "StockPriceChange")


def test_advertising_compound_is_still_a_marketing_budget(extractor: Extractor) -> None:
    """Look-alike: a compound ending in "Werbe…" keeps its metric."""
    x = run(extractor, "Die Fernsehwerbekosten von Beiersdorf stiegen auf 500 Millionen Euro.",
            headline="Beiersdorf")
    assert ("Beiersdorf", Decimal("500000000")) in metric_facts(x, "MarketingBudget")


# --- the year before, told at a sentence's opening or in the Börsen-Zeitung's brackets ----


def test_sentence_opening_prior_period_dates_the_value(extractor: Extractor) -> None:
    x = run(extractor, "Das bereinigte Ebitda von Merck KGaA legte im dritten Quartal um 3 Prozent auf "
            "1,58 Milliarden Euro zu. Im Vorjahreszeitraum hatte Merck 1,53 Milliarden Euro verdient.",
            headline="Merck KGaA", published=_PUBLISHED)
    assert period_of(x, "Profit", "1530000000") == "Q3 2025"
    assert period_of(x, "Profit", "1580000000") == "Q3 2026"


def test_change_against_the_prior_period_is_this_periods(extractor: Extractor) -> None:
    """Look-alike: "gegenüber dem Vorjahreszeitraum" compares; the value is this quarter's."""
    x = run(extractor, "Im dritten Quartal verdiente Merck KGaA 1,58 Milliarden Euro, 3 Prozent mehr "
            "gegenüber dem Vorjahreszeitraum.", headline="Merck KGaA", published=_PUBLISHED)
    assert period_of(x, "Profit", "1580000000") == "Q3 2026"


def test_bracketed_iv_value_is_the_year_befores(extractor: Extractor) -> None:
    x = run(extractor, "Die Tochter Fresenius Kabi steigerte den Umsatz im dritten Quartal um 7 Prozent "
            "auf 2,24 Mrd. Euro, die Ebit-Marge kletterte auf 16,8 (i.V. 15,9) Prozent.",
            headline="Fresenius", published=_PUBLISHED)
    assert period_of(x, "Other", "15.9") == "Q3 2025"
    assert period_of(x, "Other", "16.8") == "Q3 2026"


def test_summer_quarter_is_the_third(extractor: Extractor) -> None:
    x = run(extractor, "Die Agrarsparte Crop Science von Bayer verbuchte im Sommerquartal einen "
            "Umsatzrückgang von 5 Prozent auf 4,1 Milliarden Euro.", headline="Bayer",
            published=_PUBLISHED)
    assert period_of(x, "Revenue", "4100000000") == "Q3 2026"


def test_closing_quarter_stays_the_fourth(extractor: Extractor) -> None:
    """Look-alike: "im Schlussquartal" keeps the fourth quarter."""
    x = run(extractor, "Die Agrarsparte Crop Science von Bayer verbuchte im Schlussquartal einen "
            "Umsatzrückgang von 5 Prozent auf 4,1 Milliarden Euro.", headline="Bayer",
            published=_PUBLISHED)
    assert period_of(x, "Revenue", "4100000000") == "Q4 2026"


# --- a possessive relative clause after a word no name covers -----------------------------


def test_unnamed_antecedent_owns_its_relative_clauses_figures(extractor: Extractor) -> None:
    x = run(extractor, "Fresenius steigerte den Umsatz um 5 Prozent. Besonders gefragt waren "
            "Biosimilars, deren Erlöse um 29 Prozent auf 198 Mill. Euro wuchsen.",
            headline="Fresenius")
    assert ("Fresenius", Decimal("29")) not in metric_facts(x, "RevenueGrowth")
    assert ("Fresenius", Decimal("198000000")) not in metric_facts(x, "Revenue")


def test_named_antecedent_owns_its_relative_clauses_figures(extractor: Extractor) -> None:
    """Look-alike: a name before the pronoun takes the figures."""
    x = run(extractor, "Fresenius steigerte den Umsatz um 5 Prozent. Gefragt war die Tochter Helios, "
            "deren Umsatz um 29 Prozent auf 198 Millionen Euro stieg.", headline="Fresenius")
    assert ("Helios", Decimal("29")) in metric_facts(x, "RevenueGrowth")


# --- "am Stammsitz in X" --------------------------------------------------------------------


def test_head_office_in_a_city_is_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Der Chemiekonzern BASF will am Stammsitz in Ludwigshafen weitere 1.800 "
            "Arbeitsplätze streichen.", headline="BASF streicht Stellen")
    assert ("BASF", "locatedIn", "Ludwigshafen") in triples(x)


def test_plant_in_a_city_is_no_seat(extractor: Extractor) -> None:
    """Look-alike: a plant ("im Werk in X") is no head office."""
    x = run(extractor, "Der Chemiekonzern BASF will im Werk in Schwarzheide weitere 180 "
            "Arbeitsplätze streichen.", headline="BASF streicht Stellen")
    assert not [t for t in triples(x) if t[1] == "locatedIn"]
