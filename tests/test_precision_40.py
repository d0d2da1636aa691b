"""Wrong facts of the precision40 families, each fixed so that it holds for any article:

* "JPMorgan and Citi set targets of $95 and $105 for Apple": with no pairing word, neither
  house owns both targets; "Kursziel: 250 Euro (Jefferies), 240 Euro (UBS)": a house in
  brackets right after a value owns that value; "…, das für AMD senkt die Bank auf 150
  Dollar": a second "das für X" clause starts a new target subject;
* "Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt LEG zum Halten": a
  comma-joined second clause with its own house and an unknown name rates that name;
* "Apple's revenue and profit rose 5% and 8%": two metric words and two numbers pair in order;
  "Volkswagen rechnet damit, dass Tesla …": one company's expectation of another's figure is
  no fact; "Nintendo raised its Switch 2 forecast to 23 million units": the maker's units;
* "BlackRock holds 7% of Apple, Vanguard 8% and State Street 4%": a gapped list, whose later
  names are holders, not objects.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _run(extractor: Extractor, text: str, lang: str) -> Extraction:
    return run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report")


def _targets(x: Extraction) -> set[tuple[str, Decimal | None, str | None]]:
    """Each price target as (about, value, house)."""
    return {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}


def _ratings(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


# --- targets of several houses or companies in one sentence --------------------------------------

def test_unpaired_houses_own_no_target(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "JPMorgan and Citi set targets of $95 and $105 for Apple.", "en"))
    assert found == {("Apple", Decimal(95), None), ("Apple", Decimal(105), None)}


def test_paired_houses_keep_their_targets(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "JPMorgan and Citi set targets of $95 and $105, respectively, "
                                     "for Apple.", "en"))
    assert found == {("Apple", Decimal(95), "JPMorgan"), ("Apple", Decimal(105), "Citigroup")}


def test_one_house_keeps_its_targets(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Citi set a target of $105 for Apple.", "en"))
    assert found == {("Apple", Decimal(105), "Citigroup")}


def test_house_in_brackets_owns_its_value(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Kursziel: 250 Euro (Jefferies), 240 Euro (UBS) für SAP.", "de"))
    assert found == {("SAP", Decimal(250), "Jefferies"), ("SAP", Decimal(240), "UBS")}


def test_house_before_the_value_keeps_it(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Jefferies hebt das Kursziel für SAP auf 250 Euro (bisher 230 Euro).",
                          "de"))
    assert ("SAP", Decimal(250), "Jefferies") in found


def test_second_das_fuer_clause_is_not_the_first_company(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Goldman hebt das Ziel für Nvidia auf 200 Dollar, das für AMD senkt "
                                     "die Bank auf 150 Dollar.", "de"))
    assert ("Nvidia", Decimal(200), "Goldman Sachs") in found
    assert ("Nvidia", Decimal(150), "Goldman Sachs") not in found


def test_second_target_with_its_own_fuer_keeps_its_company(extractor: Extractor) -> None:
    found = _targets(_run(extractor, "Goldman hebt das Ziel für Nvidia auf 200 Dollar, für AMD senkt die "
                                     "Bank das Ziel auf 150 Dollar.", "de"))
    assert ("Advanced Micro Devices", Decimal(150), "Goldman Sachs") in found
    assert not any(about == "Nvidia" and value == 150 for about, value, _ in found)


# --- a rating in a second clause with its own house and object -------------------------------------

def test_second_clause_rating_of_an_unknown_name_is_left_out(extractor: Extractor) -> None:
    found = _ratings(_run(extractor, "Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt "
                                     "Zeltrona zum Halten.", "de"))
    assert ("UBS", "Vonovia", "Kauf") in found
    assert not any(by == "Deutsche Bank" for by, _, _ in found)


@pytest.mark.parametrize(("text", "about"), [
    ("Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt Gerresheimer zum Halten.",
     "Gerresheimer"),
    ("Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt die Aktie zum Halten.", "Vonovia"),
    ("Die UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt sie zum Halten.", "Vonovia"),
    ("Die UBS hält Vonovia für einen Kauf, während die Deutsche Bank die Einstufung „Halten“ bestätigte.",
     "Vonovia"),
])
def test_second_clause_rating_of_a_known_or_same_company_kept(extractor: Extractor, text: str,
                                                              about: str) -> None:
    assert ("Deutsche Bank", about, "Halten") in _ratings(_run(extractor, text, "de"))
