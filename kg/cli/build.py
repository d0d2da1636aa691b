"""Commands that make and inspect the store: build, stats, export, eval."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli.app import StoreOption, app, progress, store_at
from kg.cli.scale import ClusterOption
from kg.errors import FinkgError
from kg.rdf.store import Store


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .jsonl, "
                                               ".jsonl.gz), folders or fsspec URLs.")],
    store: StoreOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles validated and written together.")] = 100,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes that extract, map "
                                      "and validate in parallel; the graph is the same for "
                                      "any number.")] = 1,
    spacy_model: Annotated[
        Optional[list[str]],
        typer.Option("--spacy-model", help="Statistical spaCy model (package name or folder) "
                     "whose NER supplements the rules, e.g. de_core_news_lg; repeat for each language.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
    cluster: ClusterOption = None,
) -> None:
    """Extract articles into the store: one named graph per article.

    Unchanged articles are skipped, changed ones replace their graph. Bad
    inputs are reported one line each and the rest is built (exit code 1).
    """
    from kg.build import build as run_build
    from kg.nlp.extract import Extractor
    from kg.stats import format_stats, store_stats

    target = store_at(store)
    extractor = Extractor(spacy_models=spacy_model or [])
    with progress() as bar:
        task = bar.add_task("building", total=None) if bar else None
        report = run_build(paths, target, extractor=extractor, batch_size=batch_size,
                           jobs=jobs, cluster=cluster,
                           progress=(lambda n: bar.advance(task, n)) if bar else None)
    for line in report.errors:
        typer.echo(f"Error: {line}", err=True)
    for source in report.encoding_fallbacks:
        typer.echo(f"Warning: {source}: not UTF-8, read as Windows-1252", err=True)
    if not quiet:
        typer.echo(f"built {report.built} article(s), {report.unchanged} unchanged, "
                   f"{len(report.errors)} failed; {report.ad_blocks} ad block(s) removed")
        if target.exists:
            with target.read() as dataset:
                typer.echo(format_stats(store_stats(dataset)))
            typer.echo(f"store: {target.path.resolve()}")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def stats(store: StoreOption = None) -> None:
    """Count articles, entities by type, relations, figures and ratings."""
    from kg.stats import format_stats, store_stats

    target = store_at(store)
    with target.read() as dataset:
        typer.echo(format_stats(store_stats(dataset)))


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl, trig, nt, nq or jsonld.")] = "trig",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write "
                                                   "[default: stdout].")] = None,
    store: StoreOption = None,
) -> None:
    """Write the whole graph out; TriG, N-Quads and JSON-LD keep the named graphs."""
    from kg.rdf.export import FORMATS, export as run_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    target = store_at(store)
    with target.read() as dataset:
        if output is None:
            run_export(dataset, fmt, sys.stdout.buffer)
            return
        tmp = output.with_name(output.name + ".part")
        try:
            with tmp.open("wb") as out:
                run_export(dataset, fmt, out)
            tmp.replace(output)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise FinkgError(f"{output}: cannot write ({err.strerror or err})") from None


@app.command("eval")
def eval_command(
    paths: Annotated[list[Path], typer.Argument(help="Folders or files with NAME.txt + "
                                                "NAME.gold.json pairs.")],
    store: Annotated[Optional[Path], typer.Option("--store", help="Score what this store holds "
                     "instead of building into a temporary one.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List each article's misses "
                                          "and false positives.")] = False,
    json_file: Annotated[Optional[Path], typer.Option("--json", help="Write all scores and "
                                                      "details to this file.")] = None,
) -> None:
    """Score extraction against gold files: precision, recall and F1 per section."""
    import json

    from kg.evaluate import evaluate, format_details, format_table, to_json

    score, results = evaluate(paths, Store(store) if store is not None else None)
    if verbose:
        typer.echo(format_details(results))
    typer.echo(format_table(score))
    if json_file is not None:
        try:
            json_file.write_text(json.dumps(to_json(score, results), indent=2, ensure_ascii=False))
        except OSError as err:
            raise FinkgError(f"{json_file}: cannot write ({err.strerror or err})") from None
