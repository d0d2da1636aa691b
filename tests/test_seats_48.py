"""A city's adjective seats the company it qualifies, and only that one: the name right after
it, after one noun that describes it ("dem Münchner Konkurrenten KNDS") or after a company
noun ("der Walldorfer Softwarekonzern SAP"), never a name further on, past a noun phrase the
adjective qualifies ("Auf der Frankfurter IAA stellte BMW …").

Companies are real catalogue entries; the sentences are written for the test.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("body", "company", "city"), [
    ("Auf der Frankfurter IAA stellte BMW ein neues Elektroauto vor.", "BMW", "Frankfurt"),
    ("Auf der Münchner Sicherheitskonferenz sprach Rheinmetall-Chef Armin Papperger.",
     "Rheinmetall", "Munich"),
    ("Am Hamburger Hafen legte ein Schiff von Hapag-Lloyd an.", "Hapag-Lloyd", "Hamburg"),
])
def test_an_adjective_of_another_noun_seats_no_company(
        extractor: Extractor, body: str, company: str, city: str) -> None:
    assert (company, "locatedIn", city) not in triples(run(extractor, body, headline="Bericht"))


@pytest.mark.parametrize(("body", "company", "city"), [
    ("Der Walldorfer Softwarekonzern SAP hob die Prognose an.", "SAP", "Walldorf"),
    ("Die Stuttgarter Porsche AG hob die Prognose an.", "Porsche", "Stuttgart"),
    ("Rheinmetall arbeitet mit dem Münchner Konkurrenten KNDS zusammen.", "KNDS", "Munich"),
    ("Die Papiere des Stuttgarter Rivalen Mercedes-Benz legten zu.", "Mercedes-Benz Group",
     "Stuttgart"),
    ("Der Wolfsburger VW-Konzern hob die Prognose an.", "Volkswagen", "Wolfsburg"),
    ("Mit dem Darmstädter Pharma- und Technologiekonzern Merck KGaA schloss die Firma einen "
     "Vertrag.", "Merck KGaA", "Darmstadt"),
])
def test_the_adjective_before_a_name_or_company_noun_still_seats_it(
        extractor: Extractor, body: str, company: str, city: str) -> None:
    assert (company, "locatedIn", city) in triples(run(extractor, body, headline="Bericht"))
