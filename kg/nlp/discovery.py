"""Entities beyond the catalogue: organisations and persons found by pattern.

* organisations by a legal-form or name ending ("Muster Technologies AG",
  "Hillhouse Capital", "Acme Fund Managers"), exchanges by theirs ("Kigali
  Stock Exchange", a place before the ending being part of the name);
* organisations by a descriptive apposition ("das Analysehaus Bernstein",
  "die Investmentbank Jefferies", "the research firm Acme"), also a compound
  company noun ("der Halbleiterhersteller Acme", "the drugmaker Acme");
* companies by a ticker with its exchange in brackets after the name ("Acme
  (NASDAQ: ACME)"), or by an executive's title after it ("Acme-Vorstandschef
  Jane Doe", "Acme's CEO Jane Doe");
* persons by a role ("CEO Jane Doe", "Analyst Jonas Muster", "Jane Doe,
  Managing Director bei …", "der Chef von X, Jane Doe"), as speakers ("sagte
  Jane Doe", "said Jane Doe") or by the age printed after the name ("Jane Doe (59)");
  by their employer ("Jane Doe at Acme", "Acme's Jane Doe", "Jane Doe, who
  runs Acme") when the first word is a given name the catalogue's people
  carry, or, beside a bank, by two capitalised words (analysts' names);
* the employer of an analyst ("an analyst at Acme Research");
* a unit by its short name ("Data Center") in an article that names its
  parent, where the catalogue lists it as "Parent Data Center";
* a unit, subsidiary or start-up by what the text says it is after its name
  and a comma ("Acme Optics, a unit of Muster Group"), a start-up after a deal
  verb with no article ("agreed to buy cloud-security startup Acme"), a
  company after its seat's compound ("Hangzhou-based Acme Biopharma") and a
  catalogued company's short name after its share words ("die Aktien von
  Muster" for "Muster SE"), a new one of two or three words closing the clause
  there ("die Papiere von Acme Medtec.");
* a company a market report names by its trade noun opening the sentence and
  its shares' move after the name ("Housebuilder Acme Homes sank 17.5%"), or
  heading a paragraph before a colon or a spaced dash, its seat and trade
  after it ("Acme Energy - The Denver-based oil and gas producer jumped");
* a new version of a catalogued model family by the version number after
  the family's name ("Gemini 4", "Llama-5") or written onto it as the
  catalogue writes the family's versions ("Qwen3.5"), the family's developer's;
  a company's by its name joined to a lettered version of its listed models
  ("DeepSeek-V4");
* a company's product named as its list neighbour, a catalogued product, is
  ("Apple Music, Amazon Music").

A person found by a role with a full name displaces a catalogued person
matched by surname alone ("Vorgänger Jane Powell" is not Jerome Powell).

A discovered entity is then found again wherever the article repeats its
name (a person also by surname alone) and is treated like a catalogued one:
it gets a type, an IRI from its name, relations and figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.cache import compile_unremembered
from kg.catalogue import Catalogue, CatalogueEntry, load_exchange_codes, per_catalogue
from kg.errors import OntologyError
from kg.nlp.document import MODEL_VERSION, Document, Sentence
from kg.nlp.gazetteer import Mention, alternation, strip_accents, trie_pattern
from kg.nlp.lang import codes, info, lexicon, lexicon_pattern, not_names, quantity_words
from kg.nlp.prefilter import Prefilter, prepares
from kg.nlp.quote_box import box_names
from kg.nlp.trades import descriptor_industries, industry_known_fit
from kg.rdf.iri import entity_slug
from kg.resources import ontology_path
from kg.vocabulary import ORGANIZATION_TYPES, PRODUCT_TYPES

# A capitalised word of a name: "Muster", "McKinsey", "JD.com", "Hang-Seng", "O'Neil".
_WORD = r"(?:[A-ZÄÖÜ][\w'’.&\-]*[\w&]|[A-ZÄÖÜ])"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
# A name before a legal form may join its words with a free-standing ampersand, as firm
# names of two founders do: "Harbor & Pine Inc.", "Procter & Gamble Co."
_FIRM_NAME = rf"{_WORD}(?:\s+(?:&\s+)?{_WORD}){{0,3}}"
# Up to two words of a trade before a company's noun after a seat's compound or a country's
# adjective ("Shanghai-based artificial intelligence startup X", "Chinese AI startup X"): in lower
# case, or an acronym of two or three capitals, which names a trade as a word does ("AI", "EV")
_TRADE_WORDS = r"(?:(?:[a-z][\w\-]*|[A-Z]{2,3})\s+){0,2}"
# A capitalised word of a person's name, no digits; a hyphened given name or surname is one
# word ("Jan-Philipp", "Müller-Lüdenscheid"), never ending in the hyphen. Letters with
# diacritics of the Latin alphabets count ("Chloé", "Øyvind", "Łukasz"), and a short
# capitalised prefix may stand before a capital inside the word ("McAllister", "MacLeod",
# "O'Neil", "DiNapoli"): with two lower-case letters at most before the inner capital, brand
# words with a longer first part ("DeepSeek", "OpenAI") stay no person's name.
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
_NAME_PART = rf"(?:[{_UPPER}](?:[{_LOWER}]{{1,2}}|['’])(?=[{_UPPER}]))?[{_UPPER}][{_LOWER}]+"
_PERSON_WORD = rf"{_NAME_PART}(?:-(?:{_NAME_PART}|[{_LOWER}]+))*"


def _person(particles: str, given_particles: str = "") -> str:
    """A person's name: two or three capitalised words, a name particle
    ("de", "van der") allowed before the last ones: "Pierre de Fraguier", also joined to
    the surname by a hyphen: "Gael de-Bray".
    Particles that are also prepositions of the language ("von" in German:
    "Analyst Jane Doe von Acme") only right after a single given name:
    "Nikolaus von Muster", never after a full name, where the word is the
    employer's preposition."""
    plain = rf"{_PERSON_WORD}(?:\s+(?:(?:{particles})(?:\s+|-))?{_PERSON_WORD}){{1,2}}"
    if not given_particles:
        return plain
    return rf"(?:{_PERSON_WORD}\s+(?:{given_particles})\s+{_PERSON_WORD}(?![\w-])|{plain})"


@dataclass(frozen=True)
class _Patterns:
    lang: str
    legal: re.Pattern[str]
    apposition: re.Pattern[str]
    role_before: re.Pattern[str]
    plural_role: re.Pattern[str]  # "co-presidents Jane Doe and John Roe": both are people
    role_after: re.Pattern[str]
    role_of: re.Pattern[str]  # "Der Chef von Adidas, Jane Doe": the name after the role's organisation
    aged: re.Pattern[str]  # "Jane Doe (59)": a person's age in brackets after the name
    clause: re.Pattern[str]  # "Jane Doe, who heads": a relative clause only a person opens
    speech: re.Pattern[str]
    led_by: re.Pattern[str]
    person_noun: re.Pattern[str]  # "des Unternehmers Jane Doe", "billionaire Jane Doe": no post
    firm_title: re.Pattern[str]  # "Starboard partner Jane Doe": a post after a fund's name
    possessed: re.Pattern[str]  # "Wedbush's Dan Ives said": a person of the organisation before
    appointed: re.Pattern[str]  # "X wird neuer Finanzchef", "X was named CEO"
    speaker_first: re.Pattern[str]  # "Jane Doe said"
    speaker_cue: Prefilter  # whether speaker_first can match in a sentence
    predecessor: re.Pattern[str] | None  # "succeeds Jane Doe", "folgt auf Jane Doe"
    predecessor_cue: Prefilter | None  # whether predecessor can match in a sentence
    mover: re.Pattern[str] | None  # "Jane Doe kommt von Z zu Y", "Jane Doe joins Y from Z"
    mover_cue: Prefilter | None  # whether mover can match in a sentence
    employed: re.Pattern[str]  # "Jane Doe at " before an organisation's mention
    employed_house: re.Pattern[str]  # "Jane Doe vom Analysehaus " before a house's mention
    # "Die Analysten der " before a house's mention, " um Jane Doe" after it: the team's head
    team: re.Pattern[str] | None
    team_head: re.Pattern[str] | None
    heads_after: re.Pattern[str] | None  # after "Jane Doe, who runs Acme": the clause's end
    runs_it: re.Pattern[str] | None  # at an organisation's end: ", die Jane Doe leitet"
    possessor_of: re.Pattern[str]  # "'s Jane Doe went" after an organisation's "Acme"
    pair_end: re.Pattern[str]  # the last two words of a name: a first and a surname
    analyst_at: re.Pattern[str]  # "analyst at Acme": an unknown research house
    research_cue: re.Pattern[str]
    legal_words: tuple[str, ...]  # legal forms and name endings, to find "X Holdings" for "X"
    ordinary_names: frozenset[str]  # catalogued short names that are ordinary words ("Software")
    coordinated: re.Pattern[str]  # " und „B“" after a name of a list noun
    conjoined: re.Pattern[str]  # a conjunction ending the text before a name: " und "
    governed: re.Pattern[str]  # a preposition or conjunction right before a phrase: "mit ", "und "
    # "mit Acme und " before an apposition ("dem Hersteller Muster"): a name of the same kind
    joined_before: re.Pattern[str] | None
    # the verb of competing right after a list's last name, where the language puts it last
    competing_after: re.Pattern[str] | None
    drop: tuple[str, ...]
    not_names: frozenset[str]  # capitalised words that open sentences or are titles, never names
    statement_not_names: frozenset[str]  # those of them that open no name in a statement (no question words)
    title_word: re.Pattern[str]  # a job title: no word of a person's name ("Neuer Vorstandschef")
    subsidiary_nouns: tuple[str, ...]  # "tochter": a name after it may open with its parent's
    descriptor: re.Pattern[str]  # a descriptive noun, also a compound's end ("Gebäudetechnikspezialisten")
    financial: tuple[str, ...]
    funds: tuple[str, ...]  # a fund's name ending ("ETF"): the issuer opening the name is inside it
    investment_arms: tuple[str, ...]  # "Muster Capital": a company's fund, not the company
    house_arms: tuple[str, ...]  # "Muster Capital Ventures": a financial house's fund, not the house
    # ", a Geneva-based investment company" right after a name: an institution, whatever its ending
    institution_described: re.Pattern[str] | None
    organisational: tuple[str, ...]
    exchanges: tuple[str, ...]  # "Muster Stock Exchange": an exchange
    appositions: dict[str, str]
    descriptive_nouns: frozenset[str]  # "operator", "lender": what a company is, lower case
    apposition_heads: dict[str, str]  # "hersteller" of "Halbleiterhersteller": its type
    executive: re.Pattern[str] | None  # "Acme-Vorstandschef Jane Doe", "Acme's CEO Jane Doe"
    executive_cue: Prefilter  # whether executive can match in a sentence at all
    executive_prefixes: frozenset[str]  # "Ex" of "Ex-Vorstandschef": no company
    seated: re.Pattern[str] | None  # "Acme, a Leeds-based developer of …"
    list_nouns: frozenset[str]
    quoted_only: frozenset[str]
    drug_nouns: tuple[str, ...]  # "hemmer": after one, a drug-shaped word is a name unquoted
    noun_ending: re.Pattern[str]  # the endings of common nouns, which no such name has
    catalogued_only: frozenset[str]  # nouns of a role a person holds too ("Großaktionär")
    plain_trade: frozenset[str]  # "Reederei": after one, a word spelt as a common noun is none of a name
    giving_dative: re.Pattern[str] | None  # "liefert dem " before the receiver's noun
    subject_reference: re.Pattern[str] | None  # "sagte der Konzern " before a common noun
    genitive_reference: re.Pattern[str] | None  # "die KI-Tools des Konzerns " before a plural noun
    clause_final_subject: re.Pattern[str] | None  # ", weil der Anbieter " before one capitalised word
    clause_final_object: re.Pattern[str] | None  # "Preise": the word spelled as a plural
    clause_final_verb: re.Pattern[str] | None  # " erhöhte." after it: the clause's closing verb
    genitive_object_noun: re.Pattern[str]  # that plural noun's spelling
    genitive: re.Pattern[str] | None  # "des " (and fillers) ending before a weak noun: its singular
    versioned_only: frozenset[str]  # nouns whose name counts only with a version ("model X 2.0")
    name_articles: frozenset[str]  # capitalised articles inside a name mid-sentence ("The")
    country_words: frozenset[str]  # "Chinese": a country's adjective, no name ("rival Chinese makers")
    group_after: re.Pattern[str] | None  # " stocks" after "Application Software": a group of stocks
    sector_words: frozenset[str]  # "Cloud": all before a trade ending, a sector's name ("Cloud Software")
    trade_endings: frozenset[str]  # "Software": a trade closing a name, no legal form
    group_plurals: frozenset[str]  # "Banks": closing a covered name, a sector ("Latin American Banks")
    group_regions: frozenset[str]  # "European": opening a covered name, a region's stocks
    # "AI-capable PCs": a compound adjective and a plural noun, a product class, no name
    adjective_plural: re.Pattern[str] | None
    based: re.Pattern[str] | None  # "Hangzhou-based Acme Biopharma": a name after its seat's compound
    headed: re.Pattern[str] | None  # "Acme Präzision: Der Maschinenbauer aus Ulm": a paragraph's name
    owned: re.Pattern[str] | None  # "Acme, which is owned by Muster": a name before its owner clause
    owned_end: re.Pattern[str] | None  # after the owner: the clause's verb ("…, die zu Muster gehört")
    listing: re.Pattern[str] | None  # "Acme, which is preparing an IPO": a name before its listing clause
    acronym: re.Pattern[str] | None  # "Hanseatische Kreditbank (HKB)": a name and its initials
    acronym_heads: dict[str, str]  # "bank" ending the name's last word: its type
    authority: re.Pattern[str] | None  # "Bundesamt für X und Y (BXY)": a public authority
    court: re.Pattern[str] | None  # "Oberlandesgericht Düsseldorf": a court and its city
    called: re.Pattern[str] | None  # "maker to be called Acme Foods": a new name after its noun
    object_verb: re.Pattern[str] | None  # a verb closing the clause: the name's last word its object
    object_noun: re.Pattern[str]  # that object's spelling
    object_oblique: re.Pattern[str]  # "der Sparte ": a case that makes the unit no subject
    object_clause: re.Pattern[str] | None  # "dass die Tochter ": a verb-final clause opens
    # cheap tests: a sentence without these words cannot match the patterns above
    legal_cue: re.Pattern[str]
    apposition_cue: Prefilter
    # of role_before, role_after, speech, led_by, possessed, appointed, role_of, aged, clause
    person_cue: Prefilter


# The age in brackets after a name ("Jane Doe (59)"), which every match of
# the age pattern ends with: that pattern has no word to prefilter.
_AGE_BRACKET = r"\((?:[2-9]\d)\)"
_AGE_COMMAS = r",\s+[2-9]\d,"
_AGE = re.compile(rf"{_AGE_BRACKET}|{_AGE_COMMAS}")
# A pattern that matches nothing: a rule the language has no words for.
_NEVER = re.compile(r"(?!)")


def _institution_described(table: dict[str, Any]) -> re.Pattern[str] | None:
    """A description set off by a comma right after a name whose noun is an institution's
    ("X Holdings, a Geneva-based investment company."): the kind the text gives the name,
    which its ending ("Holdings") would not tell. A name right after the noun owns it: in "X
    GmbH, a unit of insurer Y" it is Y's."""
    nouns = [noun for noun, kind in table["appositions"].items() if kind == "FinancialInstitution"]
    if not table.get("described_after") or not nouns:
        return None
    return re.compile(rf",\s+(?:{table['described_after']})\s+(?:[\w\-]+\s+){{0,3}}?"
                      rf"(?i:{alternation(nouns)})(?![\w\-])(?!\s+[A-ZÄÖÜ])")


@prepares
@lru_cache(maxsize=4)
def _patterns(lang: str) -> _Patterns:
    table = lexicon(lang)["discovery"]
    suffixes = alternation(table["legal_suffixes"] + table["organisation_suffixes"]
                            + table["exchange_suffixes"])
    appositions = {k.lower(): v for k, v in table["appositions"].items()}
    det = rf"(?:{table['articles']})"
    roles = table["roles"]["words"]
    # "des Herstellers X": the noun with a case ending (none in English)
    # a weak noun's ending ("dem Rivalen X"), also a plural's: the name must be closed (see
    # _organisations), as after it a noun of the sentence may follow ("dem Konkurrenten Marktanteile")
    endings = [alternation(table["apposition_endings"])] if table["apposition_endings"] else []
    if table.get("apposition_weak_endings"):
        endings.insert(0, rf"(?P<weak>{alternation(table['apposition_weak_endings'])})")
    ending = rf"(?:{'|'.join(endings)})?" if endings else ""
    # news drop the article after a preposition: "bei Tochter X", "von Rivale X"
    # ("from local rival X", "with fellow digital lender X": adjectives may stand between, also
    # a compound adjective opening with a capital: "of Munich-based robotics startup X")
    bare = rf"|\b(?:{table['bare_before']})\s+(?:(?:[A-ZÄÖÜ][\w]*-)?[a-zäöü][\w\-]*\s+){{0,2}}" \
        rf"(?P<bare>{alternation(table['bare_appositions'])})" if table["bare_appositions"] else ""
    # "the Hamburg-based label printer X": a seat compound tells an organisation, whatever
    # noun of its trade follows in lower case (see _organisations)
    based = rf"|(?<![\w\-])[A-ZÄÖÜ][\w.]*-(?:{lexicon(lang)['places']['seat_compound']})\s+" \
        rf"{_TRADE_WORDS}(?P<based>[a-z][\w\-]*)"
    # "der Halbleiterhersteller X": a compound ending in a company noun, in lower case
    heads = rf"|[\w\-]{{2,}}?(?:{alternation(list(table['apposition_heads']))})" \
        if table["apposition_heads"] else ""
    # English news drop the article after a country's adjective ("British chip designer X",
    # "German software group X"): the adjective stands where the article would, and the
    # noun after it is in lower case (see _organisations); two words of the trade may stand
    # before the noun ("U.S. optical equipment maker X")
    countries = rf"|(?<![\w\-.])(?P<country>{alternation(list(lexicon(lang)['references']['country_words']))})" \
        rf"\s+{_TRADE_WORDS}" if table.get("country_appositions") else ""
    # up to two words may stand between the determiner and the noun ("its only marketed
    # product, X,"); a noun may be the end of a compound with a capitalised first part ("die US-Tochter X");
    # a product's name may follow a comma ("its lead drug candidate, X-210,") and carry a
    # version ("the model X 2.0"), which _organisations keeps for products only; a firm's name
    # may join its words with an ampersand ("the bakery chain Crumb & Co")
    apposition = re.compile(
        rf"(?:(?:\b(?i:{det})\s+(?:[\w\-]+\s+){{0,{table.get('apposition_fillers', 2)}}}?{countries})(?:[A-ZÄÖÜ]\w*-)?"
        rf"(?P<noun>(?i:{alternation(list(table['appositions']))}){heads})"
        rf"{ending}{bare}{based})(?P<comma>,)?\s+[„“\"«]?(?P<name>{_FIRM_NAME})(?P<version>\s+\d+(?:\.\d+)*(?![\w.,]?\d))?")
    person = _person(table["roles"]["particles"], table["roles"].get("given_particles", ""))
    # "co-presidents Jane Doe and John Roe", "die SAP-Vorstände X und Y": two names after a
    # title in the plural, the employer's name in front of it or not; the pair may be set off
    # by commas ("the co-CEOs, Jane Doe and John Roe, said"), closed by its own comma
    plurals = lexicon(lang)["roles"].get("plural_titles")
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    plural_role = re.compile(
        rf"(?<![\w-])(?:[\w.\-]+?-)??(?:{plurals})(?:\s+|,\s+(?={person}\s+(?:{conjunctions})\s+{person},))"
        rf"(?P<name>{person})\s+(?:{conjunctions})\s+(?P<second>{person})\b") if plurals else _NEVER
    # "Its new boss, Jane Doe, said": a name set off by commas after its title
    academic = table["roles"].get("academic_titles", "")
    # "Firmenchefin Dr. Jane Doe", "sagte Dr. Jane Doe": the academic title is no word of the name
    academic = rf"(?:(?:{academic})\s+)?" if academic else ""
    # "chief executive-designate Jane Doe": the suffix of a holder announced
    suffix = lexicon(lang)["roles"].get("title_suffixes")
    suffix = rf"(?:{suffix})?" if suffix else ""
    role_before = re.compile(rf"(?<![\w-])(?:[\w.\-]+-)?(?P<role>{roles}){suffix}(?:\s+|,\s+(?={person},))"
                             rf"{academic}(?P<name>{person})")
    posts = lexicon(lang)["roles"]
    title_fillers = rf"(?:(?:{posts['title_fillers']})\s+)?" if posts.get("title_fillers") else ""
    # "Jane Doe, the CEO", "Jane Doe, Intel's chief executive", "Jane Doe, the Intel CEO",
    # "Jane Doe (CEO of Intel)"
    particle = rf"(?:\s+(?:{posts['name_particles']}))?" if posts.get("name_particles") else ""
    link = rf"|\s+(?:{posts['role_link']})(?=\s)" if posts.get("role_link") else ""
    role_after = re.compile(
        rf"(?P<name>{person}){particle}(?:,|\s+\({link})\s*(?:(?:{table['role_articles']})\s+)?{title_fillers}"
        # "Acme Corp's", "Siemens'" (a name ending in "s" takes the apostrophe alone)
        rf"(?:(?:[A-ZÄÖÜ][\w.&\-]*\s+)?[\w.&\-]+(?:['’]s|(?<=s)['’])\s+|[A-ZÄÖÜ][\w.&\-]*\s+)?"
        rf"(?:[a-zäöü][\w\-]*\s+)?(?:[\w.&]+-)?(?P<role>{roles})\b")  # "Jane Doe, senior analyst"
    # news print a manager's age in brackets after the name: "Jane Doe (59)"
    # also set off by commas, as English news print it: "Jane Doe, 52, was named"
    aged = re.compile(rf"(?<![\w-])(?P<name>{person})(?:\s+{_AGE_BRACKET}|{_AGE_COMMAS})")
    # "Jane Doe, who heads …"; "Jane Doe stepped down as CEO": only a person holds a post
    left = rf"|(?<![\w-])(?P<left>{person})\s+(?:{posts['left_post']})\s+" \
        rf"(?:(?:{posts['appointed_fillers']})\s+)*(?:{roles})\b" \
        if posts.get("left_post") else ""
    clause = re.compile(rf"(?<![\w-])(?P<name>{person}),\s+(?:{posts['person_clause']})\b{left}") \
        if posts.get("person_clause") else _NEVER
    speech = re.compile(rf"\b(?:{table['roles']['speech']})\s+{academic}(?P<name>{person})\b")
    led_by = re.compile(rf"\b(?:{table['roles']['led_by']})\s+(?P<name>{person})\b")
    nouns = table["roles"].get("person_nouns")
    person_noun = re.compile(rf"(?<![\w-])(?:{nouns})\s+(?P<name>{person})\b") if nouns else _NEVER
    firm_titles = table["roles"].get("firm_titles")
    firm_title = re.compile(rf"(?:\s+|-)(?:{firm_titles})\s+(?P<name>{person})\b") if firm_titles else _NEVER
    fillers = rf"(?:(?:{posts['appointed_fillers']})\s+)*"
    # a post taken or an analyst's act with no title: "X folgt auf Y", "X took the helm",
    # "X bestätigte seine Kaufempfehlung"
    untitled = "|".join(posts[key] for key in ("took_over", "research_acts") if posts.get(key))
    # "Jane Doe ist derzeit Finanzchefin": a word of the post held now may follow the verb
    appointed = re.compile(rf"(?P<name>{person})\s+(?:{posts['appointed']})\s+{title_fillers}{fillers}(?:{roles})\b"
                           rf"|\b(?:{posts['appoints']})\s+(?P<named>{person})\s+{fillers}(?:{roles})\b"
                           # "named its treasurer, Jane Doe, as its new CFO"
                           + (rf"|\b(?:{posts['appoints']})\s+(?:{posts['current_post']}),\s+(?P<current>{person}),"
                              rf"\s+{fillers}(?:{roles})\b" if posts.get("current_post") else "")
                           + (rf"|(?P<acting>{person})(?:\s+\(\d+\))?\s+(?:{untitled})"
                              if untitled else "")
                           # "Jane Doe wechselt als Finanzchefin zu Acme", "Jane Doe will leave to
                           # join Acme as CFO": the subject of a move to a post, no title before
                           + (rf"|(?<![\w-])(?P<moving>{person})\s+(?:{posts['move_as']})\s+"
                              rf"(?:(?:{posts['articles']})\s+)?{fillers}(?:{roles})\b"
                              if posts.get("move_as") else "")
                           # "Zum 1. Januar übernimmt X den Vorsitz": the verb put first
                           + (rf"|\S\s+(?:{posts['took_over_verb_first']})\s+(?P<inverted>{person})"
                              rf"(?:{posts['took_over_object']})"
                              if posts.get("took_over_verb_first") and posts.get("took_over_object") else "")
                           # "Bei Y wird X zum 1. April neue Finanzchefin": the verb of an appointment
                           # put first, the title closing the clause or joined to its employer
                           + (rf"|\S\s+(?:{posts['appointed_title_first']})\s+(?P<promoted>{person})\s+"
                              rf"(?:(?:{posts['appointed_date']})\s+)?{fillers}(?:{roles})"
                              rf"(?=\s*[,.;]|\s*$|\s+(?:{posts['employer_after']}|{posts['articles']}"
                              rf"|{posts.get('appointed_closing') or '(?!)'})\b)"
                              if posts.get("appointed_title_first") and posts.get("appointed_date") else "")
                           # "X will become Y's new CFO": the title after the employer's possessive
                           + (rf"|(?<![\w-])(?P<becoming>{person})\s+(?:{posts['becomes_post']})\s+"
                              rf"[A-ZÄÖÜ][\w.&\-]*(?:\s+[A-ZÄÖÜ][\w.&\-]*)?['’]s?\s+{fillers}(?:{roles})\b"
                              if posts.get("becomes_post") else "")
                           # "Die Führung übernimmt X": the post put first
                           + (rf"|(?<![\w-])(?:{posts['took_over_before']})\s+(?P<taker>{person})"
                              if posts.get("took_over_before") else "")
                           # "Nachfolgerin wird X", "Zum neuen Finanzvorstand wurde X berufen"
                           + (rf"|(?<![\w-])(?:{roles})\s+(?:{posts['appointed_title_first']})\s+"
                              rf"(?P<titled>{person})" if posts.get("appointed_title_first") else "")
                           # … the date the post begins after the verb, the name closing the clause
                           # ("Nachfolgerin wird zum 1. April X."; not "Der Chef wird am 1. April X treffen")
                           + (rf"|(?<![\w-])(?:{roles})\s+(?:{posts['appointed_title_first']})\s+"
                              rf"(?:{posts['appointed_date']})\s+(?P<dated>{person})(?=\s*[,.;(]|\s*$)"
                              if posts.get("appointed_title_first") and posts.get("appointed_date") else ""))
    # "Der Chef von Adidas, Jane Doe,", "the chief executive of Intel, Jane Doe,"
    role_of = re.compile(rf"(?<![\w-])(?:{roles})\s+(?:{posts['linkers']})\s+"
                         rf"(?:(?:{posts['articles']})\s+)?[A-ZÄÖÜ][\w.&\-]*(?:\s+[A-ZÄÖÜ][\w.&\-]*)?"
                         rf",\s+(?P<name>{person})\b")
    possessed = re.compile(rf"\w['’]s\s+(?P<name>{person})\s+(?:{table['roles']['speech']})\b")

    # "Jane Doe said": the name before the verb, kept only with a given name
    speaker_first = re.compile(rf"(?<![\w-])(?P<name>{person})\s+(?:{table['roles']['speech']})\b")
    # "X succeeds Jane Doe", "X folgt auf Jane Doe": the predecessor; "X will be succeeded by
    # Jane Doe", "X will step down as CEO and be succeeded by Jane Doe": the successor; either
    # kept only with a given name
    succession = "|".join(posts[key] for key in ("predecessor_before", "succeeded_by", "then_succeeded_by")
                          if posts.get(key))
    if posts.get("succession_verb_first") and posts.get("succession_after"):
        # "Bei Y folgt Jane Doe auf Z als Finanzchefin": the successor after the verb put first
        succession += rf"|(?:{posts['succession_verb_first']})(?=\s+{person}\s+(?:{posts['succession_after']})\s)"
    predecessor = re.compile(rf"\b(?:{succession})\s+(?P<name>{person})\b") if succession else None
    # "Jane Doe kommt von Z zu Y", "Jane Doe joins Y from Z": the subject of a move between
    # two employers with no title, kept only with a given name; the one left must be named ("Jane
    # Doe wechselt zu Y" may be no person's move, "Jane Doe joins Y in criticising Z" none)
    if posts.get("moved_from"):
        moves = posts["moved_from"]
    elif posts.get("joins_post") and posts.get("moved_from_after"):
        moves = rf"(?:{posts['joins_post']})\s+(?:[A-Z][\w&.\-]*\s+){{1,4}}(?:{posts['moved_from_after']})\s"
    else:
        moves = ""
    mover = re.compile(rf"(?<![\w-])(?P<name>{person})\s+(?:{moves})") if moves else None
    # "Jane Doe at Acme", "Jane Doe von der Acme", "Jane Doe, who runs Acme": searched in the
    # text up to the organisation; a relative clause ("heads") must end after it (heads_after)
    runs = posts.get("heads") and posts.get("heads_after")
    heads = rf"|,\s+(?P<heads>{posts['heads']})" if runs else ""
    employed = re.compile(rf"(?<![\w-])(?P<name>{person})(?:\s+(?:{posts['employer_after']}){heads})"
                          rf"\s+(?:(?:{posts['articles']})\s+)?$")
    # "Jane Doe vom Analysehaus", "Jane Doe of investment bank": the house's noun between, one
    # word qualifying it ("von der US-Investmentbank")
    employed_house = re.compile(rf"(?<![\w-])(?P<name>{person})\s+(?:{posts['employer_after']})\s+"
                                rf"(?:(?:{posts['articles']})\s+)?(?:[\w\-]+\s+)?(?:\w+-)?"
                                rf"(?:{alternation(lexicon(lang)['references']['institution_heads'])})\s+$")
    team = re.compile(rf"\b(?:{posts['research_team']})\s+(?:{posts['linkers']}|{posts['employer_after']})\s+"
                      rf"(?:(?:{posts['articles']})\s+)?$") if posts.get("research_team") else None
    team_head = re.compile(rf"\s+(?:{posts['team_head']})\s+(?P<name>{person})") if posts.get("team_head") else None
    # "Acme's Jane Doe went": matched at the organisation's end, the "'s" in its mention or not
    # "Acme Securities' Jane Doe": a plural's possessive is the apostrophe alone
    possessor_of = re.compile(rf"(?P<owner>['’]s|(?<=s)['’])?\s+(?P<name>{person})\b(?!['’]s\b)"
                              rf"(?P<verb>\s+[a-z])?")
    pair = rf"{_PERSON_WORD}\s+(?:(?:{table['roles']['particles']})\s+)?{_PERSON_WORD}"
    analyst_at = re.compile(rf"\b(?:{posts['research']})\w*\s+(?:{posts['employer_after']})\s+"
                            rf"(?P<name>{_NAME})")
    coordinated = re.compile(rf"[“”\"»«]?\s+(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+"
                             rf"[„“\"«]?(?P<name>{_NAME})")
    executive = re.compile(rf"(?<![\w-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)"
                           rf"(?:{table['executive_after']})\s+{person}(?![\w-])") \
        if table["executive_after"] else None
    seated = re.compile(rf"(?<![\w-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)(?:{table['seated_after']})") \
        if table.get("seated_after") else None
    # "Acme Optics, Inc.": the abbreviated legal forms also stand after a comma
    abbreviated = alternation([short for shorts in table.get("legal_abbreviations", {}).values()
                               for short in shorts])
    comma_form = rf"|,\s+(?:{abbreviated})" if abbreviated else ""
    # "Muster Beteiligungs-GmbH": a legal form of several letters joined to the last word
    joined = alternation([form for form in table["drop_suffixes"] if len(form) >= 4])
    return _Patterns(
        lang=lang,
        legal=re.compile(rf"(?<![\w-])(?P<name>{_FIRM_NAME}(?:\s+(?:{suffixes}){comma_form})|{_FIRM_NAME}-(?:{joined}))(?![\w])"),
        apposition=apposition,
        role_before=role_before,
        plural_role=plural_role,
        role_after=role_after,
        role_of=role_of,
        aged=aged,
        clause=clause,
        speech=speech,
        led_by=led_by,
        person_noun=person_noun,
        firm_title=firm_title,
        possessed=possessed,
        appointed=appointed,
        speaker_first=speaker_first,
        speaker_cue=Prefilter([speaker_first]),
        predecessor=predecessor,
        predecessor_cue=Prefilter([predecessor]) if predecessor is not None else None,
        mover=mover,
        mover_cue=Prefilter([mover]) if mover is not None else None,
        employed=employed,
        employed_house=employed_house,
        team=team,
        team_head=team_head,
        heads_after=re.compile(rf"(?:{posts['heads_after']})") if runs else None,
        runs_it=re.compile(rf",\s+(?:{posts['runs_pronouns']})\s+(?P<name>{person})"
                           rf"(?={posts['runs_after']})")
        if posts.get("runs_pronouns") and posts.get("runs_after") else None,
        possessor_of=possessor_of,
        pair_end=re.compile(rf"(?<![\w-]){pair}$"),
        analyst_at=analyst_at,
        research_cue=re.compile(rf"\b(?:{posts['research']})"),
        legal_words=tuple(table["legal_suffixes"]),
        ordinary_names=frozenset(table["ordinary_short_names"]),
        coordinated=coordinated,
        conjoined=re.compile(rf"(?<![\w-])(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+$"),
        governed=re.compile(rf"(?<![\w-])(?:{table['bare_before']}|"
                            rf"{lexicon(lang)['relation_cues']['conjunctions']})\s+$"),
        joined_before=re.compile(rf"(?<![\w-])(?i:{table['joined_before']})\s+(?P<name>{_NAME})\s+"
                                 rf"(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+$")
        if table.get("joined_before") else None,
        competing_after=re.compile(rf"\s+(?:{table['rival_list_verb']})\b")
        if table.get("rival_list_verb") else None,
        drop=tuple(table["drop_suffixes"]),
        not_names=not_names(lang),
        statement_not_names=not_names(lang) - frozenset(table.get("question_words", [])),
        title_word=re.compile(rf"(?:{roles})"),
        subsidiary_nouns=tuple(w.lower() for w in table.get("subsidiary_nouns", [])),
        descriptor=re.compile(rf"(?i:[\w\-]*?(?:{alternation(list(table['appositions']) + list(table['apposition_heads']))})"
                              rf"(?:{alternation(table['apposition_endings'] + ['en', 'n', 'e'])})?)"),
        financial=tuple(table["financial_suffixes"]),
        funds=tuple(table.get("fund_suffixes", ())),
        investment_arms=tuple(table.get("investment_arm_suffixes", [])),
        house_arms=tuple(table.get("house_arm_suffixes", [])),
        institution_described=_institution_described(table),
        organisational=tuple(table["organisation_suffixes"]),
        exchanges=tuple(table["exchange_suffixes"]),
        appositions=appositions,
        descriptive_nouns=_descriptive_nouns(lang),
        apposition_heads=dict(table["apposition_heads"]),
        executive=executive,
        executive_cue=Prefilter([executive] if executive is not None else []),
        executive_prefixes=frozenset(table["executive_prefixes"]),
        seated=seated,
        list_nouns=frozenset(w.lower() for w in table["list_nouns"]),
        quoted_only=frozenset(w.lower() for w in table["quoted_only"]),
        drug_nouns=tuple(table.get("drug_nouns", [])),
        noun_ending=re.compile(rf"\w*{table['noun_endings']}") if table.get("noun_endings") else _NEVER,
        catalogued_only=frozenset(w.lower() for w in table.get("catalogued_only", [])),
        plain_trade=frozenset(w.lower() for w in table.get("plain_trade_nouns", [])),
        giving_dative=re.compile(table["giving_dative"]) if table.get("giving_dative") else None,
        subject_reference=re.compile(table["subject_reference"])
        if table.get("subject_reference") else None,
        genitive_reference=re.compile(table["genitive_reference"])
        if table.get("genitive_reference") else None,
        clause_final_subject=re.compile(
            rf"(?<![\w-])(?i:{lexicon(lang)['relation_cues']['subordinators']})\s+"
            rf"{table['clause_final_subject']}")
        if table.get("clause_final_subject") and lexicon(lang)["relation_cues"]["subordinators"] else None,
        clause_final_object=re.compile(table["clause_final_object"])
        if table.get("clause_final_object") else None,
        clause_final_verb=re.compile(table["clause_final_verb"])
        if table.get("clause_final_verb") else None,
        genitive_object_noun=re.compile(table.get("genitive_object_noun") or r"(?!)"),
        genitive=re.compile(rf"(?<![\w-])(?i:{table['genitive_articles']})\s+"
                            rf"(?:(?!(?i:{det})\s)[\w\-]+\s+){{0,{table.get('apposition_fillers', 2)}}}"
                            rf"(?:[A-ZÄÖÜ]\w*-)?$")
        if table.get("genitive_articles") else None,
        versioned_only=frozenset(w.lower() for w in table.get("versioned_only", [])),
        name_articles=frozenset(table.get("name_articles", [])),
        country_words=frozenset(lexicon(lang)["references"].get("country_words") or {}),
        group_after=re.compile(table["group_after_name"]) if table.get("group_after_name") else None,
        sector_words=frozenset(table.get("sector_name_words", ())),
        trade_endings=frozenset(table.get("seat_name_endings", ())),
        group_plurals=frozenset(table.get("group_plurals", ())),
        group_regions=frozenset(table.get("group_regions", ())),
        adjective_plural=lexicon_pattern(lang, "discovery", "adjective_plural"),
        based=re.compile(rf"(?<![\w\-])[A-ZÄÖÜ][\w.'’]*-(?:{table['place_compound']})\s+(?P<name>{_FIRM_NAME})")
        if table.get("place_compound") else None,
        headed=re.compile(rf"(?P<name>{_NAME})(?::|\s+[-–—])\s+(?:{table['headed_determiners']})\s+"
                          rf"(?:(?P<bare>[\w\-]+)\s+(?:{table['headed_seat_after']})\s+[A-ZÄÖÜ]"
                          rf"|(?:{table['headed_seat_before']})\s+(?P<noun>[\w\-]+(?:\s+[a-zäöü][\w\-]*){{0,3}}))")
        if table.get("headed_determiners") else None,
        owned=re.compile(rf"(?<![\w\-'’.])(?P<name>{_NAME})(?:{table['owned_clause']})")
        if table.get("owned_clause") else None,
        owned_end=re.compile(table["owned_end"]) if table.get("owned_end") else None,
        listing=re.compile(rf"(?<![\w\-'’.])(?P<name>{_NAME})(?:{table['listing_clause']})")
        if table.get("listing_clause") else None,
        acronym=re.compile(rf"(?<![\w-])(?P<name>{_NAME})\s+\((?P<short>[A-ZÄÖÜ]{{2,5}})\)")
        if table.get("acronym_heads") else None,
        acronym_heads=dict(table.get("acronym_heads", {})),
        # the name runs from its noun to the bracket, within one clause of the sentence
        authority=re.compile(rf"(?<![\w-])(?P<name>(?:{table['authority_opening']})"
                             rf"\s+[A-ZÄÖÜ][^().;:!?\"„“]{{2,150}}?)"
                             rf"\s+\((?P<short>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{{1,8}})\)")
        if table.get("authority_opening") else None,
        court=re.compile(rf"(?<![\w-])(?P<kind>{table['court_kinds']})"
                         rf"(?:{table.get('court_ending') or '(?!)'})?\s+{_CITY}")
        if table.get("court_kinds") else None,
        called=re.compile(rf"(?<![\w-])(?P<noun>[\w\-]+),?\s+(?:{table['called']})\s+(?P<name>{_NAME})")
        if table.get("called") else None,
        object_verb=re.compile(table["unit_object_verb_after"]) if table.get("unit_object_verb_after") else None,
        object_noun=re.compile(table.get("unit_object_noun") or r"[A-ZÄÖÜ][a-zäöüß]{3,}"),
        object_oblique=re.compile(table.get("unit_object_oblique") or "(?!)"),
        object_clause=re.compile(table["unit_object_clause"]) if table.get("unit_object_clause") else None,
        legal_cue=re.compile(rf"(?:\s(?:{suffixes})|-(?:{joined}))(?![\w])"),
        apposition_cue=Prefilter([apposition]),
        person_cue=Prefilter([role_before, role_after, speech, led_by, possessed, appointed,
                              role_of, aged, clause, plural_role]),
    )


def common_nouns(lang: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """The catalogue's mentions that are rather the language's common noun of
    the same spelling: a one-word company name after an indefinite article
    and at most two lower-case words, not opening a compound ("eine
    erweiterte Allianz mit Amazon", not "einer Allianz-Tochter"), since news
    print a company's name with the definite article or none; and a name the
    language also has as a noun where a plain noun's words stand around it
    ("die neue Allianz aus Banken"; "Die Allianz der Staaten …" opening a sentence, not "ein
    Sprecher der Allianz der Deutschen Presse-Agentur" or "sagte die Allianz der Deutschen
    Presse-Agentur", where the words after are a genitive of the name or a dative object),
    of any type."""
    before = _common_noun_before(lang)
    nouns, attribute_before, attribute_after, attribute_head = _common_noun_names(lang)
    compounds = _common_noun_compounds(lang)
    found = []
    for m in mentions:
        if text[m.end:m.end + 1] in ("-", "'", "’"):
            continue
        if m.surface in compounds and _opens_compound(text, m, compounds[m.surface]):
            found.append(m)  # "Shell companies were used …", "Apple Pie Sales Rose"
        elif m.surface in nouns and (
                attribute_before is not None and attribute_before.search(text, max(0, m.start - 60), m.start)
                or attribute_after is not None and attribute_after.match(text, m.end)
                and attribute_head is not None and attribute_head.search(text, max(0, m.start - 20), m.start)):
            found.append(m)  # "die neue Allianz aus Banken", "die Allianz der Staaten", "50 Hertz"
        elif m.type in ("Company", "FinancialInstitution") and " " not in m.surface \
                and before is not None and before.search(text, max(0, m.start - 60), m.start):
            found.append(m)
    return found


def family_names(lang: str, text: str, mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """The catalogue's one-word company mentions that name a family, by the family's noun
    before them ("der Familien Porsche und Piëch") or after them ("the Agnelli family"): the
    family's surname, whose company is not what the clause speaks of. ``offset``: where
    ``text`` starts in the article the mentions' offsets count from."""
    before, after = _family_words(lang)
    return [m for m in mentions
            if m.type in ("Company", "FinancialInstitution") and " " not in m.surface
            and (before is not None and before.search(text, max(0, m.start - offset - 60),
                                                      m.start - offset)
                 or after is not None and after.match(text, m.end - offset))]


@lru_cache(maxsize=4)
def _family_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    table = lexicon(lang)["discovery"]
    before, after = table.get("family_before", ""), table.get("family_after", "")
    return (re.compile(rf"(?<![\w-])(?:{before})\s+$") if before else None,
            re.compile(rf"(?:{after})") if after else None)


@lru_cache(maxsize=4)
def _common_noun_before(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["discovery"].get("common_noun_before", "")
    return re.compile(rf"(?<![\w-])(?i:{words})\s+(?:[a-zäöüß][\w\-]*\s+){{0,2}}$") if words else None


def _opens_compound(text: str, m: Mention, after: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """Whether the word ``m`` opens a sentence and the words of its own compound follow it
    ("Shell companies were used …"): inside a sentence the capital marks the name ("the Shell
    companies in Nigeria"). A line's start (a title-case headline, "Apple Pie Sales Rose")
    takes the compound's word in either case."""
    lower, any_case = after
    if m.start == 0 or text[:m.start].rstrip(" \t").endswith("\n"):
        return any_case.match(text, m.end) is not None
    return (re.search(r"[.!?]['\"’”)]?\s+$", text[max(0, m.start - 4):m.start]) is not None
            and lower.match(text, m.end) is not None)


@lru_cache(maxsize=4)
def _common_noun_compounds(lang: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """The language's words spelled like a catalogued name, each with the words after it
    that make its own compound: as written, and in any case for a title-case headline."""
    table = lexicon(lang)["discovery"].get("common_noun_compounds", {})
    return {word: (re.compile(rf"\s+(?:{after})(?![\w\-])"),
                   re.compile(rf"\s+(?i:{after})(?![\w\-])")) for word, after in table.items()}


@lru_cache(maxsize=4)
def _common_noun_names(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None,
                                            re.Pattern[str] | None]:
    """The language's nouns spelled like a catalogued name, with the words before and after
    one that make it the noun, and the article that must open the sentence before it for
    the words after to count."""
    table = lexicon(lang)["discovery"]
    before, after = table.get("common_noun_attribute_before", ""), table.get("common_noun_attribute_after", "")
    head = table.get("common_noun_attribute_head", "")
    return (frozenset(table.get("common_noun_names", ())),
            re.compile(rf"(?<![\w-]){before}$") if before else None,
            re.compile(after) if after else None,
            re.compile(rf"(?:^|[.!?:;]\s+|\n\s*)(?:{head})\s+$") if head else None)


def parts_of_longer_names(lang: str, text: str, mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """The mentions that are only a part of a longer name of something else: a
    company or person inside a law's name ("Muster Securities" of "the Muster
    Securities Litigation Reform Act"), a surname inside a partnership's name
    ("Goodrich" of "Wilson Sonsini Goodrich & Rosati"), and a catalogued product
    or model before a noun that makes the phrase an alliance ("the Gemini
    Cooperation" of two shipping lines), an index's name before a sector word
    (a sub-index) or a journalist's post ("Nikkei staff writer": its publisher).
    Places and public bodies stay: a law is often named after them ("the EU
    Digital Markets Act")."""
    spans = [span for span, _ in _partnerships(lang, text, mentions, offset)] + _law_names(lang, text)
    nouns = _product_not_before(lang)
    sector = lexicon_pattern(lang, "discovery", "sub_index")
    byline = lexicon_pattern(lang, "discovery", "byline_after")
    out = []
    for m in mentions:
        start, end = m.start - offset, m.end - offset
        if m.type not in ("Place", "GovernmentBody") \
                and any(first <= start and end <= last for first, last in spans):
            out.append(m)
        elif nouns is not None and m.type in ("AIModel", "Product") and nouns.match(text, end):
            out.append(m)
        elif sector is not None and m.type == "MarketIndex" and sector.match(text, end):
            out.append(m)  # "the S&P 500 insurance index": a sector sub-index, not the index
        elif byline is not None and m.type == "MarketIndex" and byline.match(text, end):
            out.append(m)  # "Nikkei staff writer": the byline's publisher, not the index
        elif m.type == "Organization" and not info(lang).case_sensitive \
                and _named_before(text, start, mentions, offset):
            out.append(m)  # "the Bangladesh Premier League": another league than the catalogue's
    return out


_CAPITAL_BEFORE = re.compile(r"(?<=[^\W\d_]|[,)’'\-]) +(?P<word>[A-Z][\w'’\-]*) $")


def _named_before(text: str, start: int, mentions: list[Mention], offset: int) -> bool:
    """Does a capitalised word inside the sentence (not its first one) stand right before the
    organisation's name, and is it no part of a company's or other business's name? A place
    or an adjective of one before it makes a longer name of another body ("the Bangladesh
    Premier League", "the Scottish Premier League") of which the catalogue's name is only a
    part; a company before it is a partner ("Amazon NFL deal")."""
    found = _CAPITAL_BEFORE.search(text, 0, start)
    if found is None:
        return False
    word_start, word_end = found.start("word") + offset, found.end("word") + offset
    return not any(m.start < word_end and word_start < m.end and m.type in ORGANIZATION_TYPES | PRODUCT_TYPES
                   for m in mentions)


def partnership_names(lang: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """The partnerships' names whose parts :func:`parts_of_longer_names` takes
    from the catalogue's mentions, each a company of its own."""
    return [Mention(start, end, name, "Company", name, "discovery/partnership")
            for (start, end), name in _partnerships(lang, text, mentions)]


def rival_names(lang: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """Companies whose name is a catalogued company's and one more capitalised
    word, found after a rival's words ("Acme rival Altera Cells", "competes with
    Altera Cells"): only a company competes with a company, and the catalogued
    name alone would name another one, the catalogue's "Altera". Each place the
    whole name is printed is then a mention of it (the caller drops the
    catalogue's mention inside). Not a legal form after the name ("rival Altera
    Corp" is the catalogued company), nor a word before further capitals (a
    title, "rival Acme Chief Executive …"), nor in a line in title case or a
    language that capitalises its nouns, where the capital tells no name."""
    rival = _rival_before_name(lang)
    if rival is None or info(lang).case_sensitive:
        return []
    table = lexicon(lang)["discovery"]
    forms = set(table["legal_suffixes"]) | set(table["drop_suffixes"])
    names = set()
    for mention in mentions:
        word = _NEXT_NAME_WORD.match(text, mention.end)
        if mention.type != "Company" or mention.rule != "gazetteer" or word is None \
                or word.group("word") in forms or mention.surface != mention.label \
                or any(m.start < word.end() and word.start() < m.end for m in mentions) \
                or not rival.search(text, max(0, mention.start - 40), mention.start) \
                or _title_case_line(text, mention.start):
            continue
        names.add(text[mention.start:word.end()])
    return [Mention(match.start(), match.end(), match.group(), "Company", match.group(),
                    "discovery/rival-name")
            for name in sorted(names)
            for match in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)]


def listed_company_short_forms(lang: str, text: str, mentions: list[Mention],
                               catalogue: Catalogue) -> list[Mention]:
    """An index's short form that is also a catalogued company's name without its legal form
    ("Dow" of the index and of "Dow Inc."), listed right beside a company ("Konkurrenten wie
    Dow und Covestro", "Dow, BASF and LyondellBasell"): the list is one of companies, so the
    name is the company's (the caller drops the index's mention there). Beside another index or
    an exchange ("Dow und Nasdaq") and on its own ("Der Dow schloss …") it stays the index."""
    companies = _indexed_short_forms(catalogue)
    gap = _list_gap(lang)
    out = []
    for at, mention in enumerate(mentions):
        company = companies.get(mention.surface)
        if mention.type != "MarketIndex" or company is None:
            continue
        before, after = mentions[at - 1] if at else None, mentions[at + 1] if at + 1 < len(mentions) else None
        if before is not None and before.type == "Company" and gap.fullmatch(text, before.end, mention.start) \
                or after is not None and after.type == "Company" and gap.fullmatch(text, mention.end, after.start):
            out.append(Mention(mention.start, mention.end, company, "Company", mention.surface,
                               "discovery/listed-company"))
    return out


@per_catalogue
def _indexed_short_forms(catalogue: Catalogue) -> dict[str, str]:
    """Each name of a catalogued index that is also a company's catalogued name without its
    legal form ("Dow" of "Dow Inc."), with that company's label: the gazetteer gives such a
    name to the index alone."""
    indices = {name for entry in catalogue.entries.values() if entry.type == "MarketIndex"
               for name in entry.names}
    forms = {form for code in codes() for form in lexicon(code)["discovery"]["drop_suffixes"]}
    return {head: entry.label for entry in catalogue.entries.values() if entry.type == "Company"
            for name in entry.names if " " in name
            for head, form in [name.rsplit(" ", 1)] if form in forms and head in indices}


def joint_names(lang: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """Joint ventures named after their two owners, two catalogued organisations printed
    one after the other with only a space between ("Morgan Stanley MUFG analyst …", "Sony
    Honda Mobility, …"), with the capitalised words that go on with the name ("Rheinmetall
    BAE Systems Land"): the whole is one
    organisation, a bank's if both owners are banks, and neither owner alone (the caller
    drops their mentions inside). Not in a line in title case ("The Amazon Anthropic Deal"),
    where two names side by side are two modifiers, nor before a hyphen, where the second
    name opens a compound of its own, nor in a language that puts a verb's object right after
    its subject ("hat die UBS Siemens auf 'Neutral' abgestuft", "Jefferies BASF mit 'Hold'")."""
    if info(lang).case_sensitive:
        return []
    words = not_names(lang)
    out = []
    organisations = [m for m in mentions if m.rule == "gazetteer" and m.type in _JOINT_OWNER_TYPES]
    for first, second in zip(organisations, organisations[1:]):
        if text[first.end:second.start] != " " or first.label == second.label \
                or _possessive(first) or text[second.end:second.end + 1] == "-" \
                or _title_case_line(text, first.start):
            continue
        end = second.end
        while (word := _NAME_WORD_AFTER.match(text, end)) is not None and word.group("word") not in words:
            end = word.end()
        if end == second.end and _gapped(lang, text, first.start, end):
            continue
        kind = "FinancialInstitution" if first.type == second.type == "FinancialInstitution" \
            else "Company"
        name = text[first.start:end]
        out.append(Mention(first.start, end, name, kind, name, JOINT_NAME_RULE))
    return out


def _gapped(lang: str, text: str, start: int, end: int) -> bool:
    """Is the pair a clause whose verb is left out, after a conjunction and before the
    clause's end ("Microsoft bought Activision Blizzard and Alphabet Wiz.")? Its two names
    are that clause's subject and object, no joint venture's name."""
    return _CLAUSE_END.match(text, end) is not None \
        and _conjunction_before(lang).search(text, max(0, start - 20), start) is not None


@lru_cache(maxsize=4)
def _conjunction_before(lang: str) -> re.Pattern[str]:
    """A conjunction right before a position ("… and |Alphabet Wiz")."""
    return re.compile(rf"(?<![\w&])(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+$")


# What ends a clause right after a name: a stop, a comma, a semicolon, or the text's end.
_CLAUSE_END = re.compile(r"\s*(?:[.,;]|$)")


def _possessive(mention: Mention) -> bool:
    """"Microsoft's" of "Microsoft's OpenAI stake": an owner named before what it owns, no
    joint name."""
    return mention.surface.endswith(("'", "’", "'s", "’s"))


# The rule of a joint venture's name: relations read its owners by it (kg.nlp.relations).
JOINT_NAME_RULE = "discovery/joint-name"
# The owners a joint venture is named after: organisations that trade, not public bodies.
_JOINT_OWNER_TYPES = frozenset({"Company", "FinancialInstitution"})
# A capitalised word going on with a name ("Land" of "Rheinmetall BAE Systems Land").
_NAME_WORD_AFTER = re.compile(r" (?P<word>[A-Z][\w&]*)(?![\w\-])")


def fund_names(lang: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """Funds named after their noun by capitalised words a place opens ("der Fonds
    Europe Equity Growth", "the fund China Opportunities"): the words after the place
    make it a word of the fund's name, which says nothing of where anything is (the
    caller drops the place's mention inside)."""
    before = _fund_before_name(lang)
    if before is None:
        return []
    out = []
    for m in mentions:
        words = _CAPITALS_NEXT.match(text, m.end)
        if m.type == "Place" and words is not None \
                and before.search(text, max(0, m.start - 40), m.start):
            name = text[m.start:words.end()]
            out.append(Mention(m.start, words.end(), name, "Product", name, "discovery/fund-name"))
    return out


@lru_cache(maxsize=4)
def _fund_before_name(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["discovery"].get("fund_before_name", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+$") if words else None


# Up to three capitalised words right after a name: " Equity Growth" of "Europe Equity Growth".
_CAPITALS_NEXT = re.compile(r"(?: [A-ZÄÖÜ][\w\-]*){1,3}(?![\w\-])")


def _rival_list_names(document: Document, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """"rivals Acme and Primark", "die Konkurrenten Akzo Nobel und Hempel", "mit Bilfinger
    und Muster konkurriert": the name joined by a conjunction to a catalogued company right
    after a rival's words (or closing a list the verb of competing ends) is a company too,
    as a list of rivals holds only companies. One word only where the
    language capitalises its nouns ("Konkurrenten Acme und Muster Marktanteile": a noun)."""
    rival = _rival_words(document.lang)
    if rival is None:
        return []
    verb_final = _rival_list_verb(document.lang)
    catalogued = [m for m in document.mentions + found if m.type in ("Company", "FinancialInstitution")
                  and (m.rule == "gazetteer" or m.rule == "discovery/short-compound")]
    out: list[Mention] = []
    given = given_names(document.catalogue)
    for sentence in document.sentences:
        cues = [*rival.finditer(sentence.text)]
        if verb_final is not None:
            cues += verb_final[0].finditer(sentence.text)
        # the cues first: most sentences have none, and counting capitals is dearer
        if not cues or _title_cased(sentence.text):
            continue  # "Rivals Acme And Muster Report Sales": capitals tell no name
        for cue in cues:
            first = next((m for m in catalogued if m.start == sentence.start + cue.end()), None)
            if first is None:
                continue
            joined = _coordinated(sentence, sentence.local(first.end), "Company", pats)
            if cue.re is not rival and verb_final is not None:
                # "mit X und Y": a list of rivals only where the verb of competing closes it
                joined = [m for m in joined if verb_final[1].match(sentence.text, sentence.local(m.end))]
            out += [m for m in joined if not (info(document.lang).case_sensitive and " " in m.surface)
                    and _is_name(m.label, pats.not_names) and m.label.split()[0] not in given
                    and not any(o.start < m.end and m.start < o.end for o in found + out)]
    return out


def _counted_rivals(document: Document, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """"zählt Muster und Beispiel zu seinen größten Konkurrenten", "counts Muster and Example
    among its rivals": every name of the list between the verb of counting and the rival
    phrase is a company, catalogued or not, as only companies are a company's rivals. Only a
    list made of names alone counts ("counts rivals Muster and …" or "zählt auch …" hold other
    words), and none where a name of it is already something else than an organisation."""
    cue = _counted_rival_cue(document.lang)
    if cue is None:
        return []
    joint = re.compile(lexicon(document.lang)["discovery"]["short_name_list_joint"])
    given = given_names(document.catalogue)
    taken = document.mentions + found
    out: list[Mention] = []
    for sentence in document.sentences:
        # the cues first: most sentences have none, and counting capitals is dearer
        matches = [*cue.finditer(sentence.text)]
        if not matches or _title_cased(sentence.text):
            continue  # "Counts Muster And Example Among Rivals": capitals tell no name
        for match in matches:
            bounds = [match.start("list"), *(b for j in joint.finditer(match.group("list"))
                                              for b in (match.start("list") + j.start(),
                                                        match.start("list") + j.end())),
                      match.end("list")]
            spans = list(zip(bounds[::2], bounds[1::2]))
            if not all(re.fullmatch(_NAME, sentence.text[a:b]) for a, b in spans):
                continue
            items: list[Mention] = []
            for a, b in spans:
                start, end, name = sentence.start + a, sentence.start + b, sentence.text[a:b]
                over = [m for m in taken if m.start < end and start < m.end]
                if any(m.type not in ORGANIZATION_TYPES for m in over) \
                        or not _is_name(name, pats.not_names) or name.split()[0] in given:
                    items = []
                    break
                if not over:
                    items.append(Mention(start, end, _canonical(name, pats.drop), "Company", name,
                                         "discovery/counted-rival"))
            out += items
    return out


def _country_possessed(document: Document, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """"bought from Japan's Muster Precision, while …", "supplied by Korea's Muster Cells.": a
    country's possessive after words of buying from or being made by a firm, and a name closing
    the phrase after it, names a company of that country; so does a name after the possessive
    that the verb of supplying follows ("Korea's Muster Cells supplies …"). Only a country does (a city's
    possessive opens its own bodies), and the name must stand alone: a catalogued or found
    name keeps its own type."""
    table = lexicon(document.lang)["discovery"]
    words = table.get("country_possessive_before", "")
    if not words:
        return []
    supplies = re.compile(rf"\s+(?:{table.get('country_possessive_after') or '(?!)'})\b")
    countries = set(lexicon(document.lang)["references"]["country_words"].values())
    cue = re.compile(rf"(?<![\w-])(?:{words})\s+$")
    # the catalogue's match may hold the possessive ("Japan's") or end before it
    closed = re.compile(rf"(?P<s>['’]s)?\s+(?P<name>{_NAME})(?=\s*[,.;:)]|\s*$|\s+(?:"
                        rf"{lexicon(document.lang)['relation_cues']['conjunctions']})\s)")
    after = re.compile(rf"(?P<s>['’]s)?\s+(?P<name>{_NAME})")
    given = given_names(document.catalogue)
    taken = document.mentions + found
    out: list[Mention] = []
    for sentence in document.sentences:
        for country in (m for m in sentence.mentions if m.type == "Place" and m.label in countries):
            match = closed.match(sentence.text, sentence.local(country.end))
            if match is None:
                match = after.match(sentence.text, sentence.local(country.end))
                if match is None or not supplies.match(sentence.text, match.end("name")):
                    continue
            elif not cue.search(sentence.text, 0, sentence.local(country.start)):
                continue
            if not (match.group("s") or country.surface.endswith(("'s", "’s"))):
                continue
            name = match.group("name")
            start = sentence.start + match.start("name")
            end = start + len(name)
            if any(m.start < end and start < m.end for m in taken + out) \
                    or not _is_name(name, pats.not_names) or name.split()[0] in given \
                    or name.endswith(pats.organisational + pats.exchanges):
                continue
            out.append(_firm(name, start, end, pats, "discovery/country-possessive"))
    return out


def _state_nouns(document: Document, found: list[Mention]) -> list[Mention]:
    """"Der Bund hält noch 12 Prozent an X": the state named by its common noun where the
    sentence speaks of a stake in an organisation it names, as the government the catalogue
    keeps for it; the noun is no name elsewhere ("im Bund mit", "Bund-Future", "der Bund der
    Steuerzahler"), nor where the stake's company is only referred to ("an dem Institut")."""
    table = lexicon(document.lang)["discovery"]
    noun = lexicon_pattern(document.lang, "discovery", "state_noun")
    stake = lexicon_pattern(document.lang, "discovery", "state_noun_stake")
    entry = document.catalogue.get(table.get("state_noun_label", ""))
    if noun is None or stake is None or entry is None:
        return []
    taken = document.mentions + found
    out: list[Mention] = []
    for sentence in document.sentences:
        starts = {sentence.start + m.end() for m in stake.finditer(sentence.text)}
        if not starts or not any(m.start in starts and m.type in ORGANIZATION_TYPES for m in taken):
            continue
        for match in noun.finditer(sentence.text):
            start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
            if not any(m.start < end and start < m.end for m in taken):
                out.append(Mention(start, end, entry.label, entry.type, match.group("name"),
                                   "discovery/state-noun"))
    return out


@lru_cache(maxsize=4)
def _counted_rival_cue(lang: str) -> re.Pattern[str] | None:
    """The verb of counting, the list of names after it and the rival phrase closing it
    (the language's ``counted_rival_verb`` and ``counted_rival_close``)."""
    table = lexicon(lang)["discovery"]
    if not table.get("counted_rival_verb") or not table.get("counted_rival_close"):
        return None
    return re.compile(rf"(?<![\w-])(?:{table['counted_rival_verb']})\s+(?P<list>[^.;:]{{1,120}}?)"
                      rf"\s+(?:{table['counted_rival_close']})")


@lru_cache(maxsize=4)
def _rival_list_verb(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The word before a list of rivals closed by the verb of competing, and that verb
    right after the list's last name ("mit X und Y konkurriert"); None where the language
    puts the verb first."""
    table = lexicon(lang)["discovery"]
    if not table.get("rival_list_before") or not table.get("rival_list_verb"):
        return None
    return (re.compile(rf"(?<![\w-])(?:{table['rival_list_before']})\s+"),
            re.compile(rf"\s+(?:{table['rival_list_verb']})\b"))


@lru_cache(maxsize=4)
def _rival_words(lang: str) -> re.Pattern[str] | None:
    """A rival's words before a name (the language's ``short_name_rival``)."""
    words = lexicon(lang)["discovery"].get("short_name_rival", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+") if words else None


# The capitalised word right after a name, no further capitals after it: "Cells" of "Altera Cells to".
_NEXT_NAME_WORD = re.compile(r" (?P<word>[A-Z][a-z]+)(?![\w\-&])(?!\s+[A-Z0-9&])")


@lru_cache(maxsize=4)
def _rival_before_name(lang: str) -> re.Pattern[str] | None:
    """A rival's words right before a name (the language's ``short_name_rival``)."""
    words = lexicon(lang)["discovery"].get("short_name_rival", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+$") if words else None


# A capitalised word of a law's or a partnership's name, hyphens inside ("Sarbanes-Oxley",
# "EU-Richtlinie"); no possessive ("Apple's Digital Markets Act filing" names Apple).
_NAME_WORD = r"[A-ZÄÖÜ][\w\-]*"


@lru_cache(maxsize=4)
def _law_name(lang: str) -> re.Pattern[str] | None:
    """A run of at most six capitalised words on one line (small joining words
    inside) closed by a law's last word, which no capitalised word follows ("Law
    School" is none); no more, so that a headline in title case ("Acme Wins
    Case Under …") keeps its company."""
    table = lexicon(lang)["discovery"]
    if not table.get("law_heads"):
        return None
    joins = table.get("law_name_joins", [])
    join = rf"(?: +(?:{alternation(joins)}))?" if joins else ""
    return re.compile(rf"(?<![\w\-])(?:{_NAME_WORD}{join} +){{0,6}}(?P<head>(?:{_NAME_WORD}-)?"
                      rf"(?:{alternation(table['law_heads'])}))(?![\w\-])(?! +[A-ZÄÖÜ])")


def _law_names(lang: str, text: str) -> list[tuple[int, int]]:
    """The spans of the words before a law's last word: the parts no name may take."""
    pattern = _law_name(lang)
    if pattern is None or not any(head in text for head in _law_heads(lang)):
        return []  # a law's last word is in every match, as written: few texts hold one
    return [(match.start(), match.start("head")) for match in pattern.finditer(text)
            if match.start() < match.start("head") and not _title_case_line(text, match.start())]


@lru_cache(maxsize=4)
def _law_heads(lang: str) -> tuple[str, ...]:
    """A law's last words (``_law_name``'s heads), looked for before the pattern: its
    run of capitalised words before the head is tried at every word of a text."""
    return tuple(lexicon(lang)["discovery"].get("law_heads", ()))


# A word of four letters or more: in a headline in title case every one is capitalised.
_LONG_WORD = re.compile(r"[^\W\d_][\w\-]{3,}")


def _title_case_line(text: str, at: int) -> bool:
    """Is the line holding ``at`` in title case ("Acme Wins Ruling Under …
    Act")? There capitals tell no name from a verb, and a law's name is not
    told from the company before it."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = _LONG_WORD.findall(text, start, len(text) if end < 0 else end)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


# A partnership's name on one line: two to four capitalised words, "&" and one more ("Wilson
# Sonsini Goodrich & Rosati"), not opening a longer word or closing on an abbreviation's stop.
_PARTNERSHIP = re.compile(r"(?<![\w\-&.])(?P<before>[A-ZÄÖÜ][a-zäöüß][\w\-]*(?: +[A-ZÄÖÜ][a-zäöüß][\w\-]*)"
                          r"{1,3}) +& +(?P<after>[A-ZÄÖÜ][a-zäöüß][\w\-]*)(?![\w\-&])(?!\.\w)")


def _partnerships(lang: str, text: str, mentions: list[Mention],
                  offset: int = 0) -> list[tuple[tuple[int, int], str]]:
    """The names of partnerships ("Wilson Sonsini Goodrich & Rosati") with a
    catalogued one-word name inside them that is neither the whole part before
    the "&" nor the last word, and no mention after the "&", no legal form
    ("Muster & Co") nor unit noun after ("its Care Home & Garden unit"): such
    a firm is named after its partners, and the word names none of them
    alone; nor a name a unit noun introduces ("The defense unit, X & Y,"). Each as its span of the partners' names and the name as printed."""
    table = lexicon(lang)["discovery"]
    forms = set(table["legal_suffixes"]) | set(table["drop_suffixes"])
    units = _unit_heads(lang)
    words = not_names(lang)
    found: list[tuple[tuple[int, int], str]] = []
    if "&" not in text:
        return found
    spans = [(m.start - offset, m.end - offset, m.surface) for m in mentions]
    for match in _PARTNERSHIP.finditer(text):
        after = match.group("after")
        if after in forms or f"{after}." in forms:
            continue
        lead = _leading_function_words(match.group("before"), words)
        start, end = match.start() + lead, match.end()
        before_end = match.end("before")
        if any(first < end and match.start("after") < last for first, last, _ in spans):
            continue
        inside = [surface for first, last, surface in spans if start <= first and last <= before_end
                  and " " not in surface and not (first == start and last == before_end)]
        if not inside or " " not in text[start:before_end]:
            continue
        following = text[end:end + 40].split(maxsplit=1)
        if following and units.match(following[0]):
            continue
        preceding = text[max(0, start - 40):start].rstrip()
        if preceding.endswith(",") and (noun := preceding[:-1].split()[-1:]) and units.match(noun[0]):
            continue  # "The defense unit, Embraer Defense & Security,": the unit's name
        found.append(((start, end), text[start:end]))
    return found


def _product_noun_named(document: Document, mention: Mention) -> bool:
    """Is a discovered person's first word a product's kind noun after an article ("auf
    den Chip Forge von X", "das Modell Atlas"): the noun names the kind of the product
    after it, no given name, though a person may be called so ("Chip")."""
    sentence = document.sentence_at(mention.start)
    return mention.type == "Person" and sentence is not None \
        and mention.label.split(" ", 1)[0] in _product_nouns(document.lang) \
        and _article_end(document.lang).search(sentence.text, 0, sentence.local(mention.start)) is not None


@lru_cache(maxsize=4)
def _product_nouns(lang: str) -> frozenset[str]:
    """The kind nouns of products ("Chip", "Modell", "Medikament"), as printed."""
    words = lexicon(lang)["references"]
    return frozenset([*words["product_heads"], *words["product_kinds"]])


@lru_cache(maxsize=4)
def _article_end(lang: str) -> re.Pattern[str]:
    """An article or possessive ending the text before a word ("den ", "seinen ")."""
    return re.compile(rf"(?<![\w\-])(?i:{lexicon(lang)['discovery']['articles']})\s+$")


@lru_cache(maxsize=4)
def _product_not_before(lang: str) -> re.Pattern[str] | None:
    nouns = lexicon(lang)["discovery"].get("product_not_before", [])
    return re.compile(rf"\s+(?:{alternation(nouns)})(?![\w\-])") if nouns else None


def discover_entities(document: Document) -> list[Mention]:
    """Mentions of entities the catalogue does not know."""
    pats = _patterns(document.lang)
    given = given_names(document.catalogue)
    _versioned_models(document)
    _parallel_products(document)
    units = _units(document)  # first: "said Data Center revenue" names a unit, no speaker
    units += _cued_units(document, pats, units)
    units += _line_units(document, units)
    found: list[Mention] = []
    displaced: dict[str, str] = {}  # catalogued person -> the surname a discovered one took
    for sentence in document.sentences:
        found += _organisations(sentence, pats, document.catalogue, _unit_heads(document.lang),
                                info(document.lang).case_sensitive)
        found += _based(document, sentence, pats, found)
        found += _seated(document, sentence, pats, found)
        found += _covered(document, sentence, pats, found)
        found += _headed(document, sentence, pats)
        found += _opening_trade(document, sentence, pats)
        found += _shares_of_named(document, sentence, pats)
        found += _owned(document, sentence, pats, found)
        found += _listed_clause(document, sentence, pats, found)
        found += _examples(document, sentence, pats, found)
        found += _persons(sentence, pats, displaced)
        for mention in _employed(sentence, pats, given, info(document.lang).case_sensitive):
            if not any(o.start < mention.end and mention.start < o.end for o in found):
                found.append(mention)
    found += _boxed_firms(document, pats, found)
    found += _shortened_firms(document, pats, found)
    _drop_surname_matches(document, displaced)
    _drop_other_given_names(document, given)
    _drop_titled_names(document)
    _drop_cities_named_as_states(document)
    _drop_surname_adjectives(document, pats.not_names)
    found += _named_again(document, pats, given, found)
    # a legal form's name kept its opening question word only in a statement (see _asks)
    found = [m for m in found if (_is_name(m.label, pats.statement_not_names if m.rule == "discovery/legal-form"
                                           else pats.not_names)
                                  or m.label.split()[0] in pats.name_articles)
             and not any(u.start < m.end and m.start < u.end for u in units)
             and not _product_noun_named(document, m)
             and not _surname_in_genitive(document, m, found)]
    found += units
    found += _short_compounds(document)
    found += _rival_list_names(document, pats, found)
    found += _counted_rivals(document, pats, found)
    found += _country_possessed(document, pats, found)
    found += _state_nouns(document, found)
    found += [p for p in _described_products(document, pats)
              if not any(m.start < p.end and p.start < m.end for m in found)]
    found += [p for p in _cities(document, pats, found)
              if not any(m.start < p.end and p.start < m.end and not _trimmed_later(m, found)
                         for m in found)]
    if info(document.lang).case_sensitive:
        found = _shortest_forms(found)
    found = _apposed_units(document, found)
    found += _repeats(document, found)
    found += _discovered_short_compounds(document, pats, found)
    found += [m for m in _capitalised_lines(document, {m.label for m in found})
              if not any(f.start < m.end and m.start < f.end for f in found)]
    found = _owned_by_most_named(document, _outside_longer_names(document, _joined_names(document, pats, found)))
    found = _owned_by_namesake(document, found)
    return _catalogue_capitals(document.catalogue, found)


def bare_exchange_indices(document: Document) -> None:
    """Read an exchange's bare name as the index the article names in full with it ("Chip
    stocks lift Nasdaq" beside "the Nasdaq Composite gained 1.1%"): where the index is the
    article's, its short name moves and is lifted as the index, while the exchange is named
    only as a venue ("listed on Nasdaq", "an der Nasdaq notiert"), in a ticker's bracket
    ("NASDAQ: ACME") or in a listing compound ("Nasdaq-listed"), which keep it. Changes the
    mentions in place."""
    indices = {m.label for m in document.mentions if m.type == "MarketIndex"}
    if not indices:
        return
    venue = lexicon_pattern(document.lang, "listing", "venue")
    venue_before = re.compile(rf"(?:{venue.pattern})\s+$") if venue is not None else None
    for sentence in document.sentences:
        for k, mention in enumerate(sentence.mentions):
            if mention.type != "StockExchange":
                continue
            full = [label for label in indices if label.startswith(mention.surface + " ")]
            before = sentence.text[:sentence.local(mention.start)]
            if len(full) != 1 or _EXCHANGE_NAMED_AFTER.match(sentence.text, sentence.local(mention.end)) \
                    or venue_before is not None and venue_before.search(before) \
                    or _named_as_company(document.lang, sentence, mention):
                continue
            sentence.mentions[k] = replace(mention, label=full[0], type="MarketIndex",
                                           rule="discovery/bare-index")


# After an exchange's name as a venue, not an index: a ticker's colon, a hyphen's compound.
_EXCHANGE_NAMED_AFTER = re.compile(r"\s*:|-")


def _named_as_company(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the exchange's bare name the operator company's ("Shares of Nasdaq Inc rose 2%",
    "Nasdaq said", "Nasdaq's revenue")? A legal suffix, a noun of shares, a verb of speech or
    a possessive after it, or a noun of shares with its owner's preposition before it, name
    the company, whose move is no index's."""
    after, before = _company_context(lang)
    return after.match(sentence.text, sentence.local(mention.end)) is not None \
        or before is not None and before.search(sentence.text, 0, sentence.local(mention.start)) is not None


@lru_cache(maxsize=4)
def _company_context(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The words after and before an exchange's name that make it the operator company's."""
    table = lexicon(lang)
    share_nouns = table["clauses"]["share_nouns"]
    suffixes = "|".join(re.escape(s) for s in table["discovery"]["legal_suffixes"])
    speech = table["roles"]["speech"]
    after = re.compile(rf"\s*(?:['’]s(?!\w)|(?:{suffixes})(?![\w.])|(?:{share_nouns}|{speech})(?!\w))")
    owner = table["attribution"].get("share_owner_before")
    before = re.compile(rf"(?<![\w-])(?:{share_nouns})\s+(?:{owner})\s+$") if owner else None
    return after, before


def _surname_in_genitive(document: Document, mention: Mention, found: list[Mention]) -> bool:
    """Is the person's name opened by the genitive of another person's surname ("Bredes
    Aufgaben als Finanzchef übernimmt …" after "Finanzvorstand Tobias Brede")? The phrase
    speaks of that person's duties or words; the title after it is no new person's."""
    ending = lexicon_pattern(document.lang, "discovery", "surname_genitive")
    words = mention.label.split()
    if ending is None or mention.type != "Person" or len(words) < 2:
        return False
    surnames = {m.label.split()[-1] for m in [*found, *document.mentions]
                if m.type == "Person" and m.label != mention.label and " " in m.label}
    return any(words[0].startswith(surname) and ending.fullmatch(words[0][len(surname):])
               for surname in surnames)


@per_catalogue
def _labels_by_slug(catalogue: Catalogue) -> dict[str, CatalogueEntry | None]:
    """Each catalogued label by the slug that names its IRI; None for a slug two labels
    share."""
    by_slug: dict[str, CatalogueEntry | None] = {}
    for entry in catalogue.entries.values():
        slug = entity_slug(entry.label)
        by_slug[slug] = None if slug in by_slug else entry
    return by_slug


def _catalogue_capitals(catalogue: Catalogue, found: list[Mention]) -> list[Mention]:
    """A discovered name that is a catalogued label in other capitals or stops ("des
    Ölkonzerns Adnoc" of "ADNOC", "Arm" of "ARM"): the catalogued entity, whose IRI it
    would name, so that one node never carries two labels. Where the kinds differ (a
    person's name that slugs to a product's) or two catalogued labels share the slug, the
    name is no entity of its own: it would give that node a second label too."""
    by_slug = _labels_by_slug(catalogue)
    out: list[Mention] = []
    for mention in found:
        if catalogue.get(mention.label) is not None or (slug := entity_slug(mention.label)) \
                not in by_slug:
            out.append(mention)
            continue
        entry = by_slug[slug]
        if entry is not None and (entry.type == mention.type
                                  or {entry.type, mention.type} <= ORGANIZATION_TYPES):
            out.append(replace(mention, label=entry.label, type=entry.type))
    return out


def _trade_shortened(mention: Mention, pats: _Patterns, lang: str) -> str | None:
    """The leading words of a discovered company's name of three words or more
    that ends in a trade or name-ending word ("Van Rensburg" of "Van Rensburg
    Logistics", "Nordhavn Cable" of "Nordhavn Cable Systems"): news name a firm
    so after its first mention. Two leading words at least, each capitalised,
    so no single surname or common word is taken for the firm."""
    words = mention.label.split(" ")
    if mention.type != "Company" or not mention.rule.startswith("discovery/") or len(words) < 3 \
            or (words[-1] not in pats.legal_words and words[-1] not in _line_words(lang)):
        return None
    lead = words[:-1]
    if not all(re.fullmatch(r"[A-ZÄÖÜ][\w'’\-]+", w) or w in _name_particles(lang) for w in lead) \
            or not lead[-1][0].isupper() or any(w in pats.not_names for w in lead):
        return None
    return " ".join(lead)


@lru_cache(maxsize=4)
def _name_particles(lang: str) -> frozenset[str]:
    """The particles inside names ("van", "der"), each word of the language's list."""
    return frozenset(lexicon(lang)["discovery"]["roles"]["particles"].replace("|", " ").split())


# A capitalised word and an ampersand right before a name: "Harwick & " of "Harwick & Dunmore".
_JOINED_BEFORE = re.compile(r"(?<![\w&\-])(?P<word>[A-ZÄÖÜ][\w\-]*)\s+&\s+$")


def _joined_names(document: Document, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """``found`` with each organisation whose name an ampersand joins to a capitalised word
    before it ("Harwick & Dunmore") named whole: a firm's name of two partners is one name,
    and its last part alone ("Dunmore") names no firm, whatever the rule that found it."""
    out: list[Mention] = []
    for mention in found:
        sentence = document.sentence_at(mention.start) if mention.type in ORGANIZATION_TYPES else None
        joined = _JOINED_BEFORE.search(sentence.text, 0, sentence.local(mention.start)) \
            if sentence is not None else None
        if sentence is None or joined is None:
            out.append(mention)
            continue
        start = sentence.start + joined.start()
        if joined.group("word") in pats.not_names or _taken(sentence, start, mention.start) \
                or any(m.start < mention.start and start < m.end for m in found):
            out.append(mention)
            continue
        out.append(replace(mention, start=start, label=f"{joined.group('word')} & {mention.label}",
                           surface=sentence.text[joined.start():sentence.local(mention.end)]))
    return out


def _outside_longer_names(document: Document, found: list[Mention]) -> list[Mention]:
    """``found`` without the names that are only part of a longer name of
    something else (see :func:`parts_of_longer_names`), sentence by sentence."""
    # each mention put into its sentence by bisection: a scan of all ``found`` for each
    # sentence grew with the square of a long text's length
    inside: dict[int, list[Mention]] = {}
    for mention in found:
        sentence = document.sentence_at(mention.start)
        if sentence is not None:
            inside.setdefault(sentence.index, []).append(mention)
    parts: list[Mention] = []
    for sentence in document.sentences:
        if sentence.index in inside:
            parts += parts_of_longer_names(document.lang, sentence.text, inside[sentence.index],
                                           sentence.start)
    return [m for m in found if m not in parts]


# A version number right after a model family's name: "Gemini 4", "Llama-5", "Grok 4.2";
# one or two digits, so no amount ("ChatGPT 800 million") and no year ("Gemini 2026").
# Nor an ordinal inside a sentence ("Gemini 12. Mai", "Llama 3. Generation").
_VERSION = re.compile(r"[ \-](?P<version>[1-9]\d?(?:\.\d{1,2})?)(?![\w%]|[.,]\d|\.\s+[\da-zäöüA-ZÄÖÜ])")


@lru_cache(maxsize=4)
def _number_words(lang: str) -> frozenset[str]:
    """Words that make a number after a model's name an amount ("Gemini 3
    Prozent", "Llama 5 million"), lower case."""
    words = quantity_words(lang)
    table = [*words["scale"], *words["percent"], *words["points"], *words["currency_after"],
             *words["minor_currency"]]
    return frozenset(word.lower() for word in table)


def _versioned_models(document: Document) -> None:
    """A catalogued model family's name followed by a version number the
    catalogue does not list ("Gemini 4" where it knows "Gemini" and "Gemini
    3") names that version: its own model, made by the family's developer
    (the mention keeps the family as its owner). So does a company's name
    joined to a lettered version of the models the catalogue lists by it
    ("DeepSeek-V4"). A number that a scale, percent or currency word follows
    is an amount, not a version."""
    amounts = _number_words(document.lang)
    for sentence in document.sentences:
        for k, mention in enumerate(sentence.mentions):
            if mention.rule != "gazetteer" or mention.type != "AIModel" \
                    and not _company_lettered(document, sentence, mention):
                continue
            match = _VERSION.match(sentence.text, sentence.local(mention.end))
            family = mention.label
            if match is None:
                # "Kimi K3" where the catalogue knows "Kimi" and "Kimi K2": a version with the
                # letter the family's listed versions carry
                match = _LETTERED.match(sentence.text, sentence.local(mention.end))
                if match is not None and (family, match.group("letter")) not in _letters(document.catalogue):
                    match = None
            if match is None:
                # "Claude Opus 5" where the catalogue knows "Claude" and "Claude Opus 4.1": a
                # tier of the family the catalogue lists with a version, then a new version
                tier = _TIER.match(sentence.text, sentence.local(mention.end))
                if tier is None or f"{family} {tier.group('tier')}" not in _tiers(document.catalogue):
                    continue
                family = f"{family} {tier.group('tier')}"
                match = _VERSION.match(sentence.text, tier.end())
                if match is None:
                    continue
            label = f"{family} {match.group('version')}"
            surface = sentence.text[sentence.local(mention.start):match.end()]
            if mention.type != "AIModel":
                label = surface  # "DeepSeek-V4": spelled as the company's listed models are
            after = sentence.text[match.end():].split(maxsplit=1)
            if document.catalogue.get(label) is not None \
                    or (after and after[0].lower().strip(".,;:") in amounts):
                continue
            end = sentence.start + match.end()
            sentence.mentions[k] = Mention(mention.start, end, label, "AIModel", surface,
                                           MODEL_VERSION, owner=mention.label)
        _attached_versions(document, sentence, amounts)


def _attached_versions(document: Document, sentence: Sentence, amounts: frozenset[str]) -> None:
    """A version written onto a model family's name, as the catalogue writes the family's
    listed versions ("Qwen3.5" where it knows "Qwen" and "Qwen2.5"): that version, its own
    model, made by the family's developer. The gazetteer finds no name in such a word, the
    family's name being cut off by the digit; a name it found there ("Qwen3-Max") stays. A
    tier joined by a hyphen, as the catalogue joins it to the family's listed versions
    ("Qwen3.6-Max" where it knows "Qwen3-Max"), is a word of the version's name; another
    word there ("Qwen3.6-Modell") is not."""
    pattern = _attached_families(document.catalogue)
    if pattern is None:
        return
    for match in pattern.finditer(sentence.text):
        label = match.group(0)
        tier = _HYPHEN_TIER.match(sentence.text, match.end())
        if tier is not None and (match.group("family"), tier.group("tier")) in _hyphen_tiers(document.catalogue):
            label = sentence.text[match.start():tier.end()]
        start, end = sentence.start + match.start(), sentence.start + match.start() + len(label)
        after = sentence.text[sentence.local(end):].split(maxsplit=1)
        if document.catalogue.get(label) is not None or _taken(sentence, start, end) \
                or (after and after[0].lower().strip(".,;:") in amounts):
            continue
        sentence.mentions.append(Mention(start, end, label, "AIModel", label, MODEL_VERSION,
                                         owner=match.group("family")))
        sentence.mentions.sort(key=lambda m: m.start)


@per_catalogue
def _attached_families(catalogue: Catalogue) -> re.Pattern[str] | None:
    """A name of a model family whose versions the catalogue lists written onto it
    ("Qwen" of "Qwen2.5" and "Qwen3"), followed by such a version; None where it lists none."""
    families = set()
    for entry in catalogue.entries.values():
        if entry.type != "AIModel":
            continue
        for name in entry.names:
            version = _ATTACHED.fullmatch(name)
            if version is None:
                continue
            family = catalogue.get(version.group("family"))
            if family is not None and family.type == "AIModel":
                families.add(version.group("family"))
    if not families:
        return None
    return re.compile(rf"(?<![\w\-.])(?P<family>{alternation(sorted(families))}){_ATTACHED_VERSION}")


# A tier joined by a hyphen to a model's version ("-Max" of "Qwen3-Max").
_HYPHEN_TIER = re.compile(r"-(?P<tier>[A-Z][a-z]+)(?![\w\-])")


@per_catalogue
def _hyphen_tiers(catalogue: Catalogue) -> frozenset[tuple[str, str]]:
    """The model families whose versions the catalogue lists with a tier joined by a hyphen,
    each with that tier ("Qwen" and "Max" of "Qwen3-Max"): a new version of the family may
    carry it too."""
    found = set()
    for entry in catalogue.entries.values():
        if entry.type != "AIModel":
            continue
        for name in entry.names:
            head, hyphen, tier = name.rpartition("-")
            version = _ATTACHED.fullmatch(head) if hyphen else None
            if version is not None and _HYPHEN_TIER.fullmatch(f"-{tier}"):
                found.add((version.group("family"), tier))
    return frozenset(found)


# A version number written right after a letter of a model family's name ("Qwen2.5").
_ATTACHED_VERSION = r"(?P<version>[1-9]\d?(?:\.\d{1,2})?)(?![\w%]|[.,]\d)"
_ATTACHED = re.compile(rf"(?P<family>.*[A-Za-z]){_ATTACHED_VERSION}")


def _company_lettered(document: Document, sentence: Sentence, mention: Mention) -> bool:
    """Is the company's name joined by a hyphen to a lettered version its catalogued
    models carry ("DeepSeek-V4" where the catalogue lists "DeepSeek-V3" by DeepSeek)?
    That names a new model of the company, not the company: the hyphen ties the version
    to the name, which a space ("DeepSeek V4 …") would not make sure of after a company."""
    if mention.type not in ORGANIZATION_TYPES:
        return False
    match = _LETTERED.match(sentence.text, sentence.local(mention.end))
    return match is not None and match.group(0).startswith("-") \
        and (mention.label, match.group("letter")) in _letters(document.catalogue)


# One capitalised word after a name: the kind of product a company's name may open ("Music").
_KIND_WORD = re.compile(r" (?P<word>[A-Z][a-z]+)(?![\w\-&])")


def _parallel_products(document: Document) -> None:
    """A catalogued company's name and one capitalised word, as a list item next to a
    catalogued product named by another company's name and the same word ("Apple Music,
    Amazon Music and YouTube Music"): that company's product of the kind, named as its
    neighbour is, and not the company. A word no listed neighbour shares ("Amazon Prime
    and Apple Music") leaves the company as it is."""
    for sentence in document.sentences:
        products = [m for m in sentence.mentions if m.type in PRODUCT_TYPES and m.rule == "gazetteer"]
        if not products:
            continue
        for k, mention in enumerate(sentence.mentions):
            if mention.type not in ORGANIZATION_TYPES or mention.rule != "gazetteer":
                continue
            word = _KIND_WORD.match(sentence.text, sentence.local(mention.end))
            if word is None:
                continue
            end = sentence.start + word.end()
            name = sentence.text[sentence.local(mention.start):word.end()]
            if document.catalogue.get(name) is not None or not any(
                    _same_kind(document.catalogue, product, mention.label, word.group("word"))
                    and _list_neighbours(document.lang, sentence, product, mention.start, end)
                    for product in products):
                continue
            sentence.mentions[k] = Mention(mention.start, end, name, "Product", name,
                                           "discovery/parallel-product")


def _same_kind(catalogue: Catalogue, product: Mention, company: str, word: str) -> bool:
    """Is ``product`` named by another catalogued company's name and ``word`` ("Apple
    Music" beside "Amazon" and "Music")?"""
    maker = product.label.removesuffix(f" {word}")
    entry = catalogue.get(maker)
    return maker != product.label and maker != company and entry is not None \
        and entry.type in ORGANIZATION_TYPES


def _list_neighbours(lang: str, sentence: Sentence, product: Mention, start: int, end: int) -> bool:
    """Are ``product`` and the span ``start``..``end`` next items of one list, only a
    comma or a conjunction between them?"""
    gap = sentence.text[sentence.local(product.end):sentence.local(start)] if product.end <= start \
        else sentence.text[sentence.local(end):sentence.local(product.start)]
    return (product.end <= start or end <= product.start) \
        and _list_gap(lang).fullmatch(gap) is not None


@lru_cache(maxsize=4)
def _list_gap(lang: str) -> re.Pattern[str]:
    """What stands between two items of a list: a comma, a joining word of the
    language's lists (lexicon ``[figures] list_joining``) or both."""
    joining = lexicon(lang)["figures"].get("list_joining") or r"(?!)"
    return re.compile(rf"\s*,\s*(?:(?:{joining})\s+)?|\s+(?:{joining})\s+")


# A version of one capital letter and a number after a model family's name ("Kimi K3").
_LETTERED = re.compile(r"[ \-](?P<version>(?P<letter>[A-Z])[1-9]\d?(?:\.\d{1,2})?)(?![\w%]|[.,]\d)")


@per_catalogue
def _letters(catalogue: Catalogue) -> frozenset[tuple[str, str]]:
    """The model families whose versions the catalogue lists with a letter before the
    number ("K" of "Kimi K2", "V" of "DeepSeek-V3"), each with that letter: a new version
    of the family is named the same way."""
    found = set()
    for entry in catalogue.entries.values():
        if entry.type != "AIModel":
            continue
        for name in entry.names:
            version = re.fullmatch(r"(?P<family>.+?)" + _LETTERED.pattern + "$", name)
            if version is not None:
                found.add((version.group("family"), version.group("letter")))
    return frozenset(found)


# A capitalised word after a model family's name: a tier of the family ("Opus" of "Claude Opus").
_TIER = re.compile(r" (?P<tier>[A-Z][a-z]+)")


@per_catalogue
def _tiers(catalogue: Catalogue) -> frozenset[str]:
    """The model families with a tier word the catalogue lists with a version
    ("Claude Opus" of "Claude Opus 4.1"): a new version of a tier is named so."""
    tiers = set()
    for entry in catalogue.entries.values():
        if entry.type != "AIModel":
            continue
        for name in entry.names:
            head, _, version = name.rpartition(" ")
            if head and " " in head and _VERSION.fullmatch(f" {version}"):
                tiers.add(head)
    return frozenset(tiers)


# A word of a line printed in capitals: "JPMORGAN", "WARBURG", "S&P", "H&M".
_CAPITAL_WORD = re.compile(r"[^\W\d_][\w&'’.]*(?<![.'’])")


@per_catalogue
def _capitalised_names(catalogue: Catalogue, lang: str) -> dict[str, tuple[str, str]]:
    """A company's or institution's names in capitals ("WARBURG RESEARCH"),
    for headline lists printed in capitals. Names already in capitals
    ("UBS") the catalogue matches as printed; an upper-cased name two
    entities share, or one that is an ordinary word of the language
    ("NEXT", "BLOCK"), names none."""
    ordinary = {w.upper() for w in lexicon(lang)["discovery"]["ordinary_short_names"]}
    ordinary |= {w.upper() for w in not_names(lang)}
    found: dict[str, set[tuple[str, str]]] = {}
    for entry in catalogue.entries.values():
        if entry.type not in ("Company", "FinancialInstitution"):
            continue
        for name in entry.names:
            upper = name.upper()
            if len(name) >= 3 and not name.isupper() and upper not in ordinary:
                found.setdefault(upper, set()).add((entry.label, entry.type))
    return {name: owners.pop() for name, owners in found.items() if len(owners) == 1}


def _capitalised_lines(document: Document, discovered: set[str]) -> list[Mention]:
    """Catalogued companies and institutions in a sentence printed wholly in
    capitals, as news agencies print lists of analysts' ratings ("JPMORGAN
    HEBT ZIEL FÜR MUSTER AUF 50 EUR"): the longest run of up to four words
    that is a catalogued name in capitals, where no mention is yet; the
    short name of "Muster SE" ("MUSTER") only when the article names the
    company elsewhere (``discovered``: the labels discovery found there, as
    "Muster-Papiere" names it), as it may be an ordinary word, or where a house named before
    rates it ("KEPLER CHEUVREUX SENKT MUSTER AUF 'REDUCE'": the slot of
    :func:`_rated_capitals`, and only that slot)."""
    out: list[Mention] = []
    names: dict[str, tuple[str, str]] | None = None
    rated = _rated_capitals(document.lang)
    for sentence in document.sentences:
        if not sentence.text.isupper():
            continue  # one C-level test for every other sentence
        slots = {m.span("name"): m.start() for m in rated.finditer(sentence.text)} \
            if rated is not None else {}
        if names is None:
            named = {m.label for m in document.mentions} | discovered
            short = _short_compounds_of(document.catalogue, document.lang)[0]
            names = {**{name.upper(): owner for name, owner in short.items() if owner[0] in named},
                     **_capitalised_names(document.catalogue, document.lang)}
        words = list(_CAPITAL_WORD.finditer(sentence.text))
        k = 0
        while k < len(words):
            for width in range(min(4, len(words) - k), 0, -1):
                first, last = words[k], words[k + width - 1]
                phrase = sentence.text[first.start():last.end()]
                verb = slots.get((first.start(), last.end()))
                owner = names.get(phrase) or (
                    _short_names_in_capitals(document.catalogue, document.lang).get(phrase)
                    if verb is not None and _house_before(sentence, verb, out) else None)
                if owner is None:
                    continue
                start, end = sentence.start + first.start(), sentence.start + last.end()
                if not _taken(sentence, start, end):
                    label, kind = owner
                    out.append(Mention(start, end, label, kind, phrase, "discovery/capitals"))
                k += width - 1
                break
            k += 1
    return out


def _discovered_short_compounds(document: Document, pats: _Patterns,
                                found: list[Mention]) -> list[Mention]:
    """"die Muster-Chefin", "die Muster-Aktie" for "Muster Systems AG" found
    in the article: the first word of a discovered company's name ending in a
    name ending ("Systems", "Holding"), or of a two-word name it was found by
    with its legal form ("Muster Antriebstechnik AG": the trade noun after the
    name is what the firm makes) or after a company noun ("der Baustoffkonzern
    Muster Baustoffe"), when it opens a compound with a share or job
    word, as for the catalogue's companies (only there: "Muster" alone may be
    anyone's name)."""
    ends = _compound_ends(document.lang)
    heads: dict[str, tuple[str, str]] = {}
    for mention in found:
        parts = mention.label.split(" ")
        if mention.type in ("Company", "FinancialInstitution") and mention.rule.startswith("discovery/") \
                and len(parts) == 2 \
                and (parts[1] in pats.legal_words
                     or mention.rule in ("discovery/legal-form", "discovery/apposition")) \
                and re.fullmatch(r"[A-ZÄÖÜ][\w]{2,}", parts[0]):
            heads.setdefault(parts[0], (mention.label, mention.type))
    if not heads or ends is None:
        return []
    return _compound_mentions(document, ends, heads, found)


def _shortest_forms(found: list[Mention]) -> list[Mention]:
    """An organisation's name found with a capitalised word before it that the
    article elsewhere names without ("die Offerte Muster Systems" beside
    "Muster Systems AG"): where nouns are capitalised that word is a noun of
    the sentence, and the name is the shorter form."""
    names = {m.label for m in found if m.type in ORGANIZATION_TYPES and " " in m.label}
    out = []
    for mention in found:
        words, parts = mention.surface.split(" "), mention.label.split(" ")
        shorter = None
        if mention.type in ORGANIZATION_TYPES and mention.rule.startswith("discovery/") \
                and parts[:len(words)] == words[:len(parts)]:
            shorter = next((k for k in range(1, len(words) - 1) if " ".join(parts[k:]) in names), None)
        if shorter is None:
            out.append(mention)
            continue
        cut = len(" ".join(words[:shorter])) + 1
        out.append(Mention(mention.start + cut, mention.end, " ".join(parts[shorter:]),
                           mention.type, mention.surface[cut:], mention.rule, mention.owner))
    return out


@per_catalogue
def given_names(catalogue: Catalogue) -> frozenset[str]:
    """First names of the catalogue's people ("Jane" of "Jane Doe"): the
    evidence that two capitalised words before "at Acme" name a person and
    not a firm or a product."""
    names = set()
    for entry in catalogue.entries.values():
        words = entry.label.split()
        if entry.type == "Person" and len(words) >= 2 and re.fullmatch(_PERSON_WORD, words[0]):
            names.add(words[0])
    # a word that is itself an entity's name ("Dallas") is no evidence of a person
    return frozenset(names - catalogue_names(catalogue))


@per_catalogue
def catalogue_names(catalogue: Catalogue) -> frozenset[str]:
    """Every name and alias the catalogue knows."""
    return frozenset(n for e in catalogue.entries.values() for n in e.names)


@per_catalogue
def unit_short_names(catalogue: Catalogue) -> dict[str, tuple[tuple[str, str], ...]]:
    """"Data Center" of "Nvidia Data Center": a unit named without its
    parent, which names it only where the parent is named too; also without
    another name of the parent ("Game & Network Services" of "Sony Game &
    Network Services", whose parent is "Sony Group", also called "Sony"), where
    the rest opens with no word of the parent's label ("Sachs Alternatives" of
    "Goldman Sachs Alternatives" is no name)."""
    units: dict[str, list[tuple[str, str]]] = {}
    for entry in catalogue.entries.values():
        if entry.type != "BusinessUnit":
            continue
        for parent in entry.parents:
            owner = catalogue.get(parent)
            prefixes = owner.names if owner is not None else (parent,)
            words = set(parent.split())
            for name in entry.names:
                for prefix in prefixes:
                    short = name[len(prefix) + 1:] if name.startswith(prefix + " ") else ""
                    if len(short) >= 3 and short[0].isupper() \
                            and (prefix == parent or short.split()[0] not in words) \
                            and (entry.label, parent) not in units.get(short, ()):
                        units.setdefault(short, []).append((entry.label, parent))
    return {short: tuple(found) for short, found in units.items()}


def _taken(sentence: Sentence, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in sentence.mentions)


def _catalogued(name: str, kind: str, catalogue: Catalogue,
                pats: _Patterns, noun: str = "") -> tuple[str, str]:
    """A name found without its legal form that the catalogue lists with
    one ("die Tochter Muster" → "Muster Holdings"): the catalogued entity. Where
    the catalogue lists it with several ("EQT Corporation", the gas producer, and "EQT
    AB", the buyout house), the descriptive ``noun`` before the name picks the one of its
    trade ("der Finanzinvestor EQT"); else, or where it fits none or more than one, the
    first by the legal forms' order."""
    entries = [entry for suffix in pats.legal_words
               if (entry := catalogue.get(f"{name} {suffix}")) is not None
               and entry.type in ORGANIZATION_TYPES]
    if not entries:
        return name, kind
    trade = descriptor_industries(pats.lang, noun) if noun and len(entries) > 1 else frozenset()
    fitting = [entry for entry in entries if industry_known_fit(entry.label, trade)]
    entry = fitting[0] if len({e.label for e in fitting}) == 1 else entries[0]
    return entry.label, entry.type


# A word of running text, to tell a headline printed in title case.
_TEXT_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_][\w'’]*")


def _title_cased(text: str) -> bool:
    """"Is This Robotics Stock a Buy After Its Debut?": most words capitalised,
    where capitals then say nothing about names (only where nouns are not
    capitalised anyway)."""
    words = _TEXT_WORD.findall(text)
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _asks(text: str) -> bool:
    """Whether the sentence is a question or a heading (no full stop closes it): only there
    does a question word open a question before a name ("Is Acme Foods stock a buy?", "Why
    Harrow Motors Stock Jumped"); a statement may open with a name that begins with one
    ("Where Food Comes From Inc. reported …")."""
    return not text.rstrip().rstrip("\"'”’»)").endswith((".", "!"))


def _organisations(sentence: Sentence, pats: _Patterns, catalogue: Catalogue,
                   unit_heads: re.Pattern[str], nouns_capitalised: bool) -> list[Mention]:
    out: list[Mention] = []
    text = sentence.text
    legal = pats.legal.finditer(text) if pats.legal_cue.search(text) \
        and (nouns_capitalised or not _title_cased(text)) else ()
    for match in legal:
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        surface = match.group("name")
        lead = _leading_function_words(surface, pats.not_names if _asks(text) else pats.statement_not_names)
        if lead and surface.split()[0] in pats.name_articles and lead == len(surface.split()[0]) + 1 \
                and re.search(r"\w", text[:match.start("name")]):
            lead = 0  # "…, The Acme Company, which": a capitalised article inside a sentence
        if lead:
            surface = surface[lead:]
            start += lead
        if match.start("name") + lead == 0 and len(surface.split()) > 2 \
                and surface.split()[1] not in pats.legal_words:
            # "Lender Acme Mobile Bank said": the sentence's descriptive noun, as before an
            # instrument code, is no word of the name
            cut = _descriptor_opening(surface, catalogue, pats.descriptive_nouns)
            surface, start = surface[cut:], start + cut
        while " " in surface and "-" in surface[:surface.index(" ")] \
                and _taken(sentence, start, start + surface.index(" ")):
            # "Shenzhen-based Acme Robotics": a compound of a known place before the name
            cut = surface.index(" ") + 1
            surface, start = surface[cut:], start + cut
        while nouns_capitalised and len(surface.split()) > 2 and pats.descriptor.fullmatch(surface.split()[0]) \
                and surface.split()[1] not in pats.legal_words \
                and not _taken(sentence, start, start + len(surface.split()[0])):
            # "den Gebäudetechnikspezialisten Muster Systems AG": a descriptive noun, as in
            # the apposition, is no word of the name after it
            cut = surface.index(" ") + 1
            surface, start = surface[cut:], start + cut
        while nouns_capitalised and len(surface.split()) > 3 \
                and _seat_adjective_opens(sentence, start, surface):
            # "die Bremer Hanseatische Kabelwerke GmbH": a city's adjective is the firm's seat,
            # no word of its name (of two words at least before the legal form: "Duisburger
            # Hafen AG" keeps its city)
            cut = surface.index(" ") + 1
            surface, start = surface[cut:], start + cut
        while " " in surface and unit_heads.match(surface.split()[0]):
            # "die Segmente Materials und …": a unit noun, not a name's first word
            cut = surface.index(" ") + 1
            surface, start = surface[cut:], start + cut
        if " " in surface and _place_possessive(sentence, start, surface.split()[0]):
            # "Britain's Acme Banking Group": the country that has the firm, no word of its name
            cut = surface.index(" ") + 1
            surface, start = surface[cut:], start + cut
        owner = _PERSON_POSSESSIVE.match(surface)
        if owner is not None and owner.group("given") in given_names(catalogue):
            # "Daniel Kretinsky's EP Corporate Group": the person who owns or runs the firm,
            # whose possessive name is no word of the firm's
            surface, start = surface[owner.end():], start + owner.end()
        if _taken(sentence, start, end) and not (
                surface.endswith(pats.organisational) and _displace_inside(sentence, start, end)
                or surface.endswith(pats.exchanges + pats.financial)
                and _displace_inside(sentence, start, end, "Place")
                or pats.investment_arms and surface.endswith(pats.investment_arms)
                and _displace_inside(sentence, start, end, "Company")
                or pats.house_arms and surface.endswith(pats.house_arms)
                and _displace_inside(sentence, start, end, "FinancialInstitution")
                or pats.funds and surface.endswith(pats.funds) and not _issuer_alone(sentence, start, surface, pats.funds)
                and _displace_inside(sentence, start, end)
                or _city_opens(sentence, start, surface, pats.drop) and _displace_inside(sentence, start, end, "Place")
                or _generic_tail(sentence, start, end, pats) and _displace_inside(sentence, start, end, "Company")
                or _catalogued_head(sentence, start, end, pats) and _displace_inside(sentence, start, end)):
            # a place opens the names of exchanges and funds: "China … Investment Fund"
            continue
        label = _canonical(surface, pats.drop)
        if len(surface.split()) < 2:
            continue  # a bare "Bank" or "Group" names nothing
        if surface.split()[-1] in pats.trade_endings and _sector_named(text, sentence.local(end), surface, pats):
            continue
        # "Falkenstein Research AG": the name without its legal form says what it is, as the
        # same name repeated without it does ("Falkenstein Research stuft …")
        financial = surface.endswith(pats.financial) or label.endswith(pats.financial) \
            or pats.institution_described is not None \
            and pats.institution_described.match(text, sentence.local(end)) is not None
        kind = "StockExchange" if surface.endswith(pats.exchanges) \
            else "FinancialInstitution" if financial \
            else "Organization" if surface.endswith(pats.organisational) else "Company"
        out.append(Mention(start, end, label, kind, surface, "discovery/legal-form"))
    appositions = pats.apposition.finditer(text) \
        if pats.apposition_cue.candidates(text, sentence.cache) else ()
    for match in appositions:
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        name = _object_noun_cut(sentence, pats, match.start("name"),
                                _trim_name(match.group("name"), pats.not_names), catalogue)
        end = start + len(name)
        if name and _taken(sentence, start, end) \
                and (parent := _parent_prefix(sentence, pats, match, start, end)) is not None:
            # "die Wartungstochter Muster Technik": a subsidiary named after its parent, whose
            # mention gives way to it
            sentence.mentions.remove(parent)
            label, kind = _canonical(name, pats.drop), "Company"
            out.append(Mention(start, end, label, kind, name, "discovery/apposition"))
            continue
        if not name or _taken(sentence, start, end):
            continue
        if name in pats.country_words:
            continue  # "shares of rival Chinese makers": a country's adjective before a noun
        if name in pats.legal_words:
            continue  # "The Acme Group Inc.": a legal form closing a name is no name of its own
        if pats.adjective_plural is not None and pats.adjective_plural.fullmatch(name):
            continue  # "AI-capable PCs", "AI-related businesses": a class of things, no firm
        weak = bool(match.groupdict().get("weak"))
        if weak and not ((" " in name or _ACRONYM_NAME.fullmatch(name))
                         and _CLOSED_AFTER.match(text, match.start("name") + len(name))) \
                and not (pats.genitive is not None
                         and pats.genitive.search(text, match.start(), match.start("noun"))):
            # "dem Konkurrenten Marktanteile abnehmen", "verkaufte dem Konkurrenten Anteile.":
            # a noun of the sentence; nouns do not stand in a row as a name's words do, nor are
            # they printed in capitals ("dem Rivalen KYB."); a genitive's noun phrase ("des
            # Kiesproduzenten X") takes no bare noun after it
            continue
        if nouns_capitalised and " " in name and match.group("noun") and not weak \
                and text[match.start("noun") - 1] == "-" and not name.endswith(pats.legal_words) \
                and text[match.start("name") - 1] not in _QUOTES \
                and not text.startswith(",", match.start("name") + len(name)) \
                and not _whole_after_compound(text, match, name, pats, catalogue):
            # "die US-Tochter Acme Lagerhallen automatisiert": after such a compound the
            # next capitalised words are as often nouns of the sentence; quotes delimit a
            # name ("der Taktik-Shooter „Delta Strike“"), as a comma right after it does ("die
            # Cloud-Sparte Acme Cloud, deren Erlöse …"); the sentence's stop does not, after
            # which the words may be the object of a verb before them
            name = name.split()[0]
            end = start + len(name)
        if match.group("based") and pats.role_before.match(text, match.start("based")):
            continue  # "the London-based analyst Jane Doe": a person's post, no trade
        noun = match.group("noun") or match.group("bare") or match.group("based")
        if len(name.split()) == 2 and name.split()[0] in given_names(catalogue):
            # "criticised by policy maker Jane Doe", "its longtime investor Jane Doe", "sagte
            # im Elektroauto Jane Doe": a person's name after the noun, a role or a speaker
            continue
        if match.groupdict().get("country") and not noun[0].islower():
            continue  # "US Producer Price Index": after a bare adjective only a common noun describes
        noun = noun.lower()
        drug = bool(pats.drug_nouns) and noun.endswith(pats.drug_nouns)
        if (noun in pats.quoted_only or drug) and text[match.start("name") - 1] not in _QUOTES \
                and not (drug and _drug_named(text, name, match.start("name"), pats)):
            continue  # "das Medikament Patienten zugänglich machen": a noun of the sentence
        if pats.subject_reference is not None and " " not in name \
                and pats.subject_reference.search(text, 0, match.start("name")):
            continue  # "sagte der Konzern Gespräche mit …": the object, no name
        if pats.genitive_reference is not None and pats.genitive_object_noun.fullmatch(name) \
                and pats.genitive_reference.search(text, 0, match.start("name")):
            continue  # "die KI-Tools des Konzerns Anzeigen …": a plural noun of the clause
        if pats.clause_final_subject is not None and pats.clause_final_verb is not None \
                and pats.clause_final_object is not None and pats.clause_final_object.fullmatch(name) \
                and pats.clause_final_verb.match(text, match.start("name") + len(name)) \
                and pats.clause_final_subject.search(text, 0, match.start("name")):
            continue  # "…, weil der Anbieter Preise erhöhte": the object before the closing verb
        if noun in pats.plain_trade and " " not in name and pats.noun_ending.fullmatch(name) \
                and not _CLOSED_AFTER.match(text, match.start("name") + len(name)):
            continue  # "will die Fluggesellschaft Kosten in Höhe von …": a noun of the sentence
        if pats.giving_dative is not None and " " not in name and pats.noun_ending.fullmatch(name) \
                and _LOWER_NEXT.match(text, match.start("name") + len(name)) \
                and pats.giving_dative.search(text, 0, match.start("noun")):
            # "liefert dem US-Konzern Leistungshalbleiter für …": the thing given; before a
            # capitalised word ("dem US-Hersteller Tolliver Dämpfer") the word is the receiver
            continue
        if noun in pats.versioned_only and not match.group("version"):
            continue  # "the model Aurora": as often a car's; "the model Aurora 2.0" is a version
        kind = _noun_kind(noun, pats)
        if match.group("comma") and kind not in PRODUCT_TYPES:
            continue  # "the company, Acme said": a comma ends the phrase of an organisation
        if match.group("comma") and not _CLOSED_AFTER.match(text, match.start("name") + len(name)):
            continue  # "the product, Smith said": a name after the comma is closed by another
        if match.group("version") and kind in PRODUCT_TYPES and name == match.group("name"):
            name += match.group("version")  # "VLA 2.0"
            end = start + len(name)
        label, kind = _catalogued(_canonical(name, pats.drop), kind, catalogue, pats, noun)
        if noun in pats.catalogued_only and label == _canonical(name, pats.drop):
            continue  # "der Großaktionär Klaus Muster": a person holds such a role as well
        out.append(Mention(start, end, label, kind, name, "discovery/apposition"))
        if noun in pats.list_nouns:
            out += _coordinated(sentence, match.start("name") + len(name), kind, pats)
        if kind in _FIRMS:
            out += _joined_before(sentence, (match.start(), match.start("name") + len(name)), kind,
                                  pats, catalogue, nouns_capitalised)
    out += _acronymed(sentence, pats)
    out += _authorities(sentence, pats, out)
    out += _courts(sentence, pats, out)
    out += _called(sentence, pats, catalogue, out)
    out += _listed_or_led(sentence, pats, catalogue)
    for match in pats.analyst_at.finditer(text) if pats.research_cue.search(text) else ():
        start = sentence.start + match.start("name")
        name = _trim_name(match.group("name"), pats.not_names)
        end = start + len(name)
        if not name or _taken(sentence, start, end) or name.split()[0] in pats.not_names:
            continue
        out.append(Mention(start, end, _canonical(name, pats.drop), "FinancialInstitution", name,
                           "discovery/analyst-employer"))
    return out


# A person's name in the possessive opening a firm's: a given name and one or two more words.
_PERSON_POSSESSIVE = re.compile(rf"(?P<given>{_PERSON_WORD})(?: {_PERSON_WORD}){{1,2}}['’]s ")
# The same possessive right before an organisation's mention ("Jane Doe's Acme Group").
_OWNER_BEFORE = re.compile(rf"(?<![\w\-'’])(?P<name>{_PERSON_WORD}(?: {_PERSON_WORD}){{1,2}})['’]s\s+$")


def _place_possessive(sentence: Sentence, start: int, word: str) -> bool:
    """Is ``word`` at ``start`` a place's possessive ("Britain's", "Japan’s"):
    a known place found there, with or without its possessive ending?"""
    if not word.endswith(("'s", "’s")):
        return False
    return any(m.type == "Place" and m.start == start
               and m.end in (start + len(word) - 2, start + len(word)) for m in sentence.mentions)


def _seat_adjective_opens(sentence: Sentence, start: int, surface: str) -> bool:
    """Does a place's adjective open the name ("Bremer" of Bremen), as a mention of the place
    printed otherwise than its name?"""
    first = next((m for m in sentence.mentions if m.start == start), None)
    return first is not None and first.type == "Place" and first.surface != first.label \
        and first.end == start + len(surface.split()[0]) and first.surface.endswith("er")


def _city_opens(sentence: Sentence, start: int, surface: str, legal_forms: tuple[str, ...]) -> bool:
    """Does a place open a firm's name with two more words and its legal form,
    as Chinese firms carry their city ("Suzhou Acme Microelectronics Co."), or
    with one word and a legal form proper ("Gdansk Shipping Ltd": no name
    ending only in a word of the trade, "Ostrava Frachtwerke")? Not after a
    lower-case word, which governs the place ("opened in Suzhou Acme …")."""
    words = surface.split()
    first = next((m for m in sentence.mentions if m.start == start), None)
    before = sentence.text[:sentence.local(start)].rstrip()
    return (len(words) >= 4 or len(words) == 3 and words[-1] in legal_forms) \
        and first is not None and first.type == "Place" \
        and first.end == start + len(words[0]) \
        and not (before and before.split()[-1][:1].islower())


# The quotes that open a name after its noun ("das Spiel „Acme Quest“").
_QUOTES = "„“\"«"
_DRUG_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}")  # a word of letters, not a code ("AB12")
_AFTER_DRUG_NAME = re.compile(r"\s+[a-zäöüß]|\s*[,.;:)]|\s*$")


def _drug_named(text: str, name: str, start: int, pats: _Patterns) -> bool:
    """Is the one capitalised word after a drug noun a drug's name, printed without quotes
    ("der Gerinnungshemmer Asundexian senkte")? Where nouns are capitalised, only a word none
    of whose endings a common noun has, followed by a word in lower case or a stop: not "das
    Medikament Patienten zugänglich machen", "den Wirkstoff Anfang 2027 einführen", nor a
    code ("der Wirkstoff AB12 wirke"), which the rule of coded names reads."""
    return _DRUG_WORD.fullmatch(name) is not None and name not in pats.not_names \
        and pats.noun_ending.fullmatch(name) is None \
        and _AFTER_DRUG_NAME.match(text, start + len(name)) is not None


# What closes a product's name set off by a comma ("its product, Velzaro, grew", "…, X-210."):
# a punctuation mark, a version or the text's end; a word after it makes the name a speaker's
# or a subject's ("the drug, Smith said").
# A name in capitals of three letters or more ("KYB"): an acronym, no noun of the sentence.
_ACRONYM_NAME = re.compile(r"[A-ZÄÖÜ]{3,}")

_CLOSED_AFTER = re.compile(r"(?:\s+\d+(?:\.\d+)*)?(?:[,.;:)!?\"“”»]|\s+[(–—-]|$)")

# A lower-case word after a name: the name may be its adjective ("Republican senator").
_LOWER_NEXT = re.compile(r"\s+[a-zäöüß]")


# The sentence's end right after a name.
_SENTENCE_END = re.compile(r"\s*(?:[.;!?]\s*)?$")


def _whole_after_compound(text: str, match: re.Match[str], name: str, pats: _Patterns,
                          catalogue: Catalogue) -> bool:
    """Do all capitalised words after a compound's noun name the firm: each word after the
    first goes on with a catalogued company's name ("Precision", "Motion"; not "Dämpfer" or
    "Lagerhallen"), and no noun of the sentence can stand there: "Der Schweizer
    Medtech-Konzern Acme Precision hat …" opens the sentence and a verb follows the name (a
    main clause's first place holds one phrase, so no object); "… mit dem US-Hersteller Acme
    Motion." is governed by a preposition or joined by a conjunction and ends the sentence.
    "Er liefert dem US-Konzern Acme Dämpfer." keeps its object out of the name."""
    later = _catalogue_later_words(catalogue)
    if not all(word in later for word in name.split()[1:]):
        return False
    after = match.start("name") + len(name)
    if not text[:match.start()].strip() and _LOWER_NEXT.match(text, after):
        return True
    return _SENTENCE_END.match(text, after) is not None \
        and pats.governed.search(text, 0, match.start()) is not None


def _based(document: Document, sentence: Sentence, pats: _Patterns,
           found: list[Mention]) -> list[Mention]:
    """A company the text introduces by its seat's compound, "Hangzhou-based
    Acme Biopharma agreed …": the capitalised words after it up to a title or a
    word that is never a name ("Boston-based Acme Chief Executive Jane Doe"
    keeps "Acme"); one word before a lower-case word only where the article
    prints it inside another sentence too, as such a word may be an adjective
    ("a Texas-based Republican senator")."""
    if pats.based is None or "-" not in sentence.text:
        return []
    out: list[Mention] = []
    for match in pats.based.finditer(sentence.text):
        words: list[str] = []
        for word in match.group("name").split():
            if word in pats.not_names or pats.title_word.fullmatch(word) \
                    or word in pats.country_words:
                break
            words.append(word)
        name = " ".join(words)
        start = sentence.start + match.start("name")
        end = start + len(name)
        if not name or _taken(sentence, start, end) \
                or any(m.start < end and start < m.end for m in found):
            continue
        if " " not in name and _LOWER_NEXT.match(sentence.text, sentence.local(end)) \
                and not _printed_inside(document, sentence, name):
            continue
        out.append(_firm(name, start, end, pats, DESCRIBED_COMPANY))
    return out


@lru_cache(maxsize=4)
def _firm_cues(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...]]:
    """A name of capitalised words (joined by "&" or not, the group ``firm``) right before the
    language's words of a seat and a city's name; the same name right after the words of its
    shares; and the trade words that make such a name a firm's."""
    table = lexicon(lang)["discovery"]
    seat, shares = table.get("seat_after_name", ""), table.get("shares_before_name", "")
    return (re.compile(rf"(?<![\w\-&])(?P<firm>{_FIRM_NAME})\s*(?:{seat})\s+{_CITY}") if seat else None,
            re.compile(rf"(?<![\w\-])(?:{shares})\s+(?P<firm>{_FIRM_NAME})") if shares else None,
            tuple(table.get("seat_name_endings", ())))


def _seated(document: Document, sentence: Sentence, pats: _Patterns,
            found: list[Mention]) -> list[Mention]:
    """A firm no catalogue knows, named with its seat right after it ("Muster Software aus
    Leipzig", "Muster & Partner mit Sitz in Köln", "Muster Energy, headquartered in Oslo")
    before a catalogued place or a city of the list, or after the words of its shares where
    a move of them or the clause's end follows ("Shares of Muster Software rose 11%", "die
    Aktien von Muster Logistik, einem …"), or after a noun of its trade opening the sentence
    without an article ("Smaller rival Muster Software slipped"): a name of two words or more whose last word tells
    a trade, or that joins two names by "&". In a language that capitalises its nouns, where
    common nouns join so too ("Äpfel & Birnen aus Chile"), a name found by its seat must be
    printed in another sentence as well, as the article names a firm it reports on."""
    seat, shares, endings = _firm_cues(document.lang)
    out: list[Mention] = []
    for match in seat.finditer(sentence.text) if seat is not None else ():
        city_at = sentence.start + match.start("name")
        if match.group("name") in city_names() or any(
                m.type == "Place" and m.start == city_at for m in sentence.mentions):
            out += _trade_firm(document, sentence, pats, found + out, match, endings,
                               info(document.lang).case_sensitive)
    opening = _OPENING_FIRM.match(sentence.text)
    if opening is not None and _trade_opens(sentence.text, opening.start("firm"), pats):
        out += _trade_firm(document, sentence, pats, found + out, opening, endings, False)
    after = _share_after(document.lang)
    for match in shares.finditer(sentence.text) if shares is not None else ():
        firm = _trade_firm(document, sentence, pats, found + out, match, endings, False)
        closed = [m for m in firm if _CLOSED_AFTER.match(sentence.text, sentence.local(m.end))
                  or after is not None and after.match(sentence.text, sentence.local(m.end))]
        out += closed
    return out


@lru_cache(maxsize=4)
def _coverage_cue(lang: str) -> re.Pattern[str] | None:
    """A name of capitalised words right after the words of a house taking up its coverage
    (the group ``firm``), closed by a word in lower case (the rating's or target's
    preposition) or the clause's end."""
    cue = lexicon(lang)["discovery"].get("coverage_before_name")
    return re.compile(rf"(?<![\w\-])(?:{cue})\s+(?P<firm>{_FIRM_NAME})(?=\s+[a-z]|[,.;]|$)") \
        if cue else None


def _covered(document: Document, sentence: Sentence, pats: _Patterns,
             found: list[Mention]) -> list[Mention]:
    """A firm no catalogue knows whose coverage a house takes up ("Bank of America initiated
    coverage of Muster Devices with a buy rating"): a house covers listed companies, so a
    name of two capitalised words or more there is a firm's, whatever trade its last word
    tells; a single word is left to the catalogue (it may be a short name)."""
    cue = _coverage_cue(document.lang)
    out: list[Mention] = []
    for match in cue.finditer(sentence.text) if cue is not None else ():
        firm = match.group("firm")
        cut = _leading_function_words(firm, pats.not_names)
        name = firm[cut:]
        words = name.split()
        if len(words) < 2 or any(word in pats.not_names for word in words) \
                or words[0] in pats.country_words or words[0] in pats.group_regions \
                or words[-1] in pats.group_plurals \
                or _sector_named(sentence.text, match.end("firm"), name, pats):
            continue
        start = sentence.start + match.start("firm") + cut
        end = start + len(name)
        if not _unfit(sentence, name, start, end, found + out, pats, document.catalogue):
            out.append(_firm(name, start, end, pats, DESCRIBED_COMPANY))
    return out


# A name after up to three words opening the sentence (after a dateline's dash).
_OPENING_FIRM = re.compile(rf"(?:[^\n]*?\s[-–—]\s+)?(?:\S+\s+){{1,3}}?(?P<firm>{_FIRM_NAME})")


def _trade_firm(document: Document, sentence: Sentence, pats: _Patterns, taken: list[Mention],
                match: re.Match[str], endings: tuple[str, ...], repeated: bool) -> list[Mention]:
    """The firm the group ``firm`` of ``match`` names, without the sentence's words before it,
    where its last word tells a trade or an "&" joins two names; none where the name is taken,
    a city, a country's word or a person's, or (``repeated``) printed in this sentence only."""
    firm = match.group("firm")
    cut = _leading_function_words(firm, pats.not_names)
    name = firm[cut:]
    words = name.split()
    if len(words) < 2 or any(word in pats.not_names for word in words) \
            or not (words[-1] in endings or "&" in words[1:-1]) or words[0] in pats.country_words \
            or _sector_named(sentence.text, match.end("firm"), name, pats):
        return []
    start = sentence.start + match.start("firm") + cut
    end = start + len(name)
    if _unfit(sentence, name, start, end, taken, pats, document.catalogue) \
            or repeated and not _named_elsewhere(document, sentence, name):
        return []
    return [_firm(name, start, end, pats, DESCRIBED_COMPANY)]


# A name of capitalised words, not opening or closing a longer word.
_NAME_RUN = re.compile(rf"(?<![\w\-&])(?P<firm>{_FIRM_NAME})(?![\w\-])")


def _shortened_firms(document: Document, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """A firm no catalogue knows, named in full by two capitalised words the second of which
    tells a trade ("Ridgeview Software", "Muster Logistik") and by its first word alone inside
    another sentence ("one of Ridgeview's largest shareholders"): news name a firm by its first
    word after the first mention, and a word printed so in mid-sentence, not only opening one,
    is a name, not a common word. Without the firm its figures, ratings and relations would go
    to the company named nearest. Not in a title-case line (its capitals tell nothing), nor
    where the first word is printed in lower case too, or is a city, a country's word, a given
    name or a catalogued name's first word, nor where the two words open a longer name found
    ("Corlane Insurance" of "Corlane Insurance Holdings"); nor where nouns are capitalised too ("Segment
    Medizintechnik"), as there a common noun is printed so."""
    if info(document.lang).case_sensitive:
        return []
    endings = pats.trade_endings
    out: list[Mention] = []
    heads = _catalogue_first_words(document.catalogue)
    for sentence in document.sentences:
        for match in _NAME_RUN.finditer(sentence.text):
            firm = match.group("firm")
            cut = _leading_function_words(firm, pats.not_names)
            name = firm[cut:]
            words = name.split()
            at = match.start("firm") + cut
            if len(words) != 2 or words[-1] not in endings or words[0] in pats.not_names \
                    or words[0] in pats.country_words or words[0] in heads \
                    or _title_case_line(sentence.text, at) \
                    or _sector_named(sentence.text, match.end("firm"), name, pats):
                continue
            start = sentence.start + at
            end = start + len(name)
            if _unfit(sentence, name, start, end, found + out, pats, document.catalogue) \
                    or any(m.label == name or m.surface.startswith(name + " ")
                           for m in [*out, *found, *document.mentions]) \
                    or not _alone_inside(document, sentence, words[0], words[1]):
                continue
            out.append(_firm(name, start, end, pats, DESCRIBED_COMPANY))
    return out


def _alone_inside(document: Document, sentence: Sentence, word: str, ending: str) -> bool:
    """Does another sentence print ``word`` after its first word and not before ``ending``,
    while no sentence prints it in lower case?"""
    prints = document.word_prints(word)
    return not prints.lower and any(
        document.sentences[index] is not sentence
        and not _before_ending(document.sentences[index].text[end:], ending)
        for index, _, end in prints.inside)


def _before_ending(rest: str, ending: str) -> bool:
    """Does ``rest`` open with a space and then ``ending``?"""
    return rest[:1].isspace() and rest.lstrip().startswith(ending)


def _sector_named(text: str, end: int, name: str, pats: _Patterns) -> bool:
    """Whether ``name``, ending at ``end`` of ``text``, names a sector or a group of stocks
    rather than a firm: a group's word follows it ("Application Software stocks fell",
    "dumped Enterprise Software names after"), or all its words before its trade ending are
    a sector's ("Cloud Software"). Markets name sectors so as often as firms bear such
    endings, and a sector taken for a firm would take the moves of the firms in it."""
    words = name.split()
    return pats.group_after is not None and pats.group_after.match(text, end) is not None \
        or len(words) > 1 and words[-1] in pats.trade_endings and all(w in pats.sector_words for w in words[:-1])


def _firm(name: str, start: int, end: int, pats: _Patterns, rule: str) -> Mention:
    """A discovered firm's mention: a financial institution where its name ends in a
    bank's word ("… Bank", "… Capital"), a company otherwise."""
    kind = "FinancialInstitution" if name.endswith(pats.financial) else "Company"
    return Mention(start, end, _canonical(name, pats.drop), kind, name, rule)


def _named_elsewhere(document: Document, sentence: Sentence, name: str) -> bool:
    """Does the article print ``name`` as a whole word group in another sentence?"""
    pattern = re.compile(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])")
    return any(other is not sentence and pattern.search(other.text) for other in document.sentences)


# What may stand between an owner clause and the owner's mention: a possessive name, the
# owner's own owner ("owned by Jane Doe's Muster Holding").
_OWNER_GAP = re.compile(rf"(?:{_WORD}\s+){{0,2}}{_WORD}['’]s\s+")


def _headed(document: Document, sentence: Sentence, pats: _Patterns) -> list[Mention]:
    """The company a paragraph opens with, its name before a colon or a spaced
    dash, where the sentence after it opens with the company's seat and a company
    noun ("Acme Präzision: Der Maschinenbauer aus Ulm hat …", "Acme: Der Karlsruher
    Softwareanbieter …", "Acme Corp: The Boston-based chipmaker", "Acme Energy -
    The Denver-based oil and gas producer jumped"), as columns and lists of the
    day's movers print them; up to three words of the trade may stand before the
    noun. Without the seat a heading's words ("Fazit: Der Konzern …") would pass
    for a name; a place there ("Eschborn - Der Münchner Autobauer …") is the
    report's dateline, never the company."""
    match = pats.headed.match(sentence.text) if pats.headed is not None else None
    if match is None:
        return []
    words = (match.group("noun") or match.group("bare")).split()
    if not any(pats.descriptor.fullmatch(w) or _company_nouns(document.lang).fullmatch(w) for w in words):
        return []
    name = match.group("name")
    start, end = sentence.start, sentence.start + len(name)
    if _leading_function_words(name, pats.not_names) or any(w in pats.not_names for w in name.split()) \
            or _taken(sentence, start, end) or _no_firm_name(name, pats, document.catalogue):
        return []
    return [_firm(name, start, end, pats, "discovery/headed")]


@lru_cache(maxsize=4)
def _opening_trade_pattern(lang: str) -> re.Pattern[str] | None:
    """A capitalised word opening the sentence, two to four capitalised words after
    it and a move of shares by a percentage ("Housebuilder Acme Homes sank 17.5%")."""
    words = lexicon(lang)["discovery"].get("short_name_after", "")
    return re.compile(rf"(?P<noun>[A-ZÄÖÜ][\w\-]*)\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})(?:{words})(?!\w)") \
        if words else None


@lru_cache(maxsize=4)
def _shares_of_pattern(lang: str) -> re.Pattern[str] | None:
    """The words of a company's shares, two or three capitalised words after them and the
    clause's end ("die Papiere von Acme Medtec.")."""
    words = lexicon(lang)["discovery"].get("short_name_before", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})(?=\s*[.;,])") \
        if words else None


def _shares_of_named(document: Document, sentence: Sentence, pats: _Patterns) -> list[Mention]:
    """A company named by its shares ("Gesucht waren die Papiere von Acme Medtec."):
    only a firm has shares, and two or three capitalised words closing the clause
    after the share words are its name, where the catalogue knows none of them. One
    capitalised word there is as often a sector's noun ("die Aktien von Autobauern")."""
    pattern = _shares_of_pattern(document.lang)
    out: list[Mention] = []
    for match in pattern.finditer(sentence.text) if pattern is not None else ():
        name = match.group("name")
        start = sentence.start + match.start("name")
        if any(w in pats.not_names for w in name.split()) or _taken(sentence, start, start + len(name)):
            continue
        out.append(_firm(name, start, start + len(name), pats, "discovery/shares-of"))
    return out


def _boxed_firms(document: Document, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """A company a quote box prints with its legal form ("Acme Energie AG | WKN: … | Kurs: …"),
    named where the article's text gives the name without it ("Acme Energie: Aktie springt
    an", "Die Aktie von Acme Energie"): only a listed firm has a box with codes and a price,
    and ingest blanks the box, so its name is found at the first sentence that repeats it
    (the others as repeats). A name the catalogue or another rule knows, with its legal form
    or without ("Continental AG" printed, "Continental" in the text), is left to them."""
    out: list[Mention] = []
    labels = {m.label for m in found} | {m.label for m in document.mentions}
    known = catalogue_names(document.catalogue)
    for printed in box_names(document):
        match = pats.legal.fullmatch(printed)
        label = _canonical(printed, pats.drop) if match is not None else ""
        if not label or label == printed or {label, printed} & (labels | known) \
                or not _is_name(label, pats.not_names) or any(w in pats.not_names for w in label.split()):
            continue
        again = re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w-])")
        for sentence in document.sentences:
            hit = again.search(sentence.text)
            start = sentence.start + hit.start() if hit is not None else 0
            if hit is not None and not _taken(sentence, start, start + len(label)) \
                    and not any(m.start < start + len(label) and start < m.end for m in found + out):
                out.append(Mention(start, start + len(label), label, "Company", label, "discovery/quote-box"))
                labels.add(label)
                break
    return out


def _opening_trade(document: Document, sentence: Sentence, pats: _Patterns) -> list[Mention]:
    """A company a market report names at a sentence's start after its trade noun
    and before its shares' move ("Housebuilder Acme Homes sank 17.5%", "Chipmaker
    Muster Devices rose 4%"): the trade noun, where an article would stand, says
    the words after it are a firm's name, and only a firm's shares move by a
    percentage. Of two words at least, as one capitalised word there is as often a
    sector's or a catalogued company's short name."""
    pattern = _opening_trade_pattern(document.lang)
    match = pattern.match(sentence.text) if pattern is not None else None
    if match is None or pats.appositions.get(match.group("noun").lower()) not in _FIRMS:
        return []
    name = match.group("name")
    start = sentence.start + match.start("name")
    if any(w in pats.not_names for w in name.split()) or _taken(sentence, start, start + len(name)):
        return []
    return [_firm(name, start, start + len(name), pats, "discovery/opening-trade")]


def _listed_clause(document: Document, sentence: Sentence, pats: _Patterns,
                   found: list[Mention]) -> list[Mention]:
    """A company the text names by its listing in the clause after it, "from
    Acme, which is preparing an initial public offering": only a company goes
    public. Not a place, a person nor the end of a longer capitalised run."""
    if pats.listing is None:
        return []
    out: list[Mention] = []
    text = sentence.text
    for match in pats.listing.finditer(text):
        if (word := _CAPITALISED_BEFORE.search(text, 0, match.start("name"))) \
                and word.group().strip() not in pats.not_names:
            continue
        if (mention := _described(document, sentence, match, pats, found + out)) is not None:
            out.append(mention)
    return out


def _described(document: Document, sentence: Sentence, match: re.Match[str], pats: _Patterns,
               taken: list[Mention]) -> Mention | None:
    """The company a describing clause names ("X, which is preparing an IPO", "X, which is
    owned by Y"): the words of the match's name group without the capitalised words that
    are no names, unless the span is taken already, or is a city, a country word, or opens
    with a given name (a person)."""
    name = _trim_name(match.group("name"), pats.not_names)
    start = sentence.start + match.start("name") + len(match.group("name")) - len(name)
    end = start + len(name)
    if _unfit(sentence, name, start, end, taken, pats, document.catalogue):
        return None
    return _firm(name, start, end, pats, DESCRIBED_COMPANY)


def _unfit(sentence: Sentence, name: str, start: int, end: int, taken: list[Mention],
           pats: _Patterns, catalogue: Catalogue) -> bool:
    """Can a name found by the clause or list around it not be a company of its own? Not
    where nothing is left of it, where its span is taken already, nor for a city, a
    country's word or a person with a given name the catalogue's people carry."""
    return not name or _taken(sentence, start, end) \
        or any(m.start < end and start < m.end for m in taken) or _no_firm_name(name, pats, catalogue)


def _no_firm_name(name: str, pats: _Patterns, catalogue: Catalogue) -> bool:
    """A city, a country's word, a person with a given name the catalogue's people carry, or
    a country's word joined to a firm noun ("den US-Konzern, eine Tochter von RTX"): such a
    compound describes a firm named elsewhere and is no name of its own."""
    return name in city_names() or name in pats.country_words or name.split()[0] in given_names(catalogue) \
        or _country_firm_noun(name, pats)


def _country_firm_noun(name: str, pats: _Patterns) -> bool:
    """Is ``name`` one word of a country's word, a hyphen and a noun describing a firm
    ("US-Konzern", "China-Tochter")?"""
    country, _, noun = name.rpartition("-")
    noun = noun.lower()
    return " " not in name and country in pats.country_words and pats.descriptor.fullmatch(noun) is not None \
        and _noun_kind(noun, pats) in _FIRMS


def _noun_kind(noun: str, pats: _Patterns) -> str:
    """The type of what a describing noun in lower case names ("drugmaker" a company,
    "model" an AI model): its own entry, else the head noun it ends in, else a company."""
    return pats.appositions.get(noun) or next(
        (t for head, t in pats.apposition_heads.items() if noun.endswith(head)), "Company")


def firm_noun(lang: str, word: str) -> bool:
    """Is ``word`` a noun that describes a firm ("des Pumpenherstellers", "drugmaker"), so that
    a name right after it is the firm's?"""
    pats = _patterns(lang)
    noun = word.lower()
    return pats.descriptor.fullmatch(noun) is not None \
        and all(_noun_kind(stem, pats) in _FIRMS for stem in (noun, noun[:-1], noun[:-2]))


def _owner_noun(gap: str, pats: _Patterns) -> bool:
    """Is ``gap`` what describes an owner before its name, "private equity firm",
    "Finanzinvestor": up to three words, the last a descriptive noun, the others in
    lower case?"""
    words = gap.split()
    return 0 < len(words) <= 3 and all(w.islower() for w in words[:-1]) \
        and pats.descriptor.fullmatch(words[-1]) is not None


def _owned(document: Document, sentence: Sentence, pats: _Patterns,
           found: list[Mention]) -> list[Mention]:
    """A company the text names by its owner, "competes with Acme, which is
    owned by Muster Holding", "Acme, die zu Muster gehört": the capitalised
    words before the clause, when the owner right after it is an organisation
    the article names; only a company is owned by one. Not a person ("Jane
    Doe, who …" takes another pronoun), nor a place the catalogue or the city
    list knows, nor the end of a longer capitalised run."""
    if pats.owned is None:
        return []
    out: list[Mention] = []
    text = sentence.text
    for match in pats.owned.finditer(text):
        owner = next((m for m in sentence.mentions if m.type in _FIRMS
                      and sentence.local(m.start) >= match.end()), None)
        if owner is None:
            continue
        gap = text[match.end():sentence.local(owner.start)]
        if gap and not _OWNER_GAP.fullmatch(gap) and not _owner_noun(gap, pats):
            continue
        if pats.owned_end is not None and not pats.owned_end.match(text, sentence.local(owner.end)):
            continue  # "…, die zu Muster …" without the verb that closes the clause
        if (word := _CAPITALISED_BEFORE.search(text, 0, match.start("name"))) \
                and word.group().strip() not in pats.not_names:
            continue  # the end of a longer run of capitalised words
        if (mention := _described(document, sentence, match, pats, found)) is not None:
            out.append(mention)
    return out


@lru_cache(maxsize=4)
def _example_cues(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The plural trade noun and the word of examples before a list of names ("lenders
    such as"), and each noun's type."""
    table = lexicon(lang)["discovery"]
    nouns = table.get("example_nouns") or {}
    if not nouns or not table.get("example_words"):
        return None
    return (re.compile(rf"(?<![\w\-])(?P<noun>{alternation(list(nouns))})\s+"
                       rf"(?:{table['example_words']})\s+(?=[A-ZÄÖÜ])"),
            {k.lower(): v for k, v in nouns.items()})


# A name of a list after its examples' word: capitalised words, closed by the list's joint
# or a punctuation mark ("joint ventures such as Acme Fiber and …").
_EXAMPLE = re.compile(rf"{_NAME}")


def _examples(document: Document, sentence: Sentence, pats: _Patterns,
              found: list[Mention]) -> list[Mention]:
    """Companies the text names as examples of a plural trade noun, "joint
    ventures such as Acme Fiber", "Banken wie Muster, Acme und Commerzbank":
    every name of the list the catalogue does not know, each closed by a
    comma, a conjunction or the sentence's end, as the noun says what they
    are; the list ends at a name that is not closed so ("lenders such as Acme
    Bank raised …" keeps "Acme Bank", then stops). Not a place, a country's
    adjective nor a person with a given name the catalogue's people carry."""
    cues = _example_cues(document.lang)
    joint = _list_joint(document.lang)
    if cues is None or joint is None:
        return []
    pattern, types = cues
    text = sentence.text
    out: list[Mention] = []
    for match in pattern.finditer(text):
        kind = types[match.group("noun").lower()]
        at = match.end()
        while (name_match := _EXAMPLE.match(text, at)) is not None:
            name = _trim_name(name_match.group(), pats.not_names)
            after = name_match.start() + len(name)
            closing = joint.match(text, after)
            if not name or name != name_match.group() or not (
                    closing or re.match(r"\s*(?:[.;:)]|$)", text[after:])):
                break
            start = sentence.start + name_match.start()
            end = start + len(name)
            if not _unfit(sentence, name, start, end, found, pats, document.catalogue):
                out.append(Mention(start, end, _canonical(name, pats.drop), kind, name,
                                   DESCRIBED_COMPANY))
            if closing is None:
                break
            at = closing.end()
    return out


def _acronymed(sentence: Sentence, pats: _Patterns) -> list[Mention]:
    """An institution the text introduces with its initials in brackets,
    "Die Hanseatische Kreditbank (HKB) erhöht …": the name, when its last word
    ends in an institution's noun ("-bank", "-versicherung") and the initials
    are those of its words (the noun of a compound counting as one,
    "Kredit|bank"), and the initials themselves, which the article goes on
    to use ("Größter Aktionär der HKB"). A phrase with initials ("Künstliche
    Intelligenz (KI)") ends in no such noun; a known name is left alone."""
    if pats.acronym is None or "(" not in sentence.text:
        return []
    out: list[Mention] = []
    for match in pats.acronym.finditer(sentence.text):
        name = match.group("name")
        name = name[_leading_function_words(name, pats.not_names):]  # "Die" opening the sentence
        short = match.group("short")
        kind = _acronym_kind(name, short, pats.acronym_heads)
        start = sentence.start + match.end("name") - len(name)
        end = sentence.start + match.end("name")
        if kind is None or any(word in pats.not_names for word in name.split()) \
                or _taken(sentence, start, end):
            continue
        label = _canonical(name, pats.drop)
        at = sentence.start + match.start("short")
        out.append(Mention(start, end, label, kind, name, "discovery/acronym"))
        if not _taken(sentence, at, at + len(short)):
            out.append(Mention(at, at + len(short), label, kind, short, "discovery/acronym"))
    return out


def _authorities(sentence: Sentence, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """A public authority the text introduces with its initials in brackets, "das
    Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr
    (BAAINBw)": the name from its noun to the bracket, and the initials, which
    open with the name's first letter (initials of such names take syllables
    of compounds, "Bw" of "Bundeswehr", so they are not checked letter by
    letter). A phrase in brackets that is no such short form ("(2025)",
    "(dpa)") starts with no capital or not with the name's letter."""
    if pats.authority is None or "(" not in sentence.text:
        return []
    out: list[Mention] = []
    for match in pats.authority.finditer(sentence.text):
        name, short = match.group("name"), match.group("short")
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        if short[0] != name[0] or any(m.start < end and start < m.end for m in found):
            continue
        inside = [m for m in sentence.mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or m.rule != "gazetteer" for m in inside):
            continue
        for mention in inside:  # "der Bundeswehr" in the authority's name is part of the name
            sentence.mentions.remove(mention)
        out.append(Mention(start, end, name, "GovernmentBody", name, "discovery/acronym"))
        at = sentence.start + match.start("short")
        if not _taken(sentence, at, at + len(short)):
            out.append(Mention(at, at + len(short), name, "GovernmentBody", short,
                               "discovery/acronym"))
    return out


def _courts(sentence: Sentence, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """"beim Oberlandesgericht Düsseldorf": a court named by its kind and its
    city is a public body of its own, the city a word of its name (no place
    of the sentence there). The city must be a listed or catalogued one (as
    printed: "Landgericht München"), as a
    capitalised noun may follow the kind ("das Landgericht Klagen abweist")."""
    if pats.court is None:
        return []
    out: list[Mention] = []
    for match in pats.court.finditer(sentence.text):
        phrase = match.group("name")
        at = sentence.start + match.start("name")
        place = next((m for m in sentence.mentions if m.start == at and m.type == "Place"), None)
        city = _known_city(phrase) if place is None else place.surface
        if city is None or not phrase.startswith(city):
            continue
        start = sentence.start + match.start()
        end = sentence.start + match.start("name") + len(city)
        inside = [m for m in sentence.mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or m.type != "Place" for m in inside) \
                or any(m.start < end and start < m.end for m in found):
            continue
        for mention in inside:  # "Düsseldorf" in the court's name is part of the name
            sentence.mentions.remove(mention)
        name = f"{match.group('kind')} {city}"
        out.append(Mention(start, end, name, "GovernmentBody", sentence.text[start - sentence.start:end - sentence.start],
                           "discovery/court"))
    return out


def _called(sentence: Sentence, pats: _Patterns, catalogue: Catalogue,
            found: list[Mention]) -> list[Mention]:
    """"Combined snack maker to be called Acme Foods": a descriptive noun
    given a new name names a company (or product) of the noun's type; the
    names of the merging companies inside it ("Acme", "Foods") give way to it.
    Only after a descriptive noun: "a deal to be called off" names nothing, and
    "the drug" named so is no company."""
    if pats.called is None:
        return []
    out: list[Mention] = []
    for match in pats.called.finditer(sentence.text):
        noun = match.group("noun").lower()
        if not pats.descriptor.fullmatch(noun):
            continue
        name = _trim_name(match.group("name"), pats.not_names)
        start = sentence.start + match.start("name")
        end = start + len(name)
        if not name or any(m.start < end and start < m.end for m in found) \
                or _no_firm_name(name, pats, catalogue):
            continue
        inside = [m for m in sentence.mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or m.type not in ORGANIZATION_TYPES for m in inside):
            continue
        for mention in inside:  # "Acme" of "Acme Oakhurst": a word of the new name
            sentence.mentions.remove(mention)
        kind = _noun_kind(noun, pats)
        out.append(Mention(start, end, _canonical(name, pats.drop), kind, name, "discovery/called"))
    return out


def _acronym_kind(name: str, short: str, heads: dict[str, str]) -> str | None:
    """The type of ``name`` when ``short`` is its initials and its last word
    ends in one of ``heads``; else None."""
    words = name.split()
    if len(words) < 2:
        return None
    last = words[-1].lower()
    head = next((h for h in sorted(heads, key=len, reverse=True) if last.endswith(h)), None)
    if head is None:
        return None
    initials = "".join(word[0] for word in words).upper()
    compound = initials + head[0].upper() if len(last) > len(head) else initials
    return heads[head] if short in (initials, compound) else None


def _only_catalogued(sentence: Sentence, start: int, end: int) -> Mention | None:
    """The one mention overlapping ``start``..``end`` where it is a catalogue match; None
    where none, several or one a rule found overlap. Only a lone catalogue match inside a
    name found by its context is a part of that name to correct (a parent's name opening a
    unit's, a surname alone, a place that is a given name); with several, the span is no
    one name."""
    over = [m for m in sentence.mentions if m.start < end and start < m.end]
    return over[0] if len(over) == 1 and over[0].rule == "gazetteer" else None


def _parent_prefix(sentence: Sentence, pats: _Patterns, match: re.Match[str],
                   start: int, end: int) -> Mention | None:
    """The catalogued company's mention that opens a two-word name after a
    subsidiary noun ("Tochter", "Wartungstochter"), where it is the only
    mention in the name ("die Wartungstochter Muster Technik"), or a one-word
    name that joins it by a hyphen to capitals ("das Gemeinschaftsunternehmen
    Muster-XYC", never "Muster-Chef"): the subsidiary bears its parent's
    name, and that mention gives way to it. None otherwise."""
    noun = (match.group("noun") or match.group("bare") or "").lower()
    words = len(match.group("name").split())
    if not noun.endswith(pats.subsidiary_nouns) or words not in (1, 2):
        return None
    mention = _only_catalogued(sentence, start, end)
    if mention is None or mention.start != start or mention.end >= end or mention.type != "Company":
        return None
    if words == 1 and not _CAPITALS_AFTER_HYPHEN.fullmatch(
            sentence.text, sentence.local(mention.end), sentence.local(end)):
        return None
    return mention


# The rest of a one-word name after its parent's: a hyphen and capitals ("-XYC" of "Muster-XYC").
_CAPITALS_AFTER_HYPHEN = re.compile(r"-[A-ZÄÖÜ0-9]{2,}")


def _descriptor_opening(name: str, catalogue: Catalogue, nouns: frozenset[str]) -> int:
    """How many characters of a descriptive noun open a name that opens its
    sentence ("Operator Acme Mobile (ACME.L) said", "Lender Acme (ACME.L)"):
    capitalised only by its place, it says what the company is. Not a word
    that opens a catalogued name ("Carrier" of "Carrier Global"), nor the
    name's only word."""
    first, _, rest = name.partition(" ")
    if not rest or first.lower() not in nouns \
            or first in _catalogue_first_words(catalogue):
        return 0
    return len(first) + 1


@lru_cache(maxsize=4)
def _descriptive_nouns(lang: str) -> frozenset[str]:
    """The one-word nouns that say what a company is ("operator", "lender",
    "carmaker"), lower case."""
    words = lexicon(lang)["references"]
    nouns = [*words["company_heads"], *words["institution_heads"], *words["developer_suffixes"],
             *lexicon(lang)["discovery"]["appositions"]]
    return frozenset(noun.lower() for noun in nouns if " " not in noun)


@per_catalogue
def _catalogue_first_words(catalogue: Catalogue) -> frozenset[str]:
    """The first words of the catalogue's names of more than one word."""
    return frozenset(name.split(" ", 1)[0] for entry in catalogue.entries.values()
                     for name in entry.names if " " in name)


# After an exchange's name in brackets: ": TICKER)", as in "Acme (NASDAQ: ACME)".
_TICKER_AFTER = re.compile(r"\s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9}\s*\)")
# A name right before the opening bracket of such a ticker; a hyphen only
# before a capital ("Mercedes-Benz"), so that "Hong Kong-listed Acme" names Acme.
_HYPHENED_WORD = r"(?:[A-ZÄÖÜ][\w'’.&]*(?:-[A-ZÄÖÜ0-9][\w'’.&]*)*)"
_NAME_BEFORE_BRACKET = re.compile(
    rf"(?<![\w'’.&-])(?P<name>{_HYPHENED_WORD}(?:\s+{_HYPHENED_WORD}){{0,3}})\s*\(\s*$")


# An agency's instrument code in brackets, a ticker and an exchange's suffix: "(ACME.L)".
_INSTRUMENT_CODE = re.compile(r"\(\s*[A-Z0-9][A-Z0-9\-]{0,7}\.(?P<suffix>[A-Z]{1,3})\s*\)")


def _listed_or_led(sentence: Sentence, pats: _Patterns, catalogue: Catalogue) -> list[Mention]:
    """Companies named before their ticker and exchange ("Acme (NASDAQ:
    ACME)", "Acme (ACME.L)", unless the catalogue knows the ticker), before an executive's title and name ("Acme-Vorstandschef
    Jane Doe", "Acme's CEO Jane Doe") or before a description of their seat and trade ("Acme,
    a Leeds-based developer of …"): only a company has a ticker, a chief executive or a
    seat and a trade, whatever the article."""
    text = sentence.text
    spans: list[tuple[int, str, str]] = []  # local start, name, rule
    for exchange in sentence.mentions:
        ticker = _TICKER_AFTER.match(text, sentence.local(exchange.end)) \
            if exchange.type == "StockExchange" else None
        if ticker is None or _taken(sentence, exchange.end, sentence.start + ticker.end()):
            continue  # a catalogued ticker: the name before is that company's, under another form
        local = sentence.local(exchange.start)
        window = max(0, local - 80)
        before = _NAME_BEFORE_BRACKET.search(text, window, local)
        if before is not None:
            spans.append((before.start("name"), before.group("name"), "discovery/ticker"))
    instruments = load_exchange_codes().instruments
    for code in _INSTRUMENT_CODE.finditer(text):
        if code.group("suffix") not in instruments \
                or _taken(sentence, sentence.start + code.start(), sentence.start + code.end()):
            continue  # a catalogued ticker, or no agency's code
        before = _NAME_BEFORE_BRACKET.search(text, max(0, code.start() - 80), code.start() + 1)
        if before is not None:
            spans.append((before.start("name"), before.group("name"), "discovery/ticker"))
    if pats.executive is not None and pats.executive_cue.candidates(text, sentence.cache):
        spans += [(match.start("name"), match.group("name"), "discovery/executive")
                  for match in pats.executive.finditer(text)]
    if pats.seated is not None and "," in text:
        # "Acme Robotics, a Leeds-based developer of …": not "Jane Doe, a Leeds-based game
        # developer"; a name of two words or more, as one word alone ("Acme, a London-based
        # buyout firm") is as often the short name of a firm the article named in full
        people = given_names(catalogue)
        spans += [(match.start("name"), match.group("name"), SEATED_COMPANY)
                  for match in pats.seated.finditer(text)
                  if " " in match.group("name") and match.group("name").split()[0] not in people]
    out = []
    for at, name, rule in spans:
        lead = _leading_function_words(name, pats.not_names)
        if at + lead == 0:
            lead += _descriptor_opening(name[lead:], catalogue, pats.descriptive_nouns)
        name = _trim_name(name[lead:], pats.not_names)
        start = sentence.start + at + lead
        end = start + len(name)
        if len(name) < 3 or name in pats.executive_prefixes or _taken(sentence, start, end):
            continue
        # "Acme Ridge Bancorp (NASDAQ:ARBC)": a bank's word ending the name makes it a bank,
        # as it does for a name found by its legal form (:func:`_firm`)
        default = "FinancialInstitution" if name.endswith(pats.financial) else "Company"
        label, kind = _catalogued(_canonical(name, pats.drop), default, catalogue, pats)
        out.append(Mention(start, end, label, kind, name, rule))
    return out


def _joined_before(sentence: Sentence, span: tuple[int, int], kind: str, pats: _Patterns,
                   catalogue: Catalogue, nouns_capitalised: bool) -> list[Mention]:
    """"Mit Acme Antriebe und dem chinesischen Hersteller Muster konkurriert …",
    "competes with Acme and Chinese maker Muster": the name a preposition and a
    conjunction join to a company's apposition at ``at`` is a company too; not a
    place, a country's adjective nor a person with a given name the catalogue's
    people carry. Where nouns are capitalised, one word only in a name's shape
    (capitals, a digit, an inner capital), as "mit Kunden und dem Zulieferer
    Muster" joins a common noun; not so where the verb of competing closes the list right after
    the apposition's name ("Mit Acme und dem Hersteller Muster konkurriert": only firms
    compete). ``span`` is where the apposition starts and its name ends."""
    at, after = span
    match = pats.joined_before.search(sentence.text, 0, at) if pats.joined_before is not None else None
    if match is None:
        return []
    name = _trim_name(match.group("name"), pats.not_names)
    start = sentence.start + match.end("name") - len(name)
    end = start + len(name)
    if _unfit(sentence, name, start, end, [], pats, catalogue):
        return []
    if nouns_capitalised and " " not in name and not _NAME_SHAPE.search(name) \
            and not (pats.competing_after and pats.competing_after.match(sentence.text, after)):
        return []
    return [Mention(start, end, _canonical(name, pats.drop), kind, name, "discovery/apposition")]


# What no common noun holds: a second capital or a digit ("NGC", "JetBlue", "A320").
_NAME_SHAPE = re.compile(r"^.+[A-ZÄÖÜ\d]")


def _coordinated(sentence: Sentence, after: int, kind: str, pats: _Patterns) -> list[Mention]:
    """"der Medikamente „A“ und B": the name joined to a list noun's first one."""
    match = pats.coordinated.match(sentence.text, after)
    if match is None:
        return []
    name = _trim_name(match.group("name"), pats.not_names)
    start = sentence.start + match.start("name")
    end = start + len(name)
    if not name or _taken(sentence, start, end):
        return []
    return [Mention(start, end, _canonical(name, pats.drop), kind, name, "discovery/apposition")]


def _generic_tail(sentence: Sentence, start: int, end: int, pats: _Patterns) -> bool:
    """Is the one catalogue mention inside the name at ``start``–``end`` only its tail, an
    ordinary word and a legal form ("Software AG" in "Acme Software AG") after capitalised
    words the catalogue does not know? Such a catalogued name is a trade word that longer
    names end with, so the longer name is another, unknown company."""
    over = [m for m in sentence.mentions if m.start < end and start < m.end]
    if len(over) != 1 or over[0].start <= start or over[0].end != end:
        return False
    words = over[0].surface.split()
    return len(words) > 1 and words[-1] in pats.legal_words \
        and all(word in pats.ordinary_names for word in words[:-1])


def _catalogued_head(sentence: Sentence, start: int, end: int, pats: _Patterns) -> bool:
    """Is the one catalogue mention inside the name at ``start``–``end`` only its head, a
    catalogued organisation followed by capitalised words the catalogue does not know and a
    legal form proper ("Acme" in "Acme Brelmot Systems AG"; a name ending such as "Systems"
    may be the catalogued firm's own longer name)? The longer name is a company of its own,
    often a subsidiary, as ``_generic_tail`` finds one before a catalogued tail. Not a
    catalogued name with its legal form alone ("Acme AG") or with name endings only ("Acme
    Holding AG"), nor a descriptive noun ("Konzern") or a lower-case word ("und": a list)
    between the name and the legal form."""
    over = [m for m in sentence.mentions if m.start < end and start < m.end]
    if len(over) != 1 or over[0].start != start or over[0].end >= end \
            or over[0].type not in ORGANIZATION_TYPES:
        return False
    gap = sentence.text[over[0].end - sentence.start:end - sentence.start]
    words = gap.split()
    if not gap.startswith(" ") or len(words) < 2 or words[-1] not in pats.drop:
        return False
    middle = words[:-1]
    return any(word not in pats.legal_words for word in middle) \
        and all(word[0].isupper() and word.lower() not in pats.descriptive_nouns for word in middle)


def _issuer_alone(sentence: Sentence, start: int, surface: str, endings: tuple[str, ...]) -> bool:
    """"Amundi ETF": a catalogued issuer's name right before a fund's ending, with no fund's
    name between, names the issuer's business of that kind, no fund of its own ("Acme Global
    Clean Energy ETF" is one)."""
    ending = next(e for e in endings if surface.endswith(e))
    head = surface[:-len(ending)].rstrip()
    return any(m.start == start and m.end == start + len(head) for m in sentence.mentions)


def _displace_inside(sentence: Sentence, start: int, end: int, only: str | None = None) -> bool:
    """Take catalogue mentions inside a longer discovered name out of the
    sentence ("Muster Foundation" holds the company "Muster"); only when
    every overlapping mention lies inside it, and is of type ``only`` where
    given (an exchange's name holds its place, "Kigali Stock Exchange", but
    a catalogued exchange is never renamed: "the Nasdaq Stock Exchange"). A
    catalogued name that is the whole name ("Acme Retail Ventures", an alias
    of the company Acme Retail) lies inside no longer one and stays."""
    over = [m for m in sentence.mentions if m.start < end and start < m.end]
    if not over or any(m.start < start or m.end > end or m.rule != "gazetteer"
                       or m.start == start and m.end == end
                       or only is not None and m.type != only for m in over):
        return False
    for mention in over:
        sentence.mentions.remove(mention)
    return True


def _employed(sentence: Sentence, pats: _Patterns, given: frozenset[str],
              nouns_capitalised: bool) -> list[Mention]:
    """A person named beside the organisation that employs them: "Jane Doe
    at Acme", "Jane Doe von der Acme", "Acme's Jane Doe went further", "die
    Sparte Acme Cloud, die Jane Doe leitet", a
    speaker "Jane Doe said", a predecessor ("succeeds Jane Doe"), one who moves between
    employers ("Jane Doe kommt von Z zu Y") and one a noun only a person
    is names ("des Unternehmers Jane Doe", "billionaire Jane Doe"). The first word must be a given name the
    catalogue's people carry. Beside a bank or research house two capitalised
    words suffice: news name analysts with their house rather than a title,
    and analysts' names are seldom in the catalogue. Two words only then, so
    no word before the name joins it; where nouns are capitalised, not at the
    opening of a sentence, where two capitalised words are as often an
    adjective and a noun ("Neue Studie von der Bank"); after "Bank's", only
    before a lower-case word, the name's verb."""
    out: list[Mention] = []
    text = sentence.text
    spoken = pats.speaker_first.finditer(text) \
        if pats.speaker_cue.candidates(text, sentence.cache) else ()  # no verb of speech
    for spoke in spoken:
        out += _given_person(sentence, sentence.start + spoke.start("name"), spoke.group("name"),
                             pats, given, None)
    if pats.predecessor is not None and pats.predecessor_cue is not None \
            and pats.predecessor_cue.candidates(text, sentence.cache):
        for left in pats.predecessor.finditer(text):
            out += _given_person(sentence, sentence.start + left.start("name"), left.group("name"),
                                 pats, given, None)
    if pats.mover is not None and pats.mover_cue is not None and pats.mover_cue.candidates(text, sentence.cache):
        for moved in pats.mover.finditer(text):
            out += _given_person(sentence, sentence.start + moved.start("name"), moved.group("name"),
                                 pats, given, None)
    for noun in pats.person_noun.finditer(text):  # "des Unternehmers Jane Doe"
        out += _given_person(sentence, sentence.start + noun.start("name"), noun.group("name"),
                             pats, given, None)
    for org in sentence.mentions:
        if org.type not in ORGANIZATION_TYPES or org.rule.startswith("reference"):
            continue
        bank = org.type == "FinancialInstitution"
        local = sentence.local(org.start)
        window = max(0, local - 80)
        before = pats.employed.search(text[window:local])
        if before is not None and before.group("heads") is not None and (
                pats.heads_after is None or not pats.heads_after.match(text, sentence.local(org.end))):
            before = None  # "Jane Doe, who runs the Acme account at …": not Acme's
        if before is not None:
            start = sentence.start + window + before.start("name")
            # beside a bank two words suffice, though not before a relative clause
            relaxed = bank and before.group("heads") is None
            out += _given_person(sentence, start, before.group("name"), pats, given,
                                 nouns_capitalised if relaxed else None)
        elif bank and (house := pats.employed_house.search(text[window:local])) is not None:
            # "Jane Doe vom Analysehaus Acme": a house's analyst, as with "von" alone
            out += _given_person(sentence, sentence.start + window + house.start("name"), house.group("name"),
                                 pats, given, nouns_capitalised)
        head = pats.team_head.match(text, sentence.local(org.end)) \
            if bank and pats.team is not None and pats.team_head is not None \
            and pats.team.search(text, window, local) else None
        if head is not None:  # "Die Analysten der DZ Bank um Jane Doe": the team's head
            out += _given_person(sentence, sentence.start + head.start("name"), head.group("name"),
                                 pats, given, nouns_capitalised)
        owner = _OWNER_BEFORE.search(text, window, local)
        if owner is not None:  # "Jane Doe's Acme Group": the person who owns or runs it
            out += _given_person(sentence, sentence.start + owner.start("name"), owner.group("name"),
                                 pats, given, None)
        run = pats.runs_it.match(text, sentence.local(org.end)) if pats.runs_it else None
        if run is not None:  # "die Sparte X, die Jane Doe leitet"
            out += _given_person(sentence, sentence.start + run.start("name"), run.group("name"),
                                 pats, given, None)
        after = pats.possessor_of.match(text, sentence.local(org.end))
        if after is None or not (after.group("owner") or org.surface.endswith(("'s", "’s", "s'", "s’"))):
            continue
        # two words only, then the name's verb: "Wedbush's Jane Doe went"
        relax = bank and after.group("verb") is not None \
            and pats.pair_end.match(after.group("name")) is not None
        out += _given_person(sentence, sentence.start + after.start("name"), after.group("name"),
                             pats, given, False if relax else None)
    return out + _paired_people(sentence, pats, out)


def _paired_people(sentence: Sentence, pats: _Patterns, people: list[Mention]) -> list[Mention]:
    """The person named with an employer before a conjunction and a person found
    with one after it, "geführt von Jane Roe von Acme und Carsten Doe von
    Muster": two words of a name without a given name the catalogue knows, as
    the list's second name says what the first is; not opening the sentence
    ("Neue Studie von Acme und …")."""
    out: list[Mention] = []
    text = sentence.text
    for person in people:
        joint = pats.conjoined.search(text, 0, sentence.local(person.start))
        if joint is None:
            continue
        org = next((m for m in sentence.mentions if m.type in ORGANIZATION_TYPES
                    and m.end <= sentence.start + joint.start()
                    and not text[sentence.local(m.end):joint.start()].strip()), None)
        if org is None:
            continue
        local = sentence.local(org.start)
        before = pats.employed.search(text, max(0, local - 80), local)
        if before is None or before.group("heads") is not None:
            continue
        pair = pats.pair_end.search(before.group("name"))
        if pair is None:
            continue
        start = sentence.start + before.start("name") + pair.start()
        end = start + len(pair.group())
        if any(w in pats.not_names for w in pair.group().split()) or _taken(sentence, start, end) \
                or any(m.start < end and start < m.end for m in people) \
                or not re.search(r"\w", text[:sentence.local(start)]):
            continue  # at the sentence's opening two capitalised words are as often no name
        out.append(Mention(start, end, pair.group(), "Person", pair.group(), "discovery/employed"))
    return out


def _given_person(sentence: Sentence, start: int, name: str, pats: _Patterns,
                  given: frozenset[str], relaxed: bool | None) -> list[Mention]:
    """The person ``name`` at ``start`` when its first word is a given name;
    leading words before one are dropped ("Laut Jane Doe"). Beside a bank
    (``relaxed`` not None) the name's last two words when no given name opens
    it; with ``relaxed`` True not at the opening of the sentence."""
    words = name.split()
    at = start
    while len(words) > 2 and words[0] not in given:
        at += len(words[0]) + 1
        words = words[1:]
    found = " ".join(words)
    if words[0] not in given:
        pair = pats.pair_end.search(name) if relaxed is not None else None
        if pair is None:
            return []
        at, found = start + pair.start(), pair.group(0)
        if relaxed and not re.search(r"\w", sentence.text[:sentence.local(at)]):
            return []
        if pats.conjoined.search(sentence.text, 0, sentence.local(at)):
            # "X, Leiter Nachhaltigkeit und Corporate Governance bei Y": two capitalised
            # words after a conjunction end a title's list of fields, no name
            return []
    end = at + len(found)
    if any(w in pats.not_names for w in found.split()) or _taken(sentence, at, end) \
            or found.split()[0] in _city_adjective_words(pats.lang):
        return []  # "kauft Kieler Sensorikspezialisten von Carlyle": a city's people, no name
    return [Mention(at, end, found, "Person", found, "discovery/employed")]


@lru_cache(maxsize=4)
def _city_adjective_words(lang: str) -> frozenset[str]:
    """The language's adjectives of cities ("Kieler", "Münchner"): a pair of capitalised
    words opened by one is the city's people or firms of a trade ("Kieler
    Sensorikspezialisten"), never a given name and a surname."""
    return frozenset(lexicon(lang)["discovery"].get("city_adjectives", {}))


# the surname in a lookahead, so that "Laut Jane Doe" still yields "Jane Doe"
_GIVEN_AND_SURNAME = re.compile(
    rf"(?<![\w\-])(?P<given>{_PERSON_WORD})(?=\s+(?P<surname>{_PERSON_WORD})(?![\w\-]))")


def _named_again(document: Document, pats: _Patterns, given: frozenset[str],
                 found: list[Mention]) -> list[Mention]:
    """"Jane Doe" with no role nearby, when the first word is a given name
    and the article names the person again by the surname alone ("Doe
    said"), as news do with people and seldom with firms or products."""
    text = "\n".join(s.text for s in document.sentences)
    named = catalogue_names(document.catalogue)
    out: list[Mention] = []
    for sentence in document.sentences:
        for match in _GIVEN_AND_SURNAME.finditer(sentence.text):
            first, surname = match.group("given"), match.group("surname")
            start, end = sentence.start + match.start(), sentence.start + match.end("surname")
            # a repeated "Dior" of "Christian Dior" is the catalogued company
            if first not in given or first in pats.not_names or surname in pats.not_names \
                    or surname in named \
                    or _taken(sentence, start, end) \
                    or any(m.start < end and start < m.end for m in found + out):
                continue
            alone = re.compile(rf"(?<![\w\-])(?<!{re.escape(first)} ){re.escape(surname)}(?:s|'s|’s)?(?![\w\-])")
            if alone.search(text):
                name = f"{first} {surname}" if sentence.text[match.end()] == " " \
                    else sentence.text[match.start():match.end("surname")]
                out.append(Mention(start, end, name, "Person", name, "discovery/named-again"))
    return out


def _drop_surname_matches(document: Document, displaced: dict[str, str]) -> None:
    """A catalogued person whose surname a discovered person took in one
    sentence keeps no surname-only mentions elsewhere, unless the article
    prints the catalogued one's full name: the surname is the other's."""
    if not displaced:
        return
    full = {m.label for m in document.mentions if m.surface == m.label}
    for sentence in document.sentences:
        sentence.mentions[:] = [
            m for m in sentence.mentions
            if not (m.label in displaced and m.label not in full and m.rule == "gazetteer"
                    and " " not in m.surface)]


# The word right before a mention: a given name before a surname.
_WORD_BEFORE = re.compile(r"(?<![\w\-])(?P<word>[^\W\d_][\w\-]*)\s+$")


def _drop_other_given_names(document: Document, given: frozenset[str]) -> None:
    """A catalogued person matched by the surname alone is not the one named with another
    given name right before it ("Mark Ellison" is not Larry Ellison), whatever role or
    none the text gives that other person."""
    for sentence in document.sentences:
        kept = []
        for m in sentence.mentions:
            before = _WORD_BEFORE.search(sentence.text, 0, sentence.local(m.start)) \
                if m.type == "Person" and m.rule == "gazetteer" and " " not in m.surface else None
            if before is not None and before.group("word") in given \
                    and before.group("word") != m.label.split()[0]:
                continue
            kept.append(m)
        sentence.mentions[:] = kept


def _drop_titled_names(document: Document) -> None:
    """"Herr Haniel sagte", "Mr Würth said": a one-word catalogue name right after a
    person's title is that person's surname, though a company's full name is the same word
    (the family's company); the title names no company."""
    titled = _person_title_before(document.lang)
    if titled is None:
        return
    for sentence in document.sentences:
        sentence.mentions[:] = [
            m for m in sentence.mentions
            if not (m.type in ORGANIZATION_TYPES and m.rule == "gazetteer" and " " not in m.surface
                    and titled.search(sentence.text, 0, sentence.local(m.start)))]


@lru_cache(maxsize=4)
def _state_cues(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words before and after a place's name that make it a state's, in ``lang``."""
    table = lexicon(lang)["places"]
    before, after = table.get("state_before", ""), table.get("state_after", "")
    return (re.compile(rf"(?<![\w\-])(?:{before})\s+$") if before else None,
            re.compile(rf"(?:{after})") if after else None)


def _drop_cities_named_as_states(document: Document) -> None:
    """"im Bundesstaat Washington", "Washington state", "Seattle, Washington": the name is a
    state's; where it is a large city's of the city list as well (by its name or by a name of
    the catalogued place it found: "New York City"), that place is the city (the capital
    Washington), which the state is not, so the mention goes; a state the catalogue lists under
    its name ("im Bundesstaat Kalifornien") is no city's name and stays."""
    before, after = _state_cues(document.lang)
    joint = _list_joint(document.lang)
    cities = _large_cities()
    for sentence in document.sentences:
        sentence.mentions[:] = [
            m for m in sentence.mentions
            if not (m.type == "Place" and m.rule == "gazetteer" and _names_large_city(document, m, cities)
                    and ((before is not None and before.search(sentence.text, 0, sentence.local(m.start)))
                         or (after is not None and after.match(sentence.text, sentence.local(m.end)))
                         or joint is not None and _state_of_city(document, sentence, m, joint)))]


# A given name right before a mention (no sentence word: "Die Bremer"), and a capitalised word
# after it, which an attributive adjective always stands before.
_GIVEN_BEFORE = re.compile(rf"(?<![\w\-])(?P<word>{_PERSON_WORD})[ \t]+$")
_CAPITAL_AFTER = re.compile(rf"[ \t]+[{_UPPER}]|-")


def _drop_surname_adjectives(document: Document, not_names: frozenset[str]) -> None:
    """"Katja Bremer", "Analyst Jan Leipziger sagte": a catalogued city matched by its
    adjective right after a given name is a surname spelt as that adjective. A city's
    adjective stands before the noun or name it describes ("die Bremer Lagerhaus-Gruppe");
    after a name and before no capitalised word it names no place."""
    listed = _city_adjective_words(document.lang)
    for sentence in document.sentences:
        kept = []
        for m in sentence.mentions:
            if m.type == "Place" and m.rule == "gazetteer" and m.surface != m.label \
                    and (_seat_adjective(m.surface) or m.surface in listed) \
                    and not _CAPITAL_AFTER.match(sentence.text, sentence.local(m.end)):
                before = _GIVEN_BEFORE.search(sentence.text, 0, sentence.local(m.start))
                if before is not None and before.group("word") not in not_names:
                    continue
            kept.append(m)
        sentence.mentions[:] = kept


def _names_large_city(document: Document, mention: Mention, cities: frozenset[str]) -> bool:
    """Whether a place's mention is printed as, or found a catalogued place also called by,
    the name of a large city of the list ("New York" of "New York City")."""
    entry = document.catalogue.get(mention.label)
    return mention.surface in cities or entry is not None and any(name in cities for name in entry.names)


_CITY_COMMA = re.compile(r",\s+$")


def _state_of_city(document: Document, sentence: Sentence, mention: Mention,
                   joint: re.Pattern[str]) -> bool:
    """"Seattle, Washington", "Albany, New York": a city's name after another city of the
    same country and a comma is that city's state, where the two are no items of a list of
    places ("in Boston, Washington and Chicago", "Paris, Washington": another country)."""
    text = sentence.text
    at = sentence.local(mention.start)
    comma = _CITY_COMMA.search(text, 0, at)
    if comma is None:
        return False
    places = [m for m in sentence.mentions if m.type == "Place" and m is not mention]
    city = next((m for m in places if sentence.local(m.end) == comma.start()), None)
    if city is None or city.label not in city_names():
        return False
    entry, own = document.catalogue.get(city.label), document.catalogue.get(mention.label)
    if entry is None or own is None or not set(entry.located_in) & set(own.located_in):
        return False
    return not any(joint.fullmatch(text, sentence.local(m.end), sentence.local(city.start))
                   or joint.fullmatch(text, sentence.local(mention.end), sentence.local(m.start))
                   for m in places if m is not city)


def _units(document: Document) -> list[Mention]:
    """Units named by their short name in an article that names the parent;
    a short name two named parents share names neither. A one-word short
    name ("Materials") also needs a unit noun near it ("die Segmente
    Materials und Chemicals"), as such words are often ordinary ones."""
    short = unit_short_names(document.catalogue)
    if not short:
        return []
    named = {m.label for m in document.mentions}
    units = {}
    for name, candidates in short.items():
        fitting = {unit for unit, parent in candidates if parent in named}
        if len(fitting) == 1:
            units[name] = fitting.pop()
    if not units:
        return []
    # not as a compound's first part: "die Cloud-Sparte" is a reference to resolve
    pattern = compile_unremembered(r"(?<![\w-])(?:" + alternation(list(units)) + r")(?![\w-])")
    heads = _unit_heads(document.lang)
    out = []
    for sentence in document.sentences:
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if _taken(sentence, start, end):
                continue
            if " " not in match.group(0) and not _near_unit_head(sentence.text, match, heads):
                continue
            out.append(Mention(start, end, units[match.group(0)], "BusinessUnit", match.group(0),
                               "discovery/unit"))
    return out


@dataclass(frozen=True)
class _ProductCues:
    described: re.Pattern[str] | None  # "Turing, an AI chip": the name before a comma
    opening: re.Pattern[str] | None  # the same phrase opening the sentence ("Acme AI, a startup")
    coded: re.Pattern[str] | None  # "its Atlas H2 humanoid": a code-like name before the noun
    described_types: dict[str, str]  # noun (lower case) -> type
    coded_types: dict[str, str]
    # "des Radars TRML-4D": a product code after its noun, alone or ending a compound
    coded_after: re.Pattern[str] | None = None
    coded_after_types: dict[str, str] = field(default_factory=dict)
    # "its first SUV, the Li i8,": a code-like name set off after its noun
    set_off: re.Pattern[str] | None = None
    # "its private-label home line, Acme Home.": a brand set off after its maker's noun
    branded: re.Pattern[str] | None = None
    # "its 2-nanometer chips": a number with a unit of measure, a size and no code
    measure: re.Pattern[str] | None = None
    # "its Roundup weedkiller", "Acme's Solstice models": a capitalised name between the
    # maker's possessive and the product's kind noun, no digit needed
    possessed: re.Pattern[str] | None = None
    possessed_types: dict[str, str] = field(default_factory=dict)
    possessed_not_names: frozenset[str] = frozenset()
    # "its refrigerant Solstice.", "the train ICE L,": the kind noun, then the name
    named: re.Pattern[str] | None = None
    named_types: dict[str, str] = field(default_factory=dict)


# A product's name: capitalised words or codes ("Atlas H2", "X-200", "Turing"), up to four;
# a code may hold a colon before digits ("EXE:5200") or open with a lower-case letter before
# a digit ("i8", "iX3"), which no word of running text does.
_PRODUCT_WORD = r"(?:[A-ZÄÖÜ](?:[\w'’.\-]|:(?=\d))*\w|[A-ZÄÖÜ]|\d[\w.\-]*[A-Za-z][\w\-]*|[a-z][A-Z]?\d[\w\-]*)"
_PRODUCT = rf"(?P<name>{_PRODUCT_WORD}(?:\s+{_PRODUCT_WORD}){{0,3}})"
_DIGIT = re.compile(r"\d")
# A version number after a product's name ("Aster 2", "Nova 3.5"), part of the name.
_VERSION_AFTER = r"(?P<version>\s+\d{1,2}(?:\.\d{1,2})?)?"
# A model number after a product's name before its kind noun ("its Aurora 800 switch chip"),
# part of the name; not a year ("its Aurora 2026 chip").
_MODEL_NUMBER = r"(?P<version>\s+(?!(?:19|20)\d\d\b)\d{1,4}(?:\.\d{1,2})?)?"
# A word of a product's name after its maker's possessive: capitalised with a lower-case letter
# (no acronym: "its AI chips", "its EV trucks"), parts joined by hyphens before capitals or digits.
_POSSESSED_WORD = r"[A-Z](?=\w*[a-z])\w*(?:-[A-Z0-9]\w*)*"
# A period or a plain year, which a code-like name is not ("the Q3 chip", "its 2026 car").
_PERIOD_CODE = re.compile(r"(?:Q[1-4]|H[12]|FY\d*|\d{4})")


@lru_cache(maxsize=4)
def _product_cues(lang: str) -> _ProductCues:
    table = lexicon(lang)["discovery"]
    described = table.get("described_nouns") or {}
    coded = table.get("coded_nouns") or {}
    after = table.get("coded_after_nouns") or {}
    set_off = {**coded, **(table.get("coded_set_off_nouns") or {})}
    possessed = {**coded, **(table.get("possessed_nouns") or {})}
    named = table.get("named_nouns") or {}
    # a noun may end a hyphen compound ("Navigations-App") but is no other word's end, nor
    # the first of two words that name a maker ("a chip maker" is a company, not a chip)
    maker = table.get("described_not_before", "")
    # nor the subject of a report ("closes in Fargo, the lender said"), nor a possessive
    # ("Frankfurt, the lender's home market")
    speech = table["roles"]["speech"]
    nouns = rf"(?:[\w]+-)?(?P<noun>{alternation(list(described))})" \
        + (rf"(?!\s+(?:{maker})\b)" if maker else "") + rf"(?![’'])(?!\s+(?:{speech})\b)" \
        if described else ""
    return _ProductCues(
        # a version may follow the name ("Aster 2, a reasoning model")
        described=re.compile(
            rf"(?<=\S\s){_PRODUCT}{_VERSION_AFTER},\s+(?:{table['described_articles']})\s+"
            rf"(?:[\w\-]+\s+){{0,3}}?{nouns}\b") if described else None,
        opening=re.compile(
            rf"^{_PRODUCT},\s+(?:{table['described_articles']})\s+"
            rf"(?:[\w\-]+\s+){{0,3}}?{nouns}\b") if described else None,
        # the determiner may open the sentence ("Its …"); an adjective may stand before the
        # name ("its battery-electric Li i6 SUV") and a noun of what the product does before
        # the kind noun ("its Aurora 800 switch chip"), both in lower case, which no name's
        # word is; a model number may end the name
        coded=re.compile(rf"(?:\b|(?<=\w))(?i:{table['coded_determiners']})\s+(?:[a-z][a-z\-]*\s+){{0,2}}?"
                         rf"{_PRODUCT}{_MODEL_NUMBER}\s+(?:[a-z]+\s+)?(?P<noun>{alternation(list(coded))})\b")
        if coded else None,
        described_types={k.lower(): v for k, v in described.items()},
        coded_types={k.lower(): v for k, v in {**set_off, **coded}.items()},
        # the name closed by a punctuation mark: a word after it makes it a subject's
        set_off=re.compile(rf"\b(?P<noun>{alternation(list(set_off))}),\s+(?:{table['coded_determiners']})"
                           rf"\s+{_PRODUCT}(?=[,.;)]|$)") if set_off else None,
        # the code: capitals, a hyphen and a digit ("EVT-401"), or capitals joined to three
        # digits or more ("BNT327"), which no ordinary word is; not a year ("EU-2030", "EU2030")
        coded_after=re.compile(rf"(?<![\w\-])(?:[A-ZÄÖÜ][\w\-]*?)?(?P<noun>(?i:{alternation(list(after))}))"
                               rf"(?:en|n|e?s)?\s+(?P<name>[A-Z]{{2,6}}-?(?!(?:19|20)\d\d\b)"
                               rf"(?:(?<=-)\d[\dA-Z]*|\d{{3,}}[A-Z]?))(?![\w\-])")
        if after else None,
        coded_after_types={k.lower(): v for k, v in after.items()},
        measure=re.compile(rf"\d[\d.,]*-?(?:{table['coded_measures']})", re.IGNORECASE)
        if table.get("coded_measures") else None,
        # the maker's possessive before the noun, the name closed by a punctuation mark
        branded=re.compile(rf"(?<![\w\-])(?:{table['brand_determiners']})\s+(?:[\w\-]+\s+){{0,3}}?"
                           rf"(?P<noun>{table['brand_nouns']}),\s+{_PRODUCT}(?=[,.;)]|$)")
        if table.get("brand_nouns") and table.get("brand_determiners") else None,
        # a possessive before (also opening the sentence), one or two capitalised words and the
        # kind noun after (one lower-case word of what the product does may stand between: "its
        # Scorpio fabric switches"); the noun closes the phrase, so "its Nova chip unit" names no
        # chip; a hyphen joins capitals or digits only, so "its Foxconn-made chips" names none
        possessed=re.compile(rf"(?<![\w\-])(?:{table['possessed_determiners']})\s+(?:[a-z][a-z\-]*\s+){{0,2}}?"
                             rf"(?P<name>{_POSSESSED_WORD}(?:\s+{_POSSESSED_WORD})?)"
                             rf"\s+(?:[a-z]+\s+)?(?P<noun>{alternation(list(possessed))})\b"
                             + (rf"(?!\s+(?:{maker})\b)" if maker else "") + r"(?![\w\-’'])")
        if possessed and table.get("possessed_determiners") else None,
        possessed_types={k.lower(): v for k, v in possessed.items()},
        possessed_not_names=frozenset(table.get("possessed_not_names", "").split("|")) - {""},
        # a determiner and up to two lower-case words before the noun (also the end of a
        # hyphen compound: "AI-chip"), the name right after it closed by a punctuation mark,
        # where a name ends; a word after it may be a verb or noun the name opens a clause with
        named=re.compile(rf"(?<![\w\-])(?:{table['named_determiners']})\s+(?:[a-zäöüß][\w\-]*\s+){{0,2}}?"
                         rf"(?:[\w]+-)?(?P<noun>{alternation(list(named))})\s+"
                         rf"(?P<name>{_POSSESSED_WORD}(?:\s+{_PRODUCT_WORD})?)(?=[,.;:)]|$)")
        if named and table.get("named_determiners") else None,
        named_types={k.lower(): v for k, v in named.items()},
    )


# The types of a company described after its name ("Acme AI, a Paris startup", "Acme
# Bancorp, the Ohio-based lender"): a unit so described is no company of its own.
_FIRMS = frozenset({"Company", "FinancialInstitution"})

# A capitalised word right before a name: the name's start lies further left.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.\-])[A-ZÄÖÜ][\w'’.\-]*\s$")


def _seat_adjective(word: str) -> bool:
    """Is ``word`` a city's adjective, capitalised where nouns are ("die Hamburger X"):
    a word before a name that is no word of it, but its seat."""
    return word.endswith("er") and word[:-2] in city_names()


def _measure(cues: _ProductCues, name: str) -> bool:
    """Is the code-like name a size ("2-nanometer", "12-inch", "3nm"), a number
    with its unit of measure, which no product is named by?"""
    return cues.measure is not None and cues.measure.fullmatch(name) is not None


def _described_products(document: Document, pats: _Patterns) -> list[Mention]:
    """Products the catalogue does not know, by what the text says they are:
    "Turing, an AI chip the company designs", "Amap, the navigation app of
    Acme" (the name not opening the sentence, where a capitalised word is any
    word), and a code-like name, one with a digit, before its noun ("its
    Atlas H2 humanoid"), as a capitalised word there is as often an
    adjective ("the Chinese smartphone")."""
    cues = _product_cues(document.lang)
    out: list[Mention] = []
    for sentence in document.sentences:
        text = sentence.text
        found: list[tuple[re.Match[str], str]] = []
        if cues.described is not None and "," in text:
            # not the end of a longer name the sentence opens with ("Freight" of "Nordal
            # Freight, a unit of …", whose first word the opening rule weighs); "The" may stand
            # before the name
            found += [(m, cues.described_types[m.group("noun").lower()])
                      for m in cues.described.finditer(text)
                      if not ((word := _CAPITALISED_BEFORE.search(text, 0, m.start("name")))
                              and word.group().strip() not in pats.not_names
                              and not _seat_adjective(word.group().strip()))]
        if cues.opening is not None and "," in text:
            # "Acme AI, a two-year-old Paris startup, has raised …": at the sentence's start a
            # capitalised word is any word ("Meanwhile, a startup …"), so the name counts
            # where the article prints its first word inside a sentence too
            found += [(m, kind) for m in cues.opening.finditer(text)
                      if (kind := cues.described_types[m.group("noun").lower()]) in _FIRMS
                      and _printed_inside(document, sentence, m.group("name").split()[0])]
        if cues.coded is not None and _DIGIT.search(text):
            found += [(m, cues.coded_types[m.group("noun").lower()])
                      for m in cues.coded.finditer(text)
                      if _DIGIT.search(m.group("name") + (m.group("version") or ""))
                      and not _PERIOD_CODE.fullmatch(m.group("name"))
                      and not _measure(cues, m.group("name"))]
        if cues.set_off is not None and _DIGIT.search(text):
            found += [(m, cues.coded_types[m.group("noun").lower()])
                      for m in cues.set_off.finditer(text)
                      if _DIGIT.search(m.group("name"))
                      and not _PERIOD_CODE.fullmatch(m.group("name"))
                      and not _measure(cues, m.group("name"))]
        if cues.branded is not None and "," in text:
            found += [(m, "Product") for m in cues.branded.finditer(text)]
        if cues.coded_after is not None and _DIGIT.search(text):
            found += [(m, cues.coded_after_types[m.group("noun").lower()])
                      for m in cues.coded_after.finditer(text)]
        if cues.possessed is not None:
            found += [(m, cues.possessed_types[m.group("noun").lower()])
                      for m in cues.possessed.finditer(text)
                      if not any(w in pats.country_words or w in city_names() or w in cues.possessed_not_names
                                 for w in m.group("name").split())]
        if cues.named is not None:
            given = given_names(document.catalogue)
            found += [(m, cues.named_types[m.group("noun").lower()])
                      for m in cues.named.finditer(text)
                      if not _unfit_named(m.group("name"), pats, given)]
        for match, kind in found:
            lead = _leading_function_words(match.group("name"), pats.not_names)
            if lead and match.re is cues.opening:
                continue  # "In Grenoble, a startup …": a preposition opens the sentence
            name = match.group("name")[lead:]
            if "version" in match.re.groupindex and match.group("version") and name:
                name += match.group("version")
            start = sentence.start + match.start("name") + lead
            end = start + len(name)
            if not name or len(name) < 3 or any(w in pats.not_names for w in name.split()):
                continue
            if match.re is cues.coded_after:
                # "EVT-401" opens with its developer's ticker, which the catalogue finds as
                # the first part of a compound: the code names the product
                _displace_inside(sentence, start, end)
            if match.re in (cues.coded, cues.set_off) and (line := _product_line(sentence, start, end)) is not None:
                sentence.mentions.remove(line)  # "Instinct" of "the Instinct MI355 processors"
            if _taken(sentence, start, end):
                parent = _opening_parent(sentence, start, end) if kind == "BusinessUnit" else None
                if parent is None:
                    continue
                sentence.mentions.remove(parent)  # the unit's mention replaces its parent's
            if kind in _FIRMS and (name in city_names() or _country_firm_noun(name, pats)):
                continue  # "In Grenoble, a startup …", "den US-Konzern, eine Tochter von …": no name
            out.append(Mention(start, end, name, kind, name,
                               DESCRIBED_COMPANY if kind in _FIRMS else "discovery/product"))
    return out


def _unfit_named(name: str, pats: _Patterns, given: frozenset[str]) -> bool:
    """Is the capitalised name after a product's kind noun a place, a country's adjective or a
    person's given name ("hired the model Anna Berg."), which names no product?"""
    return name.split()[0] in given or any(w in pats.country_words or w in city_names() for w in name.split())


def _product_line(sentence: Sentence, start: int, end: int) -> Mention | None:
    """The only catalogue mention inside a code-like product name where it is a
    product line opening it, the code after it ("the Instinct MI355 processors"
    over the catalogued "Instinct"): a model of the line is named by both, so the
    line's mention gives way to the model's. None otherwise."""
    mention = _only_catalogued(sentence, start, end)
    if mention is None or mention.start != start or mention.end >= end \
            or mention.type not in PRODUCT_TYPES or sentence.text[sentence.local(mention.end)] != " " \
            or not _DIGIT.search(sentence.text[sentence.local(mention.end):sentence.local(end)]):
        return None
    return mention


def _opening_parent(sentence: Sentence, start: int, end: int) -> Mention | None:
    """The only catalogue mention inside a unit's name where it is a company's
    name opening it and followed by more words ("Acme Optics SMT, a unit of
    …" over the catalogued "Acme Optics"), as units are named after their
    parent: that mention gives way to the unit's. None otherwise."""
    mention = _only_catalogued(sentence, start, end)
    if mention is None or mention.start != start or mention.end >= end \
            or mention.type not in ORGANIZATION_TYPES or sentence.text[sentence.local(mention.end)] != " ":
        return None
    return mention


# The rule of a company found by what the text says it is ("Acme AI, a Paris startup"),
# whose first word the article may go on to use alone (kg.nlp.references.short_names).
DESCRIBED_COMPANY = "discovery/described-company"
# The rule of a company found before its seat and trade ("Acme Robotics, a Leeds-based
# developer of …"), whose first word the article may likewise use alone.
SEATED_COMPANY = "discovery/seated"


def _printed_inside(document: Document, sentence: Sentence, word: str) -> bool:
    """Does the article print ``word`` inside another sentence than
    ``sentence``, not at its start, where only a name is capitalised?"""
    pattern = re.compile(rf"(?<=\S\s){re.escape(word)}\b")
    return any(other is not sentence and pattern.search(other.text)
               for other in document.sentences)


CITIES_FILE = "cities.tsv"
# A city's name after a seat cue: up to three capitalised words ("Bad Homburg"), a word joined
# by hyphens only to capitalised ones ("Bietigheim-Bissingen", never "Boise-based"); a
# word may be a saint's abbreviation ("St. Louis", "Sault Ste. Marie"), whose dot a sentence's
# end may look like ("in Ulm. Der …"): _known_city drops a dot that ends the name it finds
_CITY_WORD = r"(?:[A-Z][a-z]{1,2}\.|[A-ZÄÖÜ][\w'’]+(?:-[A-ZÄÖÜ][\w'’]+)*)"
_CITY = rf"(?P<name>{_CITY_WORD}(?:\s+{_CITY_WORD}){{0,2}})"


# GeoNames keeps the romanised suffix of a Korean or Japanese municipality ("Icheon-si",
# "Nara-shi"), which news drop ("der Konzern aus Icheon"): the name without it is the city's too.
_MUNICIPAL_SUFFIXES = ("-si", "-gun", "-shi")


@lru_cache(maxsize=2)
def _city_rows(path: Path | None = None) -> tuple[list[str], ...]:
    """The rows of the city list (``ontology/cities.tsv``, from GeoNames): name,
    country, population; read once."""
    source = path or ontology_path(CITIES_FILE)
    try:
        lines = Path(source).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise OntologyError(f"{source}: cannot read the city list ({err})") from None
    return tuple(line.split("\t") for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=2)
def city_names(path: Path | None = None) -> frozenset[str]:
    """The names of the city list: read once, on the first seat cue, as a
    set to look names up in."""
    names = {row[0] for row in _city_rows(path)}
    return frozenset(names | {name[:-len(suffix)] for name in names for suffix in _MUNICIPAL_SUFFIXES
                              if name.endswith(suffix)})


# A city of the list this large is named by its adjective before a company noun even where
# the catalogue lacks it ("der Winterthurer Industriekonzern"); a smaller town's name with
# the ending is as often an ordinary word.
_ADJECTIVE_CITY_POPULATION = 100_000


@lru_cache(maxsize=2)
def _large_cities(path: Path | None = None) -> frozenset[str]:
    """The names of the list's cities of at least ``_ADJECTIVE_CITY_POPULATION``."""
    return frozenset(row[0] for row in _city_rows(path)
                     if len(row) > 2 and row[2].isdigit() and int(row[2]) >= _ADJECTIVE_CITY_POPULATION)


@dataclass(frozen=True)
class _PlaceCues:
    before: re.Pattern[str] | None  # "mit Sitz in X", "based in X"
    after_organisation: re.Pattern[str] | None  # "aus X", matched right after a name
    compound: re.Pattern[str] | None  # "X-based", "X, Idaho-based"
    reported: re.Pattern[str] | None  # "in X mitteilte": where a company announced
    near: re.Pattern[str] | None  # "aus X bei ": a catalogued place must follow
    adjective: re.Pattern[str] | None  # "der Hamburger Konzern": a catalogued city's adjective
    descriptor: re.Pattern[str] | None  # "der Hersteller aus X": after a company noun
    town: re.Pattern[str] | None  # a town name's ending ("Büdelsdorf")
    seat: re.Pattern[str] | None  # "Sitz in": a cue after which a district names its city
    region: re.Pattern[str] | None  # " Prefecture" after a name: a region of that name


def origin_after(lang: str, text: str, at: int) -> str | None:
    """The place ``text`` names right after the local offset ``at``, the end of an
    organisation's name or of a company noun, by the language's origin word ("aus Oslo"
    of "Acme aus Oslo", "der Hersteller aus Oslo"), as printed; else None."""
    cue = _place_cues(lang).after_organisation
    found = cue.match(text, at) if cue is not None else None
    return found.group("name") if found else None


@lru_cache(maxsize=4)
def _place_cues(lang: str) -> _PlaceCues:
    table = lexicon(lang)["discovery"]
    before, after, compound = (table.get(k, "") for k in
                               ("place_before", "place_after_organisation", "place_compound"))
    report_before, report_after, near_before, near = (
        table.get(k, "") for k in ("place_report_before", "place_report_after",
                                   "place_near_before", "place_near"))
    return _PlaceCues(
        reported=re.compile(rf"\b(?:{report_before})\s+{_CITY}\s+(?:{report_after})(?![\w])")
        if report_before and report_after else None,
        near=re.compile(rf"\b(?:{near_before})\s+{_CITY}\s+(?:{near})\s+")
        if near_before and near else None,
        before=re.compile(rf"\b(?:{before})\s+{_CITY}") if before else None,
        adjective=re.compile(table["place_adjective"]) if table.get("place_adjective") else None,
        after_organisation=re.compile(rf"\s+(?:{after})\s+{_CITY}") if after else None,
        descriptor=re.compile(rf"(?<![\w-])(?:{_company_nouns(lang).pattern})\s+(?:{after})\s+{_CITY}")
        if after else None,
        town=re.compile(rf"[A-ZÄÖÜ][a-zäöüß]+(?:{table['town_endings']})")
        if table.get("town_endings") else None,
        seat=re.compile(rf"(?<![\w-])(?:{table['district_city_cues']})(?![\w-])")
        if table.get("district_city_cues") else None,
        region=re.compile(rf"\s+(?:{table['region_words']})(?![\w])") if table.get("region_words") else None,
        # "Boise, Idaho-based": the city before a region's compound
        compound=re.compile(rf"(?<![\w\-]){_CITY}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                            rf"-(?:{compound})\b") if compound else None,
    )


def _cities(document: Document, pats: _Patterns, found: list[Mention]) -> list[Mention]:
    """Cities the catalogue does not know, named by a seat cue: "mit Sitz in
    Herzogenrath", "Acme aus Herzogenrath" (Acme catalogued or ``found``), "the Boise, Idaho-based company",
    "Boise-based", where an announcement was made ("teilte Acme in Herzogenrath
    mit"), beside a catalogued place ("aus Herzogenrath bei Aachen") or after a
    company noun ("der Hersteller aus Herzogenrath"). The name must be in the city list, and the longest such
    run of its words counts ("Bad Homburg" before "Bad"): a capitalised word
    after "aus" or "based in" is as often a noun or a company. After a company noun
    a word with a town name's ending counts too ("aus Büdelsdorf"): the list holds
    no town under 15,000 inhabitants, where many such companies sit."""
    cues = _place_cues(document.lang)
    seat_cues, seat_scan = _seat_cues(document.lang)
    out: list[Mention] = []
    # the names found so far, by the sentence they start in: looked up per
    # sentence, not filtered out of the whole article's list for each one
    found_in: dict[int, list[Mention]] = {}
    if cues.after_organisation is not None:
        for mention in found:
            home = document.sentence_at(mention.start)
            if home is not None:
                found_in.setdefault(id(home), []).append(mention)
    for sentence in document.sentences:
        text = sentence.text
        possible = seat_scan.candidates(text, sentence.cache)
        matches = [m for n, pattern in enumerate(seat_cues) if n in possible
                   for m in pattern.finditer(text)]
        if cues.near is not None:
            # "aus Taufkirchen bei München": the town beside a catalogued place; not tried
            # where the sentence names no place (nineteen in twenty), as nothing is kept there
            places = {m.start for m in sentence.mentions if m.type == "Place"}
            if places:
                matches += [m for m in cues.near.finditer(text) if sentence.start + m.end() in places]
        if cues.after_organisation is not None:
            orgs = sentence.mentions + found_in.get(id(sentence), [])
            matches += [m for org in orgs if org.type in ORGANIZATION_TYPES
                        and (m := cues.after_organisation.match(text, sentence.local(org.end)))]
        described = [m for m in cues.descriptor.finditer(text)] if cues.descriptor else []
        for match in matches + described:
            phrase = match.group("name")
            lead = _leading_function_words(phrase, pats.not_names)  # "The Boise, Idaho-based"
            name = _known_city(phrase[lead:]) if lead < len(phrase) else None
            words = phrase[lead:].split()
            if name is None and words and match in described and cues.town is not None \
                    and cues.town.fullmatch(words[0].split("-")[0]) is not None:
                name = words[0]  # "Der Mobilfunkanbieter aus Büdelsdorf", also "Büdelsdorf-Nord"
            if name is None:
                continue
            name = _district(phrase[lead:], name, match.group(0), cues.seat)
            region = cues.region.match(phrase, lead + len(name)) \
                if cues.region is not None and phrase.startswith(name, lead) else None
            if region is not None:
                name = phrase[lead:region.end()]  # "Yamanashi Prefecture": the region, not its city
            start = sentence.start + match.start("name") + lead
            end = start + len(name)
            if _taken(sentence, start, end) and not _holds_places(sentence, start, end) \
                    or any(p.start == start for p in out):
                continue
            _displace_inside(sentence, start, end, only="Place")
            out.append(Mention(start, end, name, "Place", name, "discovery/place"))
        if cues.adjective is not None:
            out += _city_adjectives(document, sentence, cues.adjective, out + found)
    return out


# A district after its city's name and a hyphen: "-Uerdingen" of "Krefeld-Uerdingen".
_DISTRICT = re.compile(r"-[A-ZÄÖÜ][\w\-]*")


def _district(phrase: str, city: str, cue: str, seat: re.Pattern[str] | None) -> str:
    """The place a cue names: a listed city followed by a district the list
    does not hold ("Krefeld-Uerdingen") is named whole, where a plant or office
    is; after a company's seat cue ("mit Sitz in Stuttgart-Zuffenhausen") the
    city, which the company is located in."""
    district = _DISTRICT.match(phrase, len(city)) if phrase.startswith(city) else None
    if district is None or seat is None or seat.search(cue):
        return city
    return phrase[:district.end()]


def _holds_places(sentence: Sentence, start: int, end: int) -> bool:
    """Whether every name found at ``start``..``end`` is a catalogued place
    shorter than it and inside it: a listed city named by a seat cue holds
    the place its last words name ("the North Chicago, Illinois-based
    company" is seated in North Chicago, not in Chicago). A place spanning
    the whole name is the catalogue's own and stays."""
    over = [m for m in sentence.mentions if m.start < end and start < m.end]
    return bool(over) and all(
        m.type == "Place" and m.rule == "gazetteer" and start <= m.start and m.end <= end
        and m.end - m.start < end - start for m in over)


# One capitalised noun and the space after it: what may stand between a city's adjective and a name.
_NOUN_BEFORE_NAME = re.compile(r"[A-ZÄÖÜ][\w\-]+\s+")


def _city_adjectives(document: Document, sentence: Sentence, pattern: re.Pattern[str],
                     known: list[Mention]) -> list[Mention]:
    """A catalogued city's adjective before a company noun or an organisation's
    name ("der Hamburger Kupferkonzern", "die Hamburger KHS", "der Hamburger
    Investmentmanager KHS"): the city, as the
    seat of that company; not before another noun ("die Berliner Luft"). A
    place the catalogue knows, or a large city of the list before a company
    noun: the ending makes many other words ("der Partner"), and the small
    towns of the city list are often ordinary words.
    ``known``: the names found so far, which may follow the adjective."""
    found = []
    heads = _company_nouns(document.lang)
    for match in pattern.finditer(sentence.text):
        city, known_adjective = _city_of_adjective(document, match.group("name"), match.group("ending"))
        entry = _places_by_name(document.catalogue).get(city) if known_adjective \
            else document.catalogue.get(city)
        if entry is not None and known_adjective:
            city = entry.label  # "Nürnberger": "Nürnberg", the catalogue's "Nuremberg"
        listed = entry is None and (known_adjective or city in _large_cities())
        if not listed and (entry is None or entry.type != "Place" or entry.label != city):
            continue
        after = sentence.start + match.end()
        # the name right after the adjective or after its noun ("der Augsburger
        # Investmentmanager Muster"), which then says what the named company is
        noun = _NOUN_BEFORE_NAME.match(sentence.text, after_truncated(document.lang, sentence.text,
                                                                       match.end()))
        starts = {after} | ({sentence.start + noun.end()} if noun else set())
        named = any(m.start in starts and m.type in ORGANIZATION_TYPES
                    for m in sentence.mentions + known)
        head_at = after_truncated(document.lang, sentence.text, match.end())
        headed = heads.match(sentence.text, head_at) is not None \
            or singular_adjective_head(document.lang, sentence.text, match.start("name"))
        if not named and not headed or listed and not headed:
            continue  # a city the catalogue lacks: only before a company noun
        start = sentence.start + match.start("name")
        end = sentence.start + match.end("ending")
        if _taken(sentence, start, end) or any(p.start == start and not _trimmed_later(p, known)
                                               for p in known):
            continue
        found.append(Mention(start, end, city, "Place", match.group(0).split()[-1],
                             "discovery/place"))
    return found


def _trimmed_later(name: Mention, known: list[Mention]) -> bool:
    """Is ``name`` a name read with the words before it ("Augsburger Roboterhersteller Muster
    Robotics") that an apposition found shorter, ending where it ends ("Muster Robotics")? Then
    its opening words are the adjective and noun that describe the shorter name, no word of it."""
    return any(other.rule == "discovery/apposition" and name.start < other.start and other.end == name.end
               for other in known)


@lru_cache(maxsize=4)
def _truncated_compound(lang: str) -> re.Pattern[str] | None:
    """The first half of a coordinated compound and its conjunction ("Pharma- und "); None
    where the language does not cut compounds so."""
    pattern = lexicon(lang)["discovery"].get("truncated_compound")
    return re.compile(pattern) if pattern else None


def after_truncated(lang: str, text: str, at: int) -> int:
    """Where the noun after ``at`` starts: past the first half of a coordinated
    compound ("Pharma- und Technologiekonzern"), whose second half is the head."""
    pattern = _truncated_compound(lang)
    found = pattern.match(text, at) if pattern is not None else None
    return found.end() if found is not None else at


@per_catalogue
def _places_by_name(catalogue: Catalogue) -> dict[str, CatalogueEntry]:
    """The catalogue's places by each of their names ("Nürnberg": the entry
    labelled "Nuremberg"): a city's adjective names the city in the text's
    language."""
    return {name: entry for entry in catalogue.entries.values() if entry.type == "Place"
            for name in entry.names}


def _city_of_adjective(document: Document, stem: str, ending: str) -> tuple[str, bool]:
    """The city a place adjective names, and whether the language's list of city
    adjectives holds it: the list's city ("Göttingen" of "Göttinger", "München" of
    "Münchner"), which many adjectives spell other than by their stem; else the
    stem itself ("Mainz" of "Mainzer"), or where the catalogue knows no place so
    called, the stem with its ending changed as the language's adjectives change
    it ("Darmstädt" of "Darmstädter": "Darmstadt")."""
    table = lexicon(document.lang)["discovery"]
    listed: dict[str, str] = table.get("city_adjectives", {})
    if stem + ending in listed:
        return listed[stem + ending], True
    if document.catalogue.get(stem) is not None:
        return stem, False
    stems: dict[str, str] = table.get("place_adjective_stems", {})
    for stem_ending, name_ending in stems.items():
        if stem.endswith(stem_ending):
            city = stem[:-len(stem_ending)] + name_ending
            if document.catalogue.get(city) is not None:
                return city, False
    return stem, False


def singular_adjective_head(lang: str, text: str, at: int) -> bool:
    """Does a city's adjective at ``at`` stand before a company noun that the article
    makes singular ("Der Essener Energieversorger", "dem Rostocker Dienstleister")? Such
    nouns are spelled alike in the plural, so they are no company heads of their own
    ("die Aktien der Essener Versorger" are many companies'); after these articles they
    name the one company seated in that city."""
    pattern = lexicon_pattern(lang, "discovery", "place_adjective_singular")
    return pattern is not None and pattern.match(text, at) is not None


@lru_cache(maxsize=4)
def _company_nouns(lang: str) -> re.Pattern[str]:
    """A company or bank noun, alone or ending a compound ("Konzern",
    "Kupferkonzern", "Maschinenbauer"), as a whole word: the head nouns of
    ``[references]``."""
    words = lexicon(lang)["references"]
    heads = alternation(list(words["company_heads"]) + list(words["institution_heads"]))
    return re.compile(rf"(?:{compound_head(heads)})(?![\w-])")


def compound_head(alternatives: str) -> str:
    """A head noun that may be compounded: "Tech-Riese", "Chipkonzern", "Geldhauses";
    ``alternatives`` is a regex alternation of the heads."""
    return rf"(?:[\w]+-)?(?:{alternatives})|[A-ZÄÖÜ][a-zäöüß]+(?:{alternatives.lower()})"


def _known_city(phrase: str) -> str | None:
    """The longest run of the phrase's first words that names a listed city; a dot
    ending it may be the sentence's ("in Ulm. Der …" names Ulm)."""
    words = phrase.split()
    cities = city_names()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        # a district the list does not hold names its city ("aus Stuttgart-Zuffenhausen")
        district = " ".join(words[:n - 1] + [words[n - 1].split("-")[0]])
        for form in (name, name[:-1] if name.endswith(".") else None, district):
            if form in cities:
                return form
    return None


# A word of a unit's name: capitalised, inner hyphens and dots allowed ("E-Commerce").
_UNIT_WORD = r"(?:[A-ZÄÖÜ][\w'’.\-]*\w|[A-ZÄÖÜ])"
# A capital after a small letter inside a word ("HiSilicon"): a brand's spelling, which no
# adjective has, so the word alone names a unit before a unit noun
_INNER_CAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")


@dataclass(frozen=True)
class _UnitCues:
    before: re.Pattern[str] | None  # "im Segment X": the name after the unit noun
    single: re.Pattern[str] | None  # the nouns after which one word is a name
    sibling: re.Pattern[str] | None  # … and those after which it is beside another unit found
    joined_only: re.Pattern[str] | None  # the nouns after which only a name joined by "&" is one
    plural: re.Pattern[str] | None  # "die Sparten X und Y"
    after: re.Pattern[str] | None  # "its X division": the name before the unit noun
    after_plural: re.Pattern[str] | None  # "its X and Y units": a plural noun, of names joined
    titled: re.Pattern[str] | None  # "its X Solutions Group": a name its unit noun ends
    joined_figure: re.Pattern[str] | None  # "Wines & Spirits sales fell": a joined name, its sales
    joined_sibling: re.Pattern[str] | None  # "… and Perfumes & Cosmetics rose": beside one above
    joined: re.Pattern[str]  # " und Y" right after a name of a plural unit noun
    joined_word: re.Pattern[str]  # " und " between two names
    single_and: re.Pattern[str] | None  # " und Y" that a singular unit noun's name goes on with
    opening: re.Pattern[str] | None  # "X, the company's sneaker label, posted": X opens the sentence
    opening_not: frozenset[str]  # the words opening a sentence that are no name ("Separately")
    list_line: re.Pattern[str] | None  # "- X: Umsatz 9,6 Milliarden Euro": a line naming a unit
    list_line_not: frozenset[str]  # the names opening such a line that are no unit ("Konzern")


@prepares
@lru_cache(maxsize=4)
def _seat_cues(lang: str) -> tuple[tuple[re.Pattern[str], ...], Prefilter]:
    """The seat cues searched in every sentence ("mit Sitz in", "Boise-based",
    "teilte … mit"), in their order, and the scan that tells which of them
    can match a sentence: most sentences hold none of their words."""
    cues = _place_cues(lang)
    patterns = tuple(p for p in (cues.before, cues.compound, cues.reported) if p is not None)
    return patterns, Prefilter(patterns)


@prepares
@lru_cache(maxsize=4)
def _unit_gate(lang: str) -> Prefilter | None:
    """Whether a sentence can hold a unit cue before a name ("Sparte",
    "division"): the cue is otherwise tried at every character of every
    sentence."""
    before = _unit_cues(lang).before
    return Prefilter([before]) if before is not None else None


@lru_cache(maxsize=4)
def _unit_cues(lang: str) -> _UnitCues:
    table = lexicon(lang)["discovery"]
    # words of a name joined by "&" ("Beauty & Wellbeing"), in English also by "and" before
    # the unit noun ("Productivity and Business Processes segment")
    # and a first word cut short before a conjunction ("Abfüll- und Verpackungstechnik")
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    name = (rf"(?:{_UNIT_WORD}-\s+(?:{conjunctions})\s+)?"
            rf"{_UNIT_WORD}(?:\s+(?:&\s+)?{_UNIT_WORD}){{0,4}}")
    before = table.get("unit_before", "")
    plural = table.get("unit_before_plural", "")
    joined_only = table.get("unit_before_joined", "")
    nouns = "|".join(n for n in (before, plural, joined_only) if n)
    after = table.get("unit_after", "")
    sales, moves = table.get("unit_joined_sales", ""), table.get("unit_joined_moves", "")
    joined = rf"(?<![\w&.-])(?P<name>{_UNIT_WORD}(?:\s+{_UNIT_WORD})?\s+&\s+{_UNIT_WORD}(?:\s+{_UNIT_WORD})?)"
    return _UnitCues(
        # "its Finnish unit, Acme Finland, grew": after a comma, a name the next comma closes,
        # or the sentence's end ("… with its Italian unit, Acme Italia.")
        before=re.compile(rf"(?<![\w-])(?P<noun>{nouns})(?:\s+|,\s+(?={name}(?:,|\.?\s*$)))"
                          rf"(?P<name>{name})")
        if nouns else None,
        single=re.compile(rf"(?:{table['unit_before_single']})$")
        if table.get("unit_before_single") else None,
        sibling=re.compile(rf"(?:{table['unit_before_sibling']})$")
        if table.get("unit_before_sibling") else None,
        joined_only=re.compile(rf"(?:{joined_only})$") if joined_only else None,
        plural=re.compile(rf"(?:{plural})$") if plural else None,
        after=re.compile(
            rf"(?:\b|(?<=\w))(?:{table['unit_determiners']})\s+"
            rf"(?P<name>{_UNIT_WORD}(?:\s+(?:(?:{table['unit_name_joins']})\s+)?{_UNIT_WORD}){{0,4}})"
            rf"\s+(?P<noun>{after})\b") if after else None,
        after_plural=re.compile(rf"(?:{table['unit_after_plural']})$")
        if table.get("unit_after_plural") else None,
        titled=re.compile(
            rf"(?:\b|(?<=\w))(?:{table['unit_possessives']})\s+"
            rf"(?P<name>{_UNIT_WORD}(?:\s+(?:(?:{table['unit_name_joins']})\s+)?{_UNIT_WORD}){{1,4}}"
            rf"\s+(?:{table['unit_titled']}))\b") if table.get("unit_titled") else None,
        joined_figure=re.compile(rf"{joined}(?=\s+(?:{sales})\s+(?:{moves})\b)") if sales else None,
        joined_sibling=re.compile(rf"{joined}(?=\s+(?:(?:{sales})\s+)?(?:{moves})\b)") if sales else None,
        joined=re.compile(rf"\s*,?\s+(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+"
                          rf"(?P<name>{name})"),
        joined_word=re.compile(rf"\s*,?\s+(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+"),
        single_and=re.compile(rf"\s+(?:{table['unit_single_name_and']})\s+(?P<name>{_UNIT_WORD})"
                              rf"(?=\s+[a-zäöüß]|\s*[,.;:]|\s*$)")
        if table.get("unit_single_name_and") else None,
        opening=re.compile(rf"^(?P<name>{_UNIT_WORD}(?:\s+(?:&\s+)?{_UNIT_WORD}){{0,3}}),\s+"
                           rf"(?:{table['unit_opening_apposition']}),\s+(?!(?:{table['unit_opening_not_after']})\s)"
                           rf"(?=[a-z])")
        if table.get("unit_opening_apposition") else None,
        opening_not=frozenset(table.get("unit_opening_not", ())),
        # a bullet or nothing, the name, a colon, a result word and its number, the line's first
        list_line=re.compile(rf"^(?:[-\u2013\u2022*]\s*)?(?P<name>{_UNIT_WORD}(?:\s+(?:&\s+)?{_UNIT_WORD}){{0,3}})"
                             rf":\s+(?:{table['unit_list_line']})\s+[^\d]{{0,12}}\d")
        if table.get("unit_list_line") else None,
        list_line_not=frozenset(table.get("unit_list_line_not", ())),
    )


def _company_possessive(sentence: Sentence, start: int, name_start: int, name_end: int) -> bool:
    """Is the possessive before a titled unit's name a company's ("Dell's", "its"), not a
    country's ("Japan's Daiwa Securities Group"), and does no name already found overlap the
    name (a catalogued company's own "… Group")? Only then is the name a unit of the company."""
    at = sentence.start + start
    if _taken(sentence, sentence.start + name_start, sentence.start + name_end):
        return False
    text = sentence.text[start:name_start]
    if text.strip().lower() in {"its", "their"}:
        return True
    # the mention may end before the possessive's "'s" or take it in ("Dell's")
    return any(at <= m.end <= sentence.start + name_start and m.type in _UNIT_OWNER_TYPES
               for m in sentence.mentions)


_UNIT_OWNER_TYPES = frozenset({"Company", "FinancialInstitution"})


def _cued_units(document: Document, pats: _Patterns, known: list[Mention]) -> list[Mention]:
    """Units the catalogue does not know, named beside a unit noun: "im
    Segment Industrial Trucks & Services", "die Sparte Supply Chain
    Solutions", "die Sparten X und Y", "its Beauty & Wellbeing division";
    or, in words joined by "&", right before the sales they report ("Wines &
    Spirits sales fell 6%"), as a company's own name is seldom so joined.
    A one-word name only after nouns that name nothing but a unit ("die
    Sparte X", not "im Segment Elektroautos", a market); in English two
    words at least, as one capitalised word there is as often an adjective
    ("its German unit"). A name that opens with a company's name ("die
    Sparte Acme Essentials") is that company's unit, and then so is the same
    company's name before another capitalised word elsewhere ("Acme
    Specialties"); otherwise the unit is of the company the passage is about,
    the last one named before it in its sentence, else the one the article
    names most; with no company named, no unit."""
    cues = _unit_cues(document.lang)
    if cues.before is None and cues.after is None and cues.joined_figure is None:
        return []
    out: list[Mention] = []
    siblings: list[tuple[Sentence, int, str]] = []  # one-word names kept until a unit is found
    gate = _unit_gate(document.lang)
    roundup = _roundup_lines(document, cues, known)
    companies: list[Mention] = []  # the names opening the lines of a roundup of companies
    for sentence in document.sentences:
        spans: list[tuple[int, str, bool]] = []  # local start, name, one word allowed
        if cues.before is not None and gate is not None \
                and gate.candidates(sentence.text, sentence.cache):
            for match in cues.before.finditer(sentence.text):
                noun = match.group("noun")
                if cues.joined_only is not None and cues.joined_only.match(noun) is not None \
                        and " & " not in match.group("name"):
                    continue  # "im Bereich Künstliche Intelligenz": a field, no unit
                single = cues.single is not None and cues.single.match(noun) is not None
                plural = cues.plural is not None and cues.plural.match(noun) is not None
                name = match.group("name") if plural \
                    else _single_name_joined(sentence, cues, match.start("name"), match.group("name"))
                if " " not in name and cues.sibling is not None and cues.sibling.match(noun):
                    siblings.append((sentence, match.start("name"), name))
                spans.append((match.start("name"), name, single))
                if plural:
                    spans += _joined_units(sentence, cues, match.end("name"), single)
        if cues.after is not None:
            # one word only where it names a line of business ("the Pharmaceuticals division")
            spans += [(at, name, name in _line_words(document.lang))
                      for m in cues.after.finditer(sentence.text)
                      for at, name in _after_names(cues, m)]
        if cues.opening is not None and (m := cues.opening.match(sentence.text)) is not None \
                and not any(word in cues.opening_not or word.endswith("ly")
                            for word in m.group("name").split()):
            # one word too: the apposition makes the name a unit or brand, as an adjective
            # or an opening adverb ("Separately", "Overall") is no unit
            spans.append((m.start("name"), m.group("name"), True))
        if cues.list_line is not None and (m := cues.list_line.match(sentence.text)) is not None \
                and m.group("name") not in cues.list_line_not \
                and not _period_label(document.lang).search(m.group("name")):
            if id(sentence) in roundup:
                companies += _roundup_company(document, sentence, pats, m, known + out + companies)
            else:
                # "- Steel Europe: Umsatz 9,6 Milliarden Euro": a line of a list of results opened
                # by a name and a colon reports that unit's results, one word too ("* Display: …")
                spans.append((m.start("name"), m.group("name"), True))
        if cues.titled is not None:
            spans += [(m.start("name"), m.group("name"), False) for m in cues.titled.finditer(sentence.text)
                      if _company_possessive(sentence, m.start(), m.start("name"), m.end("name"))]
        if cues.joined_figure is not None and cues.joined_sibling is not None \
                and "&" in sentence.text and cues.joined_figure.search(sentence.text):
            # a line named before its sales makes the joined names moving beside it lines too
            spans += [(m.start("name"), m.group("name"), False)
                      for m in cues.joined_sibling.finditer(sentence.text)]
        for at, name, single in spans:
            unit = _unit_mention(document, sentence, pats, at, name, single, known + out)
            if unit is not None:
                out.append(unit)
    return out + _segment_siblings(document, pats, siblings, known, out) + _sibling_units(document, pats, out) \
        + companies


def _roundup_company(document: Document, sentence: Sentence, pats: _Patterns, match: re.Match[str],
                     taken: list[Mention]) -> list[Mention]:
    """The company a line of a roundup of companies' results opens with ("- Acme Anlagenbau:
    Umsatz 1,2 Milliarden Euro" below "- SAP: Umsatz …"), unless the name is taken, a city, a
    country's word or a person's."""
    name = _trim_name(match.group("name"), pats.not_names)
    start = sentence.start + match.start("name")
    end = start + len(name)
    if _unfit(sentence, name, start, end, taken, pats, document.catalogue):
        return []
    return [_firm(name, start, end, pats, "discovery/roundup-line")]


@lru_cache(maxsize=4)
def _period_label(lang: str) -> re.Pattern[str]:
    """The language's words of a reporting period ("Drittes Quartal", "Fourth Quarter",
    "Full-year"), in any case: a list line they open reports the period's results, no
    unit's."""
    table = lexicon(lang)["periods"]
    literals = "|".join(re.escape(word) for word in (*table.get("current_year", ()),
                                                     *table.get("needs_year", ())))
    return re.compile(rf"(?<![\w-])(?:{table['period_words']}|{literals or '(?!)'})(?![\w-])", re.IGNORECASE)


def _roundup_lines(document: Document, cues: _UnitCues, known: list[Mention]) -> set[int]:
    """The ids of the sentences in lists of results ("- X: Umsatz …", line after line) where
    one line's name is a company's, catalogued or found ("- SAP: Umsatz 8,5 Milliarden Euro"):
    such a list rounds up companies, so its other names are companies too, no one's units."""
    if cues.list_line is None:
        return set()
    out: set[int] = set()
    run: list[Sentence] = []
    company = False
    for sentence in [*document.sentences, None]:
        match = cues.list_line.match(sentence.text) if sentence is not None else None
        if sentence is None or match is None:
            if company:
                out.update(id(line) for line in run)
            run, company = [], False
            continue
        run.append(sentence)
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        company = company or any(m.type in _UNIT_OWNER_TYPES and m.start < end and start < m.end
                                 for m in [*sentence.mentions, *known])
    return out


def _after_names(cues: _UnitCues, match: re.Match[str]) -> list[tuple[int, str]]:
    """The names before a unit noun ("its X division"), each with its start: before a plural
    noun the names joined by a conjunction are units of their own ("its Daihatsu and Hino
    units"), where a singular noun's are one name ("its Productivity and Business Processes
    segment")."""
    at, name = match.start("name"), match.group("name")
    if cues.after_plural is None or not cues.after_plural.match(match.group("noun")):
        return [(at, name)]
    out, start = [], 0
    for joint in cues.joined_word.finditer(name):
        out.append((at + start, name[start:joint.start()]))
        start = joint.end()
    return [*out, (at + start, name[start:])]


def _segment_siblings(document: Document, pats: _Patterns, siblings: list[tuple[Sentence, int, str]],
                      known: list[Mention], units: list[Mention]) -> list[Mention]:
    """"Im Segment Prozesstechnik sank der Umsatz" beside "das Segment Abfüll- und
    Verpackungstechnik": a one-word name after a noun that also names a market ("im Segment
    Elektroautos") is a unit where the article reports another unit of the same company
    by such a noun, part after part."""
    owners = {u.owner for u in units}
    out: list[Mention] = []
    for sentence, at, name in siblings if owners else ():
        unit = _unit_mention(document, sentence, pats, at, name, True, known + units + out)
        if unit is not None and unit.owner in owners:
            out.append(unit)
    return out


def _single_name_joined(sentence: Sentence, cues: _UnitCues, at: int, name: str) -> str:
    """"Die Sparte Waffe und Munition steigerte …": after a singular unit noun, a second
    capitalised word joined by "und" and closed by a small word or a mark goes on with the
    name, unless a name already found there stands apart ("die Sparte Industrie und Siemens
    Energy"); a plural noun's joined names are units of their own (:func:`_joined_units`)."""
    if cues.single_and is None:
        return name
    match = cues.single_and.match(sentence.text, at + len(name))
    if match is None:
        return name
    start = sentence.start + match.start("name")
    if any(m.start < sentence.start + match.end("name") and start < m.end for m in sentence.mentions):
        return name
    return sentence.text[at:match.end("name")]


def _joined_units(sentence: Sentence, cues: _UnitCues, after: int,
                  single: bool) -> list[tuple[int, str, bool]]:
    """"die Sparten X und Y": the names joined to the first one, of one word
    where the noun allows it for the first."""
    found = []
    while (match := cues.joined.match(sentence.text, after)) is not None:
        found.append((match.start("name"), match.group("name"), single))
        after = match.end("name")
    return found


def _owner_after_unit(lang: str, sentence: Sentence, end: int) -> str | None:
    """"die Sparte Linde Material Handling beim Konkurrenten Kion Group": the company named
    right after the unit's name (absolute offset ``end``) and a word of being at it owns the
    unit, not the company the passage is about."""
    pattern = lexicon_pattern(lang, "discovery", "unit_owner_after")
    found = pattern.match(sentence.text, sentence.local(end)) if pattern is not None else None
    if found is None:
        return None
    at = sentence.start + found.end()
    return next((m.label for m in sentence.mentions
                 if m.start == at and m.type in ("Company", "FinancialInstitution")), None)


def _unit_mention(document: Document, sentence: Sentence, pats: _Patterns, at: int, name: str,
                  single: bool, found: list[Mention]) -> Mention | None:
    name = _object_noun_cut(sentence, pats, at, _trim_name(name, pats.not_names), document.catalogue)
    if not name or (" " not in name and not single and not _INNER_CAPITAL.search(name)):
        return None  # "its German unit": one capitalised word is as often an adjective
    if all(word in pats.country_words or not word[:1].isupper() for word in name.split()):
        return None  # "its German and Italian units": countries' adjectives joined, no name
    if sentence.text.startswith("/", at + len(name)):
        return None  # "die Sparte Leben/Kranken": the name read stops at the slash, a part of it
    if any(pats.title_word.fullmatch(word) for word in name.split()):
        return None  # "its consumer division President Jane Doe": a title, no unit's name
    start = sentence.start + at
    end = start + len(name)
    if any(m.start < end and start < m.end for m in found):
        return None
    inside = [m for m in sentence.mentions if m.start < end and start < m.end]
    owner: str | None = None
    if inside and all(m.type == "Place" and m.rule == "gazetteer" and m.start > start for m in inside):
        # "die Sparte Post & Paket Deutschland": a country or city closing the name is a word
        # of it, no place of its own; the owner is found as for any other name
        for mention in inside:
            sentence.mentions.remove(mention)
    elif inside:
        # only a company's name opening a longer one ("Acme Essentials", also with a place
        # after it: "Acme Finland"): its unit
        head, rest = inside[0], inside[1:]
        if any(m.type != "Place" or m.rule != "gazetteer" for m in rest) \
                or head.start != start or head.end >= end or head.rule != "gazetteer" \
                or head.type not in ("Company", "FinancialInstitution") \
                or sentence.text[sentence.local(head.end)] != " ":
            return None
        for mention in inside:
            sentence.mentions.remove(mention)
        possessor = _possessor_before(sentence, start, document.lang)
        # "Volvo's unit Renault Trucks": the possessor owns the unit, whatever company's
        # name opens the unit's own
        owner = head.label if possessor is None else possessor.label
    if owner is None:
        owner = _owner_after_unit(document.lang, sentence, end)
    if owner is None:
        recent = document.recent(sentence, frozenset({"Company", "FinancialInstitution"}),
                                 before=start, window=0)
        # else the company the article names most, once discovery has found them all
        owner = recent.label if recent is not None else _MOST_NAMED
    label = _line_label(document.lang, name, owner) if owner != _MOST_NAMED else name
    return Mention(start, end, label, "BusinessUnit", name, "discovery/unit-cue", owner=owner)


def _object_noun_cut(sentence: Sentence, pats: _Patterns, at: int, name: str, catalogue: Catalogue) -> str:
    """The name at local ``at`` without its last word where that word is rather the object
    of a verb closing the clause after it ("die Tochter Acme Lagerhallen automatisiert"): in
    a language whose nouns are capitalised, a verb-final clause puts its object right after
    the subject's name, and only such a clause (one a conjunction opens: "dass die Tochter …";
    a main clause puts its verb second, "Die Tochter Acme Lagertechnik wächst."). The word
    stays where it goes on with names: a word spelt unlike the language's common nouns
    ("Specialty Additives"), a word of a catalogued company's name after its first ("Renault
    Trucks"), a place ("… Paket Deutschland"), a word joined by "&", a name the catalogue
    knows; and where the unit's cue stands in a case no subject has ("die Finanzen der Sparte
    X verantwortete")."""
    verb = pats.object_verb
    words = name.split()
    if verb is None or pats.object_clause is None or len(words) < 2 or words[-2] == "&" or not pats.object_noun.fullmatch(words[-1]) \
            or words[-1] in _catalogue_later_words(catalogue) or name in catalogue_names(catalogue) \
            or not verb.match(sentence.text, at + len(name)) \
            or pats.object_oblique.search(sentence.text, 0, at) \
            or not pats.object_clause.search(sentence.text, 0, at):
        return name
    end = sentence.start + at + len(name)
    if _taken(sentence, end - len(words[-1]), end):
        return name  # a place or a name found there
    return name[:len(name) - len(words[-1])].rstrip()


@per_catalogue
def _catalogue_later_words(catalogue: Catalogue) -> frozenset[str]:
    """The words of the catalogue's names after their first ("Trucks" of "Renault
    Trucks"): words that go on with a company's name."""
    return frozenset(word for entry in catalogue.entries.values() for name in entry.names
                     for word in name.split()[1:])


def _possessor_before(sentence: Sentence, start: int, lang: str) -> Mention | None:
    """The company named in the possessive (or joined by a hyphen, "Volvo-Tochter") right
    before the cue of a unit's name starting at ``start``: "Volvo's unit Renault Trucks".
    Only the cue's few words may stand between, no punctuation, so a company that is the
    subject of the clause ("Nvidia supplies the unit Acme Italia") is no possessor. A
    possessive pronoun before the cue ("Volvo said its unit Renault Trucks …") stands for
    the company the sentence names before it, where it names one only."""
    before = [m for m in sentence.mentions if m.end <= start and m.type in ("Company", "FinancialInstitution")]
    if not before:
        return None
    last = before[-1]
    gap = sentence.text[sentence.local(last.end):sentence.local(start)]
    cue = _CUE_GAP.fullmatch(gap)
    if cue is not None and (_POSSESSIVE_END.search(last.surface) is not None or cue["mark"] is not None):
        return last
    pronoun = _possessive_pronoun_cue(lang).search(gap)
    return last if pronoun is not None and len({m.label for m in before}) == 1 else None


@lru_cache(maxsize=4)
def _possessive_pronoun_cue(lang: str) -> re.Pattern[str]:
    """A possessive pronoun and up to two words of a unit's cue ending the text before its
    name ("its unit ", "seine Tochter "); never where the language lists no pronouns."""
    pronouns = lexicon(lang)["relation_cues"].get("possessive_pronouns")
    return re.compile(rf"\b(?i:{pronouns})\s+(?:[\w\-]+\s+){{1,2}}$" if pronouns else "(?!)")


# the text between a possessor and the unit's name: its ending (unless the name swallowed
# it) and up to three words of the cue
_CUE_GAP = re.compile(r"(?P<mark>['’]s?|-)?[\w\-]*(?:\s+[\w\-]+){0,3}\s+")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _line_label(lang: str, name: str, owner: str) -> str:
    """The label of a unit named by a line of business alone ("the Pharmaceuticals
    division" of Acme): "Acme Pharmaceuticals", as every group may have one."""
    return f"{owner} {name}" if name in _line_words(lang) else name


# The owner of a unit whose sentence names no company before it, until the
# article's companies are all found (see :func:`_owned_by_most_named`).
_MOST_NAMED = ""


def _apposed_units(document: Document, found: list[Mention]) -> list[Mention]:
    """"The Intelligent Devices Group, its largest unit, posted …": a name found as a company
    by its ending, set off by a phrase that calls it a company's unit, is that unit. Its owner
    is the company a possessive there names ("Acme's consumer unit") where discovery or the
    catalogue knows it, else the company the passage is about, as "its" means. Not
    where a verb of selling governs the name ("sold X, its shipping arm, to Y"): the company
    parts with it, so it is no unit of the company any longer."""
    pattern = lexicon_pattern(document.lang, "figures", "unit_apposition")
    if pattern is None:
        return found
    sold = lexicon_pattern(document.lang, "figures", "unit_sold_before")
    out = []
    for mention in found:
        sentence = document.sentence_at(mention.start)
        described = _unit_apposition(pattern, sentence, mention) if sentence is not None else None
        if sentence is None or described is None or sold is not None \
                and sold.search(sentence.text, 0, sentence.local(mention.start)) is not None:
            # "Siemens sold X, its shipping arm,": a unit it parts with is none of its own
            out.append(mention)
            continue
        at = sentence.start + described.start()
        possessor = next((m.label for m in [*sentence.mentions, *found]
                          if m.start == at and m.type in ("Company", "FinancialInstitution")), None)
        if described.group()[:1].isupper() and possessor is None:
            out.append(mention)  # "X, Acme's unit,": an owner no one knows, no guess
            continue
        out.append(replace(mention, type="BusinessUnit", rule="discovery/unit-cue",
                           owner=possessor or _MOST_NAMED))
    return out


def _unit_apposition(pattern: re.Pattern[str], sentence: Sentence,
                     mention: Mention) -> re.Match[str] | None:
    """The phrase calling a discovered firm of several words a unit, set off by commas right
    after it ("The Intelligent Devices Group, its largest unit, …"), if there is one."""
    if mention.type != "Company" or not mention.rule.startswith("discovery/") or " " not in mention.label:
        return None
    comma = sentence.local(mention.end)
    if not sentence.text.startswith(", ", comma):
        return None
    described = pattern.match(sentence.text, comma + 2)
    return described if described is not None and re.match(r"s?,\s", sentence.text[described.end():]) else None


def _owned_by_most_named(document: Document, found: list[Mention]) -> list[Mention]:
    """The units waiting for an owner get the company discovery found before
    them in their sentence, else the company the article names most, counting
    the names discovery found ("die Sparte X" in an article about "Muster
    Antriebstechnik AG", which no catalogue knows, is not a unit of the
    newspaper a quote was given to); where several are named most, the one
    company the passage before names, if any, else the first of them; with no
    company named, no unit."""
    if not any(u.owner == _MOST_NAMED for u in found):
        return found
    most, tied = _most_named(document, found)
    out = []
    for unit in found:
        if unit.owner != _MOST_NAMED:
            out.append(unit)
            continue
        sentence = document.sentence_at(unit.start)
        before = [m for m in found if m.type in ("Company", "FinancialInstitution")
                  and sentence is not None and sentence.start <= m.start and m.end <= unit.start]
        owner = max(before, key=lambda m: m.start).label if before else None
        if owner is None and tied and sentence is not None:
            owner = _passage_company(document, sentence, found)
        owner = owner or most
        if owner is not None:
            out.append(replace(unit, owner=owner, label=_line_label(document.lang, unit.label, owner)))
    return out


def named_by_owner(unit: Mention) -> bool:
    """Does the unit's name open with its owner's ("its Italian unit, Acme
    Italia": Acme's), or with its first word where the unit's has more ("die Sparte Acme
    Polymers" of "Acme Chemie")? Then its name tells its owner, whatever else the sentence
    names before. Accents are ignored, as names are printed with or without."""
    owner = strip_accents((unit.owner or "").casefold()).split()
    words = strip_accents(unit.surface.casefold()).split()
    return bool(owner) and (words[:len(owner)] == owner or len(words) > 1 and words[0] == owner[0])


def _owned_by_namesake(document: Document, found: list[Mention]) -> list[Mention]:
    """A unit a unit noun named ("die Sparte Muster Polymers") whose name opens with the first
    word of one company of the article ("Muster Chemie AG") and not of its owner so far (the
    company named last before it, "Cevian fordert, die Sparte … abzuspalten") is that
    company's: a group names its units after itself, and an investor named beside a unit
    only speaks of it. Not where two companies share that word."""
    companies = {m.label for m in [*document.mentions, *found]
                 if m.type in ("Company", "FinancialInstitution")}
    out = []
    for unit in found:
        first = unit.surface.split(" ", 1)[0]
        if unit.rule != "discovery/unit-cue" or not unit.owner or " " not in unit.surface \
                or named_by_owner(unit):
            out.append(unit)
            continue
        namesakes = [label for label in companies if label.split(" ", 1)[0] == first]
        if len(namesakes) == 1:
            unit = replace(unit, owner=namesakes[0],
                           label=_line_label(document.lang, unit.surface, namesakes[0]))
        out.append(unit)
    return out


def _most_named(document: Document, found: list[Mention] | None = None) -> tuple[str | None, bool]:
    """The company the article names most often (the first of equals), and
    whether another is named as often (a market report on three stocks: none
    is clearly the article's): whose unit a unit noun means where its sentence
    names no company before it, as a results passage goes on about the company
    it opened with. A bank counts only when the headline names it: an article about a bank names its
    divisions ("the Global Banking & Markets division"), a round-up of
    analysts' views names banks that own none of the units spoken of. Of several named
    as often, the one the headline names is the article's, as a results story heads with it.
    ``found``: mentions discovery has found, not yet in the document."""
    first = document.sentences[0] if document.sentences else None
    headline = {m.label for m in first.mentions} if first is not None else set()
    headline |= {m.label for m in found or () if first is not None and m.start < first.end}
    counts: dict[str, int] = {}
    for mention in sorted([*document.mentions, *(found or ())], key=lambda m: m.start):
        if mention.type == "Company" or mention.type == "FinancialInstitution" \
                and mention.label in headline:
            counts[mention.label] = counts.get(mention.label, 0) + 1
    if not counts:
        return None, False
    most = max(counts, key=lambda label: counts[label])
    equals = [label for label, count in counts.items() if count == counts[most]]
    titled = [label for label in equals if label in headline]
    if len(equals) > 1 and len(titled) == 1:
        return titled[0], False  # of the companies named as often, the headline's is the article's
    return most, len(equals) > 1


_UNIT_PASSAGE = 4  # how many sentences back the company a unit's passage is about may be named


def _passage_company(document: Document, sentence: Sentence, found: list[Mention]) -> str | None:
    """Where several companies are named most, the owner of a unit whose sentence names
    none: the one company the nearest sentence before that names any names
    ("Die Aktien der Acme stiegen. … In der Sparte Express stiegen die
    Sendungen"), within ``_UNIT_PASSAGE`` sentences; None where that sentence
    names several or none does."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - _UNIT_PASSAGE), -1):
        here = document.sentences[index]
        named = {m.label for m in [*here.mentions, *found]
                 if m.type == "Company" and here.start <= m.start and m.end <= here.end}
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None


@lru_cache(maxsize=4)
def _line_words(lang: str) -> frozenset[str]:
    """The words that name a line of business ("Diagnostics", "Pharmaceuticals")."""
    return frozenset(lexicon(lang)["discovery"].get("unit_name_words") or ())


def _line_units(document: Document, units: list[Mention]) -> list[Mention]:
    """"Acme Diagnostics sales rose 2%": a catalogued company's name printed as it is,
    right before a word that names a line of business, names that company's unit the
    catalogue does not know, not the company, so the unit's figures are not the group's.
    A name the catalogue knows whole ("Siemens Healthineers") was taken by the gazetteer
    already; a further capitalised word ("Acme Pharma Services") makes a longer name whose
    owner we cannot tell, so nothing is found there."""
    words = _line_words(document.lang)
    if not words:
        return []
    pattern = re.compile(rf" (?P<word>{alternation(sorted(words))})(?![\w-])(?! [A-ZÄÖÜ])")
    out: list[Mention] = []
    for sentence in document.sentences:
        for owner in list(sentence.mentions):
            if owner.type != "Company" or owner.rule != "gazetteer" or owner.surface != owner.label:
                continue
            match = pattern.match(sentence.text, sentence.local(owner.end))
            if match is None:
                continue
            end = sentence.start + match.end()
            if any(m is not owner and m.start < end and owner.start < m.end for m in sentence.mentions) \
                    or any(u.start < end and owner.start < u.end for u in units + out):
                continue
            sentence.mentions.remove(owner)
            label = f"{owner.label} {match.group('word')}"
            out.append(Mention(owner.start, end, label, "BusinessUnit", label, "discovery/unit-cue",
                               owner=owner.label))
    return out


def _sibling_units(document: Document, pats: _Patterns, units: list[Mention]) -> list[Mention]:
    """"Acme Specialties" beside a found unit "Acme Essentials": the same
    company's name before one capitalised word names another of its units; not before
    a further capitalised word ("Acme Backlog Hits Record", a headline in title case)."""
    owners = {u.owner for u in units if u.owner and u.surface.startswith(u.owner + " ")}
    if not owners:
        return []
    names = catalogue_names(document.catalogue)
    pattern = re.compile(rf"(?<![\w-])(?P<owner>{alternation(sorted(owners))}) "
                         rf"(?P<word>[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])(?! [A-ZÄÖÜ])")
    out: list[Mention] = []
    for sentence in document.sentences:
        for match in pattern.finditer(sentence.text):
            word = match.group("word")
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if word in pats.not_names or word in names or any(
                    u.start < end and start < u.end for u in units + out):
                continue
            inside = [m for m in sentence.mentions if m.start < end and start < m.end]
            if len(inside) != 1 or inside[0].label != match.group("owner") \
                    or inside[0].end != sentence.start + match.end("owner"):
                continue
            sentence.mentions.remove(inside[0])
            label = match.group(0)
            out.append(Mention(start, end, label, "BusinessUnit", label, "discovery/unit-cue",
                               owner=match.group("owner")))
    return out


@lru_cache(maxsize=4)
def _unit_heads(lang: str) -> re.Pattern[str]:
    """A word opening with a unit noun ("Segmente", "segment", "Sparte")."""
    heads = lexicon(lang)["references"]["unit_heads"]
    return re.compile(rf"(?i:{alternation(heads)})\w*$")


def _near_unit_head(text: str, match: re.Match[str], heads: re.Pattern[str]) -> bool:
    before = re.findall(r"[\w\-]+", text[:match.start()])[-4:]
    after = re.findall(r"[\w\-]+", text[match.end():])[:2]
    return any(heads.match(word) for word in before + after)


@per_catalogue
def _short_compounds_of(catalogue: Catalogue, lang: str
                        ) -> tuple[dict[str, tuple[str, str]], re.Pattern[str] | None]:
    pats = _patterns(lang)
    names = catalogue_names(catalogue)
    ordinary = set(lexicon(lang)["discovery"]["ordinary_short_names"])
    owners: dict[str, set[tuple[str, str]]] = {}
    # "Muster SE", "Muster Holding": the suffixes a label ends with after a space,
    # looked up at its spaces (not every suffix tried on every label), in this order
    rank = {suffix: i for i, suffix in enumerate(dict.fromkeys(pats.drop + pats.legal_words))}
    for entry in catalogue.entries.values():
        if entry.type not in ("Company", "FinancialInstitution"):
            continue
        label = entry.label
        ends = sorted((rank[label[at + 1:]], at) for at, char in enumerate(label)
                      if char == " " and label[at + 1:] in rank)
        heads = [label[:at] for _, at in ends]
        # "Mercedes" of "Mercedes-Benz": the first part of a name whose first word is
        # hyphened, as German news write it in "die Mercedes-Aktie"
        heads += [name.partition("-")[0] for name in entry.names
                  if "-" in name.partition(" ")[0]]
        for head in heads:
            if head not in names and head not in ordinary \
                    and re.fullmatch(r"[A-ZÄÖÜ][\w\-]{2,}", head):
                owners.setdefault(head, set()).add((label, entry.type))
    # a short name two companies share ("Merck") names neither, unless the others are
    # subsidiaries of the one ("Mercedes" of "Mercedes-Benz" and its "Mercedes-AMG")
    short = {head: owner for head, found in owners.items()
             if (owner := _parent_among(catalogue, found)) is not None}
    words = lexicon(lang)["discovery"]["short_name_compounds"]
    if not short or not words:
        return short, None
    return short, _compound_ends(lang)


def company_of_short_name(catalogue: Catalogue, lang: str, name: str) -> str | None:
    """The catalogued company ``name`` is the short name of ("Vinci" of "Vinci SA", which
    the catalogue also calls "Vinci-Konzern"; "Kakao" of "Kakao Corp."), as
    :func:`_short_compounds_of` reads them; None where it names none or two unrelated ones."""
    owner = _short_compounds_of(catalogue, lang)[0].get(name)
    return owner[0] if owner is not None else None


def _parent_among(catalogue: Catalogue, found: set[tuple[str, str]]) -> tuple[str, str] | None:
    """The one of ``found`` (label, type) that the others are subsidiaries of,
    or the only one; None where two unrelated companies share a short name."""
    for label, kind in found:
        if all(other == label or label in catalogue.parents_of(other) for other, _ in found):
            return label, kind
    return None


@lru_cache(maxsize=4)
def _compound_ends(lang: str) -> re.Pattern[str] | None:
    """The share or job word ending a short-name compound ("-Aktie", "-Chef")."""
    words = lexicon(lang)["discovery"]["short_name_compounds"]
    return re.compile(rf"-(?:{words})\b") if words else None


def _compound_heads(text: str, ends: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The spans of the words before each compound end ("Muster" of
    "Muster-Aktie"): looked up by name afterwards, which costs far less than
    one pattern of all short names run over every sentence."""
    for match in ends.finditer(text):
        end = start = match.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            start -= 1
        if start < end:
            yield start, end


def _short_compounds(document: Document) -> list[Mention]:
    """"Muster-Chef", "Muster-Aktie": the short name of a company the
    catalogue keeps with its legal form ("Muster SE", as "Muster" alone is
    an ordinary word) or by a hyphened name ("Muster-Benz"), when it opens a
    compound with a share or job word, or follows the words of its shares."""
    short, ends = _short_compounds_of(document.catalogue, document.lang)
    found = _compound_mentions(document, ends, short, []) if ends is not None else []
    return found + _share_short_names(document, short, found)


@lru_cache(maxsize=4)
def _share_before(lang: str) -> re.Pattern[str] | None:
    """The share words before a company's short name ("die Aktien von Muster")."""
    words = lexicon(lang)["discovery"].get("short_name_before", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?P<name>[A-ZÄÖÜ][\w\-]+)(?![\w\-])") \
        if words else None


@lru_cache(maxsize=4)
def _share_after(lang: str) -> re.Pattern[str] | None:
    """A share word or a move by a percentage right after a company's short
    name ("Muster legten 3 Prozent zu", "Muster shares")."""
    words = lexicon(lang)["discovery"].get("short_name_after", "")
    return re.compile(rf"(?:{words})(?!\w)") if words else None


@lru_cache(maxsize=4)
def _person_title_before(lang: str) -> re.Pattern[str] | None:
    """A person's title ending right before a word ("Herr Schindler", "Mr Pearson"): that
    word is the person's surname, whatever company's short name it also is."""
    words = lexicon(lang)["discovery"].get("short_name_person_titles", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+$") if words else None


@lru_cache(maxsize=4)
def _rated_before(lang: str) -> re.Pattern[str] | None:
    """An analyst's rating words right before a company's short name ("stuft
    Muster auf", "upgrades Muster to")."""
    words = lexicon(lang)["discovery"].get("short_name_rated", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?P<name>[A-ZÄÖÜ][\w\-]+)(?![\w\-])") \
        if words else None


@lru_cache(maxsize=4)
def _rated_framed(lang: str) -> re.Pattern[str] | None:
    """A verb of rating, a company's short name and a rating word ("rates Muster overweight",
    "keeps Muster at neutral"): the rating after the name makes it the one rated, where the
    verb alone may be another word ("rates" a noun); the name is the group ``name``."""
    words = lexicon(lang)["discovery"].get("short_name_rated_framed", "")
    return re.compile(words) if words else None


@lru_cache(maxsize=4)
def _rated_capitals(lang: str) -> re.Pattern[str] | None:
    """An agency's headline in capitals that rates ("KEPLER CHEUVREUX SENKT MUSTER AUF
    'REDUCE'"): a verb of rating, the company's short name in capitals (the group ``name``)
    and the word before the rating."""
    words = lexicon(lang)["discovery"].get("short_name_rated_capitals", "")
    return re.compile(words) if words else None


@per_catalogue
def _short_names_in_capitals(catalogue: Catalogue, lang: str) -> dict[str, tuple[str, str]]:
    """The short names of :func:`_short_compounds_of` as a capitals headline prints them
    ("MUSTER" for "Muster"), where no two print alike and none opens another company's name
    (:func:`_shared_heads`)."""
    shared = _shared_heads(catalogue, lang)
    printed: dict[str, list[tuple[str, str]]] = {}
    for name, owner in _short_compounds_of(catalogue, lang)[0].items():
        if name not in shared:
            printed.setdefault(name.upper(), []).append(owner)
    return {name: owners[0] for name, owners in printed.items() if len(owners) == 1}


def _house_before(sentence: Sentence, at: int, also: Sequence[Mention] = ()) -> bool:
    """Whether a financial institution is named in ``sentence`` (or by ``also``, mentions of
    it not yet kept there) before ``at`` (a sentence offset): the house that gives the rating."""
    return any(m.type == "FinancialInstitution" and sentence.start <= m.start
               and sentence.local(m.end) <= at for m in (*sentence.mentions, *also))


@lru_cache(maxsize=4)
def _rival_before(lang: str) -> re.Pattern[str] | None:
    """A rival's words right before a company's short name ("Konkurrent
    Muster", "rival Muster"), the name no word of a longer name ("rival
    Muster Pictures" may name another company)."""
    words = lexicon(lang)["discovery"].get("short_name_rival", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?P<name>[A-ZÄÖÜ][\w\-]+)(?![\w\-])"
                      r"(?!\s+[A-ZÄÖÜ0-9&])") if words else None


@lru_cache(maxsize=4)
def _source_before(lang: str) -> re.Pattern[str] | None:
    """A data source's words right before a company's short name ("data from Muster",
    "Daten von Muster"), the name no word of a longer name."""
    words = lexicon(lang)["discovery"].get("short_name_source", "")
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?P<name>[A-ZÄÖÜ][\w\-]+)(?![\w\-])"
                      r"(?!\s+[A-ZÄÖÜ0-9&])") if words else None


@per_catalogue
def _short_name_scan(catalogue: Catalogue, lang: str) -> re.Pattern[str]:
    """Any short name of :func:`_short_compounds_of`, anywhere in a text. Every name
    :func:`_share_short_names` reads is one of them, so a sentence holding none (two in
    three of news) gives nothing, and its six patterns are not tried there: one scan of
    the sentence instead of six, with the same mentions found."""
    return re.compile(trie_pattern(sorted(_short_compounds_of(catalogue, lang)[0])))


# A capitalised word standing alone, a short name's candidate: "Muster", not "Muster-Aktie".
_ALONE = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][\w\-]+(?![\w\-])")


@lru_cache(maxsize=4)
def _list_joint(lang: str) -> re.Pattern[str] | None:
    """What joins two names of a list ("," or "und")."""
    words = lexicon(lang)["discovery"].get("short_name_list_joint", "")
    return re.compile(words) if words else None


def _listed_with_company(sentence: Sentence, at: int, to: int, joint: re.Pattern[str]) -> bool:
    """Whether the words at ``at``..``to`` (sentence offsets) stand in a list
    right beside a catalogued company ("Muster, ZF und Bosch", "such as
    Muster and Walmart"): a list of companies holds only companies. A word
    after a company's comma that a lower-case word follows, not another joint,
    opens an apposition instead ("Amazon, Investor bei Anthropic,"): a noun
    describing the company, no second name of the list; and a word opening the
    sentence before a comma and one company that no further joint follows opens
    the clause ("Next, Nike plans …": an adverb, as a list of two joins by "and")."""
    for mention in sentence.mentions:
        if mention.type not in ("Company", "FinancialInstitution") or mention.rule != "gazetteer":
            continue
        start, end = sentence.local(mention.start), sentence.local(mention.end)
        if start >= to and joint.fullmatch(sentence.text, to, start) \
                and not (not sentence.text[:at].strip() and "," in sentence.text[to:start]
                         and joint.match(sentence.text, end) is None) \
                or end <= at and joint.fullmatch(sentence.text, end, at) \
                and not _opens_apposition(sentence.text, end, at, to, joint):
            return True
    return False


_LOWER_WORD_AFTER = re.compile(r"\s+[a-zäöüß]")


def _opens_apposition(text: str, end: int, at: int, to: int, joint: re.Pattern[str]) -> bool:
    """Whether the word at ``at``..``to``, set off by a comma from the company
    ending at ``end``, goes on with a lower-case word that joins no list: the
    head noun of a phrase describing that company ("Amazon, Investor bei …")."""
    return "," in text[end:at] and _LOWER_WORD_AFTER.match(text, to) is not None \
        and joint.match(text, to) is None


@per_catalogue
def _shared_heads(catalogue: Catalogue, lang: str) -> frozenset[str]:
    """Short names that also open another organisation's name ("Merck" of
    "Merck KGaA" and of "Merck & Co.", "American" of "American Airlines" and
    of "American Express"): alone before a move of shares they may mean either,
    so they name neither there (the owner's subsidiaries do not count)."""
    short = _short_compounds_of(catalogue, lang)[0]
    shared = set()
    for entry in catalogue.entries.values():
        if entry.type not in ORGANIZATION_TYPES:
            continue
        for name in entry.names:
            head = name.partition(" ")[0]
            owner = short.get(head)
            if owner is not None and " " in name and entry.label != owner[0] \
                    and owner[0] not in catalogue.parents_of(entry.label):
                shared.add(head)
    return frozenset(shared)


def _share_short_names(document: Document, short: dict[str, tuple[str, str]],
                       found: list[Mention]) -> list[Mention]:
    """"die Aktien von Muster", "Muster legten 3 Prozent zu", "stuft Muster
    auf": the short name of a company the catalogue keeps with its legal form
    ("Muster SE", as "Muster" alone may be a common word, a tank or an
    adjective), after the words of its shares, of an analyst's rating, of a
    rival ("Konkurrent Muster") or of a data source ("data from Muster"), after a noun of
    its trade opening the sentence without an article ("Sportswear maker Muster said"), or
    before a move of its shares by a percentage, which only a company has (no
    share words before it in English, where a capitalised word there is as
    often an adjective: "shares of American carmakers"). A short name that
    opens another company's name too names neither by a move or a rating, and one after a
    person's title ("Herr Muster steigerte den Umsatz") or a given name ("John Muster's stock
    rose 3%") is that person's surname."""
    before, after = _share_before(document.lang), _share_after(document.lang)
    rated, joint = _rated_before(document.lang), _list_joint(document.lang)
    rival, source = _rival_before(document.lang), _source_before(document.lang)
    titled = _person_title_before(document.lang)
    framed = _rated_framed(document.lang)
    pats = _patterns(document.lang)
    if before is None and after is None and rated is None and joint is None \
            and rival is None and source is None and framed is None or not short:
        return []
    given = given_names(document.catalogue)
    shared = _shared_heads(document.catalogue, document.lang)
    holds_short = _short_name_scan(document.catalogue, document.lang)
    out: list[Mention] = []
    for sentence in document.sentences:
        if holds_short.search(sentence.text) is None:
            continue  # every name read below is one of ``short``: none in the text, none found
        spans = [(m.start("name"), m.end("name")) for m in before.finditer(sentence.text)] \
            if before is not None else []
        if framed is not None:
            spans += [(m.start("name"), m.end("name")) for m in framed.finditer(sentence.text)
                      if m.group("name") not in shared and _house_before(sentence, m.start())]
        # the capitalised words that are short names, found once for the two rules that ask
        alone = [m for m in _ALONE.finditer(sentence.text)
                 if m.group() in short and m.group() not in shared] \
            if after is not None or joint is not None else []
        if after is not None:
            spans += [(m.start(), m.end()) for m in alone if after.match(sentence.text, m.end())
                      and not (titled is not None and titled.search(sentence.text, 0, m.start()))]
        if rated is not None:
            spans += [(m.start("name"), m.end("name")) for m in rated.finditer(sentence.text)
                      if m.group("name") not in shared]
        if rival is not None:
            spans += [(m.start("name"), m.end("name")) for m in rival.finditer(sentence.text)
                      if m.group("name") not in shared]
        if source is not None:
            spans += [(m.start("name"), m.end("name")) for m in source.finditer(sentence.text)
                      if m.group("name") not in shared]
        spans += [(m.start(), m.end()) for m in alone
                  if _trade_opens(sentence.text, m.start(), pats)
                  and _LONGER_NAME.match(sentence.text, m.end()) is None]
        if joint is not None:
            spans += [(m.start(), m.end()) for m in alone
                      if _listed_with_company(sentence, m.start(), m.end(), joint)]
        spans += _headline_topic(document, sentence, shared)
        for at, to in sorted(spans):
            name = sentence.text[at:to]
            start, end = sentence.start + at, sentence.start + to
            given_before = _WORD_BEFORE.search(sentence.text, 0, at)
            if given_before is not None and given_before.group("word") in given:
                continue  # "John Muster's stock": a person's surname
            if name in short and not _taken(sentence, start, end) \
                    and not any(m.start < end and start < m.end for m in found + out):
                label, kind = short[name]
                out.append(Mention(start, end, label, kind, name, "discovery/short-compound"))
    return out


# A headline's opening word before its colon ("Muster: Analysten uneins"): the commonest
# headline of German retail news names the company the article is about so.
_HEADLINE_TOPIC = re.compile(r"\s*(?P<name>[A-ZÄÖÜ][\w\-]+):\s")


def _headline_topic(document: Document, sentence: Sentence, shared: frozenset[str]
                    ) -> list[tuple[int, int]]:
    """The span of a short name opening the headline before a colon ("Muster: Kursziel
    rauf"), where the body names it alone again as a name is written: never in lower case and
    never after a determiner ("der Export" is a noun, "für Muster" a name). A short name
    opening another company's name too names neither."""
    match = _HEADLINE_TOPIC.match(sentence.text) if sentence is document.sentences[0] else None
    if match is None or match.group("name") in shared:
        return []
    name = match.group("name")
    prints = document.word_prints(name)
    det = _determiner_before(document.lang)
    later = [(index, start) for index, start, _ in prints.inside if index > 0]
    if prints.lower or not later or any(det.search(document.sentences[index].text, 0, start)
                                        for index, start in later):
        return []
    return [(match.start("name"), match.end("name"))]


@lru_cache(maxsize=4)
def _determiner_before(lang: str) -> re.Pattern[str]:
    """A determiner ending right before a word ("der ", "its "): that word is a noun."""
    words = lexicon(lang)["references"]["determiners"]
    return re.compile(rf"(?<![\w\-])(?i:{alternation(words)})\s+$")


# A dateline's dash ("FRANKFURT (Reuters) - "): the sentence proper opens after it.
_DATELINE_DASH = re.compile(r"\s[-–—]\s")
# A capitalised word, a number or an ampersand after a name: the name goes on.
_LONGER_NAME = re.compile(r"\s+[A-ZÄÖÜ0-9&]")


def _trade_opens(text: str, at: int, pats: _Patterns) -> bool:
    """"Sportswear maker Muster said", "Sportartikelhersteller Muster meldete": a noun of a
    firm's trade, with up to two words of the trade before it and no article, opens the
    sentence (after a dateline's dash) right before ``at``: as after "the sportswear maker",
    only a firm is meant there. Not a noun of a product ("Modell Muster", "brand Muster"),
    nor a phrase of the sentence's own ("Laut einer Studie des Konzerns Muster")."""
    words = _DATELINE_DASH.split(text[:at])[-1].split()
    if not 1 <= len(words) <= 3 or not words[0][0].isupper() \
            or any(not word[0].islower() for word in words[1:-1]):
        return False
    noun = words[-1].lower()
    return pats.descriptor.fullmatch(noun) is not None \
        and all(_noun_kind(stem, pats) in _FIRMS for stem in (noun, noun[:-1], noun[:-2]))


def _compound_mentions(document: Document, ends: re.Pattern[str],
                       names: dict[str, tuple[str, str]], found: list[Mention]) -> list[Mention]:
    """A mention of each short name of ``names`` (name → label, type) that
    opens a compound with a share or job word, where no mention, and none of
    ``found``, is yet."""
    out = []
    for sentence in document.sentences:
        for at, to in _compound_heads(sentence.text, ends):
            name = sentence.text[at:to]
            start, end = sentence.start + at, sentence.start + to
            if name in names and not _taken(sentence, start, end) \
                    and not any(m.start < end and start < m.end for m in found):
                label, kind = names[name]
                out.append(Mention(start, end, label, kind, name, "discovery/short-compound"))
    return out


def _persons(sentence: Sentence, pats: _Patterns, displaced: dict[str, str]) -> list[Mention]:
    out: list[Mention] = []
    possible = pats.person_cue.candidates(sentence.text, sentence.cache)
    for order, (pattern, rule) in enumerate(((pats.role_before, "discovery/role"),
                                             (pats.role_after, "discovery/role"),
                                             (pats.speech, "discovery/speaker"),
                                             (pats.led_by, "discovery/leader"),
                                             (pats.possessed, "discovery/possessed-speaker"),
                                             (pats.appointed, "discovery/appointed"),
                                             (pats.role_of, "discovery/role"),
                                             (pats.aged, "discovery/aged"),
                                             (pats.clause, "discovery/person-clause"))):
        if order not in possible or pattern is pats.aged and not _AGE.search(sentence.text):
            continue
        for match in pattern.finditer(sentence.text):
            group = next((g for g in ("name", "named", "acting", "current", "titled", "dated", "taker", "inverted", "left",
                                                 "moving", "promoted", "becoming")
                          if g in pattern.groupindex and match.group(g) is not None), "name")
            start, end = sentence.start + match.start(group), sentence.start + match.end(group)
            name = match.group(group)
            if _holds_title(name, pats, pattern in (pats.role_before, pats.role_after, pats.role_of)):
                continue  # "Neuer Vorstandschef wird X": a title with its adjective, no name
            if _firm_ending(name, pats):
                if pattern is pats.led_by and not _taken(sentence, start, end):
                    out.append(_firm(name, start, end, pats, "discovery/firm-leader"))
                continue
            if pattern is pats.role_before and pats.title_word.fullmatch(f"{match.group('role')} {name}"):
                continue  # "Chief Operating Officer": the rest of a longer title, no name
            if _taken(sentence, start, end):
                surname = _surname_match(sentence, start, end, name)
                # only right after the role: "…des Wolfsburger Konzerns, so VW-Chef" is no name
                place = _name_word_place(sentence, start, end) \
                    if surname is None and pattern is pats.role_before else None
                family = _family_company(sentence, start, end) \
                    if surname is None and place is None and pattern is pats.role_before else None
                held = surname or place or family
                if held is None:
                    continue
                if surname is not None:
                    displaced[surname.label] = surname.surface
                sentence.mentions.remove(held)
            out.append(Mention(start, end, name, "Person", name, rule))
    # the prefilter's last pattern: a title in the plural, in few sentences, and the
    # pattern, with its optional compound before the title, is slow to try at every word
    plural_roles = pats.plural_role.finditer(sentence.text) if 9 in possible else ()
    for match in plural_roles:
        for group in ("name", "second"):
            start, end = sentence.start + match.start(group), sentence.start + match.end(group)
            name = match.group(group)
            if not _holds_title(name, pats, True) and not _taken(sentence, start, end) \
                    and not any(m.start < end and start < m.end for m in out):
                out.append(Mention(start, end, name, "Person", name, "discovery/role"))
    return out


def _firm_ending(name: str, pats: _Patterns) -> bool:
    """Does ``name`` of two words or more close with a word of a trade or a legal form
    ("Muster Logistics", "Muster Holdings")? No person's surname is one, so a name found where
    a person may stand ("warehouses run by Muster Logistics") is a firm's: a person there would
    take the firm's figures and relations, and the firm would be lost."""
    words = name.split()
    return len(words) > 1 and (words[-1] in pats.trade_endings or words[-1] in pats.legal_words)


def firm_partners(document: Document) -> list[Mention]:
    """People named after a post only a person holds at an investment firm, right after such a
    firm's name ("Starboard partner Jane Doe", "Cevian-Partner Jane Doe"), its short name too
    (found after discovery). The post alone is no person's ("Nvidia partner Foxconn" is a
    company): a fund's partner is one of its people."""
    pats = _patterns(document.lang)
    out: list[Mention] = []
    for sentence in document.sentences:
        for match in pats.firm_title.finditer(sentence.text):
            at = sentence.start + match.start()
            start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
            name = match.group("name")
            if any(m.end == at and m.type == "FinancialInstitution" for m in sentence.mentions) \
                    and not _taken(sentence, start, end) and not _holds_title(name, pats, True):
                out.append(Mention(start, end, name, "Person", name, "discovery/firm-partner"))
    return out


def firm_partner_after(lang: str, sentence: Sentence, firm: Mention) -> bool:
    """Is ``firm`` named as the firm of a person right after it, by a post only a person holds
    at an investment firm ("Starboard partner Jane Doe wrote …")? The partner speaks for the
    fund, an investor, not as an analyst covering the company."""
    match = _patterns(lang).firm_title.match(sentence.text, sentence.local(firm.end))
    return match is not None and any(m.type == "Person" and m.start == sentence.start + match.start("name")
                                     for m in sentence.mentions)


def _holds_title(name: str, pats: _Patterns, titled: bool) -> bool:
    """Whether ``name`` is rather a title with its adjective ("Neuer
    Vorstandschef") than a person's name. A surname may be spelt as a title
    ("Anja Richter", "Jane Director"): a title word ending a name of two words
    or more still names a person where the phrase gives the person a title of
    its own (``titled``: "Anja Richter, bislang Finanzchefin"), as no adjective
    and title stand there. A descriptive noun ("Hersteller", "Konzern") opens
    no person's name."""
    words = name.split()
    if any(w in pats.not_names for w in words) or pats.descriptor.fullmatch(words[0]):
        return True  # "Hersteller von Gasfedern senkte …": a descriptive noun opens no name
    at = [i for i, w in enumerate(words) if pats.title_word.fullmatch(w)]
    return bool(at) and not (titled and at == [len(words) - 1] and len(words) >= 2)


def _surname_match(sentence: Sentence, start: int, end: int, name: str) -> Mention | None:
    """The only mention overlapping a person found by a role, when it is a
    catalogued person matched by the surname alone at the end of the name:
    "Vorgänger Jane Powell" names Jane Powell, not the catalogue's Powell."""
    mention = _only_catalogued(sentence, start, end)
    if mention is None or mention.type != "Person" or mention.label == name \
            or mention.end != end or " " in mention.surface or mention.start <= start:
        return None
    return mention


def _name_word_place(sentence: Sentence, start: int, end: int) -> Mention | None:
    """The only mention overlapping a person found by a role, when it is a
    catalogued place matched by one word alone, the given name or the surname:
    "Vorstandschef Milan Muster" names a person, not the city of Milan, and
    "Analyst Jan Bremer" one whose surname is spelt as the city's adjective."""
    mention = _only_catalogued(sentence, start, end)
    if mention is None or mention.type != "Place" or " " in mention.surface:
        return None
    given = mention.start == start and mention.end < end
    surname = mention.end == end and mention.start > start
    return mention if given or surname else None


def _family_company(sentence: Sentence, start: int, end: int) -> Mention | None:
    """The only mention overlapping a person found right after a title, when it is
    a catalogued company matched by the surname alone: "Vorstandschef Alexander
    Sixt" names a member of the family the company is named after, not the
    company (founders' names: Sixt, Porsche, Dell). A title before the company's
    name alone ("Sixt-Chef") leaves it the company."""
    mention = _only_catalogued(sentence, start, end)
    if mention is None or mention.type not in ORGANIZATION_TYPES \
            or mention.end != end or mention.start <= start or " " in mention.surface:
        return None
    return mention


def _leading_function_words(name: str, not_names: frozenset[str]) -> int:
    """How many characters of sentence words ("Die", "The") open the phrase."""
    cut = 0
    for word in name.split():
        if word not in not_names:
            break
        cut = name.index(word, cut) + len(word) + 1
    return cut


def _trim_name(name: str, not_names: frozenset[str]) -> str:
    """Cut a name at the first word that cannot belong to it."""
    words = []
    for word in name.split():
        if word in not_names:
            break
        words.append(word)
    return " ".join(words)


def _canonical(surface: str, drop: tuple[str, ...]) -> str:
    """The name without its legal form ("Acme Corp" → "Acme"); a form joined by "&" is a
    partner's word of the name itself ("Brindle & Co"), and stays."""
    name = surface
    for suffix in sorted(drop, key=len, reverse=True):
        if name.endswith(" " + suffix) and not name[: -len(suffix) - 1].endswith("&"):
            name = name[: -len(suffix) - 1]
            break
    return name.strip(" ,")


def _is_name(label: str, not_names: frozenset[str]) -> bool:
    words = label.split()
    return bool(words) and words[0] not in not_names and len(label) >= 3


def _opens_firm_compound(text: str, at: int, pats: _Patterns) -> bool:
    """Does a hyphen at ``at`` join the word before to a firm's noun or name ending
    ("Brügger-Gruppe", "Muster-Konzern")? Such a compound names the firm a family or
    founder gave its name to, not the person."""
    word = _COMPOUND_TAIL.match(text, at)
    return word is not None and (word.group(1) in pats.legal_words
                                 or pats.descriptor.fullmatch(word.group(1)) is not None)


_COMPOUND_TAIL = re.compile(r"-([\w\-]+)")


def _firm_heads(mentions: list[Mention]) -> frozenset[str]:
    """The first words of the organisations' names of several words ("Aratani" of "Aratani
    Machinery"): a person's surname among them may name the firm as well as the person."""
    return frozenset(m.label.split(" ")[0] for m in mentions
                     if m.type in ORGANIZATION_TYPES and " " in m.label)


def _company_reading(lang: str, text: str, start: int, end: int) -> bool:
    """Does the word at ``start``-``end`` stand where only a company is meant: before the words
    of its shares ("Aratani shares", "Aratani-Aktien") or as the one an analyst rates ("rates
    Aratani outperform", "upgrades Aratani to")? A founder's surname that is also the first
    word of his company's name names the company there, and the person elsewhere."""
    after = lexicon_pattern(lang, "discovery", "surname_company_after")
    if after is not None and after.match(text, end):
        return True
    return any(m.start("name") == start and m.end("name") == end
               for pattern in (_rated_before(lang), _rated_framed(lang)) if pattern is not None
               for m in pattern.finditer(text, max(0, start - 80), min(len(text), end + 80)))


def _repeats(document: Document, found: list[Mention]) -> list[Mention]:
    """The same names again elsewhere in the article; a person by surname too,
    an organisation of several words also without the legal form it was found
    by ("Harbor & Pine" after "Harbor & Pine Inc.", as news name it after the
    first mention), and a company's name of three words or more without the
    trade word that ends it ("Van Rensburg" after "Van Rensburg Logistics", see
    :func:`_trade_shortened`; a single word so named is left to the checks of
    ``kg.nlp.references.short_names``)."""
    pats = _patterns(document.lang)
    names: dict[str, tuple[str, str]] = {}
    for mention in found:
        names.setdefault(mention.surface, (mention.label, mention.type))
        if mention.rule == "discovery/legal-form" and " " in mention.label \
                and mention.surface.startswith(mention.label + " "):
            names.setdefault(mention.label, (mention.label, mention.type))
        shortened = _trade_shortened(mention, pats, document.lang)
        if shortened:
            names.setdefault(shortened, (mention.label, mention.type))
        if mention.type == "Person":
            names.setdefault(mention.label.split()[-1], (mention.label, mention.type))
    if not names:
        return []
    firm_heads = _firm_heads(found + document.mentions)
    pattern = re.compile(r"(?<![\w-])(?:" + alternation(list(names)) + r")(?:s|'s|’s)?(?![\w])")
    seen = {(m.start, m.end) for m in found}
    out = []
    for sentence in document.sentences:
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            base = match.group(0)
            key = base if base in names else re.sub(r"(?:'s|’s|s)$", "", base)
            if key not in names or (start, end) in seen or _taken(sentence, start, end):
                continue
            if any(m.start < end and start < m.end for m in found):
                continue
            label, kind = names[key]
            if kind in PRODUCT_TYPES and sentence.text[sentence.local(end):].startswith("-"):
                continue  # "der Nivea-Hersteller": the product's maker, not the product
            if kind == "Person" and _opens_firm_compound(sentence.text, sentence.local(end), pats):
                continue  # "die Brügger-Gruppe": a family's firm, not the person of that name
            if kind == "Person" and key in firm_heads \
                    and _company_reading(document.lang, sentence.text, sentence.local(start), sentence.local(end)):
                continue  # "Aratani shares" beside "Kenji Aratani": the firm named after him
            family = _family_words(document.lang)[1]
            if kind != "Person" and family is not None and family.match(sentence.text, sentence.local(end)):
                continue  # "the founding Van Rensburg family": the family, not its company
            out.append(Mention(start, end, label, kind, base, "discovery/repeat"))
    return out
