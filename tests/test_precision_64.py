"""Wrong readings of families of names and figures, each fixed so that it holds for any article:

* "Morgan Stanley MUFG analyst …", "Sony Honda Mobility": two catalogued organisations printed
  side by side with only a space between name one joint venture, neither owner alone; a
  possessive, a comma, a hyphen compound, a headline in title case or a German object right
  after its subject ("hat die UBS Siemens auf 'Neutral' abgestuft") keep both names;
* "Shares of Sony, which have risen 38% this year and outpaced the Nikkei 225 index's 21%
  gain": a name whose possessive stands before a later number owns that number, not the
  earlier one; a plain name after the number still owns it ("… bleibt SAP");
* "its image sensor unit, X, which supplies chips for Apple's iPhone, and said it expects the
  business to post sales of …": a unit's word takes up the unit named before it, not the
  customer named in the relative clause between; with no unit named it keeps the company;
* "Wichtigster Ertragsbringer blieb die Investmentbank, deren Erträge …", "Im Geschäft mit
  Privatkunden traten die Erträge …": a bank's business line by its common noun, where the
  catalogue gives the bank a unit of that name, is neither the bank nor a house, and its figures
  are no one's;
* "Im Sog von X legte auch der kleinere Rivale Y zu. … Das Unternehmen hatte zuletzt einen Umsatz
  von …": a reference after a rival named in passing, with the article's company not named since,
  is left open, and its figure goes to no one; named again, the company keeps it;
* "X estimates that China's market for model access will reach … 'Nobody is making money yet,'
  said X analyst Y": a house that judged a market speaks of it in its analyst's comment naming
  no company, which covers no one; a comment after a sentence on the company still covers it.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, rating_facts, run_in, triples

from kg.nlp.extract import Extractor

# --- a joint venture named after its two owners -----------------------------------------------


def test_joint_venture_of_two_banks_is_neither(extractor: Extractor) -> None:
    x = run_in(extractor, 'Morgan Stanley MUFG analyst Hana Ito, who rates Toyota "overweight", '
                          "raised her price target to 3,400 yen.", "en")
    assert "Mitsubishi UFJ Financial Group" not in labels(x)
    assert "Morgan Stanley" not in labels(x)
    assert ("Hana Ito", "worksFor", "Morgan Stanley MUFG") in triples(x)
    assert rating_facts(x) == {("Morgan Stanley MUFG", "Toyota Motor", "overweight")}


def test_joint_venture_takes_the_name_words_after_it(extractor: Extractor) -> None:
    x = run_in(extractor, "Its car venture with Honda, Sony Honda Mobility, plans to sell "
                          "a sedan in the United States next year.", "en", "Sony plans car sales")
    assert "Sony Honda Mobility" in labels(x)
    assert not {(s, o) for s, p, o in triples(x) if p == "partnerOf"} & {
        ("Sony Group", "Sony Honda Mobility"), ("Sony Honda Mobility", "Sony Group")}


@pytest.mark.parametrize(("lang", "sentence", "both"), [
    ("en", "Goldman Sachs analyst Hana Ito rates Toyota a buy.", {"Goldman Sachs", "Toyota Motor"}),
    ("en", "Microsoft's OpenAI stake is worth more than $100 billion.", {"Microsoft", "OpenAI"}),
    ("en", "Amazon, Anthropic and Google are in talks, people said.", {"Amazon", "Anthropic"}),
    ("de", "Nach dem schwachen Ausblick hat die UBS Siemens auf 'Neutral' abgestuft.",
     {"UBS", "Siemens"}),
    ("en", "Investors weigh the planned Deutsche Bank Commerzbank-style tie-up.",
     {"Deutsche Bank", "Commerzbank"}),
])
def test_names_side_by_side_that_name_no_venture(extractor: Extractor, lang: str, sentence: str,
                                                 both: set[str]) -> None:
    assert both <= labels(run_in(extractor, sentence, lang))


def test_two_names_in_a_title_case_headline_stay_two(extractor: Extractor) -> None:
    x = run_in(extractor, "Amazon said it would invest a further $4 billion in Anthropic.", "en",
               "The Amazon Anthropic Deal Is a Power Play")
    assert {"Amazon", "Anthropic"} <= labels(x)
    assert not any(" " in label and label.startswith("Amazon Anthropic") for label in labels(x))


# --- a comparison of two share moves --------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Shares of Sony, which have risen 38% this year and outpaced the Nikkei 225 index's 21% gain, "
    "closed higher.",
    "Shares of Sony have risen 38% this year, outpacing the Nikkei 225 index's 21% gain.",
    "Shares of Sony, which have risen 38% this year and outpaced the Nikkei 225's 21% gain, "
    "closed higher.",
])
def test_possessive_owner_of_the_second_move(extractor: Extractor, sentence: str) -> None:
    moves = metric_facts(run_in(extractor, sentence, "en", "Sony lifts forecast"), "StockPriceChange")
    assert ("Sony Group", Decimal("38")) in moves
    assert ("Nikkei 225", Decimal("38")) not in moves
    assert ("Sony Group", Decimal("21")) not in moves


def test_name_after_a_move_without_a_number_of_its_own(extractor: Extractor) -> None:
    moves = metric_facts(run_in(extractor, "Mit einem Plus von 3,4 Prozent an der Dax-Spitze stand SAP.",
                                "de"), "StockPriceChange")
    assert moves == {("SAP", Decimal("3.4"))}


# --- a unit named before its customer ---------------------------------------------------------


def test_unit_word_takes_up_the_unit_before_a_customer(extractor: Extractor) -> None:
    x = run_in(extractor, "Sony also lifted its forecast for its image sensor unit, Sony Semiconductor "
                          "Solutions, which supplies chips for Apple's iPhone, and said it expects the "
                          "business to post sales of 1.6 trillion yen in the year.", "en",
               "Sony lifts forecast")
    assert metric_facts(x, "Revenue") == {("Sony Semiconductor Solutions", Decimal("1600000000000"))}


def test_business_word_without_a_unit_keeps_the_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Sony lifted its forecast on Tuesday and said it expects the "
                          "business to post sales of 12 trillion yen in the year.", "en",
               "Sony lifts forecast")
    assert metric_facts(x, "Revenue") == {("Sony Group", Decimal("12000000000000"))}


# --- a bank's business lines ----------------------------------------------------------------


def test_investment_bank_line_is_not_the_bank(extractor: Extractor) -> None:
    x = run_in(extractor, "Die Deutsche Bank hat im Quartal mehr verdient als erwartet. Wichtigster "
                          "Ertragsbringer blieb die Investmentbank, deren Erträge um 7 Prozent auf 2,7 "
                          "Milliarden Euro wuchsen.", "de")
    assert metric_facts(x, "Revenue") == set()
    assert metric_facts(x, "RevenueGrowth") == set()


def test_investment_bank_of_a_bank_without_such_a_unit(extractor: Extractor) -> None:
    x = run_in(extractor, "Die Commerzbank hat im Quartal mehr verdient als erwartet. Die Investmentbank "
                          "steigerte den Gewinn um 7 Prozent auf 900 Millionen Euro.", "de")
    assert ("Deutsche Bank Investment Bank", Decimal("900000000")) not in metric_facts(x, "Profit")


def test_business_with_a_customer_group_is_no_ones(extractor: Extractor) -> None:
    x = run_in(extractor, "Die Deutsche Bank hat im Quartal mehr verdient als erwartet. Im Geschäft "
                          "mit Privatkunden traten die Erträge bei 2,2 Milliarden Euro auf der Stelle.", "de")
    assert metric_facts(x, "Revenue") == set()


def test_investment_bank_as_a_house_stays_the_house(extractor: Extractor) -> None:
    x = run_in(extractor, "Die Deutsche Bank hat SAP auf Buy hochgestuft. Die Investmentbank hob das "
                          "Kursziel von 210 auf 240 Euro an.", "de")
    assert rating_facts(x) == {("Deutsche Bank", "SAP", "Buy")}


# --- a reference after a rival named in passing ---------------------------------------------

_RIVAL_PASSAGE = ("Die Aktie von Stabilus sprang um 11 Prozent. Im Sog von Stabilus legte auch der "
                  "kleinere Rivale Korvitra Antriebstechnik zu. {middle} Das Unternehmen hatte zuletzt "
                  "einen Umsatz von 290 Millionen Euro erzielt.")


def test_reference_after_a_passing_rival_is_no_ones(extractor: Extractor) -> None:
    x = run_in(extractor, _RIVAL_PASSAGE.format(
        middle="Die Aktie des im Frühjahr an die Börse gegangenen Zulieferers aus Heilbronn stieg um "
               "4,5 Prozent."), "de", "Übernahmefantasie bei Stabilus")
    assert metric_facts(x, "Revenue") == set()


def test_reference_after_the_company_named_again_keeps_it(extractor: Extractor) -> None:
    x = run_in(extractor, _RIVAL_PASSAGE.format(
        middle="Stabilus wollte sich zu den Gerüchten nicht äußern."), "de", "Übernahmefantasie bei Stabilus")
    assert metric_facts(x, "Revenue") == {("Stabilus", Decimal("290000000"))}


def test_reference_after_a_passing_rival_in_english(extractor: Extractor) -> None:
    body = ("Shares of Stabilus jumped 11% on Monday. Its smaller rival Korvitra Drive Systems also "
            "gained. {middle}The company had revenue of 290 million euros last year.")
    assert metric_facts(run_in(extractor, body.format(middle=""), "en", "Stabilus jumps on bid report"),
                        "Revenue") == set()
    kept = run_in(extractor, body.format(middle="Stabilus declined to comment. "), "en",
                  "Stabilus jumps on bid report")
    assert metric_facts(kept, "Revenue") == {("Stabilus", Decimal("290000000"))}


# --- an analyst's comment on a market -------------------------------------------------------


def test_comment_after_a_market_estimate_covers_no_one(extractor: Extractor) -> None:
    x = run_in(extractor, "The price cuts are squeezing revenue. Morgan Stanley estimates that China's "
                          "market for model access will reach only 15 billion yuan this year. \"Nobody is "
                          "making money on tokens yet,\" said Morgan Stanley analyst Gary Lim.", "en",
               "Alibaba cuts AI prices")
    assert not {t for t in triples(x) if t[1] == "covers"}


def test_comment_after_a_sentence_on_the_company_covers_it(extractor: Extractor) -> None:
    x = run_in(extractor, "Alibaba's cloud revenue rose 26%. \"The cloud unit is finally paying off,\" "
                          "said Morgan Stanley analyst Gary Lim.", "en", "Alibaba cuts AI prices")
    assert ("Morgan Stanley", "covers", "Alibaba Group") in triples(x)
