"""Ratings in their running forms. A company the catalogue knows to have no traded shares is
rated only where the rating takes it as its object ("rates OpenAI a buy", "Kaufempfehlung für
Bosch"); named elsewhere in the rating's sentence it takes no rating, which then falls on the
company whose shares the passage is about. What a rating naming no company rated carries on to
the next such rating past a sentence of the paragraph that names it and no other company by name
("Das Gemeinschaftsunternehmen senke die Kosten für X, schrieb er"). A rating of two capitalised words
right after its verb ("reiterated Market Perform") is no unknown company's name; an unnamed rival
past a comma after the rating is not what it is on; "add" in quotes is a broker's rating unless
the verb goes on ("'add' to earnings"); German advice may close its clause with its verb ("nachdem
die Citi sie zum Kauf empfohlen hatte"). Each with look-alikes that keep their other reading."""

from __future__ import annotations

from helpers import rating_facts, run, run_in

from kg.nlp.extract import Extractor

# --- a company without traded shares takes a rating only as its object ----------------------


def test_unlisted_company_named_beside_a_rating_is_not_rated(extractor: Extractor) -> None:
    x = run(extractor, "Die Siemens-Aktie stieg um 2 Prozent auf 240 Euro. Analystin Eva Kranz von "
                       "Jefferies bestätigte ihr Votum \"Buy\" mit einem Kursziel von 280 Euro; die "
                       "Software mit Modellen von Mistral AI könne den Umsatz heben.",
            headline="Siemens stellt neue Software vor")
    assert rating_facts(x) == {("Jefferies", "Siemens", "Buy")}
    x = run_in(extractor, "Siemens shares rose 2% to 240 euros. Jefferies reiterated its \"buy\" "
               "rating, saying software built on OpenAI models could lift sales.", "en")
    assert rating_facts(x) == {("Jefferies", "Siemens", "buy")}


def test_unlisted_company_as_the_ratings_object_is_rated(extractor: Extractor) -> None:
    # look-alikes: the rating names the company as its object, before or bound after the term
    x = run(extractor, "Die Siemens-Aktie stieg um 2 Prozent auf 240 Euro. Jefferies bestätigte "
                       "das Votum \"Buy\" für Mistral AI.", headline="Siemens stellt neue Software vor")
    assert rating_facts(x) == {("Jefferies", "Mistral AI", "Buy")}
    x = run(extractor, "Die Analysten der UBS sprachen eine Kaufempfehlung für Bosch aus.",
            headline="Bosch baut Werk aus")
    assert rating_facts(x) == {("UBS", "Bosch", "Kaufempfehlung")}
    x = run_in(extractor, "Siemens shares rose 2% to 240 euros. Jefferies rates OpenAI a buy.", "en")
    assert rating_facts(x) == {("Jefferies", "OpenAI", "buy")}
    # a listed company named after the rating's clause is still rated as before
    x = run_in(extractor, "Siemens shares rose 2% to 240 euros. Jefferies reiterated its \"buy\" "
               "rating on Siemens, saying software built on OpenAI models could lift sales.", "en")
    assert rating_facts(x) == {("Jefferies", "Siemens", "buy")}


# --- a rating naming no company carries on past a sentence on the same company ---------------

_JOINT = ("Henkel und Beiersdorf gründen das Gemeinschaftsunternehmen Packwerk Solutions mit Sitz in "
          "Halle. Henkel hält 51 Prozent, Beiersdorf den Rest. Beiersdorf bringt die Technik ein, "
          "Beiersdorf-Chef Max Ruhr sprach von einem großen Schritt für Beiersdorf.\n\n"
          "Die Henkel-Aktie stieg um 2,1 Prozent auf 70 Euro. Auch der Online-Handel werde zulegen, "
          "hieß es. Analyst Max Ohm von Metzler bestätigte seine Kaufempfehlung. Das "
          "Gemeinschaftsunternehmen senke die Kosten für {named} deutlich, schrieb er. Die "
          "Schweizer Bank UBS stuft die Papiere mit \"Buy\" ein.")
_JOINT_HEADLINE = "Henkel und Beiersdorf gründen Gemeinschaftsunternehmen für Verpackungen"


def test_next_rating_rates_what_the_last_one_rated(extractor: Extractor) -> None:
    x = run(extractor, _JOINT.format(named="Henkel"), headline=_JOINT_HEADLINE)
    assert rating_facts(x) == {("Metzler", "Henkel", "Kaufempfehlung"), ("UBS", "Henkel", "Buy")}


def test_carried_rating_stops_at_another_company(extractor: Extractor) -> None:
    # look-alike: the sentence between names the other partner instead
    x = run(extractor, _JOINT.format(named="Beiersdorf"), headline=_JOINT_HEADLINE)
    assert ("UBS", "Henkel", "Buy") not in rating_facts(x)


# --- a rating of two capitalised words right after its verb is no unknown name ---------------


def test_capitalised_rating_after_its_verb_rates_the_passage_company(extractor: Extractor) -> None:
    x = run_in(extractor, "Allianz shares fell 3% on Tuesday. BMO Capital Markets reiterated Market "
               "Perform with a $260 target.", "en")
    assert rating_facts(x) == {("BMO Capital Markets", "Allianz", "Market Perform")}


def test_unknown_name_before_a_capitalised_rating_is_rated(extractor: Extractor) -> None:
    # look-alike: a name stands between the verb and the rating, so the passage's company is not rated
    x = run_in(extractor, "Allianz shares fell 3% on Tuesday. BMO Capital Markets upgraded Acme "
               "Robotics to Market Perform.", "en")
    assert ("BMO Capital Markets", "Allianz", "Market Perform") not in rating_facts(x)


# --- an unnamed rival past a comma after the rating opens a phrase of its own ---------------


def test_rival_past_a_comma_leaves_the_rating_to_the_passage_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Vonovia-Aktie stieg um 2 Prozent. Die Schweizer Großbank UBS bekräftigte "
                       "jüngst ihr \"Buy\" mit einem Ziel von 38 Euro, für den Konkurrenten nennt UBS "
                       "ein Ziel von 96 Euro.", headline="Vonovia-Aktie: Kommt jetzt die Wende?")
    assert rating_facts(x) == {("UBS", "Vonovia", "Buy")}


def test_rival_bound_to_the_rating_takes_it_from_the_passage_company(extractor: Extractor) -> None:
    # look-alikes: the rival is the rating's object, bound to it without a comma
    x = run(extractor, "Die Vonovia-Aktie stieg um 2 Prozent. Die UBS bekräftigte ihr \"Buy\" für "
                       "den Konkurrenten mit einem Ziel von 96 Euro.",
            headline="Vonovia-Aktie: Kommt jetzt die Wende?")
    assert rating_facts(x) == set()
    x = run_in(extractor, "Vonovia shares rose 2%. UBS kept its \"buy\" rating on its German rival, "
               "with a 96 euro target.", "en")
    assert rating_facts(x) == set()


# --- "add" in quotes: a broker's rating, not the verb before "to" ----------------------------


def test_quoted_add_after_a_verb_of_rating_is_a_rating(extractor: Extractor) -> None:
    x = run_in(extractor, "Severn Trent shares rose 3%. Peel Hunt analyst Martin Crowe, who rates the "
               "stock \"add\", said a counterbid was unlikely.", "en")
    assert rating_facts(x) == {("Peel Hunt", "Severn Trent", "add")}


def test_quoted_add_going_on_as_a_verb_is_no_rating(extractor: Extractor) -> None:
    # look-alike: the quoted word goes on as the verb ("add to")
    x = run_in(extractor, "Severn Trent shares rose 3%. Peel Hunt analyst Martin Crowe said the deal "
               "would \"add\" to earnings next year.", "en")
    assert rating_facts(x) == set()


# --- advice in words with the verb last, after the share or its pronoun ----------------------


def test_advice_with_the_verb_last_is_a_rating(extractor: Extractor) -> None:
    x = run_in(extractor, "Die Papiere von Infineon stiegen um 4 Prozent, nachdem die Experten der "
               "Citigroup sie zum Kauf empfohlen hatten.", "de")
    assert rating_facts(x) == {("Citigroup", "Infineon Technologies", "Kauf")}
    x = run_in(extractor, "Die Papiere von Infineon stiegen um 4 Prozent, weil die Citigroup die Aktie "
               "weiterhin zum Kauf empfiehlt.", "de")
    assert rating_facts(x) == {("Citigroup", "Infineon Technologies", "Kauf")}


def test_advice_with_the_verb_last_on_no_share_is_none(extractor: Extractor) -> None:
    # look-alikes: a bond is advised, or the advice's verb is another one
    x = run_in(extractor, "Die Papiere von Infineon stiegen um 4 Prozent, obwohl die Citigroup die "
               "Anleihe zum Kauf empfohlen hatte.", "de")
    assert rating_facts(x) == set()
    x = run_in(extractor, "Die Papiere von Infineon stiegen um 4 Prozent, nachdem die Experten der "
               "Citigroup sie zum Kauf des Papiers ermuntert hatten.", "de")
    assert rating_facts(x) == set()
