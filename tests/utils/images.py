"""Images the tests render themselves, from known text, with Pillow.

Rendering needs the DejaVu fonts (Debian's ``fonts-dejavu-core``, which ``make
test`` installs through ``make system-deps``). Without them, a test that renders
an image, or a test module that renders one at import, is skipped with a reason
that says so, rather than failing or breaking the collection.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_IMAGE = REPO_ROOT / "test-image.jpg"

LETTER = (
    "Dear Angela Merkel, the board of Siemens in Munich approved a grant of "
    "$2.5 million on 14 March 2024. Kind regards, Thomas Weber"
)
"""A paragraph with a PERSON, an ORG, a GPE, MONEY and a DATE, for rendering."""


def font(size: int = 28, name: str = "DejaVuSans.ttf") -> ImageFont.FreeTypeFont:
    """The font at ``size``; skips the calling test (or test module) when it is missing."""
    path = FONT_DIR / name
    if not path.is_file():
        missing = f"{path} is missing: install fonts-dejavu-core (make system-deps)"
        pytest.skip(reason=missing, allow_module_level=True)
    return ImageFont.truetype(str(path), size)


def render_lines(
    lines: list[str], *, size: int = 28, margin: int = 30, spacing: float = 1.5
) -> Image.Image:
    """Black text on white, one entry of ``lines`` per text line."""
    face = font(size)
    line_height = int(size * spacing)
    width = max(int(face.getlength(line)) for line in lines) + 2 * margin
    height = line_height * len(lines) + 2 * margin
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((margin, margin + index * line_height), line, font=face, fill="black")
    return image


def render_paragraph(text: str, *, width_chars: int = 48, size: int = 28) -> Image.Image:
    """``text`` wrapped into lines of at most ``width_chars`` characters."""
    return render_lines(textwrap.wrap(text, width_chars), size=size)


def encode(image: Image.Image, image_format: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()
