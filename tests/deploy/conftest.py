"""Fixtures for the deployment checks: every kustomization rendered once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.deploy.dockerfile import Dockerfile
from tests.deploy.manifests import (
    BASE,
    DOCKERFILE,
    OVERLAYS,
    Rendering,
    component_names,
    component_on_base,
    kubectl,
    render,
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: installs packages into fresh virtualenvs (about a minute)"
    )


def _require_kubectl() -> None:
    if kubectl() is None:
        pytest.skip(reason="kubectl is not installed: it renders the kustomizations")


@pytest.fixture(scope="session")
def renderings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendering]:
    """Base, each overlay, and each component on top of the base, rendered."""
    _require_kubectl()
    found = {"base": Rendering("base", render(BASE))}
    for overlay in sorted(path for path in OVERLAYS.iterdir() if path.is_dir()):
        found[overlay.name] = Rendering(overlay.name, render(overlay))
    for component in component_names():
        workdir: Path = tmp_path_factory.mktemp(f"component-{component}")
        name = f"base+{component}"
        found[name] = Rendering(name, render(component_on_base(component, workdir)))
    return found


@pytest.fixture(scope="session")
def minikube(renderings: dict[str, Rendering]) -> Rendering:
    return renderings["minikube"]


@pytest.fixture(scope="session")
def production(renderings: dict[str, Rendering]) -> Rendering:
    return renderings["production"]


@pytest.fixture(scope="session")
def dockerfile() -> Dockerfile:
    return Dockerfile.parse(DOCKERFILE)
