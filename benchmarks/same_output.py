"""Does a change keep the build's output? Sorted N-Quads of fixed builds.

    python benchmarks/same_output.py --out /tmp/before     # on the old code
    python benchmarks/same_output.py --out /tmp/after      # on the new code
    diff -r /tmp/before /tmp/after

Builds, each with ``kg build --jobs 1`` (or ``--jobs``) into a fresh store, and writes the
store's quads sorted, one file per build: ``seeds`` + ``tests/data/dev`` +
the open real articles at the calibrated threshold
(``default.nq``) and with every fact however unsure (``all.nq``: rules
whose facts fall below the threshold still have to find the same), and, with
``--generated N``, the first N articles of a generated corpus
(``generated.nq``, both thresholds' worth of facts). A performance change
must leave every file byte for byte the same. Blank nodes are not used by
the mapping, so sorting the lines is enough.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
# the real articles open for reading: r01–r15 and r21–r35
OPEN = [f"r{k:02d}" for k in [*range(1, 16), *range(21, 36)]]


def _sorted_quads(store: Path) -> str:
    import pyoxigraph as ox

    inner = ox.Store.read_only(str(store))
    try:
        lines = sorted(str(quad) + " ." for quad in inner)
    finally:
        del inner
    return "\n".join(lines) + "\n"


def _build(paths: list[str], out: Path, name: str, extra: list[str], work: Path) -> None:
    store = work / name
    done = subprocess.run([sys.executable, "-m", "kg", "build", *paths, "--store", str(store),
                           "-q", *extra], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build {name} exited with {done.returncode}: {done.stderr[:500]}")
    (out / f"{name}.nq").write_text(_sorted_quads(store), encoding="utf-8")
    print(f"{name}.nq written", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the .nq files")
    parser.add_argument("--generated", type=int, default=0,
                        help="also build the first N generated articles")
    parser.add_argument("--corpus", type=Path, help="generated corpus folder")
    parser.add_argument("--jobs", type=int, default=1,
                        help="extracting processes (as many as cores: the store's files are "
                             "merged once at the end)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    paths = ["seeds", "tests/data/dev", *(str(REAL / f"{name}.txt") for name in OPEN)]
    work = Path(tempfile.mkdtemp(prefix="finkg-same-"))
    try:
        jobs = ["--jobs", str(args.jobs)]
        _build(paths, args.out, "default", jobs, work)
        _build(paths, args.out, "all", [*jobs, "--min-confidence", "0"], work)
        if args.generated:
            sys.path.insert(0, str(Path(__file__).parent))
            from build import ensure_corpus

            corpus = ensure_corpus(args.corpus or work / "corpus", args.generated)
            _build([str(p) for p in corpus], args.out, "generated",
                   [*jobs, "--min-confidence", "0"], work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
