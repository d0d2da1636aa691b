"""Relations told without a name, on sentences written for these tests (catalogued companies,
invented figures): a German index compound that opens the sentence as its subject or as the
owner of its opening noun ("Die Aktie des MDax-Konzerns verlor …", "Der Auftragseingang des
MDax-Konzerns stieg …") goes on with the company the passage is about, the one the nearest
sentence naming companies clearly weighs most, even where that sentence names another one
beside it; never a house rating it; and none where two companies are equally likely or the
passage's company is not the article's. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- an index compound opening the sentence: the passage's company --------------------

_TWO_MAKERS = "Rheinmetall und Renk: Aufträge"


def _members(extractor: Extractor, body: str, headline: str) -> set[tuple[str, str]]:
    """Each memberOf of the article as (member, index)."""
    return {(s, o) for s, p, o in triples(run(extractor, body, headline=headline)) if p == "memberOf"}


def test_compound_owner_of_the_opening_noun_is_the_passage_company(extractor: Extractor) -> None:
    """The sentence before names a second company inside the first one's phrase; the first
    weighs more in the article and is the compound's."""
    body = ("Rheinmetall steigerte den Umsatz um 10 Prozent auf 3 Milliarden Euro. Die Bundeswehr "
            "bestellt mehr Munition. Renk liefert die Getriebe für Panzer des Herstellers KNDS. "
            "Der Auftragseingang des MDax-Konzerns stieg auf 2 Milliarden Euro.")
    assert _members(extractor, body, _TWO_MAKERS) == {("Renk Group", "MDAX")}


def test_compound_after_two_equal_companies_names_no_member(extractor: Extractor) -> None:
    """Look-alike: the sentence before names two companies of equal weight; either may be meant."""
    body = ("Die Bundeswehr bestellt Getriebe und Radare bei Renk und Hensoldt. "
            "Die Aktie des MDax-Konzerns stieg um 2 Prozent.")
    assert not _members(extractor, body, "Renk und Hensoldt: Aufträge")


def test_compound_after_a_house_keeping_its_vote_is_the_rated_company(extractor: Extractor) -> None:
    """A house keeping its rating stands between; the compound is the rated company's, of which
    the passage told, not the article's other company."""
    body = ("Adidas erzielte einen Rekordumsatz von 6 Milliarden Euro. Puma verliert Marktanteile. "
            "Bernstein hat Puma auf \"Underperform\" abgestuft. Auch die Baader Bank bleibt bei "
            "ihrem Votum \"Reduce\". Das Papier des MDax-Konzerns verlor 2 Prozent.")
    assert _members(extractor, body, "Adidas und Puma: Analysten uneins") == {("Puma SE", "MDAX")}


def test_compound_in_a_passage_on_another_than_the_article_company_names_no_member(
        extractor: Extractor) -> None:
    """Look-alike: the article is clearly about Adidas, the passage before the compound names
    Puma only as the object of a rating: either may be meant, and the article's company is no
    longer taken."""
    body = ("Adidas erzielte einen Rekordumsatz von 6 Milliarden Euro. Adidas hob die Prognose an. "
            "Bernstein hat Puma auf \"Underperform\" abgestuft. Auch die Baader Bank bleibt bei "
            "ihrem Votum \"Reduce\". Das Papier des MDax-Konzerns verlor 2 Prozent.")
    assert ("Adidas", "MDAX") not in _members(extractor, body, "Adidas und Puma: Analysten uneins")


def test_listed_share_opening_the_sentence_is_the_rated_airline(extractor: Extractor) -> None:
    """"Die im MDax notierte Aktie" after a house and the airline it rates by a noun."""
    body = ("Airbus liefert mehr Flugzeuge aus als erwartet. Jefferies hat Lufthansa auf \"Hold\" belassen. Ganz anders sieht das die Deutsche Bank. "
            "Die Frankfurter stuften die Fluggesellschaft auf \"Kaufen\" hoch. "
            "Die im MDax notierte Aktie gab um 1,2 Prozent nach.")
    members = _members(extractor, body, "Lufthansa und Airbus: Analysten")
    assert ("Lufthansa", "MDAX") in members
    assert ("Deutsche Bank", "MDAX") not in members
