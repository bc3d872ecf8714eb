#!/usr/bin/env bash
# Installs the Debian 12 packages argmap needs to build, test and render, and the Argdown CLI
# (@argdown/cli from the npm registry) that the Argdown conformance test compares against.
set -euo pipefail
ARGDOWN_CLI_VERSION=1.7.5
PKGS=(build-essential cmake pkg-config
      libboost-graph-dev libpugixml-dev libgraphviz-dev graphviz
      catch2 libcadical-dev nlohmann-json3-dev libyaml-cpp-dev libcli11-dev libbenchmark-dev
      pybind11-dev python3-dev libgit2-dev git
      # the Python module's extras and tests: NetworkX, the tutorial notebook, the wheel
      python3-networkx jupyter-nbconvert python3-ipykernel
      python3-build python3-venv python3-pip python3-setuptools python3-wheel
      chromium    # the HTML report's browser test (tests/report/check_report.py) and screenshot
      clang-14 libclang-rt-14-dev llvm-14 ninja-build)  # sanitizers, libFuzzer, llvm-symbolizer, Ninja (scripts/sanitize.sh)
# node and npm from Debian unless the machine already has them (e.g. from NodeSource).
command -v node >/dev/null 2>&1 || PKGS+=(nodejs)
command -v npm >/dev/null 2>&1 || PKGS+=(npm)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Argdown CLI, once: re-runs (and offline machines that have it) skip the registry.
argdown_version() {
  if command -v argdown >/dev/null 2>&1; then argdown --version 2>/dev/null | tail -n 1; return; fi
  local pj
  pj="$(npm root -g 2>/dev/null)/@argdown/cli/package.json"
  [ -f "$pj" ] && node -p "require('$pj').version" 2>/dev/null
  return 0
}
if [ "$(argdown_version)" != "$ARGDOWN_CLI_VERSION" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && [ ! -w "$(npm root -g)" ] && SUDO="sudo"
  $SUDO npm install -g --no-audit --no-fund "@argdown/cli@$ARGDOWN_CLI_VERSION"
fi
if [ "$(argdown_version)" != "$ARGDOWN_CLI_VERSION" ]; then
  echo "install-deps: @argdown/cli $ARGDOWN_CLI_VERSION is not on PATH after installing (npm prefix: $(npm prefix -g))" >&2
  exit 1
fi
