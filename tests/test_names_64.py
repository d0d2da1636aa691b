"""Names read by their setting: a roundup's paragraph that leaves its item, the trade noun
that picks one of two catalogued companies sharing a name, and a family name after a
sibling's full name, which keeps the catalogue's reading."""

from __future__ import annotations

import pytest

from kg.nlp.extract import Extractor
from tests.helpers import labels, run, triples

# ------------------------------------------------------------------ a paragraph leaves the item

_ROUNDUP = (
    "Siemens: Die Aktie des Technologiekonzerns stieg um 2,1 Prozent auf 210,50 Euro.\n\n"
    "BASF: Die Papiere des Chemiekonzerns verloren 1,2 Prozent auf 44,10 Euro.\n\n"
    "Zalando: Die Aktie des Onlinehändlers gab um 3,3 Prozent auf 24,80 Euro nach.\n\n"
    "{tail}"
)


def test_a_paragraph_on_another_company_leaves_the_last_item(extractor: Extractor) -> None:
    tail = ("Außerhalb des Dax fielen die Aktien des Kieler Werftzulieferers Trondal Marine "
            "nach einer Gewinnwarnung um 11 Prozent. Das SDax-Unternehmen erwartet nur noch "
            "einen Umsatz von 300 Millionen Euro.")
    x = run(extractor, _ROUNDUP.format(tail=tail), headline="Dax-Gewinner und -Verlierer")
    members = {(s, o) for s, p, o in triples(x) if p == "memberOf"}
    assert ("Trondal Marine", "SDAX") in members
    assert ("Zalando", "SDAX") not in members


def test_a_paragraph_that_goes_on_with_the_item_keeps_it(extractor: Extractor) -> None:
    # the look-alike: the paragraph after names the item's company again, and the
    # reference there still means it
    tail = ("Zalando hatte zuvor die Prognose gesenkt. Das MDax-Unternehmen erwartet nur noch "
            "einen Umsatz von 10 Milliarden Euro.")
    x = run(extractor, _ROUNDUP.format(tail=tail), headline="Dax-Gewinner und -Verlierer")
    members = {(s, o) for s, p, o in triples(x) if p == "memberOf"}
    assert ("Zalando", "MDAX") in members


# ------------------------------------------------------------------ a trade noun picks the namesake


def test_a_buyout_noun_picks_the_buyout_house_of_a_shared_name(extractor: Extractor) -> None:
    x = run(extractor, "Der schwedische Finanzinvestor EQT will den Messtechnik-Spezialisten "
                       "Sensoria Werke übernehmen. EQT bietet 30 Euro je Aktie.")
    assert "EQT AB" in labels(x)
    assert "EQT Corporation" not in labels(x)


def test_an_energy_noun_picks_the_gas_producer_of_the_shared_name(extractor: Extractor) -> None:
    x = run(extractor, "Der US-Energiekonzern EQT hat seine Förderung im dritten Quartal "
                       "um 4 Prozent gesteigert.")
    assert "EQT Corporation" in labels(x)
    assert "EQT AB" not in labels(x)


def test_an_english_buyout_noun_picks_the_buyout_house(extractor: Extractor) -> None:
    x = run(extractor, "The private equity firm EQT agreed to buy Sensoria Works for $2 billion.",
            lang="en", headline="Market report")
    assert "EQT AB" in labels(x)
    assert "EQT Corporation" not in labels(x)


# ------------------------------------------------------------------ a family name after a sibling's


@pytest.mark.parametrize(("text", "lang", "sibling", "own"), [
    ("Samsung Biologics shares rose 3%. Samsung fell 1.2% after its chip profit dropped.", "en",
     "Samsung Biologics", "Samsung Electronics"),
    ("Die Aktie von Toyota Industries stieg um 4 Prozent. Toyota verlor dagegen 1 Prozent.", "de",
     "Toyota Industries", "Toyota Motor"),
])
def test_a_family_name_after_a_sibling_keeps_its_own_entity(extractor: Extractor, text: str, lang: str,
                                                            sibling: str, own: str) -> None:
    # groups of one family share the short name: the catalogue's reading of it stands, and
    # the sibling named in full before does not take the later move
    x = run(extractor, text, lang=lang, headline="Market report")
    assert {sibling, own} <= labels(x)
    assert {(f.about, f.value) for f in x.figures if f.value < 0} == {(own, f.value) for f in x.figures if f.value < 0}


def test_a_parent_named_short_after_its_unit_stays_the_parent(extractor: Extractor) -> None:
    # the catalogue makes Alibaba Health a unit of Alibaba Group: "Alibaba" is the parent
    x = run(extractor, "Alibaba Health raised its forecast. Alibaba holds 60% of the unit.",
            lang="en", headline="Market report")
    assert "Alibaba Group" in labels(x)
