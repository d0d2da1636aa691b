"""Market wraps and described companies, on families of construction that hold in any article, on
sentences written for these tests (catalogued companies with invented facts): a company named as
what moved the index of its sentence ("The Nikkei fell, dragged down by X", "Der Nikkei gab nach,
belastet von X") is the company the report goes on with, so the share move and price of the next
sentence, which calls it by a noun no rule resolves ("Shares of the automation specialist slid
6.3%"), are its own and no other company's the headline names; a name of two words or more before
a comma and an indefinite description of its seat and trade ("Tallowmere AI, a Leeds-based
developer of …") is a company's, named again by its first word ("Tallowmere employs …"), not a
person's with a given name; a rival noun right after a share move that opens with a company
("Samsung Electronics climbed 3.2% after the chipmaker said it would supply Nvidia. Smaller rival
SK Hynix …") is that company's rival, neither of the name inside the sentence nor of the article's
first company, unless the name inside is the article's company; a company printed right before a
product it develops ("on Nvidia H200 chips rented from CoreWeave") only says whose product it is,
and is no buyer of the verb after it. Each with a look-alike that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- the company that moved the index ----------------------------------------------------------

_WRAP_EN = ("Japan's Nikkei 225 fell 0.5% to 48,210 points, dragged down by Fanuc. Shares of the "
            "automation specialist slid 6.3% to 4,120 yen. Sony Group rose 3.1% to 3,850 yen after "
            "Sony Group raised its forecast. Sony Group also announced a buyback of its own shares.")
_WRAP_DE = ("Der Nikkei 225 gab um 0,5 Prozent auf 48.210 Punkte nach, belastet von Fanuc. Die "
            "Papiere des Automatisierungsspezialisten sackten um 6,3 Prozent auf 4.120 Yen ab. Sony "
            "Group stieg um 3,1 Prozent auf 3.850 Yen, nachdem Sony Group die Prognose angehoben "
            "hatte. Sony Group kündigte zudem einen Aktienrückkauf an.")


def test_the_company_that_dragged_the_index_down_keeps_the_next_move(extractor: Extractor) -> None:
    x = run(extractor, _WRAP_EN, "en", headline="Asian stocks: Sony Group climbs on results; Fanuc slides")
    assert ("Fanuc", Decimal("-6.3")) in metric_facts(x, "StockPriceChange")
    assert ("Fanuc", Decimal("4120")) in metric_facts(x, "SharePrice")
    assert ("Sony Group", Decimal("-6.3")) not in metric_facts(x, "StockPriceChange")
    assert ("Sony Group", Decimal("4120")) not in metric_facts(x, "SharePrice")


def test_the_company_that_weighed_on_the_index_keeps_the_next_move(extractor: Extractor) -> None:
    x = run(extractor, _WRAP_DE, "de", headline="Börse Tokio: Sony Group legt zu, Fanuc schwach")
    assert ("Fanuc", Decimal("-6.3")) in metric_facts(x, "StockPriceChange")
    assert ("Sony Group", Decimal("-6.3")) not in metric_facts(x, "StockPriceChange")
    assert ("Sony Group", Decimal("4120")) not in metric_facts(x, "SharePrice")


def test_a_name_after_another_by_stays_an_object(extractor: Extractor) -> None:
    """Look-alike: a company after "by" that did not move the index ("was sued by X") is no
    subject the next sentence goes on with: the share of the sentence's subject moved."""
    x = run(extractor, "Japan's Nikkei 225 fell 0.5% to 48,210 points. Sony Group was sued by Fanuc "
            "over a patent. Shares of the electronics specialist slid 6.3% to 4,120 yen. Fanuc rose "
            "3.1% to 3,850 yen.", "en", headline="Asian stocks: Sony Group slides; Fanuc gains")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Sony Group", Decimal("-6.3")) in moves
    assert ("Fanuc", Decimal("-6.3")) not in moves


def test_a_name_after_another_von_stays_an_object(extractor: Extractor) -> None:
    """Look-alike in German: "von Fanuc verklagt" names the plaintiff, no company that moved the
    index; the share of the sentence's subject moved."""
    x = run(extractor, "Der Nikkei 225 gab um 0,5 Prozent auf 48.210 Punkte nach. Sony Group wurde "
            "von Fanuc wegen eines Patents verklagt. Die Papiere des Elektronikspezialisten sackten "
            "um 6,3 Prozent auf 4.120 Yen ab. Fanuc stieg um 3,1 Prozent auf 3.850 Yen.", "de",
            headline="Börse Tokio: Sony Group schwach, Fanuc legt zu")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Sony Group", Decimal("-6.3")) in moves
    assert ("Fanuc", Decimal("-6.3")) not in moves


# --- a company described by its seat and trade -------------------------------------------------

_SEATED = ("Tallowmere AI, a Leeds-based developer of speech recognition software, said on Tuesday "
           "its revenue rose 40% to $12 million in the third quarter. Tallowmere employs 180 people "
           "and plans to hire 60 more.")


def test_a_name_before_its_seat_and_trade_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, _SEATED, "en", headline="Software maker grows")
    assert "Tallowmere AI" in labels(x)
    assert ("Tallowmere AI", "locatedIn", "Leeds") in triples(x)
    assert ("Tallowmere AI", Decimal("12000000")) in metric_facts(x, "Revenue")


def test_the_described_company_is_named_again_by_its_first_word(extractor: Extractor) -> None:
    x = run(extractor, _SEATED, "en", headline="Software maker grows")
    assert ("Tallowmere AI", Decimal("180")) in metric_facts(x, "Employees")


def test_a_person_before_a_seat_and_trade_is_no_company(extractor: Extractor) -> None:
    """Look-alike: a person with a given name before the same description ("Sarah Collins, a
    Leeds-based developer of mobile games") is no company, and takes no figure."""
    x = run(extractor, "Sarah Collins, a Leeds-based developer of mobile games, said on Tuesday that "
            "revenue at the studio rose 40% to $12 million.", "en", headline="Games market grows")
    assert not [e for e in x.entities if e.label == "Sarah Collins" and e.type != "Person"]
    assert not [about for about, _ in metric_facts(x, "Revenue") if about == "Sarah Collins"]


# --- a rival after a share move -----------------------------------------------------------------

_OPENING = ("Sony Group rose 4.5% to 3,850 yen after Sony Group raised its forecast. Sony Group also "
            "announced a buyback. ")


def test_a_rival_after_a_share_move_is_the_movers(extractor: Extractor) -> None:
    x = run(extractor, _OPENING + "Samsung Electronics climbed 3.2% to 104,500 won after the chipmaker "
            "said it would supply memory chips to Nvidia. Smaller rival SK Hynix added 2.4% to 612,000 "
            "won.", "en", headline="Asian stocks: Sony Group gains; chip shares mixed")
    assert frozenset({"Samsung Electronics", "SK Hynix"}) in rival_pairs(x)
    assert frozenset({"Sony Group", "SK Hynix"}) not in rival_pairs(x)
    assert frozenset({"Nvidia", "SK Hynix"}) not in rival_pairs(x)


def test_a_rival_after_a_share_move_in_german_is_the_movers(extractor: Extractor) -> None:
    x = run(extractor, "Der Nikkei stieg. Sony Group stieg um 4,5 Prozent, nachdem Sony Group die "
            "Prognose angehoben hatte. Sony Group kündigte einen Rückkauf an. Samsung Electronics "
            "kletterte um 3,2 Prozent, nachdem der Chipkonzern Lieferungen an Nvidia angekündigt hatte. "
            "Der kleinere Rivale SK Hynix legte um 2,4 Prozent zu.", "de",
            headline="Börse Asien: Sony Group legt zu")
    assert frozenset({"Samsung Electronics", "SK Hynix"}) in rival_pairs(x)
    assert frozenset({"Sony Group", "SK Hynix"}) not in rival_pairs(x)


def test_a_rival_after_the_articles_own_move_stays_its_rival(extractor: Extractor) -> None:
    """Look-alike: the share move opens with the article's own company, whose customer is named
    inside the sentence: the rival is the article's company's, not the customer's."""
    x = run(extractor, _OPENING + "Sony Group shares climbed 3.2% after it agreed to supply image "
            "sensors to Nvidia. Smaller rival Panasonic added 2.4%.", "en",
            headline="Asian stocks: Sony Group gains; chip shares mixed")
    assert frozenset({"Sony Group", "Panasonic"}) in rival_pairs(x)
    assert frozenset({"Nvidia", "Panasonic"}) not in rival_pairs(x)


# --- a maker printed before its product -------------------------------------------------------


def _suppliers(extractor: Extractor, body: str) -> set[tuple[str, str, str]]:
    x = run(extractor, body, "en", headline="AI startup trains model")
    return {t for t in triples(x) if t[1] == "supplierOf"}


def test_a_maker_before_its_product_buys_nothing(extractor: Extractor) -> None:
    found = _suppliers(extractor, "Mistral AI trained its new model on about 4,000 Nvidia H200 chips "
                                  "rented from CoreWeave.")
    assert ("CoreWeave", "supplierOf", "Mistral AI") in found
    assert ("CoreWeave", "supplierOf", "Nvidia") not in found


def test_the_maker_as_the_verbs_subject_still_buys(extractor: Extractor) -> None:
    """Look-alike: the maker named as the subject, its product printed later ("Nvidia itself
    rented H200 chips from CoreWeave"), is the buyer."""
    found = _suppliers(extractor, "Nvidia itself rented H200 chips from CoreWeave for its research "
                                  "teams.")
    assert ("CoreWeave", "supplierOf", "Nvidia") in found


def test_a_one_word_short_name_before_a_description_stays_the_firms(extractor: Extractor) -> None:
    """Look-alike: one word before the description ("Harlow, a London-based buyout firm") is the
    short name of the firm the article named in full, no company of its own."""
    x = run(extractor, "Harlow Capital agreed to buy Brightwater Foods last month. Harlow, a London-based "
            "buyout firm that also owns a bakery chain, has until December 17 to improve its terms.",
            "en", headline="Bidding war for snack maker")
    assert not [e for e in x.entities if e.label == "Harlow"]


def test_a_rival_after_a_holders_move_stays_the_articles(extractor: Extractor) -> None:
    """Look-alike: the share move opens with a holder of the article's company, named inside the
    sentence ("Exor, which owns 24% of Ferrari, slipped 1.9%"): the rival is still the article's
    company's."""
    x = run(extractor, "Ferrari raised its forecast. Ferrari shares fell 4.8% to 378.20 euros in Milan. "
            "Exor, which owns about 24% of Ferrari, slipped 1.9%. Rival Porsche reported a 6% drop in "
            "deliveries.", "en", headline="Ferrari raises forecast")
    assert frozenset({"Ferrari", "Porsche"}) in rival_pairs(x)
    assert frozenset({"Exor", "Porsche"}) not in rival_pairs(x)
