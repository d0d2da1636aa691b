"""Wrong readings of written probes, each fixed so that it holds for any article:

* "a premium of 38% to the volume-weighted average price of $41.20": the average price of the
  shares is a share price (or nothing), never a figure of the premium or buyback before it;
* "$180 million to pay for capped call transactions": money paid for a financing instrument
  (capped call, hedge, swap, convertible) is no investment, and the price up to which a capped
  call offsets dilution is no earnings per share;
* "sold by Tiger Global Management and co-founder X": a title joined by "and" to a name before
  it makes its holder no employee of that name;
* "Für 2026/27 erwartet er einen Umsatz von …" after a sentence on the group's unit: a house's
  estimate with no unit word of its own is the group's;
* a line under "Key Points" naming no company sums up the article's subject, not the rival the
  line before named;
* "Image sensor unit to spend 600 billion yen", "Sony's chip unit plans to spend …": the plan
  of a unit the extractor does not name is no figure of its group;
* "X's sensors, used in Y's cars, are supplied by Z": a name in an aside of use is where the
  goods go, and Z supplies X, their owner, not Y;
* "Asia/Pacific", "Asien/Pazifik", "East Asia", "Western Europe": a region's name with a part
  before or after the continent is one region or nothing, never the continent.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, metric_facts, run, triples

from kg.nlp.document import Sentence, lead_items
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# --- an average price of the shares ----------------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "price"), [
    ("BMW offers $60 a share, a premium of 35% to the volume-weighted average price of $44.40 "
     "over the last three months.", "en", Decimal("44.40")),
    ("Salesforce bought back 2 million shares at a volume-weighted average price of $52.10.", "en",
     Decimal("52.10")),
    ("SAP kaufte 2 Millionen Aktien zu einem Durchschnittskurs von 211,40 Euro zurück.", "de",
     Decimal("211.40")),
])
def test_average_price_of_the_shares_is_no_other_figure(extractor: Extractor, text: str,
                                                        lang: str, price: Decimal) -> None:
    facts = figure_facts(run(extractor, text, lang))
    assert not {f for f in facts if f[2] == price and f[1] != "SharePrice"}


def test_premium_to_an_average_price_keeps_its_premium(extractor: Extractor) -> None:
    text = ("Stabilus-Aktionäre erhalten 52 Euro je Aktie. Das entspricht einer Prämie von 38 "
            "Prozent auf den volumengewichteten Durchschnittskurs der vergangenen drei Monate von "
            "37,68 Euro.")
    facts = figure_facts(run(extractor, text, "de", headline="Atlas Copco will Stabilus übernehmen"))
    assert ("Stabilus", "Other", Decimal(38), "Percent") in facts
    assert not {f for f in facts if f[2] == Decimal("37.68") and f[1] != "SharePrice"}


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("Analysts have an average price target of $425 on Salesforce.", "PriceTarget", Decimal(425)),
    ("Salesforce shares closed at $276.80 on Monday.", "SharePrice", Decimal("276.80")),
])
def test_other_prices_keep_their_reading(extractor: Extractor, text: str, metric: str,
                                         value: Decimal) -> None:
    assert ("Salesforce", value) in metric_facts(run(extractor, text, "en"), metric)


# --- money paid for a financing instrument ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Super Micro will use roughly $180 million of the proceeds to pay for capped call "
    "transactions.",
    "Ford Motor said on Tuesday it paid $90 million for hedges against higher steel prices.",
    "Ford Motor said on Tuesday it will spend $70 million on interest rate swaps.",
])
def test_cost_of_a_financing_instrument_is_no_investment(extractor: Extractor, text: str) -> None:
    x = run(extractor, text, "en")
    assert not metric_facts(x, "Investment")
    assert {about for about, _value in metric_facts(x, "Other")} <= {"Super Micro Computer",
                                                                    "Ford Motor"}


def test_cap_price_of_a_capped_call_is_no_earnings(extractor: Extractor) -> None:
    text = ("Super Micro will use $180 million to pay for capped call transactions that limit "
            "dilution up to a price of $90.80 a share.")
    assert not metric_facts(run(extractor, text, "en"), "EarningsPerShare")


@pytest.mark.parametrize(("text", "value"), [
    ("Ford Motor said on Tuesday it will pay $300 million for a stake in a battery maker.",
     Decimal(300_000_000)),
    ("Ford Motor will use $200 million to pay for new factories in Ohio.", Decimal(200_000_000)),
])
def test_money_paid_for_assets_stays_an_investment(extractor: Extractor, text: str,
                                                   value: Decimal) -> None:
    assert ("Ford Motor", value) in metric_facts(run(extractor, text, "en"), "Investment")


# --- a title joined by "and" to a name before it ---------------------------------------------


@pytest.mark.parametrize(("text", "lang", "headline", "person", "org"), [
    ("In the listing, Tiger Global Management and co-founder Priya Menon sold shares of Zalando.",
     "en", "Zalando shares jump", "Priya Menon", "Tiger Global Management"),
    ("Bei der Platzierung verkauften Sequoia Capital und Mitgründer Jonas Keller Aktien von "
     "Zalando.", "de", "Zalando-Aktie springt", "Jonas Keller", "Sequoia Capital"),
])
def test_title_after_and_is_no_employee_of_the_name_before(extractor: Extractor, text: str,
                                                          lang: str, headline: str, person: str,
                                                          org: str) -> None:
    assert (person, "worksFor", org) not in triples(run(extractor, text, lang, headline=headline))


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Tiger Global Management and its co-founder Chase Coleman sold shares.", "Chase Coleman",
     "Tiger Global Management"),
    ("Sequoia Capital partner Alfred Lin and Sequoia co-founder Don Valentine spoke.",
     "Don Valentine", "Sequoia Capital"),
    ("Shares of SAP fell after chief executive Christian Klein resigned.", "Christian Klein", "SAP"),
])
def test_title_of_its_own_company_keeps_the_employer(extractor: Extractor, text: str, person: str,
                                                     org: str) -> None:
    assert (person, "worksFor", org) in triples(run(extractor, text, "en"))


# --- an analyst's estimate after a sentence on a unit ----------------------------------------


_UNIT_BEFORE = ("Die Großbank UBS hob ihr Kursziel für Siemens Energy von 120 auf 140 Euro an. "
                "Analyst Max Yates verwies auf den Auftragsbestand der Netzsparte Grid "
                "Technologies, der bei mehr als 60 Milliarden Euro liege. ")


def test_estimate_without_a_unit_word_is_the_groups(extractor: Extractor) -> None:
    text = _UNIT_BEFORE + "Für das Geschäftsjahr 2026/27 erwartet er einen Umsatz von 45,3 Milliarden Euro."
    revenue = metric_facts(run(extractor, text, "de", headline="Siemens Energy: Ziele steigen"),
                           "Revenue")
    assert revenue == {("Siemens Energy", Decimal("45300000000"))}


def test_estimate_with_a_unit_word_stays_the_units(extractor: Extractor) -> None:
    text = _UNIT_BEFORE + "Für die Sparte erwartet er 2027 einen Umsatz von 15,3 Milliarden Euro."
    revenue = metric_facts(run(extractor, text, "de", headline="Siemens Energy: Ziele steigen"),
                           "Revenue")
    assert revenue == {("Siemens Energy Grid Technologies", Decimal("15300000000"))}


# --- a line of the lead list -----------------------------------------------------------------


_LEAD = ("By Jane Miller – Dec 10, 2026\nKey Points\n"
         "Home Depot holds about 17% of the U.S. home-improvement market.\n"
         "The stock trades at 24 times forward earnings, above Lowe's at 19 times.\n"
         "A dividend yield of 2.5% pays investors while they wait.\n"
         "Home Depot has been a frustrating stock to own.\n")


def test_lead_list_line_without_a_company_is_the_subjects(extractor: Extractor) -> None:
    x = run(extractor, _LEAD, "en", headline="Is Home Depot Stock a Buy Now?")
    facts = figure_facts(x)
    assert ("Home Depot", "Other", Decimal("2.5"), "Percent") in facts
    assert not {f for f in facts if f[0] == "Lowe's Companies" and f[2] == Decimal("2.5")}
    # the line naming the rival keeps the rival's multiple
    assert ("Lowe's Companies", Decimal(19)) in metric_facts(x, "ValuationMultiple")


def _sentences(lines: list[list[str]]) -> tuple[str, list[Sentence]]:
    """The text of ``lines`` (each a list of sentences) and its sentences."""
    text, sentences = "", []
    for line in lines:
        for k, sentence in enumerate(line):
            text += (" " if k else "")
            sentences.append(Sentence(start=len(text), text=sentence, index=len(sentences)))
            text += sentence
        text += "\n"
    return text, sentences


def test_lead_list_ends_at_a_line_of_more_sentences() -> None:
    text, sentences = _sentences([["Is it a buy?"], ["Key Points"], ["Sales rose 5%."],
                                  ["- Margins widened."], ["Acme grew.", "Its rival shrank."],
                                  ["Profit rose."]])
    assert lead_items(text, sentences, "en") == {2, 3}


def test_no_lead_list_without_its_heading() -> None:
    text, sentences = _sentences([["Is it a buy?"], ["Sales rose 5%."], ["Margins widened."]])
    assert lead_items(text, sentences, "en") == frozenset()


# --- a spending plan of an unnamed unit ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Image sensor unit to spend 600 billion yen on new capacity through fiscal 2028.",
    "Sony's chip unit plans to spend 600 billion yen through the year to March 2028.",
])
def test_spending_of_an_unnamed_unit_is_not_the_groups(extractor: Extractor, text: str) -> None:
    x = run(extractor, text, "en", headline="Sony bets on car cameras")
    assert ("Sony Group", Decimal(600_000_000_000)) not in metric_facts(x, "Investment")


@pytest.mark.parametrize("text", [
    "Sony plans to spend 600 billion yen on new chip lines through the year to March 2028.",
    "Sony Group will invest 600 billion yen in its image sensor business.",
])
def test_spending_of_the_group_stays_the_groups(extractor: Extractor, text: str) -> None:
    x = run(extractor, text, "en", headline="Sony bets on car cameras")
    assert ("Sony Group", Decimal(600_000_000_000)) in metric_facts(x, "Investment")


# --- an aside of use between the goods and their supplier ------------------------------------


def test_customer_in_an_aside_of_use_is_not_the_one_supplied(extractor: Extractor) -> None:
    found = triples(run(extractor, "OmniVision's sensors, used in BYD's cars, are supplied by TSMC.",
                        "en", headline="Chip suppliers"))
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "BYD") not in found
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "OmniVision") in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Nvidia's chips, manufactured by TSMC, are scarce.",
     ("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia")),
    ("BYD's cars use sensors supplied by OmniVision.", ("OmniVision", "supplierOf", "BYD")),
])
def test_owner_of_goods_supplied_stays_the_customer(extractor: Extractor, text: str,
                                                    fact: tuple[str, str, str]) -> None:
    assert fact in triples(run(extractor, text, "en", headline="Chip suppliers"))


# --- a region's name with a part before or after it ------------------------------------------


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Sales in the Asia/Pacific region rose 5%.", "en", "Asia"),
    ("Sales in Asia and the Pacific rose 5%.", "en", "Asia"),
    ("Sales in East Asia rose 5%.", "en", "Asia"),
    ("Sales in Western Europe fell 2%.", "en", "Europe"),
    ("Der Absatz in der Region Asien/Pazifik stieg um 3 Prozent.", "de", "Asia"),
])
def test_region_with_a_part_gives_no_continent(gazetteer: Gazetteer, text: str, lang: str,
                                               place: str) -> None:
    assert place not in {m.label for m in gazetteer.find(text)}


@pytest.mark.parametrize(("text", "place"), [
    ("Sales in Asia Pacific rose 5%.", "Asia-Pacific"),
    ("Sales in Asia rose 5%, while Europe fell.", "Asia"),
    ("Sales in South Korea rose 5%.", "South Korea"),
    ("Sales in North America rose 5%.", "North America"),
])
def test_region_named_whole_keeps_its_name(gazetteer: Gazetteer, text: str, place: str) -> None:
    assert place in {m.label for m in gazetteer.find(text)}
