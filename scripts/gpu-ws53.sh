#!/usr/bin/env bash
# For the thirty-second session's first call (≤ 590 s): gpu-ws52's
# checks and 32-head shares (the budget's tie-share scan by tiles, never
# run on a GPU; the 11-bit radix and the lists' end at 32 heads), and
# best's compensation taken apart — its three launches before the
# attention timed alone, every kernel's registers and CTAs an SM from the
# driver, and its attention kernel at four CTAs an SM
# (ATTNC_SPARSE_MINCTAS=4, the twenty-seventh session's unrun A/B).
# Pack: gpu-build.sh, gpu-fill53.sh, gzip (gpudemo out); then
# scripts/gpu-check-pack.sh "$MINF" "$BUDGET" "$BEST|ATTNC_SPARSE_MINCTAS=4"
# and scripts/gpu-size.sh.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws53.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
kernels() { grep -E "^attnc: kernel" $OUT/bench.err | sed 's/^attnc: kernel /    /' | sort -u; }
echo "[$SECONDS s] correctness"
ATTNC_CACHE_DIR=cache timeout 100 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | grep -v " 0 differ" | head -20
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
with ATTNC_SPARSE_MINCTAS=4 runcheck best-4ctas 4500 4 ../examples/causal.attn "$BEST"
for tool in initcheck racecheck; do
  echo "$tool budget: $(ATTNC_CACHE_DIR=cache timeout 60 compute-sanitizer --tool $tool ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BUDGET" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
done
echo "[$SECONDS s] 131072 × 32 heads, each launch timed"
for P in "$BUDGET" "$BEST" "$MINF"; do
  with "ATTNC_TIME_KERNELS=1" bench 131072 "$P" ../examples/causal.attn; kernels
done
with "ATTNC_TIME_KERNELS=1 ATTNC_SPARSE_MINCTAS=4" bench 131072 "$BEST" ../examples/causal.attn; kernels
echo "[$SECONDS s] best's attention at three and four CTAs an SM, 8 heads, alternated"
for r in 1 2; do
  for v in X= ATTNC_SPARSE_MINCTAS=4; do
    echo "-- $v"; HEADS=8 with "$v" bench 131072 "$BEST" ../examples/causal.attn
  done
done
echo "[$SECONDS s] best's attention kernel's profile (32768)"
PROFILE_TIMEOUT=120 profile bestattn "=prefill_attn2" 32768 "$BEST" ../examples/causal.attn
grep -E "Duration|Compute \(SM\) Throughput|Registers Per|Achieved Occupancy|Theoretical Occupancy|Block Limit|Warp Cycles Per Issued|Issue Slots Busy|Executed Ipc|Local Memory" $OUT/bestattn.txt 2>/dev/null | tr -s ' ' | head -20
echo "[$SECONDS s] done"
