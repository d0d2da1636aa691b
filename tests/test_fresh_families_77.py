"""Analyst round-ups and rating changes across several companies, on families of
construction that hold in any article, on sentences written for these tests
(catalogued companies and houses, invented figures and one invented company): a news
flash's headline retold as its first note's title states each fact once; a house's call
on a sector named by a plural ("für Europas Banken") rates no company; the compiler of
an analyst count ("die finanzen.net erfasst", "according to LSEG data") is no subject of
the consensus target after it, and a count of analysts who "rate the stock 'buy'" is no
house's rating; a rival named in a house's target clause ("senkte Berenberg das Kursziel
für den Konkurrenten X", "lowered its target on rival X") is the rival of the company the
text is about, not of the house; a name of two capitalised words after "initiated coverage
of" is a company the catalogue may lack; a web address opening a credit
("Investing.com --") is no word of investing. Each with a look-alike that keeps its other
reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rating_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def targets(x: Extraction, about: str) -> list[tuple[Decimal | None, str | None]]:
    """Every price target of ``about`` with its house, duplicates kept."""
    return [(f.value, f.estimated_by) for f in x.figures if f.about == about and f.metric == "PriceTarget"]


# --- a news flash's headline retold as its first note's title -------------------------

_FLASH = ("Barclays hebt Ziel für Siemens auf 261 Euro - 'Overweight'\n"
          "Die britische Bank Barclays hat das Kursziel für Siemens von 240 auf 261 Euro angehoben. "
          "Die Aufträge der Sparte Digital Industries zögen wieder an, schrieb der Analyst.\n"
          "UBS senkt Ziel für BASF auf 44 Euro - 'Neutral'\n"
          "Die UBS hat das Kursziel für BASF von 47 auf 44 Euro gesenkt. Die Chemienachfrage bleibe schwach.\n"
          "Bernstein hebt Bayer auf 'Outperform' - Ziel 31 Euro\n"
          "Bernstein hat Bayer von 'Market-Perform' auf 'Outperform' hochgestuft und das Ziel auf 31 Euro "
          "angehoben.\n")


def test_headline_retold_as_the_first_title_states_the_target_once(extractor: Extractor) -> None:
    x = run(extractor, _FLASH, headline="Analysen-Flash: Barclays hebt Ziel für Siemens auf 261 Euro - 'Overweight'")
    assert targets(x, "Siemens").count((Decimal(261), "Barclays")) == 1
    assert [r.rating for r in x.ratings if (r.by, r.about) == ("Barclays", "Siemens")] == ["Overweight"]
    assert ("Bernstein", "Bayer", "Outperform") in rating_facts(x)


def test_two_houses_with_the_same_target_keep_both(extractor: Extractor) -> None:
    """Look-alike: the same value set by two houses is two facts."""
    body = _FLASH + ("Jefferies hebt Ziel für Siemens auf 261 Euro - 'Buy'\n"
                     "Auch Jefferies sieht Siemens nun bei 261 Euro.\n")
    x = run(extractor, body, headline="Analysen-Flash: Barclays hebt Ziel für Siemens auf 261 Euro - 'Overweight'")
    assert sorted(by or "" for value, by in targets(x, "Siemens") if value == 261) == ["Barclays", "Jefferies"]


# --- a sector named by a plural ---------------------------------------------------------

def test_call_on_a_plural_sector_rates_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank-Aktie legte um 1,4 Prozent zu. "
                       "Jefferies bleibt für Europas Banken bei 'Overweight'.",
            headline="Commerzbank-Aktie fester")
    assert not any(by == "Jefferies" for by, _, _ in rating_facts(x))
    assert ("Jefferies", "covers", "Commerzbank") not in triples(x)


def test_call_on_the_bank_itself_rates_it(extractor: Extractor) -> None:
    """Look-alike: the bank named as what the house keeps its rating for."""
    x = run(extractor, "Die Commerzbank-Aktie legte um 1,4 Prozent zu. "
                       "Jefferies bleibt für die Commerzbank bei 'Overweight'.",
            headline="Commerzbank-Aktie fester")
    assert ("Jefferies", "Commerzbank", "Overweight") in rating_facts(x)


# --- the compiler of an analyst count ---------------------------------------------------

def test_compiler_of_a_german_count_takes_no_consensus_target(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Heidelberg Materials fiel um 2,3 Prozent. "
                       "Insgesamt raten 11 von 18 Analysten, die finanzen.net erfasst, zum Kauf der Aktie. "
                       "Das durchschnittliche Kursziel liegt bei 233 Euro.",
            headline="Heidelberg Materials unter Druck")
    assert metric_facts(x, "PriceTarget") == {("Heidelberg Materials", Decimal(233))}


def test_count_source_cited_in_english_takes_no_median_target(extractor: Extractor) -> None:
    x = run(extractor, "Morgan Stanley raised its price target on PNC Financial Services to $240. "
                       "PNC shares rose 1.2%. "
                       "Of the 22 analysts covering the bank, 14 rate the stock \"buy\" or higher, "
                       "according to LSEG data. Their median price target is $226.",
            lang="en", headline="PNC shares rise after upgrade")
    assert not any(about == "LSEG" or about.startswith("London Stock") for about, _ in metric_facts(x, "PriceTarget"))
    assert not any(by == "PNC Financial Services" or about == "LSEG" for by, about, _ in rating_facts(x))


def test_count_of_analysts_who_rate_the_stock_is_no_rating(extractor: Extractor) -> None:
    x = run(extractor, "Of the 22 analysts covering PNC Financial Services, 14 rate the stock \"buy\", "
                       "according to LSEG data.",
            lang="en", headline="Bank stocks")
    assert not any(rating == "buy" for _, _, rating in rating_facts(x))


def test_house_that_rates_the_stock_keeps_its_rating(extractor: Extractor) -> None:
    """Look-alike: a named house rating the stock, no count before it."""
    x = run(extractor, "Raymond James rates PNC Financial Services \"strong buy\" with a $250 target.",
            lang="en", headline="Bank stocks")
    assert ("Raymond James", "PNC Financial Services", "strong buy") in rating_facts(x)


# --- a rival named in a house's target clause -------------------------------------------

def test_rival_in_a_german_target_clause_is_the_article_companys(extractor: Extractor) -> None:
    x = run(extractor, "Die Experten von Berenberg stufen Allianz von 'Hold' auf 'Buy' hoch. "
                       "In derselben Studie senkte Berenberg das Kursziel für den Konkurrenten "
                       "Generali auf 39 Euro.",
            headline="Berenberg stuft Allianz hoch")
    assert frozenset({"Allianz", "Generali"}) in rival_pairs(x)
    assert frozenset({"Berenberg", "Generali"}) not in rival_pairs(x)


def test_rival_in_an_english_target_clause_is_the_article_companys(extractor: Extractor) -> None:
    x = run(extractor, "BMO Capital Markets raised its target on Chubb to $320, keeping an outperform rating. "
                       "In the same note, BMO lowered its target on rival Travelers to $270.",
            lang="en", headline="Chubb gains after BMO note")
    assert frozenset({"Chubb", "Travelers Companies"}) in rival_pairs(x)
    assert frozenset({"BMO Capital Markets", "Travelers Companies"}) not in rival_pairs(x)


def test_house_competing_with_a_rival_house_keeps_the_pair(extractor: Extractor) -> None:
    """Look-alike: the house is the subject of a rivalry, not of a target."""
    x = run(extractor, "Die Privatbank Berenberg wirbt um vermögende Kunden und konkurriert dabei mit "
                       "dem Rivalen Metzler.",
            headline="Privatbanken im Wettbewerb")
    assert frozenset({"Berenberg", "Metzler"}) in rival_pairs(x)


# --- a company named after "initiated coverage of" --------------------------------------

def test_name_after_initiated_coverage_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Bank of America initiated coverage of Quendra Microsystems with a buy rating and a "
                       "$36 price target.",
            lang="en", headline="Analyst calls")
    assert next(e.type for e in x.entities if e.label == "Quendra Microsystems") == "Company"
    assert ("Bank of America", "Quendra Microsystems", "buy") in rating_facts(x)
    assert metric_facts(x, "PriceTarget") == {("Quendra Microsystems", Decimal(36))}


def test_single_word_after_initiated_coverage_is_left_to_the_catalogue(extractor: Extractor) -> None:
    """Look-alike: one word there may be a short name; nothing is discovered."""
    x = run(extractor, "Bank of America initiated coverage of Quendra with a buy rating.",
            lang="en", headline="Analyst calls")
    assert "Quendra" not in labels(x)


# --- a web address opening a credit ------------------------------------------------------

def test_web_address_credit_is_no_investment(extractor: Extractor) -> None:
    x = run(extractor, "Investing.com -- Shares of Allianz rose 2.1% to €301.40 on Monday after "
                       "Barclays raised its target.",
            lang="en", headline="Allianz stock rises")
    assert metric_facts(x, "Investment") == set()
    assert ("Allianz", Decimal("301.4")) in metric_facts(x, "SharePrice")


def test_verb_of_investing_keeps_its_investment(extractor: Extractor) -> None:
    """Look-alike: the word of investing itself."""
    x = run(extractor, "Allianz will invest €2.5 billion in data centers.", lang="en",
            headline="Allianz plans")
    assert ("Allianz", Decimal(2500000000)) in metric_facts(x, "Investment")
