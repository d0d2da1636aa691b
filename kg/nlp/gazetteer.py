"""Find catalogue entities in text, with inflected and possessive forms.

All names of the catalogue are compiled into one trie-shaped regular
expression, so a text is scanned once whatever the size of the catalogue.
A name also matches with a genitive or possessive ending ("Alibabas",
"Microsoft's") and as the first part of a hyphenated compound
("Alibaba-Aktie", "Nvidia-Chef"), a name of several words also with its
words joined by hyphens ("Deutsche-Bank-Aktie") — except a place, whose
compounds are currencies and adjectives ("US-Dollar", "China-Geschäft"), not
the place. Names with umlauts or accents match as printed without them too
("Deutsche Boerse", "Societe Generale").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from kg import cache
from kg.cache import cache_key, compile_keeping_code, pattern_from_code, source_of
from kg.catalogue import (
    EXCHANGE_CODES_FILE,
    Catalogue,
    load_exchange_codes,
    per_catalogue,
)
from kg.nlp.lang import codes, lexicon
from kg.resources import ontology_path
from kg.vocabulary import ORGANIZATION_TYPES


@lru_cache(maxsize=1)
def _seat_compound() -> re.Pattern[str]:
    """A place compound that still names the place ("Redmond-based", as trading
    venue "Shanghai-listed"), in every language's words: a German text may
    quote an English compound."""
    tables = [lexicon(code)["places"] for code in codes()]
    endings = "|".join(words for table in tables
                       for words in (table["seat_compound"], table.get("venue_compound")) if words)
    return re.compile(rf"-(?:{endings})\b")


@lru_cache(maxsize=1)
def _authority_compound() -> tuple[str | None, re.Pattern[str] | None]:
    """The head's titles an authority's name takes as the first part of one word
    ("Bundesbankpräsident"), and the name endings that take a linking s before
    them ("Kartellamtspräsident"), in every language's words."""
    tables = [lexicon(code)["places"] for code in codes()]
    words = "|".join(w for table in tables if (w := table.get("authority_compound")))
    linking = "|".join(w for table in tables if (w := table.get("authority_linking")))
    return words or None, re.compile(rf"(?:{linking})$") if linking else None


@lru_cache(maxsize=1)
def _legal_abbreviations() -> dict[str, tuple[str, ...]]:
    """The abbreviations of a legal form spelt out at a name's end ("Corporation":
    "Corp", "Corp."), in every language's words: a German text may print an
    English company's name."""
    found: dict[str, tuple[str, ...]] = {}
    for code in codes():
        for full, shorts in lexicon(code)["discovery"].get("legal_abbreviations", {}).items():
            found[full] = found.get(full, ()) + tuple(shorts)
    return found


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """The words of a group or holding at a name's end ("Group", "Holding"), in every
    language's words: a German text may print an English company's name."""
    return frozenset(w for code in codes() for w in lexicon(code)["discovery"]["group_words"])


# A name's first word in capitals ("ASE" of "ASE Technology"): no common word opens the name.
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}")
# Three capitals: initials, no word ("DHL", "CME").
_INITIALS_WORD = re.compile(r"[A-Z]{3}")
# A capitalised word of a name ("Technology", "Financial").
_NAME_WORD = re.compile(r"[A-Z][\w&\-]+")


def _without_group_word(name: str, tickers: tuple[str, ...]) -> str | None:
    """"DHL" of "DHL Group", "ASE Technology" of "ASE Technology Holding": a company's
    name without the group's or holding's word that ends it, as news print it, where the
    rest still names the company alone: the company's own ticker of three capitals, read
    as initials (one of four may be a word in a headline's capitals: "BILL" of "BILL
    Holdings"), or capitalised words opening with one in capitals (no phrase of common
    words such as "National Bank" of "National Bank Holdings"). None otherwise."""
    head, _, last = name.rpartition(" ")
    if not head or last not in _group_words():
        return None
    words = head.split(" ")
    if len(words) == 1:
        return head if _INITIALS_WORD.fullmatch(head) and head in tickers else None
    if _ACRONYM_WORD.fullmatch(words[0]) and all(_NAME_WORD.fullmatch(w) for w in words):
        return head
    return None


@lru_cache(maxsize=1)
def _region_before() -> re.Pattern[str] | None:
    """The words before a place that make the two a region's name ("Greater
    China"), in every language's words: a German text may quote the English one."""
    words = "|".join(w for code in codes() if (w := lexicon(code)["places"].get("region_before")))
    return re.compile(rf"(?<![\w\-])(?:{words})\s+$") if words else None


@lru_cache(maxsize=1)
def _per_share_before() -> re.Pattern[str] | None:
    """A share counted per right before a bracket ("je Aktie (ADS)", "per share
    (ADS)"), in every language's words: a German text may quote the English one."""
    words = "|".join(w for code in codes() if (w := lexicon(code)["listing"].get("per_share_bracket")))
    return re.compile(rf"(?<![\w\-])(?:{words})\s*$") if words else None


def _names_share_class(text: str, bracket: int) -> bool:
    """"Gewinn je Aktie (ADS) lag bei 17,40 Yuan": a bracket after a share counted
    per names the class of that share (a depositary share), not the company whose
    ticker its letters happen to be ("ADS", Adidas's); the issuer is named elsewhere."""
    pattern = _per_share_before()
    return pattern is not None and text[bracket] == "(" \
        and pattern.search(text, max(0, bracket - 40), bracket) is not None


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _exchange_in_index() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The rest of an index's name after an exchange's ("… Semiconductor Index") and the
    exchange's word its short name leaves out ("Stock Exchange"), in every language's words."""
    tables = [lexicon(code)["places"] for code in codes()]
    rests = "|".join(w for t in tables if (w := t.get("index_after_exchange")))
    exchange = "|".join(w for t in tables if (w := t.get("exchange_word")))
    return (re.compile(rf"(?:{rests})"), re.compile(rf"(?:{exchange})")) if rests and exchange else None


@lru_cache(maxsize=1)
def _edition_after() -> re.Pattern[str] | None:
    """A capitalised edition or companion word right after a product's name that makes the two
    a longer product's name ("Gemini Enterprise"), in every language's words: a German text
    prints the English product names."""
    words = "|".join(w for code in codes() if (w := lexicon(code)["discovery"].get("product_edition_after")))
    return re.compile(rf" (?:{words})(?![\w\-])") if words else None


@lru_cache(maxsize=1)
def _named_after() -> re.Pattern[str] | None:
    """The rest of a fund's or a venue's name right after an organisation's name: one to five
    capitalised words, numbers or ampersands, then the fund's last word ("… Stoxx Europe 600
    Real Estate ETF"; "Amundi ETF" alone is the issuer's), or up to five and the venue's ("…
    Stadium"), in every language's words: such names are printed in English in any text too."""
    funds = sorted({w for code in codes() for w in lexicon(code)["discovery"].get("fund_suffixes", [])})
    venues = "|".join(w for code in codes() if (w := lexicon(code)["discovery"].get("venue_heads")))
    word = r" (?:[A-Z0-9][\w.\-]*|&)"
    tails = ([rf"(?:{word}){{1,5}} (?:{alternation(funds)})"] if funds else []) \
        + ([rf"(?:{word}){{0,5}} (?:{venues})"] if venues else [])
    if not tails:
        return None
    return re.compile(rf"(?:{'|'.join(tails)})(?![\w\-])")


@lru_cache(maxsize=1)
def _index_position_after() -> re.Pattern[str] | None:
    """A compound after an index's short name that names a place in the index ("an die
    CAC-Spitze", "unter den Hang-Seng-Werten"), in every language's words."""
    words = "|".join(w for code in codes() if (w := lexicon(code)["membership"].get("position_after")))
    return re.compile(rf"(?:{words})(?![\w\-])") if words else None


@lru_cache(maxsize=1)
def _unit_noun_before() -> re.Pattern[str]:
    """A unit noun right before a name ("its instant commerce arm X", "die Alibaba-Sparte
    X"), in every language's words."""
    heads = [h for code in codes() for h in lexicon(code)["references"]["unit_heads"]]
    return re.compile(rf"(?<!\w)(?:{alternation(heads)}) $")


# A capitalised word right after a name: with a unit noun before the name, the two are one
# longer name, the unit's.
_CAPITALISED_AFTER = re.compile(r" [A-ZÄÖÜ][a-zäöüß]")
# How far back from a name its unit noun can start: searched only there.
_UNIT_NOUN_LONGEST = 30


def _region_after() -> re.Pattern[str] | None:
    """The part after a place that makes the two a region's name ("Asia/Pacific"), in
    every language's words."""
    words = "|".join(w for code in codes() if (w := lexicon(code)["places"].get("region_after")))
    return re.compile(rf"(?:{words})") if words else None


# The kinds of entity whose name an edition word can lengthen into another product's.
_PRODUCT_KINDS = frozenset({"Product", "AIModel"})
# An unknown acronym right before a place makes the two one name ("LNG Canada"), an
# organisation's, as an acronym never qualifies a place ("US" or "EU" are names themselves).
_ACRONYM_BEFORE = re.compile(r"(?<![\w\-.&])([A-Z]{2,5}) $")
# How far back from a place it can start (six characters, a newline "$" may skip): searched
# only there (its look-behind still sees the character before), not from the text's start
# for every place of the text.
_ACRONYM_BEFORE_LONGEST = 7
# A capitalised word and an ampersand right before an organisation's name join the two into one
# name ("Harland & Vale", "Barnes & Noble"): a partnership's, of which the catalogued name is only
# the second half, unless a name found ends at the ampersand ("BHP & Vale", "Goldman Sachs & Morgan
# Stanley" list two).
_PARTNER_BEFORE = re.compile(r"(?<![\w\-.&])([A-Z][\w\-]+) & $")
# How far back from a name the partner's word can start: searched only there.
_PARTNER_BEFORE_LONGEST = 40
# An initial followed by another initial: "C. C." of "C. C. Wei".
_INITIALS = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")
# Endings a name may carry in running text, longest first.
_ENDINGS = ("'s", "’s", "s", "'", "’")
# The suffix of an agency's instrument code after a ticker ("AAL.O"), which names its exchange.
_RIC_SUFFIX = re.compile(r"\.([A-Z]{1,2})(?![\w\-])")
# A ticker without an exchange code counts only in brackets or after "$"
# ("Baidu (BIDU)", "$NVDA"), and only when it cannot be a number.
_BARE_TICKER = re.compile(r"^[A-Z][A-Z.]{1,5}$")
# A ticker with its share class after a hyphen or a dot, as the catalogue gives it ("NOVO-B",
# "BRK.B"); the separators news and data vendors print between the two.
_SHARE_CLASS = re.compile(r"([A-Z][A-Z0-9]{0,6})[-.]([A-D])")
_CLASS_SEPARATORS = ("-", ".", " ", "/")


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names an entity."""

    start: int
    end: int
    label: str
    type: str
    surface: str
    rule: str = "gazetteer"
    # for a resolved reference, the entity it was found through: a unit's parent
    # ("die Cloud-Sparte"), the product or unit of a developer or parent phrase
    owner: str | None = None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, the longest first.

    ``re`` takes the first alternative that matches, so a word must come
    before every word that is its prefix ("Aktien" before "Aktie"), or the
    shorter one wins and the longer is never matched whole."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def trie_pattern(words: list[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie (longest first)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        ends_here = "" in node
        for char in sorted(k for k in node if k):
            branches.append(re.escape(char) + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends_here else body

    return emit(trie)


def _share_class_spellings(ticker: str) -> tuple[str, ...]:
    """The ways a ticker with a share class is printed: Nasdaq Nordic writes "NOVO B", data
    vendors "NOVO-B", agencies "BRK.B", Bloomberg "BRK/B", all the one class of shares the
    catalogue gives in one of them. A ticker without a class is printed only as it is."""
    match = _SHARE_CLASS.fullmatch(ticker)
    if match is None:
        return (ticker,)
    root, share_class = match.groups()
    return tuple(f"{root}{separator}{share_class}" for separator in _CLASS_SEPARATORS)


@per_catalogue
def _printed_tickers(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """Each company's tickers as news print them, by its label: share classes in each
    spelling, where a spelling that is another catalogued ticker stays that ticker's only."""
    taken = {ticker for entry in catalogue.entries.values() for ticker in entry.tickers}
    return {entry.label: tuple(printed for ticker in entry.tickers
                               for printed in _share_class_spellings(ticker)
                               if printed == ticker or printed not in taken)
            for entry in catalogue.entries.values() if entry.tickers}


class Gazetteer:
    """Matches catalogue names in text; build once, use for every article.

    Its tables and compiled patterns come from the cache on disk
    (:mod:`kg.cache`) when the same catalogue was read by the same code
    before: compiling the pattern of all catalogued names is most of a
    build's start-up otherwise.
    """

    _by_name: dict[str, tuple[str, str]]  # name → (label, type)
    _exchanges: dict[str, tuple[str, ...]]  # exchange code → the catalogued exchanges it may name
    _by_ticker: dict[str, tuple[tuple[str, str], ...]]  # ticker → (label, type) of each company
    # ticker → each company's label → the exchanges it trades on there
    _ticker_venues: dict[str, dict[str, frozenset[str]]]
    _ticker_owners: dict[str, frozenset[str]]  # company label → its tickers
    _instruments: dict[str, frozenset[str]]  # instrument code suffix → the exchanges it stands for
    _regex: re.Pattern[str]
    _ticker_regex: re.Pattern[str] | None

    def __init__(self, catalogue: Catalogue) -> None:
        # where each ticker's company trades, to tell its RIC from another's and, of a ticker
        # two companies share on two exchanges ("BA": Boeing's in New York, BAE Systems' in
        # London), which the exchange code means
        self._ticker_venues = {}
        printed = _printed_tickers(catalogue)
        for label, tickers in printed.items():
            venues = frozenset(catalogue.entries[label].listed_on)
            for ticker in tickers:
                self._ticker_venues.setdefault(ticker, {})[label] = venues
        self._ticker_owners = {label: frozenset(tickers) for label, tickers in printed.items()}
        self._instruments = load_exchange_codes().instruments
        key = cache_key(_catalogue_names(catalogue), source_of(__file__),
                        source_of(str(ontology_path(EXCHANGE_CODES_FILE))))
        saved = cache.load(_CACHE_KIND, key)
        if saved is not None:
            try:
                by_name, exchanges, by_ticker, names, tickers = saved
                if not all(isinstance(table, dict) for table in (by_name, exchanges, by_ticker)):
                    raise TypeError("not the gazetteer's tables")
                self._regex = pattern_from_code(names)
                self._ticker_regex = pattern_from_code(tickers) if tickers else None
                self._by_name, self._exchanges, self._by_ticker = by_name, exchanges, by_ticker
                return
            except (RuntimeError, TypeError, ValueError):
                pass  # not a usable entry: derive everything again
        self._derive(catalogue, key)

    def _derive(self, catalogue: Catalogue, key: str) -> None:
        """Tables and patterns from the catalogue, kept in the cache for the
        next start."""
        self._by_name = {}
        for entry in catalogue.entries.values():
            for name in entry.names:
                if len(name) >= 2:
                    self._by_name.setdefault(name, (entry.label, entry.type))
            for name in entry.names:
                plain = _title_case(name)
                if plain is not None:
                    self._by_name.setdefault(plain, (entry.label, entry.type))
                dotted = _dotted_title_case(name)
                if dotted is not None:
                    self._by_name.setdefault(dotted, (entry.label, entry.type))
                if " " in name and entry.type != "Place":
                    # German compounds join every word: "Deutsche-Bank-Aktie"
                    self._by_name.setdefault(name.replace(" ", "-"), (entry.label, entry.type))
                if entry.type == "MarketIndex" and " " in name and name.endswith(" Index"):
                    # the generic word in lower case, as agencies print it:
                    # "the Philadelphia SE Semiconductor index"
                    self._by_name.setdefault(name[:-len("Index")] + "index",
                                             (entry.label, entry.type))
                elif entry.type == "MarketIndex" and (sector := _lower_last_word(name)) is not None:
                    # a sector or segment word in lower case, as agencies print it too:
                    # "the Stoxx Europe 600 banks index", "the Hang Seng tech index"
                    self._by_name.setdefault(sector, (entry.label, entry.type))
                if entry.type == "MarketIndex" and (numbered := _numbered_title_case(name)):
                    # an index's initials before its count in title case, as agencies print
                    # them: "Cac 40", "Ftse 100"
                    self._by_name.setdefault(numbered, (entry.label, entry.type))
                joined = _INITIALS.sub(r"\1.", name)
                if joined != name:
                    # initials printed with or without a space: "C. C. Wei", "C.C. Wei"
                    self._by_name.setdefault(joined, (entry.label, entry.type))
        for entry in catalogue.entries.values():
            # after every printed name: a spelling never hides another entity's name
            for name in entry.names:
                for plain in _without_diacritics(name):
                    self._by_name.setdefault(plain, (entry.label, entry.type))
        abbreviations = _legal_abbreviations()
        for entry in catalogue.entries.values():
            # "China International Capital Corp" for "… Corporation": after every printed name
            for name in entry.names:
                if name.endswith(".") and " " in name and entry.type != "Place":
                    # a legal form printed without its closing stop: "Mitsui & Co" of "Mitsui & Co."
                    self._by_name.setdefault(name[:-1], (entry.label, entry.type))
                last = name.rsplit(" ", 1)[-1]
                for short in abbreviations.get(last, ()) if " " in name else ():
                    self._by_name.setdefault(f"{name[:-len(last)]}{short}", (entry.label, entry.type))
        for entry in catalogue.entries.values():
            # "DHL" of "DHL Group": after every printed name and its spellings, so a
            # shortened name never hides another entity's name
            for name in entry.names if entry.type in ORGANIZATION_TYPES else ():
                if (bare := _without_group_word(name, entry.tickers)) is not None:
                    self._by_name.setdefault(bare, (entry.label, entry.type))
        names = sorted(self._by_name, key=len, reverse=True)
        exchanges = {e.label for e in catalogue.entries.values() if e.type == "StockExchange"}
        prefixes = load_exchange_codes().prefixes
        self._exchanges = {code: named for code, labels in prefixes.items()
                           if (named := tuple(label for label in labels if label in exchanges))}
        owners: dict[str, list[tuple[str, str]]] = {}
        for label, printed in _printed_tickers(catalogue).items():
            for ticker in printed:
                owners.setdefault(ticker, []).append((label, catalogue.entries[label].type))
        self._by_ticker = {ticker: tuple(each) for ticker, each in owners.items()}
        tickers = sorted(self._by_ticker, key=len, reverse=True)
        codes = alternation(prefixes)
        self._ticker_regex, ticker_code = compile_keeping_code(
            r"(?<![\w\-.])(?:(?P<code>" + codes + r")\s?:\s?)?(?P<ticker>" + trie_pattern(tickers)
            + r")(?![\w\-])") if tickers else (None, None)
        endings = "|".join(re.escape(e) for e in _ENDINGS)
        self._regex, name_code = compile_keeping_code(
            r"(?<![\w\-])(?P<name>" + trie_pattern(names) + r")(?P<ending>" + endings
            + r")?(?![\w])"
        )
        if name_code is not None and (ticker_code is not None or not tickers):
            cache.save(_CACHE_KIND, key, (self._by_name, self._exchanges, self._by_ticker,
                                          name_code, ticker_code))

    def find(self, text: str) -> list[Mention]:
        """All catalogue mentions in ``text``, left to right, not overlapping:
        names, and tickers as further names of their company."""
        coded = self._tickers(text)
        # "(Tokio: 7203)": a city printed as the exchange code before a ticker is the exchange
        codes = {(m.start, m.end) for m in coded if m.rule == "gazetteer/exchange-code"}
        found = [n for n in self._names(text) if n.type != "Place" or (n.start, n.end) not in codes]
        found += [m for m in self._authority_heads(text)
                  if not any(n.start < m.end and m.start < n.end for n in found)]
        heads = self._capital_heads(text)
        found = [n for n in found if not any(h.start < n.end and n.start < h.end for h in heads)] + heads
        tickers = [m for m in coded
                   if not any(n.start < m.end and m.start < n.end for n in found)]
        # a shared ticker no venue picked names only the company before its bracket
        tickers = [tagged for m in tickers
                   if (tagged := self._bracket_tag(text, m, found + tickers)) is not None
                   and tagged.label]
        return _bracket_defined(text, sorted(found + tickers, key=lambda m: m.start))

    def _authority_heads(self, text: str) -> list[Mention]:
        """An authority named as the first part of its head's one-word title
        ("Kartellamtspräsident X"): the regex of all names wants a word's end
        after the name, and only an authority's name takes the title so."""
        pattern = self._authority_pattern
        found = []
        for match in pattern.finditer(text) if pattern is not None else ():
            group = "plain" if match.group("plain") else "linked"
            name = match.group(group)
            found.append(Mention(match.start(group), match.end(group), *self._by_name[name], name))
        return found

    def _capital_heads(self, text: str) -> list[Mention]:
        """A company's name in capitals opening a line before a colon, as a ticker prints the
        head of each company's item ("HUGO BOSS: Die Aktien des Modekonzerns …"): the
        catalogue's name that reads so in capitals. Only a whole head, so "DAX" in "DAX-FLASH:"
        and a city's dateline ("FRANKFURT (dpa-AFX)") stay as they are."""
        found = []
        for match in _CAPITAL_HEAD.finditer(text):
            head = match.group("head")
            named = self._in_capitals.get(head) if sum(c.isalpha() for c in head) >= 3 else None
            if named is not None:
                found.append(Mention(match.start("head"), match.end("head"), *named, head))
        return found

    @cached_property
    def _index_openings(self) -> frozenset[str]:
        """The first words of the indices' names of more than one word ("CAC" of "CAC 40",
        "Hang Seng" of "Hang Seng Index"): a short name the index is called by in compounds
        ("die CAC-Spitze"), where another entity catalogued under the same name is not meant."""
        return frozenset(name.rsplit(" ", 1)[0] for name, (_, kind) in self._by_name.items()
                         if kind == "MarketIndex" and " " in name)

    @cached_property
    def _in_capitals(self) -> dict[str, tuple[str, str]]:
        """An organisation's names in capitals ("HUGO BOSS" of "Hugo Boss"), each of one
        organisation only; names printed in capitals already are found as they are."""
        table: dict[str, tuple[str, str] | None] = {}
        for name, named in self._by_name.items():
            if named[1] not in ORGANIZATION_TYPES or name.isupper():
                continue
            capitals = name.upper()
            table[capitals] = named if table.get(capitals, named) == named else None
        return {capitals: named for capitals, named in table.items() if named is not None}

    @cached_property
    def _authority_pattern(self) -> re.Pattern[str] | None:
        titles, linking = _authority_compound()
        names = sorted((name for name, (_, kind) in self._by_name.items() if kind == "GovernmentBody"),
                       key=len, reverse=True)
        if titles is None or not names:
            return None
        # "Kartellamtspräsident": a name ending so takes the linking s before the title
        linked = [n for n in names if linking is not None and linking.search(n)]
        plain = [n for n in names if n not in linked]

        def either(group: list[str]) -> str:
            # a trie, not an alternation of hundreds of names tried one by one at
            # every character of every article; among the names that start at a
            # character it still takes the longest a title follows
            return trie_pattern(group) if group else "(?!)"
        return re.compile(rf"(?<![\w\-])(?:(?P<plain>{either(plain)})|(?P<linked>{either(linked)})s)"
                          rf"(?=(?:{titles})\b)")

    def _bracket_tag(self, text: str, ticker: Mention, found: list[Mention]) -> Mention | None:
        """"Boeing (NYSE: BA)", "LVMH (EPA: MC)": a ticker in the bracket right after a
        company's name, bare or after an exchange code, tags that company: it names the
        company when the catalogue gives it the ticker (another company may share it:
        "BA" is BAE Systems' in London too), and nothing otherwise, never another
        catalogued entity; the exchange code still names the venue of the company. So
        "Roche (GS +1,2 Prozent)" marks Roche's share class (a Genussschein) in a price
        box, not the company whose ticker the two letters happen to be."""
        if ticker.rule != "gazetteer/ticker":
            return ticker
        before = text[:ticker.start].rstrip()
        code = next((m for m in found if m.type == "StockExchange" and m.end < ticker.start
                     and text[m.end:ticker.start].strip() == ":"), None)
        if code is not None:
            before = text[:code.start].rstrip()
        if not before.endswith("("):
            return ticker
        before = before[:-1].rstrip()
        company = next((n for n in found if n.end == len(before) and n.type in ORGANIZATION_TYPES
                        and n.rule != "gazetteer/ticker"), None)
        if company is None or company.label == ticker.label:
            return ticker
        if ticker.surface in self._ticker_owners.get(company.label, frozenset()):
            return replace(ticker, label=company.label, type=company.type)
        return None

    def _tickers(self, text: str) -> list[Mention]:
        """"NASDAQ: MSFT", "(HK:0981)", "(BIDU)", "$NVDA": the company's
        ticker, a further name of it, never an entity of its own; the code
        before it ("HK:") names the exchange the share trades on."""
        if self._ticker_regex is None:
            return []
        found = []
        for match in self._ticker_regex.finditer(text):
            ticker = match.group("ticker")
            if match.group("code") is None and not (
                    _BARE_TICKER.match(ticker) and text[match.start() - 1:match.start()] in ("(", "$")
                    and not _defines_abbreviation(text, match.start() - 1, ticker)
                    and not _names_share_class(text, match.start() - 1)
                    and not _after_number(text, match.start() - 1)):
                continue
            if self._other_venue(text, match.end("ticker"), ticker):
                continue
            start, end = match.start("ticker"), match.end("ticker")
            code = match.group("code")
            venue = self._coded_venue(code, ticker) if code is not None else None
            label, kind = self._ticker_owner(ticker, venue)
            if venue is not None and self._by_name.get(code, ("", ""))[1] == "Place" and not (
                    text.endswith("(", 0, match.start())
                    and venue in self._venues(ticker)):
                # a city as the code only in the bracket after the name, and only of the city's
                # exchange the ticker's company is listed on ("(Tokio: 7203)"); in prose "In
                # Tokio: 7203 …" the number after the colon is no ticker
                continue
            if venue is not None:
                found.append(Mention(match.start("code"), match.end("code"), venue,
                                     "StockExchange", code, "gazetteer/exchange-code"))
            found.append(Mention(start, end, label, kind, ticker, "gazetteer/ticker"))
        return found

    def _venues(self, ticker: str) -> frozenset[str]:
        """The exchanges the ticker trades on, of every company that has it."""
        return frozenset().union(*self._ticker_venues.get(ticker, {}).values())

    def _ticker_owner(self, ticker: str, venue: str | None) -> tuple[str, str]:
        """The (label, type) of the company the ticker names: its one company, or, of a
        ticker several share, the one listed on ``venue`` ("NYSE: BA" is Boeing's, "LSE:
        BA" BAE Systems'). Where no venue picks one the label is empty: only a company
        named right before the ticker's bracket may claim it (:meth:`_bracket_tag`)."""
        owners = self._by_ticker[ticker]
        if len(owners) > 1:
            venues = self._ticker_venues[ticker]
            picked = [owner for owner in owners if venue is not None and venue in venues[owner[0]]]
            return picked[0] if len(picked) == 1 else ("", owners[0][1])
        return owners[0]

    def _coded_venue(self, code: str, ticker: str) -> str | None:
        """The exchange a code before a ticker names: its one exchange, or, of a code
        several exchanges share ("TSE: 6758", Tokyo's or Toronto's), the one the
        ticker's catalogued company is listed on; none where that leaves no single one."""
        labels = self._exchanges.get(code, ())
        if len(labels) > 1:
            venues = self._venues(ticker)
            labels = tuple(label for label in labels if label in venues)
        return labels[0] if len(labels) == 1 else None

    def _other_venue(self, text: str, end: int, ticker: str) -> bool:
        """Is the ticker the root of an instrument code of an exchange its
        catalogued company is not listed on? "American Airlines (AAL.O)" is no
        mention of the London-listed company whose ticker is also AAL."""
        suffix = _RIC_SUFFIX.match(text, end)
        venues = self._venues(ticker)
        if suffix is None or not venues or suffix.group(1) not in self._instruments:
            return False
        return not venues & self._instruments[suffix.group(1)]

    def _names(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        for match in self._regex.finditer(text):
            name = match.group("name")
            ending = match.group("ending") or ""
            if ending and not _ending_allowed(name, ending):
                continue
            if not ending and name[-1].isdigit() and _VERSION_GOES_ON.match(text, match.end()):
                # "Ernie 5.5", "Llama 3.1": a later version than the name "Ernie 5"; the family's
                # name before the number ("Ernie") is still named, and the version found on it
                family = _VERSION_CLOSING.sub("", name)
                if family != name and self._by_name.get(family, ("", ""))[1] == "AIModel":
                    found.append(Mention(match.start(), match.start() + len(family),
                                         self._by_name[family][0], "AIModel", family))
                continue
            label, kind = self._by_name[name]
            if kind in _PRODUCT_KINDS and not ending and (edition := _edition_after()) is not None \
                    and edition.match(text, match.end()):
                continue  # "Gemini Enterprise": another, longer product's name than the catalogued one
            if kind in _PRODUCT_KINDS and not ending and _CAPITALISED_AFTER.match(text, match.end()) \
                    and _unit_noun_before().search(text, max(0, match.start() - _UNIT_NOUN_LONGEST),
                                                   match.start()):
                continue  # "its commerce arm Taobao Shangou": the unit's longer name, not the product
            if kind != "MarketIndex" and not ending and name in self._index_openings \
                    and (position := _index_position_after()) is not None and position.match(text, match.end()):
                continue  # "an die CAC-Spitze": the short name of the index "CAC 40", not the agency "CAC"
            if kind in ORGANIZATION_TYPES and not ending and (fund := _named_after()) is not None \
                    and fund.match(text, match.end()):
                continue  # "the iShares Europe 600 ETF", "SoFi Stadium": a fund's or a venue's name
            if kind == "Place" and not ending and text[match.end():match.end() + 1] == "-" \
                    and not _seat_compound().match(text, match.end()):
                continue  # "US-Dollar", "China-Abschlag": a compound, not the place
            if kind == "Place" and not ending and text.startswith("$", match.end()):
                continue  # "US$4.5 billion", "HK$118": the sign of the place's currency, no place
            if kind == "Place" and (region := _region_before()) is not None \
                    and region.search(text, 0, match.start()):
                continue  # "Sales in Greater China": a region's name, not the country
            if kind == "Place" and not ending and (region := _region_after()) is not None \
                    and region.match(text, match.end()):
                continue  # "Sales in Asia/Pacific": a region's name, not the continent
            if kind == "Place" and (acronym := _ACRONYM_BEFORE.search(
                    text, max(0, match.start() - _ACRONYM_BEFORE_LONGEST), match.start())) is not None \
                    and acronym.group(1) not in self._by_name:
                continue  # "the LNG Canada plant": an organisation's name that holds the country
            if kind in ORGANIZATION_TYPES and (partner := _PARTNER_BEFORE.search(
                    text, max(0, match.start() - _PARTNER_BEFORE_LONGEST), match.start())) is not None \
                    and partner.group(1) not in self._by_name \
                    and not any(m.end == partner.end(1) for m in found):
                continue  # "Harland & Vale": the second half of an unknown firm's name
            if kind == "StockExchange" and not ending and (in_index := _exchange_in_index()) \
                    and (index := in_index[0].match(text, match.end())) is not None:
                # "the Philadelphia Stock Exchange Semiconductor Index": the exchange's name
                # opens an index's name; the index where its name without the exchange's word
                # is catalogued ("Philadelphia Semiconductor Index"), else nobody
                named = self._by_name.get(in_index[1].sub("", name) + index.group(0))
                if named is not None and named[1] == "MarketIndex":
                    found.append(Mention(match.start(), index.end(), named[0], named[1],
                                         text[match.start():index.end()]))
                continue
            found.append(
                Mention(match.start(), match.end(), label, kind, text[match.start():match.end()])
            )
        return found


_CACHE_KIND = "gazetteer"

# The head of a ticker's item: words in capitals at a line's start, then a colon and a space
# ("SIEMENS ENERGY: Die Aktien …", "HUGO BOSS: …").
_CAPITAL_HEAD = re.compile(r"^(?P<head>[A-ZÄÖÜ][A-ZÄÖÜ0-9&.'\- ]*[A-ZÄÖÜ0-9.])(?=: )", re.MULTILINE)

# A name ending in a number that the text carries on with a decimal ("Ernie 5" in "Ernie 5.5").
_VERSION_GOES_ON = re.compile(r"[.,]\d")
# The version number closing a model's name, lettered or not, with the space or hyphen before it
# ("Ernie 5", "Kimi K2").
_VERSION_CLOSING = re.compile(r"[ \-][A-Z]?\d+$")


def _catalogue_names(catalogue: Catalogue) -> str:
    """What the gazetteer reads of the catalogue, as text to key its cache
    entry by (control characters between the fields, which names never hold)."""
    return "\x1d".join(f"{e.label}\x1f{e.type}\x1f{chr(0x1e).join(e.aliases)}"
                        f"\x1f{chr(0x1e).join(e.tickers)}" for e in catalogue.entries.values())


# The words before a bracket: "artificial intelligence (AI)".
_WORDS_BEFORE = re.compile(r"([\w\-]+(?:\s+[\w\-]+){0,5})\s*$")


def _defines_abbreviation(text: str, bracket: int, ticker: str) -> bool:
    """"artificial intelligence (AI)", "high-bandwidth memory (HBM)": the
    bracket spells out the initials of the words before it, so it
    abbreviates them and is no ticker ("Baidu (BIDU)" is one)."""
    if text[bracket] != "(":
        return False
    words = _WORDS_BEFORE.search(text, max(0, bracket - 120), bracket)
    if words is None:
        return False
    # A dash between two clauses ("(Reuters) - Medtronic Plc (MDT.N)") splits into no word.
    parts = [part for part in re.split(r"[\s\-]+", words.group(1)) if part]
    letters = ticker.replace(".", "").upper()
    initials = "".join(p[0] for p in parts[-len(letters):]).upper()
    return len(parts) >= len(letters) and initials == letters


def _after_number(text: str, bracket: int) -> bool:
    """"der Verordnung (EU) Nr. 596/2014 (MAR)": a bracket right after a number
    abbreviates the law or thing it numbers; a ticker's bracket follows its
    company's name ("Marriott (MAR)")."""
    return text[bracket] == "(" and text[:bracket].rstrip()[-1:].isdigit()


def _bracket_defined(text: str, found: list[Mention]) -> list[Mention]:
    """"Fresenius Medical Care (FMC)": a name in brackets that spells the initials
    of the organisation named right before it is that organisation's short name
    in the whole text, not the other company the catalogue calls so ("FMC", a
    chemicals maker); so is the same short name elsewhere ("FMC-Papiere")."""
    defined: dict[str, Mention] = {}
    for before, inside in zip(found, found[1:], strict=False):
        if before.type in ORGANIZATION_TYPES and inside.label != before.label \
                and text[before.end:inside.start] in (" (", "(") \
                and text[inside.end:inside.end + 1] == ")" \
                and _defines_abbreviation(text, inside.start - 1, inside.surface):
            defined[inside.surface] = before
    if not defined:
        return found
    return [replace(m, label=defined[m.surface].label, type=defined[m.surface].type)
            if m.surface in defined else m for m in found]


_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
            ("ß", "ss"))


def _without_diacritics(name: str) -> set[str]:
    """"Deutsche Boerse" and "Deutsche Borse" for "Deutsche Börse", "Societe
    Generale" for "Société Générale": the spellings of news written without
    accents (umlauts as "ae", "oe", "ue" or dropped)."""
    if name.isascii():
        return set()
    spelled = name
    for umlaut, letters in _UMLAUTS:
        spelled = spelled.replace(umlaut, letters)
    forms = {strip_accents(spelled), strip_accents(name.replace("ß", "ss"))}
    return {f for f in forms if f != name and len(f) >= 3}


def strip_accents(text: str) -> str:
    """The text without accents and umlaut dots ("Société" as "Societe"), as names are
    printed with or without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _title_case(name: str) -> str | None:
    """"UniCredit" as news also prints it, "Unicredit", and "Playstation
    Network" for "PlayStation Network": each word with inner capitals in the
    plain form, where a one-word name's plain form is no other word (a name of
    several words is one in any case, the others kept as printed)."""
    words = name.split(" ")
    plain = " ".join(_plain_word(word) or word for word in words)
    return plain if plain != name else None


def _dotted_title_case(name: str) -> str | None:
    """"E.On" of "E.ON": papers print the capital word after an initial's dot in title
    case as they print any name of capitals; None where the name has no such word."""
    initial, dot, rest = name.partition(".")
    word, space, tail = rest.partition(" ")
    if not dot or len(initial) != 1 or not initial.isupper() or len(word) < 2 \
            or not word.isalpha() or not word.isupper():
        return None
    return f"{initial}.{word.capitalize()}{space}{tail}"


def _numbered_title_case(name: str) -> str | None:
    """"Cac 40" of "CAC 40", "Ftse 100" of "FTSE 100": an index name with a count, its
    all-capital words of three letters or more in title case; None for a name with no
    count (a bare "Cac" or "Dax" is a word of its own) or nothing to change."""
    words = name.split(" ")
    if not any(word.isdigit() for word in words):
        return None
    plain = " ".join(word.capitalize() if len(word) >= 3 and word.isalpha() and word.isupper()
                     else word for word in words)
    return plain if plain != name else None


def _lower_last_word(name: str) -> str | None:
    """The name of several words with its last one in lower case, where that word is a
    plain capitalised one ("Banks" of "Stoxx Europe 600 Banks"); None for a short or
    all-capital word ("MIB", "TECH") or one not capitalised."""
    head, _, last = name.rpartition(" ")
    if not head or len(last) < 3 or not last.isalpha() or not last[0].isupper() \
            or not last[1:].islower():
        return None
    return f"{head} {last.lower()}"


def _plain_word(word: str) -> str | None:
    """"Unicredit" for "UniCredit"; None for a word with no inner capitals,
    a short, all-capital or lower-case one ("SAP", "eBay" stay)."""
    if len(word) < 5 or word.isupper() or not word[0].isupper():
        return None
    if not any(c.isupper() for c in word[1:]):
        return None
    return word[0] + word[1:].lower()


def _ending_allowed(name: str, ending: str) -> bool:
    """A genitive "s" only after a name not already ending in a sibilant."""
    if ending in ("'", "’"):
        return name[-1] in "sxzSXZ"
    if ending == "s":
        return name[-1] not in "sxzßSXZ" and (not name.isupper() or len(name) <= 4)
    return True
