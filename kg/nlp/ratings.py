"""Analyst ratings: which institution rates which company how.

A rating term ("Outperform", "Buy", "Kaufempfehlung") counts when it is
quoted or stands near a rating word ("Einstufung", "reiterated", "stuft …
hoch"); a term that is also a common word ("kaufen") only when quoted. The
institution is the closest financial institution before it (in the
sentence, else the two before), or every institution of a list right before
it ("KeyBanc and Evercore ISI reiterated Outperform"). The rated company is
the one the sentence names (of several, the one whose shares it names),
else the one whose shares the passage is about, else the salient
organisation of the article — and nothing when none clearly wins. A bank
rated by another bank ("JPMorgan stuft die Deutsche Bank auf Overweight")
is the rated one, and so is a bank after a verb of rating whose subject is
a pronoun ("Sie beließ die Commerzbank auf 'Neutral'"), rated by the house
the pronoun stands for; so is the name a relative clause follows whose
subject is the house ("Lloyds, which JPMorgan rates overweight"), and the
bank a participle of rating follows ("Barclays, rated buy at Citi,"). In an
up- or downgrade ("von Hold auf Sell", "to Buy from Hold", "auf 'Buy' (bisher
'Hold')") the new rating is the rating, the old one its ``previous``; a rating
denied, no longer given or withdrawn ("nicht mehr mit 'Buy'", "no longer rates
X a buy", "dropped its buy rating") is none. Ratings
listed with a pairing word ("to outperform and overweight, respectively",
"'Buy' beziehungsweise 'Hold'") go one each to the listed houses or
companies in order; a rating inside direct speech is given by the house
named right after the closing mark. A target that only salience gave a
company follows the company its house just rated, and a consensus target is
no house's (:func:`bind_estimates`).

Each path has its own extractor name (``ratings/<lang>/before``, ``…/shared``,
``…/earlier``, ``…/after``, ``…/speaker``, ``…/pronoun``, ``…/participle``), so its reliability can
be measured apart.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from kg.catalogue import Catalogue, CatalogueEntry, per_catalogue
from kg.nlp.attribution import list_goes_on, listed_fit, short_owner, side_rival
from kg.nlp.document import (
    INSTITUTION,
    ISSUER_TYPES,
    SPEECH_MARKS,
    Document,
    Sentence,
    cased,
    cited,
    closed_relative,
    genitive,
    in_quotation,
    is_share_subject,
    listed_runs,
    names_unknown,
    same_clause,
)
from kg.nlp.gazetteer import Mention, alternation
from kg.nlp.lang import info, lexicon, lexicon_pattern, not_names, stop_words
from kg.nlp.prefilter import Prefilter, prepares
from kg.nlp.quantities import UNITS_NON_CURRENCY, find_quantities
from kg.nlp.references import (
    coordinated,
    descriptor_industries,
    industry_known_fit,
    marked_reference,
    named_as_rivals,
    unseated_demonym,
)
from kg.nlp.relation_cues import relation_cues
from kg.nlp.roles import employer_of
from kg.nlp.salience import MINIMUM, clause_fronted_before, passing_rival, ranking, salient
from kg.records import Evidence, Figure, Rating
from kg.vocabulary import ORGANIZATION_TYPES

# A name in capitals ("DER AKTIONÄR", "LBBW"): words of two capitals or more, none in lower case.
_CAPITALS = r"[A-ZÄÖÜ][A-ZÄÖÜ&.\-]+(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ&.\-]+)*(?![\w])"
COMPANY = frozenset({"Company", "BusinessUnit"})
_QUOTES = "„“”\"'‚‘’«»"
# An exchange and ticker in brackets after a name: "(NYSE:NVO)", "(NASDAQ: ARM)", "(TM)".
_TICKER = r"(?:\s+\((?:[A-Z]{2,8}:\s?)?[A-Z][A-Z.]{0,7}\))?"


@dataclass(frozen=True)
class _Patterns:
    term: re.Pattern[str]
    quoted_only: re.Pattern[str]  # terms that are also common words: only in quotes
    compound: re.Pattern[str] | None  # "-Rating": a term that heads it counts as if quoted
    context: re.Pattern[str]
    context_cue: Prefilter  # can ``context`` match a sentence (most hold no rating word)
    term_cue: Prefilter  # can ``term`` or a plain rating word match (most hold neither)
    list_join: re.Pattern[str]  # between institutions listed together: "," "und"
    verbs: re.Pattern[str]  # verbs of rating ("stuft", "upgraded"): X verb Y rates Y
    to: re.Pattern[str]  # " auf '", " to ": the word the new rating follows, with its blanks
    given_by: re.Pattern[str] | None  # rating + "der", "from" + institution: the one who gives it
    passive: re.Pattern[str] | None  # "wurde", "was": the subject of the clause is the rated one
    singular_passive: re.Pattern[str] | None  # "was", "wurde": one subject, no list before it
    passive_verb: re.Pattern[str] | None  # "was cut", "wurde … abgestuft": the passive word, a verb of rating
    passive_final: bool  # the passive word may close the clause after the rating ("… eingestuft wird")
    agent: re.Pattern[str] | None  # "von der", "by" right before an institution: the rater of a passive
    agent_next: re.Pattern[str] | None  # a term, then "by", "at": the agent right after the term
    apposed: re.Pattern[str]  # between two institution names that are one: blanks, commas, articles
    bare: re.Pattern[str] | None  # "downgraded X to sell": a common word after a verb of rating
    bare_more: re.Pattern[str] | None  # "… X buy and Y neutral": the same for the next name after one
    bare_agent: re.Pattern[str] | None  # "rated buy by UBS and sell by Citi": the next word and its agent
    bare_joined: re.Pattern[str] | None  # "rate X buy and hold.": a next word joined to one, closing the clause
    held: re.Pattern[str] | None  # "reiterates add on X": a common word right after a verb of keeping
    moved_verb: re.Pattern[str] | None  # "downgrades X to perform": a common verb moved to
    plain: re.Pattern[str] | None  # a common word that is a rating in such places ("neutral")
    advice: re.Pattern[str] | None  # "rät zum Kauf": advice in words, the term in group ``term``
    advice_more: re.Pattern[str] | None  # "… von Siemens und zum Kauf von SAP": more of it
    advice_elliptic: re.Pattern[str] | None  # "…, die Citi zum Verkauf": a second house's, verb left out
    verdict: re.Pattern[str] | None  # "Laut X ist SAP ein Kauf": a verdict in words, the same
    rated_marker: re.Pattern[str] | None  # "für die" ending the words between rater and rated bank
    rated_after: re.Pattern[str] | None  # "rating on (both)", "' für": the words from a term to its rated
    sector: re.Pattern[str] | None  # "the chip sector", "Chemiewerte": a rating of a sector or market
    other_object: re.Pattern[str] | None  # "stufte den Konkurrenten auf 'Hold'": another company, unnamed
    sector_after: re.Pattern[str] | None  # "' rating on European equities": the same right after the term
    instrument: re.Pattern[str] | None  # "bonds", "Anleihen": a rating of debt, no share's
    fund_name: re.Pattern[str] | None  # after a manager's name: "Top Dividende", "… Fund"
    instrument_after: re.Pattern[str] | None  # after a rating, up to an instrument: "von", "on the"
    owned_unit: re.Pattern[str] | None  # "'s chip unit", "-Tochter" before a unit's name: its owner is not rated
    owned_role: re.Pattern[str] | None  # "-Zulieferers", " supplier": its owner is not rated
    owned_role_genitive: re.Pattern[str] | None  # after "Apple's": " biggest supplier"
    plain_word: re.Pattern[str] | None  # a common word that may be a rating ("hold"), as a word
    joined: re.Pattern[str] | None  # "und", "nachdem", "saying": a phrase of its own after the rating
    marked_name: re.Pattern[str] | None  # "für", "on the": the words that bind a rating to a name after them
    shares_after: re.Pattern[str]  # "-Aktie", " shares" right after a name: its shares
    shares_of: re.Pattern[str]  # "Aktien der", "shares of" right before a name: its shares
    share_noun: re.Pattern[str]  # "die Aktie", "the stock": a share word, owner named or not
    credit_terms: frozenset[str]  # "Negative": also a credit outlook …
    credit_words: re.Pattern[str] | None  # … in a clause of these words ("outlook", "Bonität")
    consensus: re.Pattern[str] | None  # "im Schnitt", "the average rating": unnamed analysts
    consensus_rejoined: re.Pattern[str] | None  # "… and kept": the house's own clause after consensus words
    own: re.Pattern[str] | None  # "seine", "its": the rating of the clause's own subject
    rater_words: re.Pattern[str] | None  # "Die Analysten", "the firm": a house's people or the house
    own_voice: re.Pattern[str] | None  # "Die Redaktion", "our": the publication speaks for itself
    old_plain: re.Pattern[str] | None  # "from buy": a common word as the old rating, in ``term``
    new_follows: re.Pattern[str]  # after an old rating: "to Buy", "rating to a 'buy'" (group ``new``)
    old_before: re.Pattern[str]  # before an old rating: "to Buy from", "to a buy rating from a"
    old_ahead: re.Pattern[str]  # before a new rating: "from Hold to", "from a 'hold' rating to a"
    old_behind: re.Pattern[str]  # after a new rating: "from Hold", "rating from a hold"
    old_bracket: re.Pattern[str] | None  # after a new rating: "(bisher 'Halten')", "(Market-Perform)"
    old_marked: re.Pattern[str] | None  # "bisher mit", "previously rated": a rating given before
    denied: re.Pattern[str] | None  # "did not upgrade X to", "nicht auf": a rating not given
    denied_after: re.Pattern[str] | None  # "'Buy'-Votum nicht": the same after the term
    hedged: re.Pattern[str] | None  # "could upgrade X to", "könnte … auf": a rating only possible
    hedged_after: re.Pattern[str] | None  # "'Buy' hochstufen": the verb of that modal after the term
    newer: re.Pattern[str] | None  # "has since moved to", "inzwischen auf": a rating given since
    earlier: re.Pattern[str] | None  # "hatte … zuvor mit", "had rated": given before, may still hold
    earlier_after: re.Pattern[str] | None  # "mit 'Reduce' eingestuft hatte": the same after the term
    former: re.Pattern[str] | None  # "moved to X from", "früher bei": an analyst's former employer follows
    old_until: re.Pattern[str] | None  # "'Hold' until Tuesday": a rating that held until then
    old_time: re.Pattern[str] | None  # "last year", "im Jahr 2019": a past time (group ``year``)
    old_time_after: re.Pattern[str] | None  # "outperform last year": the same a few words after a term
    giver: re.Pattern[str] | None  # "Empfehlung von X": who gives the rating (groups ``name``, ``capitals``)
    # "cut Target to underperform": a capitalised name after a verb of rating (group ``owner``)
    capitalised_rated: re.Pattern[str] | None
    capitalised_passive: re.Pattern[str] | None  # "Puma was cut to": an unknown name rated in a passive
    not_names: frozenset[str]  # capitalised words that are no name ("The", "Shares")
    # "buy and hold, respectively", "'Buy' bzw. 'Hold'": ratings paired in order with a list
    respective_gap: re.Pattern[str] | None  # between two paired ratings
    respective_word: re.Pattern[str] | None  # the pairing word itself
    respective_before: re.Pattern[str] | None  # a pairing word before the run ("jeweils mit")
    paired_join: re.Pattern[str] | None  # "und" between different ratings, which pairs them too
    closing_particle: re.Pattern[str] | None  # a separable verb's particle closing a rating: "ein"
    # "buy and hold ratings", "buy and hold, respectively": a list of common words that a rating
    # noun or the pairing word makes ratings (group ``run``)
    plain_run: re.Pattern[str] | None
    # "Die Commerzbank stuft der Experte …": after an institution, the verb and the subject's article;
    # the subject's noun, then maybe the rater's name
    inverted: re.Pattern[str] | None
    fronted: re.Pattern[str] | None  # "Für die", "For": a preposition opening the sentence before a name
    # ": für die", ", for": the same opening a clause after a break, right before a name
    clause_fronted: re.Pattern[str] | None
    house_on: re.Pattern[str] | None  # " bei der", " on": from a house to the bank its view is on
    house_owner: re.Pattern[str] | None  # "Der Einstieg der ": a house owning a deal, not a view
    # " upgraded it to", " hat sie auf": from a house to its rating, a pronoun as the object rated
    pronoun_object: re.Pattern[str] | None
    cited_verdict: re.Pattern[str] | None  # "Laut RATER bleibt die RATED ein": the later one rated
    impersonal: re.Pattern[str] | None  # "man": after "Bei X", the subject that makes X the rater
    inverted_noun: re.Pattern[str] | None
    # "Hensoldt stuft die Bank …": from an object opening the clause to its rater, the verb of
    # rating and a word or two; only where an object may open a clause (``inverted``)
    object_first: re.Pattern[str] | None
    # "Sie beließ die Commerzbank auf …", "it downgraded Barclays": a pronoun subject, a verb of
    # rating and the words up to an institution, which is then the rated one (group ``pronoun``)
    pronoun_subject: re.Pattern[str] | None
    # "nach Zahlen von Boeing", "nach den Boeing-Zahlen": a preposition and maybe its article right
    # before a name, which it governs
    governed: re.Pattern[str] | None
    # "Barclays, rated buy at Citi,": a comma or bracket after a name, then a participle of rating,
    # up to the rating: the name is the rated one, the agent right after the rating the rater
    participle: re.Pattern[str] | None
    # "Lloyds, which JPMorgan rates overweight": from after a name to the rater, the relative
    # pronoun of a clause whose subject is the rater
    rated_relative: re.Pattern[str] | None
    # "Positive comments from UBS": a term that is also an adjective, opening the sentence before
    # a word in lower case that is no rating noun, marker or verb of rating
    adjective: re.Pattern[str] | None


@dataclass(frozen=True)
class _Term:
    """A rating term found in a sentence, offsets local to it. ``worded``: the
    match holds its own verb of rating or advice, so it needs no rating word
    elsewhere; ``near``: its rater must be named in the same sentence (advice
    in words is also what a consensus of unnamed analysts gives); ``verdict``:
    a verdict in words ("Für X ist SAP ein Kauf"), whose "für" the rules that
    find a rated bank read the other way round; ``cell``: a word that is a
    rating only in quotes, found unquoted in a table or list cell, which
    counts only beside a house there; ``named``: where advice must be followed by the company it
    rates ("zum Kauf von SAP"), which is then the one rated; ``house``: where a house must be
    named for advice with its verb left out ("…, die Citi zum Verkauf")."""

    start: int
    end: int
    text: str
    quoted: bool
    worded: bool = False
    near: bool = False
    verdict: bool = False
    cell: bool = False
    named: int | None = None
    house: int | None = None


@prepares
@lru_cache(maxsize=4)
def _patterns(lang: str) -> _Patterns:
    words = lexicon(lang)["ratings"]
    clauses = lexicon(lang)["clauses"]
    terms = alternation(_variants(words["terms"]))
    plain = alternation(words.get("plain_terms", []))
    # a run of common words may open with a rating term ("overweight and buy, respectively")
    run_item = f"{terms}|{plain}"
    if plain:
        # "a buy rating", "a 'neutral' rating", "sell-rated": a common word is a rating before a
        # rating noun
        terms += rf"|(?:{plain})(?=[{_QUOTES}]?\s+(?:{words['rating_nouns']})\b|-rated\b" \
                 rf"|\s+(?:{words['source']})\s+(?:{plain})\b)"  # "to buy from hold"
    not_after = f"|{words['not_after']}" if words.get("not_after") else ""
    marked = marked_reference(lang)
    other = f"{words.get('other_object', '')}|{marked}" if marked else words.get("other_object", "")
    lead = rf"(?:(?:{words['list_lead']})\s+)?" if words.get("list_lead") else ""
    # "from a 'hold' rating to a 'buy' rating": an article before and a rating noun after each
    q = "[" + _QUOTES + "]?"
    article = rf"(?:(?:{words['indefinite']})\s+)?" if words.get("indefinite") else ""
    noun = rf"(?:\s+(?:{words['rating_nouns']}))?" if words.get("rating_nouns") else ""
    # "hold, down from buy": a word leading the old rating's "from"
    old_lead = rf"(?:,?\s+(?:{words['source_lead']}))?" if words.get("source_lead") else ""
    term = re.compile(rf"(?<![\w-])(?P<term>{terms})(?![\w]{not_after})")
    quoted = alternation(words["quoted_terms"])
    # a common verb in quotes is the verb again before the words that go on with it ("'add' to")
    verb_after = rf"(?![{_QUOTES}]?\s+(?:{words['quoted_verb_after']})\b)" if words.get("quoted_verb_after") else ""
    strict = f"{_strict_shape(words)}{verb_after}|" if words.get("quoted_strict_terms") else ""
    bare = bare_more = None
    if plain and words.get("bare_verbs"):
        direct = f"|{words['bare_direct']}" if words.get("bare_direct") else ""
        # "to in line with the consensus": a comparison that opens with a rating word
        bare_not = rf"(?!(?:{words['bare_not']})\b)" if words.get("bare_not") else ""
        # the name after the verb may have an apposition in commas ("upgraded Tesco, the UK's
        # biggest grocer, to buy")
        # and an exchange and ticker in brackets after it ("upgraded Shell (LON:SHEL) to buy")
        bare = re.compile(rf"\b(?:(?:{words['bare_verbs']})\b(?:\s+[\w.&'’\-]+){{0,6}}?{_TICKER}"
                          rf"(?:,\s+[^,.;:]{{1,60}}?,)?\s+"
                          rf"(?:{words['bare_before']}){direct})\s+{bare_not}(?P<term>{quoted}|{plain})"
                          rf"(?=\s*(?:$|[.,;:()])|\s+(?:{words['bare_after']})\b)")
        # "rates Adidas buy and Puma neutral", "to buy, Puma to hold": a further name and word
        # "… a buy, but Adidas only a hold": a further name in contrast, a word of degree
        joins = "|".join(filter(None, (words["list_join"], words.get("bare_contrast"))))
        degree = rf"(?:(?:{words['bare_degree']})\s+)?" if words.get("bare_degree") else ""
        bare_more = re.compile(rf"\s*,?\s+(?:(?:{joins})\s+)?"
                               rf"[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){{0,3}}{_TICKER}"
                               rf"(?:,\s+[^,.;:]{{1,60}}?,)?\s+{degree}"
                               rf"(?:(?:{words['bare_before']})\s+)?{bare_not}(?P<term>{quoted}|{plain})"
                               rf"(?=\s*(?:$|[.,;:()])|\s+(?:{words['bare_after']})\b)")
    bare_agent = None
    if bare is not None and words.get("agent"):
        # "is rated buy by UBS and sell by Citi": after the agent of one word, the next word with an
        # agent of its own
        house = rf"(?:(?:{words['list_article']})\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){{0,3}}"
        bare_agent = re.compile(rf"\s+(?:{words['agent']})\s+{house}\s*,?\s+(?:(?:{words['list_join']})\s+)?"
                                rf"(?:(?:{words['bare_before']})\s+)?{bare_not}(?P<term>{quoted}|{plain})"
                                rf"(?=\s+(?:{words['agent']})\s+{house})")
    bare_joined = None
    if bare is not None and words.get("paired_join"):
        # "UBS and Jefferies rate Nvidia buy and hold.": a second word joined to the first where
        # the first may stand (closing the clause, or before "with", "on", "by" …) is a rating too,
        # which pairs the two in order with the houses, so that neither house gets both
        bare_joined = re.compile(rf"\s+(?:{words['paired_join']})\s+(?:(?:{words['bare_before']})\s+)?"
                                 rf"{bare_not}(?P<term>{quoted}|{plain})"
                                 rf"(?=\s*(?:$|[.,;:()])|\s+(?:{words['bare_after']})\b)")
    held = None
    if plain and words.get("bare_held") and words.get("rated_marker"):
        word = f"(?:{quoted}|{plain})"
        # the rated name must follow ("retains buy on Tesco", not "keeps hold of costs"), or the
        # words close a sentence after a comma ("cuts Tesco target to 380p, keeps hold")
        held = re.compile(rf"(?:\b(?:{words['bare_held']})\s+(?={word}\s+(?:{words['rated_marker']})\s+"
                          rf"(?:(?:{words['list_article']})\s+)?[A-Z])|(?<=[,;]\s)(?:{words['bare_held']})"
                          rf"\s+(?={word}\s*(?:$|[.;]))"
                          # "Apple: Needham maintains buy, PT raised to $260": a target after a comma
                          + (rf"|\b(?:{words['bare_held']})\s+(?={word}\s*,\s+(?:{words['held_target']})\b)"
                             if words.get("held_target") else "")
                          + rf")(?P<term>{word})")
    moved_verb = None
    if words.get("verb_terms"):
        # "downgrades Meta to perform (from outperform)": a common verb that is a rating only where
        # a verb of moving a rating puts it, closing the clause or before the old rating; in quotes
        # whatever follows ('cut the stock to "perform" to reflect …')
        moved_verb = re.compile(rf"\b(?:{words['verb_term_verbs']})\b(?:\s+[\w.&'’\-]+){{0,6}}?{_TICKER}"
                                rf"\s+(?:{words['to']})\s+(?P<q>[{_QUOTES}])?"
                                rf"(?P<term>{alternation(words['verb_terms'])})(?(q)[{_QUOTES}]|"
                                rf"(?=\s*(?:$|[.,;:])|\s+(?:{words['verb_term_after']})\b))")
    context = re.compile(words["context"], re.IGNORECASE)
    plain_word = re.compile(rf"(?<![\w-])(?:{plain})(?![\w-])") if plain else None
    return _Patterns(moved_verb=moved_verb, term=term,
                     quoted_only=re.compile(rf"(?<![\w-])(?P<term>{strict}{quoted})(?![\w]{not_after})"),
                     compound=re.compile(rf"-(?:{words['compound_nouns']})\b")
                     if words.get("compound_nouns") else None,
                     context=context, context_cue=Prefilter([context]),
                     # a common word a verb puts in place ("kept X at in-line") is a rating
                     # without the rating noun that ``term`` wants after it: cued as well
                     term_cue=Prefilter([term] + ([plain_word] if plain_word else [])),
                     verbs=re.compile(words["verbs"]),
                     # the agent's word may come again after the conjunction ("von der UBS und
                     # von Barclays hochgestuft"), so may a house noun ("und vom Analysehaus
                     # Barclays"): still one list of houses
                     list_join=re.compile(rf"^\s*(?:,|,?\s*(?:{words['list_join']})"
                                          rf"(?:\s+(?:{words.get('agent') or '(?!)'}))?)\s*"
                                          rf"(?:(?:{words['list_article']})\s+)?"
                                          rf"(?:(?:{words.get('rater_words') or '(?!)'})\s+)?$"),
                     to=re.compile(rf"\s+(?:{words['to']})\s+[{_QUOTES}]?"),
                     # the rating, a hyphened noun or a rating noun or two, then the joining word
                     given_by=re.compile(rf"^[{_QUOTES}]?(?:-\w+)?(?:(?:\s+[\w\-]+){{0,2}}?\s+"
                                         rf"(?:{words['given_by']})|,\s+(?:{words.get('given_by_cited') or '(?!)'}))"
                                         rf"\s+(?:(?:{words['list_article']})\s+)?$")
                     if words.get("given_by") else None,
                     apposed=re.compile(rf"^[\s,]*(?:(?:{words['list_article']})\s+)?$"),
                     passive=re.compile(rf"\b(?:{words['passive']})\b") if words.get("passive") else None,
                     singular_passive=re.compile(rf"(?:{words['singular_passive']})")
                     if words.get("singular_passive") else None,
                     passive_final=bool(words.get("passive_final")),
                     passive_verb=re.compile(rf"\b(?:{words['passive']})\b\s+(?:\w+\s+)?{words['verbs']}")
                     if words.get("passive") else None,
                     agent=re.compile(rf"\b(?:{words['agent']})\s+(?:(?:{words['list_article']})\s+)?$")
                     if words.get("agent") else None,
                     agent_next=re.compile(rf"^[\w\-]+(?: [\w\-]+)?[{_QUOTES}]?\s+(?:{words['agent']})\s+"
                                           rf"(?:(?:{words['list_article']})\s+)?$")
                     if words.get("agent") else None,
                     bare=bare, bare_more=bare_more, bare_agent=bare_agent,
                     bare_joined=bare_joined, held=held, plain=re.compile(rf"(?:{plain})") if plain else None,
                     advice=re.compile(words["advice"]) if words.get("advice") else None,
                     advice_more=re.compile(words["advice_more"]) if words.get("advice_more") else None,
                     advice_elliptic=re.compile(words["advice_elliptic"]) if words.get("advice_elliptic")
                     else None,
                     verdict=re.compile(words["verdict"]) if words.get("verdict") else None,
                     rated_marker=re.compile(rf"\b(?:{words['rated_marker']})\s+"
                                             rf"(?:(?:{words['list_article']})\s+)?$")
                     if words.get("rated_marker") else None,
                     rated_after=re.compile(rf"^[{_QUOTES}]?(?:-\w+)?(?:\s+[\w\-]+){{0,2}}?\s+"
                                            rf"(?:{words['rated_marker']})\s+{lead}"
                                            rf"(?:(?:{words['list_article']})\s+)?"
                                            rf"(?:{words.get('rated_describer', '')})$")
                     if words.get("rated_marker") else None,
                     shares_after=re.compile(rf"^(?:{clauses['shares_after']})\b"),
                     share_noun=re.compile(rf"(?<![\w-])(?:{clauses['share_nouns']})(?![\w-])"),
                     shares_of=re.compile(rf"\b(?:{clauses['share_nouns']})\s+(?:{clauses['shares_of']})\s+"
                                          rf"(?:(?:{words['list_article']})\s+)?$"),
                     sector=re.compile(words["sector_words"]) if words.get("sector_words") else None,
                     # an unnamed other company as the one rated: right after the verb of rating
                     # (a word between: "also cut its rival"), fronted before it ("Den Rivalen
                     # stufte X ab"), or after a word that binds a rating to it ("bei 'Hold' für
                     # die Aktie des Rivalen"); a company reference marked with a country or an
                     # industry counts as one when its reference found no company that fits
                     # ("den US-Konzern", "den Sportartikelhersteller")
                     other_object=re.compile(rf"(?:{words['verbs']})\s+(?:[\w\-]+\s+)?(?:{other})"
                                             rf"|(?:{other})\s+(?:{words['verbs']})"
                                             rf"|\b(?:{words['rated_marker']})\s+(?:{other})")
                     if words.get("other_object") else None,
                     sector_after=re.compile(rf"[{_QUOTES}]?(?:-\w+)?(?:\s+[\w\-]+){{0,2}}?\s+"
                                             rf"(?:{words['rated_marker']})\s+(?:[\w\-]+\s+){{0,2}}?"
                                             rf"(?:{words['sector_words']})")
                     if words.get("sector_words") and words.get("rated_marker") else None,
                     instrument=re.compile(words["instrument_words"])
                     if words.get("instrument_words") else None,
                     fund_name=re.compile(words["fund_name"]) if words.get("fund_name") else None,
                     instrument_after=re.compile(rf"[{_QUOTES}]?(?:{words['instrument_after']})")
                     if words.get("instrument_after") else None,
                     owned_unit=re.compile(words["owned_unit"]) if words.get("owned_unit") else None,
                     plain_word=plain_word,
                     joined=re.compile(rf"(?<![\w-])(?:{words['phrase_after']})(?![\w-])")
                     if words.get("phrase_after") else None,
                     marked_name=re.compile(rf"\b(?:{words['rated_marker']})\s+(?:(?:{words['list_article']})\s+)?"
                                            rf"(?:[\w\-]+\s+){{0,2}}?$")
                     if words.get("rated_marker") else None,
                     owned_role=re.compile(rf"(?:-|\s+)(?:{words['owned_role']})\b")
                     if words.get("owned_role") else None,
                     owned_role_genitive=re.compile(rf"\s+(?:[^\W\d_A-ZÄÖÜ][\w\-]*\s+){{0,2}}?"
                                                    rf"(?:{words['owned_role']})\b")
                     if words.get("owned_role") else None,
                     credit_terms=frozenset(_variants(words.get("credit_terms", []))),
                     credit_words=re.compile(rf"\b(?:{words['credit_words']})\b")
                     if words.get("credit_words") else None,
                     consensus=re.compile(rf"\b(?:{words['consensus']})\b", re.IGNORECASE)
                     if words.get("consensus") else None,
                     consensus_rejoined=re.compile(words["consensus_rejoined"])
                     if words.get("consensus_rejoined") else None,
                     own_voice=re.compile(words["own_voice"]) if words.get("own_voice") else None,
                     rater_words=re.compile(rf"\b(?:{words['rater_words']})\b", re.IGNORECASE)
                     if words.get("rater_words") else None,
                     own=re.compile(rf"\b(?:{words['own']})\b", re.IGNORECASE) if words.get("own") else None,
                     old_plain=re.compile(rf"\b(?:{words['source']})\s+(?P<term>{plain})\b")
                     if plain else None,
                     earlier=re.compile(rf"\b(?:{words['earlier_before']})\b(?:\s+[\w\-]+){{0,6}}?\s+{q}$")
                     if words.get("earlier_before") else None,
                     earlier_after=re.compile(rf"{q}(?:\s+[\w\-]+){{0,2}}?\s+(?:{words['earlier_after']})\b")
                     if words.get("earlier_after") else None,
                     former=re.compile(rf"(?:{words['former_before']})$") if words.get("former_before") else None,
                     newer=re.compile(rf"\b(?:{words['newer_before']})\b(?:\s+[\w\-]+){{0,4}}?\s+{q}$")
                     if words.get("newer_before") else None,
                     old_marked=re.compile(rf"\b(?:{words['old_before']})\b(?:\s+[\w\-]+){{0,4}}?\s+{q}$")
                     if words.get("old_before") else None,
                     denied=re.compile(rf"\b(?:{words['denied_before']})\s+{q}$")
                     if words.get("denied_before") else None,
                     denied_after=re.compile(rf"{q}(?:{words['denied_after']})")
                     if words.get("denied_after") else None,
                     hedged=re.compile(rf"(?:{words['hedged_before']})\s+{q}$")
                     if words.get("hedged_before") else None,
                     hedged_after=re.compile(rf"{q}(?:{words['hedged_after']})")
                     if words.get("hedged_after") else None,
                     capitalised_rated=_capitalised_rated(words, clauses["share_nouns"], terms, plain),
                     capitalised_passive=_capitalised_passive(words, clauses["share_nouns"]),
                     not_names=not_names(lang),
                     respective_gap=re.compile(rf"^[{_QUOTES}\s,]*(?:(?:{words['list_join']}|"
                                               rf"{clauses['respectively']})(?!\w)[{_QUOTES}\s,]*)?$")
                     if clauses.get("respectively") else None,
                     respective_word=re.compile(rf"(?<!\w)(?:{clauses['respectively']})(?!\w)")
                     if clauses.get("respectively") else None,
                     closing_particle=re.compile(rf"(?:{words['closing_particles']})\b(?=\s*,)")
                     if words.get("closing_particles") else None,
                     paired_join=re.compile(rf"^[{_QUOTES}\s]*(?:{words['paired_join']})[{_QUOTES}\s]*$")
                     if words.get("paired_join") else None,
                     respective_before=re.compile(rf"(?<!\w)(?:{words['respective_before']})\s+"
                                                  rf"(?:[\w\-]+\s+){{0,2}}?[{_QUOTES}]*$")
                     if words.get("respective_before") else None,
                     plain_run=re.compile(
                         rf"(?<![\w-])(?P<run>(?:{run_item})(?:(?:\s*,\s*|\s+(?:{words['list_join']})\s+)"
                         rf"(?:{run_item}))+)(?=\s+(?:{words['rating_nouns']})\b"
                         + (rf"|\s*,?\s*(?:{clauses['respectively']})(?!\w))" if clauses.get("respectively")
                            else ")"))
                     if plain and words.get("rating_nouns") else None,
                     inverted=re.compile(words["inverted"]) if words.get("inverted") else None,
                     fronted=re.compile(rf"^\s*(?:{words['fronted']})\s+$") if words.get("fronted") else None,
                     clause_fronted=clause_fronted_before(lang),
                     house_on=re.compile(rf"\s+(?:{words['house_on']})\s+") if words.get("house_on") else None,
                     house_owner=re.compile(words["house_owner"]) if words.get("house_owner") else None,
                     pronoun_object=re.compile(
                         rf"\s+(?:[\w\-]+\s+)?(?:{words['verbs']}\s+)?(?:{words['pronoun_object']})\s+"
                         rf"(?:[\w\-]+\s+){{0,2}}?[{_QUOTES}]?")
                     if words.get("pronoun_object") else None,
                     cited_verdict=re.compile(words["cited_verdict"]) if words.get("cited_verdict") else None,
                     impersonal=re.compile(words["impersonal"]) if words.get("impersonal") else None,
                     object_first=re.compile(rf"^\s+(?:{words['verbs']})\s+(?:[\w\-]+\s+){{0,2}}?$")
                     if words.get("inverted") else None,
                     inverted_noun=re.compile(rf"(?:{words['inverted_nouns']})(?P<gap>\s+)?")
                     if words.get("inverted_nouns") else None,
                     pronoun_subject=re.compile(
                         rf"(?:^|[:;,–—]\s*)(?P<pronoun>{words['pronoun_subject']})\s+(?:{words['verbs']})\s+"
                         rf"(?:(?:{words['list_article']})\s+)?(?:[\w\-]+\s+){{0,2}}?"
                         rf"(?:(?:{words['rated_marker']})\s+(?:(?:{words['list_article']})\s+)?)?$")
                     if words.get("pronoun_subject") else None,
                     governed=re.compile(rf"\b(?:{words['governed']})\s+$")
                     if words.get("governed") else None,
                     participle=re.compile(rf"^\s*[,(]\s*(?:[a-z]+\s+)?(?:{words['participle']})\s+"
                                           rf"(?:(?:{words['bare_before']})\s+)?[{_QUOTES}]?$")
                     if words.get("participle") else None,
                     rated_relative=re.compile(rf"^\s*,\s*(?:{words['rated_relative']})\s+$")
                     if words.get("rated_relative") else None,
                     adjective=_adjective(words) if words.get("adjective_terms") else None,
                     giver=re.compile(rf"\b(?:{words['giver']})\s+(?:(?:{words['list_article']})\s+)?"
                                      rf"(?P<name>(?P<capitals>{_CAPITALS})|\w)")
                     if words.get("giver") else None,
                     old_time=re.compile(words["old_time"]) if words.get("old_time") else None,
                     old_time_after=re.compile(rf"^{q}{noun}(?:\s+[\w\-.]+){{0,3}}?\s+(?:{words['old_time']})")
                     if words.get("old_time") else None,
                     old_until=re.compile(rf"^{q}{noun}(?:\s+[\w\-.]+){{0,3}}?\s+(?:{words['old_after']})\b")
                     if words.get("old_after") else None,
                     new_follows=re.compile(rf"^{q}{noun}\s+(?:{words['to']})\s+{article}{q}(?P<new>[\w\- ]+)"),
                     old_before=re.compile(rf"(?:{words['to']})\s+{article}{q}[\w\- ]+?{q}{noun}{old_lead}\s+"
                                           rf"(?:{words['source']})\s+{article}{q}$"),
                     old_ahead=re.compile(rf"(?:{words['source']})\s+{article}{q}(?P<old>[\w\- ]+?){q}"
                                          rf"{noun}\s+(?:{words['to']})\s+{article}{q}$"),
                     old_behind=re.compile(rf"^{q}{noun}{old_lead}\s+(?:{words['source']})\s+{article}{q}"
                                           rf"(?P<old>[\w\-]+(?: [\w\-]+)?)"),
                     # the bracket right after the new rating or after a word or two (the verb:
                     # "abgestuft (bisher 'Hold')"), with its leading word (group ``lead``)
                     old_bracket=re.compile(rf"{q}{noun}(?P<gap>(?:\s+[\w\-]+){{0,2}}?)\s*\(\s*"
                                            rf"(?:(?P<lead>{words['old_bracket']})\s*:?\s+)?"
                                            rf"{article}{q}(?P<old>[\w\- ]+?){q}\s*\)")
                     if words.get("old_bracket") else None)


def _capitalised_rated(words: dict[str, Any], share_nouns: str, terms: str, plain: str
                       ) -> re.Pattern[str] | None:
    """A capitalised word or few right after a verb of rating or the words of
    its shares, taken as the name rated ("cut Target to underperform", "who
    rate Puma sell", "die Papiere von Acme Retail auf 'Buy'"). Where
    nouns are capitalised too, the rating itself must follow the preposition,
    so "senkt Kursziel auf 50 Euro" names nothing while "stufte Acme Retail
    auf 'Sell' ab" names Acme Retail; nor does a target's abbreviation ("raises PT to $90"),
    nor a rating of two capitalised words ("reiterated Market Perform with a $260 target")."""
    if not words.get("capitalised_rated"):
        return None
    # right after the verb, or after the words of its shares ("die Papiere von Acme Retail auf")
    lead = rf"(?:{words['verbs']}|(?:{share_nouns})\s+(?:{words['shares_of_name']}))" \
        if words.get("shares_of_name") else rf"(?:{words['verbs']})"
    # not the abbreviation of a target before its "to" ("Apple: Jefferies raises PT to $90, Buy")
    target = rf"(?!(?:{words['held_target']})\s+(?:{words['to']}|{words['source']})\b)" \
        if words.get("held_target") else ""
    # nor the rating itself, capitalised after its verb ("reiterated Market Perform with")
    owner = rf"{lead}\s+{target}(?!(?:{terms})(?!\w))" \
        rf"(?P<owner>[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){{0,3}})\s+"
    if words.get("capitalised_rated_before_term"):
        return re.compile(rf"{owner}(?:{words['to']}|{words['source']})\s+[{_QUOTES}]?(?:{terms})(?!\w)")
    return re.compile(rf"{owner}(?:(?:{words['to']}|{words['source']})\b"
                      # "who rate Puma sell", "rates Acme a buy": the common word right after the name
                      rf"|(?:(?:{words['indefinite']})\s+)?(?:{plain})\b"
                      # "which rates Acme overweight": a rating term right after the name
                      rf"|[{_QUOTES}]?(?:{terms})(?!\w))")


def _capitalised_passive(words: dict[str, Any], share_nouns: str) -> re.Pattern[str] | None:
    """A capitalised word or few right before the passive word of a rating,
    taken as the name rated ("Puma was cut to sell by Citi", "Die Aktie von
    Puma wurde von der UBS abgestuft"). Where nouns are capitalised too
    ("Der Konzern wurde …"), only a name after the words of its shares counts;
    the verb of rating follows the passive word where only names are."""
    if not words.get("capitalised_passive") or not words.get("passive"):
        return None
    owner = r"(?P<owner>[A-ZÄÖÜ][\w&.'’\-]*(?:\s+[A-ZÄÖÜ][\w&.'’\-]*){0,3})"
    if words.get("capitalised_rated_before_term"):
        return re.compile(rf"(?:{share_nouns})\s+(?:{words['shares_of_name']})\s+{owner}\s+"
                          rf"(?:{words['passive']})\b")
    return re.compile(rf"{owner}\s+(?:{words['passive']})\s+(?:[a-z]+\s+)?(?:{words['verbs']})")


def _adjective(words: dict[str, Any]) -> re.Pattern[str]:
    """A term that is also an adjective opening a sentence before a word in
    lower case that is no rating noun, marker of the rated or the giver, nor
    a verb of rating: "Positive comments from UBS", not "Neutral reiterated"."""
    adjectives = "|".join(re.escape(t) for t in words["adjective_terms"])
    markers = "|".join(words[key] for key in ("rating_nouns", "rated_marker", "given_by", "to", "source"))
    return re.compile(rf"^(?:{adjectives})\s+(?!(?:{markers})\b)(?!{words['verbs']})[a-z]")


def _variants(terms: list[str]) -> list[str]:
    """Each rating term as houses print it: "Equal Weight", "Equal-Weight",
    "Equal-weight", "Equal weight" (the first letter kept, so that a common
    word does not become a rating by its case alone), and in capitals inside
    prose ("stuft Siemens mit HALTEN ein"), which sets the word apart as quotes do.
    Sorted: a set's order changes from process to process, and so would the text of
    the pattern made of them, which would then be new to the table of compiled
    patterns (``kg.cache.PATTERNS``) in every process and make each write the table."""
    out: set[str] = set()
    for term in terms:
        for joined in {term, term.replace(" ", "-"), term.replace("-", " ")}:
            out.update((joined, joined[:1] + joined[1:].lower(), joined.upper()))
    return sorted(out)


def rating_context(lang: str, text: str, memo: dict[str, object] | None = None) -> bool:
    """Does the text rate a stock (a rating word or a quoted rating term)?
    ``memo``: the cache of the sentence whose text it is, where the scan
    that rules the rating words out is kept (see :mod:`kg.nlp.prefilter`),
    and so is the answer: the salience, the ratings and the figures of this
    sentence and of the next ones ask again, and it hangs on the text alone."""
    key = f"ratings:context:{lang}"
    kept = memo.get(key) if memo is not None else None
    if isinstance(kept, bool):
        return kept
    pats = _patterns(lang)
    worded = memo is None or bool(pats.context_cue.candidates(text, memo))
    # a quoted term needs a quote and one of the terms' words: both looked for
    # before the long list of terms, which is tried at every character
    quoted = any(q in text for q in _QUOTES) and (
        memo is None or bool(_term_cue(lang).candidates(text, memo)))
    found = bool(worded and pats.context.search(text) or quoted and pats.term.search(text))
    if memo is not None:
        memo[key] = found
    return found


@prepares
@lru_cache(maxsize=4)
def _term_cue(lang: str) -> Prefilter:
    """Whether a sentence can hold a rating term at all (see :func:`rating_context`)."""
    return Prefilter([_patterns(lang).term])


@prepares
@lru_cache(maxsize=4)
def _other_cues(lang: str) -> tuple[list[re.Pattern[str]], Prefilter]:
    """The ways a sentence gives a rating other than a term (a term that is
    also a common word, in quotes; advice, a verdict, a common verb moved to),
    and the scan that tells which of them can match it at all (see
    :func:`_worded_otherwise`)."""
    pats = _patterns(lang)
    patterns = [p for p in (pats.quoted_only, pats.advice, pats.verdict, pats.moved_verb)
                if p is not None]
    return patterns, Prefilter(patterns)


def _worded_otherwise(lang: str, text: str, memo: dict[str, object]) -> bool:
    """Does one of :func:`_other_cues` match ``text``? Each is a long
    alternation tried at every character, and most sentences hold none of
    their pieces: only those the sentence's scan (kept in ``memo``) leaves
    are searched, which finds what searching all of them finds."""
    patterns, cue = _other_cues(lang)
    return any(patterns[i].search(text) for i in sorted(cue.candidates(text, memo)))


def rating_spans(lang: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Where the sentence's rating terms stand (offsets local to it), so
    that a word that is both a rating and a verb of a deal ("moved X to buy,
    Y to sell") is not read as the deal; also a common word a verb of
    keeping puts there, which needs no rating word ("retains buy on X")."""
    pats = _patterns(lang)
    sentence = cased(sentence)
    if not rating_context(lang, sentence.text, sentence.cache) \
            and not (pats.held is not None and pats.held.search(sentence.text)):
        return []
    spans = [(term.start, term.end) for term in _terms(pats, sentence.text)]
    if pats.old_plain is not None:  # "cut to neutral from buy": the old rating, a common word
        spans += [match.span("term") for match in pats.old_plain.finditer(sentence.text)]
    return spans


def opens_with_rating(lang: str, sentence: Sentence, at: int) -> bool:
    """Does a rating stand right at ``at`` (an offset local to the sentence), quoted or as a
    cell of its own beside a house ("Jefferies: Buy, PT $90", "UBS: 'Neutral'")? A line so
    opened by a house's name is that house's verdict on the company the passage is about,
    as a list of analysts' views prints them: no item of a roundup about the house."""
    sentence = cased(sentence)
    return any(term.start in (at, at + 1) and (term.quoted or _cell(sentence, term))
               for term in _terms(_patterns(lang), sentence.text))


@per_catalogue
def _house_tickers(catalogue: Catalogue) -> dict[str, str]:
    """Each ticker the catalogue gives one financial institution ("GS", "MS"), with its
    label; a ticker of two entries, or also of another kind of company, names none."""
    owners: dict[str, list[CatalogueEntry]] = {}
    for entry in catalogue.entries.values():
        for ticker in entry.tickers:
            owners.setdefault(ticker, []).append(entry)
    return {ticker: found[0].label for ticker, found in owners.items()
            if len(found) == 1 and found[0].type in INSTITUTION}


def house_codes(document: Document) -> list[Mention]:
    """"GS hebt Ziel für BASF auf 60 Euro", "MS cuts Bayer to underweight": an agency's
    analyst flash opening with a house's ticker in capitals before the verb of rating names
    that house; only in a line that rates, as a ticker alone names nothing elsewhere ("DB" in
    a line on trains is the railway's, "MS" a disease)."""
    code = lexicon_pattern(document.lang, "ratings", "house_code")
    target = lexicon_pattern(document.lang, "ratings", "house_code_target")
    if code is None or target is None:
        return []
    tickers = _house_tickers(document.catalogue)
    found = []
    for sentence in document.sentences:
        match = code.match(sentence.text)
        if match is None or match.group("code") not in tickers \
                or not rating_context(document.lang, sentence.text, sentence.cache) \
                or not (target.search(sentence.text, match.end())
                        or _terms(_patterns(document.lang), sentence.text)):
            continue  # "DB senkt die Preise für Fernzüge": a verb of rating, but no rating
        start, end = sentence.start + match.start("code"), sentence.start + match.end("code")
        if any(m.start < end and start < m.end for m in sentence.mentions):
            continue
        found.append(Mention(start, end, tickers[match.group("code")], "FinancialInstitution",
                             match.group("code"), "ratings/house-code"))
    return found


def rated_institutions(document: Document, sentence: Sentence) -> frozenset[str]:
    """The banks and brokers the sentence rates ("Die UBS stuft die
    Commerzbank auf 'Buy'"): what its figures may be about, though every
    other institution of a rating sentence is a rater. Kept in the
    sentence's cache: the figures ask for each number."""
    key = "ratings:rated-institutions"
    sentence = cased(sentence)
    found = sentence.cache.get(key)
    if not isinstance(found, frozenset):
        found = sentence.cache[key] = rated_institutions_now(document, sentence)
    return found


def rated_institutions_now(document: Document, sentence: Sentence) -> frozenset[str]:
    """:func:`rated_institutions` read afresh, kept nowhere: for the references, which
    ask while the mentions are still being added, so that an answer kept then would
    miss the mentions added after."""
    sentence = cased(sentence)
    if sum(m.type in INSTITUTION for m in sentence.mentions) < 2:
        return frozenset()
    return frozenset(rating.about for rating, *_ in _sentence_ratings(document, sentence, frozenset())
                     if document.type_of(rating.about) in INSTITUTION)


def find_ratings(document: Document) -> list[Rating]:
    """One rating per (institution, company): the first quoted one, else the
    first, with the old rating of a later mention of the same one as its
    previous; but one worded as given earlier ("hatte die Aktie zuvor mit
    'Hold' eingestuft") gives way to any other, and becomes its previous."""
    found: dict[tuple[str, str], Rating] = {}
    quoted_keys: set[tuple[str, str]] = set()
    earlier_keys: set[tuple[str, str]] = set()
    raters: list[tuple[int, str]] = []  # (sentence index, house) of each rating found so far
    carried: str | None = None  # what the sentence before rated, where it named no company
    last: tuple[int, str] | None = None  # the sentence and the one company the last ratings rated
    for sentence in document.sentences:
        # the houses that rated just before; else, in a note of one house, that house
        recent = frozenset(by for index, by in raters if sentence.index - index <= _RATED_WINDOW) \
            or frozenset(by for _, by in raters)
        here = _sentence_ratings(document, sentence, recent, carried or _also_rated(document, sentence, last))
        carried = _unnamed_rated(sentence, [rating for rating, *_ in here]) if here \
            else _still_carried(document, sentence, carried)
        if len({rating.about for rating, *_ in here}) == 1:
            last = (sentence.index, here[0][0].about)
        for rating, quoted, earlier, newer in here:
            raters.append((sentence.index, rating.by))
            key = (rating.by, rating.about)
            if newer and key in found and found[key].rating != rating.rating:
                # "rated 'Buy' … but has since moved to Hold": the newer one, the other its previous
                found[key] = rating if rating.previous \
                    else rating.model_copy(update={"previous": found[key].rating})
                quoted_keys.add(key)
                earlier_keys.discard(key)
            elif key in earlier_keys and not earlier:
                old = found[key].rating
                found[key] = rating if rating.previous or old == rating.rating \
                    else rating.model_copy(update={"previous": old})
                earlier_keys.discard(key)
                if quoted:
                    quoted_keys.add(key)
            elif key in found and rating.previous and not found[key].previous \
                    and found[key].rating == rating.rating:
                # the headline's "auf 'Buy'" and the body's "von 'Neutral' auf 'Buy'": one rating
                found[key] = found[key].model_copy(update={"previous": rating.previous})
            elif key not in found or (quoted and key not in quoted_keys and not earlier):
                found[key] = rating
                if quoted:
                    quoted_keys.add(key)
                if earlier:
                    earlier_keys.add(key)
    return list(found.values())


def rated_in(document: Document, sentence: Sentence, house: str) -> str | None:
    """The one company ``house`` rates in ``sentence`` ("JPMorgan kept its Neutral rating
    and a $15 target"): a target the house sets beside its rating is on the company
    rated, whichever the rating's words found it by. None where it rates none or several."""
    rated = {rating.about for rating, *_ in _sentence_ratings(document, sentence, frozenset({house}))
             if rating.by == house}
    return next(iter(rated)) if len(rated) == 1 else None


def rates_unknown_name(document: Document, sentence: Sentence, before: int) -> bool:
    """Does a verb of rating before ``before`` (an offset in the sentence) take a name the
    extractor does not know ("Barclays, which rates Acme overweight, raised its target to
    1,450p")? Then the house's target beside that rating is that company's too, and no
    company the passage named before takes it."""
    pats = _patterns(document.lang)
    if pats.capitalised_rated is None:
        return False
    return any(names_unknown(sentence, match, pats.not_names) for match in
               pats.capitalised_rated.finditer(sentence.text, 0, before))


def _unnamed_rated(sentence: Sentence, ratings: list[Rating]) -> str | None:
    """The one company the sentence's ratings rate where the sentence names
    no company but its houses and that one ("Die Analysten von Morgan Stanley
    bestätigten ihr Votum 'Overweight'", "JPMorgan senkte das Kursziel für Bayer,
    bleibt aber bei 'Overweight'"): a next rating that names none ("Die Experten
    von Nomura bleiben bei 'Neutral'") goes on about the same one, not about a
    company whose shares were told of before. None where the sentence rated
    nothing, several, or named another company."""
    rated = {rating.about for rating in ratings}
    houses = {rating.by for rating in ratings}
    if len(rated) != 1 or any(m.type in COMPANY and m.label not in houses | rated
                              for m in sentence.mentions):
        return None
    return next(iter(rated))


def _still_carried(document: Document, sentence: Sentence, carried: str | None) -> str | None:
    """What a rating that named no company rated, carried past a sentence of the same
    paragraph that rates nothing and names that company by name and no other company by
    name ("DZ-Analyst X bestätigte seine Kaufempfehlung. Das Joint Venture senke die Kosten für
    Infineon, schrieb er. JPMorgan stuft die Papiere mit 'Overweight' ein"): the passage still
    speaks of it. None where a paragraph opens at the sentence or after it, or the sentence
    does not name the carried company (a heading, "Strategy calls") or names another."""
    if carried is None or {sentence.index, sentence.index + 1} & document.paragraph_starts:
        return None
    companies = [m for m in sentence.mentions if m.type in COMPANY and not m.rule.startswith("reference/")]
    if not any(m.label == carried for m in companies) or any(m.label != carried for m in companies):
        return None
    return carried


def _also_rated(document: Document, sentence: Sentence, last: tuple[int, str] | None) -> str | None:
    """The company the last ratings rated, for a sentence that opens saying another house does
    the same ("Auch die Baader Bank bleibt bei ihrem Votum"), a few sentences after them and past
    a paragraph's end: "also" ties the verdict to the one just rated. None where no such word
    opens the sentence or the last rating is further back."""
    opening = _also_opening(document.lang)
    if last is None or opening is None or sentence.index - last[0] > _NAMED_BACK \
            or opening.match(sentence.text) is None:
        return None
    return last[1]


@lru_cache(maxsize=4)
def _also_opening(lang: str) -> re.Pattern[str] | None:
    """The language's ``also_opening`` at a sentence's start."""
    words = lexicon(lang)["ratings"].get("also_opening", "")
    return re.compile(rf"\W*(?:{words})\b") if words else None


def _sentence_ratings(document: Document, sentence: Sentence, recent: frozenset[str],
                      carried: str | None = None) -> list[tuple[Rating, bool, bool, bool]]:
    """The sentence's ratings, each with whether it is quoted, whether it
    is worded as given earlier and whether as given since. ``recent``: the houses that rated in this
    sentence or the two before it, else all that rated before in the article; ``carried``: what
    the sentence before rated where it named no company."""
    verdict = _headline_verdict(document, sentence)
    if verdict is not None:
        return [(verdict, True, False, False)]
    pats = _patterns(document.lang)
    printed = sentence.text
    sentence = cased(sentence)
    text = sentence.text
    out: list[tuple[Rating, bool, bool, bool]] = []
    if not pats.term_cue.candidates(text, sentence.cache) \
            and not _worded_otherwise(document.lang, text, sentence.cache):
        return out
    last_end = 0  # where the previous rating of the sentence ended: "X auf Buy und Y auf Hold"
    terms = _terms(pats, text)
    paired = _respective(pats, text, terms)
    run_raters: list[Mention] = []
    run_labels: list[str] = []
    # the old ratings in brackets after new ones ("auf 'Kaufen' (bisher 'Halten')"): no rating given
    bracketed = {found.start("old") for found in (_old_bracket(pats, text, term, printed.isupper())
                                                  for term in terms) if found}
    bank_raters: list[Mention] = []  # the houses of the sentence's last rating of a bank
    banks_rated: list[str] = []  # the banks the sentence's ratings so far rate
    for term in terms:
        if any(m.start <= sentence.start + term.start < m.end for m in sentence.mentions) \
                or term.start in bracketed:
            continue  # part of a name, or the old rating in brackets after a new one
        if not term.quoted and not term.worded and not pats.context.search(text) \
                and not _cell(sentence, term) or term.cell and not _cell(sentence, term):
            continue
        if term.house is not None and not any(
                m.type in INSTITUTION and sentence.local(m.start) == term.house for m in sentence.mentions):
            continue  # advice with its verb left out counts only after a house
        if term.start == 0 and not term.quoted and pats.adjective is not None \
                and pats.adjective.match(text):
            continue  # "Positive comments from UBS lifted Siemens": an adjective, no rating
        if _is_old_rating(pats, text, term) or _credit_outlook(pats, sentence, term) \
                or _marked_old(pats, sentence, term, terms) or _told_as_history(pats, document, sentence, term, terms) \
                or _instrument_after(pats, text, term):
            continue
        start, since = sentence.start + term.start, sentence.start + last_end
        last_end = term.end
        institutions, rule, rated_bank = _institutions(document, sentence, start,
                                                       sentence.start + term.end, recent)
        if bank_raters and rule == "before" and _next_bank(pats, sentence, institutions[0], since, start):
            # "bewertet die Deutsche Bank mit 'Buy', die Commerzbank dagegen mit 'Neutral'"
            institutions, rule, rated_bank = bank_raters, "bank-rated", institutions
        if rule == "before" and not rated_bank and since > sentence.start:
            gapped = _gapped_pair(pats, sentence, since, start)
            if gapped is not None:  # "…, die UBS die Commerzbank mit 'Neutral'"
                institutions, rule, rated_bank = [gapped[0]], "gapped", [gapped[1]]
        bank_raters = institutions if rated_bank else []
        if term.verdict and rated_bank and rule != "cited":
            continue  # "Für die UBS ist die Deutsche Bank ein Kauf": which one rates is not read
        if not institutions or term.near and rule in ("earlier", "analyst") \
                or _consensus(pats, sentence, term, institutions):
            continue  # a consensus rating without a named institution is not a rating
        by = frozenset(m.label for m in institutions)
        if term.named is not None:
            # "rät zum Kauf von SAP": the company named there, and no rating where none is ("zum
            # Kauf von Anleihen")
            labels = [_listed_apart(document, m.label, by) for m in sentence.mentions
                      if sentence.local(m.start) == term.named and m.type in COMPANY | ISSUER_TYPES
                      and m.label not in by][:1]
            if not labels:
                continue
        else:
            labels = ([] if _no_share_rated(document.lang, sentence, start)
                      else [_listed_apart(document, m.label, by) for m in rated_bank]) if rated_bank \
                else _rated(document, sentence, by, start, sentence.start + term.end, since,
                            institutions[0] if rule == "earlier" else None, carried)
        if labels and term.named is None:
            # "Die UBS rät zum Kauf, die Citi zum Kauf von Bosch": the company a later house's
            # advice names is that house's, not this rating's
            labels = [label for label in labels if label not in _named_by_later_house(sentence, terms, term)]
        if labels and printed.isupper() and not rated_bank:
            labels = _named_in_line(document, sentence, labels)
        if labels and rule == "before" and since > sentence.start \
                and _own_unknown_object(document.lang, sentence, institutions[-1], since, start):
            labels = []  # "…, die Deutsche Bank empfiehlt LEG zum Halten": the name unknown
        if not labels and rule == "before":
            labels = _bank_again(sentence, banks_rated, by, since)
        banks_rated += [label for label in labels if document.type_of(label) in INSTITUTION]
        previous = _previous_rating(pats, text, term, printed.isupper())
        earlier = _given_earlier(pats, sentence, term, terms)
        newer = _given_since(pats, sentence, term, terms)
        if term.start in paired:
            index, size = paired[term.start]
            if index == 0:  # the run shares the houses and companies of its first rating
                run_raters, run_labels = institutions, labels
            institutions, labels = _pair(index, size, run_raters, run_labels)
        for label in labels:
            for institution in institutions:
                out.append((Rating(by=institution.label, about=label, rating=printed[term.start:term.end],
                                   previous=previous,
                                   evidence=Evidence(sentence=printed, start=start,
                                                     end=sentence.start + term.end,
                                                     extractor=f"ratings/{document.lang}/{rule}")),
                            term.quoted, earlier, newer))
    return out


@lru_cache(maxsize=4)
def _headline_verdict_forms(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of a headline verdict: between the house's colon and the company, with the
    verdict ("JPMorgan: Siemens neutral"); or the verdict and its "für"/"for" before the
    company ("Jefferies: Buy für SAP"). Group ``term`` holds the verdict's words."""
    term = rf"[{_QUOTES}]?(?P<term>[^\W\d_][\w\-]*(?:\s[^\W\d_][\w\-]*)?)[{_QUOTES}]?"
    marker = lexicon(lang)["ratings"].get("headline_for") or r"(?!)"
    return (re.compile(rf"\s+{term}\s*"),
            re.compile(rf"\s*:\s+{term}\s+(?:{marker})\s+"))


def _headline_verdict(document: Document, sentence: Sentence) -> Rating | None:
    """A headline that is nothing but a house, a colon, a company and a verdict ("JPMorgan:
    Siemens neutral", "Jefferies: Buy für SAP"): agencies head a note of one house so, and there
    the verdict is a rating in any case and without a rating word. Only the headline: a line so
    in the body may be a cell of a list whose rater is not the name before it ("Goldman Sachs:
    Siemens Buy" gives nothing); only where the verdict's words are a rating term whole."""
    if sentence.index != 0 or len(sentence.mentions) != 2:
        return None
    house, rated = sentence.mentions
    text = sentence.text
    if house.type not in INSTITUTION or rated.type not in COMPANY or rated.label == house.label \
            or sentence.local(house.start) != 0:
        return None
    after_name, before_name = _headline_verdict_forms(document.lang)
    gap = text[sentence.local(house.end):sentence.local(rated.start)]
    rest = text[sentence.local(rated.end):]
    found = after_name.fullmatch(rest) if gap.strip() == ":" and rest.strip() \
        else before_name.fullmatch(gap) if not rest.strip() else None
    if found is None:
        return None
    words = found.group("term")
    pats = _patterns(document.lang)
    if not any(pattern is not None and pattern.fullmatch(form)
               for pattern in (pats.term, pats.plain) for form in (words, words[:1].upper() + words[1:])):
        return None
    start = sentence.local(rated.end) + found.start("term") if found.re is after_name \
        else sentence.local(house.end) + found.start("term")
    return Rating(by=house.label, about=rated.label, rating=words,
                  evidence=Evidence(sentence=text, start=sentence.start + start,
                                    end=sentence.start + start + len(words),
                                    extractor=f"ratings/{document.lang}/headline"))


def _named_by_later_house(sentence: Sentence, terms: list[_Term], term: _Term) -> set[str]:
    """The companies named by advice after ``term`` that a house of its own gives with the verb
    left out ("…, die Citi zum Kauf von Bosch")."""
    return {m.label for later in terms if later.start > term.start and later.house is not None
            and later.named is not None for m in sentence.mentions if sentence.local(m.start) == later.named}


def _named_in_line(document: Document, sentence: Sentence, labels: list[str]) -> list[str]:
    """Of the companies found rated by a line printed wholly in capitals, as agencies print
    their lists of ratings ("KEPLER CHEUVREUX SENKT RATIONAL AUF 'REDUCE'"), only those the line
    names: each such line names what it rates, so where that name is one the extractor does not
    know, no company of another line or of the passage takes the rating."""
    named = {m.label for m in sentence.mentions} | {document.listed(m.label) for m in sentence.mentions}
    return [label for label in labels if label in named]


def _own_unknown_object(lang: str, sentence: Sentence, house: Mention, since: int,
                        start: int) -> bool:
    """Whether a rating that follows another of the sentence (``since``: where that one ended)
    has a house of its own in its clause, a verb (no article or other word of the language's
    stop list: "die Einstufung") and then a capitalised name the extractor does not know ("Die
    UBS hält Vonovia für einen Kauf, die Deutsche Bank empfiehlt LEG zum Halten"): the clause
    rates that name, not the company rated before."""
    if house.start < since or any(m.type in COMPANY and house.end <= m.start < start
                                  for m in sentence.mentions):
        return False
    found = _VERB_THEN_NAME.match(sentence.text, sentence.local(house.end), sentence.local(start))
    return found is not None and found.group("verb").islower() and found.group("owner")[0].isupper() \
        and found.group("verb") not in stop_words(lang) and names_unknown(sentence, found, not_names(lang))


# after a house, its verb and a capitalised word right after it ("… empfiehlt LEG")
_VERB_THEN_NAME = re.compile(r"\s+(?P<verb>\w+)\s+(?P<owner>[^\W\d_][\w&\-]*)(?=\s)")


def _listed_apart(document: Document, label: str, by: frozenset[str]) -> str:
    """Whose shares a rating is about: the listed parent (:meth:`Document.listed`), unless that
    parent is the rating house itself ("UBS downgraded Credit Suisse to sell"): a house rates
    another's shares, so the rating is about the unit named, not about the house."""
    listed = document.listed(label)
    return label if listed in by else listed


def _bank_again(sentence: Sentence, banks_rated: list[str], raters: frozenset[str], since: int
                ) -> list[str]:
    """"Deutsche Bank upgraded Lloyds to buy, while KBW cut the stock to
    market perform": a later rating of the sentence that names no company or
    bank of its own (only its house, after the rating before) rates the one
    bank the sentence rated before. The rules that find a company rated do
    not take a bank, which is also a house."""
    if len(set(banks_rated)) != 1 or any(
            m.start >= since and m.label not in raters and m.type in ISSUER_TYPES | COMPANY
            for m in sentence.mentions):
        return []
    return [banks_rated[0]]


def _next_bank(pats: _Patterns, sentence: Sentence, bank: Mention, since: int, start: int) -> bool:
    """After a rating of a bank, the next bank joined to it by a comma or
    "und" with no verb of its own before its rating ("bewertet die Deutsche
    Bank mit 'Buy', die Commerzbank dagegen mit 'Neutral'"): one more bank
    the same house rates, not a house of its own; also after the verb that
    closes the rating before ("hat die Deutsche Bank auf 'Kaufen'
    hochgestuft, die Commerzbank aber auf 'Verkaufen' gesenkt")."""
    text = sentence.text
    gap = text[sentence.local(since):sentence.local(bank.start)].lstrip(_QUOTES)
    # "… auf 'Kaufen' hochgestuft, die Commerzbank …", "stuft … mit 'Buy' ein, die Commerzbank …"
    closing = pats.verbs.match(gap.lstrip()) or (
        pats.closing_particle.match(gap.lstrip()) if pats.closing_particle is not None else None)
    if closing is not None:
        gap = gap.lstrip()[closing.end():]
    return since <= bank.start and bool(pats.list_join.match(gap)) \
        and not pats.verbs.search(text, sentence.local(bank.end), sentence.local(start))


def _gapped_pair(pats: _Patterns, sentence: Sentence, since: int, start: int) -> tuple[Mention, Mention] | None:
    """A later rating of the sentence whose verb the rating before gave ("Barclays stuft die
    Deutsche Bank mit 'Overweight' ein, die UBS die Commerzbank mit 'Neutral'"): two
    institutions side by side since that rating, only an article between them and no verb
    after them, are the house and the bank it rates."""
    named = [m for m in sentence.mentions if m.type in INSTITUTION and since <= m.start and m.end <= start]
    if len(named) != 2 or named[0].label == named[1].label:
        return None
    house, bank = named
    text = sentence.text
    between = text[sentence.local(house.end):sentence.local(bank.start)]
    if between.strip() == "" or not pats.apposed.match(between) \
            or pats.verbs.search(text, sentence.local(bank.end), sentence.local(start)):
        return None
    return house, bank


def _respective(pats: _Patterns, text: str, terms: list[_Term]) -> dict[int, tuple[int, int]]:
    """Ratings listed together and paired in order with a list of houses or
    companies ("Evercore and Wells Fargo upgraded it to outperform and
    overweight, respectively", "UBS und Jefferies stufen Siemens mit 'Buy'
    beziehungsweise 'Hold' ein", "… jeweils mit 'Buy' und 'Hold'"), or different
    ratings joined by "und", "and" alone ("UBS und Jefferies bewerten X mit 'Buy' und 'Hold'"),
    for no house gives two ratings at once: for each such term (by its start), its
    place in the run and the run's length."""
    if pats.respective_gap is None or pats.respective_word is None:
        return {}
    out: dict[int, tuple[int, int]] = {}
    runs = listed_runs(text, [(term.start, term.end) for term in terms], pats.respective_gap)
    for at, indexes in enumerate(runs):
        run = [terms[index] for index in indexes]
        until = terms[runs[at + 1][0]].start if at + 1 < len(runs) else len(text)
        # the pairing word between the ratings, or after the last before any further rating
        # ("buy and hold ratings on Apple and Microsoft, respectively")
        if len(run) > 1 and (
                any(pats.respective_word.search(text[a.end:b.start]) for a, b in zip(run, run[1:]))
                or pats.paired_join is not None and len({t.text.lower() for t in run}) == len(run)
                and all(pats.paired_join.match(text[a.end:b.start]) for a, b in zip(run, run[1:]))
                or pats.respective_word.search(text, run[-1].end, until)
                or pats.respective_before is not None
                and pats.respective_before.search(text, max(0, run[0].start - 40), run[0].start)):
            out.update({t.start: (i, len(run)) for i, t in enumerate(run)})
    return out


def _pair(index: int, size: int, institutions: list[Mention], labels: list[str]
          ) -> tuple[list[Mention], list[str]]:
    """The one house and company a paired rating belongs to: the house (or
    else the company) at its place in a list as long as the run of ratings;
    none when neither list is, for then the pairing is unclear."""
    raters = list({m.label: m for m in institutions}.values())
    if len(raters) == size:
        return [raters[index]], labels
    if len(labels) == size:
        return raters, [labels[index]]
    return [], []


# Estimates an institution makes of one company, and how many sentences back its rating may
# stand: "Citi reiterated its buy rating on Walmart. The bank kept its $110 target."
_ESTIMATES = frozenset({"PriceTarget", "FairValue", "UpsidePotential"})
_RATED_WINDOW = 2
# How the figures found a target's company only by guessing, and how many sentences back a rating
# by its house overrides the guess: the article's subject (salience) gives way to a rating in the
# passage; the last company named before (passage) only to one in the target's own sentence
# ("X raised its target price to 480,000 won and reiterated a buy rating" after a sentence on a
# rival's shares rates and values the company the rating resolved to).
_GUESSED = {"salient": _RATED_WINDOW, "passage": 0}


def after_mover(document: Document, figures: list[Figure],
                ratings: list[Rating]) -> tuple[list[Rating], list[Figure]]:
    """A rating of "die Aktie", "the stock" in a sentence that names no company but its
    houses, right after a line of a market report on a company's share move ("Aurubis legten
    4 Prozent zu. Die Deutsche Bank stufte die Aktie auf 'Sell' ab"): the share is that
    mover's, not the article's subject the rating fell back on; so is a target on it that
    only the article's subject gave a company ("hob das Kursziel für die Aktie"). Where the
    line before moved several companies, which one is meant is unclear: none."""
    starts = [s.start for s in document.sentences]
    moved: dict[int, set[str]] = {}
    for figure in figures:
        if figure.metric == "StockPriceChange" and document.type_of(figure.about) in COMPANY:
            moved.setdefault(bisect_right(starts, figure.evidence.start) - 1, set()).add(figure.about)
    out: list[Rating] = []
    for rating in ratings:
        movers = _movers_before(document, moved, bisect_right(starts, rating.evidence.start) - 1,
                                rating.by)
        if movers and len(movers) > 1:
            continue
        if movers:
            rating = rating.model_copy(update={"about": next(iter(movers))})
        if not any((r.by, r.about) == (rating.by, rating.about) for r in out):
            out.append(rating)
    bound: list[Figure] = []
    for figure in figures:
        guessed = figure.evidence.extractor.rsplit("/", 1)[-1] in _GUESSED
        movers = _movers_before(document, moved, bisect_right(starts, figure.evidence.start) - 1,
                                figure.estimated_by) \
            if figure.metric in _ESTIMATES and figure.estimated_by is not None and guessed else None
        if movers and len(movers) > 1:
            continue
        if movers:
            rule = figure.evidence.extractor.rsplit("/", 1)[0]
            figure = figure.model_copy(update={
                "about": next(iter(movers)),
                "evidence": figure.evidence.model_copy(update={"extractor": f"{rule}/mover"})})
        bound.append(figure)
    return out, bound


def after_estimate(document: Document, figures: list[Figure], ratings: list[Rating]) -> list[Rating]:
    """A rating in a sentence that names no company but its house, right after a sentence in
    which that house set its target on one company ("Morgan Stanley cut its price target on
    JD.com to HK$165, citing a battle with Meituan and Alibaba. The broker kept its
    'overweight' rating"): the rating goes on about the company the target was set for, not
    one the fallback found (the article's subject, or a rival named last)."""
    starts = [s.start for s in document.sentences]
    valued: dict[tuple[int, str], set[str]] = {}  # (sentence index, house): companies
    for figure in figures:
        if figure.metric in _ESTIMATES and figure.estimated_by is not None \
                and document.type_of(figure.about) in COMPANY:
            index = bisect_right(starts, figure.evidence.start) - 1
            valued.setdefault((index, figure.estimated_by), set()).add(figure.about)
    out: list[Rating] = []
    for rating in ratings:
        index = bisect_right(starts, rating.evidence.start) - 1
        companies = valued.get((index - 1, rating.by), set())
        sentence = document.sentences[index]
        if len(companies) == 1 and (index, rating.by) not in valued \
                and not any(m.type in COMPANY and m.label != rating.by for m in sentence.mentions):
            rating = rating.model_copy(update={"about": next(iter(companies))})
        if not any((r.by, r.about, r.rating) == (rating.by, rating.about, rating.rating) for r in out):
            out.append(rating)
    return out


def _movers_before(document: Document, moved: dict[int, set[str]], index: int,
                   house: str | None) -> set[str] | None:
    """The companies whose shares the sentence right before moved, where the sentence at
    ``index`` speaks of "die Aktie", "the stock", moves no share itself and names no company
    but the house; else None."""
    sentence = document.sentences[index]
    # a rival named once in passing ("Smaller peer X rose 2%") is no mover a rating goes on with
    movers = {m for m in moved.get(index - 1, set()) if not side_rival(document, m)}
    if not movers or index in moved or not _patterns(document.lang).share_noun.search(sentence.text) \
            or any(m.type in COMPANY and m.label != house for m in sentence.mentions):
        return None
    return movers


def bind_estimates(document: Document, figures: list[Figure], ratings: list[Rating]) -> list[Figure]:
    """A target whose company only the article's salience gave ("The bank
    kept its $110 target", in a round-up of several houses on several
    companies) belongs to the company its institution rated in that
    sentence or the two before, when that is one company: the passage on
    that rating is where the target stands, not the article's subject. A
    target or other estimate in a clause of consensus words ("Das
    durchschnittliche Kursziel liegt bei 86 Euro", "Laut Konsens von LSEG
    erwarten Analysten einen Nettogewinn von …") is no house's, though a
    house was named before, and on a company whose shares trade that is
    not only a source cited there (not on the data provider). A target on a
    bank its house just rated is that bank's and the house's (:func:`_bank_target`)."""
    starts = [s.start for s in document.sentences]
    rated: dict[str, list[tuple[int, str, int]]] = {}  # house: (sentence index, company, offset)
    for rating in ratings:
        rated.setdefault(rating.by, []).append((bisect_right(starts, rating.evidence.start) - 1,
                                                rating.about, rating.evidence.start))
    pats = _patterns(document.lang)
    out = []
    for figure in figures:
        sentence = document.sentences[bisect_right(starts, figure.evidence.start) - 1]
        source = _consensus_source(pats, document, sentence, figure.about)
        consensus = False
        if (figure.metric in _ESTIMATES or figure.status == "Estimate" or source) \
                and (figure.estimated_by is not None or source) \
                and _consensus_figure(pats, sentence, figure.evidence.start):
            consensus = True
            valued = _consensus_subject(document, sentence, figure)
            figure = figure.model_copy(update={"estimated_by": None, "status": "Estimate"} if source
                                       else {"estimated_by": None})
            if valued is not None:
                figure = figure.model_copy(update={"about": valued})
            if source or not listed_fit(document, figure.about):
                # the consensus on a name whose shares do not trade (the data source cited):
                # the company whose shares the passage is about, or the article's; else none
                owner = document.share_subject(sentence) or salient(document, ISSUER_TYPES)
                if owner is None or not listed_fit(document, owner):
                    continue
                figure = figure.model_copy(update={"about": owner})
        if not consensus:  # a consensus target is no house's, though a house rated the bank
            figure = _bank_target(document, sentence, figure, rated)
        figure = _house_forecast(document, figure, rated, bisect_right(starts, figure.evidence.start) - 1)
        guessed = figure.evidence.extractor.rsplit("/", 1)[-1]
        if figure.metric in _ESTIMATES and figure.estimated_by in rated and guessed in _GUESSED:
            at = bisect_right(starts, figure.evidence.start) - 1
            near = {about for index, about, _ in rated[figure.estimated_by]
                    if at - _GUESSED[guessed] <= index <= at}
            if len(near) == 1 and figure.about not in near:
                rule = figure.evidence.extractor.rsplit("/", 1)[0]
                figure = figure.model_copy(update={
                    "about": next(iter(near)),
                    "evidence": figure.evidence.model_copy(update={"extractor": f"{rule}/rated"})})
        out.append(figure)
    return out


def _house_forecast(document: Document, figure: Figure, rated: dict[str, list[tuple[int, str, int]]],
                    at: int) -> Figure:
    """An outlook the figures read as a house's own ("Für das vierte Quartal erwartet die
    US-Bank einen Umsatz von …") where that house rated one company in this sentence or the
    two before and is not what the article is about: the house forecasts that company's
    figure, as its analysts just spoke of it; so where it rated none there but only one in
    the whole article ("Die Dividende soll laut dem Analysten auf 10,50 Euro steigen", a
    passage after the downgrade): no other company's figures can its analysts be telling. Only
    a rating before the outlook counts: a bank's outlook before it rates anyone (its own
    results in a market report) is its own, as is a bank's outlook in an article on the bank."""
    house = figure.about
    if figure.status != "Guidance" or figure.estimated_by is not None or house not in rated \
            or house == document.topic or figure.metric in _ESTIMATES:
        return figure
    near = {about for index, about, _ in rated[house] if at - _RATED_WINDOW <= index <= at} \
        or {about for index, about, _ in rated[house] if index < at}
    if len(near) != 1 or house in near:
        return figure
    return figure.model_copy(update={"about": next(iter(near)), "estimated_by": house,
                                     "status": "Estimate"})


def _consensus_subject(document: Document, sentence: Sentence, figure: Figure) -> str | None:
    """"Lloyds has 14 buy ratings among 21 brokers, with a mean price target
    of 104p": the figures took the bank the sentence names for the house of
    the target and gave it a company from before; in a consensus that bank,
    named there and not only as the source cited, is the one valued."""
    if figure.estimated_by is None or any(m.label == figure.about for m in sentence.mentions):
        return None
    named = [m for m in sentence.mentions if m.label == figure.estimated_by]
    if not named or any(cited(document.lang, sentence, m) for m in named):
        return None
    return figure.estimated_by


def _bank_target(document: Document, sentence: Sentence, figure: Figure,
                 rated: dict[str, list[tuple[int, str, int]]]) -> Figure:
    """A target in a sentence that names a bank its house rated there or in
    the two sentences before, with that bank or that house as its estimator
    and a company the sentence does not name ("Goldman belässt Deutsche Bank
    auf 'Buy' - Ziel 32 Euro", "RBC raises NatWest to outperform; target
    price 620p"): the bank is what the target values and the house sets it.
    The figures cannot tell this alone: they take every institution of a
    rating sentence for a rater, so the bank became the estimator and the
    company the article is about the one valued."""
    if figure.metric not in _ESTIMATES:
        return figure
    named = {m.label for m in sentence.mentions if m.type in INSTITUTION}
    own = figure.about in named and figure.estimated_by in (None, figure.about)
    if not own and (figure.estimated_by is None
                    or any(m.label == figure.about for m in sentence.mentions)):
        return figure
    # the bank valued with no house (the figures found no other estimator), or a house or the
    # bank itself as the estimator of a company the sentence does not name
    found = [(at, by, about) for by, near in rated.items() for index, about, at in near
             if sentence.index - _RATED_WINDOW <= index <= sentence.index and about in named
             and document.type_of(about) in INSTITUTION
             and (about == figure.about if own else figure.estimated_by in (by, about))]
    pairs = {(by, about) for _, by, about in found}
    if len(pairs) > 1:
        # several houses rate the bank there: the target follows the rating it is set with
        # ("X upgraded Lloyds to buy with a target of 115p, while Y cut it to hold")
        before = [item for item in found if sentence.start <= item[0] < figure.evidence.start]
        pairs = {max(before)[1:]} if before else pairs
    if len(pairs) != 1:
        return figure
    by, bank = next(iter(pairs))
    rule = figure.evidence.extractor.rsplit("/", 1)[0]
    return figure.model_copy(update={
        "about": bank, "estimated_by": by, "status": "Estimate" if figure.status == "Guidance"
        else figure.status,
        "evidence": figure.evidence.model_copy(update={"extractor": f"{rule}/rated"})})


def _consensus_source(pats: _Patterns, document: Document, sentence: Sentence, label: str) -> bool:
    """Is ``label`` named in the sentence only as the source of a consensus —
    cited ("laut FactSet", "according to LSEG data") or a word away from
    consensus words ("Konsens von LSEG", "Visible Alpha consensus", "die von
    LSEG befragten Analysten", "analysts polled by FactSet")? Then a
    consensus there is not about it."""
    named = [m for m in sentence.mentions if m.label == label]
    if not named or pats.consensus is None:
        return False
    kept = sentence.cache.get("consensus-spans")
    if kept is None:  # found once per sentence, not again for each figure in it
        kept = sentence.cache["consensus-spans"] = [
            (sentence.start + c.start(), sentence.start + c.end())
            for c in pats.consensus.finditer(sentence.text)]
    found = cast(list[tuple[int, int]], kept)
    # consensus words inside the name are part of it ("Dow Jones Industrial Average")
    return all(cited(document.lang, sentence, m) or any(
        not m.start <= start < end <= m.end
        and _SOURCE_GAP.fullmatch(sentence.text[sentence.local(min(m.end, end)):
                                                sentence.local(max(m.start, start))])
        for start, end in found) for m in named)


# Between a data provider's name and the consensus words it is the source of: a word at most.
_SOURCE_GAP = re.compile(r"[\s\-]*(?:[\w.]+[\s\-]+)?")


def _consensus_figure(pats: _Patterns, sentence: Sentence, at: int) -> bool:
    """Do consensus words stand before the number at ``at`` in its clause,
    with no institution named between them ("the average target of $90",
    not "UBS's $100 target is above the average")?"""
    if pats.consensus is None:
        return False
    for found in pats.consensus.finditer(sentence.text, 0, max(0, sentence.local(at))):
        begin = sentence.start + found.start()
        if same_clause(sentence, begin, at) and not any(
                m.type in INSTITUTION and begin <= m.start < at for m in sentence.mentions):
            return True
    return False


# Between the cells of a table row or a list line ("UBS | Buy", "Goldman Sachs: Buy", "Buy (UBS)").
_CELL_GAP = re.compile(r"^[\s:|;,/()\-–—]*$")
_CELL_END = re.compile(r"^\s*(?:$|[|;,()/\-–—])")
# … and before a common word that is a rating only there, a cell's bar or colon, or the bracket
# opening a house's aside ("Jefferies (buy, PT $90) said …"), which the word must close or a
# comma end
_CELL_BEFORE = re.compile(r"[|:(]\s*$")
# An amount and the bracket a rating word alone fills after it ("raised its target to $250 (buy)",
# "auf 230 Euro (halten)"): as agencies print a target with the rating it goes with.
_AMOUNT_BRACKET = re.compile(r"\d\s*(?:[^\W\d]{1,8}\.?\s*)?\(\s*$")
_BRACKET_END = re.compile(r"\s*\)")
# A dash with blanks around it between a house and its rating, and after the rating a dash too or
# the end of the line: a row of cells ("UBS – Neutral – 100 Euro"), not a dash of prose.
_DASH_GAP = re.compile(r"^\s+[–—-]\s+$")
_DASH_END = re.compile(r"^\s*$|^\s+[–—-]\s")
# Between a house's cell and its rating's, a cell or two of words ("Shore Capital | Reiterates | Add").
_PIPE_GAP = re.compile(r"^\s*\|(?:[^|\d]{1,25}\|){1,2}\s*$")


def _cell(sentence: Sentence, match: _Term) -> bool:
    """Does the term stand beside an institution with nothing but separators
    between them, as in a table row or a list line ("Jefferies | Buy | 120
    Euro", "Siemens: Buy (Goldman Sachs)", "UBS – Neutral – 100 Euro"), or after the house's cell and a
    cell or two of words ("Shore Capital | Reiterates | Add")? There the
    layout says it is a rating where the words do not. The term must end its cell too: "Goldman
    Sachs: Sell the rally" is advice in words, not a rating."""
    if not _CELL_END.match(sentence.text[match.end:]):
        return False
    for mention in sentence.mentions:
        if mention.type not in INSTITUTION:
            continue
        if mention.end <= sentence.start + match.start:
            gap = sentence.text[sentence.local(mention.end):match.start]
        elif mention.start >= sentence.start + match.end:
            gap = sentence.text[match.end:sentence.local(mention.start)]
        else:
            continue
        if gap and (_CELL_GAP.match(gap) and any(c in gap for c in ":|()")
                    or _PIPE_GAP.match(gap) and mention.end <= sentence.start + match.start
                    or _DASH_GAP.match(gap) and _DASH_END.match(sentence.text[match.end:])):
            return True
    return False


def _strict_shape(words: dict[str, Any]) -> str:
    """The pattern of a term that is also a common verb ("add"), only where a rating's shape
    stands around it: the word right before its opening quote ("to 'add'", "rates 'add'", each
    a look-behind of its own, as they differ in width) or, after its closing quote, a rating
    noun, a target, the old rating or the end of the clause. Elsewhere the quoted word is the
    verb ("would 'add' value for shareholders") and no rating."""
    terms = f"(?:{alternation(words['quoted_strict_terms'])})"
    shapes = []
    before = "|".join(rf"(?<=\b{re.escape(word)}\s[{_QUOTES}])" for word in words.get("quoted_strict_before", []))
    if before:
        shapes.append(f"(?:{before}){terms}")
    after = rf"(?:\s*(?:$|[,.;:)])|\s+(?:{words['quoted_strict_after']})\b)" \
        if words.get("quoted_strict_after") else ""
    shapes.append(rf"{terms}(?=[{_QUOTES}]{after})" if after else terms)
    return "(?:" + "|".join(shapes) + ")"


def _terms(pats: _Patterns, text: str) -> list[_Term]:
    """Rating terms in the order of the text, with whether each is quoted; a
    term that is also a common word ("kaufen") counts only in quotes, or
    where a verb of rating or advice puts it ("downgraded X to sell", "rät
    zum Kauf"). One term per position."""
    found: dict[int, _Term] = {}
    for pattern, always in ((pats.term, True), (pats.quoted_only, False)):
        for match in pattern.finditer(text):
            before, after = text[: match.start()][-1:], text[match.end():][:1]
            quoted = bool(before and before in _QUOTES or after and after in _QUOTES
                          or pats.compound is not None and pats.compound.match(text, match.end()))
            # or a cell of a table or list beside a house ("Baader Bank | Add | 35 Euro"), which
            # :func:`_cell` checks
            cell = not always and not quoted and bool(_CELL_BEFORE.search(text, 0, match.start())) \
                and bool(_CELL_END.match(text[match.end():]))
            if always or quoted or cell:
                found.setdefault(match.start(), _Term(match.start(), match.end(),
                                                      match.group("term"), quoted, cell=cell))
    for common in (pats.plain, pats.quoted_only):
        # a common word alone in the bracket after a target's amount is a rating as if quoted
        for match in common.finditer(text) if common is not None else ():
            kept = found.get(match.start())
            if (kept is None or kept.cell) and _AMOUNT_BRACKET.search(text, 0, match.start()) \
                    and _BRACKET_END.match(text, match.end()):
                found[match.start()] = _Term(match.start(), match.end(), match.group(0), True)
    if pats.plain_run is not None and pats.plain is not None:
        for run in pats.plain_run.finditer(text):
            for match in pats.plain.finditer(text, run.start("run"), run.end("run")):
                # a whole word, not "hold" in "holder" nor "perform" in "underperform"
                if re.match(r"\W|$", text[match.end():]) and not re.search(r"[\w-]$", text[:match.start()]):
                    found.setdefault(match.start(), _Term(match.start(), match.end(), match.group(0),
                                                          False))
    for worded, near in ((pats.bare, False), (pats.held, False), (pats.moved_verb, False), (pats.advice, True)):
        if worded is None:
            continue
        for match in worded.finditer(text):
            named = match.start("named") if "named" in worded.groupindex and match.start("named") >= 0 \
                else None
            found.setdefault(match.start("term"), _Term(match.start("term"), match.end("term"),
                                                        match.group("term"), False, True, near,
                                                        named=named))
            further = pats.advice_more if worded is pats.advice and named is not None else None
            joined = further.match(text, match.end("term")) if further is not None else None
            while further is not None and joined is not None:
                # "rät zum Verkauf von Siemens und zum Kauf von SAP": each on the company it names
                found.setdefault(joined.start("term"), _Term(joined.start("term"), joined.end("term"),
                                                             joined.group("term"), False, True, near,
                                                             named=joined.start("named")))
                joined = further.match(text, joined.end("term"))
            elliptic = pats.advice_elliptic.match(text, match.end("term")) \
                if worded is pats.advice and pats.advice_elliptic is not None else None
            if elliptic is not None:
                # "Jefferies rät zum Kauf, die Citi zum Verkauf": the second house's own advice
                found.setdefault(elliptic.start("term"), _Term(
                    elliptic.start("term"), elliptic.end("term"), elliptic.group("term"), False, True, near,
                    named=elliptic.start("named") if elliptic.start("named") >= 0 else None,
                    house=elliptic.start("house")))
            more = _bare_next(pats, text, match.end("term")) if worded is pats.bare else None
            while more is not None:  # "rates Adidas buy and Puma neutral", "buy by UBS and sell by Citi"
                found.setdefault(more.start("term"), _Term(more.start("term"), more.end("term"),
                                                           more.group("term"), False, True))
                more = _bare_next(pats, text, more.end("term"))
    for match in pats.verdict.finditer(text) if pats.verdict is not None else ():
        # a term that needs a rating word is one in a verdict ("According to X, Siemens remains an
        # outperform"): the verdict replaces it
        kept = found.get(match.start("term"))
        if kept is None or not (kept.quoted or kept.worded):
            found[match.start("term")] = _Term(match.start("term"), match.end("term"), match.group("term"),
                                               False, True, True, True)
    return [found[start] for start in sorted(found)]


def _instrument_after(pats: _Patterns, text: str, term: _Term) -> bool:
    """Is the rating given on a debt instrument or a fund named right after it ("rät zum Halten
    von Anleihen", "a buy on the bonds")? Then it rates no share, not even the article's own."""
    if pats.instrument_after is None or pats.instrument is None:
        return False
    gap = pats.instrument_after.match(text, term.end)
    return gap is not None and pats.instrument.match(text, gap.end()) is not None


def _bare_next(pats: _Patterns, text: str, at: int) -> re.Match[str] | None:
    """The next common word a verb of rating still governs after the one ending at ``at``:
    after a further name ("rates Adidas buy and Puma neutral"), after the agent of the one
    before ("is rated buy by UBS and sell by Citi") or joined to it ("rate Nvidia buy and hold")."""
    for further in (pats.bare_more, pats.bare_agent, pats.bare_joined):
        more = further.match(text, at) if further is not None else None
        if more is not None:
            return more
    return None


def _institutions(document: Document, sentence: Sentence, start: int, end: int,
                  recent: frozenset[str] = frozenset()) -> tuple[list[Mention], str, list[Mention]]:
    """Who gives the rating, the rule that found it, and the banks it rates
    where banks are rated: the agent of a passive clause ("Siemens wurde von
    der UBS hochgestuft", "was upgraded by UBS"); the institutions listed
    together in the clause before the term ("KeyBanc, Evercore ISI und
    Morgan Stanley bestätigen Outperform"), unless a rating verb puts them
    after a rater ("Die UBS stuft die Commerzbank und UniCredit …"); else
    the closest one before it, else one after it in its clause with no
    comma between. A bank named with its shares ("die Commerzbank-Aktie")
    is rated, never the rater."""
    passive = _passive(document.lang, sentence, start)
    if passive is not None:
        return passive
    inverted = _inverted(document.lang, sentence, start, recent)
    if inverted is not None:
        return inverted
    participle = _participle(document.lang, sentence, start)
    if participle is not None:
        return participle
    # a bank named twice in a row is one institution ("upgraded Citigroup Inc (NYSE:C) to
    # Outperform": the ticker in brackets names the bank once more)
    before = _once_each([m for m in sentence.mentions if m.type in INSTITUTION and m.end <= start])
    shares = [m for m in before if _names_shares(document.lang, sentence, m)]
    before = [m for m in before if m not in shares]
    # "Mahaney, who moved to Evercore ISI from RBC Capital Markets, rates Amazon outperform": the
    # analyst's former employer rates nothing, where another house is named before
    pats = _patterns(document.lang)
    current = [m for m in before if pats.former is None
               or not pats.former.search(sentence.text, 0, sentence.local(m.start))]
    # "UBS analyst X, who previously worked at Morgan Stanley, rates …": a house inside a relative
    # clause closed before the term is the clause's, where one outside it is named before
    current = [m for m in current if closed_relative(
        document.lang, sentence.text, sentence.local(m.start), sentence.local(m.end),
        sentence.local(start)) is None] or current
    before = current or before
    later = [m for m in sentence.mentions if m.type in INSTITUTION and m.start > start]
    if before and later and pats.given_by is not None \
            and pats.given_by.match(sentence.text[sentence.local(end):sentence.local(later[0].start)]) \
            and (_holds_term(pats, sentence.text[sentence.local(before[-1].end):sentence.local(start)])
                 or _agent_word(pats, sentence.text, sentence.local(before[-1].start)) is not None):
        # "a buy rating from UBS and a hold rating from Citi", "its buy rating, after a neutral
        # rating from Citi": the house before gave a rating of its own; this one is given by the
        # house right after it
        return _list_starting_with(document.lang, sentence, later), "given-by", []
    if before:
        fronted = _clause_fronted(document, sentence, before, start) \
            or _pronoun_object(document, sentence, before, start)
        if fronted is not None:
            return fronted
        if len(before) > 1 and before[-2].label != before[-1].label \
                and same_clause(sentence, before[-2].end, start):
            if _fronted(document.lang, sentence, before[-2], before[-1]):
                return [before[-1]], "fronted", [before[-2]]
            if _cited_verdict(pats, sentence, before[-2], before[-1], start):
                return [before[-2]], "cited", [before[-1]]
        before = _acting(document, sentence, before, start)
        rated = [m for m in shares if m.start > before[-1].end and m.label != before[-1].label]
        listed = _list_ending_with(document.lang, sentence, before)
        k = before.index(listed[0])
        if len(listed) > 1 and k > 0 and before[k - 1].label not in {m.label for m in listed} \
                and _rates_between(document.lang, sentence, before[k - 1], listed[0], start):
            return [before[k - 1]], "bank-rated", listed
        if len(listed) > 1:
            return listed, "shared", rated
        if len(before) > 1 and before[-2].label != before[-1].label \
                and _rates_between(document.lang, sentence, before[-2], before[-1], start):
            # "Sowohl die UBS als auch Barclays bewerten die Commerzbank …": each house listed
            raters = [m for m in _list_ending_with(document.lang, sentence, before[:-1])
                      if m.label != before[-1].label]
            return raters, "bank-rated", [before[-1]]
        pronoun = _pronoun_rater(document, sentence, listed, start)
        if pronoun is not None:
            return pronoun
        return [before[-1]], "before", rated
    if later and pats.given_by is not None:
        if pats.given_by.match(sentence.text[sentence.local(end):sentence.local(later[0].start)]):
            # "Kaufempfehlung der UBS", "a Buy rating from UBS", "buy ratings from Jefferies and Citi"
            return _list_starting_with(document.lang, sentence, later), "given-by", []
    analyst = _analyst_employer(document, sentence, start)
    if analyst is not None:
        return [analyst], "analyst", shares
    if later and "," not in sentence.text[sentence.local(end):sentence.local(later[0].start)] \
            and same_clause(sentence, end, later[0].start):
        # "Mit „Buy“ bewertet die UBS …": named in the rating's clause, over one named before
        return [later[0]], "after", shares
    speaker = _quoted_speaker(sentence, start, end)
    if speaker is not None:
        return [speaker], "speaker", shares
    # "KBW upgraded Citigroup to Outperform. … The firm kept an Outperform rating on Chubb": a
    # bank rated before is no house rating now; the house that rated it is
    earlier = document.recent(sentence, INSTITUTION, before=start, window=2,
                              exclude=_rated_just_before(document, sentence))
    viewed = _spoken_of(document, sentence, earlier)
    spoken_of: list[Mention] | None = None
    if viewed is not None:
        earlier, spoken_of = viewed
    if earlier is not None and not coordinated(document, earlier, INSTITUTION) \
            and (not _own(pats, sentence, start) or _possessive_of_house(document, pats, sentence, earlier)) \
            and not _other_giver(pats, sentence, start) and not _own_voice(pats, sentence, start):
        return [earlier], "earlier", spoken_of or [m for m in shares if m.label != earlier.label]
    return [], "", []  # an institution past a comma speaks in another clause


def _once_each(mentions: list[Mention]) -> list[Mention]:
    """The mentions less each one that repeats the label of the mention right before it."""
    return [m for k, m in enumerate(mentions) if k == 0 or mentions[k - 1].label != m.label]


def _rated_just_before(document: Document, sentence: Sentence) -> frozenset[str]:
    """The banks rated in the two sentences before ``sentence`` (:func:`rated_institutions`):
    what a rating of this sentence that names no house is never given by."""
    return frozenset().union(*(rated_institutions(document, document.sentences[index])
                               for index in range(max(0, sentence.index - 2), sentence.index)))


def _acting(document: Document, sentence: Sentence, before: list[Mention], start: int) -> list[Mention]:
    """The houses named before a rating less the sources cited among them ("Laut Commerzbank hat
    die UBS die Aktie hochgestuft", "According to Commerzbank, Jefferies upgraded …"): a source
    cited tells of another house's rating, and is the house only where no other house that is
    not cited stands in the rating's clause ("Laut Commerzbank ist Siemens ein Kauf")."""
    sources = [m for m in before if cited(document.lang, sentence, m)]
    actors = [m for m in before if m not in sources]
    if not sources or not any(same_clause(sentence, m.end, start) for m in actors):
        return before
    return actors


def _pronoun_object(document: Document, sentence: Sentence, before: list[Mention], start: int
                    ) -> tuple[list[Mention], str, list[Mention]] | None:
    """"Rival Commerzbank rose 4% after Jefferies upgraded it to 'buy'", "Die Commerzbank stieg,
    nachdem Jefferies die Aktie auf 'Buy' hochgestuft hatte": a pronoun or the share's noun as
    the object right after the house closest before the rating stands for the bank that opens
    the sentence as its subject, which is the one rated, the house its rater. None where no
    such object follows the house, or where another bank or any company is named before the
    house, or the bank is a source cited ("Laut Commerzbank hat die UBS die Aktie …"), or a
    rating or a clause break stands between the bank and the house ("Citi reiterated its Buy
    rating, while Jefferies kept the stock at Buy": the stock both rate), or the bank is listed
    with the house ("Deutsche Bank and Jefferies upgraded the stock": a co-rater of the stock,
    never the one rated)."""
    pats = _patterns(document.lang)
    if pats.pronoun_object is None:
        return None
    house = before[-1]
    if not pats.pronoun_object.fullmatch(sentence.text, sentence.local(house.end), sentence.local(start)):
        return None
    bank = sentence.mentions[0]
    opening = sentence.text[:sentence.local(bank.start)]
    if bank.type not in INSTITUTION or bank.label == house.label or "," in opening \
            or len(opening.split()) > 3 or cited(document.lang, sentence, bank) \
            or not same_clause(sentence, bank.end, house.start) \
            or bank in _list_ending_with(document.lang, sentence, before) \
            or _terms(pats, sentence.text[sentence.local(bank.end):sentence.local(house.start)]) \
            or any(m.label not in (bank.label, house.label) and m.start < house.start
                   and m.type in INSTITUTION | COMPANY for m in sentence.mentions):
        return None
    return [house], "pronoun", [bank]


def _spoken_of(document: Document, sentence: Sentence, earlier: Mention | None
               ) -> tuple[Mention, list[Mention]] | None:
    """"Weniger zuversichtlich ist das Analysehaus KBW bei der Deutschen Bank. Die Experten
    senkten das Papier auf 'Market Perform'": where the institution named last before the
    rating, in a sentence before, is a bank a house's view is on (:func:`viewing_house`) and
    the rating's sentence names no company, that house rates that bank. None otherwise."""
    if earlier is None or earlier.start >= sentence.start \
            or any(m.type in ISSUER_TYPES for m in sentence.mentions):
        return None
    house = viewing_house(document, earlier)
    if house is not None:
        return house, [earlier]
    bank = _fronted_before(document, earlier)
    return None if bank is None else (earlier, [bank])


def _fronted_before(document: Document, house: Mention) -> Mention | None:
    """"Zur Deutschen Bank äußern sich die Analysten von Kepler. Sie nehmen die Aktie mit
    'Reduce' auf": the institution fronted in the house's sentence (:func:`_fronted`) is what
    that sentence turns the passage to, so the rating after it that names no company is the
    house's on that one, not on the article's own company. None where no institution opens
    the house's sentence so."""
    home = document.sentence_at(house.start)
    first = next((m for m in home.mentions if m.type in INSTITUTION), None) if home is not None else None
    if home is None or first is None or first.label == house.label or first.end > house.start:
        return None
    return first if _fronted(document.lang, home, first, house) else None


def viewing_house(document: Document, bank: Mention) -> Mention | None:
    """The house named right before ``bank`` with the words that make the bank what its view is
    on (``house_on``: "KBW bei der Deutschen Bank", "KBW on Deutsche Bank"): the bank is then
    the one rated and valued, the house the one that rates and values it. None where no house
    is so named, or where the house is the genitive of a noun that names no rater ("Der Einstieg
    der Unicredit bei der Commerzbank": its stake, not its view)."""
    pats = _patterns(document.lang)
    home = document.sentence_at(bank.start)
    if pats.house_on is None or home is None:
        return None
    house = next((m for m in reversed(home.mentions) if m.end <= bank.start), None)
    if house is None or house.type not in INSTITUTION or house.label == bank.label \
            or not pats.house_on.fullmatch(home.text, home.local(house.end), home.local(bank.start)):
        return None
    owner = pats.house_owner.search(home.text, 0, home.local(house.start)) \
        if pats.house_owner is not None else None
    if owner is not None and (pats.rater_words is None or not pats.rater_words.fullmatch(owner["noun"])):
        return None
    return house


# After the closing mark, a few words before the speaker's house: ', Jefferies analyst X wrote'.
_SPEAKER_GAP = re.compile(r"^[\s,]*(?:[\w.\-’']+\s+){0,8}$")


def _quoted_speaker(sentence: Sentence, start: int, end: int) -> Mention | None:
    """"„We upgrade the stock to Buy,“ Jefferies analyst X wrote": a rating
    inside direct speech is given by the house named right after the
    closing mark, in the words that say who spoke."""
    text = sentence.text
    local_start, local_end = sentence.local(start), sentence.local(end)
    if not in_quotation(text, local_start, local_end):
        return None
    close = next((i for i in range(local_end, len(text)) if text[i] in SPEECH_MARKS), None)
    if close is None:
        return None
    after = [m for m in sentence.mentions if m.start >= sentence.start + close + 1
             and m.type != "Person"]  # "wrote Ben Reitzes of Melius Research": the analyst's house
    if not after or after[0].type not in INSTITUTION:
        return None
    gap = text[close + 1:sentence.local(after[0].start)]
    return after[0] if _SPEAKER_GAP.match(gap) else None


def _names_shares(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """"die Commerzbank-Aktie", "Aktien der Commerzbank", "Barclays shares":
    the institution is named with its shares, so it is the one rated."""
    pats = _patterns(lang)
    return bool(pats.shares_after.match(sentence.text[sentence.local(mention.end):])
                or pats.shares_of.search(sentence.text[:sentence.local(mention.start)]))


def _own(pats: _Patterns, sentence: Sentence, start: int) -> bool:
    """"Der Aktionär bestätigt seine Kaufempfehlung": a possessive before the
    rating in its clause makes the clause's own subject the one who gives
    it, so a house named in an earlier sentence does not — unless that
    subject is the house's analysts or the house in words ("Die Analysten
    bestätigten ihr Kaufvotum", "The firm reiterated its buy rating")."""
    if pats.own is None:
        return False
    text = sentence.text
    for found in pats.own.finditer(text[:sentence.local(start)]):
        at = sentence.start + found.start()
        if not same_clause(sentence, at, start):
            continue
        rater = None if pats.rater_words is None else pats.rater_words.search(text[:found.start()])
        if rater is None or not same_clause(sentence, sentence.start + rater.start(), at):
            return True
    return False


def _possessive_of_house(document: Document, pats: _Patterns, sentence: Sentence, house: Mention) -> bool:
    """"Die Analysten von Goldman Sachs sehen das Kursziel bei 60 Euro. Ihre Einstufung lautet
    'Buy'": a possessive opening the sentence speaks for the subject of the sentence right
    before, and that is the house where its name comes first there, before any company's."""
    if pats.own is None or pats.own.match(sentence.text) is None or sentence.index == 0:
        return False
    before = document.sentences[sentence.index - 1]
    return house.start >= before.start and bool(before.mentions) and before.mentions[0] is house


def _other_giver(pats: _Patterns, sentence: Sentence, start: int) -> bool:
    """"Die Empfehlung von DER AKTIONÄR lautet 'Kaufen'": the rating's clause
    names who gives it after a noun of advice, and that is no institution —
    a publisher the catalogue does not count as a rating house, or a name
    in capitals it does not know — so an institution named earlier does not
    give it."""
    if pats.giver is None:
        return False
    text = sentence.text
    for found in pats.giver.finditer(text[:sentence.local(start)]):
        at = sentence.start + found.start("name")
        if not same_clause(sentence, at, start):
            continue
        named = [m for m in sentence.mentions if m.start <= at < m.end]
        if named and named[0].type in ORGANIZATION_TYPES - INSTITUTION:
            return True
        if not named and found.group("capitals"):
            return True
    return False


def _own_voice(pats: _Patterns, sentence: Sentence, start: int) -> bool:
    """"Die Redaktion rät: „Kaufen“", "Our columnist rates it a buy": the
    publication's own voice in the rating's sentence before it (which names
    no house there) gives the rating itself, so a house named in an earlier
    sentence does not. Not inside direct speech: "„We rate it Buy,“ the
    analysts wrote" is the house's voice."""
    if pats.own_voice is None:
        return False
    text = sentence.text
    local = sentence.local(start)
    return any(not in_quotation(text, found.start(), local)
               for found in pats.own_voice.finditer(text, 0, local))


def _analyst_employer(document: Document, sentence: Sentence, start: int) -> Mention | None:
    """"Er stuft die Aktie auf Buy", "Die Analystin bestätigte ihre
    Kaufempfehlung": a person (or a reference to one) in the clause before
    the rating gives it for the institution a role phrase tied the person
    to; a mention of that institution over the person's words."""
    people = [m for m in sentence.mentions if m.type == "Person" and m.end <= start
              and same_clause(sentence, m.end, start)]
    if not people:
        return None
    employer = employer_of(document, people[-1].label, sentence.start)
    if employer is None:
        return None
    return Mention(people[-1].start, people[-1].end, employer, "FinancialInstitution",
                   people[-1].surface, "reference/employer")


def _inverted(lang: str, sentence: Sentence, start: int, recent: frozenset[str]
              ) -> tuple[list[Mention], str, list[Mention]] | None:
    """An object first ("Die Commerzbank stuft der Experte weiterhin mit
    'Neutral' ein", "Die UBS bewertet der US-Broker Jefferies mit 'Hold'"):
    the institution before the verb of rating is the rated one when the
    subject after the verb takes a case only a subject takes. The rater is
    the house named in that subject, else the one house that rated in this
    sentence or the two before, or in a note where one house alone rated
    before (what "der Experte" refers to); with none or several, no one (the rated bank still never rates itself). None when
    the clause does not open with an object."""
    pats = _patterns(lang)
    if pats.inverted is None or pats.inverted_noun is None:
        return None
    text = sentence.text
    for mention in sentence.mentions:
        if mention.type not in INSTITUTION or mention.end > start \
                or not same_clause(sentence, mention.end, start):
            continue
        verb = pats.inverted.match(text, sentence.local(mention.end), sentence.local(start))
        noun = pats.inverted_noun.match(text, verb.end(), sentence.local(start)) \
            if verb is not None else None
        if noun is None:
            continue
        named = [m for m in sentence.mentions if m.type in INSTITUTION
                 and m.start == sentence.start + noun.end() and m.end <= start] if noun["gap"] else []
        if named:
            return named[:1], "inverted", [mention]
        others = recent - {mention.label}
        if len(others) != 1:
            return [], "", []
        return [Mention(sentence.start + noun.start(), sentence.start + noun.end(), next(iter(others)),
                        "FinancialInstitution", noun.group(0), "reference/rater")], "inverted", [mention]
    return None


def _participle(lang: str, sentence: Sentence, start: int
                ) -> tuple[list[Mention], str, list[Mention]] | None:
    """"Barclays, rated buy at Citi, gained": an institution right before a participle of
    rating in commas or brackets is the rated one, not the rater; the institution after the
    agent's word right after the rating gives it, and with none ("rated overweight by
    analysts") no one does. None when no institution opens such a participle."""
    pats = _patterns(lang)
    if pats.participle is None or pats.agent_next is None:
        return None
    text = sentence.text
    before = [m for m in sentence.mentions if m.end <= start]
    if not before or before[-1].type not in INSTITUTION \
            or not pats.participle.match(text[sentence.local(before[-1].end):sentence.local(start)]):
        return None
    local = sentence.local(start)
    agent = next((m for m in sentence.mentions if m.start > start), None)
    if agent is None or agent.type not in INSTITUTION or agent.label == before[-1].label \
            or not pats.agent_next.match(text[local:sentence.local(agent.start)]):
        return [], "", []
    return [agent], "participle", [before[-1]]


def _pronoun_rater(document: Document, sentence: Sentence, listed: list[Mention], start: int
                   ) -> tuple[list[Mention], str, list[Mention]] | None:
    """"Die UBS zeigt sich vorsichtig: Sie beließ die Commerzbank auf
    'Neutral'", "it downgraded Barclays to underweight": a pronoun as the
    subject of a verb of rating right before the institutions listed makes
    them the rated ones, and the house it stands for — the closest other
    institution before it, in this sentence or the two before — the rater;
    with none, no one (a rated bank never rates itself). None when no such
    pronoun opens the clause."""
    pats = _patterns(document.lang)
    if pats.pronoun_subject is None:
        return None
    found = pats.pronoun_subject.search(sentence.text, 0, sentence.local(listed[0].start))
    if found is None:
        return None
    at = sentence.start + found.start("pronoun")
    if not same_clause(sentence, at, start) or any(
            m.type in COMPANY and at <= m.start < listed[0].start for m in sentence.mentions):
        return None
    house = document.recent(sentence, INSTITUTION, before=at, window=2)
    if house is None or house.label in {m.label for m in listed}:
        return [], "", []
    return [Mention(at, sentence.start + found.end("pronoun"), house.label, "FinancialInstitution",
                    found.group("pronoun"), "reference/rater")], "pronoun", listed


def _fronted(lang: str, sentence: Sentence, mention: Mention, house: Mention) -> bool:
    """"Für die Commerzbank bestätigte Citigroup das Votum 'Sell'", "For
    Barclays, Citi reiterated its buy rating": an institution after a
    preposition that opens the sentence is what the clause speaks of, not
    its subject, so ``house`` after it rates it. After "bei" that holds
    only where no "man" between them makes it the rater ("Bei Berenberg
    stuft man die Commerzbank …": the usual reading then). Nor where a
    rating stands between them: the fronted one's clause has its own, and
    the house opens a clause of the same build ("Bei der UBS lautet das
    Votum für BASF 'Kaufen', bei Jefferies 'Halten'")."""
    pats = _patterns(lang)
    found = pats.fronted.match(sentence.text[:sentence.local(mention.start)]) \
        if pats.fronted is not None else None
    if found is None or _terms(pats, sentence.text[sentence.local(mention.end):sentence.local(house.start)]):
        return False
    return not (found.groupdict().get("unclear") and pats.impersonal is not None
                and pats.impersonal.search(sentence.text, sentence.local(mention.end),
                                           sentence.local(house.start)))


def _clause_fronted(document: Document, sentence: Sentence, before: list[Mention], start: int
                    ) -> tuple[list[Mention], str, list[Mention]] | None:
    """"Die UBS bestätigte ihre Einstufungen für beide Häuser: Für die Commerzbank bleibt es
    bei 'Neutral', für die Deutsche Bank bei 'Buy'": an institution after a preposition that
    opens a clause after a break (a colon, semicolon, comma or dash) is what that clause speaks
    of, so it is the rated one, and the house named before the break, not after any such
    preposition, rates it. Only where one house is so named; where none or several are, no one
    rates it (which one spoke is not read). None where no such preposition comes right before
    the closest institution, or where the clause's rating is on a share word while a company
    other than the houses is named before ("Jefferies hob Siemens auf 'Buy', für die UBS bleibt
    die Aktie ein 'Sell'": the preposition gives the house's view, the share is that company's)."""
    pats = _patterns(document.lang)
    opening = pats.clause_fronted
    if opening is None:
        return None

    def fronted(mention: Mention) -> bool:
        return opening.search(sentence.text, 0, sentence.local(mention.start)) is not None

    rated = before[-1]
    if not fronted(rated):
        return None
    if pats.share_noun.search(sentence.text, sentence.local(rated.end), sentence.local(start)) \
            and document.recent(sentence, ISSUER_TYPES, before=rated.start,
                                exclude=frozenset(m.label for m in before)) is not None:
        return None
    houses = {m.label: m for m in before[:-1] if m.label != rated.label and not fronted(m)}
    if len(houses) != 1:
        return [], "", []
    return [next(iter(houses.values()))], "bank-rated", [rated]


def _cited_verdict(pats: _Patterns, sentence: Sentence, rater: Mention, rated: Mention, start: int
                   ) -> bool:
    """"Laut Bernstein bleibt die Commerzbank ein 'Outperform'": a house cited at the opening,
    then a verdict on an institution, which is the rated one (the usual reading takes the
    house closest before the rating for the rater)."""
    if pats.cited_verdict is None:
        return False
    text = sentence.text
    masked = (text[:sentence.local(rater.start)] + "RATER"
              + text[sentence.local(rater.end):sentence.local(rated.start)] + "RATED"
              + text[sentence.local(rated.end):sentence.local(start)])
    return pats.cited_verdict.fullmatch(masked) is not None


def _passive(lang: str, sentence: Sentence, start: int
             ) -> tuple[list[Mention], str, list[Mention]] | None:
    """A passive clause around the rating ("Die Deutsche Bank wurde von
    JPMorgan auf Overweight hochgestuft", "X was upgraded to Buy by UBS"):
    the institution after the agent's preposition gives it, and an
    institution named before the passive word, the subject, is the rated
    bank. None when the clause is not passive or names no agent."""
    pats = _patterns(lang)
    if pats.passive is None or pats.agent is None:
        return None
    text = sentence.text
    local = sentence.local(start)
    clause = [m for m in sentence.mentions if m.type in INSTITUTION
              and same_clause(sentence, min(m.start, start), max(m.end, start))]
    agents = [m for m in clause if pats.agent.search(text[:sentence.local(m.start)])]
    if not agents:
        return None
    # the agent right after the term gives it ("to buy at Citi and to outperform at Evercore"),
    # else the closest one, an agent before the term measured from its end ("von der Deutschen
    # Bank mit 'Buy' und von der UBS mit 'Neutral'": 'Buy' is the Deutsche Bank's)
    agent = next((m for m in agents if m.start >= start and pats.agent_next is not None
                  and pats.agent_next.match(text[local:sentence.local(m.start)])),
                 min(agents, key=lambda m: abs((m.end if m.end <= start else m.start) - start)))
    if agent.end <= start and any(agent.end <= m.start and m.end <= start and m not in agents
                                  for m in clause):
        return None  # "got a buy from Jefferies, and Citi cut it to neutral": Citi's own clause
    marker = next((found for found in pats.passive.finditer(text)
                   if same_clause(sentence, sentence.start + found.start(), start)
                   and sentence.start + found.end() <= agent.start), None)
    until = sentence.start + marker.start() if marker is not None \
        else _final_passive(pats, sentence, agent, start)
    if until is None:
        return None
    subject = [m for m in sentence.mentions if m.type in COMPANY | INSTITUTION
               and m.end <= until and same_clause(sentence, m.end, until)]
    if marker is not None and subject and subject[-1].start > start:
        # "UBS kept a Sell rating on Generali, and Zurich was cut to Neutral by BNP": a term
        # before the passive's subject is of the clause before it, not given by the agent
        return None
    rated = subject[-1] if subject and subject[-1].type in INSTITUTION \
        and subject[-1].label != agent.label else None
    givers = _list_starting_with(lang, sentence, [m for m in clause if m.start >= agent.start])
    if agent.end <= start:
        # "von der UBS und von Barclays … hochgestuft": the closest agent ends a list of houses
        # joined to it, each of which gives the rating
        givers = _list_ending_with(lang, sentence, [m for m in clause if m.end <= agent.start]
                                   + [agent])[:-1] + givers
    return givers, "passive", [rated] if rated is not None and rated not in givers else []


def _agent_word(pats: _Patterns, text: str, at: int) -> re.Match[str] | None:
    """The agent's word ("von der", "by") right before the local offset ``at``, looked for in
    the few characters before it only, so that asking for each name stays cheap."""
    return pats.agent.search(text, max(0, at - _AGENT_REACH), at) if pats.agent is not None else None


# How far before a name its agent's word ("seitens der ") may begin.
_AGENT_REACH = 24


def _final_passive(pats: _Patterns, sentence: Sentence, agent: Mention, start: int) -> int | None:
    """Where the passive word may close the clause, after the rating ("…, die von der UBS mit
    'Buy' eingestuft wird"), or a participle phrase in commas follows a name ("Die
    Commerzbank, von der UBS auf 'Buy' hochgestuft, …"): where the subject must end, the
    agent's word. None when neither holds."""
    if not pats.passive_final or pats.agent is None:
        return None
    text = sentence.text
    word = _agent_word(pats, text, sentence.local(agent.start))
    if word is None or agent.start > start:
        return None
    local = sentence.local(start)
    close = pats.passive.search(text, local) if pats.passive is not None else None
    if close is not None and same_clause(sentence, start, sentence.start + close.start()):
        return sentence.start + word.start()
    verb = pats.verbs.search(text, local)
    named = [m for m in sentence.mentions if m.end <= sentence.start + word.start()]
    if verb is not None and same_clause(sentence, start, sentence.start + verb.start()) and named \
            and re.fullmatch(r"\s*,\s*", text[sentence.local(named[-1].end):word.start()]):
        return sentence.start + word.start()
    return None


def _list_ending_with(lang: str, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The run of mentions joined only by commas and conjunctions that ends
    with the last of ``mentions``."""
    run = [mentions[-1]]
    for mention in reversed(mentions[:-1]):
        gap = sentence.text[sentence.local(mention.end):sentence.local(run[0].start)]
        if not _patterns(lang).list_join.match(gap):
            break
        run.insert(0, mention)
    return run


def _list_starting_with(lang: str, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The run of mentions joined only by commas and conjunctions that begins
    with the first of ``mentions``: each house of a list a rating is given by
    ("buy ratings from Jefferies and Citi", "von Jefferies und der UBS
    hochgestuft") gives it. A comma before the conjunction joins only a
    list of three or more ("from Jefferies, Citi, and UBS"); after the first
    name it opens a clause of its own ("a buy from Jefferies, and Citi cut
    it to neutral")."""
    run = [mentions[0]]
    for mention in mentions[1:]:
        gap = sentence.text[sentence.local(run[-1].end):sentence.local(mention.start)]
        if not _patterns(lang).list_join.match(gap) \
                or len(run) == 1 and "," in gap and gap.strip(" ,"):
            break
        run.append(mention)
    return run


def _rates_between(lang: str, sentence: Sentence, rater: Mention, rated: Mention,
                   term_start: int | None = None) -> bool:
    """Does a rating verb join two institutions in one clause ("JPMorgan
    stuft die Deutsche Bank …", "JPMorgan hat die Deutsche Bank auf
    Overweight hochgestuft"), making the second the rated one? Not when a
    company or another rating stands between them: "Die UBS stuft Siemens
    auf Buy, Jefferies auf Hold" names a second rater, and so does advice in words
    between them ("Jefferies rät zum Kauf, die Citi zum Halten")."""
    pats = _patterns(lang)
    gap = sentence.text[sentence.local(rater.end):sentence.local(rated.start)]
    if pats.apposed.match(gap) and ("," in gap or not gap.strip()):
        # "die Schweizer Bank Credit Suisse": one institution named twice; but an article alone
        # between two names opens the object ("Am Montag hat JPMorgan die Deutsche Bank …")
        return False
    if not same_clause(sentence, rater.end, rated.start) or _holds_term(pats, gap) \
            or (pats.bare is not None and pats.bare.search(gap)) \
            or (pats.advice is not None and pats.advice.search(gap)) or any(
            m.type in COMPANY and rater.end <= m.start and m.end <= rated.start
            for m in sentence.mentions):
        return False
    if "," in gap and _subordinate_clause_of(lang, sentence, rater):
        # "Während Metzler zum Kauf rät, sieht Vontobel die Aktie …": the comma closes the first
        # house's clause; the second is the main clause's subject
        return False
    opened = list(relation_cues(lang).subordinate_after_comma.finditer(gap))
    if opened and "," not in gap[opened[-1].end():]:
        # "Die Commerzbank stieg, nachdem die UBS die Aktie auf 'Buy' hochgestuft hatte": the
        # second opens a clause of its own, whose verb is not the first one's
        return False
    marked = pats.rated_marker is not None and pats.rated_marker.search(gap)
    if not marked and pats.agent is not None and pats.agent.search(gap):
        return False  # "The upgrade from Jefferies follows a downgrade by Nomura": Nomura's own
    if pats.verbs.search(gap) or marked:
        return True  # "JPMorgan stuft die Deutsche Bank …", "Goldman sieht für die Deutsche Bank …"
    if term_start is None:
        return False
    # a verb at the end of the clause, after the rating ("… auf Overweight hochgestuft")
    tail = sentence.text[sentence.local(term_start):]
    verb = pats.verbs.search(tail)
    return verb is not None and same_clause(sentence, term_start, term_start + verb.start())


def _subordinate_clause_of(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does the name stand in a subordinate clause that opens the sentence, or the part of it
    after a colon ("Die Analysten sind uneins: Während Metzler …")? Its first comma then ends
    that clause, and a name after it belongs to the main clause."""
    head = sentence.text[:sentence.local(mention.start)]
    opening = max(head.rfind(":"), head.rfind(";")) + 1
    return relation_cues(lang).subordinate_opening.match(head[opening:]) is not None and \
        "," not in head[opening:]


def _holds_term(pats: _Patterns, text: str) -> bool:
    """Does the text hold a rating term: one of the usual terms, or a word
    that is a rating only in quotes ("Sektorperformance") in quotes?"""
    return bool(pats.term.search(text)) or any(
        text[found.start() - 1:found.start()] in _QUOTES and found.start() > 0
        or text[found.end():found.end() + 1] in _QUOTES and found.end() < len(text)
        for found in pats.quoted_only.finditer(text))


def _rated(document: Document, sentence: Sentence, institutions: frozenset[str],
           term_start: int, term_end: int, since: int, named_before: Mention | None = None,
           carried: str | None = None) -> list[str]:
    """The companies rated: the one company the sentence names, or of several
    the list the rating is bound to ("rates Microsoft and Apple outperform",
    "an outperform rating on Microsoft and Apple"), else the one alone
    between the rater (or the rating before, ``since``) and the rating ("UBS
    stuft Siemens auf Buy und Infineon auf Hold"), else the one whose shares
    it names; for a house named only in a sentence before (``named_before``),
    the one company named in that sentence ("X hob das Kursziel für SAP.
    Die Einstufung lautet 'Buy'"); else what the rating of the sentence right before rated
    where that one named no company either (``carried``); else the company whose shares the passage is about; else the
    organisation the article is about, when one clearly wins. None when
    none clearly wins."""
    if _no_share_rated(document.lang, sentence, term_start):
        return []  # "stuft den Dax mit 'Neutral' ein", "upgraded Acme's bonds to overweight"
    pats = _patterns(document.lang)
    antecedent = _relative_antecedent(pats, sentence, institutions, term_start)
    if antecedent is not None:
        return [document.listed(antecedent)]
    # the owner of a unit or of a role named after it ("die Acme-Tochter Foo", "des
    # Apple-Zulieferers", "Apple's biggest supplier"): the unit or role holder is rated
    owners = [m for m in sentence.mentions if m.type in COMPANY
              and (pats.owned_unit is not None and pats.owned_unit.match(sentence.text, sentence.local(m.end))
                   or _owns_role(pats, sentence, m))]
    # a source cited ("according to LSEG data", "laut Bloomberg") is not what is rated
    companies = {m.label: m for m in sentence.mentions
                 if m.type in COMPANY and m.label not in institutions and m not in owners
                 and not cited(document.lang, sentence, m)}
    # a company the catalogue knows to have no shares that trade is rated only where the rating
    # takes it as its object ("rates Mistral AI a buy", "Kaufempfehlung für Bosch"), never where
    # it is only named in the same sentence ("…; Joule mit Mistral-Modellen könne …")
    companies = {label: m for label, m in companies.items()
                 if listed_fit(document, label)
                 or _object_of_rating(pats, sentence, label, since, term_start, term_end)}
    # "upgraded Hon Hai, Apple's main assembler, to buy": a possessor opening the apposition of
    # another company describes that one and is not rated
    named = list(companies.values())
    companies = {label: m for label, m in companies.items()
                 if not _apposed_possessor(sentence, m, named)}
    if not companies and owners:
        return []  # "Acme's chip unit Foo was rated buy": the unit, which the extractor does not know
    if companies:
        # "Für die Muttergesellschaft Siemens, die 70 Prozent an Healthineers hält, bestätigte die UBS
        # ihr Rating": a company named in a relative clause closed before the rating is not rated;
        # where every company named is in such a clause and the clause follows words no mention
        # covers ("Rival Foo, in which Siemens holds a stake, was cut to sell"), what is rated is
        # that antecedent, a name the extractor does not know, so nothing is
        clauses = {label: closed_relative(document.lang, sentence.text, sentence.local(m.start),
                                          sentence.local(m.end), sentence.local(term_start))
                   for label, m in companies.items()}
        main = {label: m for label, m in companies.items() if clauses[label] is None}
        if not main and not any(sentence.local(m.end) == clause.opens
                                for clause in clauses.values() if clause is not None
                                for m in sentence.mentions):
            return []
        companies = main or companies
    # "bleibt bei 'Buy' und sieht in BYD keine Gefahr": a company named only past a conjunction
    # after the rating is not what is rated
    companies = {label: m for label, m in companies.items()
                 if not all(_joined_after(document.lang, sentence, other, term_end)
                            or _rated_next(pats, sentence, other, term_end)
                            for other in sentence.mentions if other.label == label)}
    if not companies:
        companies = _banks_rated(document, sentence, institutions, term_start, term_end)
    label: str | None = None
    fallback: str | None = None  # the company the sentence before names, for a trade (see below)
    if _unknown_passive_subject(document, sentence, term_start):
        return []  # "…, while Puma was cut to sell by Citi": the unknown name's
    if companies and _names_unknown_rated(document, sentence, term_end) \
            and not _named_before_term(sentence, institutions, companies, term_start):
        return []  # "Analysts at Citi, who rate Puma sell, said Adidas …": the unknown name's
    if companies and _sector_rated(document.lang, sentence, institutions, term_start, since) \
            and not _named_before_term(sentence, institutions, companies, term_start):
        # "stuft den Autosektor auf 'Overweight', VW bleibt 'Neutral'": the sector is rated there
        return []
    if len(companies) == 1:
        only = next(iter(companies.values()))
        if all(_rated_elsewhere(pats, sentence, m, term_start, term_end)
               for m in sentence.mentions if m.label == only.label) \
                and not _shared_with_rating_before(document, sentence, only, term_start, institutions):
            # "X kept its outperform rating, while Y has an equal-weight rating on Tesla"; not where
            # the company is also named in the rating's clause ("X kept its outperform rating on
            # Intel, while Y has a neutral rating on the chipmaker")
            return []
        label = only.label
    elif companies:
        subjects = _passive_subjects(pats, document.lang, sentence, term_start)
        if (len(subjects) > 1 or subjects and _rating_verb_after(pats, sentence, companies[subjects[0]],
                                                                  term_start)) \
                and all(name in companies for name in subjects):
            # "Tesco and Sainsbury's were both upgraded …", "Nvidia's rival AMD was cut to neutral"
            return [document.listed(name) for name in subjects]
        bound = _rated_list(document.lang, sentence, institutions, term_start, term_end, since)
        if bound:
            return [document.listed(name) for name in bound if name not in institutions]
        label = _rated_between(document.lang, sentence, institutions, term_start, since)
        if label is None:
            label = document.share_subject(sentence, window=0)
            label = label if label in companies else None
    elif _sector_rated(document.lang, sentence, institutions, term_start, since) or _sector_after(
            document.lang, sentence, term_end):
        return []  # "upgraded the chip sector to overweight": no company's rating
    elif _names_unknown_rated(document, sentence, term_end):
        return []  # "Bank of America cut Target to underperform": not the passage's company
    elif _other_rated(pats, sentence, term_start, term_end):
        return []  # "Jefferies stufte den Konkurrenten auf 'Hold' ab": not the passage's company
    elif unseated_demonym(sentence, 0, sentence.local(term_start)):
        return []  # "Für die Kölner stuft die UBS die Aktie auf 'Buy'": a firm no one named
    else:
        beside = _topic_line(document, sentence, institutions) or _named_beside(document, named_before, institutions)
        if beside == "":
            return []  # the house spoke of several companies there: which one it rates is unclear
        label = beside or _list_lead(document, sentence, institutions) \
            or (carried if carried not in institutions else None) \
            or _passage_shares(document, sentence, institutions) \
            or salient(document, ISSUER_TYPES, exclude=institutions) \
            or headline_opener(document, institutions) \
            or last_named(document, sentence, institutions)
    if all(m.rule.startswith("reference/") for m in sentence.mentions if m.type in COMPANY):
        # a company called by its trade that the one found does not fit: the company just named
        fallback = _trade_named_before(document, sentence, institutions, since, term_start)
    candidates = (label, fallback)
    if fallback is not None and fallback != label and sentence.index > 0 \
            and not passing_rival(document, fallback) \
            and not any(m.label == label for m in document.sentences[sentence.index - 1].mentions):
        # "Deutz verloren 2,7 Prozent. Jefferies stufte den Motorenbauer ab" in a report whose
        # headline names Bayer: the trade means the one company just named, before the
        # article's own; not a rival named in passing ("Konkurrent X legte zu")
        candidates = (fallback, label)
    for candidate in candidates:
        if candidate is None:
            continue
        candidate = document.listed(candidate)
        fit = None if candidate in institutions else _descriptor_fit(document, sentence, candidate, institutions)
        if fit is not None and fit not in institutions:
            return [fit]
    return []


def _object_of_rating(pats: _Patterns, sentence: Sentence, label: str, since: int,
                      term_start: int, term_end: int) -> bool:
    """Is ``label`` named where a rating takes its object: between the rating before (or the
    sentence's start, ``since``) and the term in the term's clause ("rates Mistral AI a buy"),
    or bound right after the term by the words of a rated name ("Kaufempfehlung für Bosch")?
    Only there does a rating fall on a company without traded shares. One named after a later
    rating of the sentence ("Die UBS rät zum Kauf, die Citi zum Kauf von Bosch") is that one's
    object and kept here, so that this rating, which leaves it to that one, falls on no other."""
    later = [t.start for t in _terms(pats, sentence.text) if t.start >= sentence.local(term_end)]
    for m in sentence.mentions:
        if m.label != label:
            continue
        if any(at < sentence.local(m.start) for at in later):
            return True
        if since <= m.start and m.end <= term_start and same_clause(sentence, m.start, term_start):
            return True
        if m.start >= term_end and pats.rated_after is not None \
                and same_clause(sentence, term_end, m.start) \
                and pats.rated_after.match(sentence.text[sentence.local(term_end):sentence.local(m.start)]):
            return True
    return False


def _trade_named_before(document: Document, sentence: Sentence, institutions: frozenset[str],
                        since: int, term_start: int) -> str | None:
    """"Schlusslicht war Porsche. Die Analysten der Commerzbank hatten den Sportwagenhersteller
    auf 'Hold' abgestuft": where the sentence names no company by name and the company found
    (the article's, or the one a reference guessed) does not fit the trade, a company called
    by its trade before the rating is the one company the sentence before names;
    :func:`_descriptor_fit` then checks the trade against it. None where that sentence names
    none or several."""
    if sentence.index == 0 or not any(
            _trade(document.lang, found) is not None
            for found in _descriptors(document.lang)[0].finditer(sentence.text, sentence.local(since),
                                                                 sentence.local(term_start))):
        return None
    before = {m.label for m in document.sentences[sentence.index - 1].mentions
              if m.type in COMPANY and m.label not in institutions and not m.rule.startswith("reference/")}
    return next(iter(before)) if len(before) == 1 else None


@lru_cache(maxsize=4)
def _descriptors(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A company called by its trade ("Sportartikelhersteller", "sportswear maker"; group ``mod``
    the trade, a part before a company head): as a reference after a determiner, right before a
    name ("der Rüstungskonzern Rheinmetall") and after a name and a comma ("Puma, der
    Sportartikelhersteller")."""
    words = lexicon(lang)["references"]
    heads = alternation(words["company_heads"])
    det = alternation(words["determiners"])
    trades = lexicon(lang)["ratings"].get("trade_heads") or {}
    # a head that names a trade itself ("der Autobauer", "the chipmaker"), group ``whole``
    whole = alternation(trades) or "(?!)"
    if info(lang).compounds:
        # "den Motorenbauer": a head that ends a compound only, after its trade
        ends = alternation([*words["company_heads"], *(lexicon(lang)["ratings"].get("trade_compound_heads") or [])])
        word = opening = rf"(?<![\w-])(?:(?P<mod>[A-ZÄÖÜ]\w*?)-?(?:{heads}|{ends.lower()})" \
                         rf"|(?P<whole>{whole}))(?![\w-])"
        between = r"(?:[\w\-]+(?:e|en|er|es)\s+){0,2}"
    else:
        word = rf"(?<![\w-])(?:(?P<mod>[a-z][\w\-]*)\s+(?:{heads})|(?i:(?P<whole>{whole})))(?![\w-])"
        # "Defence group Rheinmetall rose": the trade may open the sentence
        opening = rf"(?:(?<![\w-])|^)(?:(?P<mod>(?:^[A-Z]|[a-z])[\w\-]*)\s+(?:{heads})" \
                  rf"|(?i:(?P<whole>{whole})))(?![\w-])"
        between = r"(?:[\w\-]+\s+){0,3}?"
    return (re.compile(rf"\b(?i:{det})\s+{between}{word}"),
            re.compile(rf"{opening}\s+$"), re.compile(rf"^\s*,\s+(?:\w+\s+){{0,2}}?{word}"))


def _trade(lang: str, found: re.Match[str]) -> str | None:
    """The trade a descriptor names, folded for comparing ("Rüstungs" and "rüstung" are one);
    None for a part that names none ("Großkonzern", "the largest company")."""
    words = lexicon(lang)["ratings"]
    if found.group("whole"):
        trades: dict[str, str] = words.get("trade_heads") or {}
        return next(trade for head, trade in trades.items() if head.lower() == found.group("whole").lower())
    generic = words.get("generic_descriptors")
    mod = found.group("mod")
    if generic and re.fullmatch(generic, mod, re.IGNORECASE):
        return None
    mod = mod.lower().rstrip("-")
    return mod[:-1] if len(mod) > 4 and mod.endswith("s") else mod


def _same_trade(one: str, other: str) -> bool:
    """"sportartikel" and "sport", "rüstung" and "rüstung": one trade, the shorter opening the longer."""
    return one.startswith(other) or other.startswith(one)


def _descriptor_fit(document: Document, sentence: Sentence, label: str,
                    institutions: frozenset[str]) -> str | None:
    """The company a rating found for ``label`` goes to where its object is a company called by
    its trade ("bestätigt den Sportartikelhersteller mit 'Buy'"). Where the sentence names the
    company itself, ``label``. Else only a company the article introduced by a fitting trade
    ("der Sportartikelhersteller Puma"), ``label`` or the one other so introduced; with no
    company introduced so, ``label`` where it is named in the sentence before or is the
    article's own (salient and named in the headline), unless the article called it by another
    trade ("der Rüstungskonzern Rheinmetall"). The reference resolves to the nearest company
    before, which in an article on a company the catalogue does not know is another one named
    nearby: a fact on the wrong company is worse than none."""
    if any(m.label == label and not m.rule.startswith("reference/") for m in sentence.mentions):
        return label
    descriptors = list(_descriptors(document.lang)[0].finditer(sentence.text))
    named_at = {sentence.local(m.start) for m in sentence.mentions if not m.rule.startswith("reference/")}
    trades = [trade for found in descriptors
              if (trade := _trade(document.lang, found)) is not None
              and not any(found.end() < at <= found.end() + 2 for at in named_at)]
    if not trades:
        return label
    # a company whose industry the catalogue knows is called by its own trade or by another's
    known = industry_known_fit(label, frozenset().union(*(
        descriptor_industries(document.lang, found.group(0)) for found in descriptors)))
    if known is not None:
        return label if known else None
    introduced = _introduced_trades(document)
    fitting = {name for name, called in introduced.items()
               if any(_same_trade(trade, other) for trade in trades for other in called)}
    if fitting:
        return label if label in fitting else next(iter(fitting)) if len(fitting) == 1 else None
    if label in introduced:
        return None
    if any(m.label == label and not m.rule.startswith("reference/")
           for m in document.sentences[max(0, sentence.index - 1)].mentions) \
            or salient(document, ISSUER_TYPES, exclude=institutions) == label \
            and any(m.label == label for m in document.sentences[0].mentions):
        return label
    return None


def _introduced_trades(document: Document) -> dict[str, set[str]]:
    """The trades the article introduces each company by ("der Sportartikelhersteller Puma",
    "Puma, der Sportartikelhersteller"), by listed label. They are the same for every rating
    of the article and take a scan of all its mentions, so they are found once an article, on
    the first rating whose object is a trade, and kept in ``document.introduced_trades``."""
    if document.introduced_trades is not None:
        return document.introduced_trades
    _, before, after = _descriptors(document.lang)
    introduced: dict[str, set[str]] = {}
    for other in document.sentences:
        for m in other.mentions:
            if m.type not in COMPANY or m.rule.startswith("reference/"):
                continue
            start, end = other.local(m.start), other.local(m.end)
            for found in (before.search(other.text[max(0, start - 60):start]),
                          after.match(other.text[end:])):
                trade = _trade(document.lang, found) if found is not None else None
                if trade is not None:
                    introduced.setdefault(document.listed(m.label), set()).add(trade)
    document.introduced_trades = introduced
    return introduced


def _owns_role(pats: _Patterns, sentence: Sentence, mention: Mention) -> bool:
    """Is the company named as the owner of a role ("des Apple-Zulieferers", "an
    Apple supplier", "Apple's biggest supplier Foxconn")? Then the role holder,
    named or not, is what is rated. Words between only after a genitive: "moved
    Intel to peer perform" names no role."""
    if pats.owned_role is None or pats.owned_role_genitive is None:
        return False
    at = sentence.local(mention.end)
    possessive = _POSSESSIVE.match(sentence.text, at)
    if possessive is not None:
        return pats.owned_role_genitive.match(sentence.text, possessive.end()) is not None
    if genitive(mention):
        return pats.owned_role_genitive.match(sentence.text, at) is not None
    return pats.owned_role.match(sentence.text, at) is not None


# A possessive ending the gazetteer left after a name ("Apple" + "'s").
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")


def _apposed_possessor(sentence: Sentence, mention: Mention, companies: list[Mention]) -> bool:
    """Does ``mention`` own the noun of an apposition that opens right after
    another company ("Hon Hai, Apple's main assembler, …")? A possessor
    there describes the company before it."""
    return genitive(mention) and any(other.end <= mention.start and re.fullmatch(
        r",\s*", sentence.text[sentence.local(other.end):sentence.local(mention.start)])
        for other in companies if other is not mention)


def _rated_elsewhere(pats: _Patterns, sentence: Sentence, company: Mention, term_start: int,
                     term_end: int) -> bool:
    """Does the one company of the sentence stand in another clause than the
    rating, as the name a rating of its own is given on ("Wedbush kept its
    outperform rating, while Morgan Stanley has an equal-weight rating on
    Tesla")? Then that other rating is the company's, and which company the
    first one rates the sentence does not say."""
    first, last = min(company.start, term_start), max(company.end, term_end)
    if pats.rated_after is None or same_clause(sentence, first, last):
        return False
    # the other rating bound to the company by the words of a rated name, "an equal-weight
    # rating on Tesla" (not a target "on Nike" before "its buy rating")
    return any(sentence.start + other.start() != term_start and sentence.start + other.end() <= company.start
               and pats.rated_after.match(sentence.text[other.end():sentence.local(company.start)])
               and same_clause(sentence, sentence.start + other.start(), company.end)
               for other in pats.term.finditer(sentence.text))


def _shared_with_rating_before(document: Document, sentence: Sentence, company: Mention,
                               term_start: int, institutions: frozenset[str]) -> bool:
    """Is the company rated in a clause before the rating's, which names none, and the one the
    article is about ("JPMorgan reiterated its neutral rating on Corlane, while BMO raised its
    target, keeping an outperform rating")? The later house's rating is then of it too: the
    article's company is what a rating naming none would be of, and the clause before names no
    other; a short form of the article's company's name ("Corlane" of "Corlane Insurance
    Holdings") is that company. Not where the other rating comes after ("X kept its outperform
    rating, while Y has an equal-weight rating on Tesla"), nor where the company is not the
    article's."""
    main = salient(document, ISSUER_TYPES, exclude=institutions)
    return main is not None and all(m.end <= term_start for m in sentence.mentions
                                    if m.label == company.label) \
        and main in (company.label, short_owner(document, [company.label]))


def _other_rated(pats: _Patterns, sentence: Sentence, term_start: int, term_end: int) -> bool:
    """Is an unnamed other company what is rated: the object of the verb of
    rating, or bound to the rating by its word, before it ("stufte den
    Konkurrenten auf 'Hold' ab") or after it in its clause ("bleibt bei
    'Hold' für die Aktie des US-Rivalen", "kept its hold rating on its U.S.
    rival")? Not one past a comma after the rating, which opens a phrase of its own ("bekräftigte
    ihr 'Buy' mit einem Ziel von 38 Euro, für den Konkurrenten nennt sie ein Ziel von 96 Euro")."""
    if pats.other_object is None:
        return False
    if pats.other_object.search(sentence.text, 0, sentence.local(term_start)):
        return True
    found = pats.other_object.search(sentence.text, sentence.local(term_end))
    return found is not None and same_clause(sentence, term_end, sentence.start + found.start()) \
        and "," not in sentence.text[sentence.local(term_end):found.start()]


def _own_phrase_before(lang: str, sentence: Sentence, named: list[Mention], term_start: int) -> bool:
    """Does the last of several names stand right before the rating's "auf"
    or "to" ("die Allianz auf 'Reduce'", "cut Allianz to reduce"), in a phrase
    of its own after the name before it ("Ziel für Munich Re angehoben und
    …"), not in a list with it ("Munich Re und die Allianz auf")?"""
    pats = _patterns(lang)
    if pats.joined is None:
        return False
    last, before = named[-1], named[-2]
    tail = sentence.text[sentence.local(last.end):sentence.local(term_start)]
    gap = sentence.text[sentence.local(before.end):sentence.local(last.start)]
    return bool(pats.to.fullmatch(tail)) \
        and not pats.list_join.match(gap) and pats.joined.search(gap) is not None


def _rated_next(pats: _Patterns, sentence: Sentence, company: Mention, term_end: int) -> bool:
    """Is the company named after the rating, past a comma, with a rating of
    its own after it in its clause ("haben die Aktie auf 'Reduce' gesenkt,
    Munich Re bleibt 'Hold'"), or with a house named after it in its clause, which
    gives the clause its own view ("bekräftigte ihr 'Buy', für den Konkurrenten LEG nennt
    UBS ein Ziel von 96 Euro")? Then that later clause is its, not this rating."""
    if company.start < term_end or "," not in sentence.text[sentence.local(term_end):
                                                             sentence.local(company.start)]:
        return False
    if any(m.type in INSTITUTION and m.start >= company.end and same_clause(sentence, company.end, m.start)
           for m in sentence.mentions):
        return True
    # a common word counts there too ("…, Munich Re stays at hold")
    later = [found for pattern in (pats.term, pats.plain_word) if pattern is not None
             for found in [pattern.search(sentence.text, sentence.local(company.end))] if found is not None]
    return any(same_clause(sentence, company.end, sentence.start + found.start()) for found in later)


def _joined_after(lang: str, sentence: Sentence, company: Mention, term_end: int) -> bool:
    """Is the company named after the rating, past a word that opens a phrase
    of its own, and not after a word that binds a rating or target to it
    ("bleibt bei 'Buy' und sieht in BYD keine Gefahr", "…, nachdem Hugo Boss
    …", "…, saying Hugo Boss …", "…; Joule mit Mistral-Modellen …"; not "bestätigt 'Buy'
    und hebt das Ziel für BYD")? Where every mention of a company is
    so, the rating rates another one, as if the sentence named none."""
    pats = _patterns(lang)
    if company.start < term_end or pats.joined is None or pats.marked_name is None or any(
            m.type in INSTITUTION and term_end <= m.start and m.end <= company.start
            for m in sentence.mentions):
        return False  # "Mit 'Buy' und einem Ziel von 50 Euro bewertet Jefferies BYD": the rater between
    # a list is read from its first name: "an overweight rating on both Apple and Microsoft"
    head = _list_ending_with(lang, sentence, [m for m in sentence.mentions if m.type in COMPANY
                                              and term_end <= m.start and m.end <= company.start]
                             + [company])[0]
    gap = sentence.text[sentence.local(term_end):sentence.local(head.start)]
    # a semicolon opens a main clause of its own ("bestätigte 'Overweight'; Joule mit
    # Mistral-Modellen könne …": the models' maker is not rated)
    return (pats.joined.search(gap) is not None or ";" in gap) and pats.marked_name.search(gap) is None


def _rating_verb_after(pats: _Patterns, sentence: Sentence, subject: Mention, term_start: int) -> bool:
    """Is the subject's clause a passive of rating: a verb of rating right
    after the passive word ("AMD was cut to neutral", "TSMC was also
    upgraded"), or closing the clause after the rating ("Puma wurde von der
    UBS auf 'Sell' abgestuft")? Not a copula ("Nvidia is Hold" after "X's
    Quant Rating on"), nor a verb of another clause ("BASF was cheap but
    kept a neutral rating on Bayer")."""
    if pats.passive_verb is None:
        return False
    text = sentence.text
    if pats.passive_verb.search(text, sentence.local(subject.end), sentence.local(term_start)):
        return True
    verb = pats.verbs.search(text, sentence.local(term_start))
    return verb is not None and same_clause(sentence, term_start, sentence.start + verb.start())


def _passage_shares(document: Document, sentence: Sentence, institutions: frozenset[str]) -> str | None:
    """The company whose shares the passage is about, for a rating whose
    sentence names none; but not a peer's shares named in a sentence before
    ("Daeil competes with LS Electric … Shares of LS Electric gained 5.1%.
    Samsung Securities … reiterated a buy rating"): where the passage has
    named the peer beside the company the article is about, and the headline
    names that company and not the peer, that company is rated. A passage on
    another company alone ("Siemens-Aktien gaben nach. Die UBS bestätigte
    ihre Einstufung") keeps its own."""
    share = document.share_subject(sentence)
    if share in institutions:
        return None  # "Metzler stufte die Aktie des Versicherers hoch": the rater's are not the shares
    if share is None or document.share_subject(sentence, window=0) == share:
        return share
    # where no company clearly wins the article, the one opening its headline and leading the
    # ranking ("RWE bestellt Turbinen bei Vestas") is what the article is about
    subject = salient(document, ISSUER_TYPES, exclude=institutions) or headline_opener(document, institutions)
    if subject is None or subject == share or not document.sentences:
        return share
    if _headline_before(document, subject, share) and (
            passing_rival(document, share) or _priced_apart(document, sentence, share)
            or _shares_listed(document, sentence, share)):
        # "… its rival Eli Lilly. Lilly shares rose 2%. Jefferies kept a hold rating": the
        # shares of a rival named in passing are not what the article's analysts rate; nor
        # are shares priced in another currency than the rating's target, nor peers' shares
        # listed together
        return subject
    window = document.sentences[max(1, sentence.index - _RATED_WINDOW - 1):sentence.index]
    beside = any({subject, share} <= {m.label for m in here.mentions} for here in window) \
        or _own_shares_first(document, _paragraph_back(document, sentence), subject, share)
    return subject if beside and _headline_before(document, subject, share) else share


def _headline_before(document: Document, subject: str, share: str) -> bool:
    """Does the headline name ``subject`` and not ``share``, or name ``subject`` first ("RWE
    bestellt Turbinen bei Vestas")? The headline's first company is what the article is about;
    one named after it there is its customer, supplier or peer."""
    named = [m.label for m in document.sentences[0].mentions] if document.sentences else []
    return subject in named and (share not in named or named.index(subject) < named.index(share))


_PARAGRAPH_BACK = 5  # how many sentences back a passage's paragraph may have opened


def _paragraph_back(document: Document, sentence: Sentence) -> list[Sentence]:
    """The sentences before ``sentence`` back to the opening of the paragraph the rated
    window starts in (at most ``_PARAGRAPH_BACK``, never the headline): a market paragraph
    that told the article company's shares first ("Rheinmetall-Aktien stiegen … Seit
    Jahresbeginn hat sich der Wert verdoppelt. TKMS-Titel gaben nach.") tells a peer's
    shares after them in passing, however many sentences it spent on its own first."""
    start = max(1, sentence.index - _RATED_WINDOW - 1)
    opened = max((i for i in document.paragraph_starts if i <= start), default=start)
    return document.sentences[max(1, opened, sentence.index - _PARAGRAPH_BACK):sentence.index]


def _shares_listed(document: Document, sentence: Sentence, share: str) -> bool:
    """Were the passage's shares named in a list with another company's ("Die Titel von
    Mercedes-Benz und BMW zogen im Sog an")? Peers' shares told together move beside the
    article's company; they are not one company the next analyst, naming none, rates."""
    for _back, here in document.looking_back(sentence, 3, first=1):
        shares = [m for m in here.mentions if m.label == share and is_share_subject(document.lang, here, m)]
        if shares:
            return any(list_goes_on(here, m, document.lang) for m in shares)
    return False


def _currencies(lang: str, text: str) -> set[str]:
    """The currencies the amounts of a text are in."""
    return {q.unit for q in find_quantities(text, lang) if q.unit not in (None, *UNITS_NON_CURRENCY)}


def _priced_apart(document: Document, sentence: Sentence, share: str) -> bool:
    """Were the passage's shares priced only in currencies other than those of the amounts
    of the rating's sentence ("die Tesla-Aktie notierte … bei 412,30 US-Dollar. … Goldman
    Sachs erhöhte das Kursziel auf 68 Hongkong-Dollar")? A target in one currency is not on
    shares the passage quoted in another, so those are not the shares rated. False where
    either sentence names no currency."""
    wanted = _currencies(document.lang, sentence.text)
    if not wanted:
        return False
    for _back, here in document.looking_back(sentence, 3, first=1):
        if any(m.label == share and is_share_subject(document.lang, here, m) for m in here.mentions):
            priced = _currencies(document.lang, here.text)
            return bool(priced) and not priced & wanted
    return False


def headline_opener(document: Document, institutions: frozenset[str]) -> str | None:
    """Where no company clearly wins the article, the one that opens its headline as the
    subject and leads the ranking ("Jungheinrich holt Kion-Managerin an die Spitze"): a
    house's verdict on the news, naming no company, is on that one. None where a list
    opens the headline ("A und B fusionieren") or the opener is not the most salient."""
    if not document.sentences:
        return None
    headline = document.sentences[0]
    first = min(headline.mentions, key=lambda m: m.start, default=None)
    if first is None or first.type not in COMPANY or first.label in institutions \
            or headline.text[:headline.local(first.start)].strip() \
            or _list_after(document.lang).match(headline.text, headline.local(first.end)):
        return None
    ranked = ranking(document, document.salience, ISSUER_TYPES, institutions)
    return first.label if ranked and ranked[0][1] == first.label and ranked[0][0] >= MINIMUM else None


@lru_cache(maxsize=4)
def _list_after(lang: str) -> re.Pattern[str]:
    """A comma or a joining word right after a name: a list goes on."""
    return re.compile(rf"\s*(?:,|(?:{lexicon(lang)['ratings']['list_join']})\s)")


_NAMED_BACK = 4  # how many sentences back the company a passage goes on about may be named


def last_named(document: Document, sentence: Sentence, institutions: frozenset[str]) -> str | None:
    """Where the article leads with no company at all (a market report), the one
    company the nearest sentence before that names any names ("Gesucht waren Geberit.
    Der Umsatz stieg … Der Reingewinn lag … Vontobel bestätigte 'Hold'"): the passage
    since goes on about it. None where that sentence names several, or none names one
    within ``_NAMED_BACK`` sentences; and where a sentence between opens with no
    determiner ("Auch X (-1,9 Prozent) gaben nach"): it may speak of a company the
    extractor does not know, which the rating after it then rates."""
    if salient(document, ISSUER_TYPES) is not None:
        return None  # the article leads with a company, were it the rating house itself
    opens = _determiner_opens(document.lang)
    for index in range(sentence.index - 1, max(0, sentence.index - 1 - _NAMED_BACK), -1):
        here = document.sentences[index]
        companies = [m for m in here.mentions
                     if m.type in COMPANY and m.label not in institutions and not cited(document.lang, here, m)]
        # a company named as a rival beside another ("X wuchs schneller als die Konkurrenten Y
        # und Z") is the foil of the one the passage goes on about, not a second company it
        # speaks of; a rival named alone ("beim Lokalrivalen Y:") is what it turns to
        named = {m.label for m in companies if not named_as_rivals(document.lang, here, m)} \
            or {m.label for m in companies}
        if named:
            return next(iter(named)) if len(named) == 1 else None
        if not here.mentions and not opens.match(here.text):
            return None
    return None


@lru_cache(maxsize=4)
def _determiner_opens(lang: str) -> re.Pattern[str]:
    """A sentence opened by a determiner ("Der Reingewinn lag …", "Its margin …")."""
    words = lexicon(lang)["references"]["determiners"]
    return re.compile(rf"\s*(?i:{alternation(words)})\s")


def _own_shares_first(document: Document, window: list[Sentence], subject: str, peer: str) -> bool:
    """Does the passage speak of the article company's shares, named as its own
    ("Die Acme-Aktie gewann 2,7 Prozent") or with no owner named ("An der
    Hongkonger Börse stieg die Aktie um 4,6 Prozent"), before it first names
    the peer's ("Die Papiere von JD.com verloren dagegen")? Then the peer's
    stand beside the article company's, and a rating the passage then tells
    without naming a company is the article company's."""
    for here in window:
        if any(m.label == peer for m in here.mentions):
            return False
        if document.share_subject(here, window=0) == subject:
            return True
        if not any(m.type in ISSUER_TYPES for m in here.mentions) \
                and _patterns(document.lang).share_noun.search(here.text):
            return True
    return False


def _passive_subjects(pats: _Patterns, lang: str, sentence: Sentence, term_start: int) -> list[str]:
    """"Tesco and Sainsbury's were both upgraded to buy at Jefferies",
    "Siemens und SAP wurden von der UBS hochgestuft": the names listed right
    before the passive word of the rating's clause are each rated, when no
    company stands between that word and the rating; where the passive word
    closes the clause ("…, nachdem Siemens von der UBS auf 'Buy' hochgestuft
    worden war"), the names right before the agent's word."""
    if pats.passive is None:
        return []
    text = sentence.text
    spans = [found.span() for found in pats.passive.finditer(text, 0, sentence.local(term_start))
             if same_clause(sentence, sentence.start + found.start(), term_start)]
    # of several passive words in the clause, the last one a name stands right before ("Siemens was
    # upgraded to buy by UBS while SAP was cut to hold by Citi": SAP for hold), else the first
    span = next((found for found in reversed(spans[1:]) if any(
        m.end <= sentence.start + found[0] and not text[sentence.local(m.end):found[0]].strip()
        for m in sentence.mentions)), spans[0] if spans else None)
    if span is None:
        agent = next((m for m in sentence.mentions if m.type in INSTITUTION and m.end <= term_start
                      and _agent_word(pats, text, sentence.local(m.start)) is not None
                      and same_clause(sentence, m.start, term_start)), None)
        until = _final_passive(pats, sentence, agent, term_start) if agent is not None else None
        span = (sentence.local(until), sentence.local(agent.end)) if agent is not None and until is not None \
            else None
    if span is None:
        return []
    before = [m for m in sentence.mentions if m.end <= sentence.start + span[0]]
    if not before or text[sentence.local(before[-1].end):span[0]].strip() or any(
            m.type in COMPANY and sentence.start + span[1] <= m.start < term_start
            for m in sentence.mentions):
        return []  # "Tesco and Ocado were higher after Jefferies upgraded Sainsbury's": its own
    if pats.singular_passive is not None and pats.singular_passive.fullmatch(text, *span):
        return [before[-1].label]  # "… on Generali, and Zurich was cut to neutral": Zurich alone
    return list(dict.fromkeys(m.label for m in _list_ending_with(lang, sentence, before)))


def _relative_antecedent(pats: _Patterns, sentence: Sentence, institutions: frozenset[str],
                         term_start: int) -> str | None:
    """"Lloyds, which JPMorgan rates overweight", "Peer NatWest, which Citi
    cut to neutral from buy": a rating in a relative clause whose subject is
    the rater, with a verb of rating between them, rates the name the clause
    follows — a bank as well as a company, and over any other company the
    sentence names."""
    if pats.rated_relative is None:
        return None
    text = sentence.text
    raters = [m for m in sentence.mentions if m.label in institutions and m.end <= term_start]
    if not raters or not same_clause(sentence, raters[-1].end, term_start) \
            or not pats.verbs.search(text, sentence.local(raters[-1].end), sentence.local(term_start)):
        return None
    before = [m for m in sentence.mentions if m.end <= raters[-1].start]
    if not before or before[-1].type not in ISSUER_TYPES | COMPANY or before[-1].label in institutions:
        return None
    gap = text[sentence.local(before[-1].end):sentence.local(raters[-1].start)]
    return before[-1].label if pats.rated_relative.match(gap) else None


# The end of a line that opens a list ("Analyst actions on Acme:"), and of a line that is prose.
_LEAD_END = re.compile(r":\s*$")
_PROSE_END = re.compile(r"[.!?][\s\"“”'’»)]*$")
_LIST_ROWS = 40


def _list_lead(document: Document, sentence: Sentence, institutions: frozenset[str]) -> str | None:
    """The one company named in the line that opens the list the sentence is
    a row of ("Recent analyst actions on Acme (NYSE:ACM):", then "Needham |
    Maintains | Buy | $230"): a row that names no company rates the one its
    list is about, not the article's subject. The row and the lines between
    it and the lead must be rows too (no prose stop, no company of their
    own), else there is no list and None."""
    for k in range(sentence.index, max(-1, sentence.index - _LIST_ROWS), -1):
        line = document.sentences[k]
        if k < sentence.index and _LEAD_END.search(line.text):
            companies = {m.label for m in line.mentions
                         if m.type in COMPANY and m.label not in institutions}
            return next(iter(companies)) if len(companies) == 1 else None
        if _PROSE_END.search(line.text) or _LEAD_END.search(line.text) \
                or any(m.type in COMPANY for m in line.mentions):
            return None
    return None


def _named_beside(document: Document, house: Mention | None, institutions: frozenset[str]
                  ) -> str | None:
    """The one company named in the sentence where ``house`` stands, when
    that is an earlier sentence: what a rating there that names no company
    continues ("Goldman Sachs hob das Kursziel für SAP an. Die Einstufung
    lautet 'Buy'"). None for none, "" for several."""
    at = document.sentence_at(house.start) if house is not None else None
    if at is None:
        return None
    companies = {m.label for m in at.mentions if m.type in COMPANY and m.label not in institutions}
    if len(companies) > 1:
        return ""
    return next(iter(companies)) if companies else None


def _topic_line(document: Document, sentence: Sentence, institutions: frozenset[str]) -> str | None:
    """The company a short line right before turns the passage to ("Anders das Urteil über
    E.On.", "Different story at Acme."): the rating after it that names no company is of that
    one, not of the article's own company. Only a line of a few words in the same paragraph that
    opens with the language's turn and names one organisation, a company that is no house;
    None else."""
    turn = lexicon_pattern(document.lang, "ratings", "topic_turn")
    if turn is None or sentence.index == 0 or sentence.index in document.paragraph_starts:
        return None
    before = document.sentences[sentence.index - 1]
    if len(before.text.split()) > _TOPIC_WORDS or not turn.match(before.text):
        return None
    named = {m.label: m for m in before.mentions if m.type in ORGANIZATION_TYPES}
    only = next(iter(named.values())) if len(named) == 1 else None
    return only.label if only is not None and only.type in COMPANY and only.label not in institutions else None


# At most so many words make a line that only turns the passage to a company.
_TOPIC_WORDS = 8
# Between an instrument and the name of its owner: a word or two ("Anleihen von Acme").
_OWNER_GAP = re.compile(r"^\s+(?:\w+\s+){0,2}$")
# From a name to a name in commas after it: the opening comma at once or after a few words
# ("ETF, in dem ", "fund, whose largest holding is ").
_INSERTED = re.compile(r"^[^,]{0,30},[^,]*$")
# Between an index and the rating of it: a few words, no hyphen joining a noun to the index.
_INDEX_GAP = re.compile(rf"^\s+(?:[^\s\-{_QUOTES}]+\s+){{0,3}}[{_QUOTES}]?$")


def _no_share_rated(lang: str, sentence: Sentence, term_start: int) -> bool:
    """Does the rating's clause, before the rating, name what is no
    company's share: a debt instrument ("upgraded Acme's bonds to
    overweight", "Die Anleihen von Acme stuft die UBS mit 'Buy' ein"), or
    an index a few words before the rating ("JPMorgan stuft den Dax mit
    'Neutral' ein")? Then no company is rated, and the
    article's subject does not take the rating."""
    pats = _patterns(lang)
    before = [m for m in sentence.mentions if m.end <= term_start]
    for found in pats.instrument.finditer(sentence.text, 0, sentence.local(term_start)) \
            if pats.instrument is not None else ():
        # a company between the instrument and the rating is rated instead ("citing bond yields,
        # upgraded Acme"), unless it owns the instrument, a word or two after it ("Anleihen von Acme"),
        # or stands in commas right after it ("Der Fonds, in dem Acme die größte Position ist, …");
        # an instrument in commas after a company is no subject ("stuft Acme, deren Aktie im Fonds
        # X liegt, mit 'Buy' ein")
        at = sentence.start + found.end()
        if same_clause(sentence, sentence.start + found.start(), term_start) and not any(
                o.type in COMPANY and o.end <= sentence.start + found.start()
                and _INSERTED.match(sentence.text[sentence.local(o.end):found.start()])
                and "," in sentence.text[found.end():sentence.local(term_start)]
                for o in before) and not any(
                o.type in COMPANY and o.start >= at
                and not _OWNER_GAP.match(sentence.text[found.end():sentence.local(o.start)])
                and not (_INSERTED.match(sentence.text[found.end():sentence.local(o.start)])
                         and "," in sentence.text[sentence.local(o.end):sentence.local(term_start)])
                for o in before):
            return True
    # a fund named after its manager, a company or a bank ("Der DWS Top Dividende erhält von
    # Morningstar …"): the fund is rated; a company named between it and the rating takes it
    if pats.fund_name is not None and any(
            o.type in COMPANY | INSTITUTION and pats.fund_name.match(sentence.text, sentence.local(o.end))
            and same_clause(sentence, o.start, term_start)
            and not any(p.type in COMPANY and p.start >= o.end for p in before)
            for o in before):
        return True
    # the index itself a few words before the rating, not a compound naming its member
    # ("den Dow-Jones-Titel … auf 'Buy'")
    return any(m.type == "MarketIndex" and _INDEX_GAP.match(sentence.text[sentence.local(m.end):
                                                                          sentence.local(term_start)])
               and not any(o.type in COMPANY and o.start >= m.end for o in before)
               for m in before)


def _names_unknown_rated(document: Document, sentence: Sentence, term_end: int) -> bool:
    """Does a name the extractor does not know stand right after the verb of
    rating ("cut Target to underperform", "upgraded Acme Robotics to buy",
    "who rate Puma sell"), or after the rating and the word that binds it to
    a name ("its buy rating on Puma")? Then that company is rated, and no other one may
    take its rating. ``term_end``: where the rating ends, the last place the
    words may reach. A ticker of a company the article names ("an overweight
    rating on the CRM stock") is that company, known."""
    pats = _patterns(document.lang)
    if pats.capitalised_rated is None:
        return False
    after = _unknown_after(document.lang)
    named_after = after.match(sentence.text, sentence.local(term_end)) if after is not None else None
    return named_after is not None and names_unknown(sentence, named_after, pats.not_names) \
        and not _names_ticker(document, named_after.group("owner")) \
        or any(names_unknown(sentence, match, pats.not_names) for match in
               pats.capitalised_rated.finditer(sentence.text, 0, sentence.local(term_end)))


def _unknown_passive_subject(document: Document, sentence: Sentence, term_start: int) -> bool:
    """Is the subject of the rating's passive clause a name the extractor does
    not know ("Jefferies upgraded Nike to buy, while Puma was cut to sell by
    Citi")? Then that company is rated, and neither a company named in an
    earlier clause nor the article's own takes its rating; a known name
    between it and the rating is the one rated."""
    pats = _patterns(document.lang)
    if pats.capitalised_passive is None:
        return False
    for match in pats.capitalised_passive.finditer(sentence.text, 0, sentence.local(term_start)):
        at, end = sentence.start + match.start(), sentence.start + match.end()
        if same_clause(sentence, at, term_start) and names_unknown(sentence, match, pats.not_names) \
                and not any(m.type in COMPANY and end <= m.start < term_start for m in sentence.mentions):
            return True
    return False


def _names_ticker(document: Document, name: str) -> bool:
    """Is ``name`` a ticker of a company the article names?"""
    for sentence in document.sentences:
        for m in sentence.mentions:
            entry = document.catalogue.get(m.label)
            if entry is not None and name in entry.tickers:
                return True
    return False


@lru_cache(maxsize=4)
def _unknown_after(lang: str) -> re.Pattern[str] | None:
    """From the end of a rating to a capitalised name it is bound to ("a buy rating on Acme
    Robotics", group ``owner``), where only names are capitalised; None elsewhere."""
    words = lexicon(lang)["ratings"]
    if not words.get("rated_name_after") or not words.get("rated_marker"):
        return None
    # "on the Swiss lender": a country's adjective opens a description, no name
    countries = lexicon(lang)["references"].get("country_words") or {}
    country = alternation(countries) or "(?!)"
    return re.compile(rf"[{_QUOTES}]?(?:-\w+)?(?:\s+[\w\-]+){{0,2}}?\s+(?:{words['rated_marker']})\s+"
                      rf"(?:(?:{words['list_article']})\s+)?(?:{words.get('rated_describer', '')})"
                      rf"(?!(?:{country})(?![\w.]))(?P<owner>{_WORD}(?:\s+{_WORD}){{0,3}})")


# a capitalised word, inner dots kept ("U.S."), a full stop after it not: "on Tuesday."
_WORD = r"[A-Z][\w&'’\-]*(?:\.(?=\w)[\w&'’\-]*)*"


def _sector_rated(lang: str, sentence: Sentence, institutions: frozenset[str],
                  term_start: int, since: int) -> bool:
    """Does the rating's clause, between the rater (or the rating before it
    in the sentence, ``since``) and the rating, name a sector or a market
    ("JPMorgan hat den Autosektor auf 'Overweight' hochgestuft", "upgraded
    Chinese equities to overweight")? Then it rates no company, and the
    article's subject is not the rated one. A sector rated before is that
    rating's ("which raised the chip sector to overweight, kept a buy rating
    on AMD")."""
    pats = _patterns(lang)
    if pats.sector is None:
        return False
    raters = [m for m in sentence.mentions if m.label in institutions and m.end <= term_start]
    begin = max(raters[-1].end if raters else sentence.start, since)
    return any(same_clause(sentence, begin + found.start(), term_start)
               for found in pats.sector.finditer(sentence.text[sentence.local(begin):
                                                               sentence.local(term_start)]))


def _named_before_term(sentence: Sentence, institutions: frozenset[str], companies: dict[str, Mention],
                       term_start: int) -> bool:
    """Does one of ``companies`` stand between the rater and the rating?"""
    raters = [m for m in sentence.mentions if m.label in institutions and m.end <= term_start]
    begin = raters[-1].end if raters else sentence.start
    return any(m.label in companies and begin <= m.start and m.end <= term_start
               for m in sentence.mentions)


def _sector_after(lang: str, sentence: Sentence, term_end: int) -> bool:
    """Does a sector or market follow the rating as what it is on ("a
    'neutral' rating on European equities", "'Overweight' für Chemiewerte")?"""
    pats = _patterns(lang)
    return pats.sector_after is not None and bool(pats.sector_after.match(sentence.text,
                                                                           sentence.local(term_end)))


def names_sector(lang: str, text: str) -> bool:
    """Does the text name a sector or a market ("die Chemiebranche", "chip
    stocks")? A comment on it that names no company is about no one company."""
    pattern = _patterns(lang).sector
    return pattern is not None and pattern.search(text) is not None


def another_company_before(document: Document, sentence: Sentence, label: str) -> bool:
    """Does the sentence before name a company other than ``label`` (or its
    unit) and not ``label`` itself? Then a sentence that names no company may
    speak of that one, and the article's subject is no safe fallback for
    whom a rating or an analyst's comment is about."""
    if sentence.index == 0:
        return False
    owners = set()
    for mention in document.sentences[sentence.index - 1].mentions:
        if mention.type in COMPANY:
            owner = document.catalogue.parent_of(mention.label) if mention.type == "BusinessUnit" \
                else None
            owners.add(document.listed(owner or mention.label))
    return bool(owners) and document.listed(label) not in owners


def _rated_list(lang: str, sentence: Sentence, institutions: frozenset[str], term_start: int,
                term_end: int, since: int) -> list[str]:
    """Of several companies, those the rating is bound to by position: a
    list of them alone between the rater (or the rating before, ``since``)
    and the rating in its clause ("Die UBS hat Siemens und Infineon mit
    'Buy' eingestuft"), or fronted before the rater ("Für Apple und Microsoft
    bleibt Goldman bei 'Buy'"), or the company or list right after the rating and a
    rated marker ("an outperform rating on both Microsoft and Apple",
    "'Overweight' für Allianz"). Empty when neither holds."""
    pats = _patterns(lang)
    companies = [m for m in sentence.mentions if m.type in COMPANY and m.label not in institutions]
    raters = [m for m in sentence.mentions if m.label in institutions and m.end <= term_start]
    if raters:
        begin = max(raters[-1].end, since)
        between = [m for m in companies if begin <= m.start and m.end <= term_start
                   and same_clause(sentence, begin, term_start)]
        if len(between) > 1 and _list_ending_with(lang, sentence, between) == between:
            return list(dict.fromkeys(m.label for m in between))
        # "Für Apple und Microsoft bleibt Goldman bei 'Buy'": a list fronted before the rater
        fronted = [m for m in companies if m.end <= raters[-1].start]
        if not between and since <= sentence.start and len(fronted) > 1 \
                and _list_ending_with(lang, sentence, fronted) == fronted \
                and _fronted(lang, sentence, fronted[0], raters[-1]) \
                and "," not in sentence.text[sentence.local(fronted[-1].end):sentence.local(raters[-1].start)] \
                and same_clause(sentence, fronted[0].start, term_start):
            return list(dict.fromkeys(m.label for m in fronted))
    after = [m for m in companies if m.start >= term_end]
    if not after or pats.rated_after is None or not same_clause(sentence, term_end, after[0].start) \
            or not pats.rated_after.match(sentence.text[sentence.local(term_end):
                                                         sentence.local(after[0].start)]):
        return []
    run = [after[0]]
    for mention in after[1:]:
        gap = sentence.text[sentence.local(run[-1].end):sentence.local(mention.start)]
        if not pats.list_join.match(gap):
            if _APPOSED.match(gap) and _PHRASE_END.match(sentence.text[sentence.local(mention.end):]):
                return []  # "on Apple supplier TSMC.": the one rated is not clear
            break
        run.append(mention)
    return list(dict.fromkeys(m.label for m in run))


# One lower-case word between two names, the second ending the phrase: one describes the
# other ("Apple supplier TSMC.", "Apple's supplier TSMC,").
_APPOSED = re.compile(r"^(?:['’]s)?\s+[^\W\d_A-Z][\w\-]*\s+$")
_PHRASE_END = re.compile(r"^\s*(?:$|[.,;:)])")


def _rated_between(lang: str, sentence: Sentence, institutions: frozenset[str], term_start: int,
                   since: int) -> str | None:
    """"Jefferies stuft Siemens Energy auf Buy, für Siemens …": of several
    companies, the one alone between the rater (or the rating before it in
    the sentence, ``since``) and the rating in one clause; else, for the
    sentence's first rating, the one fronted before the rater ("Für Apple
    bleibt Goldman bei 'Buy', für Microsoft bei 'Neutral'"); else, after an
    earlier rating in the sentence, the one alone named since then."""
    raters = [m for m in sentence.mentions if m.label in institutions and m.end <= term_start]
    if not raters:
        return None
    begin = max(raters[-1].end, since)
    named = [m for m in sentence.mentions if m.type in COMPANY
             and begin <= m.start and m.end <= term_start and same_clause(sentence, begin, term_start)]
    if named and _APPOSITION.match(sentence.text[sentence.local(named[0].end):sentence.local(term_start)]):
        # "… and Porsche SE, the holding company that controls Volkswagen, at buy": the name
        # before the apposition, not one inside it
        return named[0].label
    between = {m.label for m in named}
    if len(between) > 1 and _own_phrase_before(lang, sentence, named, term_start):
        # "hat das Ziel für Munich Re angehoben und die Allianz auf 'Reduce' gesenkt": the name
        # right before the rating's "auf", in a phrase of its own after the other one's
        return named[-1].label
    if len(between) > 1:
        # "hat Airbus nach Zahlen von Boeing auf 'Buy' belassen", "nach den Boeing-Zahlen": the
        # one name that is no preposition's nor a compound's
        free = {m.label for m in named if not _governed(lang, sentence, m)}
        if len(free) == 1:
            return next(iter(free))
    if not between:
        # "… on Tencent and Alibaba, while cutting Baidu to neutral": the one company of the
        # rating's own clause
        between = {m.label for m in sentence.mentions if m.type in COMPANY
                   and begin <= m.start and m.end <= term_start
                   and same_clause(sentence, m.start, term_start)}
    if not between and since <= sentence.start:
        between = {m.label for m in sentence.mentions if m.type in COMPANY
                   and m.end <= raters[-1].start and _fronted(lang, sentence, m, raters[-1])
                   and "," not in sentence.text[sentence.local(m.end):sentence.local(raters[-1].start)]
                   and same_clause(sentence, m.start, term_start)}
    if not between:
        # "Für Rheinmetall sieht Goldman Risiken, Hensoldt stuft die Bank mit 'Buy' ein": the
        # object fronted right before the verb of rating and its rater, in the rating's clause
        opening = _patterns(lang).object_first
        between = {m.label for m in sentence.mentions if m.type in COMPANY and opening is not None
                   and since <= m.start and m.end <= raters[-1].start
                   and opening.match(sentence.text[sentence.local(m.end):sentence.local(raters[-1].start)])
                   and same_clause(sentence, m.start, term_start)}
    if not between and since > sentence.start:
        # "… after Citi upgraded Intel to buy, while Apple slipped after Jefferies cut it to hold":
        # the one company named since the rating before
        between = {m.label for m in sentence.mentions if m.type in COMPANY
                   and since <= m.start and m.end <= term_start}
    return next(iter(between)) if len(between) == 1 else None


def _governed(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name governed by a preposition ("nach Zahlen von Boeing") or the head of a
    compound of another noun than its shares ("nach den Boeing-Zahlen")? Then it is not
    the object a verb of rating rates, where another name is."""
    pats = _patterns(lang)
    if pats.governed is None:
        return False
    text, at = sentence.text, sentence.local(mention.start)
    if pats.governed.search(text, max(0, at - _AGENT_REACH), at) is not None \
            and not pats.shares_of.search(text, max(0, at - _AGENT_REACH), at):
        return True
    after = text[sentence.local(mention.end):sentence.local(mention.end) + _AGENT_REACH]
    return after.startswith("-") and after[1:2].isalpha() and not pats.shares_after.match(after)


# From a name to the rating after it, an apposition in commas between them and a word before the
# rating ("Porsche SE, the holding company that controls Volkswagen, at buy").
_APPOSITION = re.compile(rf"^{_TICKER},\s+[^,.;:]{{1,60}}?,\s+(?:\w+\s+)?[{_QUOTES}]?$")


# A name opening a line as its topic: the colon right after it ("Deutsche Bank: Goldman …").
_TOPIC_COLON = re.compile(r"\s*:\s")
# What may stand before that name: nothing, or the bullet of a list's line ("- Deutsche Bank: …").
_LINE_BULLET = re.compile(r"(?:[-\u2013\u2022*][ \t]*)?")


def _banks_rated(document: Document, sentence: Sentence, institutions: frozenset[str],
                 term_start: int, term_end: int) -> dict[str, Mention]:
    """Institutions that a rating verb puts between the rater and the
    rating: rated banks; or the one that opens the sentence as its topic
    before a colon, maybe after a list's bullet, the rater after it ("Deutsche Bank: Goldman belässt auf
    'Buy'", "- Barclays: Citi upgrades to buy", the headline form of "Siemens: Goldman belässt auf 'Buy'"); or
    the one right after the rating and its marker, in its clause ("Morgan
    Stanley reiterated its overweight rating on Citigroup"), as a company
    there is."""
    raters = [m for m in sentence.mentions if m.label in institutions]
    if not raters:
        return {}
    pats = _patterns(document.lang)
    after = next((m for m in sentence.mentions if m.start >= term_end), None)
    if after is not None and after.type in INSTITUTION and after.label not in institutions \
            and raters[0].end <= term_start and pats.rated_after is not None \
            and same_clause(sentence, term_end, after.start) \
            and pats.rated_after.match(sentence.text[sentence.local(term_end):sentence.local(after.start)]):
        return {after.label: after}
    first = sentence.mentions[0] if sentence.mentions else None
    if first is not None and first.type in INSTITUTION and first.label not in institutions \
            and _LINE_BULLET.fullmatch(sentence.text, 0, sentence.local(first.start)) \
            and first.end <= raters[0].start \
            and _TOPIC_COLON.match(sentence.text, sentence.local(first.end)):
        return {first.label: first}
    out = {}
    for mention in sentence.mentions:
        if mention.type in INSTITUTION and mention.label not in institutions \
                and raters[0].end <= mention.start and mention.end <= term_start \
                and _rates_between(document.lang, sentence, raters[0], mention) \
                and closed_relative(document.lang, sentence.text, sentence.local(mention.start),
                                    sentence.local(mention.end), sentence.local(term_start)) is None:
            # (not a bank in a relative clause closed before the rating: "UBS-Analyst X, der
            # früher für Morgan Stanley arbeitete, stuft die Aktie …")
            out[mention.label] = mention
    return out


def _old_bracket(pats: _Patterns, text: str, match: _Term, capitals: bool) -> re.Match[str] | None:
    """"auf 'Kaufen' (bisher 'Halten')", "AUF 'OUTPERFORM' (MARKET-PERFORM)",
    "to buy (from hold)": the old rating in brackets after the new one, when
    the bracket holds a rating and nothing else (not "(Ziel 50 Euro)"). A
    bracket with no leading word counts only right after the rating of a
    line in ``capitals``, as agencies print the old one; in prose it holds the
    rating in another language ("rät zum Halten ('Equal Weight')"). In that
    place a word is a rating whatever its case: a line in capitals reads
    "(MARKET-PERFORM)" in lower case."""
    if pats.old_bracket is None:
        return None
    found = pats.old_bracket.match(text, match.end)
    if found is None or found.group("lead") is None and (found.group("gap") or not capitals):
        return None
    old = found.group("old")
    if old.casefold() != match.text.casefold() and any(
            pattern is not None and (pattern.fullmatch(old) or pattern.fullmatch(old[:1].upper() + old[1:]))
            for pattern in (pats.term, pats.quoted_only, pats.plain)):
        return found
    return None


def _previous_rating(pats: _Patterns, text: str, match: _Term, capitals: bool) -> str | None:
    """The rating an up- or downgrade replaces: "von Hold auf Buy", "from Hold
    to Buy", "to Buy from Hold", "auf 'Buy' (bisher 'Hold')" (Hold), when it is
    a rating term itself; ``capitals``: the line is printed in capitals."""
    bracketed = _old_bracket(pats, text, match, capitals)
    if bracketed is not None:
        return bracketed.group("old")
    before = pats.old_ahead.search(text[:match.start])
    after = pats.old_behind.match(text[match.end:])
    for found in (before, after):
        if found is None:
            continue
        old_text = found.group("old")
        old = pats.term.fullmatch(old_text)
        if old is None and after is found:
            old = pats.term.match(old_text)
        if old is not None and old.group("term") != match.text:
            return old.group("term")
        if old is None and pats.plain is not None:
            # "to underperform from neutral", "from a hold rating to a buy rating": a common
            # word in the place of the old rating is one
            plain = pats.plain.fullmatch(old_text) if before is found else pats.plain.match(old_text)
            if plain is not None and re.match(r"\W|$", old_text[plain.end():]) \
                    and plain.group(0) != match.text:
                return plain.group(0)
    return None


def _consensus(pats: _Patterns, sentence: Sentence, term: _Term,
               institutions: list[Mention]) -> bool:
    """"Im Schnitt lautet das Votum 'Kaufen'", "the average rating is Buy":
    words of a consensus in the term's clause, where the rater is not named
    in the sentence (only a neighbour was found) or not between those words
    and the term ("UBS rates it Buy, above the consensus" stays UBS's). Not
    words a house is quoted with before the term ("nannte die Zahlen „klar über
    dem Konsens“ und bestätigte 'Buy'"), nor words a verb of keeping the rating,
    joined after them, leaves behind ("said sales beat consensus and kept its buy
    rating"): those compare, and the house rates."""
    if pats.consensus is None:
        return False
    text = sentence.text
    at = sentence.start + term.start
    named = [m.start for m in institutions if sentence.start <= m.start < sentence.end]
    for found in pats.consensus.finditer(text):
        begin = sentence.start + found.start()
        if not same_clause(sentence, min(begin, at), max(begin, at)):
            continue
        if found.end() <= term.start and (
                _quoted_before(text, found.start(), found.end(), term.start)
                or pats.consensus_rejoined is not None
                and pats.consensus_rejoined.search(text, found.end(), term.start)):
            continue
        if not named or begin < at and not any(begin < start < at for start in named):
            return True
    return False


def _quoted_before(text: str, start: int, end: int, until: int) -> bool:
    """Does the span stand in a quotation opened in the sentence before it and closed
    before ``until`` ("lobte die „bemerkenswerte Kostendisziplin“ und bestätigte …")? A
    mark right before a rating only opens the rating's own quotes."""
    opened = sum(text.count(mark, 0, start) for mark in SPEECH_MARKS) % 2 == 1
    return opened and any(mark in text[end:until] for mark in SPEECH_MARKS)


def _credit_outlook(pats: _Patterns, sentence: Sentence, term: _Term) -> bool:
    """"Moody's senkt den Ausblick auf Negative", "revised its outlook to
    Negative": a term that is also a rating agency's outlook, in a clause
    that speaks of the outlook or of credit, is no analyst rating."""
    if term.text not in pats.credit_terms or pats.credit_words is None:
        return False
    return any(same_clause(sentence, sentence.start + min(found.start(), term.start),
                           sentence.start + max(found.start(), term.start))
               for found in pats.credit_words.finditer(sentence.text))


def _given_earlier(pats: _Patterns, sentence: Sentence, term: _Term, terms: list[_Term]) -> bool:
    """"hatte die Aktie zuvor mit 'Hold' eingestuft", "had rated the stock
    hold": words of the past a few words before the term, in its clause; or
    right after it ("mit 'Reduce' eingestuft hatte")."""
    if pats.earlier_after is not None:
        after = pats.earlier_after.match(sentence.text, term.end)
        if after is not None and same_clause(sentence, sentence.start + term.end, sentence.start + after.end()):
            return True
    return _in_clause_before(pats.earlier, sentence, term, terms)


def _given_since(pats: _Patterns, sentence: Sentence, term: _Term, terms: list[_Term]) -> bool:
    """"has since moved to Hold", "ist inzwischen auf 'Hold' umgeschwenkt":
    words of a later time a few words before the term, in its clause, mark
    the rating that replaced one found before."""
    return _in_clause_before(pats.newer, sentence, term, terms)


def _in_clause_before(words: re.Pattern[str] | None, sentence: Sentence, term: _Term,
                      terms: list[_Term]) -> bool:
    """Do ``words``, found in the text before the term, open in the term's own clause? The
    time words of a rating given earlier, since or no longer mark the term only there: in a
    clause before, they speak of what that clause says, not of this rating; and another
    term between them and this one is the one they mark ("nach zuvor Halten nun mit
    Kaufen": Halten was given before, Kaufen is given now)."""
    if words is None:
        return False
    found = words.search(sentence.text[:term.start])
    return found is not None and same_clause(sentence, sentence.start + found.start(),
                                             sentence.start + term.start) \
        and not any(found.start() < other.start and other.end <= term.start for other in terms)


def _marked_old(pats: _Patterns, sentence: Sentence, term: _Term, terms: list[_Term]) -> bool:
    """"bisher mit 'Hold' eingestuft", "a hold rating until Tuesday, when it
    upgraded …": words of the past right before the term (or "until" after
    it) mark a rating the house no longer gives; "did not upgrade X to buy",
    "nicht auf 'Buy' angehoben", "bestätigte ihr 'Buy'-Votum nicht": one it does not give; "could upgrade X to
    buy": one it only might give."""
    if _in_clause_before(pats.old_marked, sentence, term, terms):
        return True
    if pats.denied is not None and pats.denied.search(sentence.text, 0, term.start) \
            or pats.denied_after is not None and pats.denied_after.match(sentence.text, term.end):
        return True  # "did not upgrade X to buy", "bestätigte ihr 'Buy'-Votum nicht": no rating given
    if _hedged(pats, sentence.text, term):
        return True  # "could upgrade X to buy": no rating given (yet)
    if pats.old_until is not None:
        found = pats.old_until.match(sentence.text[term.end:])
        if found is not None and same_clause(sentence, sentence.start + term.end,
                                             sentence.start + term.end + found.end()):
            return True
    return False


def _hedged(pats: _Patterns, text: str, term: _Term) -> bool:
    """"could upgrade the stock to buy", "könnte die Aktie auf 'Buy'
    hochstufen": a modal of possibility governs the change of rating, so the
    house says what it might do, not what it rates. Where the language puts
    the verb after the rating, that verb must follow the term, so a modal of
    another verb ("dürfte steigen, JPMorgan bleibt bei 'Buy'") does not count."""
    if pats.hedged is None or pats.hedged.search(text, 0, term.start) is None:
        return False
    return pats.hedged_after is None or pats.hedged_after.match(text, term.end) is not None


def _told_as_history(pats: _Patterns, document: Document, sentence: Sentence, term: _Term,
                     terms: list[_Term]) -> bool:
    """"Back in 2021, X rated the stock buy", "im vergangenen Jahr hatte X …
    eingestuft", "rated it outperform last year": a past time in the term's
    clause, before it or a few words after, tells a rating as history, not
    one the house gives now. A year counts only if it is before the year
    of the article (without a date, any year does not). A time after an
    earlier term of the sentence is that one's ("rated it buy last year,
    before it cut the stock to hold")."""
    text = sentence.text
    if pats.old_time is None or pats.old_time_after is None:
        return False
    earlier = any(t.end <= term.start for t in terms)
    # (not a time inside a relative clause closed before the term: "X, who joined Citi last year,
    # rates it buy")
    found = [match for match in pats.old_time.finditer(text, 0, 0 if earlier else term.start)
             if (same_clause(sentence, sentence.start + match.end(), sentence.start + term.start)
                 or not text[:match.start()].strip())  # a fronted time: "Back in 2021, X rated …"
             and closed_relative(document.lang, text, match.start(), match.end(), term.start) is None]
    after = pats.old_time_after.match(text[term.end:])
    if after is not None and same_clause(sentence, sentence.start + term.end,
                                         sentence.start + term.end + after.end()):
        found.append(after)
    for match in found:
        year = match.groupdict().get("year")
        if year is None:
            return True
        if document.published is not None and int(year) < document.published.year:
            return True
    return False


def _is_old_rating(pats: _Patterns, text: str, match: _Term) -> bool:
    """"von Hold auf Sell", "to Buy from Hold": the old rating, when a new one is named."""
    follows = pats.new_follows.match(text[match.end:])
    if follows is not None and (pats.term.match(follows.group("new"))
                                or pats.quoted_only.match(follows.group("new"))):
        return True
    return bool(pats.old_before.search(text[:match.start]))
