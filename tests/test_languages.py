"""Languages are packages under kg/nlp/lang, found on the package path and
validated on load; no language words live in Python code outside them."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
import typing
from pathlib import Path

import pytest

import kg.nlp.lang as lang
from kg.errors import OntologyError

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "kg" / "nlp" / "lang"

# A third language in a child process: the package path of kg.nlp.lang gains
# a folder, and every layer (discovery, validation, tokeniser, extractor)
# picks the language up from there.
SCRIPT = """
import sys
import kg.nlp.lang
kg.nlp.lang.__path__.append(sys.argv[1])
from kg.ingest import make_article
from kg.nlp.extract import Extractor
from kg.nlp.lang import codes, lexicon, info

print(",".join(codes()))
print(info("nl").spacy, len(lexicon("nl")["relations"]))
article = make_article(text=sys.argv[2], source="test", article_id="nl", lang="nl")
extraction = Extractor().extract(article)
print(sorted({e.label for e in extraction.entities}))
"""


def _third_language(folder: Path, lexicon_text: str | None = None) -> Path:
    """A package ``nl`` built from the English data under ``folder``."""
    package = folder / "nl"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(
        "from kg.nlp.lang.model import LanguageInfo\n"
        'LANGUAGE = LanguageInfo(code="nl", spacy="nl")\n', encoding="utf-8")
    shutil.copy(LANG / "en" / "quantities.toml", package / "quantities.toml")
    text = lexicon_text if lexicon_text is not None else \
        (LANG / "en" / "lexicon.toml").read_text(encoding="utf-8")
    (package / "lexicon.toml").write_text(text, encoding="utf-8")
    return folder


def test_the_languages_are_the_packages() -> None:
    packages = sorted(p.parent.name for p in LANG.glob("*/__init__.py"))
    assert list(lang.codes()) == packages
    assert len(packages) >= 2
    for code in packages:
        assert lang.info(code).code == code
        assert lang.lexicon(code)["relations"], code


def test_an_unknown_language_is_one_clear_error() -> None:
    with pytest.raises(OntologyError, match="no language package for 'xx'"):
        lang.info("xx")


def test_a_third_language_package_loads_and_extracts(tmp_path: Path) -> None:
    folder = _third_language(tmp_path / "extra")
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), str(folder),
         "Siemens buys a stake in Infineon.\nThe company said on Monday it pays cash."],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    codes, spacy_info, labels = done.stdout.splitlines()
    assert codes.split(",") == sorted([*lang.codes(), "nl"])
    english = tomllib.loads((LANG / "en" / "lexicon.toml").read_text(encoding="utf-8"))
    assert spacy_info == f"nl {len(english['relations'])}"
    assert "Siemens" in labels and "Infineon" in labels


@pytest.mark.parametrize(("change", "message"), [
    (lambda t: t.replace("[covers]\n", "[covers]\nbeforr = 'x'\n", 1), "unknown key 'covers.beforr'"),
    (lambda t: re.sub(r"(?m)^seated_after = .*\n", "", t, count=1), "missing key 'places.seated_after'"),
])
def test_bad_language_data_names_file_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              change, message: str) -> None:
    english = (LANG / "en" / "lexicon.toml").read_text(encoding="utf-8")
    changed = change(english)
    assert changed != english
    folder = _third_language(tmp_path / "extra", changed)
    monkeypatch.setattr(lang, "__path__", [*lang.__path__, str(folder)])
    monkeypatch.delitem(sys.modules, "kg.nlp.lang.nl", raising=False)
    lang.languages.cache_clear()
    lang.lexicon.cache_clear()
    try:
        with pytest.raises(OntologyError) as caught:
            lang.lexicon("nl")
    finally:
        monkeypatch.undo()
        lang.languages.cache_clear()
        lang.lexicon.cache_clear()
        sys.modules.pop("kg.nlp.lang.nl", None)
    line = str(caught.value)
    assert "\n" not in line
    assert str(folder / "nl" / "lexicon.toml") in line and message in line


# ------------------------------------------------------------------ no language words in code

WORD = re.compile(r"[^\W\d_]{3,}")
# Regex syntax that spells letters without being words: character classes,
# group names, escapes.
REGEX_SYNTAX = re.compile(r"\[[^\]]*\]|\(\?P<\w+>|\(\?P=\w+\)|\\[a-zA-Z]")
REGEX_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer",
               "split"}
# Regexes over text that is not language: Python type names in option help,
# the SPARQL parser's own messages, the page template's placeholders, the web interface's
# routes.
NOT_LANGUAGE = {("kg/cli/app.py", "list"), ("kg/web/app.py", "entity"), ("kg/web/app.py", "article"),
                ("kg/sparql_errors.py", "not"), ("kg/sparql_errors.py", "found"),
                ("kg/sparql_errors.py", "expected"), ("kg/query/text.py", "limit"),
                ("kg/sparql_errors.py", "one"), ("kg/views/render.py", "data")}


def _language_words() -> set[str]:
    """Every word of every language's data (values, and the keys of word
    tables), lower-cased: what the extractors match in articles."""
    from pydantic import BaseModel

    from kg.nlp.lang.model import Lexicon, QuantityWords

    def words_of(text: str) -> set[str]:
        return {w.lower() for w in WORD.findall(text)}

    def walk(model: type[BaseModel], data: object, out: set[str]) -> None:
        if isinstance(data, list):
            for item in data:
                walk(model, item, out)
            return
        assert isinstance(data, dict)
        for name, field in model.model_fields.items():
            value = data.get(field.alias or name)
            inner = (typing.get_args(field.annotation) or [None])[0] \
                if typing.get_origin(field.annotation) is list else field.annotation
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                walk(inner, value, out)
            elif isinstance(value, dict):
                for key, item in value.items():
                    out |= words_of(key) | (words_of(item) if isinstance(item, str) else set())
            elif isinstance(value, list):
                out |= {w for item in value if isinstance(item, str) for w in words_of(item)}
            elif isinstance(value, str):
                out |= words_of(value)

    found: set[str] = set()
    for code in lang.codes():
        walk(Lexicon, lang.lexicon(code), found)
        walk(QuantityWords, lang.quantity_words(code), found)
    return found


def _regex_words(path: Path, vocabulary: set[str]) -> list[tuple[int, str]]:
    """Language words in the literal text of the regexes of a module (not in
    the table keys or function arguments that build them from data)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    built = {id(node.slice) for node in ast.walk(tree) if isinstance(node, ast.Subscript)}
    built |= {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Call) for arg in node.args
              if not (isinstance(node.func, ast.Attribute) and node.func.attr in REGEX_CALLS)}
    hits = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in REGEX_CALLS and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re" and node.args):
            continue
        for part in ast.walk(node.args[0]):
            if id(part) not in built and isinstance(part, ast.Constant) \
                    and isinstance(part.value, str):
                hits += [(node.lineno, w) for w in
                         sorted({w.lower() for w in WORD.findall(REGEX_SYNTAX.sub(" ", part.value))}
                                & vocabulary)]
    return hits


def test_the_word_list_is_the_language_data() -> None:
    words = _language_words()
    assert {"konzern", "aktie", "company", "shares", "milliarden", "billion"} <= words
    assert len(words) > 500


def test_no_language_words_in_regexes_outside_the_language_packages() -> None:
    words = _language_words()
    found = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("kg/nlp/lang/"):
            continue
        found += [f"{relative}:{line}: {word}" for line, word in _regex_words(path, words)
                  if (relative, word) not in NOT_LANGUAGE]
    assert not found, "language words in code:\n" + "\n".join(found)


def test_the_scan_finds_a_word_written_into_a_regex(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text('import re\nTABLE = {"k": 1}\n'
                      'CUE = re.compile(r"\\b(?:Konzern|the)\\s+" + TABLE["konzern"])\n',
                      encoding="utf-8")
    assert _regex_words(module, _language_words()) == [(3, "konzern"), (3, "the")]
