"""Wrong facts of the precision31 families, each fixed so that it holds for any article:

* "X and Y ordered more of the company's Z chip, which competes with W's V line": the
  relative clause speaks of the chip named before its comma, so the buyers are no rivals
  of W; a relative clause right after a name ("X, which competes with W") still makes
  the name the rival;
* "Its chips are made by X, and it buys memory from Y": the pronoun opening the second clause
  buys, and it is not X; only where the sentence opens with the name is the pronoun that name.

Listed companies are real catalogue entries; startups, people and facts are invented.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def _rivals(text: str, extractor: Extractor) -> set[tuple[str, str, str]]:
    x = run(extractor, text, "en", "Corvane Systems cuts forecast")
    return {t for t in triples(x) if t[1] == "competitorOf"}


def test_buyers_of_a_product_that_competes_are_no_rivals(extractor: Extractor) -> None:
    rivals = _rivals("Corvane Systems said Microsoft and Oracle had increased orders for the company's "
                     "Helix 400 switch chip, which competes with Broadcom's Tomahawk line.", extractor)
    assert not {s for s, _p, o in rivals if o == "Broadcom"} & {"Microsoft", "Oracle"}


def test_relative_clause_right_after_a_name_still_names_the_rival(extractor: Extractor) -> None:
    rivals = _rivals("Orders rose at Oracle, which competes with Microsoft in cloud databases.", extractor)
    assert ("Oracle", "competitorOf", "Microsoft") in rivals or ("Microsoft", "competitorOf", "Oracle") in rivals


# --- ", and it buys from Y" after a clause that ends with another name ---------------------------

def _suppliers(text: str, extractor: Extractor) -> set[tuple[str, str, str]]:
    x = run(extractor, text, "en", "Corvane Systems cuts forecast")
    return {t for t in triples(x) if t[1] == "supplierOf"}


def test_pronoun_after_the_maker_is_not_the_maker(extractor: Extractor) -> None:
    found = _suppliers("Corvane Systems does not own factories. Its chips are made by Taiwan Semiconductor "
                       "Manufacturing Co, and it buys memory from SK Hynix.", extractor)
    assert ("SK Hynix", "supplierOf", "Taiwan Semiconductor Manufacturing") not in found


def test_pronoun_after_the_opening_name_is_that_name(extractor: Extractor) -> None:
    found = _suppliers("Corvane Systems designs its own chips, and it buys memory from SK Hynix.", extractor)
    assert ("SK Hynix", "supplierOf", "Corvane Systems") in found


def test_where_clause_with_its_own_subject_still_names_the_rival(extractor: Extractor) -> None:
    rivals = _rivals("Corvane Systems grew sales in Helsinki and its brands give the group a foothold in "
                     "Europe, where it competes with Broadcom.", extractor)
    assert ("Corvane Systems", "competitorOf", "Broadcom") in rivals
