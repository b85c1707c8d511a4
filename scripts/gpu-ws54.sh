#!/usr/bin/env bash
# Built for the thirty-second session's second call, which never ran (no
# start succeeded); for the next session's first: the one-warpgroup
# kernels' list entries, tile classes and compensation's bits read an
# iteration ahead (ATTNC_LIST_AHEAD=0 is the old loop, for the A/B; the
# two-warpgroup and producer kernels, dense's, are unchanged) — checked
# (initcheck: no read past a list's −1; the sweep), then timed against
# the old loop (best's A/B measures the read-ahead and the bits together).
# Build the pack at the commit to measure.
# Pack: gpu-build.sh, gpu-fill54.sh, gzip (gpudemo out); then
# scripts/gpu-check-pack.sh "$MINF|ATTNC_LIST_AHEAD=0" "$BUDGET|ATTNC_LIST_AHEAD=0" \
#   "$BEST|ATTNC_LIST_AHEAD=0|ATTNC_SPARSE_MINCTAS=4" "$S2O" and scripts/gpu-size.sh.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws54.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
S2O="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: 1e-3)"
kernels() { grep -E "^attnc: kernel prefill_attn" $OUT/bench.err | sed 's/^attnc: kernel /    /' | sort -u; }
echo "[$SECONDS s] correctness"
runcheck minf 4500 4 ../examples/causal.attn "$MINF"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
runcheck s2o 4096 4 ../examples/causal.attn "$S2O"
runcheck dense 4500 4 ../examples/causal.attn ""
for P in "$BEST" "$S2O" "$MINF"; do
  echo "initcheck: $(ATTNC_CACHE_DIR=cache timeout 60 compute-sanitizer --tool initcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$P" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
done
echo "[$SECONDS s] 8 heads at 131072, ahead against the old loop, alternated"
for r in 1 2; do
  for P in "$BUDGET" "$BEST"; do
    for v in X= ATTNC_LIST_AHEAD=0; do
      echo "-- $v"; HEADS=8 with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$P" ../examples/causal.attn; kernels
    done
  done
done
echo "-- best at four CTAs an SM"; HEADS=8 with "ATTNC_TIME_KERNELS=1 ATTNC_SPARSE_MINCTAS=4" bench 131072 "$BEST" ../examples/causal.attn; kernels
left=$((310 - SECONDS))
echo "[$SECONDS s] the sweep ($left s)"
[ $left -gt 60 ] && gpu_sweep $left
echo "[$SECONDS s] done"
