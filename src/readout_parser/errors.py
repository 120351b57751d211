"""The exception :func:`readout_parser.parse` raises in strict mode."""

from __future__ import annotations

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
