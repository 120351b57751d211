"""Patterns compiled on first use, so that importing the package stays cheap.

>>> WORD = LazyPattern(r"\\w+")
>>> WORD.search("  Kishida").group()
'Kishida'
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = ["LazyPattern"]


class LazyPattern:
    """A :mod:`regex` pattern that compiles the first time it is used."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.search`."""
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.match`."""
        return self.compiled.match(text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        """As :meth:`regex.Pattern.fullmatch`."""
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """As :meth:`regex.Pattern.finditer`."""
        return self.compiled.finditer(text, pos, endpos)
