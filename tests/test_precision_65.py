"""Facts given to the wrong company, and their look-alikes that keep their reading.

Rivals of a unit: where the subject of a rival list is a unit of a group (named, taken up by
a unit noun, or a possessive pronoun after it: "Amazon's cloud unit AWS cut its prices to lure
clients from rivals X and Y"), the unit rivals units of its own kind; the group is no rival,
and where the unit is not known or the rivals are whole companies, nothing is read. Customers
won from a company ("um Kunden von den Rivalen X zu gewinnen") are no customers of the
subject.

Parties to a deal: a relative clause's listing is the name it follows ("CVC, which listed in
Amsterdam in 2024, bid for Y"), never the article's company; the partners of an offer opening
the sentence ("The offer, made together with X and Y") are the bidder's, not the target's; a
bank "working with" a party in a passage of advisers advises it and is no partner.

Posts: a title before a verb and the name is no post of the name where an infinitive closes the
clause ("Der Finanzchef wird X treffen"); a title before the name whose company the name's own
apposition names ("Neue Finanzchefin wird X, derzeit COO bei Y") is no post at that company.

Supplies and deals: goods that sell well at a company, or are sold at it, are no supply of it;
goods fronted in a second clause ("…, die Zellen für Y liefert X") go to the customer of their own
clause; a name compared right after a verb ("Volvo kauft, wie Daimler Truck, Motoren von X") is no
object of it.

Figures: a product class's worldwide sales ("Global PC shipments rose 3%") are no company's; an
offer that values a company ("The bid values Covestro at 14 billion euros") gives the bidder's
investment, nobody's where the text tells no bidder, never the target's. Sentences written for the
test (real company names, invented facts).
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest

from kg.nlp.extract import Extractor


def _rivals(extractor: Extractor, body: str, lang: str) -> set[frozenset[str]]:
    return helpers.rival_pairs(helpers.run_in(extractor, body, lang))


def _supplies(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str, str]]:
    return {t for t in helpers.triples(helpers.run_in(extractor, body, lang)) if t[1] == "supplierOf"}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # a unit noun the catalogue resolves, then a pronoun of its group: the unit's rivals
    ("Tencent's cloud unit trimmed its storage prices to lure clients from rivals Google Cloud "
     "and Huawei Cloud.", "en",
     {frozenset({"Tencent Cloud", "Google Cloud"}), frozenset({"Tencent Cloud", "Huawei Cloud"})}),
    ("Die Cloud-Sparte von Tencent senkte ihre Preise, um Kunden von den Konkurrenten Google "
     "Cloud und Huawei Cloud abzuwerben.", "de",
     {frozenset({"Tencent Cloud", "Google Cloud"}), frozenset({"Tencent Cloud", "Huawei Cloud"})}),
    # a unit named in apposition keeps its reading
    ("Amazon's cloud unit AWS lowered its storage prices to lure clients from rivals Google "
     "Cloud and Huawei Cloud.", "en",
     {frozenset({"Amazon Web Services", "Google Cloud"}), frozenset({"Amazon Web Services", "Huawei Cloud"})}),
    # a unit noun the catalogue cannot resolve: whose rivals, left open
    ("Amazon's cloud computing arm lowered its storage prices to lure clients from rivals Google "
     "Cloud and Huawei Cloud.", "en", set()),
    ("Die Cloud-Sparte von Amazon senkte ihre Preise, um Kunden von den Konkurrenten Google Cloud "
     "und Huawei Cloud abzuwerben.", "de", set()),
    # a pronoun of the group after its unit, against whole companies: the unit's rivals or
    # the group's, left open
    ("Baidu's cloud unit cut the prices of its models to win customers from rivals Tencent and "
     "Huawei.", "en", set()),
    # look-alike: the unit noun is itself the subject, so the rivals are its own
    ("Tencent's cloud unit trimmed storage prices to lure clients from rivals Alibaba and Baidu.", "en",
     {frozenset({"Tencent Cloud", "Alibaba Group"}), frozenset({"Tencent Cloud", "Baidu"})}),
    # look-alikes: the group itself, or a person of it, is the subject
    ("Amazon lowered its storage prices to lure clients from rivals Google Cloud and Huawei Cloud.", "en",
     {frozenset({"Amazon", "Google Cloud"}), frozenset({"Amazon", "Huawei Cloud"})}),
    ("Amazon's chief lowered its storage prices to lure clients from rivals Google Cloud and "
     "Huawei Cloud.", "en",
     {frozenset({"Amazon", "Google Cloud"}), frozenset({"Amazon", "Huawei Cloud"})}),
])
def test_rivals_of_a_unit(extractor: Extractor, body: str, lang: str, expected: set[frozenset[str]]) -> None:
    assert _rivals(extractor, body, lang) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # customers won from a rival or poached from a company: no one supplies the subject
    ("Tencent senkte die Preise, um Kunden von den Rivalen Alibaba und Baidu zu gewinnen.", set()),
    ("Tencent will Kunden von Huawei abwerben.", set()),
    # look-alikes: a customer of a company is supplied by it
    ("Tencent zählt zu den größten Kunden von Nvidia.", {("Nvidia", "supplierOf", "Tencent Holdings")}),
    ("BMW ist einer der größten Kunden von Infineon.", {("Infineon Technologies", "supplierOf", "BMW")}),
])
def test_customers_won_from_a_company(extractor: Extractor, body: str, expected: set[tuple[str, str, str]]) -> None:
    assert _supplies(extractor, body, "de") == expected


def _kinds(extractor: Extractor, body: str, lang: str, predicate: str) -> set[tuple[str, str, str]]:
    return {t for t in helpers.triples(helpers.run_in(extractor, body, lang)) if t[1] == predicate}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # the venue in a relative clause is the listing of the name the clause follows
    ("Spie SA reported higher orders. CVC, which listed in Amsterdam in 2024, bid for Spie SA.", "en",
     {("CVC Capital Partners", "listedOn", "Euronext Amsterdam")}),
    ("Spie SA legt Zahlen vor. Die Beteiligungsgesellschaft CVC, die seit 2024 in Amsterdam notiert "
     "ist, bietet für Spie SA.", "de", {("CVC Capital Partners", "listedOn", "Euronext Amsterdam")}),
    # an index that tracks a market's stocks is listed nowhere, nor is the article's company
    ("Spie SA rose 5%. The AEX, which tracks stocks listed in Amsterdam, rose 1%.", "en", set()),
    # look-alike: a company before its own relative clause
    ("Adyen, which is listed in Amsterdam, rose 5%.", "en", {("Adyen", "listedOn", "Euronext Amsterdam")}),
])
def test_listing_of_a_relative_clause(extractor: Extractor, body: str, lang: str,
                                      expected: set[tuple[str, str, str]]) -> None:
    assert _kinds(extractor, body, lang, "listedOn") == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # the partners of an offer are the bidder's, not the target's the article is about
    ("A consortium led by CVC Capital Partners has offered to buy Spie SA for 27 euros a share. The "
     "offer, made together with CPP Investments and GIC, is a premium of 25%.", "en", set()),
    ("CVC bietet 30 Euro je Aktie für Spie SA. Das Angebot, gemeinsam mit CPP Investments und GIC "
     "abgegeben, entspricht einem Aufschlag von 25 Prozent.", "de", set()),
    # look-alikes: a product made together with a partner is the article company's partnership
    ("Microsoft reported higher sales. The new service, developed together with OpenAI, will launch "
     "in May.", "en", {("Microsoft", "partnerOf", "OpenAI")}),
    ("Die Commerzbank legt Zahlen vor. Die Commerzbank meldet: Das neue Produkt, gemeinsam mit der "
     "Allianz entwickelt, läuft gut.", "de", {("Commerzbank", "partnerOf", "Allianz")}),
    # a bank working with a party in a passage of advisers advises it
    ("Lazard is advising Spie SA, while Goldman Sachs is advising the consortium. JPMorgan is working "
     "with Bain Capital, the people said.", "en", set()),
    ("Lazard berät Spie SA, Goldman Sachs das Konsortium. JPMorgan arbeitet mit Bain Capital "
     "zusammen.", "de", set()),
    # look-alikes: no adviser in the passage, or no bank in the pair
    ("Spie SA reported higher sales. JPMorgan is working with Bain Capital on a new fund.", "en",
     {("JPMorgan", "partnerOf", "Bain Capital")}),
    ("Spie SA legt Zahlen vor. JPMorgan arbeitet mit Bain Capital zusammen.", "de",
     {("JPMorgan", "partnerOf", "Bain Capital")}),
    ("Microsoft hired advisers. Microsoft is working with OpenAI on new models.", "en",
     {("Microsoft", "partnerOf", "OpenAI")}),
])
def test_parties_to_a_deal(extractor: Extractor, body: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert _kinds(extractor, body, lang, "partnerOf") == expected


def _posts(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str | None, str]]:
    x = helpers.run_in(extractor, body, lang)
    return {(r.subject, r.role, r.object) for r in x.relations if r.predicate == "worksFor"}


@pytest.mark.parametrize(("body", "expected"), [
    # the name is the object of the infinitive closing the clause: no post
    ("Curevac legt Zahlen vor. Der Finanzchef wird Anna Schmidt treffen.", set()),
    ("Curevac legt Zahlen vor. Die Chefin wird Anna Schmidt ablösen.", set()),
    # look-alikes: the verbs of an appointment keep the post
    ("Curevac legt Zahlen vor. Neuer Finanzchef soll Anna Schmidt werden.",
     {("Anna Schmidt", "Finanzchef", "CureVac")}),
    ("Curevac legt Zahlen vor. Zum Finanzchef wurde Anna Schmidt berufen.",
     {("Anna Schmidt", "Finanzchef", "CureVac")}),
    ("Curevac legt Zahlen vor. Neue Finanzchefin wird zum 1. April Anna Schmidt.",
     {("Anna Schmidt", "Finanzchefin", "CureVac")}),
    # the apposition's company employs its own post only
    ("Neue Finanzchefin wird Anna Schmidt, derzeit COO bei Curevac.", set()),
    ("BioNTech legt Zahlen vor. Neue Finanzchefin wird Anna Schmidt, derzeit COO bei Curevac.",
     {("Anna Schmidt", "Finanzchefin", "BioNTech"), ("Anna Schmidt", "COO", "CureVac")}),
    # look-alike: the title's own company named after the name
    ("Neue Finanzchefin wird Anna Schmidt von Curevac.", {("Anna Schmidt", "Finanzchefin", "CureVac")}),
])
def test_posts_before_a_name(extractor: Extractor, body: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert _posts(extractor, body, "de") == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # goods selling at a company: no supply of it
    ("Servers built around chips from Nvidia sold well at Dell.", "en", set()),
    ("Servers built around chips from Nvidia are sold at Dell.", "en", set()),
    # look-alikes: a supply to the company, and a company building with the goods
    ("Nvidia sold chips to Dell.", "en", {("Nvidia", "supplierOf", "Dell Technologies")}),
    ("Nvidia supplies chips at a discount to Dell.", "en", {("Nvidia", "supplierOf", "Dell Technologies")}),
    ("Dell builds servers around chips from Nvidia.", "en", {("Nvidia", "supplierOf", "Dell Technologies")}),
    # goods fronted in each clause: each clause's own pair
    ("Die Chips für Dell liefert Nvidia, die Zellen für BMW liefert CATL.", "de",
     {("Nvidia", "supplierOf", "Dell Technologies"), ("Contemporary Amperex Technology", "supplierOf", "BMW")}),
    ("Nvidia liefert Chips an Dell, die Zellen für BMW liefert CATL.", "de",
     {("Nvidia", "supplierOf", "Dell Technologies"), ("Contemporary Amperex Technology", "supplierOf", "BMW")}),
    # look-alike: both clauses with the supplier first
    ("Nvidia liefert Chips an Dell, CATL liefert Zellen an BMW.", "de",
     {("Nvidia", "supplierOf", "Dell Technologies"), ("Contemporary Amperex Technology", "supplierOf", "BMW")}),
])
def test_supplies_of_goods(extractor: Extractor, body: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert _kinds(extractor, body, lang, "supplierOf") == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # a company compared right after the verb does as the subject does: it is not bought
    ("Volvo kauft, wie Daimler Truck, Motoren von Cummins.", "de", set()),
    ("Volvo buys, like Daimler Truck, engines from Cummins.", "en", set()),
    # look-alikes: the company bought right after the verb, or after an aside of no name
    ("Volvo kauft Daimler Truck.", "de", {("Volvo", "acquired", "Daimler Truck")}),
    ("Volvo kauft, wie erwartet, Daimler Truck.", "de", {("Volvo", "acquired", "Daimler Truck")}),
])
def test_compared_after_the_verb(extractor: Extractor, body: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert _kinds(extractor, body, lang, "acquired") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a market's or a product class's figure is nobody's
    ("Lenovo reported results. Global PC shipments rose 3% in the quarter.", set()),
    ("Ford reported results. The average price of a new car rose 3%, the company said.", set()),
    # look-alikes: the company's own sales, by a possessive or a kind of its own
    ("Lenovo reported results. Its global PC shipments rose 3% in the quarter.",
     {("Lenovo Group", "Other", Decimal("3"), "Percent")}),
    ("Nike reported results. Global comparable sales rose 3% in the quarter.",
     {("Nike", "RevenueGrowth", Decimal("3"), "Percent")}),
    # the price of an offer is the bidder's investment, nobody's without a bidder
    ("ADNOC made an offer for Covestro. The bid values Covestro at 14 billion euros.",
     {("ADNOC", "Investment", Decimal("14000000000"), "EUR")}),
    ("The bid values Covestro at 14 billion euros.", set()),
    # look-alike: the buyer paying a price
    ("ADNOC agreed to buy Covestro for 14 billion euros.",
     {("ADNOC", "Investment", Decimal("14000000000"), "EUR")}),
])
def test_figures_of_markets_and_offers(extractor: Extractor, body: str,
                                       expected: set[tuple[str, str, Decimal, str]]) -> None:
    assert helpers.figure_facts(helpers.run_in(extractor, body, "en")) == expected
