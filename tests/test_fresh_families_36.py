"""Whose ticker, rival, change and share move a sentence tells, on families of
construction that hold in any article, on sentences written for these tests:
an exchange-coded ticker in the bracket after a company's name ("LVMH (EPA:
MC)") is that company's when the ticker's catalogued owner does not trade on
the coded exchange; a rival noun opening the sentence ("Rival X rose 4% and Y
added 2%") makes the rival the article company's, not the next clause's
subject's; "a bookings beat and X's deal" beats no one; a percentage set off
by a comma after an amount in billions ("gross bookings of $49.6 billion, up
19%") is the amount's change, not the share's; companies named after a rival
noun ("against rivals X and Y") are no candidates for a seat reference after
them ("the California-based company"), which stays with the article's company;
a seat compound and a few descriptive words ("London-based self-driving
startup X") pass over to the item; a word naming a line of business after a
company's name ("Acme Diagnostics") or alone before a unit noun ("the
Pharmaceuticals division") names the company's unit. Each with a look-alike
where the old reading holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from helpers import figure_facts, labels, rival_pairs, run, triples

from kg.ingest import make_article
from kg.nlp.extract import Extractor

# --- an exchange-coded ticker after another company's name ---------------------------


def test_coded_ticker_after_a_name_is_that_names(extractor: Extractor) -> None:
    x = run(extractor, "LVMH (EPA: MC) said on Tuesday that quarterly sales rose 3%.",
            lang="en", headline="Luxury results")
    assert ("LVMH", "listedOn", "Euronext Paris") in triples(x)
    assert "Moelis & Company" not in labels(x)


def test_coded_ticker_after_its_own_company_still_names_it(extractor: Extractor) -> None:
    x = run(extractor, "Moelis & Company (NYSE: MC) said on Tuesday its advisory revenue rose.",
            lang="en", headline="Results")
    assert ("Moelis & Company", "listedOn", "New York Stock Exchange") in triples(x)


# --- a rival noun opening the sentence ------------------------------------------------

_LUXURY = "LVMH said on Tuesday that organic sales grew 3% in the quarter. "


def test_opening_rival_is_the_articles_companys(extractor: Extractor) -> None:
    x = run(extractor, _LUXURY + "Rival Kering rose 4.1% and Hermès added 2.3%.",
            lang="en", headline="LVMH sales rise")
    pairs = rival_pairs(x)
    assert frozenset(("LVMH", "Kering")) in pairs
    assert frozenset(("Hermès", "Kering")) not in pairs


def test_a_competition_phrase_opening_the_sentence_keeps_its_later_subject(
        extractor: Extractor) -> None:
    x = run(extractor, "Infineon hat die Erwartungen übertroffen. Der Zulieferer Bosch hat seine "
                       "Bestellungen ausgeweitet. Im Wettbewerb mit STMicroelectronics und Renesas "
                       "habe Infineon Marktanteile gewonnen.", headline="Infineon-Aktie steigt")
    pairs = rival_pairs(x)
    assert frozenset(("Infineon Technologies", "STMicroelectronics")) in pairs
    assert frozenset(("Bosch", "STMicroelectronics")) not in pairs


def test_opening_rival_with_a_determiner_too(extractor: Extractor) -> None:
    x = run(extractor, _LUXURY + "The closest rival Kering rose 4.1% and Hermès added 2.3%.",
            lang="en", headline="LVMH sales rise")
    pairs = rival_pairs(x)
    assert frozenset(("LVMH", "Kering")) in pairs
    assert frozenset(("Hermès", "Kering")) not in pairs


# --- "beat" followed by a conjunction --------------------------------------------------


def test_a_beat_joined_by_and_beats_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Uber also agreed a robotaxi deal with Wayve on Tuesday.",
            lang="en", headline="Uber upgraded after bookings beat and Wayve robotaxi deal")
    assert frozenset(("Uber", "Wayve")) not in rival_pairs(x)


def test_a_company_beating_another_is_still_a_rival(extractor: Extractor) -> None:
    x = run(extractor, "Uber beat Lyft on bookings growth in the third quarter.",
            lang="en", headline="Results")
    assert frozenset(("Uber", "Lyft")) in rival_pairs(x)


# --- a change set off after an amount in billions ------------------------------------


def test_change_after_an_amount_in_billions_is_the_amounts(extractor: Extractor) -> None:
    x = run(extractor, "Uber reported third-quarter gross bookings of $49.6 billion, up 19% "
                       "from a year earlier.", lang="en", headline="Uber results")
    facts = figure_facts(x)
    assert ("Uber", "Other", Decimal("19"), "Percent") in facts
    assert ("Uber", "StockPriceChange", Decimal("19"), "Percent") not in facts


def test_change_after_a_share_price_stays_the_shares(extractor: Extractor) -> None:
    x = run(extractor, "Qantas closed at A$11.42, up 5%, after the results.",
            lang="en", headline="Shares")
    assert ("Qantas", "StockPriceChange", Decimal("5"), "Percent") in figure_facts(x)


# --- a seat reference two companies of the passage fit ---------------------------------

_STREAMER = ("Netflix reported revenue of $12.4 billion on Tuesday. Its co-chief executive "
             "pointed to live sports as a draw against rivals Disney and Warner Bros. Discovery. ")
_MOVE = "Shares of the California-based company rose 7.3% to $1,142 in after-hours trading."


def test_seat_reference_after_named_rivals_is_the_articles_company(extractor: Extractor) -> None:
    x = run(extractor, _STREAMER + _MOVE, lang="en", headline="Netflix beats estimates")
    facts = figure_facts(x)
    assert ("Netflix", "StockPriceChange", Decimal("7.3"), "Percent") in facts
    assert ("Netflix", "SharePrice", Decimal("1142"), "USD") in facts
    movers = {f[0] for f in facts if f[1] in ("StockPriceChange", "SharePrice")}
    assert not movers & {"Disney", "Warner Bros. Discovery"}


def test_seat_reference_with_no_other_company_moves_the_subject(extractor: Extractor) -> None:
    x = run(extractor, "Netflix reported revenue of $12.4 billion on Tuesday. " + _MOVE,
            lang="en", headline="Netflix beats estimates")
    facts = figure_facts(x)
    assert ("Netflix", "StockPriceChange", Decimal("7.3"), "Percent") in facts
    assert ("Netflix", "SharePrice", Decimal("1142"), "USD") in facts


# --- a seat compound with a descriptor before the item ----------------------------------


def test_seat_and_descriptor_before_a_partner_pass_over(extractor: Extractor) -> None:
    x = run(extractor, "Uber announced a partnership with London-based self-driving startup Wayve "
                       "to launch robotaxis.", lang="en", headline="Uber results")
    assert ("Uber", "partnerOf", "Wayve") in triples(x) or ("Wayve", "partnerOf", "Uber") in triples(x)
    assert ("Wayve", "locatedIn", "London") in triples(x)


def test_seat_of_peers_joined_to_a_name_keeps_the_name_out(extractor: Extractor) -> None:
    x = run(extractor, "Uber announced a partnership with London-based startups and with Lyft "
                       "drivers' groups.", lang="en", headline="Uber results")
    assert not {t for t in triples(x) if t[1] == "partnerOf" and "Lyft" in (t[0], t[2])}


# --- a line of business after a company's name, or alone before a unit noun ---------------

_PHARMA = ("Roche reported group sales of 46.3 billion Swiss francs for the first nine months. "
           "The Pharmaceuticals division grew sales 7% to 36.1 billion francs, while Roche "
           "Diagnostics sales rose 2% to 10.2 billion francs.")


def test_line_of_business_after_a_name_is_its_unit(extractor: Extractor) -> None:
    x = run(extractor, _PHARMA, lang="en", headline="Roche sales")
    facts = figure_facts(x)
    assert ("Roche Diagnostics", "Revenue", Decimal("10200000000"), "CHF") in facts
    assert ("Roche", "Revenue", Decimal("10200000000"), "CHF") not in facts
    assert ("Roche", "RevenueGrowth", Decimal("2"), "Percent") not in facts
    assert ("Roche Diagnostics", "subsidiaryOf", "Roche") in triples(x)


def test_line_of_business_alone_before_a_unit_noun_is_the_groups_unit(extractor: Extractor) -> None:
    x = run(extractor, _PHARMA, lang="en", headline="Roche sales")
    assert ("Roche Pharmaceuticals", "Revenue", Decimal("36100000000"), "CHF") in figure_facts(x)
    assert ("Roche Pharmaceuticals", "subsidiaryOf", "Roche") in triples(x)


def test_a_longer_name_after_a_line_word_makes_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "Roche said on Monday that Roche Diagnostics Solutions grew sales 4%.",
            lang="en", headline="Roche sales")
    assert not {e.label for e in x.entities if e.type == "BusinessUnit"}


def test_a_german_unit_is_no_line_of_business(extractor: Extractor) -> None:
    x = run(extractor, "Roche said on Monday that its German division grew sales 4%.",
            lang="en", headline="Roche sales")
    assert not {e.label for e in x.entities if e.type == "BusinessUnit"}


# --- the carmakers' brands, a whole list of the catalogue -------------------------------


def test_a_groups_listed_brands_are_its_units(extractor: Extractor) -> None:
    x = run(extractor, "Stellantis, whose brands include Jeep, Fiat and Peugeot, said shipments "
                       "rose 9%.", lang="en", headline="Stellantis shipments")
    found = triples(x)
    for brand in ("Jeep", "Fiat", "Peugeot"):
        assert (brand, "subsidiaryOf", "Stellantis") in found
    assert {e.type for e in x.entities if e.label in ("Jeep", "Fiat", "Peugeot")} == {"BusinessUnit"}


def test_a_brand_that_is_an_ordinary_word_is_left_out(extractor: Extractor) -> None:
    x = run(extractor, "Stellantis said Ram trucks sold well, as did memory chips with more RAM.",
            lang="en", headline="Stellantis shipments")
    assert "Ram" not in labels(x)


# --- an unknown name opening the number's clause ------------------------------------------

_DIVISIONS = "LVMH said on Tuesday that organic revenue grew 3% in the quarter. "


def test_an_unknown_name_joined_by_ampersand_owns_its_growth(extractor: Extractor) -> None:
    x = run(extractor, _DIVISIONS + "Fashion & Leather Goods, which accounts for almost half of "
                                    "group sales, posted organic growth of 2%.",
            lang="en", headline="LVMH sales rise")
    assert ("LVMH", "RevenueGrowth", Decimal("2"), "Percent") not in figure_facts(x)


def test_a_known_name_joined_by_ampersand_keeps_its_growth(extractor: Extractor) -> None:
    x = run(extractor, "Procter & Gamble, which makes Tide detergent, posted organic sales growth "
                       "of 2% in the quarter.", lang="en", headline="P&G results")
    assert ("Procter & Gamble", "RevenueGrowth", Decimal("2"), "Percent") in figure_facts(x)


def test_a_known_name_in_an_apposition_to_an_unknown_one_owns_nothing(extractor: Extractor) -> None:
    x = run(extractor, _DIVISIONS + "Perfumes rose 5% and Selective Retailing, home to Sephora, "
                                    "grew 7%.", lang="en", headline="LVMH sales rise")
    facts = figure_facts(x)
    assert not {f for f in facts if f[2] == Decimal("7") and f[0] in ("Sephora", "LVMH")}


def test_a_known_name_with_an_apposition_keeps_its_number(extractor: Extractor) -> None:
    x = run(extractor, "Siemens, the German engineering group, grew revenue 7% in the quarter.",
            lang="en", headline="Siemens results")
    assert ("Siemens", "RevenueGrowth", Decimal("7"), "Percent") in figure_facts(x)


# --- active consumers of a platform are its users -----------------------------------------


def test_active_platform_consumers_are_users(extractor: Extractor) -> None:
    x = run(extractor, "Uber said trips grew 16%, and monthly active platform consumers reached "
                       "195 million.", lang="en", headline="Uber results")
    assert ("Uber", "Users", Decimal("195000000"), "Count") in figure_facts(x)


def test_consumers_who_spend_are_no_users(extractor: Extractor) -> None:
    x = run(extractor, "Walmart said consumers reached 40 million in its stores over the holidays.",
            lang="en", headline="Walmart results")
    assert not {f for f in figure_facts(x) if f[1] == "Users"}


# --- a bare quarter in an article that counts fiscal quarters --------------------------------


def _periods(extractor: Extractor, body: str) -> dict[Decimal | None, str | None]:
    article = make_article(text="Chipmaker results\n" + body, source="test", article_id="t",
                           lang="en", published=date(2026, 12, 3))
    return {f.value: f.period for f in extractor.extract(article).figures}


def test_a_bare_quarter_beside_a_fiscal_one_is_fiscal(extractor: Extractor) -> None:
    periods = _periods(extractor, "Broadcom expects revenue of $21.5 billion for the first quarter "
                                  "of fiscal 2027. Revenue for the fourth quarter rose 24% to $18.9 "
                                  "billion.")
    assert periods[Decimal("18900000000")] == "Q4 FY2026"


def test_a_bare_quarter_with_no_fiscal_one_is_of_the_calendar(extractor: Extractor) -> None:
    periods = _periods(extractor, "Broadcom expects revenue of $21.5 billion for 2027. Revenue for "
                                  "the fourth quarter rose 24% to $18.9 billion.")
    assert periods[Decimal("18900000000")] == "Q4 2026"


def test_capitalised_german_nouns_before_an_apposition_are_no_unknown_name(
        extractor: Extractor) -> None:
    x = run(extractor, "Tencent hat mehr verdient. Die Messenger-App, die in China unter dem Namen "
                       "Weixin läuft, kommt inzwischen auf 1,41 Milliarden monatlich aktive Nutzer.",
            headline="Tencent verdient mehr")
    assert {f for f in figure_facts(x) if f[1] == "Users" and f[2] == Decimal("1410000000")}
