"""Entities and relations the last wrong facts of the fresh articles asked for, on
sentences written for these tests (invented companies beside catalogued ones): a
catalogued company's name and one more capitalised word after a rival's words names
another company ("Northvolt rival Alcoa Cells" is not Alcoa), whose rival is the company
of the compound and whose partner the one joining a venture with it; a "<place>-based
company" means a company named before it, never one named later; a place opening a
fund's name after the fund's noun is no place of the article. Each with a look-alike
where the old reading must stay. And a long paragraph of news after a bare ad marker
("Advertisement", where a page's ad slot stood) is no ad's copy. A reference keeping
company with a name ("Gemeinsam mit X steigerte das Unternehmen") means another company
of the sentence before, found by the antecedent search that leaves X out. A place printed
only as an adjective ("die Hongkonger Aktien") that no fact names is no entity. "Y, in
which the holding owns 62%" makes the one holding the text names Y's holder."""

from __future__ import annotations

import pytest
from helpers import labels, run, triples

from kg.ingest import find_ad_blocks
from kg.nlp.extract import Extractor
from kg.records import Extraction

# --- a longer name opening with a catalogued one, after a rival's words ---------------------

_VENTURE = ("Harwick Motors said on Tuesday it would expand in Spain. Last year the carmaker set "
            "up a venture with Northvolt rival Alcoa Cells to make batteries in Spain.")


def test_rival_named_by_a_longer_name_is_no_catalogued_company(extractor: Extractor) -> None:
    x = run(extractor, _VENTURE, lang="en", headline="Harwick Motors expands")
    assert "Alcoa Cells" in labels(x)
    assert "Alcoa" not in labels(x)


def test_the_longer_name_is_the_rival_of_the_compound_and_the_partner(extractor: Extractor) -> None:
    x = run(extractor, _VENTURE, lang="en", headline="Harwick Motors expands")
    facts = triples(x)
    assert ("Alcoa Cells", "competitorOf", "Northvolt") in facts \
        or ("Northvolt", "competitorOf", "Alcoa Cells") in facts
    assert ("Harwick Motors", "partnerOf", "Alcoa Cells") in facts
    assert ("Harwick Motors", "partnerOf", "Northvolt") not in facts
    assert ("Harwick Motors", "competitorOf", "Alcoa Cells") not in facts


def test_the_longer_name_is_the_company_wherever_it_is_printed(extractor: Extractor) -> None:
    x = run(extractor, _VENTURE + " Alcoa Cells said output would double.", lang="en",
            headline="Harwick Motors expands")
    assert "Alcoa" not in labels(x)


def test_a_legal_form_after_the_catalogued_name_is_the_same_company(extractor: Extractor) -> None:
    """Look-alike: "rival Alcoa Corp" is the catalogued Alcoa."""
    x = run(extractor, "Harwick Metals said it competes with Alcoa Corp in aluminium.",
            lang="en", headline="Metals")
    assert "Alcoa" in labels(x)
    assert "Alcoa Corp" not in labels(x)


def test_a_title_after_the_catalogued_name_keeps_the_company(extractor: Extractor) -> None:
    """Look-alike: capitals go on after the word ("rival Alcoa Chief Executive …"): a
    title, no word of a name."""
    x = run(extractor, "Harwick Metals gained share from rival Alcoa Chief Executive Jane Roe "
            "said on Monday.", lang="en", headline="Metals")
    assert "Alcoa" in labels(x)
    assert not any(label.startswith("Alcoa ") for label in labels(x))


def test_a_catalogued_name_before_a_capital_without_a_rival_stays(extractor: Extractor) -> None:
    """Look-alike: no rival's words before the name, nothing says the longer one is a company."""
    x = run(extractor, "Harwick Metals buys aluminium from Alcoa Cells and foils.", lang="en",
            headline="Metals")
    assert "Alcoa Cells" not in labels(x)


# --- a seat compound looks back --------------------------------------------------------------

def test_seat_reference_means_no_company_named_after_it(extractor: Extractor) -> None:
    x = run(extractor, "Swedish truckmaker Harwick Trucks said on Monday it would build a plant "
            "in Hungary. The Gothenburg-based company will hold 51% of the venture. Harwick "
            "competes with Volvo Cars in Europe.", lang="en", headline="Harwick Trucks builds plant")
    facts = triples(x)
    assert ("Volvo Cars", "locatedIn", "Gothenburg") not in facts
    assert ("Harwick Trucks", "locatedIn", "Gothenburg") in facts


def test_seat_reference_means_the_company_named_before_seated_there(extractor: Extractor) -> None:
    """Look-alike: the catalogued company seated there named before the reference is meant."""
    x = run(extractor, "Harwick Trucks and Volvo Cars said on Monday they would build a plant in "
            "Hungary. The Gothenburg-based company will hold 51% of the venture.", lang="en",
            headline="Plant")
    facts = triples(x)
    assert ("Harwick Trucks", "locatedIn", "Gothenburg") not in facts


# --- a place opening a fund's name -------------------------------------------------------------

def test_place_opening_a_fund_name_is_no_place(extractor: Extractor) -> None:
    x = run(extractor, "Auch für Sparer sind die Versicherer ein Thema: Der DWS Fonds Europe Equity "
            "Income trägt bei Morningstar die Bewertung „Silver“.", headline="Versicherer")
    assert "Europe" not in labels(x)
    assert "Europe Equity Income" in labels(x)


def test_place_after_a_fund_noun_without_a_name_stays(extractor: Extractor) -> None:
    """Look-alike: the place after the fund's noun opens no capitalised name."""
    x = run(extractor, "The Harwick fund Europe needs most grew 4% last year.", lang="en",
            headline="Funds")
    assert "Europe" in labels(x)


# --- a name joined to a catalogued rival after a rival's words -----------------------------------

def test_name_joined_to_a_catalogued_rival_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Harwick Retail Group warned that discounting by rivals Walmart and "
            "Brenmoor would squeeze margins.", lang="en", headline="Harwick Retail Group")
    assert "Brenmoor" in labels(x)
    assert ("Harwick Retail", "competitorOf", "Brenmoor") in triples(x) \
        or ("Harwick Retail Group", "competitorOf", "Brenmoor") in triples(x)


# (language, sentence, whether "Brenmoor" is a company): after a rival's words, or closing a list
# the verb of competing ends; the look-alikes have neither ("mit X und Y arbeitet", "shoppers at
# X and Y"), so nothing says what the second capitalised word is
_JOINED = [
    ("de", "Mit dem Kauf rückt Harwick Chemie an die Konkurrenten BASF und Brenmoor heran.", True),
    ("de", "Harwick Chemie richtet sich auf das Wartungsgeschäft aus, in dem der Konzern mit BASF "
           "und Brenmoor konkurriert.", True),
    ("de", "Harwick Chemie richtet sich auf das Wartungsgeschäft aus, in dem der Konzern mit BASF "
           "und Brenmoor arbeitet.", False),
    ("en", "Harwick Retail said shoppers at Walmart and Brenmoor cut spending.", False),
]


@pytest.mark.parametrize(("lang", "text", "company"), _JOINED)
def test_name_joined_to_a_catalogued_company(extractor: Extractor, lang: str, text: str,
                                             company: bool) -> None:
    x = run(extractor, text, lang=lang, headline="Harwick")
    assert ("Brenmoor" in labels(x)) is company


def test_a_person_joined_to_a_rival_is_no_company(extractor: Extractor) -> None:
    """Look-alike: a given name opens the joined words: a person, no rival company."""
    x = run(extractor, "Harwick Retail competes with Walmart and John Brenmoor said so.",
            lang="en", headline="Harwick Retail")
    assert not any(e.label == "John Brenmoor" and e.type == "Company" for e in x.entities)


# --- a paragraph of news after a bare ad marker ----------------------------------------------

_NEWS = ("Harwick Capital, the London-based fund manager, drew net new money for the first time "
         "in two years in the third quarter, as clients added to its fixed income and private "
         "credit funds while still pulling cash from equities.")


def test_news_paragraph_after_a_bare_marker_is_kept() -> None:
    text = f"Harwick Capital returns to inflows\nAdvertisement\n{_NEWS}\nShares rose 2%.\n"
    spans = find_ad_blocks(text)
    assert [text[s:e] for s, e in spans] == ["Advertisement"]


def test_ad_copy_after_a_bare_marker_addressing_the_reader_is_blanked() -> None:
    """Look-alike: as long, but it speaks to the reader: the ad's copy."""
    copy = ("Ten funds our analysts like better than this one: find out which managers made the "
            "list before the market opens, and which of the stocks they hold could double over "
            "the next three years, in a report that costs nothing.")
    text = f"Harwick Capital returns to inflows\nAdvertisement\n{copy}\n{_NEWS}\n"
    spans = find_ad_blocks(text)
    assert [text[s:e] for s, e in spans] == [f"Advertisement\n{copy}"]


@pytest.mark.parametrize("copy", ["The fund that beat the market", "Our fund beat the market."])
def test_ad_copy_after_a_bare_marker_is_blanked(copy: str) -> None:
    """Look-alike: a slogan with no sentence's end, or a line speaking as the site ("our"),
    after the marker is the ad's."""
    text = f"Harwick Capital returns to inflows\nAdvertisement\n{copy}\n{_NEWS}\n"
    spans = find_ad_blocks(text)
    assert [text[s:e] for s, e in spans] == [f"Advertisement\n{copy}"]


# --- a reference keeping company with a name ----------------------------------------------------

def _growth(x: Extraction) -> set[str]:
    return {f.about for f in x.figures if f.metric == "RevenueGrowth"}


def test_reference_keeping_company_with_a_name_means_the_other(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestner Optik AG und die Brandt Laser AG legten Zahlen vor. Gemeinsam "
            "mit der Kestner Optik AG steigerte das Unternehmen den Umsatz um 12 Prozent.",
            headline="Optikbranche im Aufwind")
    assert _growth(x) == {"Brandt Laser"}


# --- a place seen only as an adjective ----------------------------------------------------------

def test_place_seen_only_as_an_adjective_is_no_entity(extractor: Extractor) -> None:
    x = run(extractor, "Die Brenmoor Technik AG verzeichnete einen Rückgang ihrer Hongkonger "
            "Aktien, berichteten Frankfurter Börsenexperten.", headline="Brenmoor")
    assert "Hong Kong" not in labels(x)
    assert "Frankfurt" not in labels(x)


def test_place_also_named_as_a_noun_stays(extractor: Extractor) -> None:
    """Look-alike: the place is named as a noun too."""
    x = run(extractor, "Die Brenmoor Technik AG verzeichnete einen Rückgang ihrer Hongkonger "
            "Aktien. In Hongkong fiel der Leitindex.", headline="Brenmoor")
    assert "Hong Kong" in labels(x)


def test_place_adjective_of_a_fact_stays(extractor: Extractor) -> None:
    """Look-alike: the adjective gives a seat, a fact naming the place."""
    x = run(extractor, "Die Brenmoor Technik AG übernahm den Münchner Sensorhersteller Kestrel "
            "Sensorik GmbH.", headline="Brenmoor")
    assert ("Kestrel Sensorik", "locatedIn", "Munich") in triples(x)
    assert "Munich" in labels(x)


def test_place_adjective_before_a_body_noun_stays(extractor: Extractor) -> None:
    """Look-alike: before an organisation's noun the adjective gives a seat."""
    x = run(extractor, "Die Brenmoor Technik AG legte Zahlen vor. Die Bonner Behörde hatte im "
            "Sommer eine Verzinsung von 7 Prozent vorgeschlagen.", headline="Brenmoor")
    assert "Bonn" in labels(x)



# --- "the holding" in a relative clause -----------------------------------------------------------

_HOLDING = ("At the top sits Brenmoor Holding GmbH, owned by the family. Its crown jewel is pump "
            "maker Brenmoor Pumpen AG, in which the holding owns 62% and whose shares trade in "
            "Frankfurt.")


def test_the_holding_in_a_relative_clause_holds_the_company(extractor: Extractor) -> None:
    x = run(extractor, _HOLDING, lang="en", headline="The Brenmoor family")
    assert ("Brenmoor Holding", "investsIn", "Brenmoor Pumpen") in triples(x)


def test_the_holding_without_a_named_holding_holds_nothing(extractor: Extractor) -> None:
    """Look-alike: no holding named in the text, "the holding" is no company."""
    x = run(extractor, "At the top sits the Brenmoor family. Its crown jewel is pump maker "
            "Brenmoor Pumpen AG, in which the holding owns 62%.", lang="en",
            headline="The Brenmoor family")
    assert not any(p == "investsIn" and o == "Brenmoor Pumpen" for _s, p, o in triples(x))
