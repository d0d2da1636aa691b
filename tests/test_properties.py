"""Property-based tests (hypothesis) of the number grammar and the ad filter.

Whatever the text: no exception escapes, no example takes longer than its
deadline, every unit is one the ontology knows, and blanking advertising
keeps the length and every line break of the text.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import blank_spans, find_ad_blocks, make_article
from kg.nlp.quantities import QUALIFIERS, find_quantities, parse_number

ISO_CODES = {"USD", "EUR", "CNY", "HKD", "GBP", "JPY", "CHF", "KRW", "TWD", "INR", "AUD", "CAD",
             "SGD", "NZD", "BRL", "MXN", "SEK", "NOK", "DKK", "RUB", "PLN"}
ALLOWED_UNITS = {None, "Percent", "Count", "Points", "Multiple"} | ISO_CODES
DEADLINE_MS = 500

LANGS = st.sampled_from(["de", "en", "", "xx"])

number_token = st.from_regex(r"\A[+\-\u2212]?\d{1,12}(?:[.,]\d{1,6}){0,5}\Z")

finance_words = st.lists(
    st.sampled_from(
        list("0123456789.,-+−–$€£¥%^ \n") + [
            "1.234.567,89", "1,2,3", "10^12", "Mio.", " Milliarden", " Mrd.", " bn", " Billion",
            " bis ", " to ", "rund ", "über ", "knapp ", "HK$", "US$", " Prozent", " Punkte",
            " Basispunkte", "zwischen ", " und ", " and ", "between ", "x", "-fache", " times ",
            " earnings", "Q3 ", "FY", "GPT-", "§ ", "S&P 500", " Dollar", " Euro", " Yuan",
            "minus ", "plus ", " oder mehr", " or less", "11.11.", " Uhr", "2025-10-30", "'25"]
    ),
    max_size=60,
).map("".join)

any_text = st.one_of(st.text(max_size=300), finance_words)


@settings(max_examples=200, deadline=DEADLINE_MS)
@given(token=number_token, lang=LANGS)
def test_properties_parse_number_value_or_value_error(token: str, lang: str) -> None:
    try:
        value = parse_number(token, lang)
    except ValueError:
        return
    assert isinstance(value, Decimal) and value.is_finite()
    digits = "".join(c for c in token if c.isdigit())
    assert value.copy_abs() <= Decimal(digits)  # separators never add digits
    assert (value < 0) <= (token[0] in "-\u2212")


@settings(max_examples=300, deadline=DEADLINE_MS)
@given(text=st.text(max_size=60), lang=LANGS)
def test_properties_parse_number_raises_only_value_error(text: str, lang: str) -> None:
    try:
        parse_number(text, lang)
    except ValueError:
        pass


@settings(max_examples=300, deadline=DEADLINE_MS)
@given(integer=st.integers(min_value=0, max_value=10**12), cents=st.integers(0, 99),
       lang=st.sampled_from(["de", "en"]))
def test_properties_grouped_numbers_read_back(integer: int, cents: int, lang: str) -> None:
    group, point = (".", ",") if lang == "de" else (",", ".")
    written = f"{integer:,}".replace(",", group) + f"{point}{cents:02d}"
    assert parse_number(written, lang) == Decimal(integer) + Decimal(cents) / 100


@settings(max_examples=300, deadline=DEADLINE_MS)
@given(text=any_text, lang=LANGS)
def test_properties_find_quantities_units_and_spans(text: str, lang: str) -> None:
    end = 0
    for q in find_quantities(text, lang):
        assert q.unit in ALLOWED_UNITS
        assert q.qualifier in QUALIFIERS
        assert end <= q.start <= q.number_start < q.number_end <= q.end <= len(text)
        assert (q.value is None) != (q.min_value is None)
        assert (q.min_value is None) == (q.max_value is None)
        end = q.end


# Up to 20,000 characters per example: the deadline only has to catch runaway
# backtracking (minutes), not measure speed, so it leaves room for a loaded machine.
@settings(max_examples=50, deadline=10 * DEADLINE_MS)
@given(piece=finance_words.filter(bool), times=st.integers(100, 2000),
       lang=st.sampled_from(["de", "en"]))
def test_properties_find_quantities_repetition_is_bounded(piece: str, times: int,
                                                          lang: str) -> None:
    for q in find_quantities((piece * times)[:20_000], lang):
        assert q.unit in ALLOWED_UNITS


ad_lines = st.lists(
    st.one_of(
        st.sampled_from([
            "Anzeige", "Werbung:", "Advertisement", "Kaufen oder verkaufen?!",
            "Sollten Anleger sofort verkaufen?", "Gratis-Analyse sichern", "Hier weiterlesen",
            "Jetzt kostenlos anmelden", "Should you buy now?", "Read more here",
            "Handlungsbedarf!", "Sonderreport", "", "   ", "Alibaba steigt um 5 Prozent.",
            "Der Umsatz wuchs kräftig.", "Nvidia shares rose 3 percent.", "Anzeige: Depot ab 0 Euro",
        ]),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=DEADLINE_MS)
@given(lines=ad_lines, newline=st.sampled_from(["\n", "\r\n"]))
def test_properties_ad_spans_are_whole_lines_in_order(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    spans = find_ad_blocks(text)
    previous_end = -1
    for start, end in spans:
        assert previous_end < start < end <= len(text) or previous_end < start == end
        assert start == 0 or text[start - 1] == "\n"
        assert end == len(text) or text[end] == "\n"
        previous_end = end


@settings(max_examples=300, deadline=DEADLINE_MS)
@given(lines=ad_lines)
def test_properties_blanking_keeps_length_line_breaks_and_news(lines: list[str]) -> None:
    text = "\n".join(lines)
    spans = find_ad_blocks(text)
    clean = blank_spans(text, spans)
    assert len(clean) == len(text)
    assert [i for i, c in enumerate(clean) if c == "\n"] == \
           [i for i, c in enumerate(text) if c == "\n"]
    inside = {k for start, end in spans for k in range(start, end)}
    for k, (before, after) in enumerate(zip(text, clean, strict=True)):
        if k in inside:
            assert after == ("\n" if before == "\n" else " ")
        else:
            assert after == before
    assert find_ad_blocks(clean) == []  # nothing left to remove


@settings(max_examples=300, deadline=DEADLINE_MS)
@given(spans=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)).map(sorted), max_size=8),
       text=st.text(alphabet="ab \n", min_size=50, max_size=50))
def test_properties_blank_spans_keeps_length_and_newlines(spans: list[tuple[int, int]],
                                                          text: str) -> None:
    clean = blank_spans(text, [(a, b) for a, b in spans])
    assert len(clean) == len(text)
    assert all((c == "\n") == (t == "\n") for c, t in zip(clean, text, strict=True))


@settings(max_examples=300, deadline=DEADLINE_MS)
@given(text=st.text(max_size=400))
def test_properties_make_article_is_an_article_or_input_error(text: str) -> None:
    try:
        article = make_article(text=text, source="p", article_id="p")
    except InputError as err:
        assert str(err).startswith("p: ")
        return
    assert len(article.clean_text) == len(article.text)
    assert article.text.strip()
    article.text.encode("utf-8")  # storable: no lone surrogates left
