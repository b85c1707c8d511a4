#!/usr/bin/env bash
# Twenty-eighth session, the one call the device budget left room for:
# gpu-ws40.sh (the session's new device kernels checked and timed), then
# gpu-ws39.sh (the sparse attention at four CTAs an SM, the split sort's
# occupancy A/B, issue 14's dense rows beside cuDNN and FA2) in the time
# left; each tees its own log into $OUT.
# Build: scripts/gpu-build.sh, scripts/gpu-fill40.sh, scripts/gpu-fill38.sh;
# (cd .gpu && gzip -f attnc driver.test tests.test gpudemo && gzip -rf cases); carry .gpu.
cd "$(dirname "$0")/.."
bash scripts/gpu-ws40.sh
bash scripts/gpu-ws39.sh
