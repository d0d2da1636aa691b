"""Wrong facts of the precision34 families, each fixed so that it holds for any article:

* "X sells the Y, which is made by Z, to W": a comma and another preposition than the
  trigger's own end the list after "made by"; W is no maker of Y (the same preposition again,
  "sells chips to A, to B", goes on with the list);
* "A invested in B and C in D": C opens a clause whose verb is left out, it invested in D and
  is no second object of the first verb;
* "X uses the display in the iPhone": the product after "in" holds what is used, it is no
  object of the verb;
* "X sold 880,000 cars, while its motorcycle business sold 5.2 million units": the unit a
  possessive pronoun names acts, the count is none of the parent's.

Listed companies are real catalogue entries; the deals and facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return triples(run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report"))


# --- a comma and another preposition end the list after the trigger -------------------------------

@pytest.mark.parametrize(("text", "kept", "wrong"), [
    ("Apple sells the iPhone, which is made by Foxconn, to Verizon.",
     ("Foxconn", "develops", "iPhone"), ("Verizon", "develops", "iPhone")),
    ("Apple sells the iPhone, which is developed by Foxconn, to Verizon.",
     ("Foxconn", "develops", "iPhone"), ("Verizon", "develops", "iPhone")),
    # the object before "in" is used, the product after it is not
    ("Apple uses ChatGPT in Siri.", ("Apple", "uses", "ChatGPT"), ("Apple", "uses", "Siri")),
    ("Apple integrates ChatGPT into Siri.", ("Apple", "uses", "ChatGPT"), ("Apple", "uses", "Siri")),
])
def test_right_reading_kept_wrong_one_dropped(extractor: Extractor, text: str,
                                              kept: tuple[str, str, str],
                                              wrong: tuple[str, str, str]) -> None:
    found = _facts(extractor, text, "en")
    assert kept in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("The iPhone is made by Foxconn, Pegatron and Luxshare.",
     {("Foxconn", "develops", "iPhone"), ("Pegatron", "develops", "iPhone"),
      ("Luxshare Precision Industry", "develops", "iPhone")}),
    ("Nvidia sells chips to Microsoft, to Meta and to Amazon.",
     {("Nvidia", "supplierOf", "Microsoft"), ("Nvidia", "supplierOf", "Meta Platforms"),
      ("Nvidia", "supplierOf", "Amazon")}),
    ("Apple uses ChatGPT.", {("Apple", "uses", "ChatGPT")}),
])
def test_look_alikes_keep_their_facts(extractor: Extractor, text: str,
                                      expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _facts(extractor, text, "en")


# --- a second clause with its verb left out ---------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("en", "Microsoft invested in OpenAI and Amazon in Anthropic.",
     ("Microsoft", "investsIn", "OpenAI"), ("Amazon", "investsIn", "Anthropic")),
    ("en", "Microsoft invested in OpenAI, and Amazon in Anthropic.",
     ("Microsoft", "investsIn", "OpenAI"), ("Amazon", "investsIn", "Anthropic")),
    ("de", "Microsoft investiert in OpenAI und Amazon in Anthropic.",
     ("Microsoft", "investsIn", "OpenAI"), ("Amazon", "investsIn", "Anthropic")),
    ("en", "Nvidia supplies chips to Microsoft and AMD to Meta.",
     ("Nvidia", "supplierOf", "Microsoft"), ("Advanced Micro Devices", "supplierOf", "Meta Platforms")),
])
def test_gapped_clause_has_its_own_subject(extractor: Extractor, lang: str, text: str,
                                           first: tuple[str, str, str],
                                           second: tuple[str, str, str]) -> None:
    found = _facts(extractor, text, lang)
    assert {first, second} <= found
    assert (first[0], first[1], second[0]) not in found
    assert (first[0], first[1], second[2]) not in found


@pytest.mark.parametrize(("lang", "text", "objects"), [
    ("en", "Microsoft invested in OpenAI and Anthropic.", ("OpenAI", "Anthropic")),
    ("de", "Microsoft investiert in OpenAI und Anthropic.", ("OpenAI", "Anthropic")),
    ("en", "Microsoft invested in OpenAI and Mistral in France.", ("OpenAI", "Mistral AI")),
])
def test_plain_list_keeps_every_object(extractor: Extractor, lang: str, text: str,
                                       objects: tuple[str, ...]) -> None:
    found = _facts(extractor, text, lang)
    assert {("Microsoft", "investsIn", o) for o in objects} <= found


# --- the product after "in" is no object of "uses" --------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Samsung supplies the display, which Apple uses in the iPhone."),
    ("en", "Apple uses Samsung displays in the iPhone."),
    ("en", "Samsung supplies displays, which Apple deploys across the iPhone."),
    ("de", "Apple nutzt im iPhone ChatGPT."),
])
def test_product_after_in_is_not_used(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Apple", "uses", "iPhone") not in _facts(extractor, text, lang)


# --- a unit named by a possessive pronoun acts, not its parent --------------------------------------

def _figures(extractor: Extractor, text: str) -> set[tuple[str, str, Decimal | None, str]]:
    return figure_facts(run(extractor, text, "en", "Market report"))


@pytest.mark.parametrize("text", [
    "Honda sold 880,000 cars in the quarter, down 4%, while its motorcycle business, the "
    "world's largest, sold a record 5.2 million units.",
    "Honda sold 880,000 cars in the quarter, while its motorcycle business sold 5.2 million units.",
    "Honda sold 880,000 cars. Its motorcycle unit sold 5.2 million units.",
])
def test_count_of_unnamed_unit_is_not_the_parents(extractor: Extractor, text: str) -> None:
    found = _figures(extractor, text)
    assert ("Honda Motor", "Other", Decimal(880000), "Count") in found
    assert not any(value == Decimal(5200000) for _about, _metric, value, _unit in found)


@pytest.mark.parametrize(("text", "value"), [
    ("Honda sold 880,000 cars in the quarter, while it sold 5.2 million motorcycles.", 5200000),
    ("Honda sold 880,000 cars in the quarter and its profit rose 5%.", 5),
])
def test_parents_own_clause_keeps_its_figure(extractor: Extractor, text: str, value: int) -> None:
    assert any(about == "Honda Motor" and v == Decimal(value)
               for about, _metric, v, _unit in _figures(extractor, text))
