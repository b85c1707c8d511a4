#!/usr/bin/env bash
# Twenty-second session, fourth call: the global permutation's sort with
# warp-private histograms (ATTNC_PERM_SORT=warp, the default) checked and
# timed against the staged sort in one call, profiled; S2O at 131072; and
# the gate's score table in pairs (ATTNC_GATE_PAIRS=1: −2.5 % on moba)
# checked on the device (TestGPUGate, memcheck) before it becomes the
# default. Predictions: docs/gpu-notes.md, "Twenty-second session".
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws20.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ${LOG:-ws20.log}
echo "[$SECONDS s] checks"
runcheck s2o.attn 1500 4 ../../examples/s2o.attn
runcheck "causal+S2O" 4096 2 ../../examples/causal.attn "$S2O"
runcheck "causal+S2O" 9000 1 ../../examples/causal.attn "$S2O"
for tool in memcheck racecheck; do
  echo "$tool s2o: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool $tool ./attnc run -device cuda -n 4096 -heads 1 -synthetic 3 ../../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|rror|panic" | head -3 | tr '\n' ' ')"
done
echo "pairs TestGPUGate (small): $(ATTNC_GATE_PAIRS=1 ATTNC_GPU_GATE_SMALL=1 ATTNC_CACHE_DIR=cache timeout 90 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -4 | tr '\n' ' ')"
echo "pairs memcheck: $(ATTNC_GATE_PAIRS=1 ATTNC_GPU_GATE_SMALL=1 ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool memcheck ./driver.test -test.run 'TestGPUGate$' 2>&1 | grep -E "ERROR SUMMARY|FAIL|^ok|PASS" | head -3 | tr '\n' ' ')"
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
