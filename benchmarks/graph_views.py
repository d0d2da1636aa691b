"""Wall time of the graph views on a built store, as a user runs them.

Times ``kg graph neighbours NAME``, ``kg graph path A B`` and
``kg graph central`` as subprocesses (so the time includes starting Python
and reading the entity graph out of the store, which is what a user waits
for), ``--repeat`` times each, and reports the median and the worst. The
time of ``kg --help`` is reported too: the fixed cost of starting the CLI.

    python benchmarks/graph_views.py /tmp/store-50k --repeat 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg"]

VIEWS = {
    "startup (kg --help)": ["--help"],
    "neighbours": ["graph", "neighbours", "Alibaba Group"],
    "neighbours --depth 2": ["graph", "neighbours", "Alibaba Group", "--depth", "2"],
    "path": ["graph", "path", "Meta Platforms", "Alibaba Group"],
    "central": ["graph", "central"],
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=600.0,
                        help="seconds before a view is cut off and reported as slower")
    args = parser.parse_args(argv)
    for name, command in VIEWS.items():
        times = []
        lines = 0
        store = [] if command == ["--help"] else ["--store", str(args.store)]
        for _ in range(args.repeat):
            start = time.perf_counter()
            try:
                done = subprocess.run([*KG, *command, *store], cwd=ROOT, capture_output=True,
                                      text=True, check=False, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                times.append(float("inf"))
                break
            times.append(time.perf_counter() - start)
            lines = len(done.stdout.splitlines())
            if done.returncode != 0:
                print(f"{name}: exit {done.returncode}: {done.stderr.strip()[:300]}",
                      file=sys.stderr)
        if float("inf") in times:
            print(json.dumps({"view": name, "median_s": f">{args.timeout:.0f}"}), flush=True)
            continue
        print(json.dumps({"view": name, "median_s": round(statistics.median(times), 3),
                          "max_s": round(max(times), 3), "output_lines": lines}), flush=True)

if __name__ == "__main__":
    main()
