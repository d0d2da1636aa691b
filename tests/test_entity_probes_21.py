"""Entity probes on sentences written for the test: companies the catalogue does not hold.

* A German descriptive noun in its weak or plural form ("dem US-Rivalen", "den Herstellern")
  before a name of two words or more closed by a punctuation mark names a company ("dem
  Rivalen Kestrel Antriebe,"); not a single common noun ("verkaufte dem Konkurrenten
  Anteile.") nor words a verb follows. A participle's phrase may stand between the article
  and the noun ("des im Frühjahr übernommenen dänischen Herstellers X").
* A name before an owner clause whose owner the article names as an organisation is a
  company ("competes with Kestrel Rail, which is owned by Siemens", "Kestrel Antriebe, die zu
  Siemens gehört"); not where the owner is a family, nor a place, a person or a clause
  without its closing verb.
* A name before a clause of its listing ("from Kestrel, which is preparing an initial public
  offering", "von Kestrel, das einen Börsengang vorbereitet") is a company; not a place.
* A name described after a comma as a lender or a carmaker ("Kestrel Bancorp, the
  Ohio-based lender") is a financial institution or a company; not a place nor the subject of
  a speech verb ("closes in Kestrel, the lender said") nor a possessive ("the lender's").
* Names listed as examples of a plural trade noun ("joint ventures such as Kestrel Fiber",
  "lenders such as Kestrel Bancorp, Halvor Bank and Citigroup", "Banken wie Kestrel Bank und
  …") are companies or lenders, each closed by a comma, a conjunction or the sentence's end;
  not a name a verb follows, a place nor a person's possessive.
* A brand set off by commas after its maker's possessive noun ("its private-label home line,
  Kestrel Home.", "Walmart's budget brand, Kestrel Basics,") is a product; not a speaker
  ("its bottom line, Doe said") nor a clause after the comma.
* A person named with an employer before a conjunction and a person found with one after it
  ("durch Wassim Korrah von Rivian und Carsten Doe von Volkswagen") is a person working there,
  though the catalogue knows no given name of it; not two capitalised words opening the
  sentence ("Neue Studie von Siemens und …").
* A name a preposition and a conjunction join to a company's apposition ("competes with
  Kestrel and the Chinese maker NGC", "Mit Halvor Antriebe und dem Hersteller NGC") is a
  company; in German one word only in a name's shape, not a common noun ("Mit Kunden und dem
  Zulieferer …"), nor a person.
* A titled speaker's employer is not the organisation the speaker speaks of ("CEO Jane Doe
  said the integration of Kestrel Bancorp …" works for the article's company).

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _entities(extractor: Extractor, text: str, lang: str = "en") -> set[tuple[str, str]]:
    headline = "Marktbericht" if lang == "de" else "Market report"
    return {(e.label, e.type) for e in run(extractor, text, lang=lang, headline=headline).entities}


@pytest.mark.parametrize("text, label", [
    ("Mit dem US-Rivalen Kestrel Chemicals, der 2021 verkauft wurde, liefert sich die Firma "
     "ein Rennen.", "Kestrel Chemicals"),
    ("Das Werk gehört inzwischen dem Konkurrenten Halvorsen Motoren.", "Halvorsen Motoren"),
    ("Der Umsatz stieg dank des im Sommer gekauften schwedischen Getriebeherstellers "
     "Lindqvist Gear deutlich.", "Lindqvist Gear"),
    ("Der Umsatz stieg dank des im Sommer gekauften dänischen Getriebeherstellers "
     "Søndergaard Drev deutlich.", "Søndergaard Drev"),
])
def test_german_weak_noun_or_participle_before_a_name(extractor: Extractor, text: str,
                                                       label: str) -> None:
    assert (label, "Company") in _entities(extractor, text, "de")


@pytest.mark.parametrize("text", [
    "Der Konzern verkaufte dem Konkurrenten Anteile.",
    "Der Konzern will dem Konkurrenten Marktanteile abnehmen.",
    "Der Konzern will dem Konkurrenten Kunden Schritt für Schritt abjagen.",
])
def test_german_weak_noun_before_common_nouns_names_nothing(extractor: Extractor,
                                                            text: str) -> None:
    assert not {e for e in _entities(extractor, text, "de") if e[1] == "Company"}


@pytest.mark.parametrize("text, lang, label", [
    ("The railroad competes mainly with Kestrel Rail, which is owned by Siemens.", "en",
     "Kestrel Rail"),
    ("The railroad competes with QVRL, which is owned by Jane Doe's Siemens.", "en", "QVRL"),
    ("Shares of Halvor Freight, majority-owned by Siemens, fell.", "en", "Halvor Freight"),
    ("Hallberg konkurriert mit Kestrel Antriebe, die zu Siemens gehört, um Aufträge.", "de",
     "Kestrel Antriebe"),
    ("Hallberg konkurriert mit Lundberg, das zum Finanzinvestor Carlyle gehört, um Aufträge.",
     "de", "Lundberg"),
])
def test_owner_clause_names_a_company(extractor: Extractor, text: str, lang: str,
                                      label: str) -> None:
    assert (label, "Company") in _entities(extractor, text, lang)


@pytest.mark.parametrize("text, lang, name", [
    ("The railroad competes with Halvor Freight, which is owned by the Doe family.", "en",
     "Halvor Freight"),
    ("The route runs through Tampere, which is owned by nobody.", "en", "Tampere"),
    ("Hallberg konkurriert mit Kestrel Antriebe, die zu Siemens passt, um Aufträge.", "de",
     "Kestrel Antriebe"),
])
def test_owner_clause_without_an_owning_organisation_names_nothing(extractor: Extractor,
                                                                   text: str, lang: str,
                                                                   name: str) -> None:
    assert name not in {label for label, _ in _entities(extractor, text, lang)}


@pytest.mark.parametrize("text, entity", [
    ("Investors cheered the deal for Kestrel Bancorp, the Ohio-based lender, on Monday.",
     ("Kestrel Bancorp", "FinancialInstitution")),
    ("Sales at Halvor Motors, the Swedish carmaker, rose in May.", ("Halvor Motors", "Company")),
])
def test_company_described_after_its_name(extractor: Extractor, text: str,
                                          entity: tuple[str, str]) -> None:
    assert entity in _entities(extractor, text)


@pytest.mark.parametrize("text, name", [
    ("The deal closes in Kestrel, the lender said.", "Kestrel"),
    ("Shares rose in Halvor, the lender's home market.", "Halvor"),
])
def test_speaker_or_possessive_after_a_comma_names_no_lender(extractor: Extractor, text: str,
                                                            name: str) -> None:
    assert name not in {label for label, _ in _entities(extractor, text)}


def test_speaker_works_for_the_article_company_not_what_he_spoke_of(
        extractor: Extractor) -> None:
    text = ("PNC Financial Services reported higher profit. Chief Executive Jane Doe said the "
            "integration of Kestrel Bancorp, the Ohio-based lender, was on track.")
    found = triples(run(extractor, text, lang="en", headline="PNC beats estimates"))
    assert ("Jane Doe", "worksFor", "PNC Financial Services") in found
    assert ("Jane Doe", "worksFor", "Kestrel Bancorp") not in found


@pytest.mark.parametrize("text, lang, entities", [
    ("It is pushing into fiber broadband through joint ventures such as Kestrel Fiber.", "en",
     {("Kestrel Fiber", "Company")}),
    ("Regional lenders such as Kestrel Bancorp, Halvor Trust and Citigroup fell.", "en",
     {("Kestrel Bancorp", "FinancialInstitution"), ("Halvor Trust", "FinancialInstitution")}),
    ("Banken wie Kestrel Kredit und die Commerzbank litten unter den Zinsen.", "de",
     {("Kestrel Kredit", "FinancialInstitution")}),
])
def test_examples_of_a_trade_noun_are_companies(extractor: Extractor, text: str, lang: str,
                                                entities: set[tuple[str, str]]) -> None:
    assert entities <= _entities(extractor, text, lang)


@pytest.mark.parametrize("text, lang, name", [
    ("Regional lenders such as Kestrel Trust raised rates.", "en", "Kestrel Trust"),
    ("It sells to companies such as Tampere and Siemens.", "en", "Tampere"),
    ("Companies like Jane Doe's firm grew.", "en", "Jane Doe"),
    ("Autobauer wie Volkswagen und Halvor Kraft kürzen die Prognosen.", "de", "Halvor Kraft"),
])
def test_examples_not_closed_or_no_company_name_nothing(extractor: Extractor, text: str,
                                                        lang: str, name: str) -> None:
    assert name not in {label for label, _ in _entities(extractor, text, lang)}


@pytest.mark.parametrize("text, label", [
    ("The chain will expand its private-label home line, Kestrel Home.", "Kestrel Home"),
    ("Walmart's budget brand, Kestrel Basics, grew fast.", "Kestrel Basics"),
])
def test_brand_set_off_after_its_makers_noun(extractor: Extractor, text: str,
                                             label: str) -> None:
    assert (label, "Product") in _entities(extractor, text)


@pytest.mark.parametrize("text", [
    "The bank hurt its bottom line, Doe said.",
    "Its credit line, Kestrel Capital said, was extended.",
    "A line, Kestrel Home, opened.",
])
def test_no_brand_without_a_closed_name_after_a_possessive(extractor: Extractor,
                                                           text: str) -> None:
    assert not {e for e in _entities(extractor, text) if e[1] == "Product"}


@pytest.mark.parametrize("text, lang", [
    ("Geführt wird das Gemeinschaftsunternehmen durch Wassim Korrah von Rivian Automotive und "
     "Carsten Doe von Volkswagen.", "de"),
    ("The venture will be run by Wassim Korrah of Rivian and Carsten Doe of Volkswagen.", "en"),
])
def test_person_paired_with_an_employed_person(extractor: Extractor, text: str, lang: str) -> None:
    headline = "Marktbericht" if lang == "de" else "Market report"
    x = run(extractor, text, lang=lang, headline=headline)
    assert ("Wassim Korrah", "Person") in {(e.label, e.type) for e in x.entities}
    assert ("Wassim Korrah", "worksFor", "Rivian Automotive") in triples(x)


@pytest.mark.parametrize("text, lang, name", [
    ("Neue Studie von Siemens und Carsten Doe von Volkswagen.", "de", "Neue Studie"),
    ("Strong Demand at Siemens and Carsten Doe of Volkswagen.", "en", "Strong Demand"),
])
def test_words_opening_the_sentence_are_no_paired_person(extractor: Extractor, text: str,
                                                         lang: str, name: str) -> None:
    assert name not in {label for label, _ in _entities(extractor, text, lang)}


@pytest.mark.parametrize("text, lang, label", [
    ("It competes with Kestrel and the Chinese maker Zorvix for orders.", "en", "Kestrel"),
    ("Mit Halvor Antriebe und dem chinesischen Hersteller Zorvix konkurriert die Firma.", "de",
     "Halvor Antriebe"),
    ("Mit KSBX und dem chinesischen Hersteller Zorvix konkurriert die Firma.", "de", "KSBX"),
])
def test_name_joined_to_a_company_apposition(extractor: Extractor, text: str, lang: str,
                                             label: str) -> None:
    assert (label, "Company") in _entities(extractor, text, lang)


@pytest.mark.parametrize("text, lang, name", [
    ("Mit Kunden und dem Zulieferer Halvor Pumpen sprach der Chef.", "de", "Kunden"),
    ("Mit Jürgen Holm und dem Hersteller Zorvix sprach der Chef.", "de", "Jürgen Holm"),
])
def test_common_noun_or_person_joined_to_an_apposition_is_no_company(
        extractor: Extractor, text: str, lang: str, name: str) -> None:
    assert (name, "Company") not in _entities(extractor, text, lang)


@pytest.mark.parametrize("text, lang, label", [
    ("The exchange faces competition from Kestrel, which is preparing an initial public "
     "offering.", "en", "Kestrel"),
    ("Shares of Halvor Freight, which went public in May, rose.", "en", "Halvor Freight"),
    ("Konkurrenz kommt von Kestrel, das derzeit einen Börsengang vorbereitet.", "de", "Kestrel"),
])
def test_listing_clause_names_a_company(extractor: Extractor, text: str, lang: str,
                                        label: str) -> None:
    assert (label, "Company") in _entities(extractor, text, lang)


@pytest.mark.parametrize("text, name", [
    ("The law applies in Tampere, which is considering an IPO tax.", "Tampere"),
    ("Investors met Jane Doe, who is preparing an initial public offering.", "Jane Doe"),
])
def test_listing_clause_after_a_place_or_person_names_no_company(extractor: Extractor,
                                                                 text: str, name: str) -> None:
    assert (name, "Company") not in _entities(extractor, text)
