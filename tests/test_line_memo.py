"""A page reads a short line it has read before as a copy of the first reading.

The copy must be the very reading a fresh look at the line would give, at
its own place: its offsets, its index, a photo's spans, a bullet's start.
Pages here repeat lines on purpose, so that most of their lines are copies.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readout_parser.page.lines import Classified, classify, classify_lines
from readout_parser.page.text import split_lines

# Lines as copies hold them: furniture, photo labels and captions, markers,
# bullets, dates, indented and tabbed items, a BOM, lines of 16 and 17 characters.
POOL = (
    "",
    "Japan-China Relations",
    "Japan-China Summit Meeting",
    "May 9, 2018",
    "(Photo)",
    "(Photo) Japan-China Summit Meeting",
    "photo1: Leaders shaking hands (Photo: Cabinet Public Relations Office)",
    "[3]Japan-Malaysia Summit Meeting 1 [4]Japan-Malaysia Summit Meeting 2",
    "• Overview",
    "•",
    "• 1",
    "1.",
    "2. Regional affairs",
    "(1)",
    "- 1 Topic",
    "  1. a",
    "\t(2) b",
    "Back to Index",
    "Page Top",
    "\ufeff(Photo)",
    "1234567890123456",
    "12345678901234567",
    "The two leaders met.",
)

LINE_ENDS = ("\n", "\r\n", "\r")

FIELDS = (
    "kind",
    "index",
    "start",
    "end",
    "text",
    "indent",
    "offsets",
    "marker",
    "photos",
    "boilerplate",
    "date",
    "body",
)


def _fields(line: Classified) -> tuple[object, ...]:
    return tuple(getattr(line, name) for name in FIELDS)


@given(
    st.lists(st.sampled_from(POOL), max_size=40),
    st.lists(st.sampled_from(LINE_ENDS), min_size=1, max_size=3),
)
def test_a_line_read_again_reads_as_a_fresh_look_at_it(lines: list[str], ends: list[str]) -> None:
    text = "".join(line + ends[index % len(ends)] for index, line in enumerate(lines))
    read = classify_lines(text)
    fresh = [classify(line) for line in split_lines(text)]
    assert [_fields(line) for line in read] == [_fields(line) for line in fresh]


def test_a_repeated_line_is_read_at_its_own_place() -> None:
    text = "(Photo) Leaders\n(Photo) Leaders\n• Overview\n• Overview"
    first, second, bullet, again = classify_lines(text)
    photo_line = len("(Photo) Leaders")
    second_start = photo_line + 1
    bullet_start = text.index("• Overview")
    again_start = text.rindex("• Overview")
    assert [(p.caption, p.line, p.span.start, p.span.end) for p in first.photos] == [
        ("Leaders", 0, 0, photo_line)
    ]
    assert [(p.caption, p.line, p.span.start, p.span.end) for p in second.photos] == [
        ("Leaders", 1, second_start, second_start + photo_line)
    ]
    # The text of a bulleted line begins after "• ", on every copy.
    assert (bullet.start, bullet.body) == (bullet_start, len("• "))
    assert (again.start, again.body) == (again_start, len("• "))
