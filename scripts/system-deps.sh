#!/usr/bin/env bash
# Install the Debian packages the test suite and make images need, only when one is missing.
# Needs root (CI and the development machines run as root); otherwise it says
# what to install and the tests that need them skip with that reason.
set -euo pipefail

needed=()
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || needed+=(fonts-dejavu-core)
[ -e /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || needed+=(fonts-liberation)
command -v ip >/dev/null 2>&1 || needed+=(iproute2)
command -v iptables >/dev/null 2>&1 || needed+=(iptables)
command -v dnsmasq >/dev/null 2>&1 || needed+=(dnsmasq-base)
command -v curl >/dev/null 2>&1 || needed+=(curl)
[ -x /usr/bin/chromium ] || needed+=(chromium)
[ -x /usr/bin/chromedriver ] || needed+=(chromium-driver)
# Containers (make images, the image and cluster tests): podman with runc, and debootstrap
# for a base image where no registry can be reached.
for tool in podman buildah runc debootstrap; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || needed+=("$tool")
done
# DNS on podman's CNI networks, so that containers find each other by name or alias.
[ -x /usr/lib/cni/dnsname ] || needed+=(golang-github-containernetworking-plugin-dnsname)
command -v redis-server >/dev/null 2>&1 || needed+=(redis-server)

[ ${#needed[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: not root; install these for the full suite: ${needed[*]}" >&2
  exit 0
fi
echo "system-deps: installing ${needed[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
