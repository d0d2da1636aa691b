"""The `kg` Typer application and what its commands share.

Commands live in modules beside this one, grouped by what they do; each
registers itself on :data:`app`. Every library error reaches :func:`main`
as a :class:`kg.errors.FinkgError` and becomes one line ``Error: …`` on
stderr with the error's exit code (1 error, 2 usage, 3 SHACL non-conformance).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer import _click as click
from typer.core import TyperArgument, TyperGroup, TyperOption

from kg.errors import FinkgError, ShapeViolation

if TYPE_CHECKING:
    from kg.rdf.store import Store

# Typer's own names for a parameter's type, as a user reads them in help.
_PLAIN_TYPES = {"str": "TEXT", "int": "N", "int range": "N", "float": "NUMBER",
                "float range": "NUMBER", "path": "PATH", "Path": "PATH"}
_DATE_FIELDS = {"%Y": "YYYY", "%m": "MM", "%d": "DD", "%H": "HH", "%M": "MM", "%S": "SS"}


def plain_type(label: str) -> str:
    """A user's word for Typer's type label: ``<list[str]>`` → ``TEXT``, ``<%Y-%m-%d>`` →
    ``YYYY-MM-DD``; Python's type names mean nothing to someone running ``kg``."""
    label = label.strip("<>")
    repeated = re.fullmatch(r"list\[(.+)\]", label)
    if repeated:
        label = repeated.group(1)
    if "%" in label:
        return re.sub(r"%[A-Za-z]", lambda m: _DATE_FIELDS.get(m.group(), "X"),
                      label.split("|")[0])
    return _PLAIN_TYPES.get(label, label.upper())


class _PlainArgument(TyperArgument):
    """An argument shown as ``PATHS...`` in usage and help, without a type label."""

    def display_type(self, ctx: click.Context) -> str:
        return ""

    def _rich_display_name(self) -> str:
        return f"{self.metavar}..." if self.nargs != 1 else str(self.metavar)

    def _usage_display_name(self) -> str:
        name = self._rich_display_name()
        return name if self.required else f"[{name}]"


def number_range(low: float | None, high: float | None) -> str | None:
    """A range in words (``at least 1``) rather than click's ``x>=1``."""
    if low is not None and high is not None:
        return f"{low} to {high}"
    if low is not None:
        return f"at least {low}"
    return f"at most {high}" if high is not None else None


class _PlainOption(TyperOption):
    """An option whose allowed range reads ``at least 1``."""

    def _get_number_range_help_str(self) -> str | None:
        return number_range(getattr(self, "min", None), getattr(self, "max", None))


def _parameters(command: click.Command) -> Iterator[click.Parameter]:
    yield from command.params
    for sub in getattr(command, "commands", {}).values():
        yield from _parameters(sub)


class PlainHelpGroup(TyperGroup):
    """The root command, whose help names values as users do (``--store PATH``,
    ``--since YYYY-MM-DD``, ``PATHS...``, ``at least 1``) instead of Typer's
    Python types. Typer offers no hook per parameter, so each parameter is
    given a subclass that only changes how it is displayed."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        for param in _parameters(self):
            if isinstance(param, TyperOption) and not param.is_flag and param.metavar is None:
                param.metavar = plain_type(param.display_type(click.Context(self)))
            if isinstance(param, TyperOption):
                param.__class__ = _PlainOption  # same state, plainer display
            elif isinstance(param, TyperArgument):
                param.metavar = (param.metavar or param.name or "VALUE").upper()
                param.__class__ = _PlainArgument  # same state, plainer display


app = typer.Typer(
    name="kg",
    cls=PlainHelpGroup,
    help="finkg: knowledge graphs from finance news.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _print_version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"kg (finkg) {version('finkg')}")
        except PackageNotFoundError:
            raise FinkgError("finkg is not installed as a package; its version is unknown"
                             ) from None
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """finkg: knowledge graphs from finance news."""


StoreOption = Annotated[
    Path | None,
    typer.Option("--store", help="Store folder [default: $FINKG_STORE or .finkg/store].",
                 show_default=False),
]


def store_at(path: Path | None) -> Store:
    """The store at ``path``, else at the default location."""
    from kg.rdf.store import Store, default_store_path  # rdflib: not for `kg --help`

    return Store(path if path is not None else default_store_path())


def progress() -> AbstractContextManager[Any]:
    """A progress display on an interactive terminal, ``None`` otherwise."""
    if not sys.stderr.isatty():
        return nullcontext(None)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"),
                    TextColumn("{task.completed} done"), _rate_column(), TimeElapsedColumn(),
                    transient=True)


def _rate_column() -> Any:
    """Items per second, once rich has measured a speed."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:,.1f}/s" if task.speed else "")

    return Rate()


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        app()
    except ShapeViolation as err:
        for line in err.violations[:20]:
            typer.echo(f"  {line}", err=True)
        typer.echo(f"Error: {err}; the failing batch was not written", err=True)
        sys.exit(err.exit_code)
    except FinkgError as err:
        typer.echo(f"Error: {err}", err=True)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        typer.echo("Error: interrupted", err=True)
        sys.exit(130)
