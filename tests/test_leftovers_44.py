"""Families of construction that hold in any article, on sentences written for these
tests, each with look-alikes that must not fire.

A share's trading volume named before a percentage in its clause ("Trading volume in the
shares climbed 13%", "rose 2% on volume 13% above average", "Das Handelsvolumen der Aktie
stieg um 13 Prozent") makes the percentage the volume's change, no move of the share; a move
told before the volume stays the share's.

A given name right before a company's bare short name ("John Schindler's stock rose 3%") makes
the name a person's surname: it names no company, and a person's possessive before a share word
gives the number to no company of the passage.

A company's own outlook named before a colon ("bestätigte die Prognose: Der Umsatz soll um 6
bis 8 Prozent wachsen", "reaffirmed its forecast: revenue is expected to grow …") makes the
figures after the colon its Guidance; analysts or a house before the colon keep them Estimate.

An English company's bare short name names it where it says its net, total or quarterly revenue
or sales moved by a percentage ("Visa said net revenue rose 11%", "Visa's net revenue rose
11%"), as its plain revenue's move already did; a country or a sector's word does not.

A company named only as the one whose losses or profits another holds a share of ("its share of
OpenAI's losses reduced net income by $3.1 billion", "Der Anteil an den Verlusten von OpenAI
verringerte den Nettogewinn") takes no figure of the sentence; its own losses still are its.

A company's bare short name after a data source's words ("Data from Counterpoint showed", "Daten
von Counterpoint zeigen") or before "estimates" closing a clause (", Counterpoint estimates.")
names the company; a sector's word there does not.

"reduced … by" is a cut, as "cut … by" was: the amount is negative ("Higher costs reduced net
income by $3.1 billion"); a level reduced "to" stays as printed ("reduced its price target on
Microsoft to $450").

A bare quarter of a figure about another company than the article's, a calendar company by the
catalogue ("Amazon … reported a 12% rise in net sales for its third quarter" in a Walmart
article), is the calendar's quarter, not one of the article company's fiscal year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from helpers import labels, metric_facts, run

from kg.ingest import make_article
from kg.nlp.extract import Extractor

# -- a share's trading volume is no move of its price ----------------------------------------

VOLUME_NO_MOVE = [
    ("Mastercard reported results on Thursday. Trading volume in Mastercard shares climbed 13%.",
     "en", "Mastercard results"),
    ("Mastercard reported results on Thursday. Mastercard's share volume jumped 13% on the day.",
     "en", "Mastercard results"),
    ("Mastercard hat am Donnerstag Zahlen vorgelegt. Das Handelsvolumen der Mastercard-Aktie stieg "
     "um 13 Prozent.", "de", "Mastercard legt Zahlen vor"),
]

# the move stands before the volume, or the volume is an adverbial of the move
VOLUME_MOVE_KEPT = [
    ("Mastercard reported results on Thursday. Mastercard shares rose 13% on heavy volume.",
     "en", "Mastercard results"),
    ("Mastercard reported results on Thursday. Mastercard shares climbed 13% as trading volume "
     "doubled.", "en", "Mastercard results"),
    ("Mastercard hat am Donnerstag Zahlen vorgelegt. Die Mastercard-Aktie stieg bei hohem "
     "Handelsvolumen um 13 Prozent.", "de", "Mastercard legt Zahlen vor"),
    ("Mastercard hat am Donnerstag Zahlen vorgelegt. Die Mastercard-Aktie stieg um 13 Prozent bei "
     "hohem Handelsvolumen.", "de", "Mastercard legt Zahlen vor"),
]


@pytest.mark.parametrize(("body", "lang", "headline"), VOLUME_NO_MOVE)
def test_trading_volume_is_no_share_move(extractor: Extractor, body: str, lang: str,
                                         headline: str) -> None:
    assert ("Mastercard", Decimal(13)) not in metric_facts(run(extractor, body, lang, headline),
                                                           "StockPriceChange")


@pytest.mark.parametrize(("body", "lang", "headline"), VOLUME_MOVE_KEPT)
def test_move_beside_trading_volume_stays(extractor: Extractor, body: str, lang: str,
                                          headline: str) -> None:
    assert ("Mastercard", Decimal(13)) in metric_facts(run(extractor, body, lang, headline),
                                                       "StockPriceChange")


def test_move_before_volume_above_average(extractor: Extractor) -> None:
    """The move is told first, the volume's gap to its average after it."""
    moves = metric_facts(run(extractor, "Mastercard reported results on Thursday. Mastercard "
                             "shares rose 2% on volume 13% above average.", "en",
                             "Mastercard results"), "StockPriceChange")
    assert moves == {("Mastercard", Decimal(2))}


# -- a given name before a bare short name is a person's -------------------------------------

PERSON_SURNAME = [
    ("Stocks were mixed. John Schindler's stock rose 3%.", "Schindler Holding"),
    ("Stocks were mixed. Mary Pearson's shares rose 3%.", "Pearson plc"),
    # the company named before: the person's holding is still no company's move
    ("Schindler Holding makes elevators. John Schindler's stock rose 3%.", "Schindler Holding"),
    ("Pearson sells textbooks. Mary Pearson's stock rose 3%.", "Pearson plc"),
]

# the bare name alone, or the person only speaking of the company's shares
COMPANY_KEPT = [
    ("Stocks were mixed. Pearson's shares rose 3%.", "Pearson plc"),
    ("Schindler Holding makes elevators. Investor John Schindler said its shares rose 3%.",
     "Schindler Holding"),
]


@pytest.mark.parametrize(("body", "company"), PERSON_SURNAME)
def test_given_name_makes_a_surname(extractor: Extractor, body: str, company: str) -> None:
    assert (company, Decimal(3)) not in metric_facts(run(extractor, body, "en", "Market report"),
                                                     "StockPriceChange")


@pytest.mark.parametrize(("body", "company"), COMPANY_KEPT)
def test_bare_name_without_given_name(extractor: Extractor, body: str, company: str) -> None:
    assert (company, Decimal(3)) in metric_facts(run(extractor, body, "en", "Market report"),
                                                 "StockPriceChange")


def test_german_given_name_before_short_name(extractor: Extractor) -> None:
    """A given name before the short name names a person; a noun of the trade a company."""
    person = run(extractor, "Die Börsen schwankten. Peter Schindler legte 3 Prozent zu.", "de")
    maker = run(extractor, "Die Börsen schwankten. Aufzughersteller Schindler legte 3 Prozent zu.",
                "de")
    assert ("Schindler Holding", Decimal(3)) not in metric_facts(person, "StockPriceChange")
    assert ("Schindler Holding", Decimal(3)) in metric_facts(maker, "StockPriceChange")


# -- the company's own outlook before a colon -------------------------------------------------

OUTLOOK_GUIDED = [
    ("Siemens hat Zahlen vorgelegt. Siemens bestätigte die Prognose: Der Umsatz soll um 6 bis 8 "
     "Prozent wachsen.", "de", "Siemens legt Zahlen vor"),
    ("Siemens hat Zahlen vorgelegt. Der Konzern bekräftigte seine Jahresprognose: Der Umsatz soll "
     "um 6 bis 8 Prozent wachsen.", "de", "Siemens legt Zahlen vor"),
    ("Siemens reported results. Siemens reaffirmed its forecast: revenue is expected to grow 6% "
     "to 8%.", "en", "Siemens results"),
]

# analysts or a house say it, or the outlook stands in a sentence of its own
OUTLOOK_ESTIMATED = [
    ("Siemens hat Zahlen vorgelegt. Analysten erwarten: Der Umsatz soll um 6 bis 8 Prozent "
     "wachsen.", "de", "Siemens legt Zahlen vor"),
    ("Siemens hat Zahlen vorgelegt. Die Deutsche Bank bestätigte ihre Prognose: Der Umsatz von "
     "Siemens soll um 6 bis 8 Prozent wachsen.", "de", "Siemens legt Zahlen vor"),
    ("Siemens hat Zahlen vorgelegt. Siemens bestätigte die Prognose. Analysten erwarten, dass der "
     "Umsatz um 6 bis 8 Prozent wächst.", "de", "Siemens legt Zahlen vor"),
    ("Siemens reported results. Analysts said: revenue is expected to grow 6% to 8%.", "en",
     "Siemens results"),
]


def _growth_status(extractor: Extractor, body: str, lang: str, headline: str) -> set[str]:
    return {f.status for f in run(extractor, body, lang, headline).figures
            if f.about == "Siemens" and f.metric == "RevenueGrowth"
            and (f.min_value, f.max_value) == (Decimal(6), Decimal(8))}


@pytest.mark.parametrize(("body", "lang", "headline"), OUTLOOK_GUIDED)
def test_own_outlook_before_colon_is_guidance(extractor: Extractor, body: str, lang: str,
                                              headline: str) -> None:
    assert _growth_status(extractor, body, lang, headline) == {"Guidance"}


@pytest.mark.parametrize(("body", "lang", "headline"), OUTLOOK_ESTIMATED)
def test_others_outlook_stays_estimate(extractor: Extractor, body: str, lang: str,
                                       headline: str) -> None:
    assert _growth_status(extractor, body, lang, headline) == {"Estimate"}


# -- a bare short name that says its revenue moved ------------------------------------------

SAID_REVENUE = [
    "Visa said net revenue rose 11% in the quarter.",
    "Visa's net revenue rose 11% in the quarter.",
    "Visa said total revenue rose 11% in the quarter.",
]

SAID_REVENUE_LOOK_ALIKES = [
    # a travel document's rules, and officials speaking
    "Travel demand is strong. Visa rules are strict, officials said revenue rose 11%.",
    # a sector's word of ordinary_short_names
    "Software said net revenue rose 11%.",
]


@pytest.mark.parametrize("body", SAID_REVENUE)
def test_bare_name_said_revenue_moved(extractor: Extractor, body: str) -> None:
    assert ("Visa Inc.", Decimal(11)) in metric_facts(run(extractor, body, "en", "Payments"),
                                                      "RevenueGrowth")


@pytest.mark.parametrize("body", SAID_REVENUE_LOOK_ALIKES)
def test_bare_name_said_revenue_look_alikes(extractor: Extractor, body: str) -> None:
    x = run(extractor, body, "en", "Payments")
    assert "Visa Inc." not in labels(x)
    assert not metric_facts(x, "RevenueGrowth")


# -- a share of another company's losses --------------------------------------------------

LOSS_SHARE = {
    "en": ["Its share of OpenAI's losses reduced net income by $3.1 billion.",
           "Its share of OpenAI's quarterly losses cut net income by $3.1 billion."],
    "de": ["Der Anteil an den Verlusten von OpenAI verringerte den Nettogewinn um 3,1 Milliarden "
           "Dollar.",
           "Der Anteil am Verlust von OpenAI verringerte den Nettogewinn um 3,1 Milliarden Dollar."],
}
LOSS_SHARE_LEAD = {"en": ("Microsoft reported results on Tuesday.", "Microsoft results"),
                   "de": ("Microsoft hat am Dienstag Zahlen vorgelegt.", "Microsoft legt Zahlen vor")}


@pytest.mark.parametrize(("lang", "sentence"),
                         [(lang, text) for lang, texts in LOSS_SHARE.items() for text in texts])
def test_loss_share_is_no_figure_of_the_investee(extractor: Extractor, lang: str,
                                                 sentence: str) -> None:
    lead, headline = LOSS_SHARE_LEAD[lang]
    x = run(extractor, f"{lead} {sentence}", lang, headline)
    assert "OpenAI" in labels(x)
    assert not [f for f in x.figures if f.about == "OpenAI"]


def test_investee_own_losses_stay_its(extractor: Extractor) -> None:
    """Without a share of them, the losses are the company's own figure."""
    x = run(extractor, "Microsoft reported results on Tuesday. OpenAI's losses widened to $5 "
            "billion.", "en", "Microsoft results")
    assert ("OpenAI", Decimal(-5000000000)) in metric_facts(x, "Profit")


# -- a bare short name as a data source ----------------------------------------------------

SOURCE_FOUND = [
    ("Data from Counterpoint showed Apple held 20% of the smartphone market.", "en"),
    ("Apple held 20% of the smartphone market in the quarter, Counterpoint estimates.", "en"),
    ("Apple held 20% of the market, Counterpoint estimates, up from 18%.", "en"),
    ("Daten von Counterpoint zeigen, dass Apple 20 Prozent des Marktes hält.", "de"),
]

SOURCE_LOOK_ALIKES = [
    # a sector's word of ordinary_short_names after the same words
    ("Data from Software showed sales fell.", "Software AG"),
    # no data source's words before the name
    ("Counterpoint is a term of music theory.", "Counterpoint Research"),
]


@pytest.mark.parametrize(("sentence", "lang"), SOURCE_FOUND)
def test_data_source_names_the_bare_short_name(extractor: Extractor, sentence: str,
                                               lang: str) -> None:
    assert "Counterpoint Research" in labels(run(extractor, sentence, lang, "Smartphones"))


@pytest.mark.parametrize(("sentence", "company"), SOURCE_LOOK_ALIKES)
def test_data_source_look_alikes(extractor: Extractor, sentence: str, company: str) -> None:
    assert company not in labels(run(extractor, sentence, "en", "Smartphones"))


# -- "reduced … by" is a cut ----------------------------------------------------------------

def test_reduced_by_is_negative(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft reported results on Tuesday. Higher costs reduced net income by "
            "$3.1 billion.", "en", "Microsoft results")
    assert metric_facts(x, "Profit") == {("Microsoft", Decimal(-3100000000))}


def test_reduced_to_keeps_the_level(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft reported results on Tuesday. Goldman Sachs reduced its price "
            "target on Microsoft to $450.", "en", "Microsoft results")
    assert metric_facts(x, "PriceTarget") == {("Microsoft", Decimal(450))}


# -- a calendar company's quarter in another company's article --------------------------------

WALMART_LEAD = ("Walmart results\nWalmart reported results for its fiscal third quarter on Tuesday. "
                "Walmart sales rose 5% in the quarter.")


def _periods(extractor: Extractor, text: str) -> set[tuple[str, str | None]]:
    article = make_article(text=text, source="test", article_id="t", lang="en",
                           published=date(2025, 11, 20))
    return {(f.about, f.period) for f in extractor.extract(article).figures
            if f.metric == "RevenueGrowth"}


def test_other_calendar_company_quarter(extractor: Extractor) -> None:
    periods = _periods(extractor, WALMART_LEAD + " Amazon, the online retailer, reported a 12% "
                       "rise in net sales for its third quarter.")
    assert ("Amazon", "Q3 2025") in periods
    assert ("Walmart", "Q3 FY2026") in periods  # the article company keeps its fiscal quarter
