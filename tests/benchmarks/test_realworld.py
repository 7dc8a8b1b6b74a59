"""``make eval`` on real documents: a missing folder is said and skipped; a tiny one is scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.accuracy import parse_args, run_realworld
from benchmarks.accuracy_data import DataMissing
from benchmarks.realworld import Document, Reader, evaluate, load_documents

from ocrner.core.settings import OcrSettings
from tests.utils.images import render_lines


def test_a_missing_folder_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(DataMissing, match="no real documents at"):
        load_documents(tmp_path, ["receipts"], None)


def test_without_the_folder_the_eval_says_so_and_goes_on(tmp_path: Path, capsys) -> None:
    lines = run_realworld(parse_args(["--realworld", str(tmp_path / "absent")]))
    assert lines[0] == "## Real documents"
    assert "Not measured in this run" in lines[2]
    assert "going on with the rendered sets" in capsys.readouterr().err


def test_a_rendered_receipt_is_read_by_every_variant_and_cached(tmp_path: Path) -> None:
    folder = tmp_path / "realworld" / "receipts"
    folder.mkdir(parents=True)
    lines = ["ACME TRADING SDN BHD", "DATE 15/01/2019", "TOTAL RM 12.50"]
    image = render_lines(lines)
    image.save(folder / "r1.png")
    gold = {
        "images": [
            {
                "id": "r1",
                "file": "r1.png",
                "fields": {
                    "company": "ACME TRADING SDN BHD",
                    "date": "15/01/2019",
                    "total": "12.50",
                    "address": "JOHOR",
                },
                "ocr_lines": [
                    {"text": line, "box": [30, 30 + 42 * index, 400, 60 + 42 * index]}
                    for index, line in enumerate(lines)
                ],
            }
        ]
    }
    (folder / "gold.json").write_text(json.dumps(gold))
    documents = load_documents(tmp_path / "realworld", ["receipts"], None)
    reader = Reader(tmp_path / "cache", OcrSettings(ocr_workers=1, ocr_threads=1))
    results = evaluate(documents, reader, progress=lambda _: None)
    receipts = results["receipts"]
    assert receipts.engines["product"] == {receipts.engines["tesseract"].popitem()[0]: 1}
    for variant in ("product", "tesseract", "rapidocr", "bare"):
        score = receipts.scores[variant]
        assert score.images == 1
        assert score.token_recall > 0.8, variant
        assert score.share("date_text") == 1.0, variant
    assert len(list((tmp_path / "cache").glob("*/*/*.json"))) == 3


def test_a_real_documents_only_run_replaces_just_its_own_sections() -> None:
    from benchmarks.accuracy import with_headline

    report = (
        "# Accuracy\n\nintro\n\n## Real documents\n\nold\n\n"
        "## Rendered sets (regression check)\n\nkept"
    )
    assert with_headline(report, ["## Real documents", "", "new", ""]) == (
        "# Accuracy\n\nintro\n\n## Real documents\n\nnew\n\n## Rendered sets (regression check)"
        "\n\nkept"
    )
    first = "# Accuracy\n\nintro\n\n## Rendered sets (regression check)\n\nkept"
    assert with_headline(first, ["## Real documents", ""]) == (
        "# Accuracy\n\nintro\n\n## Real documents\n\n## Rendered sets (regression check)\n\nkept"
    )


def test_the_gold_ocr_text_is_a_receipts_lines_or_a_forms_words(tmp_path: Path) -> None:
    receipt = Document(
        "receipts",
        tmp_path / "r.jpg",
        {"id": "r", "ocr_lines": [{"text": "TOTAL"}, {"text": "9.00"}]},
    )
    form = Document(
        "forms", tmp_path / "f.png", {"id": "f", "words": [{"text": "Date:"}, {"text": "3/29/68"}]}
    )
    assert receipt.gold_ocr_text == "TOTAL 9.00"
    assert form.gold_ocr_text == "Date: 3/29/68"
