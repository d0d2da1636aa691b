"""Families of construction that hold in any article, on sentences written for these
tests, each with look-alikes that must not fire.

A German stake raised with the held company fronted ("Bei Y hat X seinen Anteil auf 5 Prozent
aufgestockt") is X's stake in Y. An amount per share paid out with the dividend's word right
after it ("zahlt 3,40 Euro Dividende je Aktie") or the payout verb ("schüttet 3,40 Euro je Aktie
aus") is the dividend, and a share price later in the sentence stays a price. A company noun
with a town ("der Chipkonzern aus Neubiberg") seats the article's company there where the
catalogue puts the town in the district of its seat city; a city's adjective before a noun
spelled alike in the plural ("teilte der Frankfurter Börsenbetreiber mit") names the one
company reporting, and an insurer noun opening the sentence with its town seats it too. A
stake the pronoun owns ("Income from its 15% stake in X", "aus seiner Beteiligung an X") is the
article company's even where X is the sentence's one name; a bank's report forms (the chief
executive after the bank, "Tokyo-listed") and a listing beside an index keep their relations."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor

INFINEON = "Infineon Technologies"

# (body, lang, headline, a relation that must be found)
FOUND = [
    # the held company opens the sentence after "Bei", the holder follows the verb
    ("Bei der Commerzbank hat die italienische Großbank UniCredit ihren Anteil auf 29 Prozent "
     "aufgestockt.", "de", "Banken", ("UniCredit", "investsIn", "Commerzbank")),
    ("Bei Siemens hat BlackRock seinen Anteil auf 6 Prozent erhöht.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    ("Bei Siemens erhöhte BlackRock seinen Anteil auf 6 Prozent.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    ("Bei Siemens stockt BlackRock seinen Anteil auf 6 Prozent auf.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
]

# (body, lang, headline, a relation that must NOT be found): the look-alikes
NOT_FOUND = [
    # the stake is one "an" another company: that one is held, not the fronted one
    ("Bei Siemens hat BlackRock seinen Anteil an Bayer auf 6 Prozent erhöht.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    # a stake cut or sold tells of no holding raised
    ("Bei Siemens hat BlackRock seinen Anteil auf 3 Prozent verringert.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    ("Bei Siemens hat BlackRock seinen Anteil verkauft.", "de", "Siemens",
     ("BlackRock", "investsIn", "Siemens")),
    # "bei" inside the sentence opens no fronted company
    ("BlackRock hat bei der Hauptversammlung von Siemens seinen Anteil an Bayer erhöht.", "de",
     "Siemens", ("BlackRock", "investsIn", "Siemens")),
]


# -- dividends paid with no "Dividende von" ---------------------------------------------------

DIVIDEND = ("BASF", "Dividend", Decimal("3.40"), "EUR")
PRICE = ("BASF", "SharePrice", Decimal("48"), "EUR")

# (body, figures that must be found, metrics that must NOT be found)
PAYOUTS = [
    ("Der Chemiekonzern zahlt 3,40 Euro Dividende je Aktie.", {DIVIDEND},
     {"EarningsPerShare", "SharePrice", "Investment"}),
    ("BASF zahlt 3,40 Euro Dividende je Aktie.", {DIVIDEND}, {"EarningsPerShare", "SharePrice", "Investment"}),
    ("BASF schüttet 3,40 Euro je Aktie aus.", {DIVIDEND}, {"EarningsPerShare", "SharePrice", "Investment"}),
    # look-alikes: the "je Aktie" before the price is the dividend's, the price no earnings
    ("BASF schüttet 3,40 Euro je Aktie aus, die Aktie notierte bei 48 Euro.", {DIVIDEND, PRICE},
     {"EarningsPerShare"}),
    ("BASF zahlt 3,40 Euro Dividende je Aktie, die Aktie schloss bei 48 Euro.", {DIVIDEND, PRICE},
     {"EarningsPerShare"}),
    # the noun after the amount names earnings, not a payout
    ("BASF erzielte 2,10 Euro Gewinn je Aktie, die Aktie notierte bei 48 Euro.",
     {("BASF", "EarningsPerShare", Decimal("2.10"), "EUR"), PRICE}, {"Dividend"}),
    # an amount per share paid for another company is an offer price
    ("BASF zahlt 62 Euro je Aktie für Covestro.", set(), {"Dividend"}),
]


@pytest.mark.parametrize(("body", "found", "absent"), PAYOUTS)
def test_payout_per_share(extractor: Extractor, body: str,
                          found: set[tuple[str, str, Decimal, str]], absent: set[str]) -> None:
    facts = figure_facts(run(extractor, body, headline="BASF"))
    assert found <= facts
    assert not {f for f in facts if f[1] in absent}


# -- seats from a company noun naming a town or a city's adjective ------------------------------

SEATS_FOUND = [
    # a town the catalogue puts in the district of the company's seat city
    ("Infineon wächst kräftig. Der Chipkonzern aus Neubiberg hob die Prognose an.", "de", "Infineon",
     (INFINEON, "locatedIn", "Neubiberg")),
    ("Der Umsatz stieg um 9 Prozent, teilte der Dax-Konzern aus Neubiberg bei München am "
     "Donnerstag mit.", "de", "Infineon", (INFINEON, "locatedIn", "Neubiberg")),
    # a noun spelled alike in the plural, made singular by its article and the reporting verb
    ("Der Umsatz stieg um 8 Prozent, teilte der Frankfurter Börsenbetreiber am Montag mit.", "de",
     "Deutsche Börse", ("Deutsche Börse", "locatedIn", "Frankfurt")),
    ("Die Erlöse stiegen, wie der Frankfurter Börsenbetreiber am Montag mitteilte.", "de",
     "Deutsche Börse", ("Deutsche Börse", "locatedIn", "Frankfurt")),
    # an insurer noun opening the sentence with its town
    ("Hannover Re verdient mehr. Der Rückversicherer aus Hannover hob das Gewinnziel an.", "de",
     "Hannover Re", ("Hannover Re", "locatedIn", "Hanover")),
]

SEATS_NOT_FOUND = [
    # a district town the catalogue seats another company in: the noun may mean that one
    ("Infineon wächst kräftig. Der Chipkonzern aus Garching hob die Prognose an.", "de", "Infineon",
     (INFINEON, "locatedIn", "Garching")),
    ("Siemens wächst. Der Autovermieter aus Pullach hob die Prognose an.", "de", "Siemens",
     ("Siemens", "locatedIn", "Pullach")),
    # a company noun of an industry the article's company is known not to be in means another
    # company, even from a town of the seat city's district
    ("BMW verkauft mehr Autos. Der Chipkonzern aus Neubiberg lieferte mehr Halbleiter.", "de",
     "BMW", ("BMW", "locatedIn", "Neubiberg")),
    # a town outside the company's seat city and its district
    ("Infineon wächst kräftig. Der Chipkonzern aus Dresden hob die Prognose an.", "de", "Infineon",
     (INFINEON, "locatedIn", "Dresden")),
    # the city itself, printed only beside the town, is no second seat
    ("Der Umsatz stieg um 9 Prozent, teilte der Dax-Konzern aus Neubiberg bei München am "
     "Donnerstag mit.", "de", "Infineon", (INFINEON, "locatedIn", "Munich")),
    # after "der" that is no subject the noun may be plural: many operators
    ("Deutsche Börse wächst. Die Aktien der Frankfurter Börsenbetreiber legten zu.", "de",
     "Deutsche Börse", ("Deutsche Börse", "locatedIn", "Frankfurt")),
    # an insurer noun with no town printed gives no seat
    ("Hannover Re verdient mehr. Der Rückversicherer hob das Gewinnziel an.", "de", "Hannover Re",
     ("Hannover Re", "locatedIn", "Hanover")),
]


# -- a stake the pronoun owns, a bank's report forms, listings beside an index -----------------

REPORT_FOUND = [
    # the pronoun's stake, the investee the sentence's one name
    ("Mizuho reported higher profit. Income from its 15% stake in Nomura rose sharply.", "en",
     "Mizuho results", ("Mizuho", "investsIn", "Nomura")),
    ("Mizuho reported higher profit. Its stake in Nomura added to earnings.", "en",
     "Mizuho results", ("Mizuho", "investsIn", "Nomura")),
    ("Siemens wächst. Der Gewinn aus seiner Beteiligung an Siemens Energy stieg deutlich.", "de",
     "Siemens", ("Siemens", "investsIn", "Siemens Energy")),
    # a chief executive named after the bank; the city of listing before the noun
    ("Mizuho reported higher profit. Chief executive Masahiro Kihara said lending grew.", "en",
     "Mizuho results", ("Masahiro Kihara", "worksFor", "Mizuho")),
    ("Mizuho reported higher profit. The Tokyo-listed lender's shares rose 2%.", "en",
     "Mizuho results", ("Mizuho", "listedOn", "Tokyo Stock Exchange")),
    # a company listed in a city beside the index it belongs to
    ("Die in Hongkong notierte Tencent, Mitglied im Hang Seng, gewann 2 Prozent.", "de", "Tencent",
     ("Tencent Holdings", "listedOn", "Hong Kong Stock Exchange")),
    ("Die in Hongkong notierte Tencent, Mitglied im Hang Seng, gewann 2 Prozent.", "de", "Tencent",
     ("Tencent Holdings", "memberOf", "Hang Seng Index")),
    ("Tencent, listed in Hong Kong, rose 2%.", "en", "Tencent", ("Tencent Holdings", "listedOn",
                                                                  "Hong Kong Stock Exchange")),
]

REPORT_NOT_FOUND = [
    # the pronoun is the verb's subject's, a holder named by no name
    ("Mizuho reported higher profit. The government raised its stake in Nomura.", "en",
     "Mizuho results", ("Mizuho", "investsIn", "Nomura")),
    ("Siemens wächst. Der Staat erhöhte seinen Anteil an Siemens Energy.", "de", "Siemens",
     ("Siemens", "investsIn", "Siemens Energy")),
    # a stake sold is no holding
    ("Mizuho reported higher profit. It sold its stake in Nomura.", "en", "Mizuho results",
     ("Mizuho", "investsIn", "Nomura")),
    # a stake with no pronoun names no holder
    ("Mizuho reported higher profit. A stake in Nomura was sold in 2019.", "en", "Mizuho results",
     ("Mizuho", "investsIn", "Nomura")),
    # an index moving beside a listed company makes it no member
    ("Die in Hongkong notierte Tencent gewann 2 Prozent, der Hang Seng fiel um 1 Prozent.", "de",
     "Tencent", ("Tencent Holdings", "memberOf", "Hang Seng Index")),
    ("Tencent, listed in Hong Kong, rose 2% while the Hang Seng Index fell 1%.", "en", "Tencent",
     ("Tencent Holdings", "memberOf", "Hang Seng Index")),
]


@pytest.mark.parametrize(("body", "lang", "headline", "fact", "expected"),
                         [(*case, True) for case in FOUND + SEATS_FOUND + REPORT_FOUND]
                         + [(*case, False) for case in NOT_FOUND + SEATS_NOT_FOUND + REPORT_NOT_FOUND])
def test_relation_read_or_not(extractor: Extractor, body: str, lang: str, headline: str,
                              fact: tuple[str, str, str], expected: bool) -> None:
    assert (fact in triples(run(extractor, body, lang=lang, headline=headline))) is expected
