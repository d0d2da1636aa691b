"""Figures a probe sentence got wrong: a metric word naming a line of business
("search revenue") after a unit or product named in another clause. Each
guard on sentences written for the test, with look-alikes that must still
fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def owners(x: Extraction, value: Decimal) -> set[str]:
    return {f.about for f in x.figures if f.value == value}


# --- "while search revenue increased 13%": the line's, not the unit named before ------------

def test_a_line_of_business_after_a_unit_is_the_groups(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Alphabet posted revenue of $90 billion. YouTube advertising "
                    "revenue rose 9% to $9 billion, while search revenue increased 14%.",
                    lang="en", headline="Alphabet results")
    assert owners(x, Decimal(14)) == {"Alphabet"}
    x = helpers.run(extractor, "YouTube ad sales grew 12% in the quarter. Cloud revenue rose "
                    "31% to $12 billion.", lang="en", headline="Alphabet results")
    assert owners(x, Decimal(31)) == {"Alphabet"}
    assert owners(x, Decimal(12_000_000_000)) == {"Alphabet"}


def test_a_line_told_after_its_metric_word_is_the_groups(extractor: Extractor) -> None:
    x = helpers.run(extractor, "YouTube grew strongly. Revenue from search increased 11%.",
                    lang="en", headline="Alphabet results")
    assert owners(x, Decimal(11)) == {"Alphabet"}
    x = helpers.run(extractor, "Alphabet steigerte den Umsatz um 15 Prozent. YouTube legte "
                    "kräftig zu, während der Umsatz mit der Suche um 12 Prozent wuchs.",
                    headline="Alphabet-Zahlen")
    # a German line told by what it sells ("der Umsatz mit …") is an unnamed unit: no owner
    assert owners(x, Decimal(12)) == set()
    x = helpers.run(extractor, "YouTube wuchs kräftig. Der Cloudumsatz stieg um 28 Prozent.",
                    headline="Alphabet-Zahlen")
    assert owners(x, Decimal(28)) == {"Alphabet"}


def test_a_line_of_a_unit_of_no_named_group_takes_no_owner(extractor: Extractor) -> None:
    # the article is about a rival: YouTube's group is not its subject
    x = helpers.run(extractor, "Netflix gained users. YouTube grew too, while search revenue "
                    "at the rival increased 14%.", lang="en", headline="Netflix results")
    assert owners(x, Decimal(14)) == set()


def test_the_line_in_the_units_name_or_no_line_keeps_the_unit(extractor: Extractor) -> None:
    # look-alikes: the unit named before is the line itself, or no line is named
    x = helpers.run(extractor, "Google Cloud had a strong quarter. Cloud revenue rose 28% to "
                    "$11 billion.", lang="en", headline="Alphabet results")
    assert owners(x, Decimal(28)) == {"Google Cloud"}
    x = helpers.run(extractor, "YouTube grew strongly. Revenue increased 13%.",
                    lang="en", headline="Alphabet results")
    assert owners(x, Decimal(13)) == {"YouTube"}


def test_a_companys_own_line_stays_its_own(extractor: Extractor) -> None:
    # look-alikes: the company itself, not a unit, is named before the line
    x = helpers.run(extractor, "SAP bestätigte die Ziele. Der Cloud-Umsatz stieg um 26 Prozent.",
                    headline="SAP-Zahlen")
    assert owners(x, Decimal(26)) == {"SAP"}
    x = helpers.run(extractor, "Alphabet said search revenue increased 13%.",
                    lang="en", headline="Alphabet results")
    assert owners(x, Decimal(13)) == {"Alphabet"}


# --- "ahead of Microsoft at $3.5 trillion": the name ranked against owns its number ---------

def test_a_name_ranked_against_the_subject_owns_its_number(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nvidia became the world's most valuable company with a market "
                    "value of $4.2 trillion, ahead of Microsoft at $3.6 trillion.",
                    lang="en", headline="Nvidia")
    assert owners(x, Decimal(4_200_000_000_000)) == {"Nvidia"}
    assert owners(x, Decimal(3_600_000_000_000)) == {"Microsoft"}
    x = helpers.run(extractor, "Die Siemens-Aktie legte 2,5 Prozent zu, vor SAP mit "
                    "1,5 Prozent.", headline="Marktbericht")
    assert owners(x, Decimal("2.5")) == {"Siemens"}
    assert owners(x, Decimal("1.5")) == {"SAP"}


def test_a_name_ranked_with_words_before_its_number_is_no_owner(extractor: Extractor) -> None:
    # look-alikes: no word that ranks before the name, or a verb between name and number
    x = helpers.run(extractor, "Nvidia agreed a deal with Microsoft at $3.6 billion.",
                    lang="en", headline="Nvidia")
    assert "Microsoft" not in owners(x, Decimal(3_600_000_000))
    x = helpers.run(extractor, "Nvidia rose 3%, ahead of Apple, and reached a value of "
                    "$4.1 trillion.", lang="en", headline="Nvidia")
    assert "Apple" not in owners(x, Decimal(4_100_000_000_000))


# --- "Bayer schloss bei 25,10 Euro": where a session closed, in money, is the share price ---

def test_a_close_in_money_is_the_share_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Bayer schloss bei 24,70 Euro.", headline="Marktbericht")
    assert helpers.figure_facts(x) == {("Bayer", "SharePrice", Decimal("24.70"), "EUR")}
    x = helpers.run(extractor, "Bayer ging mit 24,70 Euro aus dem Handel.",
                    headline="Marktbericht")
    assert helpers.figure_facts(x) == {("Bayer", "SharePrice", Decimal("24.70"), "EUR")}
    x = helpers.run(extractor, "Nvidia closed at $198.40 on Friday.", lang="en",
                    headline="Nvidia")
    assert helpers.figure_facts(x) == {("Nvidia", "SharePrice", Decimal("198.40"), "USD")}


def test_a_close_in_points_or_millions_or_of_a_commodity_is_no_price(
        extractor: Extractor) -> None:
    # look-alikes: an index's level, a deal's size, the price of gold
    x = helpers.run(extractor, "Der Dax schloss bei 24.150 Punkten. Der Goldpreis schloss bei "
                    "2.450 Dollar.", headline="Marktbericht")
    assert {f.metric for f in x.figures} == {"IndexLevel"}
    x = helpers.run(extractor, "Nvidia rose. The deal closed at $5 billion.", lang="en",
                    headline="Nvidia")
    assert not any(f.metric == "SharePrice" for f in x.figures)
    x = helpers.run(extractor, "Bayer schloss das Jahr mit einem Umsatz von 47 Milliarden Euro "
                    "ab.", headline="Bayer")
    assert {f.metric for f in x.figures} == {"Revenue"}


# --- "Siemens mit plus 3 Prozent und SAP mit plus 2 Prozent": no list of names -------------

def test_a_name_after_a_number_and_a_conjunction_is_no_list_item(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Gewinner im Dax waren Siemens mit plus 3,5 Prozent und SAP mit "
                    "plus 2,5 Prozent.", headline="Dax-Bericht")
    assert owners(x, Decimal("3.5")) == {"Siemens"}
    assert owners(x, Decimal("2.5")) == {"SAP"}


def test_names_listed_after_an_opening_word_stay_a_list(extractor: Extractor) -> None:
    # look-alike: a list of brands after "mit seinen Marken" is still the group's
    x = helpers.run(extractor, "BMW lieferte mit seinen Marken Mini und Rolls-Royce 590.000 "
                    "Fahrzeuge aus.", headline="BMW-Absatz")
    assert owners(x, Decimal(590000)) == {"BMW"}


# --- "have risen 40% this year but fell 3% on Monday": each move keeps its own sign -------

def test_a_rise_before_a_later_fall_stays_a_rise(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Tesla shares have risen 35% this year but fell 3% on Monday.",
                    lang="en", headline="Tesla")
    values = {f.value for f in x.figures if f.metric == "StockPriceChange"}
    assert values == {Decimal(35), Decimal(-3)}
    x = helpers.run(extractor, "Revenue at Siemens has grown 6% this year but fell 2% in the "
                    "quarter.", lang="en", headline="Siemens")
    assert {f.value for f in x.figures} == {Decimal(6), Decimal(-2)}


# --- "das wertvollste Unternehmen der Welt mit 4 Billionen Dollar": a rank by value --------

def test_a_rank_by_value_is_the_market_value(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nvidia ist mit 4,3 Billionen Dollar das wertvollste "
                    "Unternehmen der Welt.", headline="Nvidia")
    assert helpers.figure_facts(x) == {("Nvidia", "MarketCapitalization",
                                        Decimal(4_300_000_000_000), "USD")}
    x = helpers.run(extractor, "Nvidia is the world's most valuable company at $4.3 trillion.",
                    lang="en", headline="Nvidia")
    assert helpers.figure_facts(x) == {("Nvidia", "MarketCapitalization",
                                        Decimal(4_300_000_000_000), "USD")}


def test_a_nearer_word_beside_a_rank_by_value_keeps_its_metric(extractor: Extractor) -> None:
    # look-alikes: the rank glosses the subject, the number is of another metric
    x = helpers.run(extractor, "Nvidia, the world's most valuable company, reported revenue of "
                    "$58 billion.", lang="en", headline="Nvidia")
    assert {f.metric for f in x.figures} == {"Revenue"}
    x = helpers.run(extractor, "Nvidia, the world's most valuable company, rose 3% to $182.",
                    lang="en", headline="Nvidia")
    assert {f.metric for f in x.figures} == {"StockPriceChange", "SharePrice"}


# --- "markierte ein Allzeithoch bei 2.000 Euro": a record of the share is its price --------

def test_a_record_high_in_money_is_the_share_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Rheinmetall markierte ein Allzeithoch bei 1.950 Euro.",
                    headline="Rheinmetall")
    assert helpers.figure_facts(x) == {("Rheinmetall", "SharePrice", Decimal(1950), "EUR")}
    x = helpers.run(extractor, "Rheinmetall hit a record high of €1,950 on Tuesday.",
                    lang="en", headline="Rheinmetall")
    assert helpers.figure_facts(x) == {("Rheinmetall", "SharePrice", Decimal(1950), "EUR")}


def test_a_record_of_an_index_a_commodity_or_revenue_is_no_share_price(
        extractor: Extractor) -> None:
    # look-alikes: points, gold, bitcoin and an amount in billions
    x = helpers.run(extractor, "Der Dax markierte ein Rekordhoch bei 24.500 Punkten.",
                    headline="Dax")
    assert {f.metric for f in x.figures} == {"IndexLevel"}
    x = helpers.run(extractor, "Der Goldpreis erreichte ein Rekordhoch bei 2.500 Dollar. "
                    "Rheinmetall legte zu.", headline="Rheinmetall")
    assert not any(f.metric == "SharePrice" for f in x.figures)
    x = helpers.run(extractor, "Bitcoin hit a record high of $118,000, lifting Coinbase shares.",
                    lang="en", headline="Coinbase")
    assert not any(f.metric == "SharePrice" for f in x.figures)
    x = helpers.run(extractor, "Apple's revenue hit a record high of $120 billion.",
                    lang="en", headline="Apple")
    assert {f.metric for f in x.figures} == {"Revenue"}


# --- "'We sold 2.5 million cars,' said Acme CEO X": an unknown speaker's company ------------

def test_a_quote_of_an_unknown_companys_chief_is_no_ones(extractor: Extractor) -> None:
    x = helpers.run(extractor, "\"We sold 2.4 million cars last year,\" said Mercedes CEO "
                    "Ola Källenius.", lang="en", headline="BMW")
    assert owners(x, Decimal(2_400_000)) == set()


def test_a_quote_of_a_known_or_unnamed_companys_chief_keeps_its_owner(
        extractor: Extractor) -> None:
    # look-alikes: the chief's company is known, or the chief is named by title alone
    x = helpers.run(extractor, "\"We sold 2.4 million cars last year,\" said Stellantis CEO "
                    "Antonio Filosa.", lang="en", headline="BMW")
    assert owners(x, Decimal(2_400_000)) == {"Stellantis"}
    x = helpers.run(extractor, "\"We sold 2.4 million cars last year,\" said CEO Oliver Zipse.",
                    lang="en", headline="BMW")
    assert owners(x, Decimal(2_400_000)) == {"BMW"}


# --- "X-Chef Y sagte, Bosch habe 5 Milliarden Euro investiert": the reported subject's -----

def test_a_statement_reported_after_a_comma_has_its_own_subject(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Siemens-Chef Roland Busch sagte, Bosch habe 4,5 Milliarden "
                    "Euro investiert.", headline="Siemens")
    assert owners(x, Decimal(4_500_000_000)) == {"Bosch"}


def test_a_reported_statement_without_a_name_stays_the_speakers(extractor: Extractor) -> None:
    # look-alikes: the statement names no company, so the speaker's before it owns it
    x = helpers.run(extractor, "Siemens-Chef Roland Busch sagte, der Umsatz sei um 4,5 Prozent "
                    "gestiegen.", headline="Siemens")
    assert owners(x, Decimal("4.5")) == {"Siemens"}
    x = helpers.run(extractor, "Siemens sagte, man wolle 2,5 Milliarden Euro investieren.",
                    headline="Siemens")
    assert owners(x, Decimal(2_500_000_000)) == {"Siemens"}


# --- "a forward P/E of 35 compares with 28 for AMD": the compared number is AMD's ----------

def test_a_number_compared_for_another_company_is_not_the_subjects(
        extractor: Extractor) -> None:
    x = helpers.run(extractor, "Nvidia's forward P/E of 36 compares with 27 for AMD.",
                    lang="en", headline="Nvidia")
    assert "Nvidia" not in owners(x, Decimal(27))


def test_an_amount_paid_for_a_company_stays_the_buyers(extractor: Extractor) -> None:
    # look-alike: "for" after an amount with no comparison before it names what was bought
    x = helpers.run(extractor, "Nvidia paid $6.9 billion for Mellanox.", lang="en",
                    headline="Nvidia")
    assert owners(x, Decimal(6_900_000_000)) == {"Nvidia"}
