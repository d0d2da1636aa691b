"""Sector stories with rivals, suppliers, customers and partners, on families of
construction that hold in any article, on sentences written for these tests (catalogued
companies, invented figures and invented firms): the article's own company read right
after "die Tochter" (the head of a longer name) is no unit of another company; a market
researcher cited for figures ("nach Zahlen des Marktforschers X") is nobody's rival; the
firm a compound names before the first of two joined titles ("X-Gründer und Vorstandschef
Y") employs the second title's holder too, so the article's company does not; a listing
reached through no name (a reference or the article's company) in a country where the
catalogue lists the company nowhere, told by a participle or a relative clause ("des in
Hongkong notierten Unternehmens", "The company, which is listed on …"), is another company's;
a name inside a relative clause
on what is taken over ("take over the sites that use X antennas") is no company bought;
one word spelt as a common noun after "Konzern" ("für den Konzern Substanzen") is no
firm; a city's people opening a sentence ("Die Wolfsburger lieferten …") are the company
named before that the catalogue seats there; "den Abbau weiterer 7.600 Stellen" is a cut;
a product named in a phrase a preposition fronts ("Nach dem Patentablauf des … X sank ihr
Umsatz") owns none of the sales a feminine possessive takes; a name's share in the
singular at a percentage level ("X's share is higher at about 41%") is a market share, no
move of the stock; a list of brands after "the owner of" owns no amount their owner pays;
an apposition's relative clause after an unknown name ("X, a family-owned tannery in Y that
employs …") gives its figures to that name, so to no one known; a participle of paying
after a comma (", spending 18 billion yen") is the sentence's subject's; a change set off
after a revenue amount (", up 34%") is revenue growth also after a period of months; a
sentence opened by an article and the last word of a firm's name the catalogue lacks ("Das
Kristallwerk beschäftigt …") speaks of that firm. Each with a look-alike that keeps its
other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- the article's company after "die Tochter" ------------------------------------------

def test_article_company_after_unit_noun_is_no_unit_of_another(extractor: Extractor) -> None:
    x = run(extractor, "Infineon beliefert Tesla mit Chips. Die Chips entstehen in Villach, wo die Tochter "
            "Infineon Technologies Austria ein neues Werk betreibt. Infineon erhöht die Preise.",
            headline="Infineon baut aus")
    assert not [t for t in triples(x) if t[0] == "Infineon Technologies" and t[1] == "subsidiaryOf"]


def test_unknown_name_after_unit_noun_stays_the_article_companys_unit(extractor: Extractor) -> None:
    """Look-alike: a name the catalogue lacks after the noun is the article's company's unit."""
    x = run(extractor, "Infineon baut die Fertigung aus. Die Chips entstehen in Villach, wo die Tochter "
            "Draukristall GmbH ein neues Werk betreibt. Infineon beliefert Tesla. Infineon erhöht die "
            "Preise.", headline="Infineon baut aus")
    assert ("Draukristall", "subsidiaryOf", "Infineon Technologies") in triples(x)


# --- a market researcher cited for figures -------------------------------------------

def test_market_researcher_cited_for_figures_is_nobodys_rival(extractor: Extractor) -> None:
    x = run(extractor, "Bei Radarsensoren liegt Infineon nach Zahlen des Marktforschers Yole Group mit "
            "einem Anteil von 18 Prozent hinter dem Rivalen NXP Semiconductors.")
    pairs = rival_pairs(x)
    assert frozenset({"Yole Group", "NXP Semiconductors"}) not in pairs
    assert frozenset({"Infineon Technologies", "NXP Semiconductors"}) in pairs


def test_market_researcher_as_subject_keeps_its_rival(extractor: Extractor) -> None:
    """Look-alike: the researcher that is the sentence's subject may have a rival."""
    x = run(extractor, "Der Marktforscher Yole Group liegt mit einem Umsatz von 31 Millionen Euro hinter "
            "dem Rivalen Gartner.")
    assert frozenset({"Yole Group", "Gartner"}) in rival_pairs(x)


# --- a firm's compound before two joined titles ---------------------------------------

_JOINED = ("Merck KGaA lizenziert ein Mittel des Biotech-Unternehmens Qinling Biotherapeutics. Merck zahlt "
           "80 Millionen Euro. {title} Liu Wenhao sprach von einem großen Schritt.")


def test_firm_compound_before_joined_titles_employs_the_second_titles_holder(extractor: Extractor) -> None:
    x = run(extractor, _JOINED.format(title="Qinling-Gründer und Vorstandschef"), headline="Merck kauft ein")
    assert not [t for t in triples(x) if t[0] == "Liu Wenhao" and t[2] == "Merck KGaA"]
    assert ("Liu Wenhao", "worksFor", "Qinling Biotherapeutics") in triples(x)


def test_unknown_compound_before_joined_titles_names_no_employer(extractor: Extractor) -> None:
    """Look-alike: a compound's firm the article never names in full employs no one read."""
    x = run(extractor, _JOINED.format(title="Taibai-Gründer und Vorstandschef"), headline="Merck kauft ein")
    assert not [t for t in triples(x) if t[0] == "Liu Wenhao" and t[1] == "worksFor"]


def test_catalogued_compound_before_joined_titles_names_the_employer(extractor: Extractor) -> None:
    """Look-alike: a catalogued firm in the compound is the employer of both titles."""
    x = run(extractor, _JOINED.format(title="Siemens-Gründer und Vorstandschef"), headline="Merck kauft ein")
    assert ("Liu Wenhao", "worksFor", "Siemens") in triples(x)


# --- a listing reached through no name -------------------------------------------------

def test_listing_abroad_of_the_article_company_is_another_companys(extractor: Extractor) -> None:
    x = run(extractor, "Bayer erwirbt Rechte an einem Mittel der Firma Qinling Biotherapeutics. Bayer zahlt "
            "viel. Die Aktie des in Hongkong notierten Unternehmens stieg um 12 Prozent.",
            headline="Bayer kauft ein")
    assert not [t for t in triples(x) if t[1] == "listedOn" and t[0] == "Bayer"]


def test_listing_at_home_of_the_article_company_is_its_own(extractor: Extractor) -> None:
    """Look-alike: a venue in the country of a catalogued listing stays the company's."""
    x = run(extractor, "Bayer erwirbt Rechte an einem Mittel der Firma Qinling Biotherapeutics. Bayer zahlt "
            "viel. Die Aktie des in Frankfurt notierten Unternehmens stieg um 2 Prozent.",
            headline="Bayer kauft ein")
    assert ("Bayer", "listedOn", "Frankfurt Stock Exchange") in triples(x)


def test_venue_of_a_move_of_the_described_company_stays_its_listing(extractor: Extractor) -> None:
    """Look-alike: a venue where the shares of the company a descriptor names moved tells
    where they trade, wherever the catalogue lists the company."""
    x = run(extractor, "Infineon hebt die Prognose an. Am Dienstag legten die Papiere des Chipkonzerns an "
            "der Nasdaq um 2 Prozent auf 44,10 Dollar zu.", headline="Infineon hebt Prognose")
    assert ("Infineon Technologies", "listedOn", "Nasdaq") in triples(x)


# --- a name in a relative clause on what is taken over ---------------------------------

def test_name_in_relative_clause_on_what_is_taken_over_is_not_bought(extractor: Extractor) -> None:
    x = run(extractor, "Nokia will take over roughly half of the 9,000 masts that still carry ZTE radios, "
            "Vodafone said.", "en", "Vodafone picks suppliers")
    assert not [t for t in triples(x) if t[1] == "acquired"]


def test_company_taken_over_before_its_relative_clause_is_bought(extractor: Extractor) -> None:
    """Look-alike: the name right after the verb is what is taken over."""
    x = run(extractor, "Nokia will take over Infinera, a maker that still sells to ZTE, Vodafone said.",
            "en", "Vodafone picks suppliers")
    assert ("Nokia", "acquired", "Infinera") in triples(x)


# --- a common noun after "Konzern" -----------------------------------------------------

def test_common_noun_after_konzern_is_no_firm(extractor: Extractor) -> None:
    x = run(extractor, "Sartorius arbeitet mit dem Göttinger Dienstleister Evotec zusammen, der für den "
            "Konzern Zellkulturen prüft.")
    assert "Zellkulturen" not in {e.label for e in x.entities}


def test_name_after_konzern_spelt_unlike_a_noun_is_a_firm(extractor: Extractor) -> None:
    """Look-alike: a name not spelt as a German common noun stays a firm's."""
    x = run(extractor, "Der Konzern Velmaro steigerte den Umsatz um 4 Prozent auf 30 Millionen Euro.")
    assert ("Velmaro", Decimal(30000000)) in metric_facts(x, "Revenue")


# --- a city's people opening a sentence ------------------------------------------------

def test_city_people_opening_a_sentence_are_the_company_seated_there(extractor: Extractor) -> None:
    x = run(extractor, "Schaeffler wird von 2027 an Lager für Volkswagen liefern. Für Volkswagen ist der "
            "Auftrag Teil eines Sparkurses. Die Wolfsburger verkauften im November 410.000 Fahrzeuge.",
            headline="Schaeffler gewinnt Auftrag")
    assert ("Volkswagen", Decimal(410000)) in metric_facts(x, "Other")
    assert ("Schaeffler", Decimal(410000)) not in metric_facts(x, "Other")


def test_city_people_of_no_company_named_leave_the_seat_to_the_place_rule(extractor: Extractor) -> None:
    """Look-alike: with the city's company named, "das Management der Stuttgarter" is read as
    the seat and stays a place."""
    x = run(extractor, "Porsche steigerte den Absatz. Das Management der Stuttgarter rechnet mit 5 Prozent "
            "Wachstum.", headline="Porsche legt zu")
    assert ("Porsche", "locatedIn", "Stuttgart") in triples(x)


# --- a cut of jobs in the genitive -----------------------------------------------------

def test_cut_of_further_jobs_is_negative(extractor: Extractor) -> None:
    x = run(extractor, "Bosch kündigte den Abbau weiterer 3.100 Stellen an.")
    assert ("Bosch", Decimal(-3100)) in metric_facts(x, "Employees")


def test_staff_counted_without_a_cut_stays_positive(extractor: Extractor) -> None:
    """Look-alike: "weiterer" without a word of cutting counts staff."""
    x = run(extractor, "Nach dem Abbau der Altlasten beschäftigt Bosch 3.100 Mitarbeiter in Reutlingen.")
    assert ("Bosch", Decimal(3100)) in metric_facts(x, "Employees")


# --- a product in a fronted phrase and a feminine possessive ---------------------------

def test_product_in_fronted_phrase_owns_no_sales_of_a_feminine_possessive(extractor: Extractor) -> None:
    x = run(extractor, "Für Bayer bleibt die Pharmasparte schwach. Nach dem Patentablauf des Blutverdünners "
            "Xarelto sank ihr Umsatz um 6 Prozent auf 3,9 Milliarden Euro.", headline="Bayer unter Druck")
    assert not [f for f in x.figures if f.about == "Xarelto"]


def test_product_in_fronted_phrase_owns_sales_of_a_masculine_possessive(extractor: Extractor) -> None:
    """Look-alike: "sein Umsatz" may point at the drug the phrase names."""
    x = run(extractor, "Bayer verkauft viel. Nach der Zulassung des Krebsmittels Nubeqa stieg sein Umsatz um "
            "41 Prozent auf 700 Millionen Euro.", headline="Bayer legt zu")
    assert ("Nubeqa", Decimal(700000000)) in metric_facts(x, "Revenue")


# --- a name's share at a percentage level ----------------------------------------------

def test_share_at_a_percentage_level_is_a_market_share(extractor: Extractor) -> None:
    x = run(extractor, "Nokia's shares rose 2.4%. Nokia's share stood at about 33% of the North American "
            "market.",
            "en", "Nokia wins order")
    assert ("Nokia", Decimal(33)) in metric_facts(x, "MarketShare")
    assert ("Nokia", Decimal(33)) not in metric_facts(x, "StockPriceChange")


def test_share_moving_by_a_percentage_is_a_stock_move(extractor: Extractor) -> None:
    """Look-alike: a move by a percentage, with no level after "at" or "to", is the stock's."""
    x = run(extractor, "Wipro's share fell 3% in Mumbai on Tuesday.", "en", "Wipro slips")
    assert ("Wipro", Decimal(-3)) in metric_facts(x, "StockPriceChange")


# --- brands listed after "the owner of" ------------------------------------------------

def test_brands_listed_after_owner_of_pay_nothing(extractor: Extractor) -> None:
    x = run(extractor, "LVMH is buying a supplier. The owner of Louis Vuitton, Fendi and Givenchy said it "
            "would pay about €90mn for the stake.", "en", "LVMH buys supplier")
    investments = metric_facts(x, "Investment")
    assert ("Givenchy", Decimal(90000000)) not in investments
    assert ("LVMH", Decimal(90000000)) in investments


def test_brand_named_as_subject_pays(extractor: Extractor) -> None:
    """Look-alike: a brand opening the sentence as its subject pays itself."""
    x = run(extractor, "LVMH is buying a supplier. Givenchy said it would pay about €90mn for the stake.",
            "en", "LVMH buys supplier")
    assert ("Givenchy", Decimal(90000000)) in metric_facts(x, "Investment")


# --- an apposition's relative clause after an unknown name -----------------------------

def test_apposition_clause_after_unknown_name_gives_the_staff_to_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Prada agreed to pay €40mn for 30 per cent of Pellami Orvieto, a family-owned "
            "tannery in Arezzo that employs about 210 people.", "en", "Prada buys into tannery")
    assert not [f for f in x.figures if f.metric == "Employees"]


def test_apposition_clause_after_known_name_gives_it_the_staff(extractor: Extractor) -> None:
    """Look-alike: the apposition describes a name the extractor knows."""
    x = run(extractor, "Henkel, a company in Duesseldorf that employs about 47,000 people, agreed to buy "
            "a supplier.", "en", "Henkel buys supplier")
    assert ("Henkel", Decimal(47000)) in metric_facts(x, "Employees")


# --- a participle of paying after a comma ----------------------------------------------

def test_participle_of_paying_is_the_sentence_subjects(extractor: Extractor) -> None:
    x = run(extractor, "A supplier, Osaka-based Tenmaya Chemical, said it would double output of the "
            "resins it sells to TSMC and Intel, spending 9 billion yen through 2027.", "en",
            "Tenmaya expands")
    investments = metric_facts(x, "Investment")
    assert ("Tenmaya Chemical", Decimal(9000000000)) in investments
    assert ("Intel", Decimal(9000000000)) not in investments


def test_relative_clause_of_paying_stays_with_its_antecedent(extractor: Extractor) -> None:
    """Look-alike: "which is spending" after the last name is that name's spending."""
    x = run(extractor, "Tenmaya Chemical said it sells resins to TSMC and Intel, which is spending 9 "
            "billion yen through 2027.", "en", "Tenmaya expands")
    assert ("Tenmaya Chemical", Decimal(9000000000)) not in metric_facts(x, "Investment")


# --- a change after a revenue amount ---------------------------------------------------

def test_change_after_revenue_amount_is_revenue_growth(extractor: Extractor) -> None:
    x = run(extractor, "For the first nine months, the contract chipmaker UMC booked revenue of NT$170 "
            "billion, up 12%.", "en", "UMC sales rise")
    assert ("United Microelectronics", Decimal(12)) in metric_facts(x, "RevenueGrowth") \
        or ("UMC", Decimal(12)) in metric_facts(x, "RevenueGrowth")


def test_change_after_a_count_stays_the_counts(extractor: Extractor) -> None:
    """Look-alike: after a count of passengers, the change is the count's, `Other`."""
    x = run(extractor, "For the first 10 months, Lufthansa flew 98 million passengers, up 4%.", "en",
            "Lufthansa traffic")
    assert ("Lufthansa", Decimal(4)) in metric_facts(x, "Other")


# --- the last word of a firm's name opening a sentence ---------------------------------

def test_name_head_opening_a_sentence_is_that_firm(extractor: Extractor) -> None:
    x = run(extractor, "Die Wafer bezieht Infineon von der Sächsischen Siliziumhütte GmbH aus Freiberg. "
            "Die Siliziumhütte beschäftigt 260 Mitarbeiter.", headline="Infineon kauft ein")
    staff = metric_facts(x, "Employees")
    assert ("Sächsischen Siliziumhütte", Decimal(260)) in staff or ("Sächsische Siliziumhütte", Decimal(260)) in staff
    assert ("Infineon Technologies", Decimal(260)) not in staff


def test_head_word_printed_in_lower_case_names_no_firm(extractor: Extractor) -> None:
    """Look-alike: a head word the article also prints in lower case is a common word, and
    the sentence it opens names no firm by it."""
    x = run(extractor, "Die Wafer bezieht Infineon von der Sächsischen Siliziumhütte GmbH aus Freiberg. "
            "Die Siliziumhütte beschäftigt 260 Mitarbeiter, denn jede siliziumhütte braucht Personal.",
            headline="Infineon kauft ein")
    staff = metric_facts(x, "Employees")
    assert ("Sächsischen Siliziumhütte", Decimal(260)) not in staff
    assert ("Sächsische Siliziumhütte", Decimal(260)) not in staff
