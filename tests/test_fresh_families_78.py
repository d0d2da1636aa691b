"""Products and AI models, their makers, users, suppliers and prices, on families of
construction that hold in any article, on sentences written for these tests (catalogued
companies and models, invented figures and invented start-ups): a percentage of a product's
price ("a 20% price increase", "eine Preiserhöhung um 20 Prozent") is no move of the share;
an aside set off by commas that tells who led a round or whose rival the subject is ("…,
angeführt vom Chipausrüster X, wurde es … bewertet", "Y, the rival to X's Z, has been
downloaded …") names no subject of the figure, and the round's leader invests in the company
raising; the mass noun "Konkurrenz von A, B und C" names the article company's rivals, not
rivals of one another; a bare title before a person whose surname opens the name of a company the passage names
("Gründerin Anna Brenner" after "Brenner Robotics") is a post at that company; goods with their type
name fronted in a clause after a comma ("…, den Speicher HBM4 liefern A und B") make no one
before the comma their supplier; a relative clause opened by "auf dem" or "durch die" closes
off its names from the verb before it; a company that only says what an unknown subject
does ("X says (that) Code 2 beats Y's Z") is no rival of the other model's maker; and a price of
use charged "for" a name we do not know ("$0.25 per million input tokens for Code 2,
compared with $3 for Y") is no price of a product named after another price. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, rating_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor

# --- a percentage of a product's price ------------------------------------------------------


def test_price_increase_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Netflix shares slipped 0.4%. \"A 25% price increase on a plan with more than "
                       "90 million members is a bold bet,\" said Morgan Stanley analyst Ben Swinburne.",
            lang="en", headline="Netflix raises prices")
    assert metric_facts(x, "StockPriceChange") == {("Netflix", Decimal("-0.4"))}


def test_german_price_increase_is_no_share_move(extractor: Extractor) -> None:
    x = run(extractor, "Die Netflix-Aktie fiel um 0,4 Prozent. Nach einer Preiserhöhung um 25 Prozent "
                       "kündigten viele Kunden ihr Abo.", headline="Netflix erhöht Preise")
    assert metric_facts(x, "StockPriceChange") == {("Netflix", Decimal("-0.4"))}


def test_share_move_after_a_price_increase_stays(extractor: Extractor) -> None:
    """Look-alike: the shares moved by the number; the price increase is only the cause."""
    x = run(extractor, "Netflix shares rose 6% after the price increase on its premium plan.",
            lang="en", headline="Netflix raises prices")
    assert ("Netflix", Decimal(6)) in metric_facts(x, "StockPriceChange")


# --- an aside telling who led a round or whose rival the subject is ------------------------

_ROUND = ("Das Münchner Start-up Helix Robotics baut Roboterhände. Bei der jüngsten "
          "Finanzierungsrunde im Juni, angeführt vom Softwarekonzern SAP, wurde es mit "
          "2,4 Milliarden Euro bewertet.")


def test_round_leader_in_an_aside_invests_and_is_not_valued(extractor: Extractor) -> None:
    x = run(extractor, _ROUND, headline="Helix Robotics sammelt Geld ein")
    assert ("SAP", "investsIn", "Helix Robotics") in triples(x)
    assert ("SAP", Decimal(2400000000)) not in metric_facts(x, "MarketCapitalization")
    assert ("Helix Robotics", Decimal(2400000000)) in metric_facts(x, "MarketCapitalization")


def test_company_named_as_subject_keeps_its_own_value(extractor: Extractor) -> None:
    """Look-alike: the leader is the subject of a clause of its own and its value is its."""
    x = run(extractor, "Das Start-up Helix Robotics hat Geld eingesammelt. Die Runde wurde von SAP "
                       "geführt, der Konzern selbst ist an der Börse 280 Milliarden Euro wert.",
            headline="Helix Robotics sammelt Geld ein")
    assert ("SAP", Decimal(280000000000)) in metric_facts(x, "MarketCapitalization")


def test_rival_in_an_aside_takes_no_downloads(extractor: Extractor) -> None:
    x = run(extractor, "Intel released new tools. Intel's OneStack kit, the rival to Nvidia's CUDA, "
                       "has been downloaded more than 12 million times this year.",
            lang="en", headline="Intel pushes its software")
    assert not any(about == "CUDA" for about, _ in metric_facts(x, "Downloads"))


def test_name_heading_the_sentence_keeps_its_downloads(extractor: Extractor) -> None:
    """Look-alike: the rival noun opens the sentence and CUDA is the subject it describes."""
    x = run(extractor, "The rival to Intel's kit, Nvidia's CUDA, has been downloaded more than 12 "
                       "million times this year.", lang="en", headline="Intel pushes its software")
    assert ("CUDA", Decimal(12000000)) in metric_facts(x, "Downloads")


# --- a rating never falls on a company without shares ------------------------------------

def test_rating_of_a_listed_article_company_stays(extractor: Extractor) -> None:
    """A house's rating after a product launch rates the article's company."""
    x = run(extractor, "Infineon hat einen neuen Chip vorgestellt. Analyst Tom Berger von Jefferies "
                       "bestätigte seine Einstufung \"Buy\" mit einem Kursziel von 48 Euro.",
            headline="Infineon stellt neuen Chip vor")
    assert rating_facts(x) == {("Jefferies", "Infineon Technologies", "Buy")}


# --- the mass noun "Konkurrenz von" --------------------------------------------------------


def test_competition_from_a_list_rivals_the_article_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Telekom hat ihren Cloud-Dienst erweitert. Doch die Konkurrenz von Oracle "
                       "und Microsoft ist groß.", headline="Telekom erweitert Cloud")
    pairs = rival_pairs(x)
    assert frozenset(("Oracle", "Microsoft")) not in pairs
    assert frozenset(("Deutsche Telekom", "Oracle")) in pairs


def test_rivals_of_a_named_company_stay_its_rivals(extractor: Extractor) -> None:
    """Look-alike: "die Rivalen von X" names whose rivals the list is."""
    x = run(extractor, "Die Telekom hat ihren Cloud-Dienst erweitert. Die Rivalen von Oracle sind "
                       "Microsoft und SAP.", headline="Telekom erweitert Cloud")
    assert frozenset(("Oracle", "Microsoft")) in rival_pairs(x)


# --- a surname that opens a company's name -----------------------------------------------


def test_founder_works_for_her_namesake_company(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat eine neue Plattform gestartet. Auch das Bonner Start-up Brenner "
                       "Robotics nutzt sie. \"Für uns ist die Siemens-Plattform ideal\", sagte Gründerin "
                       "Anna Brenner.", headline="Siemens startet Plattform")
    assert ("Anna Brenner", "worksFor", "Brenner Robotics") in triples(x)
    assert ("Anna Brenner", "worksFor", "Siemens") not in triples(x)


def test_bare_title_without_namesake_stays_with_the_article_company(extractor: Extractor) -> None:
    """Look-alike: no company opens with the surname; the article's company employs her."""
    x = run(extractor, "Siemens hat eine neue Plattform gestartet. Auch das Bonner Start-up Brenner "
                       "Robotics nutzt sie. \"Die Plattform ist ideal\", sagte Vorstandschefin Anna Keller.",
            headline="Siemens startet Plattform")
    assert ("Anna Keller", "worksFor", "Siemens") in triples(x)


def test_family_holding_named_far_back_employs_no_chief(extractor: Extractor) -> None:
    """Look-alike: the family's holding is named paragraphs before; the chief executive
    of the article's company keeps his post there."""
    x = run(extractor, "Die Familie Brenner hält über die Brenner Holding 20 Prozent an Siemens Energy. "
                       "Siemens Energy steigerte den Umsatz um 8 Prozent. Der Auftragseingang legte zu. "
                       "Die Marge verbesserte sich. \"Wir wachsen weiter\", sagte Vorstandschef Tobias "
                       "Brenner.", headline="Siemens Energy wächst")
    assert ("Tobias Brenner", "worksFor", "Brenner Holding") not in triples(x)


# --- goods and their type name fronted after a comma -------------------------------------


def test_fronted_goods_after_a_comma_supply_no_one_before(extractor: Extractor) -> None:
    x = run(extractor, "Gefertigt werden die Prozessoren von Samsung Electronics, den Speicher HBM4 "
                       "liefern SK Hynix und Micron.", headline="AMD startet neuen Chip")
    assert not any(s == "Samsung Electronics" and p == "supplierOf" for s, p, _ in triples(x))


def test_fronted_goods_for_a_customer_are_supplied(extractor: Extractor) -> None:
    """Look-alike: the fronted goods name whom they are for, the name after the verb supplies."""
    x = run(extractor, "Den Speicher HBM4 für AMD liefert SK Hynix.", headline="AMD startet neuen Chip")
    assert ("SK Hynix", "supplierOf", "Advanced Micro Devices") in triples(x)


# --- a relative clause opened by "auf dem" -------------------------------------------------


def test_name_in_a_relative_clause_after_auf_dem_is_not_used(extractor: Extractor) -> None:
    x = run(extractor, "Bosch nutzt die Plattform, um ein eigenes Modell zu trainieren, auf dem "
                       "wiederum der Copilot basiert.", headline="Bosch trainiert KI")
    assert ("Bosch", "uses", "Copilot") not in triples(x)


def test_used_product_before_the_relative_clause_stays(extractor: Extractor) -> None:
    """Look-alike: the product is the verb's object; the clause only tells what runs on it."""
    x = run(extractor, "Bosch nutzt den Copilot von Microsoft, auf dem wiederum die eigene "
                       "Planungssoftware basiert.", headline="Bosch trainiert KI")
    assert ("Bosch", "uses", "Copilot") in triples(x)


# --- a company that says what an unknown subject does ------------------------------------


def test_speaker_of_an_unknown_models_win_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Quillon Labs released a model. Quillon says Draft 3 beats OpenAI's GPT-5 mini "
                       "on coding tests.", lang="en", headline="Quillon launches model")
    assert not any("OpenAI" in pair for pair in rival_pairs(x))


def test_speaker_of_a_that_clause_on_an_unknown_model_is_no_rival(extractor: Extractor) -> None:
    x = run(extractor, "Quillon Labs released a model. Quillon says that Draft 3 outperforms "
                       "OpenAI's GPT-5 mini in tests.", lang="en", headline="Quillon launches model")
    assert not any("OpenAI" in pair for pair in rival_pairs(x))


def test_speaker_of_a_that_clause_on_its_own_model_rivals_the_maker(extractor: Extractor) -> None:
    """Look-alike: "that" opens what was said, and its subject is the speaker's own model."""
    x = run(extractor, "Quillon Labs released a model. Quillon says that its model outperforms "
                       "OpenAI's GPT-5 mini in tests.", lang="en", headline="Quillon launches model")
    assert frozenset(("Quillon Labs", "OpenAI")) in rival_pairs(x)


def test_company_whose_own_model_wins_rivals_the_maker(extractor: Extractor) -> None:
    """Look-alike: the speaker's own model ("its model") is the subject, so the company
    rivals the other model's maker as the rule has it."""
    x = run(extractor, "Quillon Labs released a model. Quillon says its model beats OpenAI's GPT-5 mini "
                       "on coding tests.", lang="en", headline="Quillon launches model")
    assert frozenset(("Quillon Labs", "OpenAI")) in rival_pairs(x)


# --- a price of use and the product it is charged for -------------------------------------


def test_price_for_an_unknown_product_goes_to_no_later_one(extractor: Extractor) -> None:
    x = run(extractor, "Through its API, Quillon charges $0.40 per million input tokens for Draft 3, "
                       "compared with $3 for Claude Sonnet 4.5.", lang="en", headline="Quillon launches model")
    assert not any(value == Decimal("0.40") for _, value in metric_facts(x, "Other"))


def test_price_for_a_known_product_is_its_own(extractor: Extractor) -> None:
    """Look-alike: the phrase of purpose names a model the catalogue knows, with no other
    price before it."""
    x = run(extractor, "Alibaba charges 2 yuan per million input tokens for Qwen3 through its API.",
            lang="en", headline="Alibaba cuts prices")
    assert ("Qwen3", Decimal(2)) in metric_facts(x, "Other")
