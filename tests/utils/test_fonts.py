"""Without the fonts, tests that render images are skipped with the reason, not broken."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.utils.images import REPO_ROOT


def test_a_module_rendering_at_import_is_skipped_when_the_fonts_are_missing(
    tmp_path: Path,
) -> None:
    (tmp_path / "conftest.py").write_text(
        "from pathlib import Path\n"
        "import tests.utils.images as images\n"
        "images.FONT_DIR = Path('/nonexistent/fonts')\n"
    )
    (tmp_path / "test_renders.py").write_text(
        "from tests.utils.hostile import small_picture\n"
        "PICTURE = small_picture()  # at import, as test_hostile_inputs does\n"
        "def test_uses_it():\n"
        "    assert PICTURE\n"
    )
    (tmp_path / "test_renders_inside.py").write_text(
        "from tests.utils.images import render_lines\n"
        "def test_renders():\n"
        "    render_lines(['x'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 skipped" in result.stdout, result.stdout
    assert "error" not in result.stdout.lower(), result.stdout
    assert "install fonts-dejavu-core (make system-deps)" in result.stdout, result.stdout
