"""The real-document measures of ../shared/realworld-dev/README.md, on cases worked by hand."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from benchmarks.realworld_metrics import (
    Entity,
    company_lenient,
    coverage,
    edits,
    find_dates,
    find_numbers,
    fold,
    gold_total,
    in_text,
    normalise_entity,
    ocr_tokens,
    predicted_class,
    reading_order,
    score_form,
    score_news,
    score_receipt,
)


def test_fold_is_the_readmes_example() -> None:
    assert fold("BOOK TA .K(TAMAN DAYA) SDN. BHD.") == "book ta k taman daya sdn bhd"
    assert fold("“Smith’s” – snake_case") == "smith s snake case"


def test_ocr_tokens_strip_edge_punctuation_only() -> None:
    assert ocr_tokens("TOTAL: 9.00 (RM) -- a/b") == ["total", "9.00", "rm", "a/b"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("15/01/2019", (2019, 1, 15)),
        ("15-01-19", (2019, 1, 15)),
        ("15.01.2019", (2019, 1, 15)),
        ("2019-01-15", (2019, 1, 15)),
        ("12/25/2018", (2018, 12, 25)),
        ("Date: 25 Dec 2018 10:31", (2018, 12, 25)),
        ("Dec 25, 2018", (2018, 12, 25)),
        ("20190115", (2019, 1, 15)),
        ("15012019", (2019, 1, 15)),
    ],
)
def test_each_date_form_is_read_day_first_unless_impossible(text: str, date: tuple) -> None:
    assert find_dates(text) == [datetime.date(*date)]


@pytest.mark.parametrize("text", ["31/02/2019", "15/01/1985", "12 items 20", "99999999"])
def test_impossible_dates_and_years_out_of_range_are_no_dates(text: str) -> None:
    assert find_dates(text) == []


def test_the_readmes_date_reader_quirk_is_kept() -> None:
    assert find_dates("REG #2- 24/06/2018") == [datetime.date(2006, 2, 24)]


def test_numbers_with_thousands_commas_and_the_largest_gold_total() -> None:
    assert find_numbers("RM 1,234.50 x 9") == [Decimal("1234.50"), Decimal("9")]
    assert gold_total("RM 9.00 (incl. 0.54 GST)") == Decimal("9.00")
    assert Decimal("9") == gold_total("9.00")


def test_company_matches_exactly_leniently_and_in_text() -> None:
    assert company_lenient("PERNIAGAAN ZHENG HUI SDN", "PERNIAGAAN ZHENG HUI SDN BHD")
    assert not company_lenient("ZHENG HUI", "PERNIAGAAN ZHENG HUI SDN BHD")
    assert in_text("Zheng Hui", "PERNIAGAAN ZHENG HUI\nNO.59")
    assert not in_text("Zheng Hu", "PERNIAGAAN ZHENG HUI")


def test_coverage_counts_tokens_as_a_multiset() -> None:
    assert coverage("NO 5 JALAN 5 JOHOR", ["Jalan 5", "Johor"]) == pytest.approx(3 / 5)


def test_reading_order_groups_boxes_into_lines_by_vertical_overlap() -> None:
    lines = [
        ("TOTAL", [10, 100, 60, 120]),
        ("SHOP", [10, 10, 60, 30]),
        ("9.00", [200, 104, 240, 122]),
        ("NAME", [70, 12, 120, 32]),
        ("small", [10, 121, 40, 125]),
    ]
    assert reading_order(lines) == "SHOP NAME\nTOTAL 9.00\nsmall"


def test_cer_collapses_whitespace_and_is_case_sensitive() -> None:
    assert edits("Total\n 9.00", "Total 9.00") == 0
    assert edits("total 9.00", "Total 9.00") == 1


def test_a_receipt_is_scored_field_by_field() -> None:
    fields = {
        "company": "ABC TRADING SDN BHD",
        "date": "15/01/2019",
        "total": "12.50",
        "address": "NO 1 JALAN MAJU 81000 JOHOR",
    }
    lines = [("ABC TRADING SDN BHD", [0, 0, 100, 10]), ("TOTAL: 12.50", [0, 20, 100, 30])]
    text = "ABC TRADING SDN BHD\nTOTAL: RM12.50\n15-01-2019 JALAN MAJU"
    entities = [
        Entity("ABC Trading Sdn Bhd", "ORG"),
        Entity("RM12.50", "MONEY"),
        Entity("15-01-2019", "DATE"),
        Entity("JALAN MAJU", "FAC"),
    ]
    score = score_receipt(fields, lines, text, entities)
    assert (score.company_org, score.date_date, score.total_money) == (True, True, True)
    assert score.address == [pytest.approx(2 / 6)]
    assert score.address_text == [pytest.approx(2 / 6)]
    assert (score.gold_tokens, score.output_tokens, score.matched_tokens) == (6, 9, 5)


def test_a_form_is_scored_on_tokens_exact_and_alnum() -> None:
    score = score_form(["Date:", "466-", "5087", "(x)"], "Date: 466- 5087 (x)", "DATE 466-5087 x")
    assert (score.gold_tokens, score.matched_tokens, score.output_tokens) == (4, 2, 3)
    assert score.recall == pytest.approx(0.5)
    assert score.exact_recall == 0.0
    assert score.alnum_recall == 1.0


def test_news_entities_are_normalised_and_mapped_to_conll_classes() -> None:
    assert normalise_entity("the Prime Minister John Major's") == "john major"
    assert normalise_entity("Mr. Smith,") == "smith"
    assert predicted_class("gpe") == "PLACE"
    assert predicted_class("NORP") == "MISC"
    assert predicted_class("DATE") is None


def test_news_strict_matching_counts_each_gold_occurrence_once() -> None:
    gold = [Entity("Smith", "PERSON"), Entity("Smith", "PERSON"), Entity("Paris", "LOC")]
    found = [
        Entity("Mr. Smith", "PERSON"),
        Entity("Paris", "ORG"),
        Entity("Monday", "DATE"),
        Entity("French", "NORP"),
    ]
    score = score_news(gold, found, "text", "text")
    assert (score.typed[""], score.predicted[""], score.gold[""]) == (1, 3, 3)
    assert score.ignored == 1
    assert score.untyped == 2
    assert score.f1() == pytest.approx(1 / 3)
    assert score.f1("PERSON") == pytest.approx(2 / 3)
