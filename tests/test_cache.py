"""kg.cache: derived structures kept on disk between runs; a hit gives the
same gazetteer as deriving it, a changed catalogue misses, and a corrupt
entry or an unwritable folder only costs the derivation again."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kg import cache
from kg.catalogue import Catalogue, CatalogueEntry, load_catalogue
from kg.nlp.gazetteer import Gazetteer

# sentences written for these tests
TEXTS = [
    "Quellwerk Energie steigerte den Umsatz; Quellwerks Aktie (QWE) legte zu.",
    "Analysts said Brightmoor Holdings' unit Brightmoor Labs missed estimates (NYSE: BRM).",
    "Die Quellwerk-Energie-Aktie fiel, während Brightmoor-Chef Ann Vale schwieg.",
]


def small_catalogue(extra: str | None = None) -> Catalogue:
    entries = [
        CatalogueEntry("Quellwerk Energie", "Company", aliases=("Quellwerk",), tickers=("QWE",)),
        CatalogueEntry("Brightmoor Holdings", "Company", tickers=("BRM",)),
        CatalogueEntry("Brightmoor Labs", "Company", aliases=("Brightmoor",)),
        CatalogueEntry("New York Stock Exchange", "StockExchange", aliases=("NYSE",)),
        CatalogueEntry("Ann Vale", "Person"),
    ]
    if extra:
        entries.append(CatalogueEntry(extra, "Company"))
    return Catalogue({e.label: e for e in entries})


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(target))
    return target


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("gazetteer-*.marshal"))


def found(gazetteer: Gazetteer) -> list[list[tuple[int, int, str, str, str]]]:
    return [[(m.start, m.end, m.label, m.type, m.rule) for m in gazetteer.find(text)]
            for text in TEXTS]


def test_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "finkg"
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "own"))
    assert cache.cache_dir() == tmp_path / "own"


def test_hit_gives_the_same_gazetteer_as_deriving_it(folder: Path) -> None:
    derived = Gazetteer(small_catalogue())
    [entry] = entries(folder)
    written = entry.stat().st_mtime_ns
    from_cache = Gazetteer(small_catalogue())
    assert entry.stat().st_mtime_ns == written  # read, not written again
    assert found(from_cache) == found(derived)
    labels = {m[2] for text in found(from_cache) for m in text}
    assert labels == {"Quellwerk Energie", "Brightmoor Holdings", "Brightmoor Labs",
                      "New York Stock Exchange", "Ann Vale"}


def test_changed_catalogue_misses_and_replaces_the_entry(folder: Path) -> None:
    Gazetteer(small_catalogue())
    [old] = entries(folder)
    grown = Gazetteer(small_catalogue(extra="Ostkamm Werke"))
    [new] = entries(folder)
    assert new != old and not old.exists()
    assert [m.label for m in grown.find("Ostkamm Werke wuchs.")] == ["Ostkamm Werke"]
    assert Gazetteer(small_catalogue()).find("Ostkamm Werke wuchs.") == []


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "foreign"])
def test_corrupt_entry_is_derived_again(folder: Path, damage: str) -> None:
    expected = found(Gazetteer(small_catalogue()))
    [entry] = entries(folder)
    data = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        entry.write_bytes(data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:])
    elif damage == "empty":
        entry.write_bytes(b"")
    else:  # intact checksum around data that is not the gazetteer's
        key = entry.name.removeprefix("gazetteer-").removesuffix(".marshal")
        cache.save("gazetteer", key, ("not", "a", "gazetteer"))
    assert found(Gazetteer(small_catalogue())) == expected
    assert cache.load("gazetteer", key=entries(folder)[0].stem.split("-", 1)[1]) is not None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_still_builds(folder: Path) -> None:
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert found(Gazetteer(small_catalogue()))[0]
        assert entries(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_unwritable_cache_location_still_builds(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache path that cannot be a folder (a file is in the way): as when the
    folder is read-only, nothing is kept and the gazetteer is derived."""
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert found(Gazetteer(small_catalogue()))[0]
    assert found(Gazetteer(small_catalogue()))[0]
    assert blocker.read_text() == "in the way"


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?P<word>\w+)-(?P<tail>Aktie|Chef)?", 0),
    (r"(?i)umsatz|gewinn", 0),
    (r"(?<![\w.])[A-Z]{2,5}(?=\))", re.MULTILINE),
])
def test_pattern_from_code_behaves_as_re_compile(pattern: str, flags: int) -> None:
    text = "Der Umsatz-Chef von ABC) sagte: GEWINN der xyz-Aktie (DEF) stieg."
    expected = re.compile(pattern, flags)
    restored = cache.pattern_from_code(cache.pattern_code(pattern, flags))
    assert (restored.pattern, restored.flags, restored.groupindex) == \
        (expected.pattern, expected.flags, expected.groupindex)
    assert [(m.span(), m.groups()) for m in restored.finditer(text)] == \
        [(m.span(), m.groups()) for m in expected.finditer(text)]


def test_cached_pattern_is_made_once_per_parts(folder: Path) -> None:
    made: list[str] = []

    def make(words: list[str]) -> str:
        made.append("|".join(words))
        return "(?=(" + "|".join(words) + "))"

    first = cache.compiled("test-pattern", ["umsatz", "um"], lambda: make(["umsatz", "um"]))
    again = cache.compiled("test-pattern", ["umsatz", "um"], lambda: make(["umsatz", "um"]))
    assert made == ["umsatz|um"]
    assert again.findall("konzernumsatz") == first.findall("konzernumsatz") == ["umsatz"]
    other = cache.compiled("test-pattern", ["gewinn"], lambda: make(["gewinn"]))
    assert made == ["umsatz|um", "gewinn"]
    assert other.findall("reingewinn") == ["gewinn"]
    assert len(list(folder.glob("test-pattern-*.marshal"))) == 1


def test_invalid_code_is_rejected() -> None:
    pattern, flags, code, groups, groupindex, indexgroup = cache.pattern_code("a(b)c")
    with pytest.raises((RuntimeError, TypeError, ValueError)):
        cache.pattern_from_code((pattern, flags, [9999, *code], groups, groupindex, indexgroup))


CATALOGUE_TTL = """@prefix fin: <https://w3id.org/finkg/ontology#> .
@prefix kgr: <https://w3id.org/finkg/resource/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
kgr:quellwerk a fin:Company ; rdfs:label "Quellwerk Energie" ; skos:altLabel "Quellwerk" ;
    fin:ticker "QWE" .
kgr:quellwerk-labs a fin:Company ; rdfs:label "Quellwerk Labs" ; fin:subsidiaryOf kgr:quellwerk .
"""


def test_catalogue_records_come_back_from_the_cache(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "entities.ttl"
    source.write_text(CATALOGUE_TTL, encoding="utf-8")
    parsed = load_catalogue.__wrapped__(source)
    [entry] = sorted(folder.glob("catalogue-*.marshal"))
    assert load_catalogue.__wrapped__(source) == parsed
    assert parsed.parent_of("Quellwerk Labs") == "Quellwerk Energie"
    assert parsed.entries["Quellwerk Energie"].tickers == ("QWE",)
    source.write_text(CATALOGUE_TTL.replace('"QWE"', '"QWX"'), encoding="utf-8")
    changed = load_catalogue.__wrapped__(source)
    assert changed.entries["Quellwerk Energie"].tickers == ("QWX",)
    assert not entry.exists()
    [entry] = sorted(folder.glob("catalogue-*.marshal"))
    entry.write_bytes(entry.read_bytes()[:-3])
    assert load_catalogue.__wrapped__(source) == changed


# ----------------------------------------------------------------- patterns compiled on first use

@pytest.fixture
def fresh_tables(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The pattern table as a new process finds it: nothing read yet."""
    for table in cache._TABLES:
        monkeypatch.setattr(table, "_values", None)
        monkeypatch.setattr(table, "_used", set())
        monkeypatch.setattr(table, "_changed", False)
    re.purge()
    return folder


def test_remembered_pattern_is_not_parsed_again(fresh_tables: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"(?P<head>Nordwerk\w*)-(?:Aktie|Chef)\b"
    text = "Die Nordwerke-Aktie stieg, der Nordwerk-Chef schwieg."
    with cache.remembered_patterns():
        first = [(m.span(), m.group("head")) for m in re.finditer(pattern, text)]
    assert re._compiler.compile is cache._original_compile  # type: ignore[attr-defined]
    assert list(fresh_tables.glob("patterns-*.marshal"))
    # a new process: the table is read from disk, the pattern not parsed
    monkeypatch.setattr(cache.PATTERNS, "_values", None)
    re.purge()

    def no_parse(*_: object) -> tuple:
        raise AssertionError("parsed again")

    monkeypatch.setattr(cache, "pattern_code", no_parse)
    with cache.remembered_patterns():
        again = [(m.span(), m.group("head")) for m in re.finditer(pattern, text)]
    assert again == first == [((4, 19), "Nordwerke"), ((31, 44), "Nordwerk")]


def test_pattern_of_one_article_is_not_kept(fresh_tables: Path) -> None:
    """A pattern made from one article's names matches as ``re.compile``'s does but
    leaves the table unchanged, so leaving the block writes nothing back."""
    pattern = r"(?<![\w\-&.])(?P<head>Nordwerk|Talberg)(?:'s|s)?(?![\w\-])"
    text = "Nordwerks Umsatz stieg, Talberg's nicht; Nordwerker schwiegen."
    with cache.remembered_patterns():
        spans = [m.span("head") for m in cache.compile_unremembered(pattern).finditer(text)]
    assert spans == [(0, 8), (24, 31)]
    assert spans == [m.span("head") for m in re.compile(pattern).finditer(text)]
    assert (pattern, 0) not in cache.PATTERNS._loaded()
    assert not list(fresh_tables.glob("patterns-*.marshal"))


def test_bad_pattern_still_raises_inside_the_block(fresh_tables: Path) -> None:
    with cache.remembered_patterns(), pytest.raises(re.error):
        re.compile(r"(?P<open>unclosed")
    assert not cache.PATTERNS._changed


def test_damaged_code_is_compiled_again(fresh_tables: Path) -> None:
    pattern = r"Kursziel\s+(\d+)"
    cache.PATTERNS._loaded()[(pattern, 0)] = (pattern, 32, [9999], 0, {}, (None,))
    with cache.remembered_patterns():
        assert re.search(pattern, "Kursziel 42 Euro").group(1) == "42"  # type: ignore[union-attr]


def test_table_over_its_limit_keeps_what_this_process_used(folder: Path) -> None:
    table = cache.Table("test-table", limit=2)
    try:
        for key in ("a", "b", "c"):
            table.get(key, lambda k=key: k.upper(), lambda value: isinstance(value, str))
        table.save()
        reread = cache.Table("test-table", limit=2)
        assert reread.get("b", lambda: "made", lambda value: True) == "B"
        reread.get("d", lambda: "D", lambda value: True)
        reread.save()
        assert cache.load("test-table", reread._key) == {"b": "B", "d": "D"}
    finally:
        cache._TABLES[:] = [t for t in cache._TABLES if t.kind != "test-table"]


def test_compiled_keeps_the_entries_used_last(folder: Path) -> None:
    for words in (["eins"], ["zwei"], ["drei"]):
        cache.compiled("test-scan", words, lambda w=words: "|".join(w), keep=2)
    kept = list(folder.glob("test-scan-*.marshal"))
    assert len(kept) == 2
    made: list[str] = []
    # "zwei" was kept and is a hit; "eins" went first
    cache.compiled("test-scan", ["zwei"], lambda: made.append("zwei") or "zwei", keep=2)
    cache.compiled("test-scan", ["eins"], lambda: made.append("eins") or "eins", keep=2)
    assert made == ["eins"]


# ----------------------------------------------------------------- the prefilters' one scan

_ONE_SCAN = r"""
from kg.ingest import make_article
from kg.nlp import prefilter
from kg.nlp.extract import Extractor

built = []
making = prefilter._scanner
prefilter._scanner = lambda pieces: built.append(len(pieces)) or making(pieces)
extractor = Extractor()
for lang, text in (("de", "Quellwerk Energie steigerte den Umsatz 2025 um 4 Prozent."),
                   ("en", "Brightmoor Holdings raised its price target to 40 dollars.")):
    extractor.extract(make_article(text="Meldung\n" + text, source="test", article_id=lang,
                                   lang=lang))
print(len(built))
"""


def test_prefilter_scan_is_built_once_per_process(folder: Path) -> None:
    """Every rule module's prefilters, of every language, are registered
    before the first scan, so a process builds (or, from the cache, loads)
    the scan once, however its texts start; it was built anew as each
    module's rules were first needed, once per order of need."""
    ran = subprocess.run([sys.executable, "-c", _ONE_SCAN], capture_output=True, text=True,
                         check=True, env={**os.environ, cache.CACHE_ENV: str(folder)})
    assert ran.stdout.split() == ["1"]
