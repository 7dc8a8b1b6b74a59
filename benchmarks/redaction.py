"""How well redaction removes people and keeps places, on labelled documents.

    python -m benchmarks.redaction [--gold DIR] [--labels PERSON] [--limit N]

``DIR`` holds a ``gold.json`` of the shape ``{"images": [{"file", "entities":
[{"text", "label"}]}]}`` (default: ``../shared/realworld-dev/news``, or
``$OCRNER_REDACTION_GOLD``). Each image is redacted in this process
(:class:`~ocrner.orchestrator.redaction.Redactor` over the local pipeline), and
Tesseract reads the original and the redacted file. Counted over the words of
the gold entities that Tesseract reads on the original:

* people's words gone: the words of gold PERSON entities no longer read; and of
  those, the ones the model labelled PERSON too (what redaction itself answers for);
* places' words kept: the words of gold LOC/GPE entities still read;

and the files the verification refused (500 ``redaction_unverified``). It prints
one JSON object; docs/redaction.md keeps a run's figures.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import sys
import time
from pathlib import Path

from PIL import Image

from ocrner.core.errors import RedactionUnverified
from ocrner.orchestrator.pipeline import Upload, local_pipeline
from ocrner.orchestrator.redaction import Redactor, parse_labels

GOLD_ENV = "OCRNER_REDACTION_GOLD"
DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "realworld-dev" / "news"
PLACE_LABELS = {"LOC", "GPE"}


def words(text: str) -> list[str]:
    found = ("".join(char for char in part.casefold() if char.isalnum()) for part in text.split())
    return [word for word in found if len(word) >= 2]


def measure(gold_dir: Path, labels: list[str], limit: int | None) -> dict[str, object]:
    gold = json.loads((gold_dir / "gold.json").read_text())["images"][:limit]
    pipeline = local_pipeline()
    redactor = Redactor(pipeline)
    engine = pipeline.ocr.engine  # type: ignore[attr-defined]
    counts = dict.fromkeys(
        ("people", "people_gone", "found", "found_gone", "places", "places_kept"), 0
    )
    refused, seconds = 0, 0.0
    for item in gold:
        data = (gold_dir / item["file"]).read_bytes()
        started = time.perf_counter()
        try:
            redacted = asyncio.run(redactor.redact(Upload(data=data), labels))
        except RedactionUnverified:
            refused += 1
            continue
        finally:
            seconds += time.perf_counter() - started
        extraction = asyncio.run(pipeline.extract(Upload(data=data)))
        found = {w for e in extraction.entities if e.label in labels for w in words(e.text)}
        before = set(
            words(engine.recognize(Image.open(io.BytesIO(data)).convert("RGB"), "eng").text)
        )
        after_image = Image.open(io.BytesIO(redacted.data)).convert("RGB")
        after = set(words(engine.recognize(after_image, "eng").text))
        for entity in item["entities"]:
            readable = [word for word in words(entity["text"]) if word in before]
            if entity["label"] == "PERSON":
                counts["people"] += len(readable)
                counts["people_gone"] += sum(word not in after for word in readable)
                counts["found"] += sum(word in found for word in readable)
                counts["found_gone"] += sum(
                    word in found and word not in after for word in readable
                )
            elif entity["label"] in PLACE_LABELS:
                counts["places"] += len(readable)
                counts["places_kept"] += sum(word in after for word in readable)
    return {
        "gold": str(gold_dir),
        "files": len(gold),
        "labels": labels,
        "refused_unverified": refused,
        "people_words": counts["people"],
        "people_words_gone_percent": round(
            100 * counts["people_gone"] / max(counts["people"], 1), 1
        ),
        "people_words_found_by_the_model": counts["found"],
        "of_those_gone_percent": round(100 * counts["found_gone"] / max(counts["found"], 1), 1),
        "place_words": counts["places"],
        "place_words_kept_percent": round(
            100 * counts["places_kept"] / max(counts["places"], 1), 1
        ),
        "seconds_per_file": round(seconds / max(len(gold), 1), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--gold", help=f"folder with gold.json (default: ${GOLD_ENV}, else {DEFAULT_GOLD})"
    )
    parser.add_argument("--labels", default="PERSON", help="labels to redact (PERSON)")
    parser.add_argument("--limit", type=int, help="only the first N images")
    args = parser.parse_args(argv)
    gold_dir = Path(args.gold or os.environ.get(GOLD_ENV) or DEFAULT_GOLD)
    if not (gold_dir / "gold.json").exists():
        sys.stderr.write(f"no gold.json in {gold_dir}: pass --gold DIR or set {GOLD_ENV}\n")
        return 2
    result = measure(gold_dir, parse_labels(args.labels), args.limit)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
