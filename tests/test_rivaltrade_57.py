"""A rival noun that names no owner ("der Konkurrent X", "rival X") ties X to the article's
company only where their trades can compete: a parcel service's article naming "der
Konkurrent Sanofi" gives no rivalry, a carmaker's naming "der Konkurrent BYD" does. A rival
noun that names its owner ("DHL Groups Konkurrent X", "X, a rival of Y", "its rival X") and a
pair of which an industry is unknown keep their reading.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.nlp.references import industries_compete
from kg.records import Extraction


def _rivals(x: Extraction) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}


def test_a_rival_of_the_same_trade_is_the_article_company_s(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen hat den Absatz gesteigert. Der Konkurrent BYD meldete "
            "ebenfalls mehr Auslieferungen.", "de", "Volkswagen legt zu")
    assert frozenset(("Volkswagen", "BYD")) in _rivals(x)


def test_a_rival_of_another_trade_is_not_the_article_company_s(extractor: Extractor) -> None:
    x = run(extractor, "DHL Group hat den Umsatz gesteigert. Der französische Konkurrent Sanofi "
            "meldete ebenfalls Zahlen.", "de", "DHL Group legt zu")
    assert frozenset(("DHL Group", "Sanofi")) not in _rivals(x)


def test_a_bare_rival_of_another_trade_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Deutsche Bank raised its profit. Rival FedEx reported lower volumes.",
            "en", "Deutsche Bank gains")
    assert frozenset(("Deutsche Bank", "FedEx")) not in _rivals(x)


def test_a_bare_rival_of_the_same_trade_in_english(extractor: Extractor) -> None:
    # look-alike: two banks compete
    x = run(extractor, "Deutsche Bank raised its profit. Rival Commerzbank reported lower fees.",
            "en", "Deutsche Bank gains")
    assert frozenset(("Deutsche Bank", "Commerzbank")) in _rivals(x)


def test_a_rival_noun_with_its_owner_named_keeps_its_reading(extractor: Extractor) -> None:
    x = run(extractor, "DHL Group hat den Umsatz gesteigert. DHL Groups Konkurrent Sanofi "
            "meldete ebenfalls Zahlen.", "de", "DHL Group legt zu")
    assert frozenset(("DHL Group", "Sanofi")) in _rivals(x)


def test_a_rival_of_a_named_company_keeps_its_reading(extractor: Extractor) -> None:
    x = run(extractor, "DHL Group raised its sales. Sanofi, a rival of DHL Group, reported "
            "figures too.", "en", "DHL Group gains")
    assert frozenset(("DHL Group", "Sanofi")) in _rivals(x)


def test_a_rival_noun_after_a_possessive_keeps_its_reading(extractor: Extractor) -> None:
    x = run(extractor, "DHL Group raised its sales. Its rival Sanofi reported figures too.",
            "en", "DHL Group gains")
    assert frozenset(("DHL Group", "Sanofi")) in _rivals(x)


def test_trades_compete_within_a_sector_and_not_across() -> None:
    assert industries_compete("Amazon", "Microsoft") is True  # internet retailer, software maker
    assert industries_compete("Volkswagen", "BYD") is True
    assert industries_compete("Siemens", "Philips") is True  # medical technology
    assert industries_compete("PayPal", "Apple") is True  # payments
    assert industries_compete("PayPal", "DHL Group") is False
    assert industries_compete("Deutsche Bank", "FedEx") is False
    assert industries_compete("DHL Group", "Sanofi") is False
    assert industries_compete("DHL Group", "No Such Company") is None
