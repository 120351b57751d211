"""Hypothesis strategies that generate lead sentences together with the facts they state.

:func:`leads` draws the facts of a meeting (day, start time in either clock
with its qualifier and zone, length in words or digits, format and occasion,
place, the two principals with honorifics and titles) and writes them as a
lead sentence of the shape readouts use::

    On Friday, March 16, commencing at around 2:15 p.m. (local time; 9:15 p.m.
    Japan time) for approximately one hour and 20 minutes, Mr. KATOSE Rimuna,
    Minister for Foreign Affairs of Japan, who is visiting Seoul, held a
    meeting over lunch with H.E. Ms. Velora Sanito, Minister of Foreign
    Affairs of Mongolia. The overview of the meeting is as follows.

A test reads the text back and compares it with :class:`GeneratedLead`.
Names are made of syllables, so they are new to the extractor; Japanese
principals are sometimes written family name first in capitals.
"""

from __future__ import annotations

import datetime

import attrs
from hypothesis import strategies as st

from readout_parser.model import MeetingFormat
from strategies.readouts import MONTHS

__all__ = ["GeneratedLead", "LeadPerson", "leads", "names", "spoken_number"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty")

# Syllables names are built from: never an English word of the grammar,
# never a month, a weekday or an office.
_SYLLABLES = ("ka", "to", "ri", "mu", "se", "lo", "va", "ne", "shi", "ro", "zu", "be", "ta", "ki")

_JAPAN_TITLES = (
    "Minister for Foreign Affairs of Japan",
    "Prime Minister of Japan",
    "Minister for Foreign Affairs",
    "State Minister for Foreign Affairs of Japan",
)
_COUNTRIES = (
    "Mongolia",
    "Canada",
    "the Republic of Korea",
    "the French Republic",
    "the Kingdom of Thailand",
    "the Argentine Republic",
    "the United States of America",
)
_COUNTERPART_OFFICES = (
    "Minister of Foreign Affairs of",
    "Minister for Foreign Affairs of",
    "President of",
    "Prime Minister of",
)
_COUNTERPART_HONORIFICS = (
    "H.E. Mr.",
    "H.E. Ms.",
    "H.E. Dr.",
    "the Honorable",
    "the Rt Hon",
    "Mr.",
    "Dr.",
    "His Excellency",
)
_PLACES = (
    "Washington, D.C.",
    "Seoul, the Republic of Korea (ROK)",
    "Vancouver",
    "New York",
    "Hanoi, Viet Nam",
    "Japan",
)


@attrs.frozen
class LeadPerson:
    """A principal as the lead writes it and as it should be read back."""

    honorific: str | None
    name: str
    title: str | None
    family_name: str


@attrs.frozen
class GeneratedLead:
    """A lead sentence and the facts it states (None where it states none)."""

    text: str
    page_date: datetime.date
    date: datetime.date
    start: datetime.time | None
    start_qualifier: str | None
    time_zone: str | None
    japan_time: datetime.time | None
    duration_minutes: int | None
    duration_approximate: bool | None
    format: MeetingFormat
    occasion: str | None
    location: str | None
    participants: tuple[LeadPerson, ...]


def spoken_number(value: int) -> str:
    """A number from 1 to 59 in words, as leads write them: "twenty-five".

    >>> spoken_number(25), spoken_number(13), spoken_number(40)
    ('twenty-five', 'thirteen', 'forty')
    """
    if value < 10:
        return _UNITS[value]
    if value < 20:
        return _TEENS[value - 10]
    tens, units = divmod(value, 10)
    return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")


@st.composite
def _word(draw: st.DrawFn, syllables: tuple[int, int] = (2, 4)) -> str:
    parts = draw(
        st.lists(st.sampled_from(_SYLLABLES), min_size=syllables[0], max_size=syllables[1])
    )
    return "".join(parts).capitalize()


@st.composite
def names(draw: st.DrawFn, *, japanese: bool) -> tuple[str, str]:
    """A personal name as written, and its family name as the convention reads it.

    Japanese names are written either family name first in capitals
    ("KATOSE Rimuna" -> "Katose") or given name first ("Rimuna Katose").
    Other names may have lost letters to "?" as a broken encoding leaves
    them: inside the family name, and maybe at the end of the given name
    ("Rimun? Kat?se").
    """
    given = draw(_word())
    family = draw(_word())
    if not japanese and draw(st.integers(0, 3)) == 0:
        lost = draw(st.integers(1, len(family) - 2))
        family = f"{family[:lost]}?{family[lost + 1 :]}"
        given = f"{given[:-1]}?" if draw(st.booleans()) else given
    if japanese and draw(st.booleans()):
        return f"{family.upper()} {given}", family
    middle = draw(st.sampled_from(["", "", "W. ", "R. "]))
    if not japanese and draw(st.booleans()):
        # A counterpart written the same way: "Velora SANITO".
        return f"{given} {middle}{family.upper()}", family
    return f"{given} {middle}{family}", family


@st.composite
def _japanese_principal(draw: st.DrawFn) -> tuple[str, LeadPerson, bool]:
    """The Japanese principal's words, the person, and whether the title comes first."""
    name, family = draw(names(japanese=True))
    title = draw(st.sampled_from(_JAPAN_TITLES))
    if draw(st.booleans()):
        office = title.removesuffix(" of Japan")
        return f"{office} {name}", LeadPerson(None, name, office, family), True
    honorific = draw(st.sampled_from(["Mr.", "Ms.", "H.E. Mr.", "Dr."]))
    return (
        f"{honorific} {name}, {title},",
        LeadPerson(honorific, name, title, family),
        False,
    )


@st.composite
def _counterpart(draw: st.DrawFn) -> tuple[str, LeadPerson]:
    name, family = draw(names(japanese=False))
    honorific = draw(st.sampled_from(_COUNTERPART_HONORIFICS))
    title = f"{draw(st.sampled_from(_COUNTERPART_OFFICES))} {draw(st.sampled_from(_COUNTRIES))}"
    return f"{honorific} {name}, {title}", LeadPerson(honorific, name, title, family)


@st.composite
def _clock(draw: st.DrawFn) -> tuple[str, datetime.time]:
    """A clock time in either clock: "2:15 p.m.", "11 a.m.", "9:20a.m.", "18:40", "09:05"."""
    hour = draw(st.integers(0, 23))
    minute = draw(st.sampled_from([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
    if draw(st.booleans()):
        padded = draw(st.booleans())
        text = f"{hour:02d}:{minute:02d}" if padded else f"{hour}:{minute:02d}"
        return text, datetime.time(hour, minute)
    twelve = hour % 12 or 12
    meridiem = draw(st.sampled_from(["a.m.", "am", "AM"] if hour < 12 else ["p.m.", "pm", "PM"]))
    space = draw(st.sampled_from([" ", " ", ""]))
    digits = f"{twelve}" if minute == 0 and draw(st.booleans()) else f"{twelve}:{minute:02d}"
    return f"{digits}{space}{meridiem}", datetime.time(hour, minute)


@st.composite
def _length(draw: st.DrawFn) -> tuple[str, int]:
    """A length in words or digits: "one hour and 20 minutes", "95minutes", "an hour"."""
    kind = draw(st.sampled_from(["minutes", "words", "hours", "half", "glued"]))
    if kind == "minutes":
        minutes = draw(st.integers(1, 180))
        return f"{minutes} minutes", minutes
    if kind == "glued":
        minutes = draw(st.integers(1, 180))
        return f"{minutes}minutes", minutes
    if kind == "words":
        minutes = draw(st.integers(1, 59))
        return f"{spoken_number(minutes)} minutes", minutes
    hours = draw(st.integers(1, 3))
    hour_words = draw(st.sampled_from(["an hour", "one hour"])) if hours == 1 else None
    spoken = hour_words or f"{spoken_number(hours)} hours"
    if kind == "half":
        if hours == 1:
            return draw(st.sampled_from(["one and a half hours", "an hour and a half"])), 90
        return f"{spoken_number(hours)} and a half hours", hours * 60 + 30
    extra = draw(st.integers(0, 59))
    if extra == 0:
        return spoken, hours * 60
    extra_text = str(extra) if draw(st.booleans()) else spoken_number(extra)
    return f"{spoken} and {extra_text} minutes", hours * 60 + extra


_MEETINGS = (
    # (verb phrase, format, occasion)
    ("held a meeting with", MeetingFormat.IN_PERSON, None),
    ("held a summit meeting with", MeetingFormat.IN_PERSON, None),
    ("held a Foreign Ministers’ Meeting with", MeetingFormat.IN_PERSON, None),
    ("held a meeting over lunch with", MeetingFormat.IN_PERSON, "lunch"),
    ("held a working dinner with", MeetingFormat.IN_PERSON, "working dinner"),
    ("held a breakfast meeting with", MeetingFormat.IN_PERSON, "breakfast"),
    ("paid a courtesy call on", MeetingFormat.IN_PERSON, "courtesy call"),
    ("held a telephone talk with", MeetingFormat.TELEPHONE, None),
    ("held a summit telephone talk with", MeetingFormat.TELEPHONE, None),
    ("held a video conference with", MeetingFormat.VIDEO, None),
    ("held a teleconference with", MeetingFormat.VIDEO, None),
)


@st.composite
def _when(draw: st.DrawFn) -> tuple[datetime.date, datetime.date, str]:
    """The meeting day, the page date (a few days around it) and the opening words."""
    day = draw(st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 31)))
    page = day + datetime.timedelta(days=draw(st.integers(-3, 5)))
    ordinal = draw(st.sampled_from(["", "", "th"])) if day.day > 3 and day.day < 21 else ""
    written = f"{MONTHS[day.month - 1]} {day.day}{ordinal}"
    if draw(st.booleans()):
        written = f"{WEEKDAYS[day.weekday()]}, {written}"
    return day, page, f"On {written}"


@st.composite
def leads(draw: st.DrawFn) -> GeneratedLead:
    """A lead sentence and every fact it states."""
    day, page_date, opening = draw(_when())
    pieces = [opening]
    start: datetime.time | None = None
    qualifier = zone = None
    japan: datetime.time | None = None
    if draw(st.booleans()):
        clock_text, start = draw(_clock())
        qualifier = draw(
            st.sampled_from(
                [None, None, "around", "about", "shortly after", "just after", "a little after"]
            )
        )
        said = f"{qualifier} {clock_text}" if qualifier else clock_text
        zone_kind = draw(st.sampled_from(["none", "local", "paren-local", "est", "japan"]))
        if zone_kind == "local":
            zone, said = "local time", f"{said} local time"
        elif zone_kind == "paren-local":
            zone = "local time"
            if draw(st.booleans()):
                japan_text, japan = draw(_clock())
                said = f"{said} (local time; {japan_text} Japan time)"
            else:
                said = f"{said} (local time)"
        elif zone_kind == "est":
            zone, said = "EST", f"{said} (EST)"
        elif zone_kind == "japan":
            zone, said = "Japan Standard Time", f"{said} (Japan Standard Time)"
        lead_in = draw(st.sampled_from(["commencing at", "from"]))
        pieces.append(f", {lead_in} {said}")
    minutes: int | None = None
    approximate: bool | None = None
    if draw(st.booleans()):
        length_text, minutes = draw(_length())
        length_qualifier = draw(st.sampled_from([None, "approximately", "about", "nearly"]))
        approximate = length_qualifier is not None
        said = f"{length_qualifier} {length_text}" if length_qualifier else length_text
        pieces.append(f"{',' if len(pieces) == 1 else ''} for {said}")
    subject_text, subject, title_first = draw(_japanese_principal())
    counterpart_text, counterpart = draw(_counterpart())
    verb, meeting_format, occasion = draw(st.sampled_from(_MEETINGS))
    place_kind = draw(st.sampled_from(["none", "visiting", "visit-to", "in"]))
    location = None if place_kind == "none" else draw(st.sampled_from(_PLACES))
    subject_words = subject_text.rstrip(",")
    if place_kind == "visiting" and not title_first:
        subject_words = f"{subject_words}, who is visiting {location},"
    elif place_kind == "visit-to":
        subject_words = f"during his visit to {location}, {subject_words}"
        if not title_first:
            subject_words += ","
    elif place_kind == "visiting":
        location = None
    elif not title_first:
        subject_words += ","
    ending = f" in {location}" if place_kind == "in" else ""
    sentence = (
        f"{''.join(pieces)}, {subject_words} {verb} {counterpart_text}{ending}. "
        "The overview of the meeting is as follows."
    )
    return GeneratedLead(
        text=sentence,
        page_date=page_date,
        date=day,
        start=start,
        start_qualifier=qualifier,
        time_zone=zone,
        japan_time=japan,
        duration_minutes=minutes,
        duration_approximate=approximate,
        format=meeting_format,
        occasion=occasion,
        location=location,
        participants=(subject, counterpart),
    )
