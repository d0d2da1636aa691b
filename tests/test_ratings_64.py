"""Ratings in their running forms. A company the catalogue knows to have no traded shares is
rated only where the rating takes it as its object ("rates OpenAI a buy", "Kaufempfehlung für
Bosch"); named elsewhere in the rating's sentence it takes no rating, which then falls on the
company whose shares the passage is about. Each with look-alikes that keep their other reading."""

from __future__ import annotations

from helpers import rating_facts, run, run_in

from kg.nlp.extract import Extractor

# --- a company without traded shares takes a rating only as its object ----------------------


def test_unlisted_company_named_beside_a_rating_is_not_rated(extractor: Extractor) -> None:
    x = run(extractor, "Die Siemens-Aktie stieg um 2 Prozent auf 240 Euro. Analystin Eva Kranz von "
                       "Jefferies bestätigte ihr Votum \"Buy\" mit einem Kursziel von 280 Euro; die "
                       "Software mit Modellen von Mistral AI könne den Umsatz heben.",
            headline="Siemens stellt neue Software vor")
    assert rating_facts(x) == {("Jefferies", "Siemens", "Buy")}
    x = run_in(extractor, "Siemens shares rose 2% to 240 euros. Jefferies reiterated its \"buy\" "
               "rating, saying software built on OpenAI models could lift sales.", "en")
    assert rating_facts(x) == {("Jefferies", "Siemens", "buy")}


def test_unlisted_company_as_the_ratings_object_is_rated(extractor: Extractor) -> None:
    # look-alikes: the rating names the company as its object, before or bound after the term
    x = run(extractor, "Die Siemens-Aktie stieg um 2 Prozent auf 240 Euro. Jefferies bestätigte "
                       "das Votum \"Buy\" für Mistral AI.", headline="Siemens stellt neue Software vor")
    assert rating_facts(x) == {("Jefferies", "Mistral AI", "Buy")}
    x = run(extractor, "Die Analysten der UBS sprachen eine Kaufempfehlung für Bosch aus.",
            headline="Bosch baut Werk aus")
    assert rating_facts(x) == {("UBS", "Bosch", "Kaufempfehlung")}
    x = run_in(extractor, "Siemens shares rose 2% to 240 euros. Jefferies rates OpenAI a buy.", "en")
    assert rating_facts(x) == {("Jefferies", "OpenAI", "buy")}
    # a listed company named after the rating's clause is still rated as before
    x = run_in(extractor, "Siemens shares rose 2% to 240 euros. Jefferies reiterated its \"buy\" "
               "rating on Siemens, saying software built on OpenAI models could lift sales.", "en")
    assert rating_facts(x) == {("Jefferies", "Siemens", "buy")}
