"""Supplies and rivalries told by a verb or a noun away from both names, on sentences written
for these tests (catalogued companies, invented figures): a headline's order without an article
("X holt Milliardenauftrag von Y") makes the winner the one placing it's supplier; a plural
superlative rival noun closing its clause ("sind A und B die härtesten Rivalen") names the
article's company's rivals; those chosen "to supply", "to replace …" or "for its network"
supply the one choosing; a sentence on rivals that names none ("Die Konkurrenz schläft nicht.")
makes the companies opening the next sentence's clauses the article's company's rivals. Each
with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- a headline's order without an article ---------------------------------------------


def test_headline_order_without_article_makes_the_winner_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Der Auftrag umfasst Achsen für zwei Modelle.",
            headline="Schaeffler holt Milliardenauftrag von Volkswagen")
    assert ("Schaeffler", "supplierOf", "Volkswagen") in triples(x)


def test_headline_staff_taken_from_a_company_is_no_order(extractor: Extractor) -> None:
    """Look-alike: the same verb with people, not an order, makes no supply."""
    x = run(extractor, "Der neue Manager beginnt im Januar.",
            headline="Schaeffler holt Manager von Volkswagen")
    assert ("Schaeffler", "supplierOf", "Volkswagen") not in triples(x)


# --- a plural superlative rival noun closing its clause ----------------------------------


def test_plural_superlative_rivals_closing_the_clause_are_the_article_companys(
        extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi baut seit zwei Jahren Autos, bei Elektroautos sind BYD und Tesla die "
            "härtesten Rivalen. Xiaomi lieferte 40.000 Autos aus.", headline="Xiaomi legt zu")
    pairs = rival_pairs(x)
    assert frozenset({"Xiaomi", "BYD"}) in pairs
    assert frozenset({"Xiaomi", "Tesla"}) in pairs


def test_plural_superlative_rivals_of_a_named_company_are_that_companys(extractor: Extractor) -> None:
    """Look-alike: "die härtesten Rivalen von Nio" names whose rivals they are."""
    x = run(extractor, "Xiaomi baut seit zwei Jahren Autos, bei Elektroautos sind BYD und Tesla die "
            "härtesten Rivalen von Nio. Xiaomi lieferte 40.000 Autos aus.", headline="Xiaomi legt zu")
    pairs = rival_pairs(x)
    assert frozenset({"Xiaomi", "BYD"}) not in pairs
    assert frozenset({"BYD", "Nio"}) in pairs


# --- those chosen to supply -------------------------------------------------------------


def test_companies_chosen_to_replace_equipment_supply_the_chooser(extractor: Extractor) -> None:
    x = run(extractor, "Deutsche Telekom has chosen Ericsson and Nokia to replace older equipment in "
            "its mobile network by 2029.", lang="en", headline="Telecom picks suppliers")
    found = triples(x)
    assert ("Ericsson", "supplierOf", "Deutsche Telekom") in found
    assert ("Nokia", "supplierOf", "Deutsche Telekom") in found


def test_bank_chosen_to_advise_supplies_nothing(extractor: Extractor) -> None:
    """Look-alike: one chosen to advise on a sale gives a service, no supply."""
    x = run(extractor, "Deutsche Telekom has chosen Goldman Sachs to advise on the sale of its towers.",
            lang="en", headline="Telecom picks adviser")
    assert not [t for t in triples(x) if t[1] == "supplierOf"]


# --- a sentence on rivals that names none ---------------------------------------------


def test_clause_openers_after_an_unnamed_rivals_sentence_are_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba hat sein Sprachmodell Qwen erneuert. Die Konkurrenz schläft allerdings "
            "nicht. Tencent baut sein Modell in WeChat ein, ByteDance lockt mit niedrigen Preisen, und "
            "Baidu gewinnt Firmenkunden.", headline="Alibaba erneuert Qwen")
    pairs = rival_pairs(x)
    for rival in ("Tencent Holdings", "ByteDance", "Baidu"):
        assert frozenset({"Alibaba Group", rival}) in pairs


def test_bank_or_governed_name_after_an_unnamed_rivals_sentence_is_no_rival(
        extractor: Extractor) -> None:
    """Look-alike: a house opening the next sentence is a source; a name after a preposition is
    no clause's subject."""
    x = run(extractor, "PDD Holdings grew its sales by 9%. The competition has not stood still. Morgan "
            "Stanley analysts said margins would fall after talks with Alibaba Group.",
            lang="en", headline="PDD Holdings shares jump")
    pairs = rival_pairs(x)
    assert frozenset({"PDD Holdings", "Morgan Stanley"}) not in pairs
    assert frozenset({"PDD Holdings", "Alibaba Group"}) not in pairs


def test_sentence_denying_competition_leads_to_no_rival(extractor: Extractor) -> None:
    """Look-alike: "faces no competition" denies the rivals, so the next company is none."""
    x = run(extractor, "PDD Holdings grew its sales by 9%. In rural China it faces no competition. "
            "JD.com has poured money into food delivery.", lang="en", headline="PDD Holdings shares jump")
    assert frozenset({"PDD Holdings", "JD.com"}) not in rival_pairs(x)


def test_clause_openers_after_rivals_sentence_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Kering bought 60% of a tannery. The deal follows similar moves by rivals. LVMH, "
            "the world's largest luxury group, has bought stakes in suppliers, while Hermès runs its "
            "own tanneries.", lang="en", headline="Kering buys into tannery")
    pairs = rival_pairs(x)
    assert frozenset({"Kering", "LVMH"}) in pairs
    assert frozenset({"Kering", "Hermès"}) in pairs


def test_rivals_sentence_naming_another_company_leads_to_no_rival(extractor: Extractor) -> None:
    """Look-alike: a sentence on another company's rivals says nothing of whom the next ones rival."""
    x = run(extractor, "Kering bought 60% of a tannery. Prada said it keeps an eye on competitors. LVMH "
            "has bought stakes in suppliers.", lang="en", headline="Kering buys into tannery")
    assert frozenset({"Kering", "LVMH"}) not in rival_pairs(x)
