"""Commands that make and inspect the store: build, stats, export, eval."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import StoreOption, app, store_at
from kg.cli.scale import ClusterOption
from kg.errors import FinkgError


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html, .htm, "
                                               ".jsonl, .jsonl.gz), folders or fsspec URLs.")],
    store: StoreOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles validated and written together "
                                            "(extracted 100 at a time).")] = 1000,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes that extract, map "
                                      "and validate in parallel; the graph is the same for "
                                      "any number.")] = 1,
    spacy_model: Annotated[
        list[str] | None,
        typer.Option("--spacy-model", help="Statistical spaCy model (package name or folder) "
                     "whose NER supplements the rules, e.g. de_core_news_lg; repeat for each language.")] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option("--min-confidence", min=0.0, max=1.0, show_default=False,
                     help="Write no fact of lower confidence [default: the calibrated "
                     "threshold, see docs/confidence.md].")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
    cluster: ClusterOption = None,
) -> None:
    """Extract articles into the store: one named graph per article.

    Unchanged articles are skipped, changed ones replace their graph. Bad
    inputs are reported one line each and the rest is built (exit code 1).
    """
    from kg.build import build as run_build
    from kg.cli.progress import BuildProgress, counting
    from kg.ingest import count_articles, folder_notes, skipped_files
    from kg.nlp.extract import Extractor
    from kg.stats import format_stats, store_stats

    target = store_at(store)
    extractor = Extractor(spacy_models=spacy_model or [])
    with BuildProgress(count_articles(paths)) as shown:
        if jobs == 1:
            extractor = counting(extractor, shown)
        report = run_build(paths, target, extractor=extractor, batch_size=batch_size,
                           jobs=jobs, cluster=cluster, min_confidence=min_confidence,
                           progress=shown.batch_written)
    for line in report.errors:
        typer.echo(f"Error: {line}", err=True)
    for source in report.encoding_fallbacks:
        typer.echo(f"Warning: {source}: not UTF-8, read as Windows-1252", err=True)
    for line in skipped_lines(skipped_files(paths)):
        typer.echo(f"Warning: {line}", err=True)
    for note in folder_notes(paths):
        typer.echo(f"Note: {note}: skipped as the folder's notes, not an article; "
                   "name the file to build it", err=True)
    if report.built == 0 and report.unchanged == 0 and not report.errors:
        raise FinkgError(f"nothing to build: no article files ({_article_kinds()}) in "
                         f"{', '.join(map(str, paths))}")
    if not quiet:
        typer.echo(f"built {report.built} article(s), {report.unchanged} unchanged, "
                   f"{len(report.errors)} failed; {report.ad_blocks} ad block(s) removed")
        if target.exists:
            with target.snapshot() as snapshot:
                typer.echo(format_stats(store_stats(snapshot)))
            typer.echo(f"store: {target.path.resolve()}")
    if not report.ok:
        raise typer.Exit(1)


def _article_kinds() -> str:
    from kg.ingest import ARTICLE_SUFFIXES

    return ", ".join(sorted(ARTICLE_SUFFIXES))


def skipped_lines(skipped: dict[Path, Counter[str]]) -> list[str]:
    """One line per folder that held files in no article format, most frequent first."""
    lines = []
    for folder, counts in skipped.items():
        kinds = ", ".join(f"{n} {suffix}" for suffix, n in counts.most_common())
        lines.append(f"{folder}: skipped {counts.total()} file(s) in no article format "
                     f"({kinds}); articles are {_article_kinds()}")
    return lines


@app.command()
def stats(store: StoreOption = None) -> None:
    """Count articles, entities by type, relations, figures and ratings."""
    from kg.stats import format_stats, store_stats

    target = store_at(store)
    with target.snapshot() as snapshot:
        typer.echo(format_stats(store_stats(snapshot)))


@app.command()
def export(
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False,
        help="ttl, trig, nt, nq or jsonld [default: from the output file's extension, "
        "else trig].")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", metavar="FILE",
                                                   help="File to write [default: stdout].")
                      ] = None,
    store: StoreOption = None,
) -> None:
    """Write the whole graph out; TriG, N-Quads and JSON-LD keep the named graphs."""
    from kg.cli.formats import RDF_SUFFIXES, output_format
    from kg.rdf.export import FORMATS
    from kg.rdf.export import export as run_export

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    fmt = output_format(output, fmt, RDF_SUFFIXES, "trig")
    target = store_at(store)
    with target.snapshot() as snapshot:
        if output is None:
            run_export(snapshot, fmt, sys.stdout.buffer)
            return
        tmp = output.with_name(output.name + ".part")
        try:
            with tmp.open("wb") as out:
                run_export(snapshot, fmt, out)
            tmp.replace(output)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise FinkgError(f"{output}: cannot write ({err.strerror or err})") from None


@app.command("eval")
def eval_command(
    paths: Annotated[list[Path], typer.Argument(help="Folders or files with NAME.txt + "
                                                "NAME.gold.json pairs.")],
    store: Annotated[Path | None, typer.Option("--store", help="Score what this store holds "
                     "instead of building into a temporary one.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List each article's misses "
                                          "and false positives.")] = False,
    json_file: Annotated[Path | None, typer.Option("--json", help="Write all scores and "
                                                      "details to this .json file.")] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option("--min-confidence", min=0.0, max=1.0, show_default=False,
                     help="Score only facts of this confidence or more [default: the "
                     "build's calibrated threshold].")] = None,
    calibrate: Annotated[Path | None, typer.Option(
        "--calibrate", metavar="FILE", help="Measure each rule's reliability on these "
        "articles and write the table (kg/nlp/reliability.toml) to FILE.")] = None,
) -> None:
    """Score extraction against gold files: precision, recall and F1 per section,
    and for the facts at several confidence thresholds."""
    # the outputs are checked before the evaluation's imports (the pipeline,
    # spaCy): a refused option is answered at once
    _check_output(json_file, ".json", "--json")
    _check_output(calibrate, ".toml", "--calibrate")

    import json

    from kg.evaluation import (
        THRESHOLDS,
        format_details,
        format_table,
        format_thresholds,
        predict,
        score_at,
        threshold_curve,
        to_json,
    )
    from kg.nlp.confidence import reliability
    from kg.rdf.store import Store

    threshold = reliability().min_confidence if min_confidence is None else min_confidence
    pairs = predict(paths, Store(store) if store is not None else None)
    score, results = score_at(pairs, threshold)
    if verbose:
        typer.echo(format_details(results))
    typer.echo(format_table(score))
    typer.echo("")
    curve = threshold_curve(pairs, (*THRESHOLDS, threshold))
    typer.echo(format_thresholds(curve, threshold))
    if calibrate is not None:
        _write_calibration(pairs, paths, calibrate)
    if json_file is not None:
        try:
            json_file.write_text(json.dumps(to_json(score, results, curve), indent=2,
                                             ensure_ascii=False))
        except OSError as err:
            raise FinkgError(f"{json_file}: cannot write ({err.strerror or err})") from None


def _check_output(target: Path | None, suffix: str, option: str) -> None:
    """Refuse an output that is not a ``suffix`` file, or is a gold file,
    before any work: "kg eval --json $(ls *.txt)" hands the option the first
    article, which writing the scores would destroy."""
    if target is None:
        return
    if target.suffix != suffix or target.name.endswith(".gold.json"):
        raise typer.BadParameter(f"{target} is no {suffix} file to write; an article or "
                                 "gold file is never overwritten", param_hint=option)


def _write_calibration(pairs: list, paths: list[Path], target: Path) -> None:
    """Write the reliability table and show the curve its default threshold
    was chosen from."""
    from kg.evaluation import format_thresholds, write_calibration

    command = "kg eval --calibrate FILE " + " ".join(str(p) for p in paths)
    table, curve = write_calibration(pairs, target, command)
    typer.echo("")
    typer.echo(f"with each rule's measured reliability as confidence ({len(pairs)} articles):")
    typer.echo(format_thresholds(curve, table.min_confidence))
    typer.echo(f"wrote {target}; default threshold {table.min_confidence}")
