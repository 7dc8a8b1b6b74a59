"""The line rules for business documents: legal-form names, merchants, totals, addresses."""

from __future__ import annotations

import pytest

from ocrner.ner.documents import document_entities


def found(text: str) -> list[tuple[str, str]]:
    return [(entity.text, entity.label) for entity in document_entities(text)]


@pytest.mark.parametrize(
    "name",
    [
        "Northwind Widgets Ltd",
        "Quillfeather Analytics LLC",
        "Brightmoor Inc.",
        "Kaltbach Maschinenbau GmbH",
        "Ostwald Logistik AG",
        "Lumière Conseil SAS",
        "Tulpenveld Handel B.V.",
        "Wattle Creek Pty Ltd",
        "Harrowgate Foods PLC",
        "Sakura Denki K.K.",
        "Empresa Solar S.A.",
        "Redgum Trading Co.",
    ],
)
def test_a_name_ending_in_a_legal_form_is_an_organisation(name: str) -> None:
    assert found(f"Invoice from {name}, payable in 30 days") == [(name, "ORG")]


def test_a_receipt_head_in_capitals_is_one_organisation_with_its_legal_form() -> None:
    text = "KEDAI RUNCIT BINTANG TIMUR (M) SDN. BHD. (123456-X)\nTHANK YOU"
    assert found(text) == [("KEDAI RUNCIT BINTANG TIMUR (M) SDN. BHD.", "ORG")]


def test_a_name_that_its_legal_form_pushed_to_the_next_line_is_taken_whole() -> None:
    text = "GOLDEN PAGE BOOK\nCO. (M) SDN BHD\n(CO. NO. 55555-W)"
    assert found(text)[0] == ("GOLDEN PAGE BOOK\nCO. (M) SDN BHD", "ORG")


def test_words_that_are_also_legal_forms_are_not_names_in_running_text() -> None:
    assert found("The trading day ended early for an enterprise of that size.") == []


def test_a_person_before_of_is_not_part_of_the_company() -> None:
    text = "said Mira Solberg of Fjordline Holdings Inc on Tuesday"
    assert found(text) == [("Fjordline Holdings Inc", "ORG")]


def test_the_amounts_a_total_line_names_are_money_with_or_without_a_currency() -> None:
    text = "SUB TOTAL : 40.00\nTOTAL (RM) : 42.40\nCASH RM 50.00\nCHANGE 7.60\nTOTAL QTY: 3"
    assert found(text) == [
        ("40.00", "MONEY"),
        ("42.40", "MONEY"),
        ("RM 50.00", "MONEY"),
        ("7.60", "MONEY"),
    ]


def test_a_total_whose_amount_is_on_the_next_line_is_found_there() -> None:
    assert found("Amount due\n1,250.00\nThank you") == [("1,250.00", "MONEY")]


def test_the_merchant_at_the_head_of_a_receipt_is_an_organisation() -> None:
    text = "HAPPY LANTERN CAFE (99999-K)\nTel 012-3456789\nTotal 12.50"
    assert found(text) == [("HAPPY LANTERN CAFE", "ORG"), ("12.50", "MONEY")]


def test_without_a_total_the_first_line_is_not_taken_for_a_merchant() -> None:
    assert found("HAPPY LANTERN CAFE\nOpening hours 9 to 5") == []


def test_an_address_over_several_lines_is_one_entity() -> None:
    text = (
        "MAWAR HARDWARE SDN BHD\n"
        "NO. 12, JALAN MELATI 3/2,\n"
        "TAMAN SERI INDAH,\n"
        "43000 KAMPUNG SERI MAWAR\n"
        "TEL: 03-8888 1234\n"
    )
    assert found(text) == [
        ("MAWAR HARDWARE SDN BHD", "ORG"),
        ("NO. 12, JALAN MELATI 3/2,\nTAMAN SERI INDAH,\n43000 KAMPUNG SERI MAWAR", "ADDRESS"),
    ]


@pytest.mark.parametrize(
    "address",
    [
        "Unit 4, 18 Harbour Road\nPortsmouth PO1 3AX",
        "Suite 210, 455 Elm Street\nSpringfield, IL 62704",
        "Lindenstraße 14\n10969 Berlin",
        "12 rue des Lilas\n69003 Lyon",
    ],
)
def test_street_addresses_in_several_countries_are_found(address: str) -> None:
    assert found(f"Bill to:\n{address}\nPhone 555 0100") == [(address, "ADDRESS")]


def test_a_sentence_that_mentions_a_road_is_not_an_address() -> None:
    text = (
        "The council said on Monday that 12 new houses would be built along the old road "
        "near the station."
    )
    assert found(text) == []


def test_telephone_and_tax_lines_end_an_address() -> None:
    text = "88 Jalan Kenari\n81100 Johor Bahru\nGST NO: 000123456789"
    assert found(text) == [("88 Jalan Kenari\n81100 Johor Bahru", "ADDRESS")]


def test_a_sentence_with_a_cash_amount_is_no_receipt_and_two_companies_stay_apart() -> None:
    text = (
        "Cotswold Controls Inc and Harbin Corp traded at 4.04 in cash trading on the day.\n"
        "Thursday."
    )
    assert found(text) == [("Cotswold Controls Inc", "ORG"), ("Harbin Corp", "ORG")]


def test_a_headline_with_a_dateline_is_no_address() -> None:
    assert found("Oil near session lows in pre-close. NEW YORK 1996-08-30") == []


def test_a_business_word_inside_a_name_stays_but_paperwork_before_it_does_not() -> None:
    assert found("Rimba Cash & Carry Sdn.Bhd (12345-W)") == [("Rimba Cash & Carry Sdn.Bhd", "ORG")]
    assert found("GST NO 0012 TAX INVOICE TIGA BINTANG SDN BHD") == [
        ("TIGA BINTANG SDN BHD", "ORG")
    ]


def test_an_address_shares_its_line_with_the_name_before_and_the_phone_after_it() -> None:
    text = "Teratai Foods Sdn Bhd (55555-K) 7, Jalan Cempaka 2, 40150 Shah Alam Tel: 03-5555 1234"
    assert found(text) == [
        ("Teratai Foods Sdn Bhd", "ORG"),
        ("7, Jalan Cempaka 2, 40150 Shah Alam", "ADDRESS"),
    ]


def test_a_registration_number_in_brackets_is_no_address() -> None:
    assert found("(Co. No. 12345-W)\n(GST Reg No. 0012345)") == []


def test_the_trade_name_at_the_head_is_an_organisation_as_well_as_the_legal_name() -> None:
    text = "LANTERN BOOKS\nOwned by: TIGA BINTANG SDN BHD\nTOTAL 9.90"
    assert found(text) == [
        ("LANTERN BOOKS", "ORG"),
        ("TIGA BINTANG SDN BHD", "ORG"),
        ("9.90", "MONEY"),
    ]
