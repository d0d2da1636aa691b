"""Families of construction that hold in any article, on sentences written for these
tests: an item of a movers list opened by a name the catalogue lacks keeps its facts (none
go to the item before); "Rival activist X" or "rival bidder X" makes X no rival of the
company the text is about; "Rival X" after a sentence opened by another company, whose
object is the article's main name, rivals neither for sure; "its … chips" after a later
name than the sentence's subject is nobody's product; "Its" after a sentence whose subject
is another company than the article's is nobody's. Each with a look-alike where the old
reading must stay."""

from __future__ import annotations

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- an item opened by a name the catalogue lacks ---------------------------------------

_MOVERS = ("Intel — Shares rose 4% after the chipmaker said it had won a large order.\n\n"
           "Ford Motor — The automaker slid 3% after it recalled 90,000 vehicles.\n\n"
           "Boeing — The plane maker gained 2% after deliveries rose.\n\n"
           "Walgreens Boots Alliance — Shares gained 6% after a report on a possible sale.\n\n")


def test_unknown_item_gives_the_item_before_nothing(extractor: Extractor) -> None:
    x = run(extractor, _MOVERS + "Corvanta Health — The small-cap testing company soared 55% after "
            "it agreed to be acquired by Danaher for $21 per share in cash.",
            lang="en", headline="Stocks making the biggest moves midday")
    assert ("Danaher", "acquired", "Walgreens Boots Alliance") not in triples(x)
    assert not {f for f in figure_facts(x) if f[0] == "Walgreens Boots Alliance" and f[2] == 55}
    assert not {f for f in figure_facts(x) if f[1] == "SharePrice"}


def test_known_item_keeps_its_takeover(extractor: Extractor) -> None:
    """Look-alike: the item's company is known; the takeover is read as before."""
    x = run(extractor, _MOVERS + "Masimo — The device maker soared 35% after it agreed to be "
            "acquired by Danaher for $180 per share in cash.",
            lang="en", headline="Stocks making the biggest moves midday")
    assert ("Danaher", "acquired", "Masimo") in triples(x)
    assert ("Danaher", "acquired", "Walgreens Boots Alliance") not in triples(x)


# --- "Rival activist X" ------------------------------------------------------------------


_CAMPAIGN = ("Elliott Management has built a stake of about $3 billion in PepsiCo and wants two "
             "board seats. PepsiCo shares rose 4%. PepsiCo said it welcomed the input. ")


def test_rival_activist_is_no_rival_of_the_target(extractor: Extractor) -> None:
    x = run(extractor, _CAMPAIGN + "Rival activist Trian Fund Management is not involved, the "
            "people said.", lang="en", headline="Elliott takes stake in PepsiCo")
    assert ("PepsiCo", "competitorOf", "Trian Fund Management") not in triples(x)
    assert ("Trian Fund Management", "competitorOf", "PepsiCo") not in triples(x)


def test_plain_rival_of_the_main_company_stays(extractor: Extractor) -> None:
    """Look-alike: "Rival X" with no role noun rivals the article's company."""
    x = run(extractor, _CAMPAIGN + "Rival Coca-Cola gained 1%.", lang="en",
            headline="Elliott takes stake in PepsiCo")
    assert ("PepsiCo", "competitorOf", "Coca-Cola") in triples(x)


# --- "Rival X" after a sentence opened by another company --------------------------------


_SUPPLY = ("The expansion ripples through the supply chain. SK Hynix, which supplies most of the "
           "memory used in Nvidia's accelerators, said it had sold out its output for 2027. ")


def test_rival_after_an_object_name_is_not_its_rival(extractor: Extractor) -> None:
    x = run(extractor, _SUPPLY + "Rival Micron Technology said it had won Nvidia as a customer for "
            "its newest HBM4 chips.", lang="en", headline="TSMC to double packaging capacity")
    assert ("Nvidia", "competitorOf", "Micron Technology") not in triples(x)
    assert ("Nvidia", "develops", "HBM4") not in triples(x)


def test_rival_after_the_opener_alone_is_its_rival(extractor: Extractor) -> None:
    """Look-alike: the sentence before names only the company opening it."""
    x = run(extractor, "SK Hynix said it had sold out its memory output for 2027. Rival Micron "
            "Technology said its revenue rose.", lang="en", headline="TSMC to double packaging capacity")
    assert ("SK Hynix", "competitorOf", "Micron Technology") in triples(x)


def test_its_product_of_the_sole_company_stays(extractor: Extractor) -> None:
    """Look-alike: "its" with one company before it is that company's."""
    x = run(extractor, "Micron Technology said its newest HBM4 chips had sold out.", lang="en",
            headline="Market report")
    assert ("Micron Technology", "develops", "HBM4") in triples(x)


# --- "Its" after a sentence about another company ----------------------------------------


_DEAL = ("Siemens agreed to buy Brightfold Systems, a maker of simulation software, for about "
         "$9 billion. Siemens will pay $80 per share. Siemens shares fell 1%. Siemens said the deal "
         "would add to earnings. ")


def test_its_after_the_target_is_not_the_buyer(extractor: Extractor) -> None:
    x = run(extractor, _DEAL + "Brightfold, whose customers include Bosch and Stellantis, grew "
            "revenue 19%. Its software competes with products from Ansys and Dassault Systèmes.",
            lang="en", headline="Siemens to buy Brightfold Systems")
    assert ("Siemens", "competitorOf", "Ansys") not in triples(x)
    assert ("Siemens", "competitorOf", "Dassault Systèmes") not in triples(x)


def test_its_after_the_main_company_stays(extractor: Extractor) -> None:
    """Look-alike: the sentence before is about the article's company; "Its" is that company's."""
    x = run(extractor, _DEAL + "Siemens, whose customers include Bosch and Stellantis, grew revenue "
            "5%. Its software competes with products from Ansys and Dassault Systèmes.",
            lang="en", headline="Siemens to buy Brightfold Systems")
    assert ("Siemens", "competitorOf", "Ansys") in triples(x)


# --- a sector sub-index, the explanation of a scale ----------------------------------------


def test_sector_sub_index_is_not_the_index(extractor: Extractor) -> None:
    x = run(extractor, "Travelers shares rose 3.7%. The stock has gained 16% this year, outpacing "
            "the S&P 500 insurance index.", lang="en", headline="Market report")
    assert "S&P 500" not in {e.label for e in x.entities}


def test_index_called_a_stock_index_stays(extractor: Extractor) -> None:
    """Look-alike: "stock index" calls the index itself so."""
    x = run(extractor, "Travelers shares rose 3.7%. The stock has gained 16% this year, outpacing "
            "the S&P 500 stock index.", lang="en", headline="Market report")
    assert "S&P 500" in {e.label for e in x.entities}


def test_bound_of_a_scale_is_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Travelers Companies reported results. The combined ratio, where a figure "
            "below 100% means the insurer makes money on its policies, improved to 88.4%.",
            lang="en", headline="Travelers profit jumps")
    values = {f[2] for f in figure_facts(x)}
    assert 100 not in values
    assert 88.4 in {float(v) for v in values if v is not None}


def test_bound_the_ratio_fell_below_stays(extractor: Extractor) -> None:
    """Look-alike: the ratio itself fell below a mark; that bound is told of it."""
    x = run(extractor, "Travelers Companies reported results. Its combined ratio fell below 95% for "
            "the first time.", lang="en", headline="Travelers profit jumps")
    assert {abs(f[2]) for f in figure_facts(x) if f[2] is not None} == {95}
