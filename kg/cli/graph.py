"""Commands over the entity graph: `kg graph …` (neighbours, path, central,
communities, export) and `kg viz` (HTML page, PNG or SVG)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.app import StoreOption, app, store_at
from kg.errors import FinkgError

if TYPE_CHECKING:
    import networkx as nx

    from kg.views.network import GraphReader, Hop

graph_app = typer.Typer(
    help="Explore the entity graph: neighbours, paths, centrality, communities, export.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(graph_app, name="graph")

TypeOption = Annotated[list[str] | None, typer.Option(
    "--type", "-t", help="Keep entities of this type and its subclasses, e.g. Company "
    "(repeat for more).", show_default=False)]
PropertyOption = Annotated[list[str] | None, typer.Option(
    "--property", "-p", help="Keep relations with this property, e.g. develops (repeat for more).",
    show_default=False)]
ArticleOption = Annotated[list[str] | None, typer.Option(
    "--article", "-a", help="Only what this article (id or IRI) says (repeat for more).",
    show_default=False)]
LangOption = Annotated[list[str] | None, typer.Option(
    "--lang", help="Only articles in this language, e.g. de (repeat for more).",
    show_default=False)]
SinceOption = Annotated[datetime | None, typer.Option(
    "--since", formats=["%Y-%m-%d"], help="Only articles published on or after this date.",
    show_default=False)]
UntilOption = Annotated[datetime | None, typer.Option(
    "--until", formats=["%Y-%m-%d"], help="Only articles published on or before this date.",
    show_default=False)]
CatalogueOption = Annotated[bool, typer.Option(
    "--catalogue/--no-catalogue", help="Add the entity catalogue's facts around the entities "
    "shown (world knowledge, not from articles).")]


def _load(store: Path | None, types: list[str] | None, properties: list[str] | None,
          articles: list[str] | None, langs: list[str] | None, since: datetime | None,
          until: datetime | None, catalogue: bool, figures: bool = False,
          detail: bool = True) -> nx.MultiDiGraph:
    """The whole entity graph (``detail=False``: support counts, no evidence)."""
    from kg.views.network import entity_graph

    with store_at(store).snapshot() as dataset:
        return entity_graph(dataset, types=types, properties=properties, articles=articles,
                            languages=langs, since=since.date() if since else None,
                            until=until.date() if until else None, catalogue=catalogue,
                            figures=figures, detail=detail)


@contextmanager
def _reader(store: Path | None, types: list[str] | None, properties: list[str] | None,
            articles: list[str] | None, langs: list[str] | None, since: datetime | None,
            until: datetime | None, catalogue: bool) -> Iterator[GraphReader]:
    """A reader that asks the store for just what one question needs."""
    from kg.views.network import GraphReader

    with store_at(store).snapshot() as dataset:
        yield GraphReader(dataset, types=types, properties=properties, articles=articles,
                          languages=langs, since=since.date() if since else None,
                          until=until.date() if until else None, catalogue=catalogue)


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return graph.nodes[node]["label"]  # type: ignore[no-any-return]


def _article_id(iri: str | None) -> str:
    return iri.rsplit("/", 1)[-1] if iri else ""


def _hop_text(graph: nx.MultiDiGraph, hop: Hop) -> str:
    support = f"{hop.support} article{'s' if hop.support != 1 else ''}"
    if hop.catalogue:
        support = f"{support}, catalogue" if hop.support else "catalogue"
    return f"{_label(graph, hop.subject)} {hop.property} {_label(graph, hop.object)}  [{support}]"


def _evidence_text(hop: Hop) -> str:
    if hop.evidence:
        return f'"{hop.evidence}" ({_article_id(hop.article)})'
    return "(from the entity catalogue)" if hop.catalogue else "(no evidence sentence)"


@graph_app.command()
def neighbours(
    name: Annotated[str, typer.Argument(help="Entity label or alias.")],
    depth: Annotated[int, typer.Option("--depth", "-d", min=1, help="How many steps out.")] = 1,
    store: StoreOption = None,
    types: TypeOption = None,
    properties: PropertyOption = None,
    articles: ArticleOption = None,
    langs: LangOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    catalogue: CatalogueOption = False,
) -> None:
    """List the entities within --depth steps of NAME, each with the relation that reaches it."""
    from kg.views.network import neighbours as near

    with _reader(store, types, properties, articles, langs, since, until, catalogue) as reader:
        centre = reader.find(name)
        graph = reader.neighbourhood(centre, depth)
    found = near(graph, centre, depth)
    typer.echo(f"{_label(graph, centre)} ({graph.nodes[centre]['type']}): "
               f"{len(found)} entit{'y' if len(found) == 1 else 'ies'} within {depth} step(s)")
    for item in found:
        kind = graph.nodes[item.node]["type"]
        typer.echo(f"  {item.distance}  {_label(graph, item.node)} ({kind})"
                   f"  via {_hop_text(graph, item.via)}")


@graph_app.command()
def path(
    source: Annotated[str, typer.Argument(help="Entity label or alias where the path starts.")],
    target: Annotated[str, typer.Argument(help="Entity label or alias where it ends.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1,
                                       help="Show at most this many shortest paths.")] = 3,
    max_hops: Annotated[int, typer.Option("--max-hops", min=1,
                                          help="Look for paths of at most this many hops.")
                        ] = 6,
    store: StoreOption = None,
    types: TypeOption = None,
    properties: PropertyOption = None,
    articles: ArticleOption = None,
    langs: LangOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    catalogue: CatalogueOption = False,
) -> None:
    """Show the shortest connections between two entities, direction ignored, with evidence."""
    with _reader(store, types, properties, articles, langs, since, until, catalogue) as reader:
        a, b = reader.find(source), reader.find(target)
        graph, paths = reader.paths(a, b, limit=limit, max_hops=max_hops)
    if not paths:
        within = "" if graph.graph.get("complete") else \
            f" within {max_hops} hop{'s' if max_hops != 1 else ''} (--max-hops)"
        typer.echo(f"no connection between {_label(graph, a)} and {_label(graph, b)}{within}")
        raise typer.Exit(1)
    for number, hops in enumerate(paths, start=1):
        if number > 1:
            typer.echo("")
        typer.echo(f"path {number}: {_label(graph, a)} → {_label(graph, b)}, "
                   f"{len(hops)} hop{'s' if len(hops) != 1 else ''}")
        for hop in hops:
            typer.echo(f"  {_hop_text(graph, hop)}")
            typer.echo(f"      {_evidence_text(hop)}")


@graph_app.command()
def central(
    by: Annotated[str, typer.Option("--by", help="degree, pagerank or betweenness.")] = "degree",
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many to list.")] = 10,
    store: StoreOption = None,
    types: TypeOption = None,
    properties: PropertyOption = None,
    articles: ArticleOption = None,
    langs: LangOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    catalogue: CatalogueOption = False,
) -> None:
    """Rank the most central entities."""
    from kg.views.network import CENTRALITY, centrality

    if by not in CENTRALITY:
        raise typer.BadParameter(f"choose one of {', '.join(CENTRALITY)}", param_hint="--by")
    graph = _load(store, types, properties, articles, langs, since, until, catalogue,
                  detail=False)
    ranked = centrality(graph, by=by, top=top)
    width = max((len(_label(graph, n)) for n, _ in ranked), default=0)
    for rank, (node, score) in enumerate(ranked, start=1):
        near = set(graph.predecessors(node)) | set(graph.successors(node))
        typer.echo(f"{rank:>3}  {_label(graph, node):<{width}}  {score:.4f}  "
                   f"{graph.nodes[node]['type']}, {len(near)} neighbour(s)")


@graph_app.command()
def communities(
    method: Annotated[str, typer.Option("--method", help="louvain or greedy (modularity).")
                      ] = "louvain",
    min_size: Annotated[int, typer.Option("--min-size", min=1, help="Hide smaller groups.")] = 2,
    store: StoreOption = None,
    types: TypeOption = None,
    properties: PropertyOption = None,
    articles: ArticleOption = None,
    langs: LangOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    catalogue: CatalogueOption = False,
) -> None:
    """Group densely connected entities (Louvain or greedy modularity)."""
    from kg.views.network import COMMUNITY_METHODS
    from kg.views.network import communities as find_groups

    if method not in COMMUNITY_METHODS:
        raise typer.BadParameter(f"choose one of {', '.join(COMMUNITY_METHODS)}",
                                 param_hint="--method")
    graph = _load(store, types, properties, articles, langs, since, until, catalogue,
                  detail=False)
    groups = find_groups(graph, method=method)
    shown = [g for g in groups if len(g) >= min_size]
    for number, group in enumerate(shown, start=1):
        typer.echo(f"{number}. {len(group)} entities: {', '.join(_label(graph, n) for n in group)}")
    hidden = len(groups) - len(shown)
    if hidden:
        typer.echo(f"({hidden} smaller group(s) hidden; --min-size 1 shows them)")


@graph_app.command("export")
def export_command(
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False,
        help="graphml, gexf (Gephi), json (node-link: D3, Cytoscape) or dot (Graphviz) "
        "[default: from the output file's extension, else graphml].")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write "
                                                   "[default: stdout].")] = None,
    figures: Annotated[bool, typer.Option("--figures/--no-figures",
                                          help="Add a node per figure, linked to its entity.")
                       ] = False,
    store: StoreOption = None,
    types: TypeOption = None,
    properties: PropertyOption = None,
    articles: ArticleOption = None,
    langs: LangOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    catalogue: CatalogueOption = False,
) -> None:
    """Write the entity graph for Gephi, Cytoscape, D3 or Graphviz."""
    from kg.cli.formats import GRAPH_SUFFIXES, output_format
    from kg.views.network import EXPORT_FORMATS, export_graph

    if fmt is not None and fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(EXPORT_FORMATS)}",
                                 param_hint="--format")
    fmt = output_format(output, fmt, GRAPH_SUFFIXES, "graphml")
    graph = _load(store, types, properties, articles, langs, since, until, catalogue, figures)
    data = export_graph(graph, fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    _write(output, data)
    typer.echo(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)",
               err=True)


@app.command()
def viz(
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write "
                                                   "[default: graph.html / graph.png / graph.svg]."
                                                   )] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False,
        help="html (interactive, offline), png or svg [default: from the output file's "
        "extension, else html].")] = None,
    around: Annotated[str | None, typer.Option("--around", help="Only the neighbourhood of "
                                                  "this entity (label or alias).")] = None,
    depth: Annotated[int, typer.Option("--depth", "-d", min=1, help="Steps out from --around."
                                       )] = 2,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1, help="Draw at most this many "
                                           "entities, the best connected.")] = 300,
    width: Annotated[int, typer.Option("--width", min=200, help="Image width in pixels.")] = 1600,
    height: Annotated[int, typer.Option("--height", min=150, help="Image height in pixels.")
                      ] = 1000,
    title: Annotated[str | None, typer.Option("--title", help="Page or picture title.")] = None,
    figures: Annotated[bool, typer.Option("--figures/--no-figures",
                                          help="Draw a node per figure, linked to its entity.")
                       ] = False,
    store: StoreOption = None,
    types: TypeOption = None,
    properties: PropertyOption = None,
    articles: ArticleOption = None,
    langs: LangOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    catalogue: CatalogueOption = False,
) -> None:
    """Draw the entity graph: an interactive HTML page that works offline, or a PNG/SVG."""
    from kg.cli.formats import VIZ_SUFFIXES, output_format
    from kg.views.network import find_entity, neighbourhood
    from kg.views.render import IMAGE_FORMATS, capped, html_page, image

    if fmt is not None and fmt != "html" and fmt not in IMAGE_FORMATS:
        raise typer.BadParameter("choose html, png or svg", param_hint="--format")
    fmt = output_format(output, fmt, VIZ_SUFFIXES, "html")
    graph = _load(store, types, properties, articles, langs, since, until, catalogue, figures)
    if around is not None:
        graph = neighbourhood(graph, find_entity(graph, around), depth)
        title = title or f"finkg: around {_label(graph, graph.graph['centre'])}"
    title = title or "finkg entity graph"
    target = output or Path(f"graph.{fmt}")
    if fmt == "html":
        data = html_page(graph, title=title, max_nodes=max_nodes,
                         depth=depth if around else None).encode()
    else:
        data = image(graph, fmt, width=width, height=height, max_nodes=max_nodes, title=title)
    _write(target, data)
    shown = capped(graph, max_nodes)
    lonely = sum(1 for n in shown if shown.degree(n) == 0)
    where = "listed beside the legend" if fmt == "html" else "counted in the caption"
    apart = f"; {lonely} without relations {where}" if lonely else ""
    typer.echo(f"wrote {target} ({len(shown) - lonely} of {len(graph)} nodes drawn{apart})")


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise FinkgError(f"{path}: cannot write ({err.strerror or err})") from None
