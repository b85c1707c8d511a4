#!/usr/bin/env bash
# Runs on the lent GPU machine after scripts/gpu-build.sh (here): attnc
# bench -device cuda for every example schedule on examples/causal.attn
# (bf16, d = 128, H = 32, synthetic structured inputs) at NS, then
# ../shared/anchors/gpu_anchors.py (cuDNN, FA2, FlexAttention dense and
# block-sparse) in the same call, so every ratio in BENCHMARKS.md comes
# from one machine. SCHEDS picks schedules by name (default: all that run
# on the device). Logs to $OUT/bench.log.
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
OUT=${OUT:-/tmp}
NS=${NS:-32768,131072}
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache ATTNC_LLC=off
declare -A sched=(
  [dense]=""
  [minference]="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
  [xattn]="tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])"
  [budget]="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
  [best]="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
  [proxy]="tile(q: 64, k: 64); score(antidiagonal, stride: 8, heads: 2); select(mass: 0.9, keep: [sink, diagonal])"
  [pbs]="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
)
for name in ${SCHEDS:-minference xattn proxy budget best pbs}; do
  echo "== $name: ${sched[$name]}" | tee -a $OUT/bench.log
  .gpu/attnc bench -device cuda -heads 32 -n $NS -repeat 5 -passes "${sched[$name]}" examples/causal.attn 2>&1 | tee -a $OUT/bench.log
done
if [ "${ANCHORS:-1}" = 1 ]; then
  OUT=$OUT NS=$NS python3 .gpu/gpu_anchors.py 2>&1 | grep -v Warning | tee -a $OUT/bench.log | tail -30
fi
