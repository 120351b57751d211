"""The public entry point, :func:`parse`, composing the two sides.

The page side (:mod:`readout_parser.page`) reads the structure: lines,
context rules, header, body tree, photos, site furniture. The meeting side
reads the facts of the meeting from the lead it found. Each returns the
problems it found as values; :func:`parse` turns them into diagnostics once.
"""

from __future__ import annotations

from readout_parser import diagnostics
from readout_parser.diagnostics import Problem
from readout_parser.errors import Strictness, check_strict, not_text_message, strict_codes
from readout_parser.model import Readout, Span, Statements


def parse(text: str, *, strict: Strictness = False) -> Readout:
    """Parse the plain text of a meeting readout into a :class:`Readout`.

    *text* is the page as a web copy gives it: breadcrumb, headline, date,
    photo captions, lead, numbered sections, "Back to ..." footer, in any of
    the layouts the site has used. ``parse`` never raises for a ``str``:
    whatever it cannot place is reported in ``Readout.diagnostics``. With
    ``strict=True`` it raises :class:`~readout_parser.ReadoutError` instead of
    returning a readout that has diagnostics; given codes (a collection of
    them, such as ``readout_parser.diagnostics.STRUCTURE_CODES``, or one
    code), only when a diagnostic has one of them.

    >>> r = parse('''Japan-United States of America Relations
    ... March 16, 2017
    ... On March 16, the two ministers met. The overview is as follows.
    ... 1 Opening remarks
    ... Minister Kishida welcomed Secretary Tillerson.
    ... Back to Japan-United States of America Relations''')
    >>> r.category, r.date.isoformat(), len(r.lead)
    ('Japan-United States of America Relations', '2017-03-16', 1)
    >>> section = r.sections[0]
    >>> section.number, section.heading, str(section.paragraphs[0])
    (1, 'Opening remarks', 'Minister Kishida welcomed Secretary Tillerson.')
    >>> r.back_link
    'Japan-United States of America Relations'

    Raises ``TypeError`` for anything but ``str`` (decode ``bytes`` first).
    """
    if not isinstance(text, str):
        raise TypeError(not_text_message("parse", "the page text", text))
    # Checked before the parse: a misspelt code is the caller's error, whatever the page.
    strict_codes(strict)
    return check_strict(_parse(text), strict)


def _parse(source: str) -> Readout:
    # The readers load on the first parse, not at import: importing the
    # package builds only the model and the public names.
    from readout_parser.meeting import Located, read_meeting
    from readout_parser.page import read_page
    from readout_parser.statements import read_statements
    from readout_parser.statements.content import content_of

    page = read_page(source)
    if page is None:
        return Readout(diagnostics=diagnostics.diagnose(source, [_empty(source)]))
    title, after = page.title_passage, page.after_lead
    # What the statements are read from, and no more: the readout keeps them
    # until they are read, and the page's problems and lines need not stay.
    lead, sections, passages = page.lead, page.sections, page.passages
    meeting, meeting_problems = read_meeting(
        [Located(passage.text, passage.offsets) for passage in page.lead_passages],
        Located(title.text, title.offsets) if title is not None else None,
        page.date,
        after=Located(after.text, after.offsets) if after is not None else None,
        next_item=[Located(passage.text, passage.offsets) for passage in page.next_item],
    )
    # The page's own list, which nothing else holds: its problems go one by
    # one as their diagnostics are made.
    problems = page.problems
    codes = {problem.code for problem in problems}
    if diagnostics.HTML_INPUT in codes:
        # HTML read as text: what its meeting lacks is no news either.
        meeting_problems = ()
    elif diagnostics.NOT_A_READOUT in codes:
        # Text that is no readout page has no lead to miss.
        meeting_problems = tuple(
            p for p in meeting_problems if p.code != diagnostics.MEETING_NO_LEAD
        )
    # Principals read with no lead speak first in the body: their sentence is a statement.
    from_lead = all(p.code != diagnostics.MEETING_NO_LEAD for p in meeting_problems)
    problems.extend(meeting_problems)
    return Readout(
        category=page.category,
        title=page.title,
        date=page.date,
        photos=page.photos,
        lead=lead,
        sections=sections,
        back_link=page.back_link,
        boilerplate=page.boilerplate,
        diagnostics=diagnostics.diagnose(source, problems),
        meeting=meeting,
        spans=page.spans,
        # Read on first access: who said what costs more than the rest of the
        # parse, and many callers never ask.
        statements=Statements(
            lambda: read_statements(
                content_of(lead, sections, passages), meeting.participants, from_lead=from_lead
            )
        ),
    )


def _empty(source: str) -> Problem:
    return Problem(
        diagnostics.EMPTY_INPUT,
        "the input holds no text (it is empty or only white space); pass the text of a "
        "readout page.",
        Span(0, len(source)),
    )
