#!/usr/bin/env bash
# Twenty-second session, third call: the global permutation's sort with
# each tile's codes gathered by digit in shared memory (ATTNC_PERM_STAGE,
# on; =0 the second call's), checked, timed against the unstaged sort in
# one call, and profiled. Predictions: docs/gpu-notes.md, "Twenty-second
# session". Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws19.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws19.log
echo "[$SECONDS s] checks"
runcheck s2o.attn 1500 4 ../../examples/s2o.attn
runcheck "causal+S2O" 4096 2 ../../examples/causal.attn "$S2O"
runcheck "causal+S2O" 9000 1 ../../examples/causal.attn "$S2O"
for tool in memcheck racecheck; do
  echo "$tool s2o: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool $tool ./attnc run -device cuda -n 4096 -heads 1 -synthetic 3 ../../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|rror|panic" | head -3 | tr '\n' ' ')"
done
echo "[$SECONDS s] staged against direct, alternated"
for r in 1 2; do
  echo "-- round $r staged:"; bench 32768 "$S2O"
  echo "-- round $r direct:"; with ATTNC_PERM_STAGE=0 bench 32768 "$S2O"
done
echo "-- staged:"; bench 8192 "" ../../examples/s2o.attn
echo "-- direct:"; with ATTNC_PERM_STAGE=0 bench 8192 "" ../../examples/s2o.attn
echo "[$SECONDS s] the sort's profile at 32768"
profile permsort =causal_permute0 32768 "$S2O"
echo "[$SECONDS s] done"
