"""English wire news on European companies' results and outlooks, on families of construction
that hold in any article, on sentences written for these tests (catalogued companies, invented
figures): the buyers of a maker's goods told in a "whose" clause ("X, whose machines are bought
by A, B and C") are the maker's customers, and neither acquired the maker nor anything else; a
person named with a house between the name and a research act ("X at Bernstein kept an
outperform rating") works for that house alone, never for one named in a sentence before; the
house that compiles a consensus ("a consensus of 2.2 billion euros from Visible Alpha") is a
source of the number, whom no bare title after it works for; losses pared "to trade" or "to
close" at a level are the share's, not the company's loss; a move told as an outlook ("should
grow by 25% to 30%", "is now seen rising 3% to 6%") is a range; a relative clause after a
name's ticker in brackets ("BAE Systems (BA.L), which competes with Y") speaks of the name.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- the buyers of a maker's goods told in a "whose" clause -----------------------------


def test_buyers_in_a_whose_clause_are_customers_not_acquirers(extractor: Extractor) -> None:
    x = run(extractor, "ASML, whose machines are bought by Samsung Electronics and Intel, reported "
            "higher sales.", lang="en", headline="Chip report")
    facts = triples(x)
    assert ("ASML", "supplierOf", "Samsung Electronics") in facts
    assert ("ASML", "supplierOf", "Intel") in facts
    assert not [t for t in facts if t[1] == "acquired"]


def test_a_unit_acquired_in_a_whose_clause_is_no_takeover_of_the_owner(extractor: Extractor) -> None:
    x = run(extractor, "Osram, whose lighting unit was acquired by Siemens, reported higher sales.",
            lang="en", headline="Lighting report")
    assert ("Siemens", "acquired", "Osram") not in triples(x)


def test_a_company_bought_by_a_buyer_keeps_the_takeover(extractor: Extractor) -> None:
    """Look-alike: the company itself is bought; no 'whose' names a thing of it."""
    x = run(extractor, "Siltronic was bought by GlobalWafers last year.", lang="en",
            headline="Deal report")
    assert ("GlobalWafers", "acquired", "Siltronic") in triples(x)


# --- a house between the person's name and a research act -------------------------------


def test_house_after_the_name_is_the_analysts_own(extractor: Extractor) -> None:
    x = run(extractor, "Analysts at HSBC lowered their price target on Kering to 240 euros. "
            "Luca Solca at Bernstein kept an outperform rating on LVMH.", lang="en",
            headline="Luxury report")
    facts = triples(x)
    assert ("Luca Solca", "worksFor", "Bernstein") in facts
    assert ("Luca Solca", "worksFor", "HSBC") not in facts


def test_analyst_without_a_house_of_his_own_keeps_the_one_named_before(extractor: Extractor) -> None:
    """Look-alike: nothing stands between the name and the act; the house named just before
    is the analyst's."""
    x = run(extractor, "HSBC lowered its price target on Kering to 240 euros. Erwan Rambourg "
            "kept a hold rating on the stock.", lang="en", headline="Luxury report")
    assert ("Erwan Rambourg", "worksFor", "HSBC") in triples(x)


# --- the house that compiles a consensus --------------------------------------------------

# Two companies share the article, so a bare title belongs to the one its passage names.
_KERING = ("Kering fell 6.8% in Paris, while luxury rival LVMH rose 1.1%.\nKering now expects "
           "operating income of 1.9 billion euros. That compares with a consensus of 2.2 billion "
           "euros from Visible Alpha. Net debt stood at 9.8 billion euros.\n")


def test_consensus_provider_employs_no_bare_title(extractor: Extractor) -> None:
    x = run(extractor, _KERING + "\"We are rebuilding the brand,\" Chief Executive Luca de Meo "
            "said.\nLVMH is seen by investors as better insulated.", lang="en",
            headline="Kering slides while LVMH gains")
    assert ("Luca de Meo", "worksFor", "Visible Alpha") not in triples(x)


def test_house_named_as_a_speaker_still_employs_its_analyst(extractor: Extractor) -> None:
    """Look-alike: the house speaks for itself, no consensus is compiled; its analyst is its."""
    x = run(extractor, "Kering cut its profit outlook on Monday. Jefferies said the cut was "
            "overdue. Analyst James Grzinic kept a hold rating on the stock.", lang="en",
            headline="Luxury report")
    assert ("James Grzinic", "worksFor", "Jefferies") in triples(x)


# --- losses pared "to trade" at a level -------------------------------------------------


def test_losses_pared_to_trade_lower_are_the_shares(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk reported lower sales. The stock fell as much as 8.4% in "
            "Copenhagen trading, the steepest drop since July, before paring losses to trade 5.9% "
            "lower at 312.60 kroner.", lang="en", headline="Pharma report")
    metrics = {(f.metric, f.value) for f in x.figures}
    assert ("StockPriceChange", Decimal("-5.9")) in metrics
    assert ("SharePrice", Decimal("312.6")) in metrics
    assert not {m for m, _ in metrics} & {"Profit", "ProfitGrowth"}


def test_losses_pared_to_an_amount_stay_the_companys_loss(extractor: Extractor) -> None:
    """Look-alike: the company narrows its loss to an amount; no trading is told."""
    x = run(extractor, "Infineon Technologies pared its losses to 50 million euros in the quarter.",
            lang="en", headline="Chip report")
    assert {(f.metric, f.value) for f in x.figures} == {("Profit", Decimal("-50000000"))}


# --- a move told as an outlook is a range -----------------------------------------------


def test_should_grow_by_a_band_is_a_range(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall said sales should grow by 25% to 30% in 2026.", lang="en",
            headline="Defence report")
    assert {(f.metric, f.min_value, f.max_value) for f in x.figures} \
        == {("RevenueGrowth", Decimal(25), Decimal(30))}


def test_seen_rising_a_band_is_a_range(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk's operating profit is now seen rising 3% to 6% this year.",
            lang="en", headline="Pharma report")
    assert {(f.metric, f.min_value, f.max_value) for f in x.figures} \
        == {("ProfitGrowth", Decimal(3), Decimal(6))}


def test_a_reported_rise_to_a_level_stays_move_and_level(extractor: Extractor) -> None:
    """Look-alike: a rise told in the past moves by the first number to the second."""
    x = run(extractor, "Rheinmetall's sales rose 18% to 3.1 billion euros.", lang="en",
            headline="Defence report")
    assert {(f.metric, f.value) for f in x.figures} \
        == {("RevenueGrowth", Decimal(18)), ("Revenue", Decimal(3100000000))}


# --- a ticker in brackets between a name and its relative clause ------------------------


def test_relative_clause_after_a_ticker_speaks_of_the_name(extractor: Extractor) -> None:
    x = run(extractor, "BAE Systems (BA.L), which competes with Rheinmetall for contracts, raised "
            "its dividend.", lang="en", headline="Defence report")
    assert ("BAE Systems", "competitorOf", "Rheinmetall") in triples(x) \
        or ("Rheinmetall", "competitorOf", "BAE Systems") in triples(x)


def test_relative_clause_after_a_noun_of_the_name_stays_open(extractor: Extractor) -> None:
    """Look-alike: a noun stands between the name and the clause; the clause speaks of the
    noun, so whose rival the one after it is stays open."""
    x = run(extractor, "Airbus ordered more of the Safran engine, which competes with Rolls-Royce "
            "for contracts.", lang="en", headline="Aerospace report")
    assert not [t for t in triples(x) if t[1] == "competitorOf"]
