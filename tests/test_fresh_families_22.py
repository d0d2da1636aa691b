"""Families of construction that hold in any article, on sentences written for
these tests (invented drugs and companies where the catalogue is not needed): the
weight a trial's patients lose is a clinical `Other` figure signed as a loss, never a
fall of the company's profit; a rating in quotes written in lower case ("to "neutral"
from "overweight"", as wires print them) is a rating; "started coverage of X" is a verb
of rating that makes X the rated one, also where X is a bank; each with a look-alike
where nothing (or something else) may be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- weight lost in a trial -------------------------------------------------------


def test_weight_loss_is_a_clinical_figure_not_a_profit_fall(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk said its experimental drug amycretin helped patients lose "
            "an average of 22.1% of their weight after 68 weeks. Its rival drug produced 13.5% "
            "weight loss in a separate study.", lang="en",
            headline="Novo Nordisk trial shows weight loss")
    facts = figure_facts(x)
    assert not any(metric in ("Profit", "ProfitGrowth") for _, metric, _, _ in facts)
    assert ("Amycretin", "Other", Decimal("-22.1"), "Percent") in facts


def test_a_loss_of_money_is_still_a_loss(extractor: Extractor) -> None:
    """Look-alike: a net loss in money stays the company's (negative) profit."""
    x = run(extractor, "Novo Nordisk reported a net loss of 1.2 billion Danish crowns in the quarter.",
            lang="en", headline="Novo Nordisk posts loss")
    assert ("Novo Nordisk", "Profit", Decimal("-1200000000"), "DKK") in figure_facts(x)


# --- lower-case ratings in quotes and "started coverage of" --------------------------


def test_lower_case_neutral_in_quotes_is_a_rating_of_a_bank(extractor: Extractor) -> None:
    x = run(extractor, "JPMorgan downgraded Commerzbank to \"neutral\" from \"overweight\" and "
            "cut its target to 34 euros from 38 euros.", lang="en",
            headline="Analyst calls on European banks")
    assert {(r.by, r.about, r.rating) for r in x.ratings} == {("JPMorgan", "Commerzbank", "neutral")}
    assert ("Commerzbank", "PriceTarget", Decimal("34"), "EUR") in figure_facts(x)


def test_neutral_outside_quotes_is_no_rating(extractor: Extractor) -> None:
    """Look-alike: the plain word "neutral" with no quotes and no rating noun is none."""
    x = run(extractor, "JPMorgan said Commerzbank stayed neutral on the merger talks and cut "
            "costs.", lang="en", headline="Commerzbank news")
    assert not x.ratings


def test_started_coverage_makes_the_bank_after_it_the_rated_one(extractor: Extractor) -> None:
    x = run(extractor, "Lloyds shares rose 2.7% to 98.6 pence. Goldman Sachs started coverage "
            "of NatWest Group with a \"buy\" rating and a target of 6.40 pounds.", lang="en",
            headline="Analyst calls on European banks")
    assert {(r.by, r.about) for r in x.ratings} == {("Goldman Sachs", "NatWest Group")}
    assert ("Goldman Sachs", "covers", "NatWest Group") in triples(x)
    assert ("NatWest Group", "PriceTarget", Decimal("6.40"), "GBP") in figure_facts(x)


def test_started_without_coverage_joins_no_rater_and_rated(extractor: Extractor) -> None:
    """Look-alike: "started" with no "coverage" after it is no verb of rating: the bank
    named after the rater is its own subject's business, not rated by it."""
    x = run(extractor, "Goldman Sachs started talks with NatWest Group and kept a \"buy\" rating "
            "on Lloyds Banking Group.", lang="en", headline="Analyst calls on European banks")
    assert ("Goldman Sachs", "NatWest Group") not in {(r.by, r.about) for r in x.ratings}


# --- a product with its owner's "own" before it ---------------------------------------


def test_own_product_of_a_named_owner_is_no_product_of_earlier_names(extractor: Extractor) -> None:
    x = run(extractor, "Rivals DeepSeek and MiniMax have released new models in recent weeks, "
            "and Alibaba's own Qwen family ranks among the most downloaded open models.",
            lang="en", headline="Chinese AI labs race ahead")
    assert ("DeepSeek", "develops", "Qwen") not in triples(x)
    assert ("MiniMax", "develops", "Qwen") not in triples(x)
    assert ("Alibaba Group", "develops", "Qwen") in triples(x)


def test_product_released_by_its_maker_stays_its_own(extractor: Extractor) -> None:
    """Look-alike: with no other owner before the product, the verb's subject made it."""
    x = run(extractor, "Zhipu AI on Monday released GLM-4.6, its newest open model.",
            lang="en", headline="Zhipu releases model")
    assert ("Zhipu AI", "develops", "GLM-4.6") in triples(x)


# --- a new lettered version of a catalogued model family ------------------------------


def test_new_lettered_version_of_a_model_family_is_its_own_model(extractor: Extractor) -> None:
    x = run(extractor, "Moonshot AI on Wednesday released Kimi K5, an open-weight model built on "
            "Kimi K2 Thinking.", lang="en", headline="Moonshot releases new model")
    assert ("Kimi K5", "AIModel") in {(e.label, e.type) for e in x.entities}
    assert ("Moonshot AI", "develops", "Kimi K5") in triples(x)
    assert "Kimi" not in {r.subject for r in x.relations}


def test_other_letter_after_a_model_family_names_no_version(extractor: Extractor) -> None:
    """Look-alike: a letter the family's versions never carry ("Kimi X5") or a lettered
    code after a family without lettered versions ("Gemini T4") makes no new model."""
    x = run(extractor, "Moonshot AI said Kimi X5 servers and Gemini T4 chips were in short supply.",
            lang="en", headline="Moonshot news")
    found = {e.label for e in x.entities}
    assert "Kimi X5" not in found
    assert "Gemini T4" not in found


# --- "used" after an adverb of how often ---------------------------------------------


def test_widely_used_describes_a_noun_and_makes_no_user(extractor: Extractor) -> None:
    x = run(extractor, "Moonshot AI said its model scored 78.4% on a widely used coding test, "
            "compared with 76.3% for GPT-5.1.", lang="en", headline="Moonshot model release")
    assert ("Moonshot AI", "uses", "GPT-5.1") not in triples(x)


def test_a_company_that_used_a_model_still_uses_it(extractor: Extractor) -> None:
    """Look-alike: "used" as the verb of the subject still makes a user."""
    x = run(extractor, "Moonshot AI used GPT-5.1 to check its answers.", lang="en",
            headline="Moonshot model release")
    assert ("Moonshot AI", "uses", "GPT-5.1") in triples(x)


# --- a metric word inside a relative clause closed before a share's move ---------------


def test_takeover_in_a_closed_relative_clause_leaves_the_price_a_share_price(
        extractor: Extractor) -> None:
    x = run(extractor, "Commerzbank, which is fending off a takeover approach from UniCredit, "
            "fell 3.1% to 31.20 euros in Frankfurt trading.", lang="en",
            headline="Commerzbank shares fall")
    facts = figure_facts(x)
    assert ("Commerzbank", "SharePrice", Decimal("31.20"), "EUR") in facts
    assert not any(metric == "Investment" for _, metric, _, _ in facts)


def test_dividend_word_in_the_main_clause_still_names_the_amount(extractor: Extractor) -> None:
    """Look-alike: the metric word in the main clause, before the move, still names what
    the move ended at."""
    x = run(extractor, "Commerzbank raised its dividend by 4% to 0.65 euros a share.", lang="en",
            headline="Commerzbank lifts payout")
    assert ("Commerzbank", "Dividend", Decimal("0.65"), "EUR") in figure_facts(x)


# --- a German place adjective used as a noun ------------------------------------------


def test_place_adjective_as_noun_seats_no_partner_named_after_it(extractor: Extractor) -> None:
    x = run(extractor, "SAP hat neue Zahlen vorgelegt. Zugleich weiten die Walldorfer ihre "
            "Zusammenarbeit mit Microsoft aus.", headline="SAP-Aktie: Cloud wächst")
    assert ("Microsoft", "locatedIn", "Walldorf") not in triples(x)
    assert ("SAP", "locatedIn", "Walldorf") in triples(x)


def test_place_adjective_before_a_noun_still_seats_the_name(extractor: Extractor) -> None:
    """Look-alike: the adjective before a company noun and a name seats that name."""
    x = run(extractor, "Der Walldorfer Softwarekonzern SAP hat neue Zahlen vorgelegt.",
            headline="SAP-Aktie: Cloud wächst")
    assert ("SAP", "locatedIn", "Walldorf") in triples(x)


# --- "Im Wettbewerb um … trifft X auf Y" -----------------------------------------------


def test_competition_where_the_subject_meets_rivals_makes_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Im Wettbewerb um Unternehmenssoftware trifft SAP vor allem auf Oracle, "
            "Salesforce und Workday.", headline="SAP-Aktie: Cloud wächst")
    found = triples(x)
    for rival in ("Oracle", "Salesforce", "Workday"):
        assert ("SAP", "competitorOf", rival) in found or (rival, "competitorOf", "SAP") in found


def test_meeting_without_competition_makes_no_rivals(extractor: Extractor) -> None:
    """Look-alike: "trifft … auf" with no competition noun before it is a meeting."""
    x = run(extractor, "Auf der Messe trifft SAP-Chef Christian Klein auf Vertreter von Oracle.",
            headline="SAP auf der Messe")
    found = triples(x)
    assert ("SAP", "competitorOf", "Oracle") not in found
    assert ("Oracle", "competitorOf", "SAP") not in found


# --- a gapped clause after a list trigger ---------------------------------------------


def test_gapped_clause_pairs_each_subject_with_its_own_rival(extractor: Extractor) -> None:
    x = run(extractor, "Die Limousine SU7 konkurriert in China direkt mit dem Model 3, der YU7 "
            "mit dem Model Y.", headline="Xiaomi-Aktie: Rekord bei E-Autos")
    found = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Xiaomi SU7", "Model 3")) in found
    assert frozenset(("Xiaomi YU7", "Model Y")) in found
    assert frozenset(("Xiaomi SU7", "Xiaomi YU7")) not in found


def test_plain_list_after_the_trigger_stays_one_list(extractor: Extractor) -> None:
    """Look-alike: items joined by commas with no second preposition are all rivals of
    the subject."""
    x = run(extractor, "Die Limousine SU7 konkurriert in China direkt mit dem Model 3, dem "
            "Model Y und dem Han.", headline="Xiaomi-Aktie: Rekord bei E-Autos")
    found = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Xiaomi SU7", "Model 3")) in found
    assert frozenset(("Xiaomi SU7", "Model Y")) in found


# --- a sector index printed with its sector word in lower case -------------------------


def test_sector_index_with_lower_case_sector_word_is_the_sector_index(extractor: Extractor) -> None:
    x = run(extractor, "The Stoxx Europe 600 banks index rose 0.4% to 298.6 points.", lang="en",
            headline="European banks rally")
    facts = figure_facts(x)
    assert ("Stoxx Europe 600 Banks", "IndexLevel", Decimal("298.6"), "Points") in facts
    assert "Stoxx Europe 600" not in {e.label for e in x.entities}


def test_broad_index_before_another_lower_case_word_stays_the_broad_index(
        extractor: Extractor) -> None:
    """Look-alike: a lower-case word that names no sector of the catalogue after the broad
    index leaves it the broad index."""
    x = run(extractor, "The Stoxx Europe 600 gained 0.4% to 580.1 points, led by banks.",
            lang="en", headline="European shares rise")
    assert ("Stoxx Europe 600", "IndexLevel", Decimal("580.1"), "Points") in figure_facts(x)


# --- German suppliers: "bezieht X vom Y", "hat vom Y einen Auftrag … erhalten" -----------


def test_goods_bought_from_a_supplier_after_vom_make_it_the_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Die Chips für die Radarmodule bezieht Hensoldt vom Münchner "
            "Halbleiterkonzern Infineon.", headline="Hensoldt-Aktie: Großauftrag")
    assert ("Infineon Technologies", "supplierOf", "Hensoldt") in triples(x)


def test_order_received_from_a_ministry_named_first_makes_a_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Hensoldt hat vom Bundesverteidigungsministerium einen Auftrag über 1,4 "
            "Milliarden Euro für weitere Radare erhalten.", headline="Hensoldt-Aktie: Großauftrag")
    assert ("Hensoldt", "supplierOf", "Federal Ministry of Defence") in triples(x)


def test_report_from_a_ministry_is_no_order(extractor: Extractor) -> None:
    """Look-alike: something other than an order received from the ministry makes no
    supplier."""
    x = run(extractor, "Hensoldt hat vom Bundesverteidigungsministerium einen Bericht über die "
            "Radare erhalten.", headline="Hensoldt-Aktie: Bericht")
    assert ("Hensoldt", "supplierOf", "Federal Ministry of Defence") not in triples(x)


# --- a city as trading venue with the time of the session before it --------------------


def test_city_after_the_time_of_the_session_is_the_trading_venue(extractor: Extractor) -> None:
    x = run(extractor, "Lloyds shares rose 2.7% to 98.6 pence in early London trading.",
            lang="en", headline="Lloyds shares rise")
    assert ("Lloyds Banking Group", "listedOn", "London Stock Exchange") in triples(x)


def test_city_after_early_with_no_shares_is_no_venue(extractor: Extractor) -> None:
    """Look-alike: "in early London" with no share, trade or move near it is a time and a
    place, no venue."""
    x = run(extractor, "Lloyds Banking Group opened a new office in early London spring weather.",
            lang="en", headline="Lloyds opens office")
    assert ("Lloyds Banking Group", "listedOn", "London Stock Exchange") not in triples(x)


# --- German "Produkt von Hersteller" ---------------------------------------------------


def test_product_with_von_and_its_maker_right_after_is_developed_by_it(extractor: Extractor) -> None:
    x = run(extractor, "Der KI-Assistent Joule von SAP soll künftig direkt mit Microsofts "
            "Copilot zusammenarbeiten.", headline="SAP-Aktie: Cloud wächst")
    assert ("SAP", "develops", "Joule") in triples(x)


def test_von_after_no_product_names_no_maker(extractor: Extractor) -> None:
    """Look-alike: "von" after a noun that is no product ("die Kunden von SAP") or with no
    name right after it makes no developer."""
    x = run(extractor, "Die Kunden von SAP nutzen Copilot seit Jahren von morgens bis abends.",
            headline="SAP-Aktie: Cloud wächst")
    assert not any(p == "develops" and s == "SAP" for s, p, _ in triples(x))


# --- "founded … by" a person -----------------------------------------------------------


def test_company_founded_by_a_person_employs_the_founder(extractor: Extractor) -> None:
    x = run(extractor, "Moonshot AI, founded in 2023 by Yang Zhilin, was valued at $4.3 billion.",
            lang="en", headline="Moonshot releases model")
    assert ("Yang Zhilin", "worksFor", "Moonshot AI") in triples(x)


def test_founded_without_a_person_after_by_employs_no_one(extractor: Extractor) -> None:
    """Look-alike: "founded by" followed by no person's name makes no employee of the
    person named later in another role."""
    x = run(extractor, "The fund, founded by investors in 2023, bought shares of Moonshot AI "
            "from Yang Zhilin.", lang="en", headline="Moonshot news")
    assert not any(p == "worksFor" for _, p, _ in triples(x))
