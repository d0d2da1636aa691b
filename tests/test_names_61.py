"""Names the extractor missed or misread, on sentences written for these tests with invented
firms and figures: a firm named after a company noun of its trade alone, also after a
country's prefix or adjective ("dem US-Anbieter X", "the French utility X"); a place named
after a state's noun or before "state" is the state, not the large city of that name ("im
Bundesstaat Washington" is not the capital); a share's nickname in the catalogue names its
company ("Die T-Aktie")."""

from __future__ import annotations

import pytest
from helpers import labels, run, run_in

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    ("de", "Der Auftrag ging an den US-Anbieter Quorvex, der 40 Millionen Euro erhält.",
     "Quorvex", "Company"),
    ("de", "Der Auftrag ging an den Anbieter Quorvex, der 40 Millionen Euro erhält.",
     "Quorvex", "Company"),
    ("de", "Der französische Versorger Lumetrac hob die Prognose an.", "Lumetrac", "Company"),
    ("de", "Der schwedische Netzwerkausrüster Lumetrac hob die Prognose an.", "Lumetrac", "Company"),
    ("de", "Die Aktie des Schweizer Versicherers Halvoria fiel um 3 Prozent.", "Halvoria",
     "Company"),
    ("en", "Its Chinese peer Hirotaka cut prices by 10%.", "Hirotaka", "Company"),
    ("en", "The German utility Lumetrac raised its outlook.", "Lumetrac", "Company"),
    ("en", "The U.S. provider Quorvex won the contract.", "Quorvex", "Company"),
])
def test_a_name_after_a_noun_of_its_trade_is_a_firm(extractor: Extractor, lang: str, text: str,
                                                    name: str, kind: str) -> None:
    """Before, only compounds ending in these nouns ("Softwareanbieter") and other nouns
    ("Konzern", "rival") told that the capitalised word after them is a firm."""
    x = run_in(extractor, text, lang)
    assert (name, kind) in {(e.label, e.type) for e in x.entities}


@pytest.mark.parametrize(("lang", "text"), [
    # look-alikes: the noun with no name after it names no firm
    ("de", "Der Anbieter aus Bremen erhöhte die Preise um 5 Prozent."),
    ("de", "Der Versorger hob die Prognose an."),
    ("en", "Its peer group lost 3% on Tuesday."),
    ("en", "The utility said demand rose 2%."),
])
def test_the_noun_alone_names_no_firm(extractor: Extractor, lang: str, text: str) -> None:
    x = run_in(extractor, text, lang)
    assert not {e.label for e in x.entities if e.type in {"Company", "FinancialInstitution"}}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Tochter aus Bellevue im Bundesstaat Washington gewann 1,2 Millionen Kunden hinzu."),
    ("de", "Das Werk im US-Bundesstaat Washington liefert seit Mai."),
    ("en", "The plant in Washington state employs 400 people."),
    ("en", "The company opened an office in the state of Washington in May."),
])
def test_a_state_is_not_the_city_of_its_name(extractor: Extractor, lang: str, text: str) -> None:
    """The capital Washington, D.C. was found in "im Bundesstaat Washington"."""
    assert "Washington, D.C." not in labels(run_in(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "place"), [
    # look-alikes: the city named alone, and a state the catalogue lists after the state's noun
    ("de", "Die Regierung in Washington verhängte neue Zölle.", "Washington, D.C."),
    ("en", "Lawmakers in Washington passed the bill on Tuesday.", "Washington, D.C."),
    ("de", "Das Werk im US-Bundesstaat Kalifornien liefert seit Mai.", "California"),
    ("en", "The plant in the state of California employs 400 people.", "California"),
])
def test_the_city_and_a_catalogued_state_stay(extractor: Extractor, lang: str, text: str,
                                              place: str) -> None:
    assert place in labels(run_in(extractor, text, lang))


def test_the_share_nickname_is_an_alias_of_its_company(catalogue: Catalogue) -> None:
    entry = catalogue.get("Deutsche Telekom")
    assert entry is not None and "T-Aktie" in entry.aliases


@pytest.mark.parametrize(("text", "owner"), [
    ("Der Dax legte zu. Die T-Aktie stieg um 2,3 Prozent auf 30,45 Euro.", "Deutsche Telekom"),
    # look-alike: the share of the US unit, named with its own name, is not the parent's
    ("Der Dax legte zu. Die T-Mobile-Aktie stieg um 2,3 Prozent auf 30,45 Euro.", "T-Mobile US"),
])
def test_the_share_nickname_names_its_company(extractor: Extractor, text: str, owner: str) -> None:
    x = run(extractor, text)
    assert {(f.about, f.metric) for f in x.figures} == {(owner, "StockPriceChange"), (owner, "SharePrice")}
