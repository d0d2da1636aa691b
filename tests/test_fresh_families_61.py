"""Names, figures and rivals on families of construction that hold in any article, on
sentences written for these tests (catalogued companies, invented facts): the German noun
"Verband" before an association's name is no part of it; a German job cut
with a lower-case word between the count and its noun ("2300 weitere Stellen wegfallen"); an
English debt to be cut ("to cut debt of 9.5 billion euros") is the debt carried, none raised;
a German rival noun after a sentence that opens with a rival the article brought
in by its rival noun names one more rival of the article's company. Each with a look-alike
that must keep its reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rival_pairs, run

from kg.nlp.extract import Extractor

# --- the noun "Verband" before a name -------------------------------------------------

def test_verband_before_an_association_is_no_part_of_its_name(extractor: Extractor) -> None:
    x = run(extractor, "Nach Zahlen des Verbands China Passenger Car Association wuchs BYD um 9 Prozent. "
            "Laut dem Verband Baltic Shipping Association sanken die Frachtraten.", headline="BYD legt zu")
    assert "China Passenger Car Association" in labels(x)
    assert "Baltic Shipping Association" in labels(x)
    assert not any(label.startswith("Verband") for label in labels(x))


def test_verband_in_a_catalogued_name_keeps_it(extractor: Extractor) -> None:
    """Look-alike: a catalogued name that opens with the noun is still matched whole."""
    x = run(extractor, "Der Verband der Automobilindustrie senkte die Prognose.", headline="Autobranche")
    assert "German Association of the Automotive Industry" in labels(x)


# --- a job cut with a word between count and noun -------------------------------------

def test_job_cut_with_a_lower_case_word_before_the_noun(extractor: Extractor) -> None:
    x = run(extractor, "Henkel will sparen. In Düsseldorf sollen rund 800 weitere Stellen wegfallen.",
            headline="Henkel spart")
    assert ("Henkel", Decimal(-800)) in metric_facts(x, "Employees")
    assert ("Henkel", Decimal(800)) not in metric_facts(x, "Employees")


def test_new_jobs_before_a_cut_joined_by_und_stay_positive(extractor: Extractor) -> None:
    """Look-alike: the cut verb belongs to the count after "und", not to the new jobs."""
    x = run(extractor, "Henkel will 500 neue Stellen schaffen und 300 weitere Stellen abbauen.",
            headline="Henkel baut um")
    moves = metric_facts(x, "Employees")
    assert ("Henkel", Decimal(500)) in moves
    assert ("Henkel", Decimal(-300)) in moves
    assert ("Henkel", Decimal(-500)) not in moves


def test_jobs_created_with_a_word_before_the_noun_are_no_cut(extractor: Extractor) -> None:
    """Look-alike: no cut verb after the noun."""
    x = run(extractor, "Henkel hat in Düsseldorf 400 zusätzliche Stellen geschaffen.",
            headline="Henkel stellt ein")
    assert ("Henkel", Decimal(-400)) not in metric_facts(x, "Employees")


# --- debt to be cut --------------------------------------------------------------------

def test_debt_to_be_cut_is_no_debt_raised(extractor: Extractor) -> None:
    x = run(extractor, "Kering has promised to cut debt of 9.5 billion euros by 2027.",
            lang="en", headline="Kering results")
    assert ("Kering", Decimal(9_500_000_000)) not in metric_facts(x, "DebtIssuance")
    assert ("Kering", Decimal(9_500_000_000)) in metric_facts(x, "Other")


def test_bonds_sold_to_cut_debt_stay_debt_raised(extractor: Extractor) -> None:
    """Look-alike: the amount is the bonds sold; cutting debt is their purpose, after it."""
    x = run(extractor, "Kering sold bonds worth 1.5 billion euros to cut debt.",
            lang="en", headline="Kering results")
    assert ("Kering", Decimal(1_500_000_000)) in metric_facts(x, "DebtIssuance")


# --- a rival noun after a sentence on a rival ------------------------------------------

def test_rival_after_a_rival_brought_in_by_its_noun(extractor: Extractor) -> None:
    x = run(extractor, "BASF senkt die Prognose. Der chinesische Rivale Wanhua Chemical baut "
            "seine Kapazitäten aus. Auch der Konkurrent Covestro hatte zuletzt Stellen gestrichen.",
            headline="BASF senkt Prognose")
    pairs = rival_pairs(x)
    assert frozenset({"BASF", "Covestro"}) in pairs
    assert frozenset({"Wanhua Chemical", "Covestro"}) not in pairs


def test_rival_after_a_sentence_on_another_company_stays_its(extractor: Extractor) -> None:
    """Look-alike: the sentence before opens with a company named for itself, not as a rival;
    the rival noun after it is that company's."""
    x = run(extractor, "Siemens Energy meldet Zahlen. Covestro baut seine Kapazitäten aus. "
            "Auch der Konkurrent Wanhua Chemical investiert in neue Anlagen.",
            headline="Siemens Energy meldet Zahlen")
    assert frozenset({"Covestro", "Wanhua Chemical"}) in rival_pairs(x)

