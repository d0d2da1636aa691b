"""The quote box of a retail-investor page: the share's name, its codes, its price and its
move, printed in one of a few shapes —

- one line: "Acme AG | WKN: A1B2C3 | Kurs: 19,85 Euro | +3,2 %", "Acme AG | ISIN: … |
  19,85 EUR | +3,2 %", "Acme | Kurs: 19,85 EUR | +3,2 %";
- the name on a line of its own above the codes: "Acme AG" / "WKN: … | Xetra: 19,85 EUR |
  +3,2 %", or above the codes and a price line: "Acme AG" / "WKN: … | ISIN: …" / "19,85 EUR
  +3,2 %";
- the codes beside the name and the price below: "Acme AG | WKN … | ISIN …" / "Kurs: 19,85
  EUR | +3,2 %";
- a price line with no label at all: "Acme AG 19,85 EUR +3,2 %", "Acme AG 19,85 EUR +3,2 % |
  Xetra, 11:02 Uhr";
- a listing box of a US page: the venue and the ticker on a line ("NYSE: HD"), the name on
  the next ("The Home Depot"), then a line for each value, a label and its value ("Market
  Cap $372B", "Today's Change (0.62%) $2.31", "Current Price $374.90"): the price and the
  day's move are read from the lines whose label says so, the others are left to the
  sentences.

Ingest mostly blanks such lines as page furniture, so that their name and numbers neither
become facts of a sentence nor take over the subject of the next one; but they are no
advertising, and the guide files the price and move as the company's figures. They are read
here from the raw text, for a company the article itself names, and only where the name is
that one's.

A market report may open with a ticker bar of index levels instead, each cell an index's name,
its level and its move, in brackets or not: "DAX 24.112,50 (+0,4 %) | TecDAX 3.712,40 (+0,8 %) |
Euro 1,1588 USD", "DAX 24.287,40 +0,41 % | MDAX 30.118,22 +0,15 %". Its cells are the indexes'
``IndexLevel`` and ``StockPriceChange``, read only where the name is that of an index the article
names elsewhere; other cells (a currency) are passed over."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.catalogue import Catalogue, per_catalogue
from kg.nlp.document import ISSUER_TYPES, Document
from kg.nlp.lang import lexicon
from kg.nlp.metrics import unit_kind
from kg.nlp.quantities import Quantity, find_quantities
from kg.records import Article, Evidence, Figure, Relation

# A share's name as a box prints it: a few words with no digit, no bar and no sentence end.
_NAME = r"[^\W\d_][^|\n\d:;!?]{0,58}?"
# A price with its currency and a signed move right after it, the end of a price line.
_PRICE_MOVE = (r"(?:[$€£¥][ \t]?)?\d[\d.,'’]*(?:[ \t]*(?:[A-Z]{3}|€|\$|£|¥|Euro))?[ \t]*\(?"
               r"[+\-−–][ \t]?\d[\d.,]*[ \t]*%\)?")
# A cell of an index ticker bar: a name with no digit, a level and a signed move, in brackets
# or not ("MDAX 30.118,22 +0,15 %").
# A value line of a listing box: a short label with no digit, then a value ("Market Cap $372B").
_VALUE_LINE = re.compile(r"[ \t]*[^\W\d_][^\n\d|:$€£¥]{0,30}?[ \t]+[(+\-−$€£¥\d][^\n]{0,30}")
# A listing box may print the label on a line of its own and the value on the next ("Market Cap"
# / "$301B"), under a heading line ("Key Data Points"): a label line, and a line holding a value.
_LABEL_LINE = re.compile(r"[ \t]*[^\W\d_][^\n\d|:$€£¥()]{0,30}")
_VALUE_ONLY = re.compile(r"[ \t]*[(+\-−$€£¥\d][^\n]{0,30}")
_INDEX_CELL = re.compile(r"[ \t]*(?P<name>[^\W\d_][^|\n\d()]{0,30}?)[ \t]+(?P<figures>\d[\d.,]*[ \t]*"
                         r"(?:\([ \t]*[+\-−–][ \t]?\d[\d.,]*[ \t]*%[ \t]*\)|[+\-−–][ \t]?\d[\d.,]*[ \t]*%))[ \t]*")


# A strip of share moves by ticker that a US page prints under its byline ("NKE +0.84%   ONON
# +1.12%"): two cells or more, each a ticker and a signed move, and nothing else on the line.
_TICKER_CELL = r"(?P<ticker>[A-Z][A-Z.]{0,5})[ \t]+(?P<move>[+\-−–]\d[\d.,]*[ \t]?%)"
_TICKER_STRIP = re.compile(rf"[ \t]*(?:{_TICKER_CELL}[ \t]*){{2,}}")


def _ticker_cells(line: str) -> list[re.Match[str]]:
    """The cells of a strip of share moves by ticker, or none where the line is no such strip."""
    return list(re.finditer(_TICKER_CELL, line)) if _TICKER_STRIP.fullmatch(line) else []


def _index_cells(line: str) -> list[re.Match[str]]:
    """The index cells of a ticker bar line, or none where the line is no such bar: a bar
    holds two cells or more, so a lone "Name 19,85 (+3,2 %)" stays a quote box's."""
    cells = [_INDEX_CELL.fullmatch(cell) for cell in line.split("|")]
    found = [cell for cell in cells if cell is not None]
    return found if len(found) >= 2 else []


@dataclass(frozen=True)
class _Shapes:
    """The compiled shapes of a language's boxes (see the module docstring)."""

    codes: re.Pattern[str]      # a line with the share's codes, the name before them
    labelled: re.Pattern[str]   # "Name | Kurs: 19,85 EUR …": a name, a bar and a price label
    bare: re.Pattern[str]       # "Name 19,85 EUR +3,2 %": a name, a price and its move
    name_line: re.Pattern[str]  # a line holding nothing but a name
    price_line: re.Pattern[str]  # a line that starts with a price label or a number
    label: re.Pattern[str]      # the cell before a price: empty, or a price label and a colon
    venue: re.Pattern[str] | None  # a listing box's line of the venue and the ticker
    price_lines: re.Pattern[str] | None  # the label of a listing box's price line
    change_lines: re.Pattern[str] | None  # the label of a listing box's line of the day's move
    cap_lines: re.Pattern[str] | None  # the label of a listing box's line of the market value


@lru_cache(maxsize=4)
def _shapes(lang: str) -> _Shapes | None:
    table = lexicon(lang)["figures"]
    price, codes = table.get("quote_box_price"), table.get("quote_box_codes")
    if not price or not codes:
        return None
    return _Shapes(
        codes=re.compile(rf"^(?P<name>[^|\n]{{0,60}}?)[ \t]*[|(]?[ \t]*(?:{codes})\b[ \t]*:?[ \t]*\w{{6,12}}\b"
                         rf"(?:[ \t]*\|?[ \t]*(?:{codes})\b[ \t]*:?[ \t]*\w{{6,12}}\b\)?)*(?P<rest>[^\n]*)$",
                         re.MULTILINE),
        labelled=re.compile(rf"^(?P<name>{_NAME})[ \t]*\|[ \t]*(?=(?:{price})[ \t]*[:|])(?P<rest>[^\n]*)$",
                            re.MULTILINE),
        bare=re.compile(rf"^(?P<name>{_NAME})[ \t]+(?P<rest>{_PRICE_MOVE}(?:[ \t]*\|[^\n]{{0,40}})?)[ \t]*$",
                        re.MULTILINE),
        name_line=re.compile(rf"[ \t]*(?P<name>{_NAME})[ \t]*"),
        price_line=re.compile(rf"[ \t]*(?:(?:{price})[ \t]*:|[$€£¥]?[ \t]?\d)"),
        label=re.compile(rf"[ \t|(]*(?:(?:{price})[ \t]*[:|][ \t]*)?"),
        venue=_optional(rf"[ \t]*(?:{table.get('quote_box_venues')})[ \t]*:[ \t]*[A-Z][A-Z.]{{0,6}}[ \t]*",
                        table.get("quote_box_venues")),
        price_lines=_value_label(table.get("quote_box_price_lines")),
        change_lines=_value_label(table.get("quote_box_change_lines")),
        cap_lines=_value_label(table.get("quote_box_cap_lines")))


def _optional(pattern: str, key: str | None) -> re.Pattern[str] | None:
    """``pattern`` compiled where the language has the lexicon ``key`` it is built on."""
    return re.compile(pattern) if key else None


def _value_label(labels: str | None) -> re.Pattern[str] | None:
    """A listing box's value label of ``labels`` and the space before its value: on the
    label's line ("Current Price $126.90") or as the line break before the next line, which
    holds the value alone ("Current Price" / "$126.90")."""
    return _optional(rf"[ \t]*(?:{labels})(?:[ \t]+|[ \t]*\n(?={_VALUE_ONLY.pattern}(?:\n|$)))", labels)


@dataclass(frozen=True)
class _Box:
    """A box read from the text: where it starts, its lines, the name and where the part
    after the codes (the price and the move) starts in ``text``."""

    start: int
    text: str
    name: str
    rest: int
    listing: bool = False  # a listing box, read line by line (:func:`_listing_figures`)


def _read(text: str, shapes: _Shapes) -> Iterator[_Box]:
    """Each box of ``text`` in any of the shapes, first to last."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"^[^\n]*", text, re.MULTILINE)]
    end = 0
    for n, (start, _line) in enumerate(lines):
        found = _box_at(lines, n, shapes) if start >= end else None
        if found is not None:
            end = found.start + len(found.text)
            yield found


def _box_at(lines: list[tuple[int, str]], n: int, shapes: _Shapes) -> _Box | None:
    """The box whose codes, price label or bare price stands on line ``n``, with the name
    line above and the price line below where the line itself lacks them."""
    listing = _listing_at(lines, n, shapes)
    if listing is not None:
        return listing
    start, line = lines[n]
    for pattern in (shapes.labelled, shapes.bare):
        match = pattern.match(line)
        if match is not None:
            return _Box(start, line, match.group("name").strip(), match.start("rest"))
    match = shapes.codes.match(line)
    if match is None:
        return None
    name, rest = match.group("name").strip(" \t|("), match.start("rest")
    first, text = start, line
    if not name and n > 0:
        above = shapes.name_line.fullmatch(lines[n - 1][1])
        if above is None:
            return None
        name = above.group("name").strip()
        first, text = lines[n - 1][0], lines[n - 1][1] + "\n" + line
        rest += len(lines[n - 1][1]) + 1
    if not name:
        return None
    if not line[match.start("rest"):].strip(" \t|") and n + 1 < len(lines) \
            and shapes.price_line.match(lines[n + 1][1]):
        rest = len(text) + 1
        text = text + "\n" + lines[n + 1][1]
    return _Box(first, text, name, rest)


def _listing_at(lines: list[tuple[int, str]], n: int, shapes: _Shapes) -> _Box | None:
    """The listing box whose venue and ticker stand on line ``n``: a name line must follow,
    then one value line or more, which end the box."""
    if shapes.venue is None or n + 2 >= len(lines) or not shapes.venue.fullmatch(lines[n][1]):
        return None
    name = shapes.name_line.fullmatch(lines[n + 1][1])
    last = n + 2
    while (step := _value_lines(lines, last)) > 0:
        last += step
    if name is None or last == n + 2:
        return None
    start = lines[n][0]
    return _Box(start, "\n".join(line for _, line in lines[n:last]), name.group("name").strip(),
                lines[n + 2][0] - start, listing=True)


def _value_lines(lines: list[tuple[int, str]], n: int) -> int:
    """How many lines from line ``n`` on make a listing box's next value: one for a label and
    its value on a line, two for a label line and a value line, three with a heading line
    above them; 0 where line ``n`` starts no value (the box has ended)."""
    if n < len(lines) and _VALUE_LINE.fullmatch(lines[n][1]):
        return 1
    for labels in (1, 2):
        if n + labels < len(lines) and all(_LABEL_LINE.fullmatch(line) for _, line in lines[n:n + labels]) \
                and _VALUE_ONLY.fullmatch(lines[n + labels][1]):
            return labels + 1
    return 0


def box_lines(article: Article) -> tuple[tuple[int, str], ...]:
    """The quote boxes of the article, each with its offset: read from the text as
    printed, as ingest blanks most of them."""
    shapes = _shapes(article.lang)
    if shapes is None:
        return ()
    bars = [(m.start(), m.group(0)) for m in re.finditer(r"^[^\n]*", article.text, re.MULTILINE)
            if _index_cells(m.group(0)) or _ticker_cells(m.group(0))]
    return tuple(sorted([(box.start, box.text) for box in _read(article.text, shapes)] + bars))


@dataclass(frozen=True)
class _Quote:
    """A box read for a company the article names: where it starts, its text, the part
    after the codes (``rest``), the price and the move right after it (if any), both in
    ``rest``."""

    start: int
    text: str
    about: str
    rest: int
    price: Quantity
    move: Quantity | None


# An instrument code in brackets after a box's name ("Allianz SE (ALVG.DE)"): no part of it.
_INSTRUMENT_CODE = re.compile(r"[ \t]*\([A-Z0-9][A-Z0-9.:]{0,11}\)$")


def _quote(document: Document, shapes: _Shapes, box: _Box | None, start: int,
           text: str) -> _Quote | None:
    """The box ``box`` read from ``text`` at ``start`` where its name is the name, or the name
    and a legal form, of exactly one company the article names, and where it prints a price;
    else None: a box of a company named nowhere else is the page's, not the report's."""
    if box is None or box.listing:
        return None
    drop = tuple(lexicon(document.lang)["discovery"]["drop_suffixes"])
    about = _company(document, _INSTRUMENT_CODE.sub("", box.name), drop,
                     range(start, start + len(text)))
    if about is None:
        return None
    rest = text[box.rest:]
    quantities = find_quantities(rest, document.lang)
    price = _price(rest, quantities, shapes)
    if price is None:
        return None
    move = next((q for q in quantities if q.start >= price.end), None)
    if move is not None and (move.unit != "Percent" or rest[price.end:move.start].strip(" \t|(")):
        move = None
    return _Quote(start, text, about, box.rest, price, move)


def box_names(document: Document) -> Iterator[str]:
    """The share's name each quote box of ``document`` prints before its codes or price, as
    printed ("Acme Energie AG"); index bars, ticker strips and listing boxes name none."""
    shapes = _shapes(document.lang)
    if shapes is None:
        return
    for _start, text in document.quote_boxes:
        if _index_cells(text) or _ticker_cells(text):
            continue
        box = next(_read(text, shapes), None)
        if box is not None and not box.listing:
            yield _INSTRUMENT_CODE.sub("", box.name)


def quote_box_figures(document: Document) -> Iterator[Figure]:
    """The price (``SharePrice``) and the signed move right after it (``StockPriceChange``)
    of each box of a company the article names (:func:`_quote`), and the level and move of
    each cell of an index ticker bar. The price is the first amount after the codes that
    stands alone in its cell or after a price label ("Kurs:", "Xetra:"), not one of another
    label ("Börsenwert: 24,6 Mrd. EUR")."""
    shapes = _shapes(document.lang)
    if shapes is None:
        return
    for start, text in document.quote_boxes:
        if _index_cells(text):
            yield from _index_bar_figures(document, start, text)
            continue
        if _ticker_cells(text):
            yield from _ticker_strip_figures(document, start, text)
            continue
        box = next(_read(text, shapes), None)
        if box is not None and box.listing:
            yield from _listing_figures(document, shapes, box, start, text)
            continue
        quote = _quote(document, shapes, box, start, text)
        if quote is None:
            continue
        at = quote.start + quote.rest
        for q, metric in ((quote.price, "SharePrice"), (quote.move, "StockPriceChange")):
            if q is not None:
                yield from _figure(document, quote.about, metric, q, text, at)


def _figure(document: Document, about: str, metric: str, q: Quantity, text: str,
            at: int) -> Iterator[Figure]:
    """The figure of quantity ``q`` of the box ``text``, whose part ``q`` was found in starts
    at ``at`` in the article; none where ``q`` has no value."""
    if q.value is not None:
        yield Figure(about=about, metric=metric, value=q.value, unit=q.unit,  # type: ignore[arg-type]
                     evidence=Evidence(sentence=text, start=at + q.start, end=at + q.end,
                                       extractor=f"figures/{document.lang}/quote-box"))


def _listing_figures(document: Document, shapes: _Shapes, box: _Box, start: int,
                     text: str) -> Iterator[Figure]:
    """The price (``SharePrice``), the day's move (``StockPriceChange``) and the market value
    (``MarketCapitalization``) of the listing box ``box`` read from ``text`` at ``start``, of a
    company the article names outside it (:func:`_company`): the amount in a currency that
    opens the value of a price line or of a market value line ("Market Cap $301B"), the
    percentage that opens that of a change line ("Today's Change (0.62%) $2.31": the move,
    not the amount in dollars); each value on its label's line or on the line below it."""
    if shapes.price_lines is None or shapes.change_lines is None:
        return
    drop = tuple(lexicon(document.lang)["discovery"]["drop_suffixes"])
    about = _company(document, box.name, drop, range(start, start + len(text)))
    if about is None:
        return
    labels = [(label, metric) for label, metric in ((shapes.price_lines, "SharePrice"),
                                                    (shapes.change_lines, "StockPriceChange"),
                                                    (shapes.cap_lines, "MarketCapitalization"))
              if label is not None]
    values = text[box.rest:]
    for line in re.finditer(r"^[^\n]*", values, re.MULTILINE):
        for label, metric in labels:
            match = label.match(values, line.start())
            end = values.find("\n", match.end()) if match else -1
            value = _opening(values[match.end():end if end >= 0 else None], document.lang) \
                if match else None
            if match is not None and value is not None \
                    and (value.unit == "Percent" if metric == "StockPriceChange" else unit_kind(value) == "currency"):
                yield from _figure(document, about, metric, value, text, start + box.rest + match.end())


def quote_box_listings(document: Document) -> Iterator[Relation]:
    """listedOn of the company of each box (:func:`_quote`) that names the exchange it
    quotes the share on: as the price label ("Xetra: 19,85 EUR", "Nasdaq Helsinki: 5.62
    EUR"), in a cell of its own before the price ("| Xetra | 372.80 EUR") or in the cell after
    the move ("19,85 EUR | +3,2 % | Xetra, 11:02 Uhr"). A label that is no exchange ("Kurs:")
    names none."""
    shapes = _shapes(document.lang)
    if shapes is None:
        return
    exchanges = exchange_names(document.catalogue)
    for start, text in document.quote_boxes:
        quote = None if _index_cells(text) or _ticker_cells(text) \
            else _quote(document, shapes, next(_read(text, shapes), None), start, text)
        if quote is None:
            continue
        rest = quote.text[quote.rest:]
        # the price's label, or the cell of its own before it ("| Xetra | 372.80 EUR")
        cells = re.split(r"[|\n]", rest[:quote.price.start])[-2:]
        if quote.move is not None:
            cells += [cell.split(",")[0] for cell in rest[quote.move.end:].split("|")[1:2]]
        for cell in cells:
            exchange = exchanges.get(cell.strip(" \t(:").casefold())
            if exchange is not None:
                at = quote.start + quote.rest
                yield Relation(subject=quote.about, predicate="listedOn", object=exchange,
                               evidence=Evidence(sentence=quote.text, start=at, end=at + quote.price.end,
                                                 extractor=f"relations/{document.lang}/quote-box-venue"))


@per_catalogue
def exchange_names(catalogue: Catalogue) -> dict[str, str]:
    """The label of each stock exchange by each of its names, case-folded ("xetra", "börse
    frankfurt"): a quote box prints the venue as it is called, not as a mention."""
    return {name.casefold(): entry.label for entry in catalogue.entries.values()
            if entry.type == "StockExchange" for name in entry.names}


def _index_bar_figures(document: Document, start: int, text: str) -> Iterator[Figure]:
    """The level (``IndexLevel``, in points) and the move (``StockPriceChange``) of each
    cell of an index ticker bar whose name is that of one index the article names outside
    the bar ("DAX" for the Dax, "TecDAX" for the TecDax)."""
    bar = range(start, start + len(text))
    offset = 0
    for cell in text.split("|"):
        match = _INDEX_CELL.fullmatch(cell)
        if match is not None:
            name = match.group("name").strip().casefold()
            found = {m.label for m in document.mentions if m.type == "MarketIndex"
                     and m.start not in bar and name in (m.surface.casefold(), m.label.casefold())}
            quantities = find_quantities(match.group("figures"), document.lang)
            if len(found) == 1 and len(quantities) == 2 and quantities[0].unit is None \
                    and quantities[1].unit == "Percent":
                about, at = found.pop(), start + offset + match.start("figures")
                for q, metric, unit in ((quantities[0], "IndexLevel", "Points"),
                                        (quantities[1], "StockPriceChange", "Percent")):
                    if q.value is not None:
                        yield Figure(about=about, metric=metric, value=q.value, unit=unit,
                                     evidence=Evidence(sentence=text, start=at + q.start, end=at + q.end,
                                                       extractor=f"figures/{document.lang}/index-bar"))
        offset += len(cell) + 1


def _ticker_strip_figures(document: Document, start: int, text: str) -> Iterator[Figure]:
    """The move (``StockPriceChange``) of each cell of a strip of share moves by ticker whose
    ticker is that of one company the article names outside the strip ("NKE" for Nike); a
    ticker of no company named, or of more than one, gives nothing."""
    strip = range(start, start + len(text))
    named = {m.label for m in document.mentions if m.type in ISSUER_TYPES and m.start not in strip}
    for cell in _ticker_cells(text):
        found = {label for label in named if label in document.catalogue.entries
                 and cell.group("ticker") in document.catalogue.entries[label].tickers}
        quantities = find_quantities(cell.group("move"), document.lang)
        if len(found) != 1 or len(quantities) != 1 or quantities[0].unit != "Percent" \
                or quantities[0].value is None:
            continue
        at = start + cell.start("move")
        yield Figure(about=found.pop(), metric="StockPriceChange", value=quantities[0].value,
                     unit="Percent",
                     evidence=Evidence(sentence=text, start=at + quantities[0].start,
                                       end=at + quantities[0].end,
                                       extractor=f"figures/{document.lang}/ticker-strip"))


def _opening(value: str, lang: str) -> Quantity | None:
    """The quantity ``value`` opens with, in brackets or not ("(0.62%) $2.31": 0.62%)."""
    first = next(iter(find_quantities(value, lang)), None)
    return first if first is not None and not value[:first.start].strip(" \t(") else None


def _price(rest: str, quantities: list[Quantity], shapes: _Shapes) -> Quantity | None:
    """The first amount in a currency whose cell holds nothing before it but a price label."""
    for q in quantities:
        if unit_kind(q) == "currency" and q.value is not None:
            cell = re.split(r"[|\n]", rest[:q.start])[-1]
            return q if shapes.label.fullmatch(cell) else None
    return None


@lru_cache(maxsize=4)
def _share_class(lang: str) -> re.Pattern[str]:
    """The class of shares a box quotes after the name: a letter ("Acme B", as Nordic boxes
    print it), a depositary receipt ("XPeng Inc. (ADR)", the foreign share's listing abroad) or
    the language's marks of a class ("Fuchs SE Vz.", a preference share)."""
    marks = lexicon(lang)["figures"].get("quote_box_share_class")
    receipt = r"\(?(?:ADRs?|ADSs?|GDRs?)\)?"
    return re.compile(rf" (?:[A-C]|{receipt}|{marks})$" if marks else rf" (?:[A-C]|{receipt})$")


def _company(document: Document, name: str, drop: tuple[str, ...], box: range) -> str | None:
    """The one company of the article printed as ``name``, or as ``name`` without a legal
    form at its end ("Acme Corp." for Acme) or without the mark of a share class ("Acme B",
    as Nordic boxes print a class of shares, "Acme Vz."), named somewhere outside the ``box`` itself (the
    name line above the codes and a price line ingest keeps are read as text too)."""
    names = {name}
    share_class = _share_class(document.lang).search(name)
    if share_class is not None:
        names.add(name[:share_class.start()])
    # "XPeng Inc. (ADR)": the legal form before the class's mark goes as well
    for printed in tuple(names):
        form = next((d for d in sorted(drop, key=len, reverse=True) if printed.endswith(" " + d)), None)
        if form is not None:
            names.add(printed[:-len(form)].strip())
    found = {m.label for m in document.mentions
             if m.type in ISSUER_TYPES and (m.surface in names or m.label in names)}
    if len(found) != 1:
        return None
    label = found.pop()
    return label if any(m.label == label and m.start not in box for m in document.mentions) else None
