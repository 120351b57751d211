"""From HTML to text and to a readout: ``html_to_text`` and ``parse_html``.

The pages in ``tests/html`` are written to the site's structure: breadcrumb,
headline, date, photos with alt text and a credit, lead, numbered items with
nested lists, "Back to ..." footer, and the scripts, styles and page furniture
around them. Next to each page, its ``.txt`` is the text a reader sees in a
browser, written out by hand from the HTML (it holds the page's no-break
spaces as they are).
"""

from __future__ import annotations

import codecs
import html as html_module
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readout_parser import (
    MeetingFormat,
    Readout,
    ReadoutError,
    Section,
    Span,
    html_to_text,
    parse,
    parse_html,
)
from walk import spans_of

PAGES = Path(__file__).resolve().parent / "html"
PAGE_NAMES = sorted(path.stem for path in PAGES.glob("*.html"))


def page(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def outline(sections: tuple[Section, ...]) -> list[tuple[str, str | None, object]]:
    """Each section's marker, heading and the outline of its subsections."""
    return [(section.marker, section.heading, outline(section.subsections)) for section in sections]


def test_every_page_has_its_text() -> None:
    assert [path.stem for path in sorted(PAGES.glob("*.txt"))] == PAGE_NAMES
    assert len(PAGE_NAMES) >= 3


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_a_page_renders_as_a_browser_shows_it(name: str) -> None:
    expected = (PAGES / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")
    assert html_to_text(page(name)) == expected


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_a_page_cut_off_anywhere_in_its_body_is_truncated(name: str) -> None:
    # A download that stopped between tags, or right after a full stop,
    # leaves text that may read whole: the markup, never closed, tells.
    html = page(name)
    assert "truncated" not in {d.code for d in parse_html(html).diagnostics}
    body = html.index("<body")
    for cut in range(body, html.lower().index("</body>"), 37):
        readout = parse_html(html[:cut])
        truncated = [d for d in readout.diagnostics if d.code == "truncated"]
        assert len(truncated) == 1, (cut, [d.code for d in readout.diagnostics])


@pytest.mark.parametrize(
    "html",
    [
        # End tags left out of a page whole, its footer read: no cut.
        "<!DOCTYPE html><html><body><div><p>Japan-China Relations</p><h1>Japan-China Summit"
        "</h1><p>May 9, 2018</p><p>On May 9, the two leaders met.</p>"
        "<p>Back to Japan-China Relations</p></div>",
    ],
)
def test_a_whole_page_with_no_end_tags_is_no_cut(html: str) -> None:
    assert "truncated" not in {d.code for d in parse_html(html).diagnostics}


@pytest.mark.parametrize(
    "start", ['<?xml version="1.0" encoding="utf-8"?>\n', "<!-- saved from url=(0055) -->\n"]
)
def test_a_document_after_a_declaration_or_a_comment_is_checked_for_a_cut(start: str) -> None:
    html = start + page("japan_italy_foreign_ministers")
    cut = html[: html.index("<ol")]
    assert "truncated" in {d.code for d in parse_html(cut).diagnostics}


def test_a_cut_off_document_ends_on_a_diagnostic_at_its_last_character() -> None:
    html = page("japan_italy_foreign_ministers")
    cut = html[: html.index("<ol")]
    text = html_to_text(cut)
    readout = parse_html(cut)
    (truncated,) = readout.diagnostics
    assert truncated.code == "truncated"
    assert truncated.span == Span(len(text), len(text))
    assert truncated.line == text.count("\n") + 1
    assert truncated.message.startswith("the HTML ends before its </body> and </html>")
    # A fragment of a page, which never had its document's end tags, is no cut.
    assert parse_html(cut[cut.index("<h1") :]).diagnostics == ()


def test_the_foreign_ministers_meeting() -> None:
    readout = parse_html(page("japan_italy_foreign_ministers"))
    assert readout.category == "Japan-Italy Relations"
    assert readout.title == "Japan-Italy Foreign Ministers’ Meeting"
    assert readout.date is not None
    assert readout.date.isoformat() == "2016-07-04"
    # Both images' alt text, the second wrapped in the source, and the one credit under them.
    assert [(photo.caption, photo.credit) for photo in readout.photos] == [
        ("Japan-Italy Foreign Ministers’ Meeting 1", "Cabinet Public Relations Office"),
        ("Japan-Italy Foreign Ministers’ Meeting 2", "Cabinet Public Relations Office"),
    ]
    assert str(readout.lead[0]).startswith("On July 4, commencing at 6:00 p.m.")
    # "2. Regional affairs" follows a nested list and stays at the top level.
    assert outline(readout.sections) == [
        (
            "1.",
            "Bilateral relations",
            [("(1)", "Economic relations", []), ("(2)", "Cultural exchanges", [])],
        ),
        ("2.", "Regional affairs", []),
    ]
    assert str(readout.sections[1].paragraphs[0]).startswith("The two ministers exchanged views")
    assert readout.back_link == "Japan-Italy Relations"
    assert readout.diagnostics == ()
    assert [person.name for person in readout.meeting.participants] == [
        "Fumio Kishida",
        "Paolo Gentiloni",
    ]


def test_the_summit_meeting() -> None:
    readout = parse_html(page("japan_mongolia_summit"))
    assert (readout.category, readout.title) == (
        "Japan-Mongolia Relations",
        "Japan-Mongolia Summit Meeting",
    )
    assert readout.date is not None
    assert readout.date.isoformat() == "2018-09-11"
    assert [(photo.caption, photo.credit) for photo in readout.photos] == [
        ("Japan-Mongolia Summit Meeting (1)", "Cabinet Public Relations Office"),
        ("Japan-Mongolia Summit Meeting (2)", "Cabinet Public Relations Office"),
    ]
    # Headings in <h2> blocks inside the items keep their numbers.
    assert outline(readout.sections) == [
        ("1.", "Opening remarks", []),
        (
            "2.",
            "Bilateral relations",
            [("(1)", "Economic relations", []), ("(2)", "People-to-people exchanges", [])],
        ),
        ("3.", "Regional affairs", []),
    ]
    economy = readout.sections[1].subsections[0]
    assert [str(paragraph)[:24] for paragraph in economy.paragraphs] == [
        "The two leaders welcomed",
        "They agreed to promote i",
    ]
    assert readout.back_link == "Japan-Mongolia Relations"
    assert readout.diagnostics == ()
    assert readout.meeting.duration is not None
    assert readout.meeting.duration.total_seconds() == 50 * 60


def test_the_telephone_talk_with_its_header_in_one_paragraph() -> None:
    readout = parse_html(page("japan_china_telephone_talk"))
    assert readout.category == "Japan-China Relations"
    assert readout.title == "Japan-China Summit Telephone Talk"
    assert readout.date is not None
    assert readout.date.isoformat() == "2018-05-09"
    assert readout.photos == ()
    assert readout.sections == ()
    assert [str(paragraph)[:31] for paragraph in readout.lead] == [
        "On May 9, commencing at 7:00 p.",
        "The two leaders welcomed the im",
    ]
    assert "People's Republic of China" in str(readout.lead[0])
    assert readout.meeting.format is MeetingFormat.TELEPHONE
    assert readout.diagnostics == ()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_parse_html_is_parse_of_the_rendered_text(name: str) -> None:
    assert parse_html(page(name)) == parse(html_to_text(page(name)))


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_spans_index_the_rendered_text(name: str) -> None:
    text = html_to_text(page(name))
    readout = parse_html(page(name))
    assert readout.spans.title is not None
    assert readout.spans.title.slice(text) == readout.title
    for paragraph in readout.lead:
        assert " ".join(paragraph.span.slice(text).split()) == str(paragraph)
    assert all(0 <= span.start <= span.end <= len(text) for span in spans_of(readout))


def test_a_breadcrumb_trail_written_as_a_list_names_the_category() -> None:
    readout = parse_html(
        '<div id="breadcrumbs"><ul><li><a href="/">Home</a></li><li><a>Countries &amp; '
        "Regions</a></li><li><a>Japan-Brazil Relations</a></li></ul></div>"
        "<h1>Japan-Brazil Foreign Ministers&rsquo; Meeting</h1><p>May 9, 2018</p>"
        "<p>On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr. "
        "Aloysio Nunes Ferreira, Minister of Foreign Affairs of Brazil.</p>"
    )
    assert (readout.category, readout.title) == (
        "Japan-Brazil Relations",
        "Japan-Brazil Foreign Ministers’ Meeting",
    )
    assert readout.diagnostics == ()


def test_strict_raises_for_a_page_with_diagnostics() -> None:
    with pytest.raises(ValueError, match="no-date"):
        parse_html("<p>Japan-China Relations</p><p>The two leaders met.</p>", strict=True)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # Blocks on lines of their own, inline elements within the line.
        (
            "<div>Japan-China Relations</div><h1>Summit <em>Meeting</em></h1>",
            "Japan-China Relations\nSummit Meeting",
        ),
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ('<p>Mr. <a href="/k">Kishida</a> <span>met</span> him.</p>', "Mr. Kishida met him."),
        # Source line breaks and indentation are spaces; <br> is a line break.
        ("<p>held a\n      meeting</p>", "held a meeting"),
        ("<p>Summit Meeting<br>May 9, 2018</p>", "Summit Meeting\nMay 9, 2018"),
        ("<p>a<br/><br/><br/>b</p>", "a\n\nb"),
        # Photos: the alt text is a line; an image without one is nothing.
        (
            '<p>Lead.</p><img src="a.jpg" alt="Summit Meeting 1"><p>More.</p>',
            "Lead.\n\nSummit Meeting 1\n\nMore.",
        ),
        ('<div><img src="a.jpg"><img src="b.jpg" alt=""></div><p>Lead.</p>', "Lead."),
        ('<img alt="Minister&rsquo;s  visit">', "Minister’s visit"),
        # An icon, small or named for one, shows nothing; its text around it
        # stays one line.
        (
            '<p><a href="/js.pdf">Joint Statement (PDF)<img src="/common/icon_newwin.gif" '
            'alt="Open a New Window"></a> and its annex</p>',
            "Joint Statement (PDF) and its annex",
        ),
        (
            '<p>Click the <img src="pdf.gif" alt="PDF"> icon.</p><div><img alt="Summit 1">'
            '<img alt="Summit 2"></div>',
            "Click the icon.\n\nSummit 1\nSummit 2",
        ),
        ('<p><img src="a.gif" width="12" alt="arrow">Back to X</p>', "Back to X"),
        # A photo whose file name holds such a word whole is no icon.
        (
            '<div><img src="/files/window_view_1.jpg" alt="The view from the window"></div>',
            "The view from the window",
        ),
        ('<div><img src="/files/pdf_cover_photo.jpg" alt="Cover"></div>', "Cover"),
        ('<p>Top<img src="up.png" height="16px" alt="up"></p>', "Top"),
        # An image named for no icon, after text, keeps its line: a date stays a date.
        (
            '<p>July 4, 2016 <a href="/j/"><img src="ja.gif" alt="Japanese"></a></p>',
            "July 4, 2016\nJapanese",
        ),
        (
            '<ul><li><img alt="Summit Meeting (1)"> <span>(Photo: Cabinet Public Relations Office)'
            "</span></li></ul>",
            "• Summit Meeting (1)\n(Photo: Cabinet Public Relations Office)",
        ),
        # An iframe's fallback text is for browsers without frames: not shown.
        (
            '<p>Lead.</p><iframe src="map.html">Your browser does not support iframes.</iframe>'
            "<p>More.</p>",
            "Lead.\n\nMore.",
        ),
        # A label is text of its line: no space before the comma after it.
        ("<p>On <label>July 4</label>, the two met.</p>", "On July 4, the two met."),
        ("<form><button>Search</button>Go</form>", "Search Go"),
        # Form controls stand apart in their line.
        (
            '<form><label for="q">Search</label><input id="q" type="text" value="Keyword">'
            "<button>Go</button><select><option>English</option><option>Japanese</option>"
            "</select></form><p>Text</p>",
            "Search Go English Japanese\n\nText",
        ),
        # Markup left unfinished at the end shows nothing, as in a browser: an
        # open comment hides the rest of the page.
        (
            "<p>Japan-Peru Relations</p><!-- Main <p>The two ministers met.</p>",
            "Japan-Peru Relations",
        ),
        ("<p>Japan-Peru Relations</p><p cla", "Japan-Peru Relations"),
        ("<p>Japan-Peru Relations</p></di", "Japan-Peru Relations"),
        ("<p>Japan</p><!-- closed --><p>Peru</p>", "Japan\n\nPeru"),
        # A figure's visible caption repeating its image's alt text is the one line
        # a browser shows; a caption of the credit alone keeps the alt text.
        (
            '<figure><img src="a.jpg" alt="Summit Meeting"><figcaption>Summit Meeting '
            "(Photo: Cabinet Public Relations Office)</figcaption></figure>",
            "Summit Meeting (Photo: Cabinet Public Relations Office)",
        ),
        (
            '<figure><img src="a.jpg" alt="Summit Meeting 1"><figcaption>(Photo: Cabinet '
            "Public Relations Office)</figcaption></figure>",
            "Summit Meeting 1\n(Photo: Cabinet Public Relations Office)",
        ),
        (
            '<figure><img alt="Leaders"><figcaption>Summit</figcaption></figure>'
            '<img alt="Leaders">',
            "Leaders\nSummit\nLeaders",
        ),
        # Ordered lists as the browser numbers them; nested ones as "(1)".
        ("<ol><li>A</li><li>B</li></ol>", "1. A\n2. B"),
        ("<ol><li>A<ol><li>a</li><li>b</li></ol></li><li>B</li></ol>", "1. A\n(1) a\n(2) b\n2. B"),
        ("<ol><li><ol><li>a</li></ol></li></ol>", "1. (1) a"),
        ('<ol start="4"><li>D</li><li value="7">G</li><li>H</li></ol>', "4. D\n7. G\n8. H"),
        ('<ol type="a"><li>x</li><li>y</li></ol>', "a. x\nb. y"),
        ('<ol><li>A<ol type="i"><li>x</li><li>y</li></ol></li></ol>', "1. A\n(i) x\n(ii) y"),
        ("<ol><li>A<ul><li>x</li></ul><ol><li>y</li></ol></li></ol>", "1. A\n• x\n(1) y"),
        ("<ul><li>x</li><li>y</li></ul>", "• x\n• y"),
        ("<ol><li></li><li>B</li></ol>", "1.\n2. B"),
        # A breadcrumb trail written as a list, drawn on one line as its style sheet draws it.
        (
            '<div id="breadcrumbs"><ul><li><a href="/">Home</a></li><li><a>Countries &amp; '
            "Regions</a></li><li><a>Japan-Brazil Relations</a></li></ul></div><h1>Summit</h1>",
            "Home > Countries & Regions > Japan-Brazil Relations\nSummit",
        ),
        (
            '<ol class="breadcrumb"><li><a href="/">Home</a> &gt;</li>'
            "<li>Japan-Brazil Relations</li></ol><p>Lead.</p>",
            "Home > Japan-Brazil Relations\n\nLead.",
        ),
        ('<nav class="topicpath"><ul><li>Home</li></ul></nav><p>x</p>', "Home\n\nx"),
        # Named for assistive technology, or typed by schema.org.
        (
            '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/r/">'
            "Countries &amp; Regions</a></li><li>Japan-France Relations</li></ol></nav><h1>T</h1>",
            "Home > Countries & Regions > Japan-France Relations\nT",
        ),
        (
            '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li>Home</li>'
            "<li>Japan-France Relations</li></ol><h1>T</h1>",
            "Home > Japan-France Relations\nT",
        ),
        (
            '<nav aria-label="Main menu"><ol><li>Home</li><li>Policy</li></ol></nav>',
            "1. Home\n2. Policy",
        ),
        # Only a trail's own list or the block around it: not a page's wrapper
        # that mentions breadcrumbs, an icon, nor one entry's class.
        ('<div class="page has-breadcrumbs"><p>A</p><ol><li>B</li></ol></div>', "A\n\n1. B"),
        ('<p><img class="breadcrumb_icon" src="x.gif" alt=""></p><h1>A</h1><p>B</p>', "A\n\nB"),
        # A paragraph may leave out its end tag: it holds no trail.
        ('<p class="topicpath"><a>Home</a> &gt; <a>B</a><h1>T</h1><p>x</p>', "Home > B\nT\n\nx"),
        (
            '<ul><li class="breadcrumb-item">Home</li><li class="breadcrumb-item">B</li></ul>',
            "• Home\n• B",
        ),
        # Not text of the page.
        ("<head><title>MOFA</title><style>p {}</style></head><p>Text</p>", "Text"),
        ("<script>var a = '<p>x</p>';</script><p>Text</p><noscript>Enable JS</noscript>", "Text"),
        ("<!-- a comment --><p>Text</p>", "Text"),
        # Nor what a browser does not show: hidden, or styled so, with all inside it.
        ("<p>A</p><p hidden>secret</p><p>B</p>", "A\n\nB"),
        ('<div style="display: none"><div>menu</div><p>x</p></div><p>B</p>', "B"),
        ('<ul style="display:none"><li>one</li><li>two</li></ul><p>B</p>', "B"),
        # A hidden paragraph left open ends where the next block starts, or its block ends.
        ("<p hidden>secret<p>B</p>", "B"),
        ("<div><p hidden>secret</div><p>B</p>", "B"),
        # ... or its table cell (left empty, as a cell with nothing shown is) or list item.
        ("<table><tr><td><p hidden>secret</td><td>Next</td></tr></table><p>B</p>", "\tNext\n\nB"),
        ("<table><tr><td><p hidden>secret<td>Next</td></tr></table><p>B</p>", "\tNext\n\nB"),
        ("<dl><dd><p hidden>secret</dd><dt>Term</dt></dl><p>B</p>", "Term\n\nB"),
        # Elements whose end tags may be left out, inline ones, and <body> are shown.
        (
            "<ul><li hidden>Share<li>Japan-Kenya Relations</ul><p>B</p>",
            "• Share\n• Japan-Kenya Relations\n\nB",
        ),
        ("<p>May 9<span style='display:none'>x</p><p>B</p>", "May 9x\n\nB"),
        ("<body style='display:none'><p>B</p></body>", "B"),
        ('<div style="visibility:hidden"><p>shown</p></div>', "shown"),
        # Character references decoded; the no-break space kept for the parser.
        (
            "<p>Ministers&rsquo; &amp; &#8220;Leaders&#x201D; &lt;b&gt;</p>",
            "Ministers’ & “Leaders” <b>",
        ),
        ("<p>May&nbsp;9</p>", "May\u00a09"),
        # Table cells apart, rows on lines.
        (
            "<table><tr><td>Date</td><td>May 9</td></tr><tr><td>Place</td></tr></table>",
            "Date\tMay 9\nPlace",
        ),
        # A <pre> keeps the tabs that indent its lines.
        ("<pre>\tindented\n\tmore</pre>", "\tindented\n\tmore"),
        # A cell that opens with a block leaves no tab at the end of the line above.
        (
            "<table><tr><td>Home<br>Foreign Policy </td><td><p>Japan-Peru Relations</p></td></tr>"
            "</table>",
            "Home\nForeign Policy\n\nJapan-Peru Relations",
        ),
        # Not HTML at all: the text as it is.
        ("Japan-China Relations\nMay 9, 2018", "Japan-China Relations May 9, 2018"),
        ("", ""),
        ("a < b and c > d", "a < b and c > d"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


# A page's bytes as downloaded, and the text they render to: decoded by their
# byte order mark, else their <meta> tag, else as UTF-8.
PAGE = "<p>Mr. Jos\u00e9 Mart\u00ednez \u65e5\u672c</p>"
SHIFT_JIS_PAGE = '<meta charset="Shift_JIS"><p>\u65e5\u672c\u3068\u30da\u30eb\u30fc</p>'
EUC_PAGE = (
    '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">'
    "<p>\u65e5\u672c\u5916\u52d9\u7701</p>"
)
# A <meta> tag after a long script in the <head>, beyond the first 4 KB that
# a browser's scan for the charset reads: it declares nothing.
LATE_META_PAGE = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
    "<title>Japan-Peru Foreign Ministers\u2019 Meeting</title>\n<script>\n"
    + "".join(f'  $(".photo li:nth-child({n})").css("float", "left");\n' for n in range(1, 100))
    + '</script>\n<meta charset="Shift_JIS">\n</head>\n'
    + "<body><p>\u65e5\u672c\u3068\u30da\u30eb\u30fc</p></body></html>"
)


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (PAGE.encode("utf-8"), None, "Mr. Jos\u00e9 Mart\u00ednez \u65e5\u672c"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), None, "Mr. Jos\u00e9 Mart\u00ednez \u65e5\u672c"),
        (PAGE.encode("utf-16"), None, "Mr. Jos\u00e9 Mart\u00ednez \u65e5\u672c"),
        (SHIFT_JIS_PAGE.encode("shift_jis"), None, "\u65e5\u672c\u3068\u30da\u30eb\u30fc"),
        (EUC_PAGE.encode("euc-jp"), None, "\u65e5\u672c\u5916\u52d9\u7701"),
        # A page read as ASCII is not in UTF-16, whatever it declares.
        (b'<meta charset="utf-16"><p>Japan-Peru</p>', None, "Japan-Peru"),
        # A charset Python does not know is no declaration.
        (b'<meta charset="x-unknown"><p>Japan-Peru</p>', None, "Japan-Peru"),
        # The encoding named (a server header's charset) wins over the <meta> tag.
        ('<meta charset="utf-8"><p>Jos\u00e9</p>'.encode("cp1252"), "cp1252", "Jos\u00e9"),
        # Names as the web reads them: Latin-1 and ASCII are windows-1252, whose
        # unassigned bytes are control characters; Shift_JIS is Microsoft's.
        (b'<meta charset="iso-8859-1"><p>Ministers\x92 Meeting</p>', None, "Ministers’ Meeting"),
        (b'<meta charset="us-ascii"><p>Ministers\x92 Meeting</p>', None, "Ministers’ Meeting"),
        (b"<p>Ministers\x92 \x81Meeting</p>", "latin1", "Ministers’ \x81Meeting"),
        ('<meta charset="x-sjis"><p>鳩山</p>'.encode("shift_jis"), None, "鳩山"),
        ('<meta charset="windows-31j"><p>髙①</p>'.encode("cp932"), None, "髙①"),
        # UTF-8 named windows-1252 is UTF-8: a mislabel, never text meant so.
        ('<meta charset="iso-8859-1"><p>People’s Republic</p>'.encode(), None, "People’s Republic"),
        ("<p>People’s Republic</p>".encode(), "ISO-8859-1", "People’s Republic"),
        # A name that is no encoding a browser reads is passed over for the page's.
        ('<meta charset="x-euc-jp"><p>日本</p>'.encode("euc-jp"), "hex", "日本"),
        ('<meta charset="x-euc-jp"><p>日本</p>'.encode("euc-jp"), "rot13", "日本"),
        ("<p>Café</p>".encode(), "utf-7", "Café"),
        # A server's default, ISO-8859-1, loses to the page's own declaration
        # of an encoding that reads every byte; not to one that does not.
        ('<meta charset="Shift_JIS"><p>日本と仏</p>'.encode("shift_jis"), "ISO-8859-1", "日本と仏"),
        (b'<meta charset="Shift_JIS"><p>Jos\xe9</p>', "ISO-8859-1", "José"),
        # A name a caller chose is kept; and a Latin page is no Shift_JIS one.
        ('<meta charset="Shift_JIS"><p>Paolo Peña</p>'.encode("cp1252"), "cp1252", "Paolo Peña"),
        (
            '<meta charset="Shift_JIS"><p>Paolo Peña</p>'.encode("cp1252"),
            "ISO-8859-1",
            "Paolo Peña",
        ),
        # UTF-16 with neither mark nor name: its NUL bytes tell.
        ("<p>José</p>".encode("utf-16-le"), None, "José"),
        ("<p>José</p>".encode("utf-16-be"), None, "José"),
        # A <meta> tag inside a comment declares nothing.
        (
            '<!-- <meta charset="Shift_JIS"> --><meta charset="utf-8"><p>日本</p>'.encode(),
            None,
            "日本",
        ),
        # UTF-8 with a <meta> tag past the first 4 KB, which a browser never sees:
        # UTF-8, not the Shift_JIS the late tag names.
        (LATE_META_PAGE.encode(), None, "\u65e5\u672c\u3068\u30da\u30eb\u30fc"),
        # Windows-1252 ending on its one character beyond ASCII is no UTF-8 cut short.
        (b'<meta charset="iso-8859-1"><p>Caf\xe9', None, "Café"),
        # UTF-16 named by the caller is UTF-16; only a <meta> tag naming it means UTF-8.
        ("<p>José</p>".encode("utf-16-le"), "utf-16le", "José"),
        ("<p>José</p>".encode("utf-16-be"), "UTF-16BE", "José"),
        # A byte order mark wins over a name, as in a browser.
        (codecs.BOM_UTF8 + "<p>Ministers’</p>".encode(), "windows-1252", "Ministers’"),
        # A character cut off at the end, by a download that stopped: left out.
        (
            "<p>Ministers’ Meeting</p><p>Kishida’".encode()[:-1],
            None,
            "Ministers’ Meeting\n\nKishida",
        ),
        (bytearray(PAGE.encode("utf-8")), None, "Mr. Jos\u00e9 Mart\u00ednez \u65e5\u672c"),
        (memoryview(PAGE.encode("utf-8")), None, "Mr. Jos\u00e9 Mart\u00ednez \u65e5\u672c"),
    ],
)
def test_bytes_are_decoded_as_a_browser_decodes_them(
    data: bytes, encoding: str | None, text: str
) -> None:
    assert html_to_text(data, encoding=encoding) == text
    assert parse_html(data, encoding=encoding).lead == parse_html(text).lead


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (
            b"<p>Mart\xednez</p>",
            None,
            "'utf-8' codec can't decode byte 0xed in position 7: the HTML is not valid utf-8 "
            "(it declares no other encoding in a <meta> tag); name its encoding, e.g. "
            "{function}(data, encoding='cp1252'), or decode it first",
        ),
        (
            b'<meta charset="utf-8"><p>Mart\xednez</p>',
            None,
            "'utf-8' codec can't decode byte 0xed in position 29: the HTML is not valid utf-8 "
            "as its <meta> tag declares; name its encoding, e.g. "
            "{function}(data, encoding='cp1252'), or decode it first",
        ),
        (
            b"<p>Jos\xe9</p>",
            "utf-8",
            "'utf-8' codec can't decode byte 0xe9 in position 6: the HTML is not valid utf-8 "
            "as encoding= names it; name its encoding, e.g. {function}(data, encoding='cp1252'), "
            "or decode it first",
        ),
        # A name the caller gave that no browser reads is said to have been passed over.
        (
            "<p>José Guterres</p>".encode("cp1252"),
            "bogus",
            "'utf-8' codec can't decode byte 0xe9 in position 6: the HTML is not valid utf-8 "
            "(encoding='bogus' is no encoding a browser reads, so it was passed over); name its "
            "encoding, e.g. {function}(data, encoding='cp1252'), or decode it first",
        ),
        # Kanji alone, in EUC-JP: the hint is EUC-JP.
        (
            '<meta charset="utf-8"><p>外相 鳩山</p>'.encode("euc-jp"),
            None,
            "'utf-8' codec can't decode byte 0xb3 in position 25: the HTML is not valid utf-8 "
            "as its <meta> tag declares; name its encoding, e.g. "
            "{function}(data, encoding='euc_jp'), or decode it first",
        ),
        # A name Python does not know is said to be one; the hint is the page's Japanese.
        (
            '<meta charset="x-euc"><p>日本とペルー</p>'.encode("euc-jp"),
            None,
            "'utf-8' codec can't decode byte 0xc6 in position 25: the HTML is not valid utf-8 "
            "(its <meta> tag declares 'x-euc', no encoding Python knows); name its encoding, "
            "e.g. {function}(data, encoding='euc_jp'), or decode it first",
        ),
    ],
)
@pytest.mark.parametrize("function", [html_to_text, parse_html])
def test_undecodable_bytes_say_where_and_what_to_do(
    function: Callable[..., object], data: bytes, encoding: str | None, message: str
) -> None:
    with pytest.raises(UnicodeDecodeError) as error:
        function(data, encoding=encoding)
    assert str(error.value) == message.format(function=function.__name__)


@pytest.mark.parametrize("function", [html_to_text, parse_html])
def test_an_encoding_with_text_is_refused(function: Callable[..., object]) -> None:
    with pytest.raises(TypeError, match=r"encoding='utf-8' with HTML that is already str"):
        function("<p>Text</p>", encoding="utf-8")


@pytest.mark.parametrize("function", [html_to_text, parse_html])
def test_other_types_are_refused(function: Callable[..., object]) -> None:
    name = function.__name__
    with pytest.raises(TypeError, match=rf"^{name}\(\) takes the HTML as str or bytes, not int$"):
        function(5)
    with pytest.raises(TypeError, match=rf"^{name}\(\) takes encoding= as the name of an encoding"):
        function(b"<p>x</p>", encoding=123)


# Text of a paragraph: words without markup characters or HTML white space
# other than single spaces.
WORDS = st.lists(
    st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters="<>&"
        ),
        min_size=1,
    ),
    min_size=1,
    max_size=8,
).map(" ".join)


@given(st.lists(WORDS, min_size=1, max_size=6))
def test_paragraphs_come_back_as_lines(paragraphs: list[str]) -> None:
    html = "".join(f"<p>{html_module.escape(paragraph)}</p>\n" for paragraph in paragraphs)
    assert html_to_text(html) == "\n\n".join(paragraphs)


@given(st.lists(WORDS, min_size=1, max_size=12))
def test_list_items_are_numbered_in_order(items: list[str]) -> None:
    html = "<ol>" + "".join(f"<li>{html_module.escape(item)}</li>" for item in items) + "</ol>"
    assert html_to_text(html).split("\n") == [
        f"{number}. {item}" for number, item in enumerate(items, 1)
    ]


@given(st.text())
def test_any_text_renders(text: str) -> None:
    rendered = html_to_text(text)
    assert isinstance(rendered, str)
    assert "\n\n\n" not in rendered
    assert rendered == rendered.strip("\n")
    assert isinstance(parse_html(text), Readout)


@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<ol>",
                "</ol>",
                "<li>",
                "</li>",
                "<ul>",
                "</ul>",
                "<br>",
                "<pre>",
                "</pre>",
                "<script>",
                "</script>",
                '<img alt="A">',
                "<td>",
                "<tr>",
                "x",
                " ",
                "\n",
                "&amp;",
                "<h1>",
                "</h1>",
                "&",
            ]
        ),
        max_size=40,
    )
)
def test_any_tag_soup_renders(parts: list[str]) -> None:
    rendered = html_to_text("".join(parts))
    assert "<li>" not in rendered
    assert "\n\n\n" not in rendered


@pytest.mark.parametrize(
    "html", ["<script>var page = 1;", "<html><head><style>p {}</style></head></html>"]
)
def test_html_rendering_to_no_text_says_so(html: str) -> None:
    readout = parse_html(html)
    assert [d.code for d in readout.diagnostics] == ["empty-input"]
    assert readout.diagnostics[0].message.startswith("the HTML renders to no text")
    with pytest.raises(ReadoutError, match="renders to no text"):
        parse_html(html, strict=True)


def test_empty_html_is_empty_input() -> None:
    assert parse_html("  ").diagnostics[0].message.startswith("the input holds no text")
