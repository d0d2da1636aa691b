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

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor

TSMC = "Taiwan Semiconductor Manufacturing"
INFINEON = "Infineon Technologies"

# (body, lang, headline, a relation that must be found)
FOUND = [
    # licensees listed take the licensor's designs
    ("Arm Holdings said royalty revenue rose 31%, as licensees including Apple and Qualcomm "
     "shipped more phones.", "en", "Arm results", ("Arm Holdings", "supplierOf", "Qualcomm")),
    ("Arm Holdings steigerte die Lizenzerlöse, da Lizenznehmer wie Apple und Qualcomm mehr "
     "Smartphones verkauften.", "de", "Arm Holdings", ("Arm Holdings", "supplierOf", "Apple")),
    # a German reason clause whose subjects order more goods from no seller named
    ("Der Auftragseingang von ASML stieg um 31 Prozent, da TSMC und Samsung mehr Anlagen "
     "bestellten.", "de", "ASML", ("ASML", "supplierOf", "Samsung Electronics")),
    ("Der Auftragseingang von ASML stieg um 31 Prozent, da TSMC und Samsung mehr Anlagen "
     "bestellten.", "de", "ASML", ("ASML", "supplierOf", TSMC)),
    # an index opening the sentence after "Aus dem", a company noun and a day before the name
    ("Aus dem Euro Stoxx 50 öffnet am Mittwoch der spanische Modekonzern Inditex die Bücher.",
     "de", "Wochenausblick", ("Inditex", "memberOf", "Euro Stoxx 50")),
    # a share of the company owned by a named holder
    ("Arm Holdings reported higher royalties. The chip designer, which is about 90% owned by "
     "SoftBank Group, raised its forecast.", "en", "Arm results",
     ("SoftBank Group", "investsIn", "Arm Holdings")),
    ("Die Deutsche Börse ist zu rund 10 Prozent im Besitz von BlackRock.", "de", "Deutsche Börse",
     ("BlackRock", "investsIn", "Deutsche Börse")),
    # a customer noun right before a name: the customer of the clause's company
    ("Infineon wächst kräftig. Der Großkunde Apple bestellte mehr Chips.", "de", "Infineon",
     (INFINEON, "supplierOf", "Apple")),
    ("TSMC said its biggest customer Apple ordered more chips.", "en", "TSMC results",
     (TSMC, "supplierOf", "Apple")),
    # a company opening a sentence raises its orders from no one named
    ("Infineon wächst. Der Zulieferer Bosch hat seine Bestellungen für Leistungshalbleiter "
     "deutlich ausgeweitet.", "de", "Infineon", (INFINEON, "supplierOf", "Bosch")),
    ("TSMC beat forecasts. Apple has sharply raised its orders for advanced chips.", "en",
     "TSMC results", (TSMC, "supplierOf", "Apple")),
]

# (body, lang, headline, a relation that must NOT be found): the look-alikes
NOT_FOUND = [
    # a licence dispute names no licensee list
    ("Arm Holdings and Qualcomm settled their licence dispute, and Apple said it would keep its "
     "own designs.", "en", "Arm results", ("Arm Holdings", "supplierOf", "Apple")),
    # the reason clause names where the machines were bought
    ("Der Auftragseingang von ASML stieg, da TSMC mehr Anlagen bei Applied Materials bestellte.",
     "de", "ASML", ("ASML", "supplierOf", TSMC)),
    # the main clause compares two companies: whose customer is open
    ("ASML wuchs schneller als Applied Materials, da Intel mehr Anlagen bestellte.", "de", "ASML",
     ("ASML", "supplierOf", "Intel")),
    # shares bought are no goods ordered
    ("Die Aktie von ASML stieg, da Intel mehr Aktien kaufte.", "de", "ASML",
     ("ASML", "supplierOf", "Intel")),
    # the company leaves the index; "aus dem" inside the sentence picks no member out
    ("Aus dem Dax steigt Siemens zum Monatsende ab.", "de", "Marktbericht",
     ("Siemens", "memberOf", "DAX")),
    ("Aus dem MDax fliegt Puma SE nach der Überprüfung.", "de", "Marktbericht",
     ("Puma SE", "memberOf", "MDAX")),
    ("Der Abstieg aus dem Dax trifft Siemens hart.", "de", "Marktbericht",
     ("Siemens", "memberOf", "DAX")),
    # a company wholly owned is a subsidiary, no stake
    ("Waymo, which is 100% owned by Alphabet, added cities.", "en", "Waymo",
     ("Alphabet", "investsIn", "Waymo")),
    # a customer lost, a former one, or one named before another company (whose it is is open)
    ("Infineon verliert den Großkunden Apple.", "de", "Infineon", (INFINEON, "supplierOf", "Apple")),
    ("Infineon wächst. Der frühere Großkunde Apple bestellt weniger.", "de", "Infineon",
     (INFINEON, "supplierOf", "Apple")),
    ("Infineon wächst. Der Großkunde Apple bestellt nun bei Samsung Electronics.", "de", "Infineon",
     (INFINEON, "supplierOf", "Apple")),
    ("TSMC lost its biggest customer Apple.", "en", "TSMC results", (TSMC, "supplierOf", "Apple")),
    # "der Zulieferer X" names X's trade, not its role towards the article's company
    ("Infineon wächst. Der Zulieferer Bosch baut Stellen ab.", "de", "Infineon",
     (INFINEON, "supplierOf", "Bosch")),
    # orders placed with another company, or of goods another company makes
    ("Infineon wächst. Bosch hat seine Bestellungen bei STMicroelectronics ausgeweitet.", "de",
     "Infineon", (INFINEON, "supplierOf", "Bosch")),
    ("Infineon wächst. Bosch erhöhte seine Bestellungen für Chips von Nvidia.", "de", "Infineon",
     (INFINEON, "supplierOf", "Bosch")),
    ("TSMC beat forecasts. Apple raised its orders for Nvidia chips.", "en", "TSMC results",
     (TSMC, "supplierOf", "Apple")),
]


@pytest.mark.parametrize(("body", "lang", "headline", "fact"), FOUND)
def test_relation_is_found(extractor: Extractor, body: str, lang: str, headline: str,
                           fact: tuple[str, str, str]) -> None:
    assert fact in triples(run(extractor, body, lang=lang, headline=headline))


@pytest.mark.parametrize(("body", "lang", "headline", "fact"), NOT_FOUND)
def test_look_alike_gives_no_relation(extractor: Extractor, body: str, lang: str, headline: str,
                                      fact: tuple[str, str, str]) -> None:
    assert fact not in triples(run(extractor, body, lang=lang, headline=headline))


@pytest.mark.parametrize("verb", ["legte", "legt"])
def test_index_opening_names_the_member_and_the_share_move_is_the_members(extractor: Extractor,
                                                                           verb: str) -> None:
    """Past or present of the split verb: the move is the member's, not the index's."""
    x = run(extractor, f"Aus dem Euro Stoxx 50 {verb} Inditex um 3 Prozent zu.", headline="Marktbericht")
    assert ("Inditex", "memberOf", "Euro Stoxx 50") in triples(x)
    moves = {(f.about, f.value) for f in x.figures if f.metric == "StockPriceChange"}
    assert moves == {("Inditex", Decimal("3"))}


def test_present_split_verb_without_a_move_gives_no_share_move(extractor: Extractor) -> None:
    """Look-alike: "legt" of another verb ("legt … in einen Fonds") beside a percentage of
    holdings is no share move."""
    x = run(extractor, "Die Siemens-Aktie steht im Fokus: Siemens legt 3 Prozent seiner Anteile "
            "in einen Fonds.", headline="Siemens")
    assert not [f for f in x.figures if f.metric == "StockPriceChange"]


def test_share_owned_by_no_company_is_no_stake(extractor: Extractor) -> None:
    """Look-alike: a share owned by unnamed funds is no company's stake."""
    x = run(extractor, "Nvidia, 5% owned by index funds, said demand was strong.", lang="en",
            headline="Nvidia")
    assert not {t for t in triples(x) if t[1] == "investsIn"}
