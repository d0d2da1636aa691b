"""The `kg` Typer application and what its commands share.

Commands live in modules beside this one, grouped by what they do; each
registers itself on :data:`app`. Every library error reaches :func:`main`
as a :class:`kg.errors.FinkgError` and becomes one line ``Error: …`` on
stderr with the error's exit code (1 error, 2 usage, 3 SHACL non-conformance).
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.errors import FinkgError, ShapeViolation
from kg.rdf.store import Store, default_store_path

app = typer.Typer(
    name="kg",
    help="finkg: knowledge graphs from finance news.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
)

StoreOption = Annotated[
    Path | None,
    typer.Option("--store", help="Store folder [default: $FINKG_STORE or .finkg/store].",
                 show_default=False),
]


def store_at(path: Path | None) -> Store:
    """The store at ``path``, else at the default location."""
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
