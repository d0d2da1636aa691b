"""Short names that are also words ("Visa", "Target", "Block", "Rational") read in the frame of a
rating: a house, a verb of rating, the name and a rating word after it ("JPMorgan rates Visa
overweight"), and the dpa-AFX line in capitals ("KEPLER CHEUVREUX SENKT RATIONAL AUF 'REDUCE'"),
where the name slot alone is read whatever its case. Look-alikes with no such frame keep the
word a word."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, run, run_in

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor


def _ratings(extractor: Extractor, body: str, lang: str,
             headline: str | None = None) -> set[tuple[str, str, str]]:
    x = run_in(extractor, body, lang, headline)
    return {(r.by, r.about, r.rating.lower()) for r in x.ratings}


@pytest.mark.parametrize("text, lang, house, label, rating", [
    ("JPMorgan rates Visa overweight with a price target of $310.", "en", "JPMorgan",
     "Visa Inc.", "overweight"),
    ("JPMorgan keeps Target at neutral.", "en", "JPMorgan", "Target Corporation", "neutral"),
    ("Barclays raised Ball to overweight on Tuesday.", "en", "Barclays", "Ball Corporation",
     "overweight"),
    ("Citi rated Match a buy.", "en", "Citigroup", "Match Group", "buy"),
    ("Jefferies belässt Rational auf 'Buy'.", "de", "Jefferies", "Rational AG", "buy"),
])
def test_rating_frame_vouches_for_a_word_like_short_name(
        extractor: Extractor, text: str, lang: str, house: str, label: str, rating: str) -> None:
    assert load_catalogue().get(label) is not None, label
    assert (house, label, rating) in _ratings(extractor, text, lang)


@pytest.mark.parametrize("text, lang, label", [
    ("Card rates Visa charges merchants rose 3% last year.", "en", "Visa Inc."),
    ("Interest rates Target buyers face rose again.", "en", "Target Corporation"),
    ("Rising rates hold Ball makers back.", "en", "Ball Corporation"),
    ("Shoppers rate Target buy-now offers highly.", "en", "Target Corporation"),
    ("The new visa rules hit travel stocks.", "en", "Visa Inc."),
    ("Die Regierung senkt Rational auf 'Hold'.", "de", "Rational AG"),
])
def test_no_rating_frame_keeps_the_word(extractor: Extractor, text: str, lang: str,
                                        label: str) -> None:
    assert label not in labels(run_in(extractor, text, lang))


@pytest.mark.parametrize("headline, lang, house, label, rating", [
    ("KEPLER CHEUVREUX SENKT RATIONAL AUF 'REDUCE'", "de", "Kepler Cheuvreux", "Rational AG",
     "reduce"),
    ("JPMORGAN HEBT ZIEL FÜR RATIONAL AUF 700 EURO - 'OVERWEIGHT'", "de", "JPMorgan",
     "Rational AG", "overweight"),
    ("UBS CUTS VISA TO 'NEUTRAL'", "en", "UBS", "Visa Inc.", "neutral"),
    ("UBS CUTS BLOCK TO 'NEUTRAL'", "en", "UBS", "Block Inc.", "neutral"),
])
def test_capitals_rating_line_reads_the_name_slot(extractor: Extractor, headline: str, lang: str,
                                                  house: str, label: str, rating: str) -> None:
    body = "Die Analysten äußerten sich." if lang == "de" else "The analysts commented."
    assert (house, label, rating) in _ratings(extractor, body, lang, headline)


@pytest.mark.parametrize("headline, lang, label", [
    ("DIE REGIERUNG SENKT RATIONAL AUF 'NULL'", "de", "Rational AG"),
    ("RATIONAL BLEIBT AUF KURS", "de", "Rational AG"),
    ("GOVERNMENT CUTS BLOCK TO 'ZERO'", "en", "Block Inc."),
    ("BLOCK GRANTS CUT TO 5 STATES", "en", "Block Inc."),
    ("UBS CUTS TARGET TO 'SELL'", "en", "Target Corporation"),
])
def test_capitals_words_outside_the_slot_stay_words(extractor: Extractor, headline: str,
                                                    lang: str, label: str) -> None:
    body = "Die Analysten äußerten sich." if lang == "de" else "The analysts commented."
    assert label not in labels(run(extractor, body, lang, headline=headline))


@pytest.mark.parametrize("label, kind, parent", [
    ("OmniVision", "Company", "Will Semiconductor"),
    ("Sony Semiconductor Solutions", "BusinessUnit", "Sony Group"),
    ("Kotak Mahindra Capital", "FinancialInstitution", "Kotak Mahindra Bank"),
    ("Axis Capital", "FinancialInstitution", "Axis Bank"),
    ("SBI Capital Markets", "FinancialInstitution", "State Bank of India"),
    ("SBICAP Securities", "FinancialInstitution", "SBI Capital Markets"),
])
def test_sensor_makers_and_indian_banks_are_catalogued(label: str, kind: str, parent: str) -> None:
    entry = load_catalogue().get(label)
    assert entry is not None and entry.type == kind and parent in entry.parents


@pytest.mark.parametrize("text, named, not_named", [
    ("Axis Capital and Kotak Mahindra Capital ran the books.",
     {"Axis Capital", "Kotak Mahindra Capital"}, {"Axis Capital Holdings", "Kotak Mahindra Bank"}),
    ("AXIS Capital wrote more reinsurance.", {"Axis Capital Holdings"}, {"Axis Capital"}),
    ("OmniVision, part of Will Semiconductor, won orders.",
     {"OmniVision", "Will Semiconductor"}, set()),
])
def test_bank_and_insurer_keep_their_printed_names(extractor: Extractor, text: str,
                                                   named: set[str], not_named: set[str]) -> None:
    found = labels(run_in(extractor, text, "en"))
    assert named <= found
    assert not not_named & found


@pytest.mark.parametrize("body, rival, move", [
    ("Zentrix Mobility shares jumped 9.4% in their debut. Shares of rival Ather Energy fell 2.2%.",
     "Ather Energy", "-2.2"),
    ("Zentrix Mobility rose 4% on Monday, while shares of rival Microvast slid 3.1%.",
     "Microvast", "-3.1"),
])
def test_a_listed_rival_owns_the_move_of_its_shares(extractor: Extractor, body: str, rival: str,
                                                     move: str) -> None:
    moves = metric_facts(run_in(extractor, body, "en"), "StockPriceChange")
    assert (rival, Decimal(move)) in moves


def _supplies(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    x = run_in(extractor, body, lang)
    return {(r.subject, r.object) for r in x.relations if r.predicate == "supplierOf"}


@pytest.mark.parametrize("body, lang, pairs", [
    ("Microsoft uses chips from Nvidia and AMD in its data centres.", "en",
     {("Nvidia", "Microsoft"), ("Advanced Micro Devices", "Microsoft")}),
    ("Microsoft nutzt Chips von Nvidia und AMD.", "de",
     {("Nvidia", "Microsoft"), ("Advanced Micro Devices", "Microsoft")}),
    ("BMW verbaut Zellen von CATL.", "de", {("Contemporary Amperex Technology", "BMW")}),
])
def test_goods_a_company_uses_come_from_their_maker(extractor: Extractor, body: str, lang: str,
                                                    pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _supplies(extractor, body, lang)


@pytest.mark.parametrize("body, lang", [
    ("Microsoft uses no chips from Huawei.", "en"),
    ("Microsoft does not use chips from Huawei.", "en"),
    ("Microsoft nutzt keine Chips von Huawei.", "de"),
])
def test_goods_not_used_tell_of_no_supply(extractor: Extractor, body: str, lang: str) -> None:
    assert not _supplies(extractor, body, lang)
