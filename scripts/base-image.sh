#!/usr/bin/env bash
# Make the base image deploy/docker/Dockerfile builds on, where no registry can be
# reached: Debian bookworm's own Python 3.11 from the Debian mirror (debootstrap),
# imported into podman as a one-layer image. Kept as long as it exists: a second
# run returns at once. Run as root.
#   scripts/base-image.sh [IMAGE]      (default: localhost/ocrner-base:bookworm)
set -euo pipefail
image=${1:-localhost/ocrner-base:bookworm}
podman=(podman --runtime runc --cgroup-manager cgroupfs)

if "${podman[@]}" image exists "$image"; then
  exit 0
fi

# The mirror this machine's apt uses (deb822 or one-line sources), else Debian's own.
mirror=$(
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
    grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}'
  } 2>/dev/null | grep -v security | head -n 1 || true
)
mirror=${mirror:-http://deb.debian.org/debian}

root=$(mktemp -d /var/tmp/ocrner-base.XXXXXX)
trap 'rm -rf "$root"' EXIT
echo "base-image: debootstrap bookworm from $mirror (a few minutes)"
# python3-venv for the build stage's virtualenv; ca-certificates so that pip can
# reach an index over TLS when a build uses one.
debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
  bookworm "$root" "$mirror" >"$root.log" 2>&1 || { cat "$root.log" >&2; rm -f "$root.log"; exit 1; }
rm -f "$root.log"
# What an image never needs: downloaded packages, package lists, docs, man pages, locales.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* \
  "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
  "$root"/usr/share/locale/* "$root"/var/log/*
tar -C "$root" -c . | "${podman[@]}" import --quiet \
  --change 'CMD ["python3"]' --change 'ENV LANG=C.UTF-8' - "$image" >/dev/null
echo "base-image: $image ($("${podman[@]}" image inspect --format '{{.Size}}' "$image" | numfmt --to=si --suffix=B))"
