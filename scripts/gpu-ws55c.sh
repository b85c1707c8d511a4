#!/usr/bin/env bash
# gpu-ws55.sh cut to ≈ 140 s: three checks, the budget's and best's A/B. The thirty-third session's call: the pair kernel (ATTNC_PAIR=1;
# codegen/nvptx/pairs.go; best's compensation too) checked against the interpreter (odd and short
# NQ, GQA, a window mask, f16 d = 64), under compute-sanitizer, then
# timed against the one-warpgroup kernel at 131072 (8 heads, alternated;
# two and three stages), and last session's read-ahead A/B
# (ATTNC_LIST_AHEAD=0), then 32 heads. Predictions: docs/gpu-notes.md,
# "Thirty-third session". Pack: gpu-build.sh, gpu-fill55.sh, gzip
# (gpudemo out); scripts/gpu-size.sh.
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
runcheck best 4500 4 ../examples/causal.attn "$BEST"
runcheck minf 4500 4 ../examples/causal.attn "$MINF"
runcheck minference 3000 4 ../examples/minference.attn ""
unset ATTNC_PAIR
echo "[$SECONDS s] 8 heads at 131072: pairs against one warpgroup"
for P in "$BUDGET" "$BEST"; do
  for v in X= ATTNC_PAIR=1; do
    echo "-- $v"; HEADS=8 with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$P" ../examples/causal.attn; kernels
  done
done
echo "[$SECONDS s] done"
