"""Every kustomization renders, every object is valid Kubernetes, every YAML file is tidy."""

from __future__ import annotations

import copy

import kubernetes_validate
import pytest
import yaml
from yamllint import linter
from yamllint.config import YamlLintConfig

from tests.deploy.manifests import (
    API_KEY_SECRET_EXAMPLE,
    BASE,
    COMPOSE,
    DEPLOY,
    YAMLLINT_CONFIG,
    Manifest,
    Rendering,
    component_names,
)

KUBERNETES_VERSION = kubernetes_validate.latest_version()
"""The newest Kubernetes release whose API schemas kubernetes-validate bundles (offline)."""


def validate(manifest: Manifest) -> None:
    kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)


def test_base_each_overlay_and_each_component_render(renderings: dict[str, Rendering]) -> None:
    expected = {"base", "minikube", "production"} | {
        f"base+{component}" for component in component_names()
    }
    assert expected <= set(renderings)
    assert len(component_names()) >= 4
    for rendering in renderings.values():
        assert rendering.of_kind("Deployment"), f"{rendering.name} renders no Deployment"


def test_every_rendered_object_is_valid_against_the_api_schemas(
    renderings: dict[str, Rendering],
) -> None:
    for rendering in renderings.values():
        for manifest in rendering.objects:
            try:
                validate(manifest)
            except kubernetes_validate.ValidationError as error:
                name = f"{manifest['kind']}/{manifest['metadata']['name']}"
                pytest.fail(f"{rendering.name}: {name}: {error.message} at {list(error.path)}")


def test_walkthrough_files_are_valid_one_by_one_as_kubectl_apply_f_reads_them() -> None:
    files = sorted(BASE.glob("*.yaml"))
    names = {path.name for path in files}
    assert {
        "ocr-deployment.yaml",
        "ner-deployment.yaml",
        "orchestrator-deployment.yaml",
        "nodeport-service.yaml",
    } <= names
    for path in files:
        if path.name == "kustomization.yaml":
            continue
        for manifest in yaml.safe_load_all(path.read_text()):
            validate(manifest)


def test_the_example_api_key_secret_is_valid_and_not_applied(production: Rendering) -> None:
    secret = yaml.safe_load(API_KEY_SECRET_EXAMPLE.read_text())
    validate(secret)
    assert "REPLACE" in secret["stringData"]["api-key"]
    assert not production.of_kind("Secret"), "the placeholder key must never be deployed"


def test_the_schema_check_catches_a_misspelt_field(minikube: Rendering) -> None:
    broken = copy.deepcopy(minikube.deployment("ocr"))
    broken["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGett"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        validate(broken)


def test_yaml_files_pass_yamllint() -> None:
    config = YamlLintConfig(file=str(YAMLLINT_CONFIG))
    files = [*sorted(DEPLOY.rglob("*.yaml")), COMPOSE]
    assert len(files) > 10
    problems = [
        f"{path.relative_to(DEPLOY.parent)}:{problem.line}: {problem.desc} ({problem.rule})"
        for path in files
        for problem in linter.run(path.read_text(), config, str(path))
    ]
    assert not problems, "\n".join(problems)
