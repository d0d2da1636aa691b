"""Languages: one sub-package per language, each declaring ``LANGUAGE`` and
holding its word tables as data.

Languages are found by looking for sub-packages on this package's
``__path__``, so adding a language means adding a package (plus its data),
not editing code; a folder appended to ``__path__`` before first use counts
as well. Each data
file is validated against :mod:`kg.nlp.lang.model` when first read, so a
misspelt or missing key fails at once with one line naming file and key.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import spacy.util
from pydantic import BaseModel, ValidationError

from kg.errors import OntologyError
from kg.nlp.lang.model import LanguageInfo, Lexicon, QuantityWords

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def languages() -> dict[str, LanguageInfo]:
    """Every language package on ``__path__``, by language code, sorted.

    Read once per process (every article's language is checked against it):
    a folder added to ``__path__`` later needs ``languages.cache_clear()``."""
    found = {}
    for module in _packages():
        info = getattr(module, "LANGUAGE", None)
        if not isinstance(info, LanguageInfo):
            raise OntologyError(f"{module.__name__}: a language package must declare "
                                f"LANGUAGE = LanguageInfo(...)")
        found[info.code] = info
    return dict(sorted(found.items()))


def codes() -> tuple[str, ...]:
    """The language codes, sorted."""
    return tuple(languages())


def _packages() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{name}")
            for _, name, is_package in pkgutil.iter_modules(__path__) if is_package]


def info(lang: str) -> LanguageInfo:
    """The declaration of ``lang``; an unknown code is one clear error."""
    try:
        return languages()[lang]
    except KeyError:
        raise OntologyError(f"no language package for {lang!r} "
                            f"(known: {', '.join(codes())})") from None


def _folder(lang: str) -> Path:
    module = importlib.import_module(f"{__name__}.{lang}")
    return Path(module.__file__ or "").resolve().parent


@lru_cache(maxsize=8)
def lexicon(lang: str) -> dict[str, Any]:
    """The word tables of ``lang``, validated; returned as the plain tables
    the rules index by key."""
    return _load(_folder(lang) / info(lang).lexicon, Lexicon)


@cache
def lexicon_pattern(lang: str, section: str, key: str) -> re.Pattern[str] | None:
    """The pattern of ``lang``'s lexicon entry ``section.key``, compiled once; None where the
    language has no such entry, so a rule written for one language stays silent in another."""
    pattern = lexicon(lang)[section].get(key)
    return re.compile(pattern) if pattern else None


@lru_cache(maxsize=8)
def not_names(lang: str) -> frozenset[str]:
    """Capitalised words of ``lang`` that are never names ("The", "Aktie"):
    one set for every rule that asks whether a capitalised word names
    something (discovery, attribution, ratings, relations)."""
    return frozenset(lexicon(lang)["discovery"]["not_names"])


@lru_cache(maxsize=8)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang`` ("first", "über"), lower case: words of
    the language, so no name on their own."""
    return frozenset(spacy.util.get_lang_class(lang).Defaults.stop_words)


@lru_cache(maxsize=8)
def quantity_words(lang: str) -> dict[str, Any]:
    """The words of ``lang`` around numbers (scales, currencies, months …)."""
    return _load(_folder(lang) / info(lang).quantities, QuantityWords)


@lru_cache(maxsize=1)
def common_quantities() -> dict[str, Any]:
    """Symbols and codes that mean the same in every language."""
    return _read(HERE / "quantities.toml")["common"]


def _load(path: Path, model: type[BaseModel]) -> dict[str, Any]:
    data = _read(path)
    try:
        model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        problem = ("unknown key" if first["type"] == "extra_forbidden"
                   else "missing key" if first["type"] == "missing" else first["msg"])
        raise OntologyError(f"{path}: {problem} {key!r}") from None
    return data


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise OntologyError(f"{path}: cannot read the language data ({err})") from None
