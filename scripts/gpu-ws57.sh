#!/usr/bin/env bash
# For the next session's first call (built in the thirty-third, not run):
# the pair kernel's skipping consumers (ATTNC_PAIR_SKIP=1,
# mma_overlap.go's skipJoin) against the interpreter (odd and short NQ,
# GQA, a window mask, f16 d = 64, proxy heads' shared lists, best's
# compensation), under memcheck and racecheck; then timed against the
# masked pair kernel and the one-warpgroup kernel at 131072 (8 heads,
# alternated), and ncu's memory sections of MInference's masked pair
# kernel and its one-warpgroup kernel (why MInference's lists ran 18.7 %
# slower paired while the budget's ran 5.6 % faster). Predictions:
# docs/gpu-notes.md, "Thirty-third session". Pack: gpu-build.sh,
# gpu-fill57.sh, gzip (gpudemo out); scripts/gpu-size.sh. PHASE=check
# stops after the sanitizers, PHASE=time skips the checks (the probe runs
# either way), so the call can be split in two when machines are scarce.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws57.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
kernels() { grep -E "^attnc: kernel prefill_attn" $OUT/bench.err | sed 's/^attnc: kernel /    /' | sort -u; }
echo "[$SECONDS s] the skipping pair kernel against the interpreter"
export ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1
# A probe first: a skipping kernel that deadlocks would hang every check
# for its timeout; then the A/B leaves it out.
probe=$(ATTNC_CACHE_DIR=cache timeout 40 ./attnc run -device cuda -check -n 1000 -heads 3 -synthetic 3 -passes "$BEST" ../examples/causal.attn 2>&1 | grep -E "ref_match|rror" | tr '\n' ' ')
echo "probe (best, 1000): $probe"
SKIP="ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1"
case $probe in *"ref_match   true"*) ;; *) SKIP=""; echo "the skipping kernel failed its probe: left out below" ;; esac
[ -n "$SKIP" ] && [ "${PHASE:-all}" != time ] && {
runcheck minf 4500 4 ../examples/causal.attn "$MINF"
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
runcheck best-short 1000 3 ../examples/causal.attn "$BEST"
runcheck gqa 3000 8 ../examples/gqa.attn "$MINF"
runcheck window 3000 4 ../examples/window.attn "$MINF"
runcheck minference 3000 4 ../examples/minference.attn ""
runcheck xattn 3000 4 ../examples/xattn.attn ""
runcheck proxy 3000 8 ../examples/proxy.attn ""
for tool in memcheck racecheck; do
  echo "$tool: $(ATTNC_CACHE_DIR=cache timeout 90 compute-sanitizer --tool $tool ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BEST" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|rror" | head -3 | tr '\n' ' ')"
done
}
unset ATTNC_PAIR ATTNC_PAIR_SKIP
[ "${PHASE:-all}" = check ] && { echo "[$SECONDS s] done (PHASE=check)"; exit 0; }
echo "[$SECONDS s] 8 heads at 131072: one warpgroup, pairs masked, pairs skipping; alternated"
for r in 1 2; do
  [ $r = 1 ] || [ $SECONDS -lt 330 ] || break
  for P in "$BUDGET" "$BEST" "$MINF"; do
    for v in X= ATTNC_PAIR=1 ${SKIP:+"$SKIP"}; do
      echo "-- $v"; HEADS=8 with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$P" ../examples/causal.attn; kernels
    done
  done
done
ncu=/usr/local/cuda/bin/ncu; command -v ncu >/dev/null && ncu=ncu
for v in ATTNC_PAIR=1 X=; do
  [ $SECONDS -lt 480 ] || break
  echo "-- ncu minf $v"
  ( export $v; ATTNC_CACHE_DIR=cache timeout 90 $ncu --section SpeedOfLight --section MemoryWorkloadAnalysis --section Occupancy --section WarpStateStats -k regex:prefill_attn2$ -c 1 ./attnc bench -device cuda -heads 8 -repeat 1 -n 131072 -passes "$MINF" ../examples/causal.attn 2>&1 | grep -E "Duration|Throughput|Hit Rate|L2|DRAM|Achieved|Stall|Warp Cycles|Busy" | head -40 )
done
echo "[$SECONDS s] done"
