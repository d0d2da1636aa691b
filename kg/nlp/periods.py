"""Periods: the quarter, half, fiscal year or year a sentence states, as in
the gold files ("Q3 2025", "Q1 FY2026", "H1", "FY2026", "2025"), from the
``[periods]`` patterns of the lexicon; and the period a results article
reports on, which its figures without one of their own carry over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kg.catalogue import load_fiscal_year_ends
from kg.nlp.document import ISSUER_TYPES, Document, Sentence, closed_relative
from kg.nlp.lang import lexicon
from kg.nlp.prefilter import Prefilter, prepares
from kg.nlp.salience import salient


@dataclass(frozen=True)
class _PeriodPattern:
    kind: str  # quarter, half, q, fy, year, deadline (see the lexicon's [periods])
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Words:
    """What a language says about periods beyond its patterns."""

    numbers: dict[str, int]  # number words of a duration ("zwölf Monate")
    units: dict[str, str]  # duration unit as written → as the gold files write it
    literals: dict[str, str]  # period in words → its nominative form
    prior: re.Pattern[str]  # "im Vorjahr", "a year earlier"
    prior_quarter: re.Pattern[str]  # "im Vorquartal", "in the previous quarter"
    prior_label: str  # "{period} Vorjahr"
    current_year: frozenset[str]  # "laufendes Geschäftsjahr": the reporting year
    current_quarter: frozenset[str]  # "laufendes Quartal": the quarter after the reported one
    next_year: frozenset[str]  # "kommendes Jahr": the year after it
    last_year: frozenset[str]  # "im vergangenen Jahr": the year before it
    calendar_year: frozenset[str]  # "this year": counted from the date, not the reporting year
    fiscal_year: frozenset[str]  # "vergangenes Geschäftsjahr": a fiscal year, "FY2025"
    needs_year: frozenset[str]  # "Gesamtjahr": says too little without that year
    clause_only: frozenset[str]  # "seit Jahresbeginn": a period of its own clause only
    year_to_date: frozenset[str]  # … written as the year of publication
    months: dict[str, int]  # month names and their numbers
    comparison: re.Pattern[str] | None  # "gegenüber", "compared with": a base, not the period
    compared_number: re.Pattern[str] | None  # such a word and a number: "from 2.94%"
    subordinate: re.Pattern[str] | None  # "nachdem", "after": a subordinate clause opens
    monthly: re.Pattern[str] | None  # "deliveries", "Absatz": what a monthly report counts
    outlook: re.Pattern[str] | None  # "forecast", "rechnet": a period after it is an outlook's
    outlook_noun: re.Pattern[str] | None  # "full-year forecast": a period naming an outlook
    report_verbs: re.Pattern[str] | None  # "gemeldet": a month beside it dates the report
    monthly_measures: re.Pattern[str] | None  # "monthly active users": counted over a month
    rolling_ahead: re.Pattern[str] | None  # "for the next 12 months": a span of no year


@lru_cache(maxsize=4)
def _period_patterns(lang: str) -> tuple[tuple[_PeriodPattern, ...], dict[str, int],
                                         re.Pattern[str]]:
    """The period patterns of a language, in order; its ordinal words; the
    words of a quarter or half that does not say which."""
    table = lexicon(lang)["periods"]
    patterns = tuple(
        _PeriodPattern(entry["kind"], re.compile(
            entry["pattern"], re.IGNORECASE if entry.get("ignore_case") else 0))
        for entry in table["patterns"])
    return (patterns, {k.lower(): v for k, v in table["ordinals"].items()},
            re.compile(rf"\b(?:{table['period_words']})"))


@prepares
@lru_cache(maxsize=4)
def _period_prefilter(lang: str) -> Prefilter:
    """Which period patterns can match a sentence: nearly every sentence is
    asked for its period, and most name none."""
    return Prefilter([entry.pattern for entry in _period_patterns(lang)[0]])


@lru_cache(maxsize=4)
def _words(lang: str) -> _Words:
    table = lexicon(lang)["periods"]
    return _Words(numbers={k.lower(): v for k, v in table["numbers"].items()},
                  units={k.lower(): v for k, v in table["duration_units"].items()},
                  literals={k.lower(): v for k, v in table.get("literals", {}).items()},
                  prior=re.compile(table["prior"]),
                  prior_quarter=re.compile(table["prior_quarter"]),
                  prior_label=table["prior_label"],
                  current_year=frozenset(table.get("current_year", [])),
                  current_quarter=frozenset(table.get("current_quarter", [])),
                  next_year=frozenset(table.get("next_year", [])),
                  last_year=frozenset(table.get("last_year", [])),
                  calendar_year=frozenset(table.get("calendar_year", [])),
                  fiscal_year=frozenset(table.get("fiscal_year", [])),
                  needs_year=frozenset(table.get("needs_year", [])),
                  clause_only=frozenset(table.get("clause_only", [])),
                  year_to_date=frozenset(table.get("year_to_date", [])),
                  months={k.lower(): v for k, v in table.get("months", {}).items()},
                  comparison=re.compile(rf"(?:{table['comparison']})\s+$")
                  if table.get("comparison") else None,
                  compared_number=re.compile(rf"(?<![\w-])(?:{table['comparison']})\s+[^\s,]*\d")
                  if table.get("comparison") else None,
                  subordinate=re.compile(rf"(?<![\w-])(?:{table['subordinate']})(?![\w-])")
                  if table.get("subordinate") else None,
                  monthly=re.compile(rf"(?<![\w-])(?:{table['monthly_words']})(?![\w-])")
                  if table.get("monthly_words") else None,
                  outlook=re.compile(rf"(?<![\w-])(?:{table['outlook_verbs']})(?![\w-])")
                  if table.get("outlook_verbs") else None,
                  outlook_noun=re.compile(table["outlook_noun"]) if table.get("outlook_noun") else None,
                  report_verbs=re.compile(rf"(?<![\w-])(?:{table['report_verbs']})(?![\w-])")
                  if table.get("report_verbs") else None,
                  monthly_measures=re.compile(
                      rf"(?<![\w-])(?:{table['monthly_measures']})(?![\w-])")
                  if table.get("monthly_measures") else None,
                  rolling_ahead=re.compile(rf"[^\d,;]{{0,60}}?(?<![\w-])(?:{table['rolling_ahead']})(?![\w-])")
                  if table.get("rolling_ahead") else None)


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_DIGIT = re.compile(r"\d")
_MONTH = re.compile(r"20\d\d-(?:0[1-9]|1[0-2])")
_DEADLINE = "deadline"  # the kind of a year a plan is to be reached by, after its amount


def prior_period(period: str | None, lang: str) -> str | None:
    """The same period a year before: "2016" → "2015", "Q2 2025" → "Q2 2024",
    "FY2026" → "FY2025"; a quarter or half without its year as the language
    writes it ("Q2 Vorjahr"). None where there is no period to go back from."""
    if not period:
        return None
    split = _SPLIT_YEAR.search(period)
    if split is not None:  # "FY2025/26" → "FY2024/25"
        return period.replace(split.group(0), _split_label(int(split.group(1)) - 1), 1)
    if _YEAR.search(period):
        return _YEAR.sub(lambda m: str(int(m.group(1)) - 1), period, count=1)
    if period.startswith(_PARTIAL):
        return _words(lang).prior_label.format(period=period)
    return None


def previous_quarter(period: str | None, lang: str) -> str | None:
    """The quarter or half before: "Q2 2025" → "Q1 2025", "Q1 FY2026" →
    "Q4 FY2025", "H2" → "H1"; "Q1" → the language's "Q4" of the year before.
    None for other periods."""
    match = re.fullmatch(r"([QH])([1-4])(?: (FY)?(20\d\d))?", period or "")
    if match is None:
        return None
    kind, number, fiscal, year = match.groups()
    last = 4 if kind == "Q" else 2
    if int(number) > 1:
        label = f"{kind}{int(number) - 1}"
        return f"{label} {fiscal or ''}{year}" if year else label
    label = f"{kind}{last}"
    if year:
        return f"{label} {fiscal or ''}{int(year) - 1}"
    return _words(lang).prior_label.format(period=label)


def next_quarter(period: str | None) -> str | None:
    """The quarter after a quarter with its year: "Q3 2026" → "Q4 2026", "Q4
    FY2026" → "Q1 FY2027"; None for other periods (an outlook for "the current
    quarter" of an article that reports no quarter says too little)."""
    match = re.fullmatch(r"Q([1-4]) (FY)?(20\d\d)", period or "")
    if match is None:
        return None
    number, fiscal, year = match.groups()
    if number == "4":
        return f"Q1 {fiscal or ''}{int(year) + 1}"
    return f"Q{int(number) + 1} {fiscal or ''}{year}"


def is_span(period: str, lang: str) -> bool:
    """A span back from now ("12 months"), as :func:`period_match` writes it."""
    count, _, unit = period.partition(" ")
    return count.isdigit() and unit.removesuffix("s") in _words(lang).units.values()


@lru_cache(maxsize=4)
def _since_start(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["periods"].get("since_start")
    return re.compile(rf"\b(?:{words})\b") if words else None


def counts_since_start(text: str, lang: str) -> bool:
    """Does the text count a total from a beginning ("Seit dem Start hat X mehr als 17
    Millionen Fahrten absolviert", "has been downloaded 1 billion times since its launch")?
    Such a figure belongs to no period, not the quarter the passage reports on."""
    pattern = _since_start(lang)
    return pattern is not None and pattern.search(text) is not None


def is_undated(period: str) -> bool:
    """The end of a month, or a fiscal year by the month it ends in, whose
    year neither the text nor a date gives."""
    return _MONTH_END.fullmatch(period) is not None or _FY_ENDING.fullmatch(period) is not None


def is_clause_only(period: str, lang: str) -> bool:
    """A period that speaks for its own clause only ("seit Jahresbeginn"):
    "X hat seit Jahresbeginn ein Drittel an Wert verloren, der Umsatz sank um
    4 Prozent" gives the revenue no period."""
    return period in _words(lang).clause_only


def is_last_year(period: str, lang: str) -> bool:
    """The year before in words ("im vergangenen Jahr", "last year"), as
    :func:`period_match` writes it, before :func:`resolve_relative` dates it."""
    return period in _words(lang).last_year


def is_this_year(period: str, lang: str) -> bool:
    """The year under way in words ("this year", "seit Jahresbeginn", "im
    laufenden Jahr"), as :func:`period_match` writes it."""
    words = _words(lang)
    return period in words.current_year or period in words.year_to_date \
        or period in words.calendar_year and period not in words.next_year


def dates_report(period: str | None, text: str, lang: str) -> bool:
    """Is the month ``period`` the day results came out, by a verb of publishing them in
    the sentence ``text`` ("hatte bereits Ende Oktober einen Quartalsgewinn von 10 Milliarden
    Yuan gemeldet")? Then it is no period of the results the verb reports."""
    verbs = _words(lang).report_verbs
    return is_month(period) and verbs is not None and verbs.search(text) is not None


def measures_a_month(text: str, lang: str, count: bool = False) -> bool:
    """Does the sentence ``text`` count a measure taken over a month ("172 Millionen monatlich
    aktive Nutzer im Oktober"), or, for a ``count``, what a monthly report counts ("said it
    delivered 44 jets in November")? A month it names without its year is then the period of
    that count, as a monthly report's month is of its deliveries; elsewhere such a month is
    only a date ("approved in May", "shares rose 2% after it delivered … in November")."""
    words = _words(lang)
    return words.monthly_measures is not None and words.monthly_measures.search(text) is not None \
        or count and words.monthly is not None and words.monthly.search(text) is not None


def rolls_ahead(text: str, at: int, lang: str) -> bool:
    """Does a rolling span ahead of today follow the number ending at ``at``, with no other
    number or clause between ("62 times estimated earnings for the next 12 months")? The
    number is then of no year the sentence names ("has doubled this year")."""
    rolling = _words(lang).rolling_ahead
    return rolling is not None and rolling.match(text, at) is not None


def is_month(period: str | None) -> bool:
    """A month as the gold files write it ("2026-11"), such as the period of a
    monthly report."""
    return period is not None and _MONTH.fullmatch(period) is not None


def is_year_to_date(period: str, lang: str) -> bool:
    """Since the start of the year in words ("seit Jahresbeginn"), as
    :func:`period_match` writes it, where the language writes it as the year."""
    return period in _words(lang).year_to_date


def year_to_date(period: str | None, lang: str, published: date | None) -> str | None:
    """A period since the start of the year ("seit Jahresbeginn") as the year
    of publication where the language writes it so and the date is known: a
    move "seit Jahresbeginn" in an article of December 2026 is the move of 2026.
    Any other period as it is."""
    if period is None or published is None or period not in _words(lang).year_to_date:
        return period
    return str(published.year)


def prior_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that put a value in the year before ("im Vorjahr") and in
    the quarter before ("im Vorquartal")."""
    words = _words(lang)
    return words.prior, words.prior_quarter


def resolve_relative(period: str | None, reporting: str | None, lang: str,
                     published: date | None = None, year_end: int | None = None) -> str | None:
    """A period in words of the reporting year ("laufendes Geschäftsjahr",
    "kommendes Jahr", "im vergangenen Jahr") as the year, where the article's reporting period names
    one: with "Q1 FY2025" they are "FY2025" and "FY2026"; without one, and
    for words of the calendar year ("this year") and the year before, from
    the year of publication where it is known; else as written, or none where
    the words say too little without the year ("Gesamtjahr").

    ``year_end``: the month the company's fiscal year ends in
    (:func:`fiscal_year_end`): the fiscal year just ended ("im abgelaufenen
    Geschäftsjahr") is then the last to have ended before publication, named
    by the year it ends in (in November, September's is "FY2026"); without a
    reporting period, the year under way ("full-year") and the next are the
    fiscal years from it."""
    words = _words(lang)
    if period is None:
        return period
    if period in words.current_quarter:
        return next_quarter(reporting)
    step = 0 if period in words.current_year else 1 if period in words.next_year \
        else -1 if period in words.last_year else None
    if step is None:
        return period
    if published is not None and step < 0 and year_end is not None \
            and period in words.fiscal_year:
        return f"FY{published.year if published.month > year_end else published.year - 1}"
    if published is not None and step == 0 and year_end is not None \
            and period in words.fiscal_year:
        # "the current fiscal year" is the one under way at the date, also after the results
        # of the year just ended ("In the fiscal year that ended on March 31, …")
        return f"FY{published.year + (published.month > year_end)}"
    if published is not None and (step < 0 or period in words.calendar_year):
        # "last year", "this year", "next year": from now, whatever the lead reports; "im
        # vergangenen Geschäftsjahr" is the fiscal year ("FY2025"), not the calendar one
        fiscal = "FY" if period in words.fiscal_year else ""
        return f"{fiscal}{published.year + step}"
    year = _YEAR.search(reporting or "")
    if reporting is None or year is None:
        if published is not None and year_end is not None:
            # "raised its full-year forecast" in November of a year ending in March: the
            # fiscal year under way, which ends next March ("FY2027")
            return f"FY{published.year + (published.month > year_end) + step}"
        if published is not None:
            return str(published.year + step)
        return None if period in words.needs_year else period
    if _SPLIT_YEAR.search(reporting):  # "im kommenden Geschäftsjahr" after "2025/26"
        return _split_label(int(year.group(1)) + step)
    fiscal = "FY" if "FY" in reporting else ""
    return f"{fiscal}{int(year.group(1)) + step}"


def resolve_fiscal(period: str | None, reporting: str | None, document: Document,
                   year_end: int | None) -> str | None:
    """:func:`resolve_relative` in the article, where a fiscal year in words ("im
    abgelaufenen Geschäftsjahr", "the fiscal year just ended") is written as the article
    writes its fiscal years: "FY2025/26" where it names "Geschäftsjahr 2025/26" besides,
    as it does its quarters (:func:`_as_split`); else "FY2026"."""
    resolved = resolve_relative(period, reporting, document.lang, document.published, year_end)
    if resolved is None or year_end is None or period not in _words(document.lang).fiscal_year:
        return resolved
    return _as_split(resolved, document)


_PERIOD_PREFIX = {"quarter": "Q", "half": "H"}
_PARTIAL = ("Q", "H")  # quarters and halves, which may lack their year
REPORTING_SENTENCES = 6  # a results article names its period in the headline or lead
_SHORT_LINE = 5  # words: a line shorter is a byline, date or credit ("© Bloomberg"), no lead
_CLOSED = (".", "!", "?", ":", "…")  # what ends a sentence of the text, not a byline's line


def lead_end(document: Document) -> int:
    """The index after the lead: the first :data:`REPORTING_SENTENCES` sentences, where a
    line of fewer than five words that no full stop closes counts for none ("Harriet Quayle
    in London", "November 4 2026", "© Bloomberg"): an article printed with byline, date and
    credit lines under its headline names its period in the paragraph after them; the
    headline and a short sentence of the text ("Die Aktie stieg deutlich.") count. Worked out
    once per article."""
    if not document.sentences:
        return 0
    cache = document.sentences[0].cache
    if "lead-end" not in cache:
        counted, end = 0, len(document.sentences)
        for sentence in document.sentences:
            counted += sentence.index == 0 or len(sentence.text.split()) >= _SHORT_LINE \
                or sentence.text.rstrip().endswith(_CLOSED)
            if counted >= REPORTING_SENTENCES:
                end = sentence.index + 1
                break
        cache["lead-end"] = end
    return cache["lead-end"]  # type: ignore[return-value]


def reporting_period(document: Document, until: int | None = None) -> str | None:
    """The period a results article reports on: the first quarter, half,
    fiscal year, span of months ("Januar bis März", "in den ersten neun
    Monaten") or annual-results year in the lead; where the lead speaks of
    "the quarter" without saying which, the first quarter or half named
    later. A bare "Q3" takes its year where the article states it.

    ``until``: the index of the last lead sentence that may state it. A
    figure takes no period from a lead sentence after its own: news states the
    period of its results first, and a later "im ersten Halbjahr" is mostly a
    plan ("der Rückkauf soll im ersten Halbjahr starten"). A lead that speaks
    of "the quarter" before the figure still takes the quarter named later.
    A fiscal year "ending in March" is one still under way: an outlook's, not
    the period reported on; one that "ended on March 31" is the year the
    results are of, dated from the article's date."""
    last = len(document.sentences) if until is None else until + 1
    lead = document.sentences[:min(lead_end(document), last)]
    for sentence in lead:
        found = sentence_period(sentence, document.lang)
        if found and forecast_period(sentence, document.lang):
            continue  # a lead's outlook ("forecast fourth-quarter profit"): not reported
        ended = ended_fiscal_year(found, document)
        if ended is not None:
            return ended
        if found and (under_way(found[1], document) or _not_begun(found[1], document)):
            continue  # "Für das Geschäftsjahr 2026/27 stellte X ein Umsatzplus in Aussicht";
            # "will deploy systems starting in the second half of 2027": a plan's
        if found and found[0] != "fy_ending" and (found[0] in ("annual", "months")
                      or found[1].startswith((*_PARTIAL, "FY"))
                      or _TO_DATE.match(found[1])):
            return complete_period(found[1], document)
        if found and found[1] in _words(document.lang).last_year \
                and document.published is not None:
            # "X hat im vergangenen Jahr so viel verdient wie nie": annual results; of the
            # fiscal year just ended where the company's ends off December
            end = fiscal_year_end(document)
            if end is not None and found[1] in _words(document.lang).fiscal_year:
                return resolve_fiscal(found[1], None, document, end)
            return str(document.published.year - 1)
    vague = _period_patterns(document.lang)[2]
    if any(vague.search(sentence.text) for sentence in lead):
        for sentence in document.sentences[lead_end(document):]:
            found = sentence_period(sentence, document.lang)
            if found and found[1].startswith(_PARTIAL) \
                    and not forecast_period(sentence, document.lang):
                # "expects fourth-quarter operating income of …": the quarter guided for
                return complete_period(found[1], document)
        after = _after_compared_quarter(lead, document.lang)
        return complete_period(after, document) if after else None
    # a monthly report ("BYD's sales fell in November"), where the lead names no
    # quarter, half or year: the month a lead sentence names with what such a report
    # counts, once its year is known
    monthly = _words(document.lang).monthly
    months = [found for found in (sentence_period(s, document.lang) for s in lead
                                  if monthly is not None and monthly.search(s.text))
              if found and found[0] in _MONTHLY]
    month = complete_period(months[0][1], document) if months else None
    return None if month is None or is_undated(month) else month


# a quarter that ends its phrase ("up from the second quarter."); one with more words
# ("… of last year", "des Vorjahres") may be a year-ago quarter
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")


_WHOLE_FISCAL_YEAR = re.compile(r"FY(20\d\d)(?:/(\d\d))?")  # "FY2027", "FY2026/27"


def under_way(period: str, document: Document) -> bool:
    """Is ``period`` a whole fiscal year that had not ended by the article's date ("FY2026/27"
    of a year ending in September, told in December 2026)? Its figures are an outlook's,
    not the results the article reports; a year ends in the month the company's fiscal
    year ends in, else in December."""
    whole = _WHOLE_FISCAL_YEAR.fullmatch(period)
    if whole is None or document.published is None:
        return False
    year = int(whole.group(1)) + (1 if whole.group(2) else 0)
    month = fiscal_year_end(document) or 12
    return (year, month) > (document.published.year, document.published.month)


def _not_begun(period: str, document: Document) -> bool:
    """Is ``period`` a quarter or half with its year that had not begun by the article's date
    ("H2 2027" in December 2026)? No results can be of it: it is a plan's period."""
    dated = _DATED_PART.fullmatch(period)
    if dated is None or document.published is None:
        return False
    span = 3 if dated.group(1).startswith("Q") else 6
    first = int(dated.group(2)) * 12 + (int(dated.group(1)[1]) - 1) * span
    return first > document.published.year * 12 + document.published.month - 1


def ended_fiscal_year(found: tuple[str, str] | None, document: Document) -> str | None:
    """The fiscal year a sentence names as ended by its month ("in the fiscal year that
    ended on March 31", "im Ende März abgelaufenen Geschäftsjahr"), dated from the
    article's date ("FY2026" in May 2026): a year past, whose results are reported,
    unlike one "ending in March", which is under way; so is one "to" a month at most half
    a year past ("in the year to March" in May or July). None for any other period, and where no
    date gives the year."""
    if found is None or found[0] != "fy_ending" \
            or not found[1].startswith((FY_ENDED_MARK, FY_TO_MARK)):
        return None
    dated = complete_period(found[1], document)
    if is_undated(dated) or found[1].startswith(FY_TO_MARK) and under_way(dated, document):
        return None  # "für das Geschäftsjahr bis Ende März" in November: the year under way
    return dated


def _after_compared_quarter(lead: list[Sentence], lang: str) -> str | None:
    """The quarter after the one a lead compares a number with ("added 8 million
    subscribers, up from the second quarter": the results are of the third), where
    the lead names the quarter of its results only as "the quarter"; not a year-ago
    quarter ("up from the second quarter of last year")."""
    patterns, ordinals, _vague = _period_patterns(lang)
    prior = _words(lang).prior
    for sentence in lead:
        text = sentence.text
        for entry in patterns:
            if entry.kind not in ("quarter", "q"):
                continue
            for match in entry.pattern.finditer(text):
                label = _period_label(entry.kind, match, ordinals, lang)
                if label.startswith("Q") and _BARE_PART.fullmatch(label) \
                        and _DIGIT.search(text, 0, match.start()) \
                        and _is_comparison_base(text, match.start(), lang) \
                        and _PHRASE_ENDS.match(text, match.end()) \
                        and prior.search(text, match.end()) is None:
                    return f"Q{int(label[1]) % 4 + 1}"
    return None


def complete_period(period: str, document: Document) -> str:
    """"Q3" → "Q3 2025" where another sentence states the same quarter with
    its year; else, where the article's publication date is known, the year
    of the last such quarter or half to have begun by then (news reports the
    quarter just past or the one under way: "im vierten Quartal" in January
    2026 is Q4 2025)."""
    fiscal = period.endswith(FISCAL_MARK)
    if _MONTH_END.fullmatch(period) or _FY_ENDING.fullmatch(period):
        return dated_period(period, document.published)
    quarter = _months_quarter(period, document.lang)
    if quarter is not None:
        # "Der Umsatz sank von Juli bis September": the calendar quarter of a company whose
        # year is the calendar's; one whose year ends off December counts these months as a
        # fiscal quarter, and the span stays as written
        return period if fiscal_year_end(document) is not None \
            else dated_period(quarter, document.published)
    if " " in period and not fiscal \
            or not (period.startswith(_PARTIAL) or _TO_DATE.fullmatch(period)):
        return _in_fiscal_count(period, document)
    # worked out once per article: every figure of a quarter asks, and the
    # answer rests only on the sentences' texts and the publication date
    if not document.sentences:
        return dated_period(period, document.published)
    done: dict[str, str] = document.sentences[0].cache.setdefault(  # type: ignore[assignment]
        "completed-periods", {})
    if period not in done:
        done[period] = _complete_period(period, document)
    return done[period]


_DATED_PART = re.compile(r"([QH][1-4]) (20\d\d)")  # a quarter or half with its year


def _in_fiscal_count(period: str, document: Document) -> str:
    """A quarter or half with a year ("Q2 2026") in an article that counts
    the quarters of that year as a fiscal year's ("the first quarter of fiscal
    year 2026"): the company's fiscal quarter, "Q2 FY2026" (an outlook "for Q2
    2026" after results of "Q1 FY2026" speaks of the quarter after them)."""
    part = _DATED_PART.fullmatch(period)
    if part is None:
        return period
    return f"{part.group(1)} FY{part.group(2)}" if part.group(2) in _fiscal_part_years(document) \
        else period


def _fiscal_part_years(document: Document) -> set[str]:
    """The years whose quarters or halves the article names as a fiscal year's ("the
    first quarter of fiscal 2027": 2027); worked out once per article, as every
    figure of a quarter asks."""
    if not document.sentences:
        return set()
    cache = document.sentences[0].cache
    if "fiscal-parts" not in cache:
        cache["fiscal-parts"] = {
            fiscal.group(2) for fiscal in (
                _FISCAL_LABEL.fullmatch(found[1]) for found in (
                    sentence_period(s, document.lang) for s in document.sentences)
                if found is not None)
            if fiscal is not None}
    return cache["fiscal-parts"]  # type: ignore[return-value]


def _complete_period(period: str, document: Document) -> str:
    if period.endswith(FISCAL_MARK):
        return _complete_fiscal(period.removesuffix(FISCAL_MARK), document)
    for sentence in document.sentences:
        found = sentence_period(sentence, document.lang)
        if found and found[1].startswith(period + " "):
            # "first half" beside "the six months to September": that fiscal half
            return complete_period(found[1], document) if found[1].endswith(FISCAL_MARK) \
                else found[1]
    if _BARE_PART.fullmatch(period) and _fiscal_part(period, document):
        end = fiscal_year_end(document)
        if end is not None and document.published is not None and (
                _stated_year_ends(document) or _reports_now(period, end, document.published)):
            return _as_split(_fiscal_dated(period, end, document.published), document)
        if period.startswith("Q") and (_fiscal_part_years(document) or _calendar_like_stated(document)
                                       or _calendar_like_named(document)):
            # "the first quarter of fiscal 2027 … Revenue for the fourth quarter rose": a company
            # that counts its quarters by fiscal year reports the bare quarter of its fiscal year;
            # so does one that says its year ends in January ("revenue for the fiscal year ending
            # in January 2027 … orders reached $14.8 billion in the third quarter": Q3 FY2027)
            return _complete_fiscal(period, document)
    dated = dated_period(period, document.published)
    if _BARE_PART.fullmatch(period) and dated != period and not _fiscal_part(period, document):
        end = fiscal_year_end(document)
        fiscal = _months_as_fiscal(dated, end) if end is not None else dated
        if fiscal[:2] in _fiscal_parts_named(document) \
                or fiscal != dated and _named_by_first_and_last_month(period, document):
            return _as_split(fiscal, document)
    return dated


def _named_by_first_and_last_month(label: str, document: Document) -> bool:
    """Does the article name the quarter or half ``label`` by its first and last month ("the
    July-September quarter", "im Juli-September-Quartal")? Such a span is one the company
    reports on, and one whose fiscal year ends off December reports it as the fiscal quarter
    those months are (Sony's "July-September quarter" is "Q2 FY2027"). A quarter named by
    its last month only ("the quarter ended June") is read as the calendar's."""
    return any(found is not None and found[0] == "quarter_to" and found[1].groupdict().get("f")
               and _period_label("quarter_to", found[1], _period_patterns(document.lang)[1],
                                 document.lang) == label
               for found in (_first_match(s.text, document.lang, s.cache)
                             for s in document.sentences))


@lru_cache(maxsize=4)
def _fiscal_year_number(lang: str) -> str | None:
    return lexicon(lang)["periods"].get("fiscal_year_number")


def fiscal_numbered_year(period: str, text: str, document: Document, about: str | None) -> str:
    """A year ``text`` names as a fiscal year by its number ("für das Geschäftsjahr 2027") of a
    company whose fiscal year ends off December (:func:`fiscal_year_end`): that fiscal year,
    "FY2027", as the company counts it; of a calendar company, or a year named otherwise
    ("für 2027"), ``period`` as it is."""
    words = _fiscal_year_number(document.lang)
    if words is None or not re.fullmatch(r"20\d\d", period) \
            or re.search(rf"(?<![\w-])(?:{words})\s+{period}(?![/\d])", text) is None \
            or fiscal_year_end(document, about) is None:
        return period
    return f"FY{period}"


def calendar_part_of_other(raw: str, period: str, document: Document, about: str | None) -> str:
    """A bare quarter or half ("its third quarter") of a figure about another company than the
    article's, one the catalogue gives no fiscal year of its own (a calendar company), is
    that company's calendar part, never one of the article company's fiscal year ("Amazon
    reported a 12% rise in net sales for its third quarter" in a Walmart article is Q3 of the
    calendar); a unit of the article's company ("Walmart U.S.") reports in its count, and keeps
    ``period`` as completed, as it does otherwise."""
    company = salient(document, ISSUER_TYPES)
    if about is None or not _BARE_PART.fullmatch(raw) or "FY" not in period \
            or about == company or about in load_fiscal_year_ends():
        return period
    entry = document.catalogue.get(about)
    if entry is not None and company is not None and company in entry.parents:
        return period
    return dated_period(raw, document.published)


def keeps_other_calendar(document: Document, about: str | None) -> bool:
    """Does ``about``, another company than the article's, close its fiscal year
    (``ontology/fiscal_year_ends.tsv``) in another month than the article counts in
    (:func:`fiscal_year_end`; one closing in January or February counts as the calendar's,
    as news name it)? Then the quarter, half or year the article reports in its company's
    count is none of ``about``'s: "Dell last week reported a 34% increase in quarterly
    revenue" in a story on Lenovo's fiscal second quarter names no period of Dell's. Only a
    catalogued company of its own counts, whose year end the catalogue knows: a unit or
    subsidiary of the article's company reports in its count, and one the text alone names
    ("Pellbrook Energy Systems" in Pellbrook Engineering's results) may be such a unit."""
    company = salient(document, ISSUER_TYPES)
    if about is None or company is None or about == company \
            or document.type_of(about) not in ISSUER_TYPES:
        return False
    entry = document.catalogue.get(about)
    if entry is None or company in entry.parents:
        return False
    return _counted_end(load_fiscal_year_ends().get(about)) \
        != _counted_end(fiscal_year_end(document))


def _counted_end(month: int | None) -> int:
    """The month a fiscal year ending in ``month`` counts its quarters from: December for
    none, or for January and February."""
    return month if month is not None and month > _CALENDAR_LIKE_END else 12


def _fiscal_parts_named(document: Document) -> set[str]:
    """The quarters and halves the article names in its fiscal count ("the second
    quarter of its fiscal year", "im zweiten Geschäftsquartal"), anywhere in a
    sentence: "Q2". Months that make up one of them ("the July-September quarter,
    the second quarter of its fiscal year") are that fiscal quarter; elsewhere
    they are the calendar quarter they name. Worked out once per article."""
    if not document.sentences:
        return set()
    cache = document.sentences[0].cache
    if "fiscal-parts-named" not in cache:
        patterns, ordinals, _vague = _period_patterns(document.lang)
        cache["fiscal-parts-named"] = {
            label[:2] for sentence in document.sentences for entry in patterns
            if entry.kind in ("quarter", "half", "q")
            for match in entry.pattern.finditer(sentence.text)
            for label in (_period_label(entry.kind, match, ordinals, document.lang),)
            if " FY" in label}
    return cache["fiscal-parts-named"]  # type: ignore[return-value]


_BARE_PART = re.compile(r"[QH][1-4]")  # a quarter or half as written without its year


def _months_as_fiscal(period: str, end_month: int) -> str:
    """A calendar quarter or half named by its months ("the July-September
    quarter", "Q3 2026") of a company whose fiscal year ends in ``end_month``:
    the fiscal quarter or half those months are, named by the year it ends in
    ("Q2 FY2027" for a year ending in March), as gold and the company count it;
    as it is where its months are no part of that count (a year ending in
    November has no quarter from July to September)."""
    dated = _DATED_PART.fullmatch(period)
    if dated is None:
        return period
    kind, number = dated.group(1)[0], int(dated.group(1)[1])
    span, count = (3, 4) if kind == "Q" else (6, 2)
    last = int(dated.group(2)) * 12 + number * span - 1  # its last month, from year 0
    ahead = (end_month - 1 - last % 12) % 12  # months from it to the fiscal year's end
    if ahead % span:
        return period
    return _fiscal_name(f"{kind}{count - ahead // span}", last + ahead)


def fiscal_year_end(document: Document, company: str | None = None) -> int | None:
    """The month the fiscal year ends in, where it is not the calendar's: the
    one the article names ("the fiscal year ending March 2027", "im Ende März
    endenden Geschäftsjahr"), else the one the catalogue gives ``company``
    (the company a figure belongs to) or, without one, the article's salient
    company (``ontology/fiscal_year_ends.tsv``). A company whose year ends off
    December counts its quarters from that month, and "the second quarter" is
    then a fiscal one. None where the article names no such month and the
    company has none, where it names more than one (a roundup of companies
    whose years differ), or for one ending in January or February (a year news
    names like the calendar year it nearly is)."""
    stated = _stated_year_ends(document)
    if stated:
        months = {m for m in stated if _CALENDAR_LIKE_END < m < 12}
        return months.pop() if len(months) == 1 else None
    if company is None:
        company = salient(document, ISSUER_TYPES)
    month = load_fiscal_year_ends().get(company) if company is not None else None
    return month if month is not None and month > _CALENDAR_LIKE_END else None


def _stated_year_ends(document: Document) -> set[int]:
    """The months the article names a fiscal year as ending in, also by the day in brackets
    after its name ("Geschäftsjahr 2025/26 (30. September)"); worked out once per article."""
    if not document.sentences:
        return set()
    cache = document.sentences[0].cache
    if "fiscal-year-end" not in cache:
        words = _words(document.lang)
        ending = [p.pattern for p in _period_patterns(document.lang)[0]
                  if p.kind == "fy_ending" or p.kind == "fy" and "m" in p.pattern.groupindex]
        cache["fiscal-year-end"] = {words.months[match.group("m").lower()]
                                    for sentence in document.sentences for pattern in ending
                                    for match in pattern.finditer(sentence.text)}
    return cache["fiscal-year-end"]  # type: ignore[return-value]


def _calendar_like_stated(document: Document) -> bool:
    """Does the article name its fiscal year as ending in January or February, and in no
    other month ("the fiscal year ending in January 2027")? A year news names like the
    calendar year where the article only counts quarters, but one the article itself
    speaks of in the company's own fiscal count."""
    stated = _stated_year_ends(document)
    return bool(stated) and all(month <= _CALENDAR_LIKE_END for month in stated)


def _calendar_like_named(document: Document) -> bool:
    """Is the article's company one whose fiscal year ends in January or February
    (``ontology/fiscal_year_ends.tsv``), and does the article name that year under way by its
    number ("expects net sales to grow 5% in fiscal 2027" in November 2026)? The article then
    counts in the company's fiscal years, and its bare quarter ("in the third quarter ended
    Oct. 31") is one of them, "Q3 FY2027". A company the catalogue does not know, or one that
    names no such year, keeps the calendar's count."""
    if document.published is None or not document.sentences:
        return False
    company = salient(document, ISSUER_TYPES)
    end = load_fiscal_year_ends().get(company) if company is not None else None
    if end is None or end > _CALENDAR_LIKE_END:
        return False
    current = {f"FY{document.published.year}", f"FY{document.published.year + 1}"}
    return any(found is not None and found[0] == "fy" and found[1] in current
               for found in (sentence_period(s, document.lang) for s in document.sentences))


_RECENT = 3  # how many months after its end a company still reports a quarter or half
_ANNUAL_LAG = 6  # how many months after its end a company may still report its year


def _reports_now(label: str, end_month: int, published: date) -> bool:
    """Is the quarter or half ``label`` of a fiscal year ending in ``end_month``,
    the last one to have begun by ``published``, under way or ended within a
    quarter? Only then does an article that does not say so count in the
    company's fiscal year: a company reports the part it has just closed, and
    "the third quarter" told in December of a year ending in September (whose
    third quarter ended in June) is the calendar's."""
    span, count = (3, 4) if label.startswith("Q") else (6, 2)
    now = published.year * 12 + published.month - 1
    last = _fiscal_year_of(label, end_month, published) - span * (count - int(label[1]))
    return now - last <= _RECENT


def _fiscal_part(label: str, document: Document) -> bool:
    """Is a bare quarter or half ("Q2") the article's own count of its fiscal
    year ("second-quarter profit")? Not where the article names it by its
    months ("the quarter ended June", "the July-September quarter"): those
    are calendar months, and read as the calendar quarter they are unless the
    article names the fiscal quarter they make up (:func:`_fiscal_parts_named`)."""
    return not any(found is not None and found[0] == "quarter_to" and found[1] == label
                   for found in (sentence_period(s, document.lang) for s in document.sentences))


def _fiscal_dated(label: str, end_month: int, published: date) -> str:
    """A quarter or half without its year ("Q2") of a fiscal year ending in
    ``end_month``: the last such one to have begun by ``published``, as
    :func:`dated_period` dates a calendar one; "Q2" told in October of a year
    ending in March is July to September, "Q2 FY2027"."""
    return _fiscal_name(label, _fiscal_year_of(label, end_month, published))


def _fiscal_year_of(label: str, end_month: int, published: date) -> int:
    """The last month (counted from January of year 0) of the fiscal year
    ending in ``end_month`` whose quarter or half ``label`` is the last such
    to have begun by ``published``."""
    span, count = (3, 4) if label.startswith("Q") else (6, 2)
    now = published.year * 12 + published.month - 1  # months since year 0, from 0
    end = published.year * 12 + end_month - 1
    if end < now:
        end += 12
    if end - span * (count - int(label[1]) + 1) + 1 > now:
        end -= 12  # not yet begun in the fiscal year under way: the one before
    return end


FISCAL_MARK = " FY"  # "Q4 FY": a fiscal quarter whose fiscal year the sentence does not name
_FISCAL_LABEL = re.compile(r"([QH][1-4]) FY(20\d\d)")
_FISCAL_YEAR = re.compile(r"()FY(20\d\d)")  # a whole fiscal year: no part (group 1 empty)


def _complete_fiscal(label: str, document: Document) -> str:
    """A fiscal quarter or half without its year ("fiscal fourth quarter")
    with the fiscal year another sentence gives it ("Q4 FY2026"); else, where
    the publication date is known, with the fiscal year that ends after it
    (news reports the fiscal quarter just ended, or guides the one under way:
    a first quarter in November is one of the fiscal year ending the next
    summer; fiscal years are named by the year they end, and one that ends in
    December is the calendar year: a "drittes Geschäftsquartal" told in late
    October is "Q3 2026"); else without one."""
    for sentence in document.sentences:
        found = sentence_period(sentence, document.lang)
        fiscal = _FISCAL_LABEL.fullmatch(found[1]) if found else None
        if fiscal is not None and fiscal.group(1) == label:
            return found[1]  # type: ignore[index]
    published = document.published
    if published is None:
        return label
    months, count = (3, 4) if label.startswith("Q") else (6, 2)
    # the quarter ended in the month before publication; its fiscal year ends
    # as many quarters after it as remain
    ended = published.year * 12 + published.month - 2
    return _as_split(_fiscal_name(label, ended + months * (count - int(label[1])), exact=False),
                     document)


def _as_split(period: str, document: Document) -> str:
    """A fiscal year, quarter or half as the article writes its fiscal year where it
    names it over two calendar years ("Geschäftsjahr 2025/26"): "Q4 FY2026" is
    "Q4 FY2025/26" there, the year that ends in 2026, and the year just ended ("im
    abgelaufenen Geschäftsjahr", "FY2026") is "FY2025/26"."""
    fiscal = _FISCAL_LABEL.fullmatch(period) or _FISCAL_YEAR.fullmatch(period)
    if fiscal is None:
        return period
    split = _split_label(int(fiscal.group(2)) - 1)
    for sentence in document.sentences:
        found = sentence_period(sentence, document.lang)
        if found is not None and found[1] == split:
            return f"{fiscal.group(1)} {split}" if fiscal.group(1) else split
    return period


_MONTHLY = ("month_in", "last_month")  # the kinds of a month a monthly report names
MONTH_MARK = "M"  # "M09": the end of a month whose year the text does not name
# "MI11": a month named without its year ("in November"), a period only of a monthly
# report; "MI-1": "last month", the one before the article's date
MONTH_IN_MARK = f"{MONTH_MARK}I"
LAST_MONTH = f"{MONTH_IN_MARK}-1"
_MONTH_END = re.compile(rf"{MONTH_MARK}I?(0[1-9]|1[0-2]|-1)")
_SPAN_LABELS = {3: "Q1", 6: "H1"}  # the first months that are a quarter or a half
FY_ENDING_MARK = "FYE"  # "FYE03": the fiscal year ending in March, its year from the date
FY_ENDED_MARK = "FYD"  # "FYD03": the fiscal year that ended in March, the last one before the date
# "FYT03": the fiscal year to March, the one just ended where March is at most half a year past
FY_TO_MARK = "FYT"
_FY_ENDING = re.compile(
    rf"(?P<mark>{FY_ENDING_MARK}|{FY_ENDED_MARK}|{FY_TO_MARK})(?P<month>0[1-9]|1[0-2])")
_TO_DATE = re.compile(r"(1[01]|[2-9])M")  # the first months of the year: "9M"


def dated_period(period: str, published: date | None) -> str:
    """A quarter or half without its year ("Q4", "H1") with the year of the
    last one to have begun by ``published``; the first months of a year
    ("9M") with the year of the last such span to have ended by then; as it
    is without a date. The end of a month ("M09") is that of the last such
    month before ``published`` ("2026-09"); news tells where a value stood at
    the end of a month past."""
    if published is None:
        return period
    if period == LAST_MONTH:
        before = published.year * 12 + published.month - 2  # months since year 0, from 0
        return f"{before // 12}-{before % 12 + 1:02d}"
    fy_ending = _FY_ENDING.fullmatch(period)
    if fy_ending is not None and fy_ending.group("mark") != FY_ENDING_MARK:
        # "the year ended March 31": the last such year to have ended before the date; "the
        # year to March" that one where it ended within the time a company takes to report a
        # year (results for the year to March come out until September), else the next
        month = int(fy_ending.group("month"))
        ended = published.year if month < published.month else published.year - 1
        since = published.year * 12 + published.month - (ended * 12 + month)
        recent = fy_ending.group("mark") == FY_ENDED_MARK or since <= _ANNUAL_LAG
        return f"FY{ended if recent else ended + 1}"
    if fy_ending is not None:  # the fiscal year ending in that month next, or in it now
        month = int(fy_ending.group("month"))
        return f"FY{published.year if month >= published.month else published.year + 1}"
    month_end = _MONTH_END.fullmatch(period)
    if month_end is not None:
        month = int(month_end.group(1))
        return f"{published.year if month <= published.month else published.year - 1}-{month:02d}"
    to_date = _TO_DATE.fullmatch(period)
    if to_date is not None:
        ended = int(to_date.group(1)) < published.month
        return f"{period} {published.year if ended else published.year - 1}"
    match = re.fullmatch(r"([QH])([1-4])", period)
    if match is None:
        return period
    months = 3 if match.group(1) == "Q" else 6
    first_month = (int(match.group(2)) - 1) * months + 1
    year = published.year if first_month <= published.month else published.year - 1
    return f"{period} {year}"


def fiscal_restatement(period: str | None, text: str, reporting: str | None,
                       lang: str) -> str | None:
    """A quarter the text names by its last month ("the three months to
    September") in an article that reports a fiscal quarter ("the first
    quarter of fiscal year 2026"): the months are that fiscal quarter, not
    the calendar one they would be elsewhere."""
    if period is None or reporting is None or "FY" not in reporting \
            or not reporting.startswith(period[:1]):
        return period
    patterns = _period_patterns(lang)[0]
    months = any(p.kind == "quarter_to" and p.pattern.search(text) for p in patterns)
    return reporting if months else period


def sentence_period(sentence: Sentence, lang: str) -> tuple[str, str] | None:
    """:func:`period_match` of the sentence, worked out once for all its figures."""
    if "period" not in sentence.cache:
        sentence.cache["period"] = period_match(sentence.text, lang, sentence.cache)
    return sentence.cache["period"]  # type: ignore[return-value]


def period_of(text: str, lang: str) -> str | None:
    """The period a sentence states, as in the gold files: "Q3 2025",
    "Q1 FY2026", "H1", "FY2026", "2025"; None for a month whose year only a
    date would give ("Ende September")."""
    found = period_match(text, lang)
    return found[1] if found and not is_undated(found[1]) else None


def period_match(text: str, lang: str,
                 memo: dict[str, object] | None = None) -> tuple[str, str] | None:
    """The kind of the first period pattern that matches, and the period;
    ``memo``: the cache of the sentence ``text`` is (see :class:`Prefilter`)."""
    found = _first_match(text, lang, memo)
    if found is None:
        return None
    kind, match = found
    return kind, _period_label(kind, match, _period_patterns(lang)[1], lang)


def _first_match(text: str, lang: str,
                 memo: dict[str, object] | None = None) -> tuple[str, re.Match[str]] | None:
    """The kind and match of the first period pattern that matches ``text``, not as the
    base of a comparison after a number ("up 8 million from the second quarter": the
    sentence and those after it speak of a later quarter; "Sales from July to September"
    names its span)."""
    patterns = _period_patterns(lang)[0]
    possible = _period_prefilter(lang).candidates(text, memo)
    for rank in sorted(possible):  # in the patterns' order, only those that can match
        entry = patterns[rank]
        if entry.kind == _DEADLINE:
            continue  # the amount's right before it only (:func:`closest_period`)
        match = next((m for m in entry.pattern.finditer(text)
                      if not (_DIGIT.search(text, 0, m.start()) and _is_comparison_base(text, m.start(), lang))
                      and not _in_bracket_legend(text, m.start(), lang)),
                     None)
        if match is not None:
            return entry.kind, match
    return None


@lru_cache(maxsize=4)
def _bracket_legend(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["periods"].get("bracket_legend")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])") if words else None


def _in_bracket_legend(text: str, at: int, lang: str) -> bool:
    """Does the period at ``at`` stand in brackets that say the list's figures in brackets
    are of it ("Financial highlights (H1 FY26 in brackets):")? It is then the period of
    the old values, not of the list the sentence opens."""
    legend = _bracket_legend(lang)
    if legend is None:
        return False
    opened, closed = text.rfind("(", 0, at), text.find(")", at)
    return opened >= 0 and closed >= 0 and ")" not in text[opened:at] \
        and legend.search(text, opened, closed) is not None


def forecast_period(sentence: Sentence, lang: str) -> bool:
    """Does a verb of an outlook stand before the sentence's period ("X forecast
    fourth-quarter profit above estimates", "rechnet für das vierte Quartal
    mit")? Then the period is the forecast's, not the one the results are of;
    not where a subordinate clause opens between them ("raised its forecast
    after price rises lifted third-quarter profit": the results' quarter).
    Worked out once a sentence: the reporting period is looked for again in
    the lead up to each sentence that gives a figure."""
    if "forecast-period" not in sentence.cache:
        sentence.cache["forecast-period"] = _forecast_period(sentence, lang)
    return sentence.cache["forecast-period"]  # type: ignore[return-value]


def outlook_year(period: str) -> str:
    """An outlook's fiscal year "to" a month ("expects revenue of … for the year to September",
    told in November): the year under way, which ends in that month next, not the one that has
    just ended there; results "for the year to September" in November are the latter's."""
    named = _FY_ENDING.fullmatch(period)
    if named is None or named.group("mark") != FY_TO_MARK:
        return period
    return f"{FY_ENDING_MARK}{named.group('month')}"


def outlook_in_clause(sentence: Sentence, lang: str, at: int) -> bool:
    """Does a verb of an outlook stand before the sentence's period and the number at ``at``
    in their clause ("X expects revenue of … for the year to September")? Not one in an aside
    closed before them ("X, which expects a better year, reported revenue … for the year to
    September": the results'), nor for a number past a comma ("…, up from 4.2 billion": the
    base the outlook is compared with)."""
    if not forecast_period(sentence, lang):
        return False
    words = _words(lang)
    found = _first_match(sentence.text, lang, sentence.cache)
    verbs = list(words.outlook.finditer(sentence.text, 0, found[1].start())) \
        if words.outlook is not None and found is not None else []
    return bool(verbs) and found is not None \
        and "," not in sentence.text[verbs[-1].end():max(found[1].start(), at)]


def _forecast_period(sentence: Sentence, lang: str) -> bool:
    """:func:`forecast_period`, worked out."""
    words = _words(lang)
    if words.outlook is None:
        return False
    found = _first_match(sentence.text, lang, sentence.cache)
    if found is None:
        return False
    at = found[1].start()
    verbs = list(words.outlook.finditer(sentence.text, 0, at))
    return bool(verbs) and (words.subordinate is None
                            or words.subordinate.search(sentence.text, verbs[-1].end(), at) is None)


def closest_period(text: str, at: int, bounds: tuple[int, int], lang: str,
                   end: int | None = None,
                   memo: dict[str, object] | None = None,
                   months: bool = True) -> str | None:
    """The period stated closest to the number at ``at`` (ending at ``end``,
    with its unit) within ``bounds`` of the text: "Gewinn von 39 Milliarden
    im Jahr 2024, für 2026 erwartet 48 Milliarden" gives each number its own
    year. ``memo``: as for :func:`period_match` (a match within the bounds
    holds its pattern's pieces as much as one in the whole text). ``months``:
    False to pass over a month without its year ("im Oktober"), which names
    only a monthly report's period."""
    patterns, ordinals, _vague = _period_patterns(lang)
    possible = _period_prefilter(lang).candidates(text, memo)
    after = at if end is None else end
    best: tuple[int, int, str] | None = None
    outlook: tuple[int, int, str] | None = None  # the closest period after naming an outlook
    for rank in sorted(possible):
        entry = patterns[rank]
        if not months and entry.kind in _MONTHLY:
            continue
        for match in _matches_in(entry.pattern, text, bounds):
            if match.end() > at and "," in text[after:match.start()]:
                continue  # "…um 8 Prozent, für 2026 erwartet …": the next phrase's
            if match.start() >= after and _is_comparison_base(text, match.start(), lang):
                continue  # "6 Prozent über dem Wert von Oktober bis Dezember": the base
            if match.end() <= at and closed_relative(lang, text, match.start(), match.end(), at) is not None:
                continue  # "X, the unit that Y took private earlier this year, posted …": the clause's
            if entry.kind == _DEADLINE and not _bounds(text, after, match.start()):
                continue
            distance = at - match.end() if match.end() <= at else match.start() - after
            if distance < 0 or best is not None and (distance, rank) >= best[:2]:
                continue
            label = _period_label(entry.kind, match, ordinals, lang)
            if label in _words(lang).clause_only and ("," in text[match.end():at]
                                                      or _DIGIT.search(text, match.end(), at)):
                continue  # "seit Jahresbeginn … verloren, der Umsatz sank um 4 Prozent";
                # "raised its full-year forecast to $5 billion and a buyback of $1 billion":
                # the number between is the one the span speaks for
            if match.start() >= after and _names_outlook(text, match.end(), lang):
                if outlook is None or (distance, rank) < outlook[:2]:
                    outlook = (distance, rank, label)
                continue
            best = (distance, rank, label)
    # "reported a profit of 429 billion yen for its second quarter and raised its full-year
    # forecast": the outlook's period after the number is the number's only where the
    # clause states none of its own
    best = best or outlook
    return best[2] if best else None


def _matches_in(pattern: re.Pattern[str], text: str,
                bounds: tuple[int, int]) -> list[re.Match[str]]:
    """The matches of ``pattern`` within ``bounds``, and one that begins before them and ends
    within: a clause cut inside a period's phrase ("For fiscal 2028, which ends in January
    2028, X expects …") keeps the whole phrase, not only its part within the clause (the
    month, where the phrase names the fiscal year)."""
    found = list(pattern.finditer(text, bounds[0], bounds[1]))
    if bounds[0] > 0:
        found[:0] = [match for match in pattern.finditer(text, 0, bounds[1])
                     if match.start() < bounds[0] < match.end()]
    return found


def _names_outlook(text: str, end: int, lang: str) -> bool:
    """Does the period ending at ``end`` name an outlook ("full-year forecast",
    "Jahresprognose")? Then it is that outlook's period."""
    noun = _words(lang).outlook_noun
    return noun is not None and noun.match(text, end) is not None


def _bounds(text: str, after: int, start: int) -> bool:
    """Does a deadline starting at ``start`` bound the number ending at
    ``after``? Only one right before it, with no other number between ("buy
    back $12 billion of shares through 2028"): "raised its dividend to $1.85"
    after "through 2028 and", or "has 140 employees and expects revenue of $250
    million by 2026", is not bounded by it."""
    return start >= after and _DIGIT.search(text, after, start) is None


def stated_after(text: str, label: str, at: int, lang: str,
                 memo: dict[str, object] | None = None) -> int | None:
    """Where the period ``label`` (as :func:`period_match` writes it) is first
    stated in ``text``, where that is at or after ``at`` and nowhere before;
    else None."""
    patterns, ordinals, _vague = _period_patterns(lang)
    first: int | None = None
    for rank in sorted(_period_prefilter(lang).candidates(text, memo)):
        entry = patterns[rank]
        for match in entry.pattern.finditer(text):
            if _period_label(entry.kind, match, ordinals, lang) != label:
                continue
            if match.start() < at:
                return None
            first = match.start() if first is None else min(first, match.start())
    return first


def compared_number_between(text: str, start: int, end: int, lang: str) -> bool:
    """A number after a word of comparison between ``start`` and ``end``
    ("to 3.05% from 2.94% in the second quarter"): a period after it is that
    number's, the base the first is compared with."""
    between = _words(lang).compared_number
    return between is not None and between.search(text, start, end) is not None


def subordinate_start(text: str, at: int, lang: str) -> int | None:
    """Where the first subordinate clause after ``at`` opens ("…fell 4% after
    the carmaker delivered …"), or None: a period stated in it is that
    clause's, not the period of a number before it."""
    subordinate = _words(lang).subordinate
    found = subordinate.search(text, at) if subordinate is not None else None
    return found.start() if found else None


def _is_comparison_base(text: str, start: int, lang: str) -> bool:
    """The period starting at ``start`` follows a word of comparison: it is
    what the number is compared with, not the number's own period."""
    comparison = _words(lang).comparison
    return comparison is not None and bool(comparison.search(text, max(0, start - 30), start))


def _period_label(kind: str, match: re.Match[str], ordinals: dict[str, int],
                  lang: str = "") -> str:
    groups = match.groupdict()
    if kind == "months":
        to_date = _months_to_date(groups.get("literal") or "", lang)
        if to_date:
            return to_date
    if kind in ("duration", "literal", "months"):
        return _relative_label("duration" if kind == "duration" else "literal", groups, lang)
    if kind == "quarter_to":  # "three months to September" → "Q3", "six months to June" → "H1";
        # with no span written ("the quarter ended September"), a quarter
        words = _words(lang)
        month = words.months[(groups["m"] or "").lower()]
        raw = groups.get("n") or ""
        span = int(raw) if raw.isdigit() else words.numbers.get(raw.lower(), 0) if raw else 3
        if groups.get("f"):  # "the July-September quarter": the span from its first month
            span = (month - words.months[(groups["f"] or "").lower()]) % 12 + 1
        if span != 3 and month % 6:
            return _fiscal_label("H", 1, month, groups.get("y"))
        label = f"Q{month // 3}" if span == 3 else f"H{month // 6}"
        return f"{label} {groups['y']}" if groups.get("y") else label
    if kind == "quarter_ended":  # "the second quarter ended Sept. 30" → "Q2 FY"
        number = ordinals[(groups["q"] or "").lower()]
        month = _words(lang).months[(groups["m"] or "").lower()]
        if month != 3 * number:
            return _fiscal_label("Q", number, month, groups.get("y"),
                                 bool(groups.get("fiscal") or groups.get("fiscal_after")))
        return f"Q{number} {groups['y']}" if groups.get("y") else f"Q{number}"
    if kind == "to_date":  # "in den ersten neun Monaten" → "9M", the first six → "H1"; the
        # first three quarters are nine months
        raw = groups.get("n") or ""
        span = int(raw) if raw.isdigit() else _words(lang).numbers.get(raw.lower(), 0)
        span *= 3 if groups.get("quarters") else 1
        if not 1 < span < 12:
            return ""
        label = _SPAN_LABELS.get(span, f"{span}M")
        return f"{label} {groups['y']}" if groups.get("y") else label
    if kind == "last_month":  # "last month": the month before the article's date
        return LAST_MONTH
    if kind in ("month_end", "month_in"):  # "Ende September" → "M09", its year from the date
        mark = MONTH_MARK if kind == "month_end" else MONTH_IN_MARK
        return f"{mark}{_words(lang).months[(groups['m'] or '').lower()]:02d}"
    if kind == "years":  # "von 2026 bis 2030" → "2026-2030", the span a plan runs over; of
        # two years in a row ("grew 5% from 2024 to 2025") the later, which the change is of
        first, last = groups["y"] or "", groups["e"] or ""
        return f"{first}-{last}" if int(last) > int(first) + 1 else last
    if kind == "month":  # "im Dezember 2024" → "2024-12", as the gold files write a month
        return f"{groups['y']}-{_words(lang).months[(groups['m'] or '').lower()]:02d}"
    fy, year = groups.get("fy"), groups.get("y")
    if kind in ("quarter", "half", "q"):
        raw = groups["q"]
        label = raw.upper() if kind == "q" else f"{_PERIOD_PREFIX[kind]}{ordinals[raw.lower()]}"
        if fy:
            return f"{label} {_fiscal_year_label(fy)}"  # "Q3 FY2026", "Q3 FY2025/26"
        if not year and (groups.get("fiscal") or groups.get("fiscal_after")
                         or groups.get("fiscal_of")):
            return f"{label}{FISCAL_MARK}"  # "fiscal fourth quarter": its year comes later
        return f"{label} {year}" if year else label
    if kind == "fy_ending":  # "the fiscal year ending in March 2027" → "FY2027"; "the
        # year ended March 31" → "FYD03", a year past, not the one under way
        if year:
            return f"FY{year}"
        mark = FY_ENDED_MARK if groups.get("ended") or groups.get("last") \
            else FY_TO_MARK if groups.get("to") else FY_ENDING_MARK
        return f"{mark}{_words(lang).months[(groups['m'] or '').lower()]:02d}"
    if kind == "fy":
        return _fiscal_year_label(fy or "")
    return year or ""


def _fiscal_year_label(fy: str) -> str:
    """A fiscal year as the text writes it: over two calendar years where it names
    both ("Geschäftsjahr 2025/26" → "FY2025/26", also a quarter of it), else by the
    one it is named by ("fiscal 2026" → "FY2026")."""
    head, split, tail = fy.partition("/")
    if split and len(tail) in (2, 4) and int(tail[-2:]) == (int(_full_year(head)) + 1) % 100:
        return _split_label(int(_full_year(head)))
    return f"FY{_full_year(fy)}"


def _fiscal_label(kind: str, number: int, month: int, year: str | None,
                  fiscal: bool = False) -> str:
    """A quarter or half that ends in a month where no calendar one does ("the
    second quarter ended Sept. 30", "the six months to September") is one of a
    fiscal year, named by the year it ends in: the second quarter ended
    September 2026 is "Q2 FY2027" (a year ending in March); a half ending off
    the calendar's is the first of its fiscal year. Without the year of its
    last month, marked to take its fiscal year from the article
    (:func:`complete_period`). ``fiscal``: the text calls it a fiscal quarter
    ("the fiscal third quarter ended Oct. 31"), which is then one of its fiscal
    year even where that ends in January, as the company counts it."""
    label = f"{kind}{number}"
    months_left = (3 if kind == "Q" else 6) * ((4 if kind == "Q" else 2) - number)
    if year:
        return _fiscal_name(label, int(year) * 12 + month - 1 + months_left)
    if (month + months_left - 1) % 12 + 1 <= _CALENDAR_LIKE_END and not fiscal:
        return label  # a retailer's "third quarter ended Nov. 1": dated as a calendar one
    return f"{label}{FISCAL_MARK}"


_CALENDAR_LIKE_END = 2  # the last month a fiscal year named as the calendar year before ends in


def _fiscal_name(label: str, end: int, exact: bool = True) -> str:
    """A quarter or half of the fiscal year ending in month ``end`` (counted
    from January of year 0) as news names it: by the year it ends in ("Q2
    FY2027" for a year ending March 2027); a year ending in December is the
    calendar year ("Q3 2026"), and one ending in January or February the
    calendar year before, in which it lies but for its last weeks (a
    retailer's "third quarter ended Nov. 1, 2026" is "Q3 2026"). ``exact``:
    the month is the one the text names, not one guessed from the date (a
    guess may be a quarter off, and is not read so closely)."""
    year, month = divmod(end, 12)
    if month == 11:
        return f"{label} {year}"
    if exact and month + 1 <= _CALENDAR_LIKE_END:
        return f"{label} {year - 1}"
    return f"{label} FY{year}"


def _months_to_date(literal: str, lang: str) -> str | None:
    """A span of months from January longer than a quarter ("Januar bis
    September") as the first months of the year it is: "9M", "H1". A span of
    three months stays as written: it is often a fiscal quarter ("January to
    March" is the second of a year that starts in October)."""
    parts = literal.split()
    months = _words(lang).months
    first, last = months.get(parts[0].lower()) if parts else None, \
        months.get(parts[-1].lower()) if parts else None
    if first != 1 or last is None or not 6 <= last < 12:
        return None
    return _SPAN_LABELS.get(last, f"{last}M")


def _months_quarter(period: str, lang: str) -> str | None:
    """A span of months as written that makes up a calendar quarter ("Juli bis
    September", "July to September"): that quarter, "Q3"; else None."""
    parts = period.split()
    months = _words(lang).months
    first = months.get(parts[0].lower()) if len(parts) > 2 else None
    last = months.get(parts[-1].lower()) if len(parts) > 2 else None
    if first is None or last is None or last % 3 or last - first != 2:
        return None
    return f"Q{last // 3}"


def _relative_label(kind: str, groups: dict[str, str | None], lang: str) -> str:
    """"zwölf Monaten" → "12 months", "Monatsplus" → "1 month", "laufenden
    Geschäftsjahr" → "laufendes Geschäftsjahr"; "" where a word is unknown."""
    words = _words(lang)
    if kind == "literal":
        raw = " ".join((groups.get("literal") or "").split())
        return words.literals.get(raw.lower(), raw)
    raw_n, unit = groups.get("n"), words.units.get((groups.get("unit") or "").lower())
    n = 1 if raw_n is None else int(raw_n) if raw_n.isdigit() else words.numbers.get(raw_n.lower())
    if n is None or unit is None:
        return ""
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


_SPLIT_YEAR = re.compile(r"FY(20\d\d)/\d\d")  # a fiscal year over two calendar years


def _split_label(year: int) -> str:
    """The fiscal year that starts in ``year`` and ends in the next, as the
    text writes it: "FY2025/26"."""
    return f"FY{year}/{(year + 1) % 100:02d}"


def _full_year(text: str) -> str:
    head = text.split("/")[0]
    return head if len(head) == 4 else f"20{head[-2:]}"


__all__ = ["REPORTING_SENTENCES", "lead_end", "calendar_part_of_other", "fiscal_numbered_year", "closest_period", "fiscal_year_end", "is_clause_only", "is_last_year", "is_this_year", "complete_period", "dated_period", "fiscal_restatement", "period_match",
           "is_month", "is_span", "is_year_to_date", "next_quarter", "period_of", "previous_quarter", "prior_period", "prior_words", "reporting_period",
           "resolve_fiscal", "resolve_relative", "sentence_period", "stated_after", "compared_number_between",
           "forecast_period", "outlook_in_clause", "outlook_year", "year_to_date"]
