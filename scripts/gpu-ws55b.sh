#!/usr/bin/env bash
# The thirty-third session's call that ran (a longer version was taken
# back mid-run twice, then removed): the pair kernel (ATTNC_PAIR=1;
# codegen/nvptx/pairs.go; best's compensation too) against the
# interpreter on eight schedules and files and under memcheck, then one
# round of the A/B against the one-warpgroup kernel at 131072 (8 heads:
# the budget, best, MInference), the budget with three stages, and best
# with last session's loop (ATTNC_LIST_AHEAD=0). Results: BENCHMARKS.md,
# thirty-third session. Pack: gpu-build.sh, gpu-fill55.sh, gzip (gpudemo
# out); scripts/gpu-size.sh.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws55.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
kernels() { grep -E "^attnc: kernel prefill_attn" $OUT/bench.err | sed 's/^attnc: kernel /    /' | sort -u; }
echo "[$SECONDS s] the pair kernel against the interpreter"
export ATTNC_PAIR=1
runcheck minf 4500 4 ../examples/causal.attn "$MINF"
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
runcheck best-short 1000 3 ../examples/causal.attn "$BEST"
runcheck gqa 3000 8 ../examples/gqa.attn "$MINF"
runcheck minference 3000 4 ../examples/minference.attn ""
runcheck xattn 3000 4 ../examples/xattn.attn ""
runcheck proxy 3000 8 ../examples/proxy.attn ""
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 60 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BEST" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
unset ATTNC_PAIR
echo "[$SECONDS s] 8 heads at 131072: pairs against one warpgroup"
for P in "$BUDGET" "$BEST" "$MINF"; do
  for v in X= ATTNC_PAIR=1; do
    echo "-- $v"; HEADS=8 with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$P" ../examples/causal.attn; kernels
  done
done
[ $SECONDS -lt 270 ] && { echo "-- budget ATTNC_PAIR_STAGES=3"; HEADS=8 with "ATTNC_TIME_KERNELS=1 ATTNC_PAIR=1 ATTNC_PAIR_STAGES=3" bench 131072 "$BUDGET" ../examples/causal.attn; kernels; }
[ $SECONDS -lt 285 ] && { echo "-- best ATTNC_LIST_AHEAD=0"; HEADS=8 with "ATTNC_TIME_KERNELS=1 ATTNC_LIST_AHEAD=0" bench 131072 "$BEST" ../examples/causal.attn; kernels; }
echo "[$SECONDS s] done"
