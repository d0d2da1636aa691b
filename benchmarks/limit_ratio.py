"""The limit ratio: extraction throughput over bare tokenisation throughput.

Both are measured in one run on the same texts with the same number of
processes: the articles are read and cleaned first (not timed), split into
``--jobs`` shards, and each process either runs a blank spaCy pipeline of
the article's language that only tokenises (``nlp.pipe``), or the full
:class:`kg.nlp.extract.Extractor` (tokeniser, sentencizer, gazetteer, rules,
records). The ratio says how close extraction comes to the cost of just
reading the tokens; 1.0 would mean the rules are free. The two are
interleaved ``--rounds`` times and the medians compared, because other
processes on the machine slow either down at random.

    python benchmarks/limit_ratio.py --n 1000 --jobs 1 --jobs 2
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

_articles: list = []


def _tokenise(shard: tuple[int, int]) -> tuple[float, int]:
    import spacy

    pipelines = {lang: spacy.blank(lang) for lang in ("de", "en")}
    gc.freeze()
    start = time.perf_counter()
    tokens = 0
    for lang, nlp in pipelines.items():
        texts = (a.clean_text for a in _articles[shard[0]:shard[1]] if a.lang == lang)
        tokens += sum(len(doc) for doc in nlp.pipe(texts))
    return time.perf_counter() - start, tokens


def _extract(shard: tuple[int, int]) -> tuple[float, int]:
    from kg.nlp.extract import Extractor

    extractor = Extractor()
    list(extractor.extract_many(_articles[:4]))  # build pipelines before the clock starts
    gc.freeze()  # as `kg build` does once its extractor is built (and below for tokenising)
    start = time.perf_counter()
    found = sum(len(x.figures) + len(x.relations) + len(x.ratings)
                for x in extractor.extract_many(_articles[shard[0]:shard[1]]))
    return time.perf_counter() - start, found


def measure(kind: str, jobs: int) -> tuple[float, int]:
    """Wall time until the slowest of ``jobs`` processes is done, and its count."""
    n = len(_articles)
    shards = [(n * i // jobs, n * (i + 1) // jobs) for i in range(jobs)]
    work = _tokenise if kind == "tokenise" else _extract
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        results = pool.map(work, shards)
    return max(t for t, _ in results), sum(c for _, c in results)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--jobs", type=int, action="append")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="corpus folder [default: generated]")
    args = parser.parse_args(argv)
    from build import ensure_corpus

    from kg.ingest import read_articles

    corpus = args.corpus or Path(tempfile.mkdtemp(prefix="finkg-ratio-")) / "corpus"
    _articles.extend(a for a in read_articles(ensure_corpus(corpus, args.n))
                     if not isinstance(a, Exception))
    for jobs in args.jobs or [1, 2]:
        blank, full = [], []
        tokens = 0
        for _ in range(args.rounds):
            t, tokens = measure("tokenise", jobs)
            blank.append(t)
            full.append(measure("extract", jobs)[0])
        row = {"n": len(_articles), "jobs": jobs, "tokens": tokens,
               "tokenise_s": statistics.median(blank), "extract_s": statistics.median(full),
               "tokenise_articles_per_s": len(_articles) / statistics.median(blank),
               "extract_articles_per_s": len(_articles) / statistics.median(full),
               "limit_ratio": statistics.median(blank) / statistics.median(full),
               "ratios_per_round": [b / f for b, f in zip(blank, full)]}
        print(json.dumps({k: (round(v, 3) if isinstance(v, float) else
                              [round(x, 3) for x in v] if isinstance(v, list) else v)
                          for k, v in row.items()}), flush=True)


if __name__ == "__main__":
    main()
