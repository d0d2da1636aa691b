"""Figures left over by earlier rules: a share buyback programme set up beside a period's
results ("reported third-quarter profit … and launched a new share buyback of up to …")
is a plan, not a result of that period, and takes no period unless its own run is stated
after the amount; a buyback carried out in a period keeps it. A change of a name joined
by "&" that no known name covers, right after the metric word ("Sales of Wines & Spirits
fell 6%"), is an unknown unit's, not the company's. "Das Geschäft wuchs um 8 Prozent" is
the company's revenue growth. A city's adjective before a venue ("im Münchner ICM") is no
region whose part the figure is; one before a region's noun ("im Frankfurter Raum") is.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_figures_periods import dated
from test_periods_29 import period_of

from kg.nlp.extract import Extractor

_NOV = date(2026, 11, 5)


@pytest.mark.parametrize(("body", "lang", "value", "expected"), [
    ("Commerzbank reported a bigger-than-expected rise in third-quarter profit on "
     "Wednesday and launched a new share buyback of up to 750 million euros.",
     "en", "750000000", None),
    ("Commerzbank reported third-quarter results and authorized an additional 2 billion "
     "euro share repurchase program and guided fourth-quarter revenue of 5 billion euros.",
     "en", "2000000000", None),
    ("Die Commerzbank steigerte im dritten Quartal den Gewinn und kündigte einen neuen "
     "Aktienrückkauf über bis zu 2 Milliarden Euro an.", "de", "2000000000", None),
    ("Für das laufende Jahr soll die Dividende der Allianz auf 16 Euro steigen, zudem "
     "kündigte die Allianz einen neuen Aktienrückkauf über bis zu 2 Milliarden Euro an.",
     "de", "2000000000", None),
    # look-alikes: the run stated after the amount, and a buyback carried out, keep theirs
    ("Commerzbank reported third-quarter profit on Tuesday and approved a new share buyback "
     "of up to 2 billion euros through 2028.", "en", "2000000000", "2028"),
    ("Die Deutsche Telekom kündigte einen neuen Aktienrückkauf von bis zu 3 Milliarden Euro "
     "an, der bis Ende 2028 laufen soll.", "de", "3000000000", "2028"),
    ("Commerzbank reported third-quarter profit on Tuesday and bought back shares worth "
     "500 million euros.", "en", "500000000", "Q3 2026"),
    ("Die Allianz hat im dritten Quartal eigene Aktien für 500 Millionen Euro zurückgekauft.",
     "de", "500000000", "Q3 2026"),
])
def test_a_buyback_set_up_takes_no_period_of_the_results_beside_it(
        extractor: Extractor, body: str, lang: str, value: str, expected: str | None) -> None:
    x = dated(extractor, body, _NOV, lang=lang)
    assert period_of(x, "ShareBuyback", value) == expected


@pytest.mark.parametrize(("body", "about"), [
    # LVMH's segments are catalogued: the change is the unit's, not the group's
    ("LVMH said sales of Wines & Spirits fell 6%, while Perfumes & Cosmetics rose 5%.",
     "LVMH Wines & Spirits"),
    ("Kering said revenue from Couture & Leather Goods fell 6% in the quarter.", None),
    # look-alikes: a known name joined by "&", and the company's own sales, keep theirs
    ("Revenue at Johnson & Johnson fell 6% in the quarter.", "Johnson & Johnson"),
    ("Sales at LVMH fell 6% in the quarter.", "LVMH"),
])
def test_a_change_of_an_unknown_joined_name_after_the_metric_word_is_not_the_company(
        extractor: Extractor, body: str, about: str | None) -> None:
    x = dated(extractor, body, _NOV, lang="en")
    owners = [f.about for f in x.figures if f.metric == "RevenueGrowth" and f.value == -6]
    assert owners == ([about] if about else [])


@pytest.mark.parametrize(("second", "expected"), [
    ("Das Geschäft wuchs um 8 Prozent.", {("Siemens", "8")}),
    # look-alikes: a business of a kind is a segment no name covers
    ("Das Cloudgeschäft wuchs um 8 Prozent.", set()),
    ("Das Geschäft mit Windturbinen wuchs um 8 Prozent.", set()),
])
def test_the_business_growing_is_the_company_s_revenue(
        extractor: Extractor, second: str, expected: set[tuple[str, str]]) -> None:
    x = dated(extractor, "Siemens hat im dritten Quartal zugelegt. " + second, _NOV)
    assert {(f.about, str(f.value)) for f in x.figures if f.metric == "RevenueGrowth"} == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Im Münchner ICM sagte Siemens-Chef Busch, der Umsatz sei um 5 Prozent gestiegen.",
     {("Siemens", "5")}),
    ("Im Frankfurter Messezentrum stellte BMW neue Modelle vor, der Umsatz stieg um 5 Prozent.",
     {("BMW", "5")}),
    # look-alikes: a place named as such, or as a region, is the figure's region
    ("In Frankfurt stieg der Umsatz von BMW um 5 Prozent.", set()),
    ("Im Frankfurter Raum stieg der Umsatz von BMW um 5 Prozent.", set()),
])
def test_a_venue_s_city_adjective_is_no_region_of_the_figure(
        extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    x = dated(extractor, body, _NOV)
    assert {(f.about, str(f.value)) for f in x.figures if f.metric == "RevenueGrowth"} == expected
