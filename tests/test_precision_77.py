"""Governance and deal stories: a fight over control ("a proxy fight with X", "a boardroom
battle with X") or advice against a proposal ("recommended against the pay report at X") makes
no rivals; an executive's pay ("total pay of £6.3mn", "eine Gesamtvergütung von 4,6 Mill.
Euro") is no profit or investment of anyone; a bid's offer price per share is the price of the
shares bought, never the bidder's earnings; a partner named right after an investment firm
("Cevian partner X") is the firm's person, who speaks for the fund and not as an analyst; section
labels and governance nouns a heading capitalises ("Personalien:", "Activist Investors",
"Leiterin Corporate Governance") name no one. Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import employers, labels, metric_facts, rival_pairs, run, run_in, triples

from kg.nlp.extract import Extractor


def test_a_proxy_fight_makes_no_rivals_but_a_price_war_does(extractor: Extractor) -> None:
    x = run_in(extractor, "Cevian Capital settled a proxy fight with Bilfinger last year. "
                          "Siemens is locked in a price war with ABB over drives.", "en")
    assert frozenset({"Cevian Capital", "Bilfinger"}) not in rival_pairs(x)
    assert frozenset({"Siemens", "ABB"}) in rival_pairs(x)


def test_a_boardroom_battle_makes_no_rivals_but_battling_for_orders_does(extractor: Extractor) -> None:
    fight = run_in(extractor, "Elliott Management is waging a boardroom battle with Dynatrace.", "en")
    assert frozenset({"Elliott Management", "Dynatrace"}) not in rival_pairs(fight)
    market = run_in(extractor, "Siemens battles with ABB for drive orders.", "en")
    assert frozenset({"Siemens", "ABB"}) in rival_pairs(market)


def test_advice_against_a_proposal_makes_no_rivals_but_competing_against_does(extractor: Extractor) -> None:
    x = run_in(extractor, "Glass Lewis recommended against the Siemens pay report. "
                          "Siemens competes against ABB in drives.", "en")
    assert frozenset({"Glass Lewis", "Siemens"}) not in rival_pairs(x)
    assert frozenset({"Siemens", "ABB"}) in rival_pairs(x)


def test_pay_handed_to_a_chief_is_no_investment_but_a_price_paid_for_a_unit_is(extractor: Extractor) -> None:
    x = run_in(extractor, "Siemens paid its chief executive Anna Berg $9 million last year. "
                          "Siemens will pay $2 billion for the rival unit.", "en")
    assert ("Siemens", Decimal("9000000")) not in metric_facts(x, "Investment")
    assert ("Siemens", Decimal("2000000000")) in metric_facts(x, "Investment")


def test_total_pay_and_a_pay_plan_are_no_figures_but_orders_received_are(extractor: Extractor) -> None:
    x = run_in(extractor, "Shareholders of Siemens rejected a £14mn pay plan for chief executive Anna "
                          "Berg. Berg received total pay of £6.3mn for 2025. Siemens received total "
                          "orders of £8.2bn for 2025.", "en")
    values = {f.value for f in x.figures}
    assert Decimal("14000000") not in values
    assert Decimal("6300000") not in values
    assert Decimal("8200000000") in values


def test_a_german_pay_total_is_no_profit_but_a_price_paid_is_an_investment(extractor: Extractor) -> None:
    x = run_in(extractor, "Der Stimmrechtsberater Glass Lewis hatte abgeraten, weil Vorstandschef "
                          "Torsten Kreile von Bilfinger trotz eines Gewinnrückgangs eine höhere "
                          "Gesamtvergütung von 4,6 Mill. Euro erhalten hatte. Bilfinger zahlt 300 "
                          "Millionen Euro für den Zukauf.", "de")
    assert Decimal("4600000") not in {f.value for f in x.figures}
    assert ("Bilfinger", Decimal("300000000")) in metric_facts(x, "Investment")


def test_an_offer_price_per_share_is_the_bought_companys_share_price(extractor: Extractor) -> None:
    passive = run_in(extractor, "Infineon agreed to be bought by Siemens at an offer price of $45 per share.", "en")
    assert metric_facts(passive, "SharePrice") == {("Infineon Technologies", Decimal("45"))}
    assert not metric_facts(passive, "EarningsPerShare")
    active = run_in(extractor, "Siemens agreed to buy Infineon at an offer price of $45 per share.", "en")
    assert metric_facts(active, "SharePrice") == {("Infineon Technologies", Decimal("45"))}


def test_earnings_per_share_stay_earnings_and_an_ipo_offer_price_is_the_issuers(extractor: Extractor) -> None:
    earnings = run_in(extractor, "Siemens reported earnings of $4.50 per share.", "en")
    assert ("Siemens", Decimal("4.50")) in metric_facts(earnings, "EarningsPerShare")
    ipo = run_in(extractor, "Infineon set the IPO offer price at $18 per share.", "en")
    assert ("Infineon Technologies", Decimal("18")) in metric_facts(ipo, "SharePrice")
    assert not metric_facts(ipo, "EarningsPerShare")


def test_a_funds_partner_is_its_person_and_no_analyst(extractor: Extractor) -> None:
    x = run_in(extractor, "Cevian Capital built a stake in Bilfinger. In a letter to Bilfinger Chief "
                          "Executive Thomas Schulz, Cevian partner Megan Ashford wrote that the shares "
                          "have lagged.", "en")
    assert ("Megan Ashford", "Person") in {(e.label, e.type) for e in x.entities}
    worked = {(r.subject, r.object) for r in x.relations if r.predicate == "worksFor"}
    assert ("Megan Ashford", "Cevian Capital") in worked
    assert ("Thomas Schulz", "Cevian Capital") not in worked
    assert ("Cevian Capital", "covers", "Bilfinger") not in triples(x)


def test_a_german_funds_partner_is_its_person(extractor: Extractor) -> None:
    assert ("Tobias Krall", "Cevian Capital") in employers(
        extractor, "Cevian-Partner Tobias Krall schrieb an den Aufsichtsrat von Bilfinger.", "de")


def test_a_companys_partner_after_its_name_stays_a_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Nvidia partner Hon Hai builds servers for the cloud.", "en")
    assert "Person" not in {e.type for e in x.entities}
    assert ("Foxconn", "partnerOf", "Nvidia") in triples(x)


def test_a_section_label_before_a_described_company_is_no_company(extractor: Extractor) -> None:
    label = run(extractor, "Volkswagen bekommt einen neuen Finanzvorstand.",
                headline="Personalien: Der Wolfsburger Autobauer baut den Vorstand um")
    assert "Personalien" not in labels(label)
    named = run_in(extractor, "Kessler Präzision: Der Maschinenbauer aus Ulm hat den Umsatz um 5 "
                              "Prozent gesteigert.", "de")
    assert "Kessler Präzision" in labels(named)


def test_a_department_after_a_title_is_no_person(extractor: Extractor) -> None:
    x = run_in(extractor, "\"Das tragen wir nicht mit\", sagte Sabine Korte, Leiterin Corporate "
                          "Governance bei Deka Investment.", "de")
    assert "Corporate Governance" not in labels(x)
    assert "Sabine Korte" in labels(x)


def test_a_headings_activist_investors_are_no_firm_but_a_named_investors_firm_is(extractor: Extractor) -> None:
    x = run(extractor, "Activist investor says the software maker should cut costs\n"
                       "Quarry Hill Investors bought a stake in Dynatrace.\n\nREAD MORE\n"
                       "Activist Investors Return in Force at Chip Makers\n\nThe stock rose 3%.", "en",
            headline="Quarry Hill Investors Takes Stake in Dynatrace")
    assert not any("Activist" in label for label in labels(x))
    assert ("Quarry Hill Investors", "investsIn", "Dynatrace") in triples(x)


def test_an_offer_price_alone_is_a_share_price(extractor: Extractor) -> None:
    """Look-alike: with no "per share" after it, an offer price a debut moves from is the price
    of a share, no one's investment."""
    for text in ("Muster Semiconductor shares jumped 20% on their debut from the offer price of "
                 "HK$162.",
                 "Muster Semiconductor, which sold shares at an offer price of HK$162, rose 20% on "
                 "its debut."):
        x = run_in(extractor, text, "en")
        assert ("Muster Semiconductor", Decimal("162")) in metric_facts(x, "SharePrice")
        assert not metric_facts(x, "Investment")
