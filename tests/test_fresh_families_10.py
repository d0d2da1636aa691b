"""Entity discovery, people, roles and units on families of construction that
hold in any article, on sentences written for these tests (invented
companies and people beside catalogued ones): a company named by what the
text says it is, "Acme AI, a Paris startup", also where the sentence opens
with it, then by its first word alone; a product named with a version number
before what it is ("Nova 3, a reasoning model"); a German common noun spelt
like a catalogued one-word name, after an indefinite article ("eine
strategische Allianz"); a unit in commas after its noun, named by its
company's name, at the sentence's end; a title's employer is none of the
names a preposition of company governs before it ("Im Wettbewerb mit X
setzt Vorstandschef Y …"), nor the subject of the clause after the name
("laut Konzernchef Y der Autobauer X"). Each with a look-alike where nothing
(or something else) may be found."""

from __future__ import annotations

from helpers import run, triples

from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- a company named by what the text says it is ------------------------------------

def test_company_opening_the_sentence_before_a_startup_apposition(extractor: Extractor) -> None:
    x = run(extractor, "Vantero AI, a three-year-old Lyon startup, has raised $900 million. "
                       "The round values Vantero at $6 billion, and Vantero plans to hire.",
            lang="en", headline="Lyon lab raises money")
    assert kinds(x).get("Vantero AI") == "Company"
    assert "Vantero" not in kinds(x)  # the short name is the same company


def test_short_name_of_a_described_company_carries_its_facts(extractor: Extractor) -> None:
    x = run(extractor, "Vantero AI, a Lyon startup, builds language models. "
                       "Chief Executive Jane Holloway said Vantero would double its staff.",
            lang="en", headline="Lyon lab")
    assert ("Jane Holloway", "worksFor", "Vantero AI") in triples(x)


def test_german_startup_apposition_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Kestrel Robotics, ein Start-up aus Dresden, sammelt 40 Millionen Euro ein. "
                       "Investoren bewerten Kestrel mit 300 Millionen Euro.",
            headline="Finanzierung")
    assert kinds(x).get("Kestrel Robotics") == "Company"


def test_adverb_opening_the_sentence_is_no_startup_name(extractor: Extractor) -> None:
    """Look-alike: a capitalised word at the start of a sentence that the article
    never prints inside a sentence is any word."""
    x = run(extractor, "Meanwhile, a Paris startup raised $40 million from investors. "
                       "The startup builds chatbots.",
            lang="en", headline="Funding news")
    assert "Meanwhile" not in kinds(x)


def test_place_after_a_preposition_opening_the_sentence_is_no_startup(extractor: Extractor) -> None:
    """Look-alike: "In X, a startup …" opens with a preposition, not a name."""
    x = run(extractor, "In Grenoble, a startup raised $40 million. Analysts in Grenoble were surprised.",
            lang="en", headline="Funding news")
    assert kinds(x).get("Grenoble") != "Company"


def test_versioned_product_before_what_it_is(extractor: Extractor) -> None:
    x = run(extractor, "The lab released Nova 3, a reasoning model, in March.",
            lang="en", headline="Model launch")
    assert kinds(x).get("Nova 3") == "AIModel"


def test_number_before_a_comma_without_a_name_is_no_product(extractor: Extractor) -> None:
    """Look-alike: a count before the apposition names nothing."""
    x = run(extractor, "The lab released 3, a reasoning model among them, in March.",
            lang="en", headline="Model launch")
    assert not any(kind == "AIModel" for kind in kinds(x).values())


# --- a common noun spelt like a catalogued name ----------------------------------------

def test_indefinite_article_makes_a_catalogued_name_a_common_noun(extractor: Extractor) -> None:
    x = run(extractor, "Der Softwarekonzern Verimax schmiedet eine strategische Allianz mit Microsoft.",
            headline="Verimax: Partnerschaft")
    assert "Allianz" not in kinds(x)
    assert kinds(x).get("Microsoft") == "Company"
    x = run(extractor, "Verimax wächst. Eine erweiterte Allianz mit Amazon soll helfen.",
            headline="Verimax: Partnerschaft")
    assert "Allianz" not in kinds(x)


def test_definite_article_and_compounds_keep_the_company(extractor: Extractor) -> None:
    """Look-alike: "die Allianz" and "einer Allianz-Tochter" name the insurer."""
    x = run(extractor, "Die Allianz steigerte den Gewinn. Bei einer Allianz-Tochter sank er.",
            headline="Versicherer")
    assert kinds(x).get("Allianz") == "Company"
    x = run(extractor, "Ein Sprecher bestätigte, dass einer Allianz-Tochter Kunden fehlen.",
            headline="Versicherer")
    assert kinds(x).get("Allianz") == "Company"


# --- a unit in commas after its noun at the sentence's end -------------------------------

def test_unit_named_by_its_company_at_the_end_of_the_sentence(extractor: Extractor) -> None:
    x = run(extractor, "The French lender wants to merge Banco BPM with its Italian unit, "
                       "Credit Agricole Italia.",
            lang="en", headline="Bank bid")
    assert kinds(x).get("Credit Agricole Italia") == "BusinessUnit"
    assert ("Credit Agricole Italia", "subsidiaryOf", "Crédit Agricole") in triples(x)
    assert ("Credit Agricole Italia", "subsidiaryOf", "Banco BPM") not in triples(x)


def test_speaker_after_a_unit_noun_at_the_sentence_end_is_no_unit(extractor: Extractor) -> None:
    """Look-alike: a name the sentence's end closes but a verb follows is the speaker."""
    x = run(extractor, "Telia said it would sell the unit, Jane Doe said.",
            lang="en", headline="Telia results")
    assert not any(kind == "BusinessUnit" for kind in kinds(x).values())


# --- whose title it is -----------------------------------------------------------------

def test_names_governed_by_mit_before_a_title_are_no_employer(extractor: Extractor) -> None:
    x = run(extractor, "Verimax hat Zahlen vorgelegt. Im Wettbewerb mit Oracle und Salesforce setzt "
                       "Vorstandschef Tom Berger auf einen KI-Assistenten.",
            headline="Verimax: Zahlen")
    assert ("Tom Berger", "worksFor", "Salesforce") not in triples(x)
    assert ("Tom Berger", "worksFor", "Oracle") not in triples(x)
    x = run(extractor, "SAP legte Zahlen vor. Gemeinsam mit Oracle will Finanzchef Tom Berger sparen.",
            headline="SAP: Zahlen")
    assert ("Tom Berger", "worksFor", "SAP") in triples(x)


def test_organisation_after_bei_before_a_title_stays_the_employer(extractor: Extractor) -> None:
    """Look-alike: "bei" names where the person works."""
    x = run(extractor, "Bei Oracle setzt Vorstandschef Tom Berger auf die Cloud.",
            headline="Cloud")
    assert ("Tom Berger", "worksFor", "Oracle") in triples(x)


def test_subject_after_a_cited_chief_is_no_employer(extractor: Extractor) -> None:
    x = run(extractor, "Baidu stellte ein Modell vor. Zu den ersten Nutzern zählt laut Konzernchef "
                       "Robin Li der Autobauer Geely.",
            headline="Baidu: Neues Modell")
    assert ("Robin Li", "worksFor", "Geely") not in triples(x)
    assert ("Robin Li", "worksFor", "Baidu") in triples(x)


def test_genitive_employer_after_a_name_stays(extractor: Extractor) -> None:
    """Look-alike: the genitive "der Großbank", "des Autobauers" names the employer."""
    x = run(extractor, "Das sagte Analyst Jan Muster der Großbank UBS am Montag.",
            headline="Markt")
    assert ("Jan Muster", "worksFor", "UBS") in triples(x)
    x = run(extractor, "Das sagte Vorstandschef Jan Muster des Autobauers BMW am Montag.",
            headline="Markt")
    assert ("Jan Muster", "worksFor", "BMW") in triples(x)


# --- an estimate told by the company's own executive ------------------------------------

def test_outlook_told_by_the_companys_chief_is_no_coverage(extractor: Extractor) -> None:
    x = run(extractor, "Vantero AI, a Lyon startup, builds language models, said Chief Executive "
                       "Jane Holloway. Lender BNP Paribas and retailer Carrefour are among its "
                       "first customers. The startup expects revenue to reach $250 million next "
                       "year, Holloway said.",
            lang="en", headline="Lyon lab")
    assert ("BNP Paribas", "covers", "Vantero AI") not in triples(x)


def test_forecast_told_by_the_houses_analyst_is_coverage(extractor: Extractor) -> None:
    """Look-alike: the house's own analyst speaks for the house."""
    x = run(extractor, "Analyst Tom Berger of Jefferies rates Verimax Inc. buy. Jefferies expects "
                       "Verimax to earn $2.10 a share next year, Berger said.",
            lang="en", headline="Verimax shares")
    assert ("Jefferies", "covers", "Verimax") in triples(x)


# --- rivals after the fronted "Im Wettbewerb mit" and after a colon ----------------------

def test_rivals_fronted_by_im_wettbewerb_mit(extractor: Extractor) -> None:
    x = run(extractor, "Nemetschek hat Zahlen vorgelegt. Im Wettbewerb mit Oracle und Salesforce "
                       "setzt der Konzern auf einen KI-Assistenten.",
            headline="Nemetschek: Zahlen")
    assert ("Nemetschek", "competitorOf", "Oracle") in triples(x)
    assert ("Nemetschek", "competitorOf", "Salesforce") in triples(x)


def test_rivals_listed_after_a_colon_of_competition(extractor: Extractor) -> None:
    x = run(extractor, "Baidu stellte ein Modell vor. Der Wettbewerb ist hart: Alibaba, Tencent und "
                       "ByteDance senken die Preise.",
            headline="Baidu: Modell")
    found = triples(x)
    assert ("Baidu", "competitorOf", "Tencent Holdings") in found
    assert ("Baidu", "competitorOf", "ByteDance") in found


def test_analyst_after_a_colon_of_competition_is_no_rival(extractor: Extractor) -> None:
    """Look-alike: after the colon no list of names but a sentence about an analyst."""
    x = run(extractor, "Baidu stellte ein Modell vor. Die Konkurrenz ist groß: Analyst Jan Muster "
                       "von der UBS rechnet mit Preiskämpfen.",
            headline="Baidu: Modell")
    assert not any(p == "competitorOf" for _, p, _ in triples(x))


# --- an index inclusion that may come ----------------------------------------------------

def test_possible_inclusion_far_from_the_modal_is_no_membership(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Börse könnte Hensoldt bei der nächsten Überprüfung im Dezember "
                       "in den Dax aufnehmen.",
            headline="Hensoldt: Aufstieg?")
    assert ("Hensoldt", "memberOf", "DAX") not in triples(x)


def test_modal_in_another_clause_leaves_the_membership(extractor: Extractor) -> None:
    """Look-alike: the modal of a clause closed by a comma hedges nothing after it."""
    x = run(extractor, "Der Analyst meint, der Kurs könnte steigen, Hensoldt gehört im MDax zu den "
                       "stärksten Werten.",
            headline="Hensoldt")
    assert ("Hensoldt", "memberOf", "MDAX") in triples(x)


# --- products named after what they are --------------------------------------------------

def test_products_after_their_nouns(extractor: Extractor) -> None:
    x = run(extractor, "Vorstandschef Tom Berger setzt auf den KI-Assistenten Lumo.",
            headline="Software")
    assert kinds(x).get("Lumo") == "AIModel"
    x = run(extractor, "Das Wachstum kam von Radaren für das Luftverteidigungssystem Skyguard NG "
                       "des Herstellers Diehl Defence.",
            headline="Rüstung")
    assert kinds(x).get("Skyguard NG") == "Product"
    x = run(extractor, "The lab will train the successor to its flagship model family, Aster.",
            lang="en", headline="Model lab")
    assert kinds(x).get("Aster") == "AIModel"


def test_assistant_of_a_person_is_no_product(extractor: Extractor) -> None:
    """Look-alike: a person's assistant, and a model family named by no name."""
    x = run(extractor, "Der Assistent Max Berger half dem Vorstand.", headline="Personal")
    assert not any(kind in ("Product", "AIModel") for kind in kinds(x).values())
    x = run(extractor, "The model family of the lab is large.", lang="en", headline="Model lab")
    assert not any(kind == "AIModel" for kind in kinds(x).values())


def test_names_of_a_list_governed_by_mit_use_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Nemetschek legte Zahlen vor. Im Wettbewerb mit Oracle und Salesforce setzt "
                       "Vorstandschef Tom Berger auf den KI-Assistenten Lumo.",
            headline="Nemetschek: Zahlen")
    assert ("Salesforce", "uses", "Lumo") not in triples(x)
    assert ("Oracle", "uses", "Lumo") not in triples(x)


def test_subject_of_its_own_clause_still_uses(extractor: Extractor) -> None:
    """Look-alike: the named subject of a clause of its own uses the product."""
    x = run(extractor, "Gemeinsam mit Oracle und Salesforce nutzt BMW künftig den KI-Assistenten "
                       "Lumo, BMW setzt Lumo ein.",
            headline="BMW")
    assert ("BMW", "uses", "Lumo") in triples(x)
    assert ("Oracle", "uses", "Lumo") not in triples(x)
    assert ("Salesforce", "uses", "Lumo") not in triples(x)


# --- page furniture ----------------------------------------------------------------------

def _blanked(lines: list[str]) -> list[str]:
    """The lines of a page the cleaning blanks."""
    text = "\n".join(lines)
    clean = make_article(text=text, source="test", article_id="t", lang="en").clean_text
    return [line for line, kept in zip(lines, clean.split("\n")) if line.strip() and not kept.strip()]


def test_headlines_under_a_link_line_alone_are_blanked() -> None:
    lines = ["Acme raises its outlook", "Acme Corp. raised its outlook on Monday.", "Read more:",
             "Rival Verimax cuts jobs in Ohio", "Lesen Sie auch:", "Verimax: Gewinn bricht ein",
             "The shares rose 3%."]
    assert _blanked(lines) == ["Read more:", "Rival Verimax cuts jobs in Ohio", "Lesen Sie auch:",
                               "Verimax: Gewinn bricht ein"]


def test_credits_timestamps_bylines_and_contacts_are_blanked() -> None:
    lines = ["Acme raises its outlook", "Image Credits: Acme", "3:00 PM PST · November 19, 2026",
             "Thu, November 5, 2026 at 7:05 AM GMT+1", "Redaktion | 04.12.2026, 08:05 Uhr",
             "21.10.2026 - 22:31 Uhr", "Acme | WKN: A0B1C2 | ISIN: DE000A0B1C23 | Börse: Xetra",
             "Acme Corp. raised its outlook on Monday.",
             "To contact the reporter on this story:", "Jane Doe in Milan at jdoe@example.com"]
    assert _blanked(lines) == lines[1:7] + lines[8:]


def test_report_lines_like_furniture_stay() -> None:
    """Look-alikes: sentences with a time and a date, a pipe and a date, an address, and a
    paragraph after a link line, are the report."""
    lines = ["Acme raises its outlook",
             "The company said it would add 3:00 PM shifts from November 19, 2026 on.",
             "Acme said sales | costs rose 4% on 04.12.2026, while margins held.",
             "Customers can reach the unit at help@example.com, Acme said.",
             "Read more:", "Acme Corp. said on Monday that sales rose 4% in the quarter."]
    assert _blanked(lines) == ["Read more:"]


# --- a unit reference of a holding -------------------------------------------------------

def test_unit_reference_of_a_holding_reaches_its_subsidiarys_unit(extractor: Extractor) -> None:
    x = run(extractor, "Alphabet legte Zahlen vor. Die Cloud-Sparte wuchs um 30 Prozent.",
            headline="Alphabet: Zahlen")
    assert kinds(x).get("Google Cloud") == "BusinessUnit"
    assert ("Google Cloud", "subsidiaryOf", "Alphabet") in triples(x)
    assert "Google" not in kinds(x)  # the subsidiary the text does not name is no mention


def test_unit_reference_no_subsidiary_has_names_nothing(extractor: Extractor) -> None:
    """Look-alike: a unit noun none of the holding's subsidiaries' units is named by."""
    x = run(extractor, "Alphabet legte Zahlen vor. Die Logistik-Sparte wuchs um 30 Prozent.",
            headline="Alphabet: Zahlen")
    # no catalogued unit; only the phrase itself names the unit its growth is of
    assert {label for label, kind in kinds(x).items() if kind == "BusinessUnit"} \
        <= {"Logistik-Sparte (Alphabet)"}


def test_index_a_company_may_soon_join_is_no_membership(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern meldet Rekordaufträge.",
            headline="Aktie im Fokus: Hensoldt – Rekordaufträge und bald im Dax?")
    assert ("Hensoldt", "memberOf", "DAX") not in triples(x)
    x = run(extractor, "Hensoldt ist seit Jahren im MDax notiert.", headline="Hensoldt bald im Dax?")
    assert ("Hensoldt", "memberOf", "MDAX") in triples(x)
