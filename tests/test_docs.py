"""Every code example in the documentation and the README runs, so the docs cannot rot.

What runs, per Markdown file (``docs/*.md`` and ``README.md``), in order:

- ```` ```python ```` (or ``py``, ``pycon``) blocks. A block with ``>>>``
  prompts is a doctest: the output shown must match (``...`` stands for any
  text). A block without prompts is executed and must assert what it shows.
  All blocks of one file share one namespace, like the cells of a notebook.
- ```` ```console ```` blocks. Each ``$ readout-parser ARGS`` (or
  ``$ python -m readout_parser ARGS``) line runs the command line in-process
  and must print the lines that follow it, up to the next ``$`` line
  (``...`` again stands for any text). Arguments are split as a shell does
  and ``*`` patterns expanded; pipes and redirections are not supported and
  fail the test. Other commands in a console block, such as ``pip install``,
  are shown to the reader and not run.

Other blocks (``sh``, ``text``, ``json``, MyST directives) are not code to run.
Examples run from the repository root, so they may read ``seeds/``.
"""

from __future__ import annotations

import contextlib
import doctest
import gc
import glob
import io
import shlex
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import regex

import readout_parser
from readout_parser import diagnostics
from readout_parser.cli import ExitCode, _parser, main
from readout_parser.diagnostics import MEETING_CODES

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]

# The opening line of a fenced block and its info string:
# "```python", "  ~~~ console", "````{eval-rst}".
OPENING_FENCE = regex.compile(r"^(?P<indent>[ ]{0,3})(?P<fence>`{3,}|~{3,})[ ]*(?P<info>[^`]*)$")

# A console line that runs the command line: "$ readout-parser --jsonl a.txt",
# "$ python -m readout_parser -".
COMMAND = regex.compile(r"^\$[ ]+(?:readout-parser|python3?[ ]+-m[ ]+readout_parser)(?=[ ]|$)(.*)$")

PYTHON_LANGUAGES = frozenset({"python", "py", "pycon", "python3"})
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@attrs.frozen
class Block:
    """A fenced code block: its language, text, and the line its code starts on."""

    language: str
    code: str
    line: int


def blocks(markdown: str) -> Iterator[Block]:
    """The fenced code blocks of *markdown*, in order."""
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        opening = OPENING_FENCE.match(lines[index])
        index += 1
        if opening is None:
            continue
        fence = opening["fence"]
        closing = regex.compile(rf"^[ ]{{0,3}}{regex.escape(fence[0])}{{{len(fence)},}}[ ]*$")
        start = index
        while index < len(lines) and not closing.match(lines[index]):
            index += 1
        words = opening["info"].split()
        language = words[0].lower() if words else ""
        indent = len(opening["indent"])
        body = [line[indent:] if line[:indent].isspace() else line for line in lines[start:index]]
        yield Block(language, "\n".join(body) + "\n", start + 1)
        index += 1


def _run_python(block: Block, path: Path, namespace: dict[str, Any]) -> list[str]:
    name = f"{path.name}:{block.line}"
    if ">>>" not in block.code:
        exec(compile(block.code, name, "exec"), namespace)
        return []
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.code, namespace, name, str(path), block.line - 1)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=report.write, clear_globs=False)
    # DocTest works on a copy of the namespace; later blocks see what this one defined.
    namespace.update(test.globs)
    return [report.getvalue()] if runner.failures else []


def _commands(block: Block) -> Iterator[tuple[int, list[str], str]]:
    """Each command-line run in a console block: line, arguments, expected output."""
    lines = block.code.splitlines()
    for number, line in enumerate(lines):
        command = COMMAND.match(line)
        if command is None:
            continue
        expected: list[str] = []
        for following in lines[number + 1 :]:
            if following.startswith("$"):
                break
            expected.append(following)
        yield block.line + number, _arguments(command[1]), "\n".join(expected).strip() + "\n"


def _arguments(command_line: str) -> list[str]:
    """The arguments a shell would pass for *command_line*."""
    lexer = shlex.shlex(command_line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    words = list(lexer)
    operators = [word for word in words if word and set(word) <= set("|&;<>()")]
    if operators:
        raise ValueError(f"shell operator {operators[0]!r} in a documented command: {command_line}")
    expanded: list[str] = []
    for word in words:
        matches = sorted(glob.glob(word)) if glob.has_magic(word) else []
        expanded.extend(matches or [word])
    return expanded


def _run_console(block: Block, path: Path) -> list[str]:
    failures = []
    checker = doctest.OutputChecker()
    for line, arguments, expected in _commands(block):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
            main(arguments)
        got = printed.getvalue().strip() + "\n"
        if not checker.check_output(expected, got, FLAGS):
            failures.append(
                f"{path.name}:{line}: readout-parser {shlex.join(arguments)}\n"
                f"expected:\n{expected}got:\n{got}"
            )
    return failures


def test_blocks_finds_fences_languages_and_lines() -> None:
    markdown = (
        "Intro\n\n```python\nx = 1\n```\n\n````{eval-rst}\n```\n````\n~~~ console\n$ a\n~~~\n"
    )
    assert list(blocks(markdown)) == [
        Block("python", "x = 1\n", 4),
        Block("{eval-rst}", "```\n", 8),
        Block("console", "$ a\n", 11),
    ]


def test_commands_pair_each_command_with_its_output() -> None:
    block = Block(
        "console",
        "$ pip install readout-parser\n$ readout-parser --version\nreadout-parser 1.0\n"
        "$ python -m readout_parser 'a b.txt'\n",
        10,
    )
    assert list(_commands(block)) == [
        (11, ["--version"], "readout-parser 1.0\n"),
        (13, ["a b.txt"], "\n"),
    ]


def test_every_diagnostic_code_has_a_section() -> None:
    page = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    headings = set(regex.findall(r"(?m)^### `([a-z-]+)`$", page))
    assert headings == set(diagnostics.CODES) | set(MEETING_CODES)


def test_every_exit_status_is_in_the_table() -> None:
    page = (ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")
    rows = {int(number) for number in regex.findall(r"(?m)^\| (\d+) \|", page)}
    assert rows == {int(code) for code in ExitCode}


def test_the_api_reference_lists_every_public_name() -> None:
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    names = set(regex.findall(r"readout_parser\.(\w+)", page))
    names |= {
        name
        for line in regex.findall(r"(?m)^\s+:members: (.+)$", page)
        for name in line.split(", ")
    }
    assert set(readout_parser.__all__) - names == set()
    constants = {
        name
        for name, value in vars(diagnostics).items()
        if name.isupper() and not name.startswith("_") and isinstance(value, str | tuple)
    }
    assert {"EMPTY_BODY", "MEETING_CODES", "MEETING_NO_YEAR"} <= constants
    assert constants - names == set()


def _readme_section(heading: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(f"\n## {heading}\n")
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end >= 0 else None]


def test_the_readme_lists_every_option_and_exit_status() -> None:
    section = _readme_section("Command line")
    options = {
        option
        for action in _parser()._actions
        for option in action.option_strings
        if option.startswith("--")
    }
    assert {"--array", "--encoding", "--no-progress"} <= options
    assert not {option for option in options if f"`{option}" not in section}
    rows = {int(number) for number in regex.findall(r"(?m)^\| (\d+) \|", section)}
    assert rows == {int(code) for code in ExitCode}


def test_arguments_are_split_and_expanded_as_by_a_shell(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    assert _arguments("--jsonl 'a b.txt' seeds/00[01]_*.txt") == [
        "--jsonl",
        "a b.txt",
        "seeds/000_431f2bd34a799d22.txt",
        "seeds/001_14833195580d7924.txt",
    ]
    with pytest.raises(ValueError, match=r"shell operator '\|'"):
        _arguments("seeds/000_431f2bd34a799d22.txt | head")


def test_there_are_examples_to_run() -> None:
    languages = [b.language for path in DOCUMENTS for b in blocks(path.read_text("utf-8"))]
    assert languages.count("python") + languages.count("pycon") >= 10
    assert "console" in languages


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_examples_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    failures: list[str] = []
    # An example that warns (an unclosed file, a deprecated call, a fork in a
    # process with threads) is an example a reader should not copy.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for block in blocks(path.read_text(encoding="utf-8")):
            if block.language in PYTHON_LANGUAGES:
                failures.extend(_run_python(block, path, namespace))
            elif block.language == "console":
                failures.extend(_run_console(block, path))
        gc.collect()  # an unclosed file warns when it is collected
    failures.extend(
        f"{path.name}: {warning.category.__name__}: {warning.message}" for warning in caught
    )
    assert not failures, "\n".join(failures)
