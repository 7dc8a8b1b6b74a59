"""The Dockerfile, read statically (no Docker engine here), and its build context."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.deploy.dockerfile import Dockerfile, DockerIgnore, Instruction
from tests.deploy.manifests import (
    CONTAINER_PORT,
    DOCKERIGNORE,
    SERVICES,
    Rendering,
    pod_spec,
)
from tests.utils.images import REPO_ROOT

BUILD_TOOLS = ("gcc", "g++", "clang", "build-essential", "make", "cmake", "apt-get", "apk")
SMOKE_SCRIPT = REPO_ROOT / "deploy" / "docker" / "smoke.py"


def install_step(dockerfile: Dockerfile, service: str) -> list[str]:
    """The words of the pip install in the build stage the service's image copies from."""
    (copy,) = dockerfile.stage(service).all("COPY")
    build_stage = copy.flags["from"]
    (run,) = dockerfile.stage(build_stage).all("RUN")
    install, *_ = run.arguments.split("&&")
    return shlex.split(install)


def test_one_multi_stage_build_per_service(dockerfile: Dockerfile) -> None:
    assert len(dockerfile.stages) >= 2
    for service in SERVICES:
        chain = dockerfile.chain(service)
        assert len(chain) >= 2 and chain[-1].name == service
        (copy,) = dockerfile.stage(service).all("COPY")
        assert copy.words == ["/opt/venv", "/opt/venv"], "only the virtualenv crosses over"
        assert copy.flags["from"] != chain[0].name


def test_the_base_is_one_slim_python_of_the_projects_version(dockerfile: Dockerfile) -> None:
    bases = set(dockerfile.external_bases())
    assert len(bases) == 1, "build and run on the same interpreter, so the venv moves"
    (base,) = bases
    image, _, tag = base.partition(":")
    assert image == "python" and "-slim" in tag
    requires = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    minimum = requires["requires-python"].removeprefix(">=")
    assert tag.startswith(minimum)


def test_each_image_installs_only_its_extra_with_the_constraints(dockerfile: Dockerfile) -> None:
    for service in SERVICES:
        words = install_step(dockerfile, service)
        assert words == ["pip", "install", "-c", "constraints.txt", f".[{service}]"], words


def test_each_build_smoke_checks_its_service(dockerfile: Dockerfile) -> None:
    for service in SERVICES:
        (copy,) = dockerfile.stage(service).all("COPY")
        (run,) = dockerfile.stage(copy.flags["from"]).all("RUN")
        assert run.arguments.rstrip().endswith(f"python smoke.py {service}")


def test_the_images_run_ocrner_serve_as_a_non_root_user(
    dockerfile: Dockerfile, minikube: Rendering
) -> None:
    for service in SERVICES:
        *_, cmd = dockerfile.effective(service, "CMD")
        assert cmd.exec_form == ["ocrner", "serve", service]
        assert not dockerfile.effective(service, "ENTRYPOINT")
        assert minikube.container(service)["command"] == cmd.exec_form
        *_, user = dockerfile.effective(service, "USER")
        uid, _, gid = user.arguments.partition(":")
        assert uid.isdigit() and int(uid) != 0 and gid.isdigit() and int(gid) != 0
        pod_security = pod_spec(minikube.deployment(service))["securityContext"]
        assert pod_security["runAsUser"] == int(uid)
        assert pod_security["runAsGroup"] == int(gid)


def test_the_images_listen_on_8080_with_the_cluster_settings(dockerfile: Dockerfile) -> None:
    for service in SERVICES:
        exposed = [item.arguments for item in dockerfile.effective(service, "EXPOSE")]
        assert exposed == [str(CONTAINER_PORT)]
        env = dockerfile.env(service)
        assert env["PORT"] == str(CONTAINER_PORT)
        assert env["HOST"] == "0.0.0.0"
        assert env["LOG_FORMAT"] == "json"
        assert env["PYTHONDONTWRITEBYTECODE"] == "1", "the root filesystem is read-only"
        (healthcheck,) = dockerfile.effective(service, "HEALTHCHECK")
        assert healthcheck.exec_form is not None and "/readyz" in healthcheck.exec_form[-1]


def test_no_stage_installs_system_packages_or_compilers(dockerfile: Dockerfile) -> None:
    runs: list[Instruction] = [item for stage in dockerfile.stages for item in stage.all("RUN")]
    assert runs
    for run in runs:
        words = set(run.words) | set(run.exec_form or [])
        assert not words & set(BUILD_TOOLS), run.arguments
    for service in SERVICES:
        final_runs = [item.arguments for item in dockerfile.effective(service, "RUN")]
        assert all(run.startswith("groupadd") for run in final_runs), final_runs


def test_dockerignore_keeps_the_context_to_what_the_build_copies(dockerfile: Dockerfile) -> None:
    ignore = DockerIgnore(DOCKERIGNORE)
    for path in ("tests/conftest.py", "docs/kubernetes.md", ".venv/bin/python", ".git/HEAD"):
        assert ignore.excludes(path), path
    for path in (
        "src/ocrner/__pycache__/cli.cpython-311.pyc",
        "src/ocrner/cli.pyc",  # bytecode outside __pycache__ (Python 2 style), by [cod]
        ".pytest_cache/README.md",
    ):
        assert ignore.excludes(path), path
    sources = [
        source
        for stage in dockerfile.stages
        for copy in stage.all("COPY")
        if "from" not in copy.flags
        for source in copy.words[:-1]
    ]
    assert "src" in sources and "constraints.txt" in sources
    for source in sources:
        assert (REPO_ROOT / source).exists(), source
        assert not ignore.excludes(source), f"the build needs {source}"
    assert not ignore.excludes("src/ocrner/cli.py")


@pytest.mark.parametrize("service", SERVICES)
def test_the_build_smoke_check_passes_here(service: str) -> None:
    env = {**os.environ, "OCR_WORKERS": "1"}
    result = subprocess.run(
        [sys.executable, str(SMOKE_SCRIPT), service],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(SMOKE_SCRIPT).parent,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "/readyz 200" in result.stdout


def test_the_reader_joins_lines_follows_stages_and_reads_env(tmp_path: Path) -> None:
    path = tmp_path / "Dockerfile"
    path.write_text(
        "ARG BASE=python:3.11-slim\nFROM ${BASE} AS a\n# a comment\nENV A=1 \\\n"
        "    B='two words'\n"
        'FROM a AS b\nCOPY --from=a /x /y\nCMD ["x", "y"]\n'
    )
    parsed = Dockerfile.parse(path)
    assert parsed.args == {"BASE": "python:3.11-slim"}
    assert [stage.name for stage in parsed.chain("b")] == ["a", "b"]
    assert parsed.env("b") == {"A": "1", "B": "two words"}
    assert parsed.effective("b", "CMD")[0].exec_form == ["x", "y"]
    (copy,) = parsed.stage("b").all("COPY")
    assert copy.flags == {"from": "a"} and copy.words == ["/x", "/y"]
    assert parsed.external_bases() == ["python:3.11-slim"]


def test_the_ignore_reader_follows_dockers_rules(tmp_path: Path) -> None:
    path = tmp_path / ".dockerignore"
    path.write_text("*\n!src/\n**/__pycache__\n!keep/me.txt\n")
    ignore = DockerIgnore(path)
    assert ignore.excludes("docs/a.md") and ignore.excludes("keep/other.txt")
    assert not ignore.excludes("src/pkg/mod.py") and not ignore.excludes("keep/me.txt")
    assert ignore.excludes("src/pkg/__pycache__/mod.pyc"), "a matched folder covers its files"


def test_the_ignore_reader_knows_character_classes_and_escapes(tmp_path: Path) -> None:
    path = tmp_path / ".dockerignore"
    path.write_text("**/*.py[cod]\nsrc/[!a]*.txt\nweird\\[1\\].md\n")
    ignore = DockerIgnore(path)
    assert ignore.excludes("src/pkg/mod.pyc") and ignore.excludes("mod.pyo")
    assert not ignore.excludes("src/pkg/mod.py") and not ignore.excludes("src/pkg/mod.py[cod]")
    assert ignore.excludes("src/b.txt") and not ignore.excludes("src/a.txt")
    assert ignore.excludes("weird[1].md") and not ignore.excludes("weird1.md")
