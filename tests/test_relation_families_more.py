"""More relation families, on sentences written for the test: where a list of
rivals ends, the employer of a speaker whose quote names another company,
comparisons with an estimate, capitalised rival nouns and role titles.

Companies are real catalogue entries; the facts are invented. Each positive
case has a look-alike beside it that must yield nothing.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor

# --- where a list ends ---------------------------------------------------------------


def test_rival_list_ends_at_a_verb(extractor: Extractor) -> None:
    # the subject after the verb is the one compared, not one more rival
    x = run(extractor, "Die Commerzbank meldet mehr Gewinn. Im Vergleich zu den Konkurrenten "
                       "Allianz und Munich Re sei Talanx günstig bewertet.", headline="Versicherer")
    found = triples(x)
    assert ("Talanx", "competitorOf", "Allianz") in found
    assert ("Talanx", "competitorOf", "Munich Re") in found
    assert not {t for t in found if t[1] == "competitorOf" and "Commerzbank" in t}


def test_rival_list_keeps_the_maker_of_an_item(extractor: Extractor) -> None:
    # "GPT-5 von OpenAI und Gemini 3 Pro": the maker between two items does not end the list
    x = run(extractor, "Das neue Modell DeepSeek-V3.2 soll mit den Rivalen GPT-5 von OpenAI "
                       "und Gemini 3 Pro mithalten.", headline="DeepSeek")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("DeepSeek-V3.2", "GPT-5")) in rivals
    assert frozenset(("DeepSeek-V3.2", "Gemini 3 Pro")) in rivals


# --- "Zu den Konkurrenten/Kunden (von X) zählen A und B" ------------------------------


def test_rivals_counted_among_follow_the_verb_and_belong_to_the_genitive(
        extractor: Extractor) -> None:
    x = run(extractor, "Siemens meldet mehr Aufträge. Zu den größten Konkurrenten von ABB zählen "
                       "Schneider Electric und Eaton.", headline="Elektrotechnik")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("ABB", "Schneider Electric")) in rivals
    assert frozenset(("ABB", "Eaton")) in rivals
    assert not {pair for pair in rivals if "Siemens" in pair}


def test_customers_counted_among_are_supplied_by_the_article_subject(
        extractor: Extractor) -> None:
    x = run(extractor, "Gerresheimer stellt Spritzen her. Zu den wichtigsten Kunden zählen "
                       "Novo Nordisk und Sanofi.", headline="Gerresheimer")
    assert {("Gerresheimer", "supplierOf", "Novo Nordisk"),
            ("Gerresheimer", "supplierOf", "Sanofi")} <= triples(x)


def test_shareholders_counted_among_are_no_customers(extractor: Extractor) -> None:
    x = run(extractor, "Gerresheimer stellt Spritzen her. Zu den größten Aktionären zählen "
                       "BlackRock und Union Investment.", headline="Gerresheimer")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


# --- a rival noun opening the sentence ------------------------------------------------


def test_capitalised_rival_opening_a_sentence(extractor: Extractor) -> None:
    x = run(extractor, "Micron signed a memory deal with Nvidia. Rival SK Hynix responded "
                       "within hours.", lang="en", headline="Micron wins memory deal")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Micron Technology", "SK Hynix")) in rivals


def test_capitalised_rival_without_a_name_yields_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Micron signed a memory deal with Nvidia. Rival offers were lower, "
                       "analysts said.", lang="en", headline="Micron wins memory deal")
    assert not {t for t in triples(x) if t[1] == "competitorOf"}
