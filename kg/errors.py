"""The error tree of finkg.

The library raises only these; the CLI turns each into one line
``Error: …`` on stderr and an exit code. A traceback means a bug.

    FinkgError                  exit 1
    ├── InputError              unreadable file, empty article, bad JSONL line
    ├── OntologyError           ontology, shapes or catalogue cannot be loaded
    ├── StoreError              the store cannot be opened, is locked, or failed
    ├── QueryError              malformed SPARQL, unknown named query, bad parameter
    ├── RemoteError             an endpoint is unreachable or answered with an error
    └── ShapeViolation          SHACL non-conformance (exit 3)
"""

from __future__ import annotations


class FinkgError(Exception):
    """Base of every error finkg raises on purpose."""

    exit_code = 1


class InputError(FinkgError):
    """An input file or record cannot be read as an article."""


class OntologyError(FinkgError):
    """The ontology, the SHACL shapes or the entity catalogue is broken."""


class StoreError(FinkgError):
    """The store cannot be opened or written."""


class QueryError(FinkgError):
    """A SPARQL query or a named query cannot be run as asked."""


class RemoteError(FinkgError):
    """A remote SPARQL endpoint is unreachable or failed."""


class ShapeViolation(FinkgError):
    """The extracted graph does not conform to the SHACL shapes."""

    exit_code = 3

    def __init__(self, violations: list[str]) -> None:
        self.violations = violations
        first = violations[0] if violations else "unknown violation"
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        super().__init__(f"SHACL violation: {first}{more}")
