#!/usr/bin/env bash
# Twenty-second session: S2O's global permutation on the device
# (codegen/nvptx/permute_global.go), checked against the interpreter
# through the executor and under compute-sanitizer first, then timed
# against dense and against the host's permutation
# (ATTNC_GPU_PERM_GLOBAL=0) in one call, then the gate's A/B that
# gpu-ws16.sh prepared (PART=1's timing) if time is left.
# Predictions: docs/gpu-notes.md, "Twenty-second session".
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws17.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws17.log
echo "[$SECONDS s] S2O against the interpreter"
runcheck s2o.attn 1500 4 ../../examples/s2o.attn
runcheck "causal+S2O" 1500 4 ../../examples/causal.attn "$S2O"
runcheck "causal+S2O" 4096 2 ../../examples/causal.attn "$S2O"
runcheck "pbs.attn (the class kernel's segments)" 1500 4 ../../examples/pbs.attn
for tool in memcheck racecheck; do
  echo "$tool s2o: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool $tool ./attnc run -device cuda -n 1500 -heads 2 -synthetic 3 ../../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|error|panic" | head -3 | tr '\n' ' ')"
done
echo "[$SECONDS s] S2O timed: device against the host's permutation, then 32768"
bench 8192 "" ../../examples/s2o.attn
with ATTNC_GPU_PERM_GLOBAL=0 bench 8192 "" ../../examples/s2o.attn
bench 8192 "$S2O"
bench 32768 "$S2O"
echo "[$SECONDS s] the gate's A/B (gpu-ws16.sh PART=1's timing)"
for args in "16384|" "32768|gate(block: 64, top: 26, keep: [diagonal])"; do
  IFS='|' read -r n p f <<<"$args"
  f=${f:-../../examples/moba.attn}; [ -n "$p" ] && f=../../examples/causal.attn
  echo "-- new:"; bench $n "$p" $f
  echo "-- pairs:"; with ATTNC_GATE_PAIRS=1 bench $n "$p" $f
  echo "-- onebar:"; with ATTNC_GATE_ONEBAR=1 bench $n "$p" $f
done
echo "[$SECONDS s] done"
