#!/usr/bin/env bash
# Installs the Debian 12 packages argmap needs to build, test and render.
set -euo pipefail
PKGS=(build-essential cmake pkg-config
      libboost-graph-dev libpugixml-dev libgraphviz-dev graphviz
      catch2 libcadical-dev nlohmann-json3-dev libyaml-cpp-dev libcli11-dev libbenchmark-dev
      pybind11-dev python3-dev)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
