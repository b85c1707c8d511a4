#!/usr/bin/env bash
# Eighteenth session: the gate rebuilt — scores on the tensor cores, each
# row's candidates filed into a buffer above a threshold and cut by a
# radix selection, four warps filing — checked (TestGPUGate on every
# row; sanitizers; run -check), its registers (ptxas), timed against the
# predictions in docs/gpu-notes.md, and profiled (Nsight Compute) with
# the token stage.
# Usage: G=.gpupack/l scripts/gpu-ws7.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l}
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
# The gate kernels' registers and spills (each module that has one; ptxas
# prints a function's spills and registers in the lines after its name).
for p in cache/ptx/*.ptx; do
  grep -q "_gate[0-9]*(" $p || continue
  echo "ptxas $(basename $p): $(/usr/local/cuda/bin/ptxas -arch=$(grep -m1 '^\.target' $p | awk '{print $2}' | tr -d ',') -v $p -o /dev/null 2>&1 | grep -A4 "function '[a-z0-9_]*_gate[0-9]*'" | grep -E "Compiling|registers|spill" | tr -s ' ' | tr '\n' ' ' | cut -c1-400)"
done | sort -u -t: -k2 | head -6
perrow_checks "top: 8"
echo "[$SECONDS s] benchmarks"
perrow_benches
echo "[$SECONDS s] profiles"
for k in gate1 tokens2; do
  f=$([ $k = gate1 ] && echo moba || echo hisa)
  ATTNC_CACHE_DIR=cache timeout 90 /usr/local/cuda/bin/ncu --kernel-name regex:$k --launch-count 1 --section WarpStateStats --section SchedulerStats --section Occupancy --section SourceCounters --metrics smsp__inst_executed.sum,smsp__inst_executed_pipe_fma.sum,smsp__inst_executed_op_shared_ld.sum ./attnc bench -device cuda -n 16384 -heads 32 -repeat 1 ../../examples/$f.attn > $OUT/ncu-$k.txt 2>&1
  echo "== $k: $(grep -E "Duration|Warp Cycles Per Issued|Issued Warp|inst_executed|Theoretical Occ|Registers Per" $OUT/ncu-$k.txt | tr -s ' ' | tr '\n' ';' | cut -c1-700)"
done
echo "[$SECONDS s] done"
