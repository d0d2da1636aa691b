"""Names the reader missed: law firms printed whole with "&" and commas ("Wachtell, Lipton,
Rosen & Katz"), read from the catalogue's list of the largest firms; the reporting segments
of LVMH and Nokia, whose short names ("Selective Retailing", "Cloud and Network Services")
count only where the group is named; and a bare noun of holding that opens a gloss ("X, home
to Sephora, grew 7%"), whose name describes the subject and owns no number after it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, run_in

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor


@pytest.mark.parametrize("text, expected", [
    ("Law firms Sullivan & Cromwell and Wachtell, Lipton, Rosen & Katz are acting as legal "
     "counsel to Siemens.", {"Sullivan & Cromwell", "Wachtell, Lipton, Rosen & Katz"}),
    ("Bayer was advised by Cravath, Swaine & Moore, while Freshfields Bruckhaus Deringer and "
     "Hengeler Müller advised BASF.",
     {"Cravath, Swaine & Moore", "Freshfields", "Hengeler Mueller"}),
    ("Skadden and Davis Polk advised the buyer; Latham & Watkins advised the seller.",
     {"Skadden, Arps, Slate, Meagher & Flom", "Davis Polk & Wardwell", "Latham & Watkins"}),
])
def test_law_firm_is_read_whole(extractor: Extractor, text: str, expected: set[str]) -> None:
    found = labels(run_in(extractor, text, "en"))
    assert expected <= found
    # the firm's name is one entity, not a person or company per surname in it
    assert not {"Cromwell", "Wachtell", "Katz", "Swaine", "Moore"} & found


@pytest.mark.parametrize("text, word", [
    # a partner's surname alone is no firm: only distinct short forms are listed
    ("Latham said the deal would close in March, Kirkland added.", "Latham & Watkins"),
    ("Weil expects rates to fall next year.", "Weil, Gotshal & Manges"),
])
def test_surname_alone_is_no_law_firm(extractor: Extractor, text: str, word: str) -> None:
    assert load_catalogue().get(word) is not None
    assert word not in labels(run_in(extractor, text, "en"))


def test_segment_short_name_is_read_where_the_group_is_named(extractor: Extractor) -> None:
    x = run_in(extractor, "Nokia said net sales rose 8%. Cloud and Network Services sales were "
               "flat at 680 million euros, while Selective Retailing grew.", "en")
    assert "Nokia Cloud and Network Services" in labels(x)
    assert ("Nokia Cloud and Network Services", Decimal("680000000")) in metric_facts(x, "Revenue")
    # LVMH is not named: its segment's short name stays unread
    assert "LVMH Selective Retailing" not in labels(x)


def test_segment_short_name_alone_is_no_unit(extractor: Extractor) -> None:
    found = labels(run_in(extractor, "Operators are spending more on Cloud and Network Services "
                          "and on Fashion & Leather Goods.", "en"))
    assert not {"Nokia Cloud and Network Services", "LVMH Fashion & Leather Goods"} & found


def test_name_after_home_to_owns_no_number(extractor: Extractor) -> None:
    x = run_in(extractor, "LVMH said revenue rose 3%. Perfumes & Cosmetics rose 5% and Selective "
               "Retailing, home to Sephora, grew 7%.", "en")
    growth = metric_facts(x, "RevenueGrowth")
    assert ("LVMH Selective Retailing", Decimal("7")) in growth
    assert ("LVMH Perfumes & Cosmetics", Decimal("5")) in growth
    assert not any(about == "Sephora" for about, _ in growth)


def test_name_held_keeps_its_own_number(extractor: Extractor) -> None:
    # no gloss: the name after "home to" is the subject of its own clause
    x = run_in(extractor, "LVMH said revenue rose 3%. Paris is home to its flagship stores, and "
               "Sephora grew 7%.", "en")
    assert ("Sephora", Decimal("7")) in metric_facts(x, "RevenueGrowth")


@pytest.mark.parametrize("text, unit, value", [
    ("Nike said quarterly revenue rose 1%. Converse, the company's sneaker label, posted a 14% "
     "drop in sales to $512 million.", "Converse", Decimal("512000000")),
    ("Inditex said sales rose 5%. Zara Home, its homeware chain, posted sales of $2.1 billion.",
     "Zara Home", Decimal("2100000000")),
])
def test_name_opening_a_unit_apposition_is_a_unit(extractor: Extractor, text: str, unit: str,
                                                  value: Decimal) -> None:
    x = run_in(extractor, text, "en")
    assert {(e.label, e.type) for e in x.entities if e.label == unit} == {(unit, "BusinessUnit")}
    assert (unit, value) in metric_facts(x, "Revenue")


@pytest.mark.parametrize("text, word", [
    # an opening adverb before the apposition is no unit, nor one in "-ly"
    ("Nike said revenue rose 1%. Overall, the company's retail unit, hit by discounts, posted a "
     "4% drop.", "Overall"),
    ("Nike said revenue rose 1%. Separately, its outlet chain, hit by discounts, posted a 4% drop.",
     "Separately"),
    # a relative clause after it: the apposition is the subject the opening word precedes
    ("Nike said revenue rose 1%. Online, its outlet chain, which sells shoes, grew 4%.", "Online"),
    # the noun goes on: a person's post, not a unit
    ("Nike said revenue rose 1%. Jane Doe, the company's brand manager, said sales grew.",
     "Jane Doe"),
])
def test_word_before_a_unit_apposition_stays_a_word(extractor: Extractor, text: str,
                                                    word: str) -> None:
    x = run_in(extractor, text, "en")
    assert not any(e.label == word and e.type == "BusinessUnit" for e in x.entities)


def test_unit_word_two_units_share_names_neither(extractor: Extractor) -> None:
    # "network" is a word of three of Nokia's segments: the phrase names none of them
    x = run_in(extractor, "Nokia said its network unit increased sales by 22%.", "en")
    assert not any(e.type == "BusinessUnit" for e in x.entities)


def test_unit_word_one_unit_holds_is_that_unit(extractor: Extractor) -> None:
    x = run_in(extractor, "Nokia said its cloud unit increased sales by 22%.", "en")
    assert "Nokia Cloud and Network Services" in labels(x)
