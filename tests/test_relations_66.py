"""A rival named alone, in a report on several companies, on sentences written for the test.

* "Im MDax brachen Covestro ein. Der Chemiekonzern kappte die Prognose. … Konkurrent Wacker
  Chemie gab im Sog nach": a rival noun before a name, no owner in its sentence, after a
  paragraph that speaks of one company only (its subject, and what refers to it): the name is
  that company's rival, though the report as a whole is about no one company.
* "Tesla - Tesla rose 2.9% after data showed the carmaker sold more cars. Chinese rival BYD
  fell 1.4%": the same in a list of the day's movers, whose items open with a plain dash.

Look-alikes that keep no rivalry: a paragraph naming two companies before the rival (a market
report moving from one to the next), a passage whose last sentences turn to a second company,
a rival sentence naming another company too, a unit of the company, and "Konkurrent" as a
common noun with no name after it.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import rival_pairs, run

from kg.nlp.extract import Extractor

_HEADLINE = "Aktien Frankfurt: Chipwerte gefragt - Versorger schwach"
# a report's opening on other companies: the report as a whole is about no one company
_OPENING = ("Die Aussicht auf steigende Ausgaben hat am Freitag die Technologiewerte angetrieben. "
            "Aixtron gewannen 6,2 Prozent, Infineon 2,9 Prozent.\n\n"
            "Die Versorger standen dagegen auf den Verkaufslisten. RWE verloren 1,8 Prozent, "
            "E.ON 1,2 Prozent.\n\n")


def _rivals(extractor: Extractor, paragraph: str) -> set[frozenset[str]]:
    return rival_pairs(run(extractor, _OPENING + paragraph, "de", _HEADLINE))


# --- the one company of the paragraph -------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "Im MDax brachen Covestro um 9,7 Prozent ein. Der Leverkusener Kunststoffkonzern kappte seine "
    "Prognose. Im dritten Quartal sank der Umsatz um 8 Prozent. Konkurrent Wacker Chemie gab im Sog "
    "um 2,2 Prozent nach.",
    "Covestro brachen um 9,7 Prozent ein, nachdem der Konzern seine Prognose gekappt hatte. "
    "Der Münchner Konkurrent Wacker Chemie legte dagegen zu.",
])
def test_a_rival_alone_is_the_rival_of_the_paragraphs_company(extractor: Extractor, paragraph: str) -> None:
    assert frozenset({"Covestro", "Wacker Chemie"}) in _rivals(extractor, paragraph)


def test_a_movers_item_opened_by_a_plain_dash_gives_its_company_the_rival(extractor: Extractor) -> None:
    body = ("Here are the companies making the biggest moves in midday trading on Wednesday.\n\n"
            "Salesforce - The cloud software company rose 6.8% after reporting higher revenue.\n\n"
            "Intel - Intel added 4.1% after Citi upgraded the chipmaker to \"buy\".\n\n"
            "Tesla - Tesla rose 2.9% after data from China showed the electric-vehicle maker sold "
            "86,700 cars there in November. Chinese rival BYD fell 1.4% in Hong Kong.")
    x = run(extractor, body, "en", "Stocks making the biggest moves midday: Salesforce, Intel and more")
    assert frozenset({"Tesla", "BYD"}) in rival_pairs(x)


# --- whose rival is not clear -----------------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    # the paragraph names two companies: the report moves from one to the next
    "Im MDax brachen Covestro um 9,7 Prozent ein, Lanxess verloren 3 Prozent. Im dritten Quartal "
    "sank der Umsatz um 8 Prozent. Konkurrent Wacker Chemie gab im Sog um 2,2 Prozent nach.",
    # the passage has turned to a second company, the subject of the sentence before
    "Im MDax brachen Covestro um 9,7 Prozent ein. Zuvor hatte BASF vor einem schwachen Quartal "
    "gewarnt. Konkurrent Wacker Chemie gab im Sog um 2,2 Prozent nach.",
    # the rival's sentence names another company too
    "Im MDax brachen Covestro um 9,7 Prozent ein. Im dritten Quartal sank der Umsatz um 8 Prozent. "
    "Konkurrent Wacker Chemie gab im Sog um 2,2 Prozent nach, EnBW legte zu.",
])
def test_a_rival_alone_after_a_passage_on_several_companies_is_not_the_first_ones(
        extractor: Extractor, paragraph: str) -> None:
    assert frozenset({"Covestro", "Wacker Chemie"}) not in _rivals(extractor, paragraph)


def test_a_unit_of_the_paragraphs_company_is_not_its_rival(extractor: Extractor) -> None:
    paragraph = ("Im Dax brachen Volkswagen um 4 Prozent ein. Im dritten Quartal sank der Umsatz um "
                 "8 Prozent. Konkurrent Audi gab im Sog um 2,2 Prozent nach.")
    assert frozenset({"Volkswagen", "Audi"}) not in _rivals(extractor, paragraph)


def test_konkurrent_as_a_common_noun_names_no_rival(extractor: Extractor) -> None:
    paragraph = ("Im MDax brachen Covestro um 9,7 Prozent ein. Im dritten Quartal sank der Umsatz um "
                 "8 Prozent. Ein Konkurrent aus Asien gab im Sog um 2,2 Prozent nach.")
    assert not any("Covestro" in pair for pair in _rivals(extractor, paragraph))
