"""Entity and relation families that hold in any article, on sentences written for these
tests (invented companies and events): names before an agency's instrument code and before
a legal form after a comma or joined by a hyphen, press-release headings, a surname after
another given name, a supply contract with the customer named first, a bracketed aside
inside a clause, and large holders listed or named with their share. Each with a
look-alike that must not fire."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities}


# --- a name before an agency's instrument code ------------------------------------

def test_a_name_before_an_instrument_code_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "British mobile operator Kestrel Mobile (KSTL.L) said on Wednesday it "
                       "would sell its towers. Shares in the FTSE 250 company rose 6%.",
            lang="en", headline="Kestrel Mobile to sell towers")
    assert "Kestrel Mobile" in labels(x)
    assert ("Kestrel Mobile", "memberOf", "FTSE 250") in triples(x)


def test_a_bracket_with_no_exchanges_code_names_no_company(extractor: Extractor) -> None:
    # look-alike: a suffix no agency uses for an exchange, and a bracketed credit
    x = run(extractor, "Harwick Mobile (HRWK.ZZ) said on Wednesday it would sell towers. "
                       "Ferndale Mobile (Reuters) said it would not.",
            lang="en", headline="Tower sales")
    assert not {"Harwick Mobile", "Ferndale Mobile"} & labels(x)


# --- legal forms after a comma or joined by a hyphen ------------------------------

def test_a_legal_form_after_a_comma_ends_a_name(extractor: Extractor) -> None:
    x = run(extractor, "Halvern Semiconductor, Inc. agreed to acquire Brightpath Optics, Inc., "
                       "a developer of photonics engines based in Ottawa.",
            lang="en", headline="Halvern to buy Brightpath")
    assert "Brightpath Optics" in labels(x)
    assert ("Halvern Semiconductor", "acquired", "Brightpath Optics") in triples(x)


def test_a_comma_before_a_lower_case_word_joins_no_legal_form(extractor: Extractor) -> None:
    # look-alike: the legal form's comma after a word that is no name's
    x = run(extractor, "Sales rose at the company, Inc. magazine reported on Monday.",
            lang="en", headline="Sales rise")
    assert not any(label.endswith("company") for label in labels(x))


def test_a_legal_form_joined_by_a_hyphen_ends_a_holders_name(extractor: Extractor) -> None:
    x = run(extractor, "Die Vossberg Chemie AG baut den Vorstand um. Größter Aktionär ist die "
                       "Familienholding Vossberg Beteiligungs-GmbH mit 41 Prozent.",
            headline="Vossberg Chemie baut Vorstand um")
    assert "Vossberg Beteiligungs-GmbH" in labels(x)
    assert ("Vossberg Beteiligungs-GmbH", "investsIn", "Vossberg Chemie") in triples(x)


def test_a_hyphened_compound_with_a_legal_word_is_no_name(extractor: Extractor) -> None:
    # look-alike: the hyphen joins a short legal form to a noun
    x = run(extractor, "Die Vossberg Chemie AG wächst. Die Familien-AG bleibt ein Vorbild.",
            headline="Vossberg Chemie wächst")
    assert not any("Familien" in label for label in labels(x))


# --- press-release headings -------------------------------------------------------

def test_press_release_headings_are_no_part_of_a_name(extractor: Extractor) -> None:
    x = run(extractor, "Halvern Semiconductor, Inc. designs chips.\nAbout Halvern Semiconductor\n"
                       "Halvern Semiconductor (NASDAQ: HLVN) designs chips for data centers.\n"
                       "SOURCE Halvern Semiconductor, Inc.",
            lang="en", headline="Halvern reports results")
    assert "Halvern Semiconductor" in labels(x)
    assert not any(label.startswith(("About", "SOURCE")) for label in labels(x))


# --- a surname after another given name -------------------------------------------

def test_a_surname_after_another_given_name_is_not_the_catalogued_person(
        extractor: Extractor) -> None:
    x = run(extractor, "Halvern Semiconductor, Inc. designs chips.\nInvestor Contact:\n"
                       "Mark Ellison\nHalvern Semiconductor, Inc.",
            lang="en", headline="Halvern reports results")
    assert "Larry Ellison" not in labels(x)


def test_the_catalogued_persons_surname_after_his_own_name_stays(extractor: Extractor) -> None:
    # look-alike: the full name first, then the surname alone
    x = run(extractor, "Oracle founder Larry Ellison said demand rose. Ellison added that "
                       "Oracle would grow.", lang="en", headline="Oracle grows")
    assert "Larry Ellison" in labels(x)


# --- a supply contract and a bracketed aside --------------------------------------

def test_a_contract_to_deliver_with_the_customer_named_first(extractor: Extractor) -> None:
    x = run(extractor, "Die Kessler Präzisionstechnik AG hat heute mit der Airbus SE einen "
                       "Rahmenvertrag über die Lieferung von Fahrwerkskomponenten abgeschlossen.",
            headline="Kessler erhält Großauftrag")
    assert ("Kessler Präzisionstechnik", "supplierOf", "Airbus") in triples(x)


def test_an_aside_in_brackets_does_not_part_the_subject_from_its_verb(
        extractor: Extractor) -> None:
    x = run(extractor, "Die Kessler Präzisionstechnik AG (ISIN: DE000KPT1007, WKN: KPT100) hat "
                       "heute mit der Airbus SE einen Rahmenvertrag über die Lieferung von "
                       "Fahrwerkskomponenten abgeschlossen.", headline="Kessler erhält Großauftrag")
    assert ("Kessler Präzisionstechnik", "supplierOf", "Airbus") in triples(x)


def test_goods_for_the_subjects_own_use_make_no_supplier(extractor: Extractor) -> None:
    # look-alike: the subject buys for its own cars
    x = run(extractor, "BMW hat mit der Siemens AG einen Vertrag über die Lieferung von "
                       "Batterien für seine Autos geschlossen.", headline="BMW sichert Batterien")
    assert not any(p == "supplierOf" for _, p, _ in triples(x))


def test_a_supply_contract_alone_is_no_partnership(extractor: Extractor) -> None:
    # a "Liefervertrag mit X" says not who delivers: neither partner nor supplier
    x = run(extractor, "Volkswagen schließt einen Liefervertrag mit Infineon.",
            headline="Volkswagen sichert Chips")
    assert not any(p in ("partnerOf", "supplierOf") for _, p, _ in triples(x))


# --- large holders --------------------------------------------------------------

def test_holders_listed_after_zu_den_grossaktionaeren_zaehlen(extractor: Extractor) -> None:
    x = run(extractor, "Hapag-Lloyd hat weniger verdient. Zu den Großaktionären zählen die "
                       "Kühne Holding mit 30 Prozent und der Staatsfonds Qatar Investment "
                       "Authority.", headline="Hapag-Lloyd verdient weniger")
    assert ("Kühne Holding", "investsIn", "Hapag-Lloyd") in triples(x)


def test_a_holder_with_a_share_and_no_company_after_it(extractor: Extractor) -> None:
    x = run(extractor, "Hapag-Lloyd hat weniger verdient. Der Staatsfonds Qatar Investment "
                       "Authority hält rund 12 Prozent.", headline="Hapag-Lloyd verdient weniger")
    assert ("Qatar Investment Authority", "investsIn", "Hapag-Lloyd") in triples(x)


def test_a_share_of_a_market_or_of_another_company_is_no_stake_in_the_subject(
        extractor: Extractor) -> None:
    # look-alikes: a market share, and a stake in a company the sentence names
    x = run(extractor, "Hapag-Lloyd hat weniger verdient. Maersk hält rund 15 Prozent "
                       "Marktanteil. Die Porsche SE hält 31 Prozent an Volkswagen.",
            headline="Hapag-Lloyd verdient weniger")
    assert ("Maersk", "investsIn", "Hapag-Lloyd") not in triples(x)
    assert ("Porsche SE", "investsIn", "Hapag-Lloyd") not in triples(x)


# --- a company's investment arm, a short name after a comma's legal form, a seat -----

def test_a_companys_investment_arm_is_a_fund_of_its_own(extractor: Extractor) -> None:
    x = run(extractor, "Brightpath Optics, Inc. is backed by Intel Capital and Khosla Ventures.",
            lang="en", headline="Brightpath raises funds")
    assert ("Intel Capital", "investsIn", "Brightpath Optics") in triples(x)
    assert ("Intel", "investsIn", "Brightpath Optics") not in triples(x)


def test_a_bank_named_with_a_financial_word_stays_the_bank(extractor: Extractor) -> None:
    # look-alike: a catalogued bank's research arm is the bank, and a bank is no company to displace
    x = run(extractor, "Siemens hebt die Prognose an. Laut Deutsche Bank Research bleibt die "
                       "Nachfrage hoch.", headline="Siemens hebt Prognose an")
    assert "Deutsche Bank" in labels(x)
    assert "Deutsche Bank Research" not in labels(x)


def test_the_first_word_of_a_name_with_a_comma_legal_form_names_it_again(
        extractor: Extractor) -> None:
    x = run(extractor, "Halvern Semiconductor, Inc. agreed to buy Brightpath Optics, Inc., a "
                       "photonics developer. Brightpath co-founder and Chief Executive Officer "
                       "Daniel Okoro will join Halvern.",
            lang="en", headline="Halvern to buy Brightpath")
    assert ("Daniel Okoro", "worksFor", "Brightpath Optics") in triples(x)


def test_a_shipping_line_named_by_its_citys_adjective_is_seated_there(
        extractor: Extractor) -> None:
    x = run(extractor, "Hapag-Lloyd hat weniger verdient. Die Hamburger Containerreederei "
                       "leidet unter Überkapazitäten.", headline="Hapag-Lloyd verdient weniger")
    assert ("Hapag-Lloyd", "locatedIn", "Hamburg") in triples(x)


def test_a_citys_adjective_before_another_noun_seats_nothing(extractor: Extractor) -> None:
    # look-alike: the city's adjective before a port, no company noun
    x = run(extractor, "Hapag-Lloyd hat weniger verdient. Der Hamburger Hafen leidet unter "
                       "Überkapazitäten.", headline="Hapag-Lloyd verdient weniger")
    assert ("Hapag-Lloyd", "locatedIn", "Hamburg") not in triples(x)


# --- a joint venture named with its description -----------------------------------

def test_a_joint_venture_described_after_its_name_is_owned_and_its_partner_the_owners(
        extractor: Extractor) -> None:
    x = run(extractor, "Shares of Arden Health Inc. fell. Arden also owns 60% of Kelvar "
                       "Endoscopy, a joint venture with Japan's Olympus Corp. that sells imaging "
                       "systems in Asia.", lang="en", headline="Arden Health slips")
    assert "Kelvar Endoscopy" in labels(x)
    assert ("Arden Health", "investsIn", "Kelvar Endoscopy") in triples(x)
    assert ("Arden Health", "partnerOf", "Olympus Corporation") in triples(x)
    assert ("Arden Health", "investsIn", "Olympus Corporation") not in triples(x)
    assert ("Kelvar Endoscopy", "partnerOf", "Olympus Corporation") not in triples(x)


def test_a_described_startup_keeps_its_own_partnership(extractor: Extractor) -> None:
    # look-alike: the partnership verb stands after the description, not in it
    x = run(extractor, "Shares of Acme Robotics Inc. rose. Acme said Kelvar AI, a startup with "
                       "ties to Nvidia, partners with Microsoft.", lang="en", headline="Acme news")
    assert ("Kelvar AI", "partnerOf", "Microsoft") in triples(x)


# --- a post joined to a name by "als" ---------------------------------------------

def test_a_name_joined_to_its_post_by_als_works_there(extractor: Extractor) -> None:
    x = run(extractor, "Die Vossberg Chemie AG stellt ihre Führung neu auf. Neu in den Vorstand "
                       "rückt außerdem Sabine Keller als Chief Operating Officer.",
            headline="Vossberg Chemie baut Vorstand um")
    assert "Sabine Keller" in labels(x)
    assert ("Sabine Keller", "worksFor", "Vossberg Chemie") in triples(x)
    roles = {r.role for r in x.relations if r.subject == "Sabine Keller"}
    assert roles == {"Chief Operating Officer"}


def test_a_name_joined_by_als_to_no_post_is_no_employee(extractor: Extractor) -> None:
    # look-alike: "als" before an ordinary noun
    x = run(extractor, "Die Vossberg Chemie AG stellt ihre Führung neu auf. Das sieht Sabine "
                       "Keller als Chance.", headline="Vossberg Chemie baut Vorstand um")
    assert not any(p == "worksFor" for _, p, _ in triples(x))


# --- a seat cue opening the sentence ------------------------------------------------

def test_a_fronted_seat_is_the_seat_of_the_name_after_the_place(extractor: Extractor) -> None:
    x = run(extractor, "Halvern Semiconductor, Inc. designs chips. Headquartered in San Jose, "
                       "California, Halvern has about 2,400 employees.",
            lang="en", headline="Halvern reports results")
    assert ("Halvern Semiconductor", "locatedIn", "San Jose") in triples(x)


def test_a_fronted_seat_before_a_phrase_seats_no_name_in_it(extractor: Extractor) -> None:
    # look-alike: the place is followed by a noun phrase, not by a name
    x = run(extractor, "Halvern Semiconductor, Inc. designs chips. Headquartered in San Jose, "
                       "its rival Broadcom grew.", lang="en", headline="Halvern reports results")
    assert not any(p == "locatedIn" for _, p, _ in triples(x))
