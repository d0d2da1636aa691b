"""Ratings in the common forms of analysts' notes and news, in both languages: the forms of
keeping, moving, starting and advising, verdicts in words ("calls Apple a buy"), coverage
begun with a bare word ("began coverage … with a buy"), a house's stance or top pick (a
coverage, no rating), and a list of the houses' views, one line a house ("Jefferies: Buy, PT
$90"), a target's abbreviation after the verb ("raises PT to $90") and the old target in
brackets ("Ziel 90 (80) Euro"); each with look-alikes that must keep their other reading:
credit ratings, fund stars, the publication's own tip, advertising, markets and sectors
judged, a roundup of companies, a capitalised name rated, a currency conversion."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import rating_facts, run_in, triples

from kg.nlp.extract import Extractor


def _covers(extractor: Extractor, body: str, lang: str, headline: str | None = None) -> set[tuple[str, str]]:
    x = run_in(extractor, body, lang, headline)
    return {(s, o) for s, p, o in triples(x) if p == "covers"}


# --- the common forms of a rating -----------------------------------------------------------


@pytest.mark.parametrize(("lang", "body", "headline", "expected"), [
    pytest.param("de", "Die Experten von Jefferies empfehlen die Aktie weiter zum Kauf.",
                 "Siemens-Aktie legt zu", ("Jefferies", "Siemens", "Kauf"), id="de-empfehlen-weiter"),
    pytest.param("de", "Jefferies bleibt bei seiner Einschätzung \"Overweight\".",
                 "Siemens-Aktie legt zu", ("Jefferies", "Siemens", "Overweight"), id="de-bleibt-bei"),
    pytest.param("de", "Die UBS sieht die BASF-Aktie als Kauf.", None, ("UBS", "BASF", "Kauf"),
                 id="de-sieht-als"),
    pytest.param("de", "Die DZ Bank hat Siemens mit Ziel 80 Euro auf \"Buy\" belassen.", None,
                 ("DZ Bank", "Siemens", "Buy"), id="de-belassen-mit-ziel"),
    pytest.param("de", "Jefferies stuft BASF von \"Halten\" auf \"Kaufen\" hoch.", None,
                 ("Jefferies", "BASF", "Kaufen"), id="de-von-auf-hoch"),
    pytest.param("de", "Goldman Sachs: Kaufempfehlung für Siemens", None,
                 ("Goldman Sachs", "Siemens", "Kaufempfehlung"), id="de-headline-verdict"),
    pytest.param("de", "Die Citigroup hält an ihrer Kaufempfehlung für BASF fest.", None,
                 ("Citigroup", "BASF", "Kaufempfehlung"), id="de-haelt-fest"),
    pytest.param("de", "Goldman Sachs hat die Bewertung von BASF mit \"Buy\" gestartet.", None,
                 ("Goldman Sachs", "BASF", "Buy"), id="de-bewertung-gestartet"),
    pytest.param("en", "Goldman Sachs reiterates its buy call on Apple.", None,
                 ("Goldman Sachs", "Apple", "buy"), id="en-reiterates-call"),
    pytest.param("en", "JPMorgan, which has a neutral rating on Apple, cut its price target.", None,
                 ("JPMorgan", "Apple", "neutral"), id="en-which-has"),
    pytest.param("en", "Goldman Sachs moved Nvidia to buy.", None, ("Goldman Sachs", "Nvidia", "buy"),
                 id="en-moved-to"),
    pytest.param("en", "Apple was started at outperform at Bernstein.", None,
                 ("Bernstein", "Apple", "outperform"), id="en-started-at-at"),
    pytest.param("en", "Jefferies reiterated Apple at buy.", None, ("Jefferies", "Apple", "buy"),
                 id="en-reiterated-at"),
])
def test_common_forms_rate(extractor: Extractor, lang: str, body: str, headline: str | None,
                           expected: tuple[str, str, str]) -> None:
    assert rating_facts(run_in(extractor, body, lang, headline)) == {expected}


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("de", "Moody's stufte die Bonität von Siemens auf \"A1\" hoch.", id="de-credit"),
    pytest.param("de", "Fitch bestätigte das \"AA\"-Rating von Siemens mit stabilem Ausblick.",
                 id="de-credit-affirmed"),
    pytest.param("de", "Morningstar stuft die SAP-Aktie mit vier Sternen ein.", id="de-stars"),
    pytest.param("de", "Die Redaktion empfiehlt die BASF-Aktie zum Kauf.", id="de-own-tip"),
    pytest.param("de", "Anzeige: Jetzt Siemens-Aktien kaufen bei Goldman Sachs!", id="de-ad"),
    pytest.param("en", "Moody's upgraded Apple's credit rating to Aa1.", id="en-credit"),
    pytest.param("en", "Fitch affirmed Apple at AA+ with a stable outlook.", id="en-credit-affirmed"),
    pytest.param("en", "Morningstar gives Apple stock a four-star rating.", id="en-stars"),
    pytest.param("en", "Our pick: buy Apple shares.", id="en-own-tip"),
])
def test_look_alikes_of_the_sell_side_rate_nothing(extractor: Extractor, lang: str, body: str) -> None:
    assert rating_facts(run_in(extractor, body, lang)) == set()


# --- a verdict in words: "calls X a buy" ----------------------------------------------------


@pytest.mark.parametrize(("body", "headline"), [
    pytest.param("Jefferies calls Apple a buy, citing iPhone demand.", None, id="calls"),
    pytest.param("Jefferies called the stock a buy.", "Apple shares rise", id="called-the-stock"),
    pytest.param("Jefferies considers Apple a buy.", None, id="considers"),
    pytest.param("Jefferies has Apple as a buy.", None, id="has-as"),
])
def test_a_house_calling_a_company_a_buy_rates_it(extractor: Extractor, body: str,
                                                  headline: str | None) -> None:
    assert rating_facts(run_in(extractor, body, "en", headline)) == {("Jefferies", "Apple", "buy")}


@pytest.mark.parametrize("body", [
    pytest.param("Jefferies called the selloff a buying opportunity for Apple.", id="opportunity"),
    pytest.param("Jefferies called Apple's dip a buy signal.", id="signal"),
    pytest.param("Jefferies does not consider Apple a buy.", id="denied"),
    pytest.param("Jefferies no longer calls Apple a buy.", id="no-longer"),
    pytest.param("Jefferies could call Apple a buy.", id="hedged"),
    pytest.param("Tim Cook calls Apple a buy.", id="no-house"),
])
def test_calling_without_a_given_rating_rates_nothing(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "en")) == set()


# --- coverage begun with a bare word --------------------------------------------------------


@pytest.mark.parametrize(("body", "rating"), [
    pytest.param("Citi began coverage on Apple with a buy.", "buy", id="began"),
    pytest.param("Citi launched coverage of Apple with an outperform.", "outperform", id="launched"),
    pytest.param("Citi picked up coverage of Apple with a hold.", "hold", id="picked-up"),
])
def test_coverage_begun_with_a_word_rates(extractor: Extractor, body: str, rating: str) -> None:
    assert rating_facts(run_in(extractor, body, "en")) == {("Citigroup", "Apple", rating)}


@pytest.mark.parametrize("body", [
    pytest.param("Citi began talks with Apple with a buy-back in mind.", id="talks"),
    pytest.param("Apple began a partnership with a hold on new hiring, Citi said.", id="partnership"),
])
def test_beginning_something_else_rates_nothing(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "en")) == set()


# --- a stance or a top pick: a coverage, no rating ------------------------------------------


@pytest.mark.parametrize(("lang", "body", "headline", "pair"), [
    pytest.param("en", "Jefferies turned bullish on Apple.", None, ("Jefferies", "Apple"), id="en-bullish"),
    pytest.param("en", "Goldman Sachs turned bearish on Nvidia, saying demand is peaking.", None,
                 ("Goldman Sachs", "Nvidia"), id="en-bearish"),
    pytest.param("en", "Apple shares fell 3% on Monday. Morgan Stanley turned cautious on the stock.",
                 "Apple shares fall", ("Morgan Stanley", "Apple"), id="en-cautious-the-stock"),
    pytest.param("en", "Jefferies named Apple its top pick among megacaps.", None, ("Jefferies", "Apple"),
                 id="en-top-pick"),
    pytest.param("en", "Bank of America reiterated Apple as a top pick.", None,
                 ("Bank of America", "Apple"), id="en-reiterated-top-pick"),
    pytest.param("de", "Die Berenberg Bank hat die Aktie von SAP in ihre Top-Picks aufgenommen.", None,
                 ("Berenberg", "SAP"), id="de-top-picks-aufgenommen"),
    pytest.param("de", "Die UBS nimmt Siemens in ihre Top-Picks auf.", None, ("UBS", "Siemens"),
                 id="de-top-picks-nimmt"),
    pytest.param("de", "Goldman Sachs hat BASF zum Top-Pick erklärt.", None, ("Goldman Sachs", "BASF"),
                 id="de-zum-top-pick"),
    pytest.param("de", "Goldman Sachs hat BASF von ihrer Conviction List gestrichen.", None,
                 ("Goldman Sachs", "BASF"), id="de-liste-gestrichen"),
    pytest.param("de", "Die Bank of America ist bei Siemens bullish.", None, ("Bank of America", "Siemens"),
                 id="de-bullish"),
    pytest.param("de", "Die Citigroup zeigt sich für die BASF-Aktie zuversichtlich.", None,
                 ("Citigroup", "BASF"), id="de-zuversichtlich"),
])
def test_a_stance_or_top_pick_covers_without_rating(extractor: Extractor, lang: str, body: str,
                                                    headline: str | None, pair: tuple[str, str]) -> None:
    x = run_in(extractor, body, lang, headline)
    assert ((pair[0], "covers", pair[1]) in triples(x), rating_facts(x)) == (True, set())


@pytest.mark.parametrize(("lang", "body", "headline"), [
    pytest.param("en", "Goldman Sachs turned bearish on European stocks.", "Apple shares rise", id="en-stocks"),
    pytest.param("en", "Goldman Sachs is bullish on Chinese equities.", "Apple shares rise", id="en-equities"),
    pytest.param("en", "Goldman Sachs turned bullish on U.S. banks.", "Apple shares rise", id="en-banks"),
    pytest.param("en", "Goldman Sachs is bullish on gold.", "Apple shares rise", id="en-gold"),
    pytest.param("en", "Apple named Jefferies its adviser.", None, id="en-named-adviser"),
    pytest.param("de", "Die Analysten der Citigroup sind für Chemiewerte optimistisch.", "BASF-Aktie steigt",
                 id="de-sector"),
    pytest.param("de", "Die Deutsche Bank ist für Europa optimistisch.", "SAP-Aktie steigt", id="de-region"),
    pytest.param("de", "Siemens hat die Deutsche Bank in ihre Liste der Hausbanken aufgenommen.", None,
                 id="de-other-list"),
])
def test_a_stance_on_a_market_covers_nothing(extractor: Extractor, lang: str, body: str,
                                             headline: str | None) -> None:
    assert _covers(extractor, body, lang, headline) == set()


# --- a list of the houses' views, one line a house ------------------------------------------


@pytest.mark.parametrize(("lang", "body", "headline", "company", "words"), [
    pytest.param("de", "Die Siemens-Aktie steigt.\nJefferies: Buy, Kursziel 90 Euro.\nUBS: Neutral, "
                 "Kursziel 85 Euro.\nCitigroup: \"Kaufen\", Kursziel 95 Euro.",
                 "Siemens-Aktie: Die Analystenstimmen", "Siemens", ("Buy", "Neutral", "Kaufen"), id="de"),
    pytest.param("en", "Apple shares rose.\nJefferies: Buy, PT $90.\nUBS: Neutral, price target $85.\n"
                 "Citi: Buy, target $95.", "Apple: what analysts say", "Apple", ("Buy", "Neutral", "Buy"),
                 id="en"),
])
def test_a_list_of_house_verdicts_rates_the_article_company(
        extractor: Extractor, lang: str, body: str, headline: str, company: str,
        words: tuple[str, str, str]) -> None:
    x = run_in(extractor, body, lang, headline)
    assert rating_facts(x) == {(house, company, word)
                               for house, word in zip(("Jefferies", "UBS", "Citigroup"), words, strict=True)}
    assert {(f.estimated_by, f.about) for f in x.figures if f.metric == "PriceTarget"} == {
        ("Jefferies", company), ("UBS", company), ("Citigroup", company)}


def test_a_roundup_of_companies_keeps_its_items(extractor: Extractor) -> None:
    body = ("Siemens: Der Konzern meldete mehr Aufträge. Jefferies bestätigte die Einstufung \"Buy\".\n"
            "BASF: Der Chemiekonzern senkte die Prognose. Die UBS senkte die Aktie auf \"Neutral\".\n"
            "SAP: Der Softwarekonzern wuchs kräftig. Die Citigroup bestätigte \"Buy\".")
    assert rating_facts(run_in(extractor, body, "de", "Analysten-Check")) == {
        ("Jefferies", "Siemens", "Buy"), ("UBS", "BASF", "Neutral"), ("Citigroup", "SAP", "Buy")}


def test_house_lines_naming_their_companies_rate_those(extractor: Extractor) -> None:
    body = ("Jefferies: Buy, PT $90 on Apple.\nUBS: Neutral, price target $85 on Nvidia.\n"
            "Citi: Buy, target $95 on Microsoft.")
    assert rating_facts(run_in(extractor, body, "en", "Analyst views")) == {
        ("Jefferies", "Apple", "Buy"), ("UBS", "Nvidia", "Neutral"), ("Citigroup", "Microsoft", "Buy")}


# --- a target's abbreviation is no name rated -----------------------------------------------


@pytest.mark.parametrize("body", [
    pytest.param("Apple: Jefferies raises PT to $90 from $80, Buy", id="from"),
    pytest.param("Apple: Jefferies raises PT to $90, Buy", id="to"),
])
def test_a_target_abbreviation_after_the_verb_names_nothing(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "en")) == {("Jefferies", "Apple", "Buy")}


def test_a_capitalised_name_after_the_verb_is_still_rated(extractor: Extractor) -> None:
    x = run_in(extractor, "Apple shares rose. Jefferies cut Target to underperform.", "en")
    assert rating_facts(x) == {("Jefferies", "Target Corporation", "underperform")}


# --- the old target in brackets after the new one -------------------------------------------


@pytest.mark.parametrize(("lang", "body", "unit"), [
    pytest.param("de", "Jefferies: Buy (Hold), Ziel 90 (80) Euro für Siemens", "EUR", id="de-list"),
    pytest.param("de", "Jefferies hebt Ziel für Siemens auf 90 (80) Euro - Buy", "EUR", id="de-flash"),
    pytest.param("en", "Jefferies: Buy (Hold), PT $90 ($80) on Apple", "USD", id="en-list"),
])
def test_a_bare_bracket_after_a_target_holds_the_old_one(extractor: Extractor, lang: str, body: str,
                                                         unit: str) -> None:
    x = run_in(extractor, body, lang)
    assert {(f.value, f.unit, f.status, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"} == {
        (Decimal("90"), unit, "Estimate", "Jefferies"), (Decimal("80"), unit, "Previous", "Jefferies")}


def test_a_conversion_in_brackets_is_no_old_target(extractor: Extractor) -> None:
    x = run_in(extractor, "Jefferies set a price target of $90 (€83) on Apple.", "en")
    assert {f.status for f in x.figures if f.metric == "PriceTarget"} == {"Estimate"}


# --- a possessive opening the sentence after the house's own --------------------------------


@pytest.mark.parametrize("body", [
    pytest.param("Die Analysten von Goldman Sachs sehen das Kursziel für BASF bei 60 Euro. Ihre Einstufung "
                 "lautet \"Buy\".", id="analysts"),
    pytest.param("Goldman Sachs hob das Kursziel für BASF auf 60 Euro. Seine Einstufung lautet weiter "
                 "\"Buy\".", id="house"),
])
def test_a_possessive_after_the_house_sentence_is_its_rating(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "de")) == {("Goldman Sachs", "BASF", "Buy")}


@pytest.mark.parametrize("body", [
    pytest.param("BASF hat Goldman Sachs als Berater gewählt. Seine Einstufung der Lage lautet "
                 "\"Neutral\".", id="company-first"),
    pytest.param("Goldman Sachs hob das Kursziel für BASF auf 60 Euro. Der Aktionär bleibt skeptisch. "
                 "Seine Einstufung lautet \"Halten\".", id="another-subject-between"),
    pytest.param("Der Aktionär hat Goldman Sachs zitiert. Seine Einstufung für BASF lautet \"Kaufen\".",
                 id="publication-first"),
])
def test_a_possessive_after_another_subject_is_not_the_house_rating(extractor: Extractor,
                                                                    body: str) -> None:
    assert rating_facts(run_in(extractor, body, "de")) == set()


# --- a "call" of a rating word --------------------------------------------------------------


@pytest.mark.parametrize("body", [
    pytest.param("Jefferies backs its buy call on Apple.", id="backs"),
    pytest.param("Jefferies stuck with its buy call on Apple.", id="stuck-with"),
])
def test_a_house_keeping_its_buy_call_rates(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "en")) == {("Jefferies", "Apple", "buy")}


@pytest.mark.parametrize("body", [
    pytest.param("Jefferies recommends investors sell calls on Apple.", id="options"),
    pytest.param("Jefferies told clients to sell call options on Apple.", id="call-options"),
    pytest.param("Jefferies said investors should not answer the sell call.", id="no-possessive"),
])
def test_calls_of_options_rate_nothing(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "en")) == set()


# --- advice told and a rating in a participle -----------------------------------------------


@pytest.mark.parametrize("body", [
    pytest.param("Jefferies is telling clients to buy Apple.", id="telling"),
    pytest.param("Jefferies likes Apple, rating it buy.", id="rating-it"),
])
def test_advice_told_or_a_rating_participle_rates(extractor: Extractor, body: str) -> None:
    assert rating_facts(run_in(extractor, body, "en")) == {("Jefferies", "Apple", "buy")}


@pytest.mark.parametrize(("body", "headline"), [
    pytest.param("Jefferies is telling clients to buy bonds.", "Apple shares rise", id="bonds"),
    pytest.param("Jefferies did not tell clients to buy Apple.", None, id="did-not-tell"),
    pytest.param("Jefferies is not telling clients to buy Apple.", None, id="is-not-telling"),
    pytest.param("Apple is telling customers to buy the new iPhone, Jefferies said.", None, id="company-tells"),
])
def test_advice_denied_or_of_no_share_rates_nothing(extractor: Extractor, body: str,
                                                    headline: str | None) -> None:
    assert rating_facts(run_in(extractor, body, "en", headline)) == set()
