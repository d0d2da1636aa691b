"""Figures the newest fresh articles left, on sentences written for these tests: a
personal pronoun ("sie", "they") before a bare move, in a sentence naming no company,
stands for the share the sentence before moved and spoke of first, so the move is that
company's share move; a pronoun after a sentence about revenue, or a sentence naming a
company of its own, keeps the old reading. A city's listing compound after a possessive
that the extractor does not know ("Novo's Copenhagen-listed shares") lists the article's
company whose name the possessive opens, where the article names one such company and no
more; never another company."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

_PRONOUN_MOVES = [
    ("de", "Brenmoor enttäuscht", "Die Brenmoor AG legte am Dienstag Zahlen vor. Die im MDax notierte "
     "Brenmoor-Aktie verlor im Xetra-Handel 1,2 Prozent auf 48,10 Euro. Seit Jahresbeginn hat sie "
     "rund 14 Prozent eingebüßt.", ("Brenmoor", "StockPriceChange", Decimal("-14"), "Percent")),
    ("en", "SAP results", "SAP reported results on Tuesday. SAP shares fell 0.7% to 236.85 euros. "
     "They have lost about 11% this year.", ("SAP", "StockPriceChange", Decimal("-11"), "Percent")),
]


@pytest.mark.parametrize(("lang", "headline", "body", "fact"), _PRONOUN_MOVES)
def test_pronoun_for_the_share_of_the_sentence_before(extractor: Extractor, lang: str, headline: str,
                                                      body: str, fact: tuple[str, str, Decimal, str]) -> None:
    assert fact in figure_facts(run(extractor, body, lang=lang, headline=headline))


def test_pronoun_after_a_sentence_about_revenue_is_no_share(extractor: Extractor) -> None:
    """Look-alike: the sentence before moved no share, so "sie" is no share."""
    x = run(extractor, "Der Umsatz von SAP stieg um 5 Prozent auf 9 Milliarden Euro. Im Vorjahr hatte "
            "sie noch 7 Prozent verloren.", lang="de", headline="SAP-Zahlen")
    assert not any(f.metric == "StockPriceChange" for f in x.figures)


def test_pronoun_after_a_move_told_before_its_share_is_no_share(extractor: Extractor) -> None:
    """Look-alike: the sentence before names the share only after its move ("legte 3 Prozent
    zu, die Aktie …"), not as its subject, so a pronoun next points at nothing sure."""
    x = run(extractor, "SAP legte im Quartal beim Umsatz 3 Prozent zu und die Aktie stieg leicht. "
            "Im Vorjahr hatte sie noch 7 Prozent verloren.", lang="de", headline="SAP-Zahlen")
    assert ("SAP", "StockPriceChange", Decimal("-7"), "Percent") not in figure_facts(x)


_LISTED = "{owner}'s Copenhagen-listed shares rose 4.2% to 392.50 Danish crowns."


def test_short_possessive_of_the_subject_lists_the_subject(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk said on Wednesday its new drug met its goal. "
            + _LISTED.format(owner="Novo"), lang="en", headline="Novo Nordisk drug trial")
    assert ("Novo Nordisk", "listedOn", "Nasdaq Copenhagen") in triples(x)


def test_unknown_possessive_lists_no_subject(extractor: Extractor) -> None:
    """Look-alike: the shares are those of a company the extractor does not know."""
    x = run(extractor, "Novo Nordisk said on Wednesday its new drug met its goal. "
            + _LISTED.format(owner="Corvanta"), lang="en", headline="Novo Nordisk drug trial")
    assert not any(r.predicate == "listedOn" for r in x.relations)


def test_possessive_opening_no_word_of_the_subject_lists_nothing(extractor: Extractor) -> None:
    """Look-alike: "Nordisk's" is not the first word of "Novo Nordisk"."""
    x = run(extractor, "Novo Nordisk said on Wednesday its new drug met its goal. "
            + _LISTED.format(owner="Nordisk"), lang="en", headline="Novo Nordisk drug trial")
    assert not any(r.predicate == "listedOn" for r in x.relations)


def test_short_possessive_lists_the_company_beside_a_rival_named_as_often(extractor: Extractor) -> None:
    """With no clear subject (a rival named as often), the name the possessive opens decides."""
    x = run(extractor, "Novo Nordisk said its drug beat Eli Lilly's in a trial. Eli Lilly said its own "
            "pill would launch next year. Lilly shares fell 2.8% in New York. "
            + _LISTED.format(owner="Novo"), lang="en", headline="Novo Nordisk and Eli Lilly")
    assert ("Novo Nordisk", "listedOn", "Nasdaq Copenhagen") in triples(x)
    assert ("Eli Lilly", "listedOn", "Nasdaq Copenhagen") not in triples(x)


def test_possessive_opening_two_named_companies_lists_neither(extractor: Extractor) -> None:
    """Look-alike: "Deutsche" opens two names of the article, so the shares stay unowned."""
    x = run(extractor, "Deutsche Bank and Deutsche Post reported results on Tuesday. "
            "Deutsche's London-listed shares rose 2%.", lang="en", headline="Results")
    assert not any(r.predicate == "listedOn" for r in x.relations)
