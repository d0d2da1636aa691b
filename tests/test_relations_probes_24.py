"""Relations of the twenty-fourth round, on sentences written for the test.

* A rival noun owned by a possessive name the catalogue does not know ("Foobarco's rival
  X") gives no rivalry: X rivals that name, not the sentence's other company; a known
  possessor ("Qualcomm's rival X") or a pronoun ("its rival X") keeps its rivalry.
* A rival noun governed by a second verb of the clause ("X holds a stake in Y and competes
  with rivals such as Z", "X hält Anteile an Y und kämpft mit Konkurrenten wie Z") names
  the clause subject's rivals, not those of the first verb's object.
* "The company, Japan's biggest chipmaker, counts X among its customers": a possessive
  name right after a company reference owns the apposition's noun; the reference still
  stands for the company before, which supplies X. A name in apposition ("The company,
  Advantest,") is the company meant.
* Cornerstone or anchor investors named in a list ("Cornerstone investors including X and
  Y", "Ankerinvestoren wie X") invest in the company listing, the article's; "anchor
  investors for X" names no investor.
* "X, der 20 Prozent an Y hält": the holder before the relative clause invests in Y; "X
  bleibt mit 25 Prozent beteiligt" with no company after it: in the article's company.
* "Wichtigster Rivale von X ist Y": a copula completes the rival phrase with Y, X's rival;
  another verb ("Ein Rivale von X kauft Y") does not. A place's adjective before the name
  ("ist die Stuttgarter Y") is passed over.
* "X is a fast-growing rival", "X ist ein wachsender Konkurrent": a rival naming no one else's
  rivals is the article company's; the article's company itself so called, or a definite
  rival with a clause ("der Konkurrent, den Y fürchtet"), gives nothing.
* A German list goes on after a company noun with its adjectives ("A und der staatliche
  Ölkonzern B"), not after another noun ("die staatliche Kommission B"); a list goes on
  after an owner of several words in the possessive ("A and Huawei Technologies' HiSilicon
  unit"): the unit is the item.
* "X and its partner Y", "X und sein Partner Y": X is Y's partner (the name right before the
  conjunction: "supplies A and its partner Y" makes A the partner); a former one is none.
* "X relies on Y for chips", "X hat 17 Geräte bei Y bestellt": Y supplies X; reliance for
  growth or shares bought make no supply.
* "die Siemens-Tochter X": the owner's name opens the compound and is no name the trigger
  word stands in, so a unit the catalogue does not know gets its parent; so does "X, a
  Siemens unit,", "X, eine Siemens-Tochter," (not a former unit, nor a customer).

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == predicate}


@pytest.mark.parametrize("body", [
    "Nvidia said Foobarco's rival AMD is growing fast.",
    "Nvidia said Foobarco's biggest rival AMD is growing fast.",
])
def test_rival_of_an_unknown_possessor_gives_no_rivalry(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Chip designers")
    assert _of(x, "competitorOf") == set()


def test_rival_of_an_unknown_possessor_is_not_the_articles(extractor: Extractor) -> None:
    x = run(extractor, "Foobarco's rival AMD is growing fast.", "en", "Nvidia")
    assert _of(x, "competitorOf") == set()


@pytest.mark.parametrize(("body", "rival"), [
    ("Nvidia said Qualcomm's rival AMD is growing fast.", "Qualcomm"),
    ("Nvidia said its rival AMD is growing fast.", "Nvidia"),
])
def test_rival_of_a_known_possessor_or_pronoun_stays(extractor: Extractor, body: str, rival: str) -> None:
    x = run(extractor, body, "en", "Chip designers")
    # competitorOf is symmetric: either direction says the same
    assert {frozenset(pair) for pair in _of(x, "competitorOf")} == {frozenset({rival, "Advanced Micro Devices"})}


@pytest.mark.parametrize(("body", "lang"), [
    ("Puma holds a stake in Borussia Dortmund and competes with rivals such as Adidas.", "en"),
    ("Puma hält Anteile an Borussia Dortmund und kämpft mit Konkurrenten wie Adidas.", "de"),
    ("Puma beliefert Borussia Dortmund und kämpft mit Konkurrenten wie Adidas.", "de"),
])
def test_rival_noun_of_a_second_verb_is_the_subjects(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Puma SE")
    assert _of(x, "competitorOf") == {("Puma SE", "Adidas")}


@pytest.mark.parametrize(("body", "lang"), [
    # the rival noun joined to the object, with no verb of its own: whose rivals is open
    ("Puma supplies Borussia Dortmund and its rivals such as Adidas.", "en"),
    ("Puma beliefert Borussia Dortmund und dessen Konkurrenten wie Adidas.", "de"),
])
def test_rival_noun_joined_to_the_object_gives_no_rivalry(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Puma SE")
    assert _of(x, "competitorOf") == set()


@pytest.mark.parametrize("body", [
    "Die Siemens-Tochter Foobar Robotics baut Roboter.",
    "Die Siemens-Sparte Foobar Robotics baut Roboter.",
])
def test_owner_compound_names_the_parent_of_an_unknown_unit(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "de", "Roboter")
    assert _of(x, "subsidiaryOf") == {("Foobar Robotics", "Siemens")}


@pytest.mark.parametrize("body", [
    "Die frühere Siemens-Tochter Foobar Robotics baut Roboter.",
    "Allianz mit Rekordgewinn im dritten Quartal.",
])
def test_owner_compound_look_alikes_give_no_parent(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "de", "Roboter")
    assert _of(x, "subsidiaryOf") == set()


_TEL = "Tokyo Electron closed down 3.8%. "


@pytest.mark.parametrize("apposition", [
    "Japan's biggest chip-equipment maker,",
    "Japan's biggest chip-equipment maker, gets 40% of its revenue from China and",
])
def test_reference_with_a_possessive_apposition_stays_a_reference(extractor: Extractor, apposition: str) -> None:
    body = f"{_TEL}The company, {apposition} counts Taiwan Semiconductor Manufacturing among its customers."
    x = run(extractor, body, "en", "Chip stocks fall")
    assert _of(x, "supplierOf") == {("Tokyo Electron", "Taiwan Semiconductor Manufacturing")}


def test_reference_with_a_name_in_apposition_is_that_name(extractor: Extractor) -> None:
    body = f"{_TEL}The company, Advantest, counts Taiwan Semiconductor Manufacturing among its customers."
    x = run(extractor, body, "en", "Chip stocks fall")
    assert _of(x, "supplierOf") == {("Advantest", "Taiwan Semiconductor Manufacturing")}


_RAISING = "Horizon Robotics plans to raise $1.2 billion in Hong Kong. "


@pytest.mark.parametrize("clause", [
    "Cornerstone investors including Hillhouse Investment and the state-backed GIC have agreed",
    "Cornerstone investors Hillhouse Investment and GIC have agreed",
])
def test_cornerstone_investors_invest_in_the_company_listing(extractor: Extractor, clause: str) -> None:
    x = run(extractor, f"{_RAISING}{clause} to buy $550 million of the stock.", "en", "Horizon Robotics IPO")
    assert _of(x, "investsIn") == {("Hillhouse Investment", "Horizon Robotics"), ("GIC", "Horizon Robotics")}


def test_german_anchor_investors_invest_in_the_company_listing(extractor: Extractor) -> None:
    body = ("Horizon Robotics will 1,2 Milliarden Dollar einsammeln. Ankerinvestoren wie "
            "Hillhouse Investment und GIC zeichnen Aktien für 550 Millionen Dollar.")
    x = run(extractor, body, "de", "Horizon Robotics plant Börsengang")
    assert _of(x, "investsIn") == {("Hillhouse Investment", "Horizon Robotics"), ("GIC", "Horizon Robotics")}


@pytest.mark.parametrize(("body", "lang"), [
    (f"{_RAISING}The bank lined up anchor investors for Xiaomi last year.", "en"),
    ("Horizon Robotics will 1,2 Milliarden Dollar einsammeln. Die Bank suchte Ankerinvestoren für Xiaomi.", "de"),
])
def test_anchor_investors_for_a_company_name_no_investor(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Horizon Robotics")
    assert _of(x, "investsIn") == set()


_PLACED = "Hensoldt platziert neue Aktien. "


@pytest.mark.parametrize("clause", [
    "Der Großaktionär Rheinmetall, der 22,8 Prozent an Hensoldt hält, zog mit.",
    "Rheinmetall, die 22,8 % an Hensoldt hält, zog mit.",
    # a share with no company after it is the article company's
    "Auch Rheinmetall bleibt mit 22,8 Prozent beteiligt.",
])
def test_german_share_holder_invests(extractor: Extractor, clause: str) -> None:
    x = run(extractor, _PLACED + clause, "de", "Hensoldt")
    assert _of(x, "investsIn") == {("Rheinmetall", "Hensoldt")}


@pytest.mark.parametrize(("clause", "expected"), [
    # a share sold is no holding
    ("Rheinmetall, die 22,8 Prozent an Hensoldt verkauft hat, zog mit.", set()),
    # a share in a company named after it is that company's, not the article's
    ("Rheinmetall ist mit 22,8 Prozent an Renk beteiligt.", {("Rheinmetall", "Renk Group")}),
])
def test_german_share_look_alikes(extractor: Extractor, clause: str, expected: set[tuple[str, str]]) -> None:
    x = run(extractor, _PLACED + clause, "de", "Hensoldt")
    assert _of(x, "investsIn") == expected


@pytest.mark.parametrize("clause", [
    "Wichtigster Rivale von BMW ist Mercedes-Benz.",
    "Wichtigster Rivale von BMW ist die Stuttgarter Mercedes-Benz.",
])
def test_german_rival_phrase_completed_by_a_copula(extractor: Extractor, clause: str) -> None:
    x = run(extractor, f"Autos verkaufen sich gut. {clause}", "de", "Autos")
    assert _of(x, "competitorOf") == {("Mercedes-Benz Group", "BMW")}


@pytest.mark.parametrize("clause", [
    # another verb: the name after it is its object, no rival
    "Ein Rivale von BMW kauft Mercedes-Benz.",
    # a source between: no name completes the phrase
    "Der Rivale von BMW ist nach Angaben von Mercedes-Benz schwach.",
])
def test_german_rival_phrase_look_alikes(extractor: Extractor, clause: str) -> None:
    x = run(extractor, f"Autos verkaufen sich gut. {clause}", "de", "Autos")
    assert _of(x, "competitorOf") == set()


def test_rival_of_a_reference_completed_after_a_place_adjective(extractor: Extractor) -> None:
    body = "BMW überzeugte mit hoher Marge. Wichtigster Rivale des Autobauers ist die Stuttgarter Mercedes-Benz."
    x = run(extractor, body, "de", "Autos")
    assert _of(x, "competitorOf") == {("Mercedes-Benz Group", "BMW")}


@pytest.mark.parametrize(("body", "lang", "rival", "main"), [
    ("Nvidia reported strong sales. AMD is a fast-growing rival in accelerators.", "en",
     "Advanced Micro Devices", "Nvidia"),
    ("Nvidia reported strong sales. AMD remains a competitor.", "en", "Advanced Micro Devices", "Nvidia"),
    ("BMW überzeugte mit hoher Marge. Mercedes-Benz ist ein wachsender Konkurrent im Luxussegment.", "de",
     "Mercedes-Benz Group", "BMW"),
    ("BMW überzeugte mit hoher Marge. Mercedes-Benz gilt als Herausforderer.", "de", "Mercedes-Benz Group", "BMW"),
])
def test_a_rival_naming_no_one_rivals_the_articles_company(extractor: Extractor, body: str, lang: str,
                                                           rival: str, main: str) -> None:
    x = run(extractor, body, lang, main)
    assert _of(x, "competitorOf") == {(rival, main)}


@pytest.mark.parametrize(("body", "lang"), [
    # the article's own company called a rival: whose, the sentence does not say
    ("Nvidia reported strong sales, beating AMD. Nvidia remains a formidable competitor in AI.", "en"),
    # a speaker after it: the speaker's company's rival, read by the quote rules
    ("Nvidia reported strong sales. AMD remains a strong competitor, Intel said.", "en"),
    # a definite rival qualified by a clause: the clause tells whose
    ("BMW überzeugte mit hoher Marge. Tesla ist der Konkurrent, den Audi am meisten fürchtet.", "de"),
])
def test_a_rival_naming_no_one_look_alikes(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Autos" if lang == "de" else "Nvidia")
    assert {pair for pair in _of(x, "competitorOf") if "BMW" in pair or "Nvidia" in pair} == set()


@pytest.mark.parametrize("body", [
    "Um die Auslastung zu sichern, erweitern BASF und der staatliche Ölkonzern Sinopec ihre Partnerschaft.",
    "BASF und der Ölkonzern Sinopec erweitern ihre Partnerschaft.",
])
def test_german_list_item_after_a_company_noun(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "de", "BASF")
    assert _of(x, "partnerOf") == {("BASF", "Sinopec")}


def test_german_list_goes_on_only_after_a_company_noun(extractor: Extractor) -> None:
    # a noun that names no company ("die staatliche Kommission") joins no name to the list
    x = run(extractor, "BASF und die staatliche Kommission Sinopec erweitern ihre Partnerschaft.", "de", "BASF")
    assert _of(x, "partnerOf") == set()


@pytest.mark.parametrize(("body", "lang"), [
    ("Shell and its partner Equinor started a new platform.", "en"),
    ("Shell and its long-time partner Equinor started a new platform.", "en"),
    ("Shell und sein Partner Equinor nehmen eine Plattform in Betrieb.", "de"),
    ("Shell und ihr langjähriger Partner Equinor nehmen eine Plattform in Betrieb.", "de"),
])
def test_name_and_its_partner(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Shell")
    assert _of(x, "partnerOf") == {("Shell", "Equinor")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Shell and its former partner Equinor started a new platform.", "en"),
    ("Shell und sein ehemaliger Partner Equinor nehmen eine Plattform in Betrieb.", "de"),
])
def test_name_and_its_former_partner_is_no_partner(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Shell")
    assert _of(x, "partnerOf") == set()


def test_partner_of_the_name_right_before(extractor: Extractor) -> None:
    # "its" is the nearer name's: BP's partner, not the supplier's
    x = run(extractor, "Shell supplies BP and its partner Equinor with gas.", "en", "Shell")
    assert _of(x, "partnerOf") == {("BP", "Equinor")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Tesla relies on Infineon for power chips.", "en"),
    ("Tesla relies heavily on Infineon for its chips.", "en"),
    ("Tesla hat 17 Steuergeräte bei Infineon bestellt.", "de"),
    ("Tesla hat 17 Steuergeräte von Infineon geordert.", "de"),
])
def test_customer_forms_make_a_supplier(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Autos")
    assert _of(x, "supplierOf") == {("Infineon Technologies", "Tesla")}


@pytest.mark.parametrize(("body", "lang"), [
    # reliance for something no supplier delivers
    ("Tesla relies on Infineon for growth.", "en"),
    # shares bought are no supply
    ("Tesla hat Aktien von Infineon bezogen.", "de"),
])
def test_customer_form_look_alikes_make_no_supplier(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Autos")
    assert _of(x, "supplierOf") == set()


@pytest.mark.parametrize("owner", ["Huawei Technologies'", "Huawei's"])
def test_list_item_named_with_its_owner_in_the_possessive(extractor: Extractor, owner: str) -> None:
    body = f"Cambricon Technologies competes with Nvidia and {owner} HiSilicon unit in supplying accelerators."
    x = run(extractor, body, "en", "Chips")
    assert _of(x, "competitorOf") == {("Cambricon Technologies", "Nvidia"), ("Cambricon Technologies", "HiSilicon")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Foobar Robotics, a Siemens unit, makes robots.", "en"),
    ("Foobar Robotics, the Siemens subsidiary, makes robots.", "en"),
    ("Foobar Robotics, eine Siemens-Tochter, baut Roboter.", "de"),
])
def test_apposition_naming_the_owner_before_its_unit_noun(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Roboter")
    assert _of(x, "subsidiaryOf") == {("Foobar Robotics", "Siemens")}


@pytest.mark.parametrize(("body", "lang"), [
    ("Foobar Robotics, a former Siemens unit, makes robots.", "en"),
    ("Foobar Robotics, a Siemens customer, makes robots.", "en"),
    ("Foobar Robotics, eine frühere Siemens-Tochter, baut Roboter.", "de"),
    ("Foobar Robotics, ein Siemens-Kunde, baut Roboter.", "de"),
])
def test_apposition_look_alikes_name_no_owner(extractor: Extractor, body: str, lang: str) -> None:
    x = run(extractor, body, lang, "Roboter")
    assert _of(x, "subsidiaryOf") == set()
