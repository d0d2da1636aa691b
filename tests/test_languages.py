"""Languages are packages under kg/nlp/lang, found on the package path and
validated on load; no language words live in Python code outside them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
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
    lang.lexicon.cache_clear()
    try:
        with pytest.raises(OntologyError) as caught:
            lang.lexicon("nl")
    finally:
        lang.lexicon.cache_clear()
        sys.modules.pop("kg.nlp.lang.nl", None)
    line = str(caught.value)
    assert "\n" not in line
    assert str(folder / "nl" / "lexicon.toml") in line and message in line
