"""Posts and employers told around the name rather than by a title right before it: an
analyst's house named in the sentence before while a company's short name stands after the
name ("Analystin X lobte die Entwicklung bei Y"); "X will become executive chairman"; an
executive in a round-up of ratings ("Y - Goldman initiated coverage …, saying the turnaround
under Chief Executive X …"); an apposition's current post beside the post taken ("Nachfolger
wird X, derzeit Finanzchef des Autobauers Y"); the company's noun put first ("Geführt wird der
Konzern von X"); a post joined after leaving the company ("X will leave the company … to join Y
as finance chief"); "bei seinem neuen Arbeitgeber Y". Each with the look-alikes that must keep
their reading: the house named after the name, a former post, a round or a board, two people.
"""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import employers

_HOUSE = ("Meridian Capital Partners legte an der Börse zu. Die Deutsche Bank senkte ihr Kursziel "
          "für Siemens auf 52 Euro. ")


def test_analyst_house_before_and_company_word_after(extractor: Extractor) -> None:
    # "Meridian" alone after the verb is what the analyst praises, not her employer
    found = employers(extractor, _HOUSE + "Analystin Laura Pfeffer lobte die Entwicklung bei Meridian.", "de")
    assert ("Laura Pfeffer", "Deutsche Bank") in found


def test_analyst_of_a_house_named_in_part(extractor: Extractor) -> None:
    # "von Meridian" right after the name: the house named in full before, never the bank before
    found = employers(extractor, _HOUSE + "Analystin Laura Pfeffer von Meridian lobte die Entwicklung.", "de")
    assert ("Laura Pfeffer", "Deutsche Bank") not in found
    assert ("Laura Pfeffer", "Meridian Capital Partners") in found


def test_analyst_of_a_house_named_in_part_that_opens_two_names(extractor: Extractor) -> None:
    # Look-alike: "Meridian" opens two names given in full: an employer we cannot tell
    text = ("Meridian Capital Partners und Meridian Energy legten an der Börse zu. Die Deutsche Bank "
            "senkte ihr Kursziel für Siemens auf 52 Euro. "
            "Analystin Laura Pfeffer von Meridian lobte die Entwicklung.")
    assert not {pair for pair in employers(extractor, text, "de") if pair[0] == "Laura Pfeffer"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Spotify added more paying subscribers than expected. Jonas Reimer will become executive "
     "chairman on January 1.", {("Jonas Reimer", "Spotify")}),
    # the post at a company the sentence names is that company's
    ("Spotify added more paying subscribers than expected. Jonas Reimer will become executive "
     "chairman of Nestlé on January 1.", {("Jonas Reimer", "Nestlé")}),
])
def test_executive_chairman(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert {pair for pair in employers(extractor, text, "en", "Spotify results") if pair[0] == "Jonas Reimer"} \
        == expected


_ROUNDUP = ("Here are the biggest analyst calls of the day.\n"
            "Nvidia (NASDAQ: NVDA) - Bank of America reiterated its \"buy\" rating on the chipmaker "
            "and raised its price target to $275 from $235. Shares added 1.4%.\n"
            "Apple (NASDAQ: AAPL) - Jefferies downgraded the iPhone maker to \"underperform\" from "
            "\"hold\" with a price target of $230. Apple slipped 1.1%.\n")


def test_executive_of_the_company_rated_in_a_roundup(extractor: Extractor) -> None:
    text = _ROUNDUP + ("Starbucks (NASDAQ: SBUX) - Goldman Sachs initiated coverage of the coffee "
                       "chain with a \"neutral\" rating and a $95 price target, saying the turnaround "
                       "under Chief Executive Jonas Reimer will take time.")
    found = {pair for pair in employers(extractor, text, "en", "Top Wall Street calls") if pair[0] == "Jonas Reimer"}
    assert found == {("Jonas Reimer", "Starbucks")}


def test_executive_in_a_roundup_line_of_two_rated_companies(extractor: Extractor) -> None:
    # the house rates two companies in the line: which one the executive runs is not told
    text = _ROUNDUP + ("Nike and Adidas - Goldman Sachs upgraded both sportswear makers to \"buy\", "
                       "saying the turnaround under Chief Executive Jonas Reimer will take time.")
    found = {pair for pair in employers(extractor, text, "en", "Top Wall Street calls") if pair[0] == "Jonas Reimer"}
    assert not found & {("Jonas Reimer", "Nike"), ("Jonas Reimer", "Adidas")}


_BOARD = "Siemens stellt seinen Vorstand neu auf. Finanzvorstand Mario Kessler verlässt den Konzern. "


@pytest.mark.parametrize(("text", "expected"), [
    ("Neuer Siemens-Finanzchef wird Tobias Hallmann, derzeit Finanzchef des Baustoffkonzerns "
     "Heidelberg Materials.", {("Tobias Hallmann", "Siemens"), ("Tobias Hallmann", "Heidelberg Materials")}),
    # a past post opened by a lower-case word is not read beside the post taken
    ("Neuer Siemens-Finanzchef wird Tobias Hallmann, zuvor Finanzchef des Baustoffkonzerns "
     "Heidelberg Materials.", {("Tobias Hallmann", "Siemens")}),
])
def test_current_post_beside_post_taken(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert {pair for pair in employers(extractor, _BOARD + text, "de") if pair[0] == "Tobias Hallmann"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Siemens wächst weiter. Geführt wird der Konzern seit 2020 von Jonas Reimer.",
     {("Jonas Reimer", "Siemens")}),
    # a round is led by an investor, who does not work for the company
    ("Siemens wächst weiter. Geführt wird die Finanzierungsrunde von Jonas Reimer.", set()),
])
def test_company_noun_put_first(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert {pair for pair in employers(extractor, text, "de") if pair[0] == "Jonas Reimer"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chief Financial Officer Jonas Reimer will leave the company at the end of March to join "
     "Nestlé as finance chief.", {("Jonas Reimer", "Siemens"), ("Jonas Reimer", "Nestlé")}),
    # a seat on a board is no post with a title
    ("Chief Financial Officer Jonas Reimer will leave the company to join Nestlé's board.",
     {("Jonas Reimer", "Siemens")}),
])
def test_post_joined_after_leaving(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    body = "Siemens reported higher quarterly revenue on Thursday. " + text
    assert {pair for pair in employers(extractor, body, "en", "Siemens results") if pair[0] == "Jonas Reimer"} \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Analyst Jonas Reimer, der bis zum Sommer für Berenberg tätig war, hat bei seinem neuen "
     "Arbeitgeber Jefferies die Bewertung der Aktie aufgenommen.", {("Jonas Reimer", "Jefferies")}),
    # a former employer is not named so
    ("Jonas Reimer verklagt seinen früheren Arbeitgeber Jefferies.", set()),
    # of two people, the possessive's is not told
    ("Jonas Reimer sagte, Analystin Laura Probst habe bei ihrem neuen Arbeitgeber Jefferies "
     "begonnen.", set()),
])
def test_new_employer(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    found = {pair for pair in employers(extractor, text, "de") if pair[1] == "Jefferies"}
    assert found == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Zur Person: Jonas Reimer, 52, studierte Elektrotechnik in Aachen und arbeitete 14 Jahre für "
     "Siemens.", "de", {("Jonas Reimer", "Siemens")}),
    ("Jonas Reimer became chief executive in May. Reimer previously worked as a consultant at "
     "Siemens.", "en", {("Jonas Reimer", "Siemens")}),
    # the verb of another subject, after a comma or a speech verb
    ("Jonas Reimer sagte, die Mitarbeiter arbeiteten weiter für Siemens.", "de", set()),
    ("Jonas Reimer said the unit worked for Siemens.", "en", set()),
    # work on a project for a client is no employment
    ("Jonas Reimer arbeitete an einem Projekt für Siemens.", "de", set()),
    ("Jonas Reimer worked on a deal for Siemens.", "en", set()),
])
def test_worked_for(extractor: Extractor, text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    found = {pair for pair in employers(extractor, "Nestlé raised its outlook. " + text, lang) if pair[1] == "Siemens"}
    assert found == expected
