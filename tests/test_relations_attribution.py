"""Attribution of relations and ratings, on sentences written for the test.

Each test names the rule it exercises; the companies are real catalogue
entries, the facts invented. Where no candidate clearly wins, the rules must
emit nothing, so several tests check an absence as well.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run, triples

from kg.catalogue import load_catalogue
from kg.nlp.document import Document, Sentence
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer, Mention
from kg.nlp.salience import salient
from kg.records import Extraction


def ratings(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


def works_for(x: Extraction) -> dict[str, str]:
    return {r.subject: r.object for r in x.relations if r.predicate == "worksFor"}


# --- salience ------------------------------------------------------------------

def _document(scores: dict[str, float]) -> Document:
    catalogue = load_catalogue()
    document = Document(lang="de", sentences=[Sentence(start=0, text="x")], catalogue=catalogue)
    document.salience = scores
    return document


def test_salient_needs_a_clear_winner() -> None:
    assert salient(_document({"Siemens": 6.0, "Adidas": 2.0}), frozenset({"Company"})) == "Siemens"
    assert salient(_document({"Siemens": 3.0, "Adidas": 2.5}), frozenset({"Company"})) is None


def test_salient_needs_more_than_one_passing_mention() -> None:
    assert salient(_document({"Siemens": 1.0}), frozenset({"Company"})) is None


def test_salient_pools_a_subsidiary_with_its_parent() -> None:
    # Google alone would tie with Alphabet; the two are one subject
    document = _document({"Alphabet": 5.0, "Google": 4.0, "Nvidia": 3.0})
    assert salient(document, frozenset({"Company"})) == "Alphabet"


# --- credits ---------------------------------------------------------------------

def test_credits_dateline_agency_is_no_subject(extractor: Extractor) -> None:
    x = run(extractor, "FRANKFURT (dpa-AFX) - Die Aktien von Siemens legten zu. Die Kaufempfehlung "
                       "wurde seitens Jefferies beibehalten, wie der dpa-AFX-Analyser zeigt.",
            headline="Siemens-Aktie fest")
    assert "Deutsche Presse-Agentur" not in {e.label for e in x.entities}
    assert ratings(x) == {("Jefferies", "Siemens", "Kaufempfehlung")}


def test_credits_closing_tag_is_no_subject(extractor: Extractor) -> None:
    x = run(extractor, "Der Staatskonzern zahlt bis zu zehn Milliarden Euro. (Reuters/ab)")
    assert "Reuters" not in {e.label for e in x.entities}


# --- ratings ---------------------------------------------------------------------

def test_ratings_old_rating_dropped_in_both_word_orders(extractor: Extractor) -> None:
    de = run(extractor, "Jefferies hat Siemens von „Hold“ auf „Buy“ hochgestuft.")
    en = run(extractor, "Jefferies upgraded Nvidia to Buy from Hold on Tuesday.", lang="en",
             headline="Chip stocks")
    assert ratings(de) == {("Jefferies", "Siemens", "Buy")}
    assert ratings(en) == {("Jefferies", "Nvidia", "Buy")}


def test_ratings_one_rating_shared_by_listed_institutions(extractor: Extractor) -> None:
    x = run(extractor, "Evercore ISI, Jefferies and Morgan Stanley reiterated their Outperform "
                       "ratings on Alphabet.", lang="en", headline="Search")
    assert ratings(x) == {(bank, "Alphabet", "Outperform")
                          for bank in ("Evercore ISI", "Jefferies", "Morgan Stanley")}


def test_ratings_bank_rated_by_bank(extractor: Extractor) -> None:
    x = run(extractor, "JPMorgan stuft die Deutsche Bank auf „Overweight“ hoch.")
    assert ratings(x) == {("JPMorgan", "Deutsche Bank", "Overweight")}


def test_ratings_common_word_counts_only_quoted(extractor: Extractor) -> None:
    quoted = run(extractor, "Die Analysten der DZ Bank empfehlen die Papiere von Infineon weiter mit "
                            "„kaufen“ und einem Kursziel von 50 Euro.")
    plain = run(extractor, "Die Analysten der DZ Bank raten, Papiere von Infineon zu kaufen, und "
                           "nennen ein Kursziel von 50 Euro.")
    assert ratings(quoted) == {("DZ Bank", "Infineon Technologies", "kaufen")}
    assert ratings(plain) == set()


def test_ratings_rated_company_by_salience_or_nothing(extractor: Extractor) -> None:
    about = run(extractor, "Siemens legte starke Zahlen vor. Siemens hob den Ausblick an. Jefferies "
                           "bestätigte danach die Einstufung „Buy“.", headline="Siemens hebt Ausblick")
    unclear = run(extractor, "Nach Angaben von Händlern legten Siemens und Adidas Zahlen vor. "
                             "Jefferies bestätigte danach die Einstufung „Buy“.")
    assert ratings(about) == {("Jefferies", "Siemens", "Buy")}
    assert ratings(unclear) == set()


# --- people and roles ------------------------------------------------------------

def test_roles_title_without_employer_goes_to_salient_company(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat den Umsatz gesteigert. Vorstandschef Maximilian Beispiel "
                       "präsentierte die Zahlen in München.", headline="Siemens wächst")
    assert works_for(x)["Maximilian Beispiel"] == "Siemens"


def test_roles_no_employer_when_no_company_wins(extractor: Extractor) -> None:
    x = run(extractor, "Nach Angaben von Händlern legten Siemens und Adidas Zahlen vor. "
                       "Vorstandschef Maximilian Beispiel war zufrieden.")
    assert "Maximilian Beispiel" not in works_for(x)


def test_roles_predecessor_is_not_the_post_holder(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat die Regel unter Vorgänger Karl Altmann eingeführt. Siemens "
                       "steigerte den Gewinn.", headline="Siemens")
    assert "Karl Altmann" in {e.label for e in x.entities}
    assert "Karl Altmann" not in works_for(x)


def test_roles_name_particles_and_compound_titles(extractor: Extractor) -> None:
    x = run(extractor, "Analyst Jean de Montagne von Jefferies sieht Siemens gut aufgestellt. Der "
                       "Siemens-Konzernvorsitzende Lin Wei zeigte sich zufrieden.")
    assert works_for(x) == {"Jean de Montagne": "Jefferies", "Lin Wei": "Siemens"}


def test_roles_team_leader_works_for_the_bank(extractor: Extractor) -> None:
    x = run(extractor, "„Die Nachfrage bleibt hoch“, schrieben Analysten von Bernstein unter der "
                       "Leitung von Mara Beispiel über Infineon.")
    assert works_for(x)["Mara Beispiel"] == "Bernstein"
    assert ("Bernstein", "covers", "Infineon Technologies") in triples(x)


# --- covers from analysts' comments --------------------------------------------

def test_covers_from_analyst_comment(extractor: Extractor) -> None:
    de = run(extractor, "Analyst Tom Muster von Jefferies nannte die Zahlen von Siemens solide.")
    en = run(extractor, "Siemens raised its outlook. Analysts at Jefferies called the quarter "
                        "solid.", lang="en", headline="Siemens raises outlook")
    assert ("Jefferies", "covers", "Siemens") in triples(de)
    assert ("Jefferies", "covers", "Siemens") in triples(en)


@pytest.mark.parametrize(("body", "headline", "expected"), [
    pytest.param("Adidas legte zu. Noch optimistischer sind die Experten von Jefferies und UBS.",
                 "Adidas-Aktie steigt",
                 {("Jefferies", "covers", "Adidas"), ("UBS", "covers", "Adidas")},
                 id="covers-each-institution-of-a-list"),
    # index membership
    pytest.param("Adidas hob die Prognose an. Die Papiere bildeten die Spitze im Leitindex Dax.",
                 "Adidas hebt Prognose", {("Adidas", "memberOf", "DAX")},
                 id="membership-share-words-use-the-passage-company"),
    pytest.param("Siemens-Aktien waren einer der stärksten Titel im Dax neben Adidas und "
                 "Rheinmetall.", "Marktbericht",
                 {(c, "memberOf", "DAX") for c in ("Siemens", "Adidas", "Rheinmetall")},
                 id="membership-peers-listed-after-the-index"),
    pytest.param("Siemens will eigene Aktien zurückkaufen. Der Dax-Konzern hebt auch die "
                 "Dividende an.", "Siemens", {("Siemens", "memberOf", "DAX")},
                 id="membership-index-compound-reference"),
    # listings
    pytest.param("Rheinmetall legte Zahlen vor. Das Papier notierte auf Tradegate bei 1.600 "
                 "Euro. Nvidia hat an der US-Techbörse Nasdaq zugelegt.", "Rheinmetall",
                 {("Rheinmetall", "listedOn", "Tradegate"), ("Nvidia", "listedOn", "Nasdaq")},
                 id="listing-venue-words"),
])
def test_relations_stated(extractor: Extractor, body: str, headline: str,
                          expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(run(extractor, body, headline=headline))


# --- what is no listing ------------------------------------------------------------

def test_listing_exchange_as_genitive_is_no_venue(extractor: Extractor) -> None:
    x = run(extractor, "Rheinmetall legte Zahlen vor. Transparenz ist ein zentrales Anliegen der "
                       "Frankfurter Börse.", headline="Rheinmetall")
    assert not any(p == "listedOn" for _, p, _ in triples(x))


# --- tickers -----------------------------------------------------------------------

def test_tickers_name_the_catalogued_company() -> None:
    gazetteer = Gazetteer(load_catalogue())
    found = gazetteer.find("ServiceNow (NYSE: NOW) und Nvidia ($NVDA) stiegen, BUY NOW.")
    tickers = [m for m in found if m.rule == "gazetteer/ticker"]
    assert [(m.label, m.surface) for m in tickers] == [("ServiceNow", "NOW")]
    assert all(m.surface != "NOW" or m.start < 30 for m in found)


def test_tickers_are_aliases_not_entities(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von ServiceNow (NYSE: NOW) stieg um 3 Prozent.")
    entities = {e.label: e for e in x.entities}
    assert "NOW" not in entities
    assert "NOW" in entities["ServiceNow"].aliases


# --- references and lists that follow salience -----------------------------------

def test_references_follow_the_salient_company(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat ein starkes Quartal hinter sich. Siemens profitierte von "
                       "Aufträgen. Auch ein Auftrag mit Bezug zu Adidas half. Der Konzern steigerte "
                       "den Umsatz um 5 Prozent.", headline="Siemens wächst kräftig")
    found = {(f.about, f.metric, f.value) for f in x.figures}
    assert ("Siemens", "RevenueGrowth", Decimal(5)) in found
    assert not any(about == "Adidas" for about, _, _ in found)


def test_rival_list_without_subject_is_the_salient_company(extractor: Extractor) -> None:
    x = run(extractor, "Samsung verdient mehr. Samsung profitiert von KI. Das Papier hinkt den "
                       "Konkurrenten wie SK Hynix oder Micron hinterher.",
            headline="Samsung verdient mehr")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert rivals == {frozenset(("Samsung Electronics", "SK Hynix")),
                      frozenset(("Samsung Electronics", "Micron Technology"))}


def test_loose_competition_cue_needs_a_named_subject(extractor: Extractor) -> None:
    x = run(extractor, "Siemens legte zu. Der Minister forderte eine härtere Gangart gegen Huawei.",
            headline="Siemens legt zu")
    assert not any(p == "competitorOf" for _, p, _ in triples(x))


def test_rival_compound(extractor: Extractor) -> None:
    de = run(extractor, "SAP hob die Prognose an. SAP gewann Kunden, teilte der Oracle-Konkurrent "
                        "mit.", headline="SAP hebt Prognose")
    en = run(extractor, "The Nvidia rival AMD reported results.", lang="en", headline="Chips")
    def rivals(x: Extraction) -> set[frozenset[str]]:
        return {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}

    assert rivals(de) == {frozenset(("SAP", "Oracle"))}
    assert rivals(en) == {frozenset(("Advanced Micro Devices", "Nvidia"))}


def test_stake_without_holder_is_the_salient_company(extractor: Extractor) -> None:
    x = run(extractor, "Siemens verdiente mehr. Siemens profitierte von der Beteiligung an Siemens "
                        "Energy.", headline="Siemens verdient mehr")
    assert ("Siemens", "investsIn", "Siemens Energy") in triples(x)


def test_receiver_of_a_delivery_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "US-Firmen dürfen keine Geräte an Huawei liefern, wie das US-Handelsministerium "
                       "mitteilte.")
    assert not any(p == "supplierOf" for _, p, _ in triples(x))


def test_seat_before_seated_word(extractor: Extractor) -> None:
    x = run(extractor, "Die in München ansässige Siemens steigerte den Umsatz.")
    assert ("Siemens", "locatedIn", "Munich") in triples(x)


def test_mention_type_of_a_ticker_is_the_company() -> None:
    # a ticker mention is the company itself, never a product or exchange;
    # the exchange code before it names the exchange
    gazetteer = Gazetteer(load_catalogue())
    found: list[Mention] = gazetteer.find("Kurs von SMIC (HK:0981)")
    assert {(m.surface, m.type) for m in found} == {
        ("SMIC", "Company"), ("0981", "Company"), ("HK", "StockExchange")}


# --- English rating and analyst forms ----------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Morgan Stanley raised its price target on Alphabet and reiterated an Overweight rating.",
     ("Morgan Stanley", "Alphabet", "Overweight")),
    ("Wells Fargo analyst Jane Doe upgraded Microsoft to Overweight from Equal Weight.",
     ("Wells Fargo", "Microsoft", "Overweight")),
    ("Analysts at Bernstein initiated coverage of Nvidia with an Outperform rating.",
     ("Bernstein", "Nvidia", "Outperform")),
    ("Nvidia was upgraded to Buy at HSBC on Monday.", ("HSBC", "Nvidia", "Buy")),
])
def test_ratings_english_forms(extractor: Extractor, body: str, expected: tuple[str, str, str]) -> None:
    assert ratings(run(extractor, body, lang="en", headline="Analyst calls")) == {expected}


def test_roles_possessor_speaker(extractor: Extractor) -> None:
    x = run(extractor, "Amazon's cloud unit grew. Wedbush's Dana Ivers said the results were "
                       "strong.", lang="en", headline="Amazon")
    assert works_for(x)["Dana Ivers"] == "Wedbush Securities"
    assert ("Wedbush Securities", "covers", "Amazon") in triples(x)


def test_roles_analyst_at_bank_after_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Tesla delivered more cars. \"It was a strong quarter,\" said Jane Roe, an "
                       "analyst at Wedbush Securities.", lang="en", headline="Tesla deliveries")
    assert works_for(x)["Jane Roe"] == "Wedbush Securities"
    assert ("Wedbush Securities", "covers", "Tesla") in triples(x)


# --- appointments and successions ----------------------------------------------------

def test_appointment_gives_the_new_post_holder(extractor: Extractor) -> None:
    de = run(extractor, "Siemens baut den Vorstand um. Maria Beispiel wird neue Finanzchefin von "
                        "Siemens. Sie folgt auf Karl Altmann.", headline="Siemens")
    en = run(extractor, "Intel named a new finance chief. Jane Doe was named chief financial officer "
                        "of Intel.", lang="en", headline="Intel")
    assert works_for(de) == {"Maria Beispiel": "Siemens"}
    assert works_for(en) == {"Jane Doe": "Intel"}


def test_succession_gives_the_successor_not_the_predecessor(extractor: Extractor) -> None:
    x = run(extractor, "Adidas stellt sich neu auf. Jan Muster folgt auf Vorstandschef Karl Altmann "
                       "als Vorstandschef.", headline="Adidas stellt sich neu auf")
    assert works_for(x) == {"Jan Muster": "Adidas"}
    assert "Karl Altmann" in {e.label for e in x.entities}
