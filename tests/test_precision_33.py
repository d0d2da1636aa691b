"""Wrong facts of the precision33 families, each fixed so that it holds for any article:

* "A agreed to buy B, and C agreed to buy D" (and "A übernimmt B und C kauft D"): the second
  verb's subject is C alone, never the first verb's object B; and where the catalogue does not
  know B, C (a verb right after it) is no object of the first verb either;
* "A partnered with B, and C partnered with D" (competes with, kooperiert mit): the list after
  the first preposition ends before C, and C, whom a verb follows, is the second one's subject;
* "X sells the Y chip, which uses Z's process": a name inside a relative clause that opens
  after the verb tells of the thing the verb took and is no object of the verb.

Listed companies are real catalogue entries; the deals and facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return triples(run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report"))


# --- the second clause's subject is its own name, never the first clause's object ---------------

@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("en", "Microsoft agreed to buy Activision Blizzard, and Alphabet agreed to buy Wiz.",
     ("Microsoft", "acquired", "Activision Blizzard"), ("Alphabet", "acquired", "Wiz")),
    ("en", "Microsoft bought Activision Blizzard and Alphabet bought Wiz.",
     ("Microsoft", "acquired", "Activision Blizzard"), ("Alphabet", "acquired", "Wiz")),
    ("de", "Microsoft übernimmt Activision Blizzard, und Alphabet kauft Wiz.",
     ("Microsoft", "acquired", "Activision Blizzard"), ("Alphabet", "acquired", "Wiz")),
    ("de", "Microsoft übernimmt Activision Blizzard und Alphabet kauft Wiz.",
     ("Microsoft", "acquired", "Activision Blizzard"), ("Alphabet", "acquired", "Wiz")),
    ("en", "Microsoft invested in OpenAI, and Amazon invested in Anthropic.",
     ("Microsoft", "investsIn", "OpenAI"), ("Amazon", "investsIn", "Anthropic")),
    ("de", "Microsoft investiert in OpenAI, und Amazon investiert in Anthropic.",
     ("Microsoft", "investsIn", "OpenAI"), ("Amazon", "investsIn", "Anthropic")),
    ("en", "Nvidia supplies Microsoft, and AMD supplies Meta.",
     ("Nvidia", "supplierOf", "Microsoft"), ("Advanced Micro Devices", "supplierOf", "Meta Platforms")),
])
def test_two_clauses_keep_their_own_subjects(extractor: Extractor, lang: str, text: str,
                                             first: tuple[str, str, str],
                                             second: tuple[str, str, str]) -> None:
    found = _facts(extractor, text, lang)
    assert {first, second} <= found
    # the first object never acts in the second clause, the second subject is no object
    assert (first[2], second[1], second[2]) not in found
    assert (first[0], first[1], second[0]) not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Siemens agreed to acquire Altair Engineering and Adobe agreed to buy Figma."),
    ("de", "Siemens übernimmt Altair Engineering und Adobe kauft Figma."),
])
def test_name_a_verb_follows_is_no_object_of_the_first_verb(extractor: Extractor, lang: str,
                                                            text: str) -> None:
    found = _facts(extractor, text, lang)
    assert ("Siemens", "acquired", "Adobe") not in found
    assert ("Adobe", "acquired", "Figma") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a list of objects and a list of subjects stay lists
    ("en", "Microsoft and Alphabet agreed to buy Wiz.",
     {("Microsoft", "acquired", "Wiz"), ("Alphabet", "acquired", "Wiz")}),
    ("en", "Microsoft agreed to buy Activision Blizzard and Wiz.",
     {("Microsoft", "acquired", "Activision Blizzard")}),
    ("de", "Microsoft übernimmt Activision Blizzard und Wiz.",
     {("Microsoft", "acquired", "Activision Blizzard")}),
    # a contrast conjunction joins clauses too
    ("en", "Microsoft agreed to buy Activision Blizzard, while Alphabet agreed to buy Wiz.",
     {("Microsoft", "acquired", "Activision Blizzard"), ("Alphabet", "acquired", "Wiz")}),
])
def test_lists_around_one_verb_still_read(extractor: Extractor, lang: str, text: str,
                                          expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _facts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("en", "Microsoft partnered with OpenAI, and Amazon partnered with Anthropic.",
     ("Microsoft", "partnerOf", "OpenAI"), ("Amazon", "partnerOf", "Anthropic")),
    ("en", "Microsoft partnered with OpenAI, and Amazon also partnered with Anthropic.",
     ("Microsoft", "partnerOf", "OpenAI"), ("Amazon", "partnerOf", "Anthropic")),
    ("en", "Microsoft competes with Alphabet, and Amazon competes with Oracle.",
     ("Microsoft", "competitorOf", "Alphabet"), ("Amazon", "competitorOf", "Oracle")),
    ("de", "Microsoft kooperiert mit OpenAI, und Amazon kooperiert mit Anthropic.",
     ("Microsoft", "partnerOf", "OpenAI"), ("Amazon", "partnerOf", "Anthropic")),
])
def test_partner_lists_of_two_clauses_stay_apart(extractor: Extractor, lang: str, text: str,
                                                 first: tuple[str, str, str],
                                                 second: tuple[str, str, str]) -> None:
    found = _facts(extractor, text, lang)
    assert {first, second} <= found
    assert {f for f in found if {f[0], f[2]} in ({first[0], second[0]}, {first[0], second[2]})} == set()


@pytest.mark.parametrize(("lang", "text", "partners"), [
    ("en", "Microsoft partnered with OpenAI and Anthropic.", {"OpenAI", "Anthropic"}),
    ("de", "Microsoft kooperiert mit OpenAI und Anthropic.", {"OpenAI", "Anthropic"}),
    ("en", "Microsoft competes with Alphabet, Amazon and Oracle.", {"Alphabet", "Amazon", "Oracle"}),
])
def test_one_list_after_the_preposition_stays_whole(extractor: Extractor, lang: str, text: str,
                                                   partners: set[str]) -> None:
    found = _facts(extractor, text, lang)
    assert {f[2] for f in found if f[0] == "Microsoft" and f[1] in ("partnerOf", "competitorOf")} == partners


@pytest.mark.parametrize(("lang", "text", "pair"), [
    # another rule's verb after the last item ("used") ends no list of this rule
    ("en", "Siemens competes with Stryker and Boston Scientific in devices used in hospitals.",
     ("Siemens", "Boston Scientific")),
    # a noun's list whose verb follows it whole ("the race in which A, B and C have poured")
    ("en", "Analysts fear the delivery race in which JD.com, Alibaba and Meituan have poured "
           "billions into subsidies.", ("Alibaba Group", "Meituan")),
])
def test_verb_after_a_whole_list_keeps_its_last_item(extractor: Extractor, lang: str, text: str,
                                                     pair: tuple[str, str]) -> None:
    found = _facts(extractor, text, lang)
    assert {f for f in found if f[1] == "competitorOf" and {f[0], f[2]} == set(pair)}


# --- a relative clause about the thing the verb took names no object of the verb ---------------

@pytest.mark.parametrize(("lang", "text", "other"), [
    ("en", "Nvidia sells the Blackwell chip, which uses TSMC's process.", "Taiwan Semiconductor Manufacturing"),
    ("en", "Nvidia sells the Blackwell chip, whose wafers come from TSMC's plants.",
     "Taiwan Semiconductor Manufacturing"),
    ("en", "Nvidia supplies the Blackwell chip, which relies on TSMC's packaging.",
     "Taiwan Semiconductor Manufacturing"),
    ("en", "Nvidia sells the H100 chip, which relies on Samsung's memory.", "Samsung Electronics"),
    ("de", "Nvidia liefert den Blackwell-Chip, der TSMCs Verfahren nutzt.", "Taiwan Semiconductor Manufacturing"),
])
def test_name_in_a_relative_clause_about_the_product_is_no_customer(extractor: Extractor, lang: str,
                                                                    text: str, other: str) -> None:
    found = _facts(extractor, text, lang)
    assert not {f for f in found if f[1] == "supplierOf" and other in (f[0], f[2])}


@pytest.mark.parametrize(("lang", "text", "customer"), [
    ("en", "Nvidia sells Blackwell chips to Microsoft.", "Microsoft"),
    ("en", "Nvidia sells chips to Microsoft, whose data centers use them.", "Microsoft"),
    ("en", "Nvidia supplies chips to Microsoft's data centers.", "Microsoft"),
    ("de", "Nvidia liefert Chips an Microsoft.", "Microsoft"),
])
def test_customer_before_a_relative_clause_stays_the_customer(extractor: Extractor, lang: str,
                                                              text: str, customer: str) -> None:
    assert ("Nvidia", "supplierOf", customer) in _facts(extractor, text, lang)
