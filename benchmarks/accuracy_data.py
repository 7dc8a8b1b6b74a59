"""Labelled images for ``make eval``: the shared samples, read from their ``gold.json``.

A :class:`Sample` is one image with its true text and entities, whatever set it
comes from; the generated set (:mod:`benchmarks.accuracy_generate`) makes the same objects.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from benchmarks.accuracy_metrics import Span

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES_ENV = "OCRNER_SAMPLES_DIR"
DEFAULT_SAMPLES_DIR = REPO_ROOT.parent / "shared" / "samples"


class DataMissing(RuntimeError):
    """A labelled set is not where it was looked for."""


@dataclass(frozen=True)
class Sample:
    """One labelled image."""

    id: str
    path: Path
    degraded: bool
    text: str
    entities: tuple[Span, ...]
    description: str = ""


def samples_dir(option: str | None) -> Path:
    """The shared samples folder: the option, else $OCRNER_SAMPLES_DIR, else ../shared/samples."""
    return Path(option or os.environ.get(SAMPLES_ENV) or DEFAULT_SAMPLES_DIR)


def spans_from_gold(entities: list[dict]) -> tuple[Span, ...]:
    """Entities in the ``gold.json`` shape as :class:`Span` objects."""
    return tuple(
        Span(
            text=entity["text"],
            label=entity["label"],
            start=entity["start"],
            boxes=tuple(tuple(box) for box in entity["boxes"]),
        )
        for entity in entities
    )


def load_gold(folder: Path) -> list[Sample]:
    """The images of a folder laid out like the shared samples (``gold.json`` + ``images/``)."""
    gold_path = folder / "gold.json"
    if not gold_path.is_file():
        raise DataMissing(
            f"no labelled samples at {gold_path}: pass --samples DIR or set {SAMPLES_ENV} "
            "to a folder with gold.json and images/ (the shared samples live in ../shared/samples)"
        )
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return [
        Sample(
            id=image["id"],
            path=folder / "images" / image["file"],
            degraded=bool(image["degraded"]),
            text=image["text"],
            entities=spans_from_gold(image["entities"]),
            description=", ".join(str(step) for step in image.get("degradations", [])),
        )
        for image in gold["images"]
    ]
