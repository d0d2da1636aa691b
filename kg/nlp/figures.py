"""Reported figures: number → metric, entity, sign, qualifier, period, source.

For every quantity in a sentence (``kg.nlp.quantities``):

1. skip what is not a reported figure: years, dates, ordinals, numbers
   inside names, bare numbers without a counting or index word;
2. the **metric** is decided by the trigger word closest to the number in
   its clause whose entry has a metric for the number's kind of unit
   (``[[metrics]]`` in the lexicon); a percentage with only a verb of
   change is a share-price move for a company or index, growth for a unit
   or product;
3. the **entity** is the closest fitting mention before the number in its
   clause (a model for downloads, an index for index levels, never the
   institution that forecasts), else the company the text is about;
4. the **sign** comes from the closest verb or noun of rise or fall;
5. **status** and ``estimatedBy``: targets, fair values and forecasts with
   a named institution are estimates by it; the company's own plans are
   guidance; the old value in "von 700 auf 760" is ``Previous``;
6. the **period** from the sentence ("im dritten Quartal 2025", "FY2026").
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from kg.nlp.attribution import (
    Candidate,
    Target,
    apposition_head,
    bidder,
    estimate_for_other,
    estimate_for_other_after,
    estimate_for_unknown,
    estimated_antecedent,
    figure_subject,
    fitting_types,
    in_closed_relative,
    in_foil_aside,
    is_bought,
    is_bound,
    is_buyer_agent,
    is_credit,
    is_estimate_for,
    is_figure_object,
    is_free_float,
    is_matter,
    is_object,
    named_beside,
    number_run,
    owned_after,
    part_of_salient,
    possessor_at,
    previous_subject,
    rated_by_clause_owner,
    respective,
    respective_qualifier,
    salient_entity,
    unpaired_list,
    value_is_for,
)
from kg.nlp.document import (
    CLAUSE_COMMA,
    INSTITUTION,
    ISSUER_TYPES,
    ORGANIZATION_TYPES,
    PRODUCT_TYPES,
    QUOTE_MARK,
    Document,
    Sentence,
    addressed,
    cased,
    cited,
    closed_relative,
    in_quotation,
    is_share_subject,
    named_only_as,
    names_consensus,
    relative_clauses,
)
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import info, lexicon, lexicon_pattern, stop_words
from kg.nlp.metrics import (
    ASIDE_LABEL_LONGEST,
    ESTIMATE_METRICS,
    PER_SHARE_METRICS,
    FigureWords,
    Found,
    MetricRule,
    figure_words,
    is_estimate_rule,
    joined_objects,
    metric_of,
    per_share_of_other,
    quantities_of,
    trigger_spans,
    unit_kind,
)
from kg.nlp.periods import (
    MONTH_IN_MARK,
    calendar_part_of_other,
    closest_period,
    compared_number_between,
    complete_period,
    counts_since_start,
    dates_report,
    ended_fiscal_year,
    fiscal_numbered_year,
    fiscal_restatement,
    fiscal_year_end,
    forecast_period,
    is_clause_only,
    is_last_year,
    is_month,
    is_span,
    is_this_year,
    is_undated,
    is_year_to_date,
    keeps_other_calendar,
    lead_end,
    measures_a_month,
    outlook_in_clause,
    outlook_year,
    period_match,
    previous_quarter,
    prior_period,
    prior_words,
    reporting_period,
    resolve_fiscal,
    resolve_relative,
    rolls_ahead,
    sentence_period,
    stated_after,
    subordinate_start,
    under_way,
    year_to_date,
)
from kg.nlp.quantities import (
    UNITS_NON_CURRENCY,
    Quantity,
    currency_country,
    find_quantities,
    is_date_or_year_like,
    parse_number,
)
from kg.nlp.ratings import (
    headline_opener,
    last_named,
    rated_in,
    rated_institutions,
    rates_unknown_name,
    rating_context,
    rating_spans,
    viewing_house,
)
from kg.nlp.references import (
    coordinated,
    house_reference,
    industry_known_fit,
    patterns,
    unit_of,
    unit_reference_at,
    unresolved_institution,
)
from kg.nlp.relation_cues import (
    conjunction,
    held_share,
    moved_after_name,
    place_adjective,
    relation_cues,
)
from kg.nlp.relations import listed_as_another, opening_compound_member
from kg.nlp.roles import is_adviser
from kg.nlp.salience import (
    contest_object,
    credited_as_analysts,
    is_subject,
    names_its_analyst,
    passing_rival,
    reports_own_results,
    subsidiary_of,
)
from kg.records import Evidence, Figure

STOCK_METRICS = frozenset({"StockPriceChange", "SharePrice", "PriceTarget", "FairValue",
                           "UpsidePotential", "MarketCapitalization", "ValuationMultiple",
                           "EarningsPerShare", "Dividend", "ShareBuyback"})
CHANGE_METRICS = frozenset({"StockPriceChange", "RevenueGrowth", "ProfitGrowth", "Other"})
# Amounts a subject spends: the first company of the clause pays, not the last named;
# a product or model pays nothing ("2 Milliarden Euro … auf 56 Züge des Typs X").
SPENDER_METRICS = frozenset({"Investment", "MarketingBudget", "CapitalExpenditure"})
SUBJECT_TYPES = ORGANIZATION_TYPES - {"StockExchange", "GovernmentBody"} | PRODUCT_TYPES \
    | {"MarketIndex"}
# What a business figure (revenue, an investment, a count) can be about: an
# index moves and has a level, but earns, spends and employs nothing.
BUSINESS_TYPES = SUBJECT_TYPES - {"MarketIndex"}
_DIGIT = re.compile(r"\d")
# A hyphen and a letter right after a number: a compound adjective ("2-nanometer", "10-year").
_MEASURE_COMPOUND = re.compile(r"-[^\W\d_]")
_NUMBER_RUN = re.compile(r"\d[\d.,]*")


RESULT_METRICS = frozenset({"Revenue", "RevenueGrowth", "Profit", "ProfitGrowth",
                            "EarningsPerShare", "CapitalExpenditure", "Other", "MarketShare"})


def find_figures(document: Document) -> list[Figure]:
    """All figures, in text order; the same figure stated twice is kept once,
    as first stated, unless only the later statement hedges it: a headline
    drops the "about" of "for about $4.1 billion" in the text; a period only
    the later statement gives is the figure's.

    A results article names its reporting period once ("im dritten Quartal
    2025") and reports the rest without it: a result figure with no period
    of its own takes the article's reporting period.
    """
    found: list[Figure] = []
    seen: dict[tuple, int] = {}
    for sentence in document.sentences:
        figures = sentence_figures(document, sentence)
        figures += _joined_share(document, sentence, figures)
        if not figures:
            figures = _prior_ellipsis(document, sentence, found) \
                or _share_ellipsis(document, sentence, found)
        for figure in figures:
            key = (figure.about, figure.metric, figure.value, figure.min_value, figure.unit)
            if key not in seen:
                seen[key] = len(found)
                found.append(figure)
            elif found[seen[key]].qualifier == "Exact" and figure.qualifier != "Exact" \
                    and found[seen[key]].period in (None, figure.period):
                found[seen[key]] = figure
            elif found[seen[key]].period is None and figure.period is not None \
                    and found[seen[key]].status == figure.status:
                # a key point told before the results ("Its cloud unit grew revenue 38%"):
                # the period is the one the full statement gives it
                found[seen[key]] = found[seen[key]].model_copy(update={"period": figure.period})
    return found


def _prior_ellipsis(document: Document, sentence: Sentence, found: list[Figure]) -> list[Figure]:
    """"… werde 2026 zwischen 210 und 240 Millionen Euro liegen. … Im Vorjahr waren es 289
    Millionen Euro gewesen": a sentence that opens with the year before and a copula and
    names one amount, no metric: the year before's value of the last figure of that unit
    told in the two sentences before, of a year's period (the figure's own, one year
    earlier). None where no such figure was told."""
    words = figure_words(document.lang)
    if words.prior_ellipsis is None:
        return []
    opening = words.prior_ellipsis.match(sentence.text)
    if opening is None:
        return []  # most sentences: their numbers are not read again for this rule
    quantities = find_quantities(sentence.text, document.lang)
    if len(quantities) != 1 or quantities[0].start != opening.end() \
            or quantities[0].value is None or quantities[0].unit in (None, *UNITS_NON_CURRENCY):
        return []
    q = quantities[0]
    back = document.sentences[max(0, sentence.index - 2)].start
    told = next((f for f in reversed(found) if f.evidence.start >= back and f.unit == q.unit
                 and f.metric in _PRIOR_METRICS and f.period is not None
                 and _YEAR.fullmatch(f.period)), None)
    if told is None:
        return []
    return [told.model_copy(update={
        "value": q.value, "min_value": None, "max_value": None, "qualifier": q.qualifier,
        "status": "Reported", "estimated_by": None, "period": str(int(told.period or "0") - 1),
        "evidence": Evidence(sentence=sentence.text, start=sentence.start + q.start,
                             end=sentence.start + q.end,
                             extractor=f"figures/{document.lang}/prior-ellipsis/bound")})]


_PRIOR_METRICS = frozenset({"Revenue", "Profit"})  # what "Im Vorjahr waren es …" goes on with


def _share_ellipsis(document: Document, sentence: Sentence, found: list[Figure]) -> list[Figure]:
    """"… liegt Infineon mit einem Anteil von 21 Prozent vorn. Der US-Konkurrent Onsemi kommt
    auf 17 Prozent.": a sentence of only a name, a verb of level and the percentage that ends
    it, right after a sentence whose last figure is a market share, tells that name's share of
    the same market, period and source. None for the share's own company: its number again is
    another value of it, which the sentence does not say."""
    words = figure_words(document.lang)
    if words.share_lead is None or words.share_link is None or not found or sentence.index == 0:
        return []
    last, previous = found[-1], document.sentences[sentence.index - 1]
    if last.metric != "MarketShare" or last.evidence.start < previous.start:
        return []
    quantities = find_quantities(sentence.text, document.lang)
    if len(quantities) != 1 or quantities[0].unit != last.unit or quantities[0].value is None:
        return []
    q, text = quantities[0], sentence.text
    name = next((m for m in sentence.mentions if m.type in BUSINESS_TYPES), None)
    if name is None or name.label == last.about or text[q.end:].strip() not in _SENTENCE_ENDS \
            or not words.share_lead.fullmatch(text, 0, sentence.local(name.start)) \
            or not words.share_link.fullmatch(text, sentence.local(name.end), q.start):
        return []
    return [_share_told_again(last, name, sentence, q, f"figures/{document.lang}/share-ellipsis/bound")]


def _share_told_again(share: Figure, name: Mention, sentence: Sentence, q: Quantity,
                      extractor: str) -> Figure:
    """``share`` told again for ``name`` by the percentage ``q``: the same market and period."""
    return share.model_copy(update={
        "about": name.label, "value": q.value, "min_value": None, "max_value": None,
        "qualifier": q.qualifier,
        "evidence": Evidence(sentence=sentence.text, start=sentence.start + q.start,
                             end=sentence.start + q.end, extractor=extractor)})


_SENTENCE_ENDS = ("", ".", "!")  # what may follow the number that ends a sentence


def _joined_share(document: Document, sentence: Sentence, figures: list[Figure]) -> list[Figure]:
    """"Sony hat einen Marktanteil von 51 Prozent, Samsung kommt auf 16 Prozent", "Sony holds
    51% of the market, while Samsung has 16%": the shape of :func:`_share_ellipsis` joined to
    the share's own clause. A clause of only a name, a verb of level and the percentage that
    ends the sentence, joined right after a market share of another company that nothing but
    words follows, tells that name's share of the same market and period. None where the
    percentage already gave a figure, or another number stands between."""
    words = figure_words(document.lang)
    if words.share_joint is None or words.share_link is None or not figures:
        return []
    last, text = figures[-1], sentence.text
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    after = [q for q in quantities if q.start >= sentence.local(last.evidence.end)]
    if last.metric != "MarketShare" or len(after) != 1 or after[0].unit != last.unit \
            or after[0].value is None or text[after[0].end:].strip() not in _SENTENCE_ENDS:
        return []
    q, end = after[0], sentence.local(last.evidence.end)
    name = next((m for m in sentence.mentions if m.type in BUSINESS_TYPES
                 and end <= sentence.local(m.start) and m.end <= sentence.start + q.start), None)
    if name is None or name.label == last.about \
            or not words.share_joint.fullmatch(text, end, sentence.local(name.start)) \
            or not words.share_link.fullmatch(text, sentence.local(name.end), q.start):
        return []
    return [_share_told_again(last, name, sentence, q, f"figures/{document.lang}/share-ellipsis/joined")]


_YEAR = re.compile(r"(?:19|20)\d\d")


def sentence_figures(document: Document, sentence: Sentence) -> list[Figure]:
    """The sentence's figures; a line printed in capitals read in the case
    of prose, with nouns and currency codes capitalised (:func:`cased`)."""
    if not _DIGIT.search(sentence.text):
        return []
    printed = sentence
    words = figure_words(document.lang)
    out = []
    quantities = find_quantities(sentence.text, document.lang)
    sentence = cased(sentence, nouns=words.nouns_capitalised,
                     kept=tuple((q.start, q.end) for q in quantities))
    sentence.cache["quantities"] = printed.cache["quantities"] = quantities
    last: tuple[Quantity, Figure] | None = None  # the latest figure and its number
    aside: tuple[Quantity, Figure] | None = None  # the one before it, where it is the aside
    unread: list[Quantity] = []  # the numbers that gave no figure
    portions: list[Quantity] = []  # … and those read as a portion of revenue
    given: dict[int, Figure] = {}  # the figure of each number that gave one, by its start
    for i, q in enumerate(quantities):
        q = _unit_from_next(sentence.text, q, quantities[i + 1] if i + 1 < len(quantities) else None,
                            document.lang)
        q = _unit_from_aside(sentence.text, q, quantities[i - 1] if i else None, words,
                             document.lang)
        q = _unit_from_table(document, sentence, q, words)
        q = _unit_from_earlier(sentence.text, q, quantities[i - 1] if i else None, words)
        q = _multiple_from_earlier(document, sentence, q, quantities[:i], words)
        q = _unit_of_bare_price(document, sentence, q, words)
        earlier_portion = _earlier_portion(document, sentence, q, last, words) if last is not None else None
        if is_date_or_year_like(sentence.text, q) or _inside_mention(sentence, q) \
                or _change_before_new(sentence.text, q, quantities[i + 1:], words) \
                or words.tolerance.search(sentence.text, max(0, q.number_start - 20), q.number_start) \
                or _in_ratio(sentence.text, q, words) or _model_number(sentence.text, q, words) \
                or earlier_portion is None \
                and _earlier_of_unread(sentence.text, q, quantities[:i], unread + portions, words) \
                or _multiple_of_unread(sentence.text, q, quantities[:i], unread):
            continue  # "$43 billion, plus or minus 2%": the tolerance is no figure
        if q.unit is not None and _CHOICE in q.unit:
            chosen = _chosen_currency(document, sentence, q)
            if chosen is None:
                continue  # "5 Milliarden Kronen" with no country named: no currency known
            q = dataclasses.replace(q, unit=chosen)
        figure = _figure(document, sentence, q, words)
        if figure is not None and last is not None and figure.evidence.extractor.split("/")[2] == _GENERIC_WORD \
                and (earlier := _earlier_value(document, sentence, q, last, words,
                                               words.earlier_link_far)) is not None:
            # "ein Marktanteil von 29 Prozent bei Elektroautos, nach 34 Prozent im Vorjahr": the
            # generic word describes the figure before; the linked number is its earlier value
            figure = earlier
        if figure is not None and last is not None and figure.metric != last[1].metric \
                and (earlier := _earlier_value(document, sentence, q, last, words)) is not None:
            # "das Ebit ging auf 1,1 Milliarden Euro zurück, nach 1,3 Milliarden Euro ein Jahr
            # zuvor": the number linked to the figure right before is its earlier value, not one
            # of a metric word further back ("sank der Umsatz …, das Ebit …")
            figure = earlier
        if figure is None and last is not None:
            figure = _earlier_value(document, sentence, q, last, words) \
                or earlier_portion \
                or _replacing_value(document, sentence, q, last, words) \
                or _gapped_estimate(document, sentence, q, last) \
                or _ranked_value(document, sentence, q, last, words)
        if figure is None and aside is not None and words.earlier_after_aside is not None:
            # "net income rose to $15.2 billion, or $5.31 per share, from $14.0 billion a year
            # earlier": the earlier value of the figure before the aside
            figure = _earlier_value(document, sentence, q, aside, words, words.earlier_after_aside)
        if figure is not None:
            figure = _owner_of_new(sentence, q, figure, quantities[:i], given, words)
        if figure is not None and sentence is not printed and figure.estimated_by is not None \
                and not _names_rated(sentence, figure.estimated_by):
            figure = None  # "KEPLER SENKT RATIONAL AUF 'REDUCE' - ZIEL 690 EUR": the name unknown
        if figure is not None and sentence is not printed:
            figure = figure.model_copy(update={
                "evidence": figure.evidence.model_copy(update={"sentence": printed.text})})
        if figure is not None:
            out.append(figure)
            aside, last = last, (q, figure)
            given[quantities[i].start] = figure
            if figure.evidence.extractor.split("/")[2] == _PORTION_OF_SALES:
                portions.append(quantities[i])
            each: list[str] = sentence.cache.get(f"each-{q.number_start}", [])  # type: ignore[assignment]
            if each and each[0] == figure.about:
                # "Shares of BASF and Bayer each rose 2%": Bayer's too
                out += [figure.model_copy(update={"about": label}) for label in each[1:]]
        else:
            unread.append(quantities[i])
    # a line of a market report: the next may name its company after the verb
    printed.cache["share_move"] = any(f.metric == "StockPriceChange" for f in out)
    moved = {f.about for f in out if f.metric == "StockPriceChange"}
    # the one index moved there: a next sentence naming none may carry its move on
    printed.cache["index_move"] = next(
        (label for label in moved if len(moved) == 1 and document.type_of(label) == "MarketIndex"),
        None)
    return out


def _names_rated(sentence: Sentence, house: str) -> bool:
    """Does the sentence name a company or institution besides the house giving the estimate?
    A line printed wholly in capitals, as agencies print their lists of ratings, names the
    company whose target it gives; where the extractor does not know that name, no company of
    another line may take the target."""
    return any(m.label != house and m.type in ISSUER_TYPES for m in sentence.mentions)


# An earlier value more than this many times larger or smaller than the figure it follows is
# another figure's: "$15.2 billion, or $5.31 per share, from $14.0 billion" puts the profit's
# earlier value after the per-share one, and no quarter turns a share's earnings into billions.
_EARLIER_SPREAD = 1000


def _orders_apart(value: Decimal, earlier: Decimal) -> bool:
    """Do the two values lie too many orders of magnitude apart to be one figure of two
    periods? A zero is left alone: it compares with nothing."""
    if not value or not earlier:
        return False
    ratio = abs(value / earlier)
    return ratio > _EARLIER_SPREAD or ratio * _EARLIER_SPREAD < 1


def _earlier_value(document: Document, sentence: Sentence, q: Quantity,
                   last: tuple[Quantity, Figure], words: FigureWords,
                   link: re.Pattern[str] | None = None) -> Figure | None:
    """A number no word names, linked to the figure right before it and told of
    the year or quarter before ("erhalten sie 1,20 Euro je Aktie, nach 1,10 Euro
    im Jahr zuvor"): the same figure, of the earlier period. ``link`` is what joins
    the two (the words of the language's earlier link by default)."""
    before, figure = last
    link = link or words.earlier_link
    if link is None or q.unit != before.unit or q.value is None \
            or figure.value is None or figure.status != "Reported" \
            or not link.fullmatch(sentence.text, before.end, q.start) \
            or _orders_apart(figure.value, q.value):
        return None
    clause = _clause(sentence, q, words)
    prior = _earlier_period(sentence, q, unit_kind(q), figure.metric, words, clause,
                            document.lang)
    if prior is None:
        return None
    period = prior_period(figure.period, document.lang) if prior == "year" \
        else previous_quarter(figure.period, document.lang)
    return figure.model_copy(update={
        "value": q.value, "qualifier": q.qualifier, "period": period,
        "evidence": figure.evidence.model_copy(update={
            "start": sentence.start + q.start, "end": sentence.start + q.end,
            "extractor": f"figures/{document.lang}/earlier-value/{figure.metric}"})})


def _gapped_estimate(document: Document, sentence: Sentence, q: Quantity,
                     last: tuple[Quantity, Figure]) -> Figure | None:
    """A clause of only another house and a number after a house's estimate, the estimate's
    words left out ("Bernstein sieht das Kursziel bei 265 Euro, Jefferies bei 250 Euro",
    "UBS sets its target at $265, Citi at $250"): the same estimate of the same company, by
    that house. The word before the number must be the one before the first number, and
    nothing but the clause's end may follow the number; else it is another figure."""
    before, figure = last
    text = sentence.text
    if figure.metric not in ESTIMATE_METRICS or figure.estimated_by is None \
            or figure.status == "Previous" or q.unit != before.unit or q.value is None:
        return None
    house = next((m for m in sentence.mentions if m.type in INSTITUTION
                  and before.end < sentence.local(m.start) and sentence.local(m.end) < q.start), None)
    if house is None or house.label in (figure.estimated_by, figure.about):
        return None
    lead, tail = _GAP_LEAD.fullmatch(text, before.end, sentence.local(house.start)), \
        _GAP_WORD.fullmatch(text, sentence.local(house.end), q.start)
    word_before = _WORD_BEFORE.search(text, 0, before.start)
    if lead is None or tail is None or word_before is None \
            or tail.group("word") != word_before.group("word") \
            or not _CLAUSE_END.match(text, q.end):
        return None
    return figure.model_copy(update={
        "value": q.value, "min_value": None, "max_value": None, "qualifier": q.qualifier,
        "estimated_by": house.label,
        "evidence": figure.evidence.model_copy(update={
            "start": sentence.start + q.start, "end": sentence.start + q.end,
            "extractor": f"figures/{document.lang}/gapped-estimate/{figure.metric}"})})


_GAP_LEAD = re.compile(r",\s*(?:[^\W\d_]+\s+)?")  # ", " and maybe an article: "…, die UBS bei"
_GAP_WORD = re.compile(r"\s+(?P<word>[^\W\d_]+)\s+")  # " bei ", " at "
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)\s+$")  # the word right before the first number
_CLAUSE_END = re.compile(r"\s*(?:[.;,)]|$)")


def _replacing_value(document: Document, sentence: Sentence, q: Quantity,
                     last: tuple[Quantity, Figure], words: FigureWords) -> Figure | None:
    """A number no word names, the next of its unit after a value it replaces ("Statt
    2,3 Milliarden Euro Umsatz rechnet der Konzern nun mit 2,1 Milliarden"): the same
    figure, now current, so the outlook is told once as new and once as old; an amount
    with a scale word and nothing it counts is in the old one's currency. None where
    another number stands between the two."""
    before, figure = last
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    bare = q.unit == "Count" and q.scaled and unit_kind(before) == "currency" \
        and _BARE_END.match(sentence.text, q.end) is not None
    if figure.status != "Previous" or q.unit != before.unit and not bare or q.value is None \
            or q.value == before.value or not _superseded(sentence.text, before, words) \
            or any(before.end <= p.start and p.end <= q.start for p in quantities) \
            or _bracket_closed_between(sentence.text, before, q):
        return None
    return figure.model_copy(update={
        # an old range may be replaced by one value: the new figure keeps none of its bounds
        "value": q.value, "min_value": None, "max_value": None, "qualifier": q.qualifier,
        "status": "Estimate" if figure.estimated_by else "Guidance",
        "evidence": figure.evidence.model_copy(update={
            "start": sentence.start + q.start, "end": sentence.start + q.end,
            "extractor": f"figures/{document.lang}/replacing-value/{figure.metric}"})})


def _bracket_closed_between(text: str, old: Quantity, q: Quantity) -> bool:
    """Is the old value inside a bracket that closes before the number ("… of £126m to £132m
    (previously £118m to £128m), ahead of the consensus of £124.5m")? The bracket told the old
    value after the new one, so the number after it replaces nothing: it is a figure of its own."""
    opened = text.rfind("(", 0, old.start)
    return opened >= 0 and text.find(")", opened, old.start) < 0 \
        and text.find(")", old.end, q.start) >= 0


_CHOICE = "|"  # between the codes of a currency word several countries use ("SEK|NOK|DKK")


def _earlier_of_unread(text: str, q: Quantity, before: list[Quantity], unread: list[Quantity],
                       words: FigureWords) -> bool:
    """"China accounted for 24% of sales, down from 41% a year earlier": the
    number after "from" is the earlier value of the number of its unit before
    it; where that one is no figure, or a portion of revenue (whose earlier value
    no metric word names), neither is this. So for the number compared with
    ("sold 3.9 million X consoles, compared with 3.8 million a year earlier"):
    the old value belongs to whatever the new one belongs to, and where the new
    one has no owner the old one has none either. A value replaced ("Statt 2,3
    Milliarden Euro rechnet er nun mit einem Umsatz von 2,1 Milliarden") is no new one
    that the next is the old value of."""
    same = [p for p in before if p.unit == q.unit]
    return bool(same) and same[-1] in unread and not _superseded(text, same[-1], words) \
        and (words.previous_from.search(text, max(0, q.start - 12), q.start) is not None
             or _compared_with(text, q, words))


def _multiple_of_unread(text: str, q: Quantity, before: list[Quantity],
                        unread: list[Quantity]) -> bool:
    """"The deal values X at $12.4 billion, or roughly 14 times its expected sales": a
    multiple put beside an amount as the same value told again belongs to whatever the
    amount belongs to; where the amount gave no figure (a name not known is valued), the
    multiple is no one's either, not the article's company's."""
    return q.unit == "Multiple" and bool(before) and before[-1] in unread \
        and _MOVE_ASIDE.fullmatch(text, before[-1].end, q.start) is not None


def _owner_of_new(sentence: Sentence, q: Quantity, figure: Figure, before: list[Quantity],
                  given: dict[int, Figure], words: FigureWords) -> Figure:
    """The number compared with ("sold 3.9 million X consoles, compared with 3.8
    million a year earlier") is the old value of the number of its unit before it,
    and belongs to whatever that one belongs to, not to a name between the two;
    unless a name is counted right after it ("compared with 44 at Boeing")."""
    same = [p for p in before if p.unit == q.unit]
    new = given.get(same[-1].start) if same else None
    if new is None or new.about == figure.about or new.about is None \
            or not _compared_with(sentence.text, q, words) \
            or _counted_at_other(sentence, q, new.about, words):
        return figure
    return figure.model_copy(update={"about": new.about})


def _product_part_of_named(sentence: Sentence, clause: tuple[int, int], q: Quantity,
                           portion: re.Match[str]) -> bool:
    """"The iPhone made up 52% of Apple's revenue": a product's part of its maker's revenue is
    the product's figure (as "of its revenue" gives it), but the maker's possessive after the
    number would take it; left out rather than filed under the maker."""
    named = any(portion.start() <= sentence.local(m.start) < portion.end()
                for m in sentence.mentions if m.type not in PRODUCT_TYPES)
    return named and any(clause[0] <= sentence.local(m.start) and sentence.local(m.end) <= q.start
                         for m in sentence.mentions if m.type in PRODUCT_TYPES)


def _earlier_portion(document: Document, sentence: Sentence, q: Quantity,
                     last: tuple[Quantity, Figure], words: FigureWords) -> Figure | None:
    """"China accounted for 24% of ASML's sales in the quarter, down from 42% a year
    earlier": the words of what the portion is of belong to the number before, so the link
    to the earlier value is read from their end, as far as after a figure a word names."""
    before, figure = last
    if figure.evidence.extractor.split("/")[2] != _PORTION_OF_SALES or words.portion_of_sales is None:
        return None
    portion = words.portion_of_sales.match(sentence.text, before.end)
    if portion is None:
        return None
    return _earlier_value(document, sentence, q, (dataclasses.replace(before, end=portion.end()), figure),
                          words, words.earlier_link_far)


def _compared_with(text: str, q: Quantity, words: FigureWords) -> bool:
    """A word of comparison ("compared with", "versus") right before the number:
    the number is the one compared with. (A bare "from", German "von", may also
    open a number of its own: "für Puma eines von 24 Euro".)"""
    return words.compared_before is not None and words.compared_before.search(
        text, max(0, q.start - _COMPARED_BACK), q.start) is not None


def _linked_to_earlier(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """"Die Marge fiel auf 8,1 Prozent, nach 9,4 Prozent ein Jahr zuvor": the
    number after the link to an earlier value is the level of before, which
    the verb that moved the one before it did not move."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    same = [p for p in quantities if p.end <= q.start and p.unit == q.unit]
    return bool(same) and words.earlier_link is not None \
        and words.earlier_link.fullmatch(sentence.text, same[-1].end, q.start) is not None


def _chosen_currency(document: Document, sentence: Sentence, q: Quantity) -> str | None:
    """The code of a currency word several countries use ("Kronen",
    "crowns") that the article wrote out last before it ("140 dänische
    Kronen … 5 Milliarden Kronen" is DKK); None where it names none of them
    (rare enough to look back through the article each time)."""
    choices = frozenset((q.unit or "").split(_CHOICE))
    chosen = None
    for earlier in document.sentences[:sentence.index + 1]:
        for other in quantities_of(earlier, document.lang):
            if earlier is sentence and other.start >= q.start:
                break
            if other.unit in choices:
                chosen = other.unit
    return chosen if chosen is not None else _currency_of_country(document, choices)


_SEAT_STEPS = 3  # a company's seat, its town's region, the region's country


def _currency_of_country(document: Document, choices: frozenset[str]) -> str | None:
    """Of the codes a currency word may stand for, the one whose country the article
    names as a place or seats its company in ("5 billion crowns" about Ericsson, of
    Stockholm, Sweden, is SEK); None where it points to none of them or to more than one."""
    by_country = {country: code for code in choices if (country := currency_country(code))}
    company = salient_entity(document)
    labels = {m.label for m in document.mentions if m.type == "Place"} | (
        {company} if company is not None else set())
    found = {by_country[country] for label in labels
             for country in _seat_chain(document, label) if country in by_country}
    return found.pop() if len(found) == 1 else None


def _seat_chain(document: Document, label: str) -> set[str]:
    """``label`` and the places the catalogue seats it in, and those in turn, a few
    steps up: a company's town, the town's country."""
    chain, frontier = {label}, {label}
    for _step in range(_SEAT_STEPS):
        frontier = {place for here in frontier if (entry := document.catalogue.get(here))
                    for place in entry.located_in} - chain
        chain |= frontier
    return chain


def _unit_from_next(text: str, q: Quantity, nxt: Quantity | None, lang: str) -> Quantity:
    """"von 700 auf 760 Hongkong-Dollar", "auf 92 von 88 Franken": the one value
    shares the other's unit, and its scale ("von 15,2 auf 16,1 Milliarden Euro" is 15.2 billion;
    "von 800 Millionen auf 1,2 Milliarden Euro" is in euros; "from 365 to 420
    pence" is 3.65 pounds)."""
    if nxt is None or nxt.unit is None or unit_kind(nxt) != "currency" and q.scaled \
            or not (q.unit is None or q.scaled and q.unit == "Count"):
        return q
    new_first = figure_words(lang).previous_after_new.search(text, max(0, q.start - 8), nxt.start)
    if (new_first is None or new_first.start() > q.start) and (
            not _is_previous(text, q, lang) or not (
                figure_words(lang).previous_to.fullmatch(text[q.end:nxt.number_start])
                or figure_words(lang).previous_to.fullmatch(text[q.end:nxt.start]))):
        return q  # the new value may be hedged: "von 240 auf rund 260 Euro"; the new may
        # come first, told by the unit of the old: "auf 92 von 88 Franken"
    if q.scaled or q.value is None or nxt.value is None:
        return dataclasses.replace(q, unit=nxt.unit)
    try:
        scale = abs(nxt.value / parse_number(text[nxt.number_start:nxt.number_end], lang))
    except (ValueError, ArithmeticError):
        return q
    return dataclasses.replace(q, unit=nxt.unit, value=q.value * scale, scaled=nxt.scaled)


_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
# a row of a table written out as text: cells parted by a bar or a tab
_CELL = re.compile(r"\s\|\s|\t")
# a row of a key-figure table printed as lines: a label of words, its number and, in
# brackets, the number of the year before ("Umsatz 2.581 (2.634)", "Ebit-Rendite 7,7 % (8,8 %)")
_LABEL_ROW = re.compile(r"[^\d|()]{2,60}?\s[-+]?\d[\d.,]*(?:\s*[^\s\d()]+)?"
                        r"\s+\([-+]?\d[\d.,]*(?:\s*[^\s\d()]+)?\)\s*")
_TABLE_BACK = 12  # how many rows back a table's heading may stand
_CELL_OPENS = re.compile(r"(?:\s\||\t)[ \t]*$")  # what ends right before a cell's first word


def _unit_from_table(document: Document, sentence: Sentence, q: Quantity,
                     words: FigureWords) -> Quantity:
    """"Die Eckdaten (3. Quartal, in Mio. Euro): / Umsatz | 10.420 | -3 %": a bare
    number in a table's row is in the unit its row's label names ("Ergebnis je
    Aktie (Euro) | 0,83"), else in the one of the table's heading, the line
    before its rows."""
    if q.unit is not None or q.scaled or q.value is None or words.table_unit is None \
            or not _table_line(sentence.text) or _counts_by_label(sentence, q, words):
        return q
    found = words.table_unit.search(sentence.text, 0, q.start)
    index = sentence.index
    while found is None and index > 0 and sentence.index - index < _TABLE_BACK:
        index -= 1
        row, found = _table_row_unit(document.sentences[index], words.table_unit)
        if not row:
            break  # the heading: the first line that is no row
    if found is None:
        return q
    scale = found.group("scale") or (found.groupdict().get("post") or "")
    unit = find_quantities(f"1 {scale} {found.group('unit')}", document.lang)
    if len(unit) != 1 or unit[0].value is None or unit_kind(unit[0]) != "currency":
        return q
    value = q.value * unit[0].value
    return dataclasses.replace(q, unit=unit[0].unit, value=value,
                               min_value=q.min_value and q.min_value * unit[0].value,
                               max_value=q.max_value and q.max_value * unit[0].value,
                               scaled=unit[0].scaled)


def _table_row_unit(sentence: Sentence, table_unit: re.Pattern[str],
                    ) -> tuple[bool, re.Match[str] | None]:
    """Whether the line is a table's row (:func:`_table_line`) and the table unit
    it names, found once per line: every bare number of every row below it looks
    back over the same lines, and the unit's pattern is slow on a long line."""
    kept = sentence.cache.get("figure-table-row-unit")
    if kept is None:
        kept = sentence.cache["figure-table-row-unit"] = (
            _table_line(sentence.text), table_unit.search(sentence.text))
    return kept  # type: ignore[return-value]


def _table_line(text: str) -> bool:
    """Is the line a row of a flattened table: cells parted by bars or tabs, or a
    label with its number and the year before's in brackets (``_LABEL_ROW``)?"""
    return bool(_CELL.search(text) or _LABEL_ROW.fullmatch(text))


def _counts_by_label(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """"Mitarbeiter 21.340 (21.070)" under "(in Mio. Euro)": a row whose label, before
    the number, names only what is counted (staff, no amount of money) is no amount in
    the table's unit."""
    readings = [rule.by_unit for _order, rule, spans in trigger_spans(sentence, words)
                if any(end <= q.start for _start, end in spans)]
    return bool(readings) and all("count" in by_unit and "currency" not in by_unit
                                  for by_unit in readings)


def _column_metric(document: Document, sentence: Sentence, q: Quantity,
                   words: FigureWords) -> Found | None:
    """"Bank | Votum | Kursziel / Bernstein | Market-Perform | 52 Euro": a number
    in a row of a table of houses is a target or fair value where the heading
    of its column names one, the row's first cell names the house that set it
    and no word of the row names the number. The heading is the first line of
    the table's rows, the one with no number; the row must have as many cells."""
    in_table = _table_row(sentence, q)
    if in_table is None:
        return None
    cells, column, first = in_table
    if not any(m.type in INSTITUTION and m.end <= first for m in sentence.mentions):
        return None
    index = sentence.index
    while index > 0 and sentence.index - index < _TABLE_BACK \
            and _CELL.search(document.sentences[index - 1].text):
        index -= 1
    heading = document.sentences[index]
    if heading is sentence or _DIGIT.search(heading.text) \
            or len(_CELL.split(heading.text)) != len(cells):
        return None
    kind = unit_kind(q)
    for _order, rule, spans in trigger_spans(heading, words):
        metric = rule.by_unit.get(kind)
        if metric in ESTIMATE_METRICS and any(
                len(_CELL.findall(heading.text, 0, start)) == column for start, _end in spans):
            return metric, rule, None
    return None


def _table_row(sentence: Sentence, q: Quantity) -> tuple[list[str], int, int] | None:
    """A sentence that is a row of a flattened table ("Bernstein | Market-Perform | 52
    Euro"), with the number in a cell after the first: its cells, the number's column and
    where the first cell, the row's label, ends. None for any other sentence or number."""
    if not _CELL.search(sentence.text):
        return None
    column = len(_CELL.findall(sentence.text, 0, q.start))
    if column == 0:
        return None
    cells = _CELL.split(sentence.text)
    return cells, column, sentence.start + len(cells[0])


def _unit_row_metric(document: Document, sentence: Sentence, q: Quantity,
                     words: FigureWords) -> Found | None:
    """"Umsatz Konzern | 5.710 | -2,4 % / E-Mobility | 1.020 | +11,0 %": an amount in a
    row of a table of business units, whose first cell names the unit and no metric,
    is of the metric of the first row above it that names no unit and has as many
    cells: the group's row, whose first cell names the metric of all its numbers, or the
    heading ("Sparte | Umsatz | Veränderung"), whose cell above the amount names it.
    Only amounts in a currency the table gives: a bare number could count anything."""
    in_table = _table_row(sentence, q) if unit_kind(q) == "currency" else None
    if in_table is None:
        return None
    cells, column, first = in_table
    if not any(m.type == "BusinessUnit" and m.end <= first for m in sentence.mentions) \
            or any(start < len(cells[0]) for _order, _rule, spans in trigger_spans(sentence, words)
                   for start, _end in spans):
        return None
    index = sentence.index
    while index > 0 and sentence.index - index < _TABLE_BACK \
            and _CELL.search(document.sentences[index - 1].text):
        index -= 1
        row = document.sentences[index]
        label = len(_CELL.split(row.text)[0])
        if len(_CELL.split(row.text)) != len(cells) \
                or any(m.start < row.start + label for m in row.mentions):
            continue  # a row of another unit, or of another shape
        heading = not _DIGIT.search(row.text)  # "Sparte | Umsatz | Veränderung"
        for _order, rule, spans in trigger_spans(row, words):
            metric = rule.by_unit.get("currency")
            if metric is not None and not rule.generic and not rule.negative and any(
                    len(_CELL.findall(row.text, 0, start)) == column if heading else end <= label
                    for start, end in spans):
                return metric, rule, None
        return None  # the group's row or the heading names no metric of the amount
    return None


def _unit_from_aside(text: str, q: Quantity, before: Quantity | None,
                     words: FigureWords, lang: str) -> Quantity:
    """"3,2 Milliarden Euro (Vorjahr: 2,9)": a number alone in brackets after
    an amount, of the year before or superseded, is in the amount's unit and,
    written without a scale word, in its scale."""
    if before is None or q.min_value is not None or q.value is None \
            or unit_kind(before) not in ("currency", "percent") \
            or not (q.unit is None or q.unit == "Count" and q.scaled) \
            or not text[before.end:q.start].lstrip().startswith("(") \
            or not _BRACKET_CLOSE.match(text, q.end):
        return q
    label = _aside_label(text, q, words)
    if label is None or label.strip(" :.") and not any(
            pattern is not None and pattern.fullmatch(label)
            for pattern in (words.aside_prior, words.aside_superseded)):
        return q
    value = q.value
    if not q.scaled and before.value:
        try:
            value = q.value * abs(before.value / parse_number(
                text[before.number_start:before.number_end], lang))
        except (ValueError, ArithmeticError):
            return q
    return dataclasses.replace(q, unit=before.unit, value=value,
                               scaled=q.scaled or before.scaled)


_EARLIER_GAP = 40  # "crowns, up from a previous range of ": how far the link may reach
_BARE_END = re.compile(r"\s*(?:[.,;:)]|$)")
_LOWER_NEXT = re.compile(r"\s+[^\W\d_](?<=[^\W\d_A-ZÄÖÜ])")  # a next word in lower case


def _unit_of_bare_price(document: Document, sentence: Sentence, q: Quantity,
                        words: FigureWords) -> Quantity:
    """A price in cents with no currency, that a company's share moved to ("Amazon stock
    rose 2.3% to 241.10"): a share price in the one currency the article counts money
    in, where the clause speaks of the share. Where the article names two currencies or
    none, which one is not told, and the number is left; an index's level is no price
    ("the Nikkei fell 0.5% to 51,120.50"), nor a multiple that moved ("its P/E rose 5%
    to 23.45")."""
    if q.unit is not None or q.scaled or not _CENTS.search(sentence.text, q.number_start, q.number_end):
        return q
    clause = _clause(sentence, q, words)
    if not _price_after_move(sentence, q, words, clause) \
            or not words.shares.search(sentence.text, clause[0], q.start):
        return q
    subject = _closest(sentence, q, clause, SUBJECT_TYPES, document.lang)
    if subject is None or document.type_of(subject.label) not in ISSUER_TYPES:
        return q
    currencies = {p.unit for s in document.sentences for p in find_quantities(s.text, document.lang)
                  if unit_kind(p) == "currency" and p.unit is not None and _CHOICE not in p.unit}
    return dataclasses.replace(q, unit=currencies.pop()) if len(currencies) == 1 else q


_CENTS = re.compile(r"\d[.,]\d{2}$")  # "241.10": a price told to the cent


def _unit_from_earlier(text: str, q: Quantity, before: Quantity | None,
                       words: FigureWords) -> Quantity:
    """"free cash flow of 8.5 billion to 9 billion crowns, up from a previous
    range of 8 billion to 9 billion", "1,63 Milliarden Franken, nach 1,58 Milliarden
    im Vorjahr": a number with a scale word and nothing it counts, told with "from"
    or the link to an earlier value as the earlier value of the amount before it, is
    in that amount's unit."""
    if before is None or q.unit != "Count" or not q.scaled or unit_kind(before) != "currency":
        return q
    between = text[before.end:q.start]
    if len(between) > _EARLIER_GAP or _DIGIT.search(between):
        return q
    if _BARE_END.match(text, q.end) and any(
            words.previous_from.search(text, before.end, before.end + end.start())
            for end in re.finditer(r"\s", between)):
        return dataclasses.replace(q, unit=before.unit)
    # "auf 1,63 Milliarden Franken, nach 1,58 Milliarden im Vorjahr": where nouns are
    # capitalised, a word in lower case after the number is none it counts
    if words.earlier_link is not None and words.earlier_link.fullmatch(text, before.end, q.start) \
            and (_BARE_END.match(text, q.end) or words.nouns_capitalised
                 and _LOWER_NEXT.match(text, q.end)):
        return dataclasses.replace(q, unit=before.unit)
    return q


def _multiple_from_earlier(document: Document, sentence: Sentence, q: Quantity,
                           before: list[Quantity], words: FigureWords) -> Quantity:
    """"Broadcom trades at 33 times forward earnings and Marvell at 29 times": a bare
    number with the word of a multiple after it and nothing it multiplies, after a
    multiple told in full in the sentence, is a multiple too. Only after the words
    that state a valuation ("at", "fetches"): "has raised its dividend 3 times" counts.
    So in the sentence after one, after a verb of trading ("… while Lowe's trades at 19
    times forward earnings. Floor & Decor trades at 38 times.")."""
    if q.unit is not None or q.scaled or words.multiple_before is None \
            or words.multiple_after is None:
        return q
    text = sentence.text
    after = words.multiple_after.match(text, q.end)
    if after is None:
        return q
    window = (max(0, q.start - 20), q.start)
    previous: list[Quantity] = document.sentences[sentence.index - 1].cache.get(  # type: ignore[assignment]
        "quantities", []) if sentence.index > 0 else []
    cue: re.Pattern[str] | None = None
    if any(p.unit == "Multiple" for p in before):
        cue = words.multiple_before
    elif any(p.unit == "Multiple" for p in previous):
        cue = words.multiple_carried
    if cue is None or not cue.search(text, *window):
        return q
    return dataclasses.replace(q, unit="Multiple", end=after.end())


def _change_before_new(text: str, q: Quantity, rest: list[Quantity], words: FigureWords) -> bool:
    """The 30 in "um 30 Milliarden Yen auf 70 Milliarden Yen": the size of a
    change, stated beside the new amount, is not a figure of its own; nor is
    the amount right after a verb of change ("shares rose $4 to $212", "fell
    2.1p, or 3%, to 48.5p", the move in percent between)."""
    if unit_kind(q) != "currency" or not rest:
        return False
    if unit_kind(rest[0]) == "currency":
        between, new = text[q.end:rest[0].start], rest[0]
        if words.change_by.search(text[max(0, q.start - 8):q.start]) \
                and words.move_to.fullmatch(between):
            return True
    elif unit_kind(rest[0]) == "percent" and len(rest) > 1 and unit_kind(rest[1]) == "currency" \
            and _MOVE_ASIDE.fullmatch(text, q.end, rest[0].start):
        between, new = text[rest[0].end:rest[1].start].lstrip(" ,"), rest[1]  # ", or 3%, to"
    else:
        return False
    return new.unit == q.unit and _after_move(text, q, words) \
        and bool(words.move_to.fullmatch(between))


# Between the size of a move and the same move in percent: ", or ", " oder " (no number)
_MOVE_ASIDE = re.compile(r"\s*[,(]?\s*[^\W\d_]{0,4}\s*")


def _after_move(text: str, q: Quantity, words: FigureWords) -> bool:
    """The number stands right after a verb or word of rise or fall ("rose $4",
    "down 2.1p"): it is the size of the move."""
    before = text[max(0, q.start - 20):q.start]
    return any(not before[m.end():].strip() for pattern in (words.up, words.down)
               for m in pattern.finditer(before))


def _inside_mention(sentence: Sentence, q: Quantity) -> bool:
    start, end = sentence.start + q.number_start, sentence.start + q.number_end
    return any(m.start <= start and end <= m.end for m in sentence.mentions)


def _clause(sentence: Sentence, q: Quantity, words: FigureWords) -> tuple[int, int]:
    """Local bounds of the clause around the number. A relative clause closed
    before the number that holds no number and no name is an aside of the
    clause it stands in ("Organic sales, which strip out currency swings,
    rose 3.6%"): its opening ends no clause. One with a number or name of its
    own ("X, which owns 22% of Y, offered …") still does."""
    breaks = _clause_breaks(sentence, words)
    asides = [(c.opens, c.closes) for c in relative_clauses(words.lang, sentence.text)
              if c.closes < q.start and not _DIGIT.search(sentence.text, c.opens, c.closes)
              and not any(c.opens <= sentence.local(m.start) < c.closes for m in sentence.mentions)
              ] if words.lang else []
    held = _held_by_relative(sentence, q, words)
    left = max((end for start, end in breaks if end <= q.start and start != held
                and not any(opens <= start <= closes for opens, closes in asides)), default=0)
    right = min((start for start, end in breaks if start >= q.end), default=len(sentence.text))
    return left, right


def _held_by_relative(sentence: Sentence, q: Quantity, words: FigureWords) -> int | None:
    """Where the relative clause opens that holds the number as its first, with no name in it,
    right after a metric word ("Data Center revenue, which came in at $39.1 billion"): the
    clause speaks of that noun, whose metric the number takes, so its opening ends no clause.
    None elsewhere: a clause after a name ("X, which owns 22% of Y", "Shares of X, which rose
    73% …") or after a number ("profit rose 5%, which beat the 3% …") keeps its own bounds."""
    if not words.lang:
        return None
    text = sentence.text
    ends = {end for _order, _rule, found in trigger_spans(sentence, words) for _start, end in found}
    for clause in relative_clauses(words.lang, text):
        if clause.body <= q.start and q.end <= clause.closes \
                and len(text[:clause.opens].rstrip()) in ends \
                and not _DIGIT.search(text, clause.body, q.start) \
                and not any(clause.opens <= sentence.local(m.start) < clause.closes
                            for m in sentence.mentions):
            return clause.opens
    return None


def _clause_breaks(sentence: Sentence, words: FigureWords) -> list[tuple[int, int]]:
    """Where the sentence's clauses end, found once. A bracket ends a clause
    only around a number ("(+3 %)"); a name or gloss in brackets ("Der
    Vorsteuergewinn (Ebit) brach …") does not split its clause."""
    cached = sentence.cache.get("clause-breaks")
    if cached is not None:
        return cached  # type: ignore[return-value]
    text = sentence.text
    glosses = [(m.start(), m.end()) for m in _GLOSS.finditer(text)] \
        + [(m.start(), m.end()) for m in _ASIDE_SPAN.finditer(text)] \
        + [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(text)] \
        + _changes_after_words(sentence, words)
    joined = {start for start, _end in joined_objects(sentence, words)}
    if words.pair_between is not None:
        # "stieg zwischen Juli und September um 2 Prozent": a pair, one clause
        joined |= {m.start("and") for m in words.pair_between.finditer(text)}
    breaks = [m.span() for m in words.clause_break.finditer(text)
              if not any(g_start <= m.start() < g_end for g_start, g_end in glosses)
              and not _label_colon(text, m.start()) and not _topic_colon(text, m.start(), words)
              and not _metric_label_colon(sentence, words, m.start())
              and m.start() not in joined and not _joins_pair(text, m.start(), words)]
    sentence.cache["clause-breaks"] = breaks
    return breaks


def _joins_pair(text: str, at: int, words: FigureWords) -> bool:
    """Does the break at ``at`` join the second of a pair that a word before opens ("supplies
    both Airbus and Boeing, said it would add 400 workers")? That "and" joins two names, and
    the clause goes on past it."""
    return words.pair_before_and is not None and words.joined is not None \
        and words.joined.match(text, at) is not None \
        and words.pair_before_and.search(text, max(0, at - _PAIR_BEFORE), at) is not None


_PAIR_BEFORE = 40  # how far before "and" the word that opens the pair may stand


def _topic_colon(text: str, at: int, words: FigureWords) -> bool:
    """The colon after a topic the sentence opens with and no number ("Auch beim Umsatz
    wird der Konzern vorsichtiger: Statt 2,3 Milliarden Euro …"): the numbers after it
    are the topic's, one clause."""
    return text[at] == ":" and words.topic_colon is not None \
        and words.topic_colon.search(text, 0, at) is not None


_SIGNED_BRACKET = re.compile(r"\([ \t]*[+\-\u2212\u2013][ \t]*\d[\d.,]*[ \t]*[^\W\d_]*[ \t]*%?[ \t]*\)")


def _changes_after_words(sentence: Sentence, words: FigureWords) -> list[tuple[int, int]]:
    """Signed changes in brackets right after a metric word that is no share
    word ("steigerte den Umsatz (+12 Prozent) auf 9 Milliarden Euro"): the
    change is the word's, and the clause goes on past the bracket to the
    amount, which is the word's too. After a name ("SAP (+3 %)") the bracket
    still closes a market report's line."""
    text = sentence.text
    ends = {end for _order, rule, spans in trigger_spans(sentence, words) if not rule.generic
            for _start, end in spans}
    return [m.span() for m in _SIGNED_BRACKET.finditer(text)
            if len(text[:m.start()].rstrip(" \t")) in ends]


_LABEL = re.compile(r"[^\W\d_][\w'’&./-]*(?:[ \t]+[^\W\d_][\w'’&./-]*){0,3}")


def _opens_with_label(text: str) -> bool:
    """Does the line open with a label and a colon, maybe after a bullet ("- Konzern: Umsatz …",
    "* Group: revenue …"), as a line of a list of results does?"""
    lead = _LIST_BULLET.match(text)
    label = _LABEL.match(text, lead.end() if lead is not None else 0)
    return label is not None and text.startswith(":", label.end())


def _label_colon(text: str, at: int) -> bool:
    """The colon after a label that opens the line, as in a list of results
    ("Revenue: $57.0 billion vs. $54.9 billion expected", "Umsatz: 5,1
    Milliarden Euro"), or a cell of a line a page divides by bars ("Tesla Inc. |
    WKN: … | Kurs: 318,50 EUR"): the label names the number after it, one clause."""
    return text[at] == ":" and bool(_LABEL.fullmatch(text[:at].rsplit("|", 1)[-1].strip(_LINE_MARKS)))


# A label a metric's word opens, after at most two capitalised words ("Das", a house's name),
# with the names it is of: up to six words and no number.
_LABEL_LEAD = re.compile(r"(?:[A-ZÄÖÜ][\w'’&./-]*[ \t]+){0,2}")
_METRIC_LABEL = re.compile(r"[^\W\d_][\w'’&./-]*(?:[ \t]+[^\W\d_][\w'’&./-]*){0,5}")
# What may follow the metric's word in such a label: the names it is of, each after one word
# in lower case ("von Jefferies für Siemens", "for Siemens"); not the rest of a clause ("paid
# a record price").
_OF_NAMES = re.compile(r"(?:[ \t]+[^\W\d_A-ZÄÖÜ]+(?:[ \t]+[A-ZÄÖÜ][\w'’&./-]*)+)*[ \t]*")


def _metric_label_colon(sentence: Sentence, words: FigureWords, at: int) -> bool:
    """The colon after a metric's word and the names it is of, opening the line ("Kursziel von
    Jefferies für Siemens: 120 Euro", "Jefferies price target for Siemens: 120 euros"): longer
    than a plain label, it still names the number after it, one clause. Not where a word in
    lower case stands before the metric's word ("Analysten erhöhen Kursziel für X: …"), or
    more than names follow it ("Siemens paid a record price: …"), which makes a sentence of
    its own."""
    text = sentence.text
    if text[at] != ":":
        return False
    lead = len(text) - len(text.lstrip(_LINE_MARKS))
    return any(lead <= start < at and _LABEL_LEAD.fullmatch(text, lead, start) is not None
               and _METRIC_LABEL.fullmatch(text, start, at) is not None
               and _OF_NAMES.fullmatch(text, end, at) is not None
               for _order, rule, spans in trigger_spans(sentence, words) if not rule.generic
               for start, end in spans)


# A name or gloss in brackets: no number, though digits may close a word ("Die harte
# Kernkapitalquote (CET1) lag bei 15,1 Prozent": an abbreviation, no number of its own).
_GLOSS = re.compile(r"\((?=[^()]{1,40}\))(?:[^()\d]|(?<=[^\W\d_])\d+)+\)"
                    # an exchange code of digits after a name ("Baidu (9888.HK) gained 4.2%",
                    # "Advantest (6857.T)"): the name's ticker, no number of the clause
                    r"|\(\d{3,6}\.[A-Z]{1,2}\)")
# Words set off by a pair of dashes ("Der operative Gewinn - das sogenannte
# Segmentergebnis - erreichte 761 Millionen Euro"): an aside with no number, which
# does not end the clause it stands in.
_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—\d;:()]{1,60}?\s[–—-]\s")
# A number in brackets beside another ("5,4 (Vorjahr: 5,2) Milliarden Euro",
# "3,2 Mrd. Euro (Vorjahr: 2,9 Mrd.)"): one clause.
_ASIDE_SPAN = re.compile(r"\d(?:[ \t]*(?:%|[^\W\d_][\w.-]*)){0,3}[ \t]*\([^()\d]{0,25}?"
                         r"[-+\u2212]?\d[\d.,]*(?:[ \t]*(?:%|[^\W\d_][\w.-]*)){0,3}[ \t]*\)")


_DASH = re.compile(r"\s[–—-]\s$")


def _aside_metric(sentence: Sentence, q: Quantity, words: FigureWords) -> Found | None:
    """"eine Dividende von 15,40 Euro je Aktie vor (Vorjahr: 13,80 Euro)": a
    number in brackets, of the year before or superseded, has the metric of
    the number of its kind before the bracket."""
    label = _aside_label(sentence.text, q, words)
    if label is None or label.strip(" :.") and not any(
            pattern is not None and pattern.fullmatch(label)
            for pattern in (words.aside_prior, words.aside_superseded)):
        return None
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    kind = unit_kind(q)
    before = [p for p in quantities if p.end <= q.start and unit_kind(p) == kind]
    if not before:
        return None
    owner = before[-1]
    return metric_of(sentence, owner, words, _clause(sentence, owner, words))


def _bracketed_base(sentence: Sentence, q: Quantity, words: FigureWords) -> tuple[Quantity, int] | None:
    """"lag 6 Prozent über dem Wert von Oktober bis Dezember (717 Millionen Euro)": an
    amount alone in brackets right after the base a percentage change is measured
    against is that base's value; the change and where its bracket opens, else None."""
    text = sentence.text
    if words.base_before_bracket is None or unit_kind(q) != "currency" or q.min_value is not None \
            or not _BRACKET_CLOSE.match(text, q.end):
        return None
    opened = text.rfind("(", 0, q.start)
    if opened < 0 or text[opened + 1:q.start].strip():
        return None
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    before = [p for p in quantities if p.end <= opened]
    if not before or unit_kind(before[-1]) != "percent" \
            or not words.base_before_bracket.match(text, before[-1].end, opened + 1):
        return None
    return before[-1], opened


def _compared_base_metric(sentence: Sentence, q: Quantity, words: FigureWords) -> Found | None:
    """The metric of a base's value in brackets (:func:`_bracketed_base`): that whose
    change it is ("Gewinn" for a profit's growth); with no word of the change that has a
    metric for amounts, the amount is left."""
    base = _bracketed_base(sentence, q, words)
    if base is None:
        return None
    change = base[0]
    found = metric_of(sentence, change, words, _clause(sentence, change, words))
    metric = found[1].by_unit.get("currency") if found is not None and found[1] is not None else None
    if found is None or metric in (None, "Other"):
        return None  # "Die Marge lag 4 Prozent über …": no amount of a margin
    return metric, found[1], found[2]


def _base_period(document: Document, sentence: Sentence, base: tuple[Quantity, int]) -> str | None:
    """The period a base in brackets names between its change and its bracket ("über
    dem Wert von Oktober bis Dezember"); none where it names none ("über dem Wert"),
    as the sentence's own period is the changed value's."""
    change, opened = base
    period = closest_period(sentence.text, opened, (change.end, opened), document.lang,
                            memo=sentence.cache)
    period = complete_period(period, document) if period else None
    return None if period is None or is_undated(period) else period


def _part_metric(document: Document, sentence: Sentence, q: Quantity,
                 words: FigureWords) -> Found | None:
    """"61.200 Autos verkauft. Rund 24.000 davon gingen in den Export", "About
    24,000 of them went to export": a count right before "davon"/"of them" with
    no noun of its own is a part of the last count told before it, in its own
    sentence or the one before, and has that count's metric where it is a count of
    things (Other); a part of a workforce ("80.000 davon in Deutschland") is no
    headcount of the company."""
    if unit_kind(q) != "count" or q.unit is not None or words.part_after is None \
            or not words.part_after.match(sentence.text, q.end):
        return None
    candidates = [sentence] if sentence.index == 0 \
        else [sentence, document.sentences[sentence.index - 1]]
    for source in candidates:
        quantities: list[Quantity] = source.cache.get("quantities", [])  # type: ignore[assignment]
        before = [p for p in quantities if unit_kind(p) == "count"
                  and (source is not sentence or p.end <= q.start)]
        if before:
            owner = before[-1]
            found = metric_of(source, owner, words, _clause(source, owner, words))
            return found if found is not None and found[0] == "Other" else None
    return None


def _back_metric(document: Document, sentence: Sentence, q: Quantity,
                 words: FigureWords) -> Found | None:
    """"Der Bereich steuert den Löwenanteil zum operativen Konzerngewinn bei.
    Dieser legte um rund ein Drittel auf 12,2 Billionen Won zu": a sentence
    opened by a demonstrative pronoun and its verb speaks of the last metric
    word of the sentence before that has a metric for the number's unit."""
    if sentence.index == 0:
        return None
    previous = document.sentences[sentence.index - 1]
    if not (words.back_metric is not None and words.back_metric.match(sentence.text)
            or words.pronoun_metric is not None and words.pronoun_metric.match(sentence.text)
            and not any((m.type == "Person" or m.type in ORGANIZATION_TYPES)
                        and m.rule != "reference/company" for m in previous.mentions)):
        # "Er wuchs": a person or a company the sentence before names may be "er"; a group
        # noun ("Der Konzern steigerte den Umsatz. Er wuchs …") is the company the
        # sentence's metric word belongs to, so either reading gives that metric's change
        return None
    kind, last = unit_kind(q), None
    for _order, rule, spans in trigger_spans(previous, words):
        metric = rule.by_unit.get(kind)
        if metric is None or rule.negative:
            continue  # a loss named before: no noun a pronoun stands for
        for start, end in spans:
            if rule.generic and words.shares.search(previous.text, start, end):
                continue  # nor a share: "Die Aktie stieg … Sie …" moves no metric
            if last is None or start > last[0]:
                last = (start, metric)
    return (last[1], None, None) if last is not None else None


def _appended_metric(sentence: Sentence, q: Quantity, words: FigureWords,
                     clause: tuple[int, int]) -> Found | None:
    """ "Der Nettogewinn kletterte auf 8,6 Milliarden Yuan – ein Plus von 32
    Prozent": a percentage appended after a dash changes the metric of the
    clause before the dash; so does one appended after a comma with the noun of
    a change alone ("Aufträge über 2,9 Milliarden Euro hereingeholt, ein Plus von
    41 Prozent"), the metric of the amount right before."""
    if not _DASH.search(sentence.text[:clause[0]]):
        return _appended_after_comma(sentence, q, words)
    head = sentence.text[:clause[0]].rstrip(" –—-")
    before = _clause(sentence, dataclasses.replace(q, start=len(head), end=len(head)), words)
    found = metric_of(sentence, q, words, (before[0], clause[1]))
    return found if found is not None and found[2] is not None and found[2][1] <= clause[0] \
        else None


def _appended_after_comma(sentence: Sentence, q: Quantity, words: FigureWords) -> Found | None:
    """The metric of a change appended after a comma (see :func:`_appended_metric`):
    the change of the amount before the comma, where that amount's metric word has a
    metric for a percentage or the amount is a business figure of `Other`, whose change
    is one too; else None."""
    if words.appended_change is None:
        return None
    link = words.appended_change.search(sentence.text, max(0, q.number_start - _APPENDED_REACH),
                                        q.number_start)
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    owner = next((p for p in reversed(quantities) if link is not None and p.end <= link.start()
                  and unit_kind(p) != "percent"), None)
    if link is None or owner is None or "," in sentence.text[owner.end:link.start()]:
        return None
    found = metric_of(sentence, owner, words, _clause(sentence, owner, words))
    if found is None or found[1] is None:
        return None
    metric = found[1].by_unit.get("percent") or ("Other" if found[0] == "Other" else None)
    return (metric, found[1], found[2]) if metric is not None else None


_APPENDED_REACH = 40  # how far before the number a change's noun after a comma may start


def _other_metric_near(sentence: Sentence, q: Quantity, words: FigureWords,
                       clause: tuple[int, int]) -> bool:
    """A specific metric word before the number that has no metric for its
    unit: a change of that metric, not a share-price move. Right before it
    ("raised its dividend by 4%"; a word of several that ends there with no name between:
    "its dividend per share would grow by up to 5%", not "… a buyback, and X climbed 3.1%";
    a word with only a period and "um"/"by" between: "die Dividende für das Geschäftsjahr
    2026 um 20 Prozent"),
    or anywhere before it in the clause for a
    target or fair value ("hat ihr Kursziel für X um 28 Prozent erhöht": a
    change of an estimate). Not a word that names a cause ("legte nach einem
    Großauftrag um 2 Prozent zu"): the move is the share's; nor one that names the kind of
    a company ("Exor, the investment company, slipped 1.9%")."""
    kind = unit_kind(q)
    near = max(0, q.start - 30)
    names = [sentence.local(m.start) for m in sentence.mentions]
    between = [pattern for pattern in (words.period_before_change, words.adjustment_before_change)
               if pattern is not None]
    return any((start >= near or end >= near and not any(end <= n < q.start for n in names)
                or start >= clause[0] and is_estimate_rule(rule)
                or any(pattern.fullmatch(sentence.text, end, q.start) for pattern in between))
               and not words.cause_before.search(sentence.text, max(0, start - 30), start)
               and not (words.company_kind_after is not None
                        and words.company_kind_after.match(sentence.text, end))
               for _order, rule, found in trigger_spans(sentence, words)
               if not rule.generic and kind not in rule.by_unit
               for start, end in found if end <= q.start)


# An apposition set off by commas, then at most two words (the verb) before the number.
_APPOSITION_TO_NUMBER = re.compile(r"\s*,[^,.;:]{1,40},\s*(?:\S+\s+){0,2}$")


def _apposed_metric_subject(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A metric word that opens the sentence as its subject, an apposition after it, and
    the verb of a change ("Advertising revenue, a weak spot, fell 2%"): the change is that
    metric's, which the comma hid from the clause; never a move of the share."""
    text = sentence.text
    return any(len(text[:start].split()) <= 3 and "," not in text[:start]
               and _APPOSITION_TO_NUMBER.match(text[end:q.start]) is not None
               for _order, rule, found in trigger_spans(sentence, words)
               if not rule.generic for start, end in found if end <= q.start)


def _outlook_metric(sentence: Sentence, trigger: tuple[int, int], kind: str,
                    words: FigureWords) -> str | None:
    """"senkte seine Prognose für den Auftragseingang und erwartet nur noch ein
    organisches Wachstum von 2 bis 4 Prozent": a growth word with no metric of its own
    after an outlook named for another metric is that metric's growth, not revenue's.
    Only a specific word right after the outlook's "für"/"for" counts; with none ("senkte
    die Prognose und erwartet ein Wachstum von 3 Prozent") the growth stays revenue's."""
    text = sentence.text
    if words.outlook_for is None or words.bare_growth is None \
            or not words.bare_growth.fullmatch(text, trigger[0], trigger[1]):
        return None
    for _order, rule, spans in trigger_spans(sentence, words):
        metric = rule.by_unit.get(kind)
        if metric is None or rule.generic or metric == "RevenueGrowth":
            continue
        if any(end <= trigger[0] and words.outlook_for.search(text, max(0, start - 60), start)
               for start, end in spans):
            return metric
    return None


def _growth_of_metric(sentence: Sentence, trigger: tuple[int, int], kind: str,
                      words: FigureWords) -> str | None:
    """"das Wachstum des Cloud-Auftragsbestands auf rund 20 Prozent": a growth word with
    no metric of its own, followed at once by the genitive of a specific metric's word, is
    that metric's growth, not revenue's; "das Wachstum des Konzerns" names no metric and
    stays revenue's."""
    text = sentence.text
    if words.growth_of is None or words.bare_growth is None \
            or not words.bare_growth.fullmatch(text, trigger[0], trigger[1]):
        return None
    joined = words.growth_of.match(text, trigger[1])
    if joined is None:
        return None
    for _order, rule, spans in trigger_spans(sentence, words):
        metric = rule.by_unit.get(kind)
        if metric is None or metric == "RevenueGrowth":
            continue  # a weak word counts too: what stands right after "des" is what grew
        if any(start == joined.end() for start, _end in spans):
            return metric
    return None


# Amounts per share that are no earnings: their own word before "per share" names them.
_PRICED_PER_SHARE = frozenset({"PriceTarget", "FairValue", "Dividend"})
_UNIT_METRIC = {"Points": "IndexLevel", "Multiple": "ValuationMultiple"}
_METRIC_UNIT = {"IndexLevel": "Points", "ValuationMultiple": "Multiple"}  # else Count
_MOVERS = ISSUER_TYPES | {"MarketIndex"}  # what a share-price move can be about
_EARNINGS = frozenset({"Profit", "ProfitGrowth", "EarningsPerShare"})  # a company's, no product's
_SALES = frozenset({"Revenue", "RevenueGrowth"})
_GROUP_SALES = _EARNINGS | _SALES  # a maker's where no clause names its product
_SIGNED_METRICS = CHANGE_METRICS | {"ProfitGrowth", "Profit"}  # a fall makes these negative


_HELD_IN = 5  # "holdings in shares": how far after a stake word its shares may start


def _stake_last(words: FigureWords, sentence: Sentence, start: int, end: int) -> bool:
    """Is a stake the last thing named before the number, after any word of the
    share ("sold T-Mobile shares, cutting its holding to 3.1%")? Then the
    percentage is the stake's size. A share word that begins like a stake
    ("Anteilsscheine") stays a share word; one right after a stake word is
    what the stake is held in ("lifted its holdings in shares of X by 1.4%").
    A stake word inside a name ("Shares of Tencent Holdings climbed 3.4%") is
    the name's, no stake; one in a relative clause closed before the number ("Kia,
    in which Hyundai Motor holds a 34% stake, fell 3.2%") tells of the antecedent."""
    text = sentence.text
    names = [(sentence.local(m.start), sentence.local(m.end)) for m in sentence.mentions]
    stakes = [m.end() for m in words.stake.finditer(text, start, end)
              if not words.shares.match(text, m.start())
              and not any(lo <= m.start() < hi for lo, hi in names)
              and closed_relative(words.lang, text, m.start(), m.end(), end) is None]
    shares = [m.end() for m in words.shares.finditer(text, start, end)
              if not any(0 <= m.start() - held <= _HELD_IN for held in stakes)]
    return bool(stakes) and max(stakes) > max(shares, default=-1)


def _cut_by_cause(sentence: Sentence, q: Quantity, words: FigureWords,
                  clause: tuple[int, int]) -> bool:
    """Is the subject of a cut by an amount a cause, not the company ("U.S. tariffs had cut
    operating profit by about 1.1 trillion yen", "Zölle drückten den Gewinn um 2 Milliarden
    Euro")? The amount is what the cause cost. Not where an organisation is named between the
    cause and the number ("Because of tariffs Toyota will cut investment by …")."""
    if words.cut_cause is None:
        return False
    text = sentence.text
    cause = next(words.cut_cause.finditer(text, clause[0], q.start), None)
    return cause is not None and not any(
        cause.end() <= sentence.local(m.start) < q.start and m.type in ORGANIZATION_TYPES
        for m in sentence.mentions)


def _metric_before_relative(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                            words: FigureWords) -> bool:
    """The number's clause opens inside a relative clause that closes before it,
    and the antecedent names a metric ("international games revenue, which includes
    titles from its studio, grew 27%"): the change is that metric's, which the
    number's own clause cannot read, so it is no bare move. An antecedent with no
    metric word ("Siemens shares, which …, rose 3%") leaves the move as it was."""
    if words.relative_clause is None:
        return False
    text = sentence.text
    opener = next((m for m in words.relative_clause.finditer(text)
                   if m.start() < clause[0] and not text[m.end():clause[0]].strip()), None)
    if opener is None or "," not in text[clause[0]:q.number_start]:
        return False
    left = max((end for _start, end in _clause_breaks(sentence, words) if end <= opener.start()),
               default=0)
    return any(not rule.generic and any(left <= start < opener.start() for start, _end in spans)
               for _order, rule, spans in trigger_spans(sentence, words))


def _denied(lang: str, sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Does a denial of a report or a claim stand before the number ("denied a report that it
    would invest $5 billion", "dementierte einen Bericht, wonach …")? What is denied states no
    figure."""
    return _cue_before(lang, sentence, q, words.denied)


def _cue_before(lang: str, sentence: Sentence, q: Quantity, cue_words: re.Pattern[str] | None) -> bool:
    """Does a cue of ``cue_words`` stand before the number and still govern it? Not one in a
    relative clause closed before the number, nor one a semicolon or a comma and a conjunction
    cut off ("denied the report, and its shares rose 2%")."""
    if cue_words is None:
        return False
    joined = conjunction(lang)
    text = sentence.text
    for cue in cue_words.finditer(text, 0, q.number_start):
        between = text[cue.end():q.number_start]
        if ";" in between or closed_relative(lang, text, cue.start(), cue.end(), q.number_start):
            continue
        if any(text[:m.start()].rstrip().endswith(",") for m in joined.finditer(text, cue.end(), q.number_start)):
            continue
        return True
    return False


def _on_exchange(sentence: Sentence, q: Quantity, words: FigureWords, start: int) -> int | None:
    """Where a stock market stands as the place of the move, between ``start`` and the number
    or right after it ("verlor an der Börse 10 Prozent", "lost 10% on the stock market"): the
    change is then a share's, never a business's growth. None where no market stands so."""
    if words.exchange_move is None:
        return None
    text = sentence.text
    found = words.exchange_move.search(text, start, q.number_start) \
        or words.exchange_move.match(text, len(text) - len(text[q.end:].lstrip()))
    return found.start() if found is not None else None


def _parent_named_apart(document: Document, sentence: Sentence, about: str | None) -> bool:
    """Does the sentence name the company's listed parent as well, in a phrase of its own
    ("Activision shares jumped 25% after Microsoft's offer")? It tells the two apart: the
    company's shares moved, as they traded before the parent owned it, not the parent's."""
    if about is None:
        return False
    parent = document.listed(about)
    return parent != about and any(m.label == parent for m in sentence.mentions)


def _figure(document: Document, sentence: Sentence, q: Quantity,
            words: FigureWords) -> Figure | None:
    if _denied(document.lang, sentence, q, words):
        return None  # "Microsoft denied a report that it would invest $5 billion in X"
    clause = _clause(sentence, q, words)
    q = _points_of_level(sentence, q, words, clause)
    found = metric_of(sentence, q, words, clause)
    if found is not None and found[2] is not None and unit_kind(q) == "percent" \
            and (words.cause_before.search(sentence.text, max(0, found[2][0] - 30), found[2][0])
                 or found[2][0] >= q.end and words.cause_after is not None
                 and words.cause_after.search(sentence.text, max(q.end, found[2][0] - 30), found[2][0])):
        # "Evotec brachen nach einer gesenkten Umsatzprognose um 9,7 Prozent ein", "shares rose
        # 2% as revenue grew": the only metric word names the cause of the move, so the move
        # is read as a bare one
        found = None
    if found is not None and found[2] is not None and found[2][1] <= q.start \
            and (apposed := _opening_apposition(sentence, q, words)) is not None \
            and apposed[0] <= found[2][0] < apposed[1]:
        # "SAP, der Softwarekonzern mit einem Umsatz von 34 Milliarden Euro, stieg um 2
        # Prozent": the word describes the name in its apposition; the verb after it moves
        # the name by a bare change
        found = None
    if found is not None and found[2] is not None and _base_of_other_portion(sentence, q, words, found[2]):
        # "the payout ratio at about 71% of adjusted earnings, above the 60% to 65% that
        # management calls its target": the word is the base of the portion before, it names
        # no metric of a later number
        found = None
    if found is not None and found[0] in _PAYOUTS and found[2] is not None \
            and _combined_total(sentence, q, words, found[2]):
        found = ("Other", None, None)  # "Zusammen mit der Dividende … sollen rund 3,3 Milliarden Euro
        # an die Anteilseigner fließen": the total returned, no dividend
    if found is not None:
        listed = _listed_metric(document, sentence, q, words, found)
        if listed is None:
            return None  # "revenue and profit rose 5%, 8% and 9%": which number is whose is unclear
        found = listed
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    if found is not None and found[0] in _GROWTH_METRICS and found[2] is not None \
            and found[2][1] <= q.number_start and unit_kind(q) == "percent" \
            and (at := _on_exchange(sentence, q, words, found[2][1])) is not None \
            and any(found[2][1] <= p.start and p.end <= at for p in quantities):
        # "steigerte den Umsatz um 20 Prozent und verlor an der Börse 10 Prozent": the metric
        # word has its number before the market; the move there is a bare one ("der Umsatz
        # im Xetra-Handel stieg um 12 Prozent" keeps the word: the market is its complement)
        found = None
    if found is not None and found[0] == "StockPriceChange" and found[1] is not None \
            and found[1].generic and _unit_opens_clause(document, sentence, clause, q):
        found = None  # "X-Aktie springt an: Cloud-Geschäft wächst um 34 Prozent": the unit's
    path = _GENERIC_WORD if found is not None and found[1] is not None and found[1].generic \
        else "word"  # which rule gave the metric: part of the extractor's name
    if path == _GENERIC_WORD and found is not None and found[0] == "StockPriceChange" \
            and found[2] is not None and unit_kind(q) == "percent" \
            and _share_of_portion(sentence, q, found[2]):
        # "leads the cloud market with a 31% share, ahead of Microsoft with 25%": the share
        # word is another percentage's portion; with a market named, this one is one too
        if not words.market.search(sentence.text):
            return None
        found, path = ("MarketShare", None, None), "portion-of-market"
    if found is None and unit_kind(q) == "percent":
        found, path = _appended_metric(sentence, q, words, clause), "after-dash"
    if found is None:
        found, path = _aside_metric(sentence, q, words), "aside"
    if found is None:
        found, path = _compared_base_metric(sentence, q, words), "base-in-brackets"
    if found is None:
        found, path = _back_metric(document, sentence, q, words), "back-reference"
    if found is None:
        found, path = _part_metric(document, sentence, q, words), "part"
    if found is None:
        found, path = _column_metric(document, sentence, q, words), "column"
    if found is None:
        found, path = _unit_row_metric(document, sentence, q, words), "unit-row"
    kind = unit_kind(q)
    text = sentence.text
    present = _phrases(sentence, words)
    before = text[clause[0]:q.number_start]
    signed = _signed(sentence, q, words)
    sign = signed[0] if signed is not None else None
    change = sign or _verb_after_comma(text, q, clause, words, present, before) \
        or _direction(words, present, before, text[q.end:clause[1]])
    if words.not_a_figure in present and (found is None or found[0] != "ShareBuyback") \
            and not _premium_over_price(sentence, q, words) \
            and not _market_share_touching(text, q, found) \
            and not (found is not None and found[0] == "Revenue" and words.amount_in_revenue is not None
                     and words.amount_in_revenue.match(text, q.end)) \
            and _told_beside(words.not_a_figure, text, q):
        return None  # a stake ("10% of the company"), a change of market value; not
        # the amount bought back "of its shares", nor a premium "to its closing price", nor
        # what a deal is worth "in revenue for AMD"
    if q.unit in ("Count", None) and not q.scaled and words.occurrences_after is not None \
            and words.occurrences_after.match(text, q.end):
        return None  # "bought back shares 12 times since 2015": how often, no amount; "150
        # Millionen Mal heruntergeladen" counts downloads, a figure
    if q.unit in ("Count", None) and not q.scaled and _MEASURE_COMPOUND.match(text, q.end):
        return None  # "orders for 2-nanometer lines", "a 10-year contract": the number opens a
        # compound that measures the noun, no count of it
    if kind == "percent" and _placement_priced(text, q, words):
        return None  # "platzierte neue Aktien 4 Prozent unter dem Schlusskurs": a price set
    if kind == "percent" and _held_in_relative(sentence, q, words.lang):
        return None  # "Y, an dem X noch knapp 25 Prozent hält": the size of X's stake in Y
    if q.unit == "Multiple" and words.debt_multiple is not None \
            and words.debt_multiple.search(text, max(0, q.start - _DEBT_REACH), q.start):
        return None  # "net debt £143.0m, leverage 1.1x": a ratio of debt, no valuation
    if q.unit in _UNIT_METRIC:
        found, path = (_UNIT_METRIC[q.unit], None, None), "unit"  # "25.132 Punkte", "das 30-Fache"
    elif kind == "count" and q.unit is None and _level_after_index_move(
            document, sentence, q, words, clause, moved=found is None and change is not None):
        found, path = ("IndexLevel", None, None), "level-after-move"  # "fell 0.5% to 51,120"
    elif kind == "currency" and not q.scaled and found is not None and found[2] is not None \
            and _share_move_after_amount(sentence, q, found[2], words):
        # "market value stands at $7.8 billion after its shares rose 4.1% to $52.30": the
        # word has its amount, the one the share's move ended at is the price
        found, path = ("SharePrice", None, None), "price-after-move"
    elif kind == "currency" and not q.scaled and (found is None or found[1] is None
                                                  or found[1].generic) \
            and _price_after_move(sentence, q, words, clause):
        specific = _specific_before(sentence, q, words, clause)
        found, path = (specific, "word-before-move") if specific is not None \
            else (("SharePrice", None, None), "price-after-move")  # "lost 2.6% to HK$158.30"
    elif kind == "currency" and found is None and _price_after_move(sentence, q, words, clause) \
            and _change_metric(document, sentence, q, clause) == "RevenueGrowth":
        # "Das Cloudgeschäft wuchs um 30 Prozent auf 9 Milliarden Dollar": a unit's
        # growth ends at its revenue
        found, path = ("Revenue", None, None), "amount-after-growth"
    elif kind == "count" and (found is None or found[1] is None or found[1].generic) \
            and words.share_count is not None \
            and (shares := words.share_count.match(text, q.end)) is not None:
        if words.shares_traded is not None and words.shares_traded.match(text, shares.end()):
            return None  # "16.2 billion shares changed hands": the day's trading volume
        found, path = ("Other", None, None), "share-count"  # "161 Millionen Aktien"
    carried: str | None = None  # the index the sentence before moved, carried on
    if found is None:
        near = sign or _direction(words, present, before[-45:], text[q.end:clause[1]])
        if near is None and _particle_closes(text, q, clause, words):
            near = change  # "gab nach einem Bericht über … um 0,6 Prozent auf 31,25 Euro nach"
        if kind != "percent" or near is None or _other_metric_near(sentence, q, words, clause) \
                or _metric_before_relative(sentence, q, clause, words) \
                or _apposed_metric_subject(sentence, q, words) \
                or _inside_opening_apposition(sentence, q, words):
            return None
        carried = _index_carried(document, sentence, q, clause, words) if kind == "percent" else None
        metric = "StockPriceChange" if carried is not None \
            else _change_metric(document, sentence, q, clause)
        rule, trigger, path = None, None, "bare-change"
        if signed is not None:
            # "Siemens (+3 Prozent)": the move of the name right before it
            metric, path = _CHANGE_OF.get(signed[1].type), "signed-change"
        if metric == "RevenueGrowth" and _on_exchange(sentence, q, words, clause[0]) is not None:
            return None  # "Temu verlor an der Börse 10 Prozent": a share's move, no unit grows so
        if metric == "StockPriceChange" and _change_of_unit_price(sentence, q, words):
            return None  # "auf 7,38 Euro je Quadratmeter, ein Plus von 3,9 Prozent": the rent's
        if metric == "StockPriceChange" and _change_of_count_before(sentence, q, words, clause):
            # "flew 4.6 million passengers in November, up 5% from a year earlier": the
            # change of the count just told, not a move of the share; of revenue or profit
            # told, its growth ("booked revenue of NT$3.21 trillion, up 34%")
            metric, path = _growth_of_amount(sentence, q, words, clause) or "Other", "change-of-count"
            if words.earned_with is not None and words.earned_with.match(text):
                return None  # "Mit der Suite erzielte SAP 4,9 Milliarden, ein Plus von 31 Prozent"
        if metric == "StockPriceChange" and (not (_speaks_of_shares(document, sentence, clause, words)
                                                  or _list_in_report(document, sentence, q, words))
                                             or _unit_opens_clause(document, sentence, clause, q)):
            return None  # "der Absatz brach um 27 Prozent ein": a change, but not of the share
        if metric is None:
            return None
    else:
        metric, rule, trigger = found
    if metric == "StockPriceChange" and kind == "percent" and _change_of_other(sentence, q, words):
        return None  # "shares fell 3% after a 10% rise in costs": the costs' change, no move
    if metric == "StockPriceChange" and kind == "percent" and _change_of_price(sentence, q, words):
        return None  # "A 20% price increase on the plan": the product's price changed, no share
    if metric == "StockPriceChange" and kind == "percent" and _volume_moved(sentence, q, words, clause):
        return None  # "Trading volume in the shares climbed 13%": the volume's change, no move
    if metric == "RevenueGrowth" and trigger is not None:
        named = _outlook_metric(sentence, trigger, kind, words)
        grown = None if named is not None else _growth_of_metric(sentence, trigger, kind, words)
        if named is not None:
            metric, path = named, "outlook-growth"
        elif grown is not None:
            metric, path = grown, "growth-of"
    if rule is not None and rule.generic and metric == "EarningsPerShare":
        specific = _specific_before(sentence, q, words, clause)
        if specific is not None and specific[0] in _PRICED_PER_SHARE:
            # "a fair value estimate for Nike of $120 per share": "per share" says
            # what the amount is counted in, the word before says what it is
            (metric, rule, trigger), path = specific, "word-before-per-share"
    if rule is not None and rule.generic and metric == "SharePrice" and trigger is not None:
        # "…, and on the Taiwan-listed shares to NT$1,900": the estimate's word stands in the
        # conjunct before, with its own amount
        gapped = _shares_conjunct(text, trigger[0], words)
        specific = _specific_before(sentence, q, words, (0, clause[1]) if gapped else clause)
        word = specific[2] if specific is not None else None
        old = _old_value_before(sentence, q, words.lang)
        if specific is not None and word is not None and specific[0] in ESTIMATE_METRICS \
                and word[1] <= trigger[0] \
                and (gapped or not _DIGIT.search(text, word[1], (old or q).number_start)) \
                and words.shares.match(text, trigger[0]):
            # "cut his price target on the Hong Kong-listed shares to HK$98": the
            # shares are what the target is set on, the amount is the target, and so is
            # the new value after the old ("das Kursziel für die Papiere von 180 auf 210
            # Dollar"); but a price mark is no share word: "Das nächste Ziel ist das
            # Jahreshoch bei 24,90 Euro" is chart talk, the amount the year's high
            (metric, rule, trigger), path = specific, "word-before-shares"
    if metric == "StockPriceChange" and kind == "percent" and _premium_on_price(text, q, words):
        return None  # "boten Prämien von 30 und 25 Prozent auf den Schlusskurs": a premium
        # over a price, no move of anyone's share; whose offer it is the list does not say
    premium = _premium_before(sentence, q, words) \
        if metric == "StockPriceChange" and rule is not None and rule.generic else None
    if premium is not None:
        # "bietet 0,485 eigene Aktien je Commerzbank-Aktie, ein Aufschlag von 4 Prozent":
        # the premium of a bid, not a move of the share the word "Aktie" names
        metric, trigger, path = "Other", premium, "offer-premium"
    portion = words.portion_of_sales.match(text, q.end) \
        if kind == "percent" and metric not in _PORTIONS and words.portion_of_sales is not None else None
    if portion is not None:
        if _product_part_of_named(sentence, clause, q, portion):
            return None
        # "gets about 40% of its revenue from China": the part of its revenue made there
        metric, rule, trigger, path = "Other", None, None, _PORTION_OF_SALES
    if metric in _GROWTH_METRICS and kind == "percent" and words.estimate_changed is not None \
            and words.estimate_changed.search(text, clause[0], q.start):
        # "kappte seine Schätzung für das Ebit um 8 Prozent", "cut its EPS estimate by 8%":
        # the estimate moved, no reported figure; a change of no metric of its own
        if _direction(words, present, before, text[q.end:clause[1]]) is None:
            return None
        metric, rule, trigger, path = "Other", None, None, "estimate-change"
    if metric in _GROWTH_METRICS and trigger is not None and words.portion_before is not None \
            and words.portion_before.search(text, 0, trigger[0]):
        return None  # "China's share of sales fell to 29% from 37%": a portion moved, no growth
    if kind == "percent" and metric not in _PORTIONS and words.portion_after.match(text, q.end):
        if not words.market.search(text, clause[0], clause[1]):
            return None  # "70% of analysts rate it a buy", "60 Prozent der Anleger"
        metric, path = "MarketShare", "portion-of-market"  # "the market … with a 55% share"
    if kind == "percent" and _gap_to_name(sentence, q, words):
        return None  # "BMW sold 10% more cars than Mercedes-Benz": a gap, no growth
    if kind == "currency" and _gap_to_amount(text, q, words):
        return None  # "18 pence more than the 412 pence": a difference of two amounts
    if metric == "StockPriceChange" and kind == "percent" \
            and (_stake_last(words, sentence, clause[0], q.number_start)
                 or words.stake_held is not None and words.stake_held.search(text, 0, q.start)):
        # "cutting its holding to 3.1% from 4.2%", "hält noch rund 25 Prozent": the size of a
        # stake, no move
        return None
    if metric == "SharePrice" and words.value_lost_after is not None \
            and words.value_lost_after.match(text, q.end) \
            and not words.level_before.search(text, max(0, q.start - 12), q.start):
        return None  # "Das Urteil habe die Aktie 18 Euro gekostet": value lost, no price;
        # not the level the move led to ("hat 2 Prozent auf 47,30 Euro verloren")
    if metric == "MarketCapitalization" and words.stake.search(sentence.text, 0, q.start):
        return None  # "a stake of 27% in OpenAI, valued at $135 billion": the stake's value
    if metric == "UpsidePotential" and trigger is not None and words.upside_to_price is not None \
            and words.upside_to_price.match(text, trigger[0]) \
            and not _target_before(sentence, q.start, words):
        if words.reference_move is None \
                or not words.reference_move.search(text, max(clause[0], q.start - 30), q.start):
            return None  # "offered $50 a share, 25% above the current price": a premium, no upside
        metric, path = "StockPriceChange", "reference-move"  # "closed 6% below Friday's close"
    if metric == "MarketCapitalization" and trigger is not None and words.valued_name is not None \
            and words.valued_name.fullmatch(text, trigger[0], trigger[1]) \
            and not any(trigger[0] < sentence.local(m.start) < trigger[1] for m in sentence.mentions):
        return None  # "BASF valued Wintershall at 8 billion euros": a name not known is valued
    if metric == "Investment" and words.legal_matter is not None \
            and words.legal_matter.search(text, clause[0], clause[1]):
        metric, path = "Other", "legal-cost"  # "paid $11 billion to settle lawsuits": no investment
    spent_on = _spent_on(sentence, q, words, clause) if metric == "Investment" else None
    if spent_on is not None:
        # "spend $72 billion on capex", "für Aktienrückkäufe … 80 Milliarden ausgeben"
        metric, path = spent_on, "capex-word" if spent_on == "CapitalExpenditure" else "spent-on"
    if metric == "Investment" and _cue_before(document.lang, sentence, q, words.rumoured):
        return None  # "is said to be in talks to buy X for $2.3 billion": no price is paid
    if kind == "count" and path != "share-count" and not (
            metric == "ShareBuyback" and words.share_count is not None
            and words.share_count.match(text, q.end)) and _counts_another_noun(sentence, q, words):
        return None  # "Mitarbeiter in mehr als 60 Ländern": 60 counts countries; but
        # "repurchased 4 million shares" counts the shares bought back
    if kind == "count" and words.deal_count is not None and words.deal_count.match(text, q.end):
        return None  # "has won 12 orders": a count of deals, not of what they are for
    if metric == "RevenueGrowth" and _changes_to_count(sentence, q, words):
        metric, path = "Other", "change-to-count"  # "sales fell 12% to 441,706 vehicles"
    per_share = _per_share(sentence, q, metric, words, clause)
    if per_share == "EarningsPerShare" and metric == "SharePrice" \
            and _dividend_told(document, sentence, q, words):
        # "Die Aktionäre billigten eine höhere Dividende. Für 2025 erhalten sie 1,20 Euro je
        # Aktie": the amount per share paid out is the dividend told of
        per_share = "Dividend"
    elif (per_share or metric) in _PAID_OUT and _paid_out(document, sentence, q, per_share or metric,
                                                          rule, words, clause):
        # "Enel zahlt 0,48 Euro je Aktie, die Rendite liegt bei 6 Prozent": a payout
        per_share = "Dividend"
    elif (per_share or metric) == "EarningsPerShare" and (rule is None or rule.generic) \
            and _received_per_share(sentence, q, words, clause):
        if not _takeover_told(document, sentence, words):
            return None  # "Die Aktionäre erhalten 1,20 Euro je Aktie": paid out, of no kind told
        per_share = "SharePrice"  # "… made a bid for Y. Y shareholders will receive 30 euros a share"
    elif (per_share or metric) == "EarningsPerShare" and (rule is None or rule.generic) \
            and _takeover_told(document, sentence, words):
        # "X übernimmt den Anteil für 1,5 Milliarden Euro. Das entspricht 35 Euro je Aktie": an
        # amount per share no word names, right after a purchase, is the price paid
        per_share = "SharePrice"
    # "a loss of 12 cents per share": earnings per share below zero
    loss_per_share = (per_share or metric) == "EarningsPerShare" and (
        rule is not None and rule.negative or _loss_told_before(sentence, q, words))
    if per_share is not None and words.value_right is not None \
            and words.value_right.search(text, clause[0], q.start):
        return None  # "plus a contingent value right worth up to $7 per share": the right's
        # worth, neither paid out nor earned
    if per_share is not None:
        metric, rule, trigger = per_share, None, None
        path = "offer-price" if per_share == "SharePrice" else "per-share"
    status, estimated_by = _status(document, sentence, q, metric, words, present, clause)
    expected = _expected_of(document, sentence, q, words) \
        if status in ("Estimate", "Guidance") and metric not in ESTIMATE_METRICS else None
    if expected is not None:
        status, estimated_by = "Estimate", expected[0]  # "The broker expects X to post …"
    if status == "Reported" and metric == "MarketCapitalization":
        implied = _implied_by_target(document, sentence, q, words)
        if implied is not None:
            status, estimated_by = "Estimate", implied  # "That implies a market value of $5 trillion"
    targeted = _targeted(sentence, q, metric, clause, trigger, document.lang)
    if estimated_by in targeted:
        # "Jefferies raised its price target on Barclays": the bank named before the one
        # the target is for sets it, never another bank the sentence rates ("Für die
        # Commerzbank bleibt es bei 'Neutral', für die Deutsche Bank bei 'Buy' mit 31 Euro")
        rated_banks = rated_institutions(document, sentence)
        estimated_by = next((m.label for m in reversed(sentence.mentions)
                             if m.type in INSTITUTION and m.label not in targeted | rated_banks
                             and m.end <= sentence.start + q.number_start), None)
    if metric == "SharePrice" and status == "Estimate" and path != "offer-price" \
            and words.closing_before is not None \
            and words.closing_before.search(text, max(0, q.start - 40), q.start):
        # "implying 12% downside from Monday's close of $466.20": a price the share closed
        # at, reported beside the forecast
        status, estimated_by = "Reported", None
    if metric == "SharePrice" and status == "Estimate" and path != "offer-price":
        if estimated_by is None:
            return None  # "Investors expect Tesla shares to reach $300": a hope, no price
        # "Morgan Stanley expects Tesla shares to reach $350": the bank's target
        metric, path = "PriceTarget", "expected-price"
    if metric in ESTIMATE_METRICS and _publication_voice(document, sentence, q):
        return None  # "investment newsletter X named Y its top pick, with a target of $90": a
        # publication's own pick, no house's target, whatever house the passage named before
    credited = estimated_by is not None and _credited_analyst(document.lang, sentence,
                                                              estimated_by)
    unnamed = estimated_by is not None and _unnamed_company_after(document, sentence, estimated_by,
                                                                  q.start)
    newcomer = estimated_by is not None and _house_new_to_story(document, sentence, estimated_by)
    covering = None if estimated_by is None or metric in ESTIMATE_METRICS \
        else _covered_by_rater(document, sentence, estimated_by)
    if estimated_by is not None and metric not in ESTIMATE_METRICS and not credited \
            and expected is None and not unnamed and not newcomer and covering is None \
            and _own_outlook(sentence, estimated_by, document.lang):
        estimated_by, status = None, "Guidance"  # "Die Commerzbank erwartet einen Gewinn …"
        raters: frozenset[str] = frozenset()
    else:
        raters = _raters(document, sentence, status) - targeted
        if estimated_by is not None and any(m.label == estimated_by and house_reference(document.lang, m)
                                            for m in sentence.mentions):
            raters |= {estimated_by}  # "Der Broker rechnet mit …": the house, never the subject
        if metric in _OWN_PAYOUTS and status == "Reported":
            # "PNC raised its quarterly dividend to $1.65": a bank that opens a sentence
            # naming no other company pays out itself; "raised" rates no one here
            raters = frozenset(r for r in raters if not _own_outlook(sentence, r, document.lang))
        if status == "Reported":
            # "HSBC rose 2.6% after it announced a buyback, as Barclays raised its target on
            # X": a bank whose own shares move in the sentence is no house rating there
            raters -= _moving_institutions(sentence, document.lang)
        if metric not in STOCK_METRICS and status == "Reported":
            # "HSBC raised its net profit to $2bn", "On Tuesday, HSBC …": a bank reporting its
            # own results, whose verb is a rating's too (no price target: "hob das Ziel an")
            raters -= {m.label for n, m in enumerate(sentence.mentions)
                       if m.type in INSTITUTION and reports_own_results(document.lang, sentence, n)}
    bound_word = trigger if rule is not None and not rule.generic else None  # "Aktie", "Fahrzeuge"
    members = _included(sentence, q, words.member_aside)  # "home to X and Y": no subject
    order = _is_order(sentence, q, metric, trigger, words)
    subject = _about(document, sentence, q, metric, clause,
                     exclude=raters | _addressees(sentence, document.lang)
                     | _analyst_houses(document, sentence) | _included(sentence, q, words.inclusion)
                     | members
                     | (_clients(sentence, words) if order else frozenset()), trigger=bound_word)
    about, evidence = (subject.label, subject.evidence) if subject else (None, "none")
    if members and evidence in ("passage", "salient"):
        return None  # "Selective retailing, which includes Sephora, grew 6%": the unnamed subject's
    recipient = _order_recipient(sentence, words) if order else None
    if recipient is not None and about != recipient:
        about, evidence = recipient, "bound-recipient"  # "hat … an Siemens erteilt"
    if expected is not None:
        about, evidence = expected[1], "bound-expected"
    index = _index_antecedent(document, sentence, q, words) \
        if metric == "StockPriceChange" and kind == "percent" else None
    if index is not None:
        about, evidence = index, "antecedent"  # "im SMI an, der um 0,4 Prozent zulegte"
    elif carried is not None and metric == "StockPriceChange":
        about, evidence = carried, "bound-carried"  # "Auf Wochensicht … ein Minus von 1,4 Prozent"
    ranked = _ranked_owner(sentence, q, words)
    if ranked is not None:
        about, evidence = ranked, "bound-ranked"  # "…, ahead of Microsoft at $3.5 trillion"
    payee = _payee(document.lang, sentence, q, metric, trigger, words) if kind == "currency" else None
    if payee is not None:
        # "Novartis will pay Calyx $150 million upfront": the income of the one paid
        about, metric, evidence = payee, "Other", "bound-payee"
    owned = _owner_after(sentence, q, words)
    if owned is not None:
        about, evidence = owned or None, "bound-owner"  # "12,400 from its family brand Onvo"
    earner = _revenue_for(sentence, q, words) if metric == "Revenue" else None
    if earner is not None:
        about, evidence = earner, "bound-owner"  # "worth $10 billion in revenue for AMD"
    relative = _relative_owner(sentence, q, metric, words) \
        or _relative_subject(document, sentence, q, metric)
    if relative is not None:
        # "an T-Mobile US, deren Umsatz um 4 …"; "mit X, der dafür 1,5 Milliarden Dollar …"
        about, evidence = relative, "bound-relative"
    elif not evidence.startswith("bound") and _unnamed_payer(document, sentence, q, metric):
        return None  # "… einen Eigentümer, der uns 1,5 Milliarden Euro zugesagt hat": the owner's
    elif not evidence.startswith("bound") and _unnamed_relative_owner(sentence, q, words):
        return None  # "Besonders gefragt waren Biosimilars, deren Erlöse um 29 Prozent wuchsen"
    estimated = estimated_antecedent(sentence, q.number_start, document.lang) \
        if metric in ESTIMATE_METRICS else None
    if estimated is not None:
        if coordinated(document, estimated, ISSUER_TYPES - INSTITUTION):
            return None  # "an A und B, für die Jefferies Kursziele nennt": whose is not told
        about, evidence = estimated.label, "bound-relative"  # "an Y, für die X ein Kursziel …"
    if path == "signed-change" and signed is not None:
        about, evidence = signed[1].label, "bound-signed"  # "Bayer (-2,5 Prozent)"
    if about is not None and (lister := _listed_part(document, sentence, q, clause, about,
                                                     words)) is not None:
        about, evidence = lister, "bound-lister"  # "Die Preisspanne legte der Konzern … fest"
    if about is not None and trigger is not None and _unit_lists(sentence, about, trigger, words):
        return None  # "L&T power-grid unit jumps … after $1.1 billion IPO": the unit's offering
    if metric == "Investment" and trigger is not None and not evidence.startswith("bound") \
            and words.purchase_price is not None \
            and words.purchase_price.fullmatch(text, trigger[0], trigger[1]):
        buyer = _sale_buyer(document, sentence, about, words,
                            sold=_priced_thing(sentence, about, words))
        if buyer == "":
            return None  # the seller, or what is sold, does not pay the price of the sale
        if buyer is not None:
            about, evidence = buyer, "bound-buyer"  # "X verkauft … an Y. Der Kaufpreis liegt …"
    if (metric == "Investment" or path == "share-count") and not evidence.startswith("bound") \
            and _seller_only(sentence, about, words):
        return None  # "Bonner Konzern kauft von Softbank 17 Millionen Aktien für …": the seller's
    if evidence in ("passage", "salient"):
        speaker = _quoted_speaker(sentence, q, metric, words)
        if speaker == "":
            return None  # the speaker's company is one the extractor does not know
        if speaker is not None:
            about, evidence = speaker, "speaker"  # "'We grew revenue 30%,' said Alphabet CEO X"
    if path in _SHARE_GUESSES and evidence in ("passage", "salient") \
            and not words.shares.search(text) and not _share_pronoun(document, sentence, q, clause, words):
        return None  # "Der Ölpreis stieg um 3 Prozent auf 82 Dollar": no share, no name
    if metric in ("SharePrice", "StockPriceChange") and evidence in ("passage", "salient") \
            and about is not None and listed_as_another(document, sentence, about):
        return None  # "Die Aktie des in Hongkong notierten Unternehmens …" about Bayer: another firm's
    if evidence in ("passage", "salient", "sentence") and bound_word is not None \
            and _unknown_name_before(sentence, bound_word, words):
        return None  # "a 73% jump in Data Center revenue": the unit's, which is not known
    if evidence in ("passage", "salient", "sentence") and trigger is not None \
            and _person_owns(sentence, trigger):
        return None  # "John Schindler's stock rose 3%": the person's holding, no company's move
    if evidence in ("passage", "salient", "sentence") and not words.nouns_capitalised \
            and _unknown_joined_name_opens(sentence, q):
        return None  # "Wines & Spirits, its second unit, grew 5%": the unknown name's
    if not evidence.startswith("bound") and not words.nouns_capitalised \
            and _apposed_to_unknown_name(sentence, q):
        return None  # "Selective Retailing, home to Sephora, grew 7%": the unknown name's
    if evidence in ("passage", "salient", "sentence") and bound_word is not None \
            and _unknown_region_after(sentence, bound_word, q, words):
        return None  # "Sales in Greater China fell 4%": the region's, which is not known
    if bound_word is not None and _unknown_possessed_after(sentence, bound_word, q, words):
        return None  # "Revenue at Dell's Infrastructure Solutions Group rose 38%": the unknown unit's
    if bound_word is not None and _unknown_joined_after(sentence, bound_word, q, words):
        return None  # "Sales of Wines & Spirits fell 6%": the unknown unit's
    if metric in _REGION_PARTS and _regional_part(document.lang, sentence, q, clause, words):
        return None  # "in Europa legte der Umsatz um 9 Prozent zu": the region's part, not the whole
    if metric in _REGION_PARTS and _unknown_region_opens(sentence, q, words):
        return None  # "In Greater China, revenue fell 6%": the unknown region's part
    if bound_word is not None and _brand_after(sentence, bound_word, q, words):
        return None  # "Sales of its luxury brand rose 9%": the brand's, in units or money
    if evidence in ("passage", "salient", "sentence") and _unknown_product_before(sentence, q, words):
        return None  # "Its battery-electric Li i6 SUV accounted for about 11,000": the model's
    if evidence in ("passage", "salient") and (about is None or document.type_of(about) not in PRODUCT_TYPES):
        drug = _drug_subject(document, sentence, q, words)
        if drug == "":
            return None  # "Das Mittel soll … erzielen" after no one named drug: no one's known
        if drug is not None:
            about, evidence = drug, "drug-subject"  # "… zum Herzmittel X. Das Mittel soll …": X's
    unit = _unit_before(document, sentence, words) if not evidence.startswith("bound") else None
    if unit is not None:
        if not unit:
            return None  # "… von der Sparte Wind. Deren Umsatz wuchs …" with the unit unknown
        about, evidence = unit, "unit-before"
    if not evidence.startswith("bound") and (about is None
                                             or document.type_of(about) != "BusinessUnit"):
        referred = _unit_referred(document, sentence, q, words)
        if referred is not None:
            about, evidence = referred, "unit-referred"  # "… Google Cloud. The unit's income …"
    if not evidence.startswith("bound") and about is not None \
            and (run := _unit_run(document, sentence, q, about, rule, words)) is not None:
        about, evidence = run, "unit-run"  # "Die Marge der Tochter … Der Vorstand erwartet eine Marge …"
    if not evidence.startswith("bound") and _unknown_apposition(sentence, q, words):
        return None  # "Its Finnish unit, Telia Finland, grew …" with the unit unknown
    if not evidence.startswith("bound") and _unknown_unit_opens(sentence, q, words):
        return None  # "Acme, the company's sneaker label, posted a 14% drop" with Acme unknown
    maker = _maker_subject(document, sentence, q, about, clause) if metric == "Other" else None
    if maker is not None:
        about, evidence = maker, "maker"  # "Nintendo raises Switch 2 forecast to 23 million units"
    if metric == "Other" and _priced_unknown(sentence, q, words):
        return None  # "$0.25 per million input tokens for Code 2": a product we do not know
    priced = _priced_product(sentence, q, clause, words) if metric == "Other" else None
    if priced is not None:
        about, evidence = priced, "bound-priced"  # "charges 1 yuan per million tokens for Qwen3"
    if _ellipsis_of_other(sentence, q, about, words):
        return None  # "Der Cloud-Umsatz von SAP stieg um 25 Prozent, der von Oracle um 20 Prozent"
    if _counted_at_other(sentence, q, about, words):
        return None  # "Airbus delivered 60 jets, compared with 44 at Boeing"
    if _possessed_by_other(sentence, q, about) \
            or about is not None and owned_after(sentence, q.start, q.end, about, document.lang):
        return None  # "Apple's revenue rose 5%, less than Microsoft's 8%", "… die 8 Prozent von Microsoft"
    if metric in ESTIMATE_METRICS and about is not None \
            and (estimate_for_other(sentence, q.start, about, document.lang)
                 or estimate_for_other_after(sentence, q.end, about, document.lang)
                 or estimate_for_unknown(sentence, q.start, document.lang)):
        return None  # "… Y senkte das für Microsoft auf 400", "the $250 target set by Y for Microsoft"
    if metric in ESTIMATE_METRICS and about is not None \
            and not any(m.label == about for m in sentence.mentions) \
            and rates_unknown_name(document, sentence, q.start):
        return None  # "Barclays, which rates Acme overweight, raised its target to 1,450p", Acme unknown
    researcher = _market_researcher(sentence, q, about, words) \
        if status in ("Estimate", "Guidance") and estimated_by is None else None
    if researcher is not None:
        # "TrendForce expects Samsung's HBM share to reach 35%", "…, researcher TrendForce
        # said": the research firm's forecast, never the company's own outlook
        status, estimated_by = "Estimate", researcher
    described = _apposed_owner(document.lang, sentence, q, words)
    if (status in ("Estimate", "Guidance") or _future_told(sentence, q, words, clause)) \
            and estimated_by is None and metric not in ESTIMATE_METRICS and described is None \
            and about is not None and _expected_by_other_company(sentence, q, about, words):
        # "Volkswagen rechnet damit, dass Tesla seinen Umsatz um 10 Prozent steigert"; not the
        # apposition's own ("said it would buy X, a firm with 700 employees": X's staff)
        return None
    if _conditional_scenario(sentence, words, clause):
        return None  # "Tesla könnte laut UBS 20 Prozent weniger Autos verkaufen, falls …"
    if _coordinate_subject(sentence, q, about, words):
        return None  # "BMW deployed 120 robots, and logistics group DHL leased 500 units"
    if described is not None and described != about:
        if not described:
            return None  # "a stake in Maison Verlaine, a maker with annual sales of …", unknown
        about, evidence = described, "bound-apposed"  # "… in Verlaine, a maker with sales of …"
    if _unnamed_owner_before(sentence, q, clause, words):
        return None  # "Henkel agreed to buy an adhesives maker with annual sales of $400 million"
    if not evidence.startswith("bound") and _unknown_peer_before(sentence, q, about, clause, words):
        return None  # "Meta's shares jumped 5% as rival Snap forecast revenue of …" with Snap unknown
    if metric == "Investment" and trigger is not None and not evidence.startswith("bound") \
            and _unknown_payer(sentence, q, trigger, clause, words):
        return None  # "XRG zahlte insgesamt 14,7 Milliarden Euro" with XRG unknown: the payer's
    if not evidence.startswith("bound") and _unknown_possessor(sentence, q, clause, words):
        return None  # "Oakhurst rose 7.2%, while Meridian's fell 1.5%" with Meridian unknown
    if not evidence.startswith("bound") and _unknown_antecedent(sentence, q, words):
        return None  # "gefolgt von E.on, die 6,2 Prozent …" with E.on unknown: not the first name's
    if metric in _SALES and _example_product(sentence, q, words):
        return None  # "Sales of drugs such as Xarelto rose 8%": the kind's sales, no product's
    if metric in _SALES and not evidence.startswith("bound") and trigger is not None \
            and _fronted_product(document, sentence, about, trigger, words):
        return None  # "Nach dem Patentablauf des Gerinnungshemmers X sank ihr Umsatz": not X's
    sold = _product_sold(document, sentence, clause, trigger, words) \
        if metric in _SALES and not evidence.startswith("bound") else None
    if sold == "":
        return None  # "Der Konzern stellte für das Mittel einen Spitzenumsatz … in Aussicht"
    if sold is not None:
        about, evidence = sold, "bound-product"  # "Bayers Blutverdünner X …; sein Umsatz sank"
    # "saying tariffs would cost it 1.4 trillion yen": the pronoun's company bears it, the
    # clause's subject "tariffs" is none of the number's owners
    borne = _pronoun_bearer(trigger, sentence, words) \
        or _cause_of_metric(trigger, sentence, q, clause, words)
    if evidence in ("passage", "salient", "sentence", "clause-after") and not borne \
            and (_foreign_subject(sentence, q, clause, words)
                 or _government_subject(sentence, q, clause, words)):
        # "Ein Rivale aus China steigerte den Umsatz um 20 Prozent"; "X slipped 1.1%,
        # with Brent crude down 1.3%": the clause has a subject of its own, no company;
        # nor is a name after the number ("Bitcoin hit a record high of $120,000,
        # lifting Coinbase shares")
        return None
    if evidence in ("passage", "salient") and _party_to_subject(document.lang, sentence, q, about):
        return None  # "Der Zulieferer, an dem X beteiligt ist, beschäftigt …": not X's
    if unit_kind(q) == "count" and _buyer_of_count(sentence, q, about, words):
        return None  # "der Verkauf von 4.100 Wohnungen an den Investmentmanager Y": not Y's
    if rule is not None and rule.own_volume and not evidence.startswith("bound") \
            and _foreign_volume(sentence, q, clause, words):
        return None  # "Weltweit wurden 1,9 Milliarden Tonnen Stahl produziert": the world's
    if rule is not None and rule.own_volume and evidence in ("passage", "salient") \
            and _place_subject(document.lang, sentence, q, clause):
        return None  # "In Deutschland fehlen 700.000 Wohnungen", "Britain needs 300,000 homes"
    if not evidence.startswith("bound") and not borne and _foreign_phrase(sentence, q, about, clause, words):
        return None  # "BASF fiel um 2 Prozent, der Ölpreis gab um 1,6 Prozent nach"
    if not evidence.startswith("bound") and about is not None \
            and _group_phrase(sentence, q, about, clause, words):
        # "Volkswagen's Porsche brand posted a margin of 14%, while the group's margin was
        # 6%": the parent's; a company with no parent is the group itself
        about = document.catalogue.parent_of(about) or about
    if not evidence.startswith("bound") and _valued_against(sentence, q, about, words):
        # "mit dem 14-Fachen des Gewinns gehandelt und damit günstiger als die Aktie von X":
        # X is what the share is measured by; whose multiple it is the sentence does not say
        return None
    if evidence == "clause-after" and metric == "StockPriceChange" \
            and _benchmark_after(sentence, q, about, words):
        # "They have lost 8% this year, underperforming the Nikkei 225": the share
        # the passage speaks of moved, measured by the index
        about, evidence = document.share_subject(sentence, window=2), "benchmark"
        if about is None:
            return None
    if evidence == "passage" and about is not None \
            and document.type_of(about) == "BusinessUnit" \
            and _group_speaks(sentence, q, clause, words):
        # "Die Sparte X hielt sich gut. Finanzchef Y will die Investitionen auf 350
        # Millionen Euro begrenzen", "Die Solvenzquote lag bei 238 Prozent": the
        # chief speaks for the group, and only the group has such a figure
        about, evidence = salient_entity(document), "group"
        if about is None:
            return None
    if evidence == "passage" and about is not None and estimated_by is not None \
            and document.type_of(about) == "BusinessUnit" and not _unit_worded(sentence, q, words):
        # "Analyst X verwies auf den Auftragsbestand der Netzsparte Y. Für 2026/27 erwartet er
        # einen Umsatz von 45 Milliarden Euro": a house's estimate with no unit word of its
        # own is for the group it covers, not for the unit the sentence before spoke of
        about, evidence = _group_of(document, about), "group"
        if about is None:
            return None
    if evidence == "passage" and about is not None and document.type_of(about) in PRODUCT_TYPES \
            and (metric in _EARNINGS or _group_speaks(sentence, q, clause, words)):
        # "… vor allem das SUV X. Insgesamt stieg der Konzernumsatz um 19 Prozent; der
        # Nettogewinn …": a product named before sells, but neither earns nor has the
        # group's revenue; the company the article is about does
        about, evidence = salient_entity(document), "group"
        if about is None or document.type_of(about) in PRODUCT_TYPES:
            return None
    if evidence == "passage" and about is not None \
            and document.type_of(about) in PRODUCT_TYPES and _maker_book(sentence, q, clause, trigger, words):
        # "Gefragt bleibt die Familie X. Der Auftragsbestand umfasst 8.700 Flugzeuge": a product
        # named before is ordered and delivered, but the order book is its maker's
        about, evidence = _booked_by(document, sentence, about), "group"
        if about is None:
            return None
    if evidence == "passage" and about is not None and metric in _EARNINGS \
            and _contributed_before(document, sentence, about, words):
        # "Die Tochter X steuerte 520 Millionen Euro zum Umsatz bei. Das bereinigte Ebit
        # verbesserte sich auf 95 Millionen Euro": the part told, the group's earnings after
        about, evidence = salient_entity(document), "group"
        if about is None or _contributed_before(document, sentence, about, words):
            return None
    if order and kind == "currency" and about is not None and document.type_of(about) in PRODUCT_TYPES:
        return None  # "Der Rahmenvertrag über die Wartung der A320neo-Flotte hat ein Volumen von
        # …": the product serviced or ordered wins no order; its supplier, named elsewhere, does
    if evidence == "sentence" and about is not None and document.type_of(about) in PRODUCT_TYPES \
            and metric in _GROUP_SALES:
        # "More than 500,000 businesses use Claude, and revenue climbed past $14 billion":
        # a product named in a clause before the number's sells, but the revenue and
        # earnings of a clause that names no one are its maker's
        about, evidence = _group_of(document, about), "group"
        if about is None:
            return None
    if evidence in ("sentence", "passage", "salient") and about is not None \
            and document.type_of(about) in _UNIT_TYPES \
            and _other_line(sentence, q, about, rule, trigger, clause, words):
        # "YouTube grew 12%, while search revenue increased 13%": search's, not YouTube's,
        # so the group's that owns both, as a company's own lines are its own ("SAP …
        # Der Cloud-Auftragsbestand wuchs"); none where the unit is no part of the group
        about, evidence = _group_of(document, about), "group"
        if about is None:
            return None
    if about is not None and document.type_of(about) in ISSUER_TYPES \
            and (unit := _line_unit(document, sentence, about, trigger, clause, words)) is not None:
        about, evidence = unit, "line-unit"  # "Alibaba cloud revenue jumps 34%": Alibaba Cloud's
    if about is not None and not evidence.startswith("bound") \
            and document.type_of(about) != "BusinessUnit" \
            and _unit_speaks(sentence, q, about, words):
        return None  # "Die Sparte X steigerte den Umsatz um 3 Prozent": the unit's, not known
    if per_share == "SharePrice" and not _offering_terms(sentence, q, clause, words):
        about, evidence = _offer_issuer(sentence, q, clause, document.lang), "offer"
        if about is None:
            # "Schindler biete 96 Franken je Aktie": only the bidder is named here, the
            # company bought in the takeover told before
            about = _offer_target(document, sentence, words,
                                  bidder(sentence, clause, q.number_start, document.lang))
    elif metric == "Other" and kind == "percent" and words.offer_premium is not None \
            and rule is not None and trigger is not None \
            and words.offer_premium.search(text, *trigger):
        # "Das entspricht einem Aufschlag von 34 Prozent": the premium is paid for the
        # shares bought, not the bidder's nor the article's salient company
        buyer = bidder(sentence, clause, q.number_start, document.lang)
        if about == buyer or not any(m.label == about for m in sentence.mentions):
            target = _offer_target(document, sentence, words, buyer)
            if target is not None or about == buyer:
                about, evidence = target, "offer"
    if metric == "MarketCapitalization" and (comma := _valued_aside(sentence, q, words)) is not None:
        # "Fanatics, valued at $31 billion in its last funding round": that name's value, or
        # nobody's where the name is not known (nor an organisation)
        valued_name = next((m for m in sentence.mentions if sentence.local(m.end) == comma
                            and m.type in ORGANIZATION_TYPES), None)
        if valued_name is None:
            return None
        about, evidence = valued_name.label, "valued-aside"
    if metric == "MarketCapitalization" and trigger is not None and words.offer_values is not None \
            and words.offer_values.search(text, *trigger) \
            and _valued_by_other_name(sentence, trigger, about):
        return None  # "The deal values Veltora at $12 billion": a name not known is valued
    if metric == "MarketCapitalization" and words.offer_values is not None \
            and words.offer_values.search(text, 0, q.start):
        # "Insgesamt bewertet die Offerte Kessler mit rund 2,4 Milliarden Franken": the
        # price the bidder pays, its investment; left the valuation where no bidder is told
        rest = _buys_the_rest(document, sentence, words)
        buyer = None if rest else _offer_buyer(document, sentence, words)
        if buyer is None and not rest and trigger is not None \
                and words.offer_values.search(text, *trigger):
            return None  # "The bid values Covestro at 14 billion euros": a price, nobody's
            # where no bidder is told
        if buyer is not None and (buyer != about or _unnamed_before(sentence, about, q.start)):
            # also where the bidder is not named before the number ("bewertet die Offerte das
            # SDax-Unternehmen mit …"): an offer values the company bought, not the bidder
            about, metric, evidence = buyer, "Investment", "offer"
    valued = words.offer_values.search(text, 0, q.start) \
        if metric == "Investment" and words.offer_values is not None else None
    if valued is not None and any(m.label == about and sentence.local(m.start) >= valued.end()
                                  for m in sentence.mentions):
        # "The bid values Covestro at 14 billion euros": the company valued is the one bought,
        # the price the bidder's investment; nobody's where no bidder is told
        buyer = _offer_buyer(document, sentence, words)
        about, evidence = (buyer, "offer") if buyer != about else (None, evidence)
    if metric == "DebtIssuance" and words.financing is not None and words.financing.search(text) \
            and (about is None or document.type_of(about) in INSTITUTION
                 or about == _offer_target(document, sentence, words, None)):
        # "Finanziert wird der Kauf aus einer Anleihe über 800 Millionen Franken", "JPMorgan
        # committed a bridge loan to back the financing": the buyer's debt, not the company
        # bought's nor the lender's
        buyer = _offer_buyer(document, sentence, words)
        if buyer is not None:
            about, evidence = buyer, "offer"
    if about is None and estimated_by is not None and metric not in ESTIMATE_METRICS \
            and not credited:
        about = _rated_by(document, sentence, estimated_by)
        evidence = "rated" if about is not None else evidence
    if about is None and estimated_by is not None and metric not in ESTIMATE_METRICS \
            and not credited and not unnamed and not newcomer and not (words.analyst_words is not None
                                      and words.analyst_words.search(text)) \
            and not is_free_float(document.lang, text, trigger):
        # no other subject: the institution's own outlook, not an analyst's
        # (a bank sets no price target for itself: that needs a named company); where an
        # analyst speaks ("Analyst X now expects earnings of …"), of a company not named
        about, estimated_by, evidence = estimated_by, None, "own-outlook"
        status = "Guidance" if status == "Estimate" else status
    if about is None and metric == "StockPriceChange" and kind == "percent" and any(
            m.type in ISSUER_TYPES and sentence.local(m.end) <= q.number_start
            for m in sentence.mentions):
        # "Fanuc shares closed up 3.4%, outpacing a 0.6% gain in the Nikkei": the share the
        # sentence opened with did not move so, the index named after the move's noun did
        about = _index_moving_after(document, sentence, q, words)
    if covering is not None and estimated_by is not None and about in (None, estimated_by) \
            and _own_outlook(sentence, estimated_by, document.lang):
        # "Jefferies hob das Ziel für Novo an. … Jefferies erwartet für das laufende Jahr einen
        # operativen Gewinn von …": the forecast of the company the house rated before
        about, evidence = covering, "rated"
    if about is None and metric in ESTIMATE_METRICS and estimated_by is not None:
        # "JPMorgan kept its Neutral rating and a $15 target": the company the house rates
        # in the sentence, where the words of the target name none that clearly wins
        about, evidence = rated_in(document, sentence, estimated_by), "rated"
    if about is not None and _investee_of_share(sentence, about, words):
        return None  # "its share of OpenAI's losses reduced net income": no figure of OpenAI
    if about is None or credited and (estimated_by == about or evidence in ("passage", "salient")
                                      and metric not in ESTIMATE_METRICS
                                      and not _named_analyst(document, sentence, estimated_by,
                                                             q.start)):
        # "Analysts at X estimate …": X is never what the figure is about, and what
        # they speak of is named in their sentence, not guessed from the article; a
        # target or fair value is the share's the passage or article speaks of, as a
        # rating in the same words is
        return None
    if estimated_by is None and about is not None and not evidence.startswith("bound") \
            and document.type_of(about) in INSTITUTION and words.analyst_words is not None \
            and words.analyst_words.search(text):
        rated = _rated_by(document, sentence, about)
        if rated is not None:
            # "Vontobel erhöhte das Kursziel für X. Analyst Y von Vontobel: die Bewertung
            # mit einem KGV von 17 sei nicht zu hoch": the analyst's view of X
            about, estimated_by, status, evidence = rated, about, "Estimate", "rated"
    if estimated_by is not None and (estimated_by == about
                                     or about in document.catalogue.parents_of(estimated_by)):
        # "Die Allianz will die Dividende anheben"; nor does a house the company owns forecast
        # its owner ("The Munich company, which owns the asset manager PIMCO, raised its
        # outlook"): the company's own outlook
        estimated_by, status = None, "Guidance"
    if metric == "ValuationMultiple" and status == "Reported":
        house = _forward_house(document, sentence, q, clause, words)
        if house is not None and house != about:
            status, estimated_by = "Estimate", house  # "ein KGV von 38 für 2027", said a house
    if metric == "StockPriceChange" and kind == "percent":
        index = _index_moving_after(document, sentence, q, words)
        about = index if index is not None else about
    if metric == "StockPriceChange" and kind == "percent" and about is not None \
            and _exchange_moved(sentence, q, about, words):
        return None  # "Nvidia jumped 5%, lifting the Nasdaq 1.2%": the exchange's index moved
    if metric in ("SharePrice", "StockPriceChange"):
        about = _sold_shares_owner(document, sentence, q, about, words, clause)
    if metric in STOCK_METRICS - {"MarketCapitalization"} \
            and not _parent_named_apart(document, sentence, about):
        about = document.listed(about)
    if metric == "IndexLevel" and document.type_of(about) != "MarketIndex":
        return None
    if metric == "StockPriceChange" and document.type_of(about) == "MarketIndex" \
            and evidence != "antecedent" and _index_in_share_apposition(sentence, about, q, words):
        # "The stock, a member of the Nasdaq 100, has gained 8%": the share's move; not
        # where the number stands in a relative clause on the index ("trading, beating the
        # FTSE 100 index, which was up 0.3%")
        about = document.share_subject(sentence, window=3)
        if about is None:
            return None
    if metric == "StockPriceChange" and document.type_of(about) not in _MOVERS:
        metric = "RevenueGrowth"
    unit = q.unit or _METRIC_UNIT.get(metric, "Count")
    value, lo, hi = q.value, q.min_value, q.max_value
    if metric == "Other" and kind == "percent":
        # a level such as a margin: only a fall told before it or right after it
        # makes it a change ("sank um 14 Prozent", "17 Prozent weniger"), not
        # "61%, down from 78.9%", nor the old level, nor a range of levels ("its
        # 5% to 7% target range"); a split verb whose particle closes the clause is the
        # number's ("ging um 6 Prozent auf 42.100 Fahrzeuge zurück")
        change = None if words.level_before.search(text, max(0, q.start - 12), q.start) \
            or lo is not None \
            or _old_value_from(text, q, words) \
            or _aside_label(text, q, words) is not None or _linked_to_earlier(sentence, q, words) \
            else _direction(words, present, before, text[q.end:clause[1]].split(",")[0][:12]) \
            or (change if _particle_closes(text, q, clause, words) else None) \
            or _closing_verb(text, q, clause, words, present)
    if metric in _GROWTH_METRICS and kind == "percent" and lo is None \
            and words.level_before.search(text, max(0, q.start - 12), q.start):
        # "das Wachstum war auf 1,2 Prozent gefallen", "growth slowed to 3%": the rate
        # reached, still growth; a word of decline itself ("Rückgang") keeps its sign
        change = None
    negative = (rule is not None and rule.negative) or change == "down"
    # a downside ("implying a decline of 35%") is a negative upside; a fall
    # told near an upside is the share's, not the upside's
    downside = metric == "UpsidePotential" and rule is not None and rule.negative
    # a loss of value ("eine Abwertung um 245 Millionen Euro") is a negative `Other`
    written_down = metric == "Other" and rule is not None and rule.negative
    if negative and (metric in _SIGNED_METRICS or downside or written_down) and metric != "SharePrice" and (
            kind == "percent" or kind == "currency" and rule is not None and rule.negative):
        value = -abs(value) if value is not None else None
        lo, hi = (-abs(hi), -abs(lo)) if lo is not None and hi is not None else (lo, hi)
    elif change == "down" and kind == "currency" and metric in _CUT_BY_AMOUNT \
            and value is not None and words.change_by.search(text, max(0, q.start - 8), q.start):
        if _cut_by_cause(sentence, q, words, clause):
            return None  # "tariffs had cut operating profit by about 1.1 trillion yen": the
            # cost of a cause, neither the profit nor a loss
        # "would cut its revenue by about $600 million", "die Investitionen um 500 Millionen
        # Euro kürzen": a fall or cut by an amount
        value = -abs(value)
    if loss_per_share:
        value = -abs(value) if value is not None else None
        lo, hi = (-abs(hi), -abs(lo)) if lo is not None and hi is not None else (lo, hi)
    job_cut = metric == "Employees" and value is not None \
        and _cuts_jobs(sentence, q, words, clause)
    if job_cut and value is not None:
        value = -abs(value)  # "will 6.000 Stellen streichen": a cut, not the workforce
    if metric == "Other" and kind == "count" and value is not None and words.closure_before is not None \
            and words.closure_before.search(text, max(clause[0], q.start - 30), q.start):
        value = -abs(value)  # "will close around 30 stores": a closure, not the estate
    qualifier = q.qualifier
    # "eine Anleihe über 5 Milliarden Euro": the sum the bond amounts to; a share is no such
    # sum, so "dem Wert über 35 Prozent Potenzial", "Anteile über 3 Prozent" keep the bound
    if qualifier == "AtLeast" and q.unit != "Percent" and words.amounting_to in present \
            and words.amounting_to.search(text[:q.number_start]):
        qualifier = "Exact"
    if words.converted in present and words.converted.search(text[max(0, q.start - 25):q.start]):
        qualifier = "Approximately"
    if qualifier == "Exact":
        # "about $105 billion and $98 billion respectively": the first's "about" is the 98's too
        qualifier = respective_qualifier(sentence, q.number_start, document.lang) or qualifier
    base = _bracketed_base(sentence, q, words) if kind == "currency" else None
    own = _headcount_period(metric, _base_period(document, sentence, base) if base is not None
                            else _figure_period(document, sentence, q, clause, about), document.lang)
    if metric in _FLOW_METRICS and not is_month(_reporting(document)) \
            and dates_report(own, text, document.lang):
        own = None  # "hatte Ende Oktober einen Quartalsgewinn … gemeldet": the day of the report
    if own is not None and metric == "ShareBuyback" \
            and _programme_set_up(sentence, q, words, clause, document.lang):
        own = None
    period = resolve_fiscal(_price_period(metric, own, document.lang), _reporting(document),
                            document, fiscal_year_end(document, about))
    if metric == "ValuationMultiple" and rolls_ahead(text, q.end, document.lang):
        period = None  # "trades at 62 times estimated earnings for the next 12 months"
    span = period is not None and (is_span(period, document.lang)
                                   or is_clause_only(period, document.lang))
    if period is not None and (span and (kind != "percent" or metric not in CHANGE_METRICS)
                               and not _summed_to_date(document, kind, period) or (
            span or metric == "StockPriceChange") and _span_of_other(sentence, q, period)):
        # "risen 60% over the past year, a market value of …", "hat seit Jahresbeginn
        # 46 Prozent zugelegt und schloss bei 71,20 Euro": the span is the move's; a
        # day's move beside the year's ("rose 4% on Tuesday, bringing their gain this
        # year to 35%") has none
        period = None
    period = year_to_date(period, document.lang, document.published)
    # the article's own count is none of another company's that closes its year in another
    # month: "Dell last week reported a 34% increase in quarterly revenue" in a story on
    # Lenovo's fiscal second quarter
    own_count = not keeps_other_calendar(document, about)
    if (period is None or not period.startswith(("Q", "H"))) and status == "Reported" \
            and own_count and _in_this_quarter(text, q, clause, words):
        # "steigerte den Nettogewinn im Quartal um 9 Prozent …, für das Gesamtjahr …",
        # "bought back $3.5 billion in the quarter": the quarter the article reports
        period = _this_quarter(document, sentence) or period
    if metric in _MOMENT_METRICS:
        # targets look a year ahead: "nach Zahlen zum dritten Quartal … Kursziel
        # von 60 Euro" names the results that occasioned it, not its period; a
        # market value is where a move has brought it ("has doubled this year,
        # giving the company a market value of $245 billion"): the year is the move's
        period = None
    if status == "Previous" and period is not None and _dated_apart(document, sentence, q):
        status = "Reported"  # "from $243 million in the second quarter": that quarter's value
    earlier = status == "Previous" and estimated_by is None and metric in _PERIOD_METRICS \
        and not _superseded(text, q, words)  # an old outlook is no value of the year before
    if period is None and estimated_by is None and metric in _PERIOD_METRICS \
            and (status in ("Guidance", "Estimate") or lo is not None and status != "Previous"):
        period = _outlook_period(document, sentence)  # "Für 2026 … . Die Marge soll …"
        if metric == "Dividend" and period is not None and _beyond_reporting(period, document):
            # a dividend is paid for a year ended or under way: "Für das neue Geschäftsjahr
            # 2026/27 … . Die Aktionäre sollen eine Dividende von 0,40 Euro erhalten" is
            # the one for the year the article reports, not the outlook's
            period = None
    # an order is won on a day, not over the period the article reports; a portion of
    # revenue told with no period ("gets 40% of its revenue from China") is how the
    # business is spread; nor does a total counted since a start ("seit dem Start")
    undated = order or path == _PORTION_OF_SALES or counts_since_start(text, document.lang)
    if order and kind == "currency" and period is not None and _after_published(period, document):
        period = None  # "Der Vertrag läuft bis 2029", "until 2035": the order's term, not its period
    moved = any(pattern.search(text, clause[0], q.start) for pattern in (words.up, words.down))
    if period is None and estimated_by is None and status == "Reported" \
            and _of_a_period(document, metric, about, moved) and not undated:
        # "… after solid third-quarter numbers. Revenue rose …": the results the
        # sentence before names, whatever quarter the lead spoke of
        period = _period_before(document, sentence, about)
    if period is None and estimated_by is None and not undated and own_count:
        period = _reported_period(document, sentence, metric,
                                  "Reported" if earlier else status, about, moved)
    # "für das Vorjahr hatte es 2,70 Euro"; an outlook's or a forecast's too ("soll auf 1,00
    # Euro steigen, nach 0,90 Euro im Vorjahr"): the value then was reported, by no house
    prior = _earlier_period(sentence, q, kind, metric, words, clause, document.lang) \
        if status in ("Reported", "Guidance", "Estimate") else None
    if earlier or prior == "year":
        # "Marge von 12,1 auf 11,3 Prozent": the old value is the year before's,
        # as is "nach 62 Millionen Euro im Vorjahr"; with no period to go back from
        # ("rose to $12.4 billion (from $11.9 billion)") it stays the value before the
        # change, never a second current one
        period = prior_period(period, document.lang)
        status = "Reported" if period is not None else "Previous"
    elif prior == "quarter":
        period = previous_quarter(period, document.lang)  # "nach 21,3 Prozent im Vorquartal"
        status = "Reported" if status == "Estimate" else status
    if prior is not None:
        estimated_by = None
    if job_cut:
        # a cut of jobs is a plan's number, not a period's: "bis Ende 2028 sollen 700
        # Stellen wegfallen" ends by then, it does not count the jobs of 2028
        period = None
    return Figure(
        about=about, metric=metric, value=value, min_value=lo, max_value=hi,  # type: ignore[arg-type]
        unit=unit, qualifier=qualifier, status=status,  # type: ignore[arg-type]
        period=period, estimated_by=estimated_by,
        evidence=Evidence(sentence=text, start=sentence.start + q.start,
                          end=sentence.start + q.end, extractor=f"figures/{document.lang}/{path}/{evidence}"),
    )


_GENERIC_WORD = "generic-word"  # the rule of a metric told by a generic word ("Elektroautos")
_PORTION_OF_SALES = "portion-of-sales"  # the rule of "gets 40% of its revenue from China"
# Results counted per share: the company's own, found as its other results are where no
# passage on its shares names their owner.
_RESULTS_PER_SHARE = frozenset({"EarningsPerShare", "Dividend"})
# Share figures found without a metric word, from a move alone: taken by a
# company not named in the sentence only where the sentence speaks of shares.
_SHARE_GUESSES = frozenset({"bare-change", "price-after-move"})
_PER_SHARE_READINGS = frozenset({"Profit", "Investment", "Revenue", "Other"})
_PER_SHARE_AFTER = 22  # "in bar je Aktie": how far after the amount "je Aktie" binds it
_PER_SHARE_BEFORE = 120  # "Gewinn je Aktie … zwischen 9,60 und 9,90 Euro … und nicht 8,90 bis 9,40"


# whose change a percentage with no metric word is, by the type of the name it is of
_CHANGE_OF = {**dict.fromkeys(ISSUER_TYPES | {"MarketIndex"}, "StockPriceChange"),
              "BusinessUnit": "RevenueGrowth", "AIModel": "RevenueGrowth"}


def _points_of_level(sentence: Sentence, q: Quantity, words: FigureWords,
                     clause: tuple[int, int]) -> Quantity:
    """Points that change a percentage level are percentage points ("Siemens
    steigerte die Marge um 1,5 Punkte", "lifted its margin by 1.5 points"): in
    Percent, where the closest metric word of a percentage is a level (a margin,
    a market share) and no index is named between it and the number; an index's
    points stay points ("Der Dax verlor 150 Punkte")."""
    if q.unit != "Points":
        return q
    as_percent = dataclasses.replace(q, unit="Percent")
    found = metric_of(sentence, as_percent, words, clause)
    if found is None or found[0] not in _LEVELS or found[1] is None or found[1].generic \
            or found[2] is None:
        return q
    lo, hi = sorted((found[2][0], q.number_start))
    if any(m.type == "MarketIndex" and lo <= sentence.local(m.start) < hi
           for m in sentence.mentions):
        return q
    return as_percent


_PREMIUM_GAP = 30  # "Aufschlag von rund ": how far before the number its premium word may end


def _market_share_touching(text: str, q: Quantity, found: Found | None) -> bool:
    """Do the words of a market share end right at the number ("im Weltmarkt … mit einem
    Anteil von 21 Prozent")? They name the market the share is of, so the stake reading of
    the same words ("Anteil von") does not hold."""
    return found is not None and found[0] == "MarketShare" and found[2] is not None \
        and found[2][1] <= q.start and not text[found[2][1]:q.start].strip()


def _premium_before(sentence: Sentence, q: Quantity, words: FigureWords) -> tuple[int, int] | None:
    """Where the word of an offer's premium stands right before the number, with
    only a preposition between ("ein Aufschlag von 4 Prozent", "a premium of
    46%"), in a sentence where a company bids: the span of that word, else None.
    Without a bid ("Die Aktie notierte mit einem Aufschlag von 3 Prozent") the
    word may tell a move."""
    word = _premium_word(sentence.text, q, words)
    if word is None or bidder(sentence, (0, len(sentence.text)), q.number_start,
                              words.lang) is None:
        return None
    return word


def _share_of_portion(sentence: Sentence, q: Quantity, word: tuple[int, int]) -> bool:
    """Does another percentage of the sentence stand right before the share word
    ("a 31% share")? Then the word names that portion, no stock whose move ``q`` is."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(p.start != q.start and unit_kind(p) == "percent" and p.end <= word[0]
               and not sentence.text[p.end:word[0]].strip(" -") for p in quantities)


def _base_of_other_portion(sentence: Sentence, q: Quantity, words: FigureWords,
                           word: tuple[int, int]) -> bool:
    """Is the metric word before ``q`` the base of another percentage, right after it and its
    "of" ("71% of adjusted earnings", "71 Prozent des bereinigten Gewinns")? That portion is
    of the word, which says nothing of what a later number ``q`` in another phrase (after a
    comma) measures."""
    text = sentence.text
    if word[1] > q.number_start or "," not in text[word[1]:q.number_start] \
            or words.relative_clause is not None and words.relative_clause.match(text, word[1]) is not None:
        return False  # "51 Prozent des Konzerngewinns von 6,1 Milliarden Euro", "47 Prozent des
        # Nettoergebnisses, das auf 1,9 Milliarden Euro …": the base's own number
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    # a word between: "a 31% share, ahead of Microsoft with 25%" names what both measure
    return any(p.start != q.start and p.end <= word[0] and unit_kind(p) == "percent"
               and text[p.end:word[0]].strip()
               and words.portion_after.match(text, p.end) is not None
               and word[0] - p.end <= _BESIDE and _PLAIN_WORDS.fullmatch(text, p.end, word[0]) is not None
               for p in quantities)


_PAYOUTS = frozenset({"Dividend", "ShareBuyback"})
_DEBT_REACH = 80  # "Der Verschuldungsgrad von X lag zuletzt bei ": how far back a debt ratio's word


def _combined_total(sentence: Sentence, q: Quantity, words: FigureWords, word: tuple[int, int]) -> bool:
    """Is ``q`` the total a payout word is joined to ("Zusammen mit der Dividende von 1,20 Euro
    je Aktie sollen rund 3,3 Milliarden Euro … fließen", "Together with the dividend, it will
    return $10 billion")? The word stands after the joining words, and ``q`` after it is not
    its own amount: another number or a comma stands between."""
    if words.combined_with is None or word[1] > q.number_start \
            or not words.combined_with.search(sentence.text, max(0, word[0] - 60), word[0]):
        return False
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    between = sentence.text[word[1]:q.number_start]
    return "," in between or any(word[1] <= p.start and p.end <= q.number_start for p in quantities)


_PLAIN_WORDS = re.compile(r"[\w\s'’-]*")  # words with no mark between: one noun phrase
_BESIDE = 40  # how far before and after a number the words that say what it is may reach


def _held_in_relative(sentence: Sentence, q: Quantity, lang: str) -> bool:
    """Is the percentage the stake the holder of a relative clause holds ("Y, an
    dem X noch knapp 25 Prozent hält", "Y, in which X owns 62%")? Then it is
    nothing Y reports, nor a growth of a word before the clause ("Erlöse")."""
    pattern = held_share(lang)
    if pattern is None:
        return False
    text = sentence.text
    holders = {sentence.local(m.end) for m in sentence.mentions if m.type in ORGANIZATION_TYPES
               and _RELATIVE_OPENER.search(text, 0, sentence.local(m.start))}
    return any((m := pattern.match(text, at)) is not None and m.start("value") == q.number_start
               for at in holders)


# A comma and a few lower-case words right before the holder: the opener of a relative
# clause ("Y, an dem X", "Y, in which X"), not a main clause's subject ("X holds 5%").
_RELATIVE_OPENER = re.compile(r",\s+(?:[a-zäöüß]+\s+){1,3}\Z")


def _told_beside(pattern: re.Pattern[str], text: str, q: Quantity) -> bool:
    """Do the words of ``pattern`` open the text right after the number or close the
    text right before it? A match must touch the number: one that only ends where the
    window after it is cut ("legte 5 Prozent zu und gehörte damit zu") or only starts
    where the window before it is cut tells nothing about the number."""
    return pattern.match(text[q.end:q.end + _BESIDE]) is not None \
        or _ending(pattern).search(text[max(0, q.start - _BESIDE):q.start]) is not None


@lru_cache(maxsize=4)
def _ending(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` held to matches that end where the searched text ends."""
    return re.compile(f"(?:{pattern.pattern})\\Z", pattern.flags)


def _premium_over_price(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A premium's percentage over the share's own price, named by no possessive ("The
    offer values X at … and represents a premium of 14% to its closing price"), in a
    sentence that names a company before it: the premium an offer pays for that company,
    a figure, though the same words after a placement's discount tell none. With no name
    before, whose price it is is not told there."""
    text = sentence.text
    return words.premium_base is not None and words.premium_base.match(text, q.end) is not None \
        and _premium_word(text, q, words) is not None \
        and any(m.end <= sentence.start + q.number_start for m in sentence.mentions)


def _placement_priced(text: str, q: Quantity, words: FigureWords) -> bool:
    """Is the percentage where new shares were priced against the share's price ("platzierte
    neue Aktien 4 Prozent unter dem Schlusskurs", "priced the shares at a 4% discount to the
    close")? A discount or premium set for a placement, which the wording of a move ("unter",
    "Abschlag") would otherwise read as the share's fall."""
    return words.placement_discount is not None and any(
        m.start() <= q.start and q.end <= m.end()
        for m in words.placement_discount.finditer(text, max(0, q.start - 120), q.end + 80))


def _premium_word(text: str, q: Quantity, words: FigureWords) -> tuple[int, int] | None:
    """The span of a premium's word right before a percentage, with only a
    preposition between ("a premium of 14%", "ein Aufschlag von 4 Prozent"), else
    None: the percentage is a premium over a price, which the words after it
    may name ("… to its closing price")."""
    if words.offer_premium is None or q.unit != "Percent":
        return None
    lo = max(0, q.start - _PREMIUM_GAP)
    word = max(words.offer_premium.finditer(text, lo, q.start), key=lambda m: m.start(),
               default=None)
    if word is None or not _PREMIUM_LINK.fullmatch(text, word.end(), q.start):
        return None
    return word.span()


def _premium_on_price(text: str, q: Quantity, words: FigureWords) -> bool:
    """Is the percentage a premium over a price: the price it is counted over right after
    it ("auf den Schlusskurs", "to the closing price"), with a premium's word right after the
    number ("30 Prozent Aufschlag auf den Schlusskurs") or before it with only a preposition and
    the list it is part of between ("Prämien von 30 und 25 Prozent auf …")? A share that
    moves "auf" a level names no price of its own there."""
    if words.offer_premium is None or words.premium_base is None or q.unit != "Percent":
        return False
    at = q.end + len(text[q.end:]) - len(text[q.end:].lstrip())
    word_after = words.offer_premium.match(text, at)
    if word_after is not None:
        return words.premium_base.match(text, word_after.end()) is not None
    if words.premium_base.match(text, q.end) is None:
        return False
    if words.premium_list_link is None:
        return False
    lo = max(0, q.start - _PREMIUM_GAP - _LIST_REACH)
    return any(words.premium_list_link.fullmatch(text, word.end(), q.start)
               for word in words.offer_premium.finditer(text, lo, q.start))


_LIST_REACH = 40  # how much of a list of percentages may stand between a premium word and its last
_PREMIUM_LINK = re.compile(r"\s+\w{2,3}\s+(?:\w+\s+)?")  # "von", "of", "von rund", "of about"
_SIGNS = {"+": "up", "-": "down", "\u2212": "down", "\u2013": "down"}  # plus, hyphen, minus, en dash


def _signed(sentence: Sentence, q: Quantity,
            words: FigureWords) -> tuple[str, Mention] | None:
    """A percentage written with its sign right after a name: in brackets
    ("Siemens (+3 Prozent)", "SAP (-1,2 %)", "Nvidia (+4%)", "der Dax (-0,8
    Prozent)"), or in a cell of a table's row whose first cell is the name
    ("E-Mobility | 1.020 | +11,0 %"): the move of a market report's line, or the
    change of a unit's sales, "up" or "down", and the name it is of. A signed
    number in a row a metric word opens ("Ergebnis je Aktie | 0,83 | -21 %")
    gives neither: the word names it."""
    text = sentence.text
    sign = _SIGNS.get(text[q.start]) if q.start < q.number_start else None
    if sign is None or q.unit != "Percent" or q.min_value is not None:
        return None
    if _CELL_OPENS.search(text, 0, q.start) is not None:
        first = _CELL.search(text)
        name = _movers(sentence).get((0, first.start())) if first is not None else None
        return (sign, name) if name is not None else None
    listed = _list_item_name(sentence, q)
    if listed is not None:
        return sign, listed
    if not text[q.end:q.end + 2].lstrip(" \t").startswith(")") and not _price_closes_bracket(
            sentence, q, words):
        return None
    opened = text.rfind("(", 0, q.start)
    code = text[opened + 1:q.start].strip(" \t") if opened >= 0 else ""
    if opened < 0 or code and (words.share_class is None
                               or not words.share_class.fullmatch(code)):
        return None  # "Roche (GS +1,2 Prozent)": only the code of a share class may stand there
    name_end = len(text[:opened].rstrip(" \t"))
    name = next((m for (_, end), m in _movers(sentence).items() if end == name_end), None)
    if name is None:
        # "Siemens-Aktien (+1,5 Prozent)", "Siemens shares (+1.5%)": the share word
        # after the name says the move is its share's
        name = next((m for (_, end), m in _movers(sentence).items()
                     if m.type in ISSUER_TYPES and end < name_end
                     and _share_word_ends(text, end, name_end, words)), None)
    return (sign, name) if name is not None else None


_LIST_BULLET = re.compile(r"[ \t]*(?:[-\u2013\u2022*][ \t]*)?")  # "- ", "• " or nothing before the name
_LIST_GAP = re.compile(r"[ \t]*:?[ \t]*")  # what stands between a list line's name and its move


def _list_item_name(sentence: Sentence, q: Quantity) -> Mention | None:
    """The name a line of a list of movers opens, where only a colon stands between it
    and the signed percentage: "- Aixtron: +7,8 Prozent auf 17,45 Euro", "• Hensoldt -3,1 %",
    "Nvidia +7.8%". A name further in the line ("Umsatz von Aixtron +7,8 Prozent") or a
    word between ("Aixtron legte +7,8 Prozent zu") is no such line."""
    lead = _LIST_BULLET.match(sentence.text)
    start = lead.end() if lead is not None else 0
    return next((m for (first, end), m in _movers(sentence).items()
                 if first == start and _LIST_GAP.fullmatch(sentence.text, end, q.start)), None)


def _price_closes_bracket(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """"Sulzer (-3,8 Prozent auf 131,40 Franken)": the move's bracket closes after the
    price it moved to, one amount in a currency right after the words of moving to."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    after = next((p for p in quantities if p.start >= q.end), None)
    return after is not None and unit_kind(after) == "currency" \
        and words.move_to.fullmatch(sentence.text, q.end, after.start) is not None \
        and sentence.text[after.end:after.end + 2].lstrip(" \t").startswith(")")


def _share_word_ends(text: str, start: int, end: int, words: FigureWords) -> bool:
    """Between ``start`` and ``end`` only a hyphen or space and a word of the
    share stand ("-Aktien", " shares")."""
    gap = text[start:end]
    joined = gap.lstrip(" -")
    return 0 < len(gap) - len(joined) <= 2 and words.shares.fullmatch(joined) is not None


def _movers(sentence: Sentence) -> dict[tuple[int, int], Mention]:
    """The sentence's names of what can move or grow, by where they start and
    end in it, gathered once per sentence."""
    key = "figures/movers"
    if key not in sentence.cache:
        sentence.cache[key] = {(sentence.local(m.start), sentence.local(m.end)): m
                               for m in sentence.mentions if m.type in _MOVERS | _UNIT_TYPES}
    return sentence.cache[key]  # type: ignore[return-value]


def _model_number(text: str, q: Quantity, words: FigureWords) -> bool:
    """A bare number after a word of type, maybe with its maker's name ("vom
    Typ Boeing 787", "der Baureihe 737"), names a model: it counts nothing,
    while the count beside it ("20 Jets vom Typ Boeing 787") does. A bare count glued to
    such a model number and its name ("50 787 Dreamliners for Turkish Airlines") counts
    a part of an order or fleet told beside it, no figure of its own."""
    if q.unit is not None or q.scaled:
        return False
    return _GLUED_MODEL.match(text, q.end) is not None \
        or words.model_before is not None and words.model_before.search(
            text, max(0, q.number_start - 40), q.number_start) is not None


_GLUED_MODEL = re.compile(r"[ \t]+\d{3}(?:-\d{1,3})?[ \t]+[A-Z]")  # " 787 Dreamliners" after a count


def _in_ratio(text: str, q: Quantity, words: FigureWords) -> bool:
    """A bare number that is one side of a ratio ("by a 2.3-to-1 ratio", "im
    Verhältnis 3 zu 1"): it counts nothing, and read alone it became a count of
    whatever the sentence named."""
    if q.unit is not None or words.ratio_after is None or words.ratio_before is None:
        return False
    return words.ratio_after.match(text, q.end) is not None \
        or words.ratio_before.search(text, max(0, q.number_start - 16), q.number_start) is not None


def _per_share(sentence: Sentence, q: Quantity, metric: str, words: FigureWords,
               clause: tuple[int, int]) -> str | None:
    """The metric of an amount "je Aktie", where it differs from ``metric``: a
    profit-like amount is earnings per share ("1,22 Euro pro Aktie", "Gewinn
    je Aktie vor Kaufpreisallokationen zwischen 9,60 und 9,90 Euro"); a price
    paid per share is an offer price, a share price ("buy SimCorp for 1,100
    crowns per share"). Dividends, prices and targets keep their metric."""
    if unit_kind(q) != "currency" or q.scaled:
        return None
    sold = words.sold_before is not None \
        and words.sold_before.search(sentence.text, clause[0], q.start) is not None
    paid = _paid_before(sentence, q, words, clause) or sold
    cash = _paid_in_cash(sentence.text, q, words, clause)
    offered = _offering_terms(sentence, q, clause, words)  # "a price range of EUR 20 to 24 per share"
    if metric == "EarningsPerShare" and (paid or cash or offered):
        return "SharePrice"  # "buy SimCorp for 1,100 crowns per share": a price, never earnings
    phrase_before = words.per_share.search(sentence.text, max(clause[0], q.start - 40), q.start)
    if metric == "SharePrice" and not paid and not cash and not offered and (
            phrase_before is not None and not per_share_of_other(sentence, q, words, *phrase_before.span())
            or words.per_share.match(sentence.text, q.end + 1)):
        # "das Plus je Aktie bei 15,33 CNY", "erhalten sie 1,20 Euro je Aktie": no price
        # is "je Aktie"; the share word names the unit of the amount, not a price; but
        # "schüttet 0,90 Euro je Aktie aus, die Aktie notierte bei 45 Euro": that phrase is
        # the amount's before it, and the price stays a price
        return "EarningsPerShare"
    text = sentence.text
    right = text[q.end:min(clause[1], q.end + 40)]
    # the share words open within reach of the amount, however long they run ("in cash for
    # each Muster share")
    close = next((m for m in words.per_share.finditer(right) if m.start() < _PER_SHARE_AFTER), None)
    if metric == "SharePrice" and not offered and not sold and close is not None \
            and not _DIGIT.search(right, 0, close.start()) \
            and bidder(sentence, clause, q.number_start, words.lang) is not None:
        # "X bietet die schon im Sommer genannten 62 Euro je Aktie": the share word after
        # the amount is nearer than the bid verb a long object keeps from it, but a named
        # bidder offers the price, the offer's for the company bought; shares a company
        # sells or offers itself ("is offering shares at HK$36 apiece") are no bid
        return "SharePrice"
    if metric not in _PER_SHARE_READINGS:
        return None
    if close is not None and not _DIGIT.search(right, 0, close.start()):
        # "1,22 Euro je Aktie", "96 Franken in bar je Aktie", "$52 in cash per share"; paid
        # in cash, the amount is an offer price wherever the buyer is named ("Zalando will
        # Westwing übernehmen – 14,50 Euro je Aktie in bar"): earnings are never paid
        return "SharePrice" if metric == "Investment" or cash or offered else "EarningsPerShare"
    if metric == "Profit" and words.per_share.search(right):
        return "EarningsPerShare"
    earlier = words.per_share.search(text, max(clause[0], q.start - _PER_SHARE_BEFORE), q.start)
    if earlier is None or metric not in ("Profit", "Investment"):
        return None
    # "Je Aktie bietet X den Aktionären von Y 45 Euro": a price paid, not earnings; but
    # "Gewinn je Aktie vor Kaufpreisallokationen" names earnings, whatever word follows
    named_eps = any(rule.by_unit.get("currency") == "EarningsPerShare" and start <= earlier.start()
                    and earlier.end() <= end
                    for _order, rule, found in trigger_spans(sentence, words) for start, end in found)
    return "SharePrice" if paid and not named_eps else "EarningsPerShare"


def _paid_in_cash(text: str, q: Quantity, words: FigureWords, clause: tuple[int, int]) -> bool:
    """Is the amount per share paid in cash, the cash words between it and "je Aktie"
    or right after them ("96 Franken in bar je Aktie", "14,50 Euro je Aktie in bar",
    "$52 per share in cash")? Earnings are never paid, so it is a price offered for the
    shares, even where no verb of buying stands in its clause (a headline's dash)."""
    if words.paid_in_cash is None:
        return False
    right = text[q.end:min(clause[1], q.end + _PER_SHARE_AFTER + 12)]
    close = words.per_share.search(right)
    if close is None or close.start() >= _PER_SHARE_AFTER:
        return False
    return words.paid_in_cash.search(right, 0, close.start()) is not None or \
        words.paid_in_cash.match(right.rstrip(), close.end() + 1) is not None


# Amounts that fall or are cut "by" a sum: the sum is negative.
_CUT_BY_AMOUNT = frozenset({"Revenue", "Profit", "Investment", "CapitalExpenditure"})

_LOSS_BEFORE = 60  # how far before an amount per share the loss it restates may be told


def _loss_told_before(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A loss is told right before the amount per share, with no word of a
    profit between ("a $2 billion net loss, or 45 cents a share", "ein
    Verlust von 2 Milliarden Euro oder 45 Cent je Aktie"): the amount per
    share restates the loss, so it is below zero. "swung from a loss to a
    profit of 45 cents a share" names the profit last and stays positive."""
    window = max(0, q.start - _LOSS_BEFORE)
    told: list[tuple[int, bool]] = [
        (start, rule.negative) for _order, rule, spans in trigger_spans(sentence, words)
        if rule.by_unit.get("currency") in ("Profit", "EarningsPerShare")
        for start, end in spans if window <= start and end <= q.start]
    return bool(told) and max(told)[1]


def _dividend_told(document: Document, sentence: Sentence, q: Quantity,
                   words: FigureWords) -> bool:
    """A word of the dividend stands before the amount, in its sentence or the
    one before, with no amount after it that it names instead ("eine
    Dividende von 3 Euro"): the dividend is told of, its amount not yet given."""
    told = [(sentence, q.start)]
    if sentence.index > 0:
        before = document.sentences[sentence.index - 1]
        told.append((before, len(before.text)))
    for text_of, until in told:
        ends = [end for _order, rule, spans in trigger_spans(text_of, words)
                if rule.by_unit.get("currency") == "Dividend" for _start, end in spans
                if end <= until]
        if ends:
            return not any(max(ends) <= p.start and p.end <= until and unit_kind(p) == "currency"
                           for p in quantities_of(text_of, document.lang))
    return False


def _received_per_share(sentence: Sentence, q: Quantity, words: FigureWords,
                        clause: tuple[int, int]) -> bool:
    """Is the amount per share one that is received ("Die Aktionäre erhalten 1,20 Euro je
    Aktie", "shareholders will receive 1.20 euros per share")? What a holder receives per
    share is paid out, a dividend or an offer's price, never the earnings per share."""
    if words.received_before is None or unit_kind(q) != "currency":
        return False
    text = sentence.text
    return words.per_share.search(text, q.end, min(len(text), q.end + _PER_SHARE_AFTER)) is not None \
        and words.received_before.search(text, clause[0], q.start) is not None


def _takeover_told(document: Document, sentence: Sentence, words: FigureWords) -> bool:
    """Does the sentence or the one before tell of a takeover or a bid ("made a takeover bid
    for Y", "Übernahmeangebot")? Then an amount received per share is the offer's price."""
    return words.takeover is not None and any(
        _tells_takeover(document.lang, here, words.takeover)
        for _back, here in document.looking_back(sentence, 1))


def _tells_takeover(lang: str, sentence: Sentence, takeover: re.Pattern[str]) -> bool:
    """Does a word of a takeover stand in the sentence other than as a rating? "reiterated a
    buy rating", "kept its Buy" name a verdict, no purchase, so the amount per share a house
    then forecasts ("could earn $22 per share") stays earnings, no offer's price."""
    ratings = rating_spans(lang, sentence)
    return any(not any(start <= match.start() < end for start, end in ratings)
               for match in takeover.finditer(sentence.text))


_OWN_PAYOUTS = frozenset({"Dividend", "ShareBuyback"})  # what a company pays out of its own
_PAID_OUT = frozenset({"EarningsPerShare", "SharePrice", "Investment"})  # readings a payout takes
_PAID_FOR = 6  # " for X": how far after "a share" the company paid for may be named
_PAID_BACK = 2  # how many sentences back a dividend told of still names an amount paid


def _paid_out(document: Document, sentence: Sentence, q: Quantity, reading: str,
              rule: MetricRule | None, words: FigureWords, clause: tuple[int, int]) -> bool:
    """Is an amount with no word of its own the dividend the sentence, or one just
    before it, tells of? Per share with only a share word to read it by ("Für 2026 stellt
    das Management 2 Euro je Aktie in Aussicht" after "Dividendenrendite"; "pays 40 cents a
    share each quarter"), or a small amount paid ("1&1 zahlt nur 5 Cent") after the dividend
    was told of: the payout, no earnings, share price or investment. A word that names
    earnings ("Gewinn je Aktie 3 Euro; die Dividende soll steigen") keeps them; an amount
    paid for another company ("zahlt 40 Euro je Aktie für X") is an offer price."""
    if words.dividend_told is None or unit_kind(q) != "currency" or q.scaled:
        return False
    text = sentence.text
    phrase = words.per_share.search(text, q.end, min(len(text), q.end + _PER_SHARE_AFTER))
    per_share = phrase is not None
    if phrase is not None and words.dividend_not is not None and words.dividend_not.search(
            text, q.end, min(clause[1], phrase.end() + _PAID_FOR)):
        return False  # "$43 a share for Seagen", "96 Franken in bar je Aktie": a price paid
    if reading == "Investment":
        if rule is None or rule.generic or per_share:
            return False
        back = _PAID_BACK  # "Konkurrent 1&1 zahlt dagegen nur 5 Cent"
    elif rule is not None and not rule.generic or not per_share:
        return False  # "earned $2 a share", "notiert bei 45 Euro": named, or not per share
    else:
        back = 1
    if any(m.type in ISSUER_TYPES and sentence.start + q.end <= m.start
           and m.end <= sentence.start + clause[1] for m in sentence.mentions):
        return False  # "zahlt 40 Euro je Aktie für Covestro": paid for another company
    return any(words.dividend_told.search(here.text) for _back, here in document.looking_back(sentence, back))


def _share_owners(lang: str, sentence: Sentence, start: int, end: int,
                  exclude: str | None = None) -> set[str]:
    """The companies named between ``start`` and ``end`` (document offsets) as
    the owners of shares ("T-Mobile shares", "Aktien von X"), but ``exclude``."""
    return {m.label for m in sentence.mentions if start <= m.start and m.end <= end
            and m.type in ISSUER_TYPES and m.label != exclude
            and is_share_subject(lang, sentence, m)}


def _sold_shares_owner(document: Document, sentence: Sentence, q: Quantity, about: str,
                       words: FigureWords, clause: tuple[int, int]) -> str:
    """The one company whose shares the sentence sells before the number ("sold
    42 million T-Mobile shares to X at $232 apiece"), where the subject found is
    another company that owns no shares here: the price of shares sold is their
    issuer's, not the buyer's."""
    if words.sold_before is None:
        return about
    sold = words.sold_before.search(sentence.text, clause[0], q.number_start)
    if sold is None:
        return about
    number_at, sold_at = sentence.start + q.number_start, sentence.start + sold.end()
    owners = _share_owners(document.lang, sentence, sold_at, number_at)
    if len(owners) != 1 or about in owners or not any(
            m.label == about and m.end <= number_at for m in sentence.mentions):
        return about
    return owners.pop()


def _offer_issuer(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                  lang: str) -> str | None:
    """Whose shares an offer price per share is for: the company bought, the
    second of buyer and bought before the amount, or the one after it where
    only the buyer comes before; None unless both are named."""
    start, number_at = sentence.start + clause[0], sentence.start + q.number_start
    named = [m for m in sentence.mentions if start <= m.start and m.end <= number_at
             and m.type in ISSUER_TYPES]
    buyer = bidder(sentence, clause, q.number_start, lang)
    owners = _share_owners(lang, sentence, start, number_at, exclude=buyer)
    if len(owners) == 1:
        return owners.pop()  # "sold 42 million T-Mobile shares to X at $232 a share"
    if buyer is not None and len({m.label for m in named}) >= 2:
        # "Übernahmekampf um Y: X bietet 68 Euro je Aktie": the one not bidding
        bought = [m for m in named if m.label != buyer]
        return bought[-1].label if bought else None
    if len({m.label for m in named}) >= 2:
        # "X agreed to be bought by Y for 412 pence per share": not the passive's agent
        bought = [m for m in named if not is_buyer_agent(sentence, m, lang)]
        return bought[-1].label if bought else None
    # "Siemens bietet 50 Euro je Aktie für Altair": the company bought named after it
    clause_end = sentence.start + clause[1]
    buyers = {m.label for m in named}
    after = [m for m in sentence.mentions if sentence.start + q.end <= m.start < clause_end
             and m.type in ISSUER_TYPES and m.label not in buyers]
    return after[0].label if named and after else None


_TAKEOVER_BACK = 3  # how many sentences before an offer may tell whom it is for


def _offer_target(document: Document, sentence: Sentence, words: FigureWords,
                  buyer: str | None) -> str | None:
    """The company bought in the takeover that the headline or the sentences
    just before tell, with two companies named and a word of takeover, not in
    the passive: the one that is not a bidder ("Übernahmepoker um Y: X bietet",
    and ``buyer``), else the second where the first is named before the word
    ("X will Y übernehmen", "X agreed to buy Y"); None unless all such
    sentences name the same one."""
    if words.takeover is None:
        return None
    index = sentence.index
    chosen = [document.sentences[i] for i in sorted({0, *range(max(0, index - _TAKEOVER_BACK),
                                                                index + 1)})]
    buyers = {buyer} - {None}
    for earlier in chosen:
        whole = (0, len(earlier.text))
        found = bidder(earlier, whole, whole[1], document.lang)
        if found is not None:
            buyers.add(found)
    targets: set[str] = set()
    for earlier in chosen:
        text = earlier.text
        word = words.takeover.search(text)
        if word is None or (words.takeover_passive is not None
                            and words.takeover_passive.search(text)):
            continue
        named = [m for m in earlier.mentions if m.type in ISSUER_TYPES]
        names = list(dict.fromkeys(m.label for m in named))
        if len(names) != 2:
            continue
        others = [name for name in names if name not in buyers]
        if len(others) == 1:
            targets.add(others[0])
        elif not buyers & set(names) and named[0].start < earlier.start + word.start():
            targets.add(names[1])
    return targets.pop() if len(targets) == 1 and not buyers & targets else None


_PASSIVE_NEAR = 20  # how near a takeover word a word of the passive turns its order


_CAPITALISED = re.compile(r"\b[A-Z]")  # a word that may start a name


def _valued_by_other_name(sentence: Sentence, trigger: tuple[int, int], about: str | None) -> bool:
    """Do the words of an offer's valuation name the company valued ("The offer values
    Veltora at") with no mention of the figure's subject there? The name is one the
    catalogue does not know, and the value is not the subject's."""
    start, end = trigger
    if not _CAPITALISED.search(sentence.text, start + 1, end):
        return False
    return not any(m.label == about and start <= sentence.local(m.start) < end
                   for m in sentence.mentions)


def _valued_aside(sentence: Sentence, q: Quantity, words: FigureWords) -> int | None:
    """Where the comma stands (local offset) that sets off a valuation holding the number
    right after a name ("Y, valued at $31 billion in its last funding round, also holds …"):
    the value is of whatever stands before the comma. None where no such aside holds it. The
    words are sought in the whole rest of the sentence, as they may look past the amount ("Y,
    zuletzt mit 12 Milliarden Euro bewertet, …"), but must end before it."""
    if words.valued_aside is None:
        return None
    text = sentence.text
    return next((m.start() for m in words.valued_aside.finditer(text, max(0, q.start - _ASIDE_REACH))
                 if m.end() <= q.start and "," not in text[m.end():q.number_start]), None)


_ASIDE_REACH = 60  # how far before its amount the words of a valuation aside may start


def _buys_the_rest(document: Document, sentence: Sentence, words: FigureWords) -> bool:
    """Is the offer of the passage one for the rest of the company ("buy the shares it does not
    already own", "die restlichen Aktien")? The bidder then pays for the rest only: the value an
    offer puts on the whole company is no sum the bidder pays."""
    if words.offer_rest is None:
        return False
    last = min(len(document.sentences), sentence.index + 2)
    return any(words.offer_rest.search(earlier.text)
               for earlier in document.sentences[max(0, sentence.index - _TAKEOVER_BACK):last])


def _offer_buyer(document: Document, sentence: Sentence, words: FigureWords) -> str | None:
    """The bidder of the takeover that the headline or the sentences just
    before tell: of the companies named with a word of takeover not in the
    passive the first, named before the word ("X will Y übernehmen", "X agreed
    to buy Y, topping a rival approach from Z"; not "Y received a takeover bid
    from X"); None unless all such sentences name the same one."""
    if words.takeover is None:
        return None
    index = sentence.index
    buyers: set[str] = set()
    for i in sorted({0, *range(max(0, index - _TAKEOVER_BACK), index + 1)}):
        earlier = document.sentences[i]
        text = earlier.text
        word = words.takeover.search(text)
        if word is None or (words.takeover_passive is not None and words.takeover_passive.search(
                text, max(0, word.start() - _PASSIVE_NEAR), word.end() + _PASSIVE_NEAR)):
            continue  # "Y received a takeover bid from X"; not "… topping an approach from Z"
        named = [m for m in earlier.mentions if m.type in ISSUER_TYPES]
        names = list(dict.fromkeys(m.label for m in named))
        if len(names) >= 2 and named[0].start < earlier.start + word.start():
            buyers.add(names[0])
    return buyers.pop() if len(buyers) == 1 else None


def _paid_before(sentence: Sentence, q: Quantity, words: FigureWords,
                 clause: tuple[int, int]) -> bool:
    """A word of paying or buying before the amount in its clause."""
    return any(rule.by_unit.get("currency") == "Investment" and clause[0] <= start and end <= q.start
               for _order, rule, found in trigger_spans(sentence, words) for start, end in found)


def _figure_period(document: Document, sentence: Sentence, q: Quantity,
                   clause: tuple[int, int], about: str | None = None) -> str | None:
    """The period stated closest to the number in its clause, else the one
    the sentence states; its year completed from the article. A period in a
    subordinate clause after the number ("fell 4% after the carmaker delivered
    … in the third quarter") is that clause's: only a span ("since January")
    still speaks for the number."""
    period = closest_period(sentence.text, q.number_start, clause, document.lang, end=q.end,
                            memo=sentence.cache)
    if period is None:
        found = sentence_period(sentence, document.lang)
        period = found[1] if found and not is_clause_only(found[1], document.lang) \
            and not _later_phrase(sentence, q, found[1], document.lang) else None
    cut = subordinate_start(sentence.text, q.end, document.lang) if period else None
    if period is not None and cut is not None and not is_span(period, document.lang):
        period = closest_period(sentence.text, q.number_start, (clause[0], min(clause[1], cut)),
                                document.lang, end=q.end, memo=sentence.cache)
        if period is None:
            period = closest_period(sentence.text, q.number_start, (0, cut), document.lang,
                                    end=q.end, memo=sentence.cache)
            period = None if period and is_clause_only(period, document.lang) else period
    if period is not None and outlook_in_clause(sentence, document.lang, q.number_start):
        period = outlook_year(period)
    raw = period
    period = fiscal_restatement(period, sentence.text, _reporting(document), document.lang)
    monthly = period is not None and period.startswith(MONTH_IN_MARK)
    period = complete_period(period, document) if period else None
    if monthly and not is_month(_reporting(document)) \
            and not measures_a_month(sentence.text, document.lang, count=q.unit == "Count"):
        # "approved in May", "users in July": a month only of a monthly report (whose
        # months are all counted: "expects to deliver 40,000 vehicles in December");
        # another period of the clause is the number's ("die Prognose für 2026 im Oktober
        # auf …", "last month reported a 12% rise for its third quarter")
        other = closest_period(sentence.text, q.number_start, clause, document.lang,
                               end=q.end, memo=sentence.cache, months=False)
        if other is None or is_undated(other):
            return None
        raw, period = other, complete_period(other, document)
    if raw is not None and period is not None:
        period = calendar_part_of_other(raw, period, document, about)
    if raw is not None and period is not None and _base_of_another(document, sentence, q, raw,
                                                                   period):
        return None
    if period is not None:
        period = fiscal_numbered_year(period, sentence.text, document, about)
    return None if period is None or is_undated(period) else period


def _later_phrase(sentence: Sentence, q: Quantity, period: str, lang: str) -> bool:
    """Is ``period`` stated only after the number, beyond a comma ("reaches
    more than 110 million users, and it expects ad revenue to double in
    2027")? Then it is the period of the phrase after, as
    :func:`closest_period` finds within the number's clause, not the number's;
    not where the comma opens a relative clause that holds it ("ein
    Rückkaufprogramm über 5 Milliarden Dollar, das bis Ende 2029 laufen soll"),
    which goes on about the number's thing."""
    text = sentence.text
    start = stated_after(text, period, q.end, lang, sentence.cache)
    comma = text.find(",", q.end, start) if start is not None else -1
    return comma >= 0 and not any(clause.opens == comma and start is not None
                                  and start < clause.closes
                                  for clause in relative_clauses(lang, text))


def _base_of_another(document: Document, sentence: Sentence, q: Quantity, raw: str,
                     period: str) -> bool:
    """"fell to $158 million from $243 million in the second quarter", "climbed
    6% to 3.12 billion pounds, while the margin widened to 3.05% from 2.94% in
    the second quarter": a period stated only after the number, beyond a number
    it is compared with, is that number's where it is not the period the
    article reports ("rose to $5 billion from $4 billion in the third quarter"
    of a third-quarter report dates both), also where no such period is known."""
    if period == _reporting(document):
        return False
    start = stated_after(sentence.text, raw, q.end, document.lang, sentence.cache)
    return start is not None and compared_number_between(sentence.text, q.end, start,
                                                         document.lang)


_RIGHT_AFTER = 12  # how far after a number a period may start to be that number's alone ("in the")


def _dated_apart(document: Document, sentence: Sentence, q: Quantity) -> bool:
    """An old value with a period of its own right after it, other than the
    one the article reports ("fell to $158 million from $243 million in the
    second quarter" of a third-quarter report): the value of that period, not
    of the year before."""
    text = sentence.text
    reporting = _reporting(document)
    raw = closest_period(text, q.number_start, (q.end, len(text)), document.lang, end=q.end,
                         memo=sentence.cache) if reporting is not None else None
    start = stated_after(text, raw, q.end, document.lang, sentence.cache) if raw else None
    if raw is None or start is None or start - q.end > _RIGHT_AFTER \
            or _DIGIT.search(text, q.end, start):
        return False
    return complete_period(raw, document) != reporting


def _headcount_period(metric: str, period: str | None, lang: str) -> str | None:
    """A headcount is told as it stands now: "beschäftigt rund 12.000 Mitarbeiter
    und setzte im vergangenen Jahr 2,2 Milliarden Euro um", "employs 8,700 people
    and made revenue of €1.9 billion last year" give the staff no year; the past
    year is the revenue's. A headcount at a stated date or period keeps it."""
    return None if metric == "Employees" and period is not None \
        and is_last_year(period, lang) else period


def _summed_to_date(document: Document, kind: str, period: str) -> bool:
    """A count since the start of the year in a monthly report ("BYD lieferte im
    November 480.000 Autos aus. Seit Jahresbeginn summieren sich die
    Auslieferungen auf 4,6 Millionen") is the year's so far beside the month's,
    which the span dates. Elsewhere the span is as often a count's without a
    period ("wurde seit Jahresbeginn 150 Millionen Mal heruntergeladen"), and an
    amount or price beside it ("hat seit Jahresbeginn 46 Prozent zugelegt und
    schloss bei 71,20 Euro") stands at a moment."""
    return kind == "count" and is_year_to_date(period, document.lang) \
        and is_month(_reporting(document))


def _price_period(metric: str, period: str | None, lang: str) -> str | None:
    """A share price is where the stock stands now: "shares have risen 18% this
    year to €74.20" gives the year to the move, not to the price. Neither a
    price nor its move is a result of the quarter, half or fiscal year an
    article reports ("Coinbase shares fell 3.2% after its fourth-quarter
    outlook"): the stock moved on the day."""
    if metric not in _PRICE_METRICS or period is None:
        return period
    if period.startswith(_REPORTED_PARTS):
        return None
    return None if metric == "SharePrice" and is_this_year(period, lang) else period


_PRICE_METRICS = frozenset({"SharePrice", "StockPriceChange"})
_REPORTED_PARTS = ("Q", "H", "FY")  # quarters, halves and fiscal years, as labelled


_PORTIONS = frozenset({"MarketShare", "UpsidePotential", "Other"})  # a portion is their value
_GROWTH_METRICS = frozenset({"RevenueGrowth", "ProfitGrowth"})  # a metric word's change
# Values at a moment, not of a period: targets, fair values, upsides, market values and
# index levels take none ("Kursziel 2027" is the year of the estimates it rests on)
_MOMENT_METRICS = ESTIMATE_METRICS | {"MarketCapitalization", "IndexLevel"}
# Figures of the market, which no company guides: an expected price or move is an estimate
_MARKET_METRICS = _MOMENT_METRICS | _PRICE_METRICS | {"ValuationMultiple", "MarketShare"}
_PERIOD_METRICS = RESULT_METRICS | {"Dividend"}  # figures of a reporting period
# results of a span of time, never of the day they were reported on
_FLOW_METRICS = frozenset({"Revenue", "RevenueGrowth", "Profit", "ProfitGrowth", "EarningsPerShare"})
_ANNUAL_METRICS = frozenset({"Dividend"})  # … of a year only: no quarterly dividend here
_LEVELS = frozenset({"Other", "MarketShare"})  # percentages that are levels, not changes


def _span_of_other(sentence: Sentence, q: Quantity, period: str) -> bool:
    """"legte am Montag um 2 Prozent zu und liegt seit Jahresbeginn 150 Prozent
    im Plus", "rose 4% on Tuesday, bringing their gain this year to 35%": the
    span stands closer to another number of the sentence, whose span it is."""
    at = sentence.text.lower().find(period.lower())
    if at < 0:
        return False
    span = (at, at + len(period))

    def distance(other: Quantity) -> int:
        return span[0] - other.end if span[0] >= other.end else other.number_start - span[1]

    own = distance(q)
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(other.start != q.start and 0 <= distance(other) < own for other in quantities)


def _reporting(document: Document) -> str | None:
    """The article's reporting period (:func:`reporting_period`), found once."""
    cache = document.sentences[0].cache
    if "reporting-period" not in cache:
        cache["reporting-period"] = reporting_period(document)
    return cache["reporting-period"]  # type: ignore[return-value]


def _after_published(period: str, document: Document) -> bool:
    """The period's year comes after the year the article was published: for an amount
    won, the end of its term, as no value is reported for a year still to come."""
    year = _YEAR.search(period)
    return year is not None and document.published is not None \
        and int(year.group()) > document.published.year


def _beyond_reporting(period: str, document: Document) -> bool:
    """The period starts in a later year than the article's reporting period ("FY2026/27"
    after results of "FY2025/26"), or the article reports no period to compare with."""
    reporting = _reporting(document)
    year, reported = _YEAR.search(period), _YEAR.search(reporting or "")
    return year is None or reported is None or int(year.group()) > int(reported.group())


def _of_a_period(document: Document, metric: str, about: str, moved: bool) -> bool:
    """Is a figure of ``metric`` about ``about`` a result of the period the article reports?
    So is a company's count of users that a verb of change before it in its clause moved
    (``moved``): "Monthly active users grew 11% to 713 million" in a report on a quarter is
    the quarter's count. One only reached or held ("has 510 million subscribers", "bringt es
    mittlerweile auf 400 Millionen Nutzer") is a running tally, as are a model's or an app's
    users: no report closes them."""
    return metric in RESULT_METRICS \
        or metric == "Users" and moved and document.type_of(about) == "Company"


def _reported_period(document: Document, sentence: Sentence, metric: str,
                     status: str, about: str, moved: bool) -> str | None:
    """A results article names its reporting period once ("im dritten Quartal
    2025") and reports the rest without it: a result figure without a period
    of its own takes the article's reporting period; a dividend, proposed or
    paid, takes it where that is a year (the caller asks only for figures no
    institution estimates)."""
    if _reporting(document) is None:
        return None
    if "reporting-until" not in sentence.cache:  # as far as stated up to this sentence
        # from the lead's last sentence on, that is the whole lead's: the article's, found once
        sentence.cache["reporting-until"] = _reporting(document) \
            if sentence.index + 1 >= lead_end(document) \
            else reporting_period(document, until=sentence.index)
    reporting: str | None = sentence.cache["reporting-until"]  # type: ignore[assignment]
    if reporting is None:
        return None
    if metric in _ANNUAL_METRICS:  # paid, proposed or planned by the company itself
        return reporting if not reporting.startswith(("Q", "H")) else None
    return reporting if _of_a_period(document, metric, about, moved) and status == "Reported" else None


def _outlook_period(document: Document, sentence: Sentence) -> str | None:
    """The year or fiscal year the sentence before (or the one before it,
    where that states no period) states, for an outlook that goes on without
    one: "Für 2026 peilt der Vorstand eine Marge von 14
    Prozent an. Beim Umsatz bestätigte X die Spanne von 7,9 bis 8,2
    Milliarden Euro" (a range is an outlook; reported values are exact)."""
    found = None
    # the outlook may go on for a sentence more
    for _back, earlier in document.looking_back(sentence, 2, first=1):
        found = sentence_period(earlier, document.lang)
        if found is not None:
            found = _outlook_named(earlier, document.lang) or found
            break
    if found is not None and found[0] == "fy_ending":
        return _fiscal_year_ending(outlook_year(found[1]), document)
    if found is None or found[0] not in ("year", "annual", "fy", "literal") \
            or is_clause_only(found[1], document.lang) or is_span(found[1], document.lang):
        return None
    return resolve_relative(found[1], _reporting(document), document.lang, document.published)


def _outlook_named(sentence: Sentence, lang: str) -> tuple[str, str] | None:
    """The year the sentence names right after the word of its outlook ("Auf
    Basis der Zahlen für die ersten neun Monate hebt der Vorstand die Prognose
    für das Geschäftsjahr 2026 an"): the outlook's year, where another period
    stands first; None where the outlook names no year."""
    words = figure_words(lang)
    text = sentence.text
    label = closest_period(text, len(text), (0, len(text)), lang, memo=sentence.cache)
    start = stated_after(text, label, 0, lang, sentence.cache) if label else None
    if label is None or start is None or not _YEAR.fullmatch(label) \
            or words.outlook_for is None \
            or words.outlook_for.search(text, max(0, start - 60), start) is None:
        return None
    return "year", label


def _fiscal_year_ending(period: str, document: Document) -> str | None:
    """A fiscal year named by the month it ends in ("raised its forecasts for the
    fiscal year ending March 2027. It now expects revenue of …"): the outlook's
    year, with the year of that month from the date where the text gives none;
    none where neither does."""
    period = complete_period(period, document)
    return None if is_undated(period) else period


def _period_before(document: Document, sentence: Sentence,
                   about: str | None = None) -> str | None:
    """The quarter, half, first months or fiscal year the sentence before (or
    the nearest before it in the passage, :func:`_last_period_before`) names,
    where a results passage names it once and goes on without it ("Alphabet
    reported third-quarter results. Revenue increased 16%")."""
    previous, found = _last_period_before(document, sentence, about)
    ended = ended_fiscal_year(found, document)
    if ended is not None and previous is not None and not forecast_period(previous, document.lang):
        return ended  # "In the fiscal year that ended on March 31, …. Net profit came in at …"
    if previous is None or found is None or found[0] == "fy_ending" or not (
            found[1].startswith(("Q", "H", "FY")) or found[0] == "to_date"):
        return None  # (a fiscal year "ending in March" is an outlook's, under way); the
        # first months of the year ("In den ersten neun Monaten …") go on as a quarter does
    if forecast_period(previous, document.lang) or under_way(found[1], document):
        return None  # "guided for fourth-quarter revenue of …. Gross margin held at 75%":
        # the quarter of an outlook is no period of what the company reports, nor is a
        # fiscal year not yet ended ("Für das Geschäftsjahr 2026/27 stellte X … in Aussicht")
    return complete_period(fiscal_restatement(found[1], previous.text, _reporting(document),
                                              document.lang) or found[1], document)


_RESULTS_PASSAGE = 3  # how many sentences a results passage goes on without its period


def _last_period_before(document: Document, sentence: Sentence, about: str | None
                        ) -> tuple[Sentence | None, tuple[str, str] | None]:
    """The nearest sentence before that states a period, and that period: the
    sentence before, or, for a figure of ``about``, up to a passage back where
    no sentence on the way names another company: "Im dritten Quartal stieg
    der Auftragseingang …. Der Auftragsbestand erreichte …. Der Umsatz
    kletterte um 21 Prozent" goes on in the quarter named two sentences
    before; a market report passing from one company to the next ("Nomura
    estimates JD.com will spend … in the fourth quarter. Meituan shares fell
    1.7%. BYD …") does not."""
    window = 1 if about is None or sentence_period(sentence, document.lang) is not None \
        else _RESULTS_PASSAGE
    for back, earlier in document.looking_back(sentence, window, first=1):
        if back > 1 and _names_another_issuer(earlier, about):
            return None, None
        found = sentence_period(earlier, document.lang)
        if found is not None and not _compared_base(earlier, found[1], document.lang) \
                and not _quoted_period(earlier, found[1], document.lang):
            return earlier, found
        if _names_another_issuer(earlier, about) or _opens_list(earlier):
            return None, None
    return None, None


def _opens_list(sentence: Sentence) -> bool:
    """Does the sentence end in a colon, as the lead-in of a list does ("Die beiden Sparten
    entwickelten sich gegensätzlich:")? The lines after it are a passage of their own: one
    whose lead-in names no period is of the period the article reports, not of a quarter
    named before it ("Im vierten Quartal legte der Umsatz zu. Die Sparten: …")."""
    return sentence.text.rstrip().endswith(":")


def _quoted_period(sentence: Sentence, period: str, lang: str) -> bool:
    """Is the sentence's period said inside direct speech ("„The pipeline for the fourth
    quarter is strong,“ the chief executive said")? The speaker looks ahead or back in
    words of his own; the next sentence does not report in that period."""
    start = stated_after(sentence.text, period, 0, lang, sentence.cache)
    return start is not None and in_quotation(sentence.text, start, start + 1)


_BASE_BEFORE = 30  # how far before a period the number it is the base of may start


def _compared_base(sentence: Sentence, period: str, lang: str) -> bool:
    """Is the sentence's period that of a number compared with ("the margin
    widened to 3.05% from 2.94% in the second quarter")? It dates that number
    only, and the next sentence ("Impairment charges fell to 310 million
    pounds") does not go on in it."""
    start = stated_after(sentence.text, period, 0, lang, sentence.cache)
    return start is not None and compared_number_between(
        sentence.text, max(0, start - _BASE_BEFORE), start, lang)


def _names_another_issuer(sentence: Sentence, about: str | None) -> bool:
    return any(m.type in ISSUER_TYPES and m.label != about for m in sentence.mentions)


def _programme_set_up(sentence: Sentence, q: Quantity, words: FigureWords,
                      clause: tuple[int, int], lang: str) -> bool:
    """A buyback programme set up in the number's clause ("launched a new share buyback of
    up to 750 million pounds" beside third-quarter results, "Für das laufende Jahr soll die
    Dividende steigen, zudem kündigte X einen neuen Aktienrückkauf über bis zu 2 Milliarden
    Euro an") with no period stated after its amount: the plan is no result of the period the
    sentence reports; one whose run is stated ("…, der bis Ende 2028 laufen soll", "through
    2028") keeps it, and a buyback carried out ("bought back $3 billion in the third
    quarter") has no such word."""
    text = sentence.text
    if words.new_programme is None \
            or words.new_programme.search(text, clause[0], q.number_start) is None:
        return False
    joined = words.joined.search(text, q.end, clause[1]) if words.joined else None
    end = joined.start() if joined else clause[1]  # "… and guided fourth-quarter bookings"
    return closest_period(text, q.number_start, (q.end, end), lang, end=q.end,
                          memo=sentence.cache) is None and period_match(text[q.end:end], lang) is None


def _in_this_quarter(text: str, q: Quantity, clause: tuple[int, int],
                     words: FigureWords) -> bool:
    """"im Quartal", "in the quarter" in the number's clause with no other
    number between them ("bought back $23 billion in the quarter and has $60
    billion left under the $100 billion program": the 23 only) but the change
    that leads to it ("im Quartal um 9 Prozent auf 918 Millionen")."""
    if words.this_quarter is None:
        return False
    for match in words.this_quarter.finditer(text, clause[0], clause[1]):
        lo, hi = (match.end(), q.number_start) if match.end() <= q.number_start \
            else (q.end, match.start())
        if lo <= hi and (not _DIGIT.search(text, lo, hi) or match.end() <= q.number_start
                         and words.level_before.search(text, lo, hi) is not None
                         and len(_NUMBER_RUN.findall(text, lo, hi)) == 1):
            return True
    return False


def _this_quarter(document: Document, sentence: Sentence) -> str | None:
    """The quarter "im Quartal" is: the one the article reports on, else the
    one the sentence before names."""
    reporting = _reporting(document)
    if reporting is not None and reporting.startswith("Q"):
        return reporting
    before = _period_before(document, sentence)
    return before if before is not None and before.startswith("Q") else None


def _earlier_period(sentence: Sentence, q: Quantity, kind: str, metric: str,
                    words: FigureWords, clause: tuple[int, int], lang: str) -> str | None:
    """"year" where the value is the year before's, "quarter" where it is the
    quarter before's: words of the earlier period right after it ("nach 62
    Millionen Euro im Vorjahr", "$3.2 billion a year earlier") or before it
    in its clause with no other number between ("Im Vorjahresquartal lag
    dieser Wert bei 11,44 Milliarden Euro"). A change against the year
    before ("um 32 Prozent gegenüber dem Vorjahresquartal") is this period's."""
    if metric not in _PERIOD_METRICS and metric not in _LEVELS:
        return None
    if kind == "percent" and (metric not in _LEVELS or words.change_by.search(
            sentence.text, max(0, q.start - 6), q.start)):
        return None
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    text = sentence.text
    label = _aside_label(text, q, words)
    if label is not None and (not label.strip(" :") or words.aside_prior is not None
                              and words.aside_prior.fullmatch(label)):
        return "year"  # "5,4 (Vorjahr: 5,2) Milliarden", "761 (717) Millionen"
    after_pair = _after_alternative(text, q, quantities, words)
    for name, pattern in zip(("year", "quarter"), prior_words(lang), strict=True):
        if pattern.match(text, q.end) or q.end < len(text) and pattern.match(text, q.end + 1):
            return name
        if after_pair is not None and pattern.match(text, after_pair):
            return name  # "compared with $1.53 billion, or $3.58 per share, a year earlier"
        for match in pattern.finditer(text, clause[0], q.start):
            if not any(match.end() <= other.start and other.end <= q.start
                       or 0 <= match.start() - other.end <= 2 for other in quantities):
                return name  # … unless it speaks of a number before it ("78.9% in the …")
    return None


def _after_alternative(text: str, q: Quantity, quantities: list[Quantity],
                       words: FigureWords) -> int | None:
    """Where the words after an amount and the same value in another unit joined to it
    start ("$1.53 billion, or $3.58 per share, a year earlier"): the words there speak
    for both numbers of the pair, as they do for the second. None where no such pair is
    told."""
    following = next((p for p in quantities if p.start >= q.end), None)
    paired = following is not None and words.amount_or is not None \
        and words.amount_or.fullmatch(text, q.end, following.start) is not None
    at = following.end if following is not None and paired else q.end
    at += len(text[at:]) - len(text[at:].lstrip())
    per_share = words.per_share.match(text, at)
    if per_share is not None:
        at = per_share.end()
    elif not paired:
        return None
    rest = text[at:]
    return at + len(rest) - len(rest.lstrip(", "))


def _phrases(sentence: Sentence, words: FigureWords) -> frozenset[re.Pattern[str]]:
    """Which of the words of change, forecast and so on can match in the
    sentence, found once: they are looked for around each of its numbers,
    and a match in part of a sentence holds a piece of the sentence."""
    present = sentence.cache.get("figure-phrases")
    if present is None:
        patterns = words.phrase_patterns
        present = frozenset(patterns[i]
                            for i in words.phrases.candidates(sentence.text, sentence.cache))
        sentence.cache["figure-phrases"] = present
    return present  # type: ignore[return-value]


def _direction(words: FigureWords, present: frozenset[re.Pattern[str]], before: str,
               after: str) -> str | None:
    """"up" or "down" from the closest word of change, else None (``present``:
    see :func:`_phrases`). A word of change before the number and right before
    "from" compares with the earlier value that follows ("a margin of 61%, down
    from 78.9%", "down from its earlier forecast of 2% to 3%"): it does not
    move that value; nor, after the number, the number itself ("growth of 6%
    to 9% in 2026, down from 8% to 11% previously": lower than before, not a
    decline). A noun of change right after the number is the number's own, whatever
    word stands before it ("a 2% fall in sales and a 5% rise in profit": the 5 rose)."""
    own = _own_change_noun(words, present, after)
    if own is not None:
        return own
    best: tuple[int, str] | None = None
    for name, pattern in (("down", words.down), ("up", words.up)):
        if pattern not in present:
            continue
        for match in pattern.finditer(before):
            if words.compared_from is not None and words.compared_from.match(before, match.end()):
                continue
            distance = len(before) - match.end()
            if best is None or distance < best[0]:
                best = (distance, name)
        ahead = next((match for match in pattern.finditer(after[:40])
                      if words.compared_from is None
                      or not words.compared_from.match(after, match.end())), None)
        if ahead and (best is None or ahead.start() + 20 < best[0]):
            best = (ahead.start() + 20, name)
    return best[1] if best else None


def _own_change_noun(words: FigureWords, present: frozenset[re.Pattern[str]],
                     after: str) -> str | None:
    """"up" or "down" from a noun of change that opens the text right after the
    number ("5% rise in", "2% fall of", "6% below their last close": a level against a
    reference price) or follows the words that lead to a sign ("1 Prozent im Plus"), else
    None."""
    lead = words.sign_after.match(after) if words.sign_after is not None else None
    if lead is not None:
        start = lead.end()
    elif not any(pattern is not None and pattern.match(after)
                 for pattern in (words.change_of, words.reference_after)):
        return None
    else:
        start = len(after) - len(after.lstrip())
    return next((name for name, pattern in (("down", words.down), ("up", words.up))
                 if pattern in present and pattern.match(after, start)), None)


def _old_value_from(text: str, q: Quantity, words: FigureWords) -> bool:
    """The word of an old value right before the number ("von 6 auf 8 Prozent"),
    unless a noun of change comes before that word ("ein Minus von 9 Prozent"):
    then the number is the change."""
    if not words.previous_from.search(text, max(0, q.start - 8), q.start):
        return False
    return words.change_noun is None \
        or not words.change_noun.search(text, max(0, q.start - 24), q.start)


# A comma before a space ends a main clause ("…, vor allem weil …"); a decimal comma has none.
_CLAUSE_COMMA = re.compile(r",\s")
_NON_DECIMAL_COMMA = re.compile(r",(?!(?<=\d,)\d)")  # any comma but a decimal one ("3,5")


def _particle_closes(text: str, q: Quantity, clause: tuple[int, int],
                     words: FigureWords) -> bool:
    """Where verbs are split, the particle of the verb closes the clause after
    the number ("Die Post gab nach einem Bericht über steigende Kosten um 0,6
    Prozent auf 31,25 Euro nach"): the verb far before it is this number's. The
    main clause ends at a comma before a subordinate one ("ging um 3 Prozent auf
    1,38 Milliarden Euro zurück, vor allem weil …"), so the particle closes it there."""
    if words.antecedent_particles is None or not info(words.lang).verb_final:
        return False
    tail = _CLAUSE_COMMA.split(text[q.end:clause[1]], maxsplit=1)[0].rstrip(" .;!?\"'“”„").split()
    return bool(tail) and words.antecedent_particles.fullmatch(tail[-1]) is not None


def _closing_verb(text: str, q: Quantity, clause: tuple[int, int], words: FigureWords,
                  present: frozenset[re.Pattern[str]]) -> str | None:
    """"up" or "down" from a verb of change that closes the clause after the number
    where verbs go last ("…, während die Frachtrate um 11 Prozent auf 1.412 Dollar
    sank", "… ist um 3 Prozent gesunken"): in a subordinate clause or after an auxiliary
    that verb is the number's, however far the value reached stands before it."""
    if not info(words.lang).verb_final:
        return None
    tail = text[q.end:clause[1]].rstrip(" .;!?\"'“”„").split()
    if not tail:
        return None
    return next((name for name, pattern in (("down", words.down), ("up", words.up))
                 if pattern in present and pattern.fullmatch(tail[-1])), None)


def _verb_after_comma(text: str, q: Quantity, clause: tuple[int, int], words: FigureWords,
                      present: frozenset[re.Pattern[str]], before: str) -> str | None:
    """"up" or "down" from the verb of change closing the clause after the number, where
    verbs go last and a comma or "und" parts the number from every word of change before it
    ("war der Umsatz um 4 Prozent gestiegen, das Ergebnis aber um 11 Prozent gesunken": the
    11 fell; "Der Umsatz sank um 2,5 Prozent und der Gewinn ist um 4 Prozent … gestiegen":
    the 4 rose); the word before is an earlier clause's. A comma between digits is a decimal
    one ("um 2,5 Prozent"): it parts nothing. None otherwise."""
    cuts = [m.end() for m in _NON_DECIMAL_COMMA.finditer(before)]
    if words.joined is not None:
        cuts += [m.end() for m in words.joined.finditer(before)]
    if not cuts or _direction(words, present, before[max(cuts):], "") is not None:
        return None
    return _closing_verb(text, q, clause, words, present)


def _cuts_jobs(sentence: Sentence, q: Quantity, words: FigureWords,
               clause: tuple[int, int]) -> bool:
    """A word of cutting jobs right before the headcount ("streicht 6.000
    Stellen", "cut 6,000 jobs") or after it and the noun it counts ("6.000
    Stellen abbauen", "6,000 jobs will be cut"). A part of a count is cut as
    the count's words say ("rund 250 der 5.600 Stellen abzubauen"; "baut 2.800
    Stellen ab, rund 1.900 davon in Deutschland", "… wegfallen, davon etwa 2.100 in
    Deutschland"), the whole it is part of is
    not ("der 5.600 Stellen": the workforce)."""
    text = sentence.text
    if words.partitive_total is not None \
            and words.partitive_total.search(text, max(0, q.start - 24), q.start):
        return False
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    part = words.partitive_part.match(text, q.end) if words.partitive_part is not None else None
    whole = next((p for p in quantities if part is not None and p.start == part.end()), None)
    if whole is not None:
        return _cut_words(text, whole, words, clause)
    if words.part_after is not None and words.part_after.match(text, q.end) \
            or words.part_before is not None and words.part_before.search(text, max(0, q.start - 24), q.start):
        return any(_cut_words(text, p, words, clause) for p in quantities if p.end <= q.start)
    return _cut_words(text, q, words, clause)


def _cut_words(text: str, q: Quantity, words: FigureWords, clause: tuple[int, int]) -> bool:
    """The words of cutting jobs before or after the count at ``q``."""
    before, after = words.job_cut_before, words.job_cut_after
    return bool(before is not None and before.search(text, max(clause[0], q.start - 30), q.start)
                or after is not None and after.match(text[:clause[1]], q.end))


def _change_metric(document: Document, sentence: Sentence, q: Quantity,
                   clause: tuple[int, int]) -> str | None:
    """A percentage with only a verb of change: whose change is it? A
    product's is none: its price or its sales may have moved ("Bitcoin fell
    2.1%"), and no word tells which."""
    subject = _closest(sentence, q, clause, SUBJECT_TYPES, document.lang)
    if subject is not None:
        subject = apposition_head(sentence, subject, q.number_start) \
            or _aside_head(sentence, subject, q) or subject
    label = subject.label if subject else document.topic
    kind = document.type_of(label) if label else None
    if kind == "Product" and subject is not None \
            and _sales_of_other_product(document, sentence, q, subject, clause):
        return "RevenueGrowth"  # "Sales of Wegovy climbed 18%, while Ozempic fell 4%"
    return _CHANGE_OF.get(kind) if kind is not None else None


def _sales_of_other_product(document: Document, sentence: Sentence, q: Quantity,
                            subject: Mention, clause: tuple[int, int]) -> bool:
    """Does a clause before the number's, in the same sentence, tell the sales of another
    product of the same developer ("Sales of Wegovy climbed 18% to 21.4 billion crowns,
    while Ozempic fell 4%")? The product opening the number's clause with only a verb (and
    an apposition set off by commas) before the number shares that sales word: its bare
    change is its sales', as the other's is. Only sales words may stand before; a product
    of no developer the catalogue knows ("Bitcoin fell 2%") or of another keeps no metric."""
    words = figure_words(document.lang)
    before = [rule for _order, rule, found in trigger_spans(sentence, words)
              for _start, end in found if end <= clause[0]]
    if not before or any(rule.by_unit.get("percent") != "RevenueGrowth" for rule in before):
        return False
    text = sentence.text
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    # the change right after the verb; an amount after it ("fell 4% to 29.9 billion") goes with it
    change = next((p for p in quantities if p.start >= sentence.local(subject.end)), q)
    if not _CLAUSE_OPENER.fullmatch(text, clause[0], sentence.local(subject.start)) \
            or not _APPOSED_VERB.fullmatch(text, sentence.local(subject.end), change.number_start):
        return False
    entry = document.catalogue.get(subject.label)
    developers = set(entry.developers) if entry is not None else set()
    return bool(developers) and any(
        m.type == "Product" and m.label != subject.label and sentence.local(m.end) <= clause[0]
        and (other := document.catalogue.get(m.label)) is not None
        and developers & set(other.developers) for m in sentence.mentions)


def _aside_head(sentence: Sentence, name: Mention, q: Quantity) -> Mention | None:
    """"Harland & Vale, a Leicester-based supplier to Primark, dropped 9 per cent": a name
    inside an aside set off by commas after another organisation's name, closed with only
    the verb left before the number, is a partner, customer or place of that name; the verb
    and its change are the name's before the aside. None where the name stands otherwise."""
    text = sentence.text
    at = sentence.local(name.start)
    head = next((m for m in reversed(sentence.mentions) if m.end <= name.start
                 and text.startswith(",", sentence.local(m.end))), None)
    if head is None or head.type not in SUBJECT_TYPES \
            or not _ASIDE_BEFORE.fullmatch(text, sentence.local(head.end), at) \
            or not _ASIDE_AFTER.fullmatch(text, sentence.local(name.end), q.number_start):
        return None
    return head


_ASIDE_BEFORE = re.compile(r",[^,]{1,80}")  # ", a Leicester-based supplier to "
_ASIDE_AFTER = re.compile(r"[^,]{0,80},\s*[^\W\d]+\s+")  # " that is listed on Aim, dropped "
_CLAUSE_OPENER = re.compile(r"[\W_]*(?:[^\W\d]+\s+)?")  # ", while ": at most one word before the name
_APPOSED_VERB = re.compile(r"(?:,[^,]{1,40},)?\s*[^\W\d]+\s*")  # "[, its diabetes drug,] fell "


_MOVES_BACK = 2  # how many sentences back a share move makes a market report's line
# … and where the line's name is a company the catalogue knows and an index was named before:
# a report's lines may stand a few sentences of comment apart ("The Kospi rose 1.2%. … . Kia
# gained 2.1%")
_MOVES_BACK_NAMED = 5
_VERB_ONLY = re.compile(r"\s*[^\W\d]+\s*")  # one word: the verb between a name and its number
# … or a verb of a few words ("is up about", "hat seit Jahresbeginn"), where the span of a move is told
_VERB_PHRASE = re.compile(r"\s*(?:[^\W\d]+\s+){1,4}")


_DESCRIPTOR = re.compile(r"(?:[^\W\d_][\w-]*\s+){0,3}")  # up to three words before a line's name


def _opens_with_name(sentence: Sentence, clause: tuple[int, int], words: FigureWords,
                     verb: re.Pattern[str] = _VERB_ONLY) -> bool:
    """Does the sentence open with a name and a verb (``verb``) right before the number
    ("Lowe's gained 3.2%"), maybe with a relative clause between them
    ("BESI, which competes with X in bonding, rose 4%"), maybe after a few words that
    describe it ("Battery maker X, which …, gained 2.1%")? The line of a market
    report, whose subject moves."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    first = min(sentence.mentions, key=lambda m: m.start, default=None)
    if first is None or not quantities \
            or not _DESCRIPTOR.fullmatch(sentence.text, 0, sentence.local(first.start)):
        return False
    verb_at = sentence.local(first.end)
    relative = next((c for c in relative_clauses(words.lang, sentence.text)
                     if c.opens == verb_at), None)
    if relative is not None:
        # "Kia, in which X holds a 34% stake, fell 3.2%": the number after the clause
        verb_at = relative.closes + 1
    number = next((p for p in quantities if p.start >= verb_at), None)
    return number is not None \
        and verb.fullmatch(sentence.text, verb_at, number.number_start) is not None


def _bank_as_subject(document: Document, told: Sentence, bank: Mention, sentence: Sentence) -> bool:
    """Is ``bank``, named in the sentence ``told`` before, the subject the passage goes on
    with ("Unter Druck stand die X Bank. Das Institut wies einen Verlust aus")? It is where
    it is the subject of ``told`` (it opens it, or stands right after its verb), ``told``
    names no other company or bank (a bank that "traut X Wachstum zu" speaks of X), the
    figure's sentence names none nor calls an institution by a noun that resolved to no one
    ("The asset manager said" where two fit), neither sentence rates a stock and no analysts
    of it are credited: a bank named just before is otherwise as often the house whose analysts give
    the figure, and then no one's is told."""
    return is_subject(document, bank) \
        and all(m.label == bank.label for m in told.mentions if m.type in ISSUER_TYPES) \
        and not any(m.type in ISSUER_TYPES for m in sentence.mentions) \
        and not unresolved_institution(document, sentence) \
        and not credited_as_analysts(document.lang, told, bank) \
        and not any(rating_context(document.lang, s.text, s.cache) for s in (told, sentence))


def _opening_apposition(sentence: Sentence, q: Quantity, words: FigureWords) -> tuple[int, int] | None:
    """The local span of an apposition to the name that opens the sentence, closed by a comma
    with only a verb between it and the number ("Exor, the Agnelli family's holding company
    which owns 24% of Ferrari, slipped 1.9%", "Exor, der Großaktionär von Ferrari, verlor 1,9
    Prozent"), the name a company's. What stands inside describes it: a name there is no subject of
    the number, and a number there is no move the verb after tells; None where there is no
    such apposition, or a name stands between it and the number ("Exor, the holding, Ferrari
    and Stellantis rose 2%": a list)."""
    if words.apposition is None:
        return None
    text = sentence.text
    first = min(sentence.mentions, key=lambda m: m.start, default=None)
    if first is None or first.type not in ISSUER_TYPES \
            or not _DESCRIPTOR.fullmatch(text, 0, sentence.local(first.start)):
        return None  # "Der Leitindex der Eurozone, der EuroStoxx 50, legte zu": the index moved
    described = words.apposition.match(text, sentence.local(first.end))
    if described is None or described.end() > q.number_start \
            or not _VERB_PHRASE.fullmatch(text, described.end(), q.number_start):
        return None
    if any(described.end() <= sentence.local(m.start) < q.number_start for m in sentence.mentions):
        return None
    return described.start(), described.end()


def _inside_opening_apposition(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Does the percentage stand inside an apposition to the opening name, whose verb moves
    by a number of its own after it ("Exor, the holder of about 24% of Ferrari, slipped
    1.9%", "Exor, die Holding mit 24 Prozent an Ferrari, verlor 1,9 Prozent")? It describes
    the name (a stake, a rank), and the verb after the apposition is not its."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(p.start > q.end and (span := _opening_apposition(sentence, p, words)) is not None
               and span[0] < q.number_start < span[1] for p in quantities)


def _index_report_line(document: Document, sentence: Sentence) -> bool:
    """Is the name that opens the sentence a company the catalogue knows, in an article that
    named a market index before? Such a name moving by a bare percentage reads as a line of
    the index's report even a few sentences after the last move; a name found only in the
    text may be a product or a unit, whose sales moved, and without an index the article may
    be no market report."""
    first = min(sentence.mentions, key=lambda m: m.start, default=None)
    return first is not None and first.type in ISSUER_TYPES and first.type not in INSTITUTION \
        and document.catalogue.get(first.label) is not None \
        and any(m.type == "MarketIndex" and m.start < sentence.start for m in document.mentions)


def _unit_opens_clause(document: Document, sentence: Sentence, clause: tuple[int, int],
                       q: Quantity) -> bool:
    """Does the number's clause, or the part of it after a colon, open with a unit that no
    name follows ("X-Aktie springt an: Cloud-Geschäft wächst um 34 Prozent", "its cloud unit
    grew 34%")? A bare change after it is the unit's business growing, not a share's move.
    The unit word itself may be found as the unit it refers to ("Alibaba-Aktie: Cloud-Sparte
    wächst um 34 Prozent"); that is the unit again, no name of a company."""
    colon = sentence.text.rfind(":", clause[0], q.number_start)
    start = colon + 1 if colon >= 0 else clause[0]
    opening = unit_reference_at(document.lang, sentence.text, start)
    return opening is not None and not any(
        start <= sentence.local(m.start) < opening and m.rule != "reference/unit"
        for m in sentence.mentions)


def _change_of_other(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Is the percentage bound to a noun of its own that is neither the share nor a named
    company: a change "in" it after the number ("after a 10% rise in costs"), or a clause
    of cause whose subject moved by it ("nachdem die Kosten um 10 Prozent gestiegen
    waren")? The change is that noun's, so it is no move of the share the sentence names;
    a name right after the words ("a 1.1% gain in the benchmark KOSPI") is what moved."""
    text = sentence.text
    spans = []
    if words.change_of is not None:
        after = words.change_of.match(text, q.end)
        if after is not None:
            spans.append((q.end, after.end()))
    if words.other_change_before is not None:
        before = words.other_change_before.search(text, 0, q.number_start)
        if before is not None:
            spans.append((before.start(), q.start))
    return any(not words.shares.search(text, lo, hi)
               and not any(lo <= sentence.local(m.start) <= hi for m in sentence.mentions)
               for lo, hi in spans)


def _change_of_price(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Is the percentage the change of a product's price, told by the words right after it
    ("a 20% price increase on the plan") or right before it ("eine Preiserhöhung um 20
    Prozent")? A price list is no share, so the number is no move of the share the sentence
    names; "shares rose 20% after the price increase" has other words after the number."""
    text = sentence.text
    if words.price_change_after is not None and words.price_change_after.match(text, q.end):
        return True
    return words.price_change_before is not None \
        and words.price_change_before.search(text[:q.number_start]) is not None


def _volume_moved(sentence: Sentence, q: Quantity, words: FigureWords,
                  clause: tuple[int, int]) -> bool:
    """Do the words of a share's trading volume stand before the percentage in its clause,
    after any number before it ("Trading volume in the shares climbed 13%", "rose 2% on
    volume 13% above average", "Das Handelsvolumen der Aktie stieg um 13 Prozent")? The
    percentage is then the volume's change, no move of the price; a move told before the
    volume ("rose 2%" there, "rose 13% on heavy volume") stays the share's."""
    if words.trading_volume is None:
        return False
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    start = max([clause[0], *(c.end for c in quantities if c.end <= q.start)])
    return words.trading_volume.search(sentence.text, start, q.number_start) is not None


def _speaks_of_shares(document: Document, sentence: Sentence, clause: tuple[int, int],
                      words: FigureWords) -> bool:
    """The sentence or the one before speaks of a share or its trading, names
    an index or an exchange, or gives the price the share moved to, or the
    one before is itself a share move (a market report's next line): only
    then is a bare percentage change a share-price move; so is one of the
    sentences before that, where a quote of a chief stands between ("Walmart
    jumped 6.5%. Its CFO said … . Lowe's gained 3.2%")."""
    if _moves_to_price(sentence, words):
        return True  # "declined 2.2% to HK$98.40": a move to a share price
    if _plural_move(sentence, clause, words):
        return True  # "Auch Siemens Energy legten um 2,8 Prozent zu": the shares moved
    previous = document.sentences[sentence.index - 1] if sentence.index > 0 else None
    if previous is not None and previous.cache.get("share_move"):
        return True  # "BMW gewannen 3,1 Prozent. Dagegen verloren Bayer 2,2 Prozent."
    if _opens_with_name(sentence, clause, words):
        back = _MOVES_BACK_NAMED if _index_report_line(document, sentence) else _MOVES_BACK
        if any(s.cache.get("share_move")
               for s in document.sentences[max(0, sentence.index - back):sentence.index]):
            return True
    if words.year_so_far is not None and words.year_so_far.search(sentence.text, *clause) \
            and _opens_with_name(sentence, clause, words, _VERB_PHRASE):
        return True  # "Spotify is up about 64% so far this year": no business grows so, a share moves
    if _opens_movers_item(document, sentence, words):
        return True  # "Boeing — The aircraft maker gained 4.6%" under "Stocks making the biggest moves"
    return any(words.shares.search(s.text)
               or any(m.type in ("MarketIndex", "StockExchange") for m in s.mentions)
               for s in (sentence, previous) if s is not None)


_MOVERS_LIST_BACK = 10  # how many sentences back a list of movers finds its report's shares or index


def _list_in_report(document: Document, sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A line of a list of movers ("- Jungheinrich: -6,2 Prozent") in a report that spoke
    of shares or an index a few sentences before, where the list's heading ("Die größten
    Bewegungen in der zweiten Reihe:", "Biggest movers:") and the items' own notes stand
    between: the signed percentage is the name's share move."""
    if _list_item_name(sentence, q) is None:
        return False
    return any(words.shares.search(s.text) or s.cache.get("share_move")
               or any(m.type in ("MarketIndex", "StockExchange") for m in s.mentions)
               for s in document.sentences[max(0, sentence.index - _MOVERS_LIST_BACK):sentence.index])


def _opens_movers_item(document: Document, sentence: Sentence, words: FigureWords) -> bool:
    """Is the sentence the first of an item of a roundup (:mod:`kg.nlp.items`) whose
    headline speaks of shares ("Stocks making the biggest moves midday: …")? Such a list
    tells in each item's first sentence how its company's stock moved, whatever words it
    uses for the company ("Boeing — The aircraft maker gained 4.6%")."""
    return sentence.index == 0 and words.shares.search(document.roundup_headline) is not None


# the number right after the name, maybe after a few lower-case words ("Zalando um 2
# Prozent"): not a noun the name qualifies ("Zalandos Kosten", "Zalando-Manager"), nor a list
_MOVE_AFTER_NAME = re.compile(r"\s+(?:[^\W\d_A-ZÄÖÜ]+\s+){0,3}[+\-\u2212]?\d")


def _plural_move(sentence: Sentence, clause: tuple[int, int], words: FigureWords) -> bool:
    """One company's name right before a verb of a share move in the plural ("Auch
    Siemens Energy legten um 2,8 Prozent zu"), or right after it where another word opens
    the sentence ("Dagegen verloren Zalando 3,1 Prozent", "Im Gegenzug gaben Zalando um 2
    Prozent nach"), the number right after it: the verb agrees with the company's shares.
    Not a name in a list ("BMW und Audi legten zu", "Dagegen verloren BMW und Audi je 2
    Prozent"), where the verb agrees with the list, nor a name before a noun ("Dagegen
    stiegen Zalandos Kosten um 3 Prozent")."""
    if words.plural_move is None or words.plural_move_before is None:
        return False
    text = sentence.text
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        if m.type not in ISSUER_TYPES or m.type in INSTITUTION \
                or not clause[0] <= start < end <= clause[1]:
            continue
        if words.plural_move.match(text, end):
            before = text[:start].rstrip()  # the whole sentence: "und" may open the clause
            if before.endswith(",") or (before and words.joined is not None
                                        and words.joined.search(before.split()[-1])):
                continue
            return True
        verb = words.plural_move_before.search(text, clause[0], start)
        if verb is not None and text[clause[0]:verb.start()].strip() \
                and _MOVE_AFTER_NAME.match(text, end, clause[1]):
            return True
    return False


def _price_after_move(sentence: Sentence, q: Quantity, words: FigureWords,
                      clause: tuple[int, int]) -> bool:
    """The amount a percentage move ended at: "lost 2.6% to HK$158.30"."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    for first, then in pairwise(quantities):
        between = sentence.text[first.end:then.start]
        if then.start == q.start and first.unit == "Percent" and first.start >= clause[0] \
                and len(between) <= 30 and words.level_before.search(between):
            return True
    return False


def _share_move_after_amount(sentence: Sentence, q: Quantity, trigger: tuple[int, int],
                             words: FigureWords) -> bool:
    """The amount a move of the share ended at, after the metric word has read
    an amount of its own: "market value stands at $7.8 billion after its shares
    rose 4.1% to $52.30" (the 52.30 is the price). Only where a share word sits
    between that amount and the move: in "its dividend of 1.20 euros was raised
    5% to 1.26 euros" the dividend moved, and the 1.26 is still the dividend. So
    where the word has no amount but the shares follow it as the move's subject
    ("reported higher sales, sending its shares up 7.8% to 6.42 euros")."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    text = sentence.text
    for first, then in pairwise(quantities):
        if then.start == q.start and first.unit == "Percent" and trigger[1] <= first.start \
                and len(text[first.end:then.start]) <= 30 \
                and words.level_before.search(text, first.end, then.start) \
                and _shares_move(text, max(trigger[1], _mover_reach(text, first.start, words)),
                                 first.start, words):
            return True
    for own, first, then in zip(quantities, quantities[1:], quantities[2:]):
        if then.start == q.start and first.unit == "Percent" and unit_kind(own) == "currency" \
                and trigger[1] <= own.start and len(text[first.end:then.start]) <= 30 \
                and words.level_before.search(text, first.end, then.start) \
                and words.shares.search(text, own.end, first.start):
            return True
    return False


_MOVER_GAP = 20  # how far before a move its share word may stand ("shares were up 7.8%")


def _mover_reach(text: str, move: int, words: FigureWords) -> int:
    """Where the share word of a move at ``move`` may stand from: within the gap before
    it, and before an owner in the genitive between ("das Papier des Windturbinenbauers um
    4,6 Prozent")."""
    owner = words.share_genitive.search(text, max(0, move - _MOVER_GAP - 40), move) \
        if words.share_genitive is not None else None
    return (owner.start() if owner is not None else move) - _MOVER_GAP


def _shares_move(text: str, start: int, end: int, words: FigureWords) -> bool:
    """A word of the share stands between ``start`` and ``end``, the move's subject,
    and ends no per-share phrase."""
    return any(not words.per_share.search(text, max(0, m.end() - 16), m.end())
               for m in words.shares.finditer(text, start, end))


def _specific_before(sentence: Sentence, q: Quantity, words: FigureWords,
                     clause: tuple[int, int]) -> Found | None:
    """The closest specific metric word with an amount reading before a move
    in the clause: "raised its dividend by 4% to 26 cents a share" is the
    dividend the move ended at, not a share price. Not a word of a relative
    clause closed before the move ("X, which is fending off a takeover approach,
    fell 3.1% to 31.20 euros"): it speaks of something else. Nor a word the shares
    follow as the move's subject ("reported higher sales, sending its shares up 7.8%
    to 6.42 euros"): the shares moved."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    text = sentence.text
    move = next((first.start for first, then in pairwise(quantities)
                 if then.start == q.start and first.unit == "Percent"
                 and words.level_before.search(text, first.end, then.start)), None)
    best: tuple[int, Found] | None = None
    for _order, rule, spans in trigger_spans(sentence, words):
        metric = rule.by_unit.get("currency")
        if rule.generic or metric is None or metric in ("SharePrice", "StockPriceChange"):
            continue
        for start, end in spans:
            if closed_relative(words.lang, text, start, end, q.start) is not None \
                    or move is not None and _shares_move(text, max(end, move - _MOVER_GAP), move, words):
                continue
            if clause[0] <= start and end <= q.start and (best is None or start > best[0]):
                best = (start, (metric, rule, (start, end)))
    return best[1] if best else None


def _shares_conjunct(text: str, shares_start: int, words: FigureWords) -> bool:
    """Does the share word at ``shares_start`` head a conjunct that repeats an estimate's
    preposition with its verb and noun left out ("raised his target on the ADRs to $380, and on
    the Taiwan-listed shares to NT$1,900")? Then an amount of the first conjunct may stand
    between the estimate's word and this one, and the amount after the share word is an
    estimate too, not the price of the shares."""
    return words.gapped_estimate is not None \
        and words.gapped_estimate.search(text, 0, shares_start) is not None


def _old_value_before(sentence: Sentence, q: Quantity, lang: str) -> Quantity | None:
    """The old value right before ``q`` in "von 180 auf 210 Dollar", "from $180 to
    $210": the two are one figure's old and new value, so what is said of the one
    before the old value is said of the new one too."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    old = next((first for first, then in pairwise(quantities) if then.start == q.start), None)
    return old if old is not None and _is_previous(sentence.text, old, lang) else None


def _level_after_index_move(document: Document, sentence: Sentence, q: Quantity,
                            words: FigureWords, clause: tuple[int, int], moved: bool) -> bool:
    """The level an index moved to, written without "points": "the Nikkei
    fell 0.5% to 51,120", or told by the verb alone where no metric word
    names the number (``moved``): "the Cboe Volatility Index eased to 17.9";
    only where an index is the subject of the clause."""
    if q.scaled or not _price_after_move(sentence, q, words, clause) and not (
            moved and words.level_before.search(sentence.text, max(0, q.start - 12), q.start)):
        return False
    subject = _closest(sentence, q, clause, SUBJECT_TYPES, document.lang)
    return subject is not None and document.type_of(subject.label) == "MarketIndex"


_SPENT_ON = ("CapitalExpenditure", "ShareBuyback")  # what an amount spent may be spent on


def _spent_on(sentence: Sentence, q: Quantity, words: FigureWords,
              clause: tuple[int, int]) -> str | None:
    """A word of capital expenditure or of buybacks in the clause of an
    amount spent: the contract files it as such, not as a plain investment
    ("plans to spend as much as $72 billion on capital expenditures", "Für
    Aktienrückkäufe will X mindestens 80 Milliarden ausgeben"). Capex first:
    "capex and buybacks" is spent on both, and capex is the larger."""
    claimed = _claimed_by_next(sentence, q, words, clause)
    found = {rule.by_unit.get("currency")
             for _order, rule, spans in trigger_spans(sentence, words)
             for start, end in spans if clause[0] <= start and end <= clause[1]
             and (start, end) != claimed}
    return next((metric for metric in _SPENT_ON if metric in found), None)


def _claimed_by_next(sentence: Sentence, q: Quantity, words: FigureWords,
                     clause: tuple[int, int]) -> tuple[int, int] | None:
    """The metric word after the amount that names the next amount of the
    clause, in a new predicate after "and" ("spend up to €400 million on a
    cleanroom and start a share buyback of up to €500 million": the buyback
    is the 500's). In "spend $72 billion on capex and $20 billion on
    buybacks" the capex stays the 72's, as in "spend $40 billion on capex,
    after $30 billion"."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    nxt = next((p for p in quantities if q.end <= p.start < clause[1]
                and unit_kind(p) == "currency"), None)
    if nxt is None:
        return None
    found = metric_of(sentence, nxt, words, _clause(sentence, nxt, words))
    word = found[2] if found is not None else None
    if word is None or words.joined is None or not q.end <= word[0] < word[1] <= nxt.start \
            or words.joined.search(sentence.text, word[1], nxt.start) \
            or not words.joined.search(sentence.text, q.end, word[0]):
        return None  # "$40 billion in capex this year, after $30 billion": both amounts'
    return word


def _moves_to_price(sentence: Sentence, words: FigureWords) -> bool:
    """A percentage followed by "to"/"auf" and a per-share amount: "declined
    2.2% to HK$98.40", "um 1,8 Prozent auf 69,16 Euro"."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(first.unit == "Percent" and unit_kind(then) == "currency" and not then.scaled
               and words.move_to.fullmatch(sentence.text[first.end:then.start])
               for first, then in pairwise(quantities))


def _changes_to_count(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A percentage change to a count: "fell 12% from a year earlier to
    441,706 vehicles"."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    for first, then in pairwise(quantities):
        between = sentence.text[first.end:then.start]
        if first.start == q.start and unit_kind(then) == "count" and len(between) <= 30 \
                and words.level_before.search(between):
            return True  # "… to", also "… from a year earlier to"
    return False


def _change_of_count_before(sentence: Sentence, q: Quantity, words: FigureWords,
                            clause: tuple[int, int]) -> bool:
    """A bare percentage change set off by a comma right after a count of something
    ("flew 4.6 million passengers in November, up 5% from a year earlier") or an
    amount told in millions or billions ("gross bookings of $49.6 billion, up 19%"):
    the change is the count's or the amount's; after the comma stand at most the
    change's own words. The count names what it counts right after it, and no other
    number stands between, so a price ("closed at A$11.42, up 5%", never in billions)
    or a year ("in 2026, up 5%") before the comma does not count; nor does an amount
    paid ("zahlte 20 Millionen Euro für das Grundstück, ein Plus von 5 Prozent"), which
    has no change of its own; nor an amount inside an apposition to the opening name whose
    verb moves after it ("SAP, the software maker with revenue of 34 billion euros last year,
    rose 2%"): the move is the name's."""
    if _opening_apposition(sentence, q, words) is not None:
        return False
    count = _told_before_comma(sentence, q)
    if count is None:
        return False
    if unit_kind(count) == "count" and count.unit == "Count" \
            and _WORD_AFTER.match(sentence.text, count.end) is not None:
        return True
    if unit_kind(count) != "currency" or not count.scaled:
        return False
    found = metric_of(sentence, count, words, clause)
    return found is None or found[0] not in _AMOUNT_PAID_METRICS


_GROWTH_OF = {"Revenue": "RevenueGrowth", "Profit": "ProfitGrowth"}


def _growth_of_amount(sentence: Sentence, q: Quantity, words: FigureWords,
                      clause: tuple[int, int]) -> str | None:
    """The growth metric of the revenue or profit amount a comma sets the change off from
    ("booked revenue of NT$3.21 trillion, up 34%": revenue growth); None for any other."""
    count = _told_before_comma(sentence, q)
    if count is None or unit_kind(count) != "currency":
        return None
    found = metric_of(sentence, count, words, clause)
    return _GROWTH_OF.get(found[0]) if found is not None else None


def _told_before_comma(sentence: Sentence, q: Quantity) -> Quantity | None:
    """The number right before a percentage change a comma sets off, with at most the
    change's own words after the comma ("…, up 5%", "…, ein Plus von 3,9 Prozent"): the
    number whose change it may be. None where another word or number stands between."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    before = [c for c in quantities if c.end <= q.start]
    if not before:
        return None
    between = sentence.text[before[-1].end:q.start]
    if not (len(between) <= _COUNT_TO_CHANGE and "," in between
            and len(between.rsplit(",", 1)[1].split()) <= _WORDS_AFTER_COMMA):
        return None
    return before[-1]


def _change_of_unit_price(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A bare percentage change set off by a comma right after a price of a physical unit
    ("Die Miete stieg auf 7,38 Euro je Quadratmeter, ein Plus von 3,9 Prozent", "Brent rose
    to $82 a barrel, up 2%"): the rent's or the commodity's change, no move of the share,
    whatever index the sentence names. A share's price ("stieg auf 74,60 Euro, ein Plus von
    2,8 Prozent") names no such unit, and a name after the comma has a move of its own ("9.800
    Dollar je Tonne, Aurubis gewann 2 Prozent")."""
    price = _told_before_comma(sentence, q)
    return price is not None and unit_kind(price) == "currency" \
        and words.unit_price_after is not None \
        and words.unit_price_after.match(sentence.text, price.end) is not None \
        and not any(price.end <= sentence.local(m.start) < q.start for m in sentence.mentions)


_AMOUNT_PAID_METRICS = frozenset({"Investment", *PER_SHARE_METRICS})  # no change of their own


_COUNT_TO_CHANGE = 40  # how far a change set off by a comma may stand from its count
_WORDS_AFTER_COMMA = 3  # the change's own words after the comma ("up", "ein Plus von")
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([^\W\d_][\w-]*)")
# … a model's number may stand in it after a name ("3.9 million PlayStation 5 consoles")
_COUNTED_WINDOW = re.compile(r"(?:[ \t\u00a0]+[^\W\d_][\w-]*(?:[ \t\u00a0]+\d{1,2}(?![\d.,]\d))?){1,3}")


def _counts_another_noun(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A count names what it counts right after it: "190.000 Mitarbeiter",
    "650 million monthly active users". Where the word after it is a noun
    (capitalised where nouns are; else any word but the language's
    ``count_followers``) and no count word starts within the next three
    words, the number counts something else: "in mehr als 60 Ländern"."""
    text = sentence.text
    word = _WORD_AFTER.match(text, q.end)
    if word is None or words.count_followers.fullmatch(word.group(1)):
        return False
    if words.nouns_capitalised and not word.group(1)[:1].isupper():
        return False
    window = _COUNTED_WINDOW.match(text, q.end)
    until = window.end() if window else q.end
    return not any("count" in rule.by_unit and q.end <= start < until
                   for _order, rule, spans in trigger_spans(sentence, words)
                   for start, _end in spans)


def _closest(sentence: Sentence, q: Quantity, clause: tuple[int, int],
             types: frozenset[str], lang: str) -> Mention | None:
    start, end = sentence.start + clause[0], sentence.start + q.number_start
    before = [m for m in sentence.mentions if start <= m.start and m.end <= end and m.type in types
              and not in_closed_relative(sentence, m, q.number_start, lang,
                                         opens_as=figure_words(lang).relative_clause)]
    if before:
        return before[-1]
    clause_end = sentence.start + clause[1]
    after = [m for m in sentence.mentions
             if sentence.start + q.end <= m.start < clause_end and m.type in types]
    return after[0] if after else None


def _targeted(sentence: Sentence, q: Quantity, metric: str, clause: tuple[int, int],
              trigger: tuple[int, int] | None, lang: str) -> frozenset[str]:
    """The banks a target is set for ("Jefferies raised its price target on
    Barclays to 350p"): what the figure is about, not one more analyst."""
    if metric not in ESTIMATE_METRICS or trigger is None:
        return frozenset()
    target = Target(number_start=q.number_start, number_end=q.end, clause=clause,
                    types=INSTITUTION, trigger=trigger, estimate=True)
    return frozenset(m.label for m in sentence.mentions
                     if m.type in INSTITUTION and is_estimate_for(sentence, m, target, lang))


def _expected_of(document: Document, sentence: Sentence, q: Quantity,
                 words: FigureWords) -> tuple[str, str] | None:
    """(house, company) where a house expects another company to report the figure
    ("The broker now expects Deutsche Bank to post a profit of …"): the company is
    the one between the verb of expecting and the verb of reporting, the house the
    institution right before the verb (at most two words between, "now"); the number
    follows with no other name between."""
    if words.expecting_other is None or words.expecting_other_to is None:
        return None
    text = sentence.text
    named = [m for m in sentence.mentions if sentence.local(m.end) <= q.start]
    for k, company in enumerate(named):
        to = words.expecting_other_to.match(text, sentence.local(company.end))
        verb = words.expecting_other.search(text, 0, sentence.local(company.start))
        if to is None or verb is None or company.type not in ISSUER_TYPES \
                or any(m.type in ISSUER_TYPES for m in named[k + 1:]):
            continue
        house = next((m for m in reversed(named[:k]) if m.type in INSTITUTION
                      and _SHORT_GAP.fullmatch(text, sentence.local(m.end), verb.start())), None)
        if house is not None and house.label != company.label and not is_adviser(document, house):
            return house.label, company.label
    return None


# between a house and its verb of expecting: an adverb or two at most ("now", "still")
_SHORT_GAP = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}")


def _maker_subject(document: Document, sentence: Sentence, q: Quantity, about: str | None,
                   clause: tuple[int, int]) -> str | None:
    """The maker of the product a count of units is read for, where the maker opens the
    number's clause ("Nintendo raises Switch 2 forecast to 23 million units"): the units the
    maker sells or expects to sell are its figure, the product only names what they are. None
    where the product itself opens the clause ("The Switch 2 has sold 10 million units") or
    the maker is only referred to ("Its own models have 600 million downloads"). The caller
    asks for units sold only (metric Other): users or downloads stay the product's."""
    if q.unit != "Count" or about is None or document.type_of(about) not in PRODUCT_TYPES:
        return None
    maker = document.catalogue.developer_of(about)
    named = [m for m in sentence.mentions
             if clause[0] <= sentence.local(m.start) and sentence.local(m.end) <= q.start]
    if maker is None or not named or named[0].label != maker or named[0].rule.startswith("reference/") \
            or not any(m.label == about for m in named[1:]):
        return None
    return maker


_PRICED_FOR = 40  # "for the hosted version of ": how far before a product its word of purpose may start


def _priced_product(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                    words: FigureWords) -> str | None:
    """The product a price of use is charged for ("X charges 1 yuan per million input tokens
    for Qwen3", "$0.30 per million tokens for the hosted version of Quill-3"): the product's
    price, not its maker's, where the clause names the product after the price; else None."""
    if words.usage_price is None or words.charged_for is None \
            or not words.usage_price.match(sentence.text, q.end):
        return None
    for m in sentence.mentions:
        at = sentence.local(m.start)
        if m.type in PRODUCT_TYPES and q.end <= at < clause[1] \
                and words.charged_for.search(sentence.text, max(q.end, at - _PRICED_FOR), at) \
                and not _DIGIT.search(sentence.text, q.end, at):
            # "$0.25 … for Code 2, compared with $3 for Claude": a product after another
            # price is that price's
            return m.label
    return None


def _priced_unknown(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Is a price of use charged for a capitalised name the article does not know ("$0.25
    per million input tokens for Code 2")? The price is that product's; neither its maker
    nor another product named later in the sentence takes it."""
    if words.usage_price is None or words.charged_for is None:
        return False
    used = words.usage_price.match(sentence.text, q.end)
    if used is None:
        return False
    after = _FOR_NAME.match(sentence.text, used.end())
    return after is not None and words.charged_for.search(after.group("link") + " ") is not None \
        and not any(sentence.local(m.start) == after.start("name") for m in sentence.mentions)


_FOR_NAME = re.compile(r"\s+(?P<link>\w+)\s+(?P<name>[A-ZÄÖÜ])")


def _verb_after(text: str, at: int, verb: re.Pattern[str]) -> re.Match[str] | None:
    """The verb right after offset ``at``, an adverb or two before it at most ("now", "still")."""
    for _word in range(3):
        ahead = _WORD_AHEAD.match(text, at)
        if ahead is None:
            return None
        found = verb.match(text, ahead.start("word"))
        if found is not None:
            return found
        at = ahead.end()
    return None


def _future_told(sentence: Sentence, q: Quantity, words: FigureWords, clause: tuple[int, int]) -> bool:
    """Is the number's clause told in the future of reported speech ("…, der Umsatz von Y
    werde 10 Milliarden Dollar erreichen")? Such a clause states what will be, even where
    the status it reads as stays a report."""
    return words.future_auxiliary is not None and \
        words.future_auxiliary.search(sentence.text, clause[0], clause[1]) is not None


def _conditional_scenario(sentence: Sentence, words: FigureWords, clause: tuple[int, int]) -> bool:
    """Does the number's clause tell a scenario, a modal of possibility bound to a condition
    ("könnte 20 Prozent weniger Autos verkaufen, falls die Zölle steigen", "could fall 20%
    if tariffs rise")? What may happen on a condition is no figure of anyone; a clause of
    its own beside it ("Revenue rose 5%, and it could cut jobs if …") keeps its figure."""
    if words.conditional_scenario is None:
        return False
    return any(found.start() < clause[1] and found.end() > clause[0]
               for found in words.conditional_scenario.finditer(sentence.text))


# a word ahead and the space before it
_WORD_AHEAD = re.compile(r"\s+(?P<word>[^\W\d]+)")


def _expected_by_other_company(sentence: Sentence, q: Quantity, about: str,
                               words: FigureWords) -> bool:
    """A company, no house, right before a verb of forecasting, and the figure's company
    named after that verb and before the number ("Volkswagen rechnet damit, dass Tesla seinen
    Umsatz um 10 Prozent steigert"): one company's expectation of another's figure, which is
    neither the other's report nor a house's estimate; so is its statement of the other's
    outlook ("Nvidia said AMD's revenue would reach $10 billion"). A modal is no such verb
    ("Novartis will pay Calyx $150 million": the payment's amount)."""
    text = sentence.text
    named = [m for m in sentence.mentions if sentence.local(m.end) <= q.start]
    for k, company in enumerate(named):
        if company.type not in ISSUER_TYPES or company.type in INSTITUTION or company.label == about:
            continue
        verb = _verb_after(text, sentence.local(company.end), words.forecast)
        if verb is not None and verb.group(0).lower() in stop_words(words.lang):
            verb = None  # a modal ("will pay"), no verb of forecasting
        if verb is None and words.speech_verb is not None:
            verb = _verb_after(text, sentence.local(company.end), words.speech_verb)
        if verb is not None and any(m.label == about and sentence.local(m.start) >= verb.end()
                                    for m in named[k + 1:]):
            return True
    return False


def _market_researcher(sentence: Sentence, q: Quantity, about: str | None,
                       words: FigureWords) -> str | None:
    """The one market research firm the sentence names, other than the figure's company,
    as the catalogue's industries know them (TrendForce, IDC, Gartner), before the number
    ("TrendForce expects Samsung's share to reach 35%", "Laut TrendForce dürfte …") or after
    it as the speaker ("…, researcher TrendForce said"): whose forecast the number is. None
    where the sentence names none, or two, or names it after the number in a clause of its
    own ("Apple expects growth of 5%, while TrendForce sees the market flat")."""
    found = {m.label for m in sentence.mentions
             if m.label != about and m.type in ISSUER_TYPES
             and industry_known_fit(m.label, MARKET_RESEARCH)
             and (sentence.local(m.end) <= q.start
                  or words.speech_verb is not None
                  and _verb_after(sentence.text, sentence.local(m.end), words.speech_verb) is not None)}
    return found.pop() if len(found) == 1 else None


# the industry of the catalogue's market research firms
MARKET_RESEARCH = frozenset({"market_research"})


def _own_outlook(sentence: Sentence, institution: str, lang: str) -> bool:
    """The institution opens the sentence and no other issuer is named: it
    speaks of itself; but not as a house noun ("Der Broker rechnet mit einem Gewinn
    von …"), which speaks of the company it rates."""
    issuers = [m for m in sentence.mentions if m.type in ISSUER_TYPES | {"BusinessUnit"}]
    return bool(issuers) and issuers[0].label == institution and \
        all(m.label == institution for m in issuers) and not house_reference(lang, issuers[0])


def _covered_by_rater(document: Document, sentence: Sentence, institution: str) -> str | None:
    """The company an article about it has the institution rate before this sentence
    ("Novo Nordisk: Jefferies dreht auf 'Buy' … Jefferies erwartet für das laufende Jahr einen
    operativen Gewinn von 131 Milliarden Kronen"): a house that rated the article's company
    forecasts that company's figures, not its own. None where the article is about the
    institution itself or about no one company, or the institution rated nothing before."""
    main = salient_entity(document)
    if main is None or main == institution or document.type_of(main) in INSTITUTION:
        return None
    rated = any(m.label == institution for told in document.sentences[:sentence.index]
                if rating_context(document.lang, told.text, told.cache) for m in told.mentions)
    return main if rated else None


def _house_new_to_story(document: Document, sentence: Sentence, institution: str) -> bool:
    """Is the institution first named in this sentence of an article about someone else
    ("Am Donnerstag folgt Siemens. Morgan Stanley rechnet mit einem Umsatzplus von 6
    Prozent")? A house that forecasts in passing speaks of the company the passage is
    about, not of its own business: that is told in an article about the house, whose
    name the headline or an earlier sentence gives, or which is the article's subject."""
    if salient_entity(document) == institution:
        return False
    earlier = [m for told in document.sentences[:sentence.index] for m in told.mentions]
    return not any(m.label == institution for m in earlier) \
        and any(m.type in ISSUER_TYPES and m.type not in INSTITUTION for m in earlier)


def _unnamed_company_after(document: Document, sentence: Sentence, institution: str,
                           before: int) -> bool:
    """Does a company reference that names no one ("der Konzern", "the company" resolved
    to no mention) stand between the institution's name and the local offset ``before``?
    "Goldman Sachs erwartet, dass der Konzern 100 Milliarden verdient": the house speaks
    of a company the text leaves unnamed, not of itself, so the figure is no outlook of
    its own."""
    ends = [sentence.local(m.end) for m in sentence.mentions if m.label == institution]
    if not ends or min(ends) >= before:
        return False
    for match in patterns(document.lang).company.finditer(sentence.text, min(ends), before):
        at, to = sentence.start + match.start("ref"), sentence.start + match.end("ref")
        if not any(m.start <= at and to <= m.end for m in sentence.mentions):
            return True
    return False


def _exchange_moved(sentence: Sentence, q: Quantity, about: str, words: FigureWords) -> bool:
    """An exchange named right before a move as the object of a verb, maybe with
    "by"/"um" between ("lifting the Nasdaq 1.2%", "hob die Nasdaq um 1,2 Prozent"),
    after the name the move was given to: the exchange stands for its index, which
    moved, not the name. An exchange named as the venue ("stieg an der Nasdaq um 5
    Prozent", "rose on the Nasdaq by 5%") leaves the move the name's."""
    text = sentence.text
    venue = _venue_before(words.lang)
    for m in sentence.mentions:
        if m.type != "StockExchange" or sentence.local(m.end) > q.start:
            continue
        gap = text[sentence.local(m.end):q.start].strip()
        if gap and (words.change_by.search(gap + " ") is None or len(gap) > 3):
            continue
        at = sentence.local(m.start)
        if venue is not None and venue.search(text, max(0, at - _VENUE_BACK), at):
            continue
        if any(o.label == about and o.end <= m.start for o in sentence.mentions):
            return True
    return False


_VENUE_BACK = 40  # "an der US-Technologiebörse ": how far before an exchange its venue words start


@lru_cache(maxsize=4)
def _venue_before(lang: str) -> re.Pattern[str] | None:
    """The words that make an exchange right after them the trading venue
    (``[listing] venue``, maybe with an article): "an der", "on the"."""
    table = lexicon(lang).get("listing", {})
    if not table.get("venue"):
        return None
    article = table.get("article") or "(?!)"
    return re.compile(rf"(?:{table['venue']})\s+(?:(?:{article})\s+)?$", re.IGNORECASE)


def _credited_analyst(lang: str, sentence: Sentence, label: str) -> bool:
    """The institution is named as the analysts who speak ("Analysts at
    Jefferies estimate", "UBS analysts expect", "Analysten der Bank X"): it
    estimates, and no figure of the sentence is its own."""
    return any(m.label == label and credited_as_analysts(lang, sentence, m) for m in sentence.mentions)


def _named_analyst(document: Document, sentence: Sentence, label: str | None,
                   number_start: int) -> bool:
    """Does the house ``label`` speak through one analyst named right after it ("Mizuho-Analyst
    X rechnet für 2027 mit einem Umsatz von …")? See :func:`names_its_analyst`."""
    return any(m.label == label and names_its_analyst(document.lang, sentence, m, number_start)
               for m in sentence.mentions)


def _analyst_houses(document: Document, sentence: Sentence) -> frozenset[str]:
    """The houses the sentence names as the employer of an analyst who speaks ("Morgan
    Stanley analyst X said the filing showed a supply chain that can scale to 20,000 units",
    "Analysten der Bank X erwarten"): the analyst tells of the company covered, so no
    figure of the sentence is the house's own."""
    return frozenset(m.label for m in sentence.mentions if m.type in INSTITUTION
                     and _credited_analyst(document.lang, sentence, m.label))


def _raters(document: Document, sentence: Sentence, status: str) -> frozenset[str]:
    """Banks and brokers in a sentence that rates, targets or forecasts:
    they are the analysts, not what the figures are about; but a bank the
    sentence rates ("Die UBS stuft die Commerzbank auf 'Buy' und senkt das
    Kursziel auf 30 Euro") is what they are about."""
    institutions = frozenset(m.label for m in sentence.mentions if m.type in INSTITUTION)
    if not institutions:
        return institutions
    if status in ("Estimate", "Previous") or rating_context(document.lang, sentence.text,
                                                                  sentence.cache):
        return institutions - rated_institutions(document, sentence) - _valued_banks(document, sentence)
    return frozenset()


def _valued_banks(document: Document, sentence: Sentence) -> frozenset[str]:
    """The banks a value of the sentence is for, named right after it ("targets of 102 pence
    for Lloyds, 560 pence for NatWest, … and forecasts Lloyds' margin at 2.95%"): they are
    rated there, what its figures may be about, never the house that sets them."""
    numbers: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return frozenset(m.label for m in sentence.mentions if m.type in INSTITUTION
                     and value_is_for(sentence, m, numbers, document.lang))


def _moving_institutions(sentence: Sentence, lang: str) -> frozenset[str]:
    """Banks and brokers named right before a move of their shares ("HSBC rose 2.6%",
    "Barclays (BARC.L) fell 1%"): the issuers of a market report's moves, whatever the
    sentence rates besides."""
    moved = moved_after_name(lang)
    if moved is None:
        return frozenset()
    return frozenset(m.label for m in sentence.mentions if m.type in INSTITUTION
                     and moved.match(sentence.text, sentence.local(m.end)))


def _about(document: Document, sentence: Sentence, q: Quantity, metric: str,
           clause: tuple[int, int], exclude: frozenset[str] = frozenset(),
           trigger: tuple[int, int] | None = None) -> Candidate | None:
    """The entity a number is about, and the evidence for it
    (``kg.nlp.attribution``): the strongest candidate of the sentence; else
    for share figures the company whose shares the passage is about; else any
    subject before the number, a company of the sentence before, one after
    the number in the clause; else the article's salient company."""
    # a valuation is also a private company's ("Anthropic was valued at"):
    # it needs no listed owner
    stock = metric in STOCK_METRICS - {"MarketCapitalization"} or metric == "IndexLevel"
    words = figure_words(document.lang)
    target = Target(number_start=q.number_start, number_end=q.end, clause=clause,
                    types=fitting_types(metric, STOCK_METRICS, BUSINESS_TYPES)
                    - (PRODUCT_TYPES if metric in SPENDER_METRICS else frozenset()),
                    trigger=trigger,
                    stock=stock, spender=metric in SPENDER_METRICS,
                    estimate=metric in ESTIMATE_METRICS,
                    change=unit_kind(q) == "percent" and metric in CHANGE_METRICS)

    apposed = _opening_apposition(sentence, q, words)  # "Exor, the holder of Y's shares, fell 2%"

    def usable(m: Mention) -> bool:
        return not _modifier(sentence, m) and m.label not in exclude \
            and m.label not in _only_credited(document) \
            and not _possessive_in_apposition(sentence, m, q) \
            and not (apposed is not None and apposed[0] <= sentence.local(m.start) < apposed[1]) \
            and not _forward_reference(document, m) and not _in_named_list(sentence, m, words) \
            and not _in_closed_gloss(sentence, m, q, words) \
            and (rated_by_clause_owner(sentence, m, target, document.lang)
                 or not in_closed_relative(sentence, m, q.number_start, document.lang,
                                           opens_as=words.relative_clause)
                 and not in_closed_relative(sentence, m, q.number_start, document.lang,
                                            subject_types=BUSINESS_TYPES)) \
            and not _owns_unit_before(document, sentence, m) \
            and not (metric in SPENDER_METRICS and is_bought(sentence, m, document.lang))

    def passage() -> str | None:
        if metric in ESTIMATE_METRICS and (counted := _covered_by_count(document, sentence)):
            return counted if counted not in exclude else None
        if stock:
            subject = document.share_subject(sentence, window=3)
            rated = _rated_just_before(document, sentence)
            if rated and subject is None and (main := _subject_of_new_house(document, sentence, rated)):
                return main if main not in exclude else None
            if rated and (subject is None or subject not in rated):
                # the round-up has moved on to the company rated just before ("Beide
                # Häuser bekräftigten ihre Kaufempfehlung für den Rüstungskonzern.
                # Goldman sieht den fairen Wert bei 2.300 Euro"); a move of the stock, unless the
                # houses went through the article's company and a peer in turn (a price beside
                # the upside of the target just set is that target's company's)
                turn = _rated_in_turn(document, sentence, rated) if metric == "StockPriceChange" else None
                subject = turn or (next(iter(rated)) if len(rated) == 1 else None)
            if subject is None and metric != "IndexLevel":
                subject = _rated_before(document, sentence, words)
            if subject is None and metric != "IndexLevel":
                subject = _share_of_previous_subject(document, sentence, q, clause, words)
            if subject is None and metric in ESTIMATE_METRICS:
                # a target in a market report: the company the passage named, as a rating
                subject = last_named(document, sentence, exclude)
            if subject is not None and metric in _RESULTS_PER_SHARE \
                    and _other_named_since(document, sentence, subject):
                subject = None
            if subject is not None or metric not in _RESULTS_PER_SHARE:
                return subject if subject not in exclude else None
            # "X runs the largest railroad network … Operating ratio improved, and earnings
            # per share rose 9% to $3.08": a result per share is the company's the passage
            # speaks of, as its other results are, where no share's owner is told
        number_at = sentence.start + q.number_start
        before = [m for m in sentence.mentions
                  if usable(m) and m.end <= number_at and m.type in BUSINESS_TYPES
                  and not is_figure_object(sentence, m, document.lang)
                  and not in_foil_aside(sentence, m, q.number_start, document.lang)
                  and not is_credit(sentence, m, document.lang)]  # "polled by LSEG"
        if before:
            return before[-1].label
        if sentence.index in document.lead_items:
            # "Key Points … above Lowe's at 19 times. A dividend yield of 2.5% pays investors":
            # a line of the lead list that names no company sums up the article's subject, not
            # the company the line before compared it with
            main = salient_entity(document)
            return main if main not in exclude else None
        if _CELL.search(sentence.text) and sentence.index > 0 \
                and _CELL.search(document.sentences[sentence.index - 1].text):
            # "E-Mobility | 1.020 … Free Cashflow | 184": the name labelling the row before
            # is that row's; a row labelled by a metric word is the whole company's
            return None
        recent = previous_subject(document, sentence, BUSINESS_TYPES)
        told = sentence.index - 1  # the sentence ``recent`` opens
        if recent is not None and _in_named_list(document.sentences[sentence.index - 1],
                                                 recent, words):
            # "… a division that includes A, B and C, fell 9%. Operating profit rose 5%": an
            # item of a list before is no subject the next sentence goes on about
            recent = None
        if recent is not None and _compares_parts(document, document.sentences[sentence.index - 1],
                                                  recent.label):
            # "Die Marke A wuchs um 3 Prozent, die Marke B schrumpfte um 4 Prozent. Die Marge
            # sank": the sentence before set two parts side by side; the next figure is the group's
            recent = None
        if recent is not None and _parts_in_turn(document, sentence, recent.label):
            # "Die Sparte A wuchs um 9 Prozent. In der Sparte B sank der Umsatz dagegen. Die
            # Marge stieg": the two sentences went through the parts in turn; the next figure
            # is the group's
            recent = None
        if recent is not None and recent.type == "BusinessUnit" and _opens_with_label(sentence.text):
            # "- Steel Europe: Umsatz 9,6 Milliarden Euro ¶ - Konzern: Umsatz 33 Milliarden Euro": a
            # line of a list whose label names no company nor unit is no more the unit's of the
            # line before; it sums up the article's company
            main = salient_entity(document)
            return main if main not in exclude else None
        if recent is None and sentence.index > 1:
            # the sentence before names no subject ("Bei der Tochter X hakte es"):
            # the one before it still does
            recent = previous_subject(document, document.sentences[sentence.index - 1],
                                      BUSINESS_TYPES)
            told = sentence.index - 2
            if recent is not None and (part_of_salient(document, recent.label) or named_beside(
                    document, recent.label, salient_entity(document) or recent.label)):
                # a subsidiary named two sentences back: the article's own figure; so is
                # one of a partner named once beside the article's subject back there
                recent = None
        if recent is not None and part_of_salient(document, recent.label) \
                and _group_speaks(sentence, q, clause, words) and (
                    recent.type == "BusinessUnit" or _executive_speaks(sentence, q, words)):
            # "Revenue at Dell's Infrastructure Solutions Group rose 38%. Total revenue rose
            # 19%": after a unit's sentence, a figure only the whole group has is the group's;
            # after a subsidiary that is a company of its own (a listed reinsurer, with its own
            # equity ratio), only where the group's executive speaks
            return salient_entity(document)
        if recent is not None and recent.label not in exclude \
                and recent.label not in _only_credited(document) and (
                recent.type not in INSTITUTION or recent.label == salient_entity(document)
                or _bank_as_subject(document, document.sentences[told], recent, sentence)):
            if recent.type in ORGANIZATION_TYPES \
                    and any(told < i <= sentence.index for i in document.paragraph_starts):
                # "… Der Kunststoffverarbeiter X ist einer der größten Abnehmer. ¶ Im dritten
                # Quartal sank der Umsatz um 6 Prozent": a new paragraph whose sentences so far
                # name no company as subject goes back to the article's, not to the organisation
                # the paragraph before ended on (a product told there is still spoken of); in an
                # article of no clear subject, to no one, where that organisation is no issuer (a
                # union, an agency: "Die IG Metall reagierte zurückhaltend. ¶ … der Auftrag hat
                # ein Volumen von 2,7 Milliarden Euro")
                main = salient_entity(document)
                if main is None and recent.type not in ISSUER_TYPES:
                    return None
                if main is not None and main not in exclude:
                    return main
            return recent.label  # a bank named just before is more often the analyst
        if recent is not None and (spoken_of := _covered_before(
                document, sentence, document.sentences[told])) is not None \
                and spoken_of not in exclude:
            return spoken_of  # "Berenberg traut Adidas Wachstum zu. Die Analystin erwartet …"
        clause_end = sentence.start + clause[1]
        after = [m for m in sentence.mentions if usable(m) and m.type in BUSINESS_TYPES
                 and sentence.start + q.end <= m.start < clause_end
                 and not is_object(sentence, m, document.lang)
                 and not is_matter(sentence, q.end, m, document.lang)
                 and "," not in sentence.text[q.end:sentence.local(m.start)]]
        # "… closing a $20 billion funding round at a $350 billion valuation, AWS
        # just posted …": a name after a comma begins a statement of its own
        return after[0].label if after else None

    found = figure_subject(document, sentence, target, usable, passage, exclude,
                           member=lambda: opening_compound_member(document, sentence))
    if found is not None and found.evidence in _FALLBACKS and metric in SPENDER_METRICS \
            and _credit_before_number(document, sentence, target.number_start):
        # "Für das Paket zahlte der Fonds nach Berechnungen des Handelsblatts rund 640 Millionen
        # Euro": the clause names who reckoned the payment, and the payer only by a noun; the
        # company the passage or the article speaks of is more often the one paid for
        return None
    return found


_FALLBACKS = frozenset({"passage", "salient"})  # a subject the clause itself does not name


def _credit_before_number(document: Document, sentence: Sentence, number_at: int) -> bool:
    """Whether a source credited ("nach Berechnungen des Handelsblatts", "according to
    calculations by Reuters") stands before the number at ``number_at`` (counted in the
    sentence) in ``sentence``."""
    return any(sentence.local(m.end) <= number_at and is_credit(sentence, m, document.lang)
               for m in sentence.mentions)


def _covered_before(document: Document, sentence: Sentence, previous: Sentence) -> str | None:
    """The one company the sentence ``previous`` (the one before, or the one before that
    where the sentence between names only objects, "Zudem belaste der Wettbewerb mit X und
    Y") names beside a house that opens it and is not what the article is about ("Die
    Privatbank Berenberg traut dem Sportartikelhersteller Adidas wieder Wachstum zu.
    Analystin X erwartet einen Umsatzanstieg um 9 Prozent"): the house's analysts go on
    about the company they cover, not about the house. None where that sentence names two
    companies or none, and where this one names another house (a round-up's next line, "DZ
    Bank senkt den fairen Wert für …", speaks of its own company)."""
    houses = [m for m in previous.mentions if m.type in INSTITUTION]
    if not houses or houses[0] is not previous.mentions[0] \
            or houses[0].label == salient_entity(document) \
            or any(m.type in INSTITUTION and m.label != houses[0].label for m in sentence.mentions):
        return None
    companies = {m.label for m in previous.mentions
                 if m.type in ISSUER_TYPES and m.type not in INSTITUTION}
    return next(iter(companies)) if len(companies) == 1 else None


def _compares_parts(document: Document, sentence: Sentence, subject: str) -> bool:
    """Is the sentence's ``subject`` one of two or more different parts of a company (its
    brands or units, or subsidiaries of the article's company) the sentence names, with
    figures of them? Then it compares them, and none is the subject the next sentence goes
    on about; a company whose product the sentence names beside a rival's stays the
    subject, and two products merely praised give no comparison."""
    parts = {m.label for m in sentence.mentions if _is_part(document, m.label, m.type)}
    numbers: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return subject in parts and len(parts) > 1 and len(numbers) >= len(parts)


_PART_TYPES = frozenset({"BusinessUnit", "Product"})  # a brand is found as a product at first


def _is_part(document: Document, label: str, kind: str) -> bool:
    """Is ``label`` (of type ``kind``) a unit or brand, or a subsidiary of the article's
    company?"""
    return kind in _PART_TYPES or part_of_salient(document, label)


def _parts_in_turn(document: Document, sentence: Sentence, subject: str) -> bool:
    """Is ``subject``, the subject of the sentence before, a part of the company whose
    sentence follows one that names another part? The passage then reports part after part,
    as :func:`_compares_parts` does within one sentence, and a figure the next sentence
    leaves unnamed is the group's, not the last part's."""
    if sentence.index < 2:
        return False
    previous = document.sentences[sentence.index - 1]
    kind = next((m.type for m in previous.mentions if m.label == subject), "")
    if not _is_part(document, subject, kind):
        return False
    earlier = document.sentences[previous.index - 1]
    return any(m.label != subject and _is_part(document, m.label, m.type)
               for m in earlier.mentions)


_GLOSS_BACK = 120  # how far before a name the gloss it stands in may open
_SHARE_WORD = 20  # how far before a gloss the share word it describes may begin


def _in_closed_gloss(sentence: Sentence, mention: Mention, q: Quantity,
                     words: FigureWords) -> bool:
    """A name inside a gloss set off by commas that closes before the number
    ("Nike, a rival of Adidas, posted sales of $12 billion", "Bosch, ein
    Lieferant von BMW, setzte …", "Selective Retailing, home to Sephora, grew
    7%"): the gloss describes the subject before it,
    the name in it is a peer, supplier or customer, never the number's owner.
    So is one in a gloss of the shares ("The stock, a member of the S&P 500,
    had gained 40%"). A gloss of anything else ("The deal, a blow to X, …")
    may be about the name in it."""
    if words.gloss_open is None:
        return False
    text = sentence.text
    start, end = sentence.local(mention.start), sentence.local(mention.end)
    for opening in words.gloss_open.finditer(text, max(0, start - _GLOSS_BACK), start):
        close = CLAUSE_COMMA.search(text, opening.end())
        shares = words.shares.search(text, max(0, opening.start() - _SHARE_WORD), opening.start())
        if (opening.start() in _name_ends(sentence, words.lang)
                or shares is not None and shares.end() == opening.start()) \
                and close is not None \
                and end <= close.start() < q.number_start:
            return True  # only a gloss right after a company's name or shares describes them
    return False


def _name_ends(sentence: Sentence, lang: str) -> frozenset[int]:
    """Where the sentence's company names end, computed once per sentence:
    every candidate owner of every number asks. A legal form printed after a name ("Hon Hai
    Precision Industry Co., the biggest assembler …") ends it there."""
    key = "figures/name_ends"
    if key not in sentence.cache:
        ends = [sentence.local(m.end) for m in sentence.mentions if m.type in BUSINESS_TYPES]
        form = _legal_form(lang)
        sentence.cache[key] = frozenset(ends) | frozenset(
            found.end() for end in ends if form is not None
            and (found := form.match(sentence.text, end)) is not None)
    return sentence.cache[key]  # type: ignore[return-value]


@lru_cache(maxsize=4)
def _legal_form(lang: str) -> re.Pattern[str] | None:
    """A short legal form between a name and its comma (" Co.,"); None where the language
    lists none."""
    forms = info(lang).final_legal_forms
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, forms))})(?=,)") if forms else None


_LIST_BACK = 120  # how far before a name the list it is an item of may open


def _in_named_list(sentence: Sentence, mention: Mention, words: FigureWords) -> bool:
    """A name that is an item of a list after a word such as "mit" or "such as"
    ("lieferte mit seinen Marken BMW, Mini und Rolls-Royce 588.000 Fahrzeuge
    aus"): one number after the list is none of its items' alone, but the
    subject's the list belongs to."""
    if words.listed_before is None or words.listed_after is None:
        return False
    start, end = sentence.local(mention.start), sentence.local(mention.end)
    before = words.listed_before.search(sentence.text, max(0, start - _LIST_BACK), start)
    return before is not None and (bool(before["items"])
                                   or words.listed_after.match(sentence.text, end) is not None)


def _unit_speaks(sentence: Sentence, q: Quantity, about: str, words: FigureWords) -> bool:
    """A business unit is named before the number and the entity chosen is
    not named after it ("Im Segment X ging der Umsatz um 2 Prozent zurück",
    "Die Nutzfahrzeugsparte …; ihr Umsatz sank"): the figure is the unit's,
    which the extractor does not know, not its parent's."""
    if words.unit_subject is None:
        return False
    text = sentence.text
    # not in a relative clause closed before the number ("X, which competes in the premium
    # segment, delivered 212,000 cars": a market's segment)
    units = [found for found in words.unit_subject.finditer(text, 0, q.number_start)
             if closed_relative(words.lang, text, found.start(), found.end(),
                                q.number_start) is None]
    if not units:
        return False
    unit = units[-1]
    # "The X segment": the name may come first; "its motorcycle business" names none, its
    # pronoun points at the parent; nor does the parent's possessive before the unit ("LVMH's
    # fashion division, home to …, reported a 2% decline"), which owns the unit
    near = unit.end() if unit.groupdict().get("possessed") else max(0, unit.start() - _UNIT_NAME)
    return not any(m.label == about and near <= sentence.local(m.start) < q.number_start
                   and not (sentence.local(m.end) <= unit.start() and _possessive_name(sentence, m))
                   for m in sentence.mentions)


_UNIT_NAME = 40  # how far before the unit word a name of it may start


def _unit_before(document: Document, sentence: Sentence, words: FigureWords) -> str | None:
    """"Getragen wird das Wachstum von der Sparte Windgetriebe. Deren Umsatz
    wuchs um 31 Prozent": a sentence opened by a possessive pronoun that
    points back ("Deren", "Dessen") speaks of the unit the sentence before
    names last. Its label; an empty one where no unit the extractor knows is
    named right after the unit word; None where the sentence does not point
    back to a unit."""
    if words.back_possessive is None or words.unit_subject is None or sentence.index == 0 \
            or not words.back_possessive.match(sentence.text):
        return None
    previous = document.sentences[sentence.index - 1]
    units = list(words.unit_subject.finditer(previous.text))
    if not units:
        return None
    return next((m.label for m in previous.mentions
                 if 0 <= previous.local(m.start) - units[-1].end() <= 1
                 and document.type_of(m.label) == "BusinessUnit"), "")


def _unit_worded(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Does a unit word stand before the number in its sentence ("die Sparte", "the
    segment's", "its cloud unit")?"""
    return any(pattern is not None and pattern.search(sentence.text, 0, q.number_start) is not None
               for pattern in (words.unit_subject, words.unit_referred))


_REFERRED_BACK = 2  # how many sentences back the unit a bare unit noun points to may be named


def _unit_referred(document: Document, sentence: Sentence, q: Quantity,
                   words: FigureWords) -> str | None:
    """"Google Cloud generated revenue of $17.2 billion. The unit's operating income
    climbed to $3.9 billion", "Besonders schwach läuft die Sparte X. … Im Quartal
    verkaufte die Sparte 441.500 Autos": a unit named only by its bare noun
    before the number, with no organisation named between it and the number,
    points back to the unit named last before it, in its sentence or the two
    before. The label of that unit where the nearest sentence naming a unit
    names one only; None otherwise, and in a sentence of a takeover ("agreed
    to sell the unit for $2 billion"), whose price is no figure of the unit."""
    if words.unit_referred is None:
        return None
    found = list(words.unit_referred.finditer(sentence.text, 0, q.number_start))
    if not found or words.takeover is not None and words.takeover.search(sentence.text):
        return None
    at = found[-1].start()
    if any(at <= sentence.local(m.start) < q.number_start
           and m.type in ORGANIZATION_TYPES | PRODUCT_TYPES
           for m in sentence.mentions):
        return None  # "the segment's growth outpaced Microsoft's Azure, which grew 33%"
    for back in range(_REFERRED_BACK + 1):
        if sentence.index - back < 0:
            break
        before = document.sentences[sentence.index - back]
        end = before.start + at if back == 0 else before.end
        units = {m.label for m in before.mentions
                 if m.end <= end and document.type_of(m.label) == "BusinessUnit"}
        if units:
            return units.pop() if len(units) == 1 else None
    return None


def _unit_run(document: Document, sentence: Sentence, q: Quantity, about: str,
              rule: MetricRule | None, words: FigureWords) -> str | None:
    """"X Kabi steigerte den Umsatz … Die Marge der Tochter erreichte 16,8 Prozent. Für das
    Gesamtjahr erwartet der Vorstand nun eine Marge von 16 Prozent": a sentence in which only
    the board or management speaks before the number, naming no company and no person, and
    goes on with the metric word of the sentence before, which spoke of one unit, goes on
    with that unit, not with its group, which the board (also as the chief who speaks for
    the group, :func:`_group_speaks`) gives by default. The unit's label, where ``about`` is
    the unit or its group; None where the sentence names the group ("der Konzern", "group
    margin", "Konzernumsatz"), a company or a person, where no board speaks ("Revenue rose
    5%" after a unit's revenue may be the whole company's), or where the sentence before
    spoke of another metric, of no unit or of more than one."""
    own, text = words.own_forecast, sentence.text
    if rule is None or sentence.index == 0 or own is None \
            or own.search(text, 0, q.number_start) is None:
        return None
    if words.group_subject is not None and words.group_subject.search(text) is not None \
            or words.group_metric is not None and words.group_metric.search(text) is not None:
        return None
    for m in sentence.mentions:
        at = sentence.local(m.start)
        if at < q.number_start and (m.type == "Person" or m.type in ORGANIZATION_TYPES and not (
                m.rule.startswith("reference/") and own.match(text, at) is not None)):
            return None  # "Für das Gesamtjahr erwartet Fresenius eine Marge …": the name's
    previous = document.sentences[sentence.index - 1]
    if not any(r is rule for _order, r, _spans in trigger_spans(previous, words)):
        return None
    units = {m.label for m in previous.mentions if document.type_of(m.label) == "BusinessUnit"}
    others = {m.label for m in previous.mentions if m.type in ORGANIZATION_TYPES} - units
    if len(units) != 1:
        return None
    unit = units.pop()
    group = document.catalogue.parent_of(unit)
    return unit if about in (unit, group) and others <= {group} else None


def _other_line(sentence: Sentence, q: Quantity, about: str, rule: MetricRule | None,
                trigger: tuple[int, int] | None, clause: tuple[int, int],
                words: FigureWords) -> bool:
    """The metric word names a line of business ("while search revenue
    increased 13%", "der Cloud-Umsatz", "der Umsatz mit der Suche") that is
    not in the name of ``about``, a unit or product named in another clause
    or sentence: the figure is that business's, not the one named elsewhere
    ("YouTube" told of before); "Google Cloud" keeps its cloud revenue."""
    if words.line_before is None:
        return False
    text = sentence.text
    if trigger is None:
        # "rose 28% to $11 billion": the amount after a growth has the growth's word
        spans = [span for _order, _rule, found in trigger_spans(sentence, words) for span in found
                 if clause[0] <= span[0] and span[1] <= q.number_start]
        if not spans:
            return False
        trigger = spans[-1]
    start, end = trigger
    line = words.line_before.search(text, max(clause[0], start - _LINE_BACK), start)
    found = line.group().rstrip(" -") if line is not None else None
    if found is None and words.line_after is not None:
        after = words.line_after.match(text, end)
        found = after.group().split()[-1] if after is not None else None
    if found is None and rule is not None and info(words.lang).compounds:
        # "Cloudumsatz": a line as the head of a compound whose tail is the metric word
        head = words.line_head.match(text, start, end) if words.line_head is not None else None
        tail = text[head.end():end] if head is not None else ""
        if head is not None and tail[:1].islower() \
                and rule.words.fullmatch(tail[:1].upper() + tail[1:]):
            found = head.group()
    if found is None:
        return False
    return found.lower().rstrip("s") not in about.lower()


def _line_unit(document: Document, sentence: Sentence, about: str,
               trigger: tuple[int, int] | None, clause: tuple[int, int],
               words: FigureWords) -> str | None:
    """The company's name right before a line of business and the metric word ("Alibaba
    cloud revenue jumps 34%", "Alibaba's cloud sales"): the figure is the line's, so the
    unit the catalogue gives the company for it (Alibaba Cloud); None where it knows none,
    and the company keeps its own line ("SAP's cloud revenue")."""
    if words.line_before is None or trigger is None:
        return None
    text = sentence.text
    line = words.line_before.search(text, max(clause[0], trigger[0] - _LINE_BACK), trigger[0])
    if line is None or not any(
            m.label == about and _name_to_line(text[sentence.local(m.start):line.start()],
                                               len(m.surface))
            for m in sentence.mentions):
        return None
    unit = unit_of(document.catalogue, about, (line.group().rstrip(" -"),))
    entry = document.catalogue.get(unit) if unit is not None else None
    return unit if entry is not None and entry.type == "BusinessUnit" else None


_NAME_TO_LINE = (" ", "-", "'s ", "’s ")  # between a company's name and its line of business
# … or its possessive and a word or two that narrow the line ("Baidu's AI cloud revenue",
# "Microsoft's intelligent cloud sales"): still the company's line, so its unit's figure
_POSSESSIVE_TO_LINE = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,2}")


def _name_to_line(named: str, name_length: int) -> bool:
    """Does ``named``, a company's name (``name_length`` long, a possessive maybe in it) and
    the text up to a line of business before a metric word, join the two: nothing but a
    space or hyphen after the name, or its possessive with a word or two?"""
    possessive = re.search(r"['’]s$", named[:name_length])
    gap = named[name_length - 2 if possessive else name_length:]
    return gap in _NAME_TO_LINE or _POSSESSIVE_TO_LINE.fullmatch(gap) is not None


def _group_of(document: Document, unit: str) -> str | None:
    """The article's salient company where ``unit`` is its unit or product,
    through the catalogue's owners and developers ("YouTube" of Google, of
    Alphabet)."""
    group = salient_entity(document)
    owners, seen = [unit], {unit}
    while owners and group is not None:
        label = owners.pop()
        if label == group and label != unit:
            return group
        entry = document.catalogue.get(label)
        found = [*entry.parents, *entry.developers] if entry is not None else []
        owners += [o for o in found if o not in seen]
        seen.update(found)
    return None


_UNIT_TYPES = PRODUCT_TYPES | {"BusinessUnit"}  # what a line of business of a company may be
_LINE_BACK = 30  # how far before a metric word the line of business it names may begin


def _gap_to_name(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A comparative and "than" lead from the percentage straight to a name
    ("BMW sold 10% more cars than Mercedes-Benz", "wuchs 5 Prozent schneller
    als der Rivale Stellantis"): the number is the gap between two companies,
    neither one's growth. A comparison with a time ("10% more than a year
    ago") names no one and keeps the figure."""
    if words.gap_than is None:
        return False
    following = [sentence.local(m.start) for m in sentence.mentions
                 if sentence.local(m.start) >= q.end]
    return bool(following) and words.gap_than.match(sentence.text, q.end,
                                                     min(following)) is not None


def _gap_to_amount(text: str, q: Quantity, words: FigureWords) -> bool:
    """A comparative and "than" lead from the amount straight to another
    amount ("pay 430 pence, 18 pence more than the 412 pence Y agreed", "2 Euro
    mehr als die 40 Euro"): the number is the difference of the two, neither
    one's figure."""
    if words.gap_than is None:
        return False
    digit = _DIGIT.search(text, q.end)
    if digit is None:
        return False
    end = digit.start()
    while end > q.end and not text[end - 1].isspace() and not text[end - 1].isalpha():
        end -= 1  # a currency sign before the second amount ("than the $412")
    return words.gap_than.match(text, q.end, end) is not None


def _valued_against(sentence: Sentence, q: Quantity, about: str | None,
                    words: FigureWords) -> bool:
    """The name the number went to stands after it only right behind a comparative of price
    and "than" ("cheaper than the shares of X"): the yardstick the share is measured by,
    not the one whose number it is."""
    if about is None or words.valued_than is None:
        return False
    named = [m for m in sentence.mentions if m.label == about]
    return bool(named) and all(
        sentence.local(m.start) >= q.end
        and words.valued_than.search(sentence.text, q.end, sentence.local(m.start)) is not None
        for m in named)


def _benchmark_after(sentence: Sentence, q: Quantity, about: str | None,
                     words: FigureWords) -> bool:
    """A word of comparison stands between the move and the name after it
    that took it ("lost 8%, underperforming the Nikkei 225"): that name is
    the benchmark, not what moved."""
    if about is None or words.benchmark_before is None:
        return False
    after = [m for m in sentence.mentions if m.label == about
             and sentence.local(m.start) >= q.end]
    return bool(after) and words.benchmark_before.search(
        sentence.text, q.end, sentence.local(after[0].start)) is not None


def _executive_speaks(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """The company's own executive anywhere before the number ("Finanzchef Y kündigte an, die
    Investitionen … zu begrenzen")."""
    return words.own_forecast is not None and words.own_forecast.search(sentence.text, 0, q.start) is not None


def _maker_book(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                trigger: tuple[int, int] | None, words: FigureWords) -> bool:
    """The number counts a maker's order book: a word of orders, backlog or deliveries is the
    number's metric word or stands before it in its clause ("112 neue Bestellungen", "the
    backlog stood at 8,700 jets")."""
    book = words.maker_book
    if book is None:
        return False
    return trigger is not None and book.match(sentence.text, trigger[0]) is not None \
        or book.search(sentence.text, clause[0], q.number_start) is not None


def _booked_by(document: Document, sentence: Sentence, product: str) -> str | None:
    """The maker whose book holds the orders of a product named before: the article's company
    where it develops ``product``; none where the sentence names a product of its own ("darunter
    40 Maschinen vom Typ Y für Z"), whose orders, for whichever client, those are."""
    if any(m.label != product and document.type_of(m.label) in PRODUCT_TYPES for m in sentence.mentions):
        return None
    return _group_of(document, product)


def _group_speaks(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                  words: FigureWords) -> bool:
    """The company's own executive ("Finanzchef Y kündigte an, die
    Investitionen … zu begrenzen") anywhere before the number, also in a clause
    before it ("Vorstandschef Y bestätigte die Prognose: Der Umsatz soll …"), or
    a figure only a whole company has ("Die Solvenzquote lag bei 238 Prozent")
    before the number in its clause, and no unit named before it: the figure is
    the company's."""
    if not _executive_speaks(sentence, q, words) and (
            words.group_metric is None or words.group_metric.search(sentence.text, clause[0], q.start) is None):
        return False
    return words.unit_subject is None or words.unit_subject.search(
        sentence.text, 0, q.number_start) is None


_ORDER_BACK = 80  # how far before a value the order it is worth may be named


def _is_order(sentence: Sentence, q: Quantity, metric: str, trigger: tuple[int, int] | None,
              words: FigureWords) -> bool:
    """The value is of an order won ("einen Großauftrag über 430 Millionen Euro"),
    also where a word of what was ordered stands closer to it than the order
    ("won an order for 100 jets from United Airlines worth $6 billion"), or where the
    order closes the trigger after words of its kind ("a 3 billion euro ammunition order")."""
    if metric != "Other" or trigger is None or words.order_words is None:
        return False
    return words.order_words.match(sentence.text, trigger[0]) is not None \
        or words.order_words.search(sentence.text, trigger[0], trigger[1]) is not None \
        or words.order_words.search(sentence.text, max(0, q.start - _ORDER_BACK),
                                    q.start) is not None


def _index_moving_after(document: Document, sentence: Sentence, q: Quantity,
                        words: FigureWords) -> str | None:
    """The index named right after the percentage and a noun of its move
    ("outpacing a 0.8% advance in the benchmark Topix index"): the move is the
    index's, not the share's the sentence began with."""
    if words.index_move_after is None:
        return None
    return next((m.label for m in sentence.mentions if m.type == "MarketIndex"
                 and sentence.local(m.start) >= q.end and words.index_move_after.fullmatch(
                     sentence.text, q.end, sentence.local(m.start))), None)


def _clients(sentence: Sentence, words: FigureWords) -> frozenset[str]:
    """The names that placed the order a value is of, or lost it (:func:`_ordering_clients`,
    :func:`_placing_clients`)."""
    return _ordering_clients(sentence, words) | (_placing_clients(sentence, words) or frozenset())


def _ordering_clients(sentence: Sentence, words: FigureWords) -> frozenset[str]:
    """The names that placed the order a value is of ("hat von den ÖBB einen
    Auftrag über 420 Millionen Euro erhalten", "an order from Lufthansa", "einen
    Großauftrag der Deutschen Bahn über 300 Millionen Euro"):
    the order is won by the supplier, the client's is no figure of it. A name
    right before the verb of ordering ("SNCF orders 340 trains worth €7.8 billion
    from Alstom") is the client, and then "from" names the supplier."""
    if words.client_after is not None:
        ordering = frozenset(m.label for m in sentence.mentions if words.client_after.match(
            sentence.text, sentence.local(m.end)))
        if ordering:
            return ordering
    return frozenset(m.label for m in sentence.mentions if any(
        cue is not None and cue.search(sentence.text, max(0, sentence.local(m.start) - _CLIENT_BACK),
                                       sentence.local(m.start))
        for cue in (words.client_before, words.client_genitive)))


_CLIENT_BACK = 50  # how far before a client "von" may stand ("vom niederländischen Chipausrüster X")


_CLAUSE_MARKS = (":", ";")  # marks that end a clause before a verb of placing an order


def _placing_clients(sentence: Sentence, words: FigureWords) -> frozenset[str] | None:
    """The names that get no order where a verb tells who gives or loses it: with a verb of
    placing ("Die Bahn hat einen Auftrag an Siemens erteilt", "awarded Siemens a contract")
    all names but the one the order goes to, all of the verb's clause where none is told;
    with a verb of taking away ("hat Alstom einen Auftrag abgejagt") the rival it was taken
    from. None where no such verb speaks."""
    text = sentence.text
    placed = words.order_placed.search(text) if words.order_placed is not None else None
    taken = words.order_taken is not None and words.order_taken.search(text) is not None
    if placed is None and not taken:
        return None
    indirect = _indirect_objects(sentence, words)
    if placed is None:
        return indirect
    recipients = _order_recipients(sentence, words)
    if len(recipients) == 1:
        return frozenset(m.label for m in sentence.mentions) - recipients
    # none told: the clients are the names of the verb's own clause ("Im Bereich X lief es
    # gut: Autohersteller vergaben Aufträge über …" keeps the unit before the colon)
    opens = max(text.rfind(mark, 0, placed.start()) for mark in _CLAUSE_MARKS) + 1
    return frozenset(m.label for m in sentence.mentions if sentence.local(m.start) >= opens)


def _indirect_objects(sentence: Sentence, words: FigureWords) -> frozenset[str]:
    """The names right before the order they are given or taken ("hat Siemens einen
    Auftrag erteilt", "awarded Siemens a contract")."""
    return frozenset(m.label for m in sentence.mentions if words.order_object_after is not None
                     and words.order_object_after.match(sentence.text, sentence.local(m.end)))


def _order_recipients(sentence: Sentence, words: FigureWords) -> frozenset[str]:
    """The names an order goes to where a verb of placing it speaks: the indirect
    object, or the name after "an"/"to" ("hat einen Auftrag über 2 Milliarden Euro an
    Siemens erteilt")."""
    return _indirect_objects(sentence, words) | frozenset(
        m.label for m in sentence.mentions if words.order_recipient_before is not None
        and words.order_recipient_before.search(sentence.text,
                                                max(0, sentence.local(m.start) - 12),
                                                sentence.local(m.start)))


def _order_recipient(sentence: Sentence, words: FigureWords) -> str | None:
    """The one company a placed order goes to, whose order intake its value is
    ("Die Bahn hat einen Auftrag über 2 Milliarden Euro an Siemens erteilt"); None
    where no verb of placing speaks, it does not tell one company, or another
    company is named after it, who may share the order (the client never gets the
    figure: :func:`_placing_clients`)."""
    if words.order_placed is None or words.order_placed.search(sentence.text) is None:
        return None
    recipients = _order_recipients(sentence, words)
    if len(recipients) != 1:
        return None
    [recipient] = recipients
    named = [m for m in sentence.mentions if m.label == recipient]
    if named[0].type not in ISSUER_TYPES or any(
            m.type in ISSUER_TYPES and m.label != recipient and m.start > named[0].start
            for m in sentence.mentions):
        return None  # a place, or a second company after it ("an Siemens und Alstom")
    return recipient


def _addressees(sentence: Sentence, lang: str) -> frozenset[str]:
    """The names spoken to in the sentence ("told CNBC", "sagte dem
    Handelsblatt"): a medium that hears a statement is not what it is about.
    Found once per sentence, as every number of it asks."""
    key = f"figures:addressees:{lang}"
    found = sentence.cache.get(key)
    if not isinstance(found, frozenset):
        found = frozenset(m.label for m in sentence.mentions if addressed(lang, sentence, m))
        sentence.cache[key] = found
    return found


def _included(sentence: Sentence, q: Quantity, opening: re.Pattern[str] | None) -> frozenset[str]:
    """The names of an aside that opens with ``opening`` (the language's words of inclusion,
    or of members: "home to") and closes before the number ("The company sold 2.49 million
    vehicles, including its Lexus brand, up 5%"): a part of what the sentence counts, and the
    number after the aside is not the part's. None where the language has no such words."""
    if opening is None:
        return frozenset()
    text = sentence.text
    found = set()
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        closing = text.find(",", end)
        if 0 <= closing < q.number_start and opening.search(text[:start]):
            found.add(m.label)
    return frozenset(found)


def _index_in_share_apposition(sentence: Sentence, index: str, q: Quantity,
                               words: FigureWords) -> bool:
    """The index is named only in an aside between commas right after a word
    of the share, and the number follows the aside ("Die Aktie, Mitglied im
    Dax, legte 8 Prozent zu"): the move is the share's, the index says where
    it is listed."""
    text = sentence.text
    for m in sentence.mentions:
        if m.label != index:
            continue
        start, end = sentence.local(m.start), sentence.local(m.end)
        opening = text.rfind(",", 0, start)
        closing = text.find(",", end)
        if opening < 0 or closing < 0 or closing > q.number_start:
            continue
        head = text[:opening].rstrip()
        share = words.shares.search(head, max(0, len(head) - 20))
        if share is not None and share.end() == len(head):
            return True
    return False


def _index_carried(document: Document, sentence: Sentence, q: Quantity,
                   clause: tuple[int, int], words: FigureWords) -> str | None:
    """"Der Dax stand 0,2 Prozent im Plus. Auf Wochensicht zeichnet sich ein Minus von
    rund 1,4 Prozent ab", "The S&P 500 rose 0.4%. For the week, the index fell 1.2%": a
    bare change after the span a move was counted over, or after the index named again by a
    noun, in a sentence naming no company, index nor share (nor another subject: "oil
    prices"), right after a sentence whose only move was one index's, is that index's move;
    None otherwise."""
    if sentence.index == 0 or words.index_carried is None or words.shares.search(sentence.text) \
            or any(m.type in ISSUER_TYPES or m.type == "MarketIndex" for m in sentence.mentions):
        return None
    text = sentence.text
    cues = [m.span() for m in words.index_carried.finditer(text, clause[0], q.number_start)]
    if not cues or words.foreign_subject is not None and any(
            not any(start <= other.start() < end for start, end in cues)
            for other in words.foreign_subject.finditer(text, clause[0], q.number_start)):
        return None  # "For the week, oil prices fell 2%": the oil's; "the index" is the index
    index = document.sentences[sentence.index - 1].cache.get("index_move")
    return index if isinstance(index, str) else None


def _index_antecedent(document: Document, sentence: Sentence, q: Quantity,
                      words: FigureWords) -> str | None:
    """The index a relative clause that holds the number stands right after
    ("the biggest decline in the Hang Seng Tech Index, which closed 1.1%
    lower", "im SMI an, der um 0,4 Prozent zulegte"): the move is the index's."""
    if words.relative_clause is None:
        return None
    text = sentence.text
    last = None
    for match in words.relative_clause.finditer(text):
        if match.end() <= q.number_start:
            last = match
    if last is None or CLAUSE_COMMA.search(text, last.end(), q.number_start):
        return None
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        gap = text[end:last.start()].strip() if start < last.start() else None
        if gap is not None and document.type_of(m.label) == "MarketIndex" and (
                not gap or words.antecedent_particles is not None
                and words.antecedent_particles.fullmatch(gap)):
            return m.label
    return None


def _unknown_antecedent(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """The number stands in a relative clause ("…, die 6,2 Prozent zulegten")
    whose antecedent, the words before the comma, is no name the extractor
    knows (nor its shares: "Siemens shares, which rose …" is Siemens'): the
    number is that unknown one's."""
    if words.relative_clause is None:
        return False
    text = sentence.text
    last = None
    for match in words.relative_clause.finditer(text):  # its lookahead reads past the number
        if match.end() <= q.number_start:
            last = match
    if last is None or CLAUSE_COMMA.search(text, last.end(), q.number_start):
        return False  # a comma after the relative clause ends it ("6,2" has none)
    comma = last.start()
    if _metric_antecedent(sentence, comma, words):
        return False  # "des Nettoergebnisses, das 2025 auf 1,9 Milliarden Euro gesunken war"
    if words.own_plan is not None and words.own_plan.search(text, max(0, comma - 80), comma):
        return False  # "its standalone plan, which targets a net profit of …": the company's
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        gap = text[end:comma].strip() if start < comma else None
        if gap is not None and (not gap or words.shares.fullmatch(gap) or (
                words.antecedent_particles is not None
                and words.antecedent_particles.fullmatch(gap))):
            return False  # "Siemens, die …", "Siemens shares, which …", "im SMI an, der …"
        if gap and m.type in INSTITUTION and words.analyst_words is not None \
                and words.analyst_words.fullmatch(gap.lstrip("-")):
            return False  # "Morgan Stanley analysts, who rate the stock … with a target of …"
    return True


def _metric_antecedent(sentence: Sentence, comma: int, words: FigureWords) -> bool:
    """The word right before the comma of a relative clause is a metric word
    ("…, rund 47 Prozent des bereinigten Nettoergebnisses, das auf 1,9 Milliarden
    Euro gesunken war"): the clause tells that metric's number, no unknown name's."""
    return any(end == comma for _order, rule, spans in trigger_spans(sentence, words)
               if not rule.generic for _start, end in spans)


def _unknown_possessor(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                       words: FigureWords) -> bool:
    """The clause of the number opens its move with a possessive of a
    capitalised word the extractor does not know, maybe with a share word, then
    the verb alone ("while Meridian's fell 1.5%", "Meridian's shares fell 1.5%"):
    the move is that unknown company's, not the one named before it."""
    if words.possessive_name is None:
        return False
    text = sentence.text
    for found in words.possessive_name.finditer(text, clause[0], q.number_start):
        at = sentence.start + found.start()
        if any(m.start <= at < m.end for m in sentence.mentions):
            continue
        rest = text[found.end():q.number_start].lstrip()
        share = words.shares.match(rest)
        verb = rest[share.end():] if share is not None else rest
        if _VERB_ONLY.fullmatch(" " + verb) is not None:
            return True
    return False


def _relative_owner(sentence: Sentence, q: Quantity, metric: str,
                    words: FigureWords) -> str | None:
    """"Die Telekom hält 51 Prozent an T-Mobile US, deren Umsatz um 4 Prozent
    stieg": the number stands in a clause opened by a possessive relative
    pronoun right after a name, with no other name and no comma between: the
    name's, though a preposition before it makes it no subject of the sentence."""
    opening = _possessive_opening(sentence, q, words)
    if opening is None:
        return None
    types = fitting_types(metric, STOCK_METRICS, BUSINESS_TYPES)
    return next((m.label for m in sentence.mentions
                 if sentence.local(m.end) == opening.start() and m.type in types), None)


def _unnamed_relative_owner(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """"Besonders gefragt waren Biosimilars, deren Erlöse um 29 Prozent wuchsen": the
    number's clause opens with a possessive relative pronoun right after a word no mention
    covers, a product line or a unit the text does not name; the figure is that word's,
    not the company's the passage is about."""
    opening = _possessive_opening(sentence, q, words)
    return opening is not None and not any(
        sentence.local(m.start) < opening.start() <= sentence.local(m.end) for m in sentence.mentions)


def _possessive_opening(sentence: Sentence, q: Quantity, words: FigureWords) -> re.Match[str] | None:
    """The possessive relative pronoun that opens the number's clause (", deren", ", whose"),
    with no comma, no name and no analyst between it and the number; None where there is
    none ("Goldman Sachs, whose analysts expect …": the bank estimates, owns nothing)."""
    if words.possessive_relative is None:
        return None
    text = sentence.text
    opening = None
    for found in words.possessive_relative.finditer(text, 0, q.number_start):
        opening = found
    if opening is None or CLAUSE_COMMA.search(text, opening.end(), q.number_start):
        return None
    if any(opening.end() <= sentence.local(m.start) < q.number_start for m in sentence.mentions) \
            or words.analyst_words is not None \
            and words.analyst_words.search(text, opening.end(), q.number_start):
        return None
    return opening


@lru_cache(maxsize=4)
def _subject_relative(lang: str) -> re.Pattern[str] | None:
    """The opening of a relative clause whose pronoun is its subject
    (``[clauses] subject_relative``): ", der", ", which"."""
    pattern = lexicon(lang)["clauses"].get("subject_relative")
    return re.compile(pattern) if pattern else None


def _unnamed_payer(document: Document, sentence: Sentence, q: Quantity, metric: str) -> bool:
    """"Mit X haben wir einen Eigentümer, der … uns 1,5 Milliarden Euro Eigenkapital zugesagt
    hat": money spent in a relative clause whose pronoun is its subject, opened right after
    a noun of an owner or backer that is no name, with no name in the clause before the
    number: the owner pays, neither the speaker's company ("uns" receives it) nor the
    article's. The caller gives it to no one (:func:`_relative_subject` names the payer
    where a name stands before the comma)."""
    lang = document.lang
    pattern = _subject_relative(lang)
    agents = lexicon(lang)["clauses"].get("agent_antecedent")
    if pattern is None or not agents or metric not in SPENDER_METRICS:
        return False
    text = sentence.text
    held = [c for c in relative_clauses(lang, text) if c.body <= q.number_start < c.closes]
    if not held or pattern.match(text, held[-1].opens) is None:
        return False
    opens = held[-1].opens
    if any(opens <= sentence.local(m.start) < q.number_start or sentence.local(m.end) == opens
           for m in sentence.mentions):
        return False
    return re.search(rf"(?<![\w-])(?:{agents})$", text[:opens]) is not None


def _relative_subject(document: Document, sentence: Sentence, q: Quantity, metric: str) -> str | None:
    """"BioNTech entwickelt das Mittel mit Bristol Myers Squibb, der dafür 1,5
    Milliarden Dollar vorab gezahlt hatte": the number stands in a relative
    clause whose pronoun is its subject, and no name stands between the
    pronoun and the number: the clause speaks of the name right before its
    comma, which pays or spends the number, not the main clause's subject.
    Only for money spent: a house in such a clause sets a target for
    another, and an index's move has its own rule. A name inside the clause before the number ("…, die BioNTech 1,5
    Milliarden zahlte") may be its subject instead: no owner then. Nor after a list ("rivals
    Microsoft and Alphabet, which expect capex of $105 billion and $98 billion respectively"):
    the clause may speak of every item."""
    lang = document.lang
    pattern = _subject_relative(lang)
    if pattern is None or metric not in SPENDER_METRICS:
        return None  # an estimate after ", which raised its target" is the house's, not of it
    text = sentence.text
    held = [c for c in relative_clauses(lang, text) if c.body <= q.number_start < c.closes]
    if not held or pattern.match(text, held[-1].opens) is None:
        return None
    clause = held[-1]
    if any(clause.opens < sentence.local(m.start) < q.number_start for m in sentence.mentions):
        return None
    types = fitting_types(metric, STOCK_METRICS, BUSINESS_TYPES)
    antecedent = next((m for m in sentence.mentions
                       if sentence.local(m.end) == clause.opens and m.type in types), None)
    if antecedent is None or coordinated(document, antecedent, types):
        return None
    return antecedent.label


_QUOTE = re.compile(r"[\"“„«»”]([^\"“„«»”]*)[\"“”»«]")


def _quoted_speaker(sentence: Sentence, q: Quantity, metric: str,
                    words: FigureWords) -> str | None:
    """"'We grew revenue 30%,' said Alphabet CEO Sundar Pichai": a number in a
    quote told in the first person plural, whose speaker the sentence names as
    the chief of a company: that company's, not the one the passage is about.
    An empty label where the chief's company is a name the extractor does not
    know ("said Acme CEO John Doe"): the number is none of the known ones."""
    if words.first_person is None or words.own_forecast is None:
        return None
    text = sentence.text
    quote = next((m.span(1) for m in _QUOTE.finditer(text)
                  if m.start(1) <= q.start and q.end <= m.end(1)), None)
    closing = QUOTE_MARK.search(text, q.end)
    if quote is None and closing is not None and not QUOTE_MARK.search(text, 0, q.start):
        quote = (0, closing.start())  # the opening mark was split off with the sentence before
    if quote is None or not words.first_person.search(text, *quote):
        return None
    types = fitting_types(metric, STOCK_METRICS, BUSINESS_TYPES)
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        if quote[0] <= start <= quote[1] or m.type not in types:
            continue
        rest = text[end:end + 40]
        tail = rest.lstrip(" -'’s")
        if len(rest) - len(tail) <= 3 and words.own_forecast.match(tail):
            return m.label  # "Alphabet CEO", "Air-France-KLM-Chef", "Alphabet's CEO"
    for chief in words.own_forecast.finditer(text):
        name = _UNKNOWN_EMPLOYER.search(text, max(0, chief.start() - 40), chief.start())
        if name is not None and not quote[0] <= chief.start() <= quote[1] \
                and not any(sentence.local(m.start) < name.end(1)
                            and name.start(1) < sentence.local(m.end) for m in sentence.mentions):
            return ""  # "'We sold 2.5 million cars,' said Acme CEO John Doe"
    return None


# A capitalised word right before a chief's title, after a lower-case word or a
# quotation mark, not the start of the sentence: the name of the chief's company.
_UNKNOWN_EMPLOYER = re.compile(r"(?:[a-z]|[\"”“’'],?)\s+([A-Z][\w&.-]*)(?:['’]s)?[\s-]?$")


def _owner_after(sentence: Sentence, q: Quantity, words: FigureWords) -> str | None:
    """"NIO delivered 41,208 vehicles, including 12,400 from its family brand
    Onvo": the words right after the number name its owner. Its label; an
    empty one where no name the extractor knows follows them; None where no
    such words follow the number."""
    if words.owner_after is None or q.unit is not None and q.unit != "Count":
        return None
    found = words.owner_after.match(sentence.text, q.end)
    if found is None:
        return None
    at = sentence.start + found.end()
    return next((m.label for m in sentence.mentions if m.start == at), "")


_PRODUCT_BACK = 3  # how many sentences back a product referred to by its kind may be named


def _product_sold(document: Document, sentence: Sentence, clause: tuple[int, int],
                  trigger: tuple[int, int] | None, words: FigureWords) -> str | None:
    """The product whose sales the clause tells: one referred to by its kind ("für das Mittel
    einen Spitzenumsatz", "peak sales for the drug"), the one product named in the sentence
    before the words or in the nearest of the three sentences before that names one; or the product subject a possessive opening
    the clause points back to ("Bayers Blutverdünner X verliert den Patentschutz; sein Umsatz
    schrumpfte", "… X is losing patent protection. Its sales fell"). A product's sales are
    never its maker's: an empty label where the product referred to is not known, None where
    the clause speaks of no product."""
    if trigger is None:
        return None
    text = sentence.text
    referred = words.product_reference.search(text, clause[0], clause[1]) \
        if words.product_reference is not None else None
    if referred is not None:
        named = {m.label for m in sentence.mentions if m.type in PRODUCT_TYPES
                 and sentence.local(m.end) <= referred.start()}
        for earlier in reversed(document.sentences[max(0, sentence.index - _PRODUCT_BACK):sentence.index]):
            if named:
                break
            named = {m.label for m in earlier.mentions if m.type in PRODUCT_TYPES}
        return named.pop() if len(named) == 1 else ""
    if words.product_possessive is None:
        return None
    opening = text.rfind(";", 0, trigger[0]) + 1
    if not words.product_possessive.fullmatch(text, opening, trigger[0]):
        return None
    if opening:
        return _product_subject(sentence, opening)
    return _product_subject(document.sentences[sentence.index - 1], None) if sentence.index else None


def _fronted_product(document: Document, sentence: Sentence, about: str | None,
                     trigger: tuple[int, int], words: FigureWords) -> bool:
    """Is ``about`` a product named in the phrase a preposition puts before the verb, and
    does a possessive that cannot point at it stand on the metric word right after the verb
    ("Nach dem Patentablauf des Gerinnungshemmers X sank ihr Umsatz um 3 Prozent")? The
    phrase tells what befell the product; the sales are those of an owner named before."""
    if about is None or words.fronted_preposition is None or words.owner_possessive is None \
            or document.type_of(about) not in PRODUCT_TYPES or not words.fronted_preposition.match(sentence.text):
        return False
    named = [m for m in sentence.mentions if m.label == about and sentence.local(m.end) <= trigger[0]]
    return bool(named) and words.owner_possessive.search(
        sentence.text, sentence.local(named[-1].end), trigger[0]) is not None


def _example_product(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Is a product named before the number only as an example of its kind ("Sales of drugs
    such as Xarelto rose 8%", "Der Umsatz mit Medikamenten wie Xarelto")? The sales told are
    the kind's, neither the product's nor its maker's."""
    if words.product_examples is None:
        return False
    text = sentence.text
    return any(m.type in PRODUCT_TYPES and sentence.local(m.end) <= q.number_start
               and words.product_examples.search(text, 0, sentence.local(m.start))
               for m in sentence.mentions)


def _contributed_before(document: Document, sentence: Sentence, about: str,
                        words: FigureWords) -> bool:
    """Does the sentence before tell ``about``'s part in its group's figure ("Die Tochter X
    steuerte 520 Millionen Euro zum Umsatz bei"), and the sentence opens with no possessive
    pointing back ("Deren Ebit …")? Then the earnings told next are not the part's."""
    if words.contributed is None or not sentence.index or words.possessive_opening is not None \
            and words.possessive_opening.match(sentence.text):
        return False
    before = document.sentences[sentence.index - 1]
    return any(m.label == about for m in before.mentions) \
        and words.contributed.search(before.text) is not None


def _product_subject(sentence: Sentence, before: int | None) -> str | None:
    """The product that opens the sentence as its subject, before ``before``, past its maker's
    possessive ("Bayers eigener Blutverdünner X", "Bayer's blood thinner X"); None where the
    sentence opens with another name."""
    text = sentence.text
    for mention in sorted(sentence.mentions, key=lambda m: m.start):
        end = sentence.local(mention.end)
        if before is not None and end > before:
            return None
        if mention.surface != mention.label and mention.surface.endswith("s") \
                or text.startswith(("'s", "’s"), end):
            continue  # the maker's possessive before its product
        return mention.label if mention.type in PRODUCT_TYPES else None
    return None


def _unit_lists(sentence: Sentence, about: str, trigger: tuple[int, int],
                words: FigureWords) -> bool:
    """Is the figure's word a listing's, and a unit of the company chosen the one that lists
    ("L&T power-grid unit jumps … after $1.1 billion IPO", "Acme plans an IPO of its cloud
    unit", "der Börsengang der Siemens-Tochter")? An offering's size is the lister's, never
    its parent's; the unit is not named there, so the figure is nobody's."""
    if words.listing_words is None or words.unit_after_parent is None \
            or not words.listing_words.fullmatch(sentence.text, trigger[0], trigger[1]):
        return False
    text = sentence.text
    if words.unit_after_listing is not None and words.unit_after_listing.match(text, trigger[1]):
        return True
    for mention in sentence.mentions:
        end = sentence.local(mention.end)
        if mention.label == about and end <= trigger[0]:
            unit = words.unit_after_parent.match(text, end)
            if unit is not None and unit.end() <= trigger[0]:
                return True
    return False


def _offering_terms(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                    words: FigureWords) -> bool:
    """Do the terms of a share offering stand before the number in its clause ("set a price
    range of EUR 20 to 24 per share", "Die Preisspanne liegt bei 24 bis 28 Euro je Aktie")?
    Then an amount per share is the price the shares are offered at, the issuer's, no takeover's
    price nor earnings."""
    return words.offering_terms is not None \
        and words.offering_terms.search(sentence.text, clause[0], q.number_start) is not None


def _listed_part(document: Document, sentence: Sentence, q: Quantity, clause: tuple[int, int],
                 about: str, words: FigureWords) -> str | None:
    """The subsidiary of ``about`` whose listing the terms of an offering before the number
    are of ("Kaltenbrunn bringt Medizintechnik-Tochter an die Börse … Die Tochter X soll im
    Prime Standard notiert werden. Die Preisspanne legte der Konzern auf 24 bis 28 Euro je
    Aktie fest"): the parent sets the price range and sells the shares, but they are the
    listed company's. Only where the sentence and the three before name one subsidiary of
    ``about``, and a sentence of the article tells a listing of it or of a unit of
    ``about``; else None, and the figure stays where it was."""
    if not _offering_terms(sentence, q, clause, words):
        return None
    window = document.sentences[max(0, sentence.index - _LISTING_PASSAGE):sentence.index + 1]
    parts = {m.label for here in window for m in here.mentions
             if m.label != about and m.type in ORGANIZATION_TYPES and subsidiary_of(document, m, about)}
    if len(parts) != 1:
        return None
    [part] = parts
    return part if any(_tells_listing(document.lang, here, about, part, words)
                       for here in document.sentences) else None


_LISTING_PASSAGE = 3  # how many sentences back the subsidiary listed may be named


def _tells_listing(lang: str, sentence: Sentence, parent: str, part: str,
                   words: FigureWords) -> bool:
    """Does ``sentence`` tell a listing ("an die Börse", "IPO") of ``part``, named there, or
    of a unit named right after ``parent`` ("Kaltenbrunn bringt Medizintechnik-Tochter an
    die Börse")?"""
    debut = _debut_words(lang)
    if debut is None or not debut.search(sentence.text):
        return False
    return any(m.label == part or m.label == parent and words.unit_after_parent is not None
               and words.unit_after_parent.match(sentence.text, sentence.local(m.end))
               for m in sentence.mentions)


@lru_cache(maxsize=4)
def _debut_words(lang: str) -> re.Pattern[str] | None:
    """The words of a stock-market debut ("an die Börse", "IPO"), which the listing relation
    reads too."""
    words = lexicon(lang).get("listing", {}).get("debut")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])") if words else None


def _revenue_for(sentence: Sentence, q: Quantity, words: FigureWords) -> str | None:
    """"The deal could be worth more than $10 billion in revenue for AMD": the company named
    right after "in revenue for" earns the amount; None where no known name stands there."""
    linked = words.revenue_for.match(sentence.text, q.end) if words.revenue_for is not None else None
    if linked is None:
        return None
    at = sentence.start + linked.end()
    return next((m.label for m in sentence.mentions if m.start == at), None)


def _payee(lang: str, sentence: Sentence, q: Quantity, metric: str,
           trigger: tuple[int, int] | None, words: FigureWords) -> str | None:
    """"Novartis will pay Calyx $150 million upfront", "Bayer zahlt Evotec vorab 80 Millionen
    Euro, hinzu kommen Meilensteinzahlungen von bis zu 600 Millionen Euro": a company named
    right after a verb of paying is the one paid; the amount the verb governs (in its clause,
    no comma between) and a payment of the same deal later in the sentence are its income,
    not the payer's investment. Not another amount of the sentence ("… and buy $50 million of
    Calyx shares"), nor the subject a fronted phrase puts after the verb ("Für Brillux zahlt
    Lanxess 2 Milliarden Euro": Lanxess pays). None where no such company stands before the
    number."""
    if words.pay_to is None or metric not in _PAID_METRICS:
        return None
    text = sentence.text
    payment = trigger is not None and words.payment is not None \
        and words.payment.fullmatch(text, *trigger) is not None
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        if m.type not in BUSINESS_TYPES or end > q.number_start \
                or (verb := words.pay_to.search(text, 0, start)) is None \
                or not _payer_before(lang, sentence, verb.start(), m):
            continue
        gap = text[end:q.start]
        if payment or metric == "Investment" and len(gap) <= _PAID_GAP and "," not in gap:
            return m.label
    return None


def _payer_before(lang: str, sentence: Sentence, verb: int, paid: Mention) -> bool:
    """Does a company before the verb of paying, and not the object of a preposition, name
    the payer? Behind a fronted phrase ("Für Brillux zahlt Lanxess …", "Im Gegenzug zahlt
    Bayer …") the name after the verb is the subject paying, not the one paid."""
    governed = _governed(lang)
    return any(m.type in BUSINESS_TYPES and m.label != paid.label and sentence.local(m.end) <= verb
               and not governed.search(sentence.text, 0, sentence.local(m.start))
               for m in sentence.mentions)


@lru_cache(maxsize=4)
def _governed(lang: str) -> re.Pattern[str]:
    """A preposition, maybe with an article, right before a name: the name is its object."""
    cues = lexicon(lang)
    articles = cues["clauses"].get("articles")
    article = rf"(?:(?:{articles})\s+)?" if articles else ""
    return re.compile(rf"(?<![\w\-])(?:{cues['relation_cues']['object_prepositions']})\s+{article}$",
                      re.IGNORECASE)


_PAID_METRICS = frozenset({"Investment", "Other"})  # what an amount paid is read as
_PAID_GAP = 25  # how far the amount a verb of paying governs may stand from the one paid


def _ranked_owner(sentence: Sentence, q: Quantity, words: FigureWords) -> str | None:
    """"Nvidia became the most valuable company, ahead of Microsoft at $3.5
    trillion", "vor Microsoft mit 3,5 Billionen Dollar": a name ranked
    against the subject, right before the number it is ranked by, owns it; so
    does the next name of a list of them ("ahead of Ericsson at 24% and Nokia at
    19%"), which is ranked as the first is."""
    if words.ranked_before is None or words.ranked_link is None:
        return None
    text = sentence.text
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        if end <= q.number_start and m.type in BUSINESS_TYPES \
                and words.ranked_link.fullmatch(text, end, q.number_start) \
                and (words.ranked_before.search(text, max(0, start - _RANK_BACK), start)
                     or _next_of_ranked(sentence, start, words)):
            return m.label
    return None


def _next_of_ranked(sentence: Sentence, start: int, words: FigureWords) -> bool:
    """Does a list joint right before ``start`` follow a number a ranked name owns (", " or
    " and " after "ahead of Ericsson at 24%")? The name at ``start`` is the list's next."""
    if words.ranked_next is None:
        return False
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    before = [p for p in quantities if p.end <= start]
    return bool(before) and words.ranked_next.fullmatch(sentence.text, before[-1].end, start) is not None \
        and _ranked_owner(sentence, before[-1], words) is not None


def _ranked_value(document: Document, sentence: Sentence, q: Quantity,
                  last: tuple[Quantity, Figure], words: FigureWords) -> Figure | None:
    """"TSMC held 71% of the foundry market, according to TrendForce, far ahead of
    Samsung at 7%": a number no word names whose owner is ranked against the figure
    right before it (:func:`_ranked_owner`) is the same figure of that owner, of the
    same period; where the two differ in unit, it ranks by something else."""
    before, figure = last
    if q.unit != before.unit or q.value is None or figure.value is None \
            or figure.status == "Previous":
        return None
    owner = _ranked_owner(sentence, q, words)
    if owner is None or owner == figure.about:
        return None
    return figure.model_copy(update={
        "about": owner, "value": q.value, "qualifier": q.qualifier,
        "evidence": figure.evidence.model_copy(update={
            "start": sentence.start + q.start, "end": sentence.start + q.end,
            "extractor": f"figures/{document.lang}/ranked-value/{figure.metric}"})})


_RANK_BACK = 50  # how far before a name the word that ranks it (and a noun describing the name) may begin


_APPOSED_NAME = re.compile(r",\s+([A-ZÄÖÜ][\w&.'’-]*(?:\s+[A-ZÄÖÜ][\w&.'’-]*){0,3}),\s")


def _unknown_apposition(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A subject that opens the sentence describes the name set off after it
    ("Its Finnish unit, Telia Finland, grew service revenue by 4.6%",
    "Quintara's only product, Velzaro, generated sales of …"): the numbers
    after it, with no other name between, are that name's. Where the name is
    no mention the extractor knows, they are not the possessor's either."""
    if words.apposition_owner is None:
        return False
    text = sentence.text
    opening = words.apposition_owner.match(text)
    named = _APPOSED_NAME.match(text, opening.end()) if opening is not None else None
    if named is None or named.end() > q.number_start:
        return False
    start, end = sentence.start + named.start(1), sentence.start + named.end(1)
    if any(m.start <= start and end <= m.end for m in sentence.mentions):
        return False
    return not any(named.end() <= sentence.local(m.start) < q.number_start
                   for m in sentence.mentions)


def _unknown_unit_opens(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Does the sentence open with a name no known mention covers, set off by a phrase
    that makes it a company's unit or brand ("Acme, the company's sneaker label, posted a
    14% drop in sales to $512 million")? The numbers after it, with no other name between,
    are the unit's: neither the company the phrase names nor the one of the passage owns
    them."""
    if words.unit_apposition is None:
        return False
    text = sentence.text
    opening = len(text) - len(text.lstrip(_LINE_MARKS))
    named = _OPENING_WORDS.match(text, opening)
    if named is None or words.unit_apposition.match(text, named.end()) is None \
            or set(named.group().split()) <= words.not_names:
        return False
    described = words.unit_apposition.match(text, named.end())
    if described is None or described.end() > q.number_start:
        return False
    start, end = sentence.start + named.start(), sentence.start + named.end()
    if any(m.start < end and start < m.end for m in sentence.mentions):
        return False
    return not any(described.end() <= sentence.local(m.start) < q.number_start
                   for m in sentence.mentions)


# One to four capitalised words opening a sentence, the comma of an apposition next.
_OPENING_WORDS = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}(?=,)")
_LINE_MARKS = " \t-–—•*·:>"  # what may stand before the first word of a list item
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s+)+)$")


def _unknown_name_before(sentence: Sentence, trigger: tuple[int, int],
                         words: FigureWords) -> bool:
    """Where nouns are not capitalised, capitalised words right before the
    metric word, not at the start of the sentence and not a known name, name
    whose figure it is ("Data Center revenue", "Gaming revenue"): a unit the
    extractor does not know, so the company of the passage may not take it."""
    if words.nouns_capitalised:
        return False
    found = _NAME_BEFORE.search(sentence.text, 0, trigger[0])
    if found is None or not sentence.text[:found.start()].strip(_LINE_MARKS) \
            or _CELL_OPENS.search(sentence.text, 0, found.start()):
        return False  # the start of a sentence, of a list item or of a table's cell
    start, end = sentence.start + found.start(), sentence.start + found.end()
    return not any(m.start < end and start < m.end for m in sentence.mentions)


def _unknown_joined_name_opens(sentence: Sentence, q: Quantity) -> bool:
    """Does the sentence open, before the number, with capitalised words joined by "&"
    that no known name covers ("Fashion & Leather Goods, which accounts for half of sales,
    posted growth of 2%")? It is the name of a unit or company the extractor does not know,
    the subject the number is about, so the company of the passage may not take it. Only
    where nouns are not capitalised: else the words may be nouns of the text."""
    text = sentence.text
    opening = len(text) - len(text.lstrip(_LINE_MARKS))
    found = _JOINED_NAME.match(text, opening)
    if found is None or found.end() > q.number_start:
        return False
    start, end = sentence.start + found.start(), sentence.start + found.end()
    return not any(m.start < end and start < m.end for m in sentence.mentions)


def _apposed_to_unknown_name(sentence: Sentence, q: Quantity) -> bool:
    """Does the number's clause open with two or more capitalised words that no known
    name covers, then a phrase set off by commas that names a known one, and the number
    right after it ("…, and Selective Retailing, home to Sephora, grew 7%")? The phrase
    describes the unknown name, the subject the number is about, not the name inside it.
    Only where nouns are not capitalised: else the words may be a noun phrase ("Die
    Messenger-App, die in China …")."""
    text = sentence.text
    for found in _OPENING_NAME.finditer(text, 0, q.number_start):
        before = text[:found.start()].rstrip(_LINE_MARKS)
        if before and not (before[-1] == "," or before[-1].islower()):
            continue  # inside a longer run of capitalised words
        closing = text.find(",", found.end() + 1)
        if closing < 0 or closing > q.number_start or "," in text[closing + 1:q.number_start]:
            continue
        start, end = sentence.start + found.start(), sentence.start + found.end()
        inside = sentence.start + found.end(), sentence.start + closing
        if not any(m.start < end and start < m.end for m in sentence.mentions) \
                and any(inside[0] < m.start and m.end <= inside[1] for m in sentence.mentions):
            return True
    return False


# Two or more capitalised words, then the comma of an apposition.
_OPENING_NAME = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][a-zäöüß][\w\-]*(?:\s+[A-ZÄÖÜ][a-zäöüß][\w\-]*)+(?=,\s)")


# Capitalised words joined by "&" with spaces around it ("Wines & Spirits"), not an
# abbreviation ("M&A", "R&D"): each word has a lower-case letter after its capital.
_JOINED_NAME = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß][\w\-]*\s+)*[A-ZÄÖÜ][a-zäöüß][\w\-]*\s+&\s+"
                          r"[A-ZÄÖÜ][a-zäöüß][\w\-]*(?:\s+[A-ZÄÖÜ][a-zäöüß][\w\-]*)*(?![\w\-])")


def _cause_of_metric(trigger: tuple[int, int] | None, sentence: Sentence, q: Quantity,
                     clause: tuple[int, int], words: FigureWords) -> bool:
    """A cause opens the clause and the metric word follows it as its object ("Tariffs cut its
    third-quarter operating profit by 29%", "Die Zölle drückten den Gewinn um 29 Prozent"): a
    cause owns no revenue or profit, so the company the passage is about bears the change; the
    cause is no foreign subject of the number. Not an amount of money the cause took off
    ("Tariffs cut profit by 390 billion yen"): the size of the blow, no value of the metric."""
    if trigger is None or words.cause_subject is None \
            or unit_kind(q) == "currency" and words.change_by.search(sentence.text, 0, q.start):
        return False
    return any(words.cause_subject.finditer(sentence.text, clause[0], trigger[0]))


def _pronoun_bearer(trigger: tuple[int, int] | None, sentence: Sentence, words: FigureWords) -> bool:
    """An object pronoun right after the metric word ("saying tariffs would cost it 1.4
    trillion yen"): it stands for the company the passage is about, which bears the
    amount, so the clause's own subject ("tariffs") is no other owner."""
    return trigger is not None and words.bearer_pronoun is not None \
        and words.bearer_pronoun.match(sentence.text, trigger[1]) is not None


def _unknown_product_before(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """A product its owner's possessive names before its noun, opening the sentence as its
    subject ("Its battery-electric Li i6 SUV, which competes with the Model Y, accounted for
    about 11,000"), whose name is not known: the number is that product's, so the company
    of the passage may not take it. Not a product named further on ("Samsung, which struggled
    to get its HBM chips qualified, lost 2.4%": the subject is the company)."""
    if words.owned_product is None:
        return False
    found = words.owned_product.match(sentence.text, 0, q.number_start)
    if found is None:
        return False
    start, end = sentence.start + found.start("name"), sentence.start + found.end("name")
    return not any(m.start < end and start < m.end for m in sentence.mentions)


_DRUG_BACK = 2  # how many sentences back a drug's noun opening a sentence may point


def _drug_subject(document: Document, sentence: Sentence, q: Quantity, words: FigureWords) -> str | None:
    """The drug a kind noun without a name stands for, opening the sentence as the subject of
    its number ("Positive Daten zum Herzmittel X. Das Mittel soll 2027 einen Umsatz von 1
    Milliarde Euro erzielen"): the one product the sentences before and this one name, as the
    drug sells, not its maker; "" where none or several are named, so that the maker the
    passage speaks of takes no figure of a drug; None where no such noun opens the sentence."""
    if words.drug_subject is None or not words.drug_subject.match(sentence.text, 0, q.number_start):
        return None
    end = sentence.start + q.start
    named = {m.label for earlier in document.sentences[max(0, sentence.index - _DRUG_BACK):sentence.index + 1]
             for m in earlier.mentions if m.type in PRODUCT_TYPES and m.end <= end}
    return named.pop() if len(named) == 1 else ""


def _unknown_region_after(sentence: Sentence, trigger: tuple[int, int], q: Quantity,
                          words: FigureWords) -> bool:
    """Where nouns are not capitalised, a capitalised name after the metric word
    and "in", before the number, that is no known name nor a word that is never
    one ("Sales in Greater China fell 4%"; not "Revenue in March"): a region or
    segment the extractor does not know owns the figure, so the company of the
    passage may not take it."""
    return not words.nouns_capitalised and _unknown_name_after(
        sentence, words.region_in, trigger, q, words)


def _unknown_possessed_after(sentence: Sentence, trigger: tuple[int, int], q: Quantity,
                             words: FigureWords) -> bool:
    """A capitalised name possessed by another right after the metric word and "at"
    or "of", before the number, that is no known name nor a word that is never one
    ("Revenue at Dell's Infrastructure Solutions Group rose 38%"): a unit the extractor
    does not know owns the figure, so its possessor may not take it."""
    return _unknown_name_after(sentence, words.possessed_in, trigger, q, words)


def _unknown_name_after(sentence: Sentence, pattern: re.Pattern[str] | None,
                        trigger: tuple[int, int], q: Quantity, words: FigureWords) -> bool:
    """Does ``pattern`` find a name group between the metric word and the number that
    is no known name nor made only of words that are never one?"""
    if pattern is None:
        return False
    found = pattern.match(sentence.text, trigger[1], q.number_start)
    if found is None or set(found.group("name").split()) <= words.not_names:
        return False
    start, end = sentence.start + found.start("name"), sentence.start + found.end("name")
    return not any(m.start < end and start < m.end for m in sentence.mentions)


def _unknown_joined_after(sentence: Sentence, trigger: tuple[int, int], q: Quantity,
                          words: FigureWords) -> bool:
    """Capitalised words joined by "&" right after the metric word and "of", "at" or
    "from", before the number, that no known name covers ("Sales of Wines & Spirits fell
    6%"): the name of a unit the extractor does not know owns the figure, as
    :func:`_unknown_joined_name_opens` finds it opening a sentence, so the company of the
    passage may not take it."""
    if words.joined_in is None:
        return False
    link = words.joined_in.match(sentence.text, trigger[1], q.number_start)
    found = _JOINED_NAME.match(sentence.text, link.end()) if link else None
    if found is None or found.end() > q.number_start:
        return False
    start, end = sentence.start + found.start(), sentence.start + found.end()
    return not any(m.start < end and start < m.end for m in sentence.mentions)


_REGION_PARTS = frozenset({"Revenue", "RevenueGrowth", "Profit", "ProfitGrowth"})


def _regional_part(lang: str, sentence: Sentence, q: Quantity, clause: tuple[int, int],
                   words: FigureWords) -> bool:
    """A known place named with "in" in the number's clause before the number ("in
    Europa legte der Umsatz um 9 Prozent zu", "Sales in Europe rose 9%"): the revenue or
    profit is the business in that region, a part the company's whole does not equal,
    and gold gives it to the region, if at all; so no company may take it. A place with
    a word of seat before or after it ("mit Sitz in Shenzhen", "die in Walldorf ansässige
    SAP") is a seat, and no region. A place a comma closes off before the number, in a
    clause it does not open, is part of a side phrase ("Siemens, the biggest engineering
    group in Europe, said revenue rose 5%"), and no region of the number; nor is a place
    written as the adjective of a noun after it ("im Münchner ICM stieg der Umsatz")."""
    if words.region_part_before is None:
        return False
    seat_before = relation_cues(lang).seat_before
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        if m.type != "Place" or not clause[0] <= start or end > q.number_start \
                or place_adjective(lang, sentence, m) and not (
                    words.region_noun is not None and words.region_noun.match(sentence.text, end)):
            continue  # "im Münchner ICM", "auf der Frankfurter IAA": the venue's city, no region
        found = words.region_part_before.search(sentence.text, clause[0], start)
        if found and "," in sentence.text[end:q.number_start] \
                and sentence.text[clause[0]:found.start()].strip():
            continue
        if found \
                and not seat_before.search(sentence.text, clause[0], start) and not (
                    words.seat_after_region is not None
                    and words.seat_after_region.match(sentence.text, end)):
            return True
    return False


def _unknown_region_opens(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Where nouns are not capitalised, does the sentence open with the word of a region
    ("In") and capitalised words no known name covers, set off by a comma before the number
    ("In Greater China, revenue fell 6% to $1.55 billion")? The figure is the business in
    that region, as :func:`_regional_part` finds it for a known place, so no company may take
    it; not words that are never a name ("In March, revenue rose 5%")."""
    if words.nouns_capitalised or words.region_part_before is None:
        return False
    text = sentence.text
    opening = len(text) - len(text.lstrip(_LINE_MARKS))
    comma = text.find(",", opening)
    if comma < 0 or comma > q.number_start:
        return False
    for word in _CAPITALISED_WORD.finditer(text, opening, comma):
        lead = words.region_part_before.search(text, opening, word.start())
        if lead is None or lead.start() != opening:
            continue
        named = _CAPITALISED_RUN.fullmatch(text, word.start(), comma)
        if named is None or set(named.group().split()) <= words.not_names:
            return False
        start, end = sentence.start + named.start(), sentence.start + comma
        return not any(m.start < end and start < m.end for m in sentence.mentions)
    return False


_CAPITALISED_WORD = re.compile(r"(?<![\w&.'’-])[A-Z][a-z][\w&.'’-]*")
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z][\w&.'’-]*(?:\s+[A-Z][a-z][\w&.'’-]*){0,3}")


def _brand_after(sentence: Sentence, trigger: tuple[int, int], q: Quantity,
                 words: FigureWords) -> bool:
    """Right after the metric word, before the number, a brand of the company owns
    the metric ("Sales of its Lexus luxury brand rose 9%", "Der Absatz seiner Luxusmarke
    stieg"): a brand's sales may be cars or money and are not the company's revenue, so
    no candidate clearly wins."""
    return words.brand_after is not None \
        and words.brand_after.match(sentence.text, trigger[1], q.number_start) is not None


def _ellipsis_of_other(sentence: Sentence, q: Quantity, about: str | None,
                       words: FigureWords) -> bool:
    """An ellipsis after a comma names another company right before the number
    ("Der Cloud-Umsatz von SAP stieg um 25 Prozent, der von Oracle um 20
    Prozent"): the metric word before the comma is shared, its owner is not."""
    if words.ellipsis_owner is None or words.ellipsis_gap is None or about is None:
        return False
    for found in words.ellipsis_owner.finditer(sentence.text, 0, q.number_start):
        at = sentence.start + found.end()
        for m in sentence.mentions:
            if m.start == at and m.label != about and words.ellipsis_gap.match(
                    sentence.text[sentence.local(m.end):q.number_start]):
                return True
    return False


def _counted_at_other(sentence: Sentence, q: Quantity, about: str | None,
                      words: FigureWords) -> bool:
    """Right after the number, a word such as "at" before a name other than the
    figure's subject ("delivered 60 jets in May, compared with 44 at Boeing"),
    or "for" after a number compared with ("a P/E of 35 compares with 28 for
    AMD"): the number was counted at that company, so the subject may not
    take it."""
    if words.compared_at is None or about is None:
        return False
    found = words.compared_at.match(sentence.text, q.end)
    if found is None and words.compared_for is not None and _compared_for_name(sentence, q, words):
        found = words.compared_for.match(sentence.text, q.end)  # "compares with 28 for AMD"
    if found is None:
        return False
    return _name_at(sentence, sentence.start + found.end(), about) is not None


def _name_at(sentence: Sentence, at: int, about: str | None) -> Mention | None:
    """The name that begins at ``at`` and may own a figure (an index's move too: "against 1%
    for the Nikkei 225"), where it is not ``about``."""
    return next((m for m in sentence.mentions
                 if m.start == at and m.label != about and m.type in SUBJECT_TYPES), None)


def _compared_for_name(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """Is the number one compared with, so that "for" after it names whose it is: a word of
    comparison right before it ("compares with 28 for AMD"), or it goes on a list whose
    number before was one and was said of a name ("against 16% for Samsung and 9% for SK
    Hynix": the 9 is compared as the 16 is, not the subject's)."""
    if words.compared_before is None or words.compared_for is None:
        return False
    text = sentence.text
    if words.compared_before.search(text, max(0, q.start - _COMPARED_BACK), q.start):
        return True
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    before = [p for p in quantities if p.end <= q.start and p.unit == q.unit]
    if not before or words.ranked_next is None:
        return False
    found = words.compared_for.match(text, before[-1].end)
    name = _name_at(sentence, sentence.start + found.end(), None) if found is not None else None
    return name is not None and words.ranked_next.fullmatch(text, sentence.local(name.end), q.start) \
        is not None and _compared_for_name(sentence, before[-1], words)


_COMPARED_BACK = 25  # how far before a number the word comparing it may begin


def _possessed_by_other(sentence: Sentence, q: Quantity, about: str | None) -> bool:
    """Right before the number, a possessive name other than the figure's subject
    ("Apple's revenue rose 5%, less than Microsoft's 8%", "Amazon's value of $2 trillion
    dwarfs eBay's $30 billion"): the number is that name's, told in the words of the
    subject's metric, and its sign and kind are unclear; the subject may not take it."""
    owner = possessor_at(sentence, sentence.start + q.start)
    return about is not None and owner is not None and owner.label != about \
        and owner.type in BUSINESS_TYPES


def _unnamed_owner_before(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                          words: FigureWords) -> bool:
    """Right before the number, an unnamed company as an object and the words
    that open what is told of it ("agreed to buy a U.S. adhesives maker with
    annual sales of $400 million"), with no name after the noun: the number is
    that company's, and no one the extractor knows owns it."""
    if words.unnamed_owner is None:
        return False
    found = words.unnamed_owner.search(sentence.text, clause[0], q.number_start)
    if found is None:
        return False
    return not any(found.start() <= sentence.local(m.start) < q.number_start
                   for m in sentence.mentions if m.type in BUSINESS_TYPES)


def _apposed_owner(lang: str, sentence: Sentence, q: Quantity, words: FigureWords) -> str | None:
    """Right before the number, an apposition that describes the name before its comma
    ("took a stake in Verlaine, a leather goods maker with annual sales of about 60 million
    euros", "Henkel, a company with sales of …"), the name's seat may stand between them
    ("Voltara Systems aus Chemnitz, ein Start-up mit 180 Mitarbeitern"): the number is the
    described company's. Its label; an empty one where the name there is none the extractor
    knows ("Maison Verlaine"); None where no such apposition stands before the number."""
    if words.apposed_owner is None:
        return None
    found = words.apposed_owner.search(sentence.text, 0, q.number_start)
    if found is None:
        return None
    end = _before_seat(lang, sentence, found.start())
    return next((m.label for m in sentence.mentions if m.type in BUSINESS_TYPES
                 and sentence.local(m.end) == end), "")


def _before_seat(lang: str, sentence: Sentence, at: int) -> int:
    """Where a name ends whose seat closes right at ``at`` ("Voltara Systems aus Chemnitz",
    "a lender headquartered in Parma"): the start of the words of seat before the place; ``at``
    itself where no known place with such words ends there."""
    seat_before = relation_cues(lang).seat_before
    for m in sentence.mentions:
        if m.type == "Place" and sentence.local(m.end) == at:
            seat = seat_before.search(sentence.text, 0, sentence.local(m.start))
            if seat is not None:
                return len(sentence.text[:seat.start()].rstrip())
    return at


def _unknown_peer_before(sentence: Sentence, q: Quantity, about: str | None,
                         clause: tuple[int, int], words: FigureWords) -> bool:
    """Between the figure's subject (or the clause's start) and the number, a
    noun for another company stands before a name the extractor does not know
    ("Meta's shares jumped 5% as rival Snap forecast revenue of $1.3 billion"):
    the number is that company's, whose name is unknown, so the subject may
    not take it."""
    if words.peer_before_name is None:
        return False
    named = [sentence.local(m.end) for m in sentence.mentions
             if m.label == about and sentence.local(m.end) <= q.number_start]
    start = max([clause[0], *named])
    for found in words.peer_before_name.finditer(sentence.text, start, q.number_start):
        at = sentence.start + found.end()
        if not any(m.start <= at < m.end for m in sentence.mentions):
            return True
    return False


def _unknown_payer(sentence: Sentence, q: Quantity, trigger: tuple[int, int],
                   clause: tuple[int, int], words: FigureWords) -> bool:
    """The words before the verb of paying or investing, from the clause's start, are a
    name the extractor does not know ("XRG zahlte insgesamt 14,7 Milliarden Euro",
    "Brightwater paid $2 billion"): the amount is that payer's, nobody's the extractor
    names, so the company of the passage may not take it. Not a pronoun or an article's
    noun ("Der Konzern zahlte"), which points back to a known company; nor an adverb
    before a verb whose subject follows it ("Insgesamt investiert die Bahn 12 Milliarden
    Euro"): a name between the verb and the number is the payer."""
    if not clause[0] < trigger[0] < q.number_start:
        return False
    at, until = sentence.start + trigger[1], sentence.start + q.number_start
    if any(at <= m.start < until for m in sentence.mentions):
        return False
    stretch = sentence.text[clause[0]:trigger[0]]
    names = stretch.split()
    if not 1 <= len(names) <= 3 or not all(name[0].isupper() for name in names) \
            or names[0] in words.not_names:
        return False
    start = sentence.start + clause[0] + len(stretch) - len(stretch.lstrip())
    end = sentence.start + clause[0] + len(stretch.rstrip())
    return not any(m.start < end and start < m.end for m in sentence.mentions)


def _unnamed_before(sentence: Sentence, label: str | None, before: int) -> bool:
    """Does the sentence name ``label`` before the local offset ``before`` by no name of
    its own (at most by a company noun, "das Unternehmen")?"""
    return not any(m.label == label and sentence.local(m.end) <= before
                   and not m.rule.startswith("reference/") for m in sentence.mentions)


def _coordinate_subject(sentence: Sentence, q: Quantity, about: str | None,
                        words: FigureWords) -> bool:
    """The number stands in a second main clause whose subject is a company's noun
    before a name ("…, and logistics group DHL signed a lease for 500 units"), and that
    name is not the figure's subject: the number is the name's, known or not, never the
    first clause's subject's."""
    if words.coordinate_subject is None:
        return False
    found = [m.end() for m in words.coordinate_subject.finditer(sentence.text, 0, q.number_start)]
    if not found:
        return False
    at = sentence.start + found[-1]
    return not any(m.label == about and m.start >= at and sentence.local(m.end) <= q.number_start
                   for m in sentence.mentions)


_PHRASE_COMMA = re.compile(r",\s")


def _phrase_breaks(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                   words: FigureWords) -> list[re.Match[str]]:
    """The commas and phrase-opening conjunctions ("as", "while", "während") of
    the clause before the number: where the phrase the number stands in opens."""
    found = list(_PHRASE_COMMA.finditer(sentence.text, clause[0], q.number_start))
    if words.phrase_open is not None:
        found += words.phrase_open.finditer(sentence.text, clause[0], q.number_start)
    return found


def _sale_buyer(document: Document, sentence: Sentence, about: str | None,
                words: FigureWords, sold: bool = False) -> str | None:
    """The buyer of a sale told in the sentence or the one before ("Vonovia verkauft
    Wohnungen an den Versicherer Allianz. Der Kaufpreis liegt bei …"), whose seller is
    the one the price was given to: the price of a sale is paid by its buyer. Where
    ``sold`` (the price was given to what is sold, "Der Kaufpreis für die Sparte X"), the
    first sale told there, whoever sells. "" where that seller sells to no organisation named, or
    where what is sold has no sale told (neither pays); None where no sale of that seller
    is told."""
    if words.sale_to is None or about is None:
        return "" if sold else None
    for here in (sentence, *(document.sentences[sentence.index - 1:sentence.index]
                             if sentence.index else ())):
        for sale in words.sale_to.finditer(here.text):
            sellers = [m for m in here.mentions
                       if m.type in ORGANIZATION_TYPES and here.local(m.end) <= sale.start()]
            if not sold and (not sellers or sellers[-1].label != about):
                continue  # what is sold may follow its seller's verb ("Zugleich verkauft X …")
            buyer = next((m for m in here.mentions if m.type in ORGANIZATION_TYPES
                          and sale.end() <= here.local(m.start) <= sale.end() + _BUYER_GAP
                          and not re.search(r"[,;:]", here.text[sale.end():here.local(m.start)])),
                         None)
            return buyer.label if buyer is not None and buyer.label != about else ""
    return "" if sold else None


def _priced_thing(sentence: Sentence, about: str | None, words: FigureWords) -> bool:
    """Is ``about`` named right after a sale's price and its preposition ("Der Kaufpreis
    für die Sparte Kaltenbrunn Flow Control liegt bei …", "the purchase price for the unit
    X")? It is what is sold, which pays nothing."""
    return words.priced_for is not None and about is not None and any(
        m.label == about and words.priced_for.search(sentence.text, 0, sentence.local(m.start))
        for m in sentence.mentions)


def _seller_only(sentence: Sentence, about: str | None, words: FigureWords) -> bool:
    """Is ``about`` named in the sentence only right after a verb of buying and the
    preposition of its seller ("kauft ein Aktienpaket von der Softbank Group für 4,1 Mrd.
    Dollar")? The seller receives the price and parts with the shares counted; where the buyer
    is a noun the extractor does not resolve ("Bonner Konzern kauft …"), the name next to the
    price or the count is still neither payer nor owner of the shares."""
    if words.bought_from is None or about is None:
        return False
    named = [m for m in sentence.mentions if m.label == about]
    return bool(named) and all(words.bought_from.search(sentence.text, 0, sentence.local(m.start))
                               for m in named)


_BUYER_GAP = 30  # an article and a noun ("den Versicherer") between the preposition and the buyer


def _foreign_subject(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                     words: FigureWords) -> bool:
    """A word of a subject that is no company stands in the clause before the
    number ("Der Ölpreis stieg um 2 Prozent"), and not in a gloss of the metric
    word set off by commas ("Das FFO I, die wichtigste Kennzahl der Branche,
    stieg um 6 Prozent"): the gloss describes the metric, the figure stays its
    owner's. Nor in the name of an organisation ("shares on Shanghai's STAR Market
    fell 4.7%"): the exchange is where the share trades, no subject of its own; a
    commodity or coin named ("Bitcoin") is still one."""
    if words.foreign_subject is None:
        return False
    glosses = _metric_glosses(sentence, q, clause, words)
    return any(not any(start <= m.start() < end for start, end in glosses)
               and not any(n.start <= sentence.start + m.start() < n.end
                           for n in sentence.mentions if n.type in ORGANIZATION_TYPES)
               for m in words.foreign_subject.finditer(sentence.text, clause[0], q.number_start))


def _party_to_subject(lang: str, sentence: Sentence, q: Quantity, about: str | None) -> bool:
    """The company guessed for the figure is named only in a relative clause on the sentence's
    unnamed subject, governed by a preposition, closed before the number ("Der Zulieferer aus
    Kassel, an dem X beteiligt ist, beschäftigt 3.400 Mitarbeiter"): X holds, backs or deals
    with the subject, so the subject is another company, which the text does not name here;
    the figure is neither X's nor the passage's."""
    pattern = lexicon_pattern(lang, "clauses", "party_relative")
    if pattern is None or about is None:
        return False
    return any(m.label == about and pattern.fullmatch(sentence.text, 0, sentence.local(m.start))
               and "," in sentence.text[sentence.local(m.end):q.number_start]
               and not any(o.start < m.start for o in sentence.mentions if o.type in ORGANIZATION_TYPES)
               for m in sentence.mentions)


def _buyer_of_count(sentence: Sentence, q: Quantity, about: str | None,
                    words: FigureWords) -> bool:
    """Is ``about`` named in the sentence only as the buyer of a sale the count stands in ("der
    Verkauf von rund 4.100 Wohnungen an den Investmentmanager Y", "sold 40 stores to Y")? What
    is counted is the seller's stock; the buyer after the preposition owns none of it yet."""
    if words.sold_count_to is None or about is None:
        return False
    starts = [sentence.local(m.start) for m in sentence.mentions if m.label == about]
    return bool(starts) and all(
        (sale := words.sold_count_to.search(sentence.text, 0, start)) is not None
        and sale.start() < q.number_start < sale.end() for start in starts)


def _place_subject(lang: str, sentence: Sentence, q: Quantity, clause: tuple[int, int]) -> bool:
    """Does the clause name a place before the number and no organisation ("In Deutschland
    fehlen rund 700.000 Wohnungen", "Britain needs 300,000 new homes a year")? The volume is
    the country's, which a company of the passage does not own; one the clause names keeps it
    ("Vonovia aus Bochum bewirtschaftet 540.000 Wohnungen"), and so does a company noun a
    city's adjective describes ("Düsseldorfer Wohnungskonzern verkauft 4.100 Wohnungen")."""
    start, end = sentence.start + clause[0], sentence.start + q.number_start
    inside = [m for m in sentence.mentions if start <= m.start and m.end <= end]
    return any(m.type == "Place" and not place_adjective(lang, sentence, m) for m in inside) \
        and not any(m.type in ORGANIZATION_TYPES for m in inside)


def _foreign_volume(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                    words: FigureWords) -> bool:
    """The clause tells a volume as no company's own: a world total ("Global steel output
    reached …") or a passive ("Weltweit wurden … Tonnen produziert"). A volume such as tonnes
    is a company's only where it is the clause's subject or possessor; a clause with a subject
    that is no company and none named ("Die Branche setzte 3 Millionen Tonnen ab") is already
    none by ``_foreign_subject``, while a word of it before a company named ("Rival Glencore
    cut its forecast to 850,000 tons") keeps the company's volume."""
    return words.foreign_volume is not None \
        and words.foreign_volume.search(sentence.text, clause[0], clause[1]) is not None


def _government_subject(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                        words: FigureWords) -> bool:
    """A government stands in the clause before the number ("Die Bundesregierung will bis 2030
    15 Millionen Elektroautos auf der Straße sehen", "The government wants 15 million electric
    cars on the road") and the clause names no other organisation: the figure is the country's.
    A company named in the clause is what the government's figure concerns ("The government
    ordered 20 Boeing jets", "Die Regierung hält 10 Prozent an Intel"), which keeps its
    reading."""
    if words.government_subject is None \
            or words.government_subject.search(sentence.text, clause[0], q.number_start) is None:
        return False
    start, end = sentence.start + clause[0], sentence.start + clause[1]
    return not any(start <= m.start and m.end <= end for m in sentence.mentions
                   if m.type in ORGANIZATION_TYPES and m.type != "GovernmentBody")


def _metric_glosses(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                    words: FigureWords) -> list[tuple[int, int]]:
    """The stretches set off by commas right after a metric word that close
    before the number and hold no number: glosses of that word."""
    text = sentence.text
    glosses = []
    for _order, rule, spans in trigger_spans(sentence, words):
        if rule.generic:
            continue
        for _start, end in spans:
            if clause[0] <= end and text.startswith(", ", end):
                close = CLAUSE_COMMA.search(text, end + 1, q.number_start)
                if close is not None and not _DIGIT.search(text, end, close.start()):
                    glosses.append((end, close.end()))
    return glosses


def _foreign_phrase(sentence: Sentence, q: Quantity, about: str | None,
                    clause: tuple[int, int], words: FigureWords) -> bool:
    """The phrase the number stands in, from the last comma or conjunction
    before it, has a subject that is no company ("BASF fiel um 2 Prozent, der
    Ölpreis gab um 1,6 Prozent nach", "BP shares fell 3% as the energy sector
    dropped 1.5%"), and the figure's subject is named before that: the number
    is the commodity's, the market's, the sector's or the rival's."""
    if words.foreign_subject is None:
        return False
    # the phrase comma, not the comma of "1,6"
    comma = max((m.start() for m in _phrase_breaks(sentence, q, clause, words)), default=-1)
    if comma < 0 or not words.foreign_subject.search(sentence.text, comma, q.number_start):
        return False
    return not any(m.label == about and sentence.local(m.start) > comma
                   for m in sentence.mentions)


def _group_phrase(sentence: Sentence, q: Quantity, about: str, clause: tuple[int, int],
                  words: FigureWords) -> bool:
    """The phrase the number stands in, from the last comma or conjunction
    before it, opens with the whole group as its subject ("…, while the group's
    margin was 6%", "…, der Konzern insgesamt kam auf 6 Prozent"), and the
    figure's subject is named before it (the group words themselves may have
    been read as it): that brand or unit's parent owns it."""
    if words.group_subject is None:
        return False
    # failing a break, the clause itself may be the phrase (opened by ", while")
    start = max((m.end() for m in _phrase_breaks(sentence, q, clause, words)),
                default=clause[0] or -1)
    group = words.group_subject.match(sentence.text, start) if start >= 0 else None
    if group is None:
        return False
    return not any(m.label == about and sentence.local(m.start) >= group.end()
                   for m in sentence.mentions)  # "the group's" itself may read as the brand


def _rated_before(document: Document, sentence: Sentence, words: FigureWords) -> str | None:
    """The company the sentence before rates or speaks of the shares of, as
    its subject: "Allergan was upgraded at Wells Fargo. The stock has lost
    20%" (a round-up of several companies, where the article's most named
    one is not the one meant)."""
    if sentence.index == 0:
        return None
    previous = document.sentences[sentence.index - 1]
    if not (words.shares.search(previous.text) or rating_context(document.lang, previous.text, previous.cache)):
        return None
    return _issuer_before(document, sentence)


def _target_before(sentence: Sentence, end: int, words: FigureWords) -> bool:
    """Whether a word of a price target stands in the sentence before ``end``: a gap to the
    price ("about 25% above the current share price") is an upside only where it follows one."""
    return any(rule.by_unit.get("currency") == "PriceTarget" and spans[0][1] <= end
               for _order, rule, spans in trigger_spans(sentence, words))


def _share_of_previous_subject(document: Document, sentence: Sentence, q: Quantity,
                               clause: tuple[int, int], words: FigureWords) -> str | None:
    """"Der Münchner Konzern hatte zuletzt profitiert. Die Aktie hat um 46
    Prozent zugelegt": a share named without its owner right before the number
    is the share of the company the sentence before speaks of (its subject,
    a company, not a bank). Only a share that opens the sentence, as its
    subject: "the fair value of the share" may be any company's."""
    share = words.shares.search(sentence.text, clause[0], q.number_start)
    if share is None:
        return None
    opening = sentence.text[:share.start()]
    if len(opening.split()) > 1 and not (words.share_possessive is not None
                                         and words.share_possessive.match(opening)):
        # "Its Hong Kong-listed shares jumped 28%": a pronoun that points back opens it too
        return None
    issuer = _issuer_before(document, sentence)
    if issuer is not None and passing_rival(document, issuer):
        # "Konkurrent Shein wächst schneller. Die Aktie stieg um 3 Prozent": a rival named in
        # passing, whose shares the sentence before did not speak of (``_rated_before``
        # reads those first), is no antecedent of the share; the article's company is
        main = salient_entity(document)
        return main if main != issuer else None
    return issuer


def _share_pronoun(document: Document, sentence: Sentence, q: Quantity,
                   clause: tuple[int, int], words: FigureWords) -> bool:
    """"Die SAP-Aktie verlor 0,7 Prozent. Seit Jahresbeginn hat sie rund 9 Prozent
    eingebüßt": a pronoun before the number (or a tally after it, "steht ein Zuwachs von
    8 Prozent zu Buche"), in a sentence naming no company, stands for the share the
    sentence before moved, where that sentence speaks of the share
    before its move ("Der Umsatz stieg um 5 Prozent. Sie …" points at no share) with
    a word that is no index's name ("Der Dax schloss höher. Seit Jahresbeginn hat
    er …": the index's move, not a share's)."""
    pronoun = words.share_pronoun is not None \
        and words.share_pronoun.search(sentence.text, clause[0], q.number_start) is not None
    tally = words.share_tally is not None \
        and words.share_tally.search(sentence.text, q.end, clause[1]) is not None
    if sentence.index == 0 or not (pronoun or tally) \
            or any(m.type in BUSINESS_TYPES for m in sentence.mentions):
        return False
    previous = document.sentences[sentence.index - 1]
    first_number = re.search(r"\d", previous.text)
    if not previous.cache.get("share_move") or first_number is None:
        return False
    indices = [m for m in previous.mentions if m.type == "MarketIndex"]
    return any(not any(m.start <= previous.start + share.start() < m.end for m in indices)
               for share in words.shares.finditer(previous.text, 0, first_number.start()))


def _issuer_before(document: Document, sentence: Sentence) -> str | None:
    """The subject of the sentence before, where it is a company whose
    shares trade and not a bank: a bank named just before a share's move or
    a rating is more often the house that rates it than the one it is about.
    At a paragraph's opening, the article's company where the headline names it and not
    that subject."""
    recent = previous_subject(document, sentence, ISSUER_TYPES)
    if recent is None or recent.type in INSTITUTION:
        return None
    if sentence.index in document.paragraph_starts:
        # "… Zuletzt hatte Siemens Aktien platziert. ¶ Die Aktie sprang um 6,8 Prozent": a share
        # opening a new paragraph is the article's company's, which the headline names, not the
        # share of another company, unnamed there, that the paragraph before ended on
        main = salient_entity(document)
        headline = {m.label for m in document.sentences[0].mentions}
        if main is not None and main != recent.label and main in headline and recent.label not in headline:
            return main
    return recent.label


_RATED_BACK = 2  # how many sentences back the rating an estimate goes with may stand


def _rated_by(document: Document, sentence: Sentence, institution: str) -> str | None:
    """The one company the institution rated in the sentences just before
    ("JPMorgan hebt das Kursziel für Siemens … Analyst X sieht den Konzern gut
    gerüstet. Für 2027 rechnet er mit einem Ergebnis je Aktie von 11,40 Euro"):
    its analyst's estimate is of that company, not the bank's own outlook."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - _RATED_BACK), -1):
        previous = document.sentences[index]
        if not any(m.label == institution for m in previous.mentions) \
                or not rating_context(document.lang, previous.text, previous.cache):
            continue
        rated = {m.label for m in previous.mentions
                 if m.type in ISSUER_TYPES and m.type not in INSTITUTION
                 and not is_credit(previous, m, document.lang)}
        # a bank rated there too ("JPMorgan stuft die Commerzbank hoch")
        rated |= rated_institutions(document, previous) - {institution}
        if rated:
            return next(iter(rated)) if len(rated) == 1 else None
        # "The brokerage cut its price target on the machinery maker": a sentence of the
        # house that names no company says nothing of which; the one before may
    return None


def _other_named_since(document: Document, sentence: Sentence, subject: str) -> bool:
    """Has the sentence right before named another company than ``subject``, the last one whose
    shares moved, and not ``subject`` itself ("…, while shares of rival Y slipped 1.1%. ¶ X's net
    sales rose 3.8%. Adjusted earnings per share came in at $0.94")? A result per share then goes
    on with the results told there, not with the rival's share move further back."""
    if sentence.index == 0:
        return False
    before = document.sentences[sentence.index - 1].mentions
    return any(m.type in ISSUER_TYPES and m.label != subject for m in before) \
        and not any(m.label == subject for m in before)


def _covered_by_count(document: Document, sentence: Sentence) -> str | None:
    """The one issuer a count of analysts in this sentence or the one before names as covered
    ("Of the 24 analysts covering Wells Fargo, 15 rate the stock buy. Their median price target
    is $101."): the consensus estimate is of that company, not of a share the text moved last.
    None where no such count stands there, where it names no issuer right after its words, or
    where the estimate's sentence names another house or issuer."""
    pattern = lexicon_pattern(document.lang, "figures", "covering_count")
    if pattern is None:
        return None
    for _back, here in document.looking_back(sentence, 1):
        found = {m.label for match in pattern.finditer(here.text) for m in here.mentions
                 if here.local(m.start) == match.end() and m.type in ISSUER_TYPES}
        if found:
            label = next(iter(found)) if len(found) == 1 else None
            # a house or another issuer named with the estimate may be its own ("… Jefferies set
            # a $60 target on Y"): the count speaks for an estimate naming none of them
            others = any(m.label != label and (m.type in ISSUER_TYPES or m.type in INSTITUTION)
                         for m in sentence.mentions)
            return None if others else label
    return None


_TURN_BACK = 4  # how many sentences back a rating of the article's company may stand


def _rated_in_turn(document: Document, sentence: Sentence, rated: frozenset[str]) -> str | None:
    """The article's company, where the analysts' passage rated it a little before the peer
    rated just before ("HSBC rates Kering hold … Bernstein kept outperform on LVMH. The stock
    has lost 22%"): the houses went through both in turn, the peer as an aside, and a share
    move told with no name is the article's company's, whose passage it is: the one that
    clearly wins, else the one that opens the headline and leads the ranking ("Kering stock
    sinks …, while LVMH shrugs off the gloom"). None where the article has no such company,
    or the sentence before already rated it."""
    main = salient_entity(document) or headline_opener(document, frozenset())
    if main is None or main in rated:
        return None
    for _back, here in document.looking_back(sentence, _TURN_BACK, first=2):
        if rating_context(document.lang, here.text, here.cache) \
                and any(m.label == main and not cited(document.lang, here, m) for m in here.mentions):
            return main
    return None


def _rated_just_before(document: Document, sentence: Sentence) -> frozenset[str]:
    """The companies the sentence before rates, when this one names no share
    of its own: "Die X-Aktie gab nach. Auch für Y wird es ungemütlicher: UBS
    stuft Y ab. Das Kursziel von 235 Euro …" speaks of Y, no longer of X.
    Not where that sentence sets Y against the line of the text ("Für Y senkte
    das Institut dagegen das Ziel. Auch Berenberg traut dem Titel 90 Euro
    zu"): Y is an aside there, and the text goes on about its own subject."""
    if sentence.index == 0 or document.share_subject(sentence, window=0) is not None:
        return frozenset()
    previous = document.sentences[sentence.index - 1]
    if sentence.index > 1 and _on_the_rating_before(document, previous) \
            and document.share_subject(previous, window=0) is None:
        # "… hob das Kursziel für Y an. Analyst X verwies auf die Rendite. Die Aktie …": a
        # sentence naming only the analyst goes on about the rating before it; so does one
        # on the rivals Y competes with ("Der Händler leide unter dem Wettbewerb mit X")
        previous = document.sentences[sentence.index - 2]
    if not rating_context(document.lang, previous.text, previous.cache):
        return frozenset()
    aside = figure_words(document.lang).contrast_aside
    if aside is not None and aside.search(previous.text):
        return frozenset()
    # a bank rated there too ("Jefferies bestätigte 'Hold' für die Commerzbank")
    return frozenset(m.label for m in previous.mentions
                     if m.type in ISSUER_TYPES and m.type not in INSTITUTION
                     and not is_credit(previous, m, document.lang)
                     and not cited(document.lang, previous, m)) | rated_institutions(document, previous)


def _on_the_rating_before(document: Document, sentence: Sentence) -> bool:
    """Does ``sentence`` name no company, or none but rivals competed with ("… im Wettbewerb
    mit X und Y") and the companies the sentence before it names ("Der Autobauer leide unter
    dem Wettbewerb mit X", its noun standing for the company rated there)? Then it goes on
    about what the sentence before it told."""
    issuers = [m for m in sentence.mentions if m.type in ISSUER_TYPES]
    if not issuers:
        return True
    rivals = [m for m in issuers if contest_object(document.lang, sentence, m)]
    before = {m.label for m in document.sentences[sentence.index - 1].mentions}
    return bool(rivals) and all(m in rivals or m.label in before for m in issuers)


def _subject_of_new_house(document: Document, sentence: Sentence,
                          rated: frozenset[str]) -> str | None:
    """The article's clear subject, when the sentence after another company's rating
    brings in a house the rating did not name: "X-Aktie: … Für den Rivalen Y senkte die
    Bank dagegen das Ziel. Auch bei Berenberg ist man zuversichtlich: Die Privatbank
    traut dem Titel 90 Euro zu" goes back to X, the company the houses are polled on;
    the aside on Y ended with its sentence. None where the article has no clear subject
    (a round-up, which moves on to the company rated) or is about the one rated."""
    main = salient_entity(document)
    if main is None or main in rated:
        return None
    previous = {m.label for m in document.sentences[sentence.index - 1].mentions}
    # the parent of a rated company is no house ("das Kursziel für die Fondstochter der
    # Deutschen Bank" speaks of the fund house rated before)
    owners = {parent for label in rated for parent in document.catalogue.parents_of(label)}
    new = any(m.type in INSTITUTION and m.label not in previous | rated | owners
              and not is_credit(sentence, m, document.lang) for m in sentence.mentions)
    return main if new else None


def _only_credited(document: Document) -> frozenset[str]:
    """The names the article gives only as a source credit ("laut dem
    Finanzdienst Bloomberg", "polled by LSEG") or as the house of a consensus
    ("above an LSEG SmartEstimate of 17.4 trillion won"): a data service counts and
    polls, it is not what the figures are about, not even where a later "der
    Konzern" is resolved to it as the last company named."""
    return named_only_as(document, "only-credited",
                         lambda sentence, m: is_credit(sentence, m, document.lang)
                         or names_consensus(document.lang, sentence, m))


_RECENCY_REFERENCES = frozenset({"reference/company", "reference/institution",
                                 "reference/possessive"})


def _forward_reference(document: Document, mention: Mention) -> bool:
    """"The company raised HK$4.7 billion" resolved to a company the text
    names only later: news refers back, not ahead, so the figure's owner is
    one the resolver could not see."""
    if mention.rule not in _RECENCY_REFERENCES:
        return False  # a unit named by its keyword ("die Gaming-Sparte") may come first
    return not any(m.label == mention.label and m.start < mention.start
                   and not m.rule.startswith("reference/")
                   for s in document.sentences if s.start < mention.start for m in s.mentions)


def _owns_unit_before(document: Document, sentence: Sentence, mention: Mention) -> bool:
    """"Die Cloud-Sparte von Alibaba steigerte den Umsatz", "the cloud unit of
    Alibaba": the name after a unit in the genitive is the unit's parent, and
    the unit is the subject whose figures follow."""
    key = "figures/units"
    if key not in sentence.cache:  # asked for every candidate owner of every number
        sentence.cache[key] = [m for m in sentence.mentions if m.type == "BusinessUnit"]
    units: list[Mention] = sentence.cache[key]  # type: ignore[assignment]
    return any(unit.end <= mention.start
               and mention.label in (unit.owner, document.catalogue.parent_of(unit.label))
               and is_bound(sentence, mention, (sentence.local(unit.start), sentence.local(unit.end)),
                            document.lang)
               for unit in units)


def _modifier(sentence: Sentence, mention: Mention) -> bool:
    """"the company's cloud platform", "citing Azure's momentum": a
    possessive reference or a possessive after the verb modifies a noun; it
    is not what the number is about."""
    if mention.rule not in _RECENCY_REFERENCES:
        return False  # a unit named by its keyword ("die Gaming-Sparte") may come first
    rest = sentence.text[sentence.local(mention.end):sentence.local(mention.end) + 2]
    return mention.surface.endswith(("'s", "’s")) or rest.startswith(("'s", "’s"))


_POSSESSIVE = ("'s", "’s")


def _possessive_name(sentence: Sentence, mention: Mention) -> bool:
    """Is the name printed as a possessive ("LVMH's", "LVMH ’s")? It owns the noun after it."""
    return mention.surface.endswith(_POSSESSIVE) \
        or sentence.text.startswith(_POSSESSIVE, sentence.local(mention.end))


def _investee_of_share(sentence: Sentence, about: str, words: FigureWords) -> bool:
    """Is ``about`` named only as the company whose losses or profits another holds a share
    of ("its share of OpenAI's losses reduced net income by $3.1 billion", "Der Anteil an den
    Verlusten von OpenAI verringerte den Gewinn")? The amount is what that share did to the
    owner's income, no figure of the company named. Where it is named besides in a
    relative clause closed before that share ("Microsoft, which holds a stake of 27% in
    OpenAI, said its share of OpenAI's losses …"), that clause tells of the stake, and the
    amount is still no figure of it."""
    if words.investee_share is None:
        return False
    named = [m for m in sentence.mentions if m.label == about]
    spans = [(found.start("name"), found.end("name"))
             for found in words.investee_share.finditer(sentence.text)]
    return bool(named) and bool(spans) and all(
        any(lo <= sentence.local(m.start) < hi for lo, hi in spans)
        or closed_relative(words.lang, sentence.text, sentence.local(m.start),
                           sentence.local(m.end), spans[0][0]) is not None
        for m in named)


def _person_owns(sentence: Sentence, trigger: tuple[int, int]) -> bool:
    """Does a person's name in the possessive stand right before the metric word, at most
    two words between ("John Schindler's stock rose 3%", "Jane Doe's own shares")? What the
    word names is that person's, so the company of the passage may not take its number."""
    for mention in sentence.mentions:
        if mention.type != "Person":
            continue
        end = sentence.local(mention.end)
        if mention.surface.endswith(_POSSESSIVE):
            end -= 2
        if sentence.text.startswith(_POSSESSIVE, end) \
                and _OWNED_WORDS.fullmatch(sentence.text, end + 2, trigger[0]) is not None:
            return True
    return False


_OWNED_WORDS = re.compile(r"\s+(?:[\w-]+\s+){0,2}")


def _possessive_in_apposition(sentence: Sentence, mention: Mention, q: Quantity) -> bool:
    """"Zeekr, Geely's premium brand, sold 52,480 vehicles": a possessive
    that opens an apposition to the name before it describes that name; the
    number after the apposition is the name's, not the possessive's."""
    at, end = sentence.local(mention.start), sentence.local(mention.end)
    if not _possessive_name(sentence, mention):
        return False
    if "," not in sentence.text[end:q.number_start]:
        return False  # the apposition has not closed before the number
    return any(0 <= at - sentence.local(other.end) <= 2
               and sentence.text[sentence.local(other.end):at].strip() == ","
               for other in sentence.mentions if other is not mention)


def _forward_house(document: Document, sentence: Sentence, q: Quantity,
                   clause: tuple[int, int], words: FigureWords) -> str | None:
    """The house whose forecast a multiple of earnings to come is ("Die Deutsche Bank
    bleibt bei Hold – die Bewertung sei mit einem KGV von 38 für 2027 ambitioniert"):
    the institution last named before it in its sentence, or in the sentence before
    where its analyst speaks ("'The stock trades at 70 times next year's sales,'
    analyst X wrote"); None where no house gives it (a reporter's multiple after a
    sentence of targets is a plain one)."""
    if words.forward_multiple is None \
            or not words.forward_multiple.search(_near(sentence.text, q, clause)):
        return None
    analyst = words.analyst_words is not None and words.analyst_words.search(sentence.text)
    house = document.recent(sentence, INSTITUTION, before=sentence.start + q.start,
                            window=1 if analyst else 0)
    return None if house is None or is_adviser(document, house) else house.label


def _near(text: str, q: Quantity, clause: tuple[int, int]) -> str:
    """The words that speak of this number: its clause up to it, and a few after."""
    return text[clause[0]:min(len(text), q.end + 25)]


def _outlook_before_colon(text: str, clause: tuple[int, int], words: FigureWords) -> bool:
    """Does the sentence name an outlook of its own before a colon that opens the number's
    clause ("bestätigte die Prognose: Der Umsatz soll um 6 bis 8 Prozent wachsen", "confirmed
    its outlook: revenue …")? The words after the colon are that outlook; whose it is the
    house check of :func:`_status` still decides."""
    colon = text.rfind(": ", 0, clause[0] + 2)
    return colon >= 0 and not text[colon + 1:clause[0]].strip(" \"'„“”‘’") \
        and words.guidance.search(text, 0, colon) is not None


def _forecast_word(sentence: Sentence, q: Quantity, clause: tuple[int, int],
                   words: FigureWords) -> bool:
    """A word of a forecast among the words that speak of the number (:func:`_near`),
    outside the names of the sentence: "Target shares fell 7% to $88.20" names the
    retailer, and sets no target."""
    for found in words.forecast.finditer(sentence.text, clause[0],
                                         min(len(sentence.text), q.end + 25)):
        at = sentence.start + found.start()
        if not any(m.start <= at < m.end for m in sentence.mentions):
            return True
    return False


def _status(document: Document, sentence: Sentence, q: Quantity, metric: str, words: FigureWords,
            present: frozenset[re.Pattern[str]], clause: tuple[int, int]) -> tuple[str, str | None]:
    text = sentence.text
    if words.versus_estimate is not None and metric not in ESTIMATE_METRICS \
            and words.versus_estimate.match(text, q.end):
        return "Reported", None  # "Earnings per share: $1.42 vs. $1.55 expected"
    forecast = words.forecast in present and _forecast_word(sentence, q, clause, words)
    if _is_previous(text, q, document.lang) or _earlier_after_value(sentence, q, words) \
            or metric in ESTIMATE_METRICS and _old_estimate_in_brackets(sentence, q, words, document.lang):
        if metric not in ESTIMATE_METRICS and not forecast:
            # "die Papiere stiegen von 66,82 auf 70,62 Euro": a value reported before, which
            # no house estimated, whoever the sentence names
            return "Previous", None
        status = "Previous"
    elif metric in ESTIMATE_METRICS:
        status = "Estimate"
    elif forecast:
        # an institution named before the number makes it its forecast, even with
        # "will" ("Nomura estimates that JD.com will spend …"); else the company's plan
        near = _near(text, q, clause)
        own = None if words.own_forecast is None else words.own_forecast.search(text, clause[0], q.start)
        # "Analysten von X erwarten …, das Unternehmen selbst rechnet mit …": the company's own
        # forecast, nearer the number, is no house's, whatever house the words before name
        since = sentence.start + (own.start() if own is not None else 0)
        analyst = any(m.type in INSTITUTION and not is_adviser(document, m) for m in sentence.mentions
                      if since <= m.start and m.end <= sentence.start + q.start)
        guided = words.guidance in present and (words.guidance.search(near)
                                                or _outlook_before_colon(text, clause, words)) \
            or own is not None
        status = "Guidance" if guided and not analyst else "Estimate"
    else:
        return "Reported", None
    if status == "Guidance":
        return status, None
    listed, paired = respective(sentence, q.number_start, lambda m: m.type in INSTITUTION,
                                document.lang)
    if listed:  # "JPMorgan and Citi see $95 and $105, respectively"
        return status, paired
    if unpaired_list(sentence, q.number_start, lambda m: m.type in INSTITUTION, document.lang):
        return status, None  # "JPMorgan and Citi set targets of $95 and $105": no word pairs them
    bracketed = _house_in_brackets(sentence, q)
    if bracketed is not None:  # "250 Euro (Jefferies), 240 Euro (UBS)": each value's own house
        return status, bracketed
    window = _estimator_window(sentence, q, metric, words)
    # "targets to 102 pence for Lloyds, 560 pence for NatWest": the banks valued are no houses
    valued = _valued_banks(document, sentence)
    institution = document.recent(sentence, INSTITUTION, before=sentence.start + q.start,
                                  window=window, exclude=valued)
    home = document.sentence_at(institution.start) if institution is not None \
        and institution.start < sentence.start else None
    if institution is not None and home is not None \
            and institution.label in rated_institutions(document, home):
        # "Citigroup hat die Deutsche Bank hochgestuft. … Für 2027 rechnet er mit …": a bank
        # rated before is what the estimate is of, the house is the one that rated it
        institution = document.recent(sentence, INSTITUTION, before=sentence.start + q.start,
                                      window=window, exclude=frozenset({institution.label}))
    elif institution is not None and home is not None:
        # "Weniger zuversichtlich ist KBW bei der Deutschen Bank. Die Experten … kappten das
        # Kursziel auf 27 Euro": the bank the house's view was on is valued, the house values it
        institution = viewing_house(document, institution) or _speaking_house(document, home, institution) \
            or institution
    if institution is not None and is_adviser(document, institution):
        institution = None  # "Medtronic, which is being advised by Morgan Stanley, expects …"
    if institution is not None and institution.start < sentence.start \
            and (_pronoun_of_several_houses(document, sentence, q, window, words)
                 or coordinated(document, institution, INSTITUTION)):
        # "X of Jefferies and Y of Morgan Stanley … She raised her target", "Jefferies and
        # Morgan Stanley raised … The bank's target": no house clearly wins
        institution = None
    if institution is not None and institution.start < sentence.start and metric in ESTIMATE_METRICS:
        institution = _house_after(document, sentence, q, valued) or institution
    if institution is not None and _unit_owner(document.lang, sentence, institution):
        # "Die LBBW senkte die DWS auf 'Untergewichten'. Das Kursziel für die Fondstochter der
        # Deutschen Bank belassen die Stuttgarter …": the bank owns the unit valued; the house is
        # the one named before it that no rating there rates
        institution = _house_before(document, sentence, institution)
    if institution is None:
        later = [m for m in sentence.mentions if m.type in INSTITUTION and m.label not in valued
                 and not is_adviser(document, m)]
        institution = later[0] if later else None
    if institution is None:
        if status == "Estimate" and _company_outlook(text, metric, words):
            return "Guidance", None  # "Der Umsatz soll auf 36 Milliarden Euro steigen"
        return ("Estimate" if status != "Previous" else status), None
    return status, institution.label


def _company_outlook(text: str, metric: str, words: FigureWords) -> bool:
    """Is a forecast that no house near owns the company's own outlook? It is, unless the
    sentence gives it to others (analysts, the market, media and their sources) or hedges it
    as the writer's guess ("dürfte", "could"), or the figure is one of the market's (a price,
    a move, a multiple), which no company guides."""
    return metric not in _MARKET_METRICS and words.others_forecast is not None \
        and words.others_forecast.search(text) is None


def _speaking_house(document: Document, home: Sentence, bank: Mention) -> Mention | None:
    """The one other institution ``home`` names as the employer of analysts who speak, where
    ``bank`` is not so named ("KBW analyst X said the bank's cost cuts … He now sees earnings
    per share of $11.40"): the analysts speak of the bank, and the forecast after is theirs."""
    if credited_as_analysts(document.lang, home, bank):
        return None
    speaking = {m.label: m for m in home.mentions if m.type in INSTITUTION and m.label != bank.label
                and credited_as_analysts(document.lang, home, m)}
    return next(iter(speaking.values())) if len(speaking) == 1 else None


def _pronoun_of_several_houses(document: Document, sentence: Sentence, q: Quantity, window: int,
                               words: FigureWords) -> bool:
    """An analyst's pronoun before the number ("She raised her target to …") that stands
    for no one person (two fit it) in a sentence naming no house, where the nearest
    sentence before it that names houses names two or more: whose analyst she is no
    candidate clearly tells, so the estimate is no house's. A pronoun resolved to its
    analyst, or after a sentence naming one house, or one house whose analyst speaks there
    beside the bank spoken of, keeps the house."""
    if words.analyst_pronouns is None or not words.analyst_pronouns.search(sentence.text, 0, q.start) \
            or any(m.type in INSTITUTION or m.type == "Person" for m in sentence.mentions):
        return False
    for _back, here in document.looking_back(sentence, window, first=1):
        houses = {m.label for m in here.mentions if m.type in INSTITUTION and not is_adviser(document, m)}
        if houses:
            # "KBW analyst X said the bank's cost cuts …": the one house whose analyst speaks
            return len(houses) > 1 and len({m.label for m in here.mentions if m.label in houses
                                            and credited_as_analysts(document.lang, here, m)}) != 1
    return False


def _house_after(document: Document, sentence: Sentence, q: Quantity,
                 valued: frozenset[str] = frozenset()) -> Mention | None:
    """The first house named after a target in its own sentence, which names
    none before it ("Mit „Underweight" und einem Kursziel von 41 Euro bleibt
    Barclays dagegen skeptisch"): the target's, not that of a house the
    sentence before named; none of the banks ``valued`` in the sentence ("102 pence for
    Lloyds"), which are rated, not rating."""
    return next((m for m in sentence.mentions if m.type in INSTITUTION and m.label not in valued
                 and m.start >= sentence.start + q.end and not is_adviser(document, m)), None)


def _listed_metric(document: Document, sentence: Sentence, q: Quantity, words: FigureWords,
                   found: Found) -> Found | None:
    """The metric of a number listed with others after as many metric words listed before
    them ("Apple's revenue and profit rose 5% and 8%"): paired in order, the first number the
    first word's, for the closest word is only the last number's. None where the counts
    differ; ``found`` itself where the number or its word is listed with none."""
    span = found[2]
    place = number_run(sentence, q.number_start, document.lang)
    if span is None or place is None or span[1] > q.start or words.joined is None:
        return found
    kind, text = unit_kind(q), sentence.text
    before = sorted(((start, end, rule.by_unit[kind], rule) for _order, rule, spans in trigger_spans(sentence, words)
                     if not rule.generic and rule.by_unit.get(kind) is not None
                     for start, end in spans if end <= span[0]), key=lambda item: item[0], reverse=True)
    chain: list[tuple[str, MetricRule | None, tuple[int, int] | None]] = [found]
    opening = span[0]
    for start, end, metric, rule in before:
        if end > opening:
            continue
        gap = text[end:opening].strip(" ,")
        if gap and not words.joined.fullmatch(gap):
            break
        chain.insert(0, (metric, rule, (start, end)))
        opening = start
    if len(chain) < 2 or len({metric for metric, _rule, _span in chain}) < 2:
        return found
    index, count = place
    return chain[index] if count == len(chain) else None


def _house_in_brackets(sentence: Sentence, q: Quantity) -> str | None:
    """The house named alone in brackets right after the value ("Kursziel: 250 Euro
    (Jefferies), 240 Euro (UBS)"): a source cited so owns that value, not the house
    named first in the sentence. None where no house stands so."""
    text = sentence.text
    opening = _BRACKET_OPEN.match(text, q.end)
    if opening is None:
        return None
    for m in sentence.mentions:
        if m.type in INSTITUTION and sentence.local(m.start) == opening.end() \
                and _BRACKET_CLOSE.match(text, sentence.local(m.end)):
            return m.label
    return None


def _implied_by_target(document: Document, sentence: Sentence, q: Quantity,
                       words: FigureWords) -> str | None:
    """The house whose price target a market value is the consequence of ("X at Morgan
    Stanley set a target of $415. That implies 35% upside. It also implies a market value of
    $5 trillion", "Würde das Kursziel des HSBC-Analysten erreicht, wäre Nvidia mit 7,8
    Billionen Dollar bewertet"): the words of implying come before the number, the house is
    named before the number in this sentence or in one before from which every sentence
    between opens with such words, it is no adviser and no bank rated, and a target is told
    from its sentence on; None otherwise, so a market value the company reports, or one told
    after a share price in between, keeps its reading."""
    implies = words.target_implies
    cue = None if implies is None else implies.search(sentence.text, 0, q.start)
    if implies is None or cue is None:
        return None
    house = document.recent(sentence, INSTITUTION, before=sentence.start + q.start, window=2)
    if house is None or is_adviser(document, house):
        return None
    home = document.sentence_at(house.start)
    if home is None or house.label in rated_institutions(document, home):
        return None
    between = document.sentences[home.index + 1:sentence.index]
    if not all(implies.match(s.text) for s in between):
        return None
    told = " ".join(s.text for s in document.sentences[home.index:sentence.index]) \
        + " " + sentence.text[:q.start]
    if not any(r.words.search(told) for r in words.metrics if "PriceTarget" in r.by_unit.values()):
        return None
    return house.label


def _estimator_window(sentence: Sentence, q: Quantity, metric: str, words: FigureWords) -> int:
    """How many sentences back the house of an estimate may be named: a target, rating or
    fair value is the house's wherever the passage names it, and so is a forecast an analyst
    speaks of in the sentence ("Analyst X now expects", "He expects", "rechnet er"); but a
    forecast of what the company will do ("soll mehr der rund 400.000 Firmenkunden locken")
    is a house's only when its own sentence names one, or the sentence before when this one
    opens with its reason ("Der Grund:")."""
    if metric in ESTIMATE_METRICS:
        return 2
    before = sentence.text[:q.start]
    spoken = any(m.type == "Person" and sentence.local(m.end) <= q.start for m in sentence.mentions) \
        or any(p is not None and p.search(before) for p in (words.analyst_words, words.analyst_pronouns))
    if spoken:
        return 2
    # "… hält an ihrem Kaufvotum fest. Der Grund: X soll um rund 35 Prozent zulegen": the house
    # of the sentence before gives its reason
    return 1 if words.reason_opener is not None and words.reason_opener.match(sentence.text) else 0


def _publication_voice(document: Document, sentence: Sentence, q: Quantity) -> bool:
    """Does a publication's own voice give the estimate, its words before the number and no
    house the sentence names before them ("In its weekly column, investment newsletter X named
    Y its top pick, with a target of $90")? Then the target is the publication's pick, not the
    house an earlier sentence named. "Jefferies, in a note to its newsletter readers, set …"
    keeps its house, and so does any sentence naming one."""
    words = figure_words(document.lang).publication_voice
    if words is None or words.search(sentence.text, 0, q.start) is None:
        return False
    return not any(m.type in INSTITUTION for m in sentence.mentions)


@lru_cache(maxsize=4)
def _unit_owner_before(lang: str) -> re.Pattern[str] | None:
    """The words that make the name after them a unit's owner ("die Fondstochter der"),
    compiled once a language: a bank so named is valued, not the house that values."""
    words = lexicon(lang)["references"].get("unit_owner_before")
    return re.compile(words) if words else None


def _unit_owner(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention in the sentence named only as the owner of a unit just named ("die
    Fondstochter der Deutschen Bank", "the asset-management arm of Deutsche Bank")?"""
    pattern = _unit_owner_before(lang)
    if pattern is None or not sentence.start <= mention.start < sentence.end:
        return False
    at = sentence.local(mention.start)
    return pattern.search(sentence.text, max(0, at - 40), at) is not None


def _house_before(document: Document, sentence: Sentence, owner: Mention) -> Mention | None:
    """The last institution named before ``owner`` in the sentence or the two before it that
    owns no unit named there and that no rating of its sentence rates; None where there is none."""
    for _back, here in document.looking_back(sentence, 2):
        rated = rated_institutions(document, here)
        for m in reversed(here.mentions):
            if m.type in INSTITUTION and m.end <= owner.start and m.label not in rated \
                    and not _unit_owner(document.lang, here, m):
                return m
    return None


def _aside_label(text: str, q: Quantity, words: FigureWords) -> str | None:
    """The label of a number in brackets right after another ("Vorjahr: " in
    "5,4 (Vorjahr: 5,2) Milliarden"; "" for "(5,2)"); None for any other number.

    The label ends at the number and holds at most :data:`ASIDE_LABEL_LONGEST`
    characters after its bracket: without a bracket that close, the pattern
    (tried at each of the 60 characters before) cannot match."""
    if text.rfind("(", max(0, q.start - ASIDE_LABEL_LONGEST - 1), q.start) < 0:
        return None
    found = words.aside_label.search(text, max(0, q.start - 60), q.start)
    return found.group("label") if found is not None else None


# The new value after "auf", "to": a number, maybe after a qualifier or a currency.
_NUMBER_NEXT = re.compile(r"\s*(?:[^\W\d]+\.?\s+){0,2}?(?:[A-Za-z]{0,3}[$€£¥])?\s*[-+\u2212]?\d")


def _superseded(text: str, q: Quantity, words: FigureWords) -> bool:
    """A value the new one replaces: "statt wie bisher mit 7 bis 10 Prozent"."""
    return words.superseded_before is not None and bool(
        words.superseded_before.search(text, max(0, q.start - 50), q.start))


_NEW_VALUE_SPAN = 40  # how long the new value after "auf" may be written


def _is_previous(text: str, q: Quantity, lang: str) -> bool:
    """The 700 in "von 700 auf 760 Dollar", "from $650 to $675" or
    "to $250 from $230"; the 13,0 in "13,5 (zuvor: 13,0) Milliarden"."""
    words = figure_words(lang)
    label = _aside_label(text, q, words)
    if label is not None and words.aside_superseded is not None \
            and words.aside_superseded.fullmatch(label):
        return True
    if _superseded(text, q, words):
        return True  # "statt wie bisher mit 7 bis 10 Prozent"
    head = text[max(0, q.start - 6):q.start]
    to = words.previous_to.match(text, q.end) if words.previous_from.search(head) else None
    if to is not None and _NUMBER_NEXT.match(text, to.end()):
        # not "mit einem Kursziel von 260 Euro auf 'Buy' belassen"; nor "ein Rückgang von 9
        # Prozent auf 3,8 Milliarden Euro": a change and the level it led to are no old and
        # new value of one figure
        new = find_quantities(text[to.end():to.end() + _NEW_VALUE_SPAN], lang)
        return q.unit in (None, "Count") or not new or new[0].unit is None \
            or unit_kind(new[0]) == unit_kind(q)  # "von 900 Millionen auf 1,1 Milliarden Euro"
    if words.previous_after_new.search(text[max(0, q.start - _NEW_BEFORE_OLD_SPAN):q.start]):
        return True
    return _alternative_of_previous(text, q, lang)


_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)!?]|$)")  # nothing more said of the number


def _earlier_after_value(sentence: Sentence, q: Quantity, words: FigureWords) -> bool:
    """The 454 in "came in at 712 million euros, up from 454 million euros" or "auf 10,9
    Prozent nach 10,3 Prozent": a number right after a value of the same unit and the words
    that compare the two is that figure's earlier value, though no time word dates it (news
    compares with the year before unless it says otherwise). Only where its clause ends with
    it: words after it say whose or of when it is ("bei ABB", "im Vorquartal", "expected by
    analysts"), and other rules read them."""
    pattern = words.earlier_after_value
    text = sentence.text
    found = None if pattern is None else pattern.search(text, max(0, q.start - _NEW_BEFORE_OLD_SPAN),
                                                        q.start)
    if found is None or not _CLAUSE_ENDS.match(text, q.end):
        return False
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    new = next((p for p in reversed(quantities) if p.end <= found.end() and p.start < q.start), None)
    return new is not None and new.unit == q.unit and new.number_start <= found.start() < new.number_end


def _old_estimate_in_brackets(sentence: Sentence, q: Quantity, words: FigureWords, lang: str) -> bool:
    """"Ziel 90 (80) Euro", "PT $90 ($80)": a number alone in brackets right after another of
    the same unit, as analysts' lists print a target and the one it replaces. Only an
    estimate's: a reported figure's bracket holds the year before's ("5,2 (4,8) Milliarden"),
    and one in another unit is a conversion ("$90 (€83)")."""
    text = sentence.text
    if _aside_label(text, q, words) != "":
        return False
    before = [found for found in quantities_of(sentence, lang) if found.end <= q.start]
    return bool(before) and before[-1].unit == q.unit \
        and not text[before[-1].end:q.start].strip(" (")


_NEW_BEFORE_OLD_SPAN = 90  # "to $2.1 billion, or $2.45 a share, from": the new value's reach


def _alternative_of_previous(text: str, q: Quantity, lang: str) -> bool:
    """The same old value in another unit, after it ("from $1.8 billion, or $2.10 a
    share"): as old as the value it restates."""
    amount_or = figure_words(lang).amount_or
    head = text[max(0, q.start - 8):q.start]
    joined = amount_or.search(head) if amount_or is not None else None
    if amount_or is None or joined is None or joined.end() != len(head):
        return False
    before = find_quantities(text[:q.start], lang)
    return bool(before) and amount_or.fullmatch(text, before[-1].end, q.start) is not None \
        and _is_previous(text, before[-1], lang)


__all__ = ["find_figures", "sentence_figures"]
