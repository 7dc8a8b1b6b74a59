"""Documents the tests and benchmarks make themselves: PDFs (fpdf2, Pillow) and multi-page TIFFs.

Every page holds one short letter with known entities (:data:`PAGE_LETTERS`), so
a test can check that each entity is found on its own page. Scanned pages are
rendered with Pillow at :data:`SCAN_DPI`; text pages are typeset by fpdf2 with a
real text layer.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass

from fpdf import FPDF
from PIL import Image, ImageDraw

from tests.utils.images import FONT_DIR, font

SCAN_DPI = 200
"""Resolution of the scanned pages the tests render."""
PAGE_INCHES = (8.5, 5.5)
"""Half a US Letter sheet, landscape: a short letter per page keeps OCR quick."""
FONT_POINTS = 12
MARGIN_INCHES = 0.75
WRAP_CHARS = 60


@dataclass(frozen=True)
class PageLetter:
    """A page's text and the entities (text, label) on it."""

    text: str
    entities: tuple[tuple[str, str], ...]


PAGE_LETTERS = (
    PageLetter(
        "Dear Angela Merkel, the board of Siemens in Munich approved a grant on "
        "14 March 2024. Kind regards, Thomas Weber",
        (("Angela Merkel", "PERSON"), ("Siemens", "ORG"), ("Munich", "GPE"),
         ("14 March 2024", "DATE"), ("Thomas Weber", "PERSON")),
    ),
    PageLetter(
        "Dear Maria Lopez, Vodafone opened its new office in Madrid on "
        "2 June 2023. Yours sincerely, Peter Hansen",
        (("Maria Lopez", "PERSON"), ("Vodafone", "ORG"), ("Madrid", "GPE"),
         ("2 June 2023", "DATE"), ("Peter Hansen", "PERSON")),
    ),
    PageLetter(
        "Dear James Carter, Unilever will audit the plant in Rotterdam on "
        "9 October 2022. Best wishes, Laura Bianchi",
        (("James Carter", "PERSON"), ("Unilever", "ORG"), ("Rotterdam", "GPE"),
         ("9 October 2022", "DATE"), ("Laura Bianchi", "PERSON")),
    ),
    PageLetter(
        "Dear Sophie Martin, Airbus confirmed the delivery to Toulouse on "
        "21 April 2025. With thanks, Daniel Novak",
        (("Sophie Martin", "PERSON"), ("Airbus", "ORG"), ("Toulouse", "GPE"),
         ("21 April 2025", "DATE"), ("Daniel Novak", "PERSON")),
    ),
    PageLetter(
        "Dear Robert Evans, Heineken signed the lease in Amsterdam on "
        "30 May 2021. Kind regards, Emma Schulz",
        (("Robert Evans", "PERSON"), ("Heineken", "ORG"), ("Amsterdam", "GPE"),
         ("30 May 2021", "DATE"), ("Emma Schulz", "PERSON")),
    ),
    PageLetter(
        "Dear Olivia Brown, Nestle moved its archive to Geneva on "
        "12 January 2020. Yours truly, Lukas Fischer",
        (("Olivia Brown", "PERSON"), ("Nestle", "ORG"), ("Geneva", "GPE"),
         ("12 January 2020", "DATE"), ("Lukas Fischer", "PERSON")),
    ),
)  # fmt: skip


def letters(pages: int) -> list[PageLetter]:
    """``pages`` page letters, the six of :data:`PAGE_LETTERS` repeated as needed."""
    return [PAGE_LETTERS[index % len(PAGE_LETTERS)] for index in range(pages)]


def render_page(letter: PageLetter, dpi: int = SCAN_DPI) -> Image.Image:
    """The letter printed on a white page and scanned at ``dpi``, in greyscale."""
    width, height = (round(inches * dpi) for inches in PAGE_INCHES)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    face = font(round(FONT_POINTS * dpi / 72))
    line_height = round(FONT_POINTS * 1.5 * dpi / 72)
    margin = round(MARGIN_INCHES * dpi)
    for index, line in enumerate(textwrap.wrap(letter.text, WRAP_CHARS)):
        draw.text((margin, margin + index * line_height), line, font=face, fill=0)
    return page


def scanned_pdf(pages: list[PageLetter], dpi: int = SCAN_DPI) -> bytes:
    """A PDF of scans only (Pillow writes one image per page): no text layer."""
    images = [render_page(letter, dpi) for letter in pages]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return buffer.getvalue()


def multipage_tiff(pages: list[PageLetter], dpi: int = SCAN_DPI) -> bytes:
    """The same scans as one TIFF with a frame per page."""
    images = [render_page(letter, dpi) for letter in pages]
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        format="TIFF",
        save_all=True,
        append_images=images[1:],
        dpi=(dpi, dpi),
        compression="tiff_deflate",
    )
    return buffer.getvalue()


def _new_pdf(size_points: tuple[float, float] | None = None) -> FPDF:
    size = size_points or (PAGE_INCHES[0] * 72, PAGE_INCHES[1] * 72)
    pdf = FPDF(unit="pt", format=size)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=FONT_POINTS)
    return pdf


def _typeset(pdf: FPDF, letter: PageLetter) -> None:
    margin = MARGIN_INCHES * 72
    for index, line in enumerate(textwrap.wrap(letter.text, WRAP_CHARS)):
        pdf.text(margin, margin + FONT_POINTS + index * FONT_POINTS * 1.5, line)


def text_pdf(pages: list[PageLetter]) -> bytes:
    """A PDF typeset with a text layer on every page."""
    return mixed_pdf([(letter, "text") for letter in pages])


def mixed_pdf(pages: list[tuple[PageLetter, str]], dpi: int = SCAN_DPI) -> bytes:
    """A PDF whose pages are each ``"text"`` (typeset) or ``"scan"`` (an image, no text)."""
    pdf = _new_pdf()
    width, height = PAGE_INCHES[0] * 72, PAGE_INCHES[1] * 72
    for letter, kind in pages:
        pdf.add_page()
        if kind == "text":
            _typeset(pdf, letter)
        else:
            pdf.image(render_page(letter, dpi), x=0, y=0, w=width, h=height)
    return bytes(pdf.output())


TEST_PASSWORD = "open sesame"
"""The user password of :func:`encrypted_pdf`'s PDFs."""


def encrypted_pdf(user_password: str = TEST_PASSWORD) -> bytes:
    """A text PDF that needs ``user_password`` to be opened."""
    pdf = _new_pdf()
    pdf.add_page()
    _typeset(pdf, PAGE_LETTERS[0])
    pdf.set_encryption(owner_password="owner secret", user_password=user_password)
    return bytes(pdf.output())


def huge_page_pdf(points: float = 14_400) -> bytes:
    """One page ``points`` square (14,400 points: 200 inches, the largest PDF allows)."""
    pdf = _new_pdf((points, points))
    pdf.add_page()
    pdf.text(72, 72, "A very large page")
    return bytes(pdf.output())


def blank_pages_pdf(pages: int) -> bytes:
    """``pages`` empty pages, a few bytes each."""
    pdf = _new_pdf()
    for _ in range(pages):
        pdf.add_page()
    return bytes(pdf.output())
