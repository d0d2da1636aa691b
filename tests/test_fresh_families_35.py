"""Whose rating, share price, unit, stake and growth a German passage tells, on
families of construction that hold in any article, on sentences written for
these tests: a rating whose sentence names no company, told after the
article company's shares and then a peer's, is the article company's; a
currency opening its sentence ("Der Euro notierte bei …") is no company's
share price; a unit named where no company is named most goes to the one
company its passage named last; a stake told in a relative clause after a
name with its short name in brackets ("Y (ABC), an dem X 25 Prozent hält")
is X's stake in Y and no figure of Y's, and the short name in brackets is
Y's in the whole text, not another company the catalogue calls so; a
growth rate that fell "auf" a level is that level, not a decline. Each with
a look-alike where the peer, the index, the most-named company, a second
name or a fall "um" keeps its own reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _ratings(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


# --- a rating after the article company's shares and a peer's ---------------------

_HEADLINE = "Henkel-Aktie: Konsumgüterkonzern hebt Prognose an"
_RESULTS = "Henkel steigerte im dritten Quartal den Umsatz. "
_CALL = "Die Analysten von Berenberg bestätigten ihre Einstufung \"Buy\" mit einem Kursziel von 80 Euro."


def test_rating_after_own_shares_then_a_peers_is_the_articles(extractor: Extractor) -> None:
    x = run(extractor, _RESULTS + "Die Henkel-Aktie gewann 1,5 Prozent auf 70 Euro. Die Papiere "
                                  "von Beiersdorf verloren 0,8 Prozent. " + _CALL,
            headline=_HEADLINE)
    assert ("Berenberg", "Henkel", "Buy") in _ratings(x)
    assert ("Henkel", "PriceTarget", Decimal("80"), "EUR") in figure_facts(x)
    assert not {r for r in _ratings(x) if r[1] == "Beiersdorf"}
    assert ("Berenberg", "covers", "Beiersdorf") not in triples(x)


def test_rating_after_a_peers_shares_alone_stays_the_peers(extractor: Extractor) -> None:
    """Where the passage names only the peer's shares, the rating is the peer's."""
    x = run(extractor, _RESULTS + "Die Papiere von Beiersdorf verloren 0,8 Prozent. " + _CALL,
            headline=_HEADLINE)
    assert ("Berenberg", "Beiersdorf", "Buy") in _ratings(x)
    assert ("Berenberg", "Henkel", "Buy") not in _ratings(x)


# --- a currency opening its sentence ----------------------------------------------

def test_currency_opening_a_sentence_is_no_share_price(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktien von Zalando fielen um 5,2 Prozent. Der Euro notierte bei "
                       "1,1620 US-Dollar.", headline="Dax-Schluss: Zalando schwach")
    facts = figure_facts(x)
    assert ("Zalando", "StockPriceChange", Decimal("-5.2"), "Percent") in facts
    assert not {f for f in facts if f[2] == Decimal("1.162")}


def test_euro_stoxx_opening_a_sentence_keeps_its_move(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktien von Zalando fielen um 5,2 Prozent. Der Euro Stoxx 50 gab um "
                       "0,6 Prozent nach.", headline="Dax-Schluss: Zalando schwach")
    assert ("Euro Stoxx 50", "StockPriceChange", Decimal("-0.6"), "Percent") in figure_facts(x)


# --- a unit where no company is named most ------------------------------------------

_REPORT = "Dax-Schluss: Siemens Energy und Zalando schwach"
_MOVERS = "Siemens Energy verlor 2,9 Prozent. Zalando brach um 5,2 Prozent ein."


def test_unit_in_a_market_report_is_its_passages_company(extractor: Extractor) -> None:
    x = run(extractor, "Gefragt waren die Aktien der DHL Group mit einem Plus von 3,6 Prozent. "
                       "In der Sparte Express stiegen die Sendungen um 4,5 Prozent. " + _MOVERS,
            headline=_REPORT)
    assert ("Express", "subsidiaryOf", "DHL Group") in triples(x)
    assert not {t for t in triples(x) if t[0] == "Express" and t[2] != "DHL Group"}


def test_unit_after_a_passage_naming_two_companies_gets_neither(extractor: Extractor) -> None:
    """The passage names two companies: neither of them is clearly the unit's
    owner, so the passage gives the unit to none of them."""
    x = run(extractor, "Gefragt waren die Aktien der DHL Group und von Lufthansa. In der Sparte "
                       "Express stiegen die Sendungen um 4,5 Prozent. " + _MOVERS,
            headline=_REPORT)
    owners = {t[2] for t in triples(x) if t[0] == "Express" and t[1] == "subsidiaryOf"}
    assert not owners & {"DHL Group", "Lufthansa"}


# --- a stake in a relative clause after a bracketed short name ------------------------

def test_stake_after_bracketed_short_name_is_the_holders(extractor: Extractor) -> None:
    y = run(extractor, "Der Erlös aus dem Verkauf von Aktien des Dialysekonzerns Fresenius Medical "
                       "Care (FMC), an dem Fresenius noch knapp 25 Prozent hält, fließt in den "
                       "Rückkauf. Die FMC-Papiere gaben um 1,3 Prozent nach.",
            headline="Fresenius kauft Aktien zurück")
    assert ("Fresenius", "investsIn", "Fresenius Medical Care") in triples(y)
    facts = figure_facts(y)
    assert not {f for f in facts if f[2] == Decimal("25")}
    assert ("Fresenius Medical Care", "StockPriceChange", Decimal("-1.3"), "Percent") in facts
    assert "FMC" not in labels(y)  # the chemicals maker the catalogue calls so


def test_short_name_in_brackets_that_spells_no_initials_is_left(extractor: Extractor) -> None:
    """A catalogued name in brackets that does not spell the name before it is
    still that other company ("Bayer (BASF)" is no short name of Bayer)."""
    x = run(extractor, "Der Chemiekonzern Bayer (BASF) legte zu.", headline="Chemiewerte")
    assert "BASF" in labels(x)


def test_growth_held_in_the_same_clause_stays_a_growth(extractor: Extractor) -> None:
    """A percentage followed by "hält" only after a comma is no stake."""
    x = run(extractor, "Der Umsatz von Beiersdorf stieg um 5 Prozent, hält aber nicht mit dem "
                       "Markt Schritt.", headline="Beiersdorf wächst")
    assert ("Beiersdorf", "RevenueGrowth", Decimal("5"), "Percent") in figure_facts(x)


# --- a growth rate that fell to a level -----------------------------------------------

def test_growth_rate_fallen_to_a_level_is_that_level(extractor: Extractor) -> None:
    x = run(extractor, "Henkel steigerte den Umsatz. Bei Beiersdorf sank das organische "
                       "Umsatzwachstum auf 1,2 Prozent.", headline=_HEADLINE)
    facts = figure_facts(x)
    assert ("Beiersdorf", "RevenueGrowth", Decimal("1.2"), "Percent") in facts
    assert ("Beiersdorf", "RevenueGrowth", Decimal("-1.2"), "Percent") not in facts


def test_sales_fallen_by_a_percentage_is_a_decline(extractor: Extractor) -> None:
    x = run(extractor, "Henkel steigerte den Umsatz. Der Umsatz von Beiersdorf sank um 1,2 Prozent "
                       "auf 2 Milliarden Euro.", headline=_HEADLINE)
    assert ("Beiersdorf", "RevenueGrowth", Decimal("-1.2"), "Percent") in figure_facts(x)


# --- a city adjective whose stem changes its vowel -------------------------------------

def test_city_adjective_with_changed_vowel_names_the_seat(extractor: Extractor) -> None:
    """The catalogue lists Duderstadt without its adjective: the stem rule reads it."""
    x = run(extractor, "Der Duderstädter Medizintechnikkonzern Ottobock steigerte den Umsatz.",
            headline="Ottobock wächst")
    assert ("Ottobock", "locatedIn", "Duderstadt") in triples(x)


def test_adjective_of_no_catalogued_town_names_no_seat(extractor: Extractor) -> None:
    """The changed stem must give a place the catalogue knows: "Großstädter" names none."""
    x = run(extractor, "Der Großstädter Technologiekonzern Merck KGaA legte zu.",
            headline="Merck KGaA im Blick")
    assert not {t for t in triples(x) if t[0] == "Merck KGaA" and t[1] == "locatedIn"
                and t[2] != "Darmstadt"}


def test_city_adjective_before_a_coordinated_compound_names_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Analysten trauen dem Darmstädter Pharma- und Technologiekonzern Merck "
                       "KGaA mehr zu.", headline="Merck KGaA im Blick")
    assert ("Merck KGaA", "locatedIn", "Darmstadt") in triples(x)


def test_city_adjective_before_a_compound_that_is_no_company_noun(extractor: Extractor) -> None:
    """"die Berliner Luft- und Raumfahrt" is no company noun: the name later on is
    not seated there."""
    x = run(extractor, "Die Berliner Luft- und Raumfahrt tut dem Geschäft von Merck KGaA gut.",
            headline="Merck KGaA im Blick")
    assert ("Merck KGaA", "locatedIn", "Berlin") not in triples(x)
