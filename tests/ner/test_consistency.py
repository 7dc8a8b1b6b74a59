"""One name, one label in a document."""

from __future__ import annotations

from ocrner.ner.consistency import consistent
from ocrner.ner.engine import Entity


def entity(text: str, document: str, label: str, occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = document.index(text, start + 1)
    return Entity(text=text, label=label, start=start, end=start + len(text))


def labelled(document: str, entities: list[Entity]) -> list[tuple[str, str, int]]:
    return [(e.text, e.label, e.start) for e in consistent(document, entities)]


def test_a_surname_of_a_person_in_the_text_is_a_person() -> None:
    text = "Odile Varga arrived. Varga said little."
    found = [entity("Odile Varga", text, "PERSON"), entity("Varga", text, "ORG", 1)]
    assert labelled(text, found) == [("Odile Varga", "PERSON", 0), ("Varga", "PERSON", 21)]


def test_every_mention_gets_the_label_most_mentions_have() -> None:
    text = "Velmora won. Velmora lost. Velmora drew."
    found = [
        entity("Velmora", text, "ORG"),
        entity("Velmora", text, "ORG", 1),
        entity("Velmora", text, "PERSON", 2),
    ]
    assert [label for _, label, _ in labelled(text, found)] == ["ORG", "ORG", "ORG"]


def test_a_tie_keeps_each_label() -> None:
    text = "Velmora won. Velmora lost."
    found = [entity("Velmora", text, "ORG"), entity("Velmora", text, "GPE", 1)]
    assert [label for _, label, _ in labelled(text, found)] == ["ORG", "GPE"]


def test_a_name_found_once_is_found_where_the_model_missed_it() -> None:
    text = "Talvik Group grew. Analysts like Talvik Group, but not Talvik Groups."
    assert labelled(text, [entity("Talvik Group", text, "ORG")]) == [
        ("Talvik Group", "ORG", 0),
        ("Talvik Group", "ORG", 33),
    ]


def test_dates_and_numbers_are_left_alone() -> None:
    text = "May 2024 and May 2024"
    found = [entity("May 2024", text, "DATE")]
    assert labelled(text, found) == [("May 2024", "DATE", 0)]
