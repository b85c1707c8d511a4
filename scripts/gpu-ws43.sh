#!/usr/bin/env bash
# Twenty-ninth session, one call if the device allows one: gpu-ws40.sh
# (the twenty-eighth session's kernels' first GPU run: f32 early exit, f32
# inputs, probe scores, PBS's last-row probes) and then a short
# gpu-ws42.sh (the select kernels' ballot compaction against the CTA
# scans at 131072). Build: scripts/gpu-build.sh, scripts/gpu-fill40.sh,
# scripts/gpu-fill42.sh; (cd .gpu && gzip -f attnc driver.test tests.test
# gpudemo && gzip -rf cases); carry .gpu.
cd "$(dirname "$0")/.."
bash scripts/gpu-ws40.sh
WS42_SHORT=1 WS42_CASES=12 bash scripts/gpu-ws42.sh
