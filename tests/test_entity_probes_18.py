"""Entity probes on sentences written for the test.

* German verb-second: a company standing right after the finite verb of a sentence that
  opens with a time or place ("Am Nachmittag legte die X-Aktie zu", "Bei den Nebenwerten
  gewann der Baukonzern X") is that sentence's subject, so "Das Unternehmen" in the next
  sentence means it, not the article's earlier company; a name after a preposition or an
  object noun is no such subject.
* A company named by its trade after a preposition or a deal's verb, without an article
  ("a stake in database maker X", "with fellow digital lender X", "from crypto exchange X");
  a person's name there stays no company. A name in a relative clause closed before a venue
  ("X, which owns a stake in Y, trades on the Nasdaq") is not the listed company.
* A shareholder noun ("der Großaktionär X", "its largest shareholder X") names a company only
  where X is the short name of a catalogued one, as a person holds shares too; the stake it
  holds in a relative clause ("X, der 22,8 Prozent an Y hält, zog mit") is no move of a share.
* A product set off by commas after its noun ("its best-selling product, X, grew") is one only
  where a punctuation mark closes the name: "The drug, Smith said," names a speaker.

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


_LEAD = ("Verbund-Aktien verteuerten sich um 2,1 Prozent. "
         "Verbund-Chef Otto Probe bestätigte die Prognose. ")
_REFERENCE = " Das Unternehmen steigerte den Umsatz im Quartal um 6 Prozent auf 4,1 Milliarden Euro."


def _revenue_of(extractor: Extractor, middle: str) -> set[str]:
    x = run(extractor, _LEAD + middle + _REFERENCE, lang="de",
            headline="Wiener Börse: Versorger gefragt")
    return {about for about, metric, value, unit in figure_facts(x)
            if metric == "Revenue" and value == Decimal("4100000000") and unit == "EUR"}


@pytest.mark.parametrize("middle", [
    "Am Nachmittag legte die Strabag-Aktie um 4 Prozent zu.",
    "Bei den Nebenwerten gewann der Baukonzern Strabag 4 Prozent.",
])
def test_company_after_the_verb_is_the_next_reference(extractor: Extractor, middle: str) -> None:
    assert _revenue_of(extractor, middle) == {"Strabag"}


@pytest.mark.parametrize("middle", [
    "Im Vergleich mit dem größeren Konkurrenten Strabag wirkt der Auftrag klein.",
    "Am Montag kaufte die Bank Strabag-Aktien für einen Fonds.",
])
def test_company_after_a_preposition_or_object_noun_is_not(extractor: Extractor,
                                                           middle: str) -> None:
    assert _revenue_of(extractor, middle) == {"Verbund AG"}


def _entities(extractor: Extractor, text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in run(extractor, text, lang=lang, headline="Market report").entities}


@pytest.mark.parametrize(("text", "entity"), [
    ("Brightwell agreed to buy a stake in database maker Quarrytech for $40 million.",
     ("Quarrytech", "Company")),
    ("The bank competes with fellow digital lender Nuvanta and with Banco Bradesco.",
     ("Nuvanta", "FinancialInstitution")),
    ("Coinbase faces competition from crypto exchange Veltrix, which plans a listing.",
     ("Veltrix", "Company")),
    ("Coinbase faces competition from the crypto exchange Veltrix, which plans a listing.",
     ("Veltrix", "Company")),
])
def test_company_by_its_trade_without_an_article(extractor: Extractor, text: str,
                                                 entity: tuple[str, str]) -> None:
    assert entity in _entities(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The rule was criticised by policy maker Jane Harlow in Washington.", "Jane Harlow"),
    ("The rule was criticised by rival Jane Harlow in Washington.", "Jane Harlow"),
])
def test_person_after_a_bare_trade_noun_is_no_company(extractor: Extractor, text: str,
                                                      name: str) -> None:
    assert name not in {label for label, _ in _entities(extractor, text)}


def test_name_in_a_closed_relative_clause_is_not_the_listed_company(extractor: Extractor) -> None:
    x = run(extractor, "CoreWeave, which also owns a stake in storage maker Quarrytech, trades on "
                       "the Nasdaq under the ticker CRWV.", lang="en", headline="Market report")
    listed = {(r.subject, r.object) for r in x.relations if r.predicate == "listedOn"}
    assert ("Quarrytech", "Nasdaq") not in listed
    assert ("CoreWeave", "Nasdaq") in listed


@pytest.mark.parametrize(("text", "lang"), [
    ("Der italienische Großaktionär Leonardo stimmte der Kapitalerhöhung zu.", "de"),
    ("Der Hauptaktionär Leonardo hält an seinem Anteil fest.", "de"),
    ("Its largest shareholder Leonardo backed the capital increase.", "en"),
])
def test_shareholder_noun_before_a_catalogued_short_name(extractor: Extractor, text: str,
                                                          lang: str) -> None:
    assert ("Leonardo S.p.A.", "Company") in _entities(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Der Großaktionär Quarrytech stimmte der Kapitalerhöhung zu.", "de", "Quarrytech"),
    ("Der Großaktionär Klaus Berger stimmte der Kapitalerhöhung zu.", "de", "Klaus Berger"),
    ("Its largest shareholder Jane Berger backed the capital increase.", "en", "Jane Berger"),
])
def test_shareholder_noun_before_an_unknown_name_names_no_company(
        extractor: Extractor, text: str, lang: str, name: str) -> None:
    assert (name, "Company") not in _entities(extractor, text, lang)


def test_stake_held_in_a_relative_clause_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Hensoldt hat eine Kapitalerhöhung platziert. Die Aktien stiegen um 3 Prozent. "
                       "Der Rüstungskonzern Leonardo, der 22,8 Prozent an Hensoldt hält, zog mit.",
            lang="de", headline="Hensoldt erhöht das Kapital")
    assert {f for f in figure_facts(x) if f[2] == Decimal("22.8")} == set()
    assert ("Hensoldt", "StockPriceChange", Decimal("3"), "Percent") in figure_facts(x)


@pytest.mark.parametrize("text", [
    "The company's best-selling product, Zelvoran, grew 12% in the quarter.",
    "Its lead drug candidate, AXR-210, showed a benefit in the trial.",
])
def test_product_set_off_by_commas(extractor: Extractor, text: str) -> None:
    name = text.split(", ")[1]
    assert (name, "Product") in _entities(extractor, text)


@pytest.mark.parametrize("text", [
    "The product, Smith said, will launch next year.",
    "The drug, Smith said, will reach patients in 2028.",
])
def test_speaker_after_a_product_noun_and_comma_is_no_product(extractor: Extractor,
                                                              text: str) -> None:
    assert "Smith" not in {label for label, _ in _entities(extractor, text)}
