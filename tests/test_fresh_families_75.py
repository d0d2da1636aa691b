"""Families of construction of wire copy on Asian companies' quarterly results, on sentences
written for these tests (invented companies beside catalogued ones and invented facts): a
founder's surname that also opens his company's name names the company before the words of
its shares and as the one an analyst rates ("Ishizaka shares rose" beside "Takeshi Ishizaka"
and "Ishizaka Robotics"), and the person elsewhere; a legal form printed without its period
("Ishizaka Robotics Co", as Reuters prints it) is dropped from the name like "Corp" and
"Inc"; of companies named as often, the one the headline names owns a unit the passage
calls "its" unit; "orders for robots from X" is the noun, X the buyer, not a supplier; a
name after a comparative of price ("günstiger als die Aktie von X", "cheaper than the
shares of X") is the yardstick, not whose multiple it is; a name found by its ending and
set off by a phrase calling it a unit ("The Home Devices Group, its largest unit,") is that
unit; a list item read as a company's unnamed unit ("competes with Siemens' Indian unit and
X") goes on to the item after it; a German relative clause whose pronoun is the object ("Nvidia,
den Foxconn mit Servern beliefert") names the supplier of the name before it. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


def aliases(x: Extraction, label: str) -> tuple[str, ...]:
    return next((e.aliases for e in x.entities if e.label == label), ())


# --- a founder named like his company ----------------------------------------------------

_FOUNDED = ("OSAKA, Nov 4 (Reuters) - Ishizaka Robotics Co, a Japanese maker of welding robots, "
            "raised its forecast on Wednesday. \"Orders from carmakers are picking up,\" Chief "
            "Executive Takeshi Ishizaka told reporters. ")


def test_surname_before_share_words_names_the_company(extractor: Extractor) -> None:
    x = run(extractor, _FOUNDED + "Ishizaka shares closed up 3.8% at 1,940 yen on the Tokyo "
            "Stock Exchange. Daiwa Securities, which rates Ishizaka \"buy\", raised its price "
            "target to 2,300 yen.", lang="en", headline="Ishizaka Robotics lifts outlook")
    assert ("Ishizaka Robotics", Decimal("3.8")) in metric_facts(x, "StockPriceChange")
    assert ("Ishizaka Robotics", Decimal("1940")) in metric_facts(x, "SharePrice")
    assert ("Daiwa Securities", "Ishizaka Robotics", "buy") in rating_facts(x)
    assert ("Ishizaka Robotics", "listedOn", "Tokyo Stock Exchange") in triples(x)


def test_surname_before_share_compound_names_the_company_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Der Roboterhersteller Ishizaka Robotics aus Osaka hob die Prognose an. "
            "Vorstandschef Takeshi Ishizaka sprach von einer Erholung. Die Ishizaka-Aktien "
            "legten an der Börse in Tokio um 3,8 Prozent zu.",
            headline="Ishizaka Robotics hebt Prognose an")
    assert ("Ishizaka Robotics", Decimal("3.8")) in metric_facts(x, "StockPriceChange")


def test_surname_that_speaks_stays_the_person(extractor: Extractor) -> None:
    """Look-alike: the surname alone as the one who speaks is the chief executive."""
    x = run(extractor, _FOUNDED + "Ishizaka said the company would hire 300 engineers.",
            lang="en", headline="Ishizaka Robotics lifts outlook")
    assert "Ishizaka" in aliases(x, "Takeshi Ishizaka")
    assert ("Takeshi Ishizaka", "worksFor", "Ishizaka Robotics") in triples(x)


# --- "its" unit, the headline's company, "orders for … from" ---------------------------

_UNIT = ("TOKYO, Nov 4 (Reuters) - Ishizaka Robotics Co raised its annual forecast on "
         "Wednesday. Its chip equipment unit, Ishizaka Precision, posted a 31% rise in operating "
         "profit to 22.4 billion yen, helped by orders for wafer-handling robots from Taiwan "
         "Semiconductor Manufacturing Co (TSMC).")


def test_its_unit_belongs_to_the_headlines_company_not_the_buyer(extractor: Extractor) -> None:
    x = run(extractor, _UNIT, lang="en", headline="Ishizaka Robotics lifts outlook")
    assert ("Ishizaka Precision", "subsidiaryOf", "Ishizaka Robotics") in triples(x)
    assert ("Ishizaka Precision", "subsidiaryOf", "Taiwan Semiconductor Manufacturing") not in triples(x)
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Ishizaka Precision") not in triples(x)
    assert ("Ishizaka Precision", Decimal("22400000000")) in metric_facts(x, "Profit")


def test_its_unit_of_a_headline_naming_the_other_company(extractor: Extractor) -> None:
    """Look-alike: a headline on the other company, named as often, gives the unit to it
    (a unit named with another first word than either company's: a shared first word,
    "Ishizaka Precision" of "Ishizaka Robotics", names its owner whatever the headline)."""
    body = _UNIT.replace("Ishizaka Precision", "Kestrel Precision")
    x = run(extractor, body, lang="en", headline="TSMC orders more robots")
    assert ("Kestrel Precision", "subsidiaryOf", "Ishizaka Robotics") not in triples(x)


def test_the_verb_orders_from_still_makes_a_supplier(extractor: Extractor) -> None:
    """Look-alike: "orders" as a verb with its object bought from the maker named after it."""
    x = run(extractor, "Nvidia orders memory chips from SK Hynix, the company said on Monday.",
            lang="en", headline="Market report")
    assert ("SK Hynix", "supplierOf", "Nvidia") in triples(x)


# --- the yardstick of a valuation --------------------------------------------------------

def test_multiple_is_not_the_yardsticks_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Die Analysten von Nomura hoben das Kursziel für Ishizaka Robotics auf "
            "2.300 Yen. Das Papier werde mit dem 15-Fachen des erwarteten Gewinns gehandelt und "
            "sei damit günstiger als die Aktie von Fanuc, schrieb die Bank.",
            headline="Ishizaka Robotics: Nomura hebt Ziel")
    assert ("Fanuc", Decimal("15")) not in metric_facts(x, "ValuationMultiple")


def test_multiple_is_not_the_yardsticks_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Ishizaka Robotics Co raised its forecast. The stock trades at 15 times "
            "forward earnings, cheaper than the shares of Fanuc.", lang="en",
            headline="Ishizaka Robotics lifts outlook")
    assert ("Fanuc", Decimal("15")) not in metric_facts(x, "ValuationMultiple")


def test_multiple_of_the_named_share_before_a_yardstick(extractor: Extractor) -> None:
    """Look-alike: the company named before the number keeps its multiple."""
    x = run(extractor, "Die Aktie von Fanuc wird mit dem 15-Fachen des erwarteten Gewinns "
            "gehandelt und ist damit günstiger als der Branchenschnitt.",
            headline="Fanuc: Bewertung im Blick")
    assert ("Fanuc", Decimal("15")) in metric_facts(x, "ValuationMultiple")


# --- a name called a unit by the phrase after it ----------------------------------------

def test_group_called_its_unit_is_a_unit(extractor: Extractor) -> None:
    x = run(extractor, "Lenovo Group reported higher quarterly profit on Thursday. The Home "
            "Devices Group, its largest unit, posted revenue of $9.2 billion, up 7%.",
            lang="en", headline="Lenovo profit rises")
    assert kinds(x).get("Home Devices Group") == "BusinessUnit"
    assert ("Home Devices Group", "subsidiaryOf", "Lenovo Group") in triples(x)
    assert ("Home Devices Group", Decimal("9200000000")) in metric_facts(x, "Revenue")


def test_group_called_its_holder_stays_a_company(extractor: Extractor) -> None:
    """Look-alike: a phrase calling the name a shareholder makes no unit of it."""
    x = run(extractor, "Lenovo Group reported higher quarterly profit on Thursday. The Kestrel "
            "Holdings Group, its largest shareholder, sold 2% of the stock.",
            lang="en", headline="Lenovo profit rises")
    assert kinds(x).get("Kestrel Holdings Group") != "BusinessUnit"
    assert ("Kestrel Holdings Group", "subsidiaryOf", "Lenovo Group") not in triples(x)


# --- a list going on after a company's unnamed unit --------------------------------------

def test_rival_list_goes_on_after_a_possessed_unit(extractor: Extractor) -> None:
    x = run(extractor, "Kaveri Switchgear Ltd. competes with Siemens' Indian unit and Hitachi "
            "Energy in transformers.", lang="en", headline="Kaveri Switchgear beats estimates")
    assert ("Kaveri Switchgear", "competitorOf", "Siemens") in triples(x) \
        or ("Siemens", "competitorOf", "Kaveri Switchgear") in triples(x)
    assert ("Kaveri Switchgear", "competitorOf", "Hitachi Energy") in triples(x) \
        or ("Hitachi Energy", "competitorOf", "Kaveri Switchgear") in triples(x)


def test_relative_clause_after_a_possessed_unit_ends_the_list(extractor: Extractor) -> None:
    """Look-alike: a relative clause after the unit tells of it; the name there is no rival."""
    x = run(extractor, "Kaveri Switchgear Ltd. competes with Siemens' Indian unit, which sold a "
            "plant to Hitachi Energy last year.", lang="en", headline="Kaveri Switchgear beats estimates")
    assert ("Kaveri Switchgear", "competitorOf", "Hitachi Energy") not in triples(x)
    assert ("Hitachi Energy", "competitorOf", "Kaveri Switchgear") not in triples(x)


# --- the supplier in a German relative clause ---------------------------------------------

def test_object_pronoun_clause_names_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Treiber war das Geschäft mit dem Chipkonzern Nvidia, den Quanta Computer "
            "mit kompletten Serversystemen beliefert.", headline="Quanta Computer: Gewinn steigt")
    assert ("Quanta Computer", "supplierOf", "Nvidia") in triples(x)


def test_subject_pronoun_clause_names_no_supplier_of_the_name(extractor: Extractor) -> None:
    """Look-alike: "der" opens the clause as its subject, so the name before it supplies."""
    x = run(extractor, "Treiber war das Geschäft mit dem Chipkonzern Nvidia, der Quanta Computer "
            "mit Grafikchips beliefert.", headline="Quanta Computer: Gewinn steigt")
    assert ("Quanta Computer", "supplierOf", "Nvidia") not in triples(x)


def test_negated_clause_names_no_supplier(extractor: Extractor) -> None:
    """Look-alike: a supply the clause denies is none."""
    x = run(extractor, "Das Geschäft mit dem Chipkonzern Nvidia, den Quanta Computer nicht mehr "
            "beliefert, schrumpfte.", headline="Quanta Computer: Gewinn sinkt")
    assert ("Quanta Computer", "supplierOf", "Nvidia") not in triples(x)
