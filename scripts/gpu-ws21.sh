#!/usr/bin/env bash
# Twenty-second session, fifth call: the warp sort with its tile's loads
# issued first and three CTAs an SM, checked, timed against the staged
# sort in one call, profiled; S2O at 131072 (past the int32 guard).
# Predictions: docs/gpu-notes.md, "Twenty-second session".
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws21.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ${LOG:-ws21.log}
echo "[$SECONDS s] checks"
runcheck s2o.attn 1500 4 ../../examples/s2o.attn
runcheck "causal+S2O" 4096 2 ../../examples/causal.attn "$S2O"
runcheck "causal+S2O" 9000 1 ../../examples/causal.attn "$S2O"
for tool in memcheck racecheck; do
  echo "$tool s2o: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool $tool ./attnc run -device cuda -n 4096 -heads 1 -synthetic 3 ../../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|rror|panic" | head -3 | tr '\n' ' ')"
done
echo "[$SECONDS s] warp against staged, alternated"
for r in 1 2; do
  echo "-- round $r warp:"; bench 32768 "$S2O"
  echo "-- round $r stage:"; with ATTNC_PERM_SORT=stage bench 32768 "$S2O"
done
echo "-- warp:"; bench 8192 "" ../../examples/s2o.attn
echo "[$SECONDS s] 131072"
BENCH_TIMEOUT=240 bench 131072 "$S2O"
echo "[$SECONDS s] the sort's profile at 32768"
profile permsort =prefill_permute0 32768 "$S2O"
echo "[$SECONDS s] done"
