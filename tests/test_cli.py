"""The `kg` command line: help texts, `kg stats`, and errors as one line
without a traceback (exit 1 error, 2 usage).

A few cases run the installed console script in subprocesses, all at once
(module fixture ``console``); the rest call its entry point, kg.cli.main,
in this process (fixture ``kg_main``), which is the same code path and much
faster.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import typer.main
from conftest import SEEDS, KgCall, run_kg_parallel

from kg.cli import app
from kg.rdf.store import Store

CLICK_APP = typer.main.get_command(app)
COMMANDS = sorted(CLICK_APP.commands)  # type: ignore[attr-defined]
Result = subprocess.CompletedProcess[str]


def no_traceback(result) -> bool:  # type: ignore[no-untyped-def]
    return "Traceback" not in result.stdout + result.stderr


class Console:
    """`kg` run as a user runs it, in subprocesses started together."""

    def __init__(self, base: Path, seed_store: Store) -> None:
        self.missing = base / "nowhere" / "store"
        calls = {
            "help": KgCall(("--help",)),
            "stats": KgCall(("stats", "--store", seed_store.path)),
            "missing": KgCall(("stats", "--store", self.missing)),
            "format": KgCall(("export", "--format", "xyz", "--store", seed_store.path)),
        }
        self.results = run_kg_parallel(
            {k: KgCall(c.args, cwd=base, env=c.env) for k, c in calls.items()})


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory, seed_store: Store) -> Console:
    return Console(tmp_path_factory.mktemp("console"), seed_store)


# --- the console script ------------------------------------------------------------


def test_cli_console_help_exits_0(console: Console) -> None:
    assert console.results["help"].returncode == 0, console.results["help"].stderr


def test_cli_console_help_lists_every_command(console: Console) -> None:
    out = console.results["help"].stdout
    assert [c for c in COMMANDS if not re.search(rf"^\s+{c}\s+\S", out, re.MULTILINE)] == []


def test_cli_console_stats_on_seed_store_counts_two_articles(console: Console) -> None:
    result = console.results["stats"]
    assert result.returncode == 0, result.stderr
    assert re.search(r"^articles\s+2$", result.stdout, re.MULTILINE), result.stdout


def test_cli_console_missing_store_exit_1(console: Console) -> None:
    assert console.results["missing"].returncode == 1


def test_cli_console_missing_store_one_error_line(console: Console) -> None:
    lines = console.results["missing"].stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert str(console.missing) in lines[0]


def test_cli_console_missing_store_no_traceback(console: Console) -> None:
    assert no_traceback(console.results["missing"])


def test_cli_console_missing_store_is_not_created(console: Console) -> None:
    assert not console.missing.exists()


def test_cli_console_invalid_format_exit_2(console: Console) -> None:
    assert console.results["format"].returncode == 2, console.results["format"].stderr


def test_cli_console_invalid_format_no_traceback(console: Console) -> None:
    assert no_traceback(console.results["format"])


def test_cli_console_invalid_format_names_option_and_choices(console: Console) -> None:
    err = console.results["format"].stderr
    assert "--format" in err and "trig" in err


# --- help texts -------------------------------------------------------------------


def test_cli_registers_the_build_spine_commands() -> None:
    assert {"build", "stats", "export"} <= set(COMMANDS)


def test_cli_without_arguments_shows_usage(kg_main) -> None:
    result = kg_main()
    assert "Usage:" in result.stdout + result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_command_help_exits_0(kg_main, command: str) -> None:
    result = kg_main(command, "--help")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_command_help_shows_its_description(kg_main, command: str) -> None:
    summary = (CLICK_APP.commands[command].help or "").strip()  # type: ignore[attr-defined]
    assert summary, f"{command} has no help text"
    out = " ".join(kg_main(command, "--help").stdout.split())
    assert " ".join(summary.splitlines()[0].split()) in out


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_option_and_argument_has_help_text(command: str) -> None:
    params = CLICK_APP.commands[command].params  # type: ignore[attr-defined]
    assert [p.name for p in params if not (getattr(p, "help", None) or "").strip()] == []


# --- stats and errors, through kg.cli.main ------------------------------------------


def test_cli_stats_reads_store_from_environment(kg_main, seed_store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINKG_STORE", str(seed_store.path))
    assert re.search(r"^articles\s+2$", kg_main("stats").stdout, re.MULTILINE)


@pytest.mark.parametrize("command", ["stats", "export"])
def test_cli_missing_store_one_error_line_exit_1(kg_main, tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nowhere" / "store"
    result = kg_main(command, "--store", missing)
    lines = result.stderr.splitlines()
    assert result.returncode == 1
    assert len(lines) == 1 and lines[0].startswith("Error: ") and str(missing) in lines[0]


def test_cli_default_store_missing_is_error_not_created(kg_main) -> None:
    result = kg_main("stats")
    assert result.returncode == 1 and result.stderr.startswith("Error: ")
    assert not Path(".finkg").exists()


@pytest.mark.parametrize("args", [
    ["export", "--format", "xyz"],
    ["build", "--batch-size", "0", str(SEEDS)],
    ["stats", "--no-such-option"],
    ["build"],
    ["no-such-command"],
], ids=["export-format", "build-batch-size", "unknown-option",
        "build-without-paths", "unknown-command"])
def test_cli_usage_error_exit_2(kg_main, seed_store: Store, args: list[str]) -> None:
    result = kg_main(*args, "--store", seed_store.path)
    assert result.returncode == 2, result.stderr
    assert "Error" in result.stderr


def test_cli_unknown_spacy_model_one_error_line(kg_main, tmp_path: Path) -> None:
    result = kg_main("build", "--spacy-model", "fr_core_news_sm", str(SEEDS),
                     "--store", tmp_path / "store")
    lines = result.stderr.splitlines()
    assert result.returncode in (1, 2)
    assert len(lines) == 1 and "fr_core_news_sm" in lines[0]
    assert not (tmp_path / "store").exists()


def test_cli_usage_error_writes_nothing_to_store(kg_main, store_copy: Store, snapshot) -> None:
    before = snapshot(store_copy.path)
    kg_main("build", "--batch-size", "0", str(SEEDS), "--store", store_copy.path)
    assert snapshot(store_copy.path) == before
