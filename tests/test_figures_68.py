"""Figures read right on texts written for the test: the month of a monthly user count, revenue
that did not come in, what a company "ist … wert", a unit named by its noun past an adjective,
money spent on marketing, a model named after its developer's noun and who pays for what
is bought.

Names are catalogued companies and products, facts invented.

- A count of monthly users with a month named without its year ("hatte im Oktober 172 Millionen
  monatlich aktive Nutzer", "had 172 million monthly active users in October") is that month's,
  dated from the article; a month beside a count of no month ("stellte im Oktober vor, … 172
  Millionen Nutzer") stays a date only. So is a count of what a monthly report counts ("said
  it delivered 44 jets in November"), but not a share move beside it.
- Revenue that did not come in ("bezifferte den entgangenen Umsatz auf 8 Milliarden Dollar", "put
  the lost revenue at $8 billion") is `Other`, never revenue; revenue raised stays revenue.
- "X ist … 12 Milliarden Euro wert" is X's value (`MarketCapitalization`), over a round's word
  inside it; an order worth an amount ("Der Auftrag für X ist 2 Milliarden Euro wert") is no
  value of X, and a share worth a price stays the share's price.
- A unit named by its noun past an adjective ("Die übernommene Einheit dürfte einen Umsatz von …
  erzielen") is the unit the sentence before names; with none named, the figure is no one's,
  never the group's.
- Money spent "on promotions", "on subsidies" is a marketing budget; spent on anything else it
  stays an investment.
- A model named after the noun of its developer ("Der Entwickler der GLM-Modelle will 300
  Millionen Dollar einnehmen") is that noun's object: the developer carries the amount; a count
  of the models ("Die Nutzerzahl der GLM-Modelle") stays theirs.
- A company bought pays nothing: not one a noun of buying binds ("seit dem Kauf von X, für den Y
  9 Milliarden Euro bezahlt hatte", "the acquisition of X, for which Y paid"), nor one right after
  a verb of buying ("Der DAX-Konzern übernimmt X für …"); the name before the verb pays, and so
  does the one "bezahlt" has as its subject, and a company's noun right after the verb where a
  phrase opens the clause ("Im Frühjahr übernahm der Konzern den Chipentwickler X für …").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import helpers

from kg.nlp.extract import Extractor

_PUBLISHED = date(2026, 11, 20)

# --- the month of a monthly user count ------------------------------------------------------


def _users_period(extractor: Extractor, body: str, lang: str) -> str | None:
    x = helpers.run(extractor, body, lang, "Marktbericht" if lang == "de" else "Market report",
                    published=_PUBLISHED)
    return helpers.period_of(x, "Users", "172000000")


def test_a_monthly_user_count_takes_its_month_de(extractor: Extractor) -> None:
    assert _users_period(extractor, "Der Chatbot Doubao hatte im Oktober 172 Millionen monatlich "
                         "aktive Nutzer.", "de") == "2026-10"


def test_a_monthly_user_count_opened_by_its_month_takes_it_de(extractor: Extractor) -> None:
    assert _users_period(extractor, "Im Oktober zählte der Chatbot Doubao 172 Millionen monatlich "
                         "aktive Nutzer.", "de") == "2026-10"


def test_a_monthly_user_count_takes_its_month_en(extractor: Extractor) -> None:
    assert _users_period(extractor, "The Doubao chatbot had 172 million monthly active users in "
                         "October.", "en") == "2026-10"


def test_a_count_a_monthly_report_counts_takes_its_month(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Airbus shares rose after the planemaker said it delivered 44 "
                    "jets in November.", "en", "Market report", published=_PUBLISHED)
    assert helpers.period_of(x, "Other", "44") == "2026-11"


def test_a_share_move_beside_a_monthly_count_takes_no_month(extractor: Extractor) -> None:
    x = helpers.run(extractor, "Airbus shares rose 1.5% after the planemaker said it delivered 44 "
                    "jets in November.", "en", "Market report", published=_PUBLISHED)
    assert helpers.period_of(x, "StockPriceChange", "1.5") is None


def test_a_month_beside_a_count_of_no_month_is_a_date_only(extractor: Extractor) -> None:
    assert _users_period(extractor, "Bytedance stellte im Oktober eine neue Version von Doubao "
                         "vor, das 172 Millionen Nutzer hat.", "de") is None


# --- revenue that did not come in -------------------------------------------------------------


def test_lost_revenue_is_other_de(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Nvidia bezifferte den entgangenen Umsatz im Quartal auf 8 "
                       "Milliarden Dollar.", "de")
    assert ("Nvidia", Decimal("8000000000")) in helpers.metric_facts(x, "Other")
    assert not helpers.metric_facts(x, "Revenue")


def test_lost_revenue_is_other_en(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Nvidia put the lost revenue from the ban at $8 billion.", "en")
    assert ("Nvidia", Decimal("8000000000")) in helpers.metric_facts(x, "Other")
    assert not helpers.metric_facts(x, "Revenue")


def test_revenue_raised_stays_revenue(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Nvidia steigerte den Umsatz im Quartal auf 8 Milliarden "
                       "Dollar.", "de")
    assert helpers.metric_facts(x, "Revenue") == {("Nvidia", Decimal("8000000000"))}


# --- what a company is worth --------------------------------------------------------------------


def test_a_company_worth_an_amount_is_its_value(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Nvidia ist inzwischen rund 4,6 Billionen Dollar wert.", "de")
    assert helpers.metric_facts(x, "MarketCapitalization") == {("Nvidia", Decimal("4600000000000"))}


def test_a_startup_worth_an_amount_after_a_round_is_its_value(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Das Start-up Mistral AI ist nach der Finanzierungsrunde 12 "
                       "Milliarden Euro wert.", "de")
    assert helpers.metric_facts(x, "MarketCapitalization") == {("Mistral AI", Decimal("12000000000"))}
    assert not helpers.metric_facts(x, "Investment")


def test_an_order_worth_an_amount_is_no_value(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Der Auftrag für Siemens ist rund 2 Milliarden Euro wert.", "de")
    assert not helpers.metric_facts(x, "MarketCapitalization")


def test_a_share_worth_a_price_stays_its_price(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Eine Aktie von Nvidia ist derzeit 189 Dollar wert.", "de")
    assert not helpers.metric_facts(x, "MarketCapitalization")
    assert helpers.metric_facts(x, "SharePrice") == {("Nvidia", Decimal("189"))}


# --- a unit named by its noun past an adjective -----------------------------------------------


def test_a_unit_noun_past_an_adjective_is_the_unit_before(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Alibaba hat die Cloud-Sparte Alibaba Cloud umgebaut.\nDie "
                       "umgebaute Einheit dürfte einen Umsatz von 20 Milliarden Yuan erzielen.", "de")
    assert helpers.metric_facts(x, "Revenue") == {("Alibaba Cloud", Decimal("20000000000"))}


def test_a_unit_noun_past_an_adjective_with_no_unit_is_no_ones(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Alibaba baut um.\nDie umgebaute Einheit dürfte einen Umsatz "
                       "von 20 Milliarden Yuan erzielen.", "de")
    assert not helpers.metric_facts(x, "Revenue")


def test_the_group_after_the_unit_keeps_its_revenue(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Alibaba baut um.\nDer Konzern dürfte einen Umsatz von 20 "
                       "Milliarden Yuan erzielen.", "de")
    assert helpers.metric_facts(x, "Revenue") == {("Alibaba Group", Decimal("20000000000"))}


# --- money spent on marketing ----------------------------------------------------------------


def test_money_spent_on_promotions_is_a_marketing_budget(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "JD.com will spend about 10 billion yuan on promotions in the "
                       "fourth quarter.", "en")
    assert helpers.metric_facts(x, "MarketingBudget") == {("JD.com", Decimal("10000000000"))}
    assert not helpers.metric_facts(x, "Investment")


def test_money_spent_on_warehouses_stays_an_investment(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "JD.com will spend about 10 billion yuan on new warehouses in "
                       "the fourth quarter.", "en")
    assert helpers.metric_facts(x, "Investment") == {("JD.com", Decimal("10000000000"))}


# --- a product named after the noun of its developer -----------------------------------------


def test_the_developer_of_a_model_carries_the_amount(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Der Entwickler der GLM-Modelle will mit dem Börsengang bis zu "
                       "300 Millionen Dollar einnehmen.", "de")
    assert helpers.metric_facts(x, "Other") == {("Zhipu AI", Decimal("300000000"))}


def test_a_count_of_the_models_stays_the_models(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Die Nutzerzahl der GLM-Modelle stieg auf 30 Millionen.", "de")
    assert helpers.metric_facts(x, "Users") == {("GLM", Decimal("30000000"))}


# --- who pays for what is bought ------------------------------------------------------------


def test_the_company_bought_after_a_noun_of_buying_pays_nothing(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Es ist die größte Übernahme seit dem Kauf von Cypress "
                       "Semiconductor, für den Infineon damals rund 9 Milliarden Euro bezahlt "
                       "hatte.", "de")
    assert helpers.metric_facts(x, "Investment") == {("Infineon Technologies", Decimal("9000000000"))}


def test_an_amount_paid_is_the_payers(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Infineon hatte für Cypress Semiconductor rund 9 Milliarden "
                       "Euro bezahlt.", "de")
    assert helpers.metric_facts(x, "Investment") == {("Infineon Technologies", Decimal("9000000000"))}


def test_what_a_noun_buys_pays_nothing_en(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "It is the largest deal since the acquisition of Cypress "
                       "Semiconductor, for which Infineon paid about 9 billion euros.", "en")
    assert ("Cypress Semiconductor", Decimal("9000000000")) not in helpers.metric_facts(x, "Investment")


def test_the_company_a_verb_buys_pays_nothing(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Infineon Technologies baut aus. Der DAX-Konzern übernimmt "
                       "Marvell Technology für 2,5 Milliarden Dollar.", "de")
    assert ("Marvell Technology", Decimal("2500000000")) not in helpers.metric_facts(x, "Investment")


def test_the_buyer_before_its_verb_pays(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Infineon übernimmt Marvell Technology für 2,5 Milliarden "
                       "Dollar.", "de")
    assert helpers.metric_facts(x, "Investment") == {("Infineon Technologies", Decimal("2500000000"))}


def test_a_company_noun_after_the_verb_opening_a_clause_pays(extractor: Extractor) -> None:
    x = helpers.run_in(extractor, "Infineon Technologies wächst.\nIm Frühjahr übernahm der "
                       "Konzern den Hamburger Chipentwickler Marvell Technology für rund 180 "
                       "Millionen Euro.", "de")
    assert helpers.metric_facts(x, "Investment") == {("Infineon Technologies", Decimal("180000000"))}
