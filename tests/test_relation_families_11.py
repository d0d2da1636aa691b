"""Relation families of the eleventh round, on sentences written for the test:
rivals named before a verb-final or fronted "konkurriert", after a rival noun
that names no one, or in compound rival nouns; the largest shareholder named
after its stake; seats of a company noun or compound with no name; customers
and users of a maker's chips; and precision guards (priced deals, cited
sources, lists cut by a second verb, pairs called someone's rivals).

Companies are real catalogue entries; the facts are invented. Each positive
case has a look-alike beside it that must yield nothing.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _rivals(x: Extraction, company: str) -> set[str]:
    """The company's rivals, from either end of the symmetric relation."""
    return {o if s == company else s for s, p, o in triples(x)
            if p == "competitorOf" and company in (s, o)}


# --- competitorOf: "mit X und Y konkurriert" ------------------------------------------


def test_rivals_before_a_verb_final_konkurriert(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Im Netzgeschäft, in dem Siemens "
                       "Energy vor allem mit ABB und Hitachi konkurriert, wuchs der Umsatz kräftig.")
    assert _rivals(x, "Siemens Energy") == {"ABB", "Hitachi"}


def test_partner_before_a_second_verb_is_no_rival(extractor: Extractor) -> None:
    # look-alike: "mit ABB" belongs to "arbeitet … zusammen"; only the name after
    # "konkurriert mit" is a rival
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Siemens Energy arbeitet mit ABB "
                       "zusammen und konkurriert mit Hitachi.")
    assert _rivals(x, "Siemens Energy") == {"Hitachi"}


def test_rivals_fronted_before_konkurriert_and_its_subject(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Mit ABB und Hitachi konkurriert "
                       "Siemens Energy dort um Großaufträge.")
    assert _rivals(x, "Siemens Energy") == {"ABB", "Hitachi"}
    assert ("ABB", "competitorOf", "Hitachi") not in triples(x)
    assert ("Hitachi", "competitorOf", "ABB") not in triples(x)


def test_fronted_mit_of_another_verb_names_no_rival(extractor: Extractor) -> None:
    # look-alike: "Mit ABB" goes with "liefert", no verb of competing follows
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Mit ABB liefert Siemens Energy "
                       "Transformatoren nach Skandinavien.")
    assert not _rivals(x, "Siemens Energy")


# --- investsIn: "Größter Aktionär ist mit 24,9 Prozent X" -------------------------------


def test_largest_shareholder_named_after_its_stake(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Größter Aktionär ist mit "
                       "knapp 17 Prozent der Konzern Siemens.")
    assert ("Siemens", "investsIn", "Siemens Energy") in triples(x)


def test_stake_then_a_source_names_no_shareholder(extractor: Extractor) -> None:
    # look-alike: after the stake a source is cited; the holder is not named right after it
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Größter Aktionär ist mit "
                       "knapp 17 Prozent laut Siemens der Bund.")
    assert not any(p == "investsIn" for _, p, _ in triples(x))


# --- locatedIn: "Der Radarspezialist aus Taufkirchen …" ---------------------------------


def test_seat_of_a_specialist_noun_opening_the_sentence(extractor: Extractor) -> None:
    x = run(extractor, "Hensoldt hat einen Großauftrag erhalten. Der Radarspezialist aus "
                       "Taufkirchen meldete zudem einen Rekord beim Auftragseingang.",
            headline="Hensoldt mit Rekordauftrag")
    assert ("Hensoldt", "locatedIn", "Taufkirchen") in triples(x)
    # a town the catalogue seats it outside of is a site, no seat
    x = run(extractor, "Hensoldt hat einen Großauftrag erhalten. Der Radarspezialist aus "
                       "Ulm meldete zudem einen Rekord beim Auftragseingang.",
            headline="Hensoldt mit Rekordauftrag")
    assert ("Hensoldt", "locatedIn", "Ulm") not in triples(x)


def test_seat_the_catalogue_puts_elsewhere_is_not_taken(extractor: Extractor) -> None:
    # look-alike: the catalogue seats the company in another city, so the noun is another's
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Der Turbinenspezialist aus "
                       "Bielefeld meldete zudem einen Rekord beim Auftragseingang.",
            headline="Siemens Energy mit Rekordauftrag")
    assert not any(p == "locatedIn" and o == "Bielefeld" for _, p, o in triples(x))


@pytest.mark.parametrize(("place", "seat"), [("München", "Munich"), ("Deutschland", "Germany")])
def test_seat_of_a_company_noun_the_catalogue_allows(extractor: Extractor, place: str, seat: str) -> None:
    # the catalogue's city seat, or the country it lies in, is taken from a company noun
    x = run(extractor, f"Siemens Energy hat Zahlen vorgelegt. Der Turbinenspezialist aus {place} "
                       "meldete zudem einen Rekord beim Auftragseingang.",
            headline="Siemens Energy mit Rekordauftrag")
    assert ("Siemens Energy", "locatedIn", seat) in triples(x)


def test_a_thing_from_a_place_is_no_seat(extractor: Extractor) -> None:
    # look-alike: the noun before "aus" is no company
    x = run(extractor, "Hensoldt hat einen Großauftrag erhalten. Der Rückenwind aus "
                       "Ulm hält an.", headline="Hensoldt mit Rekordauftrag")
    assert not any(p == "locatedIn" and o == "Ulm" for _, p, o in triples(x))


# --- precision: a priced deal, a cited source, analysts named by their city -------------


def test_priced_deal_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "Nebius Group shares rose. Nebius Group signed a $14 billion cloud "
                       "deal with Meta on Tuesday.", lang="en", headline="Nebius shares rise")
    assert not any(p == "partnerOf" for _, p, _ in triples(x))
    x = run(extractor, "Siemens hat Zahlen vorgelegt. Siemens schloss einen Milliarden-Deal mit "
                       "der Deutschen Bahn.", headline="Siemens legt zu")
    assert not any(p == "partnerOf" for _, p, _ in triples(x))


def test_deal_with_its_price_after_the_partner_is_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "Nebius Group shares rose. Nebius Group signed a deal with Meta worth about "
                       "$14 billion.", lang="en", headline="Nebius shares rise")
    assert not any(p == "partnerOf" for _, p, _ in triples(x))
    x = run(extractor, "Siemens hat Zahlen vorgelegt. Siemens schloss einen Vertrag mit der "
                       "Deutschen Bahn über 2 Milliarden Euro.", headline="Siemens legt zu")
    assert not any(p == "partnerOf" for _, p, _ in triples(x))


def test_deal_about_a_matter_after_the_partner_stays_a_partnership(extractor: Extractor) -> None:
    # look-alike: "über" names the matter, no amount
    x = run(extractor, "Siemens hat Zahlen vorgelegt. Siemens schloss einen Vertrag mit der "
                       "Deutschen Bahn über die Wartung.", headline="Siemens legt zu")
    assert ("Siemens", "partnerOf", "Deutsche Bahn") in triples(x)


def test_deal_without_a_price_stays_a_partnership(extractor: Extractor) -> None:
    # look-alikes: no amount before the deal, or a partnership noun with one
    x = run(extractor, "Nebius Group shares rose. Nebius Group signed a cloud deal with Meta "
                       "on Tuesday.", lang="en", headline="Nebius shares rise")
    assert ("Nebius Group", "partnerOf", "Meta Platforms") in triples(x)
    x = run(extractor, "Nebius Group shares rose. Nebius Group struck a $2 billion partnership "
                       "with Meta.", lang="en", headline="Nebius shares rise")
    assert ("Nebius Group", "partnerOf", "Meta Platforms") in triples(x)


def test_cited_source_after_a_trigger_is_no_object(extractor: Extractor) -> None:
    x = run(extractor, "Nike shares rose 3%. Of the 30 analysts covering Nike, 18 rate the "
                       "stock buy, according to LSEG data.", lang="en", headline="Nike shares rise")
    assert not any(p == "acquired" for _, p, _ in triples(x))


def test_buy_of_a_named_company_is_still_a_takeover(extractor: Extractor) -> None:
    # look-alike: the name after the verb is not cited
    x = run(extractor, "Nike shares rose 3%. Nike will buy Adidas, the companies said.",
            lang="en", headline="Nike shares rise")
    assert ("Nike", "acquired", "Adidas") in triples(x)


def test_city_noun_of_analysts_is_no_seat_of_the_company(extractor: Extractor) -> None:
    # the catalogue seats Talanx in Hanover: "die Stuttgarter" are another house's analysts
    x = run(extractor, "Talanx hat Zahlen vorgelegt. Das Kursziel für Talanx belassen die "
                       "Stuttgarter bei 48 Euro.", headline="Talanx legt zu")
    assert not any(p == "locatedIn" and o == "Stuttgart" for _, p, o in triples(x))


def test_city_noun_of_the_company_where_the_catalogue_seats_it(extractor: Extractor) -> None:
    # look-alike: the company sits in the city the noun names
    x = run(extractor, "Daimler Truck hat Zahlen vorgelegt. Das Management der Stuttgarter "
                       "bestätigte die Prognose.", headline="Daimler Truck legt zu")
    assert ("Daimler Truck", "locatedIn", "Stuttgart") in triples(x)


# --- lists: "with X at home and with Y abroad" -------------------------------------------


def test_rival_list_goes_on_after_a_few_words_and_the_preposition_again(
        extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy reported strong orders. Siemens Energy competes with ABB "
                       "and Schneider Electric at home and with Hitachi abroad.",
            lang="en", headline="Siemens Energy orders rise")
    assert _rivals(x, "Siemens Energy") == {"ABB", "Schneider Electric", "Hitachi"}


def test_list_after_a_few_words_and_another_verb_is_no_rival(extractor: Extractor) -> None:
    # look-alike: "and works with" joins another verb, whose object is a partner
    x = run(extractor, "Siemens Energy reported strong orders. Siemens Energy competes with ABB "
                       "at home and works with Hitachi abroad.",
            lang="en", headline="Siemens Energy orders rise")
    assert _rivals(x, "Siemens Energy") == {"ABB"}


# --- locatedIn: "The Boise-based company" when no company clearly wins -----------------


def test_seat_compound_goes_to_the_topic_opening_the_last_naming_sentence(
        extractor: Extractor) -> None:
    # neither company clearly wins the article; the one last named opening a sentence is meant
    text = ("Shares of Micron Technology and SK Hynix jumped on Wednesday. SK Hynix said it would "
            "build a new plant. Micron agreed to supply memory to Nvidia. Terms were not "
            "disclosed. The Boise, Idaho-based company also raised its spending plan.")
    x = run(extractor, text, lang="en", headline="Micron rallies as SK Hynix fires back")
    assert ("Micron Technology", "locatedIn", "Boise") in triples(x)


SEAT_AFTER_ANOTHER = ("Shares of Micron Technology and SK Hynix jumped on Wednesday. Micron agreed "
                      "to supply memory to Nvidia, the company said. SK Hynix said it would build a "
                      "new plant. The {seat}-based company also raised its spending plan.")


def test_seat_compound_after_another_company_opens_the_sentence_before(
        extractor: Extractor) -> None:
    # the last sentence naming a company opens with another one, which the catalogue seats in
    # Korea: of the companies just named, only Micron (placed in the United States) can be
    # the Idaho-based one
    text = SEAT_AFTER_ANOTHER.format(seat="Boise, Idaho")
    x = run(extractor, text, lang="en", headline="Micron rallies as SK Hynix fires back")
    assert ("Micron Technology", "locatedIn", "Boise") in triples(x)
    assert not any(s == "SK Hynix" and p == "locatedIn" for s, p, _ in triples(x))


def test_seat_compound_no_company_named_can_have(extractor: Extractor) -> None:
    # look-alike: neither company just named can sit in Taiwan: the phrase names no one
    text = SEAT_AFTER_ANOTHER.format(seat="Hsinchu, Taiwan")
    x = run(extractor, text, lang="en", headline="Micron rallies as SK Hynix fires back")
    assert not [t for t in triples(x) if t[1] == "locatedIn"]


# --- competitorOf: a rival noun that names no one, filled by the clauses after it ------


def test_rivals_named_in_the_sentence_after_a_rival_noun(extractor: Extractor) -> None:
    text = ("Toyota Motor raised its profit forecast on Tuesday. Rivals have struggled more. "
            "Honda Motor cut its forecast last week, and Nissan Motor swung to a loss.")
    x = run(extractor, text, lang="en", headline="Toyota raises forecast")
    assert _rivals(x, "Toyota Motor") == {"Honda Motor", "Nissan Motor"}


def test_names_after_a_rival_noun_that_open_no_clause_are_no_rivals(extractor: Extractor) -> None:
    # look-alikes: a name after a preposition, and a bank (no carmaker's rival)
    text = ("Toyota Motor raised its profit forecast on Tuesday. Rivals have struggled more. "
            "Analysts at Goldman Sachs expect a weak year for Honda Motor.")
    x = run(extractor, text, lang="en", headline="Toyota raises forecast")
    assert not _rivals(x, "Toyota Motor")


def test_rivals_after_a_rival_noun_and_a_colon(extractor: Extractor) -> None:
    text = ("Tencent hat den Umsatz kräftig gesteigert. Auch die Konkurrenz legt in Kürze Zahlen "
            "vor: Der Suchmaschinenkonzern Baidu berichtet am Dienstag, der Onlinehändler JD.com "
            "eine Woche später.")
    x = run(extractor, text, headline="Tencent steigert Umsatz")
    assert _rivals(x, "Tencent Holdings") == {"Baidu", "JD.com"}


def test_rival_noun_denied_or_named_fills_nothing_after_it(extractor: Extractor) -> None:
    # look-alikes: a negated rival clause, and one that names its rival itself
    text = ("Tencent hat den Umsatz kräftig gesteigert. Die Konkurrenz legt noch keine Zahlen "
            "vor: Der Suchmaschinenkonzern Baidu berichtet erst im März.")
    x = run(extractor, text, headline="Tencent steigert Umsatz")
    assert not _rivals(x, "Tencent Holdings")
    text = ("Toyota Motor raised its profit forecast on Tuesday. Its rival Honda Motor has "
            "struggled more. Nissan Motor swung to a loss.")
    x = run(extractor, text, lang="en", headline="Toyota raises forecast")
    assert _rivals(x, "Toyota Motor") == {"Honda Motor"}


def test_rivals_after_a_rival_noun_of_a_company_in_the_genitive(extractor: Extractor) -> None:
    # the rivals are those of the name before the noun, not of the article's company
    text = ("Alibaba hat ein neues Modell vorgestellt. Auch DeepSeeks heimische Rivalen bekommen "
            "den Druck zu spüren. Moonshot AI senkte die Preise, Zhipu AI setzt auf Rabatte.")
    x = run(extractor, text, headline="Alibaba stellt Modell vor")
    assert _rivals(x, "DeepSeek") == {"Moonshot AI", "Zhipu AI"}
    assert not _rivals(x, "Alibaba Group") & {"Moonshot AI", "Zhipu AI"}


def test_genitive_name_before_another_noun_leads_no_rivals(extractor: Extractor) -> None:
    # look-alike: the noun after the genitive name is no rival noun
    text = ("Alibaba hat ein neues Modell vorgestellt. Auch DeepSeeks heimische Kunden bekommen "
            "den Druck zu spüren. Moonshot AI senkte die Preise, Zhipu AI setzt auf Rabatte.")
    x = run(extractor, text, headline="Alibaba stellt Modell vor")
    assert not _rivals(x, "DeepSeek")


# --- supplierOf: a company called a customer of no one named ---------------------------


def test_customer_of_no_one_named_is_the_article_company_s(extractor: Extractor) -> None:
    x = run(extractor, "ASML shares rose 4% on Wednesday. Intel was the first customer to install "
                       "the new machine.", lang="en", headline="ASML shares rise")
    assert ("ASML", "supplierOf", "Intel") in triples(x)
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. RWE ist der größte Kunde.",
            headline="Siemens Energy legt zu")
    assert ("Siemens Energy", "supplierOf", "RWE") in triples(x)


def test_customer_of_a_named_supplier_or_denied_is_not_the_article_company_s(
        extractor: Extractor) -> None:
    # look-alikes: the supplier is named after "of", or the sentence denies it
    x = run(extractor, "ASML shares rose 4% on Wednesday. Intel was the first customer of Zeiss "
                       "to install the new machine.", lang="en", headline="ASML shares rise")
    assert ("ASML", "supplierOf", "Intel") not in triples(x)
    x = run(extractor, "ASML shares rose 4% on Wednesday. Intel is not a customer yet.",
            lang="en", headline="ASML shares rise")
    assert ("ASML", "supplierOf", "Intel") not in triples(x)
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. RWE ist der größte Kunde der Sparte.",
            headline="Siemens Energy legt zu")
    assert ("Siemens Energy", "supplierOf", "RWE") not in triples(x)


# --- lists: a conjunction, a verb and its preposition open another clause --------------


def test_list_ends_before_a_second_verb_with_its_preposition(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy reported orders. Siemens Energy works with ABB and competes "
                       "with Hitachi.", lang="en", headline="Siemens Energy orders rise")
    assert ("Siemens Energy", "partnerOf", "Hitachi") not in triples(x)
    assert _rivals(x, "Siemens Energy") == {"Hitachi"}
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Siemens Energy konkurriert mit ABB "
                       "und arbeitet mit Hitachi zusammen.", headline="Siemens Energy legt zu")
    assert _rivals(x, "Siemens Energy") == {"ABB"}


def test_list_goes_on_after_the_preposition_alone_or_a_noun(extractor: Extractor) -> None:
    # look-alikes: "and with B", "and rival B" keep the list going
    x = run(extractor, "Siemens Energy reported orders. Siemens Energy competes with ABB and with "
                       "Hitachi.", lang="en", headline="Siemens Energy orders rise")
    assert _rivals(x, "Siemens Energy") == {"ABB", "Hitachi"}


# --- competitorOf: verbs and pairs that name no rival -----------------------------------


def test_beating_estimates_names_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy reported orders. Siemens Energy beat estimates, Reuters "
                       "reported.", lang="en", headline="Siemens Energy orders rise")
    assert not _rivals(x, "Siemens Energy")


def test_beating_a_named_company_is_a_rivalry(extractor: Extractor) -> None:
    # look-alike: a name right after the verb
    x = run(extractor, "Siemens Energy reported orders. Siemens Energy beat Vestas in new orders.",
            lang="en", headline="Siemens Energy orders rise")
    assert _rivals(x, "Siemens Energy") == {"Vestas"}


def test_pair_called_someone_s_rivals_are_no_rivals_of_each_other(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy reported orders. Siemens Energy said Vestas and Nordex are "
                       "its main competitors in Europe.", lang="en", headline="Siemens Energy orders rise")
    assert ("Vestas", "competitorOf", "Nordex") not in triples(x)
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Vestas und Nordex sind seine größten "
                       "Konkurrenten.", headline="Siemens Energy legt zu")
    assert ("Vestas", "competitorOf", "Nordex") not in triples(x)


def test_pair_called_rivals_are_rivals_of_each_other(extractor: Extractor) -> None:
    # look-alike: no possessive before the rival noun
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Vestas und Nordex sind erbitterte "
                       "Rivalen.", headline="Siemens Energy legt zu")
    assert ("Vestas", "competitorOf", "Nordex") in triples(x)


# --- competitorOf: compound rival nouns -------------------------------------------------


def test_compound_rival_nouns_name_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Siemens Energy hat Zahlen vorgelegt. Hauptkonkurrent ist GE Vernova.",
            headline="Siemens Energy legt zu")
    assert _rivals(x, "Siemens Energy") == {"GE Vernova"}
    x = run(extractor, "Airbus hat Zahlen vorgelegt. Der Erzrivale Boeing kämpft weiter mit "
                       "Problemen.", headline="Airbus legt zu")
    assert _rivals(x, "Airbus") == {"Boeing"}
    x = run(extractor, "Airbus reported record deliveries. Archrival Boeing is still struggling.",
            lang="en", headline="Airbus deliveries rise")
    assert _rivals(x, "Airbus") == {"Boeing"}


def test_rival_word_inside_another_compound_names_no_rival(extractor: Extractor) -> None:
    # look-alike: "Konkurrenzkampf" is a fight, no rival noun before the name
    x = run(extractor, "Airbus hat Zahlen vorgelegt. Der Konkurrenzkampf belastet Boeing kaum.",
            headline="Airbus legt zu")
    assert not _rivals(x, "Airbus")


# --- supplierOf: a user of a maker's chips ----------------------------------------------


def test_user_of_a_maker_s_chips_is_its_customer(extractor: Extractor) -> None:
    x = run(extractor, "AMD shares rose 4%. OpenAI, which agreed last year to deploy AMD chips, "
                       "remains the largest customer.", lang="en", headline="AMD shares rise")
    assert ("Advanced Micro Devices", "supplierOf", "OpenAI") in triples(x)
    x = run(extractor, "AMD hat Zahlen vorgelegt. Meta setzt Tausende AMD-Chips ein.",
            headline="AMD legt zu")
    assert ("Advanced Micro Devices", "supplierOf", "Meta Platforms") in triples(x)


def test_buyer_of_a_maker_s_shares_is_no_customer(extractor: Extractor) -> None:
    # look-alikes: shares, not chips, after the maker's name
    x = run(extractor, "AMD shares rose 4%. OpenAI bought AMD shares last year.",
            lang="en", headline="AMD shares rise")
    assert ("Advanced Micro Devices", "supplierOf", "OpenAI") not in triples(x)
    x = run(extractor, "AMD hat Zahlen vorgelegt. Meta kauft AMD-Aktien.", headline="AMD legt zu")
    assert ("Advanced Micro Devices", "supplierOf", "Meta Platforms") not in triples(x)


def test_largest_customer_is_the_article_company_s_or_the_named_one_s(
        extractor: Extractor) -> None:
    x = run(extractor, "ASML shares rose 4%. Its largest customer is TSMC.",
            lang="en", headline="ASML shares rise")
    assert ("ASML", "supplierOf", "Taiwan Semiconductor Manufacturing") in triples(x)
    x = run(extractor, "ASML hat Zahlen vorgelegt. Wichtigster Kunde bleibt der Chipfertiger TSMC.",
            headline="ASML legt zu")
    assert ("ASML", "supplierOf", "Taiwan Semiconductor Manufacturing") in triples(x)
    x = run(extractor, "ASML hat Zahlen vorgelegt. Größter Kunde von Zeiss ist TSMC.",
            headline="ASML legt zu")
    assert ("Zeiss Group", "supplierOf", "Taiwan Semiconductor Manufacturing") in triples(x)
    assert ("ASML", "supplierOf", "Taiwan Semiconductor Manufacturing") not in triples(x)


def test_largest_customer_named_by_a_source_or_a_stake_alone_is_no_supply(
        extractor: Extractor) -> None:
    # look-alikes: the name after the verb is a cited source; a stake noun with its one name
    x = run(extractor, "ASML shares rose 4%. Its largest customer is, according to Bloomberg, "
                       "unknown.", lang="en", headline="ASML shares rise")
    assert not any(p == "supplierOf" for _, p, _ in triples(x))
    x = run(extractor, "Bayer hat Zahlen vorgelegt. Der Anteil an Monsanto-Produkten stieg.",
            headline="Bayer legt zu")
    assert not any(p == "investsIn" for _, p, _ in triples(x))


def test_seat_compound_two_companies_the_catalogue_places_around_it(extractor: Extractor) -> None:
    # look-alike: the catalogue places both Marvell and Analog Devices only in the United
    # States; the Idaho-based company may be either, so it is neither
    text = ("Shares of Marvell Technology and Analog Devices jumped on Wednesday. Marvell agreed to "
            "supply memory to Nvidia, the company said. Analog Devices said it would build a new "
            "plant. The Boise, Idaho-based company also raised its spending plan.")
    x = run(extractor, text, lang="en", headline="Marvell rallies as Analog Devices fires back")
    assert not [t for t in triples(x) if t[1] == "locatedIn" and t[2] in ("Boise", "Idaho")]
