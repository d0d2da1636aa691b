"""Rivalry and partnership told in ways the rules missed: a rivalry that weighs on the
article's company after an opening adverb ("Zudem belaste der Wettbewerb mit X"), a subject
standing far between "konkurriert" and "mit", a rival described by a compound of a name in
two words ("der Tommy-Hilfiger-Mutter X"), a subject between "arbeitet" and "mit … zusammen",
and a pair that develops something jointly. Each case has a look-alike that must keep its
reading.

Companies are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _pairs(x: Extraction, predicate: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in triples(x) if p == predicate}


def _rivals(x: Extraction) -> set[frozenset[str]]:
    return _pairs(x, "competitorOf")


def _partners(x: Extraction) -> set[frozenset[str]]:
    return _pairs(x, "partnerOf")


def test_rivalry_after_an_opening_adverb_is_the_article_company_s(extractor: Extractor) -> None:
    x = run(extractor, "Zalando hat die Jahresprognose gesenkt. Zudem belaste der Wettbewerb "
            "mit Billiganbietern wie Shein und Temu.", "de", "Zalando senkt Prognose")
    assert {frozenset(("Zalando", "Shein")), frozenset(("Zalando", "Temu"))} <= _rivals(x)


def test_competition_through_rivals_after_hinzu_kommt(extractor: Extractor) -> None:
    x = run(extractor, "Zalando hat die Jahresprognose gesenkt. Hinzu kommt die harte "
            "Konkurrenz durch Shein.", "de", "Zalando senkt Prognose")
    assert frozenset(("Zalando", "Shein")) in _rivals(x)


def test_rivalry_weighing_on_a_named_company_is_not_the_article_s(extractor: Extractor) -> None:
    # look-alike: a name right after the verb is the one the rivalry weighs on
    x = run(extractor, "Zalando hat die Jahresprognose gesenkt. Zudem belaste Adidas der "
            "Wettbewerb mit Shein.", "de", "Zalando senkt Prognose")
    assert frozenset(("Zalando", "Shein")) not in _rivals(x)


def test_competes_with_a_subject_five_words_before_the_preposition(extractor: Extractor) -> None:
    x = run(extractor, "Alibaba wächst kräftig. Im Handel konkurriert Alibaba in China vor allem "
            "mit JD.com und Meituan.", "de", "Alibaba wächst")
    assert {frozenset(("Alibaba Group", "JD.com")), frozenset(("Alibaba Group", "Meituan"))} <= _rivals(x)


def test_competes_then_a_clause_of_its_own_names_no_rival(extractor: Extractor) -> None:
    # look-alike: a comma closes the phrase after the verb; JD.com belongs to another clause
    x = run(extractor, "Alibaba wächst kräftig. Im Handel konkurriert Alibaba in China, wo "
            "Tencent mit JD.com kooperiert.", "de", "Alibaba wächst")
    assert frozenset(("Alibaba Group", "JD.com")) not in _rivals(x)


def test_rival_described_by_a_two_word_name_compound_stays_in_the_list(extractor: Extractor) -> None:
    x = run(extractor, "Hugo Boss hebt die Prognose. Im Wettbewerb mit Rivalen wie Ralph Lauren "
            "und der Tommy-Hilfiger-Mutter PVH hatte Hugo Boss zuletzt Marktanteile gewonnen.",
            "de", "Hugo Boss hebt Prognose")
    assert {frozenset(("Hugo Boss", "Ralph Lauren")), frozenset(("Hugo Boss", "PVH"))} <= _rivals(x)


def test_customer_described_by_a_name_compound_is_no_rival(extractor: Extractor) -> None:
    # look-alike: the compound describes a customer the verb supplies, after the rival list
    x = run(extractor, "Hugo Boss hebt die Prognose. Im Wettbewerb mit Rivalen wie Ralph Lauren "
            "liefert Hugo Boss Stoffe an die Tommy-Hilfiger-Mutter PVH.", "de",
            "Hugo Boss hebt Prognose")
    assert frozenset(("Hugo Boss", "PVH")) not in _rivals(x)


def test_subject_between_arbeitet_and_mit_zusammen_is_the_partner(extractor: Extractor) -> None:
    x = run(extractor, "Talanx hebt die Prognose. Im Rückversicherungsschutz arbeitet der Konzern "
            "seit Jahren mit Munich Re und Swiss Re zusammen.", "de", "Talanx hebt Prognose")
    assert {frozenset(("Talanx", "Munich Re")), frozenset(("Talanx", "Swiss Re"))} <= _partners(x)


def test_zusammen_of_another_verb_makes_no_partner(extractor: Extractor) -> None:
    # look-alike: "zusammen" belongs to the verb of a relative clause, no partnership of Talanx
    x = run(extractor, "Talanx hebt die Prognose. Im Vertrieb arbeitet der Konzern seit Jahren "
            "mit den Daten, die Munich Re und Swiss Re zusammen erheben.", "de",
            "Talanx hebt Prognose")
    assert not {pair for pair in _partners(x) if "Talanx" in pair}


def test_pair_developing_jointly_are_partners(extractor: Extractor) -> None:
    x = run(extractor, "Talanx hebt die Prognose. Talanx und Munich Re wollen gemeinsam neue "
            "Cyberpolicen entwickeln.", "de", "Talanx hebt Prognose")
    assert frozenset(("Talanx", "Munich Re")) in _partners(x)


def test_pair_losing_jointly_are_no_partners(extractor: Extractor) -> None:
    # look-alike: "gemeinsam" with a verb of no joint work
    x = run(extractor, "Talanx und Munich Re haben gemeinsam 3 Prozent an Wert verloren.", "de",
            "Versicherer unter Druck")
    assert not _partners(x)


def test_pair_developing_together_with_a_third_are_each_its_partner(extractor: Extractor) -> None:
    # look-alike: "gemeinsam mit C" makes each of the pair C's partner, which the rule with "mit"
    # reads; the pair-reading of "gemeinsam" does not fire there
    x = run(extractor, "Talanx hebt die Prognose. Talanx und Munich Re wollen gemeinsam mit "
            "Swiss Re Policen entwickeln.", "de", "Talanx hebt Prognose")
    assert frozenset(("Talanx", "Munich Re")) not in _partners(x)
    assert frozenset(("Talanx", "Swiss Re")) in _partners(x)


def test_english_pair_developing_jointly_are_partners(extractor: Extractor) -> None:
    x = run(extractor, "Sony raised its forecast. Sony and Kadokawa will jointly develop anime "
            "and games.", "en", "Sony raises forecast")
    assert frozenset(("Sony Group", "Kadokawa Corporation")) in _partners(x)


def test_english_pair_owning_jointly_are_no_partners_by_this_rule(extractor: Extractor) -> None:
    # look-alike: joint ownership of a third is a stake, not a joint development
    x = run(extractor, "Sony raised its forecast. Sony and Kadokawa jointly own the studio.", "en",
            "Sony raises forecast")
    assert frozenset(("Sony Group", "Kadokawa Corporation")) not in _partners(x)


def test_lead_over_a_company_is_a_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Airbus handed over 86 jets in November, extending its lead over Boeing "
            "as both planemakers race to clear backlogs.", "en", "Planemakers deliver more")
    assert frozenset(("Airbus", "Boeing")) in _rivals(x)


def test_lead_over_an_index_is_no_rivalry(extractor: Extractor) -> None:
    # look-alike: the shares lead an index, no company
    x = run(extractor, "Airbus shares extended their lead over the DAX this year.", "en",
            "Planemakers deliver more")
    assert not _rivals(x)


def test_german_lead_over_a_company_is_a_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Airbus hat im November 86 Jets ausgeliefert und den Vorsprung vor Boeing "
            "ausgebaut.", "de", "Flugzeugbauer liefern mehr")
    assert frozenset(("Airbus", "Boeing")) in _rivals(x)


def test_german_lead_over_an_index_is_no_rivalry(extractor: Extractor) -> None:
    # look-alike: a lead over the index is a share price's
    x = run(extractor, "Die Airbus-Aktie hat den Vorsprung vor dem Dax ausgebaut.", "de",
            "Flugzeugbauer liefern mehr")
    assert not _rivals(x)


def test_joint_venture_plant_with_a_company_makes_partners(extractor: Extractor) -> None:
    x = run(extractor, "LG Energy Solution runs a joint venture battery plant with Hyundai in "
            "Georgia.", "en", "Battery makers gain")
    assert frozenset(("LG Energy Solution", "Hyundai Motor")) in _partners(x)


def test_joint_venture_plant_with_a_capacity_names_no_partner(extractor: Extractor) -> None:
    # look-alike: "with" opens the plant's description, the company after it is a customer
    x = run(extractor, "LG Energy Solution runs a joint venture plant with capacity for Hyundai "
            "cars.", "en", "Battery makers gain")
    assert not _partners(x)
