"""Language knowledge as data: one TOML file per language beside this module."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import OntologyError

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=8)
def lexicon(lang: str) -> dict[str, Any]:
    """The word tables for ``lang`` (``de`` or ``en``)."""
    path = HERE / f"{lang}.toml"
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise OntologyError(f"{path}: cannot read the lexicon ({err})") from None
