"""Rivals listed after "competes with" and resumed by the preposition again, on sentences
written for these tests (catalogued companies): a list resumed after what the first item is
competed for, closed by a comma ("competes with X for large software contracts, and with Y in
cloud services") names Y too, unless a verb of a clause of its own follows Y ("…, und mit Y
arbeitet X zusammen"); a resumed item named by its unit or its own goods ("and with the cloud
arm of Y", "und mit der Cloud-Sparte von Y") is Y, but neither Y's customers nor its subsidiary. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor


def _rivals(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str]]:
    """Each competitorOf of the text as (subject, object)."""
    x = run(extractor, body, lang=lang, headline=headline)
    return {(r.subject, r.object) for r in x.relations if r.predicate == "competitorOf"}


# --- a list resumed after a comma ----------------------------------------------------------


def test_list_resumed_after_a_comma_names_the_later_rival(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "SAP competes with Oracle for large business software contracts, "
                     "and with Microsoft in cloud services.", "en", "SAP shares rise")
    assert rivals == {("SAP", "Oracle"), ("SAP", "Microsoft")}


def test_list_not_resumed_by_the_preposition_names_a_partner_no_rival(extractor: Extractor) -> None:
    """Look-alike: another verb after the comma; Microsoft is its object, no rival."""
    x = run(extractor, "SAP competes with Oracle for large business software contracts, "
            "and works with Microsoft in cloud services.", lang="en", headline="SAP shares rise")
    rivals = {(r.subject, r.object) for r in x.relations if r.predicate == "competitorOf"}
    assert rivals == {("SAP", "Oracle")}
    assert ("SAP", "partnerOf", "Microsoft") in {(r.subject, r.predicate, r.object) for r in x.relations}


def test_german_list_resumed_after_a_comma_names_the_later_rival(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "SAP konkurriert mit Oracle um große Aufträge im Mittelstand, "
                     "und mit Microsoft in der Cloud.", "de", "SAP steigt")
    assert rivals == {("SAP", "Oracle"), ("SAP", "Microsoft")}


def test_resumed_preposition_opening_a_clause_of_its_own_names_no_rival(extractor: Extractor) -> None:
    """Look-alike: a verb right after the resumed name opens a clause of its own."""
    rivals = _rivals(extractor, "SAP konkurriert mit Oracle um große Aufträge, und mit Microsoft "
                     "arbeitet SAP in der Cloud zusammen.", "de", "SAP steigt")
    assert rivals == {("SAP", "Oracle")}


# --- a resumed item named by its unit or goods -----------------------------------------------


def test_unit_of_a_company_in_a_resumed_list_names_the_company(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "SAP competes with Oracle and with the cloud units of Microsoft "
                     "and Amazon, but says its margins are higher.", "en", "SAP shares rise")
    assert rivals == {("SAP", "Oracle"), ("SAP", "Microsoft"), ("SAP", "Amazon")}


def test_customers_of_a_company_in_a_resumed_list_are_no_rivals(extractor: Extractor) -> None:
    """Look-alike: the customers of Microsoft are other firms than Microsoft."""
    rivals = _rivals(extractor, "SAP competes with Oracle and with the customers of Microsoft, "
                     "it said.", "en", "SAP shares rise")
    assert ("SAP", "Microsoft") not in rivals
    assert ("SAP", "Oracle") in rivals


def test_german_unit_of_a_company_in_a_resumed_list_names_the_company(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "SAP konkurriert mit Oracle um große Aufträge im Mittelstand, und "
                     "mit der Cloud-Sparte von Microsoft.", "de", "SAP steigt")
    assert rivals == {("SAP", "Oracle"), ("SAP", "Microsoft")}


def test_german_customers_of_a_company_in_a_resumed_list_are_no_rivals(extractor: Extractor) -> None:
    """Look-alike: "den Kunden von Microsoft" are other firms than Microsoft."""
    rivals = _rivals(extractor, "SAP konkurriert mit Oracle und mit den Kunden von Microsoft.",
                     "de", "SAP steigt")
    assert rivals == {("SAP", "Oracle")}


def test_subsidiary_of_a_company_in_a_resumed_list_is_no_rival(extractor: Extractor) -> None:
    """Look-alike: a subsidiary is a company of its own, not the parent named after it."""
    rivals = _rivals(extractor, "SAP competes with Oracle and with the subsidiary of Microsoft.",
                     "en", "SAP shares rise")
    assert rivals == {("SAP", "Oracle")}
