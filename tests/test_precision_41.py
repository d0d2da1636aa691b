"""Wrong facts of the precision41 families, each fixed so that it holds for any article:

* "SAP co-founder X invested in Y": a person whose title a company owns invests for himself;
  the company invests in nothing, nor spends the amount (a chief announcing a plan still
  speaks for the company);
* "Microsoft denied a report that it would invest $5 billion in Y": what is denied states no
  figure ("dementierte", "wies … zurück");
* "Activision shares jumped 25% after Microsoft's offer": the share's owner moves, not a name
  in a phrase that tells the cause; "SAP überholt Siemens nach einem Kursplus von 4 Prozent":
  the one overtaken does not move;
* "the yield on 10-year Treasuries rose to 4.5%", "a 30% chance of a further 10% gain":
  a bond's yield and a probability give no company figure;
* "schüttet 0,90 Euro je Aktie aus, die Aktie notiert bei 7,20 Euro": a price after a payout
  is no earnings per share.

Listed companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _run(extractor: Extractor, text: str, lang: str, headline: str | None = None) -> Extraction:
    return run(extractor, text, lang, headline or ("Marktbericht" if lang == "de" else "Market report"))


def _metrics(x: Extraction, metric: str) -> set[tuple[str, Decimal | None]]:
    return {(about, value) for about, m, value, _ in figure_facts(x) if m == metric}


# --- a person titled by a company invests for himself --------------------------------------------

def test_cofounder_invests_for_himself(extractor: Extractor) -> None:
    x = _run(extractor, "SAP co-founder Hasso Plattner invested in Celonis.", "en")
    assert ("SAP", "investsIn", "Celonis") not in triples(x)
    assert ("Hasso Plattner", "worksFor", "SAP") in triples(x)


def test_mitgruender_invests_for_himself(extractor: Extractor) -> None:
    x = _run(extractor, "SAP-Mitgründer Hasso Plattner investierte 100 Millionen Euro in Celonis.", "de")
    assert ("SAP", "investsIn", "Celonis") not in triples(x)
    assert _metrics(x, "Investment") == set()


def test_cofounder_amount_is_not_the_company_s(extractor: Extractor) -> None:
    x = _run(extractor, "SAP co-founder Hasso Plattner invested $100 million in Celonis.", "en")
    assert _metrics(x, "Investment") == set()


def test_company_named_by_its_cofounder_still_invests(extractor: Extractor) -> None:
    x = _run(extractor, "SAP invested in Celonis, co-founder Hasso Plattner said.", "en")
    assert ("SAP", "investsIn", "Celonis") in triples(x)


def test_chief_announcing_a_plan_speaks_for_the_company(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens-Chef Roland Busch kündigte an, mehr als 800 Millionen Euro in neue "
                        "Werke zu investieren.", "de")
    assert _metrics(x, "Investment") == {("Siemens", Decimal(800_000_000))}


def test_company_before_its_own_verb_still_invests(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia CEO Jensen Huang said Nvidia would invest $5 billion in Intel.", "en")
    assert ("Nvidia", "investsIn", "Intel") in triples(x)
    assert _metrics(x, "Investment") == {("Nvidia", Decimal(5_000_000_000))}


# --- a denied report states no figure ------------------------------------------------------------

def test_denied_report_gives_no_investment(extractor: Extractor) -> None:
    x = _run(extractor, "Microsoft denied a report that it would invest $5 billion in OpenAI.", "en")
    assert _metrics(x, "Investment") == set()
    assert not any(p == "investsIn" for _, p, _ in triples(x))


def test_denial_of_a_plan_gives_no_figure(extractor: Extractor) -> None:
    x = _run(extractor, "Microsoft denies it will invest $5 billion in OpenAI.", "en")
    assert _metrics(x, "Investment") == set()


def test_dementi_gives_no_investment(extractor: Extractor) -> None:
    x = _run(extractor, "Microsoft dementierte einen Bericht, wonach der Konzern 5 Milliarden Dollar in "
                        "OpenAI investieren wolle.", "de")
    assert _metrics(x, "Investment") == set()


def test_rejected_report_gives_no_investment(extractor: Extractor) -> None:
    x = _run(extractor, "Microsoft wies einen Bericht zurück, wonach der Konzern 5 Milliarden Dollar in "
                        "OpenAI investieren wolle.", "de")
    assert _metrics(x, "Investment") == set()


def test_move_after_a_denial_joined_by_and_is_kept(extractor: Extractor) -> None:
    x = _run(extractor, "Microsoft denied the report, and its shares rose 2%.", "en")
    assert _metrics(x, "StockPriceChange") == {("Microsoft", Decimal(2))}


def test_denial_in_a_closed_relative_clause_leaves_the_investment(extractor: Extractor) -> None:
    x = _run(extractor, "Microsoft, which denied the report, invested $5 billion in OpenAI.", "en")
    assert _metrics(x, "Investment") == {("Microsoft", Decimal(5_000_000_000))}


def test_investment_without_denial_is_kept(extractor: Extractor) -> None:
    x = _run(extractor, "Microsoft investiert 5 Milliarden Dollar in OpenAI.", "de")
    assert _metrics(x, "Investment") == {("Microsoft", Decimal(5_000_000_000))}


# --- the share's owner moves, not a name in a cause phrase or one overtaken ----------------------

def test_bidder_after_the_move_does_not_move(extractor: Extractor) -> None:
    x = _run(extractor, "Siemens shares jumped 25% after Microsoft's offer.", "en")
    assert _metrics(x, "StockPriceChange") == {("Siemens", Decimal(25))}


def test_aktie_von_owner_moves_not_the_bidder(extractor: Extractor) -> None:
    x = _run(extractor, "Die Aktie von Siemens sprang nach dem Angebot von Microsoft um 25 Prozent.", "de")
    assert _metrics(x, "StockPriceChange") == {("Siemens", Decimal(25))}


def test_unit_named_beside_its_parent_keeps_its_move(extractor: Extractor) -> None:
    x = _run(extractor, "Activision shares jumped 25% after Microsoft's offer.", "en")
    assert ("Microsoft", Decimal(25)) not in _metrics(x, "StockPriceChange")


def test_unit_alone_moves_its_listed_parent(extractor: Extractor) -> None:
    x = _run(extractor, "Google shares rose 2%.", "en")
    assert _metrics(x, "StockPriceChange") == {("Alphabet", Decimal(2))}


def test_two_movers_keep_their_own_moves(extractor: Extractor) -> None:
    x = _run(extractor, "Die Aktie von Siemens sprang um 25 Prozent, Microsoft fiel um 2 Prozent.", "de")
    assert _metrics(x, "StockPriceChange") == {("Siemens", Decimal(25)), ("Microsoft", Decimal(-2))}


def test_one_overtaken_does_not_move(extractor: Extractor) -> None:
    for text in ("SAP überholt Siemens nach einem Kursplus von 4 Prozent.",
                 "SAP überholte Siemens nach einem Kursplus von 4 Prozent."):
        assert _metrics(_run(extractor, text, "de"), "StockPriceChange") == {("SAP", Decimal(4))}, text


def test_one_passed_by_does_not_move(extractor: Extractor) -> None:
    x = _run(extractor, "SAP zog nach einem Kursplus von 4 Prozent an Siemens vorbei.", "de")
    assert _metrics(x, "StockPriceChange") == {("SAP", Decimal(4))}


# --- a bond's yield and a probability are no company figure --------------------------------------

def test_treasury_yield_is_no_company_figure(extractor: Extractor) -> None:
    x = _run(extractor, "Apple shares rose 2%. The yield on 10-year Treasuries rose to 4.5%.", "en", "Apple")
    assert figure_facts(x) == {("Apple", "StockPriceChange", Decimal(2), "Percent")}


def test_note_yield_is_no_company_figure(extractor: Extractor) -> None:
    x = _run(extractor, "Apple shares rose 2%. The yield on the benchmark 10-year note fell to 4.2%.", "en",
             "Apple")
    assert figure_facts(x) == {("Apple", "StockPriceChange", Decimal(2), "Percent")}


def test_dividend_yield_is_still_read(extractor: Extractor) -> None:
    x = _run(extractor, "Apple offers a dividend yield of 0.5%.", "en", "Apple")
    assert ("Apple", Decimal("0.5")) in _metrics(x, "Other")


def test_chance_of_a_gain_is_no_move(extractor: Extractor) -> None:
    x = _run(extractor, "Analysts see a 30% chance of a further 10% gain in Nvidia shares.", "en")
    assert _metrics(x, "StockPriceChange") == set()


def test_chance_auf_ein_kursplus_is_no_move(extractor: Extractor) -> None:
    x = _run(extractor, "Analysten sehen die Chance auf ein weiteres Kursplus von 10 Prozent bei der "
                        "Nvidia-Aktie.", "de")
    assert _metrics(x, "StockPriceChange") == set()


def test_move_before_a_chance_is_kept(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia shares rose 10%, raising the chance of a record.", "en")
    assert _metrics(x, "StockPriceChange") == {("Nvidia", Decimal(10))}


# --- a payout per share is a dividend, a price after it no earnings per share --------------------

def test_price_after_a_payout_is_no_eps(extractor: Extractor) -> None:
    x = _run(extractor, "Der Versorger schüttet 0,90 Euro je Aktie aus, die Aktie notiert bei 7,20 Euro.",
             "de", "E.ON")
    assert _metrics(x, "EarningsPerShare") == set()
    assert _metrics(x, "Dividend") == {("E.ON", Decimal("0.9"))}


def test_paying_out_per_share_is_a_dividend(extractor: Extractor) -> None:
    x = _run(extractor, "The utility pays out 0.90 euros per share, and the stock trades at 7.20 euros.",
             "en", "E.ON")
    assert _metrics(x, "EarningsPerShare") == set()
    assert _metrics(x, "Dividend") == {("E.ON", Decimal("0.9"))}


def test_earnings_per_share_before_a_price_are_kept(extractor: Extractor) -> None:
    x = _run(extractor, "E.ON verdiente 1,20 Euro je Aktie, die Aktie notiert bei 7,20 Euro.", "de", "E.ON")
    assert _metrics(x, "EarningsPerShare") == {("E.ON", Decimal("1.2"))}


def test_plus_je_aktie_is_still_eps(extractor: Extractor) -> None:
    x = _run(extractor, "Das Plus je Aktie lag bei 1,33 Euro.", "de", "E.ON")
    assert _metrics(x, "EarningsPerShare") == {("E.ON", Decimal("1.33"))}


# --- a company's statement of another's outlook ---------------------------------------------------

def test_company_stating_another_s_outlook_gives_no_figure(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia said AMD's revenue would reach $10 billion.", "en", "Nvidia")
    assert _metrics(x, "Revenue") == set()


def test_company_stating_its_own_outlook_keeps_it(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia said its revenue would reach $10 billion.", "en", "Nvidia")
    assert _metrics(x, "Revenue") == {("Nvidia", Decimal(10_000_000_000))}


def test_company_citing_another_s_reported_growth_keeps_it(extractor: Extractor) -> None:
    x = _run(extractor, "Nvidia said AMD's revenue rose 5%.", "en", "Nvidia")
    assert _metrics(x, "RevenueGrowth") == {("Advanced Micro Devices", Decimal(5))}


# --- a metric word after a share move that tells its cause ---------------------------------------

def test_revenue_after_as_is_the_move_s_cause(extractor: Extractor) -> None:
    x = _run(extractor, "Alphabet shares rose 2% as YouTube revenue grew.", "en", "Alphabet")
    assert _metrics(x, "StockPriceChange") == {("Alphabet", Decimal(2))}
    assert _metrics(x, "RevenueGrowth") == set()


def test_revenue_after_on_is_the_move_s_cause(extractor: Extractor) -> None:
    x = _run(extractor, "Alphabet shares rose 2% on strong revenue.", "en", "Alphabet")
    assert _metrics(x, "RevenueGrowth") == set()


def test_growth_in_an_as_clause_keeps_its_metric(extractor: Extractor) -> None:
    x = _run(extractor, "Alphabet's margin rose to 30% as revenue grew 10%.", "en", "Alphabet")
    assert _metrics(x, "RevenueGrowth") == {("Alphabet", Decimal(10))}


# --- a change of the prices a company charges is no move of its share ----------------------------

def test_price_cut_of_another_company_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Apple shares fell 3% on a report that Samsung would cut prices by 10%.", "en", "Apple")
    assert _metrics(x, "StockPriceChange") == {("Apple", Decimal(-3))}


def test_preissenkung_is_no_share_move(extractor: Extractor) -> None:
    x = _run(extractor, "Die Apple-Aktie fiel um 3 Prozent, nachdem Samsung die Preise um 10 Prozent "
                        "gesenkt hatte.", "de", "Apple")
    assert _metrics(x, "StockPriceChange") == {("Apple", Decimal(-3))}


def test_second_mover_without_prices_keeps_its_move(extractor: Extractor) -> None:
    x = _run(extractor, "Apple shares fell 3% and Samsung fell 2%.", "en", "Apple")
    assert _metrics(x, "StockPriceChange") == {("Apple", Decimal(-3)), ("Samsung Electronics", Decimal(-2))}
