"""Catalogue round 33: defence ministries of the NATO members and of Japan, South Korea,
Australia, India and Israel with their armed services and procurement agencies, space agencies,
and the drug, energy and telecom regulators the catalogue held without.

Each entry is a government body; an agency has its ministry as parent, an armed service none
(as the Bundeswehr). It is found in a sentence written for the test by its canonical name or a
printed alias (German ones inflected as the press prints them), and supply contracts name it as
the customer. Companies taken over carry their buyer as parent. Bare service words
("Navy", "Marine", "Luftwaffe"), acronyms of other meaning ("ESA", "CRE", "DGA") and first
names name none of them."""

from __future__ import annotations

import pytest
from helpers import labels, run_in

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor

# (body, parent)
BODIES = [
    ("Ministry of Defence", None),
    ("French Ministry of the Armed Forces", None),
    ("Polish Ministry of National Defence", None),
    ("Japanese Ministry of Defense", None),
    ("Australian Department of Defence", None),
    ("Defence Equipment and Support", "Ministry of Defence"),
    ("Royal Navy", None),
    ("Direction générale de l'armement", "French Ministry of the Armed Forces"),
    ("Federal Office of Bundeswehr Equipment, Information Technology and In-Service Support",
     "Federal Ministry of Defence"),
    ("United States Army", None),
    ("United States Navy", None),
    ("United States Air Force", None),
    ("Defense Advanced Research Projects Agency", "United States Department of Defense"),
    ("Polish Armament Agency", "Polish Ministry of National Defence"),
    ("Defense Acquisition Program Administration", "South Korean Ministry of National Defense"),
    ("Israel Defense Forces", None),
    ("NASA", None),
    ("European Space Agency", None),
    ("German Aerospace Center", None),
    ("Japan Aerospace Exploration Agency", None),
    ("Federal Institute for Drugs and Medical Devices", None),
    ("Ofgem", None),
    ("Ofcom", None),
    ("ARERA", None),
]


@pytest.mark.parametrize(("label", "parent"), BODIES, ids=[b[0] for b in BODIES])
def test_a_body_is_a_government_body_under_its_ministry(catalogue: Catalogue, label: str,
                                                        parent: str | None) -> None:
    entry = catalogue.get(label)
    assert entry is not None and entry.type == "GovernmentBody"
    assert catalogue.parent_of(label) == parent


def test_only_certain_wikidata_ids_are_given(catalogue: Catalogue) -> None:
    nasa, esa = catalogue.get("NASA"), catalogue.get("European Space Agency")
    assert nasa is not None and nasa.same_as == "http://www.wikidata.org/entity/Q23548"
    assert esa is not None and esa.same_as == "http://www.wikidata.org/entity/Q42262"


@pytest.mark.parametrize(("sentence", "lang", "label"), [
    ("Das britische Verteidigungsministerium prüft neue Fregatten.", "de",
     "Ministry of Defence"),
    ("Der Vertrag mit dem britischen Verteidigungsministerium läuft bis 2030.", "de",
     "Ministry of Defence"),
    ("The UK MoD extended the support contract.", "en", "Ministry of Defence"),
    ("DE&S placed the order for twelve radars.", "en", "Defence Equipment and Support"),
    ("Die polnische Regierung und das polnische Verteidigungsministerium planen mehr Panzer.",
     "de", "Polish Ministry of National Defence"),
    ("Japan's Defense Ministry asked for a bigger budget.", "en", "Japanese Ministry of Defense"),
    ("Das französische Verteidigungsministerium kauft mehr Munition.", "de",
     "French Ministry of the Armed Forces"),
    ("Die US-Armee testet neue Drohnen.", "de", "United States Army"),
    ("The U.S. Navy tested a new destroyer.", "en", "United States Navy"),
    ("Die US-Luftwaffe mustert alte Tankflugzeuge aus.", "de", "United States Air Force"),
    ("Das BAAINBw hat den Rahmenvertrag unterzeichnet.", "de",
     "Federal Office of Bundeswehr Equipment, Information Technology and In-Service Support"),
    ("DARPA funds research on new chips.", "en", "Defense Advanced Research Projects Agency"),
    ("Die Nasa verschiebt die Mondmission.", "de", "NASA"),
    ("Die Europäische Weltraumorganisation plant eine neue Rakete.", "de",
     "European Space Agency"),
    ("Die Raumfahrtagentur ESA plant eine neue Rakete.", "de", "European Space Agency"),
    ("Das Deutsche Zentrum für Luft- und Raumfahrt testet ein Triebwerk.", "de",
     "German Aerospace Center"),
    ("JAXA launched a lunar probe.", "en", "Japan Aerospace Exploration Agency"),
    ("ISRO launched a weather satellite.", "en", "Indian Space Research Organisation"),
    ("Das BfArM prüft den Antrag.", "de", "Federal Institute for Drugs and Medical Devices"),
    ("Ofgem raised the price cap for the winter.", "en", "Ofgem"),
    ("Ofcom opened an inquiry into the broadband market.", "en", "Ofcom"),
    ("Die BNetzA versteigert neue Frequenzen.", "de", "Bundesnetzagentur"),
    ("The Defense Department cut its budget for new ships.", "en",
     "United States Department of Defense"),
])
def test_found_by_its_name_or_printed_alias(extractor: Extractor, sentence: str, lang: str,
                                            label: str) -> None:
    assert label in labels(run_in(extractor, sentence, lang))


@pytest.mark.parametrize(("sentence", "lang", "supplier", "customer"), [
    ("Rheinmetall liefert dem britischen Verteidigungsministerium 300 Lastwagen.", "de",
     "Rheinmetall", "Ministry of Defence"),
    ("The US Navy ordered three submarines from General Dynamics.", "en", "General Dynamics",
     "United States Navy"),
    ("Hensoldt erhält vom BAAINBw einen Auftrag über 80 Radargeräte.", "de", "Hensoldt",
     "Federal Office of Bundeswehr Equipment, Information Technology and In-Service Support"),
    ("NASA awarded SpaceX a contract for two more flights.", "en", "SpaceX", "NASA"),
])
def test_a_supply_contract_names_the_body_as_customer(extractor: Extractor, sentence: str,
                                                      lang: str, supplier: str,
                                                      customer: str) -> None:
    facts = {(r.subject, r.predicate, r.object)
             for r in run_in(extractor, sentence, lang).relations}
    assert (supplier, "supplierOf", customer) in facts


NEW = {label for label, _ in BODIES} | {"Indian Space Research Organisation",
                                        "Commission de régulation de l'énergie",
                                        "Centre national d'études spatiales"}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The Navy and the Army sent more troops.", "en"),
    ("Die Marine und das Heer bekommen mehr Geld, die Luftwaffe auch.", "de"),
    ("The Endangered Species Act (ESA) protects the birds.", "en"),
    ("The DGA and the writers' guild reached a deal with the studios.", "en"),
    ("Esa Saarinen spoke about the economy.", "en"),
    ("The CRE market weakened as office vacancies rose.", "en"),
    ("Players can mod the game as they like.", "en"),
    ("The Royal family visited the navy yard.", "en"),
    ("Das Verteidigungsministerium prüft den Antrag.", "de"),
])
def test_a_look_alike_names_none_of_them(extractor: Extractor, sentence: str, lang: str) -> None:
    """Bare service words, acronyms of other meaning, first names and common words."""
    assert labels(run_in(extractor, sentence, lang)) & NEW == set()


# (company taken over, buyer)
TAKEN_OVER = [
    ("Juniper Networks", "Hewlett Packard Enterprise"), ("Ansys", "Synopsys"),
    ("Splunk", "Cisco Systems"), ("Xilinx", "Advanced Micro Devices"),
    ("Hess Corporation", "Chevron"),
    ("Pioneer Natural Resources", "ExxonMobil"), ("Discover Financial", "Capital One"),
    ("Marathon Oil", "ConocoPhillips"), ("Kellanova", "Mars Inc."),
    ("Seattle Genetics", "Pfizer"), ("Horizon Therapeutics", "Amgen"),
    ("Catalent", "Novo Holdings A/S"), ("First Republic Bank", "JPMorgan"),
    ("United States Steel", "Nippon Steel"), ("Interpublic Group of Companies", "Omnicom Group"),
    ("TD Ameritrade", "Charles Schwab"), ("Britvic", "Carlsberg"), ("DS Smith", "International Paper"),
    ("Darktrace", "Thoma Bravo"), ("Spirent Communications", "Keysight Technologies"),
    ("Swedish Match", "Philip Morris International"), ("Micro Focus", "Open Text"),
    ("MorphoSys", "Novartis"),
]


@pytest.mark.parametrize(("label", "buyer"), TAKEN_OVER, ids=[t[0] for t in TAKEN_OVER])
def test_a_company_taken_over_has_its_buyer_as_parent(catalogue: Catalogue, label: str,
                                                      buyer: str) -> None:
    entry = catalogue.get(label)
    assert entry is not None and entry.type in ("Company", "FinancialInstitution")
    assert catalogue.parent_of(label) == buyer


@pytest.mark.parametrize(("sentence", "lang", "label"), [
    ("Pfizer zahlte 43 Milliarden Dollar für Seagen.", "de", "Seattle Genetics"),
    ("Swedish Match sold more nicotine pouches.", "en", "Swedish Match"),
    ("TD Ameritrade clients moved their accounts.", "en", "TD Ameritrade"),
])
def test_a_company_taken_over_is_found_by_its_name(extractor: Extractor, sentence: str,
                                                   lang: str, label: str) -> None:
    assert label in labels(run_in(extractor, sentence, lang))


@pytest.mark.parametrize("sentence", [
    "The horizon for rate cuts moved further out.",
    "The camera keeps the micro focus on the subject.",
])
def test_a_word_like_a_company_taken_over_names_none(extractor: Extractor, sentence: str) -> None:
    assert labels(run_in(extractor, sentence, "en")) & {label for label, _ in TAKEN_OVER} == set()
