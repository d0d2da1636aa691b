"""Commands for archives past one machine: extract to shards, load shards."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.app import StoreOption, app, progress, store_at

ClusterOption = Annotated[
    str | None,
    typer.Option("--cluster", metavar="tcp://HOST:PORT", help="Run reading, extraction, mapping "
                 "and validation as tasks on this Dask scheduler (pip install 'finkg[dask]').",
                 show_default=False),
]


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .jsonl, "
                                               ".jsonl.gz), folders or fsspec URLs.")],
    out: Annotated[str, typer.Option("--out", "-o", help="Folder (or fsspec URL) for the "
                                     "shards and their manifest.json.")],
    part_size: Annotated[int, typer.Option("--part-size", min=1, help="Articles per part, "
                                           "and so per shard.")] = 100,
    cluster: ClusterOption = None,
    spacy_model: Annotated[
        list[str] | None,
        typer.Option("--spacy-model", help="Statistical spaCy model whose NER supplements "
                     "the rules; repeat for each language.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
) -> None:
    """Extract articles into gzipped N-Quads shards, one per part, for `kg load`.

    A shard is named by its content: a re-run redoes only the missing ones.
    """
    from kg.dist.shards import extract as run_extract

    with progress() as bar:
        task = bar.add_task("extracting", total=None) if bar else None
        report = run_extract(paths, out, part_size=part_size, cluster=cluster,
                             spacy_models=tuple(spacy_model or ()),
                             progress=(lambda n: bar.advance(task, n)) if bar else None)
    for line in report.errors:
        typer.echo(f"Error: {line}", err=True)
    if not quiet:
        typer.echo(f"{report.articles} article(s) in {len(report.shards)} shard(s): "
                   f"{report.written} written, {report.reused} already there; "
                   f"{report.quads} quads written, {len(report.errors)} failed")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def load(
    folder: Annotated[str, typer.Argument(help="Folder (or fsspec URL) that `kg extract` "
                                          "wrote.")],
    endpoint: Annotated[str | None, typer.Option(
        "--endpoint", metavar="URL", help="Load into this SPARQL store (its query URL) instead "
        "of the embedded store.", show_default=False)] = None,
    gsp_url: Annotated[str | None, typer.Option(
        "--gsp-url", help="Graph Store Protocol URL [default: /store beside the endpoint].",
        show_default=False)] = None,
    store: StoreOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
) -> None:
    """Load the shards `kg extract` wrote: each graph replaces the one of the same name."""
    from kg.dist.shards import load as load_local
    from kg.dist.shards import load_remote

    with progress() as bar:
        task = bar.add_task("loading shards", total=None) if bar else None
        advance = (lambda n: bar.advance(task, n)) if bar else None
        if endpoint is not None:
            from kg.rdf.remote import Endpoint, redact

            report = load_remote(folder, Endpoint(endpoint, gsp_url=gsp_url), progress=advance)
            where = redact(endpoint)
        else:
            target = store_at(store)
            report = load_local(folder, target, progress=advance)
            where = str(target.path)
    if not quiet:
        typer.echo(f"loaded {report.shards} shard(s), {report.graphs} graph(s), "
                   f"{report.quads} quads into {where}")


__all__ = ["ClusterOption", "extract", "load"]
