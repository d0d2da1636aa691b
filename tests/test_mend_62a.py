"""Ratings where a bank named near a house is not the one rated: a bank listed with the house
is a co-rater of the stock both rate ("Deutsche Bank and Jefferies upgraded the stock to buy"),
never rated through the share's noun; a house after "für"/"for" opening a clause on another
company's share gives its view of that share ("Jefferies hob Siemens auf 'Buy', für die UBS bleibt
die Aktie ein 'Sell'"), and is not rated; a house that owns a stake in a bank ("Der Einstieg der
Unicredit bei der Commerzbank") holds no view on it, so a rating of the next sentence is not its
own. Each with a look-alike that must keep its other reading."""

from __future__ import annotations

import pytest
from helpers import rating_facts, run

from kg.nlp.extract import Extractor

# --- a bank listed with the house rates the stock with it ------------------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Siemens gained 3%. Deutsche Bank and Jefferies upgraded the stock to buy.",
                 {("Deutsche Bank", "Siemens", "buy"), ("Jefferies", "Siemens", "buy")}, id="en"),
    pytest.param("de", "Siemens legte zu. Die Deutsche Bank und Jefferies stuften die Aktie auf "
                 "\"Kaufen\" hoch.",
                 {("Deutsche Bank", "Siemens", "Kaufen"), ("Jefferies", "Siemens", "Kaufen")}, id="de"),
])
def test_bank_listed_with_house_rates_with_it(extractor: Extractor, lang: str, body: str,
                                              expected: set[tuple[str, str, str]]) -> None:
    assert rating_facts(run(extractor, body, lang)) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "Deutsche Bank rose 4% after Jefferies upgraded the stock to buy.",
                 {("Jefferies", "Deutsche Bank", "buy")}, id="en"),
    pytest.param("de", "Die Deutsche Bank stieg um 4 Prozent, nachdem Jefferies die Aktie auf "
                 "\"Kaufen\" hochgestuft hatte.",
                 {("Jefferies", "Deutsche Bank", "Kaufen")}, id="de"),
])
def test_bank_opening_the_sentence_still_rated(extractor: Extractor, lang: str, body: str,
                                               expected: set[tuple[str, str, str]]) -> None:
    """Look-alike: the bank is the subject of its own verb, the house's object the share."""
    assert rating_facts(run(extractor, body, lang)) == expected


# --- "für die UBS": a house's view of a share named before, not a bank rated -----------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Jefferies hob Siemens auf \"Buy\", für die UBS bleibt die Aktie dagegen ein \"Sell\".",
                 {("Jefferies", "Siemens", "Buy"), ("UBS", "Siemens", "Sell")}, id="de"),
    pytest.param("en", "Jefferies raised Siemens to \"buy\", for UBS the stock remains a \"sell\".",
                 {("Jefferies", "Siemens", "buy"), ("UBS", "Siemens", "sell")}, id="en"),
])
def test_house_fronted_on_another_share_gives_its_view(extractor: Extractor, lang: str, body: str,
                                                      expected: set[tuple[str, str, str]]) -> None:
    assert rating_facts(run(extractor, body, lang)) == expected


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Die Analysten der UBS bestätigten ihre Einstufungen für beide Häuser: Für die "
                 "Commerzbank bleibt die Aktie bei \"Hold\", für die Deutsche Bank bei \"Buy\".",
                 {("UBS", "Commerzbank", "Hold"), ("UBS", "Deutsche Bank", "Buy")}, id="de"),
    pytest.param("en", "Barclays kept its ratings on both lenders: for HSBC the stock stays at "
                 "\"overweight\", for Lloyds at \"equal weight\".",
                 {("Barclays", "HSBC", "overweight"), ("Barclays", "Lloyds Banking Group", "equal weight")},
                 id="en"),
])
def test_bank_fronted_with_its_own_share_still_rated(extractor: Extractor, lang: str, body: str,
                                                     expected: set[tuple[str, str, str]]) -> None:
    """Look-alike: no company but the houses named before, so the share is the fronted bank's."""
    assert rating_facts(run(extractor, body, lang)) == expected


# --- a house's stake in a bank is no view on it --------------------------------------------------


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "Der Einstieg der Unicredit bei der Commerzbank sorgt für Unruhe. Die Analysten "
                 "stuften die Aktie auf \"Hold\" ab und senkten das Kursziel auf 20 Euro.", id="de"),
    pytest.param("en", "The bet of UniCredit on Commerzbank unsettled investors. The analysts cut the "
                 "stock to \"hold\" and lowered the target to 20 euros.", id="en"),
])
def test_house_owning_a_stake_rates_nothing(extractor: Extractor, lang: str, body: str) -> None:
    x = run(extractor, body, lang)
    assert not any(by == "UniCredit" for by, _, _ in rating_facts(x))
    assert not any(f.estimated_by == "UniCredit" for f in x.figures)


def test_house_experts_view_on_a_bank_still_rates_it(extractor: Extractor) -> None:
    """Look-alike: the genitive's noun names the house's experts, so the view is the house's."""
    x = run(extractor, "Siemens legte zu. Skeptisch sind die Experten der UBS bei der Commerzbank. Die "
            "Analysten stuften die Aktie auf \"Hold\" ab und senkten das Kursziel auf 20 Euro.", "de")
    assert rating_facts(x) == {("UBS", "Commerzbank", "Hold")}
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} == {("Commerzbank", "UBS")}
