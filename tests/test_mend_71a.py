"""German company news, on families of construction that hold in any article, on sentences
written for these tests (catalogued companies, invented figures): a drug's kind noun without
a name opening the sentence ("Das Mittel soll … einen Umsatz von … erzielen") makes the figure
the drug's the sentences before name, and no one's where they name none or several, never the
maker's; a business word ("das Autogeschäft") said of a company without such a unit names no
unit of the article's other company by a mere opening of a word ("DS Automobiles"); a city's
adjective after a given name and before no noun is a surname ("Katja Bremer"), no place; a
membership ended ("war bis 2020 im Dax vertreten", "der ehemalige Dax-Konzern") is no memberOf.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a drug's kind noun as the subject of a figure -----------------------------------------


def test_drug_noun_subject_gives_the_figure_to_the_drug_named_before(extractor: Extractor) -> None:
    x = run(extractor, "Bayer legte Studiendaten zum Herzmittel Kerendia vor. Das Mittel soll 2028 "
            "einen Umsatz von 2 Milliarden Euro erzielen.", headline="Bayer: Studiendaten")
    assert metric_facts(x, "Revenue") == {("Kerendia", Decimal("2000000000"))}


def test_drug_noun_subject_without_a_named_drug_gives_the_maker_nothing(extractor: Extractor) -> None:
    """No drug named before: the figure is left out, not filed under the maker."""
    x = run(extractor, "Bayer legte gute Studiendaten vor. Das Mittel soll 2028 einen Umsatz von 2 "
            "Milliarden Euro erzielen.", headline="Bayer: Studiendaten")
    assert metric_facts(x, "Revenue") == set()


def test_drug_noun_subject_after_two_named_drugs_gives_neither(extractor: Extractor) -> None:
    x = run(extractor, "Bayer legte Daten zu Kerendia und Nubeqa vor. Das Medikament soll 2028 einen "
            "Umsatz von 2 Milliarden Euro erzielen.", headline="Bayer: Studiendaten")
    assert metric_facts(x, "Revenue") == set()


def test_company_noun_subject_after_a_named_drug_keeps_the_maker(extractor: Extractor) -> None:
    """Look-alike: "Der Konzern" opening the sentence is the maker, whose figure it is."""
    x = run(extractor, "Bayer legte Studiendaten zum Herzmittel Kerendia vor. Der Konzern soll 2028 "
            "einen Umsatz von 50 Milliarden Euro erzielen.", headline="Bayer: Studiendaten")
    assert metric_facts(x, "Revenue") == {("Bayer", Decimal("50000000000"))}



def test_means_noun_before_a_genitive_keeps_the_company_figure(extractor: Extractor) -> None:
    """Look-alike: "Das Mittel der Wahl" is a means, no drug; the buyback stays the company's."""
    x = run(extractor, "Bayer legte Studiendaten zum Herzmittel Kerendia vor. Das Mittel der Wahl bleibt "
            "ein Aktienrückkauf über 2 Milliarden Euro.", headline="Bayer: Studiendaten")
    assert metric_facts(x, "ShareBuyback") == {("Bayer", Decimal("2000000000"))}

# --- a business word of a company without such a unit --------------------------------------


def test_business_word_of_a_company_without_the_unit_names_no_unit_of_the_topic(
        extractor: Extractor) -> None:
    x = run(extractor, "Stellantis kooperiert mit Leapmotor. Die Stellantis-Aktie stieg um 2 Prozent. "
            "Tesla hat im Quartal mehr Autos ausgeliefert, die Bruttomarge im Autogeschäft sank auf "
            "16,2 Prozent.", headline="Stellantis setzt auf Leapmotor")
    assert "DS Automobiles" not in {e.label for e in x.entities}
    assert not [t for t in triples(x) if t[0] == "DS Automobiles"]
    assert ("Tesla", Decimal("16.2")) in metric_facts(x, "Other")


def test_business_word_of_the_named_company_keeps_its_unit(extractor: Extractor) -> None:
    """Look-alike: the company named owns a unit whose name the word opens ("Automotive")."""
    x = run(extractor, "BMW hat die Prognose bestätigt. Die Marge im Autogeschäft soll 2026 zwischen 5 "
            "und 7 Prozent liegen.", headline="BMW bestätigt Prognose")
    assert ("BMW Automotive", "subsidiaryOf", "BMW") in triples(x)


def test_whole_business_word_still_names_the_topics_unit(extractor: Extractor) -> None:
    """Look-alike: the word is a whole word of the topic's unit's name ("Alibaba Cloud")."""
    x = run(extractor, "Alibaba investiert in KI. Auch Meta baut Rechenzentren. Die Cloud-Sparte wuchs "
            "um 34 Prozent.", headline="Alibaba: Cloud wächst")
    assert ("Alibaba Cloud", "subsidiaryOf", "Alibaba Group") in triples(x)


# --- a city's adjective as a surname ----------------------------------------------------------


def test_city_adjective_after_a_given_name_is_no_place(extractor: Extractor) -> None:
    x = run(extractor, "Katja Bremer\n07.12.2026 - 08:30 Uhr\nDie Allianz legte um 2 Prozent zu. "
            "Analyst Thomas Leipziger sagte, die Aktie sei günstig.", headline="Versicherer gefragt")
    assert {"Bremen", "Leipzig"}.isdisjoint({e.label for e in x.entities})


def test_city_adjective_before_a_company_noun_stays_the_place(extractor: Extractor) -> None:
    """Look-alike: the adjective before a noun and a name is the firm's seat."""
    x = run(extractor, "Der Bremer Konzern Muster AG wächst.", headline="Marktbericht")
    assert "Bremen" in {e.label for e in x.entities}


# --- a membership ended -------------------------------------------------------------------------


def test_membership_ended_by_a_year_is_no_member(extractor: Extractor) -> None:
    x = run(extractor, "Die Lufthansa war bis 2020 im Dax vertreten.", headline="Lufthansa")
    assert ("Lufthansa", "memberOf", "DAX") not in triples(x)


def test_former_index_compound_is_no_member(extractor: Extractor) -> None:
    x = run(extractor, "Der ehemalige Dax-Konzern Lufthansa meldete einen Gewinn.", headline="Lufthansa")
    assert ("Lufthansa", "memberOf", "DAX") not in triples(x)


def test_membership_since_a_year_stays_a_member(extractor: Extractor) -> None:
    """Look-alike: "seit 2020" is a membership that holds."""
    x = run(extractor, "Die Lufthansa ist seit 2020 im Dax vertreten.", headline="Lufthansa")
    assert ("Lufthansa", "memberOf", "DAX") in triples(x)


def test_ended_and_present_membership_in_one_sentence(extractor: Extractor) -> None:
    """Look-alike: the index after the ended one is a membership now."""
    x = run(extractor, "Die Lufthansa war bis Ende 2023 Mitglied im MDax, nun ist sie im Dax.",
            headline="Lufthansa")
    assert ("Lufthansa", "memberOf", "DAX") in triples(x)
    assert ("Lufthansa", "memberOf", "MDAX") not in triples(x)
