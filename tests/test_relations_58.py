"""Relations told in the forms a market report or a company story prints.

* "In Amsterdam zogen zudem X um 3,5 Prozent an", "In Paris verteuerten sich X um 1,7 Prozent",
  "Y fielen in Madrid um 2,4 Prozent", "sackten Z in Kopenhagen um 6,8 Prozent ab", "In Tokyo,
  chipmaker X (6857.T) lost 3.6% and Y (9984.T) fell 4.8%": a mover of a closing report named
  with its city trades on that city's exchange; not a business figure moving in a city ("Der
  Umsatz von X stieg in München um 5 Prozent", "In Tokyo, where X …"), nor a name that only
  speaks there.
* "„Das gibt uns die Mittel, um im Wettbewerb mit X …“, sagte Y-Chef Z": a quotation that tells a
  "we" or "us" with no name before the rivalry is the speaker company's; not an analyst's, nor
  one that tells no first person.
* "as A, B and C fight for users": names fighting for users, customers or share vie with each
  other; not examples of a group ("Startups such as A and B fight for …"), nor a fight for
  something else ("for survival").
* "X has lost share to Y": a rival; not a share sold.
* "Der Augsburger Roboterhersteller Muster Robotics": a city's adjective and a company noun before
  a name the text finds itself seat it there, as they do a catalogued one; not before another noun.
* "X has ordered tens of thousands of Acme Technologies' Nova 910 processors": the maker of the
  chips ordered supplies the buyer; not orders as a noun, a review ordered, nor goods that are no
  chips.
* "X, the self-driving arm of Y": an arm is a unit, as "a unit of Y" is; not "the arm of the law".
* "X is developing VRD-401": the progressive names the developer's product, where the name follows
  it; not "is developing a rival to Y", "Y's successor" nor "new uses for Y".
* "X signed a partnership on Wednesday with Y": a day or week between a partnership's noun and
  "with" keeps the partnership; a supply contract, a priced deal or a plain deal so dated is not
  read as one.
* "X counts carmaker Y among partners using its models": each name counted among partners is X's
  partner; not a former one, nor one counted among customers (a supply).

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import rival_pairs, run, triples

from kg.nlp.extract import Extractor


def _listings(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang)) if p == "listedOn"}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("In Amsterdam zogen zudem Adyen um 2,7 Prozent an, nachdem ein Großkunde gewonnen war.", "de",
     {("Adyen", "Euronext Amsterdam")}),
    ("In Paris verteuerten sich TotalEnergies um 0,9 Prozent.", "de",
     {("TotalEnergies", "Euronext Paris")}),
    ("Santander fielen in Madrid um 1,3 Prozent.", "de", {("Santander", "Madrid Stock Exchange")}),
    ("Am Ende des Kurszettels sackten Novo Nordisk in Kopenhagen um 5,2 Prozent ab.", "de",
     {("Novo Nordisk", "Nasdaq Copenhagen")}),
    ("In Zürich stiegen die Aktien von Nestlé um 1,1 Prozent.", "de",
     {("Nestlé", "SIX Swiss Exchange")}),
    ("In Tokyo, chip-testing equipment maker Advantest (6857.T) lost 2.2% and SoftBank Group "
     "(9984.T) fell 3.1% as investors sold chip shares.", "en",
     {("Advantest", "Tokyo Stock Exchange"), ("SoftBank Group", "Tokyo Stock Exchange")}),
    # look-alikes: a business figure, a clause word, a mover without its move
    ("Der Umsatz von Siemens stieg in München um 4 Prozent.", "de", set()),
    ("In Paris stiegen die Umsätze von TotalEnergies um 3 Prozent.", "de", set()),
    ("In Tokyo, where Advantest makes its testers, sales fell 3%.", "en", set()),
    ("In Tokyo, Advantest lost 2.2% and SoftBank Group said profit fell 3.1%.", "en",
     {("Advantest", "Tokyo Stock Exchange")}),
])
def test_movers_named_with_their_city(extractor: Extractor, body: str, lang: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert _listings(extractor, body, lang) == expected


def _rivals(extractor: Extractor, body: str, lang: str) -> set[frozenset[str]]:
    return rival_pairs(run(extractor, body, lang))


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # a quotation that tells "uns" with no name before the rivalry: the speaker's company
    ("„Das Geld gibt uns die Mittel, um im Wettbewerb mit Fanuc und ABB zu wachsen“, sagte "
     "Siemens-Chef Roland Busch.", "de",
     {frozenset(("Siemens", "Fanuc")), frozenset(("Siemens", "ABB"))}),
    ("„Das Geld gibt uns die Mittel, um im Wettbewerb mit Fanuc zu wachsen“, sagte Analyst Jan "
     "Weber von der Deutschen Bank.", "de", set()),
    ("„Der Markt ist im Wettbewerb mit Fanuc hart“, sagte Siemens-Chef Roland Busch.", "de", set()),
    # names fighting for users or customers vie with each other; not examples of a group, nor a
    # fight for something else
    ("Prices fell as DeepSeek, Alibaba and Baidu fight for users and corporate clients.", "en",
     {frozenset(("DeepSeek", "Alibaba Group")), frozenset(("DeepSeek", "Baidu")),
      frozenset(("Alibaba Group", "Baidu"))}),
    ("Startups such as DeepSeek and Baidu fight for users.", "en", set()),
    ("Alibaba and Baidu fight for survival in a slowing market.", "en", set()),
    # share lost to a company: it is a rival
    ("PepsiCo has lost share to Coca-Cola in soft drinks.", "en",
     {frozenset(("PepsiCo", "Coca-Cola"))}),
    ("PepsiCo has sold its share to Coca-Cola.", "en", set()),
])
def test_rivals_of_quotes_fights_and_lost_share(extractor: Extractor, body: str, lang: str,
                                                expected: set[frozenset[str]]) -> None:
    assert _rivals(extractor, body, lang) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a city's adjective and a company noun before a name the text finds itself
    ("Der Augsburger Roboterhersteller Helmwerk Robotics plant den Börsengang. Helmwerk Robotics "
     "will 500 Millionen Euro einsammeln.", {("Helmwerk Robotics", "Augsburg")}),
    # look-alike: the adjective before another noun names no seat
    ("Die Augsburger Luft ist gut, sagte Helmwerk Robotics. Helmwerk Robotics will 500 Millionen "
     "Euro einsammeln.", set()),
])
def test_city_adjective_before_a_found_name(extractor: Extractor, body: str,
                                            expected: set[tuple[str, str]]) -> None:
    seats = {(s, o) for s, p, o in triples(run(extractor, body, "de")) if p == "locatedIn"}
    assert seats == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Tencent has ordered tens of thousands of Huawei Technologies' Ascend 910C processors.",
     {("Huawei Technologies", "Tencent Holdings")}),
    ("Tencent ordered thousands of Nvidia chips for its data centres.",
     {("Nvidia", "Tencent Holdings")}),
    # look-alikes: orders as a noun, a review ordered, goods that are no chips
    ("Strong orders of Nvidia chips lifted TSMC.", set()),
    ("Tencent ordered a review of Huawei Technologies' Ascend chips.", set()),
    ("Tencent has ordered Samsung Electronics' new phones.", set()),
])
def test_supply_by_chips_ordered(extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    supplies = {(s, o) for s, p, o in triples(run(extractor, body, "en")) if p == "supplierOf"}
    assert supplies == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Waymo, the self-driving arm of Alphabet, won the contract.", {("Waymo", "Alphabet")}),
    ("Waymo, the strong arm of the law, won the contract.", set()),
    ("Uber twisted the arm of Alphabet in the talks.", set()),
])
def test_unit_named_an_arm(extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    units = {(s, o) for s, p, o in triples(run(extractor, body, "en")) if p == "subsidiaryOf"}
    assert units == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Merck agreed to buy Veridane Therapeutics for 10 billion dollars. Veridane Therapeutics is "
     "developing VRD-401, a pill. VRD-401 shrank tumors in a trial.",
     {("Veridane Therapeutics", "VRD-401")}),
    # look-alikes: another product the progressive names, a use of the product
    ("Bayer is developing a rival to Xtandi for prostate cancer.", set()),
    ("Bayer is developing Xtandi's successor.", set()),
    ("Bayer is developing new uses for Xtandi.", set()),
])
def test_product_in_development(extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    made = {(s, o) for s, p, o in triples(run(extractor, body, "en")) if p == "develops"}
    assert made == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Zhipu AI signed a partnership on Wednesday with carmaker BYD to put its models into cars.",
     {("Zhipu AI", "BYD")}),
    # look-alikes: a supply contract or a priced deal dated the same way is a sale
    ("Zhipu AI signed a supply contract on Wednesday with carmaker BYD.", set()),
    ("Zhipu AI signed a $2 billion deal on Wednesday with BYD.", set()),
    ("Alibaba Cloud counts carmaker BMW among its partners, and signed a deal this week with SAP "
     "to run its applications.", {("Alibaba Cloud", "BMW")}),
])
def test_partnership_dated_before_the_partner(extractor: Extractor, body: str,
                                              expected: set[tuple[str, str]]) -> None:
    partners = {(s, o) for s, p, o in triples(run(extractor, body, "en")) if p == "partnerOf"}
    assert partners == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Alibaba Cloud counts carmaker BMW among partners using Qwen in its cars.",
     {("Alibaba Cloud", "BMW")}),
    ("Alibaba Cloud counts BMW and SAP among its partners.",
     {("Alibaba Cloud", "BMW"), ("Alibaba Cloud", "SAP")}),
    # look-alikes: a former partner, a customer
    ("Alibaba Cloud counts BMW among its former partners.", set()),
    ("Alibaba Cloud counts BMW among its customers.", set()),
])
def test_partners_counted(extractor: Extractor, body: str, expected: set[tuple[str, str]]) -> None:
    partners = {(s, o) for s, p, o in triples(run(extractor, body, "en")) if p == "partnerOf"}
    assert partners == expected
