"""Entity probes on sentences written for the test: people and places the rules missed.

* A surname spelt as a job title ("Anja Richter") names a person where the phrase gives
  the person a title of its own; a title with its adjective ("der Vorsitzende Richter")
  stays no name.
* A fund house named by a noun a person's job shares ("der Investmentmanager Muster") is
  found only as the short name of a catalogued company; the city adjective before that
  noun is the company's seat.
* A market report's move in brackets after a short name ("Muster (PS -1,9 Prozent)")
  names the catalogued company; a surname before a bracket that holds no move does not.
* A large city of the city list is named by its adjective before a company noun even
  where the catalogue lacks it; a small town's adjective is not.
* "X Prefecture-based": the region, not the listed city of the same name.

Names of people and of unknown companies are invented.
"""

from __future__ import annotations

from helpers import labels, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _people(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.type == "Person"}


def _places(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.type == "Place"}


# --- a surname spelt as a title -------------------------------------------------------

def test_successor_with_a_title_as_surname_is_a_person(extractor: Extractor) -> None:
    x = run(extractor, "Der Chemiekonzern BASF stellt sich neu auf. Finanzvorstand Tom Berger "
                       "geht zum Jahresende. Seine Nachfolge tritt Jana Richter an, bislang "
                       "Finanzchefin der Agrarsparte.")
    assert "Jana Richter" in _people(x)


def test_title_with_its_adjective_is_no_person(extractor: Extractor) -> None:
    """Look-alike: two title words ("Vorsitzende", "Richter") before the comma."""
    x = run(extractor, "Der Chemiekonzern BASF verlor vor Gericht. Das Urteil sei klar, sagte "
                       "der Vorsitzende Richter, Präsident des Landgerichts.")
    assert not any("Richter" in person for person in _people(x))


def test_a_title_alone_after_a_role_is_no_person(extractor: Extractor) -> None:
    """Look-alike: one word that is a title is never a name."""
    x = run(extractor, "Der Chemiekonzern BASF verlor vor Gericht. Das Urteil fällte "
                       "Landgerichtspräsident Richter, sagte ein Sprecher.")
    assert "Richter" not in _people(x)


# --- a fund house after a noun of a person's job ---------------------------------------

def test_investment_manager_names_the_catalogued_fund_house(extractor: Extractor) -> None:
    x = run(extractor, "Der Wohnungskonzern Vonovia verkauft Wohnungen an den Augsburger "
                       "Investmentmanager Patrizia, teilte das Unternehmen mit.")
    assert "Patrizia SE" in labels(x)
    assert "Augsburg" in _places(x)
    assert ("Patrizia SE", "locatedIn", "Augsburg") in triples(x)


def test_investment_manager_before_a_person_names_no_company(extractor: Extractor) -> None:
    """Look-alike: the same noun before a person's name, which no catalogue lists."""
    x = run(extractor, "Der Wohnungskonzern Vonovia legte Zahlen vor. Der Investmentmanager "
                       "Jonas Kellermann hält die Aktie für zu teuer.")
    assert not any("Kellermann" in label for label in labels(x) - _people(x))


# --- a move in brackets after a short name -------------------------------------------

def test_bracketed_move_after_a_short_name_names_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Am Schweizer Aktienmarkt überwogen die Verluste. Auch Schindler "
                       "(PS -1,9 Prozent) gaben nach.")
    assert "Schindler Holding" in labels(x)


def test_bracket_without_a_move_names_no_company(extractor: Extractor) -> None:
    """Look-alike: the short name before a bracket that holds no percentage move."""
    x = run(extractor, "Am Schweizer Aktienmarkt überwogen die Verluste. Auch Schindler "
                       "(der Aufzugsbauer) gab nach, sagte Händler Marc Lenz.")
    assert "Schindler Holding" not in labels(x)


# --- a city's adjective --------------------------------------------------------------

def test_large_city_adjective_before_a_company_noun_is_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Deutlich abwärts ging es für Sulzer. Der Winterthurer Industriekonzern "
                       "senkte seine Prognose.")
    assert "Winterthur" in _places(x)
    assert ("Sulzer", "locatedIn", "Winterthur") in triples(x)


def test_large_city_adjective_before_another_noun_is_no_place(extractor: Extractor) -> None:
    """Look-alike: the adjective before a person's noun."""
    x = run(extractor, "Deutlich abwärts ging es für Sulzer. Der Winterthurer Chef senkte "
                       "seine Prognose.")
    assert "Winterthur" not in _places(x)


def test_small_town_adjective_is_no_place(extractor: Extractor) -> None:
    """Look-alike: a town of the list too small to be named by its adjective alone."""
    x = run(extractor, "Deutlich abwärts ging es für Sulzer. Der Weimarer Industriekonzern "
                       "senkte seine Prognose.")
    assert "Weimar" not in _places(x)


# --- a prefecture -------------------------------------------------------------------

def test_prefecture_based_names_the_region(extractor: Extractor) -> None:
    x = run(extractor, "Fanuc cut its outlook on Tuesday. The Yamanashi Prefecture-based maker "
                       "of robots now expects lower revenue.", lang="en")
    assert "Yamanashi Prefecture" in _places(x)
    assert "Yamanashi" not in _places(x)


def test_city_based_without_a_region_word_stays_the_city(extractor: Extractor) -> None:
    """Look-alike: the same compound without the region's word."""
    x = run(extractor, "Fanuc cut its outlook on Tuesday. The Yamanashi-based maker of robots "
                       "now expects lower revenue.", lang="en")
    assert "Yamanashi" in _places(x)
    assert "Yamanashi Prefecture" not in _places(x)
