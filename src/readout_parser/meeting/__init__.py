"""The facts of a meeting, read once from the lead of a readout (and its headline).

:func:`read_meeting` finds the meeting sentence ("On January 14, commencing
at around 11:50 a.m. ... Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs
of Japan, held a Foreign Ministers’ Meeting over lunch with the Honorable
Mike Pompeo, ...") and reads from it, in one pass each:

- :mod:`~readout_parser.meeting.lead` — which sentence tells the meeting;
- :mod:`~readout_parser.meeting.tokens` — that sentence split into tokens once;
- :mod:`~readout_parser.meeting.people` and
  :mod:`~readout_parser.meeting.principals` — who met, from the tokens;
- :mod:`~readout_parser.meeting.family` — which words of a name are the family name;
- :mod:`~readout_parser.meeting.time` — the day, the start and the length;
- :mod:`~readout_parser.meeting.place` — where, by what means, over what meal;
- :mod:`~readout_parser.meeting.attendees` — who else attended;
- :mod:`~readout_parser.meeting.further` — meetings the lead tells after it,
  which the readout's meeting does not hold.

Month names come from :mod:`readout_parser.calendar` and every word list
from :mod:`readout_parser.vocabulary`, which the page side shares. What
cannot be read becomes a :class:`~readout_parser.diagnostics.Problem`, never
an exception and never a guess.
"""

from __future__ import annotations

from readout_parser.diagnostics import Problem
from readout_parser.meeting.assemble import read_meeting
from readout_parser.meeting.family import family_name
from readout_parser.meeting.lead import Located

__all__ = ["Located", "Problem", "family_name", "read_meeting"]
