"""Entity families that hold in any article, on sentences written for these tests
(invented companies and people): a job title glued to the name of the office it heads
("Kartellamtspräsident X"), a one-word name after a weak noun in the genitive ("des
Kiesproduzenten X"), a name after "der Wettbewerber", the legal form "KG", a family's
name opening a firm's compound ("die X-Gruppe"), and a firm found after its company noun
named again in a share's compound ("die X-Aktie"). Each with a look-alike that must not fire."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.pipeline import build_pipeline
from kg.records import Extraction


def labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities}


def mentions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    """(surface, label) of each mention the German rules find in ``text``."""
    article = make_article(text=text, source="test", article_id="t", lang="de")
    document = extractor._document(article, build_pipeline("de")(article.clean_text))
    return [(m.surface, m.label) for s in document.sentences for m in s.mentions]


# --- a title glued to an office's name --------------------------------------------

def test_a_presidents_compound_title_is_no_part_of_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Das Amt untersagte die Fusion. „Das war nötig“, sagte "
                       "Kartellamtspräsident Jonas Wendel in Bonn.",
            headline="Kartellamt stoppt Fusion")
    assert "Jonas Wendel" in labels(x)
    assert not any("präsident" in label for label in labels(x))


# --- a one-word name after a weak noun in the genitive, and before "KG" ------------

@pytest.mark.parametrize(("body", "seated"), [
    # a weak noun in the genitive before a one-word name
    ("Das Amt hat die Übernahme des Kölner Kiesproduzenten Rheinkies durch den Baukonzern "
     "Norbau untersagt.", ("Rheinkies", "locatedIn", "Cologne")),
    # the legal form "KG" ends a name
    ("An der Spitze steht die Vossberg Familienholding KG mit Sitz in Bielefeld. Sie hält "
     "Anteile an zwölf Firmen.", ("Vossberg Familienholding", "locatedIn", "Bielefeld")),
])
def test_a_name_found_by_these_forms_is_a_seated_company(extractor: Extractor, body: str,
                                                         seated: tuple[str, str, str]) -> None:
    assert seated in triples(run(extractor, body, headline="Fusion und Familie"))


# --- a name after "der Wettbewerber" --------------------------------------------

def test_a_name_after_wettbewerber_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Beschwerde gegen die Fusion hatte der Wettbewerber Tessmann eingereicht.",
            headline="Fusion gescheitert")
    assert "Tessmann" in labels(x)


# --- look-alikes of the three families above: no name at all ---------------------

@pytest.mark.parametrize("body", [
    # the compound title alone, followed by a verb (a company's title: an authority's, as in
    # "Der Kartellamtspräsident sagte", names the catalogued authority, and no person either)
    "Der Konzernchef sagte am Mittwoch, die Fusion sei untersagt.",
    # a weak noun in the dative, also with a genitive earlier in the sentence
    "Der Konzern verkaufte dem Konkurrenten Anteile an einer Tochter.",
    "Wegen des Streits mit dem Konkurrenten Anteile zu verkaufen, sank die Aktie.",
    # the dative plural of "Wettbewerber" before a common noun
    "Das Amt will den Wettbewerbern Zugang zu den Werken sichern.",
])
def test_look_alikes_name_nothing(extractor: Extractor, body: str) -> None:
    assert not labels(run(extractor, body, headline="Fusion gescheitert"))


def test_an_authority_s_compound_title_alone_names_no_person(extractor: Extractor) -> None:
    x = run(extractor, "Der Kartellamtspräsident sagte am Mittwoch, die Fusion sei untersagt.",
            headline="Fusion gescheitert")
    assert labels(x) <= {"Bundeskartellamt"}


# --- the legal form "KG" (its name is tested with the genitive's above) ----------

def test_kg_in_lower_case_is_a_weight(extractor: Extractor) -> None:
    # look-alike: the unit of weight after a number
    x = run(extractor, "Der Preis für Kupfer stieg auf 9 Euro je kg. Händler Werner Sand rechnet "
                       "mit weiteren Anstiegen.", headline="Kupfer teurer")
    assert not any(label.endswith("kg") or label.endswith("KG") for label in labels(x))


# --- a family's name opening a firm's compound -------------------------------------

def test_a_surname_opening_a_firms_compound_is_not_the_person(extractor: Extractor) -> None:
    found = mentions(extractor, "Familie Vossberg\nDie Vossberg Pack GmbH gehört zur Gruppe. "
                                "Geführt wird die Holding von Clemens Vossberg. Die "
                                "Vossberg-Gruppe setzte 4,2 Milliarden Euro um.")
    # the person only in the headline's family and where named in full
    assert [surface for surface, label in found if label == "Clemens Vossberg"] \
        == ["Vossberg", "Clemens Vossberg"]


def test_a_surname_alone_is_still_the_person(extractor: Extractor) -> None:
    # look-alike: the surname again with no compound after it
    found = mentions(extractor, "Wechsel an der Spitze\nGeführt wird die Holding von Clemens "
                                "Vossberg. Vossberg sagte, das Jahr sei gut gewesen.")
    assert ("Vossberg", "Clemens Vossberg") in found


# --- a firm found after its company noun, named again in a share's compound -------

def test_a_share_compound_names_a_firm_found_after_its_company_noun(extractor: Extractor) -> None:
    x = run(extractor, "Der Baustoffkonzern Norwig Baustoffe will einen Kiesproduzenten kaufen. "
                       "Die im SDax notierte Norwig-Aktie gab um 1,8 Prozent auf 38,90 Euro nach.",
            headline="Kartellamt prüft Fusion")
    assert ("Norwig Baustoffe", "memberOf", "SDAX") in triples(x)
    assert ("Norwig Baustoffe", "StockPriceChange", Decimal("-1.8"), "Percent") in figure_facts(x)


def test_a_share_compound_of_a_name_seen_only_in_a_headline_names_no_firm(
        extractor: Extractor) -> None:
    # look-alike: the two words found by no company noun and no legal form
    x = run(extractor, "Der Umsatz stagnierte. Die Norwig-Aktie gab um 1,8 Prozent auf 38,90 "
                       "Euro nach.", headline="Norwig Baustoffe unter Druck")
    assert not figure_facts(x)


# --- a funding round dated by its month -------------------------------------------

@pytest.mark.parametrize("body", [
    # the backer named before "led a funding round in" and the company after it
    "Orbital Labs raised $200 million. Granite Ventures led a funding round in Orbital Labs "
    "last year.",
    # "a funding round in March led by": the month stands between the round and its leader
    "Orbital Labs raised money in a funding round in March led by Granite Ventures.",
])
def test_a_round_names_its_leader_as_a_backer(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, lang="en", headline="Funding news")
    assert ("Granite Ventures", "investsIn", "Orbital Labs") in triples(x)
    assert ("Orbital Labs", "investsIn", "Granite Ventures") not in triples(x)


def test_a_month_after_a_round_names_no_company_held(extractor: Extractor) -> None:
    # look-alike: "in March" after the round, and a firm named in the next sentence only
    x = run(extractor, "Orbital Labs raised money in a funding round in March. Granite Ventures "
                       "said it was pleased.", lang="en", headline="Funding news")
    assert not {t for t in triples(x) if t[1] == "investsIn"}
