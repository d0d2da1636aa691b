"""Relation families of round 30, on sentences written for the test.

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
* "Die polnische Tochter X steuerte … bei": a unit noun opening the sentence with no owner named
  is the article's company's unit; not a former one, nor one whose owner follows.
* "X added Y as a second supplier of drives": like one chosen, one added, hired or signed up as a
  supplier supplies X; not one added as a customer.

The company names are real catalogue entries with invented facts; each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

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


def test_apposed_its_rival_is_the_rival_of_the_sentence_before(extractor: Extractor) -> None:
    x = run(extractor, "Tencent faces strong competition at home. NetEase, its biggest rival in games, "
            "reported a 9% rise in game revenue last month.", "en", "Game makers")
    assert frozenset(("Tencent Holdings", "NetEase")) in _rivals(x)


def test_apposed_its_customer_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Tencent faces strong competition at home. NetEase, its biggest customer in "
            "games, reported a 9% rise in game revenue last month.", "en", "Game makers")
    assert frozenset(("Tencent Holdings", "NetEase")) not in _rivals(x)


def test_apposed_rival_further_in_the_sentence_is_left_open(extractor: Extractor) -> None:
    # "its" may be the analysts' firm's or the company of the sentence before: nothing is read
    x = run(extractor, "Tencent faces strong competition at home. Analysts at UBS said NetEase, its "
            "biggest rival, gained.", "en", "Game makers")
    assert not any("NetEase" in pair for pair in _rivals(x))


def test_german_apposed_rival(extractor: Extractor) -> None:
    x = run(extractor, "Tencent steht im Heimatmarkt unter Druck. Netease, sein größter Rivale im "
            "Spielegeschäft, meldete ein Umsatzplus.", "de", "Spielekonzerne")
    assert frozenset(("Tencent Holdings", "NetEase")) in _rivals(x)


def test_combined_group_is_the_buyers(extractor: Extractor) -> None:
    x = run(extractor, "Crédit Agricole agreed to buy Banco BPM for 12 billion euros. The combined "
            "group would compete with UniCredit and Intesa Sanpaolo, Italy's two largest banks.",
            "en", "Italian banking deal")
    rivals = _rivals(x)
    assert frozenset(("Crédit Agricole", "UniCredit")) in rivals
    assert frozenset(("Crédit Agricole", "Intesa Sanpaolo")) in rivals


def test_combined_group_without_a_takeover_names_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Crédit Agricole reported higher profit. The combined group would compete with "
            "UniCredit and Intesa Sanpaolo.", "en", "Italian banking results")
    assert not any("UniCredit" in pair for pair in _rivals(x))


def test_combined_group_of_two_buyers_is_left_open(extractor: Extractor) -> None:
    x = run(extractor, "Crédit Agricole agreed to buy Banco BPM. BNP Paribas agreed to buy "
            "Commerzbank. The combined group would compete with UniCredit.", "en", "Banking deals")
    assert not any("UniCredit" in pair for pair in _rivals(x))


def test_german_merged_group_is_the_buyers(extractor: Extractor) -> None:
    x = run(extractor, "Unicredit will die Commerzbank übernehmen. Der fusionierte Konzern würde mit "
            "der Deutschen Bank und ING konkurrieren.", "de", "Bankenfusion")
    rivals = _rivals(x)
    assert frozenset(("UniCredit", "Deutsche Bank")) in rivals
    assert frozenset(("UniCredit", "ING")) in rivals


def test_buyer_of_a_long_phrase_from_a_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Volvo Cars currently buys most of the cells for its electric SUVs from CATL, "
            "while its venture builds a plant.", "en", "Carmaker batteries")
    assert ("Contemporary Amperex Technology", "supplierOf", "Volvo Cars") in triples(x)


def test_bought_shares_from_a_seller_is_no_supply(extractor: Extractor) -> None:
    x = run(extractor, "Volvo Cars bought most of the remaining shares in the battery venture from "
            "CATL last year.", "en", "Carmaker batteries")
    assert ("Contemporary Amperex Technology", "supplierOf", "Volvo Cars") not in triples(x)


def test_apposed_largest_shareholder_with_its_stake(extractor: Extractor) -> None:
    x = run(extractor, "Vanguard, BMW's largest shareholder with a 9.8% stake, has agreed to vote its "
            "shares in favor of the deal.", "en", "Carmaker deal")
    assert ("Vanguard", "investsIn", "BMW") in triples(x)


def test_apposed_shareholder_with_a_stake_in_another_holding(extractor: Extractor) -> None:
    # the stake is in something else than the possessor: the apposition is not closed at it
    x = run(extractor, "Vanguard, BMW's largest shareholder with a 9.8% stake in Siemens Energy, has "
            "agreed to vote its shares.", "en", "Carmaker deal")
    assert ("Vanguard", "investsIn", "BMW") not in triples(x)


def test_the_index_company_is_the_articles_member(extractor: Extractor) -> None:
    x = run(extractor, "Spirax Group raised its forecast. The FTSE 100 company said sales rose 5%.",
            "en", "Engineering results")
    assert ("Spirax Group", "memberOf", "FTSE 100") in triples(x)


def test_index_companies_in_the_plural_name_no_member(extractor: Extractor) -> None:
    x = run(extractor, "Spirax Group raised its forecast. Shares in FTSE 100 companies rose.",
            "en", "Engineering results")
    assert ("Spirax Group", "memberOf", "FTSE 100") not in triples(x)


def test_shares_in_the_index_company(extractor: Extractor) -> None:
    x = run(extractor, "Spirax Group raised its forecast. Shares in the FTSE 100 company rose 4.1% to "
            "251.4 pence.", "en", "Engineering results")
    assert ("Spirax Group", "memberOf", "FTSE 100") in triples(x)


def test_relative_clause_names_a_user(extractor: Extractor) -> None:
    x = run(extractor, "OpenAI said it would focus on ChatGPT, which Siemens already uses in its plants.",
            "en", "Chatbot growth")
    assert ("Siemens", "uses", "ChatGPT") in triples(x)


def test_relative_clause_names_the_first_example_as_user(extractor: Extractor) -> None:
    x = run(extractor, "OpenAI said it would focus on ChatGPT, which companies including Siemens "
            "already use.", "en", "Chatbot growth")
    assert ("Siemens", "uses", "ChatGPT") in triples(x)


def test_relative_clause_without_the_use_verb_names_no_user(extractor: Extractor) -> None:
    x = run(extractor, "OpenAI said it would focus on ChatGPT, which companies such as Siemens say "
            "is too costly.", "en", "Chatbot growth")
    assert ("Siemens", "uses", "ChatGPT") not in triples(x)


def test_relative_clause_with_an_object_after_the_verb_names_no_user(extractor: Extractor) -> None:
    x = run(extractor, "OpenAI said it would focus on ChatGPT, which Siemens uses chips from.",
            "en", "Chatbot growth")
    assert ("Siemens", "uses", "ChatGPT") not in triples(x)


def test_german_unit_opening_the_sentence_is_the_articles(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank hat im dritten Quartal mehr verdient. Die polnische Tochter "
            "mBank steuerte einen Vorsteuergewinn von 1,1 Milliarden Euro bei.", "de",
            "Commerzbank verdient mehr")
    assert ("mBank", "subsidiaryOf", "Commerzbank") in triples(x)


def test_german_unit_with_its_owner_after_is_not_the_articles(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank hat mehr verdient. Die Tochter mBank der Deutschen Bank "
            "steuerte mehr bei.", "de", "Commerzbank verdient mehr")
    assert ("mBank", "subsidiaryOf", "Commerzbank") not in triples(x)


def test_german_former_unit_opening_the_sentence_is_none(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank hat mehr verdient. Die frühere Tochter mBank steuerte mehr bei.",
            "de", "Commerzbank verdient mehr")
    assert ("mBank", "subsidiaryOf", "Commerzbank") not in triples(x)


def test_company_added_as_a_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Siemens added Taiwan's Delta Electronics as a second supplier of motor drives "
            "this year.", "en", "Drive makers")
    assert ("Delta Electronics", "supplierOf", "Siemens") in triples(x)


def test_company_added_as_a_customer_supplies_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Siemens added Delta Electronics as a second customer this year.", "en",
            "Drive makers")
    assert ("Delta Electronics", "supplierOf", "Siemens") not in triples(x)
