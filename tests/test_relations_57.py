"""Supplies told by the buyer's use or purchase, and goods fronted as the object.

* "X builds servers around chips from Y", "X has built its AI servers on processors from Y":
  the maker of the goods a company builds its products around supplies it; not a participle
  ("servers built around chips from Y" names no builder), nor its own goods.
* "X has bought large volumes of Y's chips", "a deal to buy Y engines": the maker named before
  its goods (chips, engines, turbines, battery cells) supplies the buyer; not shares or stock.
* "X setzt in seinen Rechenzentren auf Chips von Y", "X nutzt bei seinen Autos Zellen von Y":
  a place or product of the user's between the verb and the goods keeps the supply; not one
  denied ("nicht mehr", "keine").
* "It buys its battery cells from X": the pronoun opening the sentence, with no name before, is
  the article's company, which X supplies; not a stake or a unit bought, nor where the sentence
  before opens with another company.
* "Die Batteriezellen stammen von X", "Das Pulver stammt zum großen Teil von der Tochter X": the
  maker the goods come from supplies the owner the sentence opens with, else the article's
  company; not demand or revenue coming from X, nor a place ("stammen aus China").
* "Die Zünder für Rheinmetalls Munition liefert X", "Die Batteriezellen für den ID.3 von VW
  liefert X": goods fronted as the object; the name after the verb supplies the one the "für"
  phrase names (never the other way round), and with no customer named nothing is read.
* "Specialists such as A and B compete for parts of the same wallet": examples of a group that
  vie for the same customers vie with the company the text is about, not with each other (a
  plain pair, "A and B compete for the same customers", still vies); not a contest for other
  things, nor suppliers or customers vying. "Its main rival, X, has …" before such a list makes
  X one more rival of the article's company, not the one the list rivals.
* "Its $35 billion purchase of X pushed it …", "Seine 35 Milliarden Dollar schwere Übernahme von
  X …": a takeover told by the possessive opening the sentence, bought by the company the
  sentence before opens with; not a stake, shares or goods ("Its purchase of Nvidia shares",
  "of Nvidia's chips", "Sein Kauf von Ansys-Aktien"), nor one by a buyer named after "by", nor
  where the sentence before names two companies.
* "Als Ankeraktionär hat sich X verpflichtet …", "Verkaufender Aktionär ist X", "Selling
  shareholders include X and Y": anchor and selling holders of an offering hold shares of the
  company listing; not a selling holder's adviser, nor one of another company's offering.
* "X sold shares worth $1 billion, cutting its stake to 14%", "Y also sold part of its holding":
  a stake kept after a sale is the article company's; a stake sold whole is none. So in German
  ("senkte seinen Anteil damit auf 25 Prozent", "verkaufte einen Teil seiner Aktien"); a stake
  in a company named ("seinen Anteil an Nvidia") is that company's.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import rival_pairs, run, triples

from kg.nlp.extract import Extractor


def _supplies(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang)) if p == "supplierOf"}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("Super Micro builds servers around chips from Nvidia and Advanced Micro Devices, and "
     "competes with Dell Technologies for orders.", "en",
     {("Nvidia", "Super Micro Computer"), ("Advanced Micro Devices", "Super Micro Computer")}),
    ("Dell has built its AI servers on processors from Intel.", "en",
     {("Intel", "Dell Technologies")}),
    ("Oracle, which has also bought large volumes of Nvidia's Blackwell chips, said its spending "
     "would rise.", "en", {("Nvidia", "Oracle")}),
    ("Volvo said it had signed a deal to buy Cummins engines for its new trucks.", "en",
     {("Cummins", "Volvo")}),
    ("Die Deutsche Telekom setzt in ihren Rechenzentren auf Chips von Nvidia.", "de",
     {("Nvidia", "Deutsche Telekom")}),
    ("Volkswagen setzt bei seinen Elektroautos auf Batteriezellen von CATL und Samsung SDI.", "de",
     {("Contemporary Amperex Technology", "Volkswagen"), ("Samsung SDI", "Volkswagen")}),
    ("Die Deutsche Telekom nutzt in ihren Rechenzentren Chips von Nvidia.", "de",
     {("Nvidia", "Deutsche Telekom")}),
    ("Die Zünder für Rheinmetalls Munition liefert Diehl Defence.", "de",
     {("Diehl Defence", "Rheinmetall")}),
    ("Die Batteriezellen für den ID.3 von Volkswagen liefert CATL.", "de",
     {("Contemporary Amperex Technology", "Volkswagen")}),
    ("Die Zünder liefert der Nürnberger Rüstungskonzern Diehl Defence an Rheinmetall.", "de",
     {("Diehl Defence", "Rheinmetall")}),
])
def test_supply_by_use_purchase_and_fronted_goods(extractor: Extractor, body: str, lang: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert _supplies(extractor, body, lang) == expected


@pytest.mark.parametrize(("body", "lang"), [
    ("Servers built around chips from Nvidia sold well in Asia, Dell said.", "en"),
    ("Dell builds servers around its own chips from Intel.", "en"),
    ("Volvo buys Cummins shares.", "en"),
    ("Volvo used large volumes of Cummins stock.", "en"),
    ("Volvo said it may buy Cummins engines.", "en"),
    ("Volkswagen setzt bei seinen Elektroautos nicht mehr auf Zellen von CATL.", "de"),
    ("Volkswagen nutzt bei seinen Autos keine Zellen von CATL.", "de"),
    ("Die Zünder liefert Diehl Defence.", "de"),
    ("Volkswagen baut ein neues Werk. Die Batteriezellen liefert CATL.", "de"),
    ("Die Chips von Nvidia liefert der Händler Arrow.", "de"),
    ("Die Zahlen lieferte Siemens am Donnerstag.", "de"),
])
def test_supply_look_alikes(extractor: Extractor, body: str, lang: str) -> None:
    assert _supplies(extractor, body, lang) == set()


_HEADLINE = "Home Depot raises its outlook"
_OPENING = "Home Depot is the largest home-improvement retailer. "


@pytest.mark.parametrize("body", [
    "Specialists such as Floor & Decor (NYSE: FND) and Walmart compete for parts of the same wallet.",
    "Its main rival, Lowe's Companies, has about 1,750 stores. Specialists such as Floor & Decor "
    "and Walmart's garden centers compete for parts of the same wallet.",
])
def test_examples_competing_for_the_same_rival_the_article(extractor: Extractor, body: str) -> None:
    pairs = rival_pairs(run(extractor, _OPENING + body, "en", headline=_HEADLINE))
    assert {frozenset(("Home Depot", "Floor & Decor")), frozenset(("Home Depot", "Walmart"))} <= pairs
    assert frozenset(("Floor & Decor", "Walmart")) not in pairs
    assert not {pair for pair in pairs if "Lowe's Companies" in pair} - {
        frozenset(("Home Depot", "Lowe's Companies"))}


@pytest.mark.parametrize(("body", "pair"), [
    ("Specialists such as Floor & Decor and Walmart compete for government contracts.", None),
    ("Suppliers such as Floor & Decor and Walmart compete for the same shelf space.", None),
    ("Floor & Decor and Walmart compete for the same customers.", ("Floor & Decor", "Walmart")),
])
def test_examples_competing_look_alikes(extractor: Extractor, body: str,
                                        pair: tuple[str, str] | None) -> None:
    pairs = rival_pairs(run(extractor, _OPENING + body, "en", headline=_HEADLINE))
    assert not {p for p in pairs if "Home Depot" in p}
    assert pairs == ({frozenset(pair)} if pair else set())


@pytest.mark.parametrize("body", [
    "Gegenüber den Konkurrenten Kion und Toyota Industries habe Jungheinrich Marktanteile gewonnen.",
    "Im Wettbewerb mit dem Anbieter Kion und der japanischen Toyota Industries gewann Jungheinrich "
    "einen Großauftrag.",
])
def test_rival_lists_before_the_subject(extractor: Extractor, body: str) -> None:
    assert rival_pairs(run(extractor, body, "de")) == {
        frozenset(("Jungheinrich", "Kion Group")), frozenset(("Jungheinrich", "Toyota Industries"))}


def _bought(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, headline=headline)) if p == "acquired"}


@pytest.mark.parametrize(("body", "lang"), [
    ("Synopsys is doing well. Its $35 billion purchase of Ansys pushed it into simulation software.", "en"),
    ("Synopsys is doing well. Their 2025 takeover of Ansys closed.", "en"),
    ("Synopsys läuft gut. Seine 35 Milliarden Dollar schwere Übernahme von Ansys zahlt sich aus.", "de"),
    ("Synopsys läuft gut. Seine Übernahme von Ansys zahlt sich aus.", "de"),
])
def test_opening_possessive_purchase(extractor: Extractor, body: str, lang: str) -> None:
    assert _bought(extractor, body, lang, "Synopsys") == {("Synopsys", "Ansys")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Synopsys is doing well. Its purchase of Nvidia shares paid off.", "en"),
    ("Synopsys is doing well. Its purchase of Nvidia's chips rose.", "en"),
    ("Synopsys is doing well. Its purchase of a stake in Ansys paid off.", "en"),
    ("Synopsys is doing well. Its purchase of Ansys by Cadence was blocked.", "en"),
    ("Alphabet bought Wiz from Nvidia. Its purchase of Ansys closed.", "en"),
    ("Synopsys läuft gut. Sein Kauf von Ansys-Aktien zahlt sich aus.", "de"),
])
def test_opening_possessive_purchase_look_alikes(extractor: Extractor, body: str, lang: str) -> None:
    assert not {pair for pair in _bought(extractor, body, lang, "Synopsys") if pair[1] in ("Nvidia", "Ansys")}


def _holders(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, headline=headline)) if p == "investsIn"}


@pytest.mark.parametrize(("body", "lang", "holders"), [
    ("Stabilus will an die Börse. Als Ankeraktionär hat sich der Vermögensverwalter Allianz Global "
     "Investors verpflichtet, Aktien für 40 Millionen Euro zu zeichnen.", "de", {"Allianz Global Investors"}),
    ("Stabilus will an die Börse. Verkaufender Aktionär ist der Finanzinvestor Permira.", "de", {"Permira"}),
    ("Stabilus plans to list its shares. Selling shareholders include Permira and KKR.", "en",
     {"Permira", "KKR"}),
    ("Stabilus shares rose in their debut. SoftBank Group sold shares worth about $1 billion, cutting "
     "its stake to 14% from 21%, while KKR and its co-founder also sold part of their holdings.", "en",
     {"SoftBank Group", "KKR"}),
    ("Stabilus plans to list its shares. Permira cut its stake to 14% from 21%.", "en", {"Permira"}),
    ("Stabilus will an die Börse. Permira verkaufte Aktien für 100 Millionen Euro und senkte seinen "
     "Anteil damit auf 25 Prozent.", "de", {"Permira"}),
    ("Stabilus will an die Börse. Permira verkaufte einen Teil seiner Aktien.", "de", {"Permira"}),
])
def test_offering_holders_hold_the_company(extractor: Extractor, body: str, lang: str,
                                           holders: set[str]) -> None:
    assert _holders(extractor, body, lang, "Stabilus") == {(h, "Stabilus") for h in holders}


@pytest.mark.parametrize(("body", "lang"), [
    ("Stabilus plans to list its shares. KKR is among the selling shareholders in the Nvidia offering.", "en"),
    ("Stabilus plans to list its shares. The selling shareholders, advised by KKR, will keep a stake.", "en"),
    ("Stabilus plans to list its shares. Permira sold its entire stake.", "en"),
    ("Stabilus will an die Börse. Permira verkaufte seine gesamte Beteiligung.", "de"),
    ("Stabilus will an die Börse. Permira senkte seinen Anteil an Nvidia auf 5 Prozent.", "de"),
    ("Stabilus will an die Börse. Die verkaufenden Aktionäre werden von der Deutschen Bank beraten.", "de"),
])
def test_offering_holders_look_alikes(extractor: Extractor, body: str, lang: str) -> None:
    assert not {pair for pair in _holders(extractor, body, lang, "Stabilus") if pair[1] == "Stabilus"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Volvo reported higher sales. It buys its engines from Cummins.", {("Cummins", "Volvo")}),
    ("Volvo reported higher sales. It sources most of its battery cells from Samsung SDI and LG "
     "Energy Solution.", {("Samsung SDI", "Volvo"), ("LG Energy Solution", "Volvo")}),
    ("Volvo reported higher sales. It bought its stake from Cummins.", set()),
    ("Volvo reported higher sales. It bought its truck unit from Cummins.", set()),
    ("Daimler Truck reported higher sales. It buys its engines from Cummins.", set()),
])
def test_pronoun_buyer_is_the_articles_company(extractor: Extractor, body: str,
                                               expected: set[tuple[str, str]]) -> None:
    supplies = {(s, o) for s, p, o in triples(run(extractor, body, "en", headline="Volvo raises outlook"))
                if p == "supplierOf"}
    assert supplies == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Volkswagen verkauft mehr Autos. Die Batteriezellen stammen von CATL und Samsung SDI.",
     {("Contemporary Amperex Technology", "Volkswagen"), ("Samsung SDI", "Volkswagen")}),
    ("Volkswagen verkauft mehr Autos. Das Pulver stammt zum großen Teil von Rheinmetall.",
     {("Rheinmetall", "Volkswagen")}),
    ("Volkswagen verkauft mehr Autos. BMWs Batteriezellen stammen von CATL.",
     {("Contemporary Amperex Technology", "BMW")}),
    ("Volkswagen verkauft mehr Autos. Die Nachfrage nach Chips kommt von Nvidia.", set()),
    ("Volkswagen verkauft mehr Autos. Der Umsatz mit Batterien kommt von CATL.", set()),
])
def test_goods_come_from_the_maker(extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    supplies = {(s, o) for s, p, o in triples(run(extractor, body, "de", headline="Volkswagen erhöht Prognose"))
                if p == "supplierOf"}
    assert supplies == expected
