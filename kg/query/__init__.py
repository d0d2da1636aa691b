"""SPARQL over the graph: the local store or a remote endpoint, named queries, results.

A query runs against a *target* (:mod:`kg.query.targets`): the embedded
store, read through :meth:`kg.rdf.store.Store.snapshot`, or a SPARQL 1.1
endpoint. The :data:`~kg.rdf.namespaces.PREFIXES` are predeclared and
updates are refused unless asked for. Named queries and their parameters
are :mod:`kg.query.library`; reading and rewriting SPARQL text (the query
form, binding parameters as ``VALUES``) is :mod:`kg.query.text`; answers
and their output formats are :mod:`kg.query.results`.

The names below are the package's API: code and tests import them from
``kg.query``.
"""

from __future__ import annotations

from kg.query.library import (
    CATALOGUE,
    PARAM_KINDS,
    NamedQuery,
    Param,
    TargetNames,
    bind_named,
    expand_iri,
    load_library,
    named_query,
    parse_assignments,
    parse_named_query,
    resolve_entity,
    resolve_param,
)
from kg.query.results import FORMATS, Result, compact, display, format_result
from kg.query.targets import (
    LocalTarget,
    RemoteTarget,
    Target,
    UpdateRefused,
    check_syntax,
    local_or_remote,
    run,
    run_on_oxigraph,
    run_on_snapshot,
)
from kg.query.text import (
    Token,
    bind_values,
    declared_prefixes,
    query_form,
    set_limit,
    syntax_message,
    term_syntax,
    tokens,
    with_prefix_lines,
)

__all__ = ["CATALOGUE", "FORMATS", "PARAM_KINDS", "LocalTarget", "NamedQuery", "Param",
           "RemoteTarget", "Result", "Target", "TargetNames", "Token", "UpdateRefused",
           "bind_named", "bind_values", "check_syntax", "compact", "declared_prefixes",
           "display", "expand_iri", "format_result", "load_library", "local_or_remote",
           "named_query", "parse_assignments", "parse_named_query",
           "query_form", "resolve_entity", "resolve_param", "run", "run_on_oxigraph",
           "run_on_snapshot", "set_limit", "syntax_message", "term_syntax", "tokens",
           "with_prefix_lines"]
