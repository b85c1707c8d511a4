#!/usr/bin/env bash
# Prepared at the end of the seventeenth session for the next one: the
# gate's untimed instruction cuts (the rows' geometry once per CTA, the
# merge's binary search only where a lane has a candidate) — correct
# (TestGPUGate, every row; sanitizers; run -check), timed (the gate's
# benchmarks; predictions in docs/gpu-notes.md), and profiled at the
# source level (Nsight Compute's source counters on moba.attn's gate:
# where its 3.7e9 instructions go), then the token stage's profile.
# Usage: [G=.gpupack/k] scripts/gpu-ws6.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/k}
perrow_checks "top: 8"
echo "[$SECONDS s] benchmarks"
perrow_benches
echo "[$SECONDS s] profiles"
for k in gate1 tokens2; do
  f=$([ $k = gate1 ] && echo moba || echo hisa)
  ATTNC_CACHE_DIR=cache timeout 90 /usr/local/cuda/bin/ncu --kernel-name regex:$k --launch-count 1 --section WarpStateStats --section SchedulerStats --section Occupancy --section SourceCounters --metrics smsp__inst_executed.sum,smsp__inst_executed_pipe_fma.sum,smsp__inst_executed_op_shared_ld.sum ./attnc bench -device cuda -n 16384 -heads 32 -repeat 1 ../../examples/$f.attn > $OUT/ncu-$k.txt 2>&1
  echo "== $k: $(grep -E "Duration|Warp Cycles Per Issued|Issued Warp|inst_executed|Theoretical Occ" $OUT/ncu-$k.txt | tr -s ' ' | tr '\n' ';' | cut -c1-600)"
done
echo "[$SECONDS s] done"
