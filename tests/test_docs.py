"""Every console and Python example in README.md and docs/*.md runs, and prints what it shows.

How examples are read (so that a new doc section is tested by just writing it):

* A fenced block (```console or a plain ```) whose lines start with ``$ `` is
  a console session: each ``$ `` line is run by bash, and the lines up to the
  next ``$ `` line are what it prints on a terminal (stdout is a pseudo-terminal,
  stderr follows it). A command
  shown without output must exit 0; a command with output must print exactly
  that, except that a last line ``…`` means "and more", and that the sandbox's
  path is shown as ``/path/to/finkg``. ``kg`` is the installed command.
* A ```python block is run with the installed package; when the next fenced
  block is a plain one without ``$ `` lines, that is what it must print.
* Each file's examples run in order in one fresh sandbox folder, which holds
  links to ``seeds/``, ``tests/``, ``Makefile``, ``pyproject.toml`` and
  ``.venv`` and an empty ``docs/``; commands that name
  ``http://localhost:7878`` talk to a real Oxigraph server on a free port.

Markers, as HTML comments (invisible when rendered):

* ``<!-- doc-test: seed-store -->`` anywhere in a file: its sandbox starts
  with the seed articles built into ``.finkg/store``;
* ``<!-- doc-test: skip REASON -->`` just before a fence: that block is not
  run (a server that runs until stopped, a file the reader brings).
"""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryFile

import pytest
from conftest import SeedBuild, user_settings
from conftest_remote import free_port, wait_for

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MAKE_RECURSION = frozenset({"MAKELEVEL", "MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES"})
LINKED = ("seeds", "tests", "Makefile", "pyproject.toml", ".venv")
SHOWN_ROOT = "/path/to/finkg"
DOC_PORT = "http://localhost:7878"

_FENCE = re.compile(r"^```(\w*)\s*$")
_MARKER = re.compile(r"^<!--\s*doc-test:\s*(?P<what>[\w-]+)(?P<why>.*?)-->\s*$")


@dataclass
class Command:
    line: int
    text: str
    expected: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One runnable example: a console session or a Python program."""

    path: Path
    line: int
    kind: str  # "console" or "python"
    commands: list[Command] = field(default_factory=list)
    source: str = ""
    expected: list[str] | None = None


@dataclass
class Doc:
    path: Path
    blocks: list[Block]
    seed_store: bool


def _fences(lines: list[str]) -> list[tuple[int, str, list[str], str | None]]:
    """(first line number, language, body, marker before it) for every fenced block."""
    found = []
    marker = None
    number = 0
    while number < len(lines):
        match = _FENCE.match(lines[number])
        if match is None:
            marked = _MARKER.match(lines[number].strip())
            if marked and marked["what"] == "skip":
                marker = "skip"
            elif lines[number].strip():
                marker = None if not marked else marker
            number += 1
            continue
        end = number + 1
        while end < len(lines) and not lines[end].startswith("```"):
            end += 1
        found.append((number + 2, match[1], lines[number + 1:end], marker))
        marker = None
        number = end + 1
    return found


def _session(body: list[str], first: int) -> list[Command]:
    commands: list[Command] = []
    for offset, text in enumerate(body):
        if text.startswith("$ "):
            commands.append(Command(first + offset, text[2:]))
        elif commands:
            commands[-1].expected.append(text)
    for command in commands:
        while command.expected and not command.expected[-1].strip():
            command.expected.pop()
        # a backslash at the end continues the command on the next line
        while command.text.endswith("\\") and command.expected:
            command.text = command.text[:-1] + "\n" + command.expected.pop(0)
    return commands


def read_doc(path: Path) -> Doc:
    """The runnable examples of one Markdown file."""
    text = path.read_text(encoding="utf-8")
    fences = _fences(text.splitlines())
    blocks: list[Block] = []
    for index, (line, language, body, marker) in enumerate(fences):
        if marker == "skip":
            continue
        if language == "python":
            block = Block(path, line, "python", source="\n".join(body) + "\n")
            if index + 1 < len(fences):
                _, next_language, next_body, _ = fences[index + 1]
                if next_language == "" and not any(b.startswith("$ ") for b in next_body):
                    block.expected = next_body
            blocks.append(block)
        elif language in ("console", "") and any(b.startswith("$ ") for b in body):
            blocks.append(Block(path, line, "console", commands=_session(body, line)))
    seed = any(_MARKER.match(x.strip()) and _MARKER.match(x.strip())["what"] == "seed-store"
               for x in text.splitlines())
    return Doc(path, blocks, seed)


# ------------------------------------------------------------------ the harness's own checks

def test_the_reader_finds_sessions_outputs_and_markers(tmp_path: Path) -> None:
    doc = tmp_path / "x.md"
    doc.write_text("<!-- doc-test: seed-store -->\n\n```console\n$ echo a\na\n$ true\n```\n\n"
                   "<!-- doc-test: skip runs forever -->\n```console\n$ sleep 1000\n```\n\n"
                   "```python\nprint(1)\n```\n\nprints\n\n```\n1\n```\n\n```json\n{}\n```\n",
                   encoding="utf-8")
    read = read_doc(doc)
    assert read.seed_store
    assert [b.kind for b in read.blocks] == ["console", "python"]
    assert [(c.text, c.expected) for c in read.blocks[0].commands] == [("echo a", ["a"]),
                                                                       ("true", [])]
    assert read.blocks[1].expected == ["1"]


def test_every_doc_has_examples_found() -> None:
    counted = {path.name: len(read_doc(path).blocks) for path in DOCS}
    assert counted["README.md"] >= 4 and counted["graphs.md"] >= 4, counted


# ------------------------------------------------------------------ running them

@pytest.fixture(scope="module")
def seed_store_path(seed_build: SeedBuild) -> Path:
    """The session's seed store (tests/conftest.py), copied into each sandbox."""
    assert seed_build.report.built == 2
    return seed_build.store.path


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], str]]:
    """Starts a real Oxigraph server on first use; yields a function giving its base URL."""
    started: list[tuple[subprocess.Popen[bytes], str]] = []

    def url() -> str:
        if not started:
            binary = Path(sys.executable).parent / "oxigraph"
            command = str(binary) if binary.exists() else shutil.which("oxigraph")
            if command is None:
                pytest.skip("the oxigraph CLI is not installed")
            port = free_port()
            process = subprocess.Popen(
                [command, "serve", "--location", str(tmp_path_factory.mktemp("doc-ox")),
                 "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            base = f"http://127.0.0.1:{port}"
            started.append((process, base))
            wait_for(f"{base}/query?query=ASK%7B%7D")
        return started[0][1]

    yield url
    for process, _ in started:
        process.terminate()
        process.wait(timeout=10)


def _sandbox(tmp_path: Path, doc: Doc, seed_store: Path) -> Path:
    for name in LINKED:
        if (ROOT / name).exists():
            (tmp_path / name).symlink_to(ROOT / name)
    (tmp_path / "docs").mkdir()
    if doc.seed_store:
        shutil.copytree(seed_store, tmp_path / ".finkg" / "store")
    return tmp_path


def _env() -> dict[str, str]:
    # A user types the examples at a prompt, not inside make: drop make's recursion
    # variables, or a nested make announces "Entering directory" (as under make test).
    drop = set(user_settings())
    env = {k: v for k, v in os.environ.items() if k not in drop and k not in MAKE_RECURSION}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "80"
    return env


def _compare(where: str, shown: list[str], printed: str, sandbox: Path) -> None:
    lines = [line.rstrip() for line in
             printed.replace(str(sandbox), SHOWN_ROOT).rstrip("\n").splitlines()]
    expected = [line.rstrip() for line in shown]
    if expected and expected[-1].strip() == "…":
        expected = expected[:-1]
        lines = lines[:len(expected)]
    assert lines == expected, f"{where}: the example prints something else"


def _venv_is_current() -> bool:
    """Whether make would leave ``.venv`` alone (else it would reinstall it from the sandbox)."""
    stamp = ROOT / ".venv" / ".installed"
    return stamp.exists() and stamp.stat().st_mtime >= (ROOT / "pyproject.toml").stat().st_mtime


def _run_console(block: Block, sandbox: Path, env: dict[str, str],
                 server: Callable[[], str]) -> None:
    for command in block.commands:
        where = f"{block.path.name}:{command.line}: $ {command.text}"
        if command.text.split()[0] == "make" and not _venv_is_current():
            pytest.skip(f"{where}: needs the project's .venv, set up after the last "
                        "change to pyproject.toml (make setup)")
        text = command.text
        base = None
        if DOC_PORT in text:
            base = server()
            text = text.replace(DOC_PORT, base)
        returncode, printed = _on_terminal(text, sandbox, env)
        if base is not None:
            printed = printed.replace(base, DOC_PORT)
        if command.expected:
            _compare(where, command.expected, printed, sandbox)
        else:
            assert returncode == 0, f"{where}: failed\n{printed}"


def _on_terminal(command: str, cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    """Run ``command`` with stdout on a pseudo-terminal, as a reader types it;
    its exit status and what it printed (stdout, then stderr)."""
    main, child = pty.openpty()
    with TemporaryFile() as errors:
        process = subprocess.Popen(["bash", "-c", command], cwd=cwd, env=env, stdout=child,
                                   stderr=errors, stdin=subprocess.DEVNULL)
        os.close(child)
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal is closed once the command ends
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(main)
        returncode = process.wait(timeout=600)
        errors.seek(0)
        printed = b"".join(chunks).replace(b"\r\n", b"\n") + errors.read()
    return returncode, printed.decode("utf-8", errors="replace")


def _run_python(block: Block, sandbox: Path, env: dict[str, str]) -> None:
    where = f"{block.path.name}:{block.line}: python example"
    done = subprocess.run([sys.executable, "-c", block.source], cwd=sandbox, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{where}: failed\n{done.stderr}"
    if block.expected is not None:
        _compare(where, block.expected, done.stdout, sandbox)


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_the_examples_run_and_print_what_they_show(
        path: Path, tmp_path: Path, seed_store_path: Path,
        oxigraph_url: Callable[[], str]) -> None:
    doc = read_doc(path)
    if not doc.blocks:
        pytest.skip(f"{path.name} has no runnable examples")
    sandbox = _sandbox(tmp_path, doc, seed_store_path)
    env = _env()
    for block in doc.blocks:
        if block.kind == "console":
            _run_console(block, sandbox, env, oxigraph_url)
        else:
            _run_python(block, sandbox, env)
