"""One name, one label throughout a document.

The model labels each mention on its own, so a text about a person can call her "Ms
Moreau" a PERSON in one sentence and "Moreau" an ORG in the next, and miss her in a third.
:func:`consistent` makes the mentions agree, in three steps:

1. **Surnames**: a one-word name that is the last word of a longer PERSON in the same text
   is a PERSON ("Marguerite Duras" ... "Duras").
2. **Majority**: every mention of a name gets the label that most of its mentions have
   (a tie keeps each mention's own label).
3. **Unlabelled mentions**: a capitalised name that was found somewhere in the text is
   found everywhere it occurs as whole words, where no entity is yet.

Only names (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, PRODUCT) are touched.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from ocrner.ner.engine import Entity

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT"})
MIN_PROPAGATED_CHARS = 3
"""Shorter names ("Al", "US") are not looked for elsewhere: too often something else."""


def _key(text: str) -> str:
    return " ".join(text.split())


def _labels(entities: list[Entity]) -> dict[str, str]:
    """The label most mentions of each name have, where one label has most."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for entity in entities:
        if entity.label in NAME_LABELS:
            votes[_key(entity.text)][entity.label] += 1
    chosen = {}
    for name, counts in votes.items():
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            chosen[name] = ranked[0][0]
    return chosen


def consistent(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` of ``text`` with one label per name, and the name's other mentions added."""
    surnames = {
        _key(entity.text).split()[-1]
        for entity in entities
        if entity.label == "PERSON" and len(entity.text.split()) > 1
    }
    relabelled = [
        entity.model_copy(update={"label": "PERSON"})
        if entity.label in NAME_LABELS and _key(entity.text) in surnames
        else entity
        for entity in entities
    ]
    labels = _labels(relabelled)
    for name in surnames:
        labels.setdefault(name, "PERSON")
    agreed = [
        entity.model_copy(update={"label": labels[_key(entity.text)]})
        if entity.label in NAME_LABELS and _key(entity.text) in labels
        else entity
        for entity in relabelled
    ]
    names = sorted(
        (name for name in labels if len(name) >= MIN_PROPAGATED_CHARS and name[:1].isupper()),
        key=len,
        reverse=True,
    )
    if not names:
        return agreed
    mention = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
        + r")(?![\w-])"
    )
    taken = sorted((entity.start, entity.end) for entity in agreed)
    starts = [start for start, _ in taken]
    added = []
    for match in mention.finditer(text):
        index = bisect.bisect_left(starts, match.end())
        if index and taken[index - 1][1] > match.start():
            continue  # overlaps an entity (entities do not overlap, so the last before is enough)
        added.append(
            Entity(
                text=match.group(),
                label=labels[_key(match.group())],
                start=match.start(),
                end=match.end(),
                source="pattern",
            )
        )
    return sorted(agreed + added, key=lambda entity: entity.start)
