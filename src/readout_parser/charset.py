"""What encoding the bytes of an HTML page are in, found as a browser finds it.

Shared by :func:`~readout_parser.parse_html` (given bytes) and the command
line's ``--html``: a byte order mark first, then the charset the page's
``<meta>`` tag declares, then UTF-8, the encoding of the ministry's pages.

>>> decode_html('<meta charset="Shift_JIS"><p>日本</p>'.encode("shift_jis"))
'<meta charset="Shift_JIS"><p>日本</p>'
"""

from __future__ import annotations

import codecs
import re

__all__ = ["declared_charset", "decode_html", "html_encoding", "marked_encoding"]

# A charset an HTML page declares: <meta charset="Shift_JIS">, <meta
# http-equiv="Content-Type" content="text/html; charset=euc-jp">.
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)

# A page declares its charset near its top: this many bytes are searched.
MAX_CHARSET_BYTES = 4096

# Byte order marks, longest first (a UTF-32 mark opens with a UTF-16 one),
# and the codec that reads the text after each.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def marked_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of *data* names, if any.

    >>> marked_encoding(b"\\xef\\xbb\\xbf<p>"), marked_encoding(b"<p>")
    ('utf-8-sig', None)
    """
    for mark, encoding in _MARKS:
        if data.startswith(mark):
            return encoding
    return None


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page's ``<meta>`` tag declares, if Python knows it.

    A page read as ASCII cannot be in UTF-16 or UTF-32, whatever it
    declares, so such a declaration means UTF-8, as browsers take it.

    >>> declared_charset(b'<html><head><meta charset="Shift_JIS"></head>')
    'Shift_JIS'
    >>> declared_charset(b'<meta charset="utf-16">')
    'utf-8'
    >>> declared_charset(b"<p>No declaration</p>") is None
    True
    """
    found = _META_CHARSET.search(data, 0, MAX_CHARSET_BYTES)
    if found is None:
        return None
    name = found.group(1).decode("ascii")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else name


def html_encoding(data: bytes) -> str:
    """The encoding to read the HTML page *data* in: its mark's, its ``<meta>``'s, or UTF-8.

    >>> html_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">')
    'euc-jp'
    >>> html_encoding(b"<p>Japan-India Relations</p>")
    'utf-8'
    """
    return marked_encoding(data) or declared_charset(data) or "utf-8"


def decode_html(data: bytes, encoding: str | None = None, *, function: str = "decode_html") -> str:
    """The text of the HTML page *data*, in *encoding* or the one :func:`html_encoding` finds.

    A byte the encoding cannot read raises :class:`UnicodeDecodeError` with
    a message saying where it is and what to do; nothing is replaced.
    *function* names the caller in that message.

    >>> decode_html(b"\\xef\\xbb\\xbf<p>Mr. Kishida</p>")
    '<p>Mr. Kishida</p>'
    >>> try:
    ...     decode_html(b"<p>Mart\\xednez</p>")
    ... except UnicodeDecodeError as error:
    ...     print(error.reason.split("; ")[1])
    name its encoding, e.g. decode_html(data, encoding='cp1252'), or decode it first
    """
    chosen = encoding or html_encoding(data)
    try:
        return data.decode(chosen)
    except UnicodeDecodeError as error:
        if encoding is not None:
            whence = "as named"
        elif declared_charset(data) is not None:
            whence = "as its <meta> tag declares"
        else:
            whence = "(it declares no other encoding in a <meta> tag)"
        other = "shift_jis" if codecs.lookup(chosen).name == "cp1252" else "cp1252"
        error.reason = (
            f"the HTML is not valid {chosen} {whence}; name its encoding, e.g. "
            f"{function}(data, encoding={other!r}), or decode it first"
        )
        raise
