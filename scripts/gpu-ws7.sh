#!/usr/bin/env bash
# Eighteenth session: the gate rebuilt — scores on the tensor cores, each
# row's candidates filed into a buffer above a threshold and cut by a
# radix selection, four warps filing — checked (TestGPUGate on every
# row; sanitizers; run -check, also over row flags), its registers
# (ptxas), timed against the predictions in docs/gpu-notes.md. The 32-row
# gate and the profiles are the next call (gpu-ws8.sh): together they
# pass the 600 s a call may take.
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
echo "[$SECONDS s] done (then scripts/gpu-ws8.sh: the 32-row gate and the profiles)"
