"""The `kg` command line: thin commands over the library.

Importing the command modules registers their commands on the app.
"""

from kg.cli import build  # noqa: F401  (registers commands)
from kg.cli import graph  # noqa: F401  (registers commands)
from kg.cli import query  # noqa: F401  (registers commands)
from kg.cli import scale  # noqa: F401  (registers commands)
from kg.cli.app import app, main

__all__ = ["app", "main"]
