"""``ocrner extract`` on documents, in this process: a page heading over each page's entities."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ocrner
from tests.utils.documents import PAGE_LETTERS, mixed_pdf


def test_extract_reads_a_mixed_pdf_and_the_table_shows_its_pages(tmp_path: Path) -> None:
    document = tmp_path / "letters.pdf"
    document.write_bytes(mixed_pdf([(PAGE_LETTERS[0], "text"), (PAGE_LETTERS[1], "scan")]))
    table = ocrner("extract", "--format", "table", str(document))
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("-- page 1 (text_layer, "))
    assert lines[first].endswith(" px at 300 dpi)")
    second = next(i for i, line in enumerate(lines) if line.startswith("-- page 2 (ocr, "))
    assert first < second
    assert any("Angela Merkel" in line for line in lines[first:second])
    assert any("Maria Lopez" in line for line in lines[second:])

    result = json.loads(ocrner("extract", str(document)).stdout)[0]["result"]
    assert [page["read"] for page in result["pages"]] == ["text_layer", "ocr"]
    assert {entity["page"] for entity in result["entities"]} == {1, 2}
