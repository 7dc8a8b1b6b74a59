"""The model's entities tidied to one convention and merged with the pattern recognisers'.

:func:`combine` is what :class:`~ocrner.ner.spacy_engine.SpacyEngine` runs on every text
(unless built with ``combine=None``). Name rules read the text as the model did, lines in
capitals in title case (:mod:`ocrner.ner.casing`). Rules, in order:

0. **Cut the model's names where they fall apart**: at a spaced dash, a bracket or a line
   break, before trailing numbers ("Norway 3-0"), without a heading's topic word ("Rowing -
   ..."), and in a line in capitals at a common word; a number before a spaced dash and
   words ("11 - Ana Ruiz") is the number alone.
1. **Tidy the model's spans** to the annotation convention: no leading "the", no title
   ("Mr.", "Dr.") in PERSON, no possessive "'s", no lower-case words at a name's end
   ("Velmora news agency" is "Velmora"), no modifier ("about", "shortly after")
   before a number. Not entities: a lone frequency word ("annual") as DATE, paperwork
   words ("VAT", "IBAN") as names, invoice, order, receipt and flight numbers.
2. **Relabel**: a name ending in "Airport", "Station", "Bridge" is a FAC, in "Summit",
   "Festival" an EVENT, in "Ltd", "Foods", "Plumbing" an ORG
   (:func:`ocrner.ner.patterns.head_label`); else a country or region, or a city where the
   model did not say PERSON or the text says place ("in Vaasa", "Lyon, France"), is a GPE
   (:func:`ocrner.ner.patterns.is_place`); the name after "Dear" or before a letter's
   "Kind regards," is a PERSON.
3. **Structured patterns win** (MONEY, PERCENT, DATE, TIME, EMAIL, URL, PHONE, IBAN): each
   replaces the model entities it overlaps, so "£41,500" replaces the model's "41,500" and
   "Monday, 6 January 2025" replaces "Monday" + "6 January 2025". The one exception: a model
   entity with the same label that already contains the match is kept ("early March 2025"),
   unless it also holds a capitalised word that is no month or weekday (a dateline's
   "Oslo 2025-03-14" gives the date alone).
4. **Document rules win** (:mod:`ocrner.ner.documents`: organisations by legal form, a
   receipt's merchant, the amounts total lines name, addresses): each replaces what it
   overlaps, except an amount that already has its currency sign.
5. **Names by head word, nationalities and places in context fill gaps**: such a name is
   added where the model found nothing,
   or replaces the model entities it wholly contains, unless that is one entity with its
   label already ("Liverpool John Lennon Airport" replaces the model's PERSON "John Lennon
   Airport", "Toronto Pearson Airport" the GPE "Toronto" and the FAC "Pearson Airport"),
   or an organisation would swallow a place the model found at its end.
6. **The members of a list of names share its label** (:mod:`ocrner.ner.lists`).
7. **One label per name** (:mod:`ocrner.ner.consistency`).

A head word does not make a place the model found an ORG. The result never has overlapping
entities and is in text order.
"""

from __future__ import annotations

import bisect
import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from ocrner.ner.casing import case_normalised, in_capitals
from ocrner.ner.consistency import consistent
from ocrner.ner.documents import document_entities
from ocrner.ner.engine import Entity
from ocrner.ner.lists import list_members
from ocrner.ner.patterns import (
    CLOSING,
    MONTH,
    WEEKDAY,
    head_label,
    is_place,
    named_entities,
    structured_entities,
)
from ocrner.ner.places import CITIES, REGIONS

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT"})
"""Labels of names, which head words may change."""

PLACE_LABELS = frozenset({"GPE", "LOC"})

CONTEXT_CHARS = 60
"""How far before a name a salutation or a letter's closing is looked for."""

NUMERIC_LABELS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY", "TIME", "ORDINAL"})

_LEADING_THE = re.compile(r"(?:the|The)\s+(?!(?:Hague|Gambia|Bahamas)\b)")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Rev|Capt)\.?\s+")
_MODIFIER = re.compile(
    r"(?:(?:shortly|just|right|soon)\s+(?:after|before)|about|around|approximately|"
    r"roughly|nearly|almost|some|over|under|only|exactly|up\s+to|at\s+least|at\s+most|"
    r"more\s+than|less\s+than|fewer\s+than|as\s+many\s+as|as\s+much\s+as|an?\s+estimated)\s+",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s$")
_HYPHENATED_REST = re.compile(r"(?<=\w)(?:-\w+)*")
_TRAILING = re.compile(r"[\s,;:]+$")
_LOWER_END = re.compile(r"(?:\s+[a-z]+)+$")
"""Lower-case words that end a name the model found: a name ends with a name word."""
_FREQUENCY_WORDS = frozenset(
    {"daily", "weekly", "monthly", "quarterly", "annual", "annually", "yearly", "nightly"}
)
_SALUTATION = re.compile(r"(?:Dear|Hello|Hi|Attn\.?|Attention:?)\s+(?:" + _TITLE.pattern + r")?$")
_DOCUMENT_WORD = (
    r"(?:Invoice|Order|Receipt|Booking|Ticket|Flight|Train|Bus|Room|Gate|Seat|Platform|Ref"
    r"|Reference|Account|Customer|Case|Policy)\s*(?:no\.?|number|#)?"
)
_DOCUMENT_NUMBER_BEFORE = re.compile(rf"(?:{_DOCUMENT_WORD}|\bno\.|\b[A-Z]{{2,3}})\s*:?\s*$")
"""What comes before a number that identifies a document or a vehicle ("Invoice 2290",
"Receipt no. 5512", "Flight LH 1677"): such numbers are not entities."""
_DOCUMENT_NUMBER = re.compile(rf"{_DOCUMENT_WORD}\s*:?\s*\d[\w/-]*")
_NOT_NAMES = frozenset(
    {
        *("VAT", "GST", "HST", "PST", "IBAN", "BIC", "SWIFT", "PIN", "Tel", "Fax", "Email"),
        *("Ref", "Invoice", "Receipt", "Total", "Subtotal", "Order", "Re", "Subject", "Attn"),
    }
)
"""Words of business paperwork that the model takes for names."""


def _trimmed(entity: Entity, text: str, start: int, end: int) -> Entity:
    return entity.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def tidy(entity: Entity, text: str, limit: int | None = None) -> Entity | None:
    """A model entity cut to the convention and relabelled; None to drop it.

    It may grow to the end of a hyphenated word, but not past ``limit`` (the next entity).
    """
    limit = len(text) if limit is None else limit
    start, end = entity.start, entity.end
    leading = [_LEADING_THE]
    if entity.label == "PERSON":
        leading.append(_TITLE)
    if entity.label in NUMERIC_LABELS:
        leading.append(_MODIFIER)
    for pattern in leading:
        match = pattern.match(text, start, end)
        if match:
            start = match.end()
    salutation = re.match(r"(?:Dear|Hello|Hi)\s+", text[start:end])
    if salutation:
        start += salutation.end()
    rest = _HYPHENATED_REST.match(text, end)
    if entity.label in NAME_LABELS and rest and rest.end() <= limit:
        end = rest.end()  # "Park Ji" of "Park Ji-woo"
    span = text[start:end]
    for pattern in (_TRAILING, _POSSESSIVE):
        match = pattern.search(span)
        if match and match.start() > 0:
            span = span[: match.start()]
    if entity.label in NAME_LABELS:
        lower_end = _LOWER_END.search(span)
        if lower_end and lower_end.start() > 0:
            span = span[: lower_end.start()]  # "Velmora news" is "Velmora"
    end = start + len(span)
    if start >= end or _not_an_entity(entity.label, span, text[max(0, start - 30) : start]):
        return None
    tidied = _trimmed(entity, text, start, end)
    before = text[max(0, start - CONTEXT_CHARS) : start]
    if salutation or (entity.label in NAME_LABELS and _SALUTATION.search(before)):
        return tidied.model_copy(update={"label": "PERSON"})
    if entity.label not in NAME_LABELS:
        return tidied
    label = head_label(tidied.text)
    if label == "ORG" and entity.label in PLACE_LABELS:
        label = None  # "... Federation", "... Union": a place the model found stays one
    if label is None and entity.label != "GPE" and _place(tidied, text):
        label = "GPE"
    if label is None and entity.label != "PERSON" and CLOSING.search(before):
        label = "PERSON"
    return tidied if label is None else tidied.model_copy(update={"label": label})


def _place(entity: Entity, text: str) -> bool:
    """A country or region whatever the model said; a city unless the model said PERSON and
    nothing around it says place."""
    if entity.label == "PERSON":
        return is_place(text, entity.start, entity.end)
    return (
        entity.text in REGIONS
        or is_place(text, entity.start, entity.end)
        or (entity.text in CITIES)
    )


def _not_an_entity(label: str, span: str, before: str) -> bool:
    """A frequency word as DATE, a paperwork word as a name, or a document's number."""
    if label == "DATE" and span.lower() in _FREQUENCY_WORDS:
        return True
    if label in NAME_LABELS and span in _NOT_NAMES:
        return True
    if _DOCUMENT_NUMBER.fullmatch(span):
        return True
    return span[:1].isdigit() and bool(_DOCUMENT_NUMBER_BEFORE.search(before[-30:]))


def _contains(outer: Entity, inner: Entity) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


class _Answer:
    """Non-overlapping entities in text order, with their overlaps found by bisection."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = sorted(entities, key=lambda entity: entity.start)
        self.starts = [entity.start for entity in self.entities]
        self.ends = [entity.end for entity in self.entities]

    def overlapping(self, found: Entity) -> slice:
        return slice(
            bisect.bisect_right(self.ends, found.start), bisect.bisect_left(self.starts, found.end)
        )

    def replace(self, where: slice, found: Entity) -> None:
        self.entities[where] = [found]
        self.starts[where] = [found.start]
        self.ends[where] = [found.end]


_PIECE_BREAK = re.compile(r"\s+[-–—]\s+|\s*\(|\)\s*|\s*\n\s*|\s*[:;]\s+")
_COMMA = re.compile(r",\s+")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
"""Where a model's name falls apart: a spaced dash ("PORTUGAL - MARTA SOUSA" in a
headline), a bracket ("Riverside Arena (Kennington"), a line break, a colon; for a place,
and in a line in capitals, also a comma."""
_COMMON_WORD = re.compile(r"(?:^|(?<=\s))[^\W\d_]+(?:\s+|$)")
NAME_LINKS = frozenset({"of", "and", "de", "du", "des", "la", "le", "van", "von", "der", "the"})
"""Common words that may stand inside a name ("Bank of England")."""
_TRAILING_NUMBERS = re.compile(r"(?:\s+\S*\d\S*)+$")
_SCORE = re.compile(r"\s+\d+-\d+$")
"""A score after any name: "Belarus Cup 5-1"."""
UNNUMBERED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
"""Names that never end in a number: "Norway 3-0" is "Norway" and a score."""


@functools.lru_cache(maxsize=4)
def _capitals_lines(text: str) -> tuple[list[int], list[bool]]:
    """Where each line of ``text`` starts, and whether it is in capitals: worked out once
    per text, so that asking for every entity stays linear in a text of one long line."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts, [in_capitals(line) for line in lines]


def _in_capitals_line(text: str, offset: int) -> bool:
    starts, capitals = _capitals_lines(text)
    return capitals[bisect.bisect_right(starts, offset) - 1]


def _topic(text: str, start: int, end: int, gap: re.Match[str] | None) -> bool:
    """Whether ``text[start:end]`` is a heading's topic word ("Rowing - ...", "TENNIS -"):
    one word, first on its line, before a spaced dash, and no place."""
    return (
        gap is not None
        and gap.group().strip() in "-–—"
        and (start == 0 or text[start - 1] == "\n")
        and " " not in text[start:end]
        and text[start:end] not in REGIONS
        and text[start:end] not in CITIES
    )


def _gaps(entity: Entity, shown: str, capitals: bool) -> list[re.Match[str]]:
    """Where a model name falls apart (see :data:`_PIECE_BREAK`); in a line in capitals also
    at common words: "Harlow Crew Go Through" of "HARLOW CREW GO THROUGH" is "Harlow Crew"."""
    gaps = list(_PIECE_BREAK.finditer(shown, entity.start, entity.end))
    if capitals or entity.label in PLACE_LABELS | {"FAC"}:  # "Grand Arena, Kennington"
        gaps += list(_COMMA.finditer(shown, entity.start, entity.end))
    if capitals:
        gaps += [
            word
            for word in _COMMON_WORD.finditer(shown, entity.start, entity.end)
            if word.group().strip().lower() in STOP_WORDS - NAME_LINKS
        ]
    return sorted(gaps, key=lambda gap: gap.start())


def _pieces(entity: Entity, shown: str, text: str) -> list[Entity]:
    """A model name cut where it falls apart, without trailing numbers or a heading's topic
    word; other entities unchanged. ``shown`` is the text as the model read it. In a line in
    capitals, a lone word after a common word is dropped ("... Go Through to Final")."""
    if entity.label in NUMERIC_LABELS:  # "11 - Ana Ruiz" as a QUANTITY is "11"
        dash = _SPACED_DASH.search(shown, entity.start, entity.end)
        if dash and not re.search(r"\d", shown[dash.end() : entity.end]):
            return [_trimmed(entity, shown, entity.start, dash.start())]
        return [entity]
    if entity.label not in NAME_LABELS:
        return [entity]
    capitals = _in_capitals_line(text, entity.start)
    pieces = []
    start = entity.start
    after_common_word = False
    for gap in [*_gaps(entity, shown, capitals), None]:
        if gap is not None and gap.start() < start:
            continue
        end = entity.end if gap is None else gap.start()
        numbers = (_TRAILING_NUMBERS if entity.label in UNNUMBERED_LABELS else _SCORE).search(
            shown, start, end
        )
        end = numbers.start() if numbers else end
        lone = after_common_word and " " not in shown[start:end]
        if end > start and not lone and not _topic(shown, start, end, gap):
            pieces.append(_trimmed(entity, shown, start, end))
        if gap is not None:
            after_common_word = after_common_word or gap.re is _COMMON_WORD
            start = gap.end()
    return pieces


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]*\b\.?")
_DATE_WORD = re.compile(rf"(?:{MONTH}|{WEEKDAY})")


def _names_around(shown: str, outer: Entity, inner: Entity) -> bool:
    """Whether ``outer`` holds, besides ``inner``, a capitalised word that is no month or
    weekday: a place before a dateline's date ("Oslo 2025-03-14") is not part of it."""
    rest = shown[outer.start : inner.start] + " " + shown[inner.end : outer.end]
    return any(not _DATE_WORD.fullmatch(word.group()) for word in _CAPITALISED_WORD.finditer(rest))


def combine(text: str, model: list[Entity], date_order: str = "DMY") -> list[Entity]:
    """The model's entities for ``text``, tidied and merged with the patterns' (see above).

    ``date_order`` says how numeric dates are read (:data:`ocrner.ner.patterns.DATE_ORDERS`).
    Name rules read lines in capitals in title case, as the model did; the entities' text
    is the original's.
    """
    shown = case_normalised(text)
    model = sorted(
        (piece for entity in model for piece in _pieces(entity, shown, text)),
        key=lambda entity: entity.start,
    )
    limits = [following.start for following in model[1:]] + [len(text)]
    tidied = [tidy(entity, shown, limit) for entity, limit in zip(model, limits, strict=False)]
    answer = _Answer([entity for entity in tidied if entity is not None])
    model_labels = {(entity.start, entity.end): entity.label for entity in model}
    for found in structured_entities(text, date_order):
        where = answer.overlapping(found)
        overlapping = answer.entities[where]
        if not any(
            entity.label == found.label
            and _contains(entity, found)
            and not _names_around(shown, entity, found)
            for entity in overlapping
        ):
            answer.replace(where, found)
    for found in document_entities(text):  # a legal form or a line end bounds a name
        where = answer.overlapping(found)
        if not any(  # but an amount with its currency already found stays
            entity.label == "MONEY" == found.label and _contains(entity, found)
            for entity in answer.entities[where]
        ):
            answer.replace(where, found)
    for found in named_entities(shown):
        where = answer.overlapping(found)
        overlapping = answer.entities[where]
        if len(overlapping) == 1:
            span = (overlapping[0].start, overlapping[0].end)
            if span == (found.start, found.end) or model_labels.get(span) == found.label:
                continue
        if found.label == "ORG" and any(
            entity.label in PLACE_LABELS and entity.end == found.end for entity in overlapping
        ):
            continue  # "... Bank" ends a place the model found, not an organisation
        if all(entity.source == "model" and _contains(found, entity) for entity in overlapping):
            answer.replace(where, found)
    return [
        _trimmed(entity, text, entity.start, entity.end)
        for entity in consistent(shown, list_members(shown, answer.entities))
    ]
