"""Who a name is and whose a fact is, on families of construction that hold in any
article, on sentences written for these tests: a person found by a role whose surname
is spelt as a city's adjective ("Analyst Thomas Bremer") is a person, not the city; a
medium whose report a sentence cites ("laut einem Bericht des Handelsblatt", "according
to a report by Bloomberg") is a source, never the owner of the unit the sentence's
subject sells; a bare "die Aktie" after a rating and a sentence naming only the analyst
is the rated company's share, not that of a company whose shares moved before the
rating; a target "für die Fondstochter der Deutschen Bank" after a rating of the fund
house is the fund house's, the parent being no new house that sends the text back to
its subject. Each with a look-alike where the city, the medium, the earlier share or
the article's subject keeps its own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, labels, run, triples

from kg.nlp.extract import Extractor

# --- a surname spelt as a city's adjective ------------------------------------------

_RATING = 'Die Analysten von Jefferies bestätigten ihre Einstufung "Hold" für die Commerzbank. '


def test_analyst_with_a_city_adjective_as_surname_is_a_person(extractor: Extractor) -> None:
    x = run(extractor, _RATING + "Analyst Thomas Bremer verwies auf die hohe Eigenkapitalrendite.",
            headline="Commerzbank-Aktie: Jefferies bleibt neutral")
    assert "Thomas Bremer" in labels(x)
    assert "Bremen" not in labels(x)
    assert ("Thomas Bremer", "worksFor", "Jefferies") in triples(x)


def test_the_city_adjective_before_a_company_still_names_the_city(extractor: Extractor) -> None:
    x = run(extractor, "Der Bremer Logistiker BLG meldete mehr Umsatz.", headline="BLG wächst")
    assert "Bremen" in labels(x)
    assert not any(e.type == "Person" for e in x.entities)


# --- a medium whose report is cited -------------------------------------------------


@pytest.mark.parametrize(("lang", "body", "headline", "medium"), [
    ("de", 'Auch Dürr waren gefragt und gewannen 3,2 Prozent. Laut einem Bericht des '
           '"Handelsblatt" prüft der Anlagenbauer aus Bietigheim-Bissingen den Verkauf seiner '
           "Tochter Homag.", "Nebenwerte: Dürr gefragt", "Handelsblatt"),
    ("en", "Duerr shares rose 3%. According to a report by Bloomberg, the engineering group is "
           "weighing a sale of its unit Homag.", "Duerr shares rise", "Bloomberg"),
])
def test_a_cited_medium_owns_no_unit(extractor: Extractor, lang: str, body: str, headline: str,
                                     medium: str) -> None:
    facts = triples(run(extractor, body, lang=lang, headline=headline))
    assert ("Homag", "subsidiaryOf", medium) not in facts
    assert ("Homag", "subsidiaryOf", "Dürr") in facts


def test_a_medium_not_cited_keeps_its_unit(extractor: Extractor) -> None:
    x = run(extractor, "Der Autobauer Volkswagen hat im Quartal mehr verdient. Die \"Financial "
                       "Times\" verkauft ihre Tochter Mergermarket.",
            headline="VW-Aktie steigt")
    assert ("Mergermarket", "subsidiaryOf", "Financial Times") in triples(x)


# --- a bare share after a rating and the analyst's comment --------------------------

_MOVE = "An der Mailänder Börse gewannen UniCredit-Papiere 1,4 Prozent auf 68,20 Euro. "


@pytest.mark.parametrize(("body", "owner", "other"), [
    # a rating of the other bank, then a sentence naming only its analyst: the rated one's share
    (_MOVE + _RATING + "Analyst Thomas Bremer verwies auf die hohe Eigenkapitalrendite. ",
     "Commerzbank", "UniCredit"),
    # no rating between, only the CEO's comment: still the share that moved
    ("Die Commerzbank hält an ihrer Prognose fest. " + _MOVE
     + "Konzernchef Andrea Orcel zeigte sich zufrieden. ", "UniCredit", "Commerzbank"),
])
def test_bare_share_after_a_comment(extractor: Extractor, body: str, owner: str, other: str) -> None:
    facts = figure_facts(run(extractor, body + "Seit Jahresbeginn hat sich die Aktie um rund 85 "
                                               "Prozent verteuert.",
                             headline="UniCredit stockt bei der Commerzbank auf"))
    assert (owner, "StockPriceChange", Decimal("85"), "Percent") in facts
    assert (other, "StockPriceChange", Decimal("85"), "Percent") not in facts
    assert ("UniCredit", "StockPriceChange", Decimal("1.4"), "Percent") in facts


# --- the parent of a rated company is no new house ----------------------------------

_ROUND_UP = ('Kepler Cheuvreux senkte Talanx auf "Reduce" und das Ziel auf 98 Euro. Nach dem '
             "Kursplus sei die Aktie zu teuer. ")


@pytest.mark.parametrize(("rest", "value", "owner"), [
    # the fund house's parent named in the target's phrase: still the fund house's target
    ('Die LBBW hat ihr Votum für die DWS auf "Untergewichten" gesenkt. Das Kursziel für die '
     "Fondstochter der Deutschen Bank belassen die Stuttgarter bei 48 Euro.", "48", "DWS"),
    # a house the aside did not name: back to the article's subject
    ('Die LBBW hat ihr Votum für die Hannover Rück auf "Untergewichten" gesenkt. Auch bei '
     "Berenberg ist man skeptisch: Die Privatbank traut dem Titel nur 90 Euro zu.", "90", "Talanx"),
])
def test_target_after_a_rating_aside(extractor: Extractor, rest: str, value: str, owner: str) -> None:
    facts = figure_facts(run(extractor, _ROUND_UP + rest, headline="Talanx-Aktie: Kepler senkt auf Reduce"))
    assert (owner, "PriceTarget", Decimal(value), "EUR") in facts
    assert not {f for f in facts if f[2] == Decimal(value) and f[0] != owner}
