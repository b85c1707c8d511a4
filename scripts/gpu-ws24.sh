#!/usr/bin/env bash
# Twenty-third session, first call: the global permutation's sort with
# its tiles copied a tile ahead (cp.async) — checked (run -check, memcheck,
# racecheck), then timed against ATTNC_PERM_PREFETCH=0 (the same kernel,
# each tile's copies at its start) at 32768, alternated twice, and
# profiled; the run's device memory per repetition (TestGPURunMemory);
# then S2O at 131072 with 32 heads through attnc bench (it ran out of
# memory before the repetitions' buffers were freed).
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws24.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws24.log
echo "[$SECONDS s] checks"
runcheck s2o 1500 4 ../../examples/s2o.attn
runcheck S2O 4096 4 ../../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../../examples/causal.attn "$S2O"
with "ATTNC_PERM_PREFETCH=0" runcheck S2O-noprefetch 4096 4 ../../examples/causal.attn "$S2O"
ATTNC_CACHE_DIR=cache timeout 120 ./driver.test -test.run 'TestGPURunMemory$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|MB|panic" | head -10
for tool in memcheck racecheck; do
  echo "$tool: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool $tool ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|hazard|rror" | head -3 | tr '\n' ' ')"
done
echo "[$SECONDS s] A/B at 32768"
for round in 1 2; do
  echo "-- prefetch (round $round)"; bench 32768 "$S2O"
  echo "-- ATTNC_PERM_PREFETCH=0 (round $round)"; with "ATTNC_PERM_PREFETCH=0" bench 32768 "$S2O"
done
echo "[$SECONDS s] profile"
profile sort "=prefill_permute0" 32768 "$S2O"
echo "[$SECONDS s] S2O at 131072, 32 heads"
with "BENCH_TIMEOUT=300" bench 131072 "$S2O"
echo "[$SECONDS s] done"
