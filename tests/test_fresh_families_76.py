"""Families of construction of management changes, governance and activist stories, on
sentences written for these tests (invented companies beside catalogued ones and invented
facts): "Software" after a catalogued name adds no company; a title opening a subordinate clause after a comma
("Glass Lewis riet ab, weil Vorstandschef X …", "…, because Chief Executive X …") owns no
company of the main clause; a company the article brought in as a rival ("vom Rivalen Y",
"beim Konkurrenten Y") is not whose post a bare title in the passage is; a house whose name
opens the next person's title ("… an Vorstandschefin X fordert Cevian-Partner Y") employs
that person, not the one named before it. Each with a look-alike that keeps its other
reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import employers, metric_facts, run

from kg.nlp.extract import Extractor

# --- "Software" after a catalogued name ----------------------------------------------------


def test_software_after_a_catalogued_name_adds_no_company(extractor: Extractor) -> None:
    """Look-alike: "Software" after a catalogued company's name is no new company that takes
    the catalogued one's results."""
    x = run(extractor, "Oracle Software licences sold well, and Oracle reported revenue of "
            "$14 billion.", lang="en", headline="Results")
    assert ("Oracle", Decimal("14000000000")) in metric_facts(x, "Revenue")
    assert not any(e.label == "Oracle Software" and e.type == "Company" for e in x.entities)


# --- a title opening a subordinate clause after a comma ----------------------------------


def test_title_opening_a_subordinate_clause_is_not_the_main_clause_subjects(
        extractor: Extractor) -> None:
    body = ("Die Aktionäre der Brenntag stimmten knapp zu. Der Stimmrechtsberater Glass Lewis "
            "hatte abgeraten, weil Vorstandschef Lukas Ebersberg eine höhere Vergütung erhielt.")
    found = employers(extractor, body, "de", headline="Brenntag-Aktionäre murren")
    assert ("Lukas Ebersberg", "Glass Lewis") not in found
    assert ("Lukas Ebersberg", "Brenntag") in found


def test_title_opening_an_english_subordinate_clause(extractor: Extractor) -> None:
    body = ("Kenvue investors backed the plan. Glass Lewis had opposed it, because Chief "
            "Executive Dana Whitcombe received a larger award.")
    found = employers(extractor, body, "en", headline="Kenvue investors back pay plan")
    assert ("Dana Whitcombe", "Glass Lewis") not in found
    assert ("Dana Whitcombe", "Kenvue") in found


def test_title_in_the_main_clause_keeps_its_company(extractor: Extractor) -> None:
    """Look-alike: the title standing in the clause that names the company, with no comma
    before it, is still that company's."""
    body = "Bei Brenntag erhielt Vorstandschef Lukas Ebersberg eine höhere Vergütung, weil der Gewinn stieg."
    found = employers(extractor, body, "de", headline="Vergütung")
    assert ("Lukas Ebersberg", "Brenntag") in found


# --- a company brought in as a rival owns no bare title of the passage -------------------


def test_bare_title_after_a_rival_named_in_an_apposition_is_not_the_rivals(
        extractor: Extractor) -> None:
    body = ("Der Maschinenbauer Krones bekommt einen neuen Chef. KSB-Chef Moritz Albers bedauerte "
            "den Abgang. Die KSB-Aktie verlor 1,2 Prozent. Nachfolger wird Lars Tiefenbach, bislang "
            "Technikvorstand beim Konkurrenten KSB. Tiefenbach übernimmt im März. Bis dahin führt "
            "Produktionsvorständin Hanna Seeliger die Geschäfte kommissarisch.")
    found = employers(extractor, body, "de", headline="Krones-Chef geht – Nachfolger kommt vom Rivalen KSB")
    assert ("Hanna Seeliger", "KSB") not in found
    assert ("Moritz Albers", "KSB") in found


def test_bare_title_after_a_company_not_brought_in_as_rival_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the same passage where the other company is named as the new chief's
    employer, not as a rival, still gives the title to the one company just named."""
    body = ("Der Maschinenbauer KSB meldet einen Wechsel an der Spitze. Lars Tiefenbach übernimmt "
            "im März. Bis dahin führt Produktionsvorständin Hanna Seeliger die Geschäfte kommissarisch.")
    found = employers(extractor, body, "de", headline="Wechsel an der Spitze")
    assert ("Hanna Seeliger", "KSB") in found


# --- a house's name opening the next person's title --------------------------------------


def test_house_opening_the_next_persons_title_employs_that_person_only(extractor: Extractor) -> None:
    body = ("In einem Brief an Vorstandschefin Greta Holmberg fordert Cevian-Partner Henrik Aronsson, "
            "die Sparte Bilfinger Nuclear abzuspalten. \"Die Sparte ist unterbewertet\", schrieb Henrik Aronsson.")
    found = employers(extractor, body, "de", headline="Cevian steigt bei Bilfinger ein")
    assert ("Greta Holmberg", "Cevian Capital") not in found
    assert ("Henrik Aronsson", "Cevian Capital") in found


def test_house_joined_to_the_name_by_a_verb_alone_stays_the_employer(extractor: Extractor) -> None:
    """Look-alike: with no second person whose title the house opens, "Analystin X von Y"
    still names her house after the name."""
    body = "Analystin Greta Holmberg von der DZ Bank erwartet eine Abspaltung der Sparte."
    found = employers(extractor, body, "de", headline="Bilfinger im Blick")
    assert ("Greta Holmberg", "DZ Bank") in found
