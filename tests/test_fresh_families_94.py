"""German analyst roundups on DAX and MDAX stocks, on families of construction that hold in
any article, on sentences written for these tests (catalogued companies, invented figures
and analysts): a bank fronted in the sentence that names a house after it ("Zur Deutschen
Bank äußern sich die Analysten von Kepler Cheuvreux. Sie nehmen die Aktie mit 'Reduce' auf")
is what the house's rating, target and coverage in the next sentence are on, not the
article's company; "verringert" tells a decline ("die Auslieferungen um 14 Prozent
verringert" is -14); "bei" before an exchange names the trading venue ("verliert bei
Tradegate 0,9 Prozent"), so the move is read and the listing found; "Lokalrivale" is a rival
noun ("Beim Lokalrivalen Puma"); names after a German rival noun ("schneller als die
Konkurrenten X und Y") are the foil of the passage's company, so a rating of the next
sentence that names no company is on that one. Each with a look-alike that keeps its other
reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a bank fronted in the house's sentence --------------------------------------------

_BANKS = "Commerzbank-Aktie: Barclays hebt Ziel"


def test_bank_fronted_before_the_house_is_what_its_next_rating_is_on(extractor: Extractor) -> None:
    x = run(extractor, "Barclays bestätigt die Commerzbank-Aktie mit „Overweight“. Zur Deutschen Bank "
            "äußern sich heute die Analysten von Kepler Cheuvreux. Sie nehmen die Aktie mit „Reduce“ "
            "und einem Kursziel von 24 Euro in die Coverage auf.", headline=_BANKS)
    assert {(r.by, r.about, r.rating) for r in x.ratings if r.by == "Kepler Cheuvreux"} \
        == {("Kepler Cheuvreux", "Deutsche Bank", "Reduce")}
    assert ("Kepler Cheuvreux", "covers", "Commerzbank") not in triples(x)
    assert {(f.about, f.value) for f in x.figures if f.metric == "PriceTarget"} == {("Deutsche Bank", 24)}


def test_bank_fronted_with_fuer_the_same(extractor: Extractor) -> None:
    x = run(extractor, "Barclays bestätigt die Commerzbank-Aktie mit „Overweight“. Für die Deutsche Bank "
            "sind die Analysten von Kepler Cheuvreux skeptischer. Sie nehmen die Aktie mit „Reduce“ "
            "in die Coverage auf.", headline=_BANKS)
    assert ("Kepler Cheuvreux", "covers", "Deutsche Bank") in triples(x)
    assert ("Kepler Cheuvreux", "covers", "Commerzbank") not in triples(x)


def test_house_sentence_without_a_fronted_bank_keeps_the_articles_company(extractor: Extractor) -> None:
    """Look-alike: the house's sentence names no bank before it; the article's bank is rated."""
    x = run(extractor, "Barclays bestätigt die Commerzbank-Aktie mit „Overweight“. Auch die Analysten "
            "von Kepler Cheuvreux äußern sich heute. Sie nehmen die Aktie mit „Reduce“ in die "
            "Coverage auf.", headline=_BANKS)
    assert ("Kepler Cheuvreux", "Commerzbank", "Reduce") in {(r.by, r.about, r.rating) for r in x.ratings}


# --- "verringert" as a decline -----------------------------------------------------------


def test_verringert_is_a_decline(extractor: Extractor) -> None:
    x = run(extractor, "Mercedes-Benz hat seine Auslieferungen im November um 14 Prozent verringert.",
            headline="Mercedes-Benz: Absatz")
    assert metric_facts(x, "Other") == {("Mercedes-Benz Group", -14)}


def test_erhoeht_stays_a_rise(extractor: Extractor) -> None:
    """Look-alike: the same sentence with a verb of rising keeps the positive value."""
    x = run(extractor, "Mercedes-Benz hat seine Auslieferungen im November um 14 Prozent erhöht.",
            headline="Mercedes-Benz: Absatz")
    assert metric_facts(x, "Other") == {("Mercedes-Benz Group", 14)}


# --- "bei" before an exchange -------------------------------------------------------------


def test_move_told_bei_an_exchange_is_read_and_lists_the_share(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie der Deutschen Bank verliert bei Tradegate 0,9 Prozent auf 27,18 Euro.")
    assert metric_facts(x, "StockPriceChange") == {("Deutsche Bank", Decimal("-0.9"))}
    assert ("Deutsche Bank", "listedOn", "Tradegate") in triples(x)


def test_bei_the_exchange_operator_is_no_venue(extractor: Extractor) -> None:
    """Look-alike: "bei der" before the operator's name speaks of the company, not of trading."""
    x = run(extractor, "Der Umsatz bei der Deutschen Börse stieg im Quartal um 5 Prozent.")
    assert not [t for t in triples(x) if t[1] == "listedOn"]
    assert metric_facts(x, "RevenueGrowth") == {("Deutsche Börse", 5)}


# --- "Lokalrivale" --------------------------------------------------------------------------


def test_lokalrivale_is_a_rival_noun(extractor: Extractor) -> None:
    x = run(extractor, "Bernstein bestätigt für Adidas das Urteil „Outperform“. Beim Lokalrivalen Puma "
            "ist Bernstein vorsichtiger.", headline="Adidas: Bernstein bleibt positiv")
    assert ("Adidas", "competitorOf", "Puma SE") in triples(x) | {(o, p, s) for s, p, o in triples(x)}


def test_a_customer_noun_is_no_rival(extractor: Extractor) -> None:
    """Look-alike: a customer noun in the same place names no rival."""
    x = run(extractor, "Bernstein bestätigt für Adidas das Urteil „Outperform“. Beim Großkunden Zalando "
            "ist Bernstein vorsichtiger.", headline="Adidas: Bernstein bleibt positiv")
    assert not [t for t in triples(x) if t[1] == "competitorOf"]


# --- names after a German rival noun are the foil --------------------------------------------

_ROUNDUP = "Chemiewerte: Kepler Cheuvreux überprüft Einstufungen"
_LANXESS = ("Die Experten von Kepler Cheuvreux haben ihre Einschätzungen für Lanxess, Aurubis und "
            "Symrise überarbeitet. Analyst Jannik Oberholzer senkte Lanxess von „Buy“ auf „Hold“. ")


def test_rating_naming_no_company_after_rivals_is_the_passages(extractor: Extractor) -> None:
    x = run(extractor, _LANXESS + "Symrise sei in den ersten neun Monaten schneller gewachsen als die "
            "Konkurrenten Givaudan und International Flavors & Fragrances, schrieb Oberholzer. "
            "Metzler-Analystin Hanna Wieland bestätigte ihre Einstufung „Buy“ mit einem Kursziel von "
            "112 Euro.", headline=_ROUNDUP)
    assert ("Metzler", "Symrise", "Buy") in {(r.by, r.about, r.rating) for r in x.ratings}
    assert metric_facts(x, "PriceTarget") == {("Symrise", 112)}


def test_rating_after_two_companies_named_side_by_side_stays_unplaced(extractor: Extractor) -> None:
    """Look-alike: the sentence before names two companies that are no rivals of one another;
    which one the rating is on is unclear, so it is given to neither."""
    x = run(extractor, _LANXESS + "Symrise und Givaudan seien in den ersten neun Monaten schneller "
            "gewachsen, schrieb Oberholzer. Metzler-Analystin Hanna Wieland bestätigte ihre Einstufung "
            "„Buy“ mit einem Kursziel von 112 Euro.", headline=_ROUNDUP)
    assert not [r for r in x.ratings if r.by == "Metzler"]
