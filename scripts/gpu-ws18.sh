#!/usr/bin/env bash
# Twenty-second session, second call: S2O's global permutation with the
# probes' scores as a GEMM (codegen/nvptx/permute_global.go), checked
# against the interpreter and under compute-sanitizer, PBS checked (the
# class kernel now takes segments), then timed and the sort profiled.
# Predictions: docs/gpu-notes.md, "Twenty-second session".
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws18.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws18.log
echo "[$SECONDS s] S2O and PBS against the interpreter"
runcheck s2o.attn 1500 4 ../../examples/s2o.attn
runcheck "causal+S2O" 1500 4 ../../examples/causal.attn "$S2O"
runcheck "causal+S2O" 4096 2 ../../examples/causal.attn "$S2O"
runcheck pbs.attn 1500 4 ../../examples/pbs.attn
for tool in memcheck racecheck; do
  echo "$tool s2o: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool $tool ./attnc run -device cuda -n 1500 -heads 2 -synthetic 3 ../../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|rror|panic" | head -3 | tr '\n' ' ')"
done
echo "[$SECONDS s] timed"
bench 8192 "" ../../examples/s2o.attn
bench 8192 "$S2O"
bench 32768 "$S2O"
bench 32768 "" ../../examples/pbs.attn
echo "[$SECONDS s] profiles at 32768: the sort, the probes' GEMM, the rescoring"
profile permsort "causal_permute0$" 32768 "$S2O"
profile permprobe "permute0_scores" 32768 "$S2O"
profile permscores "perm_scores" 32768 "$S2O"
echo "[$SECONDS s] done"
