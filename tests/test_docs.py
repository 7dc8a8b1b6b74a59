"""The README stays true: its configuration table is the code's, its commands exist."""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def _config_table_module():
    spec = importlib.util.spec_from_file_location("config_table", ROOT / "scripts/config_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_configuration_table_matches_the_settings_classes() -> None:
    config_table = _config_table_module()
    assert config_table.readme_with_table(README) == README, (
        "README.md's configuration table is stale: run python scripts/config_table.py --write"
    )


def test_the_readme_names_the_two_set_up_commands_and_make_has_them() -> None:
    assert "make run" in README
    assert "make test" in README
    targets = subprocess.run(
        ["make", "-C", str(ROOT), "help"], capture_output=True, text=True, check=True
    ).stdout
    for target in ("run", "test", "bench", "eval", "lint", "format"):
        assert re.search(rf"make {target}\b", targets), target


def test_the_readme_curl_uses_the_sample_image_in_the_repository() -> None:
    assert '--form "file=@test-image.jpg"' in README
    assert (ROOT / "test-image.jpg").stat().st_size > 10_000


def test_docs_referenced_by_the_readme_exist() -> None:
    for name in re.findall(r"docs/([a-z_]+\.md)", README):
        assert (ROOT / "docs" / name).exists(), name
