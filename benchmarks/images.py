"""The fixed set of images the speed benchmark reads, rendered deterministically.

Three kinds of input users send: a one-paragraph screenshot, a dense 300-dpi
A4 page and a noisy photo of a printed page. Each is rendered with Pillow and
the DejaVu fonts from a seeded generator, so every run (and every machine with
the same Pillow and fonts) measures the very same bytes.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from tests.utils.images import LETTER, encode, font

SEED = 20261129

A4_300DPI = (2480, 3508)
"""An A4 page scanned at 300 dpi, in pixels."""

_PEOPLE = [
    "Angela Merkel",
    "Thomas Weber",
    "Maria Gonzalez",
    "John Smith",
    "Yuki Tanaka",
    "Olivia Brown",
    "Pierre Dubois",
    "Sarah Johnson",
]
_ORGS = ["Siemens", "Deutsche Bank", "Microsoft", "the World Bank", "Toyota", "Airbus", "UNICEF"]
_PLACES = ["Munich", "Berlin", "Paris", "Tokyo", "New York", "Madrid", "London", "Chicago"]
_MONTHS = ["January", "March", "May", "June", "September", "October", "December"]
_TEMPLATES = [
    "On {day} {month} {year}, {person} of {org} signed an agreement in {place} worth ${amount}.",
    "{person} met the board of {org} in {place} to discuss a budget of ${amount} million.",
    "The office of {org} in {place} reported revenue of ${amount} for the quarter "
    "ending {day} {month} {year}.",
    "According to {person}, the contract with {org} will be renewed before {month} {year}.",
    "Shipments from {place} to {place2} rose by {percent} percent, said {person} of {org}.",
    "A payment of ${amount} was received from {org} on {day} {month} {year} in {place}.",
]


def _sentence(rng: random.Random) -> str:
    place, place2 = rng.sample(_PLACES, 2)
    return rng.choice(_TEMPLATES).format(
        person=rng.choice(_PEOPLE),
        org=rng.choice(_ORGS),
        place=place,
        place2=place2,
        day=rng.randint(1, 28),
        month=rng.choice(_MONTHS),
        year=rng.randint(2015, 2026),
        amount=f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}",
        percent=rng.randint(2, 40),
    )


def _paragraphs(rng: random.Random, count: int, sentences: tuple[int, int]) -> list[str]:
    return [" ".join(_sentence(rng) for _ in range(rng.randint(*sentences))) for _ in range(count)]


@dataclass(frozen=True)
class BenchImage:
    """One benchmark input: a name, what it stands for, and its encoded bytes."""

    name: str
    description: str
    data: bytes
    content_type: str
    width: int
    height: int
    text: str
    """The text rendered on it, words separated by single spaces."""

    @property
    def filename(self) -> str:
        return f"{self.name}.{self.content_type.split('/')[1]}"


Rendered = tuple[Image.Image, list[str]]
"""An image and the lines of text drawn on it."""


def screenshot() -> Rendered:
    """One paragraph of anti-aliased UI text on a light grey background, 96-dpi sized."""
    face = font(18)
    lines = textwrap.wrap(f"{LETTER}. {_sentence(random.Random(SEED))}", 80)
    line_height = 26
    width = max(int(face.getlength(line)) for line in lines) + 48
    image = Image.new("RGB", (width, line_height * len(lines) + 40), (246, 247, 249))
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((24, 20 + index * line_height), line, font=face, fill=(33, 37, 41))
    return image, lines


def a4_page() -> Rendered:
    """A dense A4 page at 300 dpi: 10-point serif text in paragraphs, greyscale."""
    rng = random.Random(SEED + 1)
    width, height = A4_300DPI
    margin, size = 200, 42  # 10 pt at 300 dpi is about 42 px
    face = font(size, "DejaVuSerif.ttf")
    line_height = int(size * 1.2)
    chars_per_line = int((width - 2 * margin) / face.getlength("x" * 100) * 100)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    y = margin
    drawn: list[str] = []
    for paragraph in _paragraphs(rng, 40, (2, 4)):
        lines = textwrap.wrap(paragraph, chars_per_line)
        if y + line_height * len(lines) > height - margin:
            break
        for line in lines:
            draw.text((margin, y), line, font=face, fill=0)
            y += line_height
        drawn += lines
        y += line_height // 3
    return image, drawn


def noisy_photo() -> Rendered:
    """A phone photo of a printed note: tilted, unevenly lit, blurred, grainy, JPEG'd."""
    rng = random.Random(SEED + 2)
    face = font(34, "DejaVuSerif.ttf")
    paper = Image.new("L", (1500, 1000), 235)
    draw = ImageDraw.Draw(paper)
    y = 70
    drawn: list[str] = []
    for paragraph in _paragraphs(rng, 4, (2, 2)):
        for line in textwrap.wrap(paragraph, 62):
            draw.text((70, y), line, font=face, fill=30)
            drawn.append(line)
            y += 46
        y += 24
    tilted = paper.rotate(2.0, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=90)
    pixels = np.asarray(tilted, dtype=np.float32)
    rows, cols = pixels.shape
    light = np.linspace(1.05, 0.7, cols)[None, :] * np.linspace(1.0, 0.85, rows)[:, None]
    noise = np.random.default_rng(SEED).normal(0.0, 14.0, pixels.shape)
    photo = np.clip(pixels * light + noise, 0, 255).astype(np.uint8)
    blurred = Image.fromarray(photo).filter(ImageFilter.GaussianBlur(1.1))
    return Image.merge("RGB", (blurred, blurred.point(lambda v: v * 0.97), blurred)), drawn


def _bench_image(
    name: str, description: str, rendered: Rendered, image_format: str, **options: object
) -> BenchImage:
    image, lines = rendered
    return BenchImage(
        name=name,
        description=description,
        data=encode(image, image_format, **options),
        content_type=f"image/{image_format.lower()}",
        width=image.width,
        height=image.height,
        text=" ".join(lines),
    )


def bench_images() -> list[BenchImage]:
    """The three benchmark images, smallest first."""
    return [
        _bench_image("screenshot", "one-paragraph screenshot", screenshot(), "PNG"),
        _bench_image("photo", "noisy photo of a printed note", noisy_photo(), "JPEG", quality=80),
        _bench_image("a4-page", "dense A4 page, 300 dpi", a4_page(), "PNG", dpi=(300, 300)),
    ]
