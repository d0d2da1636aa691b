"""Facts given to the wrong company, and their look-alikes that keep their reading.

Rivals of a unit: where the subject of a rival list is a unit of a group (named, taken up by
a unit noun, or a possessive pronoun after it: "Amazon's cloud unit AWS cut its prices to lure
clients from rivals X and Y"), the unit rivals units of its own kind; the group is no rival,
and where the unit is not known or the rivals are whole companies, nothing is read. Customers
won from a company ("um Kunden von den Rivalen X zu gewinnen") are no customers of the
subject. Sentences written for the test (real company names, invented facts).
"""

from __future__ import annotations

import helpers
import pytest

from kg.nlp.extract import Extractor


def _rivals(extractor: Extractor, body: str, lang: str) -> set[frozenset[str]]:
    return helpers.rival_pairs(helpers.run_in(extractor, body, lang))


def _supplies(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str, str]]:
    return {t for t in helpers.triples(helpers.run_in(extractor, body, lang)) if t[1] == "supplierOf"}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # a unit noun the catalogue resolves, then a pronoun of its group: the unit's rivals
    ("Tencent's cloud unit trimmed its storage prices to lure clients from rivals Google Cloud "
     "and Huawei Cloud.", "en",
     {frozenset({"Tencent Cloud", "Google Cloud"}), frozenset({"Tencent Cloud", "Huawei Cloud"})}),
    ("Die Cloud-Sparte von Tencent senkte ihre Preise, um Kunden von den Konkurrenten Google "
     "Cloud und Huawei Cloud abzuwerben.", "de",
     {frozenset({"Tencent Cloud", "Google Cloud"}), frozenset({"Tencent Cloud", "Huawei Cloud"})}),
    # a unit named in apposition keeps its reading
    ("Amazon's cloud unit AWS lowered its storage prices to lure clients from rivals Google "
     "Cloud and Huawei Cloud.", "en",
     {frozenset({"Amazon Web Services", "Google Cloud"}), frozenset({"Amazon Web Services", "Huawei Cloud"})}),
    # a unit noun the catalogue cannot resolve: whose rivals, left open
    ("Amazon's cloud computing arm lowered its storage prices to lure clients from rivals Google "
     "Cloud and Huawei Cloud.", "en", set()),
    ("Die Cloud-Sparte von Amazon senkte ihre Preise, um Kunden von den Konkurrenten Google Cloud "
     "und Huawei Cloud abzuwerben.", "de", set()),
    # a pronoun of the group after its unit, against whole companies: the unit's rivals or
    # the group's, left open
    ("Baidu's cloud unit cut the prices of its models to win customers from rivals Tencent and "
     "Huawei.", "en", set()),
    # look-alike: the unit noun is itself the subject, so the rivals are its own
    ("Tencent's cloud unit trimmed storage prices to lure clients from rivals Alibaba and Baidu.", "en",
     {frozenset({"Tencent Cloud", "Alibaba Group"}), frozenset({"Tencent Cloud", "Baidu"})}),
    # look-alikes: the group itself, or a person of it, is the subject
    ("Amazon lowered its storage prices to lure clients from rivals Google Cloud and Huawei Cloud.", "en",
     {frozenset({"Amazon", "Google Cloud"}), frozenset({"Amazon", "Huawei Cloud"})}),
    ("Amazon's chief lowered its storage prices to lure clients from rivals Google Cloud and "
     "Huawei Cloud.", "en",
     {frozenset({"Amazon", "Google Cloud"}), frozenset({"Amazon", "Huawei Cloud"})}),
])
def test_rivals_of_a_unit(extractor: Extractor, body: str, lang: str, expected: set[frozenset[str]]) -> None:
    assert _rivals(extractor, body, lang) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # customers won from a rival or poached from a company: no one supplies the subject
    ("Tencent senkte die Preise, um Kunden von den Rivalen Alibaba und Baidu zu gewinnen.", set()),
    ("Tencent will Kunden von Huawei abwerben.", set()),
    # look-alikes: a customer of a company is supplied by it
    ("Tencent zählt zu den größten Kunden von Nvidia.", {("Nvidia", "supplierOf", "Tencent Holdings")}),
    ("BMW ist einer der größten Kunden von Infineon.", {("Infineon Technologies", "supplierOf", "BMW")}),
])
def test_customers_won_from_a_company(extractor: Extractor, body: str, expected: set[tuple[str, str, str]]) -> None:
    assert _supplies(extractor, body, "de") == expected
