#!/usr/bin/env bash
# Fill deploy/docker/wheelhouse with a wheel of every package the images install,
# for builds whose containers cannot reach a package index. What goes in is read
# from the project itself: the extras named on the command line with
# constraints.txt, and pyproject.toml's build requirements (pip builds ocrner in
# the image). Rebuilt only when pyproject.toml, constraints.txt, this script or the extras change.
#   scripts/wheelhouse.sh ocr ner orchestrator
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
wheelhouse=deploy/docker/wheelhouse
OLDEST_IMAGE_PYTHON=3.11.2
[ $# -gt 0 ] || { echo "usage: $0 EXTRA..." >&2; exit 2; }
extras=$(IFS=,; echo "$*")

# Wheels for the images' Python (the Dockerfile's base: python:3.11-..., or Debian's 3.11).
want=$(sed -n 's/^ARG BASE_IMAGE=python:\([0-9]*\.[0-9]*\).*/\1/p' deploy/docker/Dockerfile)
have=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' || true)
if [ "$have" != "$want" ]; then
  echo "wheelhouse: $python is Python $have; the images run $want: set PYTHON to a Python $want" >&2
  exit 1
fi

stamp=$(cat pyproject.toml constraints.txt "$0" <(echo "$extras") <("$python" -VV) | sha256sum | cut -c1-16)
[ "$(cat "$wheelhouse/.stamp" 2>/dev/null)" = "$stamp" ] && exit 0

echo "wheelhouse: wheels of .[$extras] with constraints.txt"
fresh=$(mktemp -d "$wheelhouse.XXXXXX")
trap 'rm -rf "$fresh"' EXIT
log=$fresh/pip.log
"$python" -m pip wheel --quiet -c constraints.txt -w "$fresh" ".[$extras]" >"$log" 2>&1 \
  || { cat "$log" >&2; exit 1; }
mapfile -t build_requires < <("$python" -c \
  'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], sep="\n")')
"$python" -m pip download --quiet --only-binary=:all: -d "$fresh" "${build_requires[@]}" >"$log" 2>&1 \
  || { cat "$log" >&2; exit 1; }
# What the wheels need on the oldest Python an image runs (Debian bookworm's python3, the
# base made here) and not on this one: a requirement marked for older patch releases, such
# as redis's `async-timeout; python_full_version < "3.11.3"`. pip's --python-version does
# not reach such markers, so they are evaluated here.
mapfile -t older < <("$python" - "$fresh" "$OLDEST_IMAGE_PYTHON" <<'PY'
import sys, zipfile
from pathlib import Path
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
folder, version = Path(sys.argv[1]), sys.argv[2]
have = {canonicalize_name(w.name.split("-")[0]) for w in folder.glob("*.whl")}
older = {**default_environment(), "python_full_version": version}
for wheel in folder.glob("*.whl"):
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(meta).decode().splitlines()
    for line in lines:
        if not line.startswith("Requires-Dist:"):
            continue
        req = Requirement(line.split(":", 1)[1].strip())
        name = canonicalize_name(req.name)
        if name in have or req.marker is None or "extra" in str(req.marker):
            continue
        if req.marker.evaluate(older) and not req.marker.evaluate():
            have.add(name)
            print(f"{req.name}{req.specifier}")
PY
)
if [ ${#older[@]} -gt 0 ]; then
  "$python" -m pip download --quiet --only-binary=:all: -c constraints.txt -d "$fresh" \
    "${older[@]}" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
rm -f "$log"
rm -f "$fresh"/ocrner-*.whl  # the images build it from their own copy of src/
cp "$wheelhouse/README.md" "$fresh/"
echo "$stamp" >"$fresh/.stamp"
rm -rf "$wheelhouse"
mv "$fresh" "$wheelhouse"
trap - EXIT
echo "wheelhouse: $(ls "$wheelhouse"/*.whl | wc -l) wheels, $(du -sh "$wheelhouse" | cut -f1)"
