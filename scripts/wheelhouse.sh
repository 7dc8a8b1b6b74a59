#!/usr/bin/env bash
# Fill deploy/docker/wheelhouse with a wheel of every package the images install,
# for builds whose containers cannot reach a package index. What goes in is read
# from the project itself: the extras named on the command line with
# constraints.txt, and pyproject.toml's build requirements (pip builds ocrner in
# the image). Rebuilt only when pyproject.toml, constraints.txt or the extras change.
#   scripts/wheelhouse.sh ocr ner orchestrator
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
wheelhouse=deploy/docker/wheelhouse
[ $# -gt 0 ] || { echo "usage: $0 EXTRA..." >&2; exit 2; }
extras=$(IFS=,; echo "$*")

# Wheels for the images' Python (the Dockerfile's base: python:3.11-..., or Debian's 3.11).
want=$(sed -n 's/^ARG BASE_IMAGE=python:\([0-9]*\.[0-9]*\).*/\1/p' deploy/docker/Dockerfile)
have=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' || true)
if [ "$have" != "$want" ]; then
  echo "wheelhouse: $python is Python $have; the images run $want: set PYTHON to a Python $want" >&2
  exit 1
fi

stamp=$(cat pyproject.toml constraints.txt <(echo "$extras") <("$python" -VV) | sha256sum | cut -c1-16)
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
rm -f "$log"
rm -f "$fresh"/ocrner-*.whl  # the images build it from their own copy of src/
cp "$wheelhouse/README.md" "$fresh/"
echo "$stamp" >"$fresh/.stamp"
rm -rf "$wheelhouse"
mv "$fresh" "$wheelhouse"
trap - EXIT
echo "wheelhouse: $(ls "$wheelhouse"/*.whl | wc -l) wheels, $(du -sh "$wheelhouse" | cut -f1)"
