"""The fixed sets of images the speed benchmark reads, rendered deterministically.

The inputs users send: a held-out set of paragraph images (the accuracy
benchmark's renderer, :func:`benchmarks.accuracy_generate.render_sample`, on its
held-out passages with a seed the accuracy work never uses: varied fonts, sizes,
tints and, for about half, damage), a noisy photo of a printed page, a dense
300-dpi A4 page, and a till receipt. Each is rendered with Pillow and the DejaVu
(and Liberation) fonts from a seeded generator, so every run (and every machine
with the same Pillow and fonts) measures the very same bytes. A
:class:`BenchSet` is what one measurement cycles through: one image, or the
paragraphs.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass
from datetime import date

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from tests.utils.images import LETTER, encode, font

from benchmarks.accuracy_generate import DATASETS_DIR, RENDERS_PER_PASSAGE, read_passages
from benchmarks.accuracy_generate import render_sample as render_paragraph_sample

SEED = 20261129

PARAGRAPH_SEED = 20261202
"""The held-out paragraphs' render seed: not the accuracy benchmark's (``--seed``, by default
20261129), so the speed work is measured on images it was never tuned on."""

PARAGRAPHS = 80

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


def receipt() -> Rendered:
    """A phone photo of a till receipt: a narrow monospace slip with a shop name, items,
    prices aligned right, tax, total and card payment, slightly turned, unevenly lit and
    grainy, on a darker table, JPEG'd."""
    rng = random.Random(SEED + 3)
    face, bold = font(22, "DejaVuSansMono.ttf"), font(30, "DejaVuSansMono-Bold.ttf")
    items = [
        ("Whole milk 1L", 1.19),
        ("Sourdough bread", 3.45),
        ("Free range eggs x6", 2.89),
        ("Cheddar cheese 400g", 4.20),
        ("Bananas 1.2kg", 1.32),
        ("Ground coffee 250g", 5.99),
        ("Tomatoes on the vine", 2.15),
        ("Sparkling water 6x1.5L", 3.60),
        ("Dish soap 500ml", 1.85),
        ("Dark chocolate 100g", 1.75),
    ]
    chosen = [items[index] for index in sorted(rng.sample(range(len(items)), 8))]
    day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    subtotal = sum(price for _, price in chosen)
    tax = round(subtotal * 0.2 / 1.2, 2)

    centred = [
        ("GREENLEAF MARKET", bold),
        ("14 Harbour Street, Bristol BS1 4QA", face),
        ("VAT No. GB 284 1937 56", face),
        (f"{day:%d/%m/%Y}  {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}  Till 3", face),
    ]
    rows = [
        *[(name, f"£{price:.2f}", face) for name, price in chosen],
        ("", "", face),
        (f"{len(chosen)} ITEMS  SUBTOTAL", f"£{subtotal:.2f}", face),
        ("VAT 20% included", f"£{tax:.2f}", face),
        ("TOTAL", f"£{subtotal:.2f}", bold),
        ("VISA CONTACTLESS ****4821", f"£{subtotal:.2f}", face),
    ]
    width, pitch, margin = 560, 36, 24
    paper = Image.new("L", (width, pitch * (len(centred) + len(rows) + 3) + 110), 242)
    draw = ImageDraw.Draw(paper)
    y = 50
    for text, face_of_line in centred:
        draw.text(((width - face_of_line.getlength(text)) / 2, y), text, font=face_of_line, fill=35)
        y += pitch + (8 if face_of_line is bold else 0)
    y += pitch // 2
    for left, right, face_of_line in rows:
        draw.text((margin, y), left, font=face_of_line, fill=35)
        x = width - margin - face_of_line.getlength(right)
        draw.text((x, y), right, font=face_of_line, fill=35)
        y += pitch + (8 if face_of_line is bold else 0)
    thanks = "Served by Priya. Thank you!"
    draw.text(((width - face.getlength(thanks)) / 2, y + pitch // 2), thanks, font=face, fill=35)
    drawn = [text for text, _ in centred] + [f"{left} {right}" for left, right, _ in rows if left]
    table = Image.new("L", (paper.width + 160, paper.height + 120), 95)
    table.paste(paper, (80, 60))
    turned = table.rotate(1.2, resample=Image.Resampling.BICUBIC, fillcolor=95)
    pixels = np.asarray(turned, dtype=np.float32)
    rows, cols = pixels.shape
    light = np.linspace(1.04, 0.82, rows)[:, None] * np.linspace(0.95, 1.03, cols)[None, :]
    noise = np.random.default_rng(SEED + 3).normal(0.0, 9.0, pixels.shape)
    photo = Image.fromarray(np.clip(pixels * light + noise, 0, 255).astype(np.uint8))
    blurred = photo.filter(ImageFilter.GaussianBlur(0.7))
    return blurred.convert("RGB"), [*drawn, thanks]


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


@dataclass(frozen=True)
class BenchSet:
    """What one measurement reads: its images, taken in turn (one image, or a set)."""

    name: str
    description: str
    images: tuple[BenchImage, ...]

    def member(self, index: int) -> BenchImage:
        """The ``index``-th image read, cycling through the set."""
        return self.images[index % len(self.images)]


def paragraph_images(count: int = PARAGRAPHS, seed: int = PARAGRAPH_SEED) -> list[BenchImage]:
    """``count`` renders of the held-out passages: each passage once, then each again with
    the next variant, until there are ``count``."""
    passages = read_passages(DATASETS_DIR / "passages_heldout.txt")
    rendered = []
    for index in range(min(count, len(passages) * RENDERS_PER_PASSAGE)):
        variant, passage = divmod(index, len(passages))
        entry, data = render_paragraph_sample(passages[passage], variant, seed)
        image_format = "jpeg" if entry["file"].endswith(".jpg") else "png"
        rendered.append(
            BenchImage(
                name=f"paragraphs/{entry['id']}",
                description=entry["style"],
                data=data,
                content_type=f"image/{image_format}",
                width=entry["width"],
                height=entry["height"],
                text=" ".join(entry["text"].split()),
            )
        )
    return rendered


def bench_images() -> list[BenchImage]:
    """The single benchmark images, smallest first."""
    return [
        _bench_image("screenshot", "one-paragraph screenshot", screenshot(), "PNG"),
        _bench_image("photo", "noisy photo of a printed note", noisy_photo(), "JPEG", quality=80),
        _bench_image("a4-page", "dense A4 page, 300 dpi", a4_page(), "PNG", dpi=(300, 300)),
    ]


def receipt_image() -> BenchImage:
    return _bench_image("receipt", "photo of a till receipt", receipt(), "JPEG", quality=75)


def bench_sets(paragraphs: int = PARAGRAPHS) -> list[BenchSet]:
    """What :mod:`benchmarks.run` measures, smallest images first: the held-out paragraphs,
    then the photo and the A4 page, each a set of one."""
    singles = [image for image in bench_images() if image.name != "screenshot"]
    held_out = BenchSet(
        "paragraphs",
        f"{paragraphs} held-out paragraph images (seed {PARAGRAPH_SEED})",
        tuple(paragraph_images(paragraphs)),
    )
    return [held_out, *(BenchSet(image.name, image.description, (image,)) for image in singles)]
