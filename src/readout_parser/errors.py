"""The exception :func:`readout_parser.parse` raises in strict mode, and the
message for input of the wrong type."""

from __future__ import annotations

import os
from collections.abc import Collection

from readout_parser.diagnostics import named_codes
from readout_parser.model import Diagnostic, Readout

Strictness = bool | Collection[str]
"""What ``strict=`` takes: True for every diagnostic, or the codes that count
(codes or groups, ``"meeting"``, ``"structure"``; in one str apart by commas)."""


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


def not_text_message(function: str, what: str, value: object, kinds: str = "str") -> str:
    """The message for *value* given to *function* in place of *what*, of the *kinds* it takes.

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
            f"{function}() takes {what} as {kinds}, not {given}; decode it first, "
            f"e.g. {function}(data.decode('utf-8'))"
        )
    if isinstance(value, os.PathLike):
        return (
            f"{function}() takes {what} as {kinds}, not a path ({given}); read the file "
            f"first, e.g. {function}(path.read_text(encoding='utf-8'))"
        )
    if callable(getattr(value, "read", None)):
        return (
            f"{function}() takes {what} as {kinds}, not a file ({given}); read it first, "
            f"e.g. {function}(file.read())"
        )
    return f"{function}() takes {what} as {kinds}, not {given}"


def strict_codes(strict: Strictness) -> frozenset[str] | None:
    """The codes *strict* makes an error, or None for every code (or none, when false).

    Codes or groups of them (``"meeting"``, ``"structure"``), in a collection
    or one str, apart by commas as on the command line. A code no diagnostic
    has is refused, and so is an empty collection: neither may silently let
    every page through.

    >>> sorted(strict_codes({"truncated", "no-date"}))
    ['no-date', 'truncated']
    >>> strict_codes("truncated")
    frozenset({'truncated'})
    >>> sorted(strict_codes("truncated,no-date"))
    ['no-date', 'truncated']
    >>> "meeting-no-lead" in strict_codes("meeting")
    True
    >>> strict_codes({"truncatd"})
    Traceback (most recent call last):
      ...
    ValueError: strict= names 'truncatd', which is no diagnostic code (did you mean 'truncated'?); name codes such as 'truncated' or 'no-date', or a group: 'structure' or 'meeting' (every code is in readout_parser.diagnostics.CODES)
    """  # noqa: E501
    if strict is None or isinstance(strict, (bool, int)) or strict == "":
        # None, 0, 1 or "" (an option left unset) are false or true, as ever.
        return None
    if not isinstance(strict, (str, Collection)) or isinstance(strict, (bytes, bytearray)):
        raise TypeError(
            f"strict= takes True, False or diagnostic codes (a collection of them, or one), "
            f"not {type(strict).__name__}"
        )
    return named_codes(strict)


def check_strict(readout: Readout, strict: Strictness) -> Readout:
    """*readout*, or :class:`ReadoutError` raised when *strict* makes one of its diagnostics an error."""  # noqa: E501
    if not strict or not readout.diagnostics:
        return readout
    codes = strict_codes(strict)
    if codes is None or any(d.code in codes for d in readout.diagnostics):
        raise ReadoutError(readout)
    return readout
