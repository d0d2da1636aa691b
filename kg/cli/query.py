"""Commands that ask the graph: query, explain, push, serve."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import StoreOption, app, progress, store_at
from kg.errors import QueryError

EndpointOption = Annotated[
    str | None,
    typer.Option("--endpoint", metavar="URL", help="Query this SPARQL 1.1 endpoint instead of the local store. "
                 "Credentials: FINKG_ENDPOINT_USER / FINKG_ENDPOINT_PASSWORD or ~/.netrc.",
                 show_default=False),
]
TimeoutOption = Annotated[
    float | None,
    typer.Option("--timeout", min=0.1, help="Seconds to wait for the endpoint [default: 60].",
                 show_default=False),
]


def _read_query(query: str) -> tuple[str | None, str | None]:
    """(SPARQL text, None) or (None, named query name) for the QUERY argument."""
    if query == "-":
        return sys.stdin.read(), None
    path = Path(query)
    looks_like_path = "\n" not in query and "{" not in query and len(query) < 4096
    if looks_like_path and (path.suffix == ".rq" or path.is_file()):
        try:
            return path.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{path}: cannot read ({getattr(err, 'strerror', None) or err})"
                             ) from None
    if "{" in query or not re.fullmatch(r"[\w.-]+", query):
        return query, None
    return None, query


@app.command()
def query(
    query: Annotated[str | None, typer.Argument(
        help="SPARQL text, a .rq file, - for stdin, or the name of a query in queries/.",
        show_default=False)] = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="NAME=VALUE", help="name=value for a named query (repeatable).",
        show_default=False)] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", help="table, csv, tsv, json or md [default: table on a terminal, "
        "else tsv]. CONSTRUCT and DESCRIBE always print Turtle.", show_default=False)] = None,
    max_width: Annotated[int, typer.Option(
        "--max-width", help="Cut table cells longer than this (0: never).")] = 60,
    allow_update: Annotated[bool, typer.Option(
        "--allow-update", help="Apply a SPARQL Update (to the store, or sent to the endpoint).")
    ] = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Run SPARQL on the graph; the fin:, kgr:, rdf:, rdfs:, … prefixes are predeclared.

    SELECT prints a table (or --format), ASK prints true/false and exits 0 or
    1, CONSTRUCT and DESCRIBE print Turtle. Updates are refused (exit 2)
    unless --allow-update.
    """
    from kg.query import (
        FORMATS,
        bind_named,
        format_result,
        load_library,
        local_or_remote,
        named_query,
        parse_assignments,
        run,
    )

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if list_queries:
        library = load_library()
        if not library:
            typer.echo("no named queries")
        for item in library.values():
            typer.echo(f"{item.name}\n    {item.title}")
            for p in item.params:
                typer.echo(f"    --param {p.describe()}")
        return
    if query is None:
        raise typer.BadParameter("give SPARQL text, a .rq file, - or a query name "
                                 "(kg query --list shows the names)", param_hint="QUERY")
    text, name = _read_query(query)
    target = local_or_remote(store_at(store), endpoint, timeout)
    values = parse_assignments(param or [])
    if name is not None:
        text = bind_named(target, named_query(name), values)
    elif values:
        raise QueryError("--param applies to named queries only")
    assert text is not None
    result = run(target, text, allow_update=allow_update)
    if result is None:
        typer.echo(f"update applied to {target.describe()}", err=True)
        return
    chosen = fmt or ("table" if sys.stdout.isatty() else "tsv")
    typer.echo(format_result(result, chosen, max_width=max_width if chosen == "table" else 0))
    if result.form == "ASK" and not result.boolean:
        raise typer.Exit(1)


@app.command()
def explain(
    entity: Annotated[str, typer.Argument(help="An entity: label, alias or IRI.")],
    prop: Annotated[str | None, typer.Argument(
        metavar="PROPERTY", help="With OBJECT: explain one fact, e.g. develops.",
        show_default=False)] = None,
    obj: Annotated[str | None, typer.Argument(
        metavar="OBJECT", help="The fact's object entity.", show_default=False)] = None,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Show the articles, sentences, offsets and extractors behind an entity or a fact."""
    from kg.explain import explain_entity, explain_fact, format_explanation
    from kg.query import local_or_remote

    if (prop is None) != (obj is None):
        raise typer.BadParameter("give ENTITY alone, or ENTITY PROPERTY OBJECT")
    target = local_or_remote(store_at(store), endpoint, timeout)
    if prop is not None and obj is not None:
        explanation = explain_fact(target, entity, prop, obj)
    else:
        explanation = explain_entity(target, entity)
    typer.echo(format_explanation(explanation))


@app.command()
def push(
    endpoint: Annotated[str, typer.Option("--endpoint", metavar="URL", help="The remote store's SPARQL query "
                                          "URL, e.g. http://host:7878/query.")],
    graph: Annotated[list[str] | None, typer.Option(
        "--graph", "-g", help="Push only this named graph (repeatable) [default: all].",
        show_default=False)] = None,
    gsp_url: Annotated[str | None, typer.Option(
        "--gsp-url", help="Graph Store Protocol URL [default: /store beside the endpoint].",
        show_default=False)] = None,
    update_url: Annotated[str | None, typer.Option(
        "--update-url", help="SPARQL Update URL [default: /update beside the endpoint].",
        show_default=False)] = None,
    protocol: Annotated[str, typer.Option(
        "--protocol", help="auto (N-Quads in groups, else Graph Store Protocol per graph, else SPARQL Update), nquads, gsp or update.")
    ] = "auto",
    chunk_size: Annotated[int, typer.Option(
        "--chunk-size", min=1, help="Triples per INSERT DATA request with SPARQL Update.")] = 5000,
    store: StoreOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Upload the named graphs to a SPARQL 1.1 store; each replaces the remote graph.

    Credentials: FINKG_ENDPOINT_USER / FINKG_ENDPOINT_PASSWORD or ~/.netrc.
    """
    from kg.rdf.remote import PROTOCOLS, Endpoint, redact
    from kg.rdf.remote import push as run_push

    if protocol not in PROTOCOLS:
        raise typer.BadParameter(f"choose one of {', '.join(PROTOCOLS)}", param_hint="--protocol")
    remote = Endpoint(endpoint, timeout=timeout, update_url=update_url, gsp_url=gsp_url)
    with progress() as bar:
        task = bar.add_task("pushing triples", total=None) if bar else None
        report = run_push(store_at(store), remote, graphs=graph, protocol=protocol,
                          chunk_size=chunk_size,
                          progress=(lambda n: bar.advance(task, n)) if bar else None)
    typer.echo(f"pushed {report.graphs} graph(s), {report.triples} triples to "
               f"{redact(endpoint)} ({report.protocol})")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port (0: any free).")
                    ] = 7878,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not log requests.")] = False,
    store: StoreOption = None,
) -> None:
    """Serve the store as a read-only SPARQL endpoint (SPARQL 1.1 Protocol, CORS on)
    and as pages to explore it in a browser (search, entities, articles, SPARQL editor).

    The store is opened per request, so kg query and kg build keep working
    on it meanwhile.
    """
    from kg.serve import make_server

    target = store_at(store)
    server = make_server(target, host, port, quiet=quiet)
    typer.echo(f"serving {target.path} read-only at {server.url} (Ctrl-C to stop)", err=True)
    typer.echo(f"browse {server.home}", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
