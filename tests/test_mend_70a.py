"""A short line that turns the passage to a company ("Anders das Urteil über Bayer.",
"Different story at Bayer.") makes that company the one rated by the next sentence's rating
that names none, not the article's first company; a line that names two companies or a house
keeps the rating where it was. A bare title whose sentence calls another company by its seat's
people after the name ("Vorstandschef X sagte, die Mailänder wollten …" right after a sentence on
UniCredit) is a post at that company, not at the article's; the article's own company called so
keeps it. Sentences written for these tests (catalogued companies, invented figures)."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor

_OPENING_DE = 'Berenberg hob BASF auf "Buy" und das Kursziel auf 62 Euro. Die Aktie stieg um 2 Prozent. '
_OPENING_EN = ("Berenberg upgraded BASF to buy and raised its price target to 62 euros. "
               "The shares rose 2%. ")


def _rated(extractor: Extractor, body: str, lang: str = "de") -> set[tuple[str, str, str]]:
    """Each rating of ``body`` as (house, company, rating)."""
    headline = "Chemiewerte: Analysten uneins" if lang == "de" else "Chemicals: analysts split"
    return {(r.by, r.about, r.rating) for r in run(extractor, body, lang=lang, headline=headline).ratings}


def test_turn_line_gives_the_next_unnamed_rating_and_target_to_its_company(extractor: Extractor) -> None:
    x = run(extractor, _OPENING_DE + 'Anders das Urteil über Bayer. Metzler senkte das Votum auf "Sell" '
            "und das Kursziel auf 31 Euro.", headline="Chemiewerte: Analysten uneins")
    ratings = {(r.by, r.about, r.rating) for r in x.ratings}
    assert ("Metzler", "Bayer", "Sell") in ratings
    assert ("Metzler", "BASF", "Sell") not in ratings
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("BASF", "Berenberg"), ("Bayer", "Metzler")}


def test_turn_line_in_english(extractor: Extractor) -> None:
    ratings = _rated(extractor, _OPENING_EN + "Different story at Bayer. Citi cut the stock to sell.", "en")
    assert ("Citigroup", "Bayer", "sell") in ratings
    assert ("Citigroup", "BASF", "sell") not in ratings


def test_turn_line_naming_two_companies_turns_to_neither(extractor: Extractor) -> None:
    """Look-alike: which of the two the rating is of is unclear, so neither takes it."""
    ratings = _rated(extractor, _OPENING_DE + 'Anders das Urteil über Bayer und Henkel. Metzler senkte das '
                     'Votum auf "Sell".')
    assert not {r for r in ratings if r[0] == "Metzler" and r[1] in {"Bayer", "Henkel"}}


def test_turn_line_naming_a_house_turns_to_no_company(extractor: Extractor) -> None:
    """Look-alike: "Anders sieht es die DZ Bank." names the house that judges, not a company
    rated; the rating after it is not the bank's."""
    ratings = _rated(extractor, _OPENING_DE + 'Anders sieht es die DZ Bank. Metzler senkte das Votum auf "Sell".')
    assert not {r for r in ratings if r[1] == "DZ Bank"}
    assert ("Metzler", "BASF", "Sell") in ratings


def test_comparison_opening_with_anders_als_is_no_turn(extractor: Extractor) -> None:
    """Look-alike: "Anders als Bayer." compares; it does not turn the passage to Bayer."""
    ratings = _rated(extractor, _OPENING_DE + 'Anders als Bayer. Metzler senkte das Votum auf "Sell".')
    assert ("Metzler", "Bayer", "Sell") not in ratings


# --- a bare title whose sentence calls another company by its seat's people ----------------

_BANK = ("Die Commerzbank steigerte den Gewinn im Quartal um 8 Prozent auf 790 Millionen Euro. "
         "Die UniCredit hält inzwischen 28 Prozent der Anteile. ")


def _employers(extractor: Extractor, body: str) -> set[tuple[str, str]]:
    """Each worksFor of ``body`` in an article on the Commerzbank, as (person, employer)."""
    x = run(extractor, body, headline="Commerzbank hebt die Ziele an")
    return {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}


def test_title_whose_sentence_calls_another_company_by_its_seat_works_there(extractor: Extractor) -> None:
    found = _employers(extractor, _BANK + "Vorstandschef Andrea Orcel sagte, die Mailänder wollten ihren "
                       "Anteil vorerst nicht weiter aufstocken.")
    assert ("Andrea Orcel", "UniCredit") in found
    assert ("Andrea Orcel", "Commerzbank") not in found


def test_title_whose_sentence_calls_the_articles_company_by_its_seat_stays(extractor: Extractor) -> None:
    """Look-alike: the seat's people are the article's own company's."""
    found = _employers(extractor, _BANK + "Vorstandschefin Bettina Orlopp sagte, die Frankfurter wollten "
                       "eigenständig bleiben.")
    assert found == {("Bettina Orlopp", "Commerzbank")}


def test_city_adjective_before_a_noun_is_no_company_called_by_its_seat(extractor: Extractor) -> None:
    """Look-alike: "die Mailänder Börse" names the exchange, not UniCredit's people."""
    found = _employers(extractor, _BANK + "Vorstandschefin Bettina Orlopp sagte, die Mailänder Börse sei "
                       "für sie kein Thema.")
    assert found == {("Bettina Orlopp", "Commerzbank")}


def test_country_after_an_article_is_no_people_of_a_seat(extractor: Extractor) -> None:
    """Look-alike: "in den USA" names the country a rival is seated in, not its people."""
    x = run(extractor, "Sixt steigerte den Umsatz um 6 Prozent. Vorstandschef Alexander Sixt will vor allem in "
            "den USA wachsen, wo Avis Budget den Markt anführt.", headline="Sixt hebt die Prognose an")
    found = {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}
    assert ("Alexander Sixt", "Sixt") in found
    assert ("Alexander Sixt", "Avis Budget Group") not in found
