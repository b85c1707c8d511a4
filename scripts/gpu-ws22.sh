#!/usr/bin/env bash
# Twenty-second session, sixth call: the gate's score table in pairs on
# the full TestGPUGate (before it becomes the default), and S2O at 131072:
# the device memory one run takes (the fifth call's bench ran out of
# it), then the step timed at 8 heads.
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws22.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws22.log
echo "[$SECONDS s] TestGPUGate, pairs"
ATTNC_GATE_PAIRS=1 ATTNC_CACHE_DIR=cache timeout 200 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -10
echo "[$SECONDS s] S2O at 131072, 32 heads: one run, the device memory sampled"
(while sleep 0.2; do nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits; done) > $OUT/mem.txt 2>/dev/null &
SAMPLER=$!
ATTNC_CACHE_DIR=cache timeout 150 ./attnc run -device cuda -n 131072 -heads 32 -synthetic 3 -passes "$S2O" ../../examples/causal.attn 2>&1 | tail -12
kill $SAMPLER
echo "peak device memory used: $(sort -n $OUT/mem.txt | tail -1) MiB"
echo "[$SECONDS s] S2O at 131072, 8 heads"
with "HEADS=8 BENCH_TIMEOUT=200" bench 131072 "$S2O"
echo "[$SECONDS s] done"
