"""The exception :func:`readout_parser.parse` raises in strict mode, and the
message for input of the wrong type."""

from __future__ import annotations

import os

from readout_parser.model import Diagnostic, Readout


class ReadoutError(ValueError):
    """Raised by ``parse(text, strict=True)`` when the readout has diagnostics.

    ``diagnostics`` are the problems found; ``readout`` is the partial result,
    so a caller can still use what did parse.

    >>> from readout_parser import parse, ReadoutError
    >>> try:
    ...     parse("", strict=True)
    ... except ReadoutError as error:
    ...     print(error.diagnostics[0].code)
    empty-input
    """

    def __init__(self, readout: Readout) -> None:
        self.readout = readout
        self.diagnostics: tuple[Diagnostic, ...] = readout.diagnostics
        lines = "; ".join(f"line {d.line}: {d.message} [{d.code}]" for d in self.diagnostics)
        count = len(self.diagnostics)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"readout has {count} {noun}: {lines}")

    def __reduce__(self) -> tuple[type[ReadoutError], tuple[Readout]]:
        # Rebuilt from the readout, so the error crosses process boundaries whole.
        return (type(self), (self.readout,))


def not_text_message(function: str, what: str, value: object) -> str:
    """The message for *value* given to *function* in place of *what*, a ``str``.

    >>> not_text_message("parse", "the page text", None)
    'parse() takes the page text as str, not NoneType'
    >>> not_text_message("parse", "the page text", b"Japan").split("; ")[1]
    "decode it first, e.g. parse(data.decode('utf-8'))"
    >>> from pathlib import PurePosixPath
    >>> not_text_message("parse", "the page text", PurePosixPath("page.txt")).split("; ")[1]
    "read the file first, e.g. parse(path.read_text(encoding='utf-8'))"
    """
    given = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        return (
            f"{function}() takes {what} as str, not {given}; decode it first, "
            f"e.g. {function}(data.decode('utf-8'))"
        )
    if isinstance(value, os.PathLike):
        return (
            f"{function}() takes {what} as str, not a path ({given}); read the file "
            f"first, e.g. {function}(path.read_text(encoding='utf-8'))"
        )
    if callable(getattr(value, "read", None)):
        return (
            f"{function}() takes {what} as str, not a file ({given}); read it first, "
            f"e.g. {function}(file.read())"
        )
    return f"{function}() takes {what} as str, not {given}"
