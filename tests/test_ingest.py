"""kg.ingest: reading files, folders and JSON Lines into articles, with ad
blocks blanked and the language told.

Fixture articles live in tests/data/ingest/; byte-level cases (binary,
invalid UTF-8, empty files) are written into tmp_path by the test itself.
The ad blocks in tests/data/ingest/ads/ are written for these tests, worded
like the promotion blocks of German and English retail-investor sites.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from conftest import DATA

from kg.errors import InputError
from kg.ingest import detect_language, find_ad_blocks, folder_notes, make_article, read_articles
from kg.records import Article

INGEST = DATA / "ingest"
ADS = INGEST / "ads"


def read_all(*paths: str | Path) -> list[Article | InputError]:
    return list(read_articles(paths))


def read_one(path: Path) -> Article:
    [item] = read_all(path)
    assert isinstance(item, Article), item
    return item


# --- text files --------------------------------------------------------------


def test_ingest_txt_first_line_is_headline() -> None:
    article = read_one(INGEST / "headline.txt")
    assert article.title == "Lufthansa streicht Flüge nach Tel Aviv"


def test_ingest_txt_keeps_headline_in_text() -> None:
    path = INGEST / "headline.txt"
    article = read_one(path)
    assert article.text == path.read_text(encoding="utf-8")


def test_ingest_txt_id_source_and_sha256_from_file() -> None:
    path = INGEST / "headline.txt"
    article = read_one(path)
    assert (article.id, article.source, article.sha256) == (
        "headline", str(path), hashlib.sha256(path.read_bytes()).hexdigest())


def test_ingest_headline_skips_leading_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "blank_start.txt"
    path.write_text("\n  \n  Volkswagen ruft Autos zurück  \nDer Konzern nannte keine Zahl.\n",
                    encoding="utf-8")
    assert read_one(path).title == "Volkswagen ruft Autos zurück"


def test_ingest_md_is_read_as_article() -> None:
    article = read_one(INGEST / "headline.md")
    assert "Auftrag über 2 Milliarden Euro" in article.text


def test_ingest_md_headline_without_heading_marker() -> None:
    article = read_one(INGEST / "headline.md")
    assert article.title == "Rheinmetall gewinnt Großauftrag"


def test_ingest_crlf_line_breaks_become_newlines(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("Merck übernimmt Biotech-Firma\r\nDer Preis liegt bei 1 Milliarde.\r\n"
                     .encode())
    article = read_one(path)
    assert article.text == "Merck übernimmt Biotech-Firma\nDer Preis liegt bei 1 Milliarde.\n"


# --- JSON Lines ---------------------------------------------------------------


def jsonl_items() -> list[Article | InputError]:
    return read_all(INGEST / "records.jsonl")


def test_ingest_jsonl_reads_good_lines_around_a_malformed_one() -> None:
    articles = [x for x in jsonl_items() if isinstance(x, Article)]
    assert [a.source for a in articles] == [
        "https://example.org/news/sap-q1", "https://example.org/news/adidas"]


def test_ingest_jsonl_malformed_line_reported_with_file_and_line() -> None:
    errors = [str(x) for x in jsonl_items() if isinstance(x, InputError)]
    assert len(errors) == 1
    assert errors[0].startswith(f"{INGEST / 'records.jsonl'}:2:")


def test_ingest_jsonl_title_is_headline_and_starts_text() -> None:
    article = jsonl_items()[0]
    assert isinstance(article, Article)
    assert article.title == "SAP wächst in der Cloud"
    assert article.text == ("SAP wächst in der Cloud\n"
                            "Der Softwarekonzern steigerte den Cloud-Umsatz um 27 Prozent.")


def test_ingest_jsonl_url_published_lang_and_id() -> None:
    article = jsonl_items()[0]
    assert isinstance(article, Article)
    assert (article.url, article.published, article.lang, article.id) == (
        "https://example.org/news/sap-q1", date(2026, 4, 22), "de", "sap-q1")


def test_ingest_jsonl_id_from_url_without_id_field() -> None:
    article = jsonl_items()[2]
    assert isinstance(article, Article)
    digest = hashlib.sha256(b"https://example.org/news/adidas").hexdigest()
    assert article.id == "url-" + digest[:16]


def test_ingest_jsonl_without_lang_detects_it() -> None:
    article = jsonl_items()[2]
    assert isinstance(article, Article)
    assert article.lang == "en"


def test_ingest_jsonl_lang_field_wins_over_detection(tmp_path: Path) -> None:
    path = tmp_path / "lang.jsonl"
    path.write_text('{"text": "Die Aktie von Bayer fiel um 4 Prozent, und der Kurs ist '
                    'damit auf dem tiefsten Stand seit Jahren.", "lang": "en"}\n',
                    encoding="utf-8")
    assert read_one(path).lang == "en"


def test_ingest_jsonl_id_from_stem_and_line_without_id_or_url(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('\n{"text": "Die Telekom meldet mehr Kunden im Mobilfunk."}\n',
                    encoding="utf-8")
    assert read_one(path).id == "feed-2"


def test_ingest_jsonl_record_without_text_is_error(tmp_path: Path) -> None:
    path = tmp_path / "notext.jsonl"
    path.write_text('{"title": "Nur ein Titel"}\n', encoding="utf-8")
    [item] = read_all(path)
    assert isinstance(item, InputError)
    assert str(item).startswith(f"{path}:1:")


def test_ingest_jsonl_bad_published_date_is_error(tmp_path: Path) -> None:
    path = tmp_path / "date.jsonl"
    path.write_text('{"text": "Die Post erhöht das Porto.", "published": "gestern"}\n',
                    encoding="utf-8")
    [item] = read_all(path)
    assert isinstance(item, InputError)
    assert str(item).startswith(f"{path}:1:")


# --- folders ----------------------------------------------------------------


def test_ingest_folder_read_recursively_in_sorted_order() -> None:
    # tree/a/sub/c.md, tree/a/z.txt, tree/b.txt; notes.csv and .draft.txt are no articles
    ids = [x.id for x in read_all(INGEST / "tree") if isinstance(x, Article)]
    assert ids == ["c", "z", "b"]


def test_ingest_folder_order_is_stable_across_reads() -> None:
    first = [x.source for x in read_all(INGEST / "tree") if isinstance(x, Article)]
    second = [x.source for x in read_all(INGEST / "tree") if isinstance(x, Article)]
    assert first == second


def test_ingest_folder_skips_other_suffixes_and_hidden_files() -> None:
    items = read_all(INGEST / "tree")
    assert all(isinstance(x, Article) for x in items)
    assert not any(x.source.endswith((".csv", ".draft.txt")) for x in items
                   if isinstance(x, Article))


def _folder_with_notes(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "part").mkdir(parents=True)
    (folder / "a.txt").write_text("Siemens hebt Prognose an\nSiemens erwartet mehr Umsatz.\n")
    (folder / "README.md").write_text("# About this corpus\nSixty articles on DAX stocks.\n")
    (folder / "part" / "license.txt").write_text("Terms\nFree to use.\n")
    (folder / "readme-first.txt").write_text("Bayer senkt Ausblick\nBayer erwartet weniger.\n")
    return folder


def test_ingest_folder_passes_over_its_readme_and_license(tmp_path: Path) -> None:
    folder = _folder_with_notes(tmp_path)
    ids = [x.id for x in read_all(folder) if isinstance(x, Article)]
    # only whole stems are notes: "readme-first" is an article
    assert ids == ["a", "readme-first"]
    assert folder_notes([folder]) == [folder / "README.md", folder / "part" / "license.txt"]


def test_ingest_a_named_readme_is_read_as_an_article(tmp_path: Path) -> None:
    folder = _folder_with_notes(tmp_path)
    items = read_all(folder / "README.md")
    assert [x.title for x in items if isinstance(x, Article)] == ["About this corpus"]
    assert folder_notes([folder / "README.md"]) == []


def test_build_of_a_folder_names_the_notes_it_passed_over(kg_main, tmp_path: Path) -> None:
    folder = _folder_with_notes(tmp_path)
    result = kg_main("build", folder, "--store", tmp_path / "store", "-q")
    assert result.returncode == 0
    notes = [line for line in result.stderr.splitlines() if line.startswith("Note: ")]
    assert len(notes) == 2 and str(folder / "README.md") in notes[0]


# --- bad inputs ---------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "   \n\t\n  \n"], ids=["empty", "whitespace"])
def test_ingest_empty_article_is_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "leer.txt"
    path.write_text(content, encoding="utf-8")
    [item] = read_all(path)
    assert isinstance(item, InputError)
    assert str(item).startswith(str(path))


@pytest.mark.parametrize("text", ["", " \n \n"], ids=["empty", "whitespace"])
def test_ingest_make_article_rejects_empty_text(text: str) -> None:
    with pytest.raises(InputError):
        make_article(text=text, source="memory", article_id="leer")


def test_ingest_binary_file_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "chart.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    [item] = read_all(path)
    assert isinstance(item, InputError)
    assert str(path) in str(item)


def test_ingest_missing_path_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "gibt-es-nicht.txt"
    [item] = read_all(path)
    assert isinstance(item, InputError)
    assert str(path) in str(item)


def test_ingest_bad_input_does_not_stop_the_rest(tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.txt"
    items = read_all(missing, INGEST / "headline.txt")
    assert [type(x) for x in items] == [InputError, Article]


# --- encodings --------------------------------------------------------------


def invalid_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "latin.txt"
    path.write_bytes("Börse in Düsseldorf\nDie Aktie der Müller AG stieg um 3 Prozent.\n"
                     .encode("cp1252"))
    return path


def test_ingest_invalid_utf8_is_flagged_as_fallback(tmp_path: Path) -> None:
    assert read_one(invalid_utf8(tmp_path)).lang_fallback is True


def test_ingest_invalid_utf8_is_read_as_windows_1252(tmp_path: Path) -> None:
    assert read_one(invalid_utf8(tmp_path)).title == "Börse in Düsseldorf"


def test_ingest_utf8_is_not_flagged(tmp_path: Path) -> None:
    assert read_one(INGEST / "headline.txt").lang_fallback is False


def test_ingest_utf8_bom_is_not_part_of_headline(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("Eon senkt Strompreise\nDer Versorger gibt Kosten weiter.\n"
                     .encode("utf-8-sig"))
    assert read_one(path).title == "Eon senkt Strompreise"


# --- language -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Aktie stieg um drei Prozent, nachdem der Konzern seine Prognose erhöht hatte.", "de"),
    ("Der Umsatz mit Chips für Rechenzentren hat sich im Quartal mehr als verdoppelt.", "de"),
    ("The shares rose three percent after the company raised its forecast for the year.", "en"),
    ("Deutsche Bank said on Monday that its quarterly profit had doubled.", "en"),
], ids=["de-stock", "de-revenue", "en-stock", "en-german-name"])
def test_ingest_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


# --- advertising blocks ----------------------------------------------------------
# (file, the ad lines as printed, the ordinary news line right after the ad)
AD_CASES = [
    ("anzeige_de.txt",
     ["Anzeige",
      ("Drei Dividendenperlen, die in keinem Depot fehlen dürfen: Unsere Experten verraten "
      "ihre Favoriten für das zweite Halbjahr.")],
     ("Analysten der Deutschen Bank bestätigten nach der Mitteilung ihr Kursziel von 120 Euro "
     "für die Aktie.")),
    ("kaufen_de.txt",
     [("BASF-Aktie: Kaufen oder verkaufen?! Die brandneue BASF-Analyse vom 12. März liefert "
      "die Antwort:"),
      ("Wie geht es mit BASF weiter? Lohnt sich der Einstieg noch? In unserer kostenlosen "
      "Analyse erfahren Sie, was Anleger jetzt tun sollten.")],
     "Der Vorstand begründete die Kürzung mit der schwachen Nachfrage aus der Autoindustrie."),
    ("sofort_de.txt",
     [("Sollten Anleger sofort verkaufen? Oder ist jetzt der richtige Zeitpunkt, bei der "
      "Porsche-Aktie einzusteigen?")],
     ("Porsche lieferte im ersten Quartal rund 8 Prozent weniger Fahrzeuge aus als ein Jahr "
     "zuvor.")),
    ("weiterlesen_de.txt",
     [("Die ausführliche Einschätzung unserer Redaktion zur Zalando-Aktie gibt es exklusiv für "
      "Abonnenten. Hier weiterlesen…")],
     "Das Unternehmen will im kommenden Jahr 500 neue Stellen in der Logistik schaffen."),
    ("advert_en.txt",
     ["Advertisement",
      ("Ten stocks our analysts like better than this one. Find out which companies made the "
      "list before the market opens.")],
     "The company said demand for its data-centre chips remained strong in all regions."),
    ("should_invest_en.txt",
     ["Should you invest $500 in Rivian today?",
      ("Before you buy stock in Rivian, read this: our Stock Advisor team picked the 10 best "
      "stocks to buy now, and Rivian was not among them. Stock Advisor's total average return "
      "is 850%, against 170% for the S&P 500."),
      "*Returns as of March 3, 2026"],
     "Rivian said it delivered 13,000 vehicles in the quarter, in line with its guidance."),
]
AD_IDS = [case[0].removesuffix(".txt") for case in AD_CASES]


@pytest.mark.parametrize(("name", "ad_lines", "after"), AD_CASES, ids=AD_IDS)
def test_ingest_ad_block_is_blanked_in_clean_text(name: str, ad_lines: list[str],
                                                  after: str) -> None:
    article = read_one(ADS / name)
    for line in ad_lines:
        start = article.text.index(line)
        assert article.clean_text[start:start + len(line)].strip() == ""


@pytest.mark.parametrize(("name", "ad_lines", "after"), AD_CASES, ids=AD_IDS)
def test_ingest_news_after_ad_block_is_kept(name: str, ad_lines: list[str], after: str) -> None:
    article = read_one(ADS / name)
    start = article.text.index(after)
    assert article.clean_text[start:start + len(after)] == after


@pytest.mark.parametrize(("name", "ad_lines", "after"), AD_CASES, ids=AD_IDS)
def test_ingest_news_before_ad_block_is_kept(name: str, ad_lines: list[str],
                                             after: str) -> None:
    article = read_one(ADS / name)
    before = article.text[:article.text.index(ad_lines[0])]
    assert article.clean_text[:len(before)] == before


@pytest.mark.parametrize(("name", "ad_lines", "after"), AD_CASES, ids=AD_IDS)
def test_ingest_ad_block_is_counted_once(name: str, ad_lines: list[str], after: str) -> None:
    assert read_one(ADS / name).ad_blocks == 1


@pytest.mark.parametrize(("name", "ad_lines", "after"), AD_CASES, ids=AD_IDS)
def test_ingest_ad_span_covers_the_ad_lines(name: str, ad_lines: list[str], after: str) -> None:
    article = read_one(ADS / name)
    [(start, end)] = article.ad_spans
    first = article.text.index(ad_lines[0])
    last = article.text.index(ad_lines[-1]) + len(ad_lines[-1])
    assert start <= first and end >= last
    assert after not in article.text[start:end]


@pytest.mark.parametrize("name", [case[0] for case in AD_CASES], ids=AD_IDS)
def test_ingest_clean_text_keeps_length_and_line_breaks(name: str) -> None:
    article = read_one(ADS / name)
    assert len(article.clean_text) == len(article.text)
    assert [i for i, c in enumerate(article.clean_text) if c == "\n"] == [
        i for i, c in enumerate(article.text) if c == "\n"]


def test_ingest_article_without_ads_has_clean_text_equal_to_text() -> None:
    article = read_one(INGEST / "headline.txt")
    assert (article.clean_text, article.ad_spans) == (article.text, ())


def test_ingest_ad_marker_on_its_own_takes_the_next_paragraph() -> None:
    text = ("Hapag-Lloyd erhöht Frachtraten\n"
            "Die Reederei verlangt ab Juli mehr für Container aus Asien.\n"
            "Anzeige\n"
            "Mit diesem Depot zahlen Sie keine Ordergebühren.\n"
            "Die Aktie legte am Vormittag um 2 Prozent zu.\n")
    spans = find_ad_blocks(text)
    assert [text[s:e] for s, e in spans] == [
        "Anzeige\nMit diesem Depot zahlen Sie keine Ordergebühren."]


def test_ingest_two_ad_blocks_are_counted_apart() -> None:
    text = ("Daimler Truck baut Stellen ab\n"
            "Der Lkw-Hersteller will in Deutschland 5000 Stellen streichen.\n"
            "Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg?\n"
            "Die Gewerkschaft kündigte Widerstand an.\n"
            "Daimler-Truck-Aktie: Kaufen oder verkaufen?! Die neue Analyse liefert die Antwort.\n")
    assert len(find_ad_blocks(text)) == 2


def test_ingest_inline_anzeige_line_is_blanked() -> None:
    article = read_one(ADS / "inline_de.txt")
    ad = ("Anzeige: Mit diesem Depot handeln Sie Aktien ab 0 Euro pro Order und sichern sich "
          "eine Prämie.")
    start = article.text.index(ad)
    assert article.clean_text[start:start + len(ad)].strip() == ""


def test_ingest_inline_anzeige_line_keeps_news_after() -> None:
    article = read_one(ADS / "inline_de.txt")
    after = "Vorstandschef Oliver Bäte kündigte zudem ein Aktienrückkaufprogramm an."
    start = article.text.index(after)
    assert article.clean_text[start:start + len(after)] == after


def test_ingest_nothing_but_advertising_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "werbung.txt"
    path.write_text("Anzeige\nJetzt Depot eröffnen und 50 Euro Startguthaben sichern.\n",
                    encoding="utf-8")
    [item] = read_all(path)
    assert isinstance(item, InputError)


# --- page furniture ----------------------------------------------------------------
# Lines a site prints around the report, written for these tests (invented names):
# each is blanked, the news lines around it are kept whole.
FURNITURE_LINES = [
    "Lesen Sie auch: Quellwerk-Aktie: Maschinenbauer streicht 1.200 Stellen in Kassel",
    "Mehr zum Thema: Brandauer hebt die Dividende auf 2,10 Euro",
    "Read more: Harrow Motors Recalls 800,000 Cars Over Brake Fault",
    "Die neue Zentrale in Bielefeld. Foto: picture alliance/dpa | Eva Kurz",
    "Bild: Keystone",
    "Photographer: Jun Mori/Bloomberg",
    ("Item 1 of 3 A worker at a plant of Harrow Motors in Ohio, U.S., May 3, 2026. "
     "REUTERS/Ann Doe/File Photo Purchase Licensing Rights"),
    "Quellwerk 41,20 EUR +2,4 %",
    "Harrow 18,30 $ -1,1 %",
    "SMI 12'398.55 +0.29% | SPI 16'871.20 +0.31% | EUR/CHF 0.9312 -0.08%",
    "WKN: QW1234 | ISIN: DE000QW12345",
    "Veröffentlicht am 02.12.2026 um 14:31 Uhr | Von Eva Kurz",
    "02.12.2026 07:45",
    "December 2, 2026 at 3:12 PM GMT+9",
    "Von Max Muster, dpa-AFX",
    "By Jane Roe and Tom Lee",
    "By Jane Roe – Dec 2, 2026 at 6:15AM",
    "The Daily Deals newsletter brings you the biggest stories every morning. Sign up here.",
    "Finanz-Insider: Jetzt den Newsletter abonnieren und nichts mehr verpassen.",
    "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten. Alle akzeptieren",
    ("Hinweis auf mögliche Interessenkonflikte: Der Herausgeber hält Positionen in den "
     "besprochenen Aktien, darunter Quellwerk."),
    "Risikohinweis: Die Inhalte stellen keine Anlageberatung dar.",
    ("Jane Roe has positions in Harrow Motors. The Motley Fool has positions in and recommends "
     "Harrow Motors. The Motley Fool has a disclosure policy."),
    "Reporting by Ann Doe in Bengaluru; Editing by Tom Lee",
    "(Reporting by Ann Doe; Editing by Tom Lee)",
    "/kro/hbr",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "— With assistance from Jun Mori",
    "(Updates with share move in fifth paragraph.)",
    "(awp/sda)",
    "Tags: Quellwerk, Harrow Motors, Maschinenbau",
    "Dieser Artikel erschien zuerst auf finanzen.example.",
    "Mit Material von dpa-AFX",
    "Item 2 of 2 A Harrow Motors logo. REUTERS/Ann Doe Acquire Licensing Rights, opens new tab",
]
NEWS_BEFORE = "Quellwerk steigerte den Umsatz im dritten Quartal um 4 Prozent auf 2,1 Milliarden Euro."
NEWS_AFTER = "Die Aktie stieg am Vormittag um 3,2 Prozent auf 41,20 Euro."


def _furniture_text(line: str) -> str:
    return f"Quellwerk hebt die Prognose an\n{NEWS_BEFORE}\n{line}\n{NEWS_AFTER}\n"


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_ingest_page_furniture_line_is_blanked(line: str) -> None:
    article = make_article(text=_furniture_text(line), source="t", article_id="t")
    start = article.text.index(line)
    assert article.clean_text[start:start + len(line)].strip() == ""


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_ingest_news_around_page_furniture_is_kept(line: str) -> None:
    article = make_article(text=_furniture_text(line), source="t", article_id="t")
    for news in (NEWS_BEFORE, NEWS_AFTER, "Quellwerk hebt die Prognose an"):
        start = article.text.index(news)
        assert article.clean_text[start:start + len(news)] == news


# Look-alikes: news sentences that open or end like furniture, kept whole.
FURNITURE_LOOK_ALIKES = [
    "Von Januar bis September stieg der Umsatz um 4 Prozent auf 2,1 Milliarden Euro.",
    "By Goldman Sachs' count, the deal is the largest in the sector this year.",
    "By Friday, Harrow Motors had recalled 800,000 cars.",
    "Sonderfaktoren verzerrten das Bild: Aufwendungen für den Umbau kosteten 90 Millionen Euro.",
    "Die Aktie schloss bei 41,20 Euro, ein Plus von 2,4 Prozent.",
    "Should you buy the stock? At 30 times earnings, Harrow Motors is not cheap.",
    "Elliott has positions in several European utilities, the filing showed.",
    "Related revenue from services rose 12% to $1.4 billion.",
    "Der Fonds hat seine Positionen in Quellwerk im Quartal ausgebaut.",
    "Updated guidance calls for revenue of $9 billion in 2027.",
    "Reporting season starts next week with Harrow Motors.",
    "(Reporting season starts next week with Harrow Motors.)",
    "/ Quellwerk steigerte den Umsatz um 4 Prozent.",
    "Das Kürzel /QW steht für Quellwerk.",
    "Mit Material von Zulieferern aus Asien baut Quellwerk seine Akkus.",
    "Themen wie Zölle und Zinsen belasteten die Stimmung.",
]


@pytest.mark.parametrize("line", FURNITURE_LOOK_ALIKES)
def test_ingest_news_like_furniture_is_kept(line: str) -> None:
    text = _furniture_text(line)
    assert find_ad_blocks(text) == []


def test_ingest_link_list_takes_its_headlines_not_the_next_paragraph() -> None:
    text = ("Quellwerk hebt die Prognose an\n"
            f"{NEWS_BEFORE}\n"
            "Mehr zum Thema\n"
            "Brandauer-Aktie: Was Analysten jetzt raten\n"
            "Harrow Motors: Rückruf kostet 90 Millionen Dollar\n"
            f"{NEWS_AFTER}\n")
    assert [text[s:e] for s, e in find_ad_blocks(text)] == [
        "Mehr zum Thema\nBrandauer-Aktie: Was Analysten jetzt raten\n"
        "Harrow Motors: Rückruf kostet 90 Millionen Dollar"]


def test_ingest_most_read_list_takes_its_headlines() -> None:
    text = ("Harrow Motors raises outlook\n"
            "Most Read from Bloomberg\n"
            "Brandauer Loses $40 Billion as Investors Sell\n"
            "Quellwerk Recalls 1.2 Million Machines\n"
            "(Bloomberg) -- Harrow Motors raised its full-year forecast on Tuesday.\n")
    [(start, end)] = find_ad_blocks(text)
    assert text[start:end].endswith("Quellwerk Recalls 1.2 Million Machines")
    assert "raised its full-year forecast" not in text[start:end]


def test_ingest_where_to_invest_teaser_opens_a_block() -> None:
    text = ("Why Harrow Motors Stock Jumped\n"
            "Harrow Motors shares rose 12% after the company beat estimates.\n"
            "Where to invest $1,000 right now\n"
            "Our Stock Advisor team just revealed the 10 best stocks to buy now.\n"
            "The company also raised its dividend by 5%.\n")
    [(start, end)] = find_ad_blocks(text)
    assert text[start:end] == ("Where to invest $1,000 right now\n"
                               "Our Stock Advisor team just revealed the 10 best stocks to buy now.")


def test_ingest_stock_advisor_teaser_without_question_is_one_block() -> None:
    text = ("Why Harrow Motors Stock Jumped\n"
            "Harrow Motors shares rose 12% after the company beat estimates.\n"
            "Before you buy stock in Harrow Motors, consider this:\n"
            "The Stock Advisor analyst team just identified the 10 best stocks for investors "
            "to buy now.\n"
            "Consider when Quellwerk made this list on May 1, 2010... if you invested $1,000 at "
            "the time of our recommendation, you'd have $98,000!*\n"
            "See the 10 stocks »\n"
            "*Stock Advisor returns as of May 1, 2026\n"
            "The company also raised its dividend by 5%.\n")
    [(start, end)] = find_ad_blocks(text)
    assert text[start:end].startswith("Before you buy stock in Harrow Motors")
    assert text[start:end].endswith("*Stock Advisor returns as of May 1, 2026")
