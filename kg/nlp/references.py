"""Resolve descriptive references ("der Konzern", "die Cloud-Sparte",
"the ChatGPT developer") to the entity they mean.

A reference becomes an ordinary :class:`Mention` of the resolved entity
(rule ``reference/…``), so figures and relations attach to the entity the
text is about rather than to the nearest name. Resolution uses the mentions
around the reference and the catalogue (a unit's parent, a product's
developer); what cannot be resolved is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.cache import compile_unremembered
from kg.catalogue import (
    COMPETING_SECTORS,
    Catalogue,
    CatalogueEntry,
    load_industries,
    per_catalogue,
)
from kg.nlp.discovery import (
    DESCRIBED_COMPANY,
    SEATED_COMPANY,
    company_of_short_name,
    compound_head,
    given_names,
    origin_after,
    unit_short_names,
)
from kg.nlp.document import (
    INSTITUTION,
    ISSUER_TYPES,
    ORGANIZATION_TYPES,
    PRODUCT_TYPES,
    Document,
    Sentence,
    relative_clauses,
)
from kg.nlp.gazetteer import Mention, alternation
from kg.nlp.lang import info, lexicon, lexicon_pattern, not_names, stop_words
from kg.nlp.metrics import figure_words
from kg.nlp.prefilter import Prefilter, prepares
from kg.nlp.relation_cues import list_ending, relation_cues
from kg.nlp.salience import (
    LEFT_OPEN,
    antecedent,
    apposed_possessor,
    credited_as_analysts,
    salient,
    subject_before,
    subsidiary_of,
)
from kg.nlp.trades import descriptor_industries, industry_known_fit

COMPANY = frozenset({"Company"})
# the institutions a sentence rates (:func:`kg.nlp.ratings.rated_institutions_now`), given by
# the caller: the ratings read references themselves
Rated = Callable[[Document, Sentence], frozenset[str]]
INDEX = frozenset({"MarketIndex"})


@dataclass(frozen=True)
class _Patterns:
    company: re.Pattern[str]
    institution: re.Pattern[str]
    unit: re.Pattern[str]
    possessive: re.Pattern[str]
    developer: re.Pattern[str]
    index: re.Pattern[str] | None  # "der Leitindex": the index named before
    # which of unit, company, institution, possessive, index (in this order) can match a sentence
    cues: Prefilter


@prepares
@lru_cache(maxsize=4)
def patterns(lang: str) -> _Patterns:
    words = lexicon(lang)["references"]
    det = alternation(words["determiners"])
    adjective = r"(?:[a-zäöüß][\w\-]*\s+){0,2}"
    company = _head_pattern(lang, det, words["company_heads"])
    institution = _head_pattern(lang, det, words["institution_heads"])
    heads = alternation(words["unit_heads"])
    if info(lang).compounds:
        unit = re.compile(
            # "die Cloud-Sparte", and a keyword of two capitalised parts ("die
            # Data-Center-Sparte"), which the unit names spell with a space
            rf"(?<![\w-])(?P<ref>(?P<kw>[A-ZÄÖÜ][\w]*?(?:-[A-ZÄÖÜ][\w]*?)?)-?"
            rf"(?:{heads}|{heads.lower()}))\b"
        )
    else:
        unit = re.compile(
            # "its cloud unit", "its cloud intelligence unit", "Alibaba's cloud unit": the
            # keyword first
            rf"(?:\b(?:{det})|[A-Z][\w&.-]*['’]s)\s+"
            rf"(?P<ref>(?P<kw>[A-Za-z][\w\-]*)(?:\s+[a-z][\w\-]*)?\s+(?:{heads}))\b",
            re.IGNORECASE
        )
    possessive = re.compile(
        rf"\b(?P<ref>{alternation(words['possessives'])})\s+{adjective}"
        rf"(?:[\w]+-)?(?:{alternation(words['product_heads'])})\b",
        0 if info(lang).case_sensitive else re.IGNORECASE,
    )
    dev = alternation(words["developer_suffixes"])
    developer = re.compile(rf"^(?:-|\s)(?P<suffix>{dev})\b", re.IGNORECASE)
    index_det = alternation(words["determiners"] + words.get("index_determiners", []))
    index = _head_pattern(lang, index_det, words["index_heads"]) if words.get("index_heads") else None
    return _Patterns(company, institution, unit, possessive, developer, index,
                     Prefilter([unit, company, institution, possessive,
                                *([index] if index is not None else [])]))


def unit_reference_at(lang: str, text: str, at: int) -> int | None:
    """Where a unit reference opening ``text`` at ``at`` ends ("Cloud-Geschäft wächst", "Das
    Cloud-Geschäft wächst", "Its cloud unit grew"), after at most one word; None where the
    text opens otherwise."""
    start = len(text) - len(text[at:].lstrip(" \t:"))
    found = patterns(lang).unit.search(text, start)
    if found is None or _OPENING_WORD.fullmatch(text, start, found.start()) is None:
        return None
    return found.end()


_OPENING_WORD = re.compile(r"(?:[^\W\d_]+\s+)?")


def _head_pattern(lang: str, det: str, heads: list[str]) -> re.Pattern[str]:
    """A determiner, up to two adjectives, and a head noun ("der Konzern",
    "des Chipkonzerns", "the tech giant")."""
    alternatives = alternation(heads)
    listed = lexicon(lang)["references"].get("listed_attribute")
    lead = rf"(?:(?:{listed})\s+)?" if listed else ""  # "das im SDax notierte Unternehmen"
    if info(lang).compounds:
        head = compound_head(alternatives)
        # "des Pharma- und Agrarkonzerns": a compound whose first part is shared by two heads
        joined = lexicon(lang)["relation_cues"]["conjunctions"]
        return re.compile(rf"\b(?i:{det})\s+{lead}(?:[\w\-]+(?:e|en|er|es)\s+){{0,2}}"
                          rf"(?P<ref>(?:\w+-\s+(?:{joined})\s+)?(?:{head}))\b")
    # English allows longer modifiers: "the Mountain View, California-based company", "the
    # U.S. company", a state's abbreviation in a compound ("the Norwalk, Conn.-based company",
    # "the Purchase, N.Y.-based company")
    return re.compile(
        rf"\b(?i:{det})\s+(?:(?:[\w\-]+|[A-Z](?:\.[A-Z])+\.|[A-Z][\w.]*\.-[\w\-]+),?\s+){{0,4}}?"
        rf"(?P<ref>(?i:{alternatives}))\b")


@lru_cache(maxsize=4)
def _countries(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The words that mark a company reference with a country ("US-Konzern", "der chinesische
    Autobauer", "the U.S. company"), an adjective with its ending, and the catalogue country
    of each; a language that lists none matches nothing."""
    words: dict[str, str] = lexicon(lang)["references"].get("country_words") or {}
    if not words:
        return re.compile(r"(?!)"), {}
    ending = r"(?:e[nmrs]?)?" if info(lang).compounds else ""
    return re.compile(rf"(?<![\w\-.])(?P<country>{alternation(list(words))}){ending}(?=[\s\-])"), words


def reference_country(lang: str, text: str) -> str | None:
    """The country a company reference is marked with ("den US-Konzern": United States), if any."""
    pattern, words = _countries(lang)
    found = pattern.search(text)
    return words[found.group("country")] if found else None


@lru_cache(maxsize=4)
def marked_reference(lang: str) -> str | None:
    """A company reference marked with a country ("den US-Konzern", "the Chinese automaker")
    or an industry ("den Sportartikelhersteller", "the defence group"), as a pattern to embed:
    it means only a company of that country or industry, so where it resolves to none no other
    company may take its place. None where the language lists neither mark."""
    words = lexicon(lang)["references"]
    countries: dict[str, str] = words.get("country_words") or {}
    industries: dict[str, list[str]] = words.get("industry_words") or {}
    if not countries and not industries:
        return None
    det = alternation(words["determiners"])
    heads = alternation(words["company_heads"])
    marked = alternation(list(industries)) if industries else r"(?!)"
    places = alternation(list(countries)) if countries else r"(?!)"
    # only a head the reference can resolve: "den US-Elektroautobauer" is none, and stays with
    # the rules for an unnamed company
    if info(lang).compounds:
        return (rf"\b(?i:{det})\s+(?:[\w\-]+\s+)?"
                rf"(?<![\w\-.])(?:(?:{places})(?:e[nmrs]?)?\s+"
                rf"(?:[\w\-]+(?:e|en|er|es)\s+)?(?:{compound_head(heads)})"
                rf"|(?:{places})-(?:{heads})"
                rf"|(?:[\w\-]+(?:e|en|er|es)\s+){{0,2}}"
                # an industry word opening or closing a part of the head, as
                # descriptor_industries reads it
                rf"(?=(?:\w+-)?(?i:{marked})|[\w\-]*?(?i:{marked})(?:e?[ns])?\b)"
                rf"(?:{compound_head(heads)}))\b")
    return (rf"\b(?i:{det})\s+(?:[\w\-]+\s+)?"
            rf"(?<![\w\-.])(?:{places})\s+(?:[\w\-]+\s+)?(?i:{heads})\b"
            rf"|\b(?i:{det})\s+(?:[\w\-]+\s+){{0,3}}?(?<![\w\-])(?:(?i:{marked})s?"
            rf"(?:\s+[\w\-]+){{0,2}}?\s+(?i:{heads})|(?=(?i:{marked}))(?i:{heads}))\b")


# The sentence cache's key for where references begin that name a bank's business line.
_BUSINESS_LINES = "business-line-references"
# … and where phrases begin that name a parent or a unit the text leaves unnamed ("der
# Mutterkonzern von X" of an X with no parent known, "A unit of X", "X's unit").
_UNNAMED_KIN = "unnamed-kin-references"
# … and where the names begin that such a unit phrase names as the unit's owner.
_UNIT_OWNERS = "unnamed-unit-owners"
# The sentence cache's key for where company references begin whose seat fits two companies
# of the passage ("the Alameda, California-based company" after a bid naming two).
_UNSEATED = "unseated-references"
# … and where a city's people stand that name no one company of the article seated there
# ("Die Kölner steigerten den Umsatz" in a text on a Hamburg firm).
_UNSEATED_DEMONYMS = "unseated-demonyms"


def unresolved_reference(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """Does the sentence between the local offsets ``start`` and ``end`` call a company by
    an industry that no company of the article fits ("Der Sportartikelhersteller senkte die
    Prognose" in a text on a defence group), or by a seat two companies of the passage
    could have ("Shares of the Austin, Texas-based company jumped" after a bid naming two
    companies the catalogue places in the United States)? The reference names a company the text
    leaves unnamed or one we cannot tell: a figure of that clause is no one else's. So does
    "the startup" that resolved to no company."""
    lines: set[int] = sentence.cache.get(_BUSINESS_LINES, set())  # type: ignore[assignment]
    if any(start <= at - sentence.start < end for at in lines):
        return True  # "die Investmentbank, deren Erträge …": a bank's business line
    unnamed: set[int] = sentence.cache.get(_UNNAMED_KIN, set())  # type: ignore[assignment]
    if any(start <= at - sentence.start < end for at in unnamed):
        return True  # "der Mutterkonzern von X" of an X whose parent no one names, "a unit of X"
    if unseated_demonym(sentence, start, end):
        return True  # "Die Kölner": a firm of Cologne the text leaves unnamed, or the city's people
    # a company's head only: an institution's ("die Bank", "the lender") is as often the
    # rater or lender that gives the figure
    for match, phrase in _bare_references(doc, sentence, patterns(doc.lang).company, start, end):
        at = sentence.start + match.start("ref")
        unseated: set[int] = sentence.cache.get(_UNSEATED, set())  # type: ignore[assignment]
        left_open: set[int] = sentence.cache.get(LEFT_OPEN, set())  # type: ignore[assignment]
        seated = at in unseated or at in left_open
        # "the startup" that resolved to no one: never the listed company named before
        unlisted = _unlisted_heads(doc.lang).fullmatch(match.group("ref")) is not None
        if seated or unlisted or descriptor_industries(doc.lang, phrase):
            return True
    return _another_company(doc.lang, sentence, start, end) \
        or unnamed_first_word(doc, sentence, start, end)


def unseated_demonym(sentence: Sentence, start: int, end: int) -> bool:
    """Does the sentence between the local offsets ``start`` and ``end`` call a company by its
    city's people where no company named so far is seated there ("Für die Kölner stuft die UBS
    die Aktie auf 'Buy'" in a text on a Hamburg firm)? It means a firm the text leaves
    unnamed, or the city's people: no company of the article takes the clause's facts."""
    demonyms: set[int] = sentence.cache.get(_UNSEATED_DEMONYMS, set())  # type: ignore[assignment]
    return any(start <= at - sentence.start < end for at in demonyms)


def unfit_institution(doc: Document, sentence: Sentence, start: int, end: int,
                      label: str | None) -> bool:
    """Does the sentence between the local offsets ``start`` and ``end`` call an institution
    by a trade the catalogue knows ``label`` not to have, with no company resolved for the
    noun ("Allianz legte Zahlen vor. The lender said revenue rose 5%": an insurer is no
    lender)? The noun means a company the text leaves unnamed, so a figure of the clause is not
    ``label``'s. A noun of no trade ("the broker") or a company of no known trade keeps it."""
    if label is None:
        return False
    return any(industry_known_fit(label, industries) is False
               for _match, phrase in _bare_references(doc, sentence, patterns(doc.lang).institution,
                                                      start, end)
               if (industries := descriptor_industries(doc.lang, phrase)))


def unresolved_institution(doc: Document, sentence: Sentence) -> bool:
    """Does the sentence call an institution by a noun that resolved to no one ("KKR bought.
    Blackstone bid too. The asset manager said …": two fit)? Then no institution named
    before is its subject."""
    return next(_bare_references(doc, sentence, patterns(doc.lang).institution, 0,
                                 len(sentence.text)), None) is not None


def _bare_references(doc: Document, sentence: Sentence, pattern: re.Pattern[str], start: int,
                     end: int) -> Iterator[tuple[re.Match[str], str]]:
    """The references of ``pattern`` between the local offsets ``start`` and ``end`` that
    resolved to no company (no mention over them) and name none themselves (no name right
    after), each with the phrase its industry is read from: the head alone where nouns form
    compounds, the whole match elsewhere."""
    for match in pattern.finditer(sentence.text, start, end):
        at, to = sentence.start + match.start("ref"), sentence.start + match.end("ref")
        if not _followed_by_name(sentence, to) \
                and not any(m.start <= at and to <= m.end for m in sentence.mentions):
            yield match, match.group("ref") if info(doc.lang).compounds else match.group(0)


@lru_cache(maxsize=4)
def _other_words(lang: str) -> re.Pattern[str]:
    """The words that make a company noun another company ("another", "rival", "anderer"),
    as a whole word; a language that lists none matches nothing."""
    words = lexicon(lang)["references"].get("other_words")
    return re.compile(rf"(?<![\w-])(?i:{words})(?![\w-])" if words else r"(?!)")


@lru_cache(maxsize=4)
def _sector_tail(lang: str) -> re.Pattern[str]:
    """The noun right after a company or institution noun that makes the pair a sector's
    compound ("the bank index", "insurer stocks"); a language that lists none matches nothing."""
    words = lexicon(lang)["references"].get("sector_tails")
    return re.compile(rf"\s+(?:{words})(?![\w-])" if words else r"(?!)")


@lru_cache(maxsize=4)
def _other_company(lang: str) -> re.Pattern[str]:
    """A company or institution noun in the singular after a word that makes it another
    company ("another chipmaker", "a rival lender", "ein anderer Autobauer"), with at most
    two words between."""
    words = lexicon(lang)["references"]
    heads = alternation(words["company_heads"] + words["institution_heads"])
    head = compound_head(heads) if info(lang).compounds else rf"(?i:{heads})"
    return re.compile(rf"{_other_words(lang).pattern}\s+(?:[\w\-]+\s+){{0,2}}?(?:{head})(?![\w\-])")


def _another_company(lang: str, sentence: Sentence, start: int, end: int) -> bool:
    """Does the sentence between the local offsets ``start`` and ``end`` speak of another
    company by its noun ("Another chipmaker raised its forecast", "Ein anderer Autobauer
    senkte die Prognose"), with no name after the noun? That company is unnamed: a figure
    of the clause is not the article's company's."""
    return any(not _followed_by_name(sentence, sentence.start + found.end())
               for found in _other_company(lang).finditer(sentence.text, start, end))


def unnamed_first_word(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """Does the sentence between the local offsets ``start`` and ``end`` print alone, with
    no mention over it, the first word of a company the article names in full ("Meridian"
    after "Meridian Brands", no short name where the catalogue's "Meridian Energy" opens with
    it too)? The word names that company or one we cannot tell, so a fact beside it is no
    other company's: attribution must not pass it to the article's subject."""
    words = _first_words(doc)
    if not words:
        return False
    for match in _WORD.finditer(sentence.text, start, end):
        at = sentence.start + match.start()
        if match.group(0) in words and not any(m.start <= at < m.end for m in sentence.mentions):
            return True
    return False


@lru_cache(maxsize=4)
def _never_short(lang: str) -> frozenset[str]:
    """The words of ``lang`` that never name a company alone: those never a name and the
    ordinary words the language lists as opening names."""
    return frozenset(not_names(lang)) | frozenset(lexicon(lang)["discovery"]["ordinary_short_names"])


def _first_words(doc: Document) -> frozenset[str]:
    """The first words of the companies the article names in full by two words or more
    that could name one alone (see :func:`_distinctive`), no catalogued name or word that
    is never a name; read once per article."""
    if not doc.sentences:
        return frozenset()
    cache = doc.sentences[0].cache
    if "references/first-words" not in cache:
        excluded = _never_short(doc.lang)
        heads = {m.label.split(" ", 1)[0] for m in doc.mentions
                 if m.type in ISSUER_TYPES and not m.rule.startswith("reference/") and " " in m.label}
        cache["references/first-words"] = frozenset(
            head for head in heads
            if _SHORT_HEAD.fullmatch(head) and head not in excluded
            and head not in _all_names(doc.catalogue) and _distinctive(doc, head))
    return cache["references/first-words"]  # type: ignore[return-value]


def industries_compete(first: str, second: str) -> bool | None:
    """May the two labels be rivals by their trades: whether their known industries share a
    sector in which companies compete (:data:`COMPETING_SECTORS`); None where the catalogue
    knows the industry of either not."""
    known = load_industries()
    mine, theirs = known.get(first), known.get(second)
    if mine is None or theirs is None:
        return None
    return any(not mine.isdisjoint(sector) and not theirs.isdisjoint(sector)
               for sector in COMPETING_SECTORS)


def _of_industry(doc: Document, kinds: frozenset[str], industries: frozenset[str],
                 before: int, place: str | None) -> str | None:
    """"Rheinmetall … Puma SE … Jefferies bestätigt den Sportartikelhersteller": where
    the company a descriptor would mean is of another known industry, the company of
    the article named last before it whose known industry fits; else no one, not even a
    company of no known industry (the rater of "Jefferies upgraded the lender" is one):
    a fact given to a company of another industry is wrong, one left out only missing. A
    reference marked with a seat or country too (``place``: "der Wolfsburger Autobauer",
    "the U.S. automaker") takes none the catalogue places elsewhere."""
    known = load_industries()
    for sentence in reversed(doc.sentences):
        if sentence.start >= before:
            continue
        for mention in reversed(sentence.mentions):
            if mention.start < before and mention.type in kinds \
                    and not (known.get(mention.label) or frozenset()).isdisjoint(industries) \
                    and (place is None or _compatible(doc, place, _homes(doc, mention.label))):
                return mention.label
    return None


def _kind_reading(doc: Document, sentence: Sentence, kinds: frozenset[str],
                  industries: frozenset[str], label: str, before: int,
                  exclude: frozenset[str], place: str | None) -> str | None:
    """Whom a kind noun ("der Chipkonzern", "the carmaker") means of the passage's
    companies of its industry, ``label`` being the one the reference would mean: the
    salient company of a fitting kind, and only where no other candidate fits as well
    (a fitting candidate is one whose known industry fits; where ``label``'s industry is
    unknown, one whose industry is not known to differ). A company of ``kinds`` named in
    this sentence before ``before`` is a candidate; where ``label`` is not named there, one
    fitting candidate named there is meant ("Boeing - Wells Fargo upgraded the planemaker"),
    and else the names of the two sentences before and the article's subject are candidates
    too, of which the subject itself wins. With two candidates the noun may mean either and
    means none: a figure given to the wrong one is worse than one left out. A parent or
    subsidiary of ``label`` is no other candidate (the group rules decide between those),
    and a noun marked with a ``place`` ("the South Korean chipmaker") has candidates only
    where the catalogue places them there."""
    def fits(other: str, unknown: bool) -> bool:
        fit = industry_known_fit(other, industries)
        return bool(fit or unknown and fit is None) \
            and (place is None or _compatible(doc, place, _homes(doc, other)))

    here = {m.label for m in sentence.mentions if m.type in kinds and m.start < before
            and not _EXCHANGE_TICKER.search(sentence.text, 0, sentence.local(m.start))} - exclude
    unknown = industry_known_fit(label, industries) is None
    if label not in here:
        known_here = {other for other in here if fits(other, False)}
        if len(known_here) == 1:
            return known_here.pop()
        main = salient(doc, ISSUER_TYPES if kinds is COMPANY else kinds, exclude=exclude)
        if label == main and not known_here:
            return label  # the article's subject, which the noun goes on speaking of
        here |= {m.label for _back, earlier in doc.looking_back(sentence, 2, first=1)
                 for m in earlier.mentions if m.type in kinds} - exclude
        here |= {main} if main is not None else set()
    rivals = [other for other in here - {label}
              if fits(other, unknown) and not _owned_either(doc, other, label)]
    return None if rivals else label


# An exchange's code and a colon opening a bracket ("Boeing (NYSE: BA)"): the name after it is
# the ticker of the company before the bracket, no other candidate, whatever it matched.
_EXCHANGE_TICKER = re.compile(r"\([A-Z]{2,}:\s*$")


def _owned_either(doc: Document, first: str, second: str) -> bool:
    """Does the catalogue make one of the two labels a parent of the other?"""
    return second in doc.catalogue.parents_of(first) or first in doc.catalogue.parents_of(second)


@dataclass(frozen=True)
class _PersonPatterns:
    reference: re.Pattern[str]  # "er", "she", "der Analyst", "the analyst"
    genders: dict[str, str]  # the gender of each pronoun and role noun ("" where it has none)
    ambiguous: frozenset[str]  # pronouns that need a singular verb after them ("sie")
    singular_verb: re.Pattern[str] | None
    female: re.Pattern[str] | None  # a title that makes the person next to it a woman
    male: re.Pattern[str] | None
    new_person: re.Pattern[str]  # after a role noun: a name or "von Y" follows, a new person


@lru_cache(maxsize=4)
def person_patterns(lang: str) -> _PersonPatterns | None:
    """The person references of a language; None where it lists none."""
    words = lexicon(lang)["references"]
    pronouns: dict[str, str] = words.get("person_pronouns", {})
    heads: dict[str, str] = words.get("person_heads", {})
    if not pronouns and not heads:
        return None
    det = alternation(words.get("person_determiners", []))
    alternatives = [rf"(?P<pronoun>(?i:{alternation(list(pronouns))}))"] if pronouns else []
    if heads and det:
        alternatives.append(rf"(?:{det})\s+(?P<head>{alternation(list(heads))})")
    genders = {k.lower(): v for k, v in pronouns.items()} | {k.lower(): v for k, v in heads.items()}
    linkers = lexicon(lang)["roles"]["linkers"]

    def optional(key: str, shape: str) -> re.Pattern[str] | None:
        return re.compile(shape.format(words[key])) if words.get(key) else None

    return _PersonPatterns(
        reference=re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])"),
        genders=genders,
        ambiguous=frozenset(w.lower() for w in words.get("ambiguous_pronouns", [])),
        singular_verb=optional("singular_verb", r"^\s+(?:{})\b"),
        female=optional("female_title", r"(?<![\w-])(?:{})\s*,?\s*$"),
        male=optional("male_title", r"(?<![\w-])(?:{})\s*,?\s*$"),
        new_person=re.compile(rf"^\s*,?\s*[A-ZÄÖÜ]|^\s+(?:{linkers})\b"),
    )


def resolve_references(doc: Document, rated: Rated | None = None) -> None:
    """Add a mention for every reference that can be resolved. ``rated``: the
    institutions a sentence rates, which a house noun ("the broker") never means."""
    pats = patterns(doc.lang)
    people = person_patterns(doc.lang)
    for sentence in doc.sentences:
        if people is not None:
            doc.add_mentions(_person_references(doc, sentence, people))
        _developer_references(doc, sentence, pats)
        _parents_before(doc, sentence)
        _unnamed_units(doc, sentence)
        doc.add_mentions(_developers_before(doc, sentence))
        unit, company, institution, possessive, index = _possible(pats, sentence)
        extra: list[Mention] = _subsidiary_references(doc, sentence)
        if unit:
            extra += _unit_references(doc, sentence, pats)
        if company:
            extra += _company_references(doc, sentence, pats.company, "reference/company")
        if institution:
            extra += _company_references(doc, sentence, pats.institution,
                                         "reference/institution", kinds=INSTITUTION, rated=rated)
        if possessive:
            extra += _company_references(doc, sentence, pats.possessive, "reference/possessive")
        if index and pats.index is not None:
            extra += _company_references(doc, sentence, pats.index, "reference/index", kinds=INDEX)
        doc.add_mentions(extra)
        doc.add_mentions(_people_references(doc, sentence))
        demonyms = _seat_demonym_references(doc, sentence)
        opening = [m for m, opens in demonyms if opens]
        if opening:
            # "Die Wolfsburger lieferten …": a sentence's subject, the company rather than the
            # city; inside the sentence the city read from the phrase is kept ("schafften die
            # Stuttgarter eine Rendite": the text names the company's seat)
            sentence.mentions[:] = [m for m in sentence.mentions
                                    if not any(m.type == "Place" and o.start <= m.start and m.end <= o.end
                                               for o in opening)]
        doc.add_mentions([m for m, _ in demonyms])
        doc.add_mentions(_name_head_references(doc, sentence))


def _name_head_references(doc: Document, sentence: Sentence) -> list[Mention]:
    """"Das Kristallwerk beschäftigt 340 Mitarbeiter" after "Lausitzer Kristallwerk GmbH": a
    sentence opened by an article and the last word of a firm's name the catalogue lacks, named
    before, means that firm; nothing where two such names end in the word, where the word is
    short or where the article prints it in lower case (a common word then), nor where the word
    ends unlike a works' name ("Der Maschinenbau meldete …": the sector, not "Oberlausitzer
    Maschinenbau GmbH")."""
    table = lexicon(doc.lang)["references"]
    words, endings = table.get("name_head_opening", ""), tuple(table.get("name_head_endings", []))
    if not words or not endings:
        return []
    found = re.match(rf"\W*(?:{words})\s+(?P<head>[A-ZÄÖÜ][\w-]{{5,}})(?![\w-])", sentence.text)
    if found is None or not found.group("head").lower().endswith(endings) \
            or any(m.start < sentence.start + found.end() for m in sentence.mentions):
        return []
    head = found.group("head")
    if _trade_noun(doc.lang, head):
        return []  # "Der Maschinenbau beschäftigt …": a trade or a kind of firm, not the firm
    named = {m.label for m in doc.mentions if m.start < sentence.start and m.type in ISSUER_TYPES
             and " " in m.label and m.label.rsplit(" ", 1)[1] == head
             and doc.catalogue.get(m.label) is None and not m.rule.startswith("reference/")}
    if len(named) != 1 or doc.word_prints(head).lower:
        return []
    label = named.pop()
    return [Mention(sentence.start + found.start("head"), sentence.start + found.end("head"), label,
                    doc.type_of(label) or "Company", head, "reference/name-head")]


def _trade_noun(lang: str, word: str) -> bool:
    """Does ``word`` name a trade or a kind of firm: an industry word of the lexicon
    ("Logistik"), a head noun that calls back a company ("Konzern"), or the stem of one
    ("Maschinenbau" of "Maschinenbauer")? A firm's name may end in such a word, but an
    article before it alone speaks of the trade."""
    noun = word.lower()
    return bool(descriptor_industries(lang, noun)) or any(
        known.lower().startswith(noun) for known in _trade_nouns(lang))


@lru_cache(maxsize=4)
def _trade_nouns(lang: str) -> tuple[str, ...]:
    """The company head nouns and industry words of ``lang``."""
    words = lexicon(lang)["references"]
    return (*words["company_heads"], *(words.get("industry_words") or {}))


@lru_cache(maxsize=4)
def _seat_demonym(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A city's adjective as a plural noun ("die Dortmunder") and the city each adjective
    names; a language that has no such pattern reads none."""
    shape = lexicon(lang)["references"].get("seat_demonym", "")
    cities: dict[str, str] = lexicon(lang)["discovery"].get("city_adjectives", {})
    if not shape or not cities:
        return None
    return re.compile(shape.replace("CITY", alternation(list(cities)))), cities


def _seat_demonym_references(doc: Document, sentence: Sentence) -> list[tuple[Mention, bool]]:
    """"für die Dortmunder": news call a company by its seat's inhabitants once it is named;
    the phrase means the one company named before it that the catalogue seats in the city,
    and nothing where none or several are (a city's people, or two firms of one city); such a
    phrase is kept as unresolved, so that the company the article is about takes nothing of
    its clause (:func:`unresolved_reference`). Each comes with whether its phrase opens the
    sentence (nothing but quotes before its article)."""
    found = _seat_demonym(doc.lang)
    if found is None:
        return []
    pattern, cities = found
    out: list[tuple[Mention, bool]] = []
    for match in pattern.finditer(sentence.text):
        start, end = sentence.start + match.start("adjective"), sentence.start + match.end()
        overlapping = [m for m in sentence.mentions if m.start < end and start < m.end]
        # "Die Wolfsburger lieferten …": the city's own name in the adjective (a place the
        # catalogue spells so) does not stop it from naming the company seated there; any
        # other mention over it does ("das Management der Stuttgarter", read as the seat)
        blocked = any(m.type != "Place" or (m.start, m.end) != (start, start + len(match.group("adjective")))
                      for m in overlapping)
        city = cities[match.group("adjective")]
        seated = {m.label for m in doc.mentions if m.start < start and m.type in ISSUER_TYPES
                  and city in _seats(doc.catalogue.get(m.label))}
        if len(seated) != 1:
            unseated: set[int] = sentence.cache.setdefault(_UNSEATED_DEMONYMS, set())  # type: ignore[assignment]
            unseated.add(start)
        elif not blocked:
            label = seated.pop()
            out.append((Mention(start, end, label, doc.type_of(label) or "Company",
                                sentence.text[match.start("adjective"):match.end()], "reference/seat-demonym"),
                        not sentence.text[:match.start()].strip(" \"„“")))
    return out


def _seats(entry: CatalogueEntry | None) -> tuple[str, ...]:
    """The places the catalogue seats an entry in; none for an entry it lacks."""
    return entry.located_in if entry is not None else ()


def _possible(pats: _Patterns, sentence: Sentence) -> tuple[bool, bool, bool, bool, bool]:
    """Which of the unit, company, institution, possessive and index patterns can
    match the sentence (most hold none of their head nouns)."""
    found = pats.cues.candidates(sentence.text, sentence.cache)
    return (0 in found, 1 in found, 2 in found, 3 in found, 4 in found)


# The catalogue's industry of the houses that rate and lend (ontology/industries.tsv)
_HOUSES = "banks"


def _company_references(doc: Document, sentence: Sentence, pattern: re.Pattern[str],
                        rule: str, kinds: frozenset[str] = COMPANY,
                        rated: Rated | None = None) -> list[Mention]:
    found = []
    for match in pattern.finditer(sentence.text):
        start = sentence.start + match.start("ref")
        end = sentence.start + match.end("ref")
        if _followed_by_name(sentence, end):
            continue  # an apposition: "der Konzern Alibaba" names it itself
        if _names_line(doc.lang, sentence, sentence.start + match.start(), start,
                       match.group("ref")):
            continue  # "its Azure cloud computing business": Azure's, no company
        if _introduces_unknown(doc.lang, sentence, end):
            continue  # "des Küchenausrüsters Rational aus Landsberg": a name we do not know
        if _seat_word_before(sentence, match.start(), start) and unknown_name_after(doc.lang, sentence, end):
            continue  # "der Hamburger Reederei Nordkai Shipping": likewise, by its seat's word
        if unknown_group_name(doc, sentence, match.group("ref"), start):
            continue  # "der Dortmunder KHS-Gruppe": a group named by a name we do not know
        if kinds is COMPANY and _described_otherwise(doc, sentence, match.group("ref"), start):
            continue  # "der Hersteller von Sonarsystemen" after "der Getriebehersteller X"
        if _in_foreign_subject(doc.lang, sentence, match.start(), match.end("ref")):
            continue  # "Die beiden Unternehmen erwarten …": two companies together, neither
        if _other_words(doc.lang).search(sentence.text, match.start(), match.start("ref")):
            continue  # "the rival chipmaker": another company than those named
        if _sector_tail(doc.lang).match(sentence.text, match.end("ref")):
            continue  # "for the bank index": the sector's gauge, no company
        # "Mit X und Y konkurriert das Unternehmen": a name "mit" governs is no antecedent
        companions = _companions_before(doc.lang, sentence, kinds, start)
        main_types = ISSUER_TYPES if kinds is COMPANY else None
        group = _group_heads(doc.lang).fullmatch(match.group("ref")) is not None
        raters = _house_heads(doc.lang).fullmatch(match.group("ref")) is not None
        # "X cut Y to sell. The broker now expects …": the house, never a bank rated there
        unrated = _rated_near(doc, sentence, rated) if raters and rated is not None else frozenset()
        if kinds is INSTITUTION:
            unrated |= _raters_of(doc.lang, sentence, start) | _speaking_houses(doc.lang, sentence, start)
        unrated |= _relative_antecedent(doc.lang, sentence, start)
        unrated |= _copula_subjects(doc.lang, sentence, sentence.start + match.start())
        seated = any(m.type == "Place" and sentence.start + match.start() <= m.start and m.end <= start
                     for m in sentence.mentions)
        label = antecedent(doc, sentence, kinds, sentence.start if companions else start,
                           main_types=main_types, group=group, exclude=unrated,
                           owner=rule == "reference/possessive", seated=seated)
        if kinds is INSTITUTION and not raters and not match.start():
            label = _rated_newcomer(doc, sentence) or label
        if kinds is COMPANY and sentence.text[match.start():match.start("ref")].count(" ") == 1 \
                and (unit := _unit_before(doc.lang, sentence, match.group("ref"), start, unrated)):
            label = unit  # "its image sensor unit, X, …, said it expects the business to …": X
        kept = {m.label for m in sentence.mentions if m.start < start}
        if companions and label in kept:
            # "Kestner und Brandt legten Zahlen vor. Gemeinsam mit Brandt steigerte das
            # Unternehmen …": the reference keeps company with the name it would otherwise
            # mean, so it means another of the sentence before
            label = antecedent(doc, sentence, kinds, sentence.start, main_types=main_types,
                               window=1, group=group, exclude=frozenset(kept) | unrated)
        # of "the North Chicago, Illinois-based company" the place the catalogue knows
        # (the region), as a town of the city list says nothing of where it lies
        places = [m.label for m in sentence.mentions if m.type == "Place"
                  and sentence.start + match.start() <= m.start and m.end <= start]
        seat = next((p for p in places if doc.catalogue.get(p) is not None),
                    places[0] if places else None)
        country = printed = None
        origin = _reference_origin(doc.lang, sentence.text, sentence.local(end)) \
            if seat is None and kinds is COMPANY else None
        if origin is not None:
            # "den Hersteller aus Oslo": the company the passage printed as from there; else
            # the antecedent, whose seat the phrase tells ("der Mobilfunkanbieter aus X"),
            # unless the catalogue seats it elsewhere: a maker from Lübeck is no company
            # the catalogue keeps in Hamburg, but one the text has not named as such
            printed = _printed_from(doc, sentence, origin, start)
            label = printed or label
            if printed is None and label is not None and doc.catalogue.get(origin) is not None \
                    and (homes := _homes(doc, label)) and not _compatible(doc, origin, homes):
                # the one company just named that the catalogue places nowhere ("der kleinere
                # Rivale X … Die Aktie des Zulieferers aus Heilbronn"); else none, and a figure
                # of the clause is no one else's (unresolved_reference)
                label = _seated(doc, sentence, origin, label, start)
                if label is None:
                    unseated: set[int] = sentence.cache.setdefault(_UNSEATED, set())  # type: ignore[assignment]
                    unseated.add(start)
        if seat is not None:
            label = _seated(doc, sentence, seat, label, start)
            # "X, the largest maker, supplies Y and Z. The Seoul-based company …": the subject
            # before, where the catalogue seats it there, not the article's company seated there too
            label = _seated_subject(doc, sentence, seat, label, start) or label
        elif kinds is COMPANY:
            country = reference_country(doc.lang, sentence.text[match.start():match.end("ref")])
            if country is not None:
                label = _of_country(doc, sentence, country, label, start)
        # a descriptor's industry ("the chipmaker"); a possessive's noun is its product
        # ("its software"), no industry of the company
        industries = frozenset() if rule == "reference/possessive" else descriptor_industries(
            doc.lang, match.group("ref") if info(doc.lang).compounds else match.group(0))
        if label is not None and printed is None:
            # a company printed from the place the reference names outweighs its noun
            label = _named_by_descriptor(doc, sentence, match.group("ref"), start) \
                or _holding_of(doc, label, match.group("ref")) \
                or _holding_before(doc, sentence, match.group("ref")) or label
        if label is not None and industry_known_fit(label, industries) is False:
            label = _of_industry(doc, kinds, industries, start, seat or country)
        if label is not None and industries and printed is None and (
                kinds is COMPANY or kinds is INSTITUTION and _HOUSES not in industries and not any(
                    m.label == label and m.start < start for m in sentence.mentions)):
            # "Infineon und Nvidia … Der Chipkonzern", "KKR … Blackstone … The asset
            # manager": either may be meant; an institution named in the noun's own sentence
            # is the one it takes up ("X rose after Y raised its target on the lender"). Not a
            # bank: in the reports that rate, two banks are the rule and the antecedent's
            # subject rules pick the house ("Die UBS lobt die Zahlen der Citi. Die Bank stuft
            # …": UBS; "Citi reiterated its rating on X. The bank kept its target": Citi)
            label = _kind_reading(doc, sentence, kinds, industries, label, start, unrated,
                                  seat or country)
        if label is not None:
            label = _overtaker(doc, sentence, label, start)
        if label is not None and kinds is COMPANY and not match.start() \
                and _describes_anew(doc.lang, sentence.text, match.end("ref")):
            label = _described_instead(doc, sentence, label) or label
        speaker = _speakers_employer(doc, sentence, start) if kinds is COMPANY else None
        if speaker is not None:
            label = speaker  # "X chief executive Y said the group …": the group is X
        if kinds is COMPANY and _fronted_object_clause(doc, sentence, start):
            # "Zu den Kunden zählen A und B, Chips bezieht das Unternehmen von C": the passage's
            # company, not A or B listed in the clause before
            label = antecedent(doc, sentence, kinds, sentence.start, main_types=main_types,
                               group=group, exclude=unrated)
        joined = _joined_speakers_company(doc, sentence, start) if kinds is COMPANY else None
        if joined is not None:
            # "X lost share to A, and Chief Executive Y said the company …": X, never A
            label = joined
        if label is not None and _unlisted_heads(doc.lang).fullmatch(match.group("ref")) \
                and listed_on_exchange(doc, label):
            label = _unlisted_main(doc, kinds)
        if label is not None and _unit_by_head(doc, label, match.group("ref")) is not None:
            # "die Investmentbank" in a text on Deutsche Bank: the bank's business line,
            # neither the bank nor a house; a figure of its clause is no one's
            lines: set[int] = sentence.cache.setdefault(_BUSINESS_LINES, set())  # type: ignore[assignment]
            lines.add(start)
            continue
        if label is not None and _own_parent(doc, sentence, kinds, match.group("ref"), start, label):
            parent = _named_parent(doc, sentence, kinds, label, start)
            if parent is not None:
                # "Die Google-Tochter Waymo baut aus. Der Mutterkonzern …": the parent the text
                # named for the subsidiary, whatever parent the catalogue gives
                found.append(Mention(start, end, parent, doc.type_of(parent) or "Company",
                                     match.group("ref"), rule))
                continue
            if doc.catalogue.parents_of(label):
                # "Waymo baut aus. Der Mutterkonzern steigerte den Umsatz": the parent of a
                # subsidiary the text leaves unnamed; a figure of its clause is no one's, least of
                # all the subsidiary's
                unnamed: set[int] = sentence.cache.setdefault(_UNNAMED_KIN, set())  # type: ignore[assignment]
                unnamed.add(start)
            continue
        if label is None or not _fits_role(doc, match.group("ref"), label, start):
            continue
        if kinds is not COMPANY and (named := _last_named(doc, sentence, label, start)) is not None \
                and coordinated(doc, named, kinds):
            continue  # "Jefferies und Morgan Stanley hoben … Die Bank …": no house wins
        kind = doc.type_of(label) or "Company"
        found.append(Mention(start, end, label, kind, match.group("ref"), rule))
    return found


@lru_cache(maxsize=4)
def _origin_complement(lang: str) -> re.Pattern[str] | None:
    """A complement between a company noun and its origin ("von Dialysetechnik" of "der
    Hersteller von Dialysetechnik aus Lübeck"); None where the language lists none."""
    words = lexicon(lang)["references"].get("origin_complement")
    return re.compile(words) if words else None


def _reference_origin(lang: str, text: str, at: int) -> str | None:
    """The place a company noun ending at local offset ``at`` says its company is from:
    right after the noun ("der Hersteller aus Oslo") or after a complement of what it makes
    ("der Hersteller von Dialysetechnik aus Lübeck")."""
    origin = origin_after(lang, text, at)
    complement = _origin_complement(lang) if origin is None else None
    found = complement.match(text, at) if complement is not None else None
    return origin_after(lang, text, found.end()) if found is not None else origin


def _relative_antecedent(lang: str, sentence: Sentence, start: int) -> frozenset[str]:
    """The name a relative clause holding the reference at ``start`` hangs on
    ("der Postbank, die das Institut 2010 übernommen hatte", "Postbank, which the
    bank bought"): whichever role the pronoun plays, the clause tells of that
    name and another, so the reference is never the name itself."""
    at = start - sentence.start
    for clause in relative_clauses(lang, sentence.text):
        if clause.body <= at < clause.closes:
            named = [m for m in sentence.mentions
                     if m.end <= sentence.start + clause.opens and not m.rule.startswith("reference/")
                     and not sentence.text[sentence.local(m.end):clause.opens].strip()]
            return frozenset({named[-1].label}) if named else frozenset()
    return frozenset()


def _copula_subjects(lang: str, sentence: Sentence, opens: int) -> frozenset[str]:
    """The names of the list a copula's clause opens with, where the reference phrase opening at
    ``opens`` follows a preposition of the copula's predicate ("Apple and Nvidia are major
    customers of the chipmaker", "X is a key supplier to the group"): the predicate ties them
    to another company, so the noun means none of them (a possessor is no subject: "Apple's
    phone is the main product of the company" may well mean Apple)."""
    pattern = lexicon_pattern(lang, "references", "copula_predicate")
    named = [m for m in sentence.mentions if m.end <= opens and not m.rule.startswith("reference/")]
    if pattern is None or not named or not pattern.fullmatch(
            sentence.text, sentence.local(named[-1].end), sentence.local(opens)):
        return frozenset()
    return frozenset(m.label for m in list_ending(lang, sentence, named))


def _unit_before(lang: str, sentence: Sentence, ref: str, start: int,
                 unrated: frozenset[str]) -> str | None:
    """The business unit a bare company noun that also heads units ("the business") takes up:
    the last organisation its sentence names before it, none of ``unrated`` nor one in a
    relative clause closed before the noun, where that is a unit ("Sony lifted its forecast for
    its image sensor unit, X, which supplies chips for Apple's iPhone, and said it expects the
    business to post sales of …": X, not Apple). None where the noun heads no unit or the last
    one named is a company."""
    words = lexicon(lang)["references"]
    if ref.split()[-1] not in set(words["unit_heads"]) & set(words["company_heads"]):
        return None
    inside = _closed_relative_names(lang, sentence, start)
    named = [m for m in sentence.mentions if m.end <= start and m.type in ORGANIZATION_TYPES
             and m.label not in unrated | inside and not m.rule.startswith("reference/")]
    return named[-1].label if named and named[-1].type == "BusinessUnit" else None


def _closed_relative_names(lang: str, sentence: Sentence, start: int) -> frozenset[str]:
    """The names in a relative clause that hangs on a name and closes before the reference at
    ``start`` ("X, which supplies chips for Apple's iPhone, said it expects the business to
    …"): the clause tells of that name, the reference stands in the main clause again (the
    name the clause hangs on is not among them)."""
    at = start - sentence.start
    inside: set[str] = set()
    for clause in relative_clauses(lang, sentence.text):
        if clause.closes > at:
            continue
        hung = [m for m in sentence.mentions
                if m.end <= sentence.start + clause.opens and not m.rule.startswith("reference/")
                and not sentence.text[sentence.local(m.end):clause.opens].strip()]
        if hung:
            inside |= {m.label for m in sentence.mentions if m.label != hung[-1].label
                       and clause.body <= sentence.local(m.start) < clause.closes}
    return frozenset(inside)


def _described_instead(doc: Document, sentence: Sentence, label: str) -> str | None:
    """The company a relative clause of the sentence before hangs on, where the company a
    reference opening this sentence would take up is named there only inside that clause
    ("der Mittelständler X aus Frankenthal, der seit Jahren Vorprodukte an BASF liefert. Die
    Firma mit 600 Beschäftigten …": X, the subject told of, not BASF, named only as whom it
    supplies). None where the clause hangs on no company or the label is named outside it."""
    if not sentence.index or any(m.label == label for m in sentence.mentions
                                 if not m.rule.startswith("reference/")):
        return None
    before = doc.sentences[sentence.index - 1]
    named = [m for m in before.mentions if m.label == label]
    for clause in relative_clauses(doc.lang, before.text):
        inside = [m for m in named if clause.body <= before.local(m.start) < clause.closes]
        if not inside or len(inside) < len(named):
            continue
        hung = [m for m in before.mentions if m.type in COMPANY and m.end <= before.start + clause.opens
                and not m.rule.startswith("reference/")
                and _hangs_on(doc.lang, before.text, before.local(m.end), clause.opens)]
        if hung and hung[-1].label != label:
            return hung[-1].label
    return None


def _describes_anew(lang: str, text: str, at: int) -> bool:
    """Does a description of its own follow the company noun ending at ``at`` ("Die Firma mit
    600 Beschäftigten")?"""
    pattern = lexicon_pattern(lang, "references", "own_description")
    return pattern is not None and pattern.match(text, at) is not None


def _hangs_on(lang: str, text: str, end: int, opens: int) -> bool:
    """Does a relative clause opening at ``opens`` hang on the name ending at ``end``: right
    after it, or after the place it is from ("X aus Frankenthal, der …")?"""
    gap = text[end:opens]
    origin = origin_after(lang, text, end) if gap.strip() else None
    return not gap.strip() or origin is not None and gap.rstrip().endswith(origin)


def _last_named(doc: Document, sentence: Sentence, label: str, before: int) -> Mention | None:
    """The last mention of ``label`` before ``before``, in this sentence or one before it."""
    for earlier in reversed(doc.sentences[:sentence.index + 1]):
        named = [m for m in earlier.mentions if m.label == label and m.end <= before]
        if named:
            return named[-1]
    return None


def coordinated(doc: Document, mention: Mention, kinds: frozenset[str]) -> bool:
    """Is the mention one item of a list of two or more names of ``kinds`` ("Jefferies und
    Morgan Stanley hoben ihre Ziele an")? A reference or pronoun after such a list has no
    one antecedent that clearly wins."""
    sentence = doc.sentence_at(mention.start)
    if sentence is None:
        return False
    named = [m for m in sentence.mentions if m.type in kinds]
    if mention not in named:
        return False
    for end in range(named.index(mention) + 1, len(named) + 1):
        items = list_ending(doc.lang, sentence, named[:end])
        if mention not in items:
            return False
        if len({m.label for m in items}) > 1:
            return True
    return False


@lru_cache(maxsize=4)
def _house_heads(lang: str) -> re.Pattern[str]:
    """The institution heads that name a house rating others ("the broker", "das Haus")."""
    heads = lexicon(lang)["references"].get("house_heads", [])
    return re.compile(alternation(heads) if heads else r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _rater_gap(lang: str) -> re.Pattern[str] | None:
    """The words between a house and the noun its rating verb governs: the verb at most two
    words after the house, the noun at most five words after the verb ("raised its price
    target on the lender"), no clause between."""
    verbs = lexicon(lang).get("ratings", {}).get("verbs")
    return re.compile(rf"^\s+(?:[^\s,;:()]+\s+){{0,2}}?(?:{verbs})\s+(?:[^\s,;:()]+\s+){{0,5}}$") \
        if verbs else None


def _raters_of(lang: str, sentence: Sentence, start: int) -> frozenset[str]:
    """The institutions whose rating verb governs the reference at ``start`` ("Berenberg
    stufte das Geldhaus hoch", "Berenberg upgraded the lender"): a house does not rate
    itself, so the noun there means another institution, one named before."""
    gap = _rater_gap(lang)
    if gap is None:
        return frozenset()
    return frozenset(m.label for m in sentence.mentions if m.type in INSTITUTION and m.end <= start
                     and gap.match(sentence.text[sentence.local(m.end):sentence.local(start)]))


def _rated_newcomer(doc: Document, sentence: Sentence) -> str | None:
    """The institution the sentence before introduces with an indefinite apposition right after
    a house's rating verb ("KBW initiated coverage of X (NASDAQ: X), a Texas-based regional
    lender, at Market Perform. The bank, which …"): an institution noun opening the sentence
    goes on with that newcomer, not with the house, which rates it, nor with the article's
    bank. None where the sentence before introduces none so."""
    gap, introducing = _rater_gap(doc.lang), lexicon_pattern(doc.lang, "references", "introducing_apposition")
    if gap is None or introducing is None or sentence.index == 0:
        return None
    previous = doc.sentences[sentence.index - 1]
    for house in (m for m in previous.mentions if m.type in INSTITUTION):
        rated = next((m for m in previous.mentions if m.start >= house.end), None)
        if rated is not None and rated.type in INSTITUTION \
                and gap.match(previous.text[previous.local(house.end):previous.local(rated.start)]) \
                and introducing.match(previous.text, previous.local(rated.end)):
            return rated.label
    return None


def _speaking_houses(lang: str, sentence: Sentence, start: int) -> frozenset[str]:
    """The institutions named before ``start`` as the employer of analysts who speak ("KBW
    analyst X said the bank's cost cuts …", "Analysten der UBS loben die Bank"): the analysts
    tell of a bank they cover, so the noun means another institution, one named before."""
    return frozenset(m.label for m in sentence.mentions if m.type in INSTITUTION and m.end <= start
                     and credited_as_analysts(lang, sentence, m))


def house_reference(lang: str, mention: Mention) -> bool:
    """Is the mention a house noun ("the broker", "das Haus") resolved to an institution?
    Such a house speaks of the companies it rates, not of itself."""
    return mention.rule == "reference/institution" \
        and _house_heads(lang).fullmatch(mention.surface) is not None


def _rated_near(doc: Document, sentence: Sentence, rated: Rated) -> frozenset[str]:
    """The institutions rated in the sentence and the one before: what a house noun
    there does not mean."""
    before = doc.sentences[sentence.index - 1] if sentence.index > 0 else None
    return rated(doc, sentence) | (rated(doc, before) if before is not None else frozenset())


def _in_foreign_subject(lang: str, sentence: Sentence, start: int, end: int) -> bool:
    """Does the reference stand in a subject that is no one company of the text (the
    figures' ``foreign_subject``: "die beiden Unternehmen", "the two companies")? It then
    names none of them."""
    pattern = figure_words(lang).foreign_subject
    return pattern is not None and any(
        found.start() <= start and end <= found.end()
        for found in pattern.finditer(sentence.text, max(0, start - 20), end))


@lru_cache(maxsize=4)
def _people_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A determiner right before a word ("die "), the people of a country in the plural
    ("Südkoreaner", dative "Südkoreanern") and what may not follow such a word standing
    alone: a hyphen, or where nouns are capitalised a capitalised word ("die Schweizer
    Großbank" is an adjective before a noun); a language that lists no people matches none."""
    words = lexicon(lang)["references"]
    people: dict[str, str] = words.get("people_words") or {}
    determiner = re.compile(rf"(?<![\w-])(?i:{alternation(words['determiners'])})\s+$")
    word = re.compile(rf"(?<![\w\-])(?P<word>{alternation(list(people))})n?(?![\w\-])"
                      if people else r"(?!)")
    after = re.compile(r"\s*-|\s+[A-ZÄÖÜ]" if info(lang).case_sensitive else r"\s*-")
    return determiner, word, after, people


def _people_references(doc: Document, sentence: Sentence) -> list[Mention]:
    """"Laut X kommen die Südkoreaner auf 57 Prozent": news call a company by the
    people of its country. Such a word after a determiner and standing alone (not an
    adjective before a noun) means the company the reference would mean, or of several
    the one of the article seated there, and only a company the catalogue seats there;
    otherwise no one ("die Amerikaner" in an article whose companies are seated elsewhere
    are people). A city's people ("das Management der Stuttgarter") are left to the
    catalogue, which reads them as the city, the company's seat."""
    determiner, word, after, people = _people_patterns(doc.lang)
    out = []
    for match in word.finditer(sentence.text):
        if not determiner.search(sentence.text, 0, match.start()) \
                or after.match(sentence.text, match.end()):
            continue
        at, seat = sentence.start + match.start(), people[match.group("word")]
        label = antecedent(doc, sentence, COMPANY, at, main_types=ISSUER_TYPES)
        label = _seated(doc, sentence, seat, label, at) or _house_of_country(doc, sentence, seat, at)
        entry = doc.catalogue.get(label) if label else None
        if label is None or entry is None or not _compatible(doc, seat, entry.located_in):
            if not _house_near(doc, sentence):
                # "Die Dänen wollen 2.000 Stellen streichen" after a passage on a US rival: a
                # company of the country we cannot tell, or its people; the clause's facts are
                # no one's (near a house, "Das Kursziel der Amerikaner" is the house's)
                unseated: set[int] = sentence.cache.setdefault(_UNSEATED_DEMONYMS, set())  # type: ignore[assignment]
                unseated.add(at)
            continue
        out.append(Mention(at, sentence.start + match.end(), label,
                           doc.type_of(label) or "Company", match.group(0), "reference/people"))
    return out


def _house_near(doc: Document, sentence: Sentence) -> bool:
    """Does this sentence or the one before name a bank or research house? The people of a
    country there may be that house's analysts, whom the figure rules read by the house."""
    window = doc.sentences[max(0, sentence.index - 1):sentence.index + 1]
    return any(m.type == "FinancialInstitution" for s in window for m in s.mentions)


def _house_of_country(doc: Document, sentence: Sentence, country: str, before: int) -> str | None:
    """"Skeptischer sind die Experten von Nomura … Für 2027 erwarten die Japaner …": where
    the people of a country mean no company of the article, they mean the bank or research
    house seated there that this sentence or the one before names last before them; news
    call a house by its country as they call a company, and a house is what an analysts'
    passage goes on about, in a sentence that forecasts. None where the sentence forecasts
    nothing ("… Barclays … Auch beim Konkurrenten Asos lief es besser: Die Briten hatten …
    gemeldet": a company reports), where another organisation is named after the house, or
    where the last one is seated elsewhere."""
    if not figure_words(doc.lang).forecast.search(sentence.text):
        return None
    window = doc.sentences[max(0, sentence.index - 1):sentence.index + 1]
    named = [m for s in window for m in s.mentions if m.type in ISSUER_TYPES and m.start < before]
    if not named or named[-1].type != "FinancialInstitution":
        return None
    entry = doc.catalogue.get(named[-1].label)
    return named[-1].label if entry is not None and entry.located_in \
        and _compatible(doc, country, entry.located_in) else None


def _companions_before(lang: str, sentence: Sentence, kinds: frozenset[str], before: int) -> bool:
    """Are the organisations the sentence names before ``before`` all one
    list that a preposition of company governs ("Mit Zeiss und dem
    US-Konzern Coherent konkurriert das Unternehmen", "Together with X, the
    group …")? A reference in that clause is no one it keeps company with."""
    named = [m for m in sentence.mentions if m.type in kinds and m.end <= before]
    governed = relation_cues(lang).governed
    if not named or governed is None:
        return False
    items = list_ending(lang, sentence, named)
    return len(items) == len(named) and bool(
        governed.search(sentence.text[:sentence.local(items[0].start)]))


def _own_parent(doc: Document, sentence: Sentence, kinds: frozenset[str], ref: str, start: int,
                label: str) -> bool:
    """Would a parent noun mean a company no subsidiary of which the text names
    just before? "Porsche kooperiert mit Apple. Der Mutterkonzern beteiligt sich an
    Rivian" speaks of a parent the text leaves unnamed, not of Porsche; after "Die
    Tochter X steigerte den Umsatz" it is X's owner."""
    if _parent_heads(doc.lang).fullmatch(ref) is None:
        return False
    window = doc.sentences[max(0, sentence.index - 2):sentence.index + 1]
    return not any(m.type in kinds and m.label != label and m.start < start and _owned_by(doc, m, label)
                   for s in window for m in s.mentions)


def _named_parent(doc: Document, sentence: Sentence, kinds: frozenset[str], label: str,
                  start: int) -> str | None:
    """The one parent the text presents ``label`` as a subsidiary of ("die Google-Tochter
    Waymo", "its subsidiary X" after Y) in this sentence or the two before, named before the
    reference at ``start``: a parent noun after it means that parent. None where there is none,
    or more than one."""
    window = doc.sentences[max(0, sentence.index - 2):sentence.index + 1]
    named = [m for s in window for m in s.mentions if m.start < start]
    units = [m for m in named if m.label == label]
    owners = {m.label for m in named if m.type in kinds and m.label != label
              and any(subsidiary_of(doc, unit, m.label) for unit in units)}
    return owners.pop() if len(owners) == 1 else None


def _owned_by(doc: Document, mention: Mention, parent: str) -> bool:
    """Does the catalogue or the text ("die Tochter X") make the mention a subsidiary of ``parent``?"""
    entry = doc.catalogue.get(mention.label)
    return entry is not None and parent in entry.parents or subsidiary_of(doc, mention, parent)


@lru_cache(maxsize=4)
def _roles(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[re.Pattern[str], re.Pattern[str]]]]:
    """The role heads of a language ("Zulieferers", also "Apple-Zulieferers"), and for each
    the words before and after a name that call it by the role ("der Zulieferer X", "X, ein
    Zulieferer"); a language that lists none matches no head."""
    words = lexicon(lang)["references"]
    roles: dict[str, str] = words.get("role_heads") or {}
    if not roles:
        return re.compile(r"(?!)"), {}
    head = re.compile(rf"(?:[\w]+-)?(?P<head>{alternation(list(roles))})")
    after = words.get("role_after") or r"(?!)"
    return head, {h: (re.compile(rf"[\w\-]*(?i:{re.escape(stem)})[\w\-]*\s+$"),
                      re.compile(after.replace("ROLE", re.escape(stem))))
                  for h, stem in roles.items()}


def _fits_role(doc: Document, ref: str, label: str, start: int) -> bool:
    """May a reference by a role ("des Zulieferers") mean ``label``? Only where the text
    before it calls that company so ("der Zulieferer X", "X, ein Zulieferer von Apple"): a
    role names a company by its tie to another, so the article's company is no supplier
    merely for being its subject, and a supplier the text leaves unnamed is no one."""
    head, called = _roles(doc.lang)
    found = head.fullmatch(ref)
    if found is None:
        return True
    before, after = called[found.group("head")]
    for sentence in doc.sentences:
        if sentence.start >= start:
            break
        for m in sentence.mentions:
            if m.label != label or m.start >= start:
                continue
            local = sentence.local(m.start)
            if before.search(sentence.text[max(0, local - 60):local]) \
                    or after.match(sentence.text[sentence.local(m.end):]):
                return True
    return False


def _names_line(lang: str, sentence: Sentence, opening: int, ref_start: int, ref: str) -> bool:
    """Is the head one of a line of business ("business") with a product or unit named
    between the determiner and it ("its Azure cloud computing business", "its PlayStation
    business")? The phrase is that one's business, not a company the passage named."""
    if not _line_heads(lang).fullmatch(ref):
        return False
    return any(m.type in _LINE_OWNERS and opening <= m.start and m.end <= ref_start
               for m in sentence.mentions)


_LINE_OWNERS = PRODUCT_TYPES | {"BusinessUnit"}


def _unit_by_head(doc: Document, label: str, ref: str) -> str | None:
    """The catalogued unit of ``label`` whose own name is the reference's head, spelt with or
    without spaces ("die Investmentbank", "the investment bank" in a text about Deutsche Bank,
    whose unit the catalogue names "Deutsche Bank Investment Bank"): the reference may name
    the bank's business line as well as the bank; None where the antecedent has no such unit."""
    head = _SPELLING.sub("", ref).casefold()
    return next((unit for short, found in unit_short_names(doc.catalogue).items()
                 if _SPELLING.sub("", short).casefold() == head
                 for unit, parent in found if parent == label), None)


_SPELLING = re.compile(r"[\s\-]")  # spaces and hyphens, which one language writes and another not


@lru_cache(maxsize=4)
def _line_heads(lang: str) -> re.Pattern[str]:
    """The reference heads that a product or unit before them makes its line of business."""
    heads = lexicon(lang)["references"].get("line_heads") or []
    return re.compile(rf"(?i:{alternation(heads)})" if heads else r"(?!)")


@lru_cache(maxsize=4)
def _parent_heads(lang: str) -> re.Pattern[str]:
    """The reference heads that name only a parent ("Mutterkonzern", "parent")."""
    heads = lexicon(lang)["references"].get("parent_heads") or []
    return re.compile(rf"(?i:{alternation(heads)})" if heads else r"(?!)")


@dataclass(frozen=True)
class _Overtaking:
    before: re.Pattern[str]  # "overtook ", "überholte den ": the one overtaken is named next
    verb: re.Pattern[str]  # the verb anywhere ("hat Apple als … überholt": German puts it last)
    agent: re.Pattern[str]  # "von ", "by ": the name next is the overtaker of a passive


@lru_cache(maxsize=4)
def _overtaking(lang: str) -> _Overtaking:
    """The verbs of overtaking, as they stand before the one overtaken and anywhere, and the
    words of the passive's agent; patterns that never match where the language has none."""
    table = lexicon(lang)["references"]
    verbs = table.get("overtaking_verbs") or []
    agents = table.get("agent_before") or []
    if not verbs:
        never = re.compile(r"(?!)")
        return _Overtaking(never, never, never)
    det = alternation(table["determiners"])
    return _Overtaking(
        re.compile(rf"(?<![\w-])(?:{alternation(verbs)})\s+(?:(?:{det})\s+)?$", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{alternation(verbs)})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{alternation(agents)})\s+(?:(?:{det})\s+)?$", re.IGNORECASE)
        if agents else re.compile(r"(?!)"))


# A comma, semicolon or full stop: where the clause of a reference ends.
_CLAUSE_END = re.compile(r"[,;.]\s")


def _overtaker(doc: Document, sentence: Sentence, label: str, start: int) -> str | None:
    """The company a reference means where the antecedent found is the one a verb of its
    sentence overtakes ("Nvidia overtook Apple as the most valuable company", "Nvidia hat
    Apple als wertvollstes Unternehmen überholt"): what the phrase after the one overtaken
    says is the overtaker's, the company named before it; None where none is. Any other
    antecedent stays, and so does the agent of a passive ("was overtaken by Nvidia as …")."""
    named = [m for m in sentence.mentions if m.end <= start]
    last = next((m for m in reversed(named) if m.label == label), None)
    if last is None:
        return label
    words, text, at = _overtaking(doc.lang), sentence.text, sentence.local(last.start)
    verb = words.before.search(text, 0, at)
    if verb is not None:
        until = sentence.start + verb.start()
    else:
        # the verb after the reference in its clause, the overtaken one not a passive's agent
        ref_at = sentence.local(start)
        end = _CLAUSE_END.search(text, ref_at)
        if words.agent.search(text, 0, at) or not words.verb.search(
                text, ref_at, end.start() if end is not None else len(text)):
            return label
        until = last.start
    before = [m for m in named if m.end <= until and m.type in COMPANY]
    return before[-1].label if before else None


@lru_cache(maxsize=4)
def _speech_opening(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title between a company and a person opening a sentence ("X chief executive Y"), and
    the speech verb right after the person ("said")."""
    table = lexicon(lang)["roles"]
    return (re.compile(rf"\s+(?:{table['titles']})\s+"),
            re.compile(rf"\s*,?\s+(?:{table['speech']})\b"))


def _speakers_employer(doc: Document, sentence: Sentence, start: int) -> str | None:
    """The company whose executive reports the speech a company reference stands in ("Kessler
    chief executive Y said Brightwater's brands would give the group a foothold"): in the
    executive's words "the group" is the executive's own, not the company named in between.
    None where the sentence does not open so."""
    title, speech = _speech_opening(doc.lang)
    named = sorted((m for m in sentence.mentions if m.end <= start), key=lambda m: m.start)
    if len(named) < 2 or sentence.local(named[0].start) != 0 or named[0].type not in COMPANY \
            or named[1].type != "Person":
        return None
    text = sentence.text
    if title.fullmatch(text, sentence.local(named[0].end), sentence.local(named[1].start)) is None:
        return None
    said = speech.match(text, sentence.local(named[1].end))
    return named[0].label if said is not None and said.end() <= sentence.local(start) else None


@lru_cache(maxsize=4)
def _joined_speech(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """A comma, the conjunction and a title ending right before a person; the speech verb (and
    "that") right after the person, ending at a reference; a preposition ending before a name.
    None where the language has no such conjunction."""
    word = lexicon(lang)["references"].get("speech_conjunction")
    if not word:
        return None
    table = lexicon(lang)
    determiners = alternation(table["references"]["determiners"])
    return (re.compile(rf",\s+(?:{word})\s+(?:{table['roles']['titles']})\s+$"),
            # the verb, a conjunction ("that") at most and the reference's determiner
            re.compile(rf"\s*,?\s+(?:{table['roles']['speech']})\b(?:\s+[^\W\d]+)?[\s,]*(?:\S+\s+)?$"),
            re.compile(rf"(?<![\w\-])(?i:{table['relation_cues']['object_prepositions']})\s+"
                       rf"(?:(?:{determiners})\s+)?$"))


def joined_clause_subject(doc: Document, sentence: Sentence, person: Mention) -> Mention | None:
    """The company whose executive ``person`` is, where a title and the person open a clause
    joined to one naming companies ("X lost share to A and B, and Chief Executive Y said …"):
    the first company of the sentence, the clause's subject (X, never a rival its verb
    governs). None where the person opens no such clause or a preposition governs that
    first company ("Sales rose at A, and Chief Executive Y said …": no subject is named)."""
    shapes = _joined_speech(doc.lang)
    if shapes is None:
        return None
    opening, _, governed = shapes
    text = sentence.text
    joint = opening.search(text, 0, sentence.local(person.start))
    if joint is None:
        return None
    first = next((m for m in sorted(sentence.mentions, key=lambda m: m.start)
                  if m.type in COMPANY and sentence.local(m.end) <= joint.start()), None)
    if first is None or governed.search(text, 0, sentence.local(first.start)):
        return None
    return first


@lru_cache(maxsize=4)
def _fronted_object(lang: str) -> re.Pattern[str] | None:
    """A comma, a fronted object and the verb right before a reference; None where the
    language has no such rule."""
    words = lexicon(lang)["references"].get("fronted_object_reference")
    return re.compile(rf"(?:{words})\Z") if words else None


def _fronted_object_clause(doc: Document, sentence: Sentence, start: int) -> bool:
    """Is the reference at ``start`` the subject of a clause joined by a comma that fronts its
    object ("…, Chips bezieht das Unternehmen von C"), after a clause whose first company does
    not open the sentence ("Zu den Kunden zählen A und B, …")? Then the names before are no
    subject the reference goes on with."""
    pattern = _fronted_object(doc.lang)
    if pattern is None or pattern.search(sentence.text, 0, sentence.local(start)) is None:
        return False
    first = next((m for m in sentence.mentions if m.type in COMPANY and m.start < start), None)
    return first is not None and sentence.local(first.start) > 0


def _joined_speakers_company(doc: Document, sentence: Sentence, start: int) -> str | None:
    """The company a reference at ``start`` means inside the speech of an executive who opens
    a joined clause (:func:`joined_clause_subject`): "X lost share to A, and Chief Executive Y
    said the company …" is X. None where the reference stands in no such speech."""
    shapes = _joined_speech(doc.lang)
    person = next((m for m in reversed(sentence.mentions) if m.end <= start and m.type == "Person"), None)
    if shapes is None or person is None \
            or shapes[1].fullmatch(sentence.text, sentence.local(person.end), sentence.local(start)) is None:
        return None
    subject = joined_clause_subject(doc, sentence, person)
    return subject.label if subject is not None else None


@lru_cache(maxsize=4)
def _unlisted_heads(lang: str) -> re.Pattern[str]:
    """The reference heads that name only a company not yet listed ("the startup")."""
    heads = lexicon(lang)["references"].get("unlisted_heads") or []
    return re.compile(rf"(?i:{alternation(heads)})" if heads else r"(?!)")


def listed_on_exchange(doc: Document, label: str) -> bool:
    """Does the catalogue list the company on an exchange (a ticker or a listing)?"""
    entry = doc.catalogue.get(label)
    return entry is not None and entry.listed


def _unlisted_main(doc: Document, kinds: frozenset[str]) -> str | None:
    """What "the startup" means where the name just before is a listed company: the
    company the article is about if it is not listed, else no one (a startup cannot be
    a listed group, so the nearest name does not win)."""
    main = salient(doc, kinds)
    return main if main is not None and not listed_on_exchange(doc, main) else None


@lru_cache(maxsize=4)
def _holding_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The heads that name a family's group or holding, also ending a compound ("die
    Hansen-Gruppe"), and the ending of a holding's own name ("X Familienholding")."""
    table = lexicon(lang)["references"]
    heads = table.get("holding_heads") or []
    ending = table.get("holding_name") or ""
    return (re.compile(rf"[\w\-]*?(?i:{alternation(heads)})" if heads else r"(?!)"),
            re.compile(rf"(?:{ending})$" if ending else r"(?!)"))


_NAME_WORD = 5  # the shortest word of a name a descriptor can repeat ("Chemie", not "AG")


def _named_by_descriptor(doc: Document, sentence: Sentence, ref: str, before: int) -> str | None:
    """"An der Kronberg Maschinenbau AG ist die Holding größter Aktionär. Weitere
    Großaktionäre des Maschinenbauers sind …": a descriptor that opens with a word of a
    company's own name, named in this sentence or the two before, means that company,
    whatever the article is about; failing that, one that repeats the noun that introduced
    a company anywhere before; with two such companies it decides nothing."""
    if _group_heads(doc.lang).fullmatch(ref) or _holding_words(doc.lang)[0].fullmatch(ref):
        return None  # "the group" repeats the "Group" of many names: the rules of groups decide
    head = ref.lower()
    window = doc.sentences[max(0, sentence.index - 2):sentence.index + 1]
    named = {m.label for s in window for m in s.mentions
             if m.type in COMPANY and m.end <= before
             and any(len(word) >= _NAME_WORD and head.startswith(word.lower())
                     for word in m.label.split())}
    if not named:
        # a noun that introduced a company is its name for the whole text
        named = _introduced_by(doc, sentence, ref, before)
    return named.pop() if len(named) == 1 else None


def _introduced_by(doc: Document, sentence: Sentence, ref: str, before: int) -> set[str]:
    """The companies named before ``before`` that a noun the descriptor ``ref`` repeats
    introduced ("der Getriebehersteller X … der Hersteller")."""
    head = ref.lower()
    return {m.label for s in doc.sentences[:sentence.index + 1] for m in s.mentions
            if m.type in COMPANY and m.end <= before and _introduced_as(doc.lang, s, m, head)}


def _described_otherwise(doc: Document, sentence: Sentence, ref: str, start: int) -> bool:
    """"Der Getriebehersteller X … Der Hersteller von Sonarsystemen": the descriptor repeats
    the noun that introduced a company, but a complement of its own says what it makes, so it
    speaks of another maker than that one, and of none the text makes sure of."""
    complement = _origin_complement(doc.lang)
    return complement is not None \
        and complement.match(sentence.text, sentence.local(start + len(ref))) is not None \
        and bool(_introduced_by(doc, sentence, ref, start))


_NOUN_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+$")
_STEM_MIN = 6  # the shortest head a descriptor repeats of a noun ("Hersteller", not "Bank")


def _introduced_as(lang: str, sentence: Sentence, mention: Mention, head: str) -> bool:
    """Was the company introduced by a noun the descriptor repeats, alone or as the end of
    a compound ("des norwegischen Lackherstellers Nordic Coatings … den Hersteller aus
    Oslo", "the paint maker X … the maker")? A genitive ending counts as none, and so does
    a head said of any company ("its holding company X … the company")."""
    stem = head.removesuffix("s")
    if len(stem) < _STEM_MIN or head in _bare_heads(lang):
        return False  # asked first: the descriptor's, the same for every mention before it
    found = _NOUN_BEFORE.search(sentence.text, 0, sentence.local(mention.start))
    return found is not None and found.group(1).lower().removesuffix("s").endswith(stem)


@lru_cache(maxsize=4)
def _bare_heads(lang: str) -> frozenset[str]:
    """The heads said of any company ("company"), in lower case."""
    return frozenset(w.lower() for w in lexicon(lang)["references"].get("bare_heads") or [])


def _holding_of(doc: Document, label: str, ref: str) -> str | None:
    """"An der Spitze steht die X Familienholding … Größte Tochter ist X Pack … Die Gruppe
    setzte 4 Milliarden Euro um": a group's head means the one holding of the text whose
    name shares its first word with the company the head would otherwise mean (the largest
    subsidiary, named most often), as the family's holding owns its companies. With no such
    holding, or two, the head keeps its antecedent."""
    heads, ending = _holding_words(doc.lang)
    if heads.fullmatch(ref) is None or ending.search(label):
        return None
    first = label.split()[0]
    holdings = {m.label for s in doc.sentences for m in s.mentions
                if m.type in COMPANY and m.label != label and m.label.split()[0] == first
                and ending.search(m.label)}
    return holdings.pop() if len(holdings) == 1 else None


def _holding_before(doc: Document, sentence: Sentence, ref: str) -> str | None:
    """"Die Gruppe setzte 4 Milliarden Euro um … An der Y AG ist die Holding größter
    Aktionär … Im Frühjahr übernahm die Gruppe Z": a group's head that meant the text's
    one holding before means it again, though the holding's stakes are named between. A
    head that meant no holding, or two, decides nothing."""
    heads, ending = _holding_words(doc.lang)
    if heads.fullmatch(ref) is None:
        return None
    meant = {m.label for s in doc.sentences[:sentence.index] for m in s.mentions
             if m.rule == "reference/company" and m.surface.lower() == ref.lower()
             and ending.search(m.label)}
    return meant.pop() if len(meant) == 1 else None


@lru_cache(maxsize=4)
def _owner_suffixes(lang: str) -> re.Pattern[str]:
    """The developer suffixes that after a company or unit name its owner ("owner", "Eigner")."""
    words = lexicon(lang)["references"].get("owner_suffixes") or []
    return re.compile(rf"(?i:{alternation(words)})" if words else r"(?!)")


@lru_cache(maxsize=4)
def _group_heads(lang: str) -> re.Pattern[str]:
    """The reference heads that name a whole group ("Konzern", also in a
    compound: "Versicherungskonzern", "Tech-Konzern"; "group"); a language
    that lists none matches nothing."""
    heads = lexicon(lang)["references"].get("group_heads") or []
    return re.compile(rf"[\w\-]*?(?i:{alternation(heads)})" if heads else r"(?!)")


def _seated(doc: Document, sentence: Sentence, seat: str, label: str | None, before: int
            ) -> str | None:
    """"der Wolfsburger Konzern", "the Walldorf-based company": a place in the
    reference names the seat. When the catalogue seats the antecedent
    elsewhere, the reference means the organisation of the article seated
    there (of several, the one named in this sentence or the two before);
    else it stays with the antecedent. Only an organisation named before the
    reference can be meant: a reference looks back, and a company named later
    ("competes with Acme") is none it means, though it shares the seat, so that
    the place singles out no one there either."""
    entry = doc.catalogue.get(label) if label else None
    if entry is not None and (not entry.located_in or seat in entry.located_in):
        return label
    named_before = {m.label for m in doc.mentions if m.start < before}
    everywhere = doc.seated_in(seat)
    if len(everywhere) == 1 and everywhere[0] in named_before:
        return everywhere[0]
    recent = doc.seated_in(seat, [m for s in doc.sentences[max(0, sentence.index - 2):
                                                          sentence.index + 1]
                                  for m in s.mentions])
    if len(recent) == 1 and recent[0] in named_before:
        return recent[0]
    if seat in _countries(doc.lang)[1].values():
        return _of_country(doc, sentence, seat, label, before)  # "the U.S. company"
    if entry is None:
        return label
    if _compatible(doc, seat, entry.located_in):
        # the catalogue places the antecedent only around the seat ("the Boise, Idaho-based
        # company" of one placed in the United States): where it also places another company
        # just named there, the phrase may mean either, so neither; a possessor in the
        # apposition of a subject ("X, Y's main rival, said …") is none such, it only describes X
        others = {m.label for _back, s in doc.looking_back(sentence, 2) for m in s.mentions
                  if m.type == "Company" and m.start < before and m.label != label
                  and (homes := _homes(doc, m.label)) and _compatible(doc, seat, homes)
                  and not named_as_rivals(doc.lang, s, m) and apposed_possessor(doc.lang, s, m, COMPANY) is None}
        return None if others else label
    # the catalogue seats the antecedent elsewhere and no company of the article there:
    # the phrase means the one company (not bank) just named that the catalogue places
    # nowhere ("Siemens … buy Voltrix … Shares of the Fremont, California-based company
    # jumped") or only around the place (a bid's target the catalogue seats in the United
    # States, where the bidder sits in Dublin); of two such, a company we cannot tell, not
    # the antecedent, and one a figure of the clause is not given to (see unresolved_reference);
    # a company named only in the headline is none the passage has just named
    fits = sorted({m.label for _back, s in doc.looking_back(sentence, 2) if s.index > 0
                   for m in s.mentions
                   if m.type == "Company" and m.start < before and m.label != label
                   and (not (homes := _homes(doc, m.label)) or _compatible(doc, seat, homes))})
    if len(fits) > 1:
        unseated: set[int] = sentence.cache.setdefault(_UNSEATED, set())  # type: ignore[assignment]
        unseated.add(before)
    return fits[0] if len(fits) == 1 else None


def _seated_subject(doc: Document, sentence: Sentence, seat: str, label: str | None, before: int
                    ) -> str | None:
    """The subject of the sentence before (:func:`subject_before`) that a seated noun opening
    ``sentence`` means instead of ``label``: only one the catalogue seats in ``seat`` itself."""
    subject = subject_before(doc, sentence, COMPANY, before)
    entry = doc.catalogue.get(subject) if subject is not None and subject != label else None
    return subject if entry is not None and seat in entry.located_in else None


@lru_cache(maxsize=4)
def _rivals_before(lang: str) -> re.Pattern[str] | None:
    """A rival noun and the list it opens, up to a name ("against rivals X and "); None
    where the language has no such words."""
    words = lexicon(lang)["references"].get("rivals_before")
    return re.compile(rf"(?:{words})$") if words else None


def named_as_rivals(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the company named in a list after a rival noun ("against rivals X and Y")?
    It is the foil of the company the passage is about, which a seat reference after
    it ("the Los Gatos, California-based company") goes on speaking of."""
    pattern = _rivals_before(lang)
    return pattern is not None and pattern.search(sentence.text[:sentence.local(mention.start)]) is not None


def _printed_from(doc: Document, sentence: Sentence, place: str, before: int) -> str | None:
    """The one company named before ``before`` in this sentence or the two before it with
    ``place`` printed right after its name as where it is from ("Nordlys Farger aus Oslo"):
    what a reference from that place ("der Hersteller aus Oslo") means, not the article's
    subject seated elsewhere or nowhere we know. None where no company or several are."""
    found = {m.label for _back, s in doc.looking_back(sentence, 2) for m in s.mentions
             if m.type == "Company" and m.start < before
             and origin_after(doc.lang, s.text, s.local(m.end)) == place}
    return next(iter(found)) if len(found) == 1 else None


def _of_country(doc: Document, sentence: Sentence, country: str, label: str | None,
                before: int) -> str | None:
    """"den US-Konzern", "the Chinese automaker": a reference marked with a country means
    the antecedent only where the catalogue places it there (by its seat, its parent's seat
    or, seated nowhere, its exchanges), else the one company (not bank) seated there named
    before it in this sentence or the two before; else no one, as a company of another
    country is not what the text calls so. An antecedent the catalogue places nowhere fits
    only where the text has just named it: the article's company is no fallback for a
    foreign company the text leaves unnamed ("BYD … überholte den US-Elektroautobauer")."""
    window = doc.sentences[max(0, sentence.index - 2):sentence.index + 1]
    homes = _homes(doc, label) if label else ()
    if label is not None and (_compatible(doc, country, homes) if homes else any(
            m.label == label and m.start < before for s in window for m in s.mentions)):
        return label
    fits = sorted({m.label for s in window for m in s.mentions
                   if m.type in COMPANY and m.start < before
                   and (other := doc.catalogue.get(m.label)) is not None and other.located_in
                   and _compatible(doc, country, other.located_in)})
    return fits[0] if len(fits) == 1 else None


def _homes(doc: Document, label: str) -> tuple[str, ...]:
    """Where the catalogue places an organisation: its seat, else its parent's, else the
    places of the exchanges it is listed on (a company seated nowhere in the catalogue and
    listed only in Paris is no US company); none for one the catalogue does not know."""
    entry = doc.catalogue.get(label)
    if entry is None:
        return ()
    if entry.located_in:
        return entry.located_in
    parents = tuple(p for parent in entry.parents if (e := doc.catalogue.get(parent)) is not None
                    for p in e.located_in)
    return parents or tuple(p for venue in entry.listed_on
                            if (e := doc.catalogue.get(venue)) is not None for p in e.located_in)


def _compatible(doc: Document, seat: str, seats: tuple[str, ...]) -> bool:
    """Can a company the catalogue seats in ``seats`` be the one seated in
    ``seat``: one holds the other (Santa Clara and California, Idaho and the
    United States)?"""
    return any(seat in _around(doc, place) or place in _around(doc, seat) for place in seats)


def _around(doc: Document, place: str) -> set[str]:
    """The place and the places the catalogue puts it in, two levels up."""
    found = {place}
    for _ in range(2):
        for name in list(found):
            entry = doc.catalogue.get(name)
            if entry is not None:
                found |= set(entry.located_in)
    return found


# How many sentences back a person reference looks for the person it means.
_PERSON_WINDOW = 3


def _person_references(doc: Document, sentence: Sentence, pats: _PersonPatterns) -> list[Mention]:
    """"Er erwartet …", "she said", "Der Analyst sieht …": the person last
    named who fits the reference's gender; nothing when two people fit."""
    found = []
    for match in pats.reference.finditer(sentence.text):
        word = match.group("pronoun") or match.group("head")
        after = sentence.text[match.end():]
        if match.group("head") and pats.new_person.match(after):
            continue  # "der Analyst Tom Muster", "der Chef von Adidas": a person named here
        if word.lower() in pats.ambiguous and not (
                pats.singular_verb is not None and pats.singular_verb.match(after)):
            continue  # "sie sagten": they, not she
        start = sentence.start + match.start()
        person = _person_antecedent(doc, sentence, pats, start, pats.genders.get(word.lower(), ""))
        if person is not None:
            found.append(Mention(start, sentence.start + match.end(), person, "Person", word,
                                 "reference/person"))
    return found


def _person_antecedent(doc: Document, sentence: Sentence, pats: _PersonPatterns, before: int,
                       gender: str) -> str | None:
    """The one person named in this or the few sentences before whose gender
    (from a title beside the name) does not contradict ``gender``."""
    first = max(0, sentence.index - _PERSON_WINDOW)
    people: dict[str, str] = {}
    for earlier in doc.sentences[first:sentence.index + 1]:
        for mention in earlier.mentions:
            if mention.type == "Person" and mention.end <= before \
                    and mention.rule != "reference/person":
                known = _gender_of(doc, mention, pats)
                if people.get(mention.label, "") == "":
                    people[mention.label] = known
    fitting = [label for label, known in people.items()
               if not gender or not known or known == gender]
    return fitting[0] if len(fitting) == 1 else None


def _gender_of(doc: Document, person: Mention, pats: _PersonPatterns) -> str:
    """"Analystin Jane Doe": the gender a title right before the name shows, "" if none."""
    sentence = doc.sentence_at(person.start)
    if sentence is None:
        return ""
    before = sentence.text[:sentence.local(person.start)]
    if pats.female is not None and pats.female.search(before):
        return "f"
    if pats.male is not None and pats.male.search(before):
        return "m"
    return ""


def _followed_by_name(sentence: Sentence, end: int) -> bool:
    """Does a name stand right after the reference ("der Konzern Alibaba", "the company,
    Alibaba,"), so that the phrase names the company itself? A possessive name owns the
    noun after it ("the company, Japan's biggest chipmaker,"): the reference stays one."""
    return any(0 <= m.start - end <= 2 and not m.surface.endswith(_APOSTROPHE_ENDS)
               for m in sentence.mentions)


_APOSTROPHE_ENDS = ("'s", "’s", "'", "’")


def _seat_word_before(sentence: Sentence, opening: int, start: int) -> bool:
    """Does a place's word stand in the phrase before its noun ("der Hamburger Reederei")?"""
    return any(m.type == "Place" and sentence.start + opening <= m.start and m.end <= start
               for m in sentence.mentions)


def unknown_name_after(lang: str, sentence: Sentence, end: int) -> bool:
    """Does a capitalised word that no mention covers, and that is no word the language never
    names with, stand right after the noun ("der Hamburger Reederei Nordkai Shipping")? With the
    seat's word before the noun, the phrase introduces a company by a name the extractor does
    not know, the way "der Hamburger Versicherer Hanseatica" introduces a known one; it refers
    to no company named before, not even to one the catalogue seats in that city."""
    word = _unknown_word_after(sentence, end)
    return word is not None and word.group(1) not in not_names(lang) \
        and word.group(1).lower() not in stop_words(lang)


def _introduces_unknown(lang: str, sentence: Sentence, end: int) -> bool:
    """Does a capitalised word no mention covers stand right after the noun, and the
    company's origin right after that word ("des Großküchenausrüsters Rational aus Landsberg
    am Lech")? The noun then introduces a company by a name the extractor does not know, as
    "der Anlagenbauer Dürr aus Bietigheim" does a known one; it refers to no company before
    ("der Anlagenbauer aus Bietigheim" would)."""
    word = _unknown_word_after(sentence, end)
    return word is not None and origin_after(lang, sentence.text, word.end()) is not None


_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w&\-]*)")


def _unknown_word_after(sentence: Sentence, end: int) -> re.Match[str] | None:
    """The capitalised word right after ``end`` (group 1) where no mention covers it: a name
    the extractor does not know, if the caller's context makes it one; None otherwise."""
    word = _NEXT_WORD.match(sentence.text, sentence.local(end))
    if word is None or not word.group(1)[0].isupper():
        return None
    at = sentence.start + word.start(1)
    return None if any(m.start <= at < m.end for m in sentence.mentions) else word


def unknown_group_name(doc: Document, sentence: Sentence, ref: str, start: int) -> bool:
    """Is the reference a group's name, a capitalised word no mention covers joined to a
    group noun ("die KHS-Gruppe", "der Dortmunder Otto-Gruppe")? That word names the group,
    one the extractor does not know, so the phrase refers to no company named before; a
    country's word there marks a reference ("die US-Gruppe"), a known name is its mention."""
    heads = lexicon(doc.lang)["references"].get("named_group_heads")
    named = re.fullmatch(rf"([A-ZÄÖÜ][\w&]*)-(?:{alternation(heads)})", ref) if heads else None
    if named is None or reference_country(doc.lang, ref) is not None:
        return False
    return not any(m.start <= start < m.end for m in sentence.mentions)


def _unit_references(doc: Document, sentence: Sentence, pats: _Patterns) -> list[Mention]:
    found = []
    for match in pats.unit.finditer(sentence.text):
        start = sentence.start + match.start("ref")
        end = sentence.start + match.end("ref")
        if _followed_by_name(sentence, end):
            continue  # "die Netztochter Westenergie": the unit is named right here
        if _names_market(doc.lang, sentence.text, match.start("ref")):
            continue  # "NetEase, der kleinere Rivale im Spielegeschäft": a market, no unit
        owner = doc.recent(sentence, COMPANY, before=start, window=3)
        if owner is not None and owner.start < sentence.start and any(
                m.type in ISSUER_TYPES and m.label != owner.label and m.start >= end
                for m in sentence.mentions):
            # "… auch Tencent baut aus. Im Cloud-Geschäft konkurriert Alibaba mit …": a
            # company of an earlier sentence and another named after the word in this
            # one (an investor too: "The waters business will go to investment firm X");
            # neither clearly owns the business, so the word names no unit
            continue
        parent = owner.label if owner else doc.topic
        if parent is None:
            continue
        unit, parent = _unit_named(doc, match, parent, owner)
        named = _unit_named_before(doc, sentence, pats, match.group("kw"), start) \
            if unit is not None else None
        if named is not None:
            # "The game unit, Sony Interactive Entertainment, … the game business could …": the
            # text named its game unit; the phrase speaks of that one, not of the catalogued
            # segment whose name shares the word (a phrase the catalogue gives no unit is left
            # as it was: a title's employer there stays the group)
            found.append(Mention(start, end, named.label, named.type, match.group("ref"),
                                 "reference/unit", owner=doc.catalogue.parent_of(named.label)))
            continue
        if unit is not None:
            entry = doc.catalogue.get(unit)
            kind = entry.type if entry else "BusinessUnit"
            owner_label = doc.catalogue.parent_of(unit)
            if parent not in doc.catalogue.parents_of(unit):
                # a unit of the company's subsidiary, which the text does not name: the
                # company the reference speaks of owns it
                owner_label = parent
            found.append(Mention(start, end, unit, kind, match.group("ref"), "reference/unit",
                                 owner=owner_label))
    return found


def _unit_named_before(doc: Document, sentence: Sentence, pats: _Patterns, keyword: str,
                       before: int) -> Mention | None:
    """The organisation an earlier unit phrase with the same keyword introduced by its name
    ("The game unit, Sony Interactive Entertainment,"), which a later bare phrase of that
    keyword ("the game business") refers back to: the text has told which unit it means. Only
    a unit or a company the catalogue gives a parent: a company named right after the phrase
    may be the next clause's subject ("Besides the game business, Sony sells …"). None where
    no such phrase stands before ``before``, or where two name different units: the walk
    stops at the second unit, as nothing after it can make the answer one again."""
    key = keyword.lower().rstrip("s")
    named: set[Mention] = set()
    labels: set[str] = set()
    for earlier in doc.sentences[:sentence.index + 1]:
        for end, kw in _unit_phrases(earlier, pats):
            if end > before or kw != key:
                continue
            found = {m for m in earlier.mentions if 0 <= m.start - end <= 2
                     and m.type in ORGANIZATION_TYPES and not m.surface.endswith(_APOSTROPHE_ENDS)
                     and (m.type == "BusinessUnit" or doc.catalogue.parent_of(m.label) is not None)}
            named |= found
            labels |= {m.label for m in found}
            if len(labels) > 1:
                return None
    return next(iter(named)) if labels else None


def _unit_phrases(sentence: Sentence, pats: _Patterns) -> tuple[tuple[int, str], ...]:
    """Each unit phrase of the sentence, as the article offset where it ends and its keyword
    without case or plural "s". Every later unit phrase of the article looks back over these
    (:func:`_unit_named_before`), so they are found once per sentence rather than once per
    phrase after it; the text never changes, the mentions after them are read anew."""
    cached = sentence.cache.get("references:unit-phrases")
    if cached is None:
        cached = sentence.cache["references:unit-phrases"] = tuple(
            (sentence.start + match.end("ref"), match.group("kw").lower().rstrip("s"))
            for match in pats.unit.finditer(sentence.text))
    return cached  # type: ignore[return-value]


def _unit_named(doc: Document, match: re.Match[str], parent: str, owner: Mention | None
                ) -> tuple[str | None, str]:
    """The catalogued unit a unit phrase names, and the parent it was found under: by the
    phrase's keyword, under the company named before and failing that the article's; and
    where the keyword is a plain adjective that names no unit ("The smart EV business"), by
    the acronym after it, which names a trade as the unit's name does. A word in lower case
    there is as often a noun of the phrase ("the bottled waters business", "consumer and
    business") that names a segment the catalogue lists under no such word."""
    words = match.group("ref").split()
    keys = [match.group("kw")] + [w for w in words[1:-1] if len(w) >= 2 and w.isupper()]
    for key in keys:
        keywords = _keywords(key, doc.lang)
        unit = unit_of(doc.catalogue, parent, keywords)
        if unit is None and owner is not None and doc.topic and doc.topic != parent:
            unit = _whole_word_unit(doc.catalogue, doc.topic, keywords)
            if unit is not None:
                return unit, doc.topic
        if unit is not None:
            return unit, parent
    return None, parent


def _names_market(lang: str, text: str, start: int) -> bool:
    """Does a company's place in a market stand right before the unit phrase at ``start``
    ("der kleinere Rivale im Spielegeschäft", "the leader in the cloud business")? The
    phrase then names the market the company competes in, never a unit of it: the
    catalogue's unit of that name would be the company's division, which the text does
    not speak of."""
    position = lexicon_pattern(lang, "references", "market_position")
    return position is not None and position.search(text[max(0, start - 80):start]) is not None


@lru_cache(maxsize=4)
def _subsidiary_heads(lang: str) -> re.Pattern[str] | None:
    """A determiner and a subsidiary head alone ("die Tochter", "the subsidiary")."""
    words = lexicon(lang)["references"]
    heads = words.get("subsidiary_heads")
    if not heads:
        return None
    flags = 0 if info(lang).case_sensitive else re.IGNORECASE
    return re.compile(rf"\b(?i:{alternation(words['determiners'])})\s+(?P<ref>{alternation(heads)})\b", flags)


@lru_cache(maxsize=4)
def _parent_compound(lang: str) -> re.Pattern[str] | None:
    """A hyphen and a subsidiary head right after a name, closing the compound ("-Tochter")."""
    heads = lexicon(lang)["references"].get("subsidiary_heads")
    return re.compile(rf"-(?:{alternation(heads)})(?![\w-])") if heads else None


def _parent_compounds(doc: Document, sentence: Sentence) -> list[Mention]:
    """"Die Aktien der Jenaer Zeiss-Tochter fielen": a company's name opening a compound with a
    subsidiary head, no name after it, in an article about a subsidiary the catalogue gives that
    company, is the article's company, not the parent the compound names first; the parent's
    mention gives way. Elsewhere the compound is left as it is."""
    pattern = _parent_compound(doc.lang)
    if pattern is None:
        return []
    # the compounds first: the salient company is a ranking over the whole article, asked
    # for in every sentence before the mentions settle, and few sentences hold a compound
    compounds = [(mention, match) for mention in sentence.mentions if mention.rule == "gazetteer"
                 and (match := pattern.match(sentence.text, sentence.local(mention.end))) is not None]
    main = salient(doc, ISSUER_TYPES) if compounds else None
    entry = doc.catalogue.get(main) if main is not None else None
    if entry is None:
        return []
    found = []
    for mention, match in compounds:
        if mention.label not in entry.parents \
                or _followed_by_name(sentence, sentence.start + match.end()):
            continue  # "die Siemens-Tochter Healthineers": the subsidiary is named right here
        sentence.mentions.remove(mention)
        found.append(Mention(mention.start, sentence.start + match.end(), entry.label, entry.type,
                             sentence.text[sentence.local(mention.start):match.end()],
                             "reference/subsidiary", owner=mention.label))
    return found


def _subsidiary_references(doc: Document, sentence: Sentence) -> list[Mention]:
    """"Die Tochter steigerte den Umsatz", "the subsidiary grew": the subsidiary of the
    company the article is about that the article has named, one the catalogue gives that
    company. Never the parent, which the company nouns mean; where the article names none
    of its subsidiaries, or several, the head names no one."""
    pattern = _subsidiary_heads(doc.lang)
    if pattern is None:
        return []
    found = _parent_compounds(doc, sentence)
    for match in pattern.finditer(sentence.text):
        start = sentence.start + match.start("ref")
        end = sentence.start + match.end("ref")
        if _followed_by_name(sentence, end):
            continue  # "die Tochter Fresenius Kabi": the subsidiary is named right here
        main = salient(doc, ISSUER_TYPES)
        if main is None:
            continue
        named = {m.label: m for here in doc.sentences[:sentence.index + 1] for m in here.mentions
                 if m.end <= start and main in doc.catalogue.parents_of(m.label)}
        if len(named) == 1:
            [(label, mention)] = named.items()
            found.append(Mention(start, end, label, mention.type, match.group("ref"), "reference/subsidiary"))
    return found


def _keywords(word: str, lang: str) -> tuple[str, ...]:
    """The word of a unit reference, and how unit names say it ("Spiele" → "Games"); a
    hyphenated word also with spaces, as names print it ("Data-Center" → "Data Center")."""
    table = lexicon(lang)["references"].get("unit_keywords", {})
    translated = table.get(word) or table.get(word.lower())
    spaced = word.replace("-", " ")
    return tuple(dict.fromkeys(k for k in (word, spaced, translated) if k))


@per_catalogue
def _children(catalogue: Catalogue) -> dict[str, list[CatalogueEntry]]:
    """The entries each entity is a parent of, in the catalogue's order: a
    reference looks among them, not through the whole catalogue."""
    children: dict[str, list[CatalogueEntry]] = {}
    for entry in catalogue.entries.values():
        for parent in dict.fromkeys(entry.parents):
            children.setdefault(parent, []).append(entry)
    return children


def unit_of(catalogue: Catalogue, parent: str, keywords: tuple[str, ...]) -> str | None:
    """The catalogued unit of ``parent`` with a word of its name that begins with one of
    ``keywords`` ("Cloud" of "Alibaba Cloud", not the "us" inside "Buses");
    failing that, the one such unit of its subsidiaries ("die Cloud-Sparte" of
    a holding whose cloud unit belongs to its main subsidiary), where only one
    fits."""
    keys = [compile_unremembered(rf"\b{re.escape(k.lower())}") for k in keywords if len(k) >= 2]
    children = _children(catalogue)
    found = [entry for entry in children.get(parent, ()) if _called_by(catalogue, entry, keys)]
    if not found:
        deeper = {entry.label: entry for child in children.get(parent, ())
                  for entry in children.get(child.label, ()) if _called_by(catalogue, entry, keys)}
        return next(iter(deeper)) if len(deeper) == 1 else None
    # a unit over a separate company; one named after the parent over others; of two that
    # rank alike the word names neither ("the network unit" of "Mobile Networks" and "Network
    # Infrastructure")
    stem = parent.split()[0].lower()

    def rank(entry: CatalogueEntry) -> tuple[bool, bool]:
        return entry.type != "BusinessUnit", stem not in entry.label.lower()

    found.sort(key=lambda e: (*rank(e), e.label))
    if len(found) > 1 and rank(found[0]) == rank(found[1]):
        return None
    return found[0].label


def _whole_word_unit(catalogue: Catalogue, parent: str, keywords: tuple[str, ...]) -> str | None:
    """:func:`unit_of` for a company other than the one the text names before the business
    word (the article's topic), only where a keyword is a whole word of the unit's name
    ("Cloud" of "Alibaba Cloud"): "das Autogeschäft" said of a company without such a unit
    names no "DS Automobiles" of the topic; a word's mere opening is a guess, and so is a
    company other than the named one, and two guesses name no unit."""
    unit = unit_of(catalogue, parent, keywords)
    entry = catalogue.get(unit) if unit is not None else None
    if entry is None:
        return unit
    words = [compile_unremembered(rf"\b{re.escape(k.lower())}(?:s|es)?\b") for k in keywords if len(k) >= 2]
    return unit if any(w.search(name.lower()) for name in entry.names for w in words) else None


def _called_by(catalogue: Catalogue, entry: CatalogueEntry, keys: list[re.Pattern[str]]) -> bool:
    """Does a business word name ``entry``: does one of its names hold the word, and, for a
    company of its own, open with the word or with its parent's name ("Alibaba Cloud")? A
    company with a name of its own before the word ("Cypress Semiconductor") is no
    "semiconductor business" of its parent, as the compound is a common noun."""
    parents = [n.lower().split()[0] for p in entry.parents if (e := catalogue.get(p)) for n in e.names]
    for name in entry.names:
        lowered = name.lower()
        hit = next((m for k in keys if (m := k.search(lowered))), None)
        if hit is None:
            continue
        opening = lowered[:hit.start()].split()
        if entry.type == "BusinessUnit" or not opening or opening[0] in parents:
            return True
    return False


def _developer_references(doc: Document, sentence: Sentence, pats: _Patterns) -> None:
    """"der ChatGPT-Entwickler", "des Google-Mutterkonzerns": turn the
    product or company mention into a mention of its developer or parent,
    covering the whole phrase."""
    for i, mention in enumerate(sentence.mentions):
        if mention.type not in PRODUCT_TYPES | {"Company", "BusinessUnit"}:
            continue
        match = pats.developer.match(sentence.text[sentence.local(mention.end):])
        if match is None:
            continue
        suffix = match.group("suffix")
        developer = doc.catalogue.developer_of(mention.label)
        parent = _parent_heads(doc.lang).fullmatch(suffix) is not None \
            or mention.type not in PRODUCT_TYPES and _owner_suffixes(doc.lang).fullmatch(suffix) is not None
        end = mention.end + match.end()
        rule = "reference/developer"
        if parent:
            developer = doc.catalogue.parent_of(mention.label)
            named = next((m for m in sentence.mentions[i + 1:] if 0 <= m.start - end <= 1), None)
            if developer is None and named is not None and named.type in ORGANIZATION_TYPES \
                    and named.label != mention.label and mention.type == "Company":
                # "British Airways owner IAG": the text names the owner the catalogue lacks
                developer, rule = named.label, "reference/owner-named"
        if developer is None:
            continue
        if not parent and mention.type in PRODUCT_TYPES and any(
                m.label == developer and 0 <= m.start - end <= 2 for m in sentence.mentions):
            # "der ChatGPT-Entwickler OpenAI": the developer is named, the product stays;
            # a unit before its named parent ("der Temu-Mutterkonzern PDD") is no mention
            continue
        entry = doc.catalogue.get(developer)
        sentence.mentions[i] = Mention(
            mention.start, end, developer, entry.type if entry else "Company",
            sentence.text[sentence.local(mention.start):sentence.local(end)],
            rule, owner=mention.label,
        )


def _parents_before(doc: Document, sentence: Sentence) -> None:
    """"Der Mutterkonzern der Handelsplattform Temu steigerte den Umsatz", "The parent company
    of TikTok, ByteDance, grew revenue": a parent noun right before a company, unit or product
    names its owner, so what the clause tells is the owner's, never the one named. The phrase
    becomes a mention of the owner the apposition after it names, else of the catalogue's
    parent or developer; where neither is known the named one's mention goes and the phrase
    names a company the text leaves unnamed, whose clause's figures are no one's."""
    patterns = _parent_before(doc.lang)
    if patterns is None or not patterns[0].search(sentence.text):
        return
    pattern = patterns[1]
    for mention in list(sentence.mentions):
        if mention.type not in PRODUCT_TYPES | {"Company", "BusinessUnit"} \
                or _COMPOUND_PART.match(sentence.text, sentence.local(mention.end)):
            continue  # "die Mutter der Porsche-Familie": the name is part of another word
        found = pattern.search(sentence.text, 0, sentence.local(mention.start))
        if found is None:
            continue
        start = sentence.start + found.start()
        owner = _apposed_owner(doc, sentence, mention) \
            or doc.catalogue.parent_of(mention.label) or doc.catalogue.developer_of(mention.label)
        if owner is None:
            sentence.mentions.remove(mention)
            unnamed: set[int] = sentence.cache.setdefault(_UNNAMED_KIN, set())  # type: ignore[assignment]
            unnamed.add(start)
            continue
        entry = doc.catalogue.get(owner)
        sentence.mentions[sentence.mentions.index(mention)] = Mention(
            start, mention.end, owner, entry.type if entry else "Company",
            sentence.text[found.start():sentence.local(mention.end)],
            "reference/parent-before", owner=mention.label)


def _unnamed_units(doc: Document, sentence: Sentence) -> None:
    """"A unit of Alphabet grew revenue", "Siemens' unit grew revenue": the clause speaks of a
    unit it leaves unnamed, so its figures are no one's, never the owner's named. Not a unit
    phrase in apposition ("Waymo, a unit of Alphabet, grew"), which the name before it opens,
    nor one a unit's mention covers, nor a unit named after the noun ("Siemens' unit
    Healthineers")."""
    before, after = _unit_owner(doc.lang)
    text = sentence.text
    for mention in sentence.mentions:
        if mention.type not in ("Company", "BusinessUnit"):
            continue
        start, end = sentence.local(mention.start), sentence.local(mention.end)
        found = before.search(text, max(0, start - 40), start) if before is not None else None
        if found is not None and not _APPOSED.search(text, 0, found.start()) \
                and not any(found.start() <= sentence.local(m.end) <= start for m in sentence.mentions):
            at = found.start()
        elif after is not None and mention.type == "Company" and 0 < end <= len(text) \
                and after.match(text, end if text[end - 1].isalnum() else end - 1):
            at = start  # the possessive's mark may end the name's mention ("Siemens'")
        else:
            continue
        unnamed: set[int] = sentence.cache.setdefault(_UNNAMED_KIN, set())  # type: ignore[assignment]
        unnamed.add(sentence.start + at)
        owners: set[int] = sentence.cache.setdefault(_UNIT_OWNERS, set())  # type: ignore[assignment]
        owners.add(mention.start)


def owns_unnamed_unit(sentence: Sentence, mention: Mention) -> bool:
    """Is the mention named only as the owner of a unit the sentence leaves unnamed ("A unit
    of Alphabet grew revenue")? A figure of the unit's clause is not the owner's."""
    owners: set[int] = sentence.cache.get(_UNIT_OWNERS, set())  # type: ignore[assignment]
    return mention.start in owners


_APPOSED = re.compile(r",\s*(?:\S+\s+){0,3}$")  # "Waymo, a unit of": the unit noun in apposition


@lru_cache(maxsize=4)
def _unit_owner(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words right before a name that make it a unit's owner ("unit of "), and the
    possessive and unit noun right after one with no unit named ("'s unit"); None where the
    language lists none."""
    words = lexicon(lang)["references"]
    before, after = words.get("unit_owner_before"), words.get("unit_owner_possessive")
    return (re.compile(before) if before else None), (re.compile(after) if after else None)


_COMPOUND_PART = re.compile(r"-\w")  # "Porsche-Familie": a name as a compound's first part


def _apposed_owner(doc: Document, sentence: Sentence, mention: Mention) -> str | None:
    """The organisation named in apposition right after ``mention`` ("the parent company of
    TikTok, ByteDance,"): the text names the owner itself; None where no other follows so."""
    comma = _APPOSITION_COMMA.match(sentence.text, sentence.local(mention.end))
    if comma is None:
        return None
    at = sentence.local(mention.end) + comma.end() - comma.start()
    return next((m.label for m in sentence.mentions if sentence.local(m.start) == at
                 and m.type in ORGANIZATION_TYPES and m.label != mention.label), None)


_APPOSITION_COMMA = re.compile(r"\s*,\s*")


@lru_cache(maxsize=4)
def _parent_before(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The parent noun and preposition anywhere (whether a sentence holds one), and right
    before a name; None for a language with none."""
    words = lexicon(lang)["references"].get("parent_before")
    return (re.compile(words), re.compile(rf"(?:{words})$")) if words else None


def _developers_before(doc: Document, sentence: Sentence) -> list[Mention]:
    """"The AI startup behind Claude": the noun phrase right before a product
    the catalogue knows the developer of names that developer; the product's
    mention stays."""
    pattern = _developer_before(doc.lang)
    if pattern is None:
        return []
    found = []
    for mention in sentence.mentions:
        if mention.type not in PRODUCT_TYPES:
            continue
        match = pattern.search(sentence.text, 0, sentence.local(mention.start))
        developer = doc.catalogue.developer_of(mention.label) if match is not None else None
        if match is None or developer is None:
            continue
        entry = doc.catalogue.get(developer)
        phrase = match.group("head").rsplit(None, 1)[0]  # without "behind"
        # the noun alone, so that a place before it stays a mention of its own
        # ("The Vevey-based maker": Vevey, which seats the maker)
        noun = phrase.rsplit(None, 1)[-1]
        start = sentence.start + match.start() + len(phrase) - len(noun)
        found.append(Mention(start, start + len(noun), developer,
                             entry.type if entry else "Company", noun,
                             "reference/developer-before", owner=mention.label))
    return found


@lru_cache(maxsize=4)
def _developer_before(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["references"].get("developer_before")
    if not words:
        return None
    # the phrase right before the product's name
    return re.compile(rf"(?<![\w-])(?P<head>{words})\s+$")


# ------------------------------------------------------------------ short names

# A single capitalised word that can be a company's short name ("Verimax", "Merck").
_SHORT_HEAD = re.compile(r"[A-ZÄÖÜ][\w\-]{2,}")
# Where only names are capitalised a name of two letters before a legal form is a short name
# too ("Nu" of "Nu Holdings", "LG" of "LG Corp."): the sentence words of two letters are not_names
_SHORT_HEAD_NAMES = re.compile(r"[A-Z][\w\-]{1,}")
# A first word in capitals of three letters or more: an acronym, in any language a name.
_ACRONYM_HEAD = re.compile(r"[A-ZÄÖÜ]{3,}")


def _legal_endings(lang: str) -> frozenset[str]:
    """The legal forms and name endings of ``lang`` ("Systems", "& Co.") a
    full name may add to its short name."""
    table = lexicon(lang)["discovery"]
    return frozenset(table["legal_suffixes"] + table["drop_suffixes"])


def _head_of(label: str, endings: frozenset[str], shape: re.Pattern[str] = _SHORT_HEAD) -> str | None:
    """"Verimax" of "Verimax Systems", "Merck" of "Merck & Co.": the one word
    before the longest legal form or name ending that closes the label
    after " & " or a space, or None.

    The label's spaces are walked from the left, so the first rest that is
    an ending is the longest one; a set look-up per space, not an
    ``endswith`` per ending and joint for every mention of every article."""
    space = label.find(" ")
    while space >= 0:
        if label[space + 1:] in endings:
            head = label[:space - 2] if space >= 2 and label[space - 2:space] == " &" \
                else label[:space]
            return head if shape.fullmatch(head) else None
        space = label.find(" ", space + 1)
    return None


@per_catalogue
def catalogue_heads(catalogue: Catalogue) -> dict[str, frozenset[str]]:
    """For every first word of a catalogued name, the labels of the entries
    whose name opens with it as a word of a longer name ("Deutsche" of
    "Deutsche Bank", "Deutsche Post" …), so a short name can be checked
    against the other things it could name; the same in every language, so
    made once per catalogue."""
    heads: dict[str, set[str]] = {}
    for entry in catalogue.entries.values():
        for name in entry.names:
            first, _, rest = name.partition(" ")
            if rest:
                heads.setdefault(first, set()).add(entry.label)
    return {head: frozenset(labels) for head, labels in heads.items()}


def _in_lower_case(doc: Document, word: str) -> bool:
    """Does the article print ``word`` in lower case anywhere ("first" of
    "First Solar Inc."): then it is a common word, and alone no short name."""
    return word.lower() in _printed_words(doc)


_WORD = re.compile(r"[\w-]+")  # a word as the article prints it: letters, digits, hyphens


def _printed_words(doc: Document) -> frozenset[str]:
    """Every word the article prints, as printed; read once per article, as
    every candidate short name of every name asks."""
    if not doc.sentences:
        return frozenset()
    cache = doc.sentences[0].cache
    if "references/words" not in cache:
        cache["references/words"] = frozenset(word for sentence in doc.sentences
                                              for word in _WORD.findall(sentence.text))
    return cache["references/words"]  # type: ignore[return-value]


def short_names(doc: Document) -> list[Mention]:
    """A company or institution the article names in full ("Verimax Systems",
    "Merck & Co.", "Ledgerline Inc.") named again by the word before its legal
    form or name ending ("Verimax expects …", "Merck's stock", "Ledgerline
    co-founder"), as news do after the first mention; also by the first word
    of a discovered name that the article prints in a share or job compound
    ("Muster" after "Muster Antriebstechnik AG" and "die Muster-Aktie"), or the
    first of the two words of a name found with its legal form when the article
    never prints that word in lower case ("Daeil" of "Daeil Electric Co."; not
    "First" of "First Solar Inc." beside "the first quarter"), likewise the first
    of the two words of a catalogued name the article prints in full ("Astera" of
    "Astera Labs", "Novo" of "Novo Nordisk") where only names are capitalised (in
    German "Dollar" of "Dollar Tree" is the currency whatever its case). Only where the
    short name can mean nothing else: it is no name or alias of the catalogue
    itself, no word that is never a name, names one organisation of the
    article (a discovered name opening with a catalogued company's short name
    is named after that company, which keeps it), and every other catalogued
    name it opens adds no more than a legal form or names a unit of the
    company ("Merck KGaA" and the unit "Merck Research Laboratories" beside
    "Merck & Co.", which the article's full name decides; "Deutsche" of
    "Deutsche Bank" also opens "Deutsche Post" and names neither)."""
    endings = _legal_endings(doc.lang)
    excluded = _never_short(doc.lang)
    shape = _SHORT_HEAD if info(doc.lang).case_sensitive else _SHORT_HEAD_NAMES
    candidates: dict[str, set[str]] = {}
    followed: set[str] = set()  # short names that no capitalised word may follow
    for mention in doc.mentions:
        if mention.type not in ISSUER_TYPES or mention.rule.startswith("reference/"):
            continue
        # the label, or the name as printed where the label dropped its legal form
        # ("Ledgerline" of "Ledgerline Inc.")
        head = _head_of(mention.label, endings, shape) or _head_of(mention.surface, endings, shape)
        if head is None and mention.rule == "discovery/short-compound" \
                and doc.catalogue.get(mention.label) is None:
            head = mention.surface  # "Muster" of "Muster-Aktie" for "Muster Antriebstechnik AG"
        if head is None and (mention.rule == "discovery/legal-form"
                             and mention.surface.startswith((mention.label + " ", mention.label + ","))
                             or mention.rule == DESCRIBED_COMPANY) \
                and len(parts := mention.label.split(" ")) == 2 \
                and _SHORT_HEAD.fullmatch(parts[0]) and not _in_lower_case(doc, parts[0]):
            # "Daeil" of "Daeil Electric Co." or "Acme Optics, Inc.", "Acme" of "Acme AI, a Paris startup": a word
            # the text never writes small; only where no capitalised word follows it ("Acme
            # Aerospace Coatings" is a unit or another firm of the name)
            head = parts[0]
            followed.add(head)
        if head is None and mention.rule == "discovery/legal-form" \
                and (mention.surface == mention.label
                     or mention.surface.startswith((mention.label + " ", mention.label + ","))) \
                and len(parts := mention.label.split(" ")) == 3 and parts[2] in endings \
                and _SHORT_HEAD.fullmatch(parts[0]) and _distinctive(doc, parts[0]):
            # "Altaris" of "Altaris Design Systems Inc." or of "Altaris Design Systems" printed
            # whole: the first word of a three-word name that ends in a name ending; only where
            # no capitalised word follows it ("Altaris Health" may be another firm)
            head = parts[0]
            followed.add(head)
        if head is None and mention.rule in (DESCRIBED_COMPANY, SEATED_COMPANY) \
                and len(parts := mention.label.split(" ")) == 3 \
                and _SHORT_HEAD.fullmatch(parts[0]) and _distinctive(doc, parts[0]):
            # "Jadepeak" of "Jadepeak Advanced Packaging, a chip packaging firm" (or "…, a
            # Taipei-based chip packaging firm"): the first word of a three-word name the
            # apposition shows to be a firm, news' name for it after the
            # first mention; only where no capitalised word follows it
            head = parts[0]
            followed.add(head)
        if head is None and mention.rule in _NAMED_WHOLE and mention.surface == mention.label \
                and len(parts := mention.label.split(" ")) == 2 \
                and _SHORT_HEAD.fullmatch(parts[0]) and _distinctive(doc, parts[0]):
            # "Oakhurst" of "Oakhurst Brands (NASDAQ: OAKB)", "Vestra" of "der Chemiekonzern
            # Vestra Chemie": a name found by its ticker or its descriptor, printed whole
            head = parts[0]
        if head is None and mention.rule == "discovery/legal-form" \
                and len(parts := mention.label.split(" ")) == 3 \
                and (city := doc.catalogue.get(parts[0])) is not None and city.type == "Place" \
                and _SHORT_HEAD.fullmatch(parts[1]) and not _in_lower_case(doc, parts[1]):
            # "Aixin" of "Suzhou Aixin Microelectronics Co.": the word after the city that
            # opens a Chinese firm's name, likewise never written small
            head = parts[1]
        if head is None and mention.rule == "gazetteer" \
                and len(parts := mention.label.split(" ")) == 2 \
                and mention.surface.startswith(parts[0] + " ") \
                and (not info(doc.lang).case_sensitive or _ACRONYM_HEAD.fullmatch(parts[0])) \
                and _SHORT_HEAD.fullmatch(parts[0]) and not _in_lower_case(doc, parts[0]):
            # "Astera" of "Astera Labs", "Novo" of "Novo Nordisk", printed in full before: where
            # only names are capitalised, a word the text never writes small; where nouns are
            # capitalised too ("Dollar" of "Dollar Tree"), case tells nothing but for a word in
            # capitals, which no noun is ("LEG" of "LEG Immobilien")
            head = parts[0]
        if head is not None and head not in excluded:
            candidates.setdefault(head, set()).add(mention.label)
    if not candidates:
        return []
    owners, guarded = _short_name_owners(doc, candidates, endings)
    if not owners:
        return []
    pattern = compile_unremembered(r"(?<![\w\-&.])(?P<head>" + alternation(list(owners))
                                   + r")(?:'s|’s|s|')?(?![\w\-])")
    attributive = _attributive(doc.lang)
    found = []
    for sentence in doc.sentences:
        if not any(head in sentence.text for head in owners):
            continue
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(m.start < end and start < m.end for m in sentence.mentions):
                continue
            if attributive is not None and attributive[0].search(sentence.text, 0, match.start()) \
                    and attributive[1].match(sentence.text, match.end()):
                continue  # "the Ledgerline deal": the name describes the noun after it
            if match.group("head") in guarded | followed and _NAME_AFTER.match(sentence.text, match.end()) \
                    and not _title_after(doc.lang).match(sentence.text, match.end()):
                continue  # "Merck Serono": maybe another name opening with the word; not "Merck CEO X"
            label = owners[match.group("head")]
            found.append(Mention(start, end, label, doc.type_of(label) or "Company",
                                 match.group(0), "discovery/short-name"))
    return found


# The discoveries that print a two-word name whole before its ticker, after its descriptor or
# before its seat and trade, whose first word alone news use again ("Oakhurst", "Vestra").
_NAMED_WHOLE = frozenset({"discovery/ticker", "discovery/apposition", "discovery/headed",
                          SEATED_COMPANY})


def _distinctive(doc: Document, word: str) -> bool:
    """Can ``word``, the first of a discovered name's two words, name the
    company alone: not a word the language uses for anything else (printed
    in lower case by the article, one of the language's stop words) nor a
    given name of the catalogue's people ("Jane" of "Jane Capital"). Places,
    catalogued names and words opening other catalogued names are the
    owners' check."""
    return not _in_lower_case(doc, word) and word.lower() not in stop_words(doc.lang) \
        and word not in given_names(doc.catalogue)


def _short_name_owners(doc: Document, candidates: dict[str, set[str]], endings: frozenset[str]
                       ) -> tuple[dict[str, str], frozenset[str]]:
    """Each short name that names one organisation of the article, with that
    organisation; and the short names that also open a catalogued name of
    another entity the article does not name ("Merck Finck" beside "Merck &
    Co."), which count only where no capitalised word follows them.

    The article's own full mention of a company wins over such a name, a
    catalogued company's or one the catalogue does not know ("Meridian" of
    "Meridian Tanker Holdings" beside the catalogued "Meridian Energy"): it
    says which entity the article writes about, and news name a second one in
    full before shortening it. Another entity the article names that the word
    opens, or a word the article prints in lower case ("Deutsche" of "deutsche
    Anleihen"), leaves the short name to none. Where the article names a catalogued parent and its
    units that open with the same word, the word alone names the parent; so it does
    where the word is the catalogued group's own short name ("Vinci" of "Vinci SA")
    and the article names only units of it ("Vinci Energies")."""
    shared = catalogue_heads(doc.catalogue)
    named = {m.label for m in doc.mentions}
    owners: dict[str, str] = {}
    guarded = set()
    for head, labels in candidates.items():
        if doc.catalogue.get(head) is not None or head in _all_names(doc.catalogue):
            continue
        catalogued = {label for label in labels if doc.catalogue.get(label) is not None}
        chosen = catalogued if catalogued else labels
        group = company_of_short_name(doc.catalogue, doc.lang, head)
        if group is not None and catalogued \
                and all(group in doc.catalogue.parents_of(label) for label in catalogued):
            chosen = {group}  # "Vinci" beside "Vinci Energies": the group's own short name
        parents = {label for label in chosen
                   if all(other == label or label in doc.catalogue.parents_of(other) for other in chosen)}
        if len(parents) == 1:
            chosen = parents  # "Reliance" beside "Reliance Industries" and its "Reliance Retail": the parent
        if len(chosen) > 1 and not catalogued:
            chosen = _not_presented_as_subsidiaries(doc, chosen)
        if len(chosen) != 1:
            continue
        owner = next(iter(chosen))
        # a unit named after its parent ("Merck Research Laboratories") is that parent's
        rivals = [label for label in shared.get(head, frozenset()) - {owner}
                  if _head_of(label, endings) != head and owner not in doc.catalogue.parents_of(label)]
        if rivals and (named.intersection(rivals) or _in_lower_case(doc, head)):
            continue
        if rivals:
            guarded.add(head)
        owners[head] = owner
    return owners, frozenset(guarded)


def _not_presented_as_subsidiaries(doc: Document, labels: set[str]) -> set[str]:
    """Of the discovered names that open with one word ("Taurion Defence Systems SE" and
    "die Tochter Taurion Optronics GmbH", "Meridian Holdings Ltd." and "its subsidiary
    Meridian Management AS"), the ones the text never introduces as a subsidiary: a unit named after its
    parent leaves the word to the parent, as the group's name, not to none. Where the text
    presents none or all of them so, the word stays with all of them (and names none)."""
    before = lexicon_pattern(doc.lang, "references", "subsidiary_before")
    if before is None:
        return labels
    units = {m.label for m in doc.mentions if m.label in labels and _after_subsidiary_noun(doc, m, before)}
    rest = labels - units
    return rest if rest else labels


def _after_subsidiary_noun(doc: Document, mention: Mention, before: re.Pattern[str]) -> bool:
    """Does a subsidiary noun stand right before the mention ("die Tochter X", "its unit X")?"""
    sentence = doc.sentence_at(mention.start)
    return sentence is not None and before.search(sentence.text, 0, sentence.local(mention.start)) is not None


# A capitalised word right after a short name: the name may open a longer one ("Merck Finck").
_NAME_AFTER = re.compile(r"\s+[A-ZÄÖÜ]")


@lru_cache(maxsize=4)
def _title_after(lang: str) -> re.Pattern[str]:
    """A job title right after a short name ("Acme Chief Executive Jane Doe"): the
    capitalised words after the name are its manager's post, not the rest of a longer name."""
    return re.compile(rf"\s+(?:{lexicon(lang)['roles']['titles']})(?![\w\-])")


@lru_cache(maxsize=4)
def _attributive(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A determiner before a short name and a lower-case noun after it ("the
    Ledgerline deal"): the name only describes that noun. Only where nouns
    are written apart; a compound ("Ledgerline-Deal") is no mention anyway,
    and where nouns are capitalised a lower-case word after the name is no
    noun ("die Erste seit Jänner")."""
    if info(lang).compounds:
        return None
    determiners = alternation(lexicon(lang)["references"]["determiners"])
    return (re.compile(rf"(?<![\w-])(?i:{determiners})\s+$"), re.compile(r"\s+[a-z][\w\-]*"))


@per_catalogue
def _all_names(catalogue: Catalogue) -> frozenset[str]:
    """Every name and alias the catalogue knows: a short name that is one of
    them is the catalogue's to match."""
    return frozenset(name for entry in catalogue.entries.values() for name in entry.names)
