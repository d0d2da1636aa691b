"""Results of companies as printed, on families of construction that hold in any article,
on sentences written for these tests (catalogued companies, invented figures and invented
companies): an accounting measure ("beim Ebitda") is no research house analysts work at; the
provider of a poll or of figures ("in an LSEG poll", "nach Zahlen des Datenanbieters X") is a
source cited, never the owner of the figures around it; a catalogued name after an unknown
capitalised word and an ampersand ("Harland & Vale") is the second half of one firm's name; the
particle of a split verb closes the main clause before a comma that opens a subordinate one
("ging um 3 Prozent … zurück, vor allem weil …"), so the number falls; a name inside an
analyst's comment that a comma and a verb of speech open (", arguing that the … business") is
the comment's topic, not whose target it is; a clause of the result that names the shares by a
possessive (", sending its shares down 7.4%") moves the main clause's subject. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- an accounting measure is no research house ------------------------------------------


def test_analysts_at_the_ebitda_are_no_house(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestrel Logistik AG legte am Mittwoch Zahlen vor. Im Schnitt hatten Analysten "
                       "beim Ebitda 412 Millionen Euro erwartet.",
            headline="Kestrel Logistik legt Zahlen vor")
    assert "Ebitda" not in labels(x)
    assert not any(e.type == "FinancialInstitution" for e in x.entities)


def test_analysts_at_a_named_house_keep_it(extractor: Extractor) -> None:
    """Look-alike: the same words before the name of a house the catalogue knows."""
    x = run(extractor, "Die Kestrel Logistik AG legte am Mittwoch Zahlen vor. Im Schnitt hatten Analysten "
                       "beim Bankhaus Metzler 412 Millionen Euro erwartet.",
            headline="Kestrel Logistik legt Zahlen vor")
    assert any(e.type == "FinancialInstitution" for e in x.entities)


# --- the provider of a poll or of figures is a source ----------------------------------------

def test_data_provider_in_german_owns_no_consensus(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestrel Logistik AG steigerte den Umsatz um 4 Prozent. Nach Zahlen des "
                       "Datenanbieters FactSet hatten Analysten mit einem Ebitda von 2,1 Milliarden Euro "
                       "gerechnet.",
            headline="Kestrel Logistik wächst")
    assert not any(f.about == "FactSet" for f in x.figures)
    assert ("Kestrel Logistik", Decimal(2100000000)) in metric_facts(x, "Profit")


def test_data_provider_with_its_own_revenue_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the provider's own revenue, named in the genitive after the metric."""
    x = run(extractor, "Der Umsatz des Datenanbieters FactSet stieg um 5 Prozent auf 640 Millionen Dollar.",
            headline="FactSet wächst")
    assert ("FactSet", Decimal(640000000)) in metric_facts(x, "Revenue")


def test_poll_provider_owns_no_eps_after_it(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk reported results on Thursday. Operating profit rose 3% to 31.2 billion "
                       "Danish crowns, below the 32.5 billion expected by analysts in an LSEG poll. Net "
                       "profit came in at 23.1 billion crowns, or 5.21 crowns per share.",
            lang="en", headline="Novo Nordisk misses forecasts")
    assert ("Novo Nordisk", Decimal("5.21")) in metric_facts(x, "EarningsPerShare")
    assert not any(f.about == "London Stock Exchange Group" for f in x.figures)


def test_provider_reporting_its_own_eps_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the provider is the subject of its own results."""
    x = run(extractor, "LSEG reported net profit of 1.3 billion pounds, or 47 pence per share.",
            lang="en", headline="LSEG results")
    assert ("London Stock Exchange Group", Decimal("0.47")) in metric_facts(x, "EarningsPerShare")


# --- a catalogued name as the second half of a firm's name ---------------------------------

def test_name_after_an_unknown_word_and_ampersand_is_one_firm(extractor: Extractor) -> None:
    x = run(extractor, "Knitwear maker Pellow & Vale, a Derby-based supplier to Primark, dropped 7 per cent.",
            lang="en", headline="Retail stocks")
    assert "Vale S.A." not in labels(x)
    assert not any("Vale S.A." in (s, o) for s, _, o in triples(x))


def test_two_catalogued_names_joined_by_ampersand_stay_two(extractor: Extractor) -> None:
    """Look-alike: the word before the ampersand is a catalogued name itself."""
    x = run(extractor, "Miners BHP & Vale fell after iron ore prices slid.", lang="en",
            headline="Mining stocks")
    assert {"BHP", "Vale S.A."} <= labels(x)


# --- a split verb's particle before a subordinate clause -----------------------------------

def test_particle_before_a_subordinate_clause_makes_a_fall(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestrel Logistik AG legte Zahlen vor. Der Auftragseingang ging im Quartal um "
                       "6 Prozent auf 2,04 Milliarden Euro zurück, vor allem weil Reedereien Aufträge "
                       "verschoben.",
            headline="Kestrel Logistik legt Zahlen vor")
    assert any(f.value == Decimal(-6) and f.unit == "Percent" for f in x.figures)


def test_rise_before_a_subordinate_clause_stays_a_rise(extractor: Extractor) -> None:
    """Look-alike: a verb of rise with the same subordinate clause after it."""
    x = run(extractor, "Die Kestrel Logistik AG legte Zahlen vor. Der Auftragseingang stieg im Quartal um "
                       "6 Prozent auf 2,04 Milliarden Euro, vor allem weil Reedereien Aufträge vorzogen.",
            headline="Kestrel Logistik legt Zahlen vor")
    assert any(f.value == Decimal(6) and f.unit == "Percent" for f in x.figures)
    assert not any(f.value == Decimal(-6) for f in x.figures)


# --- a name inside an analyst's comment -------------------------------------------------------

_ABF = ("Associated British Foods said adjusted operating profit fell 3 per cent. Knitwear maker "
        "Pellow & Marsh, a Derby-based supplier to Primark, dropped 7 per cent.\n")


def test_name_in_the_comment_after_the_target_is_its_topic(extractor: Extractor) -> None:
    x = run(extractor, _ABF + "Nadia Orme, an analyst at Barclays, cut her price target to 2,250p but kept "
                              "an \"overweight\" rating, arguing that the sugar business had bottomed out.",
            lang="en", headline="ABF warns on sugar")
    targets = {(f.about, f.value) for f in x.figures if f.metric == "PriceTarget"}
    assert ("Associated British Foods", Decimal("22.5")) in targets
    assert ("Barclays", "covers", "Pellow & Marsh") not in triples(x)


def test_name_before_the_comment_still_owns_the_target(extractor: Extractor) -> None:
    """Look-alike: the company named in the target's own clause, before the comment."""
    x = run(extractor, _ABF + "Barclays cut its price target on Pellow & Marsh to 410p, arguing that "
                              "orders had slowed.",
            lang="en", headline="ABF warns on sugar")
    targets = {(f.about, f.value) for f in x.figures if f.metric == "PriceTarget"}
    assert ("Pellow & Marsh", Decimal("4.1")) in targets


# --- a clause of the result naming the shares by a possessive ------------------------------

def test_result_clause_moves_the_main_subjects_shares(extractor: Extractor) -> None:
    x = run(extractor, "Heineken trimmed its volume guidance on Monday, as cheaper beers from Carlsberg "
                       "drew drinkers away, sending its shares down 3.8%.",
            lang="en", headline="Heineken trims guidance")
    moves = metric_facts(x, "StockPriceChange")
    assert ("Heineken", Decimal("-3.8")) in moves
    assert not any(about == "Carlsberg" for about, _ in moves)


def test_named_shares_in_the_result_clause_keep_their_owner(extractor: Extractor) -> None:
    """Look-alike: the clause names the shares' company itself, after the pronoun's place."""
    x = run(extractor, "Novo Nordisk cut its sales forecast on Thursday, while Eli Lilly raised its own, "
                       "its shares up 2.1%.",
            lang="en", headline="Drugmakers diverge")
    moves = metric_facts(x, "StockPriceChange")
    assert not any(about == "Novo Nordisk" for about, _ in moves)
