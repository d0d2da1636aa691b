"""Relation families, on sentences written for the test.

* "The group grew. Its new SUV competes with Z. Y, its largest rival at home, cut prices": where
  the sentence before opens with a possessive pronoun, "its" rival is a rival of the company that
  pronoun stands for (the subject of the sentence before it), and a "Rival W" after it is one
  more; not where the sentence before opens with other words than a name or a pronoun.
* "Gefertigt werden die Chips beim Auftragsfertiger X": a participle of making opening the
  sentence, the maker after "bei" (and its descriptor) supplies the article's company; not a
  negated making, nor another participle ("Entwickelt werden …").
* "Mit dem Wirkstoffforscher X vereinbarte der Konzern eine Partnerschaft" (also after a colon):
  the partner fronted after "Mit", the subject after the verb its partner; not "keine
  Partnerschaft", nor an agreement of another kind.
* "X continues to lose ground to Y and other local rivals": Y, named right after, rivals X; not
  ground lost to no one named ("lost ground to close lower").

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _rivals(x: Extraction) -> set[frozenset[str]]:
    """The competitorOf pairs, order-free (the predicate is symmetric)."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}


@pytest.mark.parametrize(("body", "pair"), [
    ("Siemens raised its forecast for the year. Its new trains compete with rolling stock from "
     "Hitachi. Alstom, its largest rival in Europe, cut prices last week.", ("Siemens", "Alstom")),
    ("Siemens raised its forecast for the year. Its new trains compete with rolling stock from "
     "Hitachi. Alstom, its largest rival in Europe, cut prices last week. Rival CRRC won an "
     "order.", ("Siemens", "CRRC")),
], ids=["apposed-rival", "rival-after-it"])
def test_its_rival_after_a_sentence_opening_with_its(extractor: Extractor, body: str,
                                                      pair: tuple[str, str]) -> None:
    assert frozenset(pair) in _rivals(run(extractor, body, "en", "Train makers"))


def test_its_rival_after_a_sentence_opening_with_other_words(extractor: Extractor) -> None:
    x = run(extractor, "Siemens raised its forecast for the year. In Asia, trains from Hitachi "
            "sold well. Alstom, its largest rival in Europe, cut prices last week.", "en", "Train makers")
    assert not any("Alstom" in pair for pair in _rivals(x))


def test_its_rival_after_a_sentence_opening_with_two_companies(extractor: Extractor) -> None:
    """Look-alike: "its" after a list of two openers stands for neither of them clearly."""
    x = run(extractor, "Siemens and Hitachi raised their forecasts. Alstom, its largest rival in "
            "Europe, cut prices last week.", "en", "Train makers")
    assert not any("Alstom" in pair for pair in _rivals(x))


# (body, whether the maker after "bei" supplies the article's company)
@pytest.mark.parametrize(("body", "found"), [
    ("Nvidia hebt die Prognose an. Gefertigt werden die Chips beim Auftragsfertiger TSMC.", True),
    ("Nvidia hebt die Prognose an. Hergestellt wird der neue Prozessor bei TSMC in Taiwan.", True),
    # a negated making names no supplier
    ("Nvidia hebt die Prognose an. Gefertigt werden die Chips nicht bei TSMC.", False),
    # designing is no making for the company
    ("Nvidia hebt die Prognose an. Entwickelt werden die Chips bei TSMC.", False),
], ids=["fronted-made-at-contract-maker", "fronted-made-at", "negated", "designed"])
def test_german_fronted_participle_of_making(extractor: Extractor, body: str, found: bool) -> None:
    x = run(extractor, body, "de", "Nvidia hebt Prognose")
    assert (("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia") in triples(x)) is found


# (body, whether the company fronted after "Mit" is the article company's partner)
@pytest.mark.parametrize(("body", "found"), [
    ("Bayer baut die Forschung aus. Mit dem Hamburger Wirkstoffforscher Evotec vereinbarte der "
     "Konzern eine Partnerschaft für neue Mittel.", True),
    ("Bayer baut die Forschung aus: Mit Evotec schloss der Konzern eine Kooperation.", True),
    # no partnership agreed
    ("Bayer baut die Forschung aus. Mit Evotec vereinbarte der Konzern keine Partnerschaft.", False),
    # an agreement of another kind is no partnership
    ("Bayer baut die Forschung aus. Mit Evotec vereinbarte der Konzern einen Vergleich.", False),
], ids=["fronted-partnership", "after-a-colon", "negated", "settlement"])
def test_german_fronted_partner(extractor: Extractor, body: str, found: bool) -> None:
    x = run(extractor, body, "de", "Bayer forscht")
    partners = {frozenset((s, o)) for s, p, o in triples(x) if p == "partnerOf"}
    assert (frozenset(("Bayer", "Evotec")) in partners) is found


# (body, whether Honda and BYD are read as rivals)
@pytest.mark.parametrize(("body", "found"), [
    ("Honda reported results. In China, Honda continues to lose ground to BYD and other local "
     "rivals.", True),
    ("Honda reported results. Honda lost further ground to BYD last year.", True),
    # ground lost to no one named: a supplier later in the sentence is no rival
    ("Honda reported results. Honda shares lost ground to close lower, while BYD supplies "
     "batteries.", False),
], ids=["ground-to-rivals", "further-ground", "no-name-after"])
def test_ground_lost_to_a_rival(extractor: Extractor, body: str, found: bool) -> None:
    assert (frozenset(("Honda Motor", "BYD")) in _rivals(run(extractor, body, "en", "Carmakers"))) is found
