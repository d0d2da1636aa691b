"""Ratings and targets in forms an analysts' report on banks and a market report use, in both
languages: a bank after "für"/"for" opening a clause after a colon, rated by the house named
before it ("bestätigten ihre Einstufungen: Für die Commerzbank bleibt es bei 'Neutral', für die
Deutsche Bank bei 'Buy'"); a bank a house's view is on ("KBW bei der Deutschen Bank"), rated and
valued by that house in the next sentence; a target in a relative clause on a house's analysts
("Morgan Stanley analysts, who rate the stock … with a price target of …"); a bank opening the
sentence, rated where a pronoun or the share's noun follows the house ("Commerzbank rose after
Jefferies upgraded it to buy"), and never the rater of a house in a clause of its own ("Die
Commerzbank stieg, nachdem die UBS …"); advice in the German passive with its agent ("wurde von
der UBS zum Kauf empfohlen"); a rating stuck with ("stuck with hold on X"). Each with look-alikes
that must keep their other reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import rating_facts, run, run_in

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _targets(x: Extraction) -> set[tuple[str, Decimal | None, str | None]]:
    """Each price target as (about, value, estimatedBy)."""
    return {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}


# --- a bank after "für"/"for" opening a clause after a break ---------------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Die Analysten der UBS bestätigten ihre Einstufungen für beide Häuser: Für die "
                 "Commerzbank bleibt es bei \"Hold\", für die Deutsche Bank bei \"Buy\".",
                 {("UBS", "Commerzbank", "Hold"), ("UBS", "Deutsche Bank", "Buy")}, id="de"),
    pytest.param("en", "Barclays kept its ratings on both lenders: for HSBC it stays at \"overweight\", "
                 "for Lloyds at \"equal weight\".",
                 {("Barclays", "HSBC", "overweight"), ("Barclays", "Lloyds Banking Group", "equal weight")},
                 id="en"),
])
def test_bank_after_clause_preposition_is_rated(extractor: Extractor, lang: str, body: str,
                                                expected: set[tuple[str, str, str]]) -> None:
    assert rating_facts(run_in(extractor, body, lang)) == expected


def test_bank_after_clause_preposition_takes_the_house_target(extractor: Extractor) -> None:
    x = run_in(extractor, "Die UBS überprüfte ihre Einschätzungen: Für die Commerzbank bleibt es bei "
               "\"Hold\" mit einem Kursziel von 24 Euro, für die Deutsche Bank bei \"Buy\" mit 33 Euro.", "de")
    assert ("Deutsche Bank", Decimal(33), "UBS") in _targets(x)
    assert not any(by == "Commerzbank" for _, _, by in _targets(x))


def test_clause_preposition_look_alikes(extractor: Extractor) -> None:
    # two houses before the break: which one spoke is not read, and neither bank rates the other
    two = rating_facts(run_in(extractor, "Die UBS stuft die Deutsche Bank auf \"Buy\", für die Commerzbank "
                              "bleibt sie bei \"Hold\".", "de"))
    assert ("UBS", "Deutsche Bank", "Buy") in two
    assert not any(by == "Deutsche Bank" or about == "Commerzbank" and by != "UBS" for by, about, _ in two)
    # a preposition opening the sentence keeps its reading: the house after it rates
    assert rating_facts(run_in(extractor, "Für die Commerzbank bestätigte Citigroup das Votum \"Sell\".",
                               "de")) == {("Citigroup", "Commerzbank", "Sell")}
    # "für die UBS" in a verdict names the one who judges, never the one rated
    assert not any(about == "UBS" for _, about, _ in rating_facts(run_in(
        extractor, "Die Commerzbank legte zu, für die UBS bleibt sie ein Kauf.", "de")))


# --- a bank a house's view is on ----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "body", "rating"), [
    pytest.param("de", "Die Commerzbank legte um 2 Prozent zu. Skeptischer ist das Analysehaus Keefe, "
                 "Bruyette & Woods bei der Deutschen Bank. Die Experten senkten das Papier von "
                 "\"Outperform\" auf \"Market Perform\" und kappten das Kursziel auf 24 Euro.",
                 "Market Perform", id="de"),
    pytest.param("en", "Commerzbank shares rose 2%. More cautious was Keefe, Bruyette & Woods on Deutsche "
                 "Bank. Its analysts cut the stock to \"market perform\" from \"outperform\" and lowered "
                 "the target to 24 euros.", "market perform", id="en"),
])
def test_bank_a_house_view_is_on(extractor: Extractor, lang: str, body: str, rating: str) -> None:
    x = run(extractor, body, lang, headline="Bankwerte" if lang == "de" else "Bank shares")
    assert rating_facts(x) == {("Keefe, Bruyette & Woods", "Deutsche Bank", rating)}
    assert _targets(x) == {("Deutsche Bank", Decimal(24), "Keefe, Bruyette & Woods")}


def test_bank_a_house_view_is_on_look_alike(extractor: Extractor) -> None:
    # the rating's sentence names its company: the bank the view was on is not rated there
    facts = rating_facts(run(extractor, "Die Commerzbank legte um 2 Prozent zu. Skeptischer ist das "
                             "Analysehaus Keefe, Bruyette & Woods bei der Deutschen Bank. Die Experten "
                             "senkten Siemens auf \"Hold\".", "de", headline="Bankwerte"))
    assert not any(about == "Deutsche Bank" for _, about, _ in facts)


# --- a target in a relative clause on a house's analysts ------------------------------------------


@pytest.mark.parametrize(("lang", "body", "headline"), [
    pytest.param("en", "Adyen shares rose 5%. Morgan Stanley analysts, who rate the stock \"overweight\" "
                 "with a price target of 1,800 euros, said the results were strong.", "Adyen shares jump",
                 id="en"),
    pytest.param("de", "Die Adyen-Aktie stieg um 5 Prozent. UBS-Analysten, die das Kursziel auf 1.800 Euro "
                 "anhoben, lobten die Zahlen.", "Adyen-Aktie steigt", id="de"),
])
def test_target_in_relative_clause_on_analysts(extractor: Extractor, lang: str, body: str,
                                               headline: str) -> None:
    x = run(extractor, body, lang, headline=headline)
    assert {(about, value) for about, value, _ in _targets(x)} == {("Adyen", Decimal(1800))}


def test_number_in_relative_clause_on_unknown_name(extractor: Extractor) -> None:
    # the antecedent is an unknown company, not a house's analysts: its price is nobody's here
    x = run(extractor, "Adyen shares rose 5%. Rival Klarvo, which rose 3% to $40, lagged.", "en",
            headline="Adyen shares jump")
    assert not any(f.value == Decimal(40) for f in x.figures)


# --- a bank opening the sentence, the object of a pronoun after the house -----------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("en", "HSBC shares fell 1%. Smaller rival Commerzbank rose 3.1% after Jefferies upgraded it "
                 "to \"buy\" from \"hold\".", ("Jefferies", "Commerzbank", "buy"), id="en-it"),
    pytest.param("en", "HSBC shares fell 1%. Commerzbank gained 3.1% after Jefferies lifted the stock to "
                 "\"buy\".", ("Jefferies", "Commerzbank", "buy"), id="en-the-stock"),
    pytest.param("de", "Die HSBC-Aktie fiel um 1 Prozent. Die Commerzbank stieg um 3,1 Prozent, nachdem "
                 "Jefferies sie auf \"Buy\" hochgestuft hatte.", ("Jefferies", "Commerzbank", "Buy"), id="de-sie"),
    pytest.param("de", "Die HSBC-Aktie fiel um 1 Prozent. Die Commerzbank stieg um 3,1 Prozent, nachdem "
                 "die UBS die Aktie auf \"Buy\" hochgestuft hatte.", ("UBS", "Commerzbank", "Buy"),
                 id="de-die-aktie"),
])
def test_bank_opening_the_sentence_rated_by_pronoun(extractor: Extractor, lang: str, body: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert rating_facts(run(extractor, body, lang, headline="Bankwerte" if lang == "de" else "Bank shares")) \
        == {expected}


def test_pronoun_after_house_look_alikes(extractor: Extractor) -> None:
    # the pronoun stands for the company named between: no bank is rated
    assert rating_facts(run_in(extractor, "Commerzbank said Siemens rose after Jefferies upgraded it to "
                               "\"buy\".", "en")) == {("Jefferies", "Siemens", "buy")}
    # a house with its own object in the clause after the comma rates that one; the bank before
    # the comma rates nothing
    assert rating_facts(run_in(extractor, "Die Commerzbank stieg, nachdem die UBS Siemens auf \"Buy\" "
                               "hochgestuft hatte.", "de")) == {("UBS", "Siemens", "Buy")}
    # a clause closed between the house and the bank keeps the house the rater
    assert rating_facts(run_in(extractor, "Die UBS hat, nachdem die Zahlen vorlagen, die Deutsche Bank auf "
                               "\"Buy\" hochgestuft.", "de")) == {("UBS", "Deutsche Bank", "Buy")}
    # a bank that rates in a clause of its own before the house rates the same stock as it
    facts = rating_facts(run(extractor, "Siemens shares fell 2%. Citi reiterated its buy rating, while "
                             "Jefferies kept the stock at hold.", "en", headline="Siemens shares fall"))
    assert facts == {("Citigroup", "Siemens", "buy"), ("Jefferies", "Siemens", "hold")}
    # a bank cited as the source is not what the house rates
    assert not any(about == "Commerzbank" for _, about, _ in rating_facts(run_in(
        extractor, "Laut Commerzbank hat die UBS die Aktie auf \"Buy\" hochgestuft.", "de")))


# --- advice in the German passive ------------------------------------------------------------------


def test_passive_advice_with_agent(extractor: Extractor) -> None:
    assert rating_facts(run_in(extractor, "Die BASF-Aktie wird von der Deutschen Bank weiterhin zum "
                               "Verkauf empfohlen.", "de")) == {("Deutsche Bank", "BASF", "Verkauf")}


@pytest.mark.parametrize("body", [
    pytest.param("Die BASF-Aktie wurde der UBS zum Kauf empfohlen.", id="advice-to-the-bank"),
    pytest.param("Die BASF-Aktie wurde zum Kauf empfohlen.", id="no-agent"),
    pytest.param("Im Schnitt wird die BASF-Aktie von den Analysten zum Kauf empfohlen.", id="consensus"),
])
def test_passive_advice_look_alikes(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "de")) == set()


# --- a rating stuck with -----------------------------------------------------------------------------


def test_stuck_with_a_rating(extractor: Extractor) -> None:
    assert rating_facts(run_in(extractor, "Citi stuck with hold on Siemens after the results.", "en")) \
        == {("Citigroup", "Siemens", "hold")}


@pytest.mark.parametrize("body", [
    pytest.param("Siemens stuck with its plan to sell the unit.", id="plan"),
    pytest.param("Citi said investors stuck with Siemens through the selloff.", id="investors"),
])
def test_stuck_with_look_alikes(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "en")) == set()
