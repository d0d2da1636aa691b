"""Relation families, on sentences written for the test.

* "Zu den Kunden gehören A sowie der chinesische Elektroautobauer B": a later list item may
  follow a conjunction, an article and a company noun with its adjectives as long as a first
  item's gap; not where the words are no company noun ("sowie die ausgesprochen kritischen
  Analysten der Deutschen Bank").
* "X faces competition. Y, its biggest rival in games, reported …" (German "Y, sein größter
  Rivale im Spielegeschäft, …"): a company opening its sentence with an apposition calling it
  "its" rival rivals the company opening the sentence before; not a customer so called, nor a
  name further in the sentence ("Analysts at Z said Y, its rival, …": whose is open).
* "A agreed to buy B. The combined group would compete with X and Y" (German "Der fusionierte
  Konzern würde mit X und Y konkurrieren"): the buyer of the article's takeovers, where one buyer
  alone made them, competes with each company listed; nothing without a takeover, nor where
  two buyers are named.
* "X buys most of the cells for its electric SUVs from Y": the thing bought may take up to eight
  words; not shares bought from a seller.
* "X, Y's largest shareholder with a 9.8% stake,": the apposition may give the stake; not a stake
  in something else ("with a 9.8% stake in Z").
* "The FTSE 100 company said …", "Shares in the FTSE 100 company rose": an index compound with a
  company noun is the member the noun refers to; not the plural ("FTSE 100 companies").
* "Y, which X already uses", "Y, which hospitals including X use": the relative clause names a
  user of the product; not without the verb, nor with an object after it.
* "X added Y as a second supplier of drives": like one chosen, one added, hired or signed up as a
  supplier supplies X; not one added as a customer.
* "counts A's X unit and the electric-vehicle maker Y among its customers": a unit noun closing an
  item a possessive opened goes on with the list.
* "X, which dropped its bid last year, and Y are the lender's biggest rivals": a relative clause
  on the name opening the sentence does not end the list of subjects; not where the name with the
  clause is an object ("A bought X, which makes chips, and Y supplies Z").

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def test_list_item_after_long_company_noun_is_a_customer(extractor: Extractor) -> None:
    x = run(extractor, "Infineon hat die Prognose erhöht. Zu den größten Kunden des Konzerns gehören "
            "die Autozulieferer Bosch und Continental sowie der chinesische Elektroautobauer BYD.",
            "de", "Infineon hebt Prognose")
    supplied = {o for s, p, o in triples(x) if p == "supplierOf" and s == "Infineon Technologies"}
    assert supplied == {"Bosch", "Continental AG", "BYD"}


def test_list_does_not_run_on_past_a_long_gap_naming_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Zu den Kunden von Infineon gehören Bosch und Continental sowie die "
            "ausgesprochen kritischen Analysten der Deutschen Bank.", "de", "Infineon hebt Prognose")
    supplied = {o for s, p, o in triples(x) if p == "supplierOf" and s == "Infineon Technologies"}
    assert "Deutsche Bank" not in supplied
    assert {"Bosch", "Continental AG"} <= supplied


def _rivals(x: Extraction) -> set[frozenset[str]]:
    """The competitorOf pairs, order-free (the predicate is symmetric)."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}


@pytest.mark.parametrize(("lang", "headline", "body", "pair", "found"), [
    ("en", "Game makers", "Tencent faces strong competition at home. NetEase, its biggest rival in "
     "games, reported a 9% rise in game revenue last month.", ("Tencent Holdings", "NetEase"), True),
    ("en", "Industry results", "Siemens raised its forecast. BMW, its rival in Europe, said orders "
     "rose.", ("Siemens", "BMW"), True),
    ("de", "Spielekonzerne", "Tencent steht im Heimatmarkt unter Druck. Netease, sein größter Rivale "
     "im Spielegeschäft, meldete ein Umsatzplus.", ("Tencent Holdings", "NetEase"), True),
    # a customer so called is no rival
    ("en", "Game makers", "Tencent faces strong competition at home. NetEase, its biggest customer "
     "in games, reported a 9% rise in game revenue last month.", ("Tencent Holdings", "NetEase"), False),
], ids=["its-rival", "its-rival-in-a-place", "german-sein-rivale", "its-customer"])
def test_apposed_its_rival(extractor: Extractor, lang: str, headline: str, body: str,
                           pair: tuple[str, str], found: bool) -> None:
    assert (frozenset(pair) in _rivals(run(extractor, body, lang, headline))) is found


def test_combined_group_is_the_buyers(extractor: Extractor) -> None:
    x = run(extractor, "Crédit Agricole agreed to buy Banco BPM for 12 billion euros. The combined "
            "group would compete with UniCredit and Intesa Sanpaolo, Italy's two largest banks.",
            "en", "Italian banking deal")
    rivals = _rivals(x)
    assert frozenset(("Crédit Agricole", "UniCredit")) in rivals
    assert frozenset(("Crédit Agricole", "Intesa Sanpaolo")) in rivals


@pytest.mark.parametrize(("body", "name"), [
    # "its" may be the analysts' firm's or the company of the sentence before
    ("Tencent faces strong competition at home. Analysts at UBS said NetEase, its biggest rival, "
     "gained.", "NetEase"),
    # no takeover: whose combined group is meant is not told
    ("Crédit Agricole reported higher profit. The combined group would compete with UniCredit and "
     "Intesa Sanpaolo.", "UniCredit"),
    # two buyers: either combined group may be meant
    ("Crédit Agricole agreed to buy Banco BPM. BNP Paribas agreed to buy Commerzbank. The combined "
     "group would compete with UniCredit.", "UniCredit"),
], ids=["its-rival-further-in", "no-takeover", "two-buyers"])
def test_rival_of_an_open_owner_is_not_read(extractor: Extractor, body: str, name: str) -> None:
    assert not any(name in pair for pair in _rivals(run(extractor, body, "en", "Company news")))


def test_german_merged_group_is_the_buyers(extractor: Extractor) -> None:
    x = run(extractor, "Unicredit will die Commerzbank übernehmen. Der fusionierte Konzern würde mit "
            "der Deutschen Bank und ING konkurrieren.", "de", "Bankenfusion")
    rivals = _rivals(x)
    assert frozenset(("UniCredit", "Deutsche Bank")) in rivals
    assert frozenset(("UniCredit", "ING")) in rivals


# (language, headline, body, fact, whether it is read): one fact each, beside its look-alike
_FACTS = [
    pytest.param("en", "Carmaker batteries",
                 "Volvo Cars currently buys most of the cells for its electric SUVs from CATL, "
                 "while its venture builds a plant.",
                 ("Contemporary Amperex Technology", "supplierOf", "Volvo Cars"), True,
                 id="buyer-of-a-long-phrase-from-a-supplier"),
    pytest.param("en", "Carmaker batteries",
                 "Volvo Cars bought most of the remaining shares in the battery venture from "
                 "CATL last year.",
                 ("Contemporary Amperex Technology", "supplierOf", "Volvo Cars"), False,
                 id="bought-shares-from-a-seller-is-no-supply"),
    pytest.param("en", "Carmaker deal",
                 "Vanguard, BMW's largest shareholder with a 9.8% stake, has agreed to vote its "
                 "shares in favor of the deal.",
                 ("Vanguard", "investsIn", "BMW"), True,
                 id="apposed-largest-shareholder-with-its-stake"),
    # the stake is in something else than the possessor: the apposition is not closed at it
    pytest.param("en", "Carmaker deal",
                 "Vanguard, BMW's largest shareholder with a 9.8% stake in Siemens Energy, has "
                 "agreed to vote its shares.",
                 ("Vanguard", "investsIn", "BMW"), False,
                 id="apposed-shareholder-with-a-stake-in-another-holding"),
    pytest.param("en", "Engineering results",
                 "Spirax Group raised its forecast. The FTSE 100 company said sales rose 5%.",
                 ("Spirax Group", "memberOf", "FTSE 100"), True,
                 id="the-index-company-is-the-articles-member"),
    pytest.param("en", "Engineering results",
                 "Spirax Group raised its forecast. Shares in FTSE 100 companies rose.",
                 ("Spirax Group", "memberOf", "FTSE 100"), False,
                 id="index-companies-in-the-plural-name-no-member"),
    pytest.param("en", "Engineering results",
                 "Spirax Group raised its forecast. Shares in the FTSE 100 company rose 4.1% to "
                 "251.4 pence.",
                 ("Spirax Group", "memberOf", "FTSE 100"), True,
                 id="shares-in-the-index-company"),
    pytest.param("en", "Chatbot growth",
                 "OpenAI said it would focus on ChatGPT, which Siemens already uses in its plants.",
                 ("Siemens", "uses", "ChatGPT"), True,
                 id="relative-clause-names-a-user"),
    pytest.param("en", "Chatbot growth",
                 "OpenAI said it would focus on ChatGPT, which companies including Siemens "
                 "already use.",
                 ("Siemens", "uses", "ChatGPT"), True,
                 id="relative-clause-names-the-first-example-as-user"),
    pytest.param("en", "Chatbot growth",
                 "OpenAI said it would focus on ChatGPT, which companies such as Siemens say "
                 "is too costly.",
                 ("Siemens", "uses", "ChatGPT"), False,
                 id="relative-clause-without-the-use-verb-names-no-user"),
    pytest.param("en", "Chatbot growth",
                 "OpenAI said it would focus on ChatGPT, which Siemens uses chips from.",
                 ("Siemens", "uses", "ChatGPT"), False,
                 id="relative-clause-with-an-object-after-the-verb-names-no-user"),
    pytest.param("en", "Drive makers",
                 "Siemens added Taiwan's Delta Electronics as a second supplier of motor drives "
                 "this year.",
                 ("Delta Electronics", "supplierOf", "Siemens"), True,
                 id="company-added-as-a-supplier"),
    pytest.param("en", "Drive makers",
                 "Siemens added Delta Electronics as a second customer this year.",
                 ("Delta Electronics", "supplierOf", "Siemens"), False,
                 id="company-added-as-a-customer-supplies-nothing"),
    pytest.param("en", "Chip foundry results",
                 "Hua Hong Semiconductor counts Huawei Technologies' HiSilicon unit and the "
                 "electric-vehicle maker BYD among its customers.",
                 ("Hua Hong Semiconductor", "supplierOf", "BYD"), True,
                 id="list-goes-on-after-a-possessed-unit"),
    pytest.param("en", "Banco BPM results",
                 "Banco BPM raised its forecast. UniCredit, which dropped its own bid for Banco BPM "
                 "last year, and Intesa Sanpaolo are the lender's biggest domestic rivals.",
                 ("UniCredit", "competitorOf", "Banco BPM"), True,
                 id="list-of-subjects-goes-on-after-a-relative-clause"),
    pytest.param("en", "Carmaker suppliers",
                 "Apple bought Siemens, which makes chips, and Samsung supplies BMW.",
                 ("Siemens", "supplierOf", "BMW"), False,
                 id="an-object-with-a-relative-clause-is-no-subject"),
]


@pytest.mark.parametrize(("lang", "headline", "body", "fact", "found"), _FACTS)
def test_one_fact(extractor: Extractor, lang: str, headline: str, body: str,
                  fact: tuple[str, str, str], found: bool) -> None:
    """Each family's sentence reads its fact; each look-alike beside it does not."""
    assert (fact in triples(run(extractor, body, lang, headline))) is found
