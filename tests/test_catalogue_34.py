"""Industries of whole lists (ontology/industries.tsv): investment firms of every kind (asset
managers, hedge funds, activist investors, private-equity and venture firms, sovereign wealth
and pension funds, family holding companies) are asset managers, and the largest banks of the
world, the Stoxx Europe 600 banks, the US regional banks of the S&P lists and the state
promotional banks are banks; the members of the European benchmark lists that lacked an
industry have their sector's. A kind noun ("the asset manager", "the lender", "der
Hedgefonds", "the chipmaker") then passes over a firm of the other trade named after the one
it means, on sentences written for these tests with invented figures."""

from __future__ import annotations

import pytest
from helpers import run

from kg.catalogue import load_industries
from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("label", "industries"), [
    ("Blackstone", {"asset_managers"}),             # private equity, S&P 500
    ("Elliott Management", {"asset_managers"}),     # activist hedge fund
    ("Sequoia Capital", {"asset_managers"}),        # venture firm
    ("Government Pension Fund Global", {"asset_managers"}),  # sovereign fund
    ("Exor", {"asset_managers"}),                   # listed family holding company
    ("Pictet", {"banks", "asset_managers"}),        # private bank of asset management
    ("Bank of Jiangsu", {"banks"}),                 # largest banks by total assets
    ("Banca Popolare di Sondrio", {"banks"}),       # Stoxx Europe 600 Banks
    ("Zions Bancorporation", {"banks"}),            # former S&P 500 regional bank
    ("NRW.Bank", {"banks"}),                        # state promotional bank
    ("Alstom", {"industrials"}),                    # former CAC 40 member
    ("SIG Group", {"construction_materials"}),      # SPI: packaging, a material
    ("JDE Peet's", {"food_beverages"}),             # AEX
    ("Worldline", {"financial_services"}),          # payments, as Adyen
])
def test_list_members_have_their_industries(label: str, industries: set[str]) -> None:
    assert load_industries().get(label) == industries


@pytest.mark.parametrize("label", [
    "Jane Street",          # a trading firm, no asset manager
    "Charles Schwab",       # a broker: rater, bank and asset manager at once
    "Icahn Enterprises",    # a holding that runs businesses of its own
    "Discover Financial",   # a consumer lender
    "Poste Italiane",       # post, bank and insurer at once
])
def test_firms_of_no_single_trade_keep_no_industry(label: str) -> None:
    assert label not in load_industries()


EN = ("{first} raised its outlook on Tuesday. {second} reported results as well. "
      "The {noun} now expects revenue of $12 billion this year.")
DE = ("{first} hob am Dienstag die Prognose an. Auch {second} legte Zahlen vor. "
      "{noun} erwartet nun einen Umsatz von 12 Milliarden Dollar.")


@pytest.mark.parametrize(("lang", "first", "second", "noun", "meant"), [
    # the noun means the first company, of its trade, not the second, named last
    ("en", "Blackstone", "Bank of Jiangsu", "asset manager", "Blackstone"),
    ("en", "Bank of Jiangsu", "Blackstone", "lender", "Bank of Jiangsu"),
    ("en", "Nvidia", "Sequoia Capital", "chipmaker", "Nvidia"),
    ("de", "Elliott Management", "Zions Bancorporation", "Der Hedgefonds", "Elliott Management"),
    ("de", "Zions Bancorporation", "Elliott Management", "Die Bank", "Zions Bancorporation"),
    # look-alikes: the noun of the trade of the company named last keeps meaning it
    ("en", "Blackstone", "Bank of Jiangsu", "lender", "Bank of Jiangsu"),
    ("en", "Bank of Jiangsu", "Blackstone", "asset manager", "Blackstone"),
    ("en", "Nvidia", "Sequoia Capital", "asset manager", "Sequoia Capital"),
    ("de", "Elliott Management", "Zions Bancorporation", "Die Bank", "Zions Bancorporation"),
])
def test_a_kind_noun_means_the_firm_of_its_trade(extractor: Extractor, lang: str, first: str,
                                                second: str, noun: str, meant: str) -> None:
    """Before the lists had industries, a firm of none fitted every noun: "the asset
    manager" after a bank meant the bank, or two firms fitted and the figure went to none."""
    text = (EN if lang == "en" else DE).format(first=first, second=second, noun=noun)
    x = run(extractor, text, lang=lang, headline="Market report" if lang == "en" else "Marktbericht")
    assert {(f.about, f.metric) for f in x.figures} == {(meant, "Revenue")}
