"""Where finkg's data lives: the ontology folder, the named queries and the
SPARQL that modules run internally.

``ontology/`` and ``queries/`` sit at the top of the checkout, where people
edit them; ``kg/_data`` links to them, so the same files are found through
:mod:`importlib.resources` in a checkout, an editable install and a wheel
(which copies them into the package). ``FINKG_ONTOLOGY`` and
``FINKG_QUERIES`` point a process at other folders, e.g. a test's modified
catalogue.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path

from kg.errors import OntologyError


def _packaged(kind: str) -> Path:
    """The packaged folder ``kind``: a real folder, since finkg is installed as files."""
    root = files("kg").joinpath("_data", kind)
    if not isinstance(root, Path):
        raise OntologyError(f"{root}: finkg's data must be installed as files, not zipped")
    return root


def ontology_dir() -> Path:
    """The ontology folder (``$FINKG_ONTOLOGY`` overrides)."""
    override = os.environ.get("FINKG_ONTOLOGY")
    return Path(override) if override else _packaged("ontology")


def ontology_path(name: str) -> Path:
    """Path of a file in the ontology folder."""
    return ontology_dir() / name


def queries_dir() -> Path:
    """The folder of named queries (``$FINKG_QUERIES`` overrides)."""
    override = os.environ.get("FINKG_QUERIES")
    return Path(override) if override else _packaged("queries")


@cache
def internal_query(package: str, name: str) -> str:
    """The SPARQL text of ``NAME.rq`` in the ``sparql/`` folder beside ``package``'s
    modules: queries live as files next to the code that runs them."""
    return files(package).joinpath("sparql", f"{name}.rq").read_text(encoding="utf-8")


def with_values(text: str, **terms: str) -> str:
    """``text`` with each empty ``VALUES ?NAME { }`` clause filled with ``terms[NAME]``
    (terms in SPARQL syntax, made by the caller from RDF terms, never from raw input)."""
    for name, values in terms.items():
        clause = f"VALUES ?{name} {{ }}"
        if clause not in text:
            raise ValueError(f"the query has no empty VALUES clause for ?{name}")
        text = text.replace(clause, f"VALUES ?{name} {{ {values} }}")
    return text


__all__ = ["internal_query", "with_values", "ontology_dir", "ontology_path", "queries_dir"]
