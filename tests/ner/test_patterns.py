"""The pattern recognisers on their own: what they find, and what they leave alone."""

from __future__ import annotations

import itertools

import pytest

from ocrner.ner.patterns import (
    head_label,
    iban_checksum_ok,
    is_place,
    named_entities,
    structured_entities,
)


def found(text: str) -> list[tuple[str, str]]:
    return [(entity.text, entity.label) for entity in structured_entities(text)]


@pytest.mark.parametrize(
    "amount",
    [
        "£41,500",
        "€14 million",
        "NZ$2.4 million",
        "C$196.77",
        "US$5bn",
        "$1,185.50",
        "EUR 2,208.00",
        "GBP 3.50",
        "ISK 9 billion",
        "2,208.00 EUR",
        "1.234,56 €",
        "500 US dollars",
        "¥118,000",
    ],
)
def test_amounts_keep_their_currency(amount: str) -> None:
    assert found(f"The fee of {amount} was paid.") == [(amount, "MONEY")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("8.4%", "PERCENT"),
        ("12 percent", "PERCENT"),
        ("2024-11-02", "DATE"),
        ("28/06/2025", "DATE"),
        ("28.02.2025", "DATE"),
        ("Monday, 6 January 2025", "DATE"),
        ("October 21, 2024", "DATE"),
        ("14 to 21 August 2024", "DATE"),
        ("9 and 10 July 2025", "DATE"),
        ("November 2024", "DATE"),
        ("16:05", "TIME"),
        ("8:20 a.m.", "TIME"),
        ("7pm", "TIME"),
        ("anna.berg@example.co.uk", "EMAIL"),
        ("https://example.org/a?b=1", "URL"),
        ("www.parknord.de", "URL"),
        ("+44 161 496 0734", "PHONE"),
        ("(555) 123-4567", "PHONE"),
        ("0131 496 0023", "PHONE"),
        ("GB33 BUKB 2020 1555 5555 55", "IBAN"),
    ],
)
def test_each_recogniser_finds_its_shape(text: str, label: str) -> None:
    assert found(f"Noted: {text}; thanks") == [(text, label)]


def test_a_clock_time_before_a_colon_is_still_a_time() -> None:
    assert found("Receipt of 28/06/2025, 10:12: sunscreen") == [
        ("28/06/2025", "DATE"),
        ("10:12", "TIME"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In May 2,500 people came.",
        "Version 2.10 fixes 3:1 ratios.",
        "Invoice TR-7731 and order 00871.",
        "Call us on 12 34.",
        "The PHP 8 release.",
        "She was 2024-13-45 years old.",
    ],
)
def test_lookalikes_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_an_iban_with_a_wrong_checksum_gets_a_low_score() -> None:
    assert iban_checksum_ok("DE89 3704 0044 0532 0130 00")
    assert not iban_checksum_ok("DE88 3704 0044 0532 0130 00")
    (good,) = structured_entities("IBAN DE89 3704 0044 0532 0130 00")
    (bad,) = structured_entities("IBAN DE88 3704 0044 0532 0130 00")
    assert good.score is not None and bad.score is not None
    assert good.score > bad.score


def test_matches_never_overlap_and_come_in_text_order() -> None:
    entities = structured_entities(
        "On Tuesday, 4 March 2025 at 07:45 pay €210 (8%) to info@hotel.example.com."
    )
    assert [entity.label for entity in entities] == ["DATE", "TIME", "MONEY", "PERCENT", "EMAIL"]
    for first, second in itertools.pairwise(entities):
        assert first.end <= second.start
    assert all(entity.source == "pattern" and entity.score for entity in entities)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Liverpool John Lennon Airport", "FAC"),
        ("Kigali Convention Centre", "FAC"),
        ("Tallinn Music Week", "EVENT"),
        ("Storm Ingrid", "EVENT"),
        ("Copperline Plumbing", "ORG"),
        ("Thousand Hills Events Ltd", "ORG"),
        ("Pinecrest School District", "ORG"),
        ("Angela Merkel", None),
        ("Airport", None),
    ],
)
def test_the_head_word_gives_the_label(name: str, label: str | None) -> None:
    assert head_label(name) == label


def test_named_entities_start_after_sentence_words_and_possessives() -> None:
    text = "The Kigali Convention Centre hosted it. Ghana's Electoral Commission and Slovak staff."
    assert [(entity.text, entity.label) for entity in named_entities(text)] == [
        ("Kigali Convention Centre", "FAC"),
        ("Electoral Commission", "ORG"),
        ("Slovak", "NORP"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("She lives in Tampere now.", "Tampere", True),
        ("Trains leave Budapest at 7.", "Budapest", True),
        ("Basel, Switzerland.", "Basel", True),
        ("Canada agreed.", "Canada", True),
        ("Tampere agreed.", "Tampere", False),
        ("Ask Jackson today.", "Jackson", False),
    ],
)
def test_places_are_found_in_context(text: str, name: str, place: bool) -> None:
    start = text.index(name)
    assert is_place(text, start, start + len(name)) is place


def test_who_signs_a_letter_is_not_taken_for_a_city() -> None:
    text = "Best regards, Jackson"
    assert not is_place(text, text.index("Jackson"), len(text))
    assert is_place("Prairie Hardware, Winnipeg.", 18, 26)


def dates(text: str, order: str = "DMY") -> list[tuple[str, str | None]]:
    return [
        (entity.text, entity.value)
        for entity in structured_entities(text, order)
        if entity.label == "DATE"
    ]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("15/01/2019", "2019-01-15"),
        ("15-01-19", "2019-01-15"),
        ("2019-01-15", "2019-01-15"),
        ("2019/01/15", "2019-01-15"),
        ("15.01.2019", "2019-01-15"),
        ("15 Jan 2019", "2019-01-15"),
        ("15 JAN 2019", "2019-01-15"),
        ("15JAN2019", "2019-01-15"),
        ("15-Jan-19", "2019-01-15"),
        ("05/06/2025", "2025-06-05"),
        ("OCT 3, 2016", "2016-10-03"),
    ],
)
def test_numeric_dates_are_read_day_first_by_default(written: str, value: str) -> None:
    assert dates(f"Date: {written} 10:42") == [(written, value)]


def test_month_first_order_reads_an_ambiguous_date_the_other_way() -> None:
    assert dates("Date: 05/06/2025", "MDY") == [("05/06/2025", "2025-05-06")]


def test_a_date_possible_only_month_first_is_read_that_way() -> None:
    assert dates("on 12/13/2016") == [("12/13/2016", "2016-12-13")]


@pytest.mark.parametrize("impossible", ["31/02/2019", "30-02-20", "13/13/2019", "2019-02-30"])
def test_an_impossible_date_is_never_an_entity(impossible: str) -> None:
    assert dates(f"on {impossible} we met") == []


def test_a_date_glued_to_a_time_or_looking_like_a_phone_number_is_a_date() -> None:
    assert dates("[Sales]2018-01-0522:55:25") == [("2018-01-05", "2018-01-05")]
    assert found("03-05-18 14:12") == [("03-05-18", "DATE"), ("14:12", "TIME")]


@pytest.mark.parametrize(
    "amount",
    ["RM 9.00", "RM9.00", "MYR 1,250.00", "CHF 45.50", "SGD 12.00", "IDR 150,000", "INR 2,500"],
)
def test_amounts_with_local_currency_codes_are_money(amount: str) -> None:
    assert found(f"Paid {amount} today.") == [(amount, "MONEY")]


@pytest.mark.parametrize("amount", ["kr 199", "199 kr", "Rp 25.000"])
def test_local_signs_written_in_letters_are_money(amount: str) -> None:
    assert found(f"Pris {amount} netto") == [(amount, "MONEY")]


def test_a_local_sign_alone_is_not_money() -> None:
    assert found("RM and kr are abbreviations") == []
