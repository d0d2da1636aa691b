"""Wrong relations of the twenty-sixth precision round, on sentences written for the test.

* "The model is built on the open-weight X and competes with Y": X is the object of the first
  verb, no rival of Y; the second verb's subject is named by no name, so no rival pair is read.
  A name opening the clause ("A and B compete with C") or a verb with its own object ("X supplies
  chips to A and competes with C") keeps its rival.
* "…, while Acme CEO X will serve as chairman" where no mention covers "Acme": the title names
  an employer we do not know, so X is no employee of the article's company. A word that names
  no employer ("Group CEO", "Interim CEO"), a known company before the title, or the title
  opening the sentence keep their reading.
* "Analyst X of J.P. Morgan kept his rating on Quorvale" where no mention covers "Quorvale": the
  house judges a company we do not know, so it covers no guess (the article's company); a
  rating "on the stock" or on a named company keeps its reading.
* "Zu den Kunden gehören die Werften von X und der Windturbinenbauer Y": Y, joined to the list
  by a conjunction past a descriptor, is one more customer, not the supplier; the supplier is
  the article's company. A plain list ("… von X und Y") keeps both customers.
* "Auch X gilt als Konkurrent; an Y ist der Dax-Konzern nicht beteiligt": the index compound may
  mean X, named in the clause before, as well as the article's company, so no member is read;
  with no other company named earlier the compound stays the article's company's.

Companies and products are real catalogue entries; the facts are invented. Each rule has a
look-alike beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == predicate}


@pytest.mark.parametrize(("body", "lang"), [
    ("The startup's new model is built on the open-weight Mistral Large and competes with "
     "Meta Platforms' Llama.", "en"),
    ("Its assistant runs on Llama and competes with Mistral Large in French.", "en"),
    ("Das neue Modell basiert auf dem offenen Mistral Large und konkurriert mit Llama von "
     "Meta Platforms.", "de"),
])
def test_base_model_is_no_rival(extractor: Extractor, body: str, lang: str) -> None:
    assert not _of(run(extractor, body, lang, "AI news"), "competitorOf")


def test_base_model_still_read_as_the_base(extractor: Extractor) -> None:
    x = run(extractor, "The lab's latest model, Solstice 2, is built on the open-weight Mistral Large "
                       "and competes with Meta Platforms' Llama.", "en", "AI news")
    assert ("Solstice 2", "Mistral Large") in _of(x, "basedOn")
    assert ("Mistral Large", "Llama") not in _of(x, "competitorOf")


@pytest.mark.parametrize(("body", "lang", "pair"), [
    ("Infineon supplies chips to BMW and competes with STMicroelectronics.", "en",
     ("Infineon Technologies", "STMicroelectronics")),
    ("Schneider Electric competes with ABB in automation.", "en", ("Schneider Electric", "ABB")),
    ("Infineon beliefert BMW und konkurriert mit STMicroelectronics.", "de",
     ("Infineon Technologies", "STMicroelectronics")),
])
def test_subject_named_before_the_verb_keeps_its_rival(extractor: Extractor, body: str, lang: str,
                                                        pair: tuple[str, str]) -> None:
    assert pair in _of(run(extractor, body, lang, "Industry news"), "competitorOf")


_SUBJECT = "Siemens Energy reported results. "


@pytest.mark.parametrize(("body", "expected"), [
    ("The deal was agreed, while Quorvale CEO Robert Kessling will serve as chairman.", set()),
    ("The deal was agreed, while Group CEO Robert Kessling will serve as chairman.",
     {("Robert Kessling", "Siemens Energy")}),
    ("Interim CEO Robert Kessling said demand rose.", {("Robert Kessling", "Siemens Energy")}),
    ("CEO Robert Kessling said demand rose.", {("Robert Kessling", "Siemens Energy")}),
    ("The plan works, while BMW CEO Robert Kessling disagreed.", {("Robert Kessling", "BMW")}),
])
def test_name_before_a_title_decides_the_employer(extractor: Extractor, body: str,
                                                 expected: set[tuple[str, str]]) -> None:
    assert _of(run(extractor, _SUBJECT + body, "en", "Siemens Energy news"), "worksFor") == expected


def test_rating_on_an_unknown_name_covers_no_guess(extractor: Extractor) -> None:
    x = run(extractor, _SUBJECT + "J.P. Morgan analyst Kevin Grady said the deal makes sense but kept "
                                  "his neutral rating on Quorvale.", "en", "Siemens Energy news")
    assert not _of(x, "covers")


@pytest.mark.parametrize("body", [
    "J.P. Morgan analyst Kevin Grady said the deal makes sense but kept his neutral rating on the stock.",
    "J.P. Morgan analyst Kevin Grady kept his neutral rating on Siemens Energy.",
])
def test_rating_on_the_stock_or_a_named_company_is_covered(extractor: Extractor, body: str) -> None:
    assert _of(run(extractor, _SUBJECT + body, "en", "Siemens Energy news"), "covers") == {
        ("JPMorgan", "Siemens Energy")}


def test_descriptor_item_after_a_customer_list_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy meldet Zahlen. Zu den Kunden gehören die Werften von Fincantieri "
                       "und der Windturbinenbauer Vestas.", "de", "Siemens Energy")
    found = _of(x, "supplierOf")
    assert ("Vestas", "Fincantieri") not in found
    assert ("Siemens Energy", "Fincantieri") in found


def test_plain_customer_list_keeps_both(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy meldet Zahlen. Zu den Kunden gehören die Werften von Fincantieri "
                       "und Vestas.", "de", "Siemens Energy")
    assert _of(x, "supplierOf") == {("Siemens Energy", "Fincantieri"), ("Siemens Energy", "Vestas")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Auch Heidelberg Materials gilt als Konkurrent der beiden Firmen; an Brenntag ist der Dax-Konzern "
     "nicht beteiligt.", set()),
    ("Der Großaktionär Brenntag umgarnt seit Wochen den Dax-Konzern.", {("Siemens Energy", "DAX")}),
])
def test_index_compound_means_the_articles_company_only_alone(extractor: Extractor, body: str,
                                                              expected: set[tuple[str, str]]) -> None:
    x = run(extractor, "Siemens Energy meldet Zahlen. " + body, "de", "Siemens Energy")
    assert _of(x, "memberOf") == expected
