"""The engines alone, in-process: the speed limit the service stack is measured against.

Each measurement runs in fresh worker processes (``spawn``), each with its own
Tesseract and spaCy engines loaded through the same functions the product uses
(:func:`ocrner.ocr.recognize.recognize_bytes`, :func:`ocrner.ner.extract.find_entities`).
Every worker loads its engines and reads each image once before any clock
starts; then, round by round, all workers start together at a barrier and read
their share of the images. A round's throughput is the images read over the
time from the first worker's start to the last worker's end.

A round reads either OCR then NER (what one request costs: the engines' own
limit) or OCR alone in several threads of one process, each thread with its
own Tesseract instance (what the OCR service does with ``OCR_WORKERS``).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import queue
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from benchmarks.cpu import MachineWindow
from benchmarks.images import BenchImage
from ocrner.core.settings import NerSettings, OcrSettings

Stages = Literal["ocr+ner", "ocr"]

WORKER_START_TIMEOUT_SECONDS = 180.0
ROUND_TIMEOUT_SECONDS = 600.0


@dataclass(frozen=True)
class Round:
    """One timed round: every worker reads ``image`` ``count`` times in ``threads`` threads."""

    image: str
    count: int
    stages: Stages = "ocr+ner"
    threads: int = 1


@dataclass(frozen=True)
class RoundResult:
    """What the workers of one round did, with the OCR and NER time of every image."""

    round: Round
    processes: int
    images: int
    seconds: float
    ocr_seconds: list[float]
    ner_seconds: list[float]
    others_cores: float
    """Cores other processes on the machine kept busy during the round, on average."""

    @property
    def images_per_second(self) -> float:
        return self.images / self.seconds


def _read(
    settings: OcrSettings, ocr_engine: Any, ner_engine: Any, data: bytes, stages: Stages
) -> tuple[float, float]:
    """OCR (and NER on the text the orchestrator builds) of one image; their seconds."""
    from ocrner.ner.extract import find_entities
    from ocrner.ocr.recognize import recognize_bytes
    from ocrner.orchestrator.layout import lay_out

    started = time.perf_counter()
    result = recognize_bytes(ocr_engine, data, settings.ocr_lang, settings.ocr_max_pixels)
    ocr_done = time.perf_counter()
    if stages == "ocr":
        return ocr_done - started, 0.0
    text = lay_out(result.words).text
    if text.strip():
        find_entities(ner_engine, text)
    return ocr_done - started, time.perf_counter() - ocr_done


def _split(count: int, parts: int) -> list[int]:
    """``count`` split into ``parts`` shares as even as can be."""
    return [count // parts + (index < count % parts) for index in range(parts)]


def _worker(
    images: dict[str, bytes],
    rounds: list[Round],
    barrier: Any,
    results: Any,
) -> None:
    """A worker process: load the engines, warm up, then run each round after the barrier."""
    try:
        _work(images, rounds, barrier, results)
    except BaseException as error:
        results.put(f"{type(error).__name__}: {error}")
        barrier.abort()  # no round can start now: release the others at once
        raise


def _work(images: dict[str, bytes], rounds: list[Round], barrier: Any, results: Any) -> None:
    from ocrner.ner.extract import default_engine as default_ner_engine
    from ocrner.ocr.recognize import default_engine as default_ocr_engine

    settings = OcrSettings()
    threads = max(item.threads for item in rounds)
    ocr_engines = [default_ocr_engine(settings) for _ in range(threads)]
    ner_engine = default_ner_engine(NerSettings())
    for data in images.values():
        for engine in ocr_engines:
            _read(settings, engine, ner_engine, data, "ocr+ner")
    with ThreadPoolExecutor(threads) as pool:
        for item in rounds:
            data = images[item.image]
            shares = _split(item.count, item.threads)

            def read_share(
                index: int, data: bytes = data, item: Round = item, shares: list[int] = shares
            ) -> list[tuple[float, float]]:
                return [
                    _read(settings, ocr_engines[index], ner_engine, data, item.stages)
                    for _ in range(shares[index])
                ]

            barrier.wait(timeout=WORKER_START_TIMEOUT_SECONDS)
            started, cpu = time.perf_counter(), time.process_time()
            times = [t for share in pool.map(read_share, range(item.threads)) for t in share]
            results.put((started, time.perf_counter(), times, time.process_time() - cpu))


def run_rounds(images: list[BenchImage], rounds: list[Round], processes: int) -> list[RoundResult]:
    """Run ``rounds`` in ``processes`` fresh worker processes; each worker reads ``count``."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes + 1)  # the workers and this process, which watches
    results = context.Queue()
    wanted = {item.image for item in rounds}
    payload = {image.name: image.data for image in images if image.name in wanted}
    workers = [
        context.Process(target=_worker, args=(payload, rounds, barrier, results), daemon=True)
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    try:
        measured = []
        for item in rounds:
            _start_round(barrier, results)
            window = MachineWindow.start()
            reports = [_next_report(results, workers) for _ in workers]
            window.stop()
            started = min(report[0] for report in reports)
            ended = max(report[1] for report in reports)
            times = [pair for report in reports for pair in report[2]]
            measured.append(
                RoundResult(
                    round=item,
                    processes=processes,
                    images=len(times),
                    seconds=ended - started,
                    ocr_seconds=[pair[0] for pair in times],
                    ner_seconds=[pair[1] for pair in times],
                    others_cores=window.others_cores(sum(report[3] for report in reports)),
                )
            )
        return measured
    finally:
        barrier.abort()  # frees workers still waiting for a round that will not come
        for worker in workers:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()
                worker.join()


def _start_round(barrier: Any, results: Any) -> None:
    """Release the workers into the next round, or say why they never got there."""
    try:
        barrier.wait(timeout=WORKER_START_TIMEOUT_SECONDS)
    except threading.BrokenBarrierError:
        try:
            failure = results.get(timeout=1.0)
        except queue.Empty:
            failure = f"no worker was ready within {WORKER_START_TIMEOUT_SECONDS} s"
        raise RuntimeError(f"an engine worker failed: {failure}") from None


Report = tuple[float, float, list[tuple[float, float]], float]
"""A worker's round: start, end, (OCR, NER) seconds per image, and its CPU seconds."""


def _next_report(results: Any, workers: list[Any]) -> Report:
    """The next worker's report; fails at once when a worker died instead of waiting forever."""
    deadline = time.monotonic() + ROUND_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        try:
            report = results.get(timeout=1.0)
        except queue.Empty:
            dead = [worker for worker in workers if worker.exitcode not in (None, 0)]
            if dead:
                raise RuntimeError(
                    f"an engine worker died (exit code {dead[0].exitcode})"
                ) from None
            continue
        if isinstance(report, str):
            raise RuntimeError(f"an engine worker failed: {report}")
        return report
    raise RuntimeError(f"engine workers gave no result within {ROUND_TIMEOUT_SECONDS} s")


def pipeline_latencies(
    images: list[BenchImage], repeats: dict[str, int]
) -> dict[str, tuple[list[float], float]]:
    """Seconds per image of the in-process pipeline (``ocrner extract``), after one warm-up,
    and the cores other processes kept busy meanwhile."""
    from ocrner.orchestrator.pipeline import Upload, local_pipeline

    pipeline = local_pipeline()

    async def measure() -> dict[str, tuple[list[float], float]]:
        latencies: dict[str, tuple[list[float], float]] = {}
        for image in images:
            upload = Upload(image.data, image.filename, image.content_type)
            await pipeline.extract(upload)
            seconds = []
            window, cpu = MachineWindow.start(), time.process_time()
            for _ in range(repeats[image.name]):
                started = time.perf_counter()
                await pipeline.extract(upload)
                seconds.append(time.perf_counter() - started)
            others = window.stop().others_cores(time.process_time() - cpu)
            latencies[image.name] = (seconds, others)
        return latencies

    return asyncio.run(measure())


def median_ms(seconds: list[float]) -> float:
    return round(statistics.median(seconds) * 1000, 1) if seconds else 0.0
