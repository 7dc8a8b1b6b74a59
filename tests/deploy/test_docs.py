"""docs/kubernetes.md matches the files, the settings and the Dockerfile it describes."""

from __future__ import annotations

import re

from tests.deploy.dockerfile import Dockerfile
from tests.deploy.manifests import SERVICES, SETTINGS, WALKTHROUGH_NODE_PORT
from tests.utils.images import REPO_ROOT

GUIDE = REPO_ROOT / "docs" / "kubernetes.md"
SEED_CURL = (
    'curl --request POST --header "Content-Type:multipart/form-data" --form "file=@test-image.jpg" '
)


def guide() -> str:
    return GUIDE.read_text()


def test_every_repository_path_in_the_guide_exists() -> None:
    paths = set(re.findall(r"(?<![\w/.])((?:deploy|docs|tests)/[\w./-]*\w|compose\.yaml)", guide()))
    assert "deploy/k8s/overlays/minikube" in paths
    missing = sorted(path for path in paths if not (REPO_ROOT / path).exists())
    assert not missing


def test_every_setting_the_guide_names_exists() -> None:
    known = {name.upper() for settings in SETTINGS.values() for name in settings.model_fields}
    named = set(re.findall(r"`((?:[A-Z]+_[A-Z0-9_]+)|HOST|PORT)(?:=[^`]*)?`", guide()))
    assert {"OCR_SERVICE_URL", "NER_SERVICE_URL", "SHUTDOWN_GRACE_SECONDS"} <= named
    assert not named - known


def test_the_guide_builds_each_image_from_its_target(dockerfile: Dockerfile) -> None:
    builds = re.findall(r"docker build -t (\S+)\s+-f (\S+) --target (\S+) \.", guide())
    walkthrough = {image: target for image, _, target in builds if "/" not in image}
    assert walkthrough == {service: service for service in SERVICES}
    for _, path, target in builds:
        assert (REPO_ROOT / path).exists()
        if target != "$service":  # the production loop over the three
            dockerfile.stage(target)


def test_the_guide_sends_the_seeds_curl_to_the_node_port() -> None:
    assert f"{SEED_CURL}$(minikube ip):{WALKTHROUGH_NODE_PORT}/api/NER" in guide()
    assert "kubectl apply -k deploy/k8s/overlays/minikube" in guide()
    assert "kubectl get services" in guide()
    assert "kubectl delete service orchestrator-nodeport" in guide()
