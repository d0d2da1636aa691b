"""Relations of the nineteenth round, on sentences written for the test: investors who "also
took part" (", along with Y") in a funding round the sentence before names back the company
raising; a German sentence opening with a "mit" phrase whose verb comes second ("Mit dem
Wirkstoff tritt X gegen Y und Z an") keeps X as the subject of the verb; a name before a
comma is no subject of a clause of its own that opens with a noun ("Die Zellen fertigt X
selbst, Chips liefert Y"); a word with a hyphen between "competes" and "with" ("competes
head-on with Y") keeps the rivalry.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire, or must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


# --- investors who also took part in a round named before ----------------------------------


def test_also_took_part_after_a_round_backs_the_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI raised $2 billion in a new funding round. Sequoia Capital and "
            "Accel led the Series C round. Fidelity Investments and BlackRock also took part.",
            "en", "Mistral AI raises money")
    assert _of(x, "investsIn") == {("Sequoia Capital", "Mistral AI"), ("Accel", "Mistral AI"),
                                   ("Fidelity Investments", "Mistral AI"),
                                   ("BlackRock", "Mistral AI")}


def test_names_joined_after_also_took_part_back_it_too(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI raised $2 billion in a Series C funding round. Fidelity "
            "Investments also participated, along with Microsoft and Nvidia.", "en",
            "Mistral AI raises money")
    assert _of(x, "investsIn") == {("Fidelity Investments", "Mistral AI"),
                                   ("Microsoft", "Mistral AI"), ("Nvidia", "Mistral AI")}


def test_also_took_part_without_a_round_holds_nothing(extractor: Extractor) -> None:
    # look-alikes: a debate, and a round two sentences back with other news between
    x = run(extractor, "Mistral AI hosted a debate on AI safety in Paris. Microsoft and Nvidia "
            "also took part.", "en", "Mistral AI debate")
    assert _of(x, "investsIn") == set()
    x = run(extractor, "Mistral AI raised $2 billion in a Series C funding round. Its chatbot "
            "won a prize in March. Microsoft also took part.", "en", "Mistral AI raises money")
    assert _of(x, "investsIn") == set()


def test_also_took_part_in_something_else_holds_nothing(extractor: Extractor) -> None:
    # look-alike: the verb goes on with another event, not the round
    x = run(extractor, "Mistral AI raised $2 billion in a Series C funding round. Microsoft also "
            "took part in the talks with regulators.", "en", "Mistral AI raises money")
    assert _of(x, "investsIn") == set()


# --- a "mit" phrase opening a German sentence, the verb second ------------------------------


def test_opening_mit_phrase_leaves_the_subject_after_the_verb(extractor: Extractor) -> None:
    x = run(extractor, "Mit dem neuen Wirkstoff tritt Evotec gegen Novartis und Roche an.", "de",
            "Evotec")
    assert _of(x, "competitorOf") == {("Evotec", "Novartis"), ("Evotec", "Roche")}


def test_opening_mit_phrase_naming_a_partner_still_governs_it(extractor: Extractor) -> None:
    # look-alike: the name follows the phrase's noun, so the phrase governs it and the
    # verb's subject comes after it
    x = run(extractor, "Gemeinsam mit dem Partner Roche konkurriert Evotec mit Novartis.", "de",
            "Evotec")
    assert ("Roche", "Novartis") not in _of(x, "competitorOf")
    assert ("Evotec", "Novartis") in _of(x, "competitorOf")


def test_opening_mit_phrase_going_on_with_a_preposition(extractor: Extractor) -> None:
    # look-alike: "von" goes on with the phrase, so Roche stays governed and is no rival
    x = run(extractor, "Gemeinsam mit den Forschern von Roche tritt Evotec gegen Novartis an.",
            "de", "Evotec")
    assert _of(x, "competitorOf") == {("Evotec", "Novartis")}


# --- a clause of its own after a comma, its object fronted -----------------------------------


def test_name_before_a_fronted_clause_supplies_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Die Motoren stellt Bosch selbst her, Chips für die Steuerung liefert "
            "Infineon.", "de", "Zulieferer")
    assert _of(x, "supplierOf") == set()


def test_a_list_or_an_apposition_before_the_verb_still_supplies(extractor: Extractor) -> None:
    # look-alikes: the names after the comma continue a list; an apposition closed by a comma
    x = run(extractor, "Infineon, Bosch und Continental liefern Chips an Tesla.", "de", "Zulieferer")
    assert _of(x, "supplierOf") == {("Infineon Technologies", "Tesla"), ("Bosch", "Tesla"),
                                    ("Continental AG", "Tesla")}
    x = run(extractor, "Infineon, der Chipkonzern aus München, liefert Chips an Tesla.", "de",
            "Zulieferer")
    assert _of(x, "supplierOf") == {("Infineon Technologies", "Tesla")}


# --- "competes head-on with" -------------------------------------------------------------------


def test_competes_head_on_with_is_a_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Union Pacific competes head-on with Norfolk Southern in the Midwest.", "en",
            "Railroads")
    assert _of(x, "competitorOf") == {("Union Pacific", "Norfolk Southern")}


def test_head_on_collision_with_is_no_rivalry(extractor: Extractor) -> None:
    # look-alike: the hyphenated word without the verb of competing
    x = run(extractor, "A Union Pacific train had a head-on collision with a Norfolk Southern "
            "train.", "en", "Railroads")
    assert _of(x, "competitorOf") == set()
