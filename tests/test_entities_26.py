"""Entity probes on sentences written for the test: people and places the rules missed.

* A surname spelt as a job title ("Anja Richter") names a person where the phrase gives
  the person a title of its own; a title with its adjective ("der Vorsitzende Richter")
  stays no name.
* A fund house named by a noun a person's job shares ("der Investmentmanager Muster") is
  found only as the short name of a catalogued company; the city adjective before that
  noun is the company's seat.
* A market report's move in brackets after a short name ("Muster (PS -1,9 Prozent)")
  names the catalogued company; a surname before a bracket that holds no move does not.
* A large city of the city list is named by its adjective before a company noun even
  where the catalogue lacks it; a small town's adjective is not.
* "X Prefecture-based": the region, not the listed city of the same name.
* A descriptive noun opens no person's name; a court with its city is a public body; a
  company's new name after its noun ("maker to be called X") is a company; "X, the annual
  meeting of …" is an event; "its … system, X," a product; a name ending in "Clinic" an
  organisation; trade nouns ("X, a maker of …", "der Logistiker X") name companies.
* People: a title before the appointing verb ("Nachfolgerin wird X"), the post put first
  ("Die Führung übernimmt X"), "X, who heads …", a name set off after its title ("Its new
  boss, X,"), an age set off by commas, a post left, a title after a two-word possessive;
  the rest of a longer title ("Chief Operating Officer") and an unknown title prefix's
  later organisation are no person and no employer.

Each family has look-alikes that must not fire. Names of people and of unknown companies
are invented.
"""

from __future__ import annotations

from helpers import labels, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _people(x: Extraction) -> set[str]:
    return _of_type(x, "Person")


def _places(x: Extraction) -> set[str]:
    return _of_type(x, "Place")


def _of_type(x: Extraction, kind: str) -> set[str]:
    return {e.label for e in x.entities if e.type == kind}


def _after_basf(extractor: Extractor, sentence: str) -> Extraction:
    """The extraction of a German article opening on BASF, followed by ``sentence``."""
    return run(extractor, "Der Chemiekonzern BASF stellt sich neu auf. " + sentence)


# --- a surname spelt as a title -------------------------------------------------------

def test_successor_with_a_title_as_surname_is_a_person(extractor: Extractor) -> None:
    x = _after_basf(extractor, "Finanzvorstand Tom Berger "
                               "geht zum Jahresende. Seine Nachfolge tritt Jana Richter an, bislang "
                               "Finanzchefin der Agrarsparte.")
    assert "Jana Richter" in _people(x)


def test_title_with_its_adjective_is_no_person(extractor: Extractor) -> None:
    """Look-alike: two title words ("Vorsitzende", "Richter") before the comma."""
    x = run(extractor, "Der Chemiekonzern BASF verlor vor Gericht. Das Urteil sei klar, sagte "
                       "der Vorsitzende Richter, Präsident des Landgerichts.")
    assert not any("Richter" in person for person in _people(x))


def test_a_title_alone_after_a_role_is_no_person(extractor: Extractor) -> None:
    """Look-alike: one word that is a title is never a name."""
    x = run(extractor, "Der Chemiekonzern BASF verlor vor Gericht. Das Urteil fällte "
                       "Landgerichtspräsident Richter, sagte ein Sprecher.")
    assert "Richter" not in _people(x)


# --- a fund house after a noun of a person's job ---------------------------------------

def test_investment_manager_names_the_catalogued_fund_house(extractor: Extractor) -> None:
    x = run(extractor, "Der Wohnungskonzern Vonovia verkauft Wohnungen an den Augsburger "
                       "Investmentmanager Patrizia, teilte das Unternehmen mit.")
    assert "Patrizia SE" in labels(x)
    assert "Augsburg" in _places(x)
    assert ("Patrizia SE", "locatedIn", "Augsburg") in triples(x)


def test_investment_manager_before_a_person_names_no_company(extractor: Extractor) -> None:
    """Look-alike: the same noun before a person's name, which no catalogue lists."""
    x = run(extractor, "Der Wohnungskonzern Vonovia legte Zahlen vor. Der Investmentmanager "
                       "Jonas Kellermann hält die Aktie für zu teuer.")
    assert not any("Kellermann" in label for label in labels(x) - _people(x))


# --- a move in brackets after a short name -------------------------------------------

def test_bracketed_move_after_a_short_name_names_the_company(extractor: Extractor) -> None:
    x = run(extractor, "Am Schweizer Aktienmarkt überwogen die Verluste. Auch Schindler "
                       "(PS -1,9 Prozent) gaben nach.")
    assert "Schindler Holding" in labels(x)


def test_bracket_without_a_move_names_no_company(extractor: Extractor) -> None:
    """Look-alike: the short name before a bracket that holds no percentage move."""
    x = run(extractor, "Am Schweizer Aktienmarkt überwogen die Verluste. Auch Schindler "
                       "(der Aufzugsbauer) gab nach, sagte Händler Marc Lenz.")
    assert "Schindler Holding" not in labels(x)


# --- a city's adjective --------------------------------------------------------------

def test_large_city_adjective_before_a_company_noun_is_the_seat(extractor: Extractor) -> None:
    x = run(extractor, "Deutlich abwärts ging es für Sulzer. Der Winterthurer Industriekonzern "
                       "senkte seine Prognose.")
    assert "Winterthur" in _places(x)
    assert ("Sulzer", "locatedIn", "Winterthur") in triples(x)


def test_large_city_adjective_before_another_noun_is_no_place(extractor: Extractor) -> None:
    """Look-alike: the adjective before a person's noun."""
    x = run(extractor, "Deutlich abwärts ging es für Sulzer. Der Winterthurer Chef senkte "
                       "seine Prognose.")
    assert "Winterthur" not in _places(x)


def test_small_town_adjective_is_no_place(extractor: Extractor) -> None:
    """Look-alike: a town of the list too small to be named by its adjective alone (below the
    50,000 inhabitants of the German lexicon's city adjectives)."""
    x = run(extractor, "Deutlich abwärts ging es für Sulzer. Der Sonthofener Industriekonzern "
                       "senkte seine Prognose.")
    assert "Sonthofen" not in _places(x)


# --- a prefecture -------------------------------------------------------------------

def test_prefecture_based_names_the_region(extractor: Extractor) -> None:
    x = run(extractor, "Fanuc cut its outlook on Tuesday. The Yamanashi Prefecture-based maker "
                       "of robots now expects lower revenue.", lang="en")
    assert "Yamanashi Prefecture" in _places(x)
    assert "Yamanashi" not in _places(x)


def test_city_based_without_a_region_word_stays_the_city(extractor: Extractor) -> None:
    """Look-alike: the same compound without the region's word."""
    x = run(extractor, "Fanuc cut its outlook on Tuesday. The Yamanashi-based maker of robots "
                       "now expects lower revenue.", lang="en")
    assert "Yamanashi" in _places(x)
    assert "Yamanashi Prefecture" not in _places(x)


# --- a descriptive noun opens no person's name ----------------------------------------

def test_company_noun_before_an_analysts_act_is_no_person(extractor: Extractor) -> None:
    x = run(extractor, "Stabilus: Für den Koblenzer Hersteller von Gasfedern und Dämpfern senkte "
                       "Hauck Aufhäuser Lampe das Kursziel von 48 auf 41 Euro.")
    assert not any("Hersteller" in person for person in _people(x))
    assert ("Hauck Aufhäuser Lampe", "covers", "Stabilus") in triples(x)


def test_person_before_an_analysts_act_stays_a_person(extractor: Extractor) -> None:
    """Look-alike: a name in the same place is a person's."""
    x = run(extractor, "Stabilus: Analystin Jana Kellner von Hauck Aufhäuser Lampe senkte das "
                       "Kursziel von 48 auf 41 Euro.")
    assert "Jana Kellner" in _people(x)


# --- a court and its city ------------------------------------------------------------

def test_court_with_its_city_is_a_public_body(extractor: Extractor) -> None:
    x = run(extractor, "Der Baustoffkonzern Heidelberg Materials darf nicht zukaufen. Der Konzern "
                       "kündigte an, beim Oberlandesgericht Düsseldorf Beschwerde einzulegen.")
    assert "Oberlandesgericht Düsseldorf" in _of_type(x, "GovernmentBody")
    assert "Düsseldorf" not in _places(x)


def test_court_in_the_genitive_keeps_the_city_as_printed(extractor: Extractor) -> None:
    x = run(extractor, "Der Autobauer BMW verlor vor Gericht. Das Urteil des Landgerichts München "
                       "wurde bestätigt.")
    assert "Landgericht München" in _of_type(x, "GovernmentBody")


def test_court_before_a_noun_names_no_court(extractor: Extractor) -> None:
    """Look-alike: a capitalised noun, no city, after the court's kind."""
    x = run(extractor, "Der Autobauer BMW verlor vor Gericht. Das Landgericht Klagen der Kunden "
                       "abgewiesen.")
    assert not _of_type(x, "GovernmentBody")


def test_unknown_prefix_of_a_title_takes_no_employer_named_after(extractor: Extractor) -> None:
    x = run(extractor, "Der Baustoffkonzern Heidelberg Materials darf nicht zukaufen. Quarzwerk-Chef "
                       "Tim Brandt kündigte an, beim Oberlandesgericht Düsseldorf Beschwerde einzulegen.")
    assert not any(s == "Tim Brandt" and p == "worksFor" for s, p, _ in triples(x))


def test_known_prefix_of_a_title_keeps_its_employer(extractor: Extractor) -> None:
    """Look-alike: the prefix is a catalogued company's name."""
    x = run(extractor, "Der Baustoffkonzern Heidelberg Materials darf nicht zukaufen. Verbund-Chef "
                       "Tim Brandt kündigte an, beim Oberlandesgericht Düsseldorf Beschwerde einzulegen.")
    assert ("Tim Brandt", "worksFor", "Verbund AG") in triples(x)


# --- a new name after a descriptive noun ---------------------------------------------

def test_merged_company_to_be_called_a_name_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Larkfield Foods and Brenton Brands agreed to combine. The combined snack "
                       "maker will be called Larkfield Brenton and will be based in Chicago.",
            lang="en")
    assert "Larkfield Brenton" in _of_type(x, "Company")


def test_called_after_a_plain_noun_names_no_company(extractor: Extractor) -> None:
    """Look-alike: a noun that says no company ("plan") before the words."""
    x = run(extractor, "Larkfield Foods said its savings plan, to be called Project Falcon, will "
                       "cut costs.", lang="en")
    assert "Project Falcon" not in labels(x)


def test_called_after_a_person_names_no_company(extractor: Extractor) -> None:
    """Look-alike: a person's noun before the words is no descriptive noun."""
    x = run(extractor, "Larkfield Foods said its new chairman, to be named Tom Brenton, starts in "
                       "May.", lang="en")
    assert "Tom Brenton" not in _of_type(x, "Company")


# --- an event described after its name -----------------------------------------------

def test_name_described_as_a_meeting_is_an_event(extractor: Extractor) -> None:
    x = run(extractor, "Novo Nordisk said the data were presented at HeartWeek, the annual meeting "
                       "of the cardiologists' society, in Boston.", lang="en")
    assert "HeartWeek" in _of_type(x, "Event")


def test_name_described_as_the_conference_host_is_no_event(extractor: Extractor) -> None:
    """Look-alike: a person described by a role at the conference."""
    x = run(extractor, "Novo Nordisk said Porter, the conference chair, praised the data.",
            lang="en")
    assert not _of_type(x, "Event")


# --- a title before the verb of an appointment ----------------------------------------

def test_title_before_the_appointing_verb_names_the_person(extractor: Extractor) -> None:
    x = _after_basf(extractor, "Zum neuen Finanzvorstand wurde "
                               "Kerstin Wallner berufen.")
    assert "Kerstin Wallner" in _people(x)
    assert ("Kerstin Wallner", "worksFor", "BASF") in triples(x)


def test_successor_before_the_verb_names_the_person(extractor: Extractor) -> None:
    x = _after_basf(extractor, "Nachfolgerin wird Kerstin "
                               "Wallner, die bisher das Asiengeschäft leitete.")
    assert "Kerstin Wallner" in _people(x)


def test_title_before_the_verb_and_a_date_names_no_person(extractor: Extractor) -> None:
    """Look-alike: the words after the verb are a date and a noun, no name."""
    x = _after_basf(extractor, "Der Chef wird Ende Mai gehen, "
                               "der Finanzvorstand wird Investoren Rede und Antwort stehen.")
    assert not _people(x)


def test_rest_of_a_longer_title_is_no_person(extractor: Extractor) -> None:
    x = run(extractor, "Acme Corp reported results. Sarah Klein, Chief Operating Officer of Acme "
                       "Corp, said demand was strong.", lang="en")
    assert _people(x) == {"Sarah Klein"}


def test_taking_the_chair_names_the_person(extractor: Extractor) -> None:
    x = _after_basf(extractor, "Kerstin Wallner übernimmt den "
                               "Vorstandsvorsitz.")
    assert "Kerstin Wallner" in _people(x)


# --- a product system and a hospital -------------------------------------------------

def test_system_set_off_after_its_makers_possessive_is_a_product(extractor: Extractor) -> None:
    x = run(extractor, "Arden Health said it would focus on its robotic surgery system, Corvix, "
                       "which hospitals already use.", lang="en")
    assert "Corvix" in _of_type(x, "Product")


def test_system_followed_by_a_clause_names_no_product(extractor: Extractor) -> None:
    """Look-alike: a clause, no name, set off after the noun."""
    x = run(extractor, "Arden Health said its payment system, which is new, works well.",
            lang="en")
    assert not _of_type(x, "Product")


def test_clinic_ending_a_name_is_an_organisation(extractor: Extractor) -> None:
    x = run(extractor, "Arden Health said hospitals including the Brookfield Clinic already use "
                       "its system.", lang="en")
    assert "Brookfield Clinic" in _of_type(x, "Organization")


def test_clinic_alone_names_nothing(extractor: Extractor) -> None:
    """Look-alike: the capitalised noun alone is no name."""
    x = run(extractor, "Arden Health said the Clinic already uses its system.", lang="en")
    assert not _of_type(x, "Organization")


# --- a person by a relative clause, a name set off after its title ----------------------

def test_who_heads_after_a_name_is_a_person(extractor: Extractor) -> None:
    x = run(extractor, "Acme Corp reported results. Sarah Klein, who heads the chip unit, said "
                       "demand was strong.", lang="en")
    assert "Sarah Klein" in _people(x)


def test_which_runs_after_a_name_is_no_person(extractor: Extractor) -> None:
    """Look-alike: the pronoun of an organisation."""
    x = run(extractor, "Acme Corp reported results. Kestrel Mobile, which runs towers, said "
                       "demand was strong.", lang="en")
    assert "Kestrel Mobile" not in _people(x)


def test_name_set_off_after_its_title_is_the_post_holder(extractor: Extractor) -> None:
    x = run(extractor, "Acme Corp reported results. Its new boss, Sarah Klein, said costs fell.",
            lang="en")
    assert ("Sarah Klein", "worksFor", "Acme") in triples(x)


def test_name_after_a_title_and_comma_without_a_closing_comma_is_none(extractor: Extractor) -> None:
    """Look-alike: the comma ends the title's phrase; no name is set off."""
    x = _after_basf(extractor, "Laut dem Chef, Tobias Brenner sei schuld, ist alles gut.")
    assert "Tobias Brenner" not in _people(x)


# --- the post put first --------------------------------------------------------------

def test_post_taken_put_first_names_the_person_and_employer(extractor: Extractor) -> None:
    x = _after_basf(extractor, "Die Führung übernimmt Tobias Brenner.")
    assert "Tobias Brenner" in _people(x)
    assert ("Tobias Brenner", "worksFor", "BASF") in triples(x)


def test_post_put_first_before_a_date_names_no_person(extractor: Extractor) -> None:
    """Look-alike: a date and a body after the verb, no name."""
    x = _after_basf(extractor, "Die Führung übernimmt Anfang Mai der Aufsichtsrat.")
    assert not _people(x)


def test_top_of_an_index_names_no_person(extractor: Extractor) -> None:
    """Look-alike: market reports put the best share 'an der Spitze'."""
    x = _after_basf(extractor, "An der Spitze steht Kestrel Mobile mit einem Plus von 4 Prozent.")
    assert "Kestrel Mobile" not in _people(x)


# --- an age set off by commas, a post left -------------------------------------------

def test_age_set_off_by_commas_names_the_appointed_person(extractor: Extractor) -> None:
    x = run(extractor, "Acme Corp reported results. Sarah Klein, 52, was named chief executive.",
            lang="en")
    assert "Sarah Klein" in _people(x)
    assert ("Sarah Klein", "worksFor", "Acme") in triples(x)


def test_numbers_in_a_list_after_a_name_are_no_age(extractor: Extractor) -> None:
    """Look-alike: counts after a capitalised name, the first set off by commas as a list."""
    x = run(extractor, "Acme Corp reported results. In Upper Falls, 25, 30 and 40 stores opened.",
            lang="en")
    assert not _people(x)


def test_person_stepping_down_is_named_but_holds_no_post(extractor: Extractor) -> None:
    x = run(extractor, "Acme Corp reported results. Sarah Klein stepped down as chief executive.",
            lang="en")
    assert "Sarah Klein" in _people(x)
    assert ("Sarah Klein", "worksFor", "Acme") not in triples(x)


def test_title_after_a_two_word_possessive_names_the_person(extractor: Extractor) -> None:
    x = run(extractor, "Acme Corp reported results. Sarah Klein, Acme Corp's founder, said demand "
                       "was strong.", lang="en")
    assert "Sarah Klein" in _people(x)
    assert ("Sarah Klein", "worksFor", "Acme") in triples(x)


def test_two_word_possessive_without_a_title_names_no_person(extractor: Extractor) -> None:
    """Look-alike: a product after the possessive, no title."""
    x = run(extractor, "Acme Corp reported results. Sales of Kestrel Bay, Acme Corp's flagship "
                       "phone, rose.", lang="en")
    assert "Kestrel Bay" not in _people(x)


# --- trade nouns --------------------------------------------------------------------

def test_name_described_as_a_maker_is_a_company(extractor: Extractor) -> None:
    x = run(extractor, "Sales rose at Kestrel Optics, a Munich-based maker of lenses.", lang="en")
    assert "Kestrel Optics" in _of_type(x, "Company")


def test_person_described_as_a_former_supplier_stays_a_person(extractor: Extractor) -> None:
    """Look-alike: a speaker's name before the same noun."""
    x = run(extractor, "Revenue was hit, said Jane Porter, a former supplier of the company.",
            lang="en")
    assert "Jane Porter" not in _of_type(x, "Company")


def test_german_service_and_logistics_nouns_name_companies(extractor: Extractor) -> None:
    x = run(extractor, "Der Zahlungsdienstleister Kestrel steigerte den Umsatz, der Logistiker "
                       "Falkenrath ebenfalls.")
    assert {"Kestrel", "Falkenrath"} <= _of_type(x, "Company")


def test_specialist_before_a_persons_name_is_no_company(extractor: Extractor) -> None:
    """Look-alike: the compound before a person's given and family name."""
    x = run(extractor, "Der Finanzspezialist Jonas Kellermann sagte, der Markt sei schwach.")
    assert "Jonas Kellermann" not in _of_type(x, "Company")
