"""Wrong owners and wrong metrics of figures told about a third party: money handed back to
shareholders through a buyback is the buyback, no investment; a figure inside a relative
clause hanging on a company's name is that company's ("… als der Konkurrent X, der ein Ebitda
von … meldete"), never the main clause's subject's; a name inside an aside after another
company ("Y, a supplier to Z, dropped 9%") lends the move no metric of its own; a valuation
is the valued company's (", valued at …", a deal valuing a company a stake is bought in),
never the buyer's nor the article's; a city's people where no company named is seated there
("die Kölner" in a text on a Hamburg firm) take nothing for the article's company; an
apposition's third company ("X, ein Partner von Y, kaufte Z") is neither seller, partner nor
buyer of the clause's companies; a company named past a semicolon after a rating is not rated,
and the owner of a rival an analyst names ("Tessaly rival X") is not covered; a financing package is debt, and "investment firm" names a firm, no
investment; a name after a second verb ("… und baut seine Zusammenarbeit mit X aus") is no
object of the first; the seller of a unit bought ("übernimmt das X-Geschäft des Y") pays
nothing. Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rating_facts, run, triples

from kg.nlp.extract import Extractor


def test_money_returned_through_a_share_buyback_is_the_buyback(extractor: Extractor) -> None:
    x = run(extractor, "Brindle Tools plc, a FTSE 250 group based in Leeds, said it would return "
                       "£400mn of the proceeds to shareholders through a share buyback.",
            "en", "Brindle Tools sells unit")
    assert ("Brindle Tools", Decimal("400000000")) in metric_facts(x, "ShareBuyback")
    assert not metric_facts(x, "Other") and not metric_facts(x, "Investment")


def test_money_returned_through_a_dividend_and_a_buyback_is_no_buyback(extractor: Extractor) -> None:
    x = run(extractor, "Brindle Tools plc said it would return £400mn of the proceeds to "
                       "shareholders through a special dividend and a share buyback.",
            "en", "Brindle Tools sells unit")
    assert not metric_facts(x, "ShareBuyback")


def test_a_figure_in_a_rivals_relative_clause_is_the_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Die Brindler Energie AG schnitt besser ab als der Konkurrent Valdrup Power "
                       "AG, der am Vortag ein Ebitda von 2,7 Milliarden Euro gemeldet hatte.",
            "de", "Strom")
    assert metric_facts(x, "Profit") == {("Valdrup Power", Decimal("2700000000"))}


def test_a_figure_in_the_subjects_relative_clause_stays_the_subjects(extractor: Extractor) -> None:
    x = run(extractor, "Die Brindler Energie AG, die am Vortag ein Ebitda von 2,7 Milliarden Euro "
                       "gemeldet hatte, schnitt besser ab als der Konkurrent Valdrup Power AG.",
            "de", "Strom")
    assert metric_facts(x, "Profit") == {("Brindler Energie", Decimal("2700000000"))}


def test_a_figure_in_an_english_rivals_relative_clause_is_the_rivals(extractor: Extractor) -> None:
    rival = run(extractor, "Brindle Energy plc beat rival Valdrup Power plc, which reported Ebitda "
                           "of €2.7bn on Tuesday.", "en", "Power")
    assert metric_facts(rival, "Profit") == {("Valdrup Power", Decimal("2700000000"))}
    speaker = run(extractor, "Brindle Energy plc said chief executive Anna Holt, who joined last "
                             "year, expects revenue of €2.7bn.", "en", "Power")
    assert metric_facts(speaker, "Revenue") == {("Brindle Energy", Decimal("2700000000"))}


def test_a_customers_unit_in_an_aside_makes_no_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "The shares of Brindle Retail plc fell 5.8 per cent in London.\nChipmaker "
                       "Corlow Semiconductor plc, a Leeds-based supplier to Amazon Web Services, "
                       "dropped 9 per cent.", "en", "Chip stocks")
    assert ("Corlow Semiconductor", Decimal("-9")) in metric_facts(x, "StockPriceChange")
    assert not metric_facts(x, "RevenueGrowth")


def test_a_unit_that_opens_its_clause_still_grows(extractor: Extractor) -> None:
    x = run(extractor, "Amazon said cloud sales were strong.\nAmazon Web Services, the cloud unit, "
                       "grew 19 per cent.", "en", "Cloud results")
    assert metric_facts(x, "RevenueGrowth") == {("Amazon Web Services", Decimal("19"))}


def test_a_deal_valuing_a_company_a_stake_is_bought_in_is_its_valuation(extractor: Extractor) -> None:
    x = run(extractor, "Brindle Pharma Inc. agreed to pay $75 million upfront and will buy a stake "
                       "of about 8% in Corlow Bio Inc. for $40 million. The rest depends on "
                       "milestones. The deal values Corlow Bio at about $500 million.",
            "en", "Brindle Pharma bets on AI")
    assert ("Corlow Bio", Decimal("500000000")) in metric_facts(x, "MarketCapitalization")
    assert ("Brindle Pharma", Decimal("500000000")) not in metric_facts(x, "Investment")


def test_a_deal_valuing_a_company_bought_whole_is_the_buyers_price(extractor: Extractor) -> None:
    x = run(extractor, "Brindle Pharma Inc. agreed to buy Corlow Bio Inc. in a cash deal. The deal "
                       "values Corlow Bio at about $500 million.", "en", "Brindle Pharma buys Corlow Bio")
    assert ("Brindle Pharma", Decimal("500000000")) in metric_facts(x, "Investment")


def test_an_offer_valuing_a_company_a_stake_is_bought_in_is_its_valuation(extractor: Extractor) -> None:
    stake = run(extractor, "Die Brindler Pharma AG kauft einen Anteil von 8 Prozent an der Corlow "
                           "Bio AG. Die Offerte bewertet Corlow Bio mit rund 500 Millionen Euro.",
                "de", "Brindler Pharma setzt auf KI")
    assert metric_facts(stake, "MarketCapitalization") == {("Corlow Bio", Decimal("500000000"))}
    whole = run(extractor, "Die Brindler Pharma AG übernimmt die Corlow Bio AG. Die Offerte "
                           "bewertet Corlow Bio mit rund 500 Millionen Euro.",
                "de", "Brindler Pharma übernimmt Corlow Bio")
    assert metric_facts(whole, "Investment") == {("Brindler Pharma", Decimal("500000000"))}


def test_a_valuation_aside_after_an_unknown_name_is_nobodys(extractor: Extractor) -> None:
    x = run(extractor, "Brindle Sports Inc. will keep making the league's uniforms. Fanatics, "
                       "valued at $31 billion in its last funding round, also holds the league's "
                       "e-commerce rights.", "en", "Brindle Sports keeps league deal")
    assert not metric_facts(x, "MarketCapitalization")


def test_a_valuation_aside_after_a_known_name_is_that_names(extractor: Extractor) -> None:
    x = run(extractor, "Brindle Sports Inc. will keep making the league's uniforms. Corlow Apparel "
                       "Inc., valued at $31 billion in its last funding round, also holds the "
                       "league's e-commerce rights.", "en", "Brindle Sports keeps league deal")
    assert metric_facts(x, "MarketCapitalization") == {("Corlow Apparel", Decimal("31000000000"))}


def test_a_citys_people_of_no_seat_known_take_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Die Brindler Motoren AG aus Hamburg meldete Zahlen. Die Kölner steigerten "
                       "den Umsatz um 5 Prozent auf 2 Milliarden Euro.", "de", "Brindler Motoren AG")
    assert not metric_facts(x, "Revenue") and not metric_facts(x, "RevenueGrowth")


def test_a_citys_people_of_the_companys_seat_take_its_figure(extractor: Extractor) -> None:
    x = run(extractor, "SAP legte am Dienstag Zahlen vor. Die Walldorfer steigerten den Umsatz um "
                       "5 Prozent.", "de", "SAP legt Zahlen vor")
    assert metric_facts(x, "RevenueGrowth") == {("SAP", Decimal("5"))}


def test_a_citys_people_of_no_seat_known_are_neither_rated_nor_seated(extractor: Extractor) -> None:
    x = run(extractor, "Die Brindler Motoren AG aus Hamburg meldete Zahlen. Für die Kölner stuft "
                       "die UBS die Aktie auf \"Buy\".", "de", "Brindler Motoren AG")
    assert not rating_facts(x)
    assert ("Brindler Motoren", "locatedIn", "Cologne") not in triples(x)
    seated = run(extractor, "SAP legte am Dienstag Zahlen vor. Für die Walldorfer stuft die UBS "
                            "die Aktie auf \"Buy\".", "de", "SAP legt Zahlen vor")
    assert ("UBS", "SAP", "Buy") in rating_facts(seated)


def test_an_appositions_third_company_sells_nothing_to_the_one_bought(extractor: Extractor) -> None:
    x = run(extractor, "BMW kaufte Infineon, einen Partner von Nvidia.", "de", "Autozulieferer")
    assert ("Nvidia", "supplierOf", "Infineon Technologies") not in triples(x)
    goods = run(extractor, "BMW kaufte Chips von Infineon.", "de", "Autozulieferer")
    assert ("Infineon Technologies", "supplierOf", "BMW") in triples(goods)


def test_an_appositions_third_company_is_no_partner_of_the_one_bought(extractor: Extractor) -> None:
    x = run(extractor, "BMW, ein Partner von Nvidia, kaufte Infineon.", "de", "Autozulieferer")
    assert ("BMW", "partnerOf", "Infineon Technologies") not in triples(x)
    assert ("BMW", "acquired", "Infineon Technologies") in triples(x)


def test_the_apposition_of_an_unknown_name_lends_its_company_no_verb(extractor: Extractor) -> None:
    for body, lang in (("Corlow, ein Partner von Nvidia, kaufte Infineon.", "de"),
                       ("Corlow, a partner of Nvidia, bought Infineon.", "en")):
        x = run(extractor, body, lang, "Autozulieferer" if lang == "de" else "Chips")
        assert ("Nvidia", "acquired", "Infineon Technologies") not in triples(x)
    known = run(extractor, "Nvidia, a partner of BMW, bought Infineon.", "en", "Chips")
    assert ("Nvidia", "acquired", "Infineon Technologies") in triples(known)


def test_a_company_named_past_a_semicolon_after_a_rating_is_not_rated(extractor: Extractor) -> None:
    x = run(extractor, "Die SAP-Aktie legte um 1,3 Prozent auf 231,40 Euro zu. Analyst Adam Wood von "
                       "Morgan Stanley bestätigte seine Einstufung \"Overweight\" mit einem Kursziel "
                       "von 290 Euro; Joule mit Modellen von Mistral AI könne den Umsatz steigern.",
            "de", "SAP legt zu")
    assert rating_facts(x) == {("Morgan Stanley", "SAP", "Overweight")}
    bound = run(extractor, "Die SAP-Aktie legte um 1,3 Prozent zu. Morgan Stanley bestätigte die "
                           "Einstufung \"Overweight\" für Mistral AI.", "de", "SAP legt zu")
    assert rating_facts(bound) == {("Morgan Stanley", "Mistral AI", "Overweight")}


def test_the_owner_of_a_rival_an_analyst_names_is_not_covered(extractor: Extractor) -> None:
    x = run(extractor, "Tessaly Robotics Inc. rose 3%. Evercore ISI analyst Ann Berg said Tessaly "
                       "rival Corlow Automation Inc. would lose orders.", "en", "Robot makers")
    assert ("Evercore ISI", "covers", "Tessaly Robotics") not in triples(x)
    own = run(extractor, "Tessaly Robotics Inc. rose 3%. Evercore ISI analyst Ann Berg said Tessaly "
                         "would win orders from its rival.", "en", "Robot makers")
    assert ("Evercore ISI", "covers", "Tessaly Robotics") in triples(own)


def test_a_financing_package_beside_an_investment_firm_is_debt(extractor: Extractor) -> None:
    x = run(extractor, "Separately, Meta agreed a $27 billion financing package with investment firm "
                       "Blue Owl Capital for its data center campus.", "en", "Market report")
    assert ("Meta Platforms", Decimal("27000000000")) in metric_facts(x, "DebtIssuance")
    assert not metric_facts(x, "Investment")
    invested = run(extractor, "Blackstone, the investment firm, invested $2 billion in Meta's data "
                              "centres.", "en", "Market report")
    assert ("Blackstone", Decimal("2000000000")) in metric_facts(invested, "Investment")


def test_a_second_verb_takes_the_name_after_an_unnamed_object(extractor: Extractor) -> None:
    for body, lang, headline in (
            ("Siemens beteiligt sich an einem jungen Robotik-Unternehmen und baut seine "
             "Zusammenarbeit mit dem Chipkonzern Nvidia aus.", "de", "Siemens baut aus"),
            ("Siemens invested in a young robotics start-up and expanded its partnership with "
             "chipmaker Nvidia.", "en", "Siemens expands")):
        x = run(extractor, body, lang, headline)
        assert ("Siemens", "investsIn", "Nvidia") not in triples(x)
        assert ("Siemens", "partnerOf", "Nvidia") in triples(x)
    listed = run(extractor, "Siemens invested in Wandelbots and Nvidia.", "en", "Siemens expands")
    assert ("Siemens", "investsIn", "Nvidia") in triples(listed)


def test_the_seller_of_a_unit_bought_pays_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Infineon legte Zahlen vor. Der DAX-Konzern übernimmt das Automotive-Ethernet-"
                       "Geschäft des US-Chipentwicklers Marvell Technology für 2,5 Milliarden US-Dollar "
                       "in bar.", "de", "Infineon kauft zu")
    assert ("Marvell Technology", Decimal("2500000000")) not in metric_facts(x, "Investment")
    buyer = run(extractor, "Marvell Technology übernimmt das Automotive-Ethernet-Geschäft des "
                           "Chipentwicklers Infineon für 2,5 Milliarden US-Dollar in bar.",
                "de", "Marvell kauft zu")
    assert ("Marvell Technology", Decimal("2500000000")) in metric_facts(buyer, "Investment")


def test_a_count_in_the_articles_companys_relative_clause_stays_its(extractor: Extractor) -> None:
    x = run(extractor, "Jio Platforms, which has more than 510 million subscribers, posted a 17% jump "
                       "in net profit.", "en", "Jio Platforms profit jumps")
    assert ("Jio Platforms", Decimal("510000000")) in metric_facts(x, "Users")
