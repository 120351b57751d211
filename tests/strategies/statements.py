"""Generated readouts whose sentences are attributed by construction.

:func:`attributed_readouts` builds a page (breadcrumb, date, a lead telling
the meeting between two principals, numbered items) whose every body
sentence is drawn from templates that say who speaks: a principal by office
and family name, both jointly, a pronoun for the last speaker, a side, or no
one (background). The expected statements come with it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

__all__ = ["AttributedReadout", "ExpectedStatement", "attributed_readouts"]

# (honorific, name, title before the family name in the body, full title, side adjective)
_JAPANESE = (
    ("Mr.", "Fumio Kishida", "Minister", "Minister for Foreign Affairs of Japan"),
    ("Mr.", "MOTEGI Toshimitsu", "Minister", "Minister for Foreign Affairs of Japan"),
    ("Ms.", "KAMIKAWA Yoko", "Minister", "Minister for Foreign Affairs of Japan"),
    ("Mr.", "Shinzo Abe", "Prime Minister", "Prime Minister of Japan"),
)
_COUNTERPARTS = (
    ("the Honorable", "Rex W. Tillerson", "Secretary", "Secretary of State of the United States"),
    (
        "H.E. Dr.",
        "Kang Kyung-wha",
        "Minister",
        "Minister of Foreign Affairs of the Republic of Korea",
    ),
    (
        "H.E. Mr.",
        "Albert del Rosario",
        "Secretary",
        "Secretary of Foreign Affairs of the Philippines",
    ),
    ("The Rt Hon", "Boris Johnson", "Prime Minister", "Prime Minister of the United Kingdom"),
    (
        "H.E. Mr.",
        "Mateusz MORAWIECKI",
        "Prime Minister",
        "Prime Minister of the Republic of Poland",
    ),
)
_SIDES = {
    "Japan": "Japanese",
    "United States": "U.S.",
    "Korea": "Korean",
    "Philippines": "Philippine",
    "United Kingdom": "British",
    "Poland": "Polish",
}
_FAMILY = {
    "Fumio Kishida": "Kishida",
    "MOTEGI Toshimitsu": "Motegi",
    "KAMIKAWA Yoko": "Kamikawa",
    "Shinzo Abe": "Abe",
    "Rex W. Tillerson": "Tillerson",
    "Kang Kyung-wha": "Kang",
    "Albert del Rosario": "del Rosario",
    "Boris Johnson": "Johnson",
    "Mateusz MORAWIECKI": "Morawiecki",
}
# The principals who are women: "She" stands for them.
_WOMEN = frozenset({"KAMIKAWA Yoko", "Kang Kyung-wha"})
_VERBS = ("stated", "expressed", "welcomed", "explained", "noted", "emphasized", "agreed")
_JOINT = ("The two sides", "Both sides", "The two leaders", "The leaders")
_OPENERS = ("", "At the outset, ", "In response, ", "Furthermore, ", "Regarding trade, ")
_CLAUSES = (
    "the relationship between the two countries is important",
    "cooperation on energy will deepen",
    "the U.S. and Japan share fundamental values",
    "their dialogue will continue at every level",
)
_BACKGROUND = (
    "The meeting was held in a warm atmosphere.",
    "A signing ceremony followed the meeting.",
    "Trade between the two countries doubled over the decade.",
)


@attrs.frozen
class ExpectedStatement:
    """A sentence of the generated body and the principals (by index) who speak in it."""

    text: str
    where: tuple[int, ...]
    speakers: tuple[int, ...]
    verb: str | None


@attrs.frozen
class AttributedReadout:
    """A generated page and the statements it must give back."""

    text: str
    statements: tuple[ExpectedStatement, ...]


@st.composite
def attributed_readouts(draw: st.DrawFn) -> AttributedReadout:
    """A readout whose sentences say, by construction, who speaks."""
    japan = draw(st.sampled_from(_JAPANESE))
    other = draw(st.sampled_from(_COUNTERPARTS))
    people = (japan, other)
    lead = (
        f"On May 9, {japan[0]} {japan[1]}, {japan[3]}, held a meeting with "
        f"{other[0]} {other[1]}, {other[3]}."
    )
    expected = [ExpectedStatement(lead, (), (), None)]
    lines = ["Japan-Relations Division", "May 9, 2018", lead]
    last: tuple[int, ...] = ()
    for number in range(1, draw(st.integers(1, 3)) + 1):
        sentences: list[ExpectedStatement] = []
        for _ in range(draw(st.integers(1, 4))):
            sentence = draw(_sentence(people, last))
            if sentence.speakers:
                last = sentence.speakers
            sentences.append(attrs.evolve(sentence, where=(number,)))
        lines.append(f"{number}. " + " ".join(s.text for s in sentences))
        expected.extend(sentences)
    lines.append("Back to Japan-Relations Division")
    return AttributedReadout("\n".join(lines), tuple(expected))


@st.composite
def _sentence(
    draw: st.DrawFn, people: Sequence[tuple[str, str, str, str]], last: tuple[int, ...]
) -> ExpectedStatement:
    kind = draw(st.sampled_from(("named", "named", "joint", "pronoun", "side", "background")))
    verb = draw(st.sampled_from(_VERBS))
    clause = draw(st.sampled_from(_CLAUSES))
    opener = draw(st.sampled_from(_OPENERS))
    if kind == "background" or (kind == "pronoun" and len(last) != 1):
        return ExpectedStatement(draw(st.sampled_from(_BACKGROUND)), (), (), None)
    speakers: tuple[int, ...]
    if kind == "named":
        index = draw(st.integers(0, 1))
        person = people[index]
        subject, speakers = f"{person[2]} {_FAMILY[person[1]]}", (index,)
    elif kind == "joint":
        subject, speakers = draw(st.sampled_from(_JOINT)), (0, 1)
    elif kind == "pronoun":
        pronoun = "she" if people[last[0]][1] in _WOMEN else "he"
        subject, speakers = pronoun, last
    else:
        index = draw(st.integers(0, 1))
        country = people[index][3].rsplit(" of ", 1)[-1].removeprefix("the ")
        subject, speakers = f"the {_SIDES[country]} side", (index,)
    if not opener:
        subject = subject[0].upper() + subject[1:]
    elif subject.startswith("The "):
        subject = "the " + subject[4:]
    return ExpectedStatement(f"{opener}{subject} {verb} that {clause}.", (), speakers, verb)
