"""Index membership told by a pronoun or a bare company noun opening the sentence ("It is
part of the Nasdaq-100 and the S&P 500", "Der Konzern gehört seit 2021 dem MDax an"): the
pronoun stands for the one company the sentences before name, and each index joined by a
conjunction is its index too. Sentences written for these tests (catalogued companies,
invented figures), each with a look-alike that keeps its other reading: two companies named
before (either may be meant), a membership ended."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor


def _members(extractor: Extractor, body: str, lang: str, headline: str) -> set[tuple[str, str]]:
    """Each memberOf of the article as (member, index)."""
    return {(s, o) for s, p, o in triples(run(extractor, body, lang, headline=headline))
            if p == "memberOf"}


def test_it_opening_a_membership_is_the_company_named_before(extractor: Extractor) -> None:
    members = _members(extractor, "Micron Technology reported revenue of $9.3 billion. The stock closed at "
                       "$120, giving Micron a market value of $134 billion. It is part of the "
                       "Nasdaq-100 and the S&P 500.", "en", "Memory prices climb")
    assert ("Micron Technology", "Nasdaq 100") in members
    assert ("Micron Technology", "S&P 500") in members


def test_it_after_two_companies_names_no_member(extractor: Extractor) -> None:
    """Look-alike: the sentence before names two companies; "It" may mean either."""
    members = _members(extractor, "Memory prices rose again this quarter. Micron Technology beat Intel on "
                       "margins. It is part of the Nasdaq-100.", "en", "Memory prices climb")
    assert not any(index == "Nasdaq 100" for _member, index in members)


def test_it_of_an_ended_membership_names_no_member(extractor: Extractor) -> None:
    """Look-alike: "was part of" tells of a membership that ended."""
    members = _members(extractor, "Memory prices rose again this quarter. Micron Technology reported revenue "
                       "of $9.3 billion. It was part of the Nasdaq-100 until 2020.", "en",
                       "Memory prices climb")
    assert not any(index == "Nasdaq 100" for _member, index in members)


def test_bare_company_noun_opening_a_membership_is_the_company_named_before(extractor: Extractor) -> None:
    members = _members(extractor, "Die Zahl der Aufträge wuchs kräftig. Hensoldt steigerte den Umsatz auf "
                       "1,4 Milliarden Euro. Der Konzern gehört seit 2021 dem MDax an.", "de",
                       "Rüstung im Aufwind")
    assert ("Hensoldt", "MDAX") in members


def test_bare_company_noun_after_two_companies_names_no_member(extractor: Extractor) -> None:
    """Look-alike: the sentence before names two companies; "der Konzern" may mean either."""
    members = _members(extractor, "Die Zahl der Aufträge wuchs kräftig. Hensoldt lieferte mehr Radare an "
                       "Airbus als im Vorjahr. Der Konzern gehört seit 2021 dem MDax an.", "de",
                       "Rüstung im Aufwind")
    assert not any(index == "MDAX" for _member, index in members)


def _listings(extractor: Extractor, body: str, headline: str) -> set[tuple[str, str]]:
    """Each listedOn of the German article as (company, exchange)."""
    return {(s, o) for s, p, o in triples(run(extractor, body, "de", headline=headline))
            if p == "listedOn"}


def test_share_of_an_index_compound_moving_on_a_venue_is_listed_there(extractor: Extractor) -> None:
    listings = _listings(extractor, "Hensoldt hat einen Großauftrag über 900 Millionen Euro erhalten. Die Aktie "
                         "des MDax-Konzerns legte am Vormittag auf Xetra um 4,7 Prozent zu.",
                         "Hensoldt erhält Großauftrag")
    assert ("Hensoldt", "Xetra") in listings


def test_index_as_the_market_beside_a_venue_lists_no_company(extractor: Extractor) -> None:
    """Look-alike: the index itself moved; the venue is the market's, no company's."""
    listings = _listings(extractor, "Hensoldt hat einen Großauftrag über 900 Millionen Euro erhalten. Der MDax "
                         "legte am Vormittag auf Xetra um 0,7 Prozent zu.", "Hensoldt erhält Großauftrag")
    assert not any(exchange == "Xetra" for _company, exchange in listings)
