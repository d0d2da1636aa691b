"""German retail-investor news on DAX and European companies, on families of construction
that hold in any article, on sentences written for these tests (catalogued companies,
invented figures): shares of several companies told together ("Die Titel von Mercedes-Benz
und BMW zogen im Sog an") are no one company's shares that the next analyst, naming none,
rates, so the article's company is rated; a name fronted by "Für" before a verb of giving a
target and a house ("Für UniCredit nannte Citigroup ein Kursziel von 72 Euro") is what the
target is for, a bank too. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- shares of several companies told together ---------------------------------------------


def test_listed_peers_shares_are_not_what_the_next_analyst_rates(extractor: Extractor) -> None:
    x = run(extractor, "Volkswagen hat im dritten Quartal mehr verdient als erwartet. Die Titel von "
            "Mercedes-Benz und BMW zogen im Sog um jeweils 1 Prozent an. Jefferies bekräftigte sein "
            "„Buy“-Votum und das Kursziel von 125 Euro.", headline="Volkswagen: Zahlen besser als befürchtet")
    assert {(r.by, r.about) for r in x.ratings} == {("Jefferies", "Volkswagen")}
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("Volkswagen", "Jefferies")}


def test_one_peers_shares_alone_keep_the_rating(extractor: Extractor) -> None:
    """Look-alike: the shares of one company alone before the rating are that one's."""
    x = run(extractor, "Volkswagen hat im dritten Quartal mehr verdient als erwartet. Die Aktie von "
            "Mercedes-Benz zog um 1 Prozent an. Jefferies bekräftigte sein „Buy“-Votum.",
            headline="Volkswagen: Zahlen besser als befürchtet")
    assert {(r.by, r.about) for r in x.ratings} == {("Jefferies", "Mercedes-Benz Group")}


# --- a name fronted by "Für" before a verb of giving a target and a house ----------------


def test_fronted_bank_takes_the_target_of_the_house_after_the_verb(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank-Aktie stieg um 2 Prozent. Für UniCredit nannte Citigroup ein "
            "Kursziel von 72 Euro.", headline="Commerzbank: Aktie steigt")
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("UniCredit", "Citigroup")}
    assert ("Citigroup", "covers", "UniCredit") in triples(x)


def test_fronted_house_without_a_house_after_the_verb_stays_the_house(extractor: Extractor) -> None:
    """Look-alike: "Für die UBS liegt das Kursziel …": no house follows the verb, so the
    fronted bank is the house and the passage's company is valued."""
    x = run(extractor, "Die Commerzbank-Aktie stieg um 2 Prozent. Für die UBS liegt das Kursziel bei "
            "30 Euro.", headline="Commerzbank: Aktie steigt")
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("Commerzbank", "UBS")}
