#!/usr/bin/env bash
# Twenty-fourth session, second call: the GPU test sweep on the session's
# select kernels (mode mass from the row's mass, the sort over pairs,
# mode all without ranking rounds, gathered rows in registers) — TestGPU on every correctness case,
# TestGPUDriver, TestGPUNonFinite (the driver's TestGPUSelect ran in the
# first call) — then S2O's schedule at
# 131072 (causal.attn, bf16, d = 128, H = 32) for the table.
# Usage: scripts/gpu-build.sh (and S2O's bench once with ATTNC_CACHE_DIR=.gpu/cases/cache);
# (cd .gpu && gzip -f attnc driver.test tests.test gpudemo && gzip -rf cases); then from the
# repository root: scripts/gpu-ws30.sh (carry .gpu).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws30.log
gpu_sweep ${TESTS_TIMEOUT:-400}
ln -sfn cases/cache cache
echo "[$SECONDS s] S2O at 131072"
bench 131072 "$S2O" ../examples/causal.attn
echo "[$SECONDS s] done"
