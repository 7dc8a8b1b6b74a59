"""PDF pages: words and boxes from the text layer, scans rendered for OCR, bad PDFs refused."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from ocrner.core.errors import (
    EncryptedDocument,
    PageTooLarge,
    TooManyPages,
    UnreadableDocument,
)
from ocrner.documents import DocumentLimits, open_document
from ocrner.documents.pages import ImageDocument
from ocrner.orchestrator.layout import lay_out
from tests.utils.documents import (
    FONT_DIR,
    PAGE_LETTERS,
    SCAN_DPI,
    blank_pages_pdf,
    encrypted_pdf,
    huge_page_pdf,
    letters,
    mixed_pdf,
    render_page,
    scanned_pdf,
    text_pdf,
)
from tests.utils.images import encode

LIMITS = DocumentLimits(dpi=150)


def rotated(data: bytes, degrees: int, crop_inset: float = 0.0) -> bytes:
    """``data`` with every page turned by ``degrees`` and its crop box inset by ``crop_inset``."""
    pdf = pdfium.PdfDocument(data)
    for page in pdf:
        page.set_rotation(degrees)
        if crop_inset:
            left, bottom, right, top = page.get_mediabox()
            page.set_cropbox(left + crop_inset, bottom + crop_inset, right, top - crop_inset)
    buffer = io.BytesIO()
    pdf.save(buffer)
    pdf.close()
    return buffer.getvalue()


def rendering(data: bytes, dpi: int) -> Image.Image:
    pdf = pdfium.PdfDocument(data)
    image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().copy()
    pdf.close()
    return image


def test_a_text_layer_page_gives_its_words_without_rendering() -> None:
    document = open_document(text_pdf(letters(2)), LIMITS)
    assert document.page_count == 2
    page = document.page(2)
    document.close()
    assert page.source == "text_layer"
    assert page.image is None
    assert page.dpi == 150
    assert page.words is not None
    assert " ".join(word.text for word in page.words) == PAGE_LETTERS[1].text


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
@pytest.mark.parametrize("crop_inset", [0.0, 20.0])
def test_text_layer_boxes_lie_on_the_ink_of_the_page_as_rendered(
    degrees: int, crop_inset: float
) -> None:
    data = rotated(text_pdf(letters(1)), degrees, crop_inset)
    document = open_document(data, LIMITS)
    page = document.page(1)
    document.close()
    image = rendering(data, LIMITS.dpi)
    assert (page.width, page.height) == image.size
    assert page.words
    ink = image.point(lambda value: 255 if value < 128 else 0)
    covered = Image.new("L", image.size, 0)
    for word in page.words:
        x0, y0, x1, y1 = word.box
        assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height
        assert image.crop(word.box).getextrema()[0] < 128, f"no ink under {word.text!r}"
        covered.paste(255, (max(0, x0 - 2), max(0, y0 - 2), x1 + 2, y1 + 2))
    outside = Image.composite(ink, Image.new("L", image.size, 0), covered.point(lambda v: 255 - v))
    assert outside.getbbox() is None, "ink outside every word box"


@pytest.mark.parametrize(
    ("make", "pdf_dpi", "expected", "image_format"),
    [
        (scanned_pdf, 300, SCAN_DPI, "JPEG"),  # the scan itself, untouched
        (scanned_pdf, 150, 150, "PNG"),  # a finer scan than PDF_DPI: rendered at PDF_DPI
        (lambda pages: mixed_pdf([(pages[0], "scan")]), 300, SCAN_DPI, "PNG"),  # a PNG scan
        (lambda pages: mixed_pdf([(pages[0], "scan")]), 150, 150, "PNG"),
    ],
    ids=["jpeg-scan", "jpeg-scan-finer-than-pdf-dpi", "png-scan", "png-scan-finer-than-pdf-dpi"],
)
def test_a_scanned_page_goes_to_ocr_at_pdf_dpi_or_its_scans_own_when_lower(
    make, pdf_dpi: int, expected: int, image_format: str
) -> None:
    document = open_document(make(letters(1)), DocumentLimits(dpi=pdf_dpi))
    page = document.page(1)
    document.close()
    assert page.source == "ocr"
    assert page.words is None and page.image is not None
    assert page.dpi == expected
    image = Image.open(io.BytesIO(page.image))
    assert image.format == image_format and image.mode == "L"
    assert page.content_type == f"image/{image_format.lower()}"
    assert (page.width, page.height) == image.size
    assert abs(image.width - 8.5 * expected) <= 1 and abs(image.height - 5.5 * expected) <= 1


def test_a_page_drawn_without_text_or_scan_is_rendered_at_pdf_dpi() -> None:
    pdf = FPDF(unit="pt", format=(144, 144))
    pdf.add_page()
    pdf.rect(10, 10, 50, 50, style="F")
    document = open_document(bytes(pdf.output()), LIMITS)
    page = document.page(1)
    document.close()
    assert (page.source, page.dpi, page.width, page.height) == ("ocr", 150, 300, 300)


def test_a_mixed_pdf_is_read_page_by_page() -> None:
    data = mixed_pdf([(PAGE_LETTERS[0], "scan"), (PAGE_LETTERS[1], "text")])
    document = open_document(data, LIMITS)
    sources = [document.page(number).source for number in (1, 2)]
    document.close()
    assert sources == ["ocr", "text_layer"]


def test_a_text_file_named_pdf_is_not_taken_for_a_pdf() -> None:
    document = open_document(b"just some notes\n", LIMITS, filename="notes.pdf")
    assert isinstance(document, ImageDocument)  # the OCR service refuses it: 415


@pytest.mark.parametrize(
    "cut", [lambda data: data[: len(data) // 2], lambda data: data[:-10], lambda data: data[:400]]
)
def test_a_truncated_pdf_is_unreadable(cut) -> None:
    with pytest.raises(UnreadableDocument):
        open_document(cut(text_pdf(letters(3))), LIMITS)


def test_a_pdf_whose_body_is_garbage_is_unreadable() -> None:
    with pytest.raises(UnreadableDocument, match="cannot be read"):
        open_document(b"%PDF-1.7\n" + b"\x00garbage" * 100 + b"\n%%EOF\n", LIMITS)


def test_an_encrypted_pdf_needs_its_password() -> None:
    data = encrypted_pdf("open sesame")
    with pytest.raises(EncryptedDocument, match="password"):
        open_document(data, LIMITS)
    with pytest.raises(EncryptedDocument, match="does not open"):
        open_document(data, LIMITS, password="wrong")
    document = open_document(data, LIMITS, password="open sesame")
    assert document.page(1).source == "text_layer"
    document.close()


def test_a_page_of_200_inches_is_refused_before_it_is_rendered() -> None:
    with pytest.raises(PageTooLarge, match=r"Page 1 is 200.0 x 200.0 inches.*MAX_PAGE_PIXELS"):
        open_document(huge_page_pdf(), DocumentLimits(dpi=300))


def test_more_pages_than_max_pages_are_refused_with_the_limit() -> None:
    with pytest.raises(TooManyPages, match=r"2000 pages, over the limit of 200"):
        open_document(blank_pages_pdf(2000), DocumentLimits(max_pages=200))


def test_a_closed_document_gives_no_more_pages() -> None:
    document = open_document(text_pdf(letters(1)), LIMITS)
    document.close()
    document.close()
    with pytest.raises(UnreadableDocument):
        document.page(1)


def test_a_word_divided_at_a_line_end_is_two_words_on_two_lines_as_ocr_reads_it() -> None:
    pdf = FPDF(unit="pt", format=(400, 200))
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    pdf.text(20, 40, "The office in Thessa-")
    pdf.text(20, 56, "loniki opened.")
    document = open_document(bytes(pdf.output()), LIMITS)
    page = document.page(1)
    document.close()
    assert page.words is not None
    assert [(word.text, word.line) for word in page.words] == [
        ("The", 0), ("office", 0), ("in", 0), ("Thessa-", 0), ("loniki", 1), ("opened.", 1)
    ]  # fmt: skip
    assert lay_out(page.words).text == "The office in Thessaloniki opened."


def test_an_image_of_more_pixels_than_a_page_may_have_is_refused_before_it_is_decoded() -> None:
    document = open_document(
        scanned_pdf(letters(1)), DocumentLimits(dpi=50, max_page_pixels=200_000)
    )  # the page is 425 x 275 pixels at 50 dpi; its scan, 1700 x 1100
    with pytest.raises(PageTooLarge, match="Page 1 holds an image of 1700 x 1100 pixels"):
        document.page(1)
    document.close()


def test_a_pdf_is_recognised_by_its_header_even_after_some_junk_but_never_inside_an_image() -> None:
    data = text_pdf(letters(1))
    assert open_document(b"\r\n junk from a mail gateway\r\n" + data, LIMITS).page_count == 1
    png_mentioning_pdf = encode(Image.new("L", (8, 8), 255), "PNG", pnginfo=_text_chunk("%PDF-1.7"))
    assert isinstance(open_document(png_mentioning_pdf, LIMITS), ImageDocument)


def _text_chunk(text: str) -> PngInfo:
    info = PngInfo()
    info.add_text("Comment", text)
    return info


def test_a_pdf_with_only_an_owner_password_is_read_as_any_viewer_reads_it() -> None:
    data = encrypted_pdf(user_password="")
    assert b"/Encrypt" in data
    document = open_document(data, LIMITS)
    assert document.page(1).source == "text_layer"
    document.close()


def test_a_scan_with_a_stamp_in_its_text_layer_is_read_by_ocr_and_a_short_text_page_is_not() -> (
    None
):
    pdf = FPDF(unit="pt", format=(8.5 * 72, 5.5 * 72))
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=8)
    pdf.add_page()  # a scan with a Bates number stamped over it as text
    pdf.image(render_page(PAGE_LETTERS[0]), x=0, y=0, w=8.5 * 72, h=5.5 * 72)
    pdf.text(500, 380, "DOC-000123")
    pdf.add_page()  # a short typeset page, no scan
    pdf.text(72, 72, "Page two.")
    document = open_document(bytes(pdf.output()), LIMITS)
    stamped, short = document.page(1), document.page(2)
    document.close()
    assert stamped.source == "ocr" and stamped.image is not None
    assert short.source == "text_layer" and short.words is not None
    assert [word.text for word in short.words] == ["Page", "two."]


@pytest.mark.parametrize("make", [text_pdf, scanned_pdf], ids=["text-layer", "jpeg-scan"])
def test_a_page_as_pixels_is_rendered_in_colour_at_pdf_dpi_whatever_it_is_read_from(make) -> None:
    data = make(letters(1))
    document = open_document(data, DocumentLimits(dpi=300))
    image = document.pixels(1)
    document.close()
    assert image.mode == "RGB"
    assert image.size == rendering(data, 300).size
    assert abs(image.width - 8.5 * 300) <= 1  # not the scan's own SCAN_DPI


def test_text_layer_boxes_lie_on_the_ink_of_the_page_as_pixels() -> None:
    document = open_document(text_pdf(letters(1)), LIMITS)
    page, image = document.page(1), document.pixels(1).convert("L")
    document.close()
    assert page.words
    assert (page.width, page.height) == image.size
    for word in page.words:
        assert image.crop(word.box).getextrema()[0] < 128, f"no ink under {word.text!r}"


def test_a_page_holding_an_oversized_image_is_refused_as_pixels_too() -> None:
    document = open_document(
        scanned_pdf(letters(1)), DocumentLimits(dpi=50, max_page_pixels=200_000)
    )
    with pytest.raises(PageTooLarge, match="Page 1 holds an image of 1700 x 1100 pixels"):
        document.pixels(1)
    document.close()
