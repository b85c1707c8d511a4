#!/usr/bin/env bash
# Twenty-third session, last call: the vectorised perm-scores checked
# (run -check, memcheck) and timed at 32768 and 131072 (S2O's passes on
# causal.attn), then the GPU test sweep with the session's harness fixes
# (TestGPU on every correctness case, TestGPUDriver, TestGPUNonFinite).
# Usage, here: scripts/gpu-build.sh; the S2O kernels compiled into
# .gpu/cases/cache (see the session's notes); (cd .gpu && gzip -f attnc
# driver.test tests.test gpudemo && gzip -rf cases); then, carrying .gpu,
# from the repository root: scripts/gpu-ws27.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
ln -sfn cases/cache cache
gunzip -rf cases
gpu_enter . ws27.log
echo "[$SECONDS s] checks"
runcheck s2o 1500 4 ../examples/s2o.attn
runcheck S2O 4096 4 ../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../examples/causal.attn "$S2O"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] S2O at 32768 (perm-scores 3.88–3.91 ms before) and 131072 (64.7)"
bench 32768 "$S2O" ../examples/causal.attn
with "BENCH_TIMEOUT=300" bench 131072 "$S2O" ../examples/causal.attn
gpu_sweep ${TESTS_TIMEOUT:-300}
grep -E "moba|hisa" $OUT/gpu.log | cut -c1-200 | head -8
echo "[$SECONDS s] done"
