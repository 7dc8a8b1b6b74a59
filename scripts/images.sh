#!/usr/bin/env bash
# Build the three images, tagged ocr, ner and orchestrator as in the walk-through
# (docs/kubernetes.md), and print their sizes.
#
# With a Docker engine: `docker build` on python:3.11-slim-bookworm. Otherwise
# podman (installed by scripts/system-deps.sh; needs root here), and when the
# registry cannot be reached, on a base image made from the Debian mirror
# (scripts/base-image.sh). Either way the packages come from a wheelhouse made
# on this machine (scripts/wheelhouse.sh), since a build container may reach no
# package index. Everything is cached: with nothing changed, a second run takes
# seconds.
#   scripts/images.sh                  build, or fail saying why not
#   scripts/images.sh --where-possible build, or say why not and exit 0 (make test)
set -euo pipefail
cd "$(dirname "$0")/.."
services=(ocr ner orchestrator)
slim=docker.io/library/python:3.11-slim-bookworm
debian_base=localhost/ocrner-base:bookworm

cannot() {
  if [ "${1-}" = --where-possible ]; then
    echo "images: not built: $2" >&2
    exit 0
  fi
  echo "images: $2" >&2
  exit 1
}

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  engine=(docker)
else
  command -v podman >/dev/null 2>&1 || cannot "${1-}" "neither a Docker engine nor podman (make system-deps installs podman)"
  [ "$(id -u)" -eq 0 ] || cannot "${1-}" "podman needs root on this machine (rootless podman has no user namespaces here)"
  export CONTAINERS_CONF=$PWD/deploy/docker/podman.conf
  engine=(podman)
fi

# The base: BASE_IMAGE if given, else the slim Python image if present or pullable,
# else the Debian one made here.
base=${BASE_IMAGE:-}
if [ -z "$base" ]; then
  if "${engine[@]}" image inspect "$slim" >/dev/null 2>&1 \
    || timeout 120 "${engine[@]}" pull --quiet "$slim" >/dev/null 2>&1; then
    base=$slim
  else
    [ "${engine[0]}" = podman ] || cannot "${1-}" "cannot pull $slim; set BASE_IMAGE"
    command -v debootstrap >/dev/null 2>&1 || cannot "${1-}" "no registry and no debootstrap (make system-deps installs it)"
    scripts/base-image.sh "$debian_base"
    base=$debian_base
  fi
fi

scripts/wheelhouse.sh "${services[@]}"

# What the builds read: the Dockerfile, and the build context's allow-list in
# .dockerignore (without bytecode), on the base image. An image built from the same
# inputs (build/images/SERVICE: their digest and the image's id) is up to date.
mapfile -t context < <(sed -n 's|^!\(.*[^/]\)/*$|\1|p' .dockerignore)
inputs=$(
  {
    find deploy/docker/Dockerfile .dockerignore "${context[@]}" -type f \
      ! -path '*/__pycache__/*' ! -name '*.py[cod]' ! -path '*.egg-info/*' -print0 \
      | sort -z | xargs -0 sha256sum
    "${engine[@]}" image inspect --format '{{.Id}}' "$base"
  } | sha256sum | cut -c1-16
)

mkdir -p build/images
for service in "${services[@]}"; do
  before=$("${engine[@]}" image inspect --format '{{.Id}}' "$service" 2>/dev/null || true)
  if [ "$(cat "build/images/$service" 2>/dev/null)" != "$inputs $before" ]; then
    echo "images: building $service"
    flags=(--quiet --file deploy/docker/Dockerfile --target "$service" --tag "$service"
           --build-arg "BASE_IMAGE=$base" --build-arg PIP_NO_INDEX=1)
    # podman writes OCI images by default, which have no HEALTHCHECK.
    [ "${engine[0]}" = podman ] && flags+=(--format docker)
    log=$(mktemp)
    if ! "${engine[@]}" build "${flags[@]}" . >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "images: the build of $service failed" >&2
      exit 1
    fi
    rm -f "$log"
  fi
  after=$("${engine[@]}" image inspect --format '{{.Id}}' "$service")
  echo "$inputs $after" >"build/images/$service"
  # The image this build replaced, unless a container still uses it.
  if [ -n "$before" ] && [ "$before" != "$after" ]; then
    "${engine[@]}" rmi "$before" >/dev/null 2>&1 || true
  fi
  size=$("${engine[@]}" image inspect --format '{{.Size}}' "$service")
  printf 'images: %-13s %s  (%s, base %s)\n' "$service" "$(numfmt --to=si --suffix=B "$size")" "${after:0:12}" "$base"
done
