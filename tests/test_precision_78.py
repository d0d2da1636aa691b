"""Wrong facts from a firm the extractor does not know, and from readings of order and
sign: a firm named in full by a trade word ("Kestrel Software") and later by its first word
alone is found; a clause whose subject is an unknown name gives its figures to no company
nearby; a rival noun after a sentence whose subject follows its verb is that subject's rival;
a unit named after a company of the article is that company's, not the investor's named
beside it; a bare exchange name beside its index named in full is the index; a price per
share class in a priced IPO is no earnings; a fall told by the verb closing its own clause
is a fall. Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rival_pairs, run, run_in, triples

from kg.nlp.extract import Extractor


def test_a_firm_named_by_its_trade_word_and_again_by_its_first_word_is_found(
        extractor: Extractor) -> None:
    found = run_in(extractor, "Starboard Value has built a 4.8% stake in Kestrel Software. The fund "
                              "is now one of Kestrel's largest holders. Kestrel reported revenue of "
                              "$1.3 billion for the year.", "en")
    assert "Kestrel Software" in labels(found)
    assert ("Kestrel Software", Decimal("1300000000")) in metric_facts(found, "Revenue")
    assert ("Starboard Value", Decimal("1300000000")) not in metric_facts(found, "Revenue")
    # the trade word names a sector where the first word is never printed alone
    sector = run_in(extractor, "Starboard Value has built a 4.8% stake in Kestrel Software. "
                               "Revenue rose 5% last year.", "en")
    assert "Kestrel Software" not in labels(sector)


def test_an_unknown_name_opening_the_clause_keeps_its_figures_from_the_company_nearby(
        extractor: Extractor) -> None:
    unknown = run_in(extractor, "Elliott Management has built a 5% stake in Marlowe. Its analysts "
                                "met Marlowe managers in May. Marlowe reported revenue of $2.4 "
                                "billion, up 6%.", "en")
    assert not [f for f in unknown.figures if f.metric in ("Revenue", "RevenueGrowth")]
    # a common word opening the sentence is no name: the company of the passage keeps its figure
    known = run_in(extractor, "Siemens reported results on Thursday. Revenue rose 6% to $2.4 "
                              "billion.", "en")
    assert ("Siemens", Decimal("2400000000")) in metric_facts(known, "Revenue")


def test_a_rival_noun_after_a_subject_behind_the_verb_is_that_subjects_rival(
        extractor: Extractor) -> None:
    after_verb = run(extractor, "Die Deutsche Telekom übernimmt den Glasfaseranbieter Moorland "
                                "Netze. Moorland Netze hat 200.000 Kunden. Die Technik für Moorland "
                                "Netze liefert der finnische Ausrüster Nokia. Der schwedische "
                                "Konkurrent Ericsson beliefert die Telekom mit Antennen.", "de",
                     headline="Telekom kauft Netzbetreiber")
    assert frozenset({"Nokia", "Ericsson"}) in rival_pairs(after_verb)
    assert frozenset({"Moorland Netze", "Ericsson"}) not in rival_pairs(after_verb)
    # the subject opening the sentence before keeps the rival
    opening = run(extractor, "Die Deutsche Telekom übernimmt den Glasfaseranbieter Moorland "
                             "Netze. Moorland Netze hat 200.000 Kunden. Moorland Netze kauft "
                             "Technik beim Ausrüster Nokia. Der Konkurrent Pyrlo Netz baut aus.",
                  "de", headline="Telekom kauft Netzbetreiber")
    assert frozenset({"Nokia", "Pyrlo Netz"}) not in rival_pairs(opening)


def test_a_unit_named_after_a_company_of_the_article_is_not_the_investors(
        extractor: Extractor) -> None:
    x = run_in(extractor, "Der Finanzinvestor Cevian Capital hat sich bei der Wendeler Chemie AG "
                          "eingekauft. Cevian fordert, die Lacksparte Wendeler Coatings "
                          "abzuspalten.", "de")
    assert ("Wendeler Coatings", "subsidiaryOf", "Wendeler Chemie") in triples(x)
    assert ("Wendeler Coatings", "subsidiaryOf", "Cevian Capital") not in triples(x)
    # where two companies of the article open with that word, the name tells neither's unit
    two = run_in(extractor, "Der Finanzinvestor Cevian Capital hat sich bei der Wendeler Chemie AG "
                            "und der Wendeler Bau AG eingekauft. Cevian fordert, die Lacksparte "
                            "Wendeler Coatings abzuspalten.", "de")
    assert not {t for t in triples(two) if t[0] == "Wendeler Coatings" and t[2].startswith("Wendeler")}


def test_a_bare_exchange_name_beside_its_index_is_the_index_unless_a_venue(
        extractor: Extractor) -> None:
    index = run(extractor, "The Nasdaq Composite gained 1.2% to 23,100 points.", "en",
                headline="Chip stocks push Nasdaq higher")
    assert "Nasdaq" not in labels(index)
    assert "Nasdaq Composite" in labels(index)
    venue = run(extractor, "The Nasdaq Composite gained 1.2% to 23,100 points. Apple, which is "
                           "listed on Nasdaq, rose 2%.", "en", headline="Stocks close higher")
    assert ("Apple", "listedOn", "Nasdaq") in triples(venue)


def test_a_price_per_share_class_in_a_priced_ipo_is_no_earnings(extractor: Extractor) -> None:
    ipo = run_in(extractor, "CATL priced its Hong Kong IPO at HK$258 per H share on Monday.", "en")
    assert not metric_facts(ipo, "EarningsPerShare")
    earned = run_in(extractor, "CATL earned HK$2.58 per H share in the quarter.", "en")
    assert metric_facts(earned, "EarningsPerShare")


def test_a_fall_told_by_the_verb_closing_its_own_clause_is_a_fall(extractor: Extractor) -> None:
    x = run(extractor, "Im abgelaufenen Geschäftsjahr war der Umsatz von Wendeler Logistik um 2,7 % "
                       "auf 1,6 Mrd. Euro gestiegen, das Konzernergebnis aber um 8 % auf 95 Mill. "
                       "Euro gesunken.", "de", headline="Wendeler Logistik AG legt Zahlen vor")
    assert ("Wendeler Logistik", Decimal("-8")) in metric_facts(x, "ProfitGrowth")
    assert ("Wendeler Logistik", Decimal("2.7")) in metric_facts(x, "RevenueGrowth")


def test_a_business_sold_to_a_buyer_is_no_supply_but_goods_sold_are(extractor: Extractor) -> None:
    arm = run(extractor, "Siemens said the deal would close next year.", "en",
              headline="Siemens sells coatings arm to Carlyle for $1.6bn")
    assert ("Siemens", "supplierOf", "Carlyle Group") not in triples(arm)
    goods = run_in(extractor, "Siemens sells turbines to Vattenfall, the company said.", "en")
    assert ("Siemens", "supplierOf", "Vattenfall") in triples(goods)


def test_a_word_closing_a_known_name_opens_no_unknown_subject(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba Group reported results on Tuesday. Group revenue grew 5% to 247.8 "
                       "billion yuan.", "en", headline="Alibaba Group results")
    assert ("Alibaba Group", Decimal("247800000000")) in metric_facts(x, "Revenue")
