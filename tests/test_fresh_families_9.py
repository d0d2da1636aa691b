"""Entity discovery, people, roles and references on families of construction
that hold in any article, on sentences written for these tests (invented
companies and people beside catalogued model families): a new version of a
catalogued model family named by its number; the first part of a catalogued
hyphened name printed in a share compound, then alone; a person who runs
the organisation a relative clause follows ("X, die Jane Doe leitet"); a
unit named by one word spelt with an inner capital before a unit noun, after
a plural's possessive apostrophe; a German reference by a specialist's or
supplier's noun in a form only the singular has; a reference is none of the
names "mit" governs before it in its clause, and where no company clearly
leads the article, it means the subject of the sentence that named the last
one, not a name in that sentence's object; a fund named by "Investment
Fund", also when a place opens its name; a unit named in commas after its
unit noun, by its company's name and a place; an executive's title in a
sentence where a house rates a company is the company's, not the house's. Each with a look-alike where
nothing (or something else) may be found."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- a version of a catalogued model family -----------------------------------------

def test_version_number_after_a_model_family_names_a_new_model(extractor: Extractor) -> None:
    x = run(extractor, "Meta stellte am Dienstag Llama 7 vor. Llama 7 soll schneller rechnen.",
            headline="Meta: Neues Modell")
    assert kinds(x).get("Llama 7") == "AIModel"
    assert "Llama" not in kinds(x)
    assert ("Meta Platforms", "develops", "Llama 7") in triples(x)


def test_hyphened_version_names_the_model_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Google said Gemini-9 would reach phones in spring.",
            lang="en", headline="Google model")
    assert kinds(x).get("Gemini 9") == "AIModel"
    assert ("Google", "develops", "Gemini 9") in triples(x)


def test_number_of_an_amount_after_a_model_is_no_version(extractor: Extractor) -> None:
    """Look-alike: a scale or percent word after the number makes it an amount."""
    x = run(extractor, "Gemini 40 million users a month is the company's goal.",
            lang="en", headline="Model report")
    assert not any(label.startswith("Gemini ") for label in kinds(x))
    x = run(extractor, "Bei Llama 7 Prozent Marktanteil sieht der Analyst den Boden.",
            headline="Modelle")
    assert not any(label.startswith("Llama ") for label in kinds(x))


def test_ordinal_after_a_model_is_no_version(extractor: Extractor) -> None:
    """Look-alike: a German ordinal after the family's name is a date."""
    x = run(extractor, "Google zeigte Gemini 12. Mai neue Funktionen.", headline="Google: Modelle")
    assert not any(label.startswith("Gemini ") for label in kinds(x))


def test_year_after_a_model_is_no_version(extractor: Extractor) -> None:
    """Look-alike: a year after the family's name is a date."""
    x = run(extractor, "Google will update Gemini 2027 and later.", lang="en",
            headline="Google model")
    assert "Gemini 2027" not in kinds(x)
    assert not any(label.startswith("Gemini 20") for label in kinds(x))


# --- the first part of a hyphened name, printed in a share compound ------------------

def figures_of(x: Extraction, label: str) -> set[tuple[str, float]]:
    return {(f.metric, float(f.value)) for f in x.figures if f.about == label and f.value is not None}


def test_share_compound_of_a_hyphened_name_gives_its_short_name(extractor: Extractor) -> None:
    x = run(extractor, "Die Mercedes-Benz Group senkt ihre Prognose. "
                       "Die Mercedes-Aktie fiel um 3,1 Prozent. "
                       "Die Commerzbank senkte ihr Kursziel für Mercedes auf 55 Euro.",
            headline="Autobauer unter Druck")
    assert ("StockPriceChange", -3.1) in figures_of(x, "Mercedes-Benz Group")
    assert ("PriceTarget", 55.0) in figures_of(x, "Mercedes-Benz Group")
    assert ("Commerzbank", "covers", "Mercedes-Benz Group") in triples(x)


def test_first_part_of_a_hyphened_name_alone_is_no_short_name(extractor: Extractor) -> None:
    """Look-alike: with no share compound the word alone may be anyone's name."""
    x = run(extractor, "Die Mercedes-Benz Group senkt ihre Prognose. "
                       "Am Abend trat die Sängerin Mercedes in Stuttgart auf.",
            headline="Autobauer unter Druck")
    group = next(e for e in x.entities if e.label == "Mercedes-Benz Group")
    assert "Mercedes" not in group.aliases


# --- the person a relative clause after an organisation says runs it ----------------

def test_relative_clause_after_a_unit_gives_the_person_who_runs_it(extractor: Extractor) -> None:
    x = run(extractor, "Die Forschungseinheit Google DeepMind, die Anna Kessler seit 2024 leitet, "
                       "zeigte ein neues Modell.", headline="Alphabet: Neues Modell")
    assert kinds(x).get("Anna Kessler") == "Person"
    assert ("Anna Kessler", "worksFor", "Google DeepMind") in triples(x)


def test_relative_clause_in_english_gives_the_person_who_runs_it(extractor: Extractor) -> None:
    x = run(extractor, "Google DeepMind, which Laura Stone runs, released a model on Monday.",
            lang="en", headline="Alphabet model")
    assert ("Laura Stone", "worksFor", "Google DeepMind") in triples(x)


def test_relative_clause_of_other_words_gives_no_employer(extractor: Extractor) -> None:
    """Look-alike: the person is the clause's subject, but what follows the
    name is no verb of running the organisation."""
    x = run(extractor, "Alphabet, which Laura Stone said was cheap, rose 3%.",
            lang="en", headline="Alphabet shares")
    assert not any(r.predicate == "worksFor" for r in x.relations)
    x = run(extractor, "Die Alphabet-Aktie, die Anna Kessler als teuer bezeichnet, fiel.",
            headline="Alphabet: Aktie fällt")
    assert not any(r.predicate == "worksFor" for r in x.relations)


# --- a one-word unit name with an inner capital before a unit noun -------------------

def test_unit_after_a_plural_possessive_with_an_inner_capital(extractor: Extractor) -> None:
    x = run(extractor, "Orders came from Verimax Technologies' ChipWorks unit and from rivals.",
            lang="en", headline="Foundry report")
    assert kinds(x).get("ChipWorks") == "BusinessUnit"
    assert ("ChipWorks", "subsidiaryOf", "Verimax Technologies") in triples(x)


def test_one_plain_capitalised_word_before_a_unit_noun_is_no_unit(extractor: Extractor) -> None:
    """Look-alike: a capitalised word without an inner capital may be an adjective."""
    x = run(extractor, "Orders came from Verimax Technologies' German unit and from rivals.",
            lang="en", headline="Foundry report")
    assert "German" not in kinds(x)
    assert not any(kind == "BusinessUnit" for kind in kinds(x).values())


# --- a reference by a specialist's noun ---------------------------------------------

def test_specialist_noun_refers_to_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestner Optik AG hat Zahlen vorgelegt. "
                       "Der Jenaer Optikspezialist hob die Prognose an.",
            headline="Kestner Optik: Zahlen")
    assert ("Kestner Optik", "locatedIn", "Jena") in triples(x)


def test_plural_specialists_are_no_reference_to_the_company(extractor: Extractor) -> None:
    """Look-alike: "Spezialisten" may be people of another house."""
    x = run(extractor, "Die Kestner Optik AG hat Zahlen vorgelegt. "
                       "Die Münchner Spezialisten der UBS sehen das Kursziel bei 50 Euro.",
            headline="Kestner Optik: Zahlen")
    assert ("Kestner Optik", "locatedIn", "Munich") not in triples(x)


# --- what a company reference means ---------------------------------------------------

def revenue_growth(x: Extraction) -> set[str]:
    return {f.about for f in x.figures if f.metric == "RevenueGrowth"}


def test_reference_is_none_of_the_names_mit_governs(extractor: Extractor) -> None:
    x = run(extractor, "Die Kestner Optik AG und die Brandt Laser AG legten Zahlen vor. "
                       "Gemeinsam mit der Brandt Laser AG steigerte das Unternehmen den Umsatz "
                       "um 12 Prozent.", headline="Optikbranche im Aufwind")
    assert revenue_growth(x) == {"Kestner Optik"}


def test_reference_means_the_subject_of_the_sentence_before(extractor: Extractor) -> None:
    x = run(extractor, "Die Brandt Laser AG und die Kestner Optik AG legten Zahlen vor. "
                       "Die Kestner Optik AG beliefert Kunden wie die Brandt Laser AG. "
                       "Das Unternehmen steigerte den Umsatz um 12 Prozent.",
            headline="Optikbranche im Aufwind")
    assert revenue_growth(x) == {"Kestner Optik"}


def test_reference_after_a_name_of_its_own_sentence_means_that_name(extractor: Extractor) -> None:
    """Look-alike: a name of the reference's own sentence that no "mit" governs stays its antecedent."""
    x = run(extractor, "Die Kestner Optik AG und die Brandt Laser AG legten Zahlen vor. "
                       "Bei der Brandt Laser AG steigerte das Unternehmen den Umsatz um 12 Prozent.",
            headline="Optikbranche im Aufwind")
    assert revenue_growth(x) == {"Brandt Laser"}


# --- a fund by its name ending ------------------------------------------------------

def test_investment_fund_opened_by_a_place_is_one_institution(extractor: Extractor) -> None:
    x = run(extractor, "Verimax Systems formed a joint venture with the state-backed "
                       "Shanghai Advanced Materials Investment Fund on Monday.",
            lang="en", headline="Verimax venture")
    assert kinds(x).get("Shanghai Advanced Materials Investment Fund") == "FinancialInstitution"
    assert "Shanghai" not in kinds(x)


def test_place_before_a_company_name_stays_a_place(extractor: Extractor) -> None:
    """Look-alike: only exchanges and financial names take the place that opens them in."""
    x = run(extractor, "Shares of Shanghai Verimax Materials rose 3% on Monday.",
            lang="en", headline="Verimax shares")
    assert "Shanghai Verimax Materials" not in kinds(x)


# --- a unit in commas after its noun ------------------------------------------------

def test_unit_named_in_commas_after_its_noun(extractor: Extractor) -> None:
    x = run(extractor, "Its Danish unit, Telia Denmark, grew service revenue by 3.1%.",
            lang="en", headline="Telia results")
    assert kinds(x).get("Telia Denmark") == "BusinessUnit"
    assert ("Telia Denmark", "subsidiaryOf", "Telia") in triples(x)
    assert ("RevenueGrowth", 3.1) in figures_of(x, "Telia Denmark")


def test_speaker_after_a_unit_noun_and_a_comma_is_no_unit(extractor: Extractor) -> None:
    """Look-alike: a name the next comma does not close is the sentence's speaker."""
    x = run(extractor, "Telia said the unit, Jane Doe told reporters, would grow.",
            lang="en", headline="Telia results")
    assert not any(kind == "BusinessUnit" for kind in kinds(x).values())


# --- an executive's title beside a house that rates a company -------------------------

def test_executive_title_after_a_house_goes_to_the_company_it_rates(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Nike rose 5.8% after Bernstein upgraded the sneaker maker to "
                       "outperform, saying the turnaround under Chief Executive Tom Varga was working.",
            lang="en", headline="Nike shares jump")
    assert ("Tom Varga", "worksFor", "Nike") in triples(x)
    assert ("Tom Varga", "worksFor", "Bernstein") not in triples(x)


def test_executive_title_right_after_a_house_stays_the_house(extractor: Extractor) -> None:
    """Look-alike: the house's own chief named with it keeps the house."""
    x = run(extractor, "Shares of Nike rose 5.8% after Bernstein upgraded the sneaker maker to "
                       "outperform, while Bernstein CEO Jane Doe was away.",
            lang="en", headline="Nike shares jump")
    assert ("Jane Doe", "worksFor", "Bernstein") in triples(x)
