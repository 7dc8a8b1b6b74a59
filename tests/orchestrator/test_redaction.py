"""Redaction with the real engines in this process: Tesseract reads the redacted files again."""

from __future__ import annotations

import asyncio
import io
import zlib

import pypdfium2
import pytest
from PIL import Image, PngImagePlugin

from ocrner.core.errors import RedactionUnverified, UnreadableDocument
from ocrner.documents import DocumentLimits, open_document
from ocrner.ocr.engine import Word
from ocrner.orchestrator import redaction
from ocrner.orchestrator.pipeline import LocalNer, LocalOcr, Pipeline, Upload
from ocrner.orchestrator.redaction import (
    PagePlan,
    Redactor,
    find_leaks,
    other_mentions,
    read_pages,
)
from tests.utils.documents import PAGE_LETTERS, mixed_pdf
from tests.utils.images import LETTER, encode, render_lines, render_paragraph

CONTACT = [
    "Please reply to Angela Merkel at",
    "angela.merkel@example.org or on +49 30 1234 5678",
    "before the meeting in Hamburg.",
]
SECOND_PAGE = ["The contract was signed by Maria Schmidt", "in Hamburg on 3 May 2024."]


@pytest.fixture(scope="module")
def redactor(ocr_engine, ner_engine, ocr_settings, ner_settings) -> Redactor:
    return Redactor(
        Pipeline(LocalOcr(ocr_engine, ocr_settings), LocalNer(ner_engine, ner_settings))
    )


def words_read(ocr_engine, page: Image.Image) -> list[str]:
    """What Tesseract reads on a page: its words, lower case, without punctuation."""
    result = ocr_engine.recognize(page, "eng")
    return ["".join(c for c in word.text.casefold() if c.isalnum()) for word in result.words]


def run(redactor: Redactor, data: bytes, labels: list[str]) -> redaction.Redacted:
    return asyncio.run(redactor.redact(Upload(data=data), labels))


def assert_gone_and_kept(ocr_engine, page: Image.Image, gone: list[str], kept: list[str]) -> None:
    read = words_read(ocr_engine, page)
    text = " ".join(read)
    for word in gone:
        assert word not in text, (word, read)
    # A kept word may be read with a burned box's edge stuck to it: RapidOCR (which
    # OCR_ENGINE=auto falls back to) reads "signed" next to a box as "isigned".
    for word in kept:
        assert any(word in token for token in read), (word, read)


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP", "BMP", "GIF"])
def test_a_person_is_gone_from_the_redacted_image_and_the_places_are_kept(
    redactor, ocr_engine, image_format
) -> None:
    data = encode(render_paragraph(LETTER), image_format)
    redacted = run(redactor, data, ["PERSON"])
    image = Image.open(io.BytesIO(redacted.data))
    assert image.format == image_format
    assert {removed.label for removed in redacted.report.removed} == {"PERSON"}
    assert redacted.report.verification.verified
    assert_gone_and_kept(
        ocr_engine,
        image.convert("RGB"),
        gone=["angela", "merkel", "thomas", "weber"],
        kept=["siemens", "munich", "march"],
    )


def test_a_redacted_image_carries_none_of_the_original_metadata(redactor) -> None:
    page = render_paragraph(LETTER)
    exif = Image.Exif()
    exif[315] = "Angela Merkel"  # Artist
    exif[0x0112] = 1  # Orientation: upright
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Angela Merkel")
    for data in (
        encode(page, "JPEG", exif=exif.tobytes(), icc_profile=b"icc-of-angela-merkel"),
        encode(page, "PNG", pnginfo=text),
        encode(page, "TIFF", tiffinfo={270: "Angela Merkel", 315: "Angela Merkel"}),
    ):
        redacted = run(redactor, data, ["PERSON"])
        assert b"Merkel" not in redacted.data
        written = Image.open(io.BytesIO(redacted.data))
        tags = written.getexif()  # a TIFF's own tags too
        assert not {270, 315} & set(tags)  # ImageDescription, Artist
        assert "icc_profile" not in written.info
        assert "Author" not in written.info


def test_the_personal_labels_remove_name_email_and_phone_and_keep_the_city(
    redactor, ocr_engine
) -> None:
    redacted = run(redactor, encode(render_lines(CONTACT)), list(redaction.PERSONAL_LABELS))
    labels = {removed.label for removed in redacted.report.removed}
    assert {"PERSON", "EMAIL", "PHONE"} <= labels
    assert_gone_and_kept(
        ocr_engine,
        Image.open(io.BytesIO(redacted.data)).convert("RGB"),
        gone=["angela", "merkel", "example", "1234", "5678"],
        kept=["hamburg", "meeting", "reply"],
    )


def test_every_page_of_a_multi_page_tiff_is_redacted(redactor, ocr_engine) -> None:
    first, second, third = (
        render_paragraph(LETTER),
        render_lines(SECOND_PAGE),
        render_lines(["Maria Schmidt signed the contract", "in Berlin on 3 May 2024."]).convert(
            "L"
        ),
    )
    buffer = io.BytesIO()
    first.save(buffer, "TIFF", save_all=True, append_images=[second, third])
    redacted = run(redactor, buffer.getvalue(), ["PERSON"])
    assert {removed.page for removed in redacted.report.removed} == {1, 2, 3}
    pages = read_pages(open_document(redacted.data, DocumentLimits()))
    assert len(pages) == 3
    assert_gone_and_kept(ocr_engine, pages[0], ["merkel", "weber"], ["munich"])
    assert_gone_and_kept(ocr_engine, pages[1], ["maria", "schmidt"], ["hamburg", "contract"])
    assert_gone_and_kept(ocr_engine, pages[2], ["maria", "schmidt"], ["berlin", "signed"])


def test_a_tiff_with_a_broken_page_is_refused_with_422(redactor) -> None:
    buffer = io.BytesIO()
    render_lines(["one"]).save(buffer, "TIFF", save_all=True, append_images=[render_lines(["two"])])
    with pytest.raises(UnreadableDocument):
        run(redactor, buffer.getvalue()[:-200], ["PERSON"])


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with ``lines`` as real text (Helvetica) and an author in its metadata."""
    content = "BT /F1 18 Tf 50 750 Td 24 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    stream = zlib.compress(content.encode("latin-1"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Author (Angela Merkel) /Title (Letter to Angela Merkel) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_a_redacted_pdf_is_page_images_with_no_text_layer_or_metadata(redactor, ocr_engine) -> None:
    source = text_pdf(CONTACT)
    original = pypdfium2.PdfDocument(source)
    assert "Merkel" in original[0].get_textpage().get_text_range()  # the test PDF has text
    assert original.get_metadata_dict()["Author"] == "Angela Merkel"
    original.close()

    redacted = run(redactor, source, list(redaction.PERSONAL_LABELS))
    assert redacted.format.media_type == "application/pdf"
    assert b"Merkel" not in redacted.data and b"Helvetica" not in redacted.data
    pdf = pypdfium2.PdfDocument(redacted.data)
    try:
        assert len(pdf) == 1
        assert pdf[0].get_textpage().get_text_range().strip() == ""
        assert not any(pdf.get_metadata_dict().get(key) for key in ("Author", "Title"))
        assert pdf[0].get_size() == pytest.approx((612, 792), abs=1)
        page = pdf[0].render(scale=300 / 72).to_pil().convert("RGB")  # PDF_DPI
    finally:
        pdf.close()
    assert_gone_and_kept(ocr_engine, page, ["angela", "merkel", "5678"], ["hamburg", "meeting"])


def test_text_left_readable_is_caught_and_no_file_is_returned(
    redactor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(redaction, "burn", lambda page, boxes: None)  # burns nothing
    with pytest.raises(RedactionUnverified, match="PERSON on page 1"):
        run(redactor, encode(render_paragraph(LETTER)), ["PERSON"])


def word(text: str, box: tuple[int, int, int, int]) -> Word:
    return Word(text=text, box=box, confidence=90, block=0, paragraph=0, line=0)


def plan() -> PagePlan:
    """Angela Merkel redacted at (100, 0, 300, 40); Merkel written once more, Munich kept."""
    return PagePlan(
        page=1,
        size=(800, 200),
        redacted=[("PERSON", ["angela", "merkel"])],
        kept=redaction.Counter({"merkel": 1, "munich": 1}),
        boxes=[redaction.RemovedBox(label="PERSON", page=1, box=(100, 0, 300, 40))],
    )


def test_a_redacted_word_read_again_anywhere_on_the_page_is_a_leak() -> None:
    assert find_leaks(plan(), [word("Angela,", (400, 0, 460, 40))]) == ["PERSON"]
    assert find_leaks(plan(), [word("Merkel", (400, 0, 460, 40))]) == ["PERSON"]
    assert find_leaks(plan(), [word("Munich", (400, 0, 460, 40))]) == []


def test_short_and_all_digit_words_leak_only_when_read_more_often_than_they_were_kept() -> None:
    phone = PagePlan(
        page=1,
        size=(800, 200),
        redacted=[("PHONE", ["44", "7946"])],
        kept=redaction.Counter({"44": 1}),
        boxes=[redaction.RemovedBox(label="PHONE", page=1, box=(100, 0, 300, 40))],
    )
    assert find_leaks(phone, [word("44", (400, 0, 430, 40))]) == []
    assert find_leaks(phone, [word("44", (400, 0, 430, 40)), word("44", (0, 50, 30, 90))]) == [
        "PHONE"
    ]
    assert find_leaks(phone, [word("7946", (0, 50, 60, 90))]) == ["PHONE"]


def test_a_piece_of_a_redacted_word_read_over_its_box_is_a_leak_but_noise_is_not() -> None:
    assert find_leaks(plan(), [word("gela", (250, 0, 310, 40))]) == ["PERSON"]
    assert find_leaks(plan(), [word("gela", (500, 0, 560, 40))]) == []  # elsewhere: another word
    noise = [word("ME", (120, 0, 280, 40)), word("ns", (150, 0, 200, 40))]
    assert find_leaks(plan(), noise) == []


def test_other_mentions_of_a_redacted_word_are_burned_and_nothing_else() -> None:
    words = [
        word("merkel", (400, 0, 460, 40)),  # written again, missed by the model
        word("Munich", (100, 100, 160, 140)),
        word("gela", (250, 0, 310, 40)),  # over the burned box: for find_leaks to judge
    ]
    (mention,) = other_mentions(plan(), words)
    assert mention.mention and mention.label == "PERSON"
    assert mention.box[0] < 400 and mention.box[2] > 460


def test_a_name_written_again_that_the_model_missed_is_burned_there_too(
    redactor, ocr_engine
) -> None:
    lines = [
        "Dear Angela Merkel, thank you for your",
        "letter about the merkel plan",  # the model finds no PERSON here
        "in Munich on Friday.",
    ]
    redacted = run(redactor, encode(render_lines(lines)), ["PERSON"])
    (mention,) = [removed for removed in redacted.report.removed if removed.mention]
    assert mention.label == "PERSON"
    assert_gone_and_kept(
        ocr_engine,
        Image.open(io.BytesIO(redacted.data)).convert("RGB"),
        gone=["angela", "merkel"],
        kept=["munich", "letter", "plan"],
    )


def test_a_pdf_of_a_scan_and_a_text_page_is_burned_where_each_was_read(
    redactor, ocr_engine
) -> None:
    """Page 1 is a 200-dpi scan OCR'd at its own resolution, page 2 read from its text
    layer: both are burned on their pixels at PDF_DPI (300), the scan's boxes scaled."""
    source = mixed_pdf([(PAGE_LETTERS[0], "scan"), (PAGE_LETTERS[1], "text")])
    document = open_document(source, DocumentLimits())
    assert [document.page(n).source for n in (1, 2)] == ["ocr", "text_layer"]
    original = document.pixels(1)
    document.close()
    redacted = run(redactor, source, ["PERSON"])
    assert {removed.page for removed in redacted.report.removed} == {1, 2}
    (angela,) = [w.box for w in ocr_engine.recognize(original, "eng").words if "Angela" in w.text]
    assert any(  # the entity's own box covers the name at 300 dpi, not a later mention's
        box[0] <= angela[0] and box[1] <= angela[1] and box[2] >= angela[2] and box[3] >= angela[3]
        for box in (r.box for r in redacted.report.removed if r.page == 1 and not r.mention)
    )
    pdf = pypdfium2.PdfDocument(redacted.data)
    try:
        assert len(pdf) == 2
        assert all(page.get_textpage().get_text_range().strip() == "" for page in pdf)
        first, second = (page.render(scale=300 / 72).to_pil().convert("RGB") for page in pdf)
    finally:
        pdf.close()
    assert abs(first.width - 8.5 * 300) <= 1
    assert_gone_and_kept(ocr_engine, first, ["angela", "merkel", "weber"], ["siemens", "munich"])
    assert_gone_and_kept(ocr_engine, second, ["maria", "lopez", "hansen"], ["vodafone", "madrid"])
