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
from kg.records import Extraction

# Two discovered companies; "Meridian" also opens the catalogued "Meridian Energy".
_BID = ("Oakhurst Brands (NASDAQ: OAKB) agreed to buy Meridian Brands (NYSE: MRDB) "
        "for $2 billion. ")


def _after_bid(extractor: Extractor, sentence: str) -> Extraction:
    """The extraction of the bid followed by ``sentence``, in English."""
    return run(extractor, _BID + sentence, lang="en", headline="Oakhurst to buy Meridian")


def _about(x_figures: set[tuple[str, str, Decimal | None, str]], metric: str) -> set[str]:
    return {about for about, m, _, _ in x_figures if m == metric}


def test_figure_beside_a_blocked_first_word_goes_to_no_other_company(extractor: Extractor) -> None:
    x = _after_bid(extractor, "Meridian's revenue rose 5% to $3 billion last year.")
    assert "Oakhurst Brands" not in _about(figure_facts(x), "Revenue")
    assert "Oakhurst Brands" not in _about(figure_facts(x), "RevenueGrowth")


def test_figure_without_the_word_still_goes_to_the_articles_company(extractor: Extractor) -> None:
    """Look-alike: the same clause without the word keeps the subject's figure."""
    x = _after_bid(extractor, "Revenue rose 5% to $3 billion last year.")
    assert ("Oakhurst Brands", "Revenue", Decimal("3000000000"), "USD") in figure_facts(x)


def test_title_after_a_blocked_first_word_names_no_other_employer(extractor: Extractor) -> None:
    x = _after_bid(extractor, "Meridian CEO Paul Henley will serve as chairman.")
    assert ("Paul Henley", "worksFor", "Oakhurst Brands") not in triples(x)


def test_bare_title_still_works_for_the_articles_company(extractor: Extractor) -> None:
    """Look-alike: a title naming no company is the article's subject's."""
    x = _after_bid(extractor, "CEO Paul Henley will serve as chairman.")
    assert ("Paul Henley", "worksFor", "Oakhurst Brands") in triples(x)


def test_analyst_on_a_blocked_first_word_covers_no_other_company(extractor: Extractor) -> None:
    x = _after_bid(extractor, "Analyst Tom Baker at Foxley Securities kept his buy rating on Meridian.")
    assert ("Foxley Securities", "covers", "Oakhurst Brands") not in triples(x)
    assert ("Tom Baker", "worksFor", "Foxley Securities") in triples(x)


def test_analyst_on_the_stock_still_covers_the_articles_company(extractor: Extractor) -> None:
    """Look-alike: "the stock" names no company, so the article's subject is covered."""
    x = _after_bid(extractor, "Analyst Tom Baker at Foxley Securities kept his buy rating on the stock.")
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


# --- a company reference by where it is from ---------------------------------------

_FROM_OSLO = "Der Hersteller aus Oslo steigerte den Umsatz um 5 Prozent auf 300 Millionen Euro."


def test_reference_from_a_place_means_the_company_printed_from_there(extractor: Extractor) -> None:
    """"der Hersteller aus Oslo" after "Nordlys Farger aus Oslo" is the one just bought, not
    the article's subject."""
    x = run(extractor, "Der Chemiekonzern Vestra Chemie wächst weiter. Vestra Chemie hat den "
                       "Farbenhersteller Nordlys Farger aus Oslo gekauft. " + _FROM_OSLO,
            headline="Vestra kauft zu")
    assert ("Nordlys Farger", "Revenue", Decimal("300000000"), "EUR") in figure_facts(x)
    assert "Vestra Chemie" not in _about(figure_facts(x), "Revenue")
    assert ("Vestra Chemie", "locatedIn", "Oslo") not in triples(x)


def test_reference_from_the_subjects_own_place_stays_with_the_subject(
        extractor: Extractor) -> None:
    """Look-alike: the article's company is the one printed from Oslo, so the reference
    means it, not the company named last."""
    x = run(extractor, "Der Chemiekonzern Vestra Chemie aus Oslo wächst weiter. Vestra Chemie "
                       "hat den Farbenhersteller Nordlys Farger gekauft. " + _FROM_OSLO,
            headline="Vestra kauft zu")
    assert ("Vestra Chemie", "Revenue", Decimal("300000000"), "EUR") in figure_facts(x)
    assert "Nordlys Farger" not in _about(figure_facts(x), "Revenue")
