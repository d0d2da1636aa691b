"""Entity, people, reference and item families that hold in any article, on
sentences written for these tests (invented people and small companies beside
catalogued ones): a roundup whose items each open with a company's name and a
colon reads each item as an article of its own, so a house's rating or target in
a sentence naming no company goes to its item's company, not to the one the whole
text names most; fewer than three such items make no roundup. A title before a
given name and a catalogued company's name is a person of that family
("Vorstandschef Alexander Sixt"), not the company. A company described after its
name and a comma as a subsidiary ("X, eine Tochter der Y") is found, also after a
city's adjective; a catalogued city's adjective before a company noun or a name
("der Hamburger Kupferkonzern") seats that company, not before another noun. A bank
whose stock a rating sentence speaks of is the rated one, and counts for what the
article is about; a name of two letters before a legal form is a short name where
only names are capitalised ("Nu" of "Nu Holdings"). Each with a look-alike where
nothing (or something else) may be found."""

from __future__ import annotations

from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


def rated(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.by, r.about, r.rating) for r in x.ratings}


# --- a roundup of items, each opened by a company's name and a colon ----------------

ROUNDUP = (
    "Drei Werte aus der zweiten Reihe stehen bei Analysten hoch im Kurs.\n"
    "Jenoptik: Der Optikkonzern hat den Umsatz gesteigert. Berenberg bestätigte die "
    "Einstufung „Buy“ mit einem Ziel von 40 Euro.\n"
    "Krones: Der Maschinenbauer wuchs kräftig. Die Baader Bank hob das Kursziel auf "
    "170 Euro an.\n"
    "Aurubis: Der Kupferkonzern verdient gut. Metzler stuft die Papiere mit „Halten“ ein."
)


def test_a_house_in_an_item_rates_the_item_s_company(extractor: Extractor) -> None:
    x = run(extractor, ROUNDUP, headline="Nebenwerte im Analysten-Check")
    assert ("Berenberg", "Jenoptik", "Buy") in rated(x)
    assert ("Metzler", "Aurubis", "Halten") in rated(x)
    assert ("Jenoptik", "PriceTarget") in {(a, m) for a, m, v, _ in figure_facts(x)
                                           if v is not None and int(v) == 40}
    assert ("Krones", "PriceTarget") in {(a, m) for a, m, v, _ in figure_facts(x)
                                         if v is not None and int(v) == 170}


def test_no_item_s_target_goes_to_another_item_s_company(extractor: Extractor) -> None:
    x = run(extractor, ROUNDUP, headline="Nebenwerte im Analysten-Check")
    wrong = {("Aurubis", 40), ("Aurubis", 170), ("Jenoptik", 170), ("Krones", 40)}
    assert not {(a, int(v)) for a, m, v, _ in figure_facts(x)
                if m == "PriceTarget" and v is not None} & wrong


def test_two_names_before_a_colon_make_no_roundup(extractor: Extractor) -> None:
    # two items: an article about Jenoptik quoting a rival's headline, no list of companies
    x = run(extractor, "Jenoptik: Der Optikkonzern hat den Umsatz gesteigert. Berenberg "
                       "bestätigte die Einstufung „Buy“ für Jenoptik. Jenoptik-Chef Jane Roe "
                       "ist zufrieden.\nKrones: Der Maschinenbauer wuchs. Jenoptik bleibt "
                       "vorn, Berenberg sieht ein Ziel von 40 Euro.",
            headline="Jenoptik hebt ab")
    assert ("Berenberg", "Jenoptik", "Buy") in rated(x)


# --- a person named like the company of the family ---------------------------------

def test_a_title_before_a_given_name_and_a_company_name_is_a_person(
        extractor: Extractor) -> None:
    x = run(extractor, "Sixt hat den Umsatz gesteigert. Vorstandschef Jonas Sixt setzt auf "
                       "das Geschäft in Spanien.", headline="Autovermieter wächst")
    assert kinds(x).get("Jonas Sixt") == "Person"
    assert ("Jonas Sixt", "worksFor", "Sixt") in triples(x)


def test_a_title_compound_before_the_company_name_alone_keeps_the_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz von Sixt stieg um 5 Prozent. Die Sixt-Aktie legte zu.",
            headline="Autovermieter wächst")
    assert kinds(x).get("Sixt") == "Company"
    assert not any(t == "Person" for t in kinds(x).values())


# --- a subsidiary described after its name, a city's adjective ----------------------

def test_a_name_described_as_a_subsidiary_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Wichtigster Rivale von Krones ist Velmar, eine Tochter der "
                       "Salzgitter AG.", headline="Maschinenbau")
    assert kinds(x).get("Velmar") == "Company"
    assert ("Velmar", "subsidiaryOf", "Salzgitter") in triples(x)
    assert ("Krones", "subsidiaryOf", "Salzgitter") not in triples(x)


def test_a_subsidiary_after_a_city_s_adjective_is_seated_there(extractor: Extractor) -> None:
    x = run(extractor, "Wichtigster Rivale von Krones ist die Hamburger Velmar, eine Tochter "
                       "der Salzgitter AG.", headline="Maschinenbau")
    assert ("Velmar", "locatedIn", "Hamburg") in triples(x)


def test_a_city_s_adjective_before_a_company_noun_seats_the_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Aurubis meldet Zahlen. Der Hamburger Kupferkonzern profitiert vom "
                       "hohen Kupferpreis.", headline="Aurubis verdient gut")
    assert ("Aurubis", "locatedIn", "Hamburg") in triples(x)


def test_a_city_s_adjective_before_another_noun_seats_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Aurubis meldet Zahlen. Die Hamburger Hafenkante war voll, der "
                       "Konzern profitiert vom Kupferpreis.", headline="Aurubis verdient gut")
    assert ("Aurubis", "locatedIn", "Hamburg") not in triples(x)
    assert "Hamburg" not in kinds(x)


# --- a bank whose stock the rating sentence speaks of, two-letter short names --------

def test_a_bank_whose_stock_a_house_upgrades_is_the_article_s_subject(
        extractor: Extractor) -> None:
    x = run(extractor, "Nu Holdings stock rose after Citigroup upgraded the digital bank to "
                       "buy. Nu reported net income of $700 million in the quarter.",
            lang="en", headline="Nu Holdings Stock Climbs After Upgrade")
    assert ("Nu Holdings", "Profit") in {(a, m) for a, m, _, _ in figure_facts(x)}


def test_two_letter_words_that_are_sentence_words_are_no_short_names(
        extractor: Extractor) -> None:
    # "In" opens a sentence: a function word, never the short name of a company
    x = run(extractor, "In Holdings posted revenue of $2 billion. In the quarter, "
                       "Citigroup earned $3 billion.", lang="en", headline="Banks report")
    assert all(e.label != "In" and "In" not in e.aliases for e in x.entities)


# --- a new version of a model family's tier -----------------------------------------

def test_a_new_version_of_a_catalogued_tier_is_a_model(extractor: Extractor) -> None:
    # the catalogue lists the tier with other versions ("Claude Sonnet 4.5"), not this one
    x = run(extractor, "Anthropic's newest model, Claude Sonnet 9, beats its rivals on coding.",
            lang="en", headline="AI race")
    assert kinds(x).get("Claude Sonnet 9") == "AIModel"
    assert ("Anthropic", "develops", "Claude Sonnet 9") in triples(x)


def test_a_word_after_a_family_that_is_no_catalogued_tier_makes_no_version(
        extractor: Extractor) -> None:
    x = run(extractor, "Anthropic said Claude Usage 9 times higher was reported.",
            lang="en", headline="AI race")
    assert "Claude Usage 9" not in kinds(x)


# --- a public authority introduced with its initials --------------------------------

def test_an_authority_with_its_initials_in_brackets_is_a_government_body(
        extractor: Extractor) -> None:
    x = run(extractor, "Auftraggeber ist das Bundesamt für Bau, Beschaffung und Betrieb der "
                       "Bundeswehr (BABBBw) in Koblenz.", headline="Rüstung")
    assert kinds(x).get("Bundesamt für Bau, Beschaffung und Betrieb der Bundeswehr") \
        == "GovernmentBody"


def test_a_bracket_that_is_no_short_form_makes_no_authority(extractor: Extractor) -> None:
    x = run(extractor, "Das Bundesamt für Statistik (2025) meldete Zahlen. Das Bundesamt "
                       "für Verkehr meldete (laut Behörde) mehr Zulassungen.", headline="Statistik")
    assert not any(k == "GovernmentBody" and label.startswith("Bundesamt")
                   for label, k in kinds(x).items())


# --- a unit named after "arm" ---------------------------------------------------------

def test_a_name_after_an_owner_s_arm_is_its_unit(extractor: Extractor) -> None:
    x = run(extractor, "Nu competes with MercadoLibre's payments arm Velo Pay in Mexico.",
            lang="en", headline="Fintech rivals")
    assert kinds(x).get("Velo Pay") == "BusinessUnit"
    assert ("Velo Pay", "subsidiaryOf", "MercadoLibre") in triples(x)


def test_a_body_s_arm_before_a_day_is_no_unit(extractor: Extractor) -> None:
    x = run(extractor, "The striker hurt his arm Monday Night in Madrid, MercadoLibre said.",
            lang="en", headline="Sports sponsors")
    assert not any(k == "BusinessUnit" for k in kinds(x).values())


# --- a rival opening a sentence takes no subject's weight ----------------------------

RIVALS = ("SK Hynix liefert Speicher an Nvidia und verdrängt Samsung bei den "
          "Aufträgen. Der größte Rivale Samsung hatte lange Probleme. Der Foundry-Rivale "
          "Samsung setzt auf die eigene Fertigung. Die Nachfrage nach Speicher bleibt hoch. "
          "Analysten sehen weiteres Potenzial. An der Börse in Seoul stieg die Aktie um "
          "2,6 Prozent.")


def test_a_rival_opening_its_sentences_leaves_the_article_its_subject(
        extractor: Extractor) -> None:
    x = run(extractor, RIVALS, headline="SK Hynix: HBM-Boom ohne Ende?")
    assert ("SK Hynix", "StockPriceChange") in {(a, m) for a, m, _, _ in figure_facts(x)}


def test_a_company_opening_its_sentences_without_a_rival_noun_competes_for_the_subject(
        extractor: Extractor) -> None:
    # Samsung opens two sentences as their subject: no clear subject, the move goes to none
    x = run(extractor, RIVALS.replace("Der größte Rivale Samsung", "Samsung")
            .replace("Der Foundry-Rivale Samsung", "Samsung"),
            headline="SK Hynix: HBM-Boom ohne Ende?")
    assert ("SK Hynix", "StockPriceChange") not in {(a, m) for a, m, _, _ in figure_facts(x)}
