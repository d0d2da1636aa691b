"""Share figures told through an index compound in an article about several companies, on
sentences written for these tests (catalogued companies, invented figures): "Die Aktie des
Dax-Mitglieds gab 0,8 Prozent nach" after a passage on one company of a round-up is that
company's move and price, the member its membership is read for; the passage's one company
named (or the one it tells of, beside a company named only as an object) is meant. Each with
a look-alike whose passage tells of two companies, where neither takes the figure, and one
about a single company, which keeps it as before."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

ROUNDUP = "Rheinmetall und Hensoldt: Jefferies dreht bei"
HENSOLDT = "Jefferies hat Hensoldt auf \"Hold\" hochgestuft und das Kursziel auf 74 Euro angehoben.\n\n"


def moves(extractor: Extractor, body: str, headline: str) -> set[tuple[str, Decimal | None]]:
    """The share moves and prices of ``body`` as (about, value)."""
    x = run(extractor, body, headline=headline)
    return metric_facts(x, "StockPriceChange") | metric_facts(x, "SharePrice")


def test_member_compound_after_a_passage_on_one_company_is_that_company(extractor: Extractor) -> None:
    body = (HENSOLDT + "Für Rheinmetall bleibt Jefferies bei \"Buy\", senkt aber das Kursziel auf 2.150 "
            "Euro. Der Düsseldorfer Konzern steigerte den Umsatz im dritten Quartal um 20 Prozent. "
            "Die Aktie des Dax-Mitglieds gab zuletzt 0,8 Prozent auf 1.684 Euro nach.")
    assert moves(extractor, body, ROUNDUP) == {("Rheinmetall", Decimal("-0.8")),
                                               ("Rheinmetall", Decimal("1684"))}
    assert ("Rheinmetall", "memberOf", "DAX") in triples(run(extractor, body, headline=ROUNDUP))


def test_member_compound_after_a_sentence_naming_two_companies_is_no_ones(extractor: Extractor) -> None:
    """Look-alike: the sentence before names Rheinmetall and Hensoldt; either may be meant."""
    body = (HENSOLDT + "Für Rheinmetall bleibt Jefferies bei \"Buy\", senkt aber das Kursziel auf 2.150 "
            "Euro. Der Konzern liefert Munition an Hensoldt. "
            "Die Aktie des Dax-Mitglieds gab zuletzt 0,8 Prozent auf 1.684 Euro nach.")
    assert moves(extractor, body, ROUNDUP) == set()


PUMA = "Adidas und Puma: Analysten uneins"


def test_member_compound_goes_on_with_the_company_the_passage_tells_of(extractor: Extractor) -> None:
    """A house rating it is named in between: the passage still tells of Puma alone."""
    body = ("Bernstein hat Puma auf \"Underperform\" abgestuft. Der Umsatz des Unternehmens dürfte "
            "2026 um 3 Prozent schrumpfen. Auch die Baader Bank bleibt bei ihrem Votum \"Reduce\". "
            "Das Papier des MDax-Konzerns verlor daraufhin 2,8 Prozent auf 18,94 Euro.\n\n"
            "Jefferies bestätigte für Adidas die Einstufung \"Buy\".")
    assert moves(extractor, body, PUMA) == {("Puma SE", Decimal("-2.8")), ("Puma SE", Decimal("18.94"))}


def test_member_compound_after_a_passage_telling_of_two_companies_is_no_ones(extractor: Extractor) -> None:
    """Look-alike: Nike is the subject of the sentence before; the member may be either."""
    body = ("Bernstein hat Puma auf \"Underperform\" abgestuft. Der Umsatz des Unternehmens dürfte "
            "2026 um 3 Prozent schrumpfen. Auch Nike meldete schwache Zahlen. "
            "Das Papier des MDax-Konzerns verlor daraufhin 2,8 Prozent auf 18,94 Euro.\n\n"
            "Jefferies bestätigte für Adidas die Einstufung \"Buy\".")
    assert moves(extractor, body, PUMA) == set()


def test_member_compound_in_an_article_about_one_company_stays_its(extractor: Extractor) -> None:
    """Look-alike: an article about one company gives it the member's move, as before."""
    body = "Rheinmetall hat einen Großauftrag erhalten. Die Aktie des Dax-Mitglieds stieg um 2,1 Prozent auf 1.700 Euro."
    assert moves(extractor, body, "Rheinmetall: Neuer Auftrag") == {("Rheinmetall", Decimal("2.1")),
                                                                    ("Rheinmetall", Decimal("1700"))}
