"""The measures ``make eval`` reports, on cases worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.accuracy_data import DataMissing, load_gold
from benchmarks.accuracy_generate import parse_passage
from benchmarks.accuracy_metrics import (
    Counts,
    Span,
    boxes_match,
    edit_distance,
    entity_counts,
    iou,
    matched_pairs,
    normalise_whitespace,
    text_counts,
)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "", 0),
        ("abc", "", 3),
        ("kitten", "sitting", 3),
        ("£41,500", "£4l,500", 1),
        ("Benítez", "Benitez", 1),
        ("flaw", "lawn", 2),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance == edit_distance(b, a)


def test_cer_ignores_how_whitespace_runs() -> None:
    assert normalise_whitespace(" Dear\n\nAngela  Merkel \n") == "Dear Angela Merkel"
    counts = text_counts("Dear Angela\n\nMerkel", "Dear Angela\nMerkel")
    assert (counts.edits, counts.characters, counts.cer) == (0, 18, 0.0)
    assert text_counts("Dear Angola Merkel", "Dear Angela Merkel").cer == pytest.approx(1 / 18)


def test_iou() -> None:
    assert iou((0, 0, 10, 10), (0, 0, 10, 10)) == 1.0
    assert iou((0, 0, 10, 10), (5, 0, 15, 10)) == pytest.approx(50 / 150)
    assert iou((0, 0, 10, 10), (10, 0, 20, 10)) == 0.0


def test_boxes_match_line_by_line() -> None:
    true = [(0, 0, 100, 20), (0, 30, 50, 50)]
    assert boxes_match([(2, 0, 100, 21), (0, 30, 45, 50)], true)
    assert not boxes_match([(0, 0, 100, 50)], true)
    assert not boxes_match([(2, 0, 100, 21), (60, 30, 100, 50)], true)


def test_entities_match_strictly_by_text_and_label_once_each() -> None:
    true = [
        Span("East Africa\nHealth Summit", "EVENT", 10),
        Span("Sunday", "DATE", 40),
        Span("Sunday", "DATE", 90),
        Span("Kigali", "GPE", 60),
    ]
    found = [
        Span("East Africa Health Summit", "EVENT", 12),
        Span("Sunday", "DATE", 41),
        Span("Kigali", "ORG", 60),
        Span("Africa", "LOC", 20),
    ]
    counts = entity_counts(found, true, with_boxes=False)
    assert (counts.true_positives, counts.found, counts.true) == (2, 4, 4)
    assert counts.precision == counts.recall == counts.f1 == 0.5
    assert counts.per_label["DATE"] == [1, 1, 2]
    assert counts.label_f1("GPE") == 0.0
    assert counts.label_f1("EVENT") == 1.0


def test_duplicates_pair_up_in_reading_order() -> None:
    true = [
        Span("June 3", "DATE", 5, ((0, 0, 10, 10),)),
        Span("June 3", "DATE", 50, ((0, 50, 10, 60),)),
    ]
    found = [
        Span("June 3", "DATE", 52, ((0, 50, 10, 60),)),
        Span("June 3", "DATE", 6, ((0, 0, 10, 10),)),
    ]
    pairs = matched_pairs(found, true)
    assert [(a.start, b.start) for a, b in pairs] == [(6, 5), (52, 50)]
    counts = entity_counts(found, true, with_boxes=True)
    assert (counts.boxes_right, counts.boxes_checked, counts.mean_iou) == (2, 2, 1.0)


def test_counts_add_up_across_images() -> None:
    total = Counts()
    first = text_counts("abc", "abd")
    first.add(entity_counts([Span("a", "ORG")], [Span("a", "ORG")], with_boxes=False))
    second = text_counts("xyz", "xyz")
    second.add(entity_counts([], [Span("b", "GPE")], with_boxes=False))
    total.add(first)
    total.add(second)
    assert (total.images, total.edits, total.characters) == (2, 1, 6)
    assert (total.true_positives, total.found, total.true) == (1, 1, 2)
    assert total.f1 == pytest.approx(2 / 3)
    assert dict(total.per_label) == {"ORG": [1, 1, 1], "GPE": [0, 0, 1]}


def test_a_marked_passage_gives_offsets_into_its_text() -> None:
    passage = parse_passage("x1", "news|Hi [Ana Lima|PERSON] in [Porto|GPE], [3 May|DATE].")
    assert passage.text == "Hi Ana Lima in Porto, 3 May."
    assert [passage.text[start:end] for start, end, _ in passage.entities] == [
        "Ana Lima",
        "Porto",
        "3 May",
    ]
    assert [label for *_, label in passage.entities] == ["PERSON", "GPE", "DATE"]


def test_missing_samples_are_named_with_the_way_to_point_at_them(tmp_path: Path) -> None:
    with pytest.raises(DataMissing, match="OCRNER_SAMPLES_DIR"):
        load_gold(tmp_path)
