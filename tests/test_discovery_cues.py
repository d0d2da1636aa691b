"""Companies unknown to the catalogue and printed without a legal form, found
by cues that hold in any article: a compound company noun before the name
("der Halbleiterhersteller X", "the drugmaker X"), a ticker with its exchange
in brackets after it ("X (NASDAQ: XYZ)"), and its executive named after it
("X-Vorstandschef Jane Doe", "X's CEO Jane Doe"). Sentences written for the
test; every name in them is invented. Each cue has look-alikes that must
yield no company: persons, places, products and common nouns in the same
position."""

from __future__ import annotations

import helpers
import pytest

from kg.nlp.extract import Extractor


def entities(extractor: Extractor, body: str, lang: str) -> dict[str, str]:
    x = helpers.run(extractor, body, lang=lang, headline="Meldung" if lang == "de" else "News")
    return {e.label: e.type for e in x.entities}


@pytest.mark.parametrize(("lang", "body", "name", "kind"), [
    pytest.param("de", "Der Münchner Halbleiterhersteller Quantrix hob seine Prognose an.",
                 "Quantrix", "Company", id="de-compound-maker"),
    pytest.param("de", "Die Aktie des Pharmakonzerns Velodyne stieg um 3 Prozent.",
                 "Velodyne", "Company", id="de-compound-group-genitive"),
    pytest.param("de", "Der Energieversorger Nordwatt senkte die Preise.",
                 "Nordwatt", "Company", id="de-compound-utility"),
    pytest.param("de", "Der Spezialmaschinenbauer Krontal meldete mehr Aufträge.",
                 "Krontal", "Company", id="de-compound-machine-builder"),
    pytest.param("en", "The drugmaker Velodyne cut its forecast.", "Velodyne", "Company",
                 id="en-compound-maker"),
    pytest.param("en", "The software maker Quantrix beat estimates.", "Quantrix", "Company",
                 id="en-maker-after-a-word"),
    pytest.param("en", "The retailer Brightmoor opened 40 stores.", "Brightmoor", "Company",
                 id="en-retailer"),
    pytest.param("de", "Die Papiere von Quantrix (NASDAQ: QTRX) legten zu.", "Quantrix",
                 "Company", id="de-ticker"),
    pytest.param("en", "Shares of Krontal Robotics (NYSE: KRON) rose 5% on Monday.",
                 "Krontal Robotics", "Company", id="en-ticker-two-words"),
    pytest.param("en", "Shares of Nasdaq-listed Krontal (NASDAQ: KRNT) fell 4%.", "Krontal",
                 "Company", id="en-ticker-after-a-listing-word"),
    pytest.param("de", "Krontal-Vorstandschef Jana Weber sagte, die Nachfrage sei hoch.",
                 "Krontal", "Company", id="de-executive-compound"),
    pytest.param("en", "Krontal's CEO Jane Weber said demand was strong.", "Krontal", "Company",
                 id="en-executive-possessive"),
])
def test_company_without_legal_form_is_discovered(extractor: Extractor, lang: str, body: str,
                                                  name: str, kind: str) -> None:
    assert entities(extractor, body, lang).get(name) == kind


@pytest.mark.parametrize(("lang", "body", "words"), [
    pytest.param("de", "Der Biobauer Hans Weber verkauft Milch.", ("Hans", "Weber"),
                 id="de-farmer-is-no-maker"),
    pytest.param("de", "Der Kunsthändler Max Berger kaufte ein Bild.", ("Max", "Berger"),
                 id="de-art-dealer-is-no-company"),
    pytest.param("de", "Der Autohersteller Europas größter Markt schrumpft.", ("Europas",),
                 id="de-compound-before-a-common-word"),
    pytest.param("de", "SPD-Chef Lars Weber sprach in Berlin.", ("SPD",),
                 id="de-party-chief-is-no-executive"),
    pytest.param("de", "Ex-Vorstandschef Jana Weber kehrt zurück.", ("Ex",),
                 id="de-former-is-no-company"),
    pytest.param("de", "Interims-CEO Jana Weber bleibt bis Mai.", ("Interims",),
                 id="de-interim-is-no-company"),
    pytest.param("en", "The drugmaker Monday reported higher sales.", ("Monday",),
                 id="en-weekday-after-the-noun"),
    pytest.param("en", "The carmaker's CEO Jane Weber said demand was strong.", ("The",),
                 id="en-common-noun-possessive"),
    pytest.param("en", "Shares (NYSE: KRON) rose 5% on Monday.", ("Shares",),
                 id="en-ticker-after-a-common-word"),
    pytest.param("en", "Shares of Ali Baba (HKEX: 9988) rose 5%.", ("Ali", "Baba"),
                 id="en-catalogued-ticker-names-a-known-company"),
    pytest.param("en", "Analysts at the bank expect a year (2026) of growth.", ("Analysts",),
                 id="en-brackets-without-exchange"),
])
def test_look_alike_yields_no_company(extractor: Extractor, lang: str, body: str,
                                      words: tuple[str, ...]) -> None:
    found = entities(extractor, body, lang)
    assert not [label for label, kind in found.items()
                if kind in ("Company", "FinancialInstitution", "Organization")
                and any(w in label.split() for w in words)]
