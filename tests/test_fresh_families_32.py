"""Listings, figures, seats, rounds and rivals on families of construction
that hold in any article, on sentences written for these tests: a venue in an attributive
participle belongs to the noun phrase it qualifies ("die in Amsterdam notierte
Gesellschaft", "London-listed Anglo American"), not to a company named before
it; a relative clause inside an apposition (", the Hong Kong unit that X took
private,") is closed like one after a bare comma, so X does not take the
number after it; revenue or profit "in" a known place before the number is
that region's part, no company's whole, unless the place is a seat; "teilte
der Dax-Konzern aus Köln am Freitag mit" names the seat and the index of the
article's company; "X led the round" after a funding round names a backer;
a bank whose shares the sentence speaks of is listed where they trade, and a
second city joined by "and" is a venue too; "auf der hauseigenen
Handelsplattform Xetra" is a venue; "Im Wettbewerb mit X" opening a clause
after a colon fronts rivals; an amount invested in a round, and names "with"
governs before "also taking part", back the company raising; "X, who is also
chief executive of Y" names Y as employer; a time inside a relative clause
closed before a number is not the number's period. Each with a look-alike where nothing (or
something else) may be found."""

from __future__ import annotations

from decimal import Decimal

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

# --- a venue in an attributive participle -----------------------------------------------


def test_attributive_venue_of_a_generic_noun_is_not_the_buyers(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Börse zahlt für die in Amsterdam notierte Gesellschaft "
                       "rund 5 Milliarden Euro.", headline="Börsenbetreiber kauft zu")
    assert ("Deutsche Börse", "listedOn", "Euronext Amsterdam") not in triples(x)


def test_attributive_venue_belongs_to_the_name_it_qualifies(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Börse kauft die in Amsterdam notierte Fondsplattform "
                       "Allfunds für 5 Milliarden Euro.", headline="Börsenbetreiber kauft zu")
    assert ("Allfunds", "listedOn", "Euronext Amsterdam") in triples(x)
    assert ("Deutsche Börse", "listedOn", "Euronext Amsterdam") not in triples(x)


def test_english_attributive_venue(extractor: Extractor) -> None:
    x = run(extractor, "BHP agreed to buy the London-listed company for $40 billion.",
            lang="en", headline="Mining deal")
    assert not any(p == "listedOn" for _s, p, _o in triples(x))
    x = run(extractor, "BHP agreed to buy London-listed Anglo American for $40 billion.",
            lang="en", headline="Mining deal")
    assert ("Anglo American", "listedOn", "London Stock Exchange") in triples(x)
    assert ("BHP", "listedOn", "London Stock Exchange") not in triples(x)


def test_attributive_share_word_keeps_the_listing(extractor: Extractor) -> None:
    """Look-alike: the participle qualifies shares, whose company is named after them."""
    x = run(extractor, "Die in Hongkong notierten Aktien von Alibaba stiegen um 3 Prozent.",
            headline="Marktbericht Asien")
    assert ("Alibaba Group", "listedOn", "Hong Kong Stock Exchange") in triples(x)


# --- a relative clause inside an apposition -----------------------------------------------


def test_name_in_an_appositive_relative_clause_takes_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "Hang Seng Bank, the Hong Kong unit that HSBC took private last year, "
                       "posted a profit of $1.4 billion, down 6%.", lang="en", headline="Bank results")
    facts = figure_facts(x)
    assert ("Hang Seng Bank", "Profit", Decimal("1400000000"), "USD") in facts
    assert not any(about == "HSBC" for about, _m, _v, _u in facts)


def test_speech_verb_before_that_opens_no_clause(extractor: Extractor) -> None:
    """Look-alike: ", the bank said that" is a report, no apposition."""
    x = run(extractor, "Revenue at HSBC rose 5%, the bank said that demand was strong.",
            lang="en", headline="Bank results")
    assert ("HSBC", "RevenueGrowth", Decimal("5"), "Percent") in figure_facts(x)


# --- a region's part of revenue or profit -------------------------------------------------


def test_revenue_in_a_region_is_not_the_companys(extractor: Extractor) -> None:
    x = run(extractor, "Adidas steigerte den Umsatz in Europa um 9 Prozent.", headline="Adidas wächst")
    assert not any(m == "RevenueGrowth" for _a, m, _v, _u in figure_facts(x))
    x = run(extractor, "Nike said sales in Europe rose 9% to $3 billion.", lang="en",
            headline="Nike results")
    assert not any(about == "Nike" for about, _m, _v, _u in figure_facts(x))


def test_a_seat_is_no_region(extractor: Extractor) -> None:
    """Look-alikes: a place with a seat word before or after it is where the company sits."""
    x = run(extractor, "Die in Walldorf ansässige SAP steigerte den Umsatz um 9 Prozent.",
            headline="SAP wächst")
    assert ("SAP", "RevenueGrowth", Decimal("9"), "Percent") in figure_facts(x)
    x = run(extractor, "Tencent hat mehr verdient. Wie das Unternehmen mit Sitz in Shenzhen am "
                       "Mittwoch mitteilte, stieg der Umsatz um 14 Prozent.", headline="Tencent wächst")
    assert ("Tencent Holdings", "RevenueGrowth", Decimal("14"), "Percent") in figure_facts(x)


# --- seat and index of the company that announces -----------------------------------------


def test_index_company_from_a_city_announces(extractor: Extractor) -> None:
    x = run(extractor, "Die Lufthansa hat mehr Fluggäste befördert. Die Airlines des Konzerns "
                       "transportierten 10 Millionen Passagiere, teilte der Dax-Konzern aus Köln "
                       "am Freitag mit.", headline="Fluggesellschaft wächst")
    assert ("Lufthansa", "locatedIn", "Cologne") in triples(x)
    assert ("Lufthansa", "memberOf", "DAX") in triples(x)


def test_announcer_seated_elsewhere_takes_no_seat(extractor: Extractor) -> None:
    """Look-alike: the catalogue seats the article's company in another town."""
    x = run(extractor, "Adidas wuchs. Der Umsatz stieg um 6 Prozent, teilte der Konzern aus Köln "
                       "am Donnerstag mit.", headline="Sportartikel")
    assert not any(p == "locatedIn" for _s, p, _o in triples(x))


# --- a funding round led, named as "the round" ----------------------------------------------


def test_leading_the_round_named_before_backs_the_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Acme Robotics raised $2 billion in a funding round. Sequoia Capital led "
                       "the round.", lang="en", headline="Robot startup raises money")
    assert ("Sequoia Capital", "investsIn", "Acme Robotics") in triples(x)


def test_the_round_with_no_funding_before_backs_nothing(extractor: Extractor) -> None:
    """Look-alike: "the round" with no funding round named before is another round."""
    x = run(extractor, "The talks went on for hours. Sequoia Capital led the round.", lang="en",
            headline="Talks")
    assert not any(p == "investsIn" for _s, p, _o in triples(x))


# --- listings of banks, of two cities, on a described platform -------------------------------


def test_bank_whose_shares_trade_in_two_cities(extractor: Extractor) -> None:
    x = run(extractor, "HSBC shares, which are listed in London and Hong Kong, rose 3.1% to "
                       "£10.12, one of the biggest gainers in the FTSE 100.", lang="en",
            headline="Bank shares")
    assert ("HSBC", "listedOn", "London Stock Exchange") in triples(x)
    assert ("HSBC", "listedOn", "Hong Kong Stock Exchange") in triples(x)


def test_analysts_bank_is_not_listed(extractor: Extractor) -> None:
    """Look-alike: the bank's analysts speak of other companies' shares."""
    x = run(extractor, "Analysts at Barclays said shares of miners listed in London fell.",
            lang="en", headline="Miners")
    assert not any(p == "listedOn" for _s, p, _o in triples(x))


def test_platform_with_an_adjective_is_a_venue(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie der Deutschen Börse stieg auf der hauseigenen Handelsplattform "
                       "Xetra um 2 Prozent.", headline="Börsenbetreiber")
    assert ("Deutsche Börse", "listedOn", "Xetra") in triples(x)


# --- rivals fronted after a colon --------------------------------------------------------------


def test_rivals_fronted_after_a_colon(extractor: Extractor) -> None:
    x = run(extractor, "Analystin Sandra Kessel verwies auf die Kosten: Im Wettbewerb mit "
                       "Air France-KLM und IAG verliere die Lufthansa an Boden.", headline="Luftfahrt")
    assert ("Lufthansa", "competitorOf", "Air France-KLM") in triples(x)
    assert ("Lufthansa", "competitorOf", "International Airlines Group") in triples(x)


def test_with_after_a_colon_needs_a_verb_of_rivalry(extractor: Extractor) -> None:
    """Look-alike: "Mit X" after a colon with no verb of rivalry names no rival."""
    x = run(extractor, "Die Lufthansa meldet: Mit Air France-KLM wurde ein Codeshare vereinbart.",
            headline="Luftfahrt")
    assert not any(p == "competitorOf" for _s, p, _o in triples(x))


def test_amount_invested_in_a_round_backs_the_raiser(extractor: Extractor) -> None:
    """A name of the raiser inside a relative clause closed before the verb does not
    make it another party; "led the round" names a round for the sentence after it."""
    x = run(extractor, "xAI raised $20 billion in a new funding round. Fidelity Investments led "
                       "the round. Nvidia, which supplies the chips for xAI's supercomputer, "
                       "invested about $2 billion.", lang="en", headline="AI startup raises money")
    assert ("Fidelity Investments", "investsIn", "xAI") in triples(x)
    assert ("Nvidia", "investsIn", "xAI") in triples(x)


def test_amount_invested_with_no_round_or_an_object_backs_nothing(extractor: Extractor) -> None:
    """Look-alikes: no round named, or the money goes into something named after it."""
    x = run(extractor, "Nvidia invested about $2 billion.", lang="en", headline="Chip spending")
    assert not any(p == "investsIn" for _s, p, _o in triples(x))
    x = run(extractor, "xAI raised $20 billion in a new funding round. Nvidia invested $2 billion "
                       "in new plants.", lang="en", headline="AI startup raises money")
    assert ("Nvidia", "investsIn", "xAI") not in triples(x)


# --- a title whose phrase ends in its linker ----------------------------------------------------


def test_title_in_a_relative_clause_names_its_employer(extractor: Extractor) -> None:
    """The employer right after "who is also chief executive of" is the one, though the
    sentence names another company after it."""
    x = run(extractor, "Musk, who is also chief executive of Tesla, said xAI had 90 million users.",
            lang="en", headline="AI chatbot users")
    assert ("Elon Musk", "worksFor", "Tesla") in triples(x)
    assert ("Elon Musk", "worksFor", "xAI") not in triples(x)


def test_title_without_its_linker_names_no_later_company(extractor: Extractor) -> None:
    """Look-alike: a clause of speech comes between the title and the company."""
    x = run(extractor, "Jane Roe, who is also chief executive of Tesla, said xAI and SpaceX had a "
                       "good year.", lang="en", headline="Companies")
    assert ("Jane Roe", "worksFor", "xAI") not in triples(x)
    assert ("Jane Roe", "worksFor", "SpaceX") not in triples(x)


# --- an absolute phrase of those taking part ------------------------------------------------------


def test_names_with_a_participle_after_them_took_part(extractor: Extractor) -> None:
    x = run(extractor, "Acme Robotics raised $2 billion in a funding round. Sequoia Capital led "
                       "the round, with Andreessen Horowitz and Fidelity Investments also taking "
                       "part.", lang="en", headline="Robot startup raises money")
    assert {("Sequoia Capital", "investsIn", "Acme Robotics"),
            ("Andreessen Horowitz", "investsIn", "Acme Robotics"),
            ("Fidelity Investments", "investsIn", "Acme Robotics")} <= triples(x)


def test_taking_part_with_no_round_backs_nothing(extractor: Extractor) -> None:
    """Look-alike: the names take part in a debate, not in a funding round."""
    x = run(extractor, "Nvidia led the debate, with Microsoft also taking part.", lang="en",
            headline="Panel")
    assert not any(p == "investsIn" for _s, p, _o in triples(x))


# --- a time inside a closed relative clause -----------------------------------------------------


def test_time_in_a_closed_clause_is_not_the_numbers_period(extractor: Extractor) -> None:
    """"earlier this year" tells when the clause's deal happened; the profit's period is
    the quarter the main clause names."""
    x = run(extractor, "Hang Seng Bank, the Hong Kong unit that HSBC took private earlier this "
                       "year, posted third-quarter profit of $1.4 billion.", lang="en",
            headline="Bank results")
    periods = {f.period for f in x.figures if f.about == "Hang Seng Bank" and f.metric == "Profit"}
    assert periods and all(p is not None and p.startswith("Q3") for p in periods)
