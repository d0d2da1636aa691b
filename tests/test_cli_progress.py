"""Build progress: a per-article bar with rate and time left on a terminal
(checked in a real pseudo-terminal), plain lines every so often otherwise.
"""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
from pathlib import Path

from conftest import SEEDS, kg_argv, kg_environ

from kg.cli.progress import BuildProgress, duration, plain_line
from kg.ingest import count_articles

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_cli_progress_duration_reads_as_people_say_it() -> None:
    assert duration(42.4) == "42 s"
    assert duration(185) == "3 min 05 s"
    assert duration(3720) == "1 h 02 min"


def test_cli_progress_plain_line_has_count_rate_and_time_left() -> None:
    assert plain_line(1200, 5000, 34.0) == \
        "building: 1,200 of 5,000 article(s), 35.3/s, about 1 min 48 s left"
    assert plain_line(10, None, 2.0) == "building: 10 article(s), 5.0/s"


def test_cli_progress_plain_lines_only_every_interval() -> None:
    out, clock = io.StringIO(), Clock()
    with BuildProgress(100, stream=out, interval=30, clock=clock) as shown:
        for _ in range(10):
            clock.now += 1
            shown.article_done()
        assert out.getvalue() == ""  # 10 s: nothing yet
        clock.now += 20
        shown.article_done()
        clock.now += 1
        shown.batch_written(11)
    # one line, at 30 s: 11 done, 11/30 per second, 89 / (11/30) = 243 s left
    assert out.getvalue().splitlines() == [("building: 11 of 100 article(s), 0.4/s, about "
                                            "4 min 03 s left")]


def test_cli_progress_done_is_the_further_of_extracted_and_written() -> None:
    with BuildProgress(5, stream=io.StringIO()) as shown:
        shown.article_done()
        shown.batch_written(3)
        assert shown.done == 3
        shown.article_done()
        shown.article_done()
        shown.article_done()
        assert shown.done == 4


def test_cli_progress_count_articles_counts_files_and_jsonl_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "1"}\n\n{"text": "2"}\n', encoding="utf-8")
    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    assert count_articles([tmp_path]) == 4


def run_on_a_terminal(*args: str | Path, cwd: Path) -> tuple[int, str]:
    """`kg ARGS…` with stderr on a pseudo-terminal: exit code and what it drew there."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(kg_argv(*args), cwd=cwd, env=kg_environ({"COLUMNS": "120"}),
                            stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    drawn = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: the process ended
                break
            if not chunk:
                break
            drawn += chunk
        elif proc.poll() is not None:
            break
    os.close(master)
    return proc.wait(timeout=300), ANSI.sub("", drawn.decode("utf-8", "replace"))


def test_cli_progress_terminal_shows_a_bar_per_article(tmp_path: Path) -> None:
    code, drawn = run_on_a_terminal("build", SEEDS, "--store", tmp_path / "store", "-q",
                                    cwd=tmp_path)
    assert code == 0
    assert "building" in drawn
    assert re.search(r"\b2/2 articles\b", drawn), drawn[-500:]
    assert re.search(r"\b[01]/2 articles\b", drawn) or "/s" in drawn
    assert "━" in drawn  # the bar
    assert re.search(r"\d+:\d\d:\d\d", drawn)  # time left
