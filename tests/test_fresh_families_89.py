"""German analyst calls and rating round-ups, on families of construction that hold in any
article, on sentences written for these tests (catalogued companies, invented figures and
invented firms): a catalogued name of an initial, a dot and a word of capitals is printed
with that word in title case as well ("E.On" for "E.ON"); after a verb of giving and the
dative of its receiver ("liefert dem US-Konzern"), one word spelt as a common noun is the
thing given, no company named by the receiver's noun; a company a house rates or values in
the sentence is no rival of that house ("äußerte sich die UBS über den US-Rivalen Boeing, den
sie mit 'Neutral' einstuft"), unless both are banks, which compete with each other. Each
with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import _dotted_title_case

# --- an initial's dot before a word of capitals ---------------------------------------


def test_dotted_name_in_title_case_is_the_catalogued_company(extractor: Extractor) -> None:
    x = run(extractor, "Kepler Cheuvreux senkte das Votum für E.On auf „Reduce“ und das Kursziel "
            "auf 11,50 Euro.", headline="Versorger im Blick")
    assert ("Kepler Cheuvreux", "E.ON", "Reduce") in {(r.by, r.about, r.rating) for r in x.ratings}
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("E.ON", "Kepler Cheuvreux")}


def test_dotted_title_case_only_of_a_word_of_capitals_after_one_initial() -> None:
    """Look-alike: initials before a name ("J.P. Morgan") and plain names keep their print."""
    assert _dotted_title_case("E.ON SE") == "E.On SE"
    assert _dotted_title_case("J.P. Morgan") is None
    assert _dotted_title_case("UBS") is None


# --- the thing given after the dative of its receiver ---------------------------------


def test_noun_after_a_given_receiver_is_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia baut neue Rechenzentren. Infineon liefert dem US-Konzern "
            "Leistungshalbleiter für dessen Rechenzentren.", headline="Chipwerte gefragt")
    assert "Leistungshalbleiter" not in {e.label for e in x.entities}
    assert ("Infineon Technologies", "supplierOf", "Leistungshalbleiter") not in triples(x)


def test_noun_spelt_name_after_a_firm_noun_without_giving_stays_a_company(extractor: Extractor) -> None:
    """Look-alike: no verb of giving before the noun; the word after it is the firm's name."""
    x = run(extractor, "Infineon verhandelt mit dem Autozulieferer Wendlinger über neue Chips.",
            headline="Chipwerte gefragt")
    assert "Wendlinger" in {e.label for e in x.entities}


# --- a house rating the company a rival noun names ------------------------------------


def test_house_rating_a_rival_named_company_is_not_its_rival(extractor: Extractor) -> None:
    x = run(extractor, "Barclays bleibt für Airbus optimistisch. Zurückhaltender äußerte sich die UBS "
            "über den US-Rivalen Boeing, den sie weiter mit „Neutral“ einstuft.",
            headline="Luftfahrtwerte gemischt")
    assert ("UBS", "covers", "Boeing") in triples(x)
    assert not {r for r in triples(x) if r[1] == "competitorOf" and "UBS" in (r[0], r[2])}


def test_company_before_a_rival_noun_stays_the_rival(extractor: Extractor) -> None:
    """Look-alike: the sentence rates no one; the company before the noun is the rival."""
    x = run(extractor, "Barclays bleibt für Airbus optimistisch. Airbus liegt bei den Auslieferungen "
            "klar vor dem US-Rivalen Boeing.", headline="Luftfahrtwerte gemischt")
    assert {("Airbus", "competitorOf", "Boeing"), ("Boeing", "competitorOf", "Airbus")} & triples(x)

