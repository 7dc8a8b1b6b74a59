"""Documents through the three services: pages per second, parallel pages, text layers.

Usage::

    python -m benchmarks.documents                 # full run: rewrites its section of
                                                   # docs/performance.md and
                                                   # benchmarks/results/documents.json
    python -m benchmarks.documents --quick --output DIR   # a small run, to check the harness

``make bench`` runs it after the image benchmark (:mod:`benchmarks.run`). The
documents are the tests' own (:mod:`tests.utils.documents`): letters of five
entities a page, as a 10-page scanned PDF (scans at 200 dpi, saved by Pillow)
and as a 10-page typeset PDF with a text layer. For 1 and 2 OCR workers
(``OCR_WORKERS``) the three services are started as separate processes and each
document is sent with the seed's multipart request, one at a time; the time is
until the whole answer is in. Also measured, per worker count:

- a 6-page scanned PDF against the same six scans sent one by one as images
  (what a caller without document support would do), and the same six pages as
  a text-layer PDF;
- NER on a document's text: one call per page (what the pipeline does, up to
  ``PAGES_IN_FLIGHT`` at once) against one call on the whole text;
- with 2 workers, the orchestrator's peak memory while it reads a 10-page and a
  40-page scanned PDF (it should not grow with the page count).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shlex
import statistics
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from tests.utils.documents import letters, render_page, scanned_pdf, text_pdf
from tests.utils.images import SAMPLE_IMAGE, encode
from tests.utils.load import memory_mib
from tests.utils.processes import Stack, running_stack

from benchmarks.cpu import MachineWindow, process_cpu

ROOT = Path(__file__).resolve().parents[1]
RESULTS_PATH = ROOT / "benchmarks" / "results" / "documents.json"
DOC_PATH = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- documents:start -->", "<!-- documents:end -->"
PAGE_SEPARATOR = "\n\f\n"
TIMEOUT_SECONDS = 600.0
NER_PAGES_IN_FLIGHT = 4
MEMORY_PAGES = (10, 40)
"""Scanned PDFs whose orchestrator memory is compared: it should not grow with the pages."""
SAMPLE_SECONDS = 0.05


def _post(client: httpx.Client, url: str, name: str, data: bytes) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    response = client.post(f"{url}/api/NER", files={"file": (name, data)})
    seconds = time.perf_counter() - started
    response.raise_for_status()
    return seconds, response.json()


def _services_cpu(stack: Stack) -> float:
    """CPU seconds the three services have used so far, together."""
    return sum(
        sum(process_cpu(service.process.pid))
        for service in (stack.orchestrator, stack.ocr, stack.ner)
        if service.process is not None
    )


def _peak_rss_mib(pid: int, send: Callable[[], object]) -> float:
    """The highest resident memory of process ``pid`` while ``send()`` runs, in MiB."""
    peak, done = 0.0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, memory_mib(pid)["VmRSS"])
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        send()
    finally:
        done.set()
        sampler.join()
    return round(peak, 1)


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


async def _ner_calls(url: str, texts: list[str], in_flight: int) -> float:
    turns = asyncio.Semaphore(in_flight)
    async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS) as client:

        async def one(text: str) -> None:
            async with turns:
                (await client.post(f"{url}/api/NER", json={"text": text})).raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(one(text) for text in texts))
        return time.perf_counter() - started


def measure_workers(workers: int, pages: int, repeats: int, memory: bool) -> dict[str, Any]:
    """One stack with ``OCR_WORKERS=workers``: every measurement above, and with ``memory``
    the orchestrator's peak memory for the scanned PDFs of :data:`MEMORY_PAGES` pages."""
    documents = {
        "scanned_pdf": scanned_pdf(letters(pages)),
        "text_pdf": text_pdf(letters(pages)),
    }
    six = letters(6)
    six_scanned, six_text = scanned_pdf(six), text_pdf(six)
    six_images = [encode(render_page(letter)) for letter in six]
    result: dict[str, Any] = {"ocr_workers": workers}
    with (
        running_stack(ocr_env={"OCR_WORKERS": str(workers)}) as stack,
        httpx.Client(timeout=TIMEOUT_SECONDS) as client,
    ):
        _post(client, stack.url, "warm-up.jpg", SAMPLE_IMAGE.read_bytes())
        _post(client, stack.url, "warm-up.pdf", six_scanned)
        window, cpu_before = MachineWindow.start(), _services_cpu(stack)
        texts: list[str] = []
        for name, data in documents.items():
            seconds = []
            for _ in range(repeats):
                elapsed, body = _post(client, stack.url, f"{name}.pdf", data)
                seconds.append(elapsed)
            assert len(body["pages"]) == pages, body["pages"]
            texts = body["text"].split(PAGE_SEPARATOR)
            median = _median(seconds)
            result[name] = {
                "pages": pages,
                "bytes": len(data),
                "seconds_p50": median,
                "pages_per_s": round(pages / median, 2),
                "entities": len(body["entities"]),
                "read": sorted({page["read"] for page in body["pages"]}),
            }
        one_by_one, whole, typeset = [], [], []
        one_by_one_cpu, whole_cpu = [], []
        for _ in range(repeats):
            cpu = _services_cpu(stack)
            one_by_one.append(
                sum(
                    _post(client, stack.url, f"page-{n}.png", image)[0]
                    for n, image in enumerate(six_images)
                )
            )
            one_by_one_cpu.append(_services_cpu(stack) - cpu)
            cpu = _services_cpu(stack)
            whole.append(_post(client, stack.url, "six.pdf", six_scanned)[0])
            whole_cpu.append(_services_cpu(stack) - cpu)
            typeset.append(_post(client, stack.url, "six-text.pdf", six_text)[0])
        result["six_pages"] = {
            "images_one_by_one_seconds_p50": _median(one_by_one),
            "scanned_pdf_seconds_p50": _median(whole),
            "text_pdf_seconds_p50": _median(typeset),
            "images_one_by_one_services_cpu_seconds_p50": _median(one_by_one_cpu),
            "scanned_pdf_services_cpu_seconds_p50": _median(whole_cpu),
            "scanned_pdf_over_one_by_one": round(_median(whole) / _median(one_by_one), 3),
            "text_pdf_over_scanned_pdf": round(_median(typeset) / _median(whole), 3),
        }
        per_page = [
            asyncio.run(_ner_calls(stack.ner.url, texts, NER_PAGES_IN_FLIGHT))
            for _ in range(repeats)
        ]
        in_one = [
            asyncio.run(_ner_calls(stack.ner.url, [PAGE_SEPARATOR.join(texts)], 1))
            for _ in range(repeats)
        ]
        result["others_cores"] = window.stop().others_cores(_services_cpu(stack) - cpu_before)
        if memory:
            assert stack.orchestrator.process is not None
            pid = stack.orchestrator.process.pid
            peaks = {}
            for count in MEMORY_PAGES:
                data = scanned_pdf(letters(count))
                peaks[str(count)] = _peak_rss_mib(
                    pid, lambda data=data: _post(client, stack.url, "long.pdf", data)
                )
            result["orchestrator_peak_rss_mib"] = peaks
        result["ner_text"] = {
            "pages": len(texts),
            "per_page_seconds_p50": _median(per_page),
            "whole_text_seconds_p50": _median(in_one),
        }
    return result


def measure(quick: bool = False) -> dict[str, Any]:
    """All worker counts; the results as one JSON-able dict."""
    pages, repeats, worker_counts = (2, 1, (2,)) if quick else (10, 3, (1, 2))
    load_before = os.getloadavg()
    started = time.perf_counter()
    runs = [
        measure_workers(workers, pages, repeats, memory=not quick and workers == worker_counts[-1])
        for workers in worker_counts
    ]
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": quick,
        "seconds": round(time.perf_counter() - started, 1),
        "machine": {
            "nproc": os.cpu_count(),
            "cpu_model": _cpu_model(),
            "python": platform.python_version(),
            "load_average_before": [round(value, 2) for value in load_before],
            "load_average_after": [round(value, 2) for value in os.getloadavg()],
        },
        "runs": runs,
    }


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def render(results: dict[str, Any], command: str) -> str:
    """The section of docs/performance.md with these results."""
    machine = results["machine"]
    lines = [
        "## Documents: PDF pages in parallel, text layers without OCR",
        "",
        f"Measured {results['date']} on {machine['nproc']} cores ({machine['cpu_model']}, "
        f"load average {machine['load_average_before'][0]} before, "
        f"{machine['load_average_after'][0]} after), Python {machine['python']}, "
        f"with `{command}` (`make bench` runs it; {results['seconds']} s). Each figure is the "
        "median of the repeats; a request's time is until its whole answer is in.",
        "",
        "| OCR workers | document | pages | time to the answer | pages/s | read | "
        "other processes (cores) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in results["runs"]:
        for name in ("scanned_pdf", "text_pdf"):
            entry = run[name]
            lines.append(
                f"| {run['ocr_workers']} | {name.replace('_', ' ')} | {entry['pages']} | "
                f"{entry['seconds_p50']} s | {entry['pages_per_s']} | {', '.join(entry['read'])} "
                f"| {run['others_cores']} |"
            )
    lines += [
        "",
        "Six scanned pages: one PDF against the six scans sent one by one as images, and the "
        "same six pages typeset as a text-layer PDF; with the CPU time the three services "
        "spent on each way:",
        "",
        "| OCR workers | six images one by one | scanned PDF | ratio | text-layer PDF | "
        "text / scanned | services' CPU, one by one | services' CPU, PDF |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in results["runs"]:
        six = run["six_pages"]
        lines.append(
            f"| {run['ocr_workers']} | {six['images_one_by_one_seconds_p50']} s | "
            f"{six['scanned_pdf_seconds_p50']} s | {six['scanned_pdf_over_one_by_one']} | "
            f"{six['text_pdf_seconds_p50']} s | {six['text_pdf_over_scanned_pdf']} | "
            f"{six['images_one_by_one_services_cpu_seconds_p50']} s | "
            f"{six['scanned_pdf_services_cpu_seconds_p50']} s |"
        )
    memory = [run for run in results["runs"] if "orchestrator_peak_rss_mib" in run]
    if memory:
        lines += [
            "",
            "The orchestrator's peak resident memory while it reads a scanned PDF "
            f"(`PAGES_IN_FLIGHT` 4, sampled every {int(SAMPLE_SECONDS * 1000)} ms):",
            "",
            "| OCR workers | " + " | ".join(f"{n} pages" for n in MEMORY_PAGES) + " |",
            "| --- | " + " | ".join("---" for _ in MEMORY_PAGES) + " |",
        ]
        for run in memory:
            peaks = run["orchestrator_peak_rss_mib"]
            lines.append(
                f"| {run['ocr_workers']} | "
                + " | ".join(f"{peaks[str(n)]} MiB" for n in MEMORY_PAGES)
                + " |"
            )
    lines += [
        "",
        "NER on a document's text (the NER service, one worker): one call per page, "
        f"{NER_PAGES_IN_FLIGHT} in flight, against one call on the whole text:",
        "",
        "| OCR workers | pages | per page | whole text |",
        "| --- | --- | --- | --- |",
    ]
    for run in results["runs"]:
        ner = run["ner_text"]
        lines.append(
            f"| {run['ocr_workers']} | {ner['pages']} | {ner['per_page_seconds_p50']} s | "
            f"{ner['whole_text_seconds_p50']} s |"
        )
    return "\n".join(lines)


def write(results: dict[str, Any], doc_path: Path, command: str) -> None:
    """Put the section into ``doc_path`` between its markers (at the end the first time)."""
    block = f"{BEGIN}\n{render(results, command)}\n{END}"
    text = doc_path.read_text() if doc_path.exists() else ""
    if BEGIN in text and END in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    doc_path.write_text(text)


def run(quick: bool, output: Path | None, command: str) -> Path:
    """Measure and write the JSON and the section; return the JSON's path."""
    results = measure(quick)
    results["command"] = command
    json_path = output / "documents.json" if output else RESULTS_PATH
    doc_path = output / "performance.md" if output else DOC_PATH
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(results, indent=2) + "\n")
    write(results, doc_path, command)
    return json_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.documents", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="2 pages, 2 OCR workers, once")
    parser.add_argument("--output", type=Path, help="write here instead of docs/ and results/")
    args = parser.parse_args(argv)
    if args.quick and not args.output:
        parser.error("a quick run needs --output DIR (docs/ keeps the full run)")
    arguments = argv if argv is not None else sys.argv[1:]
    command = "python -m benchmarks.documents " + shlex.join(arguments)
    path = run(args.quick, args.output, command.strip())
    print(f"[bench] wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
