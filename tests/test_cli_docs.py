"""The `kg query` transcripts in docs/querying.md print what they say.

Each ``$ kg query '…'`` line of a console block that shows its output is run
on the seed store; stdout and stderr together must be the lines shown. The
section on the default graph must show both ways to get one answer per
fact (DISTINCT and GRAPH).
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from kg.rdf.store import Store

DOC = Path(__file__).resolve().parent.parent / "docs" / "querying.md"
_BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def transcripts(text: str) -> list[tuple[str, str]]:
    """(command line, output shown) for each `$ kg query '…'` that shows output."""
    found = []
    for block in _BLOCK.findall(text):
        command, output = None, []
        for line in [*block.splitlines(), "$ end"]:
            if line.startswith("$ "):
                if command and command.startswith("kg query '") and output:
                    found.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
    return found


TRANSCRIPTS = transcripts(DOC.read_text(encoding="utf-8"))


def test_cli_docs_default_graph_section_shows_distinct_and_graph() -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("### The default graph"):]
    section = section[:section.index("\n### ", 5)]
    assert "union" in section
    commands = [c for c, _ in transcripts(section)]
    assert any("SELECT ?" in c and "DISTINCT" not in c and "GRAPH" not in c for c in commands)
    assert any("SELECT DISTINCT" in c for c in commands)
    assert any("GRAPH ?g" in c for c in commands)


def test_cli_docs_transcripts_are_found() -> None:
    assert len(TRANSCRIPTS) >= 7


@pytest.mark.parametrize("command,shown", TRANSCRIPTS, ids=[c[:60] for c, _ in TRANSCRIPTS])
def test_cli_docs_query_transcript_prints_what_it_shows(kg_main, seed_store: Store,
                                                       command: str, shown: str) -> None:
    args = shlex.split(command)[1:]
    result = kg_main(*args, "--store", seed_store.path)
    assert (result.stdout + result.stderr).rstrip("\n") == shown
