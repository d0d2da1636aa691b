"""Attribution: which entity a figure is about.

A figure's number sits among several names: the company the article is
about, a rival named in passing, the bank whose analyst speaks, the news
agency in the dateline. Each mention near the number becomes a
:class:`Candidate` with the evidence for it, and the strongest evidence
wins. The evidence holds in any article:

* **bound** to the metric word: a compound ("Siemens-Umsatz"), a genitive or
  "von/of X" ("der Umsatz von Siemens", "revenue of BYD"), a possessive
  ("BYD's revenue", "Siemens' Umsatz"); for a target or fair value also "für
  X"/"for X"/"on X" after the metric word or the amount; a name right after
  the number and "in"/"of"/"bei" ("a 10% rise in the Nasdaq");
* **clause subject**: the closest fitting name before the number in its
  clause (for amounts spent, the first: the buyer, not what it buys);
* **sentence**: a fitting name earlier in the sentence, or, for share
  figures, right after the number in the clause ("… bleibt SAP");
* **passage**: for share figures the company whose shares the last
  sentences speak of; otherwise a company named in the sentence before;
* **salience**: the company the article is about, by the one score of
  :mod:`kg.nlp.salience` (headline and lead, the subject of its sentences,
  how often named; credits, a bank that rates and the owner of a named
  rival do not count);
* **type fit**: a share price or target belongs to a company or bank whose
  shares trade, downloads to a model or app, an index level to an index.

The evidence kinds are ranked; when two different entities are bound to
the same metric word, no candidate clearly wins and nothing is emitted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from kg.nlp.document import (
    INSTITUTION,
    ISSUER_TYPES,
    PRODUCT_TYPES,
    Document,
    Sentence,
    cited,
    closed_relative,
    compound_modifier,
    listed_runs,
    names_consensus,
    names_unknown,
    owns_named_relative,
    relative_clauses,
)
from kg.nlp.gazetteer import Mention
from kg.nlp.items import item_name
from kg.nlp.lang import info, lexicon, lexicon_pattern, not_names
from kg.nlp.metrics import figure_words, quantities_of
from kg.nlp.prefilter import Prefilter, prepares
from kg.nlp.quantities import UNITS_NON_CURRENCY, Quantity
from kg.nlp.references import (
    catalogue_heads,
    named_as_rivals,
    owns_unnamed_unit,
    unfit_institution,
    unresolved_reference,
)
from kg.nlp.relation_cues import conjunction, list_ending
from kg.nlp.roles import titled_person_acts
from kg.nlp.salience import contest_object, is_credit, moved_index, part_of_salient, salient

# Ranks of evidence, strongest first.
BOUND = 7.0
CLAUSE = 6.0
CLAUSE_AFTER = 5.0
SENTENCE = 4.0
PASSAGE = 3.0
SALIENT = 2.0
AFTER = 1.0
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Candidate:
    """An entity a figure may be about, and why."""

    label: str
    score: float
    evidence: str


@dataclass(frozen=True)
class Target:
    """What is being attributed: the number's span and its metric word's span
    in the sentence (local offsets), the clause, the types that fit."""

    number_start: int
    number_end: int
    clause: tuple[int, int]
    types: frozenset[str]
    trigger: tuple[int, int] | None = None
    stock: bool = False  # a figure of the share market: price, target, move, index level
    estimate: bool = False  # a target or fair value: "für X", "for X" binds X
    change: bool = False  # a change in percent: "a 10% rise in X" binds X
    spender: bool = False  # an amount someone pays: the clause's first name pays


@dataclass(frozen=True)
class _Words:
    genitive: re.Pattern[str]
    # after a number with an article before it, the words before the company whose number it
    # is ("the 5% growth reported by X", "die 7 Prozent bei X"); None where the language has none
    owner_after: re.Pattern[str] | None
    estimate_for: re.Pattern[str]
    # after a metric word, what leads to a product it binds, maybe past the product's kind
    # ("Umsatz mit dem Prostatakrebsmittel X", "sales of the blood thinner X"); None where none
    product_link: re.Pattern[str] | None
    product_kind: re.Pattern[str]  # " dem Prostatakrebsmittel ": what stands between the link and it
    client_orders: re.Pattern[str] | None  # "Auftrag": its genitive names the customer
    client_before: re.Pattern[str] | None  # "Auftrag der ": the customer's name follows
    estimate_again: re.Pattern[str] | None  # ", und für ": the next company of a list of targets
    estimate_trusted: re.Pattern[str] | None  # "traut": its object right after is what the target is for
    estimate_pronoun: re.Pattern[str] | None  # ", das für ": a new target of the name next
    estimate_before: re.Pattern[str]  # "für die " right before a name ahead of the metric word
    # "Für ": the sentence opens with it and maybe an article, before a fronted name
    estimate_fronted: re.Pattern[str]
    # " nannte ": a verb of giving a target between a fronted name and the house after it
    estimate_fronted_verb: re.Pattern[str] | None
    after_number: re.Pattern[str]
    venue_before: re.Pattern[str]
    member_after: re.Pattern[str]  # "-Mitglieds", " member": the index names a member, not itself
    object_before: re.Pattern[str]
    apposition_before: re.Pattern[str]
    foil_aside: re.Pattern[str] | None  # ", angeführt vom ", ", the rival to ": no subject
    relative_open: re.Pattern[str] | None  # ", which": a relative clause opens after a comma
    unit_words: re.Pattern[str]
    unit_cue: Prefilter  # whether unit_words can match in a sentence at all
    unit_copula: re.Pattern[str] | None  # " ist der Hersteller ": a unit word's name follows
    unknown_owner: re.Pattern[str]
    unknown_after: re.Pattern[str] | None  # "Shares of chipmaker X": X owns them
    not_names: frozenset[str]  # capitalised words that are no name ("The", "Aktie")
    shares_of: re.Pattern[str] | None  # "die Papiere von ": the name next owns the shares
    article: re.Pattern[str]  # "der", "the": before a noun, which is no name
    object_of_figure: re.Pattern[str] | None  # "an Siemens Energy": owns no figure
    overtaken_after: re.Pattern[str] | None  # " als … überholt": the name before was overtaken
    perfect_before: re.Pattern[str] | None  # "hat ": an active perfect, the name next its object
    matter_after: re.Pattern[str] | None  # "… Euro für Klagen der ": the name next is the matter
    preposition: re.Pattern[str]  # any word of object_before, anywhere
    bid: re.Pattern[str] | None  # "bietet", "offered": the verb of a bid per share
    buyer: re.Pattern[str] | None  # "PNC agreed to buy": the name before it pays
    # "agreed to acquire software startup ": the name next is bought; "übernimmt das
    # Ethernet-Geschäft des Chipentwicklers ": the name next sells a unit
    bought: re.Pattern[str] | None
    bought_noun: re.Pattern[str] | None  # "seit dem Kauf von ": the name next is bought
    bought_by: re.Pattern[str] | None  # "agreed to be bought by ": the name next is the buyer
    agent_of: re.Pattern[str] | None  # "bought by", "takeover by": anywhere
    agent_aside: re.Pattern[str] | None  # "after", "failed": a "takeover by X" not the clause's deal
    active_buyer: re.Pattern[str] | None  # "agreed to pay", "buys": a verb whose subject pays
    joined: re.Pattern[str] | None  # "und", "and" alone between two names
    joined_nouns: re.Pattern[str] | None  # so, or after a name's own lower-case nouns ("bars and")
    respectively: re.Pattern[str] | None  # ", respectively" right after a list of numbers
    paired: re.Pattern[str] | None  # "bzw." alone between two numbers ("um 2 bzw. 3 Prozent")
    listed: re.Pattern[str] | None  # "," / "and" alone between two items of a list
    numbers_listed: re.Pattern[str] | None  # so, or the pairing word ("2 bzw. 3"), between numbers
    enterprise_value: re.Pattern[str] | None  # "Unternehmenswert", "enterprise value"
    takeover: re.Pattern[str] | None  # "Übernahme", "takeover": the sentence speaks of a purchase
    back_reference: re.Pattern[str] | None  # "Its", "Seine" opening a sentence: of the one before
    holder_only: re.Pattern[str] | None  # "X ist mit 4,8 Prozent beteiligt": a holder, no subject
    impersonal_at: re.Pattern[str] | None  # "läuft es bei ": the name next is what the clause tells of
    pronoun_opening: re.Pattern[str] | None  # "Sie ", "Er " opening a sentence
    person_relative: re.Pattern[str] | None  # ", who": a person's relative clause opens
    each: re.Pattern[str] | None  # "each", "jeweils": one number for each name listed
    combined: re.Pattern[str] | None  # "combined", "zusammen": one number summed over a list
    rival_before: re.Pattern[str] | None  # "Rival ", "Konkurrent ": the name next is a side rival
    free_float: re.Pattern[str] | None  # "Streubesitz", "free float": the listed company's
    share_noun_after: re.Pattern[str]  # "-Aktie", " shares": the name before owns the shares
    cause_phrase: re.Pattern[str]  # "after ", "nach dem Angebot von ": the name next tells a cause
    move_of: re.Pattern[str] | None  # "Kurseinbruch von ": the name next owns a share move
    fronted: re.Pattern[str] | None  # "Mit einem Umsatz von ": a figure before the verb and subject
    possessed_head: re.Pattern[str] | None  # " index's ": a noun a name's possessive stands on
    # " for the bank index": after a change, a sector's gauge named by common nouns only
    unnamed_gauge: re.Pattern[str] | None
    speech_opening: re.Pattern[str] | None  # ", arguing that": a comment on a topic opens
    result_shares: re.Pattern[str] | None  # ", sending its shares down ": the subject's shares
    result_payment: re.Pattern[str] | None  # ", spending ": the sentence's subject pays
    subordinate_opening: re.Pattern[str] | None  # "as ", "after ": a clause of its own opens
    speaker_after: re.Pattern[str] | None  # " said on Tuesday": the name before reports, no more


@prepares
@lru_cache(maxsize=4)
def _words(lang: str) -> _Words:
    table = lexicon(lang)["attribution"]
    pairing = lexicon(lang)["clauses"].get("respectively")  # shared with the ratings
    share_nouns = lexicon(lang)["clauses"]["share_nouns"]  # shared with clauses and ratings
    seated = lexicon(lang)["places"].get("seated_after")
    seat = rf"[A-ZÄÖÜ][\w.'’]*-(?:{seated})" if seated else "(?!)"  # "Oklahoma-based"
    unit_words = re.compile(rf"(?:{table['unit_words']})(?!\w)", re.IGNORECASE)
    # "mit der Sparte von X": a noun owned by the name may stand between the article and it
    owned = rf"(?:(?:{table['owned_noun_linker']})\s+)?" if table.get("owned_noun_linker") else ""
    return _Words(
        genitive=re.compile(rf"^\s*(?:{table['genitive']})\s+(?:\S+\s+)?$"),
        client_orders=re.compile(table["client_orders"]) if table.get("client_orders") else None,
        client_before=re.compile(rf"(?<!\w)(?:{table['client_orders']})\s+(?:{table['genitive']})\s+(?:\S+\s+)?$")
        if table.get("client_orders") else None,
        owner_after=re.compile(rf"^\s*(?:{table['owner_after']})\s+(?:\S+\s+)?$")
        if table.get("owner_after") else None,
        estimate_for=re.compile(
            rf"^\s*(?:{table['estimate_for']})\s+(?:(?:{table['articles']})\s+)?$"),
        product_link=re.compile(rf"\s*(?:{table['product_link']})\s+(?:{table['product_kind']})")
        if table.get("product_link") else None,
        product_kind=re.compile(rf"\s+(?:{table['product_kind']})"),
        estimate_again=re.compile(
            rf"(?:,|(?<!\w)(?:{table['coordination']}))\s+(?:{table['estimate_for']})\s+"
            rf"(?:(?:{table['articles']})\s+)?$") if table.get("coordination") else None,
        estimate_trusted=re.compile(
            rf"(?:{table['estimate_trusted']})$") if table.get("estimate_trusted") else None,
        estimate_pronoun=re.compile(
            rf"(?:,|(?<!\w)(?:{table['coordination']}))\s+(?:{table['estimate_pronoun']})\s+"
            rf"(?:{table['estimate_for']})\s+(?P<owner>[^\W\d_][\w&\-]*)", re.IGNORECASE)
        if table.get("estimate_pronoun") and table.get("coordination") else None,
        estimate_before=re.compile(
            rf"(?<!\w)(?:{table['estimate_for']})\s+(?:(?:{table['articles']})\s+)?$"),
        estimate_fronted=re.compile(
            rf"\s*(?i:{table['estimate_for']})\s+(?:(?:{table['articles']})\s+)?"),
        estimate_fronted_verb=re.compile(
            rf"\s+(?:{table['estimate_fronted_verbs']})\s+(?:(?:{table['articles']})\s+)?")
        if table.get("estimate_fronted_verbs") else None,
        after_number=re.compile(
            rf"^\s*(?:{table['after_number']})\s+(?:(?:{table['articles']})\s+)?$"),
        speech_opening=re.compile(rf",\s+(?:{table['speech_opening']})(?!\w)")
        if table.get("speech_opening") else None,
        result_shares=re.compile(rf",\s+(?:{table['result_shares']})\s*$")
        if table.get("result_shares") else None,
        result_payment=re.compile(rf",\s+(?:{table['result_payment']})\s+(?:[a-z]+\s+){{0,2}}?[^\w\s]{{0,3}}$")
        if table.get("result_payment") else None,
        subordinate_opening=re.compile(rf"\s*(?i:{subordinators})\s")
        if (subordinators := lexicon(lang)["relation_cues"].get("subordinators")) else None,
        speaker_after=re.compile(rf"\s+(?:{speech})(?!\w)")
        if (speech := lexicon(lang)["figures"].get("reported_speech")) else None,
        unnamed_gauge=re.compile(
            rf"\s*(?:{table['gauge_after_number']})\s+(?:{table['articles']})\s+"
            rf"(?:[^\W\d_][\w-]*\s+){{0,3}}(?:{tails})(?![\w-])")
        if table.get("gauge_after_number")
        and (tails := lexicon(lang)["references"].get("sector_tails")) else None,
        # a country's possessive may stand before the index's noun ("on Brazil's benchmark Ibovespa")
        venue_before=re.compile(rf"(?<!\w)(?:{table['venue_before']})\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?$",
                                re.IGNORECASE),
        member_after=re.compile(rf"(?:{lexicon(lang)['membership']['after']})(?!\w)"),
        object_before=re.compile(
            rf"(?<!\w)(?:{table['object_before']})\s+(?:(?:{table['articles']})\s+(?:[\w-]+\s+)?)?$",
            re.IGNORECASE),
        apposition_before=re.compile(rf"(?<!\w)(?:{table['apposition_before']})\s+$"),
        foil_aside=re.compile(rf"(?:{table['foil_aside']})(?:[\w'’-]+\s+){{0,3}}?$")
        if table.get("foil_aside") else None,
        relative_open=lexicon_pattern(lang, "clauses", "relative_open"),
        unit_words=unit_words,
        unit_cue=Prefilter([unit_words]),
        unit_copula=re.compile(
            rf"\s+(?:{table['unit_copula']})\s+(?:(?:{table['articles']})\s+(?:[\w-]+\s+){{0,2}}?)?")
        if table.get("unit_copula") else None,
        unknown_owner=re.compile(
            rf"(?<![\w-])(?P<owner>[A-ZÄÖÜ][\w&.]+(?:[ -][A-ZÄÖÜ][\w&.]*)*)"
            rf"(?:{table['share_owner_after']})(?!\w)"),
        unknown_after=re.compile(
            rf"(?<![\w-])(?:{share_nouns})\s+(?:{table['share_owner_before']})\s+"
            r"(?P<owner>[A-ZÄÖÜ][\w&.]+(?:[ -][A-ZÄÖÜ][\w&.]*)*)")
        if table.get("share_owner_before") else None,
        shares_of=re.compile(rf"(?<![\w-])(?:{share_nouns})\s+(?:{table['share_owner_before']})\s+$")
        if table.get("share_owner_before") else None,
        not_names=not_names(lang),
        possessed_head=re.compile(rf" (?:{table['possessed_heads']})(?:['’]s|['’]) ")
        if table.get("possessed_heads") else None,
        article=re.compile(rf"(?:{table['articles']})", re.IGNORECASE),
        preposition=re.compile(rf"(?<!\w)(?:{table['object_before']})(?!\w)", re.IGNORECASE),
        object_of_figure=re.compile(
            rf"(?<!\w)(?:{table['object_of_figure']})\s+(?:(?:{table['articles']})\s+(?:[\w-]+\s+{owned})?)?$",
            re.IGNORECASE) if table.get("object_of_figure") else None,
        overtaken_after=re.compile(rf"\s+(?:{table['overtaken_after']})")
        if table.get("overtaken_after") else None,
        perfect_before=re.compile(rf"(?<!\w)(?:{table['perfect_before']})\s+(?:[\w-]+\s+){{0,3}}$")
        if table.get("perfect_before") else None,
        matter_after=re.compile(rf"(?<!\w)(?:{table['matter_after']})\s+(?:[^\s,;:]+\s+){{0,4}}$")
        if table.get("matter_after") else None,
        bid=re.compile(rf"(?<!\w)(?:{table['bid_verbs']})(?!\w)")
        if table.get("bid_verbs") else None,
        buyer=re.compile(rf"\s+(?:{table['buyer_verbs']})(?!\w)")
        if table.get("buyer_verbs") else None,
        # the words between the verb and what it buys may hold the seat of it ("to buy
        # Oklahoma-based X"), which names no other party to the deal
        bought=re.compile(rf"(?<!\w)(?:{table['buyer_verbs']})\s+(?:(?:(?:[a-z][\w-]*|{seat})\s+){{0,3}}"
                          rf"|{table.get('sold_unit_before') or '(?!)'})$")
        if table.get("buyer_verbs") else None,
        bought_noun=re.compile(rf"(?<![\w-])(?:{table['bought_nouns']})\s+$")
        if table.get("bought_nouns") else None,
        bought_by=re.compile(rf"(?<!\w)(?:{table['buyer_agent']})\s+$")
        if table.get("buyer_agent") else None,
        agent_of=re.compile(rf"(?<!\w)(?:{table['buyer_agent']})(?!\w)")
        if table.get("buyer_agent") else None,
        agent_aside=re.compile(rf"(?<!\w)(?:{table['buyer_agent_aside']})(?!\w)", re.IGNORECASE)
        if table.get("buyer_agent_aside") else None,
        active_buyer=re.compile(rf"(?<!\w)(?:{table['buyer_verbs']}|{table['bid_verbs']})(?!\w)")
        if table.get("buyer_verbs") and table.get("bid_verbs") else None,
        joined=re.compile(rf"^\s+(?:{table['coordination']})\s+$")
        if table.get("coordination") else None,
        joined_nouns=re.compile(rf"^(?:\s+[a-z][\w-]*){{0,2}}\s+(?:{table['coordination']})\s+"
                                rf"(?:(?:{table['articles']})\s+[\w-]+\s+(?:{table.get('owned_noun_linker') or '(?!)'})\s+)?$")
        if table.get("coordination") else None,
        respectively=re.compile(
            rf"\s*(?:[^\W\d][\w.]*\s*){{0,2}}?,?\s*(?:{pairing})(?!\w)")
        if pairing else None,
        paired=re.compile(rf"^\s*,?\s*(?:{pairing})\s*$") if pairing else None,
        listed=re.compile(rf"^\s*(?:,|,?\s*(?:{table['coordination']}))\s*$")
        if table.get("coordination") else None,
        numbers_listed=re.compile(
            rf"^\s*(?:,|,?\s*(?:{table['coordination']}{'|' + pairing if pairing else ''}))\s*$")
        if table.get("coordination") else None,
        enterprise_value=re.compile(rf"(?:{table['enterprise_value']})", re.IGNORECASE)
        if table.get("enterprise_value") else None,
        takeover=re.compile(rf"(?<!\w)(?:{table['takeover']})(?!\w)")
        if table.get("takeover") else None,
        back_reference=re.compile(rf"^\W*(?:{table['back_reference']})\s")
        if table.get("back_reference") else None,
        holder_only=re.compile(table["holder_only"]) if table.get("holder_only") else None,
        impersonal_at=re.compile(table["impersonal_at"]) if table.get("impersonal_at") else None,
        pronoun_opening=re.compile(rf"^\W*(?:{table['pronoun_opening']})\s")
        if table.get("pronoun_opening") else None,
        person_relative=re.compile(table["person_relative"]) if table.get("person_relative") else None,
        each=re.compile(rf"(?<!\w)(?:{table['each']})(?!\w)") if table.get("each") else None,
        combined=re.compile(rf"\s*(?<!\w)(?:{table['combined']})(?!\w)")
        if table.get("combined") else None,
        rival_before=re.compile(rf"(?<!\w)(?:{table['rival_before']})\s+$")
        if table.get("rival_before") else None,
        free_float=re.compile(rf"(?<!\w)(?:{table['free_float']})(?!\w)", re.IGNORECASE)
        if table.get("free_float") else None,
        share_noun_after=re.compile(rf"(?:['’]s)?[\s-]+(?:{share_nouns})(?!\w)"),
        cause_phrase=re.compile(
            rf"(?<!\w)(?:{lexicon(lang)['figures']['cause_before']})\s+(?:[^\W\d][\w-]*\s+){{0,4}}$",
            re.IGNORECASE),
        move_of=re.compile(rf"(?<![\w-])(?:{table['move_of']})\s+$") if table.get("move_of") else None,
        fronted=re.compile(rf"^\W*(?:{table['fronted_figure']})\s") if table.get("fronted_figure") else None,
    )


def _shares_of(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """The name is the owner in "die Papiere von X", "shares of X": the
    sentence is about X's shares, though X follows a preposition; not where
    it owns the noun after it ("shares of X's rival", "die Aktie von X'
    Konkurrent": the rival's shares)."""
    pattern = _words(lang).shares_of
    start = sentence.local(mention.start)
    possessive = mention.surface != mention.label and mention.surface.endswith(_POSSESSIVE) \
        or sentence.text.startswith(_POSSESSIVE, sentence.local(mention.end))
    return not possessive and pattern is not None \
        and pattern.search(sentence.text, max(0, start - 60), start) is not None


_POSSESSIVE = ("'", "’")  # "X's", "X'": the name owns what follows it
POSSESSIVE_ENDS = ("'s", "’s", "'", "’")  # the ending of a possessive name


def is_object(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """A name after a preposition: "neben Rheinmetall", "an OpenAI", "bei der
    Tochter Healthineers", "ahead of Nvidia": an object or a comparison; so is
    a name joined by "und"/"and" to such a one ("zu den Konkurrenten Allianz
    und Munich Re"), which is no subject either."""
    start = sentence.local(mention.start)
    words = _words(lang)
    if words.object_before.search(sentence.text[max(0, start - 50):start]):
        return True
    if words.joined is None:
        return False
    return any(m.end <= mention.start and words.joined.match(sentence.text[sentence.local(m.end):start])
               and is_object(sentence, m, lang) for m in sentence.mentions)


def _preposition_between(sentence: Sentence, number_end: int, mention: Mention,
                         lang: str) -> bool:
    """A preposition between an amount spent and a name after it: the name
    sits in a phrase of its own ("verteilt sich auf 56 Züge des Herstellers
    Talgo"), and is not the payer named after the amount ("Nach
    Investitionen von 30 Milliarden hält SoftBank …")."""
    between = sentence.text[number_end:sentence.local(mention.start)]
    return bool(_words(lang).preposition.search(between))


def is_matter(sentence: Sentence, number_end: int, mention: Mention, lang: str) -> bool:
    """A name after the number in the phrase of the matter the amount is about
    ("eine Rückstellung von 260 Millionen Euro für Klagen früherer Aktionäre der
    X", "a charge of $300 million over the X lawsuit"): what the amount concerns,
    not who books it; a name after the verb ("meldete am Dienstag X") is no such one."""
    pattern = _words(lang).matter_after
    return pattern is not None and pattern.search(
        sentence.text, number_end, sentence.local(mention.start)) is not None


def is_figure_object(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """A name after a preposition that makes it no owner of a number after
    it: "die Beteiligung an Siemens Energy, so dass … 11,61 Euro", "a stake
    in Arm … revenue rose 12%", "the maker of Acme bars"; nor is the customer an order's
    genitive names ("Der Auftrag der Bundeswehr hat ein Volumen von …")."""
    words = _words(lang)
    if words.object_of_figure is None:
        return False
    start = sentence.local(mention.start)
    before = sentence.text[max(0, start - 50):start]
    if words.object_of_figure.search(before) \
            or words.client_before is not None and words.client_before.search(before):
        return True
    end = sentence.local(mention.end)
    if words.overtaken_after is not None and words.perfect_before is not None \
            and words.overtaken_after.match(sentence.text, end) \
            and words.perfect_before.search(sentence.text[max(0, start - 50):start]):
        return True  # "Nvidia hat Apple als wertvollstes Unternehmen überholt, mit …"
    # joined by "and" to such a name, which may have nouns of its own ("the maker of Acme
    # bars and Muster pet food confirmed its outlook": neither brand owns the outlook), or by a
    # comma inside a list that goes on with a name ("The owner of Gucci, Saint Laurent and
    # Balenciaga said it would pay …"; not an apposition: "the owner of Gucci, Kering, said").
    # The gap is checked before the earlier name is: only the name right before can be joined,
    # so the check walks back a list once instead of branching on every earlier name.
    if words.joined_nouns is None:
        return False
    joined_nouns = words.joined_nouns
    listed = list_goes_on(sentence, mention, lang)

    def joined(m: Mention) -> bool:
        gap = sentence.text[sentence.local(m.end):start]
        return joined_nouns.match(gap) is not None or (listed and gap.strip() == ",")

    return any(m.end <= mention.start and joined(m) and is_figure_object(sentence, m, lang)
               for m in sentence.mentions)


def list_goes_on(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """Is ``mention`` followed by another name of a list, after a comma or a conjunction
    ("Gucci, Saint Laurent and Balenciaga": Gucci and Saint Laurent are)?"""
    words = _words(lang)
    if words.joined is None:
        return False
    end = sentence.local(mention.end)
    for m in sentence.mentions:
        if m.start >= mention.end:
            gap = sentence.text[end:sentence.local(m.start)]
            return gap.strip() == "," or words.joined.match(gap) is not None
    return False


def is_apposition(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """"PDD Holdings – auch bekannt als Pinduoduo": another name of the
    entity before, not a candidate of its own."""
    before = sentence.text[max(0, sentence.local(mention.start) - 25):sentence.local(mention.start)]
    return bool(_words(lang).apposition_before.search(before))


_TO_COMMA = re.compile(r"\s*(?=,)")  # the space before a comma right after a name


def in_foil_aside(sentence: Sentence, mention: Mention, number_start: int, lang: str) -> bool:
    """Does the name stand in an aside set off by commas that tells who led something or
    whose rival the subject is, closed before the number ("Bei der Finanzierungsrunde im
    September, angeführt vom Chipausrüster ASML, wurde es mit 11,7 Milliarden Euro bewertet",
    "AMD's ROCm software, the rival to Nvidia's CUDA, has been downloaded 20 million times")?
    The leader or the rival is not what the main clause is about; an aside that runs on to
    the number ("…, led by X, which is worth $4 billion") is not closed."""
    words = _words(lang)
    at, end = sentence.local(mention.start), sentence.local(mention.end)
    if words.foil_aside is None or end > number_start \
            or words.foil_aside.search(sentence.text, max(0, at - 80), at) is None:
        return False
    closing = _TO_COMMA.match(sentence.text, end, number_start)
    return closing is not None and (words.relative_open is None
                                    or words.relative_open.match(sentence.text, closing.end()) is None)


def in_closed_relative(sentence: Sentence, mention: Mention, number_start: int, lang: str,
                       subject_types: frozenset[str] | None = None,
                       opens_as: re.Pattern[str] | None = None) -> bool:
    """"Die Sparte X, in der die Tochter Y Lager automatisiert, steigerte den
    Umsatz um 3 Prozent", "Samsung, which has struggled to win Nvidia's
    approval, lost 2.4%": Y stands in a relative clause that closes before
    the number (:func:`~kg.nlp.document.closed_relative`), so the number
    belongs to the main clause, not to Y.

    The clause alone does not say whom the main clause is about, so the
    callers add one condition each. A candidate for a figure
    (``subject_types``) is dismissed only where the main clause names a
    subject of those types before the clause: where it names none ("Die
    App, die unter dem Namen Y läuft, kommt auf …") Y is still the one
    meant. The figure rules, which name no subject, dismiss a name only in a
    clause that opens the way ``opens_as`` does (the clause of a figure's
    owner: ", die um 3 Prozent …", ", which includes …"), for no subject
    stands before the clause to take the number in Y's place."""
    at = sentence.local(mention.start)
    if at >= number_start:
        return False  # "gefolgt von E.on, die 6,2 Prozent …": the clause after the name
    clause = closed_relative(lang, sentence.text, at, sentence.local(mention.end), number_start)
    if clause is None:
        return False  # the clause goes on to the number: the name may be its subject
    if opens_as is not None and not opens_as.match(sentence.text, clause.opens):
        return False
    return subject_types is None or any(
        m.type in subject_types and sentence.local(m.end) <= clause.opens for m in sentence.mentions)


_NAME_GAP = re.compile(r"[ \t]{1,2}")  # between a unit word and the name after it


def _of_unnamed_gauge(sentence: Sentence, target: Target, lang: str) -> bool:
    """Is the change bound by a preposition to a sector's gauge named by common nouns only
    ("a 19% rise for the bank index", "a 4% drop in the insurance sector")? It is that
    sector's, so no company named elsewhere in the sentence takes it."""
    found = _words(lang).unnamed_gauge
    match = found.match(sentence.text, target.number_end) if found is not None else None
    return match is not None and not any(
        target.number_end <= sentence.local(m.start) < match.end() for m in sentence.mentions)


def names_generic_unit(document: Document, sentence: Sentence, target: Target) -> bool:
    """The clause names a unit only generically before the number ("in der
    Gaming-Sparte"), and no unit by name: the figure is the unit's, and no
    named entity can carry it. A unit word inside a name ("Arm Holdings")
    names no unit; one right before a name ("die Billigtochter Eurowings")
    names that one, and so does a copula between them ("Größte Tochter ist X"); the line
    "der Umsatz mit" names the product after it, maybe past its kind ("der Umsatz mit dem
    Prostatakrebsmittel X")."""
    words = _words(document.lang)
    if not words.unit_cue.candidates(sentence.text, sentence.cache):
        return False  # no unit word anywhere in the sentence (asked for each of its numbers)
    names = [(sentence.local(m.start), sentence.local(m.end)) for m in sentence.mentions]
    if not any(not any(start <= found.start() and found.end() <= end for start, end in names)
               and not any(_NAME_GAP.fullmatch(sentence.text, found.end(), start)
                           or words.unit_copula is not None
                           and words.unit_copula.fullmatch(sentence.text, found.end(), start)
                           for start, _end in names)
               and not any(m.type in PRODUCT_TYPES and words.product_kind.fullmatch(
                   sentence.text, found.end(), sentence.local(m.start)) for m in sentence.mentions)
               and closed_relative(document.lang, sentence.text, found.start(), found.end(),
                                   target.number_start) is None
               for found in words.unit_words.finditer(
                   sentence.text, target.clause[0], target.number_start)):
        # no unit word, or each one followed by its name ("die Tochter Eurowings") or in a
        # relative clause closed before the number ("X, which competes in the premium
        # segment, delivered 212,000 cars": a market's segment, not X's unit)
        return False
    start, end = sentence.start + target.clause[0], sentence.start + target.clause[1]
    return not any(m.type == "BusinessUnit" and start <= m.start < end for m in sentence.mentions)


def unknown_owners(sentence: Sentence, target: Target, lang: str) -> list[str]:
    """The owners of the shares the clause names before the number that are
    names the extractor does not know ("SimCorp shares soared 36%", "Shares of
    chipmaker GigaDevice rose 35%", "Novo Nordisk was down 4%"), as printed."""
    start, end = target.clause[0], target.number_start
    words = _words(lang)
    found = [*words.unknown_owner.finditer(sentence.text, start, end),
             *(words.unknown_after.finditer(sentence.text, start, end)
               if words.unknown_after is not None else ())]
    return [match.group("owner") for match in found
            if names_unknown(sentence, match, words.not_names) and not _after_article(
                sentence.text, match, words.article, info(lang).case_sensitive)
            and not _describes_name(sentence, match.end("owner"), end)]


# Capitalised words opening a clause (a possessive's apostrophe is one of their letters), an
# apposition set off by commas after them at most, before a word in lower case (the clause's
# verb): the clause's subject, as printed.
_OPENING_NAME = re.compile(r"[\W_]*(?P<owner>[A-Z][\w'’.&\-]*(?:\s+[A-Z][\w'’.&\-]*){0,3})"
                           r"(?:,[^,]{1,80},)?\s+[a-z]")


# A word of a name: a capital and a small letter ("Ridgeview"), not an acronym ("AI"), which
# as often names a trade.
_NAME_WORD = re.compile(r"[A-Z][a-z]")


def unknown_subject(document: Document, sentence: Sentence, clause_start: int, number_start: int) -> bool:
    """Does the clause open with a name the extractor does not know as its subject, no name
    it knows between it and the number (local ``number_start``: "Ridgeview reported revenue
    …", "Vantor, a FTSE 250 group, said it would return …"; not "COVID-19 antiviral Paxlovid
    generated …")? Then its figures are that firm's, and no company named nearby may take them. A name is
    told from a common word opening the sentence ("Revenue rose …") by the article: it
    prints the name's first word capitalised inside a sentence too, outside any name it
    knows ("Group revenue grew …" beside "Alibaba Group" is no name), never in lower case.
    Only where capitals mark names alone; where nouns are capitalised too, they tell
    nothing; nor is a country's adjective ("Italian units") or an acronym a firm's name.
    """
    if info(document.lang).case_sensitive:
        return False
    match = _OPENING_NAME.match(sentence.text, clause_start)
    if match is None or not names_unknown(sentence, match, not_names(document.lang)):
        return False
    first = match.group("owner").split()[0]
    if first in not_names(document.lang) or not _NAME_WORD.match(first) \
            or first in lexicon(document.lang)["references"].get("country_words", {}) or any(
            sentence.start + match.end("owner") <= m.start < sentence.start + number_start
            for m in sentence.mentions):
        return False
    prints = document.word_prints(first)
    return not prints.lower and any(
        not any(m.start <= document.sentences[index].start + start < m.end
                for m in document.sentences[index].mentions)
        for index, start, _ in prints.inside)


def owner_between(document: Document, sentence: Sentence, start: int, end: int) -> tuple[bool, str | None]:
    """Does an owner of shares the extractor does not know as printed stand between two
    offsets of the document ("X and Universal Music Group …; Universal Music shares rose 2%
    in Amsterdam"), and which company of the article its short form names (None where it
    names none or several)? The shares are that owner's, not those of a name before it."""
    words = _words(document.lang)
    local_start, local_end = sentence.local(start), sentence.local(end)
    owners = [match.group("owner")
              for match in words.unknown_owner.finditer(sentence.text, local_start, local_end)
              if names_unknown(sentence, match, words.not_names)]
    return (True, short_owner(document, owners)) if owners else (False, None)


def short_owner(document: Document, owners: list[str]) -> str | None:
    """The one company of the article whose name, as printed or catalogued,
    opens with the words of the share owner ("United's shares rose 4%" after
    "United Airlines", "die LEG-Aktie" after "LEG Immobilien"): news name a
    company by its first words after the first mention, and in front of its
    shares the short form names that company (an article before it, "Die
    LEG-Aktie", is no part of the name). None where the owners are not one
    name, where the name opens no company's name or more than one's, or where
    it opens a company found in the text only and catalogued names too ("Royal"
    of "Royal Systems Inc." and of "Royal Caribbean Group"): a catalogued
    company named in full decides its short form, a found one does not."""
    article = _words(document.lang).article
    names = {" ".join(_without_article(owner.split(), article)) for owner in owners}
    if len(names) != 1 or not (name := next(iter(names))):
        return None
    prefix = name + " "
    labels = {m.label for m in document.mentions
              if m.type in ISSUER_TYPES and not m.rule.startswith("reference/")
              and (m.surface.startswith(prefix) or m.label.startswith(prefix))}
    if len(labels) != 1:
        return None
    label = next(iter(labels))
    if document.catalogue.get(label) is None \
            and catalogue_heads(document.catalogue).get(name.split()[0]):
        return None  # a found name whose short form opens catalogued names may mean those
    return label


_DESCRIPTION = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+")  # "electric vehicle maker"


def _without_article(words: list[str], article: re.Pattern[str]) -> list[str]:
    """The words of a name as printed without the article that opens them."""
    return words[1:] if words and article.fullmatch(words[0]) else words


def _describes_name(sentence: Sentence, at: int, end: int) -> bool:
    """Is the capitalised word an adjective of a description that a known name
    ends before the number ("Shares of Chinese electric vehicle maker XPeng
    rose 7%")? Then that name owns the shares, not an unknown one."""
    return any(at <= sentence.local(m.start) and sentence.local(m.end) <= end
               and _DESCRIPTION.fullmatch(sentence.text, at, sentence.local(m.start))
               for m in sentence.mentions)


def _after_article(text: str, match: re.Match[str], article: re.Pattern[str],
                   nouns_capitalised: bool) -> bool:
    """Does the owner, a word on its own before the verb (not the head of a
    compound such as "den KI-Titel"), open with an article or follow one ("Das
    Papier stieg um 3 Prozent", "der Autobauer gewann"), or, where nouns are
    capitalised, follow an article and an adjective ("Der MDax der
    mittelgroßen Werte gewann")? Then it is a noun, no name: a German noun is
    capitalised like a name, but a name in a market report stands bare
    ("Andritz legten 1,7 Prozent zu")."""
    if not text[match.end("owner"):match.end("owner") + 1].isspace():
        return False
    first = match.group("owner").split()[0]
    before = text[:match.start("owner")].split()[-2:]
    if article.fullmatch(first) is not None or before and article.fullmatch(before[-1]):
        return True
    return nouns_capitalised and len(before) == 2 and before[-1][:1].islower() \
        and article.fullmatch(before[0]) is not None


def is_venue(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """An index or exchange named as where a share trades or ranks ("das
    Schlusslicht im Leitindex Dax", "top gainer on the Nasdaq"), or as what a
    company belongs to in a member's compound ("Die Aktie des Dax-Mitglieds
    legte 3 Prozent zu", "shares of the FTSE 100 member rose 2%"): the place
    of the move, not what moved."""
    if mention.type not in ("MarketIndex", "StockExchange"):
        return False
    words = _words(lang)
    local = sentence.local(mention.start)
    return bool(words.venue_before.search(sentence.text[max(0, local - 30):local])
                or words.member_after.match(sentence.text, sentence.local(mention.end)))


def bidder(sentence: Sentence, clause: tuple[int, int], number_start: int,
           lang: str) -> str | None:
    """Who bids a price per share: the name right before the last bid verb
    before the amount in its clause ("Übernahmekampf um Y: X bietet 68 Euro je
    Aktie", "X offered $52 a share for Y"). The bidder never owns that price;
    the company bought does. None where no bid verb has a name before it."""
    words = _words(lang)
    if words.bid is None:
        return None
    bids = list(words.bid.finditer(sentence.text, clause[0], number_start))
    if not bids:
        return None
    verb = sentence.start + bids[-1].start()
    before = [m for m in sentence.mentions
              if sentence.start + clause[0] <= m.start and m.end <= verb]
    return before[-1].label if before else None


def respective(sentence: Sentence, number_start: int, can_carry: Callable[[Mention], bool],
               lang: str, in_order: bool = False) -> tuple[bool, str | None]:
    """Numbers listed with the pairing word after them ("JPMorgan and Citi
    set targets of $95 and $105, respectively") or between them ("Siemens
    und SAP legten um 2 bzw. 3 Prozent zu"): paired in order with the names
    listed before the first number that ``can_carry`` them. Returns whether
    the number is such a list's, and the name paired with it: None where
    names and numbers differ in count, for no pair is then sure. Numbers in
    different units are no such list: they state one figure two ways. With ``in_order`` a
    list needs no pairing word ("Hensoldt und Renk legten um 5,2 und 4,4 Prozent zu"): names
    that move together on the market each move by a number of their own, so the list of share
    moves pairs in order, and a list of another count than the names pairs none."""
    listing = _number_list(sentence, number_start, can_carry, lang)
    if listing is None or not (listing.paired or in_order):
        return False, None
    if len(listing.names) != listing.count:
        return True, None
    return True, listing.names[listing.index].label


def unpaired_list(sentence: Sentence, number_start: int,
                  can_carry: Callable[[Mention], bool], lang: str) -> bool:
    """Numbers listed with no pairing word after as many names listed before them ("Oracle,
    SAP and Salesforce reported revenue growth of 8%, 10% and 12%"): each number is likely
    one name's, but no word says so, so none is the last name's alone."""
    listing = _number_list(sentence, number_start, can_carry, lang)
    return listing is not None and not listing.paired and len(listing.names) == listing.count


@dataclass(frozen=True)
class _NumberList:
    index: int  # the number's place in its list
    count: int  # how many numbers the list holds
    paired: bool  # a pairing word ("respectively", "bzw.") joins them to the names
    names: list[Mention]  # the names listed before the first number, two at least


def _number_list(sentence: Sentence, number_start: int, can_carry: Callable[[Mention], bool],
                 lang: str) -> _NumberList | None:
    """The list of numbers, of one unit, that holds the number, with the list of two names or
    more right before its first number that ``can_carry`` them; None where there is none."""
    words = _words(lang)
    around = _numbers_around(sentence, number_start, lang)
    if words.respectively is None or words.paired is None or words.listed is None or around is None:
        return None
    quantities, at, numbers = around
    text = sentence.text
    first, last = numbers[0], numbers[-1]
    if first == last:
        return None
    if len({quantities[k].unit for k in numbers} - {None}) > 1:
        return None  # "um 5 Prozent bzw. 400 Millionen Euro": one figure in two measures
    opening = sentence.start + quantities[first].start
    names = [m for m in sentence.mentions if m.end <= opening and can_carry(m)]
    runs = listed_runs(text, [(sentence.local(m.start), sentence.local(m.end)) for m in names],
                       words.listed)
    run = [names[index] for index in runs[-1]] if runs else []
    if len(run) < 2:
        return None  # one name: "Apple's revenue and profit rose 5% and 8%, respectively"
    paired = bool(words.respectively.match(text, quantities[last].end)
                  or any(words.paired.match(text[quantities[k].end:quantities[k + 1].start])
                         for k in range(first, last)))
    return _NumberList(index=at - first, count=last - first + 1, paired=paired, names=run)


def _numbers_around(sentence: Sentence, number_start: int, lang: str
                    ) -> tuple[list[Quantity], int, range] | None:
    """The sentence's numbers, the place of the one at ``number_start`` among them and the
    places of the list that holds it ("5% and 8%", a lone number its own list); None where the
    language lists no numbers or no number starts there."""
    words = _words(lang)
    if words.numbers_listed is None:
        return None
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    at = next((i for i, q in enumerate(quantities) if q.number_start == number_start), None)
    if at is None:
        return None
    numbers = next(run for run in _number_runs(sentence, quantities, words.numbers_listed)
                   if at in run)
    return quantities, at, numbers


def _number_runs(sentence: Sentence, quantities: list[Quantity],
                 listed: re.Pattern[str]) -> list[range]:
    """The lists of the sentence's numbers (:func:`~kg.nlp.document.listed_runs`),
    found once: the list rules ask for them at each number of the sentence. Kept
    with the numbers they were found among, which are set once a sentence."""
    kept = sentence.cache.get("number-runs")
    if isinstance(kept, tuple) and kept[0] is quantities:
        return kept[1]  # type: ignore[no-any-return]
    runs = listed_runs(sentence.text, [(q.start, q.end) for q in quantities], listed)
    sentence.cache["number-runs"] = (quantities, runs)
    return runs


def number_run(sentence: Sentence, number_start: int, lang: str) -> tuple[int, int] | None:
    """The number's place in the list of numbers of one unit that holds it ("rose 5% and 8%")
    and how many the list holds; None where the number stands alone or the units differ."""
    around = _numbers_around(sentence, number_start, lang)
    if around is None:
        return None
    quantities, at, numbers = around
    if len(numbers) < 2 or len({quantities[k].unit for k in numbers} - {None}) > 1:
        return None
    return at - numbers[0], len(numbers)


def respective_qualifier(sentence: Sentence, number_start: int, lang: str) -> str | None:
    """The qualifier the first number of a list paired by "respectively" carries ("about
    $105 billion and $98 billion respectively"): it speaks for every number of the list, so a
    later number written bare takes it. None where the number is no such list's or the first
    is exact."""
    words = _words(lang)
    around = _numbers_around(sentence, number_start, lang)
    if words.respectively is None or around is None:
        return None
    quantities, at, numbers = around
    first, last = numbers[0], numbers[-1]
    if first == at or not words.respectively.match(sentence.text, quantities[last].end) \
            or len({quantities[k].unit for k in numbers} - {None}) > 1 \
            or any(quantities[k].qualifier != "Exact" for k in numbers[1:]):
        return None
    qualifier = quantities[first].qualifier
    return qualifier if qualifier != "Exact" else None


_EACH_GAP = 60  # how far the listed names may stand before the number they each have
_WORD_CLOSING = re.compile(r"\s*(\w+)\s*(?:[.,;:)]|$)")  # the one word that ends a clause


def _listed_before(sentence: Sentence, number_start: int, can_carry: Callable[[Mention], bool],
                   listed: re.Pattern[str]) -> tuple[list[Mention], str]:
    """The names listed last before a number that can carry it, two or more
    and each named once, and the text between the last of them and the
    number; no names where another name stands in that text."""
    text = sentence.text
    names = [m for m in sentence.mentions if sentence.local(m.end) <= number_start and can_carry(m)]
    runs = listed_runs(text, [(sentence.local(m.start), sentence.local(m.end)) for m in names],
                       listed)
    run = [names[index] for index in runs[-1]] if runs else []
    if len(run) < 2 or len({m.label for m in run}) < len(run) \
            or any(sentence.local(m.start) >= sentence.local(run[-1].end)
                   for m in sentence.mentions if sentence.local(m.end) <= number_start):
        return [], ""
    return run, text[sentence.local(run[-1].end):number_start]


def listed_before(sentence: Sentence, number_start: int, can_carry: Callable[[Mention], bool],
                  lang: str) -> tuple[list[Mention], str]:
    """The names listed last before a number that can carry it, and the text
    between the last of them and the number (see :func:`_listed_before`);
    none where the language has no list joints. :func:`each_of` and
    :func:`combined_of` both start from these: a caller asking both finds
    them once and hands them to each."""
    words = _words(lang)
    if words.listed is None:
        return [], ""
    return _listed_before(sentence, number_start, can_carry, words.listed)


def each_of(sentence: Sentence, number_start: int, number_end: int,
            can_carry: Callable[[Mention], bool], lang: str,
            listing: tuple[list[Mention], str] | None = None) -> list[str]:
    """The names listed right before a number that each have it ("Shares of
    BASF and Bayer each rose 2%", "BASF und Bayer stiegen jeweils um 2
    Prozent", "gained 2% each"): the word of "each" stands between the last
    name and the number, or right after the number. Empty where the number
    is no such list's or fewer than two names are listed. ``listing``:
    :func:`listed_before` of the same number and ``can_carry``, where the
    caller has it."""
    words = _words(lang)
    if words.each is None or words.listed is None:
        return []
    run, gap = listing if listing is not None else \
        _listed_before(sentence, number_start, can_carry, words.listed)
    if not run or len(gap) > _EACH_GAP or any(c in gap for c in ",;:"):
        return []  # another name or phrase stands between the list and the number
    after = _WORD_CLOSING.match(sentence.text, number_end)  # "2% each."; not "$5 billion each year"
    if not (words.each.search(gap) or after is not None and words.each.fullmatch(after.group(1))):
        return []
    return [m.label for m in run]


_COMBINED_GAP = 100  # how far the listed names may stand before the number they sum to


def combined_of(sentence: Sentence, number_start: int, number_end: int,
                can_carry: Callable[[Mention], bool], lang: str,
                listing: tuple[list[Mention], str] | None = None) -> list[str]:
    """The names listed before a number that is their sum ("Skyrizi and
    Rinvoq brought in $7.2 billion combined, up 38%", "BASF und Bayer
    investieren zusammen 2 Milliarden Euro"): the word of summing stands
    between the last name and the number, or right after the number, with no
    other name between. Empty where the number is no such list's; the last
    name alone never has such a figure. ``listing`` as for :func:`each_of`."""
    words = _words(lang)
    if words.combined is None or words.listed is None:
        return []
    run, gap = listing if listing is not None else \
        _listed_before(sentence, number_start, can_carry, words.listed)
    if not run or len(gap) > _COMBINED_GAP or ";" in gap:
        return []  # another name or a new clause stands between the list and the number
    if not (words.combined.search(gap) or words.combined.match(sentence.text, number_end)):
        return []
    return [m.label for m in run]


def shared_subject(sentence: Sentence, target: Target, listing: tuple[list[Mention], str],
                   lang: str) -> bool:
    """Are two names or more listed right before the number, after no preposition, one subject
    ("Covestro und Lanxess erwarten Einsparungen von 600 Millionen Euro", "BASF and Shell
    expect synergies of $1 billion")? The amount is theirs together, not the last name's
    alone; no word of "each", "combined" or pairing stands there (those rules ask first). A
    share move is no such figure: names moving together on the market move each ("Siemens
    und BASF stiegen um 2 Prozent")."""
    run, gap = listing
    return bool(run) and not target.stock and not any(c in gap for c in ",;:") \
        and not is_object(sentence, run[0], lang)


def common_owner(document: Document, labels: list[str]) -> str | None:
    """The one owner or developer the catalogue gives each of ``labels``
    (Skyrizi's and Rinvoq's: AbbVie), where the article names it; else None."""
    owners: set[str] | None = None
    for label in labels:
        entry = document.catalogue.get(label)
        found = {*entry.parents, *entry.developers} if entry is not None else set()
        owners = found if owners is None else owners & found
    if not owners or len(owners) != 1:
        return None
    owner = next(iter(owners))
    return owner if any(m.label == owner for m in document.mentions) else None


def values_a_purchase(sentence: Sentence, target: Target, lang: str) -> bool:
    """An enterprise value in a sentence about a takeover ("Insgesamt lässt
    sich X die Übernahme 2,4 Milliarden kosten, der Unternehmenswert liegt bei
    4,3 Milliarden"): the value is the company bought's, and the names around
    it are as often the buyer's; only a name bound to the metric word ("der
    Unternehmenswert von Y") may carry it. The metric word may be the value's noun
    inside the phrase ("the transaction has an enterprise value of $11.5 billion")."""
    words = _words(lang)
    if words.enterprise_value is None or words.takeover is None or target.trigger is None:
        return False
    at = target.trigger[0]
    return any(m.start() <= at < m.end() for m in words.enterprise_value.finditer(sentence.text)) \
        and bool(words.takeover.search(sentence.text))


def salient_entity(document: Document) -> str | None:
    """The company or bank the article is about, when one clearly wins
    (:func:`kg.nlp.salience.salient`, the question references, ratings and
    relations ask too). A figure no sentence attributes goes to it or to
    none: unlike ``Document.topic``, which always names someone (the plain
    count's top, see :mod:`kg.nlp.salience`), it gives no guess."""
    return salient(document, ISSUER_TYPES)


def is_bound(sentence: Sentence, mention: Mention, trigger: tuple[int, int], lang: str) -> bool:
    """The mention names whose the metric word is: "Siemens-Umsatz",
    "BYD's revenue", "Umsatz von Siemens", "revenue of BYD"; a product after its kind,
    "Umsatz mit dem Prostatakrebsmittel Nubeqa", "sales of the blood thinner Xarelto".
    Not the genitive after one order ("der Auftrag der Bundeswehr über …"): it names the
    customer, and the order's value is the supplier's."""
    start, end = sentence.local(mention.start), sentence.local(mention.end)
    text = sentence.text
    if end <= trigger[0]:
        gap = text[end:trigger[0]]
        return gap in ("-", "'s ", "’s ", "' ", "’ ", "s ") or (
            mention.surface.endswith(("'s", "’s")) and gap == " ")
    if start >= trigger[1]:
        link, orders = _words(lang).product_link, _words(lang).client_orders
        if orders is not None and orders.fullmatch(text, trigger[0], trigger[1]):
            return False
        return bool(_words(lang).genitive.match(text[trigger[1]:start])) or (
            mention.type in PRODUCT_TYPES and link is not None
            and link.fullmatch(text, trigger[1], start) is not None)
    return False


def _bought_after(sentence: Sentence, mention: Mention, target: Target, lang: str) -> bool:
    """Is the name the one a takeover word before it buys ("the takeover of X with an offer
    worth £2.6bn")? The price paid is the buyer's investment, never the company bought's."""
    assert target.trigger is not None
    takeover = figure_words(lang).takeover
    return target.spender and takeover is not None \
        and sentence.local(mention.start) >= target.trigger[1] \
        and takeover.fullmatch(sentence.text, target.trigger[0], target.trigger[1]) is not None


def is_bound_after(sentence: Sentence, mention: Mention, target: Target, lang: str) -> bool:
    """The name right after the number and a preposition the number is of:
    "a 10% rise in the Nasdaq", "ein Plus von 3 Prozent bei Siemens". A
    possessive name there owns the name right after it, which the number is
    of: "weight loss of 20.2% for Lilly's Zepbound" is the drug's, not Lilly's."""
    start = sentence.local(mention.start)
    if start < target.number_end:
        return False
    owner = _possessor_before(sentence, mention)
    if owner is not None:
        start = sentence.local(owner.start)
    elif _possessor_before(sentence, _next_mention(sentence, mention)) is mention:
        return False
    return bool(_words(lang).after_number.match(sentence.text[target.number_end:start]))


def _next_mention(sentence: Sentence, mention: Mention) -> Mention | None:
    """The mention that starts first after this one ends, if any."""
    return next((m for m in sentence.mentions if m.start >= mention.end), None)


def _possessor_before(sentence: Sentence, mention: Mention | None) -> Mention | None:
    """The possessive name right before the mention ("Lilly's Zepbound"): its owner."""
    return None if mention is None else possessor_at(sentence, mention.start)


def possessor_at(sentence: Sentence, at: int, heads: re.Pattern[str] | None = None) -> Mention | None:
    """The possessive name right before the sentence's offset ``at`` ("Lilly's Zepbound",
    "eBay's $30 billion"): the owner of what stands there; with ``heads``, also a name
    whose possessive stands on one of those nouns ("the Nikkei 225 index's 21% gain")."""
    for m in sentence.mentions:
        if m.end > at:
            break
        gap = sentence.text[sentence.local(m.end):sentence.local(at)]
        if gap == " " and m.surface != m.label and m.surface.endswith(POSSESSIVE_ENDS) \
                or gap.endswith(" ") and gap[:-1] in POSSESSIVE_ENDS \
                or heads is not None and not m.surface.endswith(POSSESSIVE_ENDS) \
                and heads.fullmatch(gap) is not None:
            return m
    return None


def _owns_number_after(sentence: Sentence, mention: Mention, heads: re.Pattern[str] | None) -> bool:
    """Is the name the possessive owner of a number after it ("outpaced the Nikkei 225
    index's 21% gain", "outpacing Toyota's 21% gain")? That number is its own, so it
    owns no earlier one as the name after it in the clause."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(possessor_at(sentence, sentence.start + q.start, heads) is mention
               for q in quantities if q.start >= sentence.local(mention.end))


def estimate_for_other(sentence: Sentence, number_start: int, about: str, lang: str) -> bool:
    """Right before the number, "für"/"for" and a company other than ``about`` with at most
    two words between ("Morgan Stanley senkte das für Microsoft auf 400 Dollar" after a
    target for Apple): the target is that company's, which the metric word does not name.
    Not across a conjunction ("targets of $200 for Nvidia and $180 for AMD"): a list of
    amounts, each with its own company."""
    words, text = _words(lang), sentence.text
    joint = conjunction(lang)
    return any(m.label != about and m.type in ISSUER_TYPES
               and words.estimate_before.search(text, max(0, sentence.local(m.start) - 20), sentence.local(m.start))
               and (_FOR_GAP.fullmatch(text, sentence.local(m.end), number_start)
                    or _target_pronoun_before(sentence, m, number_start, words))
               and not joint.search(text, sentence.local(m.end), number_start)
               for m in sentence.mentions if sentence.local(m.end) <= number_start)


def _target_pronoun_before(sentence: Sentence, mention: Mention, number_start: int,
                           words: _Words) -> bool:
    """A comma, a pronoun standing for a target just named and "für"/"for" right before the
    name, no clause break to the number ("…, das für AMD senkt die Bank auf 150 Dollar"): a
    second target's own subject, however many words part it from its amount."""
    start = sentence.local(mention.start)
    return words.estimate_pronoun is not None \
        and any(found.start("owner") == start
                for found in words.estimate_pronoun.finditer(sentence.text, max(0, start - 30), number_start)) \
        and not _CLAUSE_BREAK.search(sentence.text, sentence.local(mention.end), number_start)


def estimate_for_unknown(sentence: Sentence, number_start: int, lang: str) -> bool:
    """The same second target for a name the extractor does not know ("…, das für Zetacorp
    senkt die Bank auf 150 Dollar"): no company it knows owns that target."""
    words = _words(lang)
    if words.estimate_pronoun is None:
        return False
    return any(found.group("owner")[0].isupper() and names_unknown(sentence, found, words.not_names)
               and not _CLAUSE_BREAK.search(sentence.text, found.end(), number_start)
               for found in words.estimate_pronoun.finditer(sentence.text, 0, number_start))


def estimate_for_other_after(sentence: Sentence, number_end: int, about: str, lang: str) -> bool:
    """After the number, in its clause, "für"/"for" and a company other than ``about``
    ("below the $250 target set by JPMorgan for Microsoft"): the target is that
    company's, though the clause opened with ``about``. A comma, a number or a
    conjunction before the company ends the search: a new clause or list item may
    speak of another company's target."""
    words, text = _words(lang), sentence.text
    joint = conjunction(lang)
    for m in sentence.mentions:
        start = sentence.local(m.start)
        if start < number_end:
            continue
        gap = text[number_end:start]
        if _CLAUSE_BREAK.search(gap) or joint.search(gap):
            return False
        if m.label != about and m.type in ISSUER_TYPES and m.type not in INSTITUTION \
                and words.estimate_before.search(gap):
            return True
    return False


# What ends the clause of a number before a company named after it: punctuation or another number.
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\d]")


def estimated_antecedent(sentence: Sentence, number_start: int, lang: str) -> Mention | None:
    """"BASF kauft Anteile an Covestro, für die Jefferies ein Kursziel von 80 Euro nennt": a
    comma, "für" and a relative pronoun right after a company, then a house, then the number
    with no comma or other company between: a relative clause whose pronoun the estimate is
    for, so the estimate is the company's before the comma, not the main clause's subject."""
    words, text = _words(lang), sentence.text
    mentions = [m for m in sentence.mentions if sentence.local(m.end) <= number_start]
    for company, house in zip(mentions, mentions[1:]):
        start, end = sentence.local(company.end), sentence.local(house.start)
        opening = _RELATIVE_COMMA.match(text, start, end)
        if company.type not in ISSUER_TYPES or house.type not in INSTITUTION or opening is None \
                or not words.estimate_before.match(text, opening.end(), end) \
                or len(text[opening.end():end].split()) != 2:  # the preposition and its pronoun
            continue
        if not _CLAUSE_BREAK.search(text, sentence.local(house.end), number_start) \
                and not any(m.type in ISSUER_TYPES and m.type not in INSTITUTION
                            for m in mentions if m.start > house.start):
            return company
    return None


# The comma that opens a relative clause right after a name.
_RELATIVE_COMMA = re.compile(r",\s+")


def owned_after(sentence: Sentence, number_start: int, number_end: int, about: str, lang: str) -> bool:
    """An article right before the number and a genitive right after it naming a company other
    than ``about`` ("weniger als die 8 Prozent von Microsoft", "faster than the 5% growth
    reported by JD.com", "stärker als die 7 Prozent bei Oracle"): the number is that company's,
    told in the words of the subject's metric; no house (the "Kursziel von 300 Euro von
    JPMorgan" is the house's estimate of the subject)."""
    words, text = _words(lang), sentence.text
    word_before = text[:number_start].rstrip().rsplit(" ", 1)[-1]
    if not word_before or words.article.fullmatch(word_before) is None:
        return False
    owner = next((m for m in sentence.mentions if sentence.local(m.start) >= number_end), None)
    return owner is not None and owner.label != about and owner.type in ISSUER_TYPES \
        and owner.type not in INSTITUTION \
        and any(pattern is not None and pattern.match(text[number_end:sentence.local(owner.start)])
                for pattern in (words.genitive, words.owner_after))


# Between a company named after "für"/"for" and its target: a compound's rest, two words at most, no number.
_FOR_GAP = re.compile(r"(?:-\w+)?(?:\s+[^\d\s]+){0,2}\s+")


def is_estimate_for(sentence: Sentence, mention: Mention, target: Target, lang: str) -> bool:
    """The company a target or fair value is for: named after "für"/"for"/"on"
    right after the metric word ("raised its price target on Alphabet to
    $330") or right after the amount ("a target of $340 for Microsoft")."""
    assert target.trigger is not None
    start = sentence.local(mention.start)
    words = _words(lang)
    pattern = words.estimate_for
    if start >= target.number_end:
        return bool(pattern.match(sentence.text[target.number_end:start]))
    if _trusted(sentence, start, target, words) or _for_before(sentence, mention, target, words) \
            or _fronted_for(sentence, mention, target, words):
        return True
    if start < target.trigger[1] or not (pattern.match(sentence.text[target.trigger[1]:start])
                                         or _listed_for(sentence, start, target, lang)):
        return False
    return not any(start < sentence.local(m.start) < target.number_start
                   and _listed_for(sentence, sentence.local(m.start), target, lang)
                   for m in sentence.mentions)


def value_is_for(sentence: Sentence, mention: Mention, numbers: list[Quantity], lang: str) -> bool:
    """Is ``mention`` the one a value of ``numbers`` in a currency is for, named right after it
    ("targets of 102 pence for Lloyds, 560 pence for NatWest")? A bank named so is what is
    valued, never the house of the next value; a move is no value ("rose 5% on a Jefferies
    upgrade" names the house)."""
    start = sentence.local(mention.start)
    pattern = _words(lang).estimate_for
    return any(q.end <= start and q.unit not in (None, *UNITS_NON_CURRENCY)
               and pattern.match(sentence.text[q.end:start]) for q in numbers)


def _trusted(sentence: Sentence, start: int, target: Target, words: _Words) -> bool:
    """The name right after a verb of trust that is the target's word ("Morgan Stanley traut
    der Commerzbank einen Anstieg auf 45 Euro zu"), only an article between: the target is
    for it."""
    assert target.trigger is not None
    gap = sentence.text[target.trigger[1]:start].strip()
    return words.estimate_trusted is not None and start >= target.trigger[1] \
        and words.estimate_trusted.search(sentence.text, target.trigger[0], target.trigger[1]) is not None \
        and (not gap or words.article.fullmatch(gap) is not None)


def _for_before(sentence: Sentence, mention: Mention, target: Target, words: _Words) -> bool:
    """The name after "für"/"for" right ahead of the metric word, a house named before it
    ("Die UBS sieht für die Commerzbank(-Aktie) ein Kursziel von 30 Euro"): the target is
    for it, a bank too; with no house before ("Für die UBS liegt das Kursziel …") the name
    may be the house and is left to the other rules."""
    assert target.trigger is not None
    text = sentence.text
    start, end = sentence.local(mention.start), sentence.local(mention.end)
    return end <= target.trigger[0] \
        and words.estimate_before.search(text, max(0, start - 20), start) is not None \
        and re.fullmatch(r"(?:-\w+)?\s+(?:\w+\s+){0,2}", text[end:target.trigger[0]]) is not None \
        and any(m.end <= mention.start and m.label != mention.label and m.type in INSTITUTION
                for m in sentence.mentions)


def _fronted_for(sentence: Sentence, mention: Mention, target: Target, words: _Words) -> bool:
    """The name after "für"/"for" opening the sentence, a verb of giving a target and a house
    right after it ("Für UniCredit nannte Citigroup ein Kursziel von 72 Euro"): the target is
    for the fronted name, a bank too, not for a company the passage spoke of before. Where a
    copula follows the name ("Für Citigroup ist UniCredit ein Kauf") the name is the house."""
    assert target.trigger is not None
    if words.estimate_fronted_verb is None \
            or words.estimate_fronted.fullmatch(sentence.text, 0, sentence.local(mention.start)) is None:
        return False
    verb = words.estimate_fronted_verb.match(sentence.text, sentence.local(mention.end))
    return verb is not None and any(
        m.type in INSTITUTION and m.label != mention.label and sentence.local(m.start) == verb.end()
        and m.end <= sentence.start + target.trigger[0] for m in sentence.mentions)


def _listed_for(sentence: Sentence, start: int, target: Target, lang: str) -> bool:
    """The name at ``start`` is the next of a list of targets after the metric
    word, each with its amount ("hob das Kursziel für BASF auf 60 Euro und für
    Covestro auf 70 Euro an", "raised its target on Nvidia to $200 and on AMD
    to $180"): the amount after it is its own, not the first company's."""
    assert target.trigger is not None
    again = _words(lang).estimate_again
    found = again.search(sentence.text, target.trigger[1], start) if again is not None else None
    return found is not None and found.end() == start \
        and bool(_DIGIT.search(sentence.text, target.trigger[1], found.start()))


def listed_fit(document: Document, label: str) -> bool:
    """Could this entity's shares trade? Unknown entities could; a catalogued
    one needs a ticker or a listing, its own or its parent's."""
    entry = document.catalogue.get(label)
    if entry is None:
        return True
    if entry.listed:
        return True
    return any((parent := document.catalogue.get(p)) is not None and parent.listed
               for p in entry.parents)


def apposition_head(sentence: Sentence, subject: Mention, number_start: int) -> Mention | None:
    """"Ozempic, its diabetes drug, fell 4%": a reference (its, the company's) inside an
    apposition set off by commas right after a name, with only the verb after it before the
    number at local ``number_start``, stands for no subject of its own: the name is the
    verb's subject. So for the level the move ended at ("fell 4% to 29.9 billion crowns"):
    the verb's subject reached it too. None where the subject stands otherwise."""
    if not subject.rule.startswith("reference/"):
        return None
    head = next((m for m in reversed(sentence.mentions) if m.end <= subject.start), None)
    if head is None:
        return None
    at = sentence.local(head.end)
    if not sentence.text.startswith(",", at):
        return None
    move = _move_before_level(sentence, number_start)
    starts = (number_start,) if move is None else (number_start, move.number_start)
    return head if any(_APPOSED_VERB.fullmatch(sentence.text, at, s) for s in starts) else None


_APPOSED_VERB = re.compile(r",[^,]{1,40},\s*[^\W\d]+\s*")  # ", its diabetes drug, fell "
_TO_LEVEL = re.compile(r"\s+[^\W\d]{1,4}\s+[^\w\s]{0,3}")  # " to ", " auf ", " to $": move to level


def relative_owner(sentence: Sentence, number_start: int, lang: str) -> tuple[str, ...] | None:
    """The labels that may own a number standing inside a relative clause that opens right
    after an organisation's name ("der Konkurrent RWE, der am Vortag ein Ebitda von 3,9
    Milliarden Euro gemeldet hatte", "rival RWE, which reported Ebitda of €3.9bn"): the
    clause's head first, then the names inside the clause before the number. The clause
    tells of its head, so a name before the head (the main clause's subject) owns none of
    its numbers. None where the number stands in no such clause, or the clause hangs on a
    person or a place (a speaker's clause tells of the company too: "CEO X, who said revenue
    rose 5%")."""
    text = sentence.text
    clause = next((c for c in reversed(relative_clauses(lang, text))
                   if c.body <= number_start < c.closes), None)
    if clause is None:
        return None
    head = next((m for m in reversed(sentence.mentions) if sentence.local(m.end) <= clause.opens), None)
    if head is None or head.type not in _RELATIVE_HEAD_TYPES or text[sentence.local(head.end):clause.opens].strip():
        return None
    inside = [m.label for m in sentence.mentions
              if clause.body <= sentence.local(m.start) and sentence.local(m.end) <= number_start]
    return (head.label, *inside)


# the names a relative clause's figures belong to: organisations, never a person or a place,
# nor a bank or house, whose clause is mostly its analysts' view of another company ("Goldman
# Sachs, whose analysts expect revenue of $23 billion, rates Adobe a buy")
_CLAUSE_HEAD_TYPES = (ISSUER_TYPES - INSTITUTION) | frozenset({"Organization", "BusinessUnit"})
# … and an index: "größter Gewinner im SDax, der selbst um 0,6 Prozent zulegte" tells the index's
# own move, though the index is named there as the venue of another share's
_RELATIVE_HEAD_TYPES = _CLAUSE_HEAD_TYPES | frozenset({"MarketIndex"})


def _move_before_level(sentence: Sentence, number_start: int) -> Quantity | None:
    """The percentage right before the level at local ``number_start`` that the move ended
    at ("fell 4% to 29.9 billion"), with one short word between them; None where no move
    leads to the number."""
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return next((p for p in quantities if p.unit == "Percent" and p.end < number_start
                 and _TO_LEVEL.fullmatch(sentence.text, p.end, number_start)), None)


def candidates(document: Document, sentence: Sentence, target: Target,
               usable: Callable[[Mention], bool]) -> list[Candidate]:
    """Every candidate with its strongest evidence, strongest first."""
    fitting = [m for m in sentence.mentions if fits_type(document, sentence, m, target, usable)]
    payer = _result_payer(document.lang, sentence, target, fitting) if target.spender else None
    return _ranked(document, sentence, target, fitting, payer)


def _ranked(document: Document, sentence: Sentence, target: Target, fitting: list[Mention],
            payer: Mention | str | None) -> list[Candidate]:
    """:func:`candidates` of the ``fitting`` mentions, with the paying subject of a figure of
    spending (:func:`_result_payer`) given: :func:`figure_subject` has found it already, to see
    whether several pay, and finding it again would read the sentence's clauses a second time."""
    found: list[Candidate] = []
    number_at = sentence.start + target.number_start
    clause_start = sentence.start + target.clause[0]
    clause_end = sentence.start + target.clause[1]
    if target.change:
        found += [Candidate(m.label, BOUND, "bound-after") for m in fitting
                  if clause_start <= m.start and m.end <= clause_end
                  and is_bound_after(sentence, m, target, document.lang)]
    if target.trigger is not None:
        found += [Candidate(m.label, BOUND, "bound") for m in fitting
                  if clause_start <= m.start and m.end <= clause_end
                  and not _bought_after(sentence, m, target, document.lang)
                  and (is_bound(sentence, m, target.trigger, document.lang)
                       or target.estimate and is_estimate_for(sentence, m, target,
                                                              document.lang))]
    subject = _result_subject(document.lang, sentence, target, fitting) if target.stock else None
    if subject is not None:
        # "cut its forecasts as competition from Y weighed, sending its shares down 7.4%": the
        # shares are the main clause's subject's, not those of the name last before the number
        found.append(Candidate(subject.label, BOUND, "result-subject"))
    if isinstance(payer, Mention):
        # "X said it would triple capacity for gases it ships to TSMC and Samsung, spending 18
        # billion yen": the sentence's subject pays, not the name last before the comma
        found.append(Candidate(payer.label, BOUND, "result-subject"))
    heads = _words(document.lang).possessed_head
    owner = possessor_at(sentence, number_at, heads) if target.stock else None
    if owner is not None and owner in fitting:
        # "outpaced the Nikkei 225 index's 21% gain": the share figure of the name whose
        # possessive stands before the number, though it is the object of a verb
        found.append(Candidate(owner.label, BOUND, "possessor"))
    before = [m for m in fitting if m.end <= number_at
              and not is_figure_object(sentence, m, document.lang)]
    in_clause = _sources_dropped(document.lang, sentence,
                                 [m for m in before if m.start >= clause_start])
    if target.stock:
        in_clause = _causes_dropped(document.lang, sentence, in_clause)
    before = [m for m in before if m.start < clause_start or m in in_clause]
    head = item_name(document, sentence) if target.stock and not in_clause else None
    if head is not None and head.end <= clause_start and head in fitting:
        # "Intel — Shares rose 5.5% after the chipmaker won Microsoft": the item's company
        found.append(Candidate(head.label, CLAUSE, "item"))
    agent = next((m for m in fitting if target.spender
                  and sentence.start + target.number_end <= m.start < clause_end
                  and "," not in sentence.text[target.number_end:sentence.local(m.start)]
                  and _buyer_agent(_words(document.lang), sentence, m)
                  and _own_deal_agent(_words(document.lang), sentence, target, m)), None)
    if agent is not None:
        # "X agrees 3.4 billion pound takeover by Y": the agent of the deal's noun after the
        # amount pays it, not the company bought that opens the clause
        found.append(Candidate(agent.label, BOUND, "buyer-agent"))
    subject = (_buyer(sentence, in_clause, document.lang) if target.spender
               else _possessed_subject(document.lang, sentence, in_clause)) \
        if in_clause else None
    if subject is not None:
        subject = apposition_head(sentence, subject, target.number_start) or subject
        found.append(Candidate(subject.label, CLAUSE, "clause"))
    after = [m for m in fitting if sentence.start + target.number_end <= m.start < clause_end
             and not is_object(sentence, m, document.lang)
             and not (target.spender
                      and _preposition_between(sentence, target.number_end, m, document.lang))
             and not _next_phrase_subject(sentence, target, m)
             and not _comment_topic(document.lang, sentence, target, m)
             and not _rival_aside(document.lang, sentence, target, m)
             and not _owns_number_after(sentence, m, heads)]
    if after and (target.stock or target.spender or _fronted(document.lang, sentence, target, after[0])):
        # "… bleibt SAP"; "Nach Investitionen von 30 Milliarden hält SoftBank …"; "Mit einem
        # Umsatz von 5 Milliarden Euro ist das Unternehmen …"
        found.append(Candidate(after[0].label, CLAUSE_AFTER, "clause-after"))
    # "Siemens trennt sich von weiterem Healthineers-Paket – Erlös von 2,4 Milliarden Euro": a
    # name that only opens a compound names what the compound's head is of, not the one the
    # sentence's figure belongs to
    before = [m for m in before if not compound_modifier(document.lang, sentence, m)]
    if before:
        found.append(Candidate(before[-1].label, SENTENCE, "sentence"))
    return sorted(found, key=lambda c: -c.score)


def _possessed_subject(lang: str, sentence: Sentence, in_clause: list[Mention]) -> Mention:
    """The clause's subject among the names before the number: the last of them, unless the
    clause opens with a name's possessive whose noun a preposition leads on to that last name
    ("The bank said X's orders from Y's 2-nanometer lines would lift revenue by 18%"): Y stands
    inside the subject's phrase, and the clause speaks of X."""
    pattern = lexicon_pattern(lang, "attribution", "possessed_subject")
    first, last = in_clause[0], in_clause[-1]
    if pattern is None or len(in_clause) != 2:
        return last
    # the possessive ending may be inside the first mention ("Aixtron's") or after it; the
    # pattern wants it, so "Dell said revenue at its unit" is no possessed subject
    end = sentence.local(first.end)
    owned = _POSSESSIVE_END.search(sentence.text, sentence.local(first.start), end)
    gap = sentence.text[owned.start() if owned else end:sentence.local(last.start)]
    return first if pattern.match(gap) else last


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _rival_aside(lang: str, sentence: Sentence, target: Target, mention: Mention) -> bool:
    """Is the name after the number one of rivals named in a clause a comma sets off ("a $72
    target, noting that rivals Adidas and On continue to win shelf space")? The rivals are the
    foil of the company the figure is about, not its owner; one the figure's own phrase names
    ("a $72 target for rival Adidas") still owns it."""
    return "," in sentence.text[target.number_end:sentence.local(mention.start)] \
        and named_as_rivals(lang, sentence, mention)


def _sources_dropped(lang: str, sentence: Sentence, in_clause: list[Mention]) -> list[Mention]:
    """The clause's names without a source cited after another of them ("liegt CATL
    laut dem Marktforscher X bei 38 Prozent", "Y holds, according to X, 37%"): the
    source gives the number, the name before it owns it. A source that opens the
    clause alone ("Laut Siemens stieg der Umsatz") may still be the owner."""
    return [m for m in in_clause
            if not (cited(lang, sentence, m)
                    and any(o.end <= m.start and not cited(lang, sentence, o) for o in in_clause))]


def _causes_dropped(lang: str, sentence: Sentence, in_clause: list[Mention]) -> list[Mention]:
    """The clause's names up to the owner of the shares named in it, where each name after
    the owner stands in a phrase that tells the move's cause ("Activision shares jumped 25%
    after Microsoft's offer", "Die Aktie von X sprang nach dem Angebot von Y um 25 Prozent"):
    the bidder does not move; the shares' owner does. The owner is the last name whose
    shares the clause names: where the cause is itself another company's share move ("X
    shares fell 3% after Y shares rose 10%", "nach dem Kurssturz der Y-Aktie um 3
    Prozent", "nach dem Kurseinbruch von Y um 3 Prozent"), the number after it is that
    company's move, not the first one's."""
    words = _words(lang)
    owners = [k for k, m in enumerate(in_clause)
              if _shares_of(sentence, m, lang)
              or words.share_noun_after.match(sentence.text, sentence.local(m.end))
              or _named_move(sentence, m, lang)]
    owner = owners[-1] if owners else None
    if owner is None or owner == len(in_clause) - 1:
        return in_clause
    if all(words.cause_phrase.search(sentence.text, max(0, sentence.local(m.start) - 60),
                                     sentence.local(m.start))
           for m in in_clause[owner + 1:]):
        return in_clause[:owner + 1]
    return in_clause


def _named_move(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """Does the name follow a share-move noun ("nach dem Kurseinbruch von Alstom um 5
    Prozent") where the clause's verb already has its own move told before it ("fiel um 2
    Prozent nach …")? Then the name owns the number after it. Where no move stands before,
    the number after is the verb's ("Die X-Aktie fiel nach dem Kurseinbruch von Y um 5
    Prozent": X fell 5 percent)."""
    pattern = _words(lang).move_of
    start = sentence.local(mention.start)
    return pattern is not None and pattern.search(sentence.text, max(0, start - 40), start) is not None \
        and any(q.unit == "Percent" and q.end <= start for q in quantities_of(sentence, lang))


def is_bought(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """Is the mention what a verb of buying right before it buys ("it agreed to acquire
    software startup X for $380 million")? The company bought pays nothing: the amount
    is its buyer's, told before the verb or, as a pronoun, in the passage. A company's noun
    right after the verb, with no name before it, is the verb's subject after a phrase that
    opens the sentence ("Im Frühjahr übernahm die Gruppe den Etikettendrucker X"), not what
    it buys."""
    words = _words(lang)
    if mention.rule.startswith("reference/") \
            and not any(m.end <= mention.start for m in sentence.mentions):
        return False
    return words.bought is not None \
        and words.bought.search(sentence.text, 0, sentence.local(mention.start)) is not None \
        and not _buyer_agent(words, sentence, mention)


def is_buyer_agent(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """:func:`_buyer_agent` in the words of ``lang``: for the figures, which ask whose shares
    a price per share is for, never the buyer's."""
    return _buyer_agent(_words(lang), sentence, mention)


def _buyer_agent(words: _Words, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention the agent of a passive verb of buying right before it ("agreed to be
    bought by X")? It is the buyer, never what is bought."""
    return words.bought_by is not None \
        and words.bought_by.search(sentence.text, 0, sentence.local(mention.start)) is not None


def _own_deal_agent(words: _Words, sentence: Sentence, target: Target, mention: Mention) -> bool:
    """Is the agent ``mention`` of a "takeover by" after the amount the payer of the amount's
    own deal ("X agrees 3.4 billion pound takeover by Y")? Not where an active verb before the
    amount has its own buyer ("Acme agreed to pay $1.2 billion for X"), nor where the words
    between make the takeover another deal ("… after a failed takeover by Y")."""
    text = sentence.text
    if words.agent_aside is not None and words.agent_aside.search(
            text, target.number_end, sentence.local(mention.start)) is not None:
        return False
    if words.active_buyer is None:
        return True
    passive = [match.span() for match in words.agent_of.finditer(text, target.clause[0],
                                                                  target.number_start)] \
        if words.agent_of is not None else []
    return not any(not any(start <= verb.start() < end for start, end in passive)
                   for verb in words.active_buyer.finditer(text, target.clause[0],
                                                            target.number_start))


def _buyer(sentence: Sentence, in_clause: list[Mention], lang: str) -> Mention | None:
    """Who pays an amount in its clause: the one name a verb of buying follows ("the
    integration of Y, the lender X agreed to buy for $4 billion"), else, of the names no noun
    of buying binds ("seit dem Kauf von Y"), the clause's first name that follows no
    preposition, as the buyer opens a clause more often than what it buys, and what is bought
    may open it after one ("Für X zahlt Y 2 Milliarden Euro")."""
    words = _words(lang)
    if words.buyer is not None:
        buyers = {m.label: m for m in in_clause
                  if words.buyer.match(sentence.text, sentence.local(m.end))
                  or _buyer_agent(words, sentence, m)}
        if len(buyers) == 1:
            return next(iter(buyers.values()))
    if words.bought_noun is not None:
        # "seit dem Kauf von X, für den Y 9 Milliarden Euro bezahlt hatte": X is bought
        unbought = [m for m in in_clause if words.bought_noun.search(
            sentence.text, 0, sentence.local(m.start)) is None]
        in_clause = unbought or in_clause
    bought = next((m for m in in_clause if is_bought(sentence, m, lang)), None)
    if bought is not None:
        # "Der DAX-Konzern übernimmt X für …": what the verb buys, and the names that go on
        # from it, pay nothing; with no other name the clause names its buyer only by a noun
        at = sentence.local(bought.start)
        in_clause = [m for m in in_clause if sentence.local(m.start) < at
                     or "," in sentence.text[at:sentence.local(m.start)]]
        if not in_clause:
            return None
    return next((m for m in in_clause if not is_object(sentence, m, lang)), in_clause[0])


def _fronted(lang: str, sentence: Sentence, target: Target, mention: Mention) -> bool:
    """Does the sentence open with a phrase holding the figure ("Mit einem Umsatz von 5,4
    Milliarden Euro und rund 21.000 Beschäftigten ist das Unternehmen …") whose subject
    follows the verb after it, with no comma between the figure and that name."""
    pattern = _words(lang).fronted
    return pattern is not None and pattern.match(sentence.text) is not None \
        and "," not in sentence.text[target.number_end:sentence.local(mention.start)]


def _result_subject(lang: str, sentence: Sentence, target: Target,
                    fitting: list[Mention]) -> Mention | None:
    """The subject of the clause a clause of the result hangs on, where that clause names the
    shares by a possessive pronoun right before the number (", sending its shares down 7.4%"):
    the pronoun points at that clause's subject. Clauses a subordinating conjunction opens
    ("as competition from Y weighed") are passed over; the first other clause back from the
    comma must open with a fitting name ("After X warned, Y cut its forecast, sending its
    shares down"), else None: a name inside it may be no subject at all."""
    words = _words(lang)
    found = words.result_shares.search(sentence.text, 0, target.number_start) \
        if words.result_shares is not None else None
    if found is None:
        return None
    end = found.start()
    while end > 0:
        start = sentence.text.rfind(",", 0, end) + 1
        if words.subordinate_opening is None \
                or not words.subordinate_opening.match(sentence.text, start, end):
            return _clause_opener(sentence, fitting, start, end)
        end = start - 1
    return None


# what :func:`_result_payer` gives where the paying clause's subject is more than one name
AMBIGUOUS = "ambiguous"


def _result_payer(lang: str, sentence: Sentence, target: Target,
                  fitting: list[Mention]) -> Mention | str | None:
    """The subject of a sentence a clause of paying hangs on by a comma and a participle
    (", spending 18 billion yen"): the one fitting name before that comma that no
    preposition governs, where there are several, the one that does not merely report ("X
    said its partner Y would …, spending": Y pays; "X said it would …": X does);
    :data:`AMBIGUOUS` where several such names are left ("X and Y will build …, spending":
    no one of them pays it all); None where the sentence opens with a subordinate clause
    ("After X warned, Y …"), whose names are none of the main clause's, or names none."""
    words = _words(lang)
    found = words.result_payment.search(sentence.text, 0, target.number_start) \
        if words.result_payment is not None else None
    if found is None or words.subordinate_opening is not None and words.subordinate_opening.match(sentence.text):
        return None
    subjects = [m for m in sentence.mentions if m.type in _CLAUSE_HEAD_TYPES
                and sentence.local(m.end) <= found.start() and not is_object(sentence, m, lang)]
    payers = [m for m in subjects if not _reports(words, sentence, m)] if len(subjects) > 1 else subjects
    if len(payers) > 1 or payers and payers[0] not in fitting:
        return AMBIGUOUS  # several pay, or one that cannot spend: none of the names before
    return payers[0] if payers else None


def _reports(words: _Words, sentence: Sentence, mention: Mention) -> bool:
    """Is ``mention`` the subject of a verb of speech right after it ("BASF said")?"""
    return words.speaker_after is not None \
        and words.speaker_after.match(sentence.text, sentence.local(mention.end)) is not None


def _clause_opener(sentence: Sentence, fitting: list[Mention], start: int,
                   end: int) -> Mention | None:
    """The fitting name that opens the clause from ``start`` to ``end`` (local offsets), with
    nothing but spaces or a dateline's dash before it ("COPENHAGEN, Nov 5 (Reuters) - X cut"):
    the clause's subject; None where the clause opens otherwise."""
    return next((m for m in fitting if start <= sentence.local(m.start)
                 and sentence.local(m.end) <= end
                 and not _DATELINE_DASH.split(sentence.text[start:sentence.local(m.start)])[-1].strip()),
                None)


# A dateline's dash ("FRANKFURT (Reuters) - "): the clause proper opens after it.
_DATELINE_DASH = re.compile(r"\s[-–—]\s")


def _comment_topic(lang: str, sentence: Sentence, target: Target, mention: Mention) -> bool:
    """Is the name after the number inside a comment that a comma and a verb of speech
    open ("cut her target to 2,300p but kept an overweight rating, arguing that the sugar
    business …")? The comment speaks of it; the figure before is the rated company's."""
    return comment_opens(lang, sentence, target.number_end, sentence.local(mention.start))


def comment_opens(lang: str, sentence: Sentence, start: int, end: int) -> bool:
    """Does a comma and a verb of speech (", arguing that", ", saying") open a comment
    between the two offsets of the sentence's text? What follows is the comment's topic."""
    opening = _words(lang).speech_opening
    return opening is not None and opening.search(sentence.text, start, end) is not None


def _next_phrase_subject(sentence: Sentence, target: Target, mention: Mention) -> bool:
    """A name after a comma that has a number of its own after it opens the
    next phrase ("Der Ölpreis stieg um 2 Prozent, Siemens gewann 1 Prozent"):
    it is that number's subject, not this one's."""
    at, end = sentence.local(mention.start), sentence.local(mention.end)
    if "," not in sentence.text[target.number_end:at]:
        return False
    quantities: list[Quantity] = sentence.cache.get("quantities", [])  # type: ignore[assignment]
    return any(q.start >= end and "," not in sentence.text[end:q.start] for q in quantities)


def fits(document: Document, sentence: Sentence, mention: Mention, target: Target,
         usable: Callable[[Mention], bool]) -> bool:
    """A mention that can carry the figure: usable for the caller, not a
    credit, not a venue of a share move, and for share figures one whose
    shares can trade."""
    if not usable(mention) or is_credit(sentence, mention, document.lang) \
            or names_consensus(document.lang, sentence, mention) \
            or is_apposition(sentence, mention, document.lang) \
            or in_foil_aside(sentence, mention, target.number_start, document.lang) \
            or owns_unnamed_unit(sentence, mention) \
            or owns_named_relative(document.lang, sentence, mention) \
            or _named_by_developer(sentence, mention) \
            or in_closed_relative(sentence, mention, target.number_start, document.lang,
                                  target.types) and not rated_by_clause_owner(sentence, mention, target,
                                                                               document.lang):
        return False
    if target.stock and target.types != {"MarketIndex"} \
            and is_venue(sentence, mention, document.lang):
        return False
    return not (target.stock and mention.type in ISSUER_TYPES
                and not listed_fit(document, mention.label))


def rated_by_clause_owner(sentence: Sentence, mention: Mention, target: Target, lang: str) -> bool:
    """Does ``mention`` stand in a relative clause on the house whose target the number is
    ("Citi, which rates Tokyo Electron neutral, cut its target for the stock to ¥27,000")? The
    clause names what the house covers, so the stock of the main clause is that company, not
    one the sentence named before the house."""
    if not target.estimate:
        return False
    clause = closed_relative(lang, sentence.text, sentence.local(mention.start), sentence.local(mention.end),
                             target.number_start)
    if clause is None:
        return False
    owner = next((m for m in reversed(sentence.mentions) if sentence.local(m.end) <= clause.opens), None)
    return owner is not None and owner.type == "FinancialInstitution" \
        and not sentence.text[sentence.local(owner.end):clause.opens].strip(" ,")


def _named_by_developer(sentence: Sentence, mention: Mention) -> bool:
    """Is the product ``mention`` named after the noun of its developer ("Der Entwickler der
    GLM-Modelle will 300 Millionen Dollar einnehmen", "The maker of Claude raised …")? It is
    that noun's object: the developer the noun refers to carries the clause's figure, never
    the product."""
    return any(m.rule == "reference/developer-before" and m.owner == mention.label
               and m.end <= mention.start for m in sentence.mentions)


def _unlisted_subject(document: Document, sentence: Sentence, target: Target,
                      usable: Callable[[Mention], bool]) -> bool:
    """The closest company named before the number in its clause is one the
    catalogue knows no listing of ("Novo Nordisk was among the losers, down
    4%"): its share move is still its own, and no other company's. (A
    reference such as "des Chipriesen" is resolved by guess, and is no such
    evidence.)"""
    start, end = sentence.start + target.clause[0], sentence.start + target.number_start
    before = [m for m in sentence.mentions if start <= m.start and m.end <= end
              and m.type in ISSUER_TYPES and usable(m) and not m.rule.startswith("reference/")
              and not is_object(sentence, m, document.lang)
              and not is_credit(sentence, m, document.lang)]
    return bool(before) and not listed_fit(document, before[-1].label)


def fits_type(document: Document, sentence: Sentence, mention: Mention, target: Target,
              usable: Callable[[Mention], bool]) -> bool:
    """A mention of a type that can carry the figure, and that :func:`fits`."""
    return mention.type in target.types and fits(document, sentence, mention, target, usable)


_WHERE_TYPES = frozenset({"Place", "StockExchange"})


def remembered(check: Callable[[Mention], bool]) -> Callable[[Mention], bool]:
    """``check`` asked once per mention object: a figure's subject is chosen by
    several rules (lists, sums, candidates) that each ask whether the same
    mentions can carry it, and an answer costs several patterns. The mention
    is kept with its answer, so a later object at the same address is asked
    afresh."""
    answers: dict[int, tuple[Mention, bool]] = {}

    def ask(mention: Mention) -> bool:
        kept = answers.get(id(mention))
        if kept is not None and kept[0] is mention:
            return kept[1]
        answer = check(mention)
        answers[id(mention)] = (mention, answer)
        return answer
    return ask


def figure_subject(document: Document, sentence: Sentence, target: Target,
                   usable: Callable[[Mention], bool], passage: Callable[[], str | None],
                   exclude: frozenset[str] = frozenset(),
                   member: Callable[[], str | None] = lambda: None) -> Candidate | None:
    """The entity a figure is about, with the evidence that chose it: the
    strongest candidate in the sentence; with none, ``passage`` (what the
    last sentences speak of), else the article's salient company if it fits
    and is not ``exclude``d. None where no candidate clearly wins. ``member``: the
    company an index compound opening the sentence stands for, where the article is
    about no one company (the one its membership is read for)."""
    if not target.stock and names_generic_unit(document, sentence, target):
        return None
    if target.stock and (owners := unknown_owners(sentence, target, document.lang)):
        owner = short_owner(document, owners)
        if owner is None or document.type_of(owner) not in target.types \
                or not listed_fit(document, owner):
            return None
        return Candidate(owner, BOUND, "short-owner")
    # the rules below ask the same of the sentence's mentions again and again
    usable = remembered(usable)
    fit = remembered(lambda m: fits_type(document, sentence, m, target, usable))
    if target.change and any(is_bound_after(sentence, m, target, document.lang)
                             and m.type not in _WHERE_TYPES and not fit(m)
                             for m in sentence.mentions):
        # "a 10% rise in the Nasdaq Composite": a change of something else ("rose 3% in
        # London" says where it was traded, not what changed)
        return None
    if target.change and _of_unnamed_gauge(sentence, target, document.lang):
        return None  # "against a 19% rise for the bank index": the sector's move, no company's
    if target.stock and _unlisted_subject(document, sentence, target, usable):
        return None  # the clause's company, not known to be listed: no other takes its move
    listed, paired = respective(sentence, target.number_start, fit, document.lang,
                                in_order=target.stock and target.change)
    if listed:
        return Candidate(paired, BOUND, "respectively") if paired is not None else None
    if unpaired_list(sentence, target.number_start, fit, document.lang):
        return None  # "Oracle, SAP and Salesforce reported growth of 8%, 10% and 12%"
    # both list rules start from the same names listed before the number
    listing = listed_before(sentence, target.number_start, fit, document.lang)
    each = each_of(sentence, target.number_start, target.number_end, fit, document.lang, listing)
    if each:
        # the figure is the first name's; the caller gives it to the others too
        sentence.cache[f"each-{target.number_start}"] = each
        return Candidate(each[0], BOUND, "bound-each")
    combined = combined_of(sentence, target.number_start, target.number_end, fit, document.lang,
                           listing)
    if combined:
        # the list's sum: its owner's where the catalogue gives all one, else no one's
        owner = common_owner(document, combined)
        if owner is None or document.type_of(owner) not in target.types:
            return None
        return Candidate(owner, BOUND, "bound-combined")
    if target.spender and _titled_person_pays(document.lang, sentence, target):
        return None  # "SAP co-founder X invested $100 million in Y": X pays, not SAP
    fitting = [m for m in sentence.mentions if fit(m)]
    payer = _result_payer(document.lang, sentence, target, fitting) if target.spender else None
    if payer == AMBIGUOUS:
        return None  # "X said its partner Y would …, spending $2 billion": no fitting name pays
    found = _ranked(document, sentence, target, fitting, payer)
    held = None if target.estimate else relative_owner(sentence, target.number_start, document.lang)
    if held is not None:
        # "… als der Konkurrent RWE, der ein Ebitda von 3,9 Milliarden Euro meldete": the
        # clause's figure is its head's or of a name in it, never of a name before the head
        kept = [c for c in found if c.label in held]
        if kept:
            return kept[0] if choose(kept) is not None else None
        head = held[0]
        if any(m.label == head and (fit(m) or m.type == "MarketIndex" and m.type in target.types)
               for m in sentence.mentions):
            return Candidate(head, CLAUSE, "relative-head")
        # "Jio Platforms, which has more than 510 million subscribers": a head of no fitting
        # type keeps the figure only where the passage or the article speaks of it anyway
        guess = passage() or salient_entity(document)
        return Candidate(head, PASSAGE, "relative-head") if guess == head else None
    if found and found[0].evidence == "clause" and listing[0] \
            and found[0].label == listing[0][-1].label \
            and shared_subject(sentence, target, listing, document.lang):
        return None  # the list's amount together; no word gives it to one of them
    if found and found[0].evidence == "sentence" \
            and _listed_subject_last(document.lang, sentence, target) == found[0].label:
        return None  # "AMD, Intel and Micron all rose, and revenue rose 5%": none of the list alone
    if unknown_subject(document, sentence, target.clause[0], target.number_start):
        # "Ridgeview reported revenue of $1.4 billion" where no rule knows Ridgeview: only a
        # name bound to the metric word may take the figure, never the company named nearest
        bound = [c for c in found if c.score >= BOUND]
        return bound[0] if choose(bound) is not None else None
    if values_a_purchase(sentence, target, document.lang):
        bound = [c for c in found if c.evidence == "bound"]
        return bound[0] if choose(bound) is not None else None
    if found:
        return found[0] if choose(found) is not None else None
    if unresolved_reference(document, sentence, target.clause[0], target.number_start):
        return None  # "Der Sportartikelhersteller …" where no company of the article is one
    salient = salient_entity(document)
    if unfit_institution(document, sentence, target.clause[0], target.number_start,
                         passage() or salient):
        return None  # "Allianz … The lender said revenue rose 5%": an insurer is no lender
    if is_free_float(document.lang, sentence.text, target.trigger):
        return _float_owner(document, salient, passage())
    if target.stock and _member_compound_before(document.lang, sentence, target):
        # "Die Aktie des Dax-Mitglieds legte 3 Prozent zu": the member is the company the
        # article is about (as for its membership), not the last one a passage named; in an
        # article about several, the one company the passage before tells of, as for its
        # membership (none where the passage names two)
        meant, weight = (salient, SALIENT) if salient is not None else (member(), PASSAGE)
        if meant is None or meant in exclude or not listed_fit(document, meant):
            return None
        return Candidate(meant, weight, "salient" if weight == SALIENT else "member")
    reference = _depositary_reference(document.lang, sentence, target) if target.stock else None
    issuer = _depositary_issuer(document) if reference is not None else None
    if reference is not None and (issuer is not None or not _depositary_owned(document.lang, reference)):
        # "The ADRs have gained 52% so far this year": the receipts' issuer, not the passage's
        # last company (a supplier told of since); "its ADRs" with no issuer named read on as
        # "its shares" are
        return Candidate(issuer, PASSAGE, "depositary") if issuer is not None and issuer not in exclude \
            and document.type_of(issuer) in target.types and listed_fit(document, issuer) else None
    subject = passage()
    if subject is not None and not target.stock and (
            salient is not None and named_beside(document, subject, salient)
            or side_rival(document, subject)):
        return None  # a partner or rival named once beside the article's subject
    if subject is not None and target.stock and not target.estimate and salient is not None \
            and subject != salient and side_rival(document, subject) \
            and not _rival_shares_told(document, subject):
        # "Zu den Rivalen zählen Shell und Y. Die Aktie gab um 0,8 Prozent nach": the rival
        # named once in passing and the article's own company are both the passage's; the
        # share of neither clearly moved
        return None
    if subject is not None:
        return Candidate(subject, PASSAGE, "passage")
    if salient is None or salient in exclude or target.stock and not listed_fit(document, salient):
        return None
    if target.stock and not _named_within(document, sentence, salient):
        named = _issuers_before(document, sentence, salient)
        if named:
            # "… traut Adidas Wachstum zu. … Die Aktie legte um 2,4 Prozent zu" in a roundup
            # on another company: the share of the one the passage speaks of, if only one
            only = next(iter(named)) if len(named) == 1 else None
            return Candidate(only, PASSAGE, "passage") \
                if only is not None and only not in exclude else None
    return Candidate(salient, SALIENT, "salient")


def _depositary_reference(lang: str, sentence: Sentence, target: Target) -> str | None:
    """The words in the number's clause before the number that name depositary receipts
    without their issuer ("The ADRs have gained 52%", "its ADRs rose 3%"), if any."""
    pattern = lexicon_pattern(lang, "attribution", "depositary_reference")
    found = pattern.search(sentence.text, target.clause[0], target.number_start) if pattern is not None else None
    return found.group(0) if found is not None else None


def _depositary_owned(lang: str, reference: str) -> bool:
    """Does a possessive pronoun open the reference ("its ADRs")? Such receipts are the
    pronoun's company's, where the article names no issuer, as "its shares" are."""
    pattern = lexicon_pattern(lang, "attribution", "depositary_owned")
    return pattern is not None and pattern.match(reference) is not None


_DEPOSITARY_ISSUER = "attribution/depositary-issuer"  # the key of its answer in an article's cache


def _depositary_issuer(document: Document) -> str | None:
    """The one company whose depositary receipts the article names ("X ADRs", "American
    depositary receipts of X"); None where it names none or several. Found once per article:
    the answer reads every sentence, and every figure of the receipts asks for it."""
    cache = document.sentences[0].cache
    if _DEPOSITARY_ISSUER not in cache:
        after = lexicon_pattern(document.lang, "attribution", "depositary_after")
        before = lexicon_pattern(document.lang, "attribution", "depositary_before")
        issuers = set() if after is None or before is None else {
            m.label for s in document.sentences for m in s.mentions
            if after.match(s.text, s.local(m.end)) or before.search(s.text, 0, s.local(m.start))}
        cache[_DEPOSITARY_ISSUER] = next(iter(issuers)) if len(issuers) == 1 else None
    return cache[_DEPOSITARY_ISSUER]  # type: ignore[return-value]


def _listed_subject_last(lang: str, sentence: Sentence, target: Target) -> str | None:
    """The last name of a list of several that opens the sentence and ends the names before the
    number's clause ("AMD, Intel and Micron all rose on Tuesday, and revenue rose 5%"), if any.
    The list together was the subject of the clause before, so its last name owns no figure
    of a later clause any more than the others do; a list further in ("TSMC, which makes the
    chips of Nvidia and AMD, plans …") is no subject. Only several companies make such a list:
    a name and its apposition ("Meituan, der Marktführer …, rutschte …") are one, and a person
    with the house after "von" ("Analyst X von Y sprach …") no list at all."""
    before = [m for m in sentence.mentions if sentence.local(m.end) <= target.clause[0]]
    listed = list_ending(lang, sentence, before)
    several = len({m.label for m in listed}) > 1 and all(m.type in ISSUER_TYPES for m in listed)
    return listed[-1].label if several and listed[0] is before[0] else None


_SHARE_PASSAGE = 2  # how many sentences back a bare "the share" may point
_SALIENT_APART = 5  # how many sentences back the article's company is still the passage's


def _named_within(document: Document, sentence: Sentence, salient: str) -> bool:
    """Is the article's company, or a part of it, named in the headline (an article on it,
    whose "the share" may point back to it from afar) or in the last few sentences?"""
    passage = [here for _back, here in document.looking_back(sentence, _SALIENT_APART)]
    return any(m.label == salient or document.listed(m.label) == salient
               or part_of_salient(document, m.label)
               for here in [document.sentences[0], *passage] for m in here.mentions)


def _issuers_before(document: Document, sentence: Sentence, salient: str) -> set[str]:
    """The listed companies (no banks or houses, which a passage cites as sources or
    judges) the sentence and the two before it name, none of them the article's company's
    own: where the article's company has not been named for a while, a bare "Die Aktie"
    speaks of theirs."""
    return {m.label for _back, here in document.looking_back(sentence, _SHARE_PASSAGE)
            for m in here.mentions
            if m.type in ISSUER_TYPES and m.type not in INSTITUTION
            and document.listed(m.label) != salient
            and not cited(document.lang, here, m) and listed_fit(document, m.label)}


def _titled_person_pays(lang: str, sentence: Sentence, target: Target) -> bool:
    """Is the last name before the amount in its clause a person whose title a company
    right before owns, and the subject of the verb that spends ("SAP co-founder X invested
    $100 million")? The person spends his own money; the company only names his post."""
    start, end = sentence.start + target.clause[0], sentence.start + target.number_start
    named = [m for m in sentence.mentions if start <= m.start and m.end <= end]
    return len(named) > 1 and named[-1].type == "Person" \
        and titled_person_acts(lang, sentence, named[-2], target.number_start)


def _member_compound_before(lang: str, sentence: Sentence, target: Target) -> bool:
    """The clause names, before the number, an index only inside a member's
    compound ("des Dax-Mitglieds", "the FTSE 100 company"): it speaks of one
    member company without its name."""
    member_after = _words(lang).member_after
    return any(m.type == "MarketIndex"
               and target.clause[0] <= sentence.local(m.start)
               and sentence.local(m.end) <= target.number_start
               and member_after.match(sentence.text, sentence.local(m.end))
               for m in sentence.mentions)


def named_beside(document: Document, label: str, subject: str) -> bool:
    """Is ``label`` named in one sentence only, and there beside the
    article's ``subject`` ("Volkswagen, which owns 5% of XPeng, will use the
    model")? Such a company is the subject's partner, owner, rival or
    customer, not a subject of the passage: a figure whose clause names no
    one is then as likely the article subject's as its own, and none is
    emitted rather than a guess."""
    if label == subject:
        return False
    sentences = [s for s in document.sentences if any(m.label == label for m in s.mentions)]
    return len(sentences) == 1 and any(m.label == subject for m in sentences[0].mentions)


def is_free_float(lang: str, text: str, trigger: tuple[int, int] | None) -> bool:
    """Is the metric word at ``trigger`` a free float ("Der Streubesitz soll bei
    etwa 35 Prozent liegen")? That is a share of the listed company's stock, so
    neither the holders named in the sentences before (a family holding, a
    seller) nor a seller's own outlook own it."""
    float_word = _words(lang).free_float
    if float_word is None or trigger is None:
        return False
    return bool(float_word.fullmatch(text[trigger[0]:trigger[1]]))


def _float_owner(document: Document, salient: str | None, subject: str | None) -> Candidate | None:
    """Whose a free float naming no one is: the article subject's where its shares
    may trade, else the passage's subject only where the catalogue knows it
    listed; a holder named before (a family holding, a seller) is neither."""
    if salient is not None and listed_fit(document, salient):
        return Candidate(salient, SALIENT, "free-float")
    entry = document.catalogue.get(subject) if subject is not None else None
    if subject is not None and entry is not None and entry.listed:
        return Candidate(subject, PASSAGE, "free-float")
    return None


def side_rival(document: Document, label: str) -> bool:
    """Is ``label`` named in one sentence only, and there right after a rival
    noun ("Rival Groq raised $750 million in September")? Such a company is
    the article subject's rival, named in passing: a figure of a later
    sentence that names no one ("Its last funding round, a $900 million
    Series D, …") is then as likely the subject's, and none is emitted."""
    rival = _words(document.lang).rival_before
    if rival is None:
        return False
    mentions = [(s, m) for s in document.sentences for m in s.mentions if m.label == label]
    return len({s.index for s, _ in mentions}) == 1 \
        and all(rival.search(s.text[:s.local(m.start)]) for s, m in mentions)


def _rival_shares_told(document: Document, label: str) -> bool:
    """Does the one sentence naming the rival speak of its shares ("Rival Shein's shares
    jumped")? Then the passage goes on about that share, and a bare "The stock rose 3%"
    after it is the rival's; a rival only listed ("Zu den Rivalen zählen Shell und Y") is not."""
    owner = _words(document.lang).unknown_owner
    return any(m.label == label and owner.match(sentence.text, sentence.local(m.start))
               for sentence in document.sentences for m in sentence.mentions)


def previous_subject(document: Document, sentence: Sentence,
                     types: frozenset[str]) -> Mention | None:
    """The subject of the sentence before: its first name of ``types`` that
    is neither a credit, a source cited ("Laut Marktforscher X kommen die
    Südkoreaner auf …"), a name in a relative clause ("Services revenue, which
    includes the App Store, rose 14%") nor an object of a preposition ("Siemens meldet
    Zahlen, bei der Tochter Healthineers hakt es": Siemens), unless the
    preposition names its shares ("Im SDax stiegen die Papiere von X. Der
    Spezialist für Kabel hat …": X), nor a rival competed or won against ("We keep winning
    against X and Y"). Where that sentence opens with a
    possessive pronoun ("Astera sells chips. Its switches link Nvidia's
    GPUs. Revenue jumped 112%"), it goes on about the subject of the one
    before it, whose subject is taken: its own names are objects.

    Found once a sentence and ``types``: every figure of a sentence that names
    no owner asks for it."""
    if sentence.index == 0:
        return None
    kept = cast(dict[frozenset[str], Mention | None],
                document.sentences[sentence.index - 1].cache.setdefault("subject-for-next", {}))
    if types not in kept:
        kept[types] = _previous_subject(document, sentence.index, types)
    return kept[types]


def _previous_subject(document: Document, index: int, types: frozenset[str]) -> Mention | None:
    """:func:`previous_subject` of the sentence at ``index``, worked out."""
    previous = document.sentences[index - 1]
    back = _words(document.lang).back_reference
    if back is not None and previous.index > 0 and back.match(previous.text):
        previous = document.sentences[previous.index - 1]
    holder = _words(document.lang).holder_only
    if holder is not None and holder.search(previous.text):
        return None  # "Zudem ist X mit 4,8 Prozent beteiligt": a holder, not the one the text is about
    found = [m for m in previous.mentions if m.type in types
             and not is_credit(previous, m, document.lang)
             and not cited(document.lang, previous, m)
             and not owns_named_relative(document.lang, previous, m)  # "die VW-Tochter Traton"
             and not in_closed_relative(previous, m, len(previous.text), document.lang)
             and not _in_person_clause(previous, m, document.lang)
             and not contest_object(document.lang, previous, m)  # "… winning against X and Y"
             and (not is_object(previous, m, document.lang)
                  or _shares_of(previous, m, document.lang)
                  or moved_index(document.lang, previous, m))]  # "dragged down by X": X
    return found[0] if found else _impersonal_object(document, previous, document.sentences[index], types)


def _impersonal_object(document: Document, previous: Sentence, sentence: Sentence,
                       types: frozenset[str]) -> Mention | None:
    """The one name of ``types`` in ``previous`` that an empty subject's clause tells of
    ("Weniger rund läuft es bei der Wasserstofftochter X."), where ``sentence`` opens with a
    personal pronoun ("Sie senkte ihre Prognose"): a pronoun needs a noun to stand for, and
    the clause has no subject but "es"; its name after the preposition is that noun. None
    where the sentence before names more than one such name."""
    words = _words(document.lang)
    if words.impersonal_at is None or words.pronoun_opening is None \
            or not words.pronoun_opening.match(sentence.text):
        return None
    names = {m.label for m in previous.mentions if m.type in types}
    opened = words.impersonal_at.search(previous.text)
    if opened is None or len(names) != 1:
        return None
    return next((m for m in previous.mentions if m.type in types and previous.local(m.start) >= opened.end()
                 and not re.search(r"[,;:]", previous.text[opened.end():previous.local(m.start)])), None)


def _in_person_clause(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """Does ``mention`` stand in a person's relative clause that runs on to it ("said X,
    chief executive of Y, who also runs the cloud business")? The clause tells what the person
    does; the name in it is no subject the next sentence goes on about."""
    opening = _words(lang).person_relative
    if opening is None:
        return False
    before = sentence.text[:sentence.local(mention.start)]
    openings = list(opening.finditer(before))
    return bool(openings) and not re.search(r"[,;:]", before[openings[-1].end():])


def choose(found: list[Candidate]) -> str | None:
    """The candidate with the strongest evidence; None when two different
    entities share the strongest evidence."""
    if not found:
        return None
    best = found[0]
    rivals = {c.label for c in found if c.score == best.score}
    return best.label if len(rivals) == 1 else None


def fitting_types(metric: str, stock_metrics: frozenset[str],
                  subject_types: frozenset[str]) -> frozenset[str]:
    """The types an entity must have to carry ``metric``."""
    if metric == "IndexLevel":
        return frozenset({"MarketIndex"})
    if metric in ("Downloads", "Users"):
        return PRODUCT_TYPES
    if metric == "StockPriceChange":
        return ISSUER_TYPES | {"MarketIndex"}
    if metric in stock_metrics:
        return ISSUER_TYPES
    return subject_types


__all__ = ["Candidate", "Target", "bidder", "candidates", "choose", "combined_of", "common_owner",
           "is_buyer_agent",
           "each_of", "figure_subject", "fits", "fits_type", "listed_before",
           "estimate_for_other", "estimate_for_other_after", "estimate_for_unknown", "estimated_antecedent", "fitting_types", "is_apposition", "possessor_at", "is_figure_object", "is_bought", "is_bound", "is_bound_after", "is_credit",
           "is_estimate_for", "value_is_for",
           "in_foil_aside", "is_matter", "is_object", "is_venue", "owned_after",
           "listed_fit", "named_beside", "names_generic_unit", "part_of_salient",
           "short_owner", "unknown_owners",
           "previous_subject",
           "number_run", "respective", "salient_entity", "values_a_purchase"]
