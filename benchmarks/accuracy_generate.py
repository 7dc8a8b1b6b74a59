"""The generated labelled set: our own passages rendered with varied fonts, sizes and damage.

The passages live in ``benchmarks/datasets/passages_*.txt`` (one per line,
``STYLE|text`` with entities marked ``[text|LABEL]``). Each is rendered several
times, each time with its own seeded random choice of font (DejaVu or Liberation),
size, line width, spacing, colours, word division at line ends, and, for about half
of the images, 1-3 degradations: a tinted page, rotation by a few degrees or by a
quarter turn, blur, downscaling, noise and JPEG artefacts. The true box of each
entity line is the ink box of its glyphs, found by putting a mask of them through the
same transformations as the page. The same seed always gives the same images; they
are written to a cache folder (``gold.json`` + ``images/``, as in the shared samples)
and reused while the passages and this file are unchanged.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from benchmarks.accuracy_data import Sample, load_gold

DATASETS_DIR = Path(__file__).resolve().parent / "datasets"
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
FONTS = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSerif.ttf",
    "DejaVuSansCondensed.ttf",
    "DejaVuSansMono.ttf",
    "DejaVuSerifCondensed.ttf",
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationMono-Regular.ttf",
    "LiberationSansNarrow-Regular.ttf",
)
RENDERS_PER_PASSAGE = 3
DEFAULT_SEED = 20261129

_MARK = re.compile(r"\[([^\]|]+)\|([A-Z_]+)\]")


class FontsMissing(RuntimeError):
    """The DejaVu or Liberation fonts are not installed."""


@dataclass(frozen=True)
class Passage:
    """A passage's plain text and its entities as ``(start, end, label)``."""

    id: str
    style: str
    text: str
    entities: tuple[tuple[int, int, str], ...]


def parse_passage(passage_id: str, line: str) -> Passage:
    """``STYLE|text with [entity|LABEL] marks`` as a :class:`Passage`."""
    style, marked = line.split("|", 1)
    text, entities, position = "", [], 0
    for match in _MARK.finditer(marked):
        text += marked[position : match.start()]
        entities.append((len(text), len(text) + len(match.group(1)), match.group(2)))
        text += match.group(1)
        position = match.end()
    text += marked[position:]
    return Passage(passage_id, style, text, tuple(entities))


def read_passages(path: Path) -> list[Passage]:
    """The passages of one file; ids are the file's stem and the line number."""
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    prefix = path.stem.removeprefix("passages_")
    return [parse_passage(f"{prefix}{number:03d}", line) for number, line in enumerate(lines, 1)]


@dataclass
class _Line:
    """One rendered line: the passage characters ``[start, end)`` and maybe a hyphen."""

    start: int
    end: int
    hyphen: bool = False


def _wrap(text: str, face: ImageFont.FreeTypeFont, width: float, divide: bool) -> list[_Line]:
    """Greedy line breaking at spaces; with ``divide``, long words are split with a hyphen."""
    lines: list[_Line] = []
    start = 0
    words = [(match.start(), match.end()) for match in re.finditer(r"\S+", text)]
    index = 0
    while index < len(words):
        end = words[index][1]
        index += 1
        while index < len(words) and face.getlength(text[start : words[index][1]]) <= width:
            end = words[index][1]
            index += 1
        split = None
        if divide and index < len(words):
            split = _division(text, start, words[index], face, width)
        if split is not None:
            lines.append(_Line(start, split, hyphen=True))
            start = split
            continue
        lines.append(_Line(start, end))
        if index < len(words):
            start = words[index][0]
    return lines


def _division(
    text: str, line_start: int, word: tuple[int, int], face: ImageFont.FreeTypeFont, width: float
) -> int | None:
    """Where to divide ``word`` so that its first part and a hyphen end the line, if anywhere."""
    letters = re.match(r"[A-Za-z]+", text[word[0] : word[1]])
    if letters is None or letters.end() < 7:
        return None
    for cut in range(letters.end() - 3, 2, -1):
        if face.getlength(text[line_start : word[0] + cut] + "-") <= width:
            return word[0] + cut
    return None


_Change = Callable[[Image.Image], Image.Image]


@dataclass
class _Page:
    """The image and, for each entity, a mask per line it occupies."""

    image: Image.Image
    masks: list[list[Image.Image]] = field(default_factory=list)

    def apply(self, change: _Change, mask_change: _Change | None = None) -> None:
        """Change the page, and its masks the same way unless ``mask_change`` is given."""
        self.image = change(self.image)
        mask_change = mask_change or change
        self.masks = [[mask_change(mask) for mask in masks] for masks in self.masks]


def _render(passage: Passage, rng: random.Random) -> tuple[_Page, list[_Line], dict]:
    font_name = rng.choice(FONTS)
    size = rng.choice([11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 26, 28, 30, 34, 38])
    face = ImageFont.truetype(str(_font_path(font_name)), size)
    width = face.getlength("x") * rng.randint(45, 110)
    lines = _wrap(passage.text, face, width, divide=rng.random() < 0.35)
    pitch = round(size * rng.uniform(1.2, 1.8))
    margin = rng.randint(12, 60)
    tinted = rng.random() < 0.25
    paper = tuple(rng.randint(205, 245) for _ in range(3)) if tinted else (255, 255, 255)
    ink = tuple(rng.randint(0, 70) for _ in range(3)) if tinted else (0, 0, 0)
    rendered = [
        passage.text[line.start : line.end] + ("-" if line.hyphen else "") for line in lines
    ]
    page_width = round(max(face.getlength(text) for text in rendered)) + 2 * margin
    page_height = pitch * len(lines) + 2 * margin
    image = Image.new("RGB", (page_width, page_height), paper)
    draw = ImageDraw.Draw(image)
    for number, text in enumerate(rendered):
        draw.text((margin, margin + number * pitch), text, font=face, fill=ink)
    page = _Page(image)
    for start, end, _ in passage.entities:
        masks = []
        for number, line in enumerate(lines):
            if line.end <= start or end <= line.start:
                continue
            first, last = max(start, line.start), min(end, line.end)
            piece = passage.text[first:last]
            if line.hyphen and last == line.end:
                piece += "-"
            mask = Image.new("L", image.size, 0)
            x = margin + face.getlength(passage.text[line.start : first])
            ImageDraw.Draw(mask).text((x, margin + number * pitch), piece, font=face, fill=255)
            masks.append(mask)
        page.masks.append(masks)
    meta = {"font": font_name, "font_size": size, "tinted": tinted, "paper": paper}
    return page, lines, meta


def _font_path(name: str) -> Path:
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FontsMissing(
        f"font {name} not found in {', '.join(map(str, FONT_DIRS))}: "
        "install fonts-dejavu-core and fonts-liberation (make system-deps)"
    )


DEGRADATIONS = ("rotate", "quarter_turn", "blur", "downscale", "noise", "jpeg")


def _degrade(page: _Page, rng: random.Random, size: int, paper: tuple) -> tuple[list[dict], str]:
    """Apply 1-3 degradations in a fixed order; returns them and the format to save in."""
    chosen = set(rng.sample(DEGRADATIONS, rng.randint(1, 3)))
    steps: list[dict] = []
    image_format = "PNG"
    if "quarter_turn" in chosen:
        turn = rng.choice(
            [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_270]
        )
        page.apply(lambda image: image.transpose(turn))
        steps.append({"op": "quarter_turn", "transpose": turn.name})
    if "rotate" in chosen:
        degrees = round(rng.uniform(0.6, 5.0) * rng.choice([-1, 1]), 2)
        page.apply(
            lambda image: image.rotate(
                degrees, Image.Resampling.BICUBIC, expand=True, fillcolor=paper
            ),
            lambda mask: mask.rotate(degrees, Image.Resampling.BILINEAR, expand=True),
        )
        steps.append({"op": "rotate", "degrees": degrees})
    if "blur" in chosen:
        radius = round(rng.uniform(0.5, 1.2), 2)
        page.apply(lambda image: image.filter(ImageFilter.GaussianBlur(radius)), _unchanged)
        steps.append({"op": "blur", "radius": radius})
    factor = round(max(rng.uniform(0.45, 0.8), 11 / size), 3)
    if "downscale" in chosen and factor < 1:
        new_size = (round(page.image.width * factor), round(page.image.height * factor))
        page.apply(
            lambda image: image.resize(new_size, Image.Resampling.LANCZOS),
            lambda mask: mask.resize(new_size, Image.Resampling.BILINEAR),
        )
        steps.append({"op": "downscale", "factor": factor})
    if "noise" in chosen:
        sigma = round(rng.uniform(6, 20), 1)
        noise = np.random.default_rng(rng.randrange(2**32)).normal(
            0, sigma, (*page.image.size[::-1], 1)
        )
        pixels = np.asarray(page.image, dtype=np.float32) + noise
        page.apply(lambda _: Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), _unchanged)
        steps.append({"op": "noise", "sigma": sigma})
        image_format = "JPEG"
    if "jpeg" in chosen:
        steps.append({"op": "jpeg", "quality": rng.randint(20, 45)})
        image_format = "JPEG"
    return steps, image_format


def _unchanged(image: Image.Image) -> Image.Image:
    return image


def _ink_box(mask: Image.Image) -> list[int] | None:
    box = mask.point(lambda value: 255 if value > 96 else 0).getbbox()
    return list(box) if box else None


def _encode(image: Image.Image, image_format: str, steps: list[dict]) -> bytes:
    buffer = io.BytesIO()
    quality = next((step["quality"] for step in steps if step["op"] == "jpeg"), 85)
    options = {"quality": quality} if image_format == "JPEG" else {}
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def render_sample(passage: Passage, variant: int, seed: int) -> tuple[dict, bytes]:
    """One rendering of ``passage``: its ``gold.json`` entry and the encoded image."""
    rng = random.Random(f"{seed}:{passage.id}:{variant}")
    page, lines, meta = _render(passage, rng)
    degraded = rng.random() < 0.5
    steps, image_format = (
        _degrade(page, rng, meta["font_size"], meta["paper"]) if degraded else ([], "PNG")
    )
    if meta["tinted"]:
        steps.insert(0, {"op": "background", "rgb": list(meta["paper"])})
    data = _encode(page.image, image_format, steps)
    text = list(passage.text)
    for line in lines[1:]:
        if text[line.start - 1] == " ":
            text[line.start - 1] = "\n"
    entities = []
    for (start, end, label), masks in zip(passage.entities, page.masks, strict=True):
        boxes = [box for box in map(_ink_box, masks) if box is not None]
        entities.append(
            {
                "text": "".join(text[start:end]),
                "label": label,
                "start": start,
                "end": end,
                "boxes": boxes,
            }
        )
    sample_id = f"{passage.id}-{variant}"
    entry = {
        "id": sample_id,
        "file": f"{sample_id}.{'jpg' if image_format == 'JPEG' else 'png'}",
        "style": passage.style,
        "width": page.image.width,
        "height": page.image.height,
        "degraded": bool(steps),
        "degradations": steps,
        "font": meta["font"],
        "font_size": meta["font_size"],
        "text": "".join(text),
        "entities": entities,
    }
    return entry, data


def _cache_key(paths: list[Path], seed: int) -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in paths:
        digest.update(path.read_bytes())
    digest.update(str(seed).encode())
    return digest.hexdigest()[:16]


def generate(set_name: str, seed: int, cache_dir: Path | None = None) -> Path:
    """Render ``datasets/passages_<set_name>.txt`` (once per seed and content) into a folder."""
    source = DATASETS_DIR / f"passages_{set_name}.txt"
    root = cache_dir or Path(tempfile.gettempdir()) / "ocrner-eval"
    folder = root / f"{set_name}-{_cache_key([source], seed)}"
    if (folder / "gold.json").is_file():
        return folder
    (folder / "images").mkdir(parents=True, exist_ok=True)
    entries = []
    for passage in read_passages(source):
        for variant in range(RENDERS_PER_PASSAGE):
            entry, data = render_sample(passage, variant, seed)
            (folder / "images" / entry["file"]).write_bytes(data)
            entries.append(entry)
    gold = {"version": 1, "seed": seed, "box_format": "[x0, y0, x1, y1]", "images": entries}
    partial = folder / "gold.json.partial"
    partial.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    partial.replace(folder / "gold.json")
    return folder


def load_generated(set_name: str, seed: int, cache_dir: Path | None = None) -> list[Sample]:
    """The generated set as :class:`~benchmarks.accuracy_data.Sample` objects."""
    return load_gold(generate(set_name, seed, cache_dir))
