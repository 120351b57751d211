"""Coverage-guided fuzz target: any text goes into ``parse`` and a ``Readout`` comes out.

Run it with atheris (see ``tests/fuzz/README.md``)::

    python tests/fuzz/fuzz_parse.py /tmp/readout-fuzz seeds tests/corpus -max_len=8192

Each input is turned into a ``str`` in one of three ways, picked by its first
byte, so that the fuzzer reaches the shapes a scraper can hand over: UTF-8
with invalid sequences replaced, Latin-1 (every byte a character, as when a
page's encoding is guessed wrong) and arbitrary code points including lone
surrogates. The properties checked are the ones every caller relies on:
``parse`` returns a ``Readout``, every span lies inside the input, the
``to_dict`` form rebuilds an equal value, and ``to_json`` encodes as UTF-8.

Unless ``-dict=`` is given, libFuzzer is handed ``readout.dict`` beside this
file: month names, markers, photo labels, footers, honorifics, and Unicode
that case-insensitive matching and white-space handling can trip on
("ſ", "İ", the Kelvin sign, BOM, zero-width and bidi marks).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

DICTIONARY = Path(__file__).with_name("readout.dict")

# atheris is imported only when fuzzing, and readout_parser only under its
# instrumentation, so this module can be imported (for its doctests, or to
# replay an input with ``check``) where atheris is not installed.


def decode(data: bytes) -> str:
    """The text a fuzz input stands for; the first byte picks the decoding.

    >>> decode(b"\\x00caf\\xc3\\xa9"), decode(b"\\x01caf\\xc3\\xa9")
    ('café', 'cafÃ©')
    """
    if not data:
        return ""
    mode, rest = data[0] % 3, data[1:]
    if mode == 0:
        return rest.decode("utf-8", "replace")
    if mode == 1:
        return rest.decode("latin-1")
    return consume_unicode(rest)


def consume_unicode(data: bytes) -> str:
    """Arbitrary code points (lone surrogates included), the way atheris draws them."""
    atheris = _atheris()
    provider = atheris.FuzzedDataProvider(data)
    return str(provider.ConsumeUnicode(len(data)))


def _atheris() -> Any:
    import atheris  # type: ignore[import-not-found,import-untyped,unused-ignore]

    return atheris


def spans_of(value: object) -> list[Any]:
    """Every Span inside a model value, found by walking its attributes."""
    from readout_parser import Span

    found: list[Span] = []
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Span):
            found.append(item)
        elif isinstance(item, tuple):
            stack.extend(item)
        elif hasattr(item, "__attrs_attrs__"):
            stack.extend(getattr(item, a.name) for a in item.__attrs_attrs__)
    return found


def check(text: str) -> None:
    """Parse *text* and assert what every caller relies on.

    >>> check("Japan-China Relations\\nMay 9, 2018\\nThe two leaders met.")
    """
    from readout_parser import Readout, parse

    readout = parse(text)
    if not isinstance(readout, Readout):
        raise AssertionError(f"parse returned {type(readout).__name__}")
    for span in spans_of(readout):
        if not 0 <= span.start <= span.end <= len(text):
            raise AssertionError(f"span {span} outside the input of length {len(text)}")
    if Readout.from_dict(readout.to_dict()) != readout:
        raise AssertionError("Readout.from_dict(r.to_dict()) != r")
    # Lone surrogates are escaped, so the JSON always encodes.
    readout.to_json().encode("utf-8")


def fuzz_one_input(data: bytes) -> None:
    check(decode(data))


def main() -> None:
    atheris = _atheris()
    with atheris.instrument_imports(include=["readout_parser"]):
        import readout_parser  # noqa: F401  (instrumented here, used by check)
    argv = list(sys.argv)
    if not any(arg.startswith("-dict=") for arg in argv):
        argv.append(f"-dict={DICTIONARY}")
    atheris.Setup(argv, fuzz_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
