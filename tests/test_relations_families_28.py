"""Relation families, on sentences written for the test.

* "a rival of Grundfos and KSB of Frankenthal.": an organisation's name, "of" and a city of the
  city list closing the phrase name the organisation's seat (the city is found as a place too);
  not "the city of Munich" after a name further back, a country ("Volkswagen of America"), a
  city the catalogue does not leave the company (a plant's town), nor a name going on.
* "In the small town of Bruchsal": a listed city after "town of" / "city of" is a place.
* "A and B compete in X, where C is the other major player": C rivals A and B; not "the other
  major shareholder", nor where the sentence states no rivalry of the pair.
* "X's main rival is not Y but Z", "The main rival of X is not Y, but rather Z" (and German
  "Xs größter Rivale ist nicht Y, sondern Z"): Z is X's rival, Y is not; with no correction, or
  one that goes on as a clause of its own, no one is.
* "With carmaker X, Y is developing …": the partner fronted before a comma, the subject after
  it and a verb of working together: X and Y are partners; not "With X struggling, Y …", another
  verb, or a second subject ("With X, Y and Z are developing …").
* "Its chip is made by X on its process, and packaged by Y": the agent of a second participle
  of making supplies the owner too; not a participle of another kind ("and sold by Y"), nor a
  phrase with no name right after "by".
* "headquartered in Chicago, where Oakhurst is based" (German "nach Hamburg, wo X seinen Sitz
  hat"): the organisation the relative clause of place opens with sits in the place; not a
  possessive's unit ("where X's unit is based") nor another verb ("where X is building …").
* "Der Dax stieg … . Größter Gewinner im Leitindex war X": an index head after a preposition
  fused with the article ("im", "beim") refers back to the index named before, whose member X
  is; with no index named before, no one is.
* "X ist nach A und B der größte Vermieter und gehört dem MDax an" ("… and is a member of the
  DAX"): a membership joined as a second predicate has the opening name as its subject, not
  A or B; not where a comma stands between (a relative clause's predicate).
* "Mit X und dem chinesischen Hersteller Y konkurriert Z": a later item of a list may follow a
  company noun with an adjective; Z rivals X and Y, and X does not rival Y.
* "whose Qulipta pill is Nurtec's closest rival": a product, a copula, another product's
  possessive and a rival noun: the products compete; not another noun ("closest partner").

The company names are invented or real catalogue entries with invented facts; each rule has a
look-alike beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import labels, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _seats(x: Extraction) -> set[tuple[str, str]]:
    """The (organisation, place) pairs of locatedIn."""
    return {(s, o) for s, p, o in triples(x) if p == "locatedIn"}


def _rivals(x: Extraction) -> set[frozenset[str]]:
    """The competitorOf pairs, order-free (the predicate is symmetric)."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}


def test_name_of_a_listed_city_closing_the_phrase_is_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "The pump maker employs 8,700 people, making it a rival of Danish group "
            "Grundfos and KSB of Frankenthal.", "en", "Pump maker grows")
    assert ("KSB", "Frankenthal") in _seats(x)
    assert "Frankenthal" in labels(x)


def test_city_of_after_another_word_is_no_seat(extractor: Extractor) -> None:
    x = run(extractor, "Siemens said the city of Munich will buy 40 new trams next year.",
            "en", "Siemens wins tram order")
    assert not any(org == "Siemens" for org, _ in _seats(x))


def test_name_of_a_country_is_no_seat(extractor: Extractor) -> None:
    x = run(extractor, "Sales at Volkswagen of America rose 4% in the quarter.", "en",
            "Volkswagen sales rise")
    assert not any(org == "Volkswagen" for org, _ in _seats(x))


def test_city_the_catalogue_does_not_seat_the_company_in_is_no_seat(extractor: Extractor) -> None:
    # the catalogue seats Volkswagen in Wolfsburg: "of Chattanooga" names a plant's town
    x = run(extractor, "The union won a vote at Volkswagen of Chattanooga.", "en",
            "Union vote at Volkswagen")
    assert ("Volkswagen", "Chattanooga") not in _seats(x)


def test_city_whose_name_goes_on_is_no_seat(extractor: Extractor) -> None:
    x = run(extractor, "The fund bought shares of KSB of Frankenthal Holdings last week.", "en",
            "Fund buys shares")
    assert ("KSB", "Frankenthal") not in _seats(x)


def test_small_town_of_a_listed_city_is_a_place(extractor: Extractor) -> None:
    x = run(extractor, "In the small town of Bruchsal, the family has built a pump empire.", "en",
            "The quiet billionaires")
    assert "Bruchsal" in labels(x)


def test_the_other_major_player_rivals_the_pair(extractor: Extractor) -> None:
    x = run(extractor, "Caterpillar and Deere compete in construction equipment, where Japan's "
            "Komatsu is the other major player.", "en", "Caterpillar raises forecast")
    assert frozenset(("Caterpillar", "Deere & Company")) in _rivals(x)
    assert frozenset(("Komatsu", "Caterpillar")) in _rivals(x)
    assert frozenset(("Komatsu", "Deere & Company")) in _rivals(x)


def test_the_other_players_of_a_list_rival_the_pair(extractor: Extractor) -> None:
    x = run(extractor, "Caterpillar and Deere compete in mining trucks, where Komatsu and Hitachi "
            "are the other two big players.", "en", "Caterpillar raises forecast")
    assert frozenset(("Hitachi", "Caterpillar")) in _rivals(x)
    assert frozenset(("Komatsu", "Deere & Company")) in _rivals(x)


def test_the_other_major_shareholder_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Caterpillar and Deere compete in construction equipment, where Komatsu "
            "is the other major shareholder.", "en", "Caterpillar raises forecast")
    assert not any("Komatsu" in pair for pair in _rivals(x))


def test_the_other_player_without_a_rivalry_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Caterpillar and Deere sell tractors in Brazil, where Komatsu is the other "
            "major player.", "en", "Caterpillar raises forecast")
    assert not any("Komatsu" in pair for pair in _rivals(x))


def test_negated_possessive_rival_copula_names_the_correction(extractor: Extractor) -> None:
    x = run(extractor, "Sony's main rival is not Samsung Electronics but Apple.", "en", "Market news")
    assert frozenset(("Sony Group", "Apple")) in _rivals(x)
    assert frozenset(("Sony Group", "Samsung Electronics")) not in _rivals(x)


def test_negated_rival_of_copula_names_the_correction_after_a_comma(extractor: Extractor) -> None:
    x = run(extractor, "The main rival of Sony is not Samsung Electronics, but rather Apple.", "en",
            "Market news")
    assert frozenset(("Sony Group", "Apple")) in _rivals(x)
    assert frozenset(("Sony Group", "Samsung Electronics")) not in _rivals(x)


def test_negated_german_possessive_rival_copula_names_the_correction(extractor: Extractor) -> None:
    x = run(extractor, "Sonys größter Rivale ist nicht Samsung, sondern Apple.", "de", "Marktbericht")
    assert frozenset(("Sony Group", "Apple")) in _rivals(x)


def test_correction_going_on_as_a_clause_names_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "The main rival of Sony is not Samsung Electronics, but Apple said so.", "en",
            "Market news")
    assert frozenset(("Sony Group", "Apple")) not in _rivals(x)
    assert frozenset(("Sony Group", "Samsung Electronics")) not in _rivals(x)


def test_negated_rival_copula_without_correction_names_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "The main rival of Sony is not Samsung Electronics.", "en", "Market news")
    assert frozenset(("Sony Group", "Samsung Electronics")) not in _rivals(x)


def _partners(x: Extraction) -> set[frozenset[str]]:
    """The partnerOf pairs, order-free (the predicate is symmetric)."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "partnerOf"}


def test_partner_fronted_before_a_comma(extractor: Extractor) -> None:
    x = run(extractor, "With carmaker Honda, Sony is developing an electric car for the US market.",
            "en", "Sony bets on cars")
    assert frozenset(("Sony Group", "Honda Motor")) in _partners(x)


def test_fronted_name_with_a_participle_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "With Honda struggling, Sony is developing an electric car of its own.",
            "en", "Sony bets on cars")
    assert frozenset(("Sony Group", "Honda Motor")) not in _partners(x)


def test_fronted_name_before_another_verb_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "With Honda, Sony posted a loss in the quarter.", "en", "Sony bets on cars")
    assert frozenset(("Sony Group", "Honda Motor")) not in _partners(x)


def test_fronted_name_before_a_pair_of_subjects_is_no_partner(extractor: Extractor) -> None:
    x = run(extractor, "With Honda, Toyota and Nissan are developing solid-state batteries.", "en",
            "Carmakers bet on batteries")
    assert frozenset(("Toyota Motor", "Honda Motor")) not in _partners(x)


def _suppliers(x: Extraction) -> set[tuple[str, str]]:
    """The (supplier, customer) pairs of supplierOf."""
    return {(s, o) for s, p, o in triples(x) if p == "supplierOf"}


def test_second_maker_after_and_supplies_the_owner(extractor: Extractor) -> None:
    x = run(extractor, "Kestral Silicon, a designer of AI chips, is growing fast. The company's "
            "Falcon-3 accelerator is manufactured by Taiwan Semiconductor Manufacturing Co. on its "
            "3-nanometer process in Tainan, and packaged by Amkor Technology in Kaohsiung.", "en",
            "Kestral Silicon bets on TSMC")
    assert ("Taiwan Semiconductor Manufacturing", "Kestral Silicon") in _suppliers(x)
    assert ("Amkor Technology", "Kestral Silicon") in _suppliers(x)


def test_second_participle_of_another_kind_supplies_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia's Blackwell chip is made by Samsung Electronics and sold by Amkor "
            "Technology.", "en", "Market news")
    assert ("Samsung Electronics", "Nvidia") in _suppliers(x)
    assert not any(s == "Amkor Technology" for s, _ in _suppliers(x))


def test_second_maker_without_a_name_after_by_supplies_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia's Blackwell chip is made by Samsung Electronics and packaged by its "
            "own plant near Amkor Technology.", "en", "Market news")
    assert not any(s == "Amkor Technology" for s, _ in _suppliers(x))


# (sentence, language, organisation, place, whether the clause seats the organisation there)
_WHERE_CLAUSES = [
    ("The combined company will be headquartered in Chicago, where Oakhurst Brands is based.", "en",
     "Oakhurst Brands", "Chicago", True),
    ("The plant will be built in Chicago, where Oakhurst Brands' unit is based.", "en",
     "Oakhurst Brands", "Chicago", False),
    ("The plant will be built in Chicago, where Oakhurst Brands is building a warehouse.", "en",
     "Oakhurst Brands", "Chicago", False),
    ("Die Gruppe zieht nach Hamburg, wo Evonik seinen Sitz hat.", "de", "Evonik Industries", "Hamburg", True),
    ("Die Gruppe zieht nach Hamburg, wo Evonik ein Werk baut.", "de", "Evonik Industries", "Hamburg", False),
]


@pytest.mark.parametrize(("body", "lang", "organisation", "place", "seated"), _WHERE_CLAUSES)
def test_relative_clause_of_place(extractor: Extractor, body: str, lang: str, organisation: str,
                                  place: str, seated: bool) -> None:
    x = run(extractor, body, lang, "Market report")
    assert ((organisation, place) in _seats(x)) is seated


def _members(x: Extraction) -> set[tuple[str, str]]:
    """The (company, index) pairs of memberOf."""
    return {(s, o) for s, p, o in triples(x) if p == "memberOf"}


def test_index_head_after_a_fused_preposition_refers_back(extractor: Extractor) -> None:
    x = run(extractor, "Der Dax stieg um 1,2 Prozent. Größter Gewinner im Leitindex war Infineon.",
            "de", "Marktbericht")
    assert ("Infineon Technologies", "DAX") in _members(x)


def test_index_head_with_no_index_before_names_no_member(extractor: Extractor) -> None:
    x = run(extractor, "Größter Gewinner im Leitindex war Infineon.", "de", "Marktbericht")
    assert not _members(x)


def test_coordinated_membership_has_the_opening_subject(extractor: Extractor) -> None:
    x = run(extractor, "Vonovia ist nach Deutsche Wohnen und LEG Immobilien der größte Vermieter "
            "und gehört dem Dax an.", "de", "Marktbericht")
    assert ("Vonovia", "DAX") in _members(x)
    assert ("LEG Immobilien", "DAX") not in _members(x)


def test_english_coordinated_membership_has_the_opening_subject(extractor: Extractor) -> None:
    x = run(extractor, "Vonovia is the largest landlord ahead of Deutsche Wohnen and LEG Immobilien "
            "and is a member of the DAX.", "en", "Market news")
    assert ("Vonovia", "DAX") in _members(x)


def test_membership_after_a_relative_clause_is_not_the_opening_subjects(extractor: Extractor) -> None:
    x = run(extractor, "Vonovia kauft LEG Immobilien, die wächst und gehört dem MDax an.", "de",
            "Marktbericht")
    assert ("Vonovia", "MDAX") not in _members(x)


def test_list_item_after_a_noun_with_an_adjective(extractor: Extractor) -> None:
    x = run(extractor, "Mit Siemens und dem chinesischen Hersteller Huawei konkurriert ABB dort um "
            "Großaufträge.", "de", "Marktbericht")
    assert frozenset(("ABB", "Siemens")) in _rivals(x)
    assert frozenset(("ABB", "Huawei Technologies")) in _rivals(x)
    assert frozenset(("Huawei Technologies", "Siemens")) not in _rivals(x)


def test_product_copula_with_a_rival_possessive(extractor: Extractor) -> None:
    x = run(extractor, "Merck will compete with AbbVie, whose Qulipta pill is Nurtec's closest rival.",
            "en", "Merck buys migraine drug")
    assert frozenset(("Qulipta", "Nurtec ODT")) in _rivals(x)


def test_product_copula_with_another_noun_is_no_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "The Qulipta pill is Nurtec's closest partner in the clinic.", "en",
            "Merck buys migraine drug")
    assert frozenset(("Qulipta", "Nurtec ODT")) not in _rivals(x)
