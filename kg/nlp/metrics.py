"""Metric words: which metric a number reports, from the trigger word
closest to it in its clause.

The ``[[metrics]]`` entries of the lexicon become :class:`MetricRule`
patterns (German ones also match as the tail of a compound); together with
the ``[figures]`` phrases of rise, fall, forecast and the like they form a
language's :class:`FigureWords`. :func:`metric_of` picks the metric for a
quantity; :mod:`kg.nlp.figures` decides the rest of the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.document import CLAUSE_COMMA, ISSUER_TYPES, Sentence, closed_relative
from kg.nlp.lang import info, lexicon, not_names
from kg.nlp.prefilter import Prefilter, prepares
from kg.nlp.quantities import Quantity, find_quantities, is_date_or_year_like

# Amounts per share: never in millions or billions.
PER_SHARE_METRICS = frozenset({"SharePrice", "PriceTarget", "FairValue", "EarningsPerShare"})
ESTIMATE_METRICS = frozenset({"PriceTarget", "FairValue", "UpsidePotential"})
_MAX_BEFORE = 140
_MAX_AFTER = 32
_CAUSE_PENALTY = 3.0  # how much farther a metric word that names a cause counts


@dataclass(frozen=True)
class MetricRule:
    words: re.Pattern[str]
    by_unit: dict[str, str]
    negative: bool
    generic: bool  # a word that says little ("Aktie"): a specific one further away wins
    own_volume: bool = False  # "Tonnen": a company's only as its clause's subject or possessor


@dataclass(frozen=True)
class FigureWords:
    metrics: tuple[MetricRule, ...]
    triggers: Prefilter  # which metric rules can match a sentence
    down: re.Pattern[str]
    up: re.Pattern[str]
    forecast: re.Pattern[str]
    guidance: re.Pattern[str]
    amounting_to: re.Pattern[str]
    converted: re.Pattern[str]
    not_a_figure: re.Pattern[str]
    clause_break: re.Pattern[str]  # where a clause ends: ";", " – ", ", while", "und X"
    shares: re.Pattern[str]  # words of the share and its trading, also as a compound's tail
    per_share: re.Pattern[str]  # "je Aktie", "per share"
    move_to: re.Pattern[str]  # between a move and the price it moved to: " auf ", " to "
    change_by: re.Pattern[str]  # before the size of a change: "um", "by"
    level_before: re.Pattern[str]  # "sank auf 4,2 Prozent": a level reached, not a change
    tolerance: re.Pattern[str]  # "plus or minus 2%": the tolerance of a guided value
    previous_from: re.Pattern[str]  # "von" before an old value
    previous_to: re.Pattern[str]  # "auf" after it, before the new one
    previous_after_new: re.Pattern[str]  # "to $250 from": the old value after the new
    phrases: Prefilter  # of the patterns above, which can match a sentence
    count_followers: re.Pattern[str]  # after a count, words that are not what it counts
    nouns_capitalised: bool  # a capitalised word after a count is the noun it counts
    cause_before: re.Pattern[str]  # "trotz des": the metric word after it names a cause
    stake: re.Pattern[str]  # a value after a stake is the stake's
    portion_after: re.Pattern[str]  # "70% of analysts": a portion of a group
    market: re.Pattern[str]  # "market": a portion of it is a market share
    foreign_subject: re.Pattern[str] | None  # "ein Rivale", "the market": no named company
    government_subject: re.Pattern[str] | None  # "die Bundesregierung": the country's figure
    foreign_volume: re.Pattern[str] | None  # "Weltweit wurden …": no company's volume
    relative_clause: re.Pattern[str] | None  # ", die 6,2 Prozent": the name before owns it
    share_count: re.Pattern[str] | None  # "48 Millionen Aktien": right after a count
    deal_count: re.Pattern[str] | None  # "12 orders", "12 Aufträge": right after a count of deals
    shares_traded: re.Pattern[str] | None  # "changed hands": right after the shares counted
    company_kind_after: re.Pattern[str] | None  # "company" after "investment": a kind, no metric
    aside_label: re.Pattern[str]  # "5,4 (Vorjahr: 5,2 …": the label of the number in brackets
    aside_prior: re.Pattern[str] | None  # a label of the year before: "Vorjahr"
    aside_superseded: re.Pattern[str] | None  # a label of a superseded value: "zuvor"
    superseded_before: re.Pattern[str] | None  # "statt wie bisher mit": an old value next
    job_cut_before: re.Pattern[str] | None  # "streicht 6.000 Stellen": a headcount cut
    job_cut_after: re.Pattern[str] | None  # "6.000 Stellen streichen": … the words after it
    sold_before: re.Pattern[str] | None  # "sold … shares at $232 a share": a sale price
    sale_to: re.Pattern[str] | None  # "verkauft … an ": a sale, its buyer next
    sold_count_to: re.Pattern[str] | None  # "Verkauf von 4.100 Wohnungen an den ": the buyer next
    closure_before: re.Pattern[str] | None  # "will close ": the count after is a cut
    prior_ellipsis: re.Pattern[str] | None  # "Im Vorjahr waren es ": the year before's value
    purchase_price: re.Pattern[str] | None  # "Kaufpreis": the price of a sale
    priced_for: re.Pattern[str] | None  # "Kaufpreis für die Sparte ": the name next is sold
    bought_from: re.Pattern[str] | None  # "kauft ein Paket von der ": the name next sells
    unit_subject: re.Pattern[str] | None  # "Die Sparte X": a unit speaks, not its parent
    own_forecast: re.Pattern[str] | None  # "X-Chef Y hob die Prognose an": the company's
    others_forecast: re.Pattern[str] | None  # "Analysten erwarten": no guidance of the company
    # "expects Deutsche Bank | to post": the verb of expecting ending right before a name, and
    # the verb of reporting opening right after it
    expecting_other: re.Pattern[str] | None
    expecting_other_to: re.Pattern[str] | None
    benchmark_before: re.Pattern[str] | None  # "lost 8%, lagging the Nikkei": a benchmark next
    group_metric: re.Pattern[str] | None  # "Solvenzquote": a figure of the whole company
    maker_book: re.Pattern[str] | None  # "Auftragsbestand": the maker's book, no product's
    versus_estimate: re.Pattern[str] | None  # "$1.42 vs. $1.55 expected": the actual one
    change_of: re.Pattern[str] | None = None  # "10% drop in … revenue": the word is the 10's
    price_change_after: re.Pattern[str] | None = None  # "20% price increase": a price's
    price_change_before: re.Pattern[str] | None = None  # "Preiserhöhung um 20 Prozent"
    sign_after: re.Pattern[str] | None = None  # " im " of "1 Prozent im Plus": the sign's own
    reference_after: re.Pattern[str] | None = None  # " below" of "6% below its last close"
    # "von 30 und " between a premium word and the last percentage of its list
    premium_list_link: re.Pattern[str] | None = None
    pair_before_and: re.Pattern[str] | None = None  # "both Airbus ": the "and" next joins a pair
    compared_from: re.Pattern[str] | None = None  # " from" right after "down": an earlier value
    # "712 million euros, up from ", "10,9 Prozent nach ": a value and the words before the
    # earlier value of the same figure
    earlier_after_value: re.Pattern[str] | None = None
    takeover: re.Pattern[str] | None = None  # "X will Y übernehmen": Y is bought
    takeover_passive: re.Pattern[str] | None = None  # "von X übernommen": the order turned
    offer_premium: re.Pattern[str] | None = None  # "Aufschlag", "premium" of an offer
    offer_values: re.Pattern[str] | None = None  # "bewertet die Offerte": the bidder pays it
    # "does not already own", "die restlichen Aktien": the bidder buys only the rest
    offer_rest: re.Pattern[str] | None = None
    valued_aside: re.Pattern[str] | None = None  # ", valued at": the name before is valued
    financing: re.Pattern[str] | None = None  # "finanziert", "bridge loan": a purchase's debt
    this_quarter: re.Pattern[str] | None = None  # "im Quartal": the article's quarter
    new_programme: re.Pattern[str] | None = None  # "kündigte … an", "approved a new": a plan set up
    amount_or: re.Pattern[str] | None = None  # ", or ": the same value in another unit next
    listed_before: re.Pattern[str] | None = None  # "mit den Marken A, B und ": a list's items
    listed_after: re.Pattern[str] | None = None  # ", B und C" after its first item
    lang: str = ""  # whose relative clauses (kg.nlp.document.relative_clauses) a metric word skips
    ratio_after: re.Pattern[str] | None = None  # "-to-1": the number opens a ratio
    ratio_before: re.Pattern[str] | None = None  # "2.3-to-": the number closes a ratio
    joined: re.Pattern[str] | None = None  # "and": a metric word after it is the next predicate's
    model_before: re.Pattern[str] | None = None  # "vom Typ Boeing ": a model's number next
    antecedent_particles: re.Pattern[str] | None = None  # "im SMI an, der …": "an"
    own_plan: re.Pattern[str] | None = None  # "its plan, which …": the company's own plan
    word_after_number: re.Pattern[str] | None = None  # " in " of "$4bn in sales"
    estimate_link: re.Pattern[str] | None = None  # " von " of "Kursziel von 820 Dollar"
    analyst_words: re.Pattern[str] | None = None  # "Analyst": an analyst speaks
    index_move_after: re.Pattern[str] | None = None  # "% advance in the ": an index next
    table_unit: re.Pattern[str] | None = None  # "(in Mio. Euro)": a table's unit
    order_words: re.Pattern[str] | None = None  # "Großauftrag": an order won
    client_before: re.Pattern[str] | None = None  # "von den ": the client who ordered next
    order_placed: re.Pattern[str] | None = None  # "erteilt": the subject places the order
    order_taken: re.Pattern[str] | None = None  # "abgejagt": the order is taken from a rival
    order_object_after: re.Pattern[str] | None = None  # " einen Auftrag": the name before gets it
    exchange_move: re.Pattern[str] | None = None  # "an der Börse": a share moved there
    order_recipient_before: re.Pattern[str] | None = None  # "an ": the one the order goes to next
    client_after: re.Pattern[str] | None = None  # " bestellt": the name before ordered
    client_genitive: re.Pattern[str] | None = None  # "Großauftrag der ": the client in the genitive next
    share_genitive: re.Pattern[str] | None = None  # " des Windturbinenbauers um ": the share's owner before its move
    topic_colon: re.Pattern[str] | None = None  # "beim Umsatz …": a topic up to a colon
    gloss_open: re.Pattern[str] | None = None  # ", the difference between …,": a gloss opens
    earlier_link: re.Pattern[str] | None = None  # ", nach ": an earlier value of a figure next
    earlier_after_aside: re.Pattern[str] | None = None  # ", or $5.31 a share, from ": past an aside
    # " bei Elektro- und Hybridautos in China, nach ": the link past a longer phrase, for a number a
    # generic word of that phrase would name
    earlier_link_far: re.Pattern[str] | None = None
    apposition_owner: re.Pattern[str] | None = None  # "Its Finnish unit": a name set off next
    unit_apposition: re.Pattern[str] | None = None  # ", the company's sneaker label, " after a name
    apposition: re.Pattern[str] | None = None  # ", the family's holding company, " after a name
    peer_before_name: re.Pattern[str] | None = None  # "rival ": another company's name next
    # "in A und B investieren.": the "und" (group "and") joins the preposition's two objects
    joined_objects: re.Pattern[str] | None = None
    pair_between: re.Pattern[str] | None = None  # "zwischen Juli und ": a pair's "and", no clause
    coordinate_subject: re.Pattern[str] | None = None  # ", and logistics group ": a clause's own subject
    brand_after: re.Pattern[str] | None = None  # " of its luxury brand" after the metric word
    owned_product: re.Pattern[str] | None = None  # "Its Li i6 SUV …": a product opening the sentence
    drug_subject: re.Pattern[str] | None = None  # "Das Mittel soll …": a drug's noun as the subject
    bearer_pronoun: re.Pattern[str] | None = None  # "cost it": the metric word's object pronoun
    cause_subject: re.Pattern[str] | None = None  # "Tariffs cut its profit": a cause, no owner
    analyst_pronouns: re.Pattern[str] | None = None  # "he": an analyst named before speaks on
    reason_opener: re.Pattern[str] | None = None  # "Der Grund:": the sentence before goes on
    target_implies: re.Pattern[str] | None = None  # "That implies": a target's consequence next
    possessive_name: re.Pattern[str] | None = None  # "Meridian's ": a capitalised word owning
    unnamed_owner: re.Pattern[str] | None = None  # "a maker with sales of ": no name owns it
    apposed_owner: re.Pattern[str] | None = None  # ", a maker with sales of ": the name before owns it
    compared_at: re.Pattern[str] | None = None  # " at ": the name whose number it is next
    compared_before: re.Pattern[str] | None = None  # "compares with ": a number compared next
    compared_for: re.Pattern[str] | None = None  # " for ": after it, the name it is of next
    ellipsis_owner: re.Pattern[str] | None = None  # ", der von ": another name's number next
    gap_than: re.Pattern[str] | None = None  # " more cars than ": another company's number next
    valued_than: re.Pattern[str] | None = None  # "cheaper than the shares of ": a yardstick next
    ellipsis_gap: re.Pattern[str] | None = None  # "um": from that name to its number
    owner_after: re.Pattern[str] | None = None  # " from its brand ": the count's owner next
    pay_to: re.Pattern[str] | None = None  # "will pay" before the company paid
    payment: re.Pattern[str] | None = None  # "milestone payments": a payment of the deal
    legal_matter: re.Pattern[str] | None = None  # "to settle lawsuits": an amount paid is no investment
    denied: re.Pattern[str] | None = None  # "denied a report that it would invest $5 billion": no figure
    rumoured: re.Pattern[str] | None = None  # "in talks to buy X for $2 billion": no price paid
    speech_verb: re.Pattern[str] | None = None  # "said": a company's statement of another's outlook
    future_auxiliary: re.Pattern[str] | None = None  # "werde", "would": a future told in speech
    conditional_scenario: re.Pattern[str] | None = None  # "könnte … falls": a scenario, no figure
    cause_after: re.Pattern[str] | None = None  # "as", "on": a metric word after the number names a cause
    other_change_before: re.Pattern[str] | None = None  # "after costs rose ": another noun's change next
    trading_volume: re.Pattern[str] | None = None  # "trading volume": what changed is the volume traded
    # " für das Geschäftsjahr 2026 um ": a period between a metric word and its change
    period_before_change: re.Pattern[str] | None = None
    # " vor Sondereinflüssen werde um ": an adjustment between a metric word and its change
    adjustment_before_change: re.Pattern[str] | None = None
    # "a contingent value right worth up to ": the amount per share after it is the right's
    value_right: re.Pattern[str] | None = None
    # "tariffs had cut ": a cause as the subject of a cut by an amount, the amount its cost
    cut_cause: re.Pattern[str] | None = None
    investee_share: re.Pattern[str] | None = None  # "its share of X's losses": X's result, not X's figure
    stake_held: re.Pattern[str] | None = None  # "hält noch rund ": a stake's size follows
    partitive_total: re.Pattern[str] | None = None  # "250 der ": the whole of a part next
    partitive_part: re.Pattern[str] | None = None  # " der " before a number: a part of it
    part_after: re.Pattern[str] | None = None  # " davon": a part of the count before
    part_before: re.Pattern[str] | None = None  # "davon etwa ": a part of the count before, too
    inclusion: re.Pattern[str] | None = None  # ", including ": an aside naming a part
    back_metric: re.Pattern[str] | None = None  # "Dieser legte": the metric word before
    pronoun_metric: re.Pattern[str] | None = None  # "Er wuchs": … where no name is before
    back_possessive: re.Pattern[str] | None = None  # "Deren Umsatz": the unit named before
    unit_referred: re.Pattern[str] | None = None  # "the unit's": the one unit named before
    change_noun: re.Pattern[str] | None = None  # "ein Minus von ": a change, no old value
    value_lost_after: re.Pattern[str] | None = None  # " gekostet": what a share lost in value
    outlook_for: re.Pattern[str] | None = None  # "Prognose für den ": the metric named next
    bare_growth: re.Pattern[str] | None = None  # "organisches Wachstum": growth of no metric
    growth_of: re.Pattern[str] | None = None  # "Wachstum des …": the metric grown follows
    base_before_bracket: re.Pattern[str] | None = None  # "über dem Wert von Oktober bis Dezember ("
    contrast_aside: re.Pattern[str] | None = None  # "dagegen": a sentence set against the line
    share_possessive: re.Pattern[str] | None = None  # "Its ": a share whose owner was named before
    share_pronoun: re.Pattern[str] | None = None  # "sie", "they": the share the sentence before moved
    share_tally: re.Pattern[str] | None = None  # "zu Buche": the move just told, carried on
    index_carried: re.Pattern[str] | None = None  # "Auf Wochensicht": the index just moved, carried on
    amount_in_revenue: re.Pattern[str] | None = None  # " in revenue": the amount before is revenue
    revenue_for: re.Pattern[str] | None = None  # " in revenue for ": the earner named next
    listing_words: re.Pattern[str] | None = None  # "IPO", "Börsengang": a listing's words
    product_possessive: re.Pattern[str] | None = None  # "; sein ": the product subject's
    product_reference: re.Pattern[str] | None = None  # "für das Mittel": a product by its kind
    fronted_preposition: re.Pattern[str] | None = None  # "Nach ": a sentence opened by a phrase
    owner_possessive: re.Pattern[str] | None = None  # " sank ihr ": a verb and another's possessive
    product_examples: re.Pattern[str] | None = None  # "drugs such as ": examples of a kind
    member_aside: re.Pattern[str] | None = None  # ", home to ": a subject's members follow
    contributed: re.Pattern[str] | None = None  # "zum Umsatz bei": a part of the group's figure
    possessive_opening: re.Pattern[str] | None = None  # "Deren ", "Its " opening a sentence
    unit_after_parent: re.Pattern[str] | None = None  # "'s cloud unit": a unit after its parent's name
    unit_after_listing: re.Pattern[str] | None = None  # " of its cloud unit": the unit listed
    offering_terms: re.Pattern[str] | None = None  # "Preisspanne", "IPO price range": an offering's
    valued_name: re.Pattern[str] | None = None  # "values Kestral at": the name valued, in the words
    upside_to_price: re.Pattern[str] | None = None  # "above the current price": after a target
    reference_move: re.Pattern[str] | None = None  # "closed " of "closed 6% below Friday's close"
    year_so_far: re.Pattern[str] | None = None  # "so far this year": a move since the year began
    plural_move: re.Pattern[str] | None = None  # " legten um": a company's shares moved
    plural_move_before: re.Pattern[str] | None = None  # "Dagegen verloren " before the name
    earned_with: re.Pattern[str] | None = None  # "Mit der Suite erzielte …": the product's amount
    dividend_told: re.Pattern[str] | None = None  # "Dividendenrendite", "yield": a payout's words
    received_before: re.Pattern[str] | None = None  # "erhalten", "receive": paid out per share
    dividend_not: re.Pattern[str] | None = None  # "für", "in bar": an amount per share paid
    paid_in_cash: re.Pattern[str] | None = None  # "in bar", "in cash": an offer per share
    phrase_open: re.Pattern[str] | None = None  # "as ", "während ": a phrase of its own next
    possessive_relative: re.Pattern[str] | None = None  # ", deren ": the name before owns it
    first_person: re.Pattern[str] | None = None  # "we", "wir": in a quote, the speaker's company
    group_subject: re.Pattern[str] | None = None  # "the group's": the parent's number next
    line_before: re.Pattern[str] | None = None  # "search ", "Cloud-": a metric word's business
    line_after: re.Pattern[str] | None = None  # " mit der Suche": … told after the word
    line_head: re.Pattern[str] | None = None  # "Cloud" of "Cloudumsatz": … as its head
    ranked_before: re.Pattern[str] | None = None  # "ahead of ": a name ranked against next
    ranked_link: re.Pattern[str] | None = None  # " at ": from that name to its number
    ranked_next: re.Pattern[str] | None = None  # ", ", " and ": to the next ranked name of a list
    share_lead: re.Pattern[str] | None = None  # "Der US-Konkurrent ": before a name whose share next
    share_link: re.Pattern[str] | None = None  # " lag bei ": from that name to its share
    share_joint: re.Pattern[str] | None = None  # ", while ": from a share to a name joined next
    # "für 2027", "next year's": a multiple of earnings to come, a house's forecast
    forward_multiple: re.Pattern[str] | None = None
    # " in Greater China ": after a metric word, the capitalised name of a region next
    region_in: re.Pattern[str] | None = None
    # " at Dell's Infrastructure Solutions Group ": after a metric word, a name's possessed name
    possessed_in: re.Pattern[str] | None = None
    region_noun: re.Pattern[str] | None = None  # " Raum" of "im Frankfurter Raum": a region
    joined_in: re.Pattern[str] | None = None  # " of " before "Wines & Spirits": a named part next
    region_part_before: re.Pattern[str] | None = None  # "in Europa ": a region's part of a figure
    seat_after_region: re.Pattern[str] | None = None  # " ansässige": the place is a seat
    not_names: frozenset[str] = frozenset()  # capitalised words that are no name ("March")
    closing_before: re.Pattern[str] | None = None  # "close of ": a price reported, no target
    premium_base: re.Pattern[str] | None = None  # " to its closing price": what a premium is over
    placement_discount: re.Pattern[str] | None = None  # "4 Prozent unter dem Schlusskurs": no move
    occurrences_after: re.Pattern[str] | None = None  # " times since": occasions counted
    unit_price_after: re.Pattern[str] | None = None  # " je Quadratmeter": a unit price, no share's
    debt_multiple: re.Pattern[str] | None = None  # "leverage 1.1x": a debt ratio, no valuation
    publication_voice: re.Pattern[str] | None = None  # "newsletter", "Börsenbrief": its own pick
    usage_price: re.Pattern[str] | None = None  # " per million tokens": a price of use
    charged_for: re.Pattern[str] | None = None  # "for the hosted version of ": before a product
    appended_change: re.Pattern[str] | None = None  # ", ein Plus von ": the amount before's change
    multiple_before: re.Pattern[str] | None = None  # " at ": a multiple told again next
    multiple_after: re.Pattern[str] | None = None  # " times.": … ending its phrase
    multiple_carried: re.Pattern[str] | None = None  # "trades at ": … in the next sentence
    portion_of_sales: re.Pattern[str] | None = None  # "of its revenue": a portion of revenue
    portion_before: re.Pattern[str] | None = None  # "share of" before "sales": a portion's move
    estimate_changed: re.Pattern[str] | None = None  # "its EPS estimate by ": the estimate's change
    gapped_estimate: re.Pattern[str] | None = None  # ", and on the ": a target's conjunct, noun left out
    combined_with: re.Pattern[str] | None = None  # "Zusammen mit der ": a payout joined to a total
    share_class: re.Pattern[str] | None = None  # "GS" of "Roche (GS +1,2 Prozent)"

    @property
    def phrase_patterns(self) -> tuple[re.Pattern[str], ...]:
        return (self.down, self.up, self.forecast, self.guidance, self.amounting_to,
                self.converted, self.not_a_figure)


@prepares
@lru_cache(maxsize=4)
def figure_words(lang: str) -> FigureWords:
    table = lexicon(lang)
    flags = 0 if info(lang).case_sensitive else re.IGNORECASE
    rules = tuple(
        MetricRule(
            words=re.compile(rf"(?<![\w])(?:{_with_compounds(entry['words'], lang)})(?![\w])",
                             flags),
            by_unit={k: entry[k] for k in ("percent", "currency", "count", "points", "multiple")
                     if k in entry},
            negative=bool(entry.get("negative", False)),
            generic=bool(entry.get("generic", False)),
            own_volume=bool(entry.get("own_volume", False)),
        )
        for entry in table["metrics"]
    )
    f = table["figures"]

    def word(key: str, extra: int = 0) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{f[key]})(?![\w])", flags | extra)

    def optional(key: str, shape: str, case_blind: bool = True) -> re.Pattern[str] | None:
        """The words of a key a language may leave out, put in ``shape`` at
        ``WORDS``; None where the language has none, so the rule is off. ``MOVES`` in the
        words stands for those of ``up`` and ``down``, kept in one place."""
        if not f.get(key):
            return None
        words = f[key].replace("MOVES", rf"(?:{f['up']}|{f['down']})")
        return re.compile(shape.replace("WORDS", words), flags if case_blind else 0)

    # the words between a metric word and "um"/"by", then that word and one more before the number
    words_then_change = rf"\s+(?:WORDS)\s+(?:{f['change_by']})\s+(?:[^\W\d]+\s+)?"

    listed = _list_patterns(f)
    phrases = (word("down"), word("up"), word("forecast"), word("guidance"),
               re.compile(f["amounting_to"]), word("converted", re.IGNORECASE),
               re.compile(f["not_a_figure"]))
    speech = rf"|(?<![\w-])(?:{f['reported_speech']}),\s" if f.get("reported_speech") else ""
    # "and" before a capital opens a clause, not after a compound's cut first part ("in der
    # Schaden- und Unfallversicherung"), which joins two nouns
    clause_break = re.compile(
        rf";|\s[–—-]\s|:\s|,\s+(?:{f['clause_conjunctions']})\b"
        rf"|(?<!\w-\s)\b(?:{f['and']})\s+(?=[A-ZÄÖÜ])|\)|\({speech}")
    shares = re.compile(rf"(?<![a-zäöüß])(?:{f['shares']})(?![\w])", flags)
    per_share = re.compile(rf"(?<![\w])(?:{f['per_share']})(?![\w])", flags)
    move_to = re.compile(rf"\s*(?:{f['move_to']})\s*", flags)
    change_by = re.compile(rf"(?<!\w)(?:{f['change_by']})\s+$", flags)
    level_before = re.compile(rf"(?<!\w)(?:{f['move_to']})\s+$", flags)
    # a currency symbol may stand between the words and the number ("plus or minus $300 million")
    tolerance = re.compile(rf"(?<!\w)(?:{f['tolerance']})\s*(?:[A-Z]{{0,3}}[^\w\s])?\s*$", flags)
    previous_from = re.compile(rf"(?<!\w)(?:{f['previous_from']})\s*$", flags)
    previous_to = re.compile(
        rf"\s*(?:(?:[^\W\d]|[$€£¥%])[\w$€£¥%.-]*\s*){{0,2}}?(?:{f['previous_to']})(?:\s|$)", flags)
    # the new value may carry the same value in another unit as an aside ("to $2.1 billion,
    # or $2.45 a share, from"): the old value after it is still the old one
    aside = rf"(?:,?\s+(?:{f['amount_or']})\s+\S*\d[\d.,]*(?:\s*\S*|\s+(?:{f['per_share']})),)?" \
        if f.get("amount_or") else ""
    # … and a unit of two plain words ("to 712 million euros from"; not "to 12.1%, up from")
    previous_after_new = re.compile(
        rf"(?<!\w)(?:{f['previous_to']})\s+\S*\d[\d.,]*(?:\s*\S*|\s+[^\W\d]+\s+[^\W\d]+){aside}\s+(?:{f['previous_from']})\s*$",
        flags)
    return FigureWords(rules, Prefilter([rule.words for rule in rules]), *phrases, clause_break,
                       shares, per_share, move_to, change_by, level_before, tolerance,
                       previous_from, previous_to, previous_after_new, Prefilter(phrases),
                       count_followers=re.compile(rf"(?:{f['count_followers']})", flags),
                       nouns_capitalised=info(lang).case_sensitive,
                       cause_before=re.compile(
                           rf"(?<![\w])(?:{f['cause_before']})\s+(?:\w+\s+){{0,2}}$", flags),
                       compared_from=optional("compared_from", r"\s+(?:WORDS)(?!\w)"),
                       earlier_after_value=optional(
                           "earlier_after_value",
                           r"\d[\d.,]*\s*[^\s\d]*(?:\s+[^\W\d][\w.]*)?,?\s+(?:WORDS)\s*$"),
                       stake=re.compile(rf"(?<![\w])(?:{f['stake']})(?![\w])", flags),
                       stake_held=optional("stake_held", r"(?<![\w-])(?:WORDS)$"),
                       portion_after=re.compile(rf"\s+(?:{f['portion_after']})", flags),
                       portion_of_sales=optional("portion_of_sales", r"\s+(?:WORDS)(?![\w-])"),
                       portion_before=optional("portion_before", r"(?<![\w-])(?:WORDS)\s+$"),
                       estimate_changed=optional("estimate_changed", r"(?<![\w-])(?:WORDS)\s+$"),
                       gapped_estimate=optional("gapped_estimate", r"(?:WORDS)$"),
                       combined_with=optional("combined_with", r"(?<![\w-])(?:WORDS)\s+(?:[\w\-]+\s+){0,3}$"),
                       share_class=optional("share_class", r"(?:WORDS)", case_blind=False),
                       market=re.compile(rf"(?<![\w])(?:{f['market']})(?![\w])", flags),
                       foreign_subject=optional("foreign_subject", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       government_subject=optional("government_subject",
                                                   r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       foreign_volume=optional("foreign_volume", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       relative_clause=optional("relative_clause", "WORDS"),
                       aside_label=_ASIDE_LABEL,
                       aside_prior=optional("aside_prior", r"\s*(?:WORDS)\W*\s*$"),
                       aside_superseded=optional("aside_superseded", r"\s*(?:WORDS)\W*\s*$"),
                       superseded_before=optional("superseded_before", r"(?<![\w])(?:WORDS)\s*$"),
                       job_cut_before=optional("job_cut_before", r"(?<![\w])(?:WORDS)\s+$"),
                       job_cut_after=optional("job_cut_after", "WORDS"),
                       share_count=optional("share_count", r"[ \t\u00a0]+(?:WORDS)(?![\w-])"),
                       deal_count=optional("deal_count", r"[ \t\u00a0]+(?:WORDS)(?![\w-])"),
                       shares_traded=optional("shares_traded", r"\s+(?:WORDS)(?![\w-])"),
                       company_kind_after=optional("company_kind_after",
                                                   r"\s+(?:WORDS)(?![\w-])"),
                       sold_before=optional("sold_before", r"(?<![\w])(?:WORDS)(?![\w])"),
                       sale_to=optional("sale_to", r"(?<![\w])(?:WORDS)"),
                       sold_count_to=optional("sold_count_to",
                                              r"(?<![\w])(?:WORDS)(?:[\w\-]+\s+){0,3}$"),
                       closure_before=optional("closure_before", r"(?<![\w])(?:WORDS)\s+$"),
                       prior_ellipsis=optional("prior_ellipsis", r"(?:WORDS)"),
                       purchase_price=optional("purchase_price", r"(?:WORDS)"),
                       bought_from=optional("bought_from", r"(?<![\w])(?:WORDS)(?:[\w\-]+\s+){0,3}$"),
                       priced_for=re.compile(rf"(?<![\w])(?:{f['purchase_price']})\s+"
                                             rf"(?:{f['priced_for']})\s+(?:[\w\-]+\s+){{0,3}}$", flags)
                       if f.get("purchase_price") and f.get("priced_for") else None,
                       unit_subject=optional("unit_subject", r"(?<![\w-])(?:WORDS)(?![\w-])",
                                             case_blind=False),
                       own_forecast=optional("own_forecast", r"(?:WORDS)(?![\w-])",
                                             case_blind=False),
                       others_forecast=optional("others_forecast",
                                                r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       expecting_other=optional("expecting_other",
                                                r"(?<![\w-])(?:WORDS)\s+(?:the\s+)?$"),
                       expecting_other_to=optional("expecting_other_to", r"\s+(?:WORDS)\b"),
                       benchmark_before=optional("benchmark_before",
                                                 r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       group_metric=optional("group_metric", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       maker_book=optional("maker_book", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       versus_estimate=optional("versus_estimate", r"\s*(?:WORDS)"),
                       change_of=optional("change_of",
                                          r"\s*(?:WORDS)\s+(?P<complement>(?:[\w-]+\s+){0,3})"),
                       price_change_after=optional("price_change_after", r"\s*(?:WORDS)"),
                       price_change_before=optional("price_change_before",
                                                    r"(?<![\w-])(?:WORDS)"),
                       sign_after=optional("sign_after", r"\s+(?:WORDS)\s+"),
                       reference_after=optional("reference_after", r"\s+(?=(?:WORDS)\s)"),
                       premium_list_link=optional("premium_list_link", r"WORDS"),
                       pair_before_and=optional("pair_before_and",
                                                r"(?<![\w-])(?:WORDS)\s+(?:[\w&.'’-]+\s+){1,3}$"),
                       takeover=optional("takeover_words", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       takeover_passive=optional("takeover_passive",
                                                 r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       offer_premium=optional("offer_premium", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       offer_values=optional("offer_values", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       offer_rest=optional("offer_rest", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       valued_aside=optional("valued_aside", r",\s+(?:WORDS)(?![\w-])"),
                       financing=optional("financing", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       this_quarter=optional("this_quarter", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       new_programme=optional("new_programme", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       amount_or=optional("amount_or", r",?\s+(?:WORDS)\s+"),
                       listed_before=listed[0], listed_after=listed[1], lang=lang,
                       ratio_after=optional("ratio_link", r"(?:WORDS)(?:1|one|eins)(?![\w.,]\d|\w)"),
                       ratio_before=optional(  # a side of a ratio is small: "2.3-to-", not "2,400 to"
                           "ratio_link", r"(?<![\w.,])\d{1,3}(?:[.,]\d{1,2})?(?:WORDS)$"),
                       # not after a compound cut short ("531.000 Elektro- und Hybridautos",
                       # "pre- and post-tax"): one noun phrase, no second predicate
                       joined=re.compile(rf"(?<![\w-])(?<!-\s)(?:{f['and']})(?![\w-])", flags),
                       antecedent_particles=optional("antecedent_particles",
                                                     r"(?:WORDS)"),
                       own_plan=optional("own_plan", r"(?<![\w-])(?:WORDS)\s*$"),
                       word_after_number=optional("word_after_number", "(?:WORDS)"),
                       estimate_link=optional("estimate_link", r"\s+(?:WORDS)\s+\S{0,3}"),
                       analyst_words=optional("analyst_words",
                                              r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       index_move_after=optional("index_move_after", "(?:WORDS)"),
                       table_unit=optional("table_unit", "WORDS"),
                       order_words=optional("order_words", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       client_before=optional("client_before", r"(?<![\w-])(?:WORDS)\s+$"),
                       order_placed=optional("order_placed", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       order_taken=optional("order_taken", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       order_object_after=optional(
                           "order_object_after", rf"(?:WORDS)(?:{f.get('order_words') or '(?!)'})(?![\w-])"),
                       order_recipient_before=optional("order_recipient_before", r"(?<![\w-])(?:WORDS)\s+$"),
                       exchange_move=optional("exchange_move", r"(?<![\w-])(?:WORDS)(?![\w-])",
                                              case_blind=False),
                       client_after=optional("client_after", r"\s+(?:WORDS)(?![\w-])"),
                       client_genitive=optional("client_genitive", r"(?<![\w-])(?:WORDS)\s+$"),
                       share_genitive=optional("share_genitive", r"\s+(?:WORDS)\s+$"),
                       topic_colon=optional("topic_colon", r"(?<![\w-])(?:WORDS)\s+[^\d:;]{1,80}$"),
                       gloss_open=optional("gloss_open", "WORDS", case_blind=False),
                       value_lost_after=optional("value_lost_after", r"\s+(?:WORDS)(?![\w-])"),
                       outlook_for=optional("outlook_for", r"(?<![\w-])(?:WORDS)\s+$"),
                       bare_growth=optional("bare_growth", "(?:WORDS)"),
                       growth_of=optional("growth_of", r"\s+(?:WORDS)\s+(?:[\w]+-)?", case_blind=False),
                       base_before_bracket=optional("base_before_bracket",
                                                    r"\s*(?:WORDS)\b[^();:]{0,40}\($", case_blind=False),
                       contrast_aside=optional("contrast_aside", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       share_possessive=optional("share_possessive", r"(?:WORDS)\s+(?:[\w-]+\s+){0,2}$",
                                                 case_blind=False),
                       share_pronoun=optional("share_pronoun", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       share_tally=optional("share_tally", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       index_carried=optional("index_carried", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       amount_in_revenue=optional("amount_in_revenue", r"\s+(?:WORDS)"),
                       revenue_for=optional("revenue_for", r"\s+(?:WORDS)\s+"),
                       listing_words=optional("listing_words", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       product_possessive=optional("product_possessive",
                                                   r"[\s,;:–-]*(?:WORDS)\s+(?:[\w-]+\s+){0,2}?",
                                                   case_blind=False),
                       product_examples=optional("product_examples", r"(?<![\w-])(?:WORDS)\s+$"),
                       fronted_preposition=optional("fronted_preposition", r"^\W*(?:WORDS)\s", case_blind=False),
                       owner_possessive=optional("owner_possessive", r"\s+[a-zäöüß]\w*\s+(?:WORDS)\s+(?:[\w-]+\s+)?$",
                                                 case_blind=False),
                       product_reference=optional("product_reference", r"(?<![\w-])(?:WORDS)(?![\w-])",
                                                  case_blind=False),
                       unit_after_parent=optional("unit_after_parent", "(?:WORDS)(?![\\w-])",
                                                  case_blind=False),
                       unit_after_listing=optional("unit_after_listing", r"\s+(?:WORDS)(?![\w-])",
                                                   case_blind=False),
                       offering_terms=optional("offering_terms", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       valued_name=optional("valued_name", "(?:WORDS)", case_blind=False),
                       upside_to_price=optional("upside_to_price", r"(?:WORDS)(?![\w-])"),
                       reference_move=optional("reference_move", r"(?<![\w-])(?:WORDS)\s+\Z"),
                       year_so_far=optional("year_so_far", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       plural_move=optional("plural_move", r"\s+(?:WORDS)(?![\w-])", case_blind=False),
                       plural_move_before=optional("plural_move", r"(?<![\w-])(?:WORDS)\s+$",
                                                   case_blind=False),
                       earned_with=optional("earned_with", r"^(?:WORDS)\s", case_blind=False),
                       dividend_told=optional("dividend_told",
                                              r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       received_before=optional("received_before", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       dividend_not=optional("dividend_not", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       paid_in_cash=optional("paid_in_cash", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       phrase_open=optional("phrase_open", r"(?<![\w-])(?:WORDS)\s"),
                       possessive_relative=optional("possessive_relative",
                                                    r",\s+(?:WORDS)(?![\w-])"),
                       first_person=optional("first_person", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       group_subject=optional("group_subject", r"\s*(?:WORDS)(?![\w-])"),
                       line_before=optional("business_line", r"(?<![\w-])(?:WORDS)(?:\s+|-)$"),
                       line_after=None if not f.get("business_line_link") else optional(
                           "business_line", rf"\s+(?:{f['business_line_link']})\s+(?:WORDS)"
                           r"(?![a-zäöüß])"),
                       line_head=optional("business_line", "(?:WORDS)"),
                       ranked_before=optional("ranked_before", r"(?<![\w-])(?:WORDS)\s+$"),
                       ranked_link=optional("ranked_link", r"\s+(?:WORDS)\s+[^\d,;:]{0,20}"),
                       share_lead=optional("share_ellipsis_lead", r"\W*(?:WORDS)?", case_blind=False),
                       share_link=optional("share_ellipsis_link", r"\s*(?:WORDS)\s+"),
                       share_joint=optional("share_joint", r"[^\d;:()]{0,60}?(?:WORDS)\s+"),
                       ranked_next=optional("list_joining",
                                            r"\s*(?:,\s*(?:(?:WORDS)\s+)?|\s+(?:WORDS)\s+)",
                                            case_blind=False),
                       closing_before=optional("closing_before", r"(?<![\w-])(?:WORDS)\s+$"),
                       premium_base=optional("premium_base", r"\s+(?:WORDS)(?![\w-])"),
                       placement_discount=optional("placement_discount",
                                                   r"(?<![\w-])(?:WORDS)"),
                       occurrences_after=optional("occurrences_after",
                                                  r"\s*(?:WORDS)(?![\w-])"),
                       unit_price_after=optional("unit_price_after", r"\s+(?:WORDS)(?![\w-])"),
                       debt_multiple=optional("debt_multiple",
                                              r"(?<![\w-])(?:WORDS)$"),
                       publication_voice=optional("publication_voice", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       usage_price=optional("usage_price", r"\s+(?:WORDS)(?![\w-])"),
                       charged_for=optional("priced_for",
                                            r"(?<![\w-])(?:WORDS)\s+(?:[^\W\d_][\w-]*\s+){0,4}$"),
                       appended_change=optional(
                           "appended_change", r",\s+(?:WORDS)\s+(?:[^\W\d]+\s+)?$"),
                       multiple_before=optional("multiple_ellipsis_before",
                                                r"(?<![\w-])(?:WORDS)\s+$"),
                       multiple_after=optional("multiple_ellipsis_after",
                                               r"\s+(?:WORDS)(?=\s*(?:[.,;:)]|$))"),
                       multiple_carried=optional("multiple_carried_before",
                                                 r"(?<![\w-])(?:WORDS)\s+$"),
                       owner_after=optional("owner_after", "WORDS"),
                       pay_to=optional("pay_to", r"(?<![\w-])(?:WORDS)\s+$"),
                       payment=optional("payment", r"(?:WORDS)"),
                       legal_matter=optional("legal_matter", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       denied=optional("denied_report", r"(?<![\w-])(?:WORDS)(?![\w-])", case_blind=False),
                       rumoured=optional("rumoured_deal", r"(?<![\w-])(?:WORDS)(?![\w-])", case_blind=False),
                       speech_verb=optional("reported_speech", r"(?:WORDS)(?![\w-])"),
                       future_auxiliary=optional("future_auxiliary", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       conditional_scenario=optional("conditional_scenario", "(?:WORDS)", case_blind=False),
                       cause_after=optional("cause_after_number", r"(?<![\w])(?:WORDS)\s+(?:\w+\s+){0,2}$"),
                       other_change_before=optional("other_change_before", r"(?<![\w-])(?:WORDS)$"),
                       trading_volume=optional("trading_volume", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       cut_cause=optional("cut_cause", r"(?<![\w-])(?:WORDS)(?![\w-])(?=[^,;]{0,60}$)"),
                       value_right=optional("value_right", r"(?<![\w-])(?:WORDS)\s+(?:[^\W\d]+\s+){0,2}$"),
                       period_before_change=optional("period_before_change", words_then_change,
                                                     case_blind=False),
                       adjustment_before_change=optional("adjustment_before_change", words_then_change,
                                                         case_blind=False),
                       investee_share=optional("investee_share", r"(?<![\w-])(?:WORDS)",
                                               case_blind=False),
                       partitive_total=optional("partitive", r"\d\s+(?:WORDS)\s+$"),
                       partitive_part=optional("partitive", r"\s+(?:WORDS)\s+(?=\d)"),
                       back_possessive=optional("back_possessive", r"(?:WORDS)\s",
                                                case_blind=False),
                       change_noun=optional("change_noun", rf"(?<![\w-])(?:WORDS)\s+(?:{f['previous_from']})\s*$",
                                            case_blind=False),
                       unit_referred=optional(
                           "unit_referred", r"(?<![\w-])(?:WORDS)(?![\w-])(?!\s+[A-ZÄÖÜ\d])",
                           case_blind=False),
                       back_metric=optional("back_metric", r"(?:WORDS)\s+[a-zäöüß]",
                                            case_blind=False),
                       pronoun_metric=optional("pronoun_metric", r"(?:WORDS)\s+[a-zäöüß]",
                                               case_blind=False),
                       part_after=optional("part_after", r"\s+(?:WORDS)(?![\w-])"),
                       part_before=optional("part_before", r"(?<![\w-])(?:WORDS),?\s+(?:[^\W\d]+\s+)?$"),
                       inclusion=optional("inclusion", r",\s+(?:WORDS)\s+[^,;]*$"),
                       contributed=optional("contributed", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       possessive_opening=optional("possessive_opening", r"\s*(?:WORDS)\s",
                                                   case_blind=False),
                       member_aside=optional("member_aside", r",\s+(?:WORDS)\s+[^,;]*$"),
                       ellipsis_owner=optional("ellipsis_owner", "(?:WORDS)"),
                       region_in=optional("region_in",
                                          r"\s+(?:WORDS)\s+(?P<name>[A-Z][\w&.-]*"
                                          r"(?:\s+[A-Z][\w&.-]*)*)\s", case_blind=False),
                       possessed_in=optional("possessed_in",
                                             r"\s+(?:WORDS)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:'s|’s)"
                                             r"\s+(?P<name>[A-Z][a-z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s",
                                             case_blind=False),
                       region_noun=optional("region_noun", r"\s+(?:WORDS)(?![\w-])", case_blind=False),
                       joined_in=optional("possessed_in", r"\s+(?:WORDS)\s+(?=[A-Z][a-z])",
                                          case_blind=False),
                       region_part_before=optional("region_part_before", r"(?<![\w-])(?:WORDS)\s+$",
                                                   case_blind=False),
                       seat_after_region=optional("seat_after_region", r"[\s-]*(?:WORDS)"),
                       not_names=not_names(lang),
                       forward_multiple=optional("forward_multiple",
                                                 r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       ellipsis_gap=optional("ellipsis_gap", r"\s+(?:WORDS)?\s*[^\w\s]?$"),
                       compared_before=optional("compared_before",
                                                r"(?<![\w-])(?:WORDS)\s+\S{0,3}$"),
                       compared_for=optional("compared_for", r"\s+(?:WORDS)\s+"),
                       gap_than=optional("gap_than", r"\s+(?:WORDS)\s+$"),
                       valued_than=optional("valued_than", r"(?<![\w-])(?:WORDS)$"),
                       compared_at=optional("compared_at",
                                            r"\s+(?:[^\W\d][\w-]*\s+){0,2}?(?:WORDS)\s+"),
                       unnamed_owner=optional("unnamed_owner",
                                              r"(?<!,\s)(?<![\w-])(?:WORDS)\s+"
                                              r"(?:[^\W\d][\w.-]*\s+){0,5}?[^\w\s]?$"),
                       apposed_owner=optional("unnamed_owner",
                                              rf",\s+(?:WORDS)\s+{_further_verb(f)}(?:[^\W\d][\w.-]*\s+){{0,5}}?[^\w\s]?$"),
                       coordinate_subject=optional("coordinate_subject", "WORDS", case_blind=False),
                       brand_after=optional("brand_after", r"\s+(?:WORDS)(?![\w-])"),
                       owned_product=optional("owned_product", "^(?:WORDS)", case_blind=False),
                       drug_subject=optional("drug_subject", r"^\W*(?:WORDS)\s+(?=[a-zäöüß])",
                                             case_blind=False),
                       bearer_pronoun=optional("bearer_pronoun", r"\s+(?:WORDS)\s"),
                       cause_subject=optional("cause_subject", r"(?<![\w-])(?:WORDS)(?![\w-])"),
                       reason_opener=optional("reason_opener", r"\s*(?:WORDS)\s*:", case_blind=False),
                       target_implies=optional("target_implies", r"(?<![\w-])(?:WORDS)(?![\w-])",
                                               case_blind=False),
                       analyst_pronouns=optional("analyst_pronouns", r"(?<![\w-])(?:WORDS)(?![\w-])",
                                                 case_blind=False),
                       joined_objects=optional(
                           "joined_objects_after",
                           rf"(?<![\w-])(?:WORDS)\s+(?:\S+\s+){{0,2}}?\S+\s+(?P<and>{f['and']})\s+"
                           r"(?P<second>[A-ZÄÖÜ][\w-]*)(?:\s+[a-zäöüß][\w-]*){1,2}\s*(?:[.,;:]|$)",
                           case_blind=False),
                       pair_between=optional(
                           "pair_between",
                           rf"(?<![\w-])(?:WORDS)\s+[A-ZÄÖÜ][\w.\-]*\s+(?P<and>{f['and']})\s+(?=[A-ZÄÖÜ])",
                           case_blind=False),
                       peer_before_name=optional("peer_before_name",
                                                 r"(?<![\w-])(?:WORDS)\s+(?=[A-Z])",
                                                 case_blind=False),
                       possessive_name=optional("possessive_name",
                                                r"(?<![\w'’])[A-Z][\w&.-]*(?:WORDS)(?=\s)",
                                                case_blind=False),
                       apposition_owner=optional("apposition_owner",
                                                 r"[\s\W]*(?:WORDS)(?![\w-])", case_blind=False),
                       unit_apposition=optional("unit_apposition", r",\s+(?:WORDS)s?,\s",
                                                case_blind=False),
                       apposition=optional("apposition_open", r",\s+(?:WORDS)\s[^,;:()]{1,120}?,\s",
                                           case_blind=False),
                       earlier_link=optional("earlier_link",
                                             r"(?:\s+[^\W\d][\w.-]*){0,3}\s*,?\s+(?:WORDS)\s+"),
                       earlier_link_far=optional("earlier_link",
                                                 r"(?:\s+[^\W\d][\w.-]*){0,6}\s*,\s+(?:WORDS)\s+"),
                       earlier_after_aside=optional(
                           "earlier_link", rf"{aside}(?:\s+[^\W\d][\w.-]*){{0,3}}\s*,?\s+(?:WORDS)\s+")
                       if aside else None,
                       model_before=optional("model_before",
                                             r"(?<![\w-])(?:WORDS)\s+(?:[A-Z][\w-]*\s+)?$"))


_ITEM = r"[A-ZÄÖÜ][\w&.'’-]*(?:(?:[ -]|\s&\s)[A-ZÄÖÜ][\w&.'’-]*){0,2}"  # a name in a list ("Van Cleef & Arpels")


def _further_verb(f: dict[str, str]) -> str:
    """The pattern of an apposition's relative clause's first verb phrase and the word that joins
    a further one to it ("that employs 480 people and had revenue of"), which may stand between
    the clause's opening and the words before the number; empty where the language has no such
    word. Not across a comma, after which a clause of its own may begin."""
    join = f.get("apposed_verb_join")
    return rf"(?:[^,;.]{{1,60}}?\s+(?:{join})\s+)?" if join else ""


def _list_patterns(f: dict[str, str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """What stands before and after a name in a list that opens after a word
    such as "mit", "such as" ("mit seinen Marken BMW, Mini und Rolls-Royce"):
    the text before ends with the opening, up to two words, and the items
    listed so far; the text after the first item goes on with the others.
    Names are capitalised in every language, so the case is kept. A number
    is no word of the opening: "Siemens mit plus 3 Prozent und SAP" lists
    no names, the capitalised unit after the number is none."""
    if not f.get("list_opening") or not f.get("list_joining"):
        return None, None
    opening, joining = f["list_opening"], f["list_joining"]
    return (re.compile(rf"(?<![\w-])(?:{opening})\s+(?:[^\W\d][\w-]*\s+){{0,2}}?"
                       rf"(?P<items>(?:{_ITEM},\s+)*(?:{_ITEM}\s+(?:{joining})\s+)?)$"),
            re.compile(rf"(?:,\s+{_ITEM})*,?\s+(?:{joining})\s+{_ITEM}"))


_ASIDE_OPENING = re.compile(r"[ \t]*\([^()\d]{0,25}\Z")


def _past_aside(sentence: Sentence, q: Quantity) -> int:
    """Where the words after a number begin: after the number in brackets
    beside it and their shared unit ("13,5 (zuvor: 13,0) Milliarden Euro
    Umsatz"), else right after it."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    for p in quantities:
        if p.start >= q.end:
            return p.end if p.start - q.end <= 30 and _ASIDE_OPENING.fullmatch(
                sentence.text, q.end, p.start) else q.end
    return q.end


# The longest label of a number in brackets ("Vorjahr: "), which callers may
# use to skip the pattern where no bracket is that close.
ASIDE_LABEL_LONGEST = 25
# A number in brackets right after another number, or a few words after it
# ("5,4 (Vorjahr: 5,2) Milliarden", "3,2 Mrd. Euro je Aktie (Vorjahr: 2,9)"):
# the words before it in the bracket, its label.
_ASIDE_LABEL = re.compile(
    r"\d(?:[ \t\u00a0]*(?:%|[^\W\d_][\w.-]*)){0,5}[ \t\u00a0]*"
    rf"\((?P<label>[^()\d]{{0,{ASIDE_LABEL_LONGEST}}})\Z")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    parts, depth, current, escaped = [], 0, "", False
    for char in pattern:
        if escaped:
            current, escaped = current + char, False
            continue
        if char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    parts.append(current)
    return parts


def _with_compounds(words: str, lang: str) -> str:
    """German compounds end in the trigger word: "Betriebsergebnis",
    "Konzernumsatz". Words of five letters or more also match as the tail of
    a compound (short ones like "Ziel" would match too much); not a word the language
    lists as a false tail ("Rahmenvertrag" is no "Ertrag")."""
    if not info(lang).compounds:
        return words
    tails = [alt[0].lower() + alt[1:] for alt in _alternatives(words)
             if alt[:1].isupper() and alt[1:2].islower() and len(re.sub(r"\\w\*|\W", "", alt)) >= 5]
    if not tails:
        return words
    false = info(lang).compound_false_tails
    guard = rf"(?![A-ZÄÖÜ][a-zäöüß]*(?:{'|'.join(false)})(?![\w]))" if false else ""
    return f"{words}|{guard}[A-ZÄÖÜ][a-zäöüß]+(?:{'|'.join(tails)})"


def unit_kind(q: Quantity) -> str:
    """The kind of unit a metric entry is keyed by."""
    if q.unit == "Percent":
        return "percent"
    if q.unit in ("Count", None):
        return "count"
    if q.unit == "Points":
        return "points"
    if q.unit == "Multiple":
        return "multiple"
    return "currency"


def is_estimate_rule(rule: MetricRule) -> bool:
    return any(metric in ESTIMATE_METRICS for metric in rule.by_unit.values())


TriggerSpans = list[tuple[int, MetricRule, list[tuple[int, int]]]]


def trigger_spans(sentence: Sentence, words: FigureWords) -> TriggerSpans:
    """Where the metric rules' words occur in the sentence, found once: (the
    rule's position in the lexicon, the rule, its spans) for each rule that
    occurs, in lexicon order. Overlapping words go to the longest, then to
    the rule first in the lexicon: the "Aktie" of "Gewinn je Aktie" is no
    share price, "Tagesverlust" is a share move and not also a loss through
    the tail "verlust". A word inside a name ("Advanced Micro Devices") is
    none."""
    cached = sentence.cache.get("metric-triggers")
    if cached is not None:
        return cached  # type: ignore[return-value]
    text = sentence.text
    spans: TriggerSpans = []
    names = [(sentence.local(m.start), sentence.local(m.end)) for m in sentence.mentions]
    matches = [(order, m.span()) for order in sorted(words.triggers.candidates(text, sentence.cache))
               for m in words.metrics[order].words.finditer(text)
               if not any(start <= m.start() and m.end() <= end for start, end in names)]
    owned: list[tuple[int, int]] = []
    kept: dict[int, list[tuple[int, int]]] = {}
    for order, (start, end) in sorted(matches, key=lambda x: (x[1][0] - x[1][1], x[0])):
        if not any(start < o_end and o_start < end for o_start, o_end in owned):
            owned.append((start, end))
            kept.setdefault(order, []).append((start, end))
    for order in sorted(kept):
        # the word ends of the other rules of the same metric: a gloss in brackets after one
        same = [end for other, found in kept.items() if other != order
                and words.metrics[other].by_unit.get("currency") == words.metrics[order].by_unit.get("currency")
                for _start, end in found]
        unglossed = [span for span in sorted(kept[order]) if not _gloss(text, span, same)]
        if unglossed:
            spans.append((order, words.metrics[order], unglossed))
    sentence.cache["metric-triggers"] = spans
    return spans


_GLOSS_GAP = re.compile(r"\s*\(")  # between a metric word and the bracket that glosses it


def _gloss(text: str, span: tuple[int, int], ends: list[int]) -> bool:
    """Is the word at ``span`` alone in brackets right after another word of its metric,
    one of which ends at each of ``ends`` ("an operating loss (EBIT) of up to 150 million")?
    It only names the word before, whose sign holds. A word of another metric before the
    bracket ("Abschreibungen (Ebitda)") is part of the name the bracket shortens."""
    start, end = span
    return text.startswith(")", end) and any(
        other_end < start and _GLOSS_GAP.fullmatch(text, other_end, start) for other_end in ends)


Found = tuple[str, "MetricRule | None", "tuple[int, int] | None"]  # metric, rule, its word's span


def joined_objects(sentence: Sentence, words: FigureWords) -> list[tuple[int, int]]:
    """Where an "and" before a capital joins a preposition's two objects right before
    the verb that ends the clause ("mehr als 5 Milliarden Euro in Rechenzentren und
    KI-Infrastruktur investieren"), from the "and" to the end of the second object
    (local offsets): no clause opens there, so the amount keeps its verb. A name after
    the "and" ("im Quartal und Siemens legte zu") is a new subject. Found once
    and kept in the sentence's cache, like :func:`trigger_spans`: the figures
    ask for each number, and their stage adds and drops no mentions."""
    if words.joined_objects is None:
        return []
    cached = sentence.cache.get("joined-objects")
    if cached is not None:
        return cached  # type: ignore[return-value]
    named = {m.start for m in sentence.mentions}
    found = [(match.start("and"), match.end("second"))
             for match in words.joined_objects.finditer(sentence.text)
             if sentence.start + match.start("second") not in named]
    sentence.cache["joined-objects"] = found
    return found


def metric_of(sentence: Sentence, q: Quantity, words: FigureWords,
            clause: tuple[int, int]) -> Found | None:
    """The metric of the closest trigger word that has one for the number's
    kind of unit, with the rule and where its word is."""
    kind, text = unit_kind(q), sentence.text
    best: tuple[float, str, MetricRule, tuple[int, int]] | None = None
    distance: float
    lo = max(clause[0], q.start - _MAX_BEFORE)
    past = _past_aside(sentence, q)
    joined = [(start, end) for start, end in joined_objects(sentence, words) if start >= past]
    # the second of two joined objects moves the verb after it that much farther
    hi = min(clause[1], past + _MAX_AFTER + sum(end - start for start, end in joined))
    spans = trigger_spans(sentence, words)
    verb_final = bool(words.lang) and info(words.lang).verb_final
    for order, rule, rule_spans in spans:
        metric = rule.by_unit.get(kind)
        if metric is None or (q.scaled and metric in PER_SHARE_METRICS):
            continue
        for start, end in rule_spans:
            changed = _change_of(text, q, start, end, clause[1], words, spans)
            if start < lo or (start > hi or end > clause[1]
                              or end > hi and not verb_final and not text[q.end:start].isspace()) \
                    and not changed:
                continue  # where verbs close the clause, a word after the number need only
                # begin near it: "800 Millionen Euro in neue Produktionslinien zu investieren";
                # so need a word that opens right after it: "a 51% share of the image sensor market"
            if end <= q.start:
                if rule.generic and per_share_of_other(sentence, q, words, start, end):
                    continue  # "3,10 Euro je Aktie …, im Vorjahr 2,70 Euro": the 3,10's share
                if closed_relative(words.lang, text, start, end, q.start) is not None:
                    continue  # "Der Auftragsbestand, der für künftige Erlöse steht, wuchs um …"
                if _in_gloss(text, start, end, q.start, words):
                    continue  # "Net interest income, the difference between … loans …, rose 9%"
                if _subject_after_comma(sentence, end, q.number_start):
                    continue  # "After X reported higher profit, Deere gained 2%": the opening's word
                distance = q.start - end
                if _claimed_between(sentence, kind, end, q.start, words) \
                        or _names_number_before(sentence, q, kind, start, words):
                    # "der Umsatz um 10 Prozent an, die Aktie …"; "$4bn in sales and $800
                    # million in profit": the word is the number's before it
                    distance *= _CLAIMED_PENALTY
            elif start >= q.end:
                if start < past or "," in text[past:start]:
                    continue  # "19,4 Milliarden Euro, der Auftragseingang …": the next phrase's
                if words.joined is not None and any(
                        m.start() not in {a for a, _b in joined}
                        for m in words.joined.finditer(text, past, start)):
                    continue  # "buy Y for $3.4 billion and forecast revenue below …": the next's
                if not changed and _owned_by_next(sentence, rule, end, clause[1], spans, words):
                    continue  # "$12 billion with margins expanding to 35%": the 35's word
                if not changed and _kind_between(sentence, kind, past, start) and not (
                        words.partitive_part is not None and words.partitive_part.match(text, q.end)):
                    continue  # "raises $2.4B at an $18B valuation": the 18's word; not "250
                    # der 5.600 Stellen", a part of the count after it
                # "zahlt 0,90 Euro Dividende je Aktie", "$2 billion revenue": the noun right
                # after the amount names it, closer than any verb before it
                # after the number's noun of change ("a 2.7% drop in comparable sales"), the word
                # is the number's, nearer than one before it ("cut its profit outlook and
                # reported a 2.7% drop in comparable sales" tells no profit growth)
                distance = 0 if changed or not rule.generic and text[q.end:start].isspace() \
                    else (start - past) * 1.5
            elif start <= q.number_start and q.number_end <= end:
                distance = 0  # the words frame the number: "earnings of 81 cents per share"
            else:
                continue
            if words.cause_before.search(text, max(lo, start - 30), start):
                distance *= _CAUSE_PENALTY  # "trotz des Kurssprungs": a cause
            score = distance * (4.0 if rule.generic else 1.0) + order * 0.01
            if best is None or score < best[0]:
                best = (score, metric, rule, (start, end))
    if best is None:
        return None
    if best[3][0] >= q.end and words.estimate_link is not None:
        # "einem Kursziel von 820 Dollar bewertet": the estimate the number completes
        # wins over a verb after it
        for _order, rule, rule_spans in spans:
            metric = rule.by_unit.get(kind)
            if metric in ESTIMATE_METRICS and not rule.generic:
                for start, end in rule_spans:
                    if start >= lo and words.estimate_link.fullmatch(text, end, q.number_start):
                        return metric, rule, (start, end)
    blocker = _blocking_distance(spans, q, lo, text, words)
    if blocker is not None and blocker * (4.0 if best[2].generic else 1.0) < best[0]:
        return None  # "raised its dividend by 4%": closer to a metric this unit cannot have
    return best[1], best[2], best[3]


def _change_of(text: str, q: Quantity, start: int, end: int, clause_end: int,
               words: FigureWords, spans: TriggerSpans) -> bool:
    """The metric word at ``start``–``end`` follows the number's noun of change
    ("a 9% decline in Latin America revenue"): it is the number's, however long
    the words between and whatever number follows it. Only the first metric word
    of the change's complement is: in "a 5% increase in profit on higher sales"
    the sales are the cause, and the profit grew."""
    if words.change_of is None or q.end > start or end > clause_end:
        return False
    change = words.change_of.fullmatch(text, q.end, start)
    return change is not None and not any(
        change.start("complement") <= other_start and other_end <= start
        for _order, _rule, found in spans for other_start, other_end in found)


_GLOSS_LONGEST = 120  # how long a gloss between commas may be


def _in_gloss(text: str, start: int, end: int, before: int, words: FigureWords) -> bool:
    """The metric word at ``start``–``end`` stands in a gloss of the noun before
    it, which closes before the number at ``before`` ("Net interest income, the
    difference between what a bank earns on loans and pays on deposits, rose 9%
    to $3.78 billion"): it describes that noun and names no number after it."""
    if words.gloss_open is None:
        return False
    # the opening may end right at the word ("GMV, the total value of orders …, grew 29%"):
    # the search ends one past it, so that the opening's look at the next letter can see it
    for opening in words.gloss_open.finditer(text, max(0, start - _GLOSS_LONGEST), start + 1):
        close = CLAUSE_COMMA.search(text, opening.end())
        if close is not None and end <= close.start() < before \
                and close.start() - opening.end() <= _GLOSS_LONGEST:
            return True
    return False


def per_share_of_other(sentence: Sentence, q: Quantity, words: FigureWords,
                        start: int, end: int) -> bool:
    """The share word at ``start``–``end`` ends a per-share phrase that another
    amount stands right before ("eine Dividende von 3,10 Euro je Aktie, für das
    Vorjahr 2,70 Euro"): it tells that amount's unit, not that a later number
    is the share's price. So where the amount's metric word stands between them
    ("statt 1,20 Euro Dividende je Aktie nur 0,90 Euro")."""
    text = sentence.text
    phrase = words.per_share.search(text, max(0, start - 12), end)
    if phrase is None or phrase.end() != end:
        return False
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(p is not q and p.end <= phrase.start()
               and _ONE_WORD.fullmatch(text, p.end, phrase.start()) is not None
               for p in quantities)


_ONE_WORD = re.compile(r"\s*(?:[^\W\d]+\s+)?")  # between an amount and its per-share phrase


_CLAIMED_PENALTY = 10.0  # how much farther a metric word counts that has its own number


def _claimed_between(sentence: Sentence, kind: str, end: int, start: int,
                     words: FigureWords) -> bool:
    """A number of the same kind stands between the metric word and this
    number, and a comma after it: the word named that one, and this number
    belongs to a phrase of its own ("Bei Adidas zog der Umsatz um 10 Prozent
    an, die Aktie legte um 2 Prozent zu"). Where no other word names this
    number the word still may ("ein Umsatz von 5 Milliarden, nach 4 Milliarden
    im Vorjahr"). So where an "and" instead of the comma opens the next phrase
    ("Revenue fell 3% and the shares slipped 1.2%")."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(end <= p.start and p.end <= start and unit_kind(p) == kind
               and ("," in sentence.text[p.end:start] or words.joined is not None
                    and words.joined.search(sentence.text, p.end, start) is not None)
               for p in quantities)


def _subject_after_comma(sentence: Sentence, end: int, number_start: int) -> bool:
    """A company's name opens a phrase right after a comma, between the metric word (ending
    at ``end``) and the number, with only a lower-case verb between the name and the number
    ("After Caterpillar reported higher profit, Deere gained 2%"), or after the comma that
    closes the name as an apposition ("Its rival in smartphones, Xiaomi, rose 1.2%"): the name
    is the number's subject, and the word before the comma is the opening phrase's, not this
    number's."""
    text = sentence.text
    for m in sentence.mentions:
        start, stop = sentence.local(m.start), sentence.local(m.end)
        if m.type in ISSUER_TYPES and end < start and stop <= number_start \
                and text[end:start].rstrip().endswith(",") \
                and _VERB_ONLY.fullmatch(text, stop, number_start) is not None:
            return True
    return False


_VERB_ONLY = re.compile(r",?\s+[a-zäöüß]+(?:\s+[a-zäöüß]+)?\s+")  # "gained", "legte um", ", rose"


def _kind_between(sentence: Sentence, kind: str, end: int, start: int) -> bool:
    """An amount of the same kind, with its unit, stands between this number
    (ending at ``end``) and the metric word after it (at ``start``): the word
    names that closer one. A bare number ("12,000 iX3 vehicles") names nothing."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(end <= p.start and p.end <= start and p.unit is not None and unit_kind(p) == kind
               for p in quantities)


_NEXT_NUMBER = 40  # how far after a metric word the number it names may stand


def _owned_by_next(sentence: Sentence, rule: MetricRule, end: int, clause_end: int,
                   spans: TriggerSpans, words: FigureWords) -> bool:
    """A metric word after the number that another number of its kind follows
    closely, in the clause and its phrase, names that one: "operating income hit
    $12 billion with margins expanding to 35%" (the margin is the 35%, not the
    12 billion); not so "$35 billion in revenue, a 24% jump", nor a date after
    it ("650 million downloads as of December 2024"); a count names its noun
    right after it, so one after the word counts something else ("36,000
    employees in 50 countries"); nor one that another metric word names ("13,5
    Milliarden Euro Umsatz sowie eine Marge von 22 Prozent"), nor the tolerance
    of a guided value ("Umsatz plus oder minus 500 Millionen"), nor a value the
    number replaces ("9 bis 11 Prozent Umsatzwachstum statt wie bisher 7 bis 10")."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    text = sentence.text
    return any(end <= p.start <= min(clause_end, end + _NEXT_NUMBER) and unit_kind(p) in rule.by_unit
               and unit_kind(p) != "count" and not _PHRASE_END.search(text, end, p.start)
               and not is_date_or_year_like(text, p)
               and not words.tolerance.search(text, max(end, p.start - 20), p.number_start)
               and not (words.superseded_before is not None and words.superseded_before.search(
                   text, max(end, p.start - 50), p.start))
               and not any(end <= start and stop <= p.start
                           for _order, _rule, found in spans for start, stop in found)
               and not _named_after(sentence, p, spans, words)
               for p in quantities)


def _names_number_before(sentence: Sentence, q: Quantity, kind: str, start: int,
                         words: FigureWords) -> bool:
    """The metric word stands right after another number of the kind ("$4bn in
    sales and $800 million …"), or closes that number's noun of change ("a 2% fall
    in sales and its shares slipped 0.8%"): it is that number's own."""
    if words.word_after_number is None:
        return False
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(p.end <= start and p is not q and p.end <= q.start and unit_kind(p) == kind
               and (words.word_after_number.fullmatch(sentence.text, p.end, start)
                    or _change_names(sentence.text, p, start, words))
               for p in quantities)


def _change_names(text: str, p: Quantity, start: int, words: FigureWords) -> bool:
    """The number ``p`` opens a noun of change that the metric word at ``start``
    closes ("a 2% fall in sales"), with no "and" between them: in "a 2% fall in sales
    and its shares" the shares are the next phrase's."""
    return words.change_of is not None and words.joined is not None \
        and words.change_of.fullmatch(text, p.end, start) is not None \
        and words.joined.search(text, p.end, start) is None


def _named_after(sentence: Sentence, p: Quantity, spans: TriggerSpans,
                 words: FigureWords) -> bool:
    """A metric word stands right after the number ("3,2 Mrd Euro Umsatz und 410
    Millionen Euro Gewinn"): the number has its own word, and one before it is
    not taken from another number for it."""
    if words.word_after_number is None:
        return False
    return any(words.word_after_number.fullmatch(sentence.text, p.end, start) is not None
               for _order, rule, found in spans if unit_kind(p) in rule.by_unit
               for start, _stop in found if p.end <= start)


_PHRASE_END = re.compile(r"[,;:()]")


def _blocking_distance(spans: TriggerSpans, q: Quantity, lo: int, text: str,
                       words: FigureWords) -> float | None:
    """Distance to the closest specific metric word before the number whose
    metric has no value of this kind of unit, outside a gloss and outside a
    relative clause closed before the number ("X, which has 510 million
    subscribers, posted a 17% jump in net profit": the subscribers block nothing)."""
    kind = unit_kind(q)
    found = [q.start - end for _order, rule, rule_spans in spans
             if not rule.generic and kind not in rule.by_unit
             for start, end in rule_spans if lo <= start and end <= q.start
             and not _in_gloss(text, start, end, q.start, words)
             and closed_relative(words.lang, text, start, end, q.start) is None]
    return min(found) if found else None


def quantities_of(sentence: Sentence, lang: str) -> list[Quantity]:
    """The sentence's quantities: those the figure finder kept for it (it runs
    first and reads every sentence with a digit), else read now. Several rules
    ask for the numbers of one sentence, once per name; they are read once."""
    found: list[Quantity] | None = sentence.cache.get("quantities")  # type: ignore[assignment]
    return found or find_quantities(sentence.text, lang)


__all__ = ["ESTIMATE_METRICS", "PER_SHARE_METRICS", "FigureWords", "Found", "MetricRule",
           "TriggerSpans", "figure_words", "is_estimate_rule", "metric_of",
           "quantities_of", "trigger_spans", "unit_kind"]
