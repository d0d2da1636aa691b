"""English news on Asian and US tech, on families of construction that hold in any article,
on sentences written for these tests (catalogued companies, invented figures and invented
firms): a takeover word that is a rating ("reiterated a buy rating") tells of no bid, so an
amount per share a house forecasts after it ("could earn $22 per share") stays earnings, no
offer's price; the spread of a range told as a centre "give or take 20 cents" is no figure;
a gloss opened by a possessive pronoun (", still its biggest source of income,") describes the
metric noun before it and names no metric of the number after it; a unit phrase whose first
word is a plain adjective ("The smart EV business") names the unit by the word after it; a
compound adjective ("AI-related") after a trade noun's verb is no firm's name; a place's
letters before a currency sign ("US$4.5 billion") name no place.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- a takeover word that is a rating ------------------------------------------------------


def test_buy_rating_before_a_forecast_per_share_tells_no_bid(extractor: Extractor) -> None:
    x = run(extractor, "UBS lifted its price target on Micron to $300 and reiterated a buy rating. "
            "Bernstein analysts said Micron could earn $22 per share in fiscal 2027.", lang="en",
            headline="Micron beats estimates")
    per_share = {(f.metric, f.estimated_by) for f in x.figures if f.value == Decimal("22")}
    assert per_share == {("EarningsPerShare", "Bernstein")}


def test_takeover_before_an_amount_received_per_share_keeps_the_offer_price(
        extractor: Extractor) -> None:
    """Look-alike: a purchase told the sentence before; the amount received is its price."""
    x = run(extractor, "Micron agreed to buy Sandisk. Sandisk shareholders will receive $22 per share.",
            lang="en", headline="Micron buys rival")
    assert {(f.about, f.metric) for f in x.figures if f.value == Decimal("22")} \
        == {("Sandisk", "SharePrice")}


# --- the spread of a range told as a centre -------------------------------------------------


def test_give_or_take_spread_is_no_figure(extractor: Extractor) -> None:
    x = run(extractor, "For the second quarter, Micron expects adjusted earnings of $4.75 per share, "
            "give or take 20 cents.", lang="en", headline="Micron beats estimates")
    assert {f.value for f in x.figures if f.metric == "EarningsPerShare"} == {Decimal("4.75")}
    assert Decimal("0.2") not in {f.value for f in x.figures}


def test_amount_after_and_stays_a_figure(extractor: Extractor) -> None:
    """Look-alike: a second amount joined by "and", with its own noun, is a figure."""
    x = run(extractor, "For the second quarter, Micron expects adjusted earnings of $4.75 per share "
            "and a dividend of 20 cents a share.", lang="en", headline="Micron beats estimates")
    assert (Decimal("0.2"), "Dividend") in {(f.value, f.metric) for f in x.figures}


# --- a gloss opened by a possessive pronoun -------------------------------------------------


def test_metric_word_in_a_possessive_gloss_names_no_metric(extractor: Extractor) -> None:
    x = run(extractor, "Baidu reported its results. Online marketing revenue, still its biggest "
            "source of income, shrank 14 per cent to 15.3 billion yuan.", lang="en",
            headline="Baidu results")
    assert not {f.metric for f in x.figures} & {"Profit", "ProfitGrowth"}


def test_metric_word_before_the_gloss_names_the_number(extractor: Extractor) -> None:
    """Look-alike: the noun before the gloss is itself income; the number is its growth."""
    x = run(extractor, "Baidu reported its results. Net income, still its main source of cash, "
            "rose 14 per cent to 5.3 billion yuan.", lang="en", headline="Baidu results")
    assert ("Baidu", "ProfitGrowth", Decimal("14")) in {(f.about, f.metric, f.value) for f in x.figures}


# --- a unit phrase opened by a plain adjective ----------------------------------------------


def test_unit_phrase_after_an_adjective_names_the_unit(extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi said revenue rose 28%. The smart EV business, which Xiaomi reports as "
            "a separate segment, generated revenue of 31.2 billion yuan.", lang="en",
            headline="Xiaomi results")
    revenue = {f.about for f in x.figures if f.metric == "Revenue"}
    assert revenue == {"Xiaomi EV"}
    assert ("Xiaomi EV", "subsidiaryOf", "Xiaomi") in triples(x)


def test_adjective_before_a_word_of_no_unit_names_none(extractor: Extractor) -> None:
    """Look-alike: the word after the adjective names no catalogued unit of the company."""
    x = run(extractor, "Xiaomi said revenue rose 28%. The smart home business generated revenue of "
            "5.1 billion yuan.", lang="en", headline="Xiaomi results")
    assert "Xiaomi EV" not in {e.label for e in x.entities}


# --- a compound adjective after a trade noun's verb -----------------------------------------


def test_compound_adjective_after_a_verb_is_no_firm(extractor: Extractor) -> None:
    x = run(extractor, "Beijing-based search giant says AI-related businesses now make up a third of "
            "core revenue. Baidu shares rose 5 per cent.", lang="en", headline="Baidu results")
    assert "AI-related" not in {e.label for e in x.entities}


def test_capitalised_name_after_a_trade_noun_is_a_firm(extractor: Extractor) -> None:
    """Look-alike: a capitalised name after the same noun is the firm it introduces."""
    x = run(extractor, "Beijing-based search startup Musterfind said revenue rose 5 per cent.",
            lang="en", headline="Search results")
    assert ("Musterfind", "Company") in {(e.label, e.type) for e in x.entities}


# --- a place's letters before a currency sign -----------------------------------------------


def test_currency_sign_after_a_places_letters_names_no_place(extractor: Extractor) -> None:
    x = run(extractor, "Baidu said revenue came to 32.1 billion yuan (US$4.5 billion).", lang="en",
            headline="Baidu results")
    assert "United States" not in {e.label for e in x.entities}
    assert ("Revenue", "USD") in {(f.metric, f.unit) for f in x.figures}


def test_places_letters_without_a_sign_name_the_place(extractor: Extractor) -> None:
    """Look-alike: the same letters with no sign after them are the country."""
    x = run(extractor, "Baidu said sales in the US rose 5 per cent.", lang="en", headline="Baidu results")
    assert "United States" in {e.label for e in x.entities}
