"""Which of many regular expressions can match a text, found with one scan.

The rules are regular expressions that open with a look-behind or a word
boundary ("(?<![\\w])(?:Umsatz\\w*|…)"), so Python's ``re`` cannot skip ahead
to a likely start and tries each rule at every character of a sentence;
with dozens of rules per sentence that was a large part of the extraction
time. Almost every rule can only match where one of a few fixed pieces of
text occurs ("Umsatz", "price target"). :class:`Prefilter` scans a text
once for the pieces of all its rules and names the rules that can match;
the others are not run. A rule with no such piece always runs, and a rule
is only skipped when none of its pieces occurs, so the matches are exactly
those of running every rule.
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any, TypeVar

from kg.cache import Table, compiled, source_of
from kg.nlp import gazetteer
from kg.nlp.gazetteer import trie_pattern
from kg.nlp.lang import codes

# re's own parser and its op codes (private modules, unchanged since 3.11):
# the pieces are read from the very parse tree that re matches with.
_sre_parse: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
# The code a scan pattern is made by, for its cache key.
_CODE = source_of(__file__) + source_of(gazetteer.__file__)
# Shorter pieces ("a", "s") occur in nearly every sentence and rule nothing out.
_MIN_PIECE = 2
# The one character whose lower case depends on its neighbours (final sigma).
_CONTEXT_LOWER = "\u03a3"
# The pieces of each pattern (text, flags) and the case traps of each alphabet,
# kept between processes: reading them takes a second parse of every rule
# pattern and a scan of all cased characters, once per process otherwise.
_LITERALS = Table("prefilter-pieces", limit=20_000, parts=[_CODE])
_TRAPS = Table("prefilter-traps", limit=200, parts=[_CODE])
# Scans kept on disk: the one a build makes once every rule module has
# registered, and those of modules that register later, for a few versions of the rules.
_SCANS_KEPT = 32
# The functions (of a language code) that make the rule modules' prefilters,
# named by :func:`prepares`.
_MAKERS: list[Callable[[str], object]] = []
Maker = TypeVar("Maker", bound=Callable[[str], object])


def prepares(make: Maker) -> Maker:
    """Name ``make`` (a function of a language code, kept once made) as one
    that makes prefilters: before the first scan every such function is run
    for every language, so that the scan is built once, with the pieces of
    all rules. Made as each rule module was first needed, the scan was built
    again for each, a compile of a pattern of hundreds of pieces every time
    the cache on disk did not hold that order of registration."""
    _MAKERS.append(make)
    return make


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal pieces, in lower case, one of which every text ``pattern``
    matches in contains (in lower case): in the match itself or in what a
    look-ahead or look-behind of it sees; None when there is no such set (a
    match may be in any text).

    Read from the parse tree of ``re`` itself, so that the pieces follow
    the pattern exactly; anything unexpected gives None, which only costs
    time.
    """
    try:
        return _sequence(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - a pattern the analysis does not know: no prefilter
        return None


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective piece set among the parts every match passes."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL and len(chr(av).lower()) == 1:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run = []
        part = _part(op, av)
        if part is not None:
            options.append(part)
    if run:
        options.append(frozenset({"".join(run).lower()}))
    options = [o for o in options if min(map(len, o)) >= _MIN_PIECE]
    if not options:
        return None
    # the rarest in text: the longest shortest piece, then the longest on average
    return max(options, key=lambda o: (min(map(len, o)), sum(map(len, o)) / len(o)))


def _part(op: Any, av: Any) -> frozenset[str] | None:
    """The pieces of one non-literal part that every match passes through."""
    if op is _sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _sre.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset[str]().union(*(b for b in branches if b is not None))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, item = av
        return _sequence(list(item)) if low >= 1 else None
    if op is _sre.ASSERT:
        # a look-ahead or look-behind that must hold ("(?=[^,]{1,60}?\sgehört)"): what it
        # sees is not part of the match but stands in the text all the same, and in many
        # relation rules it holds their only rare word ("gehört" after ", die … zur")
        return _sequence(list(av[1]))
    return None  # a class, a negative assertion, ".", a letter like "İ" that lower-cases to two…


def _pieces(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """:func:`required_literals`, kept between processes."""
    return _LITERALS.get((pattern.pattern, pattern.flags), lambda: required_literals(pattern),
                         _are_pieces)


def _are_pieces(value: object) -> bool:
    return value is None or (isinstance(value, frozenset)
                             and all(isinstance(piece, str) for piece in value))


class Prefilter:
    """Tells which of ``patterns`` can match a text.

    Pieces are looked up in the lower-cased text, for every prefilter in
    one scan (see :class:`_Scan`); lower case only lets more patterns run.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.size = len(patterns)
        self._offset = _SCAN.register([_pieces(p) for p in patterns])
        self._mask = (1 << self.size) - 1
        self._decoded: dict[int, frozenset[int]] = {}  # this prefilter's bits -> indices

    def candidates(self, text: str, memo: dict[str, object] | None = None) -> frozenset[int]:
        """Indices of the patterns that can match ``text``; ``memo`` (a
        sentence's cache) keeps the scan for the other prefilters."""
        # a sentence's kept scan read here, not by a call: most asks are of a
        # sentence another rule module has scanned already
        kept = memo.get(_Scan.MEMO_KEY) if memo is not None else None
        scan: int = kept[1] if isinstance(kept, tuple) and kept[0] == _SCAN.current \
            else _SCAN.bits(text, memo)
        bits = (scan >> self._offset) & self._mask
        found = self._decoded.get(bits)
        if found is None:
            found = frozenset(i for i in range(self.size) if bits >> i & 1)
            self._decoded[bits] = found
        return found


class Gate:
    """A quick test whether one pattern can match a text, for a pattern
    searched in many texts on its own (not among a rule module's, which
    :class:`Prefilter` scans for together): False only where none of the
    pattern's pieces occurs in the lower-cased text, so that searching
    ``pattern`` only where the gate passes finds exactly what searching it
    everywhere finds. A pattern without pieces always passes.

    A search for a long alternation that opens with an anchor or a look-
    around is tried at every character of the text; the gate's one scan for
    its pieces starts only where a piece can start.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._made = False  # the scan is made on first use, not on import
        self._scan: re.Pattern[str] | None = None
        self._traps: re.Pattern[str] | None = None

    def passes(self, text: str) -> bool:
        if not self._made:
            pieces = _pieces(self._pattern)
            if pieces:
                self._scan = re.compile(trie_pattern(sorted(pieces)))
                self._traps = _trap_pattern(frozenset("".join(pieces)))
            self._made = True
        if self._scan is None:
            return True
        if self._traps is not None and self._traps.search(text):
            return True
        return self._scan.search(text.lower()) is not None


class _Scan:
    """The pieces of every prefilter's patterns, found in a text with one
    scan; a sentence is asked about by several rule modules, and the scan is
    kept in its cache.

    Each pattern of each prefilter has a bit; a scan gives the bits of the
    patterns whose pieces occur, and of those without pieces. ``re`` equates
    a few characters that ``str.lower`` keeps apart ("ſ" with "s", "ı" with
    "i"): a text holding one of them gets every bit.
    """

    MEMO_KEY = "prefilter-bits"  # a sentence's cache keeps (version, bits) under it

    def __init__(self) -> None:
        self._size = 0  # bits handed out
        self._always = 0  # bits of patterns without pieces
        self._piece_bits: dict[str, int] = {}  # lower-cased piece -> bits of its patterns
        self._pattern: re.Pattern[str] | None = None  # None: to be built for new pieces
        self._traps: re.Pattern[str] | None = None
        self._starting: dict[str, int] = {}  # scanned piece -> bits of the pieces it starts with
        self._version = 0  # a scan kept from before new pieces came is done again
        self.current = -1  # the version of a kept scan that holds: none while the scan is to be built
        self._prepared = False  # the prefilters of every maker and language registered

    def register(self, pieces: list[frozenset[str] | None]) -> int:
        """Give bits to patterns with these pieces; the first bit's number."""
        offset = self._size
        for bit, found in enumerate(pieces, start=offset):
            if found is None:
                self._always |= 1 << bit
            for piece in found or ():
                self._piece_bits[piece] = self._piece_bits.get(piece, 0) | 1 << bit
        self._size += len(pieces)
        self._pattern = None
        self.current = -1
        return offset

    def bits(self, text: str, memo: dict[str, object] | None) -> int:
        """The bits of the patterns that can match ``text``."""
        if not self._prepared:
            self._prepared = True
            for make in list(_MAKERS):
                for lang in codes():
                    make(lang)
        if self._pattern is None:
            self._pattern = _scanner(set(self._piece_bits))
            self._traps = _trap_pattern(frozenset("".join(self._piece_bits)))
            self._starting = {}
            self._version += 1
            self.current = self._version
        kept = memo.get(self.MEMO_KEY) if memo is not None else None
        if isinstance(kept, tuple) and kept[0] == self._version:
            return kept[1]  # type: ignore[no-any-return]
        if self._traps is not None and self._traps.search(text):
            found = (1 << self._size) - 1
        else:
            low = text.lower()
            found = self._always
            for scanned in set(self._pattern.findall(low)):
                found |= self._starting.get(scanned) or self._starting_bits(scanned)
        if memo is not None:
            memo[self.MEMO_KEY] = (self._version, found)
        return found

    def _starting_bits(self, scanned: str) -> int:
        """The bits of every piece ``scanned`` starts with: the scan reports
        the longest piece at a position, and the shorter ones that begin it
        are there too."""
        bits = 0
        for end in range(_MIN_PIECE, len(scanned) + 1):
            bits |= self._piece_bits.get(scanned[:end], 0)
        self._starting[scanned] = bits
        return bits


_SCAN = _Scan()


def _scanner(literals: set[str]) -> re.Pattern[str]:
    """A pattern with one empty match at each position where a literal
    starts, the longest literal there in its one group.

    Matching nothing lets ``findall`` report a literal that starts inside a
    longer one ("umsatz" in "Konzernumsatz"), and with one group it hands
    back the literals as strings without a match object for each.

    The scan is made once every rule module named by :func:`prepares` has
    registered its patterns (again only for a module that registers later),
    and kept in the cache on disk (:mod:`kg.cache`) under its pieces.
    """
    if not literals:
        return re.compile("(?!)")
    words = sorted(literals)
    return compiled("prefilter-scan", ["\0".join(words), _CODE],
                    lambda: f"(?=({trie_pattern(words)}))", keep=_SCANS_KEPT)


@cache
def _cased_planes() -> str:
    """Every character of the two planes that hold all letters with case
    (the others hold ideographs, tags and private use)."""
    return "".join(map(chr, itertools.chain(range(0xD800), range(0xE000, 0x20000))))


@cache
def _trap_pattern(alphabet: frozenset[str]) -> re.Pattern[str] | None:
    """Characters that ``re``'s IGNORECASE matches with a character of
    ``alphabet`` though their ``str.lower`` differs from it, as one class."""
    traps = _TRAPS.get("".join(sorted(alphabet)), lambda: "".join(sorted(_case_traps(alphabet))),
                       lambda value: isinstance(value, str))
    return re.compile("[" + "".join(map(re.escape, traps)) + "]") if traps else None


def _case_traps(alphabet: Iterable[str]) -> set[str]:
    letters = [c for c in alphabet if c.lower() != c.upper()]
    if not letters:
        return set()
    near = re.compile("(?i)[" + "".join(map(re.escape, letters)) + "]")
    traps = set()
    for char in set(near.findall(_cased_planes())):
        for letter in letters:
            if re.fullmatch("(?i)" + re.escape(letter), char) and (
                    char.lower() != letter.lower() or char in _CONTEXT_LOWER):
                traps.add(char)
    return traps
