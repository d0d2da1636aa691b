"""Analyst round-ups: facts a round-up states beside the company and must not give it, and the
shared and shortened forms of houses' targets and ratings. A sector's gauge named by common nouns
("against a 19% rise for the bank index") moves no company, and its noun refers to none; a
consensus target after a count of the analysts covering a company ("Of the 24 analysts covering
X, … Their median price target is …") is that company's; an index compound in a clause after the
one naming another company ("Die Papiere von X gaben nach, Analysten sehen für den Dax-Konzern …")
makes no member of the article's company. Each with look-alikes that keep their other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rating_facts, run_in, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _targets(x: Extraction) -> set[tuple[str, Decimal | None, str | None]]:
    """Each price target as (about, value, estimatedBy)."""
    return {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}


# --- a sector's gauge in common nouns moves no company ---------------------------------------


def test_sector_gauge_move_is_no_company_move(extractor: Extractor) -> None:
    x = run_in(extractor, "Shares of Citigroup have climbed 31% this year, against a 12% gain for "
               "the bank index.", "en")
    assert metric_facts(x, "StockPriceChange") == {("Citigroup", Decimal("31"))}
    x = run_in(extractor, "Allianz stock rose 4% in May, compared with a 2% rise for the European "
               "insurance sector.", "en")
    assert metric_facts(x, "StockPriceChange") == {("Allianz", Decimal("4"))}


def test_sector_gauge_look_alikes(extractor: Extractor) -> None:
    # a gauge named by its name keeps its move
    x = run_in(extractor, "Shares of Citigroup have climbed 31% this year, against a 12% gain for "
               "the KBW Nasdaq Bank Index.", "en")
    assert ("Citigroup", Decimal("31")) in metric_facts(x, "StockPriceChange")
    assert ("Citigroup", Decimal("12")) not in metric_facts(x, "StockPriceChange")
    # a gain "for" what is no sector's gauge is still the company's
    x = run_in(extractor, "Siemens shares posted a 3% gain for the day.", "en")
    assert metric_facts(x, "StockPriceChange") == {("Siemens", Decimal("3"))}
    # the bank's noun alone still refers back to the bank
    x = run_in(extractor, "Citigroup shares rose 2%. The bank said its profit rose 5% to $4 billion.",
               "en")
    assert ("Citigroup", Decimal("4000000000")) in metric_facts(x, "Profit")


# --- the consensus target after a count of the analysts covering a company ------------------


def test_count_of_covering_analysts_names_the_consensus_company(extractor: Extractor) -> None:
    x = run_in(extractor, "U.S. Bancorp shares fell 2% on Friday. Of the 21 analysts covering "
               "Citigroup, 12 rate the stock \"buy\" or higher. Their median price target is $93.",
               "en")
    assert _targets(x) == {("Citigroup", Decimal("93"), None)}


def test_count_of_covering_analysts_look_alikes(extractor: Extractor) -> None:
    # a share moved after the count is what "its" target is about
    x = run_in(extractor, "Of the 21 analysts covering Citigroup, 12 rate the stock \"buy\". U.S. "
               "Bancorp shares fell 2% on Friday. Its median price target is $55.", "en")
    assert ("Citigroup", Decimal("55"), None) not in _targets(x)
    # a house naming its own company after the count sets its own target, never Citigroup's
    x = run_in(extractor, "Of the 21 analysts covering Citigroup, 12 rate the stock \"buy\". "
               "Jefferies set a $61 target on U.S. Bancorp.", "en")
    assert ("Citigroup", Decimal("61"), "Jefferies") not in _targets(x)


# --- an index compound after a clause naming another company ---------------------------------


def test_index_compound_after_another_company_clause_makes_no_member(extractor: Extractor) -> None:
    x = run_in(extractor, "Die Aktie der Hannover Rück stieg um 2 Prozent. Die Papiere des "
               "Konkurrenten Munich Re gaben 0,4 Prozent nach, die Analysten von Berenberg sehen "
               "für den Dax-Konzern ein Kursziel von 480 Euro.", "de")
    assert ("Hannover Re", "memberOf", "DAX") not in triples(x)


def test_index_compound_look_alike(extractor: Extractor) -> None:
    # no company named before the compound: it means the article's company
    x = run_in(extractor, "Die Aktie der Hannover Rück stieg um 2 Prozent. Die Analysten von "
               "Berenberg sehen für den Dax-Konzern ein Kursziel von 280 Euro.", "de")
    assert ("Hannover Re", "memberOf", "DAX") in triples(x)


# --- paired targets: each house its own, in order ---------------------------------------------


def test_paired_targets_with_currency_after_the_second(extractor: Extractor) -> None:
    x = run_in(extractor, "Goldman Sachs und Barclays bestätigten ihr \"Buy\" für Hannover Rück mit "
               "Zielen von 310 beziehungsweise 295 Euro.", "de")
    assert _targets(x) == {("Hannover Re", Decimal("310"), "Goldman Sachs"),
                           ("Hannover Re", Decimal("295"), "Barclays")}
    x = run_in(extractor, "Goldman Sachs und Barclays stufen Hannover Rück mit Kurszielen von 310 "
               "bzw. 295 Euro ein.", "de")
    assert _targets(x) == {("Hannover Re", Decimal("310"), "Goldman Sachs"),
                           ("Hannover Re", Decimal("295"), "Barclays")}


def test_paired_targets_look_alikes(extractor: Extractor) -> None:
    # a scaled amount after the pair: the bare number is no amount of its own reading
    x = run_in(extractor, "Siemens und SAP steigerten den Umsatz um 3 beziehungsweise 5 Milliarden "
               "Euro.", "de")
    assert Decimal("3") not in {f.value for f in x.figures}
    # goals in the plural without amounts right after are no targets
    x = run_in(extractor, "Hannover Rück bestätigte seine Ziele. Der Gewinn soll 2,6 Milliarden "
               "Euro erreichen.", "de")
    assert _targets(x) == set()


# --- a second house's target with the target's words left out ----------------------------------


def test_gapped_target_of_second_house(extractor: Extractor) -> None:
    x = run_in(extractor, "Bernstein sieht das Kursziel für Siemens bei 188 Euro, Jefferies bei "
               "176 Euro.", "de")
    assert _targets(x) == {("Siemens", Decimal("188"), "Bernstein"),
                           ("Siemens", Decimal("176"), "Jefferies")}
    x = run_in(extractor, "Bernstein set its price target on Siemens at $188, Jefferies at $176.", "en")
    assert ("Siemens", Decimal("176"), "Jefferies") in _targets(x)


def test_gapped_target_look_alikes(extractor: Extractor) -> None:
    # a share price in the clause after: no house, no target
    x = run_in(extractor, "Bernstein sieht das Kursziel für Siemens bei 188 Euro, die Aktie schloss "
               "bei 176 Euro.", "de")
    assert _targets(x) == {("Siemens", Decimal("188"), "Bernstein")}
    # the clause goes on to another company: the second house's number is not Siemens' target
    x = run_in(extractor, "Bernstein sieht das Kursziel für Siemens bei 188 Euro, Jefferies bei 76 "
               "Euro für BASF.", "de")
    assert ("Siemens", Decimal("76"), "Jefferies") not in _targets(x)
    # another word before the number: another figure
    x = run_in(extractor, "Bernstein sieht das Kursziel für Siemens bei 188 Euro, Jefferies seit 176 "
               "Euro.", "de")
    assert ("Siemens", Decimal("176"), "Jefferies") not in _targets(x)


# --- a second house's rating in the clause after the first's ---------------------------------


def test_second_house_rating_after_first_rating_clause(extractor: Extractor) -> None:
    x = run_in(extractor, "Allianz shares rose 2% on Monday. JPMorgan reiterated its neutral rating "
               "on Allianz with a $64 target, while Barclays raised its target to $72, keeping an "
               "overweight rating.", "en")
    assert rating_facts(x) == {("JPMorgan", "Allianz", "neutral"), ("Barclays", "Allianz", "overweight")}


def test_second_house_rating_look_alikes(extractor: Extractor) -> None:
    # the company rated before is not the article's: the later house's rating is not its
    x = run_in(extractor, "Siemens shares rose 2% on Monday after Siemens won a large order. Siemens "
               "also raised its outlook. JPMorgan reiterated its neutral rating on Allianz, while "
               "Barclays kept an overweight rating.", "en", headline="Siemens wins order")
    assert ("Barclays", "Allianz", "overweight") not in rating_facts(x)
    # the other rating after the term: the company is that one's
    x = run_in(extractor, "Barclays kept its overweight rating, while JPMorgan has a neutral rating "
               "on Allianz.", "en")
    assert ("Barclays", "Allianz", "overweight") not in rating_facts(x)


def test_second_house_rating_of_short_named_company(extractor: Extractor) -> None:
    # the article's company found in the text, named short in the rating's sentence
    x = run_in(extractor, "Shares of Tarvik Insurance Holdings rose 3% on Monday. JPMorgan reiterated "
               "its neutral rating on Tarvik, while Barclays raised its target to $72, keeping an "
               "overweight rating.", "en")
    assert {(by, about.split()[0], rating) for by, about, rating in rating_facts(x)} \
        == {("JPMorgan", "Tarvik", "neutral"), ("Barclays", "Tarvik", "overweight")}
