#!/usr/bin/env bash
# For the thirty-second session's first call (≤ 590 s): the budget's
# tie-share scan by tiles (never run on a GPU; predicted 0.134 → 0.02–0.04
# ms), the 11-bit radix and the lists' end at 32 heads — the numbers of
# record for issue 13's ≤ 15 % — then the select kernel's profile
# (MInference's select did not move with its stores gone: its occupancy
# limits are the next question).
# Pack: gpu-build.sh, gpu-fill51.sh, gzip (gpudemo out); then
# scripts/gpu-check-pack.sh "$MINF" "$BUDGET" "$BEST" and scripts/gpu-size.sh.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws52.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
echo "[$SECONDS s] correctness"
ATTNC_CACHE_DIR=cache timeout 100 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | grep -v " 0 differ" | head -20
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
echo "initcheck budget: $(ATTNC_CACHE_DIR=cache timeout 60 compute-sanitizer --tool initcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BUDGET" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] 131072 × 32 heads, each launch timed, two rounds of the budget"
for P in "$BUDGET" "$MINF" "$BUDGET" "$BEST"; do
  with "ATTNC_TIME_KERNELS=1" bench 131072 "$P" ../examples/causal.attn
done
echo "[$SECONDS s] the select kernel's profile"
PROFILE_TIMEOUT=100 profile select "=prefill_select1" 131072 "$MINF" ../examples/causal.attn
grep -E "Duration|Compute \(SM\) Throughput|Memory Throughput|DRAM Throughput|Registers Per|Achieved Occupancy|Theoretical Occupancy|Block Limit|Warp Cycles Per Issued|Issue Slots Busy|Executed Ipc" $OUT/select.txt 2>/dev/null | tr -s ' ' | head -16
echo "[$SECONDS s] done"
