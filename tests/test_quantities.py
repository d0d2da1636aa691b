"""The quantity grammar: numbers, scales, units, qualifiers, signs, ranges, dates."""

from __future__ import annotations

import random
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp.quantities import (
    _WINDOW,
    Quantity,
    _grammar,
    _left_context,
    find_quantities,
    is_date_or_year_like,
    parse_number,
)

D = Decimal
ISO_CODES = {
    "USD", "EUR", "CNY", "HKD", "GBP", "JPY", "CHF", "KRW", "TWD", "INR", "AUD", "CAD",
    "SGD", "NZD", "BRL", "MXN", "SEK", "NOK", "DKK", "RUB", "PLN",
}
ALLOWED_UNITS = {None, "Percent", "Count", "Points", "Multiple"} | ISO_CODES


def only(text: str, lang: str) -> Quantity:
    found = find_quantities(text, lang)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- parse_number

@pytest.mark.parametrize(
    ("token", "lang", "expected"),
    [
        ("1.234.567,89", "de", D("1234567.89")),
        ("26,540", "en", D("26540")),
        ("26.540", "de", D("26540")),
        ("25.132", "de", D("25132")),
        ("57,0", "de", D("57.0")),
        ("1,5", "de", D("1.5")),
        ("6,39", "de", D("6.39")),
        ("3.4", "en", D("3.4")),
        ("1,234.5", "en", D("1234.5")),
        ("1.234", "en", D("1.234")),
        ("1,234", "de", D("1.234")),
        ("1,234,567", "de", D("1234567")),
        ("1.234,5", "en", D("1234.5")),
        ("0.500", "de", D("0.5")),
        ("441,706", "en", D("441706")),
        ("108.796", "de", D("108796")),
        ("7", "de", D("7")),
    ],
)
def test_quantities_parse_number(token: str, lang: str, expected: Decimal) -> None:
    value = parse_number(token, lang)
    assert value == expected
    assert isinstance(value, Decimal)


@pytest.mark.parametrize("token", ["1,2,3", "1.23.4", "12,34,567", "1.234,5.6", "abc", "", "1,,2"])
def test_quantities_parse_number_rejects_malformed(token: str) -> None:
    with pytest.raises(ValueError):
        parse_number(token, "en")


# --------------------------------------------------------------------------- single values

# (text, lang, value, unit, qualifier, scaled, covered text)
SINGLE = [
    ("Die Aktie legte um 6,39 Prozent zu.", "de", D("6.39"), "Percent", "Exact", False,
     "6,39 Prozent"),
    ("und schloss bei 155,74 US-Dollar.", "de", D("155.74"), "USD", "Exact", False,
     "155,74 US-Dollar"),
    ("wurden 2,28 Millionen Restricted Share Units zugeteilt", "de", D("2280000"), "Count",
     "Exact", True, "2,28 Millionen"),
    ("ein Budget von 3 Milliarden Yuan bereitgestellt", "de", D("3000000000"), "CNY", "Exact",
     True, "3 Milliarden Yuan"),
    ("Ein Budget von über 50 Milliarden US-Dollar wurde", "de", D("50000000000"), "USD",
     "AtLeast", True, "über 50 Milliarden US-Dollar"),
    ("The company raised $2.5 billion.", "en", D("2500000000"), "USD", "Exact", True,
     "$2.5 billion"),
    ("a €1.1bn deal", "en", D("1100000000"), "EUR", "Exact", True, "€1.1bn"),
    ("Alibaba closed at HK$412 on Monday", "en", D("412"), "HKD", "Exact", False, "HK$412"),
    ("Xiaomi was up 7.3% on Friday", "en", D("7.3"), "Percent", "Exact", False, "7.3%"),
    ("ein Kursziel von rund 205 US-Dollar", "de", D("205"), "USD", "Approximately", False,
     "rund 205 US-Dollar"),
    ("Börsenwert von 4,7 Billionen Dollar", "de", D("4700000000000"), "USD", "Exact", True,
     "4,7 Billionen Dollar"),
    ("The Hang Seng closed at 26,540 points", "en", D("26540"), "Points", "Exact", False,
     "26,540 points"),
    ("Der DAX schloss bei 25.132 Punkten.", "de", D("25132"), "Points", "Exact", False,
     "25.132 Punkten"),
    ("Die Aktie notierte minus 3,6 Prozent", "de", D("-3.6"), "Percent", "Exact", False,
     "minus 3,6 Prozent"),
    ("Die Aktie ist um mehr als 10 Prozent eingebrochen", "de", D("10"), "Percent", "AtLeast",
     False, "mehr als 10 Prozent"),
    ("könnten um bis zu 20 Prozent zulegen", "de", D("20"), "Percent", "AtMost", False,
     "bis zu 20 Prozent"),
    ("ein Umsatz von knapp 1 Milliarde Euro", "de", D("1000000000"), "EUR", "Approximately",
     True, "knapp 1 Milliarde Euro"),
    ("sales fell to 441,706 vehicles", "en", D("441706"), None, "Exact", False, "441,706"),
    ("The stock fell -2.1% in early trade", "en", D("-2.1"), "Percent", "Exact", False,
     "-2.1%"),
    ("Shares lost −3.6% on Friday", "en", D("-3.6"), "Percent", "Exact", False, "−3.6%"),
    ("Umsatz: +5 % im Jahresvergleich", "de", D("5"), "Percent", "Exact", False, "+5 %"),
    ("Der Index verlor -2,1 % am Montag", "de", D("-2.1"), "Percent", "Exact", False, "-2,1 %"),
    ("die 431-Millionen-Dollar-Wette", "de", D("431000000"), "USD", "Exact", True,
     "431-Millionen-Dollar"),
    ("das 50-Milliarden-Dollar-Programm", "de", D("50000000000"), "USD", "Exact", True,
     "50-Milliarden-Dollar"),
    ("a stake worth about $135bn", "en", D("135000000000"), "USD", "Approximately", True,
     "about $135bn"),
    ("will spend about 10 billion yuan on promotions", "en", D("10000000000"), "CNY",
     "Approximately", True, "about 10 billion yuan"),
    ("Mit einem Börsenwert von rund 278 Mrd. Euro", "de", D("278000000000"), "EUR",
     "Approximately", True, "rund 278 Mrd. Euro"),
    ("ein Aufwärtspotenzial von gut 16 Prozent", "de", D("16"), "Percent", "AtLeast", False,
     "gut 16 Prozent"),
    ("die Aktie hat fast 33 Prozent eingebüßt", "de", D("33"), "Percent", "Approximately", False,
     "fast 33 Prozent"),
    ("orders worth more than $125 billion", "en", D("125000000000"), "USD", "AtLeast", True,
     "more than $125 billion"),
    ("a warrant for up to 160 million shares", "en", D("160000000"), "Count", "AtMost", True,
     "up to 160 million"),
    ("Nvidia will invest up to $100 billion in OpenAI", "en", D("100000000000"), "USD",
     "AtMost", True, "up to $100 billion"),
    ("Die Aktie handelt mit dem 25-fachen Gewinn", "de", D("25"), "Multiple", "Exact", False,
     "25-fachen"),
    ("Das KGV liegt beim 30-Fachen", "de", D("30"), "Multiple", "Exact", False, "30-Fachen"),
    ("The stock trades at 25x earnings", "en", D("25"), "Multiple", "Exact", False, "25x"),
    ("It trades at 18 times forward earnings", "en", D("18"), "Multiple", "Exact", False,
     "18 times"),
    ("Die Zentralbank senkte um 25 Basispunkte", "de", D("0.25"), "Percent", "Exact", False,
     "25 Basispunkte"),
    ("Die Marge stieg um 1,5 Prozentpunkte", "de", D("1.5"), "Percent", "Exact", False,
     "1,5 Prozentpunkte"),
    ("margins widened by 2 percentage points", "en", D("2"), "Percent", "Exact", False,
     "2 percentage points"),
    ("ein Gewinn von 700 Millionen Yuan", "de", D("700000000"), "CNY", "Exact", True,
     "700 Millionen Yuan"),
    ("Umsatz von 5 Mio. Euro", "de", D("5000000"), "EUR", "Exact", True, "5 Mio. Euro"),
    ("Umsatz von 12 Tsd. Euro", "de", D("12000"), "EUR", "Exact", True, "12 Tsd. Euro"),
    ("a ¥500 billion package", "en", D("500000000000"), "JPY", "Exact", True, "¥500 billion"),
    ("Sony earned 300 billion yen", "en", D("300000000000"), "JPY", "Exact", True,
     "300 billion yen"),
    ("ein Gewinn von 2 Milliarden Pfund", "de", D("2000000000"), "GBP", "Exact", True,
     "2 Milliarden Pfund"),
    ("a £3.2bn bid", "en", D("3200000000"), "GBP", "Exact", True, "£3.2bn"),
    ("Umsatz von 4,2 Milliarden Franken", "de", D("4200000000"), "CHF", "Exact", True,
     "4,2 Milliarden Franken"),
    ("Samsung will invest 10 trillion won", "en", D("10000000000000"), "KRW", "Exact", True,
     "10 trillion won"),
    ("TSMC earned NT$325.3 billion", "en", D("325300000000"), "TWD", "Exact", True,
     "NT$325.3 billion"),
    ("Reliance earned 5 billion rupees", "en", D("5000000000"), "INR", "Exact",
     True, "5 billion rupees"),
    ("a A$2.1bn deal", "en", D("2100000000"), "AUD", "Exact", True, "A$2.1bn"),
    ("Die Aktie kostet 12,50 Euro", "de", D("12.5"), "EUR", "Exact", False, "12,50 Euro"),
    ("a target of 780 Hong Kong dollars", "en", D("780"), "HKD", "Exact", False,
     "780 Hong Kong dollars"),
    ("Das Papier gab um 3,4 Prozent auf 101,20 Hongkong-Dollar nach", "de", None, None, None,
     None, None),
    ("some 300 employees", "en", D("300"), None, "Approximately", False, "some 300"),
    ("nearly 10% of revenue", "en", D("10"), "Percent", "Approximately", False, "nearly 10%"),
    ("weniger als 5 Prozent", "de", D("5"), "Percent", "AtMost", False, "weniger als 5 Prozent"),
    ("nicht mehr als 5 Prozent", "de", D("5"), "Percent", "AtMost", False,
     "nicht mehr als 5 Prozent"),
    ("mindestens 2 Milliarden Euro", "de", D("2000000000"), "EUR", "AtLeast", True,
     "mindestens 2 Milliarden Euro"),
    ("30 Prozent und mehr", "de", D("30"), "Percent", "AtLeast", False, "30 Prozent und mehr"),
    ("Der Kurs stieg um 120 Zähler", "de", D("120"), "Points", "Exact", False, "120 Zähler"),
    ("mit rund 208.000 Mitarbeitern", "de", D("208000"), None, "Approximately", False,
     "rund 208.000"),
    ("more than 2 million downloads", "en", D("2000000"), "Count", "AtLeast", True,
     "more than 2 million"),
    ("a $10k bonus", "en", D("10000"), "USD", "Exact", True, "$10k"),
    ("USD 5 million in fees", "en", D("5000000"), "USD", "Exact", True, "USD 5 million"),
    ("Investitionen von 5 Mrd. US-Dollar", "de", D("5000000000"), "USD", "Exact", True,
     "5 Mrd. US-Dollar"),
    ("Umsatz von 3 Milliarden Euros", "de", D("3000000000"), "EUR", "Exact", True,
     "3 Milliarden Euros"),
    ("mit 5 Dollars", "de", D("5"), "USD", "Exact", False, "5 Dollars"),
    ("15 Mrd. RMB Umsatz", "de", D("15000000000"), "CNY", "Exact", True, "15 Mrd. RMB"),
]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit", "qualifier", "scaled", "covered"),
    [case for case in SINGLE if case[2] is not None],
)
def test_quantities_single_value(
    text: str, lang: str, value: Decimal, unit: str | None, qualifier: str, scaled: bool,
    covered: str,
) -> None:
    q = only(text, lang)
    assert q.value == value
    assert q.min_value is None and q.max_value is None
    assert q.unit == unit
    assert q.qualifier == qualifier
    assert q.scaled is scaled
    assert text[q.start : q.end] == covered
    assert q.start <= q.number_start < q.number_end <= q.end


def test_quantities_percent_then_currency_are_two() -> None:
    text = "Das Papier gab um 3,4 Prozent auf 101,20 Hongkong-Dollar nach"
    first, second = find_quantities(text, "de")
    assert (first.value, first.unit) == (D("3.4"), "Percent")
    assert (second.value, second.unit) == (D("101.2"), "HKD")


def test_quantities_number_span_is_the_digits() -> None:
    text = "ein Budget von über 50 Milliarden US-Dollar"
    q = only(text, "de")
    assert text[q.number_start : q.number_end] == "50"


def test_quantities_sign_only_explicit() -> None:
    text = "Die Aktie verlor 3,6 Prozent"
    assert only(text, "de").value == D("3.6")  # the verb is the figure extractor's business


def test_quantities_yuan_after_yen_symbol_is_cny() -> None:
    assert only("¥5 billion yuan", "en").unit == "CNY"


def test_quantities_up_to_as_verb_particle_is_exact() -> None:
    first, second = find_quantities("nudged its target up to $675 from $650", "en")
    assert (first.value, first.qualifier) == (D("675"), "Exact")
    assert second.value == D("650")


def test_quantities_numbers_in_words_are_nothing() -> None:
    assert find_quantities("tens of billions of dollars", "en") == []
    assert find_quantities("ein dreistelliger Millionenbetrag", "de") == []


# --------------------------------------------------------------------------- ranges

RANGES = [
    ("ein Aufwärtspotenzial von 30 bis 40 Prozent", "de", D("30"), D("40"), "Percent",
     "30 bis 40 Prozent"),
    ("an upside of 30 to 40 percent", "en", D("30"), D("40"), "Percent", "30 to 40 percent"),
    ("eine Spanne von 30-40 %", "de", D("30"), D("40"), "Percent", "30-40 %"),
    ("einen Umsatz zwischen 70 und 72 Milliarden Dollar", "de", D("70000000000"),
     D("72000000000"), "USD", "zwischen 70 und 72 Milliarden Dollar"),
    ("capex between $70bn and $72bn", "en", D("70000000000"), D("72000000000"), "USD",
     "between $70bn and $72bn"),
    ("a $1.5-2 billion charge", "en", D("1500000000"), D("2000000000"), "USD",
     "$1.5-2 billion"),
    ("capex would reach $70 billion to $72 billion in 2025", "en", D("70000000000"),
     D("72000000000"), "USD", "$70 billion to $72 billion"),
    ("Investitionsausgaben von 91 bis 93 Milliarden Dollar", "de", D("91000000000"),
     D("93000000000"), "USD", "91 bis 93 Milliarden Dollar"),
    ("einen Umsatz zwischen 225 und 250 Mio. Dollar", "de", D("225000000"), D("250000000"),
     "USD", "zwischen 225 und 250 Mio. Dollar"),
    ("zwischen 2 und 3 Millionen Kunden", "de", D("2000000"), D("3000000"), "Count",
     "zwischen 2 und 3 Millionen"),
    ("20–25 Basispunkte", "de", D("0.20"), D("0.25"), "Percent", "20–25 Basispunkte"),
]


@pytest.mark.parametrize(("text", "lang", "low", "high", "unit", "covered"), RANGES)
def test_quantities_range(
    text: str, lang: str, low: Decimal, high: Decimal, unit: str, covered: str
) -> None:
    q = next(q for q in find_quantities(text, lang) if q.value is None)
    assert (q.min_value, q.max_value, q.unit) == (low, high, unit)
    assert text[q.start : q.end] == covered


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Kursziel von 700 auf 760 Hongkong-Dollar", "de", [D("700"), D("760")]),
        ("cut its price target to $800 from $875", "en", [D("800"), D("875")]),
        ("raised its target from $650 to $675", "en", [D("650"), D("675")]),
        ("revenue rose 18% to $77.7 billion", "en", [D("18"), D("77700000000")]),
        ("the margin rose 5% to 20%", "en", [D("5"), D("20")]),
        ("von 5,5 Millionen auf 4,6 Millionen", "de", [D("5500000"), D("4600000")]),
        ("Prognosen für die Jahre 2026 bis 2027", "de", [D("2026"), D("2027")]),
        ("from 2024-2025", "en", [D("2024"), D("2025")]),
    ],
)
def test_quantities_not_a_range(text: str, lang: str, values: list[Decimal]) -> None:
    assert [q.value for q in find_quantities(text, lang)] == values


# --------------------------------------------------------------------------- dates, years, ids

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Q3", "en"),
        ("2025", "de"),
        ("im Jahr 2025", "de"),
        ("Analyse vom 04. Januar", "de"),
        ("am 4. Februar", "de"),
        ("Singles Day culminates on Nov. 11 each year", "en"),
        ("on November 11", "en"),
        ("Am 11.11. ist Singles Day", "de"),
        ("published 2025-10-30", "en"),
        ("am 30.10.2025", "de"),
        ("um 9:30 Uhr", "de"),
        ("im 3. Quartal", "de"),
        ("3.", "de"),
        ("GPT-5", "en"),
        ("FY2026", "en"),
        ("the 4th quarter", "en"),
        ("the S&P 500 fell", "en"),
        ("im Nasdaq 100", "de"),
        ("nach § 15 WpHG", "de"),
        ("Form 10-K", "en"),
        ("the MI450 chips", "en"),
    ],
)
def test_quantities_date_or_year_like(text: str, lang: str) -> None:
    found = find_quantities(text, lang)
    assert found
    assert all(is_date_or_year_like(text, q) for q in found), [
        (text[q.start : q.end], q) for q in found
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("um 6,39 Prozent", "de"),
        ("441,706 vehicles", "en"),
        ("mit rund 2000 Mitarbeitern", "de"),
        ("bei 25.132 Punkten", "de"),
        ("3 Milliarden Yuan", "de"),
        ("108.796 Fahrzeuge", "de"),
        ("ein Kursziel von 700", "de"),
        ("Der Umsatz lag bei 300.", "de"),
    ],
)
def test_quantities_not_date_or_year_like(text: str, lang: str) -> None:
    q = find_quantities(text, lang)[0]
    assert not is_date_or_year_like(text, q)


# --------------------------------------------------------------------------- robustness

@pytest.mark.parametrize(
    "text",
    [
        "1" * 10000,
        "1,2," * 3000,
        "1.2." * 3000,
        "$" * 5000 + "1",
        "über " * 2000 + "5",
        "- " * 5000 + "5",
        "5 bis " * 2000,
        "zwischen 1 und " * 1000,
        "9" * 40 + " Milliarden Dollar",
        "Umsatz rund 5,5 Mrd. Euro, minus 3,6 Prozent, 30 bis 40 %; " * 3000,
    ],
)
def test_quantities_pathological_input_is_fast(text: str) -> None:
    # CPU time of this process: runaway backtracking shows in it, the load of
    # other processes (tests run on two workers) does not
    t0 = time.process_time()
    for lang in ("de", "en"):
        find_quantities(text, lang)
    assert time.process_time() - t0 < 2.0


finance_text = st.lists(
    st.sampled_from(
        list("0123456789.,-+−–$€£¥% ") + ["Mio.", " Milliarden", " bn", " bis ", " to ",
                                           "rund ", "über ", "HK$", " Prozent", " Punkte",
                                           "zwischen ", " und ", "x", "-fache", "Q", "\n"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), finance_text), lang=st.sampled_from(["de", "en"]))
def test_quantities_never_raises_and_units_allowed(text: str, lang: str) -> None:
    t0 = time.perf_counter()
    found = find_quantities(text, lang)
    assert time.perf_counter() - t0 < 1.0
    end = 0
    for q in found:
        assert q.unit in ALLOWED_UNITS
        assert q.qualifier in {"Exact", "Approximately", "AtLeast", "AtMost"}
        assert end <= q.start <= q.number_start < q.number_end <= q.end <= len(text)
        assert (q.value is None) == (q.min_value is not None)
        if q.value is None:
            assert q.min_value is not None and q.max_value is not None
            assert q.min_value < q.max_value
        is_date_or_year_like(text, q)  # must not raise either
        end = q.end


def _format(value: Decimal, lang: str, group: bool) -> str:
    """Write a Decimal the way a German or English article would."""
    decimal_sep, group_sep = (",", ".") if lang == "de" else (".", ",")
    sign, digits, exponent = value.as_tuple()
    text = "".join(map(str, digits))
    if exponent < 0:
        text = text.rjust(-exponent + 1, "0")
        integer, fraction = text[:exponent], text[exponent:]
    else:
        integer, fraction = text + "0" * exponent, ""
    if group:
        chunks = []
        while len(integer) > 3:
            chunks.insert(0, integer[-3:])
            integer = integer[:-3]
        integer = group_sep.join([integer, *chunks])
    out = integer + (decimal_sep + fraction if fraction else "")
    return ("-" if sign else "") + out


@settings(max_examples=500, deadline=None)
@given(
    value=st.decimals(min_value=-10**12, max_value=10**12, places=None, allow_nan=False,
                      allow_infinity=False).filter(lambda d: abs(d.as_tuple().exponent) < 8),
    lang=st.sampled_from(["de", "en"]),
)
def test_quantities_parse_number_round_trips(value: Decimal, lang: str) -> None:
    assert parse_number(_format(value, lang, group=True), lang) == value


@settings(max_examples=300, deadline=None)
@given(
    integer=st.integers(min_value=0, max_value=10**9),
    cents=st.integers(min_value=0, max_value=99),
    lang=st.sampled_from(["de", "en"]),
)
def test_quantities_find_reads_formatted_amounts(integer: int, cents: int, lang: str) -> None:
    value = Decimal(f"{integer}.{cents:02d}")
    word = "Euro" if lang == "de" else "euros"
    text = f"Der Wert: {_format(value, lang, group=True)} {word}."
    q = only(text, lang)
    assert (q.value, q.unit) == (value, "EUR")


# --------------------------------------------------------------------------- left context

@pytest.mark.parametrize("lang", ["de", "en"])
def test_left_context_is_what_a_search_of_the_window_finds(lang: str) -> None:
    """The grammar before a number is tried only where a word or symbol can
    start; the match must be the one a search from the window's start finds."""
    grammar = _grammar(lang)
    words = ["rund ", "mehr als ", "zwischen ", "nicht weniger als ", "about ", "more  than ",
             "up to\n", "minus ", "plus ", "$", "US$ ", "€", "HK$", "-", "+", "\u2212", "(",
             "Umsatz ", "x", "ca.", " ", "um ", "5 ", ",", "Rs.", "ı", "ſ"]
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 8))) + "42"
        s = len(text) - 2
        lo = rnd.choice([0, 0, s // 2])
        searched = grammar.left.search(text, max(lo, s - _WINDOW), s)
        expected = searched if searched and searched.start() < s else None
        found = _left_context(text, s, lo, grammar)
        assert (found and (found.span(), found.groupdict())) == \
            (expected and (expected.span(), expected.groupdict())), text
