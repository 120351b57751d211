"""Meetings a lead tells of after its meeting sentence, which ``Readout.meeting`` does not hold.

"On May 9, ... Prime Minister Kishida held a meeting with H.E. Mr. Narendra
Modi ... Subsequently, from 7:30 p.m., Prime Minister Kishida held a meeting
with H.E. Mr. Anthony Albanese ...": the page reports two meetings and the
readout one; a diagnostic says so rather than let the second go unseen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from readout_parser.diagnostics import MEETING_FURTHER_MEETING, Problem
from readout_parser.meeting.attendees import ATTENDANCE
from readout_parser.meeting.lead import MET_WORDS, Lead, Located, has_lead_verb, meets_someone
from readout_parser.meeting.people import Mention
from readout_parser.meeting.principals import find_principals
from readout_parser.meeting.tokens import tokenize
from readout_parser.sentences import iter_sentence_bounds

__all__ = ["further_meetings"]

# How many sentences after the meeting sentence are read, in all.
MAX_LATER_SENTENCES = 6


def further_meetings(
    paragraphs: Sequence[Located], lead: Lead, people: Sequence[Mention]
) -> tuple[Problem, ...]:
    """The problem of each later sentence of the lead telling a meeting with someone new.

    A sentence with a lead verb whose principals include a person not among
    *people*: "Subsequently, ... held a meeting with H.E. Mr. Anthony
    Albanese". The meal or press conference the same people went on to
    ("This was followed by a dinner hosted by Prime Minister Takaichi") is
    no further meeting.
    """
    known = {word for person in people for word in _words(person)}
    problems: list[Problem] = []
    for paragraph, start, end in islice(_later_sentences(paragraphs, lead), MAX_LATER_SENTENCES):
        text = paragraph.text
        sentence = text[start:end]
        if (
            not any(cue in sentence for cue in MET_WORDS)
            or sentence.startswith(_ABOUT_THIS_MEETING)
            or not meets_someone(text, start, end)
            or ATTENDANCE().search(text, start, end)
        ):
            # No one met, no meeting (a letter received, one recalled), or
            # those who attended this one.
            continue
        tokens = tokenize(text, start, end)
        found = find_principals(tokens, 0, len(tokens)).people
        new = [person for person in found if known.isdisjoint(_words(person))]
        if new and len(found) > 1 and _another_meeting(len(found) - len(new), sentence):
            problems.append(_further(paragraph, start, end, new[0]))
            known.update(word for person in new for word in _words(person))
    return tuple(problems)


def _another_meeting(recurring: int, sentence: str) -> bool:
    """Whether a sentence naming someone new and *recurring* of those who met tells a meeting.

    One who met before meets someone new; or two who did not meet before
    meet, on the day ("Subsequently, on July 9, Mr. HAYASHI ... held a
    meeting with Senator the Hon. Penny Wong"), not in a time recalled
    ("In 2019", "Last year", "two years ago", "had previously met").
    Where two who met recur, the new are their company ("Prime Minister
    Kishida and Mrs. Kishida hosted a dinner for President Khurelsukh and
    Mrs. ...").
    """
    return recurring == 1 or (recurring == 0 and _RECALLED.search(sentence) is None)


# What opens a sentence about the meeting told: "This meeting was the first
# ... held between the two Foreign Ministers, who were appointed by ...".
_ABOUT_THIS_MEETING = ("This ", "It ", "The meeting ", "These ")

# A meeting recalled: a year written out ("In 2019, ..."), or a time told
# from now: "Last year, Prime Minister Abe held a meeting with ...", "two
# years ago", "had previously met", "In the past"; not "on the last day of
# his visit", "a previously scheduled meeting", nor "earlier in the day".
_RECALLED = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)"
    r"|\b[Ll]ast\s(?:year|month|week|spring|summer|autumn|fall|winter|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:years?|months?|weeks?|days?)\sago\b"
    r"|\b[Pp]reviously\s(?:held|met|had|visited|talked|spoke)\b"
    r"|\b[Ii]n\sthe\spast\b"
)


def _later_sentences(
    paragraphs: Sequence[Located], lead: Lead
) -> Iterator[tuple[Located, int, int]]:
    """The sentences after the meeting sentence: in its paragraph, then in the paragraphs after."""
    at = next((i for i, p in enumerate(paragraphs) if p is lead.paragraph), len(paragraphs))
    regions = [(lead.paragraph, lead.end)] + [(paragraph, 0) for paragraph in paragraphs[at + 1 :]]
    for paragraph, start in regions:
        # Most leads go on with no one met ("The overview is as follows."):
        # substring tests and one search say so before the text is split.
        rest = paragraph.text[start:]
        if any(cue in rest for cue in MET_WORDS) and has_lead_verb(
            paragraph.text, start, len(paragraph.text)
        ):
            for low, high in iter_sentence_bounds(paragraph.text, start):
                yield paragraph, low, high


def _words(person: Mention) -> set[str]:
    """The words of a person's name, folded: "Minister Moreno" is one of "Alfredo Moreno Charme"."""
    return {word.casefold() for word in person.name.replace("-", " ").split() if len(word) > 1}


def _further(paragraph: Located, start: int, end: int, person: Mention) -> Problem:
    return Problem(
        MEETING_FURTHER_MEETING,
        f"the lead tells of a further meeting, with {person.name!r}: Readout.meeting holds "
        "the first meeting only; read this sentence for the others",
        paragraph.span(start, end),
    )
