#!/usr/bin/env bash
# Runs on the lent GPU machine after scripts/gpu-build.sh (here): KV caches
# with key lengths on the GPU (runtime/cuda/keylens.go) — TestGPUDriver's
# cases against the interpreter (CASES filters them; default: every case),
# the decode loop with key means kept (TestGPUKeyCache), compute-sanitizer
# on a key-lengths case, then attnc bench -device cuda -key-cache on
# tests/testdata/kvcache_bf16.attn: dense and 10 % of the tiles by mean
# scores, one query per head, batch 1 (32 heads) at 16K and 128K keys.
# Logs to $OUT/kvcache.log.
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
OUT=${OUT:-/tmp}
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache ATTNC_LLC=off
log=$OUT/kvcache.log
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm,clocks.mem --format=csv,noheader | tee $log
if [ "${TESTS:-1}" = 1 ]; then
  (cd .gpu && ATTNC_GPU_CASES=cases ATTNC_GPU_DRIVER_CASES="${CASES:-}" ./tests.test -test.run 'TestGPUDriver' -test.v 2>&1) > $OUT/driver.log
  grep -E "^(---|ok|PASS|FAIL)|gpu_test.go.*(FAIL|exit|ref_diff [0-9.e-]+, bound|visited other)|lens" $OUT/driver.log | cut -c1-400 | tee -a $log
  (cd driver && ../.gpu/driver.test -test.run 'TestGPUKeyCache|TestGPUResidentDecode|TestGPUBudgetHeadsMismatch' -test.v 2>&1 | grep -E "^(---|ok|PASS|FAIL)|cuda_keylens" | cut -c1-600) | tee -a $log
  (cd .gpu && ATTNC_GPU_CASES=cases ATTNC_GPU_DRIVER_CASES="kvcache_heads" compute-sanitizer --tool memcheck ./tests.test -test.run 'TestGPUDriver' 2>&1 | grep -E "ERROR SUMMARY|FAIL|Invalid" | head -5) | tee -a $log
fi
sparse="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
for n in ${NS:-16384 131072}; do
  for rep in $(seq ${ROUNDS:-3}); do
    echo "== bench -n $n -lens $((n - 256)) -key-cache (round $rep)" | tee -a $log
    .gpu/attnc bench -device cuda -dims M=1 -heads 32 -kv-heads 32 -n $n -lens $((n - 256)) -key-cache -repeat 100 -passes "$sparse" tests/testdata/kvcache_bf16.attn 2>&1 | tee -a $log
  done
done
echo "== launches timed alone (ATTNC_TIME_KERNELS=1), 128K, with and without -key-cache" | tee -a $log
for kc in -key-cache=true -key-cache=false; do
  ATTNC_TIME_KERNELS=1 .gpu/attnc bench -json -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -lens 130816 $kc -repeat 50 -passes "$sparse" tests/testdata/kvcache_bf16.attn 2>&1 | tee -a $log
done
echo "== examples/decode.attn (no key lengths: the kept means do not apply), 128K, launches timed alone" | tee -a $log
ATTNC_TIME_KERNELS=1 .gpu/attnc bench -json -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -repeat 50 -passes "$sparse" examples/decode.attn 2>&1 | tee -a $log
