"""What encoding the bytes of an HTML page are in, found as a browser finds it.

Shared by :func:`~readout_parser.parse_html` (given bytes) and the command
line's ``--html``: a byte order mark first, then the charset named by the
caller (a server header's) or else by the page's ``<meta>`` tag, then
UTF-8, the encoding of the ministry's pages. Names are read as the WHATWG
Encoding Standard reads them, as browsers do: "iso-8859-1" and "ascii" are
windows-1252, "x-sjis" and "windows-31j" Shift_JIS.

>>> decode_html('<meta charset="Shift_JIS"><p>日本</p>'.encode("shift_jis"))
'<meta charset="Shift_JIS"><p>日本</p>'
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import NamedTuple

__all__ = [
    "WINDOWS_1252",
    "Choice",
    "declared_charset",
    "decode_html",
    "html_encoding",
    "marked_encoding",
    "suggested_encoding",
    "web_encoding",
    "wide_encoding",
]

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

WINDOWS_1252 = "windows-1252"
"""The name of the encoding that "iso-8859-1", "latin1", "ascii" and
"windows-1252" name on the web: Python's cp1252, with its five unassigned
bytes read as the control characters of the same numbers, as browsers do."""

# Names a browser reads as another encoding than Python's codec of that name,
# or that Python does not know (the WHATWG Encoding Standard's labels).
_WEB_NAMES: dict[str, str] = {
    **dict.fromkeys(
        (
            "ascii",
            "us-ascii",
            "ansi_x3.4-1968",
            "iso-8859-1",
            "iso8859-1",
            "iso88591",
            "iso_8859-1",
            "iso_8859-1:1987",
            "iso-ir-100",
            "latin1",
            "latin-1",
            "l1",
            "cp819",
            "ibm819",
            "csisolatin1",
            "cp1252",
            "windows-1252",
            "x-cp1252",
        ),
        WINDOWS_1252,
    ),
    **dict.fromkeys(
        (
            "shift_jis",
            "shift-jis",
            "sjis",
            "x-sjis",
            "ms_kanji",
            "csshiftjis",
            "windows-31j",
            "ms932",
            "x-ms-cp932",
            "cp932",
        ),
        # What the web calls Shift_JIS is Microsoft's, with its extra characters.
        "cp932",
    ),
    **dict.fromkeys(
        ("gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "gb_2312-80", "iso-ir-58"), "gbk"
    ),
    **dict.fromkeys(("big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5"), "big5hkscs"),
    **dict.fromkeys(
        ("euc-kr", "ks_c_5601-1987", "windows-949", "korean", "csksc56011987"), "cp949"
    ),
    **dict.fromkeys(("tis-620", "iso-8859-11", "windows-874", "dos-874"), "cp874"),
    **dict.fromkeys(("iso-8859-9", "latin5", "l5", "windows-1254"), "cp1254"),
    **dict.fromkeys(("x-euc-jp", "cseucpkdfmtjapanese"), "euc_jp"),
    # With no byte order mark, the web reads UTF-16 little-endian.
    **dict.fromkeys(("utf-16", "unicode", "csunicode", "iso-10646-ucs-2", "ucs-2"), "utf-16-le"),
    "utf-32": "utf-32-le",
    **dict.fromkeys(
        ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"), "utf-8"
    ),
}


class Choice(NamedTuple):
    """The encoding chosen for a page's bytes, and what chose it."""

    encoding: str
    """A Python codec, or :data:`WINDOWS_1252`."""
    origin: str
    """"mark", "named", "meta", "wide" (NUL bytes placed as UTF-16's) or "default"."""
    label: str | None = None
    """The name the caller or the page gave, as given."""


def web_encoding(label: str) -> str | None:
    """The encoding a browser reads for the charset name *label*, or None if unknown.

    A codec of Python's that reads no text ("hex", "rot13", "base64") or that
    browsers refuse ("utf-7") is none.

    >>> web_encoding("ISO-8859-1"), web_encoding("x-sjis"), web_encoding("EUC-JP")
    ('windows-1252', 'cp932', 'euc_jp')
    >>> web_encoding("x-unknown"), web_encoding("hex"), web_encoding("utf-7")
    (None, None, None)
    """
    name = label.strip().lower()
    if name in _WEB_NAMES:
        return _WEB_NAMES[name]
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    if not codec._is_text_encoding or codec.name in _REFUSED:
        return None
    return codec.name


# Text encodings of Python's that no browser reads a page in.
_REFUSED = frozenset({"utf-7"})


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
    """The charset name an HTML page's ``<meta>`` tag declares, as written, if any.

    >>> declared_charset(b'<html><head><meta charset="Shift_JIS"></head>')
    'Shift_JIS'
    >>> declared_charset(b"<p>No declaration</p>") is None
    True
    >>> declared_charset(b'<!-- <meta charset="Shift_JIS"> --><meta charset="utf-8">')
    'utf-8'
    """
    head = _COMMENT.sub(_blank, data[:MAX_CHARSET_BYTES])
    found = _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found is not None else None


# A comment, closed or left open: "<!-- <meta charset="Shift_JIS"> -->".
_COMMENT = re.compile(rb"<!--.*?(?:-->|\Z)", re.DOTALL)


def _blank(comment: re.Match[bytes]) -> bytes:
    """A comment's bytes as spaces: what a browser's scan for the charset skips."""
    return b" " * (comment.end() - comment.start())


def wide_encoding(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 byte order that puts *data*'s NUL bytes where they are.

    Text of mostly Latin letters in UTF-16-LE has a NUL at nearly every odd
    offset and none at even ones ("M\\0a\\0y\\0"); UTF-32-LE has NULs at
    offsets 1-3 of every four bytes.

    >>> wide_encoding("<p>Japan-Peru</p>".encode("utf-16-le")), wide_encoding(b"<p>Peru</p>")
    ('utf-16-le', None)
    """

    def nul_share(start: int, step: int) -> float:
        column = data[start::step]
        return column.count(0) / len(column) if column else 0.0

    quarters = [nul_share(start, 4) for start in range(4)]
    if len(data) >= 8 and quarters[2] > 0.9 and quarters[3] > 0.9 and quarters[0] < 0.5:
        return "utf-32-le"
    if len(data) >= 8 and quarters[0] > 0.9 and quarters[1] > 0.9 and quarters[3] < 0.5:
        return "utf-32-be"
    even, odd = nul_share(0, 2), nul_share(1, 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def html_encoding(data: bytes, encoding: str | None = None) -> Choice:
    """The encoding to read the HTML page *data* in, as a browser chooses it.

    Its byte order mark's; else *encoding*'s (a server header's charset),
    else its ``<meta>`` tag's, read as the web reads those names (a name
    that is no encoding is passed over, as a browser passes it over); else
    the UTF-16 or UTF-32 its NUL bytes show; else UTF-8. Where windows-1252
    is named, see :func:`_mislabelled`.

    >>> html_encoding(b'<meta content="text/html; charset=euc-jp">').encoding
    'euc_jp'
    >>> html_encoding(b'<meta charset="iso-8859-1"><p>Jos\\xe9</p>').encoding
    'windows-1252'
    >>> html_encoding('<meta charset="iso-8859-1"><p>José</p>'.encode()).encoding
    'utf-8'
    >>> html_encoding(b"<p>Japan-India Relations</p>")
    Choice(encoding='utf-8', origin='default', label=None)
    """
    marked = marked_encoding(data)
    if marked is not None:
        return Choice(marked, "mark")
    named = web_encoding(encoding) if encoding is not None else None
    if named is not None:
        return _mislabelled(data, Choice(named, "named", encoding))
    label = declared_charset(data)
    declared = web_encoding(label) if label is not None else None
    if declared is None:
        # UTF-16 or UTF-32 with no mark declares nothing a scan can read.
        wide = wide_encoding(data) if data.count(0) else None
        return Choice(wide, "wide") if wide is not None else Choice("utf-8", "default", label)
    if declared.startswith(("utf-16", "utf-32")):
        # A page whose <meta> tag reads as ASCII is in neither, whatever it declares.
        return Choice("utf-8", "meta", label)
    return _mislabelled(data, Choice(declared, "meta", label))


def _mislabelled(data: bytes, choice: Choice) -> Choice:
    """*choice*, or the encoding *data* is in where windows-1252 is named for it by mistake.

    Bytes that are UTF-8 with characters beyond ASCII are UTF-8; where a
    server's default (ISO-8859-1) is named, a page whose ``<meta>`` tag
    declares an encoding that reads its bytes as the text they were written
    in is in that one: mislabels common on older servers, never text meant so.
    """
    if choice.encoding != WINDOWS_1252 or data.isascii():
        return choice
    if _whole_utf_8(data):
        return choice._replace(encoding="utf-8")
    if choice.origin == "named" and (choice.label or "").strip().lower() in _SERVER_DEFAULTS:
        label = declared_charset(data)
        page = web_encoding(label) if label is not None else None
        if page is not None and page != WINDOWS_1252 and _reads_as_meant(data, page):
            return Choice(page, "meta", label)
    return choice


# The charsets a server names when it knows none ("ISO-8859-1", Apache's and
# HTTP/1.1's default), which a page's own declaration outranks; a name a
# caller chose ("cp1252", "latin-1") is kept.
_SERVER_DEFAULTS = frozenset({"iso-8859-1", "iso8859-1", "iso_8859-1", "us-ascii"})


def _reads_as_meant(data: bytes, encoding: str) -> bool:
    """Whether *encoding* reads every byte of *data*, as the text it was written in.

    Japanese encodings read most bytes of Latin text too ("Peña" in cp1252
    is a character of Shift_JIS's private area): their reading must hold
    kana or kanji.
    """
    try:
        text = _decoded(data, encoding)
    except UnicodeDecodeError:
        return False
    return encoding not in ("cp932", "euc_jp", "shift_jis") or (
        _holds_kana(text) or _holds_kanji(text)
    )


def _whole_utf_8(data: bytes) -> bool:
    """Whether *data* is UTF-8 to its last byte: "Caf\\xe9" at the end is no cut character."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(
    data: bytes,
    encoding: str | None = None,
    *,
    function: str = "decode_html",
    choice: Choice | None = None,
) -> str:
    """The text of the HTML page *data*, in the encoding :func:`html_encoding` chooses.

    A character cut off at the end (a download that stopped inside it) is
    left out, so the page parses as far as it goes. A byte the encoding
    cannot read raises :class:`UnicodeDecodeError` with a message saying
    where it is and what to do; nothing is replaced. *function* names the
    caller in that message; *choice* is :func:`html_encoding`'s, where the
    caller has it already.

    >>> decode_html(b"\\xef\\xbb\\xbf<p>Mr. Kishida</p>")
    '<p>Mr. Kishida</p>'
    >>> decode_html("<p>Ministers’".encode()[:-1])
    '<p>Ministers'
    >>> try:
    ...     decode_html('<p>日本と'.encode("euc-jp"))
    ... except UnicodeDecodeError as error:
    ...     print(error.reason.split("; ")[1])
    name its encoding, e.g. decode_html(data, encoding='euc_jp'), or decode it first
    """
    if choice is None:
        choice = html_encoding(data, encoding)
    try:
        return _decoded(data, choice.encoding)
    except UnicodeDecodeError as error:
        whence = _whence(choice)
        if encoding is not None and web_encoding(encoding) is None:
            whence = (
                f"(encoding={encoding!r} is no encoding a browser reads, so it was passed over)"
            )
        error.reason = (
            f"the HTML is not valid {choice.encoding} {whence}; name its encoding, "
            f"e.g. {function}(data, encoding={suggested_encoding(data, choice.encoding)!r}), "
            "or decode it first"
        )
        raise


def _whence(choice: Choice) -> str:
    """Why *choice* was made, for a message: "as its <meta> tag declares"."""
    if choice.origin == "mark":
        return "as its byte order mark says"
    if choice.origin == "named":
        return "as encoding= names it"
    if choice.origin == "meta":
        return "as its <meta> tag declares"
    if choice.origin == "wide":
        return "as its NUL bytes show"
    if choice.label is not None:
        return f"(its <meta> tag declares {choice.label!r}, no encoding Python knows)"
    return "(it declares no other encoding in a <meta> tag)"


def _decoded(data: bytes, encoding: str) -> str:
    """*data* decoded, a character cut off at the end left out."""
    if encoding == WINDOWS_1252:
        return data.decode("latin-1").translate(_windows_1252_table())
    decoder = codecs.getincrementaldecoder(encoding)()
    # Not final: bytes of a character the end cut off wait for more, and are dropped.
    return decoder.decode(data, final=False)


@functools.cache
def _windows_1252_table() -> dict[int, str]:
    """What each control character of Latin-1 (0x80-0x9F) is in windows-1252, where it differs."""
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # unassigned: the control character, as browsers read it
    return table


# Encodings a page of the site may be in, tried in this order for the hint of
# an error message: Japanese pages (EUC-JP first, as Shift_JIS reads much
# of it, not the reverse), then Western ones (which read any bytes).
_LIKELY = ("utf-8", "euc_jp", "shift_jis", "cp1252")


def suggested_encoding(data: bytes, failed: str) -> str:
    """An encoding to try on *data*, which *failed* could not read.

    The one the page declares, if it reads every byte; else the first of
    UTF-8, EUC-JP and Shift_JIS (read so, with kana in it) and
    windows-1252 that does; never *failed*.

    >>> suggested_encoding("日本とペルー".encode("shift_jis"), "utf-8")
    'shift_jis'
    >>> suggested_encoding("Jos\xe9".encode("cp1252"), "utf-8")
    'cp1252'
    >>> suggested_encoding(b"\\x81\\x81", "cp1252")
    'shift_jis'
    """
    tried = web_encoding(failed) or failed
    declared = declared_charset(data)
    fallback = None
    for name in (declared, *_LIKELY) if declared is not None else _LIKELY:
        encoding = web_encoding(name)
        if encoding is None or encoding == tried:
            continue
        try:
            text = _decoded(data, encoding)
        except UnicodeDecodeError:
            continue
        if (
            name == declared
            or encoding in ("utf-8", WINDOWS_1252)
            or _holds_kana(text)
            # EUC-JP reads few bytes it was not written in: its kanji are kanji.
            or (encoding == "euc_jp" and _holds_kanji(text))
        ):
            return name
        fallback = fallback or name
    return fallback or "latin-1"


def _holds_kanji(text: str) -> bool:
    """Whether *text* holds the ideographs Japanese writes with."""
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _holds_kana(text: str) -> bool:
    """Whether *text* holds hiragana or katakana, as Japanese text always does."""
    return any("\u3040" <= char <= "\u30ff" for char in text)
