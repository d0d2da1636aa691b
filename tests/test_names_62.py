"""Names the extractor reads in these forms, each beside the look-alikes that keep their reading:

* a catalogued company's short name that is also a common word ("Puma" of "Puma SE") after a
  rival's noun without an article, "Konkurrent Puma" as "Rivale Puma" already was;
* the same short name after a noun of its trade that opens the sentence without an article
  ("Sportswear maker Puma said", "Sportartikelhersteller Puma meldete"): the company, as after
  "the sportswear maker"; not after a product's noun ("Modell Puma"), nor as a common word
  elsewhere, nor as the first word of a longer name;
* a city's name after another city of the same country and a comma ("Seattle, Washington"),
  or after a state's word ("im Bundesstaat New York", where the catalogue's place is the city
  New York City): the state, which is not the catalogued city, so no place is found there;
  in a list of places ("Boston, Washington and Chicago") or after a city of another country
  the city stays;
* a name no catalogue knows that ends in a word of a trade ("Kelvara Software", "Norvik
  Energy") or joins two names by "&" ("Harwick & Dunmore"), right before the words of a seat
  and a city ("aus Leipzig", ", headquartered in Oslo"): a firm's, seated there; in German,
  where nouns are capitalised and join by "&" as well, only a name the article prints in
  another sentence too; not a common noun before "aus", nor goods "from" a country;
* such a name after a noun of its trade opening the sentence without an article ("Smaller
  rival Brightloom Logistics Software slipped", "Utility Norvik Energy said"); not after a
  phrase that ends in no trade noun, nor inside the sentence;
* such a name right after the words of its shares, where a move or the clause's end follows
  ("Shares of Kelvara Software rose 11%", "die Aktien von Norvanta Logistik, einem …"); not
  a sector's words before a noun ("Shares of Asian Energy producers");
* a name joined by "&" before a comma and its description ("Harwick & Dunmore, a
  London-based lender"): the whole name, not its last word;
* nouns of a trade before a name ("der Kabinenausstatter X", "the offshore driller X"): the name a company's, as after any other trade noun; not a given
  name and surname after it.

Companies and places are real catalogue entries; the facts are invented.
"""

from __future__ import annotations

import pytest
from helpers import labels, run_in, triples

from kg.nlp.extract import Extractor


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Konkurrent Puma meldete am Dienstag ein Umsatzplus von 4 Prozent.", "de", "Puma SE"),
    ("Der Umsatz stieg, während Konkurrent Continental seine Prognose senkte.", "de", "Continental AG"),
    ("Rivale Puma meldete am Dienstag ein Umsatzplus von 4 Prozent.", "de", "Puma SE"),
])
def test_rival_noun_without_article_names_short_name(extractor: Extractor, text: str, lang: str,
                                                     company: str) -> None:
    assert company in labels(run_in(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Sportswear maker Puma said on Tuesday that sales rose 4%.", "en", "Puma SE"),
    ("Tire maker Continental cut its outlook on Monday.", "en", "Continental AG"),
    ("Sportartikelhersteller Puma meldete am Dienstag ein Umsatzplus von 4 Prozent.", "de", "Puma SE"),
    ("Autozulieferer Continental senkte am Montag die Prognose.", "de", "Continental AG"),
    # after a dateline's dash the sentence proper opens
    ("BERLIN (dpa) - Sportartikelhersteller Puma senkte am Montag die Prognose.", "de", "Puma SE"),
])
def test_trade_noun_opening_sentence_names_short_name(extractor: Extractor, text: str, lang: str,
                                                      company: str) -> None:
    assert company in labels(run_in(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Modell Puma verkaufte sich im Sommer gut.", "de"),
    ("Brand Puma sold well last summer, a retailer said.", "en"),
    ("Puma sprang im Zoo über den Zaun.", "de"),
    # a trade noun without an article inside the sentence opens no phrase
    ("Im Zoo zeigte Händler Puma und Luchs.", "de"),
    # the short name is the first word of a longer name
    ("Sportswear maker Puma Zorblat said sales rose 4%.", "en"),
])
def test_short_name_without_company_context_stays_word(extractor: Extractor, text: str,
                                                       lang: str) -> None:
    assert "Puma SE" not in labels(run_in(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("The chipmaker is based in Seattle, Washington, and employs 500 people.", "en"),
    ("The lender is based in Seattle, Washington.", "en"),
    ("Der Konzern mit Sitz in Seattle, Washington, steigerte den Umsatz.", "de"),
])
def test_city_after_city_and_comma_is_state(extractor: Extractor, text: str, lang: str) -> None:
    found = labels(run_in(extractor, text, lang))
    assert "Seattle" in found
    assert "Washington, D.C." not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Das Unternehmen hat seinen Sitz im Bundesstaat New York.", "de"),
    ("The company is based in the state of New York.", "en"),
])
def test_state_word_before_city_catalogued_as_city(extractor: Extractor, text: str, lang: str) -> None:
    assert "New York" not in labels(run_in(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang", "places"), [
    ("Talks were held in Boston, Washington and Chicago.", "en", {"Boston", "Washington, D.C.", "Chicago"}),
    ("It opened offices in Chicago, Washington, Boston and Denver.", "en",
     {"Chicago", "Washington, D.C.", "Boston", "Denver"}),
    ("Talks were held in Paris, Washington.", "en", {"Paris", "Washington, D.C."}),
    ("Die Gespräche fanden in Berlin, Washington und Peking statt.", "de",
     {"Berlin", "Washington, D.C.", "Beijing"}),
    ("Die Aktie wird in New York gehandelt.", "de", {"New York"}),
    # a state the catalogue keeps under its name stays after a state's word
    ("Die Firma sitzt im Bundesstaat Oregon.", "de", {"Oregon"}),
])
def test_city_in_list_or_alone_stays(extractor: Extractor, text: str, lang: str,
                                     places: set[str]) -> None:
    assert places <= labels(run_in(extractor, text, lang))


@pytest.mark.parametrize(("text", "lang", "firm", "city"), [
    ("Norvik Energy, headquartered in Oslo, said profit rose 5% in the third quarter.", "en",
     "Norvik Energy", "Oslo"),
    ("Analysts said Harwick & Dunmore, based in Dublin, would raise its dividend.", "en",
     "Harwick & Dunmore", "Dublin"),
    ("Kelvara Software aus Leipzig meldete ein Umsatzplus. Der Chef von Kelvara Software ist "
     "zufrieden.", "de", "Kelvara Software", "Leipzig"),
    ("Der Gewinn von Harwick & Dunmore mit Sitz in Dublin stieg. Harwick & Dunmore will "
     "wachsen.", "de", "Harwick & Dunmore", "Dublin"),
])
def test_trade_or_ampersand_name_before_seat_is_firm(extractor: Extractor, text: str, lang: str,
                                                     firm: str, city: str) -> None:
    x = run_in(extractor, text, lang)
    assert (firm, "Company") in {(e.label, e.type) for e in x.entities}
    assert (firm, "locatedIn", city) in triples(x)


@pytest.mark.parametrize(("text", "lang"), [
    # goods from a place: a capitalised adjective opens the sentence, "from" names no seat
    ("Cheap Software from China is flooding the market.", "en"),
    ("Günstige Software aus China drückt die Preise.", "de"),
    # German nouns joined by "&", named once
    ("Der Absatz von Äpfeln & Birnen aus Chile stieg.", "de"),
    # a name with a trade word the article prints once, in German
    ("Der Umsatz der Kelvara Software aus Leipzig stieg um 5 Prozent.", "de"),
    # no trade word and no "&": no firm by the seat alone
    ("Die Besucher Kelvara Brenntal aus Leipzig kamen am Montag.", "de"),
])
def test_seat_after_other_words_names_no_firm(extractor: Extractor, text: str, lang: str) -> None:
    assert not {e.label for e in run_in(extractor, text, lang).entities
                if e.type in ("Company", "FinancialInstitution")}


@pytest.mark.parametrize(("text", "lang", "firm"), [
    ("Shares of Kelvara Software rose 11.2% after the company raised its forecast.", "en",
     "Kelvara Software"),
    ("Die Aktien von Norvanta Logistik, einem Lagerlogistiker, stiegen um 8 Prozent.", "de",
     "Norvanta Logistik"),
    ("Im SDax legten die Aktien von Falkenried Medizintechnik um 14 Prozent zu.", "de",
     "Falkenried Medizintechnik"),
])
def test_trade_name_after_share_words_is_company(extractor: Extractor, text: str, lang: str,
                                                 firm: str) -> None:
    assert (firm, "Company") in {(e.label, e.type) for e in run_in(extractor, text, lang).entities}


@pytest.mark.parametrize("text", [
    "Shares of Asian Energy producers fell 3% on Monday.",
    "Shares of Big Software makers fell 2% on Monday.",
])
def test_sector_words_after_share_words_name_no_firm(extractor: Extractor, text: str) -> None:
    assert not run_in(extractor, text, "en").entities


@pytest.mark.parametrize("text", [
    "Smaller rival Harwick & Dunmore, a London-based lender, rose 4.2% on Monday.",
    "The index rose, and Harwick & Dunmore, a lender to small firms, gained 3%.",
])
def test_ampersand_name_before_description_is_whole(extractor: Extractor, text: str) -> None:
    found = labels(run_in(extractor, text, "en"))
    assert "Harwick & Dunmore" in found
    assert "Dunmore" not in found


@pytest.mark.parametrize(("text", "lang", "firm"), [
    ("Der Kabinenausstatter Aerolux Interiors liefert Gepäckfächer für Airbus.", "de", "Aerolux Interiors"),
    ("Norwegian offshore driller Skarvik Drilling said it had won a contract from Shell.", "en",
     "Skarvik Drilling"),
])
def test_trade_noun_names_company(extractor: Extractor, text: str, lang: str, firm: str) -> None:
    assert (firm, "Company") in {(e.label, e.type) for e in run_in(extractor, text, lang).entities}


def test_trade_noun_before_person_names_no_company(extractor: Extractor) -> None:
    x = run_in(extractor, "The offshore driller John Smith said it had won a contract.", "en")
    assert not {e.label for e in x.entities if e.type == "Company"}


@pytest.mark.parametrize(("text", "lang", "firm"), [
    ('Smaller rival Brightloom Logistics Software slipped 2.3% after Jefferies cut it to "underperform".',
     "en", "Brightloom Logistics Software"),
    ("Utility Norvik Energy said on Monday that profit rose 5%.", "en", "Norvik Energy"),
    ("Softwarehersteller Kelvara Software meldete am Montag ein Umsatzplus.", "de", "Kelvara Software"),
])
def test_trade_noun_opening_sentence_names_trade_name(extractor: Extractor, text: str, lang: str,
                                                      firm: str) -> None:
    assert (firm, "Company") in {(e.label, e.type) for e in run_in(extractor, text, lang).entities}


@pytest.mark.parametrize(("text", "lang"), [
    ("Energy stocks Global Energy rose on Monday.", "en"),
    ("Im Zoo zeigte Händler Kelvara Software Luchse.", "de"),
])
def test_no_trade_noun_opening_names_no_trade_name(extractor: Extractor, text: str, lang: str) -> None:
    assert not run_in(extractor, text, lang).entities

