"""The `kg` command line: thin commands over the library.

Importing the command modules registers their commands on the app.
"""

from kg.cli import build, graph, query, scale  # noqa: F401  (importing them registers the commands)
from kg.cli.app import app, main

__all__ = ["app", "main"]
