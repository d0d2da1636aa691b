"""Entity discovery and roles on families of construction that hold in any
article, on sentences written for these tests (invented companies and
people): a descriptive noun before a name with a legal form is no word of
the name, a name found with a noun before it takes the article's shorter
form, compound subsidiary and airline nouns before a name, Nordic and Dutch
legal forms, a name particle that is also a preposition, an adjective and
a title that are no person, a chair's title, the short name of a company
with a name ending in a compound; each with a look-alike where nothing
(or something else) may be found."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- a descriptive noun before a name with a legal form -------------------------

def test_descriptive_compound_before_a_legal_name_is_no_word_of_it(extractor: Extractor) -> None:
    x = run(extractor, "Der Konzern will den Lagertechnikspezialisten Brandauer Systems AG "
                       "übernehmen.")
    assert kinds(x).get("Brandauer Systems") == "Company"
    assert not any("Lagertechnik" in label for label in kinds(x))


def test_hyphen_compound_noun_before_a_legal_name_is_cut(extractor: Extractor) -> None:
    x = run(extractor, "Der Sensor-Hersteller Quellmann Technologies legte zu.")
    assert kinds(x).get("Quellmann Technologies") == "Company"
    assert "Sensor-Hersteller Quellmann Technologies" not in kinds(x)


def test_a_name_word_before_a_legal_form_stays(extractor: Extractor) -> None:
    """Look-alike: a capitalised first word that is no descriptive noun is the name's."""
    x = run(extractor, "Die Wendtland Quellmann Systems AG legte zu.")
    assert "Wendtland Quellmann Systems" in kinds(x)


def test_catalogued_company_before_a_name_ending_is_not_cut_away(extractor: Extractor) -> None:
    """Look-alike: a word the catalogue names ("Commerzbank") is not a descriptive noun
    to drop, leaving a bare name ending as a company."""
    x = run(extractor, "Die Commerzbank Asset Management GmbH legte zu.")
    assert "Asset Management" not in kinds(x)


def test_name_found_with_a_noun_before_takes_the_shorter_form(extractor: Extractor) -> None:
    x = run(extractor, "Der Bieter will die Brandauer Systems AG kaufen. Insgesamt bewertet die "
                       "Offerte Brandauer Systems mit 900 Millionen Euro.")
    assert "Offerte Brandauer Systems" not in kinds(x)
    assert kinds(x).get("Brandauer Systems") == "Company"


def test_without_a_shorter_form_the_name_is_kept(extractor: Extractor) -> None:
    """Look-alike: no shorter form elsewhere, nothing to shorten to."""
    x = run(extractor, "Die Nordwest Brandauer Systems AG legte zu.")
    assert "Nordwest Brandauer Systems" in kinds(x)


# --- compound nouns before an unknown name ---------------------------------------

def test_compound_subsidiary_noun_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Siemens legte Zahlen vor. Die Wartungstochter Velmora steigerte den "
                       "Gewinn.")
    assert kinds(x).get("Velmora") == "Company"


def test_airline_noun_with_adjective_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Lufthansa stockte ihren Anteil an der spanischen Fluggesellschaft "
                       "Iberola Airways auf.")
    assert kinds(x).get("Iberola Airways") == "Company"
    assert not any(label.startswith("Fluggesellschaft") for label in kinds(x))


def test_maker_after_am_names_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hält einen Anteil am Kunststoffhersteller Velmora.")
    assert kinds(x).get("Velmora") == "Company"


def test_lower_case_word_after_am_is_no_name(extractor: Extractor) -> None:
    """Look-alike: "am Hersteller" followed by a verb or lower-case word names nothing."""
    x = run(extractor, "Siemens hält am Hersteller fest, sagte der Chef.")
    assert set(kinds(x)) <= {"Siemens"}


# --- legal forms of other countries ----------------------------------------------

def test_swedish_and_dutch_legal_forms_name_companies(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia signed a power contract with Lumbra Kraft AB and a cooling deal "
                       "with Dorrel Koeling NV.", lang="en", headline="Markets")
    assert kinds(x).get("Lumbra Kraft") == "Company"
    assert kinds(x).get("Dorrel Koeling") == "Company"


def test_capital_letters_alone_are_no_legal_form(extractor: Extractor) -> None:
    """Look-alike: "AB" inside a sentence after a lower-case word names nothing."""
    x = run(extractor, "Nvidia said the AB test of its chips went well.", lang="en",
            headline="Markets")
    assert set(kinds(x)) <= {"Nvidia"}


# --- persons ---------------------------------------------------------------------

def test_von_after_a_given_name_is_part_of_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Siemens legte Zahlen vor. Aufsichtsratschef Konstantin von Erlach "
                       "lobte den Vorstand.")
    assert kinds(x).get("Konstantin von Erlach") == "Person"
    assert ("Konstantin von Erlach", "worksFor", "Siemens") in triples(x)


def test_von_after_a_full_name_names_the_employer(extractor: Extractor) -> None:
    """Look-alike: after a given name and a surname "von" joins the employer."""
    x = run(extractor, "Analyst Jonas Erlach von Jefferies hob das Kursziel für Siemens.")
    assert kinds(x).get("Jonas Erlach") == "Person"
    assert ("Jonas Erlach", "worksFor", "Jefferies") in triples(x)
    assert not any("von" in label for label in kinds(x))


def test_adjective_and_title_are_no_person(extractor: Extractor) -> None:
    x = run(extractor, "Siemens regelt die Nachfolge. Neuer Vorstandsvorsitzender wird "
                       "Finanzvorstand Marius Quell.")
    assert "Neuer Vorstandsvorsitzender" not in kinds(x)
    assert ("Marius Quell", "worksFor", "Siemens") in triples(x)


def test_board_chair_title_finds_the_person(extractor: Extractor) -> None:
    x = run(extractor, "Siemens legte Zahlen vor. Verwaltungsratspräsidentin Edda Quell sprach "
                       "von einem guten Jahr.")
    assert kinds(x).get("Edda Quell") == "Person"
    assert ("Edda Quell", "worksFor", "Siemens") in triples(x)


# --- short names in compounds ----------------------------------------------------

def test_short_name_of_a_catalogued_holding_in_a_share_compound(extractor: Extractor) -> None:
    """The catalogue keeps "Schindler Holding"; "Schindler-Papiere" names it."""
    x = run(extractor, "Die Schindler-Papiere gaben 2 Prozent nach.")
    assert kinds(x).get("Schindler Holding") == "Company"


def test_short_name_without_a_compound_word_names_nothing(extractor: Extractor) -> None:
    """Look-alike: a hyphen compound with another word is no share or post."""
    x = run(extractor, "Die Schindler-Ausstellung zeigt alte Aufzüge.")
    assert "Schindler Holding" not in kinds(x)


def test_short_name_of_a_discovered_company_names_its_chief(extractor: Extractor) -> None:
    x = run(extractor, "Siemens will die Brandauer Systems AG kaufen. Die Brandauer-Chefin "
                       "Edda Quell soll in den Vorstand aufrücken.")
    assert ("Edda Quell", "worksFor", "Brandauer Systems") in triples(x)


def test_surname_compound_without_a_discovered_company_is_no_employer(
        extractor: Extractor) -> None:
    """Look-alike: without "Brandauer Systems AG" in the article the compound names no one."""
    x = run(extractor, "Siemens legte Zahlen vor. Die Brandauer-Chefin Edda Quell lobte die "
                       "Zahlen.")
    assert "Brandauer Systems" not in kinds(x)
    assert ("Edda Quell", "worksFor", "Brandauer Systems") not in triples(x)


# --- a subsidiary bearing its parent's name --------------------------------------

def test_subsidiary_noun_before_parent_and_word_names_the_subsidiary(
        extractor: Extractor) -> None:
    x = run(extractor, "Lufthansa legte Zahlen vor. Vor allem die Wartungstochter Lufthansa "
                       "Quellwerk trug zum Ergebnis bei.")
    assert kinds(x).get("Lufthansa Quellwerk") == "Company"
    assert ("Lufthansa Quellwerk", "subsidiaryOf", "Lufthansa") in triples(x)


def test_subsidiary_noun_before_the_parent_alone_adds_nothing(extractor: Extractor) -> None:
    """Look-alike: one word after the noun is the catalogued company itself."""
    x = run(extractor, "Die Wartungstochter Lufthansa legte zu.")
    assert set(kinds(x)) == {"Lufthansa"}


def test_other_noun_before_parent_and_word_keeps_the_parent(extractor: Extractor) -> None:
    """Look-alike: after a noun that names no subsidiary the catalogued name stays."""
    x = run(extractor, "Der Konzern Lufthansa Quellwerk meldete Zahlen.")
    assert "Lufthansa Quellwerk" not in kinds(x)


def test_manager_title_before_a_name_finds_the_person(extractor: Extractor) -> None:
    x = run(extractor, "Siemens regelt die Nachfolge. Neue Finanzchefin wird die bisherige "
                       "Vertriebs-Managerin Edda Quell.")
    assert kinds(x).get("Edda Quell") == "Person"


def test_manager_before_a_title_word_of_a_magazine_is_no_person(extractor: Extractor) -> None:
    """Look-alike: "Manager Magazin" is a magazine's name, no title and person."""
    x = run(extractor, "Laut Manager Magazin will Siemens sparen.")
    assert not any(t == "Person" for t in kinds(x).values())


# --- names with an inner capital or diacritics ---------------------------------

def test_surname_with_a_short_prefix_before_an_inner_capital_is_whole(
        extractor: Extractor) -> None:
    x = run(extractor, "Der Index stieg. \"Die Lage bleibt gut\", sagte Norbank-Analystin "
                       "Petra McTavish.")
    assert kinds(x).get("Petra McTavish") == "Person"
    assert "Petra Mc" not in kinds(x)


def test_mac_and_apostrophe_surnames_after_an_english_title(extractor: Extractor) -> None:
    x = run(extractor, "Shares fell. Chief Executive Officer Duncan MacIver said demand was "
                       "weak, and Tamsin O'Rourke, chief strategist at Holloway Capital, agreed.",
            lang="en", headline="Market report")
    assert kinds(x).get("Duncan MacIver") == "Person"
    assert kinds(x).get("Tamsin O'Rourke") == "Person"
    assert not {"Duncan Mac", "Tamsin O"} & set(kinds(x))


def test_diacritics_of_latin_alphabets_stay_in_the_name(extractor: Extractor) -> None:
    x = run(extractor, "Finanzchefin Øydis Łączyńska bestätigte die Prognose.")
    assert kinds(x).get("Øydis Łączyńska") == "Person"


def test_brand_word_with_a_long_first_part_is_no_surname(extractor: Extractor) -> None:
    """Look-alike: an inner capital after more than two lower-case letters ("DeepSeek")
    marks a brand, not a prefixed surname: no person ends in it."""
    x = run(extractor, "Analyst Jonas Brettmann lobte Fortschritte bei DeepSeek.")
    assert kinds(x).get("Jonas Brettmann") == "Person"
    assert not any(label.endswith("DeepSeek") and kind == "Person"
                   for label, kind in kinds(x).items())


# --- an analyst's employer after the name ---------------------------------------

def test_company_after_an_analysts_speech_verb_is_what_is_spoken_of(
        extractor: Extractor) -> None:
    x = run(extractor, "Barclays upgraded Adidas to overweight. Analyst Priya Fenwick said "
                       "Adidas was winning share in running shoes.",
            lang="en", headline="Analyst actions")
    assert ("Priya Fenwick", "worksFor", "Barclays") in triples(x)
    assert ("Priya Fenwick", "worksFor", "Adidas") not in triples(x)


def test_company_after_an_analysts_target_is_what_is_valued(extractor: Extractor) -> None:
    x = run(extractor, 'Die Bank UBS bewertet Adidas mit "Buy" und Puma mit "Neutral". Für '
                       "Adidas nennt Analystin Petra Kühne ein Kursziel von 250 Euro, für Puma "
                       "eines von 20 Euro. Puma-Papiere gaben 0,5 Prozent nach.")
    assert ("Petra Kühne", "worksFor", "UBS") in triples(x)
    assert not {("Petra Kühne", "worksFor", "Puma SE"),
                ("Petra Kühne", "worksFor", "Adidas")} & triples(x)


def test_research_firm_joined_to_the_analyst_by_a_linker_employs_him(
        extractor: Extractor) -> None:
    """Look-alike: a company after the name that a linker joins to it ("bei",
    "at") is the analyst's employer, though it is no bank."""
    de = run(extractor, "Jonas Brettmann, Analyst bei Gartner, erwartet mehr Nachfrage nach "
                        "Servern.")
    assert ("Jonas Brettmann", "worksFor", "Gartner") in triples(de)
    en = run(extractor, "Demand for servers will rise, said Ivy Thornbury, an analyst at IDC.",
             lang="en", headline="Server demand")
    assert ("Ivy Thornbury", "worksFor", "IDC") in triples(en)


# --- market and equity titles -----------------------------------------------------

def test_market_and_equity_titles_after_an_institution_name_employ_the_person(
        extractor: Extractor) -> None:
    x = run(extractor, '"Die Anleger bleiben vorsichtig", sagte Helaba-Marktanalyst Tobias '
                       "Brendel. Commerzbank-Aktienstratege Lena Vogtländer sieht das ähnlich.")
    assert ("Tobias Brendel", "worksFor", "Helaba") in triples(x)
    assert ("Lena Vogtländer", "worksFor", "Commerzbank") in triples(x)


def test_a_market_word_alone_is_no_title(extractor: Extractor) -> None:
    """Look-alike: "Markt" before a name without a title's ending gives no role."""
    x = run(extractor, "Am Markt Tobias Brendel zufolge bleiben die Anleger vorsichtig.")
    assert not any(p == "worksFor" for _, p, _ in triples(x))


# --- a predecessor named after a succession verb --------------------------------

def test_predecessor_after_a_succession_verb_is_a_person(extractor: Extractor) -> None:
    de = run(extractor, "Zum Jahreswechsel wird Lena Vogtländer Vertriebsvorstand. Sie folgt "
                        "auf Martin Brettschneider, der in den Ruhestand geht.")
    assert kinds(de).get("Martin Brettschneider") == "Person"
    en = run(extractor, "Chief Executive Ivy Thornbury, who succeeded Robert Hallworth in "
                        "2024, said demand was strong.", lang="en", headline="Company news")
    assert kinds(en).get("Robert Hallworth") == "Person"


def test_company_replaced_as_supplier_is_no_person(extractor: Extractor) -> None:
    """Look-alike: two capitalised words after "replaced" that open with no given name
    (an unknown firm) are no predecessor."""
    x = run(extractor, "The carmaker replaced Quellmann Widgets as its seat supplier.",
            lang="en", headline="Supplier news")
    assert kinds(x).get("Quellmann Widgets") != "Person"


# --- a title after "currently" --------------------------------------------------

def test_title_after_currently_names_the_person_and_the_employer(extractor: Extractor) -> None:
    en = run(extractor, "Adidas named Ivy Thornbury, currently its chief operating officer, "
                        "as finance chief.", lang="en", headline="Company news")
    assert kinds(en).get("Ivy Thornbury") == "Person"
    assert ("Ivy Thornbury", "worksFor", "Adidas") in triples(en)


def test_currently_before_a_plain_noun_is_no_title(extractor: Extractor) -> None:
    """Look-alike: "currently" before words that are no title gives no role."""
    x = run(extractor, "Adidas said demand from Ivy Thornbury, currently its largest customer, "
                       "was rising.", lang="en", headline="Company news")
    assert ("Ivy Thornbury", "worksFor", "Adidas") not in triples(x)


# --- a title in a passage that names only the company's units ---------------------

_UNITS = ("Die Sparte Quellmann Essentials wuchs kräftig. Das Segment Brettmann Specialties "
          "schrumpfte dagegen. Die Preise sanken leicht. Die Mengen stiegen. Die Kosten blieben "
          "stabil. Die Marge verbesserte sich. Die Nachfrage aus Asien zog an. ")


def test_title_after_a_passage_of_units_works_for_the_articles_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Die Brenntag SE steigerte den Umsatz. " + _UNITS
            + "Finanzchefin Lena Vogtländer bestätigte die Prognose.",
            headline="Brenntag steigert Umsatz")
    assert ("Lena Vogtländer", "worksFor", "Brenntag") in triples(x)


def test_title_after_a_passage_about_another_company_stays_open(extractor: Extractor) -> None:
    """Look-alike: a passage that names another company beside the units does not
    speak of the article's company alone; no employer is guessed."""
    x = run(extractor, "Die Brenntag SE steigerte den Umsatz. " + _UNITS
            + "Der Rivale Univar legte ebenfalls zu. Finanzchefin Lena Vogtländer bestätigte "
              "die Prognose.",
            headline="Brenntag steigert Umsatz")
    assert ("Lena Vogtländer", "worksFor", "Brenntag") not in triples(x)


# --- a strategist's word about the central bank or an index -----------------------

_WRAP = ("Adidas jumped 6% after raising its forecast. Adidas said demand was strong. "
         "Adidas shares have gained 20% this year. ")


def test_strategists_word_about_the_central_bank_covers_no_company(extractor: Extractor) -> None:
    x = run(extractor, _WRAP + '"Investors trust the Fed for now," said Ivy Thornbury, chief '
                               "market strategist at Barclays.",
            lang="en", headline="Adidas jumps after raising forecast")
    assert ("Ivy Thornbury", "worksFor", "Barclays") in triples(x)
    assert ("Barclays", "covers", "Adidas") not in triples(x)


def test_analysts_word_without_a_named_topic_covers_the_articles_company(
        extractor: Extractor) -> None:
    """Look-alike: an analyst's comment that names neither a company nor an index
    or authority speaks of the article's company."""
    x = run(extractor, _WRAP + '"The upgrade was overdue," said Ivy Thornbury, an analyst at '
                               "Barclays.",
            lang="en", headline="Adidas jumps after raising forecast")
    assert ("Barclays", "covers", "Adidas") in triples(x)


# --- page furniture between the sentences of a report ------------------------------
# A link line, caption or teaser is no part of the report: its names and numbers yield
# no fact, and the company it names does not take over the next sentence's subject.

def _figures(x: Extraction) -> set[tuple[str, str, float]]:
    return {(f.about, f.metric, float(f.value)) for f in x.figures if f.value is not None}


def test_link_line_yields_no_fact_and_leaves_the_next_sentence_its_subject(
        extractor: Extractor) -> None:
    x = run(extractor, "Der Onlinehändler Zalando aus Berlin hat im dritten Quartal mehr "
                       "umgesetzt als erwartet.\n"
                       "Lesen Sie auch: Adidas-Aktie: Jefferies senkt das Kursziel auf 180 Euro\n"
                       "Insgesamt stieg der Umsatz um 11 Prozent auf 2,9 Milliarden Euro.\n"
                       "Die Aktie legte um 4 Prozent auf 23,10 Euro zu.",
            headline="Zalando wächst im Quartal kräftig")
    assert {("Zalando", "Revenue", 2.9e9), ("Zalando", "SharePrice", 23.1)} <= _figures(x)
    assert not any(f.about == "Adidas" for f in x.figures)
    assert ("Jefferies", "covers", "Adidas") not in triples(x)


def test_read_more_line_yields_no_fact_and_leaves_the_share_price_to_the_company(
        extractor: Extractor) -> None:
    x = run(extractor, "Zalando said on Tuesday its third-quarter revenue rose 11% to 2.9 billion "
                       "euros.\n"
                       "Read more: Nike Shares Slide as Jefferies Cuts Target to $60\n"
                       "The shares rose 4% to 23.10 euros in Frankfurt.",
            lang="en", headline="Zalando sales jump as shoppers return")
    assert ("Zalando", "SharePrice", 23.1) in _figures(x)
    assert not any(f.about == "Nike" for f in x.figures)
    assert ("Jefferies", "covers", "Nike") not in triples(x)


def test_teaser_without_question_and_caption_yield_no_fact(extractor: Extractor) -> None:
    x = run(extractor, "Item 1 of 2 Traders work on the floor of the New York Stock Exchange in "
                       "New York City, May 2, 2026. REUTERS/Ann Doe Purchase Licensing Rights\n"
                       "Zalando shares rose 12% on Tuesday after the company beat estimates.\n"
                       "Before you buy stock in Zalando, consider this:\n"
                       "Consider when Netflix made this list on December 17, 2004... if you "
                       "invested $1,000 at the time of our recommendation, you'd have $612,000!*\n"
                       "The company also raised its revenue forecast to 12 billion euros.",
            lang="en", headline="Why Zalando Stock Jumped Today")
    assert ("Zalando", "StockPriceChange", 12.0) in _figures(x)
    assert not any(f.about == "Netflix" for f in x.figures)
    assert not any(r.predicate == "listedOn" for r in x.relations)


# --- the house of an analyst named without one --------------------------------------

def _employers(x: Extraction, person: str) -> set[str]:
    return {r.object for r in x.relations if r.subject == person and r.predicate == "worksFor"}


def test_analyst_after_a_bank_rating_a_bank_works_for_the_house(extractor: Extractor) -> None:
    x = run(extractor, "Die Schweizer Bank UBS hat die Commerzbank von 'Neutral' auf 'Buy' "
                       "hochgestuft und das Kursziel auf 38 Euro angehoben. Analystin Mara "
                       "Lindqvist sieht nach dem Rücksetzer wieder Luft nach oben.",
            headline="UBS hebt Commerzbank auf 'Buy'")
    assert _employers(x, "Mara Lindqvist") == {"UBS"}


def test_analyst_after_two_houses_rating_works_for_the_one_named_last(
        extractor: Extractor) -> None:
    """Look-alike: no bank is rated, so the house named last stays the analyst's."""
    x = run(extractor, "UBS hat Adidas auf 'Buy' hochgestuft, die Deutsche Bank bleibt bei "
                       "'Hold'. Analyst Jonas Feld verweist auf die hohen Lagerbestände.",
            headline="Analysten uneins über Adidas")
    assert _employers(x, "Jonas Feld") == {"Deutsche Bank"}


NOTE = ("Augsburg – Die Analysten von Warburg Research haben ihre Studie zur Brandauer "
        "Holding AG nach den Neunmonatszahlen aktualisiert. Die Beteiligungsgesellschaft "
        "steigerte den Umsatz um 12 Prozent auf 1,3 Milliarden Euro.\n"
        "Rating: Kaufen\n"
        "Kursziel: 52,00 Euro\n"
        "Analyst Jonas Feld sieht in den geplanten Verkäufen den wichtigsten Kurstreiber.")


def test_analyst_of_a_research_note_works_for_its_one_house(extractor: Extractor) -> None:
    x = run(extractor, NOTE, headline="Brandauer: Warburg Research bestätigt Kaufen")
    assert _employers(x, "Jonas Feld") == {"Warburg Research"}


def test_analyst_after_two_houses_named_long_before_is_left_without_one(
        extractor: Extractor) -> None:
    """Look-alike: two houses were named before, neither in the last sentences."""
    x = run(extractor, NOTE.replace("Die Analysten von Warburg Research",
                                    "Die Analysten von Warburg Research und Berenberg"),
            headline="Brandauer: Warburg Research bestätigt Kaufen")
    assert _employers(x, "Jonas Feld") == set()


def test_analyst_long_after_the_bank_the_article_is_about_is_not_its_employee(
        extractor: Extractor) -> None:
    """Look-alike: the one institution named before is the article's topic."""
    x = run(extractor, "Die Commerzbank hat im dritten Quartal mehr verdient. Die Commerzbank "
                       "steigerte den Gewinn um 12 Prozent auf 800 Millionen Euro.\n"
                       "Der Zinsüberschuss stieg um 4 Prozent.\n"
                       "Die Provisionen legten um 6 Prozent zu.\n"
                       "Analyst Jonas Feld lobte die Kostendisziplin.",
            headline="Commerzbank verdient mehr")
    assert _employers(x, "Jonas Feld") == set()


def test_analyst_long_after_a_bank_named_as_customer_is_not_its_employee(
        extractor: Extractor) -> None:
    """Look-alike: the one institution named before rates nothing; it is a customer."""
    x = run(extractor, "Brandauer Cloud counts the carmaker Geely and China Merchants Bank among "
                       "its largest customers.\n"
                       "Its revenue rose 40% to 2 billion yuan.\n"
                       "The unit plans to hire 1,000 engineers.\n"
                       "Prices fell by half this year.\n"
                       "\"The price war is far from over,\" said Lin Hao, an analyst at "
                       "88Insight in Shanghai.",
            lang="en", headline="Brandauer Cloud cuts prices again")
    assert "China Merchants Bank" not in _employers(x, "Lin Hao")


# --- a company named in full, then by its short name ------------------------------

def _figures_about(x: Extraction, metric: str) -> set[str]:
    return {f.about for f in x.figures if f.metric == metric}


def test_short_name_of_a_discovered_company_is_that_company(extractor: Extractor) -> None:
    x = run(extractor, "Eindhoven-based chip equipment maker Brandauer Systems reported higher "
                       "orders on Tuesday, helped by its customer TSMC.\n"
                       "Brandauer expects fourth-quarter sales of between €1.4 billion and "
                       "€1.5 billion.\n"
                       "Brandauer's shares rose 5.2% in Amsterdam.",
            lang="en", headline="Brandauer orders jump as TSMC spends more")
    assert _figures_about(x, "Revenue") == {"Brandauer Systems"}
    assert _figures_about(x, "StockPriceChange") == {"Brandauer Systems"}


def test_short_name_shared_by_legal_forms_is_the_one_named_in_full(extractor: Extractor) -> None:
    """"Merck" is the short name of two catalogued companies that differ by their
    legal form alone; the one the article names in full is meant."""
    x = run(extractor, "Merck & Co. agreed on Monday to buy the biotech Quellmann Biosciences.\n"
                       "Merck's stock slipped 1.2% to $96.45 in New York.",
            lang="en", headline="Merck to buy Quellmann Biosciences")
    assert _figures_about(x, "StockPriceChange") == {"Merck & Co."}


def test_shared_short_name_without_a_full_name_names_nothing(extractor: Extractor) -> None:
    """Look-alike: no full name in the article, so "Merck" stays unresolved."""
    x = run(extractor, "Merck's stock slipped 1.2% to $96.45 on Monday.",
            lang="en", headline="Drugmakers slip")
    assert not {"Merck & Co.", "Merck KGaA"} & {e.label for e in x.entities}


def test_short_name_opening_other_catalogued_names_names_nothing(extractor: Extractor) -> None:
    """Look-alike: "Royal" also opens a catalogued name that is more than a legal form
    apart and that the article names too ("Royal Caribbean Group"), so alone it is
    neither's."""
    x = run(extractor, "Royal Systems Inc. reported higher orders on Tuesday; Royal Caribbean Group "
                       "reported later.\nRoyal shares rose 5.2% in New York.",
            lang="en", headline="Chip equipment orders rise")
    assert "Royal Systems" in {e.label for e in x.entities}
    assert _figures_about(x, "StockPriceChange") != {"Royal Systems"}


def test_short_name_of_two_named_companies_names_neither(extractor: Extractor) -> None:
    """Look-alike: two companies of the article share the short name."""
    x = run(extractor, "Brandauer Systems AG und Brandauer Capital GmbH legten Zahlen vor.\n"
                       "Die Aktie von Brandauer stieg um 5,2 Prozent.",
            headline="Zahlen aus Eindhoven")
    assert not _figures_about(x, "StockPriceChange") & {"Brandauer Systems", "Brandauer Capital"}


# --- people: a works council chair, a long title before its employer, a title's fields --

def test_works_council_chair_is_found_and_works_for_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Der Zulieferer Brandauer Systems AG streicht 900 Stellen. Der "
                       "Gesamtbetriebsratsvorsitzende Jonas Feld kündigte Widerstand an.",
            headline="Brandauer Systems streicht Stellen")
    assert ("Jonas Feld", "worksFor", "Brandauer Systems") in triples(x)


def test_a_title_with_its_fields_reaches_the_employer_after_them(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktionäre der Brandauer Systems AG stimmten zu. Jonas Feld, Leiter "
                       "Nachhaltigkeit und Unternehmensführung bei Deka Investment, forderte mehr "
                       "Tempo.",
            headline="Brandauer-Hauptversammlung")
    assert ("Jonas Feld", "worksFor", "DekaBank") in triples(x)
    assert ("Jonas Feld", "worksFor", "Brandauer Systems") not in triples(x)


def test_a_title_broken_by_a_clause_does_not_reach_a_later_name(extractor: Extractor) -> None:
    """Look-alike: a comma closes the title; the bank after it is another clause's."""
    x = run(extractor, "Die Aktionäre der Brandauer Systems AG stimmten zu. Jonas Feld, Leiter "
                       "Nachhaltigkeit, sprach mit Vertretern von Deka Investment.",
            headline="Brandauer-Hauptversammlung")
    assert ("Jonas Feld", "worksFor", "DekaBank") not in triples(x)


def test_two_capitalised_words_after_a_conjunction_beside_a_bank_are_no_person(
        extractor: Extractor) -> None:
    """The fields of a title ("… und Corporate Governance bei …") are no analyst's name."""
    x = run(extractor, "Jonas Feld, Leiter Nachhaltigkeit und Corporate Governance bei Deka "
                       "Investment, forderte mehr Tempo.",
            headline="Brandauer-Hauptversammlung")
    assert "Corporate Governance" not in kinds(x)


def test_two_capitalised_words_beside_a_bank_remain_a_name(extractor: Extractor) -> None:
    """Look-alike: no conjunction before them, an analyst's name beside the bank stays."""
    x = run(extractor, "Die Aktie stieg, nachdem Osric Quellmann bei Deka Investment die Papiere "
                       "empfohlen hatte.",
            headline="Brandauer-Aktie steigt")
    assert kinds(x).get("Osric Quellmann") == "Person"


# --- page furniture: datelines with a country, a date or several places ------------

def test_dateline_with_country_and_date_credits_the_agency(extractor: Extractor) -> None:
    x = run(extractor, "EINDHOVEN, Netherlands, Oct 21 (Reuters) - Brandauer Systems said orders "
                       "rose 38%.", lang="en", headline="Chip equipment orders rise")
    assert "Reuters" not in {e.label for e in x.entities}


def test_dateline_with_two_places_credits_the_agency(extractor: Extractor) -> None:
    x = run(extractor, "BERLIN/FRANKFURT (Reuters) - Die Brandauer Systems AG steigerte den "
                       "Umsatz um 5 Prozent.", headline="Brandauer wächst")
    assert "Reuters" not in {e.label for e in x.entities}


def test_agency_in_brackets_without_a_dateline_dash_is_kept(extractor: Extractor) -> None:
    """Look-alike: a name in brackets inside a sentence, no dash after it, is no credit."""
    x = run(extractor, "Brandauer Systems signed a supply deal with a unit of Thomson Reuters "
                       "(Reuters) on Tuesday, the company said.", lang="en",
            headline="Brandauer signs deal")
    assert {"Thomson Reuters", "Reuters"} & {e.label for e in x.entities}


# --- people: a plural's possessive, the apostrophe alone ----------------------------

def test_analyst_after_a_plural_possessive_works_for_the_house(extractor: Extractor) -> None:
    x = run(extractor, "Brandauer Systems also received a Buy from Rosenblatt Securities' Osric "
                       "Quellmann in a report issued yesterday.",
            lang="en", headline="Brandauer Systems gets another Buy")
    assert kinds(x).get("Osric Quellmann") == "Person"
    assert ("Osric Quellmann", "worksFor", "Rosenblatt Securities") in triples(x)


def test_a_closing_quote_after_a_word_is_no_possessive(extractor: Extractor) -> None:
    """Look-alike: a quotation ending in "s'" before a name is no house's analyst."""
    x = run(extractor, "Brandauer Systems called Rosenblatt Securities 'the best of the houses' "
                       "Osric Quellmann noted on Tuesday.",
            lang="en", headline="Brandauer Systems gets another Buy")
    assert ("Osric Quellmann", "worksFor", "Rosenblatt Securities") not in triples(x)


def test_short_name_of_a_legal_name_whose_label_drops_the_form(extractor: Extractor) -> None:
    """"Ledgerline Inc." is labelled "Ledgerline": the bare name again is the company."""
    x = run(extractor, "Coinbase agreed to acquire Brandauer Inc., a Chicago-based platform for "
                       "crypto options.\n"
                       "Brandauer co-founder and CEO Osric Quellmann will join Coinbase.",
            lang="en", headline="Coinbase to buy derivatives platform")
    assert ("Osric Quellmann", "worksFor", "Brandauer") in triples(x)


def test_short_name_describing_the_noun_after_it_is_no_subject(extractor: Extractor) -> None:
    """Look-alike: "the Brandauer deal" names the deal; the analyst's rating without a
    company is not Brandauer's."""
    x = run(extractor, "Coinbase agreed to acquire Brandauer Inc., a Chicago-based platform for "
                       "crypto options.\n"
                       "Needham analyst Osric Quellmann reiterated a buy rating, calling the "
                       "Brandauer deal a smart move.",
            lang="en", headline="Coinbase to buy derivatives platform")
    assert not any(r.about == "Brandauer" for r in x.ratings)
