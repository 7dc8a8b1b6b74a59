"""The benchmark's results as a Markdown report, a chart and a check of the targets.

:func:`write` replaces the part of ``docs/performance.md`` between the
``bench:begin`` and ``bench:end`` markers with fresh tables, and draws
``performance.png`` next to it; the prose around the markers, written by
people, is kept. A report file that does not exist yet gets a short frame
around the tables. ``python -m benchmarks.report [RESULTS [DOC]]`` writes the
report again from a results file, with the targets checked again.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULTS_PATH = REPO_ROOT / "benchmarks" / "results" / "latest.json"
DOC_PATH = REPO_ROOT / "docs" / "performance.md"

BEGIN = "<!-- bench:begin: written by `make bench`; edits here are lost -->"
END = "<!-- bench:end -->"
CHART_NAME = "performance.png"

BUSY_CORES = 0.2
"""Other processes using this many cores during a measurement make it noisy."""

THROUGHPUT_SHARE = 0.9
OVERHEAD_MS = 10.0
LATENCY_MS = {"screenshot": 300.0, "a4-page": 3000.0}
MEMORY_MIB = {"orchestrator": 150.0, "ner": 500.0}
OCR_MEMORY_MIB_PER_WORKER = 400.0

_HOPS = {
    "client_to_orchestrator": "client ↔ orchestrator",
    "orchestrator": "orchestrator itself",
    "orchestrator_to_ocr": "orchestrator → OCR",
    "ocr_service": "OCR service around the engine",
    "ocr_decode": "image decode",
    "orchestrator_to_ner": "orchestrator → NER (with layout)",
    "ner_service": "NER service around the engine",
}


def _levels(results: dict[str, Any], image: str) -> list[dict[str, Any]]:
    return [level for level in results["stack"]["levels"] if level["image"] == image]


def _at(results: dict[str, Any], image: str, concurrency: int) -> dict[str, Any] | None:
    for level in _levels(results, image):
        if level["concurrency"] == concurrency:
            return level
    return None


def ocr_workers(results: dict[str, Any]) -> int:
    """The OCR service's worker threads in this run (OCR_WORKERS, by default the CPU count)."""
    configured = results["stack"]["env"]["ocr"].get("OCR_WORKERS")
    return int(configured) if configured else int(results["machine"]["nproc"] or 1)


def busiest_others(results: dict[str, Any]) -> float:
    """The most cores other processes kept busy during any one measurement of the run."""
    found = [level["others_cores"] for level in results["stack"]["levels"]]
    found += [run["others_cores"] for run in results["pipeline"].values()]
    for engine in results["engines"].values():
        found += engine["others_cores"].values()
    return max(found, default=0.0)


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issue 6 with what this run measured and whether it is met.

    ``met`` is None (unsure) where other processes took a good part of the
    machine during the measurement and the result could go either way: a
    throughput ratio compares two measurements disturbed differently, while a
    latency or an overhead within its limit stays within it on a quiet machine.
    The CPU-bound ceiling, from CPU time per request, holds whatever the noise.
    """
    checks: list[dict[str, Any]] = []

    def check(name: str, measured: float, limit: float, unit: str, others: float | None) -> None:
        at_least = unit == "%"
        passes = measured >= limit if at_least else measured <= limit
        noisy = others is not None and others >= BUSY_CORES
        met = None if noisy and (at_least or not passes) else passes
        checks.append(
            {
                "target": name,
                "measured": round(measured, 2),
                "limit": limit,
                "unit": unit,
                "met": met,
                "others_cores": others,
            }
        )

    for image, engine in results["engines"].items():
        levels = _levels(results, image)
        limit = engine["images_per_s"]["2 processes"]
        if levels and limit:
            best = max(levels, key=lambda level: level["images_per_s"])
            check(
                f"{image}: stack images/s at best concurrency / engines alone in 2 processes",
                best["images_per_s"] / limit * 100,
                THROUGHPUT_SHARE * 100,
                "%",
                max(best["others_cores"], engine["others_cores"]["2 processes"]),
            )
        loaded = [level for level in levels if "cpu_ms_per_request" in level]
        if loaded:
            best = max(loaded, key=lambda level: level["images_per_s"])
            check(
                f"{image}: CPU-bound ceiling, engines' CPU per image / stack's CPU per request",
                engine["ocr_ner_ms_p50"] / sum(best["cpu_ms_per_request"].values()) * 100,
                THROUGHPUT_SHARE * 100,
                "%",
                None,
            )
        first = _at(results, image, 1)
        if first and "hops_ms_p50" in first:
            check(
                f"{image}: overhead of orchestrator and HTTP hops, p50 at concurrency 1",
                first["hops_ms_p50"]["overhead"],
                OVERHEAD_MS,
                "ms",
                first["others_cores"],
            )
        if first and image in LATENCY_MS:
            check(
                f"{image}: end-to-end p50 at concurrency 1",
                first["p50_ms"],
                LATENCY_MS[image],
                "ms",
                first["others_cores"],
            )
    memory = results["stack"]["memory_mib"]
    for service, limit in MEMORY_MIB.items():
        check(
            f"{service} service RSS under load", memory[service]["under_load"], limit, "MiB", None
        )
    workers = ocr_workers(results)
    check(
        f"OCR service RSS under load per worker ({workers} workers)",
        memory["ocr"]["under_load"] / workers,
        OCR_MEMORY_MIB_PER_WORKER,
        "MiB",
        None,
    )
    return checks


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _ms(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.1f}"


def render(results: dict[str, Any]) -> str:
    """The generated part of the report: what was measured, on what, and the tables."""
    machine = results["machine"]
    before, after = machine["load_average_before"][0], machine["load_average_after"][0]
    busiest = busiest_others(results)
    lines = [
        f"Measured {results['date']} with `{results['command']}`"
        + (" (a quick run: one image, few requests)" if results["quick"] else "")
        + f" in {results['seconds']:.0f} s, on {machine['nproc']} × {machine['cpu_model']}, "
        f"{machine['ram_gib']} GiB RAM, Python {machine['python']}. Load average (1 min) "
        f"before and after: {before} and {after}. Other processes kept up to {busiest} cores "
        "busy during a measurement"
        + (
            ": **the machine was shared, so the numbers taken then are low and noisy** "
            "(see the *others* columns, in cores)."
            if busiest >= BUSY_CORES
            else "."
        ),
        "",
        "Engines: "
        + ", ".join(f"{name} {version}" for name, version in results["versions"].items())
        + ".",
        "",
        "### Images",
        "",
    ]
    lines += _table(
        ["image", "what", "size", "bytes"],
        [
            [
                f"`{image['name']}`",
                image["description"],
                f"{image['width']}×{image['height']}",
                f"{image['bytes']:,} ({image['content_type']})",
            ]
            for image in results["images"]
        ],
    )
    lines += [
        "",
        "### The engines alone, in-process",
        "",
        "Each worker process loads Tesseract and spaCy once; OCR then NER per image, as one "
        "request costs. The threads column is OCR alone in one process with one Tesseract per "
        "thread, as the OCR service runs it.",
        "",
    ]
    lines += _table(
        [
            "image",
            "OCR ms p50",
            "NER ms p50",
            "images/s, 1 process",
            "images/s, 2 processes",
            "OCR images/s, 1 thread",
            "OCR images/s, 2 threads",
            "others: 1 process / 2 processes / 2 threads",
        ],
        [
            [
                f"`{name}`",
                _ms(engine["ocr_ms_p50"]),
                _ms(engine["ner_ms_p50"]),
                engine["images_per_s"]["1 process"],
                engine["images_per_s"]["2 processes"],
                engine["ocr_images_per_s"]["1 thread"],
                engine["ocr_images_per_s"]["2 threads"],
                " / ".join(str(value) for value in engine["others_cores"].values()),
            ]
            for name, engine in results["engines"].items()
        ],
    )
    lines += ["", "### The in-process pipeline (`ocrner extract`)", ""]
    lines += _table(
        ["image", "p50 ms", "images/s", "engines alone, OCR + NER ms p50", "others"],
        [
            [
                f"`{name}`",
                _ms(run["p50_ms"]),
                run["images_per_s"],
                _ms(results["engines"][name]["ocr_ner_ms_p50"]),
                run["others_cores"],
            ]
            for name, run in results["pipeline"].items()
        ],
    )
    stack_env = {name: env for name, env in results["stack"]["env"].items() if env}
    lines += [
        "",
        "### The three-service stack",
        "",
        "`ocrner serve` per service, each its own process on loopback"
        + (f", with {stack_env}" if stack_env else ", default settings")
        + f" ({ocr_workers(results)} OCR workers). Closed loop: `concurrency` requests in "
        "flight, keep-alive connections. *Of engines alone* compares with the engines alone "
        "in 2 processes; *others* is the cores other processes kept busy meanwhile.",
        "",
    ]
    rows = []
    for level in results["stack"]["levels"]:
        limit = results["engines"][level["image"]]["images_per_s"]["2 processes"]
        rows.append(
            [
                f"`{level['image']}`",
                level["concurrency"],
                level["requests"],
                level["errors"],
                level["images_per_s"],
                _ms(level["p50_ms"]),
                _ms(level["p95_ms"]),
                _ms(level["p99_ms"]),
                f"{level['images_per_s'] / limit:.0%}" if limit else "-",
                level["others_cores"],
            ]
        )
    lines += _table(
        [
            "image",
            "concurrency",
            "requests",
            "errors",
            "images/s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "of engines alone",
            "others",
        ],
        rows,
    )
    libraries = results["stack"]["server_libraries"]
    fast = [name for name, found in libraries.items() if all(found.values())]
    connections = results["stack"]["upstream_connections"]
    lines += [
        "",
        f"uvloop and httptools loaded in: {', '.join(fast) or 'none'}. Connections the "
        "orchestrator opened to its upstreams over the run (keep-alive pools): "
        + ", ".join(
            f"{name} {pool['distinct_connections']} for {pool['requests']} requests"
            for name, pool in connections.items()
        )
        + ".",
        "",
        f"![Throughput and latency against concurrency]({CHART_NAME})",
        "",
        "### Where the time goes at concurrency 1 (p50 per request, ms)",
        "",
        "From the orchestrator's `Server-Timing` header and the OCR and NER services' "
        "`/metrics`, read after every request. *Overhead* is the request's latency minus the "
        "time in the two engines and the image decode (which the engines alone pay too).",
        "",
    ]
    hop_rows = []
    for image in results["engines"]:
        first = _at(results, image, 1)
        if first and "hops_ms_p50" in first:
            hops = first["hops_ms_p50"]
            hop_rows.append(
                [
                    f"`{image}`",
                    _ms(first["p50_ms"]),
                    _ms(hops["engines"]),
                    f"**{_ms(hops['overhead'])}**",
                ]
                + [_ms(hops[key]) for key in _HOPS]
            )
    lines += _table(["image", "latency", "engines", "overhead", *_HOPS.values()], hop_rows)
    lines += [
        "",
        "### CPU per request at the best concurrency (ms)",
        "",
        "CPU time each process used over the level, per answered request, from "
        "`/proc/PID/stat`: user and system, with the system part in brackets (on loopback "
        "the kernel's delivery of a sender's bytes counts as the sender's system time). The "
        "load generator (the benchmark's own HTTP client) shares the machine. The engines "
        "alone spend about their OCR + NER time per image.",
        "",
    ]
    cpu_rows = []
    for image in results["engines"]:
        loaded = [level for level in _levels(results, image) if "cpu_ms_per_request" in level]
        if loaded:
            best = max(loaded, key=lambda level: level["images_per_s"])
            cpu, system = best["cpu_ms_per_request"], best["system_cpu_ms_per_request"]
            cpu_rows.append(
                [f"`{image}`", best["concurrency"]]
                + [
                    f"{_ms(cpu[name])} ({_ms(system[name])})"
                    for name in ("ocr", "ner", "orchestrator", "client")
                ]
                + [_ms(sum(cpu.values())), _ms(results["engines"][image]["ocr_ner_ms_p50"])]
            )
    lines += _table(
        [
            "image",
            "concurrency",
            "OCR service",
            "NER service",
            "orchestrator",
            "load generator",
            "total",
            "engines alone, OCR + NER p50",
        ],
        cpu_rows,
    )
    memory = results["stack"]["memory_mib"]
    lines += ["", "### Memory (RSS, MiB)", ""]
    lines += _table(
        ["service", "at rest", "peak under load", "after the load"],
        [
            [name, values["rest"], values["under_load"], values["after"]]
            for name, values in memory.items()
        ],
    )
    lines += ["", "### Targets", ""]
    lines += _table(
        ["target", "measured", "limit", "met", "others"],
        [
            [
                check["target"],
                f"{check['measured']} {check['unit']}",
                f"{'≥' if check['unit'] == '%' else '≤'} {check['limit']} {check['unit']}",
                {True: "yes", False: "**no**", None: "unsure: machine shared"}[check["met"]],
                "-" if check["others_cores"] is None else check["others_cores"],
            ]
            for check in results["targets"]
        ],
    )
    return "\n".join(lines)


def chart(results: dict[str, Any], path: Path) -> None:
    """Throughput and latency against concurrency, one column per image."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    images = list(results["engines"])
    figure, axes = plt.subplots(2, len(images), figsize=(4.2 * len(images), 7), squeeze=False)
    for column, image in enumerate(images):
        levels = _levels(results, image)
        concurrency = [level["concurrency"] for level in levels]
        top, bottom = axes[0][column], axes[1][column]
        top.plot(concurrency, [level["images_per_s"] for level in levels], "o-", label="stack")
        for level in levels:
            if level["others_cores"] >= BUSY_CORES:  # say which points a shared machine slowed
                top.annotate(
                    f"others {level['others_cores']:.1f}",
                    (level["concurrency"], level["images_per_s"]),
                    textcoords="offset points",
                    xytext=(0, -12),
                    ha="center",
                    fontsize="x-small",
                    color="grey",
                )
        for label, style in (("2 processes", "--"), ("1 process", ":")):
            top.axhline(
                results["engines"][image]["images_per_s"][label],
                color="grey",
                linestyle=style,
                label=f"engines alone, {label} (others "
                f"{results['engines'][image]['others_cores'][label]:.1f})",
            )
        top.set_title(image)
        top.set_ylabel("images/s")
        top.set_ylim(bottom=0)
        for key in ("p50_ms", "p95_ms", "p99_ms"):
            bottom.plot(concurrency, [level[key] for level in levels], "o-", label=key[:3])
        bottom.set_ylabel("latency, ms")
        bottom.set_xlabel("concurrency")
        bottom.set_ylim(bottom=0)
        for axis in (top, bottom):
            axis.set_xscale("log", base=2)
            axis.set_xticks(concurrency, [str(c) for c in concurrency])
            axis.grid(alpha=0.3)
            axis.legend(fontsize="small")
    figure.suptitle(f"ocrner stack vs engines alone ({results['date'][:10]})")
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)


def write(results: dict[str, Any], doc_path: Path) -> None:
    """Put the tables into ``doc_path`` (keeping the prose around them) and draw the chart."""
    block = f"{BEGIN}\n{render(results)}\n{END}"
    text = doc_path.read_text() if doc_path.exists() else ""
    if BEGIN in text and END in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        text = head + block + tail
    else:
        text = (
            f"# Performance\n\nWritten by `make bench` (`python -m benchmarks.run`).\n\n{block}\n"
        )
    doc_path.write_text(text)
    chart(results, doc_path.parent / CHART_NAME)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.report",
        description="Write the report again from a results file, checking the targets again.",
    )
    parser.add_argument("results", type=Path, nargs="?", default=RESULTS_PATH)
    parser.add_argument("doc", type=Path, nargs="?", default=DOC_PATH)
    args = parser.parse_args(argv)
    results = json.loads(args.results.read_text())
    results["targets"] = targets(results)
    args.results.write_text(json.dumps(results, indent=2) + "\n")
    write(results, args.doc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
