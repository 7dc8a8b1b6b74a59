"""Measure what the three services use, to size the Kubernetes requests and limits.

Run ``python -m tests.deploy.measure_resources`` (about two minutes on 2 cores).
It starts the three services as separate processes on loopback ports, as
``ocrner serve`` runs them in the containers (OCR with the manifests'
``OCR_WORKERS``), sends real requests, and after each phase prints every
service's resident memory (VmRSS), its peak so far (VmHWM), and the CPU seconds
the phase cost it, read from ``/proc/PID``. docs/kubernetes.md has the figures.
"""

from __future__ import annotations

import concurrent.futures
import os
import sys
import time
from pathlib import Path

import httpx
from PIL import Image

from tests.deploy.manifests import BASE, Rendering, literal_env, render
from tests.utils.images import LETTER, SAMPLE_IMAGE, encode, render_lines
from tests.utils.processes import ServiceProcess, Stack, running_stack

A4_300_DPI = (2480, 3508)
LARGEST_IMAGE = (7300, 5470)
"""Just under OCR_MAX_PIXELS (40 million), the largest image the OCR service takes."""
LONGEST_TEXT = 100_000
"""NER_MAX_TEXT_CHARS, the longest text the NER service takes."""
TIMEOUT = httpx.Timeout(300.0)


def page(size: tuple[int, int], text_lines: int) -> bytes:
    """A white page of ``size`` pixels with ``text_lines`` lines of typed text, as PNG."""
    line = LETTER[:95]
    text = render_lines([line] * text_lines, size=38, margin=120, spacing=1.4)
    sheet = Image.new("RGB", size, "white")
    sheet.paste(text.crop((0, 0, min(text.width, size[0]), min(text.height, size[1]))), (0, 0))
    return encode(sheet)


def usage(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM in MiB, and CPU seconds so far, of process ``pid``."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return {
        "rss": int(fields["VmRSS"].split()[0]) / 1024,
        "hwm": int(fields["VmHWM"].split()[0]) / 1024,
        "cpu": (int(stat[11]) + int(stat[12])) / ticks,
    }


class Report:
    """Prints one Markdown table row per (phase, service)."""

    def __init__(self, services: list[ServiceProcess]) -> None:
        self.services = services
        self.cpu = {service.name: 0.0 for service in services}
        sys.stdout.write(
            "| phase | service | VmRSS MiB | VmHWM MiB | CPU s in phase | wall s |\n"
            "|---|---|---:|---:|---:|---:|\n"
        )

    def row(self, phase: str, wall: float) -> None:
        for service in self.services:
            assert service.process is not None
            now = usage(service.process.pid)
            spent = now["cpu"] - self.cpu[service.name]
            self.cpu[service.name] = now["cpu"]
            sys.stdout.write(
                f"| {phase} | {service.name} | {now['rss']:.0f} | {now['hwm']:.0f} "
                f"| {spent:.1f} | {wall:.1f} |\n"
            )
        sys.stdout.flush()


def timed(
    report: Report, phase: str, calls: list[tuple[str, dict[str, object]]], rounds: int = 1
) -> None:
    """``rounds`` times, send the POSTs ``calls`` (url, httpx arguments) at once; all 200."""
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(len(calls)) as pool:
        for _ in range(rounds):
            answers = list(
                pool.map(lambda call: httpx.post(call[0], timeout=TIMEOUT, **call[1]), calls)
            )
            for answer in answers:
                answer.raise_for_status()
    report.row(phase, time.monotonic() - started)


def measure(stack: Stack, report: Report, workers: int) -> None:
    orchestrator = f"{stack.url}/api/NER"
    sample = {"files": {"file": ("test-image.jpg", SAMPLE_IMAGE.read_bytes(), "image/jpeg")}}
    a4 = {"files": {"file": ("a4.png", page(A4_300_DPI, 62), "image/png")}}
    largest = {"files": {"file": ("largest.png", page(LARGEST_IMAGE, 120), "image/png")}}
    text = (LETTER + " ") * (LONGEST_TEXT // (len(LETTER) + 1) + 1)
    longest = {"json": {"text": text[:LONGEST_TEXT]}}
    ocr = f"{stack.ocr.url}/api/OCR"
    report.row("idle, ready", 0.0)
    timed(report, "test-image.jpg via orchestrator, 5 times", [(orchestrator, sample)], 5)
    timed(report, "A4 page at 300 dpi via orchestrator, twice", [(orchestrator, a4)], 2)
    timed(report, f"{workers} A4 pages at once via orchestrator", [(orchestrator, a4)] * workers)
    timed(report, f"{workers} images of 40 MP at once to OCR", [(ocr, largest)] * workers)
    timed(report, "100,000 characters to NER", [(f"{stack.ner.url}/api/NER", longest)])


def main() -> int:
    base = Rendering("base", render(BASE))
    workers = literal_env(base.container("ocr"))["OCR_WORKERS"]
    started = time.monotonic()
    with running_stack(ocr_env={"OCR_WORKERS": workers}) as stack:
        sys.stdout.write(
            f"OCR_WORKERS={workers}; the three services were ready after "
            f"{time.monotonic() - started:.1f} s\n\n"
        )
        measure(stack, Report([stack.ocr, stack.ner, stack.orchestrator]), int(workers))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
