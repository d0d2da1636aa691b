"""Families of construction of management changes, governance and activist stories, on
sentences written for these tests (invented companies beside catalogued ones and invented
facts): a company named by "Software" after its own name ("Acme Software") is found as one,
and again where the text repeats its short name, so an activist's stake, the share move and
the results go to it and not to the fund; a title opening a subordinate clause after a comma
("Glass Lewis riet ab, weil Vorstandschef X …", "…, because Chief Executive X …") owns no
company of the main clause. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import employers, labels, metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- "Software" closing a company's name ---------------------------------------------------


def test_software_name_is_a_company_and_its_short_name_repeats_it(extractor: Extractor) -> None:
    x = run(extractor, "Trian Partners has built a 6.1% stake in Quellmark Software and wants two "
            "board seats. Quellmark shares rose 7.2% to $31.10 on Monday.", lang="en",
            headline="Activist fund builds stake")
    assert "Quellmark Software" in labels(x)
    assert ("Quellmark Software", Decimal("7.2")) in metric_facts(x, "StockPriceChange")
    assert ("Trian Fund Management", "investsIn", "Quellmark Software") in triples(x)
    assert not any(about == "Trian Fund Management" for about, _ in metric_facts(x, "StockPriceChange"))


def test_software_after_a_catalogued_name_adds_no_company(extractor: Extractor) -> None:
    """Look-alike: "Software" after a catalogued company's name is no new company that takes
    the catalogued one's results."""
    x = run(extractor, "Oracle Software licences sold well, and Oracle reported revenue of "
            "$14 billion.", lang="en", headline="Results")
    assert ("Oracle", Decimal("14000000000")) in metric_facts(x, "Revenue")
    assert not any(e.label == "Oracle Software" and e.type == "Company" for e in x.entities)


# --- a title opening a subordinate clause after a comma ----------------------------------


def test_title_opening_a_subordinate_clause_is_not_the_main_clause_subjects(
        extractor: Extractor) -> None:
    body = ("Die Aktionäre der Brenntag stimmten knapp zu. Der Stimmrechtsberater Glass Lewis "
            "hatte abgeraten, weil Vorstandschef Lukas Ebersberg eine höhere Vergütung erhielt.")
    found = employers(extractor, body, "de", headline="Brenntag-Aktionäre murren")
    assert ("Lukas Ebersberg", "Glass Lewis") not in found
    assert ("Lukas Ebersberg", "Brenntag") in found


def test_title_opening_an_english_subordinate_clause(extractor: Extractor) -> None:
    body = ("Kenvue investors backed the plan. Glass Lewis had opposed it, because Chief "
            "Executive Dana Whitcombe received a larger award.")
    found = employers(extractor, body, "en", headline="Kenvue investors back pay plan")
    assert ("Dana Whitcombe", "Glass Lewis") not in found
    assert ("Dana Whitcombe", "Kenvue") in found


def test_title_in_the_main_clause_keeps_its_company(extractor: Extractor) -> None:
    """Look-alike: the title standing in the clause that names the company, with no comma
    before it, is still that company's."""
    body = "Bei Brenntag erhielt Vorstandschef Lukas Ebersberg eine höhere Vergütung, weil der Gewinn stieg."
    found = employers(extractor, body, "de", headline="Vergütung")
    assert ("Lukas Ebersberg", "Brenntag") in found
