"""A Kubernetes-like cluster on one machine, built from the rendered manifests (docs/cluster.md)."""
