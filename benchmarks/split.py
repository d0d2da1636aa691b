"""Where an article's CPU time goes in a ``--jobs 1`` build, stage by stage.

    python benchmarks/split.py --folder /tmp/real-100      # any folder of articles
    python benchmarks/split.py --n 1000 --corpus /tmp/finkg-50k

Runs in one process what ``kg build --jobs 1`` does to every article, in the
build's own order and with its own functions (``kg.build.process_batch``
taken apart), and charges the CPU time of each step (``time.process_time``,
all threads) to it: reading and cleaning, tokenising (the spaCy pipeline),
cutting sentences, each mention source and each fact finder as registered
in ``kg.nlp.components``, the records (entities and the ``Extraction``),
leaving out facts below the threshold, mapping to triples, validation,
N-Triples, and writing everything into a fresh store in one batch. A
first pass over ``--warm`` articles builds pipelines and compiles patterns
and is not counted.

Library code that several stages call (attribution, roles, salience,
pydantic's validation, spaCy) is measured across stages by sampling: a
profiling timer interrupts every ``--interval`` CPU seconds and counts
which modules are on the stack; their share of the samples, times the CPU
seconds, is printed under ``"across"``.

Prints one JSON object: CPU ms an article for each stage, their sum, and
the shares.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

T = TypeVar("T")

# modules counted across stages: a sample counts for each of these on its stack
ACROSS = {
    "attribution": "kg/nlp/attribution.py",
    "roles": "kg/nlp/roles.py",
    "salience": "kg/nlp/salience.py",
    "references": "kg/nlp/references.py",
    "document helpers": "kg/nlp/document.py",
    "prefilter": "kg/nlp/prefilter.py",
    "quantities": "kg/nlp/quantities.py",
    "periods": "kg/nlp/periods.py",
    "metrics": "kg/nlp/metrics.py",
    "kg.records (pydantic records)": "kg/records.py",
    "pydantic": "/pydantic/",
    "rdflib": "/rdflib/",
    "re (Python side)": "/re/",
}


class Clock:
    """CPU seconds charged to named stages; the current stage is what the
    sampler reads."""

    def __init__(self) -> None:
        self.cpu: Counter[str] = Counter()
        self.stage = "other"

    def run(self, stage: str, func: Callable[[], T]) -> T:
        outer, self.stage = self.stage, stage
        start = time.process_time()
        try:
            return func()
        finally:
            spent = time.process_time() - start
            self.cpu[stage] += spent
            self.stage = outer
            if outer != "other":  # nested: the outer stage keeps only its own time
                self.cpu[outer] -= spent


class Sampler:
    """Counts, every ``interval`` CPU seconds, which of :data:`ACROSS` are on
    the stack, per stage."""

    def __init__(self, clock: Clock, interval: float) -> None:
        self.clock = clock
        self.interval = interval
        self.samples: Counter[str] = Counter()
        self.across: Counter[tuple[str, str]] = Counter()

    def _tick(self, signum: int, frame: FrameType | None) -> None:
        stage = self.clock.stage
        self.samples[stage] += 1
        seen: set[str] = set()
        while frame is not None:
            path = frame.f_code.co_filename
            for name, part in ACROSS.items():
                if part in path:
                    seen.add(name)
            frame = frame.f_back
        for name in seen:
            self.across[stage, name] += 1

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._tick)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--folder", type=Path,
                        help="split these articles instead of a generated corpus")
    parser.add_argument("--warm", type=int, default=40,
                        help="articles of a first pass that is not counted")
    parser.add_argument("--interval", type=float, default=0.002)
    args = parser.parse_args(argv)

    from build import ensure_corpus

    from kg import build as kgbuild
    from kg.ingest import read_articles
    from kg.nlp import components
    from kg.nlp import extract as extract_module
    from kg.nlp.components import FACT_FINDERS, MENTION_SOURCES, Component
    from kg.nlp.confidence import above
    from kg.nlp.extract import Extractor
    from kg.nlp.pipeline import build_pipeline
    from kg.rdf.mapper import article_iri, entity_triples, shared_descriptions, to_triples
    from kg.rdf.shapes import fast_checker
    from kg.rdf.store import Store, ntriples
    from kg.records import Extraction, fits_contract

    work = Path(tempfile.mkdtemp(prefix="finkg-split-"))
    paths = [args.folder] if args.folder else ensure_corpus(args.corpus or work / "corpus",
                                                            args.n)
    clock = Clock()

    # every registered component charged to its own name
    for registry, kind in ((MENTION_SOURCES, "mentions"), (FACT_FINDERS, "facts")):
        for component in list(registry):
            def timed(*a: Any, _run: Callable[..., None] = component.run,
                      _name: str = f"{kind}: {component.name}") -> None:
                clock.run(_name, lambda: _run(*a))
            registry._components[component.name] = Component(component.name, component.order,
                                                             timed)

    extractor = Extractor()
    threshold = kgbuild._threshold(None)
    checker = fast_checker()

    def records(article: Any, document: Any, facts: Any) -> Extraction:
        """What ``Extractor._from_doc`` does after the fact finders."""
        entities = extract_module._entities(document, facts.relations, facts.figures,
                                            facts.ratings)
        kinds = {e.label: e.type for e in entities}
        relations = [r for r in facts.relations
                     if fits_contract(r.predicate, kinds.get(r.subject), kinds.get(r.object))]
        return Extraction(article=article, entities=entities, relations=tuple(relations),
                          figures=tuple(facts.figures), ratings=tuple(facts.ratings))

    def one_pass(articles: list[Any]) -> kgbuild.BatchResult:
        result = kgbuild.BatchResult(graphs=[], shared=[], violations=[])
        for start in range(0, len(articles), 32):  # as Extractor.extract_many
            batch = articles[start:start + 32]
            docs: dict[int, Any] = {}
            for lang in sorted({a.lang for a in batch}):
                nlp = build_pipeline(lang, None)
                indices = [i for i, a in enumerate(batch) if a.lang == lang]
                made = clock.run("tokenise (spaCy pipeline)", lambda: list(
                    nlp.pipe(batch[i].clean_text for i in indices)))  # noqa: B023
                docs.update(zip(indices, made))
            for i, article in enumerate(batch):
                document = clock.run("sentences (cutting, Document)",
                                     lambda: extractor._document(article, docs[i]))  # noqa: B023
                facts = components.find_facts(document)
                extraction = clock.run("records (entities, Extraction)",
                                       lambda: records(article, document, facts))  # noqa: B023
                kept = clock.run("threshold (above)",
                                 lambda: above(extraction, threshold))  # noqa: B023
                triples = clock.run("map: to_triples", lambda: to_triples(kept))  # noqa: B023
                entities = clock.run("map: entity_triples",
                                     lambda: entity_triples(kept))  # noqa: B023
                clock.run("validate (fast checker)",
                          lambda: checker.violations(triples + entities))  # noqa: B023

                def rest() -> None:
                    own = str(article_iri(article.id))  # noqa: B023
                    marker = f"/{article.id}/"  # noqa: B023
                    result.shared += entities  # noqa: B023
                    result.shared += [t for t in triples  # noqa: B023
                                      if str(t[0]) != own and marker not in str(t[0])]
                    result.graphs.append((own, ntriples(triples)))  # noqa: B023
                    result.descriptions[own] = ntriples(
                        shared_descriptions(entities))  # noqa: B023
                clock.run("N-Triples and shared triples", rest)
        return result

    articles = clock.run("read and clean", lambda: [
        a for a in read_articles(paths) if not isinstance(a, Exception)])
    read_cpu = clock.cpu.pop("read and clean")
    for lang in {a.lang for a in articles}:
        build_pipeline(lang, None)
    one_pass(articles[: args.warm])
    clock.cpu.clear()
    clock.cpu["read and clean"] = read_cpu

    gc.freeze()  # as the build does
    old_threshold = gc.get_threshold()
    gc.set_threshold(kgbuild._YOUNG_OBJECTS, *old_threshold[1:])
    sampler = Sampler(clock, args.interval)
    with sampler:
        result = one_pass(articles)

        def write() -> None:
            store = Store(work / "store")
            with store.write(own=True) as writer:  # as the build writes
                writer.replace_ntriples(result.for_store())
        clock.run("store write (one batch, fresh store)", write)
    gc.set_threshold(*old_threshold)
    gc.unfreeze()
    shutil.rmtree(work, ignore_errors=True)

    n = len(articles)
    total = sum(clock.cpu.values())
    stages = {k: round(v / n * 1e3, 3) for k, v in clock.cpu.most_common()}
    all_samples = sum(sampler.samples.values()) or 1
    across: dict[str, float] = {}
    for name in ACROSS:
        count = sum(c for (_, m), c in sampler.across.items() if m == name)
        across[name] = round(count / all_samples * total / n * 1e3, 3)
    print(json.dumps({
        "articles": n,
        "cpu_ms_per_article": stages,
        "sum_ms_per_article": round(total / n * 1e3, 3),
        "across_ms_per_article": dict(sorted(across.items(), key=lambda kv: -kv[1])),
        "samples": all_samples,
    }, indent=2))


if __name__ == "__main__":
    main()
