"""The measures of ``../shared/realworld-dev/README.md``, as plain functions over plain data.

That README defines how the product is judged on real receipts (SROIE), forms (FUNSD) and
news text (CoNLL-2003); each function here implements one of its definitions, word for
word where it is precise:

* :func:`fold` and :func:`ocr_tokens`, the two normalisations;
* :func:`reading_order`, the reference text for CER on receipts;
* :func:`find_dates` and :func:`find_numbers`, the date and amount readers;
* :class:`ReceiptScore`, :class:`FormScore` and :class:`NewsScore`, one image's measures,
  which add up over a subset (micro sums, and per-image values for the means).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from rapidfuzz.distance import Levenshtein

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})
_DASHES = str.maketrans({"–": "-", "—": "-"})
PUNCTUATION = ".,;:!?\"'()[]{}<>|*#~`_=+-/\\"
"""Stripped from both ends of OCR tokens (and of entity texts on news)."""


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    """NFKC, straight quotes, ``-`` for dashes, lower case, every run of characters that are
    not letters or digits as one space, ends trimmed."""
    text = _nfkc(text).translate(_QUOTES).translate(_DASHES).lower()
    return re.sub(r"[\W_]+", " ", text).strip()


def fold_tokens(text: str) -> list[str]:
    return fold(text).split()


def ocr_tokens(text: str) -> list[str]:
    """NFKC, split on whitespace, lower case, :data:`PUNCTUATION` stripped from both ends,
    empty tokens dropped."""
    tokens = (token.lower().strip(PUNCTUATION) for token in _nfkc(text).split())
    return [token for token in tokens if token]


def exact_tokens(text: str) -> list[str]:
    """Whitespace-split NFKC tokens, nothing else changed."""
    return _nfkc(text).split()


def matched(found: Iterable[str], true: Iterable[str]) -> int:
    """The size of the multiset intersection."""
    return sum((Counter(found) & Counter(true)).values())


def collapse(text: str) -> str:
    """Whitespace runs (line breaks included) as one space, ends trimmed."""
    return " ".join(text.split())


def edits(found: str, reference: str) -> int:
    """Levenshtein distance (unit costs) of the whitespace-collapsed texts, case-sensitive."""
    return Levenshtein.distance(collapse(found), collapse(reference))


def reading_order(lines: Sequence[tuple[str, Sequence[float]]]) -> str:
    """Gold ``(text, box)`` pieces as text: a box joins the line it overlaps most vertically,
    if by at least half the smaller of the two heights; lines top to bottom, boxes left to
    right, joined by spaces, lines by ``\\n``."""
    groups: list[list[tuple[str, Sequence[float]]]] = []
    extents: list[list[float]] = []
    for text, box in lines:
        best, best_overlap = None, 0.0
        for index, (top, bottom) in enumerate(extents):
            overlap = min(bottom, box[3]) - max(top, box[1])
            if overlap >= 0.5 * min(bottom - top, box[3] - box[1]) and overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None:
            groups.append([(text, box)])
            extents.append([box[1], box[3]])
        else:
            groups[best].append((text, box))
            extents[best] = [min(extents[best][0], box[1]), max(extents[best][1], box[3])]
    order = sorted(range(len(groups)), key=lambda index: extents[index][0])
    return "\n".join(
        " ".join(text for text, _ in sorted(groups[index], key=lambda piece: piece[1][0]))
        for index in order
    )


# --- dates ----------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?<![A-Za-z])(?P<{}>(?i:"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r"))(?![A-Za-z])\.?"
)
_YEAR = r"(?P<{}>\d{{4}}|\d{{2}})"
_DATE = re.compile(
    "|".join(
        [
            r"(?<!\d)(?P<ymd_y>\d{4})\s*[/.-]\s*(?P<ymd_m>\d{1,2})\s*[/.-]\s*(?P<ymd_d>\d{1,2})(?!\d)",
            r"(?<!\d)(?P<dmy_a>\d{1,2})\s*[/.-]\s*(?P<dmy_b>\d{1,2})\s*[/.-]\s*"
            + _YEAR.format("dmy_y")
            + r"(?!\d)",
            r"(?<!\d)(?P<dMy_d>\d{1,2})\s*"
            + _MONTH.format("dMy_m")
            + r",?\s*"
            + _YEAR.format("dMy_y")
            + r"(?!\d)",
            _MONTH.format("Mdy_m")
            + r"\s*(?P<Mdy_d>\d{1,2}),?\s*"
            + _YEAR.format("Mdy_y")
            + r"(?!\d)",
            r"(?<!\d)(?P<eight>\d{8})(?!\d)",
        ]
    )
)


def _date(year: str | int, month: str | int, day: str | int) -> datetime.date | None:
    year, month, day = int(year), int(month), int(day)
    if year < 100:
        year += 2000
    if not 1990 <= year <= 2099:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _read_date(match: re.Match[str]) -> datetime.date | None:
    groups = match.groupdict()
    if groups["ymd_y"]:
        return _date(groups["ymd_y"], groups["ymd_m"], groups["ymd_d"])
    if groups["dmy_a"]:
        year = groups["dmy_y"]
        return _date(year, groups["dmy_b"], groups["dmy_a"]) or _date(
            year, groups["dmy_a"], groups["dmy_b"]
        )
    for form in ("dMy", "Mdy"):
        if groups[f"{form}_m"]:
            month = _MONTHS[groups[f"{form}_m"].lower()]
            return _date(groups[f"{form}_y"], month, groups[f"{form}_d"])
    digits = groups["eight"]
    return _date(digits[:4], digits[4:6], digits[6:]) or _date(digits[4:], digits[2:4], digits[:2])


def find_dates(text: str) -> list[datetime.date]:
    """The dates in ``text``, read left to right (``d/m/y`` day first unless impossible,
    ``y-m-d``, ``25 Dec 2018``, ``Dec 25, 2018``, ``yyyymmdd`` or ``ddmmyyyy``; 2-digit years
    are 20yy; years 1990-2099)."""
    dates = (_read_date(match) for match in _DATE.finditer(text))
    return [date for date in dates if date is not None]


# --- amounts --------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def find_numbers(text: str) -> list[Decimal]:
    """Digit runs with an optional decimal part, or digit groups with thousands commas."""
    return [Decimal(match.group().replace(",", "")) for match in _NUMBER.finditer(text)]


def gold_total(total: str) -> Decimal | None:
    """The number in a gold ``total`` string; the largest if it holds several."""
    numbers = find_numbers(total)
    return max(numbers) if numbers else None


# --- receipts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """An entity as the metrics see it: its text and label (upper case)."""

    text: str
    label: str


PLACE_LABELS = frozenset({"ADDRESS", "GPE", "LOC", "FAC"})


def _labelled(entities: Iterable[Entity], labels: Iterable[str] | None) -> list[Entity]:
    wanted = None if labels is None else set(labels)
    return [entity for entity in entities if wanted is None or entity.label.upper() in wanted]


def coverage(gold: str, covering: Iterable[str]) -> float:
    """The share of ``gold``'s fold tokens covered, as a multiset, by those of ``covering``."""
    true = fold_tokens(gold)
    if not true:
        return 0.0
    have = Counter(token for text in covering for token in fold_tokens(text))
    return matched(true, have.elements()) / len(true)


def company_lenient(entity: str, company: str) -> bool:
    """At least 80% of tokens shared both ways (fold tokens, multiset)."""
    found, true = fold_tokens(entity), fold_tokens(company)
    common = matched(found, true)
    return bool(found and true) and common >= 0.8 * len(found) and common >= 0.8 * len(true)


def in_text(needle: str, text: str) -> bool:
    """``fold(needle)`` occurs on token boundaries in ``fold(text)``."""
    folded = fold(needle)
    return bool(folded) and f" {folded} " in f" {fold(text)} "


@dataclass
class ReceiptScore:
    """One receipt's measures, or their sums over receipts (:meth:`add`)."""

    images: int = 0
    company_org: int = 0
    company_org_lenient: int = 0
    company_any: int = 0
    company_text: int = 0
    date_date: int = 0
    date_any: int = 0
    date_text: int = 0
    total_money: int = 0
    total_any: int = 0
    total_text: int = 0
    address: list[float] = field(default_factory=list)
    address_any: list[float] = field(default_factory=list)
    address_text: list[float] = field(default_factory=list)
    gold_tokens: int = 0
    output_tokens: int = 0
    matched_tokens: int = 0
    gold_alnum: int = 0
    matched_alnum: int = 0
    edits: int = 0
    characters: int = 0
    cers: list[float] = field(default_factory=list)

    def add(self, other: ReceiptScore) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def share(self, name: str) -> float:
        return getattr(self, name) / self.images if self.images else 0.0

    @staticmethod
    def covered(values: list[float], at_least: float) -> float:
        return sum(value >= at_least for value in values) / len(values) if values else 0.0

    @property
    def token_recall(self) -> float:
        return _ratio(self.matched_tokens, self.gold_tokens)

    @property
    def token_precision(self) -> float:
        return _ratio(self.matched_tokens, self.output_tokens)

    @property
    def alnum_recall(self) -> float:
        return _ratio(self.matched_alnum, self.gold_alnum)

    @property
    def cer(self) -> float:
        return _ratio(self.edits, self.characters)


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _has_date(texts: Iterable[str], gold: datetime.date) -> bool:
    return any(gold in find_dates(text) for text in texts)


def _has_number(texts: Iterable[str], gold: Decimal | None) -> bool:
    return gold is not None and any(gold in find_numbers(text) for text in texts)


def score_receipt(
    fields: dict[str, str],
    gold_lines: Sequence[tuple[str, Sequence[float]]],
    text: str,
    entities: Sequence[Entity],
) -> ReceiptScore:
    """One receipt: its gold ``fields`` and ``ocr_lines``, the output ``text`` and entities."""
    orgs = [entity.text for entity in _labelled(entities, {"ORG"})]
    every = [entity.text for entity in entities]
    company = fields["company"]
    dates = find_dates(fields["date"])
    date = dates[0] if dates else None
    total = gold_total(fields["total"])
    gold_tokens = ocr_tokens(" ".join(line for line, _ in gold_lines))
    output_tokens = ocr_tokens(text)
    gold_alnum = fold_tokens(" ".join(line for line, _ in gold_lines))
    reference = reading_order(gold_lines)
    distance = edits(text, reference)
    length = len(collapse(reference))
    return ReceiptScore(
        images=1,
        company_org=any(fold(org) == fold(company) for org in orgs),
        company_org_lenient=any(company_lenient(org, company) for org in orgs),
        company_any=any(fold(found) == fold(company) for found in every),
        company_text=in_text(company, text),
        date_date=date is not None
        and _has_date((entity.text for entity in _labelled(entities, {"DATE"})), date),
        date_any=date is not None and _has_date(every, date),
        date_text=date is not None and _has_date([text], date),
        total_money=_has_number((e.text for e in _labelled(entities, {"MONEY"})), total),
        total_any=_has_number(every, total),
        total_text=_has_number([text], total),
        address=[coverage(fields["address"], (e.text for e in _labelled(entities, PLACE_LABELS)))],
        address_any=[coverage(fields["address"], every)],
        address_text=[coverage(fields["address"], [text])],
        gold_tokens=len(gold_tokens),
        output_tokens=len(output_tokens),
        matched_tokens=matched(output_tokens, gold_tokens),
        gold_alnum=len(gold_alnum),
        matched_alnum=matched(fold_tokens(text), gold_alnum),
        edits=distance,
        characters=length,
        cers=[_ratio(distance, length)],
    )


# --- forms ----------------------------------------------------------------------------------


@dataclass
class FormScore:
    """One form's OCR measures, or their sums over forms."""

    images: int = 0
    gold_tokens: int = 0
    matched_tokens: int = 0
    output_tokens: int = 0
    gold_exact: int = 0
    matched_exact: int = 0
    gold_alnum: int = 0
    matched_alnum: int = 0
    recalls: list[float] = field(default_factory=list)
    edits: int = 0
    characters: int = 0
    cers: list[float] = field(default_factory=list)
    entities: int = 0
    labels: Counter[str] = field(default_factory=Counter)

    def add(self, other: FormScore) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    @property
    def recall(self) -> float:
        return _ratio(self.matched_tokens, self.gold_tokens)

    @property
    def precision(self) -> float:
        return _ratio(self.matched_tokens, self.output_tokens)

    @property
    def exact_recall(self) -> float:
        return _ratio(self.matched_exact, self.gold_exact)

    @property
    def alnum_recall(self) -> float:
        return _ratio(self.matched_alnum, self.gold_alnum)

    @property
    def cer(self) -> float:
        return _ratio(self.edits, self.characters)


def score_form(
    words: Sequence[str], reference: str, text: str, entities: Sequence[Entity] = ()
) -> FormScore:
    """One form: its gold word texts and reading-order text, the output text and entities."""
    gold = [token for word in words for token in ocr_tokens(word)]
    output = ocr_tokens(text)
    gold_exact = [token for word in words for token in exact_tokens(word)]
    gold_alnum = [token for word in words for token in fold_tokens(word)]
    hits = matched(output, gold)
    distance = edits(text, reference)
    length = len(collapse(reference))
    return FormScore(
        images=1,
        gold_tokens=len(gold),
        matched_tokens=hits,
        output_tokens=len(output),
        gold_exact=len(gold_exact),
        matched_exact=matched(exact_tokens(text), gold_exact),
        gold_alnum=len(gold_alnum),
        matched_alnum=matched(fold_tokens(text), gold_alnum),
        recalls=[_ratio(hits, len(gold))],
        edits=distance,
        characters=length,
        cers=[_ratio(distance, length)],
        entities=len(entities),
        labels=Counter(entity.label.upper() for entity in entities),
    )


# --- news -----------------------------------------------------------------------------------

CLASSES = ("PERSON", "ORG", "PLACE", "MISC")
_TO_CLASS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    **{label: "MISC" for label in ("NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")},
}
_GOLD_CLASS = {"PERSON": "PERSON", "PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "MISC": "MISC"}
TITLES = (
    "prime minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "sheikh",
    "president",
    "ambassador",
    "minister",
    "general",
    "gen",
    "senator",
    "sen",
)
_TITLE = re.compile(r"^(?:the|" + "|".join(TITLES) + r") ")
_DOTTED_TITLE = re.compile(r"\b(mr|mrs|ms|dr|prof|gen|sen)\.")


def predicted_class(label: str) -> str | None:
    """The CoNLL class of a predicted label, or None for labels without one (DATE, ...)."""
    return _TO_CLASS.get(label.upper())


def gold_class(label: str) -> str:
    return _GOLD_CLASS[label.upper()]


def normalise_entity(text: str) -> str:
    """NFKC, whitespace collapsed, lower case, edge punctuation stripped, ``mr.`` as ``mr``;
    then a leading ``the``, a leading title and a trailing ``'s`` dropped while any is there."""
    text = collapse(_nfkc(text)).lower().strip(PUNCTUATION)
    text = _DOTTED_TITLE.sub(r"\1", text)
    while True:
        before = text
        text = _TITLE.sub("", text)
        if text.endswith("'s"):
            text = text[:-2]
        text = text.strip(PUNCTUATION).strip()
        if text == before:
            return text


@dataclass
class NewsScore:
    """True positives, predictions and gold per class (``""`` for all), typed and untyped."""

    images: int = 0
    typed: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    untyped: int = 0
    ignored: int = 0
    edits: int = 0
    characters: int = 0

    def add(self, other: NewsScore) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def precision(self, cls: str = "") -> float:
        return _ratio(self.typed[cls], self.predicted[cls])

    def recall(self, cls: str = "") -> float:
        return _ratio(self.typed[cls], self.gold[cls])

    def f1(self, cls: str = "") -> float:
        return _ratio(2 * self.typed[cls], self.predicted[cls] + self.gold[cls])

    @property
    def untyped_f1(self) -> float:
        return _ratio(2 * self.untyped, self.predicted[""] + self.gold[""])

    @property
    def cer(self) -> float:
        return _ratio(self.edits, self.characters)


def score_news(
    gold: Sequence[Entity], entities: Sequence[Entity], text: str, reference: str
) -> NewsScore:
    """One news image: strict multiset matching of (normalised text, class)."""
    true = Counter((normalise_entity(entity.text), gold_class(entity.label)) for entity in gold)
    mapped = [
        (normalise_entity(entity.text), cls)
        for entity in entities
        if (cls := predicted_class(entity.label)) is not None
    ]
    found = Counter(mapped)
    hits = true & found
    score = NewsScore(images=1, ignored=len(entities) - len(mapped))
    for (_, cls), count in hits.items():
        score.typed[cls] += count
        score.typed[""] += count
    for (_, cls), count in found.items():
        score.predicted[cls] += count
        score.predicted[""] += count
    for (_, cls), count in true.items():
        score.gold[cls] += count
        score.gold[""] += count
    score.untyped = matched((name for name, _ in mapped), (name for name, _ in true.elements()))
    score.edits = edits(text, reference)
    score.characters = len(collapse(reference))
    return score
