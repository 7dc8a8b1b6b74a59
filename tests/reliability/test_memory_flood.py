"""A flood of maximum-size uploads: each service's memory stays bounded and it keeps serving.

Three identical rounds go to a real stack, eight requests at a time: uploads of
just under MAX_UPLOAD_BYTES that are valid images, uploads over the limit (with
and without a Content-Length), decompression bombs, pages at the pixel limit
straight to the OCR service, and texts at the length limit straight to the NER
service. Memory is read from /proc: each service's peak (VmHWM) must stay
within what its limits allow, and after the last round its resident memory
(VmRSS) must be no more than the first round's peak, i.e. it does not creep.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from PIL import Image

from ocrner.core.settings import NerSettings, OcrSettings, OrchestratorSettings
from tests.utils.hostile import MiB, padded_png, png_bomb, small_picture
from tests.utils.images import encode
from tests.utils.load import memory_mib
from tests.utils.problems import assert_problem
from tests.utils.processes import ServiceProcess, Stack, running_stack

pytestmark = pytest.mark.e2e

CONCURRENCY = 8
ROUNDS = 3
UPLOAD_LIMIT = OrchestratorSettings().max_upload_bytes
TEXT_LIMIT = NerSettings().ner_max_text_chars
PIXEL_LIMIT = OcrSettings().ocr_max_pixels

OCR_WORKERS = 2
"""Fixed, so that the bound below is the same on any machine (by default it is the CPU count)."""
ENGINE_WORKING_SET_MIB = {"ocr": 600, "ner": 400, "orchestrator": 0}
"""Memory one engine call may take at the limits: a page at the pixel limit, a text at the
length limit (measured: about 420 and 260 MiB)."""

Send = Callable[[httpx.AsyncClient, Stack], Awaitable[httpx.Response]]


def chunked_over_limit() -> AsyncIterator[bytes]:
    """A multipart upload streamed without Content-Length that runs past the limit."""

    async def chunks() -> AsyncIterator[bytes]:
        yield (
            b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n'
            b"Content-Type: image/png\r\n\r\n"
        )
        for _ in range(UPLOAD_LIMIT // MiB + 5):
            yield b"\0" * MiB

    return chunks()


def page_at_the_pixel_limit() -> bytes:
    width = 6000
    page = Image.new("L", (width, PIXEL_LIMIT // width), 255)
    page.paste(small_picture().convert("L"), (50, 50))
    return encode(page)


def flood() -> list[tuple[str, int, Send]]:
    """(what, expected status, how to send it), CONCURRENCY of each kind that matters."""
    largest = padded_png(UPLOAD_LIMIT - 64 * 1024)  # room for the multipart framing
    over = b"\0" * (UPLOAD_LIMIT + MiB)
    bomb = png_bomb()
    page = page_at_the_pixel_limit()
    text = ("Angela Merkel visited Siemens in Munich. " * (TEXT_LIMIT // 40 + 1))[:TEXT_LIMIT]
    padded_text = {"text": text, "padding": "x" * (NerSettings().max_upload_bytes - 2 * TEXT_LIMIT)}

    def upload(data: bytes) -> Send:
        return lambda http, stack: http.post(
            f"{stack.url}/api/NER", files={"file": ("a.png", data, "image/png")}
        )

    kinds: list[tuple[str, int, int, Send]] = [
        ("largest valid image", 200, CONCURRENCY, upload(largest)),
        ("over the limit", 413, CONCURRENCY, upload(over)),
        (
            "streamed over the limit",
            413,
            2,
            lambda http, stack: http.post(
                f"{stack.url}/api/NER",
                content=chunked_over_limit(),
                headers={"content-type": "multipart/form-data; boundary=x"},
            ),
        ),
        ("decompression bomb", 413, 4, upload(bomb)),
        (
            "page at the pixel limit",
            200,
            2,
            lambda http, stack: http.post(
                f"{stack.ocr.url}/api/OCR", files={"file": ("page.png", page, "image/png")}
            ),
        ),
        (
            "text at the length limit",
            200,
            2,
            lambda http, stack: http.post(f"{stack.ner.url}/api/NER", json=padded_text),
        ),
    ]
    return [(what, status, send) for what, status, count, send in kinds for _ in range(count)]


async def one_round(stack: Stack, requests: list[tuple[str, int, Send]]) -> list[str]:
    """Send every request, CONCURRENCY at a time; return what came back unexpected."""
    gate = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(timeout=120) as http:

        async def check(what: str, status: int, send: Send) -> str | None:
            async with gate:
                response = await send(http, stack)
            if response.status_code != status:
                return f"{what}: {response.status_code} {response.text[:200]}"
            if status >= 400:
                assert_problem(response, status)
            return None

        wrong = await asyncio.gather(*(check(*request) for request in requests))
    return [problem for problem in wrong if problem]


def services(stack: Stack) -> list[ServiceProcess]:
    return [stack.ocr, stack.ner, stack.orchestrator]


def memory(stack: Stack) -> dict[str, dict[str, float]]:
    return {s.name: memory_mib(s.process.pid) for s in services(stack) if s.process is not None}


def still_serving(stack: Stack) -> None:
    for service in services(stack):
        assert httpx.get(f"{service.url}/readyz", timeout=10).status_code == 200
    answer = httpx.post(
        f"{stack.url}/api/NER", files={"file": ("a.png", encode(small_picture()))}, timeout=60
    )
    assert answer.status_code == 200


def test_a_flood_of_maximum_size_uploads_keeps_memory_bounded() -> None:
    requests = flood()
    with running_stack(ocr_env={"OCR_WORKERS": str(OCR_WORKERS)}) as stack:
        still_serving(stack)
        baseline = memory(stack)
        rounds = []
        for _ in range(ROUNDS):
            assert asyncio.run(one_round(stack, requests)) == []
            still_serving(stack)
            rounds.append(memory(stack))
    print(f"\nbaseline {baseline}\nafter each round {rounds}")
    in_flight = {"ocr": CONCURRENCY, "ner": 2, "orchestrator": CONCURRENCY}
    for name, start in baseline.items():
        workers = OCR_WORKERS if name == "ocr" else 1
        bound = (
            start["VmRSS"]
            + workers * ENGINE_WORKING_SET_MIB[name]
            + in_flight[name] * 2 * UPLOAD_LIMIT / MiB
        )
        assert rounds[-1][name]["VmHWM"] <= bound, (name, rounds)
        assert rounds[-1][name]["VmRSS"] <= rounds[0][name]["VmHWM"], (name, rounds)
