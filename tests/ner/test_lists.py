"""Members of a list of names share the list's label."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from ocrner.ner.engine import Entity
from ocrner.ner.lists import list_members


def entity(text: str, document: str, label: str) -> Entity:
    start = document.index(text)
    return Entity(text=text, label=label, start=start, end=start + len(text))


def labelled(document: str, entities: list[Entity]) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in list_members(document, entities)]


SQUAD = (
    "Squad - Ilse Marchetti (captain), Tomas Okafor, Wen Haldane, Priya Vantongeren, "
    "Joost van der Bellen.\nThe coach said the team was ready."
)


def test_members_the_model_missed_or_cut_get_the_list_label() -> None:
    found = [
        entity("Ilse Marchetti", SQUAD, "PERSON"),
        entity("Tomas Okafor", SQUAD, "PERSON"),
        entity("Vantongeren", SQUAD, "PERSON"),
    ]
    assert labelled(SQUAD, found) == [
        ("Ilse Marchetti", "PERSON"),
        ("Tomas Okafor", "PERSON"),
        ("Wen Haldane", "PERSON"),
        ("Priya Vantongeren", "PERSON"),
        ("Joost van der Bellen", "PERSON"),
    ]


def test_numbered_members_and_notes_in_brackets_are_left_out() -> None:
    text = "Team - 15 - Ilse Marchetti (Ana Ruiz, 70), 14 - Tomas Okafor, 13 - Wen Haldane."
    found = [entity("Ilse Marchetti", text, "PERSON"), entity("Tomas Okafor", text, "PERSON")]
    assert ("Wen Haldane", "PERSON") in labelled(text, found)
    assert all("15" not in name and "Ana" not in name for name, _ in labelled(text, found))


def test_a_list_that_goes_on_after_a_line_break_is_one_list() -> None:
    text = "Ilse Marchetti, Tomas Okafor,\n\nWen Haldane, Priya Vantongeren."
    found = [entity("Ilse Marchetti", text, "PERSON"), entity("Tomas Okafor", text, "PERSON")]
    assert labelled(text, found)[-2:] == [
        ("Wen Haldane", "PERSON"),
        ("Priya Vantongeren", "PERSON"),
    ]


def test_one_agreeing_member_is_not_enough() -> None:
    text = "Ilse Marchetti, Tomas Okafor, Wen Haldane."
    found = [entity("Ilse Marchetti", text, "PERSON")]
    assert labelled(text, found) == [("Ilse Marchetti", "PERSON")]


def test_a_list_whose_members_disagree_is_left_alone() -> None:
    text = "Ilse Marchetti, Tomas Okafor, Velmora Group, Kestrel Holdings, Wen Haldane."
    found = [
        entity("Ilse Marchetti", text, "PERSON"),
        entity("Tomas Okafor", text, "PERSON"),
        entity("Velmora Group", text, "ORG"),
        entity("Kestrel Holdings", text, "ORG"),
    ]
    assert labelled(text, found) == [(e.text, e.label) for e in found]


def test_another_label_is_kept_unless_most_members_agree() -> None:
    text = "Ilse Marchetti, Tomas Okafor, Wen Haldane, Priya Vantongeren, Ana Ruiz, Li Wei."
    people = ["Ilse Marchetti", "Tomas Okafor", "Wen Haldane", "Priya Vantongeren"]
    found = [entity(name, text, "PERSON") for name in people] + [entity("Ana Ruiz", text, "ORG")]
    assert ("Ana Ruiz", "PERSON") in labelled(text, found)
    weak = [entity(name, text, "PERSON") for name in people[:2]] + [entity("Ana Ruiz", text, "ORG")]
    assert ("Ana Ruiz", "ORG") in labelled(text, weak)


def test_words_of_a_sentence_are_no_members() -> None:
    text = "Then, Okafor, Haldane and Ruiz went home to rest."
    found = [entity("Okafor", text, "PERSON"), entity("Haldane", text, "PERSON")]
    assert labelled(text, found) == [("Okafor", "PERSON"), ("Haldane", "PERSON")]


def test_dates_and_numbers_pass_on_nothing() -> None:
    text = "Monday, Tuesday, Friday and Saturday."
    found = [entity(day, text, "DATE") for day in ("Monday", "Tuesday", "Friday")]
    assert labelled(text, found) == [(e.text, e.label) for e in found]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Ilse Marchetti", "Wen", "van Haldane", "Tomas Okafor", "the", "12"]),
            st.sampled_from([", ", "; ", " and ", ". ", "\n", " - ", " ("]),
            st.sampled_from([None, "PERSON", "ORG", "DATE"]),
        ),
        max_size=12,
    )
)
def test_the_answer_is_in_order_and_never_overlaps(pieces: list) -> None:
    text, found = "", []
    for words, separator, label in pieces:
        if label:
            found.append(
                Entity(text=words, label=label, start=len(text), end=len(text) + len(words))
            )
        text += words + separator
    answer = list_members(text, found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(answer))
    assert all(text[e.start : e.end] == e.text for e in answer)
