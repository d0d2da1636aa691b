"""Wrong facts of the precision31 families, each fixed so that it holds for any article:

* "X and Y ordered more of the company's Z chip, which competes with W's V line": the
  relative clause speaks of the chip named before its comma, so the buyers are no rivals
  of W; a relative clause right after a name ("X, which competes with W") still makes
  the name the rival;
* "Its chips are made by X, and it buys memory from Y": the pronoun opening the second clause
  buys, and it is not X; only where the sentence opens with the name is the pronoun that name;
* "Zudem ist die Versicherung X mit 4,8 Prozent beteiligt. Finanzvorstand Y kündigte an, die
  Dividende … zu kürzen": a sentence that only lists a holder with its stake hands no subject
  on, so the dividend is not the holder's;
* "Die Aktie des Leverkusener Pharma- und Agrarkonzerns verlor 3,7 Prozent": a head noun
  whose compound shares its first part with another ("Pharma- und Agrarkonzern") is a
  reference like "des Pharmakonzerns", so the move is not the company's of the paragraph before.

Listed companies are real catalogue entries; startups, people and facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.attribution import _words
from kg.nlp.extract import Extractor
from kg.nlp.references import patterns


def _facts(text: str, predicate: str, extractor: Extractor) -> set[tuple[str, str, str]]:
    """The triples of ``predicate`` read from an English text."""
    x = run(extractor, text, "en", "Corvane Systems cuts forecast")
    return {t for t in triples(x) if t[1] == predicate}


def _rivals(text: str, extractor: Extractor) -> set[tuple[str, str, str]]:
    return _facts(text, "competitorOf", extractor)


def test_buyers_of_a_product_that_competes_are_no_rivals(extractor: Extractor) -> None:
    rivals = _rivals("Corvane Systems said Microsoft and Oracle had increased orders for the company's "
                     "Helix 400 switch chip, which competes with Broadcom's Tomahawk line.", extractor)
    assert not {s for s, _p, o in rivals if o == "Broadcom"} & {"Microsoft", "Oracle"}


def test_relative_clause_right_after_a_name_still_names_the_rival(extractor: Extractor) -> None:
    rivals = _rivals("Orders rose at Oracle, which competes with Microsoft in cloud databases.", extractor)
    assert ("Oracle", "competitorOf", "Microsoft") in rivals or ("Microsoft", "competitorOf", "Oracle") in rivals


# --- ", and it buys from Y" after a clause that ends with another name ---------------------------

def _suppliers(text: str, extractor: Extractor) -> set[tuple[str, str, str]]:
    return _facts(text, "supplierOf", extractor)


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


# --- a holder's stake sentence hands no subject on ------------------------------------------------

HOLDER_THEN_DIVIDEND = ("Die Corvane AG schrieb 1,9 Milliarden Euro ab. Zudem ist die Versicherung Signal Iduna "
                        "mit 4,8 Prozent beteiligt. Finanzvorstand Thomas Weiland kündigte an, die Dividende "
                        "für 2026 auf 0,45 Euro je Aktie zu kürzen.")


def _dividend_owners(text: str, lang: str, extractor: Extractor) -> set[str]:
    x = run(extractor, text, lang, "Corvane meldet Zahlen")
    return {about for about, metric, _value, _unit in figure_facts(x) if metric == "Dividend"}


def test_dividend_after_a_holder_sentence_is_not_the_holders(extractor: Extractor) -> None:
    assert "Signal Iduna" not in _dividend_owners(HOLDER_THEN_DIVIDEND, "de", extractor)


@pytest.mark.parametrize(("lang", "sentence", "holder_only"), [
    ("en", "Asset manager BlackRock holds 6.1%.", True),
    ("en", "BlackRock owns a 4.8% stake.", True),
    ("en", "BlackRock holds 6.1% of Corvane Systems.", False),
    ("en", "Revenue rose 6.1%.", False),
    ("de", "Zudem ist die Versicherung Signal Iduna mit 4,8 Prozent beteiligt.", True),
    ("de", "BlackRock hält 6,1 Prozent.", True),
    ("de", "BlackRock ist mit 4,8 Prozent an Corvane beteiligt.", False),
    ("de", "Der Umsatz stieg um 4,8 Prozent.", False),
])
def test_holder_only_sentences(lang: str, sentence: str, holder_only: bool) -> None:
    pattern = _words(lang).holder_only
    assert pattern is not None
    assert bool(pattern.search(sentence)) is holder_only


# --- "des Pharma- und Agrarkonzerns" is a company reference ----------------------------------------

def test_shared_compound_head_is_a_reference(extractor: Extractor) -> None:
    text = ("Infineon gewann 1,8 Prozent. Die Analysten der Deutschen Bank haben die Aktie des "
            "Chipherstellers hochgestuft.\nAm Dax-Ende fand sich Bayer wieder. Die Aktie des "
            "Leverkusener Pharma- und Agrarkonzerns verlor 3,2 Prozent auf 25,10 Euro.")
    x = run(extractor, text, "de", "Dax schließt leichter")
    owners = {about for about, metric, _value, _unit in figure_facts(x) if metric == "SharePrice"}
    assert "Infineon Technologies" not in owners


def test_shared_compound_head_pattern() -> None:
    company = patterns("de").company
    found = company.search("Die Aktie des Leverkusener Pharma- und Agrarkonzerns verlor")
    assert found is not None and found.group("ref") == "Pharma- und Agrarkonzerns"
    plain = company.search("Die Aktie des Chipkonzerns verlor")
    assert plain is not None and plain.group("ref") == "Chipkonzerns"
