"""Partnerships, sponsorships, joint ventures and trade fairs, on families of construction
that hold in any article, on sentences written for these tests (catalogued companies,
invented people and invented firms): a title whose name the catalogue lacks still names
the employer, so a company named elsewhere in the sentence is not it — where the name is
an acronym opening the sentence ("NFL chief revenue officer X") and where it opens the
first of two titles a conjunction joins ("Brixa co-founder and Chief Executive Officer
X", which also lets a name found there own both titles); and a German stake taken with a
separable verb ("X steigt bei einem Start-up ein und vertieft die Zusammenarbeit mit Y") ends at
its particle, so a name after it is no company X invests in. Each with a look-alike that
keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def employers_of(extractor: Extractor, body: str, person: str, lang: str = "en") -> set[str]:
    """The organisations ``person`` works for in the extraction of ``body``."""
    x = run(extractor, body, lang, "Market report" if lang == "en" else "Marktbericht")
    return {r.object for r in x.relations if r.predicate == "worksFor" and r.subject == person}


# --- an acronym opening the sentence names the employer of the title after it ----------

def test_acronym_opening_a_sentence_names_an_unknown_employer(extractor: Extractor) -> None:
    body = ("Adidas signed a ten-year kit deal with the league on Monday. "
            "UFL chief commercial officer Dana Whitcombe praised the agreement.")
    assert "Adidas" not in employers_of(extractor, body, "Dana Whitcombe")


def test_bare_title_opening_a_sentence_keeps_the_passage_company(extractor: Extractor) -> None:
    """Look-alike: a title with no name before it is the post at the passage's company."""
    body = ("Adidas signed a ten-year kit deal with the league on Monday. "
            "CEO Dana Whitcombe praised the agreement.")
    assert employers_of(extractor, body, "Dana Whitcombe") == {"Adidas"}


def test_acronym_title_beside_a_possessed_title_employs_each_apart(extractor: Extractor) -> None:
    body = ("Nike extended its uniform deal with the league. UFL chief revenue officer Dana "
            "Whitcombe and Nike's head of marketing, Carl Mahler, signed the agreement.")
    assert "Nike" not in employers_of(extractor, body, "Dana Whitcombe")
    assert employers_of(extractor, body, "Carl Mahler") == {"Nike"}


def test_german_acronym_compound_names_an_unknown_employer(extractor: Extractor) -> None:
    body = ("Die Adidas AG hat den Ausrüstervertrag verlängert. "
            "DEL-Geschäftsführer Jan Wellmann lobte die Einigung.")
    assert "Adidas" not in employers_of(extractor, body, "Jan Wellmann", "de")


def test_german_bare_title_keeps_the_passage_company(extractor: Extractor) -> None:
    """Look-alike: "Vorstandschef X" names no employer of its own."""
    body = ("Die Adidas AG hat den Ausrüstervertrag verlängert. "
            "Vorstandschef Jan Wellmann lobte die Einigung.")
    assert employers_of(extractor, body, "Jan Wellmann", "de") == {"Adidas"}


# --- two titles a conjunction joins share the name before the first -------------------

def test_unknown_name_before_joined_titles_is_not_the_company_named_first(extractor: Extractor) -> None:
    body = ("Eli Lilly agreed to a research pact. Lilly Chief Scientific Officer Tom Brandel spoke "
            "on stage with Brixa co-founder and Chief Executive Officer Anika Desai.")
    assert employers_of(extractor, body, "Tom Brandel") == {"Eli Lilly"}
    assert "Eli Lilly" not in employers_of(extractor, body, "Anika Desai")


def test_known_name_before_joined_titles_employs_the_person(extractor: Extractor) -> None:
    """Look-alike: a company the article names before the two titles owns both."""
    body = ("Eli Lilly agreed to a research pact with Novo Nordisk. Lilly Chief Scientific Officer "
            "Tom Brandel spoke on stage with Novo Nordisk co-founder and Chief Executive Officer Anika Desai.")
    assert employers_of(extractor, body, "Anika Desai") == {"Novo Nordisk"}


def test_possessive_before_joined_titles_keeps_the_passage_company(extractor: Extractor) -> None:
    """Look-alike: "Its co-founder and CEO" names no firm of its own."""
    body = ("Eli Lilly agreed to a research pact. Its co-founder and Chief Executive Officer "
            "Anika Desai welcomed it.")
    assert "Eli Lilly" in employers_of(extractor, body, "Anika Desai")


# --- a German stake with a separable verb ends at its particle ------------------------

def test_name_after_the_stake_particle_is_no_investee(extractor: Extractor) -> None:
    x = run(extractor, "Siemens steigt bei einem Münchner Robotik-Start-up ein und vertieft "
            "die Zusammenarbeit mit Nvidia.", headline="Siemens-Aktie im Plus")
    assert ("Siemens", "investsIn", "Nvidia") not in triples(x)


def test_name_before_the_stake_particle_is_the_investee(extractor: Extractor) -> None:
    """Look-alike: the name between "bei" and the particle is the company invested in."""
    x = run(extractor, "Siemens steigt mit fünf Prozent bei Nvidia ein und vertieft die Zusammenarbeit "
            "mit Microsoft.", headline="Siemens-Aktie im Plus")
    assert ("Siemens", "investsIn", "Nvidia") in triples(x)
    assert ("Siemens", "investsIn", "Microsoft") not in triples(x)
