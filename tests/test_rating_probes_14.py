"""Analyst ratings probed with sentences written for the test, each with
look-alikes that must not fire.

A company reference marked with a country ("den US-Konzern", "the U.S.
company", "der chinesische Autobauer") means only a company the catalogue
seats in that country: the antecedent where it is seated there, else the one
company seated there named just before, else no one. A reference of another
country in a text on one company leaves that company unrated.

A list of companies fronted before the rater ("Für Apple und Microsoft bleibt
Goldman bei 'Buy'") is rated whole. A house cited at the opening of a verdict
on an institution ("Laut Bernstein bleibt die Commerzbank ein 'Outperform'")
rates that institution.

A passive rated by two houses, each word with its agent ("Siemens is rated
buy by UBS and sell by Citi"), gives both ratings. A verdict in words whose
house is cited before or right after it ("According to Bernstein, Siemens
remains an outperform", "Siemens remains a buy, according to Bernstein",
"Siemens bleibt laut UBS ein Kauf", "Siemens bleibt ein Kauf, so die UBS"),
or that the house says or sees ("HSBC says Nvidia is a buy", "HSBC sees
Nvidia as a buy"), is the house's rating; with no house named it is no one's. A company fronted as
the object right before the verb and its rater ("…, Hensoldt stuft die Bank
mit 'Buy' ein") is the one rated, though another company opens the sentence.
A bank right before a participle of rating in commas or brackets ("Barclays,
rated buy at Citi,") is the rated one, never the rater; the house after the
rating's agent word rates it, and with no house there no one does. In German
the passive word may close the clause ("…, die von der UBS mit 'Buy'
eingestuft wird", "…, nachdem Siemens von der UBS auf 'Buy' hochgestuft
worden war") and a participle phrase may follow the name in commas ("Die
Commerzbank, von der UBS auf 'Buy' hochgestuft, …"): the name before the
agent is the rated one there too. Of two names between the rater and the
rating, one governed by a preposition ("nach Zahlen von Boeing") or heading a
compound of another noun than its shares ("nach den Boeing-Zahlen") is not
the one rated. A rating with its house right after it ("a hold rating from
Citi") is that house's where the house before gave a rating of its own ("a
buy rating from UBS and a hold rating from Citi"); "gave it a hold" gives a
rating as "rates it hold" does.

Companies and banks are real catalogue entries; the sentences and the facts
in them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction

Rated = tuple[str, str, str]


def ratings(x: Extraction) -> set[Rated]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


COUNTRY_REFERENCES = [
    # the reference's country is not the antecedent's: the one company seated there
    pytest.param("de", "BYD verkaufte mehr Autos als Tesla. Die Citi stufte den US-Konzern auf 'Sell' ab.",
                 {("Citigroup", "Tesla", "Sell")}, id="de-us-company-is-the-us-one"),
    pytest.param("en", "BYD sold more cars than Tesla. Citi cut the U.S. company to sell.",
                 {("Citigroup", "Tesla", "sell")}, id="en-us-company-is-the-us-one"),
    # no company seated there in the text: no one is rated
    pytest.param("de", "BYD verkaufte viele Autos. Die Citi stufte den US-Konzern auf 'Sell' ab.", set(),
                 id="de-us-company-unnamed"),
    pytest.param("en", "BYD sold many cars. Citi cut the U.S. company to sell.", set(),
                 id="en-us-company-unnamed"),
    pytest.param("en", "BYD sold many cars. Citi cut the American carmaker to sell.", set(),
                 id="en-american-carmaker-unnamed"),
    # look-alikes: the country fits the article's company, or no country is named
    pytest.param("de", "BYD verkaufte viele Autos. Die Citi stufte den chinesischen Autobauer auf 'Buy' "
                 "hoch.", {("Citigroup", "BYD", "Buy")}, id="de-chinese-carmaker-fits"),
    pytest.param("en", "BYD sold many cars. Citi upgraded the Chinese automaker to buy.",
                 {("Citigroup", "BYD", "buy")}, id="en-chinese-automaker-fits"),
    pytest.param("de", "Tesla fiel. Jefferies stufte den US-Konzern auf 'Buy' hoch.",
                 {("Jefferies", "Tesla", "Buy")}, id="de-us-company-fits"),
    pytest.param("en", "Tesla fell. Jefferies upgraded the U.S. company to buy.",
                 {("Jefferies", "Tesla", "buy")}, id="en-us-company-fits"),
    pytest.param("de", "SAP legte zu. Jefferies stufte den deutschen Softwarekonzern auf 'Buy' hoch.",
                 {("Jefferies", "SAP", "Buy")}, id="de-german-compound-fits"),
    pytest.param("en", "SAP rose. Jefferies upgraded the German software maker to buy.",
                 {("Jefferies", "SAP", "buy")}, id="en-german-maker-fits"),
    pytest.param("de", "BYD verkaufte mehr Autos als Tesla. Jefferies stufte den Konzern auf 'Buy' hoch.",
                 {("Jefferies", "BYD", "Buy")}, id="de-no-country-keeps-the-subject"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), COUNTRY_REFERENCES)
def test_a_reference_with_a_country_means_a_company_seated_there(
        extractor: Extractor, lang: str, body: str, expected: set[Rated]) -> None:
    headline = "BYD" if "BYD" in body else body.split()[0]
    assert ratings(run(extractor, body, lang=lang, headline=headline)) == expected


FRONTED_LISTS = [
    pytest.param("Für Apple und Microsoft bleibt Goldman bei 'Buy'.",
                 {("Goldman Sachs", "Apple", "Buy"), ("Goldman Sachs", "Microsoft", "Buy")},
                 id="fronted-list"),
    pytest.param("Für Apple und Microsoft bleibt Goldman bei 'Buy', für Nvidia bei 'Neutral'.",
                 {("Goldman Sachs", "Apple", "Buy"), ("Goldman Sachs", "Microsoft", "Buy"),
                  ("Goldman Sachs", "Nvidia", "Neutral")}, id="fronted-list-then-another"),
    # look-alike: a list as the subject of a clause of its own is not fronted
    pytest.param("Apple und Microsoft legten zu, Goldman bleibt bei 'Buy'.", set(),
                 id="list-in-a-clause-of-its-own"),
]


@pytest.mark.parametrize(("body", "expected"), FRONTED_LISTS)
def test_a_list_fronted_before_the_rater_is_rated_whole(extractor: Extractor, body: str,
                                                        expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, headline="Tech-Werte")) == expected


CITED_VERDICTS = [
    pytest.param("Laut Bernstein bleibt die Commerzbank ein 'Outperform'.",
                 {("Bernstein", "Commerzbank", "Outperform")}, id="cited-house-rates-a-bank"),
    pytest.param("Laut Bernstein bleibt die Commerzbank ein Kauf.",
                 {("Bernstein", "Commerzbank", "Kauf")}, id="cited-house-verdict-in-words"),
    pytest.param("Nach Einschätzung von Bernstein ist die Commerzbank ein 'Outperform'.",
                 {("Bernstein", "Commerzbank", "Outperform")}, id="nach-einschaetzung-von"),
    # look-alikes: a house cited, another house the subject of a verb of rating, or "für"
    pytest.param("Laut Bernstein hat die UBS die Commerzbank mit 'Buy' eingestuft.",
                 {("UBS", "Commerzbank", "Buy")}, id="cited-then-another-rater"),
    pytest.param("Für die UBS ist die Deutsche Bank ein Kauf.", set(), id="fuer-two-banks-unread"),
]


@pytest.mark.parametrize(("body", "expected"), CITED_VERDICTS)
def test_a_house_cited_gives_a_verdict_on_a_bank(extractor: Extractor, body: str,
                                                 expected: set[Rated]) -> None:
    """"Laut X bleibt die Commerzbank ein 'Outperform'": the house cited rates the institution
    after it, where the usual reading takes the closer institution for the rater."""
    assert ratings(run(extractor, body, headline="Bankwerte")) == expected


# ---------------------------------------------------------------- two agents, verdicts cited, objects first

TWO_AGENTS = [
    pytest.param("Siemens is rated buy by UBS and sell by Citi.",
                 {("UBS", "Siemens", "buy"), ("Citigroup", "Siemens", "sell")}, id="two-words-two-agents"),
    pytest.param("Siemens is rated buy at UBS and hold at Jefferies.",
                 {("UBS", "Siemens", "buy"), ("Jefferies", "Siemens", "hold")}, id="two-words-agents-at"),
    # look-alikes: the second word has no agent of its own, or is no rating
    pytest.param("Siemens is rated buy by UBS and sell-side analysts agree.",
                 {("UBS", "Siemens", "buy")}, id="second-word-no-rating"),
    pytest.param("Siemens is rated buy by UBS and sell by the end of the year.",
                 {("UBS", "Siemens", "buy")}, id="second-word-no-agent"),
]


@pytest.mark.parametrize(("body", "expected"), TWO_AGENTS)
def test_a_passive_rated_by_two_houses(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Siemens shares")) == expected


EN_VERDICTS = [
    pytest.param("According to Bernstein, Siemens remains an outperform.",
                 {("Bernstein", "Siemens", "outperform")}, id="according-to-term"),
    pytest.param("According to Bernstein, Siemens is still a buy.",
                 {("Bernstein", "Siemens", "buy")}, id="according-to-common-word"),
    pytest.param("For Bernstein, Siemens is an outperform.",
                 {("Bernstein", "Siemens", "outperform")}, id="for-the-house"),
    pytest.param("Siemens remains a buy, according to Bernstein.",
                 {("Bernstein", "Siemens", "buy")}, id="cited-after"),
    pytest.param("According to Bernstein, Commerzbank remains an outperform.",
                 {("Bernstein", "Commerzbank", "outperform")}, id="cited-house-rates-a-bank"),
    # look-alikes: no house named, or the word no verdict
    pytest.param("Siemens is a buy, according to some investors.", set(), id="cited-no-house"),
    pytest.param("For investors, Siemens is a buy.", set(), id="for-no-house"),
    pytest.param("According to Bernstein, the deal is a buy signal for investors.", set(),
                 id="buy-signal-no-verdict"),
    pytest.param("According to Bernstein, Siemens is a buy candidate.", set(), id="buy-candidate"),
    pytest.param("HSBC says Siemens is a buy.", {("HSBC", "Siemens", "buy")}, id="house-says"),
    pytest.param("HSBC sees Siemens as a buy.", {("HSBC", "Siemens", "buy")}, id="house-sees-as"),
    pytest.param("Investors say Siemens is a buy.", set(), id="investors-say"),
    pytest.param("HSBC says the dip is a buying opportunity.", set(), id="buying-opportunity"),
]


@pytest.mark.parametrize(("body", "expected"), EN_VERDICTS)
def test_a_verdict_of_a_house_cited(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Siemens shares")) == expected


DE_VERDICTS = [
    pytest.param("Siemens bleibt laut UBS ein Kauf.", {("UBS", "Siemens", "Kauf")}, id="laut-after-the-verb"),
    pytest.param("Siemens ist nach Ansicht der UBS weiterhin ein Kauf.", {("UBS", "Siemens", "Kauf")},
                 id="nach-ansicht-after-the-verb"),
    pytest.param("Siemens bleibt ein Kauf, so die UBS.", {("UBS", "Siemens", "Kauf")}, id="so-die-bank"),
    # look-alikes: no house cited, the word no verdict
    pytest.param("Siemens bleibt ein Kauf, so die Analysten.", set(), id="so-die-analysten"),
    pytest.param("Siemens bleibt laut Händlern ein Kauf.", set(), id="laut-haendlern"),
    pytest.param("Siemens bleibt laut UBS ein Kaufkandidat.", set(), id="kaufkandidat"),
    pytest.param("Die Übernahme ist laut UBS ein Kauf zum richtigen Zeitpunkt.", set(), id="a-purchase"),
]


@pytest.mark.parametrize(("body", "expected"), DE_VERDICTS)
def test_a_verdict_with_its_source_after_the_verb(extractor: Extractor, body: str,
                                                  expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, headline="Siemens-Aktie")) == expected


OBJECTS_FIRST = [
    pytest.param("Für Rheinmetall sieht Goldman Sachs Risiken, Hensoldt stuft die Bank dagegen mit "
                 "'Buy' ein.", {("Goldman Sachs", "Hensoldt", "Buy")}, id="object-first-after-a-fronted-one"),
    pytest.param("Goldman Sachs sieht Chancen, Hensoldt stuft die Bank mit 'Buy' ein.",
                 {("Goldman Sachs", "Hensoldt", "Buy")}, id="object-first-alone"),
    # look-alike: the company opens a clause of its own, with no verb of rating before the rater
    pytest.param("Für Rheinmetall sieht Goldman Sachs Risiken, Hensoldt fiel, die Bank bleibt bei 'Buy'.",
                 set(), id="company-in-its-own-clause"),
]


@pytest.mark.parametrize(("body", "expected"), OBJECTS_FIRST)
def test_an_object_fronted_before_the_verb_and_rater(extractor: Extractor, body: str,
                                                     expected: set[Rated]) -> None:
    found = ratings(run(extractor, body, headline="Rüstungswerte"))
    assert {r for r in found if r[1] in {"Hensoldt", "Rheinmetall"}} == expected


PARTICIPLES = [
    pytest.param("Apple rose. Barclays, rated buy at Citi, gained 2%.", {("Citigroup", "Barclays", "buy")},
                 id="bank-rated-at-a-house"),
    pytest.param("Barclays (rated overweight at JPMorgan) gained 2%.", {("JPMorgan", "Barclays", "overweight")},
                 id="bank-rated-in-brackets"),
    pytest.param("Apple rose. Barclays, rated overweight by analysts, gained 2%.", set(),
                 id="bank-rated-by-unnamed-analysts"),
    # look-alikes: a company before the participle, a relative clause, a passive
    pytest.param("Tesco, rated buy at Jefferies, gained 2%.", {("Jefferies", "Tesco", "buy")},
                 id="company-rated-at-a-house"),
    pytest.param("Barclays, which Citi rates buy, gained 2%.", {("Citigroup", "Barclays", "buy")},
                 id="relative-clause"),
    pytest.param("Barclays is rated buy at Citi.", {("Citigroup", "Barclays", "buy")}, id="passive"),
]


@pytest.mark.parametrize(("body", "expected"), PARTICIPLES)
def test_a_bank_before_a_participle_of_rating_is_rated(extractor: Extractor, body: str,
                                                       expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Shares in focus")) == expected


FINAL_PASSIVES = [
    pytest.param("Apple stieg. Die Commerzbank, die von der UBS mit 'Buy' eingestuft wird, legte zu.",
                 {("UBS", "Commerzbank", "Buy")}, id="relative-clause-passive-word-last"),
    pytest.param("Die Commerzbank, von der UBS auf 'Buy' hochgestuft, legte zu.",
                 {("UBS", "Commerzbank", "Buy")}, id="participle-phrase"),
    pytest.param("Apple stieg, nachdem Siemens von der UBS auf 'Buy' hochgestuft worden war.",
                 {("UBS", "Siemens", "Buy")}, id="company-before-the-agent"),
    # look-alikes: unnamed analysts as the agent, a relative clause on another matter
    pytest.param("Die Commerzbank, die von Analysten mit 'Buy' eingestuft wird, legte zu.", set(),
                 id="unnamed-agents"),
    pytest.param("Die UBS hat die Commerzbank, von der sie sich viel verspricht, auf 'Buy' hochgestuft.",
                 {("UBS", "Commerzbank", "Buy")}, id="von-der-in-a-relative-clause"),
]


@pytest.mark.parametrize(("body", "expected"), FINAL_PASSIVES)
def test_a_german_passive_with_its_word_last(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, headline="Bankwerte")) == expected


GOVERNED = [
    pytest.param("Die Schweizer Bank UBS hat Airbus nach Zahlen von Boeing auf 'Buy' belassen.",
                 {("UBS", "Airbus", "Buy")}, id="name-after-von"),
    pytest.param("Die UBS hat Airbus nach den Boeing-Zahlen auf 'Buy' belassen.",
                 {("UBS", "Airbus", "Buy")}, id="name-heading-a-compound"),
    pytest.param("Die UBS sieht Airbus nach den Boeing-Zahlen weiter als Kauf.",
                 {("UBS", "Airbus", "Kauf")}, id="verdict-with-a-compound"),
    # look-alikes: the name after the words of its shares, its shares' compound, a list
    pytest.param("Die UBS hat die Aktie von Airbus nach Zahlen von Boeing auf 'Buy' belassen.",
                 {("UBS", "Airbus", "Buy")}, id="shares-of-the-name"),
    pytest.param("Die UBS hat die Airbus-Aktie nach dem Boeing-Ausblick auf 'Buy' belassen.",
                 {("UBS", "Airbus", "Buy")}, id="shares-compound"),
    pytest.param("Die UBS hat Airbus und Boeing nach Zahlen auf 'Buy' belassen.",
                 {("UBS", "Airbus", "Buy"), ("UBS", "Boeing", "Buy")}, id="a-list"),
]


@pytest.mark.parametrize(("body", "expected"), GOVERNED)
def test_a_name_a_preposition_governs_is_not_rated(extractor: Extractor, body: str,
                                                   expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, headline="Luftfahrtwerte")) == expected


GIVEN_AFTER = [
    pytest.param("Siemens earned a buy rating from UBS and a hold rating from Citi.",
                 {("UBS", "Siemens", "buy"), ("Citigroup", "Siemens", "hold")}, id="two-given-by"),
    pytest.param("UBS reiterated its buy rating, following a neutral rating from Citi.",
                 {("UBS", "Siemens", "buy"), ("Citigroup", "Siemens", "neutral")}, id="house-before-rated-first"),
    pytest.param("Siemens was given a buy rating by UBS, while Citi gave it a hold.",
                 {("UBS", "Siemens", "buy"), ("Citigroup", "Siemens", "hold")}, id="gave-it-a-hold"),
    # look-alikes: "gave" without a rating, a rating of the house before alone
    pytest.param("UBS gave Siemens a buy signal on Monday.", set(), id="buy-signal"),
    pytest.param("The board gave shareholders a buy.", set(), id="no-house"),
    pytest.param("UBS has a buy rating on Siemens.", {("UBS", "Siemens", "buy")}, id="one-house"),
]


@pytest.mark.parametrize(("body", "expected"), GIVEN_AFTER)
def test_a_rating_given_by_the_house_after_it(extractor: Extractor, body: str, expected: set[Rated]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Siemens shares")) == expected
