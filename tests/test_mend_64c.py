"""People: an appointment with its verb first never employs the source that reports it; a
predecessor still in post works for the company of the post handed on, never for the
successor's former employer."""

from __future__ import annotations

import pytest
from helpers import employers, posts

from kg.nlp.extract import Extractor


@pytest.mark.parametrize("body", [
    "Wie Reuters berichtet, wird Anna Weber neue Finanzchefin.",
    "Laut Bloomberg wird Anna Weber zum 1. April neue Finanzchefin.",
    "BASF legte Zahlen vor. Wie Reuters berichtet, wird Anna Weber neue Finanzchefin.",
])
def test_source_reporting_an_appointment_is_no_employer(extractor: Extractor, body: str) -> None:
    found = employers(extractor, body, "de")
    assert ("Anna Weber", "Reuters") not in found
    assert ("Anna Weber", "Bloomberg") not in found


@pytest.mark.parametrize(("body", "employer"), [
    # look-alikes: the organisation framing the clause, or the one the title joins, employs her
    ("Bei Siemens wird Anna Weber neue Finanzchefin.", "Siemens"),
    ("Beim Autobauer BMW wird Anna Weber zum 1. April neue Finanzchefin.", "BMW"),
    ("Wie Reuters berichtet, wird Anna Weber zum 1. April Finanzchefin bei BASF.", "BASF"),
])
def test_framing_or_joined_organisation_employs_the_appointee(extractor: Extractor, body: str,
                                                              employer: str) -> None:
    assert posts(extractor, body, "de", "Anna Weber") == {employer: "Finanzchefin"}


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens's former CFO Anna Keller will succeed Markus Weber as CEO.", "en"),
    ("BASF reported results. Siemens's former CFO Anna Keller will succeed Markus Weber as CEO.", "en"),
    ("BASF reported results. Anna Keller, a former Siemens executive, will succeed Markus Weber as CEO.", "en"),
    ("BASF legte Zahlen vor. Die ehemalige Siemens-Managerin Anna Keller folgt auf Markus Weber, "
     "der in den Aufsichtsrat wechseln soll.", "de"),
])
def test_predecessor_staying_never_works_for_the_successors_former_employer(
        extractor: Extractor, body: str, lang: str) -> None:
    assert ("Markus Weber", "Siemens") not in employers(extractor, body, lang)


@pytest.mark.parametrize(("body", "lang", "employer"), [
    # the company of the post handed on, named after the predecessor
    ("Siemens's former CFO Anna Keller will succeed Markus Weber as CEO of BASF.", "en", "BASF"),
    ("Anna Keller, a former Siemens executive, will succeed Markus Weber as CEO of BASF.", "en", "BASF"),
    # look-alikes: a current post of the successor's is no former one; the passage's company holds
    ("Bayer reported results. Siemens's CFO Anna Keller will succeed Markus Weber as CEO of BASF.", "en", "BASF"),
    ("BASF legte Zahlen vor. Die Siemens-Managerin Anna Keller folgt auf Markus Weber, "
     "der in den Aufsichtsrat wechseln soll.", "de", "BASF"),
])
def test_predecessor_staying_works_for_the_company_of_the_post(extractor: Extractor, body: str, lang: str,
                                                              employer: str) -> None:
    assert posts(extractor, body, lang, "Markus Weber") == {employer: None}
