"""Figure families of bank results, guidance and share histories, each on
sentences written for the test: a positive case and a look-alike that must
not fire.

Names are real companies, facts invented.
"""

from __future__ import annotations

from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor
from kg.records import Extraction


def facts(x: Extraction) -> set[tuple[str, str, Decimal | None, str]]:
    return {(f.about, f.metric, f.value, f.unit) for f in x.figures}


def metrics_of(x: Extraction, value: Decimal) -> set[str]:
    return {f.metric for f in x.figures if f.value == value}


# --- bank quarter items: interest income, deposits, loans, provisions, capital ratio ----

BANK = ("Fifth Third Bancorp said on Tuesday that net interest income, the gap between what "
        "a lender earns on loans and what it pays on deposits, rose 6% to $2.15 billion in the "
        "third quarter. The common equity Tier 1 ratio, a gauge of how well a bank can absorb "
        "losses, stood at 11.2% at the end of September. Average deposits grew 3% to $212 "
        "billion, while total loans were flat at $164 billion. Provisions for credit losses "
        "fell to $96 million. Operating expenses rose 4% to $1.6 billion.")


def test_bank_items_are_other_figures(extractor: Extractor) -> None:
    x = helpers.run(extractor, BANK, lang="en", headline="Fifth Third Bancorp beats estimates")
    got = facts(x)
    bank = "Fifth Third Bancorp"
    for value, unit in [(Decimal(6), "Percent"), (Decimal(2150000000), "USD"),
                        (Decimal("11.2"), "Percent"), (Decimal(3), "Percent"),
                        (Decimal(212000000000), "USD"), (Decimal(164000000000), "USD"),
                        (Decimal(96000000), "USD"), (Decimal(4), "Percent"),
                        (Decimal(1600000000), "USD")]:
        assert (bank, "Other", value, unit) in got
    # the words of the glosses name nothing: no debt raised, no loss, no count of "Tier 1"
    assert not {f.metric for f in x.figures} & {"DebtIssuance", "ProfitGrowth", "Profit"}
    assert not any(f.unit == "Count" for f in x.figures)


def test_loans_taken_stay_debt(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Fifth Third Bancorp took out loans of $2 billion to fund the "
                               "purchase.", lang="en", headline="Fifth Third Bancorp borrows")
    assert ("Fifth Third Bancorp", "DebtIssuance", Decimal(2000000000), "USD") in facts(x)


def test_metric_word_after_a_gloss_still_names(extractor: Extractor) -> None:
    # the gloss describes the company; the revenue word after it names the number
    x = helpers.run(extractor, "Siemens, the biggest engineering group in Europe, said revenue "
                               "rose 5% to $20 billion.", lang="en", headline="Siemens grows")
    assert ("Siemens", "RevenueGrowth", Decimal(5), "Percent") in facts(x)
    assert ("Siemens", "Revenue", Decimal(20000000000), "USD") in facts(x)


def test_gloss_in_german(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Zinsüberschuss der Commerzbank, eine Größe neben den "
                               "Provisionen und dem Handelsgewinn, stieg um 4 Prozent auf 2,1 "
                               "Milliarden Euro.", headline="Commerzbank legt zu")
    assert metrics_of(x, Decimal(2100000000)) == {"Other"}


# --- revenue lost: neither a loss of the company nor its revenue ------------------------

def test_revenue_lost_is_a_negative_other(extractor: Extractor) -> None:
    x = helpers.run(extractor, "The outlook includes a loss of about $300 million in card "
                               "revenue from the new rules.", lang="en",
                    headline="Fifth Third Bancorp outlook")
    assert ("Fifth Third Bancorp", "Other", Decimal(-300000000), "USD") in facts(x)


def test_plain_loss_stays_a_loss(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Fifth Third Bancorp posted a loss of $300 million in the third "
                               "quarter.", lang="en", headline="Fifth Third Bancorp slips")
    assert ("Fifth Third Bancorp", "Profit", Decimal(-300000000), "USD") in facts(x)


# --- an exchange rate is no share price -------------------------------------------------

def test_exchange_rate_is_no_share_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Infineon plant mit einem Wechselkurs von 1,12 US-Dollar zum "
                               "Euro.", headline="Infineon senkt Prognose")
    assert not any(f.metric == "SharePrice" for f in x.figures)


def test_share_rate_stays_a_share_price(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Kurs der Infineon-Aktie lag zuletzt bei 31,40 Euro.",
                    headline="Infineon senkt Prognose")
    assert ("Infineon Technologies", "SharePrice", Decimal("31.4"), "EUR") in facts(x)
