"""Each image's dependency set is complete: its build, replayed in a fresh virtualenv, serves.

There is no Docker engine here, so the test replays the Dockerfile's build
stage for one service: it copies what the stage's COPY lines take from the
build context (after ``.dockerignore``), creates the virtualenv as the stage
does, and runs the stage's own RUN line, install and smoke check together.
Then ``ocrner serve`` from that virtualenv alone must reach ``/readyz``. The one
difference from the image build is pip's cache, kept here (the Dockerfile sets
``PIP_NO_CACHE_DIR``): it changes how long the install takes, not what it installs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.deploy.dockerfile import Dockerfile, DockerIgnore, Stage
from tests.deploy.manifests import DOCKERIGNORE, SERVICES
from tests.utils.images import REPO_ROOT
from tests.utils.processes import ServiceProcess

IMAGE_VENV = "/opt/venv"
INSTALL_TIMEOUT_SECONDS = 600
ENGINES = {"ocr": "tesserocr", "ner": "spacy"}
"""The heavy engine module each extra brings, and that no other image may contain."""


def copy_context(stage: Stage, workdir: Path) -> None:
    """Replay the stage's COPY lines from the build context into ``workdir``."""
    ignore = DockerIgnore(DOCKERIGNORE)

    def ignored(folder: str, names: list[str]) -> set[str]:
        relative = Path(folder).relative_to(REPO_ROOT)
        return {name for name in names if ignore.excludes(str(relative / name))}

    for copy in stage.all("COPY"):
        *sources, destination = copy.words
        for source in sources:
            assert not ignore.excludes(source), f"{source} is not in the build context"
            origin = REPO_ROOT / source
            target = workdir / destination
            if destination.endswith("/"):
                target = target / origin.name
            if origin.is_dir():
                shutil.copytree(origin, target, ignore=ignored)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(origin, target)


def stage_environment(dockerfile: Dockerfile, stage: str, venv: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    for key, value in dockerfile.env(stage).items():
        env[key] = value.replace(IMAGE_VENV, str(venv)).replace("$PATH", os.environ["PATH"])
    env.pop("PIP_NO_CACHE_DIR", None)
    return env


def run_in(python: Path, code: str) -> str:
    """Run ``code`` with ``python`` from the repository root, where the tests run."""
    return subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    ).stdout.strip()


@pytest.mark.slow
@pytest.mark.parametrize("service", SERVICES)
def test_the_image_install_alone_serves_the_service(
    dockerfile: Dockerfile, tmp_path: Path, service: str
) -> None:
    (copy,) = dockerfile.stage(service).all("COPY")
    build_stage = copy.flags["from"]
    chain = dockerfile.chain(build_stage)
    venv = tmp_path / "venv"
    workdir = tmp_path / "src"
    workdir.mkdir()
    for stage in chain:
        copy_context(stage, workdir)
    env = stage_environment(dockerfile, build_stage, venv)

    (create,) = chain[0].all("RUN")
    assert create.exec_form == ["python", "-m", "venv", IMAGE_VENV]
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    (install,) = dockerfile.stage(build_stage).all("RUN")
    result = subprocess.run(
        ["/bin/sh", "-c", install.arguments],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT_SECONDS,
        check=False,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]
    assert f"smoke check {service}: /readyz 200" in result.stdout

    python = venv / "bin" / "python"
    where = run_in(python, "import ocrner; print(ocrner.__file__)")
    assert Path(where).is_relative_to(venv), "the service must come from the fresh install"
    for engine_service, module in ENGINES.items():
        found = run_in(
            python, f"import importlib.util; print(bool(importlib.util.find_spec({module!r})))"
        )
        assert found == str(engine_service == service), f"{module} in the {service} image"

    with ServiceProcess(service, python=str(python), env={"OCR_WORKERS": "1"}) as running:
        assert httpx.get(f"{running.url}/readyz", timeout=5).status_code == 200
