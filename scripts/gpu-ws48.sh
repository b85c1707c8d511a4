#!/usr/bin/env bash
# For the thirty-first session's first call (≤ 590 s): the thirtieth
# session's changes after its one call, never run on a GPU — the
# tensor-core scores' chunks copied by cp.async a chunk ahead, the pool
# 16 bytes a thread, the budget's tie shares by segments — correctness first (TestGPUSelect, run -check,
# racecheck on the scores' new copies, memcheck), then the A/B at 131072
# (ATTNC_SCORES_SIMT=1: the CUDA-core scores; ATTNC_POOL_OLD=1: the pool
# a thread a column), the budget per launch, then the scores' and the
# select's profiles if time is left.
# Pack: gpu-build.sh, gpu-fill40.sh, gpu-fill42.sh, gpu-fill48.sh, gzip
# (gpudemo out); scripts/gpu-size.sh before the call.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws48.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
echo "[$SECONDS s] correctness: TestGPUSelect, run -check, sanitizers"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | grep -v " 0 differ" | head -20
runcheck minference 4500 4 ../examples/causal.attn "$MINF"
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
echo "racecheck minference: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 1024 -heads 1 -synthetic 3 -passes "$MINF" ../examples/causal.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard" | head -3 | tr '\n' ' ')"
echo "memcheck budget: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BUDGET" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] the A/B at 131072: default, ATTNC_SCORES_SIMT=1, ATTNC_POOL_OLD=1, ATTNC_HIST_SKIP=0"
for P in "$MINF" "$BUDGET"; do
  bench 131072 "$P" ../examples/causal.attn
  with "ATTNC_SCORES_SIMT=1" bench 131072 "$P" ../examples/causal.attn
  with "ATTNC_POOL_OLD=1" bench 131072 "$P" ../examples/causal.attn
  with "ATTNC_HIST_SKIP=0" bench 131072 "$P" ../examples/causal.attn
done
echo "[$SECONDS s] the budget per launch"
with "ATTNC_TIME_KERNELS=1" bench 131072 "$BUDGET" ../examples/causal.attn
echo "[$SECONDS s] profiles"
for k in scores:prefill_scores0 select:prefill_select1; do
  PROFILE_TIMEOUT=90 profile ${k%%:*} "=${k#*:}" 131072 "$MINF" ../examples/causal.attn
  grep -E "Duration|Compute \(SM\) Throughput|Memory Throughput|DRAM Throughput|Registers Per|Achieved Occupancy|Theoretical Occupancy|Block Limit|Warp Cycles Per Issued|Issue Slots Busy|Executed Ipc" $OUT/${k%%:*}.txt 2>/dev/null | tr -s ' ' | head -16
done
echo "[$SECONDS s] done"
