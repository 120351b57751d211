"""Who said what: every sentence of a readout's content, with its speakers.

:func:`read_statements` splits each paragraph of the content into sentences
(:mod:`readout_parser.sentences`) and asks of each who it reports speaking
(:mod:`readout_parser.statements.speakers`). The content is the lead, every
paragraph of every section in document order, and the section headings that
introduce what follows ("Prime Minister Abe stated the following:").
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple, Protocol

from readout_parser import vocabulary
from readout_parser.model import Person, Span, Statement
from readout_parser.sentences import sentence_spans
from readout_parser.statements.speakers import Pronouns, Speech, cast_of, learn_gender, speech_in

__all__ = ["Content", "Text", "read_statements"]


class Text(Protocol):
    """A normalised text and the input offset of each character (plus one past the end).

    The page side's passages are such texts, their offsets built only when
    asked for: a readout whose statements are never read never builds them.
    """

    @property
    def text(self) -> str: ...

    @property
    def offsets(self) -> Sequence[int]: ...


class Content(NamedTuple):
    """A paragraph of content (or an introducing heading) and where it sits."""

    where: tuple[int, ...]
    passage: Text


def read_statements(
    content: Sequence[Content], participants: Sequence[Person], *, from_lead: bool = True
) -> tuple[Statement, ...]:
    """Every sentence of *content* as a :class:`~readout_parser.Statement`.

    The sentence that holds the first principal's mention tells the meeting
    itself and has no speakers. When the principals were not read from a
    lead (*from_lead* false: a page with no lead, whose principals speak
    first in its body), that sentence reports what they said ("Secretary
    Kerry noted ...") and is read as any other.

    >>> from readout_parser.meeting import Located
    >>> from readout_parser.model import Span
    >>> kishida = Person("Fumio Kishida", Span(3, 16), "Mr.", "Minister", "Kishida")
    >>> kerry = Person("John Kerry", Span(30, 40), "Mr.", "Secretary of State", "Kerry")
    >>> text = "Minister Kishida stated his view. In response, Secretary Kerry agreed."
    >>> found = read_statements([Content((1,), Located.at(text, 100))], [kishida, kerry])
    >>> [(s.text, [p.family_name for p in s.speakers], s.verb) for s in found]
    [('Minister Kishida stated his view.', ['Kishida'], 'stated'), \
('In response, Secretary Kerry agreed.', ['Kerry'], 'agreed')]
    """
    cast = cast_of(participants, _hosts(content, participants))
    meeting_at = participants[0].span.start if participants else -1
    found: list[Statement] = []
    # The words of each sentence read so far, for "the former" and "the latter".
    said: list[list[str]] = []
    pronouns = Pronouns.before_anyone_spoke(cast, said)
    # The speakers of a sentence introducing remarks ("... stated the
    # following:"), and where it stands: the sentences below it carry them.
    intro: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
    for item, sentence, span in _sentences(content):
        is_meeting = span.start <= meeting_at < span.end
        if is_meeting and from_lead:
            # The lead's meeting sentence tells the meeting, not a view.
            found.append(Statement(sentence, span, item.where))
            continue
        below = item.where[: len(intro[0])] == intro[0] and item.where != ()
        words = _words_of(sentence)
        speech = speech_in(words, cast, pronouns, intro[1] if below else ())
        if is_meeting and not _reports(speech):
            # On a page with no lead, whose principals speak first in its
            # body, their sentence reports what they said, or nothing.
            found.append(Statement(sentence, span, item.where))
            continue
        # "He" and "She" are the last principal who spoke alone, of a man
        # and of a woman where their style tells or their own "his" or "her"
        # did: "The leaders welcomed ... She added ..." is whoever spoke before.
        cast = learn_gender(cast, speech, words)
        pronouns = pronouns.after(speech.speakers, cast, speech.other, words)
        said.append(words)
        if speech.speakers and sentence.endswith((":", "following.", "follows.")):
            # "The two ministers confirmed the following:", after one of
            # them spoke alone too.
            intro = (item.where, speech.speakers)
        found.append(_statement(sentence, span, item.where, speech, participants))
    return tuple(found)


def _hosts(content: Sequence[Content], participants: Sequence[Person]) -> int:
    """How many principals held the meeting with as many others: 1 unless the lead says so.

    "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, and Mr. KIHARA Minoru,
    Minister of Defense, held the ... "2+2" with the Honorable Antony J.
    Blinken, ..., and the Honorable Lloyd J. Austin III, ...": two, named
    first and joined by "and" alone, then "with" and two more so joined, all
    in one paragraph of *content*. A meeting of three, a courtesy call paid
    by two ("paid a courtesy call on") or a list of unequal sides is none.
    """
    first = participants[0].span.start if participants else -1
    passage = next((item.passage for item in content if _holds(item.passage.offsets, first)), None)
    if passage is None or len(participants) % 2:
        return 1
    gaps = [
        passage.text[
            _at(passage.offsets, before.span.end) : _at(passage.offsets, person.span.start)
        ]
        for before, person in itertools.pairwise(participants)
        if _holds(passage.offsets, person.span.start)
    ]
    half = len(participants) // 2
    if len(gaps) != len(participants) - 1 or "with" not in gaps[half - 1].split():
        return 1
    joined = all(_joins(gap) for gap in gaps[: half - 1] + gaps[half:])
    return half if joined else 1


def _joins(gap: str) -> bool:
    """Whether the text between two mentions only joins them: ", and", " and the "."""
    return set(gap.replace(",", " ").split()) <= {"and", "the"}


def _at(offsets: Sequence[int], offset: int) -> int:
    """The index in a text whose characters come from *offsets* of the input's *offset*."""
    return bisect.bisect_left(offsets, offset)


def _holds(offsets: Sequence[int], offset: int) -> bool:
    """Whether a text whose characters come from *offsets* holds the input's *offset*."""
    return bool(offsets) and offsets[0] <= offset < offsets[-1]


def _sentences(content: Sequence[Content]) -> Iterator[tuple[Content, str, Span]]:
    """Each sentence of *content*, with the content it is in and its span in the input."""
    for item in content:
        text = item.passage.text
        offsets = item.passage.offsets
        for start, end in sentence_spans(text):
            yield item, text[start:end], Span(offsets[start], offsets[end - 1] + 1)


def _reports(speech: Speech) -> bool:
    """Whether *speech* reports a view with a verb that tells no meeting: "noted", not "held"."""
    verb = speech.verb
    return (
        verb is not None
        and verb in vocabulary.REPORTING_VERBS
        and verb not in vocabulary.LEAD_VERB_WORDS
    )


def _statement(
    sentence: str,
    span: Span,
    where: tuple[int, ...],
    speech: Speech,
    participants: Sequence[Person],
) -> Statement:
    """The statement of *sentence*, its speakers the principals *speech* names."""
    speakers = tuple(participants[index] for index in speech.speakers)
    return Statement(sentence, span, where, speakers, speech.verb, speech.other)


# A comma written inside the quotes it closes: '"Proactive Contribution to Peace,"'.
_QUOTED_COMMAS = (',"', ",”", ",’")


def _words_of(sentence: str) -> list[str]:
    """The words of *sentence* between spaces, a comma inside closing quotes put after them.

    'When Prime Minister Abe explained "Proactive Contribution to Peace,"
    Dr. Kissinger expressed ...': the comma closes the clause, as it does
    after the quotes.

    >>> _words_of('explained "Peace," Dr. Kissinger')
    ['explained', '"Peace",', 'Dr.', 'Kissinger']
    """
    words = sentence.split(" ")
    if not any(comma in sentence for comma in _QUOTED_COMMAS):
        return words
    return [f"{word[:-2]}{word[-1]}," if word.endswith(_QUOTED_COMMAS) else word for word in words]
