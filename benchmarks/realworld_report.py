"""The real-document sections of docs/accuracy.md, from :func:`benchmarks.realworld.evaluate`."""

from __future__ import annotations

import statistics

from benchmarks.realworld import VARIANTS, SubsetResult
from benchmarks.realworld_metrics import CLASSES, FormScore, NewsScore, ReceiptScore

TARGETS = {
    "receipts": [
        ("shop name as ORG", "company_org", 0.70),
        ("total as MONEY", "total_money", 0.85),
        ("date as DATE", "date_date", 0.85),
        ("address at least half covered by ADDRESS or place entities", "address", 0.60),
    ],
    "forms": [("OCR word recall", "recall", 0.80), ("OCR word precision", "precision", 0.85)],
    "news": [("strict F1", "f1", 0.75)],
}
"""Issue 10's goals (judged on the held-out sample; measured here on the dev sample)."""


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _seconds(values: list[float]) -> str:
    return f"{statistics.fmean(values):.2f} s" if values else "-"


def _engines(result: SubsetResult, variant: str) -> str:
    counts = result.engines.get(variant, {})
    return ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))


def _measure(result: SubsetResult, key: str) -> float:
    score = result.scores["product"]
    if isinstance(score, ReceiptScore):
        if key == "address":
            return score.covered(score.address, 0.5)
        return score.share(key)
    if isinstance(score, NewsScore):
        return score.f1()
    return getattr(score, key)


def targets(results: dict[str, SubsetResult]) -> list[str]:
    """The goals of issue 10 against the product's figures on the dev sample."""
    rows = [
        "| subset | goal (held-out sample, defaults) | measured (dev sample) | met here |",
        "| --- | --- | ---: | --- |",
    ]
    for subset, goals in TARGETS.items():
        if subset not in results:
            continue
        for title, key, goal in goals:
            value = _measure(results[subset], key)
            rows.append(
                f"| {subset} | {title} >= {_pct(goal)} | {_pct(value)} | "
                f"{'yes' if value >= goal else '**no**'} |"
            )
    return rows


def receipts(result: SubsetResult) -> list[str]:
    rows = [
        "| variant | shop name as ORG (lenient) | date as DATE | total as MONEY "
        "| address covered: mean, >= 50%, >= 80% | OCR token recall / precision "
        "| alnum recall | CER | s / page | engine per page |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for variant, title in VARIANTS.items():
        score: ReceiptScore = result.scores[variant]
        address = score.address
        rows.append(
            f"| {title} | **{_pct(score.share('company_org'))}** "
            f"({_pct(score.share('company_org_lenient'))}) | **{_pct(score.share('date_date'))}** "
            f"| **{_pct(score.share('total_money'))}** | "
            f"{_pct(statistics.fmean(address) if address else 0.0)}, "
            f"**{_pct(score.covered(address, 0.5))}**, {_pct(score.covered(address, 0.8))} | "
            f"{_pct(score.token_recall)} / {_pct(score.token_precision)} | "
            f"{_pct(score.alnum_recall)} | {_pct(score.cer)} | "
            f"{_seconds(result.seconds[variant])} | {_engines(result, variant)} |"
        )
    rows += [
        "",
        "What the OCR text allows (the same fields with any label, and anywhere in the text):",
        "",
        "| variant | company: any label / in text | date: any label / in text "
        "| total: any label / in text | address covered >= 50%: any label / text |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for variant, title in VARIANTS.items():
        score = result.scores[variant]
        rows.append(
            f"| {title} | {_pct(score.share('company_any'))} / {_pct(score.share('company_text'))}"
            f" | {_pct(score.share('date_any'))} / {_pct(score.share('date_text'))} "
            f"| {_pct(score.share('total_any'))} / {_pct(score.share('total_text'))} "
            f"| {_pct(score.covered(score.address_any, 0.5))} / "
            f"{_pct(score.covered(score.address_text, 0.5))} |"
        )
    return rows


def forms(result: SubsetResult) -> list[str]:
    rows = [
        "| variant | word recall (mean per form) | word precision | recall, exact | "
        "recall, alnum | CER (mean per form) | entities per form | s / page | engine per page |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for variant, title in VARIANTS.items():
        score: FormScore = result.scores[variant]
        rows.append(
            f"| {title} | **{_pct(score.recall)}** ({_pct(statistics.fmean(score.recalls))}) | "
            f"**{_pct(score.precision)}** | {_pct(score.exact_recall)} | "
            f"{_pct(score.alnum_recall)} | {_pct(score.cer)} "
            f"({_pct(statistics.fmean(score.cers))}) | "
            f"{score.entities / max(1, score.images):.1f} | "
            f"{_seconds(result.seconds[variant])} | {_engines(result, variant)} |"
        )
    return rows


def news(result: SubsetResult) -> list[str]:
    rows = [
        "| variant | strict P | strict R | strict F1 | untyped F1 | "
        + " | ".join(f"{cls} F1" for cls in CLASSES)
        + " | CER | s / page | engine per page |",
        "| --- | ---: | ---: | ---: | ---: | " + "---: | " * len(CLASSES) + "---: | ---: | --- |",
    ]
    titles = {**VARIANTS, "true_text": "bare spaCy model on the true text"}
    for variant, title in titles.items():
        score: NewsScore = result.scores[variant]
        seconds = "-" if variant == "true_text" else _seconds(result.seconds[variant])
        engines = "-" if variant == "true_text" else _engines(result, variant)
        rows.append(
            f"| {title} | {_pct(score.precision())} | {_pct(score.recall())} | "
            f"**{_pct(score.f1())}** | {_pct(score.untyped_f1)} | "
            + " | ".join(_pct(score.f1(cls)) for cls in CLASSES)
            + f" | {_pct(score.cer)} | {seconds} | {engines} |"
        )
    return rows


TABLES = {"receipts": receipts, "forms": forms, "news": news}
TITLES = {
    "receipts": "Receipts (SROIE, scanned and photographed)",
    "forms": "Forms (FUNSD, noisy scans; OCR only)",
    "news": "News text (CoNLL-2003 Reuters, clean renders)",
}


def sections(results: dict[str, SubsetResult], folder: str) -> list[str]:
    """The markdown of the real-document part, headline first."""
    images = ", ".join(f"{result.images} {subset}" for subset, result in results.items())
    lines = [
        "## Real documents",
        "",
        f"The development sample `{folder}` ({images}; not in the repository, see its README "
        "for sources, licences and the exact measures, implemented in "
        "`benchmarks/realworld_metrics.py`). Each row reads the same images: *ocrner* rows go "
        "through the product's pipeline (layout, NER with default settings, boxes) with the "
        "OCR engine named; *bare engines* are tesserocr as it comes (`GetUTF8Text()`, no "
        "preparation) and the bare spaCy model (`spacy.load`, every pipe, no patterns) on its "
        "text. Seconds per page are OCR and NER in one process on this machine (the OCR "
        "readings are cached between runs: `--ocr-cache`).",
        "",
        "### Targets",
        "",
        *targets(results),
        "",
    ]
    for subset, result in results.items():
        lines += [f"### {TITLES[subset]}", "", *TABLES[subset](result), ""]
    return lines
