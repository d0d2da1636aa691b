"""Wrong ratings of a company named only in a relative clause, and their look-alikes that keep
their reading.

A company named in a relative clause that closes before the rating ("Rival Foo, in which
Siemens holds a stake, was cut to underperform") describes the clause's antecedent: where no
company is named outside such a clause, the antecedent is a name the extractor does not know,
and nothing is rated. A company outside the clause is still rated. Sentences written for the
test (real company names, invented facts).
"""

from __future__ import annotations

import helpers

from kg.nlp.extract import Extractor


def _ratings(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str, str]]:
    """The (by, about, rating) triples of ``body``."""
    return helpers.rating_facts(helpers.run_in(extractor, body, lang))


def test_only_company_in_a_relative_clause_is_not_rated_en(extractor: Extractor) -> None:
    facts = _ratings(extractor, 'Smaller rival Quillmark Freight Software, in which Siemens holds a 12% '
                     'stake, fell 1.8% after Jefferies cut it to "underperform" from "hold".', "en")
    assert not any(about == "Siemens" for _, about, _ in facts)


def test_company_before_its_own_relative_clause_is_rated_en(extractor: Extractor) -> None:
    facts = _ratings(extractor, 'Siemens, which holds a 12% stake in several startups, fell 1.8% after '
                     'Jefferies cut it to "underperform" from "hold".', "en")
    assert ("Jefferies", "Siemens", "underperform") in facts


def test_only_company_in_a_relative_clause_is_not_rated_de(extractor: Extractor) -> None:
    facts = _ratings(extractor, 'Der kleinere Konkurrent Quillmark Logistiksoftware, an dem Siemens 12 '
                     'Prozent hält, fiel um 1,8 Prozent, nachdem Jefferies die Aktie auf '
                     '"Underperform" senkte.', "de")
    assert not any(about == "Siemens" for _, about, _ in facts)


def test_company_outside_the_relative_clause_is_rated_de(extractor: Extractor) -> None:
    facts = _ratings(extractor, 'Für die Muttergesellschaft Siemens, die 70 Prozent an Siemens '
                     'Healthineers hält, bestätigte die UBS ihr "Buy".', "de")
    assert ("UBS", "Siemens", "Buy") in facts
    assert not any(about == "Siemens Healthineers" for _, about, _ in facts)


def test_house_before_the_relative_clause_still_rates_de(extractor: Extractor) -> None:
    facts = _ratings(extractor, 'Zurückhaltender zeigt sich die Großbank UBS, die ihr Kursziel für Siemens '
                     'von 150 auf 158 Euro erhöht hatte, ihr Votum aber bei "Neutral" beließ.', "de")
    assert ("UBS", "Siemens", "Neutral") in facts
