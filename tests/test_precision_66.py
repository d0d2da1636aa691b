"""Posts given to the article's main company, and their look-alikes that keep their reading.

A title with no organisation before the name ("Konzernchef X", "Its new CEO X") is a post at
the company the passage has turned to, not at the article's main company: where the sentence
opens with a possessive after a sentence opened by another company ("Kering is expected to …
Its new CEO X"), or where the sentences before dwell on that other company alone (named twice,
or opening two sentences in a row). A passage that names the main company too, a company the
catalogue does not know (which may be a unit) and a unit of the main company keep the title at
the main company. Sentences written for the test (real company names, invented facts).
"""

from __future__ import annotations

import helpers

from kg.nlp.extract import Extractor


def _employers(extractor: Extractor, body: str, lang: str, headline: str, person: str) -> set[str]:
    """The organisations the extraction says ``person`` works for."""
    x = helpers.run(extractor, body, lang, headline=headline)
    return {o for s, p, o in helpers.triples(x) if p == "worksFor" and s == person}


_SIEMENS_DE = ("Siemens steigert den Umsatz um 5 Prozent. Siemens bestätigt die Prognose für das "
               "Gesamtjahr. Siemens will zudem Aktien zurückkaufen. ")


def test_title_after_two_sentences_on_another_company(extractor: Extractor) -> None:
    body = (_SIEMENS_DE + "Xiaomi profitiert dagegen vom Erfolg seiner Smartphones. "
            "Xiaomi lieferte im Oktober mehr als 40.000 Elektroautos aus. "
            "Konzernchef Lei Jun kündigte an, 2028 mit dem Verkauf in Europa zu beginnen.")
    assert _employers(extractor, body, "de", "Siemens hebt die Prognose", "Lei Jun") == {"Xiaomi"}


def test_title_after_one_sentence_naming_another_company_twice(extractor: Extractor) -> None:
    body = (_SIEMENS_DE + "Xiaomi profitiert dagegen vom Erfolg seiner Smartphones, und Xiaomi "
            "will mehr Autos absetzen. Konzernchef Lei Jun kündigte den Verkauf in Europa an.")
    assert _employers(extractor, body, "de", "Siemens hebt die Prognose", "Lei Jun") == {"Xiaomi"}


def test_title_after_one_sentence_on_another_company_stays(extractor: Extractor) -> None:
    # one sentence on a customer is an aside: the post is still the main company's
    body = (_SIEMENS_DE + "Xiaomi lieferte im Oktober mehr als 40.000 Elektroautos aus. "
            "Konzernchef Roland Busch kündigte an, 2028 mehr in Europa zu investieren.")
    assert _employers(extractor, body, "de", "Siemens hebt die Prognose", "Roland Busch") == {"Siemens"}


def test_title_after_sentences_that_name_the_main_company_stays(extractor: Extractor) -> None:
    body = (_SIEMENS_DE + "Xiaomi kauft Sensoren von Siemens. Xiaomi will mehr Autos absetzen. "
            "Konzernchef Roland Busch kündigte an, 2028 mehr in Europa zu investieren.")
    assert _employers(extractor, body, "de", "Siemens hebt die Prognose", "Roland Busch") == {"Siemens"}


def test_title_after_an_unknown_company_stays(extractor: Extractor) -> None:
    # "Die Kliniktochter Zorvana": a name the catalogue does not know may be the main company's unit
    body = (_SIEMENS_DE + "Die Tochter Zorvana Systems steigerte den Umsatz. Zorvana Systems "
            "gewann zudem Kunden. Konzernchef Roland Busch kündigte einen Aktienrückkauf an.")
    assert _employers(extractor, body, "de", "Siemens hebt die Prognose", "Roland Busch") == {"Siemens"}


_LVMH_EN = ("LVMH reported a 2% rise in quarterly revenue. LVMH said demand in Asia recovered. "
            "LVMH kept its dividend unchanged. ")


def test_possessive_title_after_another_company(extractor: Extractor) -> None:
    body = (_LVMH_EN + "Kering, the owner of Gucci, is expected to report another drop in sales. "
            "Its new CEO Luca de Meo has promised to cut debt.")
    assert _employers(extractor, body, "en", "LVMH sales grow", "Luca de Meo") == {"Kering"}


def test_plain_title_after_another_company_stays(extractor: Extractor) -> None:
    # no possessive, one sentence on the rival: the article's company keeps the post
    body = (_LVMH_EN + "Kering is expected to report another drop in sales. "
            "Chief Financial Officer Cécile Cabanis said the group would keep investing.")
    assert _employers(extractor, body, "en", "LVMH sales grow", "Cécile Cabanis") == {"LVMH"}


def test_possessive_title_after_the_main_company_stays(extractor: Extractor) -> None:
    body = (_LVMH_EN + "LVMH is expected to open more stores in China. "
            "Its finance chief Cécile Cabanis said the group would keep investing.")
    assert _employers(extractor, body, "en", "LVMH sales grow", "Cécile Cabanis") == {"LVMH"}
