"""The security linter (checkov) finds nothing in the rendered manifests or the Dockerfile.

checkov cannot share the project's virtualenv (it pins packaging<24, pytest
needs >=24), so ``make install-test`` installs it into its own, under
``.venv/tools/checkov``, from ``deploy/checkov-constraints.txt``. A check that
does not apply is skipped inline, in the manifest, with its reason
(``checkov.io/skipN`` annotations).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.manifests import DOCKERFILE, Rendering

CHECKOV = Path(sys.prefix) / "tools" / "checkov" / "bin" / "checkov"
PRODUCTION_SKIPS = {"CKV_K8S_43", "CKV_K8S_35"}
"""What production still skips: image digests (known only after a build) and the API key
in an environment variable (the service reads all its settings from there)."""


@pytest.fixture(scope="module")
def reports(renderings: dict[str, Rendering], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One checkov run over every rendering (one file each) and the Dockerfile."""
    if not CHECKOV.exists():
        pytest.skip(reason=f"checkov is not installed at {CHECKOV}: run make install-test")
    workdir = tmp_path_factory.mktemp("checkov")
    for name, rendering in renderings.items():
        (workdir / f"{name}.yaml").write_text(yaml.safe_dump_all(rendering.objects))
    shutil.copy(DOCKERFILE, workdir / "Dockerfile")
    result = subprocess.run(
        [
            str(CHECKOV),
            *("--directory", str(workdir)),
            *("--framework", "kubernetes", "dockerfile"),
            *("--output", "json"),
            "--skip-download",
            "--compact",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr[-3000:]
    found = json.loads(result.stdout)
    return {
        report["check_type"]: report for report in (found if isinstance(found, list) else [found])
    }


def test_checkov_finds_no_failed_check(reports: Any) -> None:
    assert set(reports) == {"kubernetes", "dockerfile"}
    for kind, report in reports.items():
        failed = [
            f"{check['check_id']} {check['resource']} ({check['file_path']}): {check['check_name']}"
            for check in report["results"]["failed_checks"]
        ]
        assert not failed, f"{kind}:\n" + "\n".join(failed)
        assert report["summary"]["parsing_errors"] == 0
        assert report["summary"]["passed"] > 0


def test_checkov_scanned_every_rendering(reports: Any, renderings: dict[str, Rendering]) -> None:
    passed = reports["kubernetes"]["results"]["passed_checks"]
    scanned = {Path(check["file_path"]).stem for check in passed}
    assert scanned == set(renderings)


def test_every_skipped_check_says_why(reports: Any) -> None:
    for report in reports.values():
        for check in report["results"]["skipped_checks"]:
            reason = check["check_result"].get("suppress_comment", "")
            assert len(reason) > 20, check["check_id"]


def test_production_skips_only_what_it_cannot_pass(reports: Any) -> None:
    skipped = {
        check["check_id"]
        for check in reports["kubernetes"]["results"]["skipped_checks"]
        if Path(check["file_path"]).stem == "production"
    }
    assert skipped == PRODUCTION_SKIPS
