"""The accuracy measures of ``make eval``, as plain functions over plain data.

* **CER**: edit distance between the OCR text and the true text, both with every run of
  whitespace turned into one space, divided by the length of the true text.
* **Strict entities**: an entity is right when its text (``\\n`` read as a space, runs of
  whitespace as one) and its label equal those of a true entity of the same image; each
  true entity is matched at most once.
* **Boxes**: a right entity has right boxes when it has one box per line, as the true
  entity has, and each box overlaps the true box of that line with IoU >= 0.5.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Box = tuple[int, int, int, int]

IOU_THRESHOLD = 0.5


def normalise_whitespace(text: str) -> str:
    """``text`` with every run of whitespace (``\\n`` included) as one space, stripped."""
    return " ".join(text.split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions, each costing 1."""
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    a, b = a[prefix:], b[prefix:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def iou(a: Sequence[int], b: Sequence[int]) -> float:
    """Intersection over union of two ``(x0, y0, x1, y1)`` boxes (x1, y1 exclusive)."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    inter = width * height
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union


def boxes_match(found: Sequence[Sequence[int]], true: Sequence[Sequence[int]]) -> bool:
    """One box per line as the truth has, each with IoU >= 0.5 against its line's box."""
    return len(found) == len(true) and all(
        iou(a, b) >= IOU_THRESHOLD for a, b in zip(found, true, strict=True)
    )


@dataclass(frozen=True)
class Span:
    """An entity as the metrics see it: text, label, where it starts, and its boxes."""

    text: str
    label: str
    start: int = 0
    boxes: tuple[Box, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return normalise_whitespace(self.text), self.label


@dataclass
class Counts:
    """Sums that P/R/F1, CER and box quality are computed from; they add up across images."""

    images: int = 0
    true_positives: int = 0
    found: int = 0
    true: int = 0
    boxes_right: int = 0
    boxes_checked: int = 0
    iou_total: float = 0.0
    iou_lines: int = 0
    edits: int = 0
    characters: int = 0
    per_label: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    """label -> [true positives, found, true]."""

    def add(self, other: Counts) -> None:
        self.images += other.images
        self.true_positives += other.true_positives
        self.found += other.found
        self.true += other.true
        self.boxes_right += other.boxes_right
        self.boxes_checked += other.boxes_checked
        self.iou_total += other.iou_total
        self.iou_lines += other.iou_lines
        self.edits += other.edits
        self.characters += other.characters
        for label, values in other.per_label.items():
            mine = self.per_label[label]
            for index, value in enumerate(values):
                mine[index] += value

    @property
    def precision(self) -> float:
        return _ratio(self.true_positives, self.found)

    @property
    def recall(self) -> float:
        return _ratio(self.true_positives, self.true)

    @property
    def f1(self) -> float:
        return _f1(self.true_positives, self.found, self.true)

    @property
    def cer(self) -> float:
        return _ratio(self.edits, self.characters)

    @property
    def box_quality(self) -> float:
        return _ratio(self.boxes_right, self.boxes_checked)

    @property
    def mean_iou(self) -> float:
        """Mean IoU of the line boxes of right entities that have as many lines as the truth."""
        return self.iou_total / self.iou_lines if self.iou_lines else 0.0

    def label_f1(self, label: str) -> float:
        return _f1(*self.per_label[label])


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(true_positives: int, found: int, true: int) -> float:
    return _ratio(2 * true_positives, found + true)


def text_counts(found_text: str, true_text: str) -> Counts:
    """Edits and characters for the CER of one image."""
    true = normalise_whitespace(true_text)
    return Counts(
        images=1,
        edits=edit_distance(normalise_whitespace(found_text), true),
        characters=len(true),
    )


def matched_pairs(found: Iterable[Span], true: Iterable[Span]) -> list[tuple[Span, Span]]:
    """Right entities paired with the true ones; equal keys pair up in reading order."""
    by_key: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for span in sorted(true, key=lambda span: span.start):
        by_key[span.key].append(span)
    pairs = []
    for span in sorted(found, key=lambda span: span.start):
        candidates = by_key.get(span.key)
        if candidates:
            pairs.append((span, candidates.pop(0)))
    return pairs


def entity_counts(found: Sequence[Span], true: Sequence[Span], *, with_boxes: bool) -> Counts:
    """Strict matching of one image's entities, per label too, and box checks if asked."""
    pairs = matched_pairs(found, true)
    counts = Counts(true_positives=len(pairs), found=len(found), true=len(true))
    for span in found:
        counts.per_label[span.label][1] += 1
    for span in true:
        counts.per_label[span.label][2] += 1
    for span, _ in pairs:
        counts.per_label[span.label][0] += 1
    if with_boxes:
        counts.boxes_checked = len(pairs)
        counts.boxes_right = sum(boxes_match(a.boxes, b.boxes) for a, b in pairs)
        for found_span, true_span in pairs:
            if len(found_span.boxes) == len(true_span.boxes):
                counts.iou_lines += len(true_span.boxes)
                counts.iou_total += sum(
                    iou(a, b) for a, b in zip(found_span.boxes, true_span.boxes, strict=True)
                )
    return counts
