"""Entity probes on sentences written for the test: the first word of a company named in
full, printed alone where it cannot be that company's short name.

* "Meridian" of "Meridian Brands" is no short name where the catalogue's "Meridian Energy"
  opens with it too. Printed alone it still names a company, that one or one we cannot
  tell, so a fact beside it goes to no other company of the article: no figure of its
  clause, no employer of a title beside it, no coverage by an analyst commenting on it.
* Look-alikes keep their facts: the same sentences without the word, and a word the
  article also prints in lower case ("summit" beside "Summit Foods"), which is no name.

All names and sentences are invented.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# Two discovered companies; "Meridian" also opens the catalogued "Meridian Energy".
_BID = ("Oakhurst Brands (NASDAQ: OAKB) agreed to buy Meridian Brands (NYSE: MRDB) "
        "for $2 billion. ")


def _about(x_figures: set[tuple[str, str, Decimal | None, str]], metric: str) -> set[str]:
    return {about for about, m, _, _ in x_figures if m == metric}


def test_figure_beside_a_blocked_first_word_goes_to_no_other_company(extractor: Extractor) -> None:
    x = run(extractor, _BID + "Meridian's revenue rose 5% to $3 billion last year.",
            lang="en", headline="Oakhurst to buy Meridian")
    assert "Oakhurst Brands" not in _about(figure_facts(x), "Revenue")
    assert "Oakhurst Brands" not in _about(figure_facts(x), "RevenueGrowth")


def test_figure_without_the_word_still_goes_to_the_articles_company(extractor: Extractor) -> None:
    """Look-alike: the same clause without the word keeps the subject's figure."""
    x = run(extractor, _BID + "Revenue rose 5% to $3 billion last year.",
            lang="en", headline="Oakhurst to buy Meridian")
    assert ("Oakhurst Brands", "Revenue", Decimal("3000000000"), "USD") in figure_facts(x)


def test_title_after_a_blocked_first_word_names_no_other_employer(extractor: Extractor) -> None:
    x = run(extractor, _BID + "Meridian CEO Paul Henley will serve as chairman.",
            lang="en", headline="Oakhurst to buy Meridian")
    assert ("Paul Henley", "worksFor", "Oakhurst Brands") not in triples(x)


def test_bare_title_still_works_for_the_articles_company(extractor: Extractor) -> None:
    """Look-alike: a title naming no company is the article's subject's."""
    x = run(extractor, _BID + "CEO Paul Henley will serve as chairman.",
            lang="en", headline="Oakhurst to buy Meridian")
    assert ("Paul Henley", "worksFor", "Oakhurst Brands") in triples(x)


def test_analyst_on_a_blocked_first_word_covers_no_other_company(extractor: Extractor) -> None:
    x = run(extractor, _BID + "Analyst Tom Baker at Foxley Securities kept his buy rating "
                              "on Meridian.",
            lang="en", headline="Oakhurst to buy Meridian")
    assert ("Foxley Securities", "covers", "Oakhurst Brands") not in triples(x)
    assert ("Tom Baker", "worksFor", "Foxley Securities") in triples(x)


def test_analyst_on_the_stock_still_covers_the_articles_company(extractor: Extractor) -> None:
    """Look-alike: "the stock" names no company, so the article's subject is covered."""
    x = run(extractor, _BID + "Analyst Tom Baker at Foxley Securities kept his buy rating "
                              "on the stock.",
            lang="en", headline="Oakhurst to buy Meridian")
    assert ("Foxley Securities", "covers", "Oakhurst Brands") in triples(x)


def test_german_figure_beside_a_blocked_first_word_goes_to_no_other_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Der Chemiekonzern Vestra Chemie übernimmt den Farbenhersteller "
                       "Meridian Lacke. Meridian steigerte den Umsatz um 5 Prozent auf "
                       "300 Millionen Euro.",
            headline="Vestra kauft zu")
    assert "Vestra Chemie" not in _about(figure_facts(x), "Revenue")


def test_german_figure_without_the_word_stays_with_the_subject(extractor: Extractor) -> None:
    """Look-alike: "Der Umsatz" names no company; the passage's subject keeps it."""
    x = run(extractor, "Der Chemiekonzern Vestra Chemie übernimmt den Farbenhersteller "
                       "Meridian Lacke. Der Umsatz stieg um 5 Prozent auf 300 Millionen Euro.",
            headline="Vestra kauft zu")
    assert ("Vestra Chemie", "Revenue", Decimal("300000000"), "EUR") in figure_facts(x)


def test_first_word_printed_in_lower_case_blocks_nothing(extractor: Extractor) -> None:
    """Look-alike: the article prints "summit" as a word, so "Summit" opening a sentence is
    no name and the figure beside it stays with the article's company."""
    x = run(extractor, "Oakhurst Brands (NASDAQ: OAKB) agreed to buy Summit Foods (NYSE: SMFD) "
                       "after a summit in Chicago. Summit talks aside, revenue rose 5% to "
                       "$3 billion last year.",
            lang="en", headline="Oakhurst to buy Summit")
    assert ("Oakhurst Brands", "Revenue", Decimal("3000000000"), "USD") in figure_facts(x)
