"""The members of a list of names share the label that most of them have.

The small model reads each name on its own. In a list ("Ilse Marchetti, Tomas
Okafor, Wen Haldane, Priya de Vos" in a team sheet, the speakers of a
conference, the signatories of a letter) it finds most members and misses some, or finds
only a part of one ("Tomas [Okafor]"). :func:`list_members` finds such lists and
gives the members the label of the list:

* A **list** is three or more **members** in a row, parted by commas, semicolons or
  "and". A member is one to five capitalised words (a particle such as "van", "de" or
  "der" may stand inside), and may carry a number before it ("15 - Ilse Marchetti",
  "3. Ana Ruiz") and a note in brackets after it ("(captain)"), which are not part of
  it. The first member may follow a heading's dash or colon ("Squad - Ilse
  Marchetti, ..."); a list ends at a line's or sentence's end.
* The list's **label** is the name label (:data:`LIST_LABELS`) that at least
  :data:`MIN_AGREEING` members and :data:`AGREEING_SHARE` of them have (as one entity on
  the member, or only entities of that label on part of it), more than twice as many as
  any other label.
* Members with no entity get the label. A member with entities of the list's label on
  part of it only becomes one entity of that label. Members the model gave another name
  label keep it, unless :data:`STRONG_SHARE` of the members agree.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from ocrner.ner.consistency import NAME_LABELS
from ocrner.ner.engine import Entity

LIST_LABELS = frozenset({"PERSON", "ORG", "GPE"})
"""Labels a list may pass on to its members."""

MIN_MEMBERS = 3
MIN_AGREEING = 2
"""Members that must have the label already, exactly, for the list to pass it on."""

AGREEING_SHARE = 1 / 3
"""...and at least this share of them."""

STRONG_SHARE = 2 / 3
"""When this share of the members agree, a member with another name label is relabelled."""

PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "la", "le"}
    | {"bin", "ibn", "al", "el"}
)
"""Small words that may stand inside a name ("Joost van der Bellen")."""

MAX_WORDS = 5
MAX_MEMBER_CHARS = 80

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_BRACKETS = re.compile(r"\([^()]{0,80}\)")
_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+")
_NUMBERING = re.compile(r"\d{1,3}\s*(?:[-–—.)]\s*)?")
_HEADING = re.compile(r"[-–—:]\s+|\n|[.!?]\s+")
"""What may stand before a list's first member: a heading's dash or colon, a sentence's end."""
_FULL_STOP = re.compile(r"(?<![\s.][^\W\d_])(?<!^[^\W\d_])\.(?=\s|$)")
"""A full stop that ends a sentence, not an initial's ("K.")."""


def _is_name(words: list[str]) -> bool:
    """Whether ``words`` are a name: capitalised words, particles only inside; one word
    alone not a common one ("Then")."""
    if not 1 <= len(words) <= MAX_WORDS or words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    if len(words) == 1 and words[0].lower() in STOP_WORDS:
        return False
    return all(word[0].isupper() or word in PARTICLES for word in words)


def _name_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``text[start:end]`` without its number, if the rest is a name."""
    number = _NUMBERING.match(text, start, end)
    if number and number.end() < end:
        start = number.end()
    while start < end and text[start].isspace():
        start += 1
    if end - start > MAX_MEMBER_CHARS:
        return None
    words = text[start:end].split()
    if not all(_WORD.fullmatch(word) for word in words) or not _is_name(words):
        return None
    return start, end


def _member(text: str, start: int, end: int, first: bool) -> tuple[int, int] | None:
    """Where the member of ``text[start:end]`` (one piece between separators) lies, if it is
    one; the first of a list may follow a heading or another sentence."""
    starts = [start]
    if first:
        near = max(start, end - MAX_MEMBER_CHARS)  # a heading further back leaves no name
        starts += [heading.end() for heading in _HEADING.finditer(text, near, end)]
    for begin in starts:
        piece = text[begin:end]
        full_stop = _FULL_STOP.search(piece)
        if full_stop:
            piece = piece[: full_stop.start()]
        member = _name_at(text, begin, begin + len(piece.rstrip()))
        if member is not None:
            return member
    return None


def _lists(text: str) -> list[list[tuple[int, int]]]:
    """The lists in ``text``, as runs of member spans. A note in brackets parts members as
    a comma does ("Wen Haldane (Ana Ruiz, 48 mins) 12 - Priya de Vos")."""
    shown = _BRACKETS.sub(lambda match: "," + " " * (len(match.group()) - 1), text)
    lists: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    position = 0
    for separator in [*_SEPARATOR.finditer(shown), None]:
        end = len(shown) if separator is None else separator.start()
        while position < end and shown[position:end].strip():
            member = _member(shown, position, end, first=not run)
            if member is None and run:
                lists.append(run)
                run = []
                member = _member(shown, position, end, first=True)
            if member is None:
                break
            run.append(member)
            position = member[1]
            if not shown[position:end].strip():
                break
            lists.append(run)  # the sentence goes on: the list ends, another may start
            run = []
        if separator is not None:
            position = separator.end()
    lists.append(run)
    return [run for run in lists if len(run) >= MIN_MEMBERS]


def _votes(run: list[tuple[int, int]], inside: list[list[Entity]]) -> Counter[str]:
    """How many members of a list have each label: as one entity on the whole member, or
    only entities of that label on part of it."""
    votes: Counter[str] = Counter()
    for (start, end), found in zip(run, inside, strict=True):
        labels = {entity.label for entity in found}
        exact = len(found) == 1 and (found[0].start, found[0].end) == (start, end)
        if len(labels) == 1 and (exact or labels <= LIST_LABELS):
            votes[labels.pop()] += 1
    return votes


def _label(run: list[tuple[int, int]], votes: Counter[str]) -> str | None:
    """The label the list passes on, if one agrees enough (see above)."""
    if not votes:
        return None
    (label, agreeing), *others = votes.most_common()
    if (
        label not in LIST_LABELS
        or agreeing < MIN_AGREEING
        or agreeing < AGREEING_SHARE * len(run)
        or (others and others[0][1] * 2 >= agreeing)
    ):
        return None
    return label


def list_members(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` of ``text`` (in text order, not overlapping) with the members of each
    list of names labelled as the list (see above)."""
    starts = [entity.start for entity in entities]
    ends = [entity.end for entity in entities]
    dropped: set[int] = set()
    added: list[Entity] = []
    for run in _lists(text):
        where = [
            range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end))
            for start, end in run
        ]
        inside = [[entities[index] for index in indices] for indices in where]
        votes = _votes(run, inside)
        label = _label(run, votes)
        if label is None:
            continue
        strong = votes[label] >= STRONG_SHARE * len(run)
        for (start, end), indices, found in zip(run, where, inside, strict=True):
            labels = {entity.label for entity in found}
            if (
                not all(start <= entity.start and entity.end <= end for entity in found)
                or (found and not labels <= {label} and not (strong and labels <= NAME_LABELS))
                or [(entity.start, entity.end, entity.label) for entity in found]
                == [(start, end, label)]
            ):
                continue
            dropped.update(indices)
            added.append(
                Entity(text=text[start:end], label=label, start=start, end=end, source="pattern")
            )
    if not added:
        return entities
    kept = [entity for index, entity in enumerate(entities) if index not in dropped]
    return sorted(kept + added, key=lambda entity: entity.start)
