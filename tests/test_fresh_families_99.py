"""English news on Japanese, Korean and Taiwanese companies, on families of construction that
hold in any article, on sentences written for these tests (catalogued companies, invented
figures): a possessor in the apposition of a sentence's subject ("X, the biggest maker and Y's
main rival, said …") is no antecedent of the next sentence's "Its" or seated noun, the subject
is; a seated noun opening a sentence ("The Seoul-based company …") after a sentence whose
subject supplies or names other companies goes on with that subject where the catalogue seats
it there, not with the article's company; a house's relative clause names the stock of its
target ("Citi, which rates X neutral, cut its target for the stock to …"); a short legal form
after a name ("Hon Hai Precision Industry Co., the biggest assembler of Apple's iPhones, …")
still ends the name an apposition describes;
a quote closing between a supplier noun and a name ("'X remains the one supplier of the AI
build-out,' Y analysts wrote") makes the name the speaker, no customer.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a possessor in the apposition of the subject -------------------------------------------

_RIVAL_APPOSITION = ("Conventional memory prices rose 18% in the quarter. Samsung Electronics, the "
                     "biggest memory maker and SK Hynix's main rival, said its operating profit "
                     "jumped to 12.1 trillion won. Its chip division, Device Solutions, earned 7 "
                     "trillion won, and the Suwon-based company said it had begun supplying chips "
                     "to Nvidia.")


def test_possessor_in_the_subjects_apposition_is_no_antecedent(extractor: Extractor) -> None:
    x = run(extractor, _RIVAL_APPOSITION, lang="en", headline="SK Hynix posts record profit")
    assert ("Samsung Electronics", "locatedIn", "Suwon") in triples(x)
    assert not [t for t in triples(x) if t[0] == "SK Hynix" or t[2] == "SK Hynix"]


def test_possessor_in_the_main_clause_leaves_the_articles_company(extractor: Extractor) -> None:
    """Look-alike: the possessor stands in the clause's object, not in an apposition of the
    subject; "Its" keeps the article's company."""
    x = run(extractor, "Conventional memory prices rose 18% in the quarter. Samsung Electronics said "
            "SK Hynix's lead in memory chips was narrowing. Its chip division, Device Solutions, "
            "earned 7 trillion won.", lang="en", headline="SK Hynix posts record profit")
    assert ("Device Solutions", "subsidiaryOf", "SK Hynix") in triples(x)


# --- a seated noun opening a sentence ---------------------------------------------------------


def test_seated_noun_goes_on_with_the_subject_of_the_sentence_before(extractor: Extractor) -> None:
    x = run(extractor, "Hyundai Motor will invest 7 trillion won in a plant in Georgia. LG Energy "
            "Solution, the country's largest battery maker, supplies cells to General Motors and "
            "Tesla from its US factories. The Seoul-based company swung to an operating profit of "
            "480 billion won in the third quarter.", lang="en", headline="Battery makers")
    assert ("LG Energy Solution", 480000000000) in metric_facts(x, "Profit")
    assert not [a for a, _ in metric_facts(x, "Profit") if a == "Hyundai Motor"]


def test_seated_noun_after_the_articles_company_as_subject_stays_with_it(extractor: Extractor) -> None:
    """Look-alike: the sentence before opens with the article's company itself."""
    x = run(extractor, "Hyundai Motor will invest 7 trillion won in a plant in Georgia. Hyundai Motor "
            "buys cells from LG Energy Solution and Samsung SDI. The Seoul-based company swung to an "
            "operating profit of 480 billion won in the third quarter.", lang="en",
            headline="Battery makers")
    assert ("Hyundai Motor", 480000000000) in metric_facts(x, "Profit")


def test_seated_noun_skips_a_subject_seated_elsewhere(extractor: Extractor) -> None:
    """Look-alike: the subject before is seated elsewhere (Seoul, not Tokyo); the noun keeps
    the article's company."""
    x = run(extractor, "Toyota Motor raised its outlook. LG Energy Solution, the country's largest "
            "battery maker, supplies cells to General Motors and Tesla. The Tokyo-based company also "
            "announced a share buyback of up to 50 billion yen.", lang="en", headline="Toyota outlook")
    assert ("Toyota Motor", 50000000000) in metric_facts(x, "ShareBuyback")


# --- a house's relative clause names the stock of its target ------------------------------------


def test_target_for_the_stock_is_the_company_of_the_houses_relative_clause(
        extractor: Extractor) -> None:
    x = run(extractor, "Nintendo rose 3.4 per cent and Tokyo Electron fell 6.1 per cent. Daiwa "
            "reiterated an outperform rating on Nintendo and Citi, which rates Tokyo Electron "
            "neutral, cut its target for the stock to ¥27,000.", lang="en", headline="Japan stocks")
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("Tokyo Electron", "Citigroup")}
    assert ("Citigroup", "covers", "Nintendo") not in triples(x)


def test_target_naming_its_company_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the target names its company itself; the clause's company is not it."""
    x = run(extractor, "Nintendo rose 3.4 per cent and Tokyo Electron fell 6.1 per cent. Daiwa "
            "reiterated an outperform rating on Nintendo and Citi, which rates Tokyo Electron "
            "neutral, cut its target for Sony to ¥5,000.", lang="en", headline="Japan stocks")
    assert {(f.about, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} \
        == {("Sony Group", "Citigroup")}


# --- a legal form after a name before an apposition ----------------------------------------------


def test_apposition_after_a_legal_form_describes_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Foxconn, formally Hon Hai Precision Industry Co., the biggest assembler of "
            "Nvidia's AI servers and Apple's iPhones, reported on Sunday that its September revenue "
            "rose 19% to NT$830 billion.", lang="en", headline="Supply chain")
    assert not [f for f in x.figures if f.about in ("iPhone", "Apple", "Nvidia")]


def test_apposition_right_after_the_name_is_read_as_before(extractor: Extractor) -> None:
    """Look-alike: no legal form; the apposition after the name is read as it always was."""
    x = run(extractor, "Foxconn, the biggest assembler of Apple's iPhones, said its revenue rose 19% "
            "to NT$830 billion.", lang="en", headline="Supply chain")
    assert ("Foxconn", 830000000000) in metric_facts(x, "Revenue")


# --- a quote closing between a supplier and a name ---------------------------------------------


def test_name_after_a_closing_quote_is_no_customer(extractor: Extractor) -> None:
    x = run(extractor, "\"TSMC remains the one indispensable supplier of the AI build-out,\" Morgan "
            "Stanley analysts wrote in a note.", lang="en", headline="Chips")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Morgan Stanley") not in triples(x)
    assert ("Morgan Stanley", "covers", "Taiwan Semiconductor Manufacturing") in triples(x)


def test_customer_inside_the_sentence_without_a_quote_is_kept(extractor: Extractor) -> None:
    """Look-alike: no quote closes between the supplier and its customer."""
    x = run(extractor, "TSMC remains the biggest supplier of chips to Nvidia, Morgan Stanley analysts "
            "wrote in a note.", lang="en", headline="Chips")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Nvidia") in triples(x)
