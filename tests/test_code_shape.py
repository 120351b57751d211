"""The shape the source keeps: functions short enough to read at once.

Complexity is ruff's to check (C901, at most 15); the length of a function,
docstring included, is checked here: at most 60 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "readout_parser"

MAX_FUNCTION_LINES = 60


def _functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.name, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]


def test_no_function_is_longer_than_60_lines() -> None:
    files = sorted(SOURCE.rglob("*.py"))
    assert files
    too_long = [
        f"{path.relative_to(SOURCE)}: {name} ({lines} lines)"
        for path in files
        for name, lines in _functions(path)
        if lines > MAX_FUNCTION_LINES
    ]
    assert too_long == []
