"""The RapidOCR engine: PP-OCR detection and recognition models (ONNX) on onnxruntime.

The ``rapidocr`` wheel ships its models (PP-OCRv6 small detection and recognition, a
180-degree direction classifier), so nothing is downloaded at run time. It reads real scans
(receipts, forms, photos) far better than Tesseract, and several times slower, which is why
``OCR_ENGINE=auto`` (:mod:`ocrner.ocr.auto`) calls it only for pages Tesseract struggled with.

onnxruntime runs on ``OCR_THREADS`` intra-op threads (by default the CPUs the container may
use, not the node's) and one inter-op thread, on the execution provider ``OCR_DEVICE`` names:
``cpu``, or ``cuda`` (onnxruntime's CUDA provider, which needs the ``onnxruntime-gpu`` package
instead of ``onnxruntime``). Where the provider asked for is missing, the engine refuses to
start (:class:`DeviceUnavailable`) instead of running silently on the CPU, as RapidOCR
itself would.

RapidOCR finds text *lines* (one box each, with a word box per word); this module turns
them into :class:`~ocrner.ocr.engine.Word` objects numbered as Tesseract numbers its own:

* **lines**: detections that overlap vertically by at least half the lower one's height are
  one text line, read left to right (a receipt's ``TOTAL`` and its amount far to the right
  stay on one line; two receipt lines never merge);
* **paragraphs and blocks**: a new paragraph starts after a vertical gap wider than
  :data:`PARAGRAPH_GAP` line heights or where the text height jumps by
  :data:`HEIGHT_JUMP` (a heading), a new block after a gap wider than :data:`BLOCK_GAP`.

Before that, each line's words are cleaned (:func:`line_words`):

* lines RapidOCR scores under :data:`MIN_LINE_SCORE` are dropped (on forms they are mostly
  handwriting, stamps and ruling read as letters);
* RapidOCR also cuts a word where two of its letters lie far apart; the cut is kept only after
  punctuation (``No.|533``, ``NUMBER:|(201)``), as a wide gap inside a word is more often
  letter-spacing (``SUM MARY`` in a spaced heading);
* fill-in lines and leader dots part words (``Date____March``, ``Men)...Friday``), and tokens
  made only of ruling (underscores, vertical bars, box-drawing characters, bullets, runs of
  dashes) are dropped;
* every word of a line gets the line's score as its confidence: RapidOCR 3.10 gives the
  *n*-th word the confidence of the line's *n*-th character.
"""

from __future__ import annotations

import logging
import re
import statistics
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING

from ocrner.core.errors import LanguageNotInstalled
from ocrner.core.settings import OcrDevice
from ocrner.ocr.engine import Box, OcrResult, Word, mean_confidence, reading_order_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PIL.Image import Image

logger = logging.getLogger("ocrner.ocr")

LANGUAGES = ("eng",)
"""Languages (Tesseract codes) the shipped recognition model reads: Latin letters and
digits (and Chinese, which ocrner does not offer)."""

MODEL = "PP-OCRv6 small"

PARAGRAPH_GAP = 0.9
"""A vertical gap wider than this many median line heights starts a new paragraph."""

BLOCK_GAP = 2.0
"""A vertical gap wider than this many median line heights starts a new block."""

HEIGHT_JUMP = 1.6
"""A line this many times higher (or lower) than the one above starts a new paragraph."""

DETECTION_SIDE = 736
"""RapidOCR's own default: the text detector sees the page with its shorter side enlarged
to at least this many pixels."""

LARGE_DETECTION_SIDE = 1280
"""Used instead for pages whose shorter side is within :data:`MAX_DETECTION_UPSCALE` of it.
On scanned forms of about 760 x 1000 px this found small print that 736 missed: OCR word
recall 81.7% against 79.4%, precision 88.3% against 87.2% on 8 forms. Smaller pages keep
the default, as enlarging them more costs much time for little."""

MAX_DETECTION_UPSCALE = 1.75

PROVIDERS: dict[OcrDevice, str] = {"cpu": "CPUExecutionProvider", "cuda": "CUDAExecutionProvider"}
"""The onnxruntime execution provider each ``OCR_DEVICE`` asks for."""

LINE_OVERLAP = 0.5
"""Detections on one line overlap vertically by at least this share of the lower one."""

MIN_LINE_SCORE = 0.8
"""Lines that RapidOCR reads with a lower score (the mean confidence of their characters) are
dropped; RapidOCR itself drops those under 0.5. On the 30 dev forms: word precision 86.1%
against 83.9% with 0.5, recall 80.9% against 80.5% (with ``OCR_ENGINE=auto``, Tesseract's
sure words then fill some of the places); recall stays within 0.1 point from 0.75 to 0.82."""

SPLIT_AFTER = frozenset(":;,)_")
"""A cut RapidOCR makes inside a word at a wide gap is kept after one of these characters,
before ``(``, or after a ``.`` that ends a longer part (``No.|533``)."""

FILL_IN = re.compile(r"_+|(?<=\.\.\.)(?=\w)|(?<=…)(?=\w)")
"""Where a word is parted: at fill-in lines (underscores) and after leader dots."""

RULING = re.compile(r"[_|¦•·\u2500-\u257f]+|[-=~\u2013\u2014]{3,}")
"""A token that is only ruling: underscores, bars, box drawing, bullets, dash runs."""


@dataclass
class _Piece:
    """One detection: its words, each with its box and confidence."""

    box: Box
    words: list[tuple[str, Box, float]]


@dataclass
class _Line:
    pieces: list[_Piece]

    @property
    def top(self) -> int:
        return min(piece.box[1] for piece in self.pieces)

    @property
    def bottom(self) -> int:
        return max(piece.box[3] for piece in self.pieces)

    @property
    def height(self) -> int:
        return round(statistics.median(piece.box[3] - piece.box[1] for piece in self.pieces))


class DeviceUnavailable(RuntimeError):
    """``OCR_DEVICE`` asks for an execution provider this onnxruntime does not have: the OCR
    service fails its start with this message."""


def check_device(device: OcrDevice) -> str:
    """The execution provider ``device`` needs, if this onnxruntime has it; else raise."""
    import onnxruntime

    provider = PROVIDERS[device]
    available = onnxruntime.get_available_providers()
    if provider not in available:
        raise DeviceUnavailable(
            f"OCR_DEVICE={device} needs onnxruntime's {provider}, which the installed "
            f"onnxruntime {onnxruntime.__version__} does not have (it has: "
            f"{', '.join(available)}). Install onnxruntime-gpu (matching the machine's CUDA "
            "and cuDNN) in place of onnxruntime, or set OCR_DEVICE=cpu."
        )
    return provider


def reads(language: str) -> bool:
    """Whether the shipped model reads ``language`` (every part of ``eng+deu``)."""
    return bool(language) and all(part in LANGUAGES for part in language.split("+"))


def _clip(points: Sequence[Sequence[float]], width: int, height: int) -> Box:
    """The axis-aligned box around ``points``, inside the image, at least a pixel wide."""
    xs = [point[0] for point in points]
    ys = [point[1] for point in points]
    x0 = max(0, min(width - 1, int(min(xs))))
    y0 = max(0, min(height - 1, int(min(ys))))
    x1 = max(x0 + 1, min(width, round(max(xs))))
    y1 = max(y0 + 1, min(height, round(max(ys))))
    return (x0, y0, x1, y1)


def apportion(text: str, box: Box, confidence: float) -> list[tuple[str, Box, float]]:
    """Split a line's ``text`` into words, each given the share of ``box`` its characters
    take (for lines that RapidOCR gives no word boxes for)."""
    words = text.split()
    if not words:
        return []
    x0, y0, x1, y1 = box
    per_char = (x1 - x0) / max(1, len(" ".join(words)))
    pieces, offset = [], 0
    for word in words:
        left = x0 + round(offset * per_char)
        right = max(left + 1, min(x1, x0 + round((offset + len(word)) * per_char)))
        pieces.append((word, (left, y0, right, y1), confidence))
        offset += len(word) + 1
    return pieces


def _join(text: str, found: list[tuple[str, Box]]) -> list[tuple[str, Box]] | None:
    """RapidOCR's words of the line ``text``, parts of a word that it cut at a wide gap
    joined again unless the cut follows punctuation (:data:`SPLIT_AFTER`); ``None`` when its
    words do not spell ``text``."""
    if "".join(word for word, _ in found) != "".join(text.split()):
        return None
    words: list[tuple[str, Box]] = []
    position = 0
    for word, box in found:
        start = position
        while text[start].isspace():
            start += 1
        touching = start == position
        position = start + len(word)
        if words and touching and not _cut_kept(words[-1][0], word):
            previous, (x0, y0, x1, y1) = words[-1]
            words[-1] = (
                previous + word,
                (min(x0, box[0]), min(y0, box[1]), max(x1, box[2]), max(y1, box[3])),
            )
        else:
            words.append((word, box))
    return words


def _cut_kept(left: str, right: str) -> bool:
    return left[-1] in SPLIT_AFTER or right[0] == "(" or (left[-1] == "." and len(left) > 1)


def _part(word: str, box: Box) -> list[tuple[str, Box]]:
    """``word`` parted at fill-in lines and leader dots (each part given its characters'
    share of ``box``), parts that are only ruling left out."""
    x0, y0, x1, y1 = box
    per_char = (x1 - x0) / len(word)
    parts, start = [], 0
    for cut in [*FILL_IN.finditer(word), None]:
        end = len(word) if cut is None else cut.start()
        part = word[start:end]
        if part and not RULING.fullmatch(part):
            left = x0 + round(start * per_char)
            parts.append((part, (left, y0, max(left + 1, x0 + round(end * per_char)), y1)))
        if cut is not None:
            start = cut.end()
    return parts


def line_words(
    text: str, box: Box, score: float, found: list[tuple[str, Box]]
) -> list[tuple[str, Box, float]]:
    """The words of one detected line: RapidOCR's word boxes (``found``) where they spell
    ``text``, else ``text`` apportioned over ``box``; cleaned as the module says."""
    if score < MIN_LINE_SCORE:
        return []
    joined = _join(text, found)
    if joined is None:
        joined = [(word, word_box) for word, word_box, _ in apportion(text, box, score)]
    return [
        (part, part_box, score)
        for word, word_box in joined
        for part, part_box in _part(word, word_box)
    ]


def _overlap(a: Box, b: Box) -> float:
    """Vertical overlap of two boxes as a share of the lower one's height."""
    shared = min(a[3], b[3]) - max(a[1], b[1])
    return shared / max(1, min(a[3] - a[1], b[3] - b[1]))


def group_lines(pieces: list[_Piece]) -> list[_Line]:
    """Detections grouped into text lines, top to bottom, each read left to right."""
    lines: list[_Line] = []
    for piece in sorted(pieces, key=lambda piece: (piece.box[1] + piece.box[3]) / 2):
        best, best_overlap = None, LINE_OVERLAP
        for line in lines[-3:]:  # lines sorted by centre: only the last few can overlap
            overlap = max(_overlap(piece.box, other.box) for other in line.pieces)
            if overlap >= best_overlap:
                best, best_overlap = line, overlap
        if best is None:
            lines.append(_Line([piece]))
        else:
            best.pieces.append(piece)
    for line in lines:
        line.pieces.sort(key=lambda piece: piece.box[0])
    lines.sort(key=lambda line: line.top)
    return lines


def number_words(lines: list[_Line]) -> list[Word]:
    """The words of ``lines`` with block, paragraph and line numbers from the gaps between."""
    if not lines:
        return []
    typical = statistics.median(line.height for line in lines) or 1
    words: list[Word] = []
    block = paragraph = line_number = 0
    previous: _Line | None = None
    for line in lines:
        if previous is not None:
            gap = (line.top - previous.bottom) / typical
            jump = max(line.height, 1) / max(previous.height, 1)
            if gap > BLOCK_GAP:
                block, paragraph, line_number = block + 1, 0, 0
            elif gap > PARAGRAPH_GAP or not 1 / HEIGHT_JUMP <= jump <= HEIGHT_JUMP:
                paragraph, line_number = paragraph + 1, 0
            else:
                line_number += 1
        for piece in line.pieces:
            for text, box, confidence in piece.words:
                words.append(
                    Word(
                        text=text,
                        box=box,
                        confidence=round(max(0.0, min(100.0, confidence * 100)), 2),
                        block=block,
                        paragraph=paragraph,
                        line=line_number,
                    )
                )
        previous = line
    return words


def regroup(words: list[Word]) -> list[Word]:
    """``words`` (from any engine) numbered into lines, paragraphs and blocks afresh."""
    pieces = [
        _Piece(box=word.box, words=[(word.text, word.box, word.confidence / 100)]) for word in words
    ]
    return number_words(group_lines(pieces))


class RapidOcrEngine:
    """RapidOCR with its shipped models on ``threads`` onnxruntime threads, on ``device``."""

    def __init__(self, threads: int, device: OcrDevice = "cpu") -> None:
        from rapidocr import RapidOCR

        self.provider = check_device(device)
        self._ocr = RapidOCR(params=self.params(threads, device))
        self._version = metadata.version("rapidocr")
        self.name = f"rapidocr {self._version}"

    @staticmethod
    def params(threads: int, device: OcrDevice) -> dict[str, object]:
        """RapidOCR's settings: its ``EngineConfig.onnxruntime`` session options (threads,
        CUDA) and the detector's input size.

        RapidOCR ignores a thread count above ``os.cpu_count()`` and then leaves onnxruntime
        its own default (every core of the node), so the count is capped there."""
        import os

        return {
            "Global.log_level": "error",
            "EngineConfig.onnxruntime.intra_op_num_threads": min(threads, os.cpu_count() or 1),
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            "EngineConfig.onnxruntime.use_cuda": device == "cuda",
            "Det.limit_side_len": DETECTION_SIDE,
        }

    def providers(self) -> list[str]:
        """The execution providers of the ONNX sessions loaded so far, in order of use."""
        found: list[str] = []
        for model in (self._ocr.text_det, self._ocr.text_cls, self._ocr.text_rec):
            if model is not None:
                found += [p for p in model.session.session.get_providers() if p not in found]
        return found

    def check_language(self, language: str) -> str:
        """Return ``language`` if the model reads every part of it, else raise."""
        if not reads(language):
            raise LanguageNotInstalled(
                f"OCR language {language!r} is not read by RapidOCR; it reads: "
                f"{', '.join(LANGUAGES)}."
            )
        return language

    def warm_up(self, language: str) -> None:
        """Load the models now (RapidOCR loads them on first use) by reading a blank page."""
        from PIL import Image

        self.recognize(Image.new("RGB", (64, 32), "white"), self.check_language(language))
        used = self.providers()
        if used and used[0] != self.provider:
            raise DeviceUnavailable(
                f"onnxruntime runs RapidOCR's models on {used[0]}, not {self.provider}"
            )

    def close(self) -> None:
        """Nothing to release: the ONNX sessions go with the object."""

    def recognize(self, image: Image, language: str) -> OcrResult:
        import numpy as np

        self.check_language(language)
        rgb = image if image.mode == "RGB" else image.convert("RGB")
        self._detect_at(self.detection_side(image.width, image.height))
        output = self._ocr(np.asarray(rgb), return_word_box=True)
        words = number_words(group_lines(list(self._pieces(output, image.width, image.height))))
        return OcrResult(
            text=reading_order_text(words),
            words=words,
            width=image.width,
            height=image.height,
            engine=self.name,
            language=language,
            model=MODEL,
            mean_confidence=round(mean_confidence(words), 2),
        )

    def detection_side(self, width: int, height: int) -> int:
        """The detector's shorter side for a page of this size (after RapidOCR shrinks pages
        longer than its ``max_side_len``)."""
        shorter = min(width, height) * min(1.0, self._ocr.max_side_len / max(width, height))
        if shorter * MAX_DETECTION_UPSCALE >= LARGE_DETECTION_SIDE:
            return LARGE_DETECTION_SIDE
        return DETECTION_SIDE

    def _detect_at(self, side: int) -> None:
        """RapidOCR 3.10 has no per-call setting for the detector's input size: its detector
        is made from ``cfg.Det`` on first use and reads its own ``limit_side_len`` on each
        call, so both are set."""
        self._ocr.cfg.Det.limit_side_len = side
        if self._ocr.text_det is not None:
            self._ocr.text_det.limit_side_len = side

    @staticmethod
    def _pieces(output, width: int, height: int):
        """One :class:`_Piece` per detected line that has words (:func:`line_words`)."""
        if output.boxes is None or output.txts is None:
            return
        word_results = output.word_results or ()
        for index, (quad, text, score) in enumerate(
            zip(output.boxes, output.txts, output.scores, strict=True)
        ):
            if not text.strip():
                continue
            box = _clip(quad, width, height)
            found = word_results[index] if index < len(word_results) else ()
            words = line_words(
                text,
                box,
                float(score),
                [
                    (word.strip(), _clip(points, width, height))
                    for word, _, points in found
                    if word.strip() and points is not None
                ],
            )
            if words:
                yield _Piece(box=box, words=words)
