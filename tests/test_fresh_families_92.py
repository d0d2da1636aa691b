"""German news on deals, stakes and supply contracts, on families of construction that hold in
any article, on sentences written for these tests (catalogued companies, invented figures and
invented firms): a firm, a stake or a block of shares bought from its owner ("kauft den
Sonarhersteller X von Carlyle", "kauft ein Aktienpaket von Y", "kauft von Y Aktien") makes the
owner a seller, no supplier, while the same noun as an inverted subject ("kauft der Konzern
Chips von Y") keeps the supply; a name right after a verb of buying and "von"/"from" is the
seller, which pays no price the clause gives ("Bonner Konzern kauft Aktienpaket von Softbank
für 4,1 Mrd. Dollar") and owns no count of the shares it sells; the singular "Erlös" and "damit … erlöst" are the proceeds of a sale or
a placement, no revenue, while "Erlöse", "die Sparte erlöste" and a singular "Erlös" that rises
or falls or comes from selling goods stay revenue; a stake whose
holder follows the noun in the genitive ("der Anteil der Telekom an dem Unternehmen") is no
stake of the sentence's subject or of the firm after "an", while a holder named before the noun
("UniCredit baut ihre Beteiligung an der Commerzbank aus") keeps it. Each with a look-alike that
keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- a firm, a stake or shares bought from their owner ----------------------------------


def test_firm_bought_from_its_owner_makes_no_supplier(extractor: Extractor) -> None:
    for body in ("Rheinmetall kaufte den Kieler Sonarspezialisten Nordsonar von Carlyle.",
                 "Rheinmetall kauft Kieler Sonarspezialisten von der Carlyle Group.",
                 "Die Düsseldorfer kaufen den Sonarhersteller Nordsonar von der Carlyle Group."):
        x = run(extractor, body, headline="Rüstung")
        assert not [t for t in triples(x) if t[1] == "supplierOf"], body


def test_shares_bought_from_a_holder_make_no_supplier(extractor: Extractor) -> None:
    for body in ("Die Telekom kauft ein Aktienpaket von Softbank.",
                 "Die Telekom kauft von der japanischen Softbank Group ein Paket von Aktien."):
        x = run(extractor, body, headline="Telekom stockt auf")
        assert ("SoftBank Group", "supplierOf", "Deutsche Telekom") not in triples(x), body


def test_goods_bought_by_an_inverted_firm_subject_keep_the_supplier(extractor: Extractor) -> None:
    """Look-alike: the firm noun is the subject after the verb; what it buys are goods."""
    x = run(extractor, "Künftig kauft der Münchner Konzern Siemens Chips von Infineon.",
            headline="Chips")
    assert ("Infineon Technologies", "supplierOf", "Siemens") in triples(x)
    x = run(extractor, "BMW wächst. Die Zellen bezieht das Unternehmen vom chinesischen Hersteller "
            "CATL.", headline="Batterien")
    assert ("Contemporary Amperex Technology", "supplierOf", "BMW") in triples(x)


# --- the seller after a verb of buying pays no price ------------------------------------


def test_seller_after_a_buying_verb_pays_no_price(extractor: Extractor) -> None:
    x = run(extractor, "Bonner Konzern kauft Aktienpaket von Softbank für 4,1 Mrd. Dollar",
            headline="Telekom stockt auf")
    assert ("SoftBank Group", Decimal("4100000000")) not in metric_facts(x, "Investment")


def test_shares_bought_from_a_seller_are_not_counted_as_the_sellers(extractor: Extractor) -> None:
    x = run(extractor, "Der Bonner Konzern übernimmt von der japanischen Softbank Group ein Paket von "
            "rund 17 Millionen Aktien zum Preis von 4,1 Mrd. Dollar.", headline="Telekom stockt auf")
    assert ("SoftBank Group", Decimal("17000000")) not in metric_facts(x, "Other")


def test_shares_a_holder_sells_stay_counted(extractor: Extractor) -> None:
    """Look-alike: the holder is the subject of a verb of selling; no buying verb comes before it."""
    x = run(extractor, "Softbank verkauft 17 Millionen Aktien.", headline="Softbank trennt sich von Aktien")
    assert ("SoftBank Group", Decimal("17000000")) in metric_facts(x, "Other")


def test_seller_after_a_buying_verb_pays_no_price_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Telecoms group buys a stake from SoftBank for $4.1 billion.", lang="en",
            headline="Telecoms deal")
    assert ("SoftBank Group", Decimal("4100000000")) not in metric_facts(x, "Investment")


def test_buyer_before_the_seller_still_pays(extractor: Extractor) -> None:
    """Look-alike: the buyer is named as the subject; the price stays its own."""
    x = run(extractor, "Die Telekom kauft ein Aktienpaket von Softbank für 4,1 Mrd. Dollar.",
            headline="Telekom stockt auf")
    assert metric_facts(x, "Investment") == {("Deutsche Telekom", Decimal("4100000000"))}
    x = run(extractor, "Rheinmetall kauft den Hersteller Nordsonar von Carlyle für 600 Millionen Euro.",
            headline="Rüstung")
    assert metric_facts(x, "Investment") == {("Rheinmetall", Decimal("600000000"))}


# --- proceeds: the singular "Erlös" and "damit … erlöst" ---------------------------------


def test_proceeds_of_a_placement_are_no_revenue(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat 52 Millionen Aktien platziert und damit rund 2,4 Milliarden Euro "
            "erlöst.", headline="Siemens baut ab")
    assert not metric_facts(x, "Revenue")
    assert ("Siemens", Decimal("2400000000")) in metric_facts(x, "Other")
    x = run(extractor, "Siemens baut ab.", headline="Siemens trennt sich von Paket – Erlös von "
            "2,4 Milliarden Euro")
    assert not metric_facts(x, "Revenue")


def test_plural_proceeds_and_a_unit_earning_stay_revenue(extractor: Extractor) -> None:
    """Look-alike: "Erlöse" and a unit that "erlöste" are revenue."""
    x = run(extractor, "Siemens steigerte die Erlöse um 5 Prozent auf 20 Milliarden Euro.",
            headline="Siemens wächst")
    assert ("Siemens", Decimal("20000000000")) in metric_facts(x, "Revenue")
    x = run(extractor, "Die Sparte Digital Industries erlöste 4,2 Milliarden Euro.",
            headline="Siemens wächst")
    assert ("Siemens Digital Industries", Decimal("4200000000")) in metric_facts(x, "Revenue")


def test_a_singular_takings_that_fall_stay_revenue(extractor: Extractor) -> None:
    """Look-alike: a singular "Erlös" that falls like a business's takings is revenue, while
    the same amount spent as proceeds is none."""
    x = run(extractor, "Der Erlös des Konzerns sank im dritten Quartal auf 2,1 Milliarden Euro.",
            headline="Siemens schwächelt")
    assert ("Siemens", Decimal("2100000000")) in metric_facts(x, "Revenue")
    x = run(extractor, "Den Erlös von 2,1 Milliarden Euro will der Konzern in Software stecken.",
            headline="Siemens verkauft Sparte")
    assert not metric_facts(x, "Revenue")


# --- a stake whose holder follows in the genitive ----------------------------------------


def test_stake_with_a_genitive_holder_is_not_the_held_firms(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Telekom baut ihre Mehrheit an der Mobilfunktochter T-Mobile US "
            "aus. Damit steigt der Anteil der Telekom an dem Unternehmen auf 54 Prozent.",
            headline="Telekom stockt bei T-Mobile US auf")
    assert ("T-Mobile US", "investsIn", "Deutsche Telekom") not in triples(x)
    assert ("T-Mobile US", "subsidiaryOf", "Deutsche Telekom") in triples(x)


def test_stake_of_a_named_holder_before_the_noun_stays(extractor: Extractor) -> None:
    """Look-alike: the holder is named before the stake noun; it invests in the name after."""
    x = run(extractor, "UniCredit baut ihre Beteiligung an der Commerzbank aus.", headline="Banken")
    assert ("UniCredit", "investsIn", "Commerzbank") in triples(x)
