"""Where a build's time goes: milliseconds per article for each stage.

Runs the stages of ``kg.build`` one after another over the same articles in
one process, each timed on its own: read and clean, tokenise (blank spaCy,
for reference), extract (spaCy pipeline + rules + records), map to rdflib
triples, validate (fast checker), serialise to N-Triples, and write into a
fresh on-disk store in batches of 100, as a build does (and, for reference, into an
in-memory one).

    python benchmarks/stages.py --n 1000 --corpus /tmp/finkg-50k
    python benchmarks/stages.py --folder /tmp/real-600   # any folder of articles
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--folder", type=Path,
                        help="time these articles instead of a generated corpus")
    args = parser.parse_args(argv)

    import pyoxigraph as ox
    import spacy
    from build import ensure_corpus

    from kg.ingest import read_articles
    from kg.nlp.extract import Extractor
    from kg.rdf.mapper import article_iri, to_triples
    from kg.rdf.shapes import fast_checker
    from kg.rdf.store import Store, ntriples

    work = Path(tempfile.mkdtemp(prefix="finkg-stages-"))
    paths = [args.folder] if args.folder else ensure_corpus(args.corpus or work / "corpus",
                                                            args.n)
    extractor = Extractor()
    checker = fast_checker()
    times: dict[str, float] = {}

    def timed(name: str, func):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        value = func()
        times[name] = time.perf_counter() - start
        return value

    articles = timed("read", lambda: [a for a in read_articles(paths)
                                      if not isinstance(a, Exception)])
    list(extractor.extract_many(articles[:4]))  # pipelines built before timing
    blank = {lang: spacy.blank(lang) for lang in ("de", "en")}
    timed("tokenise (blank spaCy, reference)", lambda: [
        d for lang, nlp in blank.items()
        for d in nlp.pipe(a.clean_text for a in articles if a.lang == lang)])
    extractions = timed("extract", lambda: list(extractor.extract_many(articles)))
    graphs = timed("map (to_triples)", lambda: [to_triples(x) for x in extractions])
    timed("validate (fast checker)", lambda: [checker.violations(g) for g in graphs])
    texts = timed("serialise (N-Triples)", lambda: [
        (str(article_iri(x.article.id)), ntriples(g)) for x, g in zip(extractions, graphs)])

    def write_store() -> None:
        store = Store(work / "store")
        for i in range(0, len(texts), 100):
            with store.write() as writer:
                writer.replace_ntriples(texts[i:i + 100])

    def write_memory() -> None:
        store = ox.Store()
        for i in range(0, len(texts), 100):
            store.load("".join(t.replace(" .\n", f" <{g}> .\n") for g, t in texts[i:i + 100]),
                       ox.RdfFormat.N_QUADS)

    timed("write (kg store on disk, batches of 100)", write_store)
    timed("write (Oxigraph in memory, reference)", write_memory)
    shutil.rmtree(work, ignore_errors=True)
    quads = sum(len(g) for g in graphs)
    n = len(articles)
    print(json.dumps({"articles": n, "quads_per_article": round(quads / n),
                      "ms_per_article": {k: round(v / n * 1e3, 2) for k, v in times.items()}},
                     indent=2))


if __name__ == "__main__":
    main()
