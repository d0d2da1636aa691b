"""Wrong facts of the precision37 families, each fixed so that it holds for any article:

* "Former Apple design chief X has joined Y": a former title with two words between the
  word of the past and the title is still a former post, no worksFor; "X, the former
  Microsoft CEO, invested in Y": the company only owns the title of an apposition that
  describes the name before it, so it is no investor;
* "SoftBank would invest $10 billion in OpenAI if regulators agree": a deal that would be
  done only if something happens is no fact (the conditional rules of "If …", "Falls …");
* "BASF kauft Anteile an Covestro, für die Jefferies ein Kursziel von 80 Euro nennt": the
  target of a relative clause opened by "für" and its pronoun is the antecedent's, not the
  main clause's subject's;
* "Apple shares trade at $230, near the $250 target": the traded price is no target;
* "faster than the 5% growth reported by JD.com", "bei Mercedes-Benz um 15 Prozent": another
  company's number in a comparison or an ellipsis is not the subject's;
* "whether it would buy", "vom Tisch": no deal; "UBS downgraded Credit Suisse": the rating
  is about the unit, not the house that is its parent;
* "Oracle, SAP and Salesforce … 8%, 10% and 12%": with no "respectively", numbers listed after
  as many names are not all the last name's;
* "…, Amazon in Anthropic and Google in Mistral AI": Google opens a clause of its own;
* "BASF, bei der Siemens Kunde ist, kauft …": a name in a relative clause opened by a
  preposition is no subject; "Laut Siemens hat ABB …": a cited source takes no deal.

Listed companies are real catalogue entries; people, deals and facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _run(extractor: Extractor, text: str, lang: str) -> Extraction:
    return run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report")


# --- a person's former or apposed title -------------------------------------------------------------

def test_former_title_with_a_field_is_no_post(extractor: Extractor) -> None:
    found = triples(_run(extractor, "Former Apple design chief Jony Ive has joined OpenAI.", "en"))
    assert not any(p == "worksFor" for _, p, _ in found)


def test_current_title_keeps_the_post(extractor: Extractor) -> None:
    found = triples(_run(extractor, "Apple CEO Tim Cook met OpenAI.", "en"))
    assert ("Tim Cook", "worksFor", "Apple") in found


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Steve Ballmer, the former Microsoft CEO, invested in Anthropic.", "en", "Microsoft"),
    ("Steve Ballmer, the Microsoft CEO, invested in Anthropic.", "en", "Microsoft"),
    ("Joe Kaeser, der frühere Siemens-Chef, investiert in Daimler Truck.", "de", "Siemens"),
])
def test_owner_of_an_apposed_title_is_no_investor(extractor: Extractor, text: str, lang: str,
                                                  company: str) -> None:
    found = triples(_run(extractor, text, lang))
    assert not any(s == company and p == "investsIn" for s, p, _ in found)


def test_titled_apposition_leaves_no_salient_investor(extractor: Extractor) -> None:
    found = triples(_run(extractor, "Hasso Plattner, the SAP co-founder, bought a stake in Celonis.", "en"))
    assert not any(p == "investsIn" for _, p, _ in found)


def test_stake_of_the_articles_company_kept(extractor: Extractor) -> None:
    found = triples(run(extractor, "SAP reported results. The company bought a stake in Celonis.", "en",
                        "SAP results"))
    assert ("SAP", "investsIn", "Celonis") in found


@pytest.mark.parametrize("text", [
    "Microsoft, the largest investor in OpenAI, invested in Anthropic.",
    "Amazon, a partner of Microsoft, invested in Anthropic.",
])
def test_company_with_its_own_apposition_still_invests(extractor: Extractor, text: str) -> None:
    found = triples(_run(extractor, text, "en"))
    assert any(p == "investsIn" and o == "Anthropic" and s in ("Microsoft", "Amazon")
               for s, p, o in found)


# --- a conditional deal --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("SoftBank would invest $10 billion in OpenAI if regulators agree.", "en"),
    ("Microsoft would buy Netflix unless regulators block the deal.", "en"),
    ("SoftBank würde 10 Milliarden Dollar in OpenAI investieren, falls die Behörden zustimmen.", "de"),
    ("Wenn die Behörden zustimmen, würde SoftBank 10 Milliarden Dollar in OpenAI investieren.", "de"),
])
def test_conditional_deal_is_no_fact(extractor: Extractor, text: str, lang: str) -> None:
    found = triples(_run(extractor, text, lang))
    assert not any(p in ("investsIn", "acquired") for _, p, _ in found)


@pytest.mark.parametrize(("text", "lang"), [
    ("SoftBank said it would invest $10 billion in OpenAI.", "en"),
    ("SoftBank will invest $10 billion in OpenAI.", "en"),
    ("SoftBank invested $10 billion in OpenAI, which would lose its lead if Google catches up.", "en"),
    ("SoftBank teilte mit, es werde 10 Milliarden Dollar in OpenAI investieren.", "de"),
])
def test_stated_deal_kept(extractor: Extractor, text: str, lang: str) -> None:
    assert ("SoftBank Group", "investsIn", "OpenAI") in triples(_run(extractor, text, lang))


# --- a target in a relative clause after "für die" ----------------------------------------------------

@pytest.mark.parametrize(("text", "company", "value"), [
    ("BASF kauft Anteile an Covestro, für die Jefferies ein Kursziel von 80 Euro nennt.", "Covestro", 80),
    ("Siemens übernimmt Anteile an Siemens Energy, für die Goldman Sachs ein Kursziel von 40 Euro sieht.",
     "Siemens Energy", 40),
    ("BASF, für die Jefferies ein Kursziel von 80 Euro nennt, kauft Anteile an Covestro.", "BASF", 80),
])
def test_relative_target_is_the_antecedents(extractor: Extractor, text: str, company: str,
                                            value: int) -> None:
    facts = figure_facts(_run(extractor, text, "de"))
    assert (company, "PriceTarget", Decimal(value), "EUR") in facts
    assert not any(m == "PriceTarget" and about != company for about, m, _, _ in facts)


def test_target_after_a_list_is_left_out(extractor: Extractor) -> None:
    facts = figure_facts(_run(
        extractor, "BASF kauft Anteile an Covestro und Lanxess, für die Jefferies ein Kursziel von "
                   "80 Euro nennt.", "de"))
    assert not any(m == "PriceTarget" for _, m, _, _ in facts)


def test_plain_target_for_keeps_its_company(extractor: Extractor) -> None:
    facts = figure_facts(_run(
        extractor, "BASF kauft Anteile an Covestro. Jefferies nennt für BASF ein Kursziel von 80 Euro.",
        "de"))
    assert ("BASF", "PriceTarget", Decimal(80), "EUR") in facts


# --- a share's current price beside a target -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Apple shares trade at $230, near the $250 target set by JPMorgan for the stock.",
    "Apple shares closed at $230, below the $250 target set by JPMorgan.",
])
def test_traded_price_is_no_target(extractor: Extractor, text: str) -> None:
    facts = figure_facts(_run(extractor, text, "en"))
    assert ("Apple", "PriceTarget", Decimal(250), "USD") in facts
    assert ("Apple", "PriceTarget", Decimal(230), "USD") not in facts


def test_expected_trading_price_stays_a_target(extractor: Extractor) -> None:
    facts = figure_facts(_run(extractor, "JPMorgan expects Apple shares to trade at $300 within a year.",
                              "en"))
    assert ("Apple", "PriceTarget", Decimal(300), "USD") in facts


# --- another company's number in a comparison ----------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "subject", "other"), [
    ("Alibaba's revenue rose 8%, faster than the 5% growth reported by JD.com.", "en",
     "Alibaba Group", 5),
    ("Alibaba shares rose 3% in Hong Kong, outpacing a 1% gain by Tencent.", "en", "Alibaba Group", 1),
    ("Der Umsatz von SAP stieg um 10 Prozent, stärker als die 7 Prozent bei Oracle.", "de", "SAP", 7),
])
def test_compared_number_is_not_the_subjects(extractor: Extractor, text: str, lang: str, subject: str,
                                             other: int) -> None:
    facts = figure_facts(_run(extractor, text, lang))
    assert not any(about == subject and value == Decimal(other) for about, _, value, _ in facts)
    assert any(about == subject and value != Decimal(other) for about, _, value, _ in facts)


def test_number_bound_by_its_own_phrase_kept(extractor: Extractor) -> None:
    facts = figure_facts(_run(extractor, "Tencent posted a 1% gain by the close.", "en"))
    assert ("Tencent Holdings", "StockPriceChange", Decimal(1), "Percent") in facts


# --- a deal asked of or taken off the table ------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Amazon declined to comment on whether it would buy a stake in Anthropic.", "en"),
    ("A takeover of Netflix by Microsoft is off the table, the company said.", "en"),
    ("Ein Kauf der Commerzbank durch die UniCredit ist laut Orcel vom Tisch.", "de"),
    ("Offen ist, ob BASF eine Beteiligung an Covestro erwirbt.", "de"),
])
def test_asked_or_dropped_deal_is_no_fact(extractor: Extractor, text: str, lang: str) -> None:
    found = triples(_run(extractor, text, lang))
    assert not any(p in ("investsIn", "acquired") for _, p, _ in found)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Amazon bought a stake in Anthropic.", "en", ("Amazon", "investsIn", "Anthropic")),
    ("BASF erwirbt eine Beteiligung an Covestro.", "de", ("BASF", "investsIn", "Covestro")),
])
def test_stated_stake_kept(extractor: Extractor, text: str, lang: str,
                           fact: tuple[str, str, str]) -> None:
    assert fact in triples(_run(extractor, text, lang))


# --- a house rating a unit of its own group ------------------------------------------------------------

def test_rating_of_a_houses_unit_is_about_the_unit(extractor: Extractor) -> None:
    found = _run(extractor, "UBS downgraded Credit Suisse to sell.", "en")
    assert {(r.by, r.about) for r in found.ratings} == {("UBS", "Credit Suisse")}
    assert ("UBS", "covers", "UBS") not in triples(found)


def test_rating_of_an_unlisted_unit_goes_to_its_listed_parent(extractor: Extractor) -> None:
    found = _run(extractor, "Goldman Sachs upgraded Google to buy.", "en")
    assert {(r.by, r.about) for r in found.ratings} == {("Goldman Sachs", "Alphabet")}


# --- as many names as numbers, with no pairing word -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oracle, SAP and Salesforce reported revenue growth of 8%, 10% and 12%.",
    "Microsoft and Alphabet expect capex of $105 billion and $98 billion.",
])
def test_names_and_numbers_of_one_count_are_not_the_last_names(extractor: Extractor, text: str) -> None:
    facts = figure_facts(_run(extractor, text, "en"))
    last = {about for about, _, _, _ in facts}
    assert not last & {"Salesforce", "Alphabet"}


def test_unequal_lists_without_pairing_word_read_as_before(extractor: Extractor) -> None:
    facts = figure_facts(_run(extractor, "Apple's revenue and profit rose 5% and 8%.", "en"))
    assert {about for about, _, _, _ in facts} == {"Apple"}


def test_respectively_still_pairs(extractor: Extractor) -> None:
    facts = figure_facts(_run(
        extractor, "Apple and Microsoft reported revenue of $90 billion and $60 billion, respectively.",
        "en"))
    assert ("Microsoft", "Revenue", Decimal(60_000_000_000), "USD") in facts
    assert ("Apple", "Revenue", Decimal(60_000_000_000), "USD") not in facts


# --- a gapped clause after another -----------------------------------------------------------------------

def test_second_gapped_clause_is_no_object_of_the_first(extractor: Extractor) -> None:
    found = triples(_run(
        extractor, "Microsoft invested in OpenAI, Amazon in Anthropic and Google in Mistral AI.", "en"))
    assert ("Amazon", "investsIn", "Anthropic") in found
    assert ("Amazon", "investsIn", "Google") not in found


def test_one_gapped_clause_keeps_its_list(extractor: Extractor) -> None:
    found = triples(_run(extractor, "Microsoft investiert in OpenAI, Amazon in Anthropic und Mistral AI.",
                         "de"))
    assert {("Amazon", "investsIn", "Anthropic"), ("Amazon", "investsIn", "Mistral AI")} <= found


# --- an ellipsis after "bei" ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Der Gewinn von BMW sank um 10 Prozent, bei Mercedes-Benz um 15 Prozent.",
    "Der Gewinn von BMW sank um 10 Prozent, bei Mercedes-Benz fiel er um 15 Prozent.",
])
def test_ellipsis_after_bei_is_the_other_companys(extractor: Extractor, text: str) -> None:
    facts = figure_facts(_run(extractor, text, "de"))
    assert ("BMW", "ProfitGrowth", Decimal(-10), "Percent") in facts
    assert ("BMW", "ProfitGrowth", Decimal(-15), "Percent") not in facts


def test_ellipsis_after_bei_of_a_field_stays_the_subjects(extractor: Extractor) -> None:
    facts = figure_facts(_run(extractor, "BMW steigerte den Absatz in China um 5 Prozent, bei "
                                         "Elektroautos um 20 Prozent.", "de"))
    assert any(about == "BMW" and value == Decimal(20) for about, _, value, _ in facts)


# --- a German relative clause opened by a preposition before a name -------------------------------------

@pytest.mark.parametrize(("text", "inner"), [
    ("BASF, für die Jefferies ein Kursziel von 80 Euro nennt, kauft Anteile an Covestro.", "Jefferies"),
    ("BASF, bei der Siemens Kunde ist, kauft Anteile an Covestro.", "Siemens"),
])
def test_name_in_a_prepositional_relative_is_no_subject(extractor: Extractor, text: str,
                                                        inner: str) -> None:
    found = triples(_run(extractor, text, "de"))
    assert ("BASF", "investsIn", "Covestro") in found
    assert (inner, "investsIn", "Covestro") not in found


def test_name_after_a_preposition_in_the_main_clause_still_acts(extractor: Extractor) -> None:
    found = triples(_run(extractor, "Nach Angaben der Zeitung kauft Siemens Anteile an Covestro.", "de"))
    assert ("Siemens", "investsIn", "Covestro") in found


# --- a cited source is no salient party ------------------------------------------------------------------

def test_cited_article_company_takes_no_reported_deal(extractor: Extractor) -> None:
    found = triples(run(extractor, "Laut Siemens hat ABB einen Anteil an Alstom gekauft.", "de",
                        "Siemens im Fokus"))
    assert ("Siemens", "investsIn", "Alstom") not in found


def test_uncited_article_company_still_takes_the_deal(extractor: Extractor) -> None:
    found = triples(run(extractor, "Siemens legte Zahlen vor. Zudem hat der Konzern einen Anteil an "
                                   "Alstom gekauft.", "de", "Siemens im Fokus"))
    assert ("Siemens", "investsIn", "Alstom") in found
