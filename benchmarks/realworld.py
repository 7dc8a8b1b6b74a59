"""``make eval`` on real documents: receipts, forms and news from ``../shared/realworld-dev``.

Each image is read once per OCR engine and the readings are kept in a cache folder
(``--ocr-cache``), keyed by the image's bytes and a fingerprint of the OCR code and its
settings, so a second run (or a change that only touches NER) reads nothing again:

* ``tesseract``: the product's Tesseract engine with the default ``OCR_PREPROCESS``;
* ``rapidocr``: the product's RapidOCR engine;
* ``bare``: tesserocr as it comes (``GetUTF8Text()``, no preparation), the reference.

``OCR_ENGINE=auto`` is the product's own :class:`~ocrner.ocr.auto.AutoEngine` over the two
cached readings (its decision, from Tesseract's signals, is taken as in the service; its
time is Tesseract's, plus RapidOCR's for the pages it sends there). Every variant then goes
through the product's pipeline (:class:`~ocrner.orchestrator.pipeline.Pipeline`: layout, NER,
boxes) with the default NER settings; the bare engines' text goes to the bare spaCy model.
The measures are those of the folder's README (:mod:`benchmarks.realworld_metrics`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from benchmarks.accuracy_data import REPO_ROOT, DataMissing
from benchmarks.realworld_metrics import (
    Entity,
    FormScore,
    NewsScore,
    ReceiptScore,
    score_form,
    score_news,
    score_receipt,
)
from ocrner.core.settings import NerSettings, OcrSettings
from ocrner.ocr.auto import Signals, signals
from ocrner.ocr.engine import OcrResult
from ocrner.orchestrator.pipeline import LocalNer, Pipeline, Upload

REALWORLD_ENV = "OCRNER_REALWORLD_DIR"
DEFAULT_REALWORLD_DIR = REPO_ROOT.parent / "shared" / "realworld-dev"
SUBSETS = ("receipts", "forms", "news")
ENGINES = ("tesseract", "rapidocr", "bare")
DEFAULT_OCR_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / ("ocrner-eval")

VARIANTS = {
    "product": "ocrner, defaults (`OCR_ENGINE=auto`)",
    "tesseract": "ocrner, `OCR_ENGINE=tesseract`",
    "rapidocr": "ocrner, `OCR_ENGINE=rapidocr`",
    "bare": "bare engines: tesserocr + spaCy",
}
"""The rows of every table: key -> title."""


def realworld_dir(option: str | None) -> Path:
    """The option, else $OCRNER_REALWORLD_DIR, else ../shared/realworld-dev."""
    return Path(option or os.environ.get(REALWORLD_ENV) or DEFAULT_REALWORLD_DIR)


@dataclass(frozen=True)
class Document:
    """One real image and its gold (the ``images[]`` entry of its subset's gold.json)."""

    subset: str
    path: Path
    gold: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.subset}/{self.gold['id']}"

    @property
    def gold_ocr_text(self) -> str:
        """A receipt's or form's gold text, whose OCR tokens its OCR measures count: the
        receipt's OCR lines, the form's words, joined by spaces."""
        if self.subset == "receipts":
            return " ".join(line["text"] for line in self.gold["ocr_lines"])
        return " ".join(word["text"] for word in self.gold["words"])


def load_documents(folder: Path, subsets: Sequence[str], limit: int | None) -> list[Document]:
    """The documents of ``subsets`` (the first ``limit`` of each, if given)."""
    documents = []
    for subset in subsets:
        gold_path = folder / subset / "gold.json"
        if not gold_path.is_file():
            raise DataMissing(
                f"no real documents at {gold_path} (pass --realworld DIR or set {REALWORLD_ENV})"
            )
        images = json.loads(gold_path.read_text(encoding="utf-8"))["images"]
        documents += [
            Document(subset, folder / subset / image["file"], image) for image in images[:limit]
        ]
    return documents


# --- reading, with a cache ------------------------------------------------------------------


@dataclass
class Reading:
    """One engine's reading of one image: the result (none for the bare engine) or its text."""

    text: str
    seconds: float
    result: OcrResult | None = None


SOURCES = {
    "tesseract": ("engine.py", "images.py", "preprocess.py", "tesseract.py"),
    "rapidocr": ("engine.py", "images.py", "rapidocr_engine.py"),
    "bare": (),
}
"""The files of ``src/ocrner/ocr`` each engine's readings depend on."""

PACKAGES = {"tesseract": ("tesserocr",), "rapidocr": ("rapidocr", "onnxruntime"), "bare": ()}


def fingerprint(engine: str, settings: OcrSettings) -> str:
    """Changes when the engine's code, its installed packages or the OCR settings change."""
    from importlib import metadata

    digest = hashlib.sha256(engine.encode())
    for name in SOURCES[engine]:
        digest.update((REPO_ROOT / "src" / "ocrner" / "ocr" / name).read_bytes())
    for package in (*PACKAGES[engine], "tesserocr"):
        digest.update(metadata.version(package).encode())
    digest.update(",".join(settings.ocr_preprocess).encode())
    return digest.hexdigest()[:12]


class Reader:
    """Reads images with each engine in this process, through the cache folder."""

    def __init__(self, cache_dir: Path, settings: OcrSettings) -> None:
        self.settings = settings
        self.cache_dir = cache_dir
        self._engines: dict[str, Callable[[Image.Image], Reading]] = {}

    def _engine(self, name: str) -> Callable[[Image.Image], Reading]:
        if name not in self._engines:
            self._engines[name] = self._load(name)
        return self._engines[name]

    def _load(self, name: str) -> Callable[[Image.Image], Reading]:
        language = self.settings.ocr_lang
        if name == "bare":
            import tesserocr

            api = tesserocr.PyTessBaseAPI(path=str(self.settings.ocr_tessdata_dir), lang=language)

            def bare(image: Image.Image) -> Reading:
                started = time.perf_counter()
                api.SetImage(image)
                text = api.GetUTF8Text()
                api.Clear()
                return Reading(text, time.perf_counter() - started)

            return bare
        from ocrner.ocr.recognize import default_engine

        engine = default_engine(self.settings.model_copy(update={"ocr_engine": name}))

        def product(image: Image.Image) -> Reading:
            started = time.perf_counter()
            result = engine.recognize(image, language)
            return Reading(result.text, time.perf_counter() - started, result)

        return product

    def read(self, document: Document, engine: str) -> Reading:
        data = document.path.read_bytes()
        key = hashlib.sha256(data).hexdigest()[:20]
        path = self.cache_dir / engine / fingerprint(engine, self.settings) / f"{key}.json"
        if path.is_file():
            stored = json.loads(path.read_text(encoding="utf-8"))
            result = stored["result"]
            return Reading(
                stored["text"],
                stored["seconds"],
                None if result is None else OcrResult.model_validate(result),
            )
        image = _decode(data)
        reading = self._engine(engine)(image)
        path.parent.mkdir(parents=True, exist_ok=True)
        stored = {
            "file": document.id,
            "text": reading.text,
            "seconds": reading.seconds,
            "result": None if reading.result is None else reading.result.model_dump(mode="json"),
        }
        path.write_text(json.dumps(stored), encoding="utf-8")
        return reading


def _decode(data: bytes) -> Image.Image:
    from ocrner.ocr.images import decode_image

    return decode_image(data, max_pixels=OcrSettings().ocr_max_pixels)


class _Replay:
    """An OCR engine that answers with a cached reading (for :class:`AutoEngine`)."""

    def __init__(self, reading: Reading, name: str) -> None:
        self.reading = reading
        self.name = name
        self.called = False

    def recognize(self, image: Image.Image, language: str) -> OcrResult:
        self.called = True
        assert self.reading.result is not None
        return self.reading.result


def auto_reading(image: Image.Image, tesseract: Reading, rapidocr: Reading) -> Reading:
    """What ``OCR_ENGINE=auto`` gives, from the two cached readings, and what it costs."""
    from ocrner.ocr.auto import AutoEngine

    first, second = _Replay(tesseract, "tesseract"), _Replay(rapidocr, "rapidocr")
    engine = AutoEngine(first, lambda: second)  # type: ignore[arg-type, return-value]
    started = time.perf_counter()
    result = engine.recognize(image, "eng")
    seconds = tesseract.seconds + time.perf_counter() - started
    if second.called:
        seconds += rapidocr.seconds
    return Reading(result.text, seconds, result)


# --- scoring --------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one variant gave for one image: text, entities, seconds, engine."""

    text: str
    entities: list[Entity]
    seconds: float
    engine: str


@dataclass
class SubsetResult:
    """One subset's scores per variant, and the seconds per page."""

    subset: str
    images: int
    scores: dict[str, Any] = field(default_factory=dict)
    seconds: dict[str, list[float]] = field(default_factory=dict)
    engines: dict[str, dict[str, int]] = field(default_factory=dict)
    """Variant -> engine name -> pages it read."""
    signals: list[Signals] = field(default_factory=list)
    """Tesseract's signals on each page, which ``OCR_ENGINE=auto`` decides by."""


class _Fixed:
    """An OCR backend that answers with a given result (the cached reading)."""

    def __init__(self) -> None:
        self.result: OcrResult | None = None

    async def read(self, upload: Upload, language: str | None) -> OcrResult:
        assert self.result is not None
        return self.result


def _score(document: Document, outcome: Outcome) -> Any:
    gold = document.gold
    if document.subset == "receipts":
        lines = [(line["text"], line["box"]) for line in gold["ocr_lines"]]
        return score_receipt(gold["fields"], lines, outcome.text, outcome.entities)
    if document.subset == "forms":
        words = [word["text"] for word in gold["words"]]
        return score_form(words, gold["reading_order_text"], outcome.text, outcome.entities)
    true = [Entity(entity["text"], entity["label"]) for entity in gold["entities"]]
    return score_news(true, outcome.entities, outcome.text, gold["text"])


EMPTY = {"receipts": ReceiptScore, "forms": FormScore, "news": NewsScore}


def evaluate(
    documents: Sequence[Document], reader: Reader, progress: Callable[[str], None] = print
) -> dict[str, SubsetResult]:
    """Every variant on every document, scored per subset."""
    import spacy

    ner_settings = NerSettings()
    from ocrner.ner.extract import default_engine as default_ner_engine

    fixed = _Fixed()
    pipeline = Pipeline(fixed, LocalNer(default_ner_engine(ner_settings), ner_settings))
    bare_nlp = spacy.load(ner_settings.ner_model)
    results = {
        subset: SubsetResult(subset, sum(document.subset == subset for document in documents))
        for subset in dict.fromkeys(document.subset for document in documents)
    }
    for result in results.values():
        for variant in [*VARIANTS, "true_text"] if result.subset == "news" else VARIANTS:
            result.scores[variant] = EMPTY[result.subset]()
            result.seconds[variant] = []
            result.engines[variant] = {}
    for number, document in enumerate(documents, 1):
        readings = {engine: reader.read(document, engine) for engine in ENGINES}
        image = _decode(document.path.read_bytes())
        readings["product"] = auto_reading(image, readings["tesseract"], readings["rapidocr"])
        assert readings["tesseract"].result is not None
        results[document.subset].signals.append(signals(image, readings["tesseract"].result))
        outcomes: dict[str, Outcome] = {}
        for variant in ("product", "tesseract", "rapidocr"):
            reading = readings[variant]
            assert reading.result is not None
            fixed.result = reading.result
            started = time.perf_counter()
            extraction = asyncio.run(pipeline.extract(Upload(document.path.read_bytes())))
            outcomes[variant] = Outcome(
                extraction.text,
                [Entity(entity.text, entity.label) for entity in extraction.entities],
                reading.seconds + time.perf_counter() - started,
                reading.result.engine,
            )
        started = time.perf_counter()
        doc = bare_nlp(readings["bare"].text)
        outcomes["bare"] = Outcome(
            readings["bare"].text,
            [Entity(entity.text, entity.label_) for entity in doc.ents],
            readings["bare"].seconds + time.perf_counter() - started,
            "tesserocr",
        )
        if document.subset == "news":
            truth = document.gold["text"]
            true_doc = bare_nlp(truth.replace("\n", " "))
            outcomes["true_text"] = Outcome(
                truth, [Entity(entity.text, entity.label_) for entity in true_doc.ents], 0.0, ""
            )
        result = results[document.subset]
        for variant, outcome in outcomes.items():
            result.scores[variant].add(_score(document, outcome))
            result.seconds[variant].append(outcome.seconds)
            engines = result.engines[variant]
            engines[outcome.engine] = engines.get(outcome.engine, 0) + 1
        progress(
            f"[{number}/{len(documents)}] {document.id}: "
            f"{outcomes['product'].engine}, {outcomes['product'].seconds:.2f} s"
        )
    return results
