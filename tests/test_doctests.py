"""The examples in the package's docstrings run, against the installed package.

The package's modules are imported by name (``readout_parser.cli``), not
collected from ``src/`` by path, so the same test passes in a checkout, an
editable install and an unpacked sdist installed into a fresh environment.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import readout_parser

MODULES = sorted(
    module.name
    for module in pkgutil.walk_packages(readout_parser.__path__, prefix="readout_parser.")
    if module.name != "readout_parser.__main__"  # running it would run the command line
)


def _examples(module: ModuleType) -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder(exclude_empty=True)
    return [test for test in finder.find(module) if test.examples]


def test_the_package_has_examples_to_run() -> None:
    modules = [readout_parser, *(importlib.import_module(name) for name in MODULES)]
    documented = [module.__name__ for module in modules if _examples(module)]
    # The package itself, parse, the model and the command line at least.
    assert {"readout_parser", "readout_parser.parser", "readout_parser.cli"} <= set(documented)


@pytest.mark.parametrize("name", ["readout_parser", *MODULES])
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    for test in _examples(module):
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
