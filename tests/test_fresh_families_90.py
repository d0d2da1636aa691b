"""German news on Chinese and Hong Kong tech and EV stocks, on families of construction that
hold in any article, on sentences written for these tests (catalogued companies, invented
figures): where the article has no clear subject, names inside a relative clause of a sentence
before ("… beim Zulieferer X, der A und B beliefert. Die Titel des Weltmarktführers …") are the
clause's objects, so a company noun of the next sentence takes up the name the clause hangs on,
not the clause's last name; a company
noun before a product called by its kind ("der Betreiber der Super-App X", "der Entwickler des
Chatbots X") names the product's developer, whose figure the clause gives; a name joined by
"und" to a rival noun in any case and with a country's prefix ("gegen X und den US-Rivalen Y")
is a fellow rival, not whose rival Y is; "der Lieferdienst" is a company noun; CLSA's
"High-Conviction Outperform" is a rating of its own. Each with a look-alike that keeps its other
reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- the owner of a relative clause in the sentence before ------------------------------


def test_company_noun_after_a_relative_clause_takes_up_the_clauses_owner(extractor: Extractor) -> None:
    x = run(extractor, "Bei den Autowerten gab es Licht und Schatten. Besser lief es beim Zulieferer CATL, "
            "der unter anderem Nio, XPeng und BMW beliefert. Die Papiere des Batterieherstellers "
            "stiegen um 4,4 Prozent auf 301,20 HK-Dollar.", headline="Autowerte in Hongkong")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Contemporary Amperex Technology", Decimal("4.4")) in moves
    assert not {about for about, _ in moves} & {"Nio", "XPeng", "BMW"}


def test_company_noun_after_a_plain_object_list_keeps_its_reading(extractor: Extractor) -> None:
    """Look-alike: no relative clause; the sentence before names its customers as objects of
    its own subject, and the noun means that subject as before, not the last customer."""
    x = run(extractor, "Bei den Autowerten gab es Licht und Schatten. Besser lief es beim Zulieferer CATL. "
            "CATL beliefert unter anderem Nio, XPeng und BMW. Die Papiere des Batterieherstellers "
            "stiegen um 4,4 Prozent.", headline="Autowerte in Hongkong")
    assert metric_facts(x, "StockPriceChange") == {("Contemporary Amperex Technology", Decimal("4.4"))}


# --- "der Lieferdienst" as a company noun ------------------------------------------------


def test_delivery_company_noun_takes_the_move_of_the_company_named_before(extractor: Extractor) -> None:
    x = run(extractor, "Auch Meituan war gefragt. Der Lieferdienst, der sich mit Alibaba und JD.com einen "
            "Preiskampf liefert, gewann 3,7 Prozent auf 98,20 HK-Dollar. Citi sieht das Schlimmste hinter "
            "dem Unternehmen und hob das Papier auf „Buy“.", headline="Hongkonger Börse")
    assert metric_facts(x, "StockPriceChange") == {("Meituan", Decimal("3.7"))}
    assert {(r.by, r.about) for r in x.ratings} == {("Citigroup", "Meituan")}


def test_plain_service_noun_takes_no_move(extractor: Extractor) -> None:
    """Look-alike: "der Dienst" is no company noun; the move is no one's, least of all a name
    of the relative clause."""
    x = run(extractor, "Auch Meituan war gefragt. Der Dienst, der sich mit Alibaba und JD.com einen "
            "Preiskampf liefert, gewann 3,7 Prozent auf 98,20 HK-Dollar.", headline="Hongkonger Börse")
    assert not metric_facts(x, "StockPriceChange")


# --- a company noun before a product called by its kind ---------------------------------


def test_operator_of_a_product_called_by_its_kind_is_its_developer(extractor: Extractor) -> None:
    x = run(extractor, "Unter dem Strich verdiente der Betreiber der Super-App WeChat 48,5 Milliarden "
            "Yuan.", headline="Quartalszahlen")
    assert metric_facts(x, "Profit") == {("Tencent Holdings", Decimal("48500000000"))}


def test_developer_of_a_chatbot_called_by_its_kind_is_its_developer(extractor: Extractor) -> None:
    x = run(extractor, "Der Entwickler des Chatbots Ernie steigerte den Umsatz um 7 Prozent.",
            headline="Quartalszahlen")
    assert metric_facts(x, "RevenueGrowth") == {("Baidu", Decimal("7"))}


def test_product_after_a_plain_noun_keeps_its_figure(extractor: Extractor) -> None:
    """Look-alike: no company noun before the product; the users are the app's own."""
    x = run(extractor, "Die Zahl der Nutzer der Super-App WeChat stieg auf 1,2 Milliarden.",
            headline="Quartalszahlen")
    assert metric_facts(x, "Users") == {("WeChat", Decimal("1200000000"))}


# --- a name joined to a rival noun ------------------------------------------------------


def test_name_joined_to_a_country_rival_noun_in_the_accusative_is_a_fellow_rival(
        extractor: Extractor) -> None:
    x = run(extractor, "BYD senkt die Preise, um gegen Geely und den US-Rivalen Tesla Boden gutzumachen.",
            headline="Preiskampf")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("BYD", "Tesla")) in rivals
    assert frozenset(("Geely", "Tesla")) not in rivals


def test_name_owning_the_rival_noun_keeps_its_rival(extractor: Extractor) -> None:
    """Look-alike: a possessive, not an article, joins the name to the noun: Geely's rival."""
    x = run(extractor, "BYD senkt die Preise. Geely und sein US-Rivale Tesla reagieren darauf.",
            headline="Preiskampf")
    assert ("Geely", "competitorOf", "Tesla") in triples(x)


# --- a rating of conviction ------------------------------------------------------------


def test_high_conviction_outperform_is_read_whole(extractor: Extractor) -> None:
    x = run(extractor, "Die Analysten von CLSA sehen die Aktie von Baidu weiter als „High-Conviction "
            "Outperform“.", headline="Baidu")
    assert {(r.by, r.about, r.rating) for r in x.ratings} == {("CLSA", "Baidu", "High-Conviction Outperform")}


def test_plain_outperform_stays_outperform(extractor: Extractor) -> None:
    """Look-alike: no conviction word before the rating."""
    x = run(extractor, "Die Analysten von CLSA sehen die Aktie von Baidu weiter als „Outperform“.",
            headline="Baidu")
    assert {(r.by, r.about, r.rating) for r in x.ratings} == {("CLSA", "Baidu", "Outperform")}
