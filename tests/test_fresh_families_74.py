"""Families of construction of retail-investor stock stories, on sentences written for these
tests (invented companies beside catalogued ones and invented facts): a quote box that prints
a company with its legal form ("Acme Energie AG | WKN: … | Kurs: …") names the company the
text then names without it; a question word opening a heading ("Is Acme Foods stock a buy?")
is no word of the name after it; price targets "ranging from $44 to $66" are one span, not a
change; a rating given before a later clause that names a company and its house again ("…
ihr "Buy", für den Konkurrenten X nennt UBS ein Ziel") is not that company's, and the rival
noun of that clause is the rated company's rival, not the house's; a position ranked in a
fund ("X is the second-largest holding in the Acme ETF") makes no holder of X, and an ETF is
named whole, not by its issuer; a result per share after a sentence on another company's
results goes with those results, not with the share move of a rival named further back; a
capitalised sector word before "index" ("the S&P 500 Insurance index") makes a sub-index,
whose move is not the S&P 500's. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rating_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


def ranges(x: Extraction, metric: str) -> set[tuple[str, Decimal | None, Decimal | None]]:
    return {(f.about, f.min_value, f.max_value) for f in x.figures
            if f.metric == metric and f.value is None}


# --- a quote box naming the company with its legal form ---------------------------------

_BOX = "Halvenor Wasserkraft AG | WKN: HWK100 | Kurs: 18,40 EUR (+2,2 %)\n"


def test_box_with_legal_form_names_the_company_the_text_repeats(extractor: Extractor) -> None:
    x = run(extractor, _BOX + "Die Aktie von Halvenor Wasserkraft notiert auf Xetra 2,2 Prozent "
            "höher. Der Umsatz stieg auf 96 Millionen Euro. Die Berenberg-Analysten sehen das "
            "Kursziel bei 24 Euro.", headline="Halvenor Wasserkraft: Aktie zieht an")
    assert kinds(x).get("Halvenor Wasserkraft") == "Company"
    assert ("Halvenor Wasserkraft", Decimal("96000000")) in metric_facts(x, "Revenue")
    assert ("Halvenor Wasserkraft", "listedOn", "Xetra") in triples(x)


def test_box_of_a_firm_the_text_never_names_finds_nothing(extractor: Extractor) -> None:
    """Look-alike: the box of a firm named nowhere else is the page's, not the report's."""
    x = run(extractor, _BOX + "Der Umsatz von RWE stieg auf 96 Millionen Euro.",
            headline="RWE: Zahlen")
    assert "Halvenor Wasserkraft" not in labels(x)
    assert ("RWE", Decimal("96000000")) in metric_facts(x, "Revenue")


def test_box_of_a_catalogued_company_finds_no_second_one(extractor: Extractor) -> None:
    """Look-alike: a box printing a catalogued company with its legal form is left to the
    catalogue, where the text names the company without it."""
    x = run(extractor, "Continental AG | WKN: 543900 | ISIN: DE0005439004\nDer Reifenhersteller "
            "Continental steigerte den Umsatz auf 5,2 Milliarden Euro.",
            headline="Continental-Aktie: Marge steigt")
    assert "Continental AG" in labels(x)
    assert "Continental" not in labels(x)


# --- a question word opening a heading ----------------------------------------------------

def test_question_word_is_no_word_of_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Bramley Foods rose 5% on Monday.\n\nIs Bramley Foods stock a buy?\n\n"
            "Piper Sandler kept an overweight rating with a $64 price target.",
            lang="en", headline="Bramley Foods stock jumps")
    assert not any(label.startswith("Is ") for label in labels(x))
    assert ("Piper Sandler", "Bramley Foods", "overweight") in rating_facts(x)


def test_name_opening_a_statement_keeps_its_words(extractor: Extractor) -> None:
    """Look-alike: with no question word before it, the name is read whole as before."""
    x = run(extractor, "Bramley Foods stock is a buy, Piper Sandler said, keeping an overweight "
            "rating.", lang="en", headline="Bramley Foods stock jumps")
    assert kinds(x).get("Bramley Foods") == "Company"


# --- price targets ranging from one amount to another ------------------------------------

def test_targets_ranging_from_one_amount_to_another_are_one_span(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Verizon rose 2%. Of the 20 analysts covering Verizon, 11 rate "
            "it a buy, with price targets ranging from $41 to $57.", lang="en",
            headline="Verizon shares rise")
    assert ("Verizon", Decimal("41"), Decimal("57")) in ranges(x, "PriceTarget")
    assert not {v for _, v in metric_facts(x, "PriceTarget")} & {Decimal("41"), Decimal("57")}


def test_target_raised_from_one_amount_to_another_is_a_change(extractor: Extractor) -> None:
    """Look-alike: "from … to" after a verb of change is the old and the new target."""
    x = run(extractor, "Wells Fargo raised its price target on Verizon from $41 to $57.",
            lang="en", headline="Verizon shares rise")
    assert not ranges(x, "PriceTarget")
    assert ("Verizon", Decimal("57")) in metric_facts(x, "PriceTarget")


# --- a rating before a later clause with its own company and house -----------------------

_LATER_CLAUSE = ("Die Schweizer Großbank UBS bekräftigte ihr \"Buy\" mit einem Ziel von 41 Euro, "
                 "für den Konkurrenten LEG Immobilien nennt UBS ein Ziel von 99 Euro.")


def test_rating_before_a_clause_with_its_own_company_and_house(extractor: Extractor) -> None:
    x = run(extractor, "Die Vonovia-Aktie notiert bei 28 Euro. " + _LATER_CLAUSE,
            headline="Vonovia-Aktie: Kommt die Wende?")
    assert ("UBS", "LEG Immobilien", "Buy") not in rating_facts(x)
    assert ("LEG Immobilien", Decimal("99")) in metric_facts(x, "PriceTarget")
    assert ("LEG Immobilien", Decimal("41")) not in metric_facts(x, "PriceTarget")


def test_rival_of_that_clause_is_no_rival_of_the_house(extractor: Extractor) -> None:
    x = run(extractor, "Die Vonovia-Aktie notiert bei 28 Euro. " + _LATER_CLAUSE,
            headline="Vonovia-Aktie: Kommt die Wende?")
    assert frozenset({"UBS", "LEG Immobilien"}) not in rival_pairs(x)
    assert frozenset({"Vonovia", "LEG Immobilien"}) in rival_pairs(x)


def test_rating_naming_its_company_keeps_it(extractor: Extractor) -> None:
    """Look-alike: a company named in the rating's own clause is rated, a later clause aside."""
    x = run(extractor, "Die UBS bekräftigte ihr \"Buy\" für LEG Immobilien mit einem Ziel von 99 "
            "Euro, die Aktie notiert bei 80 Euro.", headline="Immobilienwerte im Blick")
    assert ("UBS", "LEG Immobilien", "Buy") in rating_facts(x)


def test_bank_rival_of_a_bank_stays(extractor: Extractor) -> None:
    """Look-alike: a bank that reports, not rates, has a rival bank."""
    x = run(extractor, "Die Deutsche Bank steigerte den Gewinn um 9 Prozent, der Konkurrent "
            "Commerzbank wuchs langsamer.", headline="Banken im Vergleich")
    assert frozenset({"Deutsche Bank", "Commerzbank"}) in rival_pairs(x)


# --- a position in a fund, and a fund named whole ---------------------------------------

def test_ranked_holding_in_a_fund_makes_no_holder(extractor: Extractor) -> None:
    x = run(extractor, "AT&T is the third-largest holding in the Vanguard Communication Services "
            "ETF, behind Alphabet.", lang="en", headline="AT&T shares")
    assert not any(p == "investsIn" and s == "AT&T" for s, p, _ in triples(x))
    assert kinds(x).get("Vanguard Communication Services ETF") == "FinancialInstitution"
    assert "Vanguard" not in labels(x)


def test_stake_in_a_company_keeps_its_holder(extractor: Extractor) -> None:
    """Look-alike: a stake held in a company names its holder before it."""
    x = run(extractor, "Siemens holds a stake of about 67% in Siemens Healthineers.",
            lang="en", headline="Siemens stake")
    assert ("Siemens", "investsIn", "Siemens Healthineers") in triples(x)


# --- a result per share after another company's results ---------------------------------

def test_result_per_share_goes_on_with_the_results_told_before(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Bramley Foods (NYSE: BRMF) rose 9% on Tuesday, while shares of "
            "rival General Mills slipped 1.4%.\n\nBramley's net sales rose 4% to $1.2 billion. "
            "Adjusted earnings per share came in at $0.88.", lang="en",
            headline="Why Bramley Foods stock jumped")
    assert ("Bramley Foods", Decimal("0.88")) in metric_facts(x, "EarningsPerShare")
    assert ("General Mills", Decimal("0.88")) not in metric_facts(x, "EarningsPerShare")


def test_result_per_share_after_the_share_move_stays_the_movers(extractor: Extractor) -> None:
    """Look-alike: right after the mover's own share move, the result per share is its."""
    x = run(extractor, "Shares of General Mills slipped 1.4% on Tuesday. Adjusted earnings per "
            "share came in at $0.88.", lang="en", headline="Food stocks")
    assert ("General Mills", Decimal("0.88")) in metric_facts(x, "EarningsPerShare")


# --- a sector sub-index with a capitalised sector word -----------------------------------

def test_capitalised_sector_index_move_is_not_the_broad_index(extractor: Extractor) -> None:
    x = run(extractor, "Allstate slipped 1.4%, and the S&P 500 Insurance index was down 0.6%.",
            lang="en", headline="Insurers fall")
    assert ("S&P 500", Decimal("-0.6")) not in metric_facts(x, "StockPriceChange")


def test_broad_index_move_stays_the_index(extractor: Extractor) -> None:
    """Look-alike: "index" right after the name, or a word that calls the index itself so."""
    x = run(extractor, "Allstate slipped 1.4%, and the S&P 500 Stock index was down 0.6%.",
            lang="en", headline="Insurers fall")
    assert ("S&P 500", Decimal("-0.6")) in metric_facts(x, "StockPriceChange")
