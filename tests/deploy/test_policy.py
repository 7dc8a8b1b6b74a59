"""Policy over the rendered manifests: hardening everywhere, the walk-through, production."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

import pytest

from tests.deploy.manifests import (
    SERVICES,
    WALKTHROUGH_NODE_PORT,
    Manifest,
    Rendering,
    containers,
    labels_match,
    literal_env,
    pod_spec,
)


def effective(pod: Manifest, container: Manifest, key: str) -> object:
    """A securityContext field as it applies to the container (its own, else the pod's)."""
    own = container.get("securityContext", {})
    return own[key] if key in own else pod.get("securityContext", {}).get(key)


def test_every_container_is_hardened(renderings: dict[str, Rendering]) -> None:
    for rendering in renderings.values():
        for deployment, container in containers(rendering):
            where = f"{rendering.name}: {deployment['metadata']['name']}/{container['name']}"
            pod = pod_spec(deployment)
            own = container.get("securityContext", {})
            assert pod.get("automountServiceAccountToken") is False, where
            assert effective(pod, container, "runAsNonRoot") is True, where
            assert int(str(effective(pod, container, "runAsUser"))) >= 10000, where
            assert effective(pod, container, "seccompProfile") == {"type": "RuntimeDefault"}, where
            assert own.get("allowPrivilegeEscalation") is False, where
            assert own.get("readOnlyRootFilesystem") is True, where
            assert own.get("capabilities", {}).get("drop") == ["ALL"], where
            assert not own.get("capabilities", {}).get("add"), where
            assert not own.get("privileged"), where
            for host_namespace in ("hostNetwork", "hostPID", "hostIPC"):
                assert not pod.get(host_namespace), where


def test_every_container_has_requests_limits_and_probes(
    renderings: dict[str, Rendering],
) -> None:
    for rendering in renderings.values():
        for deployment, container in containers(rendering):
            where = f"{rendering.name}: {deployment['metadata']['name']}/{container['name']}"
            resources = container.get("resources", {})
            for kind in ("requests", "limits"):
                assert set(resources.get(kind, {})) >= {"cpu", "memory"}, f"{where}: {kind}"
            for probe, path in (
                ("startupProbe", "/readyz"),
                ("readinessProbe", "/readyz"),
                ("livenessProbe", "/healthz"),
            ):
                assert container[probe]["httpGet"]["path"] == path, f"{where}: {probe}"


def test_a_read_only_root_has_a_writable_tmp(renderings: dict[str, Rendering]) -> None:
    for rendering in renderings.values():
        for deployment, container in containers(rendering):
            volumes = {volume["name"]: volume for volume in pod_spec(deployment)["volumes"]}
            mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
            assert "/tmp" in mounts, f"{rendering.name}: {container['name']} has no /tmp"
            assert "emptyDir" in volumes[mounts["/tmp"]]


def test_the_services_are_the_walkthroughs(renderings: dict[str, Rendering]) -> None:
    for rendering in renderings.values():
        for service in SERVICES:
            deployment = rendering.deployment(service)
            assert deployment["spec"]["selector"]["matchLabels"] == {"app": service}
            assert deployment["spec"]["template"]["metadata"]["labels"]["app"] == service
            cluster_service = rendering.named("Service", f"{service}-service")
            assert cluster_service["spec"].get("type", "ClusterIP") == "ClusterIP"
            assert cluster_service["spec"]["selector"] == {"app": service}
            assert cluster_service["spec"]["ports"] == [
                {"name": "http", "port": 80, "targetPort": 8080}
            ]


@pytest.mark.parametrize("name", ["base", "minikube"])
def test_the_walkthrough_has_three_cluster_ips_and_the_nodeport_30001(
    renderings: dict[str, Rendering], name: str
) -> None:
    services = renderings[name].of_kind("Service")
    types = sorted(service["spec"].get("type", "ClusterIP") for service in services)
    assert types == ["ClusterIP", "ClusterIP", "ClusterIP", "NodePort"]
    (node_port,) = [service for service in services if service["spec"]["type"] == "NodePort"]
    assert node_port["metadata"]["name"] == "orchestrator-nodeport"
    assert node_port["spec"]["selector"] == {"app": "orchestrator"}
    assert node_port["spec"]["ports"][0]["nodePort"] == WALKTHROUGH_NODE_PORT
    assert node_port["spec"]["ports"][0]["targetPort"] == 8080


def test_minikube_uses_the_locally_built_images(minikube: Rendering) -> None:
    for service in SERVICES:
        container = minikube.container(service)
        assert container["image"] == service
        assert container["imagePullPolicy"] in {"Never", "IfNotPresent"}


def test_the_orchestrator_finds_its_upstreams_by_service_name(
    renderings: dict[str, Rendering],
) -> None:
    for rendering in renderings.values():
        env = literal_env(rendering.container("orchestrator"))
        for variable, service in (("OCR_SERVICE_URL", "ocr"), ("NER_SERVICE_URL", "ner")):
            url = urlsplit(env[variable])
            assert url.hostname == f"{service}-service", f"{rendering.name}: {variable}"
            with pytest.raises(ValueError):
                ipaddress.ip_address(url.hostname)
            target = rendering.named("Service", url.hostname)
            assert url.port in {port["port"] for port in target["spec"]["ports"]}


def test_production_runs_in_its_own_namespace(production: Rendering) -> None:
    (namespace,) = production.of_kind("Namespace")
    name = namespace["metadata"]["name"]
    assert name not in {"default", "kube-system"}
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    for manifest in production.objects:
        if manifest["kind"] != "Namespace":
            assert manifest["metadata"].get("namespace") == name, manifest["metadata"]["name"]


def test_production_has_replicas_spread_and_budgets(production: Rendering) -> None:
    budgets = production.of_kind("PodDisruptionBudget")
    for service in SERVICES:
        deployment = production.deployment(service)
        assert deployment["spec"]["replicas"] >= 2, service
        spread = pod_spec(deployment)["topologySpreadConstraints"]
        by_node = [item for item in spread if item["topologyKey"] == "kubernetes.io/hostname"]
        assert by_node and by_node[0]["maxSkew"] == 1, service
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert labels_match(by_node[0]["labelSelector"]["matchLabels"], labels)
        assert "app" in by_node[0]["matchLabelKeys"], "spread each service on its own"
        covering = [
            budget
            for budget in budgets
            if labels_match(budget["spec"]["selector"]["matchLabels"], labels)
        ]
        assert len(covering) == 1, service
        assert covering[0]["spec"]["minAvailable"] < deployment["spec"]["replicas"]


def test_production_autoscales_the_engines(production: Rendering) -> None:
    targets = {
        hpa["spec"]["scaleTargetRef"]["name"]: hpa["spec"]
        for hpa in production.of_kind("HorizontalPodAutoscaler")
    }
    assert {"ocr", "ner"} <= set(targets)
    for service, spec in targets.items():
        assert spec["scaleTargetRef"]["kind"] == "Deployment"
        production.deployment(service)
        assert 2 <= spec["minReplicas"] < spec["maxReplicas"]
        cpu = production.container(service)["resources"]["requests"]["cpu"]
        assert cpu, "utilization is relative to the CPU request"


def _allowed_sources(production: Rendering, service: str) -> list[Manifest]:
    """The ``from`` peers of every NetworkPolicy that selects ``service``'s pods."""
    labels = production.deployment(service)["spec"]["template"]["metadata"]["labels"]
    peers: list[Manifest] = []
    for policy in production.of_kind("NetworkPolicy"):
        if labels_match(policy["spec"]["podSelector"].get("matchLabels", {}), labels):
            assert "Ingress" in policy["spec"]["policyTypes"]
            for rule in policy["spec"].get("ingress", []):
                assert "from" in rule, f"{policy['metadata']['name']} lets anyone in"
                peers.extend(rule["from"])
    return peers


def test_production_network_policies_let_only_the_orchestrator_reach_the_engines(
    production: Rendering,
) -> None:
    default_deny = [
        policy
        for policy in production.of_kind("NetworkPolicy")
        if policy["spec"]["podSelector"] == {} and not policy["spec"].get("ingress")
    ]
    assert default_deny, "pods that no policy names must accept nothing"
    for service in ("ocr", "ner"):
        assert _allowed_sources(production, service) == [
            {"podSelector": {"matchLabels": {"app": "orchestrator"}}}
        ]
    (peer,) = _allowed_sources(production, "orchestrator")
    assert set(peer) == {"namespaceSelector"}, "only the ingress controller's namespace"


def test_production_exposes_the_orchestrator_through_an_ingress_only(
    production: Rendering,
) -> None:
    assert not [s for s in production.of_kind("Service") if s["spec"].get("type") == "NodePort"]
    (ingress,) = production.of_kind("Ingress")
    backends = [
        path["backend"]["service"]
        for rule in ingress["spec"]["rules"]
        for path in rule["http"]["paths"]
    ]
    assert {backend["name"] for backend in backends} == {"orchestrator-service"}
    assert ingress["spec"]["tls"], "TLS at the ingress"


def test_production_pulls_fixed_tags_and_reads_the_api_key_from_a_secret(
    production: Rendering,
) -> None:
    for service in SERVICES:
        container = production.container(service)
        name, _, tag = container["image"].rpartition(":")
        assert name.endswith(f"/{service}") and tag and tag != "latest"
        assert container["imagePullPolicy"] == "Always"
    (api_key,) = [
        item for item in production.container("orchestrator")["env"] if item["name"] == "API_KEY"
    ]
    assert set(api_key) == {"name", "valueFrom"}
    assert api_key["valueFrom"]["secretKeyRef"]["name"] == "orchestrator-api-key"


@pytest.mark.parametrize("name", ["base", "minikube"])
def test_the_walkthrough_needs_no_api_key(renderings: dict[str, Rendering], name: str) -> None:
    for service in SERVICES:
        env = renderings[name].container(service).get("env", [])
        assert "API_KEY" not in {item["name"] for item in env}
