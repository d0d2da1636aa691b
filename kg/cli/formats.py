"""Which format an output file gets: ``--format``, else the file's extension.

A user who writes ``-o graph.ttl`` expects Turtle, not the command's default
format under a misleading name; a user who writes ``--format ttl -o g.trig``
has contradicted themselves, and guessing which they meant would hide it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kg.errors import FinkgError

RDF_SUFFIXES = {".ttl": "ttl", ".trig": "trig", ".nt": "nt", ".nq": "nq", ".jsonld": "jsonld",
                ".json": "jsonld"}
GRAPH_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".dot": "dot",
                  ".gv": "dot"}
VIZ_SUFFIXES = {".html": "html", ".htm": "html", ".png": "png", ".svg": "svg"}


class FormatConflict(FinkgError):
    """``--format`` and the output file's extension disagree, or the extension is unknown."""

    exit_code = 2


def output_format(output: Path | None, given: str | None, suffixes: Mapping[str, str],
                  default: str) -> str:
    """The format to write: ``given``, else the one ``output``'s extension names, else ``default``.

    An extension this command does not write is refused rather than ignored,
    and so is a ``given`` format that another known extension contradicts;
    a file without an extension takes ``given`` or ``default``.
    """
    suffix = output.suffix.lower() if output is not None else ""
    implied = suffixes.get(suffix)
    if suffix and implied is None and given is None:
        known = ", ".join(sorted(set(suffixes)))
        raise FormatConflict(f"{output}: cannot tell the format from the extension {suffix!r}; "
                             f"use one of {known} or give --format")
    if given is not None and implied is not None and implied != given:
        raise FormatConflict(f"--format {given} contradicts the output file {output} "
                             f"({implied}); change one of them")
    return given or implied or default
