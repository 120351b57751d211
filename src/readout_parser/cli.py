"""The ``readout-parser`` command: parse readout files and print them as JSON.

This is the only module of the package that reads the user's files and
writes to the terminal; the library itself (:func:`readout_parser.parse`)
takes and returns values.

Output: with one file, the readout's :meth:`~readout_parser.Readout.to_dict`
object; with several, or with ``--array`` for any number, a JSON array of
``{"file": NAME, "readout": {...}}`` in the order given; with ``--jsonl``, one
such ``{"file", "readout"}`` object per line whatever the number of files;
with ``--table meetings|participants|attendees|statements``, CSV: one row per
readout, per principal, per other attendee or per statement
(:mod:`readout_parser.tables`).
Standard input is named ``-`` on the command line and ``<stdin>`` in the
output and in every message.

Exit status (see :class:`ExitCode`): 0 when every file parsed; 1 when
``--strict`` is given and some readout has diagnostics; 2 for a usage
error; 3, 4, 5, 6, 7 when a file is missing, is a directory, cannot be
decoded, cannot be read or is larger than ``--max-size``; 130 when
interrupted (Ctrl-C); 141 when standard output is closed early. The other
files are still parsed and printed; the status is that of the first file
that failed.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import enum
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

import readout_parser
from readout_parser import charset, diagnostics
from readout_parser.diagnostics import EMPTY_INPUT, HTML_INPUT
from readout_parser.model import Diagnostic, Readout
from readout_parser.tables import COLUMNS, TABLES, Table

__all__ = ["ExitCode", "main"]

PROG = "readout-parser"
STDIN = "-"
"""The argument that reads standard input."""
STDIN_NAME = "<stdin>"
"""What standard input is called in the output and in messages."""


class ExitCode(enum.IntEnum):
    """The exit status of :func:`main`."""

    OK = 0
    """Every file was read and parsed."""
    DIAGNOSTICS = 1
    """``--strict`` was given and at least one readout has diagnostics."""
    USAGE = 2
    """The command line is wrong (unknown option, no file, unknown encoding)."""
    NOT_FOUND = 3
    """A file does not exist."""
    IS_DIRECTORY = 4
    """A path names a directory, not a file."""
    UNDECODABLE = 5
    """A file's bytes are not text in the expected encoding."""
    UNREADABLE = 6
    """A file exists but cannot be read (permissions, I/O error)."""
    TOO_LARGE = 7
    """A file is larger than ``--max-size``."""
    INTERRUPTED = 130
    """The run was interrupted (Ctrl-C); as a shell reports a process ended by SIGINT."""
    BROKEN_PIPE = 141
    """Standard output was closed early (``readout-parser *.txt | head``); as a shell
    reports a process ended by SIGPIPE."""


class _Failure(Exception):
    """A file that could not be turned into text, with the message to show."""

    def __init__(self, code: ExitCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@attrs.frozen
class _Options:
    files: tuple[str, ...]
    jsonl: bool
    array: bool
    table: Table | None
    strict: bool
    # None: UTF-8, or with --html the charset each page declares.
    encoding: str | None
    progress: bool
    html: bool
    # Files larger than this many bytes are refused; None: no limit.
    max_size: int | None = None
    # The codes --strict-codes makes errors; None: every code, under --strict.
    strict_codes: frozenset[str] | None = None
    # Print the text each file is parsed as rather than its readout.
    text: bool = False


def _table(name: str | None) -> Table | None:
    """The table *name* chose: argparse has checked it is one of TABLES."""
    return next(table for table in TABLES if table == name) if name is not None else None


_EPILOG = """\
exit status:
  0    every file was read and parsed
  1    --strict was given and some readout has diagnostics
  2    usage error
  3    a file does not exist
  4    a path is a directory
  5    a file cannot be decoded (see --encoding)
  6    a file cannot be read
  7    a file is larger than --max-size
  130  interrupted (Ctrl-C)
  141  standard output was closed early
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Parse the plain text of diplomatic meeting readouts and print them as JSON.\n"
            "With one FILE the output is the readout object; with several (or --array),\n"
            'an array of {"file": ..., "readout": ...} objects.'
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="a text file holding one readout; '-' reads standard input",
    )
    parser.add_argument(
        "--files-from",
        metavar="LIST",
        default=None,
        help="also read the files named in LIST, one path a line ('-': standard input), "
        "after any FILE: for more files than a command line holds, one output and one "
        "CSV header for all",
    )
    _add_output_options(parser)
    _add_input_options(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {readout_parser.__version__}",
    )
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    """The shape of the output: one object, JSON Lines, an array or CSV."""
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument(
        "--jsonl",
        action="store_true",
        help='print JSON Lines: one {"file": ..., "readout": ...} object per line',
    )
    shape.add_argument(
        "--array",
        action="store_true",
        help='always print a JSON array of {"file": ..., "readout": ...}, even for one file',
    )
    shape.add_argument(
        "--text",
        action="store_true",
        help="print the text each FILE is parsed as, not its readout: with --html the "
        "rendered page, whose offsets the spans are and whose lines --strict counts "
        "(several files each after a line '==> FILE <==')",
    )
    shape.add_argument(
        "--table",
        choices=TABLES,
        help="print CSV instead of JSON: one row per readout (meetings), per principal "
        "(participants), per other attendee with their side (attendees) or per sentence "
        "with who said it (statements)",
    )


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    """How the files are read and how strict, and what is shown while reading."""
    parser.add_argument(
        "--strict",
        action="store_true",
        help=(
            "print diagnostics to standard error as FILE:LINE: CODE: MESSAGE (with --html, "
            "LINE is a line of the rendered text) and exit with status 1 if there are any"
        ),
    )
    parser.add_argument(
        "--strict-codes",
        type=_codes,
        default=None,
        metavar="CODES",
        help="as --strict, for diagnostics of these codes only: a comma-separated list "
        "(truncated,no-date), 'structure' for the page's codes or 'meeting' for the "
        "meeting's (see readout_parser.diagnostics)",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="read each FILE as an HTML page: render it as a browser copy shows it, then "
        "parse that text (spans point into the rendered text)",
    )
    parser.add_argument(
        "--encoding",
        default=None,
        help="the encoding of the input files (default: utf-8); with --html, as a server "
        "header's charset: a page's byte order mark wins over it, and it over the charset "
        "the page's <meta> tag declares (default: the mark, the <meta>, else utf-8)",
    )
    parser.add_argument(
        "--max-size",
        type=_size,
        default=None,
        metavar="SIZE",
        help="refuse files larger than SIZE, in bytes or with a unit (500K, 2M, 1MB); "
        "default: no limit. Real readouts are under 200 KB; a stray huge file costs "
        "seconds and memory per megabyte",
    )
    parser.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="never show a progress bar (shown only on a terminal, with tqdm installed)",
    )


# A size with an optional unit: "500000", "500K", "2M", "1MB", "1.5 mb".
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _size(value: str) -> int:
    """The number of bytes *value* names (a unit of K, M or G counts 1024s).

    >>> _size("500K"), _size("2M"), _size("1MB"), _size("1000")
    (512000, 2097152, 1048576, 1000)
    """
    found = _SIZE.fullmatch(value)
    if found is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} is no size: give bytes (1000000) or a number with K, M or G (1M)"
        )
    return int(float(found.group(1)) * _UNITS[found.group(2).lower()])


def _codes(value: str) -> frozenset[str]:
    """The diagnostic codes *value* names: codes, or groups of them, apart by commas.

    >>> sorted(_codes("truncated, no-date"))
    ['no-date', 'truncated']
    >>> "meeting-no-lead" in _codes("meeting")
    True
    """
    try:
        return diagnostics.named_codes(value, given="--strict-codes")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parse_args(argv: Sequence[str] | None) -> _Options:
    parser = _parser()
    namespace = parser.parse_args(argv)
    web = namespace.html and namespace.encoding is not None
    try:
        if web and charset.web_encoding(namespace.encoding) is not None:
            # A name the web knows ("x-sjis", "windows-31j"), as parse_html reads it.
            pass
        elif (
            namespace.encoding is not None
            and not codecs.lookup(namespace.encoding)._is_text_encoding
        ):
            parser.error(
                f"{namespace.encoding} is no text encoding (it turns bytes into bytes); name "
                "the encoding the files are written in, such as utf-8, cp1252 or shift_jis"
            )
    except LookupError:
        parser.error(
            f"unknown encoding: {namespace.encoding}; name one Python knows, such as utf-8, "
            "cp1252, shift_jis or euc-jp"
        )
    if "" in namespace.files:
        # Path("") is the current directory; say what is really wrong.
        parser.error(
            "an empty file name was given (an unset shell variable?); "
            f"name a file, or {STDIN} for standard input"
        )
    files = [*namespace.files, *_listed_files(parser, namespace.files_from, namespace.files)]
    if not files:
        parser.error("no FILE was named: name the files to parse, or list them with --files-from")
    reads = sum(map(_names_stdin, files))
    if reads > 1 or (reads and _names_stdin(namespace.files_from)):
        parser.error(
            f"standard input can be read once: name it ({STDIN}, /dev/stdin, /dev/fd/0) once, "
            "and not in a list read from standard input"
        )
    return _Options(
        files=tuple(files),
        jsonl=namespace.jsonl,
        array=namespace.array,
        table=_table(namespace.table),
        strict=namespace.strict or namespace.strict_codes is not None,
        encoding=namespace.encoding,
        progress=namespace.progress,
        html=namespace.html,
        max_size=namespace.max_size,
        strict_codes=namespace.strict_codes,
        text=namespace.text,
    )


def _listed_files(
    parser: argparse.ArgumentParser, listing: str | None, named: Sequence[str]
) -> list[str]:
    """The paths *listing* names, one a line (blank lines skipped); none without a listing."""
    if listing is None:
        return []
    try:
        if _names_stdin(listing):
            if any(map(_names_stdin, named)):
                parser.error(
                    f"standard input cannot hold both the list of files and a readout: "
                    f"give --files-from a file, or drop {STDIN} from the FILEs"
                )
            buffer = getattr(sys.stdin, "buffer", None)
            data = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
        else:
            with open(listing, "rb") as stream:
                data = stream.read()
        # "utf-8-sig": a list saved with a byte order mark (Notepad) reads as one without.
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
        parser.error(f"cannot read the list of files {listing}: {reason}")
    if "\0" in text:
        parser.error(f"the list of files {listing} holds a NUL: it is no list of paths")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _names_stdin(name: str | None) -> bool:
    """Whether *name* is standard input: "-", one of its paths however spelt, or a link to it.

    A path is compared with standard input itself where that is a pipe or a
    terminal, which can be read once ("//dev/./stdin", "fd/0" in /dev, a
    link); a file redirected to standard input is read again by its name.
    """
    if name is None:
        return False
    if name == STDIN:
        return True
    path = "/" + os.path.normpath(name).lstrip("/") if name.startswith("/") else name
    if path in _STANDARD_INPUTS:
        return True
    try:
        named, stdin = os.stat(name), os.fstat(0)
    except (OSError, ValueError):
        return False
    once = stat.S_ISFIFO(stdin.st_mode) or stat.S_ISSOCK(stdin.st_mode) or os.isatty(0)
    return once and os.path.samestat(named, stdin)


# The paths of standard input, which read it as a file does.
_STANDARD_INPUTS = frozenset({"/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"})


def _read_bytes(name: str, max_size: int | None = None, *, html: bool = False) -> bytes:
    path = Path(name)
    if path.is_dir():
        raise _Failure(
            ExitCode.IS_DIRECTORY,
            f"{name}: is a directory, not a file; name the files in it "
            f"(for example {path / ('*.html' if html else '*.txt')})",
        )
    try:
        if max_size is None:
            return path.read_bytes()
        if path.is_file():
            _refuse_larger(name, path.stat().st_size, max_size)
            return path.read_bytes()
        # A pipe or a device ("/dev/zero") has no size to ask: read one byte
        # more than allowed, never all of it.
        with path.open("rb") as stream:
            data = stream.read(max_size + 1)
        _refuse_larger(name, len(data), max_size, whole=False)
        return data
    except FileNotFoundError:
        raise _Failure(ExitCode.NOT_FOUND, f"{name}: no such file{_not_found_hint(name)}") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise _Failure(ExitCode.UNREADABLE, f"{name}: cannot read: {reason}") from None


def _refuse_larger(name: str, size: int, max_size: int, *, whole: bool = True) -> None:
    """Refuse *name* when its *size* is over *max_size*: of all of it, or of the part read."""
    if size > max_size:
        held = f"{size:,} bytes" if whole else f"over {max_size:,} bytes"
        raise _Failure(
            ExitCode.TOO_LARGE,
            f"{name}: {held}, more than --max-size allows ({max_size:,}); not read. "
            "Check the file, or raise --max-size to read it",
        )


def _not_found_hint(name: str) -> str:
    """What a missing file's name suggests was meant, if anything."""
    if "://" in name:
        return (
            "; readout-parser reads files, not URLs: save the page first (for example "
            "with curl -o page.html URL) and read it with --html"
        )
    if any(char in name for char in "*?["):
        return "; no file matched this pattern"
    return ""


# The first bytes of files that hold no text, and what each is.
_BINARY_FORMATS = (
    (b"%PDF-", "a PDF file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .xlsx file is one)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)


def _refuse_binary(shown: str, data: bytes) -> None:
    """Refuse a file whose first bytes name a format that is no text."""
    for magic, what in _BINARY_FORMATS:
        if data.startswith(magic):
            raise _Failure(
                ExitCode.UNDECODABLE,
                f"{shown}: is {what}, not the text of a page; copy the page's text from a "
                "browser, or save the page as HTML and read it with --html.",
            )


def _guess_encoding(data: bytes) -> str | None:
    """An encoding the byte order mark names, for the hint in the error message."""
    for mark, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(mark):
            return encoding
    return None


def _decode(name: str, data: bytes, encoding: str) -> str:
    # Decoding keeps "\r\n" and a BOM as they are, so the spans of the
    # readout count characters of the file exactly as stored.
    shown = _shown(name)
    _refuse_binary(shown, data)
    _refuse_nul_bytes(shown, data, encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _undecodable(shown, data, encoding, error, error.reason) from None


def _decode_html(name: str, data: bytes, encoding: str | None) -> str:
    """The text of the HTML page *name*, decoded as :func:`~readout_parser.parse_html` does."""
    shown = _shown(name)
    _refuse_binary(shown, data)
    choice = charset.html_encoding(data, encoding)
    if choice.origin not in ("mark", "wide"):
        _refuse_nul_bytes(shown, data, _codec(choice.encoding))
    try:
        return charset.decode_html(data, encoding, choice=choice)
    except UnicodeDecodeError as error:
        why = (
            error.reason.split("; ", 1)[0]
            .removeprefix(f"the HTML is not valid {choice.encoding} ")
            .removeprefix("(")
            .removesuffix(")")
            .replace("encoding= ", "--encoding ")
            .replace("encoding=", "--encoding ")
        )
        raise _undecodable(shown, data, choice.encoding, error, why) from None


def _codec(encoding: str) -> str:
    return "cp1252" if encoding == charset.WINDOWS_1252 else encoding


def _undecodable(
    shown: str, data: bytes, encoding: str, error: UnicodeDecodeError, why: str
) -> _Failure:
    bad = data[error.start : error.end].hex(" ")
    suggestion = _guess_encoding(data) or charset.suggested_encoding(data, encoding)
    return _Failure(
        ExitCode.UNDECODABLE,
        f"{shown}: cannot decode as {encoding}: byte(s) {bad} at offset {error.start} "
        f"({why}). If the file is in another encoding, name it with "
        f"--encoding (for example --encoding {suggestion}), or convert the file to "
        f"UTF-8 first.",
    )


def _csv_value(value: object) -> object:
    """A value as the CSV tables write it: booleans as "true" and "false", as the docs say."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _shown(name: str) -> str:
    return STDIN_NAME if name == STDIN else name


def _refuse_nul_bytes(shown: str, data: bytes, encoding: str) -> None:
    """Refuse text with NUL bytes in it when *encoding* cannot mean them.

    UTF-16 or UTF-32 without a byte order mark decodes as UTF-8 (or any
    8-bit encoding) without an error, every other byte a NUL; parsed, it
    would give a readout of nothing but unplaced characters.
    """
    if not data.count(0) or codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        return
    if _guess_encoding(data) is not None:
        # A byte order mark names the encoding: the decoding error says which.
        return
    likely = charset.wide_encoding(data)
    if likely is not None:
        raise _Failure(
            ExitCode.UNDECODABLE,
            f"{shown}: looks like {likely} text without a byte order mark "
            f"(NUL bytes between the characters), not {encoding}. Name the encoding "
            f"with --encoding {likely}, or convert the file to UTF-8 first.",
        )
    if data.count(0) * 2 > len(data):
        raise _Failure(
            ExitCode.UNDECODABLE,
            f"{shown}: is mostly NUL bytes ({data.count(0):,} of {len(data):,}), "
            f"not {encoding} text. If it is UTF-16 or UTF-32 text, name the encoding "
            "with --encoding (for example --encoding utf-16-le); otherwise it is "
            "not a readout.",
        )


def _read_stdin(max_size: int | None) -> bytes | str:
    """Standard input's bytes; its text when it is a text stream (io.StringIO)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        # A stdin replaced by a text stream is already decoded.
        text = sys.stdin.read()
        if max_size is not None:
            _refuse_larger(STDIN_NAME, len(text.encode("utf-8")), max_size)
        return text
    # One byte over the limit is enough to refuse: a stray huge input is not read whole.
    data = buffer.read() if max_size is None else buffer.read(max_size + 1)
    if not isinstance(data, bytes):
        raise TypeError(f"standard input gave {type(data).__name__}, not bytes")
    if max_size is not None:
        _refuse_larger(STDIN_NAME, len(data), max_size, whole=False)
    return data


def _read_text(
    name: str, encoding: str | None, *, html: bool = False, max_size: int | None = None
) -> str:
    """The text of the file *name*, decoded as *encoding*, or as the page declares it.

    With no encoding named, an HTML page is decoded as its ``<meta>`` tag
    declares (as a browser does), and anything else as UTF-8.
    """
    read = _read_bytes(name, max_size, html=html) if name != STDIN else _read_stdin(max_size)
    if isinstance(read, str):
        return read
    data: bytes = read
    if html:
        return _decode_html(name, data, encoding)
    return _decode(name, data, encoding or "utf-8")


class _Progress:
    """A progress bar on standard error, or nothing when it cannot or should not show."""

    def __init__(self, total: int, stream: IO[str], enabled: bool, delay: float = 0.5) -> None:
        self._bar: Any = None
        self._stream = stream
        if not (enabled and total > 1 and _isatty(stream)):
            return
        try:
            from tqdm import tqdm
        except ImportError:
            # The bar is a convenience of the optional "cli" extra; without
            # tqdm the command works the same, silently.
            return
        # delay: a run over in a moment never flashes a bar.
        self._bar = tqdm(total=total, file=stream, unit="file", delay=delay, leave=False)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def message(self, text: str) -> None:
        # tqdm.write keeps a message from being drawn over by the bar.
        if self._bar is not None:
            self._bar.write(text, file=self._stream)
        else:
            print(text, file=self._stream)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _ascii_only(stream: IO[str]) -> bool:
    """Whether JSON must escape non-ASCII characters to be printable on *stream*."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name not in {"utf-8", "utf-16", "utf-32"}
    except LookupError:
        return True


def _counted(readout: Readout, options: _Options) -> tuple[Diagnostic, ...]:
    """The diagnostics of *readout* that --strict or --strict-codes make errors."""
    if not options.strict:
        return ()
    codes = options.strict_codes
    return tuple(d for d in readout.diagnostics if codes is None or d.code in codes)


def _diagnostic_lines(name: str, diagnostics: Sequence[Diagnostic]) -> Iterator[str]:
    shown = _shown(name)
    for diagnostic in diagnostics:
        yield f"{shown}:{diagnostic.line}: {diagnostic.code}: {diagnostic.message}"


class _Output:
    """Writes readouts to *out* in the shape the options ask for."""

    def __init__(self, out: IO[str], options: _Options) -> None:
        self._out = out
        self._ascii = _ascii_only(out)
        self._jsonl = options.jsonl
        self._table = options.table
        self._array = (
            not options.jsonl
            and not options.text
            and options.table is None
            and (options.array or len(options.files) > 1)
        )
        self._text = options.text
        self._several = len(options.files) > 1
        self._written = 0
        self._csv: csv.DictWriter[str] | None = None
        # The encoding to give standard output back once the CSV is written.
        self._restore: str | None = None
        if options.table is not None and self._ascii and isinstance(out, io.TextIOWrapper):
            # CSV is data, not a message to read on the terminal: a cell of
            # escapes would be corrupt, so the table is UTF-8 whatever the locale.
            out.flush()
            self._restore = out.encoding
            out.reconfigure(encoding="utf-8")
            self._ascii = False
        if options.table is not None:
            # One "\n" a row: the stream already turns it into the platform's line end.
            self._csv = csv.DictWriter(out, COLUMNS[options.table], lineterminator="\n")

    def start(self) -> None:
        if self._csv is not None:
            self._csv.writeheader()
        elif self._array:
            self._out.write("[")

    def write(self, name: str, readout: Readout, text: str) -> None:
        if self._text:
            if self._several:
                # Each file headed as head(1) heads it, a blank line between.
                self._out.write(("\n" if self._written else "") + f"==> {_shown(name)} <==\n")
            self._out.write(text if not text or text.endswith("\n") else text + "\n")
            self._written += 1
            return
        if self._csv is not None and self._table is not None:
            rows = [
                {key: _csv_value(value) for key, value in row.items()}
                for row in readout.rows(self._table, file=_shown(name))
            ]
            if self._ascii:
                # A stream that cannot take UTF-8 (not the standard one) gets
                # escapes, as JSON does.
                rows = [{key: _escaped(value) for key, value in row.items()} for row in rows]
            self._csv.writerows(rows)
            return
        record = {"file": _shown(name), "readout": readout.to_dict()}
        if self._jsonl:
            self._out.write(json.dumps(record, ensure_ascii=self._ascii) + "\n")
        elif self._array:
            self._out.write(",\n" if self._written else "\n")
            self._out.write(_indented(json.dumps(record, ensure_ascii=self._ascii, indent=2)))
        else:
            self._out.write(json.dumps(record["readout"], ensure_ascii=self._ascii, indent=2))
            self._out.write("\n")
        self._written += 1

    def finish(self) -> None:
        if self._array:
            self._out.write("\n]\n" if self._written else "]\n")
        self._out.flush()
        if self._restore is not None and isinstance(self._out, io.TextIOWrapper):
            self._out.reconfigure(encoding=self._restore)


def _run(options: _Options, out: IO[str], err: IO[str]) -> ExitCode:
    status = ExitCode.OK
    has_diagnostics = False
    output = _Output(out, options)
    progress = _Progress(len(options.files), err, options.progress)
    try:
        output.start()
        for name in options.files:
            try:
                text = _read_text(
                    name, options.encoding, html=options.html, max_size=options.max_size
                )
            except _Failure as failure:
                progress.message(f"{PROG}: error: {failure.message}")
                if status is ExitCode.OK:
                    status = failure.code
                progress.advance()
                continue
            readout = _parsed(text, options.html)
            for note in _notes(text, readout, options):
                progress.message(f"{PROG}: {_shown(name)}: {note}")
            counted = _counted(readout, options)
            if counted:
                has_diagnostics = True
                for line in _diagnostic_lines(name, counted):
                    progress.message(line)
            if options.text and options.html:
                # Only --text prints the rendered page: rendered again for it alone.
                text = readout_parser.html_to_text(text)
            output.write(name, readout, text)
            progress.advance()
        output.finish()
    finally:
        progress.close()
    if status is ExitCode.OK and has_diagnostics:
        return ExitCode.DIAGNOSTICS
    return status


def _notes(text: str, readout: Readout, options: _Options) -> Iterator[str]:
    """What standard error says of a file read as the wrong kind, or of nothing."""
    codes = {diagnostic.code for diagnostic in readout.diagnostics}
    html = options.html
    if not html and HTML_INPUT in codes:
        yield "the file is HTML; run with --html to read it as a page rather than as text"
    if html and "<" not in text and text.strip():
        yield (
            "the file has no HTML tags; it was read as HTML, as --html asks: drop --html "
            "to read it as text"
        )
    if EMPTY_INPUT in codes and not options.strict:
        # With --strict, the diagnostic itself says so.
        yield "the file holds no text"


def _parsed(text: str, html: bool) -> Readout:
    if html:
        return readout_parser.parse_html(text)
    return readout_parser.parse(text)


def _escaped(value: object) -> object:
    if isinstance(value, str) and not value.isascii():
        return value.encode("ascii", "backslashreplace").decode("ascii")
    return value


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (``sys.argv[1:]`` when None); return the exit status.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    readout-parser ...
    0
    """
    try:
        options = _parse_args(argv)
    except SystemExit as exit_:
        # argparse exits for --help, --version and usage errors; report its
        # status instead so callers (and tests) get a return value.
        return exit_.code if isinstance(exit_.code, int) else ExitCode.USAGE
    try:
        return int(_run(options, sys.stdout, sys.stderr))
    except KeyboardInterrupt:
        # Ctrl-C is how a user stops a long run: say so in one line, as a
        # shell would report it, without a traceback.
        print(f"{PROG}: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (`readout-parser *.txt | head`):
        # stop quietly, and keep Python from complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.BROKEN_PIPE
