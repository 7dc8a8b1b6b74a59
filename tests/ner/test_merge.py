"""Merging the model's entities with the patterns': each rule, on model output we write down."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from ocrner.ner.engine import Entity
from ocrner.ner.merge import combine, tidy


def model(text: str, *spans: tuple[str, str]) -> list[Entity]:
    """Model entities for the first occurrence of each ``(text, label)`` in ``text``."""
    entities = []
    for span, label in spans:
        start = text.index(span)
        entities.append(Entity(text=span, label=label, start=start, end=start + len(span)))
    return entities


def answer(text: str, *spans: tuple[str, str]) -> list[tuple[str, str, str]]:
    return [
        (entity.text, entity.label, entity.source) for entity in combine(text, model(text, *spans))
    ]


def test_a_pattern_money_takes_over_the_model_amount_that_lost_its_sign() -> None:
    text = "The annual salary is £41,500, and more."
    assert answer(text, ("41,500", "MONEY"), ("annual", "DATE")) == [
        ("£41,500", "MONEY", "pattern")
    ]


def test_a_weekday_and_a_date_the_model_split_become_one_date() -> None:
    text = "Your first day will be Monday, 6 January 2025."
    assert answer(text, ("Monday", "DATE"), ("6 January 2025", "DATE")) == [
        ("Monday, 6 January 2025", "DATE", "pattern")
    ]


def test_a_model_entity_that_already_contains_the_match_stays() -> None:
    text = "Sales peaked in early March 2025 here."
    assert answer(text, ("early March 2025", "DATE")) == [("early March 2025", "DATE", "model")]


def test_a_pattern_replaces_an_overlapping_entity_of_another_label() -> None:
    text = "Fare GBP 32.50, tip GBP 3.50."
    assert answer(text, ("Fare GBP 32.50", "PRODUCT"), ("GBP", "ORG")) == [
        ("GBP 32.50", "MONEY", "pattern"),
        ("GBP 3.50", "MONEY", "pattern"),
    ]


def test_model_spans_are_cut_to_the_convention() -> None:
    text = "Dr. Samira Benali met the University of Otago shortly after 6 a.m. with Ghana's team."
    assert answer(
        text,
        ("Dr. Samira Benali", "PERSON"),
        ("the University of Otago", "ORG"),
        ("shortly after 6 a.m.", "TIME"),
        ("Ghana's", "GPE"),
    ) == [
        ("Samira Benali", "PERSON", "model"),
        ("University of Otago", "ORG", "model"),
        ("6 a.m.", "TIME", "model"),
        ("Ghana", "GPE", "model"),
    ]


def test_head_words_relabel_the_model_and_fill_its_gaps() -> None:
    text = "Flights leave Liverpool John Lennon Airport daily. Copperline Plumbing offers more."
    assert answer(text, ("John Lennon Airport", "PERSON")) == [
        ("Liverpool John Lennon Airport", "FAC", "pattern"),
        ("Copperline Plumbing", "ORG", "pattern"),
    ]
    assert answer("We met Greywater Cooperative.", ("Greywater Cooperative", "PERSON")) == [
        ("Greywater Cooperative", "ORG", "model")
    ]


def test_a_name_with_its_label_already_is_not_extended() -> None:
    text = "Yesterday Siemens Energy said so."
    assert answer(text, ("Siemens Energy", "ORG")) == [("Siemens Energy", "ORG", "model")]


def test_the_name_after_a_salutation_is_a_person() -> None:
    assert answer("Dear Sofia Lindqvist, thanks.", ("Dear Sofia Lindqvist", "ORG")) == [
        ("Sofia Lindqvist", "PERSON", "model")
    ]
    assert answer("Dear Ama Mensah, thanks.", ("Ama Mensah", "ORG")) == [
        ("Ama Mensah", "PERSON", "model")
    ]


def test_document_numbers_and_paperwork_words_are_not_entities() -> None:
    text = "Invoice 2290 for Order 00871: VAT included, flight LH 1677."
    assert (
        answer(
            text,
            ("2290", "DATE"),
            ("Order 00871", "DATE"),
            ("VAT", "ORG"),
            ("1677", "CARDINAL"),
        )
        == []
    )


def test_tidy_keeps_offsets_pointing_at_the_text() -> None:
    text = "We met the Kigali Convention Centre staff."
    (entity,) = model(text, ("the Kigali Convention Centre", "ORG"))
    tidied = tidy(entity, text)
    assert tidied is not None
    assert text[tidied.start : tidied.end] == tidied.text == "Kigali Convention Centre"
    assert tidied.label == "FAC"


def test_the_answer_never_overlaps_and_is_in_text_order() -> None:
    text = "On Tuesday, 4 March 2025 Hemi Walker paid NZ$2.4 million at 07:45 in Dunedin."
    entities = combine(
        text,
        model(
            text,
            ("Tuesday", "DATE"),
            ("4 March 2025 Hemi", "DATE"),
            ("Walker", "PERSON"),
            ("2.4 million", "MONEY"),
            ("Dunedin", "GPE"),
        ),
    )
    for first, second in itertools.pairwise(entities):
        assert first.end <= second.start
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text


def test_a_city_the_model_mislabels_is_a_place_when_the_text_says_so() -> None:
    text = "Hanna Berg flew from Vaasa to Lyon, France, to meet Mr. Jackson."
    assert answer(
        text, ("Hanna Berg", "PERSON"), ("Vaasa", "ORG"), ("Lyon", "PERSON"), ("Jackson", "PERSON")
    ) == [
        ("Hanna Berg", "PERSON", "model"),
        ("Vaasa", "GPE", "model"),
        ("Lyon", "GPE", "model"),
        ("France", "GPE", "pattern"),
        ("Jackson", "PERSON", "model"),
    ]


def test_who_signs_a_letter_is_a_person() -> None:
    text = "We hope to see you. Kind regards, Ama Mensah"
    assert answer(text, ("Ama Mensah", "ORG")) == [("Ama Mensah", "PERSON", "model")]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ,.:-'$£%ABTheDrlOo|May Oslo+()@w.com\n"))),
    st.data(),
)
def test_any_text_and_model_answer_give_entities_that_index_it_without_overlaps(
    text: str, data: st.DataObject
) -> None:
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    labels = st.sampled_from(["PERSON", "ORG", "GPE", "DATE", "MONEY", "CARDINAL"])
    model = [
        Entity(text=text[start:end], label=data.draw(labels), start=start, end=end)
        for start, end in zip(cuts[::2], cuts[1::2], strict=False)
    ]
    entities = combine(text, model)
    for entity in entities:
        assert entity.start < entity.end
        assert text[entity.start : entity.end] == entity.text
    for first, second in itertools.pairwise(entities):
        assert first.end <= second.start


def test_long_runs_without_spaces_are_not_taken_for_addresses_or_names() -> None:
    for text in ("a." * 50_000, "A-" * 50_000, "a@b" * 30_000):
        assert combine(text, []) == []


def test_a_name_cut_inside_a_hyphenated_word_gets_the_whole_word() -> None:
    text = "Vice president Park Ji-woo visited."
    assert answer(text, ("Park Ji", "PERSON")) == [("Park Ji-woo", "PERSON", "model")]


def test_a_name_does_not_grow_into_the_next_entity() -> None:
    text = "Meet Park Ji-Woo today."
    assert answer(text, ("Park Ji", "PERSON"), ("Woo", "ORG")) == [
        ("Park Ji", "PERSON", "model"),
        ("Woo", "ORG", "model"),
    ]


def test_a_model_name_falls_apart_at_a_spaced_dash_a_bracket_and_a_score() -> None:
    text = "Portugal - Marta Sousa beat Norway 3-0 at the Riverside Arena (Kennington) on Sunday."
    spans = [
        ("Portugal - Marta Sousa", "PERSON"),
        ("Norway 3-0", "GPE"),
        ("Riverside Arena (Kennington", "FAC"),
    ]
    assert answer(text, *spans) == [
        ("Portugal", "GPE", "model"),
        ("Marta Sousa", "PERSON", "model"),
        ("Norway", "GPE", "model"),
        ("Riverside Arena", "FAC", "model"),
        ("Kennington", "FAC", "model"),
    ]


def test_a_headings_topic_word_before_a_dash_is_no_name() -> None:
    text = "Rowing - Harlow Crew Wins Again"
    assert answer(text, ("Rowing - Harlow Crew", "ORG")) == [("Harlow Crew", "ORG", "model")]


def test_a_place_the_model_knows_is_not_made_an_organisation_by_its_head_word() -> None:
    text = "Leaders of the Eastern Federation met."
    assert answer(text, ("Eastern Federation", "GPE")) == [("Eastern Federation", "GPE", "model")]


def test_a_legal_form_name_replaces_the_models_longer_one() -> None:
    text = "BLUE OX TRADING SDN BHD COMPANY NO 1234\nTotal 5.00"
    assert answer(text, ("BLUE OX TRADING SDN BHD COMPANY NO", "ORG"))[0] == (
        "BLUE OX TRADING SDN BHD",
        "ORG",
        "pattern",
    )


def test_a_total_keeps_the_currency_sign_the_pattern_found() -> None:
    assert answer("Total: NZ$9.10") == [("NZ$9.10", "MONEY", "pattern")]


def test_a_head_word_name_does_not_swallow_a_place_the_model_found() -> None:
    text = "Artists on the Flemish Left Bank protested."
    assert answer(text, ("Flemish", "NORP"), ("Left Bank", "LOC")) == [
        ("Flemish", "NORP", "model"),
        ("Left Bank", "LOC", "model"),
    ]


def test_in_a_headline_in_capitals_a_name_ends_at_a_common_word() -> None:
    text = "ROWING - HARLOW CREW GO THROUGH TO FINAL"
    assert answer(text, ("HARLOW CREW GO THROUGH TO FINAL", "ORG")) == [
        ("HARLOW CREW", "ORG", "model")
    ]


def test_a_place_falls_apart_at_a_comma_and_any_name_at_a_colon_or_a_score() -> None:
    text = "They met at Grand Arena, Kennington. Safety: Everyone Home. Vale Cup 5-1 final."
    spans = [("Grand Arena, Kennington", "FAC"), ("Safety: Everyone Home", "PRODUCT")]
    spans.append(("Vale Cup 5-1", "EVENT"))
    assert answer(text, *spans) == [
        ("Grand Arena", "FAC", "model"),
        ("Kennington", "FAC", "model"),
        ("Safety", "PRODUCT", "model"),
        ("Everyone Home", "PRODUCT", "model"),
        ("Vale Cup", "EVENT", "model"),
    ]


def test_capitals_are_judged_once_per_line_however_many_names_it_holds(monkeypatch) -> None:
    """A text of one long line with thousands of names (a flood of NER_MAX_TEXT_CHARS) is
    read in linear time: each line is judged for capitals once, not once per name."""
    from ocrner.ner import merge

    judged: list[int] = []

    def counting(line: str) -> bool:
        judged.append(len(line))
        return False

    monkeypatch.setattr(merge, "in_capitals", counting)
    text = "Angela Merkel visited Siemens in Munich. " * 500 + "\nKind regards, Thomas Weber"
    names = [
        Entity(text="Merkel", label="PERSON", start=start + 7, end=start + 13)
        for start in range(0, 500 * 41, 41)
    ]
    combine(text, names)
    assert len(judged) <= 2 * text.count("\n") + 2


def _at(text: str, span: str, label: str) -> Entity:
    start = text.index(span)
    return Entity(text=span, label=label, start=start, end=start + len(span))


def test_a_number_before_a_spaced_dash_and_a_name_is_the_number_alone() -> None:
    text = "11 - Ana Ruiz, 10 - Wen Haldane"
    model = [_at(text, "11 - Ana Ruiz", "QUANTITY")]
    assert [(e.text, e.label) for e in combine(text, model)][:1] == [("11", "QUANTITY")]


def test_a_name_ends_with_a_name_word_not_a_lower_case_one() -> None:
    text = "Velmora news agency quoted him, and Bank of England said so."
    model = [_at(text, "Velmora news agency", "ORG"), _at(text, "Bank of England", "ORG")]
    assert [(e.text, e.label) for e in combine(text, model)] == [
        ("Velmora", "ORG"),
        ("Bank of England", "ORG"),
    ]


def test_a_place_the_model_took_into_a_dateline_date_is_no_part_of_it() -> None:
    text = "Oslo 2025-03-14\nIt rained in early March 2025."
    model = [_at(text, "Oslo 2025-03-14", "DATE"), _at(text, "early March 2025", "DATE")]
    dates = [(e.text, e.label) for e in combine(text, model) if e.label == "DATE"]
    assert dates == [("2025-03-14", "DATE"), ("early March 2025", "DATE")]
