#!/usr/bin/env bash
# The main job: install dependencies, build, evaluate the Central Asia map and draw it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DARGMAP_WERROR=ON -DCMAKE_UNITY_BUILD=ON  # same flags as scripts/test.sh: one build serves both
cmake --build build -j"$(nproc)"
./build/tools/argmap/argmap eval examples/central-asia/central-asia.argdown
./build/tools/argmap/argmap render examples/central-asia/central-asia.argdown -o central-asia.svg
