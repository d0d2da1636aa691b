"""Wrong facts of the precision32 families, each fixed so that it holds for any article:

* "X sold 3.9 million Y consoles in the quarter, compared with 3.8 million a year earlier":
  the number compared with is the old value of the number before it and belongs to whatever
  that one belongs to; where the new value has no owner, the old one has none either (never
  the product named between them); a bare "von" ("für Z eines von 24 Euro") is no comparison;
* "weight loss of 20.2% for X's Zepbound": a possessive name after the number's preposition
  owns the name after it, which the number is of;
* "X counts Y among its customers. Its venture with Z …" where no company leads the article:
  the partner list's subject is the opener of the sentence before, not the last name in it.

Listed companies are real catalogue entries; startups, people and facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.nlp.figures import _compared_with
from kg.nlp.metrics import figure_words
from kg.nlp.quantities import find_quantities
from kg.nlp.relation_cues import relation_cues


def _figures(text: str, extractor: Extractor, lang: str = "en",
             headline: str = "Corvane Systems reports results") -> set[tuple[str, str, Decimal | None, str]]:
    return figure_facts(run(extractor, text, lang, headline))


# --- the value compared with belongs to the new value's owner ------------------------------------

def test_old_value_is_not_the_products_between(extractor: Extractor) -> None:
    found = _figures("Corvane Systems sold 3.9 million PlayStation 5 consoles in the quarter, "
                     "compared with 3.8 million a year earlier.", extractor)
    assert not {f for f in found if f[0] == "PlayStation 5"}


def test_old_value_follows_the_new_values_owner(extractor: Extractor) -> None:
    found = _figures("Corvane Systems sold 3.9 million consoles in the quarter, compared with "
                     "3.8 million a year earlier.", extractor)
    assert ("Corvane Systems", "Other", Decimal("3900000"), "Count") in found
    assert ("Corvane Systems", "Other", Decimal("3800000"), "Count") in found


def test_number_counted_at_another_company_is_not_the_subjects(extractor: Extractor) -> None:
    found = _figures("Airbus delivered 60 jets in May, compared with 44 at Boeing.", extractor,
                     headline="Airbus deliveries rise")
    assert not {f for f in found if f[2] == Decimal("44") and f[0] == "Airbus"}


@pytest.mark.parametrize(("lang", "text", "compared"), [
    ("en", "sold 3.9 million consoles, compared with 3.8 million a year earlier", True),
    ("en", "a forward P/E of 35 compares with 28 for AMD", True),
    ("en", "raised its target to $250 from $230", False),
    ("de", "ein Kursziel von 265 Euro, für Puma eines von 24 Euro", False),
])
def test_only_a_word_of_comparison_makes_the_number_compared_with(lang: str, text: str,
                                                                  compared: bool) -> None:
    last = find_quantities(text, lang)[-1]
    assert _compared_with(text, last, figure_words(lang)) is compared


# --- a possessive after the number's preposition owns the name after it --------------------------

def test_figure_for_a_companys_drug_is_the_drugs(extractor: Extractor) -> None:
    found = _figures("The result compares with weight loss of 20.2% for Lilly's Zepbound in its "
                     "main trial.", extractor, headline="Corvane Bio obesity drug succeeds")
    assert not {f for f in found if f[2] is not None and abs(f[2]) == Decimal("20.2")
                and f[0] == "Eli Lilly"}


def test_figure_for_a_company_without_possessive_stays_the_companys(extractor: Extractor) -> None:
    found = _figures("Trading volume rose 12% for Eli Lilly on Tuesday.", extractor,
                     headline="Drugmakers trade higher")
    assert {f[0] for f in found if f[2] is not None and abs(f[2]) == Decimal("12")} <= {"Eli Lilly"}


# --- an opening "Its" after a sentence whose object is another company ---------------------------

def test_its_venture_after_counted_customer_is_not_the_customers(extractor: Extractor) -> None:
    x = run(extractor, "Sony supplies image sensors to Apple and counts Xiaomi among its largest "
                       "customers. Its venture with Honda Motor, Sony Honda Mobility, plans "
                       "deliveries next year.", "en", "Chip suppliers gain")
    assert not {t for t in triples(x) if t[1] == "partnerOf" and "Xiaomi" in (t[0], t[2])}


def test_its_venture_follows_the_previous_opener(extractor: Extractor) -> None:
    x = run(extractor, "Corvane Systems supplies chips to Apple and counts Xiaomi among its largest "
                       "customers. Its joint venture with Honda Motor plans deliveries next year.",
            "en", "Chip suppliers gain")
    found = {t for t in triples(x) if t[1] == "partnerOf"}
    assert ("Corvane Systems", "partnerOf", "Honda Motor") in found \
        or ("Honda Motor", "partnerOf", "Corvane Systems") in found
    assert not {t for t in found if "Xiaomi" in (t[0], t[2])}


@pytest.mark.parametrize(("lang", "text", "opens"), [
    ("en", "Its joint venture with Honda Motor plans deliveries.", True),
    ("en", "Their venture with Honda Motor plans deliveries.", True),
    ("en", "Itself a supplier, Honda Motor plans deliveries.", False),
    ("en", "The venture with its partner Honda Motor plans deliveries.", False),
    ("de", "Seine Tochter mit Honda plant Auslieferungen.", True),
    ("de", "Dessen Tochter mit Honda plant Auslieferungen.", False),
])
def test_only_an_opening_possessive_pronoun_hands_the_subject_on(lang: str, text: str,
                                                                 opens: bool) -> None:
    assert (relation_cues(lang).opening_possessive.match(text) is not None) is opens
