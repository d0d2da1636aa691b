"""The built wheel works outside the checkout.

The wheel is built from a copy of the project's files, installed with its
dependencies into a fresh virtualenv in a temporary folder (pip takes the
dependencies from its cache or the configured wheel folders), and the
installed `kg` builds the seed articles, answers a named query and draws
the page there, with nothing of the checkout on its path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PROJECT_FILES = ("pyproject.toml", "README.md", "kg", "ontology", "queries")


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A fresh virtualenv with the wheel installed; its bin folder and environment."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    for name in PROJECT_FILES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "VIRTUAL_ENV", "FINKG_ONTOLOGY", "FINKG_QUERIES",
                          "FINKG_STORE")}
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(base / "dist"),
          str(source)], base, env)
    wheels = list((base / "dist").glob("finkg-*.whl"))
    assert len(wheels) == 1, wheels
    venv = base / "venv"
    # The venv gets no pip of its own (bootstrapping one costs seconds): this
    # process's pip installs into it through --python, as it would with its own.
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], base, env)
    _run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
          "--quiet", "--no-compile", str(wheels[0])], base, env)
    work = base / "work"
    work.mkdir()
    return venv / "bin", env


def test_the_package_data_is_inside_the_installed_package(
        installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    bin_dir, env = installed
    done = _run([str(bin_dir / "python"), "-c",
                 "import kg.resources as r; print(r.ontology_path('finkg.ttl'));"
                 "print(r.queries_dir() / 'partners.rq')"], tmp_path, env)
    ontology, query = (Path(line) for line in done.stdout.splitlines())
    assert ontology.is_file() and query.is_file()
    venv = bin_dir.parent.resolve()
    for path in (ontology, query):
        assert venv in path.resolve().parents, path
        assert ROOT not in path.resolve().parents, path


def test_the_installed_kg_builds_queries_and_draws(
        installed: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    bin_dir, env = installed
    kg = str(bin_dir / "kg")
    store = tmp_path / "store"
    built = _run([kg, "build", str(SEEDS), "--store", str(store)], tmp_path, env)
    assert "built 2 article(s)" in built.stdout
    answer = _run([kg, "query", "partners", "--param", "company=Alibaba Cloud",
                   "--store", str(store), "-f", "csv"], tmp_path, env)
    assert "International Olympic Committee" in answer.stdout
    page = tmp_path / "page.html"
    _run([kg, "viz", "-o", str(page), "--store", str(store)], tmp_path, env)
    html = page.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and "Qwen" in html
