"""Lines in capitals are shown to the model in title case, offsets unchanged."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ocrner.ner.casing import case_normalised, in_capitals


def test_a_line_in_capitals_is_title_cased_and_mixed_case_lines_are_kept() -> None:
    text = "NORTHWIND TRADING OF THE NORTH\nMeeting with Anna Berg in Oslo."
    assert (
        case_normalised(text) == "Northwind Trading of the North\nMeeting with Anna Berg in Oslo."
    )


def test_short_words_in_capitals_stay_as_acronyms() -> None:
    assert case_normalised("RIVAL CLUBS MEET IN USA AND UK") == "Rival Clubs Meet in USA and UK"


def test_a_short_capital_line_is_not_a_line_in_capitals() -> None:
    assert not in_capitals("TEL 555")
    assert case_normalised("TEL 555\nok") == "TEL 555\nok"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_the_copy_always_has_the_same_length(text: str) -> None:
    assert len(case_normalised(text.upper())) == len(text.upper())


def test_a_dateline_with_a_short_place_name_is_title_cased() -> None:
    assert case_normalised("OSLO 2025-03-14\nThe story") == "Oslo 2025-03-14\nThe story"
