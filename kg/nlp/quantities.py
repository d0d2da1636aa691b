"""The quantity grammar: numbers with scale, unit, qualifier and sign, in German and English.

Pure functions over strings (no spaCy): the figure extractor runs
:func:`find_quantities` on a sentence, drops what :func:`is_date_or_year_like`
flags, and decides metric, entity and the sign of verbs ("verlor", "fell").

What a quantity is, left to right::

    [zwischen|between] [qualifier] [minus|plus] [sign] [currency] [sign] DIGITS
        [scale] [currency | percent | points | multiple] [qualifier after]
        [(bis|to|-|und/and after zwischen/between) second quantity]

Decisions worth knowing:

* Number format follows the language (German ``1.234,5``, English ``1,234.5``)
  but a number is also read right when the other convention is unambiguous:
  two separator kinds, or one separator repeated, are always grouping plus
  decimal. One grouping separator followed by exactly three digits is
  grouping ("25.132" de, "26,540" en); otherwise it is a decimal point
  ("1.234" in an English text is 1.234). An apostrophe before exactly three
  digits always groups, in either language ("12'412", "CHF 1’234 Mio.",
  Swiss style); the separator after its groups is then a decimal point.
* "Dollar"/"$" is USD; "¥" is JPY unless "Yuan"/"Renminbi"/"RMB" follows
  (then CNY). A currency word after the number wins over a bare symbol before it.
* "Prozentpunkte"/"percentage points" are Percent; basis points are Percent
  divided by 100 ("25 Basispunkte" is 0.25 Percent).
* A scale word with no currency/percent makes a Count; a bare number has unit None.
* "gut 16 Prozent" is AtLeast (ANNOTATION.md), "knapp" Approximately.
* Ranges: "bis"/"-" always; "to" not after "from" (a change, not a range) and,
  when the first number carries its own unit, only for currencies
  ("$70 billion to $72 billion", but "rose 18% to 20%" and "rose $4 to $212" are two
  numbers);
  "und"/"and" only after "zwischen"/"between". A scale word on the second end
  applies to the first ("$1.5-2 billion").
* Digits glued to letters ("Q3", "GPT-5", "H20", "FY2026", "4th") are returned
  as bare numbers so that :func:`is_date_or_year_like` can flag them; numbers
  written in words ("dritte", "dreistellig") are not quantities at all.
"""

from __future__ import annotations

import decimal
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any

from kg.nlp.lang import codes, common_quantities, info, quantity_words

__all__ = [
    "QUALIFIERS",
    "UNITS_NON_CURRENCY",
    "Quantity",
    "find_quantities",
    "is_date_or_year_like",
    "parse_number",
]

QUALIFIERS = ("Exact", "Approximately", "AtLeast", "AtMost")
UNITS_NON_CURRENCY = ("Percent", "Count", "Points", "Multiple")

_MAX_DIGITS = 30  # longer digit runs are ids or noise, never figures
_WINDOW = 80  # how far back the qualifier/currency grammar looks
_CTX = decimal.Context(prec=80)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity expression; offsets are into the text given to find_quantities."""

    start: int
    end: int
    value: Decimal | None
    min_value: Decimal | None
    max_value: Decimal | None
    unit: str | None
    qualifier: str
    number_start: int
    number_end: int
    scaled: bool


# --------------------------------------------------------------------------- numbers

_TOKEN_RE = re.compile(r"[+\-\u2212]?\d+(?:[.,]\d+|['\u2019]\d{3}(?!\d))*")
_RUN_RE = re.compile(r"\d+(?:[.,]\d+|['\u2019]\d{3}(?!\d))*")
_SEP_RE = re.compile(r"[.,]")
# Swiss grouping: "12'412", "1’234’567.50"; no other separator among the groups
_APOSTROPHE_GROUPED = re.compile(r"\d{1,3}(?:['\u2019]\d{3})+(?:[.,]\d+)?")
_APOSTROPHE = re.compile(r"['\u2019]")
# Groups of three digits set apart by a space ("26 000", "1\u202f250\u202f000"); the first group
# starts with no zero, so "030 1234" (a dialling code) and "+49 731" are not numbers
_SPACE_GROUPED = re.compile(
    r"(?<![\d.,+'\u2019])[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d'\u2019]|[.,]\d)")
_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")


@cache
def _reading(lang: str) -> str:
    """The language package that reads numbers of ``lang`` ("de-DE" reads as
    "de"); a language without a package reads as ``default_language``."""
    lang = lang.lower()
    return next((code for code in codes() if lang.startswith(code)),
                common_quantities()["default_language"])


def _space_grouped(run: str) -> bool:
    """Whether a run of :data:`_SPACE_GROUPED` is one number: a narrow or no-break space
    only ever groups digits, a plain one only where a later group starts with a zero, which
    no number written on its own does. Two plain-spaced numbers stay two ("75 737 jets",
    "50 787 Dreamliners": a count and a model)."""
    groups = _SPACES.split(run)
    return any(c != " " for c in _SPACES.findall(run)) or any(g[0] == "0" for g in groups[1:])


def _grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def parse_number(token: str, lang: str) -> Decimal:
    """Read one written number ("1.234.567,89", "26,540", "3.4") as an exact Decimal.

    The language decides the ambiguous cases; see the module docstring.
    Raises ValueError when the separators make no sense ("1,2,3").
    """
    t = token.strip()
    if _SPACE_GROUPED.fullmatch(t) and _space_grouped(t):
        return Decimal(_SPACES.sub("", t))
    if not _TOKEN_RE.fullmatch(t):
        raise ValueError(f"not a number: {token!r}")
    negative = t[0] in "-\u2212"
    if t[0] in "+-\u2212":
        t = t[1:]
    if _APOSTROPHE.search(t):
        if not _APOSTROPHE_GROUPED.fullmatch(t):
            raise ValueError(f"malformed number: {token!r}")
        integer, _, fraction = _APOSTROPHE.sub("", t).replace(",", ".").partition(".")
        value = Decimal(f"{integer}.{fraction}" if fraction else integer)
        return -value if negative else value
    seps = _SEP_RE.findall(t)
    groups = _SEP_RE.split(t)
    group_sep = "." if info(_reading(lang or "")).decimal_comma else ","
    if not seps:
        integer, fraction = t, ""
    elif len(set(seps)) == 2:
        last = seps[-1]
        if seps.count(last) != 1 or not _grouped(groups[:-1]):
            raise ValueError(f"malformed number: {token!r}")
        integer, fraction = "".join(groups[:-1]), groups[-1]
    elif len(seps) > 1:
        if not _grouped(groups):
            raise ValueError(f"malformed number: {token!r}")
        integer, fraction = "".join(groups), ""
    elif seps[0] == group_sep and _grouped(groups) and groups[0] != "0":
        integer, fraction = "".join(groups), ""
    else:  # a lone separator that is not grouping is a decimal point
        integer, fraction = groups
    value = Decimal(f"{integer}.{fraction}" if fraction else integer)
    return -value if negative else value


def _split_run(run: str, lang: str) -> list[tuple[int, int]]:
    """Cut a run of digits and separators into parseable numbers (offsets in the run)."""
    try:
        parse_number(run, lang)
        return [(0, len(run))] if _digits(run) <= _MAX_DIGITS else []
    except ValueError:
        pass
    bounds = [0] + [m.start() for m in _SEP_RE.finditer(run)] + [len(run)]
    # piece i spans run[bounds[i] (+1 for the separator) : bounds[i + 1]]
    out: list[tuple[int, int]] = []
    i, n = 0, len(bounds) - 1
    while i < n:
        start = bounds[i] + (1 if i else 0)
        for j in range(min(n, i + 6), i, -1):
            piece = run[start : bounds[j]]
            try:
                parse_number(piece, lang)
            except ValueError:
                continue
            if _digits(piece) <= _MAX_DIGITS:
                out.append((start, bounds[j]))
            i = j
            break
        else:  # pragma: no cover - a single group always parses
            i += 1
    return out


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _tidy(d: Decimal) -> Decimal:
    if d == d.to_integral_value(context=_CTX):
        return d.quantize(Decimal(1), context=_CTX)
    return d.normalize(context=_CTX)


# --------------------------------------------------------------------------- grammar


def _alt(words: Any) -> str:
    """Regex alternation of words, longest first; spaces match any whitespace."""
    parts = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) or r"(?!)"


def _lower(table: dict[str, Any]) -> dict[str, Any]:
    return {k.lower(): v for k, v in table.items()}


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


_HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class _Grammar:
    scales: dict[str, Decimal]
    cur_before: dict[str, str]
    cur_after: dict[str, str]
    minor: dict[str, str]  # a hundredth of a currency: "cents", "Cent"
    minor_codes: dict[str, str]  # the same as a code, case kept: "GBp", "GBX"
    # the same glued to the digits: "420p", not before a dot and a letter ("5p.m.")
    minor_attached: re.Pattern[str]
    minor_glued: dict[str, str]  # the currency of each such ending
    percent: dict[str, Decimal]
    points: frozenset[str]
    qual_before: dict[str, str]
    qual_after: dict[str, str]
    particle_quals: frozenset[str]
    particle_before: re.Pattern[str]
    verb_particle: re.Pattern[str] | None  # "handed over": the qualifier word a verb's particle
    sign_words: dict[str, int]
    left: re.Pattern[str]
    left_start: re.Pattern[str]
    right_scale: re.Pattern[str]
    right_letter: re.Pattern[str]
    right_unit: re.Pattern[str]
    right_times: re.Pattern[str]
    right_qual: re.Pattern[str]
    connector: re.Pattern[str]
    percent_listed: re.Pattern[str] | None  # ", ", " und ": a list's numbers before its percent sign
    # " beziehungsweise ": a pair of amounts whose currency stands after the second only
    amount_listed: re.Pattern[str] | None
    currencies: frozenset[str]  # the units that are currencies
    before_from: re.Pattern[str]
    range_before: re.Pattern[str] | None
    range_after: re.Pattern[str] | None
    range_from: re.Pattern[str] | None  # "ranging from": "from $44 to $66" is a span, no change
    move_before: re.Pattern[str] | None
    change_by: re.Pattern[str] | None  # "by" before a change: "raised it by 5 cents to $1.65"
    percent_change: re.Pattern[str] | None  # "percentage points": a change's unit, no level's
    range_nouns: re.Pattern[str] | None
    change_to: frozenset[str]
    year_cue: re.Pattern[str]
    id_cue: re.Pattern[str]
    index_name: re.Pattern[str]
    index_numbers: dict[str, frozenset[int]]
    dates: re.Pattern[str]
    ordinal_after: re.Pattern[str]
    code_before: re.Pattern[str]  # a currency code glued to the digits: "EUR1.2bn"


@cache
def _lexicon() -> dict[str, Any]:
    """``common`` and every language's words, by language code."""
    return {"common": common_quantities(), **{code: quantity_words(code) for code in codes()}}


@cache
def _grammar(code: str) -> _Grammar:
    lex = _lexicon()
    common = lex["common"]
    own = lex[code]
    others = [lex[other] for other in codes() if other != code]

    def merged(name: str) -> dict[str, Any]:
        table: dict[str, Any] = {}
        for words in [*others, own]:
            table.update(_lower(words.get(name, {})))
        return table

    def union(name: str) -> list[str]:
        return [word for words in [*others, own] for word in words.get(name, [])]

    scales = {k: Decimal(v) for k, v in merged("scale").items()}
    cur_before = _lower(common["currency_before"])
    cur_after = {**_lower(common["currency_after"]), **merged("currency_ambiguous"),
                 **merged("currency_after")}
    minor = merged("minor_currency")
    percent = {
        **{k: Decimal(v) for k, v in _lower(common["percent"]).items()},
        **{k: Decimal(v) for k, v in merged("percent").items()},
    }
    points = frozenset(w.lower() for w in union("points"))
    multiple = union("multiple")
    qual_before = merged("qualifier_before")
    qual_after = merged("qualifier_after")
    sign_words = {k: int(v) for k, v in merged("sign_words").items()}
    between = union("range_between")
    to_words = union("range_to")
    and_words = union("range_and")
    times_objects = union("times_objects")
    months = union("months")

    ws = r"[ \t\u00a0\u202f\u2009]"
    sep = rf"(?:{ws}{{0,2}}|{ws}?\n{ws}*|-)"
    no_letter_before = r"(?<![^\W\d_])"
    minor_codes: dict[str, str] = common["minor_codes"]
    before_words = [*common["currency_before"], *minor_codes]
    left_words = between + list(qual_before) + list(sign_words) + before_words
    left = re.compile(
        rf"(?:{no_letter_before}(?P<between>{_alt(between)})\s+)?"
        rf"(?:{no_letter_before}(?P<qual>{_alt(qual_before)})\s+)?"
        rf"(?:{no_letter_before}(?P<signword>{_alt(sign_words)})\s+)?"
        r"(?P<sign1>(?<![\w.,%])[-+\u2212\u2013])?"
        rf"(?:(?<![^\W\d_])(?P<cur>{_alt(before_words)}){ws}?"
        r"(?P<sign2>[-+\u2212])?)?\Z",
        re.IGNORECASE,
    )
    right_scale = re.compile(rf"(?P<sep>{sep})(?P<scale>{_alt(scales)})(?!\w)", re.IGNORECASE)
    right_letter = re.compile(r"(?P<scale>[kmbtKMBT])(?!\w)")
    unit_words = list(cur_after) + list(minor) + list(minor_codes) + list(percent) + list(points)
    right_unit = re.compile(
        rf"(?:(?P<sep>{sep})(?P<unit>{_alt(unit_words)})"
        rf"|(?P<msep>-?)(?P<mult>{_alt(multiple)})"
        rf"|(?P<xmult>{_alt(common['multiple_attached'])}))(?!\w)",
        re.IGNORECASE,
    )
    right_times = re.compile(
        rf"{ws}+(?P<mult>{_alt(union('times_words'))})"
        rf"(?=(?:\s+(?:{_alt(union('times_modifiers'))}|(?:19|20)\d\d))"
        rf"{{0,3}}\s+(?:{_alt(times_objects)})(?!\w))",
        re.IGNORECASE,
    )
    right_qual = re.compile(
        rf"(?:,?\s+)(?P<qual>{_alt(qual_after)})(?!\w)(?!\s+(?:{_alt(union('comparison'))})(?!\w))",
        re.IGNORECASE,
    )
    connector = re.compile(
        rf"(?:\s*(?P<dash>[-\u2013\u2014])\s*"
        rf"|\s+(?P<to>{_alt(to_words)})\s+(?!(?:{_alt(union('range_to_not_before'))})(?!\w))"
        rf"|\s+(?P<and>{_alt(and_words)})\s+)(?=[^\W_]|[$€£¥₹₩+\-\u2212])",
        re.IGNORECASE,
    )
    before_from = re.compile(rf"(?<!\w)(?:{_alt(union('change_from'))})\s+\S{{0,4}}\Z",
                             re.IGNORECASE)
    range_before = re.compile(rf"(?<!\w)(?:{_alt(union('range_before'))})\s+\Z",
                              re.IGNORECASE) if union("range_before") else None
    range_after = re.compile(rf"\s*,?\s*(?:(?:{_alt(union('range_after'))})(?!\w)"
                             rf"|(?:{_alt(union('range_after_closing'))})(?=\s*(?:[.,;:)]|\Z)))",
                             re.IGNORECASE) if union("range_after") else None
    range_from = re.compile(rf"(?<!\w)(?:{_alt(union('range_from'))})\s+(?:{_alt(union('change_from'))})\s+\S{{0,4}}\Z",
                            re.IGNORECASE) if union("range_from") else None
    particle = (rf"(?:(?:{_alt(union('move_particles'))})\s+)?"
                if union("move_particles") else "")
    move_before = re.compile(rf"(?<!\w)(?:{_alt(union('move_before'))})\s+{particle}\Z",
                             re.IGNORECASE) if union("move_before") else None
    percent_change = re.compile(rf"\s*(?:{_alt(union('percent_change'))})(?!\w)",
                                re.IGNORECASE) if union("percent_change") else None
    change_by = re.compile(rf"(?<!\w)(?:{_alt(union('move_particles'))})\s+\Z",
                           re.IGNORECASE) if union("move_particles") else None
    range_nouns = re.compile(rf"\s+(?:{_alt(union('range_nouns'))})(?!\w)",
                             re.IGNORECASE) if union("range_nouns") else None
    year_cue = re.compile(rf"(?<!\w)(?:{_alt(union('year_cues'))})\s+\Z", re.IGNORECASE)
    id_cue = re.compile(rf"(?<!\w)(?:{_alt(common['id_cues'])})\s*\Z")
    index_numbers = {_key(k): frozenset(v) for k, v in common["index_names"].items()}
    index_name = re.compile(rf"(?<!\w)(?P<name>{_alt(common['index_names'])})[\s-]\Z")
    month = _alt(months)
    time_words = _alt(union("time_words"))
    day = r"(?:0?[1-9]|[12]\d|3[01])"
    mon = r"(?:0?[1-9]|1[0-2])"
    date_parts = [
        r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)",
        rf"(?<!\d){day}\.\s?{mon}\.\s?\d{{4}}(?!\d)",
        rf"(?<!\d){day}/{mon}/\d{{2,4}}(?!\d)",
        rf"(?<!\d){mon}/{day}/\d{{2,4}}(?!\d)",
        r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)",
        rf"(?<!\d)(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?(?:{time_words})(?!\w)",
        rf"(?<!\d){day}\.?\s?(?:{month})(?!\w)",
        rf"(?<!\w)(?:{month})\s?{day}(?:st|nd|rd|th)?(?!\d)",
        rf"(?<!\d){day}(?:st|nd|rd|th)?\s(?:of\s)?(?:{month})(?!\w)",
        r"(?<!\w)(?:Q[1-4]|[1-4]Q|H[12]|[1-4]H)(?:[\s/-]?'?\d{2,4})?(?!\w)",
        r"(?<!\w)(?:FY|CY|GJ)\s?'?\d{2,4}(?!\w)",
    ]
    # "11.11." is a German date; read in either language (is_date_or_year_like has no lang)
    date_parts.append(rf"(?<![\d.,]){day}\.{mon}\.(?!\d)")
    dates = re.compile("|".join(f"(?:{p})" for p in date_parts))
    # codes and abbreviations that may be glued to the digits ("USD5", "SFr168.40")
    codes_before = [code for code in common["currency_before"]
                    if len(code) >= 2 and code.isalpha() and code[0].isupper()]
    ordinal_after = re.compile(
        rf"\.(?:\s*(?:{month}|{_alt(union('ordinal_nouns'))})(?!\w)"
        r"|\s+[a-zäöüß])"
    )
    return _Grammar(
        scales=scales,
        cur_before=cur_before,
        cur_after=cur_after,
        minor=minor,
        minor_codes=minor_codes,
        minor_attached=re.compile(rf"(?P<unit>{_alt(common['minor_attached'])})(?!\w|\.\w)"),
        minor_glued=common["minor_attached"],
        percent=percent,
        points=points,
        qual_before=qual_before,
        qual_after=qual_after,
        particle_quals=frozenset(_key(w) for w in union("particle_qualifiers")),
        particle_before=re.compile(
            rf"(?<!\w)(?:{_alt(union('particle_before'))}|\w+ed)\s+\Z", re.IGNORECASE
        ),
        verb_particle=re.compile(rf"(?<!\w)(?:{_alt(union('verb_particles'))})\Z", re.IGNORECASE)
        if union("verb_particles") else None,
        sign_words=sign_words,
        left=left,
        left_start=re.compile(
            r"(?<![^\W\d_])[" + "".join(sorted({re.escape(w[0]) for w in left_words}))
            + r"\-+\u2212\u2013]", re.IGNORECASE),
        right_scale=right_scale,
        right_letter=right_letter,
        right_unit=right_unit,
        right_times=right_times,
        right_qual=right_qual,
        connector=connector,
        percent_listed=re.compile(rf"\s*,\s*|\s+(?:{_alt(union('percent_listed'))})\s+",
                                  re.IGNORECASE) if union("percent_listed") else None,
        amount_listed=re.compile(rf"\s+(?:{_alt(union('amount_listed'))})\s+", re.IGNORECASE)
        if union("amount_listed") else None,
        currencies=frozenset(cur_before.values()) | frozenset(cur_after.values()),
        before_from=before_from,
        range_before=range_before,
        range_after=range_after,
        range_from=range_from,
        move_before=move_before,
        change_by=change_by,
        percent_change=percent_change,
        range_nouns=range_nouns,
        change_to=frozenset(w.lower() for w in union("change_to")),
        year_cue=year_cue,
        id_cue=id_cue,
        index_name=index_name,
        index_numbers=index_numbers,
        dates=dates,
        ordinal_after=ordinal_after,
        code_before=re.compile(rf"(?<![^\W\d_])(?:{_alt(codes_before)})\Z"),
    )


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True, slots=True)
class _Single:
    """One number with what is written around it, before any range is formed."""

    start: int  # first char of qualifier / sign / currency / digits
    end: int  # after the unit, scale, digits or trailing qualifier
    number_start: int
    number_end: int
    value: Decimal  # signed, scaled, times the percent or minor-currency factor
    unit: str | None  # None when no currency/percent/points/multiple was written
    unit_after: bool  # the unit was written after the number (not only a symbol before)
    factor: Decimal  # percent factor (0.01 for basis points), 0.01 for cents
    qualifier: str | None
    scale: Decimal | None
    between: int | None  # start of a "zwischen"/"between" right before
    attached: bool  # digits glued to a word on the left ("Q3", "GPT-5")


_LETTER_SCALES = {"k": Decimal("1e3"), "m": Decimal("1e6"), "b": Decimal("1e9"),
                  "t": Decimal("1e12")}
_LEFT_GROUPS = ("qual", "signword", "sign1", "cur")


def _single(text: str, s: int, e: int, lo: int, g: _Grammar, code: str) -> _Single:
    number = parse_number(text[s:e], code)
    prev = text[s - 1] if s > 0 else ""
    if (prev.isalpha() and not g.code_before.search(text, max(0, s - 4), s)) \
            or (prev in "-/" and s > 1 and text[s - 2].isalpha()):
        return _Single(s, e, s, e, number, None, False, Decimal(1), None, None, None, True)

    start, sign, currency, qualifier, between = s, 1, None, None, None
    m = _left_context(text, s, lo, g)
    if m:
        start = min([m.start(grp) for grp in _LEFT_GROUPS if m[grp]] + [s])
        if m["between"]:
            between = m.start("between")
        if m["qual"]:
            qualifier = g.qual_before.get(_key(m["qual"]))
            if _key(m["qual"]) in g.particle_quals and g.particle_before.search(
                text, max(0, m.start("qual") - 30), m.start("qual")
            ):
                qualifier = None  # "raised its target up to $675"
                start = min([m.start(grp) for grp in _LEFT_GROUPS[1:] if m[grp]] + [s])
            elif g.verb_particle is not None and g.verb_particle.search(
                text, max(0, m.start("qual") - 30), m.end("qual")
            ):
                qualifier = None  # "handed over 657 jets"
                start = min([m.start(grp) for grp in _LEFT_GROUPS[1:] if m[grp]] + [s])
        if m["signword"]:
            sign *= g.sign_words.get(_key(m["signword"]), 1)
        for grp in ("sign1", "sign2"):
            if m[grp] and m[grp] in "-\u2212\u2013":
                sign = -sign
        if m["cur"]:
            currency = g.minor_codes.get(m["cur"]) or g.cur_before.get(m["cur"].lower())

    end, scale, unit, unit_after, factor = _right(text, e, g, currency)
    if unit is None and m and m["cur"] in g.minor_codes:
        factor = _HUNDREDTH  # "GBp 198" is 1.98 pounds
    if end == e:
        aside = _aside(text, s, e)
        if aside is not None:  # "13,5 (zuvor: 13,0) Milliarden Euro"
            at, inner = aside
            after = _right(text, at, g, currency)
            if after[0] > at:
                end, scale, unit, unit_after, factor = after
                if not inner:
                    end = e  # the number in brackets is read on its own
    if unit is None:
        unit = currency
    elif unit in {"USD", "JPY"} and currency not in {None, "USD", "JPY"}:
        unit = currency  # "HK$5 Dollar": a specific symbol beats a generic word
    if qualifier is None:
        mq = g.right_qual.match(text, end)
        if mq:
            qualifier, end = g.qual_after.get(_key(mq["qual"])), mq.end()

    value = number * sign * factor
    if scale is not None:
        value = _CTX.multiply(value, scale)
    return _Single(start, end, s, e, value, unit, unit_after, factor, qualifier, scale,
                   between, False)


def _right(text: str, e: int, g: _Grammar,
           currency: str | None) -> tuple[int, Decimal | None, str | None, bool, Decimal]:
    """The scale and unit written after the digits ending at ``e``: where they
    end, the scale, the unit, whether a unit was written, its factor."""
    end, scale, unit, unit_after, factor = e, None, None, False, Decimal(1)
    ms = g.right_scale.match(text, end)
    if ms:
        scale, end = g.scales[ms["scale"].lower()], ms.end()
    else:
        ml = g.right_letter.match(text, end)
        if ml and (currency is not None or ml["scale"] in "kmb"):
            scale, end = _LETTER_SCALES[ml["scale"].lower()], ml.end()
    mu = g.right_unit.match(text, end)
    if mu:
        if mu["unit"]:
            word = _key(mu["unit"])
            if mu["unit"] in g.minor_codes:  # "198 GBp"; "198 GBP" is pounds
                unit, factor = g.minor_codes[mu["unit"]], _HUNDREDTH
            elif word in g.percent:
                unit, factor = "Percent", g.percent[word]
            elif word in g.points:
                unit = "Points"
            elif word in g.minor:
                unit, factor = g.minor[word], _HUNDREDTH
            else:
                unit = g.cur_after.get(word)
            if unit is not None:
                end, unit_after = mu.end(), True
        elif scale is None:  # "25-fache", "25x"; never after a scale word
            unit, end, unit_after = "Multiple", mu.end(), True
    elif scale is None:
        mt = g.right_times.match(text, end)
        mp = None if mt else g.minor_attached.match(text, end)
        if mt:
            unit, end, unit_after = "Multiple", mt.end(), True
        elif mp and currency is None:  # "420p": pence glued to the digits
            unit, factor = g.minor_glued[mp["unit"]], _HUNDREDTH
            end, unit_after = mp.end(), True
    return end, scale, unit, unit_after, factor


# A number in brackets between a number and its scale or unit, with or without
# a label: "13,5 (zuvor: 13,0) Milliarden Euro", "1,2 (Vorjahr: 1,1) Prozent",
# "761 (717) Millionen Euro". Both numbers take the scale and unit after it.
_ASIDE = re.compile(r"[ \t]*\([^()\d]{0,25}?[-+\u2212]?\d[\d.,]*[ \t]*\)[ \t]*")
_ASIDE_CLOSE = re.compile(r"[ \t]*\)[ \t]*")
_ASIDE_OPEN = re.compile(r"\d[ \t]*\([^()\d]{0,25}\Z")


def _aside(text: str, s: int, e: int) -> tuple[int, bool] | None:
    """Where the scale or unit of a number with a bracketed number beside it
    is written, and whether the number is the one in brackets."""
    if e >= len(text) or text[e] not in " \t()":
        return None
    outer = _ASIDE.match(text, e)
    if outer is not None:
        return outer.end(), False
    close = _ASIDE_CLOSE.match(text, e)
    if close is not None and _ASIDE_OPEN.search(text, max(0, s - 30), s):
        return close.end(), True
    return None


def _left_context(text: str, s: int, lo: int, g: _Grammar) -> re.Match[str] | None:
    """``g.left`` before the digits at ``s``, not empty: what ``search``
    from ``s - _WINDOW`` finds, but tried only where a word, sign or
    currency can start (``search`` tries every position, at a cost that
    showed in every number).

    A match not at ``s`` opens with a qualifier, sign word, "between" word,
    sign or currency symbol, after no letter; ``left_start`` finds every
    such place, and the first one where ``left`` matches is the leftmost.
    """
    for place in g.left_start.finditer(text, max(lo, s - _WINDOW), s):
        m = g.left.match(text, place.start(), s)
        if m:
            return m
    return None


def _year_like(text: str, x: _Single) -> bool:
    token = text[x.number_start : x.number_end]
    return (x.unit is None and x.scale is None and len(token) == 4 and token.isdigit()
            and 1900 <= int(token) <= 2100)


_DATE_CHAIN_BEFORE = re.compile(r"\d[-/.:]\Z")
_RANGE_BEFORE = 28  # how far back a range's opening words may start: "to grow organically by "
# a year and a slash before a number: "Geschäftsjahr 2025/26", "FY 2025/2026"
_YEAR_SLASH = re.compile(r"(?<![\d.,])(?:19|20)\d\d/\Z")
_DATE_CHAIN_AFTER = re.compile(r"[-/:]\d")


def _second_end(
    text: str, a: _Single, g: _Grammar, code: str, token_end: dict[int, int],
    before: Quantity | None = None,
) -> _Single | None:
    """The second end of a range that starts with ``a``, if the text goes on with one;
    ``before`` is the quantity read just before ``a``."""
    if a.attached or _year_like(text, a):
        return None
    if _DATE_CHAIN_BEFORE.search(text, max(0, a.number_start - 2), a.number_start):
        return None  # the "10" of "2025-10-30"
    mc = g.connector.match(text, a.end)
    if not mc or (mc["and"] and a.between is None):
        return None
    pos = mc.end()
    run_start = next((i for i in range(pos, min(len(text), pos + 6)) if i in token_end), None)
    if run_start is None:
        return None
    b = _single(text, run_start, token_end[run_start], pos, g, code)
    if b.attached or b.start != pos or b.qualifier is not None or _year_like(text, b):
        return None
    if _DATE_CHAIN_AFTER.match(text, b.number_end):
        return None  # "2025-10-30", "10-12-2025": a date, not a range
    if mc["to"] and mc["to"].lower() in g.change_to:
        if g.before_from.search(text, max(0, a.start - 12), a.start) and not (
                g.range_after is not None and g.range_after.match(text, b.end)) and not (
                _range_then_from(text, a, before, g)) and not (
                g.range_from is not None and g.range_from.search(text, max(0, a.start - 24), a.start)):
            return None  # "from $650 to $675" is a change; "from $3.55 to $3.75 previously"
            # is the range of before, "ranging from $44 to $66" a span
        banded = bool(a.unit_after and a.unit in UNITS_NON_CURRENCY and g.range_before is not None
                      and g.range_before.search(text, max(0, a.start - _RANGE_BEFORE), a.start))
        if a.unit_after and a.unit in UNITS_NON_CURRENCY and not banded and not (
                g.range_nouns is not None and g.range_nouns.match(text, b.end)) and not (
                g.range_after is not None and g.range_after.match(text, b.end)):
            return None  # "rose 18% to 20%"; not "growth of 9% to 11%", "5% to 7% range",
            # "down from 8% to 11% previously"
        if g.move_before is not None and g.move_before.search(text, max(0, a.start - 20), a.start):
            return None  # "shares rose $4 to $212": the move, then the price it moved to
        if g.change_by is not None and not banded \
                and g.change_by.search(text, max(0, a.start - 8), a.start) \
                and 0 < a.value and a.value * _FAR < (b.value if b.unit is not None
                                                      else b.value * a.factor):
            return None  # "raised its dividend by 5 cents to $1.65", "lifted its target by
            # $6 to $132": the change, then the new level far above it; "cut costs by $1
            # billion to $1.5 billion" stays a range, and so does a forecast's band of
            # percentages ("expects profit to grow by 3% to 7%"), however wide
    if a.unit_after and b.unit_after and g.percent_change is not None \
            and bool(g.percent_change.match(text, a.number_end)) \
            != bool(g.percent_change.match(text, b.number_end)):
        return None  # "to rise by 2 percentage points to 15%": the change, then the level
    if a.unit is None or a.unit == b.unit or (not a.unit_after and b.unit is None):
        return b
    if _unit_once(text, a, b, mc, g):
        return replace(b, unit=a.unit, factor=a.factor,
                                   value=b.value * a.factor)  # "11,61 Euro bis 11,91"
    return None


def _range_then_from(text: str, a: _Single, before: Quantity | None, g: _Grammar) -> bool:
    """Whether ``a`` follows a range and "from", maybe after one word: "raised its forecast
    to $1.05 billion to $1.1 billion from $950 million to $1 billion", "…, up from $2.33
    billion to $2.37 billion" name the band they replace, a band too, not a change from the
    one end to the other."""
    if before is None or before.min_value is None:
        return False
    m = g.before_from.search(text, before.end, a.start)
    return m is not None and _ONE_WORD.fullmatch(text, before.end, m.start()) is not None


_ONE_WORD = re.compile(r"[\s,]*(?:[^\W\d_]+\s+)?")  # what may stand before "from": "up ", ", "


_CLOSE = Decimal("1.5")  # the upper end of such a range lies close above the lower
_FAR = Decimal("2")  # a level after "by" a change lies further above it than a range's end
_PLAIN_AFTER = re.compile(r"\s*(?:$|[^\w\s]|[^\W\d_](?<![A-ZÄÖÜ]))")


def _unit_once(text: str, a: _Single, b: _Single, mc: re.Match[str], g: _Grammar) -> bool:
    """A range whose unit is written after its first end only ("11,61 Euro bis
    11,91 bereinigten Gewinn"): a bare second end after a "bis" that is no
    word of change (English "fell 3 euros to 45" moves), of no scale, close
    above the first, no ordinal, counting no capitalised noun ("5 Euro bis
    30. September", "20 Euro bis 22 Monate")."""
    return bool(a.unit_after and a.unit is not None and a.scale is None and mc["to"]
                and mc["to"].lower() not in g.change_to
                and b.unit is None and b.scale is None
                and 0 < a.value < b.value * a.factor <= a.value * _CLOSE
                and not g.ordinal_after.match(text, b.number_end)
                and _PLAIN_AFTER.match(text, b.end))


def _combine(a: _Single, b: _Single) -> Quantity | None:
    lo, hi = a.value, b.value
    if a.scale is None and b.scale is not None:
        lo = _CTX.multiply(lo, b.scale)
    if a.unit is None:
        lo = _CTX.multiply(lo, b.factor)
    if lo >= hi:
        return None
    scaled = a.scale is not None or b.scale is not None
    unit = a.unit if a.unit is not None else b.unit
    if unit is None and scaled:
        unit = "Count"
    return Quantity(
        start=a.between if a.between is not None else a.start,
        end=b.end,
        value=None,
        min_value=_tidy(lo),
        max_value=_tidy(hi),
        unit=unit,
        qualifier=a.qualifier or b.qualifier or "Exact",
        number_start=a.number_start,
        number_end=b.number_end,
        scaled=scaled,
    )


def _as_quantity(a: _Single) -> Quantity:
    unit = a.unit
    if unit is None and a.scale is not None:
        unit = "Count"
    return Quantity(
        start=a.start,
        end=a.end,
        value=_tidy(a.value),
        min_value=None,
        max_value=None,
        unit=unit,
        qualifier=a.qualifier or "Exact",
        number_start=a.number_start,
        number_end=a.number_end,
        scaled=a.scale is not None,
    )


def currency_country(code: str) -> str | None:
    """The country whose currency ``code`` is, where a currency word several countries use
    may stand for it ("crowns": "SEK" is Sweden's); None for any other code."""
    countries: dict[str, str] = _lexicon()["common"].get("currency_countries", {})
    return countries.get(code)


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Every quantity expression in ``text``, in order and non-overlapping.

    ``lang`` is a language code ("de-DE" reads as "de"; one without a
    package as the ``default_language`` of the common quantity words).
    Never raises on any string: what does not parse is skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    code = _reading(lang if isinstance(lang, str) else "")
    g = _grammar(code)
    tokens = [m.span() for m in _SPACE_GROUPED.finditer(text) if _space_grouped(m.group())]
    grouped = [range(lo, hi) for lo, hi in tokens]
    for m in _RUN_RE.finditer(text):
        if any(m.start() in span for span in grouped):
            continue
        for lo, hi in _split_run(m.group(), code):
            tokens.append((m.start() + lo, m.start() + hi))
    tokens.sort()
    token_end = dict(tokens)
    out: list[Quantity] = []
    pos = 0
    for s, e in tokens:
        if s < pos:
            continue
        try:
            a = _single(text, s, e, pos, g, code)
            b = _second_end(text, a, g, code, token_end, out[-1] if out else None)
            q = _combine(a, b) if b is not None else None
            out.append(q if q is not None else _as_quantity(a))
        except (ValueError, ArithmeticError, KeyError):
            continue
        pos = out[-1].end
    return _amount_listed(text, _percent_listed(text, out, g), g)


def _percent_listed(text: str, out: list[Quantity], g: _Grammar) -> list[Quantity]:
    """The bare numbers of a list that writes its percent sign once, after its last number
    ("legten um 5,2 und 4,4 Prozent zu", "3, 2 und 1 Prozent") are percentages too; a
    list ending in basis points or another unit, and a year before it, keep their reading."""
    if g.percent_listed is None:
        return out
    plain = False  # the number after is a percentage of factor one, its own or the list's
    for i in range(len(out) - 1, -1, -1):
        a = out[i]
        if i + 1 < len(out) and plain and a.unit is None and not a.scaled \
                and a.value is not None and g.percent_listed.fullmatch(text, a.end, out[i + 1].start) \
                and not _date_or_year_like(text, a):
            out[i] = replace(a, unit="Percent")
            continue
        plain = a.unit == "Percent" and a.value is not None and not a.scaled \
            and g.percent.get(text[a.number_end:a.end].strip().lower()) == 1
    return out


def _amount_listed(text: str, out: list[Quantity], g: _Grammar) -> list[Quantity]:
    """A bare number joined by a word of "respectively" to an amount whose currency stands after
    it ("Ziele von 620 beziehungsweise 605 Euro") is an amount of that currency too: the pair
    gives each of two houses or companies its own. Only for a plain amount after a plain number;
    "3 bzw. 5 Millionen Euro" keeps its reading, as does a year."""
    if g.amount_listed is None:
        return out
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit is None and not a.scaled and a.value is not None and b.unit in g.currencies \
                and not b.scaled and b.value is not None and b.number_start == b.start \
                and g.amount_listed.fullmatch(text, a.end, b.start) and not _date_or_year_like(text, a):
            out[i] = replace(a, unit=b.unit)
    return out


# --------------------------------------------------------------------------- dates and ids


@cache
def _clock_zone() -> re.Pattern[str]:
    """A clock time and the time words after it, the last one kept as ``zone``."""
    lex = _lexicon()
    words = _alt([word for code in codes() for word in lex[code].get("time_words", [])])
    return re.compile(rf"(?<!\d)(?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?:(?:{words})\s+)*"
                      rf"(?P<zone>{words})(?!\w)")


def clock_zones(text: str) -> list[tuple[int, int]]:
    """The spans of the time words printed after a clock time ("11:20 AM HKT",
    "8:02 AM EDT"): a time zone's abbreviation there names no company of that
    spelling."""
    return [match.span("zone") for match in _clock_zone().finditer(text)]


# A version number after a name: one or two digits, a point, one or two
# digits, right after a word that is an acronym or capitalised mid-sentence.
_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")
_NAME_BEFORE_VERSION = re.compile(r"(?<=[\w,;] )(?:[A-Z][A-Z0-9]+|[A-Z][a-z]+[A-Z]?[a-z]*) $")
# What carries a number on into a larger one, a range or a score ("2,5", "2-3", "2:1"), after
# which the number is no name's own.
_NUMBER_GOES_ON = re.compile(r"[.,:\-/]\d")
# A number one or two words before the capitalised word makes it a counted noun or a unit,
# and the number after it a count too ("von 24 Analysten 17 zum Kauf", "für 2 Milliarden Euro
# 73 Züge"), no name's number.
_COUNTED_BEFORE = re.compile(r"\d(?: \w+){1,2} $")
# One word and another number after it pair the two as a count of a whole ("11 von 15
# Analysten", "13 of 20 analysts"): the first is a count, no name's number.
_PAIRED_AFTER = re.compile(r" \w+ \d")
# A name's number closes its phrase ("for Code 2, compared with …"); one that runs on into a
# noun counts it ("im November 72 Flugzeuge", "Airbus 41 Jets").
_PHRASE_CLOSES = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)")


def is_date_or_year_like(text: str, q: Quantity) -> bool:
    """True when ``q`` is a year, date, time, ordinal, period label or an identifier.

    The figure extractor uses it to skip numbers that are not figures:
    "2025", "04. Januar", "Nov. 11", "11.11.", "2025-10-30", "9:30 Uhr", "3.",
    "Q3", "FY2026", "GPT-5", "§ 15", "S&P 500". Quantities with a unit or a
    scale word are never date-like; qualified or signed numbers are not years.
    """
    try:
        return _date_or_year_like(text, q)
    except (IndexError, ValueError, TypeError, ArithmeticError):
        return False


def _date_or_year_like(text: str, q: Quantity) -> bool:
    if q.unit is not None or q.scaled or q.value is None:
        return False
    ns, ne = q.number_start, q.number_end
    if not (0 <= ns < ne <= len(text)):
        return False
    g = _grammar(_reading(""))  # dates and ids: the union of every language's words
    token = text[ns:ne]
    prev = text[ns - 1] if ns > 0 else ""
    nxt = text[ne] if ne < len(text) else ""
    if prev.isalpha() or (prev in "-/" and ns > 1 and text[ns - 2].isalpha()):
        return True
    if nxt.isalpha():
        return True
    if re.match(r"-[A-Z](?![^\W\d_])", text[ne : ne + 3]):
        return True  # "10-K", "20-F"
    for m in g.dates.finditer(text, max(0, ns - 40), min(len(text), ne + 40)):
        if m.start() < ne and m.end() > ns:
            return True
    plain = token.isdigit() and q.value >= 0 and q.qualifier == "Exact"
    if plain and q.value == q.value.to_integral_value():
        n = int(token)
        if len(token) == 4 and 1990 <= n <= 2100 and q.start == ns:
            return True
        if len(token) == 4 and 1800 <= n < 1990:
            if g.year_cue.search(text, max(0, ns - 30), ns):
                return True
        if len(token) <= 3 and g.ordinal_after.match(text, ne):
            return True
        if len(token) <= 3 and len(text) <= 12 and text.strip() == token + ".":
            return True  # a lone "3."
        mi = g.index_name.search(text, max(0, ns - 20), ns)
        if mi and n in g.index_numbers.get(_key(mi["name"]), frozenset()):
            return True
        if len(token) <= 2 and _NAME_BEFORE_VERSION.search(text, max(0, ns - 40), ns) \
                and not _NUMBER_GOES_ON.match(text, ne) and not _COUNTED_BEFORE.search(text, max(0, ns - 40), ns) \
                and not _PAIRED_AFTER.match(text, ne) and _PHRASE_CLOSES.match(text, ne):
            return True  # "Code 2", "Llama 4": a name's number, as of a model, no count
    if g.id_cue.search(text, max(0, ns - 20), ns):
        return True
    if _VERSION.fullmatch(token) and _NAME_BEFORE_VERSION.search(text, 0, ns):
        return True  # "VLA 2.0", "Gemini 2.5": the version in a product's name
    if prev == "'" and len(token) == 2 and token.isdigit():
        return True  # "'25"
    if prev == "/" and len(token) in (2, 4) and token.isdigit() and _YEAR_SLASH.search(text, 0, ns):
        return True  # "2025/26": the second year of a fiscal year, no count
    return False
