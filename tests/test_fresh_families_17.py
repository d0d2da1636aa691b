"""Figure and rating families that hold in any article, on sentences written for
these tests (invented companies beside catalogued ones): a key-figure table printed
as lines "Label Wert (Vorjahr)" under a heading with its unit, whose staff row counts
people; earnings per preference share; a share's book value, which is no earnings per
share; an amount "repurchased"; a bank paying its own dividend in a sentence whose
"raised" rates no one; "by X to Y" as a change and the new level, not a range; an
analyst's estimate after a sentence of the house that names the company only by its
trade; a share's move in brackets with the price it moved to; an earlier amount after
"nach" without its currency; shares bought back; an index's move after a share's; a
rating in a market report that names no company. Each with a look-alike where nothing (or something else) may be found."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run

from kg.nlp.extract import Extractor
from kg.nlp.quantities import find_quantities

# --- a key-figure table printed as lines ----------------------------------------------

_TABLE = ("Die Jungheinrich AG legte am Donnerstag Zahlen vor.\n"
          "Kennzahlen (in Mio. Euro, Vorjahr in Klammern):\n"
          "Auftragseingang 1.204 (1.150)\n"
          "Ebit 88 (97)\n"
          "Mitarbeiter 9.870 (9.640)\n"
          "Der Vorstand bleibt zuversichtlich.")


def test_a_label_row_under_a_unit_heading_is_in_that_unit(extractor: Extractor) -> None:
    facts = figure_facts(run(extractor, _TABLE, headline="Jungheinrich: Halbjahr"))
    assert ("Jungheinrich", "Profit", Decimal("88000000"), "EUR") in facts
    assert ("Jungheinrich", "Profit", Decimal("97000000"), "EUR") in facts
    assert ("Jungheinrich", "Other", Decimal("1204000000"), "EUR") in facts


def test_a_staff_row_of_such_a_table_counts_people(extractor: Extractor) -> None:
    """Look-alike: the heading's unit is no unit of a row that counts staff."""
    facts = figure_facts(run(extractor, _TABLE, headline="Jungheinrich: Halbjahr"))
    assert ("Jungheinrich", "Employees", Decimal("9870"), "Count") in facts
    assert not any(value == Decimal("9870000000") for _a, _m, value, _u in facts)


def test_a_line_with_a_verb_is_no_table_row(extractor: Extractor) -> None:
    """Look-alike: a sentence of prose after the heading is read as prose, no row."""
    x = run(extractor, "Die Jungheinrich AG legte Zahlen vor.\n"
                       "Kennzahlen (in Mio. Euro):\n"
                       "Jungheinrich stellte 120 Staplerfahrer ein, nach 80 im Vorjahr.",
            headline="Jungheinrich: Halbjahr")
    assert not any(f.unit == "EUR" and f.value in (Decimal("120000000"), Decimal("80000000"))
                   for f in x.figures)


# --- per-share figures ----------------------------------------------------------------

def test_book_value_per_share_is_no_earnings_per_share(extractor: Extractor) -> None:
    x = run(extractor, "Citigroup reported its results on Tuesday. Tangible book value per share "
                       "came in at $91.20, up from $86.10 a year earlier.",
            lang="en", headline="Citigroup results")
    assert not any(f.metric == "EarningsPerShare" for f in x.figures)


# --- buybacks and a bank's own payout -------------------------------------------------

def test_a_house_raising_a_rating_pays_no_dividend(extractor: Extractor) -> None:
    """Look-alike: a house that raises another company names that company: the
    dividend beside its rating is not the house's."""
    x = run(extractor, "UBS raised Allianz to buy as Allianz raised its dividend to 15 euros "
                       "per share.", lang="en", headline="Allianz upgraded")
    assert not any(f.about == "UBS" for f in x.figures)


# --- "by X to Y" ------------------------------------------------------------------------

def test_by_a_change_to_a_level_is_no_range() -> None:
    (change, level) = find_quantities("lifted its target by $6 to $132", "en")
    assert change.value == Decimal("6") and level.value == Decimal("132")
    (change, level) = find_quantities("raised its dividend by 5 cents to $1.65", "en")
    assert change.value == Decimal("0.05") and level.value == Decimal("1.65")


def test_by_a_range_of_close_ends_stays_a_range() -> None:
    """Look-alike: ends of the same order after "by" are a range."""
    (saving,) = find_quantities("cut costs by $1 billion to $1.5 billion", "en")
    assert saving.min_value == Decimal("1000000000") and saving.max_value == Decimal("1500000000")


# --- an analyst's estimate two sentences after the house's rating ----------------------

def test_an_analysts_estimate_is_of_the_company_the_house_rated_before(extractor: Extractor) -> None:
    x = run(extractor, "Morgan Stanley downgraded Caterpillar to underweight on Tuesday. "
                       "The brokerage cut its price target on the machinery maker to $300. "
                       "Analyst Jane Roe now expects 2027 earnings of $18.40 per share.",
            lang="en", headline="Morgan Stanley turns cautious")
    estimates = [f for f in x.figures if f.metric == "EarningsPerShare"]
    assert [(f.about, f.estimated_by) for f in estimates] == [("Caterpillar", "Morgan Stanley")]


def test_an_analysts_estimate_after_two_rated_companies_is_left(extractor: Extractor) -> None:
    """Look-alike: where the house rated two companies, its analyst's estimate names
    neither, and the house's own outlook it is not."""
    x = run(extractor, "Morgan Stanley downgraded Caterpillar and Deere to underweight. "
                       "The brokerage cut its price targets on both machinery makers. "
                       "Analyst Jane Roe now expects 2027 earnings of $18.40 per share.",
            lang="en", headline="Morgan Stanley turns cautious")
    assert not any(f.about == "Morgan Stanley" for f in x.figures)


# --- ratings ---------------------------------------------------------------------------

def test_sector_weight_in_lower_case_is_a_rating(extractor: Extractor) -> None:
    x = run(extractor, "KeyBanc raised Caterpillar to sector weight from underweight.",
            lang="en", headline="Caterpillar upgraded")
    assert [(r.by, r.about, r.rating.lower(), (r.previous or "").lower()) for r in x.ratings] \
        == [("KeyBanc Capital Markets", "Caterpillar", "sector weight", "underweight")]


def test_a_sector_weight_of_an_index_is_no_rating(extractor: Extractor) -> None:
    """Look-alike: the words in a sentence that rates no one."""
    x = run(extractor, "The sector weight of banks in the S&P 500 rose to 12%.", lang="en",
            headline="Bank stocks")
    assert not x.ratings


_REPORT = ("Die Schweizer Börse schloss fester. Der SMI stieg um 0,4 Prozent.\n"
           "Gesucht waren die Aktien von Geberit, die um 4,6 Prozent kletterten. "
           "Der Umsatz stieg um 3,1 Prozent. Der Reingewinn lag bei 352 Millionen Franken. "
           "Vontobel bestätigte das Rating \"Hold\".\n")


@pytest.mark.parametrize(("between", "expected"), [
    pytest.param("", [("Vontobel", "Geberit", "Hold")], id="the-company-the-passage-named"),
    # look-alike: a sentence between that opens with no determiner may name a company the
    # extractor does not know ("Auch Acmetal (-1,9 Prozent) gaben nach"): which company the
    # rating after it rates is then not clear
    pytest.param("Auch Acmetal (-1,9 Prozent) gaben nach. ", [], id="after-an-unknown-mover"),
])
def test_a_rating_in_a_market_report(extractor: Extractor, between: str,
                                     expected: list[tuple[str, str, str]]) -> None:
    x = run(extractor, _REPORT.replace("Vontobel bestätigte", between + "Vontobel bestätigte"),
            headline="Schweizer Börse: SMI fester")
    assert [(r.by, r.about, r.rating) for r in x.ratings] == expected


@pytest.mark.parametrize(("between", "expected"), [
    pytest.param("", {("Geberit", Decimal("590"))}, id="the-company-the-passage-named"),
    pytest.param("Auch Acmetal (-1,9 Prozent) gaben nach. ", set(), id="after-an-unknown-mover"),
])
def test_a_target_in_a_market_report(extractor: Extractor, between: str,
                                     expected: set[tuple[str, Decimal]]) -> None:
    """The same for a target set with no company named: the passage's, unless a sentence
    between may have named one the extractor does not know."""
    x = run(extractor, _REPORT.replace("Vontobel bestätigte das Rating \"Hold\".",
                                       between + "Vontobel erhöhte das Kursziel auf 590 Franken."),
            headline="Schweizer Börse: SMI fester")
    assert {(f.about, f.value) for f in x.figures if f.metric == "PriceTarget"} == expected


def test_a_rating_after_two_companies_named_together_rates_no_one(extractor: Extractor) -> None:
    """Look-alike: the nearest sentence that names companies names two."""
    x = run(extractor, "Die Schweizer Börse schloss fester. Der SMI stieg um 0,4 Prozent.\n"
                       "Gesucht waren Geberit und Sika. Der Umsatz stieg um 3,1 Prozent. "
                       "Vontobel bestätigte das Rating \"Hold\".",
            headline="Schweizer Börse: SMI fester")
    assert not x.ratings


# --- the earlier value told without its currency ----------------------------------------

def test_an_earlier_count_of_a_noun_after_nach_stays_a_count(extractor: Extractor) -> None:
    """Look-alike: a capitalised noun after the number is what it counts."""
    x = run(extractor, "Geberit setzte 1,63 Milliarden Franken um, nach 1,58 Milliarden Toiletten "
                       "im Vorjahr.", headline="Geberit: Zahlen")
    assert not any(f.value == Decimal("1580000000") and f.unit == "CHF" for f in x.figures)


# --- shares bought back, and an index's move named after the share's ---------------------

def test_shares_outstanding_are_no_buyback(extractor: Extractor) -> None:
    """Look-alike: a count of shares beside a buyback word that does not govern it."""
    x = run(extractor, "Fanuc has 950 million shares outstanding after it bought back stock.",
            lang="en", headline="Fanuc results")
    assert not any(f.metric == "ShareBuyback" for f in x.figures)


def test_an_index_move_after_a_share_s_is_the_index_s(extractor: Extractor) -> None:
    x = run(extractor, "Fanuc shares closed up 3.4% ahead of the announcement, outpacing a 0.6% "
                       "gain in the Nikkei Stock Average.", lang="en", headline="Fanuc results")
    assert {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"} \
        == {("Fanuc", Decimal("3.4")), ("Nikkei 225", Decimal("0.6"))}


def test_a_move_before_a_noun_that_names_no_index_is_left(extractor: Extractor) -> None:
    """Look-alike: the noun after the move names no index."""
    x = run(extractor, "Investors cheered, after a 0.6% gain in the afternoon session.",
            lang="en", headline="Markets")
    assert not x.figures


# --- one figure each, in a sentence written for it ---------------------------------------

FOUND = [
    pytest.param("de", "Sixt: Zahlen", "Das Ergebnis je Vorzugsaktie der Sixt SE lag bei 2,41 Euro.",
                 ("Sixt", "EarningsPerShare", Decimal("2.41"), "EUR"), id="eps-per-preference-share"),
    pytest.param("en", "Citigroup results", "Citigroup reported its results on Tuesday. Tangible book "
                 "value per share came in at $91.20, up from $86.10 a year earlier.",
                 ("Citigroup", "Other", Decimal("91.20"), "USD"), id="book-value-per-share"),
    pytest.param("de", "Allianz", "Der Buchwert je Aktie der Allianz stieg auf 152 Euro.",
                 ("Allianz", "Other", Decimal("152"), "EUR"), id="buchwert-je-aktie"),
    # look-alike: an amount per share with no word of book value is earnings
    pytest.param("en", "Citigroup results", "Citigroup earned $1.86 per share in the quarter.",
                 ("Citigroup", "EarningsPerShare", Decimal("1.86"), "USD"), id="eps-stays"),
    pytest.param("en", "Citigroup results", "Citigroup said it repurchased $4 billion of its shares "
                 "in the quarter.", ("Citigroup", "ShareBuyback", Decimal("4000000000"), "USD"),
                 id="repurchased"),
    pytest.param("en", "Citigroup results", "Citigroup reported higher profit. Citigroup raised its "
                 "quarterly dividend to $0.60 per share.",
                 ("Citigroup", "Dividend", Decimal("0.60"), "USD"), id="bank-s-own-dividend"),
    pytest.param("de", "Geberit: Zahlen", "Geberit steigerte den Umsatz um 3,1 Prozent auf 1,63 "
                 "Milliarden Franken, nach 1,58 Milliarden im Vorjahr.",
                 ("Geberit", "Revenue", Decimal("1580000000"), "CHF"), id="earlier-after-nach"),
    pytest.param("en", "Fanuc results", "Fanuc said it would buy back up to 25 million of its own "
                 "shares.", ("Fanuc", "ShareBuyback", Decimal("25000000"), "Count"),
                 id="shares-to-buy-back"),
    pytest.param("en", "Fanuc results", "Fanuc repurchased 4 million shares in the quarter.",
                 ("Fanuc", "ShareBuyback", Decimal("4000000"), "Count"), id="shares-repurchased"),
    pytest.param("de", "Börse Zürich: SMI fester", "Der SMI stieg um 0,4 Prozent. Deutlich abwärts "
                 "ging es für Sulzer (-3,8 Prozent auf 131,40 Franken).",
                 ("Sulzer", "StockPriceChange", Decimal("-3.8"), "Percent"), id="move-and-price-in-brackets"),
    # look-alike: a metric word opening the bracket names the change, no share's move
    pytest.param("de", "Börse Zürich: SMI fester", "Der SMI stieg um 0,4 Prozent. Sulzer (Umsatz "
                 "-3,8 Prozent auf 1,3 Milliarden Franken) enttäuschte.",
                 ("Sulzer", "RevenueGrowth", Decimal("-3.8"), "Percent"), id="change-named-in-brackets"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "fact"), FOUND)
def test_the_figure_is_found(extractor: Extractor, lang: str, headline: str, body: str,
                             fact: tuple[str, str, Decimal, str]) -> None:
    assert fact in figure_facts(run(extractor, body, lang=lang, headline=headline))


def test_a_close_beside_a_target_is_the_share_s_price(extractor: Extractor) -> None:
    x = run(extractor, "Morgan Stanley cut its price target on Deere to $410, implying about 12% "
                       "downside from Monday's close of $466.20.", lang="en", headline="Deere cut")
    assert {(f.metric, f.value) for f in x.figures if f.metric in ("PriceTarget", "SharePrice")} \
        == {("PriceTarget", Decimal("410")), ("SharePrice", Decimal("466.20"))}


def test_a_price_a_house_expects_is_its_target(extractor: Extractor) -> None:
    """Look-alike: a price the house expects, with no word of a close before it."""
    x = run(extractor, "Morgan Stanley expects Deere shares to reach $520 next year.", lang="en",
            headline="Deere outlook")
    assert ("Deere & Company", "PriceTarget", Decimal("520"), "USD") in figure_facts(x)

