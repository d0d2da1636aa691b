"""More relation families, on sentences written for the test: where a list of
rivals ends, the employer of a speaker whose quote names another company,
comparisons with an estimate, capitalised rival nouns and role titles.

Companies are real catalogue entries; the facts are invented. Each positive
case has a look-alike beside it that must yield nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import run, triples

from kg.catalogue import load_catalogue
from kg.nlp.document import Document
from kg.nlp.extract import Extractor
from kg.nlp.roles import covers_from
from kg.records import Evidence, Extraction, Figure

# --- where a list ends ---------------------------------------------------------------


def test_rival_list_ends_at_a_verb(extractor: Extractor) -> None:
    # the subject after the verb is the one compared, not one more rival
    x = run(extractor, "Die Commerzbank meldet mehr Gewinn. Im Vergleich zu den Konkurrenten "
                       "Allianz und Munich Re sei Talanx günstig bewertet.", headline="Versicherer")
    found = triples(x)
    assert ("Talanx", "competitorOf", "Allianz") in found
    assert ("Talanx", "competitorOf", "Munich Re") in found
    assert not {t for t in found if t[1] == "competitorOf" and "Commerzbank" in t}


def test_rival_list_keeps_the_maker_of_an_item(extractor: Extractor) -> None:
    # "GPT-5 von OpenAI und Gemini 3 Pro": the maker between two items does not end the list
    x = run(extractor, "Das neue Modell DeepSeek-V3.2 soll mit den Rivalen GPT-5 von OpenAI "
                       "und Gemini 3 Pro mithalten.", headline="DeepSeek")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("DeepSeek-V3.2", "GPT-5")) in rivals
    assert frozenset(("DeepSeek-V3.2", "Gemini 3 Pro")) in rivals


# --- "Zu den Konkurrenten/Kunden (von X) zählen A und B" ------------------------------


def test_rivals_counted_among_follow_the_verb_and_belong_to_the_genitive(
        extractor: Extractor) -> None:
    x = run(extractor, "Siemens meldet mehr Aufträge. Zu den größten Konkurrenten von ABB zählen "
                       "Schneider Electric und Eaton.", headline="Elektrotechnik")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("ABB", "Schneider Electric")) in rivals
    assert frozenset(("ABB", "Eaton")) in rivals
    assert not {pair for pair in rivals if "Siemens" in pair}


def test_customers_counted_among_are_supplied_by_the_article_subject(
        extractor: Extractor) -> None:
    x = run(extractor, "Gerresheimer stellt Spritzen her. Zu den wichtigsten Kunden zählen "
                       "Novo Nordisk und Sanofi.", headline="Gerresheimer")
    assert {("Gerresheimer", "supplierOf", "Novo Nordisk"),
            ("Gerresheimer", "supplierOf", "Sanofi")} <= triples(x)


def test_shareholders_counted_among_are_no_customers(extractor: Extractor) -> None:
    x = run(extractor, "Gerresheimer stellt Spritzen her. Zu den größten Aktionären zählen "
                       "BlackRock und Union Investment.", headline="Gerresheimer")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


# --- a rival noun opening the sentence ------------------------------------------------


def test_capitalised_rival_opening_a_sentence(extractor: Extractor) -> None:
    x = run(extractor, "Micron signed a memory deal with Nvidia. Rival SK Hynix responded "
                       "within hours.", lang="en", headline="Micron wins memory deal")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Micron Technology", "SK Hynix")) in rivals


def test_capitalised_rival_without_a_name_yields_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Micron signed a memory deal with Nvidia. Rival offers were lower, "
                       "analysts said.", lang="en", headline="Micron wins memory deal")
    assert not {t for t in triples(x) if t[1] == "competitorOf"}


# --- comparisons with an estimate -----------------------------------------------------


def test_versus_a_consensus_is_no_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Apple reported higher sales. Here is how the company did versus "
                       "LSEG consensus estimates: revenue rose.", lang="en", headline="Apple")
    assert not {t for t in triples(x) if t[1] == "competitorOf"}


def test_versus_a_company_is_a_rivalry(extractor: Extractor) -> None:
    x = run(extractor, "Apple reported higher sales. In China, Apple versus Xiaomi is the "
                       "contest to watch.", lang="en", headline="Apple")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Apple", "Xiaomi")) in rivals


# --- a speaker whose quote names another company --------------------------------------


def test_company_in_the_quote_is_not_the_speakers_employer(extractor: Extractor) -> None:
    x = run(extractor, 'Carlyle übernimmt Gerresheimer. Gerresheimer stellt Spritzen her. '
                       '"Mit Carlyle haben wir einen starken Eigentümer", sagte '
                       'Vorstandschefin Ilka Brandner.', headline="Gerresheimer")
    found = triples(x)
    assert ("Ilka Brandner", "worksFor", "Gerresheimer") in found
    assert ("Ilka Brandner", "worksFor", "Carlyle Group") not in found


def test_company_after_the_quote_is_the_speakers_employer(extractor: Extractor) -> None:
    x = run(extractor, 'Carlyle übernimmt Gerresheimer. Gerresheimer stellt Spritzen her. '
                       '"Wir zahlen einen fairen Preis", sagte Carlyle-Chef Tom Muster.',
            headline="Gerresheimer")
    found = triples(x)
    assert ("Tom Muster", "worksFor", "Carlyle Group") in found
    assert ("Tom Muster", "worksFor", "Gerresheimer") not in found


# --- index compounds in the genitive --------------------------------------------------


def test_index_compound_in_the_genitive_is_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Brenntag holt eine neue Finanzchefin. Sie wird Finanzvorständin des "
                       "Essener DAX-Konzerns, wie Brenntag mitteilte.", headline="Brenntag")
    assert ("Brenntag", "memberOf", "DAX") in triples(x)


def test_index_compound_in_the_plural_names_no_member(extractor: Extractor) -> None:
    x = run(extractor, "Brenntag holt eine neue Finanzchefin. Viele DAX-Konzerne suchen "
                       "derzeit Finanzvorstände.", headline="Brenntag")
    assert not {t for t in triples(x) if t[1] == "memberOf"}


# --- the head of a region ------------------------------------------------------------


def test_head_of_a_region_is_a_title(extractor: Extractor) -> None:
    x = run(extractor, "Carlyle übernimmt Gerresheimer. Carlyle-Deutschlandchef Tom Muster "
                       "kündigte Investitionen an.", headline="Gerresheimer")
    assert ("Tom Muster", "Carlyle Group") in {(r.subject, r.object) for r in x.relations
                                               if r.predicate == "worksFor"}


def test_a_region_without_a_title_names_no_post(extractor: Extractor) -> None:
    x = run(extractor, "Carlyle übernimmt Gerresheimer. In Deutschland kündigte Tom Muster "
                       "Investitionen an.", headline="Gerresheimer")
    assert not {r for r in x.relations if r.predicate == "worksFor"}


# --- covers -------------------------------------------------------------------------


def test_a_share_move_read_as_an_institutions_figure_shows_no_coverage() -> None:
    document = Document(lang="de", sentences=[], catalogue=load_catalogue())
    evidence = Evidence(sentence="Carlyle bietet einen Aufschlag von 40 Prozent für Siemens.",
                        start=0, end=57, extractor="figures/de")
    move = Figure(about="Siemens", metric="StockPriceChange", value=Decimal(40), unit="Percent",
                  estimated_by="Carlyle Group", evidence=evidence)
    target = Figure(about="Siemens", metric="PriceTarget", value=Decimal(300), unit="EUR",
                    status="Estimate", estimated_by="UBS", evidence=evidence)
    covers = {(r.subject, r.object) for r in covers_from(document, [move, target], [])}
    assert covers == {("UBS", "Siemens")}


def test_a_bare_judgement_covers_the_company_of_its_clause(extractor: Extractor) -> None:
    x = run(extractor, "Eli Lilly sells more. Zepbound grew faster than the drugs of Novo "
                       "Nordisk, and Citi expects Eli Lilly to widen its lead.", lang="en",
            headline="Obesity drugs")
    found = triples(x)
    assert ("Citigroup", "covers", "Eli Lilly") in found
    assert ("Citigroup", "covers", "Novo Nordisk") not in found


def test_a_bare_judgement_ignores_a_company_of_the_clause_before(extractor: Extractor) -> None:
    x = run(extractor, "Eli Lilly sells more. Zepbound grew faster than the drugs of Novo "
                       "Nordisk, and Citi expects the market to double.", lang="en",
            headline="Obesity drugs")
    assert ("Citigroup", "covers", "Novo Nordisk") not in triples(x)


# --- stakes, coordinated indices, a supplier in apposition ---------------------------


def test_owning_a_percentage_of_a_company_is_a_stake(extractor: Extractor) -> None:
    x = run(extractor, "XPeng shows a new model. Volkswagen, which owns about 5% of XPeng, "
                       "will use it.", lang="en", headline="XPeng")
    assert ("Volkswagen", "investsIn", "XPeng") in triples(x)


def test_owning_a_percentage_of_something_else_is_no_stake(extractor: Extractor) -> None:
    x = run(extractor, "XPeng shows a new model. BlackRock holds 7% of its shares, and Apple "
                       "held 3 percent of the market.", lang="en", headline="XPeng")
    assert not {t for t in triples(x) if t[1] == "investsIn"}


def test_index_coordinated_with_a_membership_is_one_too(extractor: Extractor) -> None:
    x = run(extractor, "Apple shares rose. The stock, a member of the Dow Jones Industrial "
                       "Average and the Nasdaq 100, gained 8% this year.", lang="en",
            headline="Apple")
    assert {("Apple", "memberOf", "Dow Jones Industrial Average"),
            ("Apple", "memberOf", "Nasdaq 100")} <= triples(x)


def test_index_compared_after_a_membership_is_none(extractor: Extractor) -> None:
    x = run(extractor, "Apple shares rose. The stock, a member of the Dow Jones Industrial "
                       "Average, outperformed the Nasdaq 100 this year.", lang="en",
            headline="Apple")
    assert ("Apple", "memberOf", "Nasdaq 100") not in triples(x)


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("en", "Micron won an order. SK Hynix, until now Nvidia's dominant memory "
                 "supplier, will invest more.", id="en"),
    pytest.param("de", "Micron gewinnt einen Auftrag. SK Hynix, bisher Nvidias wichtigster "
                 "Lieferant, will mehr investieren.", id="de"),
])
def test_supplier_in_apposition(extractor: Extractor, lang: str, body: str) -> None:
    assert ("SK Hynix", "supplierOf", "Nvidia") in triples(
        run(extractor, body, lang=lang, headline="Speicher"))


def test_rival_in_apposition_is_no_supplier(extractor: Extractor) -> None:
    x = run(extractor, "Micron won an order. SK Hynix, until now Nvidia's closest partner in "
                       "memory, will invest more.", lang="en", headline="Memory")
    assert not {t for t in triples(x) if t[1] == "supplierOf"}


# --- a bid per share -----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "body", "expected"), [
    pytest.param("de", "Gerresheimer soll von der Börse verschwinden. Carlyle bietet den Aktionären "
                 "des Düsseldorfer Unternehmens 68 Euro je Aktie in bar.",
                 ("Carlyle Group", "acquired", "Gerresheimer"), id="de"),
    pytest.param("en", "Biogen shares jumped. Novartis offered $52 a share for Biogen.",
                 ("Novartis", "acquired", "Biogen"), id="en"),
])
def test_bid_per_share_is_a_takeover(extractor: Extractor, lang: str, body: str,
                                     expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(extractor, body, lang=lang, headline="Übernahme"))


def test_offering_a_product_is_no_takeover(extractor: Extractor) -> None:
    x = run(extractor, "Siemens bietet seinen Kunden Software an. SAP bietet Siemens dafür "
                       "Rabatte, wie die Aktie zeigt.", headline="Software")
    assert not {t for t in triples(x) if t[1] == "acquired"}


# --- a seat compound before a reference ----------------------------------------------


def test_seat_before_a_reference_the_catalogue_seats_elsewhere_names_no_one(
        extractor: Extractor) -> None:
    # "the company" was resolved to Nvidia, the last name; its catalogue seat is elsewhere
    x = run(extractor, "Micron signed a deal. Nvidia will ship the chips in 2027. The Boise, "
                       "Idaho-based company also raised spending.", lang="en",
            headline="Memory deal")
    assert ("Nvidia", "locatedIn", "Idaho") not in triples(x)


def test_seat_before_a_reference_the_catalogue_agrees_with(extractor: Extractor) -> None:
    x = run(extractor, "SAP sold more licences. The Walldorf-based company also raised its "
                       "outlook.", lang="en", headline="SAP results")
    assert ("SAP", "locatedIn", "Walldorf") in triples(x)


# --- partners named as examples ------------------------------------------------------


@pytest.mark.parametrize(("lang", "body"), [
    pytest.param("en", "Nike sells more shoes through wholesale partners such as Foot Locker.",
                 id="en"),
    pytest.param("de", "Nike verkauft mehr Schuhe über Partner wie Foot Locker.", id="de"),
])
def test_partners_named_as_examples(extractor: Extractor, lang: str, body: str) -> None:
    rivals = {frozenset((s, o)) for s, p, o in triples(run(extractor, body, lang=lang,
                                                           headline="Nike"))
              if p == "partnerOf"}
    assert frozenset(("Nike", "Foot Locker")) in rivals


def test_rivals_named_as_examples_are_no_partners(extractor: Extractor) -> None:
    x = run(extractor, "Nike sells more shoes than rivals such as Adidas.", lang="en",
            headline="Nike")
    assert not {t for t in triples(x) if t[1] == "partnerOf"}


# --- a reference whose seat the catalogue puts elsewhere ----------------------------


def _figures_about(x: Extraction, metric: str) -> set[str]:
    return {f.about for f in x.figures if f.metric == metric}


def test_seat_in_a_reference_rules_out_a_company_seated_elsewhere(extractor: Extractor) -> None:
    # "the company" would be Nvidia, named last; the catalogue seats it in Santa Clara
    x = run(extractor, "Micron signed a deal with Nvidia on Wednesday. Under the deal, Micron "
                       "will supply memory for Rubin, which Nvidia plans to ship in 2027. The "
                       "Boise, Idaho-based company also raised capital expenditures to "
                       "$22 billion.", lang="en", headline="Micron stock rallies on Nvidia deal")
    assert "Nvidia" not in _figures_about(x, "CapitalExpenditure")


def test_seat_in_a_reference_inside_the_companys_country_keeps_it(extractor: Extractor) -> None:
    # the catalogue seats Micron in the United States, which holds Idaho
    x = run(extractor, "Micron Technology signed a deal to supply Nvidia. It will ship the chips "
                       "in 2027, Micron said. The Boise, Idaho-based company also raised capital "
                       "expenditures to $22 billion.", lang="en", headline="Memory deal")
    assert _figures_about(x, "CapitalExpenditure") == {"Micron Technology"}


# --- a verb's object closed by a comma ------------------------------------------------

CLOSED_OBJECT = [
    ("de", "Toyota Industries übernimmt einen Zulieferer, Apollo Global finanziert den Kauf."),
    ("de", "Siemens kauft ein Softwarehaus, die Deutsche Bank berät dabei."),
    ("de", "Siemens übernimmt Altair, die Deutsche Bank berät dabei."),
    ("en", "Toyota Industries is buying a supplier, and Apollo Global is financing the deal."),
    ("en", "Siemens acquired a software firm, Goldman Sachs advised."),
]


@pytest.mark.parametrize(("lang", "text"), CLOSED_OBJECT)
def test_a_name_after_the_verbs_closed_object_is_not_bought(
        extractor: Extractor, lang: str, text: str) -> None:
    x = run(extractor, text, headline="Deals" if lang == "de" else "Deals on Monday", lang=lang)
    assert not {t for t in triples(x) if t[1] == "acquired"}


APPOSITION_OBJECT = [
    ("de", "Siemens übernimmt den Konkurrenten, die Software AG, für 2 Milliarden Euro.",
     ("Siemens", "acquired", "Software AG")),
    ("en", "Siemens acquired its rival, Software AG, for $2 billion.",
     ("Siemens", "acquired", "Software AG")),
    ("de", "Toyota Industries übernimmt Apollo Global, teilte das Unternehmen mit.",
     ("Toyota Industries", "acquired", "Apollo Global Management")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), APPOSITION_OBJECT)
def test_a_name_set_off_by_commas_or_plain_stays_the_object(
        extractor: Extractor, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    x = run(extractor, text, headline="Deals" if lang == "de" else "Deals on Monday", lang=lang)
    assert fact in triples(x)


def test_a_rival_opening_the_sentence_is_the_article_subjects_not_the_verbs_object(
        extractor: Extractor) -> None:
    x = run(extractor, "Nvidia reported record revenue. Rival AMD has struck deals with "
                       "OpenAI and Oracle.", lang="en", headline="Nvidia beats estimates")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Nvidia", "Advanced Micro Devices")) in rivals
    assert not {pair for pair in rivals if "OpenAI" in pair or "Oracle" in pair}
