"""Relations told in forms the relation rules did not read.

Lists of customers that go on after an aside set off by commas ("liefert an A, B und, wie es
heißt, C"); investors of a funding round named by the bare noun after the round
("Angeführt wurde die Runde von X", "Die Runde wurde von X angeführt", "closed a
$600 million funding round. The round was led by X"), those joining it in a clause of their
own ("…, auch X und Y beteiligten sich erneut"), and a round led by an investor ("raised
$600 million in a round led by X. Y also invested"); holders named with their share after a stake's relative clause ("X, der
12 Prozent an Y hält, und der Fonds Z mit 4 Prozent …") or with "am" after the share ("mit
2 Prozent am Chemiekonzern Y beteiligt"); joint ventures named with their owners ("X, a joint
venture of A and B", "das Gemeinschaftsunternehmen X von A und B", "X, the joint venture A owns
with B"), each owner's unit; a top holder apposed with its kind or seat; a stake's relative
clause after the seat of the company held. Each
family has look-alikes that keep their other reading. Sentences written for the test (real
company names, invented facts).
"""

from __future__ import annotations

import helpers
import pytest

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, body: str, lang: str, predicate: str,
           headline: str | None = None) -> set[tuple[str, str, str]]:
    """The relations of one property read in ``body``."""
    return {t for t in helpers.triples(helpers.run_in(extractor, body, lang, headline)) if t[1] == predicate}


@pytest.mark.parametrize(("lang", "body"), [
    ("de", "Infineon liefert Chips an BMW, Bosch und, wie es heißt, Volkswagen."),
    ("en", "Infineon supplies BMW, Bosch and, since last year, Volkswagen."),
])
def test_supplier_list_goes_on_after_an_aside(extractor: Extractor, lang: str, body: str) -> None:
    assert _facts(extractor, body, lang, "supplierOf") == {
        ("Infineon Technologies", "supplierOf", "BMW"), ("Infineon Technologies", "supplierOf", "Bosch"),
        ("Infineon Technologies", "supplierOf", "Volkswagen")}


@pytest.mark.parametrize(("lang", "body"), [
    # the name after the aside opens a clause of its own: no customer
    ("en", "Infineon supplies BMW and, separately, Volkswagen raised its forecast."),
    ("de", "Infineon liefert Chips an BMW und, wie es heißt, Volkswagen hob die Prognose an."),
    # the aside names a company itself: the list ended before it
    ("de", "Infineon liefert Chips an BMW und, wie Bosch mitteilte, Volkswagen."),
])
def test_supplier_list_look_alikes_after_an_aside(extractor: Extractor, lang: str, body: str) -> None:
    assert _facts(extractor, body, lang, "supplierOf") == {("Infineon Technologies", "supplierOf", "BMW")}


# Two start-ups in the headline: no company is clearly the article's, so the round's investors
# back the company the passage says raised the money.
_TWO_STARTUPS = "Mistral sammelt Geld ein, Aleph Alpha plant Börsengang"


def test_bare_round_after_a_round_closed_backs_its_raiser(extractor: Extractor) -> None:
    body = ("Mistral AI hat eine Finanzierungsrunde über 300 Millionen Dollar abgeschlossen. "
            "Angeführt wurde die Runde vom Investor Sequoia Capital, auch die Altaktionäre Nvidia und "
            "Microsoft beteiligten sich erneut. Aleph Alpha will an die Börse.")
    assert _facts(extractor, body, "de", "investsIn", _TWO_STARTUPS) == {
        ("Sequoia Capital", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI"),
        ("Microsoft", "investsIn", "Mistral AI")}


def test_english_bare_round_after_a_round_closed_backs_its_raiser(extractor: Extractor) -> None:
    body = ("Mistral AI closed a $600 million funding round, Aleph Alpha plans a listing. "
            "The round was led by General Catalyst. Aleph Alpha wants to list.")
    assert _facts(extractor, body, "en", "investsIn", "Mistral AI and Aleph Alpha grow") == {
        ("General Catalyst", "investsIn", "Mistral AI")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Mistral AI hat eine Finanzierungsrunde über eine Milliarde Dollar abgeschlossen. Die Runde wurde von "
     "General Catalyst angeführt.", {("General Catalyst", "investsIn", "Mistral AI")}),
    ("Mistral AI sammelte 600 Millionen Euro in einer von General Catalyst angeführten Finanzierungsrunde ein.",
     {("General Catalyst", "investsIn", "Mistral AI")}),
    ("Mistral AI hat eine Finanzierungsrunde abgeschlossen. Nvidia und Microsoft beteiligten sich erneut.",
     {("Nvidia", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")}),
])
def test_german_round_leaders_and_joiners(extractor: Extractor, body: str,
                                          expected: set[tuple[str, str, str]]) -> None:
    assert _facts(extractor, body, "de", "investsIn") == expected


@pytest.mark.parametrize("body", [
    # a round of talks led by a union, no money raised: no stake
    "Die Gewerkschaft rief zum Streik bei Siemens auf. Die Runde wurde von Verdi angeführt.",
    # taking part again, with no round named before (money raised may be a loan)
    "Mistral AI stellte ein Modell vor. Nvidia und Microsoft beteiligten sich erneut.",
    "Mistral AI hat eine Milliarde Dollar eingesammelt. Die Runde wurde von General Catalyst angeführt.",
    # banks taking part in a bond, no funding round
    "Siemens hat eine Anleihe über 2 Milliarden Euro platziert. Die Commerzbank und die Deutsche Bank "
    "beteiligten sich.",
])
def test_german_round_look_alikes_read_no_stake(extractor: Extractor, body: str) -> None:
    assert not _facts(extractor, body, "de", "investsIn")


@pytest.mark.parametrize(("body", "expected"), [
    ("Der Finanzinvestor KKR, der 12,5 Prozent an Stada hält, und der Vermögensverwalter DWS mit "
     "4,1 Prozent haben zugesagt.",
     {("KKR", "investsIn", "Stada"), ("DWS", "investsIn", "Stada")}),
    # the share is a return, not a stake: only the holder of the relative clause holds
    ("Der Finanzinvestor KKR, der 12,5 Prozent an Stada hält, und der Vermögensverwalter DWS mit "
     "4,1 Prozent Rendite im Fonds überzeugten.",
     {("KKR", "investsIn", "Stada")}),
    ("Der Hedgefonds Elliott ist mit gut 2 Prozent am Chemiekonzern BASF beteiligt.",
     {("Elliott", "investsIn", "BASF")}),
    # "am" of a day, no share before it: no stake read through it
    ("Die Aktie stieg um 2 Prozent am Montag, an dem sich Elliott an BASF beteiligt hatte.", set()),
])
def test_german_holders_with_their_share(extractor: Extractor, body: str,
                                         expected: set[tuple[str, str, str]]) -> None:
    assert _facts(extractor, body, "de", "investsIn") == expected


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "CFM International, a joint venture of Safran and GE Aerospace, supplies engines."),
    ("de", "Die CFM International, ein Gemeinschaftsunternehmen von Safran und GE Aerospace, liefert Triebwerke."),
    ("de", "Das Gemeinschaftsunternehmen CFM International von Safran und GE Aerospace liefert Triebwerke."),
])
def test_joint_venture_is_a_unit_of_each_owner(extractor: Extractor, lang: str, body: str) -> None:
    assert _facts(extractor, body, lang, "subsidiaryOf") == {
        ("CFM International", "subsidiaryOf", "Safran"), ("CFM International", "subsidiaryOf", "GE Aerospace")}


@pytest.mark.parametrize(("lang", "body"), [
    # a partner or a customer of two, no venture of theirs
    ("de", "Die CFM International, ein Partner von Safran und GE Aerospace, liefert Triebwerke."),
    ("en", "Airbus, a customer of Safran and GE Aerospace, builds jets."),
    # the company takes part in ventures of the two: it is none of them
    ("en", "Airbus, a partner in joint ventures of Safran and GE Aerospace, builds jets."),
    # one owner named: a venture "of" one may be a project it runs
    ("en", "CFM International, a joint venture of Safran, supplies engines."),
])
def test_joint_venture_look_alikes_read_no_unit(extractor: Extractor, lang: str, body: str) -> None:
    assert not _facts(extractor, body, lang, "subsidiaryOf")


def test_joint_venture_an_owner_owns_with_another(extractor: Extractor) -> None:
    body = ("Part of the work will go to CFM International, the Ohio-based joint venture Safran owns with "
            "France's GE Aerospace, which builds engines.")
    assert _facts(extractor, body, "en", "subsidiaryOf") == {
        ("CFM International", "subsidiaryOf", "Safran"), ("CFM International", "subsidiaryOf", "GE Aerospace")}


def test_joint_venture_an_owner_competes_with_is_no_unit(extractor: Extractor) -> None:
    body = "Part of the work will go to CFM International, the joint venture Safran competes with, which builds engines."
    assert not _facts(extractor, body, "en", "subsidiaryOf")


@pytest.mark.parametrize(("body", "expected"), [
    # money raised in a round led by an investor: one who also invested backs the company too
    ("Mistral AI raised $600 million in a round led by General Catalyst. Nvidia also invested.",
     {("General Catalyst", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI")}),
    # money raised from banks names no round: taking part in "the round" backs no one
    ("Mistral AI raised $600 million from banks. Nvidia also took part in the round.", set()),
])
def test_english_round_led_by_an_investor_is_named(extractor: Extractor, body: str,
                                                   expected: set[tuple[str, str, str]]) -> None:
    assert _facts(extractor, body, "en", "investsIn", "Mistral AI raises funds") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("EnBW hatte im Oktober ein Gemeinschaftsunternehmen mit dem Maschinenbauer Siemens Energy gegründet.",
     {("EnBW", "partnerOf", "Siemens Energy")}),
    # the venture named before its noun is no partner of its owner
    ("Vantage Towers, ein Gemeinschaftsunternehmen mit KKR, wächst.", set()),
])
def test_german_joint_venture_with_a_partner(extractor: Extractor, body: str,
                                             expected: set[tuple[str, str, str]]) -> None:
    assert _facts(extractor, body, "de", "partnerOf") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the holder apposed to the holding with a noun of its kind without an article, or with its seat
    ("Zalando's largest shareholder, venture firm General Catalyst, which owns about 14% of the company, "
     "has agreed to tender its stake.", {("General Catalyst", "investsIn", "Zalando")}),
    ("Zalando's largest shareholder, Abu Dhabi's Mubadala, which owns 14.8%, has given an irrevocable undertaking.",
     {("Mubadala", "investsIn", "Zalando")}),
    # a rival apposed: no holder
    ("Zalando's largest rival, venture firm General Catalyst, has agreed to tender its stake.", set()),
])
def test_english_top_holder_apposed(extractor: Extractor, body: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(extractor, body, "en", "investsIn") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the seat of the company held between its name and the relative clause
    ("Zu den Gewinnern zählt auch die Hensoldt AG aus Kiel, an der Rheinmetall seit dem Sommer 49 Prozent hält.",
     {("Rheinmetall", "investsIn", "Hensoldt")}),
    # a place of business, no seat: the clause may be about the place
    ("Zu den Gewinnern zählt auch die Werft von Hensoldt in Kiel, an der Rheinmetall 49 Prozent hält.", set()),
    ("Verkäufer ist der Hamburger Infrastrukturfonds KKR, der seit 2021 die Mehrheit an Stada hält.",
     {("KKR", "investsIn", "Stada")}),
    # the majority of a vote, no stake
    ("Verkäufer ist der Fonds KKR, der seit 2021 die Mehrheit im Aufsichtsrat von Stada stellt.", set()),
])
def test_german_stakes_in_relative_clauses(extractor: Extractor, body: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    assert _facts(extractor, body, "de", "investsIn") == expected
