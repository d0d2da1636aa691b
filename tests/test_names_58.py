"""Catalogued names printed without the group's or holding's word that ends them ("DHL" of
"DHL Group", "ASE Technology" of "ASE Technology Holding"): read where the rest still names
the company alone (its own ticker of three capitals, or words opening with capitals), and
never where the rest is a word or a phrase of common words. A count in a lease the client
signs ("X signed a lease for 500 robots") is the supplier's order, not the client's figure,
as a count the client orders is."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import labels, metric_facts, run_in

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import _without_group_word


@pytest.mark.parametrize("text, label", [
    ("Logistics group DHL opened a parcel hub in Leipzig in March.", "DHL Group"),
    ("The chips are packaged by ASE Technology in Kaohsiung.", "ASE Technology Holding"),
    ("Shares of CME rose 2% after the exchange operator posted record volumes.", "CME Group"),
    ("Analysts at BNK Financial expect two rate cuts next year.", "BNK Financial Group"),
])
def test_name_without_group_word_is_read(extractor: Extractor, text: str, label: str) -> None:
    assert load_catalogue().get(label) is not None, label
    assert label in labels(run_in(extractor, text, "en"))


@pytest.mark.parametrize("text, label", [
    # four capitals may be a word printed in a headline's capitals
    ("HOUSE PASSES BILL ON CHIP SUBSIDIES", "BILL Holdings"),
    ("Shoppers bought a YETI cooler and a tent.", "YETI Holdings"),
    # a phrase of common words before "Holdings" is no name of the company
    ("The national bank raised rates; National Bank analysts were surprised.", "National Bank Holdings"),
    ("Our company is the best Open House in town.", "Open House Group"),
])
def test_word_before_group_word_stays_a_word(extractor: Extractor, text: str, label: str) -> None:
    assert load_catalogue().get(label) is not None, label
    assert label not in labels(run_in(extractor, text, "en"))


@pytest.mark.parametrize("name, tickers, short", [
    ("DHL Group", ("DHL",), "DHL"),
    ("ASE Technology Holding", ("3711",), "ASE Technology"),
    ("Acme Group", ("ACME",), None),       # four capitals: may be a word
    ("DHL Group", (), None),               # not the company's own ticker
    ("National Bank Holdings", ("NBHC",), None),
    ("ASE Technology Partners", (), None),  # no group's word at the end
])
def test_without_group_word(name: str, tickers: tuple[str, ...], short: str | None) -> None:
    assert _without_group_word(name, tickers) == short


def test_lease_count_is_not_the_clients(extractor: Extractor) -> None:
    body = ("Talbot Robotics makes warehouse robots. Logistics group DHL signed a lease for "
            "500 units in September.")
    counts = metric_facts(run_in(extractor, body, "en"), "Other")
    assert ("DHL Group", Decimal(500)) not in counts
    assert ("Talbot Robotics", Decimal(500)) in counts


def test_lease_count_of_the_only_company_is_no_figure(extractor: Extractor) -> None:
    """As with a count it orders, the lessee bears no figure of its own where no supplier is named."""
    body = ("Carmaker BMW opened a plant in Debrecen, and the carmaker signed a lease for 500 "
            "units in September.")
    assert ("BMW", Decimal(500)) not in metric_facts(run_in(extractor, body, "en", "Robots"), "Other")
    deployed = ("Carmaker BMW opened a plant in Debrecen, and the carmaker deployed 500 units in "
                "September.")
    assert ("BMW", Decimal(500)) in metric_facts(run_in(extractor, deployed, "en", "Robots"), "Other")


def test_count_after_a_lease_of_something_else_stays_the_subjects(extractor: Extractor) -> None:
    """A lease of something else before the count ("signed a lease for a new hub and shipped
    500 units") makes the signer no client of the count: it keeps the subject's reading."""
    body = ("Talbot Robotics makes warehouse robots. Logistics group DHL signed a lease for a new "
            "hub and shipped 500 units in September.")
    counts = metric_facts(run_in(extractor, body, "en"), "Other")
    assert ("DHL Group", Decimal(500)) in counts
    assert ("Talbot Robotics", Decimal(500)) not in counts
