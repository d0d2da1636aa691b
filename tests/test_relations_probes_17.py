"""Relations of the seventeenth round, on sentences written for the test: a participle
clause after a comma ("…, using Nvidia's chips") belongs to the sentence's opening subject,
not to the name right before the comma; a product named with its possessor ("OpenAI's
GPT-5") is that possessor's, never developed by another subject of the sentence nor by
another developer the catalogue knows; a seat phrase ("the São Paulo-based lender") points
back to a company already named, and says nothing where two named companies sit there; the
stocks of a whole market ("London-listed stocks") are no listing of the article's company;
investors named after the verb of a funding round ("led by X, with participation from Y",
"An der Runde beteiligten sich X und Y") back the company raising, where the article's own is
unclear the one the passage says raised money; a German supplier after the verb ("Im Quartal
liefert X Chips an Y"); a contract won makes its party a customer; a share or company "im MDax
notierte" is the article company's membership; companies that "use" a model use it.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must not fire, or must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one predicate."""
    return {(s, o) for s, p, o in triples(x) if p == predicate}


# --- a participle clause after a comma -----------------------------------------------------


def test_participle_after_a_comma_is_the_opening_subjects(extractor: Extractor) -> None:
    x = run(extractor, "OpenAI trains its models on Microsoft's Azure cloud, using Nvidia's H100 "
            "chips.", "en", "OpenAI trains models")
    assert ("OpenAI", "H100") in _of(x, "uses")
    assert ("Microsoft", "H100") not in _of(x, "uses")
    # the cloud's owner supplies the one training on it, as the chips' maker does
    assert _of(x, "supplierOf") == {("Nvidia", "OpenAI"), ("Microsoft", "OpenAI")}


def test_user_right_before_the_verb_without_comma_uses_it(extractor: Extractor) -> None:
    # look-alike: no comma, so the name right before the verb is its subject
    x = run(extractor, "OpenAI said Oracle is using Nvidia's H100 chips.", "en", "Oracle")
    assert _of(x, "uses") == {("Oracle", "H100")}
    assert _of(x, "supplierOf") == {("Nvidia", "Oracle")}


# --- a product named with its possessor ----------------------------------------------------


def test_possessed_product_is_not_developed_by_the_subject(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI's newest model launched in May and tops rival models such as "
            "OpenAI's GPT-5.", "en", "Mistral AI")
    assert _of(x, "develops") == {("OpenAI", "GPT-5")}


def test_product_launched_by_its_subject_is_developed(extractor: Extractor) -> None:
    # look-alike: no possessor before the product, so the subject launching it develops it
    x = run(extractor, "Mistral AI released Mistral Large in May.", "en", "Mistral AI")
    assert _of(x, "develops") == {("Mistral AI", "Mistral Large")}


def test_possessor_named_wins_over_another_catalogued_developer(extractor: Extractor) -> None:
    x = run(extractor, "Amazon Web Services offers Amazon's Trainium2 chips to startups.", "en",
            "AWS")
    assert _of(x, "develops") == {("Amazon", "Trainium2")}


def test_catalogued_developer_named_beside_its_product_develops_it(extractor: Extractor) -> None:
    # look-alike: no possessor, so the catalogue's developer named in the sentence is read
    x = run(extractor, "Amazon Web Services offers Trainium2 chips to startups.", "en", "AWS")
    assert _of(x, "develops") == {("Amazon Web Services", "Trainium2")}


# --- a seat phrase points back -------------------------------------------------------------


def test_seat_phrase_means_a_company_named_before(extractor: Extractor) -> None:
    # Itaú Unibanco sits in São Paulo too, but is named only after the phrase
    x = run(extractor, "Nu Holdings shares rose 4%. The São Paulo-based lender said profit grew. "
            "Itaú Unibanco also reported results.", "en", "Nu Holdings shares rise")
    assert _of(x, "locatedIn") == {("Nu Holdings", "São Paulo")}


def test_seat_phrase_between_two_banks_seated_there_says_nothing(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank und die Deutsche Bank legten zu. Analysten trauen dem "
            "Frankfurter Geldhaus höhere Ausschüttungen zu.", "de", "Banken im Plus")
    assert _of(x, "locatedIn") == set()


def test_seat_phrase_after_one_bank_seated_there_is_its_seat(extractor: Extractor) -> None:
    # look-alike: one bank named, so the phrase means it
    x = run(extractor, "Die Commerzbank legte zu. Analysten trauen dem Frankfurter Geldhaus "
            "höhere Ausschüttungen zu.", "de", "Commerzbank im Plus")
    assert _of(x, "locatedIn") == {("Commerzbank", "Frankfurt")}


# --- the stocks of a whole market ----------------------------------------------------------


def test_market_of_listed_stocks_is_no_listing(extractor: Extractor) -> None:
    x = run(extractor, "Whitbread results beat forecasts. Brokers changed their ratings on "
            "London-listed stocks on Thursday.", "en", "Whitbread")
    assert _of(x, "listedOn") == set()


def test_company_listed_shares_are_its_listing(extractor: Extractor) -> None:
    # look-alike: the shares are the company's own
    x = run(extractor, "Whitbread results beat forecasts. Its London-listed shares rose 3%.", "en",
            "Whitbread")
    assert _of(x, "listedOn") == {("Whitbread", "London Stock Exchange")}


# --- investors named after the verb of a funding round ------------------------------------


def test_investors_a_round_was_led_by_and_joined_by_back_the_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI has raised $2 billion in a Series C round. The round was led by "
            "Nvidia, with participation from Microsoft, Salesforce and SAP.", "en", "Mistral AI raises money")
    assert _of(x, "investsIn") == {("Nvidia", "Mistral AI"), ("Microsoft", "Mistral AI"),
                                   ("Salesforce", "Mistral AI"), ("SAP", "Mistral AI")}


def test_round_led_by_an_investor_backs_the_sentences_raiser(extractor: Extractor) -> None:
    # the article is about Nvidia; the sentence opens with the company raising
    x = run(extractor, "Nvidia reported results. Mistral AI has raised $2 billion in a funding round "
            "led by SoftBank, with participation from Microsoft.", "en", "Nvidia results")
    assert _of(x, "investsIn") == {("SoftBank Group", "Mistral AI"), ("Microsoft", "Mistral AI")}


def test_participation_outside_a_round_is_no_investment(extractor: Extractor) -> None:
    # look-alike: a panel with participants, no funding round
    x = run(extractor, "Mistral AI hosted a panel with participation from Microsoft and SAP.", "en",
            "Mistral AI")
    assert _of(x, "investsIn") == set()


def test_german_investors_taking_part_after_the_verb_back_the_raiser(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI hat zwei Milliarden Euro eingesammelt. Angeführt wurde die Runde "
            "von Nvidia. An der Finanzierungsrunde beteiligten sich auch Microsoft und SAP.", "de",
            "Mistral AI sammelt Geld ein")
    assert _of(x, "investsIn") == {("Nvidia", "Mistral AI"), ("Microsoft", "Mistral AI"),
                                   ("SAP", "Mistral AI")}


def test_german_discussion_joined_is_no_investment(extractor: Extractor) -> None:
    # look-alike: a discussion, no funding round
    x = run(extractor, "Mistral AI hat Geld eingesammelt. An der Diskussion beteiligten sich "
            "Microsoft und SAP.", "de", "Mistral AI sammelt Geld ein")
    assert _of(x, "investsIn") == set()


# --- the company that raised a round, where the article's own is unclear ------------------

# its backers are named more often than the company raising, so no company clearly wins
_BACKERS_NAMED_OFTEN = ("Nvidia gained 2% and Microsoft rose 1%, while Nvidia chief Jensen Huang "
                        "spoke. Microsoft said Azure grew.")


def test_round_backs_the_company_said_to_raise_money_just_before(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia and Microsoft shares rose. Startup Mistral AI said it raised $2 "
            f"billion. Nvidia and Microsoft led the funding round. {_BACKERS_NAMED_OFTEN}", "en",
            "Nvidia and Microsoft shares rise")
    assert _of(x, "investsIn") == {("Nvidia", "Mistral AI"), ("Microsoft", "Mistral AI")}


def test_round_without_money_raised_before_backs_no_one(extractor: Extractor) -> None:
    # look-alike: the company before raised nothing, and no company of the article clearly wins
    x = run(extractor, "Nvidia and Microsoft shares rose. Startup Mistral AI said it had a good "
            f"year. Nvidia and Microsoft led the funding round. {_BACKERS_NAMED_OFTEN}", "en",
            "Nvidia and Microsoft shares rise")
    assert _of(x, "investsIn") == set()


# --- a German subject after the verb --------------------------------------------------------


def test_german_supplier_after_the_verb_supplies_the_one_after_an(extractor: Extractor) -> None:
    x = run(extractor, "Im dritten Quartal lieferte Infineon Chips an Tesla und BYD.", "de", "Infineon")
    assert _of(x, "supplierOf") == {("Infineon Technologies", "Tesla"), ("Infineon Technologies", "BYD")}


def test_german_results_delivered_after_the_verb_are_no_supply(extractor: Extractor) -> None:
    # look-alike: figures delivered, no goods
    x = run(extractor, "Im dritten Quartal lieferte Infineon starke Zahlen an die Börse und an Tesla.",
            "de", "Infineon")
    assert _of(x, "supplierOf") == set()


def test_german_analysts_after_the_verb_supply_nothing(extractor: Extractor) -> None:
    # look-alike: the name after the verb is the analysts' employer, no subject
    x = run(extractor, "Im Quartal lieferten die Analysten von Jefferies eine Studie an Siemens.", "de",
            "Siemens")
    assert _of(x, "supplierOf") == set()


# --- a contract won -------------------------------------------------------------------------


def test_contract_won_makes_its_party_a_customer(extractor: Extractor) -> None:
    x = run(extractor, "Infosys won a five-year contract with Vodafone to run its data centers.", "en",
            "Infosys")
    assert _of(x, "supplierOf") == {("Infosys", "Vodafone")}
    assert _of(x, "partnerOf") == set()


def test_contract_among_deal_wins_makes_its_party_a_customer(extractor: Extractor) -> None:
    x = run(extractor, "Infosys reported results. Large deal wins totalled $2.9 billion, including a "
            "multi-year contract with German truckmaker Daimler Truck.", "en", "Infosys results")
    assert _of(x, "supplierOf") == {("Infosys", "Daimler Truck")}
    assert _of(x, "partnerOf") == set()


def test_praise_won_for_a_deal_is_no_contract_won(extractor: Extractor) -> None:
    # look-alike: praise is won, the deal is a partnership's
    x = run(extractor, "Infosys won praise for its deal with Vodafone.", "en", "Infosys")
    assert _of(x, "supplierOf") == set()


# --- an index membership stated as a listing ------------------------------------------------


def test_german_share_listed_in_an_index_is_the_articles_member(extractor: Extractor) -> None:
    x = run(extractor, "Jenoptik hat Zahlen vorgelegt. Die im MDax notierte Aktie schloss bei 24 Euro.",
            "de", "Jenoptik legt Zahlen vor")
    assert _of(x, "memberOf") == {("Jenoptik", "MDAX")}


def test_german_company_listed_in_an_index_is_the_articles_member(extractor: Extractor) -> None:
    x = run(extractor, "Jenoptik hat Zahlen vorgelegt. Für 2026 will das im MDax notierte Unternehmen "
            "eine Dividende zahlen.", "de", "Jenoptik legt Zahlen vor")
    assert _of(x, "memberOf") == {("Jenoptik", "MDAX")}


def test_german_many_shares_listed_in_an_index_name_no_member(extractor: Extractor) -> None:
    # look-alike: the plural speaks of the whole index
    x = run(extractor, "Jenoptik hat Zahlen vorgelegt. Die im MDax notierten Werte legten zu.", "de",
            "Jenoptik legt Zahlen vor")
    assert _of(x, "memberOf") == set()


# --- the plain verb "use" -------------------------------------------------------------------


def test_companies_that_use_a_model_use_it(extractor: Extractor) -> None:
    x = run(extractor, "Among enterprise customers, Salesforce and SAP use Claude across their "
            "workforces.", "en", "Anthropic")
    assert {("Salesforce", "Claude"), ("SAP", "Claude")} <= _of(x, "uses")


def test_the_use_of_a_model_names_no_user(extractor: Extractor) -> None:
    # look-alike: the noun, not the verb
    x = run(extractor, "SAP said the use of Claude grew.", "en", "SAP")
    assert _of(x, "uses") == set()
