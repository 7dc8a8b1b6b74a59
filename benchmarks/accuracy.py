"""``make eval``: how accurately ocrner reads entities from images; rewrites docs/accuracy.md.

It runs the product's in-process pipeline (:func:`ocrner.orchestrator.pipeline.local_pipeline`,
the same OCR, layout and NER code as the services) over labelled images:

* the shared samples (``../shared/samples``; ``--samples DIR`` or ``OCRNER_SAMPLES_DIR``);
* the generated sets (:mod:`benchmarks.accuracy_generate`): ``dev`` passages, which rules
  were tuned on, and ``heldout`` passages, which were not.

and, first and as the headline, the real documents of ``../shared/realworld-dev`` (receipts,
forms and news; :mod:`benchmarks.realworld`) with every ``OCR_ENGINE`` setting and the bare
engines. On the rendered sets it reports, for clean and degraded images apart and together,
the character error rate,
strict entity precision, recall and F1 (also per label), and box quality, next to the bare
spaCy model on the true text. It then takes the pipeline apart step by step (each image
preparation step, each layout repair, the pattern recognisers, box narrowing) to show what
each one is worth, building the variants from the same functions the pipeline uses.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from benchmarks.accuracy_data import REPO_ROOT, SAMPLES_ENV, DataMissing, Sample, load_gold
from benchmarks.accuracy_data import samples_dir as find_samples_dir
from benchmarks.accuracy_generate import DEFAULT_SEED, FontsMissing, load_generated
from benchmarks.accuracy_metrics import Counts, Span, entity_counts, text_counts
from benchmarks.accuracy_report import RENDERED_HEADING, Report, Step, write_report
from benchmarks.realworld import (
    DEFAULT_OCR_CACHE,
    REALWORLD_ENV,
    SUBSETS,
    Reader,
    evaluate,
    load_documents,
    realworld_dir,
)
from benchmarks.realworld_report import sections as realworld_sections
from ocrner.core.settings import NerSettings, OcrSettings
from ocrner.ner.spacy_engine import SpacyEngine
from ocrner.ocr.engine import OcrResult
from ocrner.ocr.preprocess import check_steps
from ocrner.ocr.recognize import default_engine as default_ocr_engine
from ocrner.orchestrator.layout import boxes_for_span, lay_out
from ocrner.orchestrator.pipeline import LocalOcr, OcrBackend, Upload, local_pipeline

GENERATED_SETS = ("dev", "heldout")
DEFAULT_OUTPUT = REPO_ROOT / "docs" / "accuracy.md"


@dataclass(frozen=True)
class Variant:
    """One way of putting the pipeline together, for the step-by-step table."""

    name: str
    preprocess: tuple[str, ...] = ()
    repairs: frozenset[str] = frozenset()
    patterns: bool = False
    narrow: bool = False
    role: str = "step"
    """``step`` (added to the row above; the last is the product), ``without`` (the product
    less one step) or ``not kept`` (the product plus a step it does not have)."""


BEFORE = Variant("before: Tesseract as is, lines joined, the bare model")
_STEPS = [
    ("+ grey, deskew", {"preprocess": ("deskew",)}),
    ("+ scale: lines under 12 px enlarged", {"preprocess": ("deskew", "scale")}),
    ("+ orient: a poor reading read again turned", {"preprocess": ("deskew", "scale", "orient")}),
    ("+ paragraphs by line spacing", {"repairs": frozenset({"paragraphs"})}),
    ("+ hyphenated line ends rejoined", {"repairs": frozenset({"paragraphs", "hyphens"})}),
    ("+ O/l read as 0/1 in numbers", {"repairs": frozenset({"paragraphs", "hyphens", "numbers"})}),
    ("+ patterns and merge rules", {"patterns": True}),
    ("+ boxes narrowed to characters", {"narrow": True}),
]


NOT_KEPT = ("denoise", "contrast")
"""Image preparation steps measured on top of the product and not kept."""


def variants() -> list[Variant]:
    """The cumulative steps, the last being the product; the product less each layout and
    NER step; the product plus each step not kept."""
    steps = [BEFORE]
    for name, change in _STEPS:
        steps.append(replace(steps[-1], name=name, **change))
    final = steps[-1]
    for repair in sorted(final.repairs):
        steps.append(
            replace(
                final,
                name=f"final without {repair}",
                repairs=final.repairs - {repair},
                role="without",
            )
        )
    for name, change in (("patterns", {"patterns": False}), ("narrowing", {"narrow": False})):
        steps.append(replace(final, name=f"final without {name}", role="without", **change))
    for step in NOT_KEPT:
        preprocess = tuple(check_steps([*final.preprocess, step]))
        steps.append(replace(final, name=f"final + {step}", preprocess=preprocess, role="not kept"))
    return steps


# --- reading the images (in worker processes) ----------------------------------------------


@dataclass
class Read:
    """What the pipeline gave for one image, and what OCR gave with each preparation."""

    extraction: dict
    seconds: float
    ocr: dict[tuple[str, ...], OcrResult] = field(default_factory=dict)
    ocr_seconds: dict[tuple[str, ...], float] = field(default_factory=dict)


class _RecordingOcr:
    """The pipeline's own OCR backend, keeping what it read for the step-by-step table."""

    def __init__(self, inner: OcrBackend) -> None:
        self.inner = inner
        self.last: OcrResult | None = None

    async def read(self, upload: Upload, language: str | None) -> OcrResult:
        self.last = await self.inner.read(upload, language)
        return self.last


_Job = tuple[list[Sample], list[tuple[str, ...]], tuple[str, ...]]


def _read_images(job: _Job) -> dict[str, Read]:
    """Run the pipeline on each image, and OCR with each other preparation config."""
    return asyncio.run(_read_images_async(*job))


async def _read_images_async(
    samples: list[Sample], configs: list[tuple[str, ...]], product: tuple[str, ...]
) -> dict[str, Read]:
    settings = OcrSettings(ocr_workers=1, ocr_preprocess=list(product))
    pipeline = local_pipeline(settings)
    recorder = _RecordingOcr(pipeline.ocr)
    pipeline.ocr = recorder
    others = {}
    for config in configs:
        if config != product:
            other = OcrSettings(ocr_workers=1, ocr_preprocess=list(config), ocr_engine="tesseract")
            others[config] = LocalOcr(default_ocr_engine(other), other)
    reads: dict[str, Read] = {}
    for sample in samples:
        upload = Upload(data=sample.path.read_bytes(), filename=sample.path.name)
        started = time.perf_counter()
        extraction = await pipeline.extract(upload)
        read = Read(extraction.model_dump(mode="json"), time.perf_counter() - started)
        assert recorder.last is not None
        read.ocr[product] = recorder.last
        read.ocr_seconds[product] = extraction.timings.ocr_ms / 1000
        for config, reader in others.items():
            started = time.perf_counter()
            read.ocr[config] = await reader.read(upload, None)
            read.ocr_seconds[config] = time.perf_counter() - started
        reads[sample.id] = read
    return reads


def read_all(
    samples: list[Sample], configs: list[tuple[str, ...]], product: tuple[str, ...], workers: int
) -> dict[str, Read]:
    """:func:`_read_images` over all samples, split across ``workers`` processes."""
    chunks = [samples[index::workers] for index in range(workers)]
    jobs = [(chunk, configs, product) for chunk in chunks if chunk]
    if workers == 1:
        return _read_images(jobs[0])
    reads: dict[str, Read] = {}
    with ProcessPoolExecutor(len(jobs)) as pool:
        for part in pool.map(_read_images, jobs):
            reads.update(part)
    return reads


# --- scoring -------------------------------------------------------------------------------

SPLITS = ("clean", "degraded", "all")

Finder = Callable[[list[str]], list[list[Span]]]
"""NER over a batch of texts, as metric spans."""


def _spans(entities: Iterable[dict]) -> list[Span]:
    return [
        Span(
            text=entity["text"],
            label=entity["label"],
            start=entity["start"],
            boxes=tuple(tuple(box) for box in entity.get("boxes", ())),
        )
        for entity in entities
    ]


def _tally(samples: Sequence[Sample], score: Callable[[Sample], Counts]) -> dict[str, Counts]:
    """Counts per split; ``score(sample)`` gives one image's counts."""
    totals = {split: Counts() for split in SPLITS}
    for sample in samples:
        counts = score(sample)
        totals["degraded" if sample.degraded else "clean"].add(counts)
        totals["all"].add(counts)
    return totals


def _image_counts(sample: Sample, text: str, spans: list[Span]) -> Counts:
    counts = text_counts(text, sample.text)
    counts.add(entity_counts(spans, sample.entities, with_boxes=True))
    return counts


def score_variant(
    variant: Variant,
    samples: Sequence[Sample],
    reads: dict[str, Read],
    engines: dict[bool, SpacyEngine],
) -> dict[str, Counts]:
    """A step of the step-by-step table, built from the pipeline's own functions."""
    laid_out = {}
    for sample in samples:
        ocr = reads[sample.id].ocr[variant.preprocess]
        laid_out[sample.id] = (ocr, lay_out(ocr.words, variant.repairs))
    ids = [sample.id for sample in samples if laid_out[sample.id][1].text.strip()]
    found = dict(
        zip(
            ids,
            engines[variant.patterns].find_entities([laid_out[i][1].text for i in ids]),
            strict=True,
        )
    )

    def score(sample: Sample) -> Counts:
        ocr, text = laid_out[sample.id]
        spans = [
            Span(
                entity.text,
                entity.label,
                entity.start,
                tuple(
                    boxes_for_span(text, ocr.words, entity.start, entity.end, narrow=variant.narrow)
                ),
            )
            for entity in found.get(sample.id, [])
        ]
        return _image_counts(sample, text.text, spans)

    return _tally(samples, score)


def score_on_true_text(samples: Sequence[Sample], find: Finder) -> dict[str, Counts]:
    """An NER function run on each image's true text (line breaks read as spaces)."""
    texts = [sample.text.replace("\n", " ") for sample in samples]
    found = dict(zip((sample.id for sample in samples), find(texts), strict=True))
    return _tally(
        samples,
        lambda sample: replace(
            entity_counts(found[sample.id], sample.entities, with_boxes=False), images=1
        ),
    )


def bare_model(model: str) -> Finder:
    """The reference: ``spacy.load(model)`` as it comes, every pipe, no patterns."""
    import spacy

    nlp = spacy.load(model)

    def find(texts: list[str]) -> list[list[Span]]:
        return [
            [Span(ent.text, ent.label_, ent.start_char) for ent in doc.ents]
            for doc in nlp.pipe(texts)
        ]

    return find


# --- the command ---------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.accuracy", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--samples",
        help=f"folder with gold.json and images/ (default: ${SAMPLES_ENV}, else ../shared/samples)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated sets")
    parser.add_argument(
        "--cache-dir", type=Path, help="where generated images are kept (default: a temp folder)"
    )
    parser.add_argument(
        "--output",
        type=Path,
        help="the report to write (default docs/accuracy.md; with --realworld-only or --limit, "
        "none: the tables are printed)",
    )
    parser.add_argument(
        "--realworld",
        help=f"folder of real documents (default: ${REALWORLD_ENV}, else ../shared/realworld-dev)",
    )
    parser.add_argument(
        "--subset",
        default=",".join(SUBSETS),
        help="real-document subsets, comma-separated (default: receipts,forms,news)",
    )
    parser.add_argument("--limit", type=int, help="only the first N documents of each subset")
    parser.add_argument(
        "--realworld-only", action="store_true", help="skip the rendered sets (for development)"
    )
    parser.add_argument(
        "--ocr-cache",
        type=Path,
        default=DEFAULT_OCR_CACHE,
        help=f"where OCR readings of real documents are kept (default {DEFAULT_OCR_CACHE})",
    )
    parser.add_argument(
        "--workers", type=int, default=min(2, os.cpu_count() or 1), help="OCR processes (default 2)"
    )
    return parser.parse_args(argv)


REALWORLD_HEADING = "## Real documents"


def with_headline(report: str, headline: list[str]) -> str:
    """``report`` (a docs/accuracy.md) with its real-document sections replaced by
    ``headline``, the rendered sets' sections kept as they were measured."""
    lines = report.splitlines()
    if RENDERED_HEADING not in lines:
        return "\n".join(headline)
    start = lines.index(REALWORLD_HEADING) if REALWORLD_HEADING in lines else None
    end = lines.index(RENDERED_HEADING)
    before = lines[:start] if start is not None else lines[:end]
    return "\n".join([*before, *headline, *lines[end:]])


def run_realworld(args: argparse.Namespace) -> list[str]:
    """The real-document sections, or a note that the folder is absent."""
    folder = realworld_dir(args.realworld)
    subsets = [name.strip() for name in args.subset.split(",") if name.strip()]
    unknown = sorted(set(subsets) - set(SUBSETS))
    if unknown:
        raise SystemExit(f"make eval: unknown subset(s) {', '.join(unknown)}; known: {SUBSETS}")
    try:
        documents = load_documents(folder, subsets, args.limit)
    except DataMissing as error:
        print(f"make eval: {error}; going on with the rendered sets", file=sys.stderr)
        return [
            REALWORLD_HEADING,
            "",
            f"Not measured in this run: {error}.",
            "",
        ]
    print(f"reading {len(documents)} real documents from {folder} ...", flush=True)
    reader = Reader(args.ocr_cache, OcrSettings(ocr_workers=1))
    results = evaluate(documents, reader, progress=lambda line: print(line, flush=True))
    return realworld_sections(results, os.path.relpath(folder, REPO_ROOT))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    headline = run_realworld(args)
    if args.realworld_only or args.limit:
        print("\n".join(headline))
        if args.output is None:
            return 0
    if args.realworld_only:
        existing = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        args.output.write_text(with_headline(existing, headline), encoding="utf-8")
        print(f"wrote the real-document sections into {args.output}")
        return 0
    output = args.output or DEFAULT_OUTPUT
    try:
        sets = {"samples": load_gold(find_samples_dir(args.samples))}
        for name in GENERATED_SETS:
            sets[name] = load_generated(name, args.seed, args.cache_dir)
    except (DataMissing, FontsMissing) as error:
        print(f"make eval: {error}", file=sys.stderr)
        return 2
    samples = [sample for group in sets.values() for sample in group]
    steps = variants()
    product = [step for step in steps if step.role == "step"][-1]
    if product.preprocess != tuple(check_steps(OcrSettings().ocr_preprocess)):
        print("make eval: the last kept step is not the default OCR_PREPROCESS", file=sys.stderr)
        return 2
    configs = sorted({step.preprocess for step in steps})
    print(f"reading {len(samples)} images with {len(configs)} preparation configs ...", flush=True)
    reads = read_all(samples, configs, product.preprocess, max(1, args.workers))

    model = NerSettings().ner_model
    engines = {True: SpacyEngine(model), False: SpacyEngine(model, combine=None)}
    bare = bare_model(model)

    def ours(texts: list[str]) -> list[list[Span]]:
        return [
            _spans(entity.model_dump() for entity in entities)
            for entities in engines[True].find_entities(texts)
        ]

    report = Report(
        seed=args.seed,
        sets={name: len(group) for name, group in sets.items()},
        samples_dir=os.path.relpath(find_samples_dir(args.samples), REPO_ROOT),
    )
    for name, group in sets.items():
        report.pipeline[name] = _tally(
            group,
            lambda sample: _image_counts(
                sample,
                reads[sample.id].extraction["text"],
                _spans(reads[sample.id].extraction["entities"]),
            ),
        )
        report.bare[name] = score_on_true_text(group, bare)
        report.ours_on_true_text[name] = score_on_true_text(group, ours)
        report.seconds[name] = [reads[sample.id].seconds for sample in group]
        report.ocr_seconds[name] = {
            ",".join(config) or "none": [reads[sample.id].ocr_seconds[config] for sample in group]
            for config in configs
        }
        report.steps[name] = [
            Step(step.name, step.role, score_variant(step, group, reads, engines)) for step in steps
        ]
    report.headline = headline
    report.engines = {
        name: sorted({reads[sample.id].extraction["ocr"]["engine"] for sample in group})
        for name, group in sets.items()
    }
    report.elapsed = time.perf_counter() - started
    write_report(report, output)
    print(report.summary())
    print(f"wrote {output} in {report.elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
