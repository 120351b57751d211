"""The public entry point: :func:`parse`."""

from __future__ import annotations

from readout_parser.model import Readout


def parse(text: str, *, strict: bool = False) -> Readout:
    """Parse the plain text of a meeting readout."""
    raise NotImplementedError
