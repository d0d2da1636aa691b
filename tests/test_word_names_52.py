"""Catalogued names that German also has as nouns ("Allianz", "Alphabet", "Hertz"): the
noun where a plain noun's words stand around it, the company (or product) everywhere else."""

from __future__ import annotations

import pytest
from helpers import labels, run_in

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor


@pytest.mark.parametrize("text, label", [
    ("Die Allianz der Staaten will die Sanktionen verschärfen.", "Allianz"),
    ("Die Allianz der westlichen Staaten hält zusammen.", "Allianz"),
    ("Die neue Allianz aus Banken und Versicherern vergibt Kredite.", "Allianz"),
    ("Seine strategische Allianz mit den Zulieferern hält.", "Allianz"),
    ("Das Alphabet des Lebens hat vier Buchstaben.", "Alphabet"),
    ("Der baltische Bernstein ist bei Sammlern begehrt.", "Bernstein"),
    ("Die Netzfrequenz liegt bei 50 Hertz.", "Hertz"),
    ("Der heftige Blizzard legte den Flugverkehr lahm.", "Blizzard Entertainment"),
    ("Der Speicher fasst 512 Gigabyte.", "Gigabyte Technology"),
])
def test_noun_with_a_plain_nouns_words_names_no_entity(extractor: Extractor, text: str,
                                                       label: str) -> None:
    assert load_catalogue().get(label) is not None, label
    assert label not in labels(run_in(extractor, text, "de"))


@pytest.mark.parametrize("text, label", [
    ("Allianz hob die Prognose für das Gesamtjahr an.", "Allianz"),
    ("Die Allianz hob ihre Prognose an.", "Allianz"),
    ("Die Allianz-Aktie stieg um 2 Prozent.", "Allianz"),
    ("Die Allianz SE zahlt eine höhere Dividende.", "Allianz"),
    ("Bei der Allianz sank der Gewinn um 3 Prozent.", "Allianz"),
    ("Der Vorstand der Allianz trat geschlossen zurück.", "Allianz"),
    # look-alikes of "Die Allianz der Staaten": the name as a genitive, a dative object after it
    ("Das bestätigte ein Sprecher der Allianz der Deutschen Presse-Agentur.", "Allianz"),
    ("Dies teilte die Allianz der Deutschen Presse-Agentur mit.", "Allianz"),
    # look-alike of "die neue Allianz": a relative pronoun before the article is no adjective
    ("Hensoldt kauft Siltronic, an der die Allianz seit Mai 10 Prozent hält.", "Allianz"),
    ("Die Münchner Allianz hob die Prognose an.", "Allianz"),
    ("Die Google-Mutter Alphabet steigerte den Umsatz um 10 Prozent.", "Alphabet"),
    ("Alphabet steigerte den Umsatz um 10 Prozent.", "Alphabet"),
    ("Die Analysten von Bernstein stufen Siemens hoch.", "Bernstein"),
    ("Hertz steigerte den Umsatz um 4 Prozent.", "Hertz"),
    ("Nvidia stellte die Plattform Rubin vor.", "Rubin"),
    ("Nvidia zeigte die neue Rubin auf der Messe.", "Rubin"),
    ("Stellantis baut den neuen Jeep in Italien.", "Jeep"),
    ("Der Spieleentwickler Blizzard streicht Stellen.", "Blizzard Entertainment"),
])
def test_name_alone_keeps_its_entity(extractor: Extractor, text: str, label: str) -> None:
    assert label in labels(run_in(extractor, text, "de"))


def test_name_not_listed_as_a_noun_keeps_its_entity_after_an_adjective(
        extractor: Extractor) -> None:
    """The adjective cue holds for the listed nouns only: "die angeschlagene Commerzbank"
    is the bank, as news often put it."""
    text = "Die angeschlagene Commerzbank senkte die Prognose."
    assert "Commerzbank" in labels(run_in(extractor, text, "de"))


def test_noun_reading_leaves_the_company_named_in_the_same_sentence(
        extractor: Extractor) -> None:
    text = "Die Allianz der Versicherer um die Allianz SE fordert Reformen."
    assert "Allianz" in labels(run_in(extractor, text, "de"))
