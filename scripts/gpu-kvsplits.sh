#!/usr/bin/env bash
# Runs on the lent GPU machine after scripts/gpu-build.sh (here): the key-
# length decode cases and loops (tests), then the sparse decode step at 128K
# keys with kept key means (attnc bench -key-cache) for several split counts
# (ATTNC_DECODE_SPLITS; the default sizes splits for dense lists), to see
# how a selection's list wants its keys split. Logs to $OUT/kvsplits.log.
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
OUT=${OUT:-/tmp}
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache ATTNC_LLC=off
log=$OUT/kvsplits.log
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm,clocks.mem --format=csv,noheader | tee $log
(cd .gpu && ATTNC_GPU_CASES=cases ATTNC_GPU_DRIVER_CASES="${CASES:--dims M=}" ./tests.test -test.run 'TestGPUDriver' -test.v 2>&1) > $OUT/driver.log
grep -E "^(---|ok|PASS|FAIL)|gpu_test.go.*(FAIL|exit|bound|visited other)" $OUT/driver.log | cut -c1-300 | tee -a $log
(cd driver && ../.gpu/driver.test -test.run 'TestGPUKeyCache|TestGPUResidentDecode' -test.v 2>&1 | grep -E "^(---|ok|PASS|FAIL)|cuda_keylens" | cut -c1-500) | tee -a $log
sparse="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
for rep in 1 2 3; do
  for s in default 8 16 64; do
    if [ $s = default ]; then unset ATTNC_DECODE_SPLITS; else export ATTNC_DECODE_SPLITS=$s; fi
    echo "== splits $s (round $rep)" | tee -a $log
    .gpu/attnc bench -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -lens 130816 -key-cache -repeat 100 -passes "$sparse" tests/testdata/kvcache_bf16.attn 2>&1 | tail -1 | tee -a $log
  done
done
unset ATTNC_DECODE_SPLITS
ATTNC_TIME_KERNELS=1 .gpu/attnc bench -json -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -lens 130816 -key-cache -repeat 50 -passes "$sparse" tests/testdata/kvcache_bf16.attn 2>&1 | tee -a $log
