"""Wall time of the graph views on a built store, as a user runs them.

Times ``kg graph neighbours NAME`` (one and two steps out, a big company and
a smaller place), ``kg graph path A B``, a name that is not there, and
``kg graph central`` / ``communities`` as subprocesses (so the time includes
starting Python and reading the graph out of the store, which is what a
user waits for), ``--repeat`` times each, and reports the median and the
worst wall time and the median CPU time (user + system: less disturbed by
other work on the machine than wall time). The time of ``kg --help`` is
reported too: the fixed cost of starting the CLI.

    python benchmarks/graph_views.py /tmp/store-50k --repeat 3
    python benchmarks/graph_views.py /tmp/store-50k --view path --view neighbours
"""

from __future__ import annotations

import argparse
import json
import os
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
    "neighbours (place)": ["graph", "neighbours", "Germany"],
    "neighbours (place) --depth 2": ["graph", "neighbours", "Germany", "--depth", "2"],
    "path": ["graph", "path", "Meta Platforms", "Alibaba Group"],
    "path (two steps)": ["graph", "path", "Qwen", "Germany"],
    "unknown name": ["graph", "neighbours", "Alibab"],
    "central": ["graph", "central"],
    "communities": ["graph", "communities"],
}
FAILS = {"unknown name"}  # exits 1 by design


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=600.0,
                        help="seconds before a view is cut off and reported as slower")
    parser.add_argument("--view", action="append", choices=list(VIEWS),
                        help="time only this view (repeat for more) [default: all]")
    args = parser.parse_args(argv)
    for name, command in VIEWS.items():
        if args.view and name not in args.view:
            continue
        times: list[float] = []
        cpu: list[float] = []
        lines = 0
        store = [] if command == ["--help"] else ["--store", str(args.store)]
        for _ in range(args.repeat):
            before = os.times()
            start = time.perf_counter()
            try:
                done = subprocess.run([*KG, *command, *store], cwd=ROOT, capture_output=True,
                                      text=True, check=False, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                times.append(float("inf"))
                break
            times.append(time.perf_counter() - start)
            after = os.times()
            cpu.append(after.children_user - before.children_user
                       + after.children_system - before.children_system)
            lines = len(done.stdout.splitlines())
            if done.returncode != 0 and name not in FAILS:
                print(f"{name}: exit {done.returncode}: {done.stderr.strip()[:300]}",
                      file=sys.stderr)
        if float("inf") in times:
            print(json.dumps({"view": name, "median_s": f">{args.timeout:.0f}"}), flush=True)
            continue
        print(json.dumps({"view": name, "median_s": round(statistics.median(times), 3),
                          "max_s": round(max(times), 3),
                          "cpu_s": round(statistics.median(cpu), 3), "output_lines": lines}),
              flush=True)


if __name__ == "__main__":
    main()
