"""Wrong facts of the precision45 families, each fixed so that it holds for any article:

* "Aurubis legten 4 Prozent zu. Die Deutsche Bank stufte die Aktie auf 'Sell' ab": in a
  market report, "die Aktie" right after a line on one company's move is that mover's share,
  not the headline company's, and so is a target set on it; after a line moving several,
  no rating or target at all;
* "Smart Infrastructure schnitt besser ab: Der Auftragseingang der Gebäudetechnik-Sparte
  stieg um 8 Prozent": the phrase of a line after a unit named in the sentence is that unit,
  no second, unnamed one; after a contrast, or with no unit named, the line's own;
* "Auch Hochtief waren gefragt und legten um 3,1 Prozent zu": a plural of the market's demand
  after one company's name is its shares', so the bare change is a share move;
* "Mit der Cloud ERP Suite erzielte SAP 4,9 Milliarden Euro, ein Plus von 31 Prozent": the
  change of an amount earned with a product is the product's, none of the maker's own.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import rating_facts
from helpers import run as _run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _covers(x: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in x.relations if r.predicate == "covers"}


# --- "die Aktie" right after a mover line is the mover's share -------------------------------------

def test_share_after_mover_line_is_the_movers(extractor: Extractor) -> None:
    x = _run(extractor, "Der Dax stieg leicht. Aurubis legten 4 Prozent zu. "
             "Die Deutsche Bank stufte die Aktie auf 'Sell' ab.", "de", "Siemens-Aktie im Fokus")
    assert rating_facts(x) == {("Deutsche Bank", "Aurubis", "Sell")}
    assert ("Deutsche Bank", "Siemens") not in _covers(x)


def test_stock_after_mover_line_is_the_movers_en(extractor: Extractor) -> None:
    x = _run(extractor, "The Dax edged higher. Aurubis rose 4%. "
             "Deutsche Bank downgraded the stock to sell.", "en", "Siemens shares in focus")
    assert {(by, about) for by, about, _ in rating_facts(x)} == {("Deutsche Bank", "Aurubis")}


def test_two_movers_before_give_no_rating(extractor: Extractor) -> None:
    x = _run(extractor, "Aurubis legten 4 Prozent zu, Salzgitter gewannen 3 Prozent. "
             "Die Deutsche Bank stufte die Aktie auf 'Sell' ab.", "de", "Siemens-Aktie im Fokus")
    assert not any(by == "Deutsche Bank" for by, _, _ in rating_facts(x))


@pytest.mark.parametrize("body", [
    "Aurubis legten 4 Prozent zu. Die Deutsche Bank stufte Siemens auf 'Sell' ab.",  # named
    "Siemens legten 4 Prozent zu. Die Deutsche Bank stufte die Aktie auf 'Sell' ab.",  # it moved
])
def test_rating_of_named_or_moving_company_kept(extractor: Extractor, body: str) -> None:
    x = _run(extractor, body, "de", "Siemens-Aktie im Fokus")
    assert rating_facts(x) == {("Deutsche Bank", "Siemens", "Sell")}


def _targets(x: Extraction) -> set[tuple[str, str | None]]:
    return {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}


def test_target_on_share_after_mover_line_is_the_movers(extractor: Extractor) -> None:
    x = _run(extractor, "Der MDax fiel. Krones zogen um 4,1 Prozent an. Die Baader Bank hob das "
             "Kursziel für die Aktie von 150 auf 165 Euro.", "de", "Jenoptik unter Druck")
    assert _targets(x) == {("Krones", "Baader Bank")}


def test_target_after_two_movers_is_nobodys(extractor: Extractor) -> None:
    x = _run(extractor, "Der MDax fiel. Krones zogen um 4,1 Prozent an, Dürr gewannen 2 Prozent. "
             "Die Baader Bank hob das Kursziel für die Aktie auf 165 Euro.", "de", "Jenoptik unter Druck")
    assert not _targets(x)


def test_target_naming_its_company_keeps_it(extractor: Extractor) -> None:
    x = _run(extractor, "Der MDax fiel. Krones zogen um 4,1 Prozent an. Die Baader Bank hob das "
             "Kursziel für Jenoptik auf 30 Euro.", "de", "Jenoptik unter Druck")
    assert _targets(x) == {("Jenoptik", "Baader Bank")}

# --- the phrase of a line after a named unit refers back to it -------------------------------------

def _about(x: Extraction) -> set[str]:
    return {f.about for f in x.figures}


def test_line_phrase_after_named_unit_is_that_unit(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens steigerte den Umsatz um 5 Prozent. Smart Infrastructure schnitt "
             "noch besser ab: Der Auftragseingang der Gebäudetechnik-Sparte stieg um 8 Prozent.",
             "de", "Siemens legt zu")
    assert "Siemens Smart Infrastructure" in _about(x)
    assert not any("Sparte" in e.label for e in x.entities)


def test_line_phrase_after_contrast_stays_its_own(extractor: Extractor) -> None:
    x = _run(extractor, "Smart Infrastructure wuchs um 4 Prozent, während der Umsatz der "
             "Bahnsparte um 3 Prozent sank.", "de", "Siemens legt zu")
    assert "Bahnsparte (Siemens)" in _about(x)


def test_line_phrase_with_no_unit_named_stays_its_own(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens steigerte den Umsatz um 5 Prozent. Der Umsatz der Bahnsparte "
             "sank um 3 Prozent.", "de", "Siemens legt zu")
    assert "Bahnsparte (Siemens)" in _about(x)


# --- a plural of the market's demand after one company's name is its shares' -----------------------

def test_plural_demand_makes_a_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Im MDax gewannen Hensoldt 6,3 Prozent. Der Konzern hatte einen Großauftrag "
             "erhalten. Auch Hochtief waren gefragt und legten um 3,1 Prozent zu, nachdem die "
             "australische Tochter Cimic einen Auftrag gemeldet hatte.", "de", "Marktbericht")
    assert ("Hochtief", "StockPriceChange") in {(f.about, f.metric) for f in x.figures}
    assert not any(f.about == "Cimic" for f in x.figures)


def test_singular_demand_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens legte im Quartal zu. Der Bauauftrag war umkämpft. Siemens war "
             "gefragt und der Umsatz legte um 3,1 Prozent zu.", "de", "Siemens")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


# --- what a company earned with a product: the change is the product's -----------------------------

def test_change_after_amount_earned_with_product_is_not_the_makers(extractor: Extractor) -> None:
    x = _run(extractor, "SAP steigerte den Umsatz. Mit der Cloud ERP Suite erzielte SAP 4,9 "
             "Milliarden Euro, ein Plus von 31 Prozent.", "de", "SAP wächst")
    assert not any(f.about == "SAP" and f.value == 31 for f in x.figures)


def test_revenue_said_to_be_the_makers_keeps_its_growth(extractor: Extractor) -> None:
    x = _run(extractor, "SAP steigerte den Umsatz. Mit der Cloud ERP Suite erzielte SAP einen Umsatz "
             "von 4,9 Milliarden Euro, ein Plus von 31 Prozent.", "de", "SAP wächst")
    assert ("SAP", "RevenueGrowth") in {(f.about, f.metric) for f in x.figures if f.value == 31}


def test_change_of_a_count_without_product_lead_kept(extractor: Extractor) -> None:
    x = _run(extractor, "Lufthansa beförderte im Mai 12 Millionen Passagiere, ein Plus von 5 Prozent.",
             "de", "Lufthansa")
    assert ("Lufthansa", "Other") in {(f.about, f.metric) for f in x.figures if f.value == 5}
