"""Families of construction that hold in any article, on sentences written for these
tests, each with look-alikes that must not fire.

Licensees listed after "licensees such as" / "Lizenznehmer wie" take the licensor's
designs, so the licensor supplies each; a German reason clause whose subjects order more
goods with no seller named ("…, da A und B mehr Anlagen bestellten") names customers of
the one company of the main clause; an index opening the sentence after "Aus dem" picks
a member out of it, unless the sentence tells of leaving the index; a share of a company
"owned by" a named holder ("90% owned by Y", "zu 90 Prozent im Besitz von Y") is a stake; a
customer noun right before a name ("der Großkunde X", "its biggest customer X") makes it the
customer of the clause's company, unless lost, left or past; a company opening a sentence
that raises its orders from no one named is a customer of the article's company."""

from __future__ import annotations

from decimal import Decimal

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- licensees ------------------------------------------------------------------------


def test_licensees_including_are_supplied_by_the_licensor(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings said royalty revenue rose 31%, as licensees including "
            "Apple and Qualcomm shipped more phones.", lang="en", headline="Arm results")
    found = triples(x)
    assert ("Arm Holdings", "supplierOf", "Apple") in found
    assert ("Arm Holdings", "supplierOf", "Qualcomm") in found


def test_german_licensees_like_are_supplied_by_the_licensor(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings steigerte die Lizenzerlöse, da Lizenznehmer wie Apple und "
            "Qualcomm mehr Smartphones verkauften.", headline="Arm Holdings")
    found = triples(x)
    assert ("Arm Holdings", "supplierOf", "Apple") in found
    assert ("Arm Holdings", "supplierOf", "Qualcomm") in found


def test_licence_word_without_a_list_cue_supplies_no_one(extractor: Extractor) -> None:
    """Look-alike: a licence dispute between two companies names no licensee list."""
    x = run(extractor, "Arm Holdings and Qualcomm settled their licence dispute, and Apple "
            "said it would keep its own designs.", lang="en", headline="Arm results")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


# --- German reason clause: customers ordering more -------------------------------------


def test_german_reason_clause_orders_make_customers(extractor: Extractor) -> None:
    x = run(extractor, "Der Auftragseingang von ASML stieg um 31 Prozent, da TSMC und Samsung "
            "mehr Anlagen bestellten.", headline="ASML")
    found = triples(x)
    assert ("ASML", "supplierOf", "Taiwan Semiconductor Manufacturing") in found
    assert ("ASML", "supplierOf", "Samsung Electronics") in found


def test_german_reason_clause_with_a_seller_named_is_not_the_main_company(extractor: Extractor) -> None:
    """Look-alike: the clause names where the machines were bought; the main clause's company
    sold nothing."""
    x = run(extractor, "Der Auftragseingang von ASML stieg, da TSMC mehr Anlagen bei Applied "
            "Materials bestellte.", headline="ASML")
    assert ("ASML", "supplierOf", "Taiwan Semiconductor Manufacturing") not in triples(x)


def test_german_reason_clause_after_two_companies_names_no_supplier(extractor: Extractor) -> None:
    """Look-alike: the main clause compares two companies; whose customer is open."""
    x = run(extractor, "ASML wuchs schneller als Applied Materials, da Intel mehr Anlagen "
            "bestellte.", headline="ASML")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


def test_german_reason_clause_buying_shares_is_no_order(extractor: Extractor) -> None:
    """Look-alike: shares bought are no goods ordered."""
    x = run(extractor, "Die Aktie von ASML stieg, da Intel mehr Aktien kaufte.", headline="ASML")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


# --- an index opening the sentence after "Aus dem" -----------------------------------


def test_index_opening_after_aus_dem_names_the_member_and_its_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Aus dem Euro Stoxx 50 legte Inditex um 3 Prozent zu.", headline="Marktbericht")
    assert ("Inditex", "memberOf", "Euro Stoxx 50") in triples(x)
    moves = {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"}
    assert moves == {("Inditex", Decimal("3"))}


def test_index_opening_with_a_company_noun_and_a_day(extractor: Extractor) -> None:
    x = run(extractor, "Aus dem Euro Stoxx 50 öffnet am Mittwoch der spanische Modekonzern "
            "Inditex die Bücher.", headline="Wochenausblick")
    assert ("Inditex", "memberOf", "Euro Stoxx 50") in triples(x)


def test_index_opening_that_tells_of_leaving_names_no_member(extractor: Extractor) -> None:
    """Look-alikes: the company leaves the index."""
    for body in ("Aus dem Dax steigt Siemens zum Monatsende ab.",
                 "Aus dem MDax fliegt Puma SE nach der Überprüfung."):
        x = run(extractor, body, headline="Marktbericht")
        assert not {t for t in triples(x) if t[1] == "memberOf"}, body


def test_aus_dem_index_later_in_the_sentence_names_no_member(extractor: Extractor) -> None:
    """Look-alike: "aus dem" inside the sentence speaks of leaving, not of picking out."""
    x = run(extractor, "Der Abstieg aus dem Dax trifft Siemens hart.", headline="Marktbericht")
    assert not {t for t in triples(x) if t[1] == "memberOf"}


# --- a share of the company owned by a named holder ------------------------------------


def test_percentage_owned_by_names_a_stake_holder(extractor: Extractor) -> None:
    x = run(extractor, "Arm Holdings reported higher royalties. The chip designer, which is about "
            "90% owned by SoftBank Group, raised its forecast.", lang="en", headline="Arm results")
    assert ("SoftBank Group", "investsIn", "Arm Holdings") in triples(x)


def test_german_percentage_owned_names_a_stake_holder(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Börse ist zu rund 10 Prozent im Besitz von BlackRock.",
            headline="Deutsche Börse")
    assert ("BlackRock", "investsIn", "Deutsche Börse") in triples(x)


def test_owned_by_no_company_or_wholly_owned_is_no_stake(extractor: Extractor) -> None:
    """Look-alikes: a share owned by unnamed funds holds no company's stake; a company wholly
    owned is a subsidiary, no stake."""
    x = run(extractor, "Nvidia, 5% owned by index funds, said demand was strong.", lang="en",
            headline="Nvidia")
    assert not {t for t in triples(x) if t[1] == "investsIn"}
    x = run(extractor, "Waymo, which is 100% owned by Alphabet, added cities.", lang="en",
            headline="Waymo")
    assert ("Alphabet", "investsIn", "Waymo") not in triples(x)


# --- a customer noun right before a name ----------------------------------------------


def test_german_key_customer_apposition_is_the_article_companys_customer(extractor: Extractor) -> None:
    x = run(extractor, "Infineon wächst kräftig. Der Großkunde Apple bestellte mehr Chips.",
            headline="Infineon")
    assert ("Infineon Technologies", "supplierOf", "Apple") in triples(x)


def test_english_possessed_customer_apposition_is_the_subjects_customer(extractor: Extractor) -> None:
    x = run(extractor, "TSMC said its biggest customer Apple ordered more chips.", lang="en",
            headline="TSMC results")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple") in triples(x)


def test_customer_lost_or_former_is_supplied_no_more(extractor: Extractor) -> None:
    """Look-alikes: a customer lost, a former one, or one named before another company
    (whose customer it is is open) gives no supply."""
    for body in ("Infineon verliert den Großkunden Apple.",
                 "Infineon wächst. Der frühere Großkunde Apple bestellt weniger.",
                 "Infineon wächst. Der Großkunde Apple bestellt nun bei Samsung Electronics."):
        x = run(extractor, body, headline="Infineon")
        assert ("Infineon Technologies", "supplierOf", "Apple") not in triples(x), body
    x = run(extractor, "TSMC lost its biggest customer Apple.", lang="en", headline="TSMC results")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple") not in triples(x)


def test_industry_noun_before_a_name_is_no_role_towards_the_article_company(extractor: Extractor) -> None:
    """Look-alike: "der Zulieferer X" names X's trade (an auto supplier), not its role towards
    the article's company."""
    x = run(extractor, "Infineon wächst. Der Zulieferer Bosch baut Stellen ab.", headline="Infineon")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


# --- a company opening the sentence raises its orders --------------------------------


def test_german_orders_raised_make_a_customer_of_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Infineon wächst. Der Zulieferer Bosch hat seine Bestellungen für "
            "Leistungshalbleiter deutlich ausgeweitet.", headline="Infineon")
    assert ("Infineon Technologies", "supplierOf", "Bosch") in triples(x)


def test_english_orders_raised_make_a_customer_of_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "TSMC beat forecasts. Apple has sharply raised its orders for advanced "
            "chips.", lang="en", headline="TSMC results")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple") in triples(x)


def test_orders_raised_with_another_company_named_give_the_article_company_nothing(
        extractor: Extractor) -> None:
    """Look-alikes: the orders go to another company, or are of goods another company makes."""
    for body in ("Infineon wächst. Bosch hat seine Bestellungen bei STMicroelectronics ausgeweitet.",
                 "Infineon wächst. Bosch erhöhte seine Bestellungen für Chips von Nvidia."):
        x = run(extractor, body, headline="Infineon")
        assert ("Infineon Technologies", "supplierOf", "Bosch") not in triples(x), body
    x = run(extractor, "TSMC beat forecasts. Apple raised its orders for Nvidia chips.", lang="en",
            headline="TSMC results")
    assert ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple") not in triples(x)
