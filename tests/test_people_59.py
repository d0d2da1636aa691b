"""People and their posts: a move between employers with no title names its subject a person
who works for the employer joined, never the one left; and a title holder's employer is never
a company named in a clause of what the person thinks or finds."""

from __future__ import annotations

import pytest
from helpers import employers, run

from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("body", "lang", "person", "joined", "left"), [
    ("Markus Weber kommt von BASF zu Siemens.", "de", "Markus Weber", "Siemens", "BASF"),
    ("Anna Keller wechselt von der Commerzbank zur Deutschen Bank.", "de", "Anna Keller",
     "Deutsche Bank", "Commerzbank"),
    ("Markus Weber joins Siemens from BASF, the company said.", "en", "Markus Weber", "Siemens", "BASF"),
    ("Anna Keller is set to join Deutsche Bank from Commerzbank.", "en", "Anna Keller",
     "Deutsche Bank", "Commerzbank"),
])
def test_untitled_move_names_the_employer_joined(extractor: Extractor, body: str, lang: str,
                                                  person: str, joined: str, left: str) -> None:
    found = employers(extractor, body, lang)
    assert (person, joined) in found
    assert (person, left) not in found


@pytest.mark.parametrize(("body", "lang"), [
    # a joining of something else than an employer: no move, so no post
    ("Markus Weber joins Siemens in criticising BASF.", "en"),
    # "kommt zu" with no organisation left is no move between employers
    ("Markus Weber kommt zu dem Schluss, dass Siemens wächst.", "de"),
])
def test_joining_without_a_move_gives_no_employer(extractor: Extractor, body: str, lang: str) -> None:
    assert not employers(extractor, body, lang)


@pytest.mark.parametrize(("body", "lang", "headline", "judged"), [
    ("Siemens hebt die Prognose an. Finanzchefin Anna Keller kommt zu dem Schluss, dass Henkel wächst.",
     "de", "Siemens hebt die Prognose an", "Henkel"),
    ("Siemens raised its outlook. Finance chief Anna Keller concluded that Henkel is growing.",
     "en", "Siemens raises its outlook", "Henkel"),
])
def test_company_judged_in_a_clause_is_no_employer(extractor: Extractor, body: str, lang: str,
                                                    headline: str, judged: str) -> None:
    x = run(extractor, body, lang, headline)
    found = {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}
    assert ("Anna Keller", judged) not in found


@pytest.mark.parametrize(("body", "lang", "headline"), [
    # the title's own "von"/"of" names the employer before the clause: it stays hers
    ("Siemens hebt die Prognose an. Finanzchefin Anna Keller von Henkel kommt zu dem Schluss, "
     "dass Siemens wächst.", "de", "Siemens hebt die Prognose an"),
    ("Siemens raised its outlook. Finance chief Anna Keller of Henkel concluded that Siemens is growing.",
     "en", "Siemens raises its outlook"),
])
def test_employer_named_before_the_clause_stays(extractor: Extractor, body: str, lang: str,
                                                 headline: str) -> None:
    x = run(extractor, body, lang, headline)
    found = {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}
    assert ("Anna Keller", "Henkel") in found
    assert ("Anna Keller", "Siemens") not in found


@pytest.mark.parametrize("body", [
    "Peter Lang soll im Sommer an die Spitze von Siemens rücken.",
    "Peter Lang soll an die Spitze des Siemens-Konzerns rücken, teilte das Unternehmen mit.",
])
def test_announced_head_works_for_the_company(extractor: Extractor, body: str) -> None:
    assert ("Peter Lang", "Siemens") in employers(extractor, body, "de")


def test_share_moving_to_the_top_of_an_index_is_no_post(extractor: Extractor) -> None:
    # "an die Spitze … rücken" of a share in an index names no person and no post
    x = run(extractor, "Die Siemens-Aktie soll an die Spitze des Dax rücken.", "de", "Marktbericht")
    assert not [r for r in x.relations if r.predicate == "worksFor"]
