"""The common ways finance news states a relation, a role or a rating, in
German and English, on sentences written for the test.

Companies and banks are real catalogue entries, people and facts invented.
Each case names the construction it stands for; the absences check that a
form which looks alike but states something else yields nothing.
"""

from __future__ import annotations

import pytest
from helpers import run, triples
from rdflib import Literal

from kg.nlp.extract import Extractor
from kg.rdf.mapper import entity_triples, to_graph
from kg.rdf.namespaces import FIN
from kg.rdf.shapes import fast_check
from kg.records import Extraction

W = "worksFor"


def works_for(x: Extraction) -> dict[str, str]:
    return {r.subject: r.object for r in x.relations if r.predicate == "worksFor"}


def ratings(x: Extraction) -> set[tuple[str, str, str, str | None]]:
    return {(r.by, r.about, r.rating, r.previous) for r in x.ratings}


# --- people and roles ------------------------------------------------------------

@pytest.mark.parametrize(("lang", "headline", "body", "person", "employer"), [
    pytest.param("de", "Adidas", "Der Chef von Adidas, Björn Beispiel, zeigte sich zufrieden.",
                 "Björn Beispiel", "Adidas", id="de-title-of-org-then-name"),
    pytest.param("de", "BASF", "Der Vorstandsvorsitzende der BASF, Markus Beispiel, kündigte "
                 "Einsparungen an.", "Markus Beispiel", "BASF", id="de-chair-of-org-then-name"),
    pytest.param("de", "Commerzbank", "Jens Beispiel, Aufsichtsratsvorsitzender der Commerzbank, "
                 "lehnt die Offerte ab.", "Jens Beispiel", "Commerzbank",
                 id="de-compound-title-after-name"),
    pytest.param("de", "Adidas", "Adidas beruft Maria Beispiel zur neuen Finanzchefin.",
                 "Maria Beispiel", "Adidas", id="de-organisation-appoints"),
    pytest.param("de", "Adidas", "Der Aufsichtsrat von Adidas hat Maria Beispiel zur "
                 "Vorstandschefin bestellt.", "Maria Beispiel", "Adidas",
                 id="de-board-appoints-verb-last"),
    pytest.param("en", "Microsoft", "Amy Beispiel, Microsoft's chief financial officer, said "
                 "demand was strong.", "Amy Beispiel", "Microsoft", id="en-possessive-title-after"),
    pytest.param("en", "Intel", "Jane Doe, chief executive of Intel, said the plan was on track.",
                 "Jane Doe", "Intel", id="en-title-of-org-after"),
    pytest.param("en", "Apple", "Apple appointed John Smith as chief operating officer.",
                 "John Smith", "Apple", id="en-organisation-appoints-as"),
    pytest.param("en", "Apple", "Apple named John Smith its new chief financial officer.",
                 "John Smith", "Apple", id="en-organisation-names-its"),
    pytest.param("en", "Chips", "\"Demand is strong,\" said Jane Doe of Bernstein, who follows "
                 "Intel.", "Jane Doe", "Bernstein", id="en-speaker-of-institution"),
])
def test_roles_stated(extractor: Extractor, lang: str, headline: str, body: str, person: str,
                      employer: str) -> None:
    assert works_for(run(extractor, body, lang=lang, headline=headline)).get(person) == employer


# --- references to people ----------------------------------------------------------

def test_references_pronoun_means_the_person_last_named(extractor: Extractor) -> None:
    de = run(extractor, "Siemens legte zu. „Wir wachsen“, sagte Maria Beispiel. Sie wird neue "
                        "Finanzchefin von Siemens.", headline="Siemens")
    en = run(extractor, "\"We grow,\" said Jane Doe. She was named chief financial officer of "
                        "Intel.", lang="en", headline="Intel")
    assert works_for(de) == {"Maria Beispiel": "Siemens"}
    assert works_for(en) == {"Jane Doe": "Intel"}


def test_references_pronoun_follows_gender_of_the_title(extractor: Extractor) -> None:
    x = run(extractor, "Analystin Eva Muster und Analyst Tom Muster äußerten sich. Er ist "
                       "Analyst bei der UBS.", headline="Siemens")
    assert works_for(x).get("Tom Muster") == "UBS"
    assert "Eva Muster" not in works_for(x)


def test_references_pronoun_with_two_fitting_people_means_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Analyst Jan Muster und Analyst Tom Beispiel äußerten sich. Er ist "
                       "Analyst bei der UBS.", headline="Siemens")
    assert works_for(x) == {}


def test_references_plural_sie_is_no_person(extractor: Extractor) -> None:
    x = run(extractor, "„Wir wachsen“, sagte Eva Muster. Sie sagten, sie seien Analysten bei "
                       "der UBS.", headline="Siemens")
    assert works_for(x) == {}
    assert all(e.label != "sie" and "Sie" not in e.aliases for e in x.entities)


def test_references_role_noun_naming_a_new_person_is_no_reference(extractor: Extractor) -> None:
    x = run(extractor, "Analyst Tom Muster von Jefferies sieht Siemens gut aufgestellt. Der "
                       "Analyst von UBS, Jan Beispiel, sieht das anders.", headline="Siemens")
    assert works_for(x) == {"Tom Muster": "Jefferies", "Jan Beispiel": "UBS"}


# --- relations between organisations ---------------------------------------------------

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Airbus kämpft mit Boeing um Aufträge aus Asien.",
                 ("Airbus", "competitorOf", "Boeing"), id="de-fight-with-for"),
    pytest.param("de", "Nvidia macht AMD und Intel im Rechenzentrum Konkurrenz.",
                 ("Nvidia", "competitorOf", "Intel"), id="de-make-competition"),
    pytest.param("en", "Nvidia faces growing competition from AMD.",
                 ("Nvidia", "competitorOf", "Advanced Micro Devices"), id="en-competition-from"),
    pytest.param("de", "Siemens und Nvidia wollen künftig enger zusammenarbeiten.",
                 ("Siemens", "partnerOf", "Nvidia"), id="de-pair-works-together"),
    pytest.param("de", "Siemens hat mit Microsoft eine Partnerschaft geschlossen.",
                 ("Siemens", "partnerOf", "Microsoft"), id="de-with-x-a-partnership"),
    pytest.param("en", "Microsoft and OpenAI extended their partnership.",
                 ("Microsoft", "partnerOf", "OpenAI"), id="en-pair-their-partnership"),
    pytest.param("de", "Die Übernahme von Covestro durch ADNOC ist abgeschlossen.",
                 ("ADNOC", "acquired", "Covestro"), id="de-takeover-of-by"),
    pytest.param("de", "Covestro wird von ADNOC übernommen.",
                 ("ADNOC", "acquired", "Covestro"), id="de-passive-taken-over"),
    pytest.param("en", "The acquisition of ZT Systems by AMD closed in March.",
                 ("Advanced Micro Devices", "acquired", "ZT Systems"), id="en-acquisition-of-by"),
    pytest.param("en", "Anthropic is backed by Amazon and Google.",
                 ("Google", "investsIn", "Anthropic"), id="en-backed-by-every-listed"),
    pytest.param("de", "Die Deutsche Bahn bestellt für zwei Milliarden Euro Züge bei Siemens.",
                 ("Siemens", "supplierOf", "Deutsche Bahn"), id="de-orders-from"),
    pytest.param("en", "Microsoft buys chips from Nvidia.",
                 ("Nvidia", "supplierOf", "Microsoft"), id="en-buys-from"),
    pytest.param("de", "TSMC fertigt die Chips für Nvidia und Apple.",
                 ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple"),
                 id="de-makes-for-list"),
    pytest.param("en", "Apple is a customer of TSMC.",
                 ("Taiwan Semiconductor Manufacturing", "supplierOf", "Apple"),
                 id="en-customer-of"),
    pytest.param("de", "Der ChatGPT-Entwickler OpenAI sammelt Geld ein.",
                 ("OpenAI", "develops", "ChatGPT"), id="de-developer-compound"),
    pytest.param("en", "ChatGPT maker OpenAI raised money.",
                 ("OpenAI", "develops", "ChatGPT"), id="en-maker-phrase"),
    pytest.param("de", "Die Siemens-Tochter Healthineers legte zu.",
                 ("Siemens Healthineers", "subsidiaryOf", "Siemens"), id="de-unit-apposition"),
    pytest.param("en", "SoftBank's subsidiary Arm Holdings rose.",
                 ("Arm Holdings", "subsidiaryOf", "SoftBank Group"), id="en-unit-apposition"),
    pytest.param("de", "Die Hongkonger Aktien von SMIC fielen.",
                 ("Semiconductor Manufacturing International", "listedOn",
                  "Hong Kong Stock Exchange"), id="de-city-adjective-shares"),
    pytest.param("de", "Im Dax gewannen Siemens-Aktien 2 Prozent.",
                 ("Siemens", "memberOf", "DAX"), id="de-index-opens-sentence"),
])
def test_relations_stated_forms(extractor: Extractor, lang: str, body: str,
                                expected: tuple[str, str, str]) -> None:
    found = triples(run(extractor, body, lang=lang, headline="Marktbericht"))
    s, p, o = expected
    assert expected in found or (p in ("competitorOf", "partnerOf") and (o, p, s) in found)


@pytest.mark.parametrize(("lang", "body", "wrong"), [
    pytest.param("en", "Microsoft buys chips from Nvidia.",
                 ("Microsoft", "acquired", "Nvidia"), id="en-buying-goods-is-no-acquisition"),
    pytest.param("de", "Siemens kauft einen Anteil an Nvidia.",
                 ("Siemens", "acquired", "Nvidia"), id="de-buying-a-stake-is-no-acquisition"),
    pytest.param("de", "Bayer und die ehemalige Tochter Covestro legten zu.",
                 ("Covestro", "subsidiaryOf", "Bayer"), id="de-former-unit-is-no-unit"),
    pytest.param("de", "Die Hongkonger Aktien von SMIC fielen.",
                 ("Semiconductor Manufacturing International", "locatedIn", "Hong Kong"),
                 id="de-city-of-the-shares-is-no-seat"),
])
def test_relations_look_alike_forms_state_nothing(extractor: Extractor, lang: str, body: str,
                                                  wrong: tuple[str, str, str]) -> None:
    assert wrong not in triples(run(extractor, body, lang=lang, headline="Marktbericht"))


def test_places_adjective_as_noun_is_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Mercedes-Benz verdient weniger. Dazu hält das Management der Stuttgarter "
                       "an den Zielen fest. Mercedes-Benz legte zu.", headline="Mercedes-Benz")
    assert ("Mercedes-Benz Group", "locatedIn", "Stuttgart") in triples(x)


def test_places_adjective_before_a_noun_is_no_reference(extractor: Extractor) -> None:
    x = run(extractor, "Mercedes-Benz verdient weniger. Die Stuttgarter Börse meldet Umsätze. "
                       "Mercedes-Benz legte zu.", headline="Mercedes-Benz")
    assert ("Mercedes-Benz Group", "locatedIn", "Stuttgart") not in triples(x)


def test_membership_compound_naming_another_company_goes_to_the_salient_one(
        extractor: Extractor) -> None:
    x = run(extractor, "Covestro legt Zahlen vor. Covestro verdient mehr. Covestro hebt die "
                       "Prognose. ADNOC umgarnt das Dax-Unternehmen seit einem Jahr.",
            headline="Covestro hebt Prognose")
    memberships = {s for s, p, _ in triples(x) if p == "memberOf"}
    assert memberships == {"Covestro"}


# --- ratings -------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Die UBS stufte Siemens von Neutral auf Buy hoch.",
                 {("UBS", "Siemens", "Buy", "Neutral")}, id="de-from-to-upgrade"),
    pytest.param("de", "Die Deutsche Bank hebt Siemens von „Halten“ auf „Kaufen“ an.",
                 {("Deutsche Bank", "Siemens", "Kaufen", "Halten")}, id="de-quoted-from-to"),
    pytest.param("en", "Jefferies upgraded Siemens to Buy from Hold.",
                 {("Jefferies", "Siemens", "Buy", "Hold")}, id="en-to-from"),
    pytest.param("en", "Jefferies upgraded Siemens from Equal Weight to Overweight.",
                 {("Jefferies", "Siemens", "Overweight", "Equal Weight")}, id="en-from-to"),
    pytest.param("en", "Jefferies reiterated its Buy rating on Siemens.",
                 {("Jefferies", "Siemens", "Buy", None)}, id="en-reiterate-no-previous"),
    pytest.param("en", "Jefferies reiterated its buy rating on Siemens.",
                 {("Jefferies", "Siemens", "buy", None)}, id="en-lower-case-before-rating"),
    pytest.param("en", "Jefferies has an outperform rating on Siemens.",
                 {("Jefferies", "Siemens", "outperform", None)}, id="en-lower-case-term"),
    pytest.param("en", "Siemens rose after Jefferies said it would buy more turbines.",
                 set(), id="en-verb-buy-is-no-rating"),
    pytest.param("de", "Sowohl Jefferies als auch die UBS raten zur Siemens-Aktie mit „Buy“.",
                 {("Jefferies", "Siemens", "Buy", None), ("UBS", "Siemens", "Buy", None)},
                 id="de-both-institutions-share"),
    pytest.param("en", "Barclays assigned an Overweight rating to Siemens.",
                 {("Barclays", "Siemens", "Overweight", None)}, id="en-assign"),
    pytest.param("en", "JPMorgan upgraded Deutsche Bank to Overweight.",
                 {("JPMorgan", "Deutsche Bank", "Overweight", None)}, id="en-bank-rated"),
])
def test_ratings_forms(extractor: Extractor, lang: str, body: str,
                       expected: set[tuple[str, str, str, str | None]]) -> None:
    assert ratings(run(extractor, body, lang=lang, headline="Siemens")) == expected


def test_ratings_previous_rating_in_the_graph(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies upgraded Siemens to Buy from Hold.", lang="en",
            headline="Siemens")
    graph = to_graph(x)
    assert set(graph.objects(None, FIN.previousRating)) == {Literal("Hold")}
    for triple in entity_triples(x):  # validated as a build does: with the entities' types
        graph.add(triple)
    fast_check([graph])  # the shapes accept the new property


def test_ratings_no_previous_rating_without_a_change(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies bestätigte die Einstufung „Buy“ für Siemens.", headline="Siemens")
    assert not list(to_graph(x).objects(None, FIN.previousRating))


# --- more roles: compound titles, and who was only told ------------------------------

@pytest.mark.parametrize(("body", "person"), [
    pytest.param("Siemens wächst. Firmengründer Hans Muster zeigte sich zufrieden.", "Hans Muster",
                 id="founder-compound"),
    pytest.param("Siemens wächst. Das sagte Siemens-Finanzvorstand Hans Muster.", "Hans Muster",
                 id="board-member-compound"),
    pytest.param("Siemens wächst. Personalvorständin Eva Muster lobte die Belegschaft.",
                 "Eva Muster", id="female-board-member"),
    pytest.param("Siemens wächst. Siemens-Boss Hans Muster kündigte Zukäufe an.", "Hans Muster",
                 id="boss"),
])
def test_roles_german_compound_titles(extractor: Extractor, body: str, person: str) -> None:
    assert works_for(run(extractor, body, headline="Siemens wächst")).get(person) == "Siemens"


def test_roles_the_one_told_is_no_employer(extractor: Extractor) -> None:
    x = run(extractor, "Siemens wächst. „Wir wachsen“, sagte Vorstandschef Hans Muster der "
                       "Nachrichtenagentur Reuters.", headline="Siemens wächst")
    assert works_for(x) == {"Hans Muster": "Siemens"}


def test_roles_title_with_possessive_reference_after_the_name(extractor: Extractor) -> None:
    x = run(extractor, "AMD reported results, Lisa Muster, the company's CEO, said.", lang="en",
            headline="AMD results")
    assert works_for(x) == {"Lisa Muster": "Advanced Micro Devices"}


# --- covers from an institution's judgement ----------------------------------------------

@pytest.mark.parametrize(("lang", "body", "bank"), [
    pytest.param("de", "Morgan Stanley traut Xiaomi weiteres Wachstum zu.", "Morgan Stanley",
                 id="de-judgement-verb"),
    pytest.param("de", "Xiaomi legt zu. Die Großbank HSBC hatte ihr Kursziel für Xiaomi erhöht.",
                 "HSBC", id="de-target-raised"),
    pytest.param("de", "Xiaomi legt zu. Laut Jefferies ist die Aktie günstig bewertet.",
                 "Jefferies", id="de-laut-and-share-word"),
    pytest.param("en", "Xiaomi rose. Goldman Sachs expects Xiaomi to gain market share.",
                 "Goldman Sachs", id="en-expects"),
    pytest.param("en", "Xiaomi rose. According to Jefferies, the stock is cheap.", "Jefferies",
                 id="en-according-to"),
])
def test_covers_from_a_judgement(extractor: Extractor, lang: str, body: str, bank: str) -> None:
    x = run(extractor, body, lang=lang, headline="Xiaomi steigt")
    assert (bank, "covers", "Xiaomi") in triples(x)


def test_covers_bare_judgement_without_share_word_names_no_company(extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi legt zu. Xiaomi verkauft mehr. Goldman Sachs erwartet sinkende "
                       "Zinsen.", headline="Xiaomi steigt")
    assert not any(p == "covers" for _, p, _ in triples(x))


def test_covers_bank_reporting_its_own_outlook_covers_no_one(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Bank erwartet einen höheren Gewinn. Die Deutsche Bank "
                       "hebt die Dividende an.", headline="Deutsche Bank hebt Dividende")
    assert not any(p == "covers" for _, p, _ in triples(x))


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("en", "BYD, Tesla's biggest rival, sold more cars.", id="en-possessive-rival"),
    pytest.param("de", "Teslas Rivale BYD verkaufte mehr Autos.", id="de-genitive-rival"),
])
def test_rival_described_by_possessive(extractor: Extractor, lang: str, body: str) -> None:
    rivals = {frozenset((s, o)) for s, p, o in triples(run(extractor, body, lang=lang,
                                                           headline="BYD"))
              if p == "competitorOf"}
    assert rivals == {frozenset(("BYD", "Tesla"))}


# --- ratings: the institution after the rating, and the company between -----------------

@pytest.mark.parametrize(("lang", "body", "bank"), [
    pytest.param("de", "Jefferies sieht Siemens vorn. Siemens bekommt zudem eine Kaufempfehlung "
                 "der UBS.", "UBS", id="de-genitive-after"),
    pytest.param("de", "Jefferies sieht Siemens vorn. Das „Buy“-Votum der UBS stützt die Aktie.",
                 "UBS", id="de-hyphened-noun-then-genitive"),
    pytest.param("en", "Jefferies likes Siemens. The stock also has a Buy rating from UBS.", "UBS",
                 id="en-rating-from"),
])
def test_ratings_institution_joined_after_the_rating(extractor: Extractor, lang: str, body: str,
                                                     bank: str) -> None:
    assert {by for by, _, _, _ in ratings(run(extractor, body, lang=lang,
                                              headline="Siemens"))} == {bank}


def test_ratings_of_two_companies_the_one_between_rater_and_rating(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies stuft Siemens Energy hoch auf „Buy“, für Siemens bleibt es bei "
                       "„Hold“.", headline="Siemens")
    assert ("Jefferies", "Siemens Energy", "Buy", None) in ratings(x)
    assert not any(about == "Siemens" and rating == "Buy" for _, about, rating, _ in ratings(x))


@pytest.mark.parametrize(("lang", "body", "listed"), [
    pytest.param("en", "Alibaba shares fell 3% in Hong Kong.", True, id="en-shares-then-city"),
    pytest.param("de", "Xiaomi-Aktien verloren in Hongkong 3 Prozent.", True, id="de-shares-then-city"),
    pytest.param("de", "Die Aktie des in Hongkong ansässigen Konzerns Xiaomi fiel.", False,
                 id="de-seat-is-no-venue"),
])
def test_listing_city_after_share_words(extractor: Extractor, lang: str, body: str,
                                        listed: bool) -> None:
    found = {(s, o) for s, p, o in triples(run(extractor, body, lang=lang, headline="Marktbericht"))
             if p == "listedOn"}
    assert bool(found & {("Alibaba Group", "Hong Kong Stock Exchange"),
                         ("Xiaomi", "Hong Kong Stock Exchange")}) is listed


def test_rivals_a_party_is_no_rival_of_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Die CDU fordert eine härtere Gangart gegen Shein.", headline="Handel")
    assert "Christian Democratic Union" in {e.label for e in x.entities}
    assert not any(p == "competitorOf" for _, p, _ in triples(x))
