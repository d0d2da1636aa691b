"""Relations of the nineteenth round, on sentences written for the test: investors who "also
took part" (", along with Y") in a funding round the sentence before names back the company
raising; a German sentence opening with a "mit" phrase whose verb comes second ("Mit dem
Wirkstoff tritt X gegen Y und Z an") keeps X as the subject of the verb; a name before a
comma is no subject of a clause of its own that opens with a noun ("Die Zellen fertigt X
selbst, Chips liefert Y"); a word with a hyphen between "competes" and "with" ("competes
head-on with Y") keeps the rivalry; companies opening a sentence that are "among its
customers" ("zählen zu seinen Kunden") are customers of the article's company, unless the
sentence before opens with another company the pronoun may mean; "X counts Y and Z among its
backers" ("zählt Y zu seinen Investoren") makes each of the list an investor in X, and a list
opening a sentence that is "among its backers" invests in the article's company.

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
    # "baut … für": the verb's words end at the small word and the comma
    x = run(extractor, "Die Motoren baut Bosch selbst, Chips für die Steuerung liefert Infineon.",
            "de", "Zulieferer")
    assert _of(x, "supplierOf") == set()
    x = run(extractor, "Bosch fertigt Chips, Sensoren und Module für Tesla.", "de", "Zulieferer")
    assert _of(x, "supplierOf") == {("Bosch", "Tesla")}


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


# --- a list of companies "among its customers" ------------------------------------------------


def test_list_among_its_customers_is_supplied_by_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Infineon grew fast. French carmaker Renault and Tesla are among its first "
            "customers.", "en", "Infineon")
    assert _of(x, "supplierOf") == {("Infineon Technologies", "Renault"),
                                    ("Infineon Technologies", "Tesla")}
    x = run(extractor, "Infineon wächst kräftig. Tesla und Apple zählen zu seinen größten Kunden.",
            "de", "Infineon")
    assert _of(x, "supplierOf") == {("Infineon Technologies", "Tesla"),
                                    ("Infineon Technologies", "Apple")}


def test_among_customers_of_a_named_company_or_among_peers(extractor: Extractor) -> None:
    # look-alikes: the supplier is named ("of Samsung"), or the noun is no customer
    x = run(extractor, "Infineon grew fast. Tesla and Apple are among the customers of Samsung.",
            "en", "Infineon")
    assert not {s for s, _o in _of(x, "supplierOf")} & {"Infineon Technologies"}
    x = run(extractor, "Infineon grew fast. Tesla and Apple are among the biggest companies.", "en",
            "Infineon")
    assert _of(x, "supplierOf") == set()


def test_among_its_customers_after_another_company_opens_the_sentence_before(
        extractor: Extractor) -> None:
    # look-alike: "its" may mean the company opening the sentence before, not the article's
    x = run(extractor, "Infineon grew fast. Samsung reported results. Tesla and Apple are among its "
            "customers.", "en", "Infineon")
    assert _of(x, "supplierOf") == set()


# --- "counts Y among its backers" ------------------------------------------------------------


def test_counted_backers_invest_in_the_counting_company(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI counts Microsoft and Nvidia among its early backers.", "en",
            "Mistral AI")
    assert _of(x, "investsIn") == {("Microsoft", "Mistral AI"), ("Nvidia", "Mistral AI")}
    x = run(extractor, "Mistral AI zählt Microsoft und Nvidia zu seinen Investoren.", "de",
            "Mistral AI")
    assert _of(x, "investsIn") == {("Microsoft", "Mistral AI"), ("Nvidia", "Mistral AI")}


def test_counted_customers_or_rivals_hold_no_stake(extractor: Extractor) -> None:
    # look-alikes: the same verb with customers or rivals
    x = run(extractor, "Mistral AI counts Microsoft among its customers and Google among its "
            "rivals.", "en", "Mistral AI")
    assert _of(x, "investsIn") == set()
    x = run(extractor, "Mistral AI zählt Microsoft zu seinen Kunden.", "de", "Mistral AI")
    assert _of(x, "investsIn") == set()


def test_list_among_its_backers_invests_in_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI grew fast. Microsoft and Nvidia are among its early backers.",
            "en", "Mistral AI")
    assert _of(x, "investsIn") == {("Microsoft", "Mistral AI"), ("Nvidia", "Mistral AI")}
    x = run(extractor, "Mistral AI wächst. Microsoft und Nvidia zählen zu seinen Investoren.", "de",
            "Mistral AI")
    assert _of(x, "investsIn") == {("Microsoft", "Mistral AI"), ("Nvidia", "Mistral AI")}


def test_among_backers_of_a_named_company_or_after_another_company(extractor: Extractor) -> None:
    # look-alikes: the company backed is named, or the sentence before opens with another one
    x = run(extractor, "Mistral AI grew fast. Microsoft and Nvidia are among the investors in "
            "OpenAI.", "en", "Mistral AI")
    assert ("Microsoft", "Mistral AI") not in _of(x, "investsIn")
    x = run(extractor, "Mistral AI grew fast. Samsung reported results. Microsoft and Nvidia are "
            "among its investors.", "en", "Mistral AI")
    assert _of(x, "investsIn") == set()
