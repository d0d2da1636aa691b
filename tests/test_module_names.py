"""Each module-level name of the package is bound once.

Rules grow in parallel: two changes may each add a helper or a constant of the same name to
one module (``_PAID_METRICS``), and the later binding silently replaces the earlier one for
every rule that read it. Linters flag a function defined twice, not a constant assigned twice.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bound_twice(source: str) -> list[str]:
    """The names a module's top level binds more than once: functions, classes and plain
    or annotated assignments (``__all__`` aside, which a module may extend)."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return sorted(name for name, count in Counter(names).items()
                  if count > 1 and name != "__all__")


def test_no_module_binds_a_name_twice() -> None:
    found = {path.relative_to(ROOT).as_posix(): twice
             for path in sorted((ROOT / "kg").rglob("*.py"))
             if (twice := bound_twice(path.read_text(encoding="utf-8")))}
    assert not found, f"names bound twice: {found}"


def test_the_check_finds_a_constant_assigned_twice() -> None:
    source = ('_WORDS = frozenset({"a"})\n\ndef rule() -> bool:\n    return "a" in _WORDS\n\n'
              '_WORDS = frozenset({"b"})\n')
    assert bound_twice(source) == ["_WORDS"]


def test_the_check_lets_a_name_bound_once_or_inside_a_function_pass() -> None:
    source = 'X = 1\n\ndef f() -> int:\n    X = 2\n    return X\n\n__all__ = ["X"]\n__all__ += ["f"]\n'
    assert bound_twice(source) == []
