"""False facts of German structure, on families of construction that hold in any article, on
sentences written for these tests (catalogued companies, invented figures): a second verb set off
from a verb's list of objects by a lone comma ("X beliefert A und B, übernimmt C") or joined by
"und" is the first verb's subject's, never the last listed object's; the backers of a round are
the backers of the company a sentence before says raised it, not of the article's company; a
figure of a clause whose unnamed subject a relative clause describes by naming the passage's
company as another party ("Der Zulieferer, an dem X beteiligt ist, beschäftigt …") is not that
company's; a share price of a firm described only by its listing, at a venue in no country
where the catalogue lists the article's company, is not the article's company's; a field
fronted after "in der"/"im" that an apposition calls a business ("In der Bildgebung, dem
größten Geschäft, stieg der Umsatz …") is a unit, whose figures are not the group's; a founder
named by a bare title ("Gründer und Chef X") works at the one young firm the paragraph names,
and for no one where the article's company is named right beside it.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction

# --- a second verb after a verb's list of objects ----------------------------------------


def test_second_verb_after_comma_is_the_subjects(extractor: Extractor) -> None:
    x = run(extractor, "Bosch beliefert BMW und Audi, übernimmt Hella und baut ein Werk in Polen.")
    assert ("Bosch", "acquired", "Hella") in triples(x)
    assert ("Audi", "acquired", "Hella") not in triples(x)


def test_second_verb_after_single_object_and_comma_is_the_subjects(extractor: Extractor) -> None:
    x = run(extractor, "Bosch beliefert BMW, übernimmt Hella und baut ein Werk in Polen.")
    assert ("Bosch", "acquired", "Hella") in triples(x)
    assert ("BMW", "acquired", "Hella") not in triples(x)


def test_second_verb_after_list_and_und_is_the_subjects(extractor: Extractor) -> None:
    x = run(extractor, "Bosch beliefert BMW, Audi und Daimler Truck und investiert in Hella.")
    found = triples(x)
    assert ("Bosch", "investsIn", "Hella") in found
    assert not {("Audi", "investsIn", "Hella"), ("Daimler Truck", "investsIn", "Hella")} & found


def test_name_after_comma_and_conjunction_keeps_its_own_verb(extractor: Extractor) -> None:
    """Look-alike: "und" and a name before the second verb open a clause with its own subject."""
    x = run(extractor, "Bosch beliefert BMW, und Audi übernimmt Hella.")
    assert ("Audi", "acquired", "Hella") in triples(x)
    assert ("Bosch", "acquired", "Hella") not in triples(x)


# --- the backers of a round another company raised ---------------------------------------


def test_round_leader_backs_the_company_that_raised(extractor: Extractor) -> None:
    x = run(extractor, "Die Allianz verdient mehr. Der Berliner Zahlungsdienstleister N26, an dem die "
            "Allianz eine Minderheitsbeteiligung hält, sammelte in einer neuen Finanzierungsrunde 45 "
            "Millionen Euro ein. Angeführt wurde die Runde vom Wagniskapitalgeber Earlybird.",
            headline="Allianz mit Rekordgewinn")
    assert ("Earlybird Venture Capital", "investsIn", "N26") in triples(x)
    assert ("Earlybird Venture Capital", "investsIn", "Allianz") not in triples(x)


def test_round_leader_backs_the_article_company_that_raised(extractor: Extractor) -> None:
    """Look-alike: where the article's company raised the round, its leader backs that company."""
    x = run(extractor, "Die Allianz verdient mehr. Die Allianz sammelte in einer Finanzierungsrunde 45 "
            "Millionen Euro ein. Angeführt wurde die Runde vom Wagniskapitalgeber Earlybird.",
            headline="Allianz mit Rekordgewinn")
    assert ("Earlybird Venture Capital", "investsIn", "Allianz") in triples(x)


# --- an unnamed subject described by a clause naming the passage's company ----------------


def test_figure_of_subject_a_clause_names_the_company_a_party_to_is_not_its(extractor: Extractor) -> None:
    x = run(extractor, "BMW hat im Quartal mehr Autos verkauft. Für die Batterien seiner Autos setzt BMW "
            "auf einen Zulieferer aus Kassel. Der Zulieferer aus Kassel, an dem BMW seit 2024 mit 12 "
            "Prozent beteiligt ist, beschäftigt rund 3.400 Mitarbeiter.", headline="BMW steigert Absatz")
    assert ("BMW", Decimal("3400")) not in metric_facts(x, "Employees")


def test_figure_of_subject_a_clause_names_another_holder_of_stays_the_companys(extractor: Extractor) -> None:
    """Look-alike: a clause naming another holder leaves the subject the passage's company."""
    x = run(extractor, "BMW hat im Quartal mehr Autos verkauft. Der Autobauer aus München, an dem die "
            "Familie Quandt beteiligt ist, beschäftigt rund 150.000 Mitarbeiter.", headline="BMW steigert Absatz")
    assert ("BMW", Decimal("150000")) in metric_facts(x, "Employees")


def test_figure_of_named_subject_before_such_a_clause_stays_the_names(extractor: Extractor) -> None:
    """Look-alike: a subject that names its company keeps the figure."""
    x = run(extractor, "BMW hat im Quartal mehr Autos verkauft. Der Zulieferer Kellerwald Batterietechnik "
            "GmbH aus Kassel, an dem BMW seit 2024 mit 12 Prozent beteiligt ist, beschäftigt rund 3.400 "
            "Mitarbeiter.", headline="BMW steigert Absatz")
    assert ("Kellerwald Batterietechnik", Decimal("3400")) in metric_facts(x, "Employees")


# --- a share price of a firm described by its listing -----------------------------------


def test_price_of_firm_listed_where_the_company_is_not_is_not_its(extractor: Extractor) -> None:
    x = run(extractor, "Bayer sichert sich die Rechte an einem Krebsmittel. Die Aktie des in Hongkong "
            "notierten Unternehmens sprang auf 38,40 Hongkong-Dollar.", headline="Bayer kauft Lizenz")
    assert ("Bayer", Decimal("38.40")) not in metric_facts(x, "SharePrice")


def test_price_of_firm_listed_where_the_company_is_stays_its(extractor: Extractor) -> None:
    """Look-alike: a listing where the catalogue lists the company is that company's."""
    x = run(extractor, "Bayer sichert sich die Rechte an einem Krebsmittel. Die Aktie des in Frankfurt "
            "notierten Unternehmens stieg auf 38,40 Euro.", headline="Bayer kauft Lizenz")
    assert ("Bayer", Decimal("38.40")) in metric_facts(x, "SharePrice")


# --- a field fronted and called a business by an apposition ---------------------------------


def test_figure_of_field_an_apposition_calls_a_business_is_not_the_groups(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Healthineers hat mehr verdient. In der Bildgebung (Imaging), dem mit Abstand "
            "größten Geschäft, stieg der Umsatz im Schlussquartal um 9,1 Prozent auf 3,37 Milliarden Euro.",
            headline="Siemens Healthineers verdient mehr")
    assert ("Siemens Healthineers", Decimal("3370000000")) not in metric_facts(x, "Revenue")


def test_figure_of_period_fronted_stays_the_groups(extractor: Extractor) -> None:
    """Look-alike: a period fronted with no apposition leaves the figure the group's."""
    x = run(extractor, "Siemens Healthineers hat mehr verdient. Im Schlussquartal stieg der Umsatz um 9,1 "
            "Prozent auf 3,37 Milliarden Euro.", headline="Siemens Healthineers verdient mehr")
    assert ("Siemens Healthineers", Decimal("3370000000")) in metric_facts(x, "Revenue")


# --- a founder named by a bare title after a young firm ---------------------------------


def _employers_of(x: Extraction, person: str) -> set[str]:
    """The employers the extraction gives ``person``."""
    return {o for s, p, o in triples(x) if s == person and p == "worksFor"}


def test_founder_after_young_firm_works_there(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat den Umsatz gesteigert. Wie breit die Basis ist, zeigt das Beispiel "
            "Kellerwald Robotics. Das Start-up aus Kassel wurde mit 600 Millionen Euro bewertet. Gründer "
            "und Chef Jonas Brandt will bis 2027 an die Börse.", headline="Siemens wächst")
    assert _employers_of(x, "Jonas Brandt") == {"Kellerwald Robotics"}


def test_founder_after_young_firm_beside_the_article_company_works_for_neither(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat den Umsatz gesteigert. Wie breit die Basis ist, zeigt das Beispiel "
            "Kellerwald Robotics. Bei der jüngsten Finanzierungsrunde stieg Siemens selbst mit ein. "
            "Gründer und Chef Jonas Brandt will bis 2027 an die Börse.", headline="Siemens wächst")
    assert "Siemens" not in _employers_of(x, "Jonas Brandt")


def test_founder_with_no_young_firm_works_for_the_article_company(extractor: Extractor) -> None:
    """Look-alike: with no firm the catalogue lacks, the bare title is the article company's."""
    x = run(extractor, "SAP hat den Umsatz gesteigert. Gründer Hasso Plattner sprach von einem Erfolg.",
            headline="SAP wächst")
    assert _employers_of(x, "Hasso Plattner") == {"SAP"}


def test_chief_after_young_firm_is_read_as_before(extractor: Extractor) -> None:
    """Look-alike: a title that holds no founder's is not read at the young firm."""
    x = run(extractor, "Siemens hat den Umsatz gesteigert. Wie breit die Basis ist, zeigt das Beispiel "
            "Kellerwald Robotics. Das Start-up aus Kassel wurde mit 600 Millionen Euro bewertet. "
            "Vorstandschef Jonas Brandt will bis 2027 an die Börse.", headline="Siemens wächst")
    assert "Kellerwald Robotics" not in _employers_of(x, "Jonas Brandt")


def test_apposition_after_a_lone_comma_is_the_objects_not_a_second_verb(extractor: Extractor) -> None:
    """Look-alike of the lone comma before a second verb: an article after the comma opens an
    apposition of the object ("an A, eine Tochter von Z"), which names A's parent."""
    x = run(extractor, "Siemens liefert Turbinen an Muster Aero, eine Tochter von RTX.",
            headline="Triebwerke")
    assert ("Siemens", "subsidiaryOf", "RTX") not in triples(x)
    assert ("Muster Aero", "subsidiaryOf", "RTX") in triples(x)
