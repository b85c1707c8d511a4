#!/usr/bin/env bash
# Twenty-seventh session, first call: the twenty-sixth session's last
# changes on a GPU (permProbeEntry shared by both probe GEMMs, the probes
# split by builder.go's split3, the sort loops reverted), which ran only
# on the CPU's emulator: run -check ref_match of S2O, memcheck and
# racecheck, S2O's stage times at 32768 and 131072 (the baseline of this
# session's perm-scores change), then the GPU test sweep.
# Build: scripts/gpu-build.sh; fill .gpu/cases/cache with the S2O kernels;
# (cd .gpu && gzip -f attnc driver.test tests.test gpudemo && gzip -rf
# cases); then from the repository root: scripts/gpu-ws36.sh (carry .gpu).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws36.log
ln -sfn cases/cache cache
echo "[$SECONDS s] checks"
runcheck s2o 1500 4 ../examples/s2o.attn
runcheck S2O 4096 4 ../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../examples/causal.attn "$S2O"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "racecheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 2048 -heads 1 -synthetic 3 ../examples/s2o.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] S2O at 32768"
bench 32768 "$S2O" ../examples/causal.attn
echo "[$SECONDS s] S2O at 131072"
with "BENCH_TIMEOUT=200" bench 131072 "$S2O" ../examples/causal.attn
gpu_sweep ${TESTS_TIMEOUT:-300}
echo "[$SECONDS s] done"
