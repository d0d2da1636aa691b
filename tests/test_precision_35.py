"""Wrong facts of the precision35 families, each fixed so that it holds for any article:

* "The round was led by X, with Y joining": the article's company, named in the sentence
  but not where the one raising stands, plays another part there; it is no raiser;
* "A, an investor in B, also invested in C": the name of a phrase set off by commas
  describes the one before it, which acts; B invests in nothing;
* deals only rumoured, given up or supposed ("Rumours that A would buy B", "A dropped its
  plan to buy B", "If A bought B", "Sollte A B übernehmen", "A gab den Plan auf, B zu
  übernehmen", a takeover called possible, a question) state none; "nicht A, sondern B" corrects A, it lists no second buyer; "the
  report lifted the shares" moves the price, it raises no holding;
* "A's revenue rose 5%, less than B's 8%", "A's value of $2 trillion dwarfs B's $30 billion",
  "weniger als die 8 Prozent von B": a number right after another company's possessive, or
  between an article and another company's genitive, is none of A's; "Shares of A fell 3%
  while those of B rose 2%": the drop is A's, "those of B" opens B's own clause;
* "Analysten von X erwarten …, das Unternehmen selbst rechnet mit …": the company's own
  forecast, nearer the number than the house, is its guidance, estimated by no house;
* "A-Chef P traf sich mit dem Chef von B, Q": the title's own "von" names Q's employer,
  though "mit" governs the phrase;
* "X did not upgrade A to buy", "X hat A nicht auf Buy hochgestuft": a change of rating
  denied gives no rating;
* "X investierte in Y, das später von Z übernommen wurde": a passive verb in a relative
  clause speaks of the name right before its comma (none where that one is unknown), and
  "X, das von Y unterstützt wird, wurde von Z übernommen" of X, not of the name the closed
  clause holds;
* "A hob das Kursziel für X auf 250 Dollar, B senkte das für Y auf 400 Dollar": a target
  right after "für"/"for" and another company is that one's, never the first company's;
* "Former Apple CEO X now works with Y", "Der frühere Apple-Manager X arbeitet mit Y": the
  company that owns a person's former title does nothing in the clause.

Listed companies are real catalogue entries; the deals and facts are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import figure_facts, run, triples

from kg.nlp.extract import Extractor


def _facts(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return triples(run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report"))


# --- a funding round whose raiser is not named ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The round was led by SoftBank, with Microsoft joining.",
    "The round was led by SoftBank, with participation from Microsoft and Nvidia.",
    "SoftBank led the funding round, with Microsoft joining.",
])
def test_round_without_raiser_gives_no_stake(extractor: Extractor, text: str) -> None:
    assert not {t for t in _facts(extractor, text, "en") if t[1] == "investsIn"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral AI raised 600 million euros. The round was led by SoftBank, with participation "
     "from Microsoft and Nvidia.",
     {("SoftBank Group", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI"),
      ("Nvidia", "investsIn", "Mistral AI")}),
    ("Mistral AI raised 600 million euros in a funding round led by SoftBank, with participation "
     "from Microsoft.",
     {("SoftBank Group", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")}),
    ("Mistral AI raised 600 million euros. SoftBank led the funding round. Nvidia also took part.",
     {("SoftBank Group", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI")}),
])
def test_round_with_raiser_keeps_its_backers(extractor: Extractor, text: str,
                                             expected: set[tuple[str, str, str]]) -> None:
    found = _facts(extractor, text, "en")
    assert expected <= found
    assert not {t for t in found if t[1] == "investsIn" and t[2] != "Mistral AI"}


# --- a name in an apposition is no subject of the verb after it -----------------------------------

@pytest.mark.parametrize(("text", "lang", "kept", "wrong"), [
    ("Amazon, an investor in Anthropic, also invested in Hugging Face.", "en",
     ("Amazon", "investsIn", "Hugging Face"), ("Anthropic", "investsIn", "Hugging Face")),
    ("Amazon, Anthropic's largest investor, also invested in Hugging Face.", "en",
     ("Amazon", "investsIn", "Hugging Face"), ("Anthropic", "investsIn", "Hugging Face")),
    ("Nvidia, a supplier to Microsoft, invested in Mistral AI.", "en",
     ("Nvidia", "investsIn", "Mistral AI"), ("Microsoft", "investsIn", "Mistral AI")),
    ("Amazon, Großaktionär von Anthropic, investiert auch in Hugging Face.", "de",
     ("Amazon", "investsIn", "Hugging Face"), ("Anthropic", "investsIn", "Hugging Face")),
    ("Microsoft, Partner von OpenAI, investiert auch in Mistral AI.", "de",
     ("Microsoft", "investsIn", "Mistral AI"), ("OpenAI", "investsIn", "Mistral AI")),
])
def test_apposed_name_is_no_investor(extractor: Extractor, text: str, lang: str,
                                     kept: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    found = _facts(extractor, text, lang)
    assert kept in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft, Nvidia and SoftBank invested in Mistral AI.",
     {("Microsoft", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI"),
      ("SoftBank Group", "investsIn", "Mistral AI")}),
    ("Microsoft and Nvidia, both backers of OpenAI, invested in Mistral AI.",
     {("Microsoft", "investsIn", "Mistral AI"), ("Nvidia", "investsIn", "Mistral AI")}),
])
def test_lists_before_the_verb_still_invest(extractor: Extractor, text: str,
                                            expected: set[tuple[str, str, str]]) -> None:
    found = _facts(extractor, text, "en")
    assert expected <= found
    assert ("OpenAI", "investsIn", "Mistral AI") not in found


# --- deals rumoured, given up, supposed or denied ------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Rumours that Apple would buy Disney lifted the shares.", "en"),
    ("Broadcom dropped its plan to buy Qualcomm.", "en"),
    ("If Microsoft bought OpenAI, regulators would object.", "en"),
    ("Talks between Nvidia and Arm about a takeover went on for weeks.", "en"),
    ("Broadcom gab den Plan auf, Qualcomm zu übernehmen.", "de"),
    ("Sollte Microsoft OpenAI übernehmen, würden die Behörden eingreifen.", "de"),
    ("Falls Apple Disney kauft, dürfte der Kurs steigen.", "de"),
    ("Analysts said a takeover of Netflix by Amazon was possible.", "en"),
    ("Analysten halten eine Übernahme von Netflix durch Amazon für möglich.", "de"),
    ("Is Microsoft investing in OpenAI again?", "en"),
    ("Investiert Microsoft erneut in OpenAI?", "de"),
])
def test_unreal_deal_gives_nothing(extractor: Extractor, text: str, lang: str) -> None:
    found = _facts(extractor, text, lang)
    assert not {t for t in found if t[1] in ("acquired", "investsIn")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Apple agreed to buy Disney for $100 billion.", "en", {("Apple", "acquired", "Disney")}),
    ("Apple will buy Disney if regulators approve.", "en", {("Apple", "acquired", "Disney")}),
    ("Die Übernahme von Qualcomm durch Broadcom wurde abgeschlossen.", "de",
     {("Broadcom", "acquired", "Qualcomm")}),
    ("Nicht nur Microsoft, sondern auch Google investiert in Anthropic.", "de",
     {("Microsoft", "investsIn", "Anthropic"), ("Google", "investsIn", "Anthropic")}),
])
def test_real_deals_kept(extractor: Extractor, text: str, lang: str,
                         expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _facts(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Nicht Microsoft, sondern Google übernimmt Wiz.", "de"),
    ("Not Microsoft, but Google acquired Wiz.", "en"),
])
def test_corrected_name_is_no_buyer(extractor: Extractor, text: str, lang: str) -> None:
    found = _facts(extractor, text, lang)
    assert ("Microsoft", "acquired", "Wiz") not in found


def test_shares_lifted_raise_no_holding(extractor: Extractor) -> None:
    lifted = run(extractor, "Apple reported strong results. A report from Nvidia lifted the "
                 "shares by 3 percent.", "en", "Apple shares jump")
    raised = run(extractor, "Apple reported strong results. Nvidia raised its stake to 5 percent.",
                 "en", "Apple shares jump")
    assert ("Nvidia", "investsIn", "Apple") not in triples(lifted)
    assert ("Nvidia", "investsIn", "Apple") in triples(raised)


# --- a number of one company next to another's ---------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "kept", "wrong"), [
    ("Apple's revenue rose 5%, less than Microsoft's 8%.", "en",
     ("Apple", "RevenueGrowth", Decimal(5), "Percent"), ("Apple", "RevenueGrowth", Decimal(-8), "Percent")),
    ("Amazon's market value of $2 trillion dwarfs eBay's $30 billion.", "en",
     ("Amazon", "MarketCapitalization", Decimal(2000000000000), "USD"),
     ("Amazon", "MarketCapitalization", Decimal(30000000000), "USD")),
    ("Shares of Tesla fell 3% while those of BYD rose 2%.", "en",
     ("Tesla", "StockPriceChange", Decimal(-3), "Percent"), ("BYD", "StockPriceChange", Decimal(-3), "Percent")),
    ("Der Umsatz von Apple stieg um 5 Prozent, weniger als die 8 Prozent von Microsoft.", "de",
     ("Apple", "RevenueGrowth", Decimal(5), "Percent"), ("Apple", "RevenueGrowth", Decimal(-8), "Percent")),
])
def test_number_of_another_company_not_taken(extractor: Extractor, text: str, lang: str,
                                             kept: tuple[str, str, Decimal, str],
                                             wrong: tuple[str, str, Decimal, str]) -> None:
    found = figure_facts(run(extractor, text, lang, "Market report"))
    assert kept in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the possessor is the subject itself: the number stays its own
    ("Intel posted revenue of $13 billion, below AMD's $7 billion.", "en",
     ("Advanced Micro Devices", "Revenue", Decimal(7000000000), "USD")),
    ("Apple's revenue rose 5 percent, compared with 8 percent at Microsoft.", "en",
     ("Apple", "RevenueGrowth", Decimal(5), "Percent")),
    # a name after "of" bound to the number with no conjunction between
    ("The index posted a 3% rise in Nvidia shares.", "en", ("Nvidia", "StockPriceChange", Decimal(3), "Percent")),
    # the house after a target's "von" estimates it, it owns no number
    ("Das Kursziel von 300 Euro von JPMorgan für SAP liegt über dem Kurs.", "de",
     ("SAP", "PriceTarget", Decimal(300), "EUR")),
])
def test_own_numbers_kept(extractor: Extractor, text: str, lang: str, expected: tuple[str, str, Decimal, str]) -> None:
    assert expected in figure_facts(run(extractor, text, lang, "Market report"))


# --- the company's own forecast beside a house's ---------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "house", "own"), [
    ("Analysten von Goldman Sachs erwarten für Apple einen Gewinn von 100 Milliarden Dollar, "
     "das Unternehmen selbst rechnet mit 95 Milliarden Dollar.", "de",
     Decimal(100000000000), Decimal(95000000000)),
    ("Goldman Sachs expects Apple to post revenue of $400 billion, while the company itself "
     "expects revenue of $390 billion.", "en", Decimal(400000000000), Decimal(390000000000)),
])
def test_own_forecast_is_no_house_estimate(extractor: Extractor, text: str, lang: str,
                                          house: Decimal, own: Decimal) -> None:
    figures = {f.value: f for f in run(extractor, text, lang, "Marktbericht").figures}
    assert figures[house].estimated_by == "Goldman Sachs"
    assert figures[own].estimated_by is None
    assert figures[own].status == "Guidance"


# --- a title's own "von"/"of" names the employer ---------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("Apple-Chef Tim Cook traf sich mit dem Chef von Nvidia, Jensen Huang.", "de",
     {("Tim Cook", "worksFor", "Apple"), ("Jensen Huang", "worksFor", "Nvidia")},
     ("Jensen Huang", "worksFor", "Apple")),
    ("Apple CEO Tim Cook met with the CEO of Nvidia, Jensen Huang.", "en",
     {("Tim Cook", "worksFor", "Apple"), ("Jensen Huang", "worksFor", "Nvidia")},
     ("Jensen Huang", "worksFor", "Apple")),
])
def test_title_of_names_employer(extractor: Extractor, text: str, lang: str,
                                 expected: set[tuple[str, str, str]], wrong: tuple[str, str, str]) -> None:
    found = _facts(extractor, text, lang)
    assert expected <= found
    assert wrong not in found


def test_governed_rival_is_no_employer(extractor: Extractor) -> None:
    found = triples(run(extractor, "AMD meldet Zahlen. Im Wettbewerb mit Nvidia setzt Vorstandschef "
                        "Lisa Su auf neue Chips.", "de", "AMD legt zu"))
    assert ("Lisa Su", "worksFor", "Nvidia") not in found


# --- a change of rating denied ---------------------------------------------------------------------

def _ratings(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    x = run(extractor, text, lang, "Marktbericht" if lang == "de" else "Market report")
    return {(r.by, r.about, r.rating) for r in x.ratings}


@pytest.mark.parametrize(("text", "lang", "wrong", "kept"), [
    ("Barclays did not upgrade Tesla to buy; it kept an underweight rating.", "en",
     ("Barclays", "Tesla", "buy"), ("Barclays", "Tesla", "underweight")),
    ("Jefferies hat Adidas nicht auf Buy hochgestuft, sondern bei Hold belassen.", "de",
     ("Jefferies", "Adidas", "Buy"), ("Jefferies", "Adidas", "Hold")),
])
def test_denied_upgrade_gives_no_rating(extractor: Extractor, text: str, lang: str,
                                        wrong: tuple[str, str, str], kept: tuple[str, str, str]) -> None:
    found = _ratings(extractor, text, lang)
    assert wrong not in found
    assert kept in found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Barclays upgraded Tesla to buy.", "en", ("Barclays", "Tesla", "buy")),
    ("Jefferies hat Adidas auf Buy hochgestuft.", "de", ("Jefferies", "Adidas", "Buy")),
    ("UBS hat Siemens auf Buy hochgestuft und ABB nicht angefasst.", "de", ("UBS", "Siemens", "Buy")),
])
def test_plain_upgrade_kept(extractor: Extractor, text: str, lang: str,
                            expected: tuple[str, str, str]) -> None:
    assert expected in _ratings(extractor, text, lang)


# --- a passive verb and the relative clause it stands in or follows -----------------------------

@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("Nvidia investierte in Arm Holdings, das später von SoftBank übernommen wurde.", "de",
     ("SoftBank Group", "acquired", "Arm Holdings"), ("SoftBank Group", "acquired", "Nvidia")),
    ("Nvidia invested in Arm Holdings, which was later acquired by SoftBank.", "en",
     ("SoftBank Group", "acquired", "Arm Holdings"), ("SoftBank Group", "acquired", "Nvidia")),
    ("Nvidia, das von Microsoft unterstützt wird, wurde von SoftBank übernommen.", "de",
     ("SoftBank Group", "acquired", "Nvidia"), ("SoftBank Group", "acquired", "Microsoft")),
])
def test_passive_object_of_relative(extractor: Extractor, text: str, lang: str,
                                    expected: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    found = _facts(extractor, text, lang)
    assert expected in found
    assert wrong not in found


def test_passive_in_relative_of_unknown_name_gives_nothing(extractor: Extractor) -> None:
    # "Zyxo" is no known company: the one taken over is not named, the investor never is
    found = _facts(extractor, "Nvidia investierte in Zyxo, das später von SoftBank übernommen wurde.", "de")
    assert not {t for t in found if t[1] == "acquired"}


# --- a target named for another company right before it -------------------------------------------

def test_elided_target_of_other_company_not_taken(extractor: Extractor) -> None:
    x = run(extractor, "JPMorgan hob das Kursziel für Apple auf 250 Dollar an, Morgan Stanley senkte "
            "das für Microsoft auf 400 Dollar.", "de")
    found = figure_facts(x)
    assert ("Apple", "PriceTarget", Decimal(250), "USD") in found
    assert ("Apple", "PriceTarget", Decimal(400), "USD") not in found
    assert ("Morgan Stanley", "covers", "Apple") not in triples(x)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("JPMorgan hob das Kursziel für BASF auf 60 Euro und für Covestro auf 70 Euro an.", "de",
     {("BASF", "PriceTarget", Decimal(60), "EUR"), ("Covestro", "PriceTarget", Decimal(70), "EUR")}),
    ("JPMorgan raised its price target on Nvidia to $200 and on AMD to $180.", "en",
     {("Nvidia", "PriceTarget", Decimal(200), "USD"),
      ("Advanced Micro Devices", "PriceTarget", Decimal(180), "USD")}),
    ("Die UBS sieht für die Commerzbank ein Kursziel von 30 Euro.", "de",
     {("Commerzbank", "PriceTarget", Decimal(30), "EUR")}),
])
def test_targets_for_their_companies_kept(extractor: Extractor, text: str, lang: str,
                                          expected: set[tuple[str, str, Decimal, str]]) -> None:
    assert expected <= figure_facts(run(extractor, text, lang, "Marktbericht"))


# --- a company owning a person's former title does not act ----------------------------------------

@pytest.mark.parametrize(("text", "lang", "wrong"), [
    ("Former Apple CEO John Sculley now works with OpenAI.", "en", ("Apple", "partnerOf", "OpenAI")),
    ("Der frühere Apple-Manager Jony Ive arbeitet jetzt mit OpenAI.", "de", ("Apple", "partnerOf", "OpenAI")),
    ("Former Google CEO Eric Schmidt invested in Mistral AI.", "en", ("Google", "investsIn", "Mistral AI")),
])
def test_former_title_owner_does_not_act(extractor: Extractor, text: str, lang: str,
                                         wrong: tuple[str, str, str]) -> None:
    assert wrong not in _facts(extractor, text, lang)


def test_sitting_title_owner_still_acts(extractor: Extractor) -> None:
    found = _facts(extractor, "Apple CEO Tim Cook said Apple works with OpenAI.", "en")
    assert {("Apple", "partnerOf", "OpenAI"), ("Tim Cook", "worksFor", "Apple")} <= found
