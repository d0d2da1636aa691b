"""Relation families, on sentences written for the test.

* "X (ABC), Y's main battery supplier, …", "X, a longtime partner of Y, …", "X, Ys größter
  Rivale, …", "X, Ys langjähriger Partner, …": an apposition closed by commas names the role
  the name right before it (a short name in brackets after it at most) plays towards another
  company. A former partner or rival plays none, and a role that is not the rule's names none.
* Supply told from the customer's side: "X counts Y as its largest customer", "X designs the
  chips that Y uses", "Its main supplier is X", "Hauptlieferant von Y ist X", "Der größte
  Kunde von Y ist X": the supplier
  and the one supplied as the sentence names them (the article's company where the phrase
  names none). A former or denied supply, a plan to use and a rival counted are none.
* "Die Bahn hat Alstom einen Auftrag über … erteilt": the one the order is given to (named
  right after the verb) supplies the one placing it, as with "erhält einen Auftrag von"; no
  order ("keinen Auftrag") or one only held out is none. In English, "Y awarded X a contract",
  "Y awarded a contract to X" and "X was awarded a contract by Y" read the same; a prize or a
  rating awarded is no order.
* "Its chips are an alternative to Nvidia's", "eine Alternative zu den Chips von Nvidia": a
  company offering an alternative to another's goods rivals it; an alternative to a thing no
  company names ("to cash", "zu Bargeld") or to the company's own older product rivals no one.
* "Im Dax fiel die Deutsche Post um 3 Prozent. Auch der US-Rivale UPS verlor.": in a market
  report, a rival noun after a sentence of one company's share move names that company's rival,
  not the article's first company's; a sentence naming two movers, or one that tells of no
  share move (an order placed), leaves the rival to the article's company.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, body: str, lang: str, headline: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, headline)) if p == predicate}


def _pairs(extractor: Extractor, body: str, lang: str, headline: str, predicate: str) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in _facts(extractor, body, lang, headline, predicate)}


@pytest.mark.parametrize(("body", "lang", "predicate", "pair"), [
    ("Contemporary Amperex Technology (CATL), Li Auto's main battery supplier, said sales rose.",
     "en", "supplierOf", ("Contemporary Amperex Technology", "Li Auto")),
    ("Siemens, a longtime partner of Nvidia, said its sales rose.",
     "en", "partnerOf", ("Siemens", "Nvidia")),
    ("Boeing, Airbus' größter Rivale, meldete mehr Bestellungen.",
     "de", "competitorOf", ("Boeing", "Airbus")),
    ("BYD, Volkswagens härtester Konkurrent in China, meldete mehr Bestellungen.",
     "de", "competitorOf", ("BYD", "Volkswagen")),
    ("Siemens, Nvidias langjähriger Partner, meldete mehr Aufträge.",
     "de", "partnerOf", ("Siemens", "Nvidia")),
], ids=["supplier-after-bracket", "partner-of", "genitive-apostrophe-rival", "genitive-rival-in",
        "genitive-partner"])
def test_apposition_names_the_role_towards_another_company(extractor: Extractor, body: str, lang: str,
                                                           predicate: str, pair: tuple[str, str]) -> None:
    facts = _facts(extractor, body, lang, "Konzerne melden Zahlen", predicate)
    if predicate == "supplierOf":
        assert pair in facts
    else:
        assert frozenset(pair) in {frozenset(f) for f in facts}


@pytest.mark.parametrize(("body", "lang", "predicate"), [
    ("Siemens, a former partner of Nvidia, said its sales rose.", "en", "partnerOf"),
    ("Siemens, a partner of the fund that Blackstone runs, said its sales rose.", "en", "partnerOf"),
    ("BYD, Volkswagens früherer Rivale, meldete mehr Bestellungen.", "de", "competitorOf"),
    ("Siemens, Nvidias ehemaliger Partner, meldete mehr Aufträge.", "de", "partnerOf"),
], ids=["former-partner", "partner-of-a-fund", "former-rival", "former-partner-de"])
def test_apposition_of_a_past_or_unnamed_tie_names_none(extractor: Extractor, body: str, lang: str,
                                                        predicate: str) -> None:
    """Look-alikes: a tie that has ended, and a partner of a thing no company names."""
    assert not _pairs(extractor, body, lang, "Konzerne melden Zahlen", predicate)


def test_customer_apposition_is_no_rivalry(extractor: Extractor) -> None:
    """Look-alike: a customer noun in the same place names no rival."""
    body = "BYD, Volkswagens größter Kunde, meldete mehr Bestellungen."
    assert not _pairs(extractor, body, "de", "Konzerne melden Zahlen", "competitorOf")


def _supplies(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str]]:
    return _facts(extractor, body, lang, headline, "supplierOf")


@pytest.mark.parametrize(("body", "lang", "headline", "supply"), [
    ("SK Hynix counts Nvidia as its largest customer.", "en", "SK Hynix profit soars",
     ("SK Hynix", "Nvidia")),
    ("Broadcom designs the custom accelerators that Google uses in its data centres.", "en",
     "Broadcom shares jump", ("Broadcom", "Google")),
    ("Its main chip supplier is TSMC, the company said.", "en", "Apple results",
     ("Taiwan Semiconductor Manufacturing", "Apple")),
    ("The largest supplier of Nvidia is TSMC.", "en", "Chip stocks rise",
     ("Taiwan Semiconductor Manufacturing", "Nvidia")),
    ("Hauptlieferant von Volkswagen ist Infineon.", "de", "Infineon wächst",
     ("Infineon Technologies", "Volkswagen")),
    ("Der wichtigste Zulieferer des Konzerns ist Infineon.", "de", "Volkswagen wächst",
     ("Infineon Technologies", "Volkswagen")),
    ("Volkswagens Hauptlieferant ist Infineon.", "de", "Infineon wächst",
     ("Infineon Technologies", "Volkswagen")),
    ("Der größte Kunde von Infineon ist Volkswagen.", "de", "Autobauer im Fokus",
     ("Infineon Technologies", "Volkswagen")),
], ids=["counts-as-customer", "designs-that-uses", "its-main-supplier-is", "supplier-of-is",
        "hauptlieferant-von", "wichtigster-zulieferer-salient", "genitive-hauptlieferant",
        "der-groesste-kunde"])
def test_supply_told_from_the_customers_side(extractor: Extractor, body: str, lang: str,
                                             headline: str, supply: tuple[str, str]) -> None:
    assert supply in _supplies(extractor, body, lang, headline)


@pytest.mark.parametrize(("body", "lang", "headline"), [
    ("SK Hynix does not count Nvidia as a customer.", "en", "SK Hynix profit soars"),
    ("SK Hynix counts Nvidia as a former customer.", "en", "SK Hynix profit soars"),
    ("SK Hynix counts Nvidia as its biggest rival.", "en", "SK Hynix profit soars"),
    ("Broadcom makes the chips that Apple plans to use.", "en", "Broadcom shares jump"),
    ("Broadcom makes the chips that Apple no longer uses.", "en", "Broadcom shares jump"),
    ("Its main supplier is no longer Foxconn.", "en", "Apple results"),
    ("Hauptlieferant von Volkswagen ist nicht mehr Infineon.", "de", "Infineon wächst"),
    ("Früherer Hauptlieferant von Volkswagen war Infineon.", "de", "Volkswagen wächst"),
    ("Der größte Kunde von Infineon ist nicht mehr Volkswagen.", "de", "Autobauer im Fokus"),
], ids=["negated", "former-customer", "rival-counted", "planned-use", "stopped-use",
        "no-longer-supplier", "nicht-mehr", "frueherer", "kunde-nicht-mehr"])
def test_no_supply_where_denied_planned_past_or_rival(extractor: Extractor, body: str, lang: str,
                                                      headline: str) -> None:
    """Look-alikes: a denied, past or planned supply, and a rival counted instead of a customer."""
    assert not _supplies(extractor, body, lang, headline)


@pytest.mark.parametrize(("body", "receiver"), [
    ("Die Deutsche Bahn hat Alstom einen Auftrag über 1,2 Milliarden Euro erteilt.", "Alstom"),
    ("Die Deutsche Bahn hat dem Zughersteller Alstom den Auftrag für 60 Züge erteilt.", "Alstom"),
    ("Die Deutsche Bahn erteilte Siemens einen Großauftrag über 1,2 Milliarden Euro.", "Siemens"),
], ids=["hat-erteilt", "descriptor", "erteilte"])
def test_order_given_makes_the_receiver_the_supplier(extractor: Extractor, body: str,
                                                     receiver: str) -> None:
    assert _supplies(extractor, body, "de", "Bahnindustrie meldet Aufträge") == {(receiver, "Deutsche Bahn")}


@pytest.mark.parametrize("body", [
    "Die Deutsche Bahn hat Alstom keinen Auftrag erteilt.",
    "Die Deutsche Bahn hat Alstom einen Auftrag über 1,2 Milliarden Euro in Aussicht gestellt.",
    "Die Deutsche Bahn hat nach Angaben von Reuters einen Auftrag über 1,2 Milliarden Euro erteilt.",
], ids=["keinen", "held-out", "source-between"])
def test_no_order_or_no_receiver_names_no_supply(extractor: Extractor, body: str) -> None:
    """Look-alikes: no order given, an order only held out, and a source where the receiver stands."""
    assert not _supplies(extractor, body, "de", "Bahnindustrie meldet Aufträge")


_AMD = "AMD shares rise"


@pytest.mark.parametrize(("body", "lang"), [
    ("AMD said its chips are an alternative to Nvidia's.", "en"),
    ("AMD pitches its accelerators as an alternative to Nvidia.", "en"),
    ("Die Chips von AMD sind eine Alternative zu den Chips von Nvidia.", "de"),
    ("AMD gilt als Alternative zu Nvidia.", "de"),
], ids=["its-chips", "pitches-as", "chips-von", "gilt-als"])
def test_an_alternative_to_anothers_goods_is_a_rival(extractor: Extractor, body: str, lang: str) -> None:
    pairs = _pairs(extractor, body, lang, _AMD, "competitorOf")
    assert frozenset(("Advanced Micro Devices", "Nvidia")) in pairs


@pytest.mark.parametrize(("body", "lang", "headline"), [
    ("PayPal is an alternative to cash for many shoppers.", "en", "PayPal shares rise"),
    ("PayPal ist eine Alternative zu Bargeld.", "de", "PayPal steigt"),
    ("Nvidia said its new chip is an alternative to its older H100.", "en", "Nvidia shares rise"),
    ("Nvidias neuer Chip ist eine Alternative zum älteren H100.", "de", "Nvidia steigt"),
], ids=["cash", "bargeld", "own-product", "eigenes-produkt"])
def test_an_alternative_to_no_company_is_no_rivalry(extractor: Extractor, body: str, lang: str,
                                                    headline: str) -> None:
    """Look-alikes: an alternative to a thing, and to the company's own older product."""
    assert not _pairs(extractor, body, lang, headline, "competitorOf")


_REPORT = "Siemens gewinnt"


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens gewann 2 Prozent. Im Dax fiel die Deutsche Post um 3 Prozent. Auch der US-Rivale UPS "
     "verlor.", "de"),
    ("Siemens gained 2%. In the DAX, Deutsche Post fell 3% after results. Its U.S. rival UPS lost 2%.",
     "en"),
], ids=["verb-second", "fronted-place"])
def test_rival_after_a_share_move_is_the_movers(extractor: Extractor, body: str, lang: str) -> None:
    pairs = _pairs(extractor, body, lang, _REPORT, "competitorOf")
    assert frozenset(("DHL Group", "United Parcel Service")) in pairs
    assert frozenset(("Siemens", "United Parcel Service")) not in pairs


@pytest.mark.parametrize(("body", "lang"), [
    ("Siemens gewann 2 Prozent. Den größten Auftrag erteilte die Deutsche Bahn. Der Rivale Alstom "
     "verlor.", "de"),
    ("Siemens gained 2% after results. The largest order came from Deutsche Bahn. Rival Alstom lost 1%.",
     "en"),
], ids=["order-giver", "order-from"])
def test_rival_after_a_sentence_of_no_share_move_is_the_articles(extractor: Extractor, body: str,
                                                                 lang: str) -> None:
    """Look-alikes: the sentence before names a customer, no mover; the rival is the article's."""
    pairs = _pairs(extractor, body, lang, _REPORT, "competitorOf")
    assert frozenset(("Deutsche Bahn", "Alstom")) not in pairs
    assert frozenset(("Siemens", "Alstom")) in pairs


@pytest.mark.parametrize("body", [
    "Deutsche Bahn awarded Alstom a contract worth 1.2 billion euros.",
    "Deutsche Bahn has awarded Alstom an order for 60 trains.",
    "Deutsche Bahn awarded a contract to Alstom.",
    "Alstom was awarded a contract by Deutsche Bahn.",
], ids=["dative", "has-awarded-order", "to", "passive"])
def test_contract_awarded_makes_the_receiver_the_supplier(extractor: Extractor, body: str) -> None:
    assert _supplies(extractor, body, "en", "Alstom wins order") == {("Alstom", "Deutsche Bahn")}


@pytest.mark.parametrize("body", [
    "Deutsche Bahn did not award Alstom a contract.",
    "Deutsche Bahn awarded Alstom a prize for design.",
    "Deutsche Bahn awarded, according to Reuters, a contract to Alstom.",
], ids=["negated", "prize", "source-between"])
def test_no_contract_awarded_names_no_supply(extractor: Extractor, body: str) -> None:
    """Look-alikes: a denied award, a prize instead of an order, and a source after the verb."""
    assert not _supplies(extractor, body, "en", "Alstom wins order")
